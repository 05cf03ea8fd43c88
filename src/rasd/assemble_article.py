"""Article-level readings for the assembly of events (rasd.assemble).

- **Names are not events.** An event word that is part of an armed group's name ("فجر ليبيا"،
  Libya Dawn) names no detonation, and a town in a group's name ("مجلس شورى مجاهدي درنة"،
  "أنصار بيت المقدس") is not where the event happened. Force words at the head of an actor
  (مقاتلات تركية، طيران التحالف) stay event words.
- **The lead.** A news report tells its main incident in its first sentence. When the lead tells
  no incident (an op-ed, an analysis, a statement, a visit, a trial), a later sentence's event
  word counts only when the event is told with a date of its own or a figure: "وأضاف أن المقاومة
  تقدمت" in an interview is commentary, "قتل 3 أمس في ..." is news.
- **Pronoun counts.** A death, injury, arrest or abduction told with a pronoun (مقتله، مصرعها،
  اعتقاله، إصابته، اغتياله) is one person's: a count of 1 where the event has no figure of that kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from rasd.model import ActorMention, PlaceMention, Quantity, Sentence, Token, TriggerMention
from rasd.text.normalize import normalize_word
from rasd.text.segment import stems

__all__ = ["LEAD_MIN_CHARS", "lead_sentence", "outside_names", "pronoun_counts", "triggers_outside_names"]

LEAD_MIN_CHARS = 60
"""A lead is a sentence of some length: a byline ("عين اليوم – متابعات") or a dateline is not one."""

_NAME_ACTORS = frozenset({"Rebel group", "Political militia", "Identity militia"})
_ATTEMPT_WORDS = frozenset({"محاوله", "لمحاوله", "بمحاوله", "ومحاوله"})
_SINGULAR_SUFFIXES = ("ه", "ها")
_PLURAL_SUFFIXES = ("هم", "هما", "هن")


@cache
def _force_words() -> frozenset[str]:
    """Words that head an actor mention as the force acting (طيران، مقاتلات، قوات، عناصر)."""
    from rasd.recognize.lexicon import read_tsv

    out: set[str] = set()
    for row in read_tsv("actor_cues.tsv"):
        if row["kind"] in ("span_cue", "member_cue", "force_noun"):
            out.update(normalize_word(w) for w in row["words"].split("|") if w)
    return frozenset(out)


def _named(mention: ActorMention) -> bool:
    return mention.role == "actor" and mention.actor is not None


def triggers_outside_names(triggers: Sequence[TriggerMention], actors: Sequence[ActorMention],
                           tokens: Sequence[Token]) -> list[TriggerMention]:
    """The event words that are not part of an actor's name (فجر ليبيا). A word that is the whole
    mention ("المحتجين": the crowd and its protest) stays."""
    names = [a for a in actors if _named(a)]
    if not names:
        return list(triggers)
    forces = _force_words()
    out = []
    for t in triggers:
        inside = any(a.start <= t.start and t.end <= a.end and (a.start, a.end) != (t.start, t.end) for a in names)
        if inside and 0 <= t.token < len(tokens) and tokens[t.token].stem not in forces \
                and tokens[t.token].norm not in forces:
            continue
        out.append(t)
    return out


def outside_names(places: Sequence[PlaceMention], actors: Sequence[ActorMention]) -> list[PlaceMention]:
    """The places that are not part of a non-state group's name (مجاهدي درنة، أنصار بيت المقدس)."""
    names = [a for a in actors if _named(a) and a.actor.inter in _NAME_ACTORS]  # type: ignore[union-attr]
    return [p for p in places if not any(a.start <= p.start and p.end <= a.end for a in names)]


def lead_sentence(sentences: Sequence[Sentence]) -> int | None:
    """The index of the article's lead: its first sentence of some length."""
    for k, s in enumerate(sentences):
        if s.end - s.start >= LEAD_MIN_CHARS:
            return k
    return None


def pronoun_counts(triggers: Sequence[TriggerMention], counted_kinds: set[str],
                   tokens: Sequence[Token]) -> list[tuple[str, Quantity]]:
    """One person's count for each kind an event tells only with a pronoun (مقتله، اعتقالها):
    (kind, quantity) pairs whose quantity spans the event word itself."""
    out: list[tuple[str, Quantity]] = []
    for t in triggers:
        if not t.kind or t.kind in counted_kinds:
            continue
        if not (_tells_one_death(t) or _one_martyr(t, tokens) or _one_by_its_pronoun(t, tokens)):
            continue
        counted_kinds.add(t.kind)
        out.append((t.kind, Quantity(t.start, t.end, t.text, 1, "exact", "count")))
    return out


