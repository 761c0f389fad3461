"""Several app servers, one database: the geocode cache lives in the store's database (its own
table, with a schema version) and the provider's rate limit is one row there, so N servers
look a place up once and together send at most the configured rate. On PostgreSQL (what
several servers share) and on SQLite (the same code through a URL)."""

from __future__ import annotations

import json
import multiprocessing
import sys
import time
import types

import pytest
import sqlalchemy as sa
from nominatim_server import FakeNominatim

from eventmap import config
from eventmap.cli import main
from eventmap.db import server_engine
from eventmap.geo import geocoder as geocode
from eventmap.geo.cache import DatabaseGeocodeCache, GeocodeCache
from eventmap.geo.ratelimit import DatabaseRateLimiter


@pytest.fixture(autouse=True)
def _fresh_default():
    geocode.reset_default_geocoder()
    yield
    geocode.reset_default_geocoder()


@pytest.fixture
def no_pins(monkeypatch, tmp_path):
    """A data folder whose venues.csv pins nothing, so the provider gets asked."""
    folder = tmp_path / "pins"
    folder.mkdir()
    (folder / "venues.csv").write_text("kind,key,lat,lon,note\n", encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))


def _rows(url: str) -> list[tuple]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(
                sa.text("SELECT provider, query, found FROM geocode_cache ORDER BY query")
            ).all()
    finally:
        engine.dispose()


def test_the_cache_goes_where_the_store_is(monkeypatch, tmp_path):
    monkeypatch.delenv("EVENTMAP_GEOCODE_CACHE", raising=False)
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("EVENTMAP_DB", raising=False)
    assert config.settings().geocode_cache_target == config.settings().cache_path / "geocode.sqlite"
    monkeypatch.setenv("EVENTMAP_DB", "postgresql+psycopg://u:p@db.internal/eventmap")
    assert config.settings().geocode_cache_target == "postgresql+psycopg://u:p@db.internal/eventmap"
    monkeypatch.setenv("EVENTMAP_GEOCODE_CACHE", str(tmp_path / "own.sqlite"))
    assert config.settings().geocode_cache_target == tmp_path / "own.sqlite"


def test_geocode_against_the_store_database_puts_the_cache_rows_there(
    db_url, seed_path, monkeypatch, capsys, no_pins
):
    monkeypatch.setenv("EVENTMAP_DB", db_url)
    monkeypatch.delenv("EVENTMAP_GEOCODE_CACHE", raising=False)
    if db_url.startswith("sqlite"):  # a SQLite store keeps its file cache unless told
        monkeypatch.setenv("EVENTMAP_GEOCODE_CACHE", db_url)
    with FakeNominatim({"moffitt library": (37.8725, -122.2608)}) as server:
        monkeypatch.setenv("EVENTMAP_GEOCODER", "nominatim")
        monkeypatch.setenv("EVENTMAP_GEOCODER_DOMAIN", server.domain)
        monkeypatch.setenv("EVENTMAP_GEOCODER_SCHEME", "http")
        monkeypatch.setenv("EVENTMAP_GEOCODER_MIN_DELAY", "0")
        assert main(["geocode", str(seed_path), "--as-of", "2019-03-01"]) == 0
        first = json.loads(capsys.readouterr().out)
        asked = server.count
        rows = _rows(db_url)
        assert asked > 0 and len(rows) == asked  # one row per question, hits and misses
        assert {provider for provider, _q, _f in rows} == {f"nominatim@{server.domain}"}
        assert any(found for _p, query, found in rows if "moffitt library" in query)
        # Another server (a new process, in effect) asks the provider nothing.
        geocode.reset_default_geocoder()
        assert main(["geocode", str(seed_path), "--as-of", "2019-03-01"]) == 0
        second = json.loads(capsys.readouterr().out)
        assert server.count == asked
    assert [(m["lat"], m["lon"]) for m in second["meetings"]] == [
        (m["lat"], m["lon"]) for m in first["meetings"]
    ]


