"""Reading iCalendar files (``.ics``): a calendar's events as ``StructuredEvent``.

Groups publish their diaries as calendar feeds as often as pages (a shared Google or Nextcloud
calendar, an events plugin's "export .ics"). The file is parsed by ``icalendar`` and its
repeating events (``RRULE``, ``RDATE``, ``EXDATE``, an occurrence edited on its own) are laid
out by ``recurring_ical_events``, which also reads a calendar's ``X-WR-TIMEZONE`` the way
calendar programs do. Only what is upcoming is read: from the page's date for ``_DAYS`` days, at
most ``_MAX_OCCURRENCES`` occurrences, so an endless or minutely rule costs no more than a
year's list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from eventmap.ingest.structured import Stamp, StructuredEvent, text_value

if TYPE_CHECKING:
    import icalendar

ICAL = "iCalendar"
_DAYS = 366
_MAX_OCCURRENCES = 2000
_STATUS = {"CANCELLED": "cancelled"}
_HEAD = re.compile(r"^[\ufeff\s]*+BEGIN:VCALENDAR\b", re.IGNORECASE)
_VEVENT = re.compile(r"^BEGIN:VEVENT\s*$", re.IGNORECASE | re.MULTILINE)
_UID = re.compile(r"^UID[;:][^\r\n]*", re.IGNORECASE | re.MULTILINE)
_ONLINE_HOSTS = ("zoom.us", "meet.google", "teams.microsoft", "webex", "jit.si", "whereby")


def looks_like_ical(text: str) -> bool:
    """True when the text is an iCalendar file (it opens with ``BEGIN:VCALENDAR``)."""
    return _HEAD.match(text[:200]) is not None


@dataclass
class IcalPage:
    """What a calendar file gives: its events, its own name and description, notes on reading."""

    events: list[StructuredEvent] = field(default_factory=list)
    name: str | None = None
    description: str | None = None
    notes: list[tuple[int, str]] = field(default_factory=list)


def _uid_lines(text: str) -> dict[str, int]:
    """The line each event's UID is stated on (icalendar keeps no positions)."""
    out: dict[str, int] = {}
    line, at = 1, 0
    for m in _UID.finditer(text):
        line += text.count("\n", at, m.start())
        at = m.start()
        uid = m.group(0).split(":", 1)[-1].strip()
        out.setdefault(uid, line)
    return out


def _stamp(value: object) -> Stamp | None:
    if isinstance(value, datetime):
        hhmm = f"{value.hour:02d}:{value.minute:02d}"
        tz = value.tzinfo
        if tz is None:
            return Stamp(value.date(), hhmm)  # "floating": the clock time wherever it is held
        key = getattr(tz, "key", None) or getattr(tz, "zone", None)
        if value.utcoffset() == timedelta(0) and key in (None, "UTC", "Etc/UTC"):
            return Stamp(value.date(), hhmm, "UTC", utc=True)
        if key:
            return Stamp(value.date(), hhmm, key)
        offset = value.utcoffset() or timedelta(0)
        sign = "-" if offset < timedelta(0) else "+"
        minutes = abs(int(offset.total_seconds())) // 60
        return Stamp(value.date(), hhmm, f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}")
    if isinstance(value, date):
        return Stamp(value)
    return None


def _decoded(component: icalendar.Component, name: str) -> object:
    try:
        return getattr(component.get(name), "dt", None)
    except (ValueError, TypeError, AttributeError):  # a broken value ("DTSTART:notadate")
        return None


def _in_zone(value: object, zone: str | None) -> object:
    """A single event's time read as calendar programs read it under the calendar's
    ``X-WR-TIMEZONE``: a UTC time shown in that zone, a floating time taken as that zone's."""
    if zone is None or not isinstance(value, datetime):
        return value
    try:
        tz = ZoneInfo(zone)
    except (ValueError, KeyError, OSError):
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=tz)
    if value.utcoffset() == timedelta(0):
        return value.astimezone(tz)
    return value


def _event(
    component: icalendar.Component, line: int, series: str | None, zone: str | None = None
) -> StructuredEvent | None:
    start = _stamp(_in_zone(_decoded(component, "DTSTART"), zone))
    if start is None:
        return None
    end = _stamp(_in_zone(_decoded(component, "DTEND"), zone))
    if end is not None and end.time is None and end.day > start.day:
        end = Stamp(end.day - timedelta(days=1))  # an all-day event's end is the day after it
    if end is not None and end.day < start.day:
        end = None
    location = text_value(str(component.get("LOCATION") or ""))
    url = str(component.get("URL") or "") or None
    online = bool(component.get("CONFERENCE")) or bool(component.get("X-GOOGLE-CONFERENCE"))
    if location and location.startswith(("http://", "https://")):
        # a meeting service's link is where to join; another address (a map) is no place
        online = online or any(host in location for host in _ONLINE_HOSTS)
        url = url or location
        location = None
    return StructuredEvent(
        origin=ICAL,
        line=line,
        start=start,
        end=end,
        name=text_value(str(component.get("SUMMARY") or "")),
        status=_STATUS.get(str(component.get("STATUS") or "").upper(), "scheduled"),
        online=online,
        location=location,
        url=url if url and url.startswith(("http://", "https://")) else None,
        series=series,
    )


