"""The tour planner: shortest feasible order, earliest dates, and infeasibility named."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

import numpy as np
import pytest
from plan_fixtures import APRIL, APRIL_PAGE_KM, APRIL_STOPS
from seed_fixtures import seed_frame

from eventmap.core import plan as P
from eventmap.core import routing
from eventmap.core.tour import TravelAssumptions
from eventmap.errors import EventmapError, InfeasiblePlan, PlanError

MON = date(2019, 4, 8)
WEEKEND = P.parse_weekdays("Sat,Sun")


@pytest.fixture(scope="module")
def april_stops() -> list[P.Stop]:
    return P.resolve_stops(APRIL_STOPS)


def _request(stops, **changes) -> P.PlanRequest:
    base = {"stops": stops, "start": MON, "days_between": (1, 3), "no_meetings_on": WEEKEND}
    return P.PlanRequest(**{**base, **changes})


def _rules_hold(req: P.PlanRequest, it: P.Itinerary) -> None:
    days = [s.date for s in it.stops]
    assert sorted(s.stop.name for s in it.stops) == sorted(s.name for s in req.stops)
    assert all(d.weekday() not in req.no_meetings_on for d in days)
    assert all(req.start <= d <= req.last_day for d in days)
    lo, hi = req.days_between
    assert all(lo <= (b - a).days <= hi for a, b in itertools.pairwise(days))
    for name, day in req.fixed.items():
        assert next(s.date for s in it.stops if s.stop.name == name) == day


def test_done_when_the_six_campuses_plan_no_longer_than_the_page_on_weekdays(april_stops):
    req = _request(april_stops)
    it = P.plan(req)
    _rules_hold(req, it)
    assert it.total_km <= APRIL_PAGE_KM
    assert it.solver == "exact" and it.optimal
    assert it.stops[0].date == MON  # earliest dates: starts on the first allowed day
    # Legs use Tour logistics' travel rule: short legs driven, long ones flown.
    detroit = it.legs[it.legs["to"].str.contains("Wayne State")].iloc[0]
    assert detroit["mode"] == "drive" and detroit["distance_km"] < 100


def test_the_plan_is_the_shortest_order_that_fits(april_stops):
    req = _request(april_stops)
    p = P.problem(req)
    best = min(
        p.length(o)
        for o in itertools.permutations(range(len(april_stops)))
        if routing.dates_for(p, o) is not None
    )
    assert P.plan(req).total_km == pytest.approx(best, abs=0.5)


def test_planning_the_april_tour_from_the_page_improves_its_distance_and_says_so():
    df = seed_frame()
    req = P.campaign_request(df, APRIL)
    current = P.current_itinerary(df, APRIL, req)
    planned = P.plan(req)
    assert current.total_km == pytest.approx(APRIL_PAGE_KM, abs=1)
    assert [s.date for s in current.stops] == [date(2019, 4, d) for d in (8, 9, 11, 15, 17, 18)]
    assert planned.total_km <= current.total_km
    assert planned.stops[0].date >= req.start and planned.stops[-1].date <= req.end
    cmp = P.compare(current, planned)
    assert cmp.saved_km > 0
    assert cmp.sentence().startswith(f"{current.total_km:,.0f} km → {planned.total_km:,.0f} km, ")


@pytest.mark.parametrize(
    ("current", "planned", "words"),
    [(4, 3, "one flight fewer"), (4, 4, "as many flights"), (2, 4, "two flights more")],
)
def test_the_comparison_counts_flights_in_words(current, planned, words):
    assert (
        P.Comparison(4950.0, 4210.0, current, planned).sentence() == f"4,950 km → 4,210 km, {words}"
    )


def test_a_fixed_date_is_kept_and_the_rest_fit_around_it(april_stops):
    req = _request(april_stops, fixed={"Massachusetts Institute of Technology": MON})
    it = P.plan(req)
    _rules_hold(req, it)
    assert it.stops[0].stop.name == "Massachusetts Institute of Technology" and it.stops[0].fixed


def test_home_legs_count_at_both_ends(april_stops):
    home = P.resolve_stop("Ann Arbor, MI")
    it = P.plan(_request(april_stops, origin=home, finish=home))
    assert it.legs.iloc[0]["from"] == "Ann Arbor, MI" and it.legs.iloc[-1]["to"] == "Ann Arbor, MI"
    assert len(it.legs) == len(april_stops) + 1
    assert it.legs["days"].isna().sum() == 2  # home legs have no "days between"
    assert it.total_km == pytest.approx(it.legs["distance_km"].sum(), abs=0.1)


# -- impossible plans name their constraint ---------------------------------------------------

INFEASIBLE = [
    ({"end": date(2019, 4, 10)}, "end", "after the end date 2019-04-10"),
    ({"days_between": (1, 1)}, "days_between", "at most 1 day between stops"),
    ({"no_meetings_on": frozenset(range(7))}, "no_meetings_on", "any day"),
    (
        {"fixed": {"Massachusetts Institute of Technology": date(2019, 4, 13)}},
        "no_meetings_on",
        "Massachusetts Institute of Technology is fixed on Saturday 2019-04-13",
    ),
    (
        {"fixed": {"Massachusetts Institute of Technology": date(2019, 4, 1)}},
        "start",
        "before the start date",
    ),
    (
        {
            "fixed": {
                "Massachusetts Institute of Technology": MON,
                "New York University": MON,
            }
        },
        "days_between",
        "fixed 0 days apart",
    ),
    (
        {
            "fixed": {
                "Massachusetts Institute of Technology": MON,
                "New York University": date(2019, 5, 28),
            }
        },
        "days_between",
        "can't fill the gap",
    ),
    (
        # Every other day from the 8th to the 18th fits six stops; NYU fixed on the 9th leaves
        # only the odd days 9..17, five of them. Each rule alone is fine.
        {
            "fixed": {"New York University": date(2019, 4, 9)},
            "end": date(2019, 4, 18),
            "days_between": (2, 2),
            "no_meetings_on": frozenset(),
        },
        "fixed",
        "New York University (Tuesday 2019-04-09)",
    ),
]


@pytest.mark.parametrize(("changes", "constraint", "says"), INFEASIBLE)
def test_an_impossible_plan_names_the_constraint_that_breaks_it(
    april_stops, changes, constraint, says
):
    req = _request(april_stops, **changes)
    with pytest.raises(InfeasiblePlan) as caught:
        P.plan(req)
    assert caught.value.constraint == constraint
    assert says in str(caught.value)
    assert isinstance(caught.value, EventmapError)


def test_the_fixed_conflict_case_is_really_impossible_by_brute_force(april_stops):
    changes, _, _ = INFEASIBLE[-1]
    p = P.problem(_request(april_stops, **changes))
    assert all(routing.dates_for(p, o) is None for o in itertools.permutations(range(6)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1-3", (1, 3)), ("2", (2, 2)), (" 0 - 4 ", (0, 4)), ("1–5", (1, 5))],
)
def test_days_between_reads_min_max(text, expected):
    assert P.parse_days_between(text) == expected


@pytest.mark.parametrize("text", ["3-1", "x", "0", "1-3-5", ""])
def test_bad_days_between_is_a_plan_error(text):
    with pytest.raises(PlanError):
        P.parse_days_between(text)


def test_weekdays_read_short_and_full_names():
    assert P.parse_weekdays("Sat,Sun") == {5, 6}
    assert P.parse_weekdays("saturday, SUNDAY") == {5, 6}
    with pytest.raises(PlanError, match="not a weekday"):
        P.parse_weekdays("Sat,Holiday")


def test_an_unknown_stop_is_named():
    with pytest.raises(PlanError, match="Nowhere Land Xyz"):
        P.resolve_stops(["MIT", "Nowhere Land Xyz"])


def test_the_same_place_twice_is_refused():
    with pytest.raises(PlanError, match="same stop"):
        P.resolve_stops(["MIT", "Massachusetts Institute of Technology"])


def test_a_fixed_date_may_name_a_stop_as_typed_or_by_its_full_name(april_stops):
    fixed = P.parse_fixed(
        ["MIT=2019-04-17", "University of California Berkeley=2019-04-08"], april_stops
    )
    assert fixed == {
        "Massachusetts Institute of Technology": date(2019, 4, 17),
        "University of California Berkeley": date(2019, 4, 8),
    }
    with pytest.raises(PlanError, match="not one of the stops"):
        P.parse_fixed(["UCLA=2019-04-09"], april_stops)


def test_travel_assumptions_are_tour_logistics_own():
    assert P.TravelAssumptions is TravelAssumptions


# -- the solvers agree with brute force ---------------------------------------------------------


def _random_problem(rng: random.Random, n: int, fixed: int = 0) -> routing.Problem:
    lat = np.array([rng.uniform(30, 47) for _ in range(n)])
    lon = np.array([rng.uniform(-122, -72) for _ in range(n)])
    stops = [
        P.Stop(f"s{i}", float(a), float(b)) for i, (a, b) in enumerate(zip(lat, lon, strict=True))
    ]
    pins = {
        f"s{i}": MON + timedelta(days=rng.randrange(0, 3 * n)) for i in rng.sample(range(n), fixed)
    }
    req = P.PlanRequest(stops, MON, days_between=(1, 3), fixed=pins, origin=stops[0])
    return P.problem(req)


@pytest.mark.parametrize("seed", range(12))
def test_the_exact_programme_matches_brute_force(seed):
    rng = random.Random(seed)
    p = _random_problem(rng, 6, fixed=seed % 3)
    feasible = [o for o in itertools.permutations(range(6)) if routing.dates_for(p, o) is not None]
    order = routing.exact_order(p)
    if not feasible:
        assert order is None and routing.pattern(p) is None
        return
    assert routing.pattern(p) is not None
    assert routing.dates_for(p, order) is not None
    assert p.length(order) == pytest.approx(min(p.length(o) for o in feasible))


def test_or_tools_finds_a_feasible_plan_at_least_as_good_as_its_start():
    rng = random.Random(7)
    p = _random_problem(rng, 25, fixed=3)
    start = routing.initial_order(p)
    if start is None:
        pytest.skip("random pins made this one infeasible")
    order, solver = routing.best_order(p, seconds=0.5)
    assert solver == "or-tools"
    assert sorted(order) == list(range(25))
    assert routing.dates_for(p, order) is not None
    assert p.length(order) <= p.length(start) + 1e-6


# -- closed days ------------------------------------------------------------------------------

MIT = "Massachusetts Institute of Technology"


def test_a_stop_is_never_planned_on_a_day_it_is_closed(april_stops):
    free = P.plan(_request(april_stops))
    first = free.stops[0]
    closed = {first.stop.name: frozenset({first.date, first.date + timedelta(days=1)})}
    req = _request(april_stops, closed=closed)
    it = P.plan(req)
    _rules_hold(req, it)
    day = next(s.date for s in it.stops if s.stop.name == first.stop.name)
    assert day not in closed[first.stop.name]


def test_closed_every_possible_day_is_named(april_stops):
    window = [MON + timedelta(days=d) for d in range(11)]
    req = _request(april_stops, end=MON + timedelta(days=10), closed={MIT: frozenset(window)})
    with pytest.raises(InfeasiblePlan, match=f"{MIT} is closed on every possible day") as caught:
        P.plan(req)
    assert caught.value.constraint == "closed"


def test_a_fixed_date_on_a_closed_day_is_named(april_stops):
    req = _request(april_stops, fixed={MIT: MON}, closed={MIT: frozenset({MON})})
    with pytest.raises(InfeasiblePlan, match="a day it is closed") as caught:
        P.plan(req)
    assert caught.value.constraint == "closed"


def test_closed_days_that_leave_no_order_are_blamed(april_stops):
    # One stop a day from Monday to Saturday, 1-1 days apart: MIT may only be on Monday and NYU
    # only on Monday too, so one of them must open again.
    end = MON + timedelta(days=5)
    rest = frozenset(MON + timedelta(days=d) for d in range(1, 6))
    req = _request(
        april_stops,
        end=end,
        days_between=(1, 1),
        no_meetings_on=frozenset(),
        closed={MIT: rest, "New York University": rest},
    )
    with pytest.raises(InfeasiblePlan) as caught:
        P.plan(req)
    assert caught.value.constraint == "closed"
    assert f"The closed days of {MIT} or New York University" in str(caught.value)


@pytest.mark.parametrize("seed", range(10))
def test_feasibility_with_closed_days_matches_brute_force(seed):
    rng = random.Random(100 + seed)
    stops = [P.Stop(f"s{i}", 40.0 + i, -80.0 - i) for i in range(6)]
    closed = {
        f"s{i}": frozenset(MON + timedelta(days=d) for d in rng.sample(range(12), 8))
        for i in rng.sample(range(6), 3)
    }
    fixed = {"s5": MON + timedelta(days=rng.randrange(12))} if seed % 2 else {}
    fixed = {k: v for k, v in fixed.items() if v not in closed.get(k, ())}
    req = P.PlanRequest(
        stops, MON, MON + timedelta(days=11), days_between=(1, 2), fixed=fixed, closed=closed
    )
    p = P.problem(req)
    feasible = [o for o in itertools.permutations(range(6)) if routing.dates_for(p, o) is not None]
    start = routing.initial_order(p)
    assert (start is not None) == bool(feasible)
    if start is not None:
        assert sorted(start) == list(range(6)) and routing.dates_for(p, start) is not None
        assert p.length(routing.exact_order(p)) == pytest.approx(min(p.length(o) for o in feasible))
