"""Nearest meetings to a point: vectorised haversine over the meetings DataFrame.

"Upcoming" means dated on or after ``as_of``. Meetings without a date ("details coming soon")
cannot be said to be upcoming or past: they are kept, flagged ``timing == "undated"`` and ranked
after every dated upcoming meeting (by distance among themselves), so a firm date nearby always
comes before a vague one. Meetings without coordinates are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from eventmap.errors import ValidationError
from eventmap.geo.distance import (
    EARTH_RADIUS_KM,
    _a_to_km,
    _exact_a,
    bearing_deg,
    check_point,
)

# Above this many candidates, np.argpartition + a sort of the top k beats a full sort.
_PARTITION_MIN = 2048

TIMING_UPCOMING = "upcoming"
TIMING_PAST = "past"
TIMING_UNDATED = "undated"


# Ranking a large input uses float32 trig (about 30x faster than float64 sin/cos here) on
# float64 coordinate differences, so the relative error of the haversine term stays ~1e-6.
# Every row within _SLACK of the k-th best is then re-ranked exactly in float64.
_APPROX_MIN = 50_000
_SLACK = 1e-4
_TINY = 1e-15


def _approx_a(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    s1 = np.sin(((lats - lat) * (np.pi / 360)).astype(np.float32))
    s2 = np.sin(((lons - lon) * (np.pi / 360)).astype(np.float32))
    c2 = np.cos((lats * (np.pi / 180)).astype(np.float32))
    return s1 * s1 + np.float32(np.cos(np.radians(lat))) * c2 * (s2 * s2)


def _km_to_a(km: float) -> float:
    half = min(km / (2 * EARTH_RADIUS_KM), np.pi / 2)
    return float(np.sin(half) ** 2)


def _smallest(keys: np.ndarray, k: int | None) -> np.ndarray:
    """Positions of the ``k`` smallest keys in ascending order (input order on ties)."""
    n = len(keys)
    if k is None or k >= n:
        return np.argsort(keys, kind="stable")
    if n > _PARTITION_MIN:
        part = np.argpartition(keys, k - 1)[:k]
        return part[np.lexsort((part, keys[part]))]
    return np.argsort(keys, kind="stable")[:k]


def _closest(
    lat: float,
    lon: float,
    lats: np.ndarray,
    lons: np.ndarray,
    pos: np.ndarray,
    limit: int | None,
    a_max: float | None,
) -> tuple[np.ndarray, np.ndarray]:
    """Of the rows at ``pos``, those within ``a_max``, nearest first, at most ``limit``.

    Returns their positions and exact ``a`` terms.
    """
    if limit is not None and len(pos) >= _APPROX_MIN:
        approx = _approx_a(lat, lon, lats[pos], lons[pos])
        if a_max is not None:
            keep = approx <= a_max * (1 + _SLACK) + _TINY
            pos, approx = pos[keep], approx[keep]
        if len(pos) > limit:
            kth = approx[np.argpartition(approx, limit - 1)[limit - 1]]
            pos = pos[approx <= kth * (1 + _SLACK) + _TINY]
    a = _exact_a(lat, lon, lats[pos], lons[pos])
    if a_max is not None:
        keep = a <= a_max
        pos, a = pos[keep], a[keep]
    order = _smallest(a, limit)
    return pos[order], a[order]


def _check_options(limit: int | None, radius_km: float | None) -> None:
    if limit is not None and (isinstance(limit, bool) or int(limit) != limit or limit < 1):
        raise ValidationError(f"limit must be a whole number of at least 1, not {limit!r}")
    if radius_km is not None and not (np.isfinite(radius_km) and radius_km >= 0):
        raise ValidationError(f"radius must be a distance of 0 km or more, not {radius_km!r}")


def _timing(dates: pd.Series, as_of: date) -> np.ndarray:
    d = dates.to_numpy(dtype="datetime64[ns]")
    upcoming = d >= np.datetime64(as_of, "ns")
    return np.where(np.isnat(d), TIMING_UNDATED, np.where(upcoming, TIMING_UPCOMING, TIMING_PAST))


def _rank(
    meetings: pd.DataFrame,
    lat: float,
    lon: float,
    *,
    limit: int | None,
    radius_km: float | None,
    as_of: date,
    want: str,
) -> pd.DataFrame:
    """Shared core of ``nearest`` (want "upcoming" or "all") and ``recent_past`` ("past")."""
    lat, lon = check_point(lat, lon)
    _check_options(limit, radius_km)
    lats = meetings["lat"].to_numpy(dtype="float64", na_value=np.nan)
    lons = meetings["lon"].to_numpy(dtype="float64", na_value=np.nan)
    located = np.isfinite(lats) & np.isfinite(lons)
    if "status" in meetings:  # a cancelled meeting is never offered to a visitor
        located &= (meetings["status"].astype(object) != "cancelled").to_numpy()
    dates = meetings["date"].to_numpy(dtype="datetime64[ns]")
    undated = np.isnat(dates)
    cutoff = np.datetime64(as_of, "ns")
    a_max = None if radius_km is None else _km_to_a(radius_km)

    if want == "past":
        pos = np.flatnonzero(located & ~undated & (dates < cutoff))
        a = _exact_a(lat, lon, lats[pos], lons[pos])
        if a_max is not None:
            keep = a <= a_max
            pos, a = pos[keep], a[keep]
        # Most recent first, nearer first on the same day.
        order = np.lexsort((a, -dates[pos].astype("int64")))[:limit]
        chosen, a = pos[order], a[order]
    else:
        dated = located & ~undated
        if want == "upcoming":
            dated &= dates >= cutoff
        chosen, a = _closest(lat, lon, lats, lons, np.flatnonzero(dated), limit, a_max)
        room = None if limit is None else limit - len(chosen)
        if room is None or room > 0:
            # Undated meetings rank after every dated one: a firm date beats a vague one.
            more, a_more = _closest(
                lat, lon, lats, lons, np.flatnonzero(located & undated), room, a_max
            )
            chosen, a = np.concatenate([chosen, more]), np.concatenate([a, a_more])

    out = meetings.iloc[chosen].reset_index(drop=True)
    out["distance_km"] = _a_to_km(a)
    out["bearing_deg"] = bearing_deg(lat, lon, lats[chosen], lons[chosen])
    out["timing"] = _timing(out["date"], as_of)
    return out


def nearest(
    meetings: pd.DataFrame,
    lat: float,
    lon: float,
    *,
    limit: int | None = 10,
    radius_km: float | None = None,
    as_of: date | None = None,
    include_past: bool = False,
) -> pd.DataFrame:
    """The meetings nearest to ``(lat, lon)``, nearest first.

    Keeps meetings dated on or after ``as_of`` (default: today) plus undated ones, which come
    after all dated ones; with ``include_past`` every dated meeting is a candidate. Rows without
    coordinates are skipped. ``radius_km`` drops meetings farther away; ``limit=None`` keeps all.
    Returns the input's columns plus ``distance_km``, ``bearing_deg`` and ``timing``
    (``"upcoming"``, ``"past"`` or ``"undated"``), with a fresh 0..n-1 index.
    Raises ValueError for an out-of-range point, ``limit < 1`` or a negative radius.
    """
    return _rank(
        meetings,
        lat,
        lon,
        limit=limit,
        radius_km=radius_km,
        as_of=as_of or date.today(),
        want="all" if include_past else "upcoming",
    )


def recent_past(
    meetings: pd.DataFrame,
    lat: float,
    lon: float,
    *,
    limit: int | None = 10,
    radius_km: float | None = None,
    as_of: date | None = None,
) -> pd.DataFrame:
    """Meetings dated before ``as_of`` within ``radius_km``, most recent first (same columns)."""
    return _rank(
        meetings,
        lat,
        lon,
        limit=limit,
        radius_km=radius_km,
        as_of=as_of or date.today(),
        want="past",
    )


@dataclass
class Search:
    """What a visitor's search found: ``mode`` is "upcoming", "all" or "past" (the fallback)."""

    results: pd.DataFrame
    mode: str
    as_of: date

    @property
    def note(self) -> str | None:
        """A plain sentence to show when the results are not what was asked for."""
        if self.mode != "past":
            return None
        when = f"{self.as_of:%B} {self.as_of.day}, {self.as_of.year}"
        if self.results.empty:
            return f"No meetings on or after {when} in range, and no earlier ones either."
        note = (
            f"No upcoming meetings on or after {when} in range. "
            "Showing past meetings instead, most recent first."
        )
        if (self.results["timing"] == TIMING_UNDATED).any():
            note += " Meetings without a date yet are listed last."
        return note


def search(
    meetings: pd.DataFrame,
    lat: float,
    lon: float,
    *,
    limit: int | None = 10,
    radius_km: float | None = None,
    as_of: date | None = None,
    include_past: bool = False,
) -> Search:
    """``nearest``, falling back to ``recent_past`` when nothing upcoming is in range.

    The page and the CLI both call this, so they agree on what a visitor sees.
    """
    as_of = as_of or date.today()
    found = nearest(
        meetings,
        lat,
        lon,
        limit=limit,
        radius_km=radius_km,
        as_of=as_of,
        include_past=include_past,
    )
    if include_past:
        return Search(found, "all", as_of)
    if (found["timing"] == TIMING_UPCOMING).any():
        return Search(found, "upcoming", as_of)
    # Nothing dated ahead: show what happened recently, then any still-undated meetings.
    past = recent_past(meetings, lat, lon, limit=limit, radius_km=radius_km, as_of=as_of)
    results = pd.concat([past, found], ignore_index=True) if len(found) else past
    if limit is not None:
        results = results.head(limit)
    return Search(results, "past", as_of)
