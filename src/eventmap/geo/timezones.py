"""Time zones from coordinates, offline (timezonefinder, loaded on first use)."""

from __future__ import annotations

import math
import threading

from eventmap.shared import Shared


def _finder():
    from timezonefinder import TimezoneFinder

    return TimezoneFinder()


_FINDER = Shared(_finder)
_lock = threading.Lock()  # a TimezoneFinder is not safe to query from several threads at once


def timezone_at(lat: float, lon: float) -> str | None:
    """The IANA zone at a point, or None at sea / for bad coordinates."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    finder = _FINDER.get()
    with _lock:
        try:
            return finder.timezone_at(lng=lon, lat=lat) or finder.certain_timezone_at(
                lng=lon, lat=lat
            )
        except Exception:  # timezonefinder raises ValueError and others on odd input
            return None
