"""A "details to follow" in lower case that ends the sentence wrapped from the line above ("TN
reported that the network is planning a social in the new year;" / "details to follow.") is the
end of a report, as minutes write one, not an entry "Details to follow" of its own. Written
from holdout10's Cardiff minutes (any other business); the rows are variants."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 8)
NEXT = "NEXT MEETINGS\n- Branch Committee – Tuesday 12 January 2027, 6pm, Unity House, Leeds\n"


# fmt: off
@pytest.mark.parametrize("above,marker", [
    ("TN reported that the youth network is planning a social in the new year;", "details to follow."),
    ("The Secretary said a rally is likely in February, with", "details to be announced."),
    ("A joint meeting with the Swansea branch was proposed for the spring -", "details tba"),
    ("Members asked about a training day, and the date", "to be confirmed"),
    ("JB will look into a film night in March,", "details coming soon."),
    ("Il a été proposé d'organiser une fête en janvier,", "details to follow"),
    ("The branch will hold a stall at the fair, time and place", "tbd"),
])
# fmt: on
def test_a_pending_marker_that_ends_a_sentence_is_no_entry(above, marker):
    page = f"7. ANY OTHER BUSINESS\n{above}\n{marker}\n\n{NEXT}"
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time, m.status) for m in listing.meetings] == [
        ("2027-01-12", "18:00", "scheduled")
    ]


@pytest.mark.parametrize("marker", ["Details to follow.", "TBA", "Date to be confirmed"])
def test_a_pending_entry_of_its_own_stays(marker):
    page = f"Bangor\n{marker}\n\nCardiff\nTuesday 12 January 2027, 6pm\nUnity House\n"
    listing = parse(page, as_of=AS_OF)
    assert [m.status for m in listing.meetings] == ["pending", "scheduled"]
