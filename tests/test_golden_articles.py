"""Golden articles: short reports the team wrote, each with the whole record an analyst codes from it.

Each ``tests/golden/<name>.json`` (other than ``aleppo-shelling.json``, checked in test_events.py)
holds ``text``, ``published``, ``source``, ``covers`` (the sub-event types and reading phenomena it is
there for) and ``record``: the full ``rasd extract`` record written from the text. The record is
compared whole, except two fields that are not written by hand:

- ``event_id``: a hash of the document id and the event's index;
- ``evidence``: the spans Rasd cites. They are checked instead: every span indexes the text exactly,
  and the event's place and each of its counts are among them.

A case Rasd still gets wrong keeps the analyst's record and carries ``xfail`` (the reason); the
test is then a strict xfail, so fixing the mechanism turns it into a failure until the mark goes.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from rasd.extractor import Extractor
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
NOT_COMPARED = ("event_id", "evidence")
CASES = sorted(p for p in GOLDEN.glob("*.json") if p.name != "aleppo-shelling.json")

SUPPORTED_SUB_EVENT_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Disrupted weapons use", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
"""ACLED's sub-event types (ARCHITECTURE.md section 4) that Rasd has event words for; not yet:
Change to group/activity and Headquarters or base established."""


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _param(path: Path):
    reason = _load(path).get("xfail")
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(path, id=path.stem, marks=marks)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("path", [_param(p) for p in CASES])
def test_golden_article(path: Path, extractor: Extractor) -> None:
    case = _load(path)
    text = case["text"]
    result = extractor.extract(text, published=date.fromisoformat(case["published"]), source=case["source"])
    got = result.to_dict()
    for event in got["events"]:
        spans = {(s["start"], s["end"]) for s in event["evidence"]}
        for span in event["evidence"]:
            assert text[span["start"] : span["end"]] == span["text"]
        for count in event["counts"]:
            assert text[count["start"] : count["end"]] == count["text"]
            assert (count["start"], count["end"]) in spans, count
        if event["location_ar"]:
            assert any(text[s:e] == event["location_ar"] for s, e in spans), event["location_ar"]
        for key in NOT_COMPARED:
            event.pop(key)
    assert got == case["record"]


def test_every_supported_sub_event_type_has_a_golden_article() -> None:
    coded = {(e["event_type"], e["sub_event_type"]) for p in CASES for e in _load(p)["record"]["events"]}
    missing = [(t, s) for t, subs in SUPPORTED_SUB_EVENT_TYPES.items() for s in subs if (t, s) not in coded]
    assert not missing


@pytest.mark.parametrize("phenomenon", ["negation", "plan", "history", "attribution", "disputed", "denial",
                                        "several incidents", "condemnation"])
def test_every_reading_phenomenon_has_a_golden_article(phenomenon: str) -> None:
    assert any(phenomenon in c for p in CASES for c in _load(p)["covers"])
