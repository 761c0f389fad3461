"""The SQLite geocode cache (threads, processes, corruption, expiry) and the rate limiter."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading

import pytest

from eventmap.geo.cache import CacheWarning, GeocodeCache
from eventmap.geo.geocoder import Geocoder
from eventmap.geo.ratelimit import RateLimiter, shared_limiter
from eventmap.model import Meeting


class FakeTime:
    def __init__(self, now: float = 100.0):
        self.now = now
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_hit_miss_and_wal_mode(tmp_path):
    c = GeocodeCache(tmp_path / "g.sqlite")
    assert c.get("nominatim", "ann arbor") is None
    c.put("nominatim", "ann arbor", 42.28, -83.74, "Ann Arbor", "place:city")
    hit = c.get("nominatim", "ann arbor")
    assert (hit.found, hit.lat, hit.lon, hit.kind) == (True, 42.28, -83.74, "place:city")
    assert c.get("photon", "ann arbor") is None  # keyed by provider too
    with sqlite3.connect(tmp_path / "g.sqlite") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_negative_entries_expire(tmp_path):
    t = FakeTime(1000.0)
    c = GeocodeCache(tmp_path / "g.sqlite", clock=t.clock)
    c.put_negative("nominatim", "nowhere", ttl=60)
    assert c.get("nominatim", "nowhere").found is False
    t.now += 59
    assert c.get("nominatim", "nowhere").found is False
    t.now += 2
    assert c.get("nominatim", "nowhere") is None


def test_threads_share_a_cache(tmp_path):
    c = GeocodeCache(tmp_path / "g.sqlite")
    errors = []

    def work(n):
        try:
            for i in range(100):
                c.put("p", f"t{n}-{i}", 1.0, 2.0)
                assert c.get("p", f"t{n}-{i}").found
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert c.count() == 800


WRITER = """
import sys
from eventmap.geo.cache import GeocodeCache
c = GeocodeCache(sys.argv[1])
n = int(sys.argv[2])
for i in range(300):
    c.put("nominatim", f"p{n}-q{i}", 40.0 + n, -80.0 - i / 1000)
    if i % 3 == 0:
        c.put_negative("nominatim", f"p{n}-neg{i}")
print("done")
"""


def test_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "g.sqlite"
    GeocodeCache(path)  # create the schema first, like the app does
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [o[1] for o in outs]
    c = GeocodeCache(path)
    assert c.count() == 4 * (300 + 100)
    for n in range(4):
        assert c.get("nominatim", f"p{n}-q299").lat == 40.0 + n
        assert c.get("nominatim", f"p{n}-neg0").found is False


def _corrupt_header(path):
    c = GeocodeCache(path)
    c.put("p", "q", 1.0, 2.0)
    c.close()
    data = bytearray(path.read_bytes())
    data[:16] = b"definitely nope!"
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        p = path.with_name(path.name + side)
        if p.exists():
            p.unlink()


@pytest.mark.parametrize(
    "spoil",
    [
        lambda p: p.write_bytes(b"this is not a database\n" * 50),
        lambda p: p.write_bytes(b"\x00\xff" * 3000),
        _corrupt_header,
    ],
    ids=["text", "binary", "bad-header"],
)
def test_corrupt_file_is_moved_aside_and_rebuilt(tmp_path, spoil):
    path = tmp_path / "g.sqlite"
    spoil(path)
    with pytest.warns(CacheWarning, match="moved it to"):
        c = GeocodeCache(path)
    aside = list(tmp_path.glob("g.sqlite.corrupt-*"))
    assert aside, "the unusable file must be kept for inspection"
    c.put("p", "q", 1.0, 2.0)
    assert c.get("p", "q").found
    assert not c.disabled


def test_corruption_after_opening_is_survived(tmp_path):
    path = tmp_path / "g.sqlite"
    c = GeocodeCache(path)
    c.put("p", "q", 1.0, 2.0)
    c.close()
    path.write_bytes(b"garbage" * 1000)
    for side in ("-wal", "-shm"):
        p = path.with_name(path.name + side)
        if p.exists():
            p.unlink()
    with pytest.warns(CacheWarning):
        assert c.get("p", "q") is None
    c.put("p", "q2", 3.0, 4.0)
    assert c.get("p", "q2").lat == 3.0


def test_unusable_location_disables_the_cache_without_crashing(tmp_path):
    folder = tmp_path / "g.sqlite"
    folder.mkdir()  # a directory where the file should be
    with pytest.warns(CacheWarning, match="running without it"):
        c = GeocodeCache(folder)
    assert c.disabled and folder.is_dir()
    c.put("p", "q", 1.0, 2.0)
    assert c.get("p", "q") is None


def test_geocoder_with_a_corrupt_cache_still_locates_and_reports(tmp_path):
    path = tmp_path / "g.sqlite"
    path.write_bytes(b"not sqlite" * 100)
    with pytest.warns(CacheWarning):
        g = Geocoder("nominatim", domain="127.0.0.1:9", scheme="http", cache_path=path, timeout=1,
                     sleep=lambda s: None, clock=lambda: 0.0)  # fmt: skip
    assert any("unusable" in f for f in g.failures)
    loc = g.locate(Meeting(campus="MIT"))
    assert loc.precision == "campus"


# -- rate limiter ------------------------------------------------------------------------------


def test_limiter_spaces_requests_with_a_fake_clock():
    t = FakeTime()
    lim = RateLimiter(1.0, clock=t.clock, sleep=t.sleep)
    starts = []
    for _ in range(4):
        lim.acquire()
        starts.append(t.now)
    assert [b - a for a, b in zip(starts, starts[1:], strict=False)] == [1.0, 1.0, 1.0]
    assert t.sleeps == [1.0, 1.0, 1.0]


def test_limiter_does_not_wait_when_requests_are_already_apart():
    t = FakeTime()
    lim = RateLimiter(1.0, clock=t.clock, sleep=t.sleep)
    lim.acquire()
    t.now += 5
    assert lim.acquire() == 0.0
    assert t.sleeps == []


def test_defer_pushes_the_next_request_back():
    t = FakeTime()
    lim = RateLimiter(1.0, clock=t.clock, sleep=t.sleep)
    lim.acquire()
    lim.defer(30)
    lim.acquire()
    assert t.sleeps == [30.0]


def test_limiter_serialises_threads():
    t = FakeTime()
    lock = threading.Lock()

    def sleep(s):
        with lock:
            t.sleep(s)

    lim = RateLimiter(0.5, clock=t.clock, sleep=sleep)
    threads = [threading.Thread(target=lim.acquire) for _ in range(10)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert sum(t.sleeps) == pytest.approx(4.5)


def test_shared_limiter_is_one_per_endpoint():
    a = shared_limiter("test-endpoint-a", 1.0)
    assert shared_limiter("test-endpoint-a", 0.0) is a
    assert a.min_interval == 1.0  # a later, laxer request never loosens the limit
    assert shared_limiter("test-endpoint-b", 1.0) is not a


def test_limiter_rejects_negative_interval():
    with pytest.raises(ValueError):
        RateLimiter(-1)
