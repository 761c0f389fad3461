"""Ranges, time-zone hints and statuses: new Meeting fields, through the parser, the frame, the
store's JSON, the exports' reader, the map and the visitor search."""

from __future__ import annotations

import json
from datetime import date

import pytest

from eventmap.core.frame import COLUMNS, to_frame
from eventmap.core.nearest import nearest
from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date
from eventmap.model import Location, Meeting
from eventmap.output.export import read_csv, to_csv

AS_OF = date(2019, 2, 1)


# fmt: off
@pytest.mark.parametrize("text,langs,day,end_day", [
    ("March 16-18", ("en",), 16, 18),
    ("Saturday, March 16 – 18, 2019", ("en",), 16, 18),
    ("7–9 June", ("en",), 7, 9),
    ("Saturday 9 – Sunday 10 March", ("en",), 9, 10),
    ("Sa., 9. – So., 10. März", ("de", "en"), 9, 10),
    ("du 9 au 10 mars", ("fr", "en"), 9, 10),
    ("del 9 al 10 de marzo", ("es", "en"), 9, 10),
    ("vom 9. bis 10. März", ("de", "en"), 9, 10),
    ("March 16 to 18", ("en",), 16, 18),
    ("Tuesday, March 5 – 7 pm", ("en",), 5, None),  # a time, not a range
    ("March 5-7:30pm", ("en",), 5, None),
])
# fmt: on
def test_date_ranges(text, langs, day, end_day):
    dm = find_date(text, langs=langs)
    assert (dm.day, dm.end_day) == (day, end_day)


# fmt: off
@pytest.mark.parametrize("line,tz,venue", [
    ("Tuesday, March 5, 7 pm EST, Student Center", "EST", "Student Center"),
    ("Tuesday, March 5, 19:00 (GMT+1), Humboldt-Universität", "GMT+1", "Humboldt-Universität"),
    ("Tuesday, March 5, 7 pm Eastern, Student Center", "Eastern", "Student Center"),
    ("Tuesday 5 March, 19.30 CET, Volkshaus", "CET", "Volkshaus"),
    ("Tuesday 5 March, 7.30pm BST, Conway Hall", "BST", "Conway Hall"),
    ("Tuesday, March 5, 7 pm (local time), Student Center", None, "Student Center"),
    ("Tuesday, March 5, 7 pm, Estate Hall", None, "Estate Hall"),
])
# fmt: on
def test_time_zone_hints_are_not_venues(line, tz, venue):
    m = parse(f"Spring tour\n\nBerlin\n{line}\n", as_of=AS_OF).meetings[0]
    # a university is the campus ("Humboldt-Universität"), a hall the venue
    assert (m.start_time is not None, m.tz_hint, m.venue or m.campus) == (True, tz, venue)


# fmt: off
@pytest.mark.parametrize("lines,status,online", [
    (["Tuesday, March 5, 7 pm – CANCELLED", "Student Center"], "cancelled", False),
    (["CANCELLED: Tuesday, March 5, 7 pm", "Student Center"], "cancelled", False),
    (["Tuesday, March 5, 7 pm", "Student Center", "Postponed"], "postponed", False),
    (["Donnerstag, 7. März, 19 Uhr – abgesagt", "Volkshaus"], "cancelled", False),
    (["jeudi 7 mars à 19 h (annulé)", "Bourse du Travail"], "cancelled", False),
    (["jueves 7 de marzo, 19:00 h – aplazado", "Ateneo"], "postponed", False),
    (["Tuesday, March 5, 7 pm", "Moved online: Zoom link to follow"], "scheduled", True),
    (["Tuesday, March 5, 7 pm, Zoom webinar"], "scheduled", True),
    (["Tuesday, March 5, 7 pm", "Student Center"], "scheduled", False),
])
# fmt: on
def test_statuses_and_online(lines, status, online):
    page = "Spring tour\n\nBerlin\n" + "\n".join(lines) + "\n"
    m = parse(page, as_of=AS_OF).meetings[0]
    assert (m.status, m.online, m.date) == (status, online, "2019-03-05" if "5" in lines[0] else "2019-03-07")
    assert m.venue is None or not any(w in m.venue.lower() for w in ("cancel", "postpon", "abgesagt"))


STATUS_PAGE = """Spring tour

Berlin
Saturday 9 – Sunday 10 March, 10:00 CET
Humboldt-Universität, Hörsaal 2002

Leipzig
Tuesday 12 March, 19:00 – CANCELLED
Universität Leipzig

Online
Thursday 14 March, 7 pm EST
Zoom webinar
"""


def test_a_page_with_ranges_hints_and_statuses_round_trips_through_frame_json_and_csv():
    listing = parse(STATUS_PAGE, as_of=AS_OF)
    got = [(m.date, m.end_date, m.tz_hint, m.status, m.online) for m in listing.meetings]
    assert got == [
        ("2019-03-09", "2019-03-10", "CET", "scheduled", False),
        ("2019-03-12", None, None, "cancelled", False),
        ("2019-03-14", None, "EST", "scheduled", True),
    ]
    # The store keeps meetings as Meeting.to_dict() JSON.
    for m in listing.meetings:
        assert Meeting.from_dict(json.loads(json.dumps(m.to_dict()))) == m
    df = to_frame(listing.meetings)
    assert {"end_date", "tz_hint", "online"} <= set(COLUMNS)
    assert df["end_date"].tolist() == ["2019-03-10", None, None]
    assert df["tz_hint"].tolist() == ["CET", None, "EST"]
    assert df["online"].tolist() == [False, False, True]
    back = read_csv(to_csv(df[["meeting_id", "end_date", "tz_hint", "online"]], None))
    assert back["online"].tolist() == [False, False, True]
    assert back["end_date"].tolist() == ["2019-03-10", None, None]


def test_cancelled_meetings_are_never_offered_to_a_visitor():
    listing = parse(STATUS_PAGE, as_of=AS_OF)
    here = Location(52.5, 13.4, "city", "test", "Berlin", "Europe/Berlin")
    df = to_frame(listing.meetings, [here] * len(listing.meetings))
    found = nearest(df, 52.5, 13.4, as_of=AS_OF)
    assert sorted(found["status"].astype(str)) == ["scheduled", "scheduled"]


def test_the_map_leaves_cancelled_meetings_off():
    from eventmap.views import maps

    listing = parse(STATUS_PAGE, as_of=AS_OF)
    here = Location(52.5, 13.4, "city", "test", "Berlin", "Europe/Berlin")
    df = to_frame(listing.meetings, [here] * len(listing.meetings))
    deck = maps.tour_map(df)
    ids = sorted(mid for lid in deck.meeting_ids for mid in deck.meeting_ids[lid])
    assert ids == sorted(df.loc[df["status"] != "cancelled", "meeting_id"])
    assert len(ids) == 2
