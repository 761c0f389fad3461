"""The home page's timeline: meetings DataFrame -> Vega-Lite spec. Pure; the page draws it.

A plain spec dict rather than an Altair chart: importing Altair takes longer (about 0.2 s) than
everything the home page does before its map, and the page's first full run in a new process is
on the path to the whole page (``web.first_view``). The Export page's bar charts
(``views.summary_charts``) stay in Altair.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

import numpy as np
import pandas as pd

from eventmap.core.filters import campus_label
from eventmap.core.frame import status_labels
from eventmap.views.palette import campaign_colors, campaign_order, display_names
from eventmap.views.tour_map import time_text

BRUSH = "brush"
ROW_CHOICES = {"campaign": "Campaign", "campus": "Campus"}


DAY_MS = 86_400_000  # a day in the time scale's milliseconds


def timeline_data(df: pd.DataFrame, row_by: str = "campaign") -> pd.DataFrame:
    """One mark per (row, day, campaign) with its meeting count; details (its status as the
    other pages word it) when it is one meeting.

    Undated (pending) meetings have no place on a time axis and are left out; pages count them.
    Grouping keeps the chart's data small at 100k meetings. Marks are ordered by row, campaign
    and day; a mark's campus and venue are its first meeting's (in ``df`` order).
    """
    if row_by not in ROW_CHOICES:
        raise ValueError(f"row_by must be one of {', '.join(ROW_CHOICES)}, not {row_by!r}")
    cols = ["row", "campaign", "date", "meetings", "campus", "venue", "when", "status"]
    dated = np.flatnonzero(df["date"].notna().to_numpy())
    if not len(dated):
        return pd.DataFrame(columns=cols)
    campaign = display_names(df["campaign"]).to_numpy()[dated]
    campus = display_names(campus_label(df)).to_numpy()[dated]
    row = campus if row_by == "campus" else campaign
    day = df["date"].to_numpy()[dated].astype("datetime64[D]")
    # Sorted codes keep the marks in (row, campaign, day) order, as a sorted groupby would.
    r_codes, _ = pd.factorize(row, sort=True)
    c_codes, c_uniques = pd.factorize(campaign, sort=True)
    d_codes, d_uniques = pd.factorize(day, sort=True)
    key = (r_codes.astype(np.int64) * len(c_uniques) + c_codes) * len(d_uniques) + d_codes
    order = np.argsort(key, kind="stable")
    starts = np.flatnonzero(np.r_[True, key[order][1:] != key[order][:-1]])
    counts = np.diff(np.r_[starts, len(order)])
    first = order[starts]  # each mark's first meeting (a stable sort keeps df order)
    venue = df["venue"].to_numpy(dtype=object)[dated[first]]
    out = pd.DataFrame(
        {
            "row": row[first],
            "campaign": campaign[first],
            "date": np.datetime_as_string(d_uniques[d_codes[first]], unit="D"),
            "meetings": counts.astype("int64"),
            "campus": campus[first],
            "venue": np.where(pd.isna(venue), "location TBA", venue).astype(object),
            "when": "",
            "status": status_labels(df["status"].iloc[dated[first]]).to_numpy(),
        },
        columns=cols,
    )
    single = counts == 1
    if single.sum() <= 5_000:
        out.loc[single, "when"] = time_text(df.iloc[dated[first[single]]])
    many = ~single
    out.loc[many, "campus"] = [f"{n} meetings" for n in counts[many]]
    out.loc[many, ["venue", "when", "status"]] = ""
    return out


def timeline(
    df: pd.DataFrame,
    row_by: str = "campaign",
    *,
    colors: Mapping[str, Sequence[int]] | None = None,
) -> dict[str, Any]:
    """Meetings on a time axis, one row per campaign (or campus), coloured by campaign, as a
    Vega-Lite spec (for ``st.vega_lite_chart``); its ``data.values`` is :func:`timeline_data`'s
    frame, which Streamlit sends as Arrow.

    Carries an interval selection named ``"brush"`` on the x (date) axis; read it back with
    :func:`brush_range`.
    """
    data = timeline_data(df, row_by)
    colors = dict(colors) if colors is not None else campaign_colors(campaign_order(df))
    present = set(data["campaign"])
    colors = {k: v for k, v in colors.items() if k in present} or colors
    rows = data["row"].nunique() if len(data) else 1
    tooltip = [
        {"field": "campus", "type": "nominal", "title": "Campus"},
        {"field": "venue", "type": "nominal", "title": "Venue"},
        {"field": "when", "type": "nominal", "title": "When"},
        {"field": "status", "type": "nominal", "title": "Status"},
        {"field": "date", "type": "temporal", "title": "Date", "format": "%a %d %b %Y"},
        {"field": "campaign", "type": "nominal", "title": "Campaign"},
        {"field": "meetings", "type": "quantitative", "title": "Meetings"},
    ]
    return {
        "data": {"values": data},
        "mark": {"type": "circle", "opacity": 0.85, "stroke": "#333", "strokeWidth": 0.5},
        "encoding": {
            "x": {
                "field": "date",
                "type": "temporal",
                "title": "Date",
                # Padding keeps the first and last marks whole instead of cut at the edges.
                "scale": {"type": "utc", "padding": 14},
                # About one label per 110 px, flush at the ends: on a phone only 3-4 fit.
                "axis": {
                    "format": "%d %b %Y",
                    "labelFlush": True,
                    "tickCount": {"expr": "ceil(containerSize()[0] / 110)"},
                    # meetings a day or two apart: ticks a day apart, not hours each labelled
                    # with the same day ("14 Jan 2027" eight times)
                    "tickMinStep": DAY_MS,
                },
            },
            "y": {
                "field": "row",
                "type": "nominal",
                "title": None,
                "sort": list(colors) if row_by == "campaign" else "ascending",
                # Long campaign names took most of a phone's width; at most a third of it.
                "axis": {"labelLimit": {"expr": "min(320, containerSize()[0] / 3)"}},
            },
            "color": {
                "field": "campaign",
                "type": "nominal",
                "title": "Campaign",
                "scale": {
                    "domain": list(colors),
                    "range": [f"rgb({r},{g},{b})" for r, g, b in colors.values()],
                },
                "legend": None,
            },
            "size": {
                "field": "meetings",
                "type": "quantitative",
                "title": "Meetings",
                "scale": {"range": [80, 400]},
                "legend": None,
            },
            "tooltip": tooltip,
        },
        "params": [{"name": BRUSH, "select": {"type": "interval", "encodings": ["x"]}}],
        # A band per row; "fit-x" fits the width only (Streamlit's default "fit" squeezed the
        # rows into a fixed height that also had to hold the axis).
        "height": {"step": 28} if rows <= 40 else 28 * 40,
        "autosize": {"type": "fit-x", "contains": "padding"},
    }


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
