"""Recognizing places in Arabic text and resolving them to gazetteer entries.

:func:`find_places` finds gazetteer names in the normalized text (clitic-aware, multi-word,
longest match, on word boundaries), reads the words around them (cue, relation, parent place:
:mod:`rasd.recognize.place_context`) and picks one gazetteer entry per mention, or none
(:mod:`rasd.recognize.place_resolve`).

Matching. Names match on the normalized view, so the spelling variants normalization folds (ة/ه,
ى/ي, أ/إ/آ/ا, diacritics, tatweel) match. A word matches a name's first word as written or with
its proclitics removed, keeping the article: بالحسكة and للحسكة match الحسكة; a name written with
ال never matches a word without it nor the reverse, unless the gazetteer lists that variant. ف
and ك count as proclitics only before ال (فالرقة, not فرقة). Names of several words match longest
first from the leftmost word; matches never overlap. The prefilter runs in C: punctuation
becomes spaces (lengths kept, so offsets stay valid), the text is split on spaces and every piece
is looked up in the set of all clitic forms of the gazetteer's first words (بالحسكه، وحلب ...);
only there are readings, n-grams (stopped as soon as no name continues them) and context
examined. ``tokens`` is accepted so that callers holding the tokens can pass them; it does not
change the result (the matcher reads words with the same definition and the same clitic
analysis as :func:`rasd.text.segment.tokenize`; walking 300 tokens in Python would cost more
than the whole match).

Precision. Some names need a cue word (مدينة، حي، قرية، محافظة ...), ريف, or a parent place named
beside them (X بمحافظة Y) before they count: names that are also ordinary words or personal names
(the ``common`` list of place_cues.tsv), names of two letters, names of three letters except
countries, first-level units and cities of 100,000 people or more (حلب، عدن، مصر stand alone,
صور does not), and one-word names whose every candidate is a village (GeoNames' villages
include many ordinary words). Month and weekday names never count; neither does a name right after
a title (السيد، الرئيس، الشيخ) or a name-link word (بن، أبو، عبد), a bare name right after a
personal name (جمال كوباني، باسم X), one followed by بن, a nisba-shaped name right after a definite word
(قوات الأمن السعودية: an adjective), or one inside an organization's name (قوات سوريا
الديمقراطية). A name that needed a cue is resolved only to a place in a country the article is
about (its other unambiguous places, or the ``country`` hint): حي النصر in a Syrian article is not
Gaza's Nasr neighbourhood. Unresolved mentions are returned (with ``place=None``) only when a cue
or relation word says they are places, and for common words only after a neighbourhood or
facility cue (حي، سجن، مخيم ...).

Spans and relations. A mention's span covers the cue word and the name ("سجن الصناعة",
"محافظة الحسكة"), and for the countryside the whole phrase ("ريف دير الزور الشرقي"); proclitics
(و، ب) and the relation words before the name (قرب، شمال، بين) are outside it. ``relation`` is
"in", "near", "between", "countryside", "countryside/<direction>" (ريف X الشرقي, الريف الشرقي لـ X)
or a direction ("north", ..., "south-east"); ``place`` is the anchor. In "بين X و Y" both X and Y
carry "between". ``cue`` is the cue word before the name or the one the gazetteer name starts
with (سجن for سجن الصناعة). ``geo_precision`` is 1 for a town, village, neighbourhood or facility
named as the place, 2 for a district or region (admin2, admin3, region) and for any relative
location, 3 for a first-level unit or a country.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, count
from typing import Protocol

from rasd.gazetteer.index import load_gazetteer
from rasd.model import Place, PlaceMention, Token
from rasd.recognize.actor_lexicon import load_actors
from rasd.recognize.place_context import (
    LETTERS,
    PlaceLexicon,
    left_context,
    place_lexicon,
    readings,
    right_context,
    word_kinds,
)
from rasd.recognize.place_resolve import PlaceMatch, link_parents, resolve
from rasd.text.normalize import CODEPAGE, CP_CHARS, NormalizedText, normalize_word

__all__ = ["find_places", "name_matches"]

BIG_CITY = 100_000
"""A city this large stands on its own even with a three-letter name."""
SHORT = 3
"""One-word names of this many letters or fewer (without ال) need a cue, as common words do."""

_PRECISION = {"country": 3, "admin1": 3, "admin2": 2, "admin3": 2, "region": 2}
_PUNCTUATION = (*'.،,:؛;()[]{}"!?؟-–—/\\*…«»_+=|<>\n\t', "'")
_CP_PUNCTUATION_TO_SPACE = bytes(32 if c in _PUNCTUATION else b
                                 for b, c in enumerate(CP_CHARS))
"""Code page 1256 bytes with ``_PUNCTUATION`` (all of it in the code page) turned to spaces."""
_UNRESOLVED_OK = frozenset({"neighbourhood", "prison", "camp", "airport", "base", "crossing", "field", "dam"})


class _Index(Protocol):
    max_words: int

    def candidates(self, key: str) -> tuple[Place, ...]: ...

    def first_words(self) -> frozenset[str]: ...


def _surface_forms(first: str) -> list[str]:
    """Every way a first word may be written with proclitics before it."""
    out = []
    for c in ("", "و", "ف"):
        for p in ("", "ب", "ك", "ل"):
            out.append(c + ("ل" + first[1:] if p == "ل" and first.startswith("ال") else p + first))
    return out


@dataclass(frozen=True, slots=True)
class _Reading:
    base: str  # a first word of some name
    cut: int  # clitic letters before it
    seconds: frozenset[str] | None  # second words of the longer names it starts (None: try any)
    single: tuple[tuple[Place, ...], bool] | None  # its candidates as a name alone, and whether weak
    adjective: bool  # shaped like a nisba adjective, written without clitics (السعوديه)


@dataclass(frozen=True, slots=True)
class _Matcher:
    """A gazetteer prepared for matching.

    ``keys`` holds every way a first word of a name may be written with proclitics (بالحسكه،
    وحلب): the prefilter. ``memo`` caches their readings as they are met, with their
    ``_followers``; it never holds more than ``keys``.
    """

    gazetteer: _Index
    keys: frozenset[str]
    first: frozenset[str]
    seconds: Mapping[str, frozenset[str]] | None  # the second words of longer names, by first word
    prefixes: frozenset[str] | None  # leading words (two or more) of the names of several words
    max_words: int
    lex: PlaceLexicon
    memo: dict[str, tuple[tuple[_Reading, ...], frozenset[str] | None]] = field(default_factory=dict)

    def word(self, word: str) -> tuple[tuple[_Reading, ...], frozenset[str] | None]:
        """The readings of a prefilter key and their ``_followers`` (memoized)."""
        found = self.memo.get(word)
        if found is None:
            found_readings = _readings(word, self)
            found = self.memo[word] = (found_readings, _followers(found_readings))
        return found


def _followers(found: tuple[_Reading, ...]) -> frozenset[str] | None:
    """The words that must follow for any of the readings to match, or None if any word may.

    Most prefilter hits (على، أن، لا) only begin longer names and are no name alone: unless the
    next word continues one of those names, the matcher can pass them by at once.
    """
    if any(r.seconds is None or r.single is not None for r in found):
        return None
    return frozenset().union(*(r.seconds or () for r in found))


@cache
def _matcher() -> _Matcher:
    return build_matcher(load_gazetteer())


def build_matcher(gazetteer: _Index) -> _Matcher:
    """Prepare a gazetteer (anything with candidates, first_words and max_words) for matching."""
    first = frozenset(gazetteer.first_words())
    keys = frozenset(form for f in first for form in _surface_forms(f))
    prefixes = _prefixes(gazetteer)
    seconds: dict[str, set[str]] | None = None
    if prefixes is not None:
        seconds = {}
        for p in prefixes:
            head, second, *_ = p.split(" ")
            seconds.setdefault(head, set()).add(second)
    frozen = None if seconds is None else {head: frozenset(v) for head, v in seconds.items()}
    return _Matcher(gazetteer, keys, first, frozen, prefixes, int(gazetteer.max_words), place_lexicon())


def _readings(word: str, m: _Matcher) -> tuple[_Reading, ...]:
    """How a written word may begin a name: its clitic readings that are first words."""
    out = []
    lex = m.lex
    for base, cut in readings(word):
        if base not in m.first:
            continue
        clitics = word[:cut]
        if ("ف" in clitics or "ك" in clitics) and not base.startswith("ال"):
            continue  # فرقة is not ف + رقة
        single = None
        if base not in lex.not_alone and not (len(base) == 2 and cut):
            cands = m.gazetteer.candidates(base)
            if cands:
                single = (cands, _weak(base, cands, lex))
        following = None if m.seconds is None else m.seconds.get(base, frozenset())
        if single is not None or following is None or following:
            adjective = cut == 0 and base.startswith("ال") and base.endswith(("يه", "ي"))
            out.append(_Reading(base, cut, following, single, adjective))
    return tuple(out)


def _prefixes(gazetteer: _Index) -> frozenset[str] | None:
    """Every run of two or more leading words of a name, where the gazetteer lets us list names.

    Lets the matcher stop extending an n-gram as soon as no name continues it.
    """
    names = getattr(gazetteer, "names", None)
    try:
        places = iter(gazetteer)  # type: ignore[call-overload]
    except TypeError:
        return None
    if names is None:
        return None
    out: set[str] = set()
    for place in places:
        for name in names(place.id):
            words = normalize_word(name).split(" ")
            for n in range(2, len(words) + 1):
                out.add(" ".join(words[:n]))
    return frozenset(out)


def find_places(
    nt: NormalizedText, *, tokens: list[Token] | None = None, country: str | None = None,
    names: list[PlaceMatch] | None = None,
) -> list[PlaceMention]:
    """Places named in the text, sorted by start; ``country`` is the article's ISO2 hint if known;
    ``names``: what :func:`name_matches` gave for the text, where the caller has it (resolving them
    changes them: pass them once)."""
    del tokens  # accepted for symmetry with the other recognizers; see the module docstring
    return match_places(nt, _matcher(), country=country, names=names)


def name_matches(nt: NormalizedText) -> list[PlaceMatch]:
    """The gazetteer names in the text, before any country is told: what :func:`find_places` resolves.
    With none, ``find_places`` finds nothing, whatever the country."""
    return _match_names(nt.text, _matcher(), nt.encoded)


def match_places(nt: NormalizedText, matcher: _Matcher, *, country: str | None = None,
                 names: list[PlaceMatch] | None = None) -> list[PlaceMention]:
    """:func:`find_places` with an explicit matcher (see :func:`build_matcher`)."""
    text = nt.text
    m = matcher
    matches = _match_names(text, m, nt.encoded) if names is None else names
    if not matches:
        return []
    link_parents(text, matches)
    resolve(matches, country.upper() if country else None)
    _drop_strays(text, matches)
    _drop_descriptive(text, matches)
    _drop_surnames(text, matches)
    _drop_streets_in_a_list(text, matches)
    out: list[PlaceMention] = []
    for x in matches:
        if x.weak and not x.rescued:
            continue
        if x.place is None and not _worth_reporting(x):
            continue
        cue = x.cue
        if x.own_cue and x.place is not None and x.place.feature not in m.lex.cues[cue or ""][0]:
            cue = None  # جسر الشغور is a town, not a bridge
        end = x.end
        if end < len(text) and text[end] in "\"'" and text[x.ctx.start : end].count('"') % 2:
            end += 1  # سجن "الصناعة": close the quote opened inside the span
        s, e = nt.span_to_original(x.ctx.start, end)
        feature = x.place.feature if x.place else (x.candidates[0].feature if x.candidates else "")
        precision = _PRECISION.get(feature, 1)
        if x.relation != "in":
            precision = max(2, precision)
        out.append(PlaceMention(s, e, nt.original[s:e], x.place, x.relation, precision, cue))
    return out


_LOCATIVES = frozenset({"في", "من", "الي", "علي", "قرب", "داخل", "عند", "نحو", "باتجاه", "حول", "بين", "مدينه", "بلده"})


_SETTLEMENTS = frozenset({"city", "town", "village"})
"""GeoNames' populated places: many share their name with a common word. Curated sites (المسجد
الأقصى، سجن الصناعة) and administrative units are named on purpose and are kept."""


def _drop_strays(text: str, matches: list[PlaceMatch]) -> None:
    """Unset a lone town of a country no other place of the article lies in, named bare: no cue, no
    preposition or clitic in front, no parent, not a big city ("قتل مدنين اثنين" misspells civilians;
    it is not Medenine in Tunisia in a report from Yemen), and a lone village of no known size however
    it is named (GeoNames holds thousands of villages whose names recur across the region). Prefer no
    place to a confident wrong one."""
    by_country: dict[str, set[str]] = {}
    for x in matches:
        if x.place is not None:
            by_country.setdefault(x.place.country, set()).add(x.key)
    if len(by_country) < 2:
        return
    home = max(len(keys) for keys in by_country.values()) >= _HOME_PLACES  # the article is about one country
    words = set(_WORDS.findall(text)) if home else set()  # السورية، with its comma is السورية
    for x in matches:
        p = x.place
        if p is None or x.parent is not None or len(by_country[p.country]) > 1:
            continue
        if p.feature == "village" and not p.population:
            x.place = None  # قرية العقبة in a report on the Jordan Valley: not the Yemeni village of the name
            continue
        if x.relation != "in" or p.feature not in _SETTLEMENTS or (p.population or 0) >= BIG_CITY:
            continue
        introduced = (x.cue is not None or x.token_start < x.name_start
                      or _prev_word(text, x.token_start) in _LOCATIVES)  # منطقة المضيق، في عرسال
        if introduced and (not home or not words.isdisjoint(_nationality_words().get(p.country, ()))):
            continue  # في عرسال after الجيش اللبناني: its country is named by its adjective
        x.place = None


def _drop_descriptive(text: str, matches: list[PlaceMatch]) -> None:
    """Unset a unit whose name only describes (المنطقة الشرقية، الحدود الشمالية، المحافظة الجنوبية: the eastern
    region, the northern border, the southern province) where it is not its country's: when a place of another
    country owns it (الحدود الشمالية لليمن), when two sides share it (الحدود الشمالية بين البلدين), or when the
    article tells its country nowhere else, by another place or by its adjective (الانفصاليون في المنطقة
    الشرقية of Ukraine is not Saudi Arabia's Eastern Province)."""
    lex = place_lexicon()
    words: set[str] | None = None
    for x, after in zip(matches, [*matches[1:], None], strict=True):
        p = x.place
        if p is None or x.parent is not None or not _descriptive(x.key, lex):
            continue
        owner = after.place if (after is not None and not text[x.end:after.token_start].strip()
                                and text[after.token_start:after.name_start].startswith("ل")) else None
        if (owner is not None and owner.country != p.country) or _next_word(text, x.end) == "بين":
            x.place = None
            continue
        if any(y.place is not None and y.place.country == p.country and not _descriptive(y.key, lex)
               for y in matches):
            continue
        if words is None:
            words = set(_WORDS.findall(text))
        if words.isdisjoint(_nationality_words().get(p.country, ())):
            x.place = None


def _descriptive(key: str, lex: PlaceLexicon) -> bool:
    """The name is ordinary words only: a unit word and a direction adjective (المنطقة الشرقية)."""
    return " " in key and all(
        w in lex.cues or w in lex.common or "adjective" in lex.kinds.get(w, ()) or w[2:] in lex.cues
        for w in key.split(" "))


_HOME_PLACES = 3
"""Distinct places of one country that make it the article's: a lone small town of another country, its country
named neither by a place nor by its adjective, is a namesake there even after في or على (سيطرت على المفرق in a
report from Aden: not Jordan's)."""
_WORDS = re.compile(r"\w+")
"""The words of the text without the punctuation on them (السورية، is السورية), to find a country's adjective."""


@cache
def _nationality_words() -> dict[str, frozenset[str]]:
    """Each country's adjectives (the actor dictionary's nationality cues) as written in text, with the article and
    the common clitics (اللبناني، واليمنية)."""
    out: dict[str, set[str]] = {}
    for adjective, (country, _) in load_actors().cues.nationality.items():
        out.setdefault(country, set()).update(
            pre + art + adjective for pre in ("", "و", "ب", "ل") for art in ("", "ال"))
    return {k: frozenset(v) for k, v in out.items()}


_TITLES = frozenset({
    "الشيخ", "السيد", "السيده", "العقيد", "اللواء", "العميد", "المقدم", "الرائد", "النقيب", "الملازم", "الدكتور",
    "المهندس", "الحاج", "الاستاذ", "الامير", "المشير", "الفريق", "الجنرال", "القاضي", "المحامي", "الناشط",
})
"""Titles before a person's name (normalized): "الشيخ صالح لنجف" names a man, not Najaf."""


def _drop_surnames(text: str, matches: list[PlaceMatch]) -> None:
    """Unset a place named right after a title and a given name: it is the person's family name
    (الشيخ صالح لنجف، العقيد أحمد المسماري). Names that open with the title themselves (الشيخ زويد،
    السيدة زينب) start at the title and are not touched."""
    for x in matches:
        clitic = text[x.token_start:x.name_start]
        if x.place is None or x.cue is not None or clitic not in ("", "ل"):
            continue  # لنجف: the ل of a name read as a preposition; بنجف، في النجف are places
        given = _prev_word(text, x.token_start)
        if given is None or given in _LOCATIVES:
            continue
        title = _prev_word(text, x.token_start - len(given) - 1)
        if title in _TITLES:
            x.place = None


def _drop_streets_in_a_list(text: str, matches: list[PlaceMatch]) -> None:
    """Unset a city joined by و to a street after a word of streets in the dual or plural (شارعي الثورة وبغداد
    في دمشق، شوارع الحمراء وحلب): another street named after it, not the city."""
    for x in matches:
        if x.place is not None and x.cue is None and text[x.token_start:x.name_start] == "و" and (
                _STREETS_BEFORE.search(text, max(0, x.token_start - 40), x.token_start)):
            x.place = None


_STREETS_BEFORE = re.compile(r"(?:شارعي|شوارع|طريقي)\s+(?:\S+\s+){0,2}$")


def _worth_reporting(x: PlaceMatch) -> bool:
    """An unresolved mention is reported when its words say it is a place: a cue or a relation
    for an ordinary name, a neighbourhood or facility cue (حي، سجن، مخيم ...) for a common word."""
    if x.fallback:
        return False
    if x.weak:
        return x.strict and bool(x.features) and x.features[0] in _UNRESOLVED_OK
    return x.cue is not None or x.relation != "in"


def _split(text: str, encoded: bytes | None = None) -> list[str]:
    """The text's pieces between single spaces, punctuation turned to spaces (``encoded``: the text in code
    page 1256, where the caller has it: one translate of its bytes turns them, cheaper than a search and
    replace for each mark).

    Everything runs in C. Lengths are kept, so a word's piece is the word itself with its clitics,
    and piece ``k`` starts where piece ``k - 1`` ends, plus one (see ``_PieceStarts``).
    """
    if encoded is not None:
        return encoded.translate(_CP_PUNCTUATION_TO_SPACE).decode(CODEPAGE).split(" ")
    spaced = text
    for ch in _PUNCTUATION:
        if ch in spaced:
            spaced = spaced.replace(ch, " ")
    return spaced.split(" ")


class _PieceStarts:
    """Where pieces start in the text, computed for the pieces asked about, in increasing order.

    The matcher asks about the few pieces that may open a name (a sum of the lengths in between, in
    C); a list of every piece's offset would allocate an int for each word of the article.
    """

    __slots__ = ("k", "pieces", "start")

    def __init__(self, pieces: list[str]) -> None:
        self.pieces = pieces
        self.k = 0  # the last piece asked about
        self.start = 0  # and where it starts

    def __call__(self, k: int) -> int:
        """The start of piece ``k`` (never less than the last one asked about)."""
        if k != self.k:
            self.start += sum(map(len, self.pieces[self.k : k])) + k - self.k
            self.k = k
        return self.start


def _match_names(text: str, m: _Matcher, encoded: bytes | None = None) -> list[PlaceMatch]:
    pieces = _split(text, encoded)
    piece_start = _PieceStarts(pieces)
    out: list[PlaceMatch] = []
    last_end = -1
    memo = m.memo
    last = len(pieces) - 1
    for k in compress(count(), map(m.keys.__contains__, pieces)):
        word = pieces[k]
        entry = memo.get(word)
        if entry is None:
            entry = m.word(word)
        found_readings, followers = entry
        if not found_readings:
            continue
        if followers is not None and (k == last or (pieces[k + 1] and pieces[k + 1] not in followers)):
            continue  # only the start of longer names, and the next word continues none of them
        s = piece_start(k)
        if s < last_end:
            continue
        e = s + len(word)
        found = None
        for r in found_readings:
            if r.seconds is None or (k < last and (pieces[k + 1] in r.seconds or not pieces[k + 1])):
                found = _longest(text, m, r.base, pieces, s, k)
                if found is not None and found[1] in m.lex.verbs and not _stands_as_place(text, s, r.cut, out, m.lex):
                    found = None  # قال صلاح الدين دميرتاش: a man's name, not the province
            if found is None and r.single is not None:
                cands, weak = r.single
                if weak and not _maybe_rescued(text, s, e):
                    continue
                if r.adjective and _after_definite(text, s):
                    continue  # قوات الأمن السعودية: an adjective, not a place
                if r.base in m.lex.verbs and not _stands_as_place(text, s, r.cut, out, m.lex):
                    continue  # القوات السعودية تدمر 16 آلية: destroys, not Palmyra
                if (r.base in m.lex.constructs and _definite_after(text, e, m.lex)
                        and not _stands_as_place(text, s, r.cut, out, m.lex)):
                    continue  # رجال الأمن حماة الوطن: protectors, not Hama
                found = (e, r.base, cands, weak)
            if found is not None:
                name_start = s + r.cut
                break
        if found is None:
            continue
        if r.base in m.lex.phrase_words and _in_phrase(text, name_start, m.lex):
            continue
        x = _make_match(text, m, s, name_start, *found)
        if x is not None:
            out.append(x)
            last_end = x.end
    return out


def _longest(
    text: str, m: _Matcher, base: str, pieces: list[str], s: int, k: int
) -> tuple[int, str, tuple[Place, ...], bool] | None:
    """The longest name of two or more words that starts with ``base`` (piece ``k``, at ``s``).

    Words follow one another across one space, and a quote may stand before a word (سجن "الصناعة").
    """
    key = base
    best = None
    j = k + 1
    start = s + len(pieces[k]) + 1  # where piece j starts
    words = 1
    while j < len(pieces) and words < m.max_words:
        word = pieces[j]
        if not word:  # a mark turned to a space: only an opening quote after a space may be crossed
            quote = start < len(text) and text[start] in "\"'" and text[start - 1] == " "
            if quote and j + 1 < len(pieces) and pieces[j + 1]:
                j += 1
                start += 1
                continue
            break
        if text[start - 1] not in " \"'":
            break
        key = key + " " + word
        if m.prefixes is not None and key not in m.prefixes:
            break
        words += 1
        cands = m.gazetteer.candidates(key)
        if cands:
            best = (start + len(word), key, cands, _weak(key, cands, m.lex))
        j += 1
        start += len(word) + 1
    return best


def _maybe_rescued(text: str, s: int, e: int) -> bool:
    """Cheap test: a cue or ريف before the word, or a parent connector after it."""
    prev = _prev_word(text, s)
    if prev is not None:
        kinds = word_kinds(prev)
        if "cue" in kinds or "strict_cue" in kinds or "countryside" in kinds:
            return True
    after = text[e : e + 4]
    return after.startswith((" ب", "، ", "،", " في ", " (", " من ", " - ", " الت"))


def _stands_as_place(text: str, s: int, cut: int, found: list[PlaceMatch], lex: PlaceLexicon) -> bool:
    """True when a name that is also a verb or a noun (تدمر destroys، حماة protectors) stands as a place:
    with ب or ل on it (بتدمر), after a preposition, a cue or a relation word (في تدمر، مدينة تدمر، قرب
    تدمر), or joined by و to the place just named (حمص وتدمر). The verb or the noun has none of these."""
    clitics = text[s : s + cut]
    if "ب" in clitics or "ل" in clitics:
        return True
    if "و" in clitics and found and found[-1].end >= s - 2:
        return True
    prev = _prev_word(text, s)
    if prev is None:
        return False
    if any(base in lex.prepositions for base, _ in readings(prev)):
        return True
    return not _CONTEXT_BEFORE.isdisjoint(word_kinds(prev))


def _definite_after(text: str, e: int, lex: PlaceLexicon) -> bool:
    """A definite word, not a direction adjective (حماة الشمالي), follows the word ending at ``e``."""
    j = e
    while j < len(text) and text[j] == " ":
        j += 1
    k = j
    while k < len(text) and text[k] in LETTERS:
        k += 1
    word = text[j:k]
    return j > e and word.startswith("ال") and len(word) > 3 and "adjective" not in word_kinds(word)


_CONTEXT_BEFORE = frozenset({"cue", "strict_cue", "countryside", "near", "near_from", "direction", "between"})


def _after_definite(text: str, s: int) -> bool:
    """True when a nisba-shaped name (-ية, -ي) follows a definite word: an adjective, not a place.

    قوات الأمن السعودية, القوات الهندية, العاصمة السعودية (the definite cue العاصمة counts); other
    names after a definite word stay places (قصفت الطائرات القنيطرة), and so do names after
    relation or function words.
    """
    if s < 4 or text[s - 1] != " ":
        return False
    k = s - 2
    while k >= 0 and text[k] in LETTERS:
        k -= 1
    prev = text[k + 1 : s - 1]
    if len(prev) < 4 or not prev.startswith("ال"):
        return False
    kinds = place_lexicon().kinds.get(prev, {})
    return not kinds or set(kinds) <= {"common", "never", "cue"}


def _next_word(text: str, e: int) -> str | None:
    j = e
    while j < len(text) and text[j] in " \"'":
        j += 1
    k = j
    while k < len(text) and text[k] in LETTERS:
        k += 1
    return text[j:k] if j < k else None


def _prev_word(text: str, s: int) -> str | None:
    j = s - 1
    while j >= 0 and text[j] in " \"'":
        j -= 1
    k = j
    while k >= 0 and text[k] in LETTERS:
        k -= 1
    return text[k + 1 : j + 1] if k < j else None


def _in_phrase(text: str, s: int, lex: PlaceLexicon) -> bool:
    """True when the word at ``s`` lies inside a phrase that holds no place (قوات سوريا الديمقراطية)."""
    for phrase in lex.phrases:
        i = text.find(phrase, max(0, s - len(phrase) + 1), s + len(phrase))
        if 0 <= i <= s:
            return True
    return False


def _make_match(
    text: str, m: _Matcher, s: int, name_start: int, name_end: int, key: str, cands: tuple[Place, ...],
    weak: bool,
) -> PlaceMatch | None:
    ctx = left_context(text, name_start, s)
    end, relation, person = right_context(text, name_end, ctx.relation)
    if (ctx.person or person) and ctx.cue is None:
        return None
    cue = ctx.cue
    own_cue = None
    if cue is None and " " in key:
        head = key.split(" ", 1)[0]
        if head in m.lex.cues:
            own_cue = cue = head
    x = PlaceMatch(s, name_start, name_end, end, key, ctx, relation, list(cands), weak, cue)
    x.rescued = cue is not None or relation.startswith("countryside")
    x.features, x.strict = ctx.features, ctx.strict
    if own_cue is not None:
        x.own_cue = True
        x.features, x.strict = m.lex.cues[own_cue]
    return x


def _weak(key: str, cands: tuple[Place, ...], lex: PlaceLexicon) -> bool:
    words = key.split(" ")
    if words[0] in lex.cues and len(words) > 1:
        return " ".join(words[1:]) in lex.common  # حي النصر is weak, مخيم الهول is not
    if key in lex.common:
        return True
    if len(words) > 1:
        return False
    name = key
    bare = name[2:] if name.startswith("ال") else name
    if len(bare) <= 2:
        return True
    if len(bare) <= SHORT:
        return not any(_stands_alone(c) for c in cands)
    return all(c.feature == "village" and not c.id.startswith("rasd:") for c in cands)


def _stands_alone(p: Place) -> bool:
    return p.feature in ("country", "admin1") or (p.feature == "city" and p.population >= BIG_CITY)
