"""Mentions -> events inside one article.

The article is cut into clauses (sentences, split again at clause connectors such as فيما، بينما،
في حين). Each clause's event words, read with the cues around them, propose candidate events;
candidates that tell the same incident (same type, compatible place and date, or an anaphoric
"الهجوم") are merged, and each event takes its fields from the closest fitting mentions: its own
clause first, then its sentence, then the incident's other sentences, then the article.

What never becomes an event: event words under a negation or a prevention verb (لم، منعت، أحبط),
in a plan or threat (من المقرر، سيتم، هدد), in an overflight (تحليق), describing a facility
(مراكز الاعتقال), in a statement about an event (أدان، ندد، تعزية), in a sentence about sport,
or in a clause dated long before publication (historical references, a sentence that opens with an
old date, a year long past, a toll "منذ بدء" a war), nor what كان with a verb in the present tells: a habit or
a state of the past (مواقع كان الحوثيون يستخدمونها في قصف المدينة، وكانت تدور مواجهات في تلك الجبهة), nor how a
place came to ruin (المدينة التي دمرتها معارك ضارية). A figure told of a span of several days (قتل 30 خلال
اليومين الماضيين) is a running total, no one event's toll. Weapons that are seized, found or defused (ضبط عبوة،
اغتنام صواريخ) are not explosions.

An event must also be *anchored*: told as something that happened, not only named. Op-eds and
analyses talk about violence with nouns ("التفجيرات"، "القتل والخطف"، "القتال الدائر"); reports say
that it happened: a finite verb (قصفت، سيطروا، اعتقلت), a figure (قتل 5، اعتقال 12) or a date of
its own (أمس، يوم الخميس). A recap in the pluperfect (وكانت ... قد اعتقلت) anchors only with its date, and an
event told only in recaps (وكانت ...، يذكر أن) two days or more after that date is the earlier news recalled.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from itertools import compress, count, pairwise
from operator import attrgetter, itemgetter

from rasd.assemble_article import lead_sentence, outside_names, pronoun_counts, triggers_outside_names
from rasd.assemble_counts import (
    OTHERS_WORDS,
    PEOPLE_NOUNS,
    count_kind,
    count_scope,
    is_number_word,
    is_population,
    is_thing,
    names_one,
    nearest_count_word,
    one_named_after_the_doer,
    token_at,
)
from rasd.assemble_sources import sources_of
from rasd.model import (
    Actor,
    ActorMention,
    CueMention,
    Place,
    PlaceMention,
    Quantity,
    Sentence,
    TimeRef,
    Token,
    TriggerMention,
)
from rasd.recognize.actors import could_name_actor, load_actors
from rasd.recognize.alliances import load_alliances
from rasd.recognize.dates import counted_from_publication, names_a_weekday
from rasd.recognize.place_resolve import km_between
from rasd.recognize.places import BIG_CITY
from rasd.recognize.quantities import INNA, SPAN_WORDS, day_units, long_time_units, time_units
from rasd.recognize.triggers import OBJECT_PRONOUNS, finite_verb, in_construct, tells_happening
from rasd.text.normalize import normalize_word
from rasd.text.phrases import prefixed_forms
from rasd.text.segment import analyze_clitics, possessed_bases, stems

__all__ = ["BOMBINGS", "GROUND_TAKEN", "Candidate", "Clause", "assemble", "fold_into", "split_clauses"]

TERRITORY = "territory"
"""Provisional sub-type of a Battles event that takes ground; who took it decides the ACLED sub-type."""
GROUND_TAKEN = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
"""Ground taken by force, coded by who takes it (the extractor's _ground_taken_by); a capture whose taker is
not told in its clause (كما سيطروا على مباني السجن) is the ground taking told before it."""

HISTORY_DAYS = 30
"""An event word in a clause dated more than this many days before publication is history: a report
of the day recalls an attack of five weeks before (the Kuwait mosque bombing in August) as background."""

_CONNECTORS = frozenset({"فيما", "بينما", "حين", "وسط", "عقب", "بعدما", "كما", "اضافه", "بالاضافه", "وقت"})
_CONNECTORS_STEMS = stems(*_CONNECTORS)  # for Token.stem (_CONNECTORS: .norm)
_LOOSE_CONNECTORS = frozenset({"وسط", "عقب", "وقت"})  # also prepositions (وسط سوق، عقب صلاة): a clause only after a
# comma; وقت only as "، في وقت" or "، في الوقت الذي" before a clause of its own (في وقت شن طيران التحالف غارات)
_SAME_TIME = frozenset(normalize_word(w) for w in (
    "نفسه", "ذاته", "سابق", "لاحق", "متأخر", "مبكر", "الحالي", "الحاضر", "الراهن", "قريب", "قياسي", "محدود",
    "المتوقع", "المحدد", "المناسب", "واحد", "قصير", "لاحقا", "سابقا", "مضى", "ما"))
"""Words after في وقت / في الوقت that make it a time of the clause (في وقت سابق، في الوقت نفسه), not a connector."""
_FACILITY_NOUNS = frozenset({"مركز", "مراكز", "سجن", "سجون", "معتقل", "مخيم", "مخيمات", "مكان", "اماكن"})
_BLOCKING_CUES = frozenset({"future", "threat", "hypothetical", "era"})
_GOING_ON = frozenset({"كما", "وكما"})
"""A sentence opened by كما (also) goes on from the one before it: more of the same telling."""
_RECAP_VERBS = frozenset({"كان", "كانت", "كانوا"})
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})  # وكانت القوات قد سيطرت: background, told before
_POSSESSION_WORDS = frozenset({
    "ضبط", "تفكيك", "ابطال", "اغتنام", "غنم", "غنمت", "مخزن", "مخازن", "مستودع", "مستودعات", "شحنه", "شحنات",
    "قاعده", "قاعدتي", "قواعد", "منصه", "منصات", "تهريب", "صفقه", "صفقات", "مصنع", "معمل", "ورشه", "تصنيع",
    "زرع", "نزع", "ازاله", "عثر", "عثرت", "العثور", "تخزين", "حيازه", "امتلاك", "تسليم",
    "دعم", "بدعم", "مدعومه", "مدعوما", "مدعومين", "مسنوده", "مسنودا", "المسنوده", "غطاء", "بغطاء", "اسناد",
    "باسناد", "مسانده", "بمسانده",
    "ضبطت", "ضبطوا", "فكك", "فككت", "فككوا", "ابطل", "ابطلت", "صادر", "صادرت", "مصادره",  # the verbs' forms
    "مفعول",  # ابطل الخبراء مفعول عبوة ناسفة: its effect undone
    "استيلاء", "الاستيلاء", "واستيلاء", "استولي", "استولت", "استولوا", "واستولت", "واستولوا", "غنائم",
})
"""Words that make a following weapon a thing held, found or defused, or the support of another
side's attack (هجوم مدعوم من طيران التحالف: a ground attack, not an air strike), not a weapon used."""
_POSSESSION_WORDS_STEMS = stems(*_POSSESSION_WORDS)  # for Token.stem (_POSSESSION_WORDS: .norm)
_PERSON_SUICIDE = frozenset({"انتحاريين", "انتحاريون"})  # the people, not the attack
BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})
"""A bombing's two sub-types: "التفجير" told after "الانتحاري الذي فجر نفسه" is that suicide bombing,
and neither is set off by the state forces named beside it (rasd.extractor)."""
_SEVERITY = {"Excessive force against protesters": 3, "Protest with intervention": 2, "Mob violence": 2}
_UNTOLD_MEANS = "Remote explosive/landmine/IED"
"""The sub-type of an explosion whose means nothing names (انفجار هز المدينة)."""
_WEAPON_PRIORITY = (
    "Suicide bomb", "Chemical weapon", "Remote explosive/landmine/IED", "Air/drone strike", "Grenade",
    "Shelling/artillery/missile attack",
)


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of a sentence that can carry its own event: ``[start, end)`` in the original."""

    start: int
    end: int
    sentence: int
    first_token: int
    last_token: int  # exclusive


@dataclass
class Candidate:
    """An event being assembled (mutable while assembly runs, frozen into an Event after)."""

    event_type: str
    sub_event_type: str
    clause: int
    triggers: list[TriggerMention] = field(default_factory=list)
    counts: list[tuple[str, Quantity, str | None, str | None]] = field(default_factory=list)
    dates: list[TimeRef] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    attackers: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    others: list[ActorMention] = field(default_factory=list)
    allies: list[ActorMention] = field(default_factory=list)  # بمساندة X، مدعومة بطيران X: assoc_actor_1
    holders: list[ActorMention] = field(default_factory=list)  # الحي الواقع تحت سيطرة X: X holds the place hit
    sources: list[str] = field(default_factory=list)
    contested: bool = False
    weak: bool = False  # proposed by casualty words alone
    killers: bool = False  # an armed side is the subject of its verb of killing (قتلت قوات الاحتلال)
    anchored: bool = False  # told as having happened: a finite verb, a figure or a date of its own
    firm: bool = False  # told with a date of its own or a figure: news even where the lead tells none
    told_on: bool = False  # its only date is the day a source told it (قال مسؤولون، اليوم، إن): not its own
    separate: bool = False  # told as another incident (في حادث منفصل، ومن جهة أخرى): no event told before is it
    civilian_site: bool = False  # its weapon or attack hit a place where civilians live or gather (أحياء سكنية، مستشفى)
    not_its_dates: list[TimeRef] = field(default_factory=list)  # بعد تفجير الاثنين: another event's day
    one_dead: list[TriggerMention] = field(default_factory=list)
    """Casualty words of its clause that no figure counts (فلقي مصرعه، حتى فارق الحياة): each may tell of one
    person by its own form (see ``pronoun_counts``); kept apart from ``triggers``, which place and order it."""
    count_groups: dict[int, int] = field(default_factory=dict)
    """For each count (by start offset): its sentence, or -1 for a subset (بينهم طفلان). Figures of
    one sentence and one source add up (قتل 39 متمردا و17 مقاتلا مواليا); sentences restate."""


def split_clauses(sentences: Sequence[Sentence], tokens: Sequence[Token],
                  triggers: Sequence[TriggerMention] = ()) -> list[Clause]:
    """Sentences cut at clause connectors (، فيما / بينما / في حين / كما ...), and after a fronted clause
    that tells an event of its own, before the main clause's verb of the event (see _fronted_clause_end)."""
    clauses: list[Clause] = []
    starts = list(map(_TOKEN_START, tokens))
    connectors = _connector_positions(tokens)
    verbs = {t.token for t in triggers if t.role != "count" and finite_verb(t, tokens)}
    words = {t.token for t in triggers if t.role != "count"}
    for si, s in enumerate(sentences):
        lo = bisect_right(starts, s.start - 1)
        hi = bisect_right(starts, s.end - 1)
        cuts = []
        for k in connectors[bisect_right(connectors, lo) : bisect_left(connectors, hi)]:  # lo < k < hi
            tok = tokens[k]
            after_comma = tokens[k - 1].norm in ("،", ",", "في")
            if tok.stem == "وقت" and not _while_clause(tokens, k):
                continue
            if after_comma or (tok.norm in _CONNECTORS and tok.norm not in _LOOSE_CONNECTORS):
                cuts.append(k - 1 if tokens[k - 1].norm == "في" else k)
        fronted = _fronted_clause_end(tokens, lo, hi, verbs, words) if words else None
        if fronted is not None:
            cuts.append(fronted)
        begin = lo
        for cut in sorted(cuts):
            if begin < cut < hi:
                clauses.append(Clause(tokens[begin].start, tokens[cut - 1].end, si, begin, cut))
                begin = cut
        if hi > begin:
            clauses.append(Clause(tokens[begin].start, tokens[hi - 1].end, si, begin, hi))
    return clauses


def _fronted_clause_end(tokens: Sequence[Token], lo: int, hi: int, verbs: set[int], words: set[int]) -> int | None:
    """Where a clause that opens its sentence with في حين / بينما / فيما ends when it tells an event word of its
    own and the main clause opens, after a comma, on the finite verb of an event ("وفي حين شنت طائرات التحالف
    غارات على الجفينة، استهدفت ضربات جوية موقعا في عمران": the strikes on Amran are an event of their own;
    فيما تمكنت القوات من تحرير جامعة الأنبار، تظاهر المئات في ذي قار). Not at a comma inside the fronted clause
    (، نتيجة تعرضهم لقذائف، وهو ملتح، معتبرين أن، وثمانية من المقاومة), nor before a verb of telling, whose
    report may be the fronted clause's event (وبينما تمكنت المقاومة من السيطرة على المديريات، قال مصدر), nor
    after فيما يخص (as for). None when the sentence does not open so."""
    j = lo
    while j < hi and tokens[j].norm in ("و", "في", "وفي"):
        j += 1
    if j + 1 >= hi or j - lo > 2 or tokens[j].stem not in _FRONTED or tokens[j + 1].norm in ("يخص", "يتعلق"):
        return None
    for k in range(j + 2, hi - 1):
        if tokens[k].norm == ".":
            return None
        if tokens[k].norm in ("،", ",") and k + 1 in verbs and any(j < v < k for v in words):
            return k + 1
    return None


_FRONTED = frozenset({"حين", "بينما", "فيما"})


def _while_clause(tokens: Sequence[Token], k: int) -> bool:
    """The token ``k`` (وقت) opens a clause of its own: "، في وقت شن" or "في الوقت الذي" (ويأتي ذلك في الوقت الذي
    أعلنت فيه المقاومة), not في وقت سابق or a time inside the clause."""
    if k < 1 or k + 1 >= len(tokens) or tokens[k - 1].norm != "في":
        return False
    if tokens[k + 1].norm == "الذي":
        return True
    return (k >= 2 and tokens[k - 2].norm in ("،", ",") and tokens[k + 1].norm not in _SAME_TIME
            and not tokens[k + 1].norm[:1].isdigit())


def _tolls_joined_to_their_cause(clauses: list[Clause], triggers: Sequence[TriggerMention], tokens: Sequence[Token]
                                 ) -> list[Clause]:
    """A clause that only counts the dead or wounded, followed in its sentence by one that adds to the list
    (قتل 25 مسلحا وأصيب 15 بالإضافة إلى تدمير دبابة إثر غارات للتحالف): one clause, whose event the toll is."""
    trig_c = _by_clause(triggers, clauses)
    out: list[Clause] = []
    for k, c in enumerate(clauses):
        prev = out[-1] if out else None
        if (prev is not None and prev.sentence == c.sentence and tokens[c.first_token].stem in _ADDING
                and trig_c[k - 1] and all(t.role == "count" for t in trig_c[k - 1])
                and any(t.role != "count" for t in trig_c[k])):
            out[-1] = Clause(prev.start, c.end, c.sentence, prev.first_token, c.last_token)
            trig_c[k] = trig_c[k - 1] + trig_c[k]
        else:
            out.append(c)
    return out


_ADDING = stems("إضافة")
"""Connectors that add to a list (بالإضافة إلى, stem إضافة): what follows them goes on with what came before."""


_START_OF = attrgetter("start")
_TOKEN_START = itemgetter(Token._fields.index("start"))  # by position: cheaper than by name
_TOKEN_NORM = itemgetter(Token._fields.index("norm"))
_TOKEN_STEM = itemgetter(Token._fields.index("stem"))
_CONNECTOR_FORMS = frozenset(form for word in _CONNECTORS for form in prefixed_forms(word))
"""Every spelling of a connector with proclitics (وبينما، وكما): a token that is a connector as written or
by its stem is written as one of these."""


def _connector_positions(tokens: Sequence[Token]) -> list[int]:
    """The indices, in order, of the tokens that are a clause connector as written or by their stem
    (بينما، وبينما): the only places a clause can start. The tokens are screened by their written
    form with map and compress, in C: a text has hundreds of tokens and a handful of connectors."""
    maybe = compress(count(), map(_CONNECTOR_FORMS.__contains__, map(_TOKEN_NORM, tokens)))
    return [k for k in maybe if tokens[k].norm in _CONNECTORS or tokens[k].stem in _CONNECTORS_STEMS]


def _by_clause(items: Sequence, clauses: Sequence[Clause]) -> list[list]:
    starts = [c.start for c in clauses]
    out: list[list] = [[] for _ in clauses]
    for item in items:
        k = bisect_right(starts, item.start) - 1
        if 0 <= k < len(clauses) and item.start < clauses[k].end:
            out[k].append(item)
    return out


def _agrees(noun: Token, word: Token) -> bool:
    """The word after a noun can be its adjective: both definite or both not (معركة شاملة، الاقتحام الوشيك), and
    not a function word (قبل، في)."""
    return ("ال" in noun.prefix) == ("ال" in word.prefix) and len(word.stem) > 3


def _no_wound(trigger: TriggerMention, cues: Sequence[CueMention], tokens: Sequence[Token]) -> bool:
    """A word of being struck whose next words name an illness or a fright (أصيب بالسرطان، أصيبوا بالذعر، أصيب
    ثلاثة آخرون بصدمة): no one wounded, unless a wound is named first (أصيب اثنان بجروح وصدمة)."""
    return trigger.kind == "injured" and any(
        c.cue in ("natural", "feeling") and 0 < c.token - trigger.token <= 3 for c in cues) and not any(
        c.cue in ("natural", "feeling") and any(t.stem in _WOUND_NOUNS for t in tokens[trigger.token + 1:c.token])
        for c in cues)


_ATTEMPTS = frozenset(normalize_word(w) for w in ("محاولة", "محاولات", "مخطط", "مخططات", "مخططا"))
"""Nouns of an attempt or a plot before a bombing word (محاولة تفجير): what a negation or a foiling stopped."""
_WOUND_NOUNS = stems("جروح", "جراح", "إصابات", "إصابة", "جرح", "حروق", "كسور")


def _blocked(trigger: TriggerMention, cues: Sequence[CueMention], tokens: Sequence[Token]) -> bool:
    """True when the clause's cues say the event word does not report a happening."""
    for cue in cues:
        if cue.cue in ("negation", "denial") and (0 < trigger.token - cue.token <= 3 or (
                3 < trigger.token - cue.token <= 5 and tokens[trigger.token - 1].stem in _ATTEMPTS
                and trigger.event_type == "Explosions/Remote violence")):
            return True  # أحبطت الشرطة أمس محاولة تفجير: the bombing foiled, a few words further (a ground attack
            # foiled, أحبطت القوات محاولات هجوم, was fought off: a clash)
        between = [t for t in tokens[trigger.token + 1:cue.token] if t.norm.isalpha()] if cue.cue == "imminent" else []
        if cue.cue == "imminent" and 0 < cue.token - trigger.token <= 4 and (not between or (
                len(between) == 1 and _agrees(tokens[trigger.token], between[0]))):
            return True  # الاقتحام الوشيك، معركة شاملة وشيكة: about to come (not هجوم قبل الاجتماع المرتقب)
        if cue.cue in _BLOCKING_CUES and cue.token < trigger.token:
            return True
        if (cue.cue == "history" and trigger.event_type not in ("Protests", "Riots")
                and 0 < trigger.token - cue.token <= 8):
            return True  # في مثل هذا اليوم، ذكرى العملية الانتحارية: the event recalled; a commemoration's march
            # (تظاهروا في ذكرى) is news
        if cue.cue == "overflight" and trigger.sub_event_type == "Air/drone strike":
            return True
        if cue.cue == "statement" and cue.token < trigger.token:
            return True  # أدان / رحب / وصف ... : a statement about an event, not the report of one
        if cue.cue == "statement" and "حادث" in cue.text:
            return True  # حادث سير: an accident
        if cue.cue == "natural" and trigger.kind == "killed" and 0 < cue.token - trigger.token <= 8:
            return True  # وفاة أكثر من عشرة مواطنين بحمى الضنك: an illness, not violence
        if cue.cue == "crash" and trigger.role in ("weapon", "count") and 0 < trigger.token - cue.token <= 12:
            return True  # تحطم طائرة خاصة في مطار بلاكبوش نتج عنها وفاة 3 مسافرين: an accident
        if cue.cue == "idiom" and cue.start <= trigger.start < cue.end:
            return True  # رئيس تحرير، قتل عصفورين بحجر واحد: a fixed phrase, not an event
        if cue.cue == "would" and any(t.stem in _BELITTLING for t in tokens[max(cue.token - 4, 0):cue.token]):
            continue  # قلل المتحدث العسكري من شأن الهجوم: played the attack down, it happened
        if cue.cue == "grievance" and 0 < trigger.token - cue.token <= 3:
            return True  # تظاهروا احتجاجا على مقتل خمسة مدنيين: what the protest is about, not its dead
        if cue.cue in ("inquiry", "fear", "prepared", "would", "exercise") and 0 < trigger.token - cue.token <= 5:
            return True  # تحديد المسؤول عن هجمات بغاز الكلور، خوفا من وقوع مجزرة، السماح بشن غارات، من شأن استعادة
            # القاعدة، تمرينات لتدمير مفاعلات: looked into, feared, allowed, supposed or practised, not news
        if cue.cue == "charge" and 0 < trigger.token - cue.token <= 3:
            return True  # بتهمة القتل العمد، المتهمين في تفجير المسجد: a crime charged or tried, not news of it
        if cue.cue == "breach" and trigger.sub_event_type == "Agreement" and (
                0 < trigger.token - cue.token <= 3 or 0 < cue.token - trigger.token <= 12):
            return True  # خرق الهدنة، إنهاء الهدنة، صفقة تبادل ... قد فشلت: no agreement made
        if cue.cue == "background" and 0 < trigger.token - cue.token <= 4:
            return True  # المدينة التي تشهد اشتباكات منذ ...: a description of a place, not a report
    if _not_force(trigger, tokens):
        return True  # فجرت القوات جسما مشبوها، مددت المحكمة اعتقال 49، اقتحمت فرق الدفاع المدني الغرفة: no violence
    if _liberation_as_an_ideal(trigger, tokens):
        return True  # جيل التحرير، معركة التحرير: liberation as a cause, no ground taken
    if (trigger.role == "seize" and trigger.token + 1 < len(tokens)
            and tokens[trigger.token + 1].stem in _CAPTIVES):
        return True  # تحرير المختطفين، تحرير الرهائن: people freed, no ground taken
    if (trigger.role == "seize" and trigger.token > 1 and tokens[trigger.token - 1].stem in _OPERATION_NOUNS
            and tokens[trigger.token - 2].stem in _COMMAND_TITLES):
        return True  # قائد عملية تحرير عدن: a commander's title, not news of the capture
    if trigger.role == "count" and trigger.token > 0 and tokens[trigger.token - 1].stem in _CARE:
        return True  # لعلاج ضحايا الحرب، تعويض المصابين: care for the hurt, not news of their hurt
    if (trigger.sub_event_type == "Looting/property destruction" and tokens[trigger.token].stem in _RUIN_NOUNS
            and trigger.token + 1 < len(tokens) and _group_noun(tokens[trigger.token + 1])):
        return True  # تدمير تنظيم داعش: a group to be crushed, no property destroyed (a verb's group,
        # دمرت مليشيا الحوثي المدينة, is its subject)
    if _habitual(trigger, tokens):
        return True  # الهجمات التي تنفذها الجماعة على اليمنيين: what a side keeps doing, no one event
    if _halted(trigger, tokens):
        return True  # أوقفت القوات عمليات القصف الجوي، علقت الغارات: bombardment stopped, not carried out
    if _done_before(trigger, tokens):
        return True  # سبق أن أعدمت إيران أكثر من 600 شخص هذا العام: what was done before, not the news
    if _attempted_ground(trigger, tokens):
        return True  # يحاول العراق استعادة السيطرة على الرمادي: ground sought, not yet taken
    if _reference_point(trigger, tokens):
        return True  # منذ تحرير المدينة، بعد 3 أيام على هجوم انتحاري: a past event time is counted from
    if trigger.role == "seize" and tokens[trigger.token].prefix.lstrip("وف") in ("ل", "لل"):
        return True  # حملة لاستعادة المدينة، سعيا للسيطرة على: a purpose, the ground not yet taken
    purpose = ("ل", "لل") if trigger.sub_event_type == "Arrests" else ("ل",) if trigger.role == "attack" else ()
    if (tokens[trigger.token].prefix.lstrip("وف") in purpose and not _exposed_before(trigger.token, tokens)
            and not (trigger.sub_event_type == "Arrests" and any(
                tokens[j].stem in _LED_TO for j in range(max(trigger.token - 5, 0), trigger.token)))):
        return True  # اتفاق يسمح باستخدام القاعدة لشن ضربات جوية، إجراء للقبض على الجناة: a purpose, nothing done yet
        # (للهجوم is as often "to the attack" as "to attack": only the bare ل reads as a purpose there; أدت
        # التحريات للقبض على: a result, the arrests made)
    if trigger.device and trigger.token > 0 and tokens[trigger.token - 1].stem in _CARRIED_BY and not any(
            t.stem in _STRIKING for t in tokens[max(trigger.token - 8, 0):trigger.token]):
        return True  # عبر الطائرات، على متن طائرة: aircraft that carry people, not a strike (غارة نفذتها عبر طائرة)
    if trigger.sub_event_type == "Agreement" and any(
            t.stem in _AGREEMENT_FRAMES for t in tokens[max(trigger.token - 2, 0):trigger.token]):
        return True  # خلال الهدنة، بعد ساعات من سريان وقف إطلاق النار، الالتزام ببنودها: a truce in the background
    if _fired_at_no_one(trigger, tokens):
        return True  # أطلقت الشرطة النار في الهواء، أطلق النار على نفسه: warning shots, a suicide
    if (trigger.token + 1 < len(tokens) and tokens[trigger.token].stem in _DETONATING
            and tokens[trigger.token + 1].stem in _SPARKED):
        return True  # ما فجر تبادلا لإطلاق النار، فجرت أزمة: sparked, no blast
    if _sentenced(trigger, tokens):
        return True  # قضت محكمة جنايات القاهرة ... بإعدام الرئيس الأسبق: a sentence, no killing
    if _answered(trigger, tokens):
        return True  # هذه العملية هي رد على الهجوم الانتحاري الذي استهدف: the attack answered, told before
    if _campaign_launched(trigger, tokens):
        return True  # شنت الشرطة حملة أمنية للقبض على المطلوبين: a campaign launched, no attack
    prev = trigger.token - 1
    if trigger.role == "weapon" and trigger.event_type == "Explosions/Remote violence" and any(
            (tokens[k].stem in _POSSESSION_WORDS_STEMS or tokens[k].norm in _POSSESSION_WORDS)
            and not (tokens[k].stem == "قاعده" and tokens[k].prefix.endswith("ال"))  # al-Qaeda
            for k in range(max(trigger.token - 3, 0), trigger.token)):
        return True  # ضبط عبوة ناسفة، اغتنام قاعدتي صواريخ، طائرات في قاعدة إنغرليك: a weapon held, not used
        # (عناصر القاعدة أمس في غارة: القاعدة is al-Qaeda, the side hit)
    return prev >= 0 and tokens[prev].stem in _FACILITY_NOUNS and trigger.role in ("event", "count")


_DETONATING = stems("فجر", "فجرت", "فجروا", "يفجر", "تفجر")
_SPARKED = stems(
    "تبادل", "تبادلا", "مواجهات", "اشتباكات", "أزمة", "ازمه", "غضب", "غضبا", "موجة", "احتجاجات", "خلافات", "خلافا",
    "الوضع", "الأوضاع", "ثورة", "قضية", "جدلا", "جدل", "فضيحة", "مفاجأة", "صراعا", "صراع", "حربا", "معركة", "طاقات")
"""What فجّر sparks rather than blows up (ما فجر تبادلا لإطلاق النار، فجرت الأزمة، فجر غضب الشارع)."""


_SERIES_NOUNS = frozenset(normalize_word(w) for w in (
    "الهجمات", "الغارات", "الاعتداءات", "المعارك", "الاشتباكات", "العمليات", "الضربات", "التفجيرات", "المواجهات",
    "المجازر", "الانتهاكات", "الجرائم", "الاعتقالات", "الحملة", "الحرب", "القصف"))
"""Event nouns with the article that name a series or a war (الهجمات، الحرب) when a relative clause in the
present describes them."""
_PAST_AUXILIARIES = frozenset({"تم", "تمت", "يتم", "تتم"})  # التي تمت: done; التي تتم: done, passive, no doer told


