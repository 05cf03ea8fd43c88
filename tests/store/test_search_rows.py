"""The search rows the writer writes (migration 0007) against what migration 0004's trigger wrote, on
SQLite and PostgreSQL: the same lines in each incident's body, through new incidents, joins, bridges
of two incidents and a bridge of two incidents that share an article; and the upgrade to 0007 and
back."""

from __future__ import annotations

import importlib
from collections import Counter

import sqlalchemy as sa

from rasd.store import open_store, search_rows
from rasd.text.normalize import search_form
from tests.store.conftest import article, downgrade
from tests.store.test_writes import ARTICLES

_0004 = importlib.import_module("rasd.store.migrations.versions.0004_search_and_covering_indexes")

# The body of each incident as migration 0004's trigger on INSERT wrote it (PostgreSQL keeps its
# function for the trigger on UPDATE).
TRIGGER_BODY = {"sqlite": _0004._sqlite_body("incidents"),
                "postgresql": "rasd_incident_search_body(incident_id, location, notes)"}

# One article reports shellings at two places 15 km apart: two incidents, its text in both bodies.
# A second one reports a shelling between them, within 10 km of each: one incident of all three,
# whose body must hold the first article's text once. The texts have line breaks of their own.
TWO_PLACES = "قصف مدفعي على قريتين في ريف حلب.\nالقرية الأولى كفرنوران والثانية تقاد."
BETWEEN = "قصفت قوات النظام بلدة بين القريتين.\nولا أنباء عن ضحايا."
AWAY = {"event_date": "2020-03-01", "admin2": "Jebel Saman", "location": "Kafr Nouran"}
BRIDGED = [
    article(TWO_PLACES, {**AWAY, "latitude": 36.10}, {**AWAY, "latitude": 36.235, "location": "Taqad"}),
    article(BETWEEN, {**AWAY, "latitude": 36.1675, "location": "Between"}),
]


def bodies(store) -> dict[str, str]:
    with store.engine.connect() as conn:
        return dict(conn.execute(sa.text("SELECT incident_id, body FROM incident_search")).all())


def trigger_bodies(store) -> dict[str, str]:
    body = TRIGGER_BODY[store.engine.dialect.name]
    with store.engine.connect() as conn:
        return dict(conn.execute(sa.text(f"SELECT incident_id, {body} FROM incidents")).all())


def assert_as_the_trigger_wrote(store) -> None:
    """Each incident has one row, with the lines the trigger's body has: its place and notes first,
    then the texts of its articles, each once, in any order (a query word has no line break, so the
    order of the lines changes no answer)."""
    written, expected = bodies(store), trigger_bodies(store)
    assert written.keys() == expected.keys()
    for incident_id, body in written.items():
        assert body.split("\n")[:2] == expected[incident_id].split("\n")[:2]
        assert Counter(body.split("\n")) == Counter(expected[incident_id].split("\n")), incident_id


def test_the_writer_writes_the_lines_the_0004_trigger_wrote(db_url):
    with open_store(db_url) as store:
        with store.writer() as writer:
            for a in [*ARTICLES, *BRIDGED]:
                writer.add(a)
        assert_as_the_trigger_wrote(store)
        # The bridge of the two incidents that share an article: one incident, that article's text once.
        (bridged,) = [body for body in bodies(store).values() if search_form("بين القريتين") in body]
        assert bridged.count(search_form(TWO_PLACES)) == 1 and search_form(BETWEEN) in bridged
        assert store.counts()["incidents"] == len(bodies(store))


def test_upgrading_to_0007_keeps_the_rows_and_downgrading_brings_the_trigger_back(db_url):
    store = open_store(db_url, upgrade=False)
    store.upgrade("0005")
    for a in ARTICLES[:6]:  # new incidents, joins and a bridge, written by the trigger
        store.add(a)
    with store.engine.connect() as conn:
        assert not search_rows.written_here(conn)
        before = conn.execute(sa.text("SELECT id, incident_id, body FROM incident_search ORDER BY id")).all()

    store.upgrade()
    with store.engine.connect() as conn:
        assert search_rows.written_here(conn)
        assert conn.execute(sa.text("SELECT id, incident_id, body FROM incident_search ORDER BY id")).all() == before
    for a in [*ARTICLES[6:], BRIDGED[0]]:  # joins to incidents whose rows the trigger wrote
        store.add(a)
    assert_as_the_trigger_wrote(store)

    downgrade(store, "0005")
    with store.engine.connect() as conn:
        assert not search_rows.written_here(conn)
    store.add(BRIDGED[1])  # the trigger writes its incident's row again, and the writer does not
    assert_as_the_trigger_wrote(store)
    store.close()