def test_the_database_cache_keeps_hits_misses_and_expiry(db_url):
    now = [1000.0]
    cache = DatabaseGeocodeCache(db_url, clock=lambda: now[0])
    assert cache.get("p", "q") is None
    cache.put("p", "q", 1.5, 2.5, "label", "city")
    cache.put("p", "q", 3.0, 4.0, None, "building")  # replaced, not added
    cache.put_negative("p", "nowhere", ttl=10)
    assert (cache.get("p", "q").lat, cache.get("p", "q").kind) == (3.0, "building")
    assert cache.get("p", "nowhere").found is False and cache.count() == 2
    now[0] += 11
    assert cache.get("p", "nowhere") is None
    assert DatabaseGeocodeCache(db_url).get("p", "q").lon == 4.0  # a second server sees it


def test_a_cache_from_a_newer_release_is_left_alone(db_url, tmp_path):
    DatabaseGeocodeCache(db_url).put("p", "q", 1.0, 2.0)
    with server_engine(db_url).begin() as conn:
        conn.execute(sa.text("UPDATE geocode_cache_version SET version = 99"))
    with pytest.warns(UserWarning, match="schema version 99, newer"):
        newer = DatabaseGeocodeCache(db_url)
    assert newer.disabled and newer.get("p", "q") is None

    path = tmp_path / "g.sqlite"
    GeocodeCache(path).put("p", "q", 1.0, 2.0)
    import sqlite3

    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        raw.execute("PRAGMA user_version = 99")
    with pytest.warns(UserWarning, match="schema version 99, newer"):
        assert GeocodeCache(path).get("p", "q") is None
    assert path.exists()  # left in place for the newer release


def _take_turns(url: str, interval: float, count: int, start, out) -> None:
    from eventmap.db import server_engine

    limiter = DatabaseRateLimiter(server_engine(url), "nominatim@test", interval)
    start.wait(timeout=60)
    for _ in range(count):
        limiter.acquire()
        out.put((limiter.last_slot, time.monotonic()))


def test_servers_sharing_a_database_share_the_rate_limit(db_url, monkeypatch):
    # AppTest runs pages as __main__; spawned children would re-run that page.
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
    interval, count, servers = 0.25, 4, 3
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(target=_take_turns, args=(db_url, interval, count, start, out))
        for _ in range(servers)
    ]
    for p in procs:
        p.start()
    time.sleep(0.5)
    start.set()
    began = time.monotonic()
    got = [out.get(timeout=120) for _ in range(servers * count)]
    for p in procs:
        p.join(timeout=60)
    assert [p.exitcode for p in procs] == [0] * servers
    slots = sorted(slot for slot, _woke in got)
    gaps = [b - a for a, b in zip(slots, slots[1:], strict=False)]
    # Whichever server sent it, each request was scheduled at least one interval after the one
    # before (by the database's clock), and the whole burst took as long as that implies.
    assert min(gaps) >= interval - 1e-6, gaps
    last_woke = max(woke for _slot, woke in got)
    assert last_woke - began >= (servers * count - 1) * interval - 0.05


def test_defer_holds_back_every_server(db_url):
    slept: list[float] = []
    one = DatabaseRateLimiter(server_engine(db_url), "ep", 0.0, sleep=slept.append)
    other = DatabaseRateLimiter(server_engine(db_url), "ep", 0.0, sleep=slept.append)
    one.acquire()
    one.defer(30)  # a 429 with Retry-After: 30 seen by one server
    other.acquire()
    assert slept and 29 <= slept[-1] <= 30.5


def test_an_unreachable_shared_cache_is_skipped_and_names_no_database(monkeypatch):
    from db_support import closed_port

    monkeypatch.setenv("EVENTMAP_DB_TIMEOUT", "1")
    url = f"postgresql+psycopg://eventmap:s3cret@127.0.0.1:{closed_port()}/eventmap"
    with pytest.warns(UserWarning, match="shared geocode cache in the database is unusable"):
        cache = DatabaseGeocodeCache(url)
    assert cache.disabled and cache.get("p", "q") is None
    cache.put("p", "q", 1.0, 2.0)  # a no-op, not an error
    shown = " ".join(cache.warnings)  # what Geocoder.failures, and so the pages, would show
    assert "127.0.0.1" not in shown and "s3cret" not in shown and "eventmap:" not in shown
