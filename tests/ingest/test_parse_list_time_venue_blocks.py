"""A time stated once for a whole list ("All meetings start at 7pm") gives its time to the
meetings under it and changes nothing else: a date heading followed by a venue block (the
venue's name, its street, its town) is one meeting at that venue, as it is without the list's
time, not calendar entries titled with the venue's name and its street (issue 17 items 7 and
8). Entries that are not a venue block (a title, a room) stay the calendar's entries. The rows
are variants written from the pattern in four languages.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
FIELDS = ("date", "title", "venue", "room", "address", "city", "postal_code")


def _read(page: str, lang: str) -> list[tuple]:
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    return [(tuple(getattr(m, f) for f in FIELDS), m.start_time) for m in meetings]


# fmt: off
@pytest.mark.parametrize("lang,rule,time,day,block", [
    ("en", "All meetings start at 7pm.", "19:00", "Thursday 10 December",
     ["Central Library", "12 Oak Street", "Springfield IL 62701"]),
    ("en", "Every meeting begins at 6.30pm unless noted.", "18:30", "Tuesday 8 December",
     ["Trades Hall", "54 Victoria Street", "Carlton VIC 3053"]),
    ("en", "All our meetings begin at 7.30pm.", "19:30", "Wednesday 9 December",
     ["Friends Meeting House", "6 Mount Street", "Manchester M2 5NS"]),
    ("de", "Alle Treffen beginnen um 19 Uhr.", "19:00", "Donnerstag, 10. Dezember",
     ["Bürgerhaus Mitte", "Hauptstraße 15", "10115 Berlin"]),
    ("fr", "Toutes les réunions commencent à 19 h.", "19:00", "jeudi 10 décembre",
     ["Maison des associations", "12 rue des Carmes", "31000 Toulouse"]),
    ("es", "Todas las reuniones comienzan a las 19:00.", "19:00", "jueves 10 de diciembre",
     ["Centro Cultural La Casona", "Calle Mayor 21", "28013 Madrid"]),
])
# fmt: on
def test_a_venue_block_under_a_list_time_is_read_as_without_it(lang, rule, time, day, block):
    body = "\n".join([day, *block])
    with_rule = _read(f"Upcoming meetings\n\n{rule}\n\n{body}\n", lang)
    without = _read(f"Upcoming meetings\n\n{body}\n", lang)
    assert len(with_rule) == 1, with_rule
    assert [fields for fields, _ in with_rule] == [fields for fields, _ in without]
    assert with_rule[0][1] == time
    fields = dict(zip(FIELDS, with_rule[0][0], strict=True))
    assert fields["venue"] == block[0] and fields["title"] is None


# fmt: off
@pytest.mark.parametrize("lang,rule,day,entries", [
    ("en", "All meetings begin at 9 am.", "Monday 7 December",
     ["Board meeting", "Finance committee"]),
    ("en", "All sessions start at 10am.", "Saturday 12 December",
     ["Family history workshop", "Library open day"]),
    ("fr", "Toutes les séances commencent à 18 h.", "lundi 7 décembre",
     ["Conseil de quartier", "Commission culture"]),
])
# fmt: on
def test_entries_that_are_no_venue_block_stay_the_calendars(lang, rule, day, entries):
    body = "\n".join([day, *entries])
    meetings = parse(f"Calendar\n\n{rule}\n\n{body}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.title for m in meetings] == entries
    assert all(m.start_time is not None for m in meetings)


PAGE = """Branch meetings, winter 2026-27

All meetings start at 7pm unless stated otherwise.

Thursday 10 December
Central Library
12 Oak Street
Springfield IL 62701

Thursday 14 January
Town Hall
5 Main Street
Decatur IL 62521

Thursday 11 February, 6pm
Union Hall
300 West Jefferson Street
Springfield IL 62702
"""

WANT = [
    ("2026-12-10", "19:00", "Central Library"),
    ("2027-01-14", "19:00", "Town Hall"),
    ("2027-02-11", "18:00", "Union Hall"),
]


def test_a_branch_page_with_a_list_time():
    meetings = parse(PAGE, as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.venue) for m in meetings] == WANT
    assert all(m.title is None for m in meetings)


def test_a_branch_page_with_a_list_time_through_the_cli(tmp_path):
    path = tmp_path / "branch.txt"
    path.write_text(PAGE, encoding="utf-8")
    listing = cli_listing(path, "--as-of", AS_OF.isoformat())
    got = [(m["date"], m["start_time"], m["venue"]) for m in listing["meetings"]]
    assert got == WANT
