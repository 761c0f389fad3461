"""The dashboard's map: one point per located meeting, coloured by campaign, and lines joining
the meetings in date order for each campaign that is a tour (see :mod:`eventmap.core.shapes`); local campaigns,
series and single meetings are drawn as points only."""

from __future__ import annotations

import json
import threading
import weakref
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pydeck as pdk

from eventmap.core.filters import campus_label
from eventmap.core.shapes import tour_names, with_shapes
from eventmap.core.tour import NO_CAMPAIGN, tour_order
from eventmap.model import APPROXIMATE_PRECISIONS
from eventmap.views.deck import (
    DECIMALS,
    TOOLTIP,
    TOOLTIP_LIMIT,
    CompactDeck,
    RawJSON,
    join_points,
    make_deck,
)
from eventmap.views.palette import NO_VALUE, campaign_colors, campaign_order, display_names
from eventmap.views.viewport import FIT_WIDTH, fit_view


def time_text(df: pd.DataFrame) -> list[str]:
    """'Mon 8 Apr 2019, 19:00 PDT' style local times; TBA and pending spelled out."""
    out = []
    for d, t, tz, tba, start, status in zip(
        df["date"],
        df["start_time"],
        df["timezone"],
        df["time_tba"],
        df["start"],
        df["status"],
        strict=True,
    ):
        if pd.isna(d):
            out.append(
                "pending: date not announced" if str(status) == "pending" else "date unknown"
            )
            continue
        day = f"{d:%a} {d.day} {d:%b %Y}"
        if tba or not t:
            out.append(f"{day}, time TBA")
        elif tz and not pd.isna(start):
            local = start.tz_convert(tz)
            out.append(f"{day}, {t} {local.tzname()}")
        else:
            out.append(f"{day}, {t} (local time)")
    return out


def _detail_text(df: pd.DataFrame) -> list[str]:
    out = []
    for venue, room in zip(df["venue"], df["room"], strict=True):
        parts = [p for p in (venue, room) if isinstance(p, str) and p]
        out.append(" · ".join(parts) if parts else "location TBA")
    return out


class _Prepared:
    """What a map of any subset of one frame reuses: each row's position as JSON text, and the
    frame's tour order (see :func:`eventmap.core.tour.tour_order`) restricted to the campaigns
    that are tours. Built once per frame."""

    def __init__(self, df: pd.DataFrame) -> None:
        lon = df["lon"].to_numpy(dtype=float)
        lat = df["lat"].to_numpy(dtype=float)
        self.rows = len(df)
        self.index = df.index
        self.located = np.isfinite(lon) & np.isfinite(lat)
        if "status" in df:  # cancelled meetings stay in the table but off the map
            self.located &= (df["status"].astype(object) != "cancelled").to_numpy()
        pts = np.column_stack([lon, lat])[self.located].round(DECIMALS).tolist()
        self.points = np.full(len(df), None, dtype=object)
        # json writes floats with repr(), so this is exactly what json.dumps would give.
        self.points[self.located] = [f"[{x!r},{y!r}]" for x, y in pts]
        order, names = tour_order(df)
        tours = tour_names(df if "campaign_shape" in df else with_shapes(df))
        on_path = np.isin(names, list(tours)) if len(names) else np.zeros(0, dtype=bool)
        self.order = order[on_path]
        self.order_names = np.where(names == NO_CAMPAIGN, NO_VALUE, names)[on_path]

    def positions_of(self, df: pd.DataFrame) -> np.ndarray | None:
        """Positions of ``df``'s rows in the prepared frame, or None if it is not a subset."""
        if df.index is self.index or df.index.equals(self.index):
            return np.arange(self.rows)
        if not self.index.is_unique:
            return None
        pos = self.index.get_indexer(df.index)
        return None if (pos < 0).any() else pos


_PREPARED: dict[int, tuple[weakref.ref, _Prepared]] = {}
_PREPARED_LOCK = threading.Lock()


