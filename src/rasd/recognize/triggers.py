"""Event words (triggers) and reading cues, matched clitic-aware over tokens.

Both lexicons are data (``resources/triggers.tsv`` and ``resources/cues.tsv``). ``could_have_events``
is the cheap gate the pipeline uses to skip tokenization and everything after it for articles that
contain no event word at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import compress, count
from operator import attrgetter

from rasd.model import CueMention, Token, TriggerMention
from rasd.recognize.lexicon import read_tsv
from rasd.text.normalize import NormalizedText, normalize_word
from rasd.text.phrases import PhraseMatcher, prefixed_forms, readings_of
from rasd.text.segment import sentence_ranges, stems

__all__ = [
    "OBJECT_PRONOUNS", "could_find_triggers", "could_have_events", "event_sentence_ranges", "find_cues",
    "find_triggers", "in_construct", "tells_happening",
]

# role, type, sub-type, kind, strong, counted, device
_TriggerInfo = tuple[str, str | None, str | None, str | None, bool, bool, bool]


@cache
def _trigger_rows() -> tuple[dict[str, str], ...]:
    """The lexicon's rows, and for each one-word noun of violence the indefinite accusative the lexicon
    does not list (انفجارا، تفجيرا، قصفا: "إن انفجارا في بلدة سروج أسفر عن"), written with a final alif,
    and so for a noun with its nisba adjective (قصفا جويا: "إن قصفا جويا طال أحياء سكنية").
    Not for protests, looting and ground taken, whose accusatives are adverbs or other words as often
    (احتجاجا على: in protest at; سلبا: negatively; أحرز تقدما: made progress)."""
    rows = read_tsv("triggers.tsv")
    listed = {normalize_word(r["form"]) for r in rows}
    derived = []
    for r in rows:
        form = normalize_word(r["form"])
        violence = r["role"] in ("weapon", "attack", "count") or (
            r["role"] == "event" and r["event_type"] in ("Battles", "Violence against civilians"))
        if not violence or r["pos"] not in ("noun", "single", "verb"):
            continue
        words = form.split()
        if r["pos"] == "verb":
            if r["role"] in ("event", "count"):  # not شنها، نفذها: "launched it" points back to the noun
                derived.extend({**r, "form": f} for f in _with_object(form) if f not in listed)
            continue
        if len(words) == 2 and words[1].endswith("ي") and _takes_alif(words[0]):
            accusative = f"{words[0]}ا {words[1]}ا"  # a noun and its nisba adjective: قصفا جويا، هجوما انتحاريا
        elif len(words) == 1 and _takes_alif(form):
            accusative = form + "ا"
        else:
            continue
        if accusative not in listed:
            derived.append({**r, "form": accusative})
    return (*rows, *derived)


def _with_object(verb: str) -> tuple[str, ...]:
    """A one-word verb of violence with its object pronoun, which the lexicon does not list (أعدموهما، اعتقلوه،
    قتلوهم، اختطفوها): the plural's و keeps and its alif goes (أعدموا → أعدموه). Only for verbs done to people:
    a verb of attacking with a pronoun (الهجمات التي شنها) points back to the attack named before it."""
    if " " in verb or verb.endswith(("ي", "ه", "ة")):
        return ()
    base = verb[:-1] if verb.endswith("وا") else verb
    if base.endswith("ا") or len(base) <= 3:
        return ()  # قتلهم، خطفه: also "their killing", the verbal noun with its owner
    return tuple(base + pronoun for pronoun in OBJECT_PRONOUNS)


OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
"""The object pronouns a verb of violence may carry (أعدمه، أعدموهما)."""


def _takes_alif(word: str) -> bool:
    return (len(word) >= 3 and not word.startswith(("ال", "ب")) and not word.endswith(_NO_ALIF)
            and not (len(word) >= 5 and word[2] == "ا"))  # معارك، قذائف، صواريخ take no tanween


_NO_ALIF = ("ه", "ة", "ى", "ي", "ا", "ء", "ات", "ين", "ون", "ان", "هما", "هم")
"""Endings that take no accusative alif: the feminine ending, a long vowel, hamza, sound plurals and
duals, attached pronouns."""


def _info(r: dict[str, str]) -> _TriggerInfo:
    return (r["role"], r["event_type"] or None, r["sub_event_type"] or None,
            None if r["kind"] == "device" else r["kind"] or None,
            r["strength"] in ("strong", "counted"), r["strength"] == "counted", r["kind"] == "device")


_GAP = "…"
"""Written between the two words of a lexicon form whose words may stand apart: "أطلق … النار" matches
أطلق النار and, with up to ``_GAP_REACH`` words between, أطلق مسلحون مجهولون النار (the subject after the verb)."""
_GAP_REACH = 6
_GAP_STOPS = frozenset({"،", ",", ".", "؛", ";", ":", "!", "؟", "?"})
_NAMED_BY = frozenset({"حركه", "حركتي"})
_QUOTES = frozenset({"«", "»", '"', "“", "”", "'"})
"""Nouns before a gapped form's first word that make it a name (حركة فتح)."""
_DAY_AFTER = stems("أمس", "يوم", "ليلة")
_WEEKDAYS = stems("أحد", "اثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت")
"""Words after فجر that make it dawn (فجر اليوم نفسه، فجر الخميس: at dawn), not a blowing up: stems, which carry
no article; a weekday only with it (فجر أحد العصاة: one of them blew up)."""
_TIME_BEFORE = frozenset(normalize_word(w) for w in (
    "عند", "حتى", "منذ", "قبيل", "مطلع", "صلاة", "ساعات", "ساعة", "وقت", "بزوغ", "طلوع"))
