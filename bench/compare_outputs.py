"""Guard for speed work: the extraction records and the inspect output must not change.

    python bench/compare_outputs.py --save BEFORE.jsonl [--limit N] [--inspect M]
    python bench/compare_outputs.py --check BEFORE.jsonl [--limit N] [--inspect M]

Writes, for the first N corpus articles, the ``rasd extract`` record of each (one JSON a line),
followed by the ``rasd inspect`` output (``mentions=True``) of the first M; ``--check`` writes
the same to a temporary file and compares it line by line with the saved one, printing the first
differing articles and exiting 1 when any differs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import articles
from rasd.extractor import Extractor


def write(path: Path, limit: int, inspect: int) -> int:
    extractor = Extractor()
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for i, (text, published) in enumerate(articles(limit=limit)):
            record = extractor.extract(text, published=published).to_dict()
            out.write(json.dumps({"i": i, "extract": record}, ensure_ascii=False, sort_keys=True) + "\n")
            if i < inspect:
                mentions = extractor.extract(text, published=published, mentions=True).mentions_dict()
                out.write(json.dumps({"i": i, "inspect": mentions}, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the outputs to this file")
    group.add_argument("--check", type=Path, help="compare the outputs with this saved file")
    parser.add_argument("--limit", type=int, default=5000, help="articles to extract (default: 5000)")
    parser.add_argument("--inspect", type=int, default=300, help="articles to inspect (default: 300)")
    parser.add_argument("--show", type=int, default=5, help="differing lines to print (default: 5)")
    args = parser.parse_args()

    if args.save:
        n = write(args.save, args.limit, args.inspect)
        print(f"saved {n} articles to {args.save}")
        return
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        after = Path(tmp.name)
    n = write(after, args.limit, args.inspect)
    before_lines = args.check.read_text(encoding="utf-8").splitlines()
    after_lines = after.read_text(encoding="utf-8").splitlines()
    diffs = [(b, a) for b, a in zip(before_lines, after_lines, strict=False) if b != a]
    if len(before_lines) != len(after_lines):
        print(f"line counts differ: {len(before_lines)} saved, {len(after_lines)} now")
    for b, a in diffs[: args.show]:
        print("- " + b[:2000])
        print("+ " + a[:2000])
    after.unlink()
    if diffs or len(before_lines) != len(after_lines):
        print(f"DIFFERENT: {len(diffs)} of {len(before_lines)} lines differ")
        sys.exit(1)
    print(f"identical: {n} articles ({len(after_lines)} lines)")


if __name__ == "__main__":
    main()
