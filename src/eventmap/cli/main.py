"""The ``eventmap`` command: a thin layer over the library.

Each subcommand lives in ``eventmap.cli.<name>`` and exposes ``register(subparsers)``, which adds
its parser and sets ``func(args) -> int``. ``COMMANDS`` lists them, in the order ``--help`` shows.
Every ``EventmapError`` becomes one line on stderr and an exit code; anything else is a bug and
keeps its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from eventmap.errors import EventmapError, UsageError

# Module names under eventmap.cli; imported only when the parser is built.
COMMANDS = (
    "parse", "geocode", "import_", "refresh", "history", "export", "nearest", "tour",
    "campaigns", "plan", "db", "hash_password",
)  # fmt: skip


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with ``only`` (a command name), just that command's, which spares
    importing what the other commands need (``eventmap parse`` never loads pandas)."""
    parser = argparse.ArgumentParser(
        prog="eventmap", description="Turn 'Upcoming Meetings' pages into maps, tours and exports."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        if only is None or name.rstrip("_").replace("_", "-") == only:
            importlib.import_module(f"eventmap.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    named = (
        argv[0] if argv and argv[0] in {c.rstrip("_").replace("_", "-") for c in COMMANDS} else None
    )
    parser = build_parser(named)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"eventmap: error: {exc}", file=sys.stderr)
        return 2
    except EventmapError as exc:
        print(f"eventmap: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
