"""Score the quantity and date recognizers against Recognizers-Text's Arabic specifications.

The specifications (Microsoft Recognizers-Text, MIT) live outside this repository, by default in
``../shared/data/recognizers-text-ar``. In scope, as the foundation issue defines it:

* ``Number-NumberModel.json``: cases whose expected results are all whole numbers (a case with no
  result says "there is no number here" and is in scope too). A case passes when the multiset
  of values Rasd finds equals the expected one.
* ``DateTime-DateParser.json``: cases that resolve to one calendar date (the same past and future
  resolution). A case passes when Rasd finds a time expression overlapping the expected text and
  resolves it, against the case's reference date, to the expected date.
* ``DateTime-DateExtractor.json``: every case. Strict: the set of Rasd's span texts equals the
  expected set; overlap: every expected text overlaps one of Rasd's spans and every Rasd span
  overlaps an expected one.

Run ``python -m rasd.eval.recognizers_text [DIR] [--failures]`` to print pass rates.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rasd.recognize.dates import find_dates
from rasd.recognize.quantities import find_quantities
from rasd.text.normalize import normalize

__all__ = ["FileScore", "default_spec_dir", "score_all", "score_date_extractor", "score_date_parser",
           "score_numbers"]


@dataclass
class FileScore:
    """Pass counts for one specification file (one or more measures)."""

    name: str
    in_scope: int = 0
    total: int = 0
    passed: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def rate(self, measure: str) -> float:
        return self.passed.get(measure, 0) / self.in_scope if self.in_scope else 0.0

    def lines(self) -> Iterable[str]:
        for measure, n in self.passed.items():
            yield (f"{self.name:32} {measure:8} {n:4d}/{self.in_scope:<4d} in scope "
                   f"({self.total} cases)  {100 * self.rate(measure):5.1f}%")


def default_spec_dir() -> Path:
    """``../shared/data/recognizers-text-ar`` beside the repository this package was installed from."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "data" / "recognizers-text-ar"


def _load(directory: Path, name: str) -> list[dict[str, Any]]:
    return json.loads((directory / name).read_text(encoding="utf-8-sig"))


def _is_whole(value: str) -> bool:
    try:
        return float(value).is_integer()
    except ValueError:
        return False


def _reference(case: dict[str, Any]) -> date | None:
    ref = case.get("Context", {}).get("ReferenceDateTime")
    return date.fromisoformat(ref[:10]) if ref else None


def _expected_spans(case: dict[str, Any]) -> list[tuple[int, int, str]]:
    spans = []
    for r in case["Results"]:
        start = r["Start"]
        end = start + r["Length"] if "Length" in r else r["End"] + 1
        spans.append((start, end, r["Text"]))
    return spans


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_numbers(directory: Path) -> FileScore:
    score = FileScore("Number-NumberModel.json", passed={"values": 0})
    for case in _load(directory, "Number-NumberModel.json"):
        score.total += 1
        expected = [r["Resolution"]["value"] for r in case["Results"]]
        if not all(_is_whole(v) for v in expected):
            continue
        score.in_scope += 1
        want = Counter(int(float(v)) for v in expected)
        found = find_quantities(normalize(case["Input"]))
        got = Counter(int(q.value) if float(q.value).is_integer() else q.value
                      for q in found if q.value is not None)
        if got == want:
            score.passed["values"] += 1
        else:
            score.failures.append(f"{case['Input']!r}: want {sorted(want.elements())} "
                                  f"got {[(q.text, q.value, q.kind) for q in found]}")
    return score


def score_date_parser(directory: Path) -> FileScore:
    score = FileScore("DateTime-DateParser.json", passed={"date": 0})
    for case in _load(directory, "DateTime-DateParser.json"):
        score.total += 1
        results = case["Results"]
        if len(results) != 1:
            continue
        value = results[0]["Value"]
        past = value.get("PastResolution", {}).get("date")
        future = value.get("FutureResolution", {}).get("date")
        if not past or past != future or past.startswith("0001"):
            continue
        score.in_scope += 1
        (start, end, _), = _expected_spans(case)
        found = find_dates(normalize(case["Input"]), _reference(case))
        if any(t.date and t.date.isoformat() == past and _overlaps((t.start, t.end), (start, end))
               for t in found):
            score.passed["date"] += 1
        else:
            score.failures.append(f"{case['Input']!r} ref {_reference(case)}: want {past} "
                                  f"got {[(t.text, t.date and t.date.isoformat()) for t in found]}")
    return score


def score_date_extractor(directory: Path) -> FileScore:
    score = FileScore("DateTime-DateExtractor.json", passed={"strict": 0, "overlap": 0})
    for case in _load(directory, "DateTime-DateExtractor.json"):
        score.total += 1
        score.in_scope += 1
        expected = _expected_spans(case)
        found = find_dates(normalize(case["Input"]), None)
        if {t.text.strip() for t in found} == {text.strip() for _, _, text in expected}:
            score.passed["strict"] += 1
        ok = all(any(_overlaps((s, e), (t.start, t.end)) for t in found) for s, e, _ in expected) and all(
            any(_overlaps((s, e), (t.start, t.end)) for s, e, _ in expected) for t in found)
        if ok:
            score.passed["overlap"] += 1
        else:
            score.failures.append(f"{case['Input']!r}: want {[t for _, _, t in expected]} "
                                  f"got {[t.text for t in found]}")
    return score


def score_all(directory: Path) -> list[FileScore]:
    return [score_numbers(directory), score_date_parser(directory), score_date_extractor(directory)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=default_spec_dir())
    parser.add_argument("--failures", action="store_true", help="list the failing cases")
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"no specifications at {args.directory}", file=sys.stderr)
        return 2
    for score in score_all(args.directory):
        for line in score.lines():
            print(line)
        if args.failures:
            for f in score.failures:
                print("   FAIL", f)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
