"""Yemen's districts (مديريات): complete per governorate, resolvable by Arabic name, in the right place.

scripts/check_admin2.py holds the location rule; these tests run it on the packaged index and show
that it catches a district filed under the wrong governorate.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from rasd.gazetteer import Gazetteer, load_gazetteer
from rasd.gazetteer.layers import ADMIN2_COLUMNS, iter_rows, read_packaged
from rasd.model import Place
from rasd.recognize.places import find_places
from rasd.text.normalize import normalize, normalize_word

ROOT = Path(__file__).resolve().parents[2]


def _load_checker():
    path = ROOT / "scripts" / "check_admin2.py"
    spec = importlib.util.spec_from_file_location("check_admin2", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


checker = _load_checker()

# Districts per governorate: OCHA Yemen's Common Operational Dataset of administrative boundaries
# (Central Statistical Organization / OCHA Yemen, "Yemen - Subnational Administrative Boundaries"
# on HDX, yem_admbnda_adm2_govyem_cso_ochayemen: 333 districts in 22 governorates, Socotra's two
# counted apart from Hadramawt's 28). Keys are the gazetteer's admin1 names (ACLED's).
DISTRICTS_PER_GOVERNORATE = {
    "Ibb": 20, "Abyan": 11, "Amanat al Asimah": 10, "Al Bayda": 20, "Taizz": 23, "Al Jawf": 12,
    "Hajjah": 31, "Al Hudaydah": 26, "Hadramawt": 28, "Dhamar": 12, "Shabwah": 17, "Sa'dah": 15,
    "Sanaa": 16, "Aden": 8, "Lahj": 15, "Marib": 14, "Al Mahwit": 9, "Al Maharah": 9, "Amran": 20,
    "Al Dhale'e": 9, "Raymah": 6, "Socotra": 2,
}

# The ten districts of Sanaa city (Amanat al-Asimah), by their Arabic names.
SANAA_CITY = {
    "Old City": "صنعاء القديمة", "Shu'aub": "شعوب", "Az'zal": "آزال", "Assafi'yah": "الصافية",
    "As Sabain": "السبعين", "Al Wahdah": "الوحدة", "At Tahrir": "التحرير", "Ma'ain": "معين",
    "Ath'thaorah": "الثورة", "Bani Al Harith": "بني الحارث",
}


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The packaged index only: the user directory is an empty temporary folder."""
    return load_gazetteer(tmp_path_factory.mktemp("empty-user-dir"))


@pytest.fixture(scope="module")
def districts(gaz: Gazetteer) -> list[Place]:
    return [p for p in gaz if p.feature == "admin2" and p.country == "YE"]


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    text = read_packaged("admin2.tsv")
    assert text is not None
    return [r for r in iter_rows(text, "admin2.tsv", ADMIN2_COLUMNS) if r["country"] == "YE"]


def test_the_count_table_adds_up() -> None:
    assert sum(DISTRICTS_PER_GOVERNORATE.values()) == 333
    assert len(DISTRICTS_PER_GOVERNORATE) == 22


def test_every_governorate_has_all_its_districts(gaz: Gazetteer, districts: list[Place]) -> None:
    governorates = {p.name_en for p in gaz if p.feature == "admin1" and p.country == "YE"}
    assert governorates == set(DISTRICTS_PER_GOVERNORATE)
    assert dict(Counter(p.admin1 for p in districts)) == DISTRICTS_PER_GOVERNORATE


def test_no_duplicate_districts(gaz: Gazetteer, districts: list[Place], rows: list[dict[str, str]]) -> None:
    # one Place per row: an id taken twice would silently replace the first district
    assert len(rows) == len(districts) == len({p.id for p in districts})
    assert len({(r["admin1_code"], r["name_en"]) for r in rows}) == len(rows)
    seats = [r["seat_id"] for r in rows if r["seat_id"]]
    assert len(seats) == len(set(seats))
    for place in districts:
        assert place.id.startswith("admin2:YE.") and place.parent.startswith("admin1:YE.")
        assert gaz.get(place.parent).name_en == place.admin1 == gaz.get(place.id).admin1


