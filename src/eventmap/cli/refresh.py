"""``eventmap refresh``: fetch every page imported from an address again; import what changed."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eventmap.errors import FetchError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "refresh",
        help="fetch every page imported from an address again and import those that changed",
        description=(
            "For every source imported from an address, ask the server again with a conditional "
            "GET (its ETag and Last-Modified) and import the page when it changed, printing each "
            "one's diff. Exit status 0 when every source was checked; 1 when some could not be "
            "fetched (they are named on stderr), so it suits cron. "
            "Example: eventmap refresh --dry-run"
        ),
    )
    p.add_argument("--dry-run", action="store_true", help="print the diffs, save nothing")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventmap.cli.import_ import format_table
    from eventmap.cli.progress import ProgressBar
    from eventmap.store import open_store
    from eventmap.store.refresh import refresh_all

    bar = ProgressBar("checking sources")
    try:
        checked = refresh_all(open_store(), save=not args.dry_run, progress=bar)
    finally:
        bar.close()
    if not checked:
        print("No source was imported from an address; nothing to refresh.", file=sys.stderr)
        return 0
    for item in checked:
        print(f"== {item.source.name} ({item.source.url})")
        if item.error is not None:
            print(f"   not checked: {item.error}")
            continue
        result = item.result
        if not (result.not_modified or result.unchanged):
            print(format_table(result.diff))
        print(f"   {result.message()}")
    failed = [item for item in checked if not item.ok]
    if failed:
        names = ", ".join(f"'{item.source.name}'" for item in failed)
        raise FetchError(f"{len(failed)} of {len(checked)} sources could not be checked: {names}")
    return 0
