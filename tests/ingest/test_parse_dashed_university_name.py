"""A university whose own name holds a dash ("Université Toulouse – Jean Jaurès", "Université
Toulouse III – Paul Sabatier", "University of Colorado – Boulder", "Universidad Nacional de
Colombia – Sede Medellín") on a chapter page's venue line, before the building and room: the
campus is the whole name, not its first half with the second half read as the venue. A dash
before a building or a room ("University of Leeds – Room 4", "Université Lumière Lyon 2 –
Maison de l'Orient") still ends the campus's name. (holdout25's IYSSE Toulouse page, after its
blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (town line, date line, venue line, street line, campus)
PAGES = [
    ("Boulder, Colorado", "Thursday, January 14, 6:30 pm",
     "University of Colorado – Boulder, University Memorial Center, Room 235",
     "1669 Euclid Ave, Boulder, CO 80309", "University of Colorado – Boulder"),
    ("Toulouse, Haute-Garonne", "jeudi 14 janvier, 18 h 30",
     "Université Toulouse – Jean Jaurès, Maison de la recherche, amphi F417",
     "5 allées Antonio Machado, 31058 Toulouse", "Université Toulouse – Jean Jaurès"),
    ("Toulouse, Haute-Garonne", "mardi 19 janvier, 12 h 30",
     "Université Toulouse III – Paul Sabatier, bâtiment U3, salle 105",
     "118 route de Narbonne, 31062 Toulouse", "Université Toulouse III – Paul Sabatier"),
    ("Medellín, Antioquia", "jueves 14 de enero, 16:30 h",
     "Universidad Nacional de Colombia – Sede Medellín, bloque 46, aula 210",
     "Carrera 65 # 59A-110, Medellín", "Universidad Nacional de Colombia – Sede Medellín"),
]  # fmt: skip


def _page(town: str, when: str, venue: str, street: str) -> str:
    return "\n".join(["Upcoming Meetings", "", town, when, venue, street, ""])


@pytest.mark.parametrize("row", PAGES, ids=["en", "fr", "fr-iii", "es"])
def test_the_campus_is_the_whole_dashed_name(row: tuple) -> None:
    (m,) = parse(_page(*row[:4]), as_of=AS_OF).meetings
    assert m.campus == row[4]
    assert m.venue != row[4].split(" – ")[1]


LOOK_ALIKES = [
    ("University of Leeds – Room 4, Parkinson Building", "University of Leeds"),
    ("Université Lumière Lyon 2 – Maison de l'Orient, salle 3", "Université Lumière Lyon 2"),
]


@pytest.mark.parametrize(("venue", "campus"), LOOK_ALIKES, ids=["room", "building"])
def test_a_dash_before_a_building_ends_the_campus(venue: str, campus: str) -> None:
    (m,) = parse(
        _page("Leeds", "Thursday 14 January, 7pm", venue, "Woodhouse Lane, Leeds LS2 9JT"),
        as_of=AS_OF,
    ).meetings
    assert m.campus == campus
