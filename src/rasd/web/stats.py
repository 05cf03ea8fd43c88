"""The web interface's queries over the store's tables: sorted listings, map points and statistics.

SQLAlchemy Core against ``rasd.store.schema``, on the same filter conditions as ``Store.incidents``
(``IncidentFilter``), so the map, the timeline, the table and the exports always agree. Each query
reads only the columns it needs and aggregates in the database (GROUP BY), which keeps them fast on
a hundred thousand incidents.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, String, func, select, type_coerce

from rasd.store import schema as t
from rasd.store.names import StoredNames, stored_names
from rasd.store.records import Incident
from rasd.store.store import IncidentFilter, Store, filter_conditions  # the store's own filter

__all__ = ["EVENT_TYPES", "SORT_KEYS", "document_texts", "list_incidents", "map_points", "statistics", "store_places"]

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
"""ACLED's event types and sub-event types (ARCHITECTURE.md section 4), in ACLED's order."""

_TYPE_INDEX = {name: i for i, name in enumerate(EVENT_TYPES)}

_c = t.incidents.c
SORT_KEYS: dict[str, tuple[Any, ...]] = {
    "date": (_c.event_date,),
    "type": (_c.event_type, _c.sub_event_type),
    "country": (_c.country, _c.admin1),
    "admin1": (_c.admin1,),
    "location": (_c.location,),
    "actor1": (_c.actor1,),
    "fatalities": (_c.fatalities,),
    "reports": (_c.n_reports,),
    "status": (_c.status,),
}
"""The table's sortable columns, by the name the API takes (``sort=``)."""


def list_incidents(store: Store, where: IncidentFilter, *, sort: str = "date", descending: bool = True,
                   limit: int = 50, offset: int = 0) -> tuple[list[Incident], int]:
    """One page of matching incidents (without reports) in the order asked, ties by incident id, and
    how many match in all."""
    order = [(col.desc() if descending else col.asc()).nulls_last() for col in SORT_KEYS[sort]]
    return store.incident_page(where, limit=limit, offset=offset, order=order)


def map_points(engine: Engine, where: IncidentFilter, *, limit: int) -> dict[str, Any]:
    """The placed incidents for the map, compact: ``[id, lat, lon, type index, fatalities, date, location]``.

    Newest first, at most ``limit`` of them; ``total`` says how many match, so the page can tell
    when it shows only part of them. Every column comes from the covering index
    ix_incidents_newest, already in this order.
    """
    with engine.connect() as conn:
        conditions = [*filter_conditions(where, stored_names(conn, where)), _c.latitude.is_not(None),
                      _c.longitude.is_not(None)]
        query = (select(_c.incident_id, _c.latitude, _c.longitude, _c.event_type, _c.fatalities,
                        _day(_c.event_date), _c.location)
                 .where(*conditions)
                 .order_by(_c.event_date.desc().nulls_last(), _c.incident_id).limit(limit))
        total_query = select(func.count()).select_from(t.incidents).where(*conditions)
        rows = conn.execute(query).all()
        total = len(rows) if len(rows) < limit else conn.execute(total_query).scalar_one()
    types = _TYPE_INDEX
    points = [[incident_id, round(lat, 5), round(lon, 5), types.get(event_type, -1), fatalities, _iso(day), location]
              for incident_id, lat, lon, event_type, fatalities, day, location in rows]
    return {"total": total, "truncated": total > len(points), "types": list(EVENT_TYPES), "points": points}


def statistics(engine: Engine, where: IncidentFilter) -> dict[str, Any]:
    """Incidents and fatalities in all, per day and type (the timeline), per type, and per country.

    From the daily summary (incident_daily: incidents and fatalities per day, type and country, kept
    exact by the database) whenever the filter asks only for dates, event types and countries by
    name: two GROUP BYs over its rows, per (day, type) in the order of ix_incident_daily_day (or,
    for some countries, ix_incident_daily_country) and per country. Any other filter (admin1, a
    sub-type, an actor, a bounding box, words, a country's ISO code) reads the matching incidents,
    grouped per (day, type, country) in one query, and sums those groups here. Both give the same
    answer, from which the totals and the figures per type are summed.
    """
    with engine.connect() as conn:
        names = stored_names(conn, where)
        if _summary_answers(where, names):
            day_rows, country_rows = _summary_groups(conn, where, names)
        else:
            day_rows, country_rows = _incident_groups(conn, filter_conditions(where, names))
    per_type: dict[str, list[int]] = {}
    per_day, undated, total = [], 0, [0, 0]
    for day, event_type, count, fatalities in day_rows:
        fatalities = int(fatalities)
        bucket = per_type.setdefault(event_type, [0, 0])
        bucket[0] += count
        bucket[1] += fatalities
        total[0] += count
        total[1] += fatalities
        if day is None:
            undated += count
        else:
            per_day.append({"date": _iso(day), "event_type": event_type, "incidents": count,
                            "fatalities": fatalities})
    per_day.sort(key=lambda d: (d["date"], d["event_type"]))
    per_country = {country: [count, int(fatalities)] for country, count, fatalities in country_rows}
    return {"incidents": total[0], "fatalities": total[1], "undated": undated, "per_day": per_day,
            "per_type": _ranked(per_type, "event_type"), "per_country": _ranked(per_country, "country")}


