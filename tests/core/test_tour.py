"""Tour logistics on hand-made meetings: legs, modes, totals, stops and each warning kind."""

from __future__ import annotations

import pandas as pd
import pytest
from tour_fixtures import APRIL, CAMPUSES, april_tour, frame_of, located, meeting

from eventmap.core import tour


def _leg(legs: pd.DataFrame, a: str, b: str) -> pd.Series:
    rows = legs[(legs["from"] == a) & (legs["to"] == b)]
    assert len(rows) == 1, f"expected one leg {a} -> {b}, got {len(rows)}"
    return rows.iloc[0]


# Reference road-atlas great-circle distances, with a tolerance for where on campus the point is.
@pytest.mark.parametrize(
    ("a", "b", "km", "tolerance"),
    [
        ("UC Berkeley", "San Diego State University", 740, 20),
        ("San Diego State University", "Wayne State University", 3150, 60),
        ("Wayne State University", "University of Michigan", 56, 5),
        ("Massachusetts Institute of Technology", "New York University", 300, 15),
        ("New York University", "University of California Los Angeles", 3940, 60),
    ],
)
def test_leg_distance_for_known_pairs(a: str, b: str, km: float, tolerance: float) -> None:
    df = frame_of([meeting(a, "2019-04-01"), meeting(b, "2019-04-03")])
    legs = tour.legs(df)
    assert len(legs) == 1
    assert _leg(legs, a, b)["distance_km"] == pytest.approx(km, abs=tolerance)
    assert tour.total_distance_km(df) == pytest.approx(km, abs=tolerance)


def test_april_tour_legs_in_date_order_with_san_diego_to_detroit_flown() -> None:
    meetings = april_tour()
    df = frame_of(list(reversed(meetings)))  # input order must not matter
    legs = tour.legs(df)
    assert list(legs["from"]) == [m.campus for m in meetings[:-1]]
    assert list(legs["to"]) == [m.campus for m in meetings[1:]]
    assert list(legs["days"]) == [1, 2, 4, 2, 1]
    assert list(legs["from_id"]) == [m.meeting_id for m in meetings[:-1]]
    sd_detroit = _leg(legs, "San Diego State University", "Wayne State University")
    assert sd_detroit["mode"] == "fly"
    assert _leg(legs, "Wayne State University", "University of Michigan")["mode"] == "drive"
    assert (legs["campaign"] == APRIL).all()


@pytest.mark.parametrize(
    ("drive_max_km", "expected_modes"),
    [
        (500, ["fly", "fly", "drive", "fly", "drive"]),
        (50, ["fly"] * 5),
        (5000, ["drive"] * 5),
        (800, ["drive", "fly", "drive", "fly", "drive"]),
    ],
)
def test_threshold_decides_mode(drive_max_km: float, expected_modes: list[str]) -> None:
    a = tour.TravelAssumptions(drive_max_km=drive_max_km)
    assert list(tour.legs(frame_of(april_tour()), assumptions=a)["mode"]) == expected_modes


def test_estimated_hours_follow_the_assumptions() -> None:
    a = tour.TravelAssumptions(road_factor=1.0, drive_kmh=100, flight_kmh=800, airport_hours=2)
    legs = tour.legs(frame_of(april_tour()), assumptions=a)
    for leg in legs.itertuples():
        if leg.mode == "drive":
            assert leg.est_hours == pytest.approx(leg.distance_km / 100, abs=0.06)
        else:
            assert leg.est_hours == pytest.approx(leg.distance_km / 800 + 2, abs=0.06)
    slower = tour.legs(frame_of(april_tour()), assumptions=tour.TravelAssumptions(drive_kmh=50))
    default = tour.legs(frame_of(april_tour()))
    drives = default["mode"] == "drive"
    assert (slower.loc[drives, "est_hours"] > default.loc[drives, "est_hours"]).all()


