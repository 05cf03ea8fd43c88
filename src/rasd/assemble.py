"""Mentions -> events inside one article.

The article is cut into clauses (sentences, split again at clause connectors such as فيما، بينما،
في حين). Each clause's event words, read with the cues around them, propose candidate events;
candidates that tell the same incident (same type, compatible place and date, or an anaphoric
"الهجوم") are merged, and each event takes its fields from the closest fitting mentions: its own
clause first, then its sentence, then the incident's other sentences, then the article.

What never becomes an event: event words under a negation or a prevention verb (لم، منعت، أحبط),
in a plan or threat (من المقرر، سيتم، هدد), in an overflight (تحليق), describing a facility
(مراكز الاعتقال), or in a clause dated long before publication (historical references).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from rasd.model import (
    ActorMention,
    CueMention,
    PlaceMention,
    Quantity,
    Sentence,
    TimeRef,
    Token,
    TriggerMention,
)

__all__ = ["Candidate", "Clause", "assemble", "split_clauses"]

TERRITORY = "territory"
"""Provisional sub-type of a Battles event that takes ground; who took it decides the ACLED sub-type."""

HISTORY_DAYS = 45
"""An event word in a clause dated more than this many days before publication is history."""

_CONNECTORS = frozenset({"فيما", "بينما", "حين", "وسط", "عقب", "بعدما", "كما", "اضافه", "بالاضافه"})
_FACILITY_NOUNS = frozenset({"مركز", "مراكز", "سجن", "سجون", "معتقل", "مخيم", "مخيمات", "مكان", "اماكن"})
_BLOCKING_CUES = frozenset({"future", "threat", "hypothetical"})
_CIVILIAN_WORDS = frozenset({
    "مدني", "مدنيا", "مدنيين", "مدنيون", "المدنيين", "مدنيان", "طفل", "طفلا", "اطفال", "الاطفال", "طفلان", "طفلين",
    "امراتان", "امراتين", "طفله", "طفلتان", "طفلتين",
    "امراه", "نساء", "مواطن", "مواطنا", "مواطنين", "اهالي", "الاهالي", "سكان", "شخص", "شخصا", "اشخاص",
    "شخصين", "شخصان", "صحفي", "صحفيا", "صحفيين", "طالب", "طلاب", "عامل", "عمال", "لاجئ", "لاجئين",
    "نازحين", "مصلين", "المصلين", "رجل", "رجال", "فتاه", "شاب", "شابا", "شبان",
})
_SEVERITY = {"Excessive force against protesters": 3, "Protest with intervention": 2, "Mob violence": 2}
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
    sources: list[str] = field(default_factory=list)
    contested: bool = False
    weak: bool = False  # proposed by casualty words alone


def split_clauses(sentences: Sequence[Sentence], tokens: Sequence[Token]) -> list[Clause]:
    """Sentences cut at clause connectors (، فيما / بينما / في حين / كما ...)."""
    clauses: list[Clause] = []
    starts = [t.start for t in tokens]
    for si, s in enumerate(sentences):
        lo = bisect_right(starts, s.start - 1)
        hi = bisect_right(starts, s.end - 1)
        begin = lo
        for k in range(lo + 1, hi):
            tok = tokens[k]
            stem = tok.norm if tok.norm in _CONNECTORS else tok.stem
            if stem in _CONNECTORS and (tokens[k - 1].norm in ("،", ",", "في") or tok.norm in _CONNECTORS):
                cut = k - 1 if tokens[k - 1].norm == "في" else k
                if cut > begin:
                    clauses.append(Clause(tokens[begin].start, tokens[cut - 1].end, si, begin, cut))
                    begin = cut
        if hi > begin:
            clauses.append(Clause(tokens[begin].start, tokens[hi - 1].end, si, begin, hi))
    return clauses


def _by_clause(items: Sequence, clauses: Sequence[Clause]) -> list[list]:
    starts = [c.start for c in clauses]
    out: list[list] = [[] for _ in clauses]
    for item in items:
        k = bisect_right(starts, item.start) - 1
        if 0 <= k < len(clauses) and item.start < clauses[k].end:
            out[k].append(item)
    return out


def _blocked(trigger: TriggerMention, cues: Sequence[CueMention], tokens: Sequence[Token]) -> bool:
    """True when the clause's cues say the event word does not report a happening."""
    for cue in cues:
        if cue.cue in ("negation", "denial") and 0 < trigger.token - cue.token <= 3:
            return True
        if cue.cue in _BLOCKING_CUES and cue.token < trigger.token:
            return True
        if cue.cue == "overflight" and trigger.sub_event_type == "Air/drone strike":
            return True
        if cue.cue == "statement" and cue.token < trigger.token:
            return True  # أدان / رحب / وصف ... : a statement about an event, not the report of one
        if cue.cue == "statement" and "حادث" in cue.text:
            return True  # حادث سير: an accident
    prev = trigger.token - 1
    return prev >= 0 and tokens[prev].stem in _FACILITY_NOUNS and trigger.role in ("event", "count")


