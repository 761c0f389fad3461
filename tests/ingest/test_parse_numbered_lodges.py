"""A lodge, post or local numbered within its order or union ("VFW Post 3517", "American Legion
Post 41", "Eagles Aerie 2111", "Elks Lodge No. 1234", "UAW Local 600", "SNTE Sección 22",
"Freimaurerloge Nr. 7") is one venue's name: the number is no room and no house number. Before,
"VFW Post 3517" was read as venue "VFW Post" in room "3517", like "Math Sciences 5148". A street
after the name keeps its house number ("Eagles Aerie 2111, 2111 Harrisburg Pike"). Found in
holdout13's union-local notices; the rows are written from the pattern (orders, unions, the
number's marks "No.", "#", "Nr.", "N.º") in the languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
# (lang, the entry under a heading, venue, room, address)
ROWS = [
    ("en", "Thursday, January 14, 7:00 p.m.\nAmerican Legion Post 41\n125 Main St, Lakewood, OH "
     "44107", "American Legion Post 41", None, "125 Main St, Lakewood, OH 44107"),
    ("en", "Thu 14 January, 7pm – VFW Post 8870", "VFW Post 8870", None, None),
    ("en", "Thursday, January 14 -- 7 PM\n  Elks Lodge No. 1234\n  400 Oak Ave, Reno, NV 89501",
     "Elks Lodge No. 1234", None, "400 Oak Ave, Reno, NV 89501"),
    ("en", "Thursday, January 14, 7 p.m.\nMoose Lodge 1001", "Moose Lodge 1001", None, None),
    ("en", "Jan 14, 2027, 7 PM: UAW Local 600, 10550 Dix Ave, Dearborn, MI 48120",
     "UAW Local 600", None, "10550 Dix Ave, Dearborn, MI 48120"),
    ("en", "The local meets at 7 p.m. on Thursday, January 14 at Fraternal Order of Eagles "
     "Aerie 2111, 2111 Harrisburg Pike.", "Fraternal Order of Eagles Aerie 2111", None, None),
    ("en", "Thursday, January 14, 7 p.m.\nKnights of Columbus Council 5990",
     "Knights of Columbus Council 5990", None, None),
    ("en", "Thursday 14 January, 19:00\nRoyal Canadian Legion Branch 57",
     "Royal Canadian Legion Branch 57", None, None),
    ("en", "Thursday, January 14, 7 p.m.\nIBEW Local 98 Hall\n1719 Spring Garden St, Philadelphia, "
     "PA 19130", "IBEW Local 98 Hall", None, "1719 Spring Garden St, Philadelphia, PA 19130"),
    ("es", "jueves 14 de enero, 18:00 h\nSNTE Sección 22", "SNTE Sección 22", None, None),
    ("es", "jueves 14 de enero, 19 h – Logia N.º 12", "Logia N.º 12", None, None),
    ("de", "Donnerstag, 14. Januar, 19 Uhr\nFreimaurerloge Nr. 7", "Freimaurerloge Nr. 7", None,
     None),
    # A building's name and a room number still split; a room word keeps its number.
    ("en", "Thursday, January 14, 7 p.m.\nMath Sciences 5148", "Math Sciences", "5148", None),
    ("en", "Thursday, January 14, 7 p.m.\nStudent Union Room 204", "Student Union", "Room 204",
     None),
]
# fmt: on


@pytest.mark.parametrize("lang,entry,venue,room,address", ROWS)
def test_a_numbered_lodge_is_one_venue(lang, entry, venue, room, address):
    (m,) = parse(f"Meetings\n\n{entry}\n", as_of=AS_OF, lang=lang).meetings
    assert m.date == "2027-01-14"
    assert (m.venue, m.room) == (venue, room)
    if address is not None:
        assert m.address == address


def test_a_union_notice_page_through_eventmap_parse(tmp_path):
    page = (
        "IRONWORKERS LOCAL 290 — MEETING NOTICES\n\n"
        "DISTRICT MEETINGS\n\n"
        "East District -- Tuesday, Jan. 12 -- 7 PM\n"
        "  American Legion Post 184\n"
        "  2250 Main St, Springfield, OH 45503\n\n"
        "West District -- Tuesday, Feb. 9 -- 6:30 PM\n"
        "  Elks Lodge #1142\n"
        "  410 W. High St, Piqua, OH 45356\n\n"
        "RETIREES\n"
        "Retirees meet for lunch at noon on Wednesday, March 3 at Eagles Aerie 397, "
        "397 Stanley Ave. Spouses welcome.\n"
    )
    path = tmp_path / "notices.txt"
    path.write_text(page, encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["start_time"], m["venue"], m["room"]) for m in ms] == [
        ("2027-01-12", "19:00", "American Legion Post 184", None),
        ("2027-02-09", "18:30", "Elks Lodge #1142", None),
        ("2027-03-03", "12:00", "Eagles Aerie 397", None),
    ]