@pytest.mark.parametrize(
    "bad",
    [
        {"drive_kmh": 0},
        {"flight_kmh": -1},
        {"airport_hours": -0.5},
        {"drive_max_km": float("nan")},
        {"road_factor": "fast"},
    ],
)
def test_bad_assumptions_are_refused(bad: dict) -> None:
    with pytest.raises(ValueError, match="travel assumption"):
        tour.TravelAssumptions(**bad)


def test_legs_skip_meetings_without_date_or_coordinates_and_keep_campaigns_apart() -> None:
    tour_meetings = april_tour()
    other = [
        meeting("University of Florida", "2019-03-14", campaign="Other"),
        meeting("New York University", "2019-03-12", campaign="Other"),
    ]
    pending = meeting("Massachusetts Institute of Technology", None, None)
    nowhere = meeting("Nowhere College", "2019-04-10")
    meetings = [*tour_meetings, *other, pending, nowhere]
    locations = [located(m) for m in [*tour_meetings, *other, pending]] + [None]
    df = frame_of(meetings, locations)
    legs = tour.legs(df)
    assert set(legs["campaign"]) == {APRIL, "Other"}
    april = legs[legs["campaign"] == APRIL]
    assert len(april) == 5  # the undated and the unlocated meeting are no stops
    assert "Nowhere College" not in set(legs["from"]) | set(legs["to"])
    other_legs = legs[legs["campaign"] == "Other"]
    assert list(other_legs["from"]) == ["New York University"]
    # The campaign that starts earlier comes first.
    assert list(legs["campaign"])[0] == "Other"
    assert tour.total_distance_km(df) == pytest.approx(legs["distance_km"].sum(), abs=0.1)
    only = tour.legs(df, campaign="Other")
    assert list(only["campaign"]) == ["Other"]


def test_same_day_meetings_ordered_by_time() -> None:
    df = frame_of(
        [
            meeting("University of Michigan", "2019-03-14", "19:00", campaign="C"),
            meeting("New York University", "2019-03-14", "18:00", campaign="C"),
            meeting("University of Florida", "2019-03-14", "12:00", campaign="C"),
        ]
    )
    legs = tour.legs(df)
    assert list(legs["from"]) == ["University of Florida", "New York University"]
    assert list(legs["days"]) == [0, 0]


def test_same_day_meetings_in_different_time_zones_ordered_by_instant() -> None:
    # 18:00 in San Diego is 21:00 in New York: the New York meeting at 18:30 comes first.
    df = frame_of(
        [
            meeting("San Diego State University", "2019-03-12", "18:00", campaign="C"),
            meeting("New York University", "2019-03-12", "18:30", campaign="C"),
        ]
    )
    assert list(tour.legs(df)["from"]) == ["New York University"]
    assert list(tour.stops(df, "C")["label"]) == [
        "New York University",
        "San Diego State University",
    ]


def test_meetings_without_campaign_title_still_form_a_tour() -> None:
    df = frame_of(
        [
            meeting("Western Michigan University", "2019-03-11", campaign=None),
            meeting("New York University", "2019-03-12", campaign=None),
        ]
    )
    assert tour.campaigns(df) == [tour.NO_CAMPAIGN]
    assert list(tour.legs(df)["campaign"]) == [tour.NO_CAMPAIGN]
    assert len(tour.stops(df, tour.NO_CAMPAIGN)) == 2


def test_empty_frame() -> None:
    df = frame_of([])
    assert tour.legs(df).empty
    assert list(tour.legs(df).columns) == tour.LEG_COLUMNS
    assert tour.total_distance_km(df) == 0.0
    assert tour.summary(tour.legs(df)).longest is None
    assert tour.travel_warnings(df) == []
    assert tour.campaigns(df) == []


def test_summary_of_april_tour() -> None:
    legs = tour.legs(frame_of(april_tour()))
    s = tour.summary(legs)
    assert s.legs == 5
    assert s.total_km == pytest.approx(legs["distance_km"].sum(), abs=0.1)
    assert s.longest is not None
    assert (s.longest["from"], s.longest["to"]) == (
        "San Diego State University",
        "Wayne State University",
    )
    assert s.longest["from_date"] == "2019-04-09"
    assert s.tour_days == 11  # April 8 to April 18
    assert s.travel_days == 5
    assert s.flights == (legs["mode"] == "fly").sum()
    assert s.flights + s.drives == 5


