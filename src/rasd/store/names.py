"""The stored spellings of the names a filter compares in any case: countries, first-level units,
event types and sub-types.

A filter says "iraq" or "armed clash"; the incidents hold "Iraq" and "Armed clash". Comparing
``lower(column)`` with the filter's value is what the filter means, but no index of the column can
answer that, so every such filter used to read every incident (or an index entry of each). The
distinct values of these columns are few, though (tens of countries and event types, hundreds of
first-level units), and each of them is one probe of an index that leads with its column: a loose
scan (``distinct_pairs``) finds them all in a fraction of a millisecond. ``stored_names`` resolves
a filter's names to the stored spellings they match, compared in SQL exactly as before
(``lower(stored) = the filter's value lowered in Python``), and the filter then compares the
columns with those spellings (IN), which the indexes answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, case, false, func, or_, select, true

from rasd.store import schema as t

__all__ = ["StoredNames", "distinct_pairs", "stored_names"]


@dataclass(frozen=True, slots=True)
class StoredNames:
    """The stored spellings that a filter's names match; None where the filter names nothing.

    ``event_types`` are the types the filter's type matches as a type; ``sub_event_types`` the
    (type, sub-type) pairs it matches as a sub-type (a filter's type may name either)."""

    countries: tuple[str, ...] | None = None  # None also for a country given as an ISO code
    admin1: tuple[str, ...] | None = None
    event_types: tuple[str, ...] | None = None
    sub_event_types: tuple[tuple[str, str], ...] | None = None


def stored_names(conn: Connection, f: Any) -> StoredNames:
    """The stored spellings of the country, admin1 and event type the filter ``f`` (an
    ``IncidentFilter``) names: at most two small queries, none when it names none of them."""
    country = f.country if f.country and not f.country.isdigit() else None
    countries = admin1 = event_types = sub_event_types = None
    if country or f.admin1:
        rows = conn.execute(_MATCHING_PLACES, {"first": _lower(country), "second": _lower(f.admin1)}).all()
        if country:
            countries = tuple(sorted({name for by_country, _, name, _ in rows if by_country}))
        if f.admin1:
            admin1 = tuple(sorted({unit for _, by_unit, _, unit in rows if by_unit}))
    if f.event_type:
        wanted = _lower(f.event_type)
        rows = conn.execute(_MATCHING_TYPES, {"first": wanted, "second": wanted}).all()
        event_types = tuple(sorted({kind for by_type, _, kind, _ in rows if by_type}))
        sub_event_types = tuple(sorted({(kind, sub) for by_type, by_sub, kind, sub in rows if by_sub and not by_type}))
    return StoredNames(countries, admin1, event_types, sub_event_types)


def _lower(name: str | None) -> str | None:
    """The filter's name lowered as the filters always have: by Python, while the stored names are
    lowered by SQL (whose lower() on SQLite folds only ASCII letters)."""
    return name.lower() if name else None


def distinct_pairs(first: Any, second: Any) -> Any:
    """Every distinct (first, second) of the incidents that has a first, as a recursive CTE with
    columns ``first`` and ``second``: a loose scan of an index on (first, second, ...).

    Each step is a few probes of that index: the next ``second`` of the same ``first``, or else the
    next ``first`` and its smallest ``second``. A ``first`` whose every ``second`` is NULL gives one
    pair (first, NULL); pairs with a NULL ``second`` beside others are left out (no filter matches a
    NULL); the last row, where the scan ends, is (NULL, NULL). ``first`` and ``second`` are columns
    of the incidents table.
    """
    table = first.table

    def smallest_second(of: Any, after: Any = None) -> Any:
        """The smallest ``second`` of the ``first`` ``of`` (greater than ``after``): one index probe."""
        rows = table.alias()
        query = select(func.min(rows.c[second.name])).where(rows.c[first.name] == of)
        if after is not None:
            query = query.where(rows.c[second.name] > after)
        return query

    start = select(func.min(first)).scalar_subquery()
    pairs = select(start.label("first"), smallest_second(start).scalar_subquery().label("second")).cte(
        "pairs", recursive=True)
    later = table.alias()
    next_first = (select(func.min(later.c[first.name])).where(later.c[first.name] > pairs.c.first)
                  .correlate(pairs).scalar_subquery())
    next_second = smallest_second(pairs.c.first, after=pairs.c.second).correlate(pairs).scalar_subquery()
    step = select(
        case((next_second.is_not(None), pairs.c.first), else_=next_first),
        case((next_second.is_not(None), next_second),
             else_=smallest_second(next_first).correlate(pairs).scalar_subquery()),
    ).where(pairs.c.first.is_not(None))
    return pairs.union_all(step)


def _matching(pairs: Any) -> Any:
    """The pairs whose first is the parameter ``first`` or whose second is ``second`` (lowered), each
    with whether it is: (first matches, second matches, first, second)."""
    by_first = func.lower(pairs.c.first) == bindparam("first")
    by_second = func.lower(pairs.c.second) == bindparam("second")
    return select(case((by_first, true()), else_=false()), case((by_second, true()), else_=false()),
                  pairs.c.first, pairs.c.second).where(or_(by_first, by_second))


_c = t.incidents.c
# Built once, so that SQLAlchemy only binds their parameters (compiling them costs more than running them).
_MATCHING_PLACES = _matching(distinct_pairs(_c.country, _c.admin1))  # ix_incidents_place_stats
_MATCHING_TYPES = _matching(distinct_pairs(_c.event_type, _c.sub_event_type))  # ix_incidents_type
