"""Cutting an article into highlighted segments at exactly the offsets of the evidence and counts."""

from __future__ import annotations

from dataclasses import replace

from rasd.model import Count, Span
from rasd.web.evidence import segment_text
from tests.store.conftest import make_event


def _event(text: str, **fields):
    return replace(make_event(text), **{"evidence": (), **fields})


def test_segments_rejoin_to_the_text_and_carry_fields():
    text = "قتل خمسة مدنيين في قصف على مدينة الأتارب"
    five, town, shelling = text.index("خمسة"), text.index("مدينة الأتارب"), text.index("قصف")
    ev = _event(text, location_ar="مدينة الأتارب", actor1_ar=None, actor2_ar=None,
                counts=(Count("killed", 5, "exact", None, "مصادر", five, five + 4, "خمسة"),),
                evidence=(Span(five, five + 4, "خمسة"), Span(shelling, shelling + 3, "قصف"),
                          Span(town, town + 13, "مدينة الأتارب")))
    segments = segment_text(text, [ev])
    assert "".join(s["text"] for s in segments) == text
    fields = {s["text"]: s["fields"] for s in segments if s["fields"]}
    assert fields == {"خمسة": ["0:count-0", "0:fatalities"], "قصف": ["0:event_type"], "مدينة الأتارب": ["0:location"]}


def test_offsets_are_code_points_not_utf16_units():
    text = "🔥 قصف على حلب"  # an astral character first: JavaScript would count it twice
    at = text.index("قصف")
    segments = segment_text(text, [_event(text, location_ar=None, actor1_ar=None, actor2_ar=None,
                                          evidence=(Span(at, at + 3, "قصف"),))])
    assert [s["text"] for s in segments if s["fields"]] == ["قصف"]


def test_an_actor_outside_the_evidence_is_found_in_the_text_and_several_events_are_told_apart():
    text = "قصفت قوات النظام بلدة، واشتبك مسلحون في بلدة أخرى"
    first = _event(text, actor1_ar="قوات النظام", actor2_ar=None, location_ar=None, evidence=(Span(0, 4, "قصفت"),))
    second = _event(text, actor1_ar=None, actor2_ar=None, location_ar=None,
                    evidence=(Span(text.index("واشتبك"), text.index("واشتبك") + 6, "واشتبك"),))
    fields = {s["text"]: s["fields"] for s in segment_text(text, [first, second]) if s["fields"]}
    assert fields == {"قصفت": ["0:event_type"], "قوات النظام": ["0:actor1"], "واشتبك": ["1:event_type"]}


def test_spans_outside_the_text_are_clamped_or_dropped():
    text = "قصف"
    ev = _event(text, location_ar=None, actor1_ar=None, actor2_ar=None,
                evidence=(Span(2, 99, "x"), Span(50, 60, "y")))
    segments = segment_text(text, [ev])
    assert "".join(s["text"] for s in segments) == text
    assert [s["text"] for s in segments if s["fields"]] == ["ف"]
