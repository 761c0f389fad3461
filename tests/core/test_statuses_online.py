"""Cancelled, postponed and online meetings through the product: the shared filters (and their
URL form), Tour logistics (cancelled meetings off the route, listed and warned about), the
visitor search and ``eventmap export``."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from eventmap.cli import main
from eventmap.core import nearest, tour
from eventmap.core.dataset import build_dataset, sources_from_paths
from eventmap.core.filters import Filters, apply_filters, from_query_params, to_query_params

PAGE = Path(__file__).resolve().parents[1] / "support" / "status_listing.txt"


@pytest.fixture(autouse=True)
def _offline(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setenv("EVENTMAP_GEOCODER", "offline")


@pytest.fixture
def frame() -> pd.DataFrame:
    return build_dataset(sources_from_paths([PAGE]), as_of=pd.Timestamp("2019-03-01").date()).frame


def _campuses(df: pd.DataFrame) -> list[str]:
    return df["campus"].tolist()


def test_page_statuses(frame):
    got = dict(zip(frame["campus"], frame["status"].astype(str), strict=True))
    assert got["San Diego State University"] == "cancelled"
    assert got["Wayne State University"] == "postponed"
    assert frame.loc[frame["campus"] == "University of Michigan", "online"].item()


def test_online_and_in_person_filters(frame):
    online = apply_filters(frame, Filters(attendance=["online"]))
    assert _campuses(online) == ["University of Michigan"]
    in_person = apply_filters(frame, Filters(attendance=["in-person"]))
    assert "University of Michigan" not in _campuses(in_person)
    assert len(in_person) == len(frame) - 1
    both = apply_filters(frame, Filters(attendance=["online", "in-person"]))
    assert len(both) == len(frame)


def test_attendance_round_trips_through_the_url(frame):
    f = Filters(statuses=["cancelled"], attendance=["in-person"])
    params = to_query_params(f)
    assert params["attendance"] == ["in-person"]
    back, notes = from_query_params(params, frame)
    assert back == f and notes == []
    bad, notes = from_query_params({"attendance": ["by carrier pigeon"]}, frame)
    assert bad.attendance == [] and "attendance" in notes[0]


def test_tour_leaves_cancelled_meetings_off_the_route_and_lists_them(frame):
    campaign = tour.campaigns(frame)[0]
    stops = tour.stops(frame, campaign)
    assert "San Diego State University" not in stops["label"].tolist()
    assert len(stops) == 4  # Berkeley, Wayne State (postponed stays), Michigan, NYU
    plan = tour.itinerary(frame, campaign)
    sdsu = plan[plan["place"] == "San Diego State University"]
    assert sdsu["status"].item() == "cancelled" and pd.isna(sdsu["stop"].item())
    assert plan.loc[plan["place"] == "University of Michigan", "online"].item()
    legs = tour.legs(frame, campaign=campaign)
    assert "San Diego State University" not in set(legs["from"]) | set(legs["to"])
    table = tour.warning_table(frame)
    cancelled = table[table["kind"] == "cancelled"]
    assert len(cancelled) == 1 and "San Diego State University" in cancelled["message"].item()
    # a cancelled meeting needs no time, room or address
    missing = table[table["kind"] == "missing_details"]["message"]
    assert not missing.str.contains("San Diego").any()


def test_visitor_search_never_offers_a_cancelled_meeting(frame):
    here = frame.loc[frame["campus"] == "San Diego State University"].iloc[0]
    if pd.isna(here["lat"]):
        pytest.skip("not located offline")
    found = nearest.nearest(
        frame, float(here["lat"]), float(here["lon"]), limit=10, include_past=True
    )
    assert "San Diego State University" not in found["campus"].tolist()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--online"], ["University of Michigan"]),
        (["--status", "cancelled"], ["San Diego State University"]),
        (["--status", "postponed", "--in-person"], ["Wayne State University"]),
    ],
)
def test_export_cli_filters_status_and_attendance(tmp_path, args, expected):
    out = tmp_path / "out.json"
    assert main(["export", str(PAGE), "--as-of", "2019-03-01", "-f", "json", "-o", str(out),
                 *args]) == 0  # fmt: skip
    data = json.loads(out.read_text(encoding="utf-8"))
    rows = data["meetings"] if isinstance(data, dict) else data
    assert [r["campus"] for r in rows] == expected
    assert {"status", "online", "end_date", "tz_hint"} <= set(rows[0])


def test_export_cli_online_and_in_person_exclude_each_other(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["export", str(PAGE), "-f", "csv", "-o", "-", "--online", "--in-person"])
    assert "not allowed with" in capsys.readouterr().err


def test_export_cli_ics_marks_cancelled(tmp_path):
    from icalendar import Calendar

    out = tmp_path / "out.ics"
    assert main(["export", str(PAGE), "--as-of", "2019-03-01", "-f", "ics", "-o", str(out)]) == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    statuses = {str(e["STATUS"]) for e in events}
    assert "CANCELLED" in statuses
    online = [e for e in events if "(online)" in str(e["SUMMARY"])]
    assert len(online) == 1 and str(online[0]["URL"]) == "https://zoom.us/j/123"
