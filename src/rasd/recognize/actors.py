"""Conflict actors: the dictionary (``resources/actors.tsv``) and its recognition in text.

The dictionary holds ACLED-style actors (canonical English name, inter category, country, parent,
validity dates) with their Arabic aliases. ``find_actors`` returns every actor named in a text as an
:class:`~rasd.model.ActorMention`, spans indexing the original text. The choices made, in order:

Matching
    On tokens (clitic-aware: a token matches an alias word if one of its ``variants`` equals it, so
    لقسد، وبقوات، والحوثيين match), whole words only, longest alias first, then left to right without
    overlap. Aliases are normalized at load. Plural and oblique forms are listed in the data; there is
    no stemmer. Quote marks and dashes between the words of an alias are skipped. The span leaves out
    the proclitics of its first token (وقوات -> قوات) where they can be cut off exactly.
    Speed: the set of the text's words is intersected with every clitic form of every alias's first
    word (and of the role and force nouns); only tokens at those hits are examined. Without ``tokens``
    only small windows around the hits are tokenized.

Cues and spans
    An organization word right before a name (قوات، تنظيم، حركة، ميليشيات، طيران، فلول ...) joins the
    span: "تنظيم داعش" is one mention; "عناصر من قوات قسد" gives "قوات قسد". A nationality adjective
    after a name joins it and sets the country ("الشرطة التركية"); an epithet (الإرهابي، المتمردة)
    joins it too. A force noun with a nationality (غارات أمريكية، قصف تركي، جنود أتراك) names that
    country's military. Quotes inside a span are kept balanced.

Weak aliases (``alias?CC,CC`` or ``alias?`` in the data)
    Words that also have an ordinary meaning: الشباب (youth, a football club), التحالف, المقاومة,
    حماس (zeal), القاعدة (a base), الحشد (a crowd) ... A weak alias with a country list counts when the
    country hint is one of them, or, with no hint, after a cue (تنظيم، حركة، عناصر، مقاتلي ...); a hint
    outside the list rejects it. A weak alias without a list (فتح، القاعدة) counts after a cue or inside
    quotes/brackets. An apposition confirms either kind: قوات الأمن الداخلي "الآسايش"، حركة المقاومة
    الإسلامية (حماس). Never aliases at all: الدولة (the state), النظام (the system: only قوات/جيش/طيران/
    ميليشيات النظام name the Syrian army), and a bare الجيش without a country (see below).

Appositions
    A name followed by a bracketed or quoted name (قوات سوريا الديموقراطية (قسد)، قوات الأمن
    الداخلي "الآسايش") is one mention; its actor is the second name's unless the second name may also
    mean the first actor.

Choosing among actors sharing an alias, in this order
    1. country: those of the country hint (or of a following nationality adjective); else those with no
       country (the international and generic rows: "Civilians", "Police Forces", "Islamic State");
       else, when the hint matches nothing, the proper names only: descriptive aliases from
       ``@groups`` (الجيش، الشرطة، قوات الأمن ...) never resolve to another country's row.
    2. period: with ``published``, those valid on that day (valid_from/valid_to inclusive); when none
       is valid the alias still names its actor (قوات النظام in 2025 is the Assad army, in a historical
       reference or for its remnants). Without ``published``, the entries valid latest (no end date
       first): الجيش السوري -> Military Forces of Syria (2024-).
    3. one actor left: it; several: no mention, and the next shorter alias is tried.
    So bare الجيش resolves only with a country hint, and police/security forces (الشرطة، قوات الأمن،
    الأجهزة الأمنية) resolve to "Police Forces of <country>" with a hint (to the military in Iraq,
    whose security forces ACLED codes as such) and to the generic "Police Forces" (no country) without
    one, or where two forces of the country share the words (West Bank and Gaza police).
    :meth:`ActorDictionary.generic` gives the same generic rows to later stages.

Inter codes
    A state's own forces are "State forces" wherever they fight; "External/Other" is kept for
    multinational coalitions, UN/AU missions and private military companies. Whether a foreign army is
    "external" to an event is decided when the event is assembled, not here.

Persons
    "الناطق (الرسمي) باسم X"، "المتحدث باسم X"، "قائد X"، "قيادي في X"، "مسؤول في X"، "مصدر في X"،
    "رئيس X" give a mention with role "person" linked to X's actor, spanning the role phrase (and the
    person's name when one obviously follows: one to three words outside the lexicons, after an
    optional title or "المعروف باسم"; the name goes to ``person``). X is still reported as its own
    "actor" mention: spans nest, later stages take the event's actors from role "actor". A role word
    before a unit or facility (مدير سجن ...، قائد كتيبة ...) with no actor after it is linked to the
    nearest actor named before it in the same sentence.

Possessives
    "مقتل 17 عنصراً من قواتها": :func:`resolve_possessive` gives the nearest preceding armed actor in
    the same or the previous sentence; :func:`find_possessives` finds such words.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from itertools import compress, count
from operator import attrgetter, itemgetter

from rasd.model import Actor, ActorMention, Sentence, Token
from rasd.recognize.actor_lexicon import (
    INTERS,
    ActorDictionary,
    _by_period,
    _pick,
    _pick_among,
    _Sense,
    load_actors,
)
from rasd.recognize.lexicon import read_table
from rasd.text.normalize import NormalizedText, normalize, normalize_word
from rasd.text.segment import _TOKEN, analyze_clitics, stems, tokenize

__all__ = [
    "INTERS",
    "ActorDictionary",
    "find_actors",
    "find_possessives",
    "load_actors",
    "resolve_possessive",
]

_NORM = itemgetter(Token._fields.index("norm"))
"""Token.norm by position. The tokens' words are looked up in the dictionary with map, in C: an
article has hundreds of tokens and only a few can start an actor's name."""