def test_every_district_has_arabic_names_and_coordinates(gaz: Gazetteer, districts: list[Place]) -> None:
    for place in districts:
        names = gaz.names(place.id)
        assert names and place.name_ar == names[0], place
        assert any(normalize_word(n).startswith(normalize_word("مديرية") + " ") for n in names), place
        assert place.latitude is not None and place.longitude is not None, place
        assert 12.0 <= place.latitude <= 19.05 and 41.8 <= place.longitude <= 54.6, place


@pytest.mark.parametrize(("name_en", "name_ar"), sorted(SANAA_CITY.items()))
def test_sanaa_city_districts_resolve_by_arabic_name(gaz: Gazetteer, name_en: str, name_ar: str) -> None:
    found = [p for p in gaz.candidates(normalize_word(f"مديرية {name_ar}")) if p.feature == "admin2"]
    assert [(p.name_en, p.admin1, p.country) for p in found] == [(name_en, "Amanat al Asimah", "YE")]
    assert found[0].admin2 == name_en and found[0].parent == "admin1:YE.26"


def test_sanaa_city_has_exactly_these_districts(districts: list[Place]) -> None:
    assert {p.name_en for p in districts if p.admin1 == "Amanat al Asimah"} == set(SANAA_CITY)


@pytest.mark.parametrize(
    ("name", "admin1", "admin2"),
    [
        ("مديرية حزم العدين", "Ibb", "Hazm Al Odayn"),
        ("حزم العدين", "Ibb", "Hazm Al Odayn"),
        ("مديرية أرحب", "Sanaa", "Arhab"),
        ("مديرية الوادي", "Marib", "Marib"),
        ("جبل حبشي", "Taizz", "Jabal Habashy"),
        ("مديرية سحار", "Sa'dah", "Sahar"),
        ("مديرية عتمة", "Dhamar", "Utmah"),
        ("مديرية القاهرة", "Taizz", "Al Qahirah"),
        ("مديرية المسيلة", "Al Maharah", "Al Masilah"),
        ("مديرية دار سعد", "Aden", "Dar Sad"),
        ("مديرية الشعيب", "Al Dhale'e", "Ash Shu'ayb"),
        ("مديرية السلفية", "Raymah", "As Salafiyah"),
    ],
)
def test_districts_by_arabic_name(gaz: Gazetteer, name: str, admin1: str, admin2: str) -> None:
    units = [p for p in gaz.lookup(name) if p.feature == "admin2" and p.country == "YE"]
    assert [(p.admin1, p.name_en) for p in units] == [(admin1, admin2)]


@pytest.mark.parametrize(
    "word",
    ["التحرير", "الثورة", "الوحدة", "السبعين", "معين", "القاهرة", "صالة", "التعزية", "السلفية", "الجعفرية",
     "الميناء", "الحالي", "بلاد الروس", "حالمين", "ردمان", "صباح", "العرش", "المسيلة", "همدان", "خولان",
     "يافع", "الشعر", "عين", "حجر", "الظاهر", "الصفراء", "المنار", "بني ضبيان", "نجرة", "ولد ربيع"],
)
def test_common_words_are_not_bare_district_names(gaz: Gazetteer, word: str) -> None:
    # a common word, a personal name or a place elsewhere: only "مديرية X" names the district
    assert not [p for p in gaz.candidates(normalize_word(word)) if p.feature == "admin2" and p.country == "YE"]


