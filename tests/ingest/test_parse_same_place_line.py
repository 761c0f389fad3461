"""An entry whose place line under its date says "same place" ("📍 gleicher Ort", "Where: same
place", "Lieu : même lieu", "Lugar: el mismo lugar"; issue 17, holdout13's Hamburg Telegram
channel): it is held where the meeting above it is, with a warning that says so, as when the
date line itself says it. The words are no venue; a line under them (the talk's topic) is no
room. A place line that names a place of its own after the words keeps it.

The rows are variants written from the pattern (cities, languages, labels), not copied from
the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# fmt: off
ROWS = [
    ("de", "Do, 10.12. – 18:30 Uhr\n📍 Uni Leipzig, Hörsaal 5\n\n"
     "Do, 17.12. – 18:30 Uhr\n📍 gleicher Ort\nThema: Krieg und Aufrüstung",
     ("Uni Leipzig", "Hörsaal 5")),
    ("de", "Dienstag, 8. Dezember, 19 Uhr\nOrt: Café Lotte, Raum 2\n\n"
     "Dienstag, 15. Dezember, 19 Uhr\nOrt: selber Ort\n",
     ("Café Lotte", "Raum 2")),
    ("de", "Mi, 9.12., 18 Uhr\n📍 Kulturladen Nord, Saal\n\nMi, 16.12., 18 Uhr\n📍 Gleicher Ort!\n",
     ("Kulturladen Nord", "Saal")),
    ("en", "Thursday, December 10, 7 pm\nWhere: Friends Meeting House, Room 3\n\n"
     "Thursday, December 17, 7 pm\nWhere: same place\n",
     ("Friends Meeting House", "Room 3")),
    ("en", "Tue 8 December, 6pm\n📍 The Crown Inn, upstairs room\n\n"
     "Tue 15 December, 6pm\n📍 Same venue\nTopic: the housing crisis",
     ("The Crown Inn", None)),
    ("fr", "Jeudi 10 décembre, 18 h 30\nLieu : Bourse du Travail, salle 4\n\n"
     "Jeudi 17 décembre, 18 h 30\nLieu : même lieu\n",
     ("Bourse du Travail", "salle 4")),
    ("es", "Jueves 10 de diciembre, 19 h\nLugar: Casa del Pueblo, sala 2\n\n"
     "Jueves 17 de diciembre, 19 h\nLugar: mismo lugar\n",
     ("Casa del Pueblo", "sala 2")),
    ("es", "Jueves 10 de diciembre, 19 h\n📍 Casa del Pueblo, sala 2\n\n"
     "Jueves 17 de diciembre, 19 h\n📍 el mismo lugar\nTema: la guerra",
     ("Casa del Pueblo", "sala 2")),
]
# fmt: on


@pytest.mark.parametrize("lang,body,where", ROWS)
def test_a_same_place_line_takes_the_place_of_the_meeting_above(lang, body, where):
    got = parse(f"Termine\n\n{body}", as_of=AS_OF, lang=lang)
    first, second = got.meetings
    assert (second.venue, second.room) == (first.venue, first.room)
    assert first.venue == where[0]
    assert any("read with the time and place of the meeting at line 3" in w.reason
               for w in got.warnings)  # fmt: skip


def test_a_same_place_line_with_a_room_of_its_own_keeps_it():
    page = """Termine

Do, 10.12. – 18:30 Uhr
📍 Uni Leipzig, Hörsaal 5

Do, 17.12. – 18:30 Uhr
📍 gleicher Ort, aber Raum 2.14
"""
    first, second = parse(page, as_of=AS_OF, lang="de").meetings
    assert first.room == "Hörsaal 5"
    assert second.room != "Hörsaal 5"


def test_a_channels_page_reads_each_meeting_and_nothing_else():
    page = """SGP Bremen, [20.11.2026 18:05]
📢 Unsere nächsten Treffen im Dezember:

🗓 Do, 10.12. – 18:30 Uhr
📍 Uni Bremen, GW2, Raum B2880
Bibliothekstraße 1, 28359 Bremen
Thema: Wer profitiert von der Aufrüstung?

🗓 Do, 17.12. – 18:30 Uhr
📍 gleicher Ort
Thema: 1917 und heute

Kommt vorbei!
👁 512
"""
    got = parse(page, as_of=AS_OF, lang="de").meetings
    assert [(m.date, m.start_time, m.venue, m.room) for m in got] == [
        ("2026-12-10", "18:30", "Uni Bremen", "GW2, Raum B2880"),
        ("2026-12-17", "18:30", "Uni Bremen", "GW2, Raum B2880"),
    ]