def test_summary_counts_days_not_legs_for_travel() -> None:
    df = frame_of(
        [
            meeting("Wayne State University", "2019-03-13", campaign="C"),
            meeting("University of Michigan", "2019-03-14", "12:00", campaign="C"),
            meeting("Western Michigan University", "2019-03-14", "19:00", campaign="C"),
        ]
    )
    s = tour.summary(tour.legs(df))
    assert s.legs == 2
    assert s.travel_days == 1


def test_stops_are_numbered_in_order_with_plain_columns() -> None:
    df = frame_of(list(reversed(april_tour())))
    stops = tour.stops(df, APRIL)
    assert list(stops.columns) == tour.STOP_COLUMNS
    assert list(stops["stop"]) == [1, 2, 3, 4, 5, 6]
    assert stops["label"].iloc[0] == "UC Berkeley"
    assert stops["date"].iloc[-1] == "2019-04-18"
    lat, lon, _ = CAMPUSES["UC Berkeley"]
    assert (stops["lat"].iloc[0], stops["lon"].iloc[0]) == (lat, lon)
    assert stops["start_time"].iloc[4] is None  # MIT, time TBA
    # Plain types only (pydeck can't serialise Timestamps).
    assert all(isinstance(v, str) for v in stops["date"])
    assert tour.stops(df, "No such campaign").empty


# Warnings -----------------------------------------------------------------------------------


def _kinds(warnings: list[tour.TourWarning]) -> dict[str, list[tour.TourWarning]]:
    out: dict[str, list[tour.TourWarning]] = {}
    for w in warnings:
        assert w.kind in tour.WARNING_KINDS
        out.setdefault(w.kind, []).append(w)
    return out


def test_april_tour_only_warns_about_the_tba_meeting() -> None:
    meetings = april_tour()
    found = _kinds(tour.travel_warnings(frame_of(meetings)))
    assert set(found) == {"missing_details"}
    mit = meetings[4]
    missing = found["missing_details"]
    assert [w.meeting_ids for w in missing] == [[mit.meeting_id]]
    assert all(word in missing[0].message for word in ("time", "room", "address"))
    # Berkeley -> San Diego (1 day, 736 km) and MIT -> NYU (1 day, 302 km) are under 1,000 km.
    assert "next_day_far" not in found


@pytest.mark.parametrize(
    ("second", "date", "time", "kind"),
    [
        ("New York University", "2019-03-12", "21:00", "same_day_far"),  # SDSU -> NYU same day
        ("UC Berkeley", "2019-03-12", "21:00", "same_day_far"),  # 736 km
        ("New York University", "2019-03-13", "19:00", "next_day_far"),
        ("UC Berkeley", "2019-03-13", "19:00", None),  # 736 km by next day is fine
        ("New York University", "2019-03-15", "19:00", None),  # two days to cross the country
    ],
)
def test_distance_warnings(second: str, date: str, time: str, kind: str | None) -> None:
    first = meeting("San Diego State University", "2019-03-12", "18:00", campaign="C")
    other = meeting(second, date, time, campaign="C")
    found = _kinds(tour.travel_warnings(frame_of([first, other])))
    distance_kinds = {k for k in found if k in {"same_day_far", "next_day_far"}}
    assert distance_kinds == ({kind} if kind else set())
    if kind:
        (w,) = found[kind]
        assert w.meeting_ids == [first.meeting_id, other.meeting_id]
        assert w.campaign == "C"
        assert "km apart" in w.message


