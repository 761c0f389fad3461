"""A clock written the 24-hour way is read as written, not moved to the evening: an hour with a
leading zero ("06:30", "07.15") or an "h" between hour and minutes ("6h30", "6 h 30", "7 heures
15") is never a 12-hour clock, so "06:30" is half past six in the morning (holdout12's walking
club met its bus at "07:30", read as 19:30; a union's shift assembly at "6 h 30"). A bare
"6:30" or "7.30" with no am/pm stays the evening guess, and an am/pm that is written wins. The
rows are written from the pattern: the clocks of the languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 11, 20)

# fmt: off
# (lang, an entry with an early 24-hour clock, its (date, start))
ROWS = [
    ("en", "Sat 12 June 2027, 07:30, Bus station, Market Square", ("2027-06-12", "07:30")),
    ("en", "Tuesday 19 January: 06:45 breakfast briefing, Unite House", ("2027-01-19", "06:45")),
    ("de", "Samstag, 12. Juni 2027, 07:30 – Abfahrt an der Bushaltestelle Rathaus", ("2027-06-12", "07:30")),
    ("de", "Sonntag, 9. Mai 2027, 05.45 Treffpunkt Parkplatz Waldbad", ("2027-05-09", "05:45")),
    ("fr", "Jeudi 21 janvier, 6h30, Salle des employés", ("2027-01-21", "06:30")),
    ("fr", "Samedi 6 février, 7 h 15, départ devant la mairie", ("2027-02-06", "07:15")),
    ("fr", "Dimanche 7 mars, 5 heures 30, parking de la gare", ("2027-03-07", "05:30")),
    ("es", "Sábado 13 de febrero, 07:00, salida desde la Plaza Mayor", ("2027-02-13", "07:00")),
    ("es", "Domingo 14 de marzo, 6h45, Estación de autobuses", ("2027-03-14", "06:45")),
]
# fmt: on


@pytest.mark.parametrize("lang,line,when", ROWS)
def test_an_early_24_hour_clock_is_the_morning(lang, line, when):
    listing = parse(f"Termine\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]


# (a clock, its start, whether the evening was guessed)
CLOCKS = [
    ("06:30", "06:30", False),
    ("6h30", "06:30", False),
    ("6 h 30", "06:30", False),
    ("07.15", "07:15", False),
    ("6:30", "18:30", True),  # a 12-hour clock may be meant: the evening, flagged as a guess
    ("7.30", "19:30", True),
    ("6h30 pm", "18:30", False),  # written am/pm wins
    ("06:30 pm", "18:30", False),
]


@pytest.mark.parametrize("clock,start,guessed", CLOCKS)
def test_how_a_clock_is_written_says_if_it_is_24_hour(clock, start, guessed):
    tm = find_times(clock)
    assert tm is not None and (tm.start_time, tm.guessed_pm) == (start, guessed)


PAGE = """\
WANDERPROGRAMM FRÜHJAHR

Sonntag, 9. Mai 2027
06:45 Abfahrt zur Vogelstimmenwanderung, Bushaltestelle Rathaus

Samstag, 12. Juni 2027
7:30 Grillabend am Vereinsheim, Waldweg 3

Dimanche 13 juin 2027, 6 h 30, lever de soleil au Belvédère, parking du Col
"""


def test_a_walking_clubs_programme():
    listing = parse(PAGE, as_of=AS_OF, lang="de")
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2027-05-09", "06:45"), ("2027-06-12", "19:30"), ("2027-06-13", "06:30")]
    assert "Rathaus" in " ".join(
        filter(None, (listing.meetings[0].venue, listing.meetings[0].address))
    )
