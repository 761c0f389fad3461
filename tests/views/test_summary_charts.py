"""Summary charts on the export page: counts per campaign, state and month."""

from __future__ import annotations

import pandas as pd
import pytest
from export_fixtures import sample_frame

from eventmap.views import summary_charts as sc


@pytest.fixture
def frame() -> pd.DataFrame:
    return sample_frame()


def test_counts_per_campaign_largest_first(frame):
    got = sc.counts(frame, "campaign")
    assert got.to_dict("records") == [
        {"campaign": "Chelsea Manning campus meetings", "meetings": 4},
        {"campaign": "The Threat of Fascism and How to Fight it", "meetings": 2},
    ]


def test_counts_per_state_names_the_unknown(frame):
    got = dict(zip(*sc.counts(frame, "state").T.values, strict=True))
    assert got == {sc.UNKNOWN: 3, "CA": 1, "MA": 1, "NY": 1}
    assert sum(got.values()) == len(frame)


def test_monthly_fills_empty_months_and_skips_undated():
    dates = ["2019-01-05", "2019-03-10", "2019-03-11", None]
    df = pd.DataFrame({"date": pd.to_datetime(dates)})
    got = sc.monthly(df)
    assert got["month"].dt.strftime("%Y-%m").tolist() == ["2019-01", "2019-02", "2019-03"]
    assert got["meetings"].tolist() == [1, 0, 2]


@pytest.mark.parametrize(
    ("builder", "field", "rows"),
    [(sc.per_campaign, "campaign", 2), (sc.per_state, "state", 4), (sc.per_month, "month", 2)],
)
def test_chart_specs_carry_the_counts(frame, builder, field, rows):
    spec = builder(frame).to_dict()
    (data,) = spec["datasets"].values()
    assert len(data) == rows
    assert sum(r["meetings"] for r in data) == (
        frame["date"].notna().sum() if field == "month" else len(frame)
    )
    assert spec["mark"]["type"] == "bar"


def test_month_chart_title_mentions_undated(frame):
    assert "1 without a date" in sc.per_month(frame).to_dict()["title"]
    dated = frame[frame["date"].notna()]
    assert sc.per_month(dated).to_dict()["title"] == "Meetings per month"


def test_empty_frame_gives_empty_charts(frame):
    empty = frame.iloc[0:0]
    for builder in (sc.per_campaign, sc.per_state, sc.per_month):
        (data,) = builder(empty).to_dict()["datasets"].values()
        assert data == []


@pytest.mark.parametrize("builder", [sc.per_campaign, sc.per_state])
def test_bar_charts_send_plain_text_and_grow_with_their_rows(frame, builder):
    # pandas 3's str dtype reaches Streamlit's Vega-Lite frontend as Arrow large_string, which
    # it decoded as garbage (empty charts, labels like "€&"); a fixed height under the default
    # "fit" autosize left no room for the bars.
    chart = builder(frame)
    assert all(chart.data[c].dtype == object for c in chart.data.columns if c != "meetings")
    spec = chart.to_dict()
    assert spec["height"] == {"step": 24}
    assert spec["autosize"]["type"] == "fit-x"
