"""A street named after a person whose first name is a month's short form, written after the
house number ("1 Jan Smuts Avenue", holdout10's South Africa cards): an address, not a date.
The line is warned about, not read as a meeting; a title line with a month and no street word
("1 May Day rally") stays a date, and so does a line with a time.

The rows are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

STREETS = [
    "1 Jan Smuts Avenue, Braamfontein, 2000",
    "25 Jan Hofmeyr Road, Westville, 3629",
    "12 Jan Celliers Street, Sunnyside",
    "7 May Pen Road, Clarendon",
    "3 Jun Wah Street, Kowloon",
    "22 Mar Gregorios Road, Kottayam",
    "9 Jan Shoba St, Brooklyn, Pretoria",
    "18 Dec Bosman Way, Durbanville",
]


@pytest.mark.parametrize("line", STREETS)
def test_a_street_named_after_a_person_is_an_address(line):
    listing = parse(f"Venue\n\n{line}\n", as_of=AS_OF)
    assert listing.meetings == [] or all(m.date is None for m in listing.meetings)
    assert any("street" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("1 May Day rally", "2027-05-01"),
        ("3 March Main Street march at 5pm", "2027-03-03"),
        ("12 Jan 2027 Smuts Avenue meeting", "2027-01-12"),
    ],
)
def test_a_date_that_is_no_street_stays_a_date(line, day):
    (m,) = parse(line, as_of=AS_OF).meetings
    assert m.date == day


CARD = """Johannesburg
Day school: the history of the working class
Saturday, 6 February 2027 · 10:00 – 13:00
University of the Witwatersrand, Senate House Concourse
1 Jan Smuts Avenue, Braamfontein, 2000
Register
"""


def test_the_address_under_a_cards_date_is_no_meeting_of_its_own():
    (m,) = parse(CARD, as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.end_time) == ("2027-02-06", "10:00", "13:00")