"""Words before فجر that make it dawn (عند فجر الخميس، قبيل فجر، صلاة فجر): none is followed by the verb. Compared
as written, after و or ف only: a stem would lose the ب of بزوغ, which the tokenizer reads as a preposition."""
_THIS = frozenset(normalize_word(w) for w in ("هذا", "ذلك", "هذه"))
"""Demonstratives between فجر and a day (من فجر هذا اليوم)."""
_OTHER_FIRE = frozenset(normalize_word(w) for w in ("إطلاق", "اطلاق", "إشعال", "إضرام", "اضرام"))
"""Nouns whose fire the second word is, not the verb's (حادث إطلاق النار، إشعال النار)."""


def _joined(form: str) -> str:
    """A lexicon form with its gap closed (أطلق … النار -> أطلق النار)."""
    return " ".join(form.replace(_GAP, " ").split())


@cache
def _trigger_matcher() -> PhraseMatcher[_TriggerInfo]:
    return PhraseMatcher((_joined(r["form"]), _info(r)) for r in _trigger_rows())


@cache
def _gapped_forms() -> dict[str, tuple[frozenset[tuple[str, ...]], _TriggerInfo]]:
    """For each written form of a gapped row's first word (every proclitic spelling): the words after the
    gap (one or more: النار; بدون طيار) and the row's payload."""
    seconds: dict[str, set[tuple[str, ...]]] = {}
    infos: dict[str, _TriggerInfo] = {}
    for r in _trigger_rows():
        if _GAP in r["form"]:
            first, second = (normalize_word(w.strip()) for w in r["form"].split(_GAP))
            for f in prefixed_forms(first):
                seconds.setdefault(f, set()).add(tuple(second.split()))  # أطلق … النار and أطلق … الرصاص
                infos[f] = _info(r)
    return {f: (frozenset(words), infos[f]) for f, words in seconds.items()}


def _ends_here(tokens: Sequence[Token], j: int, words: tuple[str, ...], after: int) -> bool:
    """The words after a gap end at token ``j`` (its last word in any clitic reading, the others as
    written), with at least one word between them and the first word at ``after``."""
    start = j - len(words) + 1
    return (start > after + 1 and words[-1] in tokens[j].variants
            and all(tokens[start + n].norm == w for n, w in enumerate(words[:-1])))


@cache
def _pos_words(pos: str) -> frozenset[str]:
    """The normalized forms of the lexicon's rows of one part of speech (verb, single); a gapped form
    both joined and as its first word (أطلق النار، أطلق)."""
    return frozenset(w for r in _trigger_rows() if r["pos"] == pos
                     for w in {normalize_word(_joined(r["form"])), normalize_word(r["form"].split(_GAP)[0].strip())})


