"""Markdown's "_emphasis_" inside a line is dropped like "**bold**": "… — _accueil à 9h30, début
des travaux à 10h, salle académique_" reads as text (the place was "salle académique_"). Names
with underscores ("snake_case_name") and links keep theirs."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.text import text_lines, unmark

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("line,start,room", [
    ("- **Jeudi 3 juin 2027** — Journée d'études — _accueil à 9h30, début des travaux à 10h, salle académique_",
     "10:00", "salle académique"),
    ("- **Thursday 3 June 2027** — Study day — _registration from 9.30am, start 10am, Room 4_",
     "10:00", "Room 4"),
    ("- **Donnerstag, 3. Juni 2027** — Studientag — _Anmeldung ab 9.30 Uhr, Beginn 10 Uhr, Raum 4_",
     "10:00", "Raum 4"),
    ("- **Jueves 3 de junio de 2027** — Jornada — _acreditación a las 9.30, inicio a las 10 h, aula 4_",
     "10:00", "aula 4"),
])
# fmt: on
def test_emphasis_around_a_line_s_part_is_no_part_of_its_words(line: str, start: str, room: str) -> None:
    (m,) = parse(f"## Programme\n\n{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2027-06-03", start)
    said = " | ".join(v for v in (m.venue, m.room, m.address) if v)
    assert room in said and "_" not in said


@pytest.mark.parametrize(
    "text,out",
    [
        ("see _this_ now", "see this now"),
        ("a snake_case_name stays", "a snake_case_name stays"),
        ("file_2027_final.pdf", "file_2027_final.pdf"),
        ("https://example.org/_media_/x.pdf and _this_", "https://example.org/_media_/x.pdf and _this_"),
    ],
)
def test_unmark_drops_only_emphasis(text: str, out: str) -> None:
    assert unmark(text) == out


def test_a_link_s_underscores_stay_in_its_line() -> None:
    (line,) = text_lines("Slides: https://example.org/_media_/slides.pdf _new_\n")
    assert line.links == ["https://example.org/_media_/slides.pdf"]
