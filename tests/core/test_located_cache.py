"""The located dataset is stored per version, so a new process reads it instead of rebuilding."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from eventmap.core import located_cache
from eventmap.core.dataset import load_store_dataset
from eventmap.geo import place_index
from eventmap.store import open_store

ROOT = Path(__file__).resolve().parents[2]

# A new process: load the store's dataset, say whether it came from the cache, and dump the frame.
PROBE = """
import json
from eventmap.core.dataset import load_store_dataset
from eventmap.geo import place_index
d = load_store_dataset()
print(json.dumps({"from_cache": d.from_cache, "parsed": d.listing is not None,
                  "sources": [s.name for s in d.sources],
                  "frame": d.frame.to_json(orient="records", date_format="iso")}))
"""


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _shared_cache_dir: Path) -> dict[str, str]:
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


def run_probe(env: dict[str, str]) -> dict:
    full = {**os.environ, **env, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=full, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def entries(env: dict[str, str]) -> list[Path]:
    return sorted(Path(env["EVENTMAP_CACHE_DIR"]).glob("located-*.parquet"))


def test_a_new_process_reads_the_located_dataset_instead_of_rebuilding(env) -> None:
    first = run_probe(env)
    assert first["from_cache"] is False and first["parsed"] is True
    assert len(entries(env)) == 1
    second = run_probe(env)
    assert second["from_cache"] is True and second["parsed"] is False
    assert second["sources"] == first["sources"] == ["upcoming-meetings.txt"]
    assert json.loads(second["frame"]) == json.loads(first["frame"])


def test_the_cached_frame_has_the_built_frames_types_and_values(env) -> None:
    built = load_store_dataset()
    read = load_store_dataset()
    assert not built.from_cache and read.from_cache
    pd.testing.assert_frame_equal(read.frame, built.frame)


def test_a_new_version_or_a_pin_is_built_afresh(env) -> None:
    load_store_dataset()
    store = open_store()
    text = store.current_sources()[0].text
    store.import_listing("upcoming-meetings.txt", text.replace("Room 101", "Room 102"))
    after_import = load_store_dataset()
    assert not after_import.from_cache
    assert "Room 102" in set(after_import.frame["room"].dropna())
    store.set_override("campus", "University of Michigan", 42.0, -83.0)
    pinned = load_store_dataset()
    assert not pinned.from_cache
    umich = pinned.frame[pinned.frame["campus"].astype(str).str.contains("Michigan", na=False)]
    assert set(umich["geocode_source"]) >= {"override"}
    assert len(entries(env)) == 3
    assert load_store_dataset().from_cache


def test_an_unreadable_entry_is_rebuilt(env) -> None:
    load_store_dataset()
    (entry,) = entries(env)
    entry.write_bytes(b"not parquet")
    again = load_store_dataset()
    assert not again.from_cache and len(again.frame) == 14
    assert load_store_dataset().from_cache


def test_the_key_follows_the_day_the_pages_are_read_against() -> None:
    from datetime import date

    a = located_cache.dataset_key("sqlite:///x.db", "k", date(2019, 3, 1))
    assert a == located_cache.dataset_key("sqlite:///x.db", "k", date(2019, 3, 1))
    assert a != located_cache.dataset_key("sqlite:///x.db", "k", date(2019, 3, 2))
    assert a != located_cache.dataset_key("sqlite:///y.db", "k", date(2019, 3, 1))
    assert a != located_cache.dataset_key("sqlite:///x.db", "k2", date(2019, 3, 1))
