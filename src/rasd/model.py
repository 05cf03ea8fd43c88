"""Frozen records passed between the stages of the pipeline.

Every offset (``start``, ``end``) indexes the *original* text the caller gave, end exclusive:
``original[start:end] == text`` always holds.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, NamedTuple

__all__ = [
    "Actor",
    "ActorMention",
    "Count",
    "CueMention",
    "Document",
    "Event",
    "Place",
    "PlaceMention",
    "Quantity",
    "Sentence",
    "Span",
    "TimeRef",
    "Token",
    "TriggerMention",
]

QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "up_to", "vague")
"""How a stated number relates to the true figure."""

QUANTITY_KINDS = (
    "count", "duration", "ordinal", "year", "age", "time", "phone", "percent", "money", "measure", "date", "model",
)
"""What a number is: only ``count`` numbers can be counts of people or things (``model``: the number in a weapon's
name, إف 16، ميغ 29)."""


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its span in the original text."""

    start: int
    end: int


class Token(NamedTuple):
    """One token with its proclitics identified.

    ``prefix`` holds the proclitics (و ف ب ل ك س and the article ال, normalized) and ``stem``
    the rest, both in the normalized view; ``variants`` lists every way the token may be read,
    from the whole token to the most stripped stem, so a matcher can ask for "this word with or
    without its clitics". (A named tuple rather than a dataclass: an article has hundreds of
    tokens, and a tuple is three times cheaper to build.)
    """

    start: int
    end: int
    text: str  # the original surface form
    norm: str  # the normalized form
    prefix: str
    stem: str
    variants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in the text: its value, how it is qualified and what it counts.

    ``value`` is None for vague quantities without a floor (عدد من، عدة، بضعة). ``kind`` tells
    counts apart from ordinals, years, ages, times of day, phone numbers and the like.
    """

    start: int
    end: int
    text: str
    value: int | float | None
    qualifier: str = "exact"
    kind: str = "count"
    counted: str | None = None
    counted_start: int | None = None
    counted_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression resolved against the publication date.

    ``date`` (and ``date_end`` for a range) is None when the expression cannot be resolved,
    for instance a relative expression without a publication date. ``precision`` is 1 (day),
    2 (week or range of days) or 3 (month or longer). ``direction`` is past, present or future
    relative to publication.
    """

    start: int
    end: int
    text: str
    date: date | None
    # (datetime.date spelled out: in the class body the bare name is now the field above, and a
    # type checker, mypyc included, would read this annotation as None.)
    date_end: datetime.date | None = None
    precision: int = 1
    direction: str = "past"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        d["date_end"] = self.date_end.isoformat() if self.date_end else None
        return d


