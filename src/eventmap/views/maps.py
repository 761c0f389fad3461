"""Map builders: meetings DataFrame -> ``pydeck.Deck``. Pure; the pages draw what these return.

Payload matters (a map of 100k meetings is sent to the browser on every rerun), so the layers get
plain lists of small records, never DataFrames: positions rounded to 4 decimals (~11 m), one
layer per colour so no record carries a colour, and the tooltip text only while the view is small
enough to read it. :class:`CompactDeck` serialises without pydeck's indentation.
"""

from __future__ import annotations

import html
import json
import math
import threading
import uuid
import weakref
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from eventmap.core.filters import campus_label
from eventmap.core.frame import cell_text
from eventmap.core.tour import NO_CAMPAIGN, tour_order
from eventmap.model import APPROXIMATE_PRECISIONS

# Okabe-Ito, ordered for a light basemap (its yellow last: it is faint on white).
OKABE_ITO: list[list[int]] = [
    [0, 114, 178],  # blue
    [230, 159, 0],  # orange
    [0, 158, 115],  # bluish green
    [213, 94, 0],  # vermillion
    [204, 121, 167],  # reddish purple
    [86, 180, 233],  # sky blue
    [0, 0, 0],  # black
    [240, 228, 66],  # yellow
]
NO_VALUE = "(none)"
# Above this many points the per-point tooltip text would dominate the payload; the points then
# carry positions only and a click opens the detail card instead.
TOOLTIP_LIMIT = 5_000
DECIMALS = 4
TOOLTIP = {
    "html": "<b>{title}</b><br/>{detail}<br/>{when}",
    "style": {"fontSize": "13px", "maxWidth": "22rem"},
}
MAP_STYLE = pdk.map_styles.CARTO_LIGHT
_US_VIEW = pdk.ViewState(latitude=39.5, longitude=-98.35, zoom=3)


class RawJSON:
    """Layer data given as ready JSON text (built by joining per-meeting fragments).

    Formatting 100k coordinates is the slow part of a map; :func:`tour_map` formats each
    meeting's position once per dataset and joins the filtered ones. :class:`CompactDeck` splices
    the text in where the layer's data goes.
    """

    __slots__ = ("text", "token")

    def __init__(self, text: str) -> None:
        self.text = text
        self.token = f"\x00raw-json-{uuid.uuid4().hex}"


class CompactDeck(pdk.Deck):
    """A ``pydeck.Deck`` whose JSON has no indentation (pydeck indents by 2: ~3x the bytes).

    ``meeting_ids`` maps each pickable layer id to the meeting ids of its records, in order, so a
    selection (layer id, index) can be turned back into a meeting; it is not serialised. Layer
    data may be :class:`RawJSON`.
    """

    meeting_ids: dict[str, list[str]]

    def to_json(self) -> str:
        raws: list[RawJSON] = []

        def default(o: Any) -> Any:
            if isinstance(o, RawJSON):
                raws.append(o)
                return o.token
            return _serialize(o)

        text = json.dumps(self, default=default, separators=(",", ":"))
        for raw in raws:
            text = text.replace(json.dumps(raw.token), raw.text, 1)
        return text


def _serialize(o: Any) -> Any:
    out = default_serialize(o)
    if isinstance(out, dict):
        out.pop("meetingIds", None)
    return out


def payload_bytes(deck: pdk.Deck) -> int:
    """Bytes of the spec Streamlit sends for ``deck`` (its ``to_json``)."""
    return len(deck.to_json().encode("utf-8"))


def campaign_colors(campaigns: Iterable[Any]) -> dict[str, list[int]]:
    """A colour per distinct campaign (in first-seen order), from the Okabe-Ito palette."""
    out: dict[str, list[int]] = {}
    for name in campaigns:
        key = _name(name)
        if key not in out:
            out[key] = OKABE_ITO[len(out) % len(OKABE_ITO)]
    return out


