"""The ``rasd`` command: thin wrappers over the library. Only this module talks to the terminal."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from rasd import __version__
from rasd.errors import RasdError
from rasd.text.reading import DEFAULT_MAX_BYTES, decode_article, read_article

__all__ = ["main"]


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasd", description="Arabic conflict news to ACLED-style event data."
    )
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add_input(p: argparse.ArgumentParser) -> None:
        p.add_argument("file", nargs="?",
                       help="article file: UTF-8 text, or an HTML page (.html/.htm: its main text); "
                            "'-' or nothing reads stdin")
        p.add_argument("--text", help="the article text itself, instead of a file")
        p.add_argument(
            "--published", type=_parse_date, metavar="YYYY-MM-DD",
            help="publication date; relative dates (أمس، الخميس الماضي) are resolved against it",
        )
        p.add_argument(
            "--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
            help=f"refuse larger input (default {DEFAULT_MAX_BYTES} bytes)",
        )
        p.add_argument("--compact", action="store_true", help="print JSON on one line")

    inspect = sub.add_parser(
        "inspect", help="show every mention found: sentences, quantities, dates, places, actors, triggers, cues"
    )
    add_input(inspect)

    extract = sub.add_parser(
        "extract", help="extract the events of one article as a JSON record",
        description="Extract the events of one article (a UTF-8 text file, stdin, --text, or an HTML page, "
                    "whose main text is read and whose date, site name and URL are used unless given here). "
                    "A JSON Lines file (.jsonl or .jsonl.gz: text, published, source, url, title, id on each "
                    "line) prints one compact record a line, in order; a line that cannot be read prints "
                    '{"document": {"origin": ..., "input_id": ...}, "error": REASON, "events": []} and the '
                    "run goes on. Exit status: 0 when every line was read, 1 when some could not be, "
                    "2 when the input cannot be read at all.")
    add_input(extract)
    extract.add_argument("--source", help="the outlet that published the article (JSON Lines: for lines without one)")
    extract.add_argument("--url", help="where the article was published (JSON Lines: for lines without one)")
    extract.add_argument("--format", choices=["json"], default="json", help="output format")

    evaluate = sub.add_parser("eval", help="score extraction against a gold set (JSON Lines)")
    evaluate.add_argument("gold", help="gold file: one article a line with its expected events")
    evaluate.add_argument("--compact", action="store_true", help="print JSON on one line")

    from rasd.gazetteer.commands import add_gazetteer_parser

    add_gazetteer_parser(sub)
    from rasd.store.commands import add_store_parsers

    add_store_parsers(sub)
    from rasd.web.commands import add_web_parser

    add_web_parser(sub)
    return parser


def _read_input(args: argparse.Namespace) -> str:
    if args.text is not None:
        if args.file:
            raise RasdError("give either a file or --text, not both")
        return decode_article(args.text.encode("utf-8", "surrogateescape"), max_bytes=args.max_bytes)
    if args.file and args.file != "-":
        path = Path(args.file)
        if not path.is_file():
            raise RasdError(f"no such file: {args.file}")
        if path.name.lower().endswith((".html", ".htm")):
            from rasd.ingest.html import read_html_file
            from rasd.ingest.sources import BadInput

            page = read_html_file(path, max_bytes=args.max_bytes)
            if isinstance(page, BadInput):
                raise RasdError(f"{page.origin}: {page.reason}")
            return page.text
        return read_article(path, max_bytes=args.max_bytes)
    if sys.stdin is None or sys.stdin.isatty():
        raise RasdError("no input: give a file, --text, or pipe the article on stdin")
    return read_article(sys.stdin.buffer, max_bytes=args.max_bytes)


def _inspect(args: argparse.Namespace) -> dict[str, Any]:
    from rasd.extractor import Extractor

    result = Extractor().extract(_read_input(args), published=args.published, mentions=True)
    return result.mentions_dict()


def _extract(args: argparse.Namespace) -> dict[str, Any] | int:
    from rasd.extractor import Extractor

    name = (args.file or "").lower() if args.text is None else ""
    if name.endswith((".jsonl", ".jsonl.gz")):
        from rasd.ingest.sources import BadInput, read_jsonl

        if not Path(args.file).is_file():
            raise RasdError(f"no such file: {args.file}")
        extractor, status = Extractor(), 0
        for item in read_jsonl(args.file, max_bytes=args.max_bytes):
            if isinstance(item, BadInput):
                status = 1
                record: dict[str, Any] = {"document": {"origin": item.origin, "input_id": item.id},
                                          "error": item.reason, "events": []}
            else:
                try:
                    record = extractor.extract(item.text, published=item.published or args.published,
                                               source=item.source or args.source, url=item.url or args.url).to_dict()
                    record["document"].update(input_id=item.id, origin=item.origin)
                except Exception as exc:  # one article's failure must not stop the file
                    status = 1
                    record = {"document": {"origin": item.origin, "input_id": item.id},
                              "error": f"extraction failed: {type(exc).__name__}: {exc}", "events": []}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return status
    if name.endswith((".html", ".htm")) and Path(args.file).is_file():
        from rasd.ingest.html import read_html_file
        from rasd.ingest.sources import BadInput

        page = read_html_file(args.file, max_bytes=args.max_bytes)
        if isinstance(page, BadInput):
            raise RasdError(f"{page.origin}: {page.reason}")
        return Extractor().extract(page.text, published=args.published or page.published,
                                   source=args.source or page.source, url=args.url or page.url).to_dict()
    text = _read_input(args)
    return Extractor().extract(text, published=args.published, source=args.source, url=args.url).to_dict()


def _eval(args: argparse.Namespace) -> dict[str, Any]:
    from rasd.eval.gold import evaluate, load_gold

    path = Path(args.gold)
    if not path.is_file():
        raise RasdError(f"no such file: {args.gold}")
    try:
        report = evaluate(load_gold(path))
    except (ValueError, KeyError) as exc:
        raise RasdError(f"bad gold file: {exc}") from None
    return {
        **report.totals(),
        "per_article": [
            {"id": a.id, "predicted": a.predicted, "paired": a.paired, "found": a.found,
             "required": a.required, "errors": a.errors}
            for a in report.articles
        ],
    }


def _gazetteer(args: argparse.Namespace) -> Any:
    from rasd.gazetteer.commands import run_gazetteer

    return run_gazetteer(args)


def _store_handlers() -> dict[str, Any]:
    from rasd.store import commands
    from rasd.web.commands import run_serve

    return {"ingest": commands.run_ingest, "watch": commands.run_watch, "events": commands.run_events,
            "export": commands.run_export, "serve": run_serve}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``rasd`` console script; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    handlers = {"inspect": _inspect, "extract": _extract, "eval": _eval, "gazetteer": _gazetteer,
                **_store_handlers()}
    try:
        result = handlers[args.command](args)
    except RasdError as exc:
        print(f"rasd: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"rasd: error: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}".rstrip(": "),
              file=sys.stderr)
        return 2
    if isinstance(result, int):  # the command printed its own output; this is its exit status
        return result
    if isinstance(result, str):
        sys.stdout.write(result if result.endswith("\n") else result + "\n")
        return 0
    if isinstance(result, dict) and (
        result.get("language", result.get("document", {}).get("language")) == "other"
    ):
        print("rasd: warning: the input does not look like Arabic; nothing was extracted", file=sys.stderr)
    indent = None if getattr(args, "compact", False) else 2
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=indent) + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
