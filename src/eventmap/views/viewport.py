"""Fitting the first view to the points: deck.gl cannot fit bounds itself and the server cannot
know the map's width, so views are fitted for a width the page guesses."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pydeck as pdk

# FIT_WIDTH is the smallest map a view should work in (a 360-390 px phone, where the map is
# ~330-360 px wide), DESKTOP_FIT_WIDTH a desktop window's (a map at least that wide from a
# ~1000 px window up). Wider maps show more room around it.
FIT_WIDTH = 340
DESKTOP_FIT_WIDTH = 560
FIT_HEIGHT = 400
US_VIEW = pdk.ViewState(latitude=39.5, longitude=-98.35, zoom=3)


def merc(lat: float) -> float:
    """Web Mercator y of a latitude, in degrees (so it compares with longitudes)."""
    lat = max(min(lat, 85.0), -85.0)
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def unmerc(y: float) -> float:
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
        return US_VIEW
    lats, lons = lats[ok], lons[ok]
    lat_lo, lat_hi = float(lats.min()), float(lats.max())
    lon_lo, lon_hi = float(lons.min()), float(lons.max())
    y_lo, y_hi = merc(lat_lo), merc(lat_hi)
    lon_span = max(lon_hi - lon_lo, 1e-6)
    lat_span = max(y_hi - y_lo, 1e-6)
    # deck.gl's world is 512 px wide at zoom 0; leave ~20 px for the points' own radius.
    zoom = min(
        math.log2((width - 40) * 360 / (512 * lon_span)),
        math.log2((height - 40) * 360 / (512 * lat_span)),
    )
    zoom = max(1.0, min(zoom, 12.0))  # never closer than a city block
    return pdk.ViewState(
        latitude=round(unmerc((y_lo + y_hi) / 2), 5),
        longitude=round((lon_lo + lon_hi) / 2, 5),
        zoom=math.floor(zoom * 100) / 100,
    )
