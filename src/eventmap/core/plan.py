"""Plan a tour before it is announced: the best order and dates for a set of stops.

A request names the stops (campuses, cities, ZIP codes or addresses, resolved through the
project's geocoder, or the meetings of a campaign), an optional start and end place (the
speaker's home), a date window, the weekdays with no meetings, the least and most days between
consecutive stops, and dates already fixed for some stops. :func:`plan` returns an
:class:`Itinerary` -- order, dates, legs with mode, distance and estimated hours, totals -- or
raises :class:`~eventmap.errors.InfeasiblePlan` naming the constraint that makes it impossible.

The travel rule (drive or fly, speeds, airport time) is :class:`eventmap.core.tour.
TravelAssumptions`, the same as Tour logistics. Distances are great-circle km, as everywhere.
The order minimises total distance (:mod:`eventmap.core.routing`); the dates are then the
earliest that keep every rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from eventmap.core import routing, tour
from eventmap.core.filters import campus_label
from eventmap.core.frame import cell_text
from eventmap.core.tour import TravelAssumptions
from eventmap.errors import InfeasiblePlan, PlanError
from eventmap.geo.distance import haversine_km

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DEFAULT_DAYS_BETWEEN = (1, 7)
MAX_STOPS = 200
MAX_WINDOW_DAYS = 3660
LEG_COLUMNS = ["from", "to", "from_date", "to_date", "days", "distance_km", "mode", "est_hours"]


# -- inputs ------------------------------------------------------------------------------------


def parse_weekdays(text: str | Iterable[str] | None) -> frozenset[int]:
    """``"Sat,Sun"`` (or a list of names) -> weekday numbers (Monday 0). Full names work too."""
    if text is None:
        return frozenset()
    parts = re.split(r"[,\s]+", text) if isinstance(text, str) else list(text)
    out = set()
    for part in (p.strip() for p in parts):
        if not part:
            continue
        hits = [i for i, d in enumerate(WEEKDAYS) if part[:3].casefold() == d.casefold()]
        if not hits:
            raise PlanError(f"not a weekday: {part!r} (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)")
        out.add(hits[0])
    return frozenset(out)


def weekday_text(days: Iterable[int]) -> str:
    return ", ".join(WEEKDAYS[d] for d in sorted(days))


def parse_days_between(text: str) -> tuple[int, int]:
    """``"1-3"`` -> (1, 3); ``"2"`` -> (2, 2). Days between consecutive stops' dates."""
    m = re.fullmatch(r"\s*(\d{1,3})\s*(?:[-–]\s*(\d{1,3}))?\s*", text or "")
    if not m:
        raise PlanError(f"days between must look like MIN-MAX, e.g. 1-3, not {text!r}")
    lo = int(m.group(1))
    hi = int(m.group(2)) if m.group(2) else lo
    if lo > hi:
        raise PlanError(f"days between: the least ({lo}) is more than the most ({hi})")
    if hi < 1:
        raise PlanError("days between: the most must be at least 1")
    return lo, hi


