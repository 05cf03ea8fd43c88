"""Article text cut into segments for highlighting: which words back which field of which event.

The browser never slices the text itself: offsets are Python string indices (code points) and
JavaScript counts UTF-16 units, so an emoji before a span would shift every highlight. Here the
text is cut at exactly the offsets of the evidence spans and counts, and each segment lists the
fields it supports as ``"<event index>:<field>"`` (``0:location``, ``1:count-2``). The page shows
each segment with ``textContent`` (never as HTML) and lights up the segments of a field on hover.

Which field an evidence span supports: a span at a count's offsets supports that count (and
``fatalities`` for a killed count); a span that holds, or is held in, the Arabic surface form of the
location or an actor supports that field; any other evidence span is the event's wording
(``event_type``). A location or actor whose surface form no evidence span holds is found in the
text (its first occurrence) and marked as a mention.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from rasd.model import Event

__all__ = ["event_marks", "segment_text"]

_SURFACE_FIELDS = (("location", "location_ar"), ("actor1", "actor1_ar"), ("actor2", "actor2_ar"))


def _clamp(start: int, end: int, n: int) -> tuple[int, int] | None:
    start, end = max(0, min(start, n)), max(0, min(end, n))
    return (start, end) if start < end else None


def event_marks(text: str, event: Event, index: int = 0) -> list[tuple[int, int, str]]:
    """Every ``(start, end, field)`` of one event's evidence and counts, fields prefixed by ``index``."""
    n = len(text)
    marks: list[tuple[int, int, str]] = []
    count_spans: dict[tuple[int, int], list[str]] = {}
    for i, c in enumerate(event.counts):
        span = _clamp(c.start, c.end, n)
        if span is None:
            continue
        fields = [f"count-{i}"] + (["fatalities"] if c.kind == "killed" else [])
        count_spans.setdefault(span, []).extend(fields)
        marks.extend((*span, f"{index}:{f}") for f in fields)
    surfaces = [(field, getattr(event, attr)) for field, attr in _SURFACE_FIELDS if getattr(event, attr)]
    found: set[str] = set()
    for s in event.evidence:
        span = _clamp(s.start, s.end, n)
        if span is None:
            continue
        piece = text[span[0]:span[1]]
        fields = [f for f, surface in surfaces if piece and (piece in surface or surface in piece)]
        found.update(fields)
        if span in count_spans:
            fields += [f for f in count_spans[span] if f not in fields]
        if not fields:
            fields = ["event_type"]
        marks.extend((*span, f"{index}:{f}") for f in fields)
    for field, surface in surfaces:
        if field not in found and (at := text.find(surface)) >= 0:
            marks.append((at, at + len(surface), f"{index}:{field}"))
    return marks


def segment_text(text: str, events: Sequence[Event]) -> list[dict[str, Any]]:
    """The whole text as consecutive segments ``{"text", "fields"}``; unmarked ones have no fields.

    Joining the segments' texts gives back ``text`` exactly.
    """
    marks = [m for i, ev in enumerate(events) for m in event_marks(text, ev, i)]
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    segments: list[dict[str, Any]] = []
    for start, end in itertools.pairwise(cuts):
        fields = sorted({f for s, e, f in marks if s <= start and end <= e})
        if segments and not fields and not segments[-1]["fields"]:
            segments[-1]["text"] += text[start:end]
        else:
            segments.append({"text": text[start:end], "fields": fields})
    return segments
