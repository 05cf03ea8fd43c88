"""What ``Store.add`` and the ingest writer put in the database, row for row, on SQLite and PostgreSQL.

``stored_rows.json`` holds every row (all tables, all columns but the ``ingested``/``updated`` clocks)
that the store wrote for ``ARTICLES`` before writing moved to multi-row statements; the writer must
keep writing exactly those rows, counts, evidence and sources ids included. To record it again after
a deliberate change of what is stored: ``python -m tests.store.test_writes > tests/store/stored_rows.json``.
"""

from __future__ import annotations

import itertools
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from rasd.store import open_store
from rasd.store.merge import same_incident
from rasd.store.schema import metadata
from rasd.store.writer import _merge_key
from tests.store.conftest import article, killed

EXPECTED = Path(__file__).with_name("stored_rows.json")
CLOCKS = {"ingested", "updated"}  # when a row was written, the only columns that differ between runs
# Tables derived from the documents and incidents: tests/store/test_search.py, test_search_rows.py and
# tests/store/test_daily.py compare them with what they are derived from.
DERIVED = {"incident_search", "document_search", "incident_daily"}

_ARTICLE_TEXTS = [f"تقرير رقم {i}: قصفت قوات النظام بلدة الأتارب بريف حلب الغربي." for i in range(20)]


def _text(i: int) -> str:
    return _ARTICLE_TEXTS[i]


SHELL_ATTRIBUTED = {"counts": (killed(3, "ثلاثة", 10, attributed_to="الدفاع المدني"),), "fatalities": 3,
                    "fatalities_high": 3, "sources": ("outlet", "الدفاع المدني")}
BATTLE = {"event_type": "Battles", "sub_event_type": "Armed clash", "actor2": "Hayat Tahrir al-Sham",
          "inter2": "Rebel group", "assoc_actor_1": ("Hezbollah",), "assoc_actor_2": ("Jaysh al-Izza", "Ahrar"),
          "sources": ("outlet",)}

