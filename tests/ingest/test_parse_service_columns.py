"""A service plan or a programme written in columns under a dated heading: TIME, TITLE, PLACE,
the columns split by a wide run of spaces or tabs (a PDF's text, a table flattened to text) or
by bars. The place is the last column, the title the one between: "15.00 Uhr   Krippenspiel
Lukaskirche" is in the Lukaskirche, not in a venue called "Krippenspiel" (holdout12's parish
newsletter: a lone service under its feast took its title as the venue). The rows are written
from the pattern: churches, halls and rooms, the languages the parser reads, the separators
the world uses; a title column that names a room's kind stays the place ("10:00 | Room 4 |
…")."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
# (lang, the dated heading, the row under it, its (date, time), its place, its title)
ROWS = [
    ("de", "24.12. Heiligabend", "15.00 Uhr   Krippenspiel          Lukaskirche",
     ("2026-12-24", "15:00"), "Lukaskirche", "Krippenspiel"),
    ("de", "31.12. Silvester", "17.00 Uhr\tJahresschlussgottesdienst\tKapelle Oberdorf",
     ("2026-12-31", "17:00"), "Kapelle Oberdorf", "Jahresschlussgottesdienst"),
    ("de", "06.01. Epiphanias", "19 Uhr | Abendgebet mit Taizé-Liedern | Martin-Luther-Haus",
     ("2027-01-06", "19:00"), "Martin-Luther-Haus", "Abendgebet mit Taizé-Liedern"),
    ("en", "Thursday 24 December – Christmas Eve", "6:00 pm    Carol service    St Mary's",
     ("2026-12-24", "18:00"), "St Mary's", "Carol service"),
    ("en", "Friday 25 December – Christmas Day", "10.30am\tFamily Communion\tHoly Trinity Church",
     ("2026-12-25", "10:30"), "Holy Trinity Church", "Family Communion"),
    ("fr", "Jeudi 24 décembre : Veillée de Noël", "18h30    Messe des familles    Chapelle Saint-Roch",
     ("2026-12-24", "18:30"), "Chapelle Saint-Roch", "Messe des familles"),
    ("fr", "Vendredi 1er janvier – Nouvel An", "11 h    Concert du Nouvel An    Salle des fêtes",
     ("2027-01-01", "11:00"), "Salle des fêtes", "Concert du Nouvel An"),
    ("es", "24.12. Nochebuena", "20:00\tMisa del Gallo\tParroquia San José",
     ("2026-12-24", "20:00"), "Parroquia San José", "Misa del Gallo"),
    ("es", "Jueves 31 de diciembre – Nochevieja", "23:30    Vigilia de oración    Capilla del Carmen",
     ("2026-12-31", "23:30"), "Capilla del Carmen", "Vigilia de oración"),
    ("de", "Samstag, 9. Januar – Neujahrskonzert", "19:30 Uhr   Konzert   Großer Saal   Eintritt 12 €",
     ("2027-01-09", "19:30"), "Großer Saal", "Konzert"),
]
# fmt: on


def _where(m) -> str:
    return " ".join(filter(None, (m.venue, m.place, m.address, m.room)))


@pytest.mark.parametrize("lang,heading,row,when,place,title", ROWS)
def test_the_last_column_is_the_place(lang, heading, row, when, place, title):
    listing = parse(f"Termine\n\n{heading}\n{row}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]
    m = listing.meetings[0]
    assert m.venue == place
    assert title not in _where(m)


def test_a_title_column_that_names_a_room_stays_the_place():
    listing = parse(
        "Programme\n\n10.01. Neujahr\n10:00 | Room 4 | Workshop on tenancy law\n", as_of=AS_OF
    )
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-10", "10:00")]
    assert "Room 4" in _where(listing.meetings[0])
    assert "tenancy" not in _where(listing.meetings[0])


PAGE = """\
GOTTESDIENSTE ZUM JAHRESWECHSEL

31.12. Silvester
17.00 Uhr     Jahresschlussandacht mit Abendmahl        Friedenskirche

01.01. Neujahr
11.00 Uhr\tNeujahrsgottesdienst\tKapelle am Hang

06.01. Epiphanias
18.00 Uhr  |  Sternsingerandacht  |  Gemeindesaal St. Paul

Die Sonntagsgottesdienste beginnen um 10 Uhr.
"""


def test_a_service_plan_in_columns():
    listing = parse(PAGE, as_of=AS_OF, lang="de")
    got = [(m.date, m.start_time, m.venue) for m in listing.meetings]
    assert got == [
        ("2026-12-31", "17:00", "Friedenskirche"),
        ("2027-01-01", "11:00", "Kapelle am Hang"),
        ("2027-01-06", "18:00", "Gemeindesaal St. Paul"),
    ]
