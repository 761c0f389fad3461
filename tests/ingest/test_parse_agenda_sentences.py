"""A neighbourhood assembly's agenda writes each entry as a sentence saying what happens, then
the place: "Concentración contra los desahucios. Plaza de Lavapiés.", "Asamblea abierta del
barrio. Centro Cultural Casino de la Reina (c/ Casino, 3), sala 2." The first sentence is the
title; the venue's street in brackets (a Spanish "c/ Casino, 3" included) is its address, the
room after it the room. A march's gathering point under its title ("Assemble at the Mound",
"Rassemblement place Bellecour", "Concentración en la Plaza Mayor") is where it meets.
(holdout21's d-av-lacorrala-agenda and trades council diary.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)


# fmt: off
@pytest.mark.parametrize("lang,line,title,venue,address,room", [
    ("es", "- **Sábado 12 de diciembre, 11 h** — Concentración contra los desahucios. Plaza de "
     "Lavapiés.", "Concentración contra los desahucios", "Plaza de Lavapiés", None, None),
    ("es", "- **Lunes 11 de enero, 19.30 h** — Asamblea abierta del barrio. Centro Cultural Casino "
     "de la Reina (c/ Casino, 3), sala 2.", "Asamblea abierta del barrio",
     "Centro Cultural Casino de la Reina", "c/ Casino, 3", "sala 2"),
    ("fr", "- **Samedi 12 décembre, 11 h** — Rassemblement contre les expulsions. Place de la "
     "République.", "Rassemblement contre les expulsions", "Place de la République", None, None),
    ("fr", "- **Lundi 11 janvier, 19 h 30** — Assemblée de quartier. Maison des associations (12 "
     "rue Sala), salle 2.", "Assemblée de quartier", "Maison des associations", "12 rue Sala",
     "salle 2"),
    ("de", "- **Montag, 11. Januar, 19.30 Uhr** — Offene Versammlung. Nachbarschaftshaus "
     "(Urbanstraße 21), Raum 2.", "Offene Versammlung", "Nachbarschaftshaus", "Urbanstraße 21",
     "Raum 2"),
    ("en", "- **Monday 11 January, 7.30pm** — Open meeting for all tenants. Trades Hall (54 Lygon "
     "Street), Room 2.", "Open meeting for all tenants", "Trades Hall", "54 Lygon Street", "Room 2"),
])
# fmt: on
def test_a_title_sentence_then_the_place(
    lang: str, line: str, title: str, venue: str, address: str | None, room: str | None
) -> None:
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.title, m.venue, m.address, m.room) == (title, venue, address, room)


# fmt: off
@pytest.mark.parametrize("lang,line,place", [
    # the first sentence names a place: the line is read as before
    ("en", "- **Monday 11 January, 7.30pm** — Trades Hall. Upstairs room, step-free.", "Trades Hall"),
    # the second is no place
    ("en", "- **Monday 11 January, 7.30pm** — Open meeting at the Trades Hall. Bring a friend.",
     "Trades Hall"),
])
# fmt: on
def test_look_alikes(lang: str, line: str, place: str) -> None:
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert place in " | ".join(filter(None, (m.venue, m.place, m.room)))


# fmt: off
@pytest.mark.parametrize("lang,date_line,under,title,venue", [
    ("en", "Sat 20 February 2027, midday – Demonstration: Fund Our Services",
     "Assemble at the Mound, march to the Scottish Parliament.",
     "Demonstration: Fund Our Services", "Mound"),
    ("en", "Sat 20 February 2027, midday – Climate march",
     "Gather at George Square, then on to the City Chambers.", "Climate march", "George Square"),
    ("fr", "Samedi 6 mars 2027, 12 h – Manifestation", "Rassemblement place Bellecour, puis cortège.",
     "Manifestation", "place Bellecour"),
    ("es", "Sábado 13 de marzo de 2027, 12:00 – Manifestación",
     "Concentración en la Plaza Mayor, luego marcha al Parlamento.", "Manifestación", "Plaza Mayor"),
    ("es", "Sábado 13 de marzo de 2027, 12:00 – Marcha por la vivienda",
     "Quedamos en la Puerta del Sol y bajamos juntas.", "Marcha por la vivienda", "Puerta del Sol"),
    ("de", "Sa., 27. Februar 2027, 12 Uhr – Demo: Gute Arbeit",
     "Sammelpunkt am Marienplatz, dann Zug zum Landtag.", "Demo: Gute Arbeit", "Marienplatz"),
])
# fmt: on
def test_a_gathering_point_under_the_title(
    lang: str, date_line: str, under: str, title: str, venue: str
) -> None:
    (m,) = parse(f"Diary\n\n{date_line}\n{under}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.title, m.venue) == (title, venue)
