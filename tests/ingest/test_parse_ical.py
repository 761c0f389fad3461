"""A calendar file (``.ics``), uploaded, pasted or fetched, is read as a listing: each event from
the page's date on is a meeting, repeating events are laid out (RRULE, EXDATE, an occurrence
edited on its own) for a year ahead and no further, all-day and multi-day events keep their
days, a cancelled event is kept as cancelled, and the calendar's name is the campaign. Times keep
their zone (``tz_hint``); a time stated in UTC with no zone for the calendar gets a warning.
Written from what Google, Nextcloud and events plugins export; the rows are variants."""

from __future__ import annotations

import json
from datetime import date

import pytest
from listing_server import Page

from eventmap.cli import main
from eventmap.core.tzhint import hint_zone
from eventmap.ingest.fetch import fetch
from eventmap.ingest.ical import looks_like_ical
from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


def ics(*events: str, head: str = "X-WR-CALNAME:Reading group\n") -> str:
    body = "".join(
        f"BEGIN:VEVENT\nUID:e{i}@example.org\nDTSTAMP:20261101T120000Z\n{e.strip()}\nEND:VEVENT\n"
        for i, e in enumerate(events)
    )
    text = (
        f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//eventmap tests//EN\n{head}{body}END:VCALENDAR\n"
    )
    return text.replace("\n", "\r\n")


ONE_EVENT = [
    pytest.param(
        "DTSTART;TZID=Europe/London:20270114T190000\nDTEND;TZID=Europe/London:20270114T210000\n"
        "SUMMARY:Reading group\nLOCATION:Leeds Central Library\\, Room 2\\, Calverley St\\, "
        "Leeds LS1 3AB",
        dict(
            date="2027-01-14",
            start_time="19:00",
            end_time="21:00",
            tz_hint="Europe/London",
            venue="Leeds Central Library",
            room="Room 2",
            postal_code="LS1 3AB",
            city="Leeds",
        ),
        id="en-zone-and-location",
    ),
    pytest.param(
        "DTSTART;TZID=Europe/Berlin:20270121T183000\nSUMMARY:Lesekreis\n"
        "LOCATION:Gewerkschaftshaus\\, Wilhelm-Leuschner-Str. 69\\, 60329 Frankfurt am Main",
        dict(
            start_time="18:30",
            tz_hint="Europe/Berlin",
            venue="Gewerkschaftshaus",
            postal_code="60329",
        ),
        id="de-street-and-plz",
    ),
    pytest.param(
        "DTSTART;VALUE=DATE:20270116\nDTEND;VALUE=DATE:20270118\nSUMMARY:Week-end de formation\n"
        "LOCATION:Bourse du Travail\\, Lyon",
        dict(
            date="2027-01-16",
            end_date="2027-01-17",
            start_time=None,
            time_tba=True,
            venue="Bourse du Travail",
        ),
        id="fr-all-day-two-days-end-exclusive",
    ),
    pytest.param(
        "DTSTART;VALUE=DATE:20270116\nSUMMARY:Jornada\n",
        dict(date="2027-01-16", end_date=None, start_time=None),
        id="es-all-day-no-end",
    ),
    pytest.param(
        "DTSTART;TZID=Europe/London:20270116T100000\nSUMMARY:Weekend school\n"
        "LOCATION:Trades Club\\, Hebden Bridge",
        dict(venue="Trades Club", city="Hebden Bridge", room=None),
        id="en-venue-then-its-town",
    ),
    pytest.param(
        "DTSTART;TZID=Europe/Madrid:20270116T100000\nSUMMARY:Taller\n"
        "LOCATION:Ateneo Obrero\\, Sala 3",
        dict(venue="Ateneo Obrero", room="Sala 3", city=None),
        id="es-venue-then-its-room-no-town",
    ),
    pytest.param(
        "DTSTART:20270114T190000\nSUMMARY:Floating time\n",
        dict(start_time="19:00", tz_hint=None),
        id="floating-time-no-zone",
    ),
    pytest.param(
        "DTSTART;TZID=America/New_York:20270114T190000\nSUMMARY:Forum\nSTATUS:CANCELLED\n",
        dict(status="cancelled", tz_hint="America/New_York"),
        id="cancelled",
    ),
    pytest.param(
        "DTSTART;TZID=America/New_York:20270114T190000\nSUMMARY:Webinar\n"
        "LOCATION:https://zoom.us/j/123\n",
        dict(online=True, venue=None, links=["https://zoom.us/j/123"]),
        id="online-link-as-location",
    ),
    pytest.param(
        "DTSTART;TZID=America/New_York:20270114T190000\nSUMMARY:Walk\n"
        "LOCATION:https://maps.example.org/?q=Prospect+Park\n",
        dict(online=False, venue=None, links=["https://maps.example.org/?q=Prospect+Park"]),
        id="map-link-as-location-is-no-online-meeting",
    ),
    pytest.param(
        "DTSTART;TZID=America/New_York:20270114T190000\nSUMMARY:<script>x</script>=1+1\n"
        "URL:https://example.org/e\n",
        dict(title="x =1+1", links=["https://example.org/e"]),
        id="markup-in-summary-is-text",
    ),
]


