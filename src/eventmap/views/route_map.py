"""One campaign's route: numbered stops joined by a path (the Tour logistics page)."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import pydeck as pdk

from eventmap.views.deck import CompactDeck, make_deck, rounded
from eventmap.views.palette import OKABE_ITO, display_name
from eventmap.views.viewport import FIT_WIDTH, fit_view, merc

STOP_RADIUS = 11


def _stop_labels(records: list[dict[str, Any]], zoom: float) -> list[dict[str, Any]]:
    """One number label per cluster of stops that overlap in the first view ("2,5" for a place
    visited twice). Drawn one on another, "2" and "5" read as "8". A cluster's first stop carries
    the label and grows to hold it; every stop keeps its own point and tooltip.
    """
    scale = 512 * 2**zoom / 360
    cell = 2 * STOP_RADIUS  # anchors are found through a grid of this size: linear, not n^2
    labels: list[dict[str, Any]] = []
    anchors: list[tuple[float, float, dict[str, Any], dict[str, Any]]] = []
    grid: dict[tuple[int, int], list[int]] = {}
    for rec in records:
        x, y = rec["p"][0] * scale, merc(rec["p"][1]) * scale
        gx, gy = int(x // cell), int(y // cell)
        near = [
            i
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for i in grid.get((gx + dx, gy + dy), ())
            if math.hypot(x - anchors[i][0], y - anchors[i][1]) < 2 * STOP_RADIUS
        ]
        if near:  # the earliest anchor in reach, as a scan of the anchors in order would find
            _, _, label, anchor = anchors[min(near)]
            label["n"] += "," + rec["n"]
            anchor["r"] = max(STOP_RADIUS, round(3.6 * len(label["n"]) + 4))
        else:
            label = {"p": rec["p"], "n": rec["n"]}
            labels.append(label)
            grid.setdefault((gx, gy), []).append(len(anchors))
            anchors.append((x, y, label, rec))
    return labels


def _stop_numbers(located: pd.DataFrame) -> pd.Series:
    """Each stop's number: the ``stop`` (or ``stop_number``) column, else 1..n in row order."""
    for column in ("stop", "stop_number"):
        if column in located:
            return located[column]
    return pd.Series(range(1, len(located) + 1), index=located.index)


def _stop_records(located: pd.DataFrame) -> list[dict[str, Any]]:
    """One tooltip record per stop: position, number, label and date."""
    labels = located["label"] if "label" in located else pd.Series("", index=located.index)
    if "date" in located:
        when = located["date"].astype("object").fillna("").astype(str).tolist()
    else:
        when = [""] * len(located)
    records = []
    for lat, lon, n, label, day in zip(
        located["lat"], located["lon"], _stop_numbers(located), labels, when, strict=True
    ):
        records.append(
            {
                "p": [rounded(lon), rounded(lat)],
                "n": str(int(n)),
                "r": STOP_RADIUS,
                "title": f"Stop {int(n)}: {display_name(label)}",
                "detail": "",
                "when": day,
            }
        )
    return records


def _route_layers(records: list[dict[str, Any]], numbers: list[dict[str, Any]]) -> list[pdk.Layer]:
    path = [r["p"] for r in records]
    color = OKABE_ITO[0]
    return [
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
            data=numbers,
            get_position="p",
            get_text="n",
            get_size=12,
            get_color=[255, 255, 255, 255],
            get_text_anchor='"middle"',
            get_alignment_baseline='"center"',
            font_weight=700,
        ),
    ]


def route_map(stops: pd.DataFrame, *, fit_width: int = FIT_WIDTH) -> CompactDeck:
    """One campaign's stops in order: numbered points joined by a path.

    ``stops`` has columns lat, lon, label and ``stop`` (or ``stop_number``; else 1..n in row order).
    """
    located = stops[stops["lat"].notna() & stops["lon"].notna()]
    view = fit_view(located["lat"].tolist(), located["lon"].tolist(), width=fit_width)
    records = _stop_records(located)
    layers = _route_layers(records, _stop_labels(records, view.zoom))
    ids = {"stops": located["meeting_id"].astype(str).tolist()} if "meeting_id" in located else {}
    return make_deck(layers, view, ids)
