"""Choosing the gazetteer entry a place name refers to, or none.

Names repeat across and within countries. The evidence, used in this order:

1. a parent named right after the name (حي غويران بمحافظة الحسكة, قرية X بريف حلب, X في دير الزور,
   X، ريف حلب): only candidates inside one of the parent's candidates stay, and the parent keeps
   only candidates that contain one of them;
2. the cue word's feature types (محافظة -> admin1, حي -> neighbourhood): a strict cue (حي، سجن، مخيم
   ...) keeps nothing else, a loose one (مدينة، منطقة) narrows only when something fits;
3. the first-level units, then the countries, of the article's unambiguous places;
4. the ``country`` hint;
5. candidates that are one place — within 50 km of each other, or a town inside the unit of the
   same name — are ranked by feature (the cue's order, else country, city, town, admin1,
   village ...) and population. Between places far apart, a country wins; otherwise the most
   populous wins only with ten times the population of the next and at least 1,000 people, and
   nothing is chosen when none dominates: no answer is better than a confident wrong one.

A name that needed a cue to count (a common word: حي النصر) is resolved only to a place in a
country the article is about: the country of one of its unambiguous places, or the hint.

A facility cue whose facility the gazetteer lacks (مطار دبي) anchors the mention to the town it is
named after, with the relation "near".
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.model import Place
from rasd.recognize.place_context import PlaceContext

__all__ = ["PlaceMatch", "km_between", "link_parents", "resolve"]

SAME_PLACE_KM = 50.0
"""Candidates closer than this are one place for disambiguation."""
PARENT_KM = 60.0
"""A place this close to a town named beside it is taken to be in or near that town."""
DOMINANCE = 10
"""The most populous of far-apart candidates wins only with this many times the next one's people."""
MIN_DOMINANT_POPULATION = 1000
BIG_CITY = 100_000
"""A dominant candidate this large wins before the article's context is consulted."""

_ADMIN = frozenset({"country", "admin1", "admin2", "admin3", "region"})
_SETTLEMENT = frozenset({"city", "town", "village"})
_RANK = {
    f: i
    for i, f in enumerate(
        ("country", "city", "town", "admin1", "village", "admin2", "admin3", "neighbourhood", "camp",
         "prison", "base", "airport", "crossing", "field", "dam", "bridge", "checkpoint", "road",
         "region", "landmark")
    )
}
_UNIT_POPULATION = {"country": 10_000_000, "admin1": 500_000, "admin2": 50_000, "admin3": 10_000}
_FACILITIES = frozenset({"prison", "airport", "camp", "base", "crossing", "field", "dam"})


@dataclass(slots=True)
class PlaceMatch:
    """A gazetteer name found in the text (normalized offsets), before and after resolution."""

    token_start: int  # the first word with its clitics
    name_start: int
    name_end: int
    end: int  # end of the phrase: a direction adjective may follow the name
    key: str
    ctx: PlaceContext
    relation: str
    candidates: list[Place]
    weak: bool  # counts as a place only with a cue or a parent
    cue: str | None = None
    features: tuple[str, ...] = ()
    strict: bool = False
    rescued: bool = False
    own_cue: bool = False  # the cue is the first word of the gazetteer name (سجن الصناعة)
    fallback: bool = False  # a facility cue without the facility: anchored to the town, "near"
    parent: PlaceMatch | None = None
    place: Place | None = None


_GAP = re.compile(r"\s*(?:(?:في|من|التابعه|التابع|[،,(\-])\s*)?([وفبلك]*)")


def link_parents(text: str, matches: list[PlaceMatch]) -> None:
    """Attach each mention's parent (the place named right after it) and mark "between" pairs.

    The parent follows with nothing between but a preposition (ب، في، من), a comma, a bracket or
    التابعة ل: حي غويران بمحافظة الحسكة, أريحا في الضفة الغربية, القصير، ريف حمص.
    """
    for a, b in itertools.pairwise(matches):
        if a.relation == "between" and not text[a.end : b.token_start].strip():
            if b.ctx.connector.startswith("و") and b.relation == "in":
                b.relation = "between"
            continue
        gap = _GAP.fullmatch(text, a.end, b.ctx.start)
        if gap is None or "\n" in gap.group():
            continue
        clitics = gap.group(1)
        if clitics.startswith(("و", "ف")) or (gap.group().strip() == clitics and "ب" not in clitics):
            continue  # "X وY" is a list; "X Y" with nothing between says nothing
        if b.weak and not b.rescued:
            continue
        if all(p.feature == "country" for p in b.candidates) and a.weak:
            continue  # "الحكومة في اليمن": a country is too weak a parent to make a word a place
        inner = [c for c in a.candidates if any(_inside(c, p) for p in b.candidates)]
        if not inner:
            continue
        a.candidates, a.parent, a.rescued = inner, b, True
        b.candidates = [p for p in b.candidates if any(_inside(c, p) for c in inner)]