def finite_verb(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """True when the event word is a finite verb ("قصفت"، "وسيطروا"), not its verbal noun (القتل، بقتل)."""
    if not 0 <= trigger.token < len(tokens):
        return False
    return _finite(*_written_forms(trigger, tokens))


def tells_happening(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """True when the event word reports that something happened rather than naming a kind of
    violence ("التفجيرات"، "القتل والخطف" in an op-ed): a finite verb ("قصفت"، "وسيطروا"; behind the
    article or a preposition, القتل، بقتل، لتحرير, the form is a verbal noun) or a singular noun for one
    happening or device without the article ("انفجار"، "بسيارة مفخخة")."""
    if not 0 <= trigger.token < len(tokens):
        return False
    tok, whole, form = _written_forms(trigger, tokens)
    if _finite(tok, whole, form):
        return True
    singles = _pos_words("single")
    if whole in singles and not tok.norm.startswith("ال"):
        return not in_construct(trigger, tokens)  # انفجار, not تفجير المسجد
    return "ال" not in tok.prefix and form in singles and not in_construct(trigger, tokens)  # بسيارة مفخخة، وانفجار


def _written_forms(trigger: TriggerMention, tokens: Sequence[Token]) -> tuple[Token, str, str]:
    """The event word's first token, the word as written and its stem, each with the words after it."""
    tok = tokens[trigger.token]
    rest = " ".join(normalize_word(trigger.text).split()[1:])
    return tok, f"{tok.norm} {rest}".strip(), f"{tok.stem} {rest}".strip()


def _finite(tok: Token, whole: str, form: str) -> bool:
    verbs = _pos_words("verb")
    if whole in verbs:
        return True  # the word as written (لقي حتفه، فجر): no clitic to read
    return ("ال" not in tok.prefix and form in verbs
            and tok.prefix.rstrip("وف")[-1:] not in ("ب", "ل", "ك"))  # وسيطروا, but not بقتل، لتحرير


def in_construct(trigger: TriggerMention, tokens: Sequence[Token]) -> bool:
    """A singular noun made definite by the definite noun after it (تفجير المسجد، حادث تفجير مسجد
    الطوارئ is told as "تفجير مسجد" + "الطوارئ" one word later): it names an event already known, as
    التفجير does, rather than telling of one."""
    k = trigger.token + len(trigger.text.split())
    return any(k + j < len(tokens) and "ال" in tokens[k + j].prefix for j in (0, 1)) and not (
        k < len(tokens) and tokens[k].norm[:1].isdigit())


@cache
def _cue_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher((r["form"], r["cue"]) for r in read_tsv("cues.tsv"))


def could_have_events(nt: NormalizedText) -> bool:
    """False when the text holds no event word, so no event can be extracted from it."""
    return _trigger_matcher().could_match(nt.text, nt.encoded)


def event_sentence_ranges(nt: NormalizedText, sentences: Sequence[tuple[int, int]] | None = None
                          ) -> list[tuple[int, int]]:
    """The normalized spans of the sentences that hold an event word (``sentences``: the text's
    sentence spans when the caller has them, as :func:`rasd.text.segment.sentence_ranges` gives)."""
    return _trigger_matcher().matching_ranges(nt.text, sentence_ranges(nt) if sentences is None else sentences)


def could_find_triggers(nt: NormalizedText, ranges: Sequence[tuple[int, int]]) -> bool:
    """False when ``find_triggers`` would find nothing in the tokens of the normalized ``ranges``:
    checked on the ranges' Arabic words (``PhraseMatcher.arabic_runs``) without tokenizing them.

    ``could_have_events`` passes a sentence where a word is any first word of an event phrase, and
    one in four articles it passes holds none of the phrases (الأعمال for أعمال شغب، عملية for عملية
    عسكرية). Here a first word of longer phrases counts only with one of their second words right
    after it, and a gapped form's first word (أطلق … النار) only with its last word within reach.
    Exact: see ``PhraseMatcher.could_find``; a gapped form is found only at a token of one of its
    written forms with its last word at most ``_GAP_REACH + 1`` tokens on, hence runs on.
    """
    matcher = _trigger_matcher()
    runs = matcher.arabic_runs(nt.text, ranges)
    if matcher.could_find(runs):
        return True
    gapped = _gapped_last_words()
    for k in compress(count(), map(gapped.__contains__, runs)):
        last = gapped[runs[k]]
        if any(not last.isdisjoint(readings_of(w)) for w in runs[k + 1 : k + 2 + _GAP_REACH]):
            return True
    return False


@cache
def _gapped_last_words() -> dict[str | bytes, frozenset[str]]:
    """The written forms of the gapped forms' first words (str and code page 1256 bytes) -> the last
    words after their gap."""
    out: dict[str | bytes, frozenset[str]] = {}
    for form, (seconds, _) in _gapped_forms().items():
        last = frozenset(words[-1] for words in seconds)
        out[form] = last
        try:
            out[form.encode("cp1256")] = last
        except UnicodeEncodeError:
            pass
    return out


def find_triggers(nt: NormalizedText, tokens: Sequence[Token]) -> list[TriggerMention]:
    """Event words in the text, longest match first, in order."""
    original = nt.original
    found = [
        TriggerMention(m.start, m.end, original[m.start : m.end], *m.payload[:4], token=m.first,
                       strong=m.payload[4], counted=m.payload[5], device=m.payload[6])
        for m in _trigger_matcher().find(tokens)
    ]
    found = [t for t in found if not _at_dawn(t, tokens)]
    gapped = _gapped_triggers(nt, tokens, found)
    if not gapped:
        return found
    longer = {t.token for t in gapped}  # فجر الانتحاري نفسه: the gapped form, not فجر alone
    return sorted([*(t for t in found if t.token not in longer), *gapped], key=_START)


def _at_dawn(t: TriggerMention, tokens: Sequence[Token]) -> bool:
    """فجر standing alone before a word with ب, a day word or a stop is the time, not the verb, which takes its
    object (فجر عبوة، فجر نفسه): قاموا بتنفيذ هجوم ... فجر بسلاح الكلاشنيكوف، فجر اليوم، فجر، (at dawn)."""
    tok = tokens[t.token]
    if tok.norm != "فجر" or t.end != tok.end or t.token + 1 >= len(tokens):
        return False
    nxt = tokens[t.token + 1]
    if t.token and _bare(tokens[t.token - 1].norm) in _TIME_BEFORE:
        return True  # عند فجر، قبيل فجر، صلاة فجر: no verb follows these
    if nxt.norm in _THIS and t.token + 2 < len(tokens) and _a_day(tokens[t.token + 2]):
        return True  # من فجر هذا اليوم
    return nxt.prefix.startswith("ب") or _a_day(nxt) or nxt.norm in _GAP_STOPS


def _bare(norm: str) -> str:
    """A normalized word without its conjunction و or ف (وعند: عند), unless it is one of ``_TIME_BEFORE`` as it
    stands (وقت)."""
    return norm[1:] if norm[:1] in ("و", "ف") and norm not in _TIME_BEFORE else norm


def _a_day(tok: Token) -> bool:
    """A day word after فجر (اليوم، أمس، الخميس with its article)."""
    return tok.stem in _DAY_AFTER or (tok.stem in _WEEKDAYS and tok.prefix.endswith("ال"))


_START = attrgetter("start")
_NORM = attrgetter("norm")


def _gapped_triggers(nt: NormalizedText, tokens: Sequence[Token], found: Sequence[TriggerMention]
                     ) -> list[TriggerMention]:
    """The first words of gapped forms whose second word follows a few words on, in the same clause
    (أطلق مسلحون مجهولون النار على: the verb, with the shooting's payload). Where the words stand together
    the matcher has found them already."""
    forms = _gapped_forms()
    out = []
    found_at = {t.token: t for t in found}
    for i in compress(count(), map(forms.__contains__, map(_NORM, tokens))):
        before = [t.stem for t in tokens[max(i - 2, 0):i] if t.norm not in _QUOTES]
        if (before and before[-1] in _NAMED_BY) or (i + 1 < len(tokens) and tokens[i + 1].stem in _DAY_AFTER):
            continue  # حركة فتح، حركة «فتح»: the movement, not "opened"; فجر اليوم نفسه: dawn
        seconds, info = forms[tokens[i].norm]
        here = found_at.get(i)
        if here is not None and (here.end > tokens[i].end or here.sub_event_type == info[2]):
            continue  # found already, as a phrase (فجر نفسه) or as a word of the same kind (طائرات)
        for j in range(i + 1, min(i + 2 + _GAP_REACH, len(tokens))):
            if tokens[j].norm in _GAP_STOPS:
                break
            if any(_ends_here(tokens, j, words, i) for words in seconds):
                if tokens[j - 1].stem in _OTHER_FIRE:
                    break  # فتحت تحقيقا في حادث إطلاق النار، إشعال النار: another noun's fire
                tok = tokens[i]
                out.append(TriggerMention(tok.start, tok.end, nt.original[tok.start:tok.end], *info[:4], token=i,
                                          strong=info[4], counted=info[5], device=info[6]))
                break
    return out


def find_cues(nt: NormalizedText, tokens: Sequence[Token]) -> list[CueMention]:
    """Attribution, negation, modality and other reading cues, in order."""
    original = nt.original
    return [
        CueMention(m.start, m.end, original[m.start : m.end], m.payload, m.first)
        for m in _cue_matcher().find(tokens)
    ]
