"""Hand-made meetings matching the seed page, for the diff and store tests."""

from __future__ import annotations

import dataclasses

from eventmap.model import Meeting

FASCISM = "The Threat of Fascism and How to Fight it"
MANNING = "Defend Chelsea Manning"


def seed_meetings() -> list[Meeting]:
    m = Meeting
    return [
        m(
            FASCISM,
            place="Berkeley, California",
            campus="UC Berkeley",
            city="Berkeley",
            state="CA",
            country="US",
            venue="Moffitt Library",
            room="Room 101",
            address="350 Moffitt Library, Berkeley CA 94720",
            postal_code="94720",
            date="2019-04-08",
            start_time="19:00",
            source_line=20,
        ),
        m(
            FASCISM,
            place="San Diego, California",
            campus="San Diego State University",
            venue="Student Union",
            room="Templo Mayor",
            address="6075 Aztec Cir. Dr., San Diego, CA 92182",
            date="2019-04-09",
            start_time="19:30",
            source_line=26,
        ),
        m(
            FASCISM,
            place="Detroit, Michigan",
            campus="Wayne State University",
            venue="Student Center",
            room="Room 258",
            address="5221 Gullen Mall, Detroit, MI 48202",
            date="2019-04-11",
            start_time="19:00",
            source_line=32,
        ),
        m(
            FASCISM,
            place="Ann Arbor, Michigan",
            campus="University of Michigan",
            venue="Weiser Hall",
            room="Room 182",
            address="450 Church St., Ann Arbor, MI 48109",
            date="2019-04-15",
            start_time="19:00",
            source_line=38,
        ),
        m(
            FASCISM,
            place="Cambridge, Massachusetts",
            campus="Massachusetts Institute of Technology",
            city="Cambridge",
            state="MA",
            date="2019-04-17",
            time_tba=True,
            status="tba",
            source_line=44,
        ),
        m(
            FASCISM,
            place="New York, New York",
            campus="New York University",
            venue="Global Center",
            room="Lecture Hall 95",
            address="238 Thompson St., New York, New York 10012",
            date="2019-04-18",
            start_time="18:30",
            source_line=50,
        ),
        m(
            MANNING,
            campus="Western Michigan University",
            venue="Bernhard Center",
            room="Room 157",
            date="2019-03-11",
            start_time="19:00",
            source_line=70,
        ),
        m(
            MANNING,
            campus="New York University",
            venue="NYU Kimmel Center",
            room="room 909",
            address="60 Washington Square South, NYC",
            city="New York",
            state="NY",
            date="2019-03-12",
            start_time="18:30",
            source_line=74,
        ),
        m(
            MANNING,
            campus="San Diego State University",
            venue="Aztec Student Union (3rd Floor)",
            room="Presidential Suite",
            date="2019-03-12",
            start_time="18:00",
            source_line=79,
        ),
        m(
            MANNING,
            campus="University of Florida",
            city="Gainesville",
            venue="Reitz Union",
            room="SAI 1208",
            date="2019-03-14",
            start_time="12:00",
            source_line=83,
        ),
        m(
            MANNING,
            kind="rally",
            campus="New York University",
            venue="NYU Kimmel Center staircase",
            address="60 Washington Square South, NYC",
            date="2019-03-14",
            start_time="18:00",
            source_line=87,
        ),
        m(
            MANNING,
            campus="University of Michigan",
            city="Ann Arbor",
            venue="Michigan League",
            room="Room A",
            date="2019-03-14",
            start_time="19:00",
            source_line=92,
        ),
        m(
            MANNING,
            campus="University of California Los Angeles",
            venue="Math Sciences",
            room="5148",
            date="2019-03-15",
            start_time="18:00",
            source_line=96,
        ),
        m(
            MANNING,
            campus="Massachusetts Institute of Technology",
            status="pending",
            source_line=100,
        ),
    ]


def edited(meetings: list[Meeting], index: int, **changes) -> list[Meeting]:
    """A copy of ``meetings`` with one meeting's fields replaced (and later lines shifted)."""
    out = [dataclasses.replace(m) for m in meetings]
    out[index] = dataclasses.replace(out[index], **changes)
    for m in out[index + 1 :]:
        m.source_line += 1
    return out


SAN_DIEGO_OLD = "San Diego State University Student Union, Templo Mayor\n6075 Aztec Cir. Dr., San Diego, CA 92182"
SAN_DIEGO_NEW = (
    "San Diego State University Love Library, Room 430\n5500 Campanile Dr., San Diego, CA 92182"
)
DETROIT_END = "5221 Gullen Mall, Detroit, MI 48202\nFacebook Event Page\n"
CHICAGO = (
    "\nChicago, Illinois\nSaturday, April 13, 6:00 p.m.\nUniversity of Chicago Ida Noyes Hall Room 103\n"
    "1212 E. 59th St., Chicago, IL 60637\nFacebook Event Page\n"
)


def edited_seed(seed_text: str, *, move_venue: bool = True, add_meeting: bool = True) -> str:
    """The seed page edited as an organizer would: San Diego's venue moved, Chicago added."""
    text = seed_text
    if move_venue:
        assert SAN_DIEGO_OLD in text
        text = text.replace(SAN_DIEGO_OLD, SAN_DIEGO_NEW)
    if add_meeting:
        assert DETROIT_END in text
        text = text.replace(DETROIT_END, DETROIT_END + CHICAGO)
    return text
