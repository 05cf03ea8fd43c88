"""/api/stats from the daily summary and from the incidents give the same answer, on SQLite and
PostgreSQL, over real articles, merges, updates and deletes; and both agree with the incidents
the filter lists."""

from __future__ import annotations

import json
from datetime import date

import pytest
import sqlalchemy as sa

from rasd.store import IncidentFilter, open_store
from rasd.web import stats
from tests.conftest import ROOT
from tests.store.test_daily import SAME_DAY_ELSEWHERE
from tests.store.test_writes import ARTICLES
from tests.web.conftest import fill_store

GOLDEN = sorted(p for p in (ROOT / "tests" / "golden").glob("*.json") if p.name != "aleppo-shelling.json")

# Filters the summary answers (dates, event types, countries by name, in any case) ...
SUMMARY_FILTERS = [
    IncidentFilter(),
    IncidentFilter(date_from=date(2019, 11, 12)),
    IncidentFilter(date_to=date(2024, 2, 27)),
    IncidentFilter(date_from=date(2019, 1, 1), date_to=date(2024, 3, 4)),
    IncidentFilter(country="syria"),
    IncidentFilter(country="IRAQ", date_from=date(2020, 1, 1)),
    IncidentFilter(event_type="explosions/remote VIOLENCE"),
    IncidentFilter(event_type="Battles", country="Syria", date_to=date(2024, 3, 31)),
    IncidentFilter(country="Atlantis"),
    IncidentFilter(event_type="not a type"),
]
# ... and those only the incidents can.
INCIDENT_FILTERS = [
    IncidentFilter(country="760"),
    IncidentFilter(admin1="idleb"),
    IncidentFilter(event_type="armed CLASH"),
    IncidentFilter(actor="syria"),
    IncidentFilter(bbox=(35.0, 33.0, 38.0, 37.0)),
    IncidentFilter(text="قصف"),
]


@pytest.fixture
def varied_store(db_url):
    """Real articles (the golden ones and the web tests'), the store tests' merges, then updates and
    deletes of incidents."""
    from rasd.extractor import Extractor

    store = open_store(db_url)
    extractor = Extractor()
    for path in GOLDEN:
        golden = json.loads(path.read_text(encoding="utf-8"))
        store.add(extractor.extract(golden["text"], published=date.fromisoformat(golden["published"]),
                                    source=golden["source"]))
    fill_store(store)
    for a in [*ARTICLES, *SAME_DAY_ELSEWHERE]:
        store.add(a)
    with store.engine.begin() as conn:
        ids = conn.execute(sa.text("SELECT incident_id FROM incidents ORDER BY incident_id")).scalars().all()
        for sql, incident_id in [
            ("UPDATE incidents SET fatalities = 1 WHERE location = 'Deir ez-Zor' AND :i = :i", ""),
            ("UPDATE incidents SET fatalities = fatalities + 3 WHERE incident_id = :i", ids[0]),
            ("UPDATE incidents SET event_date = NULL WHERE incident_id = :i", ids[1]),
            ("UPDATE incidents SET country = NULL WHERE incident_id = :i", ids[2]),
            ("UPDATE incidents SET event_type = 'Riots', sub_event_type = 'Mob violence' WHERE incident_id = :i",
             ids[3]),
            ("DELETE FROM incident_actors WHERE incident_id = :i", ids[4]),
            ("DELETE FROM incidents WHERE incident_id = :i", ids[4]),
        ]:
            conn.execute(sa.text(sql), {"i": incident_id})
    yield store
    store.close()


def from_incidents(monkeypatch, store, where) -> dict:
    with monkeypatch.context() as m:
        m.setattr(stats, "_summary_answers", lambda *_: False)
        return stats.statistics(store.engine, where)


def listed(store, where) -> dict:
    """The statistics worked out in Python from the incidents the filter lists."""
    per_day: dict = {}
    per_type: dict = {}
    per_country: dict = {}
    incidents = store.incidents(where)
    for i in incidents:
        day = i.event_date.isoformat() if i.event_date else None
        for groups, key in ((per_day, (day, i.event_type)), (per_type, i.event_type), (per_country, i.country)):
            groups[key] = [a + b for a, b in zip(groups.get(key, [0, 0]), [1, i.fatalities], strict=True)]
    return {"incidents": len(incidents), "fatalities": sum(i.fatalities for i in incidents),
            "undated": sum(1 for i in incidents if i.event_date is None),
            "per_day": {k: v for k, v in per_day.items() if k[0] is not None},
            "per_type": per_type, "per_country": per_country}


def summed(answer: dict) -> dict:
    """An answer of ``statistics`` in the shape of ``listed``."""
    return {**{k: answer[k] for k in ("incidents", "fatalities", "undated")},
            "per_day": {(d["date"], d["event_type"]): [d["incidents"], d["fatalities"]] for d in answer["per_day"]},
            "per_type": {d["event_type"]: [d["incidents"], d["fatalities"]] for d in answer["per_type"]},
            "per_country": {d["country"]: [d["incidents"], d["fatalities"]] for d in answer["per_country"]}}


def test_summary_and_incidents_give_the_same_statistics(varied_store, monkeypatch):
    store = varied_store
    assert store.counts()["incidents"] > 30
    with store.engine.connect() as conn:
        kinds = conn.execute(sa.text("SELECT count(DISTINCT event_type), count(DISTINCT country) FROM incidents")).one()
    assert kinds[0] >= 5 and kinds[1] >= 2
    used = []
    monkeypatch.setattr(stats, "_summary_groups", lambda *a, _read=stats._summary_groups: used.append(a) or _read(*a))
    for where in SUMMARY_FILTERS:
        before = len(used)
        answer = stats.statistics(store.engine, where)
        assert len(used) == before + 1, where  # the summary answered
        assert answer == from_incidents(monkeypatch, store, where), where
        assert summed(answer) == listed(store, where), where
    assert stats.statistics(store.engine, IncidentFilter())["undated"] > 0
    assert stats.statistics(store.engine, IncidentFilter(country="Atlantis"))["incidents"] == 0
    for where in INCIDENT_FILTERS:
        before = len(used)
        answer = stats.statistics(store.engine, where)
        assert len(used) == before, where  # the incidents answered
        assert answer["incidents"] > 0, where
        assert summed(answer) == listed(store, where), where


def test_the_api_answers_from_the_summary_like_the_incidents(filled_db, client_for, monkeypatch):
    client = client_for(filled_db)
    for params in ({}, {"country": "SYRIA"}, {"type": "battles", "from": "2024-03-01"}):
        answer = client.get("/api/stats", params=params).json()
        with monkeypatch.context() as m:
            m.setattr(stats, "_summary_answers", lambda *_: False)
            assert client.get("/api/stats", params=params).json() == answer
