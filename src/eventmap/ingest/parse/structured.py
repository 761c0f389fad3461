"""Meetings from the events a page states as data, paired with those read from its text.

A page's data (``ingest.structured``: schema.org JSON-LD or microdata; ``ingest.ical``) states
each event's date with its year, its start time, its venue and whether it is off. The text may
state more (a room, a speaker) or less (a page built by script may show nothing at all).
:func:`merge_events` pairs each stated event with the text's meeting on its day:

- a meeting the text also reads keeps what the text says and takes from the data what the text
  lacks; where they disagree on the start time, the venue or the status, the data wins (the text
  is what was misread) and a warning says what the text said;
- an event the text does not show becomes a meeting of its own (one warning for them all), unless
  it was over before the page's date;
- a meeting only the text reads is kept as it was.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from eventmap.ingest.asof import GIVEN, TODAY
from eventmap.ingest.ical import IcalPage, read_ical
from eventmap.ingest.parse.details import (
    _NO_TIME,
    _bare_room,
    _bare_town,
    _read_venue_text,
    _set_address,
)
from eventmap.ingest.places import countries, country_codes, state_code
from eventmap.ingest.structured import StructuredEvent
from eventmap.model import Campaign, Listing, Meeting, ParseWarning, norm_text

_PLACE_FIELDS = ("campus", "venue", "room", "address", "city", "place")
_ALL_PLACE_FIELDS = (
    "place", "campus", "city", "state", "country", "venue", "room", "address", "postal_code",
)  # fmt: skip
_REGION_MAX = 30  # characters of a region kept as a state ("Ontario", "NSW", "Île-de-France")


def country_name(text: str | None) -> str | None:
    """A country as a page's data states it ("DE", "de", "Germany") as the parser names
    countries: "US" for the United States, else the country's English name."""
    if not text:
        return None
    key = text.strip().casefold()
    name = country_codes().get(key) or countries().get(key)
    if name == "United States":
        return "US"
    return name or text.strip()


# Countries whose addresses put the postcode before the town ("04109 Leipzig", "75004 Paris").
_CODE_FIRST = frozenset({
    "Germany", "Austria", "Switzerland", "France", "Spain", "Italy", "Netherlands", "Belgium",
    "Luxembourg", "Denmark", "Norway", "Sweden", "Finland", "Iceland", "Poland", "Czechia",
    "Slovakia", "Hungary", "Slovenia", "Croatia", "Portugal", "Greece", "Mexico", "Argentina",
    "Chile", "Colombia", "Peru", "Uruguay", "Brazil",
})  # fmt: skip


def _address(ev: StructuredEvent) -> str | None:
    """The event's address as one line, written the way its country writes one."""
    if ev.address and not (ev.street or ev.town):
        return ev.address
    if country_name(ev.country) in _CODE_FIRST:
        town = " ".join(p for p in (ev.postal_code, ev.town) if p)
        parts = [ev.street, town]
    else:
        region = " ".join(
            p for p in (ev.region if ev.region != ev.town else None, ev.postal_code) if p
        )
        parts = [ev.street, ev.town, region]
    return ", ".join(p for p in parts if p) or None


def _has_place(ev: StructuredEvent) -> bool:
    return bool(ev.place or ev.street or ev.town or ev.location or ev.address)


def _set_place(m: Meeting, ev: StructuredEvent) -> None:
    """The event's place into a meeting's place fields (read as a venue line is read: a campus
    first, a building, a room)."""
    if ev.place:
        _read_venue_text(m, ev.place)
    elif ev.location:
        text = ev.location
        head, comma, town = text.rpartition(", ")
        if comma and head and _bare_town(town) and not _bare_room(town):
            m.city = town  # "Trades Club, Hebden Bridge": a venue, then its town
            text = head
        _read_venue_text(m, text)
    address = _address(ev)
    if address:
        _set_address(m, address)  # its postcode, town, region and country as an address line's
    m.city = ev.town or m.city
    if ev.region and len(ev.region) <= _REGION_MAX:
        m.state = state_code(ev.region) or ev.region
    m.postal_code = ev.postal_code or m.postal_code
    m.country = country_name(ev.country) or m.country


def event_meeting(ev: StructuredEvent, campaign: str | None = None) -> Meeting:
    """A meeting from an event stated as data alone."""
    m = Meeting(
        campaign=ev.series or campaign,
        title=ev.name,
        date=ev.start.day.isoformat(),
        end_date=ev.end.day.isoformat() if ev.end and ev.end.day > ev.start.day else None,
        start_time=ev.start.time,
        end_time=ev.end.time if ev.end and ev.start.time else None,
        tz_hint=ev.start.zone if ev.start.time else None,
        time_tba=ev.start.time is None,
        # no time: "tba", as the text's untimed meetings are (unless it is off)
        status="tba" if ev.start.time is None and ev.status == "scheduled" else ev.status,
        online=ev.online,
        links=[ev.url] if ev.url else [],
        source_line=ev.line,
    )
    if _has_place(ev):
        _set_place(m, ev)
    return m


