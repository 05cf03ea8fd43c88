"""The text layer of one article: sentences, quantities and time expressions.

``analyze_text`` is what ``rasd inspect`` prints and what later stages (places, actors,
triggers, events) build on. It is a pure function of the text and the publication date.

The layer is computed on demand: normalization and the language check run at once, sentences,
quantities and dates the first time they are read (the extractor never reads them for the many
articles that hold no event word). Reading an attribute always gives the same value as computing
it at once would.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rasd.model import Quantity, Sentence, TimeRef, Token
from rasd.recognize.dates import find_dates
from rasd.recognize.quantities import find_quantities
from rasd.text.normalize import NormalizedText, encode_codepage, normalize_encoded
from rasd.text.reading import arabic_share
from rasd.text.segment import sentence_ranges, tokenize

__all__ = ["MIN_ARABIC_SHARE", "TextAnalysis", "analyze_text"]

MIN_ARABIC_SHARE = 0.3
"""Below this share of Arabic letters a text is treated as not Arabic and yields nothing."""


class TextAnalysis:
    """What the text layer finds in one article. Offsets index ``normalized.original``.

    ``sentences``, ``quantities`` and ``dates`` are computed the first time they are read (or
    given to the constructor); a text that is not Arabic has none.
    """

    __slots__ = ("_dates", "_quantities", "_ranges", "_sentences", "language", "normalized", "published")

    def __init__(
        self,
        normalized: NormalizedText,
        published: date | None,
        language: str,  # "ar", "und" (no letters) or "other"
        sentences: tuple[Sentence, ...] | None = None,
        quantities: tuple[Quantity, ...] | None = None,
        dates: tuple[TimeRef, ...] | None = None,
    ) -> None:
        self.normalized = normalized
        self.published = published
        self.language = language
        arabic = language == "ar"
        self._ranges: list[tuple[int, int]] | None = None if arabic else []
        self._sentences = sentences if sentences is not None or arabic else ()
        self._quantities = quantities if quantities is not None or arabic else ()
        self._dates = dates if dates is not None or arabic else ()

    def sentence_ranges(self) -> list[tuple[int, int]]:
        """The sentences' spans in the normalized text (computed once; do not modify the list)."""
        if self._ranges is None:
            self._ranges = sentence_ranges(self.normalized)
        return self._ranges

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        if self._sentences is None:
            span = self.normalized.span_to_original
            self._sentences = tuple(Sentence(*span(b, e)) for b, e in self.sentence_ranges())
        return self._sentences

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        if self._quantities is None:
            self._quantities = tuple(find_quantities(self.normalized))
        return self._quantities

    @property
    def dates(self) -> tuple[TimeRef, ...]:
        if self._dates is None:
            self._dates = tuple(find_dates(self.normalized, self.published))
        return self._dates

    def _fields(self) -> tuple:
        return (self.normalized, self.published, self.language, self.sentences, self.quantities, self.dates)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (f"TextAnalysis(normalized={self.normalized!r}, published={self.published!r}, "
                f"language={self.language!r}, sentences={self.sentences!r}, "
                f"quantities={self.quantities!r}, dates={self.dates!r})")

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
    that is not Arabic gives an empty analysis with ``language`` saying why. Sentences,
    quantities and dates are found when first read.
    """
    encoded = encode_codepage(text)
    nt = normalize_encoded(text, encoded)
    share = arabic_share(text, encoded=encoded)
    if share is None or share < MIN_ARABIC_SHARE:
        return TextAnalysis(nt, published, "und" if share is None else "other", (), (), ())
    return TextAnalysis(nt, published, "ar")