_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_WORD = re.compile(f"[{_LETTERS}]+")
_NAME_WORD = re.compile(f"[{_LETTERS}]{{2,}}")
_LETTER_SET = frozenset(re.findall(f"[{_LETTERS}]", "".join(map(chr, range(0x0600, 0x0700)))))
_QUOTES = frozenset({'"', "'"})
_OPEN = frozenset({'"', "'", "(", "["})
_CLOSE = frozenset({'"', "'", ")", "]"})
_BRACKETS = _OPEN | _CLOSE
_INSIDE = frozenset({'"', "'", "-", "\u2013", "\u2014"})  # skipped between the words of an alias
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_UNARMED = frozenset({"Civilians", "Protesters", "Rioters"})
_NISBA = ("ي", "يه", "يين", "يون")
_NAME_PARTICLES = frozenset({"بن", "ابن", "ابو", "ابي", "عبد", "ال"})
_START = attrgetter("start")


# ------------------------------------------------------------------------------------ matching


class _Match:
    """A match under construction: token indices [s, e), its actor and the first token's reading."""

    __slots__ = ("actor", "e", "key", "lead", "s")

    def __init__(self, s: int, e: int, actor: Actor, key: str | None, lead: str):
        self.s, self.e, self.actor, self.key, self.lead = s, e, actor, key, lead


@dataclass(slots=True)
class _Scan:
    """What one stretch of tokens needs while it is matched."""

    d: ActorDictionary
    toks: Sequence[Token]
    country: str | None
    published: datetime.date | None
    prev: _Match | None = None  # the last match so far


