"""The whole pipeline for one article: text layer -> mentions -> events -> ACLED-style records.

``Extractor`` loads the resources once (lexicons, gazetteer, actor dictionary) and is then safe to
share across threads and to use in worker processes; ``extract`` is a convenience over a shared
default Extractor.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from itertools import compress, count, pairwise
from operator import attrgetter, itemgetter
from typing import Any

from rasd.analysis import TextAnalysis, analyze_text
from rasd.assemble import BOMBINGS, GROUND_TAKEN, TERRITORY, Candidate, assemble, could_yield_events, fold_into
from rasd.assemble_article import outside_names
from rasd.assemble_counts import names_one, token_at
from rasd.gazetteer.index import load_gazetteer
from rasd.model import (
    Actor,
    ActorMention,
    Count,
    CueMention,
    Document,
    Event,
    Place,
    PlaceMention,
    Quantity,
    Span,
    TimeRef,
    Token,
    TriggerMention,
    event_notes,
)
from rasd.recognize.abroad import foreign_scene, named_units
from rasd.recognize.actors import find_actors, load_actors
from rasd.recognize.alliances import GENERIC_KINDS, load_alliances
from rasd.recognize.place_resolve import km_between
from rasd.recognize.places import BIG_CITY, find_places, name_matches
from rasd.recognize.quantities import find_quantities
from rasd.recognize.state_subjects import state_subjects
from rasd.recognize.triggers import (
    could_find_triggers,
    could_have_events,
    event_sentence_ranges,
    find_cues,
    find_triggers,
)
from rasd.text.normalize import normalize, normalize_word
from rasd.text.segment import tokenize

__all__ = ["ExtractionResult", "Extractor", "extract"]


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """One article's record: the document, its events and the mentions they came from."""

    document: Document
    language: str
    events: tuple[Event, ...]
    analysis: TextAnalysis
    places: tuple[PlaceMention, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    triggers: tuple[TriggerMention, ...] = ()
    cues: tuple[CueMention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON record ``rasd extract`` prints."""
        return {
            "document": {**self.document.to_dict(), "language": self.language},
            "events": [e.to_dict() for e in self.events],
        }

    def mentions_dict(self) -> dict[str, Any]:
        """Everything ``rasd inspect`` prints: the text layer plus places, actors, triggers, cues."""
        return {
            **self.analysis.to_dict(),
            "places": [p.to_dict() for p in self.places],
            "actors": [a.to_dict() for a in self.actors],
            "triggers": [t.to_dict() for t in self.triggers],
            "cues": [c.to_dict() for c in self.cues],
        }


class Extractor:
    """Extracts events from Arabic articles. Create once, reuse: resources load on first use."""

    def __init__(self, *, country: str | None = None) -> None:
        self.country = country  # ISO alpha-2 hint for articles whose country is known

    def extract(
        self,
        text: str,
        *,
        published: date | None = None,
        source: str | None = None,
        url: str | None = None,
        mentions: bool = False,
    ) -> ExtractionResult:
        """Extract the events of one article. ``mentions=True`` runs every recognizer even when
        the article holds no event word (for inspection)."""
        doc = Document(text, published=published, source=source, url=url)
        analysis = analyze_text(text, published=published)
        nt = analysis.normalized
        if analysis.language != "ar" or not (mentions or could_have_events(nt)):
            return ExtractionResult(doc, analysis.language, (), analysis)
        # Only sentences that hold an event word are tokenized (all of them for inspection): the
        # rest cannot propose an event, and tokens are the costliest part of the pipeline. The
        # sentences, quantities and dates of the text layer are computed only when read (by
        # assemble), so an article without an event word never pays for them.
        ranges = None if mentions else event_sentence_ranges(nt, analysis.sentence_ranges())
        if ranges is not None and not could_find_triggers(nt, ranges):
            return ExtractionResult(doc, analysis.language, (), analysis)  # as with no trigger found below
        names = name_matches(nt)
        if not mentions and not names and not _has_a_town_noun(nt.text):
            # (one article in six that gets this far) no gazetteer name and no town told by its country's
            # adjective: no place at all, so none located and no event (see the check below), whatever the
            # tokens hold; they are not read
            return ExtractionResult(doc, analysis.language, (), analysis)
        tokens = tokenize(nt, ranges)
        triggers = find_triggers(nt, tokens)
        if not mentions and not (triggers and could_yield_events(triggers, tokens=tokens)):
            return ExtractionResult(doc, analysis.language, (), analysis)
        found = find_places(nt, tokens=tokens, country=self.country or _adjective_country(tokens), names=names)
        places = [p for p in found
                  if not _names_its_government(p, found, text)  # بدأت أنقرة حملة: the state, no town
                  and not _inside_trigger(p, triggers)  # المسيلة للدموع: no town
                  and not _names_an_outlet(p, text)
                  and not _birthplace(p, text)
                  and not _place_of_mourning(p, text)
                  and not _way_of_travel(p, text)
                  and not _in_retaliation_for(p, text)
                  and not _in_solidarity_with(p, text)
                  and not _heads_a_list(p, text)
                  and not _names_a_venue(p, text)
                  and not _indefinite(p, text)
                  and not _nisba_after_a_noun(p, text)
                  and not _names_a_brigade(p, text)
                  and not _names_a_day(p, analysis)
                  and not _place_of_telling(p, text)
                  and not _speakers_office(p, found, text)
                  and not _where_the_speaker_is(p, found, triggers, text)
                  and not _launch_point(p, text)
                  and not _bordering(p, found, text)]
        places = sorted([*filter(None, (_miles_away(p, text, analysis) for p in places)),
                         *_unnamed_towns(tokens)], key=_START)
        main = _main_country(places)
        places = [_home_namesake(p, main, places) for p in places if not _neighbourhood_named_for_a_town(p, places)
                  and not _quarter_far_from_the_article(p, places, main, analysis)
                  and not _outside_its_province(p, places, text, main)
                  and not _outside_the_city_it_lies_from(p, places, text)
                  and not _abroad_in_a_list(p, places, text, main)]
        places, forces = state_subjects(places, tokens, published)  # شنت تركيا غارات: Turkey's forces
        if not mentions and not any(map(_located, places)):
            # Every event takes its place from these mentions, and an event without coordinates is
            # dropped: with none located there is no event, whatever the later stages find.
            return ExtractionResult(doc, analysis.language, (), analysis, tuple(places), (), tuple(triggers))
        country = self.country or _main_country(places)
        actors = find_actors(nt, tokens=tokens, country=country, published=published)
        if forces:
            actors = sorted([*actors, *forces], key=lambda a: a.start)
        actors = [a for a in _the_organization(actors, tokens) if not _a_destination(a, tokens)]
        if not mentions and not could_yield_events(triggers, actors, tokens):
            return ExtractionResult(doc, analysis.language, (), analysis, tuple(places), tuple(actors),
                                    tuple(triggers))
        cues = find_cues(nt, tokens)
        quantities = analysis.quantities if ranges is None else find_quantities(nt, ranges)
        candidates = assemble(
            tokens=tokens, sentences=analysis.sentences,
            quantities=[q for q in quantities if not _in_a_place_name(q, places)],
            dates=_outside_the_dateline(analysis.dates, text), actors=actors, triggers=triggers,
            places=[p for p in places if not _leads_a_side(p, actors, text)],
            cues=cues,
            published=published,
        )  # a country that leads a side (التحالف بقيادة السعودية) is no place of its events, nor tells them apart
        if not candidates:
            # (three articles in four that get this far): the fallback places and the opponents below only
            # serve the candidates' records, so the result is the one the loop below would give
            return ExtractionResult(doc, analysis.language, (), analysis, tuple(places), tuple(actors),
                                    tuple(triggers), tuple(cues))
        # The places an event may fall back on, the same for every event of the article: not a group's
        # name (أنصار بيت المقدس) and not the country across a border (الحدود مع السعودية).
        fallback = [p for p in outside_names(places, actors) if not _across_border(p, text)]
        fallback = [p for p in fallback if not _dateline(p, text)] or fallback  # واس- الرياض: filed there
        fallback = [p for p in fallback if not _leads_a_side(p, actors, text)] or fallback  # التحالف بقيادة السعودية
        fallback = [p for p in fallback if not _locates_another(p, fallback)] or fallback  # لحج شمال مدينة عدن
        fallback = _without_origins_and_goals(fallback, text)  # هربت باتجاه شقرة، تعزيزات من مكيراس
        opponents = _opponents(candidates, published)
        if _opinion_piece(nt.text):
            # a column or a sermon names the attack it is about without telling it: only what it dates is news
            candidates = [c if _event_day(c, doc, published, analysis)[2] else None for c in candidates]

        def record(i: int, c: Candidate) -> Event:
            return _to_event(c, i, doc, country, published, analysis, fallback, actors, opponents)

        kept: list[tuple[int, Candidate, Event]] = []
        same: dict[tuple, int] = {}
        for i, c in enumerate(candidates):
            if c is None:
                continue
            if _a_reports_findings(c):
                continue
            e = record(i, c)
            if (e.latitude is None  # ACLED codes an event only where it can place it
                    or (e.sub_event_type in _TERRITORY_SUBS and e.actor1 is None)  # "تمت السيطرة عليه": taken by whom?
                    or _of_an_earlier_month(e, published)):
                continue
            key = (e.event_type, _kind_of(e.sub_event_type), e.event_date, e.location, e.actor1, e.actor2)
            k = same.get(key)
            if k is None:  # a side acted upon left untold is none other (اعتقلت القوات ستة، واعتقلت ...)
                k = next((j for j, (_, _, f) in enumerate(kept) if key[:5] == (
                    f.event_type, _kind_of(f.sub_event_type), f.event_date, f.location, f.actor1)
                    and None in (e.actor2, f.actor2)), None)
            if k is not None and not c.separate and not (_counts_dead(e) and _counts_dead(kept[k][2])):
                # one type, sides, day and place told again without a toll of its own: one event, as ACLED
                # counts them (two tolls of one day and place may be two strikes, and an incident told as
                # another, كمين آخر، في حادث منفصل, is another: they stay apart)
                first_i, first = kept[k][:2]
                fold_into(first, c)
                kept[k] = (first_i, first, record(first_i, first))
                continue
            same.setdefault(key, len(kept))
            kept.append((i, c, e))
        events = tuple(e for _, _, e in kept)
        return ExtractionResult(doc, analysis.language, events, analysis, tuple(places), tuple(actors),
                                tuple(triggers), tuple(cues))


def _a_reports_findings(c: Candidate) -> bool:
    """What a rights group's report documents, dated only by the day the report came out (أعلنت منظمة هيومن رايتس
    واتش أمس أن قوات جيش جنوب السودان دهست مدنيين ... ونفذت أعمال اغتصاب): abuses over months, no event of that day."""
    return c.told_on and bool(c.sources) and all(any(w in s for w in _REPORTING_BODIES) for s in c.sources)


_REPORTING_BODIES = ("هيومن رايتس", "العفو الدولية", "أمنستي", "امنستي", "تقرير")  # (تقرير is in التقرير too)


def _kind_of(sub_event_type: str) -> str:
    """The sub-type as the rule of one event a day, place and sides reads it: a suicide bombing and a bomb told of
    one attack (هجوم انتحاري ... اقتحموا موقعا باستخدام جرار محمل بالمتفجرات) are one bombing."""
    return "bombing" if sub_event_type in BOMBINGS else sub_event_type


def _counts_dead(e: Event) -> bool:
    """The event counts dead of its own (a figure, or one named)."""
    return any(c.kind == "killed" and c.value for c in e.counts)


_TERRITORY_SUBS = GROUND_TAKEN | {"Non-violent transfer of territory"}
"""Ground changing hands: an event only when some side is named as taking or handing it over."""


_SEIZED_WHERE_TOLD = frozenset({"Arrests", "Disrupted weapons use"})
"""Arrests and seizures happen where the authorities that make them are (السلطات اليونانية ضبطت شحنة أسلحة في
طريقها إلى مصراتة: in Greece), not at the place the people or the goods came from or were bound for."""

_ATTACHED_DATE = 8
"""Characters between an event word and a date that is its own: a space, or a verb (هجوم وقع الشهر الماضي)."""


_OPINION_WORDS = ("نحن", "إننا", "أننا", "لأننا", "فإننا", "علينا", "لدينا", "لنا", "أعتقد", "أظن", "بلادنا", "وطننا",
                  "أبنائنا", "مجتمعنا", "شبابنا", "ديننا", "أمتنا", "نسأل الله", "قال تعالى", "رحمه الله",
                  "رحمهم الله")
_OPINION = re.compile("(?<![^\\W\\d])(?:" + "|".join(sorted({re.escape(normalize_word(w)) for w in _OPINION_WORDS},
                                                          key=len, reverse=True)) + ")(?![^\\W\\d])")
_OPINION_MARKS = 3
"""Distinct words of a writer speaking for himself and his people (نحن، علينا، بلادنا، أبنائنا) or of a
sermon (قال تعالى، رحمهم الله): with this many, the article is a column, a sermon or a reaction."""


def _opinion_piece(normalized: str) -> bool:
    """The article speaks in the first person or preaches (see ``_OPINION_MARKS``)."""
    seen: set[str] = set()
    for m in _OPINION.finditer(normalized):
        seen.add(m.group())
        if len(seen) >= _OPINION_MARKS:
            return True
    return False


_SINCE_BEFORE = re.compile(r"منذ\s*$")
_SINCE_OPENS = 3
"""A day right after منذ and this many days or more before publication (تتعرض لقصف منذ أول أيام العيد) opens a
period: it dates no other event of the article. A day just past (معارك منذ مساء الثلاثاء) is the fight's own."""

_AFTER_A_CAPTURE = re.compile(
    r"(?:^|\s)(?:بعد|عقب|منذ)\s+(?:ال)?(?:تحرير|سيطر[ةته]|طرد|استعاد[ةته]|سقوط)\S*(?:\s+[^\s،,.]+){0,3}\s*$")
"""A day that closes a capture named as a reference point (بعد تحريرها منهم الأسبوع الماضي، منذ سيطرة التنظيم عليها في
يونيو): the day of that capture, which dates no other event of the article."""

_RELATIVE_CLAUSE = re.compile(r"\s+(?:ال\S+\s+)?(?:الذي|التي|اللذين|اللتين|الذين)\s[^،,.؛:]{0,70}$")


def _in_its_relative_clause(d: TimeRef, t: TriggerMention, text: str) -> bool:
    """The date closes the relative clause that follows the event word, or its adjective (حادث التفجير الذي تعرض
    له مسجد الطوارئ بأبها أول من أمس، المجزرة المروعة التي ارتكبتها قوات الأسد أول من أمس): the event's own
    day, not that of the sentence's main verb (نقلت الطائرات أمس المصابين).
    So does the date that closes a relative clause whose verb is the event word (قرب مكان قتل فيه جندي تركي في
    اشتباكات مع داعش الشهر الماضي: the place was visited yesterday, the soldier was killed last month)."""
    if not 0 < d.start - t.end <= 90 or _ANOTHER_TIME.search(text, t.end, d.start) is not None:
        return False
    if d.precision == 1 and _RELATIVE_CLAUSE.match(text, t.end, d.start) is not None:
        return True
    opening = _RESUMING.search(text, max(0, t.start - 40), t.start)
    start = opening.start() if opening is not None else t.end
    return d.start - start <= 120 and _RESUMED.match(text, start, d.start) is not None


_RESUMED = re.compile(r"\s*(?:\S+\s+)?(?:فيه|فيها|فيهما|عليه|عليها)\s[^،,.؛:]{0,110}$")
"""An event verb with a pronoun that points back to the noun before it (مكان قتل فيه، الموقع الذي هوجم فيه):
the verb heads a relative clause, and a date that closes it is that verb's."""
_RESUMING = re.compile(r"\S+\s+(?:فيه|فيها|فيهما|عليه|عليها)\s[^،,.؛:]*$")
"""The verb and pronoun of such a clause told just before the event word (مكان قتل فيه جندي في اشتباكات)."""


_DAYS_AFTER = re.compile(r"(?:^|\s)و?غداة\s+$")
"""غداة X: on the morrow of X, so X came the day before the day the clause tells."""


def _days_after(d: TimeRef, triggers: Sequence[TriggerMention], text: str) -> int:
    """How many days before the clause's date ``d`` the event took place: 1 for أقيمت الجنازة أمس الثلاثاء غداة
    الهجوم, where an event word stands right after غداة in the date's sentence and the date is no other event
    word's own (هجوم وقع أمس); else 0. (بعد يومين من التفجير names an event told before: see _AFTER_WORDS.)"""
    if any(0 <= d.start - t.end <= _ATTACHED_DATE or _in_its_relative_clause(d, t, text) for t in triggers):
        return 0  # غداة المجزرة التي ارتكبتها القوات أول من أمس: the massacre's own day
    for t in triggers:
        m = _DAYS_AFTER.search(text, max(0, t.start - 30), t.start)
        a, b = sorted((t.start, d.start))
        if m is not None and not _SENTENCE_END.search(text, a, b):
            return 1
    return 0


_SENTENCE_END = re.compile(r"[.!?؟\n]")


_ANOTHER_TIME = re.compile(r"(?:^|\s)(?:بعد|قبل|منذ|إثر|اثر|عقب)\s")
"""A relative clause that tells another time (المتظاهرين الذين كانوا يدينون ... بعد الهجوم الذي وقع مطلع الأسبوع):
its date belongs to what it names there."""


def _of_an_earlier_month(e: Event, published: date | None) -> bool:
    """The event is dated only by a month or a year that ended before the month of publication
    ("بعد هجوم وقع الشهر الماضي"، "منذ ذلك الحين في يوليو"، "هذا العام"): background the article recalls or
    sums up, not the news it reports. A day or a week is kept (the history rule drops those far back)."""
    return (published is not None and e.time_precision == 3 and e.event_date is not None
            and e.event_date < published.replace(day=1).isoformat())


@cache
def _default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, *, published: date | None = None, source: str | None = None,
            url: str | None = None) -> tuple[Event, ...]:
    """The events of one article (see ``Extractor.extract`` for the full result)."""
    return _default_extractor().extract(text, published=published, source=source, url=url).events


