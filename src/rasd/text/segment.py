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
from collections.abc import Iterator
from functools import cache

from rasd.model import Sentence, Token
from rasd.text.normalize import NormalizedText, normalize_word

__all__ = ["analyze_clitics", "sentence_ranges", "split_sentences", "stem_form", "stems", "tokenize"]

_ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
# A line break ends a sentence; a run of . ! ? ؟ (with closing quotes or brackets) only when a
# space, an Arabic letter or the end of the text follows (3.5, 20.1.2022, sy24.net do not).
# (One character class first, so that the regex engine skips to candidates in C.)
_BOUNDARY = re.compile(
    rf"[.!?؟\n](?:(?<=\n)[.!?؟]*[\"')\]]*|(?<=[.!?؟])[.!?؟]*[\"')\]]*(?=\s|[{_ARABIC_LETTER}]|\Z))"
)
ARABIC_RUN = re.compile(f"[{_ARABIC_LETTER}]+")
"""An Arabic word as ``tokenize`` reads it: a maximal run of Arabic letters."""
_ONE_LETTER_BEFORE = re.compile(rf"(?:^|[\s(\"'])[{_ARABIC_LETTER}A-Za-z]$")
_TOKEN = re.compile(rf"[0-9]+(?:[.,،:/][0-9]+)*|[{_ARABIC_LETTER}]+|[A-Za-z][A-Za-z0-9]*|\S")
# A token and the whitespace before it: ``_TOKEN``'s alternatives with the Arabic word first (their first
# characters tell them apart, so the order changes no match) and possessive quantifiers (nothing after
# them can fail, so giving back characters never helps): the engine saves no backtracking state.
_SPACED_TOKEN = re.compile(rf"(\s*+)([{_ARABIC_LETTER}]++|[0-9]++(?:[.,،:/][0-9]+)*+|[A-Za-z][A-Za-z0-9]*+|\S)")

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
    for m in _boundaries(text):
        start, end = m.span()
        if text[start] == "." and _ONE_LETTER_BEFORE.search(text[max(0, start - 2) : start]):
            continue  # "د. محمد": an abbreviation, not the end of a sentence
        _add_range(text, begin, end, spans)
        begin = end
    _add_range(text, begin, n, spans)
    return spans


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """``_BOUNDARY.finditer(text)``, faster.

    Scanning every character against the class [.!?؟\n] costs the regex engine some fifty
    instructions a character (؟ puts the class beyond a byte bitmap), while ``str.find`` skips
    to a given character in C at a few. Every match starts at one of these characters, so trying
    ``_BOUNDARY.match`` at each of them in order, past the end of the last match, finds the
    same matches as ``finditer`` (which takes the leftmost match after the last one).
    """
    candidates = []
    for ch in _BOUNDARY_STARTS:
        i = text.find(ch)
        while i >= 0:
            candidates.append(i)
            i = text.find(ch, i + 1)
    candidates.sort()
    last_end = 0
    for i in candidates:
        if i >= last_end and (m := _BOUNDARY.match(text, i)) is not None:
            last_end = m.end()
            yield m


_BOUNDARY_STARTS = ".!?؟\n"
"""The characters a ``_BOUNDARY`` match starts with (its first class)."""


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
    out: list[Token] = []
    for begin, end in ranges if ranges is not None else [(0, len(nt.text))]:
        if end > begin:
            _tokenize_range(nt, begin, end, out)
    return out


def _tokenize_range(nt: NormalizedText, begin: int, end: int, out: list[Token]) -> None:
    """Append the tokens of the normalized range ``[begin, end)`` to ``out``.

    One regex call reads every token with the whitespace before it, so each token's place is a
    sum of lengths. Offsets map with the shift of the offset map's segment the token lies in;
    only a token that reaches the next segment's start (rare: where diacritics or extra spaces
    were removed) is mapped with ``span_to_original``, which also gives it the diacritics that
    follow its last letter (عنصراً). Inside a segment no character was removed, so none follow.
    """
    original = nt.original
    starts, shifts = nt.starts, nt.shifts
    tails = _TAILS
    append = out.append
    new = tuple.__new__
    no_boundary = len(nt.text) + 1  # past every token's end (an int: int comparisons are faster)
    k = bisect_right(starts, begin) - 1
    shift = shifts[k]
    boundary = starts[k + 1] if k + 1 < len(starts) else no_boundary  # where the segment ends
    # The loop counts in original offsets (normalized + shift), which saves two additions a token.
    o = begin + shift  # the original offset of the normalized position reached
    o_boundary = boundary + shift
    space: str
    norm: str
    for space, norm in _SPACED_TOKEN.findall(nt.text, begin, end):
        o_start = o + len(space)
        o = o_start + len(norm)
        try:  # (a subscript is specialized for dicts; .get is a method call, slower by a fifth here)
            tail = tails[norm]
        except KeyError:  # a word not seen before: rare once the memo is warm
            tail = _tail(norm)
        if o < o_boundary:
            append(new(Token, (o_start, o, original[o_start:o]) + tail))  # noqa: RUF005  (Token(...), faster)
            continue
        pos = o - shift  # the token reaches the next segment: map it in normalized offsets
        o_start, o_end = nt.span_to_original(o_start - shift, pos)
        k = bisect_right(starts, pos) - 1
        shift = shifts[k]
        boundary = starts[k + 1] if k + 1 < len(starts) else no_boundary
        o, o_boundary = pos + shift, boundary + shift
        append(new(Token, (o_start, o_end, original[o_start:o_end]) + tail))  # noqa: RUF005


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


def stem_form(word: str) -> str:
    """The stem ``tokenize`` gives ``word`` standing alone: the word normalized, then the proclitics the
    tokenizer reads off it taken away (الجرحى -> جرحي، بتهمة -> تهمه، كوادر -> وادر). A one-word lexicon
    entry compared with ``Token.stem`` must be in this form, or it never matches; ValueError when
    ``word`` is not one token."""
    norm = normalize_word(word)
    if not _TOKEN.fullmatch(norm):
        raise ValueError(f"not one word: {word!r}")
    return analyze_clitics(norm)[1]


def stems(*words: str) -> frozenset[str]:
    """The stems tokens of ``words`` have, for a set compared with ``Token.stem``: each word's ``stem_form``,
    and, when the letters read off the word alone hold no article, also its stem after the article. Those
    letters may be the word's own: بنادق is نادق standing alone (the tokenizer reads a ب) but بنادق in
    البنادق، ببنادق; كوادر is وادر alone, كوادر in الكوادر، لكوادر. (For a word written with a real
    clitic, بتهمة, the second form is one no text has: write such words bare.)"""
    out = set()
    for word in words:
        stem = stem_form(word)
        out.add(stem)
        prefix = analyze_clitics(norm := normalize_word(word))[0]
        if prefix and "ال" not in prefix and not prefix.endswith("لل"):
            out.add(stem_form("ال" + norm))
    return frozenset(out)


POSSESSIVES = ("هما", "هم", "هن", "ها", "نا", "كم", "ه")
"""The possessive pronoun suffixes (normalized), longest first."""


def possessed_bases(word: str) -> tuple[str, ...]:
    """The forms a (normalized) noun may have without its possessive pronoun, most likely first: the bare stem
    (عناصرها → عناصر، مركباته → مركبات), its ت back to ة (عافيتهم → عافيه) and a construct plural's ين
    (مقاتليه → مقاتلين); none when no pronoun ends it or too little is left."""
    for suffix in POSSESSIVES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if base.endswith("ت"):
                return base, base[:-1] + "ه"
            if base.endswith("ي"):
                return base, base + "ن"
            return (base,)
    return ()
