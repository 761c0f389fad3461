"""A chapter's city written as a heading in ordinary case (issue 17 item 7; the chapter pages of
tests/ingest/corpus/holdout6): short names alone in their paragraphs ("Buenos Aires", "Frankfurt
am Main"), one of them over two meetings or more, are the cities of the meetings under each, up
to the next, as headings in capitals are; on a page where each heads one meeting they stay
those meetings' places. A bulleted name over a
date ("• Barcelona") is the meeting's place, not its title; a weekday left alone before listed
days ("Viernes 15 y viernes 29 de enero") is no place; "Zoom (link sent to members)" is how,
not where. The rows are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


# fmt: off
@pytest.mark.parametrize("city,first,second,lang", [
    ("Buenos Aires", "Jueves 10 de diciembre, 19 hs.\nFacultad de Filosofía, Aula 108",
     "Sábado 12 de diciembre a las 17 h — Centro Cultural Sur, Sala 2", "es"),
    ("Frankfurt am Main", "Donnerstag, 10. Dezember, 19 Uhr\nStudierendenhaus, Raum 3",
     "Samstag, 12. Dezember, 15 Uhr – Gewerkschaftshaus, Saal 1", "de"),
    ("Lyon", "jeudi 10 décembre à 19 h\nMaison des étudiants, salle 4",
     "samedi 12 décembre à 15 h — Bourse du Travail, salle Croizat", "fr"),
    ("Leeds", "Thursday 10 December, 7pm\nStudent Union, Room 6",
     "Saturday 12 December, 3pm — Central Library, Room 2", None),
])
# fmt: on
def test_a_name_over_several_meetings_is_their_city(city, first, second, lang):
    page = f"Meetings\n\n{city}\n\n{first}\n\n{second}\n\nToulouse\n\n14.12.2026, 18:00\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.city for m in meetings] == [city, city, "Toulouse"]


def test_a_name_over_one_meeting_stays_its_place():
    page = "Meetings\n\nLeeds\n\nThursday 10 December, 7pm\nStudent Union, Room 6\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert "Leeds" in _places(m)


def test_an_online_heading_is_no_city():
    page = (
        "Colloquium\n\nZoom (link sent to members)\n\nThursday 10 December, 4pm\n\n"
        "Friday 11 December, 4pm\n"
    )
    meetings = parse(page, as_of=AS_OF).meetings
    assert len(meetings) == 2
    assert all(m.city is None for m in meetings)


# fmt: off
@pytest.mark.parametrize("heading,date_line,lang", [
    ("• Barcelona", "Jueves 18 de marzo, 19:00 h", "es"),
    ("• Leipzig", "Donnerstag, 18. März, 19 Uhr", "de"),
    ("• Grenoble", "jeudi 18 mars à 19 h", "fr"),
    ("• Glasgow", "Thursday 18 March, 7pm", None),
])
# fmt: on
def test_a_bulleted_name_over_a_date_is_the_place(heading, date_line, lang):
    page = f"Reuniones\n\n{heading}\n{date_line}\nUniversidad, Aula 4\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    name = heading.lstrip("• ")
    assert name in _places(m)
    assert m.title != name


# fmt: off
@pytest.mark.parametrize("line,lang,weekday", [
    ("Viernes 15 y viernes 29 de enero, 18:00 h", "es", "Viernes"),
    ("vendredi 15 et vendredi 29 janvier, 18 h", "fr", "vendredi"),
    ("Friday 15 and Friday 29 January, 6pm", None, "Friday"),
])
# fmt: on
def test_a_weekday_before_listed_days_is_no_place(line, lang, weekday):
    page = f"Reuniones\n\n{line}\nBiblioteca Central, Sala 2\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in meetings] == ["2027-01-15", "2027-01-29"]
    for m in meetings:
        assert weekday not in _places(m)
        assert "Biblioteca Central" in _places(m)


CHAPTERS = """Reuniones abiertas

Buenos Aires

Jueves 10 de diciembre, 19 hs.
Facultad de Filosofía y Letras, Aula 108

Sábado 12 de diciembre a las 17 h — Centro Cultural Sur, Sala Solidaridad

Rosario

Viernes 11 de diciembre, 18:30 hs.
Facultad de Humanidades, Entre Ríos 758

Martes 15 de diciembre, 18:30 hs.
Biblioteca Argentina, Sala 3
"""

CHAPTER_CITIES = [
    ("2026-12-10", "Buenos Aires"),
    ("2026-12-12", "Buenos Aires"),
    ("2026-12-11", "Rosario"),
    ("2026-12-15", "Rosario"),
]


def test_a_page_of_chapters():
    meetings = parse(CHAPTERS, as_of=AS_OF).meetings
    assert [(m.date, m.city) for m in meetings] == CHAPTER_CITIES


def test_a_page_of_chapters_through_the_cli(tmp_path):
    path = tmp_path / "reuniones.txt"
    path.write_text(CHAPTERS, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["city"]) for m in meetings] == CHAPTER_CITIES
