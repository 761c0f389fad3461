"""A line in capitals over a list is a city heading ("MANCHESTER", "LEIPZIG") unless its words
name the list: "AGENDA", "TERMINE", "VERANSTALTUNGEN", "CALENDRIER", "ACTIVIDADES" are no town,
in any of the languages the parser reads.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

LINE = {
    "en": "Mon 7 Dec 2026, 9:30 – Meeting – Trades Hall, Room 3",
    "de": "Mo., 7. Dezember 2026, 9:30 Uhr – Treffen – Gewerkschaftshaus, Raum 3",
    "fr": "lun. 7 décembre 2026, 9 h 30 – Réunion – Bourse du travail, salle 3",
    "es": "lun. 7 de diciembre de 2026, 9:30 h – Reunión – Casa del Pueblo, sala 3",
}


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("en", "AGENDA"), ("en", "DIARY"), ("en", "ACTIVITIES"),
        ("de", "TERMINE"), ("de", "VERANSTALTUNGEN"), ("de", "AKTUELLES"), ("de", "KALENDER"),
        ("fr", "CALENDRIER"), ("fr", "AGENDA"), ("fr", "ÉVÉNEMENTS"), ("fr", "RÉUNIONS"),
        ("es", "ACTIVIDADES"), ("es", "AGENDA"), ("es", "EVENTOS"), ("es", "CONVOCATORIAS"),
    ],
)  # fmt: skip
def test_a_heading_that_names_the_list_is_no_town(lang: str, heading: str) -> None:
    (m,) = parse(f"{heading}\n\n{LINE[lang]}\n", as_of=AS_OF, lang=lang).meetings
    assert m.city is None
    assert heading.casefold() not in " ".join(filter(None, [m.place, m.venue])).casefold()


@pytest.mark.parametrize(
    ("lang", "heading", "town"),
    [("en", "MANCHESTER", "Manchester"), ("de", "LEIPZIG", "Leipzig"),
     ("fr", "TOULOUSE", "Toulouse"), ("es", "VALENCIA", "Valencia")],
)  # fmt: skip
def test_a_town_heading_stays_the_town(lang: str, heading: str, town: str) -> None:
    (m,) = parse(f"{heading}\n\n{LINE[lang]}\n", as_of=AS_OF, lang=lang).meetings
    assert m.city == town
