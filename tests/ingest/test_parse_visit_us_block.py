"""A cultural centre's agenda names itself only in its "visit us" block under the listing
("Visítenos" / "Centro Cultural Gabriel García Márquez" / "Calle 11 # 5-60, La Candelaria"),
and its entries name a room and a floor of it ("Auditorio, piso 2", "Sala infantil, piso 1").
The centre is those entries' venue, the room stays the room, with a warning. An entry at a
place of its own keeps it. (holdout26's Bogotá cultural centre page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 8)

# (day, time, title, room line, visit-us label, name, street)
PAGES = [
    ("SATURDAY 9 JANUARY", "3:00 p.m.", "Book launch: Maps of water", "Auditorium, 2nd floor",
     "Visit us", "Carnegie Community Centre", "401 Main Street, Vancouver, BC V6A 2T7"),
    ("SAMSTAG, 9. JANUAR", "15:00 Uhr", "Buchpremiere: Karten des Wassers",
     "Großer Saal, 2. OG", "So finden Sie uns", "Kulturzentrum Pavillon",
     "Lister Meile 4, 30161 Hannover"),
    ("SAMEDI 9 JANVIER", "15 h", "Présentation du livre « Cartes de l'eau »",
     "Auditorium, 2e étage", "Nous trouver", "Maison de la Culture Frontenac",
     "2550, rue Ontario Est, Montréal (Québec) H2K 1W7"),
    ("SÁBADO 9 DE ENERO", "3:00 p. m.", "Presentación de libro «Cartografías del agua»",
     "Auditorio, piso 2", "Visítenos", "Centro Cultural Gabriel García Márquez",
     "Calle 11 # 5-60, La Candelaria"),
]  # fmt: skip


def _page(day: str, time: str, title: str, room: str, label: str, name: str, street: str) -> str:
    entry = f'<div class="ev"><p><b>{time}</b></p><p>{title}</p><p>{room}</p></div>'
    late = '<div class="ev"><p><b>19:00</b></p><p>Concierto / Concert</p><p>Patio</p></div>'
    return (
        f"<html><body><main><h1>Agenda</h1><section><h2>{day}</h2>{entry}{late}</section>"
        f"<section><h3>{label}</h3><p>{name}<br>{street}</p></section></main></body></html>"
    )


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_the_visit_us_block_names_the_rooms_venue(row: tuple) -> None:
    listing = parse(_page(*row), as_of=AS_OF)
    m = listing.meetings[0]
    assert m.date == "2027-01-09"
    assert m.venue == row[5]
    assert row[3].split(",")[0] in (m.room or "")
    assert any(row[5] in w.reason for w in listing.warnings)


def test_an_entry_with_a_place_of_its_own_keeps_it() -> None:
    row = list(PAGES[3])
    row[3] = "Biblioteca Luis Ángel Arango, Calle 11 # 4-14"
    m = parse(_page(*row), as_of=AS_OF).meetings[0]
    assert m.venue == "Biblioteca Luis Ángel Arango"
