"""Coverage beyond the Arab states: all of Turkey's 81 provinces, and Mali, Niger, Burkina Faso, Nigeria and
Afghanistan with their admin1 units and towns.

Short reports written for these tests, each naming a place in one of the new provinces or countries: the event
is placed there (location, admin1, country) and coded with the country's forces. Before the extension each of
them gave no event (the place was outside the gazetteer, so the event was dropped) or no admin1 unit. The last
tests are guards, true before as after: they hold the common words among the new names (مالي financial, بورصة a
stock exchange) off the map.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.extractor import Extractor
from rasd.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The packaged index only: the user directory is an empty temporary folder."""
    return load_gazetteer(tmp_path_factory.mktemp("empty-user-dir"))


def places(extractor: Extractor, text: str) -> list[tuple[str | None, str | None, str | None]]:
    events = extractor.extract(text, published=date(2015, 8, 10)).events
    return [(e.location, e.admin1, e.country) for e in events]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # Turkey: the PKK conflict beyond the border provinces
        ("قتل جنديان تركيان أمس في هجوم شنه مسلحون من حزب العمال الكردستاني على مركز للدرك في ولاية قارص شرق تركيا.",
         ("Kars", "Kars", "Turkey")),
        ("فجر مسلحون من حزب العمال الكردستاني أمس قطارا قرب بلدة كماه بولاية أرزينجان شرق تركيا.",
         ("Erzincan", "Erzincan", "Turkey")),
        ("قتل شرطي أمس في اشتباك مع مسلحين من حزب العمال الكردستاني في ولاية أردهان شمال شرق تركيا.",
         ("Ardahan", "Ardahan", "Turkey")),
        # Mali
        ("قتل خمسة جنود ماليين أمس في كمين نصبه مسلحون قرب مدينة تمبكتو شمالي مالي.",
         ("Timbuktu", "Timbuktu", "Mali")),
        ("انفجرت عبوة ناسفة أمس بدورية للجيش المالي قرب مدينة غاو، ما أسفر عن مقتل جنديين.", ("Gao", "Gao", "Mali")),
        # Niger (بوسو: not Bousso in Chad, which the report does not name)
        ("هاجم مسلحون من جماعة بوكو حرام أمس بلدة بوسو في منطقة ديفا جنوب شرقي النيجر وقتلوا ثلاثة جنود.",
         ("Bosso", "Diffa", "Niger")),
        # Burkina Faso
        ("قتل 20 شخصا أمس في هجوم مسلح على فندق في العاصمة البوركينية واغادوغو.",
         ("Ouagadougou", "Centre", "Burkina Faso")),
        # Nigeria
        ("فجرت انتحارية نفسها أمس في سوق بمدينة مايدوغوري عاصمة ولاية بورنو شمال شرقي نيجيريا، ما أسفر عن مقتل 12 شخصا.",
         ("Maiduguri", "Borno", "Nigeria")),
        # Afghanistan
        ("قتل 15 شخصا أمس في تفجير انتحاري استهدف أكاديمية الشرطة في العاصمة الأفغانية كابل.",
         ("Kabul", "Kabul", "Afghanistan")),
        ("شنت طائرات أمريكية أمس غارة على مواقع لحركة طالبان في ولاية هلمند جنوب أفغانستان، ما أسفر عن مقتل عشرة مسلحين.",
         ("Helmand", "Helmand", "Afghanistan")),
    ],
)
def test_an_event_in_the_new_coverage_is_placed(extractor: Extractor, text: str, where: tuple[str, str, str]) -> None:
    assert places(extractor, text) == [where]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("اشتبك الجيش النيجيري أمس مع مسلحين من بوكو حرام قرب بلدة غوزا في ولاية بورنو، ما أسفر عن مقتل 15 مسلحا.",
         ("Military Forces of Nigeria", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")),
        ("قتل ثلاثة من عناصر الشرطة الأفغانية أمس في هجوم على نقطة تفتيش في مدينة قندوز.",
         ("Unidentified Armed Group (Afghanistan)", "Police Forces of Afghanistan")),
        ("قتل خمسة جنود ماليين أمس في كمين نصبه مسلحون قرب مدينة تمبكتو شمالي مالي.",
         ("Unidentified Armed Group (Mali)", "Military Forces of Mali")),
    ],
)
def test_the_new_countries_have_their_own_forces(extractor: Extractor, text: str, actors: tuple[str, str]) -> None:
    events = extractor.extract(text, published=date(2015, 8, 10)).events
    assert [(e.actor1, e.actor2) for e in events] == [actors]


def test_all_81_turkish_provinces_and_the_new_countries_units(gaz: Gazetteer) -> None:
    units = {}
    for p in gaz:
        if p.feature == "admin1":
            units[p.country] = units.get(p.country, 0) + 1
    assert (units["TR"], units["ML"], units["NE"], units["BF"], units["NG"], units["AF"]) == (81, 11, 8, 13, 37, 34)
    for iso2 in ("ML", "NE", "BF", "NG", "AF"):
        assert gaz.country(iso2) is not None


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("إغدير", "TR", "Igdir"), ("غوموشهانة", "TR", "Gumushane"), ("طرابزون", "TR", "Trabzon"),
        ("قونية", "TR", "Konya"), ("كيدال", "ML", "Kidal"), ("موبتي", "ML", "Mopti"),
        ("نيامي", "NE", "Niamey"), ("يوبي", "NG", "Yobe"), ("قندهار", "AF", "Kandahar"),
        ("ننغرهار", "AF", "Nangarhar"),
    ],
)
def test_the_provinces_resolve_by_their_arabic_names(gaz: Gazetteer, name: str, country: str, admin1: str) -> None:
    assert any(p.country == country and p.admin1 == admin1 for p in gaz.lookup(name))


@pytest.mark.parametrize(
    "word",
    # financial; a stock exchange; paradise (Djenné); league (Dori); the currency (Dinar); from us (Minna);
    # lovers (Uşak); months (Alaşehir); financial (Elmalı); crime (Jurm); sons (Benin City); Urdu (Ordu)
    ["مالي", "بورصة", "جنة", "دوري", "دينار", "منا", "عشاق", "الأشهر", "المالي", "جرم", "بنين", "أوردو"],
)
def test_common_words_among_the_new_names_are_no_towns(gaz: Gazetteer, word: str) -> None:
    new = {"TR", "ML", "NE", "BF", "NG", "AF"}
    assert [p.id for p in gaz.lookup(word) if p.country in new and p.feature in ("city", "town", "village")] == []


def test_financial_support_is_not_mali(extractor: Extractor) -> None:
    """دعم مالي: financial support; بورصة إسطنبول: the Istanbul stock exchange, not Bursa."""
    assert places(extractor, "أعلنت الحكومة أمس تقديم دعم مالي للأسر بعد مقتل خمسة جنود في هجوم على دورية في "
                             "محافظة إدلب.") == [("Idleb", "Idleb", "Syria")]
    assert places(extractor, "قتل شرطي أمس في هجوم مسلح قرب مبنى بورصة إسطنبول.") == [
        ("Istanbul", "Istanbul", "Turkey")]
