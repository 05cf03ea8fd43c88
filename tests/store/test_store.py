"""The store on SQLite and PostgreSQL: schema and migrations, writing, idempotency, merging, queries."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa

from rasd.store import IncidentFilter, open_store
from rasd.store.schema import metadata
from tests.store.conftest import article, killed

SHELLING = "قصفت قوات النظام بلدة الأتارب بريف حلب الغربي أمس، ما أدى إلى مقتل ثلاثة مدنيين."
SHELLING_2 = "أفاد ناشطون بمقتل خمسة مدنيين في قصف مدفعي لقوات النظام على الأتارب غربي حلب."
SHELLING_3 = "الدفاع المدني: قصف على الأتارب يوقع قتلى بين المدنيين."


NEWEST = "0008"

# Indexes that reflection cannot compare (expressions, descending columns, PostgreSQL's GIN), looked for by name.
NAMED_INDEXES = {"ix_incidents_newest", "ux_incident_daily_key"}


TRIGRAM_INDEX = "ix_incident_search_body"  # PostgreSQL only
DOCUMENT_TRIGRAM_INDEX = "ix_document_search_body"  # PostgreSQL only, migration 0008


def _index_names(store) -> set[str]:
    sql = ("SELECT name FROM sqlite_master WHERE type = 'index'" if store.engine.dialect.name == "sqlite"
           else "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
    with store.engine.connect() as conn:
        return set(conn.execute(sa.text(sql)).scalars())


def _not_the_fts_tables(name, type_, _parent) -> bool:
    # SQLite's FTS5 indexes of incident_search and document_search are virtual tables (and their
    # shadow tables), made by migrations 0004 and 0008 outside the schema's metadata.
    return not (type_ == "table" and name and name.startswith(("incident_search_fts", "document_search_fts")))


@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_new_database_is_at_the_newest_migration_and_matches_the_schema(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    store = open_store(db_url)
    assert store.revision() == NEWEST
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _not_the_fts_tables})
        diffs = [d for d in compare_metadata(context, metadata)
                 if not (d[0] in ("add_index", "remove_index") and d[1].name in {*NAMED_INDEXES, TRIGRAM_INDEX, DOCUMENT_TRIGRAM_INDEX})]
    assert diffs == [], diffs
    names = _index_names(store)
    assert NAMED_INDEXES <= names
    assert not {"ix_incidents_date", "ix_incidents_country_lower", "ix_incidents_lat_lon",
                "ix_incident_actors_actor"} & names  # replaced by 0004's covering indexes
    assert not {f"ix_incidents_{c}_lower" for c in ("admin1", "event_type", "sub_event_type")} & names  # 0006
    if store.engine.dialect.name == "postgresql":
        assert {TRIGRAM_INDEX, DOCUMENT_TRIGRAM_INDEX} <= names  # pg_trgm's GIN indexes of the search bodies
    else:
        with store.engine.connect() as conn:
            for fts in ("incident_search_fts", "document_search_fts"):
                assert conn.execute(sa.text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": fts}
                                    ).scalar_one().count("trigram") == 1
    open_store(db_url).close()  # opening again changes nothing
    assert store.counts() == {"documents": 0, "events": 0, "incidents": 0}


def test_an_old_database_is_upgraded_in_place_keeping_its_rows(db_url):
    store = open_store(db_url, upgrade=False)
    store.upgrade("0001")
    assert store.revision() == "0001"
    with store.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO documents (id, content_hash, ingested, language, n_events, text) "
            "VALUES ('abc', 'h', CURRENT_TIMESTAMP, 'ar', 0, 'نص')"))
        assert "incidents" not in sa.inspect(conn).get_table_names()
    store.upgrade()
    assert store.revision() == NEWEST
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT text FROM documents WHERE id = 'abc'")).scalar_one() == "نص"
        assert "incidents" in sa.inspect(conn).get_table_names()
        assert "incident_id" in {c["name"] for c in sa.inspect(conn).get_columns("events")}


def test_an_article_is_stored_whole_and_read_back_exactly(db_url):
    store = open_store(db_url)
    count = killed(3, "مقتل ثلاثة مدنيين", SHELLING.index("مقتل"), attributed_to="الدفاع المدني")
    result = article(SHELLING, {"counts": (count,), "fatalities": 3, "fatalities_high": 3,
                                "sources": ("outlet", "الدفاع المدني")})
    added = store.add(result, title="قصف الأتارب", origin="a.txt")
    assert added.new and added.events == 1 and len(added.incidents) == 1
    incident = store.incident(added.incidents[0])
    assert incident is not None and len(incident.reports) == 1
    report = incident.reports[0]
    assert report.event == result.events[0]  # every field, count, source and span round-trips
    assert (report.title, report.source, report.published) == ("قصف الأتارب", "outlet", date(2019, 11, 12))
    for span in [*report.event.evidence, *report.event.counts]:
        assert SHELLING[span.start:span.end] == span.text
    assert (incident.fatalities, incident.fatalities_high) == (3, 3)
    assert incident.sources == ("outlet", "الدفاع المدني")


def test_the_same_text_twice_changes_nothing(db_url):
    store = open_store(db_url)
    assert store.add(article(SHELLING, {})).new
    again = store.add(article(SHELLING, {}, source="another outlet"))
    assert not again.new and again.events == 0
    assert store.counts() == {"documents": 1, "events": 1, "incidents": 1}


def test_an_article_without_events_is_stored(db_url):
    store = open_store(db_url)
    assert store.add(article("This is not Arabic.", language="other")).new
    assert store.counts() == {"documents": 1, "events": 0, "incidents": 0}


def test_reports_of_one_incident_merge_with_conservative_fatalities(db_url):
    store = open_store(db_url)
    a = store.add(article(SHELLING, {"counts": (killed(3, "ثلاثة"),), "fatalities": 3, "fatalities_high": 3,
                                     "sources": ("outlet",)}))
    b = store.add(article(SHELLING_2, {"counts": (killed(5, "خمسة"),), "fatalities": 5, "fatalities_high": 5,
                                       "sources": ("other", "ناشطون"), "event_date": "2019-11-12",
                                       "latitude": 36.10, "longitude": 36.80, "geo_precision": 2},
                          source="other"))
    c = store.add(article(SHELLING_3, {"sources": ("third",)}, source="third"))  # no toll: does not lower it
    assert a.incidents == b.incidents == c.incidents
    [incident] = store.incidents(reports=True)
    assert len(incident.reports) == 3
    assert (incident.fatalities, incident.fatalities_high) == (3, 5)
    assert incident.notes.endswith("in Al Atarib. 3 reported killed.")  # the incident's figure, not a report's
    assert incident.event_date == date(2019, 11, 11)  # earliest day among equally precise reports
    assert incident.geo_precision == 1 and incident.latitude == 36.139  # the most precise place
    assert incident.sources == ("outlet", "third", "other", "ناشطون")  # by event date, then event id
    assert incident.incident_id == min(r.event.event_id for r in incident.reports)


@pytest.mark.parametrize("change", [
    {"event_type": "Battles", "sub_event_type": "Armed clash"},  # another kind of event
    {"event_date": "2019-11-13"},  # two days apart
    {"latitude": 36.30, "longitude": 36.825},  # about 18 km away
    {"actor1": "Hayat Tahrir al-Sham", "actor2": "Opposition Rebels (Syria)"},  # no actor in common
    {"country": "Turkey", "iso": 792},
])
def test_different_incidents_stay_apart(db_url, change):
    store = open_store(db_url)
    store.add(article(SHELLING, {}))
    store.add(article(SHELLING_2, change))
    assert store.counts()["incidents"] == 2


def test_events_of_one_article_never_merge_with_each_other(db_url):
    store = open_store(db_url)
    store.add(article(SHELLING, {}, {}))
    assert store.counts() == {"documents": 1, "events": 2, "incidents": 2}


def test_a_report_that_bridges_two_incidents_joins_them(db_url):
    store = open_store(db_url)
    first = store.add(article(SHELLING, {"event_date": "2019-11-11"}))
    last = store.add(article(SHELLING_2, {"event_date": "2019-11-13"}))
    assert first.incidents != last.incidents
    middle = store.add(article(SHELLING_3, {"event_date": "2019-11-12"}))
    [incident] = store.incidents(reports=True)
    assert middle.incidents == (incident.incident_id,) and len(incident.reports) == 3
    assert incident.incident_id == min(r.event.event_id for r in incident.reports)
    stale = max(first.incidents[0], last.incidents[0])
    assert store.incident(stale) is None and store.counts()["incidents"] == 1


def _snapshot(store) -> list[tuple]:
    out = []
    for i in store.incidents(reports=True):
        d = i.to_dict(reports=False)
        del d["updated"]
        d["sources"] = sorted(d["sources"])
        out.append((tuple(sorted(d.items(), key=str)), tuple(sorted(r.event.event_id for r in i.reports))))
    return sorted(out, key=str)


def test_merging_does_not_depend_on_the_order_of_articles(tmp_path):
    articles = [
        article(SHELLING, {"event_date": "2019-11-11", "counts": (killed(3, "ثلاثة"),), "fatalities": 3,
                           "fatalities_high": 3}),
        article(SHELLING_2, {"event_date": "2019-11-13", "counts": (killed(5, "خمسة"),), "fatalities": 5,
                             "fatalities_high": 5, "status": "contested"}),
        article(SHELLING_3, {"event_date": "2019-11-12"}),
        article(SHELLING + " ", {"event_type": "Battles", "sub_event_type": "Armed clash"}),
    ]
    snapshots = []
    for n, order in enumerate(itertools.permutations(articles)):
        store = open_store(tmp_path / f"{n}.db")
        for a in order:
            store.add(a)
        snapshots.append(_snapshot(store))
        store.close()
    assert all(s == snapshots[0] for s in snapshots)
    assert len(snapshots[0]) == 2


def test_filters(db_url):
    store = open_store(db_url)
    store.add(article(SHELLING, {"event_date": "2019-11-11"}))
    store.add(article(SHELLING_2, {"event_date": "2019-12-20", "event_type": "Battles",
                                   "sub_event_type": "Armed clash", "actor2": "Hayat Tahrir al-Sham",
                                   "inter2": "Rebel group", "admin1": "Idlib", "location": "Saraqib",
                                   "latitude": 35.86, "longitude": 36.80}))
    store.add(article(SHELLING_3, {"event_date": "2020-01-05", "country": "Iraq", "iso": 368, "admin1": "Nineveh",
                                   "location": "Mosul", "latitude": 36.34, "longitude": 43.13,
                                   "actor1": "Islamic State", "inter1": "Rebel group", "actor2": None}))

    def locations(**kw) -> list[str]:
        return [i.location for i in store.incidents(IncidentFilter(**kw))]

    assert locations() == ["Mosul", "Saraqib", "Al Atarib"]  # newest first
    assert locations(date_from=date(2019, 12, 1), date_to=date(2019, 12, 31)) == ["Saraqib"]
    assert locations(country="syria") == ["Saraqib", "Al Atarib"]
    assert locations(country="368") == ["Mosul"]
    assert locations(admin1="Idlib") == ["Saraqib"]
    assert locations(event_type="battles") == ["Saraqib"]
    assert locations(event_type="Shelling/artillery/missile attack") == ["Mosul", "Al Atarib"]
    assert locations(actor="tahrir") == ["Saraqib"]
    assert locations(actor="islamic state") == ["Mosul"]
    assert locations(actor="100%_") == []  # LIKE wildcards are taken literally
    assert locations(bbox=(36.0, 35.5, 37.0, 36.2)) == ["Saraqib", "Al Atarib"]
    assert locations(text="مدفعي") == ["Saraqib"]  # a word of the article
    assert locations(text="mosul") == ["Mosul"]  # the place
    assert locations(text="قصف") == ["Mosul", "Saraqib", "Al Atarib"]
    assert locations(text="مدنيين ثلاثة") == ["Al Atarib"]  # every word, anywhere
    assert [i.location for i in store.incidents(limit=1, offset=1)] == ["Saraqib"]
    assert store.count_incidents(IncidentFilter(country="Syria")) == 2
    assert [i.location for i in store.iter_incidents(batch=2)] == ["Mosul", "Saraqib", "Al Atarib"]


def test_status_of_merged_reports(db_url):
    store = open_store(db_url)
    store.add(article(SHELLING, {}))
    store.add(article(SHELLING_2, {"status": "denied"}))
    [incident] = store.incidents()
    assert incident.status == "contested"


def test_bad_database_url_is_a_clear_error(tmp_path):
    from rasd.store import StoreError

    with pytest.raises(StoreError, match="cannot open the database"):
        open_store(tmp_path / "missing-folder" / "x.db")
    with pytest.raises(StoreError, match=r"rasd:\*\*\*@"):
        open_store("postgresql://rasd:secret@127.0.0.1:1/nowhere")


def test_event_record_fields_survive_replace():
    # The helper builds events by replacing fields of one base event; a typo in a field name fails here.
    event = article(SHELLING, {"fatalities": 2}).events[0]
    assert replace(event, fatalities=4).fatalities == 4
