"""A table whose header names a room column and a speaker column (the seminar table of
tests/ingest/corpus/holdout4: "Date | Horaire | Salle | Intervenant·e | Titre"): the room column
is the place even when the speaker cell names no person ("Table ronde"). The rows are variants
written from the pattern, in the languages the parser reads, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.calendar import header_roles
from eventmap.ingest.parse import parse

AS_OF = date(2026, 1, 10)

# fmt: off
TABLES = [
    ("Date | Time | Room | Speaker | Title", "17/02/2026 | 2pm–4pm | Lecture Theatre 3 | "
     "Panel discussion | Writing labour history today", None, "Lecture Theatre 3"),
    ("Datum | Uhrzeit | Raum | Referent*in | Thema", "17.02.2026 | 14–16 Uhr | Raum 1.204 | "
     "Podiumsdiskussion | Arbeit und Archiv", "de", "Raum 1.204"),
    ("Date | Horaire | Salle | Intervenant·e | Titre", "17/02/2026 | 14h–16h | Amphi C | "
     "Table ronde | Écrire l'histoire ouvrière", "fr", "Amphi C"),
    ("Fecha | Hora | Aula | Ponente | Título", "17/02/2026 | 16:00 | Aula Magna | Mesa redonda | "
     "Historia del trabajo", "es", "Aula Magna"),
]
# fmt: on


@pytest.mark.parametrize("header,row,lang,place", TABLES)
def test_the_room_column_is_the_place_whatever_the_speaker_cell_says(header, row, lang, place):
    assert header_roles(header) is not None
    html = "<table><tr>{}</tr><tr>{}</tr></table>".format(
        "".join(f"<th>{c.strip()}</th>" for c in header.split("|")),
        "".join(f"<td>{c.strip()}</td>" for c in row.split("|")),
    )
    (m,) = parse(
        f"<html><body><h1>Seminar</h1>{html}</body></html>", as_of=AS_OF, lang=lang
    ).meetings
    assert m.date == "2026-02-17"
    assert place in " ".join(filter(None, (m.place, m.venue, m.room)))


# fmt: off
@pytest.mark.parametrize("entry,place", [
    ("14h30 : Club lecture – Médiathèque Jules-Verne", "Médiathèque Jules-Verne"),
    ("10h : Club d'échecs – Médiathèque François-Mitterrand", "Médiathèque François-Mitterrand"),
    ("15h : Jeux en famille – Ludothèque du Centre", "Ludothèque du Centre"),
])
# fmt: on
def test_a_mediatheque_after_a_clubs_title_is_the_place(entry, place):
    page = f"Agenda\n\nMercredi 4 février\n{entry}\n10h : Permanence – Hôtel de ville\n"
    listing = parse(page, as_of=AS_OF, lang="fr")
    assert place in " ".join(filter(None, (listing.meetings[0].place, listing.meetings[0].venue)))