def _words(text: str | None) -> set[str]:
    return {w for w in norm_text(text).split() if len(w) > 2}


def _place_text(m: Meeting) -> str:
    return " ".join(norm_text(getattr(m, f)) for f in _PLACE_FIELDS if getattr(m, f))


def _same_place(m: Meeting, ev: StructuredEvent) -> bool:
    """Whether the event's place is one the meeting's text already names (folded whole words:
    "Hall A" is not "Hall B", "Ely" is not in "Shelly Road")."""
    have = _place_text(m)
    if not have:
        return True
    padded = f" {have} "
    for name in (ev.place, ev.location, ev.town):
        if name and (folded := norm_text(name)) and f" {folded} " in padded:
            return True
    words = set(norm_text(ev.place).split()) if ev.place else set()
    return bool(words) and words <= set(have.split())


def _evidence(m: Meeting, ev: StructuredEvent) -> int:
    """What the meeting shares with the event besides its time: words of its name, its place."""
    score = 0
    if ev.name and _words(ev.name) & _words(f"{m.title or ''} {_place_text(m)}"):
        score += 1
    if _has_place(ev) and _place_text(m) and _same_place(m, ev):
        score += 1
    return score


def _score(m: Meeting, ev: StructuredEvent) -> int:
    same_time = bool(ev.start.time) and not ev.start.utc and m.start_time == ev.start.time
    return (2 if same_time else 0) + _evidence(m, ev)


def _no_conflict(m: Meeting, ev: StructuredEvent) -> bool:
    """Whether nothing the meeting says contradicts the event: no two times (a UTC time says
    nothing of the clock time), no two places."""
    times = bool(m.start_time) and bool(ev.start.time) and not ev.start.utc
    places = bool(_place_text(m)) and _has_place(ev)
    return not times and not places


def _pick(candidates: list[Meeting], ev: StructuredEvent) -> Meeting | None:
    """The text's meeting that is this event: the one sharing most with it (its time, words of
    its name, its place), or the only one of its day when nothing of it contradicts the event;
    else None (the event is another meeting of that day)."""
    if not candidates:
        return None
    best = max(candidates, key=lambda m: _score(m, ev))  # max keeps the first of equals
    if _score(best, ev) >= 1:
        return best
    if len(candidates) == 1 and _no_conflict(best, ev):
        return best
    return None


def _fill(m: Meeting, ev: StructuredEvent, warnings: list[ParseWarning]) -> None:
    said = f"the page's data ({ev.origin})"
    if ev.start.time and not ev.start.utc and m.start_time != ev.start.time:
        if m.start_time:
            warnings.append(ParseWarning(
                ev.line,
                f"its text reads the start as {m.start_time}; {said} gives {ev.start.time}, "
                "which is kept",
                m.title or "",
                m.source_line,
            ))  # fmt: skip
        else:
            warnings[:] = [
                w
                for w in warnings
                if not (w.reason == _NO_TIME and w.meeting_line == m.source_line)
            ]
        m.start_time, m.time_tba = ev.start.time, False
        m.end_time = ev.end.time if ev.end and ev.end.day == ev.start.day else None
        m.status = "scheduled" if m.status in ("tba", "pending") else m.status
    if ev.start.time and not ev.start.utc and m.tz_hint is None:
        m.tz_hint = ev.start.zone
    if m.end_time is None and ev.end and ev.end.time and ev.end.day == ev.start.day:
        m.end_time = ev.end.time
    if m.end_date is None and ev.end and ev.end.day > ev.start.day:
        m.end_date = ev.end.day.isoformat()
    if ev.status != "scheduled" and m.status != ev.status:
        warnings.append(ParseWarning(
            ev.line, f"{said} marks it {ev.status}", m.title or "", m.source_line
        ))  # fmt: skip
        m.status = ev.status
    m.online = m.online or ev.online
    if _has_place(ev):
        got = Meeting()
        _set_place(got, ev)
        if _same_place(m, ev):
            for f in _ALL_PLACE_FIELDS:  # the text's reading stays; the data fills its gaps
                if getattr(m, f) is None:
                    setattr(m, f, getattr(got, f))
        else:
            before = ", ".join(getattr(m, f) for f in ("venue", "address", "city") if getattr(m, f))
            if before:
                warnings.append(ParseWarning(
                    ev.line,
                    f"its text reads the place as {before}; {said} gives "
                    f"{ev.place or ev.location or ev.town}, which is kept",
                    m.title or "",
                    m.source_line,
                ))  # fmt: skip
            for f in _ALL_PLACE_FIELDS:
                setattr(m, f, getattr(got, f))
    m.title = m.title or ev.name
    if ev.url and ev.url not in m.links:
        m.links.append(ev.url)


