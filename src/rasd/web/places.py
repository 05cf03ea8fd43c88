"""Labels for the map's own base layer: the gazetteer's countries at their capitals' coordinates.

Without map tiles (offline) the page draws a plain background, a graticule and these labels, so
incidents still sit somewhere a reader recognises.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.gazetteer.layers import COUNTRY_COLUMNS, iter_rows, read_packaged, split_names, to_float

__all__ = ["country_labels"]


@cache
def _labels() -> tuple[tuple[str, str, str, float, float], ...]:
    text = read_packaged("countries.tsv")
    if text is None:
        return ()
    out = []
    for row in iter_rows(text, "countries.tsv", COUNTRY_COLUMNS):
        lat, lon = to_float(row["latitude"], "countries.tsv"), to_float(row["longitude"], "countries.tsv")
        names_ar = split_names(row["names_ar"])
        if lat is not None and lon is not None:
            out.append((row["iso2"], row["name_en"], names_ar[0] if names_ar else row["name_en"], lat, lon))
    return tuple(out)


def country_labels() -> list[dict[str, Any]]:
    """Every gazetteer country: ISO alpha-2, English and Arabic names, latitude and longitude of its capital."""
    return [{"iso2": iso2, "name_en": en, "name_ar": ar, "lat": lat, "lon": lon}
            for iso2, en, ar, lat, lon in _labels()]
