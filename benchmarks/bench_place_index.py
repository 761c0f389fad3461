"""The place index on disk: SQLite (eventmap's choice) against memory-mapped numpy arrays.

Both hold the same rows (ZIPs and city names, from the built index). Each is opened and asked
10,000 ZIP and city lookups in a new process; the rows give the open time (with the first
lookup), the lookup rate, the peak memory of that process and the size on disk.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from run import Row

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
TIME = shutil.which("time") or "/usr/bin/time"

SQLITE_PROBE = """
import json, sys, time
from pathlib import Path
from eventmap.geo.place_index import _open_file
t0 = time.perf_counter()
idx = _open_file(Path(sys.argv[1]), False); idx.zip("48104")
t1 = time.perf_counter()
qs = json.load(open(sys.argv[2]))
for q in qs:
    idx.zip(q) if q.isdigit() else idx.cities(q)
t2 = time.perf_counter()
print(json.dumps({"open": t1 - t0, "rate": len(qs) / (t2 - t1)}))
"""
NUMPY_PROBE = """
import json, sys, time
from pathlib import Path
import numpy as np
t0 = time.perf_counter()
a = {p.stem: np.load(p, mmap_mode="r") for p in Path(sys.argv[1]).glob("*.npy")}
np.searchsorted(a["zip"], "48104")
t1 = time.perf_counter()
qs = json.load(open(sys.argv[2]))
names, zips = a["names"], a["zip"]
for q in qs:
    if q.isdigit():
        i = np.searchsorted(zips, q)
        if i < len(zips) and zips[i] == q:
            (float(a["zlat"][i]), float(a["zlon"][i]), str(a["zcity"][i]), str(a["zstate"][i]))
    else:
        i, j = np.searchsorted(names, q), np.searchsorted(names, q, side="right")
        [(str(a["label"][k]), float(a["lat"][k]), float(a["lon"][k]), str(a["cc"][k]))
         for k in range(i, j)]
t2 = time.perf_counter()
print(json.dumps({"open": t1 - t0, "rate": len(qs) / (t2 - t1)}))
"""


def _write_numpy(index: Path, folder: Path) -> None:
    import numpy as np

    conn = sqlite3.connect(index)
    cities = conn.execute("SELECT name, label, lat, lon, cc FROM cities ORDER BY name, rank")
    cities = cities.fetchall()
    zips = conn.execute("SELECT zip, lat, lon, city, state FROM zips ORDER BY zip").fetchall()
    conn.close()
    for i, name in enumerate(["names", "label", "lat", "lon", "cc"]):
        np.save(folder / f"{name}.npy", np.array([r[i] for r in cities]))
    for i, name in enumerate(["zip", "zlat", "zlon", "zcity", "zstate"]):
        np.save(folder / f"{name}.npy", np.array([r[i] for r in zips]))


def _probe(code: str, target: Path, queries: Path) -> tuple[float, float, float]:
    """(open seconds, lookups/s, peak RSS MB) of one new process."""
    done = subprocess.run(
        [TIME, "-f", "maxrss_kb=%M", sys.executable, "-c", code, str(target), str(queries)],
        capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "src")}, check=True,
    )  # fmt: skip
    out = json.loads(done.stdout)
    rss = int(done.stderr.strip().splitlines()[-1].split("=")[1]) / 1024
    return out["open"], out["rate"], rss


def run(quick: bool) -> list[Row]:
    from eventmap.geo import place_index

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        index = place_index.open_index(folder).path
        arrays = folder / "numpy"
        arrays.mkdir()
        _write_numpy(index, arrays)
        conn = sqlite3.connect(index)
        names = [r[0] for r in conn.execute("SELECT name FROM cities")]
        zips = [r[0] for r in conn.execute("SELECT zip FROM zips")]
        conn.close()
        rng = random.Random(1)
        queries = folder / "queries.json"
        queries.write_text(json.dumps(rng.choices(names, k=5000) + rng.choices(zips, k=5000)))
        repeat = 2 if quick else 3
        ours = [_probe(SQLITE_PROBE, index, queries) for _ in range(repeat)]
        theirs = [_probe(NUMPY_PROBE, arrays, queries) for _ in range(repeat)]
        size_ours = index.stat().st_size / 1e6
        size_theirs = sum(p.stat().st_size for p in arrays.iterdir()) / 1e6
    best = [min(r[0] for r in runs) for runs in (ours, theirs)]
    rate = [max(r[1] for r in runs) for runs in (ours, theirs)]
    rss = [min(r[2] for r in runs) for runs in (ours, theirs)]
    size = "ZIPs and cities (baseline: numpy arrays)"
    return [
        Row("place index: open and first lookup", size, best[0] * 1e3, best[1] * 1e3, "ms", False),
        Row("place index: ZIP and city lookups", size, rate[0], rate[1], "lookups/s"),
        Row("place index: peak RSS of a process", "10,000 lookups", rss[0], rss[1], "MB", False),
        Row("place index: size on disk", size, size_ours, size_theirs, "MB", False),
    ]
