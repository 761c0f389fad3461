"""A heading over what took place names any kind of event ("Past concerts", "Previous
exhibitions", "Frühere Wanderungen", "Rückblick", "Ateliers passés", "Funciones anteriores"),
and a list of links to other articles can be "Últimas notas": the dated lines under either that
write their year, or give no time, are no meetings, each warned about (one with a time and no
year stays, warned about: the year read for it may not be the heading's). From the choir and the Argentine pages of
tests/ingest/corpus/holdout6; the rows are variants written from the pattern, not copied from
the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

TODAY = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("heading,past,lang", [
    ("Past concerts", "Saturday, November 7, 2026 — Autumn Requiems, St. Mary's (read the review)",
     None),
    ("Previous exhibitions", "• Friday 9 October 2026 — Opening night, North Gallery", None),
    ("Earlier walks (12)", "Sunday 18 October 2026 — Ridgeway, Ivinghoe Beacon car park", None),
    ("Frühere Wanderungen", "Sonntag, 18. Oktober 2026 – Feldberg, Bahnhof Bärental", "de"),
    ("Rückblick", "Samstag, 7. November 2026 – Herbstkonzert, Stadthalle", "de"),
    ("Ateliers passés", "samedi 7 novembre 2026 — Atelier vélo, Maison de quartier", "fr"),
    ("Funciones anteriores", "sábado 7 de noviembre de 2026 — Estreno, Teatro Colón", "es"),
    ("Últimas notas", "• Crónica del plenario en Rosario 9 de noviembre de 2026", "es"),
    ("Últimas entradas", "• Balance del año 19 de noviembre de 2026", "es"),
])
# fmt: on
def test_dated_lines_under_a_past_or_related_heading_are_no_meetings(heading, past, lang):
    page = (
        "Season 2026–27\n\nUpcoming\n\n"
        "Saturday, December 19, 2026, 7:30 pm — Messiah, Central Hall\n\n"
        f"{heading}\n\n{past}\n"
    )
    listing = parse(page, today=TODAY, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-19"]
    assert any(w.line == 9 and heading in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("heading", [
    "Upcoming concerts",
    "Past the river: walks on the east bank",  # a title, not a heading over what took place
    "Spring walks",
])
# fmt: on
def test_other_headings_keep_their_meetings(heading):
    page = (
        "Season 2026–27\n\n"
        f"{heading}\n\nSaturday, January 16, 2027, 10:00 am — Riverside, meet at the bridge\n"
    )
    ms = parse(page, today=TODAY).meetings
    assert [m.date for m in ms] == ["2027-01-16"]


# fmt: off
@pytest.mark.parametrize("heading,past,lang", [
    ("Past events", "- Sat, Nov 14 – Tenant assembly at 12 Broadview – [notes](notes/nov.md)", None),
    ("Past events", "- Oct 3 – Rent strike anniversary march", None),
    ("Rückblick", "Am 7. November sprachen in Berlin über 150 Menschen mit der SGP.", "de"),
    ("Réunions passées", "- samedi 14 novembre – Assemblée des locataires", "fr"),
    ("Charlas anteriores", "- sábado 14 de noviembre – Asamblea de inquilinos", "es"),
])
# fmt: on
def test_an_untimed_date_without_a_year_under_a_past_heading_is_no_meeting(heading, past, lang):
    page = (
        "Tenants' union\n\nUpcoming\n\n"
        "Saturday, December 19, 2026, 2 pm — Winter assembly, Riverdale Library\n\n"
        f"{heading}\n\n{past}\n"
    )
    listing = parse(page, today=TODAY, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-19"]
    assert any(w.line == 9 and heading in w.reason for w in listing.warnings)


def test_a_timed_date_without_a_year_under_a_past_heading_stays_with_a_warning():
    page = (
        "Tenants' union\n\nPast events (118)\n\n"
        "SAT, NOV 14 · 1:00 PM EST\nFall cleanup\nJardín Colibrí\n"
    )
    listing = parse(page, today=TODAY)
    assert [m.date for m in listing.meetings] == ["2026-11-14"]
    assert any(w.line == 5 and "no year" in w.reason for w in listing.warnings)


CHOIR_PAGE = """\
Riverside Choral Society — 2026–27 season

Upcoming concerts

Saturday, December 19, 2026, 7:30 pm — Messiah, Metropolitan Church, 56 Queen St E
Saturday, March 20, 2027, 7:30 pm — Spring Vespers, Metropolitan Church, 56 Queen St E

Past concerts

• Saturday, November 7, 2026 — Autumn Requiems, St. James Cathedral (read the review)
• Saturday, October 3, 2026 — Season launch gala, Koerner Hall
"""


def test_cli_parse_leaves_the_past_concerts_out(tmp_path):
    path = tmp_path / "season.txt"
    path.write_text(CHOIR_PAGE, encoding="utf-8")
    listing = cli_listing(path)
    assert [m["date"] for m in listing["meetings"]] == ["2026-12-19", "2027-03-20"]
    warned = {w["line"] for w in listing["warnings"] if "Past concerts" in w["reason"]}
    assert warned == {10, 11}
