"""Chart builders: meetings DataFrame -> ``altair.Chart``. Pure; the pages draw what these return."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

import altair as alt
import pandas as pd

from eventmap.filters import campus_label
from eventmap.maps import _name, _time_text, campaign_colors, campaign_order

BRUSH = "brush"
ROW_CHOICES = {"campaign": "Campaign", "campus": "Campus"}


def timeline_data(df: pd.DataFrame, row_by: str = "campaign") -> pd.DataFrame:
    """One mark per (row, day, campaign) with its meeting count; details when it is one meeting.

    Undated (pending) meetings have no place on a time axis and are left out; pages count them.
    Grouping keeps the chart's data small at 100k meetings.
    """
    if row_by not in ROW_CHOICES:
        raise ValueError(f"row_by must be one of {', '.join(ROW_CHOICES)}, not {row_by!r}")
    dated = df[df["date"].notna()]
    cols = ["row", "campaign", "date", "meetings", "campus", "venue", "when"]
    if dated.empty:
        return pd.DataFrame(columns=cols)
    campus = campus_label(dated).map(_name)
    frame = pd.DataFrame(
        {
            "row": campus if row_by == "campus" else dated["campaign"].astype("object").map(_name),
            "campaign": dated["campaign"].astype("object").map(_name),
            "date": dated["date"].dt.strftime("%Y-%m-%d"),
            "campus": campus,
            "venue": dated["venue"].astype("object").where(dated["venue"].notna(), "location TBA"),
        },
        index=dated.index,
    )
    grouped = frame.groupby(["row", "campaign", "date"], sort=True, observed=True)
    out = grouped.agg(
        meetings=("campus", "size"), campus=("campus", "first"), venue=("venue", "first")
    ).reset_index()
    singles = grouped.size()
    if len(dated) <= 5_000:
        first_idx = (
            frame.reset_index().groupby(["row", "campaign", "date"], sort=True)["index"].first()
        )
        whens = dict(zip(dated.index, _time_text(dated), strict=True))
        out["when"] = [whens[i] for i in first_idx.to_numpy()]
    else:
        out["when"] = ""
    many = out["meetings"].to_numpy() > 1
    out.loc[many, "campus"] = [f"{n} meetings" for n in singles.to_numpy()[many]]
    out.loc[many, ["venue", "when"]] = ""
    return out[cols]


def timeline(
    df: pd.DataFrame,
    row_by: str = "campaign",
    *,
    colors: Mapping[str, Sequence[int]] | None = None,
) -> alt.Chart:
    """Meetings on a time axis, one row per campaign (or campus), coloured by campaign.

    Carries an interval selection named ``"brush"`` on the x (date) axis; read it back with
    :func:`brush_range`.
    """
    data = timeline_data(df, row_by)
    colors = dict(colors) if colors is not None else campaign_colors(campaign_order(df))
    present = set(data["campaign"])
    colors = {k: v for k, v in colors.items() if k in present} or colors
    brush = alt.selection_interval(name=BRUSH, encodings=["x"])
    rows = data["row"].nunique() if len(data) else 1
    return (
        alt.Chart(data)
        .mark_circle(opacity=0.85, stroke="#333", strokeWidth=0.5)
        .encode(
            x=alt.X(
                "date:T",
                title="Date",
                scale=alt.Scale(type="utc"),
                axis=alt.Axis(format="%d %b %Y"),
            ),
            y=alt.Y(
                "row:N",
                title=None,
                sort=list(colors) if row_by == "campaign" else "ascending",
                axis=alt.Axis(labelLimit=320),
            ),
            color=alt.Color(
                "campaign:N",
                title="Campaign",
                scale=alt.Scale(
                    domain=list(colors), range=[f"rgb({r},{g},{b})" for r, g, b in colors.values()]
                ),
                legend=None,
            ),
            size=alt.Size(
                "meetings:Q", title="Meetings", scale=alt.Scale(range=[80, 400]), legend=None
            ),
            tooltip=[
                alt.Tooltip("campus:N", title="Campus"),
                alt.Tooltip("venue:N", title="Venue"),
                alt.Tooltip("when:N", title="When"),
                alt.Tooltip("date:N", title="Date"),
                alt.Tooltip("campaign:N", title="Campaign"),
                alt.Tooltip("meetings:Q", title="Meetings"),
            ],
        )
        .add_params(brush)
        .properties(height=max(120, 28 * min(rows, 40) + 40))
    )


def _to_ts(value: Any) -> pd.Timestamp | None:
    try:
        if isinstance(value, int | float):
            return pd.Timestamp(datetime.fromtimestamp(value / 1000, tz=UTC))
        if isinstance(value, str):
            ts = pd.Timestamp(value)
            return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    except (ValueError, OverflowError, OSError):
        return None
    return None


def brush_range(selection: Mapping[str, Any] | None) -> tuple[date, date] | None:
    """The days whose marks lie under a timeline brush (from ``event.selection``), or None.

    Marks sit at midnight UTC, so the first day is the brush start rounded up and the last is the
    brush end rounded down; a brush between two marks gives first > last (nothing selected).
    """
    if not selection:
        return None
    brush = selection.get(BRUSH) or {}
    values = brush.get("date") if isinstance(brush, Mapping) else None
    if not isinstance(values, list | tuple) or len(values) != 2:
        return None
    lo, hi = _to_ts(values[0]), _to_ts(values[1])
    if lo is None or hi is None:
        return None
    lo, hi = min(lo, hi), max(lo, hi)
    return lo.ceil("D").date(), hi.floor("D").date()
