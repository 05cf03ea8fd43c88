"""The place index: every gazetteer entry, looked up by the normalized form of its Arabic names.

Layers, later ones winning where ids repeat:

1. ``countries.tsv``, ``admin1.tsv``, ``admin2.tsv``: countries and administrative units, as Places
   with ids ``country:SY``, ``admin1:SY.01``, ``admin2:SY.<slug>``;
2. ``geonames.tsv.gz``: the packaged GeoNames base layer (``geonames:<id>``);
3. ``supplement.tsv``: the team's curated places (``rasd:<slug>``): neighbourhoods, prisons, camps;
4. the user-level index (``$RASD_DATA_DIR/gazetteer`` or ``~/.local/share/rasd/gazetteer``):
   ``geonames*.tsv[.gz]`` files written by :func:`rasd.gazetteer.import_geonames` (a row with the
   id of a packaged GeoNames place replaces it) and ``supplement*.tsv`` files of the user's own.

Every Place gets its admin1 unit's English name from ``admin1.tsv``. ``admin2`` is known for the
seats of the districts in ``admin2.tsv``; for the other GeoNames and supplement places in Syria,
Iraq and Yemen, whose district lists are complete, it is the district whose seat is nearest within
the same admin1 unit. That is an approximation (districts are not Voronoi cells) and may be wrong
near district borders. Elsewhere it stays None.

Nothing is read at import time; :func:`load_gazetteer` builds the index on first use.
"""

from __future__ import annotations

import math
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path

from rasd.errors import ResourceError
from rasd.gazetteer.layers import (
    ADMIN1_COLUMNS,
    ADMIN2_COLUMNS,
    COUNTRY_COLUMNS,
    GEONAMES_COLUMNS,
    SUPPLEMENT_COLUMNS,
    iter_rows,
    read_packaged,
    read_path,
    split_names,
    to_float,
    to_int,
)
from rasd.gazetteer.names import FEATURE_RANK, FEATURES, fold_latin
from rasd.model import Place
from rasd.text.normalize import normalize, normalize_word

__all__ = ["Gazetteer", "clear_cache", "default_user_dir", "load_gazetteer", "normalize_many"]

NEAREST_ADMIN2 = frozenset({"SY", "IQ", "YE"})
"""Countries whose district list is complete enough to assign every place its nearest district."""

_ARTICLE = "ال"

FEATURE_ALIASES = {
    "district": "neighbourhood", "quarter": "neighbourhood", "suburb": "neighbourhood",
    "mountain": "region", "hill": "landmark", "airbase": "base", "port": "landmark",
}
"""Feature words outside the Place vocabulary that hand-written rows use, and what they mean."""


def default_user_dir() -> Path:
    """Where the user-level index lives: ``$RASD_DATA_DIR/gazetteer`` or ``~/.local/share/rasd/gazetteer``."""
    base = os.environ.get("RASD_DATA_DIR")
    root = Path(base).expanduser() if base else Path.home() / ".local" / "share" / "rasd"
    return root / "gazetteer"


def normalize_many(names: list[str]) -> list[str]:
    """``[normalize_word(n) for n in names]``, computed in one pass over the joined text.

    Normalizing tens of thousands of short names one by one costs more than the rest of loading;
    joined by line breaks they go through :func:`rasd.text.normalize.normalize` at once. Should the
    pieces not line up (a name that normalizes to nothing, a name with a line break inside), the
    names are normalized one by one instead.
    """
    if not names:
        return []
    pieces = normalize("\n".join(names)).text.split("\n")
    if len(pieces) != len(names):
        return [normalize_word(n) for n in names]
    return [p.strip() for p in pieces]


def _sort_key(place: Place) -> tuple[int, int, str]:
    return FEATURE_RANK.get(place.feature, len(FEATURES)), -place.population, place.id


