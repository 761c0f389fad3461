"""Calendar layouts (issue 17, item 8): a date heading over entries with their own time, title and
place; flattened tables (HTML and text: pipes, tabs, runs of spaces) with the date cell only on
a day's first row; a time stated once for a whole list; a date heading over entries is never a
meeting, nor is a table of contents of dates."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from eventmap.ingest.calendar import is_header_row, list_time, split_entry, timed_entry
from eventmap.ingest.parse import parse

AS_OF = date(2019, 2, 1)
STORY = ("2019-03-09", "10:00", None, "Storytime", "Central Library", None)
BOOK = ("2019-03-09", "14:00", None, "Book talk", "Eastside Branch", None)
FILM = ("2019-03-09", "21:00", None, "Film night", "Trades Hall", None)
PUBLIC = ("2019-03-09", "19:00", None, "Public meeting", "Trades Hall", None)

# fmt: off
# name, lang, page body (under a "Spring diary" heading unless HTML) -> (date, start, end, title,
# venue, room) per meeting, in page order
HEADINGS = [
    ("12-hour with a colon", None,
     "Saturday, March 9\n10 a.m.: Storytime, Central Library, 343 Main St.\n"
     "2 p.m. Book talk with Jane Doe, Eastside Branch\n",
     [STORY, ("2019-03-09", "14:00", None, "Book talk with Jane Doe", "Eastside Branch", None)]),
    ("time ranges", None,
     "Saturday, March 9\n7:30–9 pm  Panel: The housing crisis, Room 4, Union Hall\n"
     "10:00–11:30 Workshop, Room 4\n",
     [("2019-03-09", "19:30", "21:00", "Panel: The housing crisis", "Union Hall", "Room 4"),
      ("2019-03-09", "10:00", "11:30", "Workshop", None, "Room 4")]),
    ("24-hour", None,
     "Saturday 9 March\n10:00 Storytime, Central Library\n19:30 Public meeting, Union Hall\n",
     [STORY, ("2019-03-09", "19:30", None, "Public meeting", "Union Hall", None)]),
    ("bullets", None,
     "Saturday, March 9\n• 10 am Storytime, Central Library\n• 2 pm Book talk, Eastside Branch\n",
     [STORY, BOOK]),
    ("dash bullets and dashes", None,
     "Saturday, March 9\n- 10am – Storytime, Central Library\n- 2pm – Book talk, Eastside Branch\n",
     [STORY, BOOK]),
    ("star bullets", None,
     "Saturday, March 9\n* 10am: Storytime, Central Library\n* 2pm: Book talk, Eastside Branch\n",
     [STORY, BOOK]),
    ("German heading", "de",
     "Samstag, 9. März\n10 Uhr Kinderlesung, Stadtbibliothek\n"
     "19:30 Uhr Vortrag: Die Wohnungskrise, Gewerkschaftshaus, Saal 2\n",
     [("2019-03-09", "10:00", None, "Kinderlesung", "Stadtbibliothek", None),
      ("2019-03-09", "19:30", None, "Vortrag: Die Wohnungskrise", "Gewerkschaftshaus", "Saal 2")]),
    ("French heading", "fr",
     "samedi 9 mars\n10h Heure du conte, Bibliothèque centrale\n"
     "19h30 Réunion publique, Bourse du travail, salle 4\n",
     [("2019-03-09", "10:00", None, "Heure du conte", "Bibliothèque centrale", None),
      ("2019-03-09", "19:30", None, "Réunion publique", "Bourse du travail", "salle 4")]),
    ("Spanish heading", "es",
     "sábado 9 de marzo\n10:00 Cuentacuentos, Biblioteca Central\n"
     "19:00 h Charla pública, Casa del Pueblo\n",
     [("2019-03-09", "10:00", None, "Cuentacuentos", "Biblioteca Central", None),
      ("2019-03-09", "19:00", None, "Charla pública", "Casa del Pueblo", None)]),
    ("day-first heading", None,
     "9 March\n10am Storytime, Central Library\n7pm Public meeting, Trades Hall\n",
     [STORY, PUBLIC]),
    ("day-first heading with a year", None,
     "Saturday, 9 March 2019\n10am Storytime, Central Library\n7pm Public meeting, Trades Hall\n",
     [STORY, PUBLIC]),
    ("heading with a year", None,
     "Saturday, March 9, 2019\n10am Storytime, Central Library\n7pm Public meeting, Trades Hall\n",
     [STORY, PUBLIC]),
    ("heading with a colon", None,
     "Saturday, March 9:\n10am Storytime, Central Library\n7pm Public meeting, Trades Hall\n",
     [STORY, PUBLIC]),
    ("blank lines between entries", None,
     "Saturday, March 9\n\n10 am Storytime, Central Library\n\n2 pm Book talk, Eastside Branch\n",
     [STORY, BOOK]),
    ("an address line under an entry", None,
     "Saturday, March 9\n10 am Storytime, Central Library\n343 Main St., Springfield, IL 62701\n"
     "2 pm Book talk, Eastside Branch\n",
     [STORY, BOOK]),
    ("two days of one entry each", None,
     "Saturday, March 9\n10 am Storytime, Central Library\nSunday, March 10\n"
     "11:00 Walking tour, meet at the Town Hall steps\n",
     [STORY, ("2019-03-10", "11:00", None, "Walking tour", "Town Hall steps", None)]),
    ("one day of one entry", None,
     "Saturday, March 9\n10 am Storytime, Central Library\n",
     [STORY]),
    ("a place on the heading", None,
     "Saturday, March 9, Central Library\n10 am Storytime\n2 pm Book talk, Room 4\n",
     [STORY, ("2019-03-09", "14:00", None, "Book talk", "Central Library", "Room 4")]),
    ("a place before the heading's date", None,
     "Leeds – Saturday 9 March\n10 am Storytime, Central Library\n"
     "2 pm Book talk, Eastside Branch\n",
     [STORY, BOOK]),
    ("German heading with a place", "de",
     "Samstag, 9. März, Rathaus\n10 Uhr Kinderlesung\n14 Uhr Lesung, Ratssaal\n",
     [("2019-03-09", "10:00", None, "Kinderlesung", "Rathaus", None),
      ("2019-03-09", "14:00", None, "Lesung", "Ratssaal", None)]),
    ("HTML heading and paragraphs", None,
     "<h3>Saturday, March 9</h3><p>10 a.m.: Storytime, Central Library</p>"
     "<p>2 p.m. Book talk, Eastside Branch</p>",
     [STORY, BOOK]),
]

TABLES = [
    ("pipes with a header row", None,
     "Date | Time | Event | Venue\n9 March | 19:00 | Public meeting | Trades Hall, Melbourne\n"
     "10 March | 14:00 | Workshop | Union House\n",
     [PUBLIC, ("2019-03-10", "14:00", None, "Workshop", "Union House", None)]),
    ("pipes, date on a day's first row only", None,
     "9 March | 19:00 | Public meeting | Trades Hall, Melbourne\n"
     " | 21:00 | Film night | Trades Hall, Melbourne\n",
     [PUBLIC, FILM]),
    ("Markdown table", None,
     "| Date | Time | Event | Venue |\n|---|---|---|---|\n"
     "| 9 March | 19:00 | Public meeting | Trades Hall |\n| | 21:00 | Film night | Trades Hall |\n",
     [PUBLIC, FILM]),
    ("tabs", None,
     "Date\tTime\tEvent\tVenue\n9 March\t19:00\tPublic meeting\tTrades Hall\n"
     "\t21:00\tFilm night\tTrades Hall\n",
     [PUBLIC, FILM]),
    ("runs of spaces", None,
     "9 March      19:00     Public meeting     Trades Hall\n"
     "             21:00     Film night         Trades Hall\n",
     [PUBLIC, FILM]),
    ("month-first dates with weekdays", None,
     "Saturday, March 9 | 7 pm | Public meeting | Union Hall, Room 4\n"
     "Sunday, March 10 | 2 pm | Workshop | Union Hall, Room 2\n",
     [("2019-03-09", "19:00", None, "Public meeting", "Union Hall", "Room 4"),
      ("2019-03-10", "14:00", None, "Workshop", "Union Hall", "Room 2")]),
    ("HTML table, empty date cell", None,
     "<table><tr><th>Date</th><th>Time</th><th>Event</th><th>Venue</th></tr>"
     "<tr><td>9 March</td><td>19:00</td><td>Public meeting</td><td>Trades Hall, Melbourne</td></tr>"
     "<tr><td></td><td>21:00</td><td>Film night</td><td>Trades Hall, Melbourne</td></tr></table>",
     [PUBLIC, FILM]),
    ("HTML table, rowspan", None,
     "<table><tr><td rowspan=2>9 March</td><td>19:00</td><td>Public meeting</td>"
     "<td>Trades Hall</td></tr><tr><td>21:00</td><td>Film night</td><td>Trades Hall</td></tr>"
     "</table>",
     [PUBLIC, FILM]),
]

LIST_TIMES = [
    ("All meetings begin at", None,
     "All meetings begin at 9 am.\n\nSaturday, March 9\nStorytime, Central Library\n"
     "Sunday, March 10\nWalking tour, Town Hall\n",
     [("2019-03-09", "09:00", None, "Storytime", "Central Library", None),
      ("2019-03-10", "09:00", None, "Walking tour", "Town Hall", None)]),
    ("unless stated", None,
     "All events start at 7pm unless stated.\nTuesday 5 March\nFilm screening, Trades Hall\n"
     "Saturday 9 March\n2pm: Workshop, Room 4, Union House\n",
     [("2019-03-05", "19:00", None, "Film screening", "Trades Hall", None),
      ("2019-03-09", "14:00", None, "Workshop", "Union House", "Room 4")]),
    ("bullets under the list's time", None,
     "All meetings begin at 9 am\nSaturday, March 9\n• Storytime, Central Library\n"
     "• Book talk, Eastside Branch\n",
     [("2019-03-09", "09:00", None, "Storytime", "Central Library", None),
      ("2019-03-09", "09:00", None, "Book talk", "Eastside Branch", None)]),
    ("German", "de",
     "Beginn jeweils 19 Uhr\n\nDienstag, 5. März\nVortrag, Gewerkschaftshaus\n"
     "Donnerstag, 7. März\nFilmabend, Kulturzentrum\n",
     [("2019-03-05", "19:00", None, "Vortrag", "Gewerkschaftshaus", None),
      ("2019-03-07", "19:00", None, "Filmabend", "Kulturzentrum", None)]),
    ("French", "fr",
     "Toutes les réunions commencent à 19h.\n\nmardi 5 mars\nRéunion publique, Bourse du travail\n"
     "jeudi 7 mars\nProjection, Maison du peuple\n",
     [("2019-03-05", "19:00", None, "Réunion publique", "Bourse du travail", None),
      ("2019-03-07", "19:00", None, "Projection", "Maison du peuple", None)]),
    ("Spanish", "es",
     "Todas las reuniones comienzan a las 19:00.\n\nmartes 5 de marzo\nCharla, Casa del Pueblo\n"
     "jueves 7 de marzo\nCine, Ateneo\n",
     [("2019-03-05", "19:00", None, "Charla", "Casa del Pueblo", None),
      ("2019-03-07", "19:00", None, "Cine", "Ateneo", None)]),
]

CONTENTS = [
    ("text table of contents", None,
     "Saturday, March 9\nSunday, March 10\n\nSaturday, March 9\n10 am Storytime, Central Library\n"
     "2 pm Book talk, Eastside Branch\nSunday, March 10\n11:00 Walking tour, Town Hall\n",
     [STORY, BOOK, ("2019-03-10", "11:00", None, "Walking tour", "Town Hall", None)]),
    ("bulleted contents, no blank line after", None,
     "• Saturday, March 9\n• Sunday, March 10\nSaturday, March 9\n10 am Storytime, Central Library\n"
     "2 pm Book talk, Eastside Branch\nSunday, March 10\n11:00 Walking tour, Town Hall\n",
     [STORY, BOOK, ("2019-03-10", "11:00", None, "Walking tour", "Town Hall", None)]),
    ("HTML contents linking to the headings", None,
     '<ul><li><a href="#d9">Saturday, March 9</a></li><li><a href="#d10">Sunday, March 10</a></li>'
     '</ul><h3 id="d9">Saturday, March 9</h3><p>10 am Storytime, Central Library</p>'
     '<p>2 pm Book talk, Eastside Branch</p><h3 id="d10">Sunday, March 10</h3>'
     "<p>11:00 Walking tour, Town Hall</p>",
     [STORY, BOOK, ("2019-03-10", "11:00", None, "Walking tour", "Town Hall", None)]),
]
# fmt: on
ROWS = [*HEADINGS, *TABLES, *LIST_TIMES, *CONTENTS]


def _page(body: str) -> str:
    return body if body.startswith("<") else f"Spring diary\n\n{body}"


def _got(listing) -> list[tuple]:
    return [(m.date, m.start_time, m.end_time, m.title, m.venue, m.room) for m in listing.meetings]


@pytest.mark.parametrize("name,lang,body,expected", ROWS, ids=[r[0] for r in ROWS])
def test_calendar_layouts(name, lang, body, expected):
    listing = parse(_page(body), as_of=AS_OF, lang=lang)
    assert _got(listing) == expected
    assert all(m.status == "scheduled" for m in listing.meetings)
    # The date headings, header rows and the list's time are no campaign of their own.
    assert len(listing.campaigns) == 1


@pytest.mark.parametrize("name,lang,body,expected", CONTENTS, ids=[r[0] for r in CONTENTS])
def test_a_table_of_contents_of_dates_is_warned_about_not_a_meeting(name, lang, body, expected):
    listing = parse(_page(body), as_of=AS_OF, lang=lang)
    toc = [w for w in listing.warnings if "list of dates" in w.reason]
    assert len(toc) == 2
    assert len(listing.warnings) == 2


def test_an_entry_without_a_time_between_timed_entries_is_kept_and_warned_about():
    body = (
        "Saturday, March 9\n10 am Storytime, Central Library\nCraft fair, Town Hall\n"
        "2 pm Book talk, Eastside Branch\n"
    )
    listing = parse(_page(body), as_of=AS_OF)
    assert _got(listing) == [
        STORY, ("2019-03-09", None, None, "Craft fair", "Town Hall", None), BOOK,
    ]  # fmt: skip
    assert listing.meetings[1].status == "tba"
    assert [(w.line, w.reason) for w in listing.warnings] == [
        (5, "no start time given; marked as time TBA")
    ]


# fmt: off
@pytest.mark.parametrize("page,expected", [
    # two date lines over one venue block: both dates are meetings, neither a contents line,
    # and both get the venue (issue 17, item 4)
    ("Leeds\nTuesday, March 5\nWednesday, March 6\nStudent Center, Room 4\n",
     [("2019-03-05", "Student Center"), ("2019-03-06", "Student Center")]),
    # a place heading, a date, then one line with the time and the venue: one meeting
    ("Berkeley\nMonday, March 11\n7 pm, Moffitt Library Room 101\n",
     [("2019-03-11", "Moffitt Library")]),
    # the seed's layout: a date line with its time, then the venue
    ("Berkeley, California\nMonday, April 8, 7:00 p.m.\nUC Berkeley Moffitt Library Room 101\n",
     [("2019-04-08", "Moffitt Library")]),
])
# fmt: on
def test_dated_blocks_that_are_not_calendars(page, expected):
    listing = parse(f"Spring tour\n\n{page}", as_of=AS_OF)
    assert [(m.date, m.venue) for m in listing.meetings] == expected


# fmt: off
@pytest.mark.parametrize("line,start", [
    ("All meetings begin at 9 am", "09:00"),
    ("All meetings begin at 9 am.", "09:00"),
    ("All events start at 7pm unless stated", "19:00"),
    ("all talks start 6.30pm", "18:30"),
    ("Each session begins at 10:00", "10:00"),
    ("Beginn jeweils 19 Uhr", "19:00"),
    ("Beginn jeweils um 19:30 Uhr", "19:30"),
    ("Die Veranstaltungen beginnen jeweils um 19 Uhr", "19:00"),
    ("Toutes les réunions commencent à 19h", "19:00"),
    ("Tous les événements débutent à 18h30", "18:30"),
    ("Todas las reuniones comienzan a las 19:00", "19:00"),
    ("Todos los eventos empiezan a las 18:30 h", "18:30"),
])
# fmt: on
def test_a_time_stated_for_the_whole_list(line, start):
    assert list_time(line).start_time == start


@pytest.mark.parametrize(
    "line",
    ["Meetings at 7 pm", "All welcome, 7 pm", "Begin the day at 9 am", "Saturday, March 9, 7 pm"],
)
def test_lines_that_state_no_time_for_the_list(line):
    assert list_time(line) is None


def test_entries_header_rows_and_splits():
    assert timed_entry("• 10 a.m.: Storytime, Central Library").start_time == "10:00"
    assert timed_entry("| | 14:00 | Workshop | Room 4").start_time == "14:00"
    assert timed_entry("7 pm") is None and timed_entry("Room 4 at 7 pm") is None
    assert is_header_row("Date | Time | Event | Venue")
    assert is_header_row("| Datum | Uhrzeit | Veranstaltung | Ort |")
    assert is_header_row("|---|:---:|---|")
    assert not is_header_row("9 March | 19:00 | Public meeting")
    assert split_entry(": Panel: The housing crisis, Room 4, Union Hall") == (
        "Panel: The housing crisis", "Room 4, Union Hall",
    )  # fmt: skip
    assert split_entry("| Film night | Trades Hall |") == ("Film night", "Trades Hall")


# One multi-line page per family -----------------------------------------------------------------
CALENDAR_PAGE = """Library events

