"""The parser: the seed page field by field, then tables of real-world variants, then bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventmap.errors import ListingError
from eventmap.ingest.parse import decode_bytes, parse, read_listing_file
from eventmap.ingest.places import find_campus, parse_address, parse_place, split_venue_room
from eventmap.ingest.when import find_date, find_times, resolve_year

FASCISM = "The Threat of Fascism and How to Fight it"

# fmt: off
# place, campus, city, state, venue, room, address, postal_code, date, start, status, kind, line
SEED = [
    ("Berkeley, California", "UC Berkeley", "Berkeley", "CA", "Moffitt Library", "Room 101",
     "350 Moffitt Library, Berkeley CA 94720", "94720", "2019-04-08", "19:00", "scheduled", "meeting", 21),
    ("San Diego, California", "San Diego State University", "San Diego", "CA", "Student Union",
     "Templo Mayor", "6075 Aztec Cir. Dr., San Diego, CA 92182", "92182", "2019-04-09", "19:30",
     "scheduled", "meeting", 27),
    ("Detroit, Michigan", "Wayne State University", "Detroit", "MI", "Student Center", "Room 258",
     "5221 Gullen Mall, Detroit, MI 48202", "48202", "2019-04-11", "19:00", "scheduled", "meeting", 33),
    ("Ann Arbor, Michigan", "University of Michigan", "Ann Arbor", "MI", "Weiser Hall", "Room 182",
     "450 Church St., Ann Arbor, MI 48109", "48109", "2019-04-15", "19:00", "scheduled", "meeting", 39),
    ("Cambridge, Massachusetts", "Massachusetts Institute of Technology", "Cambridge", "MA", None,
     None, None, None, "2019-04-17", None, "tba", "meeting", 45),
    ("New York, New York", "New York University", "New York", "NY", "Global Center",
     "Lecture Hall 95", "238 Thompson St., New York, New York 10012", "10012", "2019-04-18",
     "18:30", "scheduled", "meeting", 51),
    ("Western Michigan University", "Western Michigan University", None, None, "Bernhard Center",
     "Room 157", None, None, "2019-03-11", "19:00", "scheduled", "meeting", 70),
    ("New York University", "New York University", "New York", "NY", "NYU Kimmel Center",
     "room 909", "60 Washington Square South, NYC", None, "2019-03-12", "18:30", "scheduled",
     "meeting", 74),
    ("San Diego State University", "San Diego State University", None, None,
     "Aztec Student Union (3rd Floor)", "Presidential Suite", None, None, "2019-03-12", "18:00",
     "scheduled", "meeting", 79),
    ("University of Florida Gainesville", "University of Florida", "Gainesville", None,
     "Reitz Union", "SAI 1208", None, None, "2019-03-14", "12:00", "scheduled", "meeting", 83),
    ("Rally – New York University", "New York University", "New York", "NY",
     "NYU Kimmel Center staircase", None, "60 Washington Square South, NYC", None, "2019-03-14",
     "18:00", "scheduled", "rally", 87),
    ("University of Michigan Ann Arbor", "University of Michigan", "Ann Arbor", None,
     "Michigan League", "Room A", None, None, "2019-03-14", "19:00", "scheduled", "meeting", 92),
    ("University of California Los Angeles", "University of California Los Angeles", "Los Angeles",
     None, "Math Sciences", "5148", None, None, "2019-03-15", "18:00", "scheduled", "meeting", 96),
    ("Massachusetts Institute of Technology", "Massachusetts Institute of Technology", None, None,
     None, None, None, None, None, None, "pending", "meeting", 100),
]
# fmt: on
FIELDS = [
    "place",
    "campus",
    "city",
    "state",
    "venue",
    "room",
    "address",
    "postal_code",
    "date",
    "start_time",
    "status",
    "kind",
    "source_line",
]


@pytest.fixture(scope="module")
def seed(seed_text):
    return parse(seed_text, today=date(2026, 11, 26))


def test_seed_counts(seed):
    assert len(seed.meetings) == 14
    with_meetings = {m.campaign for m in seed.meetings}
    assert len(with_meetings) == 2
    assert len(seed.campaigns) == 5
    without = [c.title for c in seed.campaigns if c.title not in with_meetings]
    assert without == [
        "The student debt crisis and the attack on education",
        "A political strategy to defend immigrant rights",
        "The Catastrophe in Puerto Rico: an Indictment of Capitalism",
    ]
    assert all(c.summary for c in seed.campaigns)


@pytest.mark.parametrize("i,expected", list(enumerate(SEED)), ids=[r[0] for r in SEED])
def test_seed_meeting_fields(seed, i, expected):
    m = seed.meetings[i]
    assert tuple(getattr(m, f) for f in FIELDS) == expected
    assert m.campaign == (FASCISM if i < 6 else seed.campaigns[1].title)
    assert m.end_time is None
    assert m.links == []  # a text copy of the page carries no URLs
    assert m.country == ("US" if m.state else None)
    assert m.time_tba is (m.start_time is None)


def test_seed_campaigns(seed):
    first, second = seed.campaigns[:2]
    assert first.title == FASCISM
    assert first.summary.startswith("With author Christoph Vandreier")
    assert "Socialist Equality Party" in first.summary
    assert first.source_line == 6
    # The second campaign has no heading on the page: its title comes from the blurb, with a warning.
    assert second.title.startswith("A federal judge ordered Chelsea Manning")
    assert [(w.line, "no heading" in w.reason) for w in seed.warnings] == [(58, True)]


def test_seed_year_comes_from_the_page_not_today(seed_text):
    for today in (date(2026, 11, 26), date(2031, 1, 1)):
        dates = [m.date for m in parse(seed_text, today=today).meetings]
        assert dates == [row[8] for row in SEED]


def test_a_later_year_in_a_blurb_does_not_move_the_dates(seed_text):
    # A 2019 page may talk about "the 2020 elections": the weekdays still say 2019.
    text = seed_text.replace(
        "Read more",
        "In the lead-up to the 2020 elections, the SEP will run candidates.\n\nRead more",
        1,
    )
    listing = parse(text, today=date(2026, 11, 26))
    assert [m.date for m in listing.meetings] == [row[8] for row in SEED]
    assert not [w for w in listing.warnings if "Monday" in w.reason]


# Times --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,start,end",
    [
        ("7:00 p.m.", "19:00", None),
        ("7pm", "19:00", None),
        ("7 p.m.", "19:00", None),
        ("6:30pm", "18:30", None),
        ("7PM", "19:00", None),
        ("6PM", "18:00", None),
        ("12:00pm", "12:00", None),
        ("12:00 am", "00:00", None),
        ("noon", "12:00", None),
        ("12 noon", "12:00", None),
        ("11:00 am – 5:00 pm", "11:00", "17:00"),
        ("7–9 pm", "19:00", "21:00"),
        ("7-9pm", "19:00", "21:00"),
        ("6:30 to 8:30 p.m.", "18:30", "20:30"),
        ("11–1 pm", "11:00", "13:00"),
        ("7:00 P.M.", "19:00", None),
        ("7.30pm", "19:30", None),
        ("19:00", "19:00", None),
        ("10 a.m.", "10:00", None),
        ("7:00 – 9:00", "19:00", "21:00"),  # no am/pm at all: an evening meeting
        ("11:00-1:00", "11:00", "13:00"),
        ("noon-2pm", "12:00", "14:00"),
        ("10am-noon", "10:00", "12:00"),
        ("12:00 noon - 2:00 p.m.", "12:00", "14:00"),
        ("7:00p", "19:00", None),
        ("7p", "19:00", None),
    ],
)
def test_times(text, start, end):
    tm = find_times(text)
    assert (tm.start_time, tm.end_time) == (start, end)


@pytest.mark.parametrize(
    "text",
    ["Room 258", "Lecture Hall 95", "SAI 1208", "$1.5 trillion", "3rd Floor", "at 7 a meeting"],
)
def test_not_times(text):
    assert find_times(text) is None


# Dates ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,month,day,year,weekday",
    [
        ("Monday, April 8, 7:00 p.m.", 4, 8, None, 0),
        ("Thursday, March 14th, 7PM", 3, 14, None, 3),
        ("March, 27", 3, 27, None, None),
        ("October 9th 7PM", 10, 9, None, None),
        ("Tuesday, March 5, 2019", 3, 5, 2019, 1),
        ("Mon. Apr. 8 2019", 4, 8, 2019, 0),
        ("Monday 8 April 2019", 4, 8, 2019, 0),
        ("8th of April", 4, 8, None, None),
        ("Sept. 12", 9, 12, None, None),
        ("Thurs, Oct 23", 10, 23, None, 3),
        ("Tuesday 3/5", 3, 5, None, 1),
        ("3/5/2019", 3, 5, 2019, None),
    ],
)
def test_dates(text, month, day, year, weekday):
    dm = find_date(text)
    assert (dm.month, dm.day, dm.year, dm.weekday) == (month, day, year, weekday)


@pytest.mark.parametrize(
    "text", ["open 24/7", "in April featuring", "Room 101", "March for Our Lives"]
)
def test_not_dates(text):
    assert find_date(text) is None


@pytest.mark.parametrize(
    "month,day,weekday,anchor,exact,neighbour,year,problem",
    [
        (4, 8, 0, date(2019, 3, 1), True, None, 2019, False),  # as-of anchors the year
        (4, 8, 0, date(2019, 7, 1), False, None, 2019, False),  # the year the page mentions
        (10, 9, 3, date(2014, 9, 1), True, None, 2014, False),
        (1, 15, 1, date(2018, 12, 1), True, None, 2019, False),  # across New Year
        (4, 9, 0, date(2019, 3, 1), True, None, 2019, True),  # weekday fits no year nearby
        (10, 16, None, date(2014, 9, 1), True, date(2014, 10, 9), 2014, False),
        (1, 8, None, date(2018, 11, 1), True, date(2018, 12, 20), 2019, False),  # after neighbour
    ],
)
def test_resolve_year(month, day, weekday, anchor, exact, neighbour, year, problem):
    choice = resolve_year(
        month, day, weekday, anchor=anchor, exact_anchor=exact, neighbour=neighbour
    )
    assert choice.year == year
    assert bool(choice.problem) is problem


def test_year_mismatch_is_a_warning_on_that_meeting():
    text = "Berkeley, California\nMonday, April 9, 7 pm\nMoffitt Library\n"
    listing = parse(text, as_of=date(2019, 3, 1))
    (m,) = listing.meetings
    assert m.date == "2019-04-09"
    assert any(w.meeting_line == 1 and "Monday" in w.reason for w in listing.warnings)


def test_explicit_year_wins_over_as_of():
    listing = parse("Detroit, Michigan\nThursday, April 11, 2019, 7 pm\n", as_of=date(2024, 1, 1))
    assert listing.meetings[0].date == "2019-04-11"


# Places ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,campus,city,state,country",
    [
        ("Berkeley, California", None, "Berkeley", "CA", "US"),
        ("Detroit, MI", None, "Detroit", "MI", "US"),
        ("New York, New York", None, "New York", "NY", "US"),
        ("Berlin, Germany", None, "Berlin", None, "Germany"),
        ("Toronto, Ontario", None, "Toronto", "ON", "Canada"),
        ("Western Michigan University", "Western Michigan University", None, None, None),
        ("University of Florida Gainesville", "University of Florida", "Gainesville", None, None),
        ("University of Michigan, Ann Arbor", "University of Michigan", "Ann Arbor", None, None),
        (
            "University of California Los Angeles",
            "University of California Los Angeles",
            "Los Angeles",
            None,
            None,
        ),
        (
            "Massachusetts Institute of Technology",
            "Massachusetts Institute of Technology",
            None,
            None,
            None,
        ),
        ("Example University, Springfield", "Example University", "Springfield", None, None),
        ("Hunter College", "Hunter College", None, None, None),
    ],
)
def test_places(text, campus, city, state, country):
    p = parse_place(text)
    assert (p.campus, p.city, p.state, p.country) == (campus, city, state, country)


@pytest.mark.parametrize(
    "text,campus",
    [
        ("UC Berkeley Moffitt Library Room 101", "UC Berkeley"),
        ("University of Michigan Weiser Hall Room 182", "University of Michigan"),
        ("Wayne State University Student Center, Room 258", "Wayne State University"),
        ("Math Sciences 5148, UCLA", "UCLA"),
        ("Presidential Suite, Aztec Student Union (3rd Floor)", None),
        ("Michigan League, Room A", None),
    ],
)
def test_find_campus(text, campus):
    cm = find_campus(text)
    assert (cm.name if cm else None) == campus


@pytest.mark.parametrize(
    "text,venue,room",
    [
        ("Moffitt Library Room 101", "Moffitt Library", "Room 101"),
        ("Student Union, Templo Mayor", "Student Union", "Templo Mayor"),
        ("Global Center Lecture Hall 95", "Global Center", "Lecture Hall 95"),
        (
            "Presidential Suite, Aztec Student Union (3rd Floor)",
            "Aztec Student Union (3rd Floor)",
            "Presidential Suite",
        ),
        ("Reitz Union, SAI 1208", "Reitz Union", "SAI 1208"),
        ("NYU Kimmel Center staircase", "NYU Kimmel Center staircase", None),
        ("Math Sciences 5148", "Math Sciences", "5148"),
        ("Michigan League, Room D", "Michigan League", "Room D"),
    ],
)
def test_venue_and_room(text, venue, room):
    assert split_venue_room(text) == (venue, room)


@pytest.mark.parametrize(
    "text,city,state",
    [
        ("350 Moffitt Library, Berkeley CA 94720", "Berkeley", "CA"),
        ("6075 Aztec Cir. Dr., San Diego, CA 92182", "San Diego", "CA"),
        ("238 Thompson St., New York, New York 10012", "New York", "NY"),
        ("60 Washington Square South, NYC", "New York", "NY"),
        ("1 Main St.", None, None),
    ],
)
def test_addresses(text, city, state):
    p = parse_address(text)
    assert (p.city, p.state) == (city, state)


# Layouts -------------------------------------------------------------------------------------
def _key(m):
    return (m.campus or m.place, m.date, m.start_time)


BLOCKS_NO_BLANKS = """Spring tour

