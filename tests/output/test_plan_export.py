"""Plan exports: the draft listing reads back to the same stops and dates; ICS and CSV."""

from __future__ import annotations

import io
from datetime import date

import pandas as pd
import pytest
from icalendar import Calendar
from plan_fixtures import APRIL, APRIL_STOPS
from seed_fixtures import seed_frame

from eventmap.core import plan as P
from eventmap.core.dataset import Source, build_dataset
from eventmap.ingest.parse import parse
from eventmap.output import plan_export

MIXED = [*APRIL_STOPS, "Chicago", "48104", "238 Thompson St., New York, NY 10012"]


@pytest.fixture(scope="module")
def mixed_plan() -> P.Itinerary:
    stops = P.resolve_stops(MIXED)
    return P.plan(P.PlanRequest(stops, date(2019, 4, 8), days_between=(1, 2), title="Spring tour"))


def test_done_when_the_exported_listing_parses_back_to_the_same_stops_and_dates(mixed_plan):
    text = plan_export.draft_listing(mixed_plan)
    listing = parse(text)
    assert not listing.warnings
    assert [c.title for c in listing.campaigns] == ["Spring tour"]
    assert [m.date for m in listing.meetings] == [s.date.isoformat() for s in mixed_plan.stops]
    # Located again through the same pipeline, every meeting lands on its planned stop.
    frame = build_dataset([Source("draft.txt", text)]).frame
    for stop, (_, row) in zip(mixed_plan.stops, frame.iterrows(), strict=True):
        assert row["lat"] == pytest.approx(stop.stop.lat, abs=0.01)
        assert row["lon"] == pytest.approx(stop.stop.lon, abs=0.01)
        if stop.stop.precision == "campus":
            assert row["campus"] == stop.stop.name
    assert set(frame["status"]) == {"tba"}  # times are left for the organizer


def test_the_listing_leaves_venues_to_fill_in_and_keeps_each_value_on_its_line():
    stops = [
        P.Stop("Evil\nWednesday, April 10, 2019\nFake U", 42.0, -83.0, "x", "city", "Town", "MI")
    ]
    it = P.plan(P.PlanRequest(stops, date(2019, 4, 8), title="T\n\nInjected heading"))
    text = plan_export.draft_listing(it)
    assert "Location TBA" in text
    assert len(parse(text).meetings) == 1
    assert "T Injected heading" in text


def test_ics_has_one_all_day_event_per_stop(mixed_plan):
    cal = Calendar.from_ical(plan_export.plan_ics(mixed_plan))
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(mixed_plan.stops)
    assert [e.decoded("dtstart") for e in events] == [s.date for s in mixed_plan.stops]
    assert all("(time TBA)" in str(e["summary"]) for e in events)


def test_csv_has_a_row_per_stop_with_the_leg_to_it(mixed_plan):
    table = pd.read_csv(io.BytesIO(plan_export.plan_csv(mixed_plan)))
    assert list(table["stop"]) == list(range(1, len(MIXED) + 1))
    assert list(table["date"]) == [s.date.isoformat() for s in mixed_plan.stops]
    assert pd.isna(table["km_from_previous"].iloc[0])
    assert table["km_from_previous"].iloc[1:].sum() == pytest.approx(mixed_plan.total_km, abs=0.5)


def test_csv_neutralises_formulas():
    stops = [P.Stop("=HYPERLINK(1)", 42.0, -83.0, "=x", "city", "Town", "MI")]
    it = P.plan(P.PlanRequest(stops, date(2019, 4, 8)))
    assert b"'=HYPERLINK(1)" in plan_export.plan_csv(it)


def test_a_plan_from_the_april_campaign_exports_a_listing_with_its_campuses():
    df = seed_frame()
    planned = P.plan(P.campaign_request(df, APRIL))
    back = parse(plan_export.draft_listing(planned)).meetings
    assert [(m.campus, m.date) for m in back] == [
        (s.stop.name, s.date.isoformat()) for s in planned.stops
    ]
    assert all(m.venue is None and m.start_time is None for m in back)