def _inside_trigger(p: PlaceMention, triggers: list[TriggerMention]) -> bool:
    """True when the place's span lies inside an event word's. The triggers are sorted and do not
    overlap, so only the last one starting at or before the place can hold it."""
    k = bisect_right(triggers, p.start, key=_START) - 1
    return k >= 0 and p.end <= triggers[k].end


_START = attrgetter("start")


def _located(p: PlaceMention) -> bool:
    """The mention resolves to a gazetteer place with coordinates: the only kind an event can take
    its latitude from (``_to_event`` picks an event's place among the article's mentions, from
    ``assemble``'s candidates or the fallback, and keeps it only where it is located)."""
    return p.place is not None and p.place.latitude is not None


def _adjective_country(tokens: Sequence[Token]) -> str | None:
    """The country the article's nationality adjectives name most (شبان فلسطينيين، قوات الأمن العراقية), when one
    names at least twice as often as any other: a hint for place names that need their country told (بلدة
    سلواد is Silwad where the article is about Palestinians)."""
    nationality = load_actors().cues.nationality
    # (the stems are screened in C, with map and filter: an article has hundreds of tokens and a few adjectives)
    told = Counter(nationality[stem][0] for stem in filter(nationality.__contains__, map(_TOKEN_STEM, tokens)))
    ranked = told.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _unnamed_towns(tokens: Sequence[Token]) -> list[PlaceMention]:
    """A town told only by its country's adjective (في بلدة تركية، مدينة سورية، قرية فلسطينية): the country, and
    no town of it named elsewhere in the article stands in for the one left unnamed."""
    nationality = load_actors().cues.nationality
    gazetteer = load_gazetteer()
    out = []
    # Only the tokens whose stem is a town noun are read (screened in C, with map and compress), each with the
    # word after it.
    for k in compress(count(), map(_TOWN_NOUNS.__contains__, map(_TOKEN_STEM, tokens[:-1]))):
        tok, adj = tokens[k], tokens[k + 1]
        if "ال" in tok.prefix or adj.prefix or adj.start - tok.end > 1:
            continue
        country = nationality.get(adj.norm, (None,))[0]
        place = gazetteer.country(country) if country else None
        if place is not None:
            out.append(PlaceMention(tok.start, adj.end, f"{tok.text} {adj.text}", place, geo_precision=3,
                                    cue=_UNNAMED))
    return out


_TOWN_NOUNS = frozenset({"بلده", "مدينه", "قريه"})


def _has_a_town_noun(normalized_text: str) -> bool:
    """A town noun stands somewhere in the text: ``_unnamed_towns`` finds none in tokens of a text without one."""
    return any(noun in normalized_text for noun in _TOWN_NOUNS)
_TOKEN_STEM = itemgetter(Token._fields.index("stem"))  # by position: cheaper than by name
_UNNAMED = "unnamed"


