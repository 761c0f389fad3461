"""The planned tour on a map: :func:`eventmap.views.maps.route_map` plus the speaker's home.

The numbered stops and their dates come from ``route_map`` unchanged. This adds the start and
end places as grey rings joined to the first and last stop by a thin grey path, and fits the
view to all of them. The rings lie under the stops, so a home at a stop is a halo round its
number.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import pydeck as pdk

from eventmap.views import maps

HOME_COLOR = [90, 90, 90]


def plan_map(
    stops: pd.DataFrame,
    homes: Sequence[tuple[str, float, float, str]] = (),
    *,
    fit_width: int = maps.FIT_WIDTH,
) -> maps.CompactDeck:
    """``stops`` as for ``route_map``; ``homes`` as (role, lat, lon, name), role "start"/"end"."""
    deck = maps.route_map(stops, fit_width=fit_width)
    if not homes or stops.empty:
        return deck
    first = [round(float(stops["lon"].iloc[0]), 4), round(float(stops["lat"].iloc[0]), 4)]
    last = [round(float(stops["lon"].iloc[-1]), 4), round(float(stops["lat"].iloc[-1]), 4)]
    points, paths = [], []
    for role, lat, lon, name in homes:
        p = [round(float(lon), 4), round(float(lat), 4)]
        title = f"{'Start' if role == 'start' else 'End'}: {name}"
        points.append({"p": p, "title": title, "detail": "", "when": ""})
        paths.append({"path": [p, first] if role == "start" else [last, p]})
    deck.layers[:0] = [
        pdk.Layer(
            "PathLayer",
            id="home-legs",
            data=paths,
            get_path="path",
            get_color=[*HOME_COLOR, 150],
            width_units='"pixels"',
            get_width=2,
        )
    ]
    # Under the stops: a home at a stop shows as a grey halo round its number.
    deck.layers.insert(
        1,
        pdk.Layer(
            "ScatterplotLayer",
            id="homes",
            data=points,
            get_position="p",
            get_radius=maps.STOP_RADIUS + 5,
            radius_units='"pixels"',
            filled=True,
            get_fill_color=[255, 255, 255, 255],
            stroked=True,
            get_line_color=[*HOME_COLOR, 255],
            line_width_units='"pixels"',
            get_line_width=3,
            pickable=True,
        ),
    )
    lats = [*stops["lat"].astype(float), *(h[1] for h in homes)]
    lons = [*stops["lon"].astype(float), *(h[2] for h in homes)]
    deck.initial_view_state = maps.fit_view(lats, lons, width=fit_width)
    return deck
