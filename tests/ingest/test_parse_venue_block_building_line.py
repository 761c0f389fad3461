"""A group's own venue block over its listing may give a building's line between the name and
the street ("Nottingham Hackspace" / "Unit F6, BizSpace, Roden House" / "Roden Street,
Nottingham NG3 1JH"): the block still names the site of the entries that give only a room of it
(holdout30's hackspace, after its blind score). A line of words between a name and a postcode
line that is no address ("Ring the doorbell") makes no block."""

from datetime import date

import pytest

AS_OF = date(2026, 12, 10)

from eventmap.ingest.parse import parse  # noqa: E402

BLOCKS = {
    "en": ("Unless it says otherwise, it all happens at the space:",
           "Nottingham Hackspace", "Unit F6, BizSpace, Roden House", "Roden Street, Nottingham NG3 1JH",
           "Sat 9 Jan", "10:00 · Laser cutter induction · Laser room"),
    "de": ("Wenn nicht anders angegeben, finden alle Termine hier statt:",
           "Offene Werkstatt Kreuzberg", "Gewerbehof, Aufgang C, 2. Hof", "Ohlauer Straße 11, 10999 Berlin",
           "Sa., 9. Januar", "10 Uhr · Einführung Lasercutter · Laserraum"),
    "fr": ("Sauf mention contraire, tout se passe à l'atelier :",
           "Atelier partagé du Chaudron", "Bâtiment B, 3e étage", "12 rue des Tanneurs, 69001 Lyon",
           "samedi 9 janvier", "10 h · Initiation à la découpeuse laser · salle laser"),
    "es": ("Salvo que se indique otra cosa, todo es en el taller:",
           "Ateneu La Fragua", "Nave 3, Polígono Can Ribas", "Carrer de la Indústria 21, 08025 Barcelona",
           "sábado 9 de enero", "10:00 · Introducción al corte láser · sala láser"),
}  # fmt: skip


def _page(block: tuple, middle: str | None = None) -> str:
    lead, name, building, street, day, entry = block
    return f"{lead}\n\n{name}\n{middle or building}\n{street}\n\n{day}\n\n- {entry}\n"


@pytest.mark.parametrize("lang", BLOCKS)
def test_a_building_line_between_name_and_street(lang: str) -> None:
    block = BLOCKS[lang]
    (m,) = parse(_page(block), as_of=AS_OF).meetings
    assert (m.date, m.venue) == ("2027-01-09", block[1])
    assert (m.address or "").startswith(block[2])  # the building's line, then the street


@pytest.mark.parametrize("lang", BLOCKS)
def test_words_between_a_name_and_a_postcode_line_make_no_block(lang: str) -> None:
    block = BLOCKS[lang]
    page = _page(block, middle="Ring the doorbell at the side gate – someone will let you in.")
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.venue != block[1]
