"""The diff on one campus with many meetings (the large-group pairing path), not timed."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from eventmap.ingest import diff
from eventmap.model import Meeting


def _tour(n: int) -> list[Meeting]:
    start = datetime.date(2019, 1, 1)
    return [
        Meeting(
            campaign="Tour",
            campus="State University",
            venue=f"Hall {i % 7}",
            room=f"Room {i}",
            date=(start + datetime.timedelta(days=i // 2)).isoformat(),
            start_time=["18:00", "19:00"][i % 2],
            source_line=i,
        )
        for i in range(n)
    ]


def _moved(meetings: list[Meeting], days: int) -> list[Meeting]:
    step = datetime.timedelta(days=days)
    return [
        dataclasses.replace(m, date=(datetime.date.fromisoformat(m.date) + step).isoformat())
        for m in meetings
    ]


@pytest.mark.parametrize("days", [400, -400, 1000])
def test_a_large_tour_moved_pairs_every_meeting_with_itself(days: int) -> None:
    n = 120  # 120 x 120 candidate pairs is above the all-pairs limit
    assert n * n > diff.ALL_PAIRS_LIMIT
    old = _tour(n)
    result = diff.diff_listings(old, _moved(old, days))
    assert result.counts() == {"added": 0, "removed": 0, "changed": n}
    assert all(c.before.source_line == c.after.source_line for c in result.changed)
    assert all(c.fields == ["date"] for c in result.changed)


def test_a_large_group_with_extra_meetings_pairs_as_many_as_it_can() -> None:
    old = _tour(100)
    new = _moved(_tour(130), 400)  # 30 more meetings than before, all dates moved
    result = diff.diff_listings(old, new)
    assert result.counts() == {"added": 30, "removed": 0, "changed": 100}
    assert sum(c.before.source_line == c.after.source_line for c in result.changed) == 100
