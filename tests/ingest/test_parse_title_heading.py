"""A talk's title over its date, under a city heading, is the title, not the place: a subtitle
after a colon in lower case ("Students and the fight against war: the way forward") or a
question ("Cuts at Welsh universities: which way to defend jobs and education?"). A heading
that names a place stays the place, whatever its shape ("Houston public meeting", "Brighton:
University of Sussex")."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

CITY = {"en": "CARDIFF", "de": "LEIPZIG", "fr": "LYON", "es": "SEVILLA"}
DATE = {
    "en": "Tuesday 1st December, 7pm",
    "de": "Dienstag, 1. Dezember, 19 Uhr",
    "fr": "Mardi 1er décembre, 19h",
    "es": "Martes 1 de diciembre, 19:00 h",
}
VENUE = {
    "en": ("Glamorgan Building, Room 4", "King Edward VII Avenue, Cardiff CF10 3WA"),
    "de": ("Hörsaalgebäude, Hörsaal 3", "Universitätsstraße 3, 04109 Leipzig"),
    "fr": ("Maison des Étudiants, salle 2", "90 rue Pasteur, 69007 Lyon"),
    "es": ("Facultad de Filosofía, Aula 5", "Calle Palos de la Frontera s/n, 41004 Sevilla"),
}

TITLES = [
    ("en", "Students and the fight against war: the way forward"),
    ("en", "Cuts at Welsh universities: which way to defend jobs and education?"),
    ("en", "Why is there a housing crisis?"),
    ("de", "Wohnen: mehr als ein Dach über dem Kopf"),
    ("de", "Wie stoppen wir den Krieg?"),
    ("fr", "Les étudiants et la guerre : quelle perspective ?"),
    ("fr", "Pourquoi la guerre ?"),
    ("es", "La universidad y la guerra: ¿qué hacer?"),
    ("es", "¿Por qué vuelve el fascismo?"),
]


def _page(lang: str, heading: str) -> str:
    venue, street = VENUE[lang]
    return f"Meetings\n\n{CITY[lang]}\n\n{heading}\n{DATE[lang]}\n{venue}\n{street}\n"


@pytest.mark.parametrize(("lang", "title"), TITLES)
def test_a_talks_title_over_the_date_is_no_place(lang: str, title: str) -> None:
    (m,) = parse(_page(lang, title), as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2026-12-01", "19:00")
    assert m.title == title
    assert m.place != title
    assert m.venue == VENUE[lang][0].split(",")[0]


# Look-alikes: a heading that names a place stays the place.
PLACES = [
    ("en", "Houston public meeting"),
    ("en", "Brighton: University of Sussex"),
    ("de", "Leipzig: Universität Leipzig"),
    ("fr", "Lyon : Université Lumière Lyon 2"),
    ("es", "Sevilla: Universidad de Sevilla"),
    ("en", "Sheffield: the Showroom"),
    ("de", "Dortmund: im Taranta Babu"),
    ("fr", "Lyon : au Lavoir Public"),
    ("es", "Madrid: la Tabacalera"),
]


@pytest.mark.parametrize(("lang", "heading"), PLACES)
def test_a_heading_naming_a_place_stays_the_place(lang: str, heading: str) -> None:
    (m,) = parse(_page(lang, heading), as_of=AS_OF).meetings
    values = " | ".join(v for v in (m.place, m.campus, m.city) if v)
    assert max(heading.split(), key=len).casefold() in values.casefold()
    assert m.title != heading