def test_distance_thresholds_are_parameters() -> None:
    df = frame_of(
        [
            meeting("Wayne State University", "2019-03-14", "12:00", campaign="C"),
            meeting("University of Michigan", "2019-03-14", "19:00", campaign="C"),
            meeting("UC Berkeley", "2019-03-15", "19:00", campaign="C"),
        ]
    )
    # 56 km the same day is fine by default; 3,300 km by the next day is not.
    assert set(_kinds(tour.travel_warnings(df))) == {"next_day_far"}
    found = _kinds(tour.travel_warnings(df, same_day_km=50, next_day_km=5000))
    assert set(found) == {"same_day_far"}


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({"start_time": None, "time_tba": True, "status": "tba"}, ["time"]),
        ({"room": None}, ["room"]),
        ({"address": None}, ["address"]),
        ({"room": None, "address": None}, ["room", "address"]),
        ({"room": None, "kind": "rally"}, []),  # rallies are outdoors
        ({}, []),
    ],
)
def test_missing_details(changes: dict, missing: list[str]) -> None:
    m = meeting("University of Florida", "2019-03-14", "12:00", campaign="C", **changes)
    found = _kinds(tour.travel_warnings(frame_of([m])))
    if not missing:
        assert "missing_details" not in found
        return
    (w,) = found["missing_details"]
    assert w.meeting_ids == [m.meeting_id]
    for name in ("time", "room", "address"):
        assert (name in w.message) == (name in missing)


@pytest.mark.parametrize(
    ("precision", "approximate"),
    [("city", True), ("postal_code", True), ("campus", False), ("address", False)],
)
def test_approximate_geocodes(precision: str, approximate: bool) -> None:
    m = meeting("University of Florida", "2019-03-14", "12:00", campaign="C")
    df = frame_of([m], [located(m, precision)])
    found = _kinds(tour.travel_warnings(df))
    assert ("approximate_location" in found) == approximate
    if approximate:
        (w,) = found["approximate_location"]
        assert w.meeting_ids == [m.meeting_id]
        assert precision.replace("_", " ") in w.message


def test_unlocated_meeting_is_reported() -> None:
    m = meeting("Nowhere College", "2019-03-14", "12:00", campaign="C")
    found = _kinds(tour.travel_warnings(frame_of([m], [None])))
    assert [w.meeting_ids for w in found["not_located"]] == [[m.meeting_id]]


def test_duplicates_same_campaign_place_date_and_time() -> None:
    a = meeting("New York University", "2019-03-12", "18:30", campaign="C", venue="Kimmel")
    # Same campus, date and time but a different title: a second entry of the same meeting.
    b = meeting("new york university", "2019-03-12", "18:30", campaign="C", title="Again")
    other_time = meeting("New York University", "2019-03-12", "20:00", campaign="C", title="x")
    other_campaign = meeting("New York University", "2019-03-12", "18:30", campaign="D")
    df = frame_of([a, b, other_time, other_campaign], [located(a)] * 4)
    found = _kinds(tour.travel_warnings(df))
    (w,) = found["duplicate"]
    assert sorted(w.meeting_ids) == sorted([a.meeting_id, b.meeting_id])
    assert w.campaign == "C"
    assert "2 times" in w.message


@pytest.mark.parametrize("status", ["pending", "scheduled"])
def test_undated_meeting_is_reported(status: str) -> None:
    m = meeting("Massachusetts Institute of Technology", None, None, campaign="C", status=status)
    found = _kinds(tour.travel_warnings(frame_of([m])))
    (w,) = found["undated"]
    assert w.meeting_ids == [m.meeting_id]
    assert ("pending" in w.message) == (status == "pending")


def test_warnings_frame() -> None:
    m = meeting("Massachusetts Institute of Technology", None, None, campaign="C")
    items = tour.travel_warnings(frame_of([m]))
    table = tour.warnings_frame(items)
    assert list(table.columns) == [
        "kind",
        "check",
        "campaign",
        "message",
        "meetings",
        "meeting_ids",
    ]
    assert set(table["kind"]) == {w.kind for w in items}
    assert tour.warnings_frame([]).empty


# Itinerary ----------------------------------------------------------------------------------


