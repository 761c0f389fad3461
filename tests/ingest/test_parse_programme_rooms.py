"""A conference or festival programme as a PDF's text keeps it: a time slot, its title, then a
wide gap and the room in a right-hand column ("11.00-12.30  Session 1B  Heat networks      Wharfe
Room"). The room is each session's place, parallel sessions at one time are separate meetings,
and the room is not glued to the title. The rows are variants written from the pattern (times
with dots, colons, "h", "Uhr", am/pm and spaced ranges; rooms in the four languages), not copied
from holdout11's conference programme."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.text import table_cells

AS_OF = date(2026, 11, 20)


def _where(m) -> str:
    return " ".join(filter(None, (m.place, m.venue, m.room)))


# fmt: off
SLOTS = [
    ("09:30-11:00  Atelier A : la dette publique        Salle 2", "fr", "09:30", "Salle 2",
     "Atelier A : la dette publique"),
    ("10.00 Uhr  Vortrag: Wohnungsnot in Leipzig      Raum 3.14", "de", "10:00", "Raum 3.14",
     "Vortrag: Wohnungsnot in Leipzig"),
    ("14h00  Mesa redonda sobre vivienda        Aula Magna", "es", "14:00", "Aula Magna",
     "Mesa redonda sobre vivienda"),
    ("2:30pm  Panel: Transit futures       Room B12", "en", "14:30", "Room B12",
     "Panel: Transit futures"),
    ("11.15-12.45  Workshop 3  Organising renters     Seminar Room 4", "en", "11:15",
     "Seminar Room 4", "Workshop 3 Organising renters"),
    ("16:00  Table ronde : les grèves de 1995       Amphi B", "fr", "16:00", "Amphi B",
     "Table ronde : les grèves de 1995"),
    ("9.30am  Plenary: the next ten years          Main Hall", "en", "09:30", "Main Hall",
     "Plenary: the next ten years"),
    ("15:30 – 17:00  Taller de autodefensa digital       Sala 1", "es", "15:30", "Sala 1",
     "Taller de autodefensa digital"),
    ("10–12 Uhr  Lesekreis Kapital       Seminarraum 2", "de", "10:00", "Seminarraum 2",
     "Lesekreis Kapital"),
]
# fmt: on


@pytest.mark.parametrize("slot,lang,time,room,title", SLOTS)
def test_the_right_hand_column_of_a_slot_is_its_room(slot, lang, time, room, title):
    page = f"Saturday 6 March 2027\n\n{slot}\n\n17:30  Closing plenary                 Main Hall\n"
    first, closing = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (first.date, first.start_time) == ("2027-03-06", time)
    assert room in _where(first)
    assert first.title == title
    assert (closing.start_time, closing.venue) == ("17:30", "Main Hall")


@pytest.mark.parametrize(
    "line",
    [
        "19.30        FORUM DINNER  -  Corn Exchange Vaults, 9 Call Lane, Leeds",  # time alone
        "Previous forums: Bradford (2025)          Hull (2026)",  # no time slot
        "10.00  Keynote on the energy transition and the long road ahead     "
        "followed by questions from the floor and a short film",  # no short right column
    ],
)
def test_a_line_that_is_no_slot_row_keeps_its_text(line):
    assert table_cells(line) == line


PROGRAMME = """\
REGIONAL TENANTS' CONFERENCE 2027
Guildhall, Market Street, Preston

SATURDAY 13 MARCH 2027

09.45-11.00  Opening plenary: Homes, not assets            Council Chamber
             Speakers from three tenants' unions

11.15-12.30  Workshop 1  Organising a block               Room A
11.15-12.30  Workshop 2  Using the housing ombudsman      Room B

14.00-15.30  Panel: Councils as landlords                 Council Chamber

SUNDAY 14 MARCH 2027

10.00-11.30  Workshop 3  Damp and mould campaigns        Room A
10.00-11.30  Workshop 4  Talleres en castellano          Room C
"""


def test_a_two_day_programme_gives_each_session_its_own_room():
    listing = parse(PROGRAMME, as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue or m.room) for m in listing.meetings]
    assert got == [
        ("2027-03-13", "09:45", "Council Chamber"),
        ("2027-03-13", "11:15", "Room A"),
        ("2027-03-13", "11:15", "Room B"),
        ("2027-03-13", "14:00", "Council Chamber"),
        ("2027-03-14", "10:00", "Room A"),
        ("2027-03-14", "10:00", "Room C"),
    ]
