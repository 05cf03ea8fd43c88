"""Filters by country, admin1 and event type on SQLite and PostgreSQL: any case, a type or a sub-type,
through the stored spellings of the names (rasd.store.names) compared by equality."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from rasd.store import IncidentFilter, open_store
from rasd.store import schema as t
from rasd.store.names import distinct_pairs, stored_names
from rasd.store.store import filter_conditions
from tests.store.conftest import article

TEXTS = [f"تقرير {i}: قصفت قوات النظام بلدة بريف حلب." for i in range(5)]
PLACES = [  # far apart: five incidents
    {},  # Syria, Aleppo, a shelling
    {"event_type": "Battles", "sub_event_type": "Armed clash", "admin1": "Idleb", "location": "Saraqib",
     "latitude": 35.86, "longitude": 36.80},
    {"country": "Iraq", "iso": 368, "admin1": "Ninewa", "location": "Mosul", "latitude": 36.34, "longitude": 43.13},
    {"country": None, "iso": None, "admin1": None, "admin2": None, "location": "at sea", "latitude": None,
     "longitude": None, "event_type": "Battles", "sub_event_type": "Government regains territory"},
    {"admin1": None, "admin2": None, "location": "Syria", "latitude": None, "longitude": None, "geo_precision": 3,
     "event_type": "Strategic developments", "sub_event_type": "Other"},
]


@pytest.fixture
def store(db_url):
    store = open_store(db_url)
    for i, (text, fields) in enumerate(zip(TEXTS, PLACES, strict=True)):
        store.add(article(text, {"event_date": f"2020-01-0{i + 1}", **fields}))
    yield store
    store.close()


def locations(store, **kw) -> list[str]:
    return sorted(i.location for i in store.incidents(IncidentFilter(**kw)))


@pytest.mark.parametrize(("filters", "expected"), [
    ({"country": "syria"}, ["Al Atarib", "Saraqib", "Syria"]),
    ({"country": "SYRIA"}, ["Al Atarib", "Saraqib", "Syria"]),
    ({"country": "Iraq"}, ["Mosul"]),
    ({"country": "Atlantis"}, []),
    ({"admin1": "IDLEB"}, ["Saraqib"]),
    ({"admin1": "aleppo", "country": "syria"}, ["Al Atarib"]),
    ({"admin1": "Ninewa", "country": "Syria"}, []),
    ({"event_type": "battles"}, ["Saraqib", "at sea"]),  # a type: every sub-type of it
    ({"event_type": "ARMED clash"}, ["Saraqib"]),  # a sub-type
    ({"event_type": "other"}, ["Syria"]),  # a sub-type whose name is no type's
    ({"event_type": "explosions/remote violence", "country": "iraq"}, ["Mosul"]),
    ({"event_type": "Riots"}, []),
])
def test_names_match_in_any_case_as_type_or_sub_type(store, filters, expected):
    assert locations(store, **filters) == expected
    assert store.count_incidents(IncidentFilter(**filters)) == len(expected)


def test_the_filters_compare_stored_names_by_equality(store):
    """No lower() of a column: the filters' conditions are ones an index answers."""
    where = IncidentFilter(country="syria", admin1="idleb", event_type="armed clash")
    with store.engine.connect() as conn:
        names = stored_names(conn, where)
        sql = str(sa.select(t.incidents.c.incident_id).where(*filter_conditions(where, names))
                  .compile(store.engine, compile_kwargs={"literal_binds": True}))
    assert (names.countries, names.admin1, names.event_types, names.sub_event_types) == (
        ("Syria",), ("Idleb",), (), (("Battles", "Armed clash"),))
    assert "lower(" not in sql.lower()


@pytest.mark.parametrize("columns", [("country", "admin1"), ("event_type", "sub_event_type")])
def test_the_loose_scan_finds_every_distinct_pair(store, columns):
    first, second = (t.incidents.c[name] for name in columns)
    with store.engine.connect() as conn:
        scanned = [tuple(r) for r in conn.execute(sa.select(distinct_pairs(first, second)))]
        distinct = [tuple(r) for r in conn.execute(sa.select(first, second).distinct().where(first.is_not(None)))]
    assert scanned[-1] == (None, None)  # where the scan ends
    named = {a for a, b in distinct if b is not None}
    # A NULL second is left out beside others (no filter matches it), kept where it is the only one.
    expected = [(a, b) for a, b in distinct if b is not None or a not in named]
    assert sorted(scanned[:-1], key=repr) == sorted(expected, key=repr)
    if columns[0] == "country":
        assert ("Syria", None) in distinct and ("Syria", None) not in scanned
