"""A page's time-zone note (``tz_hint``) decides a meeting's zone when its place gives none,
and is reported when it disagrees with the place's zone. Real zoneinfo throughout."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from eventmap.core import tour
from eventmap.core.frame import to_frame
from eventmap.core.tzhint import HINT_ZONES, hint_conflicts, hint_zone, meeting_zone
from eventmap.model import Location, Meeting

BERKELEY = Location(
    37.8719, -122.2585, "venue", "override", "q", "America/Los_Angeles", "Berkeley", "CA", "US"
)
DETROIT = Location(
    42.3574, -83.0702, "venue", "override", "q", "America/Detroit", "Detroit", "MI", "US"
)


@pytest.mark.parametrize(
    ("hint", "day", "utc"),
    [
        ("GMT+1", "2019-03-07", "2019-03-07T18:00Z"),  # fixed: no summer time either
        ("GMT+1", "2019-07-07", "2019-07-07T18:00Z"),
        ("(GMT+1)", "2019-03-07", "2019-03-07T18:00Z"),
        ("UTC-5", "2019-07-07", "2019-07-08T00:00Z"),
        ("GMT+5:30", "2019-03-07", "2019-03-07T13:30Z"),
        ("GMT", "2019-07-07", "2019-07-07T19:00Z"),
        ("EST", "2019-03-07", "2019-03-08T00:00Z"),  # UTC-5 in winter
        ("EST", "2019-07-07", "2019-07-07T23:00Z"),  # written loosely in summer: New York's EDT
        ("EDT", "2019-07-07", "2019-07-07T23:00Z"),
        ("Eastern", "2019-03-07", "2019-03-08T00:00Z"),
        ("Eastern Time", "2019-07-07", "2019-07-07T23:00Z"),
        ("Pacific", "2019-03-07", "2019-03-08T03:00Z"),
        ("CET", "2019-03-07", "2019-03-07T18:00Z"),
        ("CEST", "2019-07-07", "2019-07-07T17:00Z"),
        ("CET", "2019-07-07", "2019-07-07T17:00Z"),  # Paris's summer time
        ("BST", "2019-07-07", "2019-07-07T18:00Z"),
        ("BST", "2019-01-07", "2019-01-07T19:00Z"),  # London in winter is GMT
        ("AEST", "2019-07-07", "2019-07-07T09:00Z"),
        ("NZDT", "2019-01-07", "2019-01-07T06:00Z"),
    ],
)
def test_hint_decides_the_start_of_a_meeting_that_is_not_located(hint, day, utc):
    m = Meeting(campaign="Tour", place="Somewhere", date=day, start_time="19:00", tz_hint=hint)
    df = to_frame([m], [None])
    assert df.loc[0, "start"] == pd.Timestamp(utc)
    assert df.loc[0, "timezone"] == hint_zone(hint)
    assert df.loc[0, "tz_hint"] == hint
    assert pd.Timestamp(df.loc[0, "start_local"]) == pd.Timestamp(utc)
    assert hint_conflicts(df).tolist() == [""]


@pytest.mark.parametrize(
    ("hint", "zone"),
    [
        ("GMT+1", "Etc/GMT-1"),
        ("UTC−3", "Etc/GMT+3"),
        ("GMT+14", "Etc/GMT-14"),
        ("GMT+15", None),
        ("GMT-5:30", None),
        ("est", "America/New_York"),
        ("Mountain time", "America/Denver"),
        ("XYZ", None),
        ("", None),
        (None, None),
    ],
)
def test_hint_zone_table(hint, zone):
    assert hint_zone(hint) == zone


def test_every_zone_in_the_table_is_real():
    from zoneinfo import ZoneInfo

    for zone in set(HINT_ZONES.values()):
        ZoneInfo(zone)


def test_the_place_wins_over_a_disagreeing_hint_and_the_disagreement_is_reported():
    m = Meeting(campaign="Tour", campus="UC Berkeley", date="2019-04-08", start_time="19:00",
                tz_hint="EST")  # fmt: skip
    df = to_frame([m], [BERKELEY])
    assert df.loc[0, "timezone"] == "America/Los_Angeles"
    assert df.loc[0, "start"] == pd.Timestamp("2019-04-09T02:00Z")  # 19:00 PDT
    note = hint_conflicts(df).iloc[0]
    assert "EST" in note and "America/Los_Angeles" in note
    table = tour.warning_table(df)
    row = table[table["kind"] == "time_zone"]
    assert len(row) == 1 and "EST" in row["message"].iloc[0]


def test_a_hint_that_agrees_with_the_place_is_no_conflict():
    # EST written in April (New York is on EDT then) on a meeting in Detroit: same offsets.
    m = Meeting(campaign="Tour", campus="Wayne State", date="2019-04-11", start_time="19:00",
                tz_hint="EST")  # fmt: skip
    df = to_frame([m], [DETROIT])
    assert df.loc[0, "start"] == pd.Timestamp("2019-04-11T23:00Z")
    assert hint_conflicts(df).tolist() == [""]
    assert "time_zone" not in set(tour.warning_table(df)["kind"])


def test_meeting_zone_sources():
    assert meeting_zone(None, None).zone is None
    assert meeting_zone(None, "CET", "2019-03-07").source == "hint"
    placed = meeting_zone("Europe/Berlin", "CET", "2019-03-07")
    assert (placed.zone, placed.source, placed.conflict) == ("Europe/Berlin", "place", None)
    clash = meeting_zone("Europe/London", "CET", "2019-03-07", "19:00")
    assert clash.zone == "Europe/London" and clash.conflict


def test_geocode_cli_uses_the_hint_and_warns_on_a_clash(tmp_path, monkeypatch, capsys):
    from eventmap.cli import main
    from eventmap.geo import geocoder

    monkeypatch.setenv("EVENTMAP_GEOCODER", "offline")
    monkeypatch.setenv("EVENTMAP_GEOCODE_CACHE", str(tmp_path / "cli.sqlite"))
    geocoder.reset_default_geocoder()
    page = tmp_path / "page.txt"
    page.write_text(
        "Upcoming Meetings\n\n"
        "Nowhere Known Hall\nThursday, March 7, 2019, 7 pm (GMT+1)\n\n"
        "University of California, Berkeley\nMonday, April 8, 2019, 7 pm EST\n",
        encoding="utf-8",
    )
    try:
        assert main(["geocode", str(page), "--as-of", "2019-03-01"]) == 0
    finally:
        geocoder.reset_default_geocoder()
    out = capsys.readouterr()
    meetings = json.loads(out.out)["meetings"]
    hinted = next(m for m in meetings if m["tz_hint"] == "GMT+1")
    assert hinted["timezone"] == "Etc/GMT-1" and hinted["start"] == "2019-03-07T19:00:00+01:00"
    berkeley = next(m for m in meetings if m["tz_hint"] == "EST")
    assert berkeley["timezone"] == "America/Los_Angeles"  # the offline gazetteer knows it
    assert berkeley["start"] == "2019-04-08T19:00:00-07:00"
    assert "EST, but the place is in America/Los_Angeles" in out.err