def _is_history(dates: Sequence[TimeRef], published: date | None) -> bool:
    if published is None:
        return False
    limit = published - timedelta(days=HISTORY_DAYS)
    return any(d.date is not None and (d.date_end or d.date) < limit for d in dates)


def _names_old_year(quantities: Sequence[Quantity], published: date | None) -> bool:
    """A clause that names a year before last year is about the past ("1951 - اغتيال الملك")."""
    return published is not None and any(
        q.kind == "year" and isinstance(q.value, int) and q.value < published.year - 1 for q in quantities)


def _is_future(dates: Sequence[TimeRef]) -> bool:
    return bool(dates) and all(d.direction == "future" for d in dates)


def propose(
    clause_index: int,
    triggers: Sequence[TriggerMention],
    actors: Sequence[ActorMention],
) -> list[Candidate]:
    """Candidate events of one clause from its (unblocked) event words."""
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
    if explosive:
        subs = {w.sub_event_type for w in explosive}
        sub = next(s for s in _WEAPON_PRIORITY if s in subs)
        if sub == "Shelling/artillery/missile attack" and battle_words:
            pass  # fighting with heavy weapons: the clash is the event
        else:
            add("Explosions/Remote violence", sub, explosive + attacks)
    for e in sorted(events, key=lambda t: -_SEVERITY.get(t.sub_event_type or "", 0)):
        if e.event_type and e.sub_event_type:
            if e.event_type in ("Protests", "Riots") and any(c.event_type == e.event_type for c in out):
                out[[c.event_type for c in out].index(e.event_type)].triggers.append(e)
                continue  # one demonstration, coded by the strongest thing that happened to it
            add(e.event_type, e.sub_event_type, [e])
    if seizes and not out:
        sub = next((s.sub_event_type for s in seizes if s.sub_event_type), TERRITORY)
        add("Battles", sub, list(seizes))
    if attacks and not out:
        add("", "", list(attacks) + [w for w in weapons if w.event_type == "Violence against civilians"])
    if not out and counts and any(c.kind in ("killed", "injured") for c in counts) and actors:
        add("", "", list(counts), weak=True)
    return out


def assign_roles(cand: Candidate, actors: Sequence[ActorMention], tokens: Sequence[Token]) -> None:
    """Split the clause's actors into attackers (acting side) and targets (acted upon)."""
    if not actors:
        return
    anchor = min(t.token for t in cand.triggers) if cand.triggers else 0
    for a in actors:
        if a.role != "actor" or a.actor is None:
            continue
        k = _token_at(tokens, a.start)
        before = tokens[k - 1].stem if k > 0 else ""
        between = {t.norm for t in tokens[anchor + 1 : k]} if k > anchor else set()
        affiliation = before == "من" and k > 1 and (
            tokens[k - 2].norm[:1].isdigit() or tokens[k - 2].stem in _PEOPLE_NOUNS
        )
        if before in ("علي", "ضد", "باتجاه", "استهدف", "استهدفت") or between & {"علي", "ضد"} or affiliation:
            cand.targets.append(a)  # هجوم على X، القبض على 100 عنصر من X
        elif k > anchor and k - anchor <= 4:
            cand.attackers.append(a)  # هجوم عناصر داعش، قصف قوات النظام، غارة للتحالف
        elif before in ("من", "برصاص", "قبل") and k > anchor:
            cand.attackers.append(a)
        else:
            cand.others.append(a)


