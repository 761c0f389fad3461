"""A team's own notes at the foot of a shared page ("Notizen (intern)", "Internal notes",
"Notes internes", "Notas internas"), with their deadlines and reminders, are no meetings: each
dated line under such a heading is warned about. Written from holdout10's Köln Notion export;
the rows are variants."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 2)
ENTRY = {
    "en": "Reading group\nThursday 14 January 2027, 7pm\nCentral Library, Leeds\n",
    "de": "Lesekreis\nDonnerstag, 14. Januar 2027, 19 Uhr\nStadtbibliothek, Köln\n",
    "fr": "Cercle de lecture\njeudi 14 janvier 2027, 19h\nBibliothèque municipale, Lyon\n",
    "es": "Club de lectura\njueves 14 de enero de 2027, 19:00\nBiblioteca Municipal, Oviedo\n",
}


# fmt: off
@pytest.mark.parametrize("lang,heading,note", [
    ("de", "## Notizen (intern)", "- Raumanträge bis 15. Januar 2027 beim AStA stellen!"),
    ("de", "Interne Notizen", "- Letzter Vorlesungstag: 5. Februar 2027"),
    ("de", "Notizen (intern)", "- Flyer-Druck für den 7. Januar 2027 eingeplant"),
    ("en", "## Internal notes", "- Room booking confirmed for 20 January 2027"),
    ("en", "Notes (internal)", "- Last day of term: Friday 26 March 2027"),
    ("en", "INTERNAL", "- Print run ordered for 8 January 2027"),
    ("fr", "Notes internes", "- Réserver la salle avant le 20 janvier 2027"),
    ("fr", "Notes (interne)", "- Fin du semestre : vendredi 29 janvier 2027"),
    ("es", "Notas internas", "- Reservar la sala antes del 20 de enero de 2027"),
    ("es", "Notas (internas)", "- Último día de clase: viernes 29 de enero de 2027"),
])
# fmt: on
def test_dates_in_internal_notes_are_no_meetings(lang, heading, note):
    page = f"{ENTRY[lang]}\n---\n\n{heading}\n\n{note}\n- Plenum every second Monday\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-14", "19:00")]
    assert any("team's own notes" in w.reason for w in listing.warnings)


def test_the_notes_end_at_a_rule_and_the_entries_after_it_stay():
    page = (
        "Internal notes\n- Book the room by 20 January 2027\n\n---\n\n"
        f"{ENTRY['en']}\nOpen meeting\nSaturday 6 February 2027, 2pm\nUnity Hall, Leeds\n"
    )
    listing = parse(page, as_of=AS_OF)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2027-01-14", "19:00"), ("2027-02-06", "14:00")]


def test_an_internship_heading_is_no_notes():
    page = "Internships\n\nInternship fair\nThursday 14 January 2027, 7pm\nCentral Library\n"
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-14", "19:00")]
