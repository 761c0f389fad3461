"""Where to meet, said inside a date line that names no venue otherwise (issue 17 items 5 and 9;
holdout7's French newsletter): "• ANNULÉE — Samedi 19 décembre, 9h30 : visite des Chantiers de
l’Atlantique, rendez-vous devant la gare de Saint-Nazaire. La visite est annulée faute
d’inscrits." The meeting point, up to the end of its sentence, is the place; the status and
the sentences after it stay out of it. A line that names its venue keeps it.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 26)

# fmt: off
ROWS = [
    ("fr", "• ANNULÉE — Samedi 19 décembre, 9h30 : visite des Chantiers de l’Atlantique, "
           "rendez-vous devant la gare de Saint-Nazaire. La visite est annulée faute d’un nombre "
           "suffisant d’inscrits.", "2026-12-19", "09:30", "gare de Saint-Nazaire", "cancelled"),
    ("en", "• Saturday 19 December, 10am: canal walk to the old mills; meet at Hebden Bridge "
           "station. Bring boots and a packed lunch.", "2026-12-19", "10:00",
     "Hebden Bridge station", "scheduled"),
    ("de", "• Samstag, 19. Dezember, 10 Uhr: Stadtrundgang zur Arbeitergeschichte, Treffpunkt am "
           "Hauptbahnhof. Dauer etwa zwei Stunden.", "2026-12-19", "10:00", "Hauptbahnhof",
     "scheduled"),
    ("es", "• Sábado 19 de diciembre, 10 h: recorrido por el barrio obrero, punto de encuentro "
           "frente a la estación Retiro. Llevar agua.", "2026-12-19", "10:00", "estación Retiro",
     "scheduled"),
]
# fmt: on


@pytest.mark.parametrize("lang,line,day,time,place,status", ROWS, ids=[r[0] for r in ROWS])
def test_the_meeting_point_is_the_place(lang, line, day, time, place, status):
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time, m.status) == (day, time, status)
    assert m.venue == place


def test_a_named_venue_stays_the_place():
    line = "• Saturday 19 December, 10am: Trades Hall, 54 Victoria St — meet at the front steps"
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF).meetings
    assert m.venue == "Trades Hall"


def test_outings_through_the_cli(tmp_path):
    path = tmp_path / "sorties.txt"
    path.write_text("Agenda\n\n" + "\n".join(r[1] for r in ROWS[:2]) + "\n", encoding="utf-8")
    got = [
        (m["date"], m["venue"], m["status"])
        for m in cli_meetings(path, "--as-of", "2026-11-26", "--lang", "fr")
    ]
    assert got == [
        ("2026-12-19", "gare de Saint-Nazaire", "cancelled"),
        ("2026-12-19", "Hebden Bridge station", "scheduled"),
    ]