def resolve(matches: list[PlaceMatch], hint: str | None) -> None:
    """Set ``place`` on every match: one candidate, or None when nothing decides."""
    admin1s: set[tuple[str, str]] = set()
    countries: set[str] = set()
    pending: list[PlaceMatch] = []
    for x in matches:
        if x.features:
            typed = [c for c in x.candidates if c.feature in x.features]
            if typed and (x.strict or x.own_cue):  # حي X: a neighbourhood if there is one
                best = min(x.features.index(c.feature) for c in typed)
                typed = [c for c in typed if x.features.index(c.feature) == best]
            if typed:
                x.candidates = typed
            elif x.own_cue:
                pass  # جسر الشغور is a town, not a bridge: the name's first word is no cue here
            elif x.strict and _FACILITIES.intersection(x.features) and x.relation == "in":
                x.relation = "near"  # مطار دبي without the airport in the gazetteer: near Dubai
                x.fallback = True
                x.features = ("city", "town", "village")
            elif x.strict:
                x.candidates = []
        if x.weak and not x.rescued:
            continue
        clusters = _clusters(x.candidates)
        if len(clusters) != 1 or x.weak or len({c.country for c in clusters[0]}) > 1:
            pending.append(x)  # (رفح: Egypt's and Gaza's, a few km apart across the border: the article decides)
            continue
        x.place = _pick(clusters[0], x.features)
        countries.add(x.place.country)
        if x.place.admin1:
            admin1s.add((x.place.country, x.place.admin1))
    known = countries | ({hint} if hint else set())
    for x in pending:
        cands = x.candidates
        big = _dominant(cands, BIG_CITY)
        if big is not None:
            cands = big  # الرياض is Riyadh even in an article about Iraq
        for keep in (
            lambda c: (c.country, c.admin1) in admin1s,
            lambda c: c.country in countries,
            lambda c: c.country == hint,
        ):
            narrowed = [c for c in cands if keep(c)]
            if narrowed:
                cands = narrowed
        place = _decide(cands, x.features)
        if place is not None and x.weak and place.country not in known:
            place = None  # a common word's namesake, in no country the article is about
        x.place = place


def km_between(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places, None where either has no coordinates."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)
    dp, dl = p2 - p1, math.radians(b.longitude - a.longitude)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _inside(a: Place, b: Place) -> bool:
    """True when ``a`` lies in or next to ``b`` (``b`` named as ``a``'s parent)."""
    if a.id == b.id:
        return False
    if a.parent == b.id:
        return True
    if a.country != b.country:
        return False
    if b.feature == "country":
        return a.feature != "country"
    if b.feature == "admin1":
        return a.feature != "admin1" and a.admin1 is not None and a.admin1 in (b.admin1, b.name_en)
    if b.feature == "admin2" and a.admin2 is not None and a.admin2 in (b.admin2, b.name_en):
        return True
    if a.feature in ("country", "admin1"):
        return False
    d = km_between(a, b)
    if d is not None and d <= PARENT_KM:
        return True
    return b.feature in _SETTLEMENT and a.admin1 is not None and a.admin1 == b.admin1


def _same(a: Place, b: Place) -> bool:
    """Two candidates that are one place: close together, or a town in the unit of its name."""
    d = km_between(a, b)
    if d is not None and d <= SAME_PLACE_KM:
        return True
    return (b.feature in _ADMIN and _inside(a, b)) or (a.feature in _ADMIN and _inside(b, a))


def _people(p: Place) -> int:
    """Population, with a floor for units (the gazetteer gives them none): a country or a
    governorate outweighs a town of the same name elsewhere, a district a village."""
    return max(p.population, _UNIT_POPULATION.get(p.feature, 0))


def _clusters(cands: list[Place]) -> list[list[Place]]:
    """Candidates grouped into places (see :func:`_same`), the most populous first."""
    if len(cands) == 1:
        return [list(cands)]
    return [list(g) for g in _grouped(tuple(cands))]


@lru_cache(maxsize=4096)
def _grouped(cands: tuple[Place, ...]) -> tuple[tuple[Place, ...], ...]:
    out: list[list[Place]] = []
    for c in sorted(cands, key=lambda p: -_people(p)):
        for group in out:
            if any(_same(c, o) for o in group):
                group.append(c)
                break
        else:
            out.append([c])
    return tuple(tuple(g) for g in out)


def _pick(group: list[Place], features: tuple[str, ...]) -> Place:
    """The best entry of one place: by the cue's feature order (or the default rank), then population."""

    def rank(p: Place) -> tuple[int, int, str]:
        if p.feature in features:
            return features.index(p.feature), -p.population, p.id
        return len(features) + _RANK.get(p.feature, len(_RANK)), -p.population, p.id

    return min(group, key=rank)


def _decide(cands: list[Place], features: tuple[str, ...]) -> Place | None:
    clusters = _clusters(cands)
    if not clusters:
        return None
    if len(clusters) == 1:
        return _pick(clusters[0], features)
    for group in clusters:
        if any(c.feature == "country" for c in group):
            return _pick(group, features)
    top = _dominant(cands, MIN_DOMINANT_POPULATION, clusters)
    return _pick(top, features) if top is not None else None


def _dominant(
    cands: list[Place], floor: int, clusters: list[list[Place]] | None = None
) -> list[Place] | None:
    """The one place (cluster) with ten times the people of any other and at least ``floor``."""
    clusters = _clusters(cands) if clusters is None else clusters
    if len(clusters) < 2:
        return None
    sized = sorted(((max(_people(c) for c in g), i) for i, g in enumerate(clusters)), reverse=True)
    (top, i), (second, _) = sized[0], sized[1]
    if top >= floor and top >= DOMINANCE * second:
        return clusters[i]
    return None
