"""Sentences and tokens, with Arabic proclitics identified.

Sentences end at . ! ? ؟ (and runs of them, with closing quotes or brackets) followed by a space,
the end of the text or directly by an Arabic letter, and at every line break. They do not end at
the Arabic comma, inside numbers (3.5, ٢٫٥, 20.1.2022) or after a one-letter abbreviation (د. for
doctor, م. for the Gregorian era).

A token is a run of Arabic letters, a run of Latin letters, a number with its inner separators,
or one other non-space character. Arabic tokens carry their proclitics: a conjunction (و ف), then a
preposition (ب ك ل) or the future particle (س), then the article (ال; ل + ال is written لل).
Letters that only look like clitics are part of the stem in many words (بلدة، لواء، بيان، كتيبة،
وزير): the analysis keeps a list of such stems, never strips to fewer than two letters (three
after a lone one-letter clitic) and offers every reading in ``Token.variants`` so that a matcher
can decide with its own lexicon.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from rasd.model import Sentence, Token
from rasd.text.normalize import MARKS, NormalizedText, normalize_word

__all__ = ["analyze_clitics", "sentence_ranges", "split_sentences", "tokenize"]

_ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
# A line break ends a sentence; a run of . ! ? ؟ (with closing quotes or brackets) only when a
# space, an Arabic letter or the end of the text follows (3.5, 20.1.2022, sy24.net do not).
# (One character class first, so that the regex engine skips to candidates in C.)
_BOUNDARY = re.compile(
    rf"[.!?؟\n](?:(?<=\n)[.!?؟]*[\"')\]]*|(?<=[.!?؟])[.!?؟]*[\"')\]]*(?=\s|[{_ARABIC_LETTER}]|\Z))"
)
_ONE_LETTER_BEFORE = re.compile(rf"(?:^|[\s(\"'])[{_ARABIC_LETTER}A-Za-z]$")
_TOKEN = re.compile(rf"[0-9]+(?:[.,،:/][0-9]+)*|[{_ARABIC_LETTER}]+|[A-Za-z][A-Za-z0-9]*|\S")

CONJUNCTIONS = ("و", "ف")
"""Proclitic conjunctions; then a preposition or the future particle; then the article ال."""
PREPOSITIONS = ("ب", "ك", "ل", "س")


def split_sentences(nt: NormalizedText) -> list[Sentence]:
    """Sentence spans in the original text, leading and trailing spaces excluded."""
    return [Sentence(*nt.span_to_original(begin, end)) for begin, end in sentence_ranges(nt)]


def sentence_ranges(nt: NormalizedText) -> list[tuple[int, int]]:
    """Sentence spans in the normalized text (what ``split_sentences`` maps to the original)."""
    text = nt.text
    spans: list[tuple[int, int]] = []
    begin = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        start, end = m.span()
        if text[start] == "." and _ONE_LETTER_BEFORE.search(text[max(0, start - 2) : start]):
            continue  # "د. محمد": an abbreviation, not the end of a sentence
        _add_range(text, begin, end, spans)
        begin = end
    _add_range(text, begin, n, spans)
    return spans


def _add_range(text: str, begin: int, end: int, spans: list[tuple[int, int]]) -> None:
    while begin < end and text[begin] in " \n":
        begin += 1
    while end > begin and text[end - 1] in " \n":
        end -= 1
    if begin < end:
        spans.append((begin, end))


def tokenize(nt: NormalizedText, ranges: list[tuple[int, int]] | None = None) -> list[Token]:
    """Tokens of the text (or of the given normalized ranges only), each with its original span
    and clitic analysis."""
    original = nt.original
    n = len(original)
    text = nt.text
    out: list[Token] = []
    append = out.append
    tails = _TAILS
    marks = MARKS
    starts, shifts = nt.starts, nt.shifts
    new = tuple.__new__
    for begin, end in ranges if ranges is not None else [(0, len(text))]:
        if end <= begin:
            continue
        # Offsets map with one shift inside a segment of the offset map: most sentences lie in
        # one, and their tokens take its shift; the others walk the segments beside their tokens.
        k = bisect_right(starts, begin) - 1
        if k + 1 == len(starts) or starts[k + 1] >= end:
            # One shift for the whole range: no character was removed inside it, so only the last
            # token can be followed by diacritics (removed just after the range).
            shift = shifts[k]
            first = len(out)
            for m in _TOKEN.finditer(text, begin, end):
                norm = m.group()
                tail = tails.get(norm)
                if tail is None:
                    tail = _tail(norm)
                s = m.start() + shift
                e = s + len(norm)
                append(new(Token, (s, e, original[s:e]) + tail))  # noqa: RUF005  (Token(s, e, text, *tail), faster)
            if len(out) > first:
                last = out[-1]
                e = last.end
                if e < n and original[e] in marks:
                    while e < n and original[e] in marks:
                        e += 1
                    out[-1] = last._replace(end=e, text=original[last.start:e])
            continue
        # Several shifts: walk the offset map's segments along with the tokens (both in order).
        last_k = len(starts) - 1
        for m in _TOKEN.finditer(text, begin, end):
            norm = m.group()
            tail = tails.get(norm)
            if tail is None:
                tail = _tail(norm)
            s = m.start()
            while k < last_k and starts[k + 1] <= s:
                k += 1
            e = s + len(norm) - 1  # the token's last character
            s += shifts[k]
            while k < last_k and starts[k + 1] <= e:
                k += 1
            e += shifts[k] + 1
            if e < n and original[e] in marks:
                e += 1  # the diacritics of the token's last letter belong to it
                while e < n and original[e] in marks:
                    e += 1
            append(new(Token, (s, e, original[s:e]) + tail))  # noqa: RUF005  (Token(s, e, text, *tail), faster)
    return out


_TAILS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {}
"""``(norm, prefix, stem, variants)`` of the words seen so far, the end of their tokens (bounded
like ``_ANALYSES``)."""


def _tail(norm: str) -> tuple[str, str, str, tuple[str, ...]]:
    if len(_TAILS) > 200_000:
        _TAILS.clear()
    tail = _TAILS[norm] = (norm, *analyze_clitics(norm))
    return tail


_ANALYSES: dict[str, tuple[str, str, tuple[str, ...]]] = {}
"""Clitic analyses of the words seen so far (bounded: cleared when it grows past 200,000)."""


def analyze_clitics(word: str) -> tuple[str, str, tuple[str, ...]]:
    """Split a normalized word into ``(prefix, stem, variants)`` (memoized)."""
    analysis = _ANALYSES.get(word)
    if analysis is None:
        if len(_ANALYSES) > 200_000:
            _ANALYSES.clear()
        analysis = _ANALYSES[word] = _analyze(word)
    return analysis


def _analyze(word: str) -> tuple[str, str, tuple[str, ...]]:
    """Split a normalized word into ``(prefix, stem, variants)``.

    ``variants`` holds the word and every shorter reading a matcher may look up: without the
    conjunction, without the preposition, and the bare stem, with ال restored where the word
    had it (بالحسكه -> بالحسكه, الحسكه, حسكه; للمدنيين -> للمدنيين, المدنيين, مدنيين).
    """
    if len(word) < 3 or not ("\u0621" <= word[0] <= "\u064a"):
        return "", word, (word,)
    stems = _protected_stems()
    readings: list[tuple[str, str, str]] = []  # (prefix, stem, article-restored form)
    for conj in ("", *CONJUNCTIONS):
        if conj and not word.startswith(conj):
            continue
        rest1 = word[len(conj) :]
        for prep in ("", *PREPOSITIONS):
            if prep and not rest1.startswith(prep):
                continue
            rest2 = rest1[len(prep) :]
            # The article: ال, or ل alone after the preposition ل (ل + ال = لل).
            for art, surface in _articles(prep):
                if surface and not rest2.startswith(surface):
                    continue
                stem = rest2[len(surface) :]
                prefix = conj + prep + surface
                if not prefix:
                    continue
                if len(stem) < 2 or (len(prefix) == 1 and len(stem) < 3):
                    continue
                if prep == "س" and art:
                    continue
                if not _blocked(word, prefix, stems):
                    readings.append((prefix, stem, "ال" + stem if art else stem))
    if not readings:
        return "", word, (word,)
    variants = [word]
    for _prefix, stem, with_article in readings:
        for v in (with_article, stem):
            if v not in variants:
                variants.append(v)
    # The identified analysis: the longest stripping that does not cut into a known stem.
    best_prefix, best_stem, _ = max(readings, key=lambda r: len(r[0]))
    return best_prefix, best_stem, tuple(variants)


def _articles(prep: str) -> tuple[tuple[str, str], ...]:
    """(article, its written form) after the preposition ``prep``."""
    if prep == "ل":
        return (("", ""), ("ال", "ل"))
    return (("", ""), ("ال", "ال"))


def _blocked(word: str, prefix: str, stems: frozenset[str]) -> bool:
    """True when stripping ``prefix`` would cut into a known stem (the whole word included)."""
    return any(word[i:] in stems for i in range(len(prefix)))


@cache
def _protected_stems() -> frozenset[str]:
    """Words whose first letters look like proclitics but belong to the stem."""
    from rasd.recognize.lexicon import read_table

    return frozenset(normalize_word(fields[0]) for _, fields in read_table("clitic_stems.tsv", ("word",)))
