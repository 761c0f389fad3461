"""An events app's date badge stacks its date's parts on short lines of their own ("FRI" / "11" /
"DEC", "Sa." / "12." / "Dez", "MAR" / "19", "11" / "DEC" / "2026"), over the event's title and
its time and place lines: the parts are one date (``parse.lines.join_date_badges``). A time
between the title and the venue ("🕒 18:30 - 20:00", "Time: 6:30pm – 8pm") is the event's, not
a calendar entry of its own.

Month and weekday names come from CLDR (babel) through ``when.month_names``/``weekday_names``.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


def _card(badge: list[str], title: str, time: str, place: str) -> str:
    return "\n".join(["Events", "", *badge, title, time, place, "#Community", "Free", ""])


@pytest.mark.parametrize(
    ("lang", "badge", "title", "time", "place", "day", "start", "venue"),
    [
        ("en", ["SAT", "6", "MAR"], "Tenants' assembly", "🕒 18:30 - 20:00",
         "📍 Quaker Meeting House, 7 Mount St", "2027-03-06", "18:30", "Quaker Meeting House"),
        ("en", ["MAR", "6"], "Tenants' assembly", "Time: 6:30pm – 8pm",
         "Where: Quaker Meeting House", "2027-03-06", "18:30", "Quaker Meeting House"),
        ("en", ["6", "MAR", "2027"], "Tenants' assembly", "6:30 PM", "Quaker Meeting House",
         "2027-03-06", "18:30", "Quaker Meeting House"),
        ("en", ["Sat", "6th", "March"], "Tenants' assembly", "⏰ 6.30pm",
         "📍 Quaker Meeting House", "2027-03-06", "18:30", "Quaker Meeting House"),
        ("en", ["APR", "14", "WED"], "Tenants' assembly", "🕒 6:30pm - 8:00pm",
         "📍 Quaker Meeting House", "2027-04-14", "18:30", "Quaker Meeting House"),
        ("en", ["Thursday", "January", "14"], "Tenants' assembly", "🕒 19:00",
         "📍 Quaker Meeting House", "2027-01-14", "19:00", "Quaker Meeting House"),
        ("de", ["Sa.", "6.", "März"], "Mieterversammlung", "🕒 18:30 Uhr",
         "📍 Stadtteilzentrum Nord", "2027-03-06", "18:30", "Stadtteilzentrum Nord"),
        ("de", ["MÄR", "6"], "Mieterversammlung", "Zeit: 18:30 - 20:00 Uhr",
         "Ort: Stadtteilzentrum Nord", "2027-03-06", "18:30", "Stadtteilzentrum Nord"),
        ("de", ["Fr", "12", "Feb", "2027"], "Mieterversammlung", "🕒 19 Uhr",
         "📍 Stadtteilzentrum Nord", "2027-02-12", "19:00", "Stadtteilzentrum Nord"),
        ("fr", ["SAM.", "6", "MARS"], "Assemblée des locataires", "🕒 18 h 30",
         "📍 Maison des associations", "2027-03-06", "18:30", "Maison des associations"),
        ("fr", ["6", "mars", "2027"], "Assemblée des locataires", "Heure : 18h30",
         "Lieu : Maison des associations", "2027-03-06", "18:30", "Maison des associations"),
        ("es", ["SÁB", "6", "MAR"], "Asamblea de inquilinos", "🕒 18:30 - 20:00",
         "📍 Centro Cívico Sur", "2027-03-06", "18:30", "Centro Cívico Sur"),
        # "MAR" is martes or March: the weekday leads the badge, the month closes it
        ("es", ["MAR", "9", "MAR"], "Asamblea de inquilinos", "Hora: 18:30",
         "Lugar: Centro Cívico Sur", "2027-03-09", "18:30", "Centro Cívico Sur"),
        ("es", ["vie", "12", "dic"], "Asamblea de inquilinos", "🕒 18:30",
         "📍 Centro Cívico Sur", "2026-12-12", "18:30", "Centro Cívico Sur"),
    ],
)  # fmt: skip
def test_a_stacked_date_badge_is_the_date_of_the_card_under_it(
    lang: str, badge: list[str], title: str, time: str, place: str, day: str, start: str,
    venue: str,
) -> None:  # fmt: skip
    result = parse(_card(badge, title, time, place), as_of=AS_OF, lang=lang)
    got = [(m.date, m.start_time, m.venue, m.title) for m in result.meetings]
    assert got == [(day, start, venue, title)]
    assert result.meetings[0].source_line == 3  # the badge's first line


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a calendar widget's grid: a month over several day numbers is no badge
        ("en", "March 2027\nMAR\n1\n2\n3\n\nSat 6 March, 2pm\nFair\nTown Hall\n",
         [("2027-03-06", "14:00")]),
        # a count beside a word, and a month heading a blank line above a number
        ("de", "Samstag, 6. März, 14 Uhr\nTreffen im Rathaus\n\nAntworten\n2\n\nMärz\n\n11\n",
         [("2027-03-06", "14:00")]),
        # a number out of a month's range
        ("en", "MAR\n45\nattendees\n\nSat 6 March, 2pm\nFair\nTown Hall\n",
         [("2027-03-06", "14:00")]),
        # a month and a year, no day: a month heading
        ("fr", "MARS\n2027\n\nsamedi 6 mars à 14 h\nFête\nMairie\n", [("2027-03-06", "14:00")]),
        # the card repeats the badge's day in full under its title: one meeting, from that line
        ("en", "Jan\n13\nPublic meeting\nWednesday, January 13, 2027\n6:30 PM 8:30 PM\n"
         "Central Library, 1 Main St\n", [("2027-01-13", "18:30")]),
        # a range after a title on its own line stays a calendar entry's ("Book talk — 5 p.m.")
        ("en", "Saturday, March 6\nBook talk — 5 p.m. — Main Library\nQuiz — 7 p.m. — Room 4\n",
         [("2027-03-06", "17:00"), ("2027-03-06", "19:00")]),
    ],
)  # fmt: skip
def test_near_misses_are_no_badge(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    result = parse(text, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in result.meetings] == expected


_APP_PAGE = """9:41
‹ Societies

