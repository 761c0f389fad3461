"""``eventmap campaigns``: the headline figures, then each campaign with its shape, where its
name comes from and its meeting counts."""

from __future__ import annotations

import argparse
import json
from typing import Any

from eventmap.cli.common import add_lang_option, iso_date, load_dataset

FIELDS = ["name", "shape", "name_source", "meetings", "dated", "located"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "campaigns",
        help="list campaigns with shape, name source and meeting counts",
        description=(
            "Print the headline figures (meetings, campuses, states, dates, tour distance over "
            "tours only) and each campaign: its name, shape (tour, local, series, single) and "
            "why, where the name comes from (heading, blurb, page, organizer) and its meeting "
            "counts. With no FILE, reads the store with its campaign fixes. "
            "Example: eventmap campaigns --format json"
        ),
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="listing pages (.txt or .html)")
    p.add_argument(
        "--as-of", metavar="DATE", type=iso_date, help="resolve dates without a year near this day"
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    add_lang_option(p)
    p.set_defaults(func=run)


def report(dataset) -> dict[str, Any]:
    """The command's JSON document: ``figures`` and ``campaigns``."""
    from eventmap.core import figures

    return {
        "figures": figures.headline(dataset.frame).to_dict(),
        "campaigns": [c.to_dict() for c in dataset.campaigns],
    }


def _table(doc: dict[str, Any]) -> str:
    import pandas as pd

    f = doc["figures"]
    lines = [
        f"{f['meetings']:,} meetings ({f['pending']} pending, {f['unlocated']} without a "
        f"location), {f['campuses']:,} campuses, {f['states']:,} states.",
        f"Dates: {f['first'] or 'none'} to {f['last'] or 'none'}; {f['timing']}.",
        f"Tour distance: {f['tour_km']:,.0f} km. {f['tour_note']}",
        "",
    ]
    frame = pd.DataFrame(doc["campaigns"], columns=[*FIELDS, "reason"])
    lines.append(frame[FIELDS].to_string(index=False) if len(frame) else "(no campaigns)")
    for c in doc["campaigns"]:
        lines.append(f"- {c['name']}: {c['shape']} ({c['reason']})")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    doc = report(load_dataset(args.files, args.as_of, args.lang))
    if args.format == "json":
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        print(_table(doc))
    return 0
