"""Clauses that tell background, a habit or a recollection make no event; the news beside them stays."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.extractor import Extractor


def extract(text: str, published: date = date(2015, 8, 10)):
    return Extractor().extract(text, published=published).events


def summary(text: str) -> list[tuple]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.location, e.fatalities) for e in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # what a place taken was used for (كان + a verb in the present): the capture is the news, not a shelling
    ("استعادت قوات الجيش أمس مواقع على مشارف مدينة تعز كان المسلحون الحوثيون يستخدمونها في قصف الأحياء السكنية.",
     [("Government regains territory", "Military Forces of Yemen (2012-)", "Houthi Movement", "Taiz", 0)]),
    ("سيطرت المقاومة الشعبية أمس على معسكر الصدرين المطل على مدينة الضالع، حيث كان المتمردون يستغلونه في قصف "
     "المدينة.",
     [("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Houthi Movement", "Aḑ Ḑāli‘", 0)]),
    # what went on at a front before (وكانت تدور مواجهات): no clash told
    ("أعدمت ميليشيات الحوثي أمس عددا من الأسرى في جبهة جعولة شمال عدن، وكانت تدور مواجهات في تلك الجبهة التي "
     "أصبحت الآن تحت سيطرة المقاومة.",
     [("Attack", "Houthi Movement", "Popular Resistance (Yemen)", "Aden", 0)]),
])
def test_a_habit_of_the_past_is_no_event(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # كان after a word of time: what went on when the news happened
    ("قتل القيادي في تنظيم القاعدة أمس في ضربة جوية أمريكية بينما كان يتنقل في سيارة قرب بلدة سرمدا.",
     [("Air/drone strike", "Military Forces of the United States", "Al Qaeda", "Sarmada", 1)]),
    ("قتل خمسة من عناصر داعش أمس بينما كانوا يهاجمون موقعا للجيش العراقي قرب مدينة الرمادي.",
     [("Armed clash", "Military Forces of Iraq (2014-)", "Islamic State (Iraq)", "Ramadi", 5)]),
    ("قتل جنديان أمس عندما كانت قوات الجيش تخوض اشتباكات مع مسلحين قرب مدينة العريش.",
     [("Armed clash", "Military Forces of Egypt (2014-)", None, "Arīsh", 2)]),
    # the pluperfect, dated: a past verb after كان (هاجموا، تعرض), not a habit
    ("وكان مسلحون يعتقد أنهم من تنظيم داعش هاجموا أمس موقعا عسكريا تركيا قرب مدينة كلس.",
     [("Armed clash", "Islamic State", None, "Kilis", 0)]),
    # the past continuous of a story, ended by قبل أن: what went on until the news happened
    ("انطلقت زوارق الحوثيين صباح أمس نحو مدينة عدن لإسناد ميليشيات الحوثي التي كانت تخوض مواجهات عنيفة مع قوات "
     "الجيش في منطقة المعاشيق قبل أن تتمكن الأخيرة من إحكام السيطرة على المنطقة.",
     [("Armed clash", "Houthi Movement", "Military Forces of Yemen (2012-)", "Aden", 0)]),
    # the past continuous with a day of its own: what went on that day
    ("وكانت تدور مواجهات عنيفة أمس في جبهة جعولة شمال عدن بين المقاومة والحوثيين.",
     [("Armed clash", "Popular Resistance (Yemen)", "Houthi Movement", "Aden", 0)]),
    ("وكان الشرطي تعرض لإطلاق نار أمس من سيارة مجهولة في بلدة الجش بمحافظة القطيف، ما أدى إلى مقتله.",
     [("Attack", "Police Forces of Saudi Arabia (2015-)", "Civilians (Saudi Arabia)", "Al Qaţīf", 1)]),
])
def test_kana_that_tells_the_news_stays(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the pluperfect of an event days old: the earlier news recalled (published on Wednesday, the capture Saturday)
    ("قصفت طائرات التحالف أمس مواقع للحوثيين في مدينة تعز. وكانت المقاومة الشعبية قد سيطرت يوم السبت على قاعدة "
     "العند الجوية في محافظة لحج.",
     [("Air/drone strike", "Saudi-led Coalition", "Houthi Movement", "Taiz", 0)]),
    # يذكر أن: background
    ("أعلنت السلطات الليبية أمس إطلاق سراح عامل تركي في مدينة طرابلس. يذكر أن مسلحين خطفوا يوم الأحد الماضي أربعة "
     "عمال إيطاليين قرب مدينة زوارة.",
     []),
    # a recap of yesterday may be the article's news
    ("أعلنت وزارة الداخلية أمس ضبط كميات من الأسلحة في مدينة الدمام. وكانت الشرطة قد اعتقلت أمس خمسة مشتبه بهم في "
     "مدينة القطيف.",
     [("Arrests", "Police Forces of Saudi Arabia (2015-)", None, "Al Qaţīf", 0)]),
    # an event the article tells as news stays, whatever its recap adds
    ("سيطرت المقاومة الشعبية يوم السبت على قاعدة العند الجوية في محافظة لحج بعد معارك عنيفة مع الحوثيين. وكانت "
     "المقاومة قد شنت هجوما واسعا على القاعدة يوم السبت.",
     [("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Houthi Movement", "Al-Anad Airbase", 0)]),
])
def test_a_recap_of_earlier_news_is_no_event(text: str, expected: list[tuple]) -> None:
    events = extract(text, published=date(2015, 8, 5))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location, e.fatalities) for e in events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # how a place came to ruin, told in a relative clause: its state, not an event
    ("توجه عشرات الشبان أمس إلى مدينة كوباني للمشاركة في إعادة إعمار المدينة التي دمرتها معارك ضارية بين "
     "المقاتلين الأكراد وتنظيم داعش.",
     []),
    # with a day of its own after the relative word: news
    ("قتل ثلاثة مدنيين أمس في حي الجمهوري بمدينة تعز حيث المنازل التي دمرها القصف الحوثي أمس.",
     [("Shelling/artillery/missile attack", "Houthi Movement", "Civilians (Yemen)", "Al-Jumhuri", 3)]),
])
def test_old_ruins_are_no_event(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected
