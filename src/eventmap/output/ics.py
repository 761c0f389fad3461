"""The meetings DataFrame -> an iCalendar (RFC 5545) file.

One VEVENT per meeting with a date. Meetings with a known time become timed events in their
own time zone (TZID plus a VTIMEZONE, so every client resolves it); meetings whose time is to
be announced become all-day events, marked "(time TBA)" in SUMMARY and DESCRIPTION. Meetings
without a date can't be put in a calendar: ``undated(frame)`` returns them so callers can say
which were left out.

All text goes through ``_clean`` (no CR, LF or other control characters survive as such) and is
then escaped by icalendar's ``vText``, so hostile listing text can't add properties or events.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pandas as pd

if TYPE_CHECKING:  # icalendar is imported where a calendar is written
    from icalendar import Calendar, Event

from eventmap.core.frame import cell_text

DEFAULT_DURATION = timedelta(hours=2)
PRODID = "-//eventmap//eventmap export//EN"
UID_DOMAIN = "eventmap"

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f\"<>\\]+$", re.IGNORECASE)
_STATUS = {
    "scheduled": "CONFIRMED",
    "tba": "TENTATIVE",
    "pending": "TENTATIVE",
    "postponed": "TENTATIVE",
    "cancelled": "CANCELLED",
}


def _clean(value: Any) -> str:
    """Text safe to hand to vText: newlines normalised to LF (escaped later), controls dropped."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text).strip()


def _one_line(value: Any) -> str:
    return " ".join(_clean(value).split())


def _dated(frame: pd.DataFrame) -> pd.Series:
    return frame["date"].notna()


def undated(frame: pd.DataFrame) -> pd.DataFrame:
    """The meetings ``to_ics`` leaves out because they have no date."""
    return frame[~_dated(frame)]


def is_tba(row: Mapping[str, Any]) -> bool:
    """True when a dated meeting has no usable start time (shown as an all-day event)."""
    if bool(row.get("time_tba")) or not cell_text(row.get("start_time")):
        return True
    try:
        datetime.strptime(cell_text(row.get("start_time"))[:5], "%H:%M")
    except ValueError:
        return True
    return False


def event_summary(row: Mapping[str, Any]) -> str:
    where = _one_line(
        cell_text(row.get("campus")) or cell_text(row.get("place")) or cell_text(row.get("city"))
    )
    what = _one_line(cell_text(row.get("title")) or cell_text(row.get("campaign"))) or "Meeting"
    if cell_text(row.get("kind")) and cell_text(row.get("kind")) != "meeting":
        what = f"{_one_line(cell_text(row.get('kind'))).capitalize()}: {what}"
    summary = f"{what} — {where}" if where else what
    status = cell_text(row.get("status"))
    if status in ("cancelled", "postponed"):
        summary = f"{status.upper()}: {summary}"
    if bool(row.get("online")):
        summary += " (online)"
    if is_tba(row):
        summary += " (time TBA)"
    return summary


def event_location(row: Mapping[str, Any]) -> str:
    """The place in words; for a meeting held online, its link too (alone when it has no place)."""
    place = _place(row)
    link = first_link(row) if bool(row.get("online")) else None
    if not bool(row.get("online")):
        return place
    online = f"Online: {link}" if link else "Online"
    return f"{place}; {online}" if place else online


def _place(row: Mapping[str, Any]) -> str:
    parts: list[str] = []
    for name in ("venue", "room", "address"):
        text = _one_line(cell_text(row.get(name)))
        if text and text not in parts:
            parts.append(text)
    if not parts:
        for name in ("campus", "place", "city"):
            text = _one_line(cell_text(row.get(name)))
            if text:
                parts.append(text)
                break
    return ", ".join(parts)


def first_link(row: Mapping[str, Any]) -> str | None:
    for link in cell_text(row.get("links")).split():
        if _URL.match(link):
            return link
    return None


def _description(row: Mapping[str, Any], tz_known: bool) -> str:
    lines: list[str] = []
    if is_tba(row):
        lines.append("Time TBA: shown as an all-day event until the time is announced.")
    elif not tz_known:
        lines.append("Time zone unknown: the time is local to the meeting place.")
    for label, name in (
        ("Campaign", "campaign"),
        ("Talk", "title"),
        ("Speaker", "speaker"),
        ("Campus", "campus"),
        ("Place", "place"),
        ("Status", "status"),
    ):
        text = _one_line(cell_text(row.get(name)))
        if text:
            lines.append(f"{label}: {text}")
    precision = cell_text(row.get("precision"))
    if precision in ("postal_code", "city"):
        lines.append(f"Map position is approximate (located to {precision.replace('_', ' ')}).")
    links = [link for link in cell_text(row.get("links")).split() if _URL.match(link)]
    if links:
        lines.append("Links: " + " ".join(links))
    return "\n".join(lines)