def find_actors(
    nt: NormalizedText,
    *,
    tokens: list[Token] | None = None,
    country: str | None = None,
    published: datetime.date | None = None,
) -> list[ActorMention]:
    """Actor mentions in the text, sorted by start (a person mention before the actor it contains).

    ``tokens`` are those of :func:`rasd.text.segment.tokenize` when the caller has them;
    ``country`` (ISO alpha-2) is the country the article is about, used to resolve generic and
    ambiguous names; ``published`` chooses between actors whose names changed over time.
    """
    d = load_actors()
    if tokens is None:
        hits = d._surface.intersection(_WORD.findall(nt.text))
        segments = _segments(nt, _hit_positions(d, nt.text, hits)) if hits else []
    else:
        starts = list(compress(count(), map(d._surface.__contains__, map(_NORM, tokens))))
        segments = [(tokens, starts)] if starts else []
    if not segments:
        return []
    if isinstance(published, datetime.datetime):
        published = published.date()
    country = country.strip().upper() or None if country else None
    found = []
    for toks, starts in segments:
        scan = _Scan(d, toks, country, published)
        matches, roles = _scan_actors(scan, starts)
        found.append((scan, matches, roles))
    # segments and the matches in them come in text order: the mentions are sorted by start
    mentions = [_mention(nt, scan.toks, m.s, m.e, m.lead, m.actor) for scan, ms, _ in found for m in ms]
    persons = []
    for scan, matches, roles in found:
        if roles and mentions:
            by_start = {m.s: m for m in matches}
            for r in roles:
                person = _match_person(nt, scan, r, by_start, mentions)
                if person is not None:
                    persons.append(person)
    if persons:
        mentions += persons
        mentions.sort(key=lambda m: (m.start, -m.end))
    if _LOYAL_HINT.search(nt.text):
        loyal = _loyal_forces(nt, tokens if tokens is not None else tokenize(nt), mentions, d)
        if loyal:
            mentions = sorted([*mentions, *loyal], key=lambda m: (m.start, -m.end))
    return mentions


def _loyal_forces(nt: NormalizedText, toks: Sequence[Token], mentions: Sequence[ActorMention],
                  d: ActorDictionary) -> list[ActorMention]:
    """Forces named by the leader or the government they are loyal to (القوات الموالية للرئيس عبد ربه منصور هادي،
    القوات الموالية للرئيس السابق علي عبدالله صالح، المنطقة العسكرية الثالثة الموالية لهادي): that leader's side, as
    leaders.tsv gives it, past the titles before the name. A side named before the loyalty word (المقاومة الشعبية
    الموالية للرئيس هادي، الجيش الوطني الليبي الموالي لحفتر) keeps its own name: the words only describe it."""
    names = _leaders()
    out = []
    for k in range(len(toks) - 1):
        if toks[k].stem not in _LOYAL or not toks[k + 1].prefix.endswith("ل"):
            continue
        if k and any(m.start <= toks[k - 1].start < m.end for m in mentions):
            continue  # المقاومة الشعبية الموالية ...: the side is named
        words = [toks[k + 1].stem, *(t.norm for t in toks[k + 2:k + 9])]
        found = None  # the name that ends furthest, past titles (للرئيس المخلوع علي عبدالله صالح: not المخلوع)
        for i in range(len(words)):
            for n in range(min(4, len(words) - i), 0, -1):
                key = " ".join(words[i:i + n])
                actor_id = names.get(key) or (names.get("ال" + key) if i == 0 else None)
                if actor_id is not None:
                    if found is None or i + n > found[1]:
                        found = (actor_id, i + n)
                    break
            if words[i] not in _TITLES and not (i == 0 and "ال" + words[i] in _TITLES):
                break
        if found is None:
            continue
        regular = any(t.stem in _REGULAR_FORCES for t in toks[max(k - 3, 0):k])
        actor = d.get(found[0][0] if regular else found[0][1])  # القوات الموالية لهادي: the army; رجال قبائل: not
        start = k - 1 if k and toks[k - 1].stem in _FORCE_HEADS else k
        end = k + 1 + found[1]
        if actor is None or any(m.start < toks[end - 1].end and toks[start].start < m.end for m in mentions):
            continue
        out.append(_mention(nt, toks, start, end, toks[start].stem, actor))
    return out


_LOYAL_HINT = re.compile(r"موال|مؤيد")
_LOYAL = stems(
    "موالي", "موالية", "موالين", "موالون", "مواليا", "مؤيد", "مؤيدة", "مؤيدين", "مؤيدون")
"""Words of loyalty, by their stems: forces loyal to (الموالية ل، المؤيدين ل) a leader or a government."""
_FORCE_HEADS = stems(
    "قوات", "جيش", "مقاتلين", "مقاتلون", "مسلحين", "مسلحون", "وحدات", "ميليشيات", "مليشيات", "عناصر", "كتائب",
    "ألوية", "فصائل", "جنود")
