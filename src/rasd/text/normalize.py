"""Normalization of Arabic text with an exact offset map back to the original.

The normalized view exists for matching only; every span found in it is mapped back to the
original string with :meth:`NormalizedText.span_to_original`, so output offsets always index
what the caller gave us.

What the view folds:

* presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) resolved to their base letters (ﻻ -> لا);
* diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and tatweel removed;
* alef variants أ إ آ ٱ -> ا; ى -> ي; ة -> ه;
* Arabic-Indic and Persian digits -> ASCII; Arabic decimal (٫) and thousands (٬) separators -> . ,;
* typographic quotes and guillemets -> " and ';
* zero-width and bidi control characters removed;
* runs of whitespace collapsed to one character: a newline when the run holds a line break
  (sentences end at line breaks), otherwise a space.

The offset map is piecewise linear: the normalized text is cut into segments, and within a
segment ``original_index = normalized_index + shift``. Only the places where the text changes
length (deletions, expansions, collapsed whitespace) start a new segment, so the map costs
almost nothing on clean text and lookups are a binary search.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "CODEPAGE", "CP_CHARS", "MARKS", "SEARCH_FOLDS", "NormalizedText", "encode_codepage", "normalize",
    "normalize_encoded", "normalize_word", "search_form",
]

# Characters that are removed outright.
_DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08d3-\u08ff"
_TATWEEL = "\u0640"
_INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u061c"  # Arabic letter mark
    "\u180e"
    "\u200b-\u200f"  # zero-width space, ZWNJ, ZWJ, LRM, RLM
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2060-\u2064"
    "\u2066-\u2069"  # bidi isolates
    "\ufeff"  # byte-order mark / zero-width no-break space
)
_DELETED = _DIACRITICS + _TATWEEL + _INVISIBLE

# Whitespace of every kind, and the line breaks among them.
_SPACES = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_BREAKS = "\n\r\v\f\u0085\u2028\u2029"

_ONE_TO_ONE: dict[int, str] = {}
for _c in "أإآٱ\u0672\u0673":
    _ONE_TO_ONE[ord(_c)] = "ا"
_ONE_TO_ONE[ord("ى")] = "ي"
_ONE_TO_ONE[ord("ی")] = "ي"  # Persian yeh
_ONE_TO_ONE[ord("ة")] = "ه"
_ONE_TO_ONE[ord("ک")] = "ك"  # Persian keheh
for _i in range(10):
    _ONE_TO_ONE[0x0660 + _i] = str(_i)  # Arabic-Indic
    _ONE_TO_ONE[0x06F0 + _i] = str(_i)  # Persian (extended Arabic-Indic)
_ONE_TO_ONE[ord("٫")] = "."
_ONE_TO_ONE[ord("٬")] = ","
_ONE_TO_ONE[ord("٪")] = "%"
for _c in "“”„‟«»″‶〝〞＂":
    _ONE_TO_ONE[ord(_c)] = '"'
for _c in "‘’‚‛′‵`´":
    _ONE_TO_ONE[ord(_c)] = "'"


def _presentation_forms() -> dict[int, str]:
    """Arabic presentation forms -> base letters, from Unicode compatibility decompositions."""
    table: dict[int, str] = {}
    for code in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(code)
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed == ch or not decomposed.strip():
            continue
        # Fold the decomposition with the same one-to-one table and drop its diacritics.
        folded = "".join(_ONE_TO_ONE.get(ord(c), c) for c in decomposed)
        folded = re.sub(f"[{_DELETED}]", "", folded)
        if folded:
            table[code] = folded
    return table


_EXPANSIONS = _presentation_forms()
_TABLE = dict(_ONE_TO_ONE)
for _c in _SPACES.replace("\u2000-\u200a", "") + "".join(chr(c) for c in range(0x2000, 0x200B)):
    if _c != " ":
        _TABLE[ord(_c)] = " "
for _c in _BREAKS:
    if _c != "\n":
        _TABLE[ord(_c)] = "\n"
# (character, replacement) pairs for the one-to-one folds, applied with str.replace, which is far
# faster than str.translate on Arabic text; only the characters present in a text are replaced.
_REPLACEMENTS = tuple((chr(k), v) for k, v in _TABLE.items())

_MULTI_CLASS = "".join(re.escape(chr(k)) for k in sorted(_EXPANSIONS))
# Everything that changes length: a run of deleted characters, one expanding presentation form,
# or a whitespace run that is longer than one character or mixes deleted characters in.
# Written as one character class first, then what may follow the character it matched, so that
# the regex engine skips in C to the next character of the class (an alternation of classes is
# tried in full at every position): the same matches as
#     [DELETED]+ | [MULTI] | [SPACES BREAKS][SPACES BREAKS DELETED]+
# (the three classes are disjoint).
_CHANGE = re.compile(
    f"[{_DELETED}{_MULTI_CLASS}{_SPACES}{_BREAKS}]"
    f"(?:(?<=[{_DELETED}])[{_DELETED}]*|(?<=[{_MULTI_CLASS}])|(?<=[{_SPACES}{_BREAKS}])[{_SPACES}{_BREAKS}{_DELETED}]+)"
)
_BREAK_RE = re.compile(f"[{_BREAKS}]")

# Most articles can be written in code page 1256 (Arabic, Latin, the common punctuation). For
# them the search for changes and the one-to-one folds run on the encoded bytes, one byte per
# character (so byte offsets are character offsets): bytes.translate marks with 1 the bytes that
# may start a change other than a space, bytes.find locates those and the double spaces, and
# ``_CHANGE`` is matched only there; the folds are one bytes.translate.
CODEPAGE = "cp1256"
"""The one-byte code page Arabic news mostly fits in (see ``encode_codepage``)."""
CP_CHARS = bytes(range(256)).decode(CODEPAGE)
"""The 256 characters of ``CODEPAGE``, by byte."""
_CP_CHANGE_START = re.compile(f"[{_DELETED}{_MULTI_CLASS}{_SPACES}{_BREAKS}]")
_CP_MARKS = bytes(1 if c != " " and _CP_CHANGE_START.fullmatch(c) else 32 if c == " " else 97 for c in CP_CHARS)
_CP_FOLD = bytes(_TABLE.get(ord(c), c).encode(CODEPAGE)[0] for c in CP_CHARS)
if len(set(CP_CHARS)) != 256 or any(len(_TABLE.get(ord(c), c)) != 1 for c in CP_CHARS):
    raise ValueError("the code page must map bytes to characters one to one, and fold to one character")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized view of ``original`` and the map between the two.

    ``starts[k]`` is the first normalized index of segment k; inside it
    ``original index = normalized index + shifts[k]``. ``encoded`` is ``text`` in code page 1256
    where ``normalize`` made it from those bytes (None otherwise): the gates and the quantity scan
    read the text in that code page, and encoding it again would cost as much as normalizing did.
    """

    original: str
    text: str
    starts: tuple[int, ...]
    shifts: tuple[int, ...]
    encoded: bytes | None = field(default=None, repr=False, compare=False)

    def index_map(self) -> list[int]:
        """Original index of every normalized character, plus len(original) at the end.

        For code that maps many spans at once (tokens): one list built from the segments, then
        each lookup is a list index instead of a binary search.
        """
        out: list[int] = []
        bounds = (*self.starts[1:], len(self.text))
        for begin, end, shift in zip(self.starts, bounds, self.shifts, strict=True):
            out.extend(range(begin + shift, end + shift))
        out.append(len(self.original))
        return out

    def to_original(self, index: int) -> int:
        """Original index of the normalized character at ``index`` (len maps to len)."""
        if index >= len(self.text):
            return len(self.original)
        if index < 0:
            raise IndexError(index)
        return index + self.shifts[bisect_right(self.starts, index) - 1]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalized span ``[start, end)``.

        The span covers the original characters from the first to the last one that produced
        the normalized characters, plus the diacritics and tatweel that follow its last letter
        (they belong to it: عنصراً, not عنصرا); invisible controls at its edges are left out.
        """
        if not 0 <= start <= end <= len(self.text):
            raise IndexError((start, end))
        if start == end:
            o = self.to_original(start)
            return o, o
        # (to_original inlined: spans are mapped by the thousand)
        starts, shifts, original = self.starts, self.shifts, self.original
        if len(starts) == 1:
            o_start, o_end = start + shifts[0], end + shifts[0]
        else:
            o_start = start + shifts[bisect_right(starts, start) - 1]
            o_end = end + shifts[bisect_right(starts, end - 1) - 1]
        if o_end < len(original) and original[o_end] in MARKS:
            o_end += 1
            while o_end < len(original) and original[o_end] in MARKS:
                o_end += 1
        return o_start, o_end


def normalize(text: str) -> NormalizedText:
    """Return the normalized view of ``text`` with its offset map."""
    return _normalize(text, encode_codepage(text))


def encode_codepage(text: str) -> bytes | None:
    """``text`` in code page 1256, one byte a character (so offsets carry over), or None when it holds a
    character the code page lacks. (Encoding costs some 16 ns a character: a caller that needs the bytes twice
    encodes once.)"""
    try:
        return text.encode(CODEPAGE)
    except UnicodeEncodeError:
        return None


def normalize_encoded(text: str, encoded: bytes | None) -> NormalizedText:
    """:func:`normalize`, given ``encode_codepage(text)``."""
    return _normalize(text, encoded)


def _normalize(text: str, data: bytes | None) -> NormalizedText:
    """``normalize``, on the text's code page 1256 bytes when it has them (``data``)."""
    # The pieces of the normalized text, cut from the original or (code page 1256) its bytes.
    src: str | bytes = text if data is None else data
    space, newline = (" ", "\n") if data is None else (b" ", b"\n")
    pieces: list = []
    starts = [0]
    shifts = [0]
    out_len = 0  # length of the normalized text produced so far
    pos = 0  # position in the original
    for m in _CHANGE.finditer(text) if data is None else _changes(text, data):
        ms, me = m.span()
        if ms > pos:
            pieces.append(src[pos:ms])
            out_len += ms - pos
        run = m.group()
        first = run[0]
        if first in _FORM_CHARS:  # (never in code page 1256)
            replacement = _EXPANSIONS[ord(first)]
            # Every produced character maps to the one original character.
            for k in range(len(replacement)):
                starts.append(out_len + k)
                shifts.append(ms - (out_len + k))
            pieces.append(replacement)
            out_len += len(replacement)
        elif first in _WHITESPACE_CHARS:
            brk = _BREAK_RE.search(run)
            at = ms if brk is None else ms + brk.start()
            pieces.append(space if brk is None else newline)
            starts.append(out_len)
            shifts.append(at - out_len)
            out_len += 1
        # else: a run of deleted characters produces nothing.
        starts.append(out_len)
        shifts.append(me - out_len)
        pos = me
    if pos == 0:
        if data is None:
            return NormalizedText(text, _fold(text), (0,), (0,))
        encoded = data.translate(_CP_FOLD)
        return NormalizedText(text, encoded.decode(CODEPAGE), (0,), (0,), encoded)
    if pos < len(text):
        pieces.append(src[pos:])
    if data is None:
        return NormalizedText(text, _fold("".join(pieces)), *_compact(starts, shifts))
    encoded = b"".join(pieces).translate(_CP_FOLD)
    return NormalizedText(text, encoded.decode(CODEPAGE), *_compact(starts, shifts), encoded)


