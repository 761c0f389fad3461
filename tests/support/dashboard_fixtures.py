"""Synthetic meetings frames for the dashboard tests and benchmarks (seed page: seed_fixtures)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from eventmap.core.frame import COLUMNS, coerce


def synthetic_frame(n: int, *, campaigns: int = 12, seed: int = 0) -> pd.DataFrame:
    """``n`` located, dated meetings across the US, built column-wise (to_frame is per row)."""
    rng = np.random.default_rng(seed)
    day = pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    campus_ids = rng.integers(0, max(1, n // 20), n)
    camp = np.array([f"Campaign {i}" for i in range(campaigns)], dtype=object)[
        rng.integers(0, campaigns, n)
    ]
    statuses = rng.choice(np.array(["scheduled", "tba", "pending"]), n, p=[0.9, 0.07, 0.03])
    dates = pd.Series(day.strftime("%Y-%m-%d"), dtype=object).where(statuses != "pending", None)
    data = {
        "meeting_id": [f"m{i:011d}" for i in range(n)],
        "campaign": camp,
        "kind": "meeting",
        "status": statuses,
        "title": None,
        "campus": [f"Campus {c}" for c in campus_ids],
        "place": None,
        "venue": [f"Hall {c % 97}" for c in campus_ids],
        "room": [f"Room {r}" for r in rng.integers(1, 400, n)],
        "address": None,
        "city": None,
        "state": np.array(["CA", "NY", "MI", "TX", "FL", "MA", "IL", "WA"], dtype=object)[
            campus_ids % 8
        ],
        "postal_code": None,
        "country": "US",
        "date": dates,
        "start_time": np.where(statuses == "scheduled", "19:00", None),
        "end_time": None,
        "time_tba": statuses == "tba",
        "timezone": "America/New_York",
        "lat": rng.uniform(25.0, 48.0, n),
        "lon": rng.uniform(-123.0, -70.0, n),
        "precision": rng.choice(np.array(["address", "campus", "city"]), n),
        "geocode_source": "gazetteer",
        "geocode_query": None,
        "links": "",
        "source_line": np.arange(n),
    }
    df = pd.DataFrame(data).reindex(columns=COLUMNS)
    df = coerce(df)
    local = pd.to_datetime(
        df["date"].dt.strftime("%Y-%m-%d") + " " + df["start_time"].fillna(""), errors="coerce"
    )
    df["start"] = local.dt.tz_localize("America/New_York").dt.tz_convert("UTC")
    df["start_local"] = local.dt.tz_localize("America/New_York").map(
        lambda t: t.isoformat() if not pd.isna(t) else None
    )
    return coerce(df)