"""Nouns of armed men before the loyalty word, by their stems: the mention starts with them (القوات الموالية ل)."""
_REGULAR_FORCES = stems(
    "قوات", "قوة", "جيش", "وحدات", "ألوية", "لواء", "جنود", "عسكرية", "عسكريين", "حرس", "كتائب")
"""Words of a regular force among the three before the loyalty word (القوات، المنطقة العسكرية الثالثة): the leader's
forces, not the irregular fighters loyal to him."""


@cache
def _leaders() -> dict[str, tuple[str, str]]:
    """leaders.tsv: the normalized names of leaders and governments and the ids of their forces' and their
    fighters' actors."""
    rows = read_table("leaders.tsv", ("name", "forces", "fighters"))
    return {normalize_word(name): (forces, fighters) for _, (name, forces, fighters) in rows}


_TITLES = frozenset(normalize_word(w) for w in (  # that may stand before a leader's name
    "الرئيس", "رئيس", "اليمني", "السوري", "الليبي", "السابق", "المخلوع", "الحكومة", "حكومة", "حكومات", "قائد",
    "القائد", "اللواء", "المشير", "الفريق", "الجنرال", "نظام", "قوات", "جماعة"))


def could_name_actor(tokens: Sequence[Token]) -> bool:
    """False when none of ``tokens`` can start an actor mention (``find_actors`` would find none)."""
    return not load_actors()._surface.isdisjoint(map(_NORM, tokens))


def _hit_positions(d: ActorDictionary, text: str, hits: AbstractSet[str]) -> list[int]:
    """Normalized offsets of the hit words that stand as whole words and may start a match."""
    out = []
    n = len(text)
    for h in hits:
        i = text.find(h)
        while i >= 0:
            j = i + len(h)
            if (i == 0 or text[i - 1] not in _LETTER_SET) and (j == n or text[j] not in _LETTER_SET):
                k = j
                while k < n and text[k] in " \n":
                    k += 1
                after = _TOKEN.match(text, k)
                if _worth(d, analyze_clitics(h)[2], after.group() if after else ""):
                    out.append(i)
            i = text.find(h, j)
    out.sort()
    return out


def _worth(d: ActorDictionary, variants: tuple[str, ...], after: str) -> bool:
    """Whether a token (its variants, and the next token's form) may start an alias, force or role."""
    for v in variants:
        node = d._trie.get(v)
        if node is not None and ("" in node or after in node or after in _INSIDE):
            return True
    words = d.cues.words
    return not (words["force_noun"].isdisjoint(variants) and words["role"].isdisjoint(variants))


def _segments(nt: NormalizedText, positions: list[int]) -> list[tuple[list[Token], list[int]]]:
    """Tokens of small windows around the hits (cues before, names and roles after)."""
    text = nt.text
    n = len(text)
    windows: list[list[int]] = []
    for p in positions:
        a = max(0, max(text.rfind(" ", 0, max(0, p - 30)), text.rfind("\n", 0, max(0, p - 30))) + 1)
        b = min(n, p + 140)
        while b < n and text[b] not in " \n":
            b += 1
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    wanted = set(positions)
    original = nt.original
    out = []
    for a, b in windows:
        toks: list[Token] = []
        starts = []
        for m in _TOKEN.finditer(text, a, b):
            if m.start() in wanted:
                starts.append(len(toks))
            s, e = nt.span_to_original(*m.span())
            norm = m.group()
            toks.append(Token(s, e, original[s:e], norm, *analyze_clitics(norm)))
        out.append((toks, starts))
    return out


