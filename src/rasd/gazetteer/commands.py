"""What ``rasd gazetteer import`` and ``rasd gazetteer lookup`` do, for the CLI to wire in.

The functions take the parsed arguments and return printable text or JSON-ready data; they never
print. :func:`add_gazetteer_parser` declares the arguments they read::

    rasd gazetteer import DUMP [--alternate-names FILE] [--countries SY,IQ] [--user-dir DIR]
    rasd gazetteer lookup NAME [--limit N] [--user-dir DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rasd.errors import RasdError
from rasd.gazetteer.geonames_import import DEFAULT_COUNTRIES, import_geonames
from rasd.gazetteer.index import clear_cache, default_user_dir, load_gazetteer
from rasd.model import Place

__all__ = ["add_gazetteer_parser", "place_to_dict", "run_gazetteer", "run_import", "run_lookup"]


def add_gazetteer_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``gazetteer`` command (with ``import`` and ``lookup``) to an argparse subparsers object."""
    parser = subparsers.add_parser("gazetteer", help="look places up; import GeoNames data")
    sub = parser.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")

    imp = sub.add_parser("import", help="import a GeoNames dump into your own gazetteer index")
    imp.add_argument("dump", help="GeoNames dump: a country file (SY.txt, SY.zip) or allCountries.txt/.zip")
    imp.add_argument("--alternate-names", metavar="FILE",
                     help="GeoNames alternateNamesV2.txt/.zip: says which names are Arabic")
    imp.add_argument("--countries", metavar="CC,CC",
                     help="ISO alpha-2 codes to import (default: the countries Rasd covers)")
    imp.add_argument("--user-dir", metavar="DIR",
                     help=f"where your index lives (default: {default_user_dir()})")

    look = sub.add_parser("lookup", help="show the gazetteer entries for a name (Arabic or English)")
    look.add_argument("name", help="a place name, e.g. الحسكة or Deir ez-Zor")
    look.add_argument("--limit", type=int, default=20, help="show at most this many entries (default 20)")
    look.add_argument("--user-dir", metavar="DIR", help="read your index from here instead of the default")
    return parser


def run_gazetteer(args: argparse.Namespace) -> str | list[dict[str, Any]]:
    """Dispatch on ``args.gazetteer_command``."""
    if args.gazetteer_command == "import":
        return run_import(args)
    if args.gazetteer_command == "lookup":
        return run_lookup(args)
    raise RasdError(f"unknown gazetteer action: {args.gazetteer_command}")


def _countries(value: str | list[str] | set[str] | None) -> set[str] | None:
    if not value:
        return None
    items = value.replace(" ", ",").split(",") if isinstance(value, str) else list(value)
    codes = {c.strip().upper() for c in items if c.strip()}
    bad = sorted(c for c in codes if len(c) != 2 or not c.isalpha())
    if bad:
        raise RasdError(f"not ISO alpha-2 country codes: {', '.join(bad)}")
    return codes


def run_import(args: argparse.Namespace) -> str:
    """Import a GeoNames dump; returns a summary to print."""
    dump = Path(args.dump)
    if not dump.is_file():
        raise RasdError(f"no such file: {dump}")
    alternate = getattr(args, "alternate_names", None)
    alternate_path = Path(alternate) if alternate else None
    if alternate_path is not None and not alternate_path.is_file():
        raise RasdError(f"no such file: {alternate_path}")
    countries = _countries(getattr(args, "countries", None))
    user_dir = getattr(args, "user_dir", None)
    out_dir = Path(user_dir) if user_dir else default_user_dir()
    summary = import_geonames(dump, alternate_path, countries=countries, out_dir=out_dir)
    clear_cache()
    note = "" if countries else f"\n  countries: Rasd's default coverage ({len(DEFAULT_COUNTRIES)} countries)"
    return f"{summary}{note}"


def place_to_dict(place: Place, names: tuple[str, ...] = ()) -> dict[str, Any]:
    """A Place as a JSON-ready dict, with all its Arabic names."""
    return {
        "id": place.id,
        "name_ar": place.name_ar,
        "names_ar": list(names) or ([place.name_ar] if place.name_ar else []),
        "name_en": place.name_en,
        "feature": place.feature,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "country": place.country,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "population": place.population,
        "parent": place.parent,
    }


def run_lookup(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Gazetteer entries for ``args.name``, best first (see :meth:`Gazetteer.lookup`)."""
    user_dir = getattr(args, "user_dir", None)
    gazetteer = load_gazetteer(Path(user_dir) if user_dir else None)
    limit = getattr(args, "limit", 20) or 20
    return [place_to_dict(p, gazetteer.names(p.id)) for p in gazetteer.lookup(args.name)[:limit]]
