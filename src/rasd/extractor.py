"""The whole pipeline for one article: text layer -> mentions -> events -> ACLED-style records.

``Extractor`` loads the resources once (lexicons, gazetteer, actor dictionary) and is then safe to
share across threads and to use in worker processes; ``extract`` is a convenience over a shared
default Extractor.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from rasd.analysis import TextAnalysis, analyze_text
from rasd.assemble import TERRITORY, Candidate, assemble
from rasd.model import ActorMention, Count, CueMention, Document, Event, PlaceMention, Span, TriggerMention
from rasd.recognize.actors import find_actors, load_actors
from rasd.recognize.places import find_places
from rasd.recognize.triggers import could_have_events, event_sentence_ranges, find_cues, find_triggers
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
        # rest cannot propose an event, and tokens are the costliest part of the pipeline.
        ranges = None if mentions else event_sentence_ranges(nt)
        tokens = tokenize(nt, ranges)
        triggers = find_triggers(nt, tokens)
        if not (triggers or mentions):
            return ExtractionResult(doc, analysis.language, (), analysis)
        places = find_places(nt, tokens=tokens, country=self.country)
        country = self.country or _main_country(places)
        actors = find_actors(nt, tokens=tokens, country=country, published=published)
        cues = find_cues(nt, tokens)
        candidates = assemble(
            tokens=tokens, sentences=analysis.sentences, quantities=analysis.quantities,
            dates=analysis.dates, places=places, actors=actors, triggers=triggers, cues=cues,
            published=published,
        )
        events = tuple(
            e for e in (_to_event(c, i, doc, country, published, analysis, places, actors)
                        for i, c in enumerate(candidates))
            if e.latitude is not None  # ACLED codes an event only where it can place it
        )
        return ExtractionResult(doc, analysis.language, events, analysis, tuple(places), tuple(actors),
                                tuple(triggers), tuple(cues))


@cache
def _default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, *, published: date | None = None, source: str | None = None,
            url: str | None = None) -> tuple[Event, ...]:
    """The events of one article (see ``Extractor.extract`` for the full result)."""
    return _default_extractor().extract(text, published=published, source=source, url=url).events


def _main_country(places: list[PlaceMention]) -> str | None:
    counts = Counter(p.place.country for p in places if p.place)
    return counts.most_common(1)[0][0] if counts else None


def _generic_actor(kind: str, country: str | None):
    """The dictionary's generic actor of a kind ("Civilians", "Unidentified Armed Group") for a country."""
    actors = load_actors()
    return actors.generic(kind, country)


def _resolve_type(c: Candidate) -> tuple[str, str]:
    if c.event_type == "":
        victims_civilian = any(scope == "civilians" for _, _, scope, _ in c.counts) or any(
            a.actor and a.actor.inter == "Civilians" for a in c.targets)
        armed_targets = any(a.actor and a.actor.inter not in ("Civilians", "Protesters") for a in c.targets)
        if victims_civilian and not armed_targets:
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if c.event_type == "Battles" and c.sub_event_type in ("", TERRITORY):
        actor = (c.attackers or c.others or [None])[0]
        if actor is not None and actor.actor and actor.actor.inter == "State forces":
            return "Battles", "Government regains territory"
        return "Battles", "Non-state actor overtakes territory"
    return c.event_type, c.sub_event_type


def _pick_actors(c: Candidate, event_type: str, country: str | None):
    """actor1 (the side that acts), actor2 (the side acted upon) and actor1's allies."""
    def distinct(mentions: list[ActorMention]) -> list[ActorMention]:
        out: list[ActorMention] = []
        for a in mentions:
            if a.actor and a.role == "actor" and all(a.actor.id != b.actor.id for b in out):
                out.append(a)
        return out

    attackers, others, targets = distinct(c.attackers), distinct(c.others), distinct(c.targets)
    first = (attackers or others or [None])[0]
    taken = {first.actor.id} if first else set()
    second = next((a for a in [*targets, *others] if a.actor.id not in taken), None)
    assoc1 = tuple(a.actor.name_en for a in attackers[1:] if a.actor.id not in taken)
    civilians_hit = any(scope == "civilians" for _, _, scope, _ in c.counts)
    a1 = (first.actor, first.text) if first else None
    a2 = (second.actor, second.text) if second else None
    remote = event_type in ("Violence against civilians", "Explosions/Remote violence")
    if a2 is None and civilians_hit and remote:
        generic = _generic_actor("civilians", country)
        a2 = (generic, None) if generic else None
    if a1 is None and remote:
        generic = _generic_actor("unidentified", country)
        a1 = (generic, None) if generic else None
    return a1, a2, assoc1