Our branches host free events for all ages, from storytime for toddlers to talks and walks for grown-ups. Everyone is welcome.

Saturday, March 9
10 a.m.: Storytime, Central Library, 343 Main St.
2 p.m. Book talk with Jane Doe, Eastside Branch
7:30–9 pm  Panel: The housing crisis, Room 4, Union Hall
Sunday, March 10
11:00 Walking tour, meet at the Town Hall steps
• 14:00–15:30 Workshop, Room 4
"""

TABLE_PAGE = """<html><body><h2>Melbourne branch diary</h2>
<table>
<tr><th>Date</th><th>Time</th><th>Event</th><th>Venue</th></tr>
<tr><td>9 March</td><td>19:00</td><td>Public meeting</td><td>Trades Hall, Melbourne</td></tr>
<tr><td></td><td>21:00</td><td>Film night</td><td>Trades Hall, Melbourne</td></tr>
<tr><td>Sunday 10 March</td><td>14:00</td><td>Workshop</td><td>Union House, Room 2</td></tr>
</table></body></html>"""

TEXT_TABLE_PAGE = """Sydney branch diary

Date\tTime\tEvent\tVenue
9 March\t19:00\tPublic meeting\tTrades Hall, Sydney
\t21:00\tFilm night\tTrades Hall, Sydney
10 March\t14:00\tWorkshop\tUnion House, Room 2
"""

LIST_TIME_PAGE = """Berlin – Veranstaltungen im März

