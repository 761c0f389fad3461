"""The order of a tour's stops: an exact dynamic programme for small plans, OR-Tools for the rest.

Both solve the same :class:`Problem`: visit every stop once, in an order that keeps the stops'
dates possible, at the least great-circle distance. Dates are day numbers from the start of the
planning window; a set of days is a Python ``int`` used as a bitset (bit ``d`` set = day ``d``
allowed), so "the days reachable from any of these days" is a few shifts and ors.

The date rules are those of :mod:`eventmap.core.plan`: consecutive stops are between
``min_gap`` and ``max_gap`` days apart, and each stop has its own allowed days (the window less
the excluded weekdays, or its one fixed day). Stops that are not fixed share one set of allowed
days (``free_days``), which makes them interchangeable as far as dates go; :func:`pattern` uses
that to decide feasibility for any number of stops in microseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

EXACT_MAX_STOPS = 10  # the exact programme is used up to here (under 0.1 s at 10 stops)
METRES = 1000  # OR-Tools wants integer arc costs: km -> m


@dataclass(frozen=True)
class Problem:
    """One planning problem: distances plus the date rules as bitsets."""

    km: np.ndarray  # (n, n) great-circle km between stops
    first_km: np.ndarray  # (n,) km from the start place to each stop (zeros: no start place)
    last_km: np.ndarray  # (n,) km from each stop to the end place (zeros: no end place)
    allowed: tuple[int, ...]  # per stop: bitset of the days it may be on
    free_days: int  # the days of a stop with no fixed date
    days: int  # number of days in the window (bits 0 .. days-1)
    min_gap: int = 1
    max_gap: int = 7

    @property
    def size(self) -> int:
        return len(self.allowed)

    def reach(self, days: int) -> int:
        """Every day that can follow one of ``days`` under the gap rule (within the window)."""
        out = 0
        for gap in range(self.min_gap, self.max_gap + 1):
            out |= days << gap
        return out & ((1 << self.days) - 1)

    def reach_back(self, days: int) -> int:
        """Every day that one of ``days`` can follow under the gap rule."""
        out = 0
        for gap in range(self.min_gap, self.max_gap + 1):
            out |= days >> gap
        return out

    def length(self, order: Sequence[int]) -> float:
        """Total km of the route in ``order``, start and end places included."""
        if not len(order):
            return 0.0
        idx = np.asarray(order)
        inner = float(self.km[idx[:-1], idx[1:]].sum()) if len(idx) > 1 else 0.0
        return float(self.first_km[idx[0]]) + inner + float(self.last_km[idx[-1]])


def lowest(days: int) -> int:
    """The first day in a bitset (``days`` must not be empty)."""
    return (days & -days).bit_length() - 1


def dates_for(p: Problem, order: Sequence[int]) -> list[int] | None:
    """The earliest day of each stop in ``order`` that keeps every later stop possible, or None.

    Forward pass: the days each stop can be on given the stops before it. Backward pass: keep
    only days from which the rest can still be placed. Then the earliest such day, stop by stop.
    """
    forward: list[int] = []
    days = 0
    for i, stop in enumerate(order):
        days = (p.allowed[stop] if i == 0 else p.reach(days)) & p.allowed[stop]
        if not days:
            return None
        forward.append(days)
    for i in range(len(order) - 2, -1, -1):
        forward[i] &= p.reach_back(forward[i + 1])
    out: list[int] = []
    for days in forward:
        if out:
            days &= p.reach(1 << out[-1])
        out.append(lowest(days))
    return out


# -- exact ------------------------------------------------------------------------------------


Entry = tuple[float, int, tuple[int, int, int] | None]  # (cost, possible days, parent link)


def _insert(front: list[Entry], item: Entry) -> None:
    """Add (cost, days, parent) to a Pareto front: lower cost or more possible days is better."""
    cost, days, _ = item
    for c, d, _ in front:
        if c <= cost + 1e-9 and d & days == days:
            return
    front[:] = [e for e in front if not (cost <= e[0] + 1e-9 and days & e[1] == e[1])]
    front.append(item)


def exact_order(p: Problem) -> list[int] | None:
    """The shortest feasible order (Held-Karp over subsets, with the stop's possible days).

    A state is (stops visited, last stop); it keeps every partial route not beaten on both cost
    and the set of days its last stop can be on, so the dates make it exact. Without fixed dates
    all routes of a state share their days and the front holds one entry. None if infeasible.
    """
    n = p.size
    layer: dict[tuple[int, int], list[Entry]] = {}
    for i in range(n):
        if p.allowed[i]:
            layer[(1 << i, i)] = [(float(p.first_km[i]), p.allowed[i], None)]
    layers = [layer]
    km = p.km.tolist()
    for _ in range(n - 1):
        nxt: dict[tuple[int, int], list[Entry]] = {}
        for (mask, last), front in layer.items():
            row = km[last]
            for k, (cost, days, _) in enumerate(front):
                reach = p.reach(days)
                for j in range(n):
                    if mask >> j & 1 or not reach & p.allowed[j]:
                        continue
                    key = (mask | 1 << j, j)
                    _insert(
                        nxt.setdefault(key, []),
                        (cost + row[j], reach & p.allowed[j], (mask, last, k)),
                    )
        layer = nxt
        layers.append(layer)
    best: tuple[float, int, int] | None = None
    for (_, last), front in layer.items():
        for k, (cost, _, _) in enumerate(front):
            total = cost + float(p.last_km[last])
            if best is None or total < best[0] - 1e-9:
                best = (total, last, k)
    if best is None:
        return None
    return _walk_back(layers, best[1], best[2])


def _walk_back(layers: list[dict[tuple[int, int], list[Entry]]], last: int, k: int) -> list[int]:
    """Follow parent links from the final layer's (full set, last)[k] back to the first stop."""
    full = (1 << (len(layers))) - 1
    order = [last]
    entry = layers[-1][(full, last)][k]
    depth = len(layers) - 1
    while entry[2] is not None:
        mask, prev, idx = entry[2]
        depth -= 1
        order.append(prev)
        entry = layers[depth][(mask, prev)][idx]
    return order[::-1]


# -- feasibility over any number of stops ------------------------------------------------------


def pattern(p: Problem) -> list[int | None] | None:
    """A feasible sequence of fixed stops (their index) and free slots (None), or None.

    Fixed stops must come in date order and free stops are interchangeable, so a state is just
    (fixed placed, free placed) with the set of days the last one can be on.
    """
    fixed = sorted(
        (i for i in range(p.size) if p.allowed[i] != p.free_days), key=lambda i: p.allowed[i]
    )
    n_free = p.size - len(fixed)
    if any(p.allowed[i].bit_count() > 1 for i in fixed):  # closed days, not just fixed dates
        return _pattern_subsets(p, fixed, n_free)
    sets: dict[tuple[int, int], int] = {}
    for f in range(len(fixed) + 1):
        for u in range(n_free + 1):
            if f == u == 0:
                continue
            days = 0
            if u:
                prev = sets.get((f, u - 1), 0) if f + u > 1 else -1
                days |= (p.reach(prev) if prev != -1 else p.free_days) & p.free_days
            if f:
                want = p.allowed[fixed[f - 1]]
                prev = sets.get((f - 1, u), 0) if f + u > 1 else -1
                days |= (p.reach(prev) if prev != -1 else want) & want
            sets[(f, u)] = days
    end = (len(fixed), n_free)
    if p.size == 0 or not sets.get(end):
        return None
    return _pattern_back(p, sets, fixed, end)


def _pattern_back(
    p: Problem, sets: dict[tuple[int, int], int], fixed: list[int], end: tuple[int, int]
) -> list[int | None]:
    f, u = end
    day = lowest(sets[end])
    out: list[int | None] = []
    while f + u:
        before = p.reach_back(1 << day)
        if f and (1 << day) & p.allowed[fixed[f - 1]]:
            prev = sets.get((f - 1, u), 0)
            if f + u == 1 or prev & before:
                out.append(fixed[f - 1])
                f -= 1
                day = lowest(prev & before) if f + u else day
                continue
        prev = sets.get((f, u - 1), 0)
        out.append(None)
        u -= 1
        day = lowest(prev & before) if f + u else day
    return out[::-1]


MAX_RESTRICTED = 8  # stops with days of their own (closed days) the exact check handles


def _bits(mask: int) -> list[int]:
    return [j for j in range(mask.bit_length()) if mask >> j & 1]


def _pattern_subsets(p: Problem, cons: list[int], n_free: int) -> list[int | None] | None:
    """:func:`pattern` when some stops have days of their own: which of them are placed is
    part of the state, (subset placed, free placed) -> the days the last one can be on."""
    k = len(cons)
    if k > MAX_RESTRICTED:
        raise ValueError(f"at most {MAX_RESTRICTED} stops can have closed days")
    sets: dict[tuple[int, int], int] = {}
    for u in range(n_free + 1):
        for mask in range(1 << k):
            if not mask and not u:
                continue
            days = 0
            if u:
                prev = sets.get((mask, u - 1)) if (mask or u > 1) else None
                days |= (p.reach(prev) if prev is not None else p.free_days) & p.free_days
            for j in _bits(mask):
                rest = mask & ~(1 << j)
                prev = sets.get((rest, u)) if (rest or u) else None
                want = p.allowed[cons[j]]
                days |= (p.reach(prev) if prev is not None else want) & want
            sets[(mask, u)] = days
    end = ((1 << k) - 1, n_free)
    if not sets.get(end):
        return None
    mask, u = end
    day = lowest(sets[end])
    out: list[int | None] = []
    while mask or u:
        before = p.reach_back(1 << day)
        moves = [(mask, u - 1, None)] if u and p.free_days >> day & 1 else []
        moves += [
            (mask & ~(1 << j), u, cons[j]) for j in _bits(mask) if p.allowed[cons[j]] >> day & 1
        ]
        for m, v, stop in moves:
            prev = sets.get((m, v), 0)
            if not (m or v) or prev & before:
                out.append(stop)
                mask, u = m, v
                day = lowest(prev & before) if (m or v) else day
                break
        else:  # unreachable: every day in a state's set has a predecessor
            return None
    return out[::-1]


def initial_order(p: Problem) -> list[int] | None:
    """A feasible order to start from: :func:`pattern`, free slots filled nearest first."""
    slots = pattern(p)
    if slots is None:
        return None
    free = [i for i in range(p.size) if p.allowed[i] == p.free_days]
    order: list[int] = []
    for slot in slots:
        if slot is not None:
            order.append(slot)
            continue
        here = p.km[order[-1]] if order else p.first_km
        pick = min(free, key=lambda j: here[j])
        free.remove(pick)
        order.append(pick)
    return order


# -- OR-Tools ---------------------------------------------------------------------------------


def _cost_matrix(p: Problem) -> list[list[int]]:
    """Integer metres; node n is the start place, n + 1 the end place."""
    n = p.size
    m = np.zeros((n + 2, n + 2), dtype=np.int64)
    m[:n, :n] = np.rint(p.km * METRES)
    m[n, :n] = np.rint(p.first_km * METRES)
    m[:n, n + 1] = np.rint(p.last_km * METRES)
    return m.tolist()


def _restrict_days(var, allowed: int, days: int) -> None:
    """Limit an OR-Tools day variable to the days of a bitset."""
    lo, hi = lowest(allowed), allowed.bit_length() - 1
    var.SetRange(lo, hi)
    gap_start = None
    for d in range(lo, hi + 2):
        inside = d <= hi and allowed >> d & 1
        if not inside and gap_start is None and d <= hi:
            gap_start = d
        elif inside and gap_start is not None:
            var.RemoveInterval(gap_start, d - 1)
            gap_start = None


def ortools_order(
    p: Problem, *, seconds: float = 1.0, start: Sequence[int] | None = None
) -> list[int] | None:
    """OR-Tools routing with the days as a dimension; guided local search for ``seconds``.

    The day of each stop is a cumul variable: a leg adds ``min_gap`` days plus up to
    ``max_gap - min_gap`` days of slack, and excluded weekdays are holes removed from its domain.
    ``start`` is a feasible order to improve (OR-Tools' own first solution can miss one).
    """
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    n = p.size
    manager = pywrapcp.RoutingIndexManager(n + 2, 1, [n], [n + 1])
    routing = pywrapcp.RoutingModel(manager)
    arcs = routing.RegisterTransitMatrix(_cost_matrix(p))
    routing.SetArcCostEvaluatorOfAllVehicles(arcs)
    gaps = [[p.min_gap if i < n and j < n else 0 for j in range(n + 2)] for i in range(n + 2)]
    routing.AddDimension(routing.RegisterTransitMatrix(gaps), p.days, p.days, False, "days")
    dim = routing.GetDimensionOrDie("days")
    for i in range(n):
        index = manager.NodeToIndex(i)
        _restrict_days(dim.CumulVar(index), p.allowed[i], p.days)
        dim.SlackVar(index).SetMax(p.max_gap - p.min_gap)
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = (
        routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    )
    params.time_limit.FromMilliseconds(max(1, int(seconds * 1000)))
    routing.CloseModelWithParameters(params)
    if start is not None:
        seed = routing.ReadAssignmentFromRoutes([[manager.NodeToIndex(i) for i in start]], True)
        solution = routing.SolveFromAssignmentWithParameters(seed, params)
    else:
        solution = routing.SolveWithParameters(params)
    if solution is None:
        return list(start) if start is not None else None
    order, index = [], routing.Start(0)
    index = solution.Value(routing.NextVar(index))
    while not routing.IsEnd(index):
        order.append(manager.IndexToNode(index))
        index = solution.Value(routing.NextVar(index))
    return order


def _ends_matrix(p: Problem) -> np.ndarray:
    """Distances with the start place as node n and the end place as node n + 1."""
    n = p.size
    m = np.zeros((n + 2, n + 2))
    m[:n, :n] = p.km
    m[n, :n] = p.first_km
    m[:n, n + 1] = p.last_km
    return m


def two_opt(m: np.ndarray, order: Sequence[int]) -> list[int]:
    """2-opt on a path whose ends stay put: reverse inner stretches while that shortens it.

    ``m`` is :func:`_ends_matrix`-shaped: ``order`` runs between nodes n and n + 1 of it.
    """
    n = len(m) - 2
    path = np.array([n, *order, n + 1])
    improved = True
    while improved:
        improved = False
        for i in range(1, len(path) - 2):
            a, b = path[i - 1], path[i]
            c, d = path[i + 1 : -1], path[i + 2 :]
            gain = m[a, b] + m[c, d] - m[a, c] - m[b, d]
            j = int(np.argmax(gain))
            if gain[j] > 1e-9:
                path[i : i + j + 2] = path[i : i + j + 2][::-1]
                improved = True
    return [int(x) for x in path[1:-1]]


def random_restarts(p: Problem, count: int, seed: int = 0) -> list[int]:
    """The best of ``count`` 2-opt runs from random orders (date rules not checked)."""
    rng = np.random.default_rng(seed)
    m = _ends_matrix(p)
    best: list[int] | None = None
    for _ in range(count):
        found = two_opt(m, rng.permutation(p.size))
        if best is None or p.length(found) < p.length(best):
            best = found
    return best or []


def solver_seconds(n: int) -> float:
    """OR-Tools' search time for ``n`` stops: under 2 s in all for 30 stops."""
    return min(2.5, 0.3 + 0.02 * n)


def best_order(p: Problem, *, seconds: float | None = None) -> tuple[list[int] | None, str]:
    """The order to use and the solver that found it (``exact`` up to EXACT_MAX_STOPS stops).

    Above that, OR-Tools improves a start: when no stop has a fixed date any order keeps the
    rules, so the start is the best of a few 2-opt restarts and the result is 2-opt polished;
    otherwise the start is :func:`initial_order`.
    """
    if p.size <= EXACT_MAX_STOPS:
        return exact_order(p), "exact"
    all_free = all(a == p.free_days for a in p.allowed)
    start = initial_order(p)
    if start is None:
        return None, "or-tools"
    if all_free:
        start = random_restarts(p, 10)
    found = ortools_order(p, seconds=seconds or solver_seconds(p.size), start=start)
    if found is None or dates_for(p, found) is None or p.length(found) > p.length(start):
        found = start
    if all_free:
        polished = two_opt(_ends_matrix(p), found)
        if p.length(polished) < p.length(found):
            found = polished
    return found, "or-tools"
