"""Table-driven tests of the quantity recognizer: Arabic input beside the expected quantities."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.recognize.quantities import find_quantities, parse_number_words
from rasd.text.normalize import normalize


def quantities(text: str) -> list[tuple]:
    """(text, value, qualifier, kind, counted) of every quantity found in ``text``."""
    return [(q.text, q.value, q.qualifier, q.kind, q.counted) for q in find_quantities(normalize(text))]


def one(text: str, value: int | float | None, qualifier: str = "exact", kind: str = "count",
        counted: str | None = None) -> tuple:
    return (text, value, qualifier, kind, counted)


# --------------------------------------------------------------------------- digits
DIGITS = [
    ("قتل 25 شخصاً", [one("25", 25, counted="شخصاً")]),
    ("قتل ٢٥ شخصاً", [one("٢٥", 25, counted="شخصاً")]),
    ("قتل ۲۵ شخصاً", [one("۲۵", 25, counted="شخصاً")]),
    ("عدد السكان في الهند ١،٢٣٤،٥٦٧", [one("١،٢٣٤،٥٦٧", 1234567)]),
    ("يقطنها 1,234,567 نسمة", [one("1,234,567", 1234567, counted="نسمة")]),
    ("يبلغ عدد سكان الصين 1 414 021 100 نسمة", [one("1 414 021 100", 1414021100, counted="نسمة")]),
    ("سيتم التعرف على 423 0000", [one("423", 423), one("0000", 0)]),
    ("الأرقام هي ١ ، ٢٣٤ ، ٥٦٧", [one("١", 1), one("٢٣٤", 234), one("٥٦٧", 567)]),
    ("نزح ٤,٨ ملايين شخص", [one("٤,٨ ملايين", 4800000, counted="شخص")]),
    ("تكتب ٥,٠٠ أو ٥٫٠٠", [one("٥,٠٠", 5), one("٥٫٠٠", 5)]),
    ("نقل 3.5 طن من المساعدات", [one("3.5", 3.5, kind="measure")]),
    # a unit's or a weapon's number is its name, not a count: الفرقة 30، اللواء 17 مشاة، رشاش عيار 12.7
    ("هاجم المسلحون مقر الفرقة 30 فجرا", [one("30", 30, kind="ordinal")]),
    ("قتل جنديان من اللواء 17 مشاة", [one("جنديان", 2, counted="جنديان"), one("17", 17, kind="ordinal")]),
    ("دمرت الغارة رشاشا عيار 12.7 وقتل طاقمه", [one("12.7", 12.7, kind="ordinal")]),
    # the calibre in brackets: the word before the bracket still names it (عيار (120))
    ("دمرت غارة مدفع هاون عيار (120) وقتل 2 من طاقمه", [one("120", 120, kind="ordinal"), one("2", 2, counted="طاقمه")]),
    # a street's, a camp's or a news site's number is its name: شارع 40، معسكري 48، موقع 24
    ("أعدم 50 شخصا تظاهروا في شارع 40 أمس",
     [one("50", 50, counted="شخصا"), one("40", 40, kind="ordinal")]),
    ("قصفت الطائرات معسكري 48 وضبوة", [one("48", 48, kind="ordinal")]),
    ("وقال لموقع 24 الإماراتي", [one("24", 24, kind="ordinal")]),
    ("صفقة بقيمة 1.2 مليار دولار", [one("1.2 مليار", 1200000000, kind="money")]),
    ("منزل قيمته ٣٢٢ ألف", [one("٣٢٢ ألف", 322000)]),
    ("نشر 5 آلاف جندي", [one("5 آلاف", 5000, counted="جندي")]),
    ("دمرت الغارة ثلاث آليات", [one("ثلاث", 3, counted="آليات")]),  # its ال is no article
    ("استهدفت إحدى الغارات تجمعا", [one("إحدى", 1, counted="الغارات")]),  # one of the definite plural
    ("قتل أحد الجنود", [one("أحد", 1, counted="الجنود")]),
    ("مقتل عسكريين تركيين اثنين", [one("اثنين", 2, counted="عسكريين")]),  # the noun before its nisba adjective
    ("قتلوا رجلا واحدا ومدنيا واحدا", [one("واحدا", 1, counted="رجلا"), one("واحدا", 1, counted="ومدنيا")]),
    ("وقفوا صفا واحدا ضد الإرهاب", [one("واحدا", 1, kind="measure")]),  # one row: no one counted
    ("استشهاد العريف أحمد المجيشي ، والجندي محمد العمري",  # a comma standing alone between the named dead
     [one("العريف", 1, counted="العريف"), one("الجندي", 1, counted="الجندي")]),
    ("مقتل الانتحاري وإصابة اثنين من رجال الأمن",  # a verbal noun is no adjective
     [one("الانتحاري", 1, counted="الانتحاري"), one("اثنين", 2, counted="رجال")]),
    ("زرعوا 40 ألغام", [one("40", 40, counted="ألغام")]),
    ("فر 3 ملايين لاجئ", [one("3 ملايين", 3000000, counted="لاجئ")]),
    ("يمكنني أن أعطيك 10 مليون", [one("10 مليون", 10000000)]),
    ("بين 10 و15 قتيلاً", [one("10", 10), one("15", 15, counted="قتيلاً")]),
    ("وأصيب بـ5 آلاف", [one("5 آلاف", 5000)]),
    ("الرقم 1e10", [one("1e10", 10000000000, kind="ordinal")]),
    ("١e١٠", [one("١e١٠", 10000000000)]),
    ("العنوان 192.168.1.2", [one("192", 192), one("168", 168), one("1", 1), one("2", 2)]),
]

# --------------------------------------------------------------------------- number words
WORDS = [
    ("قتل خمسة عشر شخصاً", [one("خمسة عشر", 15, counted="شخصاً")]),
    ("اثنا عشر جندياً", [one("اثنا عشر", 12, counted="جندياً")]),
    ("أصيب اثني عشر مدنياً", [one("اثني عشر", 12, counted="مدنياً")]),
    ("إحدى عشرة امرأة", [one("إحدى عشرة", 11, counted="امرأة")]),
    ("واحد وعشرون", [one("واحد وعشرون", 21)]),
    ("مائة وستة عشر صفحة", [one("مائة وستة عشر", 116, counted="صفحة")]),
    ("ثلاثمائة وواحد وثلاثون", [one("ثلاثمائة وواحد وثلاثون", 331)]),
    ("ثلاث مائة وواحد", [one("ثلاث مائة وواحد", 301)]),
    ("مائة و ستون", [one("مائة و ستون", 160)]),
    ("اعتقلت الشرطة نحو مئتي شخص", [one("مئتي", 200, "approx", counted="شخص")]),
    ("ألف وتسعمائة وثمانية وسبعون", [one("ألف وتسعمائة وثمانية وسبعون", 1978)]),
    ("شريت فستان بألفين ومائتين درهم", [one("ألفين ومائتين", 2200, kind="money")]),
    ("السعر مائتين وإثنين ألف", [one("مائتين وإثنين ألف", 202000)]),
    ("بلغ عدد الزوار عشرين ألفاً", [one("عشرين ألفاً", 20000)]),
    ("رصدت نصف مليون ريال", [one("نصف مليون", 500000, kind="money")]),
    ("بلغ عددهم مليوناً ونصف المليون لاجئ", [one("مليوناً ونصف المليون", 1500000, counted="لاجئ")]),
    ("ثلاثة آلاف وخمسمائة وستة وعشرون", [one("ثلاثة آلاف وخمسمائة وستة وعشرون", 3526)]),
    ("ثلاثة ملايين و500 ألف نازح", [one("ثلاثة ملايين و500 ألف", 3500000, counted="نازح")]),
    ("ثلاثمائة و مائتين", [one("ثلاثمائة", 300), one("مائتين", 200)]),
    ("خلال السنوات الخمس", [one("الخمس", 5, kind="duration", counted="السنوات")]),
    ("مقتل شخص واحد", [one("واحد", 1, counted="شخص")]),
    ("درجة الحرارة سالب واحد", [one("سالب واحد", -1)]),
    ("الحرارة -5 درجات", [one("-5", -5, kind="measure")]),
    ("ثلاثة أرباع", [one("ثلاثة أرباع", 0.75)]),
    ("خمس العشرين", [one("خمس العشرين", 4)]),
]

# --------------------------------------------------------------------------- duals and singulars
NOUNS = [
    # one of a possessed group: أحد مقاتليه (the noun's pronoun stripped); إحدى takes a feminine noun, so
    # إحدى رجليه is one of his legs, no one
    ("مقتل أحد مقاتليه", [one("أحد", 1, counted="مقاتليه")]),
    ("استشهاد أحد عناصرها", [one("أحد", 1, counted="عناصرها")]),
    ("أصيب الجندي في إحدى رجليه", [one("الجندي", 1, counted="الجندي")]),
    # one more joined by و to a counted group and its describing words; not after a toll's nouns
    ("قتل 3 من أفراد الشرطة التركية ومدني", [one("3", 3, counted="أفراد"), one("مدني", 1, counted="مدني")]),
    ("قتل 3 جنود وطفل", [one("3", 3, counted="جنود"), one("طفل", 1, counted="طفل")]),
    ("سقط أكثر من 400 قتيل وجريح", [one("400", 400, "more_than", counted="قتيل")]),
    # the subject after a day of the week told between (استشهد صباح اليوم الجمعة الرقيب)
    ("استشهد صباح اليوم الجمعة الرقيب أحمد", [one("الرقيب", 1, counted="الرقيب")]),
    # a list of ranks and names (the rank's أول is no figure; علي is a name here)
    ("استشهاد العريف أحمد جعفر، والجندي أول محمد علي العمري، والجندي حسن",
     [one("العريف", 1, counted="العريف"), one("الجندي", 1, counted="الجندي"), one("أول", 1, kind="ordinal"),
      one("الجندي", 1, counted="الجندي")]),
    ("مقتل الجندي في الهجوم والطفل", [one("الجندي", 1, counted="الجندي")]),  # no name between: no list
    ("مقتل شخصين", [one("شخصين", 2, counted="شخصين")]),
    ("سقط قتيلان وجريحان", [one("قتيلان", 2, counted="قتيلان"), one("جريحان", 2, counted="جريحان")]),
    ("استشهد مدني", [one("مدني", 1, counted="مدني")]),
    ("إصابة طفل برصاص", [one("طفل", 1, counted="طفل")]),
    ("منذ يومين", [one("يومين", 2, kind="duration", counted="يومين")]),
    # the one killed named after the time of day, past a doubled space
    ("أستشهد  فجر اليوم  الشاب عبدالله", [one("الشاب", 1, counted="الشاب")]),
    # "one" describing a noun: eight of one family are eight, not nine
    ("قتل 8 أشخاص من أسرة واحدة أمس", [one("8", 8, counted="أشخاص"), one("واحدة", 1, kind="measure")]),
    ("لأننا أبناء بلد واحد ودين واحد.", [one("واحد", 1, counted="بلد"), one("واحد", 1, kind="measure")]),
    ("قتل جندي تركي وأحد متشددي التنظيم", [one("جندي", 1, counted="جندي"), one("وأحد", 1, counted="متشددي")]),
    # how often, not how many: بطل العالم مرتين is one champion
    ("أعدم التنظيم بطل العالم مرتين", [one("مرتين", 2, kind="measure", counted="مرتين")]),
    ("قصفت الطائرات البلدة ثلاث مرات", [one("ثلاث", 3, kind="measure", counted="مرات")]),
    ("إصابة مدنيَين اثنين كانا في المكان", [one("اثنين", 2, counted="مدنيَين")]),
    ("أصيب جنديان اثنان", [one("جنديان", 2, counted="جنديان")]),  # one figure, told twice
    ("قتل جنديان اثنان", [one("جنديان", 2, counted="جنديان")]),
    ("قال مدني إن القصف استمر", []),
    # the dual in construct drops its ن and reads like a singular object: ضابطا شرطة are two officers
    ("أصيب ضابطا شرطة بجروح", [one("ضابطا", 2, counted="ضابطا")]),
    ("وقتل ضابطا شرطة ومجند", [one("ضابطا", 2, counted="ضابطا"), one("مجند", 1, counted="مجند")]),
    ("قتلت قوات الأمن ضابطا في الشارع", [one("ضابطا", 1, counted="ضابطا")]),
    # digits typed against the next word (a common slip) are still a figure; هـ and م stay year marks
    ("استشهاد 10من منسوبي القوات", [one("10", 10, counted="منسوبي")]),
    ("قتل 5أشخاص", [one("5", 5, counted="أشخاص")]),
    ("قتل مدنيين", []),
]

# --------------------------------------------------------------------------- qualifiers
QUALIFIERS = [
    ("قتل نحو 50 شخصاً", [one("50", 50, "approx", counted="شخصاً")]),
    ("نزوح قرابة 200 عائلة", [one("200", 200, "approx", counted="عائلة")]),
    ("اعتقل حوالي 30", [one("30", 30, "approx")]),
    ("قتل 50 شخصاً تقريباً", [one("50", 50, "approx", counted="شخصاً")]),
    ("أكثر من 100 قتيل", [one("100", 100, "more_than", counted="قتيل")]),
    ("ما يزيد على 3 آلاف معتقل", [one("3 آلاف", 3000, "more_than", counted="معتقل")]),
    ("مقتل ما لا يقل عن 40 مدنياً", [one("40", 40, "at_least", counted="مدنياً")]),
    ("قتل 25 عنصراً على الأقل", [one("25", 25, "at_least", counted="عنصراً")]),
    ("أقل من 10 أشخاص", [one("10", 10, "less_than", counted="أشخاص")]),
    ("ما يصل إلى 500 لاجئ", [one("500", 500, "up_to", counted="لاجئ")]),
    ("السجن حتى 5 سنوات", [one("5", 5, "up_to", kind="duration", counted="سنوات")]),
    ("اعتقل 5 أشخاص أو أكثر", [one("5", 5, "at_least", counted="أشخاص")]),
    ("على الأكثر ١٠٠ وعلى الأقل ٢٠", [one("١٠٠", 100, "up_to"), one("٢٠", 20, "at_least")]),
    ("الأطفال تحت 18 عاماً", [one("18", 18, "less_than", kind="duration", counted="عاماً")]),  # an age
    ("قتل 5 تقريباً", [one("5", 5, "approx")]),
]

# --------------------------------------------------------------------------- vague quantities
VAGUE = [
    ("سقط عشرات القتلى", [one("عشرات", 10, "vague", counted="القتلى")]),
    ("نزح مئات الآلاف من السكان", [one("مئات الآلاف", 100000, "vague", counted="السكان")]),
    ("تظاهر آلاف الأشخاص", [one("آلاف", 1000, "vague", counted="الأشخاص")]),
    ("عشرات الآلاف", [one("عشرات الآلاف", 10000, "vague")]),
    ("والعشرات منهم أطفال", [one("العشرات", 10, "vague")]),
    ("للعشرات من الأسر", [one("عشرات", 10, "vague", counted="الأسر")]),
    ("عشرات من المدنيين", [one("عشرات", 10, "vague", counted="المدنيين")]),
    ("اعتقل عدد من الجنود", [one("عدد", None, "vague", counted="الجنود")]),
    ("قتل عدة مدنيين", [one("عدة", None, "vague", counted="مدنيين")]),
    ("أصيب بضعة أشخاص", [one("بضعة", None, "vague", counted="أشخاص")]),
    ("دمر العديد من المنازل", [one("العديد", None, "vague", counted="المنازل")]),
    ("بعض المسؤولين", [one("بعض", None, "vague", counted="المسؤولين")]),
]

# --------------------------------------------------------------------------- kinds
KINDS = [
    # an age after سن or بعمر, with no unit after it
    ("أطفال دون سن الـ 18", [one("18", 18, kind="age")]),
    ("طفلة بعمر 12", [one("12", 12, kind="age")]),
    ("قتل عمر 3 جنود", [one("3", 3, counted="جنود")]),  # عمر alone is also a name
    ("للمرة الأولى", [one("الأولى", 1, kind="ordinal")]),
    ("الفصل الثالث", [one("الثالث", 3, kind="ordinal")]),
    ("في القرن الحادي عشر", [one("الحادي عشر", 11, kind="ordinal")]),
    ("في القرن الحادي والعشرين", [one("الحادي والعشرين", 21, kind="ordinal")]),
    ("الدورة الـ27 للمجلس", [one("27", 27, kind="ordinal")]),
    ("القرار رقم 2254", [one("2254", 2254, kind="ordinal")]),
    ("في عام 2015 قتل", [one("2015", 2015, kind="year")]),
    ("في يناير 2015", [one("2015", 2015, kind="year")]),
    ("صدر في 1436هـ", [one("1436", 1436, kind="year")]),
    ("عامي 2014 و2015", [one("2014", 2014, kind="year"), one("2015", 2015, kind="year")]),
    ("عمره 25 عاماً", [one("25", 25, kind="age")]),
    ("الطفل البالغ من العمر 12 عاما", [one("12", 12, kind="age")]),
    ("قتل شاب (30 عاماً)", [one("شاب", 1, counted="شاب"), one("30", 30, kind="age")]),
    ("رجل (30 عاماً)", [one("30", 30, kind="age")]),
    ("الشاب محمد أحمد (١٨) عاما", [one("١٨", 18, kind="age")]),  # the bracket closes before the unit
    ("قتل (18) شخصا", [one("18", 18, counted="شخصا")]),
    ("في الساعة 10 صباحا", [one("10", 10, kind="time")]),
    ("وقع الانفجار 10:30", [one("10:30", 10.5, kind="time")]),
    ("الساعة العاشرة صباحاً", [one("العاشرة", 10, kind="time")]),
    ("اتصل على 0501234567", [one("0501234567", 501234567, kind="phone")]),
    ("ارتفعت الأسعار 50%", [one("50", 50, kind="percent")]),
    ("بلغت النسبة 12 في المئة", [one("12", 12, kind="percent")]),
    ("بنسبة 5 بالمئة", [one("5", 5, kind="percent")]),
    ("دفع 100 دولار", [one("100", 100, kind="money")]),
    ("الثمن $20", [one("20", 20, kind="money")]),
    ("تبعد 30 كم عن الحدود", [one("30", 30, kind="measure")]),
    ("في 20 يناير", [one("20", 20, kind="date")]),
    ("في ٢٠/١/٢٠٢٢", [one("٢٠", 20, kind="date"), one("١", 1, kind="date"), one("٢٠٢٢", 2022, kind="year")]),
    # A Hijri date with its year marker glued on is still a date, not a count of 10.
    ("عصر الأحد ١٠/١١/١٤٣٦هـ سقط", [one("١٠", 10, kind="date"), one("١١", 11, kind="date"), one("١٤٣٦", 1436, kind="year")]),
    ("في 5/3/2015م", [one("5", 5, kind="date"), one("3", 3, kind="date"), one("2015", 2015, kind="year")]),
    ("في 2022-01-20", [one("2022", 2022, kind="year"), one("01", 1, kind="date"),
                       one("20", 20, kind="date")]),
    ("منذ 3 سنوات", [one("3", 3, kind="duration", counted="سنوات")]),
    ("تشرين الأول 2015", [one("2015", 2015, kind="year")]),
    ("1944 - بداية تمرد في وارسو", [one("1944", 1944, kind="year")]),  # an almanac's line heading
    ("أحداث اليوم:\n1993: توقيع اتفاق", [one("1993", 1993, kind="year")]),
    ("المتهم مواليد 1986 انضم", [one("1986", 1986, kind="year")]),
    ("وصل عدد القتلى إلى 1500 - بحسب المرصد", [one("1500", 1500)]),  # not at a line's head: a count
]

# --------------------------------------------------------------------------- not quantities
NEGATIVE = [
    ("عناصر الأمن", []),
    ("يوم الأحد الماضي", []),
    ("يوم الاثنين", []),
    ("الثلاثاء والأربعاء والخميس", []),
    ("لم يصب أحد بأذى", []),
    ("المعشرات ومستشفيات عشراتهم", []),
    ("قطع 10كم سيراً", []),
    ("١مليون ليست رقم", []),
    ("انتشار كوفيد-19", []),
    ("أي واحد تفضل؟", []),
    ("خمس السكان", []),
    ("في شهر تشرين الأول", []),
    ("الذي ذكرتها كان باطلا", []),
]


@pytest.mark.parametrize(("text", "expected"),
                         DIGITS + WORDS + NOUNS + QUALIFIERS + VAGUE + KINDS + NEGATIVE)
def test_find_quantities(text: str, expected: list[tuple]) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(("words", "value"), [
    ("الف وتسعمائه وثمانيه وسبعون", 1978),
    ("ألف وتسعمائة وثمانية وسبعون", 1978),
    ("ثلاثة عشر", 13),
    ("اثنان و خمسون", 52),
    ("مائتان و اثنان ألف", 202000),
    ("واحد وعشرون تريليون وثلاث مائة", 21000000000300),
    ("ثلاث مائة ودزينتين", 324),
    ("نصف مليون", 500000),
    ("5 آلاف", 5000),
    ("مائة آلاف", 100000),
    ("عشرون أخماس", 4),
    ("صفر", 0),
    ("قتل", None),
    ("ثلاثمائة و مائتين", None),
    ("الأول", None),
    ("عشرات", None),
    ("", None),
])
def test_parse_number_words(words: str, value: int | float | None) -> None:
    assert parse_number_words(words) == value


def test_spans_index_the_original() -> None:
    text = (
        "قُتِلَ خمسةَ عشرَ شخصاً، وأُصيبَ نحوَ ٢٠ آخرين في الـــهجوم الذي وقع يوم ٢٠/١/٢٠٢٢ "
        "عند الساعة ١٠:٣٠ صباحاً.\n\nوقال مصدر إن ما لا يقل عن ٣٬٥٠٠ مدني نزحوا، بينهم عشراتُ الأطفال، "
        "وإن ١٫٥ مليون دولار رُصدت لـ«إغاثة» ٤٠٪ منهم. واستُشهِد مدنيٌّ، وسقط قتيلانِ في عام ٢٠١٥م."
    )
    nt = normalize(text)
    found = find_quantities(nt)
    assert len(found) >= 10
    for q in found:
        assert nt.original[q.start:q.end] == q.text
        if q.counted is not None:
            assert nt.original[q.counted_start:q.counted_end] == q.counted
    assert [q.start for q in found] == sorted(q.start for q in found)
    by_text = {q.text: q for q in reversed(found)}  # the first quantity of a given text wins
    assert by_text["خمسةَ عشرَ"].value == 15
    assert by_text["خمسةَ عشرَ"].counted == "شخصاً"
    assert by_text["٢٠"].qualifier == "approx"
    assert by_text["٣٬٥٠٠"].value == 3500
    assert by_text["٣٬٥٠٠"].qualifier == "at_least"
    assert by_text["١٫٥ مليون"].kind == "money"
    assert by_text["٤٠"].kind == "percent"
    assert by_text["مدنيٌّ"].value == 1
    assert by_text["قتيلانِ"].value == 2
    assert by_text["٢٠١٥"].kind == "year"
    assert by_text["عشراتُ"].qualifier == "vague"


def test_empty_and_plain_text() -> None:
    assert find_quantities(normalize("")) == []
    assert find_quantities(normalize("قال المتحدث إن الوضع هادئ")) == []


_FRAGMENTS = ["قتل", "٢٥", "25", "ألف", "آلاف", "وخمسة", "عشر", "مئة", "نحو", "أكثر من", "شخصاً", "قتيلان",
              "عام", "2015", "الساعة", "10:30", "٢٠/١/٢٠٢٢", "%", "دولار", "عشرات", "من", "المدنيين", "الأول",
              "سالب", "-", "(", ")", "،", ".", "1,234", "٤,٨", "ملايين", "مقتل", "مدني", "الـ", "5", "هـ"]


@given(st.lists(st.tuples(st.sampled_from(_FRAGMENTS), st.sampled_from([" ", "", "  ", "\n", "ً", "ـ", "ّ "])),
                max_size=25))
@settings(max_examples=300, deadline=None)
def test_spans_always_index_the_original(parts: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in parts)
    nt = normalize(text)
    for q in find_quantities(nt):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        if q.counted is not None:
            assert text[q.counted_start:q.counted_end] == q.counted


def test_a_number_with_a_leading_zero_is_a_time_or_a_code_not_a_count() -> None:
    found = [(q.text, q.kind) for q in find_quantities(normalize("قتلا حوالي الساعة السادسة (0300 بتوقيت جرينتش)"))]
    assert ("0300", "time") in found
    assert [q.kind for q in find_quantities(normalize("قتل 30 شخصا"))] == ["count"]


def test_a_definite_number_of_years_after_a_span_word_is_no_age() -> None:
    """الطفل ذي الأربع سنوات is an age; خلال الـ11 عاما الماضية, طوال الـ12 سنة is a span of years."""
    kinds = [(q.text, q.kind) for q in find_quantities(normalize("قدمت القوات خلال الـ11 عاما الماضية 13 شهيدا"))]
    assert kinds[0][0] == "11" and kinds[0][1] != "age"
    assert [(q.text, q.kind) for q in find_quantities(normalize("أصيب الطفل ذو الـ4 سنوات"))][-1] == ("4", "age")


def test_the_number_in_a_weapons_model_is_no_count() -> None:
    """طائرات إف 16، وسو 24، ميغ 29، إس 300: the number names the model; the dead beside them are counted."""
    found = [(q.text, q.kind) for q in find_quantities(normalize(
        "قصفت طائرات إف 16 وسو 24 وميغ 29 مواقع منظومة إس 300 وقتل 5 جنود"))]
    assert found == [("16", "model"), ("24", "model"), ("29", "model"), ("300", "model"), ("5", "count")]
