"""The search rows the writer writes (migration 0008), on SQLite and PostgreSQL: one row per article with
events, written once and never rewritten by the merges that follow; one row per incident with its place
and notes, as the database's trigger on UPDATE writes it; rows that follow updates and deletes; and the
upgrade from incidents' rows with texts (written by migration 0004's trigger) to 0008 and back."""

from __future__ import annotations

import importlib
from collections import Counter

import sqlalchemy as sa

from rasd.store import IncidentFilter, open_store, search_rows
from rasd.text.normalize import search_form
from tests.store.conftest import article, downgrade
from tests.store.test_writes import ARTICLES

_0004 = importlib.import_module("rasd.store.migrations.versions.0004_search_and_covering_indexes")

# The body of each incident as the trigger on UPDATE writes it since 0008: place and notes.
PLACE_AND_NOTES = {"sqlite": "rasd_search_form(coalesce(location, '') || char(10) || notes)",
                   "postgresql": "rasd_incident_search_body(incident_id, location, notes)"}
# As migration 0004's trigger wrote it, with the texts of the incident's articles (the downgrade's bodies).
WITH_TEXTS = {"sqlite": _0004._sqlite_body("incidents"),
              "postgresql": "rasd_incident_search_body(incident_id, location, notes)"}

# One article reports shellings at two places 15 km apart: two incidents. A second one reports a
# shelling between them, within 10 km of each: one incident of all three. The texts have line breaks
# of their own.
TWO_PLACES = "قصف مدفعي على قريتين في ريف حلب.\nالقرية الأولى كفرنوران والثانية تقاد."
BETWEEN = "قصفت قوات النظام بلدة بين القريتين.\nولا أنباء عن ضحايا."
AWAY = {"event_date": "2020-03-01", "admin2": "Jebel Saman", "location": "Kafr Nouran"}
BRIDGED = [
    article(TWO_PLACES, {**AWAY, "latitude": 36.10}, {**AWAY, "latitude": 36.235, "location": "Taqad"}),
    article(BETWEEN, {**AWAY, "latitude": 36.1675, "location": "Between"}),
]


def _rows(store, sql: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(sa.text(sql)).all()]


def document_rows(store) -> dict[str, tuple[int, str]]:
    """document_search as {document id: (row id, body)}."""
    return {d: (i, body) for i, d, body in _rows(store, "SELECT id, document_id, body FROM document_search")}


def incident_bodies(store) -> dict[str, str]:
    return dict(_rows(store, "SELECT incident_id, body FROM incident_search"))


def expected_incident_bodies(store, body: dict[str, str]) -> dict[str, str]:
    return dict(_rows(store, f"SELECT incident_id, {body[store.engine.dialect.name]} FROM incidents"))


def check_fts(store) -> None:
    """SQLite: each FTS5 index agrees with its table, row for row (their integrity checks)."""
    if store.engine.dialect.name == "sqlite":
        with store.engine.begin() as conn:
            for fts in ("incident_search_fts", "document_search_fts"):
                conn.execute(sa.text(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)"))


def assert_rows_as_0008_writes_them(store) -> None:
    """A row per article with events, its text folded; a row per incident, its place and notes folded,
    as the trigger writes them and as rasd.store.search_rows.body makes them."""
    texts = dict(_rows(store, "SELECT id, text FROM documents WHERE id IN (SELECT document_id FROM events)"))
    assert {d: body for d, (_, body) in document_rows(store).items()} == \
        {d: search_form(text) for d, text in texts.items()}
    bodies = incident_bodies(store)
    assert bodies == expected_incident_bodies(store, PLACE_AND_NOTES)
    incidents = {i.incident_id: i for i in store.incidents()}
    assert bodies == {i: search_rows.body(incident.location, incident.notes) for i, incident in incidents.items()}
    check_fts(store)


def test_each_article_is_written_once_and_incidents_get_their_place_and_notes(db_url):
    with open_store(db_url) as store:
        with store.writer() as writer:
            for a in [*ARTICLES, *BRIDGED]:
                before = document_rows(store)
                writer.add(a)
                after = document_rows(store)
                # The rows of the articles stored before stay as they were, whatever the merges did.
                assert {d: after[d] for d in before} == before
                assert set(after) - set(before) <= {a.document.id}
        assert_rows_as_0008_writes_them(store)
        assert len(incident_bodies(store)) == store.counts()["incidents"]
        no_events = next(a for a in ARTICLES if not a.events)
        assert no_events.document.id not in document_rows(store)  # never searched: no row
        # Words of the three articles of the bridged incident, spread over two articles and its place.
        (bridged,) = store.incidents(IncidentFilter(text="كفرنوران القريتين ضحايا"))
        assert store.incidents(IncidentFilter(text=f"تقاد أنباء {bridged.location.upper()}")) == [bridged]


def test_the_rows_follow_updates_and_deletes(db_url):
    with open_store(db_url) as store:
        for a in BRIDGED:
            store.add(a)
        (incident,) = store.incidents()
        with store.engine.begin() as conn:  # the place changes: the trigger writes place and notes
            conn.execute(sa.text("UPDATE incidents SET location = 'Saraqib' WHERE incident_id = :i"),
                         {"i": incident.incident_id})
        assert incident_bodies(store)[incident.incident_id].startswith("saraqib\n")
        assert_rows_as_0008_writes_them(store)
        assert [i.incident_id for i in store.incidents(IncidentFilter(text="saraqib ضحايا"))] == [incident.incident_id]

        with store.engine.begin() as conn:  # an article goes: its row with it
            conn.execute(sa.text("DELETE FROM documents WHERE id = :d"), {"d": BRIDGED[1].document.id})
        assert set(document_rows(store)) == {BRIDGED[0].document.id}
        assert store.incidents(IncidentFilter(text="ضحايا")) == []
        assert_rows_as_0008_writes_them(store)

        with store.engine.begin() as conn:  # the incident goes: its row with it
            conn.execute(sa.text("DELETE FROM incidents WHERE incident_id = :i"), {"i": incident.incident_id})
        assert incident_bodies(store) == {}
        check_fts(store)


def test_upgrading_to_0008_splits_the_rows_and_downgrading_puts_the_texts_back(db_url):
    store = open_store(db_url, upgrade=False)
    store.upgrade("0005")
    for a in ARTICLES[:6]:  # new incidents, joins and a bridge, written by 0004's trigger with their texts
        store.add(a)
    gone = sorted(incident_bodies(store))[0]
    with store.engine.begin() as conn:  # an incident without a row (as one inserted by other code under 0007)
        conn.execute(sa.text("DELETE FROM incident_search WHERE incident_id = :i"), {"i": gone})

    store.upgrade()
    assert store.revision() == "0008"
    with store.engine.connect() as conn:
        assert search_rows.written_here(conn)
    assert_rows_as_0008_writes_them(store)
    assert gone in incident_bodies(store)
    for a in [*ARTICLES[6:], BRIDGED[0]]:  # joins to incidents whose rows the migration wrote
        store.add(a)
    assert_rows_as_0008_writes_them(store)

    downgrade(store, "0005")
    with store.engine.connect() as conn:
        assert not search_rows.written_here(conn)
        assert "document_search" not in sa.inspect(conn).get_table_names()
    store.add(BRIDGED[1])  # 0004's trigger writes its incident's row again, with the texts
    written, expected = incident_bodies(store), expected_incident_bodies(store, WITH_TEXTS)
    assert written.keys() == expected.keys()
    for incident_id, body in written.items():  # the same lines (the order of the texts answers no query)
        assert Counter(body.split("\n")) == Counter(expected[incident_id].split("\n")), incident_id
    if store.engine.dialect.name == "sqlite":
        with store.engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO incident_search_fts (incident_search_fts, rank) "
                                 "VALUES ('integrity-check', 1)"))
    store.close()
