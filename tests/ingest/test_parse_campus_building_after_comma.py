"""A campus, then after a comma the building the meeting is in, whose name is capitalised words
before a venue word ("University of Minnesota, Coffman Memorial Union, Room 303", "University of
Iowa, Iowa Memorial Union"): the words after the comma are the building, not the campus's town
(``places.find_campus``), so the campus is the campus and the building the venue. A town after
the comma stays the campus's ("University of Michigan, Ann Arbor"). The campus patterns are
English ones (US universities); other languages' universities are named by the venue reader.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.places import find_campus


@pytest.mark.parametrize(
    ("text", "campus"),
    [
        ("University of Minnesota, Coffman Memorial Union, Room 303", "University of Minnesota"),
        ("University of Iowa, Iowa Memorial Union, Illinois Room", "University of Iowa"),
        ("University of Michigan, Ann Arbor Hall", "University of Michigan"),
        ("University of Texas, Gregory Gym", "University of Texas"),
        ("University of Michigan, Ann Arbor", "University of Michigan, Ann Arbor"),
        ("University of Michigan Ann Arbor", "University of Michigan Ann Arbor"),
    ],
)
def test_the_building_after_the_comma_is_no_town(text: str, campus: str) -> None:
    found = find_campus(text)
    assert found is not None and found.name == campus


def test_an_e_mails_tour_list() -> None:
    page = "\n".join([
        "Subject: Winter tour", "", "Dear friends,", "",
        "* MINNEAPOLIS -- Thursday, January 14, 7 p.m.",
        "  University of Minnesota, Coffman Memorial Union, Room 303",
        "  300 Washington Ave SE, Minneapolis, MN 55455",
        "* IOWA CITY -- Thursday, January 28, 7 p.m.",
        "  University of Iowa, Iowa Memorial Union, Illinois Room (3rd floor)",
        "  125 N. Madison St., Iowa City, IA 52242", "",
    ])  # fmt: skip
    listing = parse(page, as_of=date(2026, 12, 1))
    got = [(m.date, m.start_time, m.campus, m.venue) for m in listing.meetings]
    assert [g[:3] for g in got] == [
        ("2027-01-14", "19:00", "University of Minnesota"),
        ("2027-01-28", "19:00", "University of Iowa"),
    ]
    assert "Coffman Memorial Union" in (got[0][3] or "")
    assert "Iowa Memorial Union" in (got[1][3] or "")