@dataclass(frozen=True)
class Stop:
    """A place to visit: a name to show and its coordinates, with how they were found."""

    name: str
    lat: float
    lon: float
    query: str = ""
    precision: str = "campus"  # as Location.precision: campus | address | postal_code | city ...
    city: str | None = None
    state: str | None = None
    timezone: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def one_line(text: object) -> str:
    """Text squeezed onto one line (no newlines or control characters), bounded in length."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", str(text or "")).split())[:200]


def resolve_stop(query: str, geocoder: Any = None) -> Stop:
    """A campus, city, ZIP code or address -> a :class:`Stop`, through the project's geocoder.

    Campuses get the campus table's full name; anything else keeps the text as typed.
    """
    from eventmap.geo.gazetteer import default_gazetteer, find_zip
    from eventmap.geo.geocoder import default_geocoder

    text = one_line(query)
    if not text:
        raise PlanError("a stop is blank: name a campus, city, ZIP code or address")
    loc = (geocoder or default_geocoder()).lookup(text, persist=False)
    if loc is None:
        raise PlanError(
            f"no place found for {text!r}: try the campus's full name, a city with its state, "
            "or a ZIP code"
        )
    name, city, state = text, loc.city, loc.state
    gaz = default_gazetteer()
    if loc.precision == "campus":
        campus = gaz.campus(text)
        name = campus.name if campus else text
    if not (city and state):  # e.g. a pinned address: its ZIP code knows the town
        place = gaz.zips.get(find_zip(text))
        if place is not None:
            city, state = place.city, place.state
    return Stop(name, loc.lat, loc.lon, text, loc.precision, city, state, loc.timezone)


def resolve_stops(queries: Sequence[str], geocoder: Any = None) -> list[Stop]:
    """Every query resolved; the same place named twice is an error that says which."""
    stops: list[Stop] = []
    for q in queries:
        stop = resolve_stop(q, geocoder)
        twin = next((s for s in stops if s.name.casefold() == stop.name.casefold()), None)
        if twin is not None:
            raise PlanError(f"{q!r} is the same stop as {twin.query!r} ({stop.name}): list it once")
        stops.append(stop)
    return stops


def match_stop(stops: Sequence[Stop], text: str, geocoder: Any = None) -> Stop:
    """The stop that ``text`` names (by name, by what was typed, or as the same place)."""
    key = one_line(text).casefold()
    for s in stops:
        if key in (s.name.casefold(), s.query.casefold()):
            return s
    try:
        found = resolve_stop(text, geocoder)
    except PlanError:
        found = None
    for s in stops:
        if found is not None and s.name.casefold() == found.name.casefold():
            return s
    names = "; ".join(s.name for s in stops)
    raise PlanError(f"{text!r} is not one of the stops ({names})")


def _stop_dates(
    items: Sequence[str], stops: Sequence[Stop], geocoder: Any = None
) -> list[tuple[str, date]]:
    """``["MIT=2019-04-17", ...]`` -> [(stop name, date)], each STOP matched to a stop."""
    out = []
    for item in items:
        name, sep, when = item.rpartition("=")
        if not sep or not name.strip():
            raise PlanError(f"a stop's date must look like STOP=YYYY-MM-DD, not {item!r}")
        try:
            day = date.fromisoformat(when.strip())
        except ValueError:
            raise PlanError(f"not a date in {item!r} (use YYYY-MM-DD)") from None
        out.append((match_stop(stops, name, geocoder).name, day))
    return out


def parse_fixed(items: Sequence[str], stops: Sequence[Stop], geocoder: Any = None) -> dict:
    """``["MIT=2019-04-17", ...]`` -> {stop name: its fixed date}."""
    return dict(_stop_dates(items, stops, geocoder))


def parse_closed(items: Sequence[str], stops: Sequence[Stop], geocoder: Any = None) -> dict:
    """``["MIT=2019-04-17", "MIT=2019-04-18", ...]`` -> {stop name: its closed days}."""
    out: dict[str, set[date]] = {}
    for name, day in _stop_dates(items, stops, geocoder):
        out.setdefault(name, set()).add(day)
    return {name: frozenset(days) for name, days in out.items()}


@dataclass
class PlanRequest:
    """Everything the planner needs. ``fixed`` maps a stop's name to its date."""

    stops: list[Stop]
    start: date
    end: date | None = None
    origin: Stop | None = None  # where the speaker starts (home); None: at the first stop
    finish: Stop | None = None  # where the speaker ends (home); None: at the last stop
    days_between: tuple[int, int] = DEFAULT_DAYS_BETWEEN
    no_meetings_on: frozenset[int] = frozenset()
    fixed: dict[str, date] = field(default_factory=dict)
    closed: dict[str, frozenset[date]] = field(default_factory=dict)  # stop name -> closed days
    assumptions: TravelAssumptions = field(default_factory=TravelAssumptions)
    title: str = "Draft tour"

    def __post_init__(self) -> None:
        if not self.stops:
            raise PlanError("no stops to plan: name at least one")
        if len(self.stops) > MAX_STOPS:
            raise PlanError(f"{len(self.stops)} stops is more than the planner takes ({MAX_STOPS})")
        names = [s.name for s in self.stops]
        if len(set(names)) != len(names):
            raise PlanError("a stop is listed twice: list each stop once")
        lo, hi = self.days_between
        if not 0 <= lo <= hi or hi < 1:
            raise PlanError(f"days between {lo}-{hi} is not a range of days")
        if self.end is not None and self.end < self.start:
            raise PlanError(f"the end date {self.end} is before the start date {self.start}")
        unknown = [n for n in [*self.fixed, *self.closed] if n not in names]
        if len(self.closed) > routing.MAX_RESTRICTED:
            raise PlanError(f"at most {routing.MAX_RESTRICTED} stops can have closed days")
        if unknown:
            raise PlanError(f"a date rule names {unknown[0]!r}, which is not one of the stops")

    @property
    def last_day(self) -> date:
        """The window's last day: ``end``, or as far as the stops could possibly reach."""
        if self.end is not None:
            return self.end
        anchor = max([self.start, *self.fixed.values()])
        return anchor + timedelta(days=6 + self.days_between[1] * len(self.stops))

    def rules(self) -> str:
        """The date rules in words, for messages."""
        lo, hi = self.days_between
        text = f"{lo}-{hi} days between stops"
        if self.no_meetings_on:
            text += f", no meetings on {weekday_text(self.no_meetings_on)}"
        return text