def _prepared(df: pd.DataFrame) -> _Prepared:
    # Keyed on the frame object (the app's dataset frame is cached and shared read-only).
    key = id(df)
    with _PREPARED_LOCK:
        hit = _PREPARED.get(key)
    if hit is not None and hit[0]() is df and hit[1].rows == len(df):
        return hit[1]
    prep = _Prepared(df)
    ref = weakref.ref(df, lambda _, k=key: _PREPARED.pop(k, None))
    with _PREPARED_LOCK:
        _PREPARED[key] = (ref, prep)
    return prep


def _colors_for(
    df: pd.DataFrame, groups: np.ndarray, color_by: str, colors: Mapping | None
) -> dict[str, list[int]]:
    """The colour of each group shown: the given campaign colours, extended for new names."""
    own = campaign_colors(sorted(set(groups)) if color_by != "campaign" else campaign_order(df))
    if colors is None or color_by != "campaign":
        return own
    extra = [g for g in own if g not in colors]
    return {**dict(colors), **campaign_colors(extra)} if extra else dict(colors)


def _point_records(
    sub: pd.DataFrame, idx: np.ndarray, texts: list[tuple[str, str, str]] | None, raw: str | None
) -> Any:
    """One layer's records: small dicts with tooltip text, or ready JSON positions."""
    if texts is None:
        return RawJSON(raw or "[]")
    lon = sub["lon"].to_numpy(dtype=float)[idx]
    lat = sub["lat"].to_numpy(dtype=float)[idx]
    points = np.column_stack([lon, lat]).round(DECIMALS).tolist()
    return [
        {"p": p, "title": texts[i][0], "detail": texts[i][1], "when": texts[i][2]}
        for p, i in zip(points, idx.tolist(), strict=True)
    ]


