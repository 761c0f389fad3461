"""Dated entries under a heading such as "Past events" ("Vergangene Veranstaltungen",
"Événements passés", "Eventos anteriores"), up to a heading such as "Upcoming events", are no
meetings when they write their year (what the fourth held-out corpus's Meetup page read as extra
meetings); one without a year stays a meeting, with a warning. The rows are variants written from
the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 1, 10)


# A "Past events" section ----------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("heading,upcoming,lang", [
    ("Past events (112)", "Upcoming events", None),
    ("Previous meetings:", "Next meetings", None),
    ("Vergangene Veranstaltungen", "Kommende Veranstaltungen", "de"),
    ("Événements passés", "Événements à venir", "fr"),
    ("Eventos anteriores", "Próximos eventos", "es"),
    # a club's and a chapter's word for it: "LAST TIME", "Déjà passé"
    ("LAST TIME", "WHAT'S ON", None),
    ("Last time", "Coming up", None),
    ("Déjà passé", "À venir", "fr"),
    ("DÉJÀ PASSÉ", "PROCHAINEMENT", "fr"),
])
# fmt: on
def test_dated_entries_under_a_past_events_heading_are_no_meetings(heading, upcoming, lang):
    page = (
        f"Riverside Python\n\n{upcoming}\n\n"
        "TUE, MAR 10, 2026, 6:30 PM\nSpring talks\nThe Crown · 5 Bridge St, Leeds\n\n"
        f"{heading}\n\n"
        "TUE, DEC 9, 2025, 6:30 PM\nWinter talks\nThe Crown · 5 Bridge St, Leeds\n\n"
        "WED, NOV 12, 2025, 7:00 PM\nAutumn social\nThe Crown · 5 Bridge St, Leeds\n"
    )
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-03-10"]
    warned = {w.line for w in listing.warnings if heading.strip() in w.reason}
    assert warned == {11, 15}


def test_an_upcoming_heading_after_a_past_section_ends_it():
    page = (
        "Club diary\n\nPast events\n\nTUE, DEC 9, 2025, 6:30 PM\nWinter talks\nThe Crown\n\n"
        "Upcoming events\n\nTUE, MAR 10, 2026, 6:30 PM\nSpring talks\nThe Crown\n"
    )
    listing = parse(page, as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2026-03-10"]


def test_a_past_entry_without_a_year_stays_a_meeting_with_a_warning():
    page = (
        "Club diary\n\nUpcoming events\n\nTUE, 10 MAR AT 18:30\nSpring talks\nThe Crown\n\n"
        "Past events\nTUE, 9 DEC AT 18:30\nWinter talks\nThe Crown\n"
    )
    listing = parse(page, as_of=AS_OF)
    assert len(listing.meetings) == 2
    assert any(w.line == 10 and "no year" in w.reason for w in listing.warnings)


def test_a_menu_link_named_past_events_is_no_heading():
    page = (
        "Riverside Python\nHome\nPast events\nContact\nAbout us\n\nSpring programme\n\n"
        "TUE, MAR 10, 2026, 6:30 PM\nSpring talks\nThe Crown · 5 Bridge St, Leeds\n\n"
        "TUE, APR 14, 2026, 6:30 PM\nApril talks\nThe Crown · 5 Bridge St, Leeds\n"
    )
    listing = parse(page, as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2026-03-10", "2026-04-14"]
