"""A table's place column holds the place only: "MALI – Sala de talleres (2.º piso)" is the venue
and its room, not a title ("MALI") before a place ("Sala de talleres"), as a date line's tail
would be read (holdout29's museum workshops, after its blind score). A course table's age column
("Edades", "Ages", "Alter", "Âges") is a header word, so such a table's columns are known."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 10)

TABLES = {
    "es": ("Taller | Edades | Fechas | Horario | Lugar",
           "Pintura y collage | 6 a 9 años | martes 12 de enero | 10:00 | {cell}"),
    "en": ("Workshop | Ages | Date | Time | Venue",
           "Painting and collage | 6-9 | Tuesday 12 January | 10am | {cell}"),
    "de": ("Kurs | Alter | Datum | Uhrzeit | Ort",
           "Malen und Collage | 6–9 Jahre | Dienstag, 12. Januar | 10 Uhr | {cell}"),
    "fr": ("Atelier | Âges | Date | Heure | Lieu",
           "Peinture et collage | 6 à 9 ans | mardi 12 janvier | 10 h | {cell}"),
}  # fmt: skip
TITLES = {
    "es": "Pintura y collage",
    "en": "Painting and collage",
    "de": "Malen und Collage",
    "fr": "Peinture et collage",
}

CELLS = [
    ("MALI – Sala de talleres (2.º piso)", "MALI", "Sala de talleres (2.º piso)"),
    ("MALI – Auditorio", "MALI", "Auditorio"),
    ("Museo de Arte de Lima – Patio central", "Museo de Arte de Lima", "Patio central"),
    ("Kulturhaus Dock 4 – Großer Saal", None, None),  # a number in the name: read as before
    ("Tate Modern — Garden", "Tate Modern", "Garden"),
    ("Kulturhaus – Großer Saal", "Kulturhaus", "Großer Saal"),
    ("MJC Pichon – Salle des fêtes", "MJC Pichon", "Salle des fêtes"),
    ("MoMA – Room 4", "MoMA", "Room 4"),
]


@pytest.mark.parametrize("lang", TABLES)
@pytest.mark.parametrize(("cell", "venue", "room"), CELLS)
def test_a_place_cell_is_a_venue_and_its_room(
    lang: str, cell: str, venue: str | None, room: str | None
) -> None:
    header, row = TABLES[lang]
    (m,) = parse(f"{header}\n{row.format(cell=cell)}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2027-01-12", "10:00")
    assert m.title == TITLES[lang]  # the title cell's, not the venue's name
    if venue is None:
        assert (m.venue or "").startswith("Kulturhaus Dock 4")
    else:
        assert (m.venue, m.room) == (venue, room)


@pytest.mark.parametrize(
    ("line", "title", "room"),
    [
        ("Tuesday 12 January, 10am – Book launch – Room 4", "Book launch", "Room 4"),
        ("martes 12 de enero, 10:00 – Presentación del libro – Sala 2", "Presentación del libro",
         "Sala 2"),
        ("Dienstag, 12. Januar, 10 Uhr – Buchvorstellung – Raum 4", "Buchvorstellung", "Raum 4"),
    ],
)  # fmt: skip
def test_a_date_lines_title_before_a_room_stays_a_title(line: str, title: str, room: str) -> None:
    """Outside a table's place column a dash still ends a title ("Book launch – Room 4")."""
    (m,) = parse(line + "\n", as_of=AS_OF).meetings
    assert m.title == title
    assert m.room == room or m.venue == room
