"""A visitor's side of the nearest-meeting search: read their query, locate it, label results.

Privacy: nothing here logs, caches or stores the visitor's text or position. ``locate_visitor``
asks the geocoder with ``persist=False``. Pure functions only; the page and the CLI lay them out.
"""

from __future__ import annotations

import math
import re
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd

from eventmap.core.frame import cell_text, local_datetime
from eventmap.errors import QueryError, TooManyLookups
from eventmap.geo.distance import COORDINATES, KM_PER_MILE, check_point
from eventmap.model import Location

MAX_QUERY_CHARS = 200
HELP = "Type a ZIP code, a city (“Ann Arbor, MI”), a campus, an address, or “lat,lon”."
UNITS = ("mi", "km")
_COMPASS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")


@dataclass(frozen=True)
class VisitorQuery:
    text: str  # cleaned: control, format and symbol characters removed, spaces collapsed
    point: tuple[float, float] | None = None  # set when the visitor typed "lat,lon"


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for echoing back in a message."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def clean_text(raw: str) -> str:
    """NFKC-normalise and drop control, bidi/format and symbol (emoji) characters."""
    text = unicodedata.normalize("NFKC", raw)
    kept = (
        " " if unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) == "So" else ch
        for ch in text
    )
    return " ".join("".join(kept).split())


def parse_query(raw: str | None) -> VisitorQuery:
    """Check a visitor's raw text before any geocoder sees it.

    Raises QueryError for empty or whitespace-only text, more than ``MAX_QUERY_CHARS``
    characters, text with no letter or digit (emoji, punctuation), and out-of-range "lat,lon".
    """
    stripped = (raw or "").strip()
    if not stripped:
        raise QueryError(f"Please type where you are. {HELP}")
    if len(stripped) > MAX_QUERY_CHARS:
        raise QueryError(
            f"That is {len(stripped):,} characters long; a place needs at most "
            f"{MAX_QUERY_CHARS}. {HELP}"
        )
    text = clean_text(stripped)
    if not any(unicodedata.category(ch)[0] in "LN" for ch in text):
        raise QueryError(f"That has no letters or digits to search for. {HELP}")
    m = COORDINATES.match(text)
    if m:
        try:
            point = check_point(float(m.group(1)), float(m.group(2)))
        except QueryError as exc:
            raise QueryError(f"Those coordinates can't be right: {exc}. {HELP}") from None
        return VisitorQuery(text, point)
    return VisitorQuery(text)


def locate_visitor(
    query: VisitorQuery, geocoder: Any, before_online: Callable[[], None] | None = None
) -> Location:
    """Where the visitor is, via ``geocoder.lookup(text, persist=False)``.

    Coordinates go through the geocoder too (it adds their time zone without any network call).
    ``before_online`` (e.g. ``LookupBudget.gate(session)``) runs only when the online provider
    would be asked. Raises QueryError when nothing matches or the lookup fails, and its
    TooManyLookups when the budget refuses.
    """
    text = query.text if query.point is None else "{:.6f},{:.6f}".format(*query.point)
    try:
        if before_online is None:
            loc = geocoder.lookup(text, persist=False)
        else:
            loc = geocoder.lookup(text, persist=False, before_online=before_online)
    except QueryError:
        raise
    except Exception as exc:  # any provider fault: the visitor can retry or type coordinates
        raise QueryError(
            f"Looking up “{shorten(query.text)}” failed ({type(exc).__name__}). "
            "Please try again in a moment, or type “lat,lon”."
        ) from exc
    if loc is None and query.point is not None:
        return Location(*query.point, "address", "input", text)
    if loc is None:
        raise QueryError(f"No place found for “{shorten(query.text)}”. {HELP}")
    return loc


