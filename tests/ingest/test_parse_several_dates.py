"""Several dates on one line give one meeting per date, sharing place and time where the text
shares them; a date inside a title is not one of them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2019, 2, 1)

# fmt: off
# line under a "Leeds" heading -> (date, start, venue) per meeting
ROWS = [
    ("Tuesday, April 16 and Wednesday, April 17, 7 pm",
     [("2019-04-16", "19:00", None), ("2019-04-17", "19:00", None)]),
    ("Tuesday 23 April, 7pm, Town Hall, and Saturday 27 April, 10am",
     [("2019-04-23", "19:00", "Town Hall"), ("2019-04-27", "10:00", "Town Hall")]),
    ("Thursday, April 25 & Friday, April 26, 6:30 pm, Minster Library",
     [("2019-04-25", "18:30", "Minster Library"), ("2019-04-26", "18:30", "Minster Library")]),
    ("Mon 15 April, Tue 16 April, Wed 17 April, 7.30pm, Friends Meeting House",
     [("2019-04-15", "19:30", "Friends Meeting House"), ("2019-04-16", "19:30", "Friends Meeting House"),
      ("2019-04-17", "19:30", "Friends Meeting House")]),
    ("Tuesday, April 16, 7 pm, The legacy of May 1968, Student Center",
     [("2019-04-16", "19:00", None)]),  # "May 1968" is in the title: no weekday, no "and"
]
# fmt: on


@pytest.mark.parametrize("line,expected", ROWS)
def test_one_meeting_per_date_on_a_line(line, expected):
    ms = parse(f"Spring tour\n\nLeeds\n{line}\n", as_of=AS_OF).meetings
    got = [(m.date, m.start_time, m.venue if expected[0][2] else None) for m in ms]
    assert got == expected
    assert {m.place for m in ms} == {"Leeds"}


PAGE = """Spring tour

Detroit
Tuesday, April 16 and Wednesday, April 17, 7 pm
Student Center, Room 258
5221 Gullen Mall, Detroit, MI 48202

Berlin – Donnerstag, 7. März, 19 Uhr und Samstag, 9. März, 16 Uhr, Volkshaus
"""


def test_a_page_with_several_dates_per_line_shares_the_venue_block():
    listing = parse(PAGE, as_of=AS_OF, lang="de")
    got = [(m.place, m.date, m.start_time, m.venue, m.room) for m in listing.meetings]
    assert got == [
        ("Detroit", "2019-04-16", "19:00", "Student Center", "Room 258"),
        ("Detroit", "2019-04-17", "19:00", "Student Center", "Room 258"),
        ("Berlin", "2019-03-07", "19:00", "Volkshaus", None),
        ("Berlin", "2019-03-09", "16:00", "Volkshaus", None),
    ]
    assert {m.campaign for m in listing.meetings} == {"Spring tour"}
    assert len({m.meeting_id for m in listing.meetings}) == 4


def test_cli_parse_gives_one_meeting_per_date(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "eventmap", "parse", str(path), "--as-of", "2019-02-01",
         "--lang", "de"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    dates = [m["date"] for m in json.loads(out.stdout)["meetings"]]
    assert dates == ["2019-04-16", "2019-04-17", "2019-03-07", "2019-03-09"]
