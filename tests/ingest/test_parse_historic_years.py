"""Without ``--as-of``, a page's year comes from the years it mentions, the one whose calendar
fits its written weekdays. A year decades back that only a talk's title names ("La Unidad
Popular, 1970–1973", "the strikes of 1970") is history: when today's year fits the weekdays as
well (1970's calendar is 2026's), today dates the page (``parse.campaigns._page_year``). A page
that is itself old, whose weekdays fit only its own year, keeps that year.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

TODAY = date(2026, 12, 1)

# Entries on 2026/27's calendar (1970/71's too): Wednesday 9 December, Wednesday 16 December,
# Thursday 7 January.
PAGES = [
    ("es", "## Ciclo de charlas\n\n### «La Unidad Popular, 1970–1973: memoria y debate»\n"
           "- **Cuándo:** Miércoles 9 de diciembre · 18:30 hrs\n- **Dónde:** Biblioteca Nacional\n\n"
           "### «Mayo del 68»\n- **Cuándo:** Miércoles 16 de diciembre · 19:00 hrs\n"
           "- **Dónde:** Casa Central\n\n### «Litio»\n- **Cuándo:** Jueves 7 de enero · 18:00 hrs\n"
           "- **Dónde:** Sala Ercilla\n"),
    ("en", "Winter talks\n\nWednesday 9 December, 7pm — The miners' strike of 1972, Trades Hall\n"
           "Wednesday 16 December, 7pm — Remembering 1968, Trades Hall\n"
           "Thursday 7 January, 7pm — From 1970 to now, Trades Hall\n"),
    ("de", "Vorträge\n\nMittwoch, 9. Dezember, 19 Uhr: Die Streiks von 1969/1970, Gewerkschaftshaus\n"
           "Mittwoch, 16. Dezember, 19 Uhr: Chile 1970, Gewerkschaftshaus\n"
           "Donnerstag, 7. Januar, 19 Uhr: Neue Bücher, Gewerkschaftshaus\n"),
    ("fr", "Conférences\n\nMercredi 9 décembre, 19 h : Mai 1968 et après, Bourse du Travail\n"
           "Mercredi 16 décembre, 19 h : Le Chili de 1970, Bourse du Travail\n"
           "Jeudi 7 janvier, 19 h : Lectures, Bourse du Travail\n"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "page"), PAGES)
def test_a_historic_year_in_a_title_does_not_date_the_page(lang: str, page: str) -> None:
    listing = parse(page, today=TODAY, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-09", "2026-12-16", "2027-01-07"]


def test_an_old_page_keeps_its_own_year() -> None:
    # 1999's calendar is not 2026's: Thursday 9 December 1999.
    page = (
        "Branch news, November 1999\n\nThursday 9 December, 7pm — Branch meeting, Trades Hall\n"
        "Thursday 16 December, 7pm — Social, The Red Lion\n"
    )
    listing = parse(page, today=TODAY)
    assert [m.date for m in listing.meetings] == ["1999-12-09", "1999-12-16"]


def test_a_recent_year_still_dates_the_page() -> None:
    # 2019: Tuesday 5 March 2019.
    page = (
        "Meetings 2019\n\nTuesday 5 March, 7pm — Trades Hall\nTuesday 12 March, 7pm — Trades Hall\n"
    )
    listing = parse(page, today=TODAY)
    assert [m.date for m in listing.meetings] == ["2019-03-05", "2019-03-12"]