def _token_at(tokens: Sequence[Token], offset: int) -> int:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)


_KIND_EVENT_TYPES = {
    "arrested": ("Strategic developments", "Arrests"),
    "escaped": ("Strategic developments", "Other"),
    "kidnapped": ("Violence against civilians", "Abduction/forced disappearance"),
    "missing": ("Violence against civilians", "Abduction/forced disappearance"),
}
_VIOLENT = frozenset({"", "Battles", "Explosions/Remote violence", "Violence against civilians"})
_SUBSET_WORDS = frozenset({"بينهم", "بينهن", "منهم", "منهن", "بينها"})
_SOURCE_STOPS = frozenset({
    "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "في", "علي", "عن", "الي", "،", ",", ".", ":", "ل", "من",
    "مقتل", "اصابه", "الا", "لكن", "نقلا", "ما",
})
_PEOPLE_NOUNS = frozenset({
    "عنصر", "عنصرا", "عناصر", "مقاتل", "مقاتلا", "مقاتلين", "مسلح", "مسلحا", "مسلحين", "جندي", "جنديا", "جنود",
    "شخص", "شخصا", "اشخاص", "قياديا", "قيادي", "قياديين", "افراد", "فردا", "منتسبي", "معتقلين", "سجين", "سجينا",
})
_SIDE_NOUNS = frozenset({"قوات", "عناصر", "مقاتلي", "مسلحي", "جنود", "صفوف", "افراد", "منتسبي"})


def _count_kind(q: Quantity, triggers: Sequence[TriggerMention], tokens: Sequence[Token]) -> str | None:
    """What a number in a clause counts: the casualty or arrest word nearest to it. A number that
    counts shells, strikes or attacks (300 قذيفة، 6 غارات) is not a count of people."""
    if q.counted_start is not None:
        for t in triggers:
            if t.start == q.counted_start and t.kind:
                return t.kind  # 65 قتيلاً، 3 جرحى
            if t.start == q.counted_start and t.role in ("weapon", "attack", "event"):
                return None
    qi = _token_at(tokens, q.start)
    best: tuple[int, str] | None = None
    for t in triggers:
        if not t.kind or (t.kind == "detained" and t.token > qi + 6):
            continue
        distance = qi - t.token if t.token < qi else 2 * (t.token - qi)  # words before count first
        if distance <= 12 and (best is None or distance < best[0]):
            best = (distance, t.kind)
    return best[1] if best else None


def _count_scope(q: Quantity, tokens: Sequence[Token], actors: Sequence[ActorMention]) -> str | None:
    """Whose figure: civilians, total (بين الطرفين) or the side named after it (من قوات X)."""
    if q.counted and _civilian(q.counted):
        return "civilians"
    k = _token_at(tokens, q.counted_end if q.counted_end is not None else q.end) + 1
    window = tokens[k : k + 5]
    stems = [t.stem for t in window]
    if "طرفين" in stems or "جانبين" in stems:
        return "total"
    for i, t in enumerate(window[:-1]):
        if t.norm == "من" and window[i + 1].stem in _SIDE_NOUNS | {"قواته", "قواتها", "عناصره", "عناصرها"}:
            nxt = window[i + 1]
            named = [a for a in actors if a.start >= nxt.start and a.start - nxt.end <= 12 and a.actor]
            if named:
                return f"side:{named[0].actor.id}"
            if nxt.norm.endswith(("ها", "ه", "هم")):  # من قواتها: the subject's side
                before = [a for a in actors if a.end <= q.start and a.actor]
                if before:
                    return f"side:{before[0].actor.id}"
    return None