@pytest.mark.parametrize(("event", "want"), ONE_EVENT)
def test_a_calendar_event_is_a_meeting(event, want):
    listing = parse(ics(event), as_of=AS_OF)
    assert len(listing.meetings) == 1
    m = listing.meetings[0]
    for key, value in want.items():
        assert getattr(m, key) == value, key
    assert m.campaign == "Reading group"
    assert [(c.title, c.title_source) for c in listing.campaigns] == [("Reading group", "heading")]
    assert (listing.as_of, listing.as_of_origin) == (AS_OF, "given")


def test_repeating_events_are_laid_out_with_their_exceptions():
    text = (
        ics(
            "DTSTART;TZID=Europe/London:20261203T190000\nSUMMARY:Reading group\n"
            "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=5\nEXDATE;TZID=Europe/London:20261217T190000\n",
        )
        + ""
    )
    # the third reading moved to a Friday, an hour later, stated as its own event
    moved = (
        "BEGIN:VEVENT\r\nUID:e0@example.org\r\nDTSTAMP:20261101T120000Z\r\n"
        "RECURRENCE-ID;TZID=Europe/London:20261231T190000\r\n"
        "DTSTART;TZID=Europe/London:20270101T200000\r\nSUMMARY:Reading group (moved)\r\n"
        "END:VEVENT\r\n"
    )
    text = text.replace("END:VCALENDAR", moved + "END:VCALENDAR")
    listing = parse(text, as_of=AS_OF)
    ms = listing.meetings
    assert not any("read up to" in w.reason for w in listing.warnings)  # COUNT ends it
    assert [(m.date, m.start_time) for m in ms] == [
        ("2026-12-03", "19:00"), ("2027-01-01", "20:00"), ("2027-01-14", "19:00"),
        ("2027-01-28", "19:00"),
    ]  # fmt: skip


def test_an_endless_rule_is_read_for_a_year_and_a_minutely_one_up_to_the_cap():
    weekly = ics("DTSTART;TZID=Europe/Paris:20261202T180000\nSUMMARY:Permanence\n"
                 "RRULE:FREQ=WEEKLY\n")  # fmt: skip
    listing = parse(weekly, as_of=AS_OF)
    assert 52 <= len(listing.meetings) <= 53
    assert listing.meetings[-1].date <= "2027-12-02"
    assert any("read up to" in w.reason for w in listing.warnings)
    minutely = ics("DTSTART:20261202T180000Z\nSUMMARY:Spam\nRRULE:FREQ=MINUTELY\n")
    listing = parse(minutely, as_of=AS_OF)
    assert len(listing.meetings) == 2000
    assert any("first 2000 events" in w.reason for w in listing.warnings)


def test_past_events_are_left_out_and_counted():
    text = ics(
        "DTSTART;TZID=Europe/London:20261110T190000\nSUMMARY:Past\n",
        "DTSTART;TZID=Europe/London:20270110T190000\nSUMMARY:Coming\n",
    )
    listing = parse(text, as_of=AS_OF)
    assert [m.title for m in listing.meetings] == ["Coming"]
    assert any("1 event(s) before 2026-12-01" in w.reason for w in listing.warnings)


def test_utc_times_follow_the_calendar_s_zone_else_are_warned_about():
    event = "DTSTART:20270114T190000Z\nSUMMARY:Forum\n"
    zoned = parse(ics(event, head="X-WR-TIMEZONE:America/New_York\n"), as_of=AS_OF)
    assert [(m.start_time, m.tz_hint) for m in zoned.meetings] == [("14:00", "America/New_York")]
    assert not any("UTC" in w.reason for w in zoned.warnings)
    bare = parse(ics(event), as_of=AS_OF)
    assert [(m.start_time, m.tz_hint) for m in bare.meetings] == [("19:00", "UTC")]
    assert any("stated in UTC" in w.reason for w in bare.warnings)


