"""One-line entries whose start time comes last, after the place: "Thu 10 Dec · SOAS, Russell
Square, Room G3 · 6.30pm" (holdout13's Linktree page read every time as part of the room, 0 of
10 right). The family: the parts are set off by "·", "•", "—" or "|", the time is a part of its
own or ends the last part after a comma ("Bourse du Travail, salle 3, 18 h 30"), and a remark
("(online)", "(GMT)", a link) may follow it. The time is the meeting's start; the place is what
precedes it, when that names a place (a lone part worded as a title, "– Winter social and
potluck dinner, 7pm", is the title: tests/ingest/test_parse_time_after_title.py). The rows
are written from the pattern, in the languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 3)

# fmt: off
# (lang, line, date, start time, a word of the place, online)
LINES = [
    ("en", "Thu 10 Dec · Friends House, Euston Road, Room 4 · 6.30pm",
     "2026-12-10", "18:30", "Friends House", False),
    ("en", "Sat 16 Jan · Cardiff · Temple of Peace, Cathays Park · 2pm",
     "2027-01-16", "14:00", "Temple of Peace", False),
    ("en", "Tue 19 Jan · Norwich Arts Centre, St Benedicts St, 7.15pm",
     "2027-01-19", "19:15", "Norwich Arts Centre", False),
    ("en", "Mon 18 Jan • Swansea Grand Theatre, Studio 2 • 19:00",
     "2027-01-18", "19:00", "Swansea Grand Theatre", False),
    ("en", "Wed 13 Jan | Exeter Phoenix, Auditorium | 7pm",
     "2027-01-13", "19:00", "Auditorium", False),  # a row's first cell is its title
    ("en", "Fri 22 Jan · Nationwide · Zoom call · 8pm (GMT)",
     "2027-01-22", "20:00", None, True),
    ("en", "Sat 30 Jan — Friends Meeting House annex, 2pm",
     "2027-01-30", "14:00", "Friends Meeting House", False),  # one part: a venue word, a place
    ("es", "viernes 29 de enero — Ateneo Científico y Literario, 19:30 h",
     "2027-01-29", "19:30", "Ateneo", False),  # one part: a name, no title's words
    ("en", "Thu 4 Feb · Belfast Central Library, Meeting Room 1, 6pm (online)",
     "2027-02-04", "18:00", "Belfast Central Library", True),
    ("en", "Tue 9 Feb · Online event with the Left Book Club (Crowdcast) · 6:00 pm (ET) · "
           "[register](https://example.org/lbc)",
     "2027-02-09", "18:00", None, True),
    ("de", "Do 14. Jan. · Gewerkschaftshaus Bremen, Raum 2 · 19 Uhr",
     "2027-01-14", "19:00", "Gewerkschaftshaus Bremen", False),
    ("de", "Mi 20. Jan.: Bürgerhaus Ehrenfeld, Saal 1, 18.30 Uhr",
     "2027-01-20", "18:30", "Bürgerhaus Ehrenfeld", False),
    ("fr", "jeudi 14 janv. · Bourse du Travail, salle 3, 18 h 30",
     "2027-01-14", "18:30", "Bourse du Travail", False),
    ("fr", "mardi 26 janv. — Maison des Associations, salle B — 20 h",
     "2027-01-26", "20:00", "Maison des Associations", False),
    ("es", "miércoles 13 de enero · Ateneo Popular, sala 2, 19:30 h",
     "2027-01-13", "19:30", "Ateneo Popular", False),
    ("es", "jueves 21 de enero | Casa del Pueblo, aula 4 | 19:00 h",
     "2027-01-21", "19:00", "Casa del Pueblo", False),
]
# fmt: on


def _places(m) -> str:
    return " | ".join(v for v in (m.city, m.venue, m.address, m.campus, m.place, m.room) if v)


@pytest.mark.parametrize(("lang", "line", "day", "start", "place", "online"), LINES)
def test_a_time_after_the_place_is_the_start_and_not_part_of_the_place(
    lang: str, line: str, day: str, start: str, place: str | None, online: bool
) -> None:
    (m,) = parse(line, as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == (day, start)
    assert m.online is online
    if place is not None:
        assert place in _places(m)
    assert not any(w in _places(m) for w in ("pm", "Uhr", start, " h"))  # no time in the place


PAGE = """Northern tour

📅 THU 7 JAN · LEEDS · Book launch · Leeds Central Library, Room 3 · 6.30pm
📅 Sat 9 Jan · York · Friargate Meeting House, Lower Friargate · 11am
📅 Tue 19/01 · Hull · Hull Minster, Chapter House, 19:00
📅 Fri 15 Jan · ONLINE · Zoom Q&A · 8pm (GMT)

✊ Join us
📮 Newsletter sign-up
"""


def test_a_page_of_such_lines_gives_each_entry_its_time_and_place_and_nothing_else() -> None:
    got = [(m.date, m.start_time, m.online, _places(m)) for m in parse(PAGE, as_of=AS_OF).meetings]
    assert [g[:3] for g in got] == [
        ("2027-01-07", "18:30", False),
        ("2027-01-09", "11:00", False),
        ("2027-01-19", "19:00", False),
        ("2027-01-15", "20:00", True),
    ]
    assert "Leeds Central Library" in got[0][3]
    assert "Friargate Meeting House" in got[1][3]
    assert "Hull Minster" in got[2][3]
    assert all(":" not in g[3] and "pm" not in g[3] for g in got)  # no time in a place
