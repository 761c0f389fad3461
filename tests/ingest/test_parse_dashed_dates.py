"""A date written with dashes and its whole year, day first as most of the world writes it
("17-01-2027, Sunday", "Datum: 06-02-2027", "fecha: 23-01-2027"), or month first when its
numbers say so ("01-23-2027"): a date, as its slashed and dotted forms are (holdout12's Indian
chapter page: "Date : 17-01-2027, Sunday" found no meeting). Without the year it is no date
("10-12 Uhr" is a time range), nor inside a longer number ("555-12-2027").

The rows are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize(("text", "lang", "month", "day"), [
    ("Date : 17-01-2027, Sunday", "en", 1, 17),
    ("Datum: 23-01-2027, 18 Uhr", "de", 1, 23),
    ("Fecha: 30-01-2027 · 19:00 h", "es", 1, 30),
    ("Le 28-02-2027 à 14 h", "fr", 2, 28),
    ("Meeting on 01-23-2027 at 7pm", "en", 1, 23),
    ("Sat 13-03-2027, 10am", "en", 3, 13),
    ("5-2-2027: general meeting", "en", 5, 2),
])
# fmt: on
def test_a_dashed_date_with_its_year_is_a_date(text, lang, month, day):
    dm = find_date(text, langs=(lang, "en"))
    assert dm is not None
    assert (dm.month, dm.day, dm.year) == (month, day, 2027)


@pytest.mark.parametrize("text", ["10-12 Uhr", "Tel. 555-12-2027", "Ref 12-2027", "ISBN 978-3-16"])
def test_dashes_without_a_whole_date_are_no_date(text):
    assert find_date(text, langs=("de", "en")) is None


def test_an_iso_date_stays_year_first():
    dm = find_date("2027-01-17 18:00", langs=("en",))
    assert (dm.year, dm.month, dm.day) == (2027, 1, 17)


PAGE = """STUDY CIRCLE MEETINGS

PUNE
   Date   : 16-01-2027, Saturday
   Time   : 5.00 pm
   Venue  : Lokayat Hall, Law College Road

JAIPUR
   Date   : 07-02-2027, Sunday
   Time   : 11.00 am
   Venue  : Pink City Press Club
"""


def test_a_chapter_page_of_dashed_dates_gives_its_meetings():
    meetings = parse(PAGE, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in meetings] == [
        ("2027-01-16", "17:00"),
        ("2027-02-07", "11:00"),
    ]
    places = [" ".join(filter(None, (m.place, m.venue, m.city))) for m in meetings]
    assert "Lokayat Hall" in places[0]
    assert "Pink City Press Club" in places[1]