def _scan_actors(scan: _Scan, starts: list[int]) -> tuple[list[_Match], list[int]]:
    """Alias and force-phrase matches (left to right, longest first) and role-word positions."""
    toks, d = scan.toks, scan.d
    heads, head = d._heads, d.head
    role_words, force_words = d.cues.words["role"], d.cues.words["force_noun"]
    n = len(toks)
    matches: list[_Match] = []
    roles: list[int] = []
    free = 0
    for i in starts:
        if i < free:
            continue
        tok = toks[i]
        nodes, whole, other = heads.get(tok.norm) or head(tok)
        m = None
        if nodes:  # cheap test first: most hits are common words that begin no alias here
            after = toks[i + 1].norm if i + 1 < n else ""
            if whole or after in _INSIDE or any(after in node for node in nodes):
                m = _match_alias(scan, i)
        if m is None:
            if not other:
                continue
            if not force_words.isdisjoint(tok.variants):
                m = _match_force(scan, i)
        if m is not None:
            matches.append(m)
            scan.prev = m
            free = m.e
        elif not role_words.isdisjoint(tok.variants):
            roles.append(i)
    _extend(scan, matches)
    return _merge_appositions(scan, matches), roles


def _walk(scan: _Scan, i: int) -> list[tuple[int, int, str, str]]:
    """Every alias starting at token i: (end, length of the reading, key, reading), longest first."""
    toks = scan.toks
    n = len(toks)
    trie = scan.d._trie
    found = []
    for v in toks[i].variants:
        node = trie.get(v)
        if node is None:
            continue
        j = i + 1
        if "" in node:
            found.append((j, len(v), node[""], v))
        while True:
            k = j
            while k < n and toks[k].norm in _INSIDE:
                k += 1
            if k >= n or (node := node.get(toks[k].norm)) is None:
                break
            j = k + 1
            if "" in node:
                found.append((j, len(v), node[""], v))
    found.sort(reverse=True)
    return found


def _match_alias(scan: _Scan, i: int) -> _Match | None:
    toks = scan.toks
    for j, _, key, v in _walk(scan, i):
        nat = scan.d.cues.country_of(toks[j]) if j < len(toks) else None
        country = nat[0] if nat else scan.country
        actor = _choose(scan, key, i, j, country)
        if actor is not None:
            if nat and actor.country in (nat[0], None):
                j += 1
            if (
                j < len(toks)
                and _continues(scan, j)
                and any(w[0][0] > j for k in range(i + 1, j) if (w := _walk(scan, k)))
            ):
                return None  # قوات الجيش السوري الحر: a longer name starts inside; it wins
            return _Match(i, j, actor, key, v)
    return None


def _continues(scan: _Scan, j: int) -> bool:
    """Whether some alias has the words of tokens j-1 and j next to each other."""
    after, bigrams = scan.toks[j].norm, scan.d._bigrams
    return any((v, after) in bigrams for v in scan.toks[j - 1].variants)


def _choose(scan: _Scan, key: str, i: int, j: int, country: str | None) -> Actor | None:
    """The actor alias ``key`` names at tokens [i, j), or None (see the module docstring)."""
    if key not in scan.d._weak_keys:
        return _pick(key, country, scan.published)
    cue: bool | None = None
    confirmed: frozenset[str] | None = None
    pool: list[_Sense] = []
    for s in scan.d._senses[key]:
        if s.weak:
            if country and s.countries:
                ok = country in s.countries
            else:
                if cue is None:
                    cue = _has_cue(scan, i)
                # quotes confirm a name only where it has no ordinary reading to fear in any
                # country: «الشباب» in quotes is usually the football club
                ok = cue or (not s.countries and _enclosed(scan.toks, i, j))
            if not ok:
                if confirmed is None:
                    confirmed = _apposition_ids(scan, i, j)
                ok = s.actor.id in confirmed
            if not ok:
                continue
        pool.append(s)
    return _pick_among(pool, country, scan.published)


def _has_cue(scan: _Scan, i: int) -> bool:
    """An organization or member word right before token i (عناصر من X counts)."""
    toks, cues = scan.toks, scan.d.cues
    k = i - 1
    if k >= 0 and toks[k].norm in _QUOTES:
        k -= 1
    if k < 0:
        return False
    if cues.has("span_cue", toks[k]) or cues.has("member_cue", toks[k]):
        return True
    return toks[k].norm == "من" and k > 0 and cues.has("member_cue", toks[k - 1]) is not None


