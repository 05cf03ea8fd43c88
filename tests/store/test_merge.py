"""The merge rules on their own: which two events are one incident, and what the incident says."""

from __future__ import annotations

import math
from datetime import date
from types import SimpleNamespace

import pytest

from rasd.store.merge import NEAR_REGION_KM, MergeKey, distance_km, group_new_events, near_box, same_incident, summarize

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


@pytest.mark.parametrize("latitude, longitude", [(0.0, 0.0), (15.35, 44.2), (36.2, 37.13), (-33.9, 151.2),
                                                 (64.1, -21.9), (78.2, 15.6), (88.9, 10.0), (36.0, 179.9)])
def test_near_box_holds_every_place_near_enough_to_be_the_same(latitude, longitude):
    lat_lo, lat_hi, lon_lo, lon_hi = near_box(latitude, longitude)
    for bearing in range(0, 360, 5):  # points at exactly NEAR_REGION_KM in every direction, and closer
        for km in (NEAR_REGION_KM, NEAR_REGION_KM * 0.7, 1.0):
            lat, lon = _destination(latitude, longitude, bearing, km)
            assert distance_km(latitude, longitude, lat, lon) == pytest.approx(km, rel=1e-6)
            assert lat_lo <= lat <= lat_hi and lon_lo <= lon <= lon_hi, (bearing, km, lat, lon)
    assert lat_hi - lat_lo < 0.5  # and it is a small box: about 50 km north to south


def _destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point ``km`` away along a great circle leaving at ``bearing`` degrees (spherical Earth)."""
    p1, l1, b, d = math.radians(lat), math.radians(lon), math.radians(bearing), km / 6371.0088
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


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


@pytest.mark.parametrize("joins, groups", [
    ([set()], [([0], set())]),  # a new incident of one report
    ([set(), set()], [([0], set()), ([1], set())]),  # one article's events never merge directly
    ([{"A"}, {"B"}], [([0], {"A"}), ([1], {"B"})]),
    ([{"A"}, {"A"}], [([0, 1], {"A"})]),  # both join A: one incident
    ([{"A"}, {"B"}, {"A", "B"}], [([0, 1, 2], {"A", "B"})]),  # the third bridges the first two
    ([{"A", "B"}, set(), {"B"}], [([1], set()), ([0, 2], {"A", "B"})]),
])
def test_group_new_events(joins, groups):
    assert group_new_events(joins) == groups
