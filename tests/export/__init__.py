"""Hand-built incidents for the exporter tests (invented values, not extraction output)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime
from itertools import pairwise
from typing import Any

from rasd.model import Count, Event, Span
from rasd.store.records import Incident, Report

PRISON_TEXT = "شن تنظيم داعش هجوما على سجن غويران في الحسكة، وقتل 17 شخصا بحسب المرصد السوري لحقوق الإنسان."


def make_event(event_id: str, **change: Any) -> Event:
    """An event of the (invented) attack on Ghwayran prison in al-Hasakah; ``change`` overrides fields."""
    fields: dict[str, Any] = dict(
        event_id=event_id, event_type="Battles", sub_event_type="Armed clash", event_date="2022-01-20",
        time_precision=1, actor1="Islamic State (Syria)", actor1_ar="تنظيم داعش", assoc_actor_1=(),
        inter1="Rebel group", actor2="SDF: Syrian Democratic Forces", actor2_ar="قسد",
        assoc_actor_2=("Asayish", "Prisoners (Syria)"), inter2="Political militia", country="Syria", iso=760,
        admin1="Al-Hasakeh", admin2="Al-Hasakeh", admin3="Al-Hasakeh", location="Al-Hasakeh - Ghwayran Prison",
        location_ar="سجن غويران", latitude=36.4833, longitude=40.7333, geo_precision=1, fatalities=17,
        fatalities_high=None,
        counts=(Count("killed", 17, "exact", "total", "المرصد السوري لحقوق الإنسان", 59, 61, "17"),),
        sources=("الشرق الأوسط", "المرصد السوري لحقوق الإنسان"), status="reported",
        evidence=(Span(0, 22, PRISON_TEXT[:22]),), notes="IS fighters attacked Ghwayran prison.",
    )
    fields.update(change)
    return Event(**fields)


def make_incident(**change: Any) -> Incident:
    """The merged incident of two reports of the prison attack; ``change`` overrides fields."""
    reports = (
        Report("doc0000000000001", "الشرق الأوسط", "https://example.org/a", "هجوم على سجن غويران",
               date(2022, 1, 21), make_event("ev00000000000001")),
        Report("doc0000000000002", "عنب بلدي", None, None, date(2022, 1, 21),
               make_event("ev00000000000002", fatalities=28, sources=("عنب بلدي", "مصادر محلية"),
                          status="contested")),
    )
    fields: dict[str, Any] = dict(
        incident_id="3fa07c2b9d14e0a1", event_type="Battles", sub_event_type="Armed clash",
        event_date=date(2022, 1, 20), time_precision=1, actor1="Islamic State (Syria)", assoc_actor_1=(),
        inter1="Rebel group", actor2="SDF: Syrian Democratic Forces", assoc_actor_2=("Asayish", "Prisoners (Syria)"),
        inter2="Political militia", country="Syria", iso=760, admin1="Al-Hasakeh", admin2="Al-Hasakeh",
        admin3="Al-Hasakeh", location="Al-Hasakeh - Ghwayran Prison", latitude=36.4833, longitude=40.7333,
        geo_precision=1, fatalities=17, fatalities_high=28, status="contested",
        notes='On 20 January 2022, IS fighters attacked Ghwayran prison, "freeing" inmates; 17 killed.',
        sources=("الشرق الأوسط", "المرصد السوري لحقوق الإنسان", "عنب بلدي", "مصادر محلية"),
        updated=datetime(2022, 1, 21, 12, 0, tzinfo=UTC), reports=reports,
    )
    fields.update(change)
    return Incident(**fields)


def bare_incident(incident_id: str = "0000000000000000", **change: Any) -> Incident:
    """An incident with every optional field null and nothing else known."""
    fields: dict[str, Any] = dict(
        incident_id=incident_id, event_type="Strategic developments", sub_event_type="Other", event_date=None,
        time_precision=3, actor1=None, assoc_actor_1=(), inter1=None, actor2=None, assoc_actor_2=(),
        inter2=None, country=None, iso=None, admin1=None, admin2=None, admin3=None, location=None,
        latitude=None, longitude=None, geo_precision=None, fatalities=0, fatalities_high=None,
        status="reported", notes="", sources=(), updated=datetime(2022, 1, 1, tzinfo=UTC), reports=(),
    )
    fields.update(change)
    return Incident(**fields)


def many_incidents(n: int, *, drawn: list[int] | None = None):
    """A generator of ``n`` distinct incidents; appends each index to ``drawn`` as it is handed out."""
    base = make_incident()
    for i in range(n):
        if drawn is not None:
            drawn.append(i)
        yield replace(base, incident_id=f"{i:016x}", latitude=36.0 + i / 100_000)


class CountingWriter(io.StringIO):
    """A text stream that counts its write calls (to see that writers stream)."""

    def __init__(self) -> None:
        super().__init__(newline="")
        self.writes = 0

    def write(self, s: str) -> int:
        self.writes += 1
        return super().write(s)


def streamed(n: int, out: CountingWriter, seen: list[int]):
    """``many_incidents(n)``, noting in ``seen`` how many writes ``out`` had when each was drawn."""
    for inc in many_incidents(n):
        seen.append(out.writes)
        yield inc


def wrote_between_draws(seen: list[int]) -> bool:
    """True when something was written between every two draws: the writer did not collect first."""
    return all(b > a for a, b in pairwise(seen))