def _one_by_its_pronoun(t: TriggerMention, tokens: Sequence[Token]) -> bool:
    """The event word tells of one person by its pronoun suffix (مقتله، لقي مصرعه، اعتقالها)."""
    word = normalize_word(t.text).split()[-1]  # لقي مصرعه: the pronoun is on the last word
    if word.endswith(_PLURAL_SUFFIXES) or not word.endswith(_SINGULAR_SUFFIXES):
        return False
    if t.token > 0 and tokens[t.token - 1].norm in _ATTEMPT_WORDS:
        return False  # محاولة اغتياله: an attempt, nobody killed
    if t.kind == "injured" and t.token > 0 and tokens[t.token - 1].norm in _BEFORE_DYING:
        return False  # استشهاد الرقيب بعد إصابته، متأثرا بإصابته: the wound he died of, no one more hurt
    if word.endswith("ها") and normalize_word(t.text).startswith("لقيت") and any(
            tok.norm.endswith("ات") or tok.stem in _BROKEN_PLURALS for tok in tokens[max(t.token - 2, 0):t.token]):
        return False  # قيادات كبيرة لقيت مصرعها: a plural, its subject, told with the feminine singular
    return _pronoun_form(word)


_BROKEN_PLURALS = frozenset(normalize_word(w) for w in (
    "عناصر", "قادة", "جنود", "رجال", "أفراد", "مسلحين", "مقاتلين", "ضحايا", "قتلى", "أطفال", "نساء"))
_STEMS = ("مقتل", "مصرع", "اغتيال", "اعتقال", "اختطاف", "اصابت", "خطف")
_BEFORE_DYING = frozenset(normalize_word(w) for w in ("بعد", "إثر", "اثر", "جراء", "متأثرا", "بسبب"))
_ONE_DIES = frozenset(normalize_word(w) for w in ("فارق الحياة", "فارقت الحياة"))
"""A singular verb of dying with no figure (فارق الحياة): one person died."""


def _one_martyr(t: TriggerMention, tokens: Sequence[Token]) -> bool:
    """استشهد، استشهدت with no figure: he (she) was killed, one person (الجندي خالد حمدي الذي استشهد أمس). Not
    before a plural subject, which a figure-less verb may lead (استشهد الجنود الثلاثة، استشهد عدد من الجنود)."""
    if normalize_word(t.text).removeprefix("و").removeprefix("ف") not in _MARTYRED:
        return False
    k = t.token + 1
    if k >= len(tokens):
        return True
    nxt = tokens[k]
    if nxt.norm.endswith(("ون", "ين", "ات")) or nxt.norm in _BROKEN_PLURALS or nxt.stem in _BROKEN_PLURALS:
        return False
    if nxt.prefix.startswith("ب") and nxt.stem in _SAYINGS:
        return False  # استشهد بقول الروائي: he quoted
    # استشهد وأصيب فيه عدد من منسوبي القوة: the subject, told after, is many
    return not any(tok.norm in _MANY or tok.norm[:1].isdigit() for tok in tokens[k:k + 5])


_MARTYRED = frozenset(normalize_word(w) for w in ("استشهد", "استشهدت"))
_MANY = frozenset(normalize_word(w) for w in ("عدد", "العشرات", "عشرات", "المئات", "مئات", "نخبة", "العديد"))
_SAYINGS = stems("قول", "مقولة", "كلام", "آية", "حديث", "بيت", "أبيات", "عبارة")


def _tells_one_death(t: TriggerMention) -> bool:
    """The event word tells of one person by its own form (فارق الحياة: he died)."""
    return normalize_word(t.text) in _ONE_DIES


def _pronoun_form(word: str) -> bool:
    """The word is an event noun with a pronoun suffix (مقتله، مصرعها، اصابته), not a noun that
    merely ends in ه (the folded ة of اصابة)."""
    for proclitic in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب"):
        if not word.startswith(proclitic):
            continue
        rest = word[len(proclitic):]
        for stem in _STEMS:
            if rest in (stem + "ه", stem + "ها"):
                return True
    return False
