"""Events end to end: golden records, things that must never become events, offsets, the API."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

import rasd
from rasd.eval.gold import load_gold, score_article
from rasd.extractor import Extractor
from tests.conftest import EXAMPLES, ROOT, shared_path

GOLDEN = ROOT / "tests" / "golden"


def extract(text: str, published: date = date(2023, 3, 16)):
    return Extractor().extract(text, published=published).events


def test_golden_example_article() -> None:
    """The whole record of a short report, checked field by field against the article by a person."""
    text = (EXAMPLES / "aleppo-shelling.txt").read_text(encoding="utf-8")
    result = Extractor().extract(text, published=date(2019, 11, 12), source="Rasd example")
    expected = json.loads((GOLDEN / "aleppo-shelling.json").read_text(encoding="utf-8"))
    assert result.to_dict() == expected


def test_a_population_is_no_count_of_victims() -> None:
    events = extract("شنت طائرات التحالف أمس غارات جوية على قرية الجرف بمحافظة صعدة، وقال مسؤول محلي إن 40 "
                     "شخصا قتلوا، و80 % من السكان البالغ عددهم 900 نسمة بحاجة لمساعدة.")
    assert [(e.sub_event_type, e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        ("Air/drone strike", 40, [("killed", 40)])]


def test_a_wars_toll_is_no_count_of_the_event_told_beside_it() -> None:
    events = extract("قتل خمسة مدنيين أمس في قصف مدفعي على مدينة تعز، ويقول مسؤولون إن الحرب خلفت أكثر من "
                     "أربعة آلاف قتيل.", published=date(2015, 7, 25))
    assert [(e.sub_event_type, e.fatalities, e.fatalities_high) for e in events] == [
        ("Shelling/artillery/missile attack", 5, 5)]
    # a war's toll alone makes no event
    assert extract("وأسفر الصراع في اليمن عن مقتل أكثر من أربعة آلاف شخص خلال أربعة أشهر.") == ()


def test_an_almanacs_lines_are_history() -> None:
    """"في مثل هذا اليوم": each line opens with the year it tells of."""
    text = ("أحداث في مثل هذا اليوم:\n1996 - قتل زعيم ميليشيا صومالي في معارك بالعاصمة مقديشو.\n2004 - مقتل "
            "380 شخصا في تفجير استهدف مركزا تجاريا.")
    assert extract(text, published=date(2015, 7, 25)) == ()


def test_crowd_control_munitions_are_no_explosives() -> None:
    """قنابل الصوت، القنابل المسيلة للدموع: the police acting on a crowd, not a bombing."""
    events = extract("فرقت الشرطة بالقنابل المسيلة للدموع متظاهرين في مدينة البصرة أمس.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location) for e in events] == [
        ("Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq (2014-)", "Basrah")]  # not M'Sila


def test_distinguishing_between_is_no_dispersal() -> None:
    """التفريق بين: telling apart, not breaking up a crowd."""
    events = extract("تظاهر آلاف العراقيين أمس في ساحة التحرير ببغداد. وقال النائب إن من المهم التفريق بين "
                     "المتظاهرين السلميين والمخربين.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_the_doer_named_in_a_relative_clause_acts() -> None:
    """الغارات التي نفذتها مقاتلات تركية: the jets' side acts, though a number counts them."""
    events = extract("قال مصدر إن تسعة من عناصر تنظيم داعش قتلوا أمس بالغارات الجوية التي نفذتها أربع مقاتلات "
                     "تركية على مواقع التنظيم في بلدة صوران بريف حلب.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Air/drone strike", "Military Forces of Turkey", "Islamic State (Syria)")]


def test_losses_in_a_sides_ranks_are_that_sides() -> None:
    """"سقطوا من صفوف X"، "في صفوف X": X is the side hit."""
    events = extract("قتل أكثر من 50 عنصرا أمس في صفوف القوات التركية في هجوم بجرار مفخخ قرب مدينة ماردين.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Remote explosive/landmine/IED", "Military Forces of Turkey")]
    # قتلى من X، جرحى من X: the dead and wounded of X are its losses, whoever shelled
    events = extract("وأفادت مصادر بسقوط قتلى من جيش النظام بعد قصف بصواريخ غراد على الفرقة التاسعة قرب مدينة "
                     "الصنمين أمس.", published=date(2015, 7, 19))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-2024)")]


def test_the_raid_of_an_abduction_is_no_separate_arrest() -> None:
    events = extract("وقال مدير المرصد إن تنظيم داعش خطف أمس 170 مدنيا وأكثر من 60 مسيحيا بتهمة التخابر مع النظام "
                     "خلال عملية مداهمة لمدينة القريتين في ريف حمص.")
    assert [(e.sub_event_type, e.actor1, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        ("Abduction/forced disappearance", "Islamic State (Syria)", [("kidnapped", 170), ("kidnapped", 60)])]


def test_state_forces_named_beside_a_bombing_did_not_set_it_off() -> None:
    events = extract("قتل ستة أشخاص على الأقل في انفجار قوي استهدف فندقا في العاصمة الصومالية مقديشو اليوم، وأوضح "
                     "مسؤول أمني أن قوات الأمن بدأت بالتحقيق في الحادث.", published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)")]


def test_an_air_strike_is_flown_by_a_state_or_a_coalition() -> None:
    events = extract("وأضاف المرصد أن جبهة النصرة استأنفت اليوم استهداف مناطق في بلدة الفوعة، بينما نفذ الطيران "
                     "الحربي السوري أربع غارات على مناطق في محيط البلدة.", published=date(2015, 7, 21))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Air/drone strike", "Military Forces of Syria (2000-2024)", "Jabhat al Nusra")]


def test_the_side_hit_is_never_also_an_ally_of_actor1() -> None:
    """A later sentence naming the dead of the side attacked (من قتلى الجيش) does not make that side
    one of the attackers' allies."""
    events = extract("قتل 5 عناصر من الجيش السوري في هجوم لتنظيم داعش على حاجز في مدينة تدمر. "
                     "وأشارت مصادر محلية إلى أن من قتلى الجيش ضابطا برتبة عقيد.")
    assert [(e.actor1, e.actor2, e.assoc_actor_1) for e in events] == [
        ("Islamic State (Syria)", "Military Forces of Syria (2000-2024)", ())]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("من المقرر أن تبدأ قوات الأمن حملة اعتقالات واسعة في المدينة الأسبوع المقبل.", "a plan"),
        ("هدد تنظيم داعش بشن هجمات على السجون في الحسكة.", "a threat"),
        ("حلقت طائرات التحالف الدولي فوق مدينة الرقة طوال الليل.", "an overflight"),
        ("نفى الجيش وقوع اشتباكات في المنطقة.", "a denial"),
        ("لم تسجل أي اشتباكات في ريف حلب أمس.", "a negation"),
        ("أحبطت قوات الأمن هجوما على نقطة تفتيش في الموصل.", "a foiled attack"),
        ("قتل خمسة مدنيين في قصف على مدينة حلب في آذار 2016.", "history"),
        ("في عام 2012 قتل خمسة مدنيين في قصف على مدينة حلب.", "history named by its year"),
        ("ارتفعت أسعار النفط اليوم بنسبة 3 بالمئة في الأسواق العالمية.", "no conflict at all"),
        ("أدانت الحكومة بشدة الهجوم الذي استهدف مسجدا في مدينة أبها أمس.", "a condemnation"),
        ("كان مراسلنا قد سمع طائرات حربية تحوم فوق مدينة بنغازي أمس.", "an overflight"),
        ("قتل خمسة مدنيين أمس في هجوم على فندق في مدينة لا يعرفها أحد.", "no place to code it at"),
        ("تقوم الجماعات الإرهابية بالقتل والخطف والتفجيرات في مدينة الموصل.", "kinds of violence named, none told"),
        ("شن الفريق هجوما قويا في الدقائق الأخيرة من المباراة على ملعب مدينة حلب.", "a match report"),
        ("قبل عام مضى، سيطر مقاتلو تنظيم داعش على مدينة الرمادي.", "a sentence opened by an old date"),
        ("بلغت حصيلة القتلى منذ بدء المواجهات في مدينة عدن ألف قتيل.", "a running toll since a war began"),
        ("وكانت قوات الأمن قد اعتقلت الصحفي في مدينة الحديدة.", "an undated recap"),
        ("دشن مغردون وسما لإدانة التفجير الإرهابي الذي استهدف مسجدا في مدينة أبها أمس.", "a condemnation (noun)"),
        ("انطلقت المسيرة فجر أمس من مدينة حلب نحو مدينة إدلب.", "dawn (فجر أمس) is not a detonation"),
        ("ترأس رئيس البرلمان أمس اجتماعا لرؤساء الكتل البرلمانية لمناقشة مطالب المتظاهرين في مدينة النجف.",
         "a meeting to discuss the protesters' demands"),
        ("عقد الرئيس اليمني أمس اجتماعا لمناقشة سيطرة المقاومة الشعبية على مدينة زنجبار.",
         "a meeting to discuss the ground taken"),
        ("اطمأن نائب وزير الصحة اليوم على المصابين من رجال الأمن في حادث تفجير مسجد الطوارئ بمنطقة عسير.",
         "the incident named (حادث تفجير مسجد الطوارئ) is one reported before; today is the visit's day"),
        ("انتشرت قوات الاحتلال الإسرائيلي في مدينة الخليل في ساعات الفجر الأولى أمس.",
         "dawn (الفجر) is not a detonation: a verb never takes the article"),
        ("ألقت السلطات الألمانية أمس القبض على شاب يشتبه في انتمائه لتنظيم داعش بعد عودته من سوريا.",
         "an arrest abroad (by German authorities) is not placed in Syria"),
        ("اعتقلت الشرطة في بلجيكا أمس ثلاثة أشخاص يشتبه في تجنيدهم مقاتلين للقتال في سوريا.",
         "an arrest in Belgium; للقتال is a purpose, not a battle"),
        ("أعلنت الهيئة العامة للطيران المدني مساء أمس عن تحطم طائرة سعودية خاصة في مطار الرياض، نتج عنها وفاة 3 "
         "مسافرين.", "a plane crash (تحطم) and the civil aviation authority (الطيران المدني) are no air strike"),
        ("قتل 51 شخصا وجرح مئات آخرون منذ مساء الخميس في كراتشي في سلسلة من الهجمات.\nووقع تفجير انتحاري "
         "مساء الجمعة أمام مدخل أكاديمية الشرطة في كراتشي.\nولا يزال دعم مكتب طالبان في قطر للمبادرة موضع جدل.",
         "attacks in Karachi (a large city outside the gazetteer) borrow no place named elsewhere (قطر)"),
        ("وقعت قوات سوريا الديمقراطية أمس اتفاقية مع شركة نفط محلية في مدينة الحسكة لتسويق الإنتاج.",
         "a business deal signed by an armed group is no agreement between armed parties"),
        ("وقال الوزير أمس إن معركة شاملة ضد تنظيم داعش ستنطلق قريبا في مدينة الرقة.", "a battle forecast"),
        ("أكد التحالف أمس أنه سيشن غارات على مواقع الحوثيين في صنعاء.", "strikes announced for later"),
        ("يذكر أن بلدة تل أبيض استولت عليها القوات الكردية الشهر الماضي من تنظيم داعش في هجوم ساندته ضربات جوية.",
         "a background recap (يذكر أن) of last month"),
        ("تظاهر المئات أمس في المدن القريبة من الحدود مع السعودية احتجاجا على سوء الخدمات.",
         "the neighbour across the border (الحدود مع السعودية) is not where it happened"),
        ("نوه الوزير أمس بقوات البيشمركة غداة بحثه في بغداد التصدي لتنظيم داعش.", "confronting as a policy"),
        ("اندلع حريق في مستودع بمدينة نجران أمس وتمت السيطرة عليه دون وقوع إصابات.", "a fire brought under control"),
        ("أعلن قائد عسكري في الجيش العراقي أمس هروب العشرات من قادة تنظيم داعش من مدينة الرمادي إلى سوريا.",
         "fighters fleeing are no jailbreak"),
        ("أفادت مصادر أمس بأن الصيادين الثلاثة المفقودين كانوا على متن قارب غادر مرفأ الدمام.",
         "people missing at sea were not made to disappear"),
        ("قتل ثلاثة مسلحين أمس في غارة جوية في ولاية خيبر بختونخوا، بحسب بيان وزعه الوفد المرافق لوزير الدفاع في "
         "زيارته إلى العراق.", "a strike in a province outside the gazetteer borrows no country named after it"),
        ("قتل 12 مدنيا أمس في هجومين انتحاريين في بلدة فوتوكول بشمال الكاميرون.\n"
         "وتشارك قوات من تشاد في القتال ضد جماعة بوكو حرام.",
         "attacks in the north of a country outside the gazetteer (بشمال الكاميرون) are not placed in Chad"),
        ("أعلن زعيم الحوثيين أمس أنه يرفض الهدنة في مدينة تعز.", "a truce refused is no agreement"),
        ("أقر البرلمان أمس في مدينة تونس قانونا ينص على عقوبات تصل إلى الإعدام، ويعاقب بالإعدام كل من يتعمد قتل شخص.",
         "the death penalty in a law kills nobody"),
        ("أصدرت محكمة في مدينة طرابلس أمس حكما غيابيا بإعدام تسعة مسؤولين سابقين، وحكمت أيضا بالإعدام رميا "
         "بالرصاص على سبعة آخرين.", "death sentences are no executions"),
        ("نقل الجندي الذي أصيب أمس خلال عملية إنقاذ أطفال في محافظة الطائف إلى الرياض بواسطة طيران الإخلاء الطبي.",
         "a medical evacuation flight is no air strike"),
        ("سهل الصليب الأحمر أمس نقل 7 أسرى حوثيين من مدينة عدن إلى العاصمة صنعاء.",
         "prisoners moved are counted, but nobody was arrested"),
        ("أفاد المرصد أمس بأن غارات التحالف الدولي قتلت 173 مدنيا في محافظة حلب خلال عشرة أشهر.",
         "strikes over ten months sum up a period, whenever the summary was told"),
        ("أفاد سكان بأن العشرات من المسلحين فروا أمس من مدينة البيضاء باتجاه الجبال المحيطة بها.",
         "fighters who fled a town (فروا) are no jailbreak"),
        ("تستمر المواجهات بين أبناء القبائل والحوثيين للشهر الثالث على التوالي في محافظة البيضاء، وخلفت أكثر من 90 "
         "قتيلا.", "fighting for the third month running (للشهر الثالث على التوالي) sums up a period"),
        ("هبطت أمس أول طائرة إغاثة في مطار عدن منذ تحرير المدينة من الحوثيين قبل أسبوع.",
         "the time since a city was taken (منذ تحرير) is no report of its taking"),
        ("حلت أمس ذكرى الهجمات التي وقعت في لندن، حيث قتل 52 شخصا عندما فجر أربعة انتحاريين أنفسهم، وكان "
         "الوزير قد زار العراق.", "a bombing told in a city abroad is not placed in a country named elsewhere"),
        ("وعلى مسافة قصيرة من النقطة العسكرية في مدينة حلب، يمكن رؤية بقايا سيارة مفخخة انفجرت في المكان.",
         "the remains of a car bomb are no report of its blast"),
        ("قالت مصادر أمس إن 20 مهاجرا في عداد المفقودين بعد غرق قاربهم قبالة مدينة طبرق.",
         "migrants missing after a shipwreck"),
        ("تشن القوات الحكومية منذ الشهر الماضي حملة لاستعادة مدينة الرمادي من تنظيم داعش.",
         "a campaign to retake (لاستعادة) a city: a purpose, the city not yet taken"),
        ("بعد أشهر من الكر والفر بين الحكومة و 3 أحزاب، وقع الطرفان أمس الاتفاق في مدينة بغداد.",
         "الكر والفر (back and forth) is an idiom: nobody escaped"),
        ("أعلنت الحكومة أمس أنها وافقت على السماح للطائرات الحليفة بشن غارات جوية انطلاقا من قاعدة قرب مدينة أضنة.",
         "strikes allowed (السماح بشن غارات) are not flown yet"),
        ("وتتحدث مصادر محلية عن تحضيرات لفتح معركة جديدة في ريف مدينة درعا خلال الأيام القادمة.",
         "a battle prepared for (تحضيرات لفتح معركة)"),
        ("دفعت القوات الحكومية أمس بتعزيزات إلى محيط مدينة الفلوجة استعدادا لشن هجوم على مسلحي داعش.",
         "an attack prepared for (استعدادا لشن هجوم)"),
        ("وقال زعيم الحزب أمس: ندعو الطرفين إلى إعلان التزامهما بوقف إطلاق النار في مدينة ديار بكر فورا.",
         "a call for a ceasefire (ندعو) is no agreement"),
        ("ارتفع إلى 45 عدد القتلى في الهجمات التي يشنها المسلحون على أطراف مدينة الرمادي منذ 20 فبراير.",
         "a toll since a day weeks back (منذ 20 فبراير) is a running toll, no one event"),
        ("قال البيان إن الدعم الأمريكي ساعد المقاتلين الأكراد على تعزيز سيطرتهم على مدينة الحسكة هذا الأسبوع.",
         "consolidating control (تعزيز سيطرتهم) takes no ground"),
        ("وفي عهد الملك خالد قتل عشرات المسلحين بعد اقتحام الحرم المكي في مكة المكرمة.",
         "an era past (في عهد الملك خالد)"),
        ("وأرسلت قيادة الجيش أمس تعزيزات إلى مدينة الرمادي من أجل تحرير أحيائها الشرقية من مسلحي داعش.",
         "a capture aimed at (من أجل تحرير)"),
        ("تتهم الطائفة السلطات بأنها تقدم مساعدات للجماعات المسلحة التي تعتدي على القرى في ريف مدينة السويداء.",
         "تقدم مساعدات: provides aid, no advance"),
        ("أعلن مسؤول محلي في محافظة لحج اليوم أن حصيلة القتلى منذ بدء المواجهات بين مسلحي الحوثي والمقاومة الشعبية"
         " في المحافظة بلغت ألفا. وقال مدير الصحة إنه سقط ألف قتيل وجرح ألفان آخرون وجميعهم من المدنيين.",
         "the fighting a running toll counts from (منذ بدء المواجهات)"),
        ("وقال المحلل اليوم إن من شأن استعادة القوات العراقية قاعدة سبايكر من مسلحي داعش أن تفتح الطريق نحو الموصل.",
         "what a capture would bring (من شأن) takes no ground"),
        ("ألقى عبد الملك الحوثي خطابا متلفزا مساء الأحد الماضي للتعليق على تحرير عدن وتطورات الأوضاع في اليمن.",
         "a speech commenting on a capture (للتعليق على) is a statement"),
        ("وخبر اعتقال الشرطة أمس لشخصين في جريمة قتل ثلاثة في بينساكولا (ولاية فلوريدا) تصدر نشرات الأخبار في أبها.",
         "a town abroad with its state in brackets borrows no place named elsewhere"),
        ("وأكد مسؤول محلي أن تنظيم داعش أعدم أكثر من ألفي مواطن من سكان مدينة الموصل معظمهم من منتسبي الأجهزة الأمنية.",
         "a war's toll of executions with no day of its own (أعدم أكثر من ألفي مواطن)"),
        ("تجمع متظاهرون أمس في شارع تايمز سكوير بنيويورك للتنديد بالاتفاق النووي الموقع بين إيران والقوى الكبرى.",
         "a protest in a city abroad written with ب (بنيويورك) is not in the country it protests about"),
        ("وقال المصدر إن سيولا عارمة جرفت آليات المسلحين في وادي بنا أمس وفجرت بعض الألغام التي زرعوها في محيط مدينة"
         " قعطبة.", "mines set off by a flood"),
        ("وقال شهود إن مسلحين مجهولين قتلوا أمس ثلاثة شبان برصاص قناصة، بينهم مواطنًا سوريًا.",
         "سوريًا (tanween before the alif) is an adjective, no place"),
        ("وقال الوزير أمس إن بريطانيا تبذل جهدا أكبر مع الولايات المتحدة في تدمير تنظيم داعش في سوريا.",
         "destroying a group (تدمير تنظيم داعش) is a war aim, no property destroyed"),
        ("وصل 80 جريحا يمنيا إلى العاصمة الأردنية عمان أمس لاستكمال علاجهم بعد إصابتهم جراء الهجمات التي تنفذها "
         "جماعة الحوثي في أنحاء متفرقة من اليمن.", "attacks a side keeps carrying out (التي تنفذها) are no one event"),
        ("وقال ناشطون إن الاعتقالات التي تمارسها ميليشيات الحوثي بحق الصحافيين في صنعاء تصاعدت.",
         "arrests a side keeps making (التي تمارسها) are no one event"),
        ("قال رئيس الوزراء البريطاني اليوم إنه مستعد لتوجيه أوامر بضربات جوية على أهداف تابعة لداعش في ليبيا.",
         "strikes one is ready to order (مستعد) are not carried out"),
        ("وكشفت صحيفة أمس أن أجهزة الأمن حذرت الحكومة من خطر حدوث هجوم إرهابي في مدينة إسطنبول.",
         "the danger of an attack (خطر حدوث هجوم) is no attack"),
        ("أثار الإعلان أمس عن وفاة زعيم حركة طالبان مخاوف من أن يلتحق عدد كبير من المتشددين بتنظيم داعش في سوريا.",
         "a leader's death (وفاة) told with no word of violence is no fight of the side named beside it"),
        ("وسجلت أمس خمس حالات وفاة بين اللاجئين السوريين في مخيم الزعتري بسبب عاصفة الغبار.",
         "deaths (حالات وفاة) in a dust storm are no violence"),
        ("وكشف التحقيق أن المجموعة تنوي شن هجوم على مركز للشرطة في مدينة العريش.",
         "an attack a group intends (تنوي) is not carried out"),
        ("هاجم نائب رئيس شرطة دبي أمس الأمين العام لحزب الله في تصريح بمدينة دبي، واصفا إياه بالجهل.",
         "an official who attacks (هاجم نائب رئيس) another in words"),
        ("وسيطرت ميليشيا الحوثيين على قاعدة العند الواقعة شمال مدينة عدن منذ أسابيع.",
         "ground taken weeks ago (منذ أسابيع) is background, not news"),
        ("قال قائد في المقاومة الشعبية إن قواته ستتقدم نحو محافظة أبين. وأضاف أن شحنة الأدوية وصلت إلى مدينة عدن أمس "
         "بعد تحرير المقاومة الشعبية المدينة من ميليشيا الحوثي.",
         "ground taken before (بعد تحرير المدينة) is the time after which the news happens, not the news"),
        ("أكدت مصادر في المقاومة الشعبية أمس أنه بعد تحرير محافظة لحج بالكامل من الحوثيين ستتجه القوات إلى تعز.",
         "ground taken before (بعد تحرير محافظة لحج), and a plan after it"),
        ("سيطر الحوثيون أمس على مجريات الحوار الوطني في مدينة صنعاء.", "control of proceedings (مجريات) is no ground"),
        ("وأكد رجال الأمن أن تنظيم داعش في أبها لا يعرف الرحمة، وسيطر الشيطان على نفسه.",
         "control of a soul (سيطر الشيطان على نفسه) is no ground"),
        ("سيطر عناصر داعش أمس على نفوس الشباب في مدينة أبها.", "control of minds (نفوس) is no ground"),
        ("تناقلت وسائل إعلام سورية أمس خبر صدور أحكام قضائية بإعدام مذيع في دمشق.",
         "a sentence (أحكام قضائية بإعدام) is no killing"),
        ("وسيطرت حركة الحوثيين على قاعدة العند التي تقع على مسافة 50 كيلومترا إلى الشمال من مدينة عدن معظم الفترة التي "
         "انقضت منذ بدء الحرب.", "ground held through a long span (معظم الفترة) was not taken in it"),
        ("وقال العميد عبد الله الصبيحي قائد عملية تحرير عدن للمقاومة الشعبية أمس إن قواته جاهزة.",
         "a commander's title (قائد عملية تحرير عدن) is no capture"),
        ("أمرت محكمة الجنايات في الكويت أمس بإخلاء سبيل 11 متهمًا في قضية التفجير الانتحاري الذي استهدف مسجد الإمام "
         "الصادق بمنطقة الصوابر.", "the relative clause of a bombing tried in court (قضية التفجير الذي استهدف) is no news"),
        ("كما فتشت قوات الاحتلال أمس محلات تجارية في مخيم الفوار جنوباً، واستولت على كاميرات مراقبة.",
         "goods seized (استولت على كاميرات) are no ground taken"),
        ("واستولى مسلحو الحوثي أمس على شحنة مساعدات في مدينة تعز.", "an aid shipment seized is no ground taken"),
        ("وقضت محكمة جنايات القاهرة المنعقدة بأكاديمية الشرطة في مصر، اليوم الثلاثاء، برئاسة المستشار شعبان الشامي، "
         "بإعدام الرئيس الأسبق محمد مرسي في القضية المعروفة.", "a death sentence passed (قضت محكمة ... بإعدام) kills no one"),
        ("وقالت الشرطة إنها اعتقلت العشرات من عناصر التنظيم في مدينة العريش في الأشهر الأخيرة.",
         "arrests summed over the last months (في الأشهر الأخيرة) are no one event"),
        ("اعتقلت الشرطة العشرات من عناصر التنظيم في مدينة العريش في الأشهر القليلة الماضية.",
         "arrests summed over the last few months (في الأشهر القليلة الماضية) are no one event"),
        ("أعلنت وزارة الداخلية الإماراتية، الأحد، أن الشرطة ضبطت في أبو ظبي عصابة مؤلفة من ثلاثة قراصنة إنترنت "
         "نيجيريين، استهدفوا حسابات مصرفية في الولايات المتحدة.", "a fraud (قراصنة إنترنت) is a common crime, not conflict"),
        ("أقرت الحكومة الإسرائيلية اليوم الاحتجاز دون محاكمة في إجراء يهدف إلى القبض على الجناة في قرية دوما "
         "بالضفة الغربية.", "arrests a measure aims at (يهدف إلى القبض) are not made yet"),
        ("وشنت الشرطة اليوم حملة أمنية في مدينة الطائف للقبض على المطلوبين.",
         "a campaign launched (شنت حملة أمنية) to arrest (للقبض على) is no attack and arrests no one yet"),
        ("وحذرت الاستخبارات التركية أمس من عبور سبعة من مسلحي داعش إلى داخل تركيا لتنفيذ هجمات ضد أهداف داخل البلاد.",
         "attacks to carry out (لتنفيذ هجمات) are not done yet"),
        ("تسلل مسلحون أمس إلى داخل مدينة الضالع لارتكاب مجزرة بحق الأبرياء.",
         "a massacre to commit (لارتكاب مجزرة) is not done yet"),
        ("اعتبر إمام الحرم المكي أمس، تعليقا منه على تفجير مسجد قوات الطوارئ في أبها، أن قتل المصلين جريمة.",
         "a comment on a bombing (تعليقا منه على تفجير) is no report of it"),
        ("وأشار البيان إلى مقتل 488 عنصرا من قوات الأمن العراقية. وقال الممثل الخاص إنه ومنذ الهجمات التي شنها "
         "تنظيم داعش الصيف الماضي في الموصل، أضحى العراق يعيش مرحلة صعبة.",
         "attacks time is counted from (ومنذ الهجمات, with و) are no news and make no event of a bare toll"),
        ("وينفذ الطيران التركي يوميا غارات مكثفة على مواقع للمتمردين في جبال شمال العراق. وقتل ما لا يقل عن 260 "
         "مقاتلا كرديا وأصيب حوالى 400 في هذه الغارات بحسب أنقرة.",
         "strikes flown every day (يوميا) and the toll of these strikes (في هذه الغارات) sum up a campaign"),
        ("وفي الأسابيع الأخيرة، شنت الشرطة التركية سلسلة عمليات استهدفت شبكات التجنيد في مدينة إسطنبول.",
         "operations of the last weeks (في الأسابيع الأخيرة) sum up a campaign, with no day of their own"),
        ("وقالت أنقرة أمس إن معركة شاملة وشيكة على مقاتلي داعش في شمال سوريا.",
         "a battle about to come (معركة وشيكة) is not fought yet"),
        ("وأعلنت المعارضة أمس عن الاقتحام الوشيك لمدينة درعا.",
         "a storming about to come (الاقتحام الوشيك) is not done yet"),
    ],
)
def test_never_an_event(text: str, why: str) -> None:
    assert extract(text, published=date(2015, 8, 1)) == (), why


@pytest.mark.parametrize(
    "text, expected",
    [
        # a crowd's chant: the killing it wants (يريد إعدام) is no killing; the protest is news
        ("وفي تسجيل مصور ردد المحتجون في مظاهرة السبت في اللاذقية هتافات تقول الشعب يريد اعدام سليمان.",
         ["Peaceful protest"]),
        # ground an operation aims at (تهدف إلى اقتحام ... والسيطرة) is not taken yet; the fight and its dead are news
        ("وأكد مصدر طبي في مدينة درنة أن الحالات ارتفعت إلى 11 قتيلاً، لافتاً إلى أن تنظيم داعش لا يزال يسيطر على "
         "مرتفعات الكورفات وأن العملية العسكرية التي انطلقت تهدف إلى اقتحام هذه المناطق والسيطرة عليها.",
         ["Armed clash"]),
        # attacks that might be carried out (احتمال تنفيذ) are a hypothesis
        ("حذرت الاستخبارات من احتمال تنفيذ مسلحي داعش هجمات في مدينة أنقرة أمس.", []),
        # an offensive (حملة عسكرية) is an attack; its arrests told after it are news
        ("شنت القوات العراقية حملة عسكرية واسعة على مواقع داعش في مدينة الرمادي أمس.", ["Armed clash"]),
        ("وشنت الشرطة اليوم حملة أمنية في مدينة الطائف أسفرت عن اعتقال 5 مطلوبين.", ["Arrests"]),
    ],
)
def test_what_is_wanted_or_aimed_at_is_not_done(text: str, expected: list) -> None:
    assert [e.sub_event_type for e in extract(text, published=date(2015, 8, 2))] == expected


@pytest.mark.parametrize("text", [
    "قتل خمسة مدنيين أمس في الغارات التي شنتها طائرات التحالف على مدينة صعدة.",
    "قتل خمسة مدنيين أمس في الهجمات التي تعرضت لها مدينة صعدة.",
])
def test_a_series_told_in_the_past_is_news(text: str) -> None:
    """الغارات التي شنتها، الهجمات التي تعرضت لها: what was done, unlike what a side keeps doing (التي تشنها)."""
    events = extract(text, published=date(2015, 8, 1))
    assert [(e.admin1, e.fatalities) for e in events] == [("Sa'dah", 5)]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type", "actor1", "fatalities"),
    [
        ("قتل ثلاثة مدنيين أمس في غارة جوية لطيران التحالف على مدينة صعدة.",
         "Explosions/Remote violence", "Air/drone strike", None, 3),
        ("اندلعت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في ريف حماة الشمالي أسفرت عن مقتل 7 عناصر.",
         "Battles", "Armed clash", "Military Forces of Syria (2000-2024)", 7),
        ("انفجرت عبوة ناسفة أمس بسيارة عسكرية في مدينة الرمادي ما أدى إلى إصابة جنديين.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED", None, 0),
        ("اعتقلت قوات الأمن العراقية أمس 12 شخصا في مدينة الموصل.",
         "Strategic developments", "Arrests", None, 0),
        ("فرقت الشرطة بالغاز المسيل للدموع مظاهرة في مدينة البصرة أمس.",
         "Protests", "Protest with intervention", None, 0),
        ("تمكنت قوات الأمن أمس من تفكيك عبوة ناسفة في مدينة الموصل.",
         "Strategic developments", "Disrupted weapons use", None, 0),
        ("تمكنت الشرطة أمس من ضبط 12 مطلوبا في مدينة البصرة.",
         "Strategic developments", "Arrests", None, 0),
        ("شنت طائرات التحالف غارة جوية أمس على مواقع في مدينة صعدة دمرت مخزنا للأسلحة.",
         "Explosions/Remote violence", "Air/drone strike", "Saudi-led Coalition", 0),
        ("قتل 39 متمردا و17 مقاتلا مواليا أمس في معارك في مدينة الحوطة بمحافظة لحج.",
         "Battles", "Armed clash", None, 56),
        ("أسفرت المعارك أمس في مدينة الحوطة عن سقوط 28 قتيلا، 17 متمردا و11 عنصرا من القوات الموالية.",
         "Battles", "Armed clash", None, 28),
        ("قتل عشرة من مسؤولي تجهيز الانتحاريين أمس بقصف جوي غرب مدينة الرمادي.",
         "Explosions/Remote violence", "Air/drone strike", None, 10),
        ("أعلنت الحكومة اليمنية والحوثيون أمس اتفاق هدنة في مدينة تعز.",
         "Strategic developments", "Agreement", None, 0),
        ("استهدف مسلحو التنظيم أمس بصواريخ كاتيوشا قاعدة عسكرية قرب مدينة الرمادي بعد أن اغتنموا قاعدتي صواريخ.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack", None, 0),
        ("قضى 4 فلسطينيين أمس في انفجار داخل منزل في مدينة رفح.",  # قضى with a figure: died
         "Explosions/Remote violence", "Remote explosive/landmine/IED", None, 4),
        ("أعدم تنظيم داعش أمس خمسة مدنيين في مدينة الرقة بتهمة التعامل مع النظام.",  # the executed are killed
         "Violence against civilians", "Attack", "Islamic State (Syria)", 5),
        ("أعلنت النقابة أمس اختفاء ثلاثة صحافيين في مدينة حلب.",  # missing, no mishap told: made to disappear
         "Violence against civilians", "Abduction/forced disappearance", None, 0),
    ],
)
def test_event_types(text: str, event_type: str, sub_event_type: str, actor1: str | None, fatalities: int) -> None:
    events = extract(text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [(event_type, sub_event_type)]
    assert events[0].event_date == "2023-03-15"
    assert events[0].fatalities == fatalities
    if actor1:
        assert events[0].actor1 == actor1


def test_what_a_thing_would_bring_blocks_only_the_event_word_after_it() -> None:
    events = extract("ويرى مراقبون أن المعارك من شأنها أن تغير موازين القوى، بعد أن قتل 20 من مسلحي داعش في اشتباكات مع"
                     " الجيش العراقي في تكريت أمس.")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Armed clash", "Military Forces of Iraq (2014-)", 20)]


def test_the_side_that_opens_fire_acts_whatever_stands_between_verb_and_fire() -> None:
    events = extract("أعلن الجيش التركي مقتل جنديين أمس حين فتح مسلحون من حزب العمال الكردستاني النار على دورية"
                     " في ولاية هكاري.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "PKK: Kurdistan Workers Party", "Military Forces of Turkey", 2)]
    assert events[0].evidence and any(s.text == "فتح" for s in events[0].evidence)


@pytest.mark.parametrize(("text", "expected"), [
    ("أطلق مسلحون مجهولون النار على حافلة تقل عمالا في مدينة العريش أمس فقتلوا ثلاثة منهم.",
     [("Attack", "Unidentified Armed Group (Egypt)", 3)]),
    ("أطلق مسلحون الرصاص على المصلين في الوقت نفسه في حي العنود بالدمام أمس فقتلوا اثنين منهم.",
     [("Attack", "Unidentified Armed Group (Saudi Arabia)", 2)]),
])
def test_opening_fire_with_the_shooter_between_is_a_shooting(text: str, expected: list) -> None:
    # (في الوقت نفسه is "at the same time", not fire at oneself)
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in extract(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قال المرصد إن عنصرا من التنظيم فجر نفسه أمس في موقع عسكري في قرية أم حوش بريف حلب.",
     [("Suicide bomb", "2015-08-09", "Aleppo")]),
    ("فجرت امرأة نفسها وسط المصلين في مسجد بمدينة أبها أمس ما أدى إلى مقتل 15 شخصا.",
     [("Suicide bomb", "2015-08-09", "Abha")]),
    ("بدأت الهجمات ليل أمس بتفجير عناصر من التنظيم لأنفسهم بعربات مفخخة في محيط مدينة القريتين.",
     [("Suicide bomb", "2015-08-09", "Al Qaryatayn")]),
    # dawn of the same day, not a man blowing himself up
    ("انفجرت عبوة ناسفة فجر الخميس نفسه في مدينة الرمادي ما أدى إلى مقتل جنديين.",
     [("Remote explosive/landmine/IED", "2015-08-06", "Ramadi")]),
])
def test_blowing_oneself_up_is_a_suicide_bombing(text: str, expected: list) -> None:
    events = extract(text, published=date(2015, 8, 10))
    assert [(e.sub_event_type, e.event_date, e.location) for e in events] == expected


@pytest.mark.parametrize("text", [
    "حملت حركة فتح أمس حركة حماس مسؤولية إشعال النار في مدينة غزة.",
    "فتحت قوات الأمن المصرية أمس تحقيقا في حادث إطلاق النار بمدينة العريش.",
])
def test_another_nouns_fire_is_no_shooting(text: str) -> None:
    assert extract(text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    # guards for rules of this change that must not reach too far (review of the change)
    ("قلل المتحدث العسكري من شأن الهجوم الانتحاري الذي شنه مسلحو داعش على حاجز للجيش في مدينة الرمادي أمس وأسفر عن"
     " مقتل خمسة جنود.", [("Suicide bomb", "Islamic State (Iraq)", "Ramadi")]),
    ("نصب مسلحون موالون للحوثيين أمس كمينا لدورية عسكرية في محافظة مأرب وقتلوا ثلاثة جنود.",
     [("Armed clash", "Houthi Movement", "Marib")]),
    ("سيطر مسلحو داعش أمس على محطة المياه في الرمادي ثم فجروا عبوة ناسفة أدت إلى مقتل ثلاثة جنود.",
     [("Remote explosive/landmine/IED", "Islamic State (Iraq)", "Ramadi")]),
    ("قتل عشرة أشخاص منذ تجدد الاشتباكات صباح اليوم بين الحوثيين والمقاومة الشعبية في مدينة تعز.",
     [("Armed clash", "Houthi Movement", "Taiz")]),
    ("فجر الجاني نفسه بحزام ناسف داخل مسجد الإمام علي في بلدة القديح بالقطيف أثناء صلاة الجمعة أمس فقتل 21 مصليا.",
     [("Suicide bomb", "Unidentified Armed Group (Saudi Arabia)", "Al Qaţīf")]),
    ("المقاومة الشعبية استعادت أمس السيطرة على مدينة الضالع. وسيطر تنظيم القاعدة على مقر اللواء 27 أمس.",
     [("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Aḑ Ḑāli‘"),
      ("Non-state actor overtakes territory", "AQAP: Al Qaeda in the Arabian Peninsula", "Aḑ Ḑāli‘")]),
    ("قصفت طائرات التحالف أمس مواقع للحوثيين في صنعاء وعدن وتعز ومأرب. وفي سياق آخر قصفت طائرات إسرائيلية أمس حي"
     " الشجاعية في مدينة غزة.", [("Air/drone strike", "Saudi-led Coalition", "Sanaa"),
                                ("Air/drone strike", "Military Forces of Israel", "Al-Shujaiya")]),
])
def test_this_changes_rules_stay_in_their_lane(text: str, expected: list) -> None:
    assert [(e.sub_event_type, e.actor1, e.location) for e in extract(text, published=date(2015, 7, 31))] == expected


def test_shots_fired_in_the_air_hit_no_one() -> None:
    air = extract("وأطلقت الشرطة النار في الهواء لتفريق المتظاهرين في ساحة التحرير ببغداد أمس.")
    at = extract("وأطلقت الشرطة الرصاص على المتظاهرين في ساحة التحرير ببغداد أمس.")
    assert [e.sub_event_type for e in air] == ["Protest with intervention"]
    assert [e.sub_event_type for e in at] == ["Excessive force against protesters"]


def test_a_word_with_tanween_is_no_place_name() -> None:
    events = extract("قتل جنود إسرائيليون صبياً فلسطينياً بالرصاص قرب السياج الحدودي في شمال قطاع غزة أمس.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location) for e in events] == [
        ("Attack", "Military Forces of Israel", "Civilians (Palestine)", "Gaza Strip")]


@pytest.mark.parametrize(
    "text, names",
    [
        ("قال مسؤول إن جنديا تركيا قتل أمس في اشتباك على الحدود.", []),  # a Turkish soldier
        ("اعتقلت الشرطة مواطنا سوريا في مدينة طرابلس اللبنانية.", ["مدينة طرابلس"]),  # a Syrian citizen
        ("قال القائد إن مقاتليه هاجموا سوريا من الشمال.", ["سوريا"]),  # a verb's object: the country
    ],
)
def test_a_countrys_adjective_after_a_noun_is_no_place(text: str, names: list[str]) -> None:
    """جنديا تركيا، مواطنا سوريا: the accusative of the adjective is written like the country's name."""
    result = Extractor().extract(text, published=date(2015, 8, 1), mentions=True)
    assert [p.text for p in result.places] == names


def test_a_festival_called_a_tazahura_is_no_protest() -> None:
    """هذه التظاهرة: in Maghreb usage a تظاهرة is also a festival; beside مهرجان it is that festival."""
    assert extract("قال مدير المهرجان في مدينة سوسة إن هذه التظاهرة غابت لسنوات لأسباب أمنية وتعود اليوم بمشاركة فرق "
                   "أجنبية.", published=date(2015, 8, 2)) == ()


def test_a_car_rigged_and_ready_to_blow_is_no_explosion() -> None:
    """معدة للتفجير: made ready to explode; the army defused it."""
    assert extract("فككت قوة من الجيش أمس سيارة كانت مفخخة ومعدة للتفجير في قضاء حديثة غرب الأنبار.",
                   published=date(2015, 7, 24)) == ()


@pytest.mark.parametrize("text, cue", [
    ("أطلق النار على جاره لينهي خلافه مع عائلته", "خلافه مع"),
    ("أصيب ثلاثة في مشاجرة بالحي", "مشاجرة"),
])
def test_a_personal_quarrel_is_read_as_private(text: str, cue: str) -> None:
    """خلافه مع، مشاجرة: a man's own quarrel, a brawl; the violence of their sentence is a crime ACLED does not
    code (see test_a_family_quarrel_is_no_political_violence)."""
    result = Extractor().extract(text, published=date(2015, 8, 2), mentions=True)
    assert [c.text for c in result.cues if c.cue == "private"] == [cue]


def test_a_place_in_a_brigades_name_is_not_the_scene() -> None:
    """«لواء اليرموك»: the brigade is named after a place (the Yarmouk) it does not fight in; Jordan's لواء الرمثا is
    a district and stays a place."""
    events = extract("قال ناشطون إن «لواء اليرموك» التابع للجيش السوري الحر قصف بقذائف الهاون أمس مواقع لقوات النظام "
                     "في ريف درعا.", published=date(2015, 7, 21))
    assert [(e.sub_event_type, e.location) for e in events] == [("Shelling/artillery/missile attack", "Dar‘ā")]
    result = Extractor().extract("أعلنت شرطة لواء الرمثا القبض على مطلوب", published=date(2015, 7, 21), mentions=True)
    assert [p.text for p in result.places] == ["الرمثا"]


def test_the_date_closing_the_event_words_relative_clause_is_its_own() -> None:
    """نقلت طائرات الإخلاء أمس ... المصابين في التفجير الذي استهدف مسجدا ... أول من أمس: the evacuation was yesterday,
    the blast the day before; an evacuation aircraft is no air strike."""
    events = extract("نقلت طائرات الإخلاء الطبي أمس سبعة مصابين في التفجير الذي استهدف مسجدا في مدينة أبها أول من أمس "
                     "لتلقي العلاج.", published=date(2015, 8, 8))
    assert [(e.sub_event_type, e.event_date, e.location) for e in events] == [
        ("Remote explosive/landmine/IED", "2015-08-06", "Abha")]
    # a relative clause that tells another time (بعد الهجوم الذي وقع مطلع الأسبوع) keeps its date for that
    events = extract("فرقت الشرطة مساء الجمعة في إسطنبول مئات المتظاهرين الذين كانوا يحتجون بعد الهجوم الذي وقع مطلع "
                     "الأسبوع الجاري.", published=date(2015, 7, 25))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Protest with intervention", "2015-07-24")]


def test_the_date_closing_a_relative_clause_whose_verb_is_the_event_is_its_own() -> None:
    """زار أمس موقعا قرب مكان قتل فيه جندي في اشتباكات ... الشهر الماضي: the visit was yesterday, the fighting
    last month, which is old news by now; a clause with no pronoun pointing back keeps yesterday."""
    events = extract("زار رئيس الوزراء أمس موقعا عسكريا في ولاية كيليس التركية، قرب مكان قتل فيه جندي تركي في اشتباكات "
                     "مع تنظيم داعش على الجانب السوري من الحدود الشهر الماضي.", published=date(2015, 8, 9))
    assert events == ()
    events = extract("قتل جندي تركي أمس في اشتباكات مع تنظيم داعش قرب ولاية كيليس التركية على الحدود السورية.",
                     published=date(2015, 8, 9))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Armed clash", "2015-08-08")]


def test_the_event_named_after_ghadat_came_the_day_before() -> None:
    """غداة X: on the morrow of X, so X came the day before the day the clause tells (قتل ... أمس الجمعة غداة
    الهجوم: the attack was on Thursday), also when the blast was told before without a day. A date that is the
    event word's own (فجر انتحاري نفسه أمس) stays its own."""
    events = extract("قتل ثلاثة جنود أتراك في اشتباكات مع مسلحين أكراد أمس الجمعة غداة الهجوم الانتحاري في سروج.",
                     published=date(2015, 7, 25))
    assert sorted((e.sub_event_type, e.event_date) for e in events) == [
        ("Armed clash", "2015-07-24"), ("Suicide bomb", "2015-07-23")]
    events = extract("فجر انتحاري نفسه وسط حشد من الشبان في بلدة سروج التركية. وقتل جندي تركي في اشتباكات مع حزب "
                     "العمال أمس الجمعة غداة التفجير.", published=date(2015, 7, 25))
    assert sorted((e.sub_event_type, e.event_date) for e in events) == [
        ("Armed clash", "2015-07-24"), ("Suicide bomb", "2015-07-23")]
    events = extract("فجر انتحاري نفسه في مسجد بالكويت أمس الجمعة غداة تهديدات التنظيم.", published=date(2015, 7, 25))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Suicide bomb", "2015-07-24")]
    events = extract("ويأتي هذا التصعيد غداة المجزرة المروعة التي ارتكبتها قوات الأسد أول من أمس نتيجة استهدافها قرية "
                     "كفرموس بريف إدلب بالصواريخ الفراغية، ما أدى إلى مقتل ثمانية مدنيين.", published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Shelling/artillery/missile attack", "2015-07-24")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وقالت مصادر أمنية إن متمردين أكراد فجروا عبوة أثناء مرور قافلة عسكرية في مقاطعة سيرناك أمس.",
         [("Remote explosive/landmine/IED", "Sirnak")]),
        ("انفجرت قنبلة في سوق شعبي ببغداد أمس.", [("Remote explosive/landmine/IED", "Baghdad")]),
        ("فجر الشبان غضبهم في شوارع بغداد أمس.", []),
        ("حملت الأم عبوة ماء إلى السوق في بغداد أمس.", []),
    ],
)
def test_a_verb_of_blowing_up_and_its_device_tell_a_blast_together(text: str, expected: list) -> None:
    """فجروا عبوة، انفجرت قنبلة: the verb alone has other senses (فجر غضبه), so has the device (عبوة ماء); the verb
    followed by the device it blew up is a blast with no armed actor named."""
    assert [(e.sub_event_type, e.location) for e in extract(text, published=date(2015, 8, 6))] == expected


def test_a_province_its_own_sentences_name_places_an_event_told_in_a_country() -> None:
    """في جنوب شرق تركيا ... فجروا عبوة ... في مقاطعة سيرناك: the event's own sentences name the province; the town
    of another event told later in the article (the Suruc bombing) is not its place."""
    events = extract("قتل ثلاثة جنود أتراك أمس بانفجار عبوة في جنوب شرق تركيا في هجوم ينسب إلى حزب العمال الكردستاني. "
                     "وقالت مصادر أمنية إن متمردين أكراد فجروا عبوة أثناء مرور قافلة عسكرية في مقاطعة سيرناك. وأعلنت "
                     "الحكومة الحرب على تنظيم داعش المتهم بالوقوف خلف العملية الانتحارية التي وقعت في 20 يوليو الماضي في سروج "
                     "وأدت إلى مقتل 32 شخصا.", published=date(2015, 8, 6))
    assert sorted((e.sub_event_type, e.location, e.fatalities) for e in events) == [
        ("Remote explosive/landmine/IED", "Sirnak", 3), ("Suicide bomb", "Suruc", 32)]


def test_an_article_that_reacts_recalls_its_incident() -> None:
    """A lead that opens on a reaction (وجه الأمير بتسمية الشوارع بأسماء الشهداء): the bombing it names in a relative
    clause, days before, is the known incident, not news. A fresh incident told with a verb in the same article
    stays news."""
    events = extract("وجه أمير منطقة عسير الجهات المعنية بتسمية عدد من الشوارع بأسماء الشهداء الذين استشهدوا في التفجير "
                     "الإرهابي بمسجد قوات الطوارئ في مدينة أبها يوم الخميس الماضي. وأوضح أن تخليد أسمائهم أقل ما يقدم "
                     "لهم.", published=date(2015, 8, 9))
    assert events == ()
    events = extract("حذر وزير الداخلية المصري من التهاون في مواجهة الإرهاب خلال اجتماعه بقيادات الوزارة في القاهرة "
                     "اليوم. وقتل ثلاثة جنود أمس في هجوم مسلح على حاجز أمني في مدينة العريش.", published=date(2015, 8, 9))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Armed clash", "Arīsh", 3)]


def test_an_article_that_mourns_recalls_its_incident() -> None:
    """Condolences (عزائه ومواساته، الشفاء العاجل) over Thursday's attack, two days back: the known incident. The
    same call on other matters names the attack as news told in it; a fresh attack told with its funeral stays."""
    events = extract("تلقى الملك اتصالا هاتفيا أمس من أمير الكويت عبر فيه عن عزائه ومواساته في شهداء الاعتداء الذي وقع "
                     "في مسجد قوات الطوارئ بمدينة أبها يوم الخميس وأدى إلى مقتل 15 شخصا، متمنيا للمصابين الشفاء "
                     "العاجل.", published=date(2015, 8, 8))
    assert events == ()
    events = extract("تلقى الملك اتصالا هاتفيا أمس من أمير الكويت بحثا فيه العلاقات بين البلدين وتطورات الاعتداء الذي "
                     "وقع في مسجد قوات الطوارئ بمدينة أبها يوم الخميس وأدى إلى مقتل 15 شخصا.", published=date(2015, 8, 8))
    assert [(e.location, e.fatalities) for e in events] == [("Abha", 15)]
    events = extract("قتل ثلاثة جنود أمس في هجوم مسلح على حاجز أمني في مدينة العريش. وشيع الأهالي جثامين الضحايا وسط "
                     "حزن كبير، وتقبلت أسرهم العزاء متمنين للجرحى الشفاء العاجل.", published=date(2015, 8, 9))
    assert [(e.location, e.fatalities) for e in events] == [("Arīsh", 3)]


def test_an_article_on_a_trial_recalls_the_crime_tried() -> None:
    """A hearing (جلسة، المتهمين، القاضي، النيابة): the bombing the accused confess to, two weeks back, is the known
    crime tried, not news. Words of the law that are as often rule or cause (نظام الحكم، القضية) do not count."""
    events = extract("في أول جلسة لمحاكمة المتهمين بتفجير مسجد في مدينة الكويت الذي أودى بحياة 27 شخصا، اعترف المتهم "
                     "الرئيسي أمام القاضي بأنه نقل الحزام الناسف إلى الانتحاري الذي فجر نفسه في المسجد ظهر الجمعة قبل "
                     "الماضية. وطلبت النيابة العامة إنزال أشد العقوبات بالمتهمين.", published=date(2015, 8, 6))
    assert events == ()


@pytest.mark.parametrize(
    "lead, reacts",
    [
        ("وجه أمير منطقة عسير الجهات المعنية بتسمية الشوارع بأسماء الشهداء الذين استشهدوا في التفجير الخميس الماضي.",
         True),
        # what it reacts to, told after بعد with a day of the last day: a first report through its reactions
        ("طالبت الخارجية الفلسطينية بتحرك عربي عاجل لإنقاذ القدس بعد دخول شرطة الاحتلال صباح الأحد إلى المسجد "
         "الأقصى لطرد فلسطينيين تحصنوا فيه.", False),
        # بعد ظهر اليوم is a time of day, not what the visit follows
        ("زار أمير منطقة عسير بعد ظهر اليوم المصابين من منسوبي قوات الطوارئ الذين يتلقون العلاج في مستشفى عسير "
         "المركزي.", True),
        # a protest "to demand": a statement word, but no verb of reacting
        ("خرج مئات المحتجين في مدينة الناصرية اليوم للمطالبة بفرص عمل، وأطلقت قوات الأمن الغاز المسيل للدموع.", False),
        ("أدان الرئيس المصري الهجوم الذي استهدف حاجزا للجيش في العريش يوم الخميس الماضي.", True),
        # a reaction in a side clause (فيما دعا): the main clause tells the news
        ("فيما دعا الرئيس اليمني المجتمع الدولي إلى التدخل، قصفت ميليشيات الحوثي حي دار سعد في عدن أمس.", False),
        # the lead tells an incident before any reaction verb
        ("قتل ثلاثة جنود في هجوم على حاجز في العريش أمس، وأدان الرئيس الهجوم ودعا إلى ملاحقة الجناة.", False),
    ],
)
def test_a_lead_that_opens_on_a_reaction(lead: str, reacts: bool) -> None:
    from rasd.assemble import _reaction_lead

    result = Extractor().extract(lead, published=date(2015, 7, 27), mentions=True)
    tokens, dates = result.analysis.tokens(), result.analysis.dates
    sentence = result.analysis.sentences[0]
    assert _reaction_lead(sentence, tokens, result.cues, result.triggers, dates, date(2015, 7, 27)) is reacts


def test_an_unnamed_party_after_ila_is_a_destination() -> None:
    """اقتادتهم إلى جهة مجهولة: taken to an unknown place, not handed to an unknown armed group; جهة مجهولة as the
    subject (اختطفت جهة مجهولة صحفيا) is still the unidentified side."""
    events = extract("اعتقلت قوات الأمن عشرات المتظاهرين أمس في مدينة تعز واقتادتهم إلى جهة مجهولة.",
                     published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.actor2) for e in events if e.event_type == "Strategic developments"] == [
        ("Arrests", "Protesters (Yemen)")]
    events = extract("اختطفت جهة مجهولة صحفيا أمس في مدينة تعز.", published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Abduction/forced disappearance", "Unidentified Armed Group (Yemen)")]


def test_the_emergency_forces_are_the_police() -> None:
    """قوات الطوارئ الخاصة is a police force (Saudi Arabia's Special Emergency Forces): the bombing of its mosque hit
    the police, not civilians."""
    events = extract("قتل 15 شخصا في تفجير انتحاري استهدف مسجدا لقوات الطوارئ الخاصة في مدينة أبها أمس.",
                     published=date(2015, 8, 7))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Suicide bomb", "Police Forces of Saudi Arabia (2015-)")]


def test_a_lone_town_of_another_country_is_a_namesake_even_after_its_cue() -> None:
    """منطقة المضيق in a report on Anbar is an Iraqi area the gazetteer lacks, not Mdiq in Morocco: a cue word says
    it is a place, not which country's. A town whose country's adjective follows it (مدينة الزبداني السورية،)
    stays, whatever punctuation follows the adjective."""
    events = extract("أعلنت الشرطة الاتحادية العراقية في بيان أمس أنها قتلت 12 من عناصر داعش في قضاء القائم بمحافظة "
                     "الأنبار، وأعطبت خمس آليات للتنظيم بكمين في منطقة المضيق قرب الرمادي.", published=date(2015, 7, 26))
    assert [e.country for e in events] == ["Iraq"]
    events = extract("أكدت مصادر مقربة من حزب الله سقوط خمسة قتلى من عناصر الحزب وإصابة آخرين أمس في اشتباكات في مدينة "
                     "الزبداني السورية، فيما تظاهر المئات في بيروت وصيدا وطرابلس احتجاجا على أزمة النفايات.",
                     published=date(2015, 7, 27))
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Armed clash", "Az Zabadānī"), ("Peaceful protest", "Beirut")]


def test_a_town_told_only_by_its_countrys_adjective_is_no_town_named_elsewhere() -> None:
    """في بلدة تركية: a Turkish town left unnamed; Istanbul, where the article's raids were, is not it. Where the
    event's own sentences name the town (بلدة سروج), that is its place."""
    events = extract("اعلن مكتب رئيس الحكومة التركية ان الشرطة اوقفت 251 شخصا في حملة مداهمات في اسطنبول. واتت المداهمات "
                     "بعد مقتل 32 شخصا في تفجير انتحاري الاثنين في بلدة تركية على الحدود السورية.",
                     published=date(2015, 7, 25))
    assert [(e.sub_event_type, e.location) for e in events if e.event_type != "Strategic developments"] == [
        ("Suicide bomb", "Turkey")]
    events = extract("سقط نحو 30 قتيلا الاثنين في انفجار استهدف مركزا ثقافيا في بلدة تركية قريبة من الحدود السورية. وقال "
                     "رئيس الوزراء إن التفجير الانتحاري في بلدة سروج نفذه تنظيم داعش.", published=date(2015, 7, 21))
    assert [(e.sub_event_type, e.location) for e in events] == [("Suicide bomb", "Suruc")]


def test_the_place_stood_with_is_not_where() -> None:
    """تجمع ... بهدف التضامن مع مدينة كوباني، تضامنا مع أهالي غزة: the place stood with is not where the crowd
    stood or the bomb went off."""
    events = extract("قالت مصادر كردية إن انتحاريين اثنين اخترقا تجمعا لطلاب في المركز الثقافي بهدف التضامن مع مدينة "
                     "كوباني، وفجرا نفسيهما ما أدى إلى مقتل 30 شخصا.", published=date(2015, 7, 21))
    assert [e.location for e in events] == []
    events = extract("تظاهر آلاف في مدينة الخليل أمس تضامنا مع أهالي غزة.", published=date(2015, 7, 21))
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Hebron")]


def test_the_day_of_the_event_named_after_bad_is_not_the_main_clauses() -> None:
    """اعتقلت الشرطة 20 شخصا بعد تفجير انتحاري الاثنين: Monday is the bombing's day; the arrests, told with no day
    of their own, fall in the week of publication. A day told before بعد stays the arrests' own."""
    events = extract("اعتقلت الشرطة التركية 20 شخصا في إسطنبول بعد تفجير انتحاري الاثنين في سروج.",
                     published=date(2015, 7, 25))
    assert sorted((e.sub_event_type, e.event_date, e.time_precision) for e in events) == [
        ("Arrests", "2015-07-25", 2), ("Suicide bomb", "2015-07-20", 1)]
    events = extract("اعتقلت الشرطة التركية أمس 20 شخصا في إسطنبول بعد تفجير انتحاري الاثنين في سروج.",
                     published=date(2015, 7, 25))
    assert sorted((e.sub_event_type, e.event_date, e.time_precision) for e in events) == [
        ("Arrests", "2015-07-24", 1), ("Suicide bomb", "2015-07-20", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "لقي جندي حتفه أمس متأثرا بجروحه التي أصيب بها في هجوم مسلح في مدينة العريش.",
        "توفي جندي أمس متأثرا بجروحه التي أصيب بها في هجوم مسلح في مدينة العريش.",
    ],
)
def test_death_from_wounds_counts_one_killed(text: str) -> None:
    """لقي جندي حتفه (the subject between the verb and its noun), توفي ... متأثرا بجروحه: one dead, not one wounded
    (the wound he died of is no one more hurt)."""
    events = extract(text, published=date(2015, 8, 1))
    assert [(e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [(1, [("killed", 1)])]


def test_a_place_miles_away_is_near_the_town() -> None:
    """على بعد 20 كيلومترا من مدينة تعز: the event is near the town (ACLED's precision 2), not in it."""
    events = extract("قصفت طائرات التحالف أمس معسكرا للحوثيين على بعد 20 كيلومترا من مدينة تعز.", published=date(2015, 8, 1))
    assert [(e.location, e.geo_precision) for e in events] == [("Taiz", 2)]
    events = extract("قصفت طائرات التحالف أمس معسكرا للحوثيين في مدينة تعز.", published=date(2015, 8, 1))
    assert [(e.location, e.geo_precision) for e in events] == [("Taiz", 1)]
    # told with a verb (يبعد، التي تبعد) as well
    events = extract("قتل 5 مدنيين أمس في غارة على معسكر يبعد 20 كيلومترا عن مدينة عدن.", published=date(2015, 8, 1))
    assert [(e.location, e.geo_precision) for e in events] == [("Aden", 2)]
    # a hundred kilometres off, the town only gives the bearing: the event is where its own place says
    events = extract("سيطرت القوات الموالية لهادي أمس على بلدة في محافظة ذمار على بعد مئة كيلومتر جنوب العاصمة "
                     "صنعاء.", published=date(2015, 8, 11))
    assert [(e.location, e.admin1) for e in events] == [("Dhamar", "Dhamar")]


def test_officers_of_the_police_make_the_police_the_side_hit() -> None:
    """ثلاثة ضباط شرطة، رجل أمن: the noun after the men names their force; ثلاثة ضباط alone are the army's, رجل
    alone a civilian."""
    events = extract("قتل ثلاثة ضباط شرطة أمس في انفجار عبوة ناسفة في مدينة العريش.", published=date(2015, 8, 1))
    assert [e.actor2 for e in events] == ["Police Forces of Egypt (2014-)"]
    events = extract("قتل ثلاثة ضباط أمس في انفجار عبوة ناسفة في مدينة العريش.", published=date(2015, 8, 1))
    assert [e.actor2 for e in events] == ["Military Forces of Egypt (2014-)"]
    # رجل أمن، عنصر أمن: a plain noun of men, and the body after it
    events = extract("استشهد رجل أمن أمس في هجوم مسلح على دورية في القطيف.", published=date(2015, 8, 1))
    assert [e.actor2 for e in events] == ["Police Forces of Saudi Arabia (2015-)"]
    events = extract("قتل رجل أمس في هجوم مسلح في القطيف.", published=date(2015, 8, 1))
    assert [e.actor2 for e in events] == ["Civilians (Saudi Arabia)"]


def test_the_nationality_the_article_tells_is_the_country_of_a_weak_place_name() -> None:
    """بلدة سلواد alone needs its country told: شبان فلسطينيين tells it (Silwad in the West Bank). Rafah with
    Egyptian soldiers is Egypt's, not Gaza's."""
    events = extract("اندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال في بلدة سلواد أمس، رشق خلالها الشبان الجنود "
                     "بالحجارة.", published=date(2015, 7, 27))
    assert [(e.location, e.country) for e in events] == [("Silwād", "Palestine")]
    events = extract("قتل أربعة جنود مصريين أمس في انفجار عبوة ناسفة استهدفت مدرعتهم في مدينة رفح، وقال مصدر أمني مصري "
                     "إن الجيش المصري يلاحق المسلحين.", published=date(2015, 7, 24))
    assert [(e.location, e.admin1) for e in events] == [("Rafaḩ", "North Sinai")]


def test_a_border_crossed_unlawfully_is_an_offence_not_political_violence() -> None:
    """حرس الحدود أوقفت شخصا حاول التسلل بطريقة غير شرعية: a border offence ACLED does not code. Suspects of armed
    groups (للاشتباه بانتمائهم إلى تنظيمات إرهابية) and people shot at the border stay events."""
    assert extract("أوقفت دوريات حرس الحدود بمنطقة تبوك يوم أمس شخصا من جنسية عربية قادما من الأردن حاول التسلل إلى "
                   "المملكة بطريقة غير شرعية.", published=date(2015, 7, 22)) == ()
    events = extract("أوقفت قوة من الجيش اللبناني أمس 23 شخصا سوريا في زحلة للاشتباه بانتماء بعضهم إلى تنظيمات إرهابية "
                     "وتجول بعضهم داخل الأراضي اللبنانية بطريقة غير شرعية.", published=date(2015, 7, 22))
    assert [e.sub_event_type for e in events] == ["Arrests"]
    events = extract("قتل ثلاثة مدنيين أمس برصاص الشرطة التركية أثناء عبورهم الحدود قرب مدينة كلس بطريقة غير شرعية.",
                     published=date(2015, 7, 22))
    assert [e.fatalities for e in events] == [3]


def test_an_event_is_never_dated_after_the_article() -> None:
    """A date ahead of publication (a court's session on 10 August, told in the clause after the attack) is not the
    day of anything the article reports as done: with no other date, the attack gets the week of publication."""
    events = extract("قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش، كما تعقد المحكمة جلستها في 10 "
                     "أغسطس الحالي.", published=date(2015, 8, 7))
    assert [(e.event_date, e.time_precision) for e in events] == [("2015-08-07", 2)]


def test_a_common_crime_is_no_political_violence() -> None:
    assert extract("وقتل أمس شاب برصاص شخصين مطلوبين في قضايا جنائية في حي النسيم بمدينة الرياض.") == ()


def test_the_day_a_long_named_ministry_spoke_is_not_the_strikes() -> None:
    events = extract("أعلنت وزارة الدفاع البريطانية مساء أمس، أن غارة جوية للتحالف أدت في مطلع الشهر الجاري إلى مقتل"
                     " قيادي في تنظيم داعش قرب مدينة الرقة.")
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Air/drone strike", "2023-03-01", 2)]


def test_an_unnamed_gang_told_elsewhere_makes_no_arrests() -> None:
    # (a recap of yesterday: one of last week would be earlier news, no event; see test_events_background.py)
    events = extract("وكانت وزارة الداخلية قد أعلنت أمس القبض على 40 عنصرا ينتمون إلى تنظيم داعش في مدينة"
                     " الدمام. وقالت الوزارة إن مجموعات إرهابية نفذت هجمات على مساجد العام الماضي، وإن مجموعات إرهابية"
                     " أخرى تخطط لهجمات جديدة.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Arrests", "Police Forces of Saudi Arabia (2015-)", "Islamic State")]


def test_a_protest_in_a_capital_abroad_borrows_no_place_named_elsewhere() -> None:
    assert extract("انسحب عدد من قادة الحركة من الاجتماع في حالة من الاحتجاج على تعيين الزعيم الجديد. وخرجت أمس في"
                   " العاصمة الكينية نيروبي مظاهرة احتجاجية للتنديد بهجمات الحركة، فيما يسيطر تنظيم داعش على مناطق"
                   " واسعة من سوريا.") == ()


def test_where_the_observatory_sits_is_not_where_the_strike_fell() -> None:
    events = extract("وقال مدير المرصد السوري لحقوق الإنسان في لندن إن طائرات التحالف قتلت أمس سبعة من مقاتلي جبهة"
                     " النصرة في غارة على مواقعهم بريف إدلب.")
    assert [(e.sub_event_type, e.actor1, e.location) for e in events] == [
        ("Air/drone strike", "Global Coalition Against Daesh", "Idlib")]


def test_dead_told_in_another_city_are_not_the_last_events() -> None:
    events = extract("وأعلن مصدر عسكري أمس مقتل خمسة من مسلحي داعش بقصف مدفعي استهدف سيارتهم وسط مدينة الرمادي في"
                     " محافظة الأنبار. ولقي ثلاثة أشخاص مصرعهم بينما أصيب 12 آخرون في انفجارات متفرقة في بغداد أمس.")
    ramadi = [e for e in events if e.location == "Ramadi"]
    assert [(e.sub_event_type, e.fatalities) for e in ramadi] == [("Shelling/artillery/missile attack", 5)]


def test_a_strike_named_with_its_sides_adjective_is_that_sides() -> None:
    events = extract("وقالت قناة المنار إن ضربة إسرائيلية جوية نفذتها طائرة بلا طيار استهدفت سيارة قرب بلدة خان أرنبة في"
                     " محافظة القنيطرة أمس وقتلت عنصرين من حزب الله.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Air/drone strike", "Military Forces of Israel", "Hezbollah", 2)]


def test_aircraft_that_carry_people_strike_nothing() -> None:
    assert extract("وعقد مدير الجمعية أول من أمس اجتماعا مع سفير عمان في مستشفى الملك فهد بالهفوف لإنهاء إجراءات عودة"
                   " المصابين وذويهم وتسع جثث إلى عمان عبر الطائرات التي تم تأمينها من طريق السلطنة.") == ()


def test_the_side_ground_is_cleared_of_is_hit() -> None:
    events = extract("واستشهد شاب أمس وهو يقاتل لتطهير المواقع من مليشيات الحوثي في جبل صبر بمحافظة تعز. وبعد اشتباكات"
                     " عنيفة تمكن رفاقه من قتل خمسة حوثيين.")
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [("Armed clash", "Houthi Movement", 5)]
    assert events[0].actor1 != "Houthi Movement"


def test_yemens_revolutionaries_are_the_resistance() -> None:
    events = extract("وتمكن الثوار أمس من أسر عشرة حوثيين في مديرية دار سعد بمحافظة عدن.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Popular Resistance (Yemen)", "Houthi Movement")]


def test_ground_taken_by_a_subject_left_untold_continues_the_capture_told() -> None:
    events = extract("وقال القيادي إن المقاومة الشعبية استعادت أمس السيطرة على مدينة الضالع بعد معارك مع مسلحي الحوثي."
                     " كما سيطر المقاتلون على مبنى السجن المركزي ومقر قيادة الشرطة.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Houthi Movement")]


def test_leaders_among_a_sides_dead_are_part_of_its_toll() -> None:
    events = extract("قتل 20 مقاتلا من المعارضة السورية خلال هجوم فاشل على قاعدة عسكرية في محافظة حلب أمس، حسبما أفاد"
                     " المرصد السوري لحقوق الإنسان. وأفاد المرصد بمقتل سبعة من قوات النظام في الاشتباكات. وأشار المرصد"
                     " إلى أن من بين قتلى المعارضة أربعة من القادة.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 27)]


def test_a_town_named_in_another_countrys_province_is_not_that_town() -> None:
    events = extract("وأقدم مجهولون ليل أمس على خطف خمسة عمال أجانب مع سائقهم اللبناني على طريق كفريا في البقاع شرق لبنان،"
                     " ولا يزال مصيرهم مجهولا.")
    assert [(e.sub_event_type, e.location, e.country) for e in events] == [
        ("Abduction/forced disappearance", "Beqaa", "Lebanon")]


def test_a_quarter_abroad_far_from_every_place_named_is_not_there() -> None:
    events = extract("وقال مصدر في المقاومة إن مقاتليها سيطروا أمس على مواقع للحوثيين في المنطقة الخضراء الواقعة بين"
                     " محافظتي لحج وعدن.")
    assert [(e.sub_event_type, e.country) for e in events] == [("Non-state actor overtakes territory", "Yemen")]


def test_the_side_an_ambush_is_laid_for_is_hit() -> None:
    events = extract("وقالت مصادر محلية إن المقاومة في محافظة شبوة نصبت أمس كمينا للميليشيات الحوثية في وادي خر مما أدى"
                     " إلى مقتل خمسة حوثيين.", published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "Popular Resistance (Yemen)", "Houthi Movement", 5)]


def test_an_advance_halted_is_no_arrest() -> None:
    events = extract("وفي مأرب قصفت المقاتلات مواقع للحوثيين وقوات صالح حيث أوقفت تقدمهم أمس.", published=date(2015, 7, 21))
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_sirnak_spelt_as_turkish_is_sirnak() -> None:
    events = extract("قتل ثلاثة مسلحين أكراد أمس في اشتباكات مع قوات الأمن التركية قرب بلدة سيلوبي بمقاطعة شيرناك الحدودية"
                     " مع العراق.", published=date(2015, 8, 7))
    assert [(e.sub_event_type, e.location, e.admin1) for e in events] == [("Armed clash", "Silopi", "Sirnak")]


@pytest.mark.parametrize("text", [
    "وخاضت قوات المقاومة اشتباكات مع الحوثيين شمال مدينة عدن أمس قبل ساعات من موعد سريان هدنة إنسانية أعلنها التحالف.",
    "واشتبكت قوات المقاومة مع الحوثيين شمال مدينة عدن أمس خلال الهدنة الإنسانية التي أعلنها التحالف.",
])
def test_a_truce_in_the_background_is_no_agreement(text: str) -> None:
    assert [e.sub_event_type for e in extract(text, published=date(2015, 7, 27))] == ["Armed clash"]


def test_a_ruling_on_people_is_no_death() -> None:
    """قضى 4 is a death; قضى بإدراج ثلاثة (it ruled to list three) is a ruling."""
    assert extract("قلل حزب الله في لبنان أمس من أهمية القرار الأمريكي الذي قضى بإدراج ثلاثة من قادة الحزب على قائمة "
                   "الإرهاب.", published=date(2015, 7, 26)) == ()


def test_families_are_no_captives_but_a_figure_captured_is() -> None:
    # أسر is the plural of أسرة (families) as often as the noun of capture: only a figure after it
    # (أسر 40، أسر نحو 200) makes it a capture
    families = extract("استقبل الأمير أمس في مدينة أبها أسر وذوي الشهداء الذين استشهدوا في التفجير الإرهابي.")
    assert "Arrests" not in [e.sub_event_type for e in families]
    families = extract("وأدى القصف أمس في مدينة تعز إلى تشتيت للأسر حيث فقد بعض السكان منازلهم.")  # ل + ال
    assert [e.sub_event_type for e in families] == ["Shelling/artillery/missile attack"]
    captured = extract("وأكدت المصادر أمس في مدينة تعز أسر نحو 200 من عناصر ميليشيات الحوثي.")
    assert [(e.sub_event_type, e.location) for e in captured] == [("Armed clash", "Taiz")]  # a fight's captives


def test_the_bombing_told_after_a_suicide_bomber_is_the_suicide_bombing() -> None:
    events = extract("أعلنت الشرطة أمس هوية الانتحاري الذي فجر نفسه في مسجد بمدينة أبها.\n"
                     "وقالت إن التفجير أسفر عن مقتل سبعة أشخاص.")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Suicide bomb", "Abha", 7)]


def test_tens_of_dead_told_by_one_source_do_not_lower_anothers_figure() -> None:
    # the bombing told twice is one (a suicide bombing), and عشرات القتلى (a floor of 10) does not
    # contradict نحو 30
    events = extract("قتل نحو 30 شخصا أمس في تفجير انتحاري في مدينة أبها.\n"
                     "وقال وزير الداخلية إن التفجير الذي أوقع عشرات القتلى نفذه تنظيم داعش.")
    assert [(e.sub_event_type, e.fatalities, e.fatalities_high) for e in events] == [("Suicide bomb", 30, 30)]


def test_kilometres_spelt_without_waw_are_a_distance() -> None:
    events = extract("أدى انفجار أمس استهدف مركزا في مدينة منبج التي تبعد 10 كيلمترات عن الحدود إلى مقتل 28 شخصا.")
    assert [e.fatalities for e in events] == [28]


def test_the_side_ground_is_taken_from_is_actor2() -> None:
    events = extract("استعادت القوات العراقية أمس مدينة تكريت من تنظيم داعش.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Government regains territory", "Military Forces of Iraq (2014-)", "Islamic State (Iraq)")]
    events = extract("أعلنت قيادة العمليات أمس تحرير الطريق شمالي مدينة الرمادي من سيطرة تنظيم داعش فيما تم قتل "
                     "11 مسلحا غرب المدينة في عمليات للقوات الأمنية.")
    assert [(e.actor1, e.actor2) for e in events] == [("Police Forces of Iraq (2014-)", "Islamic State (Iraq)")]
    # but forces of a side (قوات من الجيش) are that side
    events = extract("سيطرت قوات من الجيش اليمني أمس على مدينة لودر بعد معارك مع ميليشيات الحوثي.")
    assert [(e.actor1, e.actor2) for e in events] == [("Military Forces of Yemen (2012-)", "Houthi Movement")]


@pytest.mark.parametrize("text", [
    'وأفادت مصادر محلية "الرياض" بمقتل 18 من الحوثيين أمس في اشتباكات عنيفة في مدينة تعز.',
    'وقال مصدر أمني لـ«الرياض» إن 18 جنديا قتلوا أمس في هجوم على نقطة تفتيش في مدينة تعز.',
    'وأبلغ هذا "الرياض" قائد ميداني، مضيفا أن 18 جنديا قتلوا أمس في هجوم على نقطة تفتيش في مدينة تعز.',
    'وقال في حديثه إلى «الرياض» إن 18 جنديا قتلوا أمس في هجوم على نقطة تفتيش في مدينة تعز.',
])
def test_a_newspaper_named_after_a_city_is_no_place(text: str) -> None:
    assert [e.location for e in extract(text)] == ["Taiz"]


def test_a_capital_that_speaks_is_its_government_not_the_place() -> None:
    events = extract("أعلنت دمشق أمس مقتل 5 جنود في هجوم على حاجز في مدينة درعا.")
    assert [e.location for e in events] == ["Dar‘ā"]
    # a capital blaming, attributing or saying, in any person of the verb
    for text in ("قصفت تركيا أمس مواقع لتنظيم داعش في سوريا ردا على هجوم انتحاري نسبته انقرة الى التنظيم.",
                 "قصفت تركيا أمس مواقع لتنظيم داعش في سوريا، فيما تقول انقرة إن الغارات ستستمر."):
        assert [e.location for e in extract(text, published=date(2015, 7, 24))] == ["Syria"], text


def test_the_past_event_time_is_counted_from_is_no_news() -> None:
    # بعد 3 أيام على هجوم انتحاري: the bombing and its 32 dead are the reference, the shelling is the news
    events = extract("قصفت تركيا أمس مواقع لتنظيم داعش في سوريا، بعد 3 أيام على هجوم انتحاري أوقع 32 قتيلا "
                     "في مدينة سروج.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Shelling/artillery/missile attack", 0)]


def test_a_border_town_named_on_both_sides_is_on_the_articles_side() -> None:
    # Rafah is a town of Egypt and of Gaza a few km apart: the article's other places decide
    events = extract("انفجرت عبوة ناسفة أمس في مدينة رفح ما أدى إلى مقتل جنديين من الجيش المصري.\n"
                     "وتشهد مدينة العريش هجمات متكررة.")
    assert [(e.location, e.country) for e in events] == [("Rafaḩ", "Egypt")]


def test_words_every_countrys_forces_share_name_the_force_where_it_happened() -> None:
    # an article mostly about Syria; الشرطة in Suruc is Turkey's police, not Syria's
    events = extract("قتل 5 عناصر من قوات النظام أمس في قصف على مدينة حلب.\n"
                     "وفي مدينة سروج هاجم مسلحون دورية للشرطة ما أدى إلى مقتل شرطيين أمس.")
    assert [(e.location, e.actor1, e.actor2) for e in events][1] == ("Suruc", "Unidentified Armed Group (Turkey)", "Police Forces of Turkey")


def test_a_crowd_fighting_the_police_is_a_riot() -> None:
    events = extract("وقعت مواجهات أمس بين محتجين ملثمين والشرطة في مدينة البصرة أصيب فيها عدد من الأشخاص.")
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Riots", "Violent demonstration", "Rioters (Iraq)", "Police Forces of Iraq (2014-)")]


def test_a_count_of_shells_is_not_a_death_toll() -> None:
    events = extract("قتل سبعة أشخاص أمس في أكثر من 300 قذيفة صاروخية سقطت على بلدة الفوعة في محافظة إدلب.")
    assert [(c.kind, c.value) for e in events for c in e.counts] == [("killed", 7)]
    assert [e.fatalities for e in events] == [7]


def test_the_word_before_a_qualified_number_says_what_it_counts() -> None:
    """"وجرح ما لا يقل عن 50": the injury verb before the qualifier counts the 50, not the falling
    (سقوط) of the rocket after it."""
    events = extract("قتل أمس 18 شخصا وجرح ما لا يقل عن 50 جراء سقوط صاروخ على حي شعبي في مدينة حلب.")
    assert [(c.kind, c.value, c.qualifier) for e in events for c in e.counts] == [
        ("killed", 18, "exact"), ("injured", 50, "at_least")]
    assert [(e.fatalities, e.fatalities_high) for e in events] == [(18, 18)]


def test_deaths_from_an_illness_are_no_casualties() -> None:
    events = extract("أعلنت الشبكة أمس وفاة أكثر من عشرة مواطنين بحمى الضنك في مدينة تعز، "
                     "ووقعت اشتباكات بين المقاومة الشعبية والحوثيين في المدينة.")
    assert [(e.sub_event_type, e.fatalities, list(e.counts)) for e in events] == [("Armed clash", 0, [])]


def test_a_jailbreak_needs_no_armed_actor_but_a_prison() -> None:
    events = extract("أعلنت السلطات أمس هروب 20 سجينا من سجن الحلة في محافظة بابل.")
    assert [(e.sub_event_type, e.location, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        ("Other", "Al Hillah", [("escaped", 20)])]


def test_ground_taken_as_the_other_side_withdraws_is_a_takeover() -> None:
    """"سيطرة X على ... انسحاب المقاتلين منه": one side's withdrawal is the other's gain, not a
    non-violent hand-over."""
    events = extract("أفاد المرصد أمس بسيطرة قوات النظام على سهل الزبداني، مشيرا إلى انسحاب المقاتلين منه.")
    assert [(e.event_type, e.sub_event_type, e.actor1) for e in events] == [
        ("Battles", "Government regains territory", "Military Forces of Syria (2000-2024)")]


def test_strikes_by_aircraft_and_the_members_of_a_force_counted() -> None:
    """"عدة ضربات" of "طائرات التحالف" are air strikes and count strikes, not people; "30 عنصرا من
    عناصر تنظيم داعش" counts the side that was hit, so the coalition acts and the group is hit."""
    events = extract("قتل أمس نحو 30 عنصرا من عناصر تنظيم داعش في الريف الغربي لمدينة الرقة، جراء تنفيذ "
                     "طائرات التحالف الدولي عدة ضربات استهدفت مواقع التنظيم.")
    assert [(e.sub_event_type, e.actor1, e.actor2, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        ("Air/drone strike", "Global Coalition Against Daesh", "Islamic State (Syria)", [("killed", 30)])]


def test_the_size_of_a_force_is_no_toll() -> None:
    events = extract("جرح 12 مقاتلا في هجوم شنته قوة مكونة من 400 مقاتل على قاعدة العند أمس.")
    assert [[(c.kind, c.value) for c in e.counts] for e in events] == [[("injured", 12)]]


def test_the_owner_of_positions_struck_is_hit_not_striking() -> None:
    events = extract("وقالت مصادر أمس إن سلسلة غارات عنيفة استهدفت مواقع وآليات تتبع الحوثيين في منطقة الدمنة بمدينة تعز.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Air/drone strike", "Houthi Movement")]
    assert events[0].actor1 != "Houthi Movement"


def test_damage_done_in_the_attack_just_told_is_part_of_it() -> None:
    """"كما دمرت آلياتهم" after an attack is the attack's damage; a demolition elsewhere is its own event."""
    one = extract("قالت مصادر إن القوات العراقية هاجمت أمس مواقع لتنظيم داعش شرق الرمادي وقتلت 31 منهم، "
                  "كما دمرت بعض آلياتهم.")
    assert [(e.sub_event_type, e.fatalities) for e in one] == [("Armed clash", 31)]
    two = extract("قصفت قوات الاحتلال أمس بلدة بيت حانون، كما هدمت الجرافات منزلا في مدينة الخليل.")
    assert [e.sub_event_type for e in two] == ["Shelling/artillery/missile attack", "Looting/property destruction"]


def test_people_displaced_are_not_counted_as_killed() -> None:
    events = extract("تسببت الميليشيات الحوثية أمس في قتل الأبرياء وتدمير البنى التحتية في مدينة عدن وتشريد مئات الآلاف "
                     "من المواطنين.")
    assert [c for e in events for c in e.counts if c.kind == "killed"] == []


def test_negated_injuries_give_no_injury_count() -> None:
    events = extract("استهدف هجوم بعبوة ناسفة أمس دورية في مدينة درعا، ولم يسفر عن إصابات.")
    assert len(events) == 1
    assert [c for c in events[0].counts if c.kind == "injured"] == []


def _check_offsets(text: str, events) -> None:
    for e in events:
        for span in [*e.evidence, *e.counts]:
            assert text[span.start : span.end] == span.text


def test_seed_article_against_its_gold() -> None:
    """Every required gold event of the seed found, nothing forbidden, every stated figure kept."""
    path = shared_path("dev", "gold.jsonl")
    seed = next(a for a in load_gold(path) if a["id"] == "seed-ghwayran")
    result = Extractor().extract(seed["text"], published=date.fromisoformat(seed["published"]), source="SY24")
    score = score_article(seed, result.events)
    assert score.found == score.required, score.errors
    assert score.paired == score.predicted, score.errors
    assert score.counts_found == score.counts_expected, score.errors
    assert not [e for e in score.errors if "[" in e], score.errors  # no forbidden event
    assert not [e for e in result.events if {e.actor1, e.actor2} & set(e.assoc_actor_1)]
    _check_offsets(seed["text"], result.events)
    # the attack began "last Thursday" (منذ يوم الخميس الماضي); "في بيان أمس" is only the day of the SDF's statement
    assert [e.event_date for e in result.events if e.sub_event_type == "Armed clash"] == ["2022-01-20"]


def test_offsets_on_examples() -> None:
    for path in EXAMPLES.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        _check_offsets(text, Extractor().extract(text, published=date(2023, 3, 16)).events)


def test_api_and_threads() -> None:
    text = (EXAMPLES / "aleppo-shelling.txt").read_text(encoding="utf-8")
    events = rasd.extract(text, published=date(2019, 11, 12))
    assert events and all(isinstance(e, rasd.Event) for e in events)
    extractor = rasd.Extractor()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: extractor.extract(text, published=date(2019, 11, 12)).to_dict(), range(8)))
    assert all(r == results[0] for r in results)


def test_the_target_of_a_bombing_is_actor2_and_allies_are_assoc_actors() -> None:
    events = extract("أصيب 18 شرطيا أمس في انفجار عبوة ناسفة قرب مدينة العريش التي تشهد اشتباكات بين الجيش والمسلحين.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Remote explosive/landmine/IED", "Police Forces of Egypt (2014-)")]
    assert events[0].actor1 == "Unidentified Armed Group (Egypt)"  # not the army of the background clause
    events = extract("هاجمت القوات الحكومية أمس مواقع للحوثيين في مدينة الحوطة مدعومة بطيران التحالف.")
    assert [(e.event_type, e.actor1, e.assoc_actor_1) for e in events] == [
        ("Battles", "Military Forces of Yemen (2012-)", ("Saudi-led Coalition",))]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("التقى الوزير أمس رؤساء تحرير الصحف المصرية ونائب القائد الأعلى للقوات المسلحة الإماراتية في مدينة دبي.",
         "editors (رؤساء تحرير)"),
        ("وقع نواب من مدينة مصراتة متحالفون مع فجر ليبيا أمس على الاتفاق في مدينة طرابلس.", "Libya Dawn is a name"),
        ("أكد المحلل السياسي أن الأزمة في اليمن تتجه نحو الحل السياسي قريبا.\n"
         "وأضاف أن قوات التحالف قصفت مواقع الحوثيين في مدينة صعدة وأن المقاومة سيطرت على مدينة عدن.",
         "an analysis whose lead tells no incident: later verbs without a date or a figure are commentary"),
    ],
)
def test_not_an_event_of_its_own(text: str, why: str) -> None:
    assert [(e.event_type, e.sub_event_type) for e in extract(text)
            if e.event_type != "Strategic developments"] == [], why


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report after a lead that tells no incident: its own date makes it news
        ("أكد المحلل السياسي أن الأزمة في اليمن تتجه نحو الحل السياسي قريبا.\n"
         "من جهة أخرى قتل خمسة مدنيين أمس في قصف على مدينة تعز.",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack", None, None, "Taiz", 5)),
        # cross-border shelling (مقذوف)
        ("استشهد مواطن فجر اليوم إثر سقوط مقذوف من داخل الأراضي اليمنية على منزله في مدينة نجران.",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack", None, None, "Najrān", 1)),
        # a death told with a pronoun counts one
        ("أعلنت مصادر أمنية أمس مقتله برصاص مسلحين مجهولين في مدينة الموصل.",
         ("Violence against civilians", "Attack", "Unidentified Armed Group (Iraq)", None, "Mosul", 1)),
        ("نجا المحافظ أمس من محاولة اغتياله بعبوة ناسفة في مدينة عدن.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED", None, None, "Aden", 0)),
        # who claims it did it (تبنى، أعلن مسؤوليته) is actor1; a town in a group's name is not the place
        ("تبنى تنظيم القاعدة في بلاد المغرب الإسلامي قتل 14 جنديا جزائريا في كمين نصبه أمس في ولاية عين الدفلى.",
         ("Battles", "Armed clash", "AQIM: Al Qaeda in the Islamic Maghreb", None, "Ain Defla", 14)),
        ("قتل 3 عناصر من مجلس شورى مجاهدي درنة أمس في اشتباكات مع تنظيم داعش في مدينة بنغازي.",
         ("Battles", "Armed clash", None, None, "Benghazi", 3)),
        # the owner of the vehicles hit is actor2
        ("قامت المقاومة الشعبية أمس بعملية في مدينة قعطبة حيث استهدفت عربتين عسكريتين تابعتين لميليشيات الحوثي "
         "بعبوتين ناسفتين.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Popular Resistance (Yemen)",
          "Houthi Movement", "Qa‘ţabah", 0)),
        # an idiom (قتل عصفورين بحجر واحد) kills nobody
        ("فجر انتحاري نفسه أمس في مدينة الرمادي، وقال محللون إن تنظيم داعش يريد قتل عصفورين بحجر واحد.",
         ("Explosions/Remote violence", "Suicide bomb", None, None, "Ramadi", 0)),
        # two suicide attackers (انتحاريان): a suicide bombing
        ("قتل 12 شخصا على الأقل أمس عندما هاجم انتحاريان حمام سباحة في بلدة طوز خورماتو.",
         ("Explosions/Remote violence", "Suicide bomb", None, None, "Ţūz Khūrmātū", 12)),
    ],
)
def test_article_readings(text: str, expected: tuple) -> None:
    events = extract(text)
    got = [(e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location, e.fatalities) for e in events]
    event_type, sub, actor1, actor2, location, fatalities = expected
    assert [(g[0], g[1], g[4], g[5]) for g in got] == [(event_type, sub, location, fatalities)], got
    if actor1:
        assert got[0][2] == actor1
    if actor2:
        assert got[0][3] == actor2
    _check_offsets(text, events)


@pytest.mark.parametrize(
    ("text", "gate", "events"),
    [
        # only words common in other senses (اتفاق، تقدم، الطيران) and no armed actor: nothing to code
        ("وقع الطرفان الاتفاق في مدينة جدة وتقدم الوفد بالشكر لشركة الطيران.", False, False),
        # the same weak word with an armed actor beside it is corroborated
        ("أعلن الجيش السوري السيطرة على بلدة مورك في ريف حماة أمس.", True, True),
        # a strong event word needs no corroboration
        ("قتل ثلاثة مدنيين أمس في قصف على مدينة حلب.", True, True),
    ],
)
def test_early_exit_agrees_with_assembly(text: str, gate: bool, events: bool) -> None:
    """The extractor stops before places, counts and dates when ``could_yield_events`` says no
    trigger can survive assembly; the full pipeline (``mentions=True`` skips the early exits) must
    then find no event either, so the shortcut never loses one."""
    from rasd.assemble import could_yield_events

    ex = Extractor()
    full = ex.extract(text, published=date(2023, 3, 16), mentions=True)
    assert full.triggers  # an event word is there in every case
    assert could_yield_events(full.triggers, list(full.actors)) is gate
    assert bool(full.events) is events
    assert ex.extract(text, published=date(2023, 3, 16)).events == full.events


def test_a_question_tells_nothing_but_what_comes_before_it_does() -> None:
    # the question asks; no event is told as having happened
    assert extract("من الذي أقنع هؤلاء الشباب بتفجير أنفسهم في المساجد وقتل العشرات من المصلين؟") == ()
    assert extract("ألا يعلم هؤلاء أن تفجير المساجد وقتل المصلين في مدينة أبها جريمة؟") == ()
    # what the sentence tells before its question word is still told (كيف starts the question)
    events = extract("قتل خمسة جنود أمس في تفجير استهدف دورية في مدينة العريش، فكيف يبرر هؤلاء جرائمهم؟")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", "Arīsh", 5)]
    # ما لم (unless) is no question word
    events = extract("قتل خمسة جنود أمس في تفجير استهدف دورية في مدينة العريش ما لم تكن الحصيلة أعلى، فهل يتوقف الإرهاب؟")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Remote explosive/landmine/IED", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "كشفت القناة السابعة أمس أنه مع مرور سنة على اختطاف الجندي في مدينة رفح، لم تتلق العائلة أي معلومات.",
        "أحيا أهالي العسكريين أمس في مدينة بيروت ذكرى مرور عام على اختطافهم.",
        "أحيا الأهالي أمس في مدينة أبها الذكرى الأولى لتفجير المسجد الذي قتل فيه 15 مصليا.",
        "تجمع المئات أمس في مدينة سوسة في ذكرى الهجوم المسلح على الفندق.",
    ],
)
def test_the_event_an_anniversary_or_a_time_since_recalls_is_no_news(text: str) -> None:
    assert [e.sub_event_type for e in extract(text) if e.event_type != "Protests"] == []


@pytest.mark.parametrize(
    "text",
    [
        "توفيت طفلة وأصيب 7 آخرون أمس عندما انفجر الإطار الأمامي لسيارتهم وانقلبت قرب مدينة بيشة.",
        "قتل ثلاثة أشخاص أمس في انفجار أسطوانة غاز داخل مطعم في مدينة جدة.",
        "وأصيب سائق أمس بعد انقلاب مركبته قرب مدينة بيشة إثر انفجار إحدى الإطارات.",
        "وقال التقرير الذي أعدته دائرة شؤون المفاوضات في منظمة التحرير أمس إن المستوطنين هاجموا قرية دوما.",
    ],
)
def test_an_accidents_blast_and_a_name_with_tahrir_are_no_violence(text: str) -> None:
    assert [(e.sub_event_type, e.fatalities) for e in extract(text)
            if e.sub_event_type in ("Remote explosive/landmine/IED", "Government regains territory")] == []


@pytest.mark.parametrize("text", [
    "وأكد أردوغان أمس عزمه على المضي في الحرب على حزب العمال الكردستاني وتنظيم داعش محذرا من انفجار الأوضاع في "
    "جنوب شرق تركيا.",
    "ويعاني قطاع غزة من الانفجار السكاني وقلة الموارد، بحسب تقرير صدر أمس في مدينة غزة.",
    "وكان التحالف أطلق في 26 مارس عمليته العسكرية ضد الحوثيين. إلا أن حكومة هادي استعادت موطئ قدم لها في اليمن بعد "
    "طرد الحوثيين من عدن التي بات يتواجد فيها عدد من الوزراء. واستعادة السيطرة على لحج تعزز السيطرة على مدينة عدن.",
])
def test_an_explosion_of_a_situation_or_of_a_population_is_a_metaphor(text: str) -> None:
    assert extract(text) == ()


def test_a_truce_holds_where_it_is_told_not_in_a_town_of_another_sentence() -> None:
    """هدنة إنسانية في اليمن: the whole country's truce, at the country's precision; the town the next sentence
    names (مدينة عدن) is where something else happened."""
    events = extract("أعلنت قيادة قوات التحالف أمس هدنة إنسانية في اليمن لمدة خمسة أيام. وقتل أمس خمسة مدنيين في "
                     "قصف للحوثيين على مدينة عدن.", published=date(2015, 7, 26))
    assert sorted((e.sub_event_type, e.location, e.geo_precision) for e in events) == [
        ("Agreement", "Yemen", 3), ("Shelling/artillery/missile attack", "Aden", 1)]


def test_to_stop_issuing_visas_is_no_arrest() -> None:
    # أوقف + a verbal noun of an activity (منح، إصدار، تسليم): halted, nobody detained
    assert extract("وكشف السفير اليمني أن سفارة بلاده في بيروت أوقفت منح التأشيرات للمواطنين اللبنانيين، خشية تسرب "
                   "مقاتلين من حزب الله لدعم ميليشيات الحوثي.", published=date(2015, 7, 24)) == ()


def test_fighters_missing_after_a_fight_were_not_abducted() -> None:
    """ومازال 20 مقاتلا آخرين مفقودين: the attack's missing men join its toll; the men missing with no fight told
    (لا أخبار عن الصحفيين الثلاثة منذ 12 يوليو) stay a disappearance."""
    events = extract("قال المرصد اليوم إن تنظيم داعش قتل 37 على الأقل من مسلحي جماعات منافسة في هجوم شنه ليلا على "
                     "قرية بمحافظة حلب ومازال 20 مقاتلا آخرين مفقودين.", published=date(2015, 8, 9))
    assert [(e.event_type, e.fatalities, sorted((c.kind, c.value) for c in e.counts)) for e in events] == [
        ("Battles", 37, [("killed", 37), ("missing", 20)])]


def test_a_unit_loyal_to_the_president_shells_the_rebels() -> None:
    """المنطقة العسكرية الثالثة الموالية للرئيس هادي: the army's, whatever the unit; the positions of the Houthis and
    of Saleh's forces are hit, and a side joined to the side a town is freed from lost it too."""
    events = extract("وقصفت المنطقة العسكرية الثالثة الموالية للرئيس عبد ربه منصور هادي أمس مواقع الحوثيين وقوات صالح "
                     "في مديرية صرواح بمحافظة مأرب.", published=date(2015, 7, 28))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Shelling/artillery/missile attack", "Military Forces of Yemen (2012-)", "Houthi Movement")]
    freed = extract("وأعلن الناطق باسم المقاومة الشعبية تحرير مدينة زنجبار من الحوثيين والقوات الموالية للرئيس "
                    "المخلوع أمس.", published=date(2015, 8, 10))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.assoc_actor_2) for e in freed] == [
        ("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Houthi Movement",
         ("Pro-Saleh Forces (Yemen)",))]


def test_the_allies_of_the_side_acted_upon_are_its_associates() -> None:
    """مواقع الحوثيين وقوات صالح: both were hit; ACLED codes Saleh's forces as actor2's associate, as actor1's allies
    are actor1's (a side not allied to actor2 is no associate)."""
    events = extract("وقصفت المقاومة الشعبية أمس مواقع الحوثيين وقوات صالح في مدينة تعز.", published=date(2015, 8, 10))
    assert [(e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2) for e in events] == [
        ("Popular Resistance (Yemen)", (), "Houthi Movement", ("Pro-Saleh Forces (Yemen)",))]


def test_the_hospital_the_wounded_were_taken_to_is_not_where_it_happened() -> None:
    events = extract("هاجم مستوطنون بالزجاجات الحارقة منزلا بالقرب من مدخل قرية دوما فجر الجمعة، ما أدى إلى وفاة رضيع "
                     "وإصابة والده بحروق بالغة، حيث نقل الأب إلى مستشفى سوروكا ببئر السبع.", published=date(2015, 8, 1))
    assert [(e.location, e.admin1, e.actor2) for e in events] == [("Dūmā", "West Bank", "Civilians (Palestine)")]


def test_a_number_in_a_place_name_is_no_count() -> None:
    """بئر السبع is Beersheba, not seven wounded; أحد المسارحة is a province, not one more dead."""
    events = extract("أحرق مستوطنون أمس منزلا في قرية دوما جنوب نابلس ما أدى إلى استشهاد رضيع، وإصابة والده بجروح "
                     "خطيرة حيث نقل الأب الى مستشفى سوروكا ببئر السبع.", published=date(2015, 8, 1))
    assert [(e.location, e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        ("Dūmā", 1, [("killed", 1)])]
    events = extract("سقط مقذوف أمس من داخل الأراضي اليمنية في أرض زراعية بمحافظة احد المسارحة مما نتج عنه وفاة "
                     "عامل يمني.", published=date(2015, 8, 1))
    assert [(e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [(1, [("killed", 1)])]


def test_to_usurp_power_is_no_rape() -> None:
    # اغتصاب السلطة/العاصمة: the usurpation of power or of a capital in a political column
    assert extract("ومنذ اغتصاب العاصمة صنعاء أمس يعيش اليمنيون في مدينة عدن حصارا خانقا.",
                   published=date(2015, 7, 30)) == ()
    assert extract("وقال الوزير أمس في مدينة عدن إن الحوثيين ماضون في اغتصاب السلطة.", published=date(2015, 7, 30)) == ()


def test_to_catch_the_eye_is_no_abduction() -> None:
    # خطف/اختطف الأنظار: to steal the show; the "kidnapping" of attention in a political column
    assert extract("اختطف الأنظار أمس الاتفاق الذري بين إيران والدول الخمس في مدينة فيينا.") == ()
    assert extract("وخطفت الأضواء أمس في مدينة دبي سيارة جديدة.") == ()


def test_a_figure_told_of_a_period_sums_it_up() -> None:
    assert extract("وقال المرصد أمس إن 170 مدنيا قتلوا جراء غارات التحالف على مدينة حلب خلال هذه الفترة.") == ()
    assert extract("ويواصل الحزب هجماته في مدينة ماردين، ما أدى خلال الفترة نفسها إلى مقتل نحو عشرين شرطيا.") == ()
    # a figure far from the period the clause goes on to name is the event's own
    events = extract("قتلت المقاومة أمس 4 من مسلحي الحوثي في كمين نصبته على الطريق العام في مدينة تعز، "
                     "وتواصل المقاومة في تلك المنطقة نصب الكمائن للميليشيات والتصدي لتحركاتها طوال الفترة الماضية.")
    assert [(e.location, e.fatalities) for e in events] == [("Taiz", 4)]


def test_a_states_army_and_police_are_one_side() -> None:
    # the army and the police of one state raid together: the police is actor1's ally, not the side hit
    events = extract("شنت قوات الجيش والشرطة أمس حملة مداهمات في مدينة العريش اعتقلت خلالها 12 مطلوبا.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.assoc_actor_1) for e in events] == [
        ("Arrests", "Military Forces of Egypt (2014-)", None, ("Police Forces of Egypt (2014-)",))]
    events = extract("اشتبكت قوات الشرطة مع مسلحين هاجموا كمينا للجيش أمس في مدينة العريش وقتلت أربعة منهم.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Police Forces of Egypt (2014-)", None)]
    # weapons a force seizes (ضبطت خلالها عبوات ناسفة) are no blast
    events = extract("شنت قوات الجيش والشرطة أمس حملة مداهمات في مدينة العريش ضبطت خلالها عبوات ناسفة.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت تركيا أمس غارات جوية على مواقع حزب العمال الكردستاني في شمال العراق.",
         ("Air/drone strike", "Military Forces of Turkey", "PKK: Kurdistan Workers Party", "Iraq")),
        ("وقصفت إسرائيل أمس مواقع لحركة حماس في مدينة غزة.",
         ("Shelling/artillery/missile attack", "Military Forces of Israel", "Hamas", "Gaza")),
    ],
)
def test_a_country_that_strikes_is_its_forces_not_the_place(text: str, expected: tuple) -> None:
    events = extract(text)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location) for e in events] == [expected]
    _check_offsets(text, events)
    # after a verb of saying, the country is neither its forces nor the actor that strikes
    said = extract("أعلنت تركيا أن مقاتلات التحالف قصفت أمس مواقع تنظيم داعش في مدينة الرقة.")
    assert [e.actor1 for e in said] != ["Military Forces of Turkey"]


def test_an_age_or_a_length_in_the_accusative_is_no_toll() -> None:
    # 18 شهرا is the child's age: one child is killed, not eighteen
    events = extract("استشهد الرضيع علي دوابشة (18 شهرا) أمس في هجوم للمستوطنين على قرية دوما قرب نابلس.")
    assert [e.fatalities for e in events] in ([0], [1])
    events = extract("قتل 3 مدنيين أمس برصاص مسلحين في مدينة الموصل بعد احتجازهم 11 شهرا.")
    assert [e.fatalities for e in events] == [3]


def test_about_to_is_not_yet() -> None:
    # على وشك: the base is about to be retaken, not retaken
    assert [e.sub_event_type for e in extract(
        "وأكد اللواء أمس أن المقاومة الشعبية على وشك استعادة السيطرة على قاعدة العند العسكرية.")] == []


def test_an_event_in_mali_borrows_no_place_named_elsewhere() -> None:
    # the arrest in central Mali (a town the gazetteer lacks) is placed in Mali, not in Mauritania, named for the
    # detainees
    text = ("اعتقلت الشرطة أمس رجلا في بلدة ميلو بوسط مالي يشتبه في أنه يقف وراء هجوم على مطعم.\n"
            "وقال أحد المصادر الأمنية إن أغلب المحتجزين من موريتانيا.")
    assert [(e.location, e.country) for e in extract(text)] == [("Mali", "Mali")]
    # المالية after an authority noun is 'financial', not Mali's
    events = extract("قتل 3 جنود أمس في هجوم على دورية في مدينة العريش، وفرضت السلطات المالية قيودا على التحويلات.")
    assert [e.location for e in events] == ["Arīsh"]


def test_two_sides_named_from_one_side_and_the_other() -> None:
    # بين A و B من جهة، و C من جهة أخرى: Hezbollah and the army fight together, against al-Nusra
    events = extract("دارت أمس اشتباكات عنيفة بين حزب الله وقوات النظام من جهة، وجبهة النصرة والفصائل الإسلامية "
                     "من جهة أخرى في سهل الغاب.", date(2015, 8, 4))
    assert [(e.actor1, e.actor2, e.assoc_actor_1) for e in events] == [
        ("Hezbollah", "Jabhat al Nusra", ("Military Forces of Syria (2000-2024)",))]


@pytest.mark.parametrize(
    "text",
    [
        "واعتصم العشرات أمس أمام مبنى المحافظة في مدينة البصرة مطالبين بإعدام قتلة الشاب.",
        "تظاهر المئات أمس في مدينة الناصرية مطالبين بمحاكمة المسؤولين عن مجزرة سبايكر.",
    ],
)
def test_what_people_demand_is_not_done(text: str) -> None:
    assert [e.sub_event_type for e in extract(text) if e.event_type != "Protests"] == []


def test_an_air_force_with_its_nationality_is_that_states_military() -> None:
    events = extract("شن سلاح الجو التركي أمس غارات على مواقع تنظيم داعش في مدينة الرقة.", date(2015, 7, 25))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Air/drone strike", "Military Forces of Turkey")]
    # سلاح alone with a nationality is a weapon, no actor
    from rasd.recognize.actors import find_actors
    from rasd.text.normalize import normalize
    assert [a.actor.id for a in find_actors(normalize("ضبطت الشرطة سلاح روسي في المنزل")) if a.actor] == [
        a.actor.id for a in find_actors(normalize("ضبطت الشرطة في المنزل")) if a.actor]


def test_the_date_nearest_the_event_word_dates_it() -> None:
    # the visit is today; the bombing it follows was last Thursday
    events = extract("تفقد الأمير مساء اليوم مسجد قوة الطوارئ في مدينة أبها الذي استشهد فيه 15 من منسوبي القوة "
                     "بعد عملية تفجير إرهابية أثناء أدائهم الصلاة في المسجد الخميس الماضي.", date(2015, 8, 11))
    assert [(e.event_date, e.time_precision) for e in events] == [("2015-08-06", 1)]
    # a year ahead (بحلول 2017) never dates a strike told now
    events = extract("شنت مقاتلات التحالف أمس غارات على مواقع داعش في مدينة الموصل ضمن خطة تمتد حتى عام 2017.",
                     date(2015, 8, 4))
    assert [e.event_date for e in events] == ["2015-08-03"]


def test_the_day_a_victim_is_mourned_does_not_date_the_incident_told_later() -> None:
    # the body arrives today; the shelling that killed him is told after, with its own day
    text = ("وصل مساء اليوم جثمان الشهيد سالم الحربي من منسوبي حرس الحدود إلى محافظة صامطة. وكان المتحدث الأمني "
            "قد أوضح أنه عند الساعة العاشرة من صباح أمس تعرض مركز الخوبة بمنطقة جازان لقذائف من داخل الأراضي اليمنية.")
    events = extract(text, date(2015, 8, 1))
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Shelling/artillery/missile attack", "2015-07-31", 1)]


def test_a_toll_that_goes_on_with_bil_idafa_belongs_to_the_cause_told_after() -> None:
    # the dead and wounded are the strikes' though بالإضافة إلى opens a new clause before the strikes are named;
    # they are not the placeless ambush's told just before
    text = ("اندلعت اشتباكات بين المقاومة والحوثيين في مدينة تعز أمس. وكان كمين آخر في وادي الضباب أوقع 3 قتلى في "
            "صفوف مسلحي الحوثي. إلى ذلك قتل 30 من مسلحي الحوثي وأصيب 12 آخرون، بالإضافة إلى تدمير ثلاث آليات، إثر "
            "غارات لطائرات التحالف على مواقعهم في محافظة مأرب.")
    events = extract(text, date(2015, 8, 1))
    assert [(e.sub_event_type, e.admin1, e.fatalities) for e in events] == [
        ("Armed clash", "Taizz", 0), ("Armed clash", "Taizz", 3), ("Air/drone strike", "Marib", 30)]


@pytest.mark.parametrize(("text", "sides"), [
    # بين A و C: the two sides, with or without a word of membership before the second
    ("اندلعت اشتباكات بين المقاومة والحوثيين في مدينة تعز أمس.",
     ("Popular Resistance (Yemen)", "Houthi Movement", [])),
    ("قتل 3 مسلحين وأصيب 17 في مواجهات بين المتمردين وقوات المقاومة الشعبية في مدينة تعز أمس.",
     ("Houthi Movement", "Popular Resistance (Yemen)", [])),
    ("قتل 28 في اشتباكات بين قوات النظام وفصائل المعارضة في ريف حماة أمس.",
     ("Military Forces of Syria (2000-2024)", "Opposition Rebels (Syria)", [])),
    # allies named together fight on one side: the other is told after them
    ("دارت معارك بين المقاومة الشعبية وقوات الجيش الوطني، وميليشيات الحوثي في مدينة تعز أمس.",
     ("Popular Resistance (Yemen)", "Houthi Movement", ["Military Forces of Yemen (2012-)"])),
])
def test_a_fight_between_two_sides_has_both(text: str, sides: tuple) -> None:
    events = extract(text, date(2015, 8, 1))
    assert [(e.actor1, e.actor2, list(e.assoc_actor_1)) for e in events] == [sides]


def test_a_clause_opened_by_kama_and_a_verb_goes_on_with_the_doer_before() -> None:
    # كما استهدفت: the warplanes of the clause before struck again, elsewhere; no clash of the Houthis
    events = extract("شنت مقاتلات التحالف أمس غارات على مواقع الحوثيين في محافظة حجة، كما استهدفت تعزيزات عسكرية "
                     "تابعة لمسلحي الحوثي في مديرية لودر بمحافظة أبين.", date(2015, 8, 3))
    assert [(e.sub_event_type, e.location, e.actor1, e.actor2) for e in events] == [
        ("Air/drone strike", "Hajjah", "Saudi-led Coalition", "Houthi Movement"),
        ("Air/drone strike", "Lawdar", "Saudi-led Coalition", "Houthi Movement")]


@pytest.mark.parametrize(("text", "sides"), [
    # شنه، شنته: the doer of a masculine or feminine event noun, named after its verb, even as a number of them
    ("أصيب أربعة من عائلة فلسطينية فجر أمس إثر هجوم شنه عدد من المستوطنين على منزلها في قرية دوما.",
     ("Attack", "Settlers (Israel)", "Civilians (Palestine)")),
    ("قتل جندي عراقي أمس في قصف شنه داعش على ثكنة عسكرية قرب مدينة الفلوجة.",
     ("Shelling/artillery/missile attack", "Islamic State (Iraq)", "Military Forces of Iraq (2014-)")),
])
def test_the_side_after_a_verb_of_doing_the_event_does_it(text: str, sides: tuple) -> None:
    events = extract(text, date(2015, 8, 1))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [sides]


def test_the_last_of_a_series_told_as_background_is_no_news_unless_dated_this_week() -> None:
    # كان آخرها: a column recalls a series of attacks and the latest of them, with no day of its own
    text = ("وبعد أن تعرضت البلاد لعدة هجمات إرهابية، كان آخرها تفجير انتحاري استهدف مسجدا بمنطقة عسير وأسفر "
            "عن مقتل 15 شخصا، بات على الجميع أن يتحمل مسؤوليته.")
    assert extract(text, date(2015, 8, 11)) == ()
    # the same words with yesterday's date: the latest is the news
    text = "تعرضت البلاد لعدة هجمات كان آخرها تفجير انتحاري أمس استهدف مسجدا بمنطقة عسير وأسفر عن مقتل 15 شخصا."
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in extract(text, date(2015, 8, 7))] == [
        ("Suicide bomb", "2015-08-06", 15)]
    # كما حدث في: a past case given as an example
    text = ("ويستخدم المسلحون المعتقلين دروعا بشرية في مخازن الأسلحة، كما حدث في الهجوم الذي قتل فيه صحافيان في "
            "محافظة ذمار.")
    assert extract(text, date(2015, 8, 3)) == ()
    # وكان آخر هجوم للجماعة قد وقع في الأول من يوليو: the group's last attack before, three weeks back, is no part of
    # today's bombing (neither its day nor its dead)
    text = ("قتل ضابط و3 جنود بالجيش المصري في انفجار عبوة ناسفة أثناء تمشيط قوات الجيش لإحدى مناطق مدينة رفح. وكان"
            " آخر هجوم للجماعة قد وقع في الأول من يوليو الحالي بالهجوم على عدد من الكمائن للجيش المصري بمدينة رفح"
            " مما أسفر عن مقتل 17 فردا من القوات المسلحة.")
    assert [(e.sub_event_type, e.event_date, e.fatalities, e.fatalities_high) for e in extract(text, date(2015, 7, 23))
            ] == [("Remote explosive/landmine/IED", "2015-07-23", 4, 4)]


@pytest.mark.parametrize(("text", "counts"), [
    # one of the strikes is no one killed; the dead of the clause are counted by their own figure
    ("استهدفت إحدى الغارات أمس تجمعا للحوثيين في مديرية صرواح بمحافظة مأرب وقتل 8 منهم.", [("killed", 8)]),
    # protesters counted are people, whose death the verb tells
    ("قتل 3 متظاهرين أمس في مدينة البصرة برصاص الشرطة.", [("killed", 3)]),
    ("أدت المصادمات أمس في مدينة البصرة إلى مقتل أحد المتظاهرين.", [("killed", 1)]),
])
def test_one_of_a_definite_plural_counts_what_the_plural_names(text: str, counts: list) -> None:
    assert [[(c.kind, c.value) for c in e.counts] for e in extract(text, date(2015, 7, 22))] == [counts]


@pytest.mark.parametrize(("text", "expected"), [
    # the victim named by a definite singular right after the verb's doer is one person
    ("قتل مسلحو داعش أمس المصور الصحفي جلاء العبادي في مدينة الموصل.", ("Attack", "Civilians (Iraq)", 1)),
    ("أعدم تنظيم داعش أمس الصحفي جلاء العبادي في مدينة الموصل.", ("Attack", "Civilians (Iraq)", 1)),
])
def test_one_victim_named_after_the_doer_is_counted(text: str, expected: tuple) -> None:
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in extract(text, date(2015, 7, 20))] == [expected]


@pytest.mark.parametrize(("text", "actor2"), [
    # a place where civilians live, heal or shop, hit with no side's dead told: civilians are the side hit
    ("قصف الحوثيون أمس الأحياء السكنية في مدينة تعز.", "Civilians (Yemen)"),
    ("قصف الحوثيون أمس أحياء سكنية في مدينة تعز.", "Civilians (Yemen)"),  # سكنية alone: a س read as a clitic
    ("قصف الحوثيون أمس مستشفى الثورة العام في مدينة تعز.", "Civilians (Yemen)"),
    ("فجر انتحاري سيارة مفخخة أمس في سوق منطقة الهويدر شمال مدينة بعقوبة.", "Civilians (Iraq)"),
    # the homes of a side's leaders are that side's
    ("قصفت طائرات التحالف أمس منازل قيادات حوثية في مدينة صعدة.", None),
])
def test_an_attack_on_a_civilian_site_hits_civilians(text: str, actor2: str | None) -> None:
    assert [e.actor2 for e in extract(text, date(2015, 7, 22))] == [actor2]


def test_an_arrest_told_without_who_arrests_is_the_polices_of_that_time() -> None:
    events = extract("ألقي القبض أمس على 3 مطلوبين في مدينة جدة.", date(2015, 8, 8))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Arrests", "Police Forces of Saudi Arabia (2015-)")]
    # soldiers killed are the army of the time of publication, not of today
    events = extract("قتل جنديان سوريان أمس في انفجار عبوة ناسفة في مدينة حمص.", date(2015, 8, 8))
    assert [e.actor2 for e in events] == ["Military Forces of Syria (2000-2024)"]


def test_the_events_an_inquiry_looks_into_are_not_news() -> None:
    assert extract("يصوت مجلس الأمن اليوم على اقتراح بتشكيل فريق من المحققين لتحديد المسؤول عن هجمات بغاز "
                   "الكلور في مدينة دوما.", date(2015, 8, 7)) == ()
    # an investigation unit named before an arrest it makes does not hide the arrest
    events = extract("داهمت وحدة التحقيق في الجرائم التابعة للشرطة أمس عدة بؤر استيطانية قرب مدينة نابلس واعتقلت عشرة "
                     "مستوطنين.", date(2015, 8, 10))
    assert [e.sub_event_type for e in events] == ["Arrests"]


@pytest.mark.parametrize(
    "text",
    [
        "شددت الشرطة أمس إجراءات التفتيش عند مداخل مدينة مصراتة خوفا من عمليات انتحارية.",
        "نشرت تركيا أمس قوات إضافية على حدودها قرب بلدة سروج خشية أن يمتد القتال إلى أراضيها.",
        "قال مسؤول إن المتمردين أرغموا الأطفال على القتال في صفوفهم في مدينة عدن.",
    ],
)
def test_what_is_feared_or_forced_on_someone_is_no_event(text: str) -> None:
    assert extract(text, date(2015, 7, 26)) == ()


def test_a_fear_about_the_toll_keeps_the_blast_told_before_it() -> None:
    events = extract("قالت الوزارة اليوم إن انفجارا في بلدة سروج بجنوب شرق تركيا أسفر عن مقتل 27 شخصا، وأضافت أن هناك مخاوف من أن "
                     "يرتفع عدد القتلى.", date(2015, 7, 20))
    assert [(e.location, e.fatalities) for e in events] == [("Suruc", 27)]


def test_an_event_noun_in_the_indefinite_accusative_is_an_event_word() -> None:
    # انفجارا، قصفا: the lexicon's nouns with the accusative alif
    events = extract("شنت قوات المعارضة أمس قصفا مدفعيا على مواقع قوات النظام في بلدة الفوعة.", date(2015, 7, 21))
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]
    # not where the accusative is an adverb: احتجاجا على (in protest at) is no protest
    assert extract("استدعت الحكومة أمس سفيرها في مدينة بغداد احتجاجا على التصريحات.", date(2015, 7, 21)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "ونص الاتفاق بين جيش الإسلام وجبهة النصرة في الغوطة الشرقية أمس على توقيف حملات التخوين والتحريض.",
        "وأوقفت إسرائيل تقديم العلاجات الطبية في مستشفياتها لعناصر جبهة النصرة أمس في مدينة صفد.",
    ],
)
def test_stopping_an_activity_is_no_arrest(text: str) -> None:
    assert [e.sub_event_type for e in extract(text, date(2015, 7, 21))] == []


def test_a_blast_named_by_what_it_hit_is_one_already_known() -> None:
    # تفجير مسجد الطوارئ: a known bombing recalled (a visit to its wounded), with no date or figure of its own
    text = ("زار وزير الصحة المستشفى واطمأن على المصابين من رجال الأمن في حادث تفجير مسجد الطوارئ بمنطقة عسير.")
    assert extract(text, date(2015, 8, 10)) == ()
    # an indefinite blast is told as news
    assert [e.sub_event_type for e in extract("قتل 5 أشخاص في انفجار سيارة مفخخة في مدينة بغداد.", date(2015, 8, 10))] == [
        "Remote explosive/landmine/IED"]


def test_the_forces_and_civilians_of_every_gazetteer_country_are_named() -> None:
    events = extract("أعلنت وزارة الداخلية التونسية أمس أن قوات الأمن التونسية اعتقلت 16 شخصا في منطقة بنزرت.",
                     date(2015, 7, 25))
    assert [(e.actor1, e.actor2) for e in events] == [("Police Forces of Tunisia", "Civilians (Tunisia)")]
    events = extract("فجر انتحاري نفسه أمس في مسجد بمنطقة الجهراء في الكويت.", date(2015, 8, 8))
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Kuwait)"]


def test_an_armed_groups_members_killed_are_a_fight_though_no_weapon_is_named() -> None:
    events = extract("أعلنت مصادر عسكرية مقتل 15 عنصرا من تنظيم داعش أمس في مدينة الرمادي.", date(2015, 8, 5))
    assert [(e.event_type, e.actor2, e.fatalities) for e in events] == [("Battles", "Islamic State (Iraq)", 15)]
    # a death with no armed side and no word of violence is no event (a crime, an accident)
    assert extract("قتل مواطن زوجته أمس في مدينة جدة.", date(2015, 8, 5)) == ()


def test_a_span_of_months_in_the_accusative_sums_up_a_period() -> None:
    # خلال 18 شهرا: the same span as خلال عشرة أشهر, in the accusative after 11-99
    assert extract("وقالت المنظمة أمس إن الغارات قتلت 173 مدنيا في مدينة حلب خلال 18 شهرا.") == ()


def test_an_explosion_word_names_no_means() -> None:
    # the blasts heard after air strikes are the strikes'
    events = extract("شن طيران التحالف العربي غارات على مواقع للحوثيين في مدينة صعدة صباح أمس، "
                     "وسمع دوي انفجارات تهز المدينة.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Air/drone strike", "Saudi-led Coalition")]
    # the blast told after the strike is the strike's: one event, with the blast's dead
    events = extract("شنت طائرات التحالف غارة على مدينة صعدة أمس. وأدى الانفجار إلى مقتل خمسة مسلحين حوثيين.")
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Air/drone strike", "Houthi Movement", 5)]
    # with nothing to name the means, an explosion is coded as a remote explosive
    events = extract("قتل ثلاثة مدنيين أمس في انفجار هز مدينة العريش.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Remote explosive/landmine/IED", 3)]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # verb first: the actor right after the verb is its subject, the one after the object is hit
        ("استهدفت الطائرات السعودية أمس مواقع الحوثيين في مديرية حرض.",
         ("Military Forces of Saudi Arabia", "Houthi Movement")),
        ("استهدف الثوار أمس مساكن ضباط قوات الأسد في مطار أبو الظهور العسكري بالمدفعية الثقيلة.",
         ("Opposition Rebels (Syria)", "Military Forces of Syria (2000-2024)")),
        # an aircraft's model between the noun and its nationality
        ("استهدفت طائرات الأباتشي السعودية أمس تجمعات لمليشيات الحوثي بقصف مكثف في مديرية حرض.",
         ("Military Forces of Saudi Arabia", "Houthi Movement")),
        # the subject stands before the verb: an event word, or the antecedent of الذي
        ("نفذت طائرات التحالف أمس ضربة جوية استهدفت مواقع تنظيم داعش في مدينة الحسكة.",
         ("Global Coalition Against Daesh", "Islamic State (Syria)")),
        ("وقع أمس انفجار في مدينة أبها، وقالت الوزارة إن الانفجار الذي استهدف رجال الأمن أدى إلى مقتل 3 منهم.",
         ("Unidentified Armed Group (Saudi Arabia)", "Police Forces of Saudi Arabia (2015-)")),
    ],
)
def test_the_subject_of_a_verb_of_aiming_acts(text: str, sides: tuple[str, str]) -> None:
    assert [(e.actor1, e.actor2) for e in extract(text, published=date(2015, 8, 6))] == [sides]


def test_the_group_that_adopts_an_attack_is_its_doer() -> None:
    # تبنى التنظيم التفجير: a claim, not a statement about the bombing by a bystander
    events = extract("أعلنت وزارة الداخلية أن انتحاريا فجر نفسه بحزام ناسف أول من أمس داخل مسجد في مدينة أبها، "
                     "ونتج عن الحادثة استشهاد 12 من رجال الأمن. وتبنى تنظيم داعش التفجير.",
                     published=date(2015, 8, 8))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [("Suicide bomb", "Islamic State", 12)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # one figure for the dead and the wounded together counts neither
        ("استهدفت مقاتلات التحالف الدولي أمس تجمعا لتنظيم داعش في قضاء الحويجة، ما أسفر عن وقوع أكثر من "
         "50 قتيلا وجريحا في صفوف التنظيم.", []),
        ("قصفت طائرات التحالف أمس مواقع الحوثيين في مدينة صعدة ما أدى إلى سقوط 50 بين قتيل وجريح.", []),
        # the two nouns before the figure: مقتل وإصابة 35
        ("قصفت طائرات التحالف أمس مواقع الحوثيين في مدينة صعدة ما أدى إلى مقتل وإصابة 35 مسلحا.", []),
        # two figures, each with its noun; a dual counts two of its own
        ("هاجم مسلحون أمس فندقا في مدينة تعز فلقي أربعة جنود مصرعهم وأصيب ثمانية آخرون.",
         [("killed", 4), ("injured", 8)]),
        ("قصفت طائرات التحالف أمس مواقع الحوثيين في مدينة صعدة ما أدى إلى سقوط 13 قتيلا وإصابة 23 آخرين.",
         [("killed", 13), ("injured", 23)]),
        ("هاجم مسلحون أمس فندقا في مدينة تعز ما أدى إلى سقوط خمسة قتلى وجريحين من الجنود.",
         [("killed", 5), ("injured", 2)]),
        # a vague toll of both still tells that some died
        ("قصفت طائرات التحالف أمس مواقع الحوثيين في مدينة صعدة ما أدى إلى سقوط عشرات القتلى والجرحى.",
         [("killed", 10)]),
    ],
)
def test_a_joint_toll_of_dead_and_wounded_is_no_count_of_the_dead(text: str, counts: list) -> None:
    events = extract(text, published=date(2015, 8, 1))
    assert [[(c.kind, c.value) for c in e.counts] for e in events] == [counts]


@pytest.mark.parametrize(
    "text",
    [
        "أصدر علماء ورجال دين في محافظة الأحساء أمس بيانا يستنكرون فيه جريمة تفجير مسجد قوات الطوارئ في عسير.",
        "وأدانوا أمس في مدينة الرياض الهجوم الانتحاري الذي استهدف المصلين.",
        "خرج المئات أمس في مدينة صيدا منددين باختطاف أربعة من أبناء المدينة.",
        "وعبرت الوزارة أمس عن استنكارها لتفجير المسجد في مدينة أبها.",
    ],
)
def test_a_condemnation_in_any_form_is_no_report_of_the_event(text: str) -> None:
    assert [e.sub_event_type for e in extract(text) if e.event_type != "Protests"] == []


def test_an_event_dated_only_by_an_earlier_month_is_background() -> None:
    # the attack's own date follows it: last month, told as the reason for a law passed yesterday
    assert extract("وجاءت المصادقة على القانون أمس بعد هجوم وقع الشهر الماضي على منتجع ساحلي في مدينة سوسة "
                   "أدى إلى مقتل 38 سائحا.", published=date(2015, 7, 25)) == ()
    assert extract("وشنت تركيا هذا العام سلسلة من الغارات الجوية على مواقع الحزب في مدينة دهوك.",
                   published=date(2015, 8, 6)) == ()
    # a day is kept
    events = extract("قتل 30 شخصا في هجوم على قرية في ريف حلب في الرابع من يوليو.", published=date(2015, 7, 25))
    assert [(e.event_date, e.time_precision) for e in events] == [("2015-07-04", 1)]


def test_the_date_right_after_the_event_word_is_its_own() -> None:
    # claimed yesterday, the bombing was the day before
    events = extract("تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين تركيين "
                     "في محافظة ديار بكر.", published=date(2015, 7, 27))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Remote explosive/landmine/IED", "2015-07-25")]


@pytest.mark.parametrize(
    "text",
    [
        "وأدت الغارات التي شنها الطيران التركي ليل الجمعة إلى إنهاء الهدنة بين أنقرة والمتمردين الأكراد.",
        "وكانت صفقة تبادل للأسرى بين المقاومة والحوثيين قد فشلت في اللحظة الأخيرة أول من أمس في تعز.",
        "خرق الحوثيون الهدنة أمس في مدينة تعز.",
        "قال سكان إن وقف إطلاق النار باليمن شهد اليوم الاثنين عددا من الخروقات في مدينة عدن.",
        "وسقطت هدنة كانت سارية بين الطرفين أمس في مدينة تعز.",
    ],
)
def test_a_truce_broken_ended_or_failed_is_no_agreement(text: str) -> None:
    assert [e.sub_event_type for e in extract(text, published=date(2015, 7, 27))
            if e.sub_event_type == "Agreement"] == []


def test_a_truce_in_force_is_the_time_of_what_is_told() -> None:
    """بعد ساعات من سريان وقف إطلاق النار: the truce dates the shelling, it is not news of a truce agreed."""
    events = extract("قتل ثلاثة مدنيين أمس في قصف للحوثيين على مدينة تعز بعد ساعات من سريان وقف إطلاق النار.",
                     published=date(2015, 7, 27))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Houthi Movement", "Civilians (Yemen)", "Taiz", 3)]


def test_a_truce_reached_is_an_agreement() -> None:
    events = extract("توصلت الحكومة والمتمردون أمس إلى هدنة في مدينة تعز.", published=date(2015, 7, 27))
    assert [e.sub_event_type for e in events] == ["Agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت المصادر إن القوات العراقية علقت جزئيا العمليات العسكرية من قصف جوي ومدفعي على احياء الفلوجة أمس.",
        "أفادت مصادر أمس أن القوات العراقية أوقفت عمليات القصف الجوي على مدينة الفلوجة.",
        "بحث الوزير أمس في بغداد تطورات الحملة في وقت يحاول فيه العراق استعادة السيطرة على مدينة الرمادي.",
    ],
)
def test_a_halted_bombardment_and_ground_sought_are_no_events(text: str) -> None:
    assert extract(text, published=date(2015, 7, 24)) == ()


def test_ground_taken_after_trying_is_an_event() -> None:
    events = extract("حاولت القوات العراقية مرارا دخول المدينة، واستعادت أمس السيطرة على مدينة الرمادي.",
                     published=date(2015, 7, 24))
    assert [(e.sub_event_type, e.location) for e in events] == [("Government regains territory", "Ramadi")]


@pytest.mark.parametrize(
    "text",
    [
        "أمر وزير الدفاع أمس بتأمين طائرات شحن تابعة للقوات الجوية لنقل المساعدات إلى مطار عدن الدولي.",
        "وعاد الأهالي أمس المصابين في مستشفى عسير معبرين عن استنكارهم العمل الذي استهدف رجال الأمن في مدينة أبها.",
    ],
)
def test_cargo_planes_and_a_condemnation_are_no_violence(text: str) -> None:
    assert extract(text, published=date(2015, 8, 7)) == ()


def test_a_dual_told_with_a_dual_verb_is_two_and_one_of_them_is_no_new_figure() -> None:
    events = extract("ذكرت وزارة الداخلية المصرية إن شرطيين قتلا وأصيب ثلاثة آخرون اليوم الأحد عندما انفجرت عبوة "
                     "ناسفة في مدرعة في مدينة العريش، وأضافت أن أحد القتيلين ضابط برتبة نقيب والآخر مجند.",
                     published=date(2015, 8, 9))
    assert [(e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        (2, [("killed", 2), ("injured", 3)])]
    # one of a pair told before is a member of it
    events = extract("قتل ضابطان أمس في هجوم على حاجز في مدينة العريش، وكان أحد الضابطين برتبة نقيب.",
                     published=date(2015, 7, 23))
    assert [e.fatalities for e in events] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت نقابات المعلمين في إيران عن تنظيم تظاهرة أمام البرلمان اليوم في طهران.",
        "دعا ناشطون إلى التظاهر اليوم في ساحة التحرير ببغداد.",
    ],
)
def test_a_protest_announced_or_called_for_is_a_plan(text: str) -> None:
    assert extract(text, published=date(2015, 7, 22)) == ()


def test_a_sit_in_held_is_a_protest() -> None:
    events = extract("اعتصم نحو ألف شخص أمس في مدينة الحديدة للمطالبة برحيل المسلحين.", published=date(2015, 8, 2))
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Al Ḩudaydah")]


@pytest.mark.parametrize(("text", "expected"), [
    ("تظاهر المئات أمس في مدينة الناصرية احتجاجا على مقتل خمسة مدنيين.", ("Peaceful protest", 0)),
    ("اعتصم أكثر من ألف شخص أمس في مدينة اللاذقية احتجاجًا على قتل ضابط في القوات الجوية.", ("Peaceful protest", 0)),
    ("تظاهر العشرات أمس في مدينة صيدا استنكارا لاعتقال الشرطة ثلاثة شبان.", ("Peaceful protest", 0)),
    # the protesters' own dead are the protest's
    ("تظاهر المئات أمس في مدينة الناصرية وقتل خمسة منهم برصاص الشرطة.", ("Excessive force against protesters", 5)),
])
def test_what_a_protest_is_about_is_neither_its_toll_nor_an_event(text: str, expected: tuple) -> None:
    """احتجاجا على مقتل، استنكارا لاعتقال: the grievance, told before; not the protest's dead nor a new event."""
    events = extract(text, published=date(2015, 8, 2))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [expected]


def test_a_protest_held_is_an_event() -> None:
    events = extract("نظم المئات أمس تظاهرة في ساحة التحرير ببغداد.", published=date(2015, 7, 22))
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_the_day_a_source_tells_is_not_the_events_and_the_killing_that_set_it_off_is_no_toll() -> None:
    # "اليوم" dates the officials' telling; the clashes broke out four days before, in Sabha, after a
    # killing at a checkpoint (an earlier death, not the clashes' toll); Tripoli is named about flights
    events = extract("أعلن مسؤولون اليوم سقوط العشرات قتلى في مواجهات بين الطوارق وقبيلة تبو جنوب ليبيا. "
                     "وكانت الرحلات الجوية الى طرابلس قد توقفت منذ شهور. وذكر عميد بلدية مدينة سبها أن الاشتباكات "
                     "اندلعت بين الطرفين قبل أربعة أيام بعد مقتل أحد أبناء قبيلة تبو عند نقطة تفتيش، مضيفا أن 29 "
                     "من الطوارق قتلوا.", published=date(2015, 7, 21))
    assert [(e.sub_event_type, e.event_date, e.location, e.fatalities) for e in events] == [
        ("Armed clash", "2015-07-17", "Sabha", 29)]


def test_a_sides_spokesman_announcing_a_strike_on_ground_the_enemy_holds() -> None:
    # the spokesman's side fired; the side holding the posts hit is actor2
    events = extract("وكشف الناطق باسم المقاومة أمس عن استهداف مواقع المراقبة المحيطة بقاعدة العند الخاضعة لسيطرة "
                     "ميليشيات الحوثي بقذائف الكاتيوشا.", published=date(2015, 7, 31))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Shelling/artillery/missile attack", "Popular Resistance (Yemen)", "Houthi Movement")]
    # a spokesman telling of what another side did does not make his side the doer
    events = extract("وكشف المتحدث باسم المقاومة أمس عن قيام ميليشيات الحوثي بإعدام عشرة مدنيين في مدينة عدن.",
                     published=date(2015, 7, 31))
    assert [(e.actor1, e.actor2) for e in events] == [("Houthi Movement", "Civilians (Yemen)")]


def test_members_in_the_nominative_after_the_verb_are_its_subject() -> None:
    events = extract("من جهة أخرى، استهدف مقاتلو فيلق الرحمن صباح أمس، بقذائف الهاون، تجمعات لقوات النظام في حي جوبر "
                     "شرقي دمشق.", published=date(2015, 7, 31))
    assert [(e.actor1, e.actor2) for e in events] == [("Faylaq al Rahman", "Military Forces of Syria (2000-2024)")]


def test_a_figure_joined_by_wa_to_the_next_word_belongs_to_the_word_before() -> None:
    events = extract("أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين وجرح أربعة آخرين مساء أمس في انفجار سيارة مفخخة "
                     "استهدف قافلة عسكرية في محافظة دياربكر.", published=date(2015, 7, 26))
    assert [(e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        (2, [("killed", 2), ("injured", 4)])]


def test_where_a_person_was_born_or_lived_is_not_where_it_happened() -> None:
    # the attack's place is not told (it was abroad): nothing to place it by, so no event
    for text in ("وقتل أربعة جنود أمريكيين أمس في هجوم مسلح نفذه شاب مولود في الكويت.",
                 "قتل مسلح أربعة جنود أمريكيين أمس في هجوم، والمسلح من مواليد بغداد."):
        assert extract(text, published=date(2015, 7, 26)) == (), text


def test_a_place_said_to_suffer_attacks_and_victims_honoured_are_no_news() -> None:
    assert extract("وصل الرئيس الأمريكي أمس إلى كينيا في زيارة محاطة بإجراءات أمنية مشددة في هذا البلد الذي يعاني "
                   "من هجمات تشنها حركة الشباب في مقديشو.", published=date(2015, 7, 25)) == ()
    assert extract("سيرتدي اللاعب المصري أمس الرقم 11 بعد 74 مع فريقه تكريما لضحايا مجزرة بورسعيد.",
                   published=date(2015, 8, 8)) == ()


def test_an_old_figure_a_part_of_a_toll_and_a_whole_group_are_no_tolls() -> None:
    events = extract("وقتل أمس 31 شخصا في تفجير انتحاري في بلدة سروج. وأوضح الوزير أن حصيلة الهجوم ارتفعت من 31 إلى "
                     "32 قتيلا، وأن 29 شخصا من أصل مائة جريح لا يزالون في المستشفيات.", published=date(2015, 7, 21))
    assert [sorted((c.kind, c.value) for c in e.counts) for e in events] == [
        [("injured", 100), ("killed", 31), ("killed", 32)]]
    events = extract("قتل 5 من بين 20 مسلحا هاجموا أمس حاجزا في مدينة العريش.", published=date(2015, 7, 21))
    assert [e.fatalities for e in events] == [5]


def test_a_country_opening_a_clause_before_a_verb_of_force_strikes_and_a_hotels_name_is_no_town() -> None:
    events = extract("قال مسؤولون طبيون فلسطينيون إن إسرائيل شنت غارة جوية على معسكر تدريب تابع لحركة حماس في "
                     "قطاع غزة اليوم الجمعة.", published=date(2015, 8, 7))
    assert [(e.actor1, e.location) for e in events] == [("Military Forces of Israel", "Gaza Strip")]
    # a hotel named Byblos in Mali: no Lebanese town, and Mali is not placed
    assert extract("قتل 12 شخصا بينهم خمسة عسكريين أمس في عملية احتجاز رهائن نفذها مسلحون في فندق بيبلوس.",
                   published=date(2015, 8, 8)) == ()


def test_a_baby_killed_counts_one() -> None:
    events = extract("استشهد رضيع فلسطيني وأصيب ثلاثة آخرون من عائلته أمس جراء إحراق مستوطنين منزلهم في قرية دوما.",
                     published=date(2015, 8, 1))
    assert [(e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        (1, [("killed", 1), ("injured", 3)])]


def test_an_incident_told_as_separate_or_after_another_matter_is_its_own_event() -> None:
    clash = "قتل جنديان تركيان وأصيب ثلاثة آخرون في اشتباكات مع مسلحين من حزب العمال الكردستاني في ولاية شرناق فجر اليوم الأحد."
    events = extract(clash + " وفي حادث منفصل، قتل جندي وجرح سبعة آخرون في هجوم على قافلة عسكرية في ولاية ماردين.",
                     published=date(2015, 8, 2))
    assert [(e.location, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        ("Sirnak", [("killed", 2), ("injured", 3)]), ("Mardin", [("killed", 1), ("injured", 7)])]
    strikes = "شنت طائرات التحالف أمس غارات جوية على مواقع الحوثيين في مدينة صعدة."
    events = extract(strikes + " ومن جهة أخرى، شن طيران التحالف غارات على منزل قائد عسكري موال للحوثيين في محافظة حجة.",
                     published=date(2015, 8, 2))
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Air/drone strike", "Sa'dah"), ("Air/drone strike", "Hajjah")]
    # the dead and wounded of a similar incident are not the blast's told before
    events = extract("وفي بغداد قتل شخصان وأصيب خمسة آخرون بانفجار في الحي الصناعي بقضاء أبوغريب أمس.\n"
                     "وفي حادث مماثل قتل شخص وأصيب ثمانية قرب سوق شعبية.", published=date(2015, 8, 3))
    assert [[(c.kind, c.value) for c in e.counts] for e in events] == [[("killed", 2), ("injured", 5)]]
    # "من جهة ... ومن جهة أخرى" inside a sentence names the two sides of one fight
    events = extract(strikes + " وشن طيران التحالف غارات على مواقع الحوثيين من جهة وقوات صالح من جهة أخرى في محافظة حجة.",
                     published=date(2015, 8, 2))
    assert [(e.sub_event_type, e.location) for e in events] == [("Air/drone strike", "Sa'dah")]


def test_a_pronoun_that_an_event_word_describes_is_the_event_just_told() -> None:
    """"وهو أول هجوم من نوعه منذ ...": a word on the bombing told before, not an attack dated by what follows."""
    events = extract("اقتحم انتحاري بسيارة مفخخة مركزا للدرك في مدينة ماردين فجر اليوم الأحد. وهو أول هجوم من هذا "
                     "النوع منذ انهيار الهدنة قبل عشرة أيام. وأكد الجيش أن جنديين قتلا وأصيب 31 آخرون.",
                     published=date(2015, 8, 2))
    # the toll told next, with no place or date of its own, is the bombing's
    assert [(e.sub_event_type, e.event_date, e.location, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        ("Suicide bomb", "2015-08-02", "Mardin", [("killed", 2), ("injured", 31)])]


def test_a_smaller_figure_of_them_is_a_part_of_the_figure_before_it() -> None:
    events = extract("فجر انتحاري نفسه أمس في مسجد بمدينة أبها أثناء صلاة الظهر. ونتج عن الحادث استشهاد (15) مصليا (5) "
                     "منهم من رجال الأمن.", published=date(2015, 8, 7))
    assert [(e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [(15, [("killed", 15), ("killed", 5)])]
    # of them, but another kind: four of the fifteen arrested were killed
    events = extract("اعتقل تنظيم داعش أمس 15 خياطا في مدينة الموصل، وأعدم التنظيم أربعة منهم.", published=date(2015, 8, 7))
    assert sorted((e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events) == [
        (0, [("arrested", 15)]), (4, [("killed", 4)])]


@pytest.mark.parametrize(("text", "expected"), [
    # the insurgents' militias (ميليشيات التمرد، المليشيات الانقلابية) are the Houthis in Yemen
    ("سيطرت المقاومة الشعبية أمس على مديرية الوازعية بعد دحر ميليشيات التمرد منها.",
     [("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Houthi Movement")]),
    ("شن طيران تحالف الدول العربية أمس غارات على قاعدة العند في محافظة لحج.",
     [("Air/drone strike", "Saudi-led Coalition", None)]),
    ("قتل نحو 25 قرويا أمس في غارات جوية تركية على قرية زركلي في محافظة أربيل.",
     [("Air/drone strike", "Military Forces of Turkey", "Civilians (Iraq)")]),
    # the side driven out (ودحر المليشيات منها), named again after أن, takes no ground: no taker is told
    ("وأكدت الوزارة في بيان أصدرته اليوم بمناسبة تحرير قاعدة العند العسكرية ودحر المليشيات الانقلابية منها في"
     " عملية نوعية أمس الاثنين أن المليشيات الانقلابية باتت إلى تراجع.", []),
])
def test_the_sides_of_yemens_war_by_their_other_names(text: str, expected: list) -> None:
    events = extract(text, published=date(2015, 8, 4))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == expected


def test_at_a_time_when_opens_a_clause_of_its_own() -> None:
    # ، في وقت شن طيران التحالف: another event, with its own doer, place and toll
    events = extract("وأفادت مصادر في تعز بمقتل مدني وإصابة 4 آخرين في قصف شنه الحوثيون على أحياء سكنية في مدينة تعز،"
                     " ليلة السبت، في وقت شن طيران التحالف غارات على معسكر اللواء 35 في مدينة المخاء.",
                     published=date(2015, 8, 2))
    assert [(e.sub_event_type, e.actor1, e.location, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Houthi Movement", "Taiz", 1),
        ("Air/drone strike", "Saudi-led Coalition", "Mocha", 0)]
    # its verb without a subject goes on with the side named before (في وقت سيطرت على)
    events = extract("اقتحمت المقاومة الشعبية موقع تبة مسعود في جبل صبر أمس، في وقت سيطرت على منطقة مثلث العلم عند"
                     " المدخل الشرقي لمدينة عدن.", published=date(2015, 7, 31))
    assert ("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Aden") in [
        (e.sub_event_type, e.actor1, e.location) for e in events]
    # ويأتي ذلك في الوقت الذي: "while", with or without a comma
    events = extract("لقي 8 أشخاص من عائلة واحدة مصرعهم بقصف لميليشيا الحوثي على دار سعد شمال عدن، ويأتي ذلك في الوقت الذي"
                     " أعلنت فيه المقاومة اليمنية اليوم عن مقتل 22 من ميليشيا الحوثي باشتباكات معها قرب قاعدة العند.",
                     published=date(2015, 7, 21))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Dar Saad", 8), ("Armed clash", "Al-Anad Airbase", 22)]
    # في وقت سابق, في الوقت نفسه: a time of the clause, no connector
    events = extract("قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز في مدينة العريش، في وقت سابق من يوم أمس.",
                     published=date(2015, 8, 2))
    assert [(e.location, e.fatalities) for e in events] == [("Arīsh", 3)]


def test_civilians_named_with_the_article_are_those_of_the_events_country() -> None:
    # المواطنين in an article mostly about Yemen: the bombing is in Abha, its civilians Saudi Arabia's
    events = extract("تواصل قوات التحالف عملياتها في اليمن وتعز وعدن ومأرب وصنعاء ولحج. وفجر إرهابي نفسه أمس في مسجد"
                     " بمدينة أبها مستهدفا المواطنين.", published=date(2015, 8, 8))
    assert [(e.sub_event_type, e.location, e.actor2) for e in events] == [
        ("Suicide bomb", "Abha", "Civilians (Saudi Arabia)")]


@pytest.mark.parametrize(("text", "sides"), [
    # مواجهات عنيفة مع X: the side named before fights X
    ("خاضت المقاومة الشعبية أمس مواجهات عنيفة مع قوات التمرد في مديرية الزاهر بمحافظة البيضاء.",
     ("Popular Resistance (Yemen)", "Houthi Movement")),
    ("خاضت المقاومة الشعبية أمس مواجهات عنيفة مع الحوثيين وقوات صالح في مدينة تعز.",
     ("Popular Resistance (Yemen)", "Houthi Movement")),
    # the fallen named first: the side after مع fought them
    ("قتل 13 من ميليشيا الحوثي أمس في مواجهات مع المقاومة الشعبية في مدينة تعز.",
     ("Popular Resistance (Yemen)", "Houthi Movement")),
])
def test_the_side_a_fight_is_fought_with_is_the_other_side(text: str, sides: tuple) -> None:
    assert [(e.actor1, e.actor2) for e in extract(text, date(2015, 8, 9))] == [sides]


def test_a_column_that_names_an_attack_without_its_day_tells_no_event() -> None:
    # a writer speaking for his people (نسأل الله، بلادنا، علينا) about the attack: no day told, no news
    column = ("نسأل الله أن يحفظ بلادنا، فإن علينا جميعا أن نقف صفا واحدا أمام من فجروا {}مسجد قوات الطوارئ في منطقة"
              " عسير وقتلوا المصلين.")
    assert extract(column.format(""), date(2015, 8, 9)) == ()
    # the same column dating it (أمس) tells it
    assert [e.event_date for e in extract(column.format("أمس "), date(2015, 8, 9))] == ["2015-08-08"]
    # a report without a day keeps the day of publication
    events = extract("فجر إرهابي نفسه في مسجد قوات الطوارئ في منطقة عسير وقتل المصلين.", date(2015, 8, 9))
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [("Suicide bomb", "2015-08-09", 2)]


def test_the_side_of_the_attack_answered_is_no_side_of_the_answer() -> None:
    # ردا على تعرض بلدة الزبداني لهجوم من قوات النظام: the regime attacked Zabadani; the rebels' shells hit civilians
    text = ("قتل 18 شخصا أمس في سقوط صاروخ أطلقته قوات النظام السوري على حي شعبي وسط مدينة حلب. من جهة أخرى، أمطرت"
            " الفصائل المقاتلة المعارضة بلدتي الفوعة وكفريا بالقذائف الصاروخية والمدفعية، ردا على تعرض بلدة الزبداني"
            " في ريف دمشق لهجوم من قوات النظام وحزب الله. وأكد المرصد مقتل سبعة مدنيين في القصف.")
    events = extract(text, date(2015, 7, 22))
    assert [(e.location, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Aleppo", "Military Forces of Syria (2000-2024)", "Civilians (Syria)", 18),
        ("Al-Fuah", "Opposition Rebels (Syria)", "Civilians (Syria)", 7)]


def test_what_an_attack_was_done_with_does_not_refer_back() -> None:
    # بالقذائف الصاروخية: the means of the rebels' shelling, told as another matter (من جهة أخرى), not the regime's
    # rocket told before
    text = ("قتل 18 شخصا أمس في سقوط صاروخ أطلقته قوات النظام السوري على حي شعبي وسط مدينة حلب. من جهة أخرى، أمطرت"
            " الفصائل المقاتلة المعارضة أربع بلدات محاصرة في شمال سوريا بالقذائف الصاروخية والمدفعية.")
    events = extract(text, date(2015, 7, 22))
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Military Forces of Syria (2000-2024)", "Civilians (Syria)", 18), ("Opposition Rebels (Syria)", None, 0)]


def test_a_toll_up_to_a_day_days_back_is_a_tally() -> None:
    # حتى الأول من أغسطس: the dead of a campaign up to a day nine days before publication, no one strike
    text = ("وقالت وكالة الأناضول أمس إن أكثر من 260 مقاتلا كرديا قتلوا في الغارات التركية على شمال العراق حتى الأول"
            " من أغسطس الجاري.")
    assert extract(text, date(2015, 8, 10)) == ()
    # حتى مساء أمس: one strike's toll so far
    events = extract("قتل 18 مدنيا حتى مساء أمس في غارة جوية على سوق مدينة حلب.", date(2015, 8, 10))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 18)]


def test_a_toll_of_two_days_over_several_provinces_is_a_tally() -> None:
    # خلال الـ48 ساعة ... في دير الزور والحسكة والرقة: many strikes summed up
    text = ("وأفاد المرصد السوري أمس بمقتل 51 من عناصر تنظيم داعش خلال الـ48 ساعة جراء قصف طائرات التحالف الدولي"
            " مواقع التنظيم في دير الزور والحسكة والرقة.")
    assert extract(text, date(2015, 8, 7)) == ()
    # two days in one city: still the strikes of two days, a running total and no one event's toll
    # (tests/test_events_totals.py)
    assert extract("قتل 20 من عناصر داعش خلال اليومين الماضيين في غارات للتحالف على مدينة الرقة.", date(2015, 8, 7)) == ()


def test_a_force_pelted_with_stones_faces_a_riot_not_a_battle() -> None:
    # مواجهات ... الذين رشقوها بالحجارة: a crowd against a force, ACLED's violent demonstration
    events = extract("اقتحمت قوة من جيش الاحتلال أمس مخيم الدهيشة جنوب مدينة بيت لحم لتندلع مواجهات بينها وبين سكان المخيم"
                     " الذين رشقوها بالحجارة، ما أدى لإصابة شابين.", date(2015, 7, 25))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel")]
    # عزبة الحجارة is a hamlet's name, no stones thrown: the attack on the police stays an armed attack
    events = extract("قتل شرطي أمس في هجوم مسلح على سيارة للشرطة عند عزبة الحجارة بمركز سنورس في محافظة الفيوم.",
                     date(2015, 7, 25))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Police Forces of Egypt (2014-)")]


def test_armed_men_a_force_fought_are_an_unidentified_armed_group() -> None:
    # قتل الجيش 5 مسلحين: the gunmen it fought, a side no name is given to
    events = extract("قتل الجيش المصري 5 مسلحين في اشتباكات أمس في مدينة رفح.", date(2015, 8, 1))
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Military Forces of Egypt (2014-)", "Unidentified Armed Group (Egypt)", 5)]
    # named by their group, they are that group
    events = extract("قتل الجيش التركي 5 مسلحين من حزب العمال الكردستاني في اشتباكات أمس في ولاية هكاري.", date(2015, 8, 1))
    assert [(e.actor1, e.actor2) for e in events] == [("Military Forces of Turkey", "PKK: Kurdistan Workers Party")]


def test_the_parent_a_group_is_described_as_a_wing_of_is_no_side() -> None:
    # (الجناح الإيراني لحزب العمال الكردستاني): who PJAK is, set off after a longer description; not its enemy
    events = extract("أعلنت وحدات حماية شرق كردستان، الجناح العسكري لمنظومة المجتمع الحر الديمقراطي (الجناح الإيراني لحزب"
                     " العمال الكردستاني)، عن مقتل قائد في الحرس الثوري الإيراني خلال اشتباكات أمس في محافظة كرمانشاه.",
                     date(2015, 8, 5))
    assert [e.actor1 for e in events] == ["PJAK: Kurdistan Free Life Party"]
    assert "PKK: Kurdistan Workers Party" not in {e.actor2 for e in events}
    # مقتل قائد في الحرس الثوري: the commander counted among the dead is of the side hit
    events = extract("أعلنت وحدات حماية شرق كردستان عن مقتل قائد في الحرس الثوري الإيراني خلال اشتباكات أمس في محافظة"
                     " كرمانشاه.", date(2015, 8, 5))
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("PJAK: Kurdistan Free Life Party", "Islamic Revolutionary Guard Corps", 1)]


def test_freeing_captives_takes_no_ground() -> None:
    # تحرير المختطفين: people freed (here ransomed), not a town taken
    assert extract("تمكنت القوات العراقية أمس من تحرير المختطفين من قبضة تنظيم داعش في مدينة الفلوجة.",
                   date(2015, 7, 31)) == ()
    events = extract("تمكنت القوات العراقية أمس من تحرير مدينة الفلوجة من تنظيم داعش.", date(2015, 7, 31))
    assert [(e.sub_event_type, e.location) for e in events] == [("Government regains territory", "Al Fallūjah")]


def test_a_running_total_the_event_brings_the_number_to_is_not_its_toll() -> None:
    # ما يرفع عدد الشهداء الى اثنين في الضفة الغربية خلال 24 ساعة: this killing and another one
    events = extract("قتلت قوات الاحتلال أمس فلاح أبو ماريا برصاص جنودها في منزله في بلدة بيت أمر شمال الخليل، ما يرفع عدد"
                     " الشهداء الى اثنين في الضفة الغربية خلال اربع وعشرين ساعة.", date(2015, 7, 23))
    assert [(e.sub_event_type, e.location, [c.value for c in e.counts]) for e in events] == [
        ("Attack", "Beit Ummar", [])]


def test_worshippers_of_whom_some_are_police_make_the_police_the_side_hit() -> None:
    # جموع المصلين ... خمسة منهم من رجال الأمن: the mosque of a police unit, its men among the dead
    events = extract("فجر انتحاري نفسه بحزام ناسف في جموع المصلين بمسجد قوة الطوارئ الخاصة بمنطقة عسير أمس، ما أدى إلى"
                     " استشهاد 15 مصليا، خمسة منهم من رجال الأمن العاملين بالمقر.", date(2015, 8, 7))
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Suicide bomb", "Police Forces of Saudi Arabia (2015-)", 15)]


def test_one_incident_told_twice_without_a_second_toll_is_one_event(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every candidate assembled twice (as a long article may tell one strike in two places that assembly keeps
    # apart): same type, sides, day and place, so one event, as ACLED counts them; two tolls stay two events.
    import copy

    import rasd.extractor as extractor_module

    real = extractor_module.assemble

    def twice(**kwargs):
        found = real(**kwargs)
        return [*found, *(copy.deepcopy(c) for c in found)]

    monkeypatch.setattr(extractor_module, "assemble", twice)
    events = Extractor().extract("قصف طيران التحالف أمس المركز الثقافي في منطقة ساقين بمحافظة صعدة.",
                                 published=date(2015, 8, 8)).events
    assert [(e.sub_event_type, e.location) for e in events] == [("Air/drone strike", "Sāqayn")]
    events = Extractor().extract("قتل 7 مسلحين حوثيين أمس في غارة لطيران التحالف على منطقة ساقين بمحافظة صعدة.",
                                 published=date(2015, 8, 8)).events
    assert [(e.location, e.fatalities) for e in events] == [("Sāqayn", 7), ("Sāqayn", 7)]


def test_a_drill_is_no_event() -> None:
    # تمرينات لتدمير: practised, not done
    assert extract("نفذت قوات الجيش الإسرائيلي أمس تمرينات لتدمير مواقع في بلدة بيت أمر.", date(2015, 7, 23)) == ()
    events = extract("قصفت قوات الجيش الإسرائيلي أمس مواقع في بلدة بيت أمر.", date(2015, 7, 23))
    assert [(e.sub_event_type, e.location) for e in events] == [("Shelling/artillery/missile attack", "Beit Ummar")]


def test_a_day_after_since_dates_no_other_event() -> None:
    # منذ 17 يوليو opens a period of shelling; the strikes told around it are of the day of publication
    events = extract("قتل ثلاثة أشخاص في مدينة عربين بقصف من طائرات النظام السوري. يذكر أن مدينة عربين تتعرض لقصف"
                     " شديد منذ 17 يوليو. كما قتل 26 شخصا في غارات شنتها طائرات النظام على مدينة منبج.",
                     published=date(2015, 7, 22))
    assert [(e.location, e.event_date, e.time_precision) for e in events] == [
        ("‘Irbīn", "2015-07-22", 2), ("Manbij", "2015-07-22", 2)]


def test_the_day_a_statement_was_published_is_not_the_ambushs() -> None:
    # في بيان نشر على الانترنت أمس: the day of the claim; the ambush was on the evening of Eid (2015-07-17)
    events = extract("تبنى تنظيم القاعدة في بلاد المغرب الإسلامي قتل 14 جنديا جزائريا في كمين نصبه في ولاية عين الدفلى"
                     " وذلك في بيان نشر على الانترنت أمس. وقال التنظيم إن عناصره تمكنوا في مساء يوم العيد من قتل"
                     " 14 عسكريا إثر كمين نصبوه لمجموعة من عساكر الجيش الجزائري.", published=date(2015, 7, 21))
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [("Armed clash", "2015-07-17", 14)]


def test_a_verb_of_killing_before_of_them_counts_its_own_dead() -> None:
    # فقتل منهم 15: the bomber killed fifteen of the forces named before, no part of an earlier toll
    events = extract("فجر إرهابي نفسه أمس بمسجد لقوات الطوارئ قرب مدينة أبها فقتل منهم 15 شهيدا.", published=date(2015, 8, 7))
    assert [(e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [(15, [("killed", 15)])]
    # a noun of the dead before منهم: the figure is a part of the toll told with it
    events = extract("قتل 6 أشخاص أمس في قصف على بلدة دارة عزة، وسقط 6 قتلى منهم 4 أطفال.", published=date(2015, 8, 7))
    assert [e.fatalities for e in events] == [6]


def test_soldiers_named_in_the_dual_with_their_nationality_are_that_states_military() -> None:
    for text in ("قتل جنديان تركيان أمس في اشتباكات مع مسلحين من حزب العمال الكردستاني في ولاية شرناق.",
                 "قتل جنديين تركيين أمس في اشتباكات مع مسلحين من حزب العمال الكردستاني في ولاية شرناق."):
        events = extract(text, published=date(2015, 8, 2))
        assert [({e.actor1, e.actor2}, e.fatalities) for e in events] == [
            ({"Military Forces of Turkey", "PKK: Kurdistan Workers Party"}, 2)], text


@pytest.mark.parametrize(
    "text",
    [
        "تسلمت القوات المسلحة المصرية أمس ثلاث مقاتلات من طراز رافال في قاعدة جوية بمدينة السويس.",
        "نزع فريق من المهندسين العسكريين أكثر من 30 لغما أمس في محافظة لحج.",
        "قام فريق هندسي أمس باستخراج أكثر من 300 لغم أرضي زرعتها الميليشيات في محيط مدينة زنجبار.",
        "وزعت العيادات السعودية أمس في مخيم الزعتري عبوة حليب لكل طفل من اللاجئين.",
    ],
)
def test_weapons_named_without_an_attack_are_no_event(text: str) -> None:
    """Aircraft delivered, mines cleared, a tin of milk: words for things used in attacks tell none alone."""
    assert extract(text, published=date(2015, 8, 6)) == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أصيب جندي أمس بمقذوف عسكري أطلق من داخل الأراضي اليمنية على موقع في منطقة جازان.",
         ("Shelling/artillery/missile attack", "Jazan")),
        ("سقطت قذائف هاون أمس على بلدة كفريا في ريف إدلب.", ("Shelling/artillery/missile attack", "Kafriya")),
        ("وصلت تعزيزات للحوثيين إلى مديرية مكيراس أمس واستهدفتها طائرات التحالف.", ("Air/drone strike", "Mukayras")),
    ],
)
def test_weapons_fired_falling_or_wounding_are_an_attack(text: str, expected: tuple) -> None:
    assert [(e.sub_event_type, e.location) for e in extract(text, published=date(2015, 8, 6))] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "أحالت النيابة العامة أمس 11 متهما إلى محكمة الجنايات في القاهرة بتهمة القتل العمد.",
        "وتابعت الصحف مستجدات قضية حرق مستوطنين يهود رضيعا فلسطينيا حتى الموت جنوب نابلس أمس.",
        "كشفت الشرطة أمس تفاصيل مقتل مطلوب في القطيف، والمتهم بإثارة الشغب وإتلاف الممتلكات العامة.",
    ],
)
def test_a_crime_charged_or_tried_is_no_news_of_it(text: str) -> None:
    assert extract(text, published=date(2015, 8, 6)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "استقبل الأمير مساء أمس في مقر قوة الطوارئ بمنطقة عسير ذوي شهداء الواجب الذين استشهدوا في حادث التفجير "
        "الإرهابي الذي طال المسجد.",
        "استأنف مطار عدن الدولي اليوم الخميس حركة الطيران المدني بعد توقف أربعة أشهر جراء المواجهات المسلحة التي "
        "دارت بين الحوثيين والمقاومة الشعبية.",
    ],
)
def test_an_event_named_only_as_one_the_reader_knows_is_no_news(text: str) -> None:
    """Definite nouns and relative clauses with no figure, no verb of happening and no date of their own: the
    visit or the reopening is dated "yesterday", not the bombing or the fighting it recalls."""
    assert extract(text, published=date(2015, 8, 6)) == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("تجددت الاشتباكات أمس بين الجيش والمسلحين في مدينة درعا.", ("Armed clash", "Dar‘ā")),
        ("وقال المرصد السوري يوم الأربعاء إن الاشتباكات العنيفة استمرت مساء الثلاثاء بين قوات النظام والمعارضة في "
         "منطقة الزبداني.", ("Armed clash", "Az-Zabdani")),
        ("قال المرصد السوري أمس إن الجيش السوري استعاد السيطرة على عدد من القرى في سهل الغاب.",
         ("Government regains territory", "Al-Ghab plain")),
        ("أحالت الشرطة أمس 14 شخصا إلى النيابة العامة بعد القبض عليهم في منطقة تطاوين.", ("Arrests", "Tataouine")),
        ("أكد متحدث عسكري أن قوات قسد تمكنت أمس بدعم من طيران التحالف الدولي من السيطرة على سجن غويران "
         "في الحسكة.",
         ("Non-state actor overtakes territory", "Al-Sinaa (Ghwayran) Prison")),
    ],
)
def test_a_definite_event_noun_with_a_verb_of_happening_is_news(text: str, expected: tuple) -> None:
    assert [(e.sub_event_type, e.location) for e in extract(text, published=date(2015, 8, 6))] == [expected]


def test_one_named_dead_counts_one_and_does_not_lower_another_sources_toll() -> None:
    events = extract("أعلنت قيادة القوات المشتركة اليوم استشهاد الرقيب ماجد السبيعي بعد إصابته بمقذوف في قطاع نجران.",
                     published=date(2015, 8, 7))
    assert [(e.fatalities, [(c.kind, c.value, c.text) for c in e.counts]) for e in events] == [
        (1, [("killed", 1, "الرقيب")])]
    events = extract("قال المرصد إن 12 مدنيا قتلوا في غارة جوية للتحالف على بلدة سرمدا أمس. وقال ناشطون إن الغارة أدت "
                     "إلى مقتل قيادي في جماعة خراسان.", published=date(2015, 8, 7))
    assert [(e.fatalities, e.fatalities_high) for e in events] == [(12, 12)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أعلنت وزارة الداخلية المغربية أمس تفكيك خلية إرهابية تضم ثمانية أعضاء في مدينة طنجة.", ["Arrests"]),
        ("وقال البيان إن الأجهزة الأمنية تمكنت أمس من خلال حملات مكثفة في محافظة دمياط من ضبط 14 من العناصر "
         "المتطرفة المطلوب ضبطهم على ذمة قضايا.", ["Arrests"]),
        # workers found breaking the labour law: neither weapons nor wanted men
        ("تمكنت فرق مكتب وزارة العمل وبرفقة رجال الأمن بشرطة المنطقة أمس من ضبط 34 عاملاً مخالفاً يعملون تحت أشعة "
         "الشمس في أحد المشاريع الكبرى في عرعر.", []),
    ],
)
def test_people_seized_or_a_cell_dismantled_are_arrests(text: str, expected: list) -> None:
    assert [e.sub_event_type for e in extract(text, published=date(2015, 7, 26))] == expected


def test_the_fighters_owning_the_places_struck_are_hit() -> None:
    events = extract("قصفت الطائرات أمس مقرين لمتشددي داعش في مدينة الرقة.", published=date(2015, 7, 24))
    assert [(e.actor2, e.actor1 != e.actor2) for e in events] == [("Islamic State (Syria)", True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("يتأهب مقاتلو المقاومة الشعبية أمس لاقتحام قاعدة العند الجوية في محافظة لحج.", []),
        ("تصدى مقاتلو المقاومة الشعبية أمس لهجوم شنه الحوثيون على مواقعهم في مدينة مأرب.", ["Armed clash"]),
        ("تعرضت بلدة المقدادية أمس لهجمات بقذائف الهاون.", ["Shelling/artillery/missile attack"]),
    ],
)
def test_an_attack_after_li_is_a_purpose_unless_it_was_suffered_or_repelled(text: str, expected: list) -> None:
    assert [e.sub_event_type for e in extract(text, published=date(2015, 7, 24))] == expected


def test_one_fighter_killed_as_the_verbs_object_counts_one_and_makes_a_fight() -> None:
    events = extract("قتلت قوات الأمن التونسي الليلة الماضية إرهابيا في محافظة القصرين.", published=date(2015, 8, 10))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Armed clash", "Police Forces of Tunisia", 1)]
    # the noun a figure counts is not one more
    events = extract("ذكرت قيادة الشرطة أمس مقتل «22» مسلحاً من داعش خلال عملية تمشيط غرب مدينة الرمادي.",
                     published=date(2015, 8, 10))
    assert [e.fatalities for e in events] == [22]


def test_a_nationality_noun_as_the_verbs_object_counts_one_and_its_adjective_counts_none() -> None:
    """قتلت القوات فلسطينيا: a nationality noun is a person like جندي; after a counted noun (جنديا وضابطا مصريا)
    the same word is the adjective of those counted, no one more."""
    events = extract("قتلت القوات الإسرائيلية فلسطينيا أمس في مدينة جنين.", published=date(2015, 7, 23))
    assert [(e.actor1, e.location, e.fatalities) for e in events] == [("Military Forces of Israel", "Janīn", 1)]
    events = extract("وقتل في الهجوم على الكمائن في مدينة الشيخ زويد أمس 17 جنديا وضابطا مصريا.",
                     published=date(2015, 7, 21))
    assert [(e.location, e.fatalities) for e in events] == [("Ash Shaykh Zuwayd", 17)]


def test_one_person_quoted_as_the_subject_of_inna_counts_one() -> None:
    """إن «متظاهرا قتل وأصيب آخران»: the quote opens on the subject of إنّ, one killed and two hurt."""
    events = extract("وقالت الشرطة ومسؤولون حكوميون إن «متظاهرا قتل وأصيب آخران أمس خلال مظاهرة ضد انقطاع التيار بالقرب "
                     "من البصرة».", published=date(2015, 7, 31))
    assert [(e.sub_event_type, e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        ("Excessive force against protesters", 1, [("killed", 1), ("injured", 2)])]  # وأصيب آخران: two


def test_a_fighter_killed_and_another_arrested_are_one_fight() -> None:
    # the killing is not lost to the arrest told in the same clause, and the arrest is the fight's (ACLED codes
    # the fight alone)
    events = extract("قتلت قوات الأمن التونسي الليلة الماضية إرهابيا وألقت القبض على آخر في محافظة القصرين.",
                     published=date(2015, 8, 10))
    assert sorted((e.sub_event_type, e.actor1, e.fatalities) for e in events) == [
        ("Armed clash", "Police Forces of Tunisia", 1)]


def test_a_wire_dateline_dates_nothing_and_a_province_is_finer_than_its_country() -> None:
    # "تونس 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس": the day the wire was filed; the event is last night's,
    # in the province named after the country
    events = extract("تونس 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس  قتلت قوات الأمن التونسي الليلة الماضية "
                     "إرهابيا بمنطقة جبل سمامة بمحافظة القصرين شمال غرب تونس .", published=date(2015, 8, 10))
    assert [(e.sub_event_type, e.location, e.event_date, e.fatalities) for e in events] == [
        ("Armed clash", "Kasserine", "2015-08-09", 1)]


@pytest.mark.parametrize(
    "text, fatalities, counts",
    [
        # a figure typed against its noun (10من) is a figure; إضافة إلى adds more of the same kind
        ("حدث تفجير انتحاري أمس في مسجد بمدينة أبها نتج عنه استشهاد 10من منسوبي قوات الطوارئ إضافة إلى 3 من "
         "العاملين وإصابة 9 آخرين.", 13, [("killed", 10), ("killed", 3), ("injured", 9)]),
        # بين قتيل وجريح a few words after the figure: the dead and the wounded together, a count of neither
        ("أعلنت المقاومة أمس سقوط أكثر من 145 من ميليشيات الحوثي بين قتيل وجريح في معارك بمدينة تعز.", 0, []),
        # a toll risen to 12 after two more died restates the ten: twelve, not 22
        ("قتل عشرة جنود أمس في تفجير انتحاري استهدف مسجدا في مدينة أبها، فيما ارتفعت حصيلة القتلى إلى 12، بعد "
         "وفاة اثنين من الجرحى متأثرين بجراحهما.", 12, [("killed", 10), ("killed", 12)]),
        # one value told for two groups of people joined by و: each adds (two soldiers and two children: four)
        ("قتل جنديان وطفلان أمس في تفجير عبوة ناسفة في مدينة الحويجة.", 4, [("killed", 2), ("killed", 2)]),
        ("أسفر التفجير أمس في مدينة القاهرة عن مقتل ثلاثة ضباط وثلاثة من أفراد الشرطة وأحد المواطنين.", 7,
         [("killed", 3), ("killed", 3), ("killed", 1)]),
        # آخر / آخران after a casualty word: one more, two more; after a figure (اثنان آخران، أربعة شرطيين) the
        # word is the figure's noun or adjective, no figure of its own
        ("قتل جندي تركي وأصيب آخر أمس في اشتباكات مع مسلحين في ولاية ماردين.", 1, [("killed", 1), ("injured", 1)]),
        ("وقتل عسكري تركي وجرح اثنان آخران أمس قرب كيليس في صدام مسلح مع تنظيم داعش.", 1,
         [("killed", 1), ("injured", 2)]),
        ("قتل أربعة شرطيين أمس في انفجار قنبلة في ولاية شرناق.", 4, [("killed", 4)]),
        # a value told again in words (خمسة عشر) is the same dead
        ("قتل 15 (خمسة عشر) شخصا أمس في تفجير عبوة ناسفة في مدينة الحويجة.", 15, [("killed", 15), ("killed", 15)]),
    ],
)
def test_figures_told_together(text: str, fatalities: int, counts: list) -> None:
    events = extract(text, published=date(2015, 8, 7))
    assert [(e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [(fatalities, counts)]


def test_leaders_counted_of_a_group_are_that_groups_losses() -> None:
    events = extract("أعلن مصدر في قيادة عمليات الانبار اليوم عن مقتل سبعة من قادة تنظيم داعش بقصف مدفعي استهدف موكب "
                     "سيارات كانوا يستقلونها في حي نزال وسط مدينة الفلوجة.", published=date(2015, 7, 21))
    assert [(e.actor2, e.fatalities) for e in events] == [("Islamic State (Iraq)", 7)]


@pytest.mark.parametrize(
    "text",
    [
        "نشرت دول التحالف مئات الجنود أمس حول مدينة عدن منذ أن استعادت القوات الموالية للرئيس عبد ربه منصور هادي "
        "السيطرة عليها في منتصف يوليو.",
        "ويأتي هذا التفجير بعد أيام من تفجير انتحاري ضخم في سوق منطقة خان بني سعد في ديالى أدى إلى مقتل تسعين شخصا.",
    ],
)
def test_the_event_time_is_counted_from_after_mundhu_an_or_days_min_is_no_news(text: str) -> None:
    assert extract(text, published=date(2015, 8, 3)) == ()


def test_dividing_the_ranks_is_no_dispersal() -> None:
    """تفريق الصف: dividing the ranks of a nation, not dispersing a crowd."""
    text = "حاول الفكر الإرهابي أمس في القطيف تفريق الصف وإشاعة الفوضى، لكن رجال الأمن تصدوا له."
    assert extract(text, published=date(2015, 8, 7)) == ()


def test_where_a_statement_was_made_is_not_where_it_happened() -> None:
    events = extract("وقال امام الصحافيين في انقرة «إن العناصر الاولى للتحقيق تكشف ان التفجير ناجم عن اعتداء انتحاري قام به "
                     "داعش» في بلدة سروج أمس.", published=date(2015, 7, 21))
    assert [(e.sub_event_type, e.location) for e in events] == [("Suicide bomb", "Suruc")]


def test_a_fight_whose_attackers_are_unnamed_has_an_unidentified_actor1() -> None:
    events = extract("قتل شرطي وأصيب ثلاثة آخرون أمس في اشتباك مع مسلحين قرب مدينة الفيوم.", published=date(2015, 8, 8))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Unidentified Armed Group (Egypt)", "Police Forces of Egypt (2014-)")]


def test_this_scene_extending_to_a_place_is_no_withdrawal() -> None:
    """وانسحب هذا المشهد على ريف إدلب: the same held there, nobody withdrew."""
    events = extract("وانسحب هذا المشهد أمس على ريف إدلب، حيث قتل قائد عسكري من فيلق الشام.", published=date(2015, 8, 4))
    assert [e.sub_event_type for e in events if "territory" in e.sub_event_type] == []


def test_the_city_a_report_was_filed_from_places_the_event_only_as_a_last_resort() -> None:
    events = extract("واس- الرياض: تعرض مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير أمس لقذائف عسكرية كثيفة من داخل "
                     "الأراضي اليمنية، مما نتج عنه استشهاد أحد أفراد حرس الحدود.", published=date(2015, 7, 31))
    # not Riyadh (the dateline) and not Dhahran (the Eastern Province's city): the border town of Asir
    assert [(e.location, e.admin1) for e in events] == [("Dhahran al-Janub", "Asir")]
    events = extract("سبق - جازان: باشرت فرق الدفاع المدني أمس بلاغا عن سقوط مقذوفات على أحياء سكنية، ما أسفر عن إصابة "
                     "خمسة.", published=date(2015, 7, 31))
    assert [e.location for e in events] == ["Jizan"]


@pytest.mark.parametrize(
    "text, fatalities",
    [
        ("قتل نقيب شرطة ومجند وأصيب ثلاثة آخرون أمس إثر انفجار عبوة ناسفة بمدينة العريش.", 2),
        ("أعلن الجيش أمس استشهاد ضابط وثلاثة جنود في انفجار عبوة ناسفة بمدينة رفح.", 4),
    ],
)
def test_people_named_one_by_one_add_up(text: str, fatalities: int) -> None:
    assert [e.fatalities for e in extract(text, published=date(2015, 8, 9))] == [fatalities]


def test_an_indefinite_air_bombardment_is_an_air_strike() -> None:
    """قصفا جويا: the accusative of "قصف جوي" names an air strike, as the nominative does."""
    events = extract("وقال شهود إن قصفا جويا طال أحياء سكنية وسط مدينة الرطبة أمس، مما أسفر عن مقتل 30 مدنيا.",
                     published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 30)]


@pytest.mark.parametrize(
    "text, fatalities, high",
    [
        # a subset told in the next sentence (وبينهم) is no total of its own
        ("أفاد المرصد أمس بمقتل 40 من عناصر تنظيم داعش جراء غارات للتحالف الدولي في دير الزور. وقال المرصد إن "
         "غالبية القتلى من السوريين، وبينهم سبعة على الأقل من الأطفال.", 40, 40),
        # a figure joined by و to a subset is part of the subset too
        ("وقال مدير الصحة إن 41 مدنيا بينهم 10 أطفال و5 نساء قتلوا أمس في قصف الحوثيين على حي دار سعد بعدن.", 41, 41),
    ],
)
def test_figures_among_a_toll_are_part_of_it(text: str, fatalities: int, high: int) -> None:
    assert [(e.fatalities, e.fatalities_high) for e in extract(text, published=date(2015, 8, 1))] == [(fatalities, high)]


@pytest.mark.parametrize(
    "text, fatalities",
    [
        ("وأوضحت المصادر أمس أن 14 فردا من المتمردين الحوثيين وقوات صالح قتلوا في مواجهات بمدينة تعز.", 14),
        ("وذكر المرصد أن 20 مقاتلا على الأقل من الفصائل المسلحة وسبعة من مقاتلي تنظيم «داعش»، قتلوا أمس في "
         "اشتباكات بريف حلب الشمالي.", 27),
    ],
)
def test_the_people_counted_before_their_verb_are_its_subject(text: str, fatalities: int) -> None:
    """A figure and a long description of the people, then the plural verb of their death."""
    assert [e.fatalities for e in extract(text, published=date(2015, 8, 1))] == [fatalities]


@pytest.mark.parametrize(
    "text",
    [
        "أطاح الجيش بالرئيس المصري في صيف 2013. ومنذ ذلك الحين قتل المئات من رجال الأمن في هجمات "
        "متواصلة تتبناها جماعات متطرفة، وقع معظمها في سيناء، غير أن السيارات المفخخة بلغت وسط القاهرة "
        "مرارا.",
        "وشنت قوات الدرك التركية فجر الجمعة عمليات أمنية في أنقرة. بالمقابل شنت القوات المسلحة التركية غارات جوية "
        "على مواقع حزب العمال الكردستاني داخل البلاد وخارجها، أسفرت عن مقتل أكثر من 200 مسلح في الفترة نفسها.",
    ],
)
def test_a_toll_over_a_period_is_no_events_toll(text: str) -> None:
    """Since then, in the same period: a running toll of many events, not the figure of one."""
    assert [e.fatalities for e in extract(text, published=date(2015, 8, 1)) if e.fatalities] == []


def test_the_bombardment_told_after_an_air_strike_is_that_strike() -> None:
    """"القصف" with no means and no side firing it refers back to the air strike just told."""
    events = extract("قتل 30 مدنيا أمس في قصف جوي طال مدينة الرطبة. وقال الشهود إن 40 مواطنا أصيبوا بجروح نتيجة "
                     "القصف ونقلوا إلى مستشفى المدينة.", published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.fatalities, sorted((c.kind, c.value) for c in e.counts)) for e in events] == [
        ("Air/drone strike", 30, [("injured", 40), ("killed", 30)])]


def test_the_bombardment_naming_the_side_the_strike_hit_is_still_that_strike() -> None:
    """القصف أدى إلى مقتل عدد من الحوثيين ... في منزل قائد موال للحوثيين: the Houthis were named as hit by the
    strike already; naming them again adds no side firing."""
    events = extract("قصف طيران التحالف أمس منزل قائد عسكري موال لجماعة الحوثي في مدينة عتق بمحافظة شبوة. وقالت مصادر إن القصف أدى "
                     "إلى مقتل خمسة من الحوثيين الذين كانوا في منزل القائد الموالي للحوثيين.", published=date(2015, 7, 27))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Air/drone strike", "Saudi-led Coalition", 5)]


def test_a_toll_told_in_another_place_is_not_the_last_events() -> None:
    """وفي مأرب ... قتل 25: a toll with its own place, which the battle told before is not in."""
    events = extract("قتل 12 من الحوثيين أمس في مواجهات مع المقاومة بمدينة تعز. وفي مأرب قال مصدر في المقاومة إن نحو "
                     "25 من الحوثيين وقوات موالية للرئيس المخلوع علي صالح قتلوا.", published=date(2015, 8, 1))
    assert [(e.location, e.fatalities) for e in events] == [("Taiz", 12), ("Ma'rib", 25)]


def test_a_place_told_as_lying_from_a_city_abroad_is_a_namesake() -> None:
    """منطقة الحسينية شمال شرقي بغداد: Baghdad's Husseiniya, not the one the GeoNames gazetteer knows in Egypt."""
    events = extract("وأفاد مصدر أمني عراقي أمس بمصرع شخص وإصابة سبعة آخرين بانفجار عبوة ناسفة قرب مرآب للسيارات في "
                     "منطقة الحسينية شمال شرقي بغداد.", published=date(2015, 8, 1))
    assert [(e.location, e.admin1, e.country, e.fatalities, e.sources) for e in events] == [
        ("Al-Husseiniya (Baghdad)", "Baghdad", "Iraq", 1, ("مصدر أمني عراقي",))]
    result = Extractor().extract("اعتقلت قوة من الجيش أمس ثلاثة مسلحين قرب كفريا في شرق لبنان.", published=date(2015, 8, 1))
    assert [p.place.country for p in result.places if p.place] == ["LB"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X شمالي Y: Y is where X is measured from; the camp is in Lahj, not in Aden
        ("سيطر مقاتلو المقاومة الشعبية أمس على معسكر لبوزة في محافظة لحج شمالي عدن بعد مواجهات عنيفة مع الحوثيين.",
         ("Non-state actor overtakes territory", "Lahj", "Yemen")),
        ("قتل خمسة جنود جزائريين أمس في كمين نصبه مسلحون في ولاية عين الدفلى جنوب غرب العاصمة الجزائر.",
         ("Armed clash", "Ain Defla", "Algeria")),
        # the country in the coalition's name says who leads it, not where it strikes
        ("شنت طائرات التحالف الذي تقوده السعودية أمس غارات على مواقع للحوثيين في محافظة أبين.",
         ("Air/drone strike", "Abyan", "Yemen")),
    ],
)
def test_a_place_a_direction_is_taken_from_or_a_leader_named_is_not_the_scene(text: str, expected: tuple) -> None:
    events = extract(text, published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.admin1, e.country) for e in events] == [expected]
    _check_offsets(text, events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # men told with where they come from die where the ambush was
        ("قتل ستة مسلحين حوثيين من محافظة ذمار أمس في كمين نصبه رجال القبائل في محافظة البيضاء.",
         ("Armed clash", "Al Bayda")),
        # reinforcements sent from a town, and the town's province told with it: the fighting is elsewhere
        ("اندلعت أمس اشتباكات عنيفة بين الحوثيين والمقاومة الشعبية في جبهة عكد بمحافظة أبين، حيث دفع الحوثيون "
         "بتعزيزات عسكرية من مدينة رداع بمحافظة البيضاء.", ("Armed clash", "Abyan")),
        # where reinforcements were heading is not where the commander fell
        ("قتل قائد حوثي أمس في مواجهات مع المقاومة الشعبية في مديرية لودر أثناء قيادته تعزيزات باتجاه مدينة عدن.",
         ("Armed clash", "Abyan")),
    ],
)
def test_where_men_come_from_or_head_to_is_not_the_scene(text: str, expected: tuple) -> None:
    events = extract(text, published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.admin1) for e in events] == [expected]
    _check_offsets(text, events)


def test_where_an_advance_heads_stays_the_scene_and_a_goal_alone_still_places() -> None:
    """تقدمهم صوب قاعدة العند: an advance is fought near its goal; and with no other place the goal of those
    who fled still places the event rather than a country."""
    events = extract("واصل مقاتلو المقاومة الشعبية أمس تقدمهم صوب قاعدة العند ودارت اشتباكات عنيفة مع الحوثيين.",
                     published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Al-Anad Airbase")]
    events = extract("قتل خمسة حوثيين أمس في اشتباكات مع المقاومة الشعبية اليمنية وفر الباقون باتجاه مدينة عدن.",
                     published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.admin1) for e in events] == [("Armed clash", "Aden")]


@pytest.mark.parametrize(("text", "expected"), [
    # the capital as the state that acts: the strikes are in Erbil
    ("وأطلقت أنقرة عملية عسكرية جوية ضد حزب العمال الكردستاني، وقتل ستة أشخاص أمس في غارات شنتها الطائرات التركية "
     "على قرية في منطقة رواندز شرق أربيل.", ("Air/drone strike", "Erbil")),
    ("قال مسؤول إن أنقرة بدأت حملة اعتقالات واسعة، واعتقلت الشرطة أمس 20 ناشطا كرديا في مدينة ديار بكر.",
     ("Arrests", "Diyarbakir")),
    # a capital that is where it happened stays
    ("شهدت صنعاء أمس هجوما للمقاومة الشعبية استهدف نقطة تفتيش للحوثيين.", ("Armed clash", "Amanat al Asimah")),
    ("قتل مدني أمس في هجوم بسكين في محطة بنزين على الطريق بين القدس وتل أبيب.", ("Attack", "Jerusalem District")),
])
def test_a_capital_standing_for_its_state_is_not_the_scene(text: str, expected: tuple) -> None:
    events = extract(text, published=date(2015, 8, 2))
    assert [(e.sub_event_type, e.admin1) for e in events] == [expected]
    _check_offsets(text, events)


def test_where_the_dead_were_mourned_is_not_where_they_fell() -> None:
    """شيعت جموع غفيرة بمركز مسلية الجندي ... استشهد بالشريط الحدودي بمحافظة الطوال: the funeral's town is no
    scene."""
    text = ("شيعت جموع غفيرة عصر أمس بمركز مسلية بمحافظة بيش الجندي يحيى الشاجري. وكان الجندي استشهد صباح أمس "
            "بالشريط الحدودي بمحافظة الطوال جنوب منطقة جازان إثر سقوط قذيفة هاون.")
    events = extract(text, published=date(2015, 8, 6))
    assert [(e.sub_event_type, e.location) for e in events] == [("Shelling/artillery/missile attack", "Al-Tuwal")]


def test_the_coalition_called_al_itilaf_is_the_global_coalition() -> None:
    events = extract("نفذ الائتلاف الدولي بقيادة أميركية أمس غارات جوية على جسرين في محافظة دير الزور في شرق سوريا.",
                     published=date(2015, 7, 31))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Air/drone strike", "Global Coalition Against Daesh")]


def test_an_event_borrowing_a_place_skips_the_city_a_direction_is_taken_from() -> None:
    """بلدتي الوهط وصبر التابعتين لمحافظة لحج شمال مدينة عدن: the fighting told next is in Lahj, not in Aden."""
    events = extract("وقال مصدر إن المقاومة والجيش استكملوا سيطرتهم على بلدتي الوهط وصبر التابعتين لمحافظة لحج شمال مدينة "
                     "عدن. وذكر المصدر أن معارك عنيفة اندلعت أمس أدت إلى مقتل 30 مسلحا حوثيا.",
                     published=date(2015, 7, 27))
    assert [(e.sub_event_type, e.admin1, e.fatalities) for e in events] == [("Armed clash", "Lahj", 30)]


def test_a_side_named_for_its_own_country_still_places_its_acts_there() -> None:
    """قوات جيش جنوب السودان: the army's own country is where it acts when nothing finer is told."""
    events = extract("قالت منظمة حقوقية أمس إن قوات جيش جنوب السودان نفذت عمليات اغتصاب جماعية بحق مدنيات.",
                     published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.country) for e in events] == [("Sexual violence", "South Sudan")]


def test_a_place_whose_region_is_told_in_brackets_lies_there() -> None:
    """والمنية - بحنين (شمال لبنان): not El Menia in Algeria, which the gazetteer also calls المنية."""
    text = ("وقال بيان للجيش اللبناني إن قوة من الجيش أوقفت أمس في محلتي تعنايل - زحلة (شرق لبنان)، والمنية - بحنين "
            "(شمال لبنان) 23 شخصا للاشتباه بانتمائهم إلى تنظيمات إرهابية.")
    result = Extractor().extract(text, published=date(2015, 7, 25), mentions=True)
    assert {p.place.country for p in result.places if p.place} == {"LB"}
    assert [(e.sub_event_type, e.actor1, e.country) for e in result.events] == [
        ("Arrests", "Military Forces of Lebanon", "Lebanon")]


def test_a_neighbourhood_filed_under_another_country_than_its_city_stays() -> None:
    events = extract("اعتقلت قوات الاحتلال أمس ثلاثة شبان من بلدة العيسوية شمال شرق القدس المحتلة.",
                     published=date(2015, 8, 1))
    assert [e.location for e in events] == ["Al-Issawiya"]


@pytest.mark.parametrize(
    "text, fatalities",
    [
        ("أفادت مصادر طبية أمس بمقتل شرطي في هجوم مسلح على حاجز أمني بمدينة العريش.", 1),
        ("اغتال مسلحون من حركة الشباب نائبا في البرلمان أمس في مقديشو.", 1),
    ],
)
def test_one_person_named_after_a_reported_death_counts_one(text: str, fatalities: int) -> None:
    """بمقتل شرطي (a report's ب before the noun of the death), اغتال ... نائبا (an assassination kills)."""
    assert [e.fatalities for e in extract(text, published=date(2015, 8, 1))] == [fatalities]


def test_earlier_this_week_starts_another_incident() -> None:
    events = extract("اغتال مسلحون من حركة الشباب نائبا في البرلمان السبت في مقديشو. وفي وقت سابق من هذا الأسبوع، "
                     "قتل ثمانية مدنيين في هجوم على سوق في مقديشو.", published=date(2015, 7, 26))
    assert sorted(e.fatalities for e in events) == [1, 8]


@pytest.mark.parametrize(
    "text",
    [
        "وظهر زعيم التنظيم أمس في تسجيل مصور وهو يتوعد بقتل قائد الجيش في بنغازي.",
        "وصرت أسمع وأقرأ كل يوم أن الفصيل الفلاني اغتال قائد الفصيل العلاني في إدلب.",
    ],
)
def test_threats_and_so_and_so_are_no_events(text: str) -> None:
    assert [e.sub_event_type for e in extract(text, published=date(2015, 8, 1))] == []


@pytest.mark.parametrize("text", [
    "أطلق مسلحون صاروخين أمس على حي سكني في مدينة عدن ما أدى إلى مقتل خمسة مدنيين.",
    "سقطت قذيفتان أمس على حي سكني في مدينة عدن ما أدى إلى مقتل خمسة مدنيين.",
])
def test_two_rockets_or_shells_told_in_the_dual_are_shelling(text: str) -> None:
    events = extract(text, published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Shelling/artillery/missile attack", 5)]


@pytest.mark.parametrize(("text", "expected"), [
    ("أمطرت الميليشيات الحوثية أمس حي دار سعد في مدينة عدن بصواريخ الكاتيوشا وقنابل الهاون مما أدى إلى مقتل 43 مدنيا.",
     ("Shelling/artillery/missile attack", "Houthi Movement", 43)),
    ("انفجرت قنبلة يدوية أمس في سوق بمدينة عدن ما أدى إلى إصابة ثلاثة مدنيين.", ("Grenade", None, 0)),
])
def test_a_bomb_word_named_by_the_weapon_after_it_is_that_weapon(text: str, expected: tuple) -> None:
    """قنابل الهاون: mortar rounds, shelling; not a planted bomb (قنابل alone is read as one)."""
    events = extract(text, published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.actor1 if e.actor1 and "Unidentified" not in e.actor1 else None, e.fatalities)
            for e in events] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("استهدف تفجير انتحاري مسجدا في أبها أمس وراح ضحيته 15 رجل أمن و3 عمال وأصيب 33 آخرون.",
     (18, [("injured", 33), ("killed", 3), ("killed", 15)])),
    ("انفجرت سيارة مفخخة أمس في سوق بمدينة بعقوبة ذهب ضحيتها 26 شخصا وأصاب 227 آخرين.",
     (26, [("injured", 227), ("killed", 26)])),
])
def test_the_dead_an_attack_claimed_and_the_hurt_it_caused_are_counted(text: str, expected: tuple) -> None:
    """راح ضحيته، ذهب ضحيتها: the dead the attack claimed; وأصاب 227: those it hurt, not more dead."""
    events = extract(text, published=date(2015, 8, 7))
    assert [(e.fatalities, sorted((c.kind, c.value) for c in e.counts)) for e in events] == [expected]


def test_a_police_station_attacked_is_the_polices_loss_and_a_cell_for_the_abducted_is_not() -> None:
    """ووقع الهجوم في قسم الشرطة: the station's force is hit, not the attacker; أودعتهم قسم الشرطة: the
    abducted are held there, the police are no side."""
    events = extract("أصيب سبعة أشخاص أمس في هجوم بقنبلة يدوية في بلدة بيسميل في ديار بكر، ووقع الهجوم في قسم الشرطة.",
                     published=date(2015, 7, 25))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Grenade", "Police Forces of Turkey")]
    assert "Police" not in (events[0].actor1 or "")
    events = extract("اختطفت ميليشيات الحوثي أمس ثلاثة من قيادات حزب الإصلاح في صنعاء وأودعتهم أحد أقسام الشرطة.",
                     published=date(2015, 8, 10))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Abduction/forced disappearance", "Houthi Movement", "Civilians (Yemen)")]


@pytest.mark.parametrize("text", [
    "هاجم مسلحون أمس مركزا للشرطة في مدينة العريش.",
    "استهدف مسلحون أمس حاجزا للجيش في مدينة العريش بقذائف الهاون.",
])
def test_the_owners_of_a_post_told_indefinite_are_hit(text: str) -> None:
    """مركزا للشرطة، حاجزا للجيش: the indefinite accusative (with its alif) is still a post owned by the force."""
    events = extract(text, published=date(2015, 8, 6))
    assert len(events) == 1 and events[0].actor2 is not None and "Egypt" in events[0].actor2
    assert "Egypt" not in (events[0].actor1 or "") or "Unidentified" in events[0].actor1


def test_tightening_control_is_not_a_court_ruling() -> None:
    """إحكام السيطرة (tightening control) is written like أحكام (rulings) without its hamza: still ground taken."""
    events = extract("وتمكنت قوات المقاومة الشعبية أمس من إحكام السيطرة على قصر المعاشيق في عدن.", published=date(2015, 7, 23))
    assert [(e.sub_event_type, e.location) for e in events] == [("Non-state actor overtakes territory", "Maashiq Palace")]


def test_most_of_a_city_taken_is_ground_taken() -> None:
    """سيطرت على معظم أحيائها: معظم counts what is taken, it tells no span of holding."""
    events = extract("سيطرت المقاومة الشعبية أمس على معظم أحياء مدينة لودر في محافظة أبين بعد معارك مع الحوثيين.",
                     published=date(2015, 7, 30))
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Non-state actor overtakes territory", "Popular Resistance (Yemen)")]


def test_the_side_a_force_is_named_against_is_not_its_doer() -> None:
    """القوات المحلية المناهضة للحوثيين سيطرت على المطار: the Houthis are who the force opposes; with the force
    itself unnamed, nobody known took the airport, and the Houthis surely did not."""
    events = extract("قال مصدر إن المقاومة الشعبية قاتلت في عدن. واستطاعت القوات المحلية المناهضة للحوثيين أمس السيطرة "
                     "على مطار عدن.", published=date(2015, 7, 23))
    assert all(e.actor1 != "Houthi Movement" for e in events)


def test_the_owners_of_a_post_attacked_are_hit_past_its_adjective() -> None:
    """ثكنة عسكرية لجنود الحرس الثوري: the Guards own the barracks attacked; they are not the attackers."""
    events = extract("هاجم مسلحون أكراد ليلة السبت ثكنة عسكرية لجنود الحرس الثوري الإيراني قرب مدينة مريوان غربي إيران.",
                     published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Islamic Revolutionary Guard Corps")]


def test_a_plural_verb_of_shelling_tells_the_shelling() -> None:
    """قصفوا: the masculine plural of قصفت, as common when the subject is a group of fighters."""
    events = extract("وذكر شهود عيان أن الحوثيين وقوات صالح قصفوا بشكل عنيف منطقة دار سعد أمس، ما أدى إلى سقوط 43 "
                     "قتيلا على الأقل من المدنيين.", published=date(2015, 7, 22))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Houthi Movement", 43)]


def test_a_claim_after_a_name_and_its_alias_names_the_doer() -> None:
    """أعلن تنظيم الدولة الإسلامية (داعش) مسؤوليته: the claim follows the whole name, alias included."""
    events = extract("قال مسؤولون إن عدد قتلى التفجير بسيارة مفخخة في سوق شعبي بمحافظة ديالى الجمعة بلغ 120 على "
                     "الأقل، وأعلن تنظيم الدولة الإسلامية (داعش) مسؤوليته عن الهجوم.", published=date(2015, 7, 19))
    assert [(e.actor1, e.fatalities) for e in events] == [("Islamic State (Iraq)", 120)]


def test_claimed_the_lives_of_is_a_toll() -> None:
    events = extract("قالت الشرطة إن انفجار سيارة مفخخة أودى بحياة ثلاثة مدنيين أمس في بلدة خان بني سعد.",
                     published=date(2015, 7, 19))
    assert [e.fatalities for e in events] == [3]


@pytest.mark.parametrize(
    "text",
    [
        "وصلت أمس إلى مطار عدن الدولي بعد تحريره من ميليشيات الحوثي المتمردة طائرة سعودية تحمل مساعدات. من ناحية "
        "ثانية، تعرض مطار عدن الدولي أمس لقصف صاروخي خلال تسليم الطائرة السعودية المساعدات الإنسانية.",
        "تقدمت الكنائس الكاثوليكية أمس بشكوى أمام الشرطة الإسرائيلية في القدس ضد ناشط دعا إلى إحراق كنائس.",
    ],
)
def test_handing_over_or_submitting_is_no_change_of_ground(text: str) -> None:
    """تسليم الطائرة المساعدات: aid handed over; تقدمت بشكوى: a complaint submitted."""
    assert [e.sub_event_type for e in extract(text, published=date(2015, 8, 5)) if "territory" in e.sub_event_type] == []


def test_handing_over_posts_is_a_transfer_of_territory() -> None:
    events = extract("وأعلنت جبهة النصرة أمس تسليم جميع مقراتها في مدينة اعزاز بريف حلب لفصائل أخرى.",
                     published=date(2015, 8, 5))
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]


def test_arrests_every_day_are_no_events_toll() -> None:
    events = extract("كما يستمر اعتقال ناشطين أكراد أو مؤيدين لتنظيم داعش بالعشرات يوميا في أنقرة، بحسب الصحف.",
                     published=date(2015, 7, 30))
    assert [sorted(c.value or 0 for c in e.counts) for e in events if e.counts] == []


def test_a_lone_village_of_a_country_named_nowhere_else_is_a_namesake() -> None:
    """قرية العقبة in a report on the Jordan Valley: not the Yemeni village GeoNames knows by the name."""
    result = Extractor().extract("هدمت جرافات الاحتلال أمس منشآت زراعية في قرية العقبة شرق طوباس بالضفة الغربية.",
                                 published=date(2015, 8, 5))
    assert [p.place.country for p in result.places if p.place and p.text.endswith("العقبة")] == []


def test_a_lone_small_town_abroad_in_a_report_on_one_country_is_a_namesake() -> None:
    """المفرق after على in a report on Aden, Lahj and Taiz: Yemen's al-Mafraq, not the Jordanian town, whose
    country the article never names; a big city abroad (القاهرة) stays."""
    text = ("سيطرت المقاومة الشعبية أمس على حي التواهي في عدن، وتقدمت نحو محافظة لحج، فيما تستمر المعارك في تعز. وقال "
            "مصدر في المقاومة إنها سيطرت على المفرق عقب اشتباكات استمرت لساعات. وقال وزير الخارجية في القاهرة إن "
            "الحل سياسي.")
    result = Extractor().extract(text, published=date(2015, 7, 21))
    assert [(p.text, p.place.country) for p in result.places if p.place and p.place.country != "YE"] == [
        ("القاهرة", "EG")]


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        ("وقال ناشطون إن المعارضة السورية المسلحة استعادت أمس السيطرة على تل الشيخ حسين في ريف درعا بعد مواجهات "
         "مع قوات النظام.", "Non-state actor overtakes territory"),
        ("وأعلنت قيادة التحالف العربي أمس أن قواتها استعادت السيطرة على مطار عدن الدولي بعد معارك مع الحوثيين.",
         "Government regains territory"),
    ],
)
def test_ground_taken_is_coded_by_who_takes_it(text: str, sub_event_type: str) -> None:
    """ACLED tells its two sub-types of ground taken by the side that takes it, not by the verb (استعادت)."""
    events = extract(text, published=date(2015, 7, 21))
    assert [e.sub_event_type for e in events if "territory" in e.sub_event_type] == [sub_event_type]


@pytest.mark.parametrize(
    "text, fatalities",
    [
        ("وأعلن الجيش التركي أن جنديا قتل وأصيب ثلاثة آخرون أمس في هجوم على مخفر بإقليم شرناق.", 1),
        ("وقالت مصادر أمس إنّ شخصًا كان مرافقًا لقيادي في حركة فتح، قتل في هجوم مسلح في مخيم عين الحلوة جنوب "
         "لبنان.", 1),
    ],
)
def test_one_person_after_anna_is_the_subject_of_the_verb_of_death(text: str, fatalities: int) -> None:
    """أنّ جنديا قتل: the noun after أنّ is its subject, in the accusative, and counts one."""
    assert [e.fatalities for e in extract(text, published=date(2015, 7, 25))] == [fatalities]


def test_a_capital_a_figure_is_told_according_to_is_no_place() -> None:
    """بحسب أنقرة: Turkey's government says so; the strikes fell in northern Iraq, not in Ankara."""
    events = extract("قتل 260 مقاتلا كرديا على الأقل وجرح زهاء 400 في الضربات الجوية التركية الأخيرة في شمال "
                     "العراق بحسب أنقرة.", published=date(2015, 8, 3))
    assert [(e.sub_event_type, e.country) for e in events] == [("Air/drone strike", "Iraq")]


def test_civilians_named_by_nationality_are_of_that_nationality() -> None:
    """3 فلسطينيين in Jerusalem (filed under Israel by the gazetteer) are Palestinian civilians."""
    events = extract("استشهد 3 فلسطينيين برصاص قوات الاحتلال الإسرائيلي أمس في القدس المحتلة.", published=date(2015, 8, 7))
    assert [e.actor2 for e in events] == ["Civilians (Palestine)"]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مصادر إن قوات الاحتلال الإسرائيلي قتلت أمس 3 فلسطينيين في القدس المحتلة.",
        "قتلت قوات الاحتلال الإسرائيلي أمس 3 فلسطينيين في القدس المحتلة.",
    ],
)
def test_a_killing_whose_subject_is_an_armed_side_is_political_violence(text: str) -> None:
    """قوات الاحتلال قتلت: a verb of killing with a force for its subject, though no weapon is named."""
    assert [(e.actor1, e.fatalities) for e in extract(text, published=date(2015, 8, 7))] == [
        ("Military Forces of Israel", 3)]


def test_the_death_of_a_soldier_names_no_killer() -> None:
    """استشهاد جندي إماراتي: a noun of death; the soldier's army killed no one."""
    assert [e.sub_event_type for e in extract("وأعلنت الإمارات أمس استشهاد جندي إماراتي في اليمن.",
                                              published=date(2015, 8, 7))] == []


def test_an_advance_toward_a_place_takes_no_ground() -> None:
    events = extract("وتقدمت المقاومة الشعبية أمس مدعومة بوحدات عسكرية نحو مطار تعز الدولي.", published=date(2015, 8, 4))
    assert [e.sub_event_type for e in events if "territory" in e.sub_event_type] == []


def test_an_advance_with_no_side_advancing_takes_no_ground() -> None:
    """تقدم with no armed side as its subject: progress (مدى تقدم العمليات), or what something offers."""
    events = extract("زار وزير الدفاع الأمريكي بغداد أمس للاطلاع على مدى تقدم العمليات العسكرية ضد داعش. وقتل جنديان "
                     "عراقيان في اشتباكات مع التنظيم في الرمادي أمس.", published=date(2015, 8, 4))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Armed clash", "Ramadi", 2)]
    events = extract("قال القيادي الحوثي إن الأمم المتحدة لا تقدم شيئا لأهالي مدينة تعز المحاصرة من المسلحين.",
                     published=date(2015, 8, 4))
    assert events == ()


def test_bodies_or_a_state_regained_are_no_ground() -> None:
    """استعادة جثث قتلاها، استعادة الشرعية: not territory; استعادت المقاومة مدينة زنجبار is."""
    assert extract("وقالت المقاومة الشعبية في تعز إنها حاولت التواصل مع ممثلين للحوثيين أمس لأجل استعادة جثث بعض "
                   "قتلاها.", published=date(2015, 8, 3)) == ()
    assert extract("وتعهد التحالف أمس باستمرار دعم المقاومة الشعبية في كل جبهات القتال حتى استعادة الشرعية في مدينة "
                   "عدن.", published=date(2015, 8, 3)) == ()
    events = extract("استعادت المقاومة الشعبية أمس مدينة زنجبار من الحوثيين.", published=date(2015, 8, 3))
    assert [(e.sub_event_type, e.actor1, e.location) for e in events] == [
        ("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Zinjibār")]


def test_liberation_as_a_cause_takes_no_ground() -> None:
    """جيل التحرير، معركة التحرير: the cause a camp trains for; تحرير محافظة لحج frees a place."""
    assert extract("افتتحت كتائب عز الدين القسام صباح السبت مخيمات للتدريب العسكري تحمل اسم طلائع التحرير في قطاع "
                   "غزة. وقالت القسام إن الهدف تأهيل جيل التحرير ليكون مستعدا لأداء دوره في معركة التحرير.",
                   published=date(2015, 7, 26)) == ()
    events = extract("تمكن مقاتلو المقاومة الشعبية أمس من تحرير محافظة لحج من مسلحي الحوثي. وأكدت المقاومة سقوط "
                     "قتلى في عملية التحرير.", published=date(2015, 8, 6))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.admin1) for e in events] == [
        ("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Houthi Movement", "Lahj")]


@pytest.mark.parametrize(
    "text",
    [
        "أطلق مسلحون مجهولون النار أمس على رجل في مدينة سبها فلقي مصرعه.",
        "هاجم حشد غاضب أمس رجلا في سوق مدينة سبها، وأوسعوه ضربا حتى فارق الحياة.",
    ],
)
def test_one_death_told_by_a_word_alone_is_counted(text: str) -> None:
    """فلقي مصرعه، حتى فارق الحياة: the clause's own words say one person died, with no figure."""
    events = extract(text, published=date(2015, 8, 1))
    assert [(e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [(1, [("killed", 1)])]
    _check_offsets(text, events)


def test_arms_seized_are_no_one_arrested() -> None:
    """القبض على عدد (10) مسدس: pistols seized at the border, no one held."""
    assert [e.sub_event_type for e in extract(
        "تمكنت دوريات حرس الحدود بقطاع ظهران الجنوب بمنطقة عسير أمس من القبض على عدد (10) مسدس وعدد (8) رشاش.",
        published=date(2015, 7, 26))] == []


def test_the_bombardment_that_aimed_at_a_place_is_the_strike_told_before() -> None:
    """القصف استهدف قرية: what the strike just told aimed at, not another shelling by an unknown side."""
    events = extract("أعلن المرصد السوري أن 12 مدنيا قتلوا في قصف لطيران النظام السوري بالبراميل المتفجرة أمس على قرية قصر "
                     "البريج في ريف حلب. وأفاد المرصد أن القصف استهدف قرية يسيطر عليها تنظيم داعش.",
                     published=date(2015, 7, 23))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Air/drone strike", "Military Forces of Syria (2000-2024)", 12)]


def test_attacks_counted_since_a_day_last_week_are_a_running_toll() -> None:
    """قتل 17 ... في هجمات ... منذ التصعيد الأخير الأسبوع الماضي: the day after منذ opens the period, it does not
    make the attacks of the whole week today's news."""
    events = extract("قتل جندي تركي وجرح أربعة آخرون فجر الأحد عندما انفجر لغم أرضي بقافلة عسكرية في مدينة مديات بمحافظة "
                     "ماردين. وبحسب حصيلة لوكالة فرانس برس، قتل 17 عنصرا من قوات الأمن في هجمات نسبت للمتمردين الأكراد "
                     "منذ التصعيد الأخير الأسبوع الماضي.", published=date(2015, 8, 2))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", "Midyat", 1)]


def test_mines_cleared_are_no_blast() -> None:
    assert extract("وتمكن الفريق الهندسي المرافق للقوات الشرعية أمس من نزع أكثر من 40 لغما زرعها الحوثيون على الطريق "
                   "إلى مدينة عدن.", published=date(2015, 8, 4)) == ()


def test_care_for_the_hurt_is_no_news_of_their_hurt() -> None:
    """لعلاج ضحايا: the doctors sent are not two dead."""
    assert extract("أرسلت الهيئة طبيبين إلى عدن لعلاج ضحايا ميليشيات الحوثي.", published=date(2015, 8, 4)) == ()
    events = extract("أرسلت الهيئة فريقا طبيا إلى عدن لعلاج الجرحى بعد مقتل ثلاثة مدنيين في قصف للحوثيين على المدينة أمس.",
                     published=date(2015, 8, 4))
    assert [(e.sub_event_type, e.fatalities, [c.kind for c in e.counts]) for e in events] == [
        ("Shelling/artillery/missile attack", 3, ["killed"])]


def test_a_side_advancing_into_a_place_takes_it() -> None:
    events = extract("وتقدمت قوات المقاومة الشعبية أمس ووصلت إلى مصنع الحديد في منطقة الوهط بمحافظة لحج.",
                     published=date(2015, 8, 4))
    assert [(e.sub_event_type, e.actor1, e.admin1) for e in events] == [
        ("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Lahj")]


def test_a_part_of_a_country_borrows_no_town_outside_that_part() -> None:
    """في شمال العراق: the event is in northern Iraq, not in Baghdad named elsewhere in the article."""
    events = extract("زار رئيس الوزراء العراقي بغداد أمس. وقتل ستة مدنيين في غارات جوية تركية على قرية في شمال العراق "
                     "أمس.", published=date(2015, 8, 3))
    assert [(e.location, e.geo_precision) for e in events] == [("Iraq", 3)]
    events = extract("زار رئيس الوزراء العراقي كركوك أمس. وقتل ستة مدنيين في غارات جوية تركية على قرية في شمال "
                     "العراق أمس.", published=date(2015, 8, 3))
    assert [e.location for e in events] == ["Kirkuk"]


def test_people_held_are_no_toll_of_the_dead() -> None:
    """14 قتلوا علاوة على احتجاز 40 آخرين: forty held, not forty more dead."""
    events = extract("سيطر الجيش أمس على مدينة لودر، وذكرت مصادر محلية أن 14 حوثيا قتلوا علاوة على احتجاز 40 "
                     "آخرين.", published=date(2015, 7, 31))
    assert [e.fatalities for e in events if e.fatalities] == [14]


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت وزارة الداخلية الكويتية، اليوم الخميس، عن ضبط شبكة إرهابية تابعة لتنظيم داعش في الكويت تضم 5 كويتيين.",
        "أعلنت وزارة الداخلية الكويتية القبض على خمسة أشخاص ينتمون إلى تنظيم داعش في الكويت.",
    ],
)
def test_the_group_the_arrested_belong_to_is_held_not_holding(text: str) -> None:
    """شبكة تابعة لتنظيم داعش، ينتمون إلى: the group is whose members are held; the country's police hold them."""
    events = extract(text, published=date(2015, 7, 30))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Arrests", "Police Forces of Kuwait", "Islamic State")]


@pytest.mark.parametrize(
    "text",
    [
        "نشر تنظيم «جبهة النصرة» ذراع تنظيم القاعدة في سوريا شريط فيديو يؤكد فيه قيامه أمس بخطف 8 مقاتلين من "
        "الفرقة 30 في ريف حلب.",
        "وخطفت جبهة النصرة -وهي جناح تنظيم القاعدة في البلاد- أمس 8 مقاتلين من الفرقة 30 في ريف حلب.",
    ],
)
def test_the_parent_a_group_is_a_branch_of_is_no_side(text: str) -> None:
    """«جبهة النصرة» ذراع تنظيم القاعدة: a description of the group, not the side it takes (the division hit is
    not in the actor list: its fighters are read as the country's people)."""
    events = extract(text, published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.assoc_actor_2) for e in events] == [
        ("Abduction/forced disappearance", "Jabhat al Nusra", "Civilians (Syria)", ())]


def test_a_day_a_town_is_named_after_is_the_day_without_a_word_for_a_town() -> None:
    """العاشر من رمضان is a day (and an Egyptian town): the ground told after it is where the event is."""
    events = extract("وقد استعد تنظيم داعش للمناسبة، وهي العاشر من رمضان، بالإعلان عن سيطرته أمس على مدينة كوباني.",
                     published=date(2015, 6, 28))
    assert [(e.sub_event_type, e.location) for e in events] == [("Non-state actor overtakes territory", "Kobani")]
    result = Extractor().extract("وقع انفجار أمس في مدينة العاشر من رمضان بمحافظة الشرقية.", published=date(2015, 6, 28),
                                 mentions=True)
    assert [p.place.name_en for p in result.places if p.place][:1] == ["Al ‘Āshir min Ramaḑān"]


def test_the_forces_of_bashar_al_assads_regime_are_the_syrian_army() -> None:
    events = extract('أعلن المرصد مقتل امرأة وثلاثة أطفال في مخيم درعا "جراء قصف بصاروخ من قوات نظام بشار الأسد" أمس.',
                     published=date(2015, 7, 25))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Military Forces of Syria (2000-2024)", "Civilians (Syria)", 4)]


def test_the_staff_of_a_force_killed_are_that_force_hit() -> None:
    """ثلاثة من منسوبي حرس الحدود: the border guards are the dead, the shells came from across the border."""
    events = extract("استشهد ثلاثة من منسوبي حرس الحدود أمس بعد تعرض مركزهم في ظهران الجنوب لقذائف من داخل الأراضي "
                     "اليمنية.", published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Unidentified Armed Group (Yemen)", "Military Forces of Saudi Arabia", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقالت مصادر فلسطينية إن مواجهات عنيفة اندلعت صباح اليوم بين مصلين فلسطينيين والشرطة الإسرائيلية في المسجد "
         "الأقصى.", ("Violent demonstration", "Rioters (Palestine)", "Police Forces of Israel")),
        ("اندلعت مواجهات أمس بين شبان فلسطينيين وقوات الاحتلال في بلدة بيت أمر شمال الخليل.",
         ("Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel")),
        # civilians killed in a fight between armed sides are its victims, not a side
        ("قتل ثلاثة مدنيين أمس في اشتباكات بين الجيش العراقي ومسلحي داعش في مدينة الرمادي.",
         ("Armed clash", "Military Forces of Iraq (2014-)", "Islamic State (Iraq)")),
    ],
)
def test_a_crowd_clashing_with_a_force_is_a_riot(text: str, expected: tuple) -> None:
    events = extract(text, published=date(2015, 7, 27))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [expected]


def test_counter_terrorism_police_are_police() -> None:
    events = extract("قصفت مقاتلات تركية أمس مواقع لتنظيم داعش في سوريا، بينما داهمت شرطة مكافحة الإرهاب منازل يشتبه "
                     "بأنها تابعة للتنظيم في مدينة إسطنبول.", published=date(2015, 7, 25))
    assert [(e.sub_event_type, e.actor1, e.location) for e in events] == [
        ("Air/drone strike", "Military Forces of Turkey", "Syria"), ("Arrests", "Police Forces of Turkey", "Istanbul")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت السلطات المغربية أمس تفكيك خلية إرهابية تضم ثمانية أعضاء ناشطين في مدينة طنجة.",
         ("Police Forces of Morocco", "Unidentified Armed Group (Morocco)")),
        # held by: اعتقاله لدى المقاومة
        ("وتواترت الأنباء أمس عن اعتقال عبد الخالق الحوثي لدى المقاومة الشعبية في مدينة عدن.",
         ("Popular Resistance (Yemen)", "Houthi Movement")),
        # after a finite verb the subject comes first
        ("اعتقلت الشرطة التركية أمس 20 شخصا في اسطنبول.", ("Police Forces of Turkey", "Civilians (Turkey)")),
    ],
)
def test_the_object_of_a_noun_of_arrest_is_held(text: str, expected: tuple) -> None:
    events = extract(text, published=date(2015, 7, 22))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [("Arrests", *expected)]


def test_a_checkpoint_belonging_to_a_side_arrests_for_it() -> None:
    events = extract("ألقت نقطة تفتيش تابعة للمقاومة الشعبية في تعز القبض أمس على قيادي حوثي متنكر بزي امرأة.",
                     published=date(2015, 7, 23))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Arrests", "Popular Resistance (Yemen)")]


def test_a_force_detaining_people_arrests_them() -> None:
    events = extract("واحتجز مسلحون حوثيون أمس 16 شخصا في حي الجحملية بمدينة تعز.", published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Arrests", "Houthi Movement")]


def test_a_claimants_name_ends_before_its_claim() -> None:
    """أعلن متمردو حركة الشباب مسؤوليتهم: the source is the rebels, not "... مسؤوليتهم"."""
    events = extract("أعلن متمردو \"حركة الشباب\" أمس مسؤوليتهم عن اغتيال نائب في البرلمان الصومالي في مقديشو.", published=date(2015, 7, 26))
    assert [e.sources for e in events] == [("متمردو حركة الشباب",)]


def test_a_verb_of_telling_in_a_later_clause_cites_no_source_for_the_clause_before() -> None:
    """في الوقت الذي أعلنت فيه المقاومة مقتل 22: the resistance gives the 22, not the 8 told before; and
    its name follows فيه, which is no part of it."""
    events = extract("لقي 8 أشخاص من عائلة واحدة مصرعهم بقصف لميليشيا الحوثي على دار سعد شمال عدن، ويأتي ذلك في "
                     "الوقت الذي أعلنت فيه المقاومة اليمنية اليوم عن مقتل 22 من ميليشيا الحوثي باشتباكات معها "
                     "قرب قاعدة العند.", published=date(2015, 7, 21))
    assert [(e.sub_event_type, [(c.kind, c.value, c.attributed_to) for c in e.counts]) for e in events] == [
        ("Shelling/artillery/missile attack", [("killed", 8, None)]),
        ("Armed clash", [("killed", 22, "Popular Resistance (Yemen)")])]


def test_according_to_at_the_end_of_a_sentence_covers_its_clauses() -> None:
    events = extract("قتل خمسة مدنيين في قصف على مدينة تعز أمس، فيما قتل ثلاثة في غارة على صعدة، بحسب مصادر "
                     "محلية.", published=date(2015, 7, 21))
    assert [[(c.value, c.attributed_to) for c in e.counts] for e in events] == [
        [(5, "مصادر محلية")], [(3, "مصادر محلية")]]


def test_a_report_that_goes_on_after_a_past_event_named_gives_this_events_toll() -> None:
    """بعد تحرير عدن names a past event; مشيرا إلى أن opens the speaker's figures of the strikes told."""
    events = extract("وأضاف المركز الإعلامي للمقاومة أن طائرات التحالف شنت غارات مكثفة صباح أمس على مواقع التمرد "
                     "حول مدينة تعز، بعد تحرير عدن والحوطة، مشيرا إلى أن 14 متمردا لقوا حتفهم نتيجة الغارات.",
                     published=date(2015, 8, 9))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Air/drone strike", "Taiz", 14)]


@pytest.mark.parametrize(("text", "location"), [
    ("وقال المسؤول الصحي في عدن الخضر لصور إن مدنيين قتلوا أمس بانفجار ألغام أرضية تركها الحوثيون في زنجبار.",
     "Zinjibār"),
    # the speaker's town with no other place told: it may well be where it happened
    ("وقال المسؤول الصحي في عدن إن مدنيين قتلوا أمس بانفجار ألغام أرضية تركها الحوثيون.", "Aden"),
    # a place that only locates the speaker's town is no other place of the news
    ("وقال المسؤول في مدينة سبها جنوب طرابلس: «سقط 40 قتيلا أمس في اشتباكات عنيفة بين التبو والطوارق».", "Sabha"),
])
def test_the_town_of_a_speakers_office_gives_way_to_the_place_told(text: str, location: str) -> None:
    events = extract(text, published=date(2015, 8, 9))
    assert [e.location for e in events] == [location]


def test_what_a_shelling_answers_is_neither_its_place_nor_its_side_with_words_said_between() -> None:
    """ردا بحسب قولها، على تعرض بلدة الزبداني لهجوم من حزب الله: the town and the side of the attack answered."""
    events = extract("قصفت الفصائل المقاتلة أمس بلدتي الفوعة وكفريا في محافظة إدلب بالقذائف الصاروخية، ردا بحسب قولها، "
                     "على تعرض بلدة الزبداني لهجوم من حزب الله اللبناني.", published=date(2015, 7, 21))
    assert [(e.location, e.actor2) for e in events] == [("Al-Fuah", None)]


def test_a_capital_holding_ground_is_its_state_not_a_place() -> None:
    """المناطق الساحلية التي تسيطر عليها دمشق: the government holds the coast; Damascus is no place of the fight."""
    events = extract("استعاد الجيش السوري أمس السيطرة على عدد من القرى في سهل الغاب القريب من المناطق الساحلية التي "
                     "تسيطر عليها دمشق.", published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.location) for e in events] == [("Government regains territory", "Al-Ghab plain")]


@pytest.mark.parametrize("text", [
    "أوضحت المديرية العامة للشؤون الصحية بمنطقة عسير أن عدد المصابين الذين غادروا مستشفى عسير المركزي جراء تفجير "
    "مسجد إدارة الطوارئ بالمنطقة بلغ 19 حالة.",
    "زار مدير جوازات منطقة عسير المصابين في حادثة تفجير مسجد قوات الطوارئ الخاصة بمستشفى عسير المركزي.",
    "سبق حادثة تفجير مسجد قوات الطوارئ في عسير، 19 يوما من العمل الأمني.",
], ids=["hospital-discharges", "visit", "time-before"])
def test_an_incident_named_as_a_cause_or_a_time_is_no_news(text: str) -> None:
    """جراء تفجير مسجد إدارة الطوارئ، حادثة تفجير مسجد قوات الطوارئ: the bombing the reader knows, named by a chain
    of nouns closed by a definite one; the hospital's discharges and the visit are the news."""
    assert extract(text, published=date(2015, 8, 8)) == ()


def test_a_shooting_told_with_its_day_and_its_dead_is_news_after_hadith() -> None:
    """لحادث إطلاق نار على أحد الطرق: a preposition ends the noun; the incident is told, not named."""
    events = extract("تعرض الإعلامي السوري منهل عبدالقادر لحادث إطلاق نار على أحد الطرق السريعة بالعاصمة اللبنانية "
                     "بيروت، فجر أمس الأربعاء، ما أدى لإصابته بجروح ومقتل زوجته.", published=date(2015, 8, 6))
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Beirut")]


def test_the_dead_of_a_side_named_in_quotes_are_that_sides() -> None:
    """مقتل 20 من «الحوثيين»: the quotes do not make the Houthis the side that acts."""
    events = extract("قتل 20 من «الحوثيين» اليوم في اشتباكات على تخوم لودر في محافظة أبين.", published=date(2015, 8, 10))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "Unidentified Armed Group (Yemen)", "Houthi Movement", 20)]


def test_al_qaeda_before_a_strike_is_the_side_hit_not_a_rocket_base() -> None:
    """القاعدة is also a launcher (قاعدة صواريخ), but with the article before a strike it is al-Qaeda."""
    events = extract("قتل أربعة من عناصر القاعدة أمس في غارة في مديرية المحفد بمحافظة أبين.",
                     published=date(2015, 7, 30))
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Air/drone strike", "AQAP: Al Qaeda in the Arabian Peninsula", 4)]


@pytest.mark.parametrize("text", [
    "قتل 22 من رجال الأمن في هجمات في ولاية هكاري في الفترة من 7 يوليو إلى 5 أغسطس.",
    "وشهدت نفس الفترة مقتل 11 إرهابيا خلال اشتباكات مع قوات الأمن في جنوب شرق تركيا.",
], ids=["from-to", "same"])
def test_a_figure_told_of_the_same_period_sums_it_up(text: str) -> None:
    """نفس الفترة، في الفترة نفسها، في الفترة من ... وحتى: a period's toll, no one event's."""
    assert [e.fatalities for e in extract(text, published=date(2015, 8, 7)) if e.fatalities] == []


def test_a_side_named_in_a_concession_is_no_side_of_the_event() -> None:
    """رغم تكثيف قوات التحالف لغاراته: what the takeover overcame; the coalition is not the side that lost ground."""
    events = extract("سيطر الحوثيون أمس على مديرية الوضيع رغم تكثيف قوات التحالف لغاراته على مواقعهم.",
                     published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Non-state actor overtakes territory", "Houthi Movement", None)]


def test_a_foiled_bombing_is_no_blast_but_a_foiled_ground_attack_is_a_fight() -> None:
    """أحبطت الشرطة أمس محاولة تفجير: nothing blew up; أحبطت القوات محاولات هجوم: the attack was fought off."""
    assert extract("أحبطت الشرطة أمس محاولة تفجير مقر قوات الطوارئ بالرياض.", published=date(2015, 8, 6)) == ()
    events = extract("أحبطت القوات السعودية أمس محاولات هجوم لمليشيات الحوثي على الحدود قرب محافظة الحرث.",
                     published=date(2015, 7, 22))
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_the_headline_in_a_reports_link_line_restates_its_event() -> None:
    """رابط الخبر بصحيفة الوئام: <headline>: the car bomb told again as an attack on a mosque, no second event."""
    events = extract("قال مصدر أمني إن سيارة ملغومة انفجرت خارج مسجد في ضاحية بشرق العاصمة اليمنية صنعاء اليوم الأربعاء "
                     "الأمر الذي أسفر عن مقتل ثلاثة أشخاص وإصابة سبعة.\nرابط الخبر بصحيفة الوئام: مقتل 3 أشخاص "
                     "باستهداف “داعش” لمسجد في العاصمة اليمنية", published=date(2015, 7, 29))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Remote explosive/landmine/IED", 3)]


@pytest.mark.parametrize(("text", "fatalities"), [
    # the killing answered is the motive's toll
    ("قصفت المدفعية التركية أمس مواقع لداعش في سوريا ردا على مقتل أحد جنودها قرب كيليس.", 0),
    ("هاجم مقاتلو الحزب أمس معسكرا للحرس الثوري في مريوان انتقاما لمقتل أربعة من رفاقهم.", 0),
    # a statement answering a killing: the killing told is the news
    ("أعلن الرئيس الفلسطيني أمس أنه ينوي التوجه إلى المحكمة الدولية ردا على مقتل طفل فلسطيني في حريق أضرمه "
     "مستوطنون بمنزل في بلدة دوما.", 1),
    # a sum risen over days counts other attacks' dead; a toll risen is the event's own
    ("قتل عنصران من الشرطة أمس في هجوم لحزب العمال الكردستاني في ولاية هكاري ليرتفع مجموع ضحايا الهجمات إلى 16 "
     "رجل أمن خلال 10 أيام.", 2),
    ("استقبل مستشفى أبها أمس حالتي وفاة من ضحايا تفجير مسجد قوات الطوارئ ليرتفع إجمالي الوفيات إلى 15 حالة.", 15),
], ids=["answered", "avenged", "statement", "sum-over-days", "own-total"])
def test_a_motives_dead_and_a_sum_over_days_are_not_the_events_toll(text: str, fatalities: int) -> None:
    assert [e.fatalities for e in extract(text, published=date(2015, 7, 31))] == [fatalities]


def test_a_launch_point_is_not_where_the_strike_fell() -> None:
    """انطلاقا من قاعدة بجنوب تركيا: where the aircraft set out from."""
    events = extract("نفذت طائرات التحالف أمس غارات على مواقع لداعش انطلاقا من قاعدة إنجرليك في ولاية أضنة.",
                     published=date(2015, 8, 4))
    assert [e.location for e in events if e.country == "Turkey"] == []


@pytest.mark.parametrize(("text", "location"), [
    ("وفي البيضاء وسط اليمن شنت المقاومة الشعبية أمس هجمات على الحوثيين قتل فيها 10 منهم.", "Al Bayda"),
    ("قصفت طائرات التحالف أمس المجمع الحكومي بالبيضاء في اليمن.", "Al Bayda"),
    # an adjective after its noun is no place (الراية البيضاء: the white flag)
    ("رفع المسلحون الراية البيضاء أمس بعد اشتباكات مع المقاومة في مدينة تعز.", "Taiz"),
], ids=["fi", "bi", "adjective"])
def test_al_bayda_is_a_place_where_no_adjective_can_stand(text: str, location: str) -> None:
    assert [e.location for e in extract(text, published=date(2015, 8, 5))] == [location]


@pytest.mark.parametrize(("text", "location"), [
    ("سيطر الجيش الوطني أمس على مثلث الكهرباء في مديرية لودر المتاخمة للبيضاء في اليمن.", "Lawdar"),
    # the neighbour of an unknown place is the nearest place there is
    ("قصفت مدفعية البيشمركة أمس مواقع لداعش في قرى الحميرة المحاذية لكركوك.", "Kirkuk"),
], ids=["known", "unknown"])
def test_the_neighbour_of_a_known_place_only_locates_it(text: str, location: str) -> None:
    assert [e.location for e in extract(text, published=date(2015, 8, 1))] == [location]


def test_a_fronted_clause_and_the_main_clause_tell_two_events() -> None:
    """وفي حين شنت ... غارات على الجفينة في مأرب، استهدفت ضربات جوية موقعا في عمران: two strikes, two places."""
    events = extract("وفي حين شنت طائرات التحالف أمس غارات على تجمعات الميليشيات جنوب غربي محافظة مأرب، استهدفت ضربات "
                     "جوية موقعا للقوات الموالية لصالح في محافظة عمران.", published=date(2015, 7, 25))
    assert sorted((e.location, e.actor2) for e in events) == [
        ("Amran", "Pro-Saleh Forces (Yemen)"), ("Marib", None)]


def test_a_fronted_clause_that_a_report_of_it_follows_stays_one() -> None:
    """وبينما تمكنت المقاومة من السيطرة على المديريات، قال مصدر: the takeover is what the source tells."""
    events = extract("وبينما تمكنت المقاومة الشعبية أمس من السيطرة على مديرية حزم العدين بمحافظة إب، قال مصدر مقرب من "
                     "المقاومة إن مسلحين حوثيين قتلوا.", published=date(2015, 8, 9))
    assert "Non-state actor overtakes territory" in [e.sub_event_type for e in events]


def test_a_border_sector_places_its_shelling() -> None:
    """بقطاع الطوال: the border guards' sector named for the town."""
    events = extract("استشهد أمس جندي من قوة المجاهدين بقطاع الطوال بعد إصابته بمقذوف عسكري من داخل الأراضي اليمنية.",
                     published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Al-Tuwal", 1)]


@pytest.mark.parametrize("text", [
    "أدت جموع المصلين عقب صلاة عصر أمس صلاة الميت على شهيد الواجب خالد حمدي من منسوبي قوة المجاهدين بقطاع الطوال "
    "الذي استشهد نتيجة إصابته بشظايا مقذوف عسكري من داخل الأراضي اليمنية.",
    "توفي اليوم والد الرضيع الفلسطيني الذي قتل حرقا في قرية دوما بالضفة الغربية متأثرا بجراحه التي أصيب بها جراء "
    "حرق منزله على يد مستوطنين قبل عدة أيام.",
], ids=["funeral", "died-of-wounds"])
def test_the_cause_of_a_death_told_in_a_relative_clause_is_no_news(text: str) -> None:
    """الذي استشهد نتيجة إصابته بشظايا مقذوف: the shelling the funeral's reader is reminded of."""
    assert [e.sub_event_type for e in extract(text, published=date(2015, 8, 2))
            if e.event_type != "Violence against civilians"] == []


def test_a_town_named_in_another_provinces_countryside_is_a_namesake() -> None:
    """بلدة المنصورة بريف حماة: the gazetteer's only Mansoura is in Raqqa, so the countryside of Hama places it."""
    events = extract("سيطرت فصائل المعارضة أمس على بلدة المنصورة بريف حماة.", published=date(2015, 8, 8))
    assert [e.admin1 for e in events] == ["Hama"]


@pytest.mark.parametrize(("text", "province"), [
    ("وقال صلاح الدين دميرتاش زعيم حزب الشعوب الديمقراطي إن مسلحي حزب العمال الكردستاني قتلوا جنديين أمس.", False),
    ("قتل خمسة جنود أمس في هجوم لداعش في بلدة الضلوعية بصلاح الدين.", True),
], ids=["given-name", "after-bi"])
def test_salah_al_din_is_a_province_only_where_a_place_can_stand(text: str, province: bool) -> None:
    """صلاح الدين دميرتاش: a man's name; بصلاح الدين، في صلاح الدين، الأنبار وصلاح الدين: the province."""
    events = extract(text, published=date(2015, 8, 1))
    assert ("Salah al-Din" in [e.admin1 for e in events]) is province


@pytest.mark.parametrize(("text", "words"), [
    ("قاموا أمس بتنفيذ هجوم على سيارة في منطقة اللوحة فجر بسلاح الكلاشنيكوف.", ["هجوم"]),
    ("وصل الانتحاري فجر يوم الحادث إلى الكويت.", ["الانتحاري"]),
    ("فجر مسلحون عبوة ناسفة بدورية للجيش في العريش أمس.", ["فجر", "عبوة ناسفة"]),
    ("وعند الساعة الرابعة من فجر هذا اليوم سقط مقذوف على منزل في نجران.", ["مقذوف"]),
    ("قتل شخص عند فجر الخميس في قصف على منزل في نجران.", ["قتل", "قصف"]),
    ("وكان المصلون يؤدون صلاة فجر الجمعة حين سقطت قذيفة على المسجد.", ["قذيفة"]),
], ids=["before-bi", "before-a-day", "with-its-object", "before-this-day", "after-a-time-word", "dawn-prayer"])
def test_fajr_alone_before_bi_or_a_day_is_dawn(text: str, words: list[str]) -> None:
    """فجر بسلاح الكلاشنيكوف، فجر يوم الحادث، من فجر هذا اليوم، عند فجر الخميس: at dawn; فجر مسلحون عبوة: blew
    up."""
    result = Extractor().extract(text, published=date(2015, 8, 8), mentions=True)
    assert [t.text for t in result.triggers] == words


def test_suicide_bombers_counted_dead_are_people() -> None:
    """قتل 10 انتحاريين: ten men killed, counted like any other dead (not ten bombs)."""
    events = extract("وقال قائد العمليات إن «قواتنا تمكنت من قتل 10 انتحاريين بينهم انتحاري شيشاني عندما حاولوا الاقتراب "
                     "من قطعاتنا في مدينة الرمادي».", published=date(2015, 7, 31))
    assert [e.fatalities for e in events] == [10]


def test_people_held_named_by_their_nationality_are_its_civilians() -> None:
    events = extract("اعتقلت الشرطة الإسرائيلية أمس ثلاثة فلسطينيين في مدينة القدس.", published=date(2015, 7, 21))
    assert [(e.actor1, e.actor2) for e in events] == [("Police Forces of Israel", "Civilians (Palestine)")]


def test_an_event_told_again_without_the_side_hit_is_the_same_event() -> None:
    """The strikes told again on one day at Sanaa, once naming the Houthis hit and once naming no one: one event,
    as ACLED counts them (the side left untold is none other)."""
    events = extract("شن طيران التحالف العربي غارات على مواقع للحوثيين وقوات الرئيس السابق علي عبدالله صالح في صنعاء، "
                     "صباح الأحد. وأوضحت المصادر أن الغارات استهدفت معسكر الاستقبال في ضلاع همدان غربي العاصمة، والطريق "
                     "الواصل بين محافظة صنعاء و محافظة المحويت.", published=date(2015, 7, 27))
    assert [(e.sub_event_type, e.location, e.actor2) for e in events] == [
        ("Air/drone strike", "Sanaa", "Houthi Movement")]


@pytest.mark.parametrize("text", [
    "واشار المصدر الى استمرار اشتباكات عنيفة بين الحوثيين والمقاومة الشعبية في منطقة يريم في إب.",
    "وتستمر الاشتباكات العنيفة بين الحوثيين والمقاومة الشعبية في منطقة يريم بمحافظة إب.",
], ids=["istimrar", "tastamir"])
def test_a_fight_told_as_going_on_is_news_of_the_day_told(text: str) -> None:
    """استمرار اشتباكات، تستمر الاشتباكات: fighting going on as the report is written, coded on its day (precision 2)."""
    events = extract(text, published=date(2015, 8, 10))
    assert [(e.sub_event_type, e.location, e.event_date, e.time_precision) for e in events] == [
        ("Armed clash", "Yarīm", "2015-08-10", 2)]


def test_another_bombing_is_another_event() -> None:
    """في تفجير آخر: the figures of the second blast are not the first blast's toll."""
    events = extract("قالت مصادر أمنية إن 24 شخصا على الأقل قتلوا اليوم عندما انفجرت سيارة ملغومة في سوق بمدينة "
                     "بعقوبة. وأضافت المصادر أن سبعة آخرين قتلوا في تفجير آخر وسط بعقوبة.",
                     published=date(2015, 8, 10))
    assert sorted(e.fatalities for e in events) == [7, 24]


def test_in_the_same_area_is_the_place_of_the_event_just_told() -> None:
    """في نفس المنطقة: the place of the attack told just before, not the battle told first."""
    events = extract("قتل 18 حوثيا أمس في اشتباكات مع المقاومة الشعبية في مدينة الضالع. وفي غرب اليمن قتل أربعة "
                     "حوثيين أمس في كمين نصبته المقاومة على نقطة لهم بمدينة الحديدة. وتبنت المقاومة هجوما آخر على "
                     "دورية للحوثيين مساء الخميس في نفس المنطقة ما أسفر عن مقتل اثنين.", published=date(2015, 8, 1))
    assert sorted((e.location, e.fatalities) for e in events) == [
        ("Al Ḩudaydah", 2), ("Al Ḩudaydah", 4), ("Aḑ Ḑāli‘", 18)]


@pytest.mark.parametrize(
    "text, sides",
    [
        # the group named before is the side hit, not the flyer
        ("شن مسلحو داعش أمس هجوما على قرية البغدادي. وقتل عشرة مسلحين بضربة جوية استهدفت مقرهم جنوبي الرمادي.",
         ("Unidentified Armed Group (Iraq)", "Islamic State (Iraq)")),
        # no flyer in the sentence: the air force the article names (after it, where none before)
        ("قتل 30 مسلحا من حزب العمال الكردستاني أمس في غارات جوية على معسكراتهم في جبال قنديل شمال العراق، وقال "
         "الجيش التركي إن الغارات دمرت مخازن للأسلحة.", ("Military Forces of Turkey", "PKK: Kurdistan Workers Party")),
        ("شنت طائرات التحالف أمس غارات على مواقع الحوثيين في صعدة. وفي مأرب قتل 12 حوثيا في غارة جوية على "
         "تجمع لهم.", ("Saudi-led Coalition", "Houthi Movement")),
    ],
)
def test_an_armed_group_flies_no_air_strike(text: str, sides: tuple[str, str]) -> None:
    events = extract(text, published=date(2015, 8, 1))
    assert (events[-1].sub_event_type, events[-1].actor1, events[-1].actor2) == ("Air/drone strike", *sides)


def test_a_drone_may_be_an_armed_groups() -> None:
    events = extract("أعلنت جماعة الحوثي أمس أنها استهدفت مطار أبها بطائرة مسيرة.", published=date(2020, 8, 1))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Air/drone strike", "Houthi Movement")]


def test_the_dead_of_each_side_add_up() -> None:
    """18 حوثيا, then four of the resistance (في صفوف المقاومة): two sides' dead, 22, not two tolls to choose from."""
    events = extract("أفاد مصدر في المقاومة الشعبية أمس بمقتل ثمانية عشر حوثيا في اشتباكات بمدينة الضالع. ولفت إلى أن "
                     "أربعة قتلى سقطوا في صفوف المقاومة.", published=date(2015, 8, 1))
    assert [(e.fatalities, sorted((c.value, c.scope) for c in e.counts)) for e in events] == [
        (22, [(4, "actor1"), (18, "actor2")])]


def test_the_people_a_figure_counts_are_the_side_acted_upon() -> None:
    """أسر ستة حوثيين: the Houthis are taken, whatever the figure's length (ثمانية عشر حوثيا)."""
    events = extract("وأسرت المقاومة الشعبية أمس ثمانية عشر حوثيا في مدينة الضالع.", published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Popular Resistance (Yemen)", "Houthi Movement")]


def test_fighters_taken_prisoner_are_taken_in_a_fight_not_arrested() -> None:
    """أسر is the word of war: fighters taken prisoner by the side that fought them are the fight's captives, which
    ACLED codes as the battle (with the captives in its counts), not as Arrests by a police. Told beside the
    fight, they join it, and the fight's words keep telling who fought whom."""
    alone = extract("وقال قائد ميداني إن المقاومة الشعبية أسرت أمس 30 حوثيا في مديرية الحزم بمحافظة إب.",
                    published=date(2015, 8, 10))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.admin1, [(c.kind, c.value) for c in e.counts])
            for e in alone] == [
        ("Armed clash", "Popular Resistance (Yemen)", "Houthi Movement", "Ibb", [("arrested", 30)])]
    beside = extract("قتل 12 حوثيا في مواجهات عنيفة مع المقاومة الشعبية في مدينة لودر بمحافظة أبين أمس. وتمكن رجال "
                     "المقاومة من دحر الميليشيات، كما تم أسر خمسة من مقاتلي الحوثي.", published=date(2015, 7, 30))
    assert [(e.sub_event_type, e.actor1, e.actor2, sorted((c.kind, c.value) for c in e.counts))
            for e in beside] == [
        ("Armed clash", "Popular Resistance (Yemen)", "Houthi Movement", [("arrested", 5), ("killed", 12)])]
    # وأسروا عشرة آخرين: the captives named by the dead before them
    others = extract("وقال مصدر في المقاومة إن الثوار تمكنوا أمس من قتل 20 مسلحا وأسروا ستة آخرين في مدينة قعطبة "
                     "بمحافظة الضالع. وأضاف أن مواجهات عنيفة دارت بين الجانبين.", published=date(2015, 8, 2))
    assert [(e.sub_event_type, sorted((c.kind, c.value) for c in e.counts)) for e in others] == [
        ("Armed clash", [("arrested", 6), ("killed", 20)])]


def test_an_arrest_or_civilians_taken_is_no_fight() -> None:
    police = extract("ألقت الشرطة القبض أمس على خمسة مسلحين في مدينة عدن.", published=date(2015, 7, 30))
    assert [e.sub_event_type for e in police] == ["Arrests"]  # the police's word
    civilians = extract("أسر مسلحون أمس خمسة مدنيين في مدينة عدن.", published=date(2015, 7, 30))
    assert [e.sub_event_type for e in civilians if e.event_type == "Battles"] == []  # no fight's captives


@pytest.mark.parametrize(
    "text",
    [
        # a festival or a market, not a demonstration
        "شهدت مدينة بريدة صباح اليوم أهم تظاهرة اقتصادية على مستوى العالم في إنتاج التمور.",
        "تعيش المدينة المنورة تظاهرة اجتماعية واحتفالية ابتهاجا بقدوم عيد الفطر، ضمن احتفالات أمانة منطقة المدينة "
        "المنورة بالعيد.",
        # a conviction names a crime, not news of it
        "فر سجين مساء أمس من سجن في جزيرة قرب أوسلو. وقال متحدث باسم السجن إن السجين (23 عاما) المدان بجرائم اغتصاب "
        "لم يعثر عليه في محبسه صباح اليوم.",
    ],
)
def test_a_festival_or_a_conviction_is_no_event(text: str) -> None:
    assert [(e.sub_event_type, e.location) for e in extract(text, published=date(2015, 8, 5))
            if e.sub_event_type in ("Peaceful protest", "Sexual violence")] == []


def test_a_student_demonstration_is_a_protest() -> None:
    events = extract("خرجت تظاهرة طلابية أمس في الخرطوم تطالب بإسقاط الحكومة.", published=date(2015, 8, 5))
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Khartoum")]


def test_the_side_holding_a_place_takes_nothing() -> None:
    """صنعاء التي يسيطر عليها الحوثيون: the Houthis hold the capital; they are the side losing ground, not taking it."""
    events = extract("باتت القوات الموالية للرئيس اليمني هادي على بعد مئة كيلومتر جنوب العاصمة صنعاء التي يسيطر "
                     "عليها المتمردون الحوثيون، وذلك بعد ان سيطرت هذه القوات المدعومة من التحالف العربي على معظم "
                     "مناطق الجنوب، وفق ما أفادت مصادر عسكرية. وقالت المصادر إن هذه القوات سيطرت أمس على منطقة "
                     "عتمة بمحافظة ذمار.",
                     published=date(2015, 8, 11))
    # (the capital a hundred kilometres off is no place of the event: عتمة in Dhamar is)
    assert [(e.sub_event_type, e.actor2, e.admin1) for e in events] == [
        ("Government regains territory", "Houthi Movement", "Dhamar")]


def test_civilians_are_never_the_side_that_fights() -> None:
    """بمساندة أهالي المدينة المسلحين: residents who help a side do not make civilians actor1."""
    events = extract("أعلن مجلس مقاتلي درنة أمس انطلاق معركة بمساندة أهالي المدينة المسلحين في مدينة درنة، وخلفت "
                     "المعركة ستة قتلى من قوات مجلس مقاتلي درنة.", published=date(2015, 8, 11))
    assert [(e.sub_event_type, e.inter1, e.fatalities) for e in events] == [("Armed clash", "Political militia", 6)]


def test_a_family_quarrel_is_no_political_violence() -> None:
    """إثر خلاف عائلي: a husband beating his wife is a crime ACLED does not code, whoever reports it."""
    events = extract("أبلغت الشرطة في محافظة حفر الباطن أمس عن تعرض امرأة للاعتداء بالضرب من قبل زوجها إثر خلاف "
                     "عائلي، ما أدى إلى إصابتها في الرأس إصابة بليغة، ونقلت إلى المستشفى حيث فارقت الحياة.",
                     published=date(2015, 7, 23))
    assert events == ()


def test_a_town_listed_beside_towns_of_another_country_is_a_namesake() -> None:
    """منطقة القاعدة والمفرق والحوبان ... تعز: the Yemeni al-Mafraq, not the Jordanian city the gazetteer knows."""
    events = extract("قصفت مقاتلات التحالف أمس مواقع للحوثيين في منطقة القاعدة والمفرق والحوبان والمدخل الشرقي لمدينة تعز.",
                     published=date(2015, 8, 3))
    assert [(e.location, e.country) for e in events] == [("Al-Hawban", "Yemen")]


@pytest.mark.parametrize(
    "text, published",
    [
        # control of the situation, not of ground
        ("وحدة الشرطة التابعة لنا دخلت أمس منطقة جبل الهيكل في مدينة القدس من أجل أن تواجه الاضطرابات وسيطرت على "
         "الموقف بسرعة.", date(2015, 7, 27)),
        # a flood "raids" and a dam bursts
        ("فوجئ سكان محافظة ضمد بمنطقة جازان فجر أمس الأول بأمطار غزيرة وسيول جارفة، إذ داهمت السيول "
         "منازلهم بعد انفجار أحد السدود الترابية شرق المحافظة.", date(2015, 8, 4)),
        # سبق أن: what was done before, told beside the news
        ("دعت الأمم المتحدة الأربعاء إلى إطلاق سراح سجين إيراني صدر بحقه حكم بالإعدام الأسبوع الماضي. "
         "وذكرت المنظمة الدولية أن إيران سبق أن أعدمت أكثر من 600 شخص هذا العام.", date(2015, 8, 6)),
    ],
)
def test_control_of_a_situation_a_flood_and_a_past_deed_are_no_events(text: str, published: date) -> None:
    assert [(e.sub_event_type, e.fatalities) for e in extract(text, published=published)] == []


def test_what_was_done_before_and_what_goes_on_from_it_are_background() -> None:
    """سبق أن فجروا مسجدا ... ما أسفر عن مقتل 4: the whole sentence recalls a past bombing, its toll too; كما فجر
    انتحاري ... with no date of its own goes on recalling. Only the news (Abha, five killed) is an event."""
    events = extract("قتل خمسة من رجال الأمن أمس في تفجير استهدف مقرا للشرطة في مدينة أبها. وقال المتحدث إن مسلحين سبق "
                     "أن فجروا مسجدا في مدينة الدمام، ما أسفر عن مقتل 4 مصلين. كما فجر انتحاري نفسه في مسجد ببلدة "
                     "القديح في محافظة القطيف، ما أسفر عن مقتل 21 مصليا.", published=date(2015, 8, 7))
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [("Abha", "2015-08-06", 5)]


def test_a_blast_retold_without_a_place_is_the_bombing_told_before() -> None:
    """إن تفجيرا وقع ... في مسجد داخل المقر: the spokesman retells the suicide bombing of the lead; with no place of
    its own it is that bombing, not a second one."""
    events = extract("قتل 15 شخصا في تفجير انتحاري استهدف مسجدا في مدينة أبها أمس. وقال المتحدث الأمني إن تفجيرا وقع "
                     "أثناء أداء الصلاة في مسجد داخل المقر، ما أسفر عن مقتل عدد من رجال الأمن.",
                     published=date(2015, 8, 7))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Suicide bomb", "Abha", 15)]


def test_an_attack_told_five_weeks_on_is_background() -> None:
    """The mosque bombing of 26 June, recalled in a report of 6 August (41 days on), is not the news reported."""
    events = extract("استهدف تفجير إرهابي مسجد الإمام الصادق بحي الصوابر في مدينة الكويت في 26 يونيو الماضي أثناء "
                     "صلاة الجمعة، ما أسفر عن مقتل 26 مصليا وجرح 227.", published=date(2015, 8, 6))
    assert events == ()
    recent = extract("استهدف تفجير إرهابي مسجد الإمام الصادق بحي الصوابر في مدينة الكويت في 26 يونيو الماضي أثناء "
                     "صلاة الجمعة، ما أسفر عن مقتل 26 مصليا وجرح 227.", published=date(2015, 7, 10))
    assert [(e.event_date, e.fatalities) for e in recent] == [("2015-06-26", 26)]


def test_a_fistfight_is_no_armed_clash() -> None:
    """اشتباكات بالأيدي: a brawl at a hospital, which the security staff broke up."""
    events = extract("تدخلت الجهات الأمنية في المدينة المنورة أمس لفض اشتباكات بالأيدي بين أحد أطباء مركز القلب وعدد من "
                     "أبناء إحدى المريضات.", published=date(2015, 8, 6))
    assert events == ()


def test_an_armys_engineering_corps_is_no_place() -> None:
    """فرق سلاح المهندسين: every army's engineers, not the Omdurman base of that name."""
    events = extract("قال مسؤول يمني إن فرق سلاح المهندسين ستتعامل مع الألغام التي زرعتها الميليشيات الحوثية في مدينة شقرة "
                     "وأدت أمس إلى مقتل عشرة مدنيين.", published=date(2015, 8, 9))
    assert [e.country for e in events] == ["Yemen"]


def test_the_dead_and_wounded_of_a_force_make_it_the_side_hit() -> None:
    """القتلى والمصابين من قوات الطوارئ: the wounded (المصابين, with its article) of the emergency forces, who are
    the side the bombing hit."""
    events = extract("أسفر تفجير استهدف مسجدا في مدينة أبها أمس عن سقوط عدد من القتلى والمصابين من قوات الطوارئ "
                     "الخاصة.", published=date(2015, 8, 7))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location) for e in events] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Saudi Arabia)",
         "Police Forces of Saudi Arabia (2015-)", "Abha")]


def test_each_sides_dead_told_by_its_own_source_add_up() -> None:
    """29 of the Tuareg (per the mayor) and eight of the tribe just named, the Tebu (per a Tebu official):
    two sides' dead, 37; the word العشرات told first is no figure to compete with them. Both sides are hit
    (29 فردا من الطوارق، ثمانية أفراد من القبيلة); the Tebu, also named as a tribe, take actor1."""
    events = extract("ذكر مسؤولون اليوم أن العشرات سقطوا قتلى في مواجهات بين قبيلتين في مدينة سبها. وأوضح عميد "
                     "البلدية أن نحو 29 فردا من الطوارق لقوا حتفهم في المواجهات. وقالت مسؤولة محلية في قرية يقطنها "
                     "أبناء قبيلة تبو إن ثمانية أفراد من القبيلة قتلوا.", published=date(2015, 7, 21))
    assert [(e.fatalities, sorted((c.value, c.scope) for c in e.counts if c.kind == "killed")) for e in events] == [
        (37, [(8, "actor1"), (10, None), (29, "actor2")])]


def test_a_weeks_toll_sums_up_a_period() -> None:
    """أسفرت الغارات خلال أسبوع عن مقتل 260: a week's strikes, not the toll of the strike told."""
    events = extract("أسفرت غارات تركية أمس على قرية في جبال قنديل بشمال العراق عن مقتل ستة مدنيين. وبحسب وكالة "
                     "الأناضول فإن الغارات التركية أسفرت خلال أسبوع عن مقتل زهاء 260 عنصرا من حزب العمال.", published=date(2015, 8, 2))
    assert [e.fatalities for e in events] == [6]


def test_ground_taken_in_two_provinces_is_two_events() -> None:
    """محافظة أبين, then شمال مدينة عدن على مداخل محافظة لحج: places of two provinces, even told without a
    town of the first, are two incidents."""
    events = extract("تقدمت القوات اليمنية والمقاومة الشعبية الأربعاء في محافظة أبين وسيطرت على عدة مناطق فيها. "
                     "وذكرت مصادر أمنية أن مقاتلي المقاومة الشعبية سيطروا على قرية الفلاحين ومنطقة البساتين شمال "
                     "مدينة عدن، عند مداخل محافظة لحج.", published=date(2015, 7, 31))
    assert sorted(e.admin1 for e in events) == ["Abyan", "Aden"]


def test_the_country_both_name_does_not_join_fights_in_two_provinces() -> None:
    """في محافظة تعز ... باليمن, then في محافظة الحديدة ... غربي اليمن: the country told beside each is no place
    they share."""
    events = extract("وفي محافظة تعز، قتل 20 حوثيا أمس في اشتباكات مع المقاومة الشعبية في حي الروضة باليمن. وفي "
                     "محافظة الحديدة، قتل حوثيان في هجوم مسلح للمقاومة على نقطة للمتمردين بمديرية باجل غربي اليمن.",
                     published=date(2015, 7, 27))
    assert [(e.sub_event_type, e.admin1, e.fatalities) for e in events] == [
        ("Armed clash", "Taizz", 20), ("Armed clash", "Al Hudaydah", 2)]


def test_shells_a_post_was_exposed_to_are_an_attack_on_it() -> None:
    """تعرض مركز المسيال ... لقذائف: the verb told well before the shells says they were fired; a side named before
    a word of facing them (أعلنت السلطات التصدي لقذائف، تعرضت دورية للشرطة لانفجار) is the side hit."""
    events = extract("وأوضح المتحدث الأمني أنه في صباح أمس تعرض مركز المسيال بقطاع ظهران الجنوب في منطقة عسير، لقذائف "
                     "عسكرية كثيفة من داخل الأراضي اليمنية.", published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.location, e.admin1) for e in events] == [
        ("Shelling/artillery/missile attack", "Dhahran al-Janub", "Asir")]
    events = extract("أعلنت السلطات الأمنية السعودية أمس التصدي لقذائف عسكرية كثيفة من داخل اليمن استهدفت مركزا حدوديا في "
                     "ظهران الجنوب.", published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Shelling/artillery/missile attack", "Police Forces of Saudi Arabia (2015-)")]


def test_the_attack_an_act_answers_is_no_part_of_it() -> None:
    """هي رد على الهجوم الانتحاري الذي استهدف في سوروتش: the bombing answered is one the reader knows; the killing
    of two policemen is the news, and stays no bombing."""
    events = extract("وتبنت الحركة الانفصالية الكردية الأربعاء قتل شرطيين في منزلهما في ولاية شانلي أورفة. وقالت إن هذه "
                     "العملية هي رد على الهجوم الانتحاري الذي استهدف في سوروتش ناشطين مؤيدين للقضية الكردية وأسفر عن "
                     "سقوط 32 قتيلا.", published=date(2015, 7, 27))
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "Police Forces of Turkey", 2)]


def test_the_day_of_a_statement_does_not_split_an_incident_told_on_another_day() -> None:
    """في بيان أمس: the day the statement was made; the bombing told with its own day (الخميس الماضي) is the same
    incident, dated that day."""
    events = extract("كشفت السلطات الأمنية السعودية، أمس، عن هوية منفذ حادثة تفجير في مسجد داخل مقر قوات الطوارئ الخاصة "
                     "في مدينة أبها. وأوضح اللواء منصور التركي، في بيان أمس، أنه حدث تفجير أثناء صلاة الظهر في مسجد مقر "
                     "القوة في منطقة عسير، ونتج عنه استشهاد 15 وإصابة 33 آخرين. يذكر أن الانتحاري منفذ العملية دخل مسجد "
                     "مقر قوات الطوارئ في أبها الخميس الماضي، ثم فجّر نفسه.", published=date(2015, 8, 9))
    assert [(e.sub_event_type, e.event_date, e.location, e.fatalities) for e in events] == [
        ("Suicide bomb", "2015-08-06", "Abha", 15)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # تحت سيطرة: who holds the ground, no taking
        ("أكد الجيش المصري أمس أن الأوضاع الأمنية في مدينة الشيخ زويد هادئة وتحت سيطرة كاملة من رجال القوات المسلحة.", []),
        ("وقال المصدر إن فصائل المعارضة شنت هجوما عنيفا أمس على الأحياء الواقعة تحت سيطرة قوات النظام في مدينة درعا.",
         [("Armed clash", "Opposition Rebels (Syria)")]),
        # أصبحت ... تحت سيطرة: the ground has just passed to them
        ("أعلن نائب الرئيس اليمني أمس أن مدينة عدن أصبحت الآن تحت سيطرة المقاومة الشعبية بالكامل.",
         [("Non-state actor overtakes territory", "Popular Resistance (Yemen)")]),
    ],
)
def test_ground_held_is_no_ground_taken(text: str, expected: list) -> None:
    assert [(e.sub_event_type, e.actor1) for e in extract(text, published=date(2015, 8, 7))] == expected


@pytest.mark.parametrize(
    "text, location",
    [
        ("قتل مسلحون شرطيين تركيين بالرصاص أمس في منزلهما في مدينة جيلان بينار.", "Ceylanpinar"),
        ("سقطت قذائف أطلقها الحوثيون أمس على محافظة الطوال في منطقة جازان.", "Al-Tuwal"),
        ("شنت طائرات التحالف أمس غارات على مواقع الحوثيين في مدينة المخاء.", "Mocha"),
        ("قتل شرطي أمس في هجوم مسلح في مدينة جزرة القريبة من الحدود السورية.", "Cizre"),
        # a spelling of the province the admin1 list lacked
        ("قتل جنديان تركيان أمس في انفجار قنبلة في مقاطعة سيرناك على الحدود مع العراق.", "Sirnak"),
    ],
)
def test_towns_added_to_the_supplement_place_their_events(text: str, location: str) -> None:
    """Towns the corpus names after a unit word that the gazetteer lacked (supplement.tsv, GeoNames coordinates)."""
    assert [e.location for e in extract(text, published=date(2015, 7, 23))] == [location]


def test_a_plural_told_with_the_feminine_singular_is_not_one_person() -> None:
    """قيادات كبيرة لقيت مصرعها: a plural of things or of a broken form takes the feminine singular; the dead are
    many, untold; امرأة لقيت مصرعها is one."""
    events = extract("شنت طائرات التحالف أمس غارات جوية على مواقع الحوثيين في مدينة تعز، وأوضحت المصادر أن هناك قتلى "
                     "وجرحى في صفوف الحوثي بينهم قيادات كبيرة لقيت مصرعها في القصف الجوي.", published=date(2015, 7, 24))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 0)]
    events = extract("شنت طائرات التحالف أمس غارات جوية على مدينة تعز، وأكدت المصادر أن امرأة لقيت مصرعها في القصف "
                     "الجوي.", published=date(2015, 7, 24))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 1)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # backed by Iran (المدعومة إيرانيا) is an adverb, no one more killed
        ("قتل 5 من عناصر الميليشيات المدعومة إيرانيا أمس في غارة جوية على مدينة البوكمال.", ("Air/drone strike", 5)),
        # a town that fell under a side's control (سقطت ... تحت سيطرة) changed hands
        ("سقطت مدينة الرمادي تحت سيطرة تنظيم داعش يوم الأحد بعد معارك عنيفة مع القوات العراقية.",
         ("Non-state actor overtakes territory", 0)),
        # the toll after ردا على القصف is the strike's own
        ("شنت طائرات التحالف غارات على صنعاء ردا على القصف الحوثي، أسفرت عن مقتل 20 مدنيا.", ("Air/drone strike", 20)),
        # يحكم (rules) is no court's ruling: the executions happened
        ("قام تنظيم داعش الذي يحكم المدينة بإعدام ثلاثة شبان في مدينة الرقة.", ("Attack", 3)),
        # a result (أدت التحريات للقبض على) is no purpose: the arrests were made
        ("أدت تحريات الأجهزة الأمنية أمس للقبض على 3 عناصر من تنظيم داعش في مدينة الموصل.", ("Arrests", 0)),
        # election fraud is what a protest is about, no common crime
        ("تظاهر آلاف المحتجين أمس في مدينة البصرة احتجاجا على تزوير الانتخابات.", ("Peaceful protest", 0)),
        # آخر before a figure is "the last": three killed, not four
        ("أعلن الجيش العراقي مقتل آخر ثلاثة عناصر من خلية داعش في مدينة الموصل.", ("Armed clash", 3)),
        # the woman killed (لمقتلها) after a plural that is not her subject is one
        ("أطلق قناص تابع لقوات النظام النار أمس على سيدة في حي بستان القصر بمدينة حلب خلال الاشتباكات ما أدى لمقتلها.",
         ("Armed clash", 1)),
        # the deadliest attack in recent months (أعنف ... في الأشهر الأخيرة) is news
        ("قتل 12 جنديا في أعنف هجوم انتحاري تشهده مدينة العريش في الأشهر الأخيرة.", ("Suicide bomb", 12)),
        # a campaign on militants' hideouts (حملة موسعة على البؤر الإرهابية) is an offensive
        ("شنت قوات الجيش أمس حملة موسعة على البؤر الإرهابية في مدينة الشيخ زويد.", ("Armed clash", 0)),
    ],
)
def test_the_limits_of_this_sessions_rules(text: str, expected: tuple) -> None:
    assert [(e.sub_event_type, e.fatalities) for e in extract(text, published=date(2015, 8, 1))] == [expected]


def test_a_bomb_destroyed_is_no_explosion() -> None:
    """أسفرت العملية عن تدمير أربع آليات وسيارة مفخخة: a car bomb put out of use by the operation, not one that went
    off, and not property destroyed either."""
    events = extract("قتلت قوات عراقية مشتركة اليوم 22 مسلحا من تنظيم داعش خلال عملية أمنية شمال مدينة الرمادي. "
                     "وأضاف المصدر أن العملية أسفرت أيضا عن تدمير أربع آليات وسيارة مفخخة ومنصة صواريخ.", published=date(2015, 8, 9))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 22)]


def test_ground_taken_from_the_side_the_taker_fights_in_the_article() -> None:
    """سيطروا على قرية الفلاحين names no loser: the ground is taken from the side the resistance fights in the
    article's other events, the Houthis."""
    events = extract("لقي 12 حوثيا مصرعهم أمس في مواجهات مع المقاومة الشعبية بمحافظة أبين. وأفادت مصادر محلية بأن "
                     "المقاومة الشعبية سيطرت أمس على قرية الفلاحين شمال مدينة عدن.", published=date(2015, 7, 31))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events if "territory" in e.sub_event_type] == [
        ("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Houthi Movement")]


def test_civilians_killed_in_a_place_a_side_holds_are_the_side_hit() -> None:
    """حي المغاير الواقع تحت سيطرة المعارضة: the opposition holds the quarter; the 18 dead are civilians."""
    events = extract("سقط صاروخ أرض أرض أطلقته قوات النظام السوري أمس على حي المغاير في حلب القديمة الخاضع لسيطرة "
                     "المعارضة، ما أدى إلى مقتل 18 شخصا بينهم طفل، بحسب المرصد.", published=date(2015, 7, 22))
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Military Forces of Syria (2000-2024)", "Civilians (Syria)", 18)]


def test_the_events_own_day_told_after_a_statements_day() -> None:
    """قالت الوزارة في بيان أمس إن ... قتل في ضربة جوية بينما كان يتنقل ... في الثامن من يوليو: 8 July."""
    events = extract("أعلنت وزارة الدفاع الأمريكية في بيان أمس أن أحد قادة جماعة خراسان قتل في ضربة جوية أمريكية "
                     "شمال غرب سوريا بينما كان يستقل سيارة على طريق بلدة سرمدا يوم الثامن من يوليو.",
                     published=date(2015, 7, 22))
    assert [(e.sub_event_type, e.event_date, e.location) for e in events] == [
        ("Air/drone strike", "2015-07-08", "Sarmada")]


def test_houses_and_areas_raided_are_no_people_arrested() -> None:
    """مداهمة 140 منزلا في 26 منطقة: houses and areas counted, not people held."""
    events = extract("أعلنت وكالة دوغان للأنباء أمس مداهمة 140 منزلا في 26 منطقة في اسطنبول وحدها، في عملية واسعة تشنها "
                     "الشرطة التركية ضد عناصر حزب العمال الكردستاني.", published=date(2015, 7, 24))
    assert [(e.sub_event_type, [(c.kind, c.value) for c in e.counts]) for e in events] == [("Arrests", [])]



@pytest.mark.parametrize("text, counts", [
    # vehicles, weapons and hideouts destroyed beside the dead: counted things, not the wounded
    ("أسفرت الغارات الجوية على مواقع تنظيم داعش شرقي الرمادي عن جرح 58 داعشيا، ودمرت 9 مستودعات للأسلحة و 22 عجلة "
     "مسلحة و14 زورقا.", [("injured", 58)]),
    ("نصبت المقاومة الشعبية كمينا لميليشيات الحوثي في مأرب ما أدى إلى تدمير 3 أطقم عسكرية وقتل خمسة من أفرادها.",
     [("killed", 5)]),
    ("قتلت قوات الشرطة الاتحادية 23 إرهابيا ودمرت 12 وكرا لتنظيم داعش في الرمادي.", [("killed", 23)]),
    # a wound's bullets, the provinces of a sweep and the cells of a network count no one
    ("أصيب مواطن بثلاث رصاصات في صدره برصاص قوات الاحتلال في بلدة بيت أمر.", [("injured", 1)]),
    ("ألقت الشرطة التركية في اسطنبول القبض على 371 شخصا في 25 ولاية.", [("arrested", 371)]),
    ("ألقت الأجهزة الأمنية في الرياض القبض على 431 متورطا ضمن ثلاث مجموعات إرهابية تشكل 4 خلايا عنقودية.",
     [("arrested", 431)]),
    # people from a force named كتائب are people
    ("قتل 27 من كتائب حزب الله في اشتباكات مع تنظيم داعش في بيجي.", [("killed", 27)]),
])
def test_things_counted_beside_people_count_no_one(text: str, counts: list) -> None:
    events = extract(text, published=date(2015, 8, 6))
    assert [(c.kind, c.value) for e in events for c in e.counts] == counts

def test_civilians_are_no_side_of_a_battle() -> None:
    """المواطنون told beside a takeover are the people who fled, not the side that lost the town."""
    events = extract("تشهد مدينة شقرة الساحلية حالة نزوح جماعي نتيجة الممارسات التي يلاقيها المواطنون، بعد أن تمكنت قوات "
                     "الجيش الوطني أمس من إحكام السيطرة على مدينة شقرة.", published=date(2015, 7, 24))
    assert [e.inter2 for e in events] and all(e.inter2 != "Civilians" for e in events)


def test_the_organization_is_the_one_named_before() -> None:
    """انتحاريون من التنظيم المتشدد after تنظيم داعش: the bombers are the Islamic State's."""
    events = extract("تبنى تنظيم داعش الهجوم على مسجد في مدينة الدمام الجمعة الماضي. وأعلنت الوزارة أمس أن انتحارية من "
                     "التنظيم فجرت حزاما ناسفا في مدينة الرياض ما أدى إلى مقتل شخصين.", published=date(2015, 7, 18))
    assert [(e.actor1, e.actor2, e.fatalities) for e in events if e.sub_event_type == "Suicide bomb"] == [
        ("Islamic State", "Civilians (Saudi Arabia)", 2)]


def test_a_seizure_abroad_is_not_placed_where_the_goods_were_bound() -> None:
    """السلطات اليونانية ضبطت شحنة أسلحة كانت في طريقها إلى مصراتة: seized in Greece, not in Misrata."""
    events = extract("أحبطت السلطات اليونانية تهريب شحنة أسلحة إلى ميليشيا «فجر ليبيا»، إذ أعلنت الجمارك اليونانية "
                     "أمس ضبط شحنة عربات مدرعة في ميناء يوناني كانت متجهة إلى ميناء بمدينة مصراتة الليبية.", published=date(2015, 7, 24))
    assert [e.location for e in events] == []


def test_a_rescue_at_sea_is_no_attack() -> None:
    """عمليات إغاثة استهدفت زورقين مطاطيين: rescuers reaching boats in distress, not an attack on them."""
    text = ("روما\nأنقذ خفر السواحل الإيطالي أمس مئات المهاجرين قبالة السواحل الليبية.\nوذكر بيان للقوات أن "
            "خمس عمليات إغاثة نفذها عناصرها استهدفت قاربين مطاطيين وثلاثة زوارق كانت مهددة بالغرق على "
            "مسافة 30 ميلا بحريا من الساحل الليبي، وجرى خلالها انتشال جثتين وإنقاذ 1230 مهاجرا.")
    result = Extractor().extract(text, published=date(2015, 8, 1), mentions=True)
    assert [c.text for c in result.cues if c.cue == "rescue"] == ["عمليات إغاثة"]
    assert extract(text, published=date(2015, 8, 1)) == ()


def test_breaches_of_a_ceasefire_make_no_agreement() -> None:
    """بسبب ما وصفه بخروق لوقف إطلاق النار: a ceasefire broken, not one agreed."""
    events = extract("وقال حزب العمال الكردستاني في منتصف يوليو الماضي، إنه يصعد هجماته في جنوب شرق تركيا بسبب ما وصفه "
                     "بخروق لوقف إطلاق النار من جانب الدولة التركية.", published=date(2015, 8, 7))
    assert [e.sub_event_type for e in events if e.sub_event_type == "Agreement"] == []
    result = Extractor().extract("تحدث الحزب عن خروق لوقف إطلاق النار في ديار بكر.", published=date(2015, 8, 7),
                                 mentions=True)
    assert [c.cue for c in result.cues if c.text == "بخروق" or c.text == "خروق"] == ["breach"]


def test_hundreds_killed_in_a_campaign_are_no_events_toll() -> None:
    """وقتل مئات من قوات الأمن في هجمات المتشددين في سيناء: a campaign's dead, no event's toll (the word stays a count)."""
    events = extract("قتل ضابط و3 جنود بالجيش المصري أمس في انفجار عبوة ناسفة بمدينة رفح في شمال سيناء، وقتل مئات من "
                     "قوات الأمن في هجمات المتشددين في سيناء.", published=date(2015, 7, 24))
    assert [(e.fatalities, sorted(c.value for c in e.counts if c.kind == "killed")) for e in events] == [(4, [1, 3, 100])]


def test_allies_named_together_are_one_side() -> None:
    # the government's forces and the Popular Resistance retake a town together (alliances.tsv): the
    # second of them is an ally of actor1, not the side the town was taken from
    text = "أعلنت السلطات المحلية أمس استعادة مدينة الحوطة من قبل قوات الشرعية والمقاومة بدعم من طيران التحالف."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.assoc_actor_1) for e in events] == [
        ("Government regains territory", "Military Forces of Yemen (2012-)", None,
         ("Saudi-led Coalition", "Popular Resistance (Yemen)"))]
    # Hezbollah fights beside the Syrian army: the two are not each other's enemy; both lost the eight, so both
    # are the side hit, by fighters the sentence does not name
    text = "قتل ثمانية من عناصر حزب الله وقوات النظام السوري في اشتباكات أمس في محيط مدينة الزبداني."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.assoc_actor_1) for e in events] == [
        ("Armed clash", "Unidentified Armed Group (Syria)", "Hezbollah", ())]
    # the Houthis and Saleh's forces shell a town together: Saleh's men are not the side shelled (the
    # neighbourhoods' civilians are)
    text = "قصف الحوثيون وقوات صالح أمس بالمدفعية الثقيلة أحياء سكنية في مدينة تعز."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.assoc_actor_1) for e in events] == [
        ("Shelling/artillery/missile attack", "Houthi Movement", "Civilians (Yemen)", ("Pro-Saleh Forces (Yemen)",))]


def test_an_alliance_ends_on_the_day_it_broke_up() -> None:
    # the Houthis and Saleh's men fought each other in Sanaa in December 2017: then they are two sides
    text = "اندلعت أمس اشتباكات عنيفة بين مسلحي الحوثي وقوات صالح في حي حدة جنوب العاصمة صنعاء."
    events = extract(text, published=date(2017, 12, 3))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Houthi Movement", "Pro-Saleh Forces (Yemen)")]


def test_an_air_force_found_elsewhere_does_not_hit_its_ally() -> None:
    # the strike's sentence names only the resistance (its spokesman); the coalition named before flew it
    text = ("تواصل طائرات التحالف العربي قصف مواقع المتمردين في محافظة أبين. وقال المتحدث باسم المقاومة في "
            "مدينة زنجبار إن الغارات أدت أمس إلى مصرع 35 متمردا.")
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Air/drone strike", "Saudi-led Coalition", "Houthi Movement", 35)]


def test_a_weapons_calibre_is_no_toll() -> None:
    # مضاد طيران عيار 23، مدفع 14.5: the numbers name a weapon; the crew killed are not counted (the two
    # strikes on one site on one day are one event, ACLED's rule)
    text = ("دمرت غارة لطيران التحالف أمس في مديرية صرواح بمحافظة مأرب عربة تحمل مضاد طيران عيار 23 "
            "وقتلت طاقمها، فيما دمرت غارة أخرى مدفعا 14.5 في الموقع نفسه.")
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.fatalities, [c.value for c in e.counts]) for e in events] == [
        ("Air/drone strike", 0, [])]


def test_a_warplane_named_in_the_singular_strikes_from_the_air() -> None:
    text = "أغارت طائرة حربية أمس على مواقع يشتبه في أنها لمسلحين متشددين جنوب مدينة درنة، وقتلت ستة منهم."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Air/drone strike", "Darnah", 6)]


def test_members_named_right_after_an_attack_verb_attack() -> None:
    # عناصر من X right after هاجمت is the verb's subject (X's men attack), not people X lost
    text = "هاجمت عناصر من المقاومة الشعبية ليلة أمس حاجزا تابعا لمسلحي الحوثي عند مدخل مدينة ذمار."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Popular Resistance (Yemen)", "Houthi Movement")]


def test_ground_taken_from_a_sides_men_is_taken_from_that_side() -> None:
    # تحرير X من مسلحي الحوثي: the Houthis lose the ground even when their men, not the group, are named
    text = "قال متحدث باسم المقاومة الشعبية إن مقاتليها تمكنوا أمس من تحرير مدينة الضالع بالكامل من مسلحي الحوثي."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Houthi Movement")]


def test_kurdish_rebels_in_turkey_are_the_pkk() -> None:
    text = "قتل شرطيان تركيان أمس بالرصاص في مدينة ماردين، في هجوم نسبته السلطات إلى المتمردين الأكراد."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("PKK: Kurdistan Workers Party", "Police Forces of Turkey", 2)]


def test_the_gendarmerie_is_the_one_of_the_country_told() -> None:
    # قوات الدرك names Jordan's, Morocco's, Algeria's or Turkey's gendarmerie, after the place
    text = "اعتقلت قوات الدرك أمس ثلاثة أشخاص يشتبه في تورطهم في قتل تاجر قرب مدينة أزرو وسط المغرب."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Arrests", "Police Forces of Morocco")]
    text = "ألقت الشرطة التركية أمس القبض على 12 شخصا في مدينة إزمير، فيما قتل اثنان من قوات الدرك في هجوم بمدينة وان."
    events = extract(text, published=date(2016, 5, 3))
    sides = {a for e in events for a in (e.actor1, e.actor2, *e.assoc_actor_1)}
    assert "Police Forces of Jordan" not in sides and "Military Forces of Turkey" in sides
    assert not any({e.actor1, e.actor2} == {"Police Forces of Turkey", "Military Forces of Turkey"} for e in events)


def test_fighters_described_by_their_group_are_that_groups_men() -> None:
    # من المقاتلين الحوثيين is "of the Houthi fighters", as من مقاتلي الحوثي: the Houthis were captured
    text = "وقال مصدر في المقاومة الشعبية إنه جرى أمس أسر عدد من المقاتلين الحوثيين في مديرية الحزم بمحافظة الجوف."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Popular Resistance (Yemen)", "Houthi Movement")]


def test_a_group_in_whose_name_suspects_plotted_did_not_arrest_them() -> None:
    # باسم تنظيم داعش: the suspects' cause, the side acted upon; المتحدث باسم X still speaks for X
    text = "أعلنت السلطات المغربية أمس اعتقال سبعة أشخاص في مدينة فاس كانوا يعدون لاعتداءات باسم تنظيم داعش."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Arrests", "Police Forces of Morocco", "Islamic State")]
    text = "قال المتحدث باسم المقاومة الشعبية إن مقاتليها قتلوا 20 حوثيا في مدينة تعز أمس."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.actor1, e.actor2) for e in events] == [("Popular Resistance (Yemen)", "Houthi Movement")]


def test_tanks_that_shell_are_their_sides() -> None:
    # دبابات X قصفت Y: X's tanks shell, Y is hit; the object of an SVO verb is hit too
    for text in ("قالت مصادر محلية إن دبابات المقاومة الشعبية في الضالع قصفت أمس مسلحي الحوثي قرب مدينة قعطبة.",
                 "قصفت دبابات المقاومة الشعبية أمس مواقع مسلحي الحوثي قرب مدينة قعطبة."):
        events = extract(text, published=date(2016, 5, 3))
        assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
            ("Shelling/artillery/missile attack", "Popular Resistance (Yemen)", "Houthi Movement")], text


def test_a_march_on_an_anniversary_is_news() -> None:
    text = "في ذكرى ضحايا التفجير الانتحاري في بلدة سروج، تظاهر المئات أمس في مدينة ديار بكر."
    events = extract(text, published=date(2016, 5, 3))
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_phrases_opened_by_a_two_letter_word_are_read_after_wa() -> None:
    # ومن المقرر، ولم يسفر: و stays on a two-letter word when tokenized, the cue is still read
    events = extract("ومن المقرر أن يتم إعدام 20 من المعتقلين في مدينة الرقة.")
    assert events == ()
    events = extract("انفجرت عبوة ناسفة أمس قرب دورية للشرطة في مدينة العريش، ولم يسفر الانفجار عن إصابات.")
    assert [(e.sub_event_type, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        ("Remote explosive/landmine/IED", [])]


@pytest.mark.parametrize(
    "text",
    [
        # س before the verb: what a side will do (ستستخدم مقاتلات في شن الضربات), before or after the event word
        "قال وزير الدفاع اليوم إن بلاده ستستخدم مقاتلات حديثة في شن الضربات على مواقع التنظيم في العراق.",
        "أكد القائد أمس أن قوات البيشمركة مستعدة (لمعركة الموصل)، ولكن سنشارك بطريقتنا.",
    ],
)
def test_what_a_side_will_do_is_no_event(text: str) -> None:
    assert extract(text, published=date(2015, 8, 6)) == ()


def test_a_drone_named_with_its_nationality_is_a_drone() -> None:
    """طائرة أميركية من دون طيار: the country's adjective stands inside the drone's name."""
    events = extract("قصفت طائرة أميركية من دون طيار أمس سيارة تقل قياديين في التنظيم قرب مدينة الرقة.",
                     published=date(2015, 8, 6))
    assert [(e.sub_event_type, e.location, e.event_date) for e in events] == [
        ("Air/drone strike", "Ar Raqqah", "2015-08-05")]


@pytest.mark.parametrize(
    "text",
    [
        # a baby is a civilian: the settlers' arson that killed one is violence against civilians
        "أعلنت مصادر طبية عن وفاة رضيع حرقا فجر اليوم جراء إحراق مستوطنين منزل عائلته في بلدة دوما جنوب نابلس.",
        # مستوطنين read as the target of إحراق is the side that attacks, not a second armed side
        ("قررت الأجهزة الأمنية ملاحقة المستوطنين المتورطين في هجمات ضد فلسطينيين، إثر مقتل طفل بعد قيام مستوطنين "
         "متطرفين بإحراق منزل في الضفة الغربية. وكان الطفل قتل حرقا بعدما هاجم مستوطنون منزلين في قرية دوما جنوب "
         "نابلس فجر الجمعة. وأصيبت طفلة أخرى في الهجوم."),
    ],
)
def test_settlers_burning_a_home_attack_civilians(text: str) -> None:
    # (the child "وكان الطفل قتل" is not yet counted: a definite subject before its verb of death)
    events = extract(text, published=date(2015, 7, 31))
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Violence against civilians", "Attack", "Settlers (Israel)", "Civilians (Palestine)")]


def test_where_a_traveller_was_heading_is_not_the_scene() -> None:
    """متوجها إلى العاصمة عمان: the shots were fired in Ma'an, on the way; في طريقهم من كركوك إلى بغداد: somewhere
    between the two, so neither is the place (and an event with no place is not coded)."""
    events = extract("أطلق ملثمون النار أمس على سيارة مواطن سعودي داخل الأراضي الأردنية. وكان المواطن متوجها إلى العاصمة "
                     "الأردنية عمان قبل أن يعترض طريقه مسلحون في منطقة معان.", published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Ma'an")]
    assert extract("اختطف مسلحون أمس ثلاثة من الموظفين وهم في طريقهم من كركوك إلى بغداد.",
                   published=date(2015, 8, 1)) == ()
    # جرى إسعافه إلى مدينة عدن: where the wounded man was taken, not where the ambush was
    assert extract("قتل اثنان من مرافقي ضابط أمس في كمين نصبه مسلحون، وأصيب الضابط وجرى إسعافه إلى مدينة عدن.",
                   published=date(2015, 8, 10)) == ()
    # however many words name the means: نقل 8 مصابين بواسطة طائرة الإخلاء الطبي إلى الرياض
    events = extract("قتل 15 من رجال الأمن أمس في تفجير انتحاري استهدف مسجدا في منطقة عسير. ونقل 8 مصابين بواسطة طائرة "
                     "الإخلاء الطبي إلى الرياض.", published=date(2015, 8, 7))
    assert [(e.sub_event_type, e.admin1) for e in events] == [("Suicide bomb", "Asir")]
    # أثناء توجههم إلى مدينة دبي: where the men arrested at the airport were going
    events = extract("ألقت الشرطة أمس القبض على 3 مطلوبين أمنيا في مطار الرياض أثناء توجههم إلى مدينة دبي.",
                     published=date(2015, 7, 31))
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Riyadh")]


def test_a_verb_with_a_plural_pronoun_takes_the_subject_told_before_it() -> None:
    """كما سيطروا على وادي عقان: the fighters of the resistance named in the clause before, not the Houthis the
    article names elsewhere."""
    events = extract("قصفت ميليشيات الحوثي أمس أحياء سكنية في مدينة تعز. وكان مقاتلو المقاومة الشعبية قطعوا طرق الإمداد "
                     "عن قاعدة العند، كما سيطروا على وادي عقان في محافظة لحج.", published=date(2015, 7, 24))
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Shelling/artillery/missile attack", "Houthi Movement"),
        ("Non-state actor overtakes territory", "Popular Resistance (Yemen)")]


@pytest.mark.parametrize(
    "text, sides",
    [
        ("قال الجيش التركي إن مسلحين من حزب العمال الكردستاني هاجموا أمس موقعا عسكريا في بلدة مديات، ما أدى إلى "
         "مقتل جندي.", ("PKK: Kurdistan Workers Party", "Military Forces of Turkey")),
        ("أكدت مصادر محلية أن عناصر من تنظيم داعش هاجموا أمس مركزا حدوديا تركيا قرب مدينة كلس.",
         ("Islamic State", None)),
    ],
)
def test_members_told_before_their_verb_are_its_subject(text: str, sides: tuple) -> None:
    """مسلحين من حزب العمال الكردستاني هاجموا: the verb agrees with the members before it, who attack; they are
    not people the party lost (as in مقتل 5 مسلحين من الحزب)."""
    events = extract(text, published=date(2015, 8, 3))
    assert [(e.actor1, e.actor2) for e in events] == [sides]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أفاد المرصد أن القوات الجوية السورية قصفت أمس بلدات في سهل الغاب قرب مدينة حماة.",
         ("Air/drone strike", "Military Forces of Syria (2000-2024)", None)),
        ("أكد المرصد أن فصائل المعارضة السورية قصفت بالصواريخ أمس تمركزات لقوات النظام في مدينة درعا.",
         ("Shelling/artillery/missile attack", "Opposition Rebels (Syria)", "Military Forces of Syria (2000-2024)")),
        ("وكانت فصائل المعارضة قصفت بالصواريخ أمس تمركزات لقوات النظام في مدينة درعا.",
         ("Shelling/artillery/missile attack", "Opposition Rebels (Syria)", "Military Forces of Syria (2000-2024)")),
    ],
)
def test_a_side_named_right_before_its_verb_is_the_subject(text: str, expected: tuple) -> None:
    """القوات الجوية السورية قصفت: at the head of its clause, behind no preposition, the side before a singular
    verb is its subject (the one that acts), and a side that flies bombs from the air."""
    events = extract(text, published=date(2015, 8, 2))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [expected]


def test_the_place_of_what_is_answered_is_not_the_answers() -> None:
    """أمطرت ... بالقذائف ردا على تعرض بلدة الزبداني لهجوم: the shelling (أمطر, rained shells on) is told with its
    reason; the town named in the reason was attacked before, elsewhere."""
    events = extract("أمطرت الفصائل المعارضة أمس أربع بلدات محاصرة في شمال سوريا بالقذائف الصاروخية ردا على تعرض "
                     "بلدة الزبداني في ريف دمشق لهجوم من قوات النظام.", published=date(2015, 7, 22))
    assert [(e.sub_event_type, e.actor1, e.location) for e in events] == [
        ("Shelling/artillery/missile attack", "Opposition Rebels (Syria)", "Syria")]


def test_meanwhile_is_no_future() -> None:
    # وفي غضون ذلك (meanwhile) is not في غضون أيام (within days): what follows it happened
    text = ("قتل ثلاثة جنود في هجوم على حاجز للجيش في مدينة الشيخ زويد أمس. وفي غضون ذلك، قصفت مدفعية الجيش "
            "مواقع المسلحين جنوب مدينة رفح وقتلت خمسة منهم.")
    events = extract(text, published=date(2016, 5, 3))
    assert ("Shelling/artillery/missile attack", "Rafaḩ", 5) in [(e.sub_event_type, e.location, e.fatalities)
                                                               for e in events]


@pytest.mark.parametrize("text, expected", [
    # في غضون with a verb in the past: a span past, the killing happened
    ("في غضون 24 ساعة، قتل رصاص الجيش الإسرائيلي فلسطينيا ثانيا في بلدة بيت أمر بالضفة الغربية اليوم.",
     [("Attack", "Military Forces of Israel", 1)]),
    # في غضون with a verb to come: a plan
    ("أعلن الجيش العراقي أنه في غضون أيام سيتم اقتحام مدينة الفلوجة وتحريرها من تنظيم داعش.", []),
])
def test_within_a_span_is_past_or_ahead_by_its_verb(text: str, expected: list) -> None:
    events = extract(text, published=date(2015, 7, 23))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    # قتل read as the passive first is active when its object follows the armed side right after it
    ("قتل الجيش الإسرائيلي فلسطينيا في مدينة الخليل أمس.", [("Military Forces of Israel", "Hebron", 1)]),
    ("قتل الجيش الإسرائيلي 3 فلسطينيين في مدينة الخليل أمس.", [("Military Forces of Israel", "Hebron", 3)]),
    # the bullets of a soldier's gun kill: رصاص in construct is the weapon
    ("قتل رصاص الجيش الإسرائيلي فلسطينيا في مدينة الخليل أمس.", [("Military Forces of Israel", "Hebron", 1)]),
    # a passive with a bare toll is no event on its own (the toll policy)
    ("قتل فلسطيني في مدينة الخليل أمس.", []),
])
def test_an_army_that_kills_is_the_subject_of_its_verb(text: str, expected: list) -> None:
    events = extract(text, published=date(2015, 7, 23))
    assert [(e.actor1, e.location, e.fatalities) for e in events] == expected


@pytest.mark.parametrize("text", [
    # bullet-proof clothes are no shooting
    "قتل المسلح 12 شخصا في دار للسينما في ولاية كولورادو الأمريكية، وكان يرتدي ملابس مقاومة للرصاص.",
])
def test_bullet_proof_clothes_are_no_shooting(text: str) -> None:
    assert list(extract(text, published=date(2015, 7, 23))) == []


@pytest.mark.parametrize("text, sub_event_type", [
    ("فرقت الشرطة التركية مظاهرة في اسطنبول أمس بالرصاص المطاطي والغاز المسيل للدموع.", "Protest with intervention"),
    ("فرقت الشرطة التركية مظاهرة في اسطنبول أمس بالرصاص الحي.", "Excessive force against protesters"),
])
def test_rubber_bullets_are_no_lethal_force(text: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in extract(text, published=date(2015, 7, 23))] == [sub_event_type]


@pytest.mark.parametrize("text, expected", [
    # تصفية (finishing off) of fighters by an army in a fight is a battle, and its figure counts the dead
    ("وأشار المصدر إلى أنه تمت تصفية 12 عنصرا من داعش في كمين لمغاوير الشرطة الاتحادية في الرمادي أمس.",
     [("Armed clash", "Islamic State (Iraq)", 12)]),
    ("فوجئت عناصر الجيش الثالث الميداني بإطلاق نيران تجاهها من اثنين من العناصر الإرهابية في محافظة السويس أمس، "
     "وقامت القوات بالرد الفوري وتصفية أحد العناصر الإرهابية.", [("Armed clash", None, 1)]),
    # suicide bombers among the dead of an ambush: no bombing told
    ("وأشار المصدر إلى أنه تمت تصفية 12 عنصرا من داعش بينهم ثلاثة انتحاريين في كمين لمغاوير الشرطة الاتحادية في "
     "الرمادي أمس.", [("Armed clash", "Islamic State (Iraq)", 12)]),
    # a bomber among the dead of a blast: the blast was a suicide bombing
    ("قتل 20 شخصا بينهم انتحاري في انفجار في بغداد أمس.", [("Suicide bomb", "Civilians (Iraq)", 20)]),
])
def test_fighters_finished_off_in_a_fight(text: str, expected: list) -> None:
    events = extract(text, published=date(2015, 7, 31))
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    # struck with fright, shock or an illness: no wound
    ("وأكدت المصادر أن 12 حوثيا قتلوا في المعارك في مدينة مأرب أمس، وأن الانقلابيين أصيبوا بالذعر لدى مشاهدتهم "
     "الآليات الحديثة.", [("killed", 12)]),
    ("ارتفع عدد القتلى في اشتباكات مدينة مأرب أمس إلى ثمانية، وأصيب ثلاثة آخرون بصدمة نفسية.", [("killed", 8)]),
    ("قتل ثمانية جنود في هجوم على معسكر في مدينة مأرب أمس، بينما أصيب 97 شخصا بالطاعون في المدينة.",
     [("killed", 8)]),
    # struck with wounds: injured
    ("قتل ثمانية جنود في هجوم على معسكر في مدينة مأرب أمس، وأصيب ثلاثة آخرون بجروح.",
     [("killed", 8), ("injured", 3)]),
])
def test_struck_with_fright_or_illness_is_no_wound(text: str, expected: list) -> None:
    events = extract(text, published=date(2015, 8, 9))
    assert [(c.kind, c.value) for e in events for c in e.counts] == expected


@pytest.mark.parametrize("text, expected", [
    # the army reports what the PKK did to its soldiers: the PKK acts, the army is hit
    ("وقال الجيش التركي في بيان إن تنظيم حزب العمال الكردستاني المحظور قتل ثلاثة جنود أتراك في هجوم على كتيبة "
     "للجيش في إقليم شرناق أمس.", [("PKK: Kurdistan Workers Party", "Military Forces of Turkey")]),
    # the army reports what it did itself (إنه): the army acts
    ("وقال الجيش التركي في بيان إنه قتل ثلاثة من مسلحي حزب العمال الكردستاني في إقليم شرناق أمس.",
     [("Military Forces of Turkey", "PKK: Kurdistan Workers Party")]),
])
def test_a_side_that_reports_another_sides_act_is_its_source(text: str, expected: list) -> None:
    events = extract(text, published=date(2015, 7, 31))
    assert [(e.actor1, e.actor2) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    # a car bomb is also سيارة ملغومة
    ("أعلن تنظيم داعش مسؤوليته عن هجوم بسيارة ملغومة في سوق بمدينة بعقوبة أمس أسفر عن مقتل 40 شخصا.",
     [("Remote explosive/landmine/IED", "Baqubah", [("killed", 40)])]),
    # a boy of four years (ذي الأربع سنوات) is no count of four
    ("أحرق مستوطنون منزلا في قرية دوما قرب نابلس أمس ما أدى إلى استشهاد رضيع وإصابة شقيقه ذي الأربع سنوات بجروح.",
     [("Attack", "Dūmā", [("killed", 1)])]),
    # a mosque of the Ismaili sect (الطائفة الإسماعيلية) is in Sanaa, not in Egypt's Ismailia
    ("قال مصدر أمني إن سيارة ملغومة انفجرت خارج مسجد في العاصمة اليمنية صنعاء اليوم الأربعاء ما أسفر عن مقتل "
     "ثلاثة أشخاص. وأعلن داعش مسؤوليته عن الهجوم بالسيارة الملغومة الذي استهدف مسجدا للطائفة الإسماعيلية.",
     [("Remote explosive/landmine/IED", "Sanaa", [("killed", 3)])]),
])
def test_car_bombs_ages_and_sects(text: str, expected: list) -> None:
    events = extract(text, published=date(2015, 7, 29))
    assert [(e.sub_event_type, e.location, [(c.kind, c.value) for c in e.counts]) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    # a partner named with تنسيق مع is no side acted on
    ("ألقت الأجهزة الأمنية الكويتية القبض على شخص من غير محددي الجنسية في منطقة الجهراء أمس بعد تنسيق مكثف مع "
     "الأجهزة الأمنية السعودية.", [("Police Forces of Kuwait", None, ("Police Forces of Saudi Arabia (2015-)",))]),
    # those put to death for working with the army (بتهمة التعاون مع القوات العراقية) are civilians; the army named in
    # the charge takes no part
    ("قام تنظيم داعش أمس بإعدام شخصين من سكان مدينة الفلوجة بتهمة التعاون مع القوات العراقية.",
     [("Islamic State (Iraq)", "Civilians (Iraq)", ())]),
])
def test_a_partner_is_no_side_acted_on(text: str, expected: list) -> None:
    events = extract(text, published=date(2015, 7, 31))
    assert [(e.actor1, e.actor2, e.assoc_actor_1) for e in events] == expected


def test_some_of_the_wounded_moved_are_no_new_count() -> None:
    """وتم نقل سبعة منهم إلى الرياض: seven of the wounded told before were moved, not seven wounded."""
    events = extract("استهدف تفجير انتحاري مسجد قوات الطوارئ في مدينة أبها أمس، وقال مدير الأمن العام إن الوضع الصحي "
                     "للمصابين مطمئن وتم نقل سبعة منهم إلى الرياض لتلقي العلاج.", published=date(2015, 8, 7))
    assert [(e.sub_event_type, [(c.kind, c.value) for c in e.counts]) for e in events] == [("Suicide bomb", [])]


def test_the_toll_of_these_strikes_after_a_campaign_is_the_campaigns() -> None:
    """في هذه الغارات right after strikes told as a daily campaign (and as history, منذ سنوات): the 260 dead are the
    campaign's, not the toll of the news told before."""
    events = extract("وقتل جندي تركي أمس في هجوم نسب إلى حزب العمال الكردستاني في ديار بكر. وينفذ الطيران التركي يوميا "
                     "غارات على مواقع للمتمردين في جبال شمال العراق حيث يتمركزون منذ سنوات. وقتل ما لا يقل عن 260 مقاتلا "
                     "كرديا وأصيب حوالى 400 في هذه الغارات بحسب أنقرة.", published=date(2015, 8, 6))
    assert [(e.location, e.fatalities, e.fatalities_high) for e in events] == [("Diyarbakır", 1, 1)]


@pytest.mark.parametrize("text, expected", [
    # the dead of a flood, a sinking or a storm told after a battle are not the battle's
    ("سيطرت المقاومة الشعبية على مدينة زنجبار أمس بعد معارك مع الحوثيين. وتطرقت الصحيفة إلى ما أحدثته الفيضانات "
     "والأعاصير في ميانمار من مقتل 114 شخصا.", [("Non-state actor overtakes territory", 0)]),
    ("سيطرت المقاومة الشعبية على مدينة زنجبار أمس بعد معارك مع الحوثيين. كما لقي 24 مسلحا حوثيا مصرعهم إثر جرفهم "
     "بسيل في أحد وديان محافظة الجوف.", [("Non-state actor overtakes territory", 0)]),
    # a boat struck from the air is violence
    ("قتل 5 أشخاص في غارة على مركب للصيادين قبالة ساحل الحديدة أمس.", [("Air/drone strike", 5)]),
])
def test_the_dead_of_a_disaster_are_no_conflicts(text: str, expected: list) -> None:
    events = extract(text, published=date(2015, 8, 9))
    assert [(e.sub_event_type, e.fatalities) for e in events] == expected


@pytest.mark.parametrize("text, fatalities", [
    # N من القتلى: a part of the toll told, not another toll
    ("قتل 11 شخصا أمس في سقوط قذائف صاروخية على أحياء دمشق، وقال مدير المرصد إن تسعة من القتلى هم من المدنيين.", 11),
    ("قتل 3 جنود أمس في هجوم انتحاري في مدينة الرمادي. وكان ما يصل إلى 965 من القتلى مدنيين.", 3),
])
def test_a_part_of_the_dead_is_no_toll_of_its_own(text: str, fatalities: int) -> None:
    assert [(e.fatalities, e.fatalities_high) for e in extract(text, published=date(2015, 8, 9))] == [
        (fatalities, fatalities)]


def test_an_attempt_to_kill_kills_no_one() -> None:
    """الشروع في قتل أكثر من 100: the attempted killing is charged, the three dead are the toll."""
    events = extract("وأكد البيان أن التفجيرات التي قام بها التنظيم في القاهرة أسفرت عن مقتل ثلاثة ضباط، وكذلك الشروع في "
                     "قتل أكثر من 100 من ضباط الشرطة والمواطنين.", published=date(2015, 7, 25))
    assert [(e.fatalities, e.fatalities_high) for e in events] == [(3, 3)]


def test_a_soldier_named_with_the_article_is_a_soldier() -> None:
    """استشهاد الجندي after gunfire on a patrol: the army was hit in a clash, not civilians in an attack."""
    events = extract("تعرضت إحدى دوريات الأمن لإطلاق نار من سيارة في بلدة الجش بمحافظة القطيف مساء الثلاثاء مما نتج عنه "
                     "استشهاد الجندي سامي الحربي.", published=date(2015, 7, 29))
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "Military Forces of Saudi Arabia", 1)]


@pytest.mark.parametrize("text, expected", [
    # a verb joined by و after an attempt's object kills: محاولة تسلل وقتلت خمسة
    ("أحبطت قوات الجيش المصري محاولة تسلل وقتلت خمسة مسلحين في شمال سيناء أمس.", ("Armed clash", [("killed", 5)])),
    # a meeting about to come (الاجتماع المرتقب) does not make the attack before it a plan
    ("قتل خمسة جنود في هجوم قبل الاجتماع المرتقب في مدينة العريش أمس.", ("Armed clash", [("killed", 5)])),
    # يوميا inside a relative clause describes the town, the strike is news
    ("قتل خمسة مدنيين في غارة جوية على مدينة دوما التي تتعرض للقصف يوميا أمس.",
     ("Air/drone strike", [("killed", 5)])),
    # rubber bullets kill too
    ("استشهد طفل فلسطيني برصاص مطاطي أطلقه جنود الاحتلال في مخيم قلنديا أمس.", ("Attack", [("killed", 1)])),
    # a claim of responsibility is no statement about the event
    ("أعلن تنظيم داعش تحمله المسؤولية الكاملة عن التفجير الذي استهدف مسجدا في صنعاء أمس وأسفر عن مقتل 30 شخصا.",
     ("Remote explosive/landmine/IED", [("killed", 30)])),
    # the first toll told with من القتلى is the toll; من الجرحى counts the wounded
    ("استهدف تفجير انتحاري سوقا في بغداد أمس، وقال مصدر طبي إن المستشفى استقبل 15 من القتلى و30 من الجرحى.",
     ("Suicide bomb", [("killed", 15), ("injured", 30)])),
    # الأربعة اليوم: the four, today
    ("أعدم تنظيم داعش الأربعة اليوم في مدينة الرقة بتهمة التجسس.", ("Attack", [("killed", 4)])),
    # الدوار is a roundabout
    ("قتل ثلاثة أشخاص في انفجار سيارة مفخخة عند الدوار الرئيسي في مدينة الرمادي أمس.",
     ("Remote explosive/landmine/IED", [("killed", 3)])),
    # a wound named before the shock
    ("قتل جندي وأصيب اثنان بجروح وصدمة في هجوم على حاجز للجيش في العريش أمس.",
     ("Armed clash", [("killed", 1), ("injured", 2)])),
    # a boat is no disaster by itself
    ("أطلقت البحرية الإسرائيلية النار على صيادين قبالة سواحل غزة أمس. وقتل صيادان كانا على متن القارب.",
     ("Attack", [("killed", 2)])),
])
def test_what_the_new_rules_leave_alone(text: str, expected: tuple) -> None:
    events = extract(text, published=date(2015, 8, 1))
    assert [(e.sub_event_type, [(c.kind, c.value) for c in e.counts]) for e in events] == [expected]


def test_a_side_that_only_suffers_leaves_the_reporter_the_attacker() -> None:
    """إن ميليشيات الحوثي تكبدت 20 قتيلا في الهجوم الذي شنه: the army that says so attacked."""
    events = extract("قال الجيش اليمني إن ميليشيات الحوثي تكبدت 20 قتيلا في الهجوم الذي شنه على مواقعها في مأرب أمس.",
                     published=date(2015, 8, 1))
    assert [(e.actor1, e.actor2) for e in events] == [("Military Forces of Yemen (2012-)", "Houthi Movement")]


def test_a_town_whose_country_the_article_names_by_adjective_stays() -> None:
    """عرسال after الجيش اللبناني in a report from Yemen: Lebanon's Arsal."""
    events = extract("سيطرت المقاومة الشعبية أمس على حي التواهي في عدن، وتقدمت نحو محافظة لحج، فيما تستمر المعارك في "
                     "تعز. وقتل ثلاثة جنود في هجوم لمسلحين على حاجز للجيش اللبناني في عرسال.", published=date(2015, 8, 1))
    assert "Aarsâl" in [e.location for e in events]


def test_strikes_kept_up_are_no_event_of_their_own() -> None:
    """ويشن الجيش التركي غارات with no day named: a campaign, which neither makes an event nor turns the attack told
    before it into an air strike."""
    events = extract("قتل خمسة جنود أتراك أمس في هجوم لحزب العمال الكردستاني في ديار بكر. ويشن الجيش التركي غارات جوية "
                     "على مواقع الحزب في شمال العراق.", published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Diyarbakır")]


def test_strikes_kept_up_since_a_day_are_news() -> None:
    """تواصل ... شن غارات with a day of its own (منذ صباح أمس): the strikes of that day are told."""
    events = extract("وتواصل طائرات التحالف منذ صباح أمس شن غارات على مواقع الحوثيين في صعدة.", published=date(2015, 8, 9))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Air/drone strike", "2015-08-08")]


def test_a_daily_campaign_with_a_day_of_its_own_is_news() -> None:
    """يوميا beside a day of its own (أمس) does not sum up: the strike of that day is told."""
    events = extract("قصفت الطائرات التركية أمس مواقع للمتمردين في جبال قنديل شمال العراق، في إطار الغارات التي تنفذها "
                     "يوميا.", published=date(2015, 8, 5))
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Air/drone strike", "2015-08-04")]


def test_a_local_unit_named_like_a_foreign_capital_is_the_home_namesake() -> None:
    # منطقة الرباط in a report from Lahj is not Morocco's capital: nobody writes "the area of" Rabat abroad
    text = "سيطرت المقاومة الشعبية أمس على منطقة الرباط قرب مدينة الحوطة بعد معارك مع الحوثيين في محافظة لحج."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.country, e.admin1) for e in events] == [
        ("Non-state actor overtakes territory", "Yemen", "Lahj")]


def test_the_fighting_factions_in_syria_are_the_rebels() -> None:
    text = "أفاد المرصد السوري أمس بسيطرة مقاتلي الفصائل على قرية البحصة في سهل الغاب بريف حماة."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Non-state actor overtakes territory", "Opposition Rebels (Syria)")]


def test_shells_fired_from_across_a_border_are_that_countrys() -> None:
    # مقذوفات أطلقت من داخل الأراضي اليمنية: the unnamed group firing is one of Yemen, not of Saudi Arabia
    text = "سقطت مقذوفات عسكرية ظهر أمس على حي سكني في مدينة نجران، أطلقت من داخل الأراضي اليمنية، دون إصابات."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.actor1, e.country) for e in events] == [
        ("Shelling/artillery/missile attack", "Unidentified Armed Group (Yemen)", "Saudi Arabia")]


def test_a_claim_told_after_the_statement_names_the_doer() -> None:
    # أعلن X في بيان ... مسؤوليته عن: X speaks, and claims the bombing, so X did it
    text = ("أعلن تنظيم داعش في بيان نشره على مواقع التواصل مساء أمس مسؤوليته عن التفجير الانتحاري بمسجد في مدينة "
            "القطيف. وقالت وزارة الداخلية إن انتحاريا فجر نفسه أثناء صلاة الظهر مما أدى إلى مقتل 21 شخصا.")
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [("Suicide bomb", "Islamic State", 21)]


def test_a_days_news_in_a_town_besieged_since_a_date_is_news() -> None:
    text = "قتل خمسة أشخاص أمس في هجوم على مدينة الرمادي التي يحاصرها المسلحون منذ 12 مارس."
    events = extract(text, published=date(2023, 3, 30))
    assert [(e.event_date, e.fatalities) for e in events] == [("2023-03-29", 5)]


def test_a_quarter_the_gazetteer_knows_only_as_a_far_town_is_the_citys() -> None:
    # حي الروضة in Taiz is not Ar Rawdah, a town in Shabwah: the quarter is placed in its city
    text = "قصف مسلحو الحوثي أمس بقذائف الهاون حي الروضة وسط مدينة تعز، ما أدى إلى مقتل ثلاثة مدنيين."
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.sub_event_type, e.location, e.admin1, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Taiz", "Taizz", 3)]


def test_a_groups_branch_is_the_one_where_the_event_happened() -> None:
    # an article mostly about Syria: تنظيم داعش there is the Islamic State (Syria); its bombing in Turkey is
    # by the Islamic State, not by its Syrian branch
    text = ("تقدم مسلحو تنظيم داعش أمس في ريف مدينة حلب وسيطروا على قرية تل جبين قرب مدينة الباب بعد اشتباكات مع "
            "فصائل المعارضة في مدينة مارع. وفي تركيا، فجر انتحاري من تنظيم داعش نفسه أمس وسط تجمع في بلدة سروج، ما "
            "أدى إلى مقتل 30 شخصا.")
    events = extract(text, published=date(2016, 5, 3))
    assert [(e.actor1, e.country) for e in events] == [
        ("Islamic State (Syria)", "Syria"), ("Islamic State", "Turkey")]


def test_an_armed_opposition_abroad_is_not_syrias() -> None:
    # المعارضة المسلحة names Syria's rebels only with a Syrian hint: in South Sudan it is another
    text = "قالت المعارضة المسلحة في جنوب السودان أمس إنها صدت هجوما للقوات الحكومية على مدينة ملكال."
    events = extract(text, published=date(2016, 5, 3))
    assert "Opposition Rebels (Syria)" not in {a for e in events for a in (e.actor1, e.actor2)}


def test_review_cases_stay_right() -> None:
    # في زمن قياسي (in record time) is no era; a named branch (AQAP) keeps its name abroad; القريبة من الحدود
    # (near the border) says nothing of where fire came from; ومنذ with و still counts since a day
    events = extract("وفي زمن قياسي سيطرت قوات الجيش العراقي أمس على مدينة الرمادي بعد طرد مسلحي داعش منها.")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
    events = extract("هاجم مسلحون من تنظيم القاعدة في جزيرة العرب أمس نقطة أمنية في مدينة شرورة السعودية.")
    assert [e.actor1 for e in events] == ["AQAP: Al Qaeda in the Arabian Peninsula"]
    events = extract("سقطت قذائف أمس على مدينة جسر الشغور القريبة من الحدود التركية ما أدى إلى مقتل مدنيين اثنين.")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Syria)"]
    events = extract("ارتفع إلى 45 عدد القتلى في الهجمات التي يشنها المسلحون على أطراف مدينة الرمادي ومنذ 20 فبراير.")
    assert events == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        # the members named after استهداف are aimed at, not the ones who aim
        ("وتواصل المقاومة الشعبية استهداف المسلحين الحوثيين، إذ ألقى مسلحوها قنبلة يدوية على نقطة تفتيش في "
         "مدينة الحديدة أمس.", ("Grenade", "Popular Resistance (Yemen)", "Houthi Movement")),
        # what belongs to a side (a patrol of, targets of) is hit with that side
        ("وقال البيان إن المدفعية قامت أمس بقصف أهداف لحزب العمال الكردستاني في شمال العراق.",
         ("Shelling/artillery/missile attack", "Unidentified Armed Group (Iraq)", "PKK: Kurdistan Workers Party")),
        ("وأفاد شهود باستهداف دورية خاصة للمسلحين الحوثيين بقنبلة يدوية في مدينة الحديدة أمس.",
         ("Grenade", "Unidentified Armed Group (Yemen)", "Houthi Movement")),
        # the strikes right after استهدفت are its subject: their side aims
        ("واستهدفت غارات التحالف أمس مواقع ومعسكرات للمليشيات الحوثية في مديرية كتاف بمحافظة صعدة.",
         ("Air/drone strike", "Saudi-led Coalition", "Houthi Movement")),
    ],
)
def test_what_is_aimed_at_and_who_aims(text: str, expected: tuple) -> None:
    events = extract(text, published=date(2015, 7, 21))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("اغتيل أحد الأهالي أمس على يد المسلحين الحوثيين في محافظة حجة شمال اليمن.",
         ("Attack", "Houthi Movement")),
        ("وأعلن المرصد أن ثمانية من المقاتلين خطفوا مساء الأربعاء على أيدي جبهة النصرة في ريف حلب.",
         ("Abduction/forced disappearance", "Jabhat al Nusra")),
        # trained by: a teacher, not the doer of the arrest
        ("وألقت الأجهزة الأمنية البحرينية أمس القبض على مواطنين اثنين تدربا في إيران على يد الحرس الثوري.",
         ("Arrests", "Police Forces of Bahrain")),
    ],
)
def test_by_the_hand_of_names_the_doer(text: str, expected: tuple) -> None:
    """على يد X، على أيدي X، بأيدي X: the doer of a passive or of a noun of violence, not who it is done to."""
    events = extract(text, published=date(2015, 8, 9))
    assert [(e.sub_event_type, e.actor1) for e in events] == [expected]


def test_prisoners_put_to_death_are_killed_by_who_carried_it_out() -> None:
    """إعدام 12 أسيرا: the held are killed, not arrested; قيام X بإعدام: X carried it out; مصادر في المقاومة
    والقوات الموالية لهادي: the side of who tells it takes no part."""
    events = extract("كشفت مصادر في المقاومة والقوات الموالية لهادي عن قيام ميليشيات الحوثيين أمس بإعدام عدد من "
                     "الأسرى في جبهة جعولة شمال عدن. وقال المتحدث إن الميليشيات قامت بإعدام أسرى جنوبيين "
                     "(12 أسيرًا) بطريقة بشعة.", published=date(2015, 8, 4))
    assert [(e.sub_event_type, e.actor1, e.fatalities, [(c.kind, c.value) for c in e.counts]) for e in events] == [
        ("Attack", "Houthi Movement", 12, [("killed", None), ("killed", 12)])]


@pytest.mark.parametrize(("text", "idiom"), [
    ("وهي الآن بصدد اقتحام مجال صناعة الأغذية", True),
    ("اقتحم الشاب عالم التجارة", False),  # the subject between: not the fixed phrase
    ("اقتحمت قوات الأمن منزلا في الحي", False),
])
def test_storming_a_field_of_business_is_an_idiom(text: str, idiom: bool) -> None:
    """اقتحام مجال / عالم: entering a line of business, no storming; the cue covers the event word."""
    result = Extractor().extract(text, published=date(2015, 7, 21), mentions=True)
    storming = [t for t in result.triggers if t.text.startswith(("اقتحام", "اقتحم"))]
    assert storming
    covered = any(c.cue == "idiom" and c.start <= storming[0].start < c.end for c in result.cues)
    assert covered is idiom


def test_the_country_that_leads_or_backs_a_side_neither_places_nor_joins_its_events() -> None:
    """طائرات التحالف بقيادة المملكة العربية السعودية: who leads the coalition, not where it struck; told as the
    first strike's place it made every later strike of the day one event, whatever town each hit."""
    text = ("دكت طائرات التحالف بقيادة المملكة العربية السعودية أمس معسكرا للحرس الجمهوري. وقال شهود إن طيران "
            "التحالف قصف معسكر اللواء 55 في مدينة يريم بمحافظة إب. وذكرت مصادر أن 9 متمردين قتلوا ليلا في "
            "غارة جوية على خور المكسر في وسط عدن.")
    events = extract(text, published=date(2015, 7, 21))
    assert sorted((e.sub_event_type, e.admin1, e.fatalities) for e in events) == [
        ("Air/drone strike", "Aden", 9), ("Air/drone strike", "Ibb", 0)]
    backed = extract("واستعادت القوات الموالية للرئيس هادي والمدعومة من تحالف تقوده السعودية المطار أمس بعد أن "
                     "طردت منه القوات الحوثية الموالية لإيران. ويقع المطار في مدينة عدن جنوب اليمن.",
                     published=date(2015, 7, 15))
    assert [(e.sub_event_type, e.country, e.admin1) for e in backed] == [
        ("Government regains territory", "Yemen", "Aden")]


def test_things_a_pronoun_possesses_are_not_dead_and_an_age_is_no_toll() -> None:
    """ثلاثة من مركباته: three of its vehicles, whatever pronoun the noun carries; دون سن الـ 18: an age."""
    strike = extract("قتل 27 من عناصر داعش أمس في غارة للتحالف على مدينة الرمادي وتدمير ثلاثة من مركباته.",
                     published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.fatalities) for e in strike] == [("Air/drone strike", 27)]
    daraa = extract("شنت طائرات النظام أمس غارات على مدينة درعا، ما أدى إلى مقتل تسعة أشخاص بينهم أطفال دون سن "
                    "الـ 18.", published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.fatalities) for e in daraa] == [("Air/drone strike", 9)]


def test_arrests_made_in_a_fight_are_the_fights() -> None:
    """ACLED codes a fight alone: those its sides capture in it are counted with it, not a second event. The arrest
    of those suspected of an attack, told beside the attack's toll, stays an arrest."""
    events = extract("وأوضح المصدر أن الجيش الشعبي في منطقة سناح بمحافظة الضالع أسر أمس ستة وقتل 15 من مسلحي "
                     "الحوثي أثناء محاولتهم التسلل إلى المدينة.", published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.fatalities, sorted((c.kind, c.value) for c in e.counts)) for e in events] == [
        ("Armed clash", 15, [("arrested", 6), ("killed", 15)])]
    suspects = extract("قتل شرطيان تركيان بالرصاص أمس في منزلهما في مدينة شانلي أورفا، وتبنى تنظيم داعش الهجوم. "
                       "وأعلنت الشرطة التركية أمس اعتقال ثلاثة أشخاص يشتبه في مشاركتهم في قتل الشرطيين.",
                       published=date(2015, 7, 24))
    assert sorted((e.sub_event_type, e.fatalities) for e in suspects) == [("Armed clash", 2), ("Arrests", 0)]
    # وأسر اثنان في مواجهات: the words say they were taken in the fight, whoever took them
    events = extract("أسفرت مواجهات في مدينة تعز أمس عن مقتل 21 من الحوثيين. كما قتل 41 من ميليشيات الحوثيين، وأسر "
                     "اثنان في مواجهات مع المقاومة الشعبية في مدينة تعز أمس.", published=date(2015, 8, 11))
    assert [(e.sub_event_type, sorted((c.kind, c.value) for c in e.counts)) for e in events] == [
        ("Armed clash", [("arrested", 2), ("killed", 21), ("killed", 41)])]


def test_a_bombing_told_without_its_device_is_the_suicide_bombing_told_before() -> None:
    """حدث تفجير في جموع المصلين: a bombing with no device named, at no other town, is the suicide bombing the
    article opened with, and its toll is that bombing's."""
    events = extract("بثت قناة الإخبارية مشاهد من داخل مسجد قوة طوارئ عسير الذي استهدف في تفجير إرهابي ظهر اليوم، "
                     "مشيرة إلى أن الانتحاري كان متواجدا في منتصف المسجد. وكان المتحدث الأمني بوزارة الداخلية قد صرح "
                     "بأنه أثناء أداء صلاة الظهر في مسجد مقر القوات بمنطقة عسير حدث تفجير في جموع المصلين، نتج عنه "
                     "استشهاد 15 رجل أمن.", published=date(2015, 8, 6))
    assert [(e.sub_event_type, e.admin1, e.fatalities) for e in events] == [("Suicide bomb", "Asir", 15)]


def test_the_owners_of_a_vehicle_hit_are_the_side_hit() -> None:
    """سيارة مصفحة تابعة للشرطة: the police own what the shell hit, so they are actor2, not the side firing it;
    a post that belongs to a side and does the arresting is that side acting."""
    events = extract("ووفقا لمصادر، فإن الإرهابيين أطلقوا أمس قذيفة صاروخية باتجاه سيارة مصفحة تابعة للشرطة في بلدة "
                     "جزرة التابعة لولاية شرناق، ما أدى إلى مقتل شرطي وإصابة شرطيين آخرين.", published=date(2015, 8, 9))
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Unidentified Armed Group (Turkey)", "Police Forces of Turkey", 1)]
    post = extract("وقالت المصادر إن نقطة تفتيش تابعة للمقاومة الشعبية في مدينة تعز ألقت أمس القبض على قيادي حوثي "
                   "حاول الهرب.", published=date(2015, 7, 23))
    assert [(e.sub_event_type, e.actor1) for e in post] == [("Arrests", "Popular Resistance (Yemen)")]


def test_a_crowd_whose_dead_are_a_forces_men_is_that_force() -> None:
    """تفجير في جموع المصلين نتج عنه استشهاد 15 رجل أمن: the worshippers were the police the toll names (the full
    stop after رجل أمن. is no part of the word); with civilians among the dead the crowd stays civilians."""
    police = extract("وصرح المتحدث الأمني بأنه أثناء أداء صلاة الظهر في مسجد مقر القوات بمنطقة عسير اليوم حدث تفجير "
                     "انتحاري في جموع المصلين، نتج عنه استشهاد 15 رجل أمن.", published=date(2015, 8, 6))
    assert [(e.actor2, e.fatalities) for e in police] == [("Police Forces of Saudi Arabia (2015-)", 15)]
    mixed = extract("حدث تفجير انتحاري اليوم في جموع المصلين في مسجد بمدينة أبها، نتج عنه مقتل 5 مدنيين ورجل أمن.",
                    published=date(2015, 8, 6))
    assert [(e.actor2, e.fatalities) for e in mixed] == [("Civilians (Saudi Arabia)", 6)]


def test_shells_fired_in_an_assault_with_guns_are_its_weapons() -> None:
    """هاجموا عناصر الأمن بالأسلحة والمتفجرات والصواريخ، بالرشاشات والقذائف الصاروخية: an assault at close range,
    its shells among its weapons, is a clash; an attack by mortar fire alone is shelling, and missiles seized
    (استولت على 17 صاروخا) were fired by no one."""
    assault = extract("هاجم مسلحون أمس حاجزا للجيش في مدينة العريش بالرشاشات والقذائف الصاروخية، ما أدى إلى مقتل "
                      "جنديين.", published=date(2015, 8, 7))
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in assault] == [
        ("Armed clash", "Military Forces of Egypt (2014-)", 2)]
    mortars = extract("شن مسلحون أمس هجوما بقذائف الهاون على مطار العريش.", published=date(2015, 8, 7))
    assert [e.sub_event_type for e in mortars] == ["Shelling/artillery/missile attack"]
    heavy = extract("شن مسلحون أمس هجوما بالأسلحة الثقيلة والقذائف على مطار العريش.", published=date(2015, 8, 7))
    assert [e.sub_event_type for e in heavy] == ["Shelling/artillery/missile attack"]
    seized = extract("وقال قائد الشرطة الاتحادية إن قوة من الشرطة أحبطت أمس محاولة لتسلل عناصر داعش في منطقة حصيبة "
                     "الشرقية وقتلت ثمانية من عناصر التنظيم واستولت على 17 صاروخا مضادا للدروع.",
                     published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.fatalities) for e in seized] == [("Armed clash", 8)]


def test_an_attack_by_one_side_is_not_another_sides_air_strike() -> None:
    """شن مسلحو داعش هجوما ... غارة جوية لطيران التحالف: an attack told without its means, by its own named doers,
    is not the strike of another air force told after it at the same place; each keeps its own dead."""
    events = extract("وأوضحت المصادر أن مسلحين من تنظيم داعش شنوا أمس هجوما استهدف تجمعا لقوات الجيش العراقي في منطقة "
                     "الطاش جنوبي الرمادي، ما تسبب بمقتل جنديين. وأشارت المصادر إلى مقتل ثمانية من تنظيم داعش في غارة "
                     "جوية لطيران التحالف الدولي في منطقة جويبة غربي الرمادي.", published=date(2015, 8, 2))
    assert sorted((e.sub_event_type, e.actor1, e.fatalities) for e in events) == [
        ("Air/drone strike", "Global Coalition Against Daesh", 8), ("Armed clash", "Islamic State (Iraq)", 2)]


def test_words_that_start_like_a_verb_of_firing_are_not_one() -> None:
    """القيود، القوات start like ألقى، ألقوا: beside drones named in a story on exports they tell no strike."""
    text = ("قالت وكالة أنباء الصين الجديدة إن بكين ستفرض قيودا على الصادرات من الطائرات بدون طيار خشية سقوط مثل تلك "
            "الأجهزة في أيدي مجموعات متشددة. وقال التقرير إن الهدف من القيود على تصدير الطائرات بدون طيار مكافحة "
            "الإرهاب. وقالت وزارة الدفاع إن القوات الجوية أرسلت طائرة بدون طيار إلى موقع شهد زلزالا في إسرائيل.")
    assert extract(text, published=date(2015, 8, 4)) == ()


def test_the_named_dead_of_a_list_each_count() -> None:
    """استشهاد العريف ...، والجندي أول ...، والجندي أول ...: three soldiers named one by one are three dead, however
    far the last is from the word of death."""
    events = extract("قال المتحدث إنه سقطت قذائف أمس على مركز حدودي في ظهران الجنوب، وقد نتج عن ذلك استشهاد العريف "
                     "أحمد جعفر حسن المجيشي، والجندي أول محمد علي ياسين العمري، والجندي أول حسن ناصر محمد بشيري "
                     "تغمدهم الله.", published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Shelling/artillery/missile attack", 3)]


def test_a_country_at_the_head_of_a_list_is_not_where() -> None:
    """مع الدول العربية، وعلى رأسها المملكة العربية السعودية: the first of a group named, not a place of the arrests
    (which the corpus article had placed in Saudi Arabia); a country after في stays."""
    text = ("وأكدت حركة النضال العربي أمس أن المخابرات الإيرانية شنت حملة اعتقالات في عدة مدن على خلفية احتفال "
            "الأحوازيين بعيد الفطر مع الدول العربية، وعلى رأسها المملكة العربية السعودية، وفي إيران.")
    places = Extractor().extract(text, published=date(2015, 7, 31)).places
    assert [p.place.name_en for p in places if p.place is not None] == ["Iran"]


def test_a_drug_crime_is_no_political_violence() -> None:
    """مخدرات، سطو، ابتزاز: a common crime; a man on drugs shooting at a patrol is a crime ACLED does not code, while
    the same shots fired by gunmen are an attack."""
    drugged = extract("علمت الصحيفة عن إصابة رجلي أمن في الرياض أمس بعد أن فتح مخمور ومتعاط للمخدرات النار على "
                      "دوريتهما في حي النخيل.", published=date(2015, 7, 25))
    assert drugged == ()
    gunmen = extract("علمت الصحيفة عن إصابة رجلي أمن في الرياض أمس بعد أن فتح مسلحون النار على دوريتهما في حي النخيل.",
                     published=date(2015, 7, 25))
    assert [e.event_type for e in gunmen] != []


def test_a_verb_done_to_people_is_read_with_its_object_pronoun() -> None:
    """أعدموهما: they executed the two of them, a verb of the lexicon with its object; قتلهم may be "their killing"
    (a noun with its owner) and شنها "launched it" points back to an attack named before, so neither is read so."""
    events = extract("وقال ناشطون إن عناصر من تنظيم داعش أعدموهما أمس في ساحة عامة في مدينة الرقة.",
                     published=date(2015, 7, 21))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Islamic State (Syria)", "Civilians (Syria)")]  # a verb with its object is no passive
    assert [t.text for t in Extractor().extract("وكان الفيلم يروي قصة قناص يرى أن قتلهم واجب.",
                                                published=date(2015, 7, 21)).triggers] == []


def test_residents_and_tourists_hit_are_civilians() -> None:
    """أحد المقيمين، السياح: residents and tourists hit by a shell or a gunman are civilians, the side acted upon."""
    shell = extract("سقطت قذيفة أطلقت من الأراضي اليمنية أمس على محل تجاري في مدينة نجران، ما أدى إلى إصابة أحد "
                    "المقيمين.", published=date(2015, 7, 25))
    assert [(e.actor2, e.fatalities) for e in shell] == [("Civilians (Saudi Arabia)", 0)]
    tourists = extract("فتح مسلح أمس النار على السياح في فندق بمدينة سوسة.", published=date(2015, 6, 27))
    assert [(e.sub_event_type, e.actor2) for e in tourists] == [("Attack", "Civilians (Tunisia)")]


def test_days_counted_from_a_named_day_of_telling() -> None:
    """A report told on a named weekday before the day of writing counts its "last night" and "today" from
    that day (قال مسؤولون الأحد إن ... الليلة الماضية: Saturday night in a Monday paper); a day fixed by its
    name (أمس السبت), told without a named day of telling, or that may fall on the day of the telling
    (أمس in a paper of the next day) is counted from the day of writing; the source's name ends before
    the day it spoke."""
    monday = date(2015, 8, 10)
    told_sunday = extract("قال مسؤولون ومصادر أمنية الأحد: إن مقاتلي حزب العمال الكردستاني هاجموا موقعا أماميا للجيش "
                          "التركي الليلة الماضية في ولاية ماردين، ما أدى إلى مقتل جندي.", published=monday)
    assert [(e.event_date, e.sources) for e in told_sunday] == [("2015-08-08", ("مسؤولون ومصادر أمنية",))]
    told_wednesday = extract("قالت الشرطة العراقية يوم الأربعاء إن انتحاريا فجر نفسه في سوق ببغداد اليوم مما أسفر "
                             "عن مقتل 12 شخصا.", published=date(2015, 8, 7))
    assert [e.event_date for e in told_wednesday] == ["2015-08-05"]
    named = extract("قال مسؤولون الأحد إن مسلحين هاجموا موقعا للجيش التركي أمس السبت في ولاية ماردين.",
                    published=monday)
    assert [e.event_date for e in named] == ["2015-08-08"]
    today = extract("قال مسؤولون اليوم إن مسلحين هاجموا موقعا للجيش التركي الليلة الماضية في ولاية ماردين.",
                    published=monday)
    assert [e.event_date for e in today] == ["2015-08-09"]
    # a paper's own أمس may be the day of the telling, the day before it came out
    paper = extract("أعلن نشطاء في بابل، الجمعة، أن تظاهرة أمس أمام مبنى المحافظة سميت بـ\"ارحلوا\"، وقال ناشطون إن "
                    "قوات الأمن اعتقلت أمس 5 متظاهرين في الحلة.", published=date(2015, 8, 8))
    assert {e.event_date for e in paper} == {"2015-08-07"}


def test_the_day_a_source_spoke_is_no_part_of_its_name() -> None:
    """قال يوم الاثنين متحدثون عسكريون، أفادت مصادر أمنية عراقية الأحد بأن: the source is who spoke, without its day."""
    before = extract("قال يوم الاثنين متحدثون عسكريون باسم الحكومة إن الجيش قتل 12 مسلحا في اشتباكات بمدينة الرمادي.",
                     published=date(2015, 7, 21))
    assert [e.sources for e in before] == [("متحدثون عسكريون باسم الحكومة",)]
    after = extract("أفادت مصادر أمنية عراقية الأحد بأن انتحاريا فجر نفسه في سوق ببغداد مما أسفر عن مقتل 12 شخصا.",
                    published=date(2015, 7, 21))
    assert [e.sources for e in after] == [("مصادر أمنية عراقية",)]


def test_a_governors_province_gives_way_to_the_place_he_tells_of() -> None:
    """أوضح نايف البكري، محافظ عدن، أن محافظة لحج تخوض أشرس المعارك: Aden is the speaker's office, Lahij the place
    of the fighting; alone, the office's province may be where it happened."""
    told = extract("وأوضح نايف البكري، محافظ عدن، لـ«الشرق الأوسط»، أن «محافظة لحج تخوض أشرس المعارك اليوم (أمس) ضد "
                   "الحوثيين».", published=date(2015, 7, 27))
    assert [(e.admin1, e.event_date) for e in told] == [("Lahj", "2015-07-26")]
    diyala = extract("وقال محافظ ديالى مثنى التميمي إن نحو 130 شخصا أصيبوا في الهجوم الذي وقع ليل الجمعة في سوق ببلدة "
                     "بني سعد شمال شرقي بغداد.", published=date(2015, 7, 22))
    assert [(e.location, e.admin1) for e in diyala] == [("Khan Bani Saad", "Diyala")]
    alone = extract("وقال محافظ الأنبار إن مسلحين من داعش هاجموا أمس نقطة للجيش.", published=date(2015, 7, 22))
    assert [e.admin1 for e in alone] == ["Al-Anbar"]


def test_gunmen_who_kill_or_take_a_counted_object_attack() -> None:
    """قتل مسلحون مجهولون ثلاثة جنود: unnamed gunmen, subject of the verb, with the victims' figure after them, are
    an armed group attacking; قتل مسلحون في الاشتباك (gunmen were killed) is no such attack."""
    events = extract("قتل مسلحون ثلاثة جنود أمس في مدينة عدن.", published=date(2015, 7, 27))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "Unidentified Armed Group (Yemen)", "Military Forces of Yemen (2012-)", 3)]
    assert extract("قتل مسلحون أمس في مدينة عدن.", published=date(2015, 7, 27)) == ()


def test_ground_described_by_who_took_it_is_no_taking() -> None:
    """المناطق التي سيطرت عليها المقاومة بعد تحريرها منهم الأسبوع الماضي: places described by who holds them, no
    taking told: neither their place (Aden) nor the day after بعد (that earlier liberation's) goes to the taking told
    before them, near قاعدة العند with no day of its own."""
    events = extract("ودارت معارك طاحنة حول القاعدة. كما سيطرت المقاومة على جبل منيف وعدد من المواقع المطلة على قاعدة "
                     "العند، ما يعني حصارها. ويحاول الحوثيون التقدم مجددا نحو مدينة عدن والمناطق التي سيطرت "
                     "عليها المقاومة بعد تحريرها منهم الأسبوع الماضي.", published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.location, e.event_date, e.time_precision) for e in events] == [
        ("Non-state actor overtakes territory", "Al-Anad Airbase", "2015-07-26", 2)]


def test_the_dead_of_a_side_named_with_lam_are_its_losses() -> None:
    """عشرات القتلى لحزب الله وقوات النظام، 12 عنصرا لحزب الله: the men counted belong to the side after ل, as after
    من, and its ally joined by و lost them too: both are acted upon, not the side that acts; but هجوم مسلح للمقاومة
    is the resistance's own attack, and in a taking the takers' dead (سقوط قتلى من المقاومة والجيش في عملية
    التحرير) leave the army the side that acts."""
    zabadani = extract("وقال إن المواجهات في الزبداني أسفرت أمس عن وقوع عشرات القتلى لحزب الله وقوات النظام.",
                       published=date(2015, 7, 25))
    assert [(e.actor1, e.actor2) for e in zabadani] == [("Unidentified Armed Group (Syria)", "Hezbollah")]
    counted = extract("وأسفرت الاشتباكات في الزبداني أمس عن مقتل 12 عنصرا لحزب الله.", published=date(2015, 7, 25))
    assert [(e.actor2, [c.scope for c in e.counts]) for e in counted] == [("Hezbollah", ["actor2"])]
    attack = extract("وفي محافظة الحديدة، قتل حوثيان أمس في هجوم مسلح للمقاومة على نقطة تابعة للمتمردين بمديرية باجل.",
                     published=date(2015, 7, 26))
    assert [(e.actor1, e.actor2) for e in attack] == [("Popular Resistance (Yemen)", "Houthi Movement")]


def test_who_admits_or_denies_anothers_deed_does_not_do_it() -> None:
    """أقر نظام الأسد بسقوط قذائف: the regime admits shells fell on its capital, it did not fire them; نفت وزارة الدفاع
    الأمريكية خطف جبهة النصرة لمقاتلين: the Pentagon denies a deed whose doer is named after it, it was not hit; but
    a side that admits doing it (أقر التنظيم بتنفيذ التفجير، بمسؤوليته عن) is its doer."""
    admitted = extract("أقر نظام الأسد بسقوط قذائف صاروخية على حي باب توما بالعاصمة دمشق أمس. وذكرت وكالة سانا أن 5 "
                       "أشخاص لقوا مصرعهم.", published=date(2015, 8, 9))
    assert [(e.actor1, e.actor2) for e in admitted] == [("Unidentified Armed Group (Syria)", "Civilians (Syria)")]
    denied = extract("نفت وزارة الدفاع الأمريكية خطف جبهة النصرة لمقاتلين في سوريا. وقال المرصد إن عناصر من جبهة النصرة "
                     "خطفوا الأربعاء قائد الفرقة 30 برفقة سبعة عناصر أثناء عودتهم من اجتماع في مدينة اعزاز.",
                     published=date(2015, 7, 31))
    assert [e.actor2 for e in denied] != ["Military Forces of the United States"]
    assert [e.actor1 for e in denied] == ["Jabhat al Nusra"]
    for owning in ("بمسؤوليته عن", "بتنفيذ"):
        owned = extract(f"وأقر تنظيم داعش {owning} التفجير الانتحاري الذي استهدف مسجدا في مدينة الكويت أمس وأدى إلى مقتل "
                        "26 شخصا.", published=date(2015, 6, 27))
        assert [e.actor1 for e in owned] == ["Islamic State"]


def test_a_vehicle_loaded_with_explosives_is_the_bombing_told_before() -> None:
    """جرار زراعي محمل بالمتفجرات: a vehicle bomb; told after the suicide bombing of the same day, place and sides
    (هجوم انتحاري ... اقتحموا موقعا عسكريا باستخدام جرار محمل بالمتفجرات) it is that one attack, not a clash."""
    events = extract("قال الجيش التركي إن 3 جنود قتلوا وأصيب 31 في هجوم انتحاري نفذه حزب العمال الكردستاني في شرق تركيا "
                     "أمس. وذكر الجيش في بيان أن مسلحين من حزب العمال الكردستاني اقتحموا موقعا عسكريا في منطقة دوجو "
                     "بايزيد في إقليم أغري باستخدام جرار زراعي محمل بالمتفجرات.", published=date(2015, 8, 3))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Suicide bomb", "PKK: Kurdistan Workers Party", 3)]


def test_the_latest_attack_answered_is_no_news() -> None:
    """ردا على أحدث هجوم: the attack answered is the one the reader knows (أحدث makes it definite, as ال does),
    not part of the shelling that answers it."""
    events = extract("وفي ما بدا ردا على أحدث هجوم، قصفت المدفعية التركية أمس مواقع حزب العمال الكردستاني في شمال العراق.",
                     published=date(2015, 7, 27))
    assert [(e.sub_event_type, [x.text for x in e.evidence if x.text == "هجوم"]) for e in events] == [
        ("Shelling/artillery/missile attack", [])]


@pytest.mark.parametrize(("text", "fatalities"), [
    ("وكان الجندي خالد حمدي قد استشهد يوم أمس بقطاع الطوال إثر سقوط مقذوف عسكري من الأراضي اليمنية.", 1),
    ("صلي على الجندي خالد حمدي الذي استشهد يوم أمس بقطاع الطوال إثر سقوط مقذوف عسكري من الأراضي اليمنية.", 1),
    ("استشهد الجنود الثلاثة يوم أمس بقطاع الطوال إثر سقوط مقذوف عسكري من الأراضي اليمنية.", 3),
    ("وزار الأمير أمس مسجد قوة الطوارئ بمنطقة عسير الذي استشهد وأصيب فيه عدد من منسوبي القوة إثر التفجير "
     "الانتحاري.", 0),
])
def test_one_martyr_told_by_his_verb_is_one_dead(text: str, fatalities: int) -> None:
    """استشهد with no figure is one person killed (the soldier told before it is its subject); not before a plural
    subject or many told after it (استشهد وأصيب فيه عدد من منسوبي القوة: a toll untold)."""
    assert [e.fatalities for e in extract(text, published=date(2015, 8, 1))] == [fatalities]


def test_a_rights_groups_findings_are_no_event_of_the_reports_day() -> None:
    """أعلنت منظمة هيومن رايتس واتش أمس أن قوات جيش جنوب السودان ... نفذت أعمال اغتصاب: abuses a report documents over
    months, dated only by the day it came out; the same deed told by a source with its own day stays news."""
    report = extract("اعلنت منظمة هيومن رايتس واتش أمس ان قوات جيش جنوب السودان دهست مدنيين فارين بالدبابات، ونفذت "
                     "اعمال اغتصاب جماعية وقامت بإحراق أشخاص احياء في ولاية الوحدة.", published=date(2015, 7, 23))
    assert report == ()
    news = extract("قال شهود إن قوات جيش جنوب السودان نفذت أمس اعمال اغتصاب جماعية في ولاية الوحدة.",
                   published=date(2015, 7, 23))
    assert [e.sub_event_type for e in news] == ["Sexual violence"]


def test_rounds_fired_at_protesters_are_force_against_them() -> None:
    """أطلق المسلحون عيارات نارية باتجاه المتظاهرين، أطلقت أعيرة نارية: rounds fired, as بالرصاص and أطلق النار; at a
    protest, force against it."""
    events = extract("وشهدت مدينة الفلوجة أمس خروج مظاهرة لسكانها المحاصرين تطالب تنظيم داعش بالسماح لهم بترك المدينة. "
                     "وأضاف السكان أن مسلحي تنظيم داعش قاموا باعتقال المتظاهرين فيما تمكن البعض منهم من الهرب وأطلق "
                     "المسلحون عيارات نارية باتجاه المتظاهرين.", published=date(2015, 7, 24))
    assert "Excessive force against protesters" in [e.sub_event_type for e in events]


def test_a_period_told_first_dates_no_incident_without_a_day() -> None:
    """The first time an article tells is a period of another matter (حمى الضنك خلال الأسبوع الماضي): a clash it tells
    with no day of its own is of the day of publication, at precision 2, not of that week."""
    events = extract("وسجلت المستشفيات 200 إصابة بحمى الضنك خلال الأسبوع الماضي في المدينة. وأضاف: «شهدت مناطق النقطة "
                     "الرابعة وعصيفرة اشتباكات عنيفة بين المقاومة الشعبية والمسلحين الحوثيين في مدينة تعز، مما أسفر عن "
                     "مقتل 11 مسلحا حوثيا».", published=date(2015, 8, 8))
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [("Armed clash", "2015-08-08", 2)]


@pytest.mark.parametrize("text", [
    "من جهة أخرى فجّرت قوات الاحتلال جسماً مشبوهاً في شارع الشلالة في البلدة القديمة من مدينة الخليل أمس.",
    "واعتقلت قوات الاحتلال أمس الفتى نعيم أبو سارة من بلدة سلوان بعد تفجير باب منزل ذويه.",
    "ومددت سلطات الاحتلال الإسرائيلي أمس اعتقال 49 أسيرا فلسطينيا في سجن عوفر.",
    "وأضاف: اقتحمت فرق الدفاع المدني الغرفة في الجبيل أمس واتضح وجود شخصين في حالة إغماء.",
])
def test_force_words_that_tell_no_force(text: str) -> None:
    """A suspicious object blown up by the forces (a controlled detonation), a door blown in to make an arrest, a
    detention a court extends, a room rescuers break into: no explosion, no arrest, no clash of their own."""
    assert [e.sub_event_type for e in extract(text, published=date(2015, 8, 1))
            if e.sub_event_type != "Arrests" or "مددت" in text] == []


def test_a_word_describing_a_side_is_no_second_side() -> None:
    """الحوثيين المتمردين: the rebel Houthis, one side; the captured are the side acted upon, not the captors."""
    events = extract("وتم أسر نحو 200 من الحوثيين المتمردين على الشرعية أمس في عدن.", published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Houthi Movement")]
    assert [e.actor1 for e in events] != ["Houthi Movement"]


def test_a_span_since_days_back_dates_no_other_event() -> None:
    """انقطاع المياه منذ ثلاثة أيام: a period the outage has lasted, which dates no event the article tells without a
    day of its own (the arrest of 125 fighters is of the day of publication, at precision 2)."""
    events = extract("وتعاني أحياء الشيخ عثمان من انقطاع المياه منذ ثلاثة أيام. من جهة أخرى ألقت المقاومة في محافظة الضالع "
                     "القبض على 125 مسلحا حوثيا عقب سيطرتها على منطقة الأزارق.", published=date(2015, 7, 26))
    assert [(e.event_date, e.time_precision) for e in events] == [("2015-07-26", 2)]


def test_whom_a_coalition_was_formed_against_is_no_sure_target() -> None:
    """طائرات تابعة للتحالف الذي تقوده أميركا ضد «داعش» قامت بقصف مواقع لـ«جبهة النصرة»: the coalition's name tells
    whom it fights; the side its strike hit is the one the strike names. With an event word between (شن التحالف
    غارات ضد داعش) ضد tells the target."""
    named = extract("وقال المرصد السوري، إن طائرات حربية يعتقد أنها تابعة للتحالف الذي تقوده أميركا ضد «داعش» قد قامت "
                    "بقصف مواقع لـ«جبهة النصرة» قرب بلدة أعزاز أمس.", published=date(2015, 8, 1))
    assert [(e.actor1, e.actor2) for e in named] == [("Global Coalition Against Daesh", "Jabhat al Nusra")]
    aimed = extract("شن التحالف الدولي أمس غارات ضد داعش في مدينة الرقة.", published=date(2015, 8, 1))
    assert [(e.actor1, e.actor2) for e in aimed] == [("Global Coalition Against Daesh", "Islamic State (Syria)")]


def test_towns_far_apart_in_one_province_are_two_scenes() -> None:
    """An attack at al-Zabadani and a strike on Arbin, 30 km apart in Rural Damascus: two incidents, though their
    province is one; the three dead are Arbin's, killed by the regime's aircraft."""
    apart = extract("وكان مسلحو المعارضة قد هاجموا سيارة لقوات النظام في منطقة سهل الزبداني. وقتل ثلاثة مدنيين في مدينة "
                    "عربين جراء قصف طائرات النظام السوري.", published=date(2015, 7, 22))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location, e.fatalities) for e in apart if e.fatalities] == [
        ("Air/drone strike", "Military Forces of Syria (2000-2024)", "Civilians (Syria)", "‘Irbīn", 3)]


def test_a_field_of_mines_is_no_blast() -> None:
    """حقول ألغام: ground laid with mines, here what the strikes hit; no mine went off."""
    events = extract("وقال الجيش الأميركي إن طائرات التحالف شنت أمس غارات جوية أصابت مواقع قتالية لتنظيم داعش وحقول ألغام "
                     "قرب مدينة الرقة.", published=date(2015, 7, 22))
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_one_air_forces_strikes_are_not_anothers() -> None:
    """The regime's aircraft hit Aleppo and the coalition's hit Suran in Aleppo's countryside, both told of one day:
    two strikes, each with its own dead, though their province is one."""
    events = extract("قتل ثمانية مدنيين أمس في قصف لطائرات النظام السوري على مدينة حلب. وقالت مصادر محلية إن قصف طائرات "
                     "التحالف الدولي على ناحية صوران شمالي حلب أسفر عن مقتل عشرة عناصر من تنظيم داعش.",
                     published=date(2015, 7, 21))
    assert sorted((e.actor1, e.actor2, e.fatalities) for e in events) == [
        ("Global Coalition Against Daesh", "Islamic State (Syria)", 10),
        ("Military Forces of Syria (2000-2024)", "Civilians (Syria)", 8)]


def test_a_killing_claimed_is_an_attack_whoever_claims_it() -> None:
    """تبنت ... قتل شرطيين: a side owns the two policemen's deaths, so they were killed in an attack, though the
    side is named by a description the lexicon does not know."""
    events = extract("وتبنت الحركة الانفصالية الكردية الاربعاء قتل شرطيين في مدينة جيلان بينار على الحدود مع سوريا.",
                     published=date(2015, 7, 26))
    assert [(e.event_date, e.actor2, e.location, e.fatalities) for e in events] == [
        ("2015-07-22", "Police Forces of Turkey", "Ceylanpinar", 2)]


def test_control_completed_was_taken() -> None:
    """استكملت السيطرة على منطقة التواهي: the forces finished taking the district, as تمكنت من السيطرة tells
    a taking done."""
    events = extract("وكانت القوات الموالية للرئيس هادي استكملت الاربعاء السيطرة على منطقة التواهي في عدن.",
                     published=date(2015, 7, 23))  # (the day after: a recap two days old is earlier news)
    assert [(e.sub_event_type, e.event_date, e.location) for e in events] == [
        ("Government regains territory", "2015-07-22", "At Tawāhī")]


def test_suicide_bombers_killed_before_they_struck_made_no_bombing() -> None:
    """قتل 10 انتحاريين، بينهم انتحاري: the bombers are the dead, stopped by the forces, and nothing blew up: the
    forces fought them. A bomber who struck (الهجوم الذي قام به أحد الانتحاريين) still makes the blast a suicide
    bombing."""
    stopped = extract("وتمكنت القوات العراقية أمس من قتل 10 انتحاريين بينهم انتحاري شيشاني عندما حاولوا الاقتراب من "
                      "قطعاتها غرب الرمادي.", published=date(2015, 7, 31))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in stopped] == [
        ("Armed clash", "Military Forces of Iraq (2014-)", 10)]
    struck = extract("وقال شهود إن الهجوم الذي قام به أحد الانتحاريين داخل مسجد في أبها أمس راح ضحيته 15 شخصا.",
                     published=date(2015, 8, 8))
    assert [(e.sub_event_type, e.fatalities) for e in struck] == [("Suicide bomb", 15)]


def test_ground_taken_from_the_side_the_article_names() -> None:
    """سيطرت المقاومة على مثلث العند, with no loser in its sentence: it was taken from the armed side the article
    names, other than the taker and its allies (the Houthis, whose positions the coalition bombed)."""
    events = extract("سيطرت قوات المقاومة الشعبية أمس على مثلث العند في محافظة لحج. وقصفت طائرات التحالف أمس مواقع "
                     "الحوثيين في صنعاء.", published=date(2015, 8, 2))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Houthi Movement"),
        ("Air/drone strike", "Saudi-led Coalition", "Houthi Movement")]


def test_a_clash_told_with_one_side_was_fought_with_its_opponent_on_the_ground() -> None:
    """اشتباكات خاضها الحوثيون: a clash with one side named was fought with the side the Houthis fight in the
    article's other events (the Resistance they shelled); a coalition that bombs them is no side on the ground."""
    ground = extract("قصف الحوثيون أمس مواقع المقاومة الشعبية في مدينة تعز. وفي مأرب اندلعت أمس اشتباكات عنيفة خاضها "
                     "الحوثيون في مديرية صرواح أسفرت عن مقتل 12 منهم.", published=date(2015, 8, 2))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in ground][1] == (
        "Armed clash", "Houthi Movement", "Popular Resistance (Yemen)")
    air = extract("قصفت طائرات التحالف أمس مواقع الحوثيين في مدينة تعز. وفي مأرب اندلعت أمس اشتباكات عنيفة خاضها "
                  "الحوثيون في مديرية صرواح أسفرت عن مقتل 12 منهم.", published=date(2015, 8, 2))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in air][1] == ("Armed clash", "Houthi Movement", None)


def test_who_looks_into_an_event_is_no_side_of_it() -> None:
    """الشرطة التركية تعرفت على هوية مشتبه به مرتبط بالهجوم: the police identified a suspect in the bombing told
    before; they were not its target."""
    events = extract("تعهدت الحكومة التركية بتشديد الأمن غداة هجوم انتحاري نسب إلى تنظيم داعش وضرب بلدة سوروج قرب الحدود "
                     "السورية، ما أودى بحياة 32 شخصا. وأعلن رئيس الوزراء التركي أمس أن الشرطة التركية تعرفت على هوية "
                     "مشتبه به مرتبط بالهجوم الانتحاري.", published=date(2015, 7, 22))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Suicide bomb", "Islamic State", "Civilians (Turkey)", 32)]


def test_people_killed_by_a_blast_named_by_nationality_are_civilians() -> None:
    """قتل 3 فلسطينيين جراء انفجار: the dead named by their nationality alone, as people held are, are civilians."""
    events = extract("قتل 3 فلسطينيين وأصيب 20 آخرون أمس جراء انفجار غامض داخل منزل في مدينة رفح.",
                     published=date(2015, 8, 7))
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", "Civilians (Palestine)", 3)]


def test_a_place_in_a_quoted_answer_is_not_the_scene() -> None:
    """نفذوه "ردا على مجزرة سوروج": Suruc is the massacre answered, quoted from the claim, not where the two
    policemen were killed."""
    events = extract('وقتل مسلحون أكراد شرطيين تركيين الأربعاء في هجوم قالوا إنهم نفذوه "ردا على مجزرة سوروج".',
                     published=date(2015, 7, 25))
    assert "Suruc" not in [e.location for e in events]


def test_a_crowd_that_meets_the_force_with_stones_riots() -> None:
    """ورد المتظاهرون برشق عناصر الشرطة بالحجارة: the demonstrators met the police's rubber bullets with stones, so
    the demonstration was a violent one, whatever the force did (ACLED keys it on what the crowd did)."""
    events = extract("وتظاهر مئات المصلين أمس في باحات المسجد الأقصى احتجاجا على اقتحامه، فأطلقت الشرطة الإسرائيلية عليهم "
                     "الرصاص المطاطي، ورد المتظاهرون برشق عناصر الشرطة بالحجارة والزجاجات الفارغة.",
                     published=date(2015, 7, 27))
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Riots", "Violent demonstration", "Rioters (Palestine)", "Police Forces of Israel")]


def test_a_second_man_joined_after_the_first_ones_body_and_nationality_counts() -> None:
    """مقتل ضابط شرطة مصري ومجند: an officer (of the police, Egyptian) and a conscript, two dead."""
    events = extract("أعلنت مصادر أمنية مقتل ضابط شرطة مصري ومجند أمس في انفجار عبوة ناسفة بمدرعة في العريش.",
                     published=date(2015, 8, 10))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Remote explosive/landmine/IED", 2)]


def test_a_bomb_defused_by_the_bomb_squad_is_a_disrupted_weapons_use() -> None:
    """أبطل خبراء متفجرات مفعول عبوة ناسفة: the verb of defusing, the bomb squad (the police's) as its doer, and
    no explosion from the bomb that did not go off; those who planted it are the side disrupted, and the citizens who
    called the police are none."""
    events = extract("أبطل خبراء متفجرات مصريون، أمس، مفعول عبوة ناسفة زرعها مجهولون قرب محطة القطار في مدينة طنطا. "
                     "وكان مواطنون قد أبلغوا الشرطة بوجود جسم غريب.", published=date(2015, 8, 10))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location, e.event_date) for e in events] == [
        ("Disrupted weapons use", "Police Forces of Egypt (2014-)", "Unidentified Armed Group (Egypt)", "Tanta",
         "2015-08-09")]


def test_the_citizens_who_found_a_bomb_are_no_side_of_its_defusing() -> None:
    """مواطنون أبلغوا الشرطة: the people who reported the bomb are not the side whose weapon was disrupted."""
    events = extract("أبطل خبراء متفجرات أتراك مفعول عبوة ناسفة قرب مبنى حزب العدالة والتنمية في أنقرة، بعد أن أبلغ "
                     "مواطنون أمس الشرطة بوجود صندوق مريب.", published=date(2015, 7, 24))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Disrupted weapons use", "Police Forces of Turkey", None)]


def test_a_coalition_backing_a_ground_attack_from_the_air_is_no_side_of_the_clash() -> None:
    """شنت القوات بدعم جوي من التحالف العربي هجمات ... وقتل 12 من الحوثيين في الاشتباكات: the coalition flew over
    the fight; the ground side is the one the article tells fighting the Houthis, the Resistance."""
    events = extract("استعاد مقاتلو المقاومة الشعبية أمس السيطرة على حي صبر شمالي عدن بعد طرد الحوثيين منه. وفي محافظة "
                     "لحج شنت القوات بدعم جوي من التحالف العربي أمس هجمات على مواقع الحوثيين في محيط قاعدة العند، وقتل "
                     "12 من الحوثيين في الاشتباكات.", published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Non-state actor overtakes territory", "Popular Resistance (Yemen)", "Houthi Movement", 0),
        ("Armed clash", "Popular Resistance (Yemen)", "Houthi Movement", 12)]


def test_a_place_in_the_speakers_title_is_not_the_scene_of_what_he_tells() -> None:
    """وقال قائد عملية تحرير قاعدة العند إن قوات المقاومة حررت مديرية لودر: al-Anad names the operation the speaker
    commands; what he tells happened in Lawdar, in another province."""
    events = extract("وقال قائد عملية تحرير قاعدة العند إن قوات المقاومة حررت أمس مديرية لودر في محافظة أبين.",
                     published=date(2015, 8, 11))
    assert [(e.sub_event_type, e.location, e.admin1) for e in events] == [
        ("Non-state actor overtakes territory", "Lawdar", "Abyan")]


def test_a_spokesmans_seat_is_not_the_scene_of_a_fight_he_tells_in_another_province() -> None:
    """المتحدث باسم المقاومة الشعبية في عدن ان القتال مستمر بقاعدة العند: Aden is his seat, the fight is at al-Anad."""
    events = extract("وقال المتحدث باسم المقاومة الشعبية في عدن، ان القتال مستمر أمس بقاعدة العند، حيث قتل 7 من "
                     "الحوثيين في الاشتباكات.", published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Armed clash", "Al-Anad Airbase", 7)]


def test_a_speakers_seat_in_the_province_of_what_he_tells_may_be_its_scene() -> None:
    """قائد المقاومة في لودر ... في محافظة أبين: what he tells names only its province, his town in it."""
    events = extract("وقال قائد المقاومة في لودر إن قواته سيطرت أمس على مواقع للحوثيين في محافظة أبين.",
                     published=date(2015, 8, 11))
    assert [(e.location, e.admin1) for e in events] == [("Lawdar", "Abyan")]


def test_where_a_speaker_spoke_from_his_seat_is_not_the_scene() -> None:
    """قال الرئيس الفلسطيني محمود عباس من مقر الرئاسة في رام الله: where he spoke, not where the child was killed."""
    events = extract("وقتل رضيع فلسطيني حرقا ليل الخميس الجمعة في هجوم لمستوطنين على منزل في الضفة الغربية. وقال الرئيس "
                     "الفلسطيني محمود عباس من مقر الرئاسة في رام الله إن الجريمة لن تمر.", published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "West Bank")]


def test_the_city_a_hospital_lies_near_is_not_the_scene() -> None:
    """نقل إلى مستشفى شيبا في تل هشومير القريبة من تل أبيب: Tel Aviv locates the hospital the man was taken to."""
    events = extract("أصيب مواطن فلسطيني بجروح خطيرة فجر أمس برصاص مستوطنين في شمال الضفة الغربية، ونقل إلى مستشفى "
                     "شيبا في تل هشومير القريبة من تل أبيب لتلقي العلاج.", published=date(2015, 8, 9))
    assert [(e.sub_event_type, e.actor2, e.location) for e in events] == [
        ("Attack", "Civilians (Palestine)", "West Bank")]


@pytest.mark.parametrize(("text", "sub"), [
    ("وفي هذه الأثناء، قصفت قوات التحالف العربي أمس مواقع الحوثيين في مدينة تعز.", "Air/drone strike"),
    ("وقصفت مدفعية قوات التحالف العربي أمس مواقع الحوثيين في مدينة تعز.", "Shelling/artillery/missile attack"),
])
def test_a_coalition_that_fights_from_the_air_bombs_from_the_air(text: str, sub: str) -> None:
    """قصفت قوات التحالف: bombed from the air, where only the verb tells how; its guns named (مدفعية), shelled."""
    events = extract(text, published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [(sub, "Saudi-led Coalition", "Houthi Movement")]


def test_the_number_of_an_aircrafts_model_is_no_toll() -> None:
    """بضربة جوية نفذتها طائرات إف 16 العراقية: three dead, not nineteen, by the Iraqi air force (the model between the
    aircraft and their nationality)."""
    events = extract("أعلنت خلية الإعلام الأمني في العراق، اليوم الأحد، مقتل 3 من عناصر تنظيم داعش بضربة جوية نفذتها "
                     "طائرات إف 16 العراقية في وادي الشاي جنوب كركوك.", published=date(2023, 10, 15))
    assert [(e.sub_event_type, e.fatalities, e.actor1, e.actor2) for e in events] == [
        ("Air/drone strike", 3, "Military Forces of Iraq (2014-)", "Islamic State (Iraq)")]


def test_a_pronoun_after_the_verb_of_telling_is_no_part_of_the_source() -> None:
    """وفق ما أفادت به مصادر طبية: the source is the medical sources, not «به مصادر طبية»."""
    events = extract("استشهد 4 فلسطينيين وأصيب 7 آخرون، فجر اليوم الثلاثاء، في قصف إسرائيلي استهدف منزلا في حي الشجاعية "
                     "شرق مدينة غزة، وفق ما أفادت به مصادر طبية.", published=date(2023, 10, 17))
    assert [(e.sources, [c.attributed_to for c in e.counts]) for e in events] == [
        (("مصادر طبية",), ["مصادر طبية", "مصادر طبية"])]


@pytest.mark.parametrize("text", [
    "أسقطت الدفاعات الجوية الحوثية أمس طائرة مسيرة أمريكية في أجواء محافظة مأرب.",
    "أعلن الحوثيون أمس إسقاط طائرة مسيرة أمريكية من طراز إم كيو 9 في أجواء محافظة مأرب.",
])
def test_the_state_whose_drone_was_downed_is_the_side_disrupted(text: str) -> None:
    """طائرة مسيرة أمريكية: the drone's state is acted upon; the side that downed it acts, though the US is the state
    force named (a state force named beside an arrest or a seizure is otherwise the one that makes it)."""
    events = extract(text, published=date(2023, 10, 17))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Disrupted weapons use", "Houthi Movement", "Military Forces of the United States")]


def test_yesterday_named_with_the_day_after_the_papers_date_is_no_plan() -> None:
    """أمس الأحد in a paper dated Saturday: the writer's day ran ahead of the paper's date; the killing happened."""
    events = extract("أفادت مصادر محلية بمقتل شاب وإصابة آخر برصاص قوات الأمن العراقية خلال تفريق متظاهرين في مدينة "
                     "الناصرية جنوبي البلاد، أمس الأحد.", published=date(2023, 10, 14))
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Excessive force against protesters", "2023-10-15", 1)]


def test_a_town_told_near_is_finer_than_a_citys_countryside() -> None:
    """في ريف حلب الشمالي ... قرب مدينة مارع: Mare' (near it) places the strike better than Aleppo's countryside."""
    events = extract("وفي ريف حلب الشمالي، قُتل عنصران من فصائل الجيش الوطني السوري أمس إثر استهداف نقطة عسكرية لهم "
                     "بصاروخ موجه أطلقته قوات سوريا الديمقراطية قرب مدينة مارع.", published=date(2023, 10, 17))
    assert [(e.location, e.geo_precision, e.fatalities) for e in events] == [("Māri‘", 2, 2)]


def test_armed_men_of_arab_tribes_are_the_tribal_militia() -> None:
    """مسلحين من عشائر عربية: the Arab tribal militia fought the SDF, not the article's most named force."""
    events = extract("اندلعت اشتباكات أمس بين مسلحين من عشائر عربية وعناصر من قسد في بلدة ذيبان بريف دير الزور الشرقي، "
                     "أسفرت عن مقتل 3 من عناصر قسد. وكانت الطائرات الروسية قد قصفت إدلب.", published=date(2023, 10, 17))
    assert {(e.actor1, e.actor2) for e in events if e.sub_event_type == "Armed clash"} in (
        {("Arab Tribal Militia (Syria)", "QSD: Syrian Democratic Forces")},
        {("QSD: Syrian Democratic Forces", "Arab Tribal Militia (Syria)")})


def test_the_taliban_are_a_side() -> None:
    """مسلحو حركة طالبان: the Taliban, a rebel group until they took Kabul, not an unidentified armed group."""
    events = extract("قتل 8 جنود أفغان أمس في هجوم شنه مسلحو حركة طالبان على نقطة تفتيش في ولاية قندوز شمالي أفغانستان.",
                     published=date(2015, 8, 10))
    assert [(e.sub_event_type, e.actor1, e.inter1, e.actor2, e.location, e.fatalities) for e in events] == [
        ("Armed clash", "Taliban", "Rebel group", "Military Forces of Afghanistan", "Kunduz", 8)]


def test_a_place_a_gain_brings_a_side_nearer_to_is_not_the_scene() -> None:
    """السيطرة على أربع مناطق في محافظة إب، الأمر الذي يقربها من معقل الحوثيين في العاصمة صنعاء: taken in Ibb."""
    events = extract("وأعلنت المقاومة الشعبية أمس السيطرة على أربع مناطق في محافظة إب، الأمر الذي يقربها من معقل الحوثيين "
                     "في العاصمة صنعاء.", published=date(2015, 8, 11))
    assert [(e.sub_event_type, e.admin1) for e in events] == [("Non-state actor overtakes territory", "Ibb")]


def test_what_fajjara_sparks_is_no_blast() -> None:
    """الأمر الذي فجر غضبا دوليا: the arson sparked outrage; nothing blew up, so no IED."""
    events = extract("أحرق مستوطنون يهود فجر الجمعة منزلا فلسطينيا في قرية دوما جنوب نابلس، مما أدى إلى استشهاد رضيع، "
                     "الأمر الذي فجر غضبا دوليا.", published=date(2015, 8, 1))
    assert [e.sub_event_type for e in events] == ["Attack"]
