"""A programme's slots that are no sessions: arrival and registration, coffee, a pause, a meal,
the day's close ("Registration, coffee and exhibitor stands", "Kaffeepause", "Pause déjeuner",
"Pausa café", "Close of Forum"). Under a day with three or more slots they are no meetings, each
warned about; a title that only starts with such a word ("Lunch & learn: …", "Coffee morning")
is a session. The rows are variants written from the pattern, in the four languages, not copied
from holdout11's conference programme."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.calendar import break_slot
from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
BREAKS = [
    ("08.30-09.15  Registration, coffee and exhibitor stands     Main Foyer", "en"),
    ("10.30-11.00  Break                                          Main Foyer", "en"),
    ("12.30-13.30  Lunch (Dining Room, ground floor)", "en"),
    ("13.00        Close of Conference - packed lunches available", "en"),
    ("09:00-09:30  Anmeldung und Kaffee                           Foyer", "de"),
    ("12:30-13:30  Mittagspause", "de"),
    ("10h30-10h45  Pause café", "fr"),
    ("12h30  Pause déjeuner (cafétéria)", "fr"),
    ("09:00  Accueil des participant·es", "fr"),
    ("11:00-11:30  Pausa café", "es"),
    ("14:00  Almuerzo – comedor universitario", "es"),
    ("18:00  Fin de la jornada", "es"),
]
SESSIONS = [
    ("12:15-13:00  Lunch & learn: community land trusts", "en"),
    ("10:00  Coffee morning for new members", "en"),
    ("13h30  Pause-lecture : Zola et la grève", "fr"),
    ("15:00  Breakout groups by region", "en"),
]
# fmt: on


def _page(slot: str) -> str:
    return (
        "Saturday 6 March 2027\n\n"
        "09.30-10.30  Opening plenary                 Hall A\n"
        f"{slot}\n"
        "15.00-16.00  Workshop: rent strikes           Room 2\n"
        "16.00-17.00  Closing plenary                  Hall A\n"
    )


@pytest.mark.parametrize("slot,lang", BREAKS)
def test_a_break_in_a_programme_is_no_meeting_and_is_warned_about(slot, lang):
    listing = parse(_page(slot), as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings] == ["09:30", "15:00", "16:00"]
    assert any(w.line == 4 and "break in the programme" in w.reason for w in listing.warnings)


@pytest.mark.parametrize("slot,lang", SESSIONS)
def test_a_session_whose_title_starts_with_a_break_word_stays(slot, lang):
    listing = parse(_page(slot), as_of=AS_OF, lang=lang)
    assert len(listing.meetings) == 4
    assert not break_slot(slot.split("  ", 1)[1])


def test_a_short_day_keeps_a_coffee_slot():
    page = "Saturday 6 March 2027\n\n10:00  Coffee                Community Hall\n"
    assert [m.start_time for m in parse(page, as_of=AS_OF).meetings] == ["10:00"]


PROGRAMME = """\
JOURNÉE D'ÉTUDE « LOGEMENT ET LUTTES »
Samedi 13 mars 2027

09h00-09h30  Accueil et café                            Hall
09h30-11h00  Table ronde : les locataires s'organisent   Amphi A
11h00-11h15  Pause
11h15-12h45  Atelier 1 : les expulsions                  Salle 12
11h15-12h45  Atelier 2 : le logement social              Salle 14
12h45-14h00  Pause déjeuner
14h00-15h30  Conférence : cent ans de grèves des loyers     Amphi A
15h30        Fin de la journée
"""


def test_a_study_day_gives_its_sessions_and_no_breaks():
    listing = parse(PROGRAMME, as_of=AS_OF, lang="fr")
    got = [(m.date, m.start_time, m.venue or m.room) for m in listing.meetings]
    assert got == [
        ("2027-03-13", "09:30", "Amphi A"),
        ("2027-03-13", "11:15", "Salle 12"),
        ("2027-03-13", "11:15", "Salle 14"),
        ("2027-03-13", "14:00", "Amphi A"),
    ]
    warned = {w.line for w in listing.warnings if "break in the programme" in w.reason}
    assert warned == {4, 6, 9, 11}
