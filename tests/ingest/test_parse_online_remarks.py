"""A remark that a meeting is held online, ending its date line or a card's title line
("– Reading group (online via Zoom)", "– Lesekreis (online)", "– Branch meeting, online", "– Q&A
on Zoom", "Know Your Rights Workshop (Zoom)"), makes the meeting online and is no part of a
place: what comes before it is the meeting's title, or its place when it names one ("– Central
Library (online via Zoom)"). Before, the bracket lost its closing half and the rest became the
venue ("Reading group (online"); an online meeting also took the venue block of the date line
under it. A bracket after a venue keeps both halves ("Trades Hall (upstairs)", "Trades Hall
(Room 4)"). Found by pasting diaries by hand; the rows are written from the pattern in the four
languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
# (lang, date line, title, venue, room)
ROWS = [
    ("en", "Wed 13 January, 7pm – Reading group (online)", "Reading group", None, None),
    ("en", "Wed 13 January, 7pm – Reading group (online via Zoom)", "Reading group", None, None),
    ("en", "Wednesday, January 13, 7:30 p.m. – Film discussion (held online)", "Film discussion",
     None, None),
    ("en", "Wed 13 January, 7pm – Branch meeting, online", "Branch meeting", None, None),
    ("en", "Wed 13 January, 7pm – Q&A with the authors on Zoom", "Q&A with the authors", None,
     None),
    ("en", "Wed 13 January, 7pm – Study circle (Zoom)", "Study circle", None, None),
    ("en", "13/01/2027 19:00 – Members' meeting (webinar)", "Members' meeting", None, None),
    ("de", "Mi., 13.1., 19 Uhr – Lesekreis (online)", "Lesekreis", None, None),
    ("de", "Mittwoch, 13. Januar, 19 Uhr – Diskussionsabend (online über Zoom)",
     "Diskussionsabend", None, None),
    ("fr", "mercredi 13 janvier à 19h – Cercle de lecture (en ligne)", "Cercle de lecture", None,
     None),
    ("fr", "mercredi 13 janvier, 19 h – Réunion publique, en ligne", "Réunion publique", None,
     None),
    ("es", "miércoles 13 de enero, 19 h – Círculo de lectura (en línea)", "Círculo de lectura",
     None, None),
    ("es", "miércoles 13 de enero, 19:00 – Charla abierta por Zoom", "Charla abierta", None, None),
    # A place before the remark stays the place, without the remark.
    ("en", "Wed 13 January, 7pm – Central Library (online via Zoom)", None, "Central Library",
     None),
    ("en", "Wed 13 January, 7pm – Student Union Room 4, online", None, "Student Union", "Room 4"),
    ("de", "Mi., 13.1., 19 Uhr – Gewerkschaftshaus (auch online)", None, "Gewerkschaftshaus",
     None),
]
# fmt: on


@pytest.mark.parametrize("lang,line,title,venue,room", ROWS)
def test_an_online_remark_is_no_place(lang, line, title, venue, room):
    (m,) = parse(f"Meetings\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.date == "2027-01-13"
    assert m.online
    assert (m.title, m.venue, m.room) == (title, venue, room)
    for field in (m.venue, m.room, m.title):
        assert field is None or field.count("(") == field.count(")")


@pytest.mark.parametrize(
    "line",
    [
        "Wed 13 January, 7pm – Reading group, Friends Meeting House",
        "Wed 13 January, 7pm – Zoom Room, Student Union",  # a room's name, not a remark
        "Wed 13 January, 7pm – Trades Hall (upstairs)",
    ],
)
def test_lines_without_an_online_remark_keep_their_place(line):
    (m,) = parse(f"Meetings\n\n{line}\n", as_of=AS_OF).meetings
    assert m.venue is not None and m.venue.count("(") == m.venue.count(")")
    assert m.title is None


def test_a_diary_page_through_eventmap_parse(tmp_path):
    page = (
        "Upcoming events\n\n"
        "Tue 8 December, 7pm – Book launch\n"
        "Waterstones Deansgate, 91 Deansgate, Manchester M3 2BW\n\n"
        "Wed 13 January, 7pm – Reading group (online via Zoom)\n\n"
        "Sat 23 January, 2–5pm – Day school\n"
        "Friends Meeting House, 6 Mount Street, Manchester M2 5NS\n"
    )
    path = tmp_path / "diary.txt"
    path.write_text(page, encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["start_time"], m["title"], m["venue"], m["online"]) for m in ms] == [
        ("2026-12-08", "19:00", "Book launch", "Waterstones Deansgate", False),
        ("2027-01-13", "19:00", "Reading group", None, True),
        ("2027-01-23", "14:00", "Day school", "Friends Meeting House", False),
    ]


@pytest.mark.parametrize(
    "lang,line,venue,room",
    [
        ("en", "Wed 13 January, 7pm – Trades Hall (Room 4)", "Trades Hall", "Room 4"),
        ("de", "Mi., 13.1., 19 Uhr – Gewerkschaftshaus (Raum 2)", "Gewerkschaftshaus", "Raum 2"),
        (
            "fr",
            "mercredi 13 janvier, 19 h – Bourse du Travail (salle 5)",
            "Bourse du Travail",
            "salle 5",
        ),
    ],
)
def test_a_room_in_brackets_after_the_venue(lang, line, venue, room):
    (m,) = parse(f"Meetings\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.venue, m.room) == (venue, room)


@pytest.mark.parametrize(
    "lang,title_line,when,title",
    [
        (
            "en",
            "Know Your Rights Workshop (Zoom)",
            "January 13 @ 7:00 pm",
            "Know Your Rights Workshop",
        ),
        ("de", "Mieterberatung (online)", "13. Januar, 19 Uhr", "Mieterberatung"),
        ("fr", "Permanence juridique (en ligne)", "13 janvier à 19h", "Permanence juridique"),
        ("es", "Taller de derechos (en línea)", "13 de enero, 19:00 h", "Taller de derechos"),
    ],
)
def test_a_card_title_with_an_online_remark_is_the_title(lang, title_line, when, title):
    page = f"Events\n\n{when}\n{title_line}\nOnline\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.title, m.venue, m.online) == ("2027-01-13", title, None, True)
