"""The merge rules on their own: which two events are one incident, and what the incident says."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from rasd.store.merge import MergeKey, distance_km, same_incident, summarize

BASE = dict(event_id="e1", document_id="d1", event_type="Battles", sub_event_type="Armed clash",
            event_date=date(2022, 1, 20), time_precision=1, actors=frozenset({"Islamic State", "SDF"}),
            country="Syria", admin1="Al Hasakah", admin2="Al Hasakah", latitude=36.47, longitude=40.72,
            geo_precision=1)


def key(**change) -> MergeKey:
    return MergeKey(**{**BASE, **change})


@pytest.mark.parametrize("change, same", [
    ({}, True),
    ({"document_id": "d1"}, False),  # one article's events were told apart already
    ({"sub_event_type": "Non-state actor overtakes territory"}, False),  # another kind of battle
    ({"event_type": "Explosions/Remote violence"}, False),
    ({"event_date": date(2022, 1, 21)}, True),  # a day apart
    ({"event_date": date(2022, 1, 22)}, False),  # two days apart
    ({"event_date": date(2022, 1, 25), "time_precision": 2}, True),  # known to the week
    ({"event_date": date(2022, 1, 30), "time_precision": 2}, False),
    ({"event_date": date(2022, 2, 15), "time_precision": 3}, True),  # known to the month
    ({"event_date": None}, False),
    ({"latitude": 36.52, "longitude": 40.75}, True),  # about 6 km
    ({"latitude": 36.60, "longitude": 40.72}, False),  # about 14 km
    ({"latitude": 36.60, "geo_precision": 2}, True),  # "near": same admin2 is enough
    ({"latitude": 36.60, "geo_precision": 2, "admin2": "Qamishli"}, False),
    ({"latitude": 36.65, "geo_precision": 2, "admin2": None}, True),  # no district known: about 20 km
    ({"latitude": 36.80, "geo_precision": 2, "admin2": None}, False),  # about 37 km
    ({"latitude": 35.0, "geo_precision": 3, "admin2": None}, True),  # a region: same admin1
    ({"geo_precision": 3, "admin1": "Deir-ez-Zor"}, False),
    ({"country": "Iraq"}, False),
    ({"actors": frozenset({"SDF"})}, True),
    ({"actors": frozenset()}, True),  # a report naming no actor does not contradict
    ({"actors": frozenset({"Syrian Army"})}, False),
])
def test_same_incident(change, same):
    other = key(**{"event_id": "e2", "document_id": "d2", **change})
    assert same_incident(key(), other) is same
    assert same_incident(other, key()) is same  # the relation is symmetric


def test_distance():
    assert distance_km(36.47, 40.72, 36.47, 40.72) == 0
    assert distance_km(33.5138, 36.2765, 36.2021, 37.1343) == pytest.approx(310, abs=5)  # Damascus-Aleppo


def report(event_id, **kw):
    base = dict(event_id=event_id, event_type="Battles", sub_event_type="Armed clash", event_date=date(2022, 1, 20),
                time_precision=1, actor1="Islamic State", actor2="SDF", geo_precision=1, fatalities=0,
                fatalities_high=None, status="reported", has_toll=False)
    return SimpleNamespace(**{**base, **kw})


def test_summary_rules():
    reports = [
        report("b", fatalities=17, fatalities_high=17, has_toll=True, geo_precision=2),
        report("c", fatalities=65, fatalities_high=65, has_toll=True, event_date=date(2022, 1, 21)),
        report("a", time_precision=2, event_date=date(2022, 1, 19)),
        report("d", status="contested", event_date=date(2022, 1, 21)),
    ]
    s = summarize(reports, [["x"], ["y", "x"], ["z"], []])
    assert s.representative.event_id == "c"  # precise place and day; ties by id
    assert (s.event_type, s.sub_event_type) == ("Battles", "Armed clash")
    assert (s.event_date, s.time_precision) == (date(2022, 1, 20), 1)  # the week-precise date does not win
    assert (s.fatalities, s.fatalities_high) == (17, 65)
    assert s.status == "contested"
    assert s.sources == ("z", "x", "y")  # by date: a (19th), b (20th), c (21st)


def test_summary_without_tolls_and_all_denied():
    s = summarize([report("a", status="denied"), report("b", status="denied")], [[], []])
    assert (s.fatalities, s.fatalities_high, s.status) == (0, None, "denied")
    with pytest.raises(ValueError):
        summarize([], [])
