"""Campaign shapes: is a campaign a speaking tour, meetings held by local groups, a series at one
place, or a single meeting? Pure functions over the meetings frame.

The rule (stated on the pages and in the README, thresholds below):

- ``single``: fewer than two dated, located meetings.
- ``series``: every dated, located meeting within ``SERIES_KM`` of the first one (one place).
- ``tour``: one party can attend every dated, located meeting in order: no two on one day more
  than ``SAME_DAY_KM`` apart, and every leg reachable at the travel assumptions (the leg's
  estimated travel time fits between the end of one meeting, taken as ``MEETING_HOURS`` after
  its start, and the start of the next; a day per day between them when a time is unknown).
- ``local``: anything else: several meetings on one day far apart, or a leg nobody could travel
  in time. Meetings held by local groups, not one travelling party.

An organizer can override the inferred shape (see :mod:`eventmap.core.campaigns`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from eventmap.core.filters import campus_label
from eventmap.core.tour import TravelAssumptions, campaign_name, campaign_rows, legs
from eventmap.geo.distance import haversine_km

SAME_DAY_KM = 100.0
SERIES_KM = 5.0
MEETING_HOURS = 2.0

SHAPE_LABELS = {
    "tour": "tour",
    "local": "local groups",
    "series": "series at one place",
    "single": "single meeting",
}


@dataclass(frozen=True)
class Shape:
    """A campaign's shape, why, and who decided it (``inferred`` or ``organizer``)."""

    shape: str
    reason: str
    source: str = "inferred"


def rule(assumptions: TravelAssumptions | None = None) -> list[str]:
    """The shape rule as sentences, with its thresholds (for the pages and the CLI)."""
    a = assumptions or TravelAssumptions()
    return [
        "A campaign is a tour when one party can attend every dated, located meeting in order: "
        f"no two on one day more than {SAME_DAY_KM:g} km apart, and every leg reachable "
        f"(legs under {a.drive_max_km:g} km driven at {a.drive_kmh:g} km/h x {a.road_factor:g}, "
        f"longer ones flown at {a.flight_kmh:g} km/h plus {a.airport_hours:g} h; "
        f"a meeting taken as {MEETING_HOURS:g} h long).",
        "Local: several meetings on one day far apart, or a leg nobody could travel in time "
        "(meetings held by local groups).",
        f"Series: every meeting within {SERIES_KM:g} km of the first. "
        "Single: fewer than two dated, located meetings.",
    ]


def _stops(df: pd.DataFrame) -> pd.DataFrame:
    ok = df["date"].notna() & df["lat"].notna() & df["lon"].notna()
    stops = df[ok]
    return stops.assign(
        shape_campaign=stops["campaign"].astype("object").map(campaign_name),
        shape_label=campus_label(stops).fillna("(unnamed place)").astype(str),
    )


def _day(value: pd.Timestamp) -> str:
    return f"{value.day} {value:%b %Y}"


PAIRWISE_LIMIT = 300  # above this many meetings on one day, the farthest pair is estimated


def farthest_pair(lat: np.ndarray, lon: np.ndarray) -> tuple[int, int, float]:
    """The two points farthest apart (positions and km). Exact up to ``PAIRWISE_LIMIT`` points;
    above it a two-sweep estimate (farthest from the first, then farthest from that one), which
    never overstates and keeps memory linear."""
    if len(lat) < 2:
        return 0, 0, 0.0
    if len(lat) <= PAIRWISE_LIMIT:
        km = haversine_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
        i, j = np.unravel_index(int(np.argmax(km)), km.shape)
        return int(i), int(j), float(km[i, j])
    i = int(np.argmax(haversine_km(lat[0], lon[0], lat, lon)))
    far = haversine_km(lat[i], lon[i], lat, lon)
    j = int(np.argmax(far))
    return i, j, float(far[j])


