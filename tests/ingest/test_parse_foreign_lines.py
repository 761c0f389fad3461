"""A line in another language than its page's (the Canadian page of tests/ingest/corpus/holdout3:
"Dimanche 18 octobre, 13 h 30 (EDT)" among English entries): a short line the page's languages
find no date in, opening with a whole weekday name of another language the parser reads, is
read in that language too. The rows are variants written from the pattern, not copied from the
corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 9, 1)
EN_PAGE = (
    "Public meetings this autumn\n\nThe party will hold public meetings in several cities. "
    "All workers and young people are welcome to attend and take part in the discussion.\n\n"
    "TORONTO\nSaturday, October 17 at 2:00 p.m.\nUnion Hall, 25 Cecil St\n\n{city}\n{line}\n"
    "{venue}\n"
)


# fmt: off
@pytest.mark.parametrize("city,line,venue,day,time", [
    ("MONTRÉAL", "Dimanche 18 octobre, 13 h 30 (EDT)", "Centre St-Pierre, 1212 rue Panet",
     "2026-10-18", "13:30"),
    ("OTTAWA", "Samedi 24 octobre, 14 h", "Salle Jean-Despréz, 25 rue Laurier", "2026-10-24",
     "14:00"),
    ("BERLIN", "Sonntag, 18. Oktober, 14 Uhr", "Mehringhof, Gneisenaustraße 2a", "2026-10-18",
     "14:00"),
    ("MADRID", "Domingo 18 de octubre, 17:00 h", "Ateneo de Madrid, calle del Prado 21",
     "2026-10-18", "17:00"),
])
# fmt: on
def test_a_line_opening_with_another_languages_weekday_is_read(city, line, venue, day, time):
    listing = parse(EN_PAGE.format(city=city, line=line, venue=venue), as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-10-17", "14:00"),
        (day, time),
    ]


# fmt: off
@pytest.mark.parametrize("line", [
    "Mardi Gras party planning",
    "Domingo Sánchez will chair.",
    "Samedi",
])
# fmt: on
def test_a_weekday_word_without_a_date_reads_no_meeting(line):
    listing = parse(EN_PAGE.format(city="QUEBEC", line=line, venue="Salle 3"), as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2026-10-17"]
