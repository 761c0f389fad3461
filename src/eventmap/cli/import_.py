"""``eventmap import FILE|URL``: show what a new version of a page changes, and save it."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from eventmap.cli.common import iso_date
from eventmap.ingest.diff import ListingDiff, meeting_label
from eventmap.ingest.when import LANGUAGES


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import",
        help="import a new version of a listing page (a file or an address) and print the diff",
        description=(
            "Read FILE, or fetch the page at URL, print what changed against the stored version "
            "of the same source (meetings added, removed and changed field by field) and save it "
            "as a new version. A page that mostly repeats a stored source's meetings is a new "
            "version of that source, whatever its file name (--new-source keeps it apart). A page "
            "fetched from an address remembers it, for `eventmap refresh`. Dates without a year "
            "are read against --as-of, else the page's own date (its metadata, a date in its "
            "address, the server's Last-Modified, a dateline), else the import day; the version "
            "records which. The database is EVENTMAP_DB (default: a SQLite file under data/). "
            "Example: eventmap import https://example.org/meetings.html --name meetings"
        ),
    )
    p.add_argument(
        "file",
        metavar="FILE|URL",
        help="the listing page: a .txt or .html file, or an http(s) address",
    )
    p.add_argument(
        "--name",
        metavar="NAME",
        help="the source this is a version of (default: the stored source the page matches, "
        "else FILE's name or the address)",
    )
    p.add_argument(
        "--new-source",
        action="store_true",
        help="save as a source of its own even when it matches a stored one",
    )
    p.add_argument(
        "--as-of", metavar="DATE", type=iso_date, help="resolve dates without a year near this day"
    )
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the page's language for month and weekday names (default: the language the "
        "source's earlier version was imported in, else detected from its words); the version "
        "remembers it, so the pages read it the same way",
    )
    p.add_argument("--dry-run", action="store_true", help="print the diff, save nothing")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=run)


def is_address(arg: str) -> bool:
    return urlsplit(arg.strip()).scheme.lower() in ("http", "https")


def run(args: argparse.Namespace) -> int:
    from eventmap.ingest.fetch import fetch, source_name_for
    from eventmap.ingest.text import read_listing_page
    from eventmap.store import open_store
    from eventmap.store.refresh import fetch_again

    store = open_store()
    if store.is_empty():  # first start: the bundled pages are the versions this one replaces
        store.import_bundled()
    fetched = None
    if is_address(args.file):
        known = store.remote_source(args.file)
        same_lang = args.lang in (None, known.lang) if known is not None else False
        if known is not None and args.name in (None, known.name) and not args.as_of and same_lang:
            fetched = fetch_again(known)  # a conditional GET: a 304 when nothing changed
            if fetched.not_modified:
                print("No changes.")
                print(f"'{known.name}' has not changed on the server (304); nothing saved.",
                      file=sys.stderr)  # fmt: skip
                return 0
        else:
            fetched = fetch(args.file)
        page = fetched.text or ""  # the fetch keeps the decoder's warning (Fetched)
        name = args.name or (known.name if known else source_name_for(args.file))
    else:
        page = read_listing_page(args.file)  # text and the decoder's warning
        name = args.name or Path(args.file).name
    match = not (args.name or args.new_source)
    do = store.preview_import if args.dry_run else store.import_listing
    # Without --lang, the store reads a new version in its source's stored language.
    result = do(name, page, as_of=args.as_of, fetched=fetched, match=match, lang=args.lang)
    report(result, args.format)
    return 0


def report(result: Any, fmt: str) -> None:
    """Print an import's diff (stdout) and what became of it (stderr)."""
    if fmt == "json":
        print(json.dumps(result.diff.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(format_table(result.diff))
    for w in result.listing.warnings:
        print(f"warning: line {w.line}: {w.reason}", file=sys.stderr)
    if result.matched:
        print(
            f"This page repeats the meetings of '{result.name}': diffed as a new version of it "
            "(--new-source keeps it apart).",
            file=sys.stderr,
        )
    elif result.previous_version is None:
        print(f"'{result.name}' is a new source (no earlier version).", file=sys.stderr)
    from eventmap.ingest.asof import describe

    print(
        f"Dates read {describe(result.listing.as_of, result.listing.as_of_origin)}.",
        file=sys.stderr,
    )
    print(result.message(), file=sys.stderr)


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