def _civilian(surface: str) -> bool:
    from rasd.text.normalize import normalize_word
    from rasd.text.segment import analyze_clitics

    word = normalize_word(surface)
    return any(v in _CIVILIAN_WORDS for v in analyze_clitics(word)[2])


def _source_phrase(cue: CueMention, tokens: Sequence[Token], actors: Sequence[ActorMention]) -> str | None:
    """Who an attribution cue names: the actor right after it, or its next few words (a source
    word such as مصادر or ناشطون names the source itself, with the words that qualify it)."""
    for a in actors:
        if 0 <= a.start - cue.end <= 2:
            return a.actor.name_en if a.actor else a.text
    k = cue.token + len(cue.text.split())
    words: list[str] = [cue.text] if cue.cue == "source" else []
    for t in tokens[k : k + 6]:
        if t.norm in ('"', "'"):
            continue  # quotes around a name
        if t.norm in _SOURCE_STOPS or not t.norm[0].isalnum() or len(words) == 4:
            break
        words.append(t.text)
    return " ".join(words) or None


def _sources(cues: Sequence[CueMention], tokens: Sequence[Token], actors: Sequence[ActorMention]) -> list[str]:
    """The distinct sources a sentence cites (بحسب مصادر محلية and مصادر محلية are one)."""
    out: list[str] = []
    for c in cues:
        if c.cue in ("attribution", "source"):
            phrase = _source_phrase(c, tokens, actors)
            if phrase and not any(phrase in s or s in phrase for s in out):
                out.append(phrase)
    return out


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
    clauses = split_clauses(sentences, tokens)
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
    for ci, clause in enumerate(clauses):
        same_sentence = clauses_of[clause.sentence]
        clause_dates = [d for d in date_c[ci] if d.date is not None or d.direction == "future"]
        if _is_history(clause_dates, published) or _is_future(clause_dates) or _names_old_year(qty_c[ci], published):
            continue
        live = [t for t in trig_c[ci] if not _blocked(t, cue_c[ci], tokens)]
        sentence_cues = [c for k in same_sentence for c in cue_c[k]]
        sentence_actors = [a for k in same_sentence for a in (*actor_c[k], *person_c[k])]
        if live and not any(t.strong for t in live) and not _corroborated(same_sentence, trig_c, actor_c):
            live = []  # only words that are common in other senses, and nothing else says conflict
        sources = _sources(sentence_cues, tokens, sentence_actors)
        candidates = propose(ci, live, actor_c[ci])
        for cand in candidates:
            assign_roles(cand, actor_c[ci], tokens)
            cand.dates = clause_dates or [d for k in same_sentence for d in date_c[k]
                                          if d.date is not None and not _is_history([d], published)]
            cand.places = place_c[ci] or [p for k in same_sentence for p in place_c[k]]
            cand.sources = sources
            cand.contested = any(c.cue == "dispute" and c.start > min(t.start for t in cand.triggers)
                                 for c in sentence_cues)
        last_kind: str | None = None
        for q in qty_c[ci]:
            if q.kind != "count" or (q.value is None and q.qualifier != "vague"):
                continue
            qi = _token_at(tokens, q.start)
            subset = qi > 0 and tokens[qi - 1].norm in _SUBSET_WORDS  # قتل ثلاثة، بينهم طفلان
            kind = last_kind if subset and last_kind else _count_kind(q, live, tokens)
            last_kind = kind
            if kind is None:
                continue
            entry = (kind, q, _count_scope(q, tokens, sentence_actors), sources[0] if sources else None)
            home = _home_for_count(kind, candidates) or _home_for_count(kind, events[::-1])
            if home is None and kind in _KIND_EVENT_TYPES and live:
                own = [t for t in live if t.kind == kind][:1] or live[:1]
                home = Candidate(*_KIND_EVENT_TYPES[kind], ci, own)
                home.dates = clause_dates
                home.places = place_c[ci]
                candidates.append(home)
            if home is not None:
                home.counts.append(entry)
        for cand in candidates:
            target = _merge_target(cand, events, tokens)
            if target is None:
                events.append(cand)
            else:
                _absorb(target, cand)
    return [e for e in events if not (e.weak and e.event_type == "")
            and (e.places or e.attackers or e.targets or e.others)]  # nothing to say where or who: not codable


