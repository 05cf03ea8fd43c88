"""Running totals: a toll that sums many incidents (several days, a campaign) is no one event's fatalities."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.extractor import Extractor


def extract(text: str, published: date):
    return Extractor().extract(text, published=published).events


def _tolls(events) -> list[tuple]:
    return [(e.sub_event_type, e.location, e.fatalities, e.fatalities_high) for e in events]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # خلال الأيام الثلاثة الماضية: the attacks of three days, not the bombing told before
    ("قتل ثلاثة جنود أتراك أمس في انفجار عبوة ناسفة استهدفت دوريتهم في بلدة سيلوبي. وقتل 25 من عناصر الشرطة والجيش "
     "في هجمات نسبت للمتمردين خلال الأيام الثلاثة الماضية.", date(2015, 8, 10),
     [("Remote explosive/landmine/IED", "Silopi", 3, 3)]),
    # the span told before the figure: المعارك خلال اليومين الماضيين أسفرت عن مقتل 42
    ("سيطرت المقاومة الشعبية أمس على مديرية مشرعة وحدنان في مدينة تعز. وأسفرت المعارك في المديرية خلال اليومين "
     "الماضيين عن مقتل 42 حوثيا.", date(2015, 8, 1),
     [("Non-state actor overtakes territory", "Taiz", 0, None)]),
    # على مدار الأسبوع، خلال 48 ساعة: the strikes of a week or of two days, not the day's strike (nor its highest toll)
    ("قتل خمسة مسلحين حوثيين أمس في غارة لطيران التحالف على مدينة زنجبار. وقال مصدر إن 80 حوثيا قتلوا في غارات "
     "التحالف على المدينة على مدار الأسبوع.", date(2015, 8, 6),
     [("Air/drone strike", "Zinjibār", 5, 5)]),
    ("قتل خمسة مسلحين حوثيين أمس في غارة لطيران التحالف على مدينة زنجبار. وقال مصدر إن 80 حوثيا قتلوا في غارات "
     "التحالف على المدينة خلال 48 ساعة.", date(2015, 8, 6),
     [("Air/drone strike", "Zinjibār", 5, 5)]),
])
def test_a_toll_over_several_days_is_a_running_total(text: str, published: date, expected: list) -> None:
    assert _tolls(extract(text, published)) == expected


def test_a_span_in_a_recap_after_the_toll_leaves_it_alone() -> None:
    # وكانت المنطقة شهدت في الأيام الماضية: the span is the recap's, the soldier was killed yesterday
    events = extract("قتل جندي عراقي وأصيب خمسة آخرون أمس في قصف شنه تنظيم داعش على ثكنة عسكرية قرب الفلوجة، وكانت "
                     "المنطقة شهدت في الأيام الماضية اشتباكات عنيفة.", date(2015, 7, 31))
    assert [(e.location, e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        ("Al Fallūjah", 1, [("killed", 1), ("injured", 5)])]


def test_a_toll_over_many_places_is_a_running_total() -> None:
    # في مختلف المحافظات: the attacks of a whole country, not the checkpoint attack told before
    events = extract("قتل خمسة جنود أمس في هجوم على حاجز في مدينة العريش. وقتل 60 من عناصر الأمن في هجمات في مختلف "
                     "المحافظات.", date(2015, 8, 10))
    assert _tolls(events) == [("Armed clash", "Arīsh", 5, 5)]
    # مناطق متفرقة من مدينة تعز: many spots of one town, one place to ACLED, its toll one event's
    events = extract("قتل 10 حوثيين في مواجهات مع المقاومة في مناطق متفرقة من مدينة تعز.", date(2015, 8, 10))
    assert _tolls(events) == [("Armed clash", "Taiz", 10, 10)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # في تركيا وشمال العراق: a campaign's dead in two countries, no one bombing's nor shelling's toll
    ("قتل أربعة من عناصر الشرطة أمس في انفجار قنبلة وضعت بجانب طريق في بلدة سيلوبي. وكانت وكالة الأناضول تحدثت عن "
     "مقتل 390 مسلحا في تركيا وشمال العراق جراء القصف التركي.", date(2015, 8, 10),
     [("Remote explosive/landmine/IED", "Silopi", 4, 4)]),
    # على قضاء بيجي ومدينة الرمادي: strikes in two provinces, each its own event; their sum is neither's toll
    ("قتل 23 من عناصر داعش أمس بقصف لطيران التحالف الدولي على قضاء بيجي ومدينة الرمادي.", date(2015, 7, 24),
     [("Air/drone strike", "Ramadi", 0, None)]),
    # بين بلدتي X وY: one fight on the line between them
    ("قتل 12 جنديا أمس في اشتباكات بين بلدتي جسر الشغور وأريحا.", date(2015, 8, 5),
     [("Armed clash", "Jisr ash Shughūr", 12, 12)]),
])
def test_a_toll_in_places_of_two_provinces_is_a_running_total(text: str, published: date, expected: list) -> None:
    assert _tolls(extract(text, published)) == expected


def test_a_toll_of_incidents_of_two_kinds_is_a_running_total() -> None:
    # في مواجهات وغارات: many clashes and many strikes of a day, not the strike on the market told before
    events = extract("قتل خمسة مدنيين أمس في غارة لطيران التحالف على سوق صرواح في محافظة مأرب. كما قتل 41 من ميليشيات "
                     "الحوثيين في مواجهات وغارات لطيران التحالف خلال الساعات الـ24 الماضية.", date(2015, 8, 9))
    assert _tolls(events) == [("Air/drone strike", "Sūq Şirwāḩ", 5, 5)]
    # في اشتباكات وقصف: a fight and its shelling, one event
    events = extract("قتل 10 من الحوثيين أمس في اشتباكات وقصف على حي الروضة في مدينة تعز.", date(2015, 8, 9))
    assert _tolls(events) == [("Armed clash", "Taiz", 10, 10)]


def test_a_span_that_closes_its_clause_sums_up_all_its_figures() -> None:
    # ...، على مدار اليومين الماضيين: told last, the span scopes over every figure of the clause, however far
    events = extract("سيطرت المقاومة الشعبية أمس على مديرية مشرعة وحدنان في مدينة تعز. وأعلنت المقاومة مقتل 42 حوثيا على "
                     "الأقل، و9 مقاتلين من المقاومة في مواجهات عنيفة اندلعت في قرى المديرية الواقعة بجبل صبر المطل على "
                     "مدينة تعز، على مدار اليومين الماضيين.", date(2015, 8, 1))
    assert _tolls(events) == [("Non-state actor overtakes territory", "Taiz", 0, None)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # خلال الشهر الماضي: a month's dead of the barrels, not the day's barrel on Bab Tuma (nor its highest toll)
    ("قتل خمسة مدنيين أمس في قصف بالبراميل المتفجرة شنته قوات النظام على حي باب توما في دمشق. وبحسب الشبكة، فقد "
     "تسببت هذه البراميل بمقتل 368 شخصا خلال الشهر الماضي.", date(2015, 8, 8),
     [("Air/drone strike", "Bab Tuma", 5, 5)]),
    # خلال شهر يوليو الجاري: a month of the Resistance's operations in the capital
    ("قتل خمسة مسلحين حوثيين أمس في هجوم للمقاومة على نقطة في العاصمة صنعاء. وقال المكتب الإعلامي للمقاومة إن 21 "
     "مسلحا حوثيا قتلوا في عملياتها في العاصمة خلال شهر يوليو الجاري.", date(2015, 7, 22),
     [("Armed clash", "Sanaa", 5, 5)]),
])
def test_a_toll_over_a_month_is_a_running_total(text: str, published: date, expected: list) -> None:
    assert _tolls(extract(text, published)) == expected
