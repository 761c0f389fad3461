"""A venue line whose second part is a room named after someone ("La Cité Miroir, salle Francisco
Ferrer", "Volkshaus, Saal Europa", "Ateneo, sala Miguel Hernández", "UCLouvain, auditoire SOCR
10 (Socrate)") is the venue and its room, not the event's title, as "Maison du Peuple, salle 2"
is. A title with "room" in a phrase ("Book club, room for everyone") stays a title.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

LINES = [
    ("fr", "Mardi 19 janvier, 18h30", "La Cité Miroir, salle Francisco Ferrer", "La Cité Miroir"),
    ("fr", "Mercredi 9 décembre, 12h45", "UCLouvain, auditoire SOCR 10 (Socrate)", "UCLouvain"),
    ("de", "Dienstag, 19. Januar, 18:30 Uhr", "Volkshaus, Saal Europa", "Volkshaus"),
    ("es", "Martes 19 de enero, 18:30 h", "Ateneo Republicano, sala Miguel Hernández", "Ateneo Republicano"),
    ("en", "Tuesday 19 January, 6.30pm", "The Mechanics Institute, Room Ada Lovelace", "The Mechanics Institute"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "when", "venue", "name"), LINES)
def test_the_venue_and_its_named_room(lang: str, when: str, venue: str, name: str) -> None:
    page = f"LIÈGE\n\n{when}\n{venue}\nPlace Xavier Neujean 22, 4000 Liège\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert name in (m.venue, m.campus)
    assert m.title is None or name not in m.title


def test_a_title_with_room_in_a_phrase_stays_a_title() -> None:
    page = "EVENTS\n\nTuesday 19 January, 6.30pm\nBook club, room for everyone\nThe Sugar Club, Dublin\n"
    (m,) = parse(page, as_of=AS_OF, lang="en").meetings
    assert m.title == "Book club, room for everyone"
