"""Nothing that looks like a meeting is lost: long one-line entries, dates in sentences, and a
warning for every dated line that is not read as a meeting, on every page in the tests (a
page's dateline, its publication date, is one of those: its warning says so)."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from eventmap.ingest.html import html_lines, looks_like_html
from eventmap.ingest.parse import parse
from eventmap.ingest.text import text_lines
from eventmap.ingest.when import find_date, find_times

TESTS = Path(__file__).resolve().parents[1]
SEED = TESTS.parent / "data" / "listings" / "upcoming-meetings.txt"
AS_OF = date(2019, 1, 10)
LONG = (
    "an evening of talks, discussion and questions from the floor with invited speakers from "
    "the region, followed by a reception for everyone who attends and a table of books"
)

# fmt: off
# line, campus, city, date, start, venue, room
ENTRIES = [
    # date after character 120 (used to be dropped)
    (f"Example University, Springfield – {LONG}, Tuesday, March 5, 7:00 pm, Student Center Room 4",
     "Example University", "Springfield", "2019-03-05", "19:00", "Student Center", "Room 4"),
    # over 260 characters, description after the venue and address
    (f"Wayne State University, Detroit – Thursday, March 7, 6:30 p.m., Student Center, Room 258, "
     f"5221 Gullen Mall, Detroit, MI 48202 – {LONG}; {LONG}",
     "Wayne State University", "Detroit", "2019-03-07", "18:30", "Student Center", "Room 258"),
    # a sentence: campus before the date, time and room after it
    ("Professor Jane Doe, author of several books on the history of the labour movement, will "
     "speak at Example University on Wednesday, March 13 at 5:15 p.m. in Room 12 of Kane Hall. "
     "Admission is free.",
     "Example University", None, "2019-03-13", "17:15", "Kane Hall", "Room 12"),
    # a sentence with the time before the date
    ("The chapter invites students, workers and everyone who wants to fight war and austerity to "
     "a public meeting at Ohio State University at 7 pm on Friday, March 15 in the Ohio Union.",
     "Ohio State University", None, "2019-03-15", "19:00", "Ohio Union", None),
    # a table row flattened to one long line
    (f"Detroit, MI | Monday, March 18 | 7 p.m. | Student Center, Room 258 | {LONG} | {LONG}",
     None, "Detroit", "2019-03-18", "19:00", "Student Center", "Room 258"),
]
# fmt: on


@pytest.mark.parametrize("line,campus,city,day,start,venue,room", ENTRIES)
def test_one_line_entries_of_any_length_are_meetings(line, campus, city, day, start, venue, room):
    listing = parse(f"Spring meetings\n\n{line}\n", as_of=AS_OF)
    assert len(listing.meetings) == 1
    m = listing.meetings[0]
    assert (m.campus, m.city, m.date, m.start_time, m.venue, m.room) == (
        campus, city, day, start, venue, room,
    )  # fmt: skip
    assert m.campaign == "Spring meetings"


# fmt: off
UNREAD = [
    ("In the spring of 2019, on March 5, the union voted to strike and the campaign spread to "
     "every school in the district, with meetings held almost every day of the following weeks.",
     "without a time"),
    ("Posted on Monday, March 4, 2019", "posted"),
    ("Registration deadline: Friday, March 1", "deadline"),
]
# fmt: on


@pytest.mark.parametrize("line,why", UNREAD)
def test_dated_lines_that_are_not_meetings_are_warned_about(line, why):
    listing = parse(f"Spring meetings\n\n{line}\n", as_of=AS_OF)
    assert listing.meetings == []
    dated = [w for w in listing.warnings if w.line == 3 and "not" in w.reason]
    assert len(dated) == 1 and why in dated[0].reason


BLURB = (
    "The tour takes up the fight against war and the defence of democratic rights, at campuses "
    "across the Midwest and on the West Coast, with meetings open to all students and workers."
)
LONG_PAGE = f"""Spring tour

{BLURB}

{ENTRIES[0][0]}
{ENTRIES[1][0]}
Berkeley, California
Monday, March 11, 7:00 p.m.
Moffitt Library Room 101

{UNREAD[0][0]}

{ENTRIES[2][0]}
"""


def test_a_page_of_long_entries_keeps_every_meeting_in_its_campaign():
    listing = parse(LONG_PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time, m.campaign) for m in listing.meetings]
    assert got == [
        ("2019-03-05", "19:00", "Spring tour"),
        ("2019-03-07", "18:30", "Spring tour"),
        ("2019-03-11", "19:00", "Spring tour"),
        ("2019-03-13", "17:15", listing.campaigns[-1].title),
    ]
    assert [w.line for w in listing.warnings if "without a time" in w.reason] == [11]


def _pages_in_the_tests() -> list[tuple[str, str]]:
    """Every multi-line page written as a module-level string in the test files, and the seed."""
    pages = [("seed", SEED.read_text())]
    for path in sorted(TESTS.rglob("test_*.py")):
        for node in ast.parse(path.read_text()).body:
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Constant | ast.JoinedStr)
                and isinstance(node.targets[0], ast.Name)
            ):
                try:
                    value = ast.literal_eval(node.value)
                except ValueError:
                    continue  # an f-string: built from names, read below when it is this file's
                if isinstance(value, str) and value.count("\n") >= 3:
                    pages.append((f"{path.name}:{node.targets[0].id}", value))
    pages.append(("LONG_PAGE", LONG_PAGE))
    return pages


PAGES = _pages_in_the_tests()


@pytest.mark.parametrize("name,page", PAGES, ids=[n for n, _ in PAGES])
def test_every_dated_line_is_a_meeting_or_a_warning(name, page):
    listing = parse(page, as_of=AS_OF)
    lines = html_lines(page) if looks_like_html(page) else text_lines(page)
    dated = [line.number for line in lines if find_date(line.text)]
    warned = {w.line for w in listing.warnings}
    starts = sorted({m.source_line for m in listing.meetings if m.date})
    headings = _date_headings(lines, listing)
    # Each dated line not warned about is the date of the meeting that starts at or above it, or
    # a calendar's date heading over the meetings it dates; no two such lines share one meeting.
    owner = {}
    for n in dated:
        if n in warned or n in headings:
            continue
        above = [s for s in starts if s <= n]
        assert above and n - above[-1] <= 6, f"line {n} of {name} is neither a meeting nor warned"
        owner.setdefault(above[-1], set()).add(n)
    assert all(len(ns) == 1 for ns in owner.values()), owner
    assert len(dated) <= len(listing.meetings) + len(warned) + len(headings)


def _date_headings(lines, listing) -> set[int]:
    """Lines that are only a date, or open with one and name its day without a time ("24.12.
    Heiligabend"), with meetings of that date starting in the next few lines (a calendar's day
    heading: the meetings under it take its date)."""
    found = set()
    for line in lines:
        dm = find_date(line.text)
        if dm is None:
            continue
        rest = line.text[dm.end :].strip(" ,.:;|–—-")
        if rest and (line.text[: dm.start].strip() or find_times(rest) is not None):
            continue
        below = [m for m in listing.meetings if 0 < m.source_line - line.number <= 6 and m.date]
        if below and int(below[0].date[5:7]) == dm.month and int(below[0].date[8:]) == dm.day:
            found.add(line.number)
    return found
