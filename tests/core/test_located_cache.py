"""The located dataset is stored per version, so a new process reads it instead of rebuilding."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
from located_fixtures import settle

from eventmap.core import located_cache
from eventmap.core.dataset import load_store_dataset
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


def run_probe(env: dict[str, str]) -> dict:
    full = {**os.environ, **env, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=full, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def entries(env: dict[str, str]) -> list[Path]:
    return sorted(Path(env["EVENTMAP_CACHE_DIR"]).glob("located-*.parquet"))


def test_a_new_process_reads_the_located_dataset_instead_of_rebuilding(located_env) -> None:
    first = run_probe(located_env)
    assert first["from_cache"] is False and first["parsed"] is True
    assert len(entries(located_env)) == 1
    second = run_probe(located_env)
    assert second["from_cache"] is True and second["parsed"] is False
    assert second["sources"] == first["sources"] == ["upcoming-meetings.txt"]
    assert json.loads(second["frame"]) == json.loads(first["frame"])


def test_the_cached_frame_has_the_built_frames_types_and_values(located_env) -> None:
    built = load_store_dataset()
    read = load_store_dataset()
    assert not built.from_cache and read.from_cache
    pd.testing.assert_frame_equal(read.frame, built.frame)


def test_a_new_version_or_a_pin_is_built_afresh(located_env) -> None:
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
    assert len(entries(located_env)) == 3
    assert load_store_dataset().from_cache


def test_an_unreadable_entry_is_rebuilt(located_env) -> None:
    load_store_dataset()
    (entry,) = entries(located_env)
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


def test_the_database_file_of_a_store_url() -> None:
    assert located_cache.sqlite_file("sqlite:////tmp/x.db") == Path("/tmp/x.db")
    assert located_cache.sqlite_file("sqlite:///rel/x.db") == Path("rel/x.db")
    assert located_cache.sqlite_file("sqlite+pysqlite:////tmp/x.db?timeout=5") == Path("/tmp/x.db")
    for url in (
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///file:x?mode=memory&uri=true",
        "postgresql+psycopg://u@localhost/eventmap",
    ):
        assert located_cache.sqlite_file(url) is None


def test_the_current_entry_is_found_without_the_store_until_the_store_changes(located_env) -> None:
    url = located_env["EVENTMAP_DB"]
    built = load_store_dataset()
    # The database was written a moment ago: a write in the same clock tick could leave its
    # stamps as they are, so nothing is noted yet.
    assert located_cache.current_entry(url) is None
    settle(located_env)
    assert load_store_dataset().from_cache
    (entry,) = entries(located_env)
    assert located_cache.current_entry(url) == entry
    pd.testing.assert_frame_equal(located_cache.read_frame(entry), built.frame)

    open_store().set_override("campus", "University of Michigan", 42.0, -83.0)
    assert located_cache.current_entry(url) is None  # the write changed the stamps
    settle(located_env)
    assert located_cache.current_entry(url) is None  # settled, but not the stamps noted
    pinned = load_store_dataset()
    assert not pinned.from_cache
    settle(located_env)
    load_store_dataset()
    new = located_cache.current_entry(url)
    assert new is not None and new != entry
    pd.testing.assert_frame_equal(located_cache.read_frame(new), pinned.frame)


def test_no_current_entry_for_a_store_without_a_file(located_env, monkeypatch) -> None:
    monkeypatch.setenv(
        "EVENTMAP_DB", "sqlite:///" + str(Path(located_env["EVENTMAP_CACHE_DIR"]) / "no.db")
    )
    assert located_cache.current_entry(os.environ["EVENTMAP_DB"]) is None
