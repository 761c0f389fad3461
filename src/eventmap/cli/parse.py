"""``eventmap parse FILE... [--as-of DATE] [--lang XX] [--format json|csv]``."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import fields

from eventmap.cli.common import iso_date
from eventmap.core.dataset import merge_listings, parse_source, sources_from_paths
from eventmap.ingest.when import LANGUAGES
from eventmap.model import Meeting


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("parse", help="parse listing pages into campaigns, meetings and warnings")
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="listing page(s): .txt, .html, an RSS/Atom feed or an .ics calendar; - reads stdin",
    )
    p.add_argument("--as-of", type=iso_date, help="when the page was published (YYYY-MM-DD)")
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the page's language for month and weekday names (default: detected from its words)",
    )
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    sources = sources_from_paths(args.files)
    pages = [parse_source(src, args.as_of, args.lang) for src in sources]
    listing = merge_listings(pages)
    if args.format == "json":
        data = listing.to_dict()
        if len(pages) > 1:  # each page's own as-of day (the top one is None when they differ)
            data["pages"] = [
                {"file": src.name, "as_of": page.to_dict()["as_of"]}
                for src, page in zip(sources, pages, strict=True)
            ]
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from eventmap.output.export import neutralise

        names = [f.name for f in fields(Meeting)]
        w = csv.writer(sys.stdout)
        w.writerow(names)
        for m in listing.meetings:
            row = m.to_dict()
            row["links"] = " ".join(row["links"])
            w.writerow([neutralise(row[n]) if isinstance(row[n], str) else row[n] for n in names])
    for warning in listing.warnings:
        print(f"warning: line {warning.line}: {warning.reason}", file=sys.stderr)
    return 0
