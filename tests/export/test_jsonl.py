"""JSON Lines: one whole incident a line, reports included, Arabic unescaped."""

from __future__ import annotations

import io
import json

from rasd.export import export, write_jsonl
from tests.export import PRISON_TEXT, CountingWriter, bare_incident, make_incident, streamed, wrote_between_draws


def test_one_incident_a_line_with_reports():
    incidents = [make_incident(), bare_incident()]
    buf = io.StringIO()
    assert write_jsonl(incidents, buf) == 2
    lines = buf.getvalue().splitlines()
    assert len(lines) == 2 and buf.getvalue().endswith("\n")
    assert [json.loads(line) for line in lines] == [inc.to_dict() for inc in incidents]
    first = json.loads(lines[0])
    assert len(first["reports"]) == 2
    assert first["reports"][1]["event"]["status"] == "contested"
    assert first["reports"][0]["event"]["counts"][0]["kind"] == "killed"
    assert json.loads(lines[1])["event_date"] is None


def test_arabic_round_trip(tmp_path):
    path = tmp_path / "out.jsonl"
    inc = make_incident(notes="هجوم على سجن غويران")
    assert export([inc], "jsonl", path) == 1
    raw = path.read_text(encoding="utf-8")
    assert "هجوم على سجن غويران" in raw and "\\u" not in raw
    back = json.loads(raw)
    assert back["notes"] == "هجوم على سجن غويران"
    assert back["reports"][0]["event"]["actor1_ar"] == "تنظيم داعش"
    assert back["reports"][0]["event"]["evidence"][0]["text"] == PRISON_TEXT[:22]


def test_streams_a_generator():
    out, seen = CountingWriter(), []
    assert write_jsonl(streamed(10_000, out, seen), out) == 10_000
    assert wrote_between_draws(seen)
    assert out.getvalue().count("\n") == 10_000