class Gazetteer:
    """Places and their names, looked up by normalized Arabic name (and English name for humans)."""

    def __init__(
        self, entries: Iterable[tuple[Place, Iterable[str]]], iso_numeric: dict[str, int] | None = None
    ) -> None:
        places: dict[str, Place] = {}
        names: dict[str, tuple[str, ...]] = {}
        for place, arabic in entries:
            places[place.id] = place
            names[place.id] = tuple(arabic)
        flat = [(place, name) for place_id, place in places.items() for name in names[place_id]]
        keys = normalize_many([name for _, name in flat])
        by_key: dict[str, list[Place]] = defaultdict(list)
        seen: set[tuple[str, str]] = set()
        for (place, _), key in zip(flat, keys, strict=True):
            if key and (place.id, key) not in seen:
                seen.add((place.id, key))
                by_key[key].append(place)
        self._places = places
        self._names = names
        self._by_key = {k: tuple(sorted(v, key=_sort_key)) for k, v in by_key.items()}
        self._by_latin: dict[str, list[Place]] | None = None  # built on the first lookup()
        self._first_words = frozenset(k.split()[0] for k in self._by_key)
        self.max_words: int = max((len(k.split()) for k in self._by_key), default=0)
        self._iso_numeric = dict(iso_numeric or {})

    def candidates(self, key: str) -> tuple[Place, ...]:
        """Places with an Arabic name whose normalized form is exactly ``key`` (normalize_word)."""
        return self._by_key.get(key, ())

    def first_words(self) -> frozenset[str]:
        """The normalized first word of every name: a matcher's cheap prefilter."""
        return self._first_words

    def get(self, place_id: str) -> Place | None:
        return self._places.get(place_id)

    def names(self, place_id: str) -> tuple[str, ...]:
        """Every Arabic name of a place, the display name first."""
        return self._names.get(place_id, ())

    def lookup(self, name: str) -> list[Place]:
        """Places called ``name`` in Arabic (with or without ال) or English (any case or accents).

        Sorted by feature (country, admin units, city, town, village, ...) then population.
        """
        found: dict[str, Place] = {}
        key = normalize_word(name.strip())
        if key:
            keys = [key, key[len(_ARTICLE):] if key.startswith(_ARTICLE) else _ARTICLE + key]
            for k in keys:
                for place in self._by_key.get(k, ()):
                    found.setdefault(place.id, place)
        latin = fold_latin(name)
        if latin:
            by_latin = self._latin_index()
            bare = re.sub(r"^(?:a[lnrsdtz]|ad|ash|ath|az) ", "", latin)
            for k in dict.fromkeys((latin, bare, "al " + bare)):
                for place in by_latin.get(k, ()):
                    found.setdefault(place.id, place)
        return sorted(found.values(), key=_sort_key)

    def _latin_index(self) -> dict[str, list[Place]]:
        if self._by_latin is None:
            by_latin: dict[str, list[Place]] = defaultdict(list)
            for place in self._places.values():
                if place.name_en:
                    by_latin[fold_latin(place.name_en)].append(place)
            self._by_latin = dict(by_latin)
        return self._by_latin

    def admin1(self, country: str, code: str) -> Place | None:
        """The admin1 unit with GeoNames code ``code`` in ``country`` (ISO alpha-2)."""
        return self._places.get(f"admin1:{country.upper()}.{code}")

    def country(self, iso2: str) -> Place | None:
        return self._places.get(f"country:{iso2.upper()}")

    def iso_numeric(self, iso2: str) -> int | None:
        """ISO 3166-1 numeric code of a country (ACLED's ``iso``), where known."""
        return self._iso_numeric.get(iso2.upper())

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places.values())

    def __len__(self) -> int:
        return len(self._places)

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self)} places, {len(self._by_key)} names>"


def load_gazetteer(user_dir: Path | None = None) -> Gazetteer:
    """The packaged index merged with the user-level one.

    Without ``user_dir`` the default user directory is used and the result is cached for the life
    of the process (see :func:`clear_cache`); with it, the index is built afresh every call.
    """
    if user_dir is None:
        return _load_default()
    return _build(Path(user_dir))


@cache
def _load_default() -> Gazetteer:
    return _build(default_user_dir())


def clear_cache() -> None:
    """Forget the cached default index (after an import, for instance)."""
    _load_default.cache_clear()


# -- building --------------------------------------------------------------------------------------


