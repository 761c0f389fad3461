"""Meetings for the dashboard tests: the seed page's meetings built by hand, and synthetic frames."""

from __future__ import annotations

import numpy as np
import pandas as pd

from eventmap.frame import COLUMNS, coerce, to_frame
from eventmap.model import Location, Meeting

C1 = "The Threat of Fascism and How to Fight it"
C2 = "Free Chelsea Manning"
LA, NY, DET = "America/Los_Angeles", "America/New_York", "America/Detroit"

# (meeting fields, location or None): the seed page as the parser and geocoder give it.
SEED_ROWS: list[tuple[dict, Location | None]] = [
    (
        dict(
            campaign=C1,
            campus="UC Berkeley",
            city="Berkeley",
            state="CA",
            venue="Moffitt Library",
            room="Room 101",
            address="350 Moffitt Library, Berkeley CA 94720",
            postal_code="94720",
            date="2019-04-08",
            start_time="19:00",
            source_line=20,
        ),
        Location(37.8726, -122.2608, "address", "gazetteer", "q", LA),
    ),
    (
        dict(
            campaign=C1,
            campus="San Diego State University",
            state="CA",
            venue="Student Union",
            room="Templo Mayor",
            date="2019-04-09",
            start_time="19:30",
            source_line=26,
        ),
        Location(32.7757, -117.0719, "campus", "gazetteer", "q", LA, "San Diego", "CA"),
    ),
    (
        dict(
            campaign=C1,
            campus="Wayne State University",
            state="MI",
            venue="Student Center",
            room="Room 258",
            date="2019-04-11",
            start_time="19:00",
            source_line=32,
        ),
        Location(42.3591, -83.0665, "postal_code", "gazetteer", "q", DET, "Detroit", "MI"),
    ),
    (
        dict(
            campaign=C1,
            campus="University of Michigan",
            state="MI",
            venue="Weiser Hall",
            room="Room 182",
            date="2019-04-15",
            start_time="19:00",
            source_line=38,
        ),
        Location(42.2780, -83.7382, "campus", "gazetteer", "q", DET, "Ann Arbor", "MI"),
    ),
    (
        dict(
            campaign=C1,
            campus="Massachusetts Institute of Technology",
            city="Cambridge",
            state="MA",
            date="2019-04-17",
            time_tba=True,
            status="tba",
            source_line=44,
        ),
        Location(42.3601, -71.0942, "campus", "gazetteer", "q", NY),
    ),
    (
        dict(
            campaign=C1,
            campus="New York University",
            state="NY",
            venue="Global Center",
            room="Lecture Hall 95",
            date="2019-04-18",
            start_time="18:30",
            source_line=50,
        ),
        Location(40.7295, -73.9965, "city", "gazetteer", "q", NY, "New York", "NY"),
    ),
    (
        dict(
            campaign=C2,
            campus="Western Michigan University",
            venue="Bernhard Center",
            room="Room 157",
            date="2019-03-11",
            start_time="19:00",
            source_line=70,
        ),
        Location(42.2834, -85.6139, "campus", "gazetteer", "q", DET, "Kalamazoo", "MI"),
    ),
    (
        dict(
            campaign=C2,
            campus="New York University",
            city="New York",
            state="NY",
            venue="NYU Kimmel Center",
            room="room 909",
            date="2019-03-12",
            start_time="18:30",
            source_line=74,
        ),
        Location(40.7295, -73.9965, "campus", "gazetteer", "q", NY),
    ),
    (
        dict(
            campaign=C2,
            campus="San Diego State University",
            venue="Aztec Student Union (3rd Floor)",
            room="Presidential Suite",
            date="2019-03-12",
            start_time="18:00",
            source_line=78,
        ),
        Location(32.7757, -117.0719, "campus", "gazetteer", "q", LA, "San Diego", "CA"),
    ),
    (
        dict(
            campaign=C2,
            campus="University of Florida",
            city="Gainesville",
            venue="Reitz Union",
            room="SAI 1208",
            date="2019-03-14",
            start_time="12:00",
            source_line=82,
        ),
        Location(29.6436, -82.3549, "campus", "gazetteer", "q", NY, None, "FL"),
    ),
    (
        dict(
            campaign=C2,
            kind="rally",
            campus="New York University",
            venue="NYU Kimmel Center staircase",
            date="2019-03-14",
            start_time="18:00",
            source_line=86,
        ),
        Location(40.7295, -73.9965, "campus", "gazetteer", "q", NY, "New York", "NY"),
    ),
    (
        dict(
            campaign=C2,
            campus="University of Michigan",
            city="Ann Arbor",
            venue="Michigan League",
            room="Room A",
            date="2019-03-14",
            start_time="19:00",
            source_line=90,
        ),
        Location(42.2780, -83.7382, "campus", "gazetteer", "q", DET, None, "MI"),
    ),
    (
        dict(
            campaign=C2,
            campus="University of California Los Angeles",
            venue="Math Sciences",
            room="5148",
            date="2019-03-15",
            start_time="18:00",
            source_line=94,
        ),
        None,
    ),
    (
        dict(
            campaign=C2,
            campus="Massachusetts Institute of Technology",
            status="pending",
            source_line=98,
        ),
        Location(42.3601, -71.0942, "campus", "gazetteer", "q", NY, "Cambridge", "MA"),
    ),
]


