"""A calendar's month heading ("December 2026", "Im Januar", "Enero 2027", "En décembre") is a
section of the list, not a campaign: the meetings under it keep the campaign named above it (or
the page's title). Before, the first month heading named the campaign of every meeting on the
page, January's too. Found by pasting an events-calendar list view by hand; the rows are written
from the pattern in the four languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
# (lang, campaign heading, first month, its meeting, second month, its meeting)
ROWS = [
    ("en", "Tenants' union events", "December 2026", "Wed 9 December, 6.30pm – Parish Hall",
     "January 2027", "Tue 12 January, 7pm – Parish Hall"),
    ("en", "Reading group", "In December", "Wednesday, December 9, 6:30 p.m. – Central Library",
     "In January", "Tuesday, January 12, 7 p.m. – Central Library"),
    ("de", "Veranstaltungen des Mietervereins", "Im Dezember",
     "Mittwoch, 9. Dezember, 18:30 Uhr – Nachbarschaftshaus", "Januar 2027",
     "Dienstag, 12. Januar, 19 Uhr – Nachbarschaftshaus"),
    ("fr", "Agenda de l'université populaire", "En décembre",
     "mercredi 9 décembre à 18h30 – Maison des syndicats", "Janvier 2027",
     "mardi 12 janvier à 19h – Maison des syndicats"),
    ("es", "Actividades de la asamblea", "Diciembre 2026",
     "miércoles 9 de diciembre, 18:30 h – Ateneo Popular", "Enero",
     "martes 12 de enero, 19:00 h – Ateneo Popular"),
]
# fmt: on


def _page(heading: str, m1: str, e1: str, m2: str, e2: str) -> str:
    return f"{heading}\n\n{m1}\n\n{e1}\n\n{m2}\n\n{e2}\n"


@pytest.mark.parametrize("lang,heading,m1,e1,m2,e2", ROWS)
def test_month_headings_name_no_campaign(lang, heading, m1, e1, m2, e2):
    listing = parse(_page(heading, m1, e1, m2, e2), as_of=AS_OF, lang=lang)
    assert [(m.date, m.campaign) for m in listing.meetings] == [
        ("2026-12-09", heading),
        ("2027-01-12", heading),
    ]
    assert [c.title for c in listing.campaigns] == [heading]


@pytest.mark.parametrize(
    "heading", ["March for Homes", "Spring term talks", "Mayday festival", "Marzo Rojo"]
)
def test_a_heading_with_a_month_word_in_it_still_names_its_campaign(heading):
    page = f"{heading}\n\nWed 9 December, 6.30pm – Parish Hall, 12 Oak St\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.campaign == heading


def test_through_eventmap_parse(tmp_path):
    lang, heading, m1, e1, m2, e2 = ROWS[0]
    path = tmp_path / "calendar.txt"
    path.write_text(_page(heading, m1, e1, m2, e2), encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["campaign"]) for m in ms] == [
        ("2026-12-09", heading),
        ("2027-01-12", heading),
    ]
