"""The headline figures of a set of meetings: what the home page shows above its map and the CLI
prints above its campaign list, computed in this one place.

"Tour distance" sums the legs of the campaigns that are tours (see :mod:`eventmap.core.shapes`)
only: meetings held by local groups are not travelled between.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

import pandas as pd

from eventmap.core.filters import campus_label
from eventmap.core.shapes import tour_rows
from eventmap.core.tour import total_distance_km


@dataclass(frozen=True)
class Figures:
    """Counts, the date span, the tour distance and whether the meetings are past."""

    meetings: int
    pending: int  # no date yet
    unlocated: int
    campuses: int
    states: int
    first: date | None
    last: date | None
    tour_km: float
    tours: int  # campaigns counted in tour_km
    not_tours: int  # campaigns with meetings shown that are not tours (no distance)
    past: int  # dated meetings before ``today``
    upcoming: int  # dated meetings on or after ``today``
    today: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1 if self.first and self.last else 0

    @property
    def all_past(self) -> bool:
        """Every dated meeting shown took place before today (and there is at least one)."""
        return self.past > 0 and self.upcoming == 0

    def date_span(self) -> str:
        """'11 Mar – 18 Apr 2019'; in one month '14–15 Jan 2027'; over two years 'Dec 2026 – Feb
        2027' (the days would not fit the dashboard's figure: the exact dates are its help); or
        'none'."""
        lo, hi = self.first, self.last
        if lo is None or hi is None:
            return "none"
        if lo == hi:
            return f"{lo.day} {lo:%b %Y}"
        if (lo.year, lo.month) == (hi.year, hi.month):
            return f"{lo.day}–{hi.day} {hi:%b %Y}"  # "14–15 Jan 2027"
        if lo.year == hi.year:
            return f"{lo.day} {lo:%b} – {hi.day} {hi:%b %Y}"
        return f"{lo:%b %Y} – {hi:%b %Y}"

    def timing(self) -> str:
        """'Past meetings · latest 18 Apr 2019', 'Upcoming meetings · next …', or a mix."""
        if self.first is None or self.last is None:
            return "No dated meetings"
        if self.all_past:
            return f"Past meetings · latest {self.last.day} {self.last:%b %Y}"
        if self.past == 0:
            return f"Upcoming meetings · from {self.first.day} {self.first:%b %Y}"
        return f"{self.upcoming:,} upcoming and {self.past:,} past meetings"

    def tour_note(self) -> str:
        """How many tours the tour distance counts, and what it leaves out."""
        counted = f"{self.tours} tour{'' if self.tours == 1 else 's'}"
        if not self.not_tours:
            return f"Tour distance counts {counted}."
        one = self.not_tours == 1
        others = f"{self.not_tours} other campaign{'' if one else 's'}"
        return (
            f"Tour distance counts {counted}; {others} (local groups, series or single "
            f"meetings) {'has' if one else 'have'} no route."
        )

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("first", "last", "today"):
            out[key] = out[key].isoformat() if out[key] else None
        out["days"] = self.days
        out["date_span"] = self.date_span()
        out["timing"] = self.timing()
        out["tour_note"] = self.tour_note()
        return out


def _campaign_count(df: pd.DataFrame) -> int:
    """Distinct campaigns (meetings without one count as one more, as :func:`campaign_name`)."""
    values = df["campaign"]
    return int(values.nunique(dropna=True)) + int(values.isna().any())


def past_and_upcoming(df: pd.DataFrame, today: date | None = None) -> tuple[int, int]:
    """How many dated meetings are before ``today``, and how many on or after it."""
    dates = df["date"].dropna()
    day = pd.Timestamp(today or date.today())
    past = int((dates < day).sum())
    return past, len(dates) - past


def headline(df: pd.DataFrame, today: date | None = None) -> Figures:
    """The figures of the meetings in ``df`` (any filtered view of the frame)."""
    today = today or date.today()
    located = df["lat"].notna() & df["lon"].notna()
    dates = df["date"].dropna()
    tours = tour_rows(df)
    past, upcoming = past_and_upcoming(df, today)
    n_tours = _campaign_count(tours)
    return Figures(
        meetings=len(df),
        pending=int((df["status"].astype("object") == "pending").sum()),
        unlocated=int((~located).sum()),
        campuses=int(campus_label(df).nunique()),
        states=int(df["state"].dropna().nunique()),
        first=dates.min().date() if len(dates) else None,
        last=dates.max().date() if len(dates) else None,
        tour_km=total_distance_km(tours) if len(tours) else 0.0,
        tours=n_tours,
        not_tours=_campaign_count(df) - n_tours,
        past=past,
        upcoming=upcoming,
        today=today,
    )


def upcoming_only(df: pd.DataFrame, today: date | None = None) -> pd.DataFrame:
    """Meetings on or after ``today``, plus the undated ones (not yet announced)."""
    day = pd.Timestamp(today or date.today())
    return df[df["date"].isna() | (df["date"] >= day)]