def merge_events(
    meetings: list[Meeting],
    events: list[StructuredEvent],
    warnings: list[ParseWarning],
    *,
    before: date | None = None,
    campaign: str | None = None,
) -> list[Meeting]:
    """The page's meetings with its stated events paired in (see the module's docstring).
    ``before``: the page's date, when known; stated events over by then that the text does
    not show are left out (a page's data often lists its past events too)."""
    if not events:
        return meetings
    by_day: dict[str, list[Meeting]] = defaultdict(list)
    for m in meetings:
        if m.date:
            by_day[m.date].append(m)
    paired: set[int] = set()
    added: list[Meeting] = []
    in_utc: list[Meeting] = []
    past = 0
    seen: set[tuple] = set()
    for ev in events:
        key = (ev.start, norm_text(ev.name), norm_text(ev.place))
        if key in seen:
            continue  # stated twice (a page's JSON-LD and its microdata, a list and a detail)
        seen.add(key)
        day = ev.start.day.isoformat()
        same_day = [m for m in by_day[day] if id(m) not in paired]
        m = None
        if ev.start.utc and not any(_evidence(x, ev) for x in same_day):
            # a UTC date may be the day before or after where it is held: a meeting of those
            # days that shares its name or place, before one of its own day that shares nothing
            near = [
                x
                for d in (ev.start.day - timedelta(days=1), ev.start.day + timedelta(days=1))
                for x in by_day[d.isoformat()]
                if id(x) not in paired and _evidence(x, ev) >= 1
            ]
            m = max(near, key=lambda x: _evidence(x, ev)) if near else None
        if m is None:
            m = _pick(same_day, ev)
        if m is not None:
            paired.add(id(m))
            _fill(m, ev, warnings)
            continue
        if any(_score(x, ev) >= 2 for x in by_day[day] if id(x) in paired):
            continue  # the same event stated again under another name ("Casablanca")
        if before is not None and (ev.end.day if ev.end else ev.start.day) < before:
            past += 1
            continue
        added.append(event_meeting(ev, campaign))
        if ev.start.utc and ev.start.time:
            in_utc.append(added[-1])
    if past:
        warnings.append(ParseWarning(
            events[0].line,
            f"{past} event(s) stated in the page's data ended before {before.isoformat()} "
            "(the page's date) and are not on the page's text: left out",
        ))  # fmt: skip
    if added:
        warnings.append(ParseWarning(
            added[0].source_line,
            f"{len(added)} meeting(s) read from the page's data ({events[0].origin}) alone: "
            "its text does not show them",
        ))  # fmt: skip
    warnings += [_utc_warning(m, "") for m in in_utc if m.start_time]
    return meetings + added


def _utc_warning(m: Meeting, why: str) -> ParseWarning:
    """A meeting whose start is known only in UTC: the clock time where it is held may differ."""
    return ParseWarning(
        m.source_line,
        f"its start is stated in UTC ({m.start_time}){why}; the clock time where it is held "
        "may differ",
        m.title or "",
        m.source_line,
    )


def calendar_listing(text: str, as_of: date | None, today: date) -> Listing:
    """A calendar file (``.ics``) as a listing: its events from the page's date (``as_of``,
    else ``today``) for a year, each a meeting of the calendar's campaign (its name)."""
    since = as_of or today
    try:
        page = read_ical(text, since)
    except Exception as exc:  # a calendar no reader foresaw must not take the import down
        page = IcalPage(notes=[(1, f"the calendar file could not be read ({type(exc).__name__})")])
    name = page.name or "Calendar"
    warnings = [ParseWarning(line, reason) for line, reason in page.notes]
    meetings = [event_meeting(ev, name) for ev in page.events]
    for m in meetings:
        m.campaign = name  # one calendar, one campaign (not its own name for each event)
        if m.tz_hint == "UTC" and m.start_time:
            warnings.append(_utc_warning(m, " and the calendar names no time zone"))
    if not meetings and not warnings:
        warnings.append(ParseWarning(1, f"the calendar has no events from {since.isoformat()} on"))
    # the calendar's own name is its heading; with none, "Calendar" stands in for one
    source = "heading" if page.name else "page"
    campaigns = [Campaign(name, page.description or "", source_line=1, title_source=source)]
    return Listing(
        campaigns=campaigns if meetings else [],
        meetings=meetings,
        warnings=sorted(warnings, key=lambda w: w.line),
        as_of=since,
        as_of_origin=GIVEN if as_of is not None else TODAY,
    )
