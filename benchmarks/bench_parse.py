"""Parse throughput in MB/s, against the straightforward way: dateutil's fuzzy parser per line."""

from __future__ import annotations

import importlib
import pkgutil
import warnings

from dateutil import parser as dateutil_parser
from run import Row, best_of
from synth import hostile_listing, synthetic_listing

from eventmap import ingest
from eventmap.ingest.parse import parse

# Per-text caches (functools caches of more than a few entries) in ingest: cleared before each
# repetition, untimed (emptying them frees what the last parse kept, no work of the next), so
# every one measures a first parse of the page. Data loaded once per process (CLDR names, the
# state tables, the date patterns) stays loaded, as in a running server.
_MODULES = [
    importlib.import_module(m.name)
    for m in pkgutil.walk_packages(ingest.__path__, "eventmap.ingest.")
]


def _clear_caches() -> None:
    for module in _MODULES:
        for obj in vars(module).values():
            info = getattr(obj, "cache_info", None)
            if info is not None and (info().maxsize or 0) > 16:
                obj.cache_clear()


def _first_parse(page: str) -> None:
    """A first parse of ``page``, caches cleared: what a profiler (py-spy, callgrind) runs."""
    _clear_caches()
    parse(page)


def _naive(text: str, max_line: int | None = 200) -> int:
    """Find dates line by line with dateutil's fuzzy parsing (no structure, no years, no places)."""
    found = 0
    warnings.simplefilter("ignore")  # dateutil warns about words it takes for time zones
    for line in text.splitlines():
        if not line.strip() or (max_line is not None and len(line) > max_line):
            continue
        try:
            dateutil_parser.parse(line, fuzzy=True)
            found += 1
        except (ValueError, OverflowError):
            pass
    return found


def run(quick: bool) -> list[Row]:
    rows = []
    sizes = [2_000] if quick else [2_000, 20_000]
    for dense in (False, True):
        for n in sizes:
            text = synthetic_listing(n, dense=dense)
            mb = len(text.encode()) / 1e6
            ours = best_of(lambda t=text: parse(t), 2 if quick else 3, setup=_clear_caches)
            base = best_of(lambda t=text: _naive(t), repeat=1 if quick else 2)
            kind = "dense page" if dense else "page like the seed"
            size = f"{n:,} meetings, {kind} ({mb:.1f} MB)"
            rows.append(Row("parse throughput", size, mb / ours, mb / base, "MB/s"))
    rows.append(_worst_case(quick))
    return rows


def _worst_case(quick: bool) -> Row:
    """Long lines built to make regexes backtrack (benchmarks/synth.py: HOSTILE_PIECES); the
    baseline reads every line, however long, with dateutil's fuzzy parser."""
    text = hostile_listing(500_000 if quick else 2_000_000)
    mb = len(text.encode()) / 1e6
    ours = best_of(lambda: parse(text), 1 if quick else 2, setup=_clear_caches)
    base = best_of(lambda: _naive(text, max_line=None), repeat=1)
    size = f"hostile page, 20 KB lines ({mb:.1f} MB)"
    return Row("worst-case parse throughput", size, mb / ours, mb / base, "MB/s")
