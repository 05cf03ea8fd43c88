"""Import GeoNames' own dump files into the user-level gazetteer index.

Input: a country file (``SY.txt``, ``SY.zip``) or ``allCountries.txt``/``.zip``: 19 tab-separated
columns (geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature
code, country code, cc2, admin1 code, admin2 code, admin3, admin4, population, elevation, dem,
timezone, modification date); optionally ``alternateNamesV2.txt``/``.zip`` (alternateNameId,
geonameid, isolanguage, alternate name, isPreferredName, isShortName, isColloquial, isHistoric,
from, to), which says which names are Arabic and which one is preferred.

Output: ``geonames-<dump name>.tsv.gz`` in the packaged GeoNames layout, which
:func:`rasd.gazetteer.load_gazetteer` merges over the packaged index (a row with the id of a
packaged place replaces it), and ``geonames-<dump name>.json`` describing the import.

What is kept, in the chosen countries (by default the ones Rasd covers):

* populated places (feature class P) except historical ones (PPLH), when they have an Arabic
  name: capitals and seats of first-order units become cities, seats of second-order units at
  least towns, sections of populated places (PPLX) neighbourhoods, the rest go by population;
* a chosen set of spots, areas and terrain (classes S, L, T, H) and third-order administrative
  divisions (ADM3, as admin3), only when they have an Arabic name: prisons, camps, military bases,
  airports, border posts, dams, bridges, a few landmarks, regions, mountains and hills. Anything
  else (schools, mosques, wells, farms ...) is left out: too many, too rarely the scene of an event.

Names: the Arabic-script names of the dump's alternatenames column. With the alternate-names file,
those it tags with another language (Persian outside Iran, Urdu, Kurdish ...) are left out, its
names tagged Arabic (ar and the Arabic varieties) are added, historical names are left out, and the
preferred Arabic name comes first. Both are cleaned like the packaged layer
(:mod:`rasd.gazetteer.names`).

Files are streamed line by line (allCountries is 1.5 GB): with the alternate-names file the dump is
read twice, first for the ids of the candidate places, so that only their names are held in memory.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rasd.errors import ResourceError
from rasd.gazetteer.layers import GEONAMES_COLUMNS, write_tsv
from rasd.gazetteer.names import clean_arabic_names, drop_bare_doubles, order_names, population_feature

__all__ = ["DEFAULT_COUNTRIES", "ImportSummary", "geonames_feature", "import_geonames"]

DEFAULT_COUNTRIES = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IL SS TD ET ER TR IR ML NE BF NG AF".split()
)
"""The countries Rasd covers: the Arab League states, their neighbours in conflict reporting, and the Sahel,
Nigeria and Afghanistan."""

ARABIC_LANGUAGES = frozenset(
    "ar arz apc ajp acm acq acw acx aeb afb apd arq ars ary ayl abv ayp shu ssh".split()
)
"""ISO 639 codes of Arabic and its varieties, as GeoNames tags alternate names."""

_NOT_NAMES = frozenset("link post iata icao faac abbr wkdt unlc tcid fr_1793".split())

_OTHER_FEATURES: dict[tuple[str, str], str] = {
    ("S", "PRN"): "prison",
    ("S", "CMP"): "camp", ("S", "CMPRF"): "camp", ("S", "CMPMN"): "camp", ("S", "CMPL"): "camp",
    ("S", "MILB"): "base", ("S", "INSM"): "base", ("S", "AIRB"): "base", ("S", "NVB"): "base",
    ("S", "AIRP"): "airport", ("S", "AIRF"): "airport", ("S", "AIRH"): "airport",
    ("S", "PSTB"): "crossing", ("S", "PSTC"): "crossing", ("S", "PSTP"): "checkpoint",
    ("S", "DAM"): "dam", ("H", "DAM"): "dam", ("S", "BDG"): "bridge",
    ("S", "CSTL"): "landmark", ("S", "STDM"): "landmark", ("S", "HSP"): "landmark",
    ("S", "UNIV"): "landmark", ("S", "PAL"): "landmark", ("S", "ANS"): "landmark",
    ("S", "RUIN"): "landmark", ("S", "MNMT"): "landmark", ("S", "SQR"): "landmark",
    ("S", "PO"): "landmark", ("S", "GOVL"): "landmark", ("S", "PP"): "landmark",
    ("S", "OILF"): "field", ("L", "OILF"): "field", ("L", "FLD"): "field", ("L", "GASF"): "field",
    ("L", "RGN"): "region", ("L", "RGNE"): "region", ("L", "AREA"): "region", ("L", "OAS"): "region",
    ("L", "INDS"): "landmark", ("L", "PRK"): "landmark", ("L", "MILB"): "base",
    ("T", "MT"): "landmark", ("T", "HLL"): "landmark", ("T", "PK"): "landmark",
    ("T", "MTS"): "region", ("T", "HLLS"): "region", ("T", "PLAT"): "region", ("T", "VAL"): "region",
    ("A", "ADM3"): "admin3",
}

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_DUMP_COLUMNS = 19


def geonames_feature(feature_class: str, feature_code: str, population: int) -> str | None:
    """Our feature for a GeoNames feature class and code, or None for what we do not keep."""
    if feature_class == "P":
        if feature_code == "PPLH":
            return None
        if feature_code == "PPLX":
            return "neighbourhood"
        if feature_code in ("PPLC", "PPLA", "PPLG"):
            return "city"
        feature = population_feature(population)
        if feature_code == "PPLA2" and feature == "village":
            return "town"
        return feature
    return _OTHER_FEATURES.get((feature_class, feature_code))


@dataclass(frozen=True)
class ImportSummary:
    """What an import read and wrote."""

    dump: Path
    alternate_names: Path | None
    output: Path
    description: Path
    records: int
    places: int
    names: int
    without_arabic: int
    by_country: dict[str, int] = field(default_factory=dict)
    by_feature: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dump": str(self.dump),
            "alternate_names": str(self.alternate_names) if self.alternate_names else None,
            "output": str(self.output),
            "records": self.records,
            "places": self.places,
            "names": self.names,
            "without_arabic": self.without_arabic,
            "by_country": dict(sorted(self.by_country.items())),
            "by_feature": dict(sorted(self.by_feature.items())),
        }

    def __str__(self) -> str:
        countries = ", ".join(f"{c} {n}" for c, n in sorted(self.by_country.items())) or "none"
        features = ", ".join(f"{f} {n}" for f, n in sorted(self.by_feature.items())) or "none"
        return (
            f"read {self.records} records of {self.dump.name}; wrote {self.places} places with "
            f"{self.names} Arabic names to {self.output}\n"
            f"  by country: {countries}\n  by feature: {features}\n"
            f"  left out for want of an Arabic name: {self.without_arabic}"
        )


def import_geonames(
    dump: Path,
    alternate_names: Path | None = None,
    *,
    countries: set[str] | None = None,
    out_dir: Path,
) -> ImportSummary:
    """Import a GeoNames dump (and optionally its alternate names) into ``out_dir``.

    ``countries`` limits the import to these ISO alpha-2 codes; None means :data:`DEFAULT_COUNTRIES`.
    ``out_dir`` is the user-level gazetteer folder that :func:`load_gazetteer` reads (its
    ``user_dir``); it is created if needed. An earlier import of a file of the same name is replaced.
    """
    dump, out_dir = Path(dump), Path(out_dir)
    wanted = frozenset(c.strip().upper() for c in countries) if countries else DEFAULT_COUNTRIES
    alternates: dict[int, list[tuple[str, str, bool]]] | None = None
    if alternate_names is not None:
        alternate_names = Path(alternate_names)
        ids = {gid for gid, *_ in _candidates(dump, wanted)}
        alternates = _arabic_alternates(alternate_names, ids)

    rows: list[tuple[object, ...]] = []
    by_country: Counter[str] = Counter()
    by_feature: Counter[str] = Counter()
    without_arabic = name_count = 0
    read: Counter[str] = Counter()
    for gid, cells, feature in _candidates(dump, wanted, read):
        country = cells[8].strip().upper()
        if alternates is None:
            names = clean_arabic_names(n for n in cells[3].split(",") if _ARABIC_SCRIPT.search(n))
            preferred: list[str] = []
        else:
            keep: list[tuple[str, bool]] = []
            other: set[str] = set()  # names the file tags with another language (Persian, Urdu ...)
            for name, lang, pref in alternates.get(gid, []):
                if lang in ARABIC_LANGUAGES or lang == "" or (lang == "fa" and country == "IR"):
                    keep.append((name, pref))
                else:
                    other.add(name)
            untagged = [n for n in cells[3].split(",") if _ARABIC_SCRIPT.search(n) and n not in other]
            names = clean_arabic_names([n for n, _ in keep] + untagged)
            preferred = [n for n, pref in keep if pref]
        names = drop_bare_doubles(names)  # زرقاء beside الزرقاء: "blue", not the town
        if not names:
            without_arabic += 1
            continue
        names = order_names(names, preferred)
        lat, lon = round(float(cells[4]), 5), round(float(cells[5]), 5)
        population = _population(cells[14])
        rows.append((gid, cells[1].strip(), "|".join(names), feature, lat, lon, country,
                     cells[10].strip(), population))
        by_country[country] += 1
        by_feature[feature] += 1
        name_count += len(names)
    rows.sort(key=lambda r: r[0])  # type: ignore[arg-type, return-value]

    stem = _stem(dump)
    output = out_dir / f"geonames-{stem}.tsv.gz"
    when = datetime.now(UTC).date().isoformat()
    source = f"GeoNames dump {dump.name}" + (f" with {alternate_names.name}" if alternate_names else "")
    write_tsv(output, [f"source: {source} (geonames.org), imported by rasd on {when}",
                       "licence: CC BY 4.0 (credit GeoNames)"], GEONAMES_COLUMNS, rows)
    summary = ImportSummary(
        dump=dump, alternate_names=alternate_names, output=output,
        description=out_dir / f"geonames-{stem}.json", records=read["records"], places=len(rows),
        names=name_count,
        without_arabic=without_arabic, by_country=dict(by_country), by_feature=dict(by_feature),
    )
    description = {"source": source, "licence": "CC BY 4.0", "imported": when,
                   "countries": sorted(wanted), **summary.to_dict()}
    text = json.dumps(description, ensure_ascii=False, indent=2) + "\n"
    summary.description.write_text(text, encoding="utf-8")
    return summary


def _population(cell: str) -> int:
    try:
        return max(0, int(cell or 0))
    except ValueError:
        return 0


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".zip", ".gz", ".txt", ".tsv"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name) or "dump"


def _lines(path: Path) -> Iterator[str]:
    """The lines of a text file, or of the data file inside a GeoNames zip, streamed."""
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as archive:
                member = _zip_member(archive, path)
                with archive.open(member) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        else:
            with open(path, encoding="utf-8", newline="\n") as handle:
                yield from handle
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise ResourceError(f"cannot read {path}: {exc}") from exc


def _zip_member(archive: zipfile.ZipFile, path: Path) -> str:
    names = [n for n in archive.namelist() if n.endswith(".txt")]
    for name in names:
        if Path(name).stem == path.stem:
            return name
    data = [n for n in names if not n.lower().startswith(("readme", "iso-languagecodes"))]
    if not data:
        raise ResourceError(f"{path}: no data file inside")
    return max(data, key=lambda n: archive.getinfo(n).file_size)


def _candidates(
    dump: Path, wanted: Iterable[str], read: Counter[str] | None = None
) -> Iterator[tuple[int, list[str], str]]:
    """(geonameid, cells, feature) of the dump's records we may keep; ``read["records"]`` counts
    the records read."""
    wanted = frozenset(wanted)
    read = Counter() if read is None else read
    count = 0
    for lineno, line in enumerate(_lines(dump), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\r\n").split("\t")
        if len(cells) != _DUMP_COLUMNS:
            if count == 0:
                raise ResourceError(f"{dump}:{lineno}: not a GeoNames dump line ({len(cells)} columns, "
                                    f"expected {_DUMP_COLUMNS})")
            continue  # a damaged line in a large file: skip it
        count += 1
        read["records"] += 1
        if cells[8].strip().upper() not in wanted:
            continue
        try:
            gid = int(cells[0])
            float(cells[4]), float(cells[5])
        except ValueError:
            continue
        feature = geonames_feature(cells[6].strip(), cells[7].strip(), _population(cells[14]))
        if feature is not None:
            yield gid, cells, feature


def _arabic_alternates(path: Path, ids: set[int]) -> dict[int, list[tuple[str, str, bool]]]:
    """Arabic-script alternate names of the places in ``ids``: (name, language, preferred)."""
    found: dict[int, list[tuple[str, str, bool]]] = {}
    checked = False
    for lineno, line in enumerate(_lines(path), 1):
        cells = line.rstrip("\r\n").split("\t")
        if len(cells) < 4:
            if not line.strip():
                continue
            raise ResourceError(f"{path}:{lineno}: not a GeoNames alternate-names line")
        if not checked:
            if not cells[1].isdigit():
                raise ResourceError(f"{path}:{lineno}: not a GeoNames alternate-names line")
            checked = True
        try:
            gid = int(cells[1])
        except ValueError:
            continue
        if gid not in ids:
            continue
        language, name = cells[2].strip(), cells[3]
        if language in _NOT_NAMES or not _ARABIC_SCRIPT.search(name):
            continue
        if len(cells) > 7 and cells[7] == "1":
            continue  # historical
        found.setdefault(gid, []).append((name, language, len(cells) > 4 and cells[4] == "1"))
    return found
