"""``eventmap history``: every imported listing version, newest first."""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "history",
        help="list the imported listing versions",
        description=(
            "List every listing version in the store, newest first: version, source, when it was "
            "imported, meetings, whether it is current or was undone, and the day its dates "
            "without a year were read against, with where that day came from."
        ),
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventmap.store import open_store

    store = open_store()
    if store.is_empty():
        store.import_bundled()
    versions = store.history()
    if args.format == "json":
        print(json.dumps([v.to_dict() for v in versions], indent=2))
        return 0
    if not versions:
        print("No listings imported yet.")
        return 0
    header = f"{'version':>7}  {'state':<8}  {'imported (UTC)':<19}  {'meetings':>8}  source"
    print(header)
    for v in versions:
        print(f"{v.version:>7}  {v.state:<8}  {v.imported_at[:19]:<19}  {v.meetings:>8}  {v.name}")
        print(
            f"{'':>7}  {v.as_of_text}" + (f"; fetched from {v.source_url}" if v.source_url else "")
        )
    return 0