def legend_html(colors: Mapping[str, Sequence[int]]) -> str:
    """The legend as HTML: names escaped, colours (our own numbers) in style attributes."""
    items = []
    for name, (r, g, b) in colors.items():
        swatch = (
            f'<span style="display:inline-block;width:.8em;height:.8em;border-radius:50%;'
            f'background:rgb({int(r)},{int(g)},{int(b)});margin-right:.35em"></span>'
        )
        # Each item may wrap inside itself (long campaign names on a phone) but keeps its swatch.
        items.append(
            '<span style="display:inline-block;max-width:100%;margin-right:1.2em;'
            f'overflow-wrap:anywhere">{swatch}{html.escape(name)}</span>'
        )
    items.append(
        '<span style="display:inline-block;max-width:100%"><span style="display:inline-block;'
        'width:.7em;height:.7em;border-radius:50%;border:2px solid #555;margin-right:.35em"></span>'
        "hollow = approximate location (ZIP or city)</span>"
    )
    return '<div style="line-height:1.8">' + "".join(items) + "</div>"


def _name(value: Any) -> str:
    return cell_text(value, NO_VALUE)


def _names(values: pd.Series) -> pd.Series:
    """Vectorised :func:`_name`: strings, with a placeholder for missing values."""
    codes, uniques = pd.factorize(values)
    names = np.array([_name(u) for u in uniques] + [NO_VALUE], dtype=object)
    return pd.Series(names[codes], index=values.index, dtype=object)


def _r(x: float) -> float:
    return round(float(x), DECIMALS)


# deck.gl cannot fit bounds itself and the server cannot know the map's width, so views are
# fitted for a width the page guesses: FIT_WIDTH is the smallest map it should work in (a
# 360-390 px phone, where the map is ~330-360 px wide), DESKTOP_FIT_WIDTH a desktop window's
# (a map at least that wide from a ~1000 px window up). Wider maps show more room around it.
FIT_WIDTH = 340
DESKTOP_FIT_WIDTH = 560
FIT_HEIGHT = 400


def _merc(lat: float) -> float:
    """Web Mercator y of a latitude, in degrees (so it compares with longitudes)."""
    lat = max(min(lat, 85.0), -85.0)
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def _unmerc(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(math.radians(y))) - math.pi / 2)


def fit_view(
    lats: Sequence[float],
    lons: Sequence[float],
    *,
    width: int = FIT_WIDTH,
    height: int = FIT_HEIGHT,
) -> pdk.ViewState:
    """A view centred on the points' bounding box, zoomed so all show in a width x height map."""
    lats = np.asarray(lats, dtype=float)
    lons = np.asarray(lons, dtype=float)
    ok = np.isfinite(lats) & np.isfinite(lons)
    if not ok.any():
        return _US_VIEW
    lats, lons = lats[ok], lons[ok]
    lat_lo, lat_hi = float(lats.min()), float(lats.max())
    lon_lo, lon_hi = float(lons.min()), float(lons.max())
    y_lo, y_hi = _merc(lat_lo), _merc(lat_hi)
    lon_span = max(lon_hi - lon_lo, 1e-6)
    lat_span = max(y_hi - y_lo, 1e-6)
    # deck.gl's world is 512 px wide at zoom 0; leave ~20 px for the points' own radius.
    zoom = min(
        math.log2((width - 40) * 360 / (512 * lon_span)),
        math.log2((height - 40) * 360 / (512 * lat_span)),
    )
    zoom = max(1.0, min(zoom, 12.0))  # never closer than a city block
    return pdk.ViewState(
        latitude=round(_unmerc((y_lo + y_hi) / 2), 5),
        longitude=round((lon_lo + lon_hi) / 2, 5),
        zoom=math.floor(zoom * 100) / 100,
    )


def _time_text(df: pd.DataFrame) -> list[str]:
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
    frame's tour order (see :func:`eventmap.core.tour.tour_order`). Built once per frame."""

    def __init__(self, df: pd.DataFrame) -> None:
        lon = df["lon"].to_numpy(dtype=float)
        lat = df["lat"].to_numpy(dtype=float)
        self.rows = len(df)
        self.index = df.index
        self.located = np.isfinite(lon) & np.isfinite(lat)
        pts = np.column_stack([lon, lat])[self.located].round(DECIMALS).tolist()
        self.points = np.full(len(df), None, dtype=object)
        # json writes floats with repr(), so this is exactly what json.dumps would give.
        self.points[self.located] = [f"[{x!r},{y!r}]" for x, y in pts]
        self.order, names = tour_order(df)
        self.order_names = np.where(names == NO_CAMPAIGN, NO_VALUE, names)

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


def _join_points(points: np.ndarray, *, with_key: bool) -> str:
    if not len(points):
        return "[]"
    if with_key:
        return '[{"p":' + '},{"p":'.join(points) + "}]"
    return "[" + ",".join(points) + "]"


