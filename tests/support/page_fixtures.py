"""Crafted listing pages, parsed and geocoded offline for real (campus table, no network)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd

from eventmap.core.dataset import Dataset, Source, build_dataset
from eventmap.geo.geocoder import Geocoder

ROOT = Path(__file__).resolve().parents[2]


def page(heading: str, *meetings: tuple[str, str, str], blurb: str = "") -> str:
    """A page in the bundled page's layout: heading, blurb, then (campus, date line, room)."""
    blurb = blurb or (
        f"Join us for {heading}: students and workers will discuss the political issues of the "
        "day and how to organize against them, with time for questions and discussion."
    )
    parts = [heading, "", blurb, ""]
    for campus, when, room in meetings:
        parts += [campus, when, room, ""]
    return "\n".join(parts)


def build(*pages: str, **kw) -> Dataset:
    """The dataset of crafted pages (one source each), located with the offline tables."""
    with tempfile.TemporaryDirectory(prefix="eventmap-pages-") as tmp:
        geocoder = Geocoder("offline", cache_path=Path(tmp) / "geocode.sqlite", overrides=[])
        sources = [Source(f"page-{i}.txt", text) for i, text in enumerate(pages)]
        return build_dataset(sources, geocoder=geocoder, **kw)


def frame(*pages: str) -> pd.DataFrame:
    return build(*pages).frame


def shape_of(df: pd.DataFrame, campaign: str) -> tuple[str, str]:
    rows = df[df["campaign"].astype("object") == campaign]
    assert len(rows), f"no campaign {campaign!r} in {sorted(df['campaign'].unique())}"
    return str(rows["campaign_shape"].iloc[0]), str(rows["campaign_shape_reason"].iloc[0])
