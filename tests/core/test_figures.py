"""Headline figures: counts, date span, tour distance over tours only, past and upcoming."""

from __future__ import annotations

from datetime import date

from page_fixtures import frame, page
from seed_fixtures import APRIL, seed_frame

from eventmap.core import figures, tour


def test_the_bundled_page_figures():
    df = seed_frame()
    figs = figures.headline(df, today=date(2026, 12, 1))
    assert (figs.meetings, figs.pending) == (14, 1)
    assert figs.date_span() == "11 Mar – 18 Apr 2019"
    assert figs.days == 39
    # Tour distance: the April tour only, not the March campaign's 13,603 km between local groups.
    assert figs.tour_km == tour.summary(tour.legs(df, campaign=APRIL)).total_km
    assert (figs.tours, figs.not_tours) == (1, 1)
    assert figs.tour_note().startswith("Tour distance counts 1 tour; 1 other campaign")
    assert figs.all_past and figs.timing() == "Past meetings · latest 18 Apr 2019"


def test_upcoming_and_past_are_told_apart_around_today():
    df = frame(
        page(
            "Two Terms",
            ("UC Berkeley", "Monday, April 8, 2030, 7:00 p.m.", "Room 101"),
            ("UCLA", "Friday, May 10, 2030, 7:00 p.m.", "Room 2"),
        )
    )
    before = figures.headline(df, today=date(2030, 1, 1))
    assert (before.past, before.upcoming) == (0, 2)
    assert before.timing() == "Upcoming meetings · from 8 Apr 2030"
    between = figures.headline(df, today=date(2030, 5, 1))
    assert between.timing() == "1 upcoming and 1 past meetings"
    assert len(figures.upcoming_only(df, today=date(2030, 5, 1))) == 1
    after = figures.headline(df, today=date(2030, 6, 1))
    assert after.timing() == "Past meetings · latest 10 May 2030"


def test_no_dated_meetings():
    figs = figures.headline(seed_frame().iloc[0:0], today=date(2030, 1, 1))
    assert figs.date_span() == "none" and figs.timing() == "No dated meetings"
    assert figs.tour_km == 0 and figs.tours == 0


def test_a_span_over_two_years_fits_the_dashboard_s_figure():
    df = frame(
        page(
            "Winter",
            ("UC Berkeley", "Thursday, December 10, 2026, 7:00 p.m.", "Room 101"),
            ("UCLA", "Monday, February 1, 2027, 7:00 p.m.", "Room 2"),
        )
    )
    figs = figures.headline(df, today=date(2026, 12, 1))
    assert figs.date_span() == "Dec 2026 – Feb 2027"  # "10 Dec 2026 – 1 Feb 2027" was cut off
    assert (figs.first, figs.last) == (date(2026, 12, 10), date(2027, 2, 1))  # the help's dates
    one_month = frame(
        page(
            "Winter",
            ("UC Berkeley", "Thursday, January 14, 2027, 7:00 p.m.", "Room 101"),
            ("UCLA", "Friday, January 15, 2027, 7:00 p.m.", "Room 2"),
        )
    )
    assert figures.headline(one_month, today=date(2026, 12, 1)).date_span() == "14–15 Jan 2027"
