"""``eventmap nearest QUERY``: the meetings nearest to a ZIP code, city, campus, address or lat,lon."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

import pandas as pd

from eventmap.cli.common import add_lang_option, iso_date, load_dataset
from eventmap.core import nearest, visitor
from eventmap.core.filters import Filters, apply_filters
from eventmap.errors import QueryError, UsageError
from eventmap.geo.distance import KM_PER_MILE

FIELDS = [
    "meeting_id",
    "campaign",
    "kind",
    "status",
    "timing",
    "campus",
    "venue",
    "room",
    "address",
    "city",
    "state",
    "date",
    "start_time",
    "time_tba",
    "timezone",
    "start_local",
    "start",
    "lat",
    "lon",
    "precision",
    "distance_km",
    "bearing_deg",
]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "nearest",
        help="list the meetings nearest to a place",
        description=(
            "Rank meetings by distance from QUERY: a ZIP code, a city ('Ann Arbor, MI'), a campus, "
            "an address, or 'lat,lon'. Upcoming means dated on or after --as-of (default today); "
            "undated meetings come after dated ones. When nothing is upcoming, past meetings are "
            "listed instead, most recent first. With no FILE, reads the store (or the bundled "
            "listings). The query is looked up without being written to the geocode cache."
        ),
    )
    p.add_argument("query", metavar="QUERY", help="where you are")
    p.add_argument("files", nargs="*", metavar="FILE", help="listing pages (.txt or .html)")
    p.add_argument("--as-of", metavar="DATE", type=iso_date, help="'upcoming' relative to this day")
    p.add_argument("--limit", metavar="K", type=int, default=10, help="at most K meetings (10)")
    p.add_argument("--radius-km", metavar="R", type=float, help="only meetings within R km")
    p.add_argument("--include-past", action="store_true", help="rank past meetings by distance too")
    p.add_argument(
        "--campaign",
        action="append",
        default=[],
        metavar="NAME",
        help="only this campaign (repeatable)",
    )
    p.add_argument(
        "--campus",
        action="append",
        default=[],
        metavar="NAME",
        help="only this campus (repeatable)",
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    add_lang_option(p)
    p.set_defaults(func=run)


def _plain(value: Any) -> Any:
    if value is None or (not isinstance(value, str | bool) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value.tzinfo is None else value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def records(results: pd.DataFrame, origin: tuple[float, float]) -> list[dict[str, Any]]:
    """The ranked meetings as JSON-able dicts, with a rank and an OpenStreetMap directions link."""
    out = []
    for rank, row in enumerate(results.to_dict("records"), start=1):
        rec: dict[str, Any] = {"rank": rank}
        rec.update({f: _plain(row.get(f)) for f in FIELDS})
        rec["distance_km"] = round(float(row["distance_km"]), 3)
        rec["bearing_deg"] = round(float(row["bearing_deg"]), 1)
        rec["when"] = visitor.when_label(row)
        rec["directions_url"] = visitor.directions_url(*origin, row["lat"], row["lon"])
        out.append(rec)
    return out


def _table(recs: list[dict[str, Any]]) -> str:
    """Plain text columns: numbers right-aligned, text left-aligned."""
    if not recs:
        return "(no meetings)"
    head = ["#", "km", "mi", "where", "when", "address"]
    rows = [
        [
            str(r["rank"]),
            f"{r['distance_km']:,.1f}",
            f"{r['distance_km'] / KM_PER_MILE:,.1f}",
            visitor.where_label(r),
            r["when"],
            r["address"] or "",
        ]
        for r in recs
    ]
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]
    lines = []
    for row in [head, *rows]:
        cells = [
            c.rjust(w) if i < 3 else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from eventmap.geo.geocoder import default_geocoder

    try:
        query = visitor.parse_query(args.query)
    except QueryError as exc:
        raise UsageError(str(exc)) from None
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    if args.radius_km is not None and not args.radius_km >= 0:
        raise UsageError("--radius-km must be 0 or more")
    df = load_dataset(args.files, args.as_of, args.lang).frame
    if args.campaign or args.campus:
        df = apply_filters(df, Filters(campaigns=args.campaign, campuses=args.campus))
    try:
        here = visitor.locate_visitor(query, default_geocoder())
    except QueryError as exc:
        raise UsageError(str(exc)) from None
    found = nearest.search(
        df,
        here.lat,
        here.lon,
        limit=args.limit,
        radius_km=args.radius_km,
        as_of=args.as_of or date.today(),
        include_past=args.include_past,
    )
    print(
        f"From {visitor.shorten(query.text)} ({here.lat:.4f}, {here.lon:.4f}, "
        f"located to {here.precision})",
        file=sys.stderr,
    )
    if found.note:
        print(found.note, file=sys.stderr)
    recs = records(found.results, (here.lat, here.lon))
    if args.format == "json":
        print(json.dumps(recs, indent=2, ensure_ascii=False))
    else:
        print(_table(recs))
    return 0