def _zone(name: str) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return None


def _start(day: date, hhmm: str, zone: ZoneInfo | None) -> datetime | None:
    """The meeting's local start; floating (no zone) when the zone is unknown, None if no time."""
    try:
        naive = datetime.fromisoformat(f"{day.isoformat()}T{hhmm}")
    except ValueError:
        return None
    return naive.replace(tzinfo=zone) if zone else naive


def _stamp(meta: Mapping[str, Any] | None) -> datetime:
    raw = (meta or {}).get("generated_at")
    if raw:
        try:
            stamp = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
            return stamp.astimezone(UTC) if stamp.tzinfo else stamp.replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.now(UTC).replace(microsecond=0)


def _event(row: Mapping[str, Any], stamp: datetime) -> Event:
    from icalendar import Event, vGeo, vText, vUri

    ev = Event()
    ev.add("uid", f"{_one_line(cell_text(row.get('meeting_id'))) or 'meeting'}@{UID_DOMAIN}")
    ev.add("dtstamp", stamp)
    day: date = pd.Timestamp(row["date"]).date()
    tz_name = cell_text(row.get("timezone"))
    zone = _zone(tz_name)
    start = None if is_tba(row) else _start(day, cell_text(row.get("start_time")), zone)
    if start is None:
        ev.add("dtstart", day)
        ev.add("dtend", day + timedelta(days=1))
        ev.add("transp", "TRANSPARENT")
    else:
        end = (
            _start(day, cell_text(row.get("end_time")), zone)
            if cell_text(row.get("end_time"))
            else None
        )
        if end is None or end <= start:
            end = start + DEFAULT_DURATION
        ev.add("dtstart", start)
        ev.add("dtend", end)
    ev.add("summary", vText(_clean(event_summary(row))))
    location = event_location(row)
    if location:
        ev.add("location", vText(_clean(location)))
    lat, lon = row.get("lat"), row.get("lon")
    if lat is not None and lon is not None and pd.notna(lat) and pd.notna(lon):
        ev.add("geo", vGeo((float(lat), float(lon))))
    link = first_link(row)
    if link:
        ev.add("url", vUri(link))
    ev.add("description", vText(_clean(_description(row, zone is not None))))
    status = _STATUS.get(cell_text(row.get("status")))
    if status:
        ev.add("status", status)
    if cell_text(row.get("precision")):
        ev.add("x-eventmap-precision", vText(_one_line(cell_text(row.get("precision")))))
    return ev


def _add_meta(cal: Calendar, meta: Mapping[str, Any]) -> None:
    from icalendar import vText

    if meta.get("generated_at"):
        cal.add("x-eventmap-generated", vText(_one_line(meta["generated_at"])))
    if meta.get("generator"):
        cal.add("x-eventmap-generator", vText(_one_line(meta["generator"])))
    cal.add("x-eventmap-filters", vText(_clean(json.dumps(meta.get("filters") or {}))))
    for source in meta.get("sources") or []:
        # One property per listing version: compact JSON (name, version, imported_at, sha256).
        cal.add("x-eventmap-source", vText(_clean(json.dumps(source, default=str))))
    if "rows" in meta:
        cal.add("x-eventmap-rows", vText(str(int(meta["rows"]))))


def to_ics(frame: pd.DataFrame, *, meta: dict | None = None, calname: str | None = None) -> bytes:
    """An iCalendar file with one VEVENT per dated meeting of ``frame``.

    ``meta`` is the provenance dict (``export.provenance``): its ``generated_at`` is used as
    DTSTAMP and everything goes into X-EVENTMAP-* properties of the calendar.
    """
    from icalendar import Calendar, vText

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if calname:
        cal.add("x-wr-calname", vText(_one_line(calname)))
    meta = dict(meta or {})
    stamp = _stamp(meta)
    dated = frame[_dated(frame)]
    meta.setdefault("rows", len(dated))
    _add_meta(cal, meta)
    for row in dated.to_dict("records"):
        cal.add_component(_event(row, stamp))
    if len(dated):
        days = dated["date"]
        cal.add_missing_timezones(
            first_date=(days.min() - pd.Timedelta(days=400)).date(),
            last_date=(days.max() + pd.Timedelta(days=400)).date(),
        )
    return cal.to_ical()