def _corroborated(clauses: Sequence[int], trig_c: Sequence[list], actor_c: Sequence[list]) -> bool:
    """The sentence says conflict beyond a polysemous word: a strong event word or an armed actor."""
    for k in clauses:
        if any(t.strong for t in trig_c[k]):
            return True
        if any(a.actor is not None and a.role == "actor" and a.actor.inter not in ("Civilians",)
               for a in actor_c[k]):
            return True
    return False


def _home_for_count(kind: str, candidates: Sequence[Candidate]) -> Candidate | None:
    for c in candidates:
        if kind in ("killed", "injured") and c.event_type in _VIOLENT:
            return c
        if kind in _KIND_EVENT_TYPES and (c.event_type, c.sub_event_type) == _KIND_EVENT_TYPES[kind]:
            return c
        if kind == "escaped" and c.sub_event_type == "Arrests":
            return c
        if kind in ("detained", "displaced") and c.event_type:
            return c
    return None


def _merge_target(cand: Candidate, events: Sequence[Candidate], tokens: Sequence[Token]) -> Candidate | None:
    """The earlier event this candidate tells again, if any (most recent first)."""
    for e in reversed(events):
        generic = cand.event_type == "" or e.event_type == ""
        if generic and (TERRITORY in (e.sub_event_type, cand.sub_event_type) or "territory" in e.sub_event_type):
            continue  # "الهجوم" refers to an attack, not to a change of control
        if generic:
            if not ({cand.event_type, e.event_type} <= _VIOLENT):
                continue
            explosion = e.event_type == "Explosions/Remote violence"
            if cand.event_type == "" and explosion and not _anaphoric(cand, tokens):
                continue
        elif cand.event_type != e.event_type or (
            cand.sub_event_type and e.sub_event_type and cand.sub_event_type != e.sub_event_type
        ):
            continue
        if _places_conflict(cand.places, e.places) or _dates_conflict(cand.dates, e.dates):
            continue
        return e
    return None


def _anaphoric(cand: Candidate, tokens: Sequence[Token]) -> bool:
    """The event word refers back (الهجوم، هذا الهجوم، العملية)."""
    for t in cand.triggers:
        tok = tokens[t.token]
        if tok.prefix.endswith("ال") or (t.token > 0 and tokens[t.token - 1].norm in ("هذا", "هذه")):
            return True
    return False


def _places_conflict(a: Sequence[PlaceMention], b: Sequence[PlaceMention]) -> bool:
    ids_a = {p.place.id for p in a if p.place and p.geo_precision == 1}
    ids_b = {p.place.id for p in b if p.place and p.geo_precision == 1}
    if not ids_a or not ids_b or ids_a & ids_b:
        return False
    units_a = {(p.place.country, p.place.admin1) for p in a if p.place}
    units_b = {(p.place.country, p.place.admin1) for p in b if p.place}
    return not (units_a & units_b)


def _dates_conflict(a: Sequence[TimeRef], b: Sequence[TimeRef]) -> bool:
    da = [d.date for d in a if d.date and d.precision == 1]
    db = [d.date for d in b if d.date and d.precision == 1]
    return bool(da and db) and min(abs((x - y).days) for x in da for y in db) > 1


def _absorb(target: Candidate, cand: Candidate) -> None:
    if target.event_type == "" and cand.event_type:
        target.event_type, target.sub_event_type = cand.event_type, cand.sub_event_type
    elif not target.sub_event_type and cand.sub_event_type and target.event_type == cand.event_type:
        target.sub_event_type = cand.sub_event_type
    target.triggers += cand.triggers
    target.counts += cand.counts
    target.dates = target.dates or cand.dates
    target.places = target.places or cand.places
    target.attackers += cand.attackers
    target.targets += cand.targets
    target.others += cand.others
    target.sources += [s for s in cand.sources if s not in target.sources]
    target.contested = target.contested or cand.contested
    target.weak = target.weak and cand.weak
