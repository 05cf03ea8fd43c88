"""Which events from different articles tell of the same incident, and what the incident says.

Two events are reports of one incident when all of these hold (``same_incident``):

- the same event type and sub-type (an air strike and a shelling of one town on one day are two
  events for ACLED; when outlets disagree on the kind, the reports stay apart rather than merge wrongly);
- dates at most a day apart; at most 7 days when either date is only known to the week
  (time_precision 2), 31 days when only to the month (3); an undated event never merges;
- the same place: within ``NEAR_KM`` of each other, or, when either place is only "near"
  a town or part of a region (geo_precision 2), the same admin2 (within ``NEAR_REGION_KM`` where
  an admin2 is unknown); when either is only a large region (geo_precision 3), the same admin1;
- actors that overlap: a named actor in common, or one side names no actor at all;
- they come from different articles (one article's events were already told apart).

Incidents are the connected groups of that relation. Groups do not depend on the order in
which articles arrive, and an incident's id is the smallest event id in it, so the same
articles always give the same incidents, whatever the order: merging is incremental (a new
event joins, and may join together, existing incidents) and deterministic.

An incident's fields come from its reports by fixed rules (``summarize``):

- location and actors from the most precise report (smallest geo_precision, then time_precision,
  then the one naming more actors, then the smallest event id);
- date: the earliest date among the reports with the best time_precision;
- fatalities: ACLED's conservative rule, the lowest figure among the reports that give a death
  toll (0 when none does); fatalities_high: the highest figure any report gives;
- notes: written anew from the incident's own fields (its type, actors, place, date, fatalities);
- status: denied when every report is denied; contested when any report is contested or denied
  while another reports it; else reported.
"""

from __future__ import annotations

import math
from collections.abc import Sequence, Set
from dataclasses import dataclass
from datetime import date

__all__ = [
    "EARTH_RADIUS_KM",
    "NEAR_KM",
    "NEAR_REGION_KM",
    "WINDOW_DAYS",
    "MergeKey",
    "Summary",
    "date_window",
    "distance_km",
    "group_new_events",
    "near_box",
    "same_incident",
    "summarize",
]

NEAR_KM = 10.0
"""Two precisely placed reports within this distance are at the same place."""

NEAR_REGION_KM = 25.0
"""Two reports, one only "near" its town, within this distance when no district tells them apart."""

WINDOW_DAYS = {1: 1, 2: 7, 3: 31}
"""Days two dates may differ by, for each time precision (day, week, month)."""


@dataclass(frozen=True, slots=True)
class MergeKey:
    """The fields of one stored event that merging looks at."""

    event_id: str
    document_id: str
    event_type: str
    sub_event_type: str
    event_date: date | None
    time_precision: int
    actors: frozenset[str]
    country: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None


def date_window(a: MergeKey, b: MergeKey) -> int:
    """Largest number of days two events' dates may differ and still be one incident."""
    return max(WINDOW_DAYS.get(a.time_precision, 31), WINDOW_DAYS.get(b.time_precision, 31))