def seed_like_frame() -> pd.DataFrame:
    meetings = [Meeting(**fields) for fields, _ in SEED_ROWS]
    return to_frame(meetings, [loc for _, loc in SEED_ROWS])


def synthetic_frame(n: int, *, campaigns: int = 12, seed: int = 0) -> pd.DataFrame:
    """``n`` located, dated meetings across the US, built column-wise (to_frame is per row)."""
    rng = np.random.default_rng(seed)
    day = pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    campus_ids = rng.integers(0, max(1, n // 20), n)
    camp = np.array([f"Campaign {i}" for i in range(campaigns)], dtype=object)[
        rng.integers(0, campaigns, n)
    ]
    statuses = rng.choice(np.array(["scheduled", "tba", "pending"]), n, p=[0.9, 0.07, 0.03])
    dates = pd.Series(day.strftime("%Y-%m-%d"), dtype=object).where(statuses != "pending", None)
    data = {
        "meeting_id": [f"m{i:011d}" for i in range(n)],
        "campaign": camp,
        "kind": "meeting",
        "status": statuses,
        "title": None,
        "campus": [f"Campus {c}" for c in campus_ids],
        "place": None,
        "venue": [f"Hall {c % 97}" for c in campus_ids],
        "room": [f"Room {r}" for r in rng.integers(1, 400, n)],
        "address": None,
        "city": None,
        "state": np.array(["CA", "NY", "MI", "TX", "FL", "MA", "IL", "WA"], dtype=object)[
            campus_ids % 8
        ],
        "postal_code": None,
        "country": "US",
        "date": dates,
        "start_time": np.where(statuses == "scheduled", "19:00", None),
        "end_time": None,
        "time_tba": statuses == "tba",
        "timezone": "America/New_York",
        "lat": rng.uniform(25.0, 48.0, n),
        "lon": rng.uniform(-123.0, -70.0, n),
        "precision": rng.choice(np.array(["address", "campus", "city"]), n),
        "geocode_source": "gazetteer",
        "geocode_query": None,
        "links": "",
        "source_line": np.arange(n),
    }
    df = pd.DataFrame(data).reindex(columns=COLUMNS)
    df = coerce(df)
    local = pd.to_datetime(
        df["date"].dt.strftime("%Y-%m-%d") + " " + df["start_time"].fillna(""), errors="coerce"
    )
    df["start"] = local.dt.tz_localize("America/New_York").dt.tz_convert("UTC")
    df["start_local"] = local.dt.tz_localize("America/New_York").map(
        lambda t: t.isoformat() if not pd.isna(t) else None
    )
    return coerce(df)
