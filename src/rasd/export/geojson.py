"""Incidents as a GeoJSON FeatureCollection of points (RFC 7946), written one feature at a time."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any, TextIO

from rasd.store.records import Incident

__all__ = ["feature", "write_geojson"]


def feature(incident: Incident) -> dict[str, Any] | None:
    """One incident as a Point feature, or None when it has no (finite) coordinates.

    Coordinates are ``[longitude, latitude]`` (GeoJSON's order); ``properties`` hold the incident's
    flat fields (no reports) and ``n_reports``.
    """
    lat, lon = incident.latitude, incident.longitude
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    properties = incident.to_dict(reports=False)
    properties["n_reports"] = max(incident.n_reports, len(incident.reports))
    return {
        "type": "Feature",
        "id": incident.incident_id,
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": properties,
    }


def write_geojson(incidents: Iterable[Incident], fh: TextIO) -> int:
    """Write a FeatureCollection to a text stream without holding the incidents in memory.

    Incidents without coordinates are skipped; returns the number of features written.
    """
    fh.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for incident in incidents:
        f = feature(incident)
        if f is None:
            continue
        fh.write(",\n" if n else "\n")
        fh.write(json.dumps(f, ensure_ascii=False))
        n += 1
    fh.write("\n]}\n")
    return n
