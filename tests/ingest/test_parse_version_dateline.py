"""A page's own date when no --as-of is given: a document's version and its date near its top
("PROGRAMME - version 3, 27 November 2026", "Fassung vom 27.11.2026", "Version du …", "Versión 2
del …"), and a footer's edit stamp ("Zuletzt geändert: 04.12.2026", "page last edited 7 December
2026", "Dernière modification : …", "Última modificación: …"). The page's past sessions are then
read as past, and the version line is no meeting. The rows are variants written from the
pattern, not copied from holdout11's pages."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.asof import DATELINE
from eventmap.ingest.parse import parse

TODAY = date(2026, 12, 1)
BODY = "\n\nWed 10 March 2027, 7pm – Annual meeting, Trades Hall\n"

# fmt: off
TOPS = [
    ("PROGRAMME  -  version 3, 27 November 2026 (subject to change)", "en", date(2026, 11, 27)),
    ("Programm – Fassung vom 27.11.2026", "de", date(2026, 11, 27)),
    ("Programme, version du 27 novembre 2026", "fr", date(2026, 11, 27)),
    ("Programa (versión 2 del 27 de noviembre de 2026)", "es", date(2026, 11, 27)),
    ("Agenda, Version 2.1: 3 November 2026", "en", date(2026, 11, 3)),
]
FOOTERS = [
    ("Zuletzt geändert: 04.12.2026 · Impressum · Datenschutz", "de", date(2026, 12, 4)),
    ("Organisers: Dr Marsh · page last edited 7 December 2026", "en", date(2026, 12, 7)),
    ("Dernière modification : 3 décembre 2026", "fr", date(2026, 12, 3)),
    ("Última modificación: 3 de diciembre de 2026", "es", date(2026, 12, 3)),
    ("Seite geändert am 2. Dezember 2026", "de", date(2026, 12, 2)),
]
# fmt: on


@pytest.mark.parametrize("line,lang,day", TOPS)
def test_a_version_line_at_the_top_dates_the_page_and_is_no_meeting(line, lang, day):
    listing = parse(f"Spring Conference\n{line}{BODY}", today=TODAY, lang=lang)
    assert (listing.as_of, listing.as_of_origin) == (day, DATELINE)
    assert [m.date for m in listing.meetings] == ["2027-03-10"]


@pytest.mark.parametrize("line,lang,day", FOOTERS)
def test_an_edit_stamp_in_the_footer_dates_the_page(line, lang, day):
    listing = parse(f"Lecture series{BODY}\n{line}\n", today=TODAY, lang=lang)
    assert (listing.as_of, listing.as_of_origin) == (day, DATELINE)


def test_a_version_word_inside_a_title_is_no_dateline():
    listing = parse(f"Conversion workshop 12 November 2026{BODY}", today=TODAY)
    assert listing.as_of_origin != DATELINE


LECTURES = """\
Ringvorlesung Stadt und Arbeit

08.10.2026 | Dr. A | Wohnen in der Krise
12.11.2026 | Dr. B | Arbeit und Stadt
10.12.2026, 18 Uhr | Dr. C | Mieten und Macht | Hörsaal 2
14.01.2027, 18 Uhr | Dr. D | Genossenschaften | Hörsaal 2

Zuletzt geändert: 30.11.2026
"""


def test_a_lecture_list_dated_by_its_footer_drops_its_past_undated_rows():
    listing = parse(LECTURES, today=date(2027, 6, 1))
    assert listing.as_of == date(2026, 11, 30)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-12-10", "18:00"),
        ("2027-01-14", "18:00"),
    ]