def _changes(text: str, data: bytes) -> Iterator[re.Match[str]]:
    """What ``_CHANGE.finditer(text)`` gives, for a text whose code page 1256 bytes are ``data``.

    A change starts at a marked character or at a space before a marked character or a space;
    ``_CHANGE`` is tried at those places only, left to right, skipping what a match covered.
    """
    view = data.translate(_CP_MARKS)
    starts = []
    find = view.find
    i = find(1)
    while i >= 0:
        if i and view[i - 1] == 32:
            starts.append(i - 1)
        starts.append(i)
        i = find(1, i + 1)
    i = find(b"  ")
    while i >= 0:
        starts.append(i)
        i = find(b"  ", i + 1)
    if not starts:
        return
    starts.sort()
    match = _CHANGE.match
    pos = 0
    for i in starts:
        if i >= pos:
            m = match(text, i)
            if m is not None:
                yield m
                pos = m.end()


def _fold(text: str) -> str:
    """Apply the one-to-one folds (length-preserving, so the offset map is unaffected)."""
    try:
        return text.encode(CODEPAGE).translate(_CP_FOLD).decode(CODEPAGE)
    except UnicodeEncodeError:
        pass
    for ch, replacement in _REPLACEMENTS:
        if ch in text:
            text = text.replace(ch, replacement)
    return text