def _summary_answers(where: IncidentFilter, names: StoredNames) -> bool:
    """Whether the daily summary holds the answer: the filter names at most dates, event types
    (not sub-types) and countries by name."""
    return not (where.admin1 or where.actor or where.bbox or where.text or names.sub_event_types
                or (where.country and where.country.isdigit()))


def _summary_groups(conn: Connection, where: IncidentFilter, names: StoredNames) -> tuple[list[Any], list[Any]]:
    """Rows (day, type, incidents, fatalities) and (country, incidents, fatalities) from the summary."""
    d = t.incident_daily.c
    conditions = []
    if where.date_from is not None:
        conditions.append(d.day >= where.date_from)
    if where.date_to is not None:
        conditions.append(d.day <= where.date_to)
    if names.countries is not None:
        conditions.append(d.country.in_(names.countries))
    if names.event_types is not None:
        conditions.append(d.event_type.in_(names.event_types))
    n, deaths = func.sum(d.incidents), func.sum(d.fatalities)
    day_rows = conn.execute(select(_day(d.day), d.event_type, n, deaths).where(*conditions)
                            .group_by(d.day, d.event_type)).all()
    country_rows = conn.execute(select(d.country, n, deaths).where(*conditions).group_by(d.country)).all()
    return day_rows, country_rows


def _incident_groups(conn: Connection, conditions: list[Any]) -> tuple[list[Any], list[Any]]:
    """The rows of ``_summary_groups`` from the incidents that meet ``conditions``: one GROUP BY per
    (day, type, country), so that a costly filter (an actor's, words') is met once, not twice."""
    query = (select(_day(_c.event_date), _c.event_type, _c.country, func.count(), func.sum(_c.fatalities))
             .where(*conditions).group_by(_c.event_date, _c.event_type, _c.country))
    per_day: dict[tuple[Any, str], list[int]] = {}
    per_country: dict[str | None, list[int]] = {}
    for day, event_type, country, count, fatalities in conn.execute(query):
        for groups, key in ((per_day, (day, event_type)), (per_country, country)):
            bucket = groups.setdefault(key, [0, 0])
            bucket[0] += count
            bucket[1] += fatalities
    return ([(*key, *v) for key, v in per_day.items()], [(key, *v) for key, v in per_country.items()])


def _day(column: Any) -> Any:
    """A date column as the driver gives it: SQLite's stored 'YYYY-MM-DD' text, unparsed (the
    answers want that text back, and parsing tens of thousands of dates costs more than the
    query), or PostgreSQL's date."""
    return type_coerce(column, String)


def _iso(day: Any) -> str | None:
    """'YYYY-MM-DD' from what ``_day`` selected."""
    return day if day is None or isinstance(day, str) else day.isoformat()


def _ranked(groups: dict[Any, list[int]], key: str) -> list[dict[str, Any]]:
    ordered = sorted(groups.items(), key=lambda kv: (-kv[1][0], kv[0] is None, kv[0] or ""))
    return [{key: name, "incidents": v[0], "fatalities": v[1]} for name, v in ordered]


def store_places(engine: Engine) -> dict[str, Any]:
    """The countries and first-level units present in the store, for the filter menus."""
    query = (select(_c.country, _c.admin1, func.count().label("n"))
             .where(_c.country.is_not(None)).group_by(_c.country, _c.admin1))
    countries: dict[str, int] = {}
    admin1: dict[str, set[str]] = {}
    with engine.connect() as conn:
        for country, unit, count in conn.execute(query):
            countries[country] = countries.get(country, 0) + count
            if unit:
                admin1.setdefault(country, set()).add(unit)
    return {"countries": [{"country": c, "incidents": countries[c]} for c in sorted(countries)],
            "admin1": {c: sorted(units) for c, units in sorted(admin1.items())}}


def document_texts(engine: Engine, document_ids: Sequence[str]) -> dict[str, str]:
    """The article texts of the given documents, by id (the text every evidence offset indexes)."""
    if not document_ids:
        return {}
    d = t.documents.c
    with engine.connect() as conn:
        return dict(conn.execute(select(d.id, d.text).where(d.id.in_(list(document_ids)))).all())