def _enclosed(toks: Sequence[Token], i: int, j: int) -> bool:
    return i > 0 and toks[i - 1].norm in _OPEN and j < len(toks) and toks[j].norm in _CLOSE


def _apposition_ids(scan: _Scan, i: int, j: int) -> frozenset[str]:
    """Ids of the actors named in apposition to tokens [i, j): the match right before them, or a
    bracketed or quoted name right after them (حركة المقاومة الإسلامية (حماس)، الأمن الداخلي "الآسايش")."""
    toks = scan.toks
    p = scan.prev
    if p is not None and p.e < i and all(t.norm in _BRACKETS for t in toks[p.e : i]):
        return frozenset((p.actor.id,))
    k = j
    while k < len(toks) and k < j + 2 and toks[k].norm in _OPEN:
        k += 1
    if k == j or k >= len(toks):
        return frozenset()
    return frozenset(s.actor.id for _, _, key, _ in _walk(scan, k) for s in scan.d._senses[key] if not s.weak)


def _match_force(scan: _Scan, i: int) -> _Match | None:
    """غارات أمريكية، قصف تركي، جنود أتراك، سلاح الجو التركي: a force noun with a nationality names its
    military."""
    toks, cues = scan.toks, scan.d.cues
    lead = cues.has("force_noun", toks[i])
    if lead is None:
        return None
    k = i + 1
    if k < len(toks) and cues.has("force_mod", toks[k]):
        k += 1
        if k < len(toks) and toks[k].norm[:1].isdigit():
            k += 1  # طائرات إف 16 العراقية: the model's number
    elif lead == "سلاح":
        return None  # سلاح الجو التركي is the air force; سلاح روسي is a Russian weapon
    nat = cues.country_of(toks[k]) if k < len(toks) else None
    if not nat or not nat[1] or (k + 1 < len(toks) and toks[k + 1].norm == "الصنع"):
        return None  # no military for that country, or "روسية الصنع" (Russian-made)
    actors = _by_period([a for a in map(scan.d.get, nat[1]) if a is not None], scan.published)
    return _Match(i, k + 1, actors[0], None, lead) if len(actors) == 1 else None


def _extend(scan: _Scan, matches: list[_Match]) -> None:
    """Add organization cues before, epithets after, and balance the quotes of each match."""
    toks, cues = scan.toks, scan.d.cues
    for idx, m in enumerate(matches):
        lo = matches[idx - 1].e if idx else 0
        hi = matches[idx + 1].s if idx + 1 < len(matches) else len(toks)
        first = toks[m.s].norm
        for _ in range(2 if first in (m.lead, "ال" + m.lead) else 0):  # not across و: داعش وقسد
            k = m.s - 1
            if k >= lo and toks[k].norm in _QUOTES:
                k -= 1
            lead = cues.has("span_cue", toks[k]) if k >= lo else None
            if lead is None or (toks[k].norm.endswith("ال" + lead) and not first.endswith(_NISBA)):
                break  # a definite cue only before an adjective: الميليشيات الحوثية, not الفصائل قسد
            m.s, m.lead = k, lead
            first = toks[k].norm
        if m.e < hi and cues.has("epithet", toks[m.e]):
            m.e += 1
        if m.e - m.s > 1 and sum(t.norm in _QUOTES for t in toks[m.s : m.e]) % 2:
            if m.e < hi and toks[m.e].norm in _QUOTES:
                m.e += 1
            elif m.s > lo and toks[m.s - 1].norm in _QUOTES:
                m.s -= 1
                m.lead = toks[m.s].norm


def _merge_appositions(scan: _Scan, matches: list[_Match]) -> list[_Match]:
    """X (Y) and X "Y" are one mention."""
    toks = scan.toks
    out: list[_Match] = []
    for m in matches:
        p = out[-1] if out else None
        if (
            p is not None
            and p.e < m.s
            and all(t.norm in _BRACKETS for t in toks[p.e : m.s])
            and toks[m.s - 1].norm in _OPEN
            and m.e < len(toks)
            and toks[m.e].norm in _CLOSE
        ):
            if p.actor is not m.actor and not (m.key and p.actor in scan.d.candidates(m.key)):
                p.actor, p.key = m.actor, m.key
            if m.s - p.e > 1 and toks[p.e].norm in _QUOTES and p.s > 0 and toks[p.s - 1].norm in _QUOTES:
                p.s -= 1  # "X" (Y): the quotes around X join the span
                p.lead = toks[p.s].norm
            p.e = m.e + 1
            continue
        out.append(m)
    return out


