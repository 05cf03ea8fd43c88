"""``python -m rasd.web [--db ...] [--host ...] [--port ...]``: the same as ``rasd serve``."""

from __future__ import annotations

import argparse
import sys

from rasd.errors import RasdError
from rasd.web.commands import add_web_parser, run_serve


def main(argv: list[str] | None = None) -> int:
    """Parse ``rasd serve``'s arguments and serve."""
    parser = argparse.ArgumentParser(prog="python -m rasd.web")
    sub = parser.add_subparsers(dest="command")
    add_web_parser(sub)
    args = parser.parse_args(["serve", *(sys.argv[1:] if argv is None else argv)])
    try:
        return run_serve(args)
    except RasdError as exc:
        print(f"rasd: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
