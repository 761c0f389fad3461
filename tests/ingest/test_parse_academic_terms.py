"""When a term of the academic calendar opens, runs or ends ("The new academic year opens on
Monday 8 February", "Orientation week runs 8–12 February", "Die Orientierungswoche läuft vom 8.
bis 12. Februar", "La rentrée universitaire commence le lundi 8 février", "El año académico
empieza el lunes 8 de febrero") is no meeting, warned about, as a holiday's start is, also inside
a chapter's blurb. A meeting for the new year keeps its date. From the South African chapter's
page of tests/ingest/corpus/holdout8; the rows are variants written from the pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)
PAGE = (
    "Public meetings\n\n"
    "02.12.2026, 18:30 – Students' Union, Room 2, Main Campus\n\n"
    "About us\n\n"
    "{line}\n"
)  # a dotted date: read in every language

# fmt: off
ROWS = [
    ("en", "The new academic year opens on Monday 8 February 2027."),
    ("en", "Orientation week runs 8–12 February 2027 at most campuses. Come to a meeting near you."),
    ("en", "O-Week starts Monday, February 8, 2027."),
    ("de", "Die Orientierungswoche läuft vom 8. bis 12. Februar 2027."),
    ("de", "Die Vorlesungszeit beginnt am Montag, 8. Februar 2027."),
    ("fr", "La rentrée universitaire commence le lundi 8 février 2027."),
    ("fr", "La semaine d'intégration se déroule du 8 au 12 février 2027."),
    ("es", "El año académico empieza el lunes 8 de febrero de 2027."),
    ("es", "La semana de bienvenida comienza el 8 de febrero de 2027."),
]
# fmt: on


@pytest.mark.parametrize("lang,line", ROWS)
def test_a_term_start_is_no_meeting(lang, line):
    listing = parse(PAGE.format(line=line), as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-02"]
    (w,) = [w for w in listing.warnings if w.line == 7]
    assert "a term starts or ends" in w.reason


# fmt: off
@pytest.mark.parametrize("lang,line,when", [
    ("en", "New academic year meeting: Monday 8 February 2027, 6pm, Students' Union Room 2",
     ("2027-02-08", "18:00")),
    ("es", "Asamblea de inicio del año académico: lunes 8 de febrero de 2027, 18 h, Aula Magna",
     ("2027-02-08", "18:00")),
])
# fmt: on
def test_a_meeting_for_the_new_year_stays(lang, line, when):
    listing = parse(PAGE.format(line=line), as_of=AS_OF, lang=lang)
    assert when in [(m.date, m.start_time) for m in listing.meetings]


BLURB = """\
              STUDENTS FOR SOCIAL EQUALITY
                      Public meetings · February 2027

   The new academic year opens in crisis. Thousands of students are still
   waiting for their bursaries, and rents near the campuses keep rising.
   Orientation week runs 8–12 February at most campuses. Come to a meeting
   near you.

     Sat 13 February 2027 | 10h00
     Community Hall, 12 Mooki Street, Orlando East
"""


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "chapter.txt"
    path.write_text(BLURB, encoding="utf-8")
    listing = cli_listing(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["start_time"]) for m in listing["meetings"]] == [("2027-02-13", "10:00")]
