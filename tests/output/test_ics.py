"""iCalendar export: events, instants, all-day TBA, provenance and escaping."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar

from eventmap.core.frame import to_frame
from eventmap.model import Location, Meeting
from eventmap.output import ics

LA = "America/Los_Angeles"
NY = "America/New_York"


def _loc(lat: float, lon: float, tz: str | None, precision: str = "campus") -> Location:
    return Location(lat, lon, precision, "gazetteer", "q", tz)


def _frame(meetings, locations):
    return to_frame(meetings, locations)


@pytest.fixture
def tour():
    meetings = [
        Meeting(
            campaign="The Threat of Fascism",
            campus="UC Berkeley",
            venue="Moffitt Library",
            room="Room 101",
            address="350 Moffitt Library, Berkeley CA 94720",
            date="2019-04-08",
            start_time="19:00",
            links=["https://example.org/tour", "https://example.org/other"],
            speaker="A. Speaker",
        ),
        Meeting(
            campaign="The Threat of Fascism",
            campus="Massachusetts Institute of Technology",
            date="2019-04-17",
            time_tba=True,
            status="tba",
        ),
        Meeting(
            campaign="Spring", campus="Massachusetts Institute of Technology", status="pending"
        ),
        Meeting(
            campaign="Spring",
            campus="New York University",
            venue="Kimmel Center",
            date="2019-03-12",
            start_time="18:30",
            end_time="20:00",
        ),
    ]
    locations = [
        _loc(37.8726, -122.2607, LA),
        _loc(42.3601, -71.0942, NY),
        None,
        _loc(40.7295, -73.9965, NY),
    ]
    return _frame(meetings, locations)


def _events(data: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(data)
    return {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def test_one_event_per_dated_meeting_and_undated_reported(tour):
    events = _events(ics.to_ics(tour))
    dated_ids = {f"{mid}@eventmap" for mid in tour.loc[tour["date"].notna(), "meeting_id"]}
    assert set(events) == dated_ids
    left_out = ics.undated(tour)
    assert list(left_out["status"].astype(str)) == ["pending"]


@pytest.mark.parametrize(
    ("row", "utc_start", "utc_end"),
    [
        # 19:00 PDT on 8 April 2019 is 02:00 UTC the next day; default duration 2 h.
        (0, datetime(2019, 4, 9, 2, 0, tzinfo=UTC), datetime(2019, 4, 9, 4, 0, tzinfo=UTC)),
        # 18:30 EDT (after the 10 March DST change) with an explicit end time.
        (3, datetime(2019, 3, 12, 22, 30, tzinfo=UTC), datetime(2019, 3, 13, 0, 0, tzinfo=UTC)),
    ],
)
def test_timed_events_carry_the_right_utc_instants(tour, row, utc_start, utc_end):
    ev = _events(ics.to_ics(tour))[f"{tour.loc[row, 'meeting_id']}@eventmap"]
    start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
    assert start.astimezone(UTC) == utc_start
    assert end.astimezone(UTC) == utc_end
    assert ev["DTSTART"].params["TZID"] == tour.loc[row, "timezone"]


def test_every_tzid_has_a_vtimezone(tour):
    cal = Calendar.from_ical(ics.to_ics(tour))
    assert {tz["TZID"] for tz in cal.walk("VTIMEZONE")} == {LA, NY}
    assert cal.get_missing_tzids() == set()


def test_tba_is_an_all_day_event_marked_as_such(tour):
    ev = _events(ics.to_ics(tour))[f"{tour.loc[1, 'meeting_id']}@eventmap"]
    assert ev.decoded("DTSTART") == date(2019, 4, 17)
    assert not isinstance(ev.decoded("DTSTART"), datetime)
    assert ev.decoded("DTEND") == date(2019, 4, 18)
    assert "TBA" in str(ev["SUMMARY"])
    assert "TBA" in str(ev["DESCRIPTION"])
    assert str(ev["STATUS"]) == "TENTATIVE"


def test_location_geo_url_description(tour):
    ev = _events(ics.to_ics(tour))[f"{tour.loc[0, 'meeting_id']}@eventmap"]
    assert str(ev["LOCATION"]) == (
        "Moffitt Library, Room 101, 350 Moffitt Library, Berkeley CA 94720"
    )
    geo = ev["GEO"]
    assert (geo.latitude, geo.longitude) == pytest.approx((37.8726, -122.2607))
    assert str(ev["URL"]) == "https://example.org/tour"
    assert "Speaker: A. Speaker" in str(ev["DESCRIPTION"])
    assert "UC Berkeley" in str(ev["SUMMARY"])


def test_unknown_time_zone_gives_floating_time_and_says_so():
    df = _frame(
        [Meeting(campaign="C", campus="X", date="2019-05-01", start_time="10:15")],
        [_loc(1.0, 2.0, None)],
    )
    ev = next(iter(_events(ics.to_ics(df)).values()))
    assert ev.decoded("DTSTART") == datetime(2019, 5, 1, 10, 15)
    assert "Time zone unknown" in str(ev["DESCRIPTION"])


def test_provenance_goes_into_x_properties(tour):
    meta = {
        "generated_at": "2024-02-03T04:05:06Z",
        "generator": "eventmap test",
        "filters": {"states": ["CA"]},
        "sources": [{"name": "upcoming.txt", "version": 3, "sha256": "ab" * 32}],
    }
    cal = Calendar.from_ical(ics.to_ics(tour, meta=meta, calname="Spring tour"))
    assert str(cal["X-EVENTMAP-GENERATED"]) == "2024-02-03T04:05:06Z"
    assert '"states": ["CA"]' in str(cal["X-EVENTMAP-FILTERS"])
    assert '"version": 3' in str(cal["X-EVENTMAP-SOURCE"])
    assert str(cal["X-WR-CALNAME"]) == "Spring tour"
    for ev in cal.walk("VEVENT"):
        assert ev.decoded("DTSTAMP") == datetime(2024, 2, 3, 4, 5, 6, tzinfo=UTC)


@pytest.mark.parametrize(
    "hostile",
    [
        "Hall\r\nX-INJECTED:1",
        "Hall\nBEGIN:VEVENT\nUID:evil",
        "Hall\rATTENDEE:mailto:x@example.com",
        "Hall\x0bX-INJECTED:\x00yes",
        'Hall; with, "quotes" and \\ backslash',
    ],
)
def test_hostile_text_cannot_add_properties_or_events(hostile):
    df = _frame(
        [
            Meeting(
                campaign=hostile,
                campus=hostile,
                venue=hostile,
                date="2019-04-08",
                start_time="19:00",
            )
        ],
        [_loc(1.0, 2.0, LA)],
    )
    meta = {"sources": [{"name": hostile}], "filters": {"campaigns": [hostile]}}
    data = ics.to_ics(df, meta=meta, calname=hostile)
    lines = data.split(b"\r\n")
    assert not any(line.startswith((b"X-INJECTED", b"ATTENDEE", b"UID:evil")) for line in lines)
    assert lines.count(b"BEGIN:VEVENT") == 1
    assert not any(ch in data for ch in (b"\x00", b"\x0b"))
    assert b"\r" not in data.replace(b"\r\n", b"")
    assert b"\n" not in data.replace(b"\r\n", b"")
    cal = Calendar.from_ical(data)
    (ev,) = cal.walk("VEVENT")
    assert str(ev["LOCATION"]).startswith("Hall")
    assert set(ev) >= {"SUMMARY", "LOCATION", "DTSTART", "UID"}
    assert not {k for k in ev if k.startswith("X-INJ")}


@pytest.mark.parametrize(
    ("links", "url"),
    [
        (["javascript:alert(1)", "https://ok.example/x"], "https://ok.example/x"),
        (["ftp://nope.example"], None),
        ([], None),
    ],
)
def test_url_is_the_first_web_link(links, url):
    df = _frame(
        [Meeting(campaign="C", campus="X", date="2019-05-01", start_time="10:00", links=links)],
        [_loc(1.0, 2.0, LA)],
    )
    ev = next(iter(_events(ics.to_ics(df)).values()))
    assert (str(ev["URL"]) if "URL" in ev else None) == url


def test_empty_frame_gives_a_valid_empty_calendar(tour):
    cal = Calendar.from_ical(ics.to_ics(tour.iloc[0:0]))
    assert cal.walk("VEVENT") == []


def _vevents(frame):
    return [c for c in Calendar.from_ical(ics.to_ics(frame)).walk("VEVENT")]


def test_cancelled_postponed_and_online_meetings():
    meetings = [
        Meeting(campaign="C", campus="UC Berkeley", venue="Moffitt", date="2019-04-08",
                start_time="19:00", status="cancelled"),
        Meeting(campaign="C", campus="UCLA", date="2019-04-09", start_time="19:00",
                status="postponed"),
        Meeting(campaign="C", place="Webinar", date="2019-04-10", start_time="19:00",
                online=True, links=["https://zoom.example/j/1"]),
        Meeting(campaign="C", campus="MIT", venue="Room 4", date="2019-04-11",
                start_time="19:00", online=True, links=["https://zoom.example/j/2"]),
    ]  # fmt: skip
    la = _loc(34.0, -118.0, LA)
    frame = _frame(meetings, [la, la, None, _loc(42.36, -71.09, NY)])
    cancelled, postponed, webinar, mit = _vevents(frame)
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["SUMMARY"]).startswith("CANCELLED: ")
    assert str(postponed["STATUS"]) == "TENTATIVE"
    assert str(postponed["SUMMARY"]).startswith("POSTPONED: ")
    assert str(webinar["URL"]) == "https://zoom.example/j/1"
    assert "https://zoom.example/j/1" in str(webinar["LOCATION"])
    assert str(webinar["SUMMARY"]).endswith("(online)")
    assert str(mit["LOCATION"]) == "Room 4; Online: https://zoom.example/j/2"
    assert str(mit["STATUS"]) == "CONFIRMED"