Hill Walkers
Student-led group · 204 members

About   Events   Posts

Upcoming (4)

SAT
9
JAN
Winter Skills Day
🕒 09:00 - 17:00
📍 Outdoor Centre, Mill Lane
#Trip
£12 · Tickets

WED
20
JAN
Route Planning Workshop
🕒 18:30 - 20:00
📍 Room G.14, Sports Hall
#Workshop
Free · Members only

TUE
2
FEB
CANCELLED
Pub Quiz
🕒 19:30 - 22:00
📍 The Red Lion
#Social
Free

THU
18
FEB
Committee Q&A
Time: 6pm – 7pm
📍 Online · Zoom
#Meeting

Announcements

📢 Kit swap sign-up closes Fri 15 Jan at 12:00.
2 replies
"""


def test_an_app_page_of_stacked_badges_reads_every_card() -> None:
    result = parse(_APP_PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time, m.end_time, m.status) for m in result.meetings]
    assert got == [
        ("2027-01-09", "09:00", "17:00", "scheduled"),
        ("2027-01-20", "18:30", "20:00", "scheduled"),
        ("2027-02-02", "19:30", "22:00", "cancelled"),
        ("2027-02-18", "18:00", "19:00", "scheduled"),
    ]
    venues = [m.venue for m in result.meetings[:3]]
    assert venues == ["Outdoor Centre", "Sports Hall", "The Red Lion"]
    assert result.meetings[1].room == "Room G.14"
    assert result.meetings[-1].online
    assert [m.source_line for m in result.meetings] == [11, 20, 29, 39]
    # the sign-up deadline is warned about, not a meeting
    assert any("Fri 15 Jan" in w.reason for w in result.warnings)


_GERMAN_PAGE = """Veranstaltungen

Sa.
12.
Dez
Adventsbasar
🕒 14:00 - 18:00
📍 Gemeindehaus St. Paul, Kirchweg 3

Mi.
13.
Jan
Lesekreis
🕒 19:30
📍 Stadtbibliothek, Raum 2

Do.
4.
Feb
Mitgliederversammlung
Zeit: 19:00 – 21:00 Uhr
Ort: Bürgerhaus Mitte
"""


def test_a_german_page_of_stacked_badges_reads_every_card() -> None:
    result = parse(_GERMAN_PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue, m.title) for m in result.meetings]
    assert got == [
        ("2026-12-12", "14:00", "Gemeindehaus St. Paul", "Adventsbasar"),
        ("2027-01-13", "19:30", "Stadtbibliothek", "Lesekreis"),
        ("2027-02-04", "19:00", "Bürgerhaus Mitte", "Mitgliederversammlung"),
    ]
