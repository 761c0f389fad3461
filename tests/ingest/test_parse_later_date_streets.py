"""A street named after a date, later on a meeting's line than the meeting's own date: with its
type before it ("Av. Corrientes y 9 de Julio", "Calle 25 de Mayo") or its house number after it
("18 de Julio 1790", "25 de Mayo 300", "17. Juni 135"), it is the address, not a second meeting
(holdout10's Montevideo feed: "(Sala Vaz Ferreira, 18 de Julio 1790)" gave a meeting on 18 July).
A later date with a weekday, a year, or a time after it stays a date.

The rows are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

STREET_LINES = [
    ("Miércoles 16 de diciembre, 19 h, Biblioteca (Sala Rodó, 18 de Julio 1790)", "es"),
    ("Jueves 17 de diciembre, 19 h — Biblioteca Popular, 25 de Mayo 300, Rosario", "es"),
    ("Viernes 11 de diciembre, 20 h, Teatro del Pueblo, Av. Corrientes y 9 de Julio", "es"),
    ("Sábado 12 de diciembre, 18.30 h, Casa del Pueblo, 9 de Julio 1525, Tucumán", "es"),
    ("Martes 15 de diciembre, 19 h, Sindicato, Calle 5 de Mayo 32, Puebla", "es"),
    ("Samstag, 12. Dezember, 18 Uhr, Jugendhaus, 17. Juni 135, Berlin", "de"),
    ("Montag, 14. Dezember, 19 Uhr, Nachbarschaftsheim, Straße des 17. Juni 110", "de"),
    ("Samedi 12 décembre, 18 h, Salle Jaurès, place du 8 Mai, Lille", "fr"),
    ("Jeudi 17 décembre à 20 h, Bourse du travail, rue du 4 Septembre 21, Paris", "fr"),
    ("Saturday 12 December, 2pm, Casa Uruguay, 18 de Julio 948, Montevideo", "en"),
]


@pytest.mark.parametrize(("line", "lang"), STREET_LINES)
def test_a_street_named_after_a_date_is_no_second_meeting(line, lang):
    meetings = parse(line, as_of=AS_OF, lang=lang).meetings
    assert len(meetings) == 1
    assert meetings[0].date.startswith("2026-12-")


@pytest.mark.parametrize(
    ("line", "lang", "days"),
    [
        ("Sábado 12 de diciembre, 19 h y domingo 13 de diciembre, 11 h", "es", 2),
        ("Los miércoles 13, 20 y 27 de enero, de 18 a 20 h, Biblioteca", "es", 3),
        ("Thursday 14 January and 21 January 19:00, Room 101", "en", 2),
        ("Saturday 16 January and 23 January 2027, 10am, Trades Hall", "en", 2),
        ("Samstag, 9. Januar, und 16. Januar, 18.30 Uhr, Gewerkschaftshaus", "de", 2),
    ],
)
def test_a_later_date_that_is_no_street_stays_a_date(line, lang, days):
    assert len(parse(line, as_of=AS_OF, lang=lang).meetings) == days


PAGE = """Agenda de diciembre

Miércoles 16 de diciembre, 19 h: charla en la Biblioteca Nacional (Sala Vaz Ferreira, 18 de Julio 1790).
Jueves 17 de diciembre y jueves 14 de enero, 18.30 h: taller en el Ateneo Popular, 25 de Mayo 300.
Sábado 19 de diciembre, 11 h: feria en la Plaza Independencia, Av. Corrientes y 9 de Julio.
"""


def test_a_page_of_addresses_named_after_dates_gives_only_its_meetings():
    meetings = parse(PAGE, as_of=AS_OF, lang="es").meetings
    got = [(m.date, m.start_time) for m in meetings]
    assert got == [
        ("2026-12-16", "19:00"),
        ("2026-12-17", "18:30"),
        ("2027-01-14", "18:30"),
        ("2026-12-19", "11:00"),
    ]
    places = [" ".join(filter(None, (m.venue, m.address, m.room))) for m in meetings]
    assert "Biblioteca Nacional" in places[0]
    assert all("Ateneo Popular" in p for p in places[1:3])
    assert "Plaza Independencia" in places[3]
