"""Cold starts: a new ``eventmap`` process, and the first map canvas after ``streamlit run``.

Every row is measured in new processes on a private copy of the bundled data (its own store and
cache folder), so nothing the benchmark process has loaded helps.

- ``eventmap nearest 48104``: wall time and peak RSS of the whole process, with the cache folder
  filled by an earlier process (the place index and the located dataset exist), against the same
  command with an empty cache folder (it builds the place index and parses and geocodes, which is
  what every process paid before the index and the dataset cache existed). A third row gives the
  floor: a process that only imports pandas, SQLAlchemy and pyarrow's Parquet reader.
- ``eventmap parse`` of the seed page, against the same command with every subcommand's parser
  built first (how the CLI started before: importing what all seven commands need).
- First map canvas: seconds from starting ``streamlit run app.py`` until Chromium shows the
  dashboard's deck.gl canvas (the first canvas in the map element, rendered with a non-empty box:
  what Playwright calls visible, checked in the page on every animation frame), against a minimal
  app with one ``st.pydeck_chart`` of the same meetings, started the same way in the same run.
  They run in rounds with app.py without the first view (below), each round starting with the
  next of the three; the rows give the best and the median of each, with the load averages before
  and after. Each round also goes to stderr, with when deck.gl drew its first frame (the canvas
  sized to its chart). Two servers warm up first: the store, the place index and the located
  dataset exist, as after a restart.
- Whole home page: seconds until the dashboard's timeline, table and a sidebar filter all show,
  against the same page without the first view (``EVENTMAP_FIRST_VIEW=0``: the whole page in the
  first script run, as before ``web.first_view``), run in the same alternation. The first view
  sends the rest after the map's code has run, so this row is what that costs (or saves).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import Row

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "support"))
SEED = ROOT / "data" / "listings" / "upcoming-meetings.txt"
TIME = shutil.which("time") or "/usr/bin/time"
FLOOR = "import pandas, sqlalchemy, pyarrow.parquet"
OLD_CLI = (
    "import importlib, sys; m = importlib.import_module('eventmap.cli.main'); "
    "full = m.build_parser(); "
    "m.build_parser = lambda only=None: full; sys.exit(m.main(sys.argv[1:]))"
)


def _env(folder: Path, cache: Path) -> dict[str, str]:
    data = folder / "data"
    if not data.exists():
        shutil.copytree(ROOT / "data" / "listings", data / "listings")
    return {
        **os.environ,
        "EVENTMAP_DATA_DIR": str(data),
        "EVENTMAP_DB": f"sqlite:///{folder / 'eventmap.db'}",
        "EVENTMAP_CACHE_DIR": str(cache),
        "PYTHONPATH": str(ROOT / "src"),
    }


def _timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one new process. The peak comes from GNU time: a child
    forked straight from this (possibly large) process would report this process's peak."""
    t0 = time.perf_counter()
    done = subprocess.run(
        [TIME, "-f", "maxrss_kb=%M", *args], env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"{args} failed: {done.stderr[-2000:]}")
    last = done.stderr.strip().splitlines()[-1]
    return wall, int(last.split("=")[1]) / 1024


