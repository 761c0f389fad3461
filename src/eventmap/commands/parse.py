"""``eventmap parse FILE... [--as-of DATE] [--format json|csv]``."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import fields
from datetime import date

from eventmap.dataset import parse_sources, sources_from_paths
from eventmap.model import Meeting


def as_of_date(text: str) -> date:
    """argparse type for --as-of: an ISO date with a one-line error otherwise."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("parse", help="parse listing pages into campaigns, meetings and warnings")
    p.add_argument("files", nargs="+", metavar="FILE", help="listing page(s): .txt or .html")
    p.add_argument("--as-of", type=as_of_date, help="when the page was published (YYYY-MM-DD)")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    listing = parse_sources(sources_from_paths(args.files), as_of=args.as_of)
    if args.format == "json":
        json.dump(listing.to_dict(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from eventmap.export import neutralise

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