# -- the problem as bitsets --------------------------------------------------------------------


def _free_days(req: PlanRequest, days: int) -> int:
    first = req.start.weekday()
    return sum(1 << d for d in range(days) if (first + d) % 7 not in req.no_meetings_on)


def problem(req: PlanRequest, *, own_days: bool = True, end: date | None = None) -> routing.Problem:
    """The request as a :class:`routing.Problem` (fixed dates outside the window get no day)."""
    last = end or req.last_day
    days = (last - req.start).days + 1
    if days > MAX_WINDOW_DAYS:
        raise PlanError(f"the window of {days} days is longer than the planner takes (10 years)")
    free = _free_days(req, days)
    allowed = []
    for s in req.stops:
        fixed = req.fixed.get(s.name) if own_days else None
        closed = _bitset(req, req.closed.get(s.name, ()), days) if own_days else 0
        if fixed is None:
            allowed.append(free & ~closed)
        else:
            d = (fixed - req.start).days
            allowed.append(1 << d if 0 <= d < days and free >> d & 1 else 0)
    lat = np.array([s.lat for s in req.stops], dtype=float)
    lon = np.array([s.lon for s in req.stops], dtype=float)
    km = haversine_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])

    def home(place: Stop | None) -> np.ndarray:
        if place is None:
            return np.zeros(len(lat))
        return np.asarray(haversine_km(place.lat, place.lon, lat, lon), dtype=float)

    return routing.Problem(
        np.asarray(km, dtype=float),
        home(req.origin),
        home(req.finish),
        tuple(allowed),
        free,
        days,
        req.days_between[0],
        req.days_between[1],
    )


def _bitset(req: PlanRequest, days: Iterable[date], size: int) -> int:
    out = 0
    for day in days:
        d = (day - req.start).days
        if 0 <= d < size:
            out |= 1 << d
    return out


# -- why a plan is impossible ------------------------------------------------------------------


def _day(d: date) -> str:
    return f"{d:%A} {d.isoformat()}"


def _check_fixed(req: PlanRequest) -> None:
    """Each fixed date on its own, then each pair of consecutive fixed dates."""
    for name, day in req.fixed.items():
        if day < req.start:
            raise InfeasiblePlan(
                f"{name} is fixed on {_day(day)}, before the start date {req.start}.", "start"
            )
        if req.end is not None and day > req.end:
            raise InfeasiblePlan(
                f"{name} is fixed on {_day(day)}, after the end date {req.end}.", "end"
            )
        if day in req.closed.get(name, ()):
            raise InfeasiblePlan(f"{name} is fixed on {_day(day)}, a day it is closed.", "closed")
        if day.weekday() in req.no_meetings_on:
            raise InfeasiblePlan(
                f"{name} is fixed on {_day(day)}, but there are no meetings on "
                f"{weekday_text(req.no_meetings_on)}.",
                "no_meetings_on",
            )
    lo, hi = req.days_between
    ordered = sorted(req.fixed.items(), key=lambda kv: kv[1])
    free = len(req.stops) - len(req.fixed)
    for (a, da), (b, db) in zip(ordered, ordered[1:], strict=False):
        gap = (db - da).days
        if gap < lo:
            raise InfeasiblePlan(
                f"{a} and {b} are fixed {gap} day{'s' * (gap != 1)} apart ({da} and {db}), "
                f"fewer than the least days between stops ({lo}).",
                "days_between",
            )
        if gap > hi * (free + 1):
            raise InfeasiblePlan(
                f"{a} ({da}) and {b} ({db}) are fixed {gap} days apart, but with at most {hi} "
                f"days between stops the {free} other stop{'s' * (free != 1)} can't fill the gap.",
                "days_between",
            )


