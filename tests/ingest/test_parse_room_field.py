"""A card's room field ("Room: Wallace 106", "Raum: S 14", "Salle : B-201", "Sala: Aula 3") is
the meeting's room, all of it: not a building "Wallace" and a room "106", and never with its
label in the venue ("Room: Faraday Lecture Theatre" is the venue "Faraday Lecture Theatre").
Issue 17; the Swansea programme exported from Notion in tests/ingest/corpus/holdout10. The rows
are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


def _card(title: str, date_line: str, room: str) -> str:
    return f"# Programme\n\n### {title}\n\n{date_line}\n{room}\nSpeakers: Dr Nia Roberts\n"


# fmt: off
@pytest.mark.parametrize("lang,date_line,room,venue,want_room", [
    ("en", "Date: March 20, 2027 2:00 PM → 3:30 PM", "Room: Wallace 106", None, "Wallace 106"),
    ("en", "Date: March 20, 2027 2:00 PM → 3:30 PM", "Room: Keir Hardie 2.04", None, "Keir Hardie 2.04"),
    ("en", "Date: March 20, 2027 2:00 PM → 3:30 PM", "Room: Faraday Lecture Theatre",
     "Faraday Lecture Theatre", None),
    ("en", "Date: March 20, 2027 2:00 PM → 3:30 PM", "Rooms: B12", None, "B12"),
    ("de", "Datum: 20. März 2027 14:00 → 15:30", "Raum: S 14", None, "S 14"),
    ("de", "Datum: 20. März 2027 14:00 → 15:30", "Raum: Hörsaal XVIII", "Hörsaal XVIII", None),
    ("fr", "Date : 20 mars 2027 14:00 → 15:30", "Salle : B-201", None, "B-201"),
    ("es", "Fecha: 20 de marzo de 2027 14:00 → 15:30", "Sala: Aula 3", None, "Aula 3"),
    ("es", "Fecha: 20 de marzo de 2027 14:00 → 15:30", "Sala: Auditorio Sur", "Auditorio Sur", None),
])
# fmt: on
def test_a_room_field_is_the_room_all_of_it(lang, date_line, room, venue, want_room):
    (m,) = parse(_card("Workshop: using the archive", date_line, room), as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2027-03-20", "14:00")
    assert m.venue == venue
    assert m.room == want_room
    assert "Room:" not in (m.venue or "") and ":" not in (m.room or "")


NOTION = """# Radical History Weekend — Programme

Venue: Taliesin Arts Centre, Swansea University Singleton Campus, Swansea SA2 8PP

## Saturday 20 March

### Using the coalfield collection

Date: March 20, 2027 2:00 PM → 3:30 PM
Room: Wallace 106
Speakers: Archivist team

### Chartism in Newport

Date: March 20, 2027 2:00 PM → 3:30 PM
Room: Faraday Lecture Theatre
Speakers: Dr Gareth Hughes
"""


def test_a_programme_with_room_fields():
    ms = parse(NOTION, as_of=AS_OF).meetings
    got = [(m.date, m.start_time, m.venue, m.room) for m in ms]
    assert got == [
        ("2027-03-20", "14:00", None, "Wallace 106"),
        ("2027-03-20", "14:00", "Faraday Lecture Theatre", None),
    ]
