"""Edits of the seed page and its meetings, for the diff and store tests."""

from __future__ import annotations

import dataclasses

from eventmap.model import Meeting


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