def _mention(
    nt: NormalizedText,
    toks: Sequence[Token],
    s: int,
    e: int,
    lead: str,
    actor: Actor | None,
    **kw: str | None,
) -> ActorMention:
    first = toks[s]
    start = first.start
    if not lead.startswith("ال") and first.norm.endswith("ال" + lead):
        lead = "ال" + lead  # leave out و ب ل ... but keep the article: والمدنيين -> المدنيين
    if lead != first.norm and first.norm.endswith(lead):
        cut = len(first.norm) - len(lead)  # proclitics to leave out of the span
        if len(first.text) == len(first.norm):
            start += cut
        else:
            start += normalize(first.text).to_original(cut)
    elif first.prefix[:1] in ("و", "ف") and len(first.text) == len(first.norm):
        start += 1  # وللحوثيين -> للحوثيين: the conjunction at least
    end = toks[e - 1].end
    return ActorMention(start, end, nt.original[start:end], actor, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------- persons


def _match_person(
    nt: NormalizedText, scan: _Scan, r: int, by_start: dict[int, _Match], mentions: list[ActorMention]
) -> ActorMention | None:
    """A role word (الناطق باسم، قائد، مسؤول في ...) linked to an actor, with the person's name."""
    toks, cues = scan.toks, scan.d.cues
    n = len(toks)
    k = r + 1
    x = None
    while k < n and k <= r + 5:
        x = by_start.get(k)
        if x is not None or not (toks[k].norm in _QUOTES or cues.has("role_skip", toks[k])):
            break
        k += 1
    actor: Actor | None
    if x is not None:
        actor, end = x.actor, x.e
        q = _skip_quotes(toks, end)
        if q < n and cues.has("attach", toks[q]):  # ... التابع لقوات "قسد"
            x2 = by_start.get(_skip_quotes(toks, q + 1))
            if x2 is not None:
                end = x2.e
    elif r + 1 < n and cues.has("role_unit", toks[r + 1]) and cues.has("unit_role", toks[r]):
        prev = _preceding(nt, mentions, toks[r].start)
        if prev is None:
            return None
        actor, end = prev.actor, r + 2
        q = end  # "مدير سجن غويران والمعروف باسم ...": the words up to the introducer join the span
        while q < min(n, end + 2) and _is_name_word(scan, toks[q], by_start, q, first=False):
            q += 1
        if q < n and cues.has("introducer", toks[q]):
            end = q
        elif end < n and toks[end].norm.startswith("ال") and _is_name_word(scan, toks[end], by_start, end):
            end += 1  # مدير السجن المركزي
    else:
        return None
    name = _find_name(scan, _skip_quotes(toks, end), by_start, strict=x is None)
    person = None
    if name is not None:
        end = name[1]
        person = nt.original[toks[name[0]].start : toks[name[1] - 1].end]
    elif sum(t.norm in _QUOTES for t in toks[r:end]) % 2 and end < n and toks[end].norm in _QUOTES:
        end += 1
    lead = cues.has("role", toks[r]) or toks[r].norm
    return _mention(nt, toks, r, end, lead, actor, role="person", person=person)


def _skip_quotes(toks: Sequence[Token], k: int) -> int:
    while k < len(toks) and toks[k].norm in _QUOTES:
        k += 1
    return k


def _preceding(nt: NormalizedText, mentions: list[ActorMention], position: int) -> ActorMention | None:
    """The nearest armed actor named before ``position`` in the same sentence."""
    i = bisect_right(mentions, position, key=_START)
    for m in reversed(mentions[:i]):
        if m.end > position:
            continue
        if _SENTENCE_END.search(nt.original, m.end, position):
            return None
        if m.actor is not None and m.actor.inter not in _UNARMED:
            return m
    return None


def _find_name(
    scan: _Scan, k: int, by_start: dict[int, _Match], *, strict: bool = False
) -> tuple[int, int] | None:
    """Token range of a person's name at k: [title] 1-3 words, or "المعروف باسم" + 1-3 words.

    After a comma the name must be closed by punctuation too (", علي الأحمدي،"); a fourth word is
    allowed after a name particle (بن، أبو، عبد). ``strict``: only after a title or "المعروف باسم".
    """
    toks, cues = scan.toks, scan.d.cues
    n = len(toks)
    comma = k < n and toks[k].norm in ("،", ",")
    k += comma
    introduced = 0
    while k < n and introduced < 2 and cues.has("introducer", toks[k]):
        k += 1
        introduced += 1
    titles = 0
    while k < n and titles < 3 and cues.has("title", toks[k]):
        k += 1
        titles += 1
    start = k
    limit = 3
    while k < n and k - start < limit and _is_name_word(scan, toks[k], by_start, k, first=k == start):
        if toks[k].norm in _NAME_PARTICLES:
            limit = 4
        k += 1
    count = k - start
    if comma and not (k == n or not _NAME_WORD.fullmatch(toks[k].norm)):
        return None
    if sum(t.norm.endswith("ه") for t in toks[start:k]) >= 2:
        return None  # عسكرية بحتة: a noun phrase, not a name
    if strict and not (titles or introduced):
        return None
    if count and toks[start].norm == "علي" and not (comma or titles or introduced):
        return None  # the preposition على, normalized like the name علي
    if count >= 2 or (count == 1 and (titles or introduced) and not comma):
        return start, k
    return None


def _is_name_word(
    scan: _Scan, tok: Token, by_start: dict[int, _Match], k: int, *, first: bool = False
) -> bool:
    """Whether a token may be part of a person's name: a word outside every lexicon, not a verb in
    the plural (ـوا), not an indefinite accusative (tanwin: متنكراً), no article after a preposition
    (للقوات), not a feminine relative adjective (التونسية); a first name has no article."""
    norm = tok.norm
    if k in by_start or not _NAME_WORD.fullmatch(norm) or norm.endswith("وا") or "\u064b" in tok.text:
        return False
    prefix = tok.prefix
    if (first and norm.startswith("ال")) or ("ال" in prefix and prefix != "ال") or prefix.endswith("لل"):
        return False
    if norm.startswith("ال") and norm.endswith("يه"):
        return False
    cues = scan.d.cues
    if any(v in scan.d._trie for v in tok.variants) or cues.country_of(tok):
        return False
    return not any(cues.has(kind, tok) for kind in ("name_stop", "role", "title", "span_cue", "member_cue"))


# ---------------------------------------------------------------------------------- possessives


def find_possessives(tokens: Sequence[Token]) -> list[Token]:
    """Words that refer back to an actor's forces or members: قواتها، عناصره، مقاتليهم ..."""
    words = load_actors().cues.words["possessive"]
    return [t for t in tokens if not words.isdisjoint(t.variants)]


def resolve_possessive(
    mentions: Sequence[ActorMention], position: int, *, sentences: Sequence[Sentence] | None = None
) -> ActorMention | None:
    """The actor a possessive at ``position`` ("من قواتها") refers to.

    The nearest actor mention (role "actor", armed: not civilians, protesters or rioters) ending
    before ``position`` in the same sentence or the previous one; ``sentences`` are those of
    :func:`rasd.text.segment.split_sentences` (without them, any preceding mention counts).
    """
    lo = 0
    if sentences:
        i = bisect_right(sentences, position, key=_START) - 1
        lo = sentences[max(0, i - 1)].start if i >= 0 else 0
    best: ActorMention | None = None
    for m in mentions:
        if m.role != "actor" or m.actor is None or m.actor.inter in _UNARMED:
            continue
        if lo <= m.start and m.end <= position and (best is None or m.end > best.end):
            best = m
    return best
