"""``eventmap plan``: the best order and dates for a tour's stops, before it is announced."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import pandas as pd

from eventmap.cli.common import iso_date, load_dataset
from eventmap.core import plan as planner
from eventmap.core import tour
from eventmap.errors import PlanError, UsageError
from eventmap.output import plan_export

EXAMPLE = (
    'example: eventmap plan "UC Berkeley" "San Diego State University" "MIT" '
    "--start 2019-04-08 --days-between 1-3 --no-meetings-on Sat,Sun --format json"
)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "plan",
        help="plan a tour: the shortest order and dates for a set of stops",
        description=(
            "Plan a tour before it is announced: the order and dates of the stops (campuses, "
            "cities, ZIP codes or addresses) with the least travel, under the date rules. "
            "With --campaign, the campaign's places are planned too, and the plan is compared "
            "with the campaign as listed. Prints the plan, or names the constraint that makes "
            "it impossible (exit code 1)."
        ),
        epilog=EXAMPLE,
    )
    p.add_argument("stops", nargs="*", metavar="STOP", help="a campus, city, ZIP code or address")
    p.add_argument("--from", dest="origin", metavar="PLACE", help="where the speaker starts")
    p.add_argument("--to", dest="finish", metavar="PLACE", help="where the speaker ends")
    p.add_argument("--start", type=iso_date, metavar="DATE", help="first possible date")
    p.add_argument("--end", type=iso_date, metavar="DATE", help="last possible date")
    p.add_argument(
        "--days-between",
        metavar="MIN-MAX",
        help="least and most days between consecutive meetings (default "
        f"{planner.DEFAULT_DAYS_BETWEEN[0]}-{planner.DEFAULT_DAYS_BETWEEN[1]})",
    )
    p.add_argument("--no-meetings-on", metavar="DAYS", help="weekdays without meetings: Sat,Sun")
    p.add_argument(
        "--fixed",
        action="append",
        default=[],
        metavar="STOP=DATE",
        help="a date already fixed for a stop (repeatable)",
    )
    p.add_argument("--campaign", metavar="NAME", help="plan this campaign's places (exact title)")
    p.add_argument(
        "--format", choices=["table", "json", "listing", "ics"], default="table", help="output"
    )
    p.set_defaults(func=run)


def _campaign(name: str) -> tuple[pd.DataFrame, list[planner.Stop]]:
    df = load_dataset([]).frame
    if name not in tour.campaigns(df):
        known = "; ".join(tour.campaigns(df)) or "none"
        raise UsageError(f"no campaign {name!r} (campaigns: {known})")
    return df, planner.campaign_stops(df, name)


def build_request(args: argparse.Namespace) -> tuple[planner.PlanRequest, pd.DataFrame | None]:
    """The request the arguments describe, and the campaign's frame when --campaign is given."""
    df, stops = (None, [])
    if args.campaign:
        df, stops = _campaign(args.campaign)
    extra = planner.resolve_stops(args.stops)
    names = {s.name for s in stops}
    stops += [s for s in extra if s.name not in names]
    if not stops:
        raise UsageError("name at least one STOP (or --campaign NAME)")
    changes: dict[str, Any] = {"stops": stops}
    if args.origin:
        changes["origin"] = planner.resolve_stop(args.origin)
    if args.finish:
        changes["finish"] = planner.resolve_stop(args.finish)
    if args.days_between:
        changes["days_between"] = planner.parse_days_between(args.days_between)
    if args.no_meetings_on:
        changes["no_meetings_on"] = planner.parse_weekdays(args.no_meetings_on)
    if args.fixed:
        changes["fixed"] = planner.parse_fixed(args.fixed, stops)
    if args.end:
        changes["end"] = args.end
    if args.start:
        changes["start"] = args.start
    if df is not None:
        return planner.campaign_request(df, args.campaign, **changes), df
    if not args.start:
        raise UsageError("--start DATE is required (the first possible date of the tour)")
    return planner.PlanRequest(**changes), None


def _table(doc: dict[str, Any]) -> str:
    lines = [f"{doc['title']}: planned by the {doc['solver']} solver"]
    stops = pd.DataFrame(doc["stops"], columns=["stop", "date", "weekday", "name", "fixed"])
    lines += ["", stops.to_string(index=False), ""]
    legs = pd.DataFrame(doc["legs"], columns=planner.LEG_COLUMNS)
    legs["days"] = ["" if d is None else str(d) for d in (leg["days"] for leg in doc["legs"])]
    if len(legs):
        lines += [legs.to_string(index=False), ""]
    s = doc["summary"]
    lines.append(
        f"Total {s['total_km']:,.0f} km in {s['legs']} legs ({s['flights']} flights, "
        f"{s['drives']} drives, about {s['total_hours']:,.1f} h of travel) over {s['tour_days']} days."
    )
    if doc.get("comparison"):
        lines.append(f"Compared with the campaign as listed: {doc['comparison']['sentence']}.")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        req, df = build_request(args)
    except PlanError as exc:
        raise UsageError(str(exc)) from None
    result = planner.plan(req)
    if args.format == "listing":
        sys.stdout.write(plan_export.draft_listing(result))
        return 0
    if args.format == "ics":
        sys.stdout.write(plan_export.plan_ics(result).decode("utf-8"))
        return 0
    doc = result.to_dict()
    if df is not None:
        current = planner.current_itinerary(df, args.campaign, req)
        doc["comparison"] = planner.compare(current, result).to_dict()
        doc["current"] = current.to_dict()
    if args.format == "json":
        print(json.dumps(doc, indent=2, ensure_ascii=False, default=str))
    else:
        print(_table(doc))
    return 0
