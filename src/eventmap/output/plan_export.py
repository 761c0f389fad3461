"""A planned tour as files: a draft listing page, iCalendar and CSV.

The draft listing uses the bundled page's own layout -- one multi-line block per meeting: the
city line, the date line ("Monday, April 8, 2019, time TBA"), the campus line, then
"Location TBA" where the organizer writes the venue -- so ``eventmap parse`` (and the Manage
data page) read it back to the same stops and dates. Every value is squeezed onto one line, so
a stop's text can't start a block of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from eventmap.core.frame import to_frame
from eventmap.core.plan import Itinerary, PlannedStop, one_line
from eventmap.geo.gazetteer import US_STATES, find_zip
from eventmap.model import Location, Meeting
from eventmap.output import export, ics

VENUE_PLACEHOLDER = "Location TBA"
CSV_COLUMNS = [
    "stop",
    "date",
    "weekday",
    "name",
    "fixed",
    "lat",
    "lon",
    "km_from_previous",
    "travel_mode",
    "travel_hours",
]


def _city_line(stop: PlannedStop) -> str:
    s = stop.stop
    if s.city and s.state:
        return f"{one_line(s.city)}, {US_STATES.get(s.state, one_line(s.state))}"
    return one_line(s.city or s.name)


def _date_line(stop: PlannedStop) -> str:
    d = stop.date
    return f"{d:%A}, {d:%B} {d.day}, {d.year}, time TBA"


def _block(stop: PlannedStop) -> list[str]:
    s = stop.stop
    lines = [_city_line(stop), _date_line(stop)]
    if s.precision == "campus":
        lines.append(one_line(s.name))
    lines.append(VENUE_PLACEHOLDER)
    if s.precision == "address":
        lines.append(one_line(s.query))
    elif s.precision == "postal_code":
        zip_code = find_zip(s.query) or one_line(s.query)
        lines.append(f"{one_line(s.city)}, {one_line(s.state)} {zip_code}".strip(", "))
    return lines


def draft_listing(plan: Itinerary, *, note: str | None = None) -> str:
    """The plan as a listing page for the organizers to finish (venues and times TBA)."""
    title = one_line(plan.title) or "Draft tour"
    blurb = one_line(note) or (
        f"Draft tour plan of {len(plan.stops)} meetings made with eventmap. The dates below are "
        "planned; the venue and the time of each meeting are still to be filled in by the "
        "organizers before this page is published."
    )
    out = ["Upcoming Meetings", "", title, "", blurb, ""]
    for stop in plan.stops:
        out += [*_block(stop), ""]
    return "\n".join(out)


def _meetings(plan: Itinerary) -> tuple[list[Meeting], list[Location]]:
    meetings, locations = [], []
    for p in plan.stops:
        s = p.stop
        campus = s.name if s.precision == "campus" else None
        meetings.append(
            Meeting(
                campaign=one_line(plan.title),
                place=one_line(s.name),
                campus=campus,
                city=s.city,
                state=s.state,
                date=p.date.isoformat(),
                time_tba=True,
                status="tba",
                source_line=p.number,
            )
        )
        locations.append(
            Location(s.lat, s.lon, s.precision, "plan", s.query, s.timezone, s.city, s.state)
        )
    return meetings, locations


def plan_frame(plan: Itinerary) -> pd.DataFrame:
    """The planned meetings as the canonical meetings frame (times TBA)."""
    return to_frame(*_meetings(plan))


def plan_ics(plan: Itinerary, meta: Mapping[str, Any] | None = None) -> bytes:
    """One all-day event per planned meeting (time TBA), in the plan's calendar."""
    info = {"generator": "eventmap plan", **dict(meta or {})}
    return ics.to_ics(plan_frame(plan), meta=info, calname=one_line(plan.title))


def plan_table(plan: Itinerary) -> pd.DataFrame:
    """One row per stop with the leg that leads to it (the first stop's leg is from home)."""
    legs = {leg["to"]: leg for leg in plan.legs.to_dict("records")}
    rows = []
    for p in plan.stops:
        leg = legs.get(p.stop.name)
        rows.append(
            {
                "stop": p.number,
                "date": p.date.isoformat(),
                "weekday": f"{p.date:%a}",
                "name": p.stop.name,
                "fixed": p.fixed,
                "lat": p.stop.lat,
                "lon": p.stop.lon,
                "km_from_previous": leg["distance_km"] if leg else None,
                "travel_mode": leg["mode"] if leg else None,
                "travel_hours": leg["est_hours"] if leg else None,
            }
        )
    return pd.DataFrame(rows, columns=CSV_COLUMNS)


def plan_csv(plan: Itinerary) -> bytes:
    """:func:`plan_table` as CSV, formulas neutralised like every other export."""
    return export.to_csv(plan_table(plan))
