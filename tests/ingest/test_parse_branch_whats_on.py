"""A branch library's or a centre's Markdown diary: "What's on at Kathleen Syme Library" over
its street, then day headings with list items, each a time and a title, and the item's place
on the indented line under it ("- **10.30am** Baby Bounce" / "  Children's area, ground
floor" / "- **6pm** Carlton Book Club" / "  Meeting Room 2"). Each item is one meeting with
its own place line; that place is a room or a floor of the branch ("Meeting Room 2", "Level 1
computers", "Children's area, ground floor"), so the venue is the branch the heading names
(not "What's on at …") and the room stays the room. An item whose place is a town or a park
of its own keeps it. (holdout25's library page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 20)

# (heading, street, day 1, item 1, its room, item 2, its room, day 2, item 3, its room,
#  venue, room 1 as read, room 2 as read)
PAGES = [
    ("# What's on at Kathleen Syme Library", "251 Faraday Street, Carlton VIC 3053",
     "### Tuesday 5 January", "- **10.30am** Baby Bounce", "  Children's area, ground floor",
     "- **6pm** Carlton Book Club", "  Meeting Room 2", "### Thursday 7 January",
     "- **2pm** Tech Help drop-in", "  Level 1 computers",
     "Kathleen Syme Library", "Children's area, ground floor", "Meeting Room 2"),
    ("# Veranstaltungen in der Stadtbücherei Nippes", "Neusser Straße 277, 50733 Köln",
     "### Dienstag, 5. Januar", "- **10:30 Uhr** Krabbelgruppe", "  Kinderbereich, Erdgeschoss",
     "- **18 Uhr** Lesekreis", "  Seminarraum 2", "### Donnerstag, 7. Januar",
     "- **14 Uhr** Computer-Sprechstunde", "  1. OG, Lernplätze",
     "Stadtbücherei Nippes", "Kinderbereich, Erdgeschoss", "Seminarraum 2"),
    ("# Agenda de la Médiathèque Jacques-Prévert", "12 rue Paul-Bert, 69003 Lyon",
     "### Mardi 5 janvier", "- **10h30** Bébés lecteurs", "  Espace jeunesse, rez-de-chaussée",
     "- **18h** Club de lecture", "  Salle 2", "### Jeudi 7 janvier",
     "- **14h** Atelier numérique", "  1er étage, postes multimédia",
     "Médiathèque Jacques-Prévert", "Espace jeunesse, rez-de-chaussée", "Salle 2"),
    ("# Actividades en la Biblioteca Pública Eugenio Trías", "Paseo de Fernán Núñez 24, "
     "28009 Madrid",
     "### Martes 5 de enero", "- **10:30 h** Bebecuentos", "  Sala infantil, planta baja",
     "- **18 h** Club de lectura", "  Sala 2", "### Jueves 7 de enero",
     "- **14 h** Taller digital", "  Planta 1, ordenadores",
     "Biblioteca Pública Eugenio Trías", "Sala infantil, planta baja", "Sala 2"),
]  # fmt: skip


def _page(row: tuple) -> str:
    head, street, day1, i1, r1, i2, r2, day2, i3, r3 = row[:10]
    return "\n".join([head, "", street, "", day1, "", i1, r1, i2, r2, "", day2, "", i3, r3, ""])


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_each_item_keeps_its_own_place_line(row: tuple) -> None:
    got = parse(_page(row), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2027-01-05", "10:30"),
        ("2027-01-05", "18:00"),
        ("2027-01-07", "14:00"),
    ]
    # the second item's title is its own, not the first item's place line
    assert row[5].split("** ")[1] in (got[1].title or "")
    assert got[0].room == row[11]
    assert got[1].room == row[12]


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_the_heading_names_the_venue_of_rooms_and_floors(row: tuple) -> None:
    listing = parse(_page(row), as_of=AS_OF)
    got = listing.meetings
    assert [m.venue for m in got] == [row[10]] * 3
    assert all(row[1].split(",")[0] in (m.address or "") for m in got)
    assert any(row[10] in w.reason for w in listing.warnings)


# look-alikes: an item whose place is a square in town or a venue of its own keeps it
OWN_PLACE = [
    ("  Argyle Square, Carlton (meet at the playground)", "Argyle Square"),
    ("  Fitzroy Town Hall, 201 Napier Street, Fitzroy", "Fitzroy Town Hall"),
]


@pytest.mark.parametrize(("line", "venue"), OWN_PLACE, ids=["square", "town-hall"])
def test_an_item_at_a_place_of_its_own_keeps_it(line: str, venue: str) -> None:
    row = list(PAGES[0])
    row[9] = line
    got = parse(_page(tuple(row)), as_of=AS_OF).meetings
    assert got[2].venue == venue
    assert got[0].venue == "Kathleen Syme Library"


def test_a_heading_that_is_not_whats_on_keeps_its_whole_name() -> None:
    row = list(PAGES[0])
    row[0] = "# Carlton Neighbourhood Learning Centre"
    got = parse(_page(tuple(row)), as_of=AS_OF).meetings
    assert got[1].venue == "Carlton Neighbourhood Learning Centre"