def _main_armed_actor(actors: list[ActorMention], exclude: str | None):
    """The armed actor the article names most often (the acting side of an event whose sentence
    leaves it implicit: "تم إلقاء القبض على ..." in a report about one force's operation)."""
    counts = Counter(a.actor.id for a in actors if a.actor and a.role == "actor"
                     and a.actor.inter not in ("Civilians", "Protesters", "Rioters") and a.actor.id != exclude)
    if not counts:
        return None
    best = counts.most_common(1)[0][0]
    mention = next(a for a in actors if a.actor and a.actor.id == best)
    return mention.actor, mention.text


def _nearest_inside(unit: PlaceMention | None, places: list[PlaceMention], anchor: int) -> PlaceMention | None:
    """The specific place (precision 1 or 2) nearest to ``anchor`` in the text that lies inside ``unit``."""
    def inside(p: PlaceMention) -> bool:
        if unit is None or unit.place is None:
            return True
        u = unit.place
        return p.place.country == u.country and (u.feature != "admin1" or p.place.admin1 == u.admin1)

    fits = [p for p in places if p.place is not None and p.geo_precision <= 2 and p.place.latitude is not None
            and inside(p)]
    return min(fits, key=lambda p: abs(p.start - anchor), default=None)


def _best_place(places: list[PlaceMention]) -> PlaceMention | None:
    located = [p for p in places if p.place is not None and p.place.latitude is not None]
    if not located:
        return None
    return min(located, key=lambda p: (p.geo_precision, places.index(p)))


def _fatalities(c: Candidate) -> tuple[int, int | None]:
    per_source: dict[str | None, int] = {}
    for kind, q, _scope, source in c.counts:
        if kind != "killed" or q.value is None:
            continue
        per_source[source] = max(per_source.get(source, 0), int(q.value))
    if not per_source:
        return 0, None
    return min(per_source.values()), max(per_source.values())


def _to_event(c: Candidate, index: int, doc: Document, country: str | None, published: date | None,
              analysis: TextAnalysis, places: list[PlaceMention], actors: list[ActorMention]) -> Event:
    event_type, sub = _resolve_type(c)
    place = _best_place(c.places)
    if place is None or place.geo_precision == 3:
        # Only a country or a province where the event is told: take the article's nearest named
        # town inside it (the closest fitting mention), else keep the coarse unit.
        anchor = min(t.start for t in c.triggers) if c.triggers else 0
        place = _nearest_inside(place, places, anchor) or place or _best_place(places)
    p = place.place if place else None
    country_code = p.country if p else country
    a1, a2, assoc1 = _pick_actors(c, event_type, country_code)
    if a1 is None and event_type in ("Battles", "Strategic developments"):
        a1 = _main_armed_actor(actors, exclude=a2[0].id if a2 and a2[0] else None)
    resolved = [d for d in c.dates if d.date is not None]
    if resolved:
        when, precision = resolved[0].date, resolved[0].precision
    else:
        lead = [d for d in analysis.dates if d.date is not None and d.direction != "future"
                and (published is None or (published - d.date).days <= 14)]
        when, precision = (lead[0].date, lead[0].precision) if lead else (published, 2)
    fatalities, high = _fatalities(c)
    counts = tuple(
        Count(kind, int(q.value) if q.value is not None else None, q.qualifier,
              _scope_name(scope, a1, a2), source, q.start, q.end, q.text)
        for kind, q, scope, source in c.counts
    )
    evidence = sorted({(t.start, t.end, t.text) for t in c.triggers}
                      | {(q.start, q.end, q.text) for _, q, _, _ in c.counts}
                      | ({(place.start, place.end, place.text)} if place else set()))
    sources = tuple(dict.fromkeys([s for s in [doc.source, *c.sources] if s]))
    from rasd.gazetteer.index import load_gazetteer

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
        assoc_actor_2=(),
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
    from rasd.gazetteer.index import load_gazetteer

    return load_gazetteer().iso_numeric(country_place.country)


def _scope_name(scope: str | None, a1, a2) -> str | None:
    if scope is None or not scope.startswith("side:"):
        return scope
    actor_id = scope[5:]
    if a1 and a1[0] and a1[0].id == actor_id:
        return "actor1"
    if a2 and a2[0] and a2[0].id == actor_id:
        return "actor2"
    return None


def _notes(event_type: str, sub: str, a1, a2, place, when, fatalities: int) -> str:
    who = a1[0].name_en if a1 and a1[0] else "An unidentified actor"
    whom = f" against {a2[0].name_en}" if a2 and a2[0] else ""
    where = f" in {place.name_en}" if place else ""
    day = f"On {when.isoformat()}, " if when else ""
    text = f"{day}{who}: {sub[0].lower() + sub[1:]} ({event_type}){whom}{where}."
    if fatalities:
        text += f" {fatalities} reported killed."
    return text[0].upper() + text[1:]
