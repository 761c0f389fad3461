"""An events plugin's cards (Squarespace-like): a date badge, the card's title "Town, ST — Venue",
then its date, time and address in bullets, the address's parts parted by bars and followed by
the map link's label:

    Jan
    12
    Portland, OR — Powell's City of Books
    • Tuesday, January 12, 2027
    • 7:00 PM 8:00 PM
    • 1005 W Burnside St | Portland, OR, 97209 (map)

- the venue is the name after the dash, even with no venue's word in it ("Book Passage");
- the address reads as text: bars as commas, no "(map)", "(Karte)", "(plan)", "(mapa)";
- a title that names a town and an event ("Chicago, IL — Book launch") gives no venue.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


def _card(head: str, when: str, time: str, address: str) -> str:
    return (
        f"Upcoming events\n\nJan\n\n12\n\n{head}\n\n• {when}\n• {time}\n• {address}\n\n"
        "A reading and signing.\n\nView Event →\n"
    )


# fmt: off
@pytest.mark.parametrize("head,address,venue,street", [
    ("Portland, OR — Powell's City of Books", "1005 W Burnside St | Portland, OR, 97209 (map)",
     "Powell's City of Books", "1005 W Burnside St, Portland, OR, 97209"),
    ("Seattle, WA — Elliott Bay Book Company", "1521 10th Ave | Seattle, WA, 98122 (map)",
     "Elliott Bay Book Company", "1521 10th Ave, Seattle, WA, 98122"),
    ("Corte Madera, CA – Book Passage", "51 Tamal Vista Blvd | Corte Madera, CA, 94925 (Map)",
     "Book Passage", "51 Tamal Vista Blvd, Corte Madera, CA, 94925"),
])
# fmt: on
def test_card_title_names_town_and_venue(head, address, venue, street):
    (m,) = parse(_card(head, "Tuesday, January 12, 2027", "7:00 PM 8:00 PM", address), as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2027-01-12", "19:00")
    assert (m.venue, m.address) == (venue, street)


# fmt: off
@pytest.mark.parametrize("when,time,address,label", [
    ("Tuesday, January 12, 2027", "7:00 PM 8:00 PM", "Tattered Cover Colfax | 2526 E Colfax Ave | Denver, CO, 80206 (map)", "(map)"),
    ("Dienstag, 12. Jänner 2027", "19:00 20:00", "Buchhandlung Thalia | Mariahilfer Straße 99 | 1060 Wien (Karte)", "(Karte)"),
    ("mardi 12 janvier 2027", "19h00 20h00", "Librairie Le Bal des Ardents | 17 rue Neuve | 69001 Lyon (plan)", "(plan)"),
    ("martes, 12 de enero de 2027", "19:00 20:00", "Librería Rayuela | Av. Amazonas N24-03 | Quito (mapa)", "(mapa)"),
])
# fmt: on
def test_map_link_label_and_bars_are_no_part_of_the_place(when, time, address, label):
    (m,) = parse(_card("Book tour", when, time, address), as_of=AS_OF).meetings
    said = " ".join(v for v in (m.venue, m.room, m.address) if v)
    assert label not in said and "|" not in said
    assert address.split(" | ")[0] in said


def test_town_and_an_event_give_no_venue():
    text = _card("Chicago, IL — Book launch and signing", "Thursday, January 12, 2027",
                 "6:00 PM 7:00 PM", "Online event")
    (m,) = parse(text, as_of=AS_OF).meetings
    assert m.venue != "Book launch and signing"
