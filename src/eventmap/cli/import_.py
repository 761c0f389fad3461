"""``eventmap import FILE``: show what a new version of a page changes, and save it."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eventmap.cli.common import iso_date
from eventmap.ingest.diff import ListingDiff, meeting_label


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import",
        help="import a new version of a listing page into the store and print the diff",
        description=(
            "Parse FILE, print what changed against the stored version of the same source "
            "(meetings added, removed and changed field by field) and save it as a new version. "
            "The database is EVENTMAP_DB (default: a SQLite file under data/)."
        ),
    )
    p.add_argument("file", metavar="FILE", help="the listing page (.txt or .html)")
    p.add_argument(
        "--name",
        metavar="NAME",
        help="the source this is a version of (default: FILE's name, e.g. upcoming-meetings.txt)",
    )
    p.add_argument(
        "--as-of", metavar="DATE", type=iso_date, help="resolve dates without a year near this day"
    )
    p.add_argument("--dry-run", action="store_true", help="print the diff, save nothing")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventmap.ingest.parse import read_listing_file
    from eventmap.store.store import open_store

    text = read_listing_file(args.file)
    name = args.name or Path(args.file).name
    store = open_store()
    if store.is_empty():  # first start: the bundled pages are the versions this one replaces
        store.import_bundled()
    if args.dry_run:
        result = store.preview_import(name, text, as_of=args.as_of)
    else:
        result = store.import_listing(name, text, as_of=args.as_of)

    if args.format == "json":
        print(json.dumps(result.diff.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(format_table(result.diff))
    for w in result.listing.warnings:
        print(f"warning: line {w.line}: {w.reason}", file=sys.stderr)
    if result.previous_version is None:
        print(f"'{name}' is a new source (no earlier version).", file=sys.stderr)
    print(result.message(), file=sys.stderr)
    return 0


def format_table(diff: ListingDiff) -> str:
    """The diff as plain text: one line per added or removed meeting, one per changed field."""
    if diff.empty:
        return "No changes."
    lines = []
    for m in diff.added:
        lines.append(f"+ added    {meeting_label(m)}")
    for m in diff.removed:
        lines.append(f"- removed  {meeting_label(m)}")
    for c in diff.changed:
        lines.append(f"~ changed  {meeting_label(c.after)}: {', '.join(c.summary())}")
    rows = diff.field_rows()
    if rows:
        width = max(len(r["field"]) for r in rows)
        lines.append("")
        for r in rows:
            lines.append(
                f"  {r['meeting']}  {r['field']:<{width}}  {r['before'] or '-'} -> {r['after'] or '-'}"
            )
    return "\n".join(lines)
