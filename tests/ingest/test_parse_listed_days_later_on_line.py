"""Days listed before each month on one line (issue 17 item 4; holdout7's Irish newsletter):
"Rathmines branch: Wednesdays 2 and 16 December, 13 and 27 January, 7.30pm" is four meetings,
the days before "December" and those before "January" alike, all at the line's time and place.
A time before "and" ("2pm and 12 January") is no listed day.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 17)

# fmt: off
ROWS = [
    ("en", "Rathmines branch: Wednesdays 2 and 16 December, 13 and 27 January, 7.30pm",
     ["2026-12-02", "2026-12-16", "2027-01-13", "2027-01-27"], "19:30"),
    ("en", "Reading group: Tuesdays 1, 8 and 15 December, 12 and 19 January, 6pm",
     ["2026-12-01", "2026-12-08", "2026-12-15", "2027-01-12", "2027-01-19"], "18:00"),
    ("de", "Lesekreis: mittwochs 2. und 16. Dezember, 13. und 27. Januar, 19:30 Uhr",
     ["2026-12-02", "2026-12-16", "2027-01-13", "2027-01-27"], "19:30"),
    ("fr", "Permanence : les mercredis 2 et 16 décembre, 13 et 27 janvier, 19h30",
     ["2026-12-02", "2026-12-16", "2027-01-13", "2027-01-27"], "19:30"),
    ("es", "Asamblea: miércoles 2 y 16 de diciembre, 13 y 27 de enero, 19:30",
     ["2026-12-02", "2026-12-16", "2027-01-13", "2027-01-27"], "19:30"),
]
# fmt: on
PLACE = "Rathmines Library, 157 Lower Rathmines Road, Dublin 6"


@pytest.mark.parametrize("lang,line,days,time", ROWS, ids=[f"{r[0]}-{len(r[2])}" for r in ROWS])
def test_days_listed_before_each_month_are_meetings(lang, line, days, time):
    got = parse(f"Branch meetings\n\n{line}\n{PLACE}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in got] == days
    assert {m.start_time for m in got} == {time}
    assert {m.venue for m in got} == {"Rathmines Library"}


def test_a_time_before_and_is_no_listed_day():
    line = "Socials: Saturday 5 December, 2pm and 16 January, 3pm"
    got = parse(f"Events\n\n{line}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-05", "14:00"),
        ("2027-01-16", "15:00"),
    ]


def test_a_newsletter_through_the_cli(tmp_path):
    path = tmp_path / "newsletter.txt"
    path.write_text(
        "*** BRANCH MEETINGS ***\n" + ROWS[0][1] + "\n  " + PLACE + "\n"
        "Stoneybatter branch: Tue 8 December and Tue 12 January @ 7pm\n"
        "  Aughrim Street Parish Centre, Aughrim Street, Dublin 7\n",
        encoding="utf-8",
    )
    got = [(m["date"], m["start_time"]) for m in cli_meetings(path, "--as-of", "2026-11-17")]
    assert got == [
        ("2026-12-02", "19:30"), ("2026-12-16", "19:30"), ("2027-01-13", "19:30"),
        ("2027-01-27", "19:30"), ("2026-12-08", "19:00"), ("2027-01-12", "19:00"),
    ]  # fmt: skip
