"""A programme exported from a scheduling tool gives each slot's time on a line of its own, then
its sessions, each a paragraph with its title, speaker, room and range. A slot with parallel
sessions has one paragraph per room under the one time: each is a meeting with its own room
(``parse.lines.repeat_parallel_slots``)."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)

_PAGE = """{title}
{day}

{first}
    {talk}
    Ana Ruiz
    Kepler Hall
    {first_range}

{slot}
    {a}
    Ben Ode
    {room_a}
    {slot_range}

    {b}
    Cleo Tan
    {room_b}
    {b_range}

{last}
    {close}
    Kepler Hall
    {last_range}
"""


@pytest.mark.parametrize(
    ("lang", "day", "times", "rooms", "parallel"),
    [
        ("en", "Thursday, March 18, 2027",
         ("09:30 GMT", "09:30 - 10:15", "10:45 GMT", "10:45 - 11:30", "10:45 - 11:30",
          "13:30 GMT", "13:30 - 14:15"), ("Derwent Room", "Wear Room"), True),
        ("en", "Thursday, March 18, 2027",
         ("9:30 AM", "9:30 AM - 10:15 AM", "10:45 AM", "10:45 AM - 11:30 AM",
          "10:45 AM - 12:15 PM", "1:30 PM", "1:30 PM - 2:15 PM"), ("Room 1", "Room 2"), True),
        ("de", "Donnerstag, 18. März 2027",
         ("09:30 Uhr", "09:30 – 10:15 Uhr", "10:45 Uhr", "10:45 – 11:30 Uhr", "10:45 – 11:30 Uhr",
          "13:30 Uhr", "13:30 – 14:15 Uhr"), ("Großer Saal", "Kleiner Saal"), True),
        ("fr", "jeudi 18 mars 2027",
         ("09h30", "09h30 - 10h15", "10h45", "10h45 - 11h30", "10h45 - 11h30", "13h30",
          "13h30 - 14h15"), ("Salle Rhône", "Salle Saône"), True),
        ("es", "jueves 18 de marzo de 2027",
         ("09:30 h", "09:30 - 10:15 h", "10:45 h", "10:45 - 11:30 h", "10:45 - 11:30 h",
          "13:30 h", "13:30 - 14:15 h"), ("Sala Ebro", "Sala Duero"), True),
        # the second paragraph gives another time: a session of its own slot, not a parallel one
        ("en", "Thursday, March 18, 2027",
         ("09:30 GMT", "09:30 - 10:15", "10:45 GMT", "10:45 - 11:30", "11:30 - 12:15",
          "13:30 GMT", "13:30 - 14:15"), ("Derwent Room", "Wear Room"), False),
        # no range under the first session: the slot is not laid out as sessions with ranges
        ("en", "Thursday, March 18, 2027",
         ("09:30 GMT", "09:30 - 10:15", "10:45 GMT", "", "10:45 - 11:30", "13:30 GMT",
          "13:30 - 14:15"), ("Derwent Room", "Wear Room"), False),
    ],
)  # fmt: skip
def test_each_parallel_session_of_a_slot_is_a_meeting_in_its_room(
    lang: str, day: str, times: tuple[str, ...], rooms: tuple[str, str], parallel: bool
) -> None:
    first, first_range, slot, slot_range, b_range, last, last_range = times
    text = _PAGE.format(
        title="Civic Data Day", day=day, first=first, talk="Keynote: Open Councils",
        first_range=first_range, slot=slot, a="Designing Forms", room_a=rooms[0],
        slot_range=slot_range, b="Open Data for Towns", room_b=rooms[1], b_range=b_range,
        last=last, close="Closing Plenary", last_range=last_range,
    ).replace("\n    \n", "\n")  # fmt: skip
    result = parse(text, as_of=AS_OF, lang=lang)
    at_slot = [m for m in result.meetings if m.start_time == "10:45"]
    assert len(result.meetings) == (4 if parallel else 3)
    places = {(m.venue or "") + (m.room or "") for m in at_slot}
    assert any(rooms[0] in p for p in places)
    assert any(rooms[1] in p for p in places) is parallel
    if parallel:
        assert [m.title for m in at_slot] == ["Designing Forms", "Open Data for Towns"]
        assert len({m.date for m in result.meetings}) == 1


_TWO_DAYS = """CivicFest 2027 · Schedule
All times in Europe/London

Friday, April 9

10:00 BST
    Housing Data Clinic
    Mo Farah-Lee
    Room A
    10:00 - 11:00

    Budget Games
    Jo Pike
    Room B
    10:00 - 11:00

    Open Mic for Councillors
    Various
    Room C
    10:00 - 10:45

11:15 BST
    Break
    11:15 - 11:30

Saturday, April 10

10:00 BST
    Mapping Street Repairs
    Ola Nowak
    Room A
    10:00 - 12:00

    FOI Clinic
    Sam Reyes
    Room B
    10:00 - 11:00
"""


def test_a_programme_of_two_days_reads_every_parallel_session() -> None:
    result = parse(_TWO_DAYS, as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue or m.room) for m in result.meetings]
    assert got == [
        ("2027-04-09", "10:00", "Room A"),
        ("2027-04-09", "10:00", "Room B"),
        ("2027-04-09", "10:00", "Room C"),
        ("2027-04-10", "10:00", "Room A"),
        ("2027-04-10", "10:00", "Room B"),
    ]
    assert [m.source_line for m in result.meetings] == [6, 12, 17, 28, 34]
