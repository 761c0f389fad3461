"""The page's own date: metadata, then the address, then Last-Modified, then a dateline."""

from __future__ import annotations

from datetime import date

import pytest
from listing_server import seed_html

from eventmap.ingest.asof import address_date, describe, header_date
from eventmap.ingest.parse import parse

# A page with no year anywhere: which year its dates fall in depends only on its as-of day.
NO_YEAR = (
    "Spring tour\n\nDetroit, Michigan\nThursday, April 11, 7:00 p.m.\nStudent Center, Room 258\n\n"
    "Ann Arbor, Michigan\nMonday, April 15, 7:00 p.m.\nWeiser Hall Room 182\n"
)
DATES_2019 = ["2019-04-11", "2019-04-15"]  # Thursday and Monday in 2019 (and in 2024, 2030)
LATER = date(2031, 6, 1)  # a "today" far from the page's year


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://example.org/2019/01/23/upcoming-meetings/", date(2019, 1, 23)),
        ("https://example.org/news/2019-01-23-meetings.html", date(2019, 1, 23)),
        ("https://example.org/2019/01/meetings.html", date(2019, 1, 1)),
        ("https://example.org/meetings.html?from=2019/01/23", None),  # the query is not the path
        ("https://2019.example.org/meetings", None),
        ("https://example.org/2019/13/40/", None),
        (None, None),
    ],
)
def test_a_date_in_the_address_path(url, expected):
    assert address_date(url) == expected


def test_http_dates():
    assert header_date("Wed, 23 Jan 2019 10:00:00 GMT") == date(2019, 1, 23)
    assert header_date("yesterday") is None


@pytest.mark.parametrize(
    "kwargs,origin",
    [
        ({"url": "http://127.0.0.1/2019/01/23/meetings.html"}, "address"),
        ({"last_modified": "Wed, 23 Jan 2019 10:00:00 GMT"}, "last-modified"),
        ({"as_of": date(2019, 1, 23)}, "given"),
    ],
)
def test_a_page_without_years_reads_right_from_its_address_or_server_date(kwargs, origin):
    listing = parse(NO_YEAR, today=LATER, **kwargs)
    assert [m.date for m in listing.meetings] == DATES_2019
    assert (listing.as_of, listing.as_of_origin) == (date(2019, 1, 23), origin)


def test_a_page_whose_metadata_carries_its_date_reads_right_without_as_of():
    meta = '<meta property="article:published_time" content="2019-01-23T09:00:00Z">'
    page = seed_html(NO_YEAR, head_extra=meta)
    # The metadata wins over an address and a server date that say otherwise.
    listing = parse(
        page,
        today=LATER,
        url="http://127.0.0.1/2024/01/01/x.html",
        last_modified="Mon, 01 Jan 2024 00:00:00 GMT",
    )
    assert [m.date for m in listing.meetings] == DATES_2019
    assert (listing.as_of, listing.as_of_origin) == (date(2019, 1, 23), "page")
    assert describe(listing.as_of, listing.as_of_origin) == (
        "as of 2019-01-23, from the page's metadata"
    )


def test_a_dateline_in_the_text():
    listing = parse("Posted on January 23, 2019\n\n" + NO_YEAR, today=LATER)
    assert [m.date for m in listing.meetings] == DATES_2019
    assert listing.as_of_origin == "dateline"


def test_with_nothing_known_the_import_day_is_recorded_as_today():
    listing = parse(NO_YEAR, today=date(2019, 2, 1))
    assert [m.date for m in listing.meetings] == DATES_2019
    assert (listing.as_of, listing.as_of_origin) == (date(2019, 2, 1), "today")
    # Read again later with the day recorded as "today": the same dates.
    again = parse(NO_YEAR, today=listing.as_of)
    assert [m.date for m in again.meetings] == DATES_2019


def test_the_seed_keeps_its_own_year_whatever_today_is(seed_text):
    listing = parse(seed_text, today=LATER)
    assert listing.as_of_origin == "today"
    assert {m.date[:4] for m in listing.meetings if m.date} == {"2019"}
