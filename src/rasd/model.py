"""Frozen records passed between the stages of the pipeline.

Every offset (``start``, ``end``) indexes the *original* text the caller gave, end exclusive:
``original[start:end] == text`` always holds.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

__all__ = ["Document", "Quantity", "Sentence", "Span", "TimeRef", "Token"]

QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "up_to", "vague")
"""How a stated number relates to the true figure."""

QUANTITY_KINDS = ("count", "ordinal", "year", "age", "time", "phone", "percent", "money", "measure", "date")
"""What a number is: only ``count`` numbers can be counts of people or things."""


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its span in the original text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """One token with its proclitics identified.

    ``prefix`` holds the proclitics (و ف ب ل ك س and the article ال, normalized) and ``stem``
    the rest, both in the normalized view; ``variants`` lists every way the token may be read,
    from the whole token to the most stripped stem, so a matcher can ask for "this word with or
    without its clitics".
    """

    start: int
    end: int
    text: str  # the original surface form
    norm: str  # the normalized form
    prefix: str
    stem: str
    variants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in the text: its value, how it is qualified and what it counts.

    ``value`` is None for vague quantities without a floor (عدد من، عدة، بضعة). ``kind`` tells
    counts apart from ordinals, years, ages, times of day, phone numbers and the like.
    """

    start: int
    end: int
    text: str
    value: int | float | None
    qualifier: str = "exact"
    kind: str = "count"
    counted: str | None = None
    counted_start: int | None = None
    counted_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression resolved against the publication date.

    ``date`` (and ``date_end`` for a range) is None when the expression cannot be resolved,
    for instance a relative expression without a publication date. ``precision`` is 1 (day),
    2 (week or range of days) or 3 (month or longer). ``direction`` is past, present or future
    relative to publication.
    """

    start: int
    end: int
    text: str
    date: date | None
    date_end: date | None = None
    precision: int = 1
    direction: str = "past"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        d["date_end"] = self.date_end.isoformat() if self.date_end else None
        return d


@dataclass(frozen=True, slots=True)
class Document:
    """One article as given: its text (the original every offset indexes) and its metadata."""

    text: str
    published: date | None = None
    source: str | None = None
    url: str | None = None

    @property
    def id(self) -> str:
        """Content hash: the same text always has the same id."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "url": self.url,
        }
