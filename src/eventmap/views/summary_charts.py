"""Summary charts of the (filtered) meetings: how many per campaign, per state, per month.

Pure builders: each takes the meetings frame and returns an ``alt.Chart``; the page draws it.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

UNKNOWN = "(unknown)"
FIT_X = alt.AutoSizeParams(type="fit-x", contains="padding")


def counts(df: pd.DataFrame, column: str) -> pd.DataFrame:
    """``column`` value -> number of meetings, largest first; missing values as "(unknown)"."""
    values = df[column].astype("object").where(df[column].notna(), UNKNOWN).astype(str)
    out = values.value_counts().rename_axis(column).reset_index(name="meetings")
    out = out.sort_values(["meetings", column], ascending=[False, True], ignore_index=True)
    # Plain objects, not pandas 3's default str dtype: that goes to Arrow as large_string, which
    # Streamlit's Vega-Lite frontend decodes as garbage (bars drawn from nothing, labels like "€&").
    return out.astype({column: object})


def monthly(df: pd.DataFrame) -> pd.DataFrame:
    """Dated meetings per calendar month (months with none inside the range included)."""
    dated = df["date"].dropna()
    if dated.empty:
        return pd.DataFrame({"month": pd.Series(dtype="datetime64[ns]"), "meetings": []})
    per = dated.dt.to_period("M").value_counts()
    months = pd.period_range(per.index.min(), per.index.max(), freq="M")
    per = per.reindex(months, fill_value=0)
    return pd.DataFrame({"month": months.to_timestamp(), "meetings": per.to_numpy(dtype="int64")})


def _bars(data: pd.DataFrame, column: str, label: str, title: str) -> alt.Chart:
    # A band per row. Streamlit's default autosize "fit" squeezes title, axes and bars into a
    # fixed height (a two-campaign chart had no room left for its bars); "fit-x" fits the width
    # to the column and lets the height follow the rows.
    height = alt.Step(24)
    return (
        alt.Chart(data, title=title)
        .mark_bar()
        .encode(
            y=alt.Y(f"{column}:N", sort="-x", title=None, axis=alt.Axis(labelLimit=220)),
            x=alt.X("meetings:Q", title="Meetings", axis=alt.Axis(tickMinStep=1)),
            tooltip=[
                alt.Tooltip(f"{column}:N", title=label),
                alt.Tooltip("meetings:Q", title="Meetings"),
            ],
        )
        .properties(height=height, autosize=FIT_X)
    )


def per_campaign(df: pd.DataFrame) -> alt.Chart:
    return _bars(counts(df, "campaign"), "campaign", "Campaign", "Meetings per campaign")


def per_state(df: pd.DataFrame) -> alt.Chart:
    return _bars(counts(df, "state"), "state", "State", "Meetings per state")


def per_month(df: pd.DataFrame) -> alt.Chart:
    data = monthly(df)
    undated = int(df["date"].isna().sum())
    title = "Meetings per month"
    if undated:
        title += f" ({undated} without a date not shown)"
    return (
        alt.Chart(data, title=title)
        .mark_bar()
        .encode(
            x=alt.X("yearmonth(month):O", title="Month"),
            y=alt.Y("meetings:Q", title="Meetings", axis=alt.Axis(tickMinStep=1)),
            tooltip=[
                alt.Tooltip("yearmonth(month):T", title="Month", format="%B %Y"),
                alt.Tooltip("meetings:Q", title="Meetings"),
            ],
        )
        .properties(height=160, autosize=FIT_X)
    )
