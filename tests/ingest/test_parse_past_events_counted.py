"""An events page's "past events" heading with its count and link after it ("Eventos pasados
(64) Ver todo", holdout10's Asunción Meetup page): the entries under it are past, not meetings;
each is warned about. An "upcoming" heading written the same way heads meetings.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 2)

# fmt: off
HEADINGS = [
    # (lang, upcoming heading, past heading, an entry's date line, a past one's)
    ("es", "Próximos eventos (2) Ver todo", "Eventos pasados (64) Ver todo",
     "SÁB, 12 DIC · 18:00", "JUE, 26 NOV · 19:00"),
    ("es", "Próximos eventos (2)", "Eventos pasados (9) Ver todos",
     "SÁB, 12 DIC · 18:00", "JUE, 26 NOV · 19:00"),
    ("en", "Upcoming events (2) See all", "Past events (87) See all",
     "SAT, DEC 12 · 6:00 PM", "THU, NOV 26 · 7:00 PM"),
    ("en", "Upcoming events (2)", "Past events (12) View all",
     "SAT, DEC 12 · 6:00 PM", "THU, NOV 26 · 7:00 PM"),
    ("fr", "Événements à venir (2) Tout voir", "Événements passés (31) Tout voir",
     "SAM. 12 DÉC. · 18:00", "JEU. 26 NOV. · 19:00"),
    ("fr", "Événements à venir (2)", "Événements passés (5) Voir tout",
     "SAM. 12 DÉC. · 18:00", "JEU. 26 NOV. · 19:00"),
    ("de", "Bevorstehende Events (2) Alle anzeigen", "Vergangene Events (40) Alle anzeigen",
     "SA., 12. DEZ. · 18:00", "DO., 26. NOV. · 19:00"),
]
# fmt: on
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}


@pytest.mark.parametrize("row", HEADINGS, ids=[r[2] for r in HEADINGS])
def test_the_entries_under_a_counted_past_heading_are_no_meetings(row):
    lang, upcoming, past, when, then = row
    page = (
        f"Reading group\n\n{upcoming}\n\n{when}\nBook club\nLido Bar\nAttend\n\n"
        f"{past}\n\n{then}\nBook club\nCasa Central\n\n"
        f"{then.replace('26', '14')}\nGuided walk\nOld town\n"
    )
    listing = parse(page, as_of=AS_OF, lang=LANG[lang])
    assert [m.date for m in listing.meetings] == ["2026-12-12"]
    assert sum(past in w.reason for w in listing.warnings) == 2
