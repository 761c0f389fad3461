"""A list that states its place once ("All meetings begin at 7.30pm in Liberty Hall"): a line's
remark that says why the meeting is off ("CANCELLED – hall unavailable", "abgesagt – Saal
nicht verfügbar") names no place, so the list's place stays; a hotel named on a line is its
place ("…, 1830hrs, Wynn's Hotel, 35-39 Lower Abbey Street"). From the union branch schedule
of tests/ingest/corpus/holdout5; the rows are variants written from the pattern, not copied
from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.parse.lexicon import _unavailable

AS_OF = date(2026, 2, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


RULE = (
    "Branch meetings are held on the second Tuesday of the month. All meetings begin at 7.30pm"
    " in Trades Hall, Carlton (4th floor), unless otherwise stated below."
)


def _page(line: str, rule: str = RULE) -> str:
    return (
        f"BRANCH MEETINGS 2026\n\n{rule}\n\n  * Tuesday 10 March\n  * {line}\n  * Tuesday 12 May\n"
    )


# fmt: off
@pytest.mark.parametrize("remark", [
    "CANCELLED – hall unavailable",
    "POSTPONED – venue double-booked",
    "Cancelled – room not available",
    "CANCELLED – hall closed for repairs",
])
# fmt: on
def test_a_reason_a_meeting_is_off_names_no_place(remark):
    ms = parse(_page(f"Tuesday 14 April — {remark}"), as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2026-03-10", "2026-04-14", "2026-05-12"]
    assert "Trades Hall" in _places(ms[1])
    assert ms[1].status in ("cancelled", "postponed")


@pytest.mark.parametrize("remark", ["CANCELLED – hall unavailable", "Postponed - venue closed"])
def test_without_a_list_place_the_reason_is_no_venue(remark):
    page = f"Meetings\n\nTuesday 14 April 2026, 7pm — {remark}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert _places(m) == ""
    assert m.status in ("cancelled", "postponed")


# fmt: off
@pytest.mark.parametrize("text,reason", [
    ("hall unavailable", True),
    ("salle indisponible", True),
    ("Saal nicht verfügbar", False),   # a German noun has its capital: not read as a remark
    ("sala no disponible", True),
    ("Main Hall (closed)", False),
    ("room 4 unavailable", False),
    ("upstairs room", False),
])
# fmt: on
def test_what_reads_as_a_reason(text, reason):
    assert _unavailable(text) is reason


# fmt: off
@pytest.mark.parametrize("line,venue", [
    ("Tuesday 14 April — AGM, 6.30pm, Wynn's Hotel, 35-39 Lower Abbey Street", "Wynn's Hotel"),
    ("Tuesday 14 April — Special meeting at the Clarence Hotel", "Clarence Hotel"),
    ("Tuesday 14 April — Social, Grand Hotel, Station Road", "Grand Hotel"),
])
# fmt: on
def test_a_hotel_on_a_line_is_its_place(line, venue):
    ms = parse(_page(line), as_of=AS_OF).meetings
    assert venue in _places(ms[1])
    assert "Trades Hall" not in _places(ms[1])


def test_a_lines_own_title_is_not_shared_down_the_list():
    page = _page("Tuesday 14 April — ANNUAL GENERAL MEETING – note earlier start, 6pm")
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.title for m in ms] == [None, "ANNUAL GENERAL MEETING – note earlier start", None]
    assert [m.start_time for m in ms] == ["19:30", "18:00", "19:30"]
