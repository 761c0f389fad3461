"""A private data folder, database and cache folder for tests of the located-dataset cache."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from eventmap.core import located_cache
from eventmap.geo import place_index

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def located_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _shared_cache_dir: Path
) -> dict[str, str]:
    """A data folder with the bundled listings, its own database and its own cache folder."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "listings", data / "listings")
    values = {
        "EVENTMAP_DATA_DIR": str(data),
        "EVENTMAP_DB": f"sqlite:///{tmp_path / 'eventmap.db'}",
        "EVENTMAP_CACHE_DIR": str(tmp_path / "cache"),
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    # The place index is the session's (copied, not rebuilt): the dataset cache is this test's.
    index = place_index.open_index(_shared_cache_dir).path
    (tmp_path / "cache").mkdir()
    shutil.copy2(index, tmp_path / "cache" / index.name)
    return values


def settle(env: dict[str, str]) -> None:
    """Date the database's files back a minute, as if its last write were that long ago."""
    db = located_cache.sqlite_file(env["EVENTMAP_DB"])
    past = time.time() - 60
    for path in (db, Path(f"{db}-wal")):
        if path.exists():
            os.utime(path, (past, past))
