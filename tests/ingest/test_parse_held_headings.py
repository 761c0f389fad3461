"""Entries under a heading that says its meetings were held ("Meetings held this fall", "Talks
we held in 2026", "Réunions tenues cet automne", "Reuniones celebradas este año", "Bisherige
Treffen") are past meetings when they fall before the page's known date, their time and the
missing year notwithstanding: warned about, not read as meetings. A bare "Past events" tab's
entries with a time and no year stay (the page may still list them), and so does a heading of
meetings "to be held". Before, holdout13's Canadian tour page gave its "Meetings held this fall"
as meetings. The rows are written from the pattern, in the languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

# fmt: off
# (lang, the page's meeting to come, its (date, time), the heading, a past entry under it)
ROWS = [
    ("en", "Thursday 14 January, 7pm, Trades Hall, Leeds", ("2027-01-14", "19:00"),
     "Meetings held this fall", "Thursday 12 November, 6pm, Vari Hall, Toronto"),
    ("en", "Saturday 16 January, 2pm, Central Library, Bristol", ("2027-01-16", "14:00"),
     "Talks we held in 2026", "Tuesday 10 November, 7.30pm, Friends Meeting House, Bath"),
    ("en", "Wednesday 20 January, 6.30pm, Teviot Row House, Edinburgh", ("2027-01-20", "18:30"),
     "Meetings held so far", "Wednesday 4 November, 6.30pm, Adelphi Centre, Glasgow"),
    ("de", "Freitag, 15. Januar, 19 Uhr, Gewerkschaftshaus Leipzig", ("2027-01-15", "19:00"),
     "Bisherige Treffen", "Donnerstag, 12. November, 19 Uhr, Stadtbibliothek Halle"),
    ("de", "Mittwoch, 13. Januar, 18:30 Uhr, Volkshaus Jena", ("2027-01-13", "18:30"),
     "Bereits stattgefundene Vorträge", "Dienstag, 17. November, 18 Uhr, Hörsaal 3, Erfurt"),
    ("fr", "Jeudi 14 janvier à 18 h, Bourse du Travail, Lyon", ("2027-01-14", "18:00"),
     "Réunions tenues cet automne", "Mardi 17 novembre, 18 h, Pavillon Hubert-Aquin, Montréal"),
    ("es", "Jueves 14 de enero, 19:00, Ateneo de Valencia", ("2027-01-14", "19:00"),
     "Reuniones celebradas este año", "Jueves 12 de noviembre, 19:00, Casal del Barri, Barcelona"),
]
# fmt: on


@pytest.mark.parametrize("lang,coming,when,heading,entry", ROWS)
def test_an_entry_under_a_heading_of_meetings_held_is_no_meeting(
    lang, coming, when, heading, entry
):
    page = f"Upcoming meetings\n\n{coming}\n\n{heading}\n\n{entry}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]
    assert any(w.line == 7 and "took place" in w.reason for w in listing.warnings)


@pytest.mark.parametrize("heading", ["Past events", "Meetings to be held this winter"])
def test_other_headings_keep_a_timed_entry(heading):
    page = (
        "Upcoming meetings\n\nThursday 14 January, 7pm, Trades Hall, Leeds\n\n"
        f"{heading}\n\nThursday 12 November, 6pm, Vari Hall, Toronto\n"
    )
    got = [(m.date, m.start_time) for m in parse(page, as_of=AS_OF).meetings]
    assert got == [("2027-01-14", "19:00"), ("2026-11-12", "18:00")]


def test_without_the_page_date_the_entry_is_kept():
    page = (
        "Upcoming meetings\n\nThursday 14 January, 7pm, Trades Hall, Leeds\n\n"
        "Meetings held this fall\n\nThursday 12 November, 6pm, Vari Hall, Toronto\n"
    )
    assert len(parse(page, today=AS_OF).meetings) == 2


PAGE = """\
Winter tour: Canada

Toronto, Ontario
Tuesday, January 19, 7pm
Sidney Smith Hall, Room 2118

Ottawa, Ontario
Thursday, January 21, 6:30pm
Tabaret Hall, Room 083

Meetings held this fall

York University
Thursday, November 12, 6pm
Vari Hall, Room C

Concordia University
Tuesday, November 17, 18 h
Hall Building, H-520
"""


def test_a_tour_page_keeps_its_tour_and_not_its_fall_meetings():
    listing = parse(PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2027-01-19", "19:00"), ("2027-01-21", "18:30")]
    warned = {w.line for w in listing.warnings if "took place" in w.reason}
    assert warned == {14, 18}