EARTH_RADIUS_KM = 6371.0088
"""Mean Earth radius."""


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def near_box(latitude: float, longitude: float, km: float = NEAR_REGION_KM) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon): a box holding every point within ``km`` of this one, so a
    query can leave out places too far apart to be the same (``_same_place``) before any distance is
    computed. Longitudes are left unbounded near a pole or across the antimeridian."""
    arc = km / EARTH_RADIUS_KM * (1 + 1e-6)  # radians; the margin (centimetres) absorbs rounding
    lat_lo, lat_hi = latitude - math.degrees(arc), latitude + math.degrees(arc)
    farthest = max(abs(lat_lo), abs(lat_hi))
    if farthest >= 89.0:
        return lat_lo, lat_hi, -180.0, 180.0
    # Haversine: cos(lat1) cos(lat2) sin²(dlon/2) <= sin²(arc/2), and cos(lat) >= cos(farthest) in the box.
    dlon = math.degrees(2 * math.asin(min(1.0, math.sin(arc / 2) / math.cos(math.radians(farthest)))))
    if longitude - dlon < -180.0 or longitude + dlon > 180.0:
        return lat_lo, lat_hi, -180.0, 180.0
    return lat_lo, lat_hi, longitude - dlon, longitude + dlon


def _same_place(a: MergeKey, b: MergeKey) -> bool:
    if a.country != b.country:
        return False
    precision = max(a.geo_precision or 3, b.geo_precision or 3)
    if precision >= 3:
        return a.admin1 is not None and a.admin1 == b.admin1
    if precision == 2 and a.admin2 is not None and b.admin2 is not None:
        return a.admin2 == b.admin2 and a.admin1 == b.admin1
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    limit = NEAR_KM if precision == 1 else NEAR_REGION_KM
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= limit  # type: ignore[arg-type]


def same_incident(a: MergeKey, b: MergeKey) -> bool:
    """Whether two events from different articles report the same incident (module docstring)."""
    if a.document_id == b.document_id or a.event_type != b.event_type or a.sub_event_type != b.sub_event_type:
        return False
    if a.event_date is None or b.event_date is None:
        return False
    if abs((a.event_date - b.event_date).days) > date_window(a, b):
        return False
    if a.actors and b.actors and not (a.actors & b.actors):
        return False
    return _same_place(a, b)


def group_new_events(joins: Sequence[Set[str]]) -> list[tuple[list[int], set[str]]]:
    """Which of one article's events end in one incident, and which stored incidents each one joins.

    ``joins[i]`` holds the stored incidents that the article's event i reports too. An article's events
    never merge with each other directly, but two that join a common stored incident end in one incident
    with it, just as if they had been merged one after the other. Returns, for each incident the events
    make, the positions of its events (ascending) and the stored incidents it joins together.
    """
    groups: list[tuple[list[int], set[str]]] = []
    for position, joined in enumerate(joins):
        events, incidents, apart = [position], set(joined), []
        for group_events, group_incidents in groups:
            if group_incidents & incidents:
                events, incidents = group_events + events, incidents | group_incidents
            else:
                apart.append((group_events, group_incidents))
        groups = [*apart, (sorted(events), incidents)]
    return groups


def precision_order(event) -> tuple:
    """Sort key: the most precise report first (see the module docstring)."""
    named = (event.actor1 is not None) + (event.actor2 is not None)
    return (event.geo_precision or 9, event.time_precision, -named, event.event_id)


@dataclass(frozen=True, slots=True)
class Summary:
    """An incident's own fields, computed from its reports."""

    representative: object
    event_type: str
    sub_event_type: str
    event_date: date | None
    time_precision: int
    fatalities: int
    fatalities_high: int | None
    status: str
    sources: tuple[str, ...]


def summarize(reports: Sequence, sources: Sequence[Sequence[str]]) -> Summary:
    """The incident's fields from its reports: objects with the event record's attribute names
    (event_id, event_type, sub_event_type, event_date, time_precision, actor1, actor2,
    geo_precision, fatalities, fatalities_high, status, and ``has_toll``: whether the report
    gives a death toll), with each report's sources beside it in the same order."""
    if not reports:
        raise ValueError("an incident has at least one report")
    best = min(reports, key=precision_order)
    event_type, sub_event_type = best.event_type, best.sub_event_type  # the same in every report
    dated = [r for r in reports if r.event_date is not None]
    if dated:
        precision = min(r.time_precision for r in dated)
        event_date = min(r.event_date for r in dated if r.time_precision == precision)
    else:
        precision, event_date = best.time_precision, None
    tolls = [r.fatalities for r in reports if r.has_toll]
    highs = [h for r in reports for h in (r.fatalities_high, r.fatalities if r.has_toll else None) if h is not None]
    statuses = {r.status for r in reports}
    if statuses == {"denied"}:
        status = "denied"
    elif statuses & {"contested", "denied"}:
        status = "contested"
    else:
        status = "reported"
    by_time = sorted(range(len(reports)), key=lambda i: (reports[i].event_date or date.max, reports[i].event_id))
    merged_sources = tuple(dict.fromkeys(s for i in by_time for s in sources[i]))
    return Summary(best, event_type, sub_event_type, event_date, precision, min(tolls) if tolls else 0,
                   max(highs) if highs else None, status, merged_sources)
