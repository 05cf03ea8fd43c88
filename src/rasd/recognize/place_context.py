"""The words around a place name: cue words, relations, titles, and reading them off the text.

The lexicon is ``resources/place_cues.tsv`` (kinds described in its header). Context is read on
the *normalized* text (see :mod:`rasd.text.normalize`). A place phrase is, left to right,

    [relation] [cue] ["] NAME ["] [direction adjective]

where the relation is ريف (countryside), a direction (شمال، جنوب شرق ...), a "near" word (قرب،
بالقرب من، محيط، أطراف) or بين, and the cue a place-type word (مدينة، حي، محافظة، سجن ...). The
construction "الريف الشرقي لـ X" is read as "ريف X الشرقي".

Words may carry proclitics (وبمحافظة، بريف، وقرب): every word is looked up through its readings,
the clitic-stripped forms of :func:`rasd.text.segment.analyze_clitics` that keep the article ال
where the word has it, plus a conjunction or preposition before a two-letter word (وحي، بتل).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from rasd.errors import ResourceError
from rasd.text.normalize import normalize_word
from rasd.text.segment import analyze_clitics

__all__ = [
    "LETTERS",
    "LETTER_CLASS",
    "NEXT_WORD",
    "PlaceContext",
    "PlaceLexicon",
    "left_context",
    "place_lexicon",
    "readings",
    "right_context",
    "word_kinds",
]

LETTER_CLASS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
"""Arabic letters, exactly as :mod:`rasd.text.segment` defines a word."""
LETTERS = frozenset(
    chr(c) for lo, hi in ((0x0621, 0x063A), (0x0641, 0x064A), (0x0671, 0x06D3)) for c in range(lo, hi + 1)
)

KINDS = (
    "cue", "strict_cue", "countryside", "near", "near_from", "direction", "adjective", "between",
    "title", "link", "function", "common", "person", "never", "phrase", "speaker", "verb", "preposition", "construct",
)
_CONTEXT_KINDS = frozenset(
    {"cue", "strict_cue", "countryside", "near", "near_from", "direction", "adjective", "between", "title",
     "link", "function", "speaker"}
)
_DIRECTIONS = ("north", "south", "east", "west")
_QUOTES = frozenset("\"'")
_MARKS = frozenset("،,(-")  # punctuation that may stand between a place and its parent
_TWO_LETTER_PREFIXES = frozenset(c + p for c in ("", "و", "ف") for p in ("", "ب", "ك", "ل") if c + p)
_NISBA = re.compile(r"^ال.{2,}يه?$")
_COUNTRYSIDE_ARTICLE = "الريف"


@dataclass(frozen=True, slots=True)
class PlaceLexicon:
    """The words of place_cues.tsv, normalized: ``kinds`` maps a word to its kinds and values."""

    kinds: Mapping[str, Mapping[str, str]]
    cues: Mapping[str, tuple[tuple[str, ...], bool]]  # word -> (features in preference order, strict)
    common: frozenset[str]
    never: frozenset[str]
    phrases: tuple[str, ...]
    not_alone: frozenset[str]  # words that never name a place on their own (cues, titles, months ...)
    phrase_words: frozenset[str]  # the words of ``phrases`` (with ال restored after ل)
    verbs: frozenset[str] = frozenset()  # names that are also present-tense verbs (تدمر: destroys)
    prepositions: frozenset[str] = frozenset()  # words after which such a name is a place (في تدمر)
    constructs: frozenset[str] = frozenset()  # names that are also nouns in construct (حماة الوطن: protectors)


@cache
def place_lexicon() -> PlaceLexicon:
    """Load and validate place_cues.tsv (once)."""
    try:
        raw = resources.files("rasd.resources").joinpath("place_cues.tsv").read_text(encoding="utf-8")
    except OSError as exc:  # pragma: no cover - a broken installation
        raise ResourceError(f"cannot read place_cues.tsv: {exc}") from exc
    kinds: dict[str, dict[str, str]] = {}
    header_seen = False
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if fields[:3] != ["word", "kind", "value"]:
                raise ResourceError(f"place_cues.tsv: bad header on line {number}")
            header_seen = True
            continue
        kind = fields[1] if len(fields) > 1 else ""
        if kind not in KINDS:
            raise ResourceError(f"place_cues.tsv line {number}: unknown kind {kind!r}")
        word = normalize_word(fields[0])
        value = fields[2].strip() if len(fields) > 2 else ""
        if not word:
            raise ResourceError(f"place_cues.tsv line {number}: empty word")
        if kind in ("direction", "adjective") and value not in _DIRECTIONS:
            raise ResourceError(f"place_cues.tsv line {number}: bad direction {value!r}")
        kinds.setdefault(word, {})[kind] = value
    cues = {}
    for word, k in kinds.items():
        for kind, strict in (("cue", False), ("strict_cue", True)):
            if kind in k:
                cues[word] = (() if k[kind] in ("", "*") else tuple(k[kind].split("|")), strict)
    return PlaceLexicon(
        kinds=kinds,
        cues=cues,
        common=frozenset(w for w, k in kinds.items() if "common" in k or "person" in k),
        never=frozenset(w for w, k in kinds.items() if "never" in k),
        verbs=frozenset(w for w, k in kinds.items() if "verb" in k),
        prepositions=frozenset(w for w, k in kinds.items() if "preposition" in k),
        constructs=frozenset(w for w, k in kinds.items() if "construct" in k),
        phrases=tuple(sorted((w for w, k in kinds.items() if "phrase" in k), key=len, reverse=True)),
        not_alone=frozenset(w for w, k in kinds.items() if _CONTEXT_KINDS.intersection(k) or "never" in k),
        phrase_words=frozenset(
            r for w, k in kinds.items() if "phrase" in k for word in w.split() for r, _ in readings(word)
        ),
    )


@lru_cache(maxsize=100_000)
def readings(word: str) -> tuple[tuple[str, int], ...]:
    """``(reading, cut)`` pairs for a normalized word, longest reading first.

    A reading is the word itself or a clitic-stripped form that keeps the article where the word
    has one (بالحسكه -> الحسكه, never حسكه; للحسكه -> الحسكه). ``cut`` is the number of surface
    characters before the reading's own letters: 1 for بالحسكه, 2 for للحسكه (whose visible
    letters start at حسكه).
    """
    variants = analyze_clitics(word)[2]
    found = set(variants)
    out: list[tuple[str, int]] = []
    for v in variants:
        if "ال" + v in found:
            continue  # an article-stripped stem: a name written with ال keeps it
        out.append((v, len(word) - len(v) if word.endswith(v) else len(word) - len(v) + 2))
    if len(word) in (3, 4) and word[:-2] in _TWO_LETTER_PREFIXES and all(r != word[-2:] for r, _ in out):
        out.append((word[-2:], len(word) - 2))
    return tuple(out)


@lru_cache(maxsize=100_000)
def word_kinds(word: str) -> Mapping[str, tuple[str, int, str]]:
    """The lexicon kinds of a word: kind -> (reading, cut, value), first reading that has it."""
    kinds = place_lexicon().kinds
    out: dict[str, tuple[str, int, str]] = {}
    for reading, cut in readings(word):
        for kind, value in kinds.get(reading, {}).items():
            out.setdefault(kind, (reading, cut, value))
    return out


class PlaceContext(NamedTuple):
    """What the words before a name say about it.

    ``start`` is the normalized start of the phrase: the cue or countryside word (without its
    clitics) when there is one, else the name. ``connector`` is the clitic prefix of the phrase's
    first word, preceded by the word or mark before the phrase when that is في، من، ، or (; it
    tells whether the place may be the parent of the place named before it. (A named tuple
    rather than a frozen dataclass: one is built for every place name met, and a frozen
    dataclass sets each of its seven fields through object.__setattr__, three times slower.)
    """

    start: int
    cue: str | None = None
    features: tuple[str, ...] = ()
    strict: bool = False
    relation: str = "in"
    person: bool = False
    connector: str = ""


def _prev(text: str, pos: int) -> tuple[int, str] | None:
    """``(start, word)`` of the word or mark before ``pos`` on the same line, or None."""
    j = pos - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j < 0 or text[j] == "\n":
        return None
    if text[j] not in LETTERS:
        return j, text[j]
    s = j
    while s > 0 and text[s - 1] in LETTERS:
        s -= 1
    return s, text[s : j + 1]


_FAST = frozenset({"من", *_QUOTES, *_MARKS})
_PLAIN = frozenset({"function", "common", "never"})
_CONNECTOR_WORDS = frozenset({"في", "التابعه", "التابع"})


def left_context(text: str, name_start: int, token_start: int) -> PlaceContext:
    """Read cue, relation and person-name signals before the name starting at ``name_start``.

    ``token_start`` is where the name's first word starts with its clitics (بالحسكه).
    """
    prefix = text[token_start:name_start]
    prev = _prev(text, token_start)
    if prev is None:
        return PlaceContext(name_start, connector=prefix)
    w = prev[1]
    if w in _MARKS:
        return PlaceContext(name_start, connector=w + prefix)  # "، حلب", "(حلب"
    kinds = word_kinds(w) if w[0] in LETTERS else {}
    if w not in _FAST and not _NISBA.match(w) and kinds.keys() <= _PLAIN:
        # an ordinary or function word: the common case
        return PlaceContext(name_start, connector=w + prefix if w in _CONNECTOR_WORDS else prefix)
    return _parse_left(_Before(text, prev, kinds), name_start, prefix, text.startswith("ال", name_start))


_NO_KINDS: Mapping[str, tuple[str, int, str]] = {}


class _Before:
    """The words and marks before a name, read backwards on demand (``at(0)`` is the nearest),
    with their lexicon kinds (``kinds_at``)."""

    __slots__ = ("done", "kinds", "text", "words")

    def __init__(self, text: str, first: tuple[int, str], first_kinds: Mapping[str, tuple[str, int, str]]) -> None:
        self.text = text
        self.words = [first]
        self.kinds = [first_kinds]
        self.done = False

    def at(self, k: int) -> tuple[int, str] | None:
        words = self.words
        while len(words) <= k and not self.done:
            p = _prev(self.text, words[-1][0])
            if p is None:
                self.done = True
            else:
                words.append(p)
        return words[k] if k < len(words) else None

    def kinds_at(self, k: int) -> Mapping[str, tuple[str, int, str]]:
        """``word_kinds`` of word ``k`` (none for a mark or past the line's start), each read once:
        the parser asks about the same word for one kind after another."""
        kinds = self.kinds
        while len(kinds) <= k:
            w = self.at(len(kinds))
            kinds.append(_NO_KINDS if w is None or w[1][0] not in LETTERS else word_kinds(w[1]))
        return kinds[k]


def _parse_left(before: _Before, name_start: int, prefix: str, definite: bool) -> PlaceContext:
    lex = place_lexicon()
    i = 0

    def kind(k: int, name: str) -> tuple[str, int, str] | None:
        return before.kinds_at(k).get(name)

    def cue_at(k: int) -> tuple[str, int, str] | None:
        return kind(k, "cue") or kind(k, "strict_cue")

    def word(k: int) -> str | None:
        w = before.at(k)
        return None if w is None else w[1]

    def position(k: int) -> int:
        return before.words[k][0]

    start = name_start
    if word(i) in _QUOTES:
        i += 1
    # A cue or relation word stands right before a bare name: in "جزيرة بنهر النيل" or
    # "بلده ومسقط" the name's own clitics show that the word before is no cue of it.
    cue = None if prefix else cue_at(i)
    nisba = not prefix and _NISBA.match(word(i) or "") and (word(i + 1) or "").startswith("ال")
    if cue is None and nisba and cue_at(i + 1):
        i += 1  # العاصمة اليمنية صنعاء
        cue = cue_at(i)
    features: tuple[str, ...] = ()
    strict = False
    if cue is not None:
        features, strict = lex.cues[cue[0]]
        start = position(i) + cue[1]
        prefix = (word(i) or "")[: cue[1]]
        i += 1
    relation = "in"
    if prefix:
        pass
    elif (c := kind(i, "countryside")) is not None:
        relation = "countryside"
        start = position(i) + c[1]
        prefix = (word(i) or "")[: c[1]]
        i += 1
    elif (d := kind(i, "direction")) is not None:
        relation = d[2]
        i += 1
        d1 = kind(i, "direction")
        if d1 is not None and relation in ("east", "west") and d1[2] in ("north", "south"):
            relation = f"{d1[2]}-{relation}"
            i += 1
    elif kind(i, "near") is not None:
        relation = "near"
        i += 1
    elif word(i) == "من" and kind(i + 1, "near_from") is not None:
        relation = "near"
        i += 2
    elif kind(i, "between") is not None:
        relation = "between"
        i += 1
    if relation == "in" and "ل" in prefix and (a := kind(i, "adjective")) is not None and word(i + 1):
        article = [r for r in readings(word(i + 1) or "") if r[0] == _COUNTRYSIDE_ARTICLE]
        if article:  # الريف الشرقي لدير الزور / الريف الغربي لمدينة حلب
            relation = f"countryside/{a[2]}"
            start = position(i + 1) + article[0][1]
            prefix = ""
            i += 2
    person = False
    if cue is None and relation == "in":
        if kind(i, "title") or kind(i, "link") or word(i) == "ال":
            person = True
        elif kind(i, "speaker"):
            person = True  # أعلنت أنقرة، الضربات التي نفذتها أنقرة: the government, named by its capital
        elif not definite and not prefix and kind(i, "person"):
            person = True  # جمال كوباني: a family name
        elif _NISBA.match(word(i) or "") and kind(i + 1, "title"):
            person = True  # الرئيس اليمني هادي
    connector = prefix
    w = word(i)
    if w is not None and (w in _MARKS or w in _CONNECTOR_WORDS or w == "من"):
        connector = w + prefix
    return PlaceContext(start, cue[0] if cue else None, features, strict, relation, person, connector)


_SON_OF = (" بن ", " ابن ", " بنت ")
NEXT_WORD = re.compile(rf"[\"']?[ ][\"']?([{LETTER_CLASS}]+)")
"""The next word: one space, quotes allowed around it."""


def right_context(text: str, name_end: int, relation: str) -> tuple[int, str, bool]:
    """``(phrase end, relation, person)`` after a name ending at ``name_end``.

    A direction adjective after a countryside phrase extends it (ريف دير الزور الشرقي: relation
    "countryside/east"); بن after the name marks a person's name (سلمان بن عبد العزيز).
    """
    if relation != "countryside":
        return name_end, relation, text.startswith(_SON_OF, name_end)
    m = NEXT_WORD.match(text, name_end)
    if m is None:
        return name_end, relation, False
    word = m.group(1)
    adjectives = place_lexicon().kinds.get(word, {})
    if relation != "countryside" or "adjective" not in adjectives:
        return name_end, relation, False
    direction = adjectives["adjective"]
    end = m.end(1)
    m2 = NEXT_WORD.match(text, end)
    if m2 is not None and direction in ("north", "south"):
        second = place_lexicon().kinds.get(m2.group(1), {}).get("adjective")
        if second in ("east", "west"):
            direction = f"{direction}-{second}"
            end = m2.end(1)
    return end, f"countryside/{direction}", False