def _compact(starts: list[int], shifts: list[int]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Drop segments that are empty or continue the previous one with the same shift."""
    out_starts: list[int] = []
    out_shifts: list[int] = []
    for i, (s, d) in enumerate(zip(starts, shifts, strict=True)):
        if i + 1 < len(starts) and starts[i + 1] == s:
            continue  # an empty segment: the next one starts at the same place
        if out_shifts and out_shifts[-1] == d:
            continue
        out_starts.append(s)
        out_shifts.append(d)
    return tuple(out_starts), tuple(out_shifts)


MARKS = frozenset(re.findall(f"[{_DIACRITICS}{_TATWEEL}]", "".join(map(chr, range(0x0600, 0x0900)))))
_FORM_CHARS = frozenset(chr(k) for k in _EXPANSIONS)
_WHITESPACE_CHARS = frozenset(
    " \t\u00a0\u1680\u202f\u205f\u3000"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + _BREAKS
)


@lru_cache(maxsize=65536)
def normalize_word(word: str) -> str:
    """Normalized form of a lexicon entry or a query (no offset map), stripped."""
    return normalize(word).text.strip()


def _search_folds() -> dict[int, str]:
    """The character folds of ``search_form``: one character to one character, or to nothing."""
    candidates = "".join(map(chr, range(0x80, 0x2100))) + "\ufeff"  # every character of _DELETED is among these
    deleted = re.findall(f"[{_DELETED}]", candidates)
    folds = {ord(ch): "" for ch in deleted}
    folds.update(_TABLE)
    # Upper-case Latin letters (ASCII, Latin-1, Latin Extended, the transliterations' dotted and
    # macron letters) to lower case: place names are searched without regard to case.
    for code in [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]:
        lower = chr(code).lower()
        if lower != chr(code) and len(lower) == 1 and unicodedata.normalize("NFKC", chr(code)) == chr(code):
            folds[code] = lower
    return folds


SEARCH_FOLDS: dict[int, str] = _search_folds()
"""What ``search_form`` folds after NFKC: normalize()'s one-to-one folds, its deleted characters
(diacritics, tatweel, invisible controls) and upper-case Latin letters. The database repeats these
folds in its search index (migration 0004 copies this table into PostgreSQL's rasd_search_form),
so changing them needs a migration that rebuilds the index."""

# The same folds as one pattern: in news text about one character in sixteen folds, and a
# pattern skips the others faster than str.translate looks each one up (measured twice as fast
# on corpus articles; the writer folds every text it stores, rasd.store.search_rows).
_FOLDABLE = re.compile("[" + "".join(map(re.escape, map(chr, SEARCH_FOLDS))) + "]")
_FOLDED = {chr(code): to for code, to in SEARCH_FOLDS.items()}


def search_form(text: str | None) -> str | None:
    """The form the full-text search compares: NFKC (which resolves presentation forms the way
    ``normalize`` does), then ``SEARCH_FOLDS``; whitespace is kept as it is (a query word has none).

    Unlike ``normalize`` there is no offset map: the search only asks whether a word occurs.
    """
    if text is None:
        return None
    return _FOLDABLE.sub(lambda m: _FOLDED[m.group()], unicodedata.normalize("NFKC", text))
