"""The ``eventmap`` command: a thin layer over the library.

Each subcommand lives in ``eventmap.commands.<name>`` and exposes ``register(subparsers)``,
which adds its parser and sets ``func(args) -> int``. Library errors become one-line messages.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from eventmap import commands


class UsageError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventmap", description="Turn 'Upcoming Meetings' pages into maps, tours and exports."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):  # shared helpers, not commands
            continue
        module = importlib.import_module(f"eventmap.commands.{info.name}")
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"eventmap: error: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"eventmap: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
