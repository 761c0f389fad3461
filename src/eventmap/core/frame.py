"""Meetings (plus their locations) -> the one typed DataFrame the app, CLI and exports read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pandas as pd

from eventmap.core.tzhint import meeting_zone
from eventmap.model import Location, Meeting, meeting_ids

COLUMNS: list[str] = [
    "meeting_id",
    "campaign",
    "campaign_shape",  # tour | local | series | single (eventmap.core.shapes)
    "campaign_shape_reason",  # why, in words (or that an organizer set it)
    "kind",
    "status",
    "title",
    "speaker",
    "place",
    "campus",
    "venue",
    "room",
    "address",
    "city",
    "state",
    "postal_code",
    "country",
    "date",
    "end_date",  # ISO text, the last day of a meeting over several days
    "start_time",
    "end_time",
    "time_tba",
    "online",
    "timezone",  # the located place's zone; for a meeting not located, its tz_hint's
    "tz_hint",  # the time zone as the page wrote it ("EST", "GMT+1")
    "start",  # UTC instant, datetime64[ns, UTC]; NaT unless date, time and time zone are known
    "end",
    "start_local",  # ISO 8601 with UTC offset, e.g. 2019-04-08T19:00:00-07:00
    "lat",
    "lon",
    "precision",
    "geocode_source",
    "geocode_query",
    "links",  # space-separated URLs
    "source_line",
]
CATEGORY_COLUMNS = ["campaign", "campaign_shape", "kind", "status", "state", "precision"]
TEXT_COLUMNS = [
    c
    for c in COLUMNS
    if c not in {"date", "time_tba", "online", "start", "end", "lat", "lon", "source_line"}
    and c not in CATEGORY_COLUMNS
]

# Human-readable names for tables.
LABELS: dict[str, str] = {
    "meeting_id": "ID",
    "campaign": "Campaign",
    "campaign_shape": "Shape",
    "campaign_shape_reason": "Why this shape",
    "kind": "Kind",
    "status": "Status",
    "title": "Talk",
    "speaker": "Speaker",
    "place": "Place",
    "campus": "Campus",
    "venue": "Venue",
    "room": "Room",
    "address": "Address",
    "city": "City",
    "state": "State",
    "postal_code": "ZIP",
    "country": "Country",
    "date": "Date",
    "start_time": "Start",
    "end_time": "End",
    "time_tba": "Time TBA",
    "end_date": "Last day",
    "online": "Online",
    "tz_hint": "Time zone as written",
    "timezone": "Time zone",
    "start": "Start (UTC)",
    "end": "End (UTC)",
    "start_local": "Local start",
    "lat": "Latitude",
    "lon": "Longitude",
    "precision": "Located to",
    "geocode_source": "Location source",
    "geocode_query": "Location query",
    "links": "Links",
    "source_line": "Line",
}

# How a meeting's ``status`` reads on every page, table, chart and preview.
STATUS_LABELS: dict[str, str] = {
    "scheduled": "Scheduled",
    "tba": "Time/place TBA",
    "pending": "Pending (no date)",
    "cancelled": "CANCELLED",
    "postponed": "POSTPONED",
}


def status_labels(status: pd.Series) -> pd.Series:
    """A status column as people read it (``STATUS_LABELS``); an unknown value stays as it is."""
    return status.astype("object").map(lambda s: STATUS_LABELS.get(s, s))


def is_missing(value: Any) -> bool:
    """True for None and for the frame's missing markers (NaN, NA, NaT); never for a list."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # array-likes have no single truth value: not missing
        return False


def cell_text(value: Any, missing: str = "") -> str:
    """A frame cell as stripped text; ``missing`` when the cell is missing (never "nan")."""
    if is_missing(value):
        return missing
    return str(value).strip()


def cell_texts(values: pd.Series) -> pd.Series:
    """:func:`cell_text` over a column: stripped text, ``""`` where the cell is missing."""
    values = values.astype("object")
    return values.where(values.notna(), "").astype(str).str.strip()


