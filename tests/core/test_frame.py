"""The one typed DataFrame: schema, types, time zones, and one id per row."""

from __future__ import annotations

import pandas as pd

from eventmap.core.frame import COLUMNS, coerce, to_frame
from eventmap.model import Location, Meeting

DETROIT = Meeting(
    campaign="Tour", campus="Wayne State University", date="2019-04-11", start_time="19:00"
)
HERE = Location(
    42.3574, -83.0702, "venue", "override", "q", "America/Detroit", "Detroit", "MI", "US"
)


def test_schema_types_and_utc_start():
    df = to_frame([DETROIT, Meeting(campaign="Tour", campus="MIT")], [HERE, None])
    assert list(df.columns) == COLUMNS
    assert str(df["date"].dtype) == "datetime64[ns]"
    assert str(df["start"].dtype) == "datetime64[ns, UTC]"
    assert df["campaign"].dtype == "category"
    assert df.loc[0, "start"] == pd.Timestamp("2019-04-11T23:00Z")  # 19:00 EDT
    assert df.loc[0, "start_local"] == "2019-04-11T19:00:00-04:00"
    assert (df.loc[0, "city"], df.loc[0, "state"]) == ("Detroit", "MI")  # filled from the location
    assert pd.isna(df.loc[1, "start"]) and pd.isna(df.loc[1, "lat"])
    pd.testing.assert_frame_equal(coerce(df.astype(object)), df)


def test_a_meeting_listed_twice_gets_two_ids():
    df = to_frame([DETROIT, DETROIT, DETROIT], [HERE, HERE, HERE])
    ids = list(df["meeting_id"])
    assert ids[0] == DETROIT.meeting_id
    assert ids[1:] == [f"{ids[0]}-2", f"{ids[0]}-3"]
    assert df["meeting_id"].is_unique


def test_two_meetings_at_one_campus_on_one_date_keep_their_ids_when_swapped():
    early = Meeting(campaign="Tour", campus="Wayne State University", date="2019-04-11",
                    start_time="12:00", venue="Student Center")  # fmt: skip
    late = Meeting(campaign="Tour", campus="Wayne State University", date="2019-04-11",
                   start_time="19:00", venue="Old Main")  # fmt: skip
    assert early.key == late.key
    ids = dict(zip(["early", "late"], to_frame([early, late])["meeting_id"], strict=True))
    swapped = dict(zip(["late", "early"], to_frame([late, early])["meeting_id"], strict=True))
    assert ids == swapped
    assert ids["early"] != ids["late"]
