"""Tour logistics and Export: a rerun after a change on the page, at 100k meetings.

eventmap: the real page under AppTest (warm: the dataset is cached in memory), changing the
sidebar's status filter back and forth (every section is worked out again). On Tour logistics the
first campaign is shown: about 8,400 meetings, which the shape rule calls local groups (dozens
a day across the country), so the page shows them day by day, with their warnings and itinerary. The dataset is a synthetic frame (``build_dataset`` returns it), as in
``bench_app``.

Baselines, same run, same frame, same widget change:
- Tour logistics: the straightforward page: the same filter, the campaign's legs, its warnings
  checked row by row (``iterrows``), and both itinerary files built on every rerun.
- Export: the straightforward page: the filtered table and all six files built on every rerun
  (what the Export page did before it deferred each file to its button).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from run import Row, best_of

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "support"))
sys.path.insert(0, str(ROOT / "src"))

TIMEOUT = 900
REPEAT = 3


def _tour_baseline(path: str) -> None:
    import pandas as pd
    import streamlit as st

    from eventmap.core import tour
    from eventmap.output import export, ics

    frame = st.cache_data(pd.read_parquet)(path)
    picked = st.multiselect("Status", ["scheduled", "tba", "pending"], key="status")
    df = frame[frame["status"].isin(picked)] if picked else frame
    campaign = st.selectbox("Campaign", tour.campaigns(df), key="campaign")
    next_day_km = 1000.0
    rows = df[df["campaign"].astype(str) == campaign]
    legs = tour.legs(df, campaign=campaign)
    st.dataframe(legs)
    found = []
    for leg in legs.itertuples():
        if leg.days == 1 and leg.distance_km > next_day_km:
            found.append(("next_day_far", f"{leg._2} and {leg.to} are far apart"))
    for _, row in rows.iterrows():
        if not row["start_time"] or row["time_tba"]:
            found.append(("missing_details", f"{row['campus']}: time TBA"))
        if row["precision"] in ("postal_code", "city"):
            found.append(("approximate_location", f"{row['campus']} is approximate"))
    st.dataframe(pd.DataFrame(found, columns=["check", "what"]))
    plan = tour.itinerary(df, campaign)
    st.dataframe(plan)
    st.download_button("CSV", export.to_csv(plan, {}), key="csv")
    st.download_button("ICS", ics.to_ics(rows, meta={}), key="ics")


def _export_baseline(path: str) -> None:
    import pandas as pd
    import streamlit as st

    from eventmap.output import export

    df = st.cache_data(pd.read_parquet)(path)
    picked = st.multiselect("Status", ["scheduled", "tba", "pending"], key="status")
    view = df[df["status"].isin(picked)] if picked else df
    st.dataframe(view)
    for fmt in export.FORMATS:
        st.download_button(fmt, export.export(view, fmt, {}), key=f"download_{fmt}")


def _toggler(at, kind: str, key: str, values: tuple, *, sidebar: bool = False):
    state = {"i": 0}

    def rerun() -> None:
        state["i"] ^= 1
        root = at.sidebar if sidebar else at
        getattr(root, kind)(key=key).set_value(values[state["i"]]).run(timeout=TIMEOUT)
        assert not at.exception, at.exception

    return rerun


def _measure(
    page: str, baseline, frame_path: Path, ours: tuple, theirs: tuple, base_repeat: int = REPEAT
) -> tuple:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / page), default_timeout=TIMEOUT).run()
    assert not at.exception, at.exception
    t_ours = best_of(_toggler(at, *ours[:3], sidebar=ours[3]), repeat=REPEAT)
    base = AppTest.from_function(baseline, args=(str(frame_path),))
    base.default_timeout = TIMEOUT
    base.run()
    assert not base.exception, base.exception
    t_base = best_of(_toggler(base, *theirs), repeat=base_repeat)
    return t_ours, t_base


def run(quick: bool) -> list[Row]:
    from dashboard_fixtures import synthetic_frame

    import eventmap.core.dataset as dataset
    from eventmap.model import Listing

    n = 10_000 if quick else 100_000
    label = f"{n // 1000}k meetings"
    rows: list[Row] = []
    original = dataset.build_dataset
    names = ("EVENTMAP_DATA_DIR", "EVENTMAP_DB", "EVENTMAP_CACHE_DIR")
    saved_env = {k: os.environ.get(k) for k in names}
    df = synthetic_frame(n)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            listings = Path(tmp) / "data" / "listings"
            listings.mkdir(parents=True)
            (listings / "synthetic.txt").write_text(f"Upcoming Meetings\n\nsynthetic {n}\n")
            os.environ["EVENTMAP_DATA_DIR"] = str(Path(tmp) / "data")
            os.environ["EVENTMAP_DB"] = f"sqlite:///{tmp}/bench.db"
            os.environ["EVENTMAP_CACHE_DIR"] = str(Path(tmp) / "cache")

            def fake_build(sources, **_options):
                return dataset.Dataset(frame=df, listing=Listing(), sources=list(sources))

            dataset.build_dataset = fake_build
            frame_path = Path(tmp) / "frame.parquet"
            df.to_parquet(frame_path)
            statuses = (["scheduled"], ["scheduled", "tba"])
            tour_ours, tour_base = _measure(
                "app_pages/2_Tour_logistics.py", _tour_baseline, frame_path,
                ("multiselect", "flt_statuses", statuses, True),
                ("multiselect", "status", statuses),
            )  # fmt: skip
            rows.append(Row("Tour logistics rerun (filter changed)", label,
                            tour_ours, tour_base, "s", False))  # fmt: skip
            export_ours, export_base = _measure(
                "app_pages/3_Export.py", _export_baseline, frame_path,
                ("multiselect", "flt_statuses", statuses, True),
                ("multiselect", "status", statuses),
                base_repeat=1,  # every baseline rerun writes all six files: minutes at 100k
            )  # fmt: skip
            rows.append(Row("Export rerun (filter changed)", label, export_ours, export_base,
                            "s", False))  # fmt: skip
    finally:
        dataset.build_dataset = original
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return rows
