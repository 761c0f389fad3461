"""Tour test helpers: the seed's April tour as parsed, crafted meetings, set campus coordinates."""

from __future__ import annotations

from seed_fixtures import APRIL, seed_meetings

from eventmap.core.frame import to_frame
from eventmap.model import Location, Meeting

# campus -> (lat, lon, timezone): campus coordinates, as a gazetteer would give them.
CAMPUSES: dict[str, tuple[float, float, str]] = {
    "UC Berkeley": (37.8719, -122.2585, "America/Los_Angeles"),
    "San Diego State University": (32.7757, -117.0719, "America/Los_Angeles"),
    "Wayne State University": (42.3591, -83.0665, "America/Detroit"),
    "University of Michigan": (42.2780, -83.7382, "America/Detroit"),
    "Massachusetts Institute of Technology": (42.3601, -71.0942, "America/New_York"),
    "New York University": (40.7295, -73.9965, "America/New_York"),
    "University of Florida": (29.6436, -82.3549, "America/New_York"),
    "University of California Los Angeles": (34.0689, -118.4452, "America/Los_Angeles"),
    "Western Michigan University": (42.2832, -85.6139, "America/Detroit"),
}


def meeting(campus: str, date: str | None, time: str | None = "19:00", **kw) -> Meeting:
    fields = {
        "campaign": APRIL,
        "campus": campus,
        "venue": "Student Center",
        "room": "Room 1",
        "address": "1 Main St.",
        "date": date,
        "start_time": time,
        "status": "scheduled" if date else "pending",
    }
    fields.update(kw)
    return Meeting(**fields)


def located(m: Meeting, precision: str = "campus") -> Location:
    lat, lon, tz = CAMPUSES[m.campus]
    return Location(lat, lon, precision, "gazetteer", m.campus, tz)


def frame_of(meetings: list[Meeting], locations=None):
    if locations is None:
        locations = [located(m) for m in meetings]
    return to_frame(meetings, locations)


def april_tour() -> list[Meeting]:
    """The seed page's April tour, as the parser gives it (locate with ``located``)."""
    return [m for m in seed_meetings() if m.campaign == APRIL]
