"""Where things live, from environment variables with sensible defaults."""

from __future__ import annotations

import os
from pathlib import Path

# The data folder of a source checkout (the shipped campus and pin tables live here).
SHIPPED_DATA = Path(__file__).resolve().parents[2] / "data"


def data_dir() -> Path:
    """The project's data folder: ``EVENTMAP_DATA_DIR``, else ``data/`` beside ``src/``, else ./data."""
    env = os.environ.get("EVENTMAP_DATA_DIR")
    if env:
        return Path(env)
    if SHIPPED_DATA.is_dir():
        return SHIPPED_DATA
    return Path.cwd() / "data"


def listings_dir() -> Path:
    return data_dir() / "listings"


def bundled_listing_paths() -> list[Path]:
    """The bundled listing pages, in name order."""
    folder = listings_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in {".txt", ".html", ".htm"})
