"""A meeting over several days across two months ("30 March – 2 April") is one meeting with an
``end_date``; ranges within one month are in test_parse_world.py."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date

AS_OF = date(2019, 2, 1)

# fmt: off
# line under a "Leeds" heading -> date, end_date, start
RANGES = [
    ("30 March – 2 April", "2019-03-30", "2019-04-02", None),
    ("30 March - 2 April, 10am", "2019-03-30", "2019-04-02", "10:00"),
    ("March 30 – April 2, 2019", "2019-03-30", "2019-04-02", None),
    ("March 30 – April 2, 2019, 9:30 am", "2019-03-30", "2019-04-02", "09:30"),
    ("Sat 30 March – Tue 2 April", "2019-03-30", "2019-04-02", None),
    ("Saturday, March 30 — Tuesday, April 2, 7 pm", "2019-03-30", "2019-04-02", "19:00"),
    ("30 March to 2 April 2019", "2019-03-30", "2019-04-02", None),
    ("Friday 31 May – Sunday 2 June 2019, 10am", "2019-05-31", "2019-06-02", "10:00"),
    ("28 December 2019 – 2 January 2020", "2019-12-28", "2020-01-02", None),
    ("Tuesday 9 April – Wednesday 10 April, 7pm", "2019-04-09", "2019-04-10", "19:00"),
]
# fmt: on


@pytest.mark.parametrize("line,day,end,start", RANGES)
def test_a_range_across_two_months_is_one_meeting(line, day, end, start):
    listing = parse(f"Spring school\n\nLeeds\n{line}\nTown Hall\n", as_of=AS_OF)
    assert [(m.date, m.end_date, m.start_time) for m in listing.meetings] == [(day, end, start)]
    m = listing.meetings[0]
    assert (m.place, m.venue) == ("Leeds", "Town Hall")


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Monday 8 April – 7pm", (4, 8, None, None)),  # a time after the dash: no range
        ("Sat 9 March – 2pm", (3, 9, None, None)),
        ("30 March – 2 April", (3, 30, 2, 4)),
        ("Donnerstag, 28. März bis Dienstag, 2. April", (3, 28, 2, 4)),
    ],
)
def test_find_date_reads_the_range_end(line, expected):
    dm = find_date(line, langs=("de", "en"))
    assert (dm.month, dm.day, dm.end_day, dm.end_month) == expected


def test_a_range_that_ends_before_it_starts_keeps_its_first_day_with_a_warning():
    listing = parse("Spring school\n\nLeeds\n2 April 2019 – 30 March 2019, 10am\n", as_of=AS_OF)
    assert [(m.date, m.end_date) for m in listing.meetings] == [("2019-04-02", None)]
    assert any("range" in w.reason and w.line == 4 for w in listing.warnings)


RANGE_PAGE = """Weekend schools

Leeds
Saturday 30 March – Tuesday 2 April
Friends Meeting House
Woodhouse Lane

Sheffield
March 30 – April 2, 2019, 10 am
Student Union, Room 4

31 May – 2 June, 9.30am
Trades Hall
54 Victoria Street
Carlton VIC 3053
"""


def test_a_page_of_ranges_across_months():
    listing = parse(RANGE_PAGE, as_of=AS_OF)
    got = [(m.place, m.date, m.end_date, m.start_time, m.venue) for m in listing.meetings]
    assert got == [
        ("Leeds", "2019-03-30", "2019-04-02", None, "Friends Meeting House"),
        ("Sheffield", "2019-03-30", "2019-04-02", "10:00", "Student Union"),
        (None, "2019-05-31", "2019-06-02", "09:30", "Trades Hall"),
    ]


def test_cli_parse_reads_a_range_across_months(tmp_path):
    path = tmp_path / "ranges.txt"
    path.write_text(RANGE_PAGE, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "eventmap", "parse", str(path), "--as-of", "2019-02-01"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    meetings = json.loads(out.stdout)["meetings"]
    assert [(m["date"], m["end_date"]) for m in meetings] == [
        ("2019-03-30", "2019-04-02"),
        ("2019-03-30", "2019-04-02"),
        ("2019-05-31", "2019-06-02"),
    ]


# A range written as two dates with their times (Meetup and Facebook exports; tests/ingest/corpus
# holdout3 and holdout4): one meeting from the first day at its time, ending on the second day.
# fmt: off
@pytest.mark.parametrize("line,lang,start,end", [
    ("SAT, MAR 20, 2027, 9:00 AM to SUN, MAR 21, 2027, 5:00 PM GMT", None, "2027-03-20",
     "2027-03-21"),
    ("FRI, 29 JAN 2027 AT 18:00 – SUN, 31 JAN 2027 AT 16:00", None, "2027-01-29", "2027-01-31"),
    ("Friday 5 March 2027, 6pm until Sunday 7 March 2027, 4pm", None, "2027-03-05", "2027-03-07"),
    ("Freitag, 5. März 2027, 18 Uhr bis Sonntag, 7. März 2027, 16 Uhr", "de", "2027-03-05",
     "2027-03-07"),
    ("vendredi 5 mars 2027, 18h au dimanche 7 mars 2027, 16h", "fr", "2027-03-05", "2027-03-07"),
    ("viernes 5 de marzo de 2027, 18:00 al domingo 7 de marzo de 2027, 16:00", "es",
     "2027-03-05", "2027-03-07"),
])
# fmt: on
def test_a_range_of_two_dates_with_times_is_one_meeting(line, lang, start, end):
    page = f"Events\n\n{line}\nWeekend school\nTeachers' Club, Dublin\n"
    listing = parse(page, as_of=date(2027, 1, 2), lang=lang)
    assert [(m.date, m.end_date) for m in listing.meetings] == [(start, end)]
    (m,) = listing.meetings
    assert m.venue == "Teachers' Club" or "Teachers' Club" in (m.room or "")
