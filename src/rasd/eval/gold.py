"""Scoring extracted events against a gold set (JSON Lines, one article a line).

The gold format is the one of ``../shared/dev/README.md``: each article has ``id``, ``published``,
``source``, ``text``, ``events`` (each with ``required``, ``event_type`` (one or a list),
``sub_event_type`` (a list), ``dates``, ``location`` {lat, lon, tol_km, admin1 aliases}, ``actors``
(alias groups) and ``fatalities`` [lo, hi]), ``forbid`` rules and ``counts``.

Scoring: predicted and gold events of the same type are paired, the best-fitting pair first.
Precision counts predicted events paired with a gold event (required or optional); recall counts
required gold events found. Field accuracy is measured on the pairs.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rasd.extractor import Extractor
from rasd.model import Event
from rasd.text.normalize import normalize_word

__all__ = ["ArticleScore", "EvalReport", "evaluate", "load_gold", "score_article"]

FIELDS = ("sub_event_type", "date", "location", "admin1", "actors", "fatalities")


@dataclass
class ArticleScore:
    """One article: what was paired, missed and invented, and each pair's field checks."""

    id: str
    predicted: int = 0
    paired: int = 0
    required: int = 0
    found: int = 0
    fields: dict[str, list[bool]] = field(default_factory=lambda: {f: [] for f in FIELDS})
    errors: list[str] = field(default_factory=list)
    counts_expected: int = 0
    counts_found: int = 0


@dataclass
class EvalReport:
    articles: list[ArticleScore]

    def totals(self) -> dict[str, Any]:
        predicted = sum(a.predicted for a in self.articles)
        paired = sum(a.paired for a in self.articles)
        required = sum(a.required for a in self.articles)
        found = sum(a.found for a in self.articles)
        precision = paired / predicted if predicted else 1.0
        recall = found / required if required else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        fields = {}
        for name in FIELDS:
            checks = [c for a in self.articles for c in a.fields[name]]
            fields[name] = (sum(checks) / len(checks)) if checks else None
        expected = sum(a.counts_expected for a in self.articles)
        counted = sum(a.counts_found for a in self.articles)
        return {
            "articles": len(self.articles), "predicted": predicted, "paired": paired,
            "required": required, "found": found, "precision": precision, "recall": recall, "f1": f1,
            "fields": fields, "counts_recall": counted / expected if expected else None,
        }


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The articles of a gold file; a line that is not a JSON object is an error naming the line."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not valid JSON: {exc.msg}") from None
    return rows


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _fold(text: str) -> str:
    return normalize_word(text).lower().replace("-", " ").replace("'", "")


def _names(event: Event) -> list[str]:
    names = [event.actor1, event.actor1_ar, event.actor2, event.actor2_ar, *event.assoc_actor_1,
             *event.assoc_actor_2]
    return [_fold(n) for n in names if n]


def field_checks(event: Event, gold: dict[str, Any]) -> dict[str, bool | None]:
    """Each field of a predicted event checked against a gold event (None: gold says nothing)."""
    checks: dict[str, bool | None] = dict.fromkeys(FIELDS)
    if gold.get("sub_event_type"):
        checks["sub_event_type"] = event.sub_event_type in gold["sub_event_type"]
    if gold.get("dates"):
        checks["date"] = event.event_date in gold["dates"]
    loc = gold.get("location") or {}
    if "lat" in loc and "lon" in loc:
        checks["location"] = event.latitude is not None and _km(
            event.latitude, event.longitude, loc["lat"], loc["lon"]) <= loc.get("tol_km", 10)
    if loc.get("admin1"):
        mine = _fold(event.admin1 or "")
        checks["admin1"] = bool(mine) and any(_fold(a) in mine or mine in _fold(a) for a in loc["admin1"])
    if gold.get("actors"):
        names = _names(event)
        checks["actors"] = all(
            any(_fold(alias) in n or n in _fold(alias) for alias in group for n in names) for group in gold["actors"]
        )
    if gold.get("fatalities"):
        lo, hi = gold["fatalities"]
        checks["fatalities"] = lo <= event.fatalities <= hi
    return checks