def _point_layers(
    sub: pd.DataFrame, groups: np.ndarray, colors: dict[str, list[int]], prep_points: np.ndarray
) -> tuple[list[pdk.Layer], dict[str, list[str]]]:
    """One layer per (colour, approximate?): no record carries a colour."""
    texts = None
    if len(sub) <= TOOLTIP_LIMIT:
        titles = display_names(campus_label(sub))
        texts = list(zip(titles, _detail_text(sub), time_text(sub), strict=True))
    approx = sub["precision"].astype("object").isin(APPROXIMATE_PRECISIONS).to_numpy()
    ids = sub["meeting_id"].to_numpy(dtype=object)
    names = list(colors)
    rank = {g: i for i, g in enumerate(names)}
    bucket = pd.Series(groups, dtype=object).map(rank).to_numpy(dtype=np.int64) * 2 + approx
    layers, meeting_ids = [], {}
    for b in np.unique(bucket):
        idx = np.flatnonzero(bucket == b)
        g, is_approx = names[int(b) // 2], bool(b % 2)
        raw = join_points(prep_points[idx], with_key=True) if texts is None else None
        layer_id = f"meetings-{rank[g]}" + ("-approx" if is_approx else "")
        meeting_ids[layer_id] = ids[idx].tolist()
        data = _point_records(sub, idx, texts, raw)
        layers.append(_point_layer(layer_id, data, colors[g], hollow=is_approx))
    return layers, meeting_ids


def tour_map(
    df: pd.DataFrame,
    *,
    color_by: str = "campaign",
    colors: Mapping[str, Sequence[int]] | None = None,
    base: pd.DataFrame | None = None,
    fit_width: int = FIT_WIDTH,
) -> CompactDeck:
    """One point per located meeting coloured by ``color_by`` (campaign by default).

    Approximate locations (ZIP or city centroid) are drawn hollow; each tour's dated meetings are
    joined by lines in date order (other shapes get none); the view fits the meetings.
    Pickable layers are named ``meetings-<n>`` and ``meetings-<n>-approx``; use
    :func:`selected_meeting_id` on a selection. Pass ``colors`` (from :func:`campaign_colors`
    over the unfiltered data) to keep each campaign's colour the same whatever the filters. Pass
    the unfiltered frame as ``base`` when ``df`` is a filtered view of it: per-meeting work is
    then done once per ``base``, not per call.
    """
    prep = _prepared(base if base is not None else df)
    pos = prep.positions_of(df)
    if pos is None:
        prep, pos = _prepared(df), np.arange(len(df))
    located_mask = prep.located[pos]
    at = pos[located_mask]  # positions in the prepared frame of the located meetings
    sub = df.iloc[np.flatnonzero(located_mask)] if not located_mask.all() else df
    group_values = campus_label(sub) if color_by == "campus" else sub[color_by]
    groups = display_names(group_values).to_numpy()
    shown_colors = _colors_for(df, groups, color_by, colors)
    points, meeting_ids = _point_layers(sub, groups, shown_colors, prep.points[at])
    path = _path_layer(prep, pos, shown_colors if color_by == "campaign" else None)
    tooltip = TOOLTIP if len(sub) <= TOOLTIP_LIMIT else {"text": "Click for the meeting's details"}
    view = fit_view(
        sub["lat"].to_numpy(dtype=float), sub["lon"].to_numpy(dtype=float), width=fit_width
    )
    return make_deck([path, *points], view, meeting_ids, tooltip)


def _point_layer(layer_id: str, records: Any, color: Sequence[int], *, hollow: bool) -> pdk.Layer:
    # A dark outline on filled points keeps them visible on a blank canvas (tiles not loaded)
    # and on the light basemap; hollow rings mark approximate locations.
    return pdk.Layer(
        "ScatterplotLayer",
        id=layer_id,
        data=records,
        get_position="p",
        get_radius=7 if hollow else 6,
        radius_units='"pixels"',
        stroked=True,
        filled=not hollow,
        get_fill_color=list(color) + [230],
        get_line_color=list(color) + [255] if hollow else [40, 40, 40, 220],
        line_width_units='"pixels"',
        get_line_width=2.5 if hollow else 1,
        pickable=True,
        auto_highlight=True,
    )


# Up to this many legs the tours are a LineLayer, above it one PathLayer record per tour.
LINE_LAYER_LEGS = 5_000


def _path_layer(
    prep: _Prepared, pos: np.ndarray, colors: Mapping[str, Sequence[int]] | None
) -> pdk.Layer:
    """Each tour's legs in date order, in colour ``c``.

    Small maps draw a ``LineLayer`` (one record per leg, ``s`` to ``t``), not a ``PathLayer``: the
    lines look the same at 2 px (every joint is under a meeting's point), and the path shader is
    the slowest part of a first map in a browser without a GPU (software WebGL took about 3 s
    longer to show the canvas with it). A leg record repeats its points, though, so above
    ``LINE_LAYER_LEGS`` legs each tour is one path record, which keeps the payload per meeting
    at half the size.
    """
    # The prepared frame's tour order, restricted to the rows shown (a filter keeps the order).
    member = np.zeros(prep.rows, dtype=bool)
    member[pos] = True
    keep = member[prep.order]
    order, names = prep.order[keep], prep.order_names[keep]
    bounds = np.flatnonzero(np.r_[True, names[1:] != names[:-1], True]) if len(names) else []
    tours = []
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        if b - a < 2:
            continue
        name = names[a]
        color = list(colors[name]) if colors and name in colors else [90, 90, 90]
        tours.append((prep.points[order[a:b]], json.dumps(color + [150], separators=(",", ":"))))
    style = {"get_color": "c", "width_units": '"pixels"', "get_width": 2, "pickable": False}
    if sum(len(points) - 1 for points, _c in tours) > LINE_LAYER_LEGS:
        paths = (f'{{"path":{join_points(points, with_key=False)},"c":{c}}}' for points, c in tours)
        return pdk.Layer(
            "PathLayer", id="tours", data=RawJSON("[" + ",".join(paths) + "]"), get_path="path",
            **style,
        )  # fmt: skip
    legs = (
        f'{{"s":{p},"t":{q},"c":{c}}}'
        for points, c in tours
        for p, q in zip(points[:-1], points[1:], strict=True)
    )
    return pdk.Layer(
        "LineLayer",
        id="tours",
        data=RawJSON("[" + ",".join(legs) + "]"),
        get_source_position="s",
        get_target_position="t",
        **style,
    )
