"""What the second held-out corpus (tests/ingest/corpus/holdout2) found, by pattern, each with
rows written from the pattern rather than copied from a page."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2025, 1, 10)


def _meetings(page: str, **kw):
    return parse(page, as_of=kw.pop("as_of", AS_OF), **kw).meetings


def _where(m) -> str:
    return " ".join(str(v) for v in (m.venue, m.room, m.place, m.address, m.city) if v)


# A room in parentheses after a calendar entry's title ------------------------------------------
# fmt: off
@pytest.mark.parametrize("entry,title,place", [
    ("9.30am\tToddler Group (Main Hall)", "Toddler Group", "Main Hall"),
    ("7.30pm  Parish Council meeting (Garden Room)", "Parish Council meeting", "Garden Room"),
    ("12 noon\tCommunity Lunch (booking essential) (Small Hall)",
     "Community Lunch (booking essential)", "Small Hall"),
    ("7pm\tBell ringing practice (Tower)", "Bell ringing practice", "Tower"),
    ("6pm\tEvensong (St Mary's Church)", "Evensong", "St Mary's Church"),
    ("10:00 Yoga for beginners (Room 3)", "Yoga for beginners", "Room 3"),
    ("14h30 Atelier couture (Salle Vasse)", "Atelier couture", "Salle Vasse"),
    ("7pm\tChess club (Upper Room) – bring a board", "Chess club", "Upper Room"),
])
# fmt: on
def test_a_place_in_parentheses_after_an_entry(entry, title, place):
    page = f"Hall diary\n\nMonday 2nd June\n  {entry}\n  8pm\tChoir (Church)\n"
    m = _meetings(page)[0]
    assert (m.date, m.title) == ("2025-06-02", title)
    assert place in _where(m)


# fmt: off
@pytest.mark.parametrize("entry,title", [
    ("4pm\tLEGO club (ages 6-12)", "LEGO club (ages 6-12)"),
    ("10am\tCoffee morning (booking essential)", "Coffee morning (booking essential)"),
    ("7pm\tTalk (part 2)", "Talk (part 2)"),
])
# fmt: on
def test_parentheses_that_name_no_place_stay_in_the_title(entry, title):
    page = f"Hall diary\n\nMonday 2nd June\n  {entry}\n  8pm\tChoir (Church)\n"
    m = _meetings(page)[0]
    assert m.title == title
    assert title.rpartition("(")[2].strip(")") not in _where(m)


def test_a_hall_diary_page():
    page = (
        "St Anne's Hall\nHALL DIARY – JUNE 2025\n\n"
        "Monday 2nd June\n  9.30am\tToddler Group (Main Hall)\n"
        "  7pm\tSlimming World (Small Hall) – CANCELLED this week\n\n"
        "Tuesday 3rd June\n  10am\tChair-based exercise (Main Hall)\n"
        "  7.45pm\tFriends of St Anne's AGM (Garden Room)\n"
    )
    got = [(m.date, m.start_time, m.venue, m.status) for m in _meetings(page)]
    assert got == [
        ("2025-06-02", "09:30", "Main Hall", "scheduled"),
        ("2025-06-02", "19:00", "Small Hall", "cancelled"),
        ("2025-06-03", "10:00", "Main Hall", "scheduled"),
        ("2025-06-03", "19:45", "Garden Room", "scheduled"),
    ]