def _fit(event: Event, gold: dict[str, Any]) -> float:
    checks = [c for c in field_checks(event, gold).values() if c is not None]
    return sum(checks) / len(checks) if checks else 0.5


def _forbidden(event: Event, rules: Iterable[dict[str, Any]]) -> str | None:
    for rule in rules:
        if "date_before" in rule and event.event_date and event.event_date < rule["date_before"]:
            return f"dated {event.event_date}, before {rule['date_before']}"
        if "date_after" in rule and event.event_date and event.event_date > rule["date_after"]:
            return f"dated {event.event_date}, after {rule['date_after']}"
        if rule.get("event_type") == event.event_type and rule.get("sub_event_type") in (None, event.sub_event_type):
            return f"forbidden coding {event.event_type}/{event.sub_event_type}"
        if "fatalities_over" in rule and event.fatalities > rule["fatalities_over"]:
            return f"fatalities {event.fatalities} over {rule['fatalities_over']}"
    return None


def score_article(article: dict[str, Any], events: Iterable[Event]) -> ArticleScore:
    """Pair predicted with gold events (same type, best fit first) and check the fields."""
    events = list(events)
    golds = article.get("events", [])
    score = ArticleScore(article.get("id", "?"), predicted=len(events),
                         required=sum(1 for g in golds if g.get("required", True)))
    pairs = sorted(  # best fit first; among equal fits, required gold events before optional ones
        ((_fit(e, g), bool(g.get("required", True)), -j, i, j) for i, e in enumerate(events)
         for j, g in enumerate(golds) if e.event_type in _as_list(g["event_type"])),
        reverse=True,
    )
    used_e: set[int] = set()
    used_g: set[int] = set()
    for *_rank, i, j in pairs:
        if i in used_e or j in used_g:
            continue
        used_e.add(i)
        used_g.add(j)
        score.paired += 1
        gold = golds[j]
        if gold.get("required", True):
            score.found += 1
        for name, ok in field_checks(events[i], gold).items():
            if ok is not None:
                score.fields[name].append(ok)
                if not ok:
                    score.errors.append(f"{gold.get('id')}: wrong {name} ({_show(events[i], name)})")
    for i, e in enumerate(events):
        if i not in used_e:
            why = _forbidden(e, article.get("forbid", []))
            score.errors.append(f"invented {e.event_type}/{e.sub_event_type} {e.event_date} {e.location}"
                                + (f" [{why}]" if why else ""))
    for j, g in enumerate(golds):
        if j not in used_g and g.get("required", True):
            score.errors.append(f"missed {g.get('id')} ({g['event_type']})")
    found_counts = {(c.kind, c.value) for e in events for c in e.counts}
    for c in article.get("counts", []):
        score.counts_expected += 1
        if (c["kind"], c["value"]) in found_counts:
            score.counts_found += 1
        else:
            score.errors.append(f"count {c['kind']} {c['value']} not found")
    return score


def _show(event: Event, name: str) -> str:
    return {
        "sub_event_type": event.sub_event_type, "date": event.event_date, "location": event.location,
        "admin1": event.admin1, "actors": f"{event.actor1} / {event.actor2}", "fatalities": event.fatalities,
    }.get(name, "")


def evaluate(articles: Iterable[dict[str, Any]], extractor: Extractor | None = None) -> EvalReport:
    """Extract every gold article and score it."""
    extractor = extractor or Extractor()
    scores = []
    for a in articles:
        published = date.fromisoformat(a["published"][:10]) if a.get("published") else None
        result = extractor.extract(a["text"], published=published, source=a.get("source"))
        scores.append(score_article(a, result.events))
    return EvalReport(scores)
