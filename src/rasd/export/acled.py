"""Incidents as ACLED rows: exactly ACLED's 31 columns, in ACLED's order, with ACLED's wording.

Rasd's incidents already use ACLED's column names; the columns ACLED derives (disorder_type,
interaction, civilian_targeting, region, event_id_cnty, timestamp) are derived here by ACLED's rules:

- ``event_id_cnty``: the ISO 3166-1 alpha-3 code of the country followed by the incident id
  (``SYR3fa07c2b9d14e0a1``). ACLED's ids are a country prefix and a number; keeping the incident id
  verbatim makes the row stable across exports and joinable with the store, the JSONL and the API.
  ``XXX`` stands for an unknown country.
- ``event_date``: ISO 8601 (YYYY-MM-DD).
- ``disorder_type``: from the event type (``DISORDER_TYPES``); mob violence and excessive force against
  protesters are ``Political violence; Demonstrations`` (``DISORDER_BY_SUB_EVENT_TYPE``).
- ``inter1``/``inter2``: ACLED's text categories; ``External/Other`` is written ``External/Other forces``.
- ``interaction``: ``"<category>-<category>"`` ordered by ACLED's inter codes (smaller first, whatever
  the actor order), ``"<category> only"`` for one-sided events.
- ``civilian_targeting``: ``Civilian targeting`` for violence against civilians and for political
  violence with civilians as an actor, else empty.
- ``source``: every outlet and attributed source, ``"; "``-joined; ``source_scale`` stays empty (Rasd
  does not know an outlet's reach).
- ``tags``: the incident's status when it is ``contested`` or ``denied``.
- ``timestamp``: Unix seconds of the incident's last update (naive datetimes are read as UTC).

Null values are empty cells. The CSV is UTF-8 with a header row, quoted per RFC 4180.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import UTC
from typing import TextIO

from rasd.store.records import Incident

__all__ = [
    "ACLED_COLUMNS",
    "COUNTRIES",
    "DISORDER_BY_SUB_EVENT_TYPE",
    "DISORDER_TYPES",
    "INTER_CODES",
    "acled_inter",
    "acled_row",
    "civilian_targeting",
    "disorder_type",
    "interaction",
    "write_acled_csv",
]

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
    "timestamp",
)
"""ACLED's export columns, in ACLED's order (the layout since ACLED's March 2023 column changes)."""

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
BOTH = "Political violence; Demonstrations"
STRATEGIC = "Strategic developments"

DISORDER_TYPES: dict[str, str] = {
    "Battles": POLITICAL_VIOLENCE,
    "Explosions/Remote violence": POLITICAL_VIOLENCE,
    "Violence against civilians": POLITICAL_VIOLENCE,
    "Protests": DEMONSTRATIONS,
    "Riots": DEMONSTRATIONS,
    "Strategic developments": STRATEGIC,
}
"""ACLED's disorder type by event type."""

DISORDER_BY_SUB_EVENT_TYPE: dict[str, str] = {
    "Excessive force against protesters": BOTH,
    "Excessive force against protestors": BOTH,  # ACLED spells it both ways
    "Mob violence": BOTH,
}
"""Sub-event types ACLED counts as both political violence and demonstrations; they win over the type."""

INTER_CODES: dict[str, int] = {
    "State forces": 1,
    "Rebel group": 2,
    "Political militia": 3,
    "Identity militia": 4,
    "Rioters": 5,
    "Protesters": 6,
    "Civilians": 7,
    "External/Other forces": 8,
}
"""ACLED's actor categories (text form) and their former numeric codes, which order ``interaction``."""

_INTER_ALIASES: dict[str, str] = {name.lower(): name for name in INTER_CODES} | {
    "external/other": "External/Other forces",
    "rebel groups": "Rebel group",
    "political militias": "Political militia",
    "identity militias": "Identity militia",
    "protestors": "Protesters",
}

COUNTRIES: dict[int, tuple[str, str]] = {
    # ISO numeric: (ISO alpha-3, ACLED region), for every country of the packaged gazetteer
    4: ("AFG", "South Asia"),
    12: ("DZA", "Northern Africa"),
    48: ("BHR", "Middle East"),
    148: ("TCD", "Middle Africa"),
    174: ("COM", "Eastern Africa"),
    231: ("ETH", "Eastern Africa"),
    232: ("ERI", "Eastern Africa"),
    262: ("DJI", "Eastern Africa"),
    275: ("PSE", "Middle East"),
    364: ("IRN", "Middle East"),
    368: ("IRQ", "Middle East"),
    376: ("ISR", "Middle East"),
    400: ("JOR", "Middle East"),
    414: ("KWT", "Middle East"),
    422: ("LBN", "Middle East"),
    434: ("LBY", "Northern Africa"),
    466: ("MLI", "Western Africa"),
    478: ("MRT", "Western Africa"),
    504: ("MAR", "Northern Africa"),
    512: ("OMN", "Middle East"),
    562: ("NER", "Western Africa"),
    566: ("NGA", "Western Africa"),
    634: ("QAT", "Middle East"),
    682: ("SAU", "Middle East"),
    706: ("SOM", "Eastern Africa"),
    728: ("SSD", "Eastern Africa"),
    729: ("SDN", "Northern Africa"),
    760: ("SYR", "Middle East"),
    784: ("ARE", "Middle East"),
    788: ("TUN", "Northern Africa"),
    792: ("TUR", "Middle East"),
    818: ("EGY", "Northern Africa"),
    854: ("BFA", "Western Africa"),
    887: ("YEM", "Middle East"),
}
"""ISO 3166-1 alpha-3 code and ACLED region by ISO numeric code (a test keeps it in step with countries.tsv)."""

UNKNOWN_COUNTRY = "XXX"
TAGGED_STATUSES = frozenset({"contested", "denied"})


def acled_inter(category: str | None) -> str | None:
    """ACLED's spelling of an actor category (``External/Other`` -> ``External/Other forces``)."""
    if not category:
        return None
    return _INTER_ALIASES.get(category.strip().lower(), category)


def disorder_type(event_type: str, sub_event_type: str | None = None) -> str | None:
    """ACLED's disorder type of an event type and sub-event type, or None for an unknown type."""
    return DISORDER_BY_SUB_EVENT_TYPE.get(sub_event_type or "") or DISORDER_TYPES.get(event_type)


def interaction(inter1: str | None, inter2: str | None) -> str | None:
    """ACLED's interaction: the two categories ordered by inter code, or ``"<category> only"``."""
    a, b = acled_inter(inter1), acled_inter(inter2)
    if a and b:
        if INTER_CODES.get(b, 99) < INTER_CODES.get(a, 99):
            a, b = b, a
        return f"{a}-{b}"
    if a or b:
        return f"{a or b} only"
    return None


def civilian_targeting(event_type: str, sub_event_type: str | None, inter1: str | None,
                       inter2: str | None) -> str:
    """``Civilian targeting`` when civilians are the target of political violence, else empty."""
    if event_type == "Violence against civilians":
        return "Civilian targeting"
    disorder = disorder_type(event_type, sub_event_type) or ""
    if POLITICAL_VIOLENCE in disorder and "Civilians" in (acled_inter(inter1), acled_inter(inter2)):
        return "Civilian targeting"
    return ""


def acled_row(incident: Incident) -> dict[str, object]:
    """One incident as an ACLED row: a dict with exactly ``ACLED_COLUMNS`` as keys, in order.

    Values are str, int or float; nulls are empty strings.
    """
    alpha3, region = COUNTRIES.get(incident.iso or 0, (UNKNOWN_COUNTRY, None))
    updated = incident.updated if incident.updated.tzinfo else incident.updated.replace(tzinfo=UTC)
    row: dict[str, object] = {
        "event_id_cnty": f"{alpha3}{incident.incident_id}",
        "event_date": incident.event_date.isoformat() if incident.event_date else None,
        "year": incident.event_date.year if incident.event_date else None,
        "time_precision": incident.time_precision,
        "disorder_type": disorder_type(incident.event_type, incident.sub_event_type),
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "actor1": incident.actor1,
        "assoc_actor_1": "; ".join(incident.assoc_actor_1),
        "inter1": acled_inter(incident.inter1),
        "actor2": incident.actor2,
        "assoc_actor_2": "; ".join(incident.assoc_actor_2),
        "inter2": acled_inter(incident.inter2),
        "interaction": interaction(incident.inter1, incident.inter2),
        "civilian_targeting": civilian_targeting(incident.event_type, incident.sub_event_type,
                                                 incident.inter1, incident.inter2),
        "iso": incident.iso,
        "region": region,
        "country": incident.country,
        "admin1": incident.admin1,
        "admin2": incident.admin2,
        "admin3": incident.admin3,
        "location": incident.location,
        "latitude": incident.latitude,
        "longitude": incident.longitude,
        "geo_precision": incident.geo_precision,
        "source": "; ".join(incident.sources),
        "source_scale": None,
        "notes": incident.notes,
        "fatalities": incident.fatalities,
        "tags": incident.status if incident.status in TAGGED_STATUSES else None,
        "timestamp": int(updated.timestamp()),
    }
    return {k: ("" if v is None else v) for k, v in row.items()}


def write_acled_csv(incidents: Iterable[Incident], fh: TextIO) -> int:
    """Write incidents to a text stream as ACLED CSV, one row at a time; returns the number of rows.

    Open files with ``newline=""`` so the RFC 4180 line ends (CRLF) pass through unchanged.
    """
    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerow(ACLED_COLUMNS)
    n = 0
    for incident in incidents:
        writer.writerow(acled_row(incident).values())
        n += 1
    return n
