"""The actor dictionary: ``actors.tsv``, ``actor_alias_groups.tsv`` and ``actor_cues.tsv``.

``actors.tsv`` has one row per actor: ``id``, ``name_en`` (ACLED's style), ``inter`` (one of
:data:`INTERS`), ``country`` (ISO alpha-2, empty for international and country-less generic actors),
``parent`` (the organization it belongs to; for a renamed group, the name it took later), ``valid_from``
and ``valid_to`` (inclusive ISO dates, where names or roles changed) and ``aliases_ar``: ``|``-separated
Arabic aliases, each written plainly (normalized at load), ``alias?CC,CC`` for a weak alias (see
:mod:`rasd.recognize.actors`) or ``@group`` for a group of descriptive aliases shared by many rows
(``actor_alias_groups.tsv``: الجيش، الشرطة، مدنيين ...). ``actor_cues.tsv`` lists the words around names
that the recognizer uses: organization and member cues, role phrases, titles, name boundaries,
epithets, possessives, force nouns, and nationality adjectives with their country and military.

Everything is validated when first loaded (:class:`~rasd.errors.ResourceError` on a bad row) and
cached; nothing is read at import time.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from rasd.errors import ResourceError
from rasd.model import Actor, Token
from rasd.recognize.lexicon import read_table
from rasd.text.normalize import normalize_word

__all__ = ["INTERS", "ActorDictionary", "load_actors"]

INTERS = (
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other",
)
"""ACLED's actor categories, the values of ``Actor.inter``."""

_ACTOR_COLUMNS = ("id", "name_en", "inter", "country", "parent", "valid_from", "valid_to", "aliases_ar")
_GROUP_COLUMNS = ("group", "aliases_ar")
_CUE_COLUMNS = ("kind", "country", "actors", "words")
_CUE_KINDS = (
    "span_cue", "member_cue", "role", "role_skip", "role_unit", "unit_role", "title", "introducer", "attach",
    "epithet", "possessive", "force_noun", "force_mod", "name_stop", "nationality",
)  # fmt: skip
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ALIAS = re.compile(r"([^?@|]+?)(\?((?:[A-Z]{2},)*[A-Z]{2})?)?")
_PREFIXES = tuple(c + p for c in ("", "و", "ف") for p in ("", "ب", "ك", "ل", "س"))


@dataclass(frozen=True, slots=True)
class _Sense:
    """One reading of an alias: the actor, whether the alias is weak there, and where it is safe."""

    actor: Actor
    weak: bool
    countries: frozenset[str]
    generic: bool  # a descriptive alias imported from a @group


@dataclass(frozen=True, slots=True)
class _Cues:
    words: dict[str, frozenset[str]]  # kind -> normalized words
    nationality: dict[str, tuple[str, tuple[str, ...]]]  # adjective -> (country, military actor ids)

    def has(self, kind: str, token: Token) -> str | None:
        """The variant of ``token`` listed under ``kind``, or None."""
        words = self.words[kind]
        if words.isdisjoint(token.variants):
            return None
        for v in token.variants:
            if v in words:
                return v
        return None  # pragma: no cover - unreachable

    def country_of(self, token: Token) -> tuple[str, tuple[str, ...]] | None:
        if self.nationality.keys().isdisjoint(token.variants):
            return None
        for v in token.variants:
            hit = self.nationality.get(v)
            if hit is not None:
                return hit
        return None


