from __future__ import annotations

import dataclasses
import json

import pytest
from seed_fixtures import APRIL, march_campaign, seed_meetings
from store_fixtures import edited

from eventmap.ingest.diff import diff_listings, meeting_label
from eventmap.model import Meeting

MARCH = march_campaign()

NEW_MEETING = Meeting(
    APRIL,
    place="Chicago, Illinois",
    campus="University of Chicago",
    venue="Ida Noyes Hall",
    date="2019-04-13",
    start_time="18:00",
)


def _venue_moved(ms):
    return edited(
        ms,
        1,
        venue="Love Library",
        room="Room 430",
        address="5500 Campanile Dr, San Diego, CA 92182",
    )


def _time_changed(ms):
    return edited(ms, 2, start_time="18:00")


def _date_added(ms):
    return edited(ms, 13, date="2019-03-20", start_time="18:00", status="scheduled")


def _tba_resolved(ms):
    return edited(
        ms, 4, start_time="19:00", time_tba=False, status="scheduled", venue="Stata Center"
    )


def _date_moved(ms):
    return edited(ms, 3, date="2019-04-16")


def _campus_renamed(ms):
    return edited(ms, 0, campus="University of California, Berkeley")


# (case, edit, expected added, removed, [(label campus, fields)], summary phrase)
CASES = [
    ("unchanged re-import", lambda ms: ms, 0, 0, []),
    (
        "venue moved",
        _venue_moved,
        0,
        0,
        [("San Diego State University", ["venue", "room", "address"])],
    ),
    ("time changed", _time_changed, 0, 0, [("Wayne State University", ["start_time"])]),
    (
        "date added",
        _date_added,
        0,
        0,
        [("Massachusetts Institute of Technology", ["date", "start_time", "status"])],
    ),
    (
        "TBA resolved",
        _tba_resolved,
        0,
        0,
        [("Massachusetts Institute of Technology", ["venue", "start_time", "time_tba", "status"])],
    ),
    ("date moved", _date_moved, 0, 0, [("University of Michigan", ["date"])]),
    ("campus renamed", _campus_renamed, 0, 0, [("University of California, Berkeley", ["campus"])]),
    ("meeting added", lambda ms: ms[:3] + [NEW_MEETING] + ms[3:], 1, 0, []),
    ("meeting removed", lambda ms: ms[:2] + ms[3:], 0, 1, []),
    (
        "lines shifted only",
        lambda ms: [dataclasses.replace(m, source_line=m.source_line + 5) for m in ms],
        0,
        0,
        [],
    ),
]


@pytest.mark.parametrize(
    ("case", "edit", "n_added", "n_removed", "changes"), CASES, ids=[c[0] for c in CASES]
)
def test_diff_cases(case, edit, n_added, n_removed, changes):
    old = seed_meetings()
    new = edit(seed_meetings())
    d = diff_listings(old, new)
    assert len(d.added) == n_added
    assert len(d.removed) == n_removed
    assert [(c.after.campus, c.fields) for c in d.changed] == changes
    assert d.empty == (n_added == n_removed == 0 and not changes)


def test_added_and_removed_are_the_right_meetings():
    old = seed_meetings()
    d = diff_listings(old, old[:2] + old[3:] + [NEW_MEETING])
    assert d.added == [NEW_MEETING]
    assert [m.campus for m in d.removed] == ["Wayne State University"]


@pytest.mark.parametrize(
    ("edit", "phrases"),
    [
        (_venue_moved, ["venue moved"]),
        (_time_changed, ["time changed"]),
        (_date_added, ["date added", "time added", "status changed"]),
        (_date_moved, ["date changed"]),
        (lambda ms: edited(ms, 0, room="Room 102"), ["room changed"]),
    ],
)
def test_change_summary(edit, phrases):
    d = diff_listings(seed_meetings(), edit(seed_meetings()))
    assert d.changed[0].summary() == phrases


def test_done_when_scenario_shows_exactly_two_changes():
    """The seed page edited to move one venue and add one meeting: exactly those two show."""
    new = _venue_moved(seed_meetings())
    new.insert(3, NEW_MEETING)
    d = diff_listings(seed_meetings(), new)
    assert d.counts() == {"added": 1, "removed": 0, "changed": 1}
    assert d.added[0].campus == "University of Chicago"
    assert d.changed[0].before.venue == "Student Union"
    assert d.changed[0].after.venue == "Love Library"


def test_same_campus_twice_in_a_campaign_pairs_by_date_and_kind():
    # NYU has a meeting (03-12) and a rally (03-14) in the same campaign; moving the rally's time
    # must not swap the two.
    new = edited(seed_meetings(), 10, start_time="17:00")
    d = diff_listings(seed_meetings(), new)
    assert len(d.changed) == 1
    assert d.changed[0].before.kind == "rally" and d.changed[0].fields == ["start_time"]


def test_campaign_renamed_keeps_meetings_as_changes():
    new = [
        dataclasses.replace(m, campaign="Free Chelsea Manning") if m.campaign == MARCH else m
        for m in seed_meetings()
    ]
    d = diff_listings(seed_meetings(), new)
    assert not d.added and not d.removed
    assert len(d.changed) == 8 and all(c.fields == ["campaign"] for c in d.changed)


def test_duplicate_entry_removed_once():
    old = seed_meetings()
    doubled = old + [dataclasses.replace(old[0], source_line=200)]
    d = diff_listings(doubled, old)
    assert len(d.removed) == 1 and not d.changed and not d.added


def test_unrelated_meetings_are_not_paired():
    old = [seed_meetings()[0]]
    new = [NEW_MEETING]
    d = diff_listings(old, new)
    assert d.added == new and d.removed == old and not d.changed


def test_from_and_to_empty():
    assert diff_listings([], seed_meetings()).counts() == {"added": 14, "removed": 0, "changed": 0}
    assert diff_listings(seed_meetings(), []).counts() == {"added": 0, "removed": 14, "changed": 0}


def test_to_dict_shape_is_json():
    d = diff_listings(seed_meetings(), _venue_moved(seed_meetings()) + [NEW_MEETING])
    data = json.loads(json.dumps(d.to_dict()))
    assert set(data) == {"added", "removed", "changed"}
    assert data["added"][0]["campus"] == "University of Chicago"
    change = data["changed"][0]
    assert set(change) == {"before", "after", "fields"}
    assert (
        change["before"]["venue"] == "Student Union" and change["after"]["venue"] == "Love Library"
    )
    assert change["fields"] == ["venue", "room", "address"]


def test_field_rows_one_per_field():
    d = diff_listings(seed_meetings(), _venue_moved(seed_meetings()))
    rows = d.field_rows()
    assert [r["field"] for r in rows] == ["venue", "room", "address"]
    assert rows[0] == {
        "meeting": "San Diego State University (2019-04-09)",
        "field": "venue",
        "before": "Student Union",
        "after": "Love Library",
    }


@pytest.mark.parametrize(
    ("meeting", "label"),
    [
        (Meeting(campus="MIT", status="pending"), "MIT (pending)"),
        (Meeting(campus="NYU", kind="rally", date="2019-03-14"), "Rally: NYU (2019-03-14)"),
        (Meeting(place="Detroit, Michigan"), "Detroit, Michigan (no date)"),
    ],
)
def test_meeting_label(meeting, label):
    assert meeting_label(meeting) == label
