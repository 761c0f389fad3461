"""A detail line of cells under an entry: when the doors open, when it starts, the room and the
fee, split by "·", "|", " / " or commas ("Einlass 19:00 · Beginn 19:30 · Kleine Bühne · VVK 12
€"). The meeting starts at the start, not at the doors, and its place is the cell before the times
or, else, the one right after them; the title over the line stays the title even when it names a
venue's kind ("Lesung: „Das Haus am See“"). From the Kulturzentrum's programme of
tests/ingest/corpus/holdout12; the rows are variants written from the pattern (EN/DE/FR/ES, other
separators and orders, doors before or after the room, a bare hour after the doors)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
ROWS = [
    # (lang, date line, title line, cells line, start, place)
    ("en", "Thu 10 December", "Folk night: the Old Mill House Band",
     "Doors 7pm | Show 7.30pm | Back Room", "19:30", "Back Room"),
    ("en", "Friday 11 December", "Talk: who owns the harbour?",
     "Doors open 6.30, talk starts 7, Upstairs Bar", "19:00", "Upstairs Bar"),
    ("en", "Sat 12 Dec", "Quiz at the Town Hall tavern",
     "Main Hall · 7.30pm · Tickets £8 / £5 concessions", "19:30", "Main Hall"),
    ("en", "Mon 14 Dec", "Zine swap",
     "Room 4 · 6pm–8pm · Free", "18:00", "Room 4"),
    ("de", "Do 10.12.", "Lesung: „Das Haus am See“",
     "Einlass 19 Uhr, Beginn 19.30 Uhr, Saal 2", "19:30", "Saal 2"),
    ("de", "Fr 11.12.", "Liederabend im Gasthaus",
     "Einlass ab 18:30 / Beginn 19:00 / Festsaal", "19:00", "Festsaal"),
    ("de", "Sa 12.12.", "Konzert: Rathausplatz-Ensemble",
     "Werkhalle · Einlass 20 Uhr · Beginn 21 Uhr · AK 10 €", "21:00", "Werkhalle"),
    ("de", "So 13.12.", "Kindertheater",
     "Studiobühne · 15:30 Uhr · Eintritt frei", "15:30", "Studiobühne"),
    ("fr", "jeudi 10 décembre", "Lecture : « La maison du peuple »",
     "Ouverture des portes 19h, début 19h30, salle Gérard-Philipe", "19:30",
     "salle Gérard-Philipe"),
    ("fr", "vendredi 11 décembre", "Bal folk",
     "Le Cabaret Vert · ouverture des portes 20h · début 20h30 · entrée libre", "20:30",
     "Le Cabaret Vert"),
    ("es", "jueves 10 de diciembre", "Concierto: «La casa del río»",
     "Apertura de puertas 19:00 · Inicio 19:30 · Sala Polivalente", "19:30", "Sala Polivalente"),
    ("es", "viernes 11 de diciembre", "Teatro leído",
     "Auditorio Municipal | Apertura de puertas 18:00 | Inicio 18:30 | Entrada libre", "18:30",
     "Auditorio Municipal"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "day", "title", "cells", "start", "place"), ROWS)
def test_cells_give_the_start_and_the_place(
    lang: str, day: str, title: str, cells: str, start: str, place: str
) -> None:
    page = f"Programme\n\n{day}\n{title}\n{cells}\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(meetings) == 1
    m = meetings[0]
    assert m.start_time == start
    assert place in (m.venue, m.room)
    assert title not in (m.venue or "", m.room or "")


# A month's programme: category, title, blurb, then the line of cells; the room before or after
# the times, a fee, a moderator, a sold-out note.
PAGE = """Stadtteilhaus Nord
Programm Dezember

MI 09.12.
LESUNG
Jonas Berg: „Das Haus am Hafen“
Der Autor liest aus seinem Roman über die Werftarbeiter.
Einlass 18:30 · Beginn 19:00 · Bibliothek im 1. Stock · Eintritt 5 €

FR 11.12.
KONZERT
Trio Grenzenlos
Saal · Einlass 19h · Beginn 20h · VVK 15 € / AK 18 €

SA 12.12.
KINO
„Die Halle der Träume“
Kinosaal 2 · 17 Uhr · Moderation: Ada Stein

DI 15.12.
VORTRAG
Wohnen in der Stadt
Einlass ab 19:00 / Beginn 19:30 / Café Ahoi / ausverkauft
"""


def test_programme_page_reads_each_start_and_room() -> None:
    meetings = parse(PAGE, as_of=AS_OF, lang="de").meetings
    got = [(m.date, m.start_time, m.venue or m.room) for m in meetings]
    assert got == [
        ("2026-12-09", "19:00", "Bibliothek im 1. Stock"),
        ("2026-12-11", "20:00", "Saal"),
        ("2026-12-12", "17:00", "Kinosaal 2"),
        ("2026-12-15", "19:30", "Café Ahoi"),
    ]
