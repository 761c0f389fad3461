"""A range that ends at noon with a bare start ("10 – noon", "9 bis mittags", "10 à midi"): once a
TypeError that stopped the whole page's parse. The start is the morning's hour; a number that
cannot start a morning range ("Saturday 23 – Noon", "Room 4 – noon") leaves noon as the time."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 12, 1)


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("10 – noon", "10:00", "12:00"),
        ("Workshop 10-noon", "10:00", "12:00"),
        ("Stall from 9 to noon", "09:00", "12:00"),
        ("Repair café 10 until midday", "10:00", "12:00"),
        ("Flohmarkt 8 bis mittags", "08:00", "12:00"),
        ("Marché 7 à midi", "07:00", "12:00"),
        ("Taller 11 a mediodía", "11:00", "12:00"),
        ("10am – noon", "10:00", "12:00"),
        ("10:30 – noon", "10:30", "12:00"),
        ("Saturday 23 – Noon", "12:00", None),
        ("Saturday, January 23 — Noon", "12:00", None),
        ("Room 4 – noon", "12:00", None),
        ("Samstag, 13. März – mittags", "12:00", None),
    ],
)
def test_a_range_to_noon_reads_its_start(text, start, end):
    tm = find_times(text)
    assert tm is not None
    assert (tm.start_time, tm.end_time) == (start, end)


def test_a_page_with_ranges_to_noon_parses_whole():
    page = (
        "Spring workshops\n\n"
        "Saturday 13 March 2027\n"
        "10 - noon  Banner painting, Union Hall, Oakland\n"
        "2 - 4 pm  Reading group, Rockridge Library, Oakland\n\n"
        "Sat 20 March 2027, 9 to noon, street stall, Fruitvale BART, Oakland\n"
        "Saturday, March 27, 2027 — Noon rally, City Hall, Oakland\n"
    )
    got = [(m.date, m.start_time, m.end_time) for m in parse(page, as_of=AS_OF).meetings]
    assert got == [
        ("2027-03-13", "10:00", "12:00"),
        ("2027-03-13", "14:00", "16:00"),
        ("2027-03-20", "09:00", "12:00"),
        ("2027-03-27", "12:00", None),
    ]
