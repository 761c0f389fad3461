"""A talk's quoted title under its date line (issue 17 item 7; the science-café page of
tests/ingest/corpus/holdout6): a detail line that opens with a quotation («…», “…”, "…", „…“)
is the talk's title, never its venue, even with a remark after it ("«…»: cancelled, …"). A line
right under such a title that gives a name and an affiliation in brackets ("Dr. Ana Ruiz
(Faculty of Chemistry)") is the speaker when another line follows for the venue. A quoted name
that goes on as a place ("“The Crown” pub, 4 Mill Lane") stays a place. The rows are variants
written from the pattern (other words and languages), not copied from the corpus.
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
@pytest.mark.parametrize("date_line,title_line,title,venue_line,lang,venue", [
    ("Tuesday 12 January 2027, 6.30pm", "“Why the river floods”", "Why the river floods",
     "Riverside Library, Reading Room", None, "Riverside Library"),
    ("Dienstag, 12. Januar 2027, 18.30 Uhr", "„Was das Grundwasser verrät“",
     "Was das Grundwasser verrät", "Stadtbibliothek Freiburg, Vortragssaal", "de",
     "Stadtbibliothek Freiburg"),
    ("mardi 12 janvier 2027 à 18 h 30", "« Le ciel de janvier »", "Le ciel de janvier",
     "Maison de quartier Vaise, grande salle", "fr", "Maison de quartier Vaise"),
    ("martes 12 de enero de 2027, 18:30 hrs.", "«Microbios en la cocina»", "Microbios en la cocina",
     "Biblioteca Central, Sala 3", "es", "Biblioteca Central"),
    ("Tuesday 12 January 2027, 6.30pm", '"Mapping the night sky": bring binoculars',
     "Mapping the night sky", "Observatory Hill Pavilion", None, "Observatory Hill Pavilion"),
])
# fmt: on
def test_a_quoted_line_is_the_title_not_the_venue(
    date_line, title_line, title, venue_line, lang, venue
):
    page = f"Talks\n\n{date_line}\n{title_line}\n{venue_line}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.title == title
    assert venue in _places(m)
    assert title not in _places(m)


# fmt: off
@pytest.mark.parametrize("date_line,speaker_line,speaker,venue_line,lang,venue", [
    ("Tuesday 12 January 2027, 6.30pm", "Dr. Ana Ruiz (Faculty of Chemistry)", "Dr. Ana Ruiz",
     "Riverside Library, Reading Room", None, "Riverside Library"),
    ("Dienstag, 12. Januar 2027, 18.30 Uhr", "Prof. Jens Weber (Universität Basel)",
     "Prof. Jens Weber", "Stadtbibliothek Freiburg, Vortragssaal", "de", "Stadtbibliothek"),
    ("mardi 12 janvier 2027 à 18 h 30", "Claire Moreau (Observatoire de Lyon)", "Claire Moreau",
     "Maison de quartier Vaise, grande salle", "fr", "Maison de quartier Vaise"),
    ("martes 12 de enero de 2027, 18:30 hrs.", "Ing. Luis Peña (Instituto de Ingeniería)",
     "Ing. Luis Peña", "Biblioteca Central, Sala 3", "es", "Biblioteca Central"),
])
# fmt: on
def test_a_name_with_an_affiliation_under_the_title_is_the_speaker(
    date_line, speaker_line, speaker, venue_line, lang, venue
):
    page = f"Talks\n\n{date_line}\n«Tides and moons»\n{speaker_line}\n{venue_line}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.speaker == speaker
    assert venue in _places(m)
    assert speaker not in _places(m)


def test_a_venue_in_brackets_under_the_title_stays_the_venue():
    """Without a line after it, the bracketed line is the venue ("Casa de la Cultura (Centro)")."""
    page = "Charlas\n\nmartes 12 de enero de 2027, 18:30\n«Mareas»\nCasa de la Cultura (Centro)\n"
    (m,) = parse(page, as_of=AS_OF, lang="es").meetings
    assert "Casa de la Cultura" in _places(m)
    assert m.speaker is None


def test_a_quoted_name_that_goes_on_is_a_place():
    page = "Quiz nights\n\nTuesday 12 January 2027, 8pm\n“The Crown” pub, 4 Mill Lane, Ely\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert "Crown" in _places(m)


CAFE = """Café científico – próximas sesiones

► Martes 12 de enero de 2027, 18:30 hrs.
«Microplásticos en el agua que bebemos»
Dra. Itzel Ramírez (Facultad de Química)
Casa del Lago, Salón de Cristal

► Miércoles 3 de febrero de 2027, 19 h
«Inteligencia artificial y empleo»: se cancela por motivos de salud del ponente
Biblioteca Vasconcelos, Eje 1 Norte s/n, Col. Buenavista

► Miércoles 10 de marzo de 2027, 19 h
«Eclipses: cómo se predicen»
Planetario Luis Enrique Erro, Av. Wilfrido Massieu s/n, Zacatenco
"""

CAFE_TALKS = [
    ("2027-01-12", "Microplásticos en el agua que bebemos", "Casa del Lago"),
    ("2027-02-03", "Inteligencia artificial y empleo", "Biblioteca Vasconcelos"),
    ("2027-03-10", "Eclipses: cómo se predicen", "Planetario Luis Enrique Erro"),
]


def _check(talks: list[tuple[str, str, str]]) -> None:
    assert len(talks) == len(CAFE_TALKS)
    for (d, title, places), (want_d, want_title, venue) in zip(talks, CAFE_TALKS, strict=True):
        assert (d, title) == (want_d, want_title)
        assert venue in places
        assert "«" not in places


def test_a_page_of_quoted_talks():
    listing = parse(CAFE, as_of=AS_OF)
    _check([(m.date, m.title, _places(m)) for m in listing.meetings])


def test_a_page_of_quoted_talks_through_the_cli(tmp_path):
    path = tmp_path / "cafe.txt"
    path.write_text(CAFE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    _check(
        [
            (m["date"], m["title"], " | ".join(str(m[f]) for f in PLACE_FIELDS if m.get(f)))
            for m in meetings
        ]
    )