def test_geonames_seats_lie_in_their_governorate(gaz: Gazetteer, rows: list[dict[str, str]]) -> None:
    names = {p.admin1 for p in gaz if p.feature == "admin1" and p.country == "YE"}
    by_code = {p.id.split(".")[1]: p.name_en for p in gaz if p.feature == "admin1" and p.country == "YE"}
    assert set(by_code.values()) == names
    seated = [r for r in rows if r["seat_id"]]
    assert len(seated) >= 180
    for row in seated:
        seat = gaz.get(row["seat_id"])
        assert seat is not None and seat.country == "YE", row
        assert seat.admin1 == by_code[row["admin1_code"]], row
        assert seat.feature in ("city", "town"), row  # district seats are at least towns
        assert (seat.latitude, seat.longitude) == (float(row["latitude"]), float(row["longitude"])), row


def test_district_locations_fit_their_governorates(gaz: Gazetteer) -> None:
    errors = [str(f) for f in checker.country_findings(gaz, "YE") if f.level == "error"]
    assert errors == []


def test_district_coordinates_within_reach_of_their_governorate(gaz: Gazetteer, districts: list[Place]) -> None:
    capitals = {p.name_en: p for p in gaz if p.feature == "admin1" and p.country == "YE"}
    for place in districts:
        capital = capitals[place.admin1]
        km = checker.distance_km(place.latitude, place.longitude, capital.latitude, capital.longitude)
        assert km <= checker.RADIUS_KM["YE"][place.admin1], (place.name_en, place.admin1, round(km))


@pytest.mark.parametrize(
    ("district", "wrong"),
    [
        ("Jabal Habashy", "Ibb"),  # Taizz's, filed under the neighbouring governorate
        ("Bani Hushaysh", "Marib"),
        ("Hufash", "Hajjah"),
        ("Yafa'a", "Abyan"),
        ("Al Hada", "Sanaa"),
        ("Dar Sad", "Lahj"),
        ("Sabir Al Mawadim", "Ibb"),
        ("Kamaran", "Hajjah"),
        ("Qatabir", "Al Jawf"),
        ("Al Qaf", "Al Maharah"),  # a far one: beyond Al Maharah's reach
    ],
)
def test_the_location_check_catches_a_wrong_governorate(gaz: Gazetteer, districts: list[Place], district: str,
                                                         wrong: str) -> None:
    place = next(p for p in districts if p.name_en == district)
    moved = replace(place, admin1=wrong)
    settlements = [p for p in gaz if p.feature in checker.SETTLEMENTS and p.country == "YE"
                   and p.id.startswith("geonames:")]
    capitals = {p.name_en: p for p in gaz if p.feature == "admin1" and p.country == "YE"}
    assert not [f for f in checker.check_units([place], settlements, capitals, checker.RADIUS_KM["YE"])
                if f.level == "error"]
    found = checker.check_units([moved], settlements, capitals, checker.RADIUS_KM["YE"])
    assert [f.level for f in found if f.level == "error"], (district, wrong)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سيطرت المقاومة على مديرية حزم العدين بمحافظة إب.", ("admin2", "Ibb", "Hazm Al Odayn")),
        ("دارت اشتباكات عنيفة في مديرية التحرير وسط العاصمة صنعاء.", ("admin2", "Amanat al Asimah", "At Tahrir")),
        ("شن طيران التحالف غارات على مديرية أرحب شمال صنعاء.", ("admin2", "Sanaa", "Arhab")),
    ],
)
def test_districts_are_found_in_text(text: str, expected: tuple[str, str, str]) -> None:
    got = [(m.place.feature, m.place.admin1, m.place.name_en) for m in find_places(normalize(text)) if m.place]
    assert expected in got


@pytest.mark.parametrize(
    "text",
    [
        "وقفوا على الأطلال حالمين بقيامها مرة أخرى في اليمن.",
        "قال العميد علي ردمان قحطان إن الجبهة في اليمن مستقرة.",
        "انتشرت أفكار السلفية في اليمن خلال العقود الماضية.",
        "عاد الوفد اليمني من بلاد الروس بعد زيارة قصيرة.",
    ],
)
def test_common_words_in_text_are_not_districts(text: str) -> None:
    assert not [m for m in find_places(normalize(text)) if m.place and m.place.feature == "admin2"]
