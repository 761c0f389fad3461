"""Opening hours in brackets right after a date, with no mark of a time ("Sun 14 Feb (11-4)",
"Sat 20 Feb & Sun 21 Feb (2-5.30)", "So 14.2. (10-16)"): the meeting's start and end, read as
a clock's hours (a morning to the afternoon, else rising; without am/pm an hour of 1 to 7 is
the afternoon's, with the usual warning). Written from holdout41's open-gardens booklet; the
rows are variants, with look-alikes that are ages, scores or a bracket later on the line."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 25)


@pytest.mark.parametrize(
    ("lang", "line", "want"),
    [
        ("en", "Sun 14 Feb (11-4)", [("2027-02-14", "11:00", "16:00")]),
        ("en", "Sunday 14 February (2-5.30)", [("2027-02-14", "14:00", "17:30")]),
        ("en", "Sun 14 Feb (10.30–4)", [("2027-02-14", "10:30", "16:00")]),
        ("en", "Sun 14 Feb (9-12)", [("2027-02-14", "09:00", "12:00")]),
        ("en", "Sat 20 Feb & Sun 21 Feb (2-5.30)",
         [("2027-02-20", "14:00", "17:30"), ("2027-02-21", "14:00", "17:30")]),
        ("en", "Sun 18 Apr, Sun 16 May (11-4)",
         [("2027-04-18", "11:00", "16:00"), ("2027-05-16", "11:00", "16:00")]),
        ("de", "So 14.2. (10-16)", [("2027-02-14", "10:00", "16:00")]),
        ("de", "Sonntag, 14. Februar (10.30-17)", [("2027-02-14", "10:30", "17:00")]),
        ("fr", "dimanche 14 février (10-17)", [("2027-02-14", "10:00", "17:00")]),
        ("fr", "dim. 14 févr. (14-18.30)", [("2027-02-14", "14:00", "18:30")]),
        ("es", "domingo 14 de febrero (10-14)", [("2027-02-14", "10:00", "14:00")]),
        ("es", "dom. 14 de feb. (17-20.30)", [("2027-02-14", "17:00", "20:30")]),
    ],
)  # fmt: skip
def test_bracketed_hours_after_a_date_are_its_times(lang, line, want):
    ms = parse(f"Open days 2027\n\n{line}\nAshcott Manor, Ashcott\n", as_of=AS_OF, lang=lang)
    got = [(m.date, m.start_time, m.end_time) for m in ms.meetings]
    assert got == want
    assert all("Ashcott Manor" in (m.venue or m.place or "") for m in ms.meetings)


def test_an_hour_without_am_pm_read_as_the_afternoon_is_warned():
    listing = parse("Open days 2027\n\nSun 14 Feb (2-5)\nAshcott Manor\n", as_of=AS_OF)
    assert [m.start_time for m in listing.meetings] == ["14:00"]
    assert any("am/pm" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    "line",
    [
        "Sat 14 Feb (4-6 years)",  # ages
        "Sat 14 Feb (3-1)",  # a score: falls on the clock
        "Sat 14 Feb (2-2)",
        "Sat 14 Feb (5-2)",
        "Sat 14 Feb (11-40)",  # no hour
        "Sat 14 Feb, Ashcott Manor (see map 11-4)",
    ],
)
def test_brackets_that_are_no_hours_give_no_time(line):
    ms = parse(f"Open days 2027\n\n{line}\nAshcott Manor\n", as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2027-02-14"]
    assert ms[0].start_time is None
