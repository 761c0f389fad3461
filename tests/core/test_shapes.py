"""Campaign shapes on crafted pages (parsed and located for real) and on the bundled page."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from dashboard_fixtures import synthetic_frame
from page_fixtures import frame, page, shape_of
from seed_fixtures import APRIL, march_campaign, seed_frame

from eventmap.core import shapes, tour
from eventmap.core.filters import campus_label

TOUR = page(
    "Spring Speaking Tour",
    ("UC Berkeley", "Monday, April 8, 2030, 7:00 p.m.", "Room 101"),
    ("UCLA", "Wednesday, April 10, 2030, 7:00 p.m.", "Room 2"),
    ("New York University", "Friday, April 12, 2030, 6:30 p.m.", "Room 3"),
)
LOCAL = page(
    "Defend the Right to Protest",
    ("New York University", "Tuesday, March 12, 2030, 6:30pm", "Kimmel Center room 909"),
    ("UCLA", "Tuesday, March 12, 2030, 6PM", "Math Sciences 5148"),
    ("University of Michigan", "Thursday, March 14, 2030, 7PM", "Michigan League"),
)
SERIES = page(
    "Marxism Study Series",
    ("New York University", "Monday, May 6, 2030, 6:00 p.m.", "Room 10"),
    ("New York University", "Monday, May 13, 2030, 6:00 p.m.", "Room 10"),
    ("New York University", "Monday, May 20, 2030, 6:00 p.m.", "Room 11"),
)
SINGLE = page(
    "A Public Lecture",
    ("University of Michigan", "Thursday, June 6, 2030, 7:00 p.m.", "Weiser Hall 182"),
)
# Two days apart on the calendar but not in time: 23:00 in Berkeley is 02:00 in New York, and
# the next meeting starts at 08:00 there. A 4,100 km flight plus airports does not fit.
TOO_FAST = page(
    "Red-Eye Tour",
    ("UC Berkeley", "Monday, April 8, 2030, 11:00 p.m.", "Room 101"),
    ("New York University", "Tuesday, April 9, 2030, 8:00 a.m.", "Room 3"),
)


@pytest.mark.parametrize(
    ("text", "campaign", "shape", "why"),
    [
        (TOUR, "Spring Speaking Tour", "tour", "one party can attend all 3"),
        (LOCAL, "Defend the Right to Protest", "local", "2 meetings on 12 Mar 2030"),
        (SERIES, "Marxism Study Series", "series", "within 5 km of New York University"),
        (SINGLE, "A Public Lecture", "single", "one dated, located meeting"),
        (TOO_FAST, "Red-Eye Tour", "local", "h of travel with"),
    ],
    ids=["tour", "local", "series", "single", "unreachable-leg"],
)
def test_each_shape_on_a_crafted_page(text, campaign, shape, why):
    found, reason = shape_of(frame(text), campaign)
    assert found == shape
    assert why in reason


def test_shapes_of_several_pages_are_each_their_own():
    df = frame(TOUR, LOCAL, SERIES, SINGLE)
    assert {n: shape_of(df, n)[0] for n in df["campaign"].unique()} == {
        "Spring Speaking Tour": "tour",
        "Defend the Right to Protest": "local",
        "Marxism Study Series": "series",
        "A Public Lecture": "single",
    }


def test_a_same_day_pair_within_the_threshold_is_still_a_tour():
    # Wayne State and Michigan (Detroit and Ann Arbor) are about 56 km apart: one party can
    # speak at both on one day.
    text = page(
        "Michigan Day",
        ("Wayne State University", "Monday, April 8, 2030, 12:00 p.m.", "Room 258"),
        ("University of Michigan", "Monday, April 8, 2030, 7:00 p.m.", "Room 182"),
    )
    assert shape_of(frame(text), "Michigan Day")[0] == "tour"


def test_the_bundled_page_has_one_tour_and_one_local_campaign():
    df = seed_frame()
    assert shape_of(df, APRIL)[0] == "tour"
    shape, reason = shape_of(df, march_campaign())
    assert shape == "local"
    assert "12 Mar 2019" in reason and "3,897 km" in reason
    assert shapes.tour_names(df) == {APRIL}


def test_the_april_tour_legs_and_modes():
    legs = tour.legs(seed_frame(), campaign=APRIL)
    assert list(legs["from"].iloc[:1]) == ["UC Berkeley"]
    assert list(legs["to"].iloc[-1:]) == ["New York University"]
    assert len(legs) == 5
    first, second = legs.iloc[0], legs.iloc[1]
    assert first["to"] == "San Diego State University"
    assert 720 <= first["distance_km"] <= 760  # about 740 km
    assert second["to"] == "Wayne State University"
    assert (first["mode"], second["mode"]) == ("fly", "fly")


def test_the_rule_states_its_thresholds():
    text = " ".join(shapes.rule())
    assert f"{shapes.SAME_DAY_KM:g} km" in text and f"{shapes.SERIES_KM:g} km" in text
    assert "500 km" in text  # the drive/fly threshold of the default travel assumptions


def test_farthest_pair_is_exact_when_small_and_bounded_when_large():
    import numpy as np

    rng = np.random.default_rng(1)
    lat, lon = rng.uniform(25, 48, 50), rng.uniform(-123, -70, 50)
    i, j, km = shapes.farthest_pair(lat, lon)
    from eventmap.geo.distance import haversine_km

    every = haversine_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
    assert km == pytest.approx(every.max()) and every[i, j] == pytest.approx(km)
    # Thousands of meetings on one day: memory stays linear and the estimate never overstates.
    big_lat, big_lon = rng.uniform(25, 48, 5_000), rng.uniform(-123, -70, 5_000)
    _, _, estimate = shapes.farthest_pair(big_lat, big_lon)
    assert 0.5 * 5_000 < estimate <= 5_500  # the US is about 4,500 km across


def _by_day_per_group(rows):
    """The straightforward by-day table (a pandas group per day), to check ``by_day`` against."""
    out = []
    for day, group in rows[rows["date"].notna()].groupby("date", sort=True):
        labels = campus_label(group).fillna("(unnamed place)").astype(str)
        located = group[group["lat"].notna() & group["lon"].notna()]
        known = group["start"].dropna().sort_values().dt.tz_convert("UTC").dt.tz_localize(None)
        known = known.to_numpy(dtype="datetime64[ns]")
        ends = known + np.timedelta64(int(shapes.MEETING_HOURS * 3600), "s")
        at_once = max((np.searchsorted(known, e) - i for i, e in enumerate(ends)), default=None)
        lat, lon = located["lat"].to_numpy(dtype=float), located["lon"].to_numpy(dtype=float)
        out.append(
            {
                "date": day,
                "meetings": len(group),
                "at_once": None if at_once is None else int(at_once),
                "places": "; ".join(dict.fromkeys(labels)),
                "spread_km": round(shapes.farthest_pair(lat, lon)[2], 0),
            }
        )
    frame = pd.DataFrame(out, columns=shapes.BY_DAY_COLUMNS)
    frame["at_once"] = frame["at_once"].astype("Int64")
    return frame


def test_by_day_matches_a_group_per_day_with_gaps_in_times_and_places():
    df = synthetic_frame(3_000, campaigns=3, seed=4)
    df = df[df["campaign"] == df["campaign"].iloc[0]].copy()
    # Some meetings without a start time, a location, a date or a campus.
    df.loc[df.index[::7], "start"] = pd.NaT
    df.loc[df.index[::11], ["lat", "lon"]] = float("nan")
    df.loc[df.index[::13], "date"] = pd.NaT
    df.loc[df.index[::17], "campus"] = None
    pd.testing.assert_frame_equal(shapes.by_day(df), _by_day_per_group(df))
    pd.testing.assert_frame_equal(shapes.by_day(df.iloc[:0]), _by_day_per_group(df.iloc[:0]))
    assert shapes.by_day(seed_frame()).equals(_by_day_per_group(seed_frame()))
