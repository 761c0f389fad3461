"""Shared inputs for the planner tests: the six campuses of the bundled April tour."""

from __future__ import annotations

from pathlib import Path

import pytest

APRIL_STOPS = [
    "UC Berkeley",
    "San Diego State University",
    "Wayne State University",
    "University of Michigan",
    "New York University",
    "MIT",
]
APRIL = "The Threat of Fascism and How to Fight it"
APRIL_PAGE_KM = 5288.0  # the bundled page's April tour, as Tour logistics measures it


@pytest.fixture
def seed_data_dir(tmp_path: Path, seed_path: Path, monkeypatch) -> Path:
    """A data folder holding only the seed page, and a store of its own."""
    listings = tmp_path / "listings"
    listings.mkdir()
    (listings / "upcoming-meetings.txt").write_text(seed_path.read_text("utf-8"), "utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'store.db'}")
    return tmp_path