def _best(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return min(r[0] for r in runs), min(r[1] for r in runs)


def _cli_rows(folder: Path, repeat: int) -> list[Row]:
    cache = folder / "cache"
    env = _env(folder, cache)
    nearest = [sys.executable, "-m", "eventmap", "nearest", "48104"]
    _timed(nearest, env)  # fills the store, the place index and the located dataset
    warm, cold = [], []
    for i in range(repeat):
        warm.append(_timed(nearest, env))
        empty = _env(folder, folder / f"empty-{i}")
        cold.append(_timed(nearest, empty))
    floor = _best([_timed([sys.executable, "-c", FLOOR], env) for _ in range(repeat)])
    (w_s, w_mb), (c_s, c_mb) = _best(warm), _best(cold)
    parse_new = [sys.executable, "-m", "eventmap", "parse", str(SEED)]
    parse_old = [sys.executable, "-c", OLD_CLI, "parse", str(SEED)]
    p_new = _best([_timed(parse_new, env) for _ in range(repeat)])
    p_old = _best([_timed(parse_old, env) for _ in range(repeat)])
    size = "bundled store, 14 meetings"
    return [
        Row("cold `eventmap nearest 48104` (baseline: empty cache)", size, w_s, c_s, "s", False),
        Row("peak RSS, cold `eventmap nearest 48104`", size, w_mb, c_mb, "MB", False),
        Row("floor: a process importing pandas, SQLAlchemy, Parquet", "-", floor[0], None, "s"),
        Row("cold `eventmap parse` (baseline: all parsers built)", "seed page", p_new[0],
            p_old[0], "s", False),
    ]  # fmt: skip


MINIMAL_APP = """
import pydeck as pdk
import streamlit as st

POINTS = {points!r}
st.pydeck_chart(pdk.Deck(layers=[pdk.Layer("ScatterplotLayer", data=POINTS,
    get_position=["lon", "lat"], get_radius=20000, get_fill_color=[0, 114, 178])]))
"""


# The moment the map's first canvas shows, taken in the page on every animation frame with the
# test Playwright's wait_for_selector(state="visible") applies (the first match, rendered, with a
# non-empty box). Playwright's own wait polls at 0, 20, 50, 100, 100 ms and then every 500 ms, so
# timing it from outside adds up to half a second, more while a long task holds the page.
CANVAS_SHOWN = """() => {
    const c = document.querySelector('[data-testid=stDeckGlJsonChart] canvas');
    if (!c || (c.checkVisibility && !c.checkVisibility())) return false;
    const r = c.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && performance.timeOrigin + performance.now();
}"""
# Also, for stderr: when deck.gl has drawn its first frame (it sizes the canvas to the chart then).
CANVAS_DRAWN = """() => {
    const chart = document.querySelector('[data-testid=stDeckGlJsonChart]');
    const c = chart && chart.querySelector('canvas');
    if (!c) return false;
    const r = c.getBoundingClientRect(), box = chart.getBoundingClientRect();
    return r.height > 0 && Math.abs(r.width - box.width) < 2 && performance.timeOrigin + performance.now();
}"""
# And when the home page is whole: its timeline, its table and a sidebar filter all shown (the
# first view sends them only after the map is drawn, so this is the cost side of that change).
PAGE_WHOLE = """() => {
    const parts = ['[data-testid=stVegaLiteChart]', '[data-testid=stDataFrame]',
                   '[data-testid=stSidebar] [data-testid=stMultiSelect]'];
    const shown = parts.map(p => document.querySelector(p));
    return shown.every(e => e && e.getBoundingClientRect().height > 0)
        && performance.timeOrigin + performance.now();
}"""
BEFORE = "app.py without the first view"  # app.py with EVENTMAP_FIRST_VIEW=0
HEALTH_POLL = 0.02  # seconds between health checks: the page is asked for as soon as it can be
CANVAS_PAIRS = 9  # rounds of the three apps, also with --quick: the median needs enough


def _first_canvas(page, env: dict[str, str], script: str) -> tuple[float, float, float | None]:
    """Seconds from starting ``streamlit run script`` until its map's canvas shows in Chromium,
    until deck.gl has drawn its first frame in it, and (for app.py) until the page is whole."""
    from browser_support import streamlit_server

    t0 = time.time()  # the page's clock (performance.timeOrigin) is wall-clock milliseconds
    if script == BEFORE:
        script, env = "app.py", {**env, "EVENTMAP_FIRST_VIEW": "0"}
    with streamlit_server(env, script=script, timeout=180, poll=HEALTH_POLL) as url:
        page.goto(url, wait_until="commit", timeout=180_000)
        shown = page.wait_for_function(CANVAS_SHOWN, polling="raf", timeout=180_000)
        drawn = page.wait_for_function(CANVAS_DRAWN, polling="raf", timeout=180_000)
        whole = None
        if script == "app.py":  # also the page without the first view (BEFORE)
            done = page.wait_for_function(PAGE_WHOLE, polling="raf", timeout=180_000)
            whole = done.json_value() / 1000 - t0
        seconds = shown.json_value() / 1000 - t0, drawn.json_value() / 1000 - t0, whole
        page.goto("about:blank")  # the server stops with nothing left to send
        return seconds


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def _canvas_rows(folder: Path, pairs: int) -> list[Row]:
    """app.py, the minimal app and app.py without the first view, in ``pairs`` rounds; each
    round starts with the next one of the three, so none always follows another.

    Rows: app.py's first map canvas against the minimal app's (best and median), and app.py's
    whole page against the page without the first view (median). Every round's times and the
    load averages (1, 5 and 15 minutes) go to stderr; the rows' size column holds the loads.
    """
    from browser_support import CHROMIUM, chromium_page

    if not CHROMIUM.exists():
        print(f"bench_cold: no Chromium at {CHROMIUM}: the first-canvas rows are not measured "
              "(apt-get install chromium)", file=sys.stderr)  # fmt: skip
        return []
    from eventmap.core import located_cache
    from eventmap.core.dataset import build_dataset, sources_from_paths

    frame = build_dataset(sources_from_paths([SEED])).frame
    points = [{"lat": a, "lon": b} for a, b in zip(frame["lat"], frame["lon"], strict=True)]
    minimal = ROOT / "benchmarks" / f"_minimal_app_{os.getpid()}.py"
    minimal.write_text(MINIMAL_APP.format(points=points))
    env = _env(folder, folder / "cache")
    apps = ["app.py", str(minimal.relative_to(ROOT)), BEFORE]
    shown: dict[str, list[float]] = {a: [] for a in apps}
    drawn: dict[str, list[float]] = {a: [] for a in apps}
    whole: dict[str, list[float]] = {a: [] for a in apps}
    loads = [_load()]
    try:
        with chromium_page() as page:
            # Warm-up: the first server fills the store and the caches; the second, started once
            # the store's files have settled, notes the store's data key beside the cached frame
            # (so later servers read the frame without opening the store, as after any restart).
            _first_canvas(page, env, "app.py")
            time.sleep(located_cache.SETTLED_NS / 1e9)
            _first_canvas(page, env, "app.py")
            _first_canvas(page, env, apps[1])
            for i in range(pairs):
                for script in apps[i % 3 :] + apps[: i % 3]:
                    t, d, w = _first_canvas(page, env, script)
                    shown[script].append(t)
                    drawn[script].append(d)
                    if w is not None:
                        whole[script].append(w)
                ours, theirs, before = (shown[a][-1] for a in apps)
                print(f"  round {i + 1}: canvas app {ours:.2f} s, minimal {theirs:.2f} s, "
                      f"ratio {ours / theirs:.2f}, without first view {before:.2f} s; "
                      f"first frame drawn {' / '.join(f'{drawn[a][-1]:.2f}' for a in apps)} s; "
                      f"whole page app {whole['app.py'][-1]:.2f} s, without first view "
                      f"{whole[BEFORE][-1]:.2f} s; load {_load()}", file=sys.stderr)  # fmt: skip
    finally:
        minimal.unlink(missing_ok=True)
    loads.append(_load())
    ours, theirs = shown["app.py"], shown[apps[1]]
    ratios = [a / b for a, b in zip(ours, theirs, strict=True)]
    gains = [b - a for a, b in zip(whole["app.py"], whole[BEFORE], strict=True)]
    med = statistics.median
    print(f"  canvas: the rounds' own ratios {min(ratios):.2f} to {max(ratios):.2f}, median "
          f"{med(ratios):.2f}; without the first view, canvas median {med(shown[BEFORE]):.2f} s; "
          f"first frame drawn, medians: {', '.join(f'{med(drawn[a]):.2f}' for a in apps)} s; "
          f"whole page, each round's saving against without the first view: "
          f"{min(gains):+.2f} to {max(gains):+.2f} s, median {med(gains):+.2f} s",
          file=sys.stderr)  # fmt: skip
    size = f"bundled store, 14 meetings, load {loads[0]} -> {loads[1]}"

    def name(stat: str) -> str:
        return f"first map canvas after `streamlit run`, {stat} of {pairs} rounds"

    return [
        Row(name("best"), size, min(ours), min(theirs), "s", False),
        Row(name("median"), size, med(ours), med(theirs), "s", False),
        Row(f"whole home page (timeline, table, filters) after `streamlit run`, median of "
            f"{pairs} (baseline: without the first view)", size, med(whole["app.py"]),
            med(whole[BEFORE]), "s", False),
    ]  # fmt: skip


def run(quick: bool) -> list[Row]:
    repeat = 2 if quick else 3
    with tempfile.TemporaryDirectory() as tmp:
        rows = _cli_rows(Path(tmp) / "cli", repeat)
        rows += _canvas_rows(Path(tmp) / "app", CANVAS_PAIRS)
    return rows