def _check_window(req: PlanRequest) -> None:
    """Ignoring fixed dates: do the stops fit the window, the gaps and the weekdays at all?"""
    if routing.pattern(problem(req, own_days=False)) is not None:
        return
    n, hi = len(req.stops), req.days_between[1]
    roomy = req.last_day + timedelta(days=7 + hi * n) if req.end is not None else None
    wide = problem(req, own_days=False, end=roomy)
    order = routing.pattern(wide)
    if req.end is not None and order is not None:
        days = routing.dates_for(wide, list(range(n)))
        finish = req.start + timedelta(days=days[-1]) if days else req.end
        raise InfeasiblePlan(
            f"{n} stops with {req.rules()} need until {_day(finish)} at the earliest, "
            f"after the end date {req.end}.",
            "end",
        )
    run = _longest_closed_run(req.no_meetings_on)
    raise InfeasiblePlan(
        f"With at most {hi} day{'s' * (hi != 1)} between stops and no meetings on "
        f"{weekday_text(req.no_meetings_on)} ({run} days in a row), {n} stops can't be "
        f"scheduled: the tour can't get across those days.",
        "days_between",
    )


def _longest_closed_run(closed: frozenset[int]) -> int:
    best = run = 0
    for d in list(range(7)) * 2:
        run = run + 1 if d in closed else 0
        best = max(best, min(run, 7))
    return best


def check(req: PlanRequest) -> None:
    """Raise :class:`InfeasiblePlan` naming the constraint that makes ``req`` impossible."""
    if len(req.no_meetings_on) == 7:
        raise InfeasiblePlan(
            "No meetings on any day of the week: allow at least one day.", "no_meetings_on"
        )
    if not problem(req, own_days=False).free_days:
        raise InfeasiblePlan(
            f"The window {req.start} to {req.last_day} has no day without "
            f"{weekday_text(req.no_meetings_on)}.",
            "no_meetings_on",
        )
    _check_fixed(req)
    _check_window(req)
    p = problem(req)
    for stop, days in zip(req.stops, p.allowed, strict=True):
        if not days and stop.name in req.closed:
            raise InfeasiblePlan(
                f"{stop.name} is closed on every possible day from {req.start} to {req.last_day}.",
                "closed",
            )
    if routing.pattern(p) is not None:
        return
    _blame(req)


def _blame(req: PlanRequest) -> None:
    """Which fixed date, or which stop's closed days, to drop to make a plan possible."""
    found: dict[str, list[str]] = {"fixed": [], "closed": []}
    for kind in found:
        rules = getattr(req, kind)
        for name in rules:
            trial = PlanRequest(
                **{**req.__dict__, kind: {k: v for k, v in rules.items() if k != name}}
            )
            if routing.pattern(problem(trial)) is not None:
                found[kind].append(name)
    where = f"{len(req.stops)} stops, {req.rules()}, from {req.start} to {req.last_day}"
    if found["closed"] and not found["fixed"]:
        names = " or ".join(found["closed"])
        raise InfeasiblePlan(
            f"The closed days of {names} can't be met with {where}. Open one of them again.",
            "closed",
        )
    names = found["fixed"] or list(req.fixed)
    which = (" or " if found["fixed"] else " and ").join(
        f"{n} ({_day(req.fixed[n])})" for n in names
    )
    raise InfeasiblePlan(
        f"The fixed date of {which} can't be met with {where}. Move or drop that fixed date.",
        "fixed",
    )


# -- the result --------------------------------------------------------------------------------


@dataclass
class PlannedStop:
    number: int
    stop: Stop
    date: date
    fixed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "stop": self.number,
            "name": self.stop.name,
            "date": self.date.isoformat(),
            "weekday": WEEKDAYS[self.date.weekday()],
            "fixed": self.fixed,
            "lat": self.stop.lat,
            "lon": self.stop.lon,
            "precision": self.stop.precision,
            "query": self.stop.query,
        }


