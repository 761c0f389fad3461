"""The store on PostgreSQL beside SQLite, same machine, same run, 100,000 meetings.

- Import throughput: ten pages of 10,000 meetings each imported with ``Store.import_listing``
  (parse, diff, one transaction under the writer lock), in meetings per second.
- Dashboard cold load: what a newly started app server does before it can draw the map for a
  store holding those 100,000 meetings: open the store (schema check), read the current pages
  and overrides, parse, geocode (offline) and build the frame (``load_store_dataset``), with no
  in-process cache warm.

"eventmap" is PostgreSQL, "baseline" is SQLite (the default store): a ratio above 1 means
PostgreSQL is faster. PostgreSQL is a throwaway cluster started with ``.ci/pg`` (Debian's
``postgresql``) with its durable defaults, on this machine, over TCP on 127.0.0.1; without one,
``EVENTMAP_TEST_POSTGRES_URL``; with neither, these rows are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa
from run import Row
from synth import synthetic_listing

from eventmap import config, store
from eventmap.core.dataset import load_store_dataset
from eventmap.geo import geocoder

ROOT = Path(__file__).resolve().parents[1]


def _cluster() -> tuple[str | None, str | None]:
    """(admin URL, folder of a cluster this benchmark started) or (None, None).

    A cluster of its own with PostgreSQL's durable defaults (fsync on), as SQLite's file is
    durable; the test cluster (``EVENTMAP_TEST_POSTGRES_URL``, fsync off) only as a fallback."""
    # Its own folder under /tmp: the cluster runs as user postgres, who can't enter ``tmp``.
    folder = tempfile.mkdtemp(prefix="eventmap-bench-pg.")
    try:
        out = subprocess.run(
            [str(ROOT / ".ci" / "pg"), "start", folder],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PG_DURABLE": "1"},
        )
    except (OSError, subprocess.CalledProcessError):
        shutil.rmtree(folder, ignore_errors=True)
        url = os.environ.get("EVENTMAP_TEST_POSTGRES_URL")
        return (url, None) if url else (None, None)
    return out.stdout.strip(), folder


def _fresh_database(admin_url: str) -> str:
    name = f"eventmap_bench_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return sa.make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _measure(url: str, pages: list[str]) -> tuple[float, float]:
    """(meetings imported per second, seconds for a cold load) for the store at ``url``."""
    handle = store.open_store(url)
    meetings = 0
    start = time.perf_counter()
    for i, text in enumerate(pages):
        meetings += len(handle.import_listing(f"page-{i}.txt", text).listing.meetings)
    imported = time.perf_counter() - start
    loads = []
    for _ in range(2):  # best of two, each as a newly started server on a new machine
        store.dispose_engines()
        with tempfile.TemporaryDirectory() as cache:  # no located frame on disk yet
            os.environ["EVENTMAP_CACHE_DIR"] = cache
            config.reload_settings()
            geocoder.reset_default_geocoder()
            start = time.perf_counter()
            dataset = load_store_dataset(url)
            loads.append(time.perf_counter() - start)
        assert len(dataset.frame) == meetings
    os.environ.pop("EVENTMAP_CACHE_DIR", None)
    config.reload_settings()
    store.dispose_engines()
    return meetings / imported, min(loads)


def run(quick: bool) -> list[Row]:
    per_page, n_pages = (500, 4) if quick else (10_000, 10)
    total = per_page * n_pages
    pages = [synthetic_listing(per_page, seed=s) for s in range(n_pages)]
    with tempfile.TemporaryDirectory() as tmp:
        admin_url, started = _cluster()
        if admin_url is None:
            print("bench_postgres: no PostgreSQL (set EVENTMAP_TEST_POSTGRES_URL); skipped")
            return []
        try:
            pg_rate, pg_load = _measure(_fresh_database(admin_url), pages)
            lite_rate, lite_load = _measure(f"sqlite:///{Path(tmp) / 'bench.db'}", pages)
        finally:
            if started:
                subprocess.run([str(ROOT / ".ci" / "pg"), "stop", started], check=False)
    size = f"{total:,} meetings, PostgreSQL vs SQLite"
    return [
        Row("import throughput", size, pg_rate, lite_rate, "meetings/s"),
        Row("dashboard cold load", size, pg_load, lite_load, "s", higher_is_better=False),
    ]
