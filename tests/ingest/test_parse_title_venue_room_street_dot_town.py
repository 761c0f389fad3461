"""A block under the date as a chapter's WordPress prints it: the title, then "Venue — Room",
then the street with its number after a comma and the postcode and town after a dot ("Ateneo
Mercantil — Salón Sorolla" / "Plaza del Ayuntamiento, 18 · 46002 València"). The second line is
the venue and its room, the third the address: a street with its number after a comma is no
venue's name, and a room's number after the dash does not make the name a number.
(holdout22's d-iysse-valencia.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# fmt: off
ROWS = [
    ("es", "Jueves 4 de febrero de 2027, 18:30 h", "Presentación del libro «¿Por qué han vuelto?»",
     "Ateneo Mercantil — Salón Sorolla", "Plaza del Ayuntamiento, 18 · 46002 València",
     "Ateneo Mercantil — Salón Sorolla"),  # a room by its name stays on the venue's line
    ("es", "Jueves 11 de febrero de 2027, 18:30 h", "Trump, la extrema derecha y la democracia",
     "Centre Octubre — Sala 1", "C/ de Sant Ferran, 12 · 46001 València", "Centre Octubre"),
    ("fr", "Jeudi 4 février 2027, 18 h 30", "Présentation du livre « Pourquoi sont-ils revenus ? »",
     "Maison du Peuple — Salle 2", "Rue Haute, 12 · 1000 Bruxelles", "Maison du Peuple"),
    ("de", "Donnerstag, 4. Februar 2027, 18:30 Uhr", "Buchvorstellung „Warum sind sie zurück?“",
     "Volkshaus — Saal 3", "Stauffacherstrasse, 60 · 8004 Zürich", "Volkshaus"),
    ("en", "Thursday 4 February 2027, 6.30pm", "Book launch: Why are they back?",
     "Friends Meeting House — Room 4", "Mount Street, 6 · M2 5NS Manchester",
     "Friends Meeting House"),
]
# fmt: on


@pytest.mark.parametrize("lang,when,title,venue_line,street,venue", ROWS)
def test_the_venue_line_and_the_street_line(
    lang: str, when: str, title: str, venue_line: str, street: str, venue: str
) -> None:
    page = f"Reuniones\n\n{when}\n{title}\n{venue_line}\n{street}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue
    assert m.address is not None and street.split(",")[0] in m.address
    assert m.title is not None and m.title.startswith(title[:12])
