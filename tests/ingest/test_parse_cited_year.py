"""A chapter's page with no dateline whose only year is a book's it cites ("the pamphlet
Socialism and the Fight Against War (Mehring Books, 2024)"), its meetings written with their
weekdays ("Tuesday 19 January, 7pm"). No year the page names fits those weekdays; the page is
of the year just after it that does (2027), not of the book's year with a warning on every
meeting. A page whose weekdays fit the year it names keeps that year. (holdout25's IYSSE
Sheffield page, read without --as-of, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

TODAY = date(2026, 12, 5)

# (blurb citing a book, heading, first meeting, second meeting)
PAGES = [
    ("The meetings draw on the pamphlet Socialism and the Fight Against War (Mehring Books, 2024).",
     "Sheffield", "Tuesday 19 January, 7pm", "Thursday 21 January, 7.30pm"),
    ("Die Veranstaltungen stützen sich auf die Broschüre Sozialismus gegen Krieg (Mehring Verlag, "
     "2024).",
     "Leipzig", "Dienstag, 19. Januar, 19 Uhr", "Donnerstag, 21. Januar, 19:30 Uhr"),
    ("Les réunions s'appuient sur la brochure Le socialisme contre la guerre (Éditions Delga, "
     "2024).",
     "Lyon", "mardi 19 janvier, 19 h", "jeudi 21 janvier, 19 h 30"),
    ("Las reuniones se basan en el folleto El socialismo contra la guerra (Mehring Books, 2024).",
     "Barcelona", "martes 19 de enero, 19:00 h", "jueves 21 de enero, 19:30 h"),
]  # fmt: skip


def _page(row: tuple) -> str:
    blurb, city, first, second = row
    return "\n".join(
        ["Upcoming Meetings", "", blurb, "", city, first, "Main Hall, 1 High Street", "",
         city, second, "Main Hall, 1 High Street", ""]
    )  # fmt: skip


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_the_year_after_the_cited_one_that_fits_the_weekdays(row: tuple) -> None:
    listing = parse(_page(row), today=TODAY)
    assert [m.date for m in listing.meetings] == ["2027-01-19", "2027-01-21"]
    assert not any("not a " in w.reason for w in listing.warnings)


def test_weekdays_that_fit_the_cited_year_keep_it() -> None:
    row = (PAGES[0][0], "Sheffield", "Friday 19 January, 7pm", "Sunday 21 January, 7.30pm")
    listing = parse(_page(row), today=TODAY)
    assert [m.date for m in listing.meetings] == ["2024-01-19", "2024-01-21"]