def _habitual(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """"الهجمات التي تنفذها جماعة الحوثي على اليمنيين، الغارات التي يشنها التحالف، الحرب التي تخوضها": a series
    described by what a side keeps doing (التي / الذي and a verb in the present) is no one event. A verb in
    the past (الهجمات التي نفذتها، تعرضت لها) or تم / تتم tells what was done and stays."""
    k = trigger.token
    if k + 2 >= len(tokens) or tokens[k].norm.lstrip("وف") not in _SERIES_NOUNS or tokens[k + 1].norm not in (
            "التي", "الذي"):
        return False
    verb = tokens[k + 2].norm
    if verb in _PAST_AUXILIARIES or verb[:1] not in ("ت", "ي") or len(verb) < 4:
        return False
    bare = re.sub(r"(?:ها|هم|هما|هن|ه)$", "", verb)
    return not bare.endswith("ت")  # تعرضت، تلت: the past of a verb that begins with ت


_TIME_OF = stems(
    "بينما", "عندما", "حين", "حينما", "أثناء", "اثناء", "لما", "فيما", "وقت", "عند", "خلال", "ريثما", "بعدما")
"""Words of time before كان (بينما كان يتنقل، عندما كانوا يهاجمون): the past continuous tells what went on
when the news happened, not a habit."""
_NOT_PRESENT = stems(
    "يوم", "يومين", "يونيو", "يوليو", "يناير", "يد", "يمن", "يمين", "يسار", "تلك", "تحت", "تم", "تمت", "تركيا",
    "تونس", "تعز")
"""Words that begin like a verb in the present (ي، ت) and are none: nouns, تلك، تحت and the past تم."""
_USED_TO_ENDS = frozenset(normalize_word(w) for w in (
    "،", ",", ".", "؛", ":", "أن", "ان", "بأن", "قبل", "بعد", "عندما", "حتى", "ثم", "لكن", "ولكن", "إلا", "أعقاب",
    "عقب", "إثر", "خلال", "أثناء", "منذ", "جراء", "بسبب", "نتيجة"))
"""Words that end the clause of كان and its verb, or open a time or a cause of its own (وكان مقاتلون يعتقد أنهم
هاجموا أمس، وكان يتحدث في أعقاب مقتل ستة: the killing is the news)."""
_USED_TO_REACH = 4  # words from كان to its verb (the subject between), and from the verb to the event word
_PREPOSITIONS = frozenset({"في", "علي", "من", "الي", "عن", "مع"})
_PRESENT_PREFIX = {"كان": "ي", "كانوا": "ي", "كانت": "ت"}
"""The letter a verb in the present opens with after each form of كان, in agreement with it: كان الرجل يقود،
كانوا يستخدمونها، كانت القوات تقصف. A ت after كان or كانوا is the past of a verb of that shape (وكان الشهيد تعرض
لإطلاق نار، كانوا تقدموا): the pluperfect, news told before."""


def _present_verb(tok: Token, letter: str) -> bool:
    """The token reads as a verb in the present opening with ``letter`` (يستغلونه، تخوض، تحاصر، يتم): no article
    or preposition in front, and none of the nouns of that shape: تزامنا، يوميا (an ending ا, not the pronoun of
    يستخدمونها), تظاهرة (ة, read ه), تفجير (the verbal noun تفعيل), تعرضت، تقدموا (a past verb of ت)."""
    w = tok.stem
    if (tok.prefix not in ("", "و", "ف") or len(w) < 4 or w[0] != letter or w in _NOT_PRESENT
            or (w.endswith("ا") and not w.endswith("ها")) or w.endswith("وا")):
        return False
    return letter == "ي" or not (w.endswith(("ت", "ه")) or (len(w) == 5 and w[3] == "ي"))


def _used_to(trigger: TriggerMention, tokens: Sequence[Token], dates: Sequence[TimeRef]) -> bool:
    """The event word is what كان with a verb in the present tells (كان/كانت/كانوا + يفعل): a habit or a state of the
    past, not an event told. "مواقع كان الحوثيون يستخدمونها في إطلاق صواريخ"، "حيث كان المتمردون يستغلونه في
    قصف المدينة"، "وكانت ترد على هجمات الجيش"، "وكانت تدور مواجهات في تلك الجبهة": what the place was used for,
    what went on there. Only its subject stands between كان and the verb (not كان بسيارة مفخخة يقودها انتحاري:
    the attack was made with a car). Not after a word of time (بينما كان يتنقل، عندما كانوا يهاجمون: what went on
    at the news), nor in the pluperfect (وكانت القوات قد سيطرت، وكان الشهيد تعرض لإطلاق نار: a past verb), nor an
    event word that is a past verb itself (وكان مقاتلون يعتقد أنهم هاجموا أمس), nor when a date follows كان up to
    four words past the event word (وكانت تدور مواجهات عنيفة أمس: what went on that day is news), nor when قبل
    أن ends it (see ``_until_then``)."""
    k = trigger.token
    if finite_verb(trigger, tokens) and tokens[k].stem[:1] not in ("ي", "ت"):
        return False
    for j in range(k - 1, max(k - 2 * _USED_TO_REACH - 2, -1), -1):
        tok = tokens[j]
        if tok.norm in _USED_TO_ENDS:
            return False
        letter = _PRESENT_PREFIX.get(tok.stem)
        if letter is None:
            continue
        if j > 0 and tokens[j - 1].stem in _TIME_OF:
            return False
        for v in range(j + 1, min(j + _USED_TO_REACH + 1, k + 1)):
            if _present_verb(tokens[v], letter):
                near = tokens[min(k + _USED_TO_REACH, len(tokens) - 1)].end  # its own date, not a later verb's
                return (k - v <= _USED_TO_REACH and not any(tok.start <= d.start < near for d in dates)
                        and not _until_then(tokens, k))
            if tokens[v].norm in _PREPOSITIONS or tokens[v].prefix.rstrip("ال")[-1:] in ("ب", "ل", "ك"):
                return False  # كان بسيارة مفخخة: what it was, not a verb of it
        return False
    return False


_RUINED_BY = re.compile(r"(?:دمر|هدم|خرب|احرق|اتلف)ت?(?:ها|ه|هم|هما)?")
"""A past verb of destroying, with the object pronoun of the thing destroyed (دمرتها، هدمه) or none (دمرت)."""
_BY_WAY_OF = stems("في", "بفعل", "جراء", "خلال", "إثر", "نتيجة")


def _ruin_described(trigger: TriggerMention, tokens: Sequence[Token], dates: Sequence[TimeRef]) -> bool:
    """The event word tells how a thing named came to ruin, in a relative clause: "كوباني التي دمرتها معارك ضارية"،
    "المنازل التي دمرها القصف"، "المدينة التي دمرت في معارك استمرت أربعة أشهر": a description of the place as it
    is, its ruin told before, not an event. Not with a date of its own after the relative word (المنازل التي دمرها
    القصف أمس: news)."""
    k = trigger.token
    if k < 2:
        return False
    if _RUINED_BY.fullmatch(tokens[k - 1].stem) and tokens[k - 1].prefix in ("", "و"):
        rel = k - 2
    elif k >= 3 and tokens[k - 1].stem in _BY_WAY_OF and _RUINED_BY.fullmatch(tokens[k - 2].stem):
        rel = k - 3
    else:
        return False
    if tokens[rel].stem not in _RELATIVES:
        return False
    near = tokens[min(k + _USED_TO_REACH, len(tokens) - 1)].end
    return not any(tokens[rel].start <= d.start < near for d in dates)


_UNTIL_REACH = 16  # words from the event word to قبل أن / إلى أن that ends what went on
_UNTIL = stems("قبل", "إلى")


def _until_then(tokens: Sequence[Token], k: int) -> bool:
    """After the event word, in its sentence, قبل أن or إلى أن tells what ended it (الميليشيات التي كانت تخوض
    مواجهات عنيفة مع الجيش ... قبل أن تتمكن الأخيرة من إحكام السيطرة): the past continuous of a story told as
    news, what went on until the news happened, not a habit."""
    for j in range(k + 1, min(k + _UNTIL_REACH, len(tokens) - 1)):
        if tokens[j].norm == ".":
            return False
        if tokens[j].stem in _UNTIL and tokens[j + 1].norm in ("ان", "أن"):
            return True
    return False


_GROUP_NOUNS = stems(
    "تنظيم", "جماعة", "جماعات", "حركة", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "داعش", "الإرهاب", "الإرهابيين",
    "خلية", "خلايا", "شبكة")
"""Groups a word of destroying may take as its object (تدمير تنظيم داعش): the war aim, not property. Held as
stems, which carry no article (التنظيم، الإرهاب); al-Qaeda, whose name begins with it, see _group_noun."""


def _group_noun(tok: Token) -> bool:
    """The word names a group (``_GROUP_NOUNS``), or is القاعدة with its article: al-Qaeda (قاعدة alone is a base)."""
    return tok.stem in _GROUP_NOUNS or (tok.stem == "قاعده" and tok.prefix.endswith(("ال", "لل")))
_RUIN_NOUNS = frozenset(normalize_word(w) for w in ("تدمير", "إتلاف", "تخريب"))
"""Verbal nouns of destroying, whose next word is their object (a verb's next word is its subject)."""
_STRIKING = frozenset(normalize_word(w) for w in (
    "غارة", "غارات", "ضربة", "ضربات", "قصف", "استهداف", "نفذ", "نفذت", "نفذتها", "شن", "شنت", "شنتها", "هجوم"))
_BELITTLING = stems("قلل", "قللت", "قللوا", "قللا", "يقلل", "تقلل", "تقليل", "حط", "رفع", "يرفع", "أعلى")
"""Words up to four before من شأن that make it "the importance of" (قلل من شأن الهجوم), not "would"."""
_AGREEMENT_FRAMES = stems("خلال", "أثناء", "اثناء", "طيلة", "طوال", "سريان", "موعد", "بنود", "شروط", "ظل")
"""Words that make an agreement's word the frame of what else is told (خلال الهدنة، في ظل الهدنة، من سريان وقف
إطلاق النار، بنود الاتفاق), not the news that one was agreed."""
_CARRIED_BY = frozenset({"عبر", "متن"})
"""Words before an aircraft that make it a means of travel (عبر الطائرات التي تم تأمينها، على متن طائرة)."""
_NO_ONE_HIT = {"في": frozenset({"الهواء"}), "علي": frozenset(normalize_word(w) for w in ("نفسه", "نفسها", "أنفسهم"))}
"""After في and على: fire in the air, fire at oneself (not في الوقت نفسه: at the same time)."""


_RULING = frozenset(normalize_word(w) for w in ("قضت", "حكمت", "أصدرت"))
_COURTS = stems("محكمة", "محاكم", "قاضي", "قاض", "هيئة")
_DEATH_PENALTY = frozenset({normalize_word("إعدام")})
_RULING_REACH = 20  # words (commas included) from the verb of ruling to بإعدام, past the court's name and the date


def _sentenced(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """بإعدام after a verb of ruling up to ``_RULING_REACH`` words before it (قضت محكمة جنايات القاهرة المنعقدة
    بأكاديمية الشرطة، اليوم، برئاسة المستشار ... بإعدام): a death sentence passed, no one put to death. (A court's
    name between the verb and the word is long; a court must be named after the verb: قضت / حكمت محكمة. حكم as a
    noun beside الإعدام is an idiom cue already.)"""
    k = trigger.token
    if tokens[k].stem not in _DEATH_PENALTY or not tokens[k].prefix.lstrip("وف").startswith("ب"):
        return False
    ruled = False
    for j in range(k - 1, max(k - _RULING_REACH, 0) - 1, -1):
        if tokens[j].norm == ".":
            return False  # the verb must be in the sentence of بإعدام
        if tokens[j].stem in _COURTS:
            ruled = True
        elif tokens[j].stem in _RULING:
            return ruled or tokens[j + 1].stem in _COURTS
    return False


_ANSWER = frozenset({"رد", "ردا"})


def _answered_and_told(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """The event answered is told in a relative clause after it (رد على الهجوم الانتحاري الذي استهدف ... وأسفر عن
    سقوط 32 قتيلا): the figures after it are that event's. (ردا على القصف الحوثي، أسفرت عن مقتل 20: the toll after
    the comma is the answer's own.)"""
    return _answered(trigger, tokens) and any(
        tok.norm in _RELATIVES for tok in tokens[trigger.token + 1:trigger.token + 4])


def _answered(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """A definite event word right after رد على / ردا على (هي رد على الهجوم الانتحاري، ردا على القصف): the event
    answered, one the reader knows, not news of this report. (ردا على مقتل, indefinite, may be the news itself.)"""
    k = trigger.token
    if k >= 3 and tokens[k - 1].norm in _LATEST:  # ردا على أحدث هجوم، ردا على آخر الهجمات: definite too
        k -= 1
    return (k >= 2 and ("ال" in tokens[trigger.token].prefix or k < trigger.token) and tokens[k - 1].norm == "علي"
            and tokens[k - 2].stem in _ANSWER)


_LATEST = frozenset(normalize_word(w) for w in ("أحدث", "آخر", "أخر"))


_CAMPAIGN_NOUNS = frozenset({"حمله", "حملات"})
_ARMED_CAMPAIGNS = stems("عسكريه", "جويه", "بريه", "عسكريا", "قصف", "غارات", "عنيفه", "بؤر", "معاقل", "مواقع", "اوكار",
                         "ارهابيه", "مسلحين", "مسلحي")
"""What makes a campaign (حملة) an offensive, up to four words after it: حملة عسكرية، حملة جوية، حملة قصف، حملة
موسعة على البؤر الإرهابية، على معاقل المسلحين."""


def _campaign_launched(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """شن ... حملة with no word of arms after it (شنت الشرطة حملة أمنية، شن حملة إعلامية، شنت حملات مكثفة): a
    campaign launched is no attack; its outcome (اعتقال 5) is told by its own words."""
    if trigger.role != "attack" or not tokens[trigger.token].stem.startswith("شن"):
        return False
    for k in range(trigger.token + 1, min(trigger.token + 6, len(tokens))):
        if tokens[k].stem in _CAMPAIGN_NOUNS:
            return not any(t.stem in _ARMED_CAMPAIGNS for t in tokens[k + 1:k + 5])  # حملة موسعة على البؤر الإرهابية
    return False


def _fired_at_no_one(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """A shooting told by أطلق / فتح ... النار with "في الهواء" or "على نفسه" within ten words after it."""
    if trigger.role != "attack" or trigger.event_type != "Violence against civilians":
        return False
    window = tokens[trigger.token + 1:trigger.token + 11]
    return any(w.norm in _NO_ONE_HIT and window[k + 1].norm in _NO_ONE_HIT[w.norm]
               for k, w in enumerate(window[:-1]))


_WANTED_NOUNS = frozenset({
    "متهم", "متهما", "متهمين", "مطلوب", "مطلوبا", "مطلوبين", "مشتبه", "مشتبها", "مشتبهين", "اعضاء", "عضوا",
    "عناصر", "عنصرا", "اشخاص", "شخصا", "شخصين", "افراد", "ارهابيين", "ارهابيا", "مسلحين", "خليه", "خلايا",
    "شبكه", "جناه",
})


_PERIOD = frozenset(normalize_word(w) for w in ("الفترة", "الفترات", "أسبوع", "أسبوعين", "أسابيع", "الأسابيع"))
_THIS = frozenset(normalize_word(w) for w in ("هذه", "تلك"))
_DEMONSTRATIVES = frozenset(normalize_word(w) for w in ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين"))
_PERIOD_REACH = 12  # words between a period named and the figure it sums up
_LONG_PERIODS = frozenset(normalize_word(w) for w in ("الأشهر", "الشهور", "السنوات", "الأعوام", "السنين")) | _PERIOD
_IN_THE_LAST = SPAN_WORDS | {"في"}
_SUPERLATIVES = frozenset(normalize_word(w) for w in ("أعنف", "أكبر", "أسوأ", "أكثر", "أشد", "أول", "أضخم", "أخطر"))
"""A comparison with the period (أعنف هجوم تشهده المدينة في الأشهر الأخيرة): the event is news, the period its
measure."""
_LAST = frozenset(normalize_word(w) for w in ("الأخيرة", "الماضية"))
_NTH_MONTH = frozenset(normalize_word(w) for w in ("للشهر", "للعام", "للسنة"))  # للشهر الرابع على التوالي
_PERIOD_WORDS = _LONG_PERIODS | _NTH_MONTH  # (_PERIOD among them)


def _over_months(quantities: Sequence[Quantity], tokens: Sequence[Token], first: int, last: int) -> bool:
    """A span of months or years the clause (tokens ``first`` to ``last``) covers (قتلت 173 مدنيا خلال
    عشرة أشهر، على مدى عامين), or a figure told of a period or of weeks (170 مدنيا قتلوا خلال هذه الفترة، ما
    أدى خلال الفترة نفسها إلى مقتل عشرين، أسفرت الغارات خلال أسبوع عن مقتل 260، توقيف المئات في الأشهر الأخيرة), or
    fighting told as going on for the Nth month or year running (للشهر الرابع على التوالي): it sums up a period,
    it tells no one event."""
    figures = [token_at(tokens, q.start) for q in quantities if q.kind == "count"]
    # Without a figure no period is summed up; with one, only the tokens that are a period's word can tell
    # the period (screened in C, with map and compress).
    periods = compress(count(first + 1), map(_PERIOD_WORDS.__contains__, map(_TOKEN_NORM, tokens[first + 1:last]))
                       ) if figures else ()
    for j in periods:
        if tokens[j].norm in _PERIOD and (tokens[j - 1].norm in SPAN_WORDS or (
                tokens[j - 1].norm in _THIS and j > first + 1 and tokens[j - 2].norm in SPAN_WORDS) or (
                tokens[j - 1].norm in _SAME) or (  # وشهدت نفس الفترة مقتل 11
                tokens[j - 1].norm == "في" and j + 1 < last and (
                    tokens[j + 1].norm == "من" or tokens[j + 1].norm in _ITSELF))) and any(  # في الفترة من 7 تموز
                abs(k - j) <= _PERIOD_REACH for k in figures):
            return True
        if (tokens[j].norm in _LONG_PERIODS and tokens[j - 1].norm.lstrip("و") in _IN_THE_LAST
                and any(t.norm in _LAST for t in tokens[j + 1:j + 3])  # الأسابيع (القليلة) الماضية
                and any(abs(k - j) <= _PERIOD_REACH for k in figures)
                and not any(t.stem in _SUPERLATIVES for t in tokens[first:j])):  # أعنف هجوم ... في الأشهر الأخيرة
            return True  # تم توقيف المئات في الأشهر الأخيرة، قتل 40 خلال الأسابيع الماضية: a period's sum
        if tokens[j].norm in _NTH_MONTH and any(
                tokens[i].norm == "التوالي" for i in range(j + 1, min(j + 4, len(tokens)))):
            return True  # تتواصل المعارك للشهر الرابع على التوالي: months of fighting, not a day's
    for q in quantities:
        if q.kind != "duration":
            continue
        unit = normalize_word(q.counted or q.text.split()[-1])
        k = token_at(tokens, q.start)
        if unit in long_time_units() and any(tokens[j].norm in SPAN_WORDS for j in range(max(k - 2, 0), k)):
            return True
    return False


_SINCE_DAYS = 7
"""A clause told "since" a day this many days or more before publication (منذ 20 يوليو) sums up a period."""


def _since_a_week(dates: Sequence[TimeRef], tokens: Sequence[Token], published: date | None) -> bool:
    """The clause counts "since" a day a week or more before publication (قتل 45 في الهجمات منذ 12 أبريل،
    يرتفع عدد القتلى إلى 60 منذ 20 يوليو): a running toll of many days, no one event, unless the clause
    has a recent day of its own (قتل 5 أمس في مدينة يحاصرها التنظيم منذ 12 أبريل is news)."""
    if published is None:
        return False
    since = [d for d in dates if d.date is not None and (published - d.date).days >= _SINCE_DAYS
             and (w := _word_before(d, tokens)) is not None and w.stem == "منذ"]
    return bool(since) and not any(d.date is not None and d not in since and (published - d.date).days < _SINCE_DAYS
                                   for d in dates)


def _days_over_provinces(quantities: Sequence[Quantity], tokens: Sequence[Token], places: Sequence[PlaceMention]
                         ) -> bool:
    """A figure told of two days or more (خلال الـ48 ساعة، خلال اليومين الماضيين) in a clause that names places in
    two provinces or more (قصف مواقع التنظيم في دير الزور والحسكة والرقة): a tally of many strikes, no one event."""
    units = day_units()
    if not any(q.kind == "count" for q in quantities) or len(
            {p.place.admin1 for p in places if p.place is not None and p.place.admin1}) < 2:
        return False
    for q in quantities:
        if q.kind != "duration" or q.value is None:
            continue
        k = token_at(tokens, q.start)
        hours = units.get(normalize_word(q.counted or q.text.split()[-1]), 0) * q.value
        if hours >= 48 and any(tokens[j].norm in SPAN_WORDS for j in range(max(k - 2, 0), k)):
            return True
    return False


_SPAN_REACH = 15
"""Words between a span of days (a "span" cue: خلال اليومين الماضيين) and the figure it sums up."""
_TAKEN_AWAY = frozenset({"kidnapped", "missing"})
"""Counts a span of days does not sum up: people taken in the last two days (خطفت جبهة النصرة خلال اليومين الماضيين
خمسة مقاتلين) were taken once, the span tells when."""


def _span_reach(cue: CueMention, clause: Clause, tokens: Sequence[Token]) -> int:
    """How far a "span" or "places" cue reaches: ``_SPAN_REACH`` words, or the whole clause when a span closes it
    (only its own closing words, الماضيين، الأخيرة، القليلة الماضية, or punctuation after it): a span told last
    scopes over all the clause tells (أعلنت المقاومة مقتل 42 حوثيا، و9 مقاتلين من المقاومة في مواجهات اندلعت في قرى
    مشرعة وحدنان ...، على مدار اليومين الماضيين)."""
    if cue.cue != "span":
        return _SPAN_REACH
    tail = tokens[token_at(tokens, cue.end - 1) + 1:clause.last_token]
    return len(tokens) if all(t.stem in _SPAN_TAILS or not t.norm[:1].isalnum() for t in tail) else _SPAN_REACH


_SPAN_TAILS = stems("الماضي", "الماضية", "الماضيين", "الأخيرة", "الأخيرين", "القليلة", "السابقة")


def _of_several_days(k: int, spans: Sequence[tuple[int, int]], tokens: Sequence[Token]) -> bool:
    """The figure or casualty word at token ``k`` is told of a span of more than one day or of many places (the
    tokens ``spans`` open one, each with its reach) within its reach, either side: قتل أكثر من 30 مسلحا خلال اليومين
    الماضيين، المعارك خلال اليومين الماضيين أسفرت عن مقتل 42، قتلوا في المعارك خلال الأيام الثلاثة الماضية. It counts
    the dead of several days' incidents, a running total, not one event's. Not across a recap opened after it (قتل
    جندي في قصف على ثكنة، وكانت البلدة شهدت في الأيام الماضية اشتباكات: the span is the recap's)."""
    for s, reach in spans:
        if abs(s - k) <= reach and not any(
                tokens[j].norm.removeprefix("و") in _RECAP_VERBS for j in range(min(s, k) + 1, max(s, k))):
            return True
    return False


_TOWNS = frozenset({"city", "town", "village", "neighbourhood", "camp"})
_TOWN_NOUNS = stems("مدينة", "بلدة", "قرية", "عاصمة", "حي", "مخيم")
"""A town named again by its kind (مناطق متفرقة من المدينة: the city just named)."""


def _in_one_town(cue: CueMention, places: Sequence[PlaceMention], tokens: Sequence[Token]) -> bool:
    """The many places a "places" cue names lie in one town named within three words after it (مناطق متفرقة من
    مدينة تعز، مختلف المناطق في الرمادي، مناطق متفرقة من المدينة): one place to ACLED, its toll one event's."""
    end = token_at(tokens, cue.end - 1)
    return any(tokens[j].stem in _TOWN_NOUNS for j in range(end + 1, min(end + 4, len(tokens)))) or any(
        p.place is not None and p.place.feature in _TOWNS and 0 < token_at(tokens, p.start) - end <= 3
        for p in places)


_SIDES_OF_A_MAP = stems("شمال", "جنوب", "شرق", "غرب", "وسط", "ريف", "شمالي", "جنوبي", "شرقي", "غربي")
_PLACE_KINDS = stems("محافظة", "محافظتي", "مدينة", "مدينتي", "قضاء", "قضائي", "منطقة", "منطقتي", "بلدة", "بلدتي",
                     "ولاية", "ولايتي", "إقليم", "إقليمي")
"""The kind of place a name follows (محافظتي الأنبار ونينوى، قضاء بيجي): the preposition stands before it."""
_IN_WORDS = frozenset({"في", "علي"})  # في تركيا وشمال العراق، على صنعاء وصعدة (and ب: بمحافظتي تعز ولحج)


def _in_places_apart(k: int, places: Sequence[PlaceMention], tokens: Sequence[Token]) -> bool:
    """The figure at token ``k`` is told, within ``_SPAN_REACH`` words after it, "in X and Y" of two places of
    different countries or provinces, joined by و (a side of the map may stand between: في تركيا وشمال العراق،
    في محافظتي تعز ولحج، على صنعاء وصعدة): the toll of incidents in both, a running total, no one event's. Not
    a place where people went or came from (نزوح المئات باتجاه مدينتي حمص ودمشق): the figure befell them "in" (في،
    على، ب) the places; nor one person, who dies in one place (مقتل فلسطيني ثان ... في نابلس والقدس)."""
    spots = [(token_at(tokens, p.start), token_at(tokens, p.end - 1), p.place) for p in places if p.place is not None]
    for (s1, e1, a), (s2, _, b) in pairwise(spots):
        if not 0 < s1 - k <= _SPAN_REACH or not 0 < s2 - e1 <= 2:
            continue
        joint = tokens[e1 + 1]
        if not joint.prefix.startswith("و") or (s2 - e1 == 2 and joint.stem not in _SIDES_OF_A_MAP):
            continue
        first = s1 - 1 if s1 > 0 and tokens[s1 - 1].stem in _PLACE_KINDS else s1  # في محافظتي الأنبار ونينوى
        if not ((first > 0 and tokens[first - 1].norm in _IN_WORDS) or tokens[first].prefix.lstrip("و") == "ب"):
            continue  # باتجاه مدينتي حمص ودمشق، هروبهم من محافظتي عدن وأبين: where to or from, not where it befell
        if a.country != b.country or (a.admin1 is not None and b.admin1 is not None and a.admin1 != b.admin1):
            return True
    return False


_INCIDENT_ROLES = frozenset({"event", "attack", "weapon"})
_BROKEN_PLURALS = stems("معارك", "كمائن", "مجازر")
_IN_INCIDENTS = frozenset({"في", "خلال", "جراء", "اثر"})


def _in_incidents_of_two_kinds(k: int, triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> bool:
    """The figure at token ``k`` is told, within ``_SPAN_REACH`` words after it, of incidents of two ACLED types in
    the plural joined by و (قتل 41 حوثيا في مواجهات وغارات لطيران التحالف، في هجمات وتفجيرات، في معارك وغارات):
    the dead of many clashes and many strikes together, a running total, no one event's toll. Not a singular
    (في اشتباكات وقصف على الحي: the shelling of a fight)."""
    for t1, t2 in pairwise(triggers):
        if (t2.token == t1.token + 1 and 0 < t1.token - k <= _SPAN_REACH and t1.role in _INCIDENT_ROLES
                and t2.role in _INCIDENT_ROLES and t1.event_type and t2.event_type and t1.event_type != t2.event_type
                and tokens[t2.token].prefix.startswith("و")
                and (tokens[t1.token - 1].norm in _IN_INCIDENTS or tokens[t1.token].prefix.lstrip("و") == "ب")
                and all(tokens[t.token].stem.endswith("ات") or tokens[t.token].stem in _BROKEN_PLURALS
                        for t in (t1, t2))):
            return True
    return False


def _until_a_day(dates: Sequence[TimeRef], tokens: Sequence[Token], published: date | None) -> bool:
    """The clause counts up to a day three or more days before publication (قتل أكثر من 260 مقاتلا وأصيب أكثر من
    400 حتى الأول من أغسطس): a tally of the days before it, no one event. (بلغ عدد القتلى حتى مساء أمس 18: one
    event's toll so far.)"""
    return published is not None and any(
        d.date is not None and (published - d.date).days >= 3 and (w := _word_before(d, tokens)) is not None
        and w.norm == "حتي" for d in dates)


def _word_before(d: TimeRef, tokens: Sequence[Token]) -> Token | None:
    """The word right before a date, outside it (منذ 12 أبريل، حتى الأول من أغسطس), None at the text's start."""
    k = token_at(tokens, d.start)
    return tokens[k - 1] if k > 0 and tokens[k - 1].end <= d.start else None


_CLOSING = frozenset('"\')]»”’')
_QUESTION_WORDS = frozenset({"هل", "لماذا", "ماذا", "كيف", "اين", "متي", "كم", "اليس", "ايهما"})
_WHO = frozenset({"الذي", "الذين", "هو", "هم", "هي"})  # من الذي / ما الذي ...: who, what


def _question_start(tokens: Sequence[Token], first: int, end: int) -> int:
    """Where the question of a sentence (tokens ``first`` to ``end``) begins: at its question word
    (هل، لماذا، كيف، من الذي ...) when the sentence ends with ؟ or ? (closing quotes and brackets
    aside), at its first token when it asks without one, and never (``end``) when it does not ask.
    What is asked is not told as having happened; what the sentence tells before its question is
    (تفجير أبها الذي وقع أمس أظهر الحقيقة، كيف يجرؤ ...؟)."""
    k = end - 1
    while k >= first and tokens[k].norm in _CLOSING:
        k -= 1
    if k < first or tokens[k].norm not in ("؟", "?"):
        return end
    for j in range(first, k):
        word = tokens[j].norm
        if word[:1] in ("و", "ف") and word[1:] in _QUESTION_WORDS:
            word = word[1:]  # وهل، فكيف
        if word in _QUESTION_WORDS or (word in ("من", "ما") and j + 1 < k and tokens[j + 1].norm in _WHO):
            return j
    return first


def _reference_point(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """The event word names a past event that time is counted from: right after منذ (منذ تحرير
    المدينة، منذ سقوط النظام), after "بعد <a length of time> على" (بعد 3 أيام على هجوم انتحاري) or
    "مرور <a length of time> على" (مع مرور سنة على اختطاف الجندي), or as the event an anniversary
    recalls (في الذكرى الأولى لتفجير المسجد), or ground taken named after بعد (بعد تحرير المدينة). Neither it nor
    the figures told of it in its clause are news."""
    k = trigger.token
    return (k > 0 and tokens[k - 1].stem == "منذ") or _since_the_start(k, tokens) or _since_that(k, tokens) or (
        _time_after(k, tokens) or _anniversary(k, tokens) or _after_its_capture(trigger, tokens))


def _not_force(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """Words of force that tell none: a suspicious object blown up by the forces that found it (فجرت قوات
    الاحتلال جسما مشبوها: a controlled detonation) or a door blown in to make an arrest (بعد تفجير باب منزله),
    a detention a court extends (مددت المحكمة اعتقال 49 أسيرا: no one taken), a room rescuers break into
    (اقتحمت فرق الدفاع المدني الغرفة)."""
    k = trigger.token
    after = tokens[k + 1:k + 5]
    if trigger.event_type == "Explosions/Remote violence" and (any(
            t.stem in _SUSPECT_OBJECTS and j + 1 < len(after) and after[j + 1].stem.startswith("مشبوه")
            for j, t in enumerate(after)) or (after and after[0].stem in _DOORS)):
        return True  # بعد تفجير باب منزل ذويه: a door blown in to make an arrest
    if trigger.sub_event_type == "Arrests" and any(t.stem in _EXTENDING for t in tokens[max(k - 4, 0):k]):
        return True
    return trigger.role in ("attack", "seize") and any(
        t.stem in _RESCUERS or (t.stem == "دفاع" and j + 1 < len(after) and after[j + 1].stem == "مدني")
        for j, t in enumerate(after[:3]))


_SUSPECT_OBJECTS = stems("جسم", "جسما", "طرد", "طردا")
_DOORS = stems("باب", "أبواب", "بوابة", "مدخل")
_EXTENDING = stems("مدد", "مددت", "يمدد", "تمدد", "تمديد", "مددوا")
_RESCUERS = stems("إطفاء", "إنقاذ", "إسعاف")
"""Rescuers as the subject right after a verb of storming (اقتحمت فرق الدفاع المدني، اقتحم رجال الإطفاء)."""


def _held_ground(trigger: TriggerMention, dates: Sequence[TimeRef], tokens: Sequence[Token]) -> bool:
    """A verb of taking ground in a relative clause whose pronoun points back to the place, with no day of its own
    (المناطق التي سيطرت عليها المقاومة، المدينة التي استعادها الجيش): the place is described by who took it, no news
    of the taking. With its day it tells the taking (قاعدة العند التي سيطرت عليها أمس، القريتين التي سيطر عليها
    بالكامل ليل الأربعاء)."""
    k = trigger.token
    if trigger.role != "seize" or k < 1 or tokens[k - 1].norm not in _RELATIVES or not finite_verb(trigger, tokens):
        return False
    if not (tokens[k].norm.endswith(OBJECT_PRONOUNS) or (k + 1 < len(tokens) and tokens[k + 1].norm in _ON_IT)):
        return False
    return not any(0 < (m := token_at(tokens, d.start)) - k <= _OWN_DAY_REACH
                   and not any(t.norm in _REFERENCE_WORDS for t in tokens[k + 1:m]) for d in dates)


_OWN_DAY_REACH = 6
"""Words from a relative clause's verb to its own day (التي سيطر عليها بالكامل ليل الأربعاء: the fourth); not a day
after بعد or منذ, which dates another event (التي سيطرت عليها المقاومة بعد تحريرها منهم الأسبوع الماضي)."""
_REFERENCE_WORDS = frozenset({"بعد", "عقب", "منذ"})


def _after_its_capture(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """بعد تحرير المدينة، عقب تحرير المحافظة من: ground taken before, told as the time after which something else
    happens (أول شحنة أدوية بعد تحرير المدينة، أصدر قرارا بتعيين محافظ بعد تحرير المحافظة). The verbal noun after
    بعد names a capture the reader knows; a verb (بعد أن سيطرت) may tell news and stays."""
    k = trigger.token
    return (trigger.role == "seize" and k > 0 and tokens[k - 1].norm in ("بعد", "عقب")
            and not finite_verb(trigger, tokens))


_RECENT_TIMES = stems("أمس", "صباح", "مساء", "فجر", "ظهر", "ليل", "ليلة")
"""Times of the day a report is written (صباح اليوم، مساء أمس، الليلة), and اليوم with its article (today; a
bare يوم is a day of any date: منذ بدء المواجهات يوم 26 مارس)."""
_START_NOUNS = frozenset(normalize_word(w) for w in (
    "بدء", "بداية", "اندلاع", "انطلاق", "انطلاقة", "مطلع", "تجدد", "استئناف", "دخول"))
"""Nouns for the start of a fight after منذ (منذ بدء المواجهات، منذ اندلاع الاشتباكات، منذ دخول الحوثيين عدن)."""


def _since_the_start(k: int, tokens: Sequence[Token]) -> bool:
    """The event word at ``k`` follows "منذ <the start of>": the fighting a running toll is counted from
    (حصيلة القتلى منذ بدء المواجهات بلغت ألفا), not news of a fight."""
    return k > 1 and tokens[k - 2].stem == "منذ" and tokens[k - 1].stem in _START_NOUNS and not any(
        t.stem in _RECENT_TIMES or (t.stem == "يوم" and t.prefix.endswith("ال"))  # منذ تجدد الاشتباكات صباح اليوم
        for t in tokens[k + 1:k + 6])  # (today's fight)


_CLAUSE_BREAKS = frozenset({"،", ",", "."})
"""Punctuation a phrase read across words does not reach over."""


def _since_that(k: int, tokens: Sequence[Token]) -> bool:
    """The event word at ``k`` is in a clause opened by منذ أن / منذ ما within twelve words before it, with
    no comma or stop between (منذ أن استعادت القوات الموالية للرئيس ... السيطرة عليها)."""
    for j in range(k - 1, max(k - 12, 0) - 1, -1):
        if tokens[j].norm in _CLAUSE_BREAKS:
            return False
        if tokens[j].stem == "منذ" and j + 1 < k and tokens[j + 1].norm in ("ان", "ما"):
            return True
    return False


_TIME_SINCE = frozenset({"بعد", "مرور"})  # بعد / مرور يومين على الهجوم


def _time_after(k: int, tokens: Sequence[Token]) -> bool:
    """The event word at ``k`` follows "بعد <a length of time> على / من" (بعد يومين على الهجوم، بعد أيام من
    تفجير انتحاري) or "مرور <a length of time> على" (بمرور عام على التفجير): it names the past event the
    time is counted from."""
    if k < 3 or tokens[k - 1].norm not in ("علي", "من"):  # بعد أيام من تفجير انتحاري ضخم
        return False
    units = time_units()
    return any(tokens[j].stem in units or tokens[j].norm in units for j in (k - 2, k - 3)) and any(
        tokens[j].stem in _TIME_SINCE or tokens[j].norm in _TIME_SINCE for j in range(max(k - 5, 0), k - 1))


_BLAST_WORDS = frozenset(normalize_word(w) for w in ("انفجار", "انفجر", "انفجرت", "الانفجار"))
_WATERS = frozenset(normalize_word(w) for w in ("سيول", "السيول", "فيضان", "فيضانات", "الفيضانات", "زلزال", "الزلزال"))


def _disaster(cues: Sequence[CueMention], triggers: Sequence[TriggerMention]) -> bool:
    """The sentence tells of drowning, a flood or a quake and names no violence (غرق نحو 540 مهاجرا ووفاة 307 خلال
    محاولتهم عبور الحدود، ما أحدثته الفيضانات والأعاصير من مقتل 114 شخصا): its dead and hurt are no conflict's."""
    return any(c.cue == "mishap" and not _DISASTERS.isdisjoint(analyze_clitics(normalize_word(c.text))[2])
               for c in cues) and all(
        t.role == "count" for t in triggers)


_DISASTERS = _WATERS | frozenset(normalize_word(w) for w in (
    "غرق", "الغرق", "غرقا", "سيل", "السيل", "إعصار", "الإعصار", "الأعاصير", "أعاصير"))
"""Mishap words that name a disaster (not a boat or the sea alone: صيادان كانا على متن القارب may have been shot)."""


def _burst_in_a_flood(trigger: TriggerMention, sentence_cues: Sequence[CueMention], tokens: Sequence[Token]) -> bool:
    """A burst told with a flood or a quake (السيول ... بعد انفجار أحد العقوم الترابية): a dam or a pipe gave
    way, no bomb went off; and the flood is what "raids" (داهمت السيول أحياءهم)."""
    k = trigger.token + 1
    if k < len(tokens) and not _WATERS_OR_RAIN.isdisjoint(tokens[k].variants):
        return True
    if trigger.sub_event_type == "Remote explosive/landmine/IED" and any(
            not _FLOOD_SUBJECTS.isdisjoint(t.variants) for t in tokens[max(trigger.token - 14, 0):trigger.token]):
        return True  # سيولا عارمة ... وفجرت بعض الألغام: the flood set the mines off
    return not _BLAST_WORDS.isdisjoint(tokens[trigger.token].variants) and any(
        c.cue == "mishap" and normalize_word(c.text) in _WATERS for c in sentence_cues)


_RAIN = frozenset(normalize_word(w) for w in ("المياه", "مياه", "الأمطار", "أمطار", "الأمواج"))
_FLOOD_SUBJECTS = frozenset(normalize_word(w) for w in (
    "سيول", "السيول", "سيولا", "فيضان", "فيضانات", "الفيضانات", "فيضانا", "أمطار", "الأمطار", "أمطارا"))
"""Floods and rain that may set mines off (not المياه: سيطروا على محطة المياه ثم فجروا عبوة)."""
_WATERS_OR_RAIN = _WATERS | _RAIN


_DESTROYING = frozenset(normalize_word(w) for w in (
    "تدمير", "دمرت", "دمر", "دمروا", "تدمر", "يدمر", "وتدمير", "إتلاف", "أتلفت", "أتلف", "أتلفوا",
    "نزع", "نزعت", "نزعوا", "انتزاع", "إزالة", "أزالت", "تطهير", "استخراج", "استخرجت", "استخرجوا", "تفكيك",
    "فككت", "فككوا", "إبطال", "أبطلت", "رفع"))  # نزع 40 لغما، إزالة الألغام، استخراج 300 لغم: mines cleared
_LIST_REACH = 6


def _destroyed(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """A device named as what was destroyed (أسفرت العملية عن تدمير ست عجلات وسيارة مفخخة ومنصة لإطلاق
    الصواريخ، دمرت القوات عبوات ناسفة): a bomb put out of use, not one that went off."""
    if not trigger.device:
        return False
    for j in range(trigger.token - 1, max(trigger.token - _LIST_REACH, 0) - 1, -1):
        if tokens[j].norm in _CLAUSE_BREAKS:
            return False
        if not _DESTROYING.isdisjoint(tokens[j].variants):
            return True
    return False


def _a_field_of_mines(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """Mines named by the field they are sown in (أصابت الضربات وحقول ألغام قريبة من الرقة، زرعوا حقول الألغام،
    يعيش على حقل ألغام من المشكلات): ground laid with mines or a figure of speech, no blast."""
    k = trigger.token
    return trigger.device and k > 0 and tokens[k - 1].stem in _FIELDS


_FIELDS = stems("حقل", "حقول")


def _destroys_a_device(trigger: TriggerMention, triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> bool:
    """A word of destroying whose object is a device (دمرت القوات سيارة مفخخة): weapons put out of use, not
    property destroyed."""
    return trigger.sub_event_type == "Looting/property destruction" and any(
        t.device and _destroyed(t, tokens) and t.token > trigger.token for t in triggers)


def _kept_up(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """An event noun without the article that a verb in the present, up to four words before it, carries out or keeps
    up (تحالفا يشن ضربات جوية على داعش، ويشن الجيش التركي غارات، ينفذون هجمات): a campaign going on, no one event
    when the clause names no day."""
    k = trigger.token
    if trigger.role == "count" or trigger.device or tells_happening(trigger, tokens) or "ال" in tokens[k].prefix:
        return False  # تواصل طائرات التحالف قصف: the aircraft are the doers, not what is carried out
    return any(tokens[j].stem in _KEEPING_UP for j in range(max(k - 4, 0), k))  # ويشن الجيش التركي غارات


_KEEPING_UP = frozenset(normalize_word(w) for w in (
    "يشن", "تشن", "يشنون", "ينفذ", "تنفذ", "ينفذون", "يواصل", "تواصل", "يواصلون", "تواصلان", "يقود", "تقود"))
"""Verbs in the present of carrying out or keeping up (يشن، ينفذ، تواصل): what a side is doing these days."""


def _bombers_among_the_dead(trigger: TriggerMention, triggers: Sequence[TriggerMention], quantities: Sequence[Quantity],
                            tokens: Sequence[Token]) -> bool:
    """Suicide bombers counted or named among a toll (تصفية 12 عنصرا بينهم ثلاثة انتحاريين في كمين، تمكنت قواتنا
    من قتل 10 انتحاريين عندما حاولوا الاقتراب) with no blast in the clause but the bombers themselves: fighters
    killed before they struck, no bombing told. Beside a blast (قتل 20 بينهم انتحاري في تفجير، فجر أربعة
    انتحاريين أجهزة ناسفة) the bomber tells that the blast was a suicide bombing."""
    if not _a_bomber(trigger):
        return False
    among = any(tokens[j].norm in _SUBSET_WORDS for j in range(max(trigger.token - 3, 0), trigger.token))
    counted = any(q.kind == "count" and q.start < trigger.start and (q.counted_end or q.end) >= trigger.end
                  and _killed_right_before(token_at(tokens, q.start), triggers) for q in quantities)
    return (among or counted) and not any(
        t.event_type == "Explosions/Remote violence" and not _a_bomber(t) for t in triggers)


def _stopped_in_a_fight(trigger: TriggerMention) -> TriggerMention:
    """The word for bombers killed before they struck (``_bombers_among_the_dead``), read as the fight that
    stopped them: whoever killed them fought them."""
    return replace(trigger, role="event", event_type="Battles", sub_event_type="Armed clash")


def _killed_right_before(k: int, triggers: Sequence[TriggerMention]) -> bool:
    """A word of killing stands up to three words before token ``k`` (قتل 10، مقتل ثلاثة، تصفية 12): the figure
    at ``k`` counts the dead, not the doers (قام به أحد الانتحاريين، أرسل ثمانية انتحاريين)."""
    return any(t.kind == "killed" and 0 < k - t.token <= 3 for t in triggers)


def _a_bomber(trigger: TriggerMention) -> bool:
    """The word names a suicide bomber (انتحاري، انتحاريين), the man, not the blast."""
    return trigger.sub_event_type == "Suicide bomb" and trigger.role == "weapon"


def _done_before(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """The event word follows سبق أن / سبق وأن / سبق له أن within four words: "it had already done so", a
    reminder of the past beside the news, not the news."""
    k = trigger.token
    for j in range(max(k - 5, 0), k - 1):
        if "سبق" in tokens[j].variants and (tokens[j + 1].norm in ("ان", "وان") or (
                tokens[j + 1].norm in ("له", "لها", "لهم") and j + 2 < k and tokens[j + 2].norm == "ان")):
            return True
    return False


def _recap_verb_in(tokens: Sequence[Token]) -> bool:
    """A verb of recalling (``_RECAP_VERBS``) among the tokens, by stem or as written (looked up in C)."""
    return not (_RECAP_VERBS.isdisjoint(map(_TOKEN_STEM, tokens)) and _RECAP_VERBS.isdisjoint(map(_TOKEN_NORM, tokens)))


def _liberation_as_an_ideal(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """التحرير with the article and nothing freed after it (جيل التحرير، طلائع التحرير، معركة التحرير): a verbal
    noun with the article takes no genitive, so no place is freed; the cause, not an event. Also a battle named
    by it (معركة التحرير). Not التحرير [الكامل] لمدينة (freeing, with its object after ل)."""
    k = trigger.token
    if tokens[k].stem in _BATTLE_NOUNS and k + 1 < len(tokens) and tokens[k + 1].stem == "تحرير":
        k += 1  # معركة التحرير: the battle of liberation
    elif tokens[k].stem != "تحرير":
        return False
    return tokens[k].prefix.endswith("ال") and not any(  # past an adjective: التحرير الكامل لإقليم عدن
        t.prefix.lstrip("وف").startswith("ل") or t.norm == "ل" for t in tokens[k + 1 : k + 3])


_CAPTIVES = stems("مختطفين", "مخطوفين", "رهائن", "رهينة", "أسرى", "محتجزين", "سجناء", "معتقلين")
"""People a verb of freeing may take (تحرير المختطفين): freed, not ground taken."""
_OPERATION_NOUNS = frozenset({"عمليه", "عمليات", "معركه", "حمله", "غرفه"})
_COMMAND_TITLES = frozenset(normalize_word(w) for w in (
    "قائد", "قادة", "مسؤول", "رئيس", "قيادة", "غرفة", "ناطق", "متحدث"))
"""Who leads an operation named for a capture (قائد عملية تحرير عدن، غرفة عمليات تحرير تعز): a title."""


def _anniversary(k: int, tokens: Sequence[Token]) -> bool:
    """The event word at ``k`` follows ذكرى within three words (ذكرى مجزرة، الذكرى الأولى لتفجير، في
    الذكرى السنوية الثانية لاغتيال), or a word of honouring its victims (تكريما لضحايا مجزرة بورسعيد،
    تخليدا لشهداء): the event recalled happened long ago."""
    return not _RECALLING.isdisjoint(map(_TOKEN_STEM, tokens[max(k - 4, 0):k]))


_RECALLING = frozenset({"ذكري", "تكريما", "تخليدا", "تخليد", "تابين"})
_CARE = frozenset(normalize_word(w) for w in (
    "علاج", "معالجة", "تعويض", "تعويضات", "إغاثة", "رعاية", "تأهيل", "مساعدة", "دعم", "مواساة"))
"""Care given to the hurt (لعلاج ضحايا، تعويض المصابين، رعاية الجرحى): the hurt are not news there."""


def _tells_own_event(kind: str, live: Sequence[TriggerMention], sentence_cues: Sequence[CueMention],
                     detention: bool) -> bool:
    """Whether a count of ``kind`` that no event of its clause takes makes an event of its own
    (``_KIND_EVENT_TYPES``): not the missing of a mishap, not the held counted by status nouns alone, and
    not people who fled where the sentence names no prison or inmates (``detention``: المئات من عناصر
    الميليشيات فروا من لودر is a rout, not a jailbreak)."""
    if kind not in _KIND_EVENT_TYPES or not live:
        return False
    if kind == "missing":
        return not any(c.cue == "mishap" for c in sentence_cues)
    if kind == "escaped":
        return detention
    if kind == "arrested":
        return any(t.role != "count" for t in live)
    return True


def _figure_follows(trigger: TriggerMention, quantities: Sequence[Quantity], tokens: Sequence[Token]) -> bool:
    """A figure of people right after the word (or after a qualifier: أسر نحو 200), which has no
    article (أسر 40 حوثيا، وأسر العشرات):
    what a ``counted`` event word needs to name the event rather than its homonym (أسر الشهداء)."""
    prefix = tokens[trigger.token].prefix
    if "ال" in prefix or prefix.endswith("لل"):  # الأسر، للأسر (ل + ال)
        return False
    after = token_at(tokens, trigger.end - 1) + 1
    if after < len(tokens) and tokens[after].prefix.lstrip("وف").startswith("ب"):
        return False  # قضى بإدراج ثلاثة، قضت بسجن 5: a ruling on them, not their death
    return any(q.kind == "count" and 0 <= token_at(tokens, q.start) - after <= 2 for q in quantities)  # أسر أكثر من 200


_HALTED = frozenset(normalize_word(w) for w in (
    "حملات", "حملة", "عمل", "العمل", "تقديم", "رحلات", "الرحلات", "دعم", "الدعم", "إطلاق", "بث", "البث", "تصدير",
    "التصدير", "استيراد", "الاستيراد", "ضخ", "إنتاج", "الإنتاج", "المفاوضات", "مفاوضات", "التعامل", "نشاط",
    "النشاط", "صرف", "العلاج", "العلاجات", "الدراسة", "التعاون", "المساعدات", "مساعدات", "الحوار", "الخدمة",
    "الخدمات", "البناء", "الاستيطان", "التصعيد", "القتال", "الحرب", "النزيف", "التمويل", "تمويل", "عمليات",
    "العمليات", "القصف", "الغارات", "الضربات",
))
"""What توقيف / أوقف stops when it is no arrest (توقيف حملات التخوين، أوقفت تقديم العلاجات)."""
_HALTED_STEMS = stems(*_HALTED)  # for Token.stem (_HALTED: .norm)
_STOP_WORDS = frozenset(normalize_word(w) for w in ("توقيف", "إيقاف", "أوقفت", "أوقف", "أوقفوا", "توقف"))


def _superseded_or_part(q: Quantity, tokens: Sequence[Token], triggers: Sequence[TriggerMention]) -> bool:
    """The figure is the old one of a change (من 31 إلى 32 قتيلا), a part of a toll told right after it
    (29 شخصا من أصل مائة جريح: the toll is the wounded), or the whole group a part is counted out of
    (قتل 5 من بين 20 مسلحا: the toll is the five)."""
    qi = token_at(tokens, q.start)
    after = token_at(tokens, max(q.end, q.counted_end or 0) - 1) + 1
    if qi > 0 and tokens[qi - 1].norm == "من" and after < len(tokens) and tokens[after].norm in ("الي", "حتي"):
        return True
    if qi >= 3 and tokens[qi - 2].norm == "من" and tokens[qi - 1].norm in _OUT_OF and not _casualty_after(qi,
                                                                                                          triggers):
        return True  # the group, not the toll
    if after + 2 < len(tokens) and tokens[after].norm == "من" and tokens[after + 1].norm in _OUT_OF and (
            is_number_word(tokens[after + 2])):
        return _casualty_after(after + 2, triggers)
    if qi >= 3 and tokens[qi - 2].norm == "بعد" and tokens[qi - 1].stem in _DEATH_NOUNS and _toll_rose(
            tokens, qi - 14, qi - 2):
        return True  # ارتفعت حصيلة الشهداء إلى 12 بعد وفاة اثنين متأثرين بجراحهما: the two are in the twelve
    return False


_DEATH_NOUNS = frozenset({"وفاه", "مقتل", "استشهاد", "مصرع"})
_RISEN = 1 << 40
"""Count groups from here on hold one risen toll each (see ``_risen_to``)."""


def _brings_the_number_to(tokens: Sequence[Token], qi: int) -> bool:
    """The figure at ``qi`` follows "يرفع عدد ... إلى" (ما يرفع عدد الشهداء إلى اثنين خلال 24 ساعة) or a sum that
    rises to it (ليرتفع مجموع الضحايا إلى 16): the event just told brings a running total to it; the total counts
    other events' dead too."""
    if qi < 2 or tokens[qi - 1].norm not in ("الي", "لي"):
        return False
    window = tokens[max(qi - 7, 0):qi - 1]
    if any(t.stem in _SUM_WORDS for t in window) and any(
            t.norm.removeprefix("و") in _RAISES or t.stem.startswith(("ارتفع", "يرتفع", "ترتفع")) for t in window) and (
            any(t.norm in SPAN_WORDS for t in tokens[qi + 1:qi + 6])):
        return True  # ليرتفع مجموع ضحايا الهجمات إلى 16 رجل أمن خلال 10 أيام: several days' sum, not this one's
        # (ليرتفع إجمالي الوفيات الى 15 حالة: the bombing's own toll, risen)
    return any(t.norm.removeprefix("و") in _RAISES for t in window) and any(t.stem == "عدد" for t in window)


_RAISES = frozenset({"يرفع", "ليرفع", "ترفع", "لترفع", "رفع", "رفعت"})
_SUM_WORDS = frozenset(normalize_word(w) for w in ("مجموع", "إجمالي", "اجمالي"))


def _risen_to(tokens: Sequence[Token], qi: int) -> bool:
    """The figure at ``qi`` is what a toll rose to (ارتفعت حصيلة الشهداء إلى 12): the new total."""
    return qi >= 2 and tokens[qi - 1].norm in ("الي", "لي") and _toll_rose(tokens, qi - 8, qi - 1)


def _toll_rose(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A verb of rising (ارتفعت، ارتفع) among tokens ``lo`` (clipped at 0) to ``hi``, exclusive."""
    return any(tokens[j].stem.startswith("ارتفع") for j in range(max(lo, 0), hi))


_OUT_OF = frozenset({"اصل", "بين"})


def _casualty_after(k: int, triggers: Sequence[TriggerMention]) -> bool:
    """A word of the dead or the wounded within two words after token ``k`` (29 من أصل مائة جريح)."""
    return any(t.kind in ("killed", "injured") and k < t.token <= k + 2 for t in triggers)


def _cause_before(qi: int, triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> bool:
    """The figure at token ``qi`` counts a killing named after بعد / إثر / عقب an event word told before
    it in the clause (الاشتباكات بدأت بعد مقتل أحد أفراد القبيلة): the death that came first."""
    for t in triggers:
        if t.kind == "killed" and t.role == "count" and 0 < qi - t.token <= 2 and t.token > 0 and (
                tokens[t.token - 1].norm.removeprefix("و") in _AFTER_WORDS):
            return any(u.role != "count" and u.token < t.token - 1 for u in triggers)
    return False


_AFTER_WORDS = frozenset({"بعد", "اثر", "عقب"})


def _answered_toll(qi: int, triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> bool:
    """The figure at token ``qi`` counts a killing the event answers (قصفت المدفعية مواقع داعش ردا على مقتل أحد
    جنودها، انتقاما لمقتل ثلاثة): the motive's dead, not the event's."""
    for t in triggers:
        if t.kind in ("killed", "injured") and t.role == "count" and 0 < qi - t.token <= 2 and t.token >= 1:
            before = tokens[t.token - 1]
            if before.norm in ("علي", "على") and t.token >= 2 and tokens[t.token - 2].norm in _ANSWERING:
                answer = t.token - 2
            elif before.norm in _ANSWERING and tokens[t.token].prefix.lstrip("وف").startswith("ل"):
                answer = t.token - 1
            else:
                continue
            # the answering event told before it (not a statement: ينوي التوجه إلى المحكمة ردا على مقتل طفل في حريق
            # أضرمه مستوطنون, where the killing is the news)
            return any(u.role != "count" and u.token < answer for u in triggers)
    return False


_QUOTE_MARKS = frozenset({'"', "'"})
"""Quotes as normalized text writes them (guillemets and typographic quotes become these)."""
_ADDING_TO_A_REPORT = frozenset(normalize_word(w) for w in (
    "مشيرا", "مضيفا", "مؤكدا", "موضحا", "لافتا", "مبينا", "منوها", "مشيرة", "مضيفة", "مؤكدة", "موضحة", "لافتة"))
"""Participles by which a speaker goes on with a report (مشيرا إلى أن، مضيفا أن): what follows is news of its own."""


def _one_of_the_casualties(qi: int, triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> bool:
    """The figure at token ``qi`` is أحد / إحدى before the dead or the wounded told already (أحد
    القتيلين، إحدى الضحايا), or that definite noun after it: a member of a toll, not a toll."""
    def casualty(k: int) -> bool:
        return 0 <= k < len(tokens) and "ال" in tokens[k].prefix and any(
            t.token == k and t.kind in ("killed", "injured") for t in triggers)
    if tokens[qi].norm in _ONE_OF:
        return casualty(qi + 1)
    return qi > 0 and tokens[qi - 1].norm in _ONE_OF and casualty(qi)


_ONE_OF = frozenset({"احد", "احدي", "واحد", "واحدا", "واحده"})


def _halted(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """A bombardment word named as what is stopped or suspended (أوقفت عمليات القصف الجوي، علقت
    الغارات، تعليق القصف): a halt, not a strike. Only the means (قصف، غارات): an attack repelled
    (أوقفت القوات الهجوم) was still an attack."""
    if trigger.role != "weapon":
        return False
    return any(tokens[k].stem in _HALT_WORDS or tokens[k].norm in _HALT_WORDS
               for k in range(max(trigger.token - 5, 0), trigger.token))  # علقت جزئيا العمليات العسكرية من قصف


_HALT_WORDS = _STOP_WORDS | {"توقفت", "يوقف", "علق", "علقت", "تعليق", "يعلق", "تعلق", "جمدت", "تجميد"}
"""What stops or suspends a bombardment: the stopping words of arrests' homonyms, and suspending."""


def _attempted_ground(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """Ground a side tries, seeks or prepares to take (يحاول استعادة السيطرة، تسعى لتحرير، تستعد
    لاقتحام): not taken yet. The verbal noun after a verb of trying is the aim."""
    if trigger.role != "seize" or finite_verb(trigger, tokens):
        return False
    return any(tokens[k].stem in _TRYING_WORDS_STEMS or tokens[k].norm in _TRYING_WORDS
               for k in range(max(trigger.token - 3, 0), trigger.token))


_TRIED = frozenset({"حاول", "حاولت", "حاولوا", "محاوله", "محاولات"})  # a past attempt, or its noun
_TRYING_WORDS = _TRIED | frozenset({"يحاول", "تحاول", "يحاولون", "يسعي", "تسعي", "يسعون", "سعيا", "تستعد", "يستعد",
                                    "تستعدان", "استعدادا", "تمهيدا", "بهدف", "تعتزم", "يعتزم", "تنوي", "ينوي", "تريد",
                                    "يريد", "هدفها", "هدفه"})
_TRYING_WORDS_STEMS = stems(*_TRYING_WORDS)  # for Token.stem (_TRYING_WORDS: .norm)


def _attempted_killing(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """A word of killing right after a word of attempt, or after it and في (محاولة قتل، الشروع في قتل): no one
    killed by it. Not a verb joined by و after the attempt's object (محاولة تسلل وقتلت خمسة)."""
    k = trigger.token
    if trigger.role != "count" or trigger.kind != "killed" or tokens[k].prefix.startswith(("و", "ف")):
        return False
    return (k > 0 and tokens[k - 1].stem in _ATTEMPT_WORDS) or (
        k > 1 and tokens[k - 1].norm == "في" and tokens[k - 2].stem in _ATTEMPT_WORDS)


_ATTEMPT_WORDS = _TRIED | {"شروع"}
"""Words of an attempt (stems) before a word of killing (محاولة قتل، الشروع في قتل): no one killed by it."""


def _stops_a_thing(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """An arrest word whose object, within three words after it, is a thing or an activity: stopping
    it (أوقفت إسرائيل تقديم العلاجات، توقيف حملات التحريض) is no arrest."""
    if trigger.sub_event_type != "Arrests" or tokens[trigger.token].stem not in _STOP_WORDS:
        return False
    return any(tok.norm in _HALTED or tok.stem in _HALTED_STEMS
               for tok in tokens[trigger.token + 1 : trigger.token + 4])


def _hands_over_no_ground(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """A handing over (تسليم) of anything but ground: bodies, a prisoner, weapons, aid, tank turrets or
    a case (تسليم جثث قتلى، تسليم نفسه، تسليم السلاح، تم تسليم الحادث للشرطة) is no transfer of territory;
    تسليم النقاط التي تسيطر عليها، تسليم قرية حور كلس، تسليم جميع مقراتها is."""
    if trigger.sub_event_type != "Non-violent transfer of territory" or tokens[trigger.token].stem != "تسليم":
        return False
    k = trigger.token + 1
    while k < len(tokens) and tokens[k].stem in ("جميع", "كل", "كامل", "بقيه", "باقي"):
        k += 1
    return not (k < len(tokens) and (tokens[k].stem in _GROUND_STEMS or tokens[k].norm in _GROUND))


_GROUND = frozenset(normalize_word(w) for w in (
    "قرية", "قرى", "بلدة", "بلدات", "مدينة", "مدن", "منطقة", "مناطق", "نقاط", "نقطة", "مواقع", "موقع", "مقرات",
    "مقراتها", "مقراته", "مقر", "حاجز", "حواجز", "معبر", "معابر", "مطار", "ميناء", "قاعدة", "حي", "أحياء",
    "محافظة", "مديرية", "جبهة", "الجبهة", "أراض", "أراضي", "ثكنة", "معسكر", "مبنى", "مباني", "السلطة"))
"""What a transfer of territory hands over: ground, a post or a base (and power over them)."""
_GROUND_STEMS = stems(*_GROUND)  # for Token.stem (_GROUND: .norm)


def _takes_no_ground(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """An advance that takes nothing: submitting a complaint, a request or a bill (تقدمت الكنائس بشكوى أمام
    الشرطة), or moving toward a place (وتقدمت المقاومة مدعومة بوحدات عسكرية نحو مطار تعز: not yet taken);
    control of something that is not ground (سيطر المتمردون على احتياطات البلاد من المشتقات، السيطرة على الوضع)."""
    if trigger.role == "seize":
        if (controlled := _what_is_controlled(trigger, tokens)) is not None and (
                not _NOT_GROUND.isdisjoint(controlled.variants) or controlled.stem in _ARMS_STEMS
                or controlled.norm in _ARMS):
            return True  # استولت على 17 صاروخا: arms, not ground
        stop = min(trigger.token + 30, len(tokens) - 1)
        for j in range(trigger.token + 1, stop):
            if tokens[j].norm in _CLAUSE_BREAKS:
                break
            if tokens[j].norm in _LONG_SPANS or (tokens[j].norm in _HELD_FOR and tokens[j + 1].stem in _SPAN_NOUNS):
                return True  # وسيطرت حركة الحوثيين على قاعدة العند ... معظم الفترة التي انقضت: held, not taken
    if tokens[trigger.token].stem in _REGAIN:
        for tok in tokens[trigger.token + 1 : trigger.token + 4]:
            if tok.norm in _CLAUSE_BREAKS or tok.norm == "علي":
                break
            if tok.stem in _NOT_GROUND_REGAINED or _unpossessed(tok.stem) in _NOT_GROUND_REGAINED:
                return True  # استعادة جثث قتلاها، استعادة الشرعية، استعادوا عافيتهم: not ground
    if trigger.role == "seize" and trigger.token > 0 and tokens[trigger.token - 1].stem in ("تحت", "من") and (
            tokens[trigger.token].norm in _CONTROL_NOUNS) and not any(  # (not تمكنت من السيطرة: a taking)
            tokens[j].stem in _BECAME for j in range(max(trigger.token - 6, 0), trigger.token - 1)):
        return True  # تحت سيطرة كاملة من رجال القوات المسلحة، لتحرير الجامعة من سيطرة داعش: who holds it, not a taking
        # (أصبحت المدينة تحت سيطرة المقاومة، سقطت الرمادي تحت سيطرة داعش: it has just passed to them)
    if tokens[trigger.token].stem not in _ADVANCE:
        return False
    for tok in tokens[trigger.token + 1 : trigger.token + 9]:
        if tok.norm in _CLAUSE_BREAKS:
            return False
        if (tok.prefix.lstrip("وف").startswith("ب") and tok.stem in _SUBMITTED) or tok.norm in _TOWARD:
            return True
    return False


def _advance_of_no_side(trigger: TriggerMention, tokens: Sequence[Token], actors: Sequence[ActorMention]) -> bool:
    """An advance word with no armed side as its subject, right after it (وتقدمت قوات المقاومة، خلال تقدم القوات
    الأمنية) or right before it (قوات أخرى للمقاومة تقدمت): the progress of talks or of age (مدى تقدم العمليات،
    التقدم الإيجابي، تقدم العمر), what something offers (لا تقدم شيئا، التخصصات التي تقدم عليها الأطباء)."""
    if tokens[trigger.token].stem not in _ADVANCE:
        return False
    after = tokens[trigger.token + 1 : trigger.token + 3]
    reach_end = after[-1].end if after else trigger.end
    before = tokens[trigger.token - 1].start if trigger.token > 0 else trigger.start
    return not any(a.role != "person" and (trigger.end < a.start <= reach_end or before <= a.end <= trigger.start)
                   for a in actors)


def _what_is_controlled(trigger: TriggerMention, tokens: Sequence[Token]) -> Token | None:
    """The noun after على that follows a word of control within six words (سيطر المتمردون على كافة احتياطات:
    احتياطات), or None."""
    for j in range(trigger.token + 1, min(trigger.token + 7, len(tokens) - 1)):
        if tokens[j].norm in _CLAUSE_BREAKS:
            return None
        if tokens[j].norm == "علي":
            k = j + 1
            while k < len(tokens) - 1 and (tokens[k].norm in _ALL_OF or tokens[k].norm[:1].isdigit()
                                           or tokens[k].norm in _PARTITIVES):
                k += 1  # كافة، 17، عدد من: the noun after them
            return tokens[k]
    return None


_ALL_OF = frozenset(normalize_word(w) for w in ("كافة", "كل", "جميع", "معظم", "غالبية", "أغلب", "بعض"))
_TOWARD = frozenset(normalize_word(w) for w in ("نحو", "باتجاه", "صوب", "تجاه", "مشارف"))
_REGAIN = frozenset(normalize_word(w) for w in ("استعادة", "استعاد", "استعادت", "استعادوا", "تستعيد", "يستعيد"))
_BECAME = stems(
    "أصبح", "أصبحت", "أصبحوا", "باتت", "بات", "صارت", "صار", "باتوا", "سقطت", "سقط", "وقعت", "وقع", "أضحت", "أضحى",
    "غدت", "غدا")
_CONTROL_NOUNS = frozenset(normalize_word(w) for w in ("سيطرة", "قبضة", "سلطة"))


def _unpossessed(word: str) -> str:
    """The noun without a possessive pronoun, its ت back to ة (عافيتهم → عافيه، جثثهم → جثث); itself if none."""
    bases = possessed_bases(word)
    return bases[-1] if bases and bases[0].endswith("ت") else bases[0] if bases else word


_NOT_GROUND_REGAINED = stems(
    "جثث", "جثة", "جثامين", "جثمان", "رفات", "أسرى", "أسراها", "مختطفين", "رهائن", "شرعية", "دولة", "أمل",
    "ثقة", "أمن", "استقرار", "هدوء", "حياة", "أموال", "مبادرة", "عافية",
    "قوة", "دور", "مكانة", "حقوق", "حق", "أسلحة", "سلاح", "معدات", "آليات", "مسروقات", "منهوبات", "وعي")
"""What is regained that is not ground (استعادة جثث القتلى، استعادة الشرعية، استعادت أسلحة منهوبة), as stems:
looked up without the article."""
_NOT_GROUND = frozenset(normalize_word(w) for w in (
    "الوضع", "الأوضاع", "الموقف", "الأمور", "زمام", "مقاليد", "احتياطات", "احتياطي", "الاحتياطي", "المشتقات",
    "النفط", "الأموال", "أموال", "الأسعار", "السوق", "الأسواق", "الحكم", "السلطة", "القرار", "المشهد", "الإعلام",
    "الملف", "البرلمان", "الحكومة", "الحريق", "النيران", "الحرائق", "الانتشار", "التضخم", "الوباء", "المرض",
    "مجريات", "أجواء", "الأجواء", "النقاش", "الحديث", "المحادثات", "المباحثات", "الاهتمام", "اهتمام", "العناوين",
    "المباراة", "اللقاء", "الشوط", "الكرة", "المنافسة", "نفسه", "نفسها", "أنفسهم", "نفس", "النفوس", "عقله", "عقول",
    "العقول", "قلبه", "قلوب", "القلوب", "أعصابه", "مشاعر", "نفوس",
    "كاميرات", "كاميرا", "أسلحة", "الأسلحة", "ذخائر", "الذخائر", "معدات", "المعدات", "أجهزة", "الأجهزة", "وثائق",
    "الوثائق", "مستندات", "سيارات", "سيارة", "السيارات", "شاحنة", "شاحنات", "ممتلكات", "الممتلكات", "هواتف", "مبالغ",
    "مبلغ", "مصوغات", "مواشي", "أغنام", "معونات", "المساعدات", "مساعدات", "شحنة", "شحنات", "حمولة"))
"""What one may control or seize that is not ground (السيطرة على الوضع، سيطر على احتياطات النفط، سيطر الملف اليمني على
مجريات المؤتمر، سيطر الفريق على المباراة، سيطر الشيطان على نفسه; استولت على كاميرات مراقبة، استولوا على شحنة
مساعدات: goods taken, no ground)."""


_HELD_FOR = frozenset(normalize_word(w) for w in ("معظم", "طوال", "طيلة", "أغلب"))
_SPAN_NOUNS = stems("فترة", "فترات", "وقت", "أشهر", "شهور", "سنوات", "أعوام", "مدة", "حرب", "أسابيع")
_LONG_SPANS = frozenset(normalize_word(w) for w in ("لأشهر", "لسنوات", "لأسابيع", "لعقود", "لشهور"))
"""A long span told after a word of control (سيطروا على القاعدة معظم الفترة التي انقضت، طوال أشهر الحرب، لسنوات):
the ground was held through it, not taken in it. (معظم before what is held, على معظم أحيائها, is no span.)"""
_ADVANCE = frozenset(normalize_word(w) for w in ("تقدم", "تقدمت", "تقدموا", "يتقدم", "تتقدم"))
_SUBMITTED = stems(
    "شكوى", "شكاوى", "طلب", "طلبات", "مبادرة", "اقتراح", "مقترح", "مشروع", "بلاغ", "استقالة", "استقالته",
    "التماس", "دعوى", "احتجاج", "مذكرة", "عرض", "تهنئة", "شكر", "تعازي")


def _arrest_reading(trigger: TriggerMention, tokens: Sequence[Token]) -> TriggerMention | None:
    """What a word for stopping or seizing does: of people it is an arrest (ضبط 44 عنصرا، ضبط 24 من تلك
    العناصر، تفكيك خلية إرهابية), of weapons a disrupted weapons use (ضبط متفجرات، إسقاط طائرة، تفكيك عبوة);
    of anything else no event (None: ضبط مخالفات، إسقاط الاتفاق، اعتراض القوات، تفكيك سوريا)."""
    if trigger.sub_event_type == "Arrests" and tokens[trigger.token].stem in _STOPPING and (
            trigger.token + 1 < len(tokens) and tokens[trigger.token + 1].stem in _HALTED_THINGS):
        return None  # أوقفت تقدمهم، أوقفوا القتال: an advance or a fight halted, nobody arrested
    if trigger.sub_event_type == "Arrests" and _weapons_held(tokens, trigger.token):
        return replace(trigger, sub_event_type="Disrupted weapons use", kind=None)  # القبض على عدد (10) مسدس
    if trigger.sub_event_type != "Disrupted weapons use":
        return trigger
    after = tokens[trigger.token + 1 : trigger.token + 7]
    if tokens[trigger.token].stem in _SEIZING:
        for tok in after[:4]:
            if tok.stem in _WANTED_NOUNS or tok.stem in PEOPLE_NOUNS:
                return replace(trigger, sub_event_type="Arrests", kind="arrested")
            if not (tok.norm[:1].isdigit() or tok.norm in _PARTITIVES):
                break
    if any(tok.stem in _ARMS_STEMS or tok.norm in _ARMS for tok in after):
        return trigger
    return None


def _weapons_held(tokens: Sequence[Token], k: int) -> bool:
    """What is seized after the arrest word at ``k`` is arms (القبض على عدد (10) مسدس، ضبط كمية من الذخائر),
    past على, a figure, a partitive and brackets: weapons seized, no one arrested."""
    for tok in tokens[k + 1 : k + 7]:
        if tok.norm in ("علي", "(", ")", "كميه", "كميات") or tok.norm[:1].isdigit() or tok.norm in _PARTITIVES:
            continue
        return tok.stem in _ARMS_STEMS or tok.norm in _ARMS
    return False


_SMALL_ARMS = stems("أسلحة", "سلاح", "رشاش", "رشاشات", "بنادق", "بندقية", "رصاص", "أسلحتهم", "أسلحتها")
"""Guns, by stem (بالأسلحة، بالرشاشات، بالأسلحة الخفيفة): the weapons of an assault at close range."""
_HEAVY = stems("ثقيله", "ثقيل")


def _names_small_arms(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The tokens ``first`` to ``last`` (a clause) name guns, not heavy weapons (بأسلحة ثقيلة). (The stems are
    screened in C, with map and compress: a clause has dozens of tokens and rarely a gun.)"""
    for j in compress(count(first), map(_SMALL_ARMS.__contains__, map(_TOKEN_STEM, tokens[first:last]))):
        if not (j + 1 < len(tokens) and tokens[j + 1].stem in _HEAVY):
            return True
    return False


_SEIZING = frozenset({"ضبط", "تفكيك"})
_STOPPING = frozenset(normalize_word(w) for w in ("أوقفت", "أوقفوا", "أوقف", "توقيف"))
_HALTED_THINGS = stems(
    "تقدم", "تقدمهم", "تقدمها", "تقدمه", "زحف", "زحفهم", "هجوم", "هجومهم", "هجومها", "قتال", "عمل", "عمليات", "قصف",
    "غارات", "إطلاق", "حرب", "تصعيد", "رحلات", "دعم", "مساعدات", "ضخ", "إنتاج", "تعامل", "مفاوضات", "دراسة",
    "منح", "إصدار", "تسليم", "بيع", "استقبال") | _HALTED_STEMS
"""What a verb of stopping may halt rather than detain (أوقفت تقدمهم: halted their advance; أوقفت منح التأشيرات: stopped
issuing visas), and what توقيف halts (``_HALTED``)."""
_PARTITIVES = frozenset({"من", "تلك", "هذه", "اولئك", "عدد"})
_ARMS = frozenset(normalize_word(w) for w in (
    "متفجرات", "متفجرة", "أسلحة", "سلاح", "ذخائر", "ذخيرة", "طلقة", "طلقات", "مسدس", "مسدسات", "مسدسا", "رشاش",
    "رشاشات", "بنادق", "بندقية", "صاروخ", "صواريخ", "صاروخا", "قذيفة", "قذائف", "عبوة", "عبوات", "لغم", "ألغام",
    "لغما", "قنبلة", "قنابل", "حزام", "أحزمة", "طائرة", "طائرات", "مسيرة", "مسيرات", "مفخخة", "مفخخات", "تفخيخ",
    "ناسفة", "ناسف", "صواعق", "أجهزة", "مصنع", "ورشة", "شحنة"))
"""Weapons, explosives and where they are made: what a disrupted weapons use seizes, downs or defuses."""
_ARMS_STEMS = stems(*_ARMS)  # for Token.stem (_ARMS: .norm)


def _speakers(actors: Sequence[ActorMention], cues: Sequence[CueMention], live: Sequence[TriggerMention],
              tokens: Sequence[Token]) -> list[ActorMention]:
    """Actors that only tell of an event the clause refers back to ("وأشارت الشرطة إلى أنها فتحت
    تحقيقا في الهجوم"): the subject of an attribution verb, in a clause with no event word that tells a
    happening and no claim of responsibility (أعلنت حركة الشباب مسؤوليتها عن الهجوم، تبنى التنظيم الهجوم)."""
    if not live or any(tells_happening(t, tokens) or "ال" not in tokens[t.token].prefix for t in live):
        return []  # only event words that refer back (الهجوم، القصف) leave their speakers out
    out = []
    for a in actors:
        k = token_at(tokens, a.start)
        told_by = any(not _according_to(c, tokens) for c in _attributions_before(k, cues))
        claims = (k > 0 and tokens[k - 1].stem in _CLAIM_VERBS) or any(  # تبنى التنظيم التفجير
            "مسؤولي" in tokens[j].norm for j in range(k, min(k + 4, len(tokens))))
        if told_by and not claims:
            out.append(a)
    return out


def _according_to(cue: CueMention, tokens: Sequence[Token]) -> bool:
    """The attribution is a preposition (بحسب، وفقا ل، نقلا عن، طبقا ل), alone or before a verb of telling
    (بحسب ما ذكرته مصادر، وفق ما أعلن، كما أعلنت), not a verb of telling by itself (قال، أعلن)."""
    return any(w in tokens[k].norm for k in range(max(0, cue.token - 3), cue.token + 1)
               for w in ("حسب", "وفق", "نقلا", "طبقا")) or (cue.token > 0 and tokens[cue.token - 1].norm == "كما")


def _clause_sources(clause: Clause, sentence_cues: Sequence[CueMention], tokens: Sequence[Token],
                    actors: Sequence[ActorMention], dates: Sequence[TimeRef]) -> list[str]:
    """Who the sentence cites for what the clause tells. A verb of telling in a later clause tells that
    clause only ("لقي 8 مصرعهم بقصف ..., في الوقت الذي أعلنت فيه المقاومة مقتل 22": the 8 are not the
    resistance's figure); بحسب and its kin, which close a sentence, cover all of it."""
    return sources_of([c for c in sentence_cues if c.start < clause.end or _according_to(c, tokens)], tokens, actors,
                      dates)


def _attributions_before(k: int, cues: Sequence[CueMention]) -> list[CueMention]:
    """The attribution cues that end right before token ``k`` (قال الجيش، أفادت مصادر): ``k`` opens their subject."""
    return [c for c in cues if c.cue == "attribution" and c.token + len(c.text.split()) == k]


def _reporters(actors: Sequence[ActorMention], cues: Sequence[CueMention], tokens: Sequence[Token]
               ) -> list[ActorMention]:
    """Sides that report what another side did: the subject of an attribution verb whose إنّ/أنّ opens on
    another side (قال الجيش التركي في بيان إن حزب العمال الكردستاني المحظور قتل ثلاثة جنود). Not when إنّ carries
    the speaker's pronoun (قال الجيش إنه قتل): then the speaker did it; nor when a verb of loss follows the other
    side (إن ميليشيات الحوثي تكبدت 20 قتيلا في الهجوم الذي شنه): it suffered what the speaker did."""
    out = []
    for a in actors:
        k = token_at(tokens, a.start)
        if not _attributions_before(k, cues):
            continue
        end = token_at(tokens, a.end - 1)
        inna = next((j for j in range(end + 1, min(end + 5, len(tokens))) if tokens[j].norm in INNA), None)
        if inna is not None and any(
                b is not a and b.role == "actor" and token_at(tokens, b.start) == inna + 1 and not _suffers(b, tokens)
                for b in actors):
            out.append(a)
    return out


def _admitters(actors: Sequence[ActorMention], cues: Sequence[CueMention], tokens: Sequence[Token]
               ) -> list[ActorMention]:
    """Sides that admit or deny what someone did, not the doer: the subject of أقر or اعترف (أقر نظام الأسد
    بسقوط قذائف على دمشق) unless it owns the deed (اعترف التنظيم بتنفيذ الهجوم، أقر بمسؤوليته), and of نفى where
    the deed denied is told with its own doer after it (نفت وزارة الدفاع الأمريكية خطف جبهة النصرة لمقاتلين):
    the denier of another's deed speaks; a side that denies doing something (نفى الجيش قصف المستشفى) stays."""
    out = []
    for a in actors:
        k = token_at(tokens, a.start)
        end = token_at(tokens, a.end - 1)
        if k > 0 and tokens[k - 1].norm in _ADMITTING:
            if not any(t.norm in _DOING or t.norm.removeprefix("ب").startswith(_OWN_RESPONSIBILITY)
                       for t in tokens[end + 1:end + 4]):
                out.append(a)
        elif any(c.cue == "denial" and c.token + len(c.text.split()) == k for c in cues) and any(
                b is not a and b.actor is not None and b.role == "actor" and token_at(tokens, b.start) == end + 2
                for b in actors):
            out.append(a)  # نفت الوزارة خطف [جبهة النصرة]: the deed's doer right after its noun
    return out


_ADMITTING = frozenset(normalize_word(w) for w in (
    "أقر", "أقرت", "يقر", "تقر", "وأقر", "وأقرت", "اعترف", "اعترفت", "يعترف", "تعترف", "واعترف", "واعترفت"))
_DOING = frozenset(normalize_word(w) for w in ("بتنفيذ", "بارتكاب", "بشن", "بقتل", "بتفجير", "بخطف", "باغتيال"))
"""What a side admits doing (اعترف بتنفيذ الهجوم): the deed is its own."""


def _suffers(side: ActorMention, tokens: Sequence[Token]) -> bool:
    """A verb of loss follows the side's name within two words (ميليشيات الحوثي تكبدت، فقدت القوات)."""
    end = token_at(tokens, side.end - 1)
    return any(t.stem in _LOSS_VERBS for t in tokens[end + 1:end + 3])


_LOSS_VERBS = stems(
    "تكبد", "تكبدت", "تكبدوا", "خسر", "خسرت", "خسروا", "فقد", "فقدت", "فقدوا", "تعرض", "تعرضت", "تعرضوا", "مني",
    "منيت")
"""Verbs of suffering a loss (تكبدت خسائر، فقدت، منيت بهزيمة): their subject is the side hit."""


def _spokesmens_side(persons: Sequence[ActorMention], actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The armed side a spokesman or commander speaks for (المتحدث باسم المقاومة): a side that
    announces an operation (كشف عن استهداف، أعلن عن قصف) carried it out."""
    for p in persons:
        for a in actors:
            if (a.role == "actor" and a.actor is not None and p.start <= a.start and a.end <= p.end
                    and a.actor.inter not in ("Civilians", "Protesters", "Rioters")):
                return [a]
    return []


def _announced(trigger: TriggerMention, cues: Sequence[CueMention], tokens: Sequence[Token]) -> bool:
    """The event word is what a source announces: "أعلنت الوزارة عن اعتقال"، "أفادت مصادر بمقتل"،
    "كشف المتحدث عن استهداف" (an attribution verb, then عن or بـ and the verbal noun)."""
    k = trigger.token
    tok = tokens[k]
    linked = (k > 0 and tokens[k - 1].norm == "عن") or tok.prefix.rstrip("وف").startswith("ب")
    return linked and any(c.cue == "attribution" and c.token < k for c in cues)


def _is_history(dates: Sequence[TimeRef], published: date | None) -> bool:
    """A date well before publication: older than HISTORY_DAYS, or a vague count of weeks ago (منذ أسابيع، قبل
    أسابيع: at least two, no day the news could name)."""
    if published is None:
        return False
    limit = published - timedelta(days=HISTORY_DAYS)
    return any(d.date is not None and ((d.date_end or d.date) < limit or (
        d.direction == "past" and d.precision >= 2 and _VAGUE_WEEKS.search(d.text) is not None)) for d in dates)


_VAGUE_WEEKS = re.compile(r"(?:منذ|قبل)\s+(?:بضعة\s+|عدة\s+)?[أا]سابيع")


def _names_old_year(quantities: Sequence[Quantity], published: date | None) -> bool:
    """A clause that names a year that ended long before publication is about the past ("1951 -
    اغتيال الملك"، "في صيف 2014" in an article of July 2015)."""
    if published is None:
        return False
    limit = published - timedelta(days=HISTORY_DAYS)
    return any(q.kind == "year" and isinstance(q.value, int) and 1000 < q.value <= 9999
               and date(q.value, 12, 31) < limit for q in quantities)


def _is_recent(dates: Sequence[TimeRef], published: date | None) -> bool:
    """The clause has a date of its own that is not history (it governs the clause, a year named
    beside it only describes the background: "التي يسيطر عليها التنظيم منذ 2014")."""
    return any(d.date is not None and d.direction != "future" for d in dates) and not _is_history(dates, published)


def _this_week(dates: Sequence[TimeRef], published: date | None) -> bool:
    """The clause names a day of the week before publication (أمس، الخميس الماضي)."""
    return published is not None and any(
        d.date is not None and d.precision == 1 and 0 <= (published - d.date).days <= 7 for d in dates)


def _is_future(dates: Sequence[TimeRef]) -> bool:
    return bool(dates) and all(d.direction == "future" for d in dates)


_DEATH_ALONE = re.compile(r"^[وفبل]?(?:ال)?وفا[ةه]")
"""وفاة: a death, told with no word of violence; beside a side's name (الإعلان عن وفاة زعيم حركة طالبان ... تنظيم
داعش) no fight of that side's. (قتل، مقتل، استشهاد say violence.)"""


def propose(
    clause_index: int,
    triggers: Sequence[TriggerMention],
    actors: Sequence[ActorMention],
    nonlethal: Sequence[TriggerMention] = (),
    small_arms: bool = False,
    gunmen_kill: bool = False,
) -> list[Candidate]:
    """Candidate events of one clause from its (unblocked) event words (``nonlethal``: weapons named as rubber
    bullets, which do not make a dispersal excessive force; ``small_arms``: the clause names guns, so shells
    fired in an assault are its weapons, not a bombardment; ``gunmen_kill``: unnamed gunmen are the subject of
    its verb of killing or taking, see _gunmen_did_it)."""
    weapons = [t for t in triggers if t.role == "weapon"]
    events = [t for t in triggers if t.role == "event"]
    attacks = [t for t in triggers if t.role == "attack"]
    seizes = [t for t in triggers if t.role == "seize"]
    counts = [t for t in triggers if t.role == "count"]
    out: list[Candidate] = []
    seen: set[tuple[str, str]] = set()

    def add(event_type: str, sub: str, trig: list[TriggerMention], weak: bool = False) -> None:
        key = (event_type, sub)
        if key in seen:
            return
        seen.add(key)
        out.append(Candidate(event_type, sub, clause_index, list(trig), weak=weak))

    explosive = [w for w in weapons if w.event_type == "Explosions/Remote violence"]
    battle_words = [e for e in events if e.event_type == "Battles"]
    withdrawal = bool(seizes) and any(e.sub_event_type == "Non-violent transfer of territory" for e in events)
    if withdrawal:
        events = [e for e in events if e.sub_event_type != "Non-violent transfer of territory"]
        seizes = seizes + [e for e in triggers if e.sub_event_type == "Non-violent transfer of territory"]
        # سيطرة قوات X على البلدة ... انسحاب المقاتلين منها: one side's withdrawal is the other's gain
    if seizes and battle_words and min(t.token for t in seizes) < min(t.token for t in battle_words):
        events = [e for e in events if e.event_type != "Battles"]  # سيطرت على البلدة بعد معارك: the ground taken
        seizes = seizes + battle_words
        battle_words = []
    if explosive:
        named_by_next = {w.token for w in explosive if not w.strong and w.device and any(
            t.token == w.token + 1 and t.device and t.strong for t in explosive)}  # قنابل الهاون: mortar rounds
        subs = {w.sub_event_type for w in explosive
                if w.sub_event_type and w.token not in named_by_next} or {_UNTOLD_MEANS}
        if "Air/drone strike" in subs and all(
                w.text.endswith(tuple(_PERSON_SUICIDE)) for w in explosive if w.sub_event_type == "Suicide bomb"):
            subs.discard("Suicide bomb")  # غارة على الانتحاريين: the strike is the event
        sub = next(s for s in _WEAPON_PRIORITY if s in subs)
        if sub == "Shelling/artillery/missile attack" and (battle_words or (small_arms and attacks)):
            pass  # fighting with heavy weapons, an assault with guns and shells: the clash is the event
        else:
            add("Explosions/Remote violence", sub, explosive + attacks)
    violent = bool(explosive or attacks or battle_words or any(c.kind == "killed" for c in counts))
    riot = any(e.event_type == "Riots" for e in events)
    for e in sorted(events, key=lambda t: -_SEVERITY.get(t.sub_event_type or "", 0)):
        if e.sub_event_type == "Looting/property destruction" and violent:
            continue  # الغارة دمرت دبابة، الهجوم أسفر عن مقتل اثنين وتدمير مدرعة: damage done by the attack
        blast = [c for c in out if c.event_type == "Explosions/Remote violence"]
        if blast and (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack"):
            blast[0].triggers.append(e)  # اغتياله بعبوة ناسفة: one attack, coded by its weapon
            continue
        if riot and (e.event_type == "Protests" or e.sub_event_type == "Looting/property destruction"):
            continue  # أعمال شغب ... أحرق محتجون إطارات احتجاجا على: one riot
        if e.event_type and e.sub_event_type:
            if e.event_type in ("Protests", "Riots") and any(c.event_type == e.event_type for c in out):
                out[[c.event_type for c in out].index(e.event_type)].triggers.append(e)
                continue  # one demonstration, coded by the strongest thing that happened to it
            add(e.event_type, e.sub_event_type, [e])
    for cand in out:
        fired = any(w.event_type == "Violence against civilians" and w not in nonlethal
                    for w in (*weapons, *attacks))  # برصاص قوات الأمن،
        # أطلقت الشرطة النار على المحتجين
        if cand.event_type == "Protests" and (fired or any(c.kind == "killed" for c in counts)):
            cand.sub_event_type = "Excessive force against protesters"  # protesters shot or killed
    if seizes and (not out or withdrawal):  # ground taken under shelling: the taking is told too
        sub = next((s.sub_event_type for s in seizes if s.role == "seize" and s.sub_event_type), TERRITORY)
        add("Battles", sub, list(seizes))
    shot = [w for w in weapons if w.event_type == "Violence against civilians"]
    if attacks and not out:
        add("", "", list(attacks) + shot)
    if shot and not out and any(c.kind in ("killed", "injured") for c in counts):
        add("", "", shot + list(counts))  # قتل مدرس برصاص مسلحين: a shooting
    if gunmen_kill and not out:
        add("", "", list(counts))  # قتل مسلحون مجهولون ثلاثة جنود: an attack by gunmen
    if not out and violent and any(e.sub_event_type == "Looting/property destruction" for e in events):
        add("", "", [e for e in events if e.sub_event_type == "Looting/property destruction"])
    if (all(c.sub_event_type == "Arrests" for c in out) and counts and actors
            and any(c.kind in ("killed", "injured") and not _DEATH_ALONE.match(c.text) for c in counts)):
        add("", "", list(counts), weak=True)  # قتلت قوات الأمن إرهابيا وألقت القبض على آخر: a fight and an arrest
    return out


def assign_roles(cand: Candidate, actors: Sequence[ActorMention], tokens: Sequence[Token],
                 numbers: frozenset[int], end: int) -> None:
    """Split the clause's actors into attackers (acting side) and targets (acted upon); ``end`` is
    where the clause's sentence ends (its last token, exclusive).

    ``numbers`` holds the token indices where a count starts and ends: people counted (قتل 18 شرطيا، استشهاد
    عشرة من رجال الأمن) are acted upon, and civilians are never the acting side of violence."""
    actors = [a for a in actors if not _branch_of_the_one_before(a, actors, tokens)
              and not _describes_the_one_before(a, actors, tokens)]
    if not actors:
        return
    anchor = min(t.token for t in cand.triggers) if cand.triggers else 0
    sides = _two_sides(actors, tokens, anchor, end) or _between(cand, actors, tokens)
    if sides is not None:  # بين A و B من جهة، و C من جهة أخرى؛ اشتباكات بين A و C
        (first, *friends), other = sides
        cand.attackers.append(first)
        cand.allies.extend(friends)
        cand.targets.extend(other)
        actors = [a for a in actors if a not in friends and a not in other and a is not first]
    sources_of: list[ActorMention] = []
    fought_until = -1  # the token after the side a fight is fought with (مواجهات مع X): X's allies joined by و
    lost_until = -1  # the token after a side whose men are counted (القتلى من X، لـX): its allies joined by و
    # in a taking the takers count their own dead (سقوط قتلى من المقاومة والجيش في عملية التحرير): no ally joins them
    taking = any(tokens[j].stem in _CLEARING or tokens[j].stem in _TAKING_NOUNS for j in range(anchor, end))
    for a in actors:
        if a.role != "actor" or a.actor is None:
            continue
        k = token_at(tokens, a.start)
        before = tokens[k - 1].stem if k > 0 else ""
        if _in_what_is_answered(tokens, k, anchor):
            continue  # أمطرت الفصائل البلدات بالقذائف ردا على تعرض الزبداني لهجوم من قوات النظام: the motive's side
        if _conceded(tokens, k, anchor):
            continue  # سيطر الحوثيون على المديرية رغم تكثيف قوات التحالف لغاراته: what the event overcame
        if (k == fought_until and tokens[k].prefix.startswith("و")) or _fought_with(cand, tokens, k):
            cand.targets.append(a)  # تمكنت المقاومة عقب مواجهات عنيفة مع قوات التمرد: the other side
            fought_until = token_at(tokens, a.end - 1) + 1
            continue
        target_before = _target_noun(before) or (before in _BELONGING and k > anchor and any(
            _target_noun(tokens[j].stem) for j in range(max(0, k - 4), k - 1)))  # أطلقوا قذيفة باتجاه سيارة مصفحة
        # تابعة للشرطة: the owners of what the event word hits (not نقطة تابعة للمقاومة ألقت القبض: its subject)
        between = {t.norm for t in tokens[anchor + 1 : k]} if k > anchor else set()
        of = k - 1  # من [صفوف] [عناصر] تنظيم داعش
        while of > 0 and tokens[of].norm in _QUOTE_MARKS:
            of -= 1  # مقتل 4 من “القاعدة”: the name in quotes
        while of > 0 and k - of <= 2 and (tokens[of].stem in _MEMBER_NOUNS or tokens[of].stem == "صفوف"
                                           or _described_fighters(tokens, of, k)):
            of -= 1
        ranks = of + 1 < k and tokens[of + 1].stem == "صفوف"  # سقطوا من صفوف X، قتلى في صفوف X: X's losses
        member_in = (of > 0 and tokens[of].stem == "في" and of - 1 in numbers
                     and tokens[of - 1].stem in _MEMBERS_IN)  # مقتل قائد في الحرس الثوري: one of its men
        affiliation = of > 0 and (tokens[of].stem == "من" or ((ranks or member_in) and tokens[of].stem == "في")) and (
            member_in or
            ranks or tokens[of - 1].norm[:1].isdigit() or tokens[of - 1].stem in PEOPLE_NOUNS or of - 1 in numbers
            or tokens[of - 1].stem in _CASUALTY_NOUNS  # سقوط قتلى من جيش النظام: the dead are that side's
        ) and not _subject_members(cand, tokens, of - 1, anchor)
        affiliation = affiliation or (tokens[k].prefix.lstrip("وف") in ("ل", "لل") and (
            k - 1 in numbers or k - 2 in numbers or tokens[k - 1].stem in _CASUALTY_NOUNS))
        # عشرات القتلى لحزب الله، 12 عنصرا لقوات النظام: the men counted are theirs (not هجوم مسلح للمقاومة: the
        # resistance's attack)
        counted = k - 1 in numbers or k in numbers  # 18 شرطيا: the people a figure counts
        if before in _ATTRIBUTION_WORDS:
            continue  # بحسب شرطة البصرة: who tells it, not who takes part
        if _in_a_coalitions_name(k, cand, tokens):
            cand.others.append(a)  # التحالف الذي تقوده أميركا ضد «داعش»: whom the coalition fights, not the side
            continue  # its strike hit where another is named (مواقع لـ«جبهة النصرة»)
        if _sources_side(tokens, k, a, sources_of):
            sources_of.append(a)
            continue  # كشفت مصادر في المقاومة والقوات الموالية لهادي: the side of who tells it
        if before == "قيام" and _carries_out(cand, tokens, k):
            cand.attackers.insert(0, a)  # عن قيام ميليشيات الحوثيين بإعدام عدد من الأسرى: who carried it out
            continue
        if _by_the_hand_of(tokens, k):
            cand.attackers.insert(0, a)  # اغتيل على يد المسلحين الحوثيين، قتل بأيدي عناصر داعش: the doer
            continue
        if _subject_before_verb(cand, tokens, k, token_at(tokens, a.end - 1), anchor):
            # مسلحين من حزب العمال الكردستاني اقتحموا موقعا عسكريا: the subject; الحوثيين وقوات صالح قصفوا: the
            # subject is the pair, headed by the first
            head = next((b for b in actors if b.role == "actor" and b.actor is not None and b is not a
                         and token_at(tokens, b.end - 1) == k - 1), None) if tokens[k].prefix.startswith("و") else None
            if head is not None:
                for side in (cand.attackers, cand.targets, cand.others):
                    if head in side:
                        side.remove(head)
                cand.attackers[:0] = [head, a]
            else:
                cand.attackers.insert(0, a)
            continue
        if tokens[k].prefix.rstrip("وف").startswith("ل") and _laid_for(tokens, k):
            cand.targets.append(a)  # كمين نصبته لمجموعة مسلحة: the ambush was laid for them
            continue
        if (tokens[k].stem in _STRIKE_NOUNS and a.end > tokens[k].end
                and cand.event_type == "Explosions/Remote violence"):
            cand.attackers.insert(0, a)  # ضربة إسرائيلية، غارات روسية، قصف تركي: the strike's own side
            continue
        if before == "اسم" and tokens[k - 1].prefix.endswith("ب") and not (k >= 2 and _names_a_speaker(tokens[k - 2])):
            cand.targets.append(a)  # اعتقال 8 كانوا يخططون لاعتداءات باسم تنظيم داعش: the suspects' cause
            continue
        if any(tokens[j].stem in _SUPPORT_WORDS_STEMS or tokens[j].norm in _SUPPORT_WORDS
               for j in range(max(k - 2, 0), k)):
            cand.allies.append(a)  # مدعومة بطيران التحالف: an ally of the side that acts
            continue
        partner = next((j for j in range(max(k - 4, 0), k) if tokens[j].norm in _COOPERATION and (
            j == k - 1 or tokens[k - 1].norm == "مع")), None)
        if partner is not None:
            if not any(tokens[j].stem in _CHARGE_WORDS for j in range(max(partner - 2, 0), partner)):
                cand.allies.append(a)  # بالتنسيق مع الأجهزة السعودية، بمشاركة قوات: a partner of the side that acts
            continue  # بتهمة التعاون مع القوات العراقية: the side named in a charge takes no part
        if any(tokens[j].norm in _AGENT_VERBS for j in range(max(k - 2, 0), k)) or (
                affiliation and of >= 2 and tokens[of - 2].norm in _AGENT_VERBS):  # شنه عدد من المستوطنين
            cand.attackers.insert(0, a)  # الغارات التي نفذتها مقاتلات تركية: the doer of what the clause tells
            continue
        last = token_at(tokens, a.end - 1)  # أعلن تنظيم الدولة الإسلامية (داعش) مسؤوليته: after the whole name
        if before in _CLAIM_VERBS or _claim_follows(tokens, last, 5):
            cand.attackers.insert(0, a)  # أعلنت حركة الشباب مسؤوليتها عن، تبنى التنظيم: who did it
            continue
        if before in _FIRING_VEHICLES and _fires(cand, tokens, k - 1, anchor):
            cand.attackers.insert(0, a)  # دبابات المقاومة قصفت ميليشيات الحوثي: the tanks' side shells
            continue
        if before in _OPPOSING and tokens[k].prefix.rstrip("وف").startswith("ل"):
            cand.targets.append(a)  # القوات المحلية المناهضة للحوثيين: the side opposed is the one acted upon
            continue
        if before in _STATIONS:
            if cand.sub_event_type not in (*_HELD_SUBS, _ABDUCTION):
                cand.targets.append(a)  # ووقع الهجوم في قسم الشرطة: the station's force is hit
            continue  # أودعتهم قسم الشرطة: where the held are kept, no side
        if target_before or (  # مقرين لمتشددي داعش: the members' side owns what is hit
                k >= 2 and (before in _MEMBER_NOUNS or before in _MILITANTS) and (
                    tokens[k - 2].stem in _TARGET_NOUNS or (  # ثكنة عسكرية لجنود الحرس الثوري
                        k >= 3 and tokens[k - 2].norm in _POST_ADJECTIVES and tokens[k - 3].stem in _TARGET_NOUNS))
                and tokens[k - 1].prefix.rstrip("وف").startswith("ل")):
            cand.targets.append(a)  # انفجرت عبوة بدورية للجيش: the patrol's side is hit
            continue
        if _held_by(tokens, k):
            cand.targets.append(a)  # صنعاء التي يسيطر عليها الحوثيون: the side holding what is taken
            cand.holders.append(a)
            continue
        if before in ("سيطره", "قبضه") and k >= 2 and not any(t.role == "seize" for t in cand.triggers) and (
                tokens[k - 1].prefix.rstrip("وف").startswith("ل") or tokens[k - 2].stem in _HOLDING_WORDS):
            cand.targets.append(a)  # نقاط المراقبة الخاضعة لسيطرة ميليشيات الحوثي: the side holding what is hit
            cand.holders.append(a)
            continue
        own = k - 1  # تابعة [للمسلحين] الحوثيين: the word of belonging, past the members' noun
        if own > 0 and (before in _UNIT_NOUNS or before in _MILITANTS) and (
                tokens[own].prefix.rstrip("وف").startswith("ل")):
            own -= 1
        window = range(max(own - 4, 0), own)
        if (tokens[own].stem in _ATTACH_WORDS or tokens[own].stem == "خاصه") and any(
                tokens[j].stem.startswith(("استهدف", "استهداف")) or tokens[j].norm in ("علي", "ضد") for j in window
        ) and any(tokens[j].stem in _TARGET_NOUNS or is_thing(tokens[j].text) for j in window):
            cand.targets.append(a)  # استهدفت عربتين عسكريتين تابعتين لميليشيات الحوثي: the owner is hit
            continue
        if cand.sub_event_type == "Disrupted weapons use" and (
                tokens[k].stem in _ARMS_STEMS or tokens[k].norm in _ARMS):
            cand.targets.append(a)  # أسقطت الدفاعات الجوية طائرة مسيرة أمريكية: the side whose drone was downed
            continue
        if cand.sub_event_type in _HELD_SUBS and before == "لدي":
            cand.attackers.insert(0, a)  # اعتقاله لدى المقاومة الشعبية: held by them
            continue
        if cand.sub_event_type in _HELD_SUBS and _object_of_a_noun_of_arrest(cand, tokens, k):
            cand.targets.append(a)  # تفكيك خلية إرهابية، القبض على عناصر من داعش: the verbal noun's object is held
            continue
        if k > anchor and cand.sub_event_type in _HELD_SUBS and _belonging(tokens, own):
            cand.targets.append(a)  # ضبط شبكة إرهابية تابعة لتنظيم داعش، القبض على خمسة ينتمون لداعش: theirs are held
            continue
        if k > anchor and any(t.role == "seize" for t in cand.triggers):
            held_by = before in ("سيطره", "قبضه", "ايدي") and k >= 2 and tokens[k - 2].norm == "من"
            frm = of if of >= 0 and tokens[of].stem == "من" else -1  # من [مسلحي] الحوثي
            if held_by or (frm >= 0 and not (frm >= 1 and tokens[frm - 1].stem in _UNIT_NOUNS)) or (
                    k == lost_until and tokens[k].prefix.startswith("و")):  # not قوات من الجيش
                cand.targets.append(a)  # تحرير زنجبار من ميليشيا الحوثي، من سيطرة داعش، من مسلحي الحوثي: the side
                lost_until = token_at(tokens, a.end - 1) + 1  # that loses it, and its allies joined by و (من
                continue  # الحوثيين والقوات الموالية للرئيس المخلوع)
            if before == "يد":
                cand.attackers.insert(0, a)  # سقوط مدينة شقرة بيد قوات الجيش: the side that takes it
                continue
        civilian = a.actor.inter == "Civilians"
        aimed_at = any(tokens[j].stem.startswith("استهدف") for j in range(max(k - 3, 0), k - 1)) and (
            tokens[k - 1].stem not in _NOMINATIVE_MEMBERS and tokens[k - 1].stem not in _STRIKE_NOUNS)
        # استهدف أفرادا من X; but استهدف مقاتلو فيلق الرحمن، استهدفت غارات التحالف: the nominative (-و) or the
        # strike is the verb's subject, its side aims (مقاتلي، عناصر may be its object)
        if (before in ("علي", "ضد", "باتجاه") or between & {"علي", "ضد"} or affiliation or _cleared_of(tokens, k)
                or counted or civilian or aimed_at or _object_of_aim(tokens, k, cand.attackers, cand.triggers)
                or (k == lost_until and tokens[k].prefix.startswith("و"))):
            cand.targets.append(a)  # هجوم على X، القبض على 100 عنصر من X
            if (affiliation or k == lost_until) and not taking:
                lost_until = token_at(tokens, a.end - 1) + 1  # عشرات القتلى لحزب الله وقوات النظام: both lost them
        elif k > anchor and k - anchor <= 4 and _after_subject(cand, tokens, k, anchor):
            cand.targets.append(a)  # استهدف الثوار مساكن ضباط قوات الأسد: the verb's subject, then its object
        elif k > anchor and k - anchor <= 4:
            cand.attackers.append(a)  # هجوم عناصر داعش، قصف قوات النظام، غارة للتحالف
        elif before in ("من", "برصاص", "قبل") and k > anchor:
            cand.attackers.append(a)
        else:
            cand.others.append(a)


_TAKING_NOUNS = stems("سيطرة", "استعادة")
_CLEARING = stems("تطهير", "تحرير", "طرد", "تنظيف", "إخراج", "دحر", "تخليص")


def _in_a_coalitions_name(k: int, cand: Candidate, tokens: Sequence[Token]) -> bool:
    """The side at ``k`` follows ضد or لمحاربة in the name of a coalition (التحالف الدولي ضد داعش، التحالف الذي
    تقوده أميركا ضد «داعش»، التحالف الدولي لمحاربة تنظيم الدولة): whom the coalition was formed against, not
    surely the side its strike hit, unless an event word stands between them (شن التحالف غارات ضد داعش)."""
    j = k - 1
    while j > 0 and tokens[j].norm in _BEFORE_THE_NAME:
        j -= 1
    if j < 1 or tokens[j].stem not in _FORMED_AGAINST:
        return False
    words = {t.token for t in cand.triggers}
    for i in range(j - 1, max(j - 7, -1), -1):
        if i in words or tokens[i].norm in ("،", ",", "."):
            return False
        if tokens[i].stem == "تحالف":
            return True
    return False


_FORMED_AGAINST = stems("ضد", "محاربة", "مكافحة", "قتال", "مناهض")  # ضد، لمحاربة، لمكافحة، لقتال، المناهض
_BEFORE_THE_NAME = _QUOTE_MARKS | {"«", "»", "تنظيم"}
"""What may stand between ضد and the side's name (ضد «داعش»، ضد تنظيم الدولة)."""


def _describes_the_one_before(a: ActorMention, actors: Sequence[ActorMention], tokens: Sequence[Token]) -> bool:
    """The actor ``a`` is a word right after another name of the same side that describes it (الحوثيين المتمردين،
    ميليشيات الحوثي الانقلابية): one mention of one side, not a second one to cast."""
    k = token_at(tokens, a.start)
    return a.actor is not None and "ال" in tokens[k].prefix and any(
        b is not a and b.actor is not None and b.actor.id == a.actor.id and token_at(tokens, b.end - 1) == k - 1
        for b in actors)


def _branch_of_the_one_before(a: ActorMention, actors: Sequence[ActorMention], tokens: Sequence[Token]) -> bool:
    """The actor ``a`` is the parent a group is introduced as a branch of, right after its name («جبهة النصرة»
    ذراع تنظيم القاعدة في سوريا، الجبهة -وهي جناح تنظيم القاعدة-، وهي فرع تنظيم القاعدة): a description of
    the group, not a side of its own."""
    k = token_at(tokens, a.start)
    noun = k - 1  # the branch noun, past a nisba adjective (الجناح الإيراني لحزب العمال الكردستاني)
    if noun >= 1 and tokens[noun].stem not in _BRANCH_NOUNS and "ال" in tokens[noun].prefix and tokens[
            noun].norm.endswith(("ي", "يه")) and tokens[noun - 1].stem in _BRANCH_NOUNS:
        noun -= 1
    if noun < 0 or tokens[noun].stem not in _BRANCH_NOUNS:
        return False
    k = noun + 1
    j = k - 2
    while j >= 0 and k - j <= 4 and (tokens[j].norm in _APPOSITION_GLUE or not tokens[j].norm.isalnum()):
        j -= 1
    if j >= 0 and any(b is not a and j <= token_at(tokens, b.end - 1) < k - 1 for b in actors):
        return True
    # set off by a comma or a bracket, the description may follow a longer one (وحدات حماية شرق كردستان،
    # الجناح العسكري لمنظومة المجتمع الحر (الجناح الإيراني لحزب العمال الكردستاني))
    return noun >= 1 and tokens[noun - 1].norm in ("(", "،", ",") and any(
        b is not a and noun - 12 <= token_at(tokens, b.end - 1) < noun for b in actors)


_BRANCH_NOUNS = frozenset({"ذراع", "جناح", "فرع"})
_APPOSITION_GLUE = frozenset({"وهي", "وهو", "هي", "هو", "،", ",", "-", "–", "(", "«", "»", '"'})


def _sources_side(tokens: Sequence[Token], k: int, a: ActorMention, sources_of: Sequence[ActorMention]) -> bool:
    """The actor at ``k`` says whose the sources are (مصادر في المقاومة، مصدر من الجيش), or is joined by و to
    one that does (مصادر في المقاومة والقوات الموالية لهادي): the side telling it, not taking part."""
    if k >= 2 and tokens[k - 1].norm in ("في", "من") and tokens[k - 2].stem in ("مصادر", "مصدر"):
        return True
    return tokens[k].prefix.startswith("و") and any(token_at(tokens, b.end - 1) == k - 1 for b in sources_of)


def _carries_out(cand: Candidate, tokens: Sequence[Token], k: int) -> bool:
    """قيام X بـ<event word>: the actor at ``k`` after قيام carries out the candidate's event, named with ب a few
    words on (قيام مستوطنين متطرفين بإحراق منزل). Not عدم قيام (not carrying out), and not قيام X بأي أعمال: an
    act that is none of the candidate's words."""
    if k >= 2 and tokens[k - 2].norm in ("عدم", "بعدم"):
        return False
    return any(k < t.token <= k + 16 and tokens[t.token].prefix.endswith("ب") for t in cand.triggers)


def _by_the_hand_of(tokens: Sequence[Token], k: int) -> bool:
    """The actor at ``k`` follows على يد / على أيدي / بيد / بأيدي, past a noun of its members (على يد مسلحين من،
    بأيدي عناصر داعش): by the hand of, the doer of what the clause tells. Not من أيدي (from the hands of:
    the side that loses what is taken) or في أيدي (into the hands of)."""
    j = k - 1
    if j > 0 and (tokens[j].stem in _UNIT_NOUNS or tokens[j].stem in _MILITANTS):
        j -= 1
    if j < 0 or tokens[j].stem not in ("يد", "ايدي", "ايد"):
        return False
    if any(tokens[i].stem.startswith(_TRAINING) for i in range(max(j - 6, 0), j)):
        return False  # تدربا في إيران على يد الحرس الثوري: trained by, a teacher and no doer
    return tokens[j].prefix.endswith("ب") or (j > 0 and tokens[j - 1].norm == "علي")


_TRAINING = ("تدرب", "تدريب", "دربت", "دربو", "تاهيل", "تتلمذ")


_MEMBERS_IN = frozenset(normalize_word(w) for w in (
    "قائد", "قائدا", "قيادي", "قياديا", "قياديين", "ضابط", "ضابطا", "ضباط", "عنصر", "عنصرا", "عضو", "عضوا", "مقاتل",
    "مقاتلا", "مسؤول", "مسؤولا"))
"""Men counted as members in a body (قائد في الحرس الثوري، عنصرين في الشرطة): the body is theirs."""
_ADJECTIVE_ENDINGS = ("ه", "ين", "ات")
"""Endings of the adjective of a plural or feminine noun of fighting (عنيفة، ضارية، متقطعة), not of a verb (اندلعت)."""


_ANSWERING = frozenset(normalize_word(w) for w in ("ردا", "انتقاما", "ثأرا"))  # (ردًا normalizes to ردا)


def _conceded(tokens: Sequence[Token], k: int, anchor: int) -> bool:
    """The actor at ``k`` is named after the event word in a concession (رغم، برغم، على الرغم من) that opened
    between them with no comma since: what happened despite it, not a side of it (سيطر الحوثيون على المديرية
    رغم تكثيف قوات التحالف لغاراته)."""
    for j in range(k - 1, max(k - 10, anchor), -1):
        if tokens[j].norm in ("،", ",", "."):
            return False
        if tokens[j].stem == "رغم" or tokens[j].norm in _DESPITE:
            return True
    return False


_DESPITE = frozenset({"رغم", "ورغم", "برغم", "وبرغم", "بالرغم", "وبالرغم", "الرغم"})


def _in_what_is_answered(tokens: Sequence[Token], k: int, anchor: int) -> bool:
    """The actor at ``k`` is named in what the event answers, up to eleven words after ردا على / انتقاما لـ / ثأرا
    لـ that follow the event word, with no comma between but the one closing a few words said between (ردا،
    بحسب قولها، على تعرض بلدة الزبداني لهجوم من قوات النظام): the side of the attack answered, not of this one."""
    for j in range(k - 1, max(k - 13, anchor), -1):
        if tokens[j].norm in ("،", ","):
            return j + 1 < k and tokens[j + 1].norm in ("على", "علي") and any(
                tokens[i].norm in _ANSWERING for i in range(max(j - 4, anchor, 0), j))
        if tokens[j].norm == ".":
            return False
        if tokens[j].norm in _ANSWERING and j + 1 < k:
            return True
    return False


def _fought_with(cand: Candidate, tokens: Sequence[Token], k: int) -> bool:
    """The actor at ``k`` follows مع right after a word of fighting and its adjectives (عقب مواجهات عنيفة مع
    قوات التمرد), in a clause that names the side fighting it before and no side hit yet: the other side.
    Not where the fallen are named first (قتل 13 من الحوثيين في مواجهات مع المقاومة: then the side after مع
    fought them) nor where it is the only side named."""
    if k < 2 or tokens[k - 1].norm != "مع" or cand.event_type != "Battles" or cand.targets or not (
            cand.attackers or cand.others):
        return False
    for t in cand.triggers:
        if t.event_type == "Battles" and t.token < k - 1 <= t.token + 2 and all(
                _agrees(tokens[t.token], tokens[j]) and tokens[j].norm.endswith(_ADJECTIVE_ENDINGS)
                for j in range(t.token + 1, k - 1)):  # مواجهات عنيفة مع, not مواجهات اندلعت مع
            return True
    return False


def _cleared_of(tokens: Sequence[Token], k: int) -> bool:
    """The actor at ``k`` follows "من" after a word of clearing ground, up to four words before (لتطهير المواقع
    من مليشيات الحوثي، طرد المسلحين من): the side driven out, not the one that acts."""
    return (k > 0 and tokens[k - 1].norm == "من" and any(
        t.stem in _CLEARING for t in tokens[max(k - 6, 0):k - 1])) or _driven_out(tokens, k)


_DRIVING_OUT = frozenset(normalize_word(w) for w in ("دحر", "طرد", "إخراج", "هزيمة"))


def _driven_out(tokens: Sequence[Token], k: int) -> bool:
    """The actor at ``k`` is named right after a noun of driving out (بعد دحر المليشيات، لطرد الحوثيين، تحرير
    القاعدة ودحر المليشيات منها): the side driven out. Only where the word is a noun: with ب، ل or the article,
    after بعد، عقب، إثر, or joined by و to a noun of clearing just before (دحر الجيش المسلحين is a verb and its
    subject)."""
    j = k - 1
    if j < 0 or tokens[j].stem not in _DRIVING_OUT:
        return False
    prefix = tokens[j].prefix
    return (prefix.endswith(("ب", "ل")) or "ال" in prefix or (j > 0 and tokens[j - 1].norm in _AFTER_WORDS)
            or (prefix.startswith("و") and any(t.stem in _CLEARING for t in tokens[max(j - 5, 0):j])))


_AMBUSH_WORDS = frozenset(normalize_word(w) for w in ("نصب", "نصبت", "نصبته", "نصبتها", "نصبوا", "نصبوه"))
"""Verbs of laying an ambush: the side named with ل after them (نصبت كمينا لمجموعة مسلحة) is the one ambushed;
after the noun alone it is the side that laid it (في كمين للمقاومة)."""
_AMBUSH_NOUNS = frozenset(normalize_word(w) for w in ("كمين", "كمينا", "الكمين", "كمائن"))


def _laid_for(tokens: Sequence[Token], k: int) -> bool:
    """The actor at ``k`` (with ل) follows a verb of laying and the ambush noun, within four words, one of
    them right before it (نصبت كمينا لمجموعة مسلحة، كمين نصبته لمجموعة): not موالون للحوثيين after نصب
    مسلحون. (The words are read whole: كمينا is not ك + مينا.)"""
    window = tokens[max(k - 4, 0):k]
    return (any(not _AMBUSH_WORDS.isdisjoint(t.variants) for t in window)
            and any(not _AMBUSH_NOUNS.isdisjoint(t.variants) for t in window)
            and not (_AMBUSH_WORDS | _AMBUSH_NOUNS).isdisjoint(window[-1].variants))
_STRIKE_NOUNS = frozenset(normalize_word(w) for w in (
    "غارة", "غارات", "ضربة", "ضربات", "قصف", "طائرات", "مقاتلات", "مروحيات", "طائرة", "مقاتلة", "مروحية"))
"""Nouns of a strike or its aircraft that an actor mention may open with (ضربة إسرائيلية): the actor strikes."""


_DESCRIBED_FIGHTERS = frozenset({"مقاتلين", "مسلحين", "عناصر", "افراد"})


@cache
def _speaker_words() -> frozenset[str]:
    """Words for one who speaks for a side (ناطق، متحدث، مسؤول; actor_cues.tsv's role words), with their
    sound plurals (المتحدثون، مسؤولين)."""
    words = {normalize_word(w).removeprefix("ال") for w in load_actors().cues.words["role"]}
    return frozenset(words | {w + suffix for w in words for suffix in ("ون", "ين", "ان")})


_KNOWN_AS = frozenset(normalize_word(w) for w in ("يعرف", "تعرف", "المعروف", "المعروفة", "يسمى", "تسمى", "المسمى"))
_KNOWN_AS_STEMS = stems(*_KNOWN_AS)  # for Token.stem (_KNOWN_AS: .norm)


def _names_a_speaker(token: Token) -> bool:
    """The word before باسم makes it "for" or "as", not "in the name of": a spokesman (المتحدثون باسم الجيش)
    or a name (تحالف يعرف باسم جيش الفتح)."""
    return token.stem in _speaker_words() or token.norm in _KNOWN_AS or token.stem in _KNOWN_AS_STEMS


def _claims(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """The side speaking claims the event (أعلن تنظيم داعش في بيان ... مسؤوليته عن التفجير): its doer."""
    return a.actor is not None and a.role == "actor" and _claim_follows(tokens, token_at(tokens, a.end - 1),
                                                                         _CLAIM_REACH)


def _claim_follows(tokens: Sequence[Token], last: int, reach: int) -> bool:
    """مسؤوليته/مسؤوليتها follows the name ending at token ``last`` within ``reach`` words: its bearer claims."""
    return any(tokens[j].norm.startswith(_OWN_RESPONSIBILITY) for j in range(last + 1, min(last + reach, len(tokens))))


def _described_fighters(tokens: Sequence[Token], j: int, k: int) -> bool:
    """The token ``j`` right before the actor's name at ``k`` is a definite noun for fighters that the name
    describes (من المقاتلين الحوثيين، من العناصر الحوثية): the group's men, as مقاتلي الحوثي would be."""
    return (j == k - 1 and tokens[j].prefix.endswith("ال") and tokens[j].stem in _DESCRIBED_FIGHTERS
            and tokens[k].prefix.endswith("ال"))


def _subject_members(cand: Candidate, tokens: Sequence[Token], k: int, anchor: int) -> bool:
    """The people noun at token ``k`` (عناصر من X) comes right after the event's attacking verb: they are
    its subject, X's men who attack (هاجمت عناصر من المقاومة نقطة للحوثيين), not people X lost. After a verb
    of killing or arresting (قتل عناصر من داعش، أسرت 40 من مسلحي) the noun may be the victims, and after a
    verb that carries its subject (هاجموا عناصر من قوات الأمن) it is the object."""
    verb = _verb_at(cand, tokens, anchor)
    return (k == anchor + 1 and verb is not None and verb.role in ("attack", "event", "weapon") and not verb.kind
            and not tokens[anchor].norm.endswith("وا")  # هاجموا عناصر: their object
            and tokens[k].stem in PEOPLE_NOUNS)  # not a figure: اغتالت ثلاثة من أفراد الدرك


def _subject_before_verb(cand: Candidate, tokens: Sequence[Token], first: int, last: int, anchor: int) -> bool:
    """The actor (or the members of it: مسلحين من حزب العمال الكردستاني) ends right before the event's attacking
    verb, which agrees with it in the plural (اقتحموا، هاجموا): its subject, told first, not a side it hit or
    people it lost. A verb of killing or arresting (قتلوا، اعتقلوا) may be passive, so it decides nothing, unless it
    carries its object (أعدموهما)."""
    verb = _verb_at(cand, tokens, anchor)
    if anchor == last + 1 and verb is not None and tokens[anchor].norm.endswith(_PLURAL_WITH_OBJECT):
        return True  # عناصر من داعش أعدموهما: a verb with its object is no passive
    if not (anchor == last + 1 and verb is not None and verb.role in ("attack", "event", "weapon") and not verb.kind):
        return False
    return tokens[anchor].norm.endswith("وا") or _nominative_subject(tokens, first, anchor)


_PLURAL_WITH_OBJECT = tuple("و" + pronoun for pronoun in OBJECT_PRONOUNS)
"""A plural verb's endings with its object pronoun (أعدموهما، اعتقلوه)."""


def _nominative_subject(tokens: Sequence[Token], first: int, verb: int) -> bool:
    """The actor from token ``first`` stands where only the subject of the verb after it can (القوات الجوية
    السورية قصفت المنطقة): at the start of its clause, behind no preposition and after no noun it could
    belong to; the verb carries no object pronoun (مواقع الحوثيين قصفتها الطائرات: they are hit)."""
    if tokens[first].prefix.lstrip("وف")[:1] in ("ب", "ك", "ل") or tokens[verb].norm.endswith(_OBJECT_PRONOUNS):
        return False
    return first == 0 or not tokens[first - 1].norm[:1].isalpha() or tokens[first - 1].norm in _CLAUSE_OPENERS


_OBJECT_PRONOUNS = ("ها", "هم", "ه", "هما")
_CLAUSE_OPENERS = INNA | frozenset({"ثم", "حيث", "فيما", "بينما", "كما", "قد", "وقد", "لقد", "ولقد", "عندما", "حين",
                                    "بعدما", "اذ", "كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})
"""أنّ and إنّ (``INNA``) and the words that open a clause: a side right after one heads it (وكانت القوات التونسية
شنت عملية)."""


_HOLDS = frozenset({"يسيطر", "تسيطر", "يسيطرون"})
_ON_IT = frozenset({"عليها", "عليه", "عليهم", "عليهما"})


def _held_by(tokens: Sequence[Token], k: int) -> bool:
    """The actor at token ``k`` is named as the one holding a place (صنعاء التي يسيطر عليها الحوثيون): it holds
    what is taken or hit, it takes nothing."""
    return k >= 2 and tokens[k - 1].norm in _ON_IT and tokens[k - 2].stem in _HOLDS


def _after_subject(cand: Candidate, tokens: Sequence[Token], k: int, anchor: int) -> bool:
    """The actor at token ``k`` follows the subject of the event's verb, named right after it or before
    it (دبابات المقاومة قصفت ميليشيات الحوثي), and is
    not joined to it (by و, التابع لـ، الموالي لـ، ذراع): the object's owner (قصفت قوات النظام مواقع
    المعارضة، استهدف الثوار مساكن ضباط قوات الأسد), not a second doer (قصفت قوات النظام وحزب الله)
    nor the subject's own side (سيطر جيش الفتح التابع للمعارضة، خطفت جبهة النصرة ذراع تنظيم القاعدة)."""
    if tokens[k].prefix.startswith("و") or any(
            tokens[j].stem in _JOINED_WORDS or tokens[j].norm in _JOINED_WORDS for j in range(max(k - 2, 0), k)):
        return False
    return _verb_at(cand, tokens, anchor) is not None and any(
        anchor < token_at(tokens, a.start) <= anchor + 2 or token_at(tokens, a.start) < anchor
        for a in cand.attackers)  # or before it: دبابات المقاومة قصفت ميليشيات الحوثي


def _verb_at(cand: Candidate, tokens: Sequence[Token], anchor: int) -> TriggerMention | None:
    """The event's word at token ``anchor`` where it is a finite verb (قصفت، هاجمت), else None."""
    verb = next((t for t in cand.triggers if t.token == anchor), None)
    return verb if verb is not None and finite_verb(verb, tokens) else None


def _object_of_aim(tokens: Sequence[Token], k: int, attackers: Sequence[ActorMention],
                   triggers: Sequence[TriggerMention]) -> bool:
    """The actor at token ``k`` follows استهداف / استهدف as what is aimed at: after the verbal noun
    (استهداف قوات النظام: the targeting of), or after the verb when its subject stood before it
    (الثوار ... استهدفت قوات الأسد). Right after the verb with no subject before, the actor is the
    subject, Arabic's verb-first order: استهدفت الطائرات السعودية مواقع الحوثيين."""
    if k == 0:
        return False
    verb = tokens[k - 1]
    if k >= 2 and (verb.stem in _UNIT_NOUNS or verb.stem in _MILITANTS) and tokens[k - 2].stem.startswith("استهداف"):
        return True  # استهداف المسلحين الحوثيين، استهداف عناصر داعش: the members after the verbal noun are aimed at
    if not verb.stem.startswith("استهداف") and verb.norm not in ("استهدف", "استهدفت", "واستهدف", "واستهدفت"):
        return False
    if verb.stem.startswith("استهداف") or "ال" in verb.prefix:
        return True
    if tokens[k].stem in _TARGET_NOUNS or (k >= 2 and tokens[k - 2].norm.removeprefix("و") in _RELATIVE_PRONOUNS):
        return True  # حيث استهدف دورية أمنية; العمل الإرهابي الذي استهدف رجال الأمن: the subject is before
    if any(k - 5 <= token_at(tokens, t.end - 1) <= k - 2 for t in triggers):
        return True  # 29 ضربة جوية يوم الأحد استهدفت تنظيم الدولة: the event word before the verb is its subject
    return any(token_at(tokens, a.start) < k - 1 for a in attackers)


_RELATIVE_PRONOUNS = _RELATIVES | {"اللذان", "اللتان"}


def _days_before(d: TimeRef, published: date | None) -> int:
    """How many days before publication the date falls (0 where either is unknown)."""
    return (published - d.date).days if published is not None and d.date is not None else 0


def _a_crowd_fights_a_force(cand: Candidate, tokens: Sequence[Token]) -> bool:
    """A clash told as "بين" civilians "و" a state's force (مواجهات بين مصلين فلسطينيين والشرطة الإسرائيلية،
    مواجهات بين شبان فلسطينيين وقوات الاحتلال): an unarmed crowd against a force, a riot in ACLED's terms;
    a battle is fought between organised armed groups."""
    if (cand.event_type, cand.sub_event_type) != ("Battles", "Armed clash"):
        return False
    sides = [*cand.attackers, *cand.targets, *cand.others]
    for t in cand.triggers:
        if t.sub_event_type != "Armed clash":
            continue
        reach = range(t.token + 1, min(t.token + 7, len(tokens)))
        between = next((j for j in reach if tokens[j].norm == "بين"), None)
        if between is None:
            continue
        named = [a.actor.inter for a in sides if a.actor is not None
                 and 0 < token_at(tokens, a.start) - between <= 8]
        if set(named[:2]) == {"Civilians", "State forces"}:
            return True
    return False


def _two_sides(actors: Sequence[ActorMention], tokens: Sequence[Token], anchor: int,
               end: int) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """The two sides a clause names as "<A و B> من جهة، و<C> من جهة أخرى (ثانية)" after its event word
    and before ``end``, its sentence's end (اشتباكات بين حزب الله وقوات النظام من جهة، والفصائل المعارضة
    من جهة أخرى): A and B fight together, against C. None unless both sides name an actor."""
    marks = [j for j in range(anchor + 1, min(end, len(tokens) - 1))
             if tokens[j].norm in ("من", "ومن") and tokens[j + 1].norm == "جهه"]
    if len(marks) < 2:
        return None
    first, second = marks[0], marks[1]
    named = [a for a in actors if a.role == "actor" and a.actor is not None]
    one = [a for a in named if anchor < token_at(tokens, a.start) < first]
    other = [a for a in named if first < token_at(tokens, a.start) < second]
    return (one, other) if one and other else None


def _between(cand: Candidate, actors: Sequence[ActorMention], tokens: Sequence[Token]
             ) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """The two sides of a fight told as "<event word> بين A و C" (اشتباكات عنيفة بين المقاومة والحوثيين،
    مواجهات بين قوات الأمن ومسلحي داعش): A against C, whoever acts in the rest of the clause. Only where A
    follows بين and C follows A's و, at most a word of membership between them (ومسلحي، وعناصر)."""
    named = [a for a in actors if a.role == "actor" and a.actor is not None]
    for t in cand.triggers:
        if t.event_type != "Battles" or t.role != "event":
            continue
        last = token_at(tokens, t.start + len(t.text) - 1)
        j = next((j for j in range(last + 1, min(last + 3, len(tokens))) if tokens[j].norm == "بين"), None)
        a = next((a for a in named if j is not None and token_at(tokens, a.start) == j + 1), None)
        if a is None:
            continue
        after = token_at(tokens, a.end - 1) + 1
        c = next((c for c in named if token_at(tokens, c.start) >= after), None)
        if c is None or not tokens[after].prefix.startswith("و") or a.actor.id == c.actor.id or (
                a.actor.inter == c.actor.inter == "State forces" and a.actor.country == c.actor.country) or (
                load_alliances().allied(a.actor, c.actor)):
            continue  # بين رجال المقاومة وقوات الجيش: allies named together, the other side told after
        k = token_at(tokens, c.start)
        if k - after > 1 or not all(_member_word(tokens[m]) for m in range(after, k)):
            continue
        beyond = token_at(tokens, c.end - 1) + 1  # بين الحوثيين والموالين لصالح والمقاومة، بين المقاومة وقوات
        # الجيش الموالي للشرعية وبقايا القناصة التابعين للميليشيات: a third joins the list, and which of them side
        # together the words do not tell
        if any(beyond <= (j := token_at(tokens, d.start)) <= beyond + 5 and any(
                tokens[m].prefix.startswith("و") for m in range(beyond, j + 1)) for d in named):
            continue
        return [a], [c]
    return None


def _member_word(token: Token) -> bool:
    """A word for the members or units of a side, read without its و (ومسلحي، وقوات، وميليشيات)."""
    stem = token.stem.removeprefix("و")
    return stem in _UNIT_NOUNS or stem in _MILITANTS


_ABDUCTION = "Abduction/forced disappearance"
_KIND_EVENT_TYPES = {
    "arrested": ("Strategic developments", "Arrests"),
    "escaped": ("Strategic developments", "Other"),
    "kidnapped": ("Violence against civilians", _ABDUCTION),
    "missing": ("Violence against civilians", _ABDUCTION),
}
"""The event a count tells on its own, where no event word of the clause takes it. An arrest only
where a word of the clause tells one (اعتقلت، القبض على، أسر 40): the held counted by status nouns
alone (7 أسرى، 50 معتقلا) are released, moved or exchanged as often as taken. The missing
(اختفاء الصحافيين الثلاثة) were made to disappear unless the sentence tells of a mishap (a boat, the
sea, a flood: المفقودين كانوا على متن قارب). See ``_tells_own_event``."""
_ANCHORING_KINDS = frozenset({"killed", "injured", "arrested", "kidnapped", "missing", "escaped"})
WAR_TOLL = 1_000
"""A figure of this many killed, injured, arrested or missing is the toll of a war, a campaign or a
month (منذ بداية الصراع، خلال شهر يوليو، خلفت الحرب أربعة آلاف قتيل), told as background: it is no
count of the event it is told beside. Measured, not assumed: of the 31,030 corpus articles, every
such figure within reach of an event word was a period's toll, a population or a crowd."""
_VIOLENT = frozenset({"", "Battles", "Explosions/Remote violence", "Violence against civilians"})
_SUPPORT_WORDS = frozenset({
    "مدعومه", "مدعوما", "مدعومين", "مدعومون", "بدعم", "دعم", "مسنوده", "المسنوده", "مسنودا", "بمسانده", "مسانده",
    "باسناد", "اسناد", "بغطاء",
})
_SUPPORT_WORDS_STEMS = stems(*_SUPPORT_WORDS)  # for Token.stem (_SUPPORT_WORDS: .norm)
_CHARGE_WORDS = stems("تهمة", "تهم", "اتهام", "متهم", "متهمين", "متهمون")  # (بتهمة: stem تهمة)
_COOPERATION = frozenset({"تنسيق", "بتنسيق", "بالتنسيق", "التنسيق", "تعاون", "بالتعاون", "التعاون", "بمشاركه",
                          "مشاركه", "وبمشاركه"})
"""Words of working together (بالتنسيق مع، بمشاركة): the side named with them is a partner, never the side acted on."""
_COMPOSITION_WORDS = frozenset({"مكونه", "مؤلفه", "مولفه", "قوامها", "قوامه", "تضم", "يضم", "تعدادها", "تعداده",
                                "عديدها", "قوام", "تعداد"})
"""Words that give the size of a force or a crowd (قوة مكونة من، قوامها، تضم): the number is no toll."""
_MEMBER_NOUNS = stems("عناصر", "مقاتلي", "مسلحي", "افراد", "اعضاء", "منتسبي", "منسوبي", "رجال", "جنود", "عناصره",
                      "مقاتلو", "قاده", "قيادات", "قياديي", "امراء", "زعماء", "كوادر", "ضباط")
"""Nouns for the members of a force between a count and its name (30 عنصرا من عناصر تنظيم داعش)."""
_MILITANTS = frozenset({"متشددي", "متطرفي", "ارهابيي", "مليشيات", "ميليشيات", "مليشيا", "ميليشيا"})
"""Words for a group's fighters by what they are called (لمتشددي داعش، لميليشيات الحوثي)."""
_NOMINATIVE_MEMBERS = frozenset({"مقاتلو", "مسلحو", "منتسبو", "منسوبو"})
"""Members' nouns in the nominative of the sound plural (مقاتلو X): the subject of the verb before them."""
_UNIT_NOUNS = _MEMBER_NOUNS | {"قوات", "قوه", "وحدات", "وحده", "مجموعه", "مجموعات", "فصائل", "كتيبه", "كتائب",
                               "مسلحين", "مسلحون", "مقاتلين", "مقاتلون"}
"""Nouns for a force or its members before من and a name (قوات من الجيش الوطني): a part of that side."""
_ATTRIBUTION_WORDS = stems("حسب", "وفق", "وفقا", "عن", "نقلا", "لسان")  # بحسب، على لسان
_LED_TO = frozenset(normalize_word(w) for w in (
    "أدت", "أدى", "ادت", "قادت", "قاد", "أفضت", "أفضى", "أسفرت", "أسفر", "انتهت", "انتهى"))
"""Verbs of result before ل + an arrest (أدت التحريات للقبض على 3): the arrests made, not a purpose."""
_EXPOSED = stems(
    "تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "عرضة", "تعرضها", "تعرضه", "تصدى", "تصدت", "تصدوا", "يتصدى",
    "تتصدى", "صد", "صدت", "صدوا", "تصديها", "تصديه")
"""Words after which ل + an attack is what happened (تعرضت القرية لهجمات، تصدوا لهجوم شنته الميليشيات), not a
purpose (يتأهب المقاتلون لاقتحام القاعدة، خططت لاستهداف المساجد)."""
_TARGET_NOUNS = stems(
    "دوريه", "دوريات", "موكب", "نقطه", "حاجز", "مقر", "مقرات", "سياره", "آلية", "آليات", "عربه", "رتل",
    "ثكنه", "مواقع", "موقع", "تجمع", "تجمعات", "معسكر", "قافله", "مركز", "حافله", "منزل", "مخفر", "مبني",
    "عربتين", "عربات", "آليتين", "سيارتين", "سيارات", "دبابه", "دبابات", "مدرعه", "مدرعات", "مواكب", "دوريتين",
    "مسجد", "جامع", "مساجد", "مقرين", "مخازن", "مخزن", "مستودع", "مستودعات", "نقاط",
    "اهداف", "معسكرات", "قواعد", "مراكز", "تحصينات",
)
"""What an attack hits that a side owns (a post, a vehicle, a base), as stems: آلية is يه to the tokenizer,
which reads its آل as the article (and so is إليه, one word with it once normalized)."""


def _target_noun(stem: str) -> bool:
    return stem in _TARGET_NOUNS or (stem.endswith("ا") and stem[:-1] in _TARGET_NOUNS)  # مركزا


_BELONGING = frozenset({"تابع", "تابعه", "تابعين", "تابعتين", "تابعا", "تابعان"})
"""Words of belonging between a post or vehicle hit and its owners (سيارة مصفحة تابعة للشرطة), normalized."""
_POST_ADJECTIVES = frozenset({"عسكريه", "عسكري", "امنيه", "امني", "حدوديه", "حدودي", "متقدمه", "متقدم"})
"""Adjectives told between a post and its owners (ثكنة عسكرية لجنود الحرس), normalized."""
_OPPOSING = frozenset({"مناهضه", "مناهضين", "مناهضون", "مناهض", "معاديه", "معادين", "معادون", "مناوئه", "مناوئين",
                       "مناوئون", "مناوئ"})
"""Words that describe a side by whom it opposes (القوات المناهضة للحوثيين): that side is not the one acting."""
_STATIONS = frozenset({"قسم", "اقسام", "مخافر"})
"""Police stations (قسم الشرطة): hit in an attack on them; where the held are taken in an arrest or abduction."""
_FIRING_VEHICLES = stems("دبابات", "دبابه", "مدرعات", "مدرعه", "مدفعيه", "راجمات", "بوارج", "زوارق")
"""Vehicles and guns that fire: hit when targeted (استهدفت دبابات الجيش), the shelling side's when they shell."""


def _fires(cand: Candidate, tokens: Sequence[Token], j: int, anchor: int) -> bool:
    """The vehicles named at token ``j`` do the event's shelling (قصف): they are the subject of its verb,
    right after it (قصفت دبابات المقاومة مواقع الحوثيين) or before it (دبابات المقاومة ... قصفت)."""
    if _verb_at(cand, tokens, anchor) is None or not tokens[anchor].stem.startswith("قصف"):
        return False
    return j == anchor + 1 or j < anchor


_ATTACH_WORDS = stems("تابع", "تابعه", "تابعين", "تابعتين", "تابعان", "تابعتان", "تتبع", "يتبع", "تعود")
"""Words of belonging (مواقع تتبع الحوثيين: theirs), as stems (التابعة: تابعه)."""
_BELONGING_WORDS = _ATTACH_WORDS | frozenset(normalize_word(w) for w in (
    "ينتمون", "ينتمي", "تنتمي", "المنتمين", "منتمين", "المنتمون", "انتمائهم", "انتمائه", "بانتمائهم", "بالانتماء",
    "الانتماء", "المرتبطين", "مرتبطين", "مرتبطة", "بارتباطهم", "الموالين", "موالين", "المتعاطفين", "متعاطفين"))
"""Words that say whose the people held are (شبكة تابعة لـ، ينتمون إلى، المشتبه بانتمائهم إلى)."""
_BELONGING_WORDS_STEMS = stems(*_BELONGING_WORDS)  # for Token.stem (_BELONGING_WORDS: .norm)
_HELD_SUBS = frozenset({"Arrests", "Disrupted weapons use"})


def _object_of_a_noun_of_arrest(cand: Candidate, tokens: Sequence[Token], k: int) -> bool:
    """The actor at ``k`` follows a verbal noun of arrest within four words (تفكيك خلية إرهابية، القبض على عناصر
    من تنظيم داعش، اعتقال أعضاء في حزب العمال): its object, the side held. After a finite verb the words that
    follow name the subject first (اعتقلت الشرطة التركية 590 شخصا), so only nouns count."""
    return any(t.sub_event_type in _HELD_SUBS and 0 < k - t.token <= 4 and not finite_verb(t, tokens)
               and not t.counted  # كما أسر رجال المقاومة 11: أسر may be the verb
               and not any(tokens[j].norm in _CLAUSE_BREAKS for j in range(t.token + 1, k))
               for t in cand.triggers)


def _belonging(tokens: Sequence[Token], own: int) -> bool:
    """A word of belonging ends at ``own`` or one word before it, past إلى (ينتمون إلى تنظيم داعش)."""
    return any(0 <= j and (tokens[j].stem in _BELONGING_WORDS_STEMS or tokens[j].norm in _BELONGING_WORDS)
               for j in (own, own - 1))


_HOLDING_WORDS = frozenset({"خاضعه", "خاضع", "خاضعين", "تحت"})
_JOINED_WORDS = _ATTACH_WORDS | {"موالي", "مواليه", "موالين", "موالون", "ذراع", "جناح", "فرع", "حليف", "حليفه",
                                 "حلفاء", "شريك", "مع", "بين"}
"""Words that join an actor to the one named before it (its allegiance, its branch, its partner)."""
_AGENT_VERBS = frozenset(
    verb + person + pronoun for verb in ("شن", "نفذ", "اطلق", "ارتكب", "زرع", "فجر") for person in ("", "ت", "و")
    for pronoun in ("ه", "ها")) | {"القاه", "القاها", "القته", "القتها", "القوه", "القوها"}
"""A verb of doing with its object pronoun, masculine or feminine, in a relative clause after the event
(الغارات التي شنتها طائرات التحالف، العبوة التي زرعها مسلحون، هجوم شنه عدد من المستوطنين): the side named
next is the one that acts (normalized)."""
_CLAIM_VERBS = frozenset({"تبني", "تبنت", "تبنوا", "يتبني", "تتبني"})
_CLAIM_REACH = 14  # أعلن تنظيم داعش في بيان نشر على موقع تويتر اليوم الخميس مسؤوليته: the claim comes late
_OWN_RESPONSIBILITY = ("مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "مسئوليته", "مسئوليتها", "مسئوليتهم")
_SUBSET_WORDS = frozenset({"بينهم", "بينهن", "منهم", "منهن", "بينها"})


def _their_own_toll(qi: int, live: Sequence[TriggerMention], tokens: Sequence[Token]) -> bool:
    """A verb of killing or wounding right before منهم and the figure (فقتل منهم 15، أصيب منهم ثلاثة): the
    figure is the verb's count of a group named before (the forces in the mosque), not a part of a toll
    (6 قتلى منهم 4 أطفال: a noun of the dead, whose figure it is part of)."""
    return tokens[qi - 1].norm.removeprefix("و") in _OF_THEM and any(
        t.token == qi - 2 and t.role == "count" and finite_verb(t, tokens) for t in live)


_OF_THEM = frozenset({"منهم", "منهن"})


_CASUALTY_KINDS = {normalize_word(w): kind for kind, words in (
    ("killed", ("قتلى", "القتلى", "ضحايا", "الضحايا", "الشهداء", "القتيلين")),
    ("injured", ("الجرحى", "جرحى", "المصابين", "الجريحين"))) for w in words}
"""Nouns for the dead and the wounded, and the kind each counts."""
_CASUALTY_NOUNS = stems(*_CASUALTY_KINDS)
"""Nouns of the dead and the wounded, as stems (القتلى: قتلي): those of a side named after them with من are its losses
(see assign_roles)."""


def _among_the_casualties(tokens: Sequence[Token], qi: int) -> bool:
    """The figure at ``qi`` follows "من بين <the dead or wounded> [of a side]" within four words: a part of a
    toll told already (من بين قتلى المعارضة ثلاثة من القادة), not another toll."""
    return any(tokens[j].norm == "بين" and tokens[j - 1].norm.removeprefix("و") == "من"
               and tokens[j + 1].stem in _CASUALTY_NOUNS for j in range(max(qi - 5, 1), qi - 1))


def _event_words(clause_indices: Sequence[int], trig_c: Sequence[list], tokens: Sequence[Token]) -> set[str]:
    """The stems and sub-types of the event words of the clauses ``clause_indices`` (a sentence's)."""
    return {w for k in clause_indices for t in trig_c[k] for w in (tokens[t.token].stem, t.sub_event_type) if w}


def _of_the_casualties(q: Quantity, tokens: Sequence[Token]) -> str | None:
    """The kind of the dead or wounded the figure is followed by, after من (كان 965 من القتلى مدنيين: killed; 12 من
    الجرحى في حالة خطرة: injured), else None. After a toll of that kind it is a part of that toll, not another."""
    k = token_at(tokens, q.end - 1) + 1
    if k + 1 < len(tokens) and tokens[k].norm == "من":
        return _CASUALTY_KINDS.get(tokens[k + 1].norm)
    return None


def assemble(
    *,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    quantities: Sequence[Quantity],
    dates: Sequence[TimeRef],
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
    triggers: Sequence[TriggerMention],
    cues: Sequence[CueMention],
    published: date | None,
) -> list[Candidate]:
    """The article's events as candidates, in order of first mention."""
    if not tokens or not triggers:
        return []
    triggers = triggers_outside_names(triggers, actors, tokens)  # فجر ليبيا is a name, not a detonation
    clauses = _tolls_joined_to_their_cause(split_clauses(sentences, tokens, triggers), triggers, tokens)
    places = outside_names(places, actors)  # مجاهدي درنة، أنصار بيت المقدس: a name, not the place
    persons = [a for a in actors if a.role == "person"]
    acting = [a for a in actors if a.role != "person"
              and not any(p.start <= a.start and a.end <= p.end for p in persons)]  # not a speaker's body
    trig_c, cue_c, qty_c, date_c, place_c, actor_c = (
        _by_clause(items, clauses) for items in (triggers, cues, quantities, dates, places, acting)
    )
    person_c = _by_clause(persons, clauses)
    clauses_of: dict[int, list[int]] = {}
    for k, c in enumerate(clauses):
        clauses_of.setdefault(c.sentence, []).append(k)
    events: list[Candidate] = []
    old_sentences: set[int] = set()
    recalled: set[int] = set()  # sentences that recap what was done before (سبق أن)
    told_kind: tuple[int, str | None] = (-1, None)  # the sentence and kind of the last figure counted
    summed_up: int | None = None  # the last sentence that told events as history, a period's sum or a daily habit,
    summed_words: set[str] = set()  # and its event words' stems and sub-types: "these strikes" of them in the next
    # sentence (وقتل 260 في هذه الغارات) are that sentence's too, and carry it on
    for ci, clause in enumerate(clauses):
        same_sentence = clauses_of[clause.sentence]
        clause_dates = [d for d in date_c[ci] if d.date is not None or d.direction == "future"]
        recent = _is_recent(clause_dates, published)
        if _is_history(clause_dates, published) or (not recent and _names_old_year(qty_c[ci], published)):
            old_sentences.add(clause.sentence)  # "قبل عام مضى، أعلن ...، وجاء ... بعدما تقدم": all of it
            if trig_c[ci]:
                summed_up = clause.sentence  # ... يتمركزون منذ سنوات. وقتل 260 في هذه الغارات: they are not news either
                summed_words = _event_words(clauses_of[clause.sentence], trig_c, tokens)
            continue
        if _is_future(clause_dates) or (clause.sentence in old_sentences and not recent):
            continue
        if not trig_c[ci] and not events:
            continue  # no event word and no event told yet: nothing to do (see "if not live" below)
        first, last = clauses[same_sentence[0]].first_token, clauses[same_sentence[-1]].last_token
        asked_from = _question_start(tokens, first, last)
        if asked_from <= clause.first_token:
            continue  # من الذي حول شبابنا إلى أدوات لتفجير أنفسهم؟: a question reports nothing
        sentence_cues = [c for k in same_sentence for c in cue_c[k]]
        if any(c.cue in ("sport", "private", "rescue") for c in sentence_cues):
            continue  # هجوم الفريق، قصف المرمى: a match report; إثر خلاف عائلي: a crime among relatives; عمليات
            # إنقاذ استهدفت زورقين: boats reached by rescuers
        if any(c.cue == "crossing" for c in sentence_cues) and _border_offence(same_sentence, trig_c, actor_c,
                                                                                tokens, first, last):
            continue  # أوقفت دوريات حرس الحدود شخصا حاول التسلل بطريقة غير شرعية: a border offence
        if not _this_week(clause_dates, published) and any(
                c.cue == "recap" and c.token <= first + 1 for c in sentence_cues):
            continue  # يذكر أن البلدة ... استولت عليها القوات الشهر الماضي: background, not news
        sentence_dates = [d for k in same_sentence for d in date_c[k]]
        if any(c.cue == "recalled" and c.start < clause.end for c in sentence_cues) and not _this_week(
                sentence_dates, published):
            continue  # تعرضت البلاد لعدة هجمات كان آخرها تفجير مسجد، كما حدث في الهجوم الذي: a past case, told as
            # background, from the clause that names it on (not اعتقل المسلحون المتظاهرين، ... ثورة كان آخرها في كبيسة)
        # what was done before (سبق أن استهدفوا المصلين ... ما أسفر عن مقتل 4): the rest of the sentence tells
        # it, and a sentence going on from it with no date of its own (كما قام التنظيم بتفجير مسجد) more of it
        recalled_from = min((t.token for k in same_sentence for t in trig_c[k] if _done_before(t, tokens)),
                            default=None)
        if clause.sentence - 1 in recalled and not clause_dates and tokens[first].norm in _GOING_ON:
            recalled_from = first
        if recalled_from is not None and recalled_from <= first + 12:
            recalled.add(clause.sentence)
        cue_c[ci] = [replace(c, cue="future") if c.cue == "within" else c for c in cue_c[ci]
                     if c.cue != "within" or not any(t.token > c.token and finite_verb(t, tokens) for t in trig_c[ci])]
        # في غضون 24 ساعة قتل: a span past when a verb in the past tells the event (no cue); else ahead (في غضون أيام)
        future = [c.token for c in cue_c[ci] if c.cue == "future"]
        festival = any(c.cue == "festival" for c in sentence_cues)  # هذه التظاهرة غابت لسنوات: the festival
        struck = [t for t in trig_c[ci] if _no_wound(t, cue_c[ci], tokens) or _attempted_killing(t, tokens)]
        # أصيب ثلاثة بصدمة، أصيبوا بالذعر، الشروع في قتل 100: no wound or death told, and the figure counts no one
        live = [r for t in trig_c[ci] if t not in struck and not _blocked(t, cue_c[ci], tokens)
                and not _stops_a_thing(t, tokens)
                and not _hands_over_no_ground(t, tokens)
                and not _takes_no_ground(t, tokens)
                and not _advance_of_no_side(t, tokens, acting)
                and not _burst_in_a_flood(t, sentence_cues, tokens)
                and not _destroyed(t, tokens)
                and not _a_field_of_mines(t, tokens)
                and not _destroys_a_device(t, trig_c[ci], tokens)
                and not (not clause_dates and _kept_up(t, tokens))
                and not _used_to(t, tokens, date_c[ci])
                and not _ruin_described(t, tokens, date_c[ci])
                and (not t.counted or _figure_follows(t, qty_c[ci], tokens))
                and not any(d.start <= t.start < d.end for d in date_c[ci])  # فجر أمس is dawn
                and not (future and _told_as_future(t, future, tokens))
                and t.token < asked_from
                and (recalled_from is None or t.token < recalled_from)
                and not (festival and t.event_type == "Protests")
                and (r := _arrest_reading(t, tokens)) is not None]
        live = [_stopped_in_a_fight(t) if _bombers_among_the_dead(t, trig_c[ci], qty_c[ci], tokens) else t
                for t in live]  # قتل 10 انتحاريين قبل أن يفجروا أنفسهم: a fight, no bombing
        tried = [t.token for t in trig_c[ci] if any(
            c.cue in ("charge", "inquiry") and 0 < t.token - c.token <= 3 for c in cue_c[ci])]
        if tried:  # في قضية التفجير الانتحاري الذي استهدف مسجد: the relative clause describes the event tried
            live = [t for t in live if not (tokens[t.token - 1].norm in _RELATIVES  # or looked into, not news
                                            and any(0 < t.token - b <= 4 for b in tried))]
        disaster = _disaster(sentence_cues, [t for k in same_sentence for t in trig_c[k]])
        if disaster:
            live = [t for t in live if t.role != "count"]  # غرق 540 مهاجرا، مقتل 114 في الفيضانات: no violence
        live = [t for t in live if not _held_ground(t, date_c[ci], tokens)]  # المناطق التي سيطرت عليها المقاومة
        if not live and not events:
            continue  # the rest of the clause would change nothing: without a live event word nothing is
            # proposed and no figure makes an event of its own, and with no event told yet none can take a
            # figure, a denial or a place
        jailbreak = any(_escape(t) for t in live)
        if jailbreak and not _detention_told(tokens, first, last):
            live = [t for t in live if not _escape(t)]  # هروب قادة التنظيم: a retreat
            jailbreak = False
        since = [c.end for c in cue_c[ci] if c.cue == "cumulative"]
        # منذ التصعيد الأخير الأسبوع الماضي: the day after منذ starts the period, it does not date the news
        running_toll = bool(since) and not _is_recent(
            [d for d in clause_dates if not (any(0 <= d.start - end <= 30 for end in since) and _days_before(
                d, published) >= 3)], published)  # منذ تجدد الاشتباكات صباح اليوم: a period of today is news
        if running_toll:
            live = [t for t in live if t.role != "count"  # حصيلة القتلى منذ بدء المواجهات: a running toll
                    and (not recent or tells_happening(t, tokens))]  # في هجمات ... منذ التصعيد الأسبوع الماضي:
            # many attacks over the period its day opens, none of them this news
        summed = any(c.cue == "daily" and not any(tokens[j].norm in _RELATIVES or tokens[j].stem in _SUPERLATIVES
                                                  for j in range(first, c.token))
                     for c in cue_c[ci]) and not _is_recent(clause_dates, published)  # not التي تتعرض للقصف يوميا،
        # أعنف هجوم تشهده المدينة في الأشهر الأخيرة
        if summed:
            live = []  # ينفذ الطيران التركي يوميا غارات مكثفة: a daily campaign, no one event
        if not recent and any(t.kind == "killed" for t in live) and any(
                q.kind == "count" and q.value is not None and q.value >= WAR_TOLL
                and count_kind(q, live, tokens) == "killed" for q in qty_c[ci]):
            live = []  # أعدم التنظيم أكثر من ألفي مواطن: a war's toll told with no day of its own, no one event
        if _over_months(qty_c[ci], tokens, clause.first_token, clause.last_token) or (_since_a_week(
                date_c[ci], tokens, published) and not any(t.kind in ("kidnapped", "missing") for t in live)) or (
                any(t.role == "count" for t in live) and (_until_a_day(sentence_dates, tokens, published)
                                                          or _days_over_provinces(qty_c[ci], tokens, place_c[ci]))):
            # (اختفاء الصحفيين منذ 12 يوليو: the day they were taken, told as the start of an absence)
            live = []  # غارات قتلت 173 مدنيا خلال عشرة أشهر، منذ 12 أبريل: a period's summary, whatever "أمس" says
            summed = True
        spans = [(c.token, _span_reach(c, clause, tokens)) for c in cue_c[ci] if c.cue == "span" or (
            c.cue == "places" and not _in_one_town(c, place_c[ci], tokens))]  # خلال اليومين الماضيين: several days;
        # في مختلف المحافظات: many places
        if spans:
            live = [t for t in live if not (t.role == "count" and t.kind not in _TAKEN_AWAY
                                            and _of_several_days(t.token, spans, tokens))]
        spans += [(c.token, _SPAN_REACH) for c in cue_c[ci] if c.cue == "month"]  # خلال شهر يوليو: its figures only
        named = [t for k in same_sentence for t in trig_c[k] if t.role != "count"]
        if summed_up is not None and clause.sentence - summed_up <= 1 and named and all(
                t.token > 0 and tokens[t.token - 1].norm in _DEMONSTRATIVES
                and (tokens[t.token].stem in summed_words or t.sub_event_type in summed_words) for t in named):
            live = []  # ... وقتل 260 مقاتلا في هذه الغارات: only the strikes of the period just summed up
            summed = True
        if summed:
            summed_up = clause.sentence
            summed_words = _event_words(same_sentence, trig_c, tokens)
        sentence_actors = [a for k in same_sentence for a in (*actor_c[k], *person_c[k])]
        crowd = any(t.event_type == "Protests" for t in live) and any(q.kind == "count" for q in qty_c[ci])
        if (live and not any(t.strong for t in live) and not crowd and not jailbreak
                and not _corroborated(same_sentence, trig_c, actor_c, tokens)):
            live = []  # only words that are common in other senses, and nothing else says conflict
        sources = _clause_sources(clause, sentence_cues, tokens, sentence_actors, sentence_dates)
        apart = _told_apart(sentence_cues, first) or any(
            _another(t, tokens) for k in same_sentence for t in trig_c[k])
        if events and not live and any(c.cue == "denial" for c in cue_c[ci]):
            events[-1].contested = True  # نفت الوزارة تنفيذ أي عملية: the report just told is disputed
        told = [e for e in events if clauses[e.clause].sentence == clause.sentence]
        if told and all(t.role == "count" for t in live):
            live_for_events: list[TriggerMention] = []  # "، ما أسفر عن مقتل تسعة": the figures of the event told
            told[-1].one_dead += [t for t in live if t.role == "count"]  # وأوسعوه ضربا حتى فارق الحياة
        else:
            live_for_events = live
        nonlethal = [t for t in live_for_events if t.role == "weapon" and t.token + 1 < len(tokens)
                     and tokens[t.token + 1].stem in _RUBBER]  # فرقت الشرطة المظاهرة بالرصاص المطاطي
        candidates = propose(ci, live_for_events, actor_c[ci], nonlethal,
                             small_arms=_names_small_arms(tokens, clause.first_token, clause.last_token),
                             gunmen_kill=_gunmen_did_it(live_for_events, qty_c[ci], tokens))
        numbers = frozenset(k for q in qty_c[ci] if q.kind == "count"  # its first and last word: ثمانية عشر حوثيا
                            for k in (token_at(tokens, q.start), token_at(tokens, q.end - 1)))
        dated = recent or (ci == same_sentence[0] and any(
            d.date is not None and d.direction != "future" and not _is_history([d], published)
            for d in sentence_dates))
        recap = bool(candidates) and _recap_verb_in(tokens[clause.first_token:clause.last_token])
        speakers = _speakers(actor_c[ci], cue_c[ci], live, tokens) or _reporters(actor_c[ci], cue_c[ci], tokens)
        speakers += [a for a in _admitters(actor_c[ci], cue_c[ci], tokens) if a not in speakers]
        background = [c.start for c in cue_c[ci] if c.cue == "background"]
        if background:  # قرب مدينة العريش التي تشهد اشتباكات بين الجيش والمسلحين: not this event's sides
            speakers += [a for a in actor_c[ci] if a.start > min(background)]
        inquiry = [c.start for c in cue_c[ci] if c.cue == "inquiry"]
        if inquiry:  # الشرطة التركية تعرفت على هوية مشتبه به مرتبط بالهجوم: who looks into the event is no side of it
            speakers += [a for a in actor_c[ci] if a.end <= min(inquiry) and a not in speakers]
        # مقتل قائد في الحرس الثوري: a man of a body named by his role, counted among the dead: his side is hit
        fallen = [replace(p, role="actor") for p in person_c[ci] if p.actor is not None and any(
            q.kind == "count" and q.start == p.start for q in qty_c[ci])]
        for cand in candidates:
            assign_roles(cand, sorted([*(a for a in actor_c[ci] if a not in speakers), *fallen], key=_START_OF),
                         tokens, numbers, last)
            cand.killers = _killed_by_armed(cand, tokens, numbers)
            cand.civilian_site = _hits_a_civilian_site(cand, clause, tokens)
            for kind, q in _one_after_the_doer(cand, tokens):
                cand.counts.append((kind, q, count_scope(q, tokens, sentence_actors), sources[0] if sources else None))
                cand.count_groups[q.start] = clause.sentence
            _side_that_faced_it(cand, tokens)
            if not (cand.attackers or cand.others) and any(_announced(t, cue_c[ci], tokens) for t in cand.triggers):
                cand.attackers += _spokesmens_side(person_c[ci], actors)  # كشف المتحدث باسم المقاومة عن استهداف
            if not cand.attackers:
                cand.attackers += [a for a in speakers if _claims(a, tokens)][:1]  # أعلن داعش ... مسؤوليته عن
            if not (cand.attackers or cand.others) and ci != same_sentence[0] and _they_did(cand, tokens):
                # وكان مقاتلو المقاومة قطعوا طرق الإمداد، كما سيطروا على وادي عقان: the subject told before
                cand.attackers += [a for k in same_sentence if k < ci for a in actor_c[k]
                                   if a.role == "actor" and a.actor is not None and a not in speakers][:1]
            if told and _goes_on_with_its_verb(cand, clause, tokens):
                _carry_on(told[-1], cand)
            going_on = not recap and any(_going_on(t, tokens) for t in cand.triggers)
            cand.firm = dated or going_on
            cand.anchored = dated or going_on or (not recap and any(
                (tells_happening(t, tokens) and tokens[t.token - 1].norm not in _RELATIVES)
                or _announced(t, cue_c[ci], tokens) for t in cand.triggers))  # التفجير الذي استهدف: told before
            said = [d for d in clause_dates if _date_of_telling(d, cue_c[ci], cand.triggers, tokens)]
            theirs = cand.not_its_dates = [d for d in clause_dates if _after_another(d, cand, live, tokens)]
            own = _counted_from_the_telling([d for d in clause_dates if d not in said and d.direction != "future"
                                             and d not in theirs], said, published)
            # only the day of a statement: the event's own day may be told in the clause after it (قالت
            # الوزارة في بيان أمس إن القيادي قتل في ضربة جوية بينما كان يتنقل ... في الثامن من يوليو)
            later = [d for d in (date_c[ci + 1] if ci + 1 in same_sentence else ())
                     if d.date is not None and d.precision == 1 and d.direction != "future"
                     and not _is_history([d], published)]
            if later and own and all(_date_of_statement(d, cue_c[ci], tokens) for d in own):
                own = later
            cand.dates = own or [d for d in clause_dates if d not in theirs] or [
                d for d in sentence_dates if d.date is not None and not _is_history([d], published) and d not in theirs]
            cand.told_on = (bool(said) and not own) or (bool(own) and all(  # في بيان أمس: the day it was said
                _date_of_statement(d, cue_c[ci], tokens) for d in own))
            cand.places = place_c[ci] or [p for k in same_sentence for p in place_c[k]] or (
                events[-1].places if events and _same_place(tokens, clause.first_token, clause.last_token) else [])
            cand.sources = sources
            cand.contested = any(c.cue == "dispute" and c.start > min(t.start for t in cand.triggers)
                                 for c in sentence_cues)
            cand.separate = apart
            if _a_crowd_fights_a_force(cand, tokens):
                cand.event_type, cand.sub_event_type = "Riots", "Violent demonstration"
        if candidates:  # هاجم حشد غاضب رجلا فلقي مصرعه: the death told by a word alone is the first event's
            candidates[0].one_dead += [t for t in live if t.role == "count" and t not in candidates[0].triggers]
        # where the clause's figures fell: its places, else its sentence's (ولقي أربعة مصرعهم بينما أصيب 20 في بغداد)
        count_places = place_c[ci] or [p for k in same_sentence for p in place_c[k]]
        last_kind: str | None = None
        last_value: int | None = None
        last_scope: str | None = None
        last_subset_end: int | None = None  # the token after a subset figure (بينهم 12 طفلا)
        # The figures after this token are not the clause's news: all of a running toll's, and those
        # told after a past event named as a reference point (not inside a date: منذ فجر الخميس).
        past = -1 if running_toll or summed else min((t.token for t in trig_c[ci] if (_reference_point(t, tokens)
                                                                             or _answered_and_told(t, tokens))
                                            and not any(d.start <= t.start < d.end for d in date_c[ci])),
                                           default=len(tokens))
        pairs = {token_at(tokens, q.start) for q in qty_c[ci]  # الضابطين: a dual's count; أحد الضابطين is one of them
                 if q.kind == "count" and q.value == 2 and not q.text[:1].isdigit()}
        struck = [t for t in trig_c[ci] if t in struck or (disaster and t.role == "count")]  # مقتل 114 في الفيضانات
        for q in qty_c[ci]:
            if q.kind != "count" or (q.value is None and q.qualifier != "vague"):
                continue
            if q.value is not None and q.value != int(q.value):
                continue  # مدفع 14.5: a fraction left over is a calibre or a measure, never people
            qi = token_at(tokens, q.start)
            if qi > past and not (past > 0 and tokens[past - 1].norm in _AFTER_WORDS and any(
                    tokens[j].norm in _ADDING_TO_A_REPORT for j in range(past + 1, qi))):
                # بعد 3 أيام على هجوم انتحاري أوقع 32 قتيلا، أعدمت 700 خلال الأشهر الماضية: not this event's; but the
                # speaker's report goes on after it (بعد تحرير عدن، مشيرا إلى أن 14 متمردا لقوا حتفهم نتيجة الغارات)
                continue
            if any(c.cue == "attribution" and c.end <= q.start and q.start - c.end <= 1 for c in cue_c[ci]):
                continue  # وقال أحد المشاركين: the speaker, not a figure
            if any(tokens[j].stem in _COMPOSITION_WORDS or tokens[j].norm in _COMPOSITION_WORDS
                   for j in range(max(qi - 3, 0), qi)):
                continue  # قوة مكونة من نحو 4 آلاف مقاتل: the size of a force, not its losses
            if qi > 0 and tokens[qi - 1].stem in _MOVED and _of_them_after(q, tokens):
                continue  # وتم نقل سبعة منهم إلى الرياض: some of those told before, moved
            if struck and nearest_count_word(q, [*live, *struck], tokens) in struck:
                continue  # وأصيب ثلاثة آخرون بصدمة: the struck counted, no one wounded
            if _brings_the_number_to(tokens, qi):
                continue  # ما يرفع عدد الشهداء إلى اثنين في الضفة الغربية: a running total of several events
            if _superseded_or_part(q, tokens, live):
                continue  # ارتفعت الحصيلة من 31 إلى 32 قتيلا؛ 29 من أصل مائة جريح: an old figure, a part of another
            if _cause_before(qi, live, tokens) or _answered_toll(qi, live, tokens):
                continue  # اندلعت الاشتباكات بعد مقتل أحد أفراد القبيلة: the killing that set it off, not its toll
            if _one_of_the_casualties(qi, live, tokens) or (tokens[qi].norm in _ONE_OF and qi + 1 in pairs):
                continue  # أحد القتيلين ضابط: one of the dead told already, not a figure of its own
            of_kind = _of_the_casualties(q, tokens)  # تسعة من القتلى هم من المدنيين: part of a toll told before
            # (a toll of that kind, or a summary), not the first toll told (استقبل المستشفى 15 من القتلى)
            subset = (qi > 0 and tokens[qi - 1].norm.removeprefix("و") in _SUBSET_WORDS
                      and not _their_own_toll(qi, live, tokens)) or (  # بينهم طفلان، وبينهم
                _among_the_casualties(tokens, qi)  # من بين قتلى المعارضة ثلاثة من القادة
                or (of_kind is not None and (
                    (told_kind[1] == of_kind and clause.sentence - told_kind[0] <= 1)
                    or (summed_up is not None and clause.sentence - summed_up <= 1))))
            if last_subset_end is not None and 0 <= qi - last_subset_end <= 1 and (
                    tokens[qi].prefix.startswith("و") or tokens[qi - 1].norm == "و"):
                subset = True  # بينهم 12 طفلا و6 نساء: both are of the 57
            last_subset_end = (token_at(tokens, max(q.end, q.counted_end or 0) - 1) + 1) if subset else None
            kind = last_kind if subset and last_kind else count_kind(q, live, tokens)
            if kind is None and last_kind and q.value == 1 and tokens[qi].prefix.startswith("و") and (
                    q.text.startswith("ال")):
                kind = last_kind  # استشهاد العريف أحمد جعفر ...، والجندي محمد ...، والجندي حسن: one more of a list
            if told_kind[0] == clause.sentence and _in_addition(tokens, qi):
                kind = told_kind[1]  # استشهاد 10 من منسوبي القوات إضافة إلى 3 من العاملين: three more dead
            if kind is not None:
                told_kind = (clause.sentence, kind)
            if (not subset and kind == last_kind and q.value is not None and last_value is not None
                    and q.value < last_value and _of_them_after(q, tokens)):
                subset = True  # استشهاد (15) مصليا (5) منهم من رجال الأمن: five of the fifteen
            last_kind, last_value = kind, q.value
            if kind is None or (q.counted and (is_thing(q.counted) or is_population(q.counted))):
                continue  # انتشلت الضحايا من تحت أنقاض منزلين: houses, not people; 21 مليون نسمة: a population
            if kind not in _TAKEN_AWAY and ((spans and _of_several_days(qi, spans, tokens)) or (q.value != 1 and (
                    _in_places_apart(qi, place_c[ci], tokens) or _in_incidents_of_two_kinds(qi, trig_c[ci], tokens)))):
                continue  # قتل 30 مسلحا خلال اليومين الماضيين، مقتل 390 في تركيا وشمال العراق: a running total
            if kind in _ANCHORING_KINDS and q.value is not None and q.value >= WAR_TOLL:
                continue  # أكثر من 240 ألف قتيل منذ بداية الصراع: a war's toll, never one event's
            scope = count_scope(q, tokens, sentence_actors)
            after = token_at(tokens, q.counted_end if q.counted_end is not None else q.end) + 1
            others = (after < len(tokens) and tokens[after].stem in OTHERS_WORDS) or (
                q.counted is not None and q.counted.replace("آ", "ا") in OTHERS_WORDS)
            if scope is None and others:
                scope = last_scope  # مقتل أربعة عناصر من قوات النظام وإصابة سبعة آخرين
            last_scope = scope
            entry = (kind, q, scope, sources[0] if sources else None)
            fighters = kind == "missing" and q.counted is not None and normalize_word(q.counted) in _MISSING_FIGHTERS
            # (وفي حادث مماثل قتل شخص: not the last one's; وفي مأرب ... قتل 25: not the Taiz battle's)
            home = _home_for_count(kind, candidates, fighters) or _home_for_count(
                kind, [e for e in (told if apart else events)[::-1] if not _places_conflict(count_places, e.places)])
            if home is None and _tells_own_event(kind, live, sentence_cues, _detention_told(tokens, first, last)):
                own = [t for t in live if t.kind == kind][:1] or live[:1]
                home = Candidate(*_KIND_EVENT_TYPES[kind], ci, own)
                home.dates = clause_dates
                home.places = place_c[ci]
                candidates.append(home)
            if home is not None:
                home.counts.append(entry)
                # a toll risen to (ارتفعت الحصيلة إلى 12) restates the figures told before it: a group of its own
                home.count_groups[q.start] = -1 if subset else _RISEN + q.start if _risen_to(tokens, qi) else (
                    clause.sentence)
                if kind in _ANCHORING_KINDS and (q.value is not None or q.qualifier == "vague") and not _the_one(q):
                    home.anchored = home.firm = True  # قتل 5، اعتقال 12: a figure says it happened
        for cand in candidates:
            target = _merge_target(cand, events, tokens, clauses)
            if target is None and events and _said_of_the_last(cand, tokens, clauses):
                # وهو أول هجوم من نوعه منذ ...: a word on the event just told
                _take_words(max(events, key=_last_told), cand)
                continue
            whole = None if target is not None else _part_of(cand, told, events, clauses, tokens)
            if whole is not None:
                _take_words(whole, cand)  # evidence of the event just told, not an event of its own
                continue
            if target is None and _restated(cand, events, clauses, tokens):
                continue  # رابط الخبر بصحيفة الوئام: مقتل 3 أشخاص باستهداف داعش لمسجد: the headline of the bombing told
            if target is None:
                events.append(cand)
            else:
                _absorb(target, cand)
    lead = lead_sentence(sentences)
    lead_tells = lead is not None and any(
        e.anchored and any(sentences[lead].start <= t.start < sentences[lead].end for t in e.triggers) for e in events)
    reacting = _commentary(cues, tokens) or (
        lead is not None and _reaction_lead(sentences[lead], tokens, cues, triggers, dates, published))
    kept = [e for e in events if e.anchored and (lead_tells or e.firm)
            and not (reacting and _recalled(e, tokens, sentences, triggers, cues, published))
            and not _only_recapped(e, tokens, sentences, cues, published)
            and not (e.weak and e.event_type == "" and not _fighters_killed(e) and not _claimed(e, tokens))
            and not _devices_only(e, tokens, triggers)
            and not _known_only(e, tokens, dates, cues)
            and (e.places or e.attackers or e.targets or e.others)]  # nothing to say where or who: not codable
    kept = _captured_in_the_fight(kept, sentences, tokens)
    for e in kept:
        for kind, q in pronoun_counts([*e.triggers, *e.one_dead], {kind for kind, *_ in e.counts}, tokens):
            e.counts.append((kind, q, None, e.sources[0] if e.sources else None))  # مقتله: one person
            e.count_groups[q.start] = next((k for k, s in enumerate(sentences) if s.start <= q.start < s.end), -2)
    return kept


def _captured_in_the_fight(events: list[Candidate], sentences: Sequence[Sentence], tokens: Sequence[Token]
                           ) -> list[Candidate]:
    """Arrests told in a sentence that tells a fight's dead or wounded, on its day and at its place, by one of its
    sides, or by no one named where a state's force fights (الجيش قتل 31 مسلحا واعتقل 171 آخرين خلال اشتباكات،
    أسر ستة وقتل 15 من المليشيات، قتلت قوات الأمن إرهابيا وألقت القبض على آخر): taken in the fight, which ACLED
    codes alone; its counts keep the arrests. Not the arrest of those suspected of it (اعتقال ثلاثة أشخاص يشتبه
    في مشاركتهم في قتل الشرطيين), nor arrests beside a fight named without its toll (ممن فروا من القتال)."""
    battles = [f for f in events if f.event_type in ("", "Battles") or f.sub_event_type in GROUND_TAKEN]
    fights = [f for f in battles if f.sub_event_type in ("", "Armed clash")]

    def told_in(e: Candidate) -> set[int]:
        return {_sentence_at(sentences, t.start) for t in e.triggers}

    def sides(e: Candidate) -> set[str]:
        return {a.actor.id for a in (*e.attackers, *e.targets, *e.others) if a.actor is not None}

    out = []
    for e in events:
        fight = None
        if e.sub_event_type == "Arrests":
            takers = {a.actor.id for a in e.attackers if a.actor is not None}
            in_battle = _taken_in_battle(e, tokens)
            fight = next((f for f in fights if (in_battle or _toll_beside(f, told_in(f) & told_in(e), sentences))
                          and takers <= sides(f) and (takers or in_battle or _a_state_fights(f))
                          and not _places_conflict(e.places, f.places) and not _dates_conflict(e.dates, f.dates)
                          and not _suspected_of(e, f, tokens)), None)
            if fight is None and _taken_prisoner(e, tokens):
                near = {k + d for k in told_in(e) for d in (-1, 0, 1)}
                fight = next((f for f in battles if f is not e and told_in(f) & near
                              and takers <= sides(f) and not _places_conflict(e.places, f.places)
                              and not _dates_conflict(e.dates, f.dates)), None)
                if fight is None and _fighters_taken(e):
                    e.event_type, e.sub_event_type = "Battles", "Armed clash"  # أسرت المقاومة 45 حوثيا
                elif fight is not None:  # the fight tells who fought whom: the capture adds its captives, not sides
                    e.attackers, e.targets, e.others, e.allies = [], [], [], []
        if fight is None:
            out.append(e)
            continue
        kind = fight.event_type, fight.sub_event_type
        _absorb(fight, e)
        fight.event_type, fight.sub_event_type = kind
    return out


def _taken_prisoner(arrest: Candidate, tokens: Sequence[Token]) -> bool:
    """Men taken prisoner, not civilians (أسرت المقاومة 45 حوثيا، وأسروا عشرة آخرين; not أسروا مدنيين): أسر is the
    word of war, not of the police, and a fight's captives are counted in the fight, which ACLED codes, not as
    arrests."""
    return any(tokens[t.token].stem in _TAKEN_PRISONER for t in arrest.triggers) and not any(
        a.actor is not None and a.actor.inter == "Civilians" for a in arrest.targets)


def _fighters_taken(arrest: Candidate) -> bool:
    """The captives are named, and are an armed side's (حوثيا، من مقاتلي الحوثي): a fight of their own."""
    taken = [a.actor for a in arrest.targets if a.actor is not None]
    return bool(taken) and all(a.inter in _ARMED_SIDES for a in taken)


_TAKEN_PRISONER = stems("أسر", "أسرت", "أسروا")
_ARMED_SIDES = frozenset({"Rebel group", "Political militia", "Identity militia", "State forces", "External/Other"})


def _taken_in_battle(arrest: Candidate, tokens: Sequence[Token]) -> bool:
    """The arrest's own words say it was made in a fight (وأسر اثنان في مواجهات، أسروا عددا منهم خلال المعارك)."""
    for t in arrest.triggers:
        for j in range(t.token + 1, min(t.token + 6, len(tokens) - 1)):
            if tokens[j].norm in _AMID and tokens[j + 1].stem in _BATTLE_NOUNS:
                return True
    return False


_AMID = frozenset({"في", "خلال", "اثناء", "اثر"})
_BATTLE_NOUNS = frozenset({"مواجهات", "اشتباكات", "معارك", "معركه", "اشتباك", "قتال", "مواجهه"})
"""Words of a fight, by their stems (normalized): a battle of liberation (معركة التحرير), an arrest made in one."""


def _a_state_fights(fight: Candidate) -> bool:
    return any(a.actor is not None and a.actor.inter == "State forces" for a in (*fight.attackers, *fight.others))


def _toll_beside(fight: Candidate, shared: set[int], sentences: Sequence[Sentence]) -> bool:
    """The fight's dead or wounded are counted in one of the ``shared`` sentences."""
    return any(kind in ("killed", "injured") and _sentence_at(sentences, q.start) in shared
               for kind, q, *_ in fight.counts)


def _sentence_at(sentences: Sequence[Sentence], offset: int) -> int:
    """The index of the sentence an offset falls in (the last one starting at or before it)."""
    return bisect_right(sentences, offset, key=attrgetter("start")) - 1


def _suspected_of(arrest: Candidate, fight: Candidate, tokens: Sequence[Token]) -> bool:
    """A word of suspicion or charge stands between the arrest and the fight's word (اعتقال ثلاثة يشتبه في
    مشاركتهم في قتل الشرطيين، بتهمة التورط في الهجوم): the fight is what they are held for."""
    lo = min(t.token for t in arrest.triggers)
    hi = max(t.token for t in fight.triggers)
    return any(tok.stem in _SUSPICION_STEMS or tok.norm in _SUSPICION for tok in tokens[lo:hi])


_SUSPICION = frozenset(normalize_word(w) for w in (
    "يشتبه", "للاشتباه", "الاشتباه", "بالاشتباه", "المشتبه", "مشتبه", "بتهمة", "تهمة", "بتهم", "لتورطهم", "تورطهم",
    "بتورطهم", "تورطه", "بتورطه", "مشاركتهم", "بمشاركتهم", "مشاركته", "بمشاركته", "المتورطين", "المتهمين"))
"""Words that make the violence after them the offence an arrest is for (normalized, with their clitics)."""
_SUSPICION_STEMS = stems(*_SUSPICION)  # for Token.stem (_SUSPICION: .norm)


def _reaction_lead(lead: Sentence, tokens: Sequence[Token], cues: Sequence[CueMention],
                   triggers: Sequence[TriggerMention], dates: Sequence[TimeRef], published: date | None) -> bool:
    """The article opens on a reaction, not an incident: the lead's first verb condemns, warns, thanks, mourns,
    visits or receives (أدان، حذر، أعربت عن شكرها، زار المصابين، شيع، وجه بتسمية), before any word that tells
    something happened. Not when the lead tells what it reacts to as a thing of the last day, after بعد or إثر
    (طالبت الخارجية ... بعد دخول شرطة الاحتلال صباح الأحد): a first report told through its reactions."""
    first = bisect_left(tokens, lead.start, key=_TOKEN_START)  # the lead's first token
    if first == len(tokens):
        return False
    opening = first + _LEAD_VERB_REACH
    verb = next((c for c in cues if first <= c.token < opening and lead.start <= c.start < lead.end and (
        c.cue == "reaction" or (c.cue == "statement" and _a_verb(tokens[c.token])))), None)
    if verb is None or any(first <= t.token < verb.token and tells_happening(t, tokens) for t in triggers):
        return False
    if any(tokens[k].stem in _WHILE for k in range(first, verb.token + 1)):
        return False  # فيما دعا، بينما كانت قد حذرت: a side clause; the lead's main clause tells something else
    return published is None or not any(
        lead.start <= d.start < lead.end and d.date is not None and 0 <= (published - d.date).days <= 1
        and any(tokens[k].norm in _AFTER_WORDS for k in range(verb.token, token_at(tokens, d.start) - 1))
        for d in dates)  # not بعد ظهر اليوم: a time of day, no event after it


def _commentary(cues: Sequence[CueMention], tokens: Sequence[Token]) -> bool:
    """The article mourns, consoles or comments (العزاء، الشفاء العاجل، المغردين; نحن، وطننا، علينا), or tells of a
    trial (المحكمة، النيابة، المتهمين: three different words): a piece written around a known incident, whatever
    its lead. Told by several such words, not by one."""
    mourning = sum(c.cue == "mourning" for c in cues)
    we = sum(c.cue == "we" for c in cues)
    court = {tokens[c.token].stem for c in cues if c.cue in ("court", "charge")} - _RULE_WORDS
    return mourning >= _FRAME_WORDS or we >= _FRAME_WORDS + 1 or len(court) >= _FRAME_WORDS


_FRAME_WORDS = 3
_RULE_WORDS = frozenset({"حكم", "قضيه", "احكام"})
"""Words of the law that are as often rule, cause or tightening (نظام الحكم، القضية الفلسطينية، إحكام السيطرة)."""
_WHILE = frozenset({"فيما", "بينما"})
_LEAD_VERB_REACH = 12
"""How far into the lead its first verb may stand (past a dateline and a long subject)."""


def _a_verb(token: Token) -> bool:
    """A statement word written as a verb (أدان، استنكرت، طالب), not its noun or participle (للمطالبة، الاستنكار،
    مستنكرين): no proclitic but و or ف, no م in front."""
    return token.prefix in ("", "و", "ف") and not token.stem.startswith("م")


def _recalled(e: Candidate, tokens: Sequence[Token], sentences: Sequence[Sentence],
              triggers: Sequence[TriggerMention], cues: Sequence[CueMention], published: date | None) -> bool:
    """In an article that reacts, an event whose sentences tell nothing as happening but by nouns or in a
    relative clause (التفجير الغاشم، الذين استشهدوا في التفجير), or dated two days or more before publication
    (التي وقعت الخميس الماضي), is the known incident reacted to, not news. Not one told after a turn to
    another matter (في غضون ذلك، من جهة أخرى): the article's other news."""
    starts = [*(t.start for t in e.triggers), *(q.start for _, q, *_ in e.counts)]
    spans = [(s.start, s.end) for s in sentences if any(s.start <= x < s.end for x in starts)]
    if any(c.cue == "topic" and a <= c.start < b and c.token <= token_at(tokens, a) + 2
           for c in cues for a, b in spans):
        return False
    told = any(any(a <= t.start < b for a, b in spans) and tells_happening(t, tokens)
               and not (t.token and tokens[t.token - 1].norm in _RELATIVES) for t in triggers)
    own = [d.date for d in e.dates if d.date is not None and d.direction != "future"]
    return not told or (published is not None and bool(own) and all((published - d).days >= 2 for d in own))


_RECAP_AGE = 2  # days before publication from which an event told only as a recap is the earlier news


def _only_recapped(e: Candidate, tokens: Sequence[Token], sentences: Sequence[Sentence], cues: Sequence[CueMention],
                   published: date | None) -> bool:
    """Every word that tells the event stands in a sentence opened as a recap, by يذكر أن / يشار إلى أن / تجدر
    الإشارة (the recap cue) or by كان / كانت / كانوا (the pluperfect: وكانت القوات قد استعادت السبت، وكان
    الحوثيون قصفوا الأحد), and the event's own days are all two days or more before publication: the article
    recalls what earlier news told, which ACLED codes once, from its first reports. A recap of yesterday or
    today (وكانت ... قد اعتقلت أمس) may be the article's own news and stays, as does an event any word of which
    stands in another sentence (its lead, a figure of its own sentence)."""
    own = [d.date for d in e.dates if d.date is not None and d.direction != "future"]
    if published is None or not own or any((published - d).days < _RECAP_AGE for d in own):
        return False
    starts = [*(t.start for t in e.triggers), *(q.start for _, q, *_ in e.counts)]
    spans = sorted({(s.start, s.end) for s in sentences for x in starts if s.start <= x < s.end})
    if not spans:
        return False
    for a, _ in spans:
        first = bisect_left(tokens, a, key=_TOKEN_START)
        if first >= len(tokens):
            return False
        if tokens[first].stem not in _RECAP_VERBS and not any(
                c.cue == "recap" and first <= c.token <= first + 1 for c in cues):
            return False
    return True


def could_yield_events(triggers: Sequence[TriggerMention], actors: Sequence[ActorMention] | None = None,
                       tokens: Sequence[Token] = ()) -> bool:
    """False when ``assemble`` must drop every trigger as a word common in other senses: none is
    strong or a device blown up (given ``tokens``), a protest (a crowd with a count) or an escape (a
    jailbreak), and no armed actor corroborates one (given ``actors``, the article's actor mentions; else
    no token of ``tokens`` can even start one).
    The extractor checks it before the costlier stages and skips them when it is False."""
    if any(t.strong or t.event_type == "Protests" or _escape(t) for t in triggers):
        return True
    if tokens and _device_blown_up(triggers, tokens):
        return True
    if actors is None:
        return could_name_actor(tokens)
    return any(_armed(a) for a in actors)


def _hits_a_civilian_site(cand: Candidate, clause: Clause, tokens: Sequence[Token]) -> bool:
    """A weapon or attack word of the candidate is followed, within a few words of its clause, by a place where
    civilians live or gather (قصف الحوثيون الأحياء السكنية، سقطت قذيفة على سوق شعبي، استهدفت مستشفى الثورة)."""
    for t in cand.triggers:
        if t.role not in ("weapon", "attack"):
            continue
        last = token_at(tokens, t.start + len(t.text) - 1)
        for j in range(last + 1, min(last + 5, clause.last_token)):
            stem = tokens[j].stem
            after = tokens[j + 1].stem if j + 1 < len(tokens) else ""
            if (stem in _CIVILIAN_SITES and after not in _MEMBER_NOUNS and after not in _LEADERS) or (
                    stem in _HOMES and after in _RESIDENTIAL):
                return True  # not منازل قيادات حوثية، منازل عناصر التنظيم: the homes of a side's men
    return False


_CIVILIAN_SITES = frozenset(normalize_word(w) for w in (
    "مستشفى", "مستشفيات", "مدرسة", "مدارس", "سوق", "أسواق", "مخيم", "مخيمات"))
"""Places where civilians live, heal, learn or shop: an attack on them hits civilians (normalized)."""
_HOMES = frozenset(normalize_word(w) for w in ("أحياء", "حي", "مناطق", "منطقة", "مبان", "مباني", "مجمع"))
_RESIDENTIAL = stems("سكنية", "سكني", "مأهولة", "آهلة")  # (سكنية alone is كنيه to the tokenizer)
_LEADERS = frozenset(normalize_word(w) for w in (
    "قيادات", "قادة", "قيادي", "قياديين", "زعيم", "زعماء", "أمير", "أمراء"))


def _one_after_the_doer(cand: Candidate, tokens: Sequence[Token]) -> list[tuple[str, Quantity]]:
    """One person for each verb of the candidate that names its victim by a definite singular right after
    its doer (قتل مسلحو داعش أمس الصحفي جلاء العبادي), where no figure of that kind is told."""
    out: list[tuple[str, Quantity]] = []
    told = {kind for kind, *_ in cand.counts}
    for t in cand.triggers:
        if t.kind not in _ONE_BY_NAME or t.kind in told or not finite_verb(t, tokens):
            continue
        doer = next((a for a in cand.attackers if t.token < token_at(tokens, a.start) <= t.token + 2), None)
        # (قتل [مسلحو] داعش: the members' word may open the doer's name)
        q = one_named_after_the_doer(doer.end, tokens) if doer is not None else None
        if q is not None:
            out.append((t.kind, q))
            told.add(t.kind)
    return out


_ONE_BY_NAME = frozenset({"killed", "injured", "arrested", "kidnapped"})


def _goes_on_with_its_verb(cand: Candidate, clause: Clause, tokens: Sequence[Token]) -> bool:
    """The clause opens on كما and a verb of attacking with no doer of its own, and its words tell no means
    (شنت المقاتلات غارات على حجة، كما استهدفت تعزيزات للحوثيين): the doer of the clause before goes on."""
    return (cand.event_type == "" and bool(cand.triggers) and all(t.role == "attack" for t in cand.triggers)
            and tokens[clause.first_token].norm in _GOING_ON and cand.triggers[0].token == clause.first_token + 1
            and not cand.attackers)


def _carry_on(before: Candidate, cand: Candidate) -> None:
    """``cand`` goes on with what ``before`` did: the same kind of event, by the same side."""
    if before.event_type and before.sub_event_type:
        cand.event_type, cand.sub_event_type = before.event_type, before.sub_event_type
    cand.attackers += before.attackers[:1]


def _they_did(cand: Candidate, tokens: Sequence[Token]) -> bool:
    """An event word of the candidate is a finite verb whose subject is the plural pronoun (سيطروا، قصفوا) or
    is left out, the verb followed by its preposition (في وقت سيطرت على منطقة): the doers were named before it."""
    return any(finite_verb(t, tokens) and (tokens[t.token].norm.endswith("وا") or (
        t.token + 1 < len(tokens) and tokens[t.token + 1].norm in _OBJECT_PREPOSITIONS)) for t in cand.triggers)


_OBJECT_PREPOSITIONS = frozenset({"علي", "في", "الي", "من"})


def _told_as_future(trigger: TriggerMention, future: list[int], tokens: Sequence[Token]) -> bool:
    """An event noun whose verb, right after it, is in the future ("معركة شاملة ستنطلق"، "غارات
    سيشنها"): a plan or a forecast (a future word before it is a blocking cue already). A finite
    verb of its own still reports a happening."""
    return not tells_happening(trigger, tokens) and any(0 < k - trigger.token <= 6 for k in future)


_RUBBER = stems("مطاطي", "مطاطية")
"""Rubber bullets (الرصاص المطاطي): force short of lethal when a crowd is dispersed; they may still kill."""
_DURING = frozenset({"خلال", "اثناء", "ابان"})


def _part_of(cand: Candidate, told: Sequence[Candidate], events: Sequence[Candidate], clauses: Sequence[Clause],
             tokens: Sequence[Token]) -> Candidate | None:
    """The event just told in ``cand``'s sentence that ``cand`` is a part of, or None. Property
    destroyed right after an attack at no other place is the attack's damage ("هاجمت مواقع التنظيم
    وقتلت 31 منهم، كما دمرت آلياتهم"; ``told``: the sentence's events of earlier clauses); a raid told
    as the circumstance of an abduction told before it with its figures is that abduction's raid
    ("خطفت 170 مدنيا خلال عملية مداهمة"; ``events``: all so far, this clause's included)."""
    if cand.sub_event_type == "Looting/property destruction":
        return next((e for e in reversed(told) if e.event_type in _VIOLENT and not _elsewhere(cand, e)), None)
    if cand.sub_event_type == "Arrests" and not cand.counts and _during(cand, tokens):
        sentence = clauses[cand.clause].sentence
        first = min(t.start for t in cand.triggers)
        return next((e for e in reversed(events) if clauses[e.clause].sentence == sentence
                     and e.sub_event_type == _ABDUCTION and not _elsewhere(cand, e)
                     and min(t.start for t in e.triggers) < first
                     and any(kind == "kidnapped" for kind, *_ in e.counts)), None)
    return None


def _during(cand: Candidate, tokens: Sequence[Token]) -> bool:
    """The event word is told as the circumstance of another: "خلال عملية مداهمة", "أثناء حملة دهم"."""
    k = min(t.token for t in cand.triggers)
    return any(tokens[j].norm in _DURING for j in range(max(k - 2, 0), k))


def _escape(trigger: TriggerMention) -> bool:
    """An event word for an escape (هروب، فرار): a jailbreak where a prison or its inmates are named."""
    return trigger.kind == "escaped" and trigger.role == "event"


_DETENTION_STEMS = frozenset({
    "سجن", "سجون", "السجن", "سجناء", "سجين", "سجينا", "معتقل", "معتقلين", "معتقلا", "محتجزين", "محتجزا", "نزلاء",
    "زنزانه", "زنازين", "اصلاحيه", "موقوفين", "اسري", "مساجين", "محكومين", "احتجاز", "توقيف",
})
_DETENTION_STEM_FORMS = stems(*_DETENTION_STEMS)  # for Token.stem (_DETENTION_STEMS: .norm)


def _detention_told(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The tokens name a prison or its inmates: an escape is a jailbreak, not a retreat or a flight."""
    return any(t.stem in _DETENTION_STEM_FORMS or t.norm in _DETENTION_STEMS for t in tokens[first:last])


def _side_that_faced_it(cand: Candidate, tokens: Sequence[Token]) -> None:
    """A side named before a word of facing or suffering the attack (أعلنت السلطات السعودية التصدي لقذائف، تعرضت
    قوات الجيش لقصف) is the side attacked, never the one that fired: it leaves the doers and the others for the
    targets. (A clash's sides are both doers: تصدى مقاتلو المقاومة لهجوم شنه الحوثيون stays a clash of both.)"""
    if cand.event_type != "Explosions/Remote violence" or not cand.triggers:
        return
    first = min(cand.triggers, key=attrgetter("token"))  # the word that opens the event, not one merged into it
    at = _exposed_at(first.token, tokens) if tokens[first.token].prefix.lstrip("وف") == "ل" else None
    if at is None:
        return
    before = [a for a in (*cand.attackers, *cand.others) if a.start < tokens[at].start]
    if not before:
        return
    cand.attackers = [a for a in cand.attackers if a not in before]
    cand.others = [a for a in cand.others if a not in before]
    cand.targets = [*before, *(a for a in cand.targets if a not in before)]


def _exposed_at(k: int, tokens: Sequence[Token]) -> int | None:
    """The nearest word of suffering or facing (تعرض، تصدى، صد) up to ten words before token ``k``, if any."""
    return next((j for j in range(k - 1, max(k - 10, 0) - 1, -1) if tokens[j].stem in _EXPOSED), None)


def _exposed_before(k: int, tokens: Sequence[Token]) -> bool:
    """A word of suffering or facing stands up to ten words before token ``k``."""
    return _exposed_at(k, tokens) is not None


def _suffered(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """Shells or rockets a place or a side was exposed to, the verb told well before them (تعرض مركز المسيال بقطاع
    ظهران الجنوب في منطقة عسير، لقذائف عسكرية كثيفة): they were fired, not delivered or stocked."""
    return (trigger.event_type == "Explosions/Remote violence" and trigger.role == "weapon"
            and tokens[trigger.token].prefix.lstrip("وف") == "ل" and _exposed_before(trigger.token, tokens))


def _corroborated(clauses: Sequence[int], trig_c: Sequence[list], actor_c: Sequence[list],
                  tokens: Sequence[Token]) -> bool:
    """The sentence says conflict beyond a polysemous word: a strong event word, an armed actor, or a verb of
    blowing up followed by the device it blew up (فجروا عبوة، انفجرت قنبلة): each word alone has other senses
    (فجر غضبهم، عبوة مياه), together they have one."""
    for k in clauses:
        if any(t.strong for t in trig_c[k]):
            return True
        if any(_armed(a) for a in actor_c[k]):
            return True
        if _device_blown_up(trig_c[k], tokens):
            return True
    return False


def _device_blown_up(triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> bool:
    """A verb of blowing up followed by the device it blew up (فجروا عبوة، انفجرت قنبلة)."""
    return any(b.device and not a.device and b.token == a.token + 1 and a.event_type == b.event_type == _BLASTS
               and finite_verb(a, tokens) for a, b in pairwise(triggers))


_BLASTS = "Explosions/Remote violence"


def _gunmen_did_it(triggers: Sequence[TriggerMention], quantities: Sequence[Quantity], tokens: Sequence[Token]
                   ) -> bool:
    """A verb of killing or taking has unnamed gunmen for its subject and a figure for its object (قتل مسلحون
    مجهولون ثلاثة جنود، اختطف مسلحون 10 من قياديي الحزب، وفي بورنو قتل مسلحين ثمانية أشخاص): an attack whoever
    they are. Without the figure after them, the gunmen may be the dead (قتل مسلحون في الاشتباك)."""
    starts = {token_at(tokens, q.start) for q in quantities if q.kind == "count"}
    for t in triggers:
        if t.role != "count" or t.kind not in ("killed", "kidnapped") or not finite_verb(t, tokens):
            continue
        k = t.token + 1
        if k < len(tokens) and tokens[k].stem in _GUNMEN:
            k += 1
            while k < len(tokens) and tokens[k].stem in _UNKNOWN:
                k += 1
            if k in starts:
                return True
    return False


_GUNMEN = stems("مسلحون", "مسلحين", "مسلحان", "ملثمون", "ملثمين", "مجهولون", "مجهولين")
_UNKNOWN = stems("مجهولون", "مجهولين", "ملثمون", "ملثمين")
"""Gunmen of no side told (مسلحون مجهولون، مسلحون ملثمون)."""


def _fighters_killed(cand: Candidate) -> bool:
    """A figure of an armed side's members killed (قتل 20 من مسلحي داعش، لقي 12 حوثيا مصرعهم): fighting,
    though the words name no weapon or battle. Not the deaths of civilians, soldiers or police with no
    word of violence (a crime, an accident, an illness)."""
    named = [a for a in (*cand.targets, *cand.others, *cand.attackers) if _armed(a)]
    if not any(kind == "killed" and q.value for kind, q, *_ in cand.counts):
        return False
    if any(a.actor is not None and a.actor.inter in ("Rebel group", "Political militia", "Identity militia")
           for a in named) or cand.killers:
        return True
    # قتلت قوات الأمن إرهابيا: gunmen killed by a state's forces, the gunmen unnamed
    return any(a.actor is not None and a.actor.inter == "State forces" for a in named) and any(
        kind == "killed" and q.counted and normalize_word(q.counted).removeprefix("ال") in _FIGHTER_NOUNS
        for kind, q, *_ in cand.counts)


def _claimed(cand: Candidate, tokens: Sequence[Token]) -> bool:
    """A verb of claiming stands within ``_CLAIMED_REACH`` words before an event word (وتبنت الحركة الانفصالية
    الكردية الاربعاء قتل شرطيين): a side owns the killing, so it was an attack, whoever that side is."""
    return any(tokens[j].stem in _CLAIM_VERBS for t in cand.triggers
               for j in range(max(t.token - _CLAIMED_REACH, 0), t.token))


_CLAIMED_REACH = 6


_MISSING_FIGHTERS = frozenset(normalize_word(w) for w in (
    "مقاتلا", "مقاتلين", "مقاتلون", "جنديا", "جنود", "جنديين", "عنصرا", "عناصر", "عسكريا", "عسكريين", "مسلحا",
    "مسلحين"))
"""The men a missing count names when they are a fight's (20 مقاتلا آخرين مفقودين), as written after the figure."""
_FIGHTER_NOUNS = frozenset(normalize_word(w) for w in (
    "إرهابي", "إرهابيا", "إرهابيين", "إرهابيون", "إرهابيان", "مسلح", "مسلحا", "مسلحين", "مسلحون", "مسلحان",
    "متشدد", "متشددا", "متشددين", "متشددون", "تكفيري", "تكفيريا", "تكفيريين", "مهاجم", "مهاجما", "مهاجمين"))
"""Nouns for fighters of no named side: killed by a state's forces, a fight."""


def _killed_by_armed(cand: Candidate, tokens: Sequence[Token], numbers: frozenset[int]) -> bool:
    """A verb of killing in the active voice has an armed side for its subject, right before it or right
    after it (قوات الاحتلال قتلت 3 فلسطينيين، قتلت قوات الأمن شابا): the killing is political violence.
    Not a noun of death (استشهاد جندي إماراتي: the dead man's army killed no one) nor a passive (قتل جندي).
    A form read as the passive first is active when a figure, its object, follows its subject (قتل الجيش فلسطينيا;
    ``numbers``: the tokens of the clause's figures)."""
    for t in cand.triggers:
        if t.kind != "killed" or t.role != "count" or not finite_verb(t, tokens):
            continue
        passive = tokens[t.token].norm in _PASSIVE
        for a in (*cand.attackers, *cand.others):
            if not _armed(a):
                continue
            before = not passive and 0 < t.token - token_at(tokens, a.end - 1) <= 1  # قوات الاحتلال قتلت
            after = a in cand.attackers and 0 < token_at(tokens, a.start) - t.token <= 1 and (
                not passive or token_at(tokens, a.end - 1) + 1 in numbers)  # قتلت قوات الأمن، قتل الجيش شابا
            if before or after:
                return True
    return False


_PASSIVE = frozenset(normalize_word(w) for w in ("قتل", "قتلوا", "قتلا", "أعدم", "اغتيل"))
"""Killing verbs whose unvoweled form reads as the passive first (قتل جندي: a soldier was killed)."""


def _border_offence(clauses: Sequence[int], trig_c: Sequence[list], actor_c: Sequence[list], tokens: Sequence[Token],
                    first: int, last: int) -> bool:
    """A sentence that tells a border crossed unlawfully tells an offence, not political violence: no armed side
    but the state's, no word of terror or arms (للاشتباه بانتمائهم إلى تنظيمات إرهابية) and no one killed or
    hurt (قتلوا بنيران الشرطة أثناء عبورهم الحدود بطريقة غير شرعية is violence against civilians)."""
    if any(_armed(a) and a.actor.inter != "State forces" for k in clauses for a in actor_c[k]):
        return False
    if any(t.kind in ("killed", "injured") for k in clauses for t in trig_c[k]):
        return False
    return not any(t.stem.startswith(_MILITANCY) for t in tokens[first:last + 1])


_MILITANCY = ("ارهاب", "تنظيم", "مسلح", "متفجر", "سلاح", "اسلح")


def _armed(a: ActorMention) -> bool:
    return a.actor is not None and a.role == "actor" and a.actor.inter not in ("Civilians",)


def _home_for_count(kind: str, candidates: Sequence[Candidate], fighters: bool = False) -> Candidate | None:
    """The candidate a count of ``kind`` belongs to; ``fighters``: the count is of fighters or soldiers."""
    for c in candidates:
        if kind in ("killed", "injured") and (c.event_type in _VIOLENT or c.event_type in ("Protests", "Riots")):
            return c
        if kind in _KIND_EVENT_TYPES and (c.event_type, c.sub_event_type) == _KIND_EVENT_TYPES[kind]:
            return c
        if kind == "escaped" and c.sub_event_type == "Arrests":
            return c
        if kind == "missing" and fighters and c.event_type in ("", "Battles", "Explosions/Remote violence") and any(
                t.role != "count" for t in c.triggers):
            return c  # قتل 37 في هجوم ... ومازال 20 مقاتلا مفقودين: the fight's missing men, no one abducted
        if kind in ("detained", "displaced") and c.event_type:
            return c
    return None


def _merge_target(cand: Candidate, events: Sequence[Candidate], tokens: Sequence[Token],
                  clauses: Sequence[Clause]) -> Candidate | None:
    """The earlier event this candidate tells again, if any (most recent first; for a bare toll, the event
    told last, which may have been created before others)."""
    bare = _bare_toll(cand)
    for e in sorted(events, key=_last_told, reverse=True) if bare else reversed(events):
        generic = cand.event_type == "" or e.event_type == ""
        if generic and (TERRITORY in (e.sub_event_type, cand.sub_event_type) or "territory" in e.sub_event_type):
            continue  # "الهجوم" refers to an attack, not to a change of control
        if generic:
            if not ({cand.event_type, e.event_type} <= _VIOLENT) or _other_hands(cand, e):
                continue
            explosion = e.event_type == "Explosions/Remote violence"
            if cand.event_type == "" and explosion and not _anaphoric(cand, tokens) and not bare:
                continue
        elif cand.event_type != e.event_type or _other_air_forces(cand, e) or (
            cand.sub_event_type and e.sub_event_type and cand.sub_event_type != e.sub_event_type
            and not _blast_of(cand, e, tokens, clauses)
            and cand.event_type not in ("Protests", "Riots")  # one demonstration, whatever happened to it
            and not ({cand.sub_event_type, e.sub_event_type} == BOMBINGS
                     and (_anaphoric(cand, tokens) or not cand.places or (
                         not any(t.device for t in cand.triggers) and _no_other_town(cand.places, e.places))))
            # إن تفجيرا وقع في مسجد: no place; حدث تفجير في جموع المصلين بمنطقة عسير: no device, no other town
            and not (e.sub_event_type == "Air/drone strike" and e.anchored and _the_bombardment(cand, tokens, e))
            and not (cand.sub_event_type == TERRITORY and e.sub_event_type in GROUND_TAKEN
                     and not (cand.attackers or cand.others))  # كما سيطروا على: no taker of its own
        ):
            continue
        if (cand.separate and clauses[e.clause].sentence != clauses[cand.clause].sentence
                and not _anaphoric(cand, tokens)):
            continue  # وفي حادث منفصل، انفجر لغم: not the blast told before
        if _places_conflict(cand.places, e.places) or (
                not (cand.told_on or e.told_on) and _dates_conflict(cand.dates, e.dates)):
            continue
        return e
    return None


def _other_hands(a: Candidate, b: Candidate) -> bool:
    """One is an air strike, both name who did them, and no one did both (شن مسلحو داعش هجوما ... غارة جوية لطيران
    التحالف; ضربات التحالف قرب الحسكة، غارات طائرات النظام على منبج): an attack told without its means is not
    another side's strike, and one air force's strikes are not another's."""
    if "Air/drone strike" not in (a.sub_event_type, b.sub_event_type):
        return False
    doers_a, doers_b = _doers(a), _doers(b)
    return bool(doers_a and doers_b) and doers_a.keys().isdisjoint(doers_b)


def _other_air_forces(a: Candidate, b: Candidate) -> bool:
    """``_other_hands`` where the two doers are not allies either: the strikes of the Saudi air force and those of
    the coalition it leads may be one raid; an ally's ground attack is still no air strike."""
    return _other_hands(a, b) and not any(load_alliances().allied(x, y)
                                          for x in _doers(a).values() for y in _doers(b).values())


def _doers(c: Candidate) -> dict[str, Actor]:
    """The actors who did it, by id."""
    return {x.actor.id: x.actor for x in c.attackers if x.actor is not None}


def _known_only(e: Candidate, tokens: Sequence[Token], dates: Sequence[TimeRef], cues: Sequence[CueMention]) -> bool:
    """Every word of the event names one the reader knows (الانتصارات ... بتحرير العند، جراء المواجهات المسلحة
    التي دارت، حادث التفجير الذي طال): definite nouns and verbs of relative clauses, with no figure, no
    verb of happening beside them (تجددت الاشتباكات، الاشتباكات استمرت) and no date of their own (الهجوم
    الذي وقع أمس) and not what a source announces (أعلن الجيش السيطرة على). A date elsewhere in the clause is
    that of the telling, the visit or the celebration."""
    if e.counts or e.sub_event_type == "Arrests" or e.event_type == "Protests":
        return False  # القبض على: the noun of a fixed phrase; خرج مئات المحتجين: a crowd is named with ال
    for t in e.triggers:
        k = t.token
        relative = (k > 0 and tokens[k - 1].norm in _RELATIVES) or _in_relative_of_death(
            k, [*e.triggers, *e.one_dead], tokens)
        if not relative and (finite_verb(t, tokens) or not (tokens[k].prefix.endswith(("ال", "لل"))
                                                            or _named_incident(t, tokens))):
            return False  # قصفت، اشتباكات: told as news
        if any(c.cue == "attribution" and 0 < k - c.token <= 4 for c in cues):
            return False  # أعلن الجيش السوري السيطرة على: announced
        if any(tokens[j].stem in _MANAGED or tokens[j].norm in _MANAGED for j in range(max(k - 8, 0), k)):
            return False  # تمكنت قوات قسد بمساندة التحالف أمس من السيطرة على السجن: done
        for j in range(max(k - 3, 0), min(k + 4, len(tokens))):
            if j != k and (tokens[j].stem in _HAPPENING_STEMS or tokens[j].norm in _HAPPENING):
                if not (j > 0 and tokens[j - 1].norm in _RELATIVES) or _dated_after(j, tokens, dates):
                    return False
        if _dated_after(k + len(t.text.split()) - 1, tokens, dates):
            return False
    return True


def _going_on(t: TriggerMention, tokens: Sequence[Token]) -> bool:
    """A fight told as going on as the report is written (تستمر الاشتباكات العنيفة في يريم، أشار المصدر إلى استمرار
    اشتباكات عنيفة، تحتدم المواجهات): news of the day it is told, as ACLED codes it."""
    if t.event_type != "Battles" or t.role != "event" or t.token == 0:
        return False
    return any(tokens[j].stem in _CONTINUING or tokens[j].norm in _CONTINUING
               for j in range(max(t.token - 2, 0), t.token)) and not any(
        tokens[j].norm in _RELATIVES for j in range(max(t.token - 3, 0), t.token))


_CONTINUING = frozenset(normalize_word(w) for w in (
    "استمرار", "تستمر", "يستمر", "استمرت", "تتواصل", "تواصلت", "يتواصل", "تحتدم", "احتدمت", "تجددت", "وتستمر",
    "وتتواصل", "وتحتدم"))


def _in_relative_of_death(k: int, triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> bool:
    """Token ``k`` tells the cause of a death or a wound told in a relative clause, in the same clause with no
    comma between (شهيد الواجب ... الذي استشهد نتيجة إصابته بشظايا مقذوف، المصاب ... الذي أصيب إثر تعرض دوريته
    لشظايا مقذوف): part of what the reader is reminded of."""
    for j in range(k - 1, max(k - 7, 0), -1):
        if tokens[j].norm in ("،", ",", "."):
            return False
        if j > 0 and tokens[j - 1].norm in _RELATIVES and any(
                t.token == j and t.role == "count" and t.kind in ("killed", "injured") for t in triggers):
            return True
    return False


def _named_incident(t: TriggerMention, tokens: Sequence[Token]) -> bool:
    """The event word follows حادث، حادثة or جريمة and is made definite by what follows it (المصابين في حادث تفجير
    مسجد الطوارئ), or is a cause or a time told by such a noun (غادروا المستشفى جراء تفجير مسجد إدارة الطوارئ،
    سبق حادثة تفجير مسجد قوات الطوارئ): the incident's name, one the reader knows."""
    if t.token == 0:
        return False
    before = tokens[t.token - 1]
    if before.stem in _INCIDENT_NOUNS:
        return in_construct(t, tokens) or _definite_chain(t, tokens)
    return before.norm.removeprefix("و") in _CAUSE_WORDS and _definite_chain(t, tokens)


def _definite_chain(t: TriggerMention, tokens: Sequence[Token]) -> bool:
    """The event noun heads a chain of up to three nouns closed by a definite one (تفجير مسجد إدارة الطوارئ)."""
    k = t.token + len(t.text.split())
    for j in range(k, min(k + 3, len(tokens))):
        tok = tokens[j]
        if "ال" in tok.prefix:
            return True
        if tok.prefix or not tok.norm[:1].isalpha() or tok.norm in INNA or tok.norm in _NOT_IN_A_CHAIN:
            return False  # (إطلاق نار على أحد الطرق: a preposition ends the noun)
    return False


_NOT_IN_A_CHAIN = frozenset({"علي", "في", "من", "الي", "عن", "مع", "ضد", "بين", "نحو", "حتي", "منذ", "قرب", "لدي"})
"""Prepositions (normalized): no noun of a construct chain."""
_CAUSE_WORDS = frozenset(normalize_word(w) for w in ("جراء", "جرّاء", "بسبب", "نتيجة", "سبق", "عقب", "إثر"))
"""Words that name an event as the cause or the time of what is told (جراء تفجير المسجد، سبق حادثة)."""


_INCIDENT_NOUNS = frozenset({"حادث", "حادثه", "جريمه", "واقعه"})


def _dated_after(k: int, tokens: Sequence[Token], dates: Sequence[TimeRef]) -> bool:
    """A date starts within the three words after token ``k``."""
    if k + 1 >= len(tokens):
        return False
    lo, hi = tokens[k].end, tokens[min(k + 3, len(tokens) - 1)].end
    return any(lo < d.start <= hi and d.date is not None for d in dates)


_HAPPENING = frozenset(normalize_word(w) for w in (
    "استمر", "استمرت", "تستمر", "يستمر", "تجدد", "تجددت", "تتجدد", "اندلع", "اندلعت", "تندلع", "دار", "دارت", "تدور",
    "يدور", "وقع", "وقعت", "يقع", "تقع", "تواصل", "تواصلت", "تتواصل", "يتواصل", "جرى", "جرت", "تجري", "احتدم",
    "احتدمت", "تصاعد", "تصاعدت", "اشتد", "اشتدت", "أسفر", "أسفرت", "أدى", "أدت", "خلف", "خلفت", "أوقع", "أوقعت",
    "بدأ", "بدأت", "انطلق", "انطلقت", "شهد", "شهدت", "نفذ", "نفذت", "شن", "شنت", "استعاد", "استعادت", "استعادوا",
    "استعادا", "أحكم", "أحكمت", "أحكموا", "بسط", "بسطت", "بسطوا", "فرض", "فرضت", "فرضوا", "تعرض", "تعرضت", "تعرضوا",
    "يتعرض", "تتعرض"))
"""Verbs telling that something happened: an event named by a definite noun beside one is news (تجددت الاشتباكات)."""
_HAPPENING_STEMS = stems(*_HAPPENING)  # for Token.stem (_HAPPENING: .norm)
_MANAGED = frozenset(normalize_word(w) for w in (
    "تمكن", "تمكنت", "تمكنوا", "نجح", "نجحت", "نجحوا", "استطاع", "استطاعت", "استطاعوا",
    "استكمل", "استكملت", "استكملوا", "أكمل", "أكملت", "أكملوا"))
"""Verbs of succeeding or completing: the verbal noun they govern (تمكنت من السيطرة، نجحت في تحرير، استكملت
السيطرة على منطقة التواهي) was done."""


def _devices_only(e: Candidate, tokens: Sequence[Token], triggers: Sequence[TriggerMention]) -> bool:
    """Only words for weapons tell the event (مقاتلات، صواريخ كاتيوشا، ألغام), with no figure, no casualty
    word and no verb of firing, falling or planting beside them: a delivery, a stock taken or a minefield,
    not an attack (إصابته بمقذوف، قذائف سقطت على البلدة، استهدفتها طائرات التحالف، لمقذوف ... مما نتج عنه
    استشهاد، تعرض المركز ... لقذائف are attacks)."""
    if e.counts or not all(t.device for t in e.triggers):
        return False
    hurt = [c.token for c in triggers if c.role == "count"]
    for t in e.triggers:
        if any(-3 <= k - t.token <= 9 for k in hurt) or _suffered(t, tokens):
            return False
        for k in range(max(t.token - 3, 0), min(t.token + 7, len(tokens))):
            if _firing_word(tokens[k]) and not _into_hands(tokens, k):
                return False
    return True


def _into_hands(tokens: Sequence[Token], k: int) -> bool:
    """The falling word at ``k`` is a falling into someone's hands (خشية سقوط مثل تلك الأجهزة في أيدي مجموعات
    متشددة): a capture feared or told, not a shell that fell."""
    return tokens[k].stem.startswith("سق") and any(
        tokens[j].stem in _HANDS for j in range(k + 1, min(k + 7, len(tokens))))


_HANDS = frozenset({"ايدي", "يد", "ايد", "قبضه"})


def _firing_word(tok: Token) -> bool:
    """The token is a word of firing, with a pronoun or an ending on it at most (استهدفتها، أطلقوا), not any word
    that starts like one (القيود، القوات start like ألقى، ألقوا)."""
    return any(w.startswith(f) and w[len(f):] in _ENDINGS for w in (tok.stem, tok.norm) for f in _FIRING)


_ENDINGS = frozenset({"", "ه", "ها", "هم", "هما", "هن", "تها", "ته", "تهم", "وا", "وها", "وه", "وهم"})
_FIRING = tuple(normalize_word(w) for w in (
    "سقط", "سقطت", "سقوط", "تساقط", "تساقطت", "أطلق", "أطلقت", "أطلقوا", "إطلاق", "ألقى", "ألقت", "ألقوا", "إلقاء",
    "تعرض", "تعرضت", "أصاب", "أصابت", "زرع", "زرعت", "زرعوا", "زرعها", "دك", "دكت", "قصف", "قصفت", "استهدف",
    "استهدفت", "انفجر", "انفجرت", "انفجار", "فجر", "فجرت", "رمى", "رمت", "قذف", "قذفت"))
"""Verbs and nouns of firing, dropping, falling, exploding or planting (with their pronouns: استهدفتها): a
weapon word beside one tells an attack."""


def _last_told(e: Candidate) -> int:
    """Where the event was last told (its last word's offset): an event told again is the latest told."""
    return max(t.start for t in e.triggers)


def _in_addition(tokens: Sequence[Token], qi: int) -> bool:
    """The figure at token ``qi`` follows إضافة إلى، بالإضافة إلى or فضلا عن: more of what the figure before counted."""
    return qi >= 2 and (tokens[qi - 1].norm, tokens[qi - 2].stem) in _IN_ADDITION


_IN_ADDITION = frozenset({("الي", "اضافه"), ("عن", "فضلا")})  # by stem: إضافة، بالإضافة، الإضافة


_MOVED = frozenset({"نقل", "نقلت", "نقلوا", "اسعف", "اسعفت", "ادخل", "ادخلت", "اخلي", "اخلت", "غادر", "خرج"})
"""Verbs of moving people (نقل، أسعف، أدخل، غادر): a figure after one, "of them", is some of those told before."""


def _of_them_after(q: Quantity, tokens: Sequence[Token]) -> bool:
    """The figure is followed by منهم (of them): a part of a figure told before it."""
    k = token_at(tokens, (q.counted_end if q.counted_end is not None else q.end) - 1) + 1
    while k < len(tokens) and tokens[k].norm in (")", "»", '"'):
        k += 1
    return k < len(tokens) and tokens[k].norm in ("منهم", "منهن")


def _the_one(q: Quantity) -> bool:
    """The count is a definite singular noun (اعتقلت الصحفي، استشهاد الرقيب): one person the story may have
    named before, not a figure that says by itself that something happened."""
    return names_one(q) and normalize_word(q.text).lstrip("وف").startswith("ال")


def _only_casualty_words(cand: Candidate) -> bool:
    """No word of the candidate tells an incident, only its dead or wounded (الشهيد، مقتل)."""
    return all(t.role == "count" for t in cand.triggers)


def _bare_toll(cand: Candidate) -> bool:
    """Only casualty words propose the candidate, with no place or date of their own (وأكد الجيش أن جنديين
    قتلا): the toll of the event told before it."""
    return not cand.places and not cand.dates and _only_casualty_words(cand)


def _told_apart(sentence_cues: Sequence[CueMention], first: int) -> bool:
    """The sentence tells another incident than those before it: it says so (قتل جندي في حادث منفصل) or it
    opens on another matter (ومن جهة أخرى، وفي سياق آخر; ``first``: the sentence's first token)."""
    return any(c.cue == "separate" or (c.cue == "topic" and c.token <= first + 2) for c in sentence_cues)


_SAME = frozenset({"نفس", "ذات"})
_PLACE_NOUNS = frozenset({"المنطقه", "المكان", "الموقع", "المدينه", "البلده", "القريه", "الحي", "المحافظه",
                          "الناحيه", "المديريه"})
_ITSELF = frozenset({"نفسه", "نفسها", "ذاته", "ذاتها"})


def _same_place(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The clause says its place is that of the event just told (في نفس المنطقة، في المكان ذاته، بذات المدينة).
    ("المدينة" alone is not enough: it often names a city told well before.)"""
    for k in range(first, last - 1):
        if (tokens[k].stem in _SAME and tokens[k + 1].norm in _PLACE_NOUNS) or (
                not _PLACE_NOUNS.isdisjoint(tokens[k].variants) and tokens[k + 1].norm in _ITSELF):
            return True
    return False


_ANOTHER = frozenset({"اخر", "اخري"})
"""آخر، أخرى (normalized): "another" right after an event noun."""
_BOMBERS = frozenset({"انتحاري", "انتحاريا", "انتحاريه"})
"""A second bomber (وفجر انتحاري آخر نفسه) is most often one more of the same attack."""


def _another(t: TriggerMention, tokens: Sequence[Token]) -> bool:
    """The event word is told as another one (هجوما آخر، في تفجير آخر، غارة أخرى): its sentence tells
    an incident other than those before it. Not after a verb (واختطف آخر: one more person taken), nor
    "الأخرى" (جبهات القتال الأخرى: the other fronts); آخرين counts more people of the same toll."""
    k = token_at(tokens, t.end - 1) + 1
    return (t.role in ("event", "attack", "weapon") and not (t.counted or t.device) and k < len(tokens)
            and tokens[k].norm in _ANOTHER and tokens[t.token].stem not in _BOMBERS and not finite_verb(t, tokens))


def _blast_of(cand: Candidate, e: Candidate, tokens: Sequence[Token], clauses: Sequence[Clause]) -> bool:
    """One of two explosions is told without its means and is the other's: an explosion word
    that refers back or stands in the same sentence (غارة ... وأدى الانفجار إلى، وسمع دوي انفجارات),
    or a means told of the blast just reported (انفجار ... الغارة). A suicide bombing told after
    an explosion elsewhere in the sentence ("فجر انتحاري نفسه") is another event."""
    if _tells_means(cand) and _tells_means(e):
        return False
    if not _tells_means(cand) and clauses[cand.clause].sentence == clauses[e.clause].sentence:
        return True
    return _anaphoric(cand, tokens)


def _tells_means(cand: Candidate) -> bool:
    """An explosion's means is told: some weapon word of the event has a sub-type (غارة، قذيفة، عبوة،
    انتحاري), not only explosion words (انفجار، انفجرت), which say that something blew up."""
    return cand.event_type != "Explosions/Remote violence" or any(
        t.role == "weapon" and t.sub_event_type for t in cand.triggers)


def _anaphoric(cand: Candidate, tokens: Sequence[Token]) -> bool:
    """The event word refers back (الهجوم، هذا الهجوم، العملية); not the bullets of a shooting (بالرصاص), nor the
    means something was done with (أمطرت الفصائل البلدات بالقذائف)."""
    means = [t.token for t in cand.triggers if t.device and tokens[t.token].prefix.endswith("بال")]
    for t in cand.triggers:
        if t.role == "weapon" and t.event_type == "Violence against civilians":
            continue
        if t.device and any(0 <= t.token - k <= 3 for k in means):
            continue  # بالقذائف الصاروخية والمدفعية: what it was done with (not بالتفجير: by the bombing)
        tok = tokens[t.token]
        if tok.prefix.endswith("ال") or (t.token > 0 and tokens[t.token - 1].norm in ("هذا", "هذه")):
            return True
    return False


def _the_bombardment(cand: Candidate, tokens: Sequence[Token], strike: Candidate) -> bool:
    """The event is told only by "القصف", the bombardment with no word of its means and no side firing
    it: the air strike told before it (قصفا جويا طال أحياء سكنية ... أصيب 50 مواطنا نتيجة القصف; not
    ولم يجد المتمردون ردا سوى القصف العشوائي, the rebels' own shelling). A side it names that the strike
    named too is no new side (القصف أدى إلى مقتل عدد من الحوثيين في منزل قائد موال للحوثيين)."""
    known = {a.actor.id for a in (*strike.attackers, *strike.targets, *strike.others) if a.actor is not None}
    if cand.attackers or any(a.actor is None or a.actor.id not in known for a in cand.others):
        return False

    def bombardment(t: TriggerMention) -> bool:
        return tokens[t.token].stem == "قصف" and tokens[t.token].prefix.endswith("ال") and " " not in t.text

    # what it aimed at may be told too (القصف استهدف قرية يسيطر عليها التنظيم)
    aimed = [t for t in cand.triggers if t.role == "attack" and tokens[t.token].stem.startswith("استهدف")]
    return (not aimed or any(map(bombardment, cand.triggers))) and all(
        t.role == "count" or bombardment(t) or t in aimed for t in cand.triggers)


def _said_of_the_last(cand: Candidate, tokens: Sequence[Token], clauses: Sequence[Clause]) -> bool:
    """A sentence opens on a pronoun that the event word describes (وهو أول هجوم من نوعه منذ ...، وهي ثاني
    عملية): a word on the event just told, whatever the dates that follow say of other things."""
    first = clauses[cand.clause].first_token
    return (tokens[first].norm in _PRONOUNS and all(t.role != "count" for t in cand.triggers)
            and cand.triggers[0].token - first <= 2)


_PRONOUNS = frozenset({"هو", "هي", "وهو", "وهي"})


def _places_conflict(a: Sequence[PlaceMention], b: Sequence[PlaceMention]) -> bool:
    """The two lists of places name different places: no place in common, and no province in common
    (told of towns, or of provinces alone: في محافظة أبين, شمال مدينة عدن على مداخل محافظة لحج). A country both
    name beside places inside it is no place in common (في محافظة الحديدة ... غربي اليمن، في محافظة تعز ... باليمن)."""
    ids_a = _place_ids(a)
    ids_b = _place_ids(b)
    if ids_a & ids_b:
        return False
    units_a = {(p.place.country, p.place.admin1) for p in a if p.place and p.place.admin1}
    units_b = {(p.place.country, p.place.admin1) for p in b if p.place and p.place.admin1}
    if units_a and units_b and not (units_a & units_b):
        return True
    return _towns_apart(a, b)


def _towns_apart(a: Sequence[PlaceMention], b: Sequence[PlaceMention]) -> bool:
    """Each list names a town, and every town of one lies more than ``_TOWNS_APART_KM`` from every town of
    the other (في منطقة سهل الزبداني ... في مدينة عربين, 30 km apart in one province): two incidents, though
    their province is one. A village and the town it lies by (قرية ... قرب مدينة) stay one place."""
    towns_a, towns_b = _small_towns(a), _small_towns(b)
    return bool(towns_a and towns_b) and all((km := km_between(x, y)) is not None and km > _TOWNS_APART_KM
                                             for x in towns_a for y in towns_b)


def _small_towns(places: Sequence[PlaceMention]) -> list[Place]:
    """The towns named as the scene itself (في مدينة عربين, not ريف حلب or شمال الموصل), other than big cities,
    whose name also stands for the country round them (انتحاري يقتل 33 في مركز تدريب بالموصل, told of al-Baaj)."""
    return [p.place for p in places if p.place and p.relation == "in" and p.place.feature in _TOWNS
            and p.place.population < BIG_CITY]


_TOWNS = frozenset({"city", "town", "village"})
_TOWNS_APART_KM = 15
"""Farther than this, two towns are two scenes: a village by a town (قرب مدينة) lies within it."""


def _no_other_town(places: Sequence[PlaceMention], told: Sequence[PlaceMention]) -> bool:
    """Every place of ``places`` is one of ``told`` or a unit or country (بمنطقة عسير): none is another town."""
    ids = _place_ids(told)
    return all(p.place is None or p.place.id in ids or p.place.feature in _UNITS for p in places)


_UNITS = frozenset({"country", "admin1", "admin2"})


def _place_ids(places: Sequence[PlaceMention]) -> set[str]:
    """The ids of the places named, without a country named beside a place inside it."""
    finer = {p.place.country for p in places if p.place and p.place.feature != "country"}
    return {p.place.id for p in places if p.place and not (p.place.feature == "country" and p.place.country in finer)}


def _date_of_telling(d: TimeRef, cues: Sequence[CueMention], triggers: Sequence[TriggerMention],
                     tokens: Sequence[Token]) -> bool:
    """The date stands right after a verb of saying and its subject, before the event's words (قال
    مسؤولون، اليوم (الثلاثاء)، إن العشرات سقطوا قتلى; أعلنت وزارة الدفاع الأميركية مساء أول من أمس أن غارة
    أدت في مطلع يوليو إلى مقتل): the day of the telling, not of the event."""
    k = token_at(tokens, d.start)
    first = min((t.token for t in triggers), default=len(tokens))
    return k < first and any(c.cue == "attribution" and 0 < k - (c.token + len(c.text.split()) - 1) <= _SUBJECT_REACH
                             for c in cues)


_SUBJECT_REACH = 5
"""Words from a verb of saying to the date after its subject (وزارة الدفاع الأميركية مساء: the fourth)."""


def _counted_from_the_telling(own: list[TimeRef], said: Sequence[TimeRef], published: date | None
                              ) -> list[TimeRef]:
    """Days counted from "today" in a report told on a named day before the day of writing are counted
    from that day when, counted from the day of writing, they would fall after the telling (قال مسؤولون
    الأحد إن مسلحين هاجموا موقعا الليلة الماضية: Saturday night in a Monday paper; قالت الشرطة الأربعاء إن
    انتحاريا فجر نفسه اليوم). A paper's own أمس may be the day of the telling (أعلن نشطاء، الجمعة، أن تظاهرة
    أمس ... in a Saturday paper): it stays."""
    told = next((d.date for d in said if d.date is not None and names_a_weekday(d)), None)
    if published is None or told is None or told >= published:
        return own

    def after_the_telling(d: TimeRef) -> bool:
        return d.date is not None and counted_from_publication(d) and (d.date > told or (d.date == told and any(
            normalize_word(w) in _NIGHT_WORDS for w in d.text.split())))

    return [replace(d, date=d.date + (told - published)) if after_the_telling(d) else d for d in own]


_NIGHT_WORDS = frozenset({"الليله", "ليل", "ليله"})
"""A night counted back from the day of writing (الليلة الماضية) ends on that day: after a telling the day before."""


def _date_of_statement(d: TimeRef, cues: Sequence[CueMention], tokens: Sequence[Token]) -> bool:
    """The date is that of a statement a speaker made (قالت وزارة الدفاع الأمريكية (البنتاجون) في بيان أمس):
    often the day of the event too, unless the event's own day is told after it."""
    k = token_at(tokens, d.start)
    if any(tokens[j].stem in _STATEMENT_NOUNS for j in range(max(k - 3, 0), k)) and any(
            c.cue == "attribution" and 0 < k - c.token <= 12 for c in cues):
        return True
    # في بيان نشر على الانترنت أمس: the day of a statement the phrase names, whoever made it
    return any(tokens[j].stem in _STATEMENT_NOUNS and tokens[j - 1].norm == "في"
               and not any(t.norm in _CLAUSE_BREAKS for t in tokens[j + 1:k]) for j in range(max(k - 5, 1), k))


_STATEMENT_NOUNS = frozenset({"بيان", "تصريح", "تصريحات", "مؤتمر", "حديث", "مقابله", "لقاء", "اتصال"})


def _after_another(d: TimeRef, cand: Candidate, triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> bool:
    """The date closes a phrase after بعد, عقب or إثر that names another event after the candidate's words
    (اعتقلت الشرطة 20 شخصا بعد تفجير انتحاري الاثنين): that event's day, not the candidate's."""
    k = token_at(tokens, d.start)
    last = max(t.token for t in cand.triggers)
    others = {t.token for t in triggers if t not in cand.triggers}
    return any(tokens[j].norm in _AFTER_WORDS and (j + 1 in others or j + 2 in others) for j in range(last + 1, k))


def _dates_conflict(a: Sequence[TimeRef], b: Sequence[TimeRef]) -> bool:
    da = [d.date for d in a if d.date and d.precision == 1]
    db = [d.date for d in b if d.date and d.precision == 1]
    return bool(da and db) and min(abs((x - y).days) for x in da for y in db) > 1


def _elsewhere(cand: Candidate, event: Candidate) -> bool:
    """The candidate names a place of its own that the event does not."""
    own = {p.place.id for p in cand.places if p.place is not None}
    return bool(own) and not own & {p.place.id for p in event.places if p.place is not None}


def _restated(cand: Candidate, events: Sequence[Candidate], clauses: Sequence[Clause], tokens: Sequence[Token]
              ) -> bool:
    """The candidate is told in the link line that closes a report with its headline (رابط الخبر بصحيفة
    الوئام: ...), and the report has told an event of the same family at no other place: the headline restates
    that event, whatever word it picks for it (باستهداف for a car bomb, قصف for an air strike)."""
    first = clauses[cand.clause].first_token
    k = first
    while k > 0 and tokens[k - 1].end > clauses[cand.clause].start - 80 and tokens[k - 1].norm != ".":
        k -= 1  # back to the sentence's start
    if not (k + 1 < len(tokens) and tokens[k].norm == "رابط" and tokens[k + 1].norm == "الخبر"):
        return False
    family = _VIOLENT if cand.event_type in _VIOLENT else {cand.event_type}
    return any(e.event_type in family and e.event_type and not _places_conflict(cand.places, e.places)
               for e in events)


def _take_words(target: Candidate, cand: Candidate) -> None:
    """``target`` takes ``cand``'s event words and its casualty words that no figure counts."""
    target.triggers += cand.triggers
    target.one_dead += cand.one_dead


def fold_into(target: Candidate, cand: Candidate) -> None:
    """``target`` takes ``cand`` in: its words, figures, dates, places and sides (one incident told twice)."""
    _absorb(target, cand)


def _absorb(target: Candidate, cand: Candidate) -> None:
    if target.event_type == "" and cand.event_type:
        target.event_type, target.sub_event_type = cand.event_type, cand.sub_event_type
    elif not target.sub_event_type and cand.sub_event_type and target.event_type == cand.event_type:
        target.sub_event_type = cand.sub_event_type
    elif (target.event_type == cand.event_type
          and _SEVERITY.get(cand.sub_event_type, 0) > _SEVERITY.get(target.sub_event_type, 0)):
        target.sub_event_type = cand.sub_event_type  # a protest later dispersed: coded by its strongest
    elif (target.event_type == cand.event_type and target.sub_event_type in _WEAPON_PRIORITY
          and cand.sub_event_type in _WEAPON_PRIORITY and _tells_means(cand) and (
              not _tells_means(target)  # انفجار ... الغارة: the blast was the strike's
              or _WEAPON_PRIORITY.index(cand.sub_event_type) < _WEAPON_PRIORITY.index(target.sub_event_type))):
        target.sub_event_type = cand.sub_event_type  # الانتحاري الذي فجر نفسه ... التفجير: one suicide bombing
    if _only_casualty_words(target) and not _only_casualty_words(cand) and any(
            d.date is not None and d.direction != "future" and d.precision == 1 for d in cand.dates):
        target.dates, target.told_on = cand.dates, cand.told_on  # وصل اليوم جثمان الشهيد ... تعرض صباح أمس لقذائف:
        # the day the incident is told, not the day its dead are mourned
    _take_words(target, cand)
    target.counts += cand.counts
    target.count_groups.update(cand.count_groups)
    if target.told_on and not cand.told_on and any(
            d.date is not None and d.direction != "future" and d.precision == 1 for d in cand.dates):
        target.dates, target.told_on = cand.dates, False  # قال مسؤولون اليوم ... تفجرت قبل أربعة أيام (a day, not
        # "الشهر الماضي" of a background sentence)
    if not target.dates and cand.dates:
        target.dates, target.told_on = cand.dates, cand.told_on  # the day of a statement stays only that
    target.places = target.places or cand.places
    target.attackers += cand.attackers
    target.targets += cand.targets
    target.others += cand.others
    target.allies += cand.allies
    target.holders += cand.holders
    target.sources += [s for s in cand.sources if not any(s in t or t in s for t in target.sources)]
    target.contested = target.contested or cand.contested
    target.weak = target.weak and cand.weak
    target.killers = target.killers or cand.killers
    target.anchored = target.anchored or cand.anchored
    target.firm = target.firm or cand.firm
