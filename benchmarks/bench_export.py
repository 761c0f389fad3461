"""Export throughput (rows per second) against pandas' own writers on the same frame.

The baselines write the frame as-is (no formula neutralisation, no provenance, no typed cells
beyond what pandas does by itself): the straightforward way an app would offer a download.
"""

from __future__ import annotations

import io
import random

import pandas as pd
from run import Row, best_of

from eventmap.core.frame import to_frame
from eventmap.model import Location, Meeting
from eventmap.output import export, ics

ZONES = ["America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York"]


def synthetic(n: int, seed: int = 7) -> pd.DataFrame:
    rnd = random.Random(seed)
    meetings, locations = [], []
    for i in range(n):
        tba = rnd.random() < 0.05
        meetings.append(
            Meeting(
                campaign=f"Campaign {i % 12}",
                campus=f"University {i % 400}",
                venue=rnd.choice(["Student Union", '=HYPERLINK("x")', "Library", "Hall B"]),
                room=f"Room {rnd.randint(1, 500)}",
                address=f"{rnd.randint(1, 9999)} Main St, Town {i % 97}, ST 0{i % 9999:04d}",
                state=rnd.choice(["CA", "NY", "MI", "FL", "TX"]),
                date=f"2019-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
                if rnd.random() > 0.03
                else None,
                start_time=None if tba else f"{rnd.randint(9, 20):02d}:{rnd.choice(['00', '30'])}",
                time_tba=tba,
                links=[f"https://example.org/{i}"],
                source_line=i,
            )
        )
        locations.append(
            Location(
                rnd.uniform(25, 48),
                rnd.uniform(-124, -70),
                "campus",
                "gazetteer",
                "q",
                rnd.choice(ZONES),
            )
        )
    return to_frame(meetings, locations)


def _pandas_excel(df: pd.DataFrame) -> bytes:
    out = df.copy()
    for col in ("start", "end"):
        out[col] = out[col].dt.tz_localize(None)  # Excel can't hold tz-aware values
    buf = io.BytesIO()
    out.to_excel(buf, index=False, engine="openpyxl")
    return buf.getvalue()


def _measure(df: pd.DataFrame, repeat: int, with_xlsx: bool) -> list[Row]:
    n = len(df)
    meta = {"generated_at": "2024-01-01T00:00:00Z", "filters": {}, "sources": []}
    pairs = [
        ("CSV export", lambda: export.to_csv(df, meta), lambda: df.to_csv(index=False).encode()),
        (
            "JSON export",
            lambda: export.to_json(df, meta),
            lambda: df.to_json(orient="records").encode(),
        ),
        ("Parquet export", lambda: export.to_parquet(df, meta), lambda: df.to_parquet()),
    ]
    if with_xlsx:
        pairs.append(("XLSX export", lambda: export.to_xlsx(df, meta), lambda: _pandas_excel(df)))
    rows = []
    for metric, ours, base in pairs:
        t_ours = best_of(ours, repeat)
        t_base = best_of(base, repeat)
        rows.append(Row(metric, f"{n:,} rows", n / t_ours, n / t_base, "rows/s"))
    t_ics = best_of(lambda: ics.to_ics(df, meta=meta), repeat)
    rows.append(Row("ICS export", f"{n:,} rows", n / t_ics, None, "rows/s"))
    return rows


def run(quick: bool) -> list[Row]:
    rows: list[Row] = []
    for n in [2_000] if quick else [2_000, 20_000]:
        rows.extend(_measure(synthetic(n), 1 if quick else 3, with_xlsx=True))
    return rows