class _Admin2Index:
    """District seats per admin1 unit, to give places their district."""

    def __init__(self) -> None:
        self.by_seat: dict[tuple[str, str, str], str] = {}
        self.seats: dict[tuple[str, str], list[tuple[float, float, float, str]]] = defaultdict(list)

    def add(self, country: str, admin1_code: str, seat_id: str, lat: float | None, lon: float | None,
            name: str) -> None:
        if seat_id:
            self.by_seat[(seat_id, country, admin1_code)] = name
        if lat is not None and lon is not None:
            self.seats[(country, admin1_code)].append((lat, lon, math.cos(math.radians(lat)), name))

    def find(self, place_id: str, country: str, admin1_code: str, lat: float | None,
             lon: float | None) -> str | None:
        name = self.by_seat.get((place_id, country, admin1_code))
        if name is not None or country not in NEAREST_ADMIN2 or lat is None or lon is None:
            return name
        best: tuple[float, str] | None = None
        for s_lat, s_lon, cos_lat, s_name in self.seats.get((country, admin1_code), ()):
            d = (lat - s_lat) ** 2 + ((lon - s_lon) * cos_lat) ** 2
            if best is None or d < best[0]:
                best = (d, s_name)
        return best[1] if best else None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_latin(text)).strip("-")


def _packaged(name: str, columns: tuple[str, ...], *, required: bool = True) -> Iterator[dict[str, str]]:
    text = read_packaged(name)
    if text is None:
        if required:
            raise ResourceError(f"the packaged gazetteer file {name} is missing")
        return iter(())
    return iter_rows(text, name, columns)


def _user_files(user_dir: Path, prefix: str) -> list[Path]:
    if not user_dir.is_dir():
        return []
    return sorted(
        p for p in user_dir.iterdir()
        if p.is_file() and p.name.startswith(prefix) and p.name.endswith((".tsv", ".tsv.gz"))
    )


def _build(user_dir: Path) -> Gazetteer:
    entries: dict[str, tuple[Place, list[str]]] = {}
    iso_numeric: dict[str, int] = {}

    for row in _packaged("countries.tsv", COUNTRY_COLUMNS):
        iso2 = row["iso2"].strip().upper()
        names = split_names(row["names_ar"])
        place = Place(
            id=f"country:{iso2}", name_en=row["name_en"].strip(), name_ar=names[0] if names else "",
            feature="country", latitude=to_float(row["latitude"], "countries.tsv"),
            longitude=to_float(row["longitude"], "countries.tsv"), country=iso2,
        )
        entries[place.id] = (place, names)
        if row["iso_numeric"].strip():
            iso_numeric[iso2] = to_int(row["iso_numeric"], "countries.tsv")

    admin1_names: dict[tuple[str, str], str] = {}
    for row in _packaged("admin1.tsv", ADMIN1_COLUMNS):
        country, code = row["country"].strip().upper(), row["code"].strip()
        names = split_names(row["names_ar"])
        name_en = row["name_en"].strip()
        admin1_names[(country, code)] = name_en
        place = Place(
            id=f"admin1:{country}.{code}", name_en=name_en, name_ar=names[0] if names else "",
            feature="admin1", latitude=to_float(row["latitude"], "admin1.tsv"),
            longitude=to_float(row["longitude"], "admin1.tsv"), country=country, admin1=name_en,
            parent=f"country:{country}",
        )
        entries[place.id] = (place, names)

    admin2 = _Admin2Index()
    for row in _packaged("admin2.tsv", ADMIN2_COLUMNS):
        country, code = row["country"].strip().upper(), row["admin1_code"].strip()
        if (country, code) not in admin1_names:
            raise ResourceError(f"admin2.tsv: unknown admin1 unit {country}.{code}")
        names = split_names(row["names_ar"])
        name_en = row["name_en"].strip()
        slug = _slug(name_en)
        place_id = f"admin2:{country}.{slug}"
        if place_id in entries:
            place_id = f"admin2:{country}.{code}.{slug}"
        lat, lon = to_float(row["latitude"], "admin2.tsv"), to_float(row["longitude"], "admin2.tsv")
        place = Place(
            id=place_id, name_en=name_en, name_ar=names[0] if names else "", feature="admin2",
            latitude=lat, longitude=lon, country=country, admin1=admin1_names[(country, code)],
            admin2=name_en, parent=f"admin1:{country}.{code}",
        )
        entries[place_id] = (place, names)
        admin2.add(country, code, row["seat_id"].strip(), lat, lon, name_en)

    packaged = read_packaged("geonames.tsv.gz")
    if packaged is None:
        raise ResourceError("the packaged gazetteer file geonames.tsv.gz is missing")
    layers = [("geonames.tsv.gz", packaged)]
    layers += [(str(p), read_path(p)) for p in _user_files(user_dir, "geonames")]
    for source, text in layers:
        for row in iter_rows(text, source, GEONAMES_COLUMNS):
            raw_id = row["id"].strip()
            place_id = raw_id if raw_id.startswith("geonames:") else f"geonames:{raw_id}"
            entries[place_id] = _geonames_place(place_id, row, source, admin1_names, admin2)
        del text

    supplement = [("supplement.tsv", read_packaged("supplement.tsv"))]
    supplement += [(str(p), read_path(p)) for p in _user_files(user_dir, "supplement")]
    wanted_parents: list[tuple[str, str]] = []
    for source, text in supplement:
        if text is None:
            continue
        for row in iter_rows(text, source, SUPPLEMENT_COLUMNS):
            place, names = _supplement_place(row, source, admin1_names, admin2)
            entries[place.id] = (place, names)
            if row["parent"].strip():
                wanted_parents.append((place.id, row["parent"].strip()))
    if wanted_parents:
        parents = _ParentFinder(list(entries.values()))
        for place_id, parent in wanted_parents:
            place, names = entries[place_id]
            parent_id = parents.find(parent, place)
            if parent_id:
                entries[place_id] = (replace(place, parent=parent_id), names)

    return Gazetteer(entries.values(), iso_numeric)