A tour of campuses across the Midwest to discuss the fight against war and the defense of democratic rights.

University of Michigan
Ann Arbor
Monday, April 8, 7:00 p.m.
Michigan League, Room D
911 N University Ave, Ann Arbor, MI 48109
Facebook Event Page
Chicago, Illinois
Tuesday, April 9, 7:30 p.m.
University of Chicago Ida Noyes Hall
1212 E 59th St, Chicago, IL 60637
Toledo, Ohio
Wednesday, April 10, 6pm

University of Toledo Student Union Room 2582
2801 W Bancroft St, Toledo, OH 43606

Columbus, Ohio
March, 27 7 p.m.
Ohio State University
Details coming soon
"""


def test_layout_a_variants():
    listing = parse(BLOCKS_NO_BLANKS, as_of=date(2019, 3, 1))
    got = [
        (m.campus, m.city, m.date, m.start_time, m.venue, m.room, m.status)
        for m in listing.meetings
    ]
    assert got == [
        (
            "University of Michigan",
            "Ann Arbor",
            "2019-04-08",
            "19:00",
            "Michigan League",
            "Room D",
            "scheduled",
        ),
        (
            "University of Chicago",
            "Chicago",
            "2019-04-09",
            "19:30",
            "Ida Noyes Hall",
            None,
            "scheduled",
        ),
        # a blank line inside the meeting, between the date and the venue
        (
            "University of Toledo",
            "Toledo",
            "2019-04-10",
            "18:00",
            "Student Union",
            "Room 2582",
            "scheduled",
        ),
        # "Details coming soon" under a dated entry: the venue is still to come
        ("Ohio State University", "Columbus", "2019-03-27", "19:00", None, None, "tba"),
    ]
    assert listing.meetings[0].address == "911 N University Ave, Ann Arbor, MI 48109"
    assert [c.title for c in listing.campaigns] == ["Spring tour"]


ONE_LINE = """Upcoming meetings

