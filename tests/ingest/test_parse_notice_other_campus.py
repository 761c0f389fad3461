"""A chapter page lists two campuses' meetings on the same evening at the same time; one of
them is postponed. The postponed one is its own meeting, not a notice about the other: a
notice says another meeting is off only when it is on the same campus (or names none)."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# (language, first campus, its date line, second campus, its date line, its status line)
PAIRS = [
    ("en", "York University", "Thursday, December 3, 2026 | 6:00 p.m.", "Concordia University",
     "Thursday, December 3, 2026 | 6:00 p.m.", "POSTPONED – to be rescheduled in the winter term."),
    ("de", "Universität Leipzig", "Donnerstag, 3. Dezember 2026, 18 Uhr", "Universität Halle",
     "Donnerstag, 3. Dezember 2026, 18 Uhr", "VERSCHOBEN – neuer Termin im Januar."),
    ("fr", "Université Lyon 2", "Jeudi 3 décembre 2026, 18h", "Université Jean Moulin Lyon 3",
     "Jeudi 3 décembre 2026, 18h", "REPORTÉ – nouvelle date en janvier."),
    ("es", "Universidad de Sevilla", "Jueves 3 de diciembre de 2026, 18:00 h",
     "Universidad Pablo de Olavide", "Jueves 3 de diciembre de 2026, 18:00 h",
     "APLAZADA – nueva fecha en enero."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "first", "when1", "second", "when2", "status"), PAIRS)
def test_two_campuses_same_evening_one_postponed(
    lang: str, first: str, when1: str, second: str, when2: str, status: str
) -> None:
    page = f"Meetings\n\n{first}\n{when1}\nRoom 101\n\n{second}\n{when2}\n{status}\nRoom 202\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    got = [(m.campus, m.status) for m in meetings]
    assert got == [(first, "scheduled"), (second, "postponed")]


# Look-alike: the notice names no campus of its own, so it is the listed meeting's status.
def test_a_notice_without_a_campus_is_the_listed_meetings_status() -> None:
    page = (
        "Meetings\n\nYork University\nThursday, December 3, 2026 | 6:00 p.m.\nRoom 101\n\n"
        "Note: the meeting on Thursday, December 3 is postponed.\n"
    )
    (m,) = parse(page, as_of=AS_OF, lang="en").meetings
    assert (m.campus, m.status) == ("York University", "postponed")
