"""Distances on the globe, and the one rule for what counts as a usable point."""

from __future__ import annotations

import re

import numpy as np

from eventmap.errors import QueryError

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
KM_PER_MILE = 1.609344

# "lat,lon" as a visitor or an organizer types it: a comma, semicolon or space between two numbers.
COORDINATES = re.compile(r"^\s*([-+]?\d{1,3}(?:\.\d+)?)\s*[,; ]\s*([-+]?\d{1,3}(?:\.\d+)?)\s*$")


def _exact_a(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """The haversine term ``a``: monotonic in distance, so ranking on it skips arcsin/sqrt."""
    s1 = np.sin((lats - lat) * (np.pi / 360))
    s2 = np.sin((lons - lon) * (np.pi / 360))
    return s1 * s1 + np.cos(np.radians(lat)) * np.cos(np.radians(lats)) * (s2 * s2)


def _a_to_km(a: np.ndarray) -> np.ndarray:
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def haversine_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle distance in km (numpy broadcasting over any of the arguments)."""
    return _a_to_km(
        _exact_a(np.asarray(lat1), np.asarray(lon1), np.asarray(lat2), np.asarray(lon2))
    )


def bearing_deg(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Initial compass bearing from point 1 to point 2, degrees clockwise from north in [0, 360)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dlmb = np.radians(lon2) - np.radians(lon1)
    x = np.sin(dlmb) * np.cos(p2)
    y = np.cos(p1) * np.sin(p2) - np.sin(p1) * np.cos(p2) * np.cos(dlmb)
    return np.mod(np.degrees(np.arctan2(x, y)), 360.0)


def check_point(lat: float, lon: float) -> tuple[float, float]:
    """``(lat, lon)`` as floats, or QueryError with a message a visitor can act on."""
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise QueryError("latitude and longitude must be numbers") from None
    if not (np.isfinite(lat) and np.isfinite(lon)):
        raise QueryError("latitude and longitude must be finite numbers")
    if not -90.0 <= lat <= 90.0:
        raise QueryError(f"latitude {lat:g} is out of range (-90 to 90)")
    if not -180.0 <= lon <= 180.0:
        raise QueryError(f"longitude {lon:g} is out of range (-180 to 180)")
    return lat, lon


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle km between two points, as a plain float."""
    return float(haversine_km(lat1, lon1, lat2, lon2))