def _same_day_conflict(stops: pd.DataFrame) -> str | None:
    """The first day with two meetings more than SAME_DAY_KM apart, described; else None."""
    for day, group in stops.groupby("date", sort=True):
        if len(group) < 2:
            continue
        lat = group["lat"].to_numpy(dtype=float)
        lon = group["lon"].to_numpy(dtype=float)
        i, j, km = farthest_pair(lat, lon)
        if km > SAME_DAY_KM:
            labels = group["shape_label"].to_numpy()
            return (
                f"{len(group)} meetings on {_day(day)}, up to {km:,.0f} km apart "
                f"({labels[i]} and {labels[j]}): no one party can attend them all"
            )
    return None


def _available_hours(leg: dict, starts: pd.Series, ends: pd.Series) -> float | None:
    """Hours between the end of the leg's first meeting and the start of the next, or None."""
    a, b = starts.get(leg["from_id"]), starts.get(leg["to_id"])
    if a is None or b is None or pd.isna(a) or pd.isna(b):
        return float(leg["days"]) * 24 if leg["days"] > 0 else None
    end = ends.get(leg["from_id"])
    if end is None or pd.isna(end):
        end = a + pd.Timedelta(hours=MEETING_HOURS)
    return (b - end).total_seconds() / 3600


def _unreachable_leg(campaign_legs: pd.DataFrame, stops: pd.DataFrame) -> str | None:
    """The first leg whose estimated travel does not fit the time between its meetings."""
    starts = stops.set_index("meeting_id")["start"]
    ends = stops.set_index("meeting_id")["end"]
    for leg in campaign_legs.to_dict("records"):
        if leg["distance_km"] < SERIES_KM:
            continue  # the same place: nothing to travel
        hours = _available_hours(leg, starts, ends)
        if hours is None or leg["est_hours"] <= hours:
            continue
        return (
            f"{leg['from']} → {leg['to']} ({_day(leg['to_date'])}) is {leg['distance_km']:,.0f} km: "
            f"about {leg['est_hours']:.1f} h of travel with {max(hours, 0):.1f} h between the "
            "meetings"
        )
    return None


def _infer_one(stops: pd.DataFrame, campaign_legs: pd.DataFrame) -> Shape:
    n = len(stops)
    if n < 2:
        what = "one dated, located meeting" if n == 1 else "no dated, located meeting"
        return Shape("single", f"{what}: nothing to travel between")
    lat = stops["lat"].to_numpy(dtype=float)
    lon = stops["lon"].to_numpy(dtype=float)
    spread = haversine_km(lat[0], lon[0], lat, lon)
    if float(np.max(spread)) <= SERIES_KM:
        place = stops["shape_label"].iloc[0]
        return Shape(
            "series", f"all {n} dated, located meetings are within {SERIES_KM:g} km of {place}"
        )
    conflict = _same_day_conflict(stops) or _unreachable_leg(campaign_legs, stops)
    if conflict:
        return Shape("local", conflict)
    longest = campaign_legs.loc[campaign_legs["distance_km"].idxmax()]
    return Shape(
        "tour",
        f"one party can attend all {n} dated, located meetings in order: no two on one day more "
        f"than {SAME_DAY_KM:g} km apart and every leg reachable (longest {longest['from']} → "
        f"{longest['to']}, {longest['distance_km']:,.0f} km)",
    )


def infer_shapes(
    df: pd.DataFrame, assumptions: TravelAssumptions | None = None
) -> dict[str, Shape]:
    """Each campaign's inferred shape, keyed by its display name (:func:`tour.campaign_name`)."""
    if df.empty:
        return {}
    names = df["campaign"].astype("object").map(campaign_name)
    stops = _stops(df)
    all_legs = legs(df, assumptions=assumptions or TravelAssumptions())
    by_campaign = dict(tuple(stops.groupby("shape_campaign", sort=False)))
    legs_of = dict(tuple(all_legs.groupby("campaign", sort=False)))
    empty_legs = all_legs.iloc[:0]
    empty_stops = stops.iloc[:0]
    return {
        name: _infer_one(by_campaign.get(name, empty_stops), legs_of.get(name, empty_legs))
        for name in dict.fromkeys(names)
    }


