"""A time range before the date it is held on ("de 17 h à 19 h le mardi 15 décembre", "von 17
bis 19 Uhr am Dienstag, 15. Dezember", "from 5 to 7pm on Tuesday 15 December") is the
meeting's time (holdout29's tenants' association, after its blind score). The German range's
"bis" before "19 Uhr am" is no deadline's ("Anmeldung bis 17 Uhr am Montag" still is)."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 8)

LINES = [
    ("from 5 to 7pm on Tuesday 15 December, Trades Hall", "Trades Hall"),
    ("de 17 h à 19 h le mardi 15 décembre, Bourse du Travail", "Bourse du Travail"),
    ("du 17 h à 19 h le mardi 15 décembre, Bourse du Travail", "Bourse du Travail"),
    ("von 17 bis 19 Uhr am Dienstag, 15. Dezember, Gewerkschaftshaus", "Gewerkschaftshaus"),
    ("17 Uhr bis 19 Uhr am Dienstag, 15. Dezember, Gewerkschaftshaus", "Gewerkschaftshaus"),
    ("von 17.00 bis 19.00 Uhr am Dienstag, 15. Dezember, Gewerkschaftshaus", "Gewerkschaftshaus"),
    ("de 17 a 19 h el martes 15 de diciembre, Ateneo Popular", "Ateneo Popular"),
]


@pytest.mark.parametrize(("line", "venue"), LINES)
def test_a_range_before_the_date_is_its_time(line: str, venue: str) -> None:
    (m,) = parse(line + "\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.venue) == ("2026-12-15", "17:00", venue)


def test_a_wrapped_sentence_times_its_dates() -> None:
    page = (
        "PERMANENCES DU LOCAL\n"
        "Le local de l'amicale (rez-de-chaussée, 7 dalle Kennedy) vous accueille\n"
        "de 17 h à 19 h le mardi 15 décembre, puis les mardis 5 et 19 janvier.\n"
    )
    got = [(m.date, m.start_time) for m in parse(page, as_of=AS_OF).meetings]
    assert got == [("2026-12-15", "17:00"), ("2027-01-05", "17:00"), ("2027-01-19", "17:00")]


@pytest.mark.parametrize(
    "line",
    [
        "Anmeldung bis 17 Uhr am Montag, 14. Dezember",
        "Bitte anmelden bis 12 Uhr am Montag, 14. Dezember",
        "Register by 5pm on Monday 14 December",
    ],
)
def test_a_deadlines_hour_is_still_no_meeting(line: str) -> None:
    listing = parse(line + "\n", as_of=AS_OF)
    assert listing.meetings == []
    assert any("deadline" in w.reason for w in listing.warnings)