Example University, Springfield – Tuesday, March 5, 7:00 pm, Student Center Room 100, 1 Main St. Speaker: Jane Doe
University of Michigan, Ann Arbor - Thursday, March 7, 2019, 6:30 p.m., Michigan League Room D, 911 N University Ave, Ann Arbor, MI 48109
Wayne State University – Wednesday, March 13, time TBA, Student Center
Berlin, Germany – Saturday, March 16, 11:00 am – 5:00 pm, Humboldt University
"""


def test_layout_b_one_line_entries():
    ms = parse(ONE_LINE, as_of=date(2019, 2, 20)).meetings
    assert [_key(m) for m in ms] == [
        ("Example University", "2019-03-05", "19:00"),
        ("University of Michigan", "2019-03-07", "18:30"),
        ("Wayne State University", "2019-03-13", None),
        ("Humboldt University", "2019-03-16", "11:00"),
    ]
    first = ms[0]
    assert (first.city, first.venue, first.room, first.address, first.speaker) == (
        "Springfield", "Student Center", "Room 100", "1 Main St.", "Jane Doe",
    )  # fmt: skip
    assert (ms[1].venue, ms[1].room, ms[1].postal_code) == ("Michigan League", "Room D", "48109")
    assert (ms[2].time_tba, ms[2].status, ms[2].venue) == (True, "tba", "Student Center")
    assert (ms[3].end_time, ms[3].city, ms[3].country) == ("17:00", "Berlin", "Germany")


SERIES = """Fall lecture series: Marxism and the fight against war

