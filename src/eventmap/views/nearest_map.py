"""The visitor's map: where they are, the meetings found, and a line to the nearest one."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pydeck as pdk

from eventmap.core.filters import campus_label
from eventmap.views.deck import CompactDeck, make_deck, rounded
from eventmap.views.palette import OKABE_ITO, display_name
from eventmap.views.viewport import FIT_WIDTH, fit_view


def _nearest_position(located: pd.DataFrame) -> int:
    """The row of the nearest result: the smallest distance_km, else the first row."""
    if "distance_km" in located and len(located):
        return int(located["distance_km"].astype(float).to_numpy().argmin())
    return 0


def _when_text(located: pd.DataFrame, row: pd.Series) -> str:
    """'2019-04-08 · 19:00 · 12.3 km away', from whichever of the columns the results have."""
    parts = []
    if "date" in located and not pd.isna(row["date"]):
        d = row["date"]
        parts.append(d.strftime("%Y-%m-%d") if hasattr(d, "strftime") else str(d))
    if "start_time" in located and isinstance(row["start_time"], str):
        parts.append(row["start_time"])
    if "distance_km" in located and not pd.isna(row["distance_km"]):
        parts.append(f"{float(row['distance_km']):,.1f} km away")
    return " · ".join(parts)


def _result_records(located: pd.DataFrame) -> list[dict[str, Any]]:
    has_campus = "campus" in located and "place" in located
    titles = (
        campus_label(located).map(display_name).tolist()
        if has_campus
        else ["Meeting"] * len(located)
    )
    records = []
    for i, (lat, lon) in enumerate(zip(located["lat"], located["lon"], strict=True)):
        row = located.iloc[i]
        detail = " · ".join(
            str(row[c])
            for c in ("venue", "room")
            if c in located and isinstance(row[c], str) and row[c]
        )
        records.append(
            {
                "p": [rounded(lon), rounded(lat)],
                "title": titles[i],
                "detail": detail,
                "when": _when_text(located, row),
            }
        )
    return records


def _nearest_layers(
    origin: list[float], records: list[dict[str, Any]], lines: list[dict[str, Any]]
) -> list[pdk.Layer]:
    return [
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


def nearest_map(
    origin_lat: float, origin_lon: float, results: pd.DataFrame, *, fit_width: int = FIT_WIDTH
) -> CompactDeck:
    """The visitor's point, the results, and a line from the visitor to the nearest result.

    ``results`` has lat and lon, and optionally distance_km (the nearest is its minimum, else the
    first row), campus/place, venue, room, date, start_time.
    """
    located = results[results["lat"].notna() & results["lon"].notna()]
    origin = [rounded(origin_lon), rounded(origin_lat)]
    records = _result_records(located)
    lines = [{"from": origin, "to": records[_nearest_position(located)]["p"]}] if records else []
    lats = [origin_lat] + located["lat"].astype(float).tolist()
    lons = [origin_lon] + located["lon"].astype(float).tolist()
    ids = {"results": located["meeting_id"].astype(str).tolist()} if "meeting_id" in located else {}
    return make_deck(
        _nearest_layers(origin, records, lines), fit_view(lats, lons, width=fit_width), ids
    )
