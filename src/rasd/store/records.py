"""What the store gives back: incidents (one happening, merged across reports) and their reports.

An ``Incident`` is flat and uses ACLED's column names like ``rasd.model.Event``; its ``reports``
are the events extracted from each article that told of it, every count, source and evidence span
kept. These are the records the exporters, the ``rasd events`` command and the Python API share.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from rasd.model import Event

__all__ = ["Incident", "Report"]


@dataclass(frozen=True, slots=True)
class Report:
    """One article's account of an incident: the event extracted from it and where it came from."""

    document_id: str
    source: str | None
    url: str | None
    title: str | None
    published: date | None
    event: Event

    def to_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "event": self.event.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Incident:
    """One happening as the store knows it, merged from every report of it.

    ``fatalities`` follows ACLED's conservative rule across reports (the lowest total any report
    that gives one states); ``fatalities_high`` is the highest total any report gives, or None.
    ``sources`` are every outlet and attributed source of every report, in first-seen order.
    ``status``: denied when every report denies it, contested when any report is contested or
    denied while another reports it, else reported (``rasd.store.merge``).
    """

    incident_id: str
    event_type: str
    sub_event_type: str
    event_date: date | None
    time_precision: int
    actor1: str | None
    assoc_actor_1: tuple[str, ...]
    inter1: str | None
    actor2: str | None
    assoc_actor_2: tuple[str, ...]
    inter2: str | None
    country: str | None
    iso: int | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int
    fatalities_high: int | None
    status: str
    notes: str
    sources: tuple[str, ...]
    updated: datetime
    n_reports: int = 0  # how many reports the store holds for it, also when they are not loaded
    reports: tuple[Report, ...] = ()

    def to_dict(self, *, reports: bool = True) -> dict[str, Any]:
        """A JSON-ready dict; ``reports=False`` leaves the reports out (for listings)."""
        d: dict[str, Any] = {name: getattr(self, name) for name in self.__dataclass_fields__}
        d["event_date"] = self.event_date.isoformat() if self.event_date else None
        d["assoc_actor_1"] = list(self.assoc_actor_1)
        d["assoc_actor_2"] = list(self.assoc_actor_2)
        d["sources"] = list(self.sources)
        d["updated"] = self.updated.isoformat()
        if reports:
            d["reports"] = [r.to_dict() for r in self.reports]
        else:
            del d["reports"]
        return d
