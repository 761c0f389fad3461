"""A venue line's parts, read whole:

- the room and floor in brackets after the venue's name stay its room: "Linen Hall Library
  (Conference Room, 2nd floor)" is Linen Hall Library, room "Conference Room, 2nd floor" (the
  comma inside the brackets split it: the venue was "2nd floor)");
- a room in brackets is no street: "Biblioteca Cubit (sala 2, primera planta)";
- a street named with a capital after the venue's name, its number at its end or in the next
  part, is the address: "Biblioteca Cubit, Calle Mayor 20, 50014 Zaragoza", "…, Paseo del Prado,
  8", "…, Rue de la Paix 3";
- a title's end and its bracketed remark before a dash and the venue: "… niveau 1 (2 jours,
  repas pris en charge) – UD CGT 93, 1 place de la Libération, Bobigny";
- a French union's body numbered by its département is the whole name: "UD CGT 93".
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.places import comma_parts, split_venue_room

AS_OF = date(2026, 11, 28)

DATE_LINES = {
    "en": "Saturday 5 December 2026, 1.30pm",
    "de": "Samstag, 5. Dezember 2026, 13.30 Uhr",
    "fr": "Samedi 5 décembre 2026, 13 h 30",
    "es": "Sábado 5 de diciembre de 2026, 13.30 h",
}


def _one(lang: str, *lines: str):
    page = "\n".join(["Agenda", "", DATE_LINES[lang], *lines, ""])
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.date == "2026-12-05" and m.start_time == "13:30"
    return m


# fmt: off
@pytest.mark.parametrize("lang,line,venue,room", [
    ("en", "Linen Hall Library (Conference Room, 2nd floor)", "Linen Hall Library",
     "Conference Room, 2nd floor"),
    ("de", "Stadtbibliothek Kassel (Saal 2, 1. OG)", "Stadtbibliothek Kassel", "Saal 2, 1. OG"),
    ("fr", "Médiathèque José-Cabanis (salle 3, 1er étage)", "Médiathèque José-Cabanis",
     "salle 3, 1er étage"),
    ("es", "Biblioteca Cubit (sala 2, primera planta)", "Biblioteca Cubit", "sala 2, primera planta"),
])
# fmt: on
def test_a_room_and_floor_in_brackets_stay_the_venue_s_room(
    lang: str, line: str, venue: str, room: str
) -> None:
    street = {
        "en": "17 Donegall Square North, Belfast BT1 5GB",
        "de": "Obere Königsstraße 3, 34117 Kassel",
        "fr": "1 allée Jacques-Chaban-Delmas, 31500 Toulouse",
        "es": "Calle Mas de las Matas 20, 50014 Zaragoza",
    }[lang]
    m = _one(lang, line, street)
    assert (m.venue, m.room, m.address) == (venue, room, street)


# fmt: off
@pytest.mark.parametrize("lang,line,venue,address", [
    ("es", "Biblioteca Cubit, Calle Mayor 20, 50014 Zaragoza", "Biblioteca Cubit",
     "Calle Mayor 20, 50014 Zaragoza"),
    ("es", "Centro Cívico Delicias, Avenida de Navarra, 54, Zaragoza", "Centro Cívico Delicias",
     "Avenida de Navarra, 54, Zaragoza"),
    ("es", "Ateneo Popular, Paseo del Prado 8", "Ateneo Popular", "Paseo del Prado 8"),
    ("fr", "Maison des syndicats, Rue de la Paix 3, 44000 Nantes", "Maison des syndicats",
     "Rue de la Paix 3, 44000 Nantes"),
    ("fr", "Salle des fêtes, Place du Marché 2, Fives", "Salle des fêtes", "Place du Marché 2, Fives"),
    ("es", "Biblioteca Cubit (sala 2), Calle Mayor, 20, 50014 Zaragoza", "Biblioteca Cubit",
     "Calle Mayor, 20, 50014 Zaragoza"),
])
# fmt: on
def test_a_capitalised_numbered_street_after_the_venue_is_its_address(
    lang: str, line: str, venue: str, address: str
) -> None:
    m = _one(lang, line)
    assert (m.venue, m.address) == (venue, address)
    assert m.room in (None, "sala 2")


# fmt: off
@pytest.mark.parametrize("line,venue", [
    ("Ateneo Popular, Plaza Mayor",  # no number: maybe the venue's own square, not read as a street
     "Ateneo Popular"),
    ("Centro Cívico, sala Paseo 2", "Centro Cívico"),
])
# fmt: on
def test_look_alikes_keep_their_venue(line: str, venue: str) -> None:
    m = _one("es", line)
    assert m.venue == venue


def test_a_title_s_bracketed_remark_then_the_venue_after_a_dash() -> None:
    page = (
        "Agenda\n\nMar. 08/12 et mer. 09/12 – 9h/17h : Formation « Élu·e·s CSE » niveau 1 "
        "(2 jours, repas pris en charge) – UD CGT 93, 1 place de la Libération, Bobigny.\n"
    )
    got = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.venue) for m in got] == [("2026-12-08", "UD CGT 93"), ("2026-12-09", "UD CGT 93")]
    assert all("(2 jours, repas pris en charge)" in (m.title or "") for m in got)


# fmt: off
@pytest.mark.parametrize("text,split", [
    ("UD CGT 93", ("UD CGT 93", None)),
    ("SUD Éducation 44", ("SUD Éducation 44", None)),
    ("Math Sciences 5148", ("Math Sciences", "5148")),  # a room number after a building
    ("Bourse du Travail, salle 3", ("Bourse du Travail", "salle 3")),
    ("Linen Hall Library (Conference Room, 2nd floor)", ("Linen Hall Library", "Conference Room, 2nd floor")),
])
# fmt: on
def test_split_venue_room(text: str, split: tuple[str, str | None]) -> None:
    assert split_venue_room(text) == split


def test_comma_parts_keeps_brackets_whole() -> None:
    assert comma_parts("Biblioteca Cubit (sala 2, primera planta), Calle Mayor 3") == [
        "Biblioteca Cubit (sala 2, primera planta)",
        "Calle Mayor 3",
    ]
    assert comma_parts("a, b") == ["a", "b"]
    assert comma_parts("a (b, c") == ["a (b, c"]  # an unclosed bracket holds to the end