def test_itinerary_lists_every_meeting_with_the_leg_into_it() -> None:
    meetings = april_tour()
    pending = meeting("Massachusetts Institute of Technology", None, None, source_line=9)
    nowhere = meeting("Nowhere College", "2019-04-10", source_line=10)
    df = frame_of(
        [pending, nowhere, *reversed(meetings)],
        [located(pending), None, *[located(m) for m in reversed(meetings)]],
    )
    plan = tour.itinerary(df, APRIL)
    assert list(plan.columns) == tour.ITINERARY_COLUMNS
    assert (
        list(plan["meeting_id"])
        == [
            *(m.meeting_id for m in meetings[:2]),
            nowhere.meeting_id,  # dated, not located: in the itinerary but no stop
            *(m.meeting_id for m in meetings[2:]),
            pending.meeting_id,  # undated last
        ]
    )
    assert list(plan["stop"].astype("object").where(plan["stop"].notna(), None)) == [
        1,
        2,
        None,
        3,
        4,
        5,
        6,
        None,
    ]
    legs = tour.legs(df)
    detroit = plan[plan["meeting_id"] == meetings[2].meeting_id].iloc[0]
    assert detroit["travel_mode"] == "fly"
    assert (
        detroit["km_from_previous"]
        == _leg(legs, meetings[1].campus, meetings[2].campus)["distance_km"]
    )
    assert pd.isna(plan.iloc[0]["km_from_previous"])  # the first stop has no leg into it


def test_itinerary_csv_keeps_hostile_text_inert() -> None:
    from eventmap.output import export

    m = meeting("UC Berkeley", "2019-04-08", venue='=HYPERLINK("http://x.invalid","y")')
    csv_text = export.to_csv(tour.itinerary(frame_of([m]), APRIL)).decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_text
    assert ",=HYPERLINK" not in csv_text


# The real seed page, parsed and geocoded offline ------------------------------------------


@pytest.fixture(scope="module")
def seed_frame() -> pd.DataFrame:
    from seed_fixtures import seed_frame

    return seed_frame()


def _april_name(df: pd.DataFrame) -> str:
    (name,) = [n for n in tour.campaigns(df) if n.casefold().startswith("the threat of fascism")]
    return name


def test_seed_april_tour(seed_frame: pd.DataFrame) -> None:
    name = _april_name(seed_frame)
    legs = tour.legs(seed_frame, campaign=name)
    assert list(legs["to_date"].dt.strftime("%m-%d")) == [
        "04-09",
        "04-11",
        "04-15",
        "04-17",
        "04-18",
    ]
    berkeley = legs.iloc[0]
    assert berkeley["distance_km"] == pytest.approx(740, abs=25)
    sd_detroit = legs.iloc[1]
    assert "San Diego" in sd_detroit["from"] and "Wayne State" in sd_detroit["to"]
    assert sd_detroit["mode"] == "fly"
    assert tour.summary(legs).longest["to_id"] == sd_detroit["to_id"]
    stops = tour.stops(seed_frame, name)
    assert list(stops["stop"]) == [1, 2, 3, 4, 5, 6]


def test_seed_warnings(seed_frame: pd.DataFrame) -> None:
    found = _kinds(tour.travel_warnings(seed_frame))
    # The pending MIT meeting ("Details coming soon.") has no date.
    (undated,) = found["undated"]
    pending = seed_frame[seed_frame["status"] == "pending"]
    assert undated.meeting_ids == list(pending["meeting_id"])
    # The April MIT meeting: time and location TBA.
    april = [w for w in found["missing_details"] if w.campaign == _april_name(seed_frame)]
    assert len(april) == 1 and "time" in april[0].message
    # The March campus meetings: NYU and San Diego State the same evening.
    assert found["same_day_far"]
    assert "duplicate" not in found
    assert tour.total_distance_km(seed_frame) == pytest.approx(
        tour.legs(seed_frame)["distance_km"].sum(), abs=0.1
    )
