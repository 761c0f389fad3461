"""Filters over the meetings DataFrame: pure, shared by the pages and the CLI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from eventmap.model import STATUSES

# How a meeting is attended: "online" (held online, maybe besides a place) or "in-person".
ATTENDANCE = ("online", "in-person")


@dataclass
class Filters:
    campaigns: list[str] = field(default_factory=list)
    campuses: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    attendance: list[str] = field(default_factory=list)  # of ATTENDANCE; empty: both
    date_from: date | None = None
    date_to: date | None = None

    def is_empty(self) -> bool:
        return not (
            self.campaigns
            or self.campuses
            or self.states
            or self.statuses
            or self.attendance
            or self.date_from
            or self.date_to
        )

    def describe(self) -> dict[str, object]:
        """The active filters as plain JSON-able values, under the names the URL uses."""
        return dict(to_query_params(self))


def campus_label(df: pd.DataFrame) -> pd.Series:
    """The campus a meeting is at, falling back to its place heading."""
    return df["campus"].where(df["campus"].notna(), df["place"]).astype("object")


def apply_filters(df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """Rows of ``df`` that pass every active filter.

    A date range keeps undated (pending) meetings only when no date filter is set: a meeting
    with no date cannot be said to fall in a range.
    """
    mask = pd.Series(True, index=df.index)
    if f.campaigns:
        mask &= df["campaign"].astype("object").isin(f.campaigns)
    if f.campuses:
        mask &= campus_label(df).isin(f.campuses)
    if f.states:
        mask &= df["state"].astype("object").isin(f.states)
    if f.statuses:
        mask &= df["status"].astype("object").isin(f.statuses)
    if f.attendance and set(f.attendance) != set(ATTENDANCE):
        online = df["online"].fillna(False).astype(bool)
        mask &= online if "online" in f.attendance else ~online
    if f.date_from:
        mask &= df["date"] >= pd.Timestamp(f.date_from)
    if f.date_to:
        mask &= df["date"] <= pd.Timestamp(f.date_to)
    return df[mask]


# URL state -----------------------------------------------------------------------------------
_LIST_PARAMS = {
    "campaign": "campaigns",
    "campus": "campuses",
    "state": "states",
    "status": "statuses",
    "attendance": "attendance",
}


def to_query_params(f: Filters) -> dict[str, list[str] | str]:
    """Filters as URL query parameters (repeated keys for lists)."""
    params: dict[str, list[str] | str] = {}
    for key, attr in _LIST_PARAMS.items():
        if getattr(f, attr):
            params[key] = list(getattr(f, attr))
    if f.date_from:
        params["from"] = f.date_from.isoformat()
    if f.date_to:
        params["to"] = f.date_to.isoformat()
    return params


def from_query_params(
    params: Mapping[str, list[str]], df: pd.DataFrame
) -> tuple[Filters, list[str]]:
    """Read filters from URL parameters, dropping values that name nothing in ``df``.

    Returns the filters and one note per ignored value, to show the user.
    """
    known = {
        "campaigns": set(df["campaign"].dropna().astype(str)),
        "campuses": set(campus_label(df).dropna().astype(str)),
        "states": set(df["state"].dropna().astype(str)),
        "statuses": set(STATUSES),
        "attendance": set(ATTENDANCE),
    }
    f = Filters()
    notes: list[str] = []
    for key, attr in _LIST_PARAMS.items():
        for value in params.get(key, []):
            if value in known[attr]:
                getattr(f, attr).append(value)
            else:
                notes.append(
                    f"Ignored {key} “{value[:80]}” from the link: no such {key} in the data."
                )
    for key, attr in (("from", "date_from"), ("to", "date_to")):
        values = params.get(key, [])
        if not values:
            continue
        try:
            setattr(f, attr, date.fromisoformat(values[-1]))
        except ValueError:
            notes.append(
                f"Ignored {key} “{values[-1][:40]}” from the link: not a date (use YYYY-MM-DD)."
            )
    return f, notes
