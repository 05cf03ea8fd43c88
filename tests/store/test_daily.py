"""The daily summary (incident_daily, migration 0006) on SQLite and PostgreSQL: always the incidents
grouped by day, event type and country, through adds, merges, updates, deletes, an upgrade of a
database that holds incidents already, and a downgrade."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from rasd.store import open_store
from tests.store.conftest import article, downgrade, killed
from tests.store.test_writes import ARTICLES

_FAR = {"event_date": "2019-11-10", "admin2": None, "geo_precision": 1}
# Two more shellings on the day of one of ARTICLES' incidents, in Syria, too far from it and from each
# other to merge: three incidents with deaths in one group of the summary, so that a change to one
# of them must leave the others' figures exact.
SAME_DAY_ELSEWHERE = [
    article("قصف على دير الزور أوقع أربعة قتلى.", {**_FAR, "admin1": "Deir-ez-Zor", "location": "Deir ez-Zor",
                                                   "latitude": 35.336, "longitude": 40.141, "fatalities": 4,
                                                   "counts": (killed(4, "أربعة", 20),)}),
    article("قصف على درعا أوقع ستة قتلى.", {**_FAR, "admin1": "Dar'a", "location": "Dar'a", "latitude": 32.619,
                                            "longitude": 36.102, "fatalities": 6, "counts": (killed(6, "ستة", 16),)}),
]


def summary_rows(store) -> list[tuple]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT day, event_type, country, incidents, fatalities FROM incident_daily"))
        return sorted((tuple(r) for r in rows), key=repr)


def grouped_incidents(store) -> list[tuple]:
    """What the summary must hold, computed from the incidents themselves."""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT event_date, event_type, country, count(*), sum(fatalities) "
                                    "FROM incidents GROUP BY event_date, event_type, country"))
        return sorted((tuple(r) for r in rows), key=repr)


def assert_exact(store) -> None:
    rows = summary_rows(store)
    assert rows == grouped_incidents(store)
    assert all(r[3] > 0 for r in rows)  # no group left without incidents


def test_the_summary_follows_adds_merges_updates_and_deletes(db_url):
    store = open_store(db_url)
    for a in ARTICLES:  # joins, a bridge of two incidents, undated and unplaced events, a text twice
        store.add(a)
        assert_exact(store)
    keys = {r[:3] for r in summary_rows(store)}
    assert any(day is None for day, _, _ in keys) and any(country is None for _, _, country in keys)

    for a in SAME_DAY_ELSEWHERE:
        store.add(a)
        assert_exact(store)
    assert (date(2019, 11, 10), "Explosions/Remote violence", "Syria", 3, 12) in [
        (_day(r[0]), *r[1:]) for r in summary_rows(store)]

    with store.engine.connect() as conn:
        ids = conn.execute(sa.text("SELECT incident_id FROM incidents ORDER BY incident_id")).scalars().all()
    deir = "(SELECT incident_id FROM incidents WHERE location = 'Deir ez-Zor')"
    changes = [
        (f"UPDATE incidents SET fatalities = fatalities + 5 WHERE incident_id = {deir}", None),
        (f"UPDATE incidents SET event_type = 'Riots' WHERE incident_id = {deir}", None),
        (f"UPDATE incidents SET event_type = 'Explosions/Remote violence' WHERE incident_id = {deir}", None),
        (f"UPDATE incidents SET country = NULL WHERE incident_id = {deir}", None),
        (f"UPDATE incidents SET country = 'Syria', event_date = NULL WHERE incident_id = {deir}", None),
        (f"UPDATE incidents SET event_date = '2019-11-10' WHERE incident_id = {deir}", None),
        ("UPDATE incidents SET fatalities = fatalities + 4 WHERE incident_id = :i", ids[0]),
        ("UPDATE incidents SET event_date = NULL WHERE incident_id = :i", ids[1]),
        ("UPDATE incidents SET country = NULL, fatalities = 2 WHERE incident_id = :i", ids[2]),
        ("UPDATE incidents SET event_type = 'Riots', event_date = '2020-02-02' WHERE incident_id = :i", ids[3]),
        ("UPDATE incidents SET country = 'Iraq', event_date = event_date WHERE incident_id = :i", ids[4]),
        ("UPDATE incidents SET location = 'elsewhere' WHERE incident_id = :i", ids[0]),  # not a summarized column
        (f"DELETE FROM incident_actors WHERE incident_id = {deir}", None),
        (f"DELETE FROM incidents WHERE incident_id = {deir}", None),
        ("DELETE FROM incident_actors WHERE incident_id = :i", ids[-1]),
        ("DELETE FROM incidents WHERE incident_id = :i", ids[-1]),
    ]
    for sql, incident_id in changes:
        with store.engine.begin() as conn:
            conn.execute(sa.text(sql), {"i": incident_id} if incident_id else {})
        assert_exact(store)

    # A new report that joins a stored incident: the writer replaces its row (a delete and an insert).
    store.add(article("تقرير جديد: قصفت قوات النظام بلدة الأتارب بريف حلب الغربي.",
                      {"fatalities": 9, "event_date": "2019-11-11"}, source="late outlet"))
    assert_exact(store)
    with store.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM incident_actors"))
        conn.execute(sa.text("DELETE FROM incidents"))
    assert summary_rows(store) == []
    store.close()


def test_upgrading_to_0006_summarizes_stored_incidents_and_downgrading_removes_the_summary(db_url):

    store = open_store(db_url, upgrade=False)
    store.upgrade("0005")
    for a in ARTICLES:
        store.add(a)
    store.upgrade()
    assert summary_rows(store) and summary_rows(store) == grouped_incidents(store)

    downgrade(store, "0005")
    assert store.revision() == "0005"
    with store.engine.connect() as conn:
        assert "incident_daily" not in sa.inspect(conn).get_table_names()
    store.add(article("قصف جديد على سراقب.", {"event_date": "2021-05-01", "location": "Saraqib"}))  # no trigger left
    store.upgrade()
    assert_exact(store)
    store.close()


def _day(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value  # SQLite gives the stored text
