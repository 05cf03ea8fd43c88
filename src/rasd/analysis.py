"""The text layer of one article: sentences, quantities and time expressions.

``analyze_text`` is what ``rasd inspect`` prints and what later stages (places, actors,
triggers, events) build on. It is a pure function of the text and the publication date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from rasd.model import Quantity, Sentence, TimeRef, Token
from rasd.recognize.dates import find_dates
from rasd.recognize.quantities import find_quantities
from rasd.text.normalize import NormalizedText, normalize
from rasd.text.reading import arabic_share
from rasd.text.segment import split_sentences, tokenize

__all__ = ["MIN_ARABIC_SHARE", "TextAnalysis", "analyze_text"]

MIN_ARABIC_SHARE = 0.3
"""Below this share of Arabic letters a text is treated as not Arabic and yields nothing."""


@dataclass(frozen=True, slots=True)
class TextAnalysis:
    """What the text layer finds in one article. Offsets index ``normalized.original``."""

    normalized: NormalizedText
    published: date | None
    language: str  # "ar", "und" (no letters) or "other"
    sentences: tuple[Sentence, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[TimeRef, ...]

    def tokens(self) -> list[Token]:
        """Tokens with their clitics (computed on demand: matchers need them, inspect does not)."""
        return tokenize(self.normalized)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object ``rasd inspect`` prints."""
        return {
            "language": self.language,
            "published": self.published.isoformat() if self.published else None,
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "quantities": [q.to_dict() for q in self.quantities],
            "dates": [d.to_dict() for d in self.dates],
        }


def analyze_text(text: str, *, published: date | None = None) -> TextAnalysis:
    """Run the text layer over one article.

    Relative dates are resolved against ``published``; without it they stay unresolved. A text
    that is not Arabic gives an empty analysis with ``language`` saying why.
    """
    nt = normalize(text)
    share = arabic_share(text)
    if share is None or share < MIN_ARABIC_SHARE:
        return TextAnalysis(nt, published, "und" if share is None else "other", (), (), ())
    return TextAnalysis(
        nt,
        published,
        "ar",
        tuple(split_sentences(nt)),
        tuple(find_quantities(nt)),
        tuple(find_dates(nt, published)),
    )
