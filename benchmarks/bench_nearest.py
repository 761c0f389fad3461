"""Nearest-meeting search: one visitor query over many meetings.

eventmap: ``nearest.nearest`` on a meetings DataFrame (vectorised haversine, top 10 upcoming).
baseline: the straightforward pure-Python loop (math haversine per meeting, date check,
``heapq.nsmallest``) over ready-made Python lists. Target: <= 50 ms for 1,000,000 meetings.
"""

from __future__ import annotations

import heapq
import math
from datetime import date

import numpy as np
import pandas as pd
from run import Row, best_of

from eventmap.core.nearest import nearest
from eventmap.geo.distance import EARTH_RADIUS_KM

AS_OF = date(2019, 6, 1)
ORIGIN = (42.2808, -83.7430)  # Ann Arbor
LIMIT = 10


def _meetings(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    lat = rng.uniform(25.0, 49.0, n)
    lon = rng.uniform(-124.0, -67.0, n)
    lat[rng.random(n) < 0.01] = np.nan  # some meetings not located
    days = pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    return pd.DataFrame({"meeting_id": np.arange(n), "lat": lat, "lon": lon, "date": days})


def _python_nearest(rows: list[tuple[float, float, date]], lat: float, lon: float):
    p1, l1 = math.radians(lat), math.radians(lon)
    found = []
    for i, (mlat, mlon, day) in enumerate(rows):
        if mlat != mlat or day < AS_OF:  # NaN check, then upcoming only
            continue
        p2 = math.radians(mlat)
        a = (
            math.sin((p2 - p1) / 2) ** 2
            + math.cos(p1) * math.cos(p2) * math.sin((math.radians(mlon) - l1) / 2) ** 2
        )
        found.append((2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a)), i))
    return heapq.nsmallest(LIMIT, found)


def run(quick: bool) -> list[Row]:
    n = 100_000 if quick else 1_000_000
    n_base = 100_000
    df = _meetings(n)
    ours = best_of(lambda: nearest(df, *ORIGIN, limit=LIMIT, as_of=AS_OF), repeat=5)

    sub = df.head(n_base)
    rows = list(
        zip(sub["lat"].tolist(), sub["lon"].tolist(), sub["date"].dt.date.tolist(), strict=True)
    )
    base = best_of(lambda: _python_nearest(rows, *ORIGIN), repeat=3) * (n / n_base)

    # Same answer on the shared subset, or the comparison means nothing.
    check = nearest(sub, *ORIGIN, limit=LIMIT, as_of=AS_OF)["meeting_id"].tolist()
    assert check == [i for _, i in _python_nearest(rows, *ORIGIN)], "baseline disagrees"

    size = f"{n:,} meetings"
    if n != n_base:
        size += f" (baseline: {n_base:,} x{n // n_base})"
    return [Row("nearest: one query, top 10 upcoming", size, ours * 1000, base * 1000, "ms", False)]
