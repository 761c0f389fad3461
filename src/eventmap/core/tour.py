"""Tour logistics: each campaign's stops in date order, the legs between them, and warnings.

Pure functions over the canonical meetings frame (see ``eventmap.core.frame``). A *stop* is a
meeting with both a date and coordinates that is not cancelled; other meetings are left out of
the route and reported by :func:`travel_warnings` instead.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from eventmap.core.filters import campus_label
from eventmap.core.frame import cell_text, cell_texts
from eventmap.core.tzhint import hint_conflicts
from eventmap.errors import ValidationError
from eventmap.geo.distance import haversine_km
from eventmap.model import APPROXIMATE_PRECISIONS

NO_CAMPAIGN = "(no campaign title)"

LEG_COLUMNS = [
    "campaign",
    "from",
    "to",
    "from_id",
    "to_id",
    "from_date",
    "to_date",
    "days",
    "distance_km",
    "mode",
    "est_hours",
]
STOP_COLUMNS = ["stop", "label", "lat", "lon", "date", "start_time", "meeting_id"]
WARNING_KINDS = (
    "same_day_far",
    "next_day_far",
    "missing_details",
    "approximate_location",
    "not_located",
    "duplicate",
    "undated",
    "cancelled",
    "time_zone",
)


@dataclass
class TravelAssumptions:
    """How a leg's travel mode and time are estimated. Shown on the page and editable there."""

    drive_max_km: float = 500.0  # legs shorter than this are driven, longer ones flown
    road_factor: float = 1.25  # road distance / great-circle distance
    drive_kmh: float = 90.0
    flight_kmh: float = 750.0
    airport_hours: float = 3.0  # check-in, security, boarding, getting to and from airports

    def __post_init__(self) -> None:
        for name in ("drive_max_km", "road_factor", "drive_kmh", "flight_kmh", "airport_hours"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or value != value or value < 0:
                raise ValidationError(
                    f"travel assumption {name} must be a number >= 0, got {value!r}"
                )
        for name in ("road_factor", "drive_kmh", "flight_kmh"):
            if getattr(self, name) <= 0:
                raise ValidationError(f"travel assumption {name} must be greater than 0")

    def mode(self, distance_km: float) -> str:
        return "drive" if distance_km < self.drive_max_km else "fly"

    def hours(self, distance_km: float) -> float:
        if self.mode(distance_km) == "drive":
            return distance_km * self.road_factor / self.drive_kmh
        return distance_km / self.flight_kmh + self.airport_hours

    def modes(self, km: np.ndarray) -> np.ndarray:
        """:meth:`mode` over an array of distances."""
        return np.where(km < self.drive_max_km, "drive", "fly").astype(object)

    def hours_of(self, km: np.ndarray) -> np.ndarray:
        """:meth:`hours` over an array of distances."""
        return np.where(
            km < self.drive_max_km,
            km * self.road_factor / self.drive_kmh,
            km / self.flight_kmh + self.airport_hours,
        )

    def describe(self) -> list[str]:
        """The assumptions as sentences, for the page and the CLI."""
        return [
            f"Legs shorter than {self.drive_max_km:g} km are driven; longer legs are flown.",
            f"Driving: great-circle distance x {self.road_factor:g} for roads, at {self.drive_kmh:g} km/h.",
            f"Flying: {self.flight_kmh:g} km/h plus {self.airport_hours:g} h at airports.",
        ]

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


@dataclass
class TourWarning:
    kind: str  # one of WARNING_KINDS
    message: str
    meeting_ids: list[str] = field(default_factory=list)
    campaign: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TourSummary:
    total_km: float
    legs: int
    travel_days: int  # distinct days on which the tour arrives somewhere new
    tour_days: int  # first to last stop, inclusive
    flights: int
    drives: int
    total_hours: float
    longest: dict[str, Any] | None  # the longest leg's row, or None without legs

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points (as every leg is measured)."""
    return float(haversine_km(a[0], a[1], b[0], b[1]))


def campaign_name(value: Any) -> str:
    """A campaign's display name; meetings under a missing heading get a placeholder."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return NO_CAMPAIGN
    return str(value)


def campaigns(df: pd.DataFrame) -> list[str]:
    """Campaign names in order of their first dated meeting (undated campaigns last)."""
    if df.empty:
        return []
    names = pd.Series(_campaign_names(df["campaign"]), index=df.index, dtype=object)
    first = df["date"].groupby(names, sort=False).min()
    order = sorted(
        first.index, key=lambda n: (pd.isna(first[n]), first[n] if pd.notna(first[n]) else 0)
    )
    return list(order)


def _ordered(df: pd.DataFrame) -> pd.DataFrame:
    """Located, dated meetings with a display campaign and label, in tour order."""
    pos, _ = tour_order(df)
    out = df.iloc[pos]
    return out.assign(
        tour_campaign=_campaign_names(out["campaign"]),
        tour_label=campus_label(out).fillna("(unnamed place)"),
    )


def campaign_rows(df: pd.DataFrame, campaign: str) -> pd.DataFrame:
    """The rows of one campaign (by display name, see :func:`campaign_name`). Every function
    here that takes a campaign works from these rows alone, so pass them when you have them."""
    return df[_campaign_names(df["campaign"]) == campaign]


def _campaign_names(values: pd.Series) -> np.ndarray:
    """Vectorised :func:`campaign_name` (names worked out once per distinct value)."""
    codes, uniques = pd.factorize(values)
    names = np.array([campaign_name(u) for u in uniques] + [NO_CAMPAIGN], dtype=object)
    return names[codes]


def tour_order(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Positions (``df.iloc``) of the stops (dated, located, not cancelled) in tour order.

    Tour order: campaign (display name), date, UTC start (unknown last; it orders same-day
    meetings in different time zones), local start time (unknown last), line on the page. Returns
    the positions and each one's campaign display name. Maps draw their paths in this order.
    """
    cancelled = df["status"].astype("object") == "cancelled"
    keep = (df["date"].notna() & df["lat"].notna() & df["lon"].notna() & ~cancelled).to_numpy()
    pos = np.flatnonzero(keep)
    if not len(pos):
        return pos, np.array([], dtype=object)
    names = _campaign_names(df["campaign"].iloc[pos])
    start = df["start"].iloc[pos]
    start_ns = start.array.asi8.copy() if hasattr(start.array, "asi8") else None
    if start_ns is None:
        start_ns = np.zeros(len(pos), dtype=np.int64)
    start_ns[start.isna().to_numpy()] = np.iinfo(np.int64).max
    times = df["start_time"].iloc[pos].astype("object")
    times = times.where(times.notna(), "99:99").astype(str).to_numpy(dtype=object)
    order = np.lexsort(
        (
            df["source_line"].iloc[pos].to_numpy(),
            pd.factorize(times, sort=True)[0],
            start_ns,
            df["date"].iloc[pos].to_numpy(),
            pd.factorize(names, sort=True)[0],
        )
    )
    return pos[order], names[order]


def _leg_arrays(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every leg at once: (from positions, to positions, km unrounded, campaign names)."""
    pos, names = tour_order(df)
    same = names[1:] == names[:-1]
    a, b = pos[:-1][same], pos[1:][same]
    lat = df["lat"].to_numpy(dtype=float)
    lon = df["lon"].to_numpy(dtype=float)
    km = haversine_km(lat[a], lon[a], lat[b], lon[b]) if len(a) else np.zeros(0)
    return a, b, np.asarray(km, dtype=float), names[1:][same]


def legs(
    df: pd.DataFrame,
    *,
    assumptions: TravelAssumptions | None = None,
    campaign: str | None = None,
) -> pd.DataFrame:
    """One row per leg (consecutive stops of a campaign), campaigns in turn, in date order.

    ``campaign`` limits the result to one campaign (by display name, see :func:`campaign_name`).
    """
    a = assumptions or TravelAssumptions()
    if campaign is not None:  # one campaign's legs are worked out from its rows alone
        df = campaign_rows(df, campaign)
    frm, to, km, names = _leg_arrays(df)
    dates = df["date"].to_numpy().astype("datetime64[ns]")
    # Legs come grouped by campaign name, each in tour order, so a campaign's first leg starts at
    # its first stop. Campaigns in turn by that date (names break ties), as :func:`campaigns`.
    starts = np.flatnonzero(np.r_[True, names[1:] != names[:-1]]) if len(names) else frm[:0]
    first = np.repeat(dates[frm[starts]], np.diff(np.r_[starts, len(names)]))
    order = np.argsort(first, kind="stable")
    frm, to, km, names = frm[order], to[order], km[order], names[order]
    labels = campus_label(df).fillna("(unnamed place)").astype(str).to_numpy(dtype=object)
    ids = df["meeting_id"].to_numpy(dtype=object)
    out = pd.DataFrame(
        {
            "campaign": names,
            "from": labels[frm],
            "to": labels[to],
            "from_id": ids[frm],
            "to_id": ids[to],
            "from_date": dates[frm],
            "to_date": dates[to],
            "days": ((dates[to] - dates[frm]) // np.timedelta64(1, "D")).astype("int64"),
            "distance_km": np.round(km, 1).astype("float64"),
            "mode": a.modes(km),
            "est_hours": np.round(a.hours_of(km), 1).astype("float64"),
        },
        columns=LEG_COLUMNS,
    )
    return out


def total_distance_km(df: pd.DataFrame) -> float:
    """Sum of every campaign's legs, in km (meetings without date or coordinates skipped)."""
    km = _leg_arrays(df)[2]
    return round(float(np.round(km, 1).sum()), 1)


def stops(df: pd.DataFrame, campaign: str) -> pd.DataFrame:
    """A campaign's stops in order, numbered from 1, with plain columns for the map."""
    ordered = _ordered(campaign_rows(df, campaign))
    return pd.DataFrame(
        {
            "stop": range(1, len(ordered) + 1),
            "label": ordered["tour_label"].astype(str).to_numpy(),
            "lat": ordered["lat"].astype(float).to_numpy(),
            "lon": ordered["lon"].astype(float).to_numpy(),
            "date": ordered["date"].dt.strftime("%Y-%m-%d").to_numpy(),
            "start_time": pd.Series(
                [t if isinstance(t, str) else None for t in ordered["start_time"]], dtype=object
            ),
            "meeting_id": ordered["meeting_id"].astype(str).to_numpy(),
        },
        columns=STOP_COLUMNS,
    )


def summary(leg_frame: pd.DataFrame) -> TourSummary:
    """Totals over the given legs (pass one campaign's legs for that campaign's totals)."""
    if leg_frame.empty:
        return TourSummary(0.0, 0, 0, 0, 0, 0, 0.0, None)
    longest = leg_frame.loc[leg_frame["distance_km"].idxmax()].to_dict()
    for key in ("from_date", "to_date"):
        longest[key] = pd.Timestamp(longest[key]).date().isoformat()
    first = leg_frame["from_date"].min()
    last = leg_frame["to_date"].max()
    moving = leg_frame[leg_frame["distance_km"] > 0]
    return TourSummary(
        total_km=round(float(leg_frame["distance_km"].sum()), 1),
        legs=len(leg_frame),
        travel_days=int(moving["to_date"].nunique()),
        tour_days=int((last - first).days) + 1,
        flights=int((leg_frame["mode"] == "fly").sum()),
        drives=int((leg_frame["mode"] == "drive").sum()),
        total_hours=round(float(leg_frame["est_hours"].sum()), 1),
        longest=longest,
    )


def _where(row: Any) -> str:
    return (
        cell_text(row["campus"])
        or cell_text(row["place"])
        or cell_text(row["venue"])
        or "a meeting"
    )


def _when(row: Any) -> str:
    return row["date"].strftime("%Y-%m-%d") if pd.notna(row["date"]) else "no date"


# -- warnings: each check is a vectorised step over the whole frame ------------------------------
_RAW_COLUMNS = ["kind", "message", "meeting_ids", "campaign"]


def _first_text(df: pd.DataFrame, columns: list[str], default: pd.Series | str) -> pd.Series:
    """Per row, the first non-blank of ``columns``, else ``default``."""
    out = default if isinstance(default, pd.Series) else pd.Series(default, index=df.index)
    for col in reversed(columns):
        text = cell_texts(df[col])
        out = text.where(text != "", out)
    return out


def _days(df: pd.DataFrame) -> pd.Series:
    return df["date"].dt.strftime("%Y-%m-%d").astype("object").fillna("no date")


def _raw(kind: str | pd.Series, message, ids, campaign, order: np.ndarray) -> pd.DataFrame:
    frame = pd.DataFrame(
        {"kind": kind, "message": message, "meeting_ids": ids, "campaign": campaign},
        columns=_RAW_COLUMNS,
    )
    frame["order"] = order
    return frame


def _leg_warnings(leg_frame: pd.DataFrame, same_day_km: float, next_day_km: float) -> pd.DataFrame:
    """Two meetings far apart on the same day, or on consecutive days."""
    km, days = leg_frame["distance_km"], leg_frame["days"]
    same = (days == 0) & (km > same_day_km)
    flagged = leg_frame[same | ((days == 1) & (km > next_day_km))]
    same = same[flagged.index]
    messages = [
        f"{a} and {b} are on the same day ({d1:%Y-%m-%d}) but {k:,.0f} km apart."
        if s
        else f"{a} ({d1:%Y-%m-%d}) and {b} ({d2:%Y-%m-%d}) are on consecutive days but "
        f"{k:,.0f} km apart."
        for a, b, d1, d2, k, s in zip(
            *(flagged[c].tolist() for c in ("from", "to", "from_date", "to_date", "distance_km")),
            same.tolist(), strict=True,
        )  # lists: iterating pandas' Arrow-backed text columns item by item is slow
    ]  # fmt: skip
    kinds = np.where(same.to_numpy(dtype=bool), "same_day_far", "next_day_far")
    ids = flagged["from_id"].astype(str) + " " + flagged["to_id"].astype(str)
    order = np.full(len(flagged), -1)
    return _raw(kinds, messages, ids.to_numpy(), flagged["campaign"].to_numpy(), order)


def _meeting_warnings(df: pd.DataFrame, names: pd.Series) -> pd.DataFrame:
    """Per meeting, in this order: cancelled, undated, missing details, not located or
    approximate, a time-zone note that disagrees with the place."""
    where = _first_text(df, ["campus", "place", "venue"], "a meeting")
    head = where + " (" + _days(df) + ")"
    ids = df["meeting_id"].astype(str)
    status = df["status"].astype("object")
    pending = (status == "pending").to_numpy()
    pos = np.arange(len(df)) * _PER_MEETING
    cancelled = (status == "cancelled").to_numpy()
    text = head + " is cancelled; it is not on the route."
    parts = [_raw("cancelled", text, ids, names, pos)[cancelled]]
    undated = df["date"].isna().to_numpy()
    why = np.where(pending, "its details are pending", "no date was found")
    text = where + ": the date could not be resolved (" + why + "); it is not on the route."
    parts.append(_raw("undated", text, ids, names, pos + 1)[undated])
    missing = _missing_details(df)
    state = np.where(pending, "pending", "TBA or not given")
    text = head + ": " + missing + " " + state + "."
    parts.append(
        _raw("missing_details", text, ids, names, pos + 2)[(missing != "").to_numpy() & ~cancelled]
    )
    parts.append(_location_warnings(df, head, ids, names, pos + 3))
    conflicts = hint_conflicts(df)
    text = head + ": " + conflicts + "."
    parts.append(_raw("time_zone", text, ids, names, pos + 4)[(conflicts != "").to_numpy()])
    return pd.concat(parts)


_PER_MEETING = 5  # order slots per meeting in the warnings, one per check


def _missing_details(df: pd.DataFrame) -> pd.Series:
    """ "time, room, address" (whichever are missing) per meeting; rallies need no room."""
    blank = {c: (cell_texts(df[c]) == "").to_numpy() for c in ("start_time", "room", "address")}
    flags = np.stack(
        [
            blank["start_time"] | df["time_tba"].fillna(False).to_numpy(dtype=bool),
            blank["room"] & (df["kind"].astype("object") != "rally").to_numpy(),
            blank["address"],
        ]
    )
    code = flags[0] * 1 + flags[1] * 2 + flags[2] * 4
    words = ["time", "room", "address"]
    texts = np.array([", ".join(w for i, w in enumerate(words) if c >> i & 1) for c in range(8)])
    return pd.Series(texts[code], index=df.index, dtype=object)


def _location_warnings(df, head: pd.Series, ids, names, order: np.ndarray) -> pd.DataFrame:
    """Meetings with no coordinates, or located only to a ZIP or city centroid."""
    unlocated = (df["lat"].isna() | df["lon"].isna()).to_numpy()
    precision = df["precision"].astype("object")
    rough = ~unlocated & precision.isin(APPROXIMATE_PRECISIONS).to_numpy()
    query = cell_texts(df["geocode_query"]).replace("", "no query")
    level = precision.where(precision.notna(), "").astype(str).str.replace("_", " ")
    text = pd.Series(
        np.where(
            unlocated,
            head + " could not be located; it is not on the route.",
            head + " is located only to its " + level + " (" + query + "); distances to it "
            "are approximate.",
        ),
        index=df.index,
    )
    kinds = np.where(unlocated, "not_located", "approximate_location")
    return _raw(kinds, text, ids, names, order)[unlocated | rough]


def _duplicate_warnings(df: pd.DataFrame, names: pd.Series) -> pd.DataFrame:
    """Meetings listed more than once: same campaign, place, date and start time."""
    keys = pd.DataFrame(
        {
            "campaign": names,
            "where": campus_label(df).fillna("").astype(str).str.casefold(),
            "date": df["date"].dt.strftime("%Y-%m-%d").astype("object").fillna(""),
            "time": df["start_time"].astype("object").fillna(""),
            "meeting_id": df["meeting_id"],
        }
    )
    subset = ["campaign", "where", "date", "time"]
    keys = keys[keys.duplicated(subset, keep=False)]
    found = [_duplicate(key, group, df) for key, group in keys.groupby(subset, sort=False)]
    return _raw(
        [w.kind for w in found],
        [w.message for w in found],
        [" ".join(w.meeting_ids) for w in found],
        [w.campaign for w in found],
        np.full(len(found), _PER_MEETING * len(df) + 1),
    )


def _warning_rows(
    df: pd.DataFrame, leg_frame: pd.DataFrame | None, same_day_km: float, next_day_km: float
) -> pd.DataFrame:
    """Every warning as a row (kind, message, space-separated meeting_ids, campaign), in order:
    legs, then each meeting's own checks in frame order, then duplicates."""
    if leg_frame is None:
        leg_frame = legs(df)
    names = pd.Series(_campaign_names(df["campaign"]), index=df.index, dtype=object)
    parts = [
        _leg_warnings(leg_frame, same_day_km, next_day_km),
        _meeting_warnings(df, names),
        _duplicate_warnings(df, names),
    ]
    rows = pd.concat([p for p in parts if len(p)] or [parts[0]], ignore_index=True)
    return rows.sort_values("order", kind="stable")[_RAW_COLUMNS].reset_index(drop=True)


def travel_warnings(
    df: pd.DataFrame,
    leg_frame: pd.DataFrame | None = None,
    *,
    same_day_km: float = 100.0,
    next_day_km: float = 1000.0,
) -> list[TourWarning]:
    """Everything an organizer should look at, each warning naming the meetings it is about.

    ``leg_frame`` is :func:`legs` of ``df`` (computed when not given). For a table, use
    :func:`warning_table`, which skips building the objects.
    """
    rows = _warning_rows(df, leg_frame, same_day_km, next_day_km)
    return [
        TourWarning(k, m, ids.split(), str(c))
        for k, m, ids, c in zip(*(rows[col].tolist() for col in _RAW_COLUMNS), strict=True)
    ]


def _duplicate(key: tuple[Hashable, ...], group: pd.DataFrame, df: pd.DataFrame) -> TourWarning:
    campaign, _, date, time = key
    first = df.loc[group.index[0]]
    where = _where(first)
    when = f"{date or 'no date'}{' ' + str(time) if time else ''}"
    lines = ", ".join(str(n) for n in df.loc[group.index, "source_line"] if n)
    # Identical entries share one meeting_id: list each id once, the source lines tell them apart.
    ids = list(dict.fromkeys(str(m) for m in group["meeting_id"]))
    return TourWarning(
        "duplicate",
        f"{where} ({when}) is listed {len(group)} times" + (f" (lines {lines})." if lines else "."),
        ids,
        str(campaign),
    )


WARNING_FRAME_COLUMNS = ["kind", "check", "campaign", "message", "meetings", "meeting_ids"]


def describe_meeting(row: Any) -> str:
    """``campus · date · start`` for one meeting row; blanks fall back, never show "nan"."""
    mid = cell_text(row["meeting_id"])
    label = cell_text(row["campus"]) or cell_text(row["place"]) or cell_text(row["venue"]) or mid
    return f"{label} · {_when(row)} · {cell_text(row['start_time']) or 'time TBA'}"


def describe_meetings(df: pd.DataFrame) -> dict[str, str]:
    """:func:`describe_meeting` of every meeting id in ``df`` (its first row), vectorised."""
    if df is None or not len(df):
        return {}
    first = df.drop_duplicates("meeting_id", keep="first")
    ids = cell_texts(first["meeting_id"])
    label = _first_text(first, ["campus", "place", "venue"], ids)
    start = cell_texts(first["start_time"]).replace("", "time TBA")
    text = label + " · " + _days(first) + " · " + start
    return dict(zip(first["meeting_id"].astype(str), text, strict=True))


def _table(rows: pd.DataFrame, df: pd.DataFrame | None) -> pd.DataFrame:
    described = describe_meetings(df) if df is not None else {}
    meetings = [
        described.get(ids, "")
        if " " not in ids
        else " | ".join(described[m] for m in ids.split() if m in described)
        for ids in rows["meeting_ids"].tolist()
    ]
    out = pd.DataFrame(
        {
            "kind": rows["kind"],
            "check": rows["kind"].str.replace("_", " "),
            "campaign": rows["campaign"],
            "message": rows["message"],
            "meetings": meetings,
            "meeting_ids": rows["meeting_ids"],
        },
        columns=WARNING_FRAME_COLUMNS,
    )
    return out.reset_index(drop=True)


def warnings_frame(items: list[TourWarning], df: pd.DataFrame | None = None) -> pd.DataFrame:
    """Warnings as a table: what the Tour page shows and the CLI prints.

    ``check`` is the kind in words; ``meetings`` describes each meeting the warning names
    (``" | "``-separated, looked up in ``df``; blank without ``df``); ``meeting_ids`` is
    space-separated. Several rows may share a meeting_id (identical entries): each id is
    described once, from its first row.
    """
    rows = pd.DataFrame(
        {
            "kind": pd.Series([w.kind for w in items], dtype=object),
            "message": [w.message for w in items],
            "meeting_ids": [" ".join(w.meeting_ids) for w in items],
            "campaign": [w.campaign for w in items],
        },
        columns=_RAW_COLUMNS,
    )
    return _table(rows, df)


def warning_table(
    df: pd.DataFrame,
    leg_frame: pd.DataFrame | None = None,
    *,
    same_day_km: float = 100.0,
    next_day_km: float = 1000.0,
) -> pd.DataFrame:
    """``warnings_frame(travel_warnings(df, ...), df)`` without the objects in between."""
    return _table(_warning_rows(df, leg_frame, same_day_km, next_day_km), df)


ITINERARY_COLUMNS = [
    "stop",
    "date",
    "start_time",
    "place",
    "venue",
    "room",
    "address",
    "city",
    "state",
    "status",
    "online",
    "km_from_previous",
    "travel_mode",
    "travel_hours",
    "meeting_id",
]


def itinerary(
    df: pd.DataFrame, campaign: str, *, assumptions: TravelAssumptions | None = None
) -> pd.DataFrame:
    """Every meeting of a campaign in tour order, with the leg that leads to it.

    Route stops are numbered; meetings that are not on the route (no date, no location, or
    cancelled) follow in date order with no stop number, so nothing listed is left out of the
    itinerary.
    """
    mine = campaign_rows(df, campaign)
    rows = mine.assign(
        tour_time=mine["start_time"].fillna("99:99"),
        tour_undated=mine["date"].isna(),
    ).sort_values(["tour_undated", "date", "start", "tour_time", "source_line"], kind="stable")
    stop_numbers = dict(zip(*_stop_ids(mine, campaign), strict=True))
    leg_frame = legs(mine, assumptions=assumptions, campaign=campaign).set_index("to_id")
    out = pd.DataFrame(
        {
            "stop": [stop_numbers.get(m) for m in rows["meeting_id"]],
            "date": rows["date"].dt.strftime("%Y-%m-%d"),
            "start_time": rows["start_time"],
            "place": campus_label(rows),
            "venue": rows["venue"],
            "room": rows["room"],
            "address": rows["address"],
            "city": rows["city"],
            "state": rows["state"].astype("object"),
            "status": rows["status"].astype("object"),
            "online": rows["online"].astype(bool),
            "km_from_previous": rows["meeting_id"].map(leg_frame["distance_km"]),
            "travel_mode": rows["meeting_id"].map(leg_frame["mode"]),
            "travel_hours": rows["meeting_id"].map(leg_frame["est_hours"]),
            "meeting_id": rows["meeting_id"],
        },
        columns=ITINERARY_COLUMNS,
    ).reset_index(drop=True)
    out["stop"] = out["stop"].astype("Int64")
    return out


def _stop_ids(df: pd.DataFrame, campaign: str) -> tuple[list[str], list[int]]:
    s = stops(df, campaign)
    return list(s["meeting_id"]), [int(n) for n in s["stop"]]
