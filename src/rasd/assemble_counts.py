"""Counts inside one article: what a number counts (killed, injured, arrested ...) and whose figure
it is (civilians, protesters, a named side, both sides), for the assembly of events (rasd.assemble).

A number that counts shells, strikes, houses or vehicles (300 قذيفة، منزلين) is not a count of people;
"آخرون" after a figure takes that figure's scope; people "من أفراد العائلة" are civilians.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from operator import itemgetter

from rasd.model import ActorMention, Quantity, Token, TriggerMention
from rasd.recognize.quantities import INNA, parse_number_words
from rasd.recognize.triggers import finite_verb
from rasd.text.normalize import normalize_word
from rasd.text.segment import analyze_clitics, possessed_bases, stems

__all__ = ["OTHERS_WORDS", "PEOPLE_NOUNS", "count_kind", "count_scope", "is_number_word", "is_population",
           "is_thing", "names_one", "nearest_count_word", "one_named_after_the_doer", "token_at"]

_CIVILIAN_WORDS = frozenset({
    "مدني", "مدنيا", "مدنيين", "مدنيون", "المدنيين", "مدنيان", "طفل", "طفلا", "اطفال", "الاطفال", "طفلان", "طفلين",
    "امراتان", "امراتين", "طفله", "طفلتان", "طفلتين",
    "امراه", "نساء", "مواطن", "مواطنا", "مواطنين", "اهالي", "الاهالي", "سكان", "شخص", "شخصا", "اشخاص",
    "شخصين", "شخصان", "صحفي", "صحفيا", "صحفيين", "طالب", "طلاب", "عامل", "عمال", "لاجئ", "لاجئين",
    "نازحين", "مصلين", "المصلين", "رجل", "رجال", "فتاه", "شاب", "شابا", "شبان",
    "مدرس", "معلم", "معلما", "طبيب", "طبيبا", "مهندس", "تاجر", "تاجرا", "سائق", "سائقا", "موظف", "موظفا",
    "ناشط", "ناشطا", "امام", "مزارع", "مزارعا", "راع", "راعيا", "عائله", "اسره", "رضيع", "رضيعا", "رضيعه", "رضع",
    "صبي", "صبيا", "مسن", "مسنا", "مسنين",
    "مصور", "مصورا", "مصورين", "صحافي", "صحافيا", "صحافيين", "صحافيان", "صحفيان", "مراسل", "مراسلا", "مراسلين",
    "اعلامي", "اعلاميا", "اعلاميين", "مدون", "مدونا", "مدونين",
})

PEOPLE_NOUNS = stems(
    "عنصر", "عنصرا", "عناصر", "مقاتل", "مقاتلا", "مقاتلين", "مسلح", "مسلحا", "مسلحين", "جندي", "جنديا", "جنود",
    "شخص", "شخصا", "اشخاص", "قياديا", "قيادي", "قياديين", "افراد", "فردا", "منتسبي", "معتقلين", "سجين", "سجينا",
)
"""Nouns of people a figure counts, as stems (فردا is ردا to the tokenizer, which reads its ف as a conjunction)."""
_FORCE_WORDS = frozenset({"امن", "شرطه", "جيش", "حرس", "دفاع", "مقاومه", "طوارئ", "جمارك", "مرور"})
_SIDE_NOUNS = frozenset({"قوات", "عناصر", "مقاتلي", "مسلحي", "جنود", "صفوف", "افراد", "منتسبي"})

def token_at(tokens: Sequence[Token], offset: int) -> int:
    """The index of the last token that starts at or before ``offset`` (0 when none does), found by
    binary search in C (the same halving as a loop over ``tokens[mid].start`` would do)."""
    return max(bisect_right(tokens, offset, key=_START) - 1, 0)


_START = itemgetter(Token._fields.index("start"))  # Token.start by position: cheaper than by name

_BOMBERS = frozenset(normalize_word(w) for w in ("انتحاريين", "انتحاريون", "الانتحاريين", "الانتحاريون"))
"""Suicide bombers, people: a figure of them is a figure of people (قتل 10 انتحاريين)."""


def count_kind(q: Quantity, triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> str | None:
    """What a number in a clause counts: the casualty or arrest word nearest to it. A number that
    counts shells, strikes or attacks (300 قذيفة، 6 غارات) is not a count of people."""
    if q.counted_start is not None:
        for t in triggers:
            if t.start == q.counted_start and t.kind:
                if q.qualifier != "vague" and _joint_toll(t, triggers, tokens):
                    return None  # 50 قتيلا وجريحا: the dead and the wounded together, a count of neither
                if t.kind in _HELD and _killed_before(q, triggers, tokens):
                    return "killed"  # إعدام 12 أسيرا، بإعدام عدد من الأسرى: the held were put to death
                return t.kind  # 65 قتيلاً، 3 جرحى
            if (t.start == q.counted_start and t.role in ("weapon", "attack", "event") and t.event_type != "Protests"
                    and normalize_word(t.text) not in _BOMBERS):
                return None  # 300 قذيفة، 6 غارات; but 3 متظاهرين، أحد المتظاهرين، قتل 10 انتحاريين are people,
                # counted by the word of what befell them
    qi = token_at(tokens, q.start)
    nearest = nearest_count_word(q, triggers, tokens)
    if nearest is None:
        return None
    if q.qualifier != "vague" and (qi < nearest.token <= qi + 2 or (
            qi < nearest.token <= qi + 6 and tokens[nearest.token - 1].norm == "بين")) and _joint_toll(
            nearest, triggers, tokens):
        return None  # سقوط 50 بين قتيل وجريح، أكثر من 145 من ميليشيات الحوثي بين قتيل وجريح
    if nearest.token < qi and _joint_before(nearest, triggers, tokens):
        # مقتل وإصابة 35، قتل وجرح 35: the dead and the wounded together, a count of neither; a vague one
        # (مقتل وإصابة العشرات) still tells that some died
        return "killed" if q.qualifier == "vague" else None
    if nearest.kind in _HELD and nearest.role == "count" and _killed_before(q, triggers, tokens):
        return "killed"  # بإعدام أسرى جنوبيين (12 أسيرا)
    return nearest.kind


def nearest_count_word(q: Quantity, triggers: Sequence[TriggerMention], tokens: Sequence[Token]
                       ) -> TriggerMention | None:
    """The casualty or arrest word of ``triggers`` a number belongs to: the nearest within twelve words, a word
    before it nearer than one after it (unless the number is that verb's subject)."""
    qi = token_at(tokens, q.start)
    inna_one = q.value == 1 and qi > 0 and tokens[qi - 1].norm in INNA  # أن شخصا آخر ... قتل
    best: tuple[int, TriggerMention] | None = None
    for t in triggers:
        if not t.kind or (t.kind == "detained" and t.token > qi + 6):
            continue
        distance = qi - t.token if t.token < qi else 2 * (t.token - qi)  # words before count first
        if t.token > qi and t.token - qi <= _SUBJECT_REACH and _verb_of_the_counted(t, tokens, inna_one):
            distance = min(t.token - qi, 12)  # أن 17 فردا من المتمردين الحوثيين وقوات صالح قتلوا: its subject
        if t.token > qi and tokens[t.token].prefix.startswith("و"):
            distance += 4  # مقتل عسكريين اثنين وجرح أربعة: the word after و starts the next figure's phrase
        if distance <= 12 and (best is None or distance < best[0]):
            best = (distance, t)
    return None if best is None else best[1]


_HELD = frozenset({"arrested", "detained"})


def _killed_before(q: Quantity, triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> bool:
    """A word of killing (إعدام، قتل، أعدموا) ends at most four words before the figure, with no other event
    word between: the people the figure counts by their status (أسرى، معتقلين) are the ones killed."""
    qi = token_at(tokens, q.start)
    before = [t for t in triggers if qi - 4 <= t.token < qi and t.kind not in _HELD]  # بإعدام أسرى جنوبيين (12 أسيرا)
    return bool(before) and before[-1].kind == "killed" and before[-1].role != "count"


_SUBJECT_REACH = 20
"""How many words the description of the people counted may take before their verb."""


def _verb_of_the_counted(t: TriggerMention, tokens: Sequence[Token], one: bool = False) -> bool:
    """The casualty word after a figure is a plural verb of death or wounds (قتلوا، أصيبوا), or for ``one``
    person any finite one: the people counted are its subject, however long their description (أن 17
    شخصا، بينهم نساء، قتلوا؛ 25 مقاتلا من الفصائل وثمانية من مقاتلي التنظيم قتلوا؛ أن شخصا آخر كان مرافقا
    للقيادي، قتل أيضا)."""
    if t.kind not in ("killed", "injured") or not finite_verb(t, tokens):
        return False
    return tokens[t.token].norm.endswith("وا") or one  # أن شخصا آخر كان مرافقا للقيادي، قتل أيضا: one, singular


def _joint_toll(counted: TriggerMention, triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> bool:
    """The counted casualty noun is joined by و to a noun of the other kind that has no figure of its
    own (قتيلا وجريحا، بين قتيل وجريح): one figure for both (a vague one, عشرات القتلى والجرحى, still
    tells that some died, and stays a count of the dead). Not two counts
    (13 قتيلا وإصابة 23) nor two verbs (قتلوا وأصيب العشرات)."""
    if counted.kind not in ("killed", "injured") or finite_verb(counted, tokens):
        return False
    after = token_at(tokens, counted.end - 1) + 1
    partner = next((t for t in triggers if t.token == after), None)
    if (partner is None or partner.kind not in ("killed", "injured") or partner.kind == counted.kind
            or not tokens[after].prefix.startswith("و") or finite_verb(partner, tokens)):
        return False
    if tokens[after].stem in _DUAL_CASUALTIES:
        return False  # خمسة قتلى وجريحين: the dual counts two of its own
    k = token_at(tokens, partner.end - 1) + 1
    return not (k < len(tokens) and is_number_word(tokens[k]))


def _joint_before(counted: TriggerMention, triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> bool:
    """The casualty word before the figure is joined by و to a noun of the other kind right before it (مقتل
    وإصابة 35، أدى إلى قتل وجرح 35 شخصا): one figure for both. Not when a figure stands between them (قتل 5 وجرح
    35) or the first is a finite verb with its own subject (43 شخصا قتلوا وأصيب 173)."""
    if counted.kind not in ("killed", "injured") or not tokens[counted.token].prefix.startswith("و"):
        return False
    partner = next((t for t in triggers if token_at(tokens, t.end - 1) == counted.token - 1), None)
    return (partner is not None and partner.kind in ("killed", "injured") and partner.kind != counted.kind
            and not any(is_number_word(tokens[k]) for k in range(max(0, partner.token - 2), counted.token))
            # 13 قتيلا وإصابة 23، لقي أربعة حوثيين مصرعهم وأصيب ثمانية: the first has a figure of its own
            and not finite_verb(partner, tokens))  # جنديا قتل وأصيب آخر: the verb's figure is its subject


_DUAL_CASUALTIES = frozenset({"جريحين", "جريحان", "قتيلين", "قتيلان", "مصابان"})


def names_one(q: Quantity) -> bool:
    """The count is one person named by a noun (مقتل جندي، استشهاد الرقيب، قتلت إرهابيا), not a figure."""
    return q.value == 1 and q.counted == q.text


def is_number_word(token: Token) -> bool:
    """The token is a figure: digits or a number word (اثنين، مائة)."""
    return token.norm[:1].isdigit() or parse_number_words(token.stem) is not None


def count_scope(q: Quantity, tokens: Sequence[Token], actors: Sequence[ActorMention]) -> str | None:
    """Whose figure: civilians, total (بين الطرفين) or the side named after it (من قوات X)."""
    if q.counted and normalize_protest(q.counted):
        return "protesters"
    if q.counted and _civilian(q.counted):
        k = token_at(tokens, q.counted_end if q.counted_end is not None else q.end) + 1
        if not (k < len(tokens) and tokens[k].stem in _FORCE_WORDS):
            return "civilians"  # but not رجال الأمن، أفراد الشرطة
    k = token_at(tokens, q.counted_end if q.counted_end is not None else q.end) + 1
    window = tokens[k : k + 5]
    stems = [t.stem for t in window]
    if "طرفين" in stems or "جانبين" in stems:
        return "total"
    if "عائله" in stems[:3] or "اسره" in stems[:3]:
        return "civilians"  # ثلاثة من أفراد العائلة
    if q.counted_start is not None:  # 18 حوثيا: the counted word names the side
        named = [a for a in actors if a.actor and a.start <= q.counted_start < a.end and a.actor.inter != "Civilians"]
        if named:
            return f"side:{named[0].actor.id}"
    if window and window[0].prefix.lstrip("وف") in ("ل", "لل"):
        named = _side_named_at(window[0], q, actors)  # 12 عنصرا لحزب الله، عشرات القتلى لقوات النظام: theirs
        if named is not None:
            return f"side:{named.id}"
    for i, t in enumerate(window[:-1]):
        if t.norm == "من" and i == 0:
            named = _side_named_at(window[1], q, actors)  # 29 فردا من الطوارق، ثمانية أفراد من القبيلة
            if named is not None:
                return f"side:{named.id}"
        if ((t.norm == "من" and window[i + 1].stem in _SIDE_NOUNS | {"قواته", "قواتها", "عناصره", "عناصرها"})
                or (t.norm == "في" and window[i + 1].stem == "صفوف")):  # سقطوا في صفوف المقاومة
            nxt = window[i + 1]
            named = [a for a in actors if a.start >= nxt.start and a.start - nxt.end <= 12 and a.actor]
            if named:
                return f"side:{named[0].actor.id}"  # type: ignore[union-attr]
            if nxt.norm.endswith(("ها", "ه", "هم")):  # من قواتها: the subject's side
                before = [a for a in actors if a.end <= q.start and a.actor]
                if before:
                    return f"side:{before[0].actor.id}"  # type: ignore[union-attr]
    return None


_GROUP_NOUNS = frozenset({"القبيله", "التنظيم", "الجماعه", "الحركه", "الميليشيا", "المليشيا", "العشيره"})
"""A group named again by its kind (ثمانية أفراد من القبيلة: the tribe just named)."""


def _side_named_at(tok: Token, q: Quantity, actors: Sequence[ActorMention]):
    """The side named by the word right after "من" that follows people counted: an actor named there
    (من الطوارق), or the group just named before the figure, called again by its kind (من القبيلة after
    قبيلة تبو)."""
    here = next((a for a in actors if a.actor and tok.start <= a.start < tok.end), None)  # لحزب الله: past its ل
    if here is not None:
        return here.actor if here.actor.inter != "Civilians" else None
    if tok.norm in _GROUP_NOUNS:
        kind = tok.norm[2:]  # قبيله
        before = [a for a in actors if a.actor and a.end <= q.start and kind in normalize_word(a.text)]
        if before:
            return before[-1].actor
    return None


_PROTESTER_WORDS = frozenset({"متظاهر", "متظاهرا", "متظاهران", "متظاهرين", "متظاهرون", "محتج", "محتجا", "محتجين",
                              "محتجون", "محتجان"})


def normalize_protest(surface: str) -> bool:
    """The counted noun names protesters (قتل متظاهران)."""
    from rasd.text.normalize import normalize_word
    from rasd.text.segment import analyze_clitics

    return bool(set(analyze_clitics(normalize_word(surface))[2]) & _PROTESTER_WORDS)


OTHERS_WORDS = frozenset({"اخرين", "اخرون", "اخري", "اخريات"})


def is_thing(surface: str) -> bool:
    """The counted noun names things (منزلين، سيارتين), not people."""
    return _has_noun_of(surface, "thing")


def is_population(surface: str) -> bool:
    """The counted noun gives the size of a population (21 مليون نسمة), not a count of victims."""
    return _has_noun_of(surface, "population")


@lru_cache(maxsize=8192)
def _has_noun_of(surface: str, noun_type: str) -> bool:
    """(Memoized: asked of every figure's counted noun, for each event it may belong to, and the nouns recur.)"""
    nouns = _nouns_of_type(noun_type)
    stems = analyze_clitics(normalize_word(surface))[2]
    return bool(set(stems) & nouns) or any(
        base in nouns for stem in stems for base in possessed_bases(stem))  # ثلاثة من مركباته


def one_named_after_the_doer(doer_end: int, tokens: Sequence[Token]) -> Quantity | None:
    """The object of a finite verb of killing, wounding or taking, right after its subject (the doer, whose last
    token ends before ``doer_end``), is one person named by a definite singular noun: قتل مسلحو داعش الصحفي
    جلاء العبادي، اعتقلت الشرطة أمس المطلوب. A day word may stand between (أمس، اليوم)."""
    j = token_at(tokens, doer_end - 1) + 1
    if j < len(tokens) and tokens[j].norm in _DAY_WORDS:
        j += 1
    if j >= len(tokens) or tokens[j].prefix != "ال" or tokens[j].stem not in _singular_people():
        return None  # not والصحفي, بالصحفي: no object of the verb
    tok = tokens[j]
    return Quantity(tok.start, tok.end, tok.text, 1, "exact", "count", tok.text, tok.start, tok.end)


_DAY_WORDS = frozenset({"امس", "اليوم", "الليله", "مساء", "صباح", "فجر"})


@cache
def _singular_people() -> frozenset[str]:
    """The singular of every noun of people in counted_nouns.tsv (normalized): جندي، صحفي، مصور."""
    from rasd.text.normalize import normalize_word

    return frozenset(normalize_word(row["singular"]) for row in _counted_nouns() if row["type"] == "person")


@cache
def _nouns_of_type(noun_type: str) -> frozenset[str]:
    from rasd.text.normalize import normalize_word

    out: set[str] = set()
    for row in _counted_nouns():
        if row["type"] == noun_type:
            for cell in (row["singular"], row["dual"], row["plural"]):
                out.update(normalize_word(w) for w in cell.split(",") if w)
            singular = normalize_word(row["singular"])
            if noun_type == "thing" and not singular.endswith(("ه", "ي", "ا", "ء")):
                out.add(singular + "ا")  # مداهمة 140 منزلا: the accusative a figure from 11 to 99 takes
    return frozenset(out)


@cache
def _counted_nouns() -> tuple[dict[str, str], ...]:
    """The rows of counted_nouns.tsv, read once for every reading of it here."""
    from rasd.recognize.lexicon import read_tsv

    return tuple(read_tsv("counted_nouns.tsv"))


def _civilian(surface: str) -> bool:
    from rasd.text.normalize import normalize_word
    from rasd.text.segment import analyze_clitics

    word = normalize_word(surface)
    return any(v in _CIVILIAN_WORDS for v in analyze_clitics(word)[2])
