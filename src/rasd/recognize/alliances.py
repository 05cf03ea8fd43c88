"""Which actors fight on one side: the alliances of resources/alliances.tsv and the organizations of
actors.tsv (an actor and the organization it belongs to).

Two allies are never the two sides of one event. Reports list allies together as one side
(بين الجيش الوطني ومقاتلي المقاومة الشعبية من جهة وبين مليشيات الحوثي من جهة، قوات هادي مدعومة من طيران
التحالف): read word by word, the second ally would be taken for the side acted upon.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import cache

from rasd.errors import ResourceError
from rasd.model import Actor
from rasd.recognize.actor_lexicon import load_actors
from rasd.recognize.lexicon import read_table

_COLUMNS = ("camp", "valid_from", "valid_to", "members")
GENERIC_KINDS = frozenset({"unidentified", "civilians", "protesters", "rioters"})
"""The generic rows every country's row of a kind belongs to (Civilians (Syria) -> civilians): no organization."""


@dataclass(frozen=True, slots=True)
class _Camp:
    members: frozenset[str]
    valid_from: datetime.date | None
    valid_to: datetime.date | None

    def holds(self, a: str, b: str, on: datetime.date | None) -> bool:
        if a not in self.members or b not in self.members:
            return False
        return on is None or ((self.valid_from is None or self.valid_from <= on)
                              and (self.valid_to is None or on <= self.valid_to))


class Alliances:
    """``allied(a, b, on)``: whether two actors fought on one side on that day."""

    def __init__(self, camps: tuple[_Camp, ...], organizations: dict[str, frozenset[str]]):
        self._camps = camps
        self._organizations = organizations  # actor id -> itself and the organizations above it

    def allied(self, a: Actor, b: Actor, on: datetime.date | None = None) -> bool:
        if a.id == b.id:
            return False
        if not self._organizations.get(a.id, frozenset()).isdisjoint(self._organizations.get(b.id, ())):
            return True  # the Asayish and the SDF, Kataib Hezbollah and the PMF
        return any(camp.holds(a.id, b.id, on) for camp in self._camps)


def _date(value: str, where: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        raise ResourceError(f"{where}: bad date {value!r}") from None


@cache
def load_alliances() -> Alliances:
    """The packaged alliances, validated against the actor dictionary; loaded once."""
    actors = load_actors()
    camps = []
    for lineno, (camp, vfrom, vto, members) in read_table("alliances.tsv", _COLUMNS):
        where = f"alliances.tsv:{lineno}"
        ids = frozenset(m for m in members.split("|") if m)
        unknown = sorted(m for m in ids if m not in actors)
        if not camp or len(ids) < 2 or unknown:
            raise ResourceError(f"{where}: a camp needs a name and two known actors (unknown: {unknown})")
        camps.append(_Camp(ids, _date(vfrom, where), _date(vto, where)))
    organizations = {}
    for actor in actors:
        chain, node = {actor.id}, actor
        # a group that ended (valid_to) names in parent the name it took later, not an organization it
        # fought beside: the Mahdi Army of 2008 is no ally of Iraq's army through Saraya al-Salam and the PMF
        while (node.parent is not None and node.valid_to is None and node.parent not in GENERIC_KINDS
               and node.parent not in chain):
            chain.add(node.parent)
            node = actors.get(node.parent)
        organizations[actor.id] = frozenset(chain)
    return Alliances(tuple(camps), organizations)