# Online lookup budget ------------------------------------------------------------------------------
class LookupBudget:
    """How many online lookups visitors may make: per session, and all together, per window.

    A sliding window of ``window`` seconds: a session may start ``per_session`` online lookups
    in any window, and all sessions together ``total``. Only lookups that would reach the online
    provider are counted (the geocoder calls :meth:`gate` just before asking it), so ZIP codes,
    cities, campuses and coordinates, answered offline, never run out. Thread-safe: one budget
    serves every session of the process. ``clock`` is a test seam.
    """

    def __init__(
        self,
        per_session: int,
        total: int,
        window: float,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_session, self.total, self.window = per_session, total, float(window)
        self._clock = clock
        self._lock = threading.Lock()
        self._all: deque[float] = deque()
        self._sessions: dict[str, deque[float]] = {}

    def take(self, session: str) -> None:
        """Count one online lookup for ``session``, or raise TooManyLookups saying how long to wait."""
        with self._lock:
            now = self._clock()
            mine = self._sessions.setdefault(session, deque())
            for times in (mine, self._all):
                while times and times[0] <= now - self.window:
                    times.popleft()
            if len(mine) >= self.per_session:
                wait = mine[0] + self.window - now
                raise TooManyLookups(_too_many("from you", wait), wait)
            if len(self._all) >= self.total:
                wait = self._all[0] + self.window - now
                raise TooManyLookups(_too_many("on this site right now", wait), wait)
            mine.append(now)
            self._all.append(now)
            if len(self._sessions) > 10_000:  # forget sessions that have been quiet a window
                quiet = [
                    k for k, v in self._sessions.items() if not v or v[-1] <= now - self.window
                ]
                for k in quiet:
                    del self._sessions[k]

    def gate(self, session: str) -> Callable[[], None]:
        """What to pass as ``before_online``: takes one lookup for ``session`` when called."""
        return lambda: self.take(session)


def _too_many(who: str, wait: float) -> str:
    seconds = max(1, math.ceil(wait))
    return (
        f"Too many searches {who}: please try again in {seconds} s. "
        "ZIP codes, cities, campus names and “lat,lon” still work straight away."
    )


_ORIGIN_PRECISION = {
    "postal_code": "the centre of that ZIP code",
    "city": "the city centre",
    "campus": "the campus",
}


def origin_label(loc: Location) -> str:
    """What the visitor's text was taken to mean, e.g. "Ann Arbor, MI, US (the centre of that
    ZIP code, so distances are approximate)"."""
    place = ", ".join(p for p in (loc.city, loc.state, loc.country) if p)
    place = place or f"{loc.lat:.4f}, {loc.lon:.4f}"
    how = _ORIGIN_PRECISION.get(loc.precision)
    if how and loc.approximate:
        return f"{place} ({how}, so distances are approximate)"
    return f"{place} ({how})" if how else place


# Display helpers -------------------------------------------------------------------------------
def directions_url(from_lat: float, from_lon: float, to_lat: float, to_lon: float) -> str:
    """OpenStreetMap car directions from the visitor's point to a venue."""
    a = check_point(from_lat, from_lon)
    b = check_point(to_lat, to_lon)
    route = f"{a[0]:.5f},{a[1]:.5f};{b[0]:.5f},{b[1]:.5f}"
    return "https://www.openstreetmap.org/directions?engine=fossgis_osrm_car&route=" + quote(
        route, safe=".-"
    )


def default_units(country: str | None = None, locale: str | None = None) -> str:
    """ "mi" for a US place or a US browser locale, else "km"; the place wins over the locale."""
    if country:
        return "mi" if country.strip().upper() in {"US", "USA", "UNITED STATES"} else "km"
    if locale:
        return "mi" if locale.replace("_", "-").upper().endswith("-US") else "km"
    return "mi"  # the bundled listings are all in the US


def to_units(km: float, units: str) -> float:
    return km / KM_PER_MILE if units == "mi" else km


def from_units(value: float, units: str) -> float:
    """A distance typed in ``units`` as km."""
    return value * KM_PER_MILE if units == "mi" else value


def format_distance(km: float, units: str) -> str:
    value = to_units(km, units)
    return f"{value:,.1f} {units}" if value < 100 else f"{value:,.0f} {units}"


def compass(bearing: float) -> str:
    """Eight-point compass direction for a bearing in degrees."""
    return _COMPASS[int(((bearing % 360) + 22.5) // 45) % 8]


def _clock(dt: datetime) -> str:
    return f"{dt.hour % 12 or 12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def _date_text(value: Any) -> str | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date().isoformat()


def local_start(row: pd.Series | dict) -> datetime | None:
    """The meeting's start as an aware datetime in its own time zone, if known."""
    return local_datetime(_date_text(row.get("date")), row.get("start_time"), row.get("timezone"))


def when_label(row: pd.Series | dict) -> str:
    """e.g. "Mon, Apr 8, 2019 · 7:00 PM PDT", "Wed, Apr 17, 2019 · time TBA", "date not yet set"."""
    day = _date_text(row.get("date"))
    if day is None:
        return "date not yet set (details coming soon)"
    d = pd.Timestamp(day)
    day_text = f"{d:%a, %b} {d.day}, {d.year}"
    start = local_start(row)
    if start is not None:
        return f"{day_text} · {_clock(start)} {start.tzname()}"
    if row.get("time_tba") or not row.get("start_time"):
        return f"{day_text} · time TBA"
    return f"{day_text} · {row.get('start_time')} (local time)"


def visitor_time_label(row: pd.Series | dict, visitor_tz: str | None) -> str | None:
    """The start in the visitor's own zone, e.g. "4:00 PM PDT your time", when it differs."""
    start = local_start(row)
    if start is None or not visitor_tz:
        return None
    try:
        zone = ZoneInfo(visitor_tz)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    theirs = start.astimezone(zone)
    if theirs.utcoffset() == start.utcoffset():
        return None
    day = "" if theirs.date() == start.date() else f"{theirs:%a} "
    return f"{day}{_clock(theirs)} {theirs.tzname()} your time"


def _text(value: Any) -> str | None:
    return cell_text(value) or None


def place_label(row: pd.Series | dict) -> str:
    """The campus, else the place heading, else the city: the result's title."""
    for name in ("campus", "place", "city"):
        if text := _text(row.get(name)):
            return text
    return "Meeting"


def venue_label(row: pd.Series | dict) -> str:
    """Venue and room, e.g. "Weiser Hall, Room 182", or "location to be announced"."""
    parts = [t for t in (_text(row.get("venue")), _text(row.get("room"))) if t]
    return ", ".join(parts) or "location to be announced"


def where_label(row: pd.Series | dict) -> str:
    """Campus, venue and room in one line."""
    return f"{place_label(row)}, {venue_label(row)}"


def ics_filename(row: pd.Series | dict) -> str:
    """A safe download name: ``meeting-<date>-<campus-slug>.ics`` (ASCII letters, digits, -)."""
    name = str(row.get("campus") or row.get("place") or row.get("city") or "meeting")
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    day = _date_text(row.get("date")) or "undated"
    return f"meeting-{day}-{slug or 'event'}.ics"
