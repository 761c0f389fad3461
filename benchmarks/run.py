"""Run every benchmark of the project and print one table.

Each ``benchmarks/bench_*.py`` defines ``run(quick: bool) -> list[Row]``. A row compares eventmap
with a baseline (the straightforward way of doing the same job) measured in the same run.
Usage: ``python benchmarks/run.py [--quick] [--only NAME]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


@dataclass
class Row:
    metric: str
    size: str
    eventmap: float
    baseline: float | None
    unit: str
    higher_is_better: bool = True

    @property
    def ratio(self) -> float | None:
        """How many times better eventmap is than the baseline (>1 means better)."""
        if not self.baseline or not self.eventmap:
            return None
        r = self.eventmap / self.baseline
        return r if self.higher_is_better else 1 / r


def best_of(fn, repeat: int = 3, setup=None) -> float:
    """Best wall time of ``repeat`` calls, in seconds (the least disturbed by a noisy machine);
    ``setup``, if given, runs before each call, untimed."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def _fmt(v: float | None) -> str:
    if v is None:
        return "-"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    return f"{v:.3g}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small sizes, under a minute")
    ap.add_argument("--only", help="run only benchmarks whose file name contains this")
    args = ap.parse_args(argv)
    rows: list[Row] = []
    for path in sorted(HERE.glob("bench_*.py")):
        if args.only and args.only not in path.stem:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"running {path.stem} ...", file=sys.stderr, flush=True)
        rows.extend(module.run(args.quick))
    header = ("metric", "size", "eventmap", "baseline", "unit", "ratio")
    table = [header] + [
        (
            r.metric,
            r.size,
            _fmt(r.eventmap),
            _fmt(r.baseline),
            r.unit,
            f"{r.ratio:.1f}x" if r.ratio else "-",
        )
        for r in rows
    ]
    widths = [max(len(str(row[i])) for row in table) for i in range(len(header))]
    for i, row in enumerate(table):
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print("ratio: how many times better eventmap is than the baseline in the same run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
