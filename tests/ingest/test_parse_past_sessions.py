"""A seminar series' past sessions, kept on its page as an archive: a row marked as past or
linking what the session left ("[séance passée]", "Aufzeichnung ansehen", "([slides](…))",
"Watch the recording", "Ver grabación"), a row labelled as earlier editions ("Previous Forums:",
"Éditions précédentes :", "Frühere Tagungen:"), and the rows under a past-sessions heading that
names its term ("Past seminars (autumn 2026)"). None is a meeting; each is warned about, and
upcoming rows that only mention a recording or slides stay. The rows are variants written from
the pattern in the four languages, not copied from holdout11's pages."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 9, 1)  # before every row: only the marks can say they took place
NEXT = "- Thu 14 Jan 2027, 2pm – Dr B – Quantum things, Room 3"

# fmt: off
PAST_ROWS = [
    ("| 21.10.2026 | Prof. Dr. A (Göttingen) | Was ist Demokratie?, Aufzeichnung ansehen |",
     "Aufzeichnung ansehen"),
    ("- Thu 8 Oct 2026, 2pm – Dr Ana Costa (Lisbon) ([slides](https://example.org/311/))",
     "slides"),
    ("- Tue 13 Oct 2026, 6pm – Housing and the city – Watch the recording", "Watch the recording"),
    ("- jeudi 8 octobre 2026, 14 h – Les grèves de 1906 [séance passée]", "séance passée"),
    ("- jueves 8 de octubre de 2026, 19:00 – Vivienda y ciudad – Ver grabación",
     "Ver grabación"),
    ("- mercredi 14 octobre 2026, 18 h – La Commune – revoir la vidéo", "revoir la vidéo"),
    ("- Mittwoch, 14. Oktober 2026, 18 Uhr – Mietenwahnsinn – Video ansehen", "Video ansehen"),
    ("- martes 13 de octubre de 2026, 19 h – sesión pasada: Trabajo y migración",
     "sesión pasada"),
    ("Previous Forums: 2025 Bradford (report online), 2026 Hull, 12-13 October",
     "Previous Forums"),
    ("Éditions précédentes : Lyon, 14-15 octobre", "Éditions précédentes"),
    ("Frühere Tagungen: Kassel, 12.-13. Oktober", "Frühere Tagungen"),
]
UPCOMING_ROWS = [
    "- Thu 14 Jan 2027, 6pm – Housing and the city – recording will be online afterwards",
    "- Thu 14 Jan 2027, 6pm – Slides from the speaker's past work, Room 2",
    "- Mi 13.01.2027, 18 Uhr – Vortrag (wird aufgezeichnet), Hörsaal 2",
]
PAST_HEADINGS = [
    "## Past seminars (autumn 2026)",
    "Vergangene Vorträge (WS 2025/26)",
    "Séances passées (premier semestre)",
    "Sesiones anteriores (2026)",
]
# fmt: on


@pytest.mark.parametrize("row,mark", PAST_ROWS)
def test_a_row_marked_as_past_is_no_meeting_and_is_warned_about(row, mark):
    listing = parse(f"Seminar\n\n{row}\n\n{NEXT}\n", as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-14", "14:00")]
    assert any(w.line == 3 and mark in w.reason for w in listing.warnings)


@pytest.mark.parametrize("row", UPCOMING_ROWS)
def test_an_upcoming_row_that_mentions_a_recording_or_slides_stays(row):
    (m,) = parse(f"Seminar\n\n{row}\n", as_of=AS_OF).meetings
    assert m.start_time == "18:00"


@pytest.mark.parametrize("heading", PAST_HEADINGS)
def test_a_past_sessions_heading_may_name_its_term(heading):
    page = f"{heading}\n\n- Thu 8 Oct 2026, 2pm – Dr A, Room 3\n- Thu 22 Oct 2026, 2pm – Dr C, Room 3\n"
    listing = parse(page, as_of=AS_OF)
    assert listing.meetings == []
    assert {w.line for w in listing.warnings if heading.lstrip("# ") in w.reason} == {3, 4}


SEMINAR = """\
SÉMINAIRE « VILLES ET LUTTES »

PREMIER SEMESTRE
jeu. 08.10.2026, 14 h – 16 h, MSHS, salle 1.03 — Claire Martin
   Les grèves de 1906 [séance passée]
jeu. 12.11.2026, 14 h – 16 h, MSHS, salle 1.03 — Julien Petit
   Coopératives ouvrières [séance passée]
jeu. 10.12.2026, 14 h – 16 h, MSHS, salle 1.03 — Aurélie Blanc
   Le travail des femmes
jeu. 14.01.2027, 10 h 30 – 12 h 30, Hôtel Fumé, salle des Actes — Mateo Ruiz
   Exils républicains
"""


def test_a_seminar_list_gives_only_its_sessions_still_to_come():
    listing = parse(SEMINAR, as_of=AS_OF, lang="fr")
    got = [(m.date, m.start_time, m.venue) for m in listing.meetings]
    assert got == [("2026-12-10", "14:00", "MSHS"), ("2027-01-14", "10:30", "Hôtel Fumé")]
    assert {w.line for w in listing.warnings if "séance passée" in w.reason} == {4, 6}