The lectures will examine the history of the socialist movement in the twentieth century and its lessons for students today.

University of Michigan
All meetings held in the Michigan League, Room D
• The Russian Revolution and the fate of the twentieth century
  Thursday, October 9th 7PM
• Stalinism and the betrayal of the revolution
  October 16th 7PM

Wayne State University
All meetings held in Student Center, Room 289
• What is socialism?
  Monday, October 13 7PM
"""


def test_layout_c_series():
    ms = parse(SERIES, as_of=date(2014, 9, 1)).meetings
    got = [(m.campus, m.title, m.date, m.start_time, m.venue, m.room) for m in ms]
    assert got == [
        ("University of Michigan", "The Russian Revolution and the fate of the twentieth century",
         "2014-10-09", "19:00", "Michigan League", "Room D"),
        ("University of Michigan", "Stalinism and the betrayal of the revolution", "2014-10-16",
         "19:00", "Michigan League", "Room D"),
        ("Wayne State University", "What is socialism?", "2014-10-13", "19:00", "Student Center",
         "Room 289"),
    ]  # fmt: skip


HTML = """<html><head><script>var when = "Monday, April 8, 7:00 p.m.";</script></head><body>
<h1>Upcoming Meetings</h1><h2>The Threat of Fascism and How to Fight it</h2>
<p>The Socialist Equality Party (US) will be holding a major meeting series in April featuring a speaker from Germany, 2019.</p>
<p><a href="https://example.org/read">Read more</a></p>
<p><strong>Berkeley, California</strong><br>Monday, April 8, 7:00 p.m.<br>UC Berkeley Moffitt Library Room 101<br>
350 Moffitt Library, Berkeley CA 94720<br><a href="https://www.facebook.com/events/123/">Facebook Event Page</a></p>
<p>San Diego, California<br>Tuesday, April 9, 7:30 p.m.<br>Student Union<br>
<a href="javascript:alert(1)">Facebook Event Page</a></p>
</body></html>"""


def test_html_keeps_hrefs_and_drops_scripts():
    listing = parse(HTML)
    assert [m.date for m in listing.meetings] == ["2019-04-08", "2019-04-09"]
    assert listing.meetings[0].links == ["https://www.facebook.com/events/123/"]
    assert listing.meetings[1].links == []  # javascript: links are never kept
    assert listing.campaigns[0].title == FASCISM
    assert listing.campaigns[0].links == ["https://example.org/read"]


@pytest.mark.parametrize(
    "text,status,time_tba,kind",
    [
        (
            "Cambridge, Massachusetts\nWednesday, April 17, time TBA\nLocation TBA\n",
            "tba",
            True,
            "meeting",
        ),
        ("MIT\nDetails coming soon.\n", "pending", True, "meeting"),
        ("MIT\nDate TBA\n", "pending", True, "meeting"),
        ("Rally – New York University\nThursday, March 14, 6pm\n", "scheduled", False, "rally"),
        (
            "Protest - Union Square, New York\nFriday, March 15, 5 pm\n",
            "scheduled",
            False,
            "protest",
        ),
        ("Detroit, Michigan\nThursday, April 11\nStudent Center\n", "tba", True, "meeting"),
    ],
)
def test_tba_pending_and_kinds(text, status, time_tba, kind):
    (m,) = parse(text, as_of=date(2019, 3, 1)).meetings
    assert (m.status, m.time_tba, m.kind) == (status, time_tba, kind)
    if status == "pending":
        assert m.date is None and m.start_time is None


# Bad input -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   \n\n", "<html><script>alert(1)</script></html>"])
def test_empty_pages_warn(text):
    listing = parse(text)
    assert listing.meetings == []
    assert listing.warnings


def test_script_heavy_html_keeps_meetings():
    junk = "<script>" + "var a = 'Monday, April 8, 7pm';" * 2000 + "</script>"
    listing = parse(
        f"<html><body>{junk}<p>Detroit, MI<br>Thursday, April 11, 2019, 7pm</p></body></html>"
    )
    assert [m.date for m in listing.meetings] == ["2019-04-11"]


def test_decode_fallbacks(tmp_path):
    assert decode_bytes("Café".encode()) == "Café"
    assert decode_bytes("Café".encode("cp1252")) == "Café"
    assert decode_bytes("\ufeffCafé".encode()) == "Café"
    with pytest.raises(ListingError, match="binary"):
        decode_bytes(bytes(range(256)) * 10)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (50 * 1024 * 1024))
    with pytest.raises(ListingError, match="limit"):
        read_listing_file(big)
    with pytest.raises(ListingError, match="no such file"):
        read_listing_file(tmp_path / "missing.txt")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_parser_never_raises_on_arbitrary_text(text):
    listing = parse(text, today=date(2026, 11, 26))
    # parse() turns a crash inside one entry into a warning; none may have happened.
    assert not [w for w in listing.warnings if w.reason.startswith("could not read")]
    for m in listing.meetings:
        assert m.status in ("scheduled", "tba", "pending")
        assert m.date is None or date.fromisoformat(m.date)


@pytest.mark.parametrize("text", ["1A.", "2a.", "1A", "Room 2A.", "3P."])
def test_a_short_room_code_at_the_start_does_not_crash(text) -> None:
    # found by hypothesis: "1A." read the dot at the text's end as the room number's own dot
    listing = parse(text, today=date(2026, 11, 26))
    assert not [w for w in listing.warnings if w.reason.startswith("could not read")]
    tm = find_times(text)  # raised ValueError before
    assert tm is None or tm.start_time is not None


LINE_PIECES = st.sampled_from(
    ["Berkeley, California", "Monday, April 8, 7:00 p.m.", "Room 101", "", "• Title",
     "All meetings held in X", "Details coming soon.", "350 Main St, Town, CA 94720",
     "Facebook Event Page", "Rally – NYU", "x" * 200, "March, 27", "7pm", "<p>", "TBA"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE_PIECES, max_size=30))
def test_parser_never_raises_on_shuffled_listing_lines(pieces):
    listing = parse("\n".join(pieces), today=date(2026, 11, 26))
    assert not [w for w in listing.warnings if w.reason.startswith("could not read")]


# CLI -------------------------------------------------------------------------------------------
def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "eventmap", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_parse_json(seed_path):
    r = _cli("parse", str(seed_path))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert set(out) == {"as_of", "campaigns", "meetings", "warnings"}
    assert out["as_of"]["origin"] == "today"  # the seed page gives no date of its own
    assert len(out["meetings"]) == 14
    assert [m["date"] for m in out["meetings"][:6]] == [
        "2019-04-08", "2019-04-09", "2019-04-11", "2019-04-15", "2019-04-17", "2019-04-18",
    ]  # fmt: skip


def test_cli_parse_csv_neutralises_formulas(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text('Detroit, MI\nThursday, April 11, 2019, 7pm\n=HYPERLINK("http://x","y")\n')
    r = _cli("parse", str(page), "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert "'=HYPERLINK" in r.stdout


@pytest.mark.parametrize("content", [None, bytes(range(256)) * 20])
def test_cli_unreadable_input_is_one_line(tmp_path, content):
    path = tmp_path / "page.txt"
    if content is not None:
        path.write_bytes(content)
    r = _cli("parse", str(path))
    assert r.returncode != 0
    assert r.stderr.strip().count("\n") == 0 and r.stderr.startswith("eventmap: error:")
    assert "Traceback" not in r.stderr


LABELLED_AND_REORDERED = """Wayne State University
Date: Thursday, April 11
Time: 7:00 pm
Location: Student Center, Room 258
Address: 5221 Gullen Mall, Detroit, MI 48202