Beginn jeweils 19 Uhr

Dienstag, 5. März
Vortrag: Die Wohnungskrise, Gewerkschaftshaus, Saal 2
Donnerstag, 7. März
• Filmabend, Kulturzentrum
• Lesekreis, Stadtbibliothek
Samstag, 9. März
16 Uhr Stadtrundgang, Treffpunkt am Rathaus
"""

CONTENTS_PAGE = """Spring diary

Saturday, March 9
Sunday, March 10

Saturday, March 9
10 am Storytime, Central Library
2 pm Book talk, Eastside Branch

Sunday, March 10
11:00 Walking tour, Town Hall
"""


def _summary(listing) -> list[tuple]:
    return [(m.date, m.start_time, m.end_time, m.title, m.venue, m.room, m.source_line)
            for m in listing.meetings]  # fmt: skip


def test_a_calendar_page():
    listing = parse(CALENDAR_PAGE, as_of=AS_OF)
    assert _summary(listing) == [
        ("2019-03-09", "10:00", None, "Storytime", "Central Library", None, 6),
        ("2019-03-09", "14:00", None, "Book talk with Jane Doe", "Eastside Branch", None, 7),
        ("2019-03-09", "19:30", "21:00", "Panel: The housing crisis", "Union Hall", "Room 4", 8),
        ("2019-03-10", "11:00", None, "Walking tour", "Town Hall steps", None, 10),
        ("2019-03-10", "14:00", "15:30", "Workshop", None, "Room 4", 11),
    ]
    assert listing.meetings[0].address == "343 Main St."
    assert {m.campaign for m in listing.meetings} == {"Library events"}
    assert listing.warnings == []


@pytest.mark.parametrize("page", [TABLE_PAGE, TEXT_TABLE_PAGE], ids=["html", "text"])
def test_a_table_page(page):
    listing = parse(page, as_of=AS_OF)
    got = [(m.date, m.start_time, m.title, m.venue, m.room, m.city) for m in listing.meetings]
    town = "Melbourne" if page is TABLE_PAGE else "Sydney"
    assert got == [
        ("2019-03-09", "19:00", "Public meeting", "Trades Hall", None, town),
        ("2019-03-09", "21:00", "Film night", "Trades Hall", None, town),
        ("2019-03-10", "14:00", "Workshop", "Union House", "Room 2", None),
    ]
    assert len(listing.campaigns) == 1 and listing.warnings == []


def test_a_page_with_one_time_for_the_whole_list():
    listing = parse(LIST_TIME_PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time, m.title, m.venue, m.room) for m in listing.meetings]
    assert got == [
        ("2019-03-05", "19:00", "Vortrag: Die Wohnungskrise", "Gewerkschaftshaus", "Saal 2"),
        ("2019-03-07", "19:00", "Filmabend", "Kulturzentrum", None),
        ("2019-03-07", "19:00", "Lesekreis", "Stadtbibliothek", None),
        ("2019-03-09", "16:00", "Stadtrundgang", "Rathaus", None),
    ]
    assert listing.warnings == []


def test_a_page_with_a_table_of_contents():
    listing = parse(CONTENTS_PAGE, as_of=AS_OF)
    assert [(m.date, m.start_time, m.title) for m in listing.meetings] == [
        ("2019-03-09", "10:00", "Storytime"),
        ("2019-03-09", "14:00", "Book talk"),
        ("2019-03-10", "11:00", "Walking tour"),
    ]
    assert [(w.line, w.reason) for w in listing.warnings] == [
        (3, "'Saturday, March 9' is in a list of dates whose meetings are read under its "
            "heading at line 6"),
        (4, "'Sunday, March 10' is in a list of dates whose meetings are read under its "
            "heading at line 10"),
    ]  # fmt: skip


# Through the command line: one row of each family ----------------------------------------------
CLI_ROWS = [HEADINGS[0], HEADINGS[6], TABLES[1], TABLES[6], LIST_TIMES[1], CONTENTS[0]]


@pytest.mark.parametrize("name,lang,body,expected", CLI_ROWS, ids=[r[0] for r in CLI_ROWS])
def test_cli_parse_reads_calendars(tmp_path, name, lang, body, expected):
    path = tmp_path / ("page.html" if body.startswith("<") else "page.txt")
    path.write_text(_page(body), encoding="utf-8")
    args = [sys.executable, "-m", "eventmap", "parse", str(path), "--as-of", AS_OF.isoformat()]
    out = subprocess.run(
        args + (["--lang", lang] if lang else []), capture_output=True, text=True, check=True
    )
    got = [
        (m["date"], m["start_time"], m["end_time"], m["title"], m["venue"], m["room"])
        for m in json.loads(out.stdout)["meetings"]
    ]
    assert got == expected


PLACE_HEADINGS_PAGE = """Spring diary