@pytest.mark.parametrize(
    ("hint", "zone"),
    [("Europe/London", "Europe/London"), ("America/Argentina/Buenos_Aires",
      "America/Argentina/Buenos_Aires"), ("Mars/Olympus", None), ("../../etc/passwd", None)],
)  # fmt: skip
def test_a_calendar_s_zone_name_is_a_time_zone_hint(hint, zone):
    assert hint_zone(hint) == zone


@pytest.mark.parametrize(
    "text",
    [
        "BEGIN:VCALENDAR\r\nthis is not a calendar\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\n" + "X-JUNK:" + "a" * 200_000 + "\r\nEND:VCALENDAR\r\n",
    ],
)
def test_a_broken_or_empty_calendar_gives_a_warning_not_a_traceback(text):
    listing = parse(text, as_of=AS_OF)
    assert listing.meetings == []
    assert listing.warnings
    assert not any("Traceback" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    ("text", "is_ical"),
    [
        ("BEGIN:VCALENDAR\r\nVERSION:2.0", True),
        ("\ufeff  BEGIN:VCALENDAR\nVERSION:2.0", True),
        ("begin:vcalendar\n", True),
        ("Our calendar:\nBEGIN:VCALENDAR\n", False),  # a page that quotes one
        ("BEGIN:VCALENDARS\n", False),
    ],
)
def test_a_calendar_file_is_known_by_its_first_line(text, is_ical):
    assert looks_like_ical(text) is is_ical


def test_a_calendar_as_bytes_with_a_bom_is_read():
    data = b"\xef\xbb\xbf" + ics("DTSTART;VALUE=DATE:20270116\nSUMMARY:Caf\xc3\xa9\n".encode(
        "latin-1").decode("utf-8")).encode("utf-8")  # fmt: skip
    assert [m.title for m in parse(data, as_of=AS_OF).meetings] == ["Café"]


def test_a_fetched_calendar_feed_is_read(listing_site):
    text = ics("DTSTART;TZID=Europe/London:20270114T190000\nSUMMARY:Forum\n")
    listing_site.pages["/cal.ics"] = Page(text, content_type="text/calendar; charset=utf-8")
    got = fetch(listing_site.url("/cal.ics"))
    assert [(m.date, m.start_time) for m in parse(got.text, as_of=AS_OF).meetings] == [
        ("2027-01-14", "19:00")
    ]


def test_eventmap_parse_reads_a_calendar_file(tmp_path, capsys):
    path = tmp_path / "diary.ics"
    path.write_text(ics("DTSTART;TZID=Europe/London:20270114T190000\nSUMMARY:Forum\n"))
    assert main(["parse", str(path), "--as-of", "2026-12-01"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(m["date"], m["start_time"], m["campaign"]) for m in out["meetings"]] == [
        ("2027-01-14", "19:00", "Reading group")
    ]


@pytest.mark.parametrize(
    ("event", "want"),
    [
        # an event running over the as-of day is kept (and the search moves on past it)
        ("DTSTART;VALUE=DATE:20261201\nDTEND;VALUE=DATE:20261204\nSUMMARY:Book fair\n",
         [("2026-12-01", None)]),
        ("DTSTART;TZID=Europe/London:20261130T090000\nDTEND;TZID=Europe/London:20261202T170000\n"
         "SUMMARY:Conference\n", [("2026-11-30", "09:00")]),
    ],
)  # fmt: skip
def test_an_event_running_over_the_as_of_day_is_kept(event, want):
    ms = parse(ics(event), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == want


def test_a_minutely_rule_from_the_as_of_day_stops_at_the_cap():
    listing = parse(
        ics("DTSTART:20261201T100000\nSUMMARY:Spam\nRRULE:FREQ=MINUTELY\n"), as_of=AS_OF
    )
    assert len(listing.meetings) == 2000
    assert listing.meetings[0].start_time == "10:00"


def test_a_diary_s_past_events_are_counted_not_searched():
    past = [f"DTSTART:2025{m:02d}10T180000Z\nSUMMARY:Old {m}\n" for m in range(1, 13)]
    listing = parse(ics(*past, "DTSTART:20270110T180000Z\nSUMMARY:New\n"), as_of=AS_OF)
    assert [m.title for m in listing.meetings] == ["New"]
    assert any("12 event(s) before 2026-12-01" in w.reason for w in listing.warnings)
