"""Issue 17, item 6: a lone date under a headline or at the top of an article is the page's
publication date. It anchors the years of the page's yearless dates when no ``as_of`` is given,
is reported as ``Listing.as_of`` with the origin "dateline", and is never a meeting; a dated
line that belongs to a meeting (a place, a venue or a time after it) stays a meeting."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from eventmap.ingest.asof import DATELINE, describe
from eventmap.ingest.parse import parse

LATER = date(2026, 12, 1)  # "today": far from the pages' years, so a wrong anchor shows
PROSE = (
    "Students and workers filled the hall last week to hear the case against war and "
    "austerity, and the campaign now comes to more campuses across the state."
)
# The pages are plain string constants, so test_parse_nothing_lost also checks every one of
# them: each dated line a meeting or a warning (the dateline's says it is the page's date).
HEADLINE_PAGE = (
    "Spring tour comes to Michigan\n"
    "19 February 2007\n"
    "\n"
    "Students and workers filled the hall last week to hear the case against war and "
    "austerity, and the campaign now comes to more campuses across the state.\n"
    "\n"
    "Meetings\n"
    "\n"
    "Monday, March 5, 7 pm\n"
    "Student Center, Room 4\n"
    "Ann Arbor, MI\n"
    "\n"
    "Thursday, March 8, 6:30 pm\n"
    "Main Library\n"
    "Detroit, MI\n"
)
DATES_2007 = ["2007-03-05", "2007-03-08"]
TOP_PAGE = (
    "19 February 2007\n"
    "Students and workers filled the hall last week to hear the case against war and "
    "austerity, and the campaign now comes to more campuses across the state.\n"
    "\n"
    "Monday, March 5, 7 pm\n"
    "Student Center, Room 4\n"
    "Ann Arbor, MI\n"
    "\n"
    "Thursday, March 8, 6:30 pm\n"
    "Main Library\n"
    "Detroit, MI\n"
)
WEEKDAY_PAGE = (
    "Tour reaches Seattle\n"
    "\n"
    "Wednesday, April 20, 2016\n"
    "\n"
    "Students and workers filled the hall last week to hear the case against war and "
    "austerity, and the campaign now comes to more campuses across the state.\n"
    "\n"
    "Thursday, May 5, 7 pm\n"
    "Kane Hall, Room 120\n"
    "Seattle, WA\n"
)
MONTH_FIRST_PAGE = (
    "Spring tour comes to Michigan\n"
    "Feb. 19, 2007\n"
    "Students and workers filled the hall last week to hear the case against war and "
    "austerity, and the campaign now comes to more campuses across the state.\n"
    "\n"
    "Monday, March 5, 7 pm\n"
    "Student Center, Room 4\n"
    "\n"
    "Thursday, March 8, 6:30 pm\n"
    "Main Library, Detroit\n"
)
DASHED_PAGE = (
    "Spring tour comes to Michigan\n"
    "— Monday, 19 February 2007 —\n"
    "Students and workers filled the hall last week to hear the case against war and "
    "austerity, and the campaign now comes to more campuses across the state.\n"
    "\n"
    "Monday, March 5, 7 pm\n"
    "Student Center, Room 4\n"
    "\n"
    "Thursday, March 8, 6:30 pm\n"
    "Main Library, Detroit\n"
)
GERMAN_PAGE = (
    "Die Tour kommt nach Berlin\n"
    "\n"
    "Mittwoch, 20. April 2016\n"
    "\n"
    "Studierende und Arbeiter füllten letzte Woche den Saal, um über den Kampf gegen Krieg "
    "und Sozialabbau zu diskutieren, und die Kampagne kommt nun an weitere Hochschulen.\n"
    "\n"
    "Donnerstag, 5. Mai, 19 Uhr\n"
    "Humboldt-Universität, Hörsaal 2\n"
    "Unter den Linden 6, 10117 Berlin\n"
)
HTML_PAGE = (
    "<html><head><title>Spring tour</title></head><body>\n"
    '<nav><a href="/">Home</a> | <a href="/news">News</a></nav>\n'
    "<article>\n"
    "<h1>Spring tour comes to Michigan</h1>\n"
    '<p class="date">19 February 2007</p>\n'
    "<p>Students and workers filled the hall last week to hear the case against war and "
    "austerity, and the campaign now comes to more campuses across the state.</p>\n"
    "<h2>Meetings</h2>\n"
    "<p>Monday, March 5, 7 pm<br>Student Center, Room 4<br>Ann Arbor, MI</p>\n"
    "<p>Thursday, March 8, 6:30 pm<br>Main Library<br>Detroit, MI</p>\n"
    "</article></body></html>\n"
)

# fmt: off
# page, the dateline, the meetings' dates
DATELINES = [
    pytest.param(HEADLINE_PAGE, date(2007, 2, 19), DATES_2007, id="headline-date-prose"),
    pytest.param(TOP_PAGE, date(2007, 2, 19), DATES_2007, id="date-at-the-very-top"),
    pytest.param(WEEKDAY_PAGE, date(2016, 4, 20), ["2016-05-05"], id="with-weekday"),
    pytest.param(MONTH_FIRST_PAGE, date(2007, 2, 19), DATES_2007, id="month-first-abbreviated"),
    pytest.param(DASHED_PAGE, date(2007, 2, 19), DATES_2007, id="day-first-weekday-dashes"),
    pytest.param(GERMAN_PAGE, date(2016, 4, 20), ["2016-05-05"], id="german-day-first"),
    pytest.param(HTML_PAGE, date(2007, 2, 19), DATES_2007, id="html"),
]
# fmt: on


@pytest.mark.parametrize("page,dateline,dates", DATELINES)
def test_a_dateline_anchors_the_years_and_is_not_a_meeting(page, dateline, dates):
    listing = parse(page, today=LATER)
    assert [m.date for m in listing.meetings] == dates
    assert (listing.as_of, listing.as_of_origin) == (dateline, DATELINE)
    assert describe(listing.as_of, listing.as_of_origin).endswith("from a dateline on the page")
    said = [w for w in listing.warnings if "dateline" in w.reason]
    assert len(said) == 1 and "not a meeting" in said[0].reason
    # No campaign is named after the dateline, nor carries it in its blurb.
    assert not any(str(dateline.year) in (c.title or "") for c in listing.campaigns)


@pytest.mark.parametrize("page,dateline,dates", DATELINES)
def test_a_dateline_is_not_a_meeting_when_as_of_is_given_either(page, dateline, dates):
    listing = parse(page, as_of=dateline, today=LATER)
    assert [m.date for m in listing.meetings] == dates
    assert listing.as_of_origin == "given"
    assert [w.line for w in listing.warnings if "dateline" in w.reason]


def test_the_page_metadata_still_wins_over_a_dateline():
    page = HTML_PAGE.replace(
        "<title>", '<meta property="article:published_time" content="2007-02-20T10:00:00Z"><title>'
    )
    listing = parse(page, today=LATER)
    assert (listing.as_of, listing.as_of_origin) == (date(2007, 2, 20), "page")
    assert [m.date for m in listing.meetings] == DATES_2007


FIRST_HAS_VENUE = """Spring meetings

