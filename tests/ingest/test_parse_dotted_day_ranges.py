"""A range of days written the German way, the first day with its dot alone before the last
full date ("Sa., 16.–So., 17.01.", "Fr 5. - Sa 6.3.2027", "12.–14.03.2027, 10 Uhr"), is one
meeting from its first day with ``end_date`` on the last, not a meeting on the last day only. A
number before a dotted date with nothing that makes it a date ("Kapitel 2. - 3.4. lesen") stays
no date. From the practice7 Leipzig district calendar; the rows are variants written from the
pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("text,first,last,weekday", [
    ("Sa., 16.–So., 17.01., 10–16 Uhr", (1, 16), 17, 5),
    ("Sa 16. – So 17.1., 10 Uhr", (1, 16), 17, 5),
    ("Samstag, 16. – Sonntag, 17.01.2027", (1, 16), 17, 5),
    ("Fr 5. - Sa 6.3.2027, 19 Uhr", (3, 5), 6, 4),
    ("12.–14.03.2027, 9 Uhr", (3, 12), 14, None),
    ("Do., 29.–Sa., 31.10., 18 Uhr", (10, 29), 31, 3),
    # the days' range with a slash, their weekdays as a pair before it
    ("Sa./So., 16./17.1., jeweils 10–17 Uhr", (1, 16), 17, 5),
    ("Fr./Sa. 4./5.12., 19 Uhr", (12, 4), 5, 4),
    ("Sa/So 16./17.01.2027", (1, 16), 17, 5),
    ("12./13.12.2026: Seminar", (12, 12), 13, None),
    ("Sa.–So., 16.–17.1., 10 Uhr", (1, 16), 17, 5),
])
# fmt: on
def test_the_range_starts_on_its_first_day(text, first, last, weekday):
    dm = find_date(text, langs=("de", "en"))
    assert dm is not None
    assert ((dm.month, dm.day), dm.end_day, dm.weekday, dm.start) == (first, last, weekday, 0)


# fmt: off
@pytest.mark.parametrize("text", [
    "Kapitel 2. - 3.4. lesen",
    "16.–17.01.",  # no weekday, year or time: nothing says these are dates
    "16./17.01.",
    "Abschnitt 2./3.4. lesen",
])
# fmt: on
def test_numbers_that_are_no_range(text):
    assert find_date(text, langs=("de", "en")) is None


PAGE = """Stadtteilkalender Januar

Mi., 13.01., 18 Uhr · Offenes Treffen · Kiezcafé
Sa., 16.–So., 17.01., 10–16 Uhr · Wochenendseminar Gemeinschaftsgärten · Seminarraum 1. OG
Fr 22.01., 19 Uhr · Filmabend · Großer Saal
"""


def test_a_calendar_with_a_weekend_seminar():
    ms = parse(PAGE, as_of=AS_OF, lang="de").meetings
    assert [(m.date, m.end_date, m.start_time) for m in ms] == [
        ("2027-01-13", None, "18:00"),
        ("2027-01-16", "2027-01-17", "10:00"),
        ("2027-01-22", None, "19:00"),
    ]


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "kalender.txt"
    path.write_text(PAGE, encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["end_date"], m["start_time"]) for m in ms] == [
        ("2027-01-13", None, "18:00"),
        ("2027-01-16", "2027-01-17", "10:00"),
        ("2027-01-22", None, "19:00"),
    ]
