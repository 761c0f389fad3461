"""A room's number written with a dot ("Seminar Room 4.01", "Raum 1.12", "Salle 2.03") or a
letter ("Room 2A") is the room, not a clock time, and the room is read whole (the seminar list
of tests/ingest/corpus/holdout5 read "Seminar Room 4" and took ".01 on “…”" for the venue, or
left the room in the title). A dotted number on the quarter after a room word ("Back Room
7.30") stays a time. A talk's quoted topic after the place in a sentence ("… in Room 4.01 on
“…”") is no part of the place. The rows are variants written from the pattern, not copied from
the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.places import room_first
from eventmap.ingest.when import find_times

AS_OF = date(2026, 2, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


ROOMS = ["Seminar Room 4.01", "Room 2.17", "Raum 1.12", "Salle 3.08", "Sala 0.04",
         "Hörsaal 2.11", "Room 2A", "Lab 3.02", "Room B2.14"]  # fmt: skip


@pytest.mark.parametrize("room", ROOMS)
def test_a_rooms_number_is_no_time(room):
    assert find_times(room) is None
    assert find_times(f"Tue 3 March, 1 pm, {room}").start_time == "13:00"


@pytest.mark.parametrize("room", ROOMS[:6])
def test_a_dotted_room_is_read_whole(room):
    assert room_first(f"{room} of the Main Building") == ("Main Building", room)


# fmt: off
@pytest.mark.parametrize("text,start", [
    ("Back Room 7.30", "19:30"),
    ("Function Room 7.45", "19:45"),
    ("Room 4, 7.15", "19:15"),
    ("Raum 12, 18.45 Uhr", "18:45"),
])
# fmt: on
def test_a_time_after_a_room_stays_a_time(text, start):
    assert find_times(text).start_time == start


# fmt: off
@pytest.mark.parametrize("line,room", [
    ("Wed 4 Mar, 13:00–14:00 · Dr Ana Ruiz (UNAM): Wages and migration · Seminar Room 4.01",
     "Seminar Room 4.01"),
    ("Thu 5 Mar, 12:00 · Reading group: Capital, vol. 2 · Room 2.17", "Room 2.17"),
    ("Fri 6 Mar, 1 pm · PhD workshop (three papers) · Lab 3.02", "Lab 3.02"),
])
# fmt: on
def test_a_dotted_room_at_the_end_of_a_dot_line(line, room):
    (m,) = parse(f"Seminars\n\n{line}\n", as_of=AS_OF).meetings
    assert room in _places(m)
    assert room not in (m.title or "")


# fmt: off
@pytest.mark.parametrize("sentence,room", [
    ("Dr Lina Park will speak on Wednesday, 4 March 2026 at 13:00 in Seminar Room 4.01 on "
     "“Land and credit”.", "Seminar Room 4.01"),
    ("Prof. Omar Said gives the lecture on Thursday, 5 March 2026 at 5 pm in Room 2.17 about "
     "\"Debt and the state\".", "Room 2.17"),
    ("Sam Lee will speak on Friday, 6 March 2026 at 4 pm in Lecture Hall 3 on ‘Housing’.",
     "Lecture Hall 3"),
])
# fmt: on
def test_a_quoted_topic_after_the_place_in_a_sentence(sentence, room):
    (m,) = parse(f"Seminars\n\n{sentence}\n", as_of=AS_OF).meetings
    assert room in _places(m)
    assert "“" not in _places(m) and '"' not in _places(m) and "‘" not in _places(m)


def test_a_seminar_list_with_dotted_rooms():
    page = """Department of Economics — Seminar Series 2026

Wed 4 Mar, 13:00–14:00 · Dr Ana Ruiz (UNAM): Wages and migration · Seminar Room 4.01

Wed 11 Mar, 13:00–14:00 · Prof. Tom Hale (Oxford): Firms and credit · Room 2A (note venue)

Wed 18 Mar, 13:00–14:00 · PhD students' session (two papers) · Seminar Room 4.01
"""
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2026-03-04", "13:00"), ("2026-03-11", "13:00"), ("2026-03-18", "13:00"),
    ]  # fmt: skip
    assert "Seminar Room 4.01" in _places(ms[0])
    assert "Room 2A" in _places(ms[1])
    assert "Seminar Room 4.01" in _places(ms[2])
    assert [m.title for m in ms] == [
        "Dr Ana Ruiz (UNAM): Wages and migration",
        "Prof. Tom Hale (Oxford): Firms and credit",
        "PhD students' session (two papers)",
    ]


# A remark in brackets after the room ("Room 2.05 (35 Johnston St)"): the space before it was
# taken into the number's match, and the room read as 14:05 (holdout39's mahjong club).
@pytest.mark.parametrize(
    "text",
    ["this week only at Collingwood Yards, Room 2.05 (35 Johnston St, Collingwood)",
     "Raum 3.07 (Erdgeschoss)", "Salle 1.12 (2e étage)", "Aula 2.04 (planta baja)"],
)  # fmt: skip
def test_a_rooms_number_before_a_bracket_is_no_time(text: str) -> None:
    assert find_times(text) is None
    assert find_times(f"{text}, 7pm").start_time == "19:00"