Monday, March 4, 2019
Student Center, Room 4
7 pm

Students and workers filled the hall last week to hear the case against war and austerity across the state.

Tuesday, March 5, 2019, 7 pm
Main Library
"""
FIRST_HAS_TIME = """Spring meetings

Monday, March 4, 2019
7:00 pm
Students and workers filled the hall last week to hear the case against war and austerity across the state.
"""
FIRST_HAS_TIMED_PROSE = """Spring meetings

Monday, March 4, 2019
Join us for a discussion of the fight against war and austerity with speakers from the campaign, at 7 pm in the Student Center.
"""
DATE_AND_TIME_ON_ONE_LINE = """Spring meetings

Monday, March 4, 2019, 7 pm
Students and workers filled the hall last week to hear the case against war and austerity across the state.
"""
LIST_OF_DATES = """Spring meetings

Monday, March 4, 2019
Tuesday, March 5, 2019
Student Center, Room 4, 7 pm

Students and workers filled the hall last week to hear the case against war and austerity across the state.
"""
NOT_THE_FIRST_DATE = """Spring meetings

Monday, March 4, 7 pm
Student Center, Room 4

Tuesday, March 5, 2019
Students and workers filled the hall last week to hear the case against war and austerity across the state.
"""
HTML_FIRST_HAS_VENUE = """<html><body><h1>Spring meetings</h1>
<p>Monday, March 4, 2019</p>
<p>Student Center, Room 4</p>
<p>Ann Arbor, MI, 7 pm</p>
</body></html>
"""

# fmt: off
# page, how many meetings, the first meeting's date
MEETING_DATES = [
    pytest.param(FIRST_HAS_VENUE, 2, "2019-03-04", id="first-meeting-followed-by-venue"),
    pytest.param(FIRST_HAS_TIME, 1, "2019-03-04", id="followed-by-a-time"),
    pytest.param(FIRST_HAS_TIMED_PROSE, 1, "2019-03-04", id="followed-by-prose-with-a-time"),
    pytest.param(DATE_AND_TIME_ON_ONE_LINE, 1, "2019-03-04", id="time-on-the-date-line"),
    pytest.param(LIST_OF_DATES, 2, "2019-03-04", id="a-list-of-dates"),
    pytest.param(NOT_THE_FIRST_DATE, 2, "2019-03-04", id="not-the-first-date-on-the-page"),
    pytest.param(HTML_FIRST_HAS_VENUE, 1, "2019-03-04", id="html-followed-by-venue"),
]
# fmt: on


@pytest.mark.parametrize("page,count,first", MEETING_DATES)
def test_a_dated_line_of_a_meeting_stays_a_meeting(page, count, first):
    listing = parse(page, today=date(2019, 1, 10))
    assert len(listing.meetings) == count
    assert listing.meetings[0].date == first
    assert listing.as_of_origin != DATELINE
    assert not [w for w in listing.warnings if "dateline" in w.reason]


def test_the_seed_has_no_dateline_and_keeps_its_14_meetings(seed_text):
    listing = parse(seed_text, today=LATER)
    assert len(listing.meetings) == 14
    assert listing.as_of_origin != DATELINE
    assert not [w for w in listing.warnings if "dateline" in w.reason]


def test_eventmap_parse_reads_the_years_from_the_dateline_without_as_of(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(HEADLINE_PAGE)
    r = subprocess.run(
        [sys.executable, "-m", "eventmap", "parse", str(path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert [m["date"] for m in out["meetings"]] == DATES_2007
    assert [m["start_time"] for m in out["meetings"]] == ["19:00", "18:30"]
    assert "warning: line 2: '19 February 2007' is the page's dateline" in r.stderr
