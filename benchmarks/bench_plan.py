"""Tour planner: quality against the exact optimum, PyVRP and 2-opt restarts, and time.

Stops are random sets of US campuses from ``data/campuses.csv``. The 8-stop sets carry the
date rules (1-3 days between stops, no meetings at weekends, one fixed date) and are compared
with the exact programme. The 30- and 60-stop sets are plain open tours (no date rules bind), so
PyVRP -- which has one time window per client and no way to say "not at weekends" or "at most
3 days later" -- and a 2-opt baseline solve the same problem. "Best found" is the shortest of
OR-Tools, PyVRP and 200 random restarts of 2-opt, all measured in this run.
"""

from __future__ import annotations

import csv
import random
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from run import Row

from eventmap.core import plan as P
from eventmap.core import routing

CAMPUSES = Path(__file__).resolve().parents[1] / "data" / "campuses.csv"
START = date(2019, 4, 8)


def _campuses() -> list[P.Stop]:
    with CAMPUSES.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [P.Stop(r["name"], float(r["lat"]), float(r["lon"])) for r in rows]


def _request(stops: list[P.Stop], rng: random.Random, rules: bool) -> P.PlanRequest:
    if not rules:
        return P.PlanRequest(stops, START, days_between=(1, 7))
    pin = rng.choice(stops).name
    fixed = {pin: START + timedelta(days=rng.choice([0, 1, 2, 3, 7, 8, 9]))}
    return P.PlanRequest(
        stops, START, days_between=(1, 3), no_meetings_on=frozenset({5, 6}), fixed=fixed
    )


def pyvrp_length(p: routing.Problem, seconds: float) -> float | None:
    """PyVRP on the open tour: a depot joined to every stop at no cost, for ``seconds``."""
    try:
        from pyvrp import Model
        from pyvrp.stop import MaxRuntime
    except ImportError:
        return None
    m = Model()
    places = [m.add_location(x=0, y=0) for _ in range(p.size + 1)]
    m.add_depot(places[0])
    for place in places[1:]:
        m.add_client(place)
    m.add_vehicle_type(num_available=1)
    metres = np.rint(p.km * routing.METRES).astype(int)
    for i, a in enumerate(places):
        for j, b in enumerate(places):
            if i != j:
                km = 0 if not i or not j else int(metres[i - 1, j - 1])
                m.add_edge(a, b, distance=km)
    result = m.solve(stop=MaxRuntime(seconds), display=False, seed=1)
    return result.best.distance() / routing.METRES  # the depot's edges cost nothing


def _exact_rows(quick: bool) -> list[Row]:
    rng = random.Random(8)
    campuses = _campuses()
    sets = 5 if quick else 20
    same_plan = same_ortools = 0
    t_exact = t_ortools = 0.0
    for _ in range(sets):
        req = _request(rng.sample(campuses, 8), rng, rules=True)
        p = P.problem(req)
        t0 = time.perf_counter()
        best = p.length(routing.exact_order(p))
        t_exact += time.perf_counter() - t0
        same_plan += abs(P.plan(req).total_km - round(best, 1)) < 1.0
        t0 = time.perf_counter()
        ort = routing.ortools_order(p, seconds=0.3, start=routing.initial_order(p))
        t_ortools += time.perf_counter() - t0
        same_ortools += abs(p.length(ort) - best) < 1e-3
    size = f"8 stops with date rules, {sets} sets"
    return [
        Row("plans equal to the exact optimum", size, same_plan, sets, "sets"),
        Row("OR-Tools alone equal to the exact optimum", size, same_ortools, sets, "sets"),
        Row(
            "exact plan time (baseline OR-Tools, 0.3 s limit)",
            "8 stops",
            t_exact / sets,
            t_ortools / sets,
            "s",
            False,
        ),
    ]


def _large_rows(n: int, quick: bool) -> list[Row]:
    rng = random.Random(n)
    campuses = _campuses()
    sets = 1 if quick else 3
    ours = pyvrp = two = best = t_plan = t_two = 0.0
    for _ in range(sets):
        req = _request(rng.sample(campuses, n), rng, rules=False)
        p = P.problem(req)
        t0 = time.perf_counter()
        planned = P.plan(req)
        t_plan += time.perf_counter() - t0
        ortools_km = p.length([req.stops.index(s.stop) for s in planned.stops])
        budget = routing.solver_seconds(n)
        pv = pyvrp_length(p, budget)
        t0 = time.perf_counter()
        tw = p.length(routing.random_restarts(p, 20 if quick else 200, seed=n))
        t_two += time.perf_counter() - t0
        found = min(x for x in (ortools_km, pv, tw) if x is not None)
        ours += 100 * (ortools_km / found - 1)
        pyvrp += 100 * (pv / found - 1) if pv is not None else np.nan
        two += 100 * (tw / found - 1)
        best += found
    size = f"{n} stops, {sets} sets"
    return [
        Row("plan km above the best found", size, ours / sets, None, "%", False),
        Row("PyVRP (same time) km above the best found", size, pyvrp / sets, None, "%", False),
        Row("200x 2-opt km above the best found", size, two / sets, None, "%", False),
        Row(
            "plan time (baseline 200x 2-opt)", f"{n} stops", t_plan / sets, t_two / sets, "s", False
        ),
    ]


def _ruled_rows(quick: bool) -> list[Row]:
    """30 stops under the date rules (weekends off, 1-3 days between stops, one fixed date),
    against OR-Tools given ten times as long from the same start."""
    rng = random.Random(30)
    campuses = _campuses()
    sets = 1 if quick else 3
    took = above = 0.0
    for _ in range(sets):
        req = _request(rng.sample(campuses, 30), rng, rules=True)
        p = P.problem(req)
        t0 = time.perf_counter()
        planned = P.plan(req)
        took += time.perf_counter() - t0
        ours = p.length([req.stops.index(s.stop) for s in planned.stops])
        seconds = 10 * routing.solver_seconds(30)
        longer = routing.ortools_order(p, seconds=seconds, start=routing.initial_order(p))
        best = min(ours, p.length(longer)) if longer is not None else ours
        above += 100 * (ours / best - 1)
    size = f"30 stops with date rules, {sets} sets"
    return [
        Row("plan km above OR-Tools run 10x as long", size, above / sets, None, "%", False),
        Row("plan time with date rules", size, took / sets, None, "s", False),
    ]


def run(quick: bool) -> list[Row]:
    rows = _exact_rows(quick) + _ruled_rows(quick)
    for n in (30, 60):
        rows += _large_rows(n, quick)
    return rows