@dataclass
class Itinerary:
    """A tour in order with dates, its legs (start and end place included) and totals."""

    title: str
    stops: list[PlannedStop]
    legs: pd.DataFrame  # LEG_COLUMNS; ``days`` is missing on the legs from and to home
    summary: tour.TourSummary
    solver: str  # exact | or-tools | page (the campaign as listed)
    optimal: bool
    origin: Stop | None = None
    finish: Stop | None = None
    assumptions: TravelAssumptions = field(default_factory=TravelAssumptions)

    @property
    def total_km(self) -> float:
        return self.summary.total_km

    def stops_frame(self) -> pd.DataFrame:
        """Plain columns for :func:`eventmap.views.maps.route_map`: stop, label, lat, lon, date."""
        return pd.DataFrame(
            {
                "stop": [p.number for p in self.stops],
                "label": [p.stop.name for p in self.stops],
                "lat": [p.stop.lat for p in self.stops],
                "lon": [p.stop.lon for p in self.stops],
                "date": [f"{WEEKDAYS[p.date.weekday()]} {p.date.isoformat()}" for p in self.stops],
                "fixed": [p.fixed for p in self.stops],
            }
        )

    def legs_records(self) -> list[dict[str, Any]]:
        out = []
        for leg in self.legs.to_dict("records"):
            row = dict(leg)
            row["from_date"] = pd.Timestamp(leg["from_date"]).date().isoformat()
            row["to_date"] = pd.Timestamp(leg["to_date"]).date().isoformat()
            row["days"] = None if pd.isna(leg["days"]) else int(leg["days"])
            out.append(row)
        return out

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()
        if summary.get("longest"):
            longest = dict(summary["longest"])
            longest["days"] = None if pd.isna(longest.get("days")) else int(longest["days"])
            summary["longest"] = longest
        return {
            "title": self.title,
            "solver": self.solver,
            "optimal": self.optimal,
            "from": self.origin.to_dict() if self.origin else None,
            "to": self.finish.to_dict() if self.finish else None,
            "assumptions": self.assumptions.to_dict(),
            "stops": [p.to_dict() for p in self.stops],
            "legs": self.legs_records(),
            "summary": summary,
        }


def build_itinerary(
    req: PlanRequest, visits: Sequence[tuple[Stop, date]], *, solver: str, optimal: bool
) -> Itinerary:
    """An itinerary for stops visited in this order on these dates (any order: also the page's)."""
    points: list[tuple[Stop, date, bool]] = [(s, d, True) for s, d in visits]
    if req.origin is not None and visits:
        points.insert(0, (req.origin, visits[0][1], False))
    if req.finish is not None and visits:
        points.append((req.finish, visits[-1][1], False))
    rows = []
    for (a, da, a_stop), (b, db, b_stop) in zip(points, points[1:], strict=False):
        km = float(haversine_km(a.lat, a.lon, b.lat, b.lon))
        rows.append(
            {
                "from": a.name,
                "to": b.name,
                "from_date": pd.Timestamp(da),
                "to_date": pd.Timestamp(db),
                "days": (db - da).days if a_stop and b_stop else pd.NA,
                "distance_km": round(km, 1),
                "mode": req.assumptions.mode(km),
                "est_hours": round(req.assumptions.hours(km), 1),
            }
        )
    legs = pd.DataFrame(rows, columns=LEG_COLUMNS)
    legs["days"] = legs["days"].astype("Int64")
    stops = [
        PlannedStop(i + 1, s, d, s.name in req.fixed and req.fixed[s.name] == d)
        for i, (s, d) in enumerate(visits)
    ]
    return Itinerary(
        req.title,
        stops,
        legs,
        tour.summary(legs),
        solver,
        optimal,
        req.origin,
        req.finish,
        req.assumptions,
    )


def plan(req: PlanRequest, *, seconds: float | None = None) -> Itinerary:
    """The shortest tour that keeps every rule, with the earliest dates that fit it.

    Raises :class:`InfeasiblePlan` (naming the constraint) when no order and dates fit.
    """
    check(req)
    p = problem(req)
    order, solver = routing.best_order(p, seconds=seconds)
    days = routing.dates_for(p, order) if order is not None else None
    if order is None or days is None:  # check() said feasible: this would be a bug
        raise InfeasiblePlan(f"No order of the stops fits {req.rules()}.", "days_between")
    visits = [
        (req.stops[i], req.start + timedelta(days=d)) for i, d in zip(order, days, strict=True)
    ]
    return build_itinerary(req, visits, solver=solver, optimal=solver == "exact")


