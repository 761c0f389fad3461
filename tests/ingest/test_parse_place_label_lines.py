"""A line under a date line that opens with a place's label ("Ort: Kulturfabrik, …", "Where:
The Crane Bar", "Lieu : Maison du Peuple", "Lugar: Ateneo") names the meeting's place, in a
paragraph of its own too: the words after the date line's time are the event's title, even
when they end with a town's name ("— Offene Mieterversammlung Esch"), and a date line that
parts its date and time with a bar ("Mi., 9.12. | 18:30 Uhr — Stammtisch") takes it as well.
From the Luxembourg tenants' Markdown calendar of tests/ingest/corpus/holdout9; the rows are
variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 19)


# fmt: off
@pytest.mark.parametrize("heading,label,lang,time,venue", [
    ("### Mi., 2.12., 19 Uhr — Offene Mieterversammlung Esch",
     "**Ort:** Kulturfabrik, 116, rue de Luxembourg, L-4221 Esch-sur-Alzette", "de",
     "19:00", "Kulturfabrik"),
    ("### Mi., 2.12. | 19 Uhr — Stammtisch Wohnungsnot Norden",
     "**Ort:** Café Beim Bréck, 5, Grand-Rue, L-9050 Ettelbruck", "de", "19:00", "Café Beim Bréck"),
    ("### 02.12.2026 | 18:30 Uhr — Neujahrsempfang Differdange",
     "Veranstaltungsort: Maison du Peuple, 60, bd J.F. Kennedy, L-4170 Esch-sur-Alzette", "de",
     "18:30", "Maison du Peuple"),
    ("### Wed 2 Dec, 7pm — Open tenants' meeting Salford",
     "**Where:** The Eagle Inn, 19 Collier St, Salford M3 7DW", None, "19:00", "The Eagle Inn"),
    ("## Wednesday 2 December | 7.30pm — Renters' social Leeds",
     "Venue: Chapel FM, Seacroft Gate, Leeds LS14 6JL", None, "19:30", "Chapel FM"),
    ("### mer. 2 décembre, 19 h — Assemblée des locataires Bonnevoie",
     "**Lieu :** Maison du Peuple, 60, bd Kennedy, L-4170 Esch-sur-Alzette", "fr", "19:00",
     "Maison du Peuple"),
    ("### miércoles 2 de diciembre | 19:00 h — Asamblea de inquilinas Lavapiés",
     "**Lugar:** Ateneo La Maliciosa, C/ Peñuelas 12, 28005 Madrid", "es", "19:00",
     "Ateneo La Maliciosa"),
])
# fmt: on
def test_the_labelled_line_is_the_place(heading, label, lang, time, venue):
    page = f"# Kalender\n\n{heading}\n\n{label}  \n\n### Fr., 4.12., 10 Uhr — Workshop\n\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (ms[0].date, ms[0].start_time, ms[0].venue) == ("2026-12-02", time, venue)
    assert ms[1].date == "2026-12-04"  # the labelled line heads no next entry


PAGE = """# Mieterinitiative – Veranstaltungen

## Dezember 2026

### Mi., 2.12., 19 Uhr — Offene Mieterversammlung Esch

**Ort:** Kulturfabrik, 116, rue de Luxembourg, L-4221 Esch-sur-Alzette

### Mi., 9.12. | 18:30 Uhr — Stammtisch Wohnungsnot Norden

**Ort:** Café Beim Bréck, 5, Grand-Rue, L-9050 Ettelbruck
**Abgesagt** – wird im Januar nachgeholt.

### Samstag, 12. Dezember, 14 Uhr — Kundgebung: Wohnen ist ein Grundrecht!

**Ort:** Place d'Armes, Luxembourg-Stadt
"""

WANT = [
    ("2026-12-02", "19:00", "Kulturfabrik", "scheduled"),
    ("2026-12-09", "18:30", "Café Beim Bréck", "cancelled"),
    ("2026-12-12", "14:00", "Place d'Armes", "scheduled"),
]


def test_a_markdown_calendar_of_labelled_places():
    ms = parse(PAGE, as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.venue, m.status) for m in ms] == WANT


def test_a_markdown_calendar_of_labelled_places_through_the_cli(tmp_path):
    page = tmp_path / "kalender.md"
    page.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(page, "--as-of", AS_OF.isoformat())
    rows = cli_place_rows(meetings)
    assert [(d, t) for d, t, _ in rows] == [(d, t) for d, t, _, _ in WANT]
    for (_, _, places), (_, _, venue, _) in zip(rows, WANT, strict=True):
        assert places.startswith(venue)
    assert [m["status"] for m in meetings] == [s for *_, s in WANT]