def _a_destination(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """جهة مجهولة after إلى or ل is an unknown place people were taken to or went to (اقتادوه إلى جهة مجهولة، تم
    اقتياده لجهة مجهولة، فروا إلى جهات مجهولة): جهة is also a direction. No side of the event; a group one
    belongs to is (ينتمون إلى مجموعات مسلحة)."""
    if a.actor is None or not a.actor.id.endswith("unidentified"):
        return False
    k = token_at(tokens, a.start)
    return tokens[k].stem in _DIRECTION_WORDS and (tokens[k].prefix.endswith("ل") or (
        k > 0 and tokens[k - 1].norm == "الي"))  # إلى جهة، لجهة


_DIRECTION_WORDS = frozenset({"جهه", "جهات"})


def _the_organization(actors: list[ActorMention], tokens: Sequence[Token]) -> list[ActorMention]:
    """"التنظيم" with no name after it is the organization named last before it (فجر انتحاريون من التنظيم
    المتشدد أنفسهم after تنظيم داعش): a mention of that actor. Only a group named "تنظيم X" is one."""
    named = [a for a in actors if a.actor is not None and a.role == "actor" and "تنظيم" in a.text]
    if not named:
        return actors
    spans = [(a.start, a.end) for a in actors]
    added = []
    for k, tok in enumerate(tokens):
        if "التنظيم" not in tok.variants or tok.norm == "تنظيم" or any(b <= tok.start < e for b, e in spans):
            continue  # التنظيم، للتنظيم، بالتنظيم; not تنظيم مظاهرة (organizing one)
        if k + 1 < len(tokens) and tokens[k + 1].start - tok.end <= 1 and tokens[k + 1].norm in ("داعش", "القاعده"):
            continue
        before = [a for a in named if a.end <= tok.start]
        if before:
            added.append(ActorMention(tok.start, tok.end, tok.text, before[-1].actor))
    return sorted([*actors, *added], key=lambda a: a.start) if added else actors


def _main_country(places: list[PlaceMention]) -> str | None:
    counts = Counter(p.place.country for p in places if p.place)
    return counts.most_common(1)[0][0] if counts else None


def _generic_actor(kind: str, country: str | None, published: date | None = None):
    """The dictionary's generic actor of a kind ("Civilians", "Unidentified Armed Group") for a country
    (its police or military of the time of publication)."""
    actors = load_actors()
    return actors.generic(kind, country, published)


def _resolve_type(c: Candidate) -> tuple[str, str]:
    kind = _resolve_kind(c)
    if kind == ("Battles", "Armed clash") and any(
            a.actor and a.actor.inter in ("Protesters", "Rioters") for a in (*c.attackers, *c.others, *c.targets)):
        # مواجهات بين محتجين والشرطة: a crowd fighting a force is a riot in ACLED's terms; a battle is
        # fought between organised armed groups
        return "Riots", "Violent demonstration"
    return kind


def _resolve_kind(c: Candidate) -> tuple[str, str]:
    if c.event_type == "":
        victims_civilian = any(scope == "civilians" for _, _, scope, _ in c.counts) or any(
            a.actor and a.actor.inter == "Civilians" for a in c.targets)
        acting = next((a.actor.id for a in c.attackers if a.actor), None)  # هاجم مستوطنون ... قيام مستوطنين بإحراق:
        armed_targets = any(a.actor and a.actor.inter not in ("Civilians", "Protesters") and a.actor.id != acting
                            for a in c.targets)  # the side that acts is not also the one it fights
        shot = any(t.role in ("weapon", "attack") and t.event_type == "Violence against civilians" for t in c.triggers)
        soldiers_hit = any(kind in ("killed", "injured") and _is_soldiers(q.counted) for kind, q, _, _ in c.counts)
        if (victims_civilian or (shot and not soldiers_hit)) and not armed_targets:
            return "Violence against civilians", "Attack"  # also قتل مدرس برصاص مسلحين: a shooting of a person
        return "Battles", "Armed clash"
    if c.event_type == "Battles" and c.sub_event_type in ("", TERRITORY):
        actor = (c.attackers or c.others or [None])[0]
        return "Battles", _ground_taken_by(actor.actor if actor is not None else None)
    if c.sub_event_type == "Shelling/artillery/missile attack" and c.attackers and _AIRBORNE.search(
            normalize_word(c.attackers[0].text)):
        return c.event_type, "Air/drone strike"  # القوات الجوية السورية قصفت المنطقة: bombed from the air
    if c.sub_event_type == "Shelling/artillery/missile attack" and _bombed_by_an_air_coalition(c):
        return c.event_type, "Air/drone strike"
    return c.event_type, c.sub_event_type


def _bombed_by_an_air_coalition(c: Candidate) -> bool:
    """قصفت قوات التحالف مواقع الحوثيين: a coalition that fights from the air bombs from the air, where only a
    verb or noun of bombing tells it; not where the words name guns, shells or rockets (مدفعية، قذائف)."""
    acting = next((a.actor for a in c.attackers if a.actor is not None), None)
    return acting is not None and acting.id in _AIR_COALITIONS and all(
        not t.strong and not t.device for t in c.triggers if t.sub_event_type == "Shelling/artillery/missile attack")


_AIRBORNE = re.compile(r"(?:^|\s)(?:ال)?(?:جويه|طيران|مقاتلات|طائرات|مروحيات)(?:\s|$)|سلاح الجو")
"""Words that name the acting side as flying (القوات الجوية، سلاح الجو، الطيران الحربي، المقاتلات): what it
bombs, it bombs from the air."""


def _ground_taken_by(actor: Actor | None) -> str:
    """ACLED's two sub-types of ground taken by force are told apart by who takes it, whatever the verb
    (المعارضة استعادت السيطرة is a non-state actor's): state forces, the coalition fighting for a government
    or a force belonging to the state's forces (its parent in actors.tsv) regain territory."""
    if actor is not None:
        parent = load_actors().get(actor.parent) if actor.parent else None
        if actor.inter in ("State forces", "External/Other") or (parent is not None and parent.inter == "State forces"):
            return "Government regains territory"
    return "Non-state actor overtakes territory"


def _branch_where(side: tuple[Actor | None, str | None] | None, country: str | None):
    """A group's national branch read for another country than the event's (تنظيم داعش read as the Islamic
    State in Syria for an attack in Turkey) is the group's branch there, or the group itself, where the
    words name the group as a whole: the Islamic State (Iraq) does not bomb Kuwait, the Islamic State
    does. A branch named by its own name (تنظيم القاعدة في جزيرة العرب) stays, and so do generic rows
    (Civilians (Syria) in Kuwait are Syrians)."""
    if side is None or side[0] is None or not side[1] or not country:
        return side
    actor = side[0]
    if actor.country in (None, country) or actor.parent is None or actor.parent in GENERIC_KINDS:
        return side
    branch = load_actors().generic(actor.parent, country)
    read = _read_as(side[1])
    if branch is None or (read and actor.parent not in read):
        return side  # named by its own name; an anaphor (التنظيم) names no branch and is re-read
    return branch, side[1]


_NAME_NOISE = re.compile(r"[\"«»“”'()]")


def _read_as(text: str) -> set[str]:
    """The actors the longest run of the words that names any may name (تنظيم «داعش» -> داعش: the Islamic
    State and each of its branches; تنظيم القاعدة في جزيرة العرب: AQAP alone)."""
    actors = load_actors()
    words = _NAME_NOISE.sub(" ", text).split()
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            run = " ".join(words[i:i + size])
            found = actors.candidates(run) or (actors.candidates(run[1:]) if run[:1] in "وفبل" else ())
            if found:
                return {a.id for a in found}
    return set()


def _local_force(side, country: str | None, published: date | None):
    """A side named by words every country's forces share (الشرطة، قوات الأمن) belongs to the country
    where the event happened: the actor recognizer read them with the article's main country, and an
    article about Syria may tell of Turkish police in Suruc."""
    if side is None or side[0] is None or not side[1] or not country or side[0].country in (None, country):
        return side
    local = load_actors().local(side[1], country, published)
    return (local, side[1]) if local is not None else side


def _pick_actors(c: Candidate, event_type: str, country: str | None, sub: str = "", on: date | None = None):
    """actor1 (the side that acts), actor2 (the side acted upon), actor1's allies and actor2's allies, as they
    stood on the day ``on``."""
    def distinct(mentions: list[ActorMention]) -> list[ActorMention]:
        out: list[ActorMention] = []
        for a in mentions:
            if a.actor and a.role == "actor" and all(a.actor.id != b.actor.id for b in out):
                out.append(a)
        return out

    attackers, others, targets = distinct(c.attackers), distinct(c.others), distinct(c.targets)
    allies = distinct(c.allies)
    if event_type in ("Protests", "Riots"):
        return (*_crowd_actors(c, event_type, [*attackers, *others, *targets], country), ())
    if c.sub_event_type in ("Arrests", "Disrupted weapons use"):
        # who arrests or defuses is a state force where one is named (زرعها مجهولون: the planters are not); the
        # state whose drone was downed is not (أسقطت الدفاعات الحوثية طائرة مسيرة أمريكية)
        held = targets if c.sub_event_type == "Arrests" else []
        state = [a for a in [*attackers, *others, *held] if a.actor.inter == "State forces"]
        if state:
            rest = [a for a in [*attackers, *others, *targets] if a is not state[0]]
            attackers, others, targets = [state[0]], [], rest
    # civilians are the side acted upon, never actor1 (ACLED codes no event as done by civilians)
    # تحرير القاعدة ودحر المليشيات منها ... أن المليشيات باتت: the side driven out, told again, takes no ground
    hit = {a.actor.id for a in targets} if c.sub_event_type in GROUND_TAKEN else set()
    first = ([a for a in attackers if a.actor.inter != "Civilians"]
             or [a for a in others if a not in allies and a.actor.inter != "Civilians" and a.actor.id not in hit]
             or [a for a in allies if a.actor.inter != "Civilians"] or [None])[0]
    taken = {first.actor.id} if first else set()
    ally_ids = {a.actor.id for a in allies}
    sides = [a for a in [*targets, *others] if a.actor.id not in taken | ally_ids]
    # a battle is fought between armed sides: the civilians it kills are its victims, not the other side
    second = next((a for a in sides if event_type != "Battles" or a.actor.inter != "Civilians"), None) or next(
        iter(sides), None)
    first, second = _plausible_sides(sub, first, second, [*attackers, *others, *allies], country, _by_drone(c))
    if first is not None and second is not None and _one_side(first, second, on):
        # قوات الجيش والشرطة، الجيش الوطني والمقاومة الشعبية: allies fight on one side, actor1's
        allies = [*allies, *(a for a in [*targets, *others] if _one_side(first, a, on) and a not in allies)]
        ally_ids = {a.actor.id for a in allies}
        second = next((a for a in [*targets, *others]
                       if a.actor.id not in ally_ids and a.actor.id != first.actor.id), None)
    taken = {first.actor.id} if first else set()
    if second:
        taken.add(second.actor.id)  # the side acted upon is never also actor1's ally
    assoc1 = tuple(dict.fromkeys(a.actor.name_en for a in [*attackers[1:], *allies] if a.actor.id not in taken))
    # مواقع الحوثيين وقوات صالح، من الحوثيين والقوات الموالية للمخلوع: the side acted upon's allies hit beside it
    assoc2 = tuple(dict.fromkeys(a.actor.name_en for a in [*targets, *others] if second is not None
                                 and a.actor.id not in taken | ally_ids and _one_side(second, a, on)))
    civilians_hit = any(scope == "civilians" for _, _, scope, _ in c.counts) or (c.civilian_site and not any(
        kind == "killed" and scope not in (None, "civilians") for kind, _, scope, _ in c.counts))
    # قصف الحوثيون الأحياء السكنية: the civilians of the place hit, where no side's dead are told
    a1 = (first.actor, first.text) if first else None
    a2 = (second.actor, second.text) if second else None
    remote = event_type in ("Violence against civilians", "Explosions/Remote violence")
    if remote and civilians_hit and second is not None and any(second is h for h in c.holders):
        a2 = None  # صاروخ على حي المغاير الواقع تحت سيطرة المعارضة قتل 18 مدنيا: the civilians were hit
    if a2 is None and ((civilians_hit and (remote or c.sub_event_type == "Arrests"))
                       or event_type == "Violence against civilians"
                       or ((c.sub_event_type == "Arrests" or remote) and _victims_country(c) is not None)):
        # (اعتقلت الشرطة الإسرائيلية ثلاثة فلسطينيين، قتل 3 فلسطينيين جراء انفجار: people held, killed or
        # wounded named by their nationality alone are civilians)
        # violence against civilians is, by ACLED's definition, against civilians
        generic = _generic_actor("civilians", _victims_country(c) or country)
        a2 = (generic, None) if generic else None
    if a1 is None and remote:
        generic = _generic_actor("unidentified", country)
        a1 = (generic, None) if generic else None
    return a1, a2, assoc1, assoc2 if a2 is not None and second is not None and a2[0] is second.actor else ()


def _victims_country(c: Candidate) -> str | None:
    """The country of the people counted where a nationality names them (اعتقال 15 فلسطينيا في القدس:
    Palestinians, wherever the gazetteer files the city)."""
    nationality = load_actors().cues.nationality
    for _kind, q, _scope, _source in c.counts:
        if q.counted:
            word = normalize_word(q.counted)
            hit = nationality.get(word) or nationality.get(word.removesuffix("ا"))
            if hit is not None:
                return hit[0]
    return None


_AIR_FORCES = frozenset({"State forces", "External/Other"})
_DRONE_WORDS = ("مسير", "طيار", "درون")  # طائرة مسيرة، بدون طيار، الدرون


def _flies(actor: Actor) -> bool:
    """A force that may fly a strike: a state's military or a coalition, not its police."""
    return actor.inter in _AIR_FORCES and not actor.name_en.startswith("Police")


def _by_drone(c: Candidate) -> bool:
    """A drone is among the event's words: armed groups fly those too."""
    return any(w in normalize_word(t.text) for t in c.triggers for w in _DRONE_WORDS)


def _one_side(a: ActorMention, b: ActorMention, on: date | None) -> bool:
    """The actors of two mentions fight on one side (``_same_side``)."""
    return _same_side(a.actor, b.actor, on)


def _same_side(a: Actor, b: Actor, on: date | None) -> bool:
    """Two forces of one state (its army and its police) or two allies (alliances.tsv): never the two
    sides of one event."""
    return a.id != b.id and (_same_state(a, b) or load_alliances().allied(a, b, on))


def _same_state(a: Actor, b: Actor) -> bool:
    """Two state forces of one country."""
    return a.inter == b.inter == "State forces" and a.country is not None and a.country == b.country


def _plausible_sides(sub: str, first: ActorMention | None, second: ActorMention | None,
                     named: list[ActorMention], country: str | None,
                     drone: bool = False) -> tuple[ActorMention | None, ActorMention | None]:
    """ACLED's sides of two kinds of event, where the words left the roles open or got them wrong:
    a bomb (a suicide attack, an IED) is not set off by the state forces named beside it, who
    investigate or guard (قوات الأمن بدأت التحقيق، رجال الأمن في نقطة التفتيش); an air or drone
    strike is flown by a coalition or the state where it falls, not by the armed group it hits (قصفت
    طائرات التحالف مواقع الحوثيين). Returns actor1 and actor2 (None where unknown: the caller puts
    its generic actor)."""
    if sub in BOMBINGS and first is not None and first.actor.inter == "State forces":
        bomber = next((a for a in named if a.actor.inter not in ("State forces", "Civilians")
                       and (second is None or a.actor.id != second.actor.id)), None)
        return bomber, second  # the state forces hit are actor2 already when the words say so
    if sub == "Air/drone strike" and (first is None or not _flies(first.actor)):
        flyers = [a for a in named if _flies(a.actor)
                  and (a.actor.country is None or a.actor.country == country)]  # a coalition, or the home state
        flyer = min(flyers, key=lambda a: a.actor.inter != "External/Other", default=None)
        if flyer is not None:
            hit = second if second is not None and second.actor.id != flyer.actor.id else first
            return flyer, hit if hit is not None and hit.actor.id != flyer.actor.id else None
        if first is not None and not drone:
            # An armed group flies no warplanes: it is the side hit, and a force named as the other side
            # flew them (الغارات التركية على حزب العمال، غارات على مواقع داعش). Drones are another matter.
            if second is not None and _flies(second.actor):
                return second, first
            if second is None or second.actor.inter != "State forces":
                return None, second or first
            # a group against a state's police: an attack the words told with an aircraft beside it
    return first, second


def _crowd_actors(c: Candidate, event_type: str, named: list[ActorMention], country: str | None):
    """ACLED's demonstrations: actor1 the protesters (rioters in a riot), actor2 the force that
    intervenes (or the people a mob attacks)."""
    crowd_kind = "rioters" if event_type == "Riots" else "protesters"
    crowd = [a for a in named if a.actor.inter in ("Protesters", "Rioters")]
    rest = [a for a in named if a.actor.inter not in ("Protesters", "Rioters")]
    rest.sort(key=lambda a: a.actor.inter != "State forces")  # the force that steps in, before محتجين ملثمين
    generic = _generic_actor(crowd_kind, country)
    if crowd and crowd[0].actor.inter == ("Rioters" if event_type == "Riots" else "Protesters"):
        a1 = (crowd[0].actor, crowd[0].text)
    else:
        a1 = (generic, crowd[0].text if crowd else None) if generic else None
    second = rest[0] if rest and c.sub_event_type != "Peaceful protest" else None  # peaceful: no one intervenes
    a2 = (second.actor, second.text) if second else None
    if a2 is None and c.sub_event_type == "Mob violence":
        civilians = _generic_actor("civilians", country)
        a2 = (civilians, None) if civilians else None
    return a1, a2, ()


def _opponents(candidates: list[Candidate], on: date | None) -> dict[str, Counter]:
    """For each actor, how often the article's events set it against each other actor (as the side acting
    and the side acted upon, either way round), allies left out."""
    out: dict[str, Counter] = {}
    for c in candidates:
        for x in c.attackers:
            for y in c.targets:
                if (x.actor and y.actor and "Civilians" not in (x.actor.inter, y.actor.inter)
                        and x.actor.id != y.actor.id and not _one_side(x, y, on)):
                    out.setdefault(x.actor.id, Counter())[y.actor.id] += 1
                    out.setdefault(y.actor.id, Counter())[x.actor.id] += 1
    return out


_AIR_COALITIONS = frozenset({"coalition-global", "coalition-arab"})
"""The foreign coalitions that fight from the air: their strikes are theirs, the ground battles they back are not
(شنت القوات بدعم جوي من التحالف هجمات على جيوب للحوثيين)."""


def _main_opponent(side: Actor, opponents: dict[str, Counter], actors: list[ActorMention], ground: bool = False):
    """The actor ``side`` fights most often in the article's events, with the text that names it, or None; on the
    ground (``ground``): not a foreign coalition."""
    against = opponents.get(side.id)
    if not against:
        return None
    found = _named_as(against.most_common(1)[0][0], actors)
    return None if ground and found is not None and found[0].inter == "External/Other" else found


def _main_armed_actor(actors: list[ActorMention], against: Actor | None, on: date | None, arresting: bool = False,
                      holding: bool = False):
    """The armed actor the article names most often (the acting side of an event whose sentence
    leaves it implicit: "تم إلقاء القبض على ..." in a report about one force's operation), other than
    the side acted upon and its allies. For an arrest or a seizure (``arresting``) not a group known only
    as unidentified (مجموعات إرهابية): an unnamed gang makes no arrests, the authorities do. For the side that
    lost ground (``holding``) not a foreign coalition, which flies over ground and holds none."""
    counts = Counter(a.actor.id for a in actors if a.actor and a.role == "actor"
                     and a.actor.inter not in ("Civilians", "Protesters", "Rioters")
                     and not (holding and a.actor.inter == "External/Other")
                     and not (arresting and "unidentified" in (a.actor.id, a.actor.parent))
                     and (against is None or (a.actor.id != against.id and not _same_side(a.actor, against, on))))
    if not counts:
        return None
    return _named_as(counts.most_common(1)[0][0], actors)


def _named_as(actor_id: str, actors: list[ActorMention]):
    """The actor with that id and the text of its first mention, or None where none names it."""
    mention = next((a for a in actors if a.actor and a.actor.id == actor_id), None)
    return (mention.actor, mention.text) if mention else None


def _article_air_force(actors: list[ActorMention], hit: Actor | None, anchor: int):
    """The air force (a state's military or a coalition) the article names last before the strike, else
    first after it: who flew a strike whose sentence names no flyer (الضربات الجوية على مواقع داعش). Never
    the side hit nor a force of the state whose forces were hit."""
    flyers = [a for a in actors if a.actor and a.role == "actor" and _flies(a.actor) and not (
        hit is not None and (a.actor.id == hit.id or (hit.inter == "State forces" and a.actor.country == hit.country)))]
    if not flyers:
        return None
    before = [a for a in flyers if a.start < anchor]
    mention = before[-1] if before else flyers[0]
    return mention.actor, mention.text


_FIRED_FROM = re.compile(r"(?<!قرب )(?<!القريبة )(?<!القريب )(?<!قريبة )(?<!قريب )(?<!بالقرب )(?<!مقربة )"
                         r"من\s+(?:داخل\s+)?(?:الأراضي|الاراضي|أراضي|اراضي|الجانب|الحدود)\s+(\w+)")
"""من داخل الأراضي اليمنية، من الجانب السوري: where fire came from; not القريبة من الحدود التركية (near it)."""


def _fired_from(c: Candidate, analysis: TextAnalysis, text: str) -> str | None:
    """The country the event's fire came from, told in its sentences (أطلقت من داخل الأراضي اليمنية، من
    الجانب السوري), by a nationality adjective; None where none is told."""
    nationality = load_actors().cues.nationality
    for start, end in _event_sentences(c, analysis):
        for m in _FIRED_FROM.finditer(text, start, end):
            word = normalize_word(m.group(1)).removeprefix("ال")
            if word in nationality:
                return nationality[word][0]
    return None


def _event_sentences(c: Candidate, analysis: TextAnalysis) -> list[tuple[int, int]]:
    """The spans of the sentences that hold the event's words."""
    return [(s.start, s.end) for s in analysis.sentences if any(s.start <= t.start < s.end for t in c.triggers)]


_STONES = re.compile(r"(?<!\w)(?:[وف]?بالحجار[ةه]|[وف]?(?:ال)?حجار[ةه] (?:على|باتجاه|نحو)|[وف]?بالزجاجات الحارقة"
                     r"|[وف]?(?:ال)?زجاجات حارقة|[وف]?(?:ب|بال|ال)?مولوتوف|مثيري الشغب|ملثمين|ملثمون"
                     r"|[وف]?(?:ال)?إطارات (?:ال)?مشتعلة)(?!\w)")
"""What a crowd fights a force with (ألقوا الحجارة، الزجاجات الحارقة، مثيري الشغب الملثمين): a riot, not a battle."""


def _stones_thrown(c: Candidate, analysis: TextAnalysis, text: str) -> bool:
    """A sentence of the event tells of stones, fire bombs or masked rioters (see ``_STONES``)."""
    return any(_STONES.search(text, start, end) for start, end in _event_sentences(c, analysis))


def _in_a_place_name(q: Quantity, places: Sequence[PlaceMention]) -> bool:
    """The number word is part of a place's name (بئر السبع: Beersheba, not seven)."""
    return any(p.start <= q.start < p.end for p in places)


def _in_sentences_of(c: Candidate, analysis: TextAnalysis, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places named in the sentences that hold the event's words."""
    spans = _event_sentences(c, analysis)
    return [p for p in places if any(a <= p.start < b for a, b in spans)]


def _nearest_inside(unit: PlaceMention | None, places: list[PlaceMention], anchor: int) -> PlaceMention | None:
    """The specific place (precision 1 or 2) nearest to ``anchor`` in the text that lies inside ``unit``."""
    def inside(p: PlaceMention) -> bool:
        if unit is None or unit.place is None:
            return True
        u = unit.place
        return (p.place.country == u.country and (u.feature != "admin1" or p.place.admin1 == u.admin1)
                and _in_that_part(p.place, u, unit.relation))

    fits = [p for p in places if p.place is not None and p.geo_precision <= 2 and p.place.latitude is not None
            and inside(p)]
    return min(fits, key=lambda p: abs(p.start - anchor), default=None)


def _province_inside(unit: PlaceMention | None, places: list[PlaceMention], anchor: int) -> PlaceMention | None:
    """The province nearest to ``anchor`` that lies inside the country ``unit`` (في جنوب شرق تركيا ... في
    مقاطعة سيرناك): the event's own sentences name it, finer than the country, where they name no town."""
    if unit is None or unit.place is None or unit.place.feature != "country":
        return None
    fits = [p for p in places if p.place is not None and p.place.feature == "admin1" and p.relation == "in"
            and p.place.country == unit.place.country and p.place.latitude is not None
            and _in_that_part(p.place, unit.place, unit.relation)]
    return min(fits, key=lambda p: abs(p.start - anchor), default=None)


def _in_that_part(town: Place, country: Place, relation: str) -> bool:
    """A town lies in the part of a country a direction names (في شمال العراق: Kirkuk, not Baghdad): at least
    ``_PART_DEGREES`` that way from the point the gazetteer gives the country (for Iraq, Baghdad's); other
    units and relations say nothing."""
    if country.feature != "country" or relation not in _COMPASS or None in (country.latitude, country.longitude):
        return True
    lat, lon = town.latitude - country.latitude, town.longitude - country.longitude
    return {"north": lat, "south": -lat, "east": lon, "west": -lon}[relation] >= _PART_DEGREES


_COMPASS = frozenset({"north", "south", "east", "west"})
_PART_DEGREES = 0.2
"""How far (in degrees, about 20 km) a town must lie from the country's point to be in its north or east."""


_BORDER_WITH = re.compile(r"(?:حدود|الحدود|الحدودية|الحدوديه|حدودها|حدوده|الشريط الحدودي)\s+مع\s*$")


_OUTLET_BEFORE = re.compile(
    r"(?:(?<!\w)[وف]?لـ*\s*|(?<!\w)ال|(?<!\w)(?:[وف]?(?:صحيفة|جريدة|لصحيفة|لجريدة|بصحيفة|بجريدة|مع|معه|مصادر|محلية"
    r"|مطلعة|علمت|نشرته|نشرت|سؤال|إلى|الى|حصلت|عليها|تلقت|التقت|التقتهم|اطلعت|رصدت|عدسة|معلومات|تحرير|قناة"
    r"|منبر|أبلغ|ابلغ|أبلغت|ابلغت|زودت|أجرته|خص|به|كانت)(?:\s+(?:هذا|ذلك))?)\s*)[«\"“]\s*$")
"""What stands before a quoted name that makes it a newspaper's (لـ«عكاظ»، حديثه إلى "الوطن"، وعلمت "المدينة"،
أبلغ هذا "الرياض"): a word of telling, of the paper's work, or a paper."""
_CLOSING_QUOTE = re.compile(r"\s*[»\"”]")


_DATELINE_BEFORE = re.compile(r"[^\n:]{0,30}[-–]\s*$")


def _dateline(p: PlaceMention, text: str) -> bool:
    """"واس- الرياض:"، "سبق - جدة:": the city a report was filed from, opening a line before a colon;
    the event's place only when nothing else that tells the event or the article places it."""
    line = text.rfind("\n", 0, p.start) + 1
    return (p.start - line <= 32 and _DATELINE_BEFORE.match(text, line, p.start) is not None
            and text[p.end:p.end + 3].lstrip().startswith(":"))


def _outside_the_dateline(dates: Sequence[TimeRef], text: str) -> Sequence[TimeRef]:
    """The dates but those of a wire's dateline ("تونس 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس"): the day it
    was filed, which no event of the text is dated by unless the text says so again."""
    m = _WIRE_DATELINE.match(text)
    return dates if m is None else [d for d in dates if d.start >= m.end()]


_WIRE_DATELINE = re.compile(r"\s*\S+(?:\s+\S+)?\s+[0-9٠-٩]{1,2}\s+\S+\s+[0-9٠-٩]{4}\s*هـ[^\n]{0,50}?"
                            r"(?:واس|قنا|وام|كونا|بنا|سبأ)")


_PROVINCE_WORDS = ("منطقة", "محافظة", "ولاية", "إقليم", "اقليم", "مقاطعة")
_IN_PROVINCE = re.compile(r"\s*(?:[^\s،,.]+\s+)?(?:ب|في\s+)$")


def _outside_its_province(p: PlaceMention, places: list[PlaceMention], text: str, main: str | None = None) -> bool:
    """A town named with its province or a city's countryside right after it (ظهران الجنوب بمنطقة عسير، المنصورة
    بريف حماة) that the gazetteer puts in another province: a namesake (Dhahran in the Eastern Province), not the
    town meant; so a town named in
    another country's province (طريق كفريا في البقاع: Syria's Kafriya is not in Lebanon's Beqaa)."""
    if p.place is None or p.geo_precision == 3:
        return False
    for q in _named_after(p, places, 16):
        if (q.place.feature == "admin1" and q.place.country != p.place.country and q.place.country == main
                and _IN_PROVINCE.match(text, p.end, q.start)):
            return True  # (the article's own country: not بمحافظة الطائف بميسان, Taif's governorate of Maysan)
        if (q.geo_precision == 3 and q.place.admin1
                and q.text.startswith(_PROVINCE_WORDS)  # بمنطقة عسير; not في جنوب لبنان, a region
                and q.place.country == p.place.country and _IN_PROVINCE.match(text, p.end, q.start)):
            return q.place.admin1 != p.place.admin1
        if (q.relation.startswith("countryside") and q.place.admin1 and q.place.country == p.place.country
                and q.place.feature in ("city", "admin1") and _IN_PROVINCE.match(text, p.end, q.start)):
            return q.place.admin1 != p.place.admin1  # بلدة المنصورة بريف حماة: not Raqqa's Mansoura
    return False


def _named_after(p: PlaceMention, places: list[PlaceMention], reach: int) -> list[PlaceMention]:
    """The resolved places that start within ``reach`` characters after ``p`` ends (بمنطقة عسير after ظهران
    الجنوب، بغداد after شمال شرقي): the unit or the city a place is told against."""
    return [q for q in places if q.place is not None and 0 < q.start - p.end <= reach]


_TOWARDS = re.compile(r"\s*[،,]?\s*(?:[إا]لى\s+|في\s+)?(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?"
                      r"(?:\s+(?:ال)?(?:شرق|غرب)(?:ي|ى)?)?\s+(?:مدينة\s+|العاصمة\s+)?$")


def _outside_the_city_it_lies_from(p: PlaceMention, places: list[PlaceMention], text: str) -> bool:
    """A place told as lying in a direction from a city or a country (منطقة الحسينية شمال شرقي بغداد، قرب
    كفريا في شرق لبنان) that the gazetteer puts in another country, away from that city (al-Husseiniya in
    Egypt's Sharqia): a namesake, not the place meant. Within one country the direction says nothing of
    the distance (قضاء البعاج شمال غرب بغداد is 400 km away), and a neighbourhood of a city may be filed
    under another country than the city (العيسوية شمال شرق القدس)."""
    if p.place is None or p.geo_precision == 3:
        return False
    for q in _named_after(p, places, 24):
        if _IN_BRACKETS.match(text, p.end, q.start) and q.place.feature in ("country", "admin1"):
            return q.place.country != p.place.country  # والمنية - بحنين (شمال لبنان): the region it lies in
        if _TOWARDS.match(text, p.end, q.start):
            if q.place.country == p.place.country:
                return False
            km = None if q.place.feature == "country" else km_between(p.place, q.place)
            return km is None or km > _NEAR_KM
    return False


_IN_BRACKETS = re.compile(r"(?:\s*[-–]\s*[^\s()،,.]+){0,2}\s*\(\s*$")
"""What comes between a place and its region told in brackets: at most two more names after a dash (المنية -
بحنين (شمال لبنان)) and the opening bracket."""

_NEAR_KM = 50
"""How far a place filed under another country than the city it lies from may be and still be the one meant."""

_LISTED = re.compile(r"\s*[،,]?\s*و")  # what joins a list's next item: "والحوبان"، "، والمنية"


def _abroad_in_a_list(p: PlaceMention, places: list[PlaceMention], text: str, main: str | None) -> bool:
    """A town listed before another of the article's main country (منطقة القاعدة والمفرق والحوبان، في تعز) that
    the gazetteer files in another country, far from the next: listed places lie together, so it is a namesake
    (al-Mafraq in Jordan beside Taiz's al-Hawban). A city is not (في عمّان ودمشق), nor a town across a border
    (الرمثا ودرعا)."""
    if p.place is None or p.geo_precision == 3 or p.place.population >= BIG_CITY or p.place.country == main:
        return False
    after = next((q for q in places if q.place is not None and q.start >= p.end), None)
    if after is None or after.place.country != main or after.place.feature == "country" or (
            _LISTED.fullmatch(text, p.end, after.start) is None):
        return False
    return km_between(p.place, after.place) > _NEAR_KM


_LOCAL_UNITS = frozenset(normalize_word(w) for w in ("منطقة", "مديرية", "قرية", "حي", "بلدة", "ناحية", "قضاء"))
_SETTLED = frozenset({"city", "town", "village", "neighbourhood", "admin2", "admin3"})
_QUARTER = normalize_word("حي")


def _near(a: Place, b: Place) -> bool:
    """The two places lie within ``_NEAR_KM`` of each other (False where either has no coordinates)."""
    km = km_between(a, b)
    return km is not None and km <= _NEAR_KM


def _neighbourhood_named_for_a_town(p: PlaceMention, places: list[PlaceMention]) -> bool:
    """حي الروضة that the gazetteer knows only as a town far from every other place the article names
    (Ar Rawdah in Shabwah, in a report from Taiz): a city's quarter the gazetteer lacks, not that town; the
    event takes its city from the sentences instead. A town near them is the quarter (حي التواهي: At Tawahi
    in Aden)."""
    if p.cue != _QUARTER or p.place is None or p.place.feature not in ("town", "village"):
        return False
    return not any(q.place is not None and q.place.id != p.place.id and q.place.latitude is not None
                   and _near(p.place, q.place) for q in places)


def _quarter_far_from_the_article(p: PlaceMention, places: list[PlaceMention], main: str | None,
                                  analysis: TextAnalysis) -> bool:
    """A quarter abroad told in one sentence with a place of the article's main country and with no other
    place of the article near it (المنطقة الخضراء الواقعة بين محافظتي لحج وعدن: not Baghdad's Green Zone; حي
    الزهور in al-Arish, not Damascus's): a quarter of the article's own country the gazetteer lacks, told by a
    common name. Not a landmark (المسجد الأقصى is named for itself), and not a quarter told on its own (قصفت
    طائرات إسرائيلية حي الشجاعية in an article about Yemen)."""
    if (p.place is None or main is None or p.place.country == main or p.place.latitude is None
            or p.place.feature != "neighbourhood"):
        return False
    home_beside = any(q.place is not None and q.place.country == main and _one_sentence(analysis, p, q)
                      for q in places)
    return home_beside and not any(q.place is not None and q.place.id != p.place.id and q.place.latitude is not None
                                   and _near(p.place, q.place) for q in places)


def _one_sentence(analysis: TextAnalysis, a: PlaceMention, b: PlaceMention) -> bool:
    """The two mentions stand in one of the text layer's sentences."""
    return any(s.start <= a.start < s.end and s.start <= b.start < s.end for s in analysis.sentences)


def _home_namesake(p: PlaceMention, main: str | None, places: list[PlaceMention]) -> PlaceMention:
    """A place named as a local unit (منطقة الرباط، قضاء الخالدية، بلدة دوما) that the gazetteer resolved
    abroad is its namesake in the article's main country where the gazetteer knows one near the article's
    other places there (within ``_NEAR_KM``): nobody writes "the area of" a foreign capital. Where it knows
    none near them, the unit stays unplaced (the event takes its place from its sentences)."""
    if (p.place is None or main is None or p.place.country == main or p.cue not in _LOCAL_UNITS
            or " " not in p.text):
        return p
    name = p.text.split(None, 1)[1]
    home = [c for c in load_gazetteer().lookup(name) if c.country == main and c.feature in _SETTLED]
    if not home:
        return p
    others = [q.place for q in places if q.place is not None and q.place.country == main
              and q.place.latitude is not None]
    near = [c for c in home if c.latitude is not None and any(_near(c, o) for o in others)]
    return replace(p, place=max(near, key=attrgetter("population")) if near else None)


def _names_its_government(p: PlaceMention, places: Sequence[PlaceMention], text: str) -> bool:
    """A capital standing for its state (بدأت أنقرة بحملة اعتقالات، يتهم حلفاء تركيا أنقرة، الهدنة بين أنقرة
    والمتمردين، مؤشر على أن أنقرة ربما تخلت): told as a side, the subject of a verb or after أن، بين، مع, not a place
    where anything happened. A capital after a preposition or told with a place word (في أنقرة، العاصمة بغداد)
    stays, and so do two towns of one country after بين (محطة بنزين بين القدس وتل أبيب)."""
    if (p.place is None or p.place.feature != "city" or not _is_capital(p.place)
            or p.text.startswith(("العاصمة", "مدينة"))):
        return False
    before = text[max(0, p.start - 30):p.start].split()
    if not before or not before[-1].isalpha():
        return False
    word = before[-1]
    if word == "بين" and any(q.place is not None and q.place.country == p.place.country and q.place.feature != "country"
                             and 0 < q.start - p.end <= 4 and text[p.end:q.start].strip() == "و" for q in places):
        return False  # between two towns: a place on the way
    if word in _GOVERNMENT_BEFORE:
        return not any(w in _ROAD_WORDS for w in before[-4:-1])  # الطريق بين دمشق وعمان: a road's ends
    if word in ("عليها", "عليه", "عليهما", "عليهم") and len(before) >= 2 and before[-2].lstrip("و") in _HOLDING_VERBS:
        return True  # المناطق الساحلية التي تسيطر عليها دمشق: the state holds them
    return len(word) >= 3 and word.endswith("ت") and word not in _NOT_A_VERB  # أطلقت أنقرة، اتهمت دمشق


_GOVERNMENT_BEFORE = frozenset({
    "أن", "ان", "إن", "بأن", "لأن", "وأن", "بين", "مع", "ومع", "حكومة", "نظام", "دعم", "لدخول", "دخول", "كانت",
    "لكن", "ولكن", "يتهم", "تتهم", "اتهم", "طلب", "طالب", "ويتهم", "حلفاء"})
_HOLDING_VERBS = frozenset({"تسيطر", "يسيطر", "سيطرت", "سيطر", "تهيمن", "يهيمن", "هيمنت", "استولت", "تحكم", "يحكم"})
"""Verbs of holding ground (التي تسيطر عليها): the capital after them is its state holding it."""
_ROAD_WORDS = frozenset({"طريق", "الطريق", "المسافة", "الرحلات", "رحلات", "الطرق", "خط"})
_NOT_A_VERB = frozenset({
    "تحت", "وقت", "بيت", "صوت", "بيروت", "الكويت", "ثابت", "سبت", "السبت", "موت", "وتحت",
    # verbs whose subject is where it happened (شهدت صنعاء هجوما، تعرضت دمشق لقصف، اهتزت بغداد على وقع انفجار)
    "شهدت", "وشهدت", "عاشت", "وعاشت", "تعرضت", "وتعرضت", "اهتزت", "واهتزت", "هزت", "سقطت", "وسقطت", "استيقظت",
    "واستيقظت", "عرفت", "وعرفت", "ظلت", "بقيت", "باتت"})


def _is_capital(place: Place) -> bool:
    """The city is its country's capital: the gazetteer puts a country at its capital's coordinates."""
    country = load_gazetteer().country(place.country) if place.country else None
    return (country is not None and country.latitude is not None and place.latitude is not None
            and abs(country.latitude - place.latitude) < 0.1 and abs(country.longitude - place.longitude) < 0.1)


def _names_an_outlet(p: PlaceMention, text: str) -> bool:
    """A city's name in quotes after لـ, صحيفة or a source (أكد لـ«عكاظ»، في جريدة «الرياض»، مصادر محلية
    "الرياض"): a newspaper named after the city, not a place of the event."""
    return _CLOSING_QUOTE.match(text, p.end) is not None and _before(_OUTLET_BEFORE, p, text, 12)


_VENUES = ("فندق", "الفندق", "مطعم", "مقهى", "ملهى", "مسرح")
_VENUE_BEFORE = re.compile(rf"(?:{'|'.join(_VENUES)})\s*[«\"“]?\s*$")


def _names_a_day(p: PlaceMention, analysis: TextAnalysis) -> bool:
    """العاشر من رمضان، السادس من أكتوبر: a town named after a day, told without a word that makes it a place
    (مدينة العاشر من رمضان): the day. The article's dates are read only for a name that could be one."""
    return p.cue is None and " من " in p.text and any(d.start <= p.start and p.end <= d.end
                                                        for d in analysis.dates)


def _names_a_venue(p: PlaceMention, text: str) -> bool:
    """"فندق بيبلوس في مدينة سيفاري"، "مطعم بيروت": a hotel's or a restaurant's name, not a town."""
    return _before(_VENUE_BEFORE, p, text, 10, ends=(*_VENUES, "«", '"', "“"))


_TANWEEN = ("\u064b", "\u064c", "\u064d")  # ً ٌ ٍ


_UNIT_OF_FIGHTERS = re.compile(
    r"(?:^|[\s«\"“(])[وف]?[لب]?(?:كتيبة|كتيبه|كتائب|ألوية|الوية|سرايا|سرية|فيلق|تجمع|لواء)\s*$")


def _names_a_brigade(p: PlaceMention, text: str) -> bool:
    """"لواء اليرموك التابع للجيش السوري الحر قصف تل الشيخ حسين"، "كتائب حمص"، "فيلق الشام": a place right after a
    word for a unit of fighters names the unit, not where anything happened. Jordan's لواء is a district (لواء
    الرمثا): a place of Jordan after it stays."""
    if p.place is not None and p.place.country == "JO" and text[max(0, p.start - 6):p.start].strip().endswith("لواء"):
        return False
    return _before(_UNIT_OF_FIGHTERS, p, text, 12, ends=("كتيبة", "كتيبه", "كتائب", "ألوية", "الوية", "سرايا", "سرية",
                                                          "فيلق", "تجمع", "لواء"))


def _nisba_after_a_noun(p: PlaceMention, text: str) -> bool:
    """"قتل جنديا تركيا، اعتقل مواطنا سوريا": after an indefinite noun in the accusative, a country's name that
    is also the accusative of its adjective (تركيا، سوريا، ليبيا) is that adjective (a Turkish soldier), not the
    country. A plural verb or a pronoun before it (هاجموا سوريا، زارها) leaves it a place."""
    if p.place is None or p.place.feature != "country" or not text[p.start:p.end].endswith("يا"):
        return False
    words = text[max(0, p.start - 24):p.start].split()
    before = words[-1].rstrip("\u064b") if words else ""
    return (len(before) > 3 and before.endswith("ا") and not before.endswith(("وا", "ها"))
            and text[p.start - 1:p.start].isspace())


def _indefinite(p: PlaceMention, text: str) -> bool:
    """"قتل جنود صبياً فلسطينياً": a word written with tanween is an indefinite noun (a boy), not a
    place's name (the town of Sabya); names do not take it."""
    word = text[p.start:p.end]
    return (word.endswith(_TANWEEN) or (word[:-1].endswith(_TANWEEN) and word.endswith("ا"))  # تركيًا
            or text[p.end:p.end + 1] in _TANWEEN)


_LIVED = ("مولود", "مولودة", "مولودا", "ولد", "ولدت", "مواليد", "مسقط رأسه", "مسقط رأسها", "عاش", "عاشت", "يعيش",
          "تعيش", "يقيم", "تقيم", "المقيم", "المقيمة", "نشأ", "نشأت", "ترعرع")
_BORN_IN = re.compile(rf"(?:{'|'.join(_LIVED)})\s+(?:في\s+|ب)?$")


_HEADING = re.compile(r"(?:متوجه[اةه]?|متوجهين|متوجهون|متجه[اةه]?|متجهين|المتوجه[ةه]?|المتجه[ةه]?|في طريق(?:ه|ها|هم)"
                      r"|توجه(?:ه|ها|هم)"
                      r"|قادم[اةه]?|قادمين|القادم[ةه]?)\s+(?:من\s+(?:\S+\s+){1,3})?(?:إلى|الى|نحو|من)\s*$")
"""A traveller's or a convoy's way (متوجها إلى العاصمة عمان، قادمين من حلب، في طريقهم من كركوك إلى بغداد)."""
_TAKEN_TO = re.compile(r"(?:^|\s)[وف]?(?:ب|ال)?(?:نقل\w*|[إا]سعاف\w*|[أا]سعف\w*|[إا]خلاء\w*)\s+(?:\S+\s+){0,6}"
                       r"(?:إلى|الى)\s*$")
"""The wounded taken somewhere (جرى إسعافه إلى عدن، نقل الجرحى إلى الرياض، نقل 8 مصابين بواسطة طائرة الإخلاء الطبي
إلى الرياض). (Where a suspect fled, فر إلى جدة, is where he may be caught: it stays.)"""


def _way_of_travel(p: PlaceMention, text: str) -> bool:
    """"كان المواطن متوجها إلى العاصمة الأردنية عمان قبل أن يعترض طريقه ملثمون في منطقة معان": where a traveller
    was going or coming from is not where the event on the way happened, nor where the wounded were taken
    (جرى إسعافه إلى عدن)."""
    return (_before(_HEADING, p, text, 48, ends=("إلى", "الى", "نحو", "من"))
            or _before(_TAKEN_TO, p, text, 70, ends=("إلى", "الى")))


def _in_retaliation_for(p: PlaceMention, text: str) -> bool:
    """"أمطرت الفصائل أربع بلدات بالقذائف ردا على تعرض بلدة الزبداني لهجوم": the place of the attack that is
    answered, not of the answer."""
    return _before(_ANSWERING, p, text, 90, holds=_ANSWER_WORDS)


_ANSWERING = re.compile(r"(?:^|\s)[\"«“(]?[وف]?(?:رد|انتقام|ثأر)[اً]{1,2}(?:\s*،?[^،.\n]{0,30}،)?\s+(?:على|ل)\S*"
                        r"(?:\s+[^\s.،\n]+){0,8}\s+$")
"""ردا على، ردا، بحسب قولها، على (or ردا بحسب قولها، على)، انتقاما لـ، ثأرا لـ and up to eight words of what is
answered, also quoted (نفذ "ردا على مجزرة سوروتش")."""
_ANSWER_WORDS = ("رد", "انتقام", "ثأر")
"""Every ``_ANSWERING`` match holds one of these (its one required alternation)."""


def _miles_away(p: PlaceMention, text: str, analysis: TextAnalysis) -> PlaceMention | None:
    """على بعد 20 كيلومترا من مدينة تعز: near the town, not in it (ACLED's precision 2). At _FAR_AWAY or more
    (على بعد مئة كيلومتر جنوب العاصمة صنعاء) the town only gives the bearing: no place of the event."""
    if not _before(_AWAY, p, text, 60, holds=("بعد",)):
        return p
    distance = next((q.value for q in reversed(analysis.quantities) if p.start - 60 <= q.start < p.start), None)
    # (the article's figures are read only here, for the rare place after على بعد)
    if isinstance(distance, int | float) and distance >= _FAR_AWAY:
        return None
    if p.relation != "in" or p.geo_precision != 1:
        return p
    return replace(p, relation="near", geo_precision=2)


_FAR_AWAY = 50
"""Kilometres (or miles) from a town beyond which the town is a bearing, not the place of what happened."""


_AWAY = re.compile(r"(?:^|\s)(?:على\s+بعد|[وف]?[تي]بعد(?:ان)?)\s+(?:\S+\s+){1,3}?(?:كيلو\S*|كلم|كم|ميل|أميال|اميال)"
                   r"\s+(?:من|عن|شمال\S*|جنوب\S*|شرق\S*|غرب\S*)\s+(?:\S+\s+)?$")
"""على بعد 20 كيلومترا من، على بعد نحو مئة كيلومتر جنوب، التي تبعد 60 كلم شرق and a cue word (مدينة) before the
place."""


def _in_solidarity_with(p: PlaceMention, text: str) -> bool:
    """تجمع ... للتضامن مع مدينة كوباني، تضامنا مع غزة: the place stood with, not where they stood."""
    return _before(_SOLIDARITY, p, text, 50, holds=("تضامن",))


_SOLIDARITY = re.compile(r"(?:^|\s)[وفب]?(?:لل|ال)?تضامن[اً]{0,2}\s+مع(?:\s+[^\s.،\n]+){0,2}\s+$")
"""التضامن مع، تضامنا مع، للتضامن مع and up to two words (مدينة، أهالي) before the place."""


def _heads_a_list(p: PlaceMention, text: str) -> bool:
    """احتفال الأحوازيين بالعيد مع الدول العربية، وعلى رأسها المملكة العربية السعودية: a country named as the first of
    a group (وعلى رأسها، وفي مقدمتها), not where anything happened."""
    return (p.place is not None and p.place.feature == "country"
            and _before(_AT_THE_HEAD, p, text, 25, holds=("ها", "هم")))


_AT_THE_HEAD = re.compile(r"(?:على\s+رأس|في\s+مقدمت)(?:ها|هم)\s+$")
_FUNERAL = re.compile(r"(?:^|\s)[وف]?(?:شيع\S*|تشييع\S*|يشيع\S*|دفن\S*|ووري|جنازة|جثمان\S*|عزاء)"
                      r"(?:\s+[^\s.،]+){0,6}\s+(?:في|ب)\s*$")
"""Where the dead were mourned or buried (شيعت جموع غفيرة عصر أمس بمركز مسلية شهيد الوطن)."""
_FUNERAL_WORDS = ("شيع", "دفن", "ووري", "جنازة", "جثمان", "عزاء")


def _place_of_mourning(p: PlaceMention, text: str) -> bool:
    """A funeral's or a burial's place is not where the dead fell (شيعت جموع غفيرة بمركز مسلية الجندي الذي استشهد
    بالشريط الحدودي بمحافظة الطوال)."""
    return _before(_FUNERAL, p, text, 60, ends=("في", "ب"), holds=_FUNERAL_WORDS)


def _birthplace(p: PlaceMention, text: str) -> bool:
    """"فلسطيني مولود في الكويت، وعاش في الأردن"، "من مواليد بغداد": where a person was born or lived, not
    where anything happened."""
    return _before(_BORN_IN, p, text, 16, ends=(*_LIVED, "في", "ب"))


def _across_border(p: PlaceMention, text: str) -> bool:
    """"المدن القريبة من الحدود مع السعودية": the neighbour across the border is not where it happened."""
    return _before(_BORDER_WITH, p, text, 30, ends="مع")


_SAYING = r"قال|قالت|[أا]علن|[أا]علنت|صرح|صرحت|[أا]كد|[أا]كدت|[أا]وضح|[أا]وضحت|[أا]ضاف|[أا]ضافت|ذكر|ذكرت|كشف|كشفت"
"""Verbs of saying (a regular-expression alternation) that open a statement's speaker and where it was made."""
_REPORTING = rf"{_SAYING}|[أا]فاد|[أا]فادت|[أا]شار|[أا]شارت"
"""Verbs of saying and of reporting (أفاد، أشار) that open a speaker named by his office."""
_TOLD_IN = re.compile(
    rf"(?:{_SAYING})"
    r"(?:\s+[^\s،.]+){0,4}?"  # the speaker named between (وقال داود أوغلو في مؤتمر صحافي بثه التلفزيون في أنقرة)
    r"\s+(?:[أا]مام\s+\S+|خلال\s+\S+(?:\s+\S+)?|في\s+(?:مؤتمر|بيان|تصريح|حديث|لقاء)\S*(?:\s+\S+){0,3}"
    r"|من\s+(?:مقر|مكتب)\S*(?:\s+\S+){0,2})"  # قال عباس من مقر الرئاسة في رام الله
    r"\s+(?:في|ب)\s*$")
_TOLD_SETTINGS = ("مام", "خلال", "مؤتمر", "بيان", "تصريح", "حديث", "لقاء", "مقر", "مكتب")
"""Every ``_TOLD_IN`` match holds one of these (أمام or امام, خلال, في and the occasion, or من and the seat)."""


_SPEAKERS_OFFICE = re.compile(
    rf"(?:{_REPORTING})"
    r"\s+(?:ال)?(?:مسؤول|مسئول|مدير|مديرة|رئيس|رئيسة|متحدث|ناطق|ممثل|مندوب)\S*"
    r"(?:\s+[^\s،.:«\"]+){0,3}?\s+(?:في|ب)\s*$")

_OFFICE_OF_THE_PLACE = re.compile(
    rf"(?:{_REPORTING})(?:\s+[^\s.:«\"]+){{0,4}}?[\s،,]+"
    r"(?:محافظ|قائم\s?مقام|عمدة|(?:مدير|قائد|رئيس)\s+(?:[أا]من|شرطة|عمليات|بلدية|(?:مجلس\s+)?(?:محافظة|ناحية|قضاء)))\s*$")
"""A speaker named by an office that holds a place in construct (قال محافظ الأنبار، أوضح نايف البكري، محافظ عدن،
قال قائد شرطة كركوك)."""
_OFFICE_ENDS = ("محافظ", "مقام", "عمدة", "من", "شرطة", "عمليات", "بلدية", "محافظة", "ناحية", "قضاء")
_OFFICES = ("مسؤول", "مسئول", "مدير", "رئيس", "متحدث", "ناطق", "ممثل", "مندوب")
"""Every ``_SPEAKERS_OFFICE`` match holds one of these (the office; مديرة and رئيسة hold مدير and رئيس)."""
_OFFICES_OF_PLACES = ("محافظ", "مقام", "عمدة", "مدير", "قائد", "رئيس")
"""Every ``_OFFICE_OF_THE_PLACE`` match holds one of these (the office at its end)."""


def _speakers_office(p: PlaceMention, found: list[PlaceMention], text: str) -> bool:
    """"وقال المسؤول الصحي في عدن إن مدنيين قتلوا ... في زنجبار"، "أوضح نايف البكري، محافظ عدن، أن محافظة لحج
    تخوض أشرس المعارك": the place of the speaker's office, where what the speaker tells (after إن، أن or a
    colon) names another place in the sentence; alone, or with only a place that locates it (المسؤول في
    مدينة سبها جنوب طرابلس), it may well be where it happened."""
    if not (_before(_SPEAKERS_OFFICE, p, text, 60, ends=("في", "ب"), holds=_OFFICES)
            or _before(_OFFICE_OF_THE_PLACE, p, text, 90, ends=_OFFICE_ENDS, holds=_OFFICES_OF_PLACES)):
        return False
    return any(q.start > p.end and _TOLD_AFTER.search(text, p.end, q.start) is not None
               and not any(c in text[p.end:q.start] for c in ".\n") for q in found)


_TOLD_AFTER = re.compile(r"(?:^|\s)[إأا]ن(?:\s|ه|ها|هم)|:|«")
"""إنّ/أنّ or a colon or a quote: what the speaker tells begins."""


_SPEAKING = re.compile(r"(?:^|\s)[وف]?(?:قال|قالت|صرح|صرحت|[أا]كد|[أا]كدت|[أا]وضح|[أا]وضحت|[أا]ضاف|[أا]ضافت|ذكر|ذكرت"
                       r"|[أا]فاد|[أا]فادت|[أا]شار|[أا]شارت)(?=\s)")
"""Verbs of saying whose object is what is said (إنّ، أنّ): not أعلن or كشف, which also take the event itself
(أعلن الجيش السيطرة على الرمادي)."""
_SPEAKING_STEMS = ("قال", "صرح", "كد", "وضح", "ضاف", "ذكر", "فاد", "شار")
_SPEAKER_REACH = 90
_TITLES = ("متحدث", "ناطق", "قائد", "قياد", "مسؤول", "مسئول", "مدير", "رئيس", "وزير", "محافظ", "ممثل", "مندوب",
           "زعيم", "علماء", "وجهاء")
"""Words of office and standing (المتحدث باسم المقاومة في عدن، قيادة المنطقة الرابعة بعدن، علماء القطيف): a
speaker known by them speaks from his seat, which need not be where what he tells happened."""
_OPERATION_BEFORE = re.compile(r"(?:عملية|عمليات|معركة|غرفة)\s+$")
_TOLD_REACH = 30  # وقال مصدر أمني في الأنبار، طلب عدم الكشف عن اسمه، إن: what is said opens soon after the place
_SAYING_WORD = re.compile(r"(?:^|\s)[وف]?(?:قال|قالت|صرح|[أا]كد|[أا]وضح|[أا]ضاف|ذكر|[أا]فاد|[أا]شار|مضيف|مشير|موضح"
                          r"|مؤكد)\S*")


def _where_the_speaker_is(p: PlaceMention, found: list[PlaceMention], triggers: list[TriggerMention],
                          text: str) -> bool:
    """"وقال قائد عملية تحرير قاعدة العند إن قوات المقاومة حررت مديرية لودر"، "أوضح المتحدث باسم المقاومة في
    عدن أن القتال مستمر بقاعدة العند": a place between a verb of saying and what is said (after إن، أن, a colon
    or a quote, right after the place) names a speaker known by his office, or where he spoke, where what he
    tells names a place in another province. A place of the same province (قائد المقاومة في لودر إن قواته سيطرت
    على مواقع في محافظة أبين) or none may well be where it happened, and an event word before the place (أكدت
    الجريمة التي ارتكبت في نابلس أن) makes the place part of what is said."""
    if p.place is None or p.place.feature == "country":
        return False
    before = text[max(0, p.start - _SPEAKER_REACH):p.start]
    if not any(map(before.__contains__, _SPEAKING_STEMS)):
        return False
    verb = next(reversed(list(_SPEAKING.finditer(text, max(0, p.start - _SPEAKER_REACH), p.start))), None)
    if verb is None:
        return False
    between = text[verb.end():p.start]
    if _TOLD_AFTER.search(between) is not None or any(c in between for c in ".\n؟!"):
        return False
    if not any(map(between.__contains__, _TITLES)):
        return False  # قالت مصادر في مديرية لودر، أشار سكان في الحوطة: local sources tell what happened where they are
    if any(verb.end() <= t.start < p.start and not _OPERATION_BEFORE.search(text, max(0, t.start - 8), t.start)
           for t in triggers):
        return False  # not قائد عملية تحرير العند: the name of an operation in the speaker's title
    told = _TOLD_AFTER.search(text, p.end, p.end + _TOLD_REACH)
    if told is None or _SAYING_WORD.search(text, p.end, told.start()) is not None:
        return False  # أكد مقتل 5 في الرمادي، وقال إن: what he says goes on past another verb of saying
    return any(q.start >= told.end() and q.place is not None and q.place.feature != "country"
               and q.place.country == p.place.country and q.place.admin1 != p.place.admin1
               and not any(c in text[told.end():q.start] for c in ".\n") for q in found)


_LAUNCHED_FROM = re.compile(r"(?:^|\s)[وف]?[اإ]نطلاق[اًا]*\s+من(?:\s+[^\s،.]+){0,3}?\s*$")


_BORDERING = re.compile(r"(?:^|\s)[وف]?(?:ال)?(?:متاخم|مجاور|محاذي|ملاصق)(?:ة|ه|ين|ان|تين)?\s+ل{0,2}$")


def _bordering(p: PlaceMention, found: Sequence[PlaceMention], text: str) -> bool:
    """"في مديرية لودر المتاخمة للبيضاء": the neighbour of a place the gazetteer knows, told right before it, only
    locates it. Where the place before is unknown (قرى الحميرة المحاذية لكركوك، مثلث العند المجاور لقاعدة العند)
    the neighbour is the nearest place there is, and stays."""
    if not (p.start > 0 and text[p.start - 1] == "ل"
            and _before(_BORDERING, p, text, 20, holds=("تاخم", "جاور", "حاذ", "لاصق"))):
        return False
    return any(q.place is not None and q.end <= p.start and _BORDERING.search(text, q.end, p.start) is not None
               and p.start - q.end <= 20 for q in found)


def _launch_point(p: PlaceMention, text: str) -> bool:
    """"نفذت أول ضربة جوية في شمال سوريا انطلاقا من قاعدة بجنوب تركيا": where the aircraft or the fighters set
    out from, not where the strike fell."""
    return _before(_LAUNCHED_FROM, p, text, 40, holds=("نطلاق",))


def _place_of_telling(p: PlaceMention, text: str) -> bool:
    """"قال أمام الصحافيين في أنقرة «إن ...»، أعلن في مؤتمر صحفي عقده في الرياض أن": where it was told,
    not where it happened."""
    return _before(_TOLD_IN, p, text, 70, ends=("في", "ب"), holds=_TOLD_SETTINGS)


def _before(words: re.Pattern[str], p: PlaceMention, text: str, reach: int, ends: str | tuple[str, ...] = "",
            holds: tuple[str, ...] = ()) -> bool:
    r"""The words (a pattern anchored at its end) stand right before the place, within ``reach`` characters.

    ``ends``: what a pattern ending in ``(?:ends)\s*$`` needs the text before the place to end with,
    but for whitespace; ``holds``: words one of which every match of the pattern contains. Checked
    first, they spare most places the search, which tries the pattern at each character within reach
    (every place mention of an article is read by several patterns)."""
    before = text[max(0, p.start - reach):p.start]
    return ((ends == "" or before.rstrip().endswith(ends)) and (not holds or any(map(before.__contains__, holds)))
            and words.search(before) is not None)


def _told_abroad(c: Candidate, analysis: TextAnalysis, known: list[PlaceMention]) -> bool:
    """A sentence that tells the event places it in a country outside the gazetteer before it
    names any of the event's places (اعتقلت الشرطة في بلجيكا ... للقتال في سوريا: in Belgium), or
    in a province the gazetteer does not know (في ولاية باكتيكا: no place of ``known`` is there)."""
    if not c.triggers:
        return False
    text = analysis.normalized.original
    spans = [(p.start, p.end) for p in known if p.place is not None]
    for start, stop in _event_sentences(c, analysis):
        end = min([p.start for p in c.places if start <= p.start < stop], default=stop)
        if foreign_scene(normalize(text[start:end]).text) or any(
                not any(a <= start + k < b for a, b in spans) for k in named_units(text[start:end])):
            return True
    return False


def _locates_another(p: PlaceMention, places: Sequence[PlaceMention]) -> bool:
    """X شمالي Y: ``p`` is named as the point a direction is taken from, right after a place it locates
    (معسكرا لبوزة ووادي عطان في محافظة لحج شمالي عدن): it says where X lies; the event is in X."""
    if not any(d in p.relation for d in ("north", "south", "east", "west")):
        return False
    return any(q is not p and q.place is not None and q.place.feature != "country" and 0 <= p.start - q.end <= 14
               for q in places)


_GOAL = re.compile(r"(?:^|\s)[وف]?(?:ب?تعزيزات|ب?[إا]مدادات|هرب\S*|فر|فرت|فروا|فرار|الفارين|نزح\S*|نزوح|ت?توجه\S*)"
                   r"(?:\s+\S+){0,5}\s+(?:ب[اإأ]تجاه|صوب|نحو)\s*$")
"""Where reinforcements, supplies or those who flee are headed (تعزيزات باتجاه مدينة عدن، هربت باتجاه مدينة
شقرة، فرت عناصر التمرد صوب مديرية قعطبة). (Where an advance is headed, تقدمهم صوب قاعدة العند, is mostly
where the fighting is: it stays.)"""
_GOAL_WORDS = ("تجاه", "صوب", "نحو")
_BROUGHT_NEAR = re.compile(r"(?:^|\s)[وف]?(?:[يت]قرب|قرب)(?:ه|ها|هم)\s+(?:\S+\s+)?من(?:\s+\S+){0,5}?\s*$")
"""What a gain brings a side nearer to or a place lies near (الأمر الذي يقربها من معقل الحوثيين في العاصمة صنعاء،
بسبب قربها من الحدود): where the event is headed or a reference, not where it happened."""
_SENT_FROM = re.compile(r"(?:^|\s)[وف]?(?:ب?تعزيزات|[أا]رسل\S*|دفع\S*|[إا]رسال|الدفع)(?:\s+\S+){0,3}\s+من\s*$")
"""Reinforcements or men sent from a place (دفعت بتعزيزات عسكرية من منطقة مكيراس)."""
_SENDING = ("تعزيزات", "رسل", "دفع", "رسال")
"""Every ``_SENT_FROM`` match holds one of these."""
_TO_HOSPITAL = re.compile(r"(?:^|\s)[وف]?(?:نقل\S*|[أإا]سعف\S*|[إا]سعاف)(?:\s+\S+){0,5}\s+[إاأ]ل[ىي]\s+(?:ال)?مستشف\S*"
                          r"(?:\s+\S+){0,3}?(?:\s+(?:في|ب)\s*\S+(?:\s+\S+)?\s+(?:ال)?قريب\S*\s+من\s*|\s+في\s*|\s+ب|\s+)$")
"""The hospital the wounded were taken to (نقل الأب إلى مستشفى سوروكا ببئر السبع، أسعفوا إلى مستشفى في عمان)
and the city it lies near (مستشفى شيبا في تل هشومير القريبة من تل أبيب)."""
_FIGHTERS = ("مسلح", "مقاتل", "جند", "عناصر", "فراد")
"""Every ``_FROM_PLACE_PEOPLE`` match holds one of these."""
_FROM_PLACE_PEOPLE = re.compile(
    r"(?:^|\s)(?:مسلح|مقاتل|جند|عناصر|أفراد|افراد)\S*(?:\s+\S+)?\s+من\s*$")
"""Fighters told with where they come from (خمسة مسلحين حوثيين من محافظة عمران لقوا مصرعهم في كمين بمحافظة إب).
(Civilians من بلدة بني نعيم are mostly held or hit where they live: that place stays.)"""


def _without_origins_and_goals(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """``places`` without where reinforcements or those who flee are headed (هربت باتجاه مدينة شقرة), where men
    or reinforcements come from (تعزيزات من منطقة مكيراس، مسلحين حوثيين من محافظة عمران), where the wounded were
    taken (نقل إلى مستشفى سوروكا ببئر السبع), and a place told right
    after such a place, locating it or joined to it (من منطقة مكيراس بمدينة البيضاء، نحو عدن ولحج): not where
    the event happened. They are dropped only while a finer place than a country is left; else a filter that
    leaves only a country has taken the event's place, not a namesake, and ``places`` stand.

    One pass in the order told: a place is known to be an origin or a goal before any place told after it
    asks whether the one right before it is one."""
    flagged: list[PlaceMention] = []
    for p in sorted(places, key=attrgetter("start")):
        if (_before(_GOAL, p, text, 60, holds=_GOAL_WORDS)
                or _before(_BROUGHT_NEAR, p, text, 70, holds=("قرب",))
                or _before(_SENT_FROM, p, text, 60, ends="من", holds=_SENDING)
                or _before(_FROM_PLACE_PEOPLE, p, text, 40, ends="من", holds=_FIGHTERS)
                or _before(_TO_HOSPITAL, p, text, 90, holds=("مستشف",))
                or any(q.end <= p.start and p.start - q.end <= 4
                       and text[q.end:p.start].strip(" ،,") in ("", "ب", "في", "و") for q in flagged)):
            flagged.append(p)
    kept = [p for p in places if not any(p is q for q in flagged)]
    return kept if any(p.place is not None and p.place.feature != "country" for p in kept) else places


def _leads_a_side(p: PlaceMention, actors: Sequence[ActorMention], text: str) -> bool:
    """A country told inside the mention of a side not its own (طائرات التحالف الذي تقوده السعودية), or after a
    word of leading or backing whatever the side's name (الحوثيين الموالين لإيران): it names who leads or backs
    the side, not where it acts; such a country places an event only where nothing else does, and does not
    tell one event's place from another's."""
    if p.place is None or p.place.feature != "country":
        return False
    if _LEADING.search(text, max(0, p.start - 16), p.start):
        return True
    return any(a.start < p.start and p.end <= a.end and (a.actor is None or a.actor.country != p.place.country)
               for a in actors)


_LEADING = re.compile(
    r"(?:(?:بقيادة|تقوده|تقودها|يقوده|بزعامة)\s+"
    r"|(?:الموالي[ةه]?|الموالين|المدعوم[ةه]?|المدعومين)\s+(?:من\s+)?[لب]?)$")
"""The words that make the country after them the leader or backer of a side (تحالف تقوده السعودية، القوات الحوثية
الموالية لإيران، المدعومة من إيران)."""


def _best_place(places: list[PlaceMention], home: str | None = None) -> PlaceMention | None:
    """The finest located place, a town told near before a city's countryside (قرب مدينة مارع، ريف حلب الشمالي),
    the first told among equals. Between a country and a province at the same precision, the province wins when
    it lies in that country (تونس ... بمحافظة القصرين) or in the article's own country ``home`` (ولاية عين الدفلى
    in an Algerian report that also names المغرب in a group's name)."""
    located = [p for p in places if p.place is not None and p.place.latitude is not None]
    if not located:
        return None
    inner = {p.place.country for p in located if p.place.feature != "country"}
    return min(located, key=lambda p: (
        p.geo_precision, p.place.feature == "country" and (p.place.country in inner or home in inner),
        p.relation.startswith("countryside"), places.index(p)))


def _fatalities(c: Candidate) -> tuple[int, int | None]:
    """ACLED's conservative toll and the highest toll: each source's figures of one sentence add up
    (39 rebels and 17 loyalists: 56; a subset, بينهم طفلان, a total told with its parts and a figure
    repeated in one sentence count once), a source's sentences restate its toll (the largest is its toll), and the
    lowest toll among the sources is the conservative one. A source that gives only a word for its
    toll (عشرات القتلى: tens, a floor of 10) does not contradict another's figure (نحو 30 قتيلا), so it
    lowers the conservative toll only when no source gives a figure; nor does a source that names one of
    the dead (استشهاد الرقيب ماجد، مقتل زعيم الجماعة).

    Sentences that each count the dead of one side (18 حوثيا ... أربعة قتلى في صفوف المقاومة) do not
    restate one another: each side's toll is found so, across the sources, and the sides add up, unless
    some sentence gives a figure of dead with no side or of several (then all the tolls compete as above;
    a word alone, العشرات سقطوا قتلى, does not)."""
    # per source and sentence: the figures, the people named one by one
    # and the sides the figures count
    groups: dict[tuple[str | None, int], _SentenceDead] = {}
    for kind, q, scope, source in c.counts:
        if kind != "killed" or q.value is None or (q.qualifier == "vague" and q.value >= _HUNDREDS):
            continue  # وقتل مئات من قوات الأمن في هجمات المتشددين: a campaign's dead, no event's toll
        sentence = c.count_groups.get(q.start, -2)
        if sentence == -1:
            continue  # a subset of a figure already counted
        dead = groups.setdefault((source, sentence), _SentenceDead())
        dead.sides.add(scope if scope == "civilians" or (scope or "").startswith("side:") else None)
        if names_one(q):  # قتل نقيب شرطة ومجند: two people; مقتل الرقيب فلان: not a source's whole toll
            dead.named.add(q.start)
        else:
            dead.figures.setdefault(int(q.value), []).append(q)
            dead.has_figure = dead.has_figure or q.qualifier != "vague"
    by_side: dict[str | None, list[tuple[str | None, _SentenceDead]]] = {}
    for (source, _sentence), dead in groups.items():
        # the side all of the sentence's figures count, None for no side or several (one named: no side's toll)
        side = next(iter(dead.sides)) if len(dead.sides) == 1 and dead.figures else None
        by_side.setdefault(side, []).append((source, dead))
    if not by_side:
        return 0, None
    side_rows = {side: rows for side, rows in by_side.items()
                 if side is not None or any(dead.has_figure for _, dead in rows)}  # عشرات القتلى: no toll to add to
    if None in side_rows or len(side_rows) <= 1:
        return _competing_tolls([row for rows in by_side.values() for row in rows])
    tolls = [_competing_tolls(rows) for rows in side_rows.values()]
    return sum(low for low, _ in tolls), sum(high for _, high in tolls)


@dataclass
class _SentenceDead:
    """The dead one source counts in one sentence (see _fatalities)."""

    figures: dict[int, list[Quantity]] = field(default_factory=dict)  # value -> the figures told of it
    named: set[int] = field(default_factory=set)  # the people named one by one (their offsets)
    sides: set[str | None] = field(default_factory=set)  # "civilians", "side:<id>" or None for no side
    has_figure: bool = False  # a figure, not only a vague word (عشرات)


def _people_groups(told: list[Quantity]) -> int:
    """How many groups of people the figures of one value count: a value told again counts once (15 (خمسة عشر)
    شهيدا، استشهاد 10 رجال أمن ... عشرة من منسوبي القوات), unless told within three characters after the figure
    before it (its noun, then " و") with other people counted (جنديان وطفلان، ثلاثة ضباط وثلاثة من أفراد الشرطة)."""
    told_with = [(q, _counted_key(q)) for q in told]  # each figure's key, read once
    return 1 + sum(1 for (before, key_before), (q, key) in pairwise(told_with)
                   if 0 <= q.start - (before.counted_end or before.end) <= 3
                   and key and key_before and key != key_before)


def _counted_key(q: Quantity) -> str:
    """Who a figure counts, as a key: the counted noun without its clitics; "" where none is told or where the
    figure or its noun is definite (الضحايا العشرة، العشرة: those counted before)."""
    if not q.counted or normalize_word(q.text).lstrip("وف").startswith("ال"):
        return ""
    noun = normalize_word(q.counted).lstrip("وف")
    return "" if noun.startswith(("ال", "لل")) else noun


_HUNDREDS = 100
"""A word for hundreds or thousands with no figure (مئات، المئات، آلاف) is kept as a count of the event but adds
nothing to its fatalities: of the 17 such counts of killed in the 31,030 corpus articles, 16 summed up a
campaign or months (مقتل مئات الشرطيين والجنود منذ 2013، سقط المئات منهم قتلى وجرحى جراء استمرار الغارات)."""


def _competing_tolls(rows: list[tuple[str | None, _SentenceDead]]) -> tuple[int, int]:
    """The conservative and highest toll among sources that count the same dead (see _fatalities)."""
    per_source: dict[str | None, int] = {}
    figured: set[str | None] = set()  # the sources with a figure, not only a vague word
    worded: set[str | None] = set()  # the sources with at least a vague word (عشرات القتلى)
    for source, dead in rows:
        values = sorted(v for v, told in dead.figures.items() for _ in range(_people_groups(told)))
        if values:
            (figured if dead.has_figure else worded).add(source)
        # 28 قتيلا – 17 متمردا و11 عنصرا: a total told with its parts counts once
        total = values[-1] if len(values) > 2 and values[-1] == sum(values[:-1]) else sum(values)  # not جنديان وطفلان
        # the people named one by one add up (ضابط وثلاثة جنود: 4، نقيب ومجند: 2), but a "one" told beside
        # them (أحد، واحد) is one of them (وفاة أحد ... عامل يمني: 1)
        total += max(0, len(dead.named) - values.count(1))
        per_source[source] = max(per_source.get(source, 0), total)
    conservative = ([n for source, n in per_source.items() if source in figured]
                    or [n for source, n in per_source.items() if source in worded] or per_source.values())
    return min(conservative), max(per_source.values())


def _event_day(c: Candidate, doc: Document, published: date | None, analysis: TextAnalysis
               ) -> tuple[date | None, int, bool]:
    """The event's day and precision, and whether the article tells a day at all (False: the day of
    publication stands in, with precision 2)."""
    resolved = [d for d in c.dates if d.date is not None
                and (published is None or d.date <= published)]  # الاثنين المقبل (10 أغسطس): not yet, not its day
    if resolved:
        # the clause's date nearest to the event word (تفقد اليوم المسجد ... بعد تفجير الخميس الماضي),
        # first one right after the event word (its own: هجوم وقع الشهر الماضي، قصفت أمس), then a day or
        # a week before a month or a year, and never one ahead
        nearest = min(resolved, key=lambda d: (
            d.direction == "future",
            not any(0 <= d.start - t.end <= _ATTACHED_DATE or _in_its_relative_clause(d, t, doc.text)
                    for t in c.triggers),
            d.precision > 2,
            min((abs(d.start - t.start) for t in c.triggers), default=0)))
        when, precision = nearest.date, nearest.precision
        lag = _days_after(nearest, c.triggers, doc.text)
        if lag and precision == 1:
            when = date.fromordinal(when.toordinal() - lag)
    else:
        lead = [d for d in analysis.dates if d.date is not None and d.direction != "future"
                and (published is None or (published - d.date).days <= 14) and d not in c.not_its_dates
                and not ((_SINCE_BEFORE.search(doc.text, max(d.start - 8, 0), d.start) or d.text.startswith("منذ"))
                         and (published is None or (published - d.date).days >= _SINCE_OPENS))
                and _AFTER_A_CAPTURE.search(doc.text, max(d.start - 50, 0), d.start) is None]
        if not lead:
            return published, 2, False  # no day told: the day of publication
        if lead[0].precision > 1 and published is not None:
            return published, 2, True  # خلال الأسبوع الماضي: a period told first dates no incident of the article
        when, precision = lead[0].date, lead[0].precision
    return when, precision, True


def _to_event(c: Candidate, index: int, doc: Document, country: str | None, published: date | None,
              analysis: TextAnalysis, places: list[PlaceMention], actors: list[ActorMention],
              opponents: dict[str, Counter] | None = None) -> Event:
    """The event record of a candidate; ``places`` are the article's places it may fall back on (a
    dateline's city only where the article names no other)."""
    event_type, sub = _resolve_type(c)
    own = [p for p in c.places if not _across_border(p, doc.text)]
    own = [p for p in own if not _locates_another(p, own)] or own  # (a country behind a side: never here, see extract)
    own = _without_origins_and_goals(own, doc.text)  # تعزيزات من مكيراس
    place = _best_place([p for p in own if not _dateline(p, doc.text)] or own, country)  # واس- الرياض: filed there
    if (place is None or place.geo_precision == 3 or sub in _SEIZED_WHERE_TOLD) and _told_abroad(c, analysis,
                                                                                        [*c.places, *places]):
        place = None  # ألقت السلطات الألمانية القبض: it happened where the gazetteer has no place; borrow none
    elif place is None or place.geo_precision == 3:
        # Only a country or a province where the event is told: take the article's nearest named
        # town inside it (the closest fitting mention), else keep the coarse unit.
        # A place in a sentence that tells the event (its words merged from several sentences) comes
        # before one from a sentence about something else (الرحلات الجوية الى طرابلس).
        anchor = min(t.start for t in c.triggers) if c.triggers else 0
        told = _in_sentences_of(c, analysis, places)
        unnamed = place is not None and place.cue == _UNNAMED  # في بلدة تركية: not a town told of something else
        whole = place is not None and sub == "Agreement"  # هدنة في اليمن: a truce holds where it is told, not in a
        # town of another sentence
        place = (_nearest_inside(place, told, anchor) or _province_inside(place, told, anchor)
                 or (None if unnamed or whole else _nearest_inside(place, places, anchor)) or place
                 or _best_place(places))
    p = place.place if place else None
    country_code = p.country if p else country
    a1, a2, assoc1, assoc2 = _pick_actors(c, event_type, country_code, sub, published)
    picked2 = a2[0] if a2 else None  # the side acted upon its allies were hit beside, while it stays actor2
    a2 = _local_force(a2, country_code, published)
    if sub == "Disrupted weapons use" and a2 is not None and a2[0] is not None and a2[0].inter == "Civilians":
        a2 = None  # مواطنون أبلغوا الشرطة: the people who found the bomb are no side of its defusing
    hit_force = next((force for kind, q, _, _ in c.counts
                      if kind in ("killed", "injured") and (force := _force_hit(q, doc.text))), None)
    crowd_hit = a2 is not None and a2[0] is not None and a2[0].inter == "Civilians" and not any(
        scope == "civilians" for kind, _, scope, _ in c.counts if kind in ("killed", "injured"))
    if (a2 is None or crowd_hit) and event_type in ("Battles", "Explosions/Remote violence") and hit_force:
        # قتل جنديان عراقيان: the army was hit; قتل شرطيان: the police; تفجير في جموع المصلين نتج عنه استشهاد 15
        # رجل أمن: the worshippers were the police, whom the toll names
        force = _generic_actor(hit_force, country_code, published)
        acting = a1[0] if a1 is not None else None
        own = force is not None and acting is not None and (
            acting.id == force.id or _same_state(acting, force))  # not the state's own men
        a2 = (force, None) if force is not None and not own else a2
    if (event_type == "Battles" and a2 is None and a1 is not None and a1[0] is not None
            and a1[0].inter == "State forces" and any(_armed_men(q, doc.text) for _, q, _, _ in c.counts)):
        # قتل الجيش 5 مسلحين في اشتباكات: the armed men it fought, a group the article does not name
        gunmen = _generic_actor("unidentified", country_code)
        a2 = (gunmen, None) if gunmen else a2
    if a1 is None and event_type in ("Battles", "Strategic developments") and sub != "Other":
        a1 = _main_armed_actor(actors, against=a2[0] if a2 else None, on=published,
                               arresting=sub in _SEIZED_WHERE_TOLD)
    if sub == "Air/drone strike" and (a1 is None or a1[0] is None or (a1[1] is None and not _flies(a1[0]))):
        a1 = _article_air_force(actors, a2[0] if a2 else None, min((t.start for t in c.triggers), default=0)) or a1
    if a1 is None and sub in ("Arrests", "Disrupted weapons use"):
        police = _generic_actor("police", country_code, published)  # ألقي القبض على: the authorities, its police
        a1 = (police, None) if police else None
    a1 = _local_force(a1, country_code, published)
    a1, a2 = _branch_where(a1, country_code), _branch_where(a2, country_code)
    if a1 is not None and a2 is not None and a1[0] is not None and a2[0] is not None and a1[0].id == a2[0].id:
        a1 = None  # one force on both sides: the article's main force was read for the place's own
    elif a1 and a2 and a1[0] and a2[0] and _same_side(a1[0], a2[0], published):
        # the air force found elsewhere in the article flies for the side named in the strike's words
        # (المتحدث باسم المقاومة: الغارات أدت إلى مصرع 80 متمردا): that side is not the one hit
        a2 = _main_opponent(a1[0], opponents or {}, actors)
    if (a1 is not None and a1[0] is not None and a1[1] is None and a1[0].parent == "unidentified"
            and sub == "Shelling/artillery/missile attack"):  # shells, rockets, missiles: fire that may cross a border
        origin = _fired_from(c, analysis, doc.text)  # مقذوف أطلق من داخل الأراضي اليمنية: a group of Yemen
        if origin is not None and origin != a1[0].country:
            generic = _generic_actor("unidentified", origin)
            a1 = (generic, None) if generic else a1
    if sub == "Armed clash" and a1 is not None and a1[0] is not None and a1[0].id in _AIR_COALITIONS:
        # معارك ... بإسناد جوي من التحالف: the coalition flies over the fight; a side on the ground fought it
        a1 = _branch_where(_main_armed_actor(actors, a2[0] if a2 else None, published, holding=True), country_code)
    if sub == "Armed clash" and a2 is not None and a2[0] is not None and a2[0].id in _AIR_COALITIONS:
        a2 = None  # the side fought on the ground is found below
    if (a1 is None or a1[0] is None) and sub == "Armed clash":
        # ACLED codes every event with an actor1: a side that fights unnamed is an unidentified armed group
        generic = _generic_actor("unidentified", country_code)
        a1 = (generic, a1[1] if a1 else None) if generic else a1
    if (sub == "Armed clash" and a1 is not None and a1[0] is not None and a1[0].inter == "State forces"
            and (a2 is None or a2[0] is None or a2[0].inter == "Civilians") and _stones_thrown(c, analysis, doc.text)):
        # مواجهات مع قوات الاحتلال ... ألقوا الحجارة على الجنود: a crowd against a force, no second armed side
        rioters = _generic_actor("rioters", country_code)
        event_type, sub, a1, a2 = "Riots", "Violent demonstration", ((rioters, None) if rioters else None), a1
    elif event_type == "Protests" and sub != "Peaceful protest" and _stones_thrown(c, analysis, doc.text):
        # رد المصلون برشق عناصر الاحتلال بالحجارة: a crowd that meets the force with stones or fire bombs riots,
        # whatever force it met (ACLED keys the demonstration on what its own people did)
        rioters = _generic_actor("rioters", country_code)
        event_type, sub, a1 = "Riots", "Violent demonstration", ((rioters, None) if rioters else a1)
    if event_type == "Battles" and a2 is not None and a2[0] is not None and a2[0].inter == "Civilians":
        a2 = None  # a battle is between armed sides: the residents told beside it (المواطنون، أطفال) are not one
    if sub in GROUND_TAKEN and a1 is not None and a1[0] is not None:
        sub = _ground_taken_by(a1[0])  # المعارضة استعادت السيطرة: whoever takes it, whatever the verb
    if a2 is None and a1 is not None and a1[0] is not None:
        if sub in GROUND_TAKEN:
            # سيطروا على قرية الفلاحين: taken from the side it fights in the article's other events, else from the
            # armed side the article names most, other than the taker and its allies (سيطرت المقاومة على مثلث
            # العند ... قصفت الطائرات مواقع الحوثيين)
            a2 = _branch_where(_main_opponent(a1[0], opponents or {}, actors) or _main_armed_actor(
                actors, a1[0], published, holding=True), country_code)
        elif sub == "Armed clash":
            # a clash told with one side (اشتباكات عنيفة خاضها الحوثيون): fought with the side it fights on the
            # ground in the article's other events; a coalition that bombs it fights from the air
            a2 = _branch_where(_main_opponent(a1[0], opponents or {}, actors, ground=True), country_code)
    when, precision, _ = _event_day(c, doc, published, analysis)
    fatalities, high = _fatalities(c)
    counts = tuple(
        Count(kind, int(q.value) if q.value is not None else None, q.qualifier,
              _count_scope_name(scope, q.counted, sub, a1, a2), source, q.start, q.end, q.text)
        for kind, q, scope, source in c.counts
    )
    evidence = sorted({(t.start, t.end, t.text) for t in c.triggers}
                      | {(q.start, q.end, q.text) for _, q, _, _ in c.counts}
                      | ({(place.start, place.end, place.text)} if place else set()))
    sources = tuple(dict.fromkeys([s for s in [doc.source, *c.sources] if s]))
    country_place = load_gazetteer().country(country_code) if country_code else None
    event_id = hashlib.sha256(f"{doc.id}:{index}".encode()).hexdigest()[:16]
    return Event(
        event_id=event_id,
        event_type=event_type,
        sub_event_type=sub,
        event_date=when.isoformat() if when else None,
        time_precision=precision,
        actor1=a1[0].name_en if a1 and a1[0] else None,
        actor1_ar=a1[1] if a1 else None,
        assoc_actor_1=assoc1,
        inter1=a1[0].inter if a1 and a1[0] else None,
        actor2=a2[0].name_en if a2 and a2[0] else None,
        actor2_ar=a2[1] if a2 else None,
        assoc_actor_2=assoc2 if a2 is not None and a2[0] is picked2 else (),
        inter2=a2[0].inter if a2 and a2[0] else None,
        country=country_place.name_en if country_place else None,
        iso=_iso_numeric(country_place),
        admin1=p.admin1 if p else None,
        admin2=p.admin2 if p else None,
        admin3=None,
        location=p.name_en if p else None,
        location_ar=place.text if place else None,
        latitude=p.latitude if p else None,
        longitude=p.longitude if p else None,
        geo_precision=place.geo_precision if place else None,
        fatalities=fatalities,
        fatalities_high=high,
        counts=counts,
        sources=sources,
        status="contested" if c.contested else "reported",
        evidence=tuple(Span(s, e, t) for s, e, t in evidence),
        notes=_notes(event_type, sub, a1, a2, p, when, fatalities),
    )


def _iso_numeric(country_place) -> int | None:
    if country_place is None:
        return None
    return load_gazetteer().iso_numeric(country_place.country)


_SOLDIER_WORDS = frozenset({
    "جندي", "جنديا", "جنديان", "جنديين", "جنود", "عسكري", "عسكريا", "عسكريان", "عسكريين", "شرطي", "شرطيا",
    "شرطيان", "شرطيين", "ضابط", "ضابطا", "ضباط", "مجند", "مجندا", "مجندان", "مجندين", "رقيب", "عريف",
})


_POLICE_WORDS = frozenset({"شرطي", "شرطيا", "شرطيان", "شرطيين"})
_PERSON_WORDS = frozenset({"شخص", "شخصا", "اشخاص", "شخصين", "شخصان"})


def _force_hit(q: Quantity, text: str) -> str | None:
    """The generic force whose men a figure counts: "police" for policemen, for officers of the police or the
    security (ثلاثة ضباط شرطة، ضابطان في الأمن العام) and for men of them told by a plain noun (رجل أمن، عنصر أمن);
    "military" for other soldiers and officers; None where the figure counts no force's men."""
    if not q.counted:
        # خمسة منهم من رجال الأمن: the men of a body counted after منهم من
        return "police" if _MEN_OF_THE_POLICE.match(text, q.end) else None
    head = _head_noun(q.counted)
    if head in _POLICE_WORDS:
        return "police"
    if head not in _SOLDIER_WORDS and head not in _MEN_NOUNS:
        return None
    if normalize_word(_word_after_counted(q, text)).removeprefix("ال") in _POLICE_BODIES:
        return "police"
    return "military" if head in _SOLDIER_WORDS else None


_MEN_OF_THE_POLICE = re.compile(
    r"\s+(?:منهم\s+)?من\s+(?:رجال|أفراد|افراد|عناصر|منسوبي)\s+(?:ال)?(?:أمن|امن|شرطة)(?!\w)")


def _armed_men(q: Quantity, text: str) -> bool:
    """The figure counts armed men of no side it names (5 مسلحين، 12 إرهابيا; not مسلحين من حزب العمال)."""
    return bool(q.counted) and _head_noun(q.counted) in _ARMED_MEN and not normalize_word(
        _word_after_counted(q, text)).startswith(("من", "ينتمون", "تابعين"))


_ARMED_MEN = frozenset(normalize_word(w) for w in (
    "مسلح", "مسلحا", "مسلحان", "مسلحين", "مسلحون", "إرهابي", "إرهابيا", "إرهابيان", "إرهابيين", "إرهابيون",
    "متشدد", "متشددا", "متشددين", "متشددون"))
_MEN_NOUNS = frozenset({"رجل", "رجلا", "رجلان", "رجلين", "رجال", "عنصر", "عنصرا", "عنصران", "عنصرين", "فرد", "فردا",
                        "فردين", "افراد"})


def _word_after_counted(q: Quantity, text: str) -> str:
    """The word after the noun a figure counts (ضباط شرطة: شرطة), "" where there is none."""
    if q.counted_end is None:
        return ""
    m = _NEXT_WORD.match(text, q.counted_end)
    return m.group(1) if m else ""


_NEXT_WORD = re.compile(r"\s+(?:في\s+|من\s+)?(\w+)")  # the word without its punctuation (رجل أمن.)
_POLICE_BODIES = frozenset({"شرطه", "امن"})  # read without the article: الشرطة، الأمن


def _is_soldiers(counted: str | None) -> bool:
    return bool(counted) and _head_noun(counted) in _SOLDIER_WORDS


def _head_noun(counted: str) -> str:
    """The counted noun's first word without its article (استشهاد الجندي: جندي)."""
    return normalize_word(counted).split()[0].removeprefix("ال")


def _count_scope_name(scope: str | None, counted: str | None, sub: str, a1, a2) -> str | None:
    """The scope a count has in the record: actor1/actor2 for a side's figure, soldiers counted where
    exactly one side is a state force for that side, people arrested as members of actor2 (اعتقال ستة
    أشخاص يشتبه بانتمائهم للقاعدة) for actor2."""
    named = _scope_name(scope, a1, a2)
    if named == "civilians" and sub == "Arrests" and counted and a2 and a2[0] and a2[0].inter != "Civilians":
        if normalize_word(counted).split()[0] in _PERSON_WORDS:
            return "actor2"
    if named is not None or not _is_soldiers(counted):
        return named
    sides = [name for name, a in (("actor1", a1), ("actor2", a2)) if a and a[0] and a[0].inter == "State forces"]
    return sides[0] if len(sides) == 1 else None


def _scope_name(scope: str | None, a1, a2) -> str | None:
    if scope == "protesters":  # the demonstrators' own casualties
        return next((name for name, a in (("actor1", a1), ("actor2", a2))
                     if a and a[0] and a[0].inter in ("Protesters", "Rioters")), None)
    if scope is None or not scope.startswith("side:"):
        return scope
    actor_id = scope[5:]
    if a1 and a1[0] and a1[0].id == actor_id:
        return "actor1"
    if a2 and a2[0] and a2[0].id == actor_id:
        return "actor2"
    return None


def _notes(event_type: str, sub: str, a1, a2, place, when, fatalities: int) -> str:
    return event_notes(event_type, sub, a1[0].name_en if a1 and a1[0] else None,
                       a2[0].name_en if a2 and a2[0] else None, place.name_en if place else None, when, fatalities)
