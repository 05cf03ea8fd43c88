"""``rasd serve``: the REST API and the web interface on uvicorn, bound to 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from rasd.errors import RasdError

__all__ = ["add_web_parser", "run_serve"]


def _size(value: str) -> int:
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    text = value.strip().lower().removesuffix("b").removesuffix("i")
    try:
        if text and text[-1] in units:
            return int(float(text[:-1]) * units[text[-1]])
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size (bytes, or with k/m): {value!r}") from None


def add_web_parser(sub: Any) -> argparse.ArgumentParser:
    """Add ``rasd serve`` to the ``rasd`` parser."""
    from rasd.web.app import DEFAULT_MAX_BODY, OSM_TILES

    p = sub.add_parser(
        "serve", help="serve the REST API and the web map over the store",
        description="Serve the REST API (documented at /docs) and the web interface over the store. "
                    "Binds to 127.0.0.1 unless --host says otherwise. Ingest over HTTP (POST /api/ingest) "
                    "is disabled unless --ingest-token-env names a variable holding a token.")
    p.add_argument("--db", help="database: a SQLite file or postgresql://... URL (default: $RASD_DB or rasd.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--ingest-token-env", metavar="VAR",
                   help="environment variable holding the token POST /api/ingest requires (Bearer)")
    p.add_argument("--max-body", type=_size, default=DEFAULT_MAX_BODY, metavar="SIZE",
                   help=f"refuse request bodies larger than this (default {DEFAULT_MAX_BODY // (1 << 20)}m)")
    p.add_argument("--tiles", default=OSM_TILES, metavar="URL",
                   help="map tile URL template, or 'none' for the app's own base layer only (default OpenStreetMap)")
    return p


def run_serve(args: argparse.Namespace) -> int:
    """Start the server; returns when it stops (Ctrl-C)."""
    import uvicorn

    from rasd.web.app import create_app

    token = None
    if args.ingest_token_env:
        token = os.environ.get(args.ingest_token_env, "").strip()
        if not token:
            raise RasdError(f"--ingest-token-env {args.ingest_token_env}: that variable is unset or empty")
    tiles = None if args.tiles.strip().lower() in ("", "none", "off") else args.tiles
    app = create_app(args.db, ingest_token=token, max_body=args.max_body, tile_url=tiles)
    counts = app.state.store.counts()
    print(f"rasd: serving {app.state.store.url} ({counts['incidents']} incidents from {counts['documents']} "
          f"articles) on http://{args.host}:{args.port}/ - API documentation at /docs", file=sys.stderr)
    if counts["documents"] == 0:
        print("rasd: the store is empty: add articles with `rasd ingest PATH... --db DB`"
              + (" or POST /api/ingest" if token else ""), file=sys.stderr)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"rasd: warning: listening on {args.host}, reachable from other machines", file=sys.stderr)
    settle_heap()
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return 0


def settle_heap() -> None:
    """Move every object alive at start-up (modules, the app, its routes) out of the garbage
    collector's reach: a large answer (thousands of rows of statistics) sets off full collections,
    which would otherwise walk all of them again each time and make the slowest answers several
    times slower than the typical one. Objects made later are collected as usual."""
    import gc

    gc.collect()
    gc.freeze()
