"""A meeting's time zone: its located place's, else the one its page wrote (``tz_hint``).

The parser keeps a time-zone note written after a time ("7 pm EST", "19:00 (GMT+1)", "Eastern")
as ``Meeting.tz_hint``. When the place gives no zone (the meeting is not located), the hint
decides how its local start maps to UTC. When the place gives one and the hint says otherwise
(EST on a meeting in California), the place's zone is kept and :func:`hint_conflict` says so.

Abbreviations that change with daylight saving (EST/EDT, CET/CEST, BST, "Eastern") name the
IANA zone of the region that uses them, so the offset follows the meeting's date; an offset
(GMT+1, UTC-5) is a fixed zone (``Etc/GMT-1``: the Etc names count the other way).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    import pandas as pd

# Hint word (upper case, "TIME" dropped) -> IANA zone.
HINT_ZONES: dict[str, str] = {
    **dict.fromkeys(("EST", "EDT", "ET", "EASTERN"), "America/New_York"),
    **dict.fromkeys(("CST", "CDT", "CT", "CENTRAL"), "America/Chicago"),
    **dict.fromkeys(("MST", "MDT", "MT", "MOUNTAIN"), "America/Denver"),
    **dict.fromkeys(("PST", "PDT", "PT", "PACIFIC"), "America/Los_Angeles"),
    **dict.fromkeys(("AKST", "AKDT"), "America/Anchorage"),
    "HST": "Pacific/Honolulu",
    "HDT": "America/Adak",
    **dict.fromkeys(("GMT", "UTC"), "UTC"),
    "BST": "Europe/London",
    **dict.fromkeys(("WET", "WEST"), "Europe/Lisbon"),
    **dict.fromkeys(("CET", "CEST"), "Europe/Paris"),
    **dict.fromkeys(("EET", "EEST"), "Europe/Athens"),
    **dict.fromkeys(("AEST", "AEDT"), "Australia/Sydney"),
    **dict.fromkeys(("ACST", "ACDT"), "Australia/Adelaide"),
    "AWST": "Australia/Perth",
    **dict.fromkeys(("NZST", "NZDT"), "Pacific/Auckland"),
    "SAST": "Africa/Johannesburg",
    "JST": "Asia/Tokyo",
    **dict.fromkeys(("AST", "ADT", "ATLANTIC"), "America/Halifax"),
    **dict.fromkeys(("NST", "NDT"), "America/St_Johns"),
    **dict.fromkeys(("MEZ", "MESZ"), "Europe/Berlin"),
    "MSK": "Europe/Moscow",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "BRT": "America/Sao_Paulo",
    "PET": "America/Lima",
    "COT": "America/Bogota",
    **dict.fromkeys(("CLT", "CLST"), "America/Santiago"),
}
# Offsets that are not whole hours have no Etc zone: a zone that keeps that offset all year.
_PART_HOURS: dict[tuple[int, int], str] = {
    (5, 30): "Asia/Kolkata",
    (5, 45): "Asia/Kathmandu",
    (9, 30): "Australia/Darwin",
    (6, 30): "Asia/Yangon",
    (4, 30): "Asia/Kabul",
}
_IANA = re.compile(r"[A-Za-z][A-Za-z0-9_+-]{0,30}(?:/[A-Za-z0-9_+-]{1,30}){1,2}")
_OFFSET = re.compile(r"^(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?::?(\d\d))?$", re.IGNORECASE)


def hint_zone(hint: str | None) -> str | None:
    """The IANA zone a page's time-zone note stands for, or None when it is not one we know."""
    if not hint:
        return None
    text = " ".join(str(hint).strip("() ").split())
    m = _OFFSET.match(text)
    if m:
        sign = -1 if m.group(1) in "-−" else 1
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if minutes:
            return _PART_HOURS.get((hours, minutes)) if sign > 0 else None
        if hours == 0:
            return "UTC"
        if hours > (14 if sign > 0 else 12):
            return None
        return f"Etc/GMT{'-' if sign > 0 else '+'}{hours}"  # Etc/GMT-1 is UTC+1
    if "/" in text and _IANA.fullmatch(text):  # a calendar's own zone ("Europe/London")
        try:
            return ZoneInfo(text).key
        except (ValueError, KeyError, OSError):
            return None
    word = re.sub(r"\s+TIME$", "", text.upper())
    return HINT_ZONES.get(word)


def _offset(zone: str, day: str | None, hhmm: str | None) -> timedelta | None:
    try:
        when = datetime.fromisoformat(f"{day}T{hhmm or '12:00'}")
        return when.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    except (ValueError, KeyError, TypeError):
        return None


@dataclass(frozen=True)
class MeetingZone:
    """The zone a meeting's times are read in, where it came from, and a disagreement, if any."""

    zone: str | None
    source: str | None  # "place" | "hint" | None
    conflict: str | None = None  # the place's zone and the hint differ: what to tell the user


def meeting_zone(
    located: str | None, hint: str | None, day: str | None = None, hhmm: str | None = None
) -> MeetingZone:
    """The located zone when there is one (and a conflict note when ``hint`` gives another
    offset on ``day``); else the hint's zone; else none."""
    hinted = hint_zone(hint)
    if located:
        if hinted and day and _offset(hinted, day, hhmm) != _offset(located, day, hhmm):
            return MeetingZone(located, "place", conflict_text(hint, located))
        return MeetingZone(located, "place")
    if hinted:
        return MeetingZone(hinted, "hint")
    return MeetingZone(None, None)


def conflict_text(hint: object, located: object) -> str:
    """What to say when a page's time-zone note disagrees with the meeting's place."""
    return (
        f"the page gives the time zone as {hint}, but the place is in {located}; "
        f"times are read in {located}"
    )


def hint_conflicts(df: pd.DataFrame) -> pd.Series:
    """Per row of a meetings frame: the conflict note when the page's time-zone note disagrees
    with the zone its place gave, else ``""`` (a zone taken from the hint never disagrees)."""
    import pandas as pd

    out = pd.Series("", index=df.index, dtype=object)
    hinted = df["tz_hint"].notna() & df["timezone"].notna()
    for i, hint, zone, day, hhmm in zip(
        df.index[hinted],
        df.loc[hinted, "tz_hint"],
        df.loc[hinted, "timezone"],
        df.loc[hinted, "date"],
        df.loc[hinted, "start_time"],
        strict=True,
    ):
        out[i] = row_conflict(hint, zone, day, hhmm) or ""
    return out


def row_conflict(hint: object, zone: object, day: object, hhmm: object) -> str | None:
    """:func:`hint_conflicts` for one row's ``tz_hint``, ``timezone``, ``date``, ``start_time``."""
    import pandas as pd

    if not isinstance(hint, str) or not isinstance(zone, str) or not hint or not zone:
        return None
    if day is None or pd.isna(day):
        return None
    text = f"{pd.Timestamp(day):%Y-%m-%d}"
    return meeting_zone(zone, hint, text, hhmm if isinstance(hhmm, str) else None).conflict
