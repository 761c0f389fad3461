"""``eventmap geocode FILE... [--as-of DATE] [--format json|csv]``: parse, then locate each meeting."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import fields

from eventmap.cli.common import iso_date
from eventmap.cli.progress import ProgressBar
from eventmap.core.dataset import parse_sources, sources_from_paths
from eventmap.core.frame import local_datetime
from eventmap.core.tzhint import meeting_zone
from eventmap.errors import ConfigurationError, UsageError
from eventmap.geo.geocoder import attribution, default_geocoder
from eventmap.ingest.when import LANGUAGES
from eventmap.model import Location, Meeting

GEO_FIELDS = ["lat", "lon", "precision", "geocode_source", "timezone", "start"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "geocode",
        help="parse listing pages and locate every meeting (lat, lon, precision, time zone)",
        description="Parse listing pages and locate every meeting. The geocoder comes from "
        "EVENTMAP_GEOCODER (offline by default; 'nominatim' or another geopy name).",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="listing page(s): .txt or .html")
    p.add_argument("--as-of", type=iso_date, help="when the page was published (YYYY-MM-DD)")
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the page's language for month and weekday names (default: detected from its words)",
    )
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.set_defaults(func=run)


def geo_fields(m: Meeting, loc: Location | None) -> dict:
    """The columns this command adds to each meeting."""
    zone = meeting_zone(loc.timezone if loc else None, m.tz_hint, m.date, m.start_time)
    start = local_datetime(m.date, m.start_time, zone.zone)
    return {
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "precision": loc.precision if loc else None,
        "geocode_source": loc.source if loc else None,
        "timezone": zone.zone,
        "start": start.isoformat() if start else None,
    }


def run(args: argparse.Namespace) -> int:

    listing = parse_sources(sources_from_paths(args.files), as_of=args.as_of, lang=args.lang)
    try:
        geocoder = default_geocoder()
    except ConfigurationError as exc:
        raise UsageError(str(exc)) from None
    locations = geocoder.locate_all(listing.meetings, progress=ProgressBar("geocoding"))
    rows = [geo_fields(m, loc) for m, loc in zip(listing.meetings, locations, strict=True)]
    if args.format == "json":
        data = listing.to_dict()
        for meeting, extra in zip(data["meetings"], rows, strict=True):
            meeting.update(extra)
        data["geocode_failures"] = list(geocoder.failures)
        data["attribution"] = attribution(geocoder.provider)
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from eventmap.output.export import neutralise

        names = [f.name for f in fields(Meeting)] + GEO_FIELDS
        w = csv.writer(sys.stdout)
        w.writerow(names)
        for m, extra in zip(listing.meetings, rows, strict=True):
            row = m.to_dict() | extra
            row["links"] = " ".join(row["links"])
            # strings that a spreadsheet would run as formulas get a ' prefix; numbers stay numbers
            w.writerow([neutralise(v) if isinstance(v, str) else v for v in map(row.get, names)])
    for warning in listing.warnings:
        print(f"warning: line {warning.line}: {warning.reason}", file=sys.stderr)
    for m, loc in zip(listing.meetings, locations, strict=True):
        zone = meeting_zone(loc.timezone if loc else None, m.tz_hint, m.date, m.start_time)
        if zone.conflict:
            print(f"warning: line {m.source_line}: {zone.conflict}", file=sys.stderr)
    for failure in geocoder.failures:
        print(f"warning: geocoder: {failure}", file=sys.stderr)
    return 0
