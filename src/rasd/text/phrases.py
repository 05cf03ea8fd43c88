"""Clitic-aware matching of multi-word phrases over tokens, longest match first.

A lexicon phrase is written in natural Arabic; it is normalized and split into words. Its first
word matches a token when any of the token's clitic readings equals it (لقوات -> قوات, بالحسكة ->
الحسكه), the following words when the next tokens' readings do. Matches never start or end inside
a word, because they are made of whole tokens.

A cheap gate tells, before any tokenization, whether a text can hold any phrase at all: the set of
the text's words is intersected (in C) with every clitic-prefixed spelling of the phrases' first
words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rasd.model import Token
from rasd.text.normalize import normalize_word
from rasd.text.segment import CONJUNCTIONS, PREPOSITIONS

__all__ = ["PhraseMatch", "PhraseMatcher", "prefixed_forms"]

T = TypeVar("T")

_GATE_PUNCTUATION = ".,،؛;:!?؟\"'()[]{}«»-–—/…"


def prefixed_forms(word: str) -> set[str]:
    """Every spelling of a normalized word with proclitics in front (و، ف، ب، ل، ك، س، ال، لل...)."""
    bare = word[2:] if word.startswith("ال") and len(word) > 3 else word
    has_article = bare is not word
    forms = set()
    for conj in ("", *CONJUNCTIONS):
        for prep in ("", *PREPOSITIONS):
            if not has_article:
                forms.add(conj + prep + bare)
            if prep == "س":
                continue
            # with the article: ل + ال is written لل
            forms.add(conj + ("لل" + bare if prep == "ل" else prep + "ال" + bare))
    return forms


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[T]):
    """A lexicon phrase found in the tokens ``first`` to ``last`` (inclusive)."""

    first: int
    last: int
    start: int
    end: int
    phrase: str
    payload: T


class PhraseMatcher(Generic[T]):
    """Finds lexicon phrases in token sequences. Immutable after construction; thread-safe."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        index: dict[str, list[tuple[tuple[str, ...], str, T]]] = {}
        for phrase, payload in phrases:
            words = tuple(normalize_word(phrase).split())
            if words:
                index.setdefault(words[0], []).append((words, " ".join(words), payload))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest first
        self._index = index
        self._gate = frozenset(f for w in index for f in prefixed_forms(w))

    def could_match(self, normalized_text: str) -> bool:
        """False when no phrase can occur in the text (checked without tokenizing)."""
        text = normalized_text
        for ch in _GATE_PUNCTUATION:
            if ch in text:
                text = text.replace(ch, " ")
        return not self._gate.isdisjoint(text.split())

    def find(self, tokens: Sequence[Token], *, overlapping: bool = False) -> list[PhraseMatch[T]]:
        """Phrases in ``tokens``, left to right; the longest at each place, no overlaps unless asked."""
        out: list[PhraseMatch[T]] = []
        index = self._index
        n = len(tokens)
        i = 0
        while i < n:
            best: PhraseMatch[T] | None = None
            for reading in tokens[i].variants:
                entries = index.get(reading)
                if not entries:
                    continue
                for words, phrase, payload in entries:
                    last = i + len(words) - 1
                    if last >= n or (best is not None and last <= best.last):
                        continue
                    if all(words[k] in tokens[i + k].variants for k in range(1, len(words))):
                        best = PhraseMatch(i, last, tokens[i].start, tokens[last].end, phrase, payload)
                        break  # entries are longest first
            if best is None:
                i += 1
                continue
            out.append(best)
            i = i + 1 if overlapping else best.last + 1
        return out