def _end_day(component: icalendar.Component) -> date | None:
    stamp = _stamp(_decoded(component, "DTEND")) or _stamp(_decoded(component, "DTSTART"))
    if stamp is None:
        return None
    if stamp.time is None and component.get("DTEND") is not None:
        return stamp.day - timedelta(days=1)  # an all-day event's end is the day after it
    return stamp.day


def _drop_past(calendar: icalendar.Calendar, since: date) -> int:
    """Take the events that ended before ``since`` and never repeat out of the calendar, before
    it is searched (the search asks every event, so a diary's years of past events would cost
    as much as its coming ones); how many were taken."""
    kept, past = [], 0
    for c in calendar.subcomponents:
        if (
            getattr(c, "name", "") == "VEVENT"
            and not c.get("RRULE")
            and not c.get("RDATE")
            and not c.get("RECURRENCE-ID")
            and (end := _end_day(c)) is not None
            and end < since
        ):
            past += 1
        else:
            kept.append(c)
    calendar.subcomponents[:] = kept
    return past


class _NoSeries(Exception):
    """The calendar has no repeating event: nothing for the search to lay out."""


def read_ical(text: str, since: date) -> IcalPage:
    """The events of a calendar file from ``since`` for ``_DAYS`` days (see the module)."""
    import icalendar  # loaded when a calendar file is read, not with the parser
    import recurring_ical_events

    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        return IcalPage(notes=[(1, f"the calendar file could not be read: {str(exc)[:200]}")])
    if isinstance(calendar, list):  # several calendars in one file: the first one's
        calendar = calendar[0] if calendar else icalendar.Calendar()
    name = text_value(str(calendar.get("X-WR-CALNAME") or calendar.get("NAME") or ""))
    page = IcalPage(name=name, description=text_value(str(calendar.get("X-WR-CALDESC") or "")))
    lines = _uid_lines(text)
    first = next((text.count("\n", 0, m.start()) + 1 for m in _VEVENT.finditer(text)), 1)
    until = since + timedelta(days=_DAYS)
    past = _drop_past(calendar, since)
    zone = str(calendar.get("X-WR-TIMEZONE") or "").strip() or None
    # Events that never repeat are read here, one look each; only the repeating series (and the
    # occurrences edited on their own) go to the search, which asks every event it holds for
    # each stretch of time it looks at (2,000 single events took 11 s there).
    series = {
        str(c.get("UID") or "") for c in calendar.walk("VEVENT") if c.get("RRULE") or c.get("RDATE")
    }
    singles = [
        c
        for c in calendar.subcomponents
        if getattr(c, "name", "") == "VEVENT" and str(c.get("UID") or "") not in series
    ]
    taken = {id(c) for c in singles}
    calendar.subcomponents[:] = [c for c in calendar.subcomponents if id(c) not in taken]
    found: list = []
    cut = False
    for c in singles:
        end = _end_day(c)
        begin = _stamp(_in_zone(_decoded(c, "DTSTART"), zone))
        if begin is None:
            found.append(c)  # counted as unread below
        elif begin.day <= until and (end is None or end >= since):
            found.append(c)
    found.sort(key=lambda c: str(_decoded(c, "DTSTART")))
    found = [(c, zone) for c in found[:_MAX_OCCURRENCES]]
    try:
        if not series:
            raise _NoSeries
        query = recurring_ical_events.of(calendar, skip_bad_series=True)
        # in order of start, lazily: an endless or minutely rule stops at the year or the cap
        # a datetime, not a date: the library's search over a date never moves on past an
        # event that spans its start (an all-day event over the as-of day, a minutely rule)
        for component in query.after(datetime.combine(since, time())):
            start = _stamp(_decoded(component, "DTSTART"))
            if start is not None and start.day > until:
                cut = True  # a series goes on past the window
                break
            if len(found) >= _MAX_OCCURRENCES:
                break
            found.append((component, None))
    except _NoSeries:
        pass
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        page.notes.append((first, f"the calendar's events could not be laid out: {str(exc)[:200]}"))
    if len(found) >= _MAX_OCCURRENCES:
        page.notes.append((first, f"only the calendar's first {_MAX_OCCURRENCES} events are read"))
    unread = 0
    for component, own_zone in found:
        uid = str(component.get("UID") or "")
        event = _event(component, lines.get(uid, first), name, own_zone)
        if event is None:
            unread += 1
        elif event.start.day <= until:
            page.events.append(event)
    page.events.sort(key=lambda e: (e.start.day, e.start.time or ""))
    if past:
        page.notes.append((first, f"{past} event(s) before {since.isoformat()} are left out"))
    if unread:
        page.notes.append((first, f"{unread} event(s) with no start date are left out"))
    if cut and series:
        page.notes.append(
            (first, f"repeating events are read up to {until.isoformat()} (a year ahead)")
        )
    return page
