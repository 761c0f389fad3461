"""A table row whose own time is a remark in its title cell (issue 17 items 8 and 10; holdout8's
New England labor council e-mail): "Thu 12/3 | COPE / political committee (6:30 pm) | Holyoke
Public Library, Community Room, 250 Chestnut St, Holyoke" under "ALL MEETINGS BEGIN AT 7 PM
UNLESS NOTED." and "DATE | MEETING | LOCATION". Read as a person reads it: a row is no sentence,
however long (it was dropped as "mentioned in a sentence without a time"); the time in brackets
is the meeting's, the title cell its title and the location cell its place.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}

# fmt: off
ROWS = [
    # (lang, the list's time, header row, row, title, venue, city)
    ("en", "ALL MEETINGS BEGIN AT 7 PM UNLESS NOTED.", "DATE | MEETING | LOCATION",
     "Thu 12/3 | COPE / political committee (6:30 pm) | Holyoke Public Library, Community Room, "
     "250 Chestnut St, Holyoke", "COPE / political committee", "Holyoke Public Library", "Holyoke"),
    ("de", "Alle Treffen beginnen jeweils um 19 Uhr.", "Datum | Veranstaltung | Ort",
     "Do 3.12. | Vorstandssitzung (18:30 Uhr) | Gewerkschaftshaus, Raum 4, Hauptstraße 12, "
     "79098 Freiburg", "Vorstandssitzung", "Gewerkschaftshaus", "Freiburg"),
    ("fr", "Toutes les réunions commencent à 19 h.", "Date | Réunion | Lieu",
     "jeu. 3 déc. | Commission des finances (18 h 30) | Bourse du Travail, salle 2, 42 cours "
     "Jean Jaurès, 38000 Grenoble", "Commission des finances", "Bourse du Travail", "Grenoble"),
    ("es", "Todas las reuniones comienzan a las 19:00.", "Fecha | Reunión | Lugar",
     "jue 3 dic | Comisión de finanzas (18:30 h) | Casa del Pueblo, sala 2, Calle Mayor 12, "
     "50001 Zaragoza", "Comisión de finanzas", "Casa del Pueblo", "Zaragoza"),
]
# fmt: on


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[5]}" for r in ROWS])
def test_a_long_row_with_its_time_in_the_title_cell(row):
    lang, rule, header, line, title, venue, city = row
    page = f"Schedule\n\n{rule}\n\n{header}\n{line}\n"
    (m,) = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert (m.date, m.start_time) == ("2026-12-03", "18:30")
    assert (m.title, m.venue, m.city) == (title, venue, city)


PAGE = """\
From: Council Secretary
Sent: Monday, November 23, 2026 9:14 AM
Subject: Meeting schedule

ALL MEETINGS BEGIN AT 7 PM UNLESS NOTED.

DATE | MEETING | LOCATION
Tue 12/1 | Delegates' meeting | Labor Temple, 640 Page Blvd, Springfield
Thu 12/3 | COPE / political committee (6:30 pm) | Holyoke Public Library, Community Room, 250 Chestnut St, Holyoke
"""


def test_cli_parse_reads_every_row(tmp_path):
    path = tmp_path / "schedule.txt"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path)
    assert [(m["date"], m["start_time"], m["venue"]) for m in meetings] == [
        ("2026-12-01", "19:00", "Labor Temple"),
        ("2026-12-03", "18:30", "Holyoke Public Library"),
    ]
