"""The store's commands: ``rasd ingest``, ``rasd watch``, ``rasd events`` and ``rasd export``.

Thin wrappers: they parse arguments, call the store and the ingest library, and print.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from typing import Any

from rasd.errors import RasdError

__all__ = ["add_store_parsers", "run_events", "run_export", "run_ingest", "run_watch"]

EVENT_FORMATS = ("table", "json", "csv")
EXPORT_FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")  # rasd.export.EXPORT_FORMATS, without importing it
_TABLE_COLUMNS = ("event_date", "sub_event_type", "country", "admin1", "location", "actor1", "actor2",
                  "fatalities", "n_reports", "incident_id")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes (0 or more): {value!r}")
    return n


def _bbox(value: str) -> tuple[float, float, float, float]:
    from rasd.store.store import parse_bbox

    try:
        return parse_bbox(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="database: a SQLite file or postgresql://... URL (default: $RASD_DB or rasd.db)")


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="first event date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last event date (YYYY-MM-DD)")
    p.add_argument("--country", help="country name (English) or ISO 3166-1 numeric code")
    p.add_argument("--admin1", help="first-level unit (English name)")
    p.add_argument("--type", dest="event_type", help="ACLED event type or sub-event type")
    p.add_argument("--actor", help="part of an actor's name (any role)")
    p.add_argument("--bbox", type=_bbox, metavar="W,S,E,N", help="bounding box: min_lon,min_lat,max_lon,max_lat")


def _filter(args: argparse.Namespace) -> Any:
    from rasd.store.store import IncidentFilter

    return IncidentFilter(date_from=args.date_from, date_to=args.date_to, country=args.country, admin1=args.admin1,
                          event_type=args.event_type, actor=args.actor, bbox=args.bbox)


def add_store_parsers(sub: Any) -> None:
    """Add the store's sub-commands to the ``rasd`` parser."""
    p = sub.add_parser("ingest", help="extract articles and store their events, merged into incidents",
                       description="Ingest .txt, .html, .jsonl(.gz), RSS/Atom files or URLs, and folders "
                                   "(recursively). Articles already stored are skipped. Exit status 1 when "
                                   "some inputs could not be read (each is reported), else 0.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, feed or URL")
    _add_db(p)
    p.add_argument("--country", dest="country_hint", help="ISO alpha-2 country of the articles, when known")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress bar (default: when stderr is a terminal)")
    p.add_argument("--workers", type=_workers, metavar="N",
                   help="processes that extract while this one stores; 0 extracts in this process "
                        "(default: one per CPU, at most 3; 0 on a single CPU)")

    p = sub.add_parser("watch", help="poll feeds and ingest new items until stopped",
                       description="Poll each feed every --every, ingest new items, keep going through "
                                   "timeouts, server errors and malformed feeds. Stop with Ctrl-C.")
    p.add_argument("feeds", nargs="+", metavar="FEED", help="RSS/Atom URL or file")
    p.add_argument("--every", default="10m", help="polling interval: 90s, 10m, 1h (default 10m)")
    p.add_argument("--rounds", type=int, help="stop after this many rounds (default: never)")
    _add_db(p)

    p = sub.add_parser("events", help="list stored incidents")
    _add_db(p)
    _add_filters(p)
    p.add_argument("--format", choices=EVENT_FORMATS, default="table", help="output format (default table)")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50; 0 for all)")
    p.add_argument("--reports", action="store_true", help="json: include every report behind each incident")

    p = sub.add_parser("export", help="export stored incidents: ACLED CSV, GeoJSON, JSON Lines or Parquet")
    _add_db(p)
    _add_filters(p)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True, help="export format")
    p.add_argument("--output", "-o", help="output file (default stdout; Parquet needs a file)")


def run_ingest(args: argparse.Namespace) -> int:
    from rasd.extractor import Extractor
    from rasd.ingest.sources import iter_articles
    from rasd.store.ingest import ingest
    from rasd.store.store import open_store

    show = sys.stderr.isatty() if args.progress is None else args.progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)

    def on_failure(origin: str, reason: str) -> None:
        message = f"rasd: skipped {origin}: {reason}"
        (bar.write(message, file=sys.stderr) if bar else print(message, file=sys.stderr))

    with open_store(args.db) as store:
        try:
            summary = ingest(store, iter_articles(args.paths), extractor=Extractor(country=args.country_hint),
                             workers=args.workers, on_item=(lambda _item: bar.update(1)) if bar else None,
                             on_failure=on_failure)
        finally:
            if bar:
                bar.close()
        total = store.counts()
        where = store.url
    print(f"{summary.line()}. The store {where} holds {total['documents']} articles, "
          f"{total['events']} events, {total['incidents']} incidents.")
    return 1 if summary.failed else 0


def run_watch(args: argparse.Namespace) -> int:
    # Extracts in this process: a feed's new items come a few at a time, too few for worker processes to pay.
    from rasd.extractor import Extractor
    from rasd.ingest.watch import parse_interval, watch
    from rasd.store.ingest import IngestSummary, ingest_article
    from rasd.store.store import open_store

    every = parse_interval(args.every)
    extractor = Extractor()
    summary = IngestSummary(on_failure=lambda origin, reason: print(f"rasd: {origin}: {reason}", file=sys.stderr))
    with open_store(args.db) as store:

        def handle(article: Any) -> None:
            before = summary.new
            ingest_article(store, article, extractor, summary)
            if summary.new > before:
                print(f"rasd: stored {article.origin}", file=sys.stderr)

        try:
            watch(args.feeds, every=every, handle=handle, on_bad=lambda bad: summary.fail(bad.origin, bad.reason),
                  rounds=args.rounds)
        except KeyboardInterrupt:
            pass
    print(summary.line())
    return 0


def run_events(args: argparse.Namespace) -> int:
    from rasd.store.records import Incident
    from rasd.store.store import open_store

    with open_store(args.db) as store:
        found = store.incidents(_filter(args), limit=args.limit or None, reports=args.reports)
    out = sys.stdout
    if args.format == "json":
        json.dump([i.to_dict(reports=args.reports) for i in found], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        fields = [name for name in Incident.__dataclass_fields__ if name != "reports"]
        writer.writerow(fields)
        for i in found:
            d = i.to_dict(reports=False)
            writer.writerow(["; ".join(v) if isinstance(v, list) else ("" if v is None else v)
                             for v in (d[f] for f in fields)])
    else:
        out.write(format_table(found) + "\n")
    return 0


def format_table(incidents: list[Any]) -> str:
    """A plain-text table of incidents, one line each, for a terminal."""
    rows = [["date", "type", "country", "admin1", "location", "actor1", "actor2", "killed", "reports", "id"]]
    for i in incidents:
        d = i.to_dict(reports=False)
        rows.append([str(d[c]) if d[c] is not None else "-" for c in _TABLE_COLUMNS])
    if len(rows) == 1:
        return "no incidents match"
    widths = [min(30, max(len(r[k]) for r in rows)) for k in range(len(rows[0]))]
    return "\n".join("  ".join(cell[:w].ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
                     for r in rows)


def run_export(args: argparse.Namespace) -> int:
    from rasd.export import export
    from rasd.store.store import open_store

    if args.format == "parquet" and not args.output:
        raise RasdError("Parquet is binary: give a file with --output")
    with open_store(args.db) as store:
        incidents = store.iter_incidents(_filter(args), reports=args.format == "jsonl")
        export(incidents, args.format, args.output or sys.stdout)
    return 0
