"""Hand-made meetings frames for the export tests (shaped like the seed listing)."""

from __future__ import annotations

import pandas as pd

from eventmap.core.frame import to_frame
from eventmap.model import Location, Meeting

HYPERLINK = '=HYPERLINK("http://example.com","x")'


def _loc(lat: float, lon: float, tz: str | None, precision: str = "campus") -> Location:
    return Location(lat, lon, precision, "gazetteer", "query", tz)


def sample_frame() -> pd.DataFrame:
    fascism = "The Threat of Fascism and How to Fight it"
    meetings = [
        Meeting(
            campaign=fascism,
            place="Berkeley, California",
            campus="UC Berkeley",
            city="Berkeley",
            state="CA",
            country="US",
            venue="Moffitt Library",
            room="Room 101",
            address="350 Moffitt Library, Berkeley CA 94720",
            postal_code="94720",
            date="2019-04-08",
            start_time="19:00",
            links=["https://example.org/tour", "https://example.org/fb"],
            source_line=12,
        ),
        Meeting(
            campaign=fascism,
            place="Cambridge, Massachusetts",
            campus="Massachusetts Institute of Technology",
            city="Cambridge",
            state="MA",
            date="2019-04-17",
            time_tba=True,
            status="tba",
            source_line=30,
        ),
        Meeting(
            campaign="Chelsea Manning campus meetings",
            campus="Western Michigan University",
            venue="Bernhard Center",
            room="Room 157",
            date="2019-03-11",
            start_time="19:00",
            end_time="21:30",
            speaker="José Núñez",
            source_line=44,
        ),
        Meeting(
            campaign="Chelsea Manning campus meetings",
            campus="New York University",
            kind="rally",
            venue="NYU Kimmel Center staircase",
            address="60 Washington Square South, NYC",
            city="New York",
            state="NY",
            date="2019-03-14",
            start_time="18:00",
            source_line=50,
        ),
        Meeting(
            campaign="Chelsea Manning campus meetings",
            campus="Massachusetts Institute of Technology",
            status="pending",
            source_line=60,
        ),
        Meeting(
            campaign="Chelsea Manning campus meetings",
            campus="Nowhere College",
            date="2019-03-20",
            start_time="12:00",
            source_line=70,
        ),
    ]
    locations = [
        _loc(37.8726, -122.2607, "America/Los_Angeles", "venue"),
        _loc(42.3601, -71.0942, "America/New_York"),
        _loc(42.2830, -85.6140, "America/Detroit"),
        _loc(40.7295, -73.9965, "America/New_York", "address"),
        _loc(42.3601, -71.0942, "America/New_York"),  # undated but located
        None,  # dated, not located
    ]
    return to_frame(meetings, locations)


def hostile_frame(venue: str) -> pd.DataFrame:
    return to_frame(
        [
            Meeting(
                campaign="Hostile",
                campus="Somewhere",
                venue=venue,
                room=venue,
                date="2019-04-08",
                start_time="19:00",
            )
        ],
        [_loc(34.05, -118.25, "America/Los_Angeles")],
    )