DETROIT
Saturday, March 9
10 am Storytime, Central Library
2 pm Book talk, Eastside Branch

Ann Arbor, Michigan
Sunday, March 10
11:00 Walking tour, Town Hall
2 pm Workshop, Room 4, Union Hall
"""


def test_the_place_on_a_date_heading_is_the_place_of_its_entries():
    body = "Leeds – Saturday 9 March\n10 am Storytime, Central Library\n2 pm Book talk\n"
    listing = parse(_page(body), as_of=AS_OF)
    assert [m.place for m in listing.meetings] == ["Leeds", "Leeds"]
    assert listing.meetings[0].venue == "Central Library"


def test_a_place_heading_over_a_calendar_day_is_the_place_of_its_entries():
    listing = parse(PLACE_HEADINGS_PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time, m.title, m.place, m.city, m.venue) for m in listing.meetings]
    assert got == [
        # a city heading in capitals gives the city (places.py reads it), the entry the place
        ("2019-03-09", "10:00", "Storytime", "Central Library", "Detroit", "Central Library"),
        ("2019-03-09", "14:00", "Book talk", "Eastside Branch", "Detroit", "Eastside Branch"),
        ("2019-03-10", "11:00", "Walking tour", "Ann Arbor, Michigan", "Ann Arbor", "Town Hall"),
        ("2019-03-10", "14:00", "Workshop", "Ann Arbor, Michigan", "Ann Arbor", "Union Hall"),
    ]
    assert [c.title for c in listing.campaigns] == ["Spring diary"]
    assert listing.warnings == []