class ActorDictionary:
    """The actors and their aliases, indexed for matching. Build it with :func:`load_actors`."""

    __slots__ = (
        "_actors",
        "_aliases",
        "_bigrams",
        "_by_country",
        "_heads",
        "_others",
        "_senses",
        "_surface",
        "_trie",
        "_weak_keys",
        "cues",
    )

    def __init__(self, actors: dict[str, Actor], senses: dict[str, tuple[_Sense, ...]], cues: _Cues):
        self._actors = actors
        self._senses = senses
        self._weak_keys = frozenset(k for k, readings in senses.items() if any(s.weak for s in readings))
        self.cues = cues
        self._trie: dict = {}
        self._bigrams = frozenset(pair for key in senses for pair in pairwise(key.split(" ")))
        self._others = cues.words["role"] | cues.words["force_noun"]
        self._heads: dict[str, tuple[tuple[dict, ...], bool, bool]] = {}  # a cache, see head()
        aliases: dict[str, list[str]] = {}
        for key, readings in senses.items():
            node = self._trie
            for word in key.split(" "):
                node = node.setdefault(word, {})
            node[""] = key
            for s in readings:
                aliases.setdefault(s.actor.id, []).append(key)
        self._aliases = {k: tuple(v) for k, v in aliases.items()}
        self._by_country = {(a.parent, a.country): a for a in actors.values() if a.parent and a.country}
        heads = set(self._trie) | cues.words["role"] | cues.words["force_noun"]
        surface: set[str] = set()
        for w in heads:
            for p in _PREFIXES:
                surface.update((p + w, p + "ال" + w, p + "لل" + w))
                if w.startswith("ال"):
                    surface.add(p + "ل" + w[1:])
        self._surface = frozenset(surface)

    def head(self, token: Token) -> tuple[tuple[dict, ...], bool, bool]:
        """What a token may begin: (alias-trie nodes of its readings, whether one of them is a
        whole alias, whether it is a role or force word). Cached by the token's form."""
        hit = self._heads.get(token.norm)
        if hit is None:
            nodes = tuple(node for v in token.variants if (node := self._trie.get(v)) is not None)
            hit = (nodes, any("" in node for node in nodes), not self._others.isdisjoint(token.variants))
            self._heads[token.norm] = hit
        return hit

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return self._actors.get(actor_id)

    def candidates(self, alias: str) -> tuple[Actor, ...]:
        """Every actor the alias may name (weak readings included), in file order."""
        return tuple(s.actor for s in self._senses.get(_alias_key(alias), ()))

    def generic(
        self, kind: str, country: str | None = None, published: datetime.date | None = None
    ) -> Actor | None:
        """The generic actor of a kind for a country, or the country-less row without one.

        ``kind`` is a generic row's id (unidentified, civilians, protesters, rioters,
        communal-militia, is, aq), or "police" / "military": what الشرطة / الجيش name there
        (None for the military without a country, as in the text).
        """
        country = country.upper() if country else None
        if kind in ("police", "military"):
            return _pick_among(self._senses["الشرطه" if kind == "police" else "الجيش"], country, published)
        base = self._actors.get(kind)
        if base is None or base.country is not None:
            return None
        return self._by_country.get((kind, country), base)

    def local(self, alias: str, country: str, published: datetime.date | None = None) -> Actor | None:
        """What an alias shared by several countries' forces (الشرطة، قوات الأمن، رجال الشرطة) names in
        ``country``; None for an alias of one country's actor (الشرطة التركية) or none there. The text's
        proclitics (و ف ب ل، لل) are read off."""
        for key in _alias_readings(alias):
            pool = self._senses.get(key, ())
            if pool:
                if len({s.actor.country for s in pool}) < 2:
                    return None
                same = [s for s in pool if s.actor.country == country.upper()]
                return _pick_among(same, country.upper(), published) if same else None
        return None

    def aliases(self, actor_id: str) -> tuple[str, ...]:
        """The normalized aliases of an actor."""
        return self._aliases.get(actor_id, ())

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors


def _alias_key(alias: str) -> str:
    return " ".join(normalize_word(w) for w in alias.split())


def _alias_readings(text: str) -> list[str]:
    """The alias keys a mention's text may be: as written, then without a proclitic on its first word
    (والشرطة، للقوات الأمنية، بقوات الأمن), then without the article where the alias is written without it
    (المواطنين: مواطنين)."""
    key = _alias_key(text)
    out = [key]
    for prefix, restore in (("وال", "ال"), ("فال", "ال"), ("بال", "ال"), ("لل", "ال"), ("و", ""), ("ف", ""),
                            ("ب", ""), ("ل", "")):
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            out.append(restore + key[len(prefix):])
    out += [k[2:] for k in out if k.startswith("ال") and len(k) > 4]
    return out


def _parse_aliases(field: str, where: str) -> list[tuple[str, str, bool, frozenset[str]]]:
    """``a|b?|c?SY,IQ`` -> [(surface, key, weak, countries)]; @group items are returned as-is."""
    out = []
    for item in field.split("|"):
        item = item.strip()
        if item.startswith("@"):
            out.append((item, item, False, frozenset()))
            continue
        m = _ALIAS.fullmatch(item)
        key = _alias_key(m.group(1)) if m else ""
        if not m or not key:
            raise ResourceError(f"{where}: malformed alias {item!r}")
        countries = frozenset(m.group(3).split(",")) if m.group(3) else frozenset()
        out.append((m.group(1).strip(), key, m.group(2) is not None, countries))
    return out


def _date(value: str, where: str) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ResourceError(f"{where}: bad date {value!r}") from None


