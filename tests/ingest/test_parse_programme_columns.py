"""A diary's table whose header names a programme or activity column and a venue column ("Date
| Day | Time | Programme | Venue", "Datum | Uhrzeit | Programm | Veranstaltungsort", "Fecha |
Hora | Actividad | Sede"): each row's programme cell is its title and its venue cell its place
(issue 17 item 8; holdout8's Bengaluru science diary). Read as a person reads it: a title with
numbers ("Telescope making for school students (Classes 8–10)") or words like "in Kannada" is
never the place; the header row is no row's place.

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
    # (lang, header row, row, date, time, title, venue)
    ("en", "Date | Day | Time | Programme | Venue",
     "19/12/2026 | Sat | 10.30 am | Telescope making for school students (Classes 8–10) | "
     "Jawaharlal Nehru Planetarium, Sri T. Chowdaiah Road",
     "2026-12-19", "10:30", "Telescope making for school students (Classes 8–10)",
     "Jawaharlal Nehru Planetarium"),
    ("en", "Date | Time | Activity | Location",
     "12/12/2026 | 2 pm | Science writing in Kannada and English | Alliance Française, "
     "Thimmaiah Road", "2026-12-12", "14:00", "Science writing in Kannada and English",
     "Alliance Française"),
    ("de", "Datum | Uhrzeit | Programm | Veranstaltungsort",
     "12.12.2026 | 15 Uhr | Basteln für Kinder (6–10 Jahre) | Stadtteilzentrum Nord, "
     "Hauptstraße 5", "2026-12-12", "15:00", "Basteln für Kinder (6–10 Jahre)",
     "Stadtteilzentrum Nord"),
    ("fr", "Date | Heure | Activité | Lieu",
     "12/12/2026 | 15 h | Atelier pour les 8–12 ans | Médiathèque Jean Macé, 2 rue Jean Macé",
     "2026-12-12", "15:00", "Atelier pour les 8–12 ans", "Médiathèque Jean Macé"),
    ("es", "Fecha | Hora | Actividad | Sede",
     "12/12/2026 | 17:00 | Taller en Oaxaca para niños (8–10 años) | Casa de la Cultura, "
     "Calle Hidalgo 4", "2026-12-12", "17:00", "Taller en Oaxaca para niños (8–10 años)",
     "Casa de la Cultura"),
]
# fmt: on


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[6]}" for r in ROWS])
def test_the_programme_cell_is_the_title_and_the_venue_cell_the_place(row):
    lang, header, line, day, time, title, venue = row
    (m,) = parse(f"Diary\n\n{header}\n{line}\n", as_of=AS_OF, lang=LANG[lang]).meetings
    assert (m.date, m.start_time, m.title, m.venue) == (day, time, title, venue)
    assert header.split(" | ")[-1] not in str(m.place)


PAGE = """\
<html><body><h1>Programme of events, December 2026 – January 2027</h1>
<table>
<thead><tr><th>Date</th><th>Day</th><th>Time</th><th>Programme</th><th>Venue</th></tr></thead>
<tbody>
<tr><td>19/12/2026</td><td>Sat</td><td>4 pm</td><td>Build your own rain gauge (ages 10–14)</td><td>Science Centre, 4 Park Road</td></tr>
<tr><td>09/01/2027</td><td>Sat</td><td>5:00 pm</td><td>Panel: Science writing in Tamil and English</td><td>Town Hall, Main Street</td></tr>
</tbody></table></body></html>
"""


def test_cli_parse_reads_the_columns(tmp_path):
    path = tmp_path / "diary.html"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-11-20")
    assert [(m["date"], m["start_time"], m["title"], m["venue"]) for m in meetings] == [
        ("2026-12-19", "16:00", "Build your own rain gauge (ages 10–14)", "Science Centre"),
        ("2027-01-09", "17:00", "Panel: Science writing in Tamil and English", "Town Hall"),
    ]
