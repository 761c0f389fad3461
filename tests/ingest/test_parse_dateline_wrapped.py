"""A lone date at the top of an article is its dateline even when the prose under it is
hard-wrapped (a text page's lines of ~100 characters, read as one paragraph) or comes after the
article's headline ("18 November 2026" / "Join us at a meeting on your campus this summer" /
prose): it is the page's date, never a meeting. A date over a table's rows or a venue stays a
meeting. From the East Coast tour and Australian chapter pages of tests/ingest/corpus/practice7;
the rows are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

TODAY = date(2026, 12, 1)
WRAPPED = (
    "The youth movement and the party will hold a series of public meetings on campuses\n"
    "up and down the coast in January and February. The speakers will review the lessons\n"
    "of the past year and explain the program needed to unite young people and workers.\n"
)


# fmt: off
@pytest.mark.parametrize("top,lang", [
    ("Speaking tour: against the war drive\nBy our reporters\n14 November 2026\n\n" + WRAPPED,
     None),
    ("Upcoming meetings\n\nIYSSE Australia\n\n18 November 2026\n\n"
     "Join the IYSSE at a meeting on your campus this summer\n\n" + WRAPPED, None),
    ("Veranstaltungen\n\n14. November 2026\n\nKommt zu unseren Versammlungen im Winter\n\n"
     "Die Jugendorganisation lädt im Januar und Februar zu öffentlichen Versammlungen an den\n"
     "Hochschulen ein, um über die Lehren des vergangenen Jahres und über das Programm zu\n"
     "sprechen, das junge Menschen und Arbeiter über alle Grenzen hinweg vereinen kann.\n", "de"),
    ("Réunions\n\n14 novembre 2026\n\n"
     "Le mouvement de la jeunesse tiendra une série de réunions publiques dans les universités\n"
     "de tout le pays en janvier et en février, pour tirer les leçons de l'année écoulée et\n"
     "présenter le programme qui peut unir les jeunes et les travailleurs de tous les pays.\n",
     "fr"),
])
# fmt: on
def test_a_dateline_over_wrapped_prose_or_a_headline(top, lang):
    page = top + "\nSYDNEY\n\nTuesday 2 February 2027, 6pm\nUniversity of Sydney, Holme Building\n"
    listing = parse(page, today=TODAY, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-02-02"]
    assert (listing.as_of.month, listing.as_of.day) in ((11, 14), (11, 18))
    assert listing.as_of_origin == "dateline"


# fmt: off
@pytest.mark.parametrize("page,want", [
    ("Council meetings\n\nCouncil Meeting | Monday 14 December 2026 |\n"
     "Council Meeting | Monday 25 January 2027 |\nCouncil Meeting | Monday 22 February 2027 |\n"
     "Council Meeting | Monday 22 March 2027 |\n",
     ["2026-12-14", "2027-01-25", "2027-02-22", "2027-03-22"]),
    ("Meetings\n\n14 December 2026\n\nTrades Hall, 54 Victoria Street, Carlton\n",
     ["2026-12-14"]),
])
# fmt: on
def test_a_date_over_rows_or_a_venue_stays_a_meeting(page, want):
    assert [m.date for m in parse(page, today=TODAY).meetings] == want


def test_cli_parse_reports_the_dateline(tmp_path):
    path = tmp_path / "tour.txt"
    path.write_text(
        "Speaking tour\nBy our reporters\n14 November 2026\n\n" + WRAPPED
        + "\nTuesday, January 19, 7:00 p.m.\nColumbia University, Hamilton Hall 702\n",
        encoding="utf-8",
    )
    listing = cli_listing(path)
    assert [m["date"] for m in listing["meetings"]] == ["2027-01-19"]
    assert listing["as_of"] == {"date": "2026-11-14", "origin": "dateline"}
