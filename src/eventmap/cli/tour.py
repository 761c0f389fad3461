"""``eventmap tour``: each campaign's shape, and for tours the legs (from, to, days, distance,
mode); warnings for every campaign (travel warnings for tours only)."""

from __future__ import annotations

import argparse
import json
from typing import Any

import pandas as pd

from eventmap.cli.common import add_lang_option, iso_date, load_dataset
from eventmap.core import shapes, tour
from eventmap.errors import UsageError, ValidationError

LEG_FIELDS = ["from", "to", "from_date", "to_date", "days", "distance_km", "mode", "est_hours"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "tour",
        help="print each campaign's shape, a tour's legs, and logistics warnings",
        description=(
            "Print each campaign's shape (tour, local, series, single) and why; for tours, the "
            "itinerary legs (from, to, days between, great-circle distance, travel mode and "
            "estimated hours); and each campaign's warnings. With no FILE, reads the store "
            "(or the bundled listings). Example: eventmap tour --format json"
        ),
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="listing pages (.txt or .html)")
    p.add_argument("--campaign", metavar="NAME", help="only this campaign (exact title)")
    p.add_argument(
        "--as-of", metavar="DATE", type=iso_date, help="resolve dates without a year near this day"
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    d = tour.TravelAssumptions()
    p.add_argument(
        "--drive-max-km",
        type=float,
        default=d.drive_max_km,
        metavar="KM",
        help=f"legs shorter than this are driven, longer ones flown (default {d.drive_max_km:g})",
    )
    add_lang_option(p)
    p.set_defaults(func=run)


def report(
    df: pd.DataFrame, assumptions: tour.TravelAssumptions, campaign: str | None = None
) -> dict[str, Any]:
    """The command's JSON document: assumptions, then per campaign its shape and reason, legs
    and totals (tours only), and warnings."""
    names = tour.campaigns(df)
    if campaign is not None:
        names = [n for n in names if n == campaign]
    all_legs = tour.legs(shapes.tour_rows(df), assumptions=assumptions)
    all_warnings = tour.warnings_frame(tour.travel_warnings(df, all_legs), df)
    out = []
    for name in names:
        legs = all_legs[all_legs["campaign"] == name]
        rows = []
        for leg in legs.to_dict("records"):
            row = {k: leg[k] for k in [*LEG_FIELDS, "from_id", "to_id"]}
            row["from_date"] = leg["from_date"].date().isoformat()
            row["to_date"] = leg["to_date"].date().isoformat()
            row["days"] = int(row["days"])
            rows.append(row)
        shape, reason = shapes.shape_of(df, name)
        out.append(
            {
                "campaign": name,
                "shape": shape,
                "shape_reason": reason,
                "legs": rows,
                "summary": tour.summary(legs).to_dict(),
                "warnings": [
                    {
                        "kind": w["kind"],
                        "message": w["message"],
                        "meeting_ids": w["meeting_ids"].split(),
                        "meetings": w["meetings"].split(" | ") if w["meetings"] else [],
                    }
                    for w in all_warnings.to_dict("records")
                    if w["campaign"] == name
                ],
            }
        )
    return {"assumptions": assumptions.to_dict(), "campaigns": out}


def _table(doc: dict[str, Any], assumptions: tour.TravelAssumptions) -> str:
    lines = [f"Assumptions: {' '.join(assumptions.describe())}"]
    for c in doc["campaigns"]:
        lines += ["", c["campaign"], "=" * min(len(c["campaign"]), 79)]
        lines.append(f"Shape: {c['shape']} ({c['shape_reason']})")
        if c["shape"] != "tour":
            lines.append("(not a tour: no legs; an organizer can set its shape on Manage data)")
        elif c["legs"]:
            frame = pd.DataFrame(c["legs"], columns=LEG_FIELDS)
            lines.append(frame.to_string(index=False))
        else:
            lines.append("(no legs: fewer than two dated, located meetings)")
        s = c["summary"]
        if c["shape"] != "tour":
            lines += [
                f"! {w['kind']}: {w['message']} [{', '.join(w['meeting_ids'])}]"
                for w in c["warnings"]
            ]
            continue
        total = f"Total {s['total_km']:,.0f} km in {s['legs']} legs, {s['travel_days']} travel days"
        if s["longest"]:
            lo = s["longest"]
            total += f"; longest {lo['from']} -> {lo['to']} ({lo['distance_km']:,.0f} km)"
        lines.append(total + ".")
        for w in c["warnings"]:
            lines.append(f"! {w['kind']}: {w['message']} [{', '.join(w['meeting_ids'])}]")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:

    try:
        assumptions = tour.TravelAssumptions(drive_max_km=args.drive_max_km)
    except ValidationError as exc:
        raise UsageError(str(exc)) from None
    df = load_dataset(args.files, args.as_of, args.lang).frame
    if args.campaign is not None and args.campaign not in tour.campaigns(df):
        known = "; ".join(tour.campaigns(df)) or "none"
        raise UsageError(f"no campaign {args.campaign!r} (campaigns: {known})")
    doc = report(df, assumptions, args.campaign)
    if args.format == "json":
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        print(_table(doc, assumptions))
    return 0
