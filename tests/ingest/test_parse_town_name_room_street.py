"""A chapter's venue block under the date, four lines as its CMS prints them: the town, the
venue's name (maybe with its building after a dash), the room, then the street with its postcode
and town ("Villeurbanne" / "Campus LyonTech-la Doua – Bâtiment Thémis" / "Salle 104" / "Avenue
Gaston-Berger, 69100 Villeurbanne"). The name is the venue even when it holds no venue word; the
town over it is the town its street line ends in, not the meeting's title or a category over a
title. (holdout22's c-iysse-lyon.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# lang: (title, date line, town, venue name, room, street line)
BLOCKS = {
    "fr": [
        ("Pourquoi les étudiants doivent se tourner vers la classe ouvrière",
         "Mardi 1er décembre 2026 à 18 h 30", "Villeurbanne",
         "Campus LyonTech-la Doua – Bâtiment Thémis", "Salle 104",
         "Avenue Gaston-Berger, 69100 Villeurbanne"),
        ("Science, climat et capitalisme", "Mardi 19 janvier 2027 à 18 h 30", "Lyon",
         "ENS de Lyon – site Descartes", "Salle F008", "15 parvis René-Descartes, 69007 Lyon"),
    ],
    "en": [
        ("Why students must turn to the working class", "Tuesday 1 December 2026, 6.30pm",
         "Manchester", "Riverside Hub", "Room 104", "12 Oxford Road, Manchester M13 9PL"),
        ("Science, climate and capitalism", "Tuesday 19 January 2027, 6.30pm", "Leeds",
         "Brudenell Social – Games Room", "Room 2", "33 Queens Road, Leeds LS6 1NY"),
    ],
    "de": [
        ("Warum wir gegen den Krieg kämpfen", "Donnerstag, 3. Dezember 2026, 19 Uhr", "Leipzig",
         "Conne Island", "Raum 2", "Koburger Str. 3, 04277 Leipzig"),
        ("Klima und Kapitalismus", "Dienstag, 19. Januar 2027, 18:30 Uhr", "Dresden",
         "Campus Johannstadt – Gebäude B", "Raum 1.04", "Fiedlerstraße 42, 01307 Dresden"),
    ],
    "es": [
        ("Por qué luchar contra la guerra", "Jueves 3 de diciembre de 2026, 19:00 h", "Bilbao",
         "Bizkaia Aretoa", "Sala 3", "Calle Abandoibarra 3, 48009 Bilbao"),
        ("Ciencia, clima y capitalismo", "Martes 19 de enero de 2027, 18:30 h", "Valencia",
         "Campus de Tarongers – Aulario Norte", "Aula 12", "Avenida Tarongers 4, 46022 Valencia"),
    ],
}  # fmt: skip

CASES = [(lang, n) for lang in sorted(BLOCKS) for n in range(len(BLOCKS[lang]))]


def _text(lang: str) -> str:
    return "\n\n".join("\n".join(block) for block in BLOCKS[lang]) + "\n"


def _html(lang: str) -> str:
    body = "".join(
        f'<div class="evenement"><h3>{title}</h3>\n<p class="date"><strong>{when}</strong></p>\n'
        f'<p class="lieu">{town}<br>\n{name}<br>\n{room}<br>\n{street}</p>\n'
        f'<p><a href="https://example.org/e/{n}">Facebook</a></p></div>\n'
        for n, (title, when, town, name, room, street) in enumerate(BLOCKS[lang])
    )
    return f"<html><body><h2>Agenda</h2>\n{body}</body></html>"


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("lang,n", CASES)
def test_the_name_over_a_room_is_the_venue_and_the_line_over_it_the_town(
    lang: str, n: int, form: str
) -> None:
    page = _text(lang) if form == "text" else _html(lang)
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert len(listing.meetings) == len(BLOCKS[lang])
    m = listing.meetings[n]
    title, _, town, name, room, street = BLOCKS[lang][n]
    assert m.venue == name
    assert m.room == room
    assert m.address == street
    assert m.city == town
    assert m.title != town and m.place != town


# A line that is no town over a venue block: a category over its title, a title in lower-case
# words over a bare room; the block's town is named in its street only.
# fmt: off
@pytest.mark.parametrize("lang,lines,title,venue", [
    ("fr", ["Santé", "Collecte de sang", "Salle des fêtes, 3 rue Paul-Bert, 69003 Lyon"],
     "Collecte de sang", "Salle des fêtes"),
    ("de", ["Umwelt", "Plastikfrei leben", "Stadtteilhaus, Koburger Str. 3, 04277 Leipzig"],
     "Plastikfrei leben", "Stadtteilhaus"),
    ("en", ["Film screening and discussion", "Room 104", "12 Oxford Road, Manchester M13 9PL"],
     "Film screening and discussion", None),
    ("es", ["Taller de costura para principiantes", "Sala 3",
            "Calle Abandoibarra 3, 48009 Bilbao"],
     "Taller de costura para principiantes", None),
])
# fmt: on
def test_a_title_over_a_block_is_no_town_or_venue(
    lang: str, lines: list[str], title: str, venue: str | None
) -> None:
    when = BLOCKS[lang][0][1]
    (m,) = parse("\n".join([when, *lines]) + "\n", as_of=AS_OF, lang=lang).meetings
    assert m.title == title
    assert m.venue == venue
    assert title not in (m.venue, m.city, m.place)


# A speaker's name over a bare room, no street under it: the room is the place, the name no venue.
# fmt: off
@pytest.mark.parametrize("lang,lines,room", [
    ("en", ["Glass plates and early photographs", "Maria Lindqvist", "Seminar Room 3"],
     "Seminar Room 3"),
    ("de", ["Stadtgeschichte in Glasplatten", "Maria Lindqvist", "Raum 2.14"], "Raum 2.14"),
    ("fr", ["Plaques de verre et premières photographies", "Maria Lindqvist", "Salle 104"],
     "Salle 104"),
    ("es", ["Placas de vidrio y primeras fotografías", "Maria Lindqvist", "Aula 12"], "Aula 12"),
])
# fmt: on
def test_a_name_over_a_room_without_a_street_is_no_venue(
    lang: str, lines: list[str], room: str
) -> None:
    when = BLOCKS[lang][0][1]
    (m,) = parse("\n".join([when, *lines]) + "\n", as_of=AS_OF, lang=lang).meetings
    assert "Maria Lindqvist" not in (m.venue, m.place, m.city)
    assert room in (m.venue, m.room)
