"""A tour flyer copied from a PDF (issue 17 items 7 and 8; holdout7's Californian flyer): "All
meetings begin at 7 pm unless noted", then city headings, each over a date line with no time
and the venue block under it, the list running on past a printed page's header. Read as a
person reads it:

- a venue's name with its room number ("UC Irvine, Social Science Lecture Hall 100") over its
  town or street, under a date with no time, is that date's venue block, not a calendar entry:
  the meeting takes the list's time;
- a printed page's header or footer in the middle of the list ("IYSSE California Tour · page
  2", "Seite 2 von 3") does not end the list: the meetings after it take its time too.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 29)

# fmt: off
ROWS = [
    # (lang, the list's time, a page header, date line, venue line, town line, date, time)
    ("en", "All meetings begin at 7 pm unless noted.", "Spring Tour · page 2",
     "Thursday, February 18", "UC Irvine, Social Science Lecture Hall 100", "Irvine, CA 92697",
     "2027-02-18", "19:00"),
    ("en", "All meetings start at 6.30pm unless stated otherwise.", "Page 2 of 3",
     "Tuesday 16 February", "Student Union, Room 2.14", "Oxford Road, Manchester M13 9PR",
     "2027-02-16", "18:30"),
    ("de", "Alle Veranstaltungen beginnen um 19 Uhr, sofern nicht anders angegeben.",
     "Vortragsreihe · Seite 2 von 3", "Donnerstag, 18. Februar", "Hörsaalgebäude, Saal 3",
     "Rempartstraße 15, 79098 Freiburg", "2027-02-18", "19:00"),
    ("fr", "Toutes les réunions commencent à 19 h sauf indication contraire.",
     "Tournée de printemps · page 2", "jeudi 18 février", "Maison des étudiants, salle 12",
     "12 rue de la Paix, 35000 Rennes", "2027-02-18", "19:00"),
]
# fmt: on
IDS = [r[0] + "-" + r[4].split(",")[0] for r in ROWS]
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}


def _flyer(rule: str, header: str, when: str, venue: str, town: str) -> str:
    return (
        f"Spring tour\n\n{rule}\n\nFIRST CITY\n{when.replace('18', '11').replace('16', '9')}\n"
        f"Central Library, Room 4\n1 Main Street\n\n\n{header}\n\n\nSECOND CITY\n"
        f"{when}\n{venue}\n{town}\n"
    )


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_a_venue_with_its_room_under_an_untimed_date_takes_the_lists_time(row):
    lang, rule, header, when, venue, town, day, time = row
    page = f"Tour\n\n{rule}\n\n{when}\n{venue}\n{town}\n"
    (m,) = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert (m.date, m.start_time) == (day, time)
    assert venue.split(",")[0] in (m.venue, m.campus)


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_a_page_header_mid_list_keeps_the_lists_time(row):
    lang, rule, header, when, venue, town, day, time = row
    page = (
        f"Tour\n\n{rule}\n\n{when}\n{venue}\n{town}\n\n\n{header}\n\n\n"
        f"{when.replace('18', '25').replace('16', '23')}\n{venue}\n{town}\n"
    )
    got = [(m.start_time, m.time_tba) for m in parse(page, as_of=AS_OF, lang=LANG[lang]).meetings]
    assert got == [(time, False), (time, False)]


@pytest.mark.parametrize("venue", ["Page Hall, Room 2", "Studio 2", "Seitenflügel, Raum 2"])
def test_a_venue_that_ends_in_a_number_is_no_page_header(venue):
    page = f"Tour\n\nAll meetings begin at 7 pm unless noted.\n\nThursday, February 18\n{venue}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    places = " ".join(filter(None, (m.place, m.venue, m.room, m.title)))
    assert venue.split(",")[0] in places


def test_a_flyer_through_the_cli(tmp_path):
    path = tmp_path / "flyer.txt"
    path.write_text(
        "Spring Tour\n\nAll meetings begin at 7 pm (Pacific) unless noted.\n\n"
        "LOS ANGELES\nTuesday, February 16\nUCLA, Ackerman Union 2408\n"
        "308 Westwood Plaza, Los Angeles, CA 90095\n\n\nSpring Tour · page 2\n\n\n"
        "IRVINE\nThursday, February 18\nUC Irvine, Social Science Lecture Hall 100\n"
        "Irvine, CA 92697\n\nSAN DIEGO\nSaturday, February 20 — 2 pm\n"
        "San Diego Central Library\n330 Park Blvd., San Diego, CA 92101\n",
        encoding="utf-8",
    )
    got = [
        (m["date"], m["start_time"], m["city"]) for m in cli_meetings(path, "--as-of", "2026-11-29")
    ]
    assert got == [
        ("2027-02-16", "19:00", "Los Angeles"),
        ("2027-02-18", "19:00", "Irvine"),
        ("2027-02-20", "14:00", "San Diego"),
    ]