def tour_map(
    df: pd.DataFrame,
    *,
    color_by: str = "campaign",
    colors: Mapping[str, Sequence[int]] | None = None,
    base: pd.DataFrame | None = None,
    fit_width: int = FIT_WIDTH,
) -> CompactDeck:
    """One point per located meeting coloured by ``color_by`` (campaign by default).

    Approximate locations (ZIP or city centroid) are drawn hollow; each campaign's dated meetings
    are joined by a path in date order; the view fits the meetings. Pickable layers are named
    ``meetings-<n>`` and ``meetings-<n>-approx``; use :func:`selected_meeting_id` on a selection.
    Pass ``colors`` (from :func:`campaign_colors` over the unfiltered data) to keep each
    campaign's colour the same whatever the filters. Pass the unfiltered frame as ``base`` when
    ``df`` is a filtered view of it: per-meeting work is then done once per ``base``, not per call.
    """
    prep = _prepared(base if base is not None else df)
    pos = prep.positions_of(df)
    if pos is None:
        prep, pos = _prepared(df), np.arange(len(df))
    located_mask = prep.located[pos]
    at = pos[located_mask]  # positions in the prepared frame of the located meetings
    sub = df.iloc[np.flatnonzero(located_mask)] if not located_mask.all() else df
    group_values = campus_label(sub) if color_by == "campus" else sub[color_by]
    groups = _names(group_values).to_numpy()
    own = campaign_colors(sorted(set(groups)) if color_by != "campaign" else campaign_order(df))
    if colors is not None and color_by == "campaign":
        extra = [g for g in own if g not in colors]
        colors = {**dict(colors), **campaign_colors(extra)} if extra else dict(colors)
    else:
        colors = own
    with_text = len(sub) <= TOOLTIP_LIMIT
    approx = sub["precision"].astype("object").isin(APPROXIMATE_PRECISIONS).to_numpy()
    ids = sub["meeting_id"].to_numpy(dtype=object)
    if with_text:
        texts = list(
            zip(_names(campus_label(sub)), _detail_text(sub), _time_text(sub), strict=True)
        )
    lon = sub["lon"].to_numpy(dtype=float)
    lat = sub["lat"].to_numpy(dtype=float)
    names = list(colors)
    rank = {g: i for i, g in enumerate(names)}
    # One layer per (colour, approximate?): no record carries a colour.
    bucket = pd.Series(groups, dtype=object).map(rank).to_numpy(dtype=np.int64) * 2 + approx
    layers: list[pdk.Layer] = [_path_layer(prep, pos, colors if color_by == "campaign" else None)]
    meeting_ids: dict[str, list[str]] = {}
    for b in np.unique(bucket):
        idx = np.flatnonzero(bucket == b)
        g, is_approx = names[int(b) // 2], bool(b % 2)
        if with_text:
            points = np.column_stack([lon[idx], lat[idx]]).round(DECIMALS).tolist()
            data: Any = [
                {"p": p, "title": texts[i][0], "detail": texts[i][1], "when": texts[i][2]}
                for p, i in zip(points, idx.tolist(), strict=True)
            ]
        else:
            data = RawJSON(_join_points(prep.points[at[idx]], with_key=True))
        layer_id = f"meetings-{rank[g]}" + ("-approx" if is_approx else "")
        meeting_ids[layer_id] = ids[idx].tolist()
        layers.append(_point_layer(layer_id, data, colors[g], hollow=is_approx))
    deck = CompactDeck(
        layers=layers,
        initial_view_state=fit_view(lat, lon, width=fit_width),
        map_provider="carto",
        map_style=MAP_STYLE,
        tooltip=TOOLTIP if with_text else {"text": "Click for the meeting's details"},
    )
    deck.meeting_ids = meeting_ids
    return deck


def campaign_names(df: pd.DataFrame) -> list[str]:
    """Each meeting's campaign as shown in legends (a missing campaign gets a placeholder)."""
    return _names(df["campaign"]).tolist()


def campaign_order(df: pd.DataFrame) -> list[str]:
    """Campaigns in order of their first meeting date, so colours stay put as filters change."""
    names = _names(df["campaign"])
    first = df["date"].groupby(names, sort=False).min()
    return sorted(
        first.index, key=lambda n: (pd.isna(first[n]), first[n] if pd.notna(first[n]) else 0, n)
    )


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


def _path_layer(
    prep: _Prepared, pos: np.ndarray, colors: Mapping[str, Sequence[int]] | None
) -> pdk.Layer:
    # The prepared frame's tour order, restricted to the rows shown (a filter keeps the order).
    member = np.zeros(prep.rows, dtype=bool)
    member[pos] = True
    keep = member[prep.order]
    order, names = prep.order[keep], prep.order_names[keep]
    bounds = np.flatnonzero(np.r_[True, names[1:] != names[:-1], True]) if len(names) else []
    paths = []
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        if b - a < 2:
            continue
        name = names[a]
        color = list(colors[name]) if colors and name in colors else [90, 90, 90]
        points = _join_points(prep.points[order[a:b]], with_key=False)
        paths.append(f'{{"path":{points},"c":{json.dumps(color + [150], separators=(",", ":"))}}}')
    return pdk.Layer(
        "PathLayer",
        id="tours",
        data=RawJSON("[" + ",".join(paths) + "]"),
        get_path="path",
        get_color="c",
        width_units='"pixels"',
        get_width=2,
        pickable=False,
    )


def selected_meeting_id(deck: pdk.Deck, selection: Mapping[str, Any] | None) -> str | None:
    """The meeting id a map selection (``event.selection``) points at, or None."""
    if not selection:
        return None
    indices = selection.get("indices") or {}
    lookup = getattr(deck, "meeting_ids", {})
    for layer_id, picked in indices.items():
        ids = lookup.get(layer_id)
        if ids and picked:
            i = int(picked[0])
            if 0 <= i < len(ids):
                return ids[i]
    return None


STOP_RADIUS = 11


def _stop_labels(records: list[dict[str, Any]], zoom: float) -> list[dict[str, Any]]:
    """One number label per cluster of stops that overlap in the first view ("2,5" for a place
    visited twice). Drawn one on another, "2" and "5" read as "8". A cluster's first stop carries
    the label and grows to hold it; every stop keeps its own point and tooltip.
    """
    scale = 512 * 2**zoom / 360
    labels: list[dict[str, Any]] = []
    anchors: list[tuple[float, float, dict[str, Any], dict[str, Any]]] = []
    for rec in records:
        x, y = rec["p"][0] * scale, _merc(rec["p"][1]) * scale
        for ax, ay, label, anchor in anchors:
            if math.hypot(x - ax, y - ay) < 2 * STOP_RADIUS:
                label["n"] += "," + rec["n"]
                anchor["r"] = max(STOP_RADIUS, round(3.6 * len(label["n"]) + 4))
                break
        else:
            label = {"p": rec["p"], "n": rec["n"]}
            labels.append(label)
            anchors.append((x, y, label, rec))
    return labels


def route_map(stops: pd.DataFrame, *, fit_width: int = FIT_WIDTH) -> CompactDeck:
    """One campaign's stops in order: numbered points joined by a path.

    ``stops`` has columns lat, lon, label and ``stop`` (or ``stop_number``; else 1..n in row order).
    """
    located = stops[stops["lat"].notna() & stops["lon"].notna()]
    numbers = (
        located["stop"]
        if "stop" in located
        else located["stop_number"]
        if "stop_number" in located
        else pd.Series(range(1, len(located) + 1), index=located.index)
    )
    labels = (
        located["label"]
        if "label" in located
        else pd.Series([""] * len(located), index=located.index)
    )
    when = located["date"].astype("object").fillna("") if "date" in located else None
    view = fit_view(located["lat"].tolist(), located["lon"].tolist(), width=fit_width)
    records = []
    for i, (lat, lon, n, label) in enumerate(
        zip(located["lat"], located["lon"], numbers, labels, strict=True)
    ):
        records.append(
            {
                "p": [_r(lon), _r(lat)],
                "n": str(int(n)),
                "r": STOP_RADIUS,
                "title": f"Stop {int(n)}: {_name(label)}",
                "detail": "",
                "when": str(when.iloc[i]) if when is not None else "",
            }
        )
    numbers_data = _stop_labels(records, view.zoom)
    path = [r["p"] for r in records]
    color = OKABE_ITO[0]
    layers = [
        pdk.Layer(
            "PathLayer",
            id="route",
            data=[{"path": path}] if len(path) > 1 else [],
            get_path="path",
            get_color=color + [170],
            width_units='"pixels"',
            get_width=3,
        ),
        pdk.Layer(
            "ScatterplotLayer",
            id="stops",
            data=records,
            get_position="p",
            get_radius="r",
            radius_units='"pixels"',
            get_fill_color=color + [235],
            stroked=True,
            get_line_color=[255, 255, 255, 255],
            line_width_units='"pixels"',
            get_line_width=1.5,
            pickable=True,
        ),
        pdk.Layer(
            "TextLayer",
            id="stop-numbers",
            data=numbers_data,
            get_position="p",
            get_text="n",
            get_size=12,
            get_color=[255, 255, 255, 255],
            get_text_anchor='"middle"',
            get_alignment_baseline='"center"',
            font_weight=700,
        ),
    ]
    deck = CompactDeck(
        layers=layers,
        initial_view_state=view,
        map_provider="carto",
        map_style=MAP_STYLE,
        tooltip=TOOLTIP,
    )
    deck.meeting_ids = (
        {"stops": located["meeting_id"].astype(str).tolist()} if "meeting_id" in located else {}
    )
    return deck


def nearest_map(
    origin_lat: float, origin_lon: float, results: pd.DataFrame, *, fit_width: int = FIT_WIDTH
) -> CompactDeck:
    """The visitor's point, the results, and a line from the visitor to the nearest result.

    ``results`` has lat and lon, and optionally distance_km (the nearest is its minimum, else the
    first row), campus/place, venue, room, date, start_time.
    """
    located = results[results["lat"].notna() & results["lon"].notna()]
    origin = [_r(origin_lon), _r(origin_lat)]
    if "distance_km" in located and len(located):
        nearest_pos = int(located["distance_km"].astype(float).to_numpy().argmin())
    else:
        nearest_pos = 0
    has_campus = "campus" in located and "place" in located
    titles = campus_label(located).map(_name).tolist() if has_campus else ["Meeting"] * len(located)
    records = []
    for i, (lat, lon) in enumerate(zip(located["lat"], located["lon"], strict=True)):
        row = located.iloc[i]
        detail = " · ".join(
            str(row[c])
            for c in ("venue", "room")
            if c in located and isinstance(row[c], str) and row[c]
        )
        when_parts = []
        if "date" in located and not pd.isna(row["date"]):
            d = row["date"]
            when_parts.append(d.strftime("%Y-%m-%d") if hasattr(d, "strftime") else str(d))
        if "start_time" in located and isinstance(row["start_time"], str):
            when_parts.append(row["start_time"])
        if "distance_km" in located and not pd.isna(row["distance_km"]):
            when_parts.append(f"{float(row['distance_km']):,.1f} km away")
        records.append(
            {
                "p": [_r(lon), _r(lat)],
                "title": titles[i],
                "detail": detail,
                "when": " · ".join(when_parts),
            }
        )
    lines = []
    if records:
        lines.append({"from": origin, "to": records[nearest_pos]["p"]})
    layers = [
        pdk.Layer(
            "LineLayer",
            id="to-nearest",
            data=lines,
            get_source_position="from",
            get_target_position="to",
            get_color=[213, 94, 0, 220],
            get_width=3,
            width_units='"pixels"',
        ),
        pdk.Layer(
            "ScatterplotLayer",
            id="results",
            data=records,
            get_position="p",
            get_radius=7,
            radius_units='"pixels"',
            get_fill_color=OKABE_ITO[0] + [230],
            stroked=True,
            get_line_color=[40, 40, 40, 220],
            line_width_units='"pixels"',
            get_line_width=1,
            pickable=True,
            auto_highlight=True,
        ),
        pdk.Layer(
            "ScatterplotLayer",
            id="origin",
            data=[{"p": origin, "title": "You are here", "detail": "", "when": ""}],
            get_position="p",
            get_radius=9,
            radius_units='"pixels"',
            get_fill_color=[213, 94, 0, 255],
            stroked=True,
            get_line_color=[255, 255, 255, 255],
            line_width_units='"pixels"',
            get_line_width=2,
            pickable=True,
        ),
    ]
    lats = [origin_lat] + located["lat"].astype(float).tolist()
    lons = [origin_lon] + located["lon"].astype(float).tolist()
    deck = CompactDeck(
        layers=layers,
        initial_view_state=fit_view(lats, lons, width=fit_width),
        map_provider="carto",
        map_style=MAP_STYLE,
        tooltip=TOOLTIP,
    )
    deck.meeting_ids = (
        {"results": located["meeting_id"].astype(str).tolist()} if "meeting_id" in located else {}
    )
    return deck
