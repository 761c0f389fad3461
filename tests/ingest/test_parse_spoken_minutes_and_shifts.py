"""Times as French and Spanish posts say them: the minutes in words after the hour ("a las 7 y
media de la tarde" 19:30, "a las 8 y cuarto de la noche" 20:15, "a las 10 menos cuarto" 9:45,
"à 7 heures et demie du soir" 19:30, "à 9 heures moins le quart" 8:45), and one date's start
times listed after a colon at the end of its line ("dos turnos para que pueda venir todo el
mundo: 8:30 y 15:30", "deux séances : 14 h et 19 h"): one meeting per time, each with the place
under the line. From the chat and social pages of tests/ingest/corpus/holdout14; the rows are
variants written from the pattern."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 12, 3)

# fmt: off
SPOKEN = [
    ("a las 7 y media de la tarde", "19:30"),
    ("a las 8 y cuarto de la noche", "20:15"),
    ("a las 10 menos cuarto de la mañana", "09:45"),
    ("a las 19 y media, en el local", "19:30"),
    ("a las 7 y media", "19:30"),  # no part of the day: afternoon guessed, as for "7:30"
    ("à 7 heures et demie du soir", "19:30"),
    ("à 9 heures moins le quart du matin", "08:45"),
    ("à 6 h et quart du soir", "18:15"),
    # no minutes: the hour stays as it was read before
    ("a las 7 y Pedro trae las llaves", "19:00"),
    ("a las 7 de la tarde y media hora de debate", "19:00"),
    ("à 20 heures et quelques", "20:00"),
    ("um 7 Uhr abends", "19:00"),
]
# fmt: on


@pytest.mark.parametrize("text,expected", SPOKEN)
def test_minutes_said_in_words_after_the_hour(text: str, expected: str) -> None:
    tm = find_times(text)
    assert tm is not None and tm.start_time == expected


# fmt: off
ENTRIES = [
    ("es", "Miércoles 20 de enero, a las 7 y media de la tarde, Biblioteca Popular",
     "2027-01-20", "19:30", "Biblioteca Popular"),
    ("es", "Jueves 21 de enero a las 8 y cuarto de la noche en el Ateneo Obrero",
     "2027-01-21", "20:15", "Ateneo Obrero"),
    ("es", "Sábado 23 de enero a las 10 menos cuarto de la mañana, Plaza Mayor",
     "2027-01-23", "09:45", "Plaza Mayor"),
    ("fr", "Jeudi 21 janvier à 7 heures et demie du soir, Bourse du travail",
     "2027-01-21", "19:30", "Bourse du travail"),
    ("fr", "Samedi 23 janvier à 9 heures moins le quart du matin, Mairie annexe",
     "2027-01-23", "08:45", "Mairie annexe"),
    # already read before: must stay
    ("fr", "Vendredi 22 janvier à 20 heures, Salle des fêtes", "2027-01-22", "20:00",
     "Salle des fêtes"),
    ("fr", "Mardi 19 janvier, 18 h 30, Salle Jean-Jaurès", "2027-01-19", "18:30",
     "Salle Jean-Jaurès"),
]
# fmt: on


@pytest.mark.parametrize("lang,line,expected_date,expected_time,venue", ENTRIES)
def test_entry_with_minutes_in_words_keeps_its_place(
    lang: str, line: str, expected_date: str, expected_time: str, venue: str
) -> None:
    meetings = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue) for m in meetings] == [
        (expected_date, expected_time, venue)
    ]


# fmt: off
SHIFTS = [
    ("es", "Martes 15 de diciembre, dos turnos para que pueda venir todo el mundo: 8:30 y 15:30",
     "Salón de actos del Hospital", "2026-12-15", ["08:30", "15:30"]),
    ("es", "Jueves 14 de enero, asamblea en dos horarios: 10 h y 18 h",
     "Centro Cívico Delicias", "2027-01-14", ["10:00", "18:00"]),
    ("fr", "Jeudi 21 janvier, deux séances pour les équipes de jour et de nuit : 14 h et 19 h",
     "Salle des fêtes", "2027-01-21", ["14:00", "19:00"]),
    ("de", "Dienstag, 26. Januar, zwei Termine für alle Schichten: 10:00 und 18:00 Uhr",
     "Gewerkschaftshaus", "2027-01-26", ["10:00", "18:00"]),
    ("en", "Tuesday, January 26, two sessions so every shift can come: 10:00 and 18:00",
     "Union Hall", "2027-01-26", ["10:00", "18:00"]),
]
# fmt: on


@pytest.mark.parametrize("lang,line,place,expected_date,times", SHIFTS)
def test_start_times_listed_after_a_colon_make_one_meeting_each(
    lang: str, line: str, place: str, expected_date: str, times: list[str]
) -> None:
    meetings = parse(f"Agenda\n\n{line}\n{place}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue) for m in meetings] == [
        (expected_date, t, place) for t in times
    ]


# After the colon: numbers that are no times, or times with more words after them.
# fmt: off
NOT_SHIFTS = [
    ("fr", "Jeudi 21 janvier, résultats du vote : 14 et 19 voix", [None]),
    ("es", "Martes 15 de diciembre, orden del día: 3 puntos", [None]),
    ("es", "Martes 15 de diciembre, reunión de la junta: 18:30, sala 2", ["18:30"]),
]
# fmt: on


@pytest.mark.parametrize("lang,line,times", NOT_SHIFTS)
def test_a_colon_before_numbers_that_are_no_time_list(
    lang: str, line: str, times: list[str | None]
) -> None:
    meetings = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in meetings] == times


CHANNEL = """\
Sindicato de Sanidad, [30.11.26 18:05]
🏥 ASAMBLEAS EN EL HOSPITAL PROVINCIAL
Miércoles 16 de diciembre, dos turnos para el personal de noche y de día: 8:00 y 16:00
Salón de actos del Hospital Provincial
👁 812

Sindicato de Sanidad, [01.12.26 09:12]
📚 Círculo de lectura: nos vemos el jueves 17/12 a las 7 y media de la tarde en la Biblioteca Popular.
👁 640
"""


def test_channel_page_with_shifts_and_spoken_minutes() -> None:
    listing = parse(CHANNEL, as_of=AS_OF, lang="es")
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-12-16", "08:00"),
        ("2026-12-16", "16:00"),
        ("2026-12-17", "19:30"),
    ]
    assert [m.venue for m in listing.meetings[:2]] == ["Salón de actos del Hospital Provincial"] * 2
    assert "Biblioteca Popular" in (listing.meetings[2].venue or listing.meetings[2].place or "")