# Articles in the order they are added: new incidents, joins, a bridge of two incidents, an article whose
# two events join one incident, events without a date or a country, an article without events, and a
# text stored twice.
ARTICLES = [
    article(_text(0), SHELL_ATTRIBUTED),
    article(_text(1), {"counts": (killed(5, "خمسة", 3),), "fatalities": 5, "fatalities_high": 5,
                       "sources": ("other", "ناشطون"), "event_date": "2019-11-12", "latitude": 36.10,
                       "longitude": 36.80, "geo_precision": 2}, source="other"),
    article(_text(2), {"sources": ("third",), "status": "contested"}, BATTLE, source="third"),
    article(_text(3), {**BATTLE, "event_date": "2019-11-14"}),  # three days after the clash: apart
    article(_text(4), {**BATTLE, "event_date": "2019-11-13", "evidence": ()}),  # joins 11-14, not 11-11
    article(_text(5), {**BATTLE, "event_date": "2019-11-12", "time_precision": 2}),  # known to the week: bridges both
    article(_text(6), {"event_date": None, "time_precision": 3}),  # undated: never merges
    article(_text(7), {"country": None, "iso": None, "admin1": None, "admin2": None}),
    article(_text(8), {"country": None, "iso": None, "admin1": None, "admin2": None, "sources": ("x",)}),
    article(_text(9), language="other"),  # no events
    article(_text(10), {"event_date": "2019-11-10", "counts": (killed(2, "اثنان"), killed(7, "سبعة", 20,
                                                                                            "approx")),
                        "fatalities": 2, "fatalities_high": 7},
            {"event_date": "2019-11-12", "status": "denied", "evidence": ()}),  # both join the shelling
    article(_text(0), SHELL_ATTRIBUTED, source="again"),  # the first text again: nothing changes
    article(_text(11), {"latitude": 37.5, "longitude": 38.0, "admin1": "Raqqa", "admin2": "Raqqa",
                        "location": "Raqqa"}),  # far away: its own incident
]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def stored_rows(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, ordered by primary key, without the clock columns, JSON-ready."""
    with open_store(url) as store, store.engine.connect() as conn:
        out = {}
        for table in metadata.sorted_tables:
            if table.name in DERIVED:
                continue  # derived from the rows below, tested on their own (test_search.py, test_search_rows.py, test_daily.py)
            rows = conn.execute(sa.select(table).order_by(*table.primary_key.columns)).mappings()
            out[table.name] = [{k: _plain(v) for k, v in row.items() if k not in CLOCKS} for row in rows]
        return out


def add_all(url: str, articles=ARTICLES) -> list:
    with open_store(url) as store:
        return [store.add(a, title=f"t{i}", origin=f"o{i}", external_id=f"x{i}") for i, a in enumerate(articles)]


def test_every_stored_row_is_as_recorded(db_url):
    added = add_all(db_url)
    assert [a.new for a in added].count(False) == 1  # the text stored twice
    assert stored_rows(db_url) == json.loads(EXPECTED.read_text(encoding="utf-8"))


def test_the_ingest_writer_stores_the_same_rows_as_store_add(db_url, tmp_path):
    with open_store(db_url) as store, store.writer() as writer:
        for i, a in enumerate(ARTICLES):
            writer.add(a, title=f"t{i}", origin=f"o{i}", external_id=f"x{i}")
    assert stored_rows(db_url) == json.loads(EXPECTED.read_text(encoding="utf-8"))


def _incidents(url: str) -> list[tuple]:
    rows = stored_rows(url)
    members: dict[str, list[str]] = {}
    for e in rows["events"]:
        members.setdefault(e["incident_id"], []).append(e["event_id"])
    return sorted((tuple(sorted((k, json.dumps(v)) for k, v in i.items())), tuple(members[i["incident_id"]]))
                  for i in rows["incidents"])


def test_articles_of_several_events_merge_the_same_in_any_order(tmp_path):
    chosen = [ARTICLES[i] for i in (0, 2, 4, 5, 10)]  # joins through multi-event articles
    snapshots = []
    for n, order in enumerate(itertools.permutations(chosen)):
        url = str(tmp_path / f"{n}.db")
        add_all(url, order)
        snapshots.append(_incidents(url))
    assert all(s == snapshots[0] for s in snapshots)


@pytest.mark.parametrize("first, second", [
    # Only known to the region: the same admin1 is enough, however far apart the coordinates.
    ({"geo_precision": 3}, {"geo_precision": 3, "admin2": "Jebel Saman", "latitude": 36.6, "longitude": 37.5}),
    # "Near" a town: the same admin2, 40 km apart.
    ({"geo_precision": 2}, {"geo_precision": 2, "latitude": 36.5}),
    # "Near", no admin2 known: 20 km apart, in another admin1.
    ({"geo_precision": 2, "admin2": None}, {"geo_precision": 2, "admin2": None, "admin1": "Idlib", "latitude": 35.96}),
    # Precisely placed 8 km apart, across an admin1 border.
    ({}, {"admin1": "Idlib", "admin2": "Harim", "latitude": 36.211}),
])
def test_every_place_rule_merges_through_the_database(db_url, first, second):
    """The candidates query narrows by place in the database; it must let through every pair of
    places that merge.same_incident accepts, whichever of its rules accepts it."""
    a, b = article(_text(13), first), article(_text(14), second)
    assert same_incident(_merge_key(a.events[0], a.document.id), _merge_key(b.events[0], b.document.id))
    with open_store(db_url) as store:
        store.add(a)
        store.add(b)
        assert store.counts()["incidents"] == 1


def test_a_failed_article_leaves_nothing_and_the_writer_goes_on(db_url):
    broken = article(_text(12), {}, {"event_type": None})  # the second event breaks a NOT NULL column
    with open_store(db_url) as store:
        with store.writer() as writer:
            with pytest.raises(sa.exc.IntegrityError):
                writer.add(broken)
            assert writer.add(ARTICLES[0]).new
            assert writer.add(ARTICLES[9]).new  # an article without events after a failed one
        assert store.counts() == {"documents": 2, "events": 1, "incidents": 1}
        assert not store.has_document(broken.document.id)


def test_an_article_without_events_given_twice_is_stored_once(db_url):
    """Such an article is written on the driver's cursor (Writer._insert_document); the driver's refusal
    of a stored one must end as SQLAlchemy's did: not new, nothing changed."""
    with open_store(db_url) as store, store.writer() as writer:
        first = writer.add(ARTICLES[9], title="first")
        again = writer.add(ARTICLES[9], title="again")
        assert first.new and not again.new and again.events == 0
        assert store.counts() == {"documents": 1, "events": 0, "incidents": 0}
        with store.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT title FROM documents")).scalars().all() == ["first"]


def test_the_writer_reconnects_when_the_server_drops_its_connections(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only: a SQLite file has no server to lose")
    url = f"{db_url}&application_name=rasd-writer-test"  # names this store's sessions on the server
    with open_store(url) as store, store.writer() as writer:
        assert writer.add(ARTICLES[9]).new  # without events: the autocommit connection
        assert writer.add(ARTICLES[0]).new  # with events: the transactional one
        with store.engine.connect() as admin:  # end the writer's server sessions, as a restarted server would
            ended = admin.execute(sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND application_name = 'rasd-writer-test'")).scalars().all()
        assert ended == [True, True]
        assert writer.add(ARTICLES[1]).new
        assert writer.add(ARTICLES[6]).new
        assert not writer.add(ARTICLES[9]).new
        assert store.counts() == {"documents": 4, "events": 3, "incidents": 2}


if __name__ == "__main__":  # record the expectation (see the module docstring)
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "rows.db")
        add_all(path)
        json.dump(stored_rows(path), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
        sys.stdout.write("\n")