def _geonames_place(
    place_id: str, row: dict[str, str], source: str, admin1_names: dict[tuple[str, str], str],
    admin2: _Admin2Index,
) -> tuple[Place, list[str]]:
    country = row["country"].strip().upper()
    code = row["admin1_code"].strip()
    lat, lon = to_float(row["latitude"], source), to_float(row["longitude"], source)
    names = split_names(row["names_ar"])
    feature = row["feature"].strip() or "village"
    feature = FEATURE_ALIASES.get(feature, feature)
    if feature not in FEATURE_RANK:
        raise ResourceError(f"{source}: unknown feature {feature!r} for {place_id}")
    place = Place(
        id=place_id, name_en=row["name_en"].strip(), name_ar=names[0] if names else "", feature=feature,
        latitude=lat, longitude=lon, country=country, admin1=admin1_names.get((country, code)),
        admin2=admin2.find(place_id, country, code, lat, lon), population=to_int(row["population"], source),
    )
    return place, names


class _ParentFinder:
    """Resolves a supplement row's parent (the English name of its town) to a place id."""

    _FEATURES = frozenset({"city", "town", "village", "neighbourhood", "camp", "admin2", "admin1"})

    def __init__(self, entries: Iterable[tuple[Place, list[str]]]) -> None:
        self._by_name: dict[tuple[str, str], list[Place]] = defaultdict(list)
        for place, _ in entries:
            if place.feature in self._FEATURES and place.name_en:
                self._by_name[(place.country, fold_latin(place.name_en))].append(place)

    def find(self, name: str, child: Place) -> str | None:
        """The id of the place called ``name`` that encloses ``child``: same country, same admin1
        unit where possible, the most populous of several; ids are taken as they are."""
        if name.startswith(("geonames:", "rasd:", "admin1:", "admin2:", "country:")):
            return name
        found = [p for p in self._by_name.get((child.country, fold_latin(name)), []) if p.id != child.id]
        if not found:
            return None
        same_unit = [p for p in found if child.admin1 is None or p.admin1 == child.admin1] or found
        return min(same_unit, key=lambda p: (p.feature.startswith("admin"), -p.population, p.id)).id


def _supplement_place(row: dict[str, str], source: str, admin1_names: dict[tuple[str, str], str],
                      admin2: _Admin2Index) -> tuple[Place, list[str]]:
    place_id = row["id"].strip()
    if not place_id:
        raise ResourceError(f"{source}: a row without id")
    if ":" not in place_id:
        place_id = f"rasd:{place_id}"
    country = row["country"].strip().upper()
    code = row["admin1_code"].strip()
    if "." in code:
        prefix, code = code.split(".", 1)
        country = country or prefix.upper()
    feature = row["feature"].strip() or "landmark"
    feature = FEATURE_ALIASES.get(feature, feature)
    if feature not in FEATURE_RANK:
        raise ResourceError(f"{source}: unknown feature {feature!r} for {place_id}")
    lat, lon = to_float(row["latitude"], source), to_float(row["longitude"], source)
    names = split_names(row["names_ar"])
    admin1 = admin1_names.get((country, code))
    place = Place(
        id=place_id, name_en=row["name_en"].strip(), name_ar=names[0] if names else "", feature=feature,
        latitude=lat, longitude=lon, country=country, admin1=admin1,
        admin2=admin2.find(place_id, country, code, lat, lon),
    )
    return place, names
