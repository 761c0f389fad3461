"""A room named by its kind and a letter ("Meeting Room A", "Committee Room B") is the whole
room's name (the library calendar of tests/ingest/corpus/holdout4 read "Room A", the "Meeting"
taken for "meet at"); "Meeting point:" still leads into a place. The rows are variants written
from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.calendar import place_text
from eventmap.ingest.parse import parse
from eventmap.ingest.places import room_first, split_venue_room

AS_OF = date(2026, 2, 1)

ROOMS = ["Meeting Room A", "Committee Room B", "Community Room C", "Seminar Room D",
         "Conference Room E", "Study Room F"]  # fmt: skip


@pytest.mark.parametrize("room", ROOMS)
def test_a_room_of_a_kind_and_a_letter_is_one_room(room):
    assert room_first(room) == (None, room)
    assert place_text(room) == room


@pytest.mark.parametrize("room", ROOMS)
def test_a_calendar_entry_in_such_a_room_keeps_its_whole_name(room):
    page = f"Library events\n\nSaturday, March 7\n10:30 a.m. Knit & Chat, {room}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.start_time == "10:30"
    assert room in (m.room or m.place or "")


# fmt: off
@pytest.mark.parametrize("text,place", [
    ("Meeting point: Town Hall steps", "Town Hall steps"),
    ("meet at the Corn Exchange", "Corn Exchange"),
    ("Meeting at the station", "station"),
])
# fmt: on
def test_meet_and_meeting_point_still_lead_into_a_place(text, place):
    assert place_text(text) == place


# fmt: off
@pytest.mark.parametrize("text,venue,room", [
    ("February talks: Packaging in 2027", "February talks: Packaging in 2027", None),
    ("The class of 1968", "The class of 1968", None),
    ("Math Sciences 5148", "Math Sciences", "5148"),
    ("Moffitt Library Room 101", "Moffitt Library", "Room 101"),
])
# fmt: on
def test_a_year_after_a_small_word_is_no_room_number(text, venue, room):
    assert split_venue_room(text) == (venue, room)


def test_a_card_titled_with_a_year_keeps_the_venue_line_under_it():
    page = (
        "Events\n\nWED, MAR 11, 2026, 6:30 PM GMT\nMarch talks: Packaging in 2026\n"
        "The Federation · Federation Street, Manchester\n12 attendees\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert "The Federation" in " ".join(filter(None, (m.place, m.venue, m.room)))