def local_datetime(date: str | None, time: str | None, tz: str | None) -> datetime | None:
    """A timezone-aware datetime for a meeting's date and HH:MM time, or None if any is unknown."""
    if not (date and time and tz):
        return None
    try:
        return datetime.fromisoformat(f"{date}T{time}").replace(tzinfo=ZoneInfo(tz))
    except (ValueError, KeyError):
        return None


def empty_frame() -> pd.DataFrame:
    return to_frame([])


def to_frame(
    meetings: Sequence[Meeting], locations: Sequence[Location | None] | None = None
) -> pd.DataFrame:
    """Build the typed DataFrame: one row per meeting, columns in ``COLUMNS`` order, each
    campaign's shape inferred (:func:`eventmap.core.shapes.with_shapes`)."""
    if locations is None:
        locations = [None] * len(meetings)
    if len(locations) != len(meetings):
        raise ValueError("locations must match meetings one to one")
    rows = []
    # Ids follow the meetings, not their order on the page (see model.meeting_ids).
    for m, loc, mid in zip(meetings, locations, meeting_ids(meetings), strict=True):
        # The place's zone; else the one the page wrote after the time (core.tzhint).
        tz = meeting_zone(loc.timezone if loc else None, m.tz_hint, m.date, m.start_time).zone
        start = local_datetime(m.date, m.start_time, tz)
        end = local_datetime(m.date, m.end_time, tz)
        rows.append(
            {
                "meeting_id": mid,
                "campaign": m.campaign,
                "kind": m.kind,
                "status": m.status,
                "title": m.title,
                "speaker": m.speaker,
                "place": m.place,
                "campus": m.campus,
                "venue": m.venue,
                "room": m.room,
                "address": m.address,
                "city": m.city or (loc.city if loc else None),
                "state": m.state or (loc.state if loc else None),
                "postal_code": m.postal_code,
                "country": m.country or (loc.country if loc else None),
                "date": m.date,
                "start_time": m.start_time,
                "end_time": m.end_time,
                "end_date": m.end_date,
                "time_tba": bool(m.time_tba),
                "online": bool(m.online),
                "timezone": tz,
                "tz_hint": m.tz_hint,
                "start": start,
                "end": end,
                "start_local": start.isoformat() if start else None,
                "lat": loc.lat if loc else None,
                "lon": loc.lon if loc else None,
                "precision": loc.precision if loc else None,
                "geocode_source": loc.source if loc else None,
                "geocode_query": loc.query if loc else None,
                "links": " ".join(m.links),
                "source_line": m.source_line,
            }
        )
    df = coerce(pd.DataFrame(rows, columns=COLUMNS))
    # Imported here: shapes reads legs from core.tour, which imports this module.
    from eventmap.core.shapes import with_shapes

    return coerce(with_shapes(df))


def coerce(df: pd.DataFrame) -> pd.DataFrame:
    """Give a frame with the ``COLUMNS`` the canonical dtypes (also used after reading back)."""
    df = df.reindex(columns=COLUMNS).copy()
    df["date"] = pd.to_datetime(df["date"], errors="coerce").astype("datetime64[ns]")
    for col in ("start", "end"):
        df[col] = pd.to_datetime(df[col], errors="coerce", utc=True).astype("datetime64[ns, UTC]")
    for col in ("lat", "lon"):
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
    for col in ("time_tba", "online"):
        # Through object: a column that came back all-missing is float64, which pandas won't fill
        # with a bool.
        df[col] = df[col].astype(object).where(df[col].notna(), False).astype(bool)
    df["source_line"] = pd.to_numeric(df["source_line"], errors="coerce").fillna(0).astype("int64")
    for col in TEXT_COLUMNS:
        df[col] = df[col].astype("object").where(df[col].notna(), None)
    for col in CATEGORY_COLUMNS:
        df[col] = df[col].astype("category")
    return df.reset_index(drop=True)
