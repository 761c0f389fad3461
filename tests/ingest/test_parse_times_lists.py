"""A date line that lists several events, each with its own time, split at semicolons
("Christmas Eve, Thursday 24 December: 4pm Crib Service; 11.30pm Midnight Mass (St Mary's
Church)"): one meeting per event, each with its title and time; a place written once at the
end is every event's that names none (the parish diary of tests/ingest/corpus/holdout5 lost
the 11.30pm one). The rows are variants written from the pattern, not copied from the
corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 2, 1)


# fmt: off
@pytest.mark.parametrize("line,lang,want", [
    ("Easter Eve, Saturday 4 April: 8pm Easter Vigil; 11pm Night Prayer (All Saints' Church)", None,
     [("20:00", "Easter Vigil", "All Saints' Church"), ("23:00", "Night Prayer", "All Saints' Church")]),
    ("Saturday 7 March: 10am Jumble sale (Church Hall); 7.30pm Quiz night (The Red Lion)", None,
     [("10:00", "Jumble sale", "Church Hall"), ("19:30", "Quiz night", "The Red Lion")]),
    ("Sunday 8 March: 9.30am Family service; 11am Choral Eucharist; 6pm Evensong (Cathedral)", None,
     [("09:30", "Family service", "Cathedral"), ("11:00", "Choral Eucharist", "Cathedral"),
      ("18:00", "Evensong", "Cathedral")]),
    ("Samstag, 7. März: 15 Uhr Kinderkino; 19 Uhr Lesung (Stadtbibliothek)", "de",
     [("15:00", "Kinderkino", "Stadtbibliothek"), ("19:00", "Lesung", "Stadtbibliothek")]),
    ("samedi 7 mars : 14h Atelier ; 18h30 Concert (Salle des fêtes)", "fr",
     [("14:00", "Atelier", "Salle des fêtes"), ("18:30", "Concert", "Salle des fêtes")]),
])
# fmt: on
def test_one_meeting_per_timed_event(line, lang, want):
    ms = parse(f"Diary\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    got = [(m.start_time, m.title, m.venue or m.place or m.room) for m in ms]
    assert got == want
    assert len({m.date for m in ms}) == 1


# fmt: off
@pytest.mark.parametrize("line", [
    "Saturday 7 March, 7.30pm: Quiz night; bring your own drinks and snacks",
    "Saturday 7 March: 10am–4pm Book sale; all proceeds to the roof fund",
])
# fmt: on
def test_a_remark_after_a_semicolon_is_no_second_event(line):
    ms = parse(f"Diary\n\n{line}\n", as_of=AS_OF).meetings
    assert len(ms) == 1


def test_a_diary_with_a_times_list():
    page = """Parish diary

Sun 15/03   10.30am  Parish Eucharist – St Mary's Church
Wed 18/03   19:30    PCC meeting – Church Hall

EASTER

Easter Eve, Saturday 4 April: 8pm Easter Vigil; 11.30pm Midnight Mass (St Mary's Church)
Easter Day, Sunday 5 April: 10am Family Eucharist (St Mary's Church)
"""
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2026-03-15", "10:30"), ("2026-03-18", "19:30"), ("2026-04-04", "20:00"),
        ("2026-04-04", "23:30"), ("2026-04-05", "10:00"),
    ]  # fmt: skip
    assert all("St Mary's Church" in (m.venue or "") for m in ms[2:4])