@dataclass(frozen=True, slots=True)
class Document:
    """One article as given: its text (the original every offset indexes) and its metadata."""

    text: str
    published: date | None = None
    source: str | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text (UTF-8), in hex."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def id(self) -> str:
        """Content hash: the same text always has the same id."""
        return self.content_hash[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "url": self.url,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: one place with its names, coordinates and administrative units.

    ``id`` is stable across builds: ``geonames:<geonameid>`` for GeoNames places,
    ``rasd:<slug>`` for the team's supplement, ``admin1:<CC>.<code>`` / ``country:<CC>`` for units.
    ``country`` is the ISO 3166-1 alpha-2 code; ``admin1``/``admin2`` are English names of the units.
    ``feature`` is one of: country, admin1, admin2, admin3, city, town, village, neighbourhood,
    camp, prison, base, airport, crossing, checkpoint, field, dam, bridge, road, landmark, region.
    """

    id: str
    name_en: str
    name_ar: str
    feature: str
    latitude: float | None
    longitude: float | None
    country: str
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    parent: str | None = None  # id of the enclosing place where known (a neighbourhood's city)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, resolved (or not) to a gazetteer entry.

    ``relation`` says how the event location relates to the named place: "in" (the place
    itself), "near" (قرب، محيط، أطراف), "countryside" (ريف), a direction ("north", "east", ...),
    or "between" (بين X و Y). ``geo_precision`` follows ACLED: 1 the named town or neighbourhood,
    2 near it or part of a region, 3 only a large region.
    """

    start: int
    end: int
    text: str
    place: Place | None
    relation: str = "in"
    geo_precision: int = 1
    cue: str | None = None  # the cue word that typed the match (مدينة، حي، سجن ...), normalized

    def to_dict(self) -> dict[str, Any]:
        p = self.place
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "place_id": p.id if p else None,
            "name_ar": p.name_ar if p else None,
            "name_en": p.name_en if p else None,
            "feature": p.feature if p else None,
            "latitude": p.latitude if p else None,
            "longitude": p.longitude if p else None,
            "country": p.country if p else None,
            "admin1": p.admin1 if p else None,
            "admin2": p.admin2 if p else None,
            "geo_precision": self.geo_precision,
            "relation": self.relation,
            "cue": self.cue,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """A dictionary entry: a conflict actor with its canonical ACLED-style name and category."""

    id: str
    name_en: str
    name_ar: str
    inter: str  # State forces, Rebel group, Political militia, Identity militia, Rioters, Protesters,
    #             Civilians, External/Other
    country: str | None = None  # ISO alpha-2; None for international actors
    parent: str | None = None  # id of the organization it belongs to (a police unit's ministry)
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text. ``role`` is "actor" or "person" (a spokesman, a director:
    a person linked to ``actor`` but not an actor on their own)."""

    start: int
    end: int
    text: str
    actor: Actor | None
    role: str = "actor"
    person: str | None = None  # the person's name where one is given

    def to_dict(self) -> dict[str, Any]:
        a = self.actor
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "actor_id": a.id if a else None,
            "name_en": a.name_en if a else None,
            "inter": a.inter if a else None,
            "country": a.country if a else None,
            "role": self.role,
            "person": self.person,
        }


@dataclass(frozen=True, slots=True)
class TriggerMention:
    """An event word: what kind of happening it names (ACLED type and sub-type where it fixes them).

    ``role``: event (names an event of its type), attack (a generic attack; the type comes from
    weapon, target and actors), seize (taking ground), weapon (the means), count (a casualty or
    arrest word; ``kind`` says which). ``token`` is the index of its first token.
    """

    start: int
    end: int
    text: str
    role: str
    event_type: str | None
    sub_event_type: str | None
    kind: str | None
    token: int
    strong: bool = True  # False: the word is common in other senses too (هجوم إعلامي، تسليم جائزة)
    # True: an event word only with a figure right after it (أسر 40 حوثيا; أسر الشهداء are families)
    counted: bool = False
    # True: a weapon word that names a thing used (مقاتلات، صواريخ، ألغام), not a happening (غارة، قصف)
    device: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("start", "end", "text", "role", "event_type",
                                              "sub_event_type", "kind", "strong", "counted")}


@dataclass(frozen=True, slots=True)
class CueMention:
    """A word that changes how nearby event words are read: attribution, negation, denial,
    future, threat, hypothetical, dispute, history, statement, overflight, ongoing."""

    start: int
    end: int
    text: str
    cue: str
    token: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "cue": self.cue}


@dataclass(frozen=True, slots=True)
class Count:
    """A figure that belongs to an event: ``value`` as stated, ``qualifier`` how it is stated,
    ``scope`` whose (actor1, actor2, civilians, total or None), ``attributed_to`` who says so."""

    kind: str  # killed, injured, arrested, kidnapped, missing, escaped, displaced, detained
    value: int | None
    qualifier: str
    scope: str | None
    attributed_to: str | None
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Event:
    """One ACLED-style event, flat, with ACLED's column names (ARCHITECTURE.md section 3)."""

    event_id: str
    event_type: str
    sub_event_type: str
    event_date: str | None
    time_precision: int
    actor1: str | None
    actor1_ar: str | None
    assoc_actor_1: tuple[str, ...]
    inter1: str | None
    actor2: str | None
    actor2_ar: str | None
    assoc_actor_2: tuple[str, ...]
    inter2: str | None
    country: str | None
    iso: int | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    location: str | None
    location_ar: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int
    fatalities_high: int | None
    counts: tuple[Count, ...]
    sources: tuple[str, ...]
    status: str
    evidence: tuple[Span, ...]
    notes: str

    def to_dict(self) -> dict[str, Any]:
        d = {name: getattr(self, name) for name in self.__dataclass_fields__}
        d["assoc_actor_1"] = list(self.assoc_actor_1)
        d["assoc_actor_2"] = list(self.assoc_actor_2)
        d["counts"] = [c.to_dict() for c in self.counts]
        d["sources"] = list(self.sources)
        d["evidence"] = [asdict(s) for s in self.evidence]
        return d


def event_notes(event_type: str, sub_event_type: str, actor1: str | None, actor2: str | None,
                location: str | None, event_date: date | None, fatalities: int) -> str:
    """The one-sentence English note of an event or incident, in ACLED's style."""
    who = actor1 or "An unidentified actor"
    whom = f" against {actor2}" if actor2 else ""
    where = f" in {location}" if location else ""
    day = f"On {event_date.isoformat()}, " if event_date else ""
    text = f"{day}{who}: {sub_event_type[0].lower() + sub_event_type[1:]} ({event_type}){whom}{where}."
    if fatalities:
        text += f" {fatalities} reported killed."
    return text[0].upper() + text[1:]