def _load_cues() -> _Cues:
    words: dict[str, set[str]] = {k: set() for k in _CUE_KINDS if k != "nationality"}
    nationality: dict[str, tuple[str, tuple[str, ...]]] = {}
    for lineno, (kind, country, actor_ids, field) in read_table("actor_cues.tsv", _CUE_COLUMNS):
        where = f"actor_cues.tsv:{lineno}"
        if kind not in _CUE_KINDS:
            raise ResourceError(f"{where}: unknown kind {kind!r}")
        for word in field.split("|"):
            norm = normalize_word(word)
            if not norm or " " in norm:
                raise ResourceError(f"{where}: cue words are single words, not {word!r}")
            if kind == "nationality":
                if not re.fullmatch(r"[A-Z]{2}", country):
                    raise ResourceError(f"{where}: bad country {country!r}")
                nationality[norm] = (country, tuple(a for a in actor_ids.split("|") if a))
            else:
                words[kind].add(norm)
    return _Cues({k: frozenset(v) for k, v in words.items()}, nationality)


@cache
def load_actors() -> ActorDictionary:
    """The packaged actor dictionary, validated; loaded once."""
    groups: dict[str, list[tuple[str, str, bool, frozenset[str]]]] = {}
    for lineno, (name, field) in read_table("actor_alias_groups.tsv", _GROUP_COLUMNS):
        groups["@" + name] = _parse_aliases(field, f"actor_alias_groups.tsv:{lineno}")
    rows = read_table("actors.tsv", _ACTOR_COLUMNS)
    actors: dict[str, Actor] = {}
    parsed = []
    for lineno, (aid, name_en, inter, country, parent, vfrom, vto, field) in rows:
        where = f"actors.tsv:{lineno}"
        if not _ID.fullmatch(aid) or aid in actors:
            raise ResourceError(f"{where}: bad or duplicate id {aid!r}")
        if inter not in INTERS:
            raise ResourceError(f"{where}: unknown inter {inter!r}")
        if country and not re.fullmatch(r"[A-Z]{2}", country):
            raise ResourceError(f"{where}: country must be ISO alpha-2, not {country!r}")
        start, end = _date(vfrom, where), _date(vto, where)
        if start and end and start > end:
            raise ResourceError(f"{where}: valid_from after valid_to")
        items = []
        for item in _parse_aliases(field, where):
            if item[0].startswith("@"):
                if item[0] not in groups:
                    raise ResourceError(f"{where}: unknown alias group {item[0]!r}")
                items.extend((s, k, w, c, True) for s, k, w, c in groups[item[0]])
            else:
                items.append((*item, False))
        if not name_en or not items:
            raise ResourceError(f"{where}: name_en and aliases_ar are required")
        actors[aid] = Actor(aid, name_en, items[0][0], inter, country or None, parent or None, start, end)
        parsed.append((where, aid, items))
    senses: dict[str, list[_Sense]] = {}
    for where, aid, items in parsed:
        actor = actors[aid]
        if actor.parent is not None and actor.parent not in actors:
            raise ResourceError(f"{where}: unknown parent {actor.parent!r}")
        for _surface, key, weak, countries, generic in items:
            readings = senses.setdefault(key, [])
            if any(s.actor is actor for s in readings):
                continue  # listed twice (a group and the row): the first listing wins
            readings.append(_Sense(actor, weak, countries, generic))
    cues = _load_cues()
    for where_ids in cues.nationality.values():
        for aid in where_ids[1]:
            if aid not in actors:
                raise ResourceError(f"actor_cues.tsv: unknown actor {aid!r}")
    return ActorDictionary(actors, {k: tuple(v) for k, v in senses.items()}, cues)


@lru_cache(maxsize=32768)
def _pick(key: str, country: str | None, published: datetime.date | None) -> Actor | None:
    return _pick_among(load_actors()._senses[key], country, published)


def _pick_among(pool: Sequence[_Sense], country: str | None, published: datetime.date | None) -> Actor | None:
    if not pool:
        return None
    everywhere = [s for s in pool if s.actor.country is None]
    if country:
        same = [s for s in pool if s.actor.country == country]
        chosen = same or everywhere or [s for s in pool if not s.generic]
    else:
        chosen = everywhere or list(pool)
    actors = list(dict.fromkeys(s.actor for s in chosen))
    if len(actors) > 1:
        actors = _by_period(actors, published)
    if len(actors) > 1 and everywhere and chosen is not everywhere:
        # two forces of one country (West Bank and Gaza police): the generic row, not nothing
        actors = list(dict.fromkeys(s.actor for s in everywhere))
    return actors[0] if len(actors) == 1 else None


def _by_period(actors: list[Actor], published: datetime.date | None) -> list[Actor]:
    if published is not None:
        valid = [a for a in actors if _valid(a, published)]
        return valid or actors
    latest = max(a.valid_to or datetime.date.max for a in actors)
    return [a for a in actors if (a.valid_to or datetime.date.max) == latest]


def _valid(actor: Actor, day: datetime.date) -> bool:
    start, end = actor.valid_from or datetime.date.min, actor.valid_to or datetime.date.max
    return start <= day <= end
