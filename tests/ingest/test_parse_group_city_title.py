"""A chapter's event card titled by the group's short name and its town before the title
("IYSSE Monterrey: La amenaza …", "SEP Leeds – Public meeting", "SGP Leipzig: Vortrag",
"IYSSE Grenoble : Réunion") is held in that town: the town is the meeting's city and place,
over the campus or hall its venue lines name ("UANL, Facultad de Filosofía y Letras"). A title
without a town after the short name ("IYSSE en línea: …", "SEP Public Meeting: …") names no
city. From the Mexican chapter's events plugin of tests/ingest/corpus/holdout11; the rows are
variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


def _card(title: str, when: str, venue: str) -> str:
    badge = "ENE 16" if when.startswith("Sábado") else "ENE 14"  # the card's date badge
    return f"Próximas reuniones\n\n{badge}\n\n{title}\n\n{when}\n\n{venue}\n"


# fmt: off
@pytest.mark.parametrize("title,when,venue,lang,want", [
    ("IYSSE Monterrey: La guerra y la universidad", "Jueves 14 de enero · 19:00 hrs",
     "UANL, Facultad de Filosofía y Letras, Aula Magna", "es", ("2027-01-14", "19:00", "Monterrey")),
    ("IYSSE Ciudad de México: Contra la guerra", "Jueves 14 de enero · 16:30 hrs",
     "UAM Xochimilco, Edificio A, Sala 3", "es", ("2027-01-14", "16:30", "Ciudad de México")),
    ("CANCELADO IYSSE Morelia: Contra la guerra", "Jueves 14 de enero · 18:00 hrs",
     "UMSNH, Facultad de Derecho, Auditorio", "es", ("2027-01-14", "18:00", "Morelia")),
    ("SEP Leeds – Public meeting on the cuts", "Thursday 14 January · 7:00 PM",
     "Leeds Beckett University, Rose Bowl, Room 101", "en", ("2027-01-14", "19:00", "Leeds")),
    ("IYSSE Ann Arbor: Socialism and the fight against war", "Thursday, January 14 · 7 PM",
     "University of Michigan, Mason Hall, Room 2449", "en", ("2027-01-14", "19:00", "Ann Arbor")),
    ("SGP Leipzig: Vortrag und Diskussion", "Donnerstag, 14. Januar · 19 Uhr",
     "Universität Leipzig, Hörsaalgebäude, HS 9", "de", ("2027-01-14", "19:00", "Leipzig")),
    ("IYSSE Grenoble : Réunion publique", "jeudi 14 janvier · 18 h 30",
     "Université Grenoble Alpes, amphi 4", "fr", ("2027-01-14", "18:30", "Grenoble")),
])
# fmt: on
def test_the_town_in_the_title_is_the_city(title, when, venue, lang, want):
    ms = parse(_card(title, when, venue), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.city) for m in ms] == [want]
    assert want[2] not in (ms[0].title or "")


# fmt: off
@pytest.mark.parametrize("title,when,venue,lang", [
    ("IYSSE en línea: Contra la guerra", "Sábado 16 de enero · 11:00 a.m.",
     "Evento virtual por Zoom", "es"),
    ("SEP Public Meeting: Oppose the cuts", "Thursday 14 January · 7:00 PM",
     "Trades Club, Room 2", "en"),
    ("DJ Training: Running the board", "Thursday 14 January · 7:00 PM",
     "KZQX Studios, 2nd floor", "en"),
    ("Book club: The Heritage We Defend", "Thursday 14 January · 7:00 PM",
     "Main Library, Study Room B", "en"),
])
# fmt: on
def test_a_title_without_a_town_names_no_city(title, when, venue, lang):
    ms = parse(_card(title, when, venue), as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 1
    assert ms[0].city is None


PAGE = """IYSSE Norte

Próximas reuniones

ENE 12

IYSSE Monterrey: La guerra y la universidad

Martes 12 de enero · 19:00 hrs

UANL, Facultad de Filosofía y Letras, Aula Magna
Ciudad Universitaria, San Nicolás de los Garza, N.L.

ENE 14

IYSSE Saltillo: La guerra y la universidad

Jueves 14 de enero · 18:00 hrs

UAdeC, Facultad de Jurisprudencia, Auditorio

ENE 16

IYSSE en línea: La guerra y la universidad

Sábado 16 de enero · 11:00 a.m.

Evento virtual por Zoom
"""


def test_a_chapter_s_cards_read_each_town():
    ms = parse(PAGE, as_of=AS_OF, lang="es").meetings
    assert [(m.date, m.start_time, m.city) for m in ms] == [
        ("2027-01-12", "19:00", "Monterrey"),
        ("2027-01-14", "18:00", "Saltillo"),
        ("2027-01-16", "11:00", None),
    ]
    assert ms[2].online