# -- from a campaign, and the comparison -------------------------------------------------------


def campaign_visits(df: pd.DataFrame, campaign: str) -> list[tuple[Stop, date]]:
    """A campaign's dated, located meetings in tour order, as (stop, date)."""
    rows = df[df["campaign"].astype("object").map(tour.campaign_name) == campaign]
    rows = rows.iloc[tour.tour_order(rows)[0]]
    labels = campus_label(rows).fillna("(unnamed place)").astype(str)
    out = []
    for (_, row), label in zip(rows.iterrows(), labels, strict=True):
        # A plan is of places, not venues: a campus stays a campus (its venue is to be chosen
        # again), a street address stays an address, anything else is its town.
        query, precision = label, "city"
        if _text(row["campus"]):
            precision = "campus"
        elif _text(row["address"]) and row["precision"] == "address":
            query, precision = cell_text(row["address"]), "address"
        stop = Stop(
            label,
            float(row["lat"]),
            float(row["lon"]),
            query,
            precision,
            _text(row["city"]),
            _text(row["state"]),
            _text(row["timezone"]),
        )
        out.append((stop, row["date"].date()))
    return out


def _text(value: Any) -> str | None:
    return cell_text(value) or None


def campaign_stops(df: pd.DataFrame, campaign: str) -> list[Stop]:
    """The campaign's places, each once, in the order the page visits them."""
    seen: dict[str, Stop] = {}
    for stop, _ in campaign_visits(df, campaign):
        seen.setdefault(stop.name, stop)
    return list(seen.values())


def campaign_request(df: pd.DataFrame, campaign: str, **changes: Any) -> PlanRequest:
    """A request for the campaign's places over its own dates (first to last); override freely."""
    visits = campaign_visits(df, campaign)
    if not visits:
        raise PlanError(f"campaign {campaign!r} has no dated, located meetings to plan from")
    gaps = [(b[1] - a[1]).days for a, b in zip(visits, visits[1:], strict=False)]
    base = {
        "stops": campaign_stops(df, campaign),
        "start": visits[0][1],
        "end": visits[-1][1],
        "title": campaign,
        # As long as the page's longest gap: its own spacing stays possible.
        "days_between": (DEFAULT_DAYS_BETWEEN[0], max([DEFAULT_DAYS_BETWEEN[1], *gaps])),
    }
    req = PlanRequest(**{**base, **changes})
    if "end" not in changes:
        try:
            check(req)
        except InfeasiblePlan as exc:
            if exc.constraint == "end":  # e.g. same-day meetings on the page: let it run longer
                req = PlanRequest(**{**base, **changes, "end": None})
    return req


def current_itinerary(df: pd.DataFrame, campaign: str, req: PlanRequest) -> Itinerary:
    """The campaign as the page lists it, measured under ``req``'s places and assumptions."""
    return build_itinerary(req, campaign_visits(df, campaign), solver="page", optimal=False)


@dataclass
class Comparison:
    current_km: float
    planned_km: float
    current_flights: int
    planned_flights: int

    @property
    def saved_km(self) -> float:
        return round(self.current_km - self.planned_km, 1)

    def sentence(self) -> str:
        """``"5,288 km → 4,962 km, one flight fewer"``."""
        diff = self.current_flights - self.planned_flights
        words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        count = words[abs(diff)] if abs(diff) < len(words) else f"{abs(diff):,}"
        noun = "flight" if abs(diff) == 1 else "flights"
        flights = (
            "as many flights" if diff == 0 else f"{count} {noun} {'fewer' if diff > 0 else 'more'}"
        )
        return f"{self.current_km:,.0f} km → {self.planned_km:,.0f} km, {flights}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "current_km": self.current_km,
            "planned_km": self.planned_km,
            "saved_km": self.saved_km,
            "current_flights": self.current_flights,
            "planned_flights": self.planned_flights,
            "sentence": self.sentence(),
        }


def compare(current: Itinerary, planned: Itinerary) -> Comparison:
    return Comparison(
        current.total_km, planned.total_km, current.summary.flights, planned.summary.flights
    )