University of Toledo
7:00 p.m., Friday, April 12
Student Union Room 2582

Ohio State University
Saturday, April 13 at 2:00 p.m.
Ohio Union, Cartoon Room

Michigan State University
Tues., Apr. 16 @ 6:30 PM EST
MSU Union, Room 104
"""


def test_labels_time_before_date_and_time_zone_words():
    ms = parse(LABELLED_AND_REORDERED, as_of=date(2019, 3, 1)).meetings
    got = [(m.campus, m.date, m.start_time, m.venue, m.room) for m in ms]
    assert got == [
        ("Wayne State University", "2019-04-11", "19:00", "Student Center", "Room 258"),
        ("University of Toledo", "2019-04-12", "19:00", "Student Union", "Room 2582"),
        ("Ohio State University", "2019-04-13", "14:00", "Ohio Union", "Cartoon Room"),
        ("Michigan State University", "2019-04-16", "18:30", "MSU Union", "Room 104"),
    ]
    assert ms[0].address == "5221 Gullen Mall, Detroit, MI 48202"


@pytest.mark.parametrize(
    "text,campus,city,state,status",
    [
        ("UNIVERSITY OF MICHIGAN, ANN ARBOR\nThursday, March 14, 7PM\n", "University of Michigan", "Ann Arbor", None, "scheduled"),
        ("DETROIT, MICHIGAN\nThursday, April 11, 7:00 P.M.\n", None, "Detroit", "MI", "scheduled"),
        ("Hunter College\nDetails TBA\n", "Hunter College", None, None, "pending"),
    ],
)  # fmt: skip
def test_capitals_and_details_tba(text, campus, city, state, status):
    (m,) = parse(text, as_of=date(2019, 3, 1)).meetings
    assert (m.campus, m.city, m.state, m.status) == (campus, city, state, status)


def test_state_heading_over_a_campus_block():
    text = "Michigan\nUniversity of Michigan–Ann Arbor\nThursday, October 16, 7:00 p.m.\nMichigan League, Room D\n"
    (m,) = parse(text, as_of=date(2014, 9, 1)).meetings
    assert (m.campus, m.city, m.state, m.title, m.date, m.start_time) == (
        "University of Michigan", "Ann Arbor", "MI", None, "2014-10-16", "19:00",
    )  # fmt: skip


def test_first_undated_year_entry_follows_the_pages_other_meetings():
    # The first entry has no weekday; the others pin the page to early 2019.
    text = (
        "Detroit, MI\nDecember 28, 7pm\n\n"
        "Ann Arbor, MI\nMonday, January 7, 7pm\n\nToledo, OH\nTuesday, January 8, 7pm\n"
    )
    ms = parse(text, as_of=date(2018, 6, 1)).meetings
    assert [m.date for m in ms] == ["2018-12-28", "2019-01-07", "2019-01-08"]


TABLE_PAGE = """<html><body><h2>Spring meetings</h2>
<table><tr><th>Place</th><th>Date</th><th>Time</th><th>Venue</th><th>Address</th></tr>
<tr><td>Berkeley, CA</td><td>Monday, April 8</td><td>7:00 pm</td><td>Moffitt Library Room 101</td>
<td>350 Moffitt Library, Berkeley CA 94720</td></tr>
<tr><td>Detroit, MI</td><td>Thursday, April 11</td><td>7 p.m.</td><td>Student Center, Room 258</td>
<td>5221 Gullen Mall, Detroit, MI 48202</td></tr></table></body></html>"""

PARAGRAPH_PER_FIELD = """<html><body><h2>Spring tour</h2>
<p>Berkeley, California</p><p>Monday, April 8, 7:00 p.m.</p><p>UC Berkeley Moffitt Library Room 101</p>
<p>350 Moffitt Library, Berkeley CA 94720</p>
<p>Detroit, Michigan</p><p>Thursday, April 11, 7:00 p.m.</p>
<p>Wayne State University Student Center, Room 258</p><p>5221 Gullen Mall, Detroit, MI 48202</p>
</body></html>"""


@pytest.mark.parametrize("page", [TABLE_PAGE, PARAGRAPH_PER_FIELD], ids=["table", "p-per-field"])
def test_html_tables_and_one_paragraph_per_field(page):
    listing = parse(page, as_of=date(2019, 3, 1))
    got = [
        (m.city, m.state, m.date, m.start_time, m.venue, m.room, m.postal_code)
        for m in listing.meetings
    ]
    assert got == [
        ("Berkeley", "CA", "2019-04-08", "19:00", "Moffitt Library", "Room 101", "94720"),
        ("Detroit", "MI", "2019-04-11", "19:00", "Student Center", "Room 258", "48202"),
    ]
    assert listing.warnings == []


SERIES_INLINE = """IYSSE Fall 2014 Lecture Series

