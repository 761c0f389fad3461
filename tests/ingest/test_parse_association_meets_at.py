"""A neighbourhood association's page: "La asociación se reúne en el CMI Pumarín Gijón-Sur
(C/ Ramón Areces, 7), donde tenemos la sala 3 …" says where it meets, a name in capitals before
its street in brackets, after a verb of meeting; its board's dates name "sala 3 del CMI": the
room of that centre, named by its first word. A closure of the premises in the plural ("Las
bibliotecas permanecerán cerradas los días 24, 25 y 31 de diciembre …") is no meeting on any of
its days. (holdout24's asociación vecinal and library pages, after their blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

# (sentence, rule line over the dates, dates line, venue, room)
MEETS = [
    ("La asociación se reúne en el CMI Pumarín Gijón-Sur (C/ Ramón Areces, 7), donde tenemos la "
     "sala 3 cedida por el Ayuntamiento.", "Primer martes de cada mes, a las 20 h, sala 3 del CMI:",
     "martes 1 de diciembre · martes 5 de enero", "CMI Pumarín Gijón-Sur", "sala 3"),
    ("The association meets at the Pumarin Community Centre (7 Areces Street), where the council "
     "lends us room 3.", "First Tuesday of the month, at 8pm, room 3 of the Pumarin:",
     "Tuesday 1 December · Tuesday 5 January", "Pumarin Community Centre", "room 3"),
    ("Der Verein trifft sich im Bürgerzentrum Pumarín (Arecesstraße 7), wo wir Raum 3 nutzen.",
     "Erster Dienstag im Monat, um 20 Uhr, Raum 3 im Bürgerzentrum:",
     "Dienstag, 1. Dezember · Dienstag, 5. Januar", "Bürgerzentrum Pumarín",
     None),  # "Raum 3 im Bürgerzentrum": the venue is read, its room not yet
]  # fmt: skip


@pytest.mark.parametrize("sentence,rule,dates,venue,room", MEETS, ids=["es", "en", "de"])
def test_where_the_association_meets_is_its_boards_venue(
    sentence: str, rule: str, dates: str, venue: str, room: str | None
) -> None:
    text = f"ASOCIACIÓN VECINAL\n\nReuniones\n{sentence}\n\nJunta directiva\n{rule}\n{dates}\n"
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-01", "20:00"),
        ("2027-01-05", "20:00"),
    ]
    assert [m.venue for m in got] == [venue, venue]
    if room is not None:
        assert [m.room for m in got] == [room, room]


@pytest.mark.parametrize(
    "closure",
    [
        "Las bibliotecas permanecerán cerradas los días 24, 25 y 31 de diciembre y 1 y 6 de enero.",
        "The libraries are closed on 24, 25 and 31 December and 1 January.",
        "Die Bibliotheken bleiben am 24., 25. und 31. Dezember geschlossen.",
        "Les médiathèques sont fermées les 24, 25 et 31 décembre.",
    ],
    ids=["es", "en", "de", "fr"],
)
def test_a_closure_of_the_premises_in_the_plural_is_no_meeting(closure: str) -> None:
    text = f"Agenda\n\nMartes 12 de enero, 18:00 – Club de lectura, Biblioteca de El Llano\n\n{closure}\n"
    got = parse(text, as_of=date(2026, 12, 18)).meetings
    assert [m.date for m in got] == ["2027-01-12"]