def with_shapes(
    df: pd.DataFrame,
    shapes: dict[str, Shape] | None = None,
) -> pd.DataFrame:
    """``df`` with ``campaign_shape`` and ``campaign_shape_reason`` filled in (inferred when
    ``shapes`` is not given). Campaigns missing from ``shapes`` are inferred."""
    found = infer_shapes(df)
    if shapes:
        found.update(shapes)
    names = df["campaign"].astype("object").map(campaign_name)
    shape = names.map(lambda n: found[n].shape if n in found else None)
    reason = names.map(lambda n: _reason_text(found[n]) if n in found else None)
    out = df.assign(
        campaign_shape=shape.astype("category"), campaign_shape_reason=reason.astype(object)
    )
    return out


def _reason_text(shape: Shape) -> str:
    return shape.reason if shape.source == "inferred" else f"set by an organizer ({shape.reason})"


def shape_of(df: pd.DataFrame, campaign: str) -> tuple[str | None, str]:
    """The shape and reason a frame records for one campaign (by display name)."""
    rows = campaign_rows(df, campaign)
    if rows.empty or "campaign_shape" not in rows or rows["campaign_shape"].isna().all():
        return None, ""
    first = rows.iloc[0]
    return str(first["campaign_shape"]), str(first["campaign_shape_reason"] or "")


def tour_rows(df: pd.DataFrame) -> pd.DataFrame:
    """The meetings of campaigns whose shape is ``tour``."""
    return df[df["campaign_shape"].astype("object") == "tour"]


def tour_names(df: pd.DataFrame) -> set[str]:
    """Display names of the campaigns whose shape is ``tour``."""
    return set(tour_rows(df)["campaign"].astype("object").map(campaign_name))


BY_DAY_COLUMNS = ["date", "meetings", "at_once", "places", "spread_km"]


def _most_at_once(known: np.ndarray) -> int | None:
    """The most meetings going on at one instant among sorted start instants (``datetime64``,
    no NaT), each taken as MEETING_HOURS long (None when there are none)."""
    if not len(known):
        return None
    ends = known + np.timedelta64(int(MEETING_HOURS * 3600), "s")
    return int((np.searchsorted(known, ends, side="left") - np.arange(len(known))).max())


def by_day(rows: pd.DataFrame) -> pd.DataFrame:
    """A campaign's dated meetings day by day: how many, how many at once, where, and how far
    apart the day's places are (km, great-circle). For campaigns that are not tours.

    One sort and array slices per day (not a pandas group per day): a campaign of 8,000
    meetings over a year is worked out on every rerun of Tour logistics.
    """
    dated = rows[rows["date"].notna()]
    order = np.argsort(dated["date"].to_numpy(), kind="stable")  # a day keeps the rows' order
    days = dated["date"].to_numpy()[order]
    labels = campus_label(dated).fillna("(unnamed place)").astype(str).to_numpy()[order]
    lat = dated["lat"].to_numpy(dtype=float)[order]
    lon = dated["lon"].to_numpy(dtype=float)[order]
    starts = dated["start"].dt.tz_convert("UTC").dt.tz_localize(None)
    starts = starts.to_numpy(dtype="datetime64[ns]")[order]
    bounds = np.flatnonzero(np.r_[True, days[1:] != days[:-1], True]) if len(days) else []
    out = []
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        at = slice(a, b)
        here = ~(np.isnan(lat[at]) | np.isnan(lon[at]))
        known = starts[at][~np.isnat(starts[at])]
        out.append(
            {
                "date": pd.Timestamp(days[a]),
                "meetings": b - a,
                "at_once": _most_at_once(np.sort(known)),
                "places": "; ".join(dict.fromkeys(labels[at])),
                "spread_km": round(farthest_pair(lat[at][here], lon[at][here])[2], 0),
            }
        )
    frame = pd.DataFrame(out, columns=BY_DAY_COLUMNS)
    frame["at_once"] = frame["at_once"].astype("Int64")
    return frame
