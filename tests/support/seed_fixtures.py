"""The bundled seed page as the real parser and offline geocoder give it, built once per process.

Tests that stand for "the seed page" use these instead of hand-built copies, so they cannot drift
from what the pipeline produces. Callers get fresh copies and may edit them freely.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import tempfile
from pathlib import Path

import pandas as pd

from eventmap.core.dataset import Source, build_dataset
from eventmap.geo.geocoder import Geocoder
from eventmap.geo.overrides import load_overrides_csv
from eventmap.ingest.parse import parse
from eventmap.model import Listing, Meeting

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "listings" / "upcoming-meetings.txt"
SEED_NAME = SEED.name

# The page's two campaigns: April's has a heading; March's name is what the parser takes from
# its blurb (so it is read from the parse rather than written here).
APRIL = "The Threat of Fascism and How to Fight it"


@functools.cache
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@functools.cache
def _listing() -> Listing:
    return parse(seed_text())


def seed_listing() -> Listing:
    return copy.deepcopy(_listing())


def seed_meetings() -> list[Meeting]:
    """The seed's 14 meetings in page order (copies: edit them as you like)."""
    return [dataclasses.replace(m, links=list(m.links)) for m in _listing().meetings]


def march_campaign() -> str:
    """The campaign name the parser gives the seed's March (Chelsea Manning) meetings."""
    (name,) = {m.campaign for m in _listing().meetings} - {APRIL}
    return name


@functools.cache
def _frame() -> pd.DataFrame:
    # Offline provider: no network; the cache path points at a throwaway folder so nothing
    # could ever be written into the repo. Overrides come from the repo's venues.csv, whatever
    # EVENTMAP_DATA_DIR a test has set when this first runs.
    with tempfile.TemporaryDirectory(prefix="eventmap-seed-geo-") as tmp:
        geocoder = Geocoder(
            "offline",
            cache_path=Path(tmp) / "geocode.sqlite",
            overrides=load_overrides_csv(ROOT / "data" / "venues.csv"),
        )
        dataset = build_dataset([Source(SEED_NAME, seed_text())], geocoder=geocoder)
    assert not dataset.geocode_failures, dataset.geocode_failures
    return dataset.frame


def seed_frame() -> pd.DataFrame:
    """The seed's meetings frame (parsed and geocoded offline); a copy."""
    return _frame().copy()