Wayne State University, Detroit
All lectures will be held at the Student Center, Room 289
• The Russian Revolution and the fate of the twentieth century — Thursday, October 9th 7PM
• What is socialism? (Thursday, October 23rd, 7:00 pm)

University of California, Berkeley
All meetings held in 110 Wheeler Hall
1. World War I and the collapse of the Second International
   Monday, Oct. 13, 7 p.m.
"""


def test_series_with_titles_and_dates_on_one_line_and_numbered_items():
    ms = parse(SERIES_INLINE, as_of=date(2014, 9, 1)).meetings
    got = [(m.campus, m.city, m.title, m.date, m.start_time, m.venue) for m in ms]
    assert got == [
        ("Wayne State University", "Detroit",
         "The Russian Revolution and the fate of the twentieth century", "2014-10-09", "19:00", "Student Center"),
        ("Wayne State University", "Detroit", "What is socialism?", "2014-10-23", "19:00", "Student Center"),
        ("University of California, Berkeley", "Berkeley",
         "World War I and the collapse of the Second International", "2014-10-13", "19:00", "110 Wheeler Hall"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text,place,campus,city,state,venue",
    [
        ("New York\nThursday, December 12, 6:30pm\nThe New School\n", "New York", None, "New York", "NY", "The New School"),
        ("Washington\nFriday, December 13, 7pm\nHoward University\n", "Washington", "Howard University", "Washington", "DC", None),
        ("New York:\nColumbia University\nThursday, October 16, 7pm\n", "Columbia University", "Columbia University", None, "NY", None),
        ("Morehouse College\nMonday, Dec 9, 7pm\nKilgore Center\nAtlanta, GA\n", "Morehouse College", "Morehouse College", "Atlanta", "GA", "Kilgore Center"),
    ],
)  # fmt: skip
def test_city_names_that_are_also_states_and_city_lines(text, place, campus, city, state, venue):
    (m,) = parse(text, as_of=date(2019, 9, 1)).meetings
    assert (m.place, m.campus, m.city, m.state, m.venue) == (place, campus, city, state, venue)


CITY_ABOVE_CAMPUS = """Detroit
Wayne State University
Monday, October 23, 7:00 p.m.
Student Center, Hilberry B

Ann Arbor
University of Michigan
Thursday the 26th of October, 7:00 p.m.
Michigan League, Room D

Berlin: Humboldt University
Wednesday, November 1, 6 p.m.
Room 2002, Main Building, Unter den Linden 6
"""


def test_city_line_above_campus_and_city_colon_campus():
    ms = parse(CITY_ABOVE_CAMPUS, as_of=date(2017, 9, 1)).meetings
    got = [(m.campus, m.city, m.title, m.date, m.start_time, m.venue) for m in ms]
    assert got == [
        ("Wayne State University", "Detroit", None, "2017-10-23", "19:00", "Student Center"),
        ("University of Michigan", "Ann Arbor", None, "2017-10-26", "19:00", "Michigan League"),
        ("Humboldt University", "Berlin", None, "2017-11-01", "18:00", "Main Building, Unter den Linden 6"),
    ]  # fmt: skip
