"""Dates and times as organisers write them: "Thursday, March 14th, 7PM", "7:00 p.m.", "time TBA".

Finding (``find_date``, ``find_times``) is separate from resolving the year (``resolve_year``),
because the year usually has to be inferred from the weekday and the rest of the page.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
MONTHS["sept"] = 9
WEEKDAYS = {
    **{calendar.day_name[i].lower(): i for i in range(7)},
    **{calendar.day_abbr[i].lower(): i for i in range(7)},
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
}

_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH2 = _MONTH.replace("(?P<mon>", "(?P<mon2>")
_WEEKDAY = r"(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_WEEKDAY2 = _WEEKDAY.replace("(?P<wd>", "(?P<wd2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("(?P<day>", "(?P<day2>")
_YEAR = r"(?:,?\s*+(?P<year>(?:19|20)\d\d))?"
_YEAR2 = _YEAR.replace("(?P<year>", "(?P<year2>")

# "Monday, April 8", "Thursday, March 14th, 2019", "March, 27", "Mon. Apr. 8"
_MONTH_FIRST = (
    rf"(?:{_WEEKDAY}\s*+,?\s*+)?{_MONTH}\s*+,?\s*+{_DAY}(?![\d:])(?!\s*(?:[ap]\.?m\b)){_YEAR}"
)
# "Monday 8 April 2019", "8th of April"
_DAY_FIRST = rf"(?:{_WEEKDAY2}\s*+,?\s*+(?:the\s++)?)?{_DAY2}\s++(?:of\s++)?{_MONTH2}{_YEAR2}"
# "Tuesday 3/5", "3/5/2019" (a weekday or a year is required, so "24/7" is no date)
_NUMERIC = (
    r"(?:(?P<wd3>"
    + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
    + r")\.?\s*+,?\s*+(?P<m3>1[0-2]|0?[1-9])/(?P<d3>[0-3]?\d)(?:/(?P<y3>(?:19|20)?\d\d))?"
    r"|(?P<m4>1[0-2]|0?[1-9])/(?P<d4>[0-3]?\d)/(?P<y4>(?:19|20)\d\d))(?![\d/])"
)
# Every date starts with a digit or the first letter of a weekday or month name. Checking that
# first lets the engine skip most positions without trying every name (5x faster on prose).
_FIRST = "".join(sorted({n[0] for n in (*MONTHS, *WEEKDAYS)}))
DATE_RE = re.compile(
    rf"(?=[\d{_FIRST}])(?<![\w/])(?:{_MONTH_FIRST}|{_DAY_FIRST}|{_NUMERIC})(?![\w/])",
    re.IGNORECASE,
)

PENDING_RE = re.compile(
    r"^\W*(?:details\s+(?:coming\s+soon|to\s+(?:be\s+announced|come|follow)|tba|tbd)|"
    r"date\s+(?:and\s+(?:time|location)\s+)?(?:tba|tbd|to\s+be\s+(?:announced|determined|confirmed))|"
    r"(?:more\s+)?(?:info|information)\s+coming\s+soon|coming\s+soon|tba|tbd)\W*$",
    re.IGNORECASE,
)
TIME_TBA_RE = re.compile(
    r"\b(?:time\s*:?\s*(?:tba|tbd|to\s+be\s+(?:announced|determined|confirmed))|tba|tbd)\b",
    re.IGNORECASE,
)

# "pm", "p.m.", "P.M", and a bare "p" right after the digits ("7:00p").
_AMPM = r"(?P<ap{n}>[ap])(?:\.?\s?m\b\.?|(?<=\d[ap])\b)"
_CLOCK = r"(?P<h{n}>[012]?\d)(?:\s*[:.]\s*(?P<m{n}>[0-5]\d))?\s*(?:{ampm}|(?P<noon{n}>noon))?"
_T1 = _CLOCK.format(n=1, ampm=_AMPM.format(n=1))
_T2 = _CLOCK.format(n=2, ampm=_AMPM.format(n=2))
TIME_RE = re.compile(
    rf"(?<![\d:/$£€,.])(?P<t1>{_T1}|(?P<noonword>\bnoon\b|\bmidday\b))"
    rf"(?:\s*(?:-|–|—|to|until|till)\s*(?:{_T2}|(?P<noonend>\bnoon\b|\bmidday\b)))?",
    re.IGNORECASE,
)


@dataclass
class DateMatch:
    start: int
    end: int
    month: int
    day: int
    year: int | None
    weekday: int | None  # 0 = Monday


# Every date form names a month or has a slash: a cheap test that skips most lines.
_DATE_HINT = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d/", re.IGNORECASE)


def find_date(text: str) -> DateMatch | None:
    """The first month-and-day mentioned in ``text`` (weekday and year when given)."""
    if not _DATE_HINT.search(text):
        return None
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        wd = g.get("wd") or g.get("wd2") or g.get("wd3")
        if g.get("mon"):
            month, day, year = MONTHS[g["mon"].lower()], int(g["day"]), g.get("year")
        elif g.get("mon2"):
            month, day, year = MONTHS[g["mon2"].lower()], int(g["day2"]), g.get("year2")
        elif g.get("m3"):
            month, day, year = int(g["m3"]), int(g["d3"]), g.get("y3")
        else:
            month, day, year = int(g["m4"]), int(g["d4"]), g.get("y4")
        if not 1 <= day <= 31:
            continue
        y = int(year) if year else None
        if y is not None and y < 100:
            y += 2000
        return DateMatch(
            m.start(), m.end(), month, day, y, WEEKDAYS[wd.lower().rstrip(".")] if wd else None
        )
    return None


@dataclass
class TimeMatch:
    start: int
    end: int
    start_time: str | None
    end_time: str | None
    guessed_pm: bool = False  # no am/pm was written; read as afternoon/evening


def _hhmm(h: int, m: int) -> str:
    return f"{h:02d}:{m:02d}"


def _to24(h: int, m: int, ap: str | None) -> tuple[int, int] | None:
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap.lower() == "p" else 0)
    elif h > 23:
        return None
    return h, m


# Every time we accept has am/pm, a colon or "noon": a cheap test that skips most text.
_TIME_HINT = re.compile(r"\d\s*[ap]\.?\s?m|\d[ap]\b|\d[:.]\d\d|noon|midday", re.IGNORECASE)


def find_times(text: str) -> TimeMatch | None:
    """The first clock time or time range in ``text``.

    A bare number only counts as a time with am/pm, "noon", or a colon ("19:00"). Without
    am/pm, 1:00 to 7:59 is read as afternoon/evening (meetings are not held at 3 a.m.) and
    ``guessed_pm`` says so. A range's start takes the end's am/pm when it has none ("7–9 pm").
    """
    if not _TIME_HINT.search(text):
        return None
    for m in TIME_RE.finditer(text):
        g = m.groupdict()
        noon_start = bool(g.get("noonword") or g.get("noon1"))
        if noon_start:
            h1, m1, ap1 = 12, 0, "p"
        else:
            h1, m1, ap1 = int(g["h1"]), int(g["m1"] or 0), g.get("ap1")
        ap2 = g.get("ap2")
        end_is_noon = bool(g.get("noon2") or g.get("noonend"))
        has_end = end_is_noon or (g.get("h2") is not None and bool(ap2 or g.get("m2") is not None))
        if not (ap1 or noon_start or g["m1"] is not None or (has_end and ap2)):
            continue  # a plain number such as a room or a day
        end = None
        if has_end:
            end = (12, 0) if end_is_noon else _to24(int(g["h2"]), int(g["m2"] or 0), ap2)
            if ap1 is None and ap2:
                ap1 = ap2
                cand = _to24(h1, m1, ap1)
                if cand and end and cand > end:  # "11–1 pm" starts in the morning
                    ap1 = "a"
        start = _to24(h1, m1, ap1)
        if start is None:
            continue
        guessed = False
        if ap1 is None and 1 <= start[0] <= 7:
            start, guessed = (start[0] + 12, start[1]), True
        if end is not None and ap2 is None and not end_is_noon and end < start and end[0] < 12:
            end = (
                end[0] + 12,
                end[1],
            )  # "7:00 – 9:00" ends in the evening, "11:00-1:00" after noon
        if end is not None and end <= start:
            end = None  # still backwards: better no end than a negative duration
        return TimeMatch(
            m.start(),
            m.end() if has_end else m.end("t1"),
            _hhmm(*start),
            _hhmm(*end) if end else None,
            guessed,
        )
    return None


YEAR_MENTION_RE = re.compile(r"(?<![\d$,.])((?:19[5-9]|20\d)\d)(?!\d|,\d)")


def mentioned_years(text: str, *, until: int) -> list[int]:
    """Four-digit years the page mentions (1950 to ``until``), most frequent first."""
    counts: dict[int, int] = {}
    for m in YEAR_MENTION_RE.finditer(text):
        y = int(m.group(1))
        if y <= until:
            counts[y] = counts.get(y, 0) + 1
    return sorted(counts, key=lambda y: (-counts[y], -y))


@dataclass
class YearChoice:
    year: int | None
    problem: str | None = (
        None  # set when the choice is doubtful; the parser turns it into a warning
    )


def _valid(y: int, month: int, day: int) -> date | None:
    try:
        return date(y, month, day)
    except ValueError:
        return None


def anchor_window(anchor: date, *, exact: bool) -> tuple[date, date]:
    """Dates an undated-year entry may fall on: around a publication date, or its year.

    The window is under two years wide, so a month, day and weekday fit at most one date in it.
    """
    if exact:  # a publication date: pages list what is coming, and a little of what just passed
        return anchor - timedelta(days=180), anchor + timedelta(days=540)
    return date(anchor.year - 1, 7, 1), date(anchor.year + 1, 6, 30)


def resolve_year(
    month: int,
    day: int,
    weekday: int | None,
    *,
    anchor: date,
    exact_anchor: bool = True,
    neighbour: date | None = None,
) -> YearChoice:
    """Choose the year for a date written without one.

    With a weekday: the one year near the anchor (the publication date, else the year the page
    is from) in which that date falls on that weekday. When none fits there, the weekday is
    taken for a typo: the year nearest the neighbour (the listing's other meetings), with a
    warning. Without a weekday: the year that puts the date nearest the neighbour, else the
    anchor.
    """
    ref = neighbour or anchor
    near = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _valid(y, month, day))]
    if not near:
        return YearChoice(None, f"{calendar.month_name[month]} {day} is not a date")
    nearest = min(near, key=lambda d: abs((d - ref).days))
    if weekday is None:
        return YearChoice(nearest.year)
    lo, hi = anchor_window(anchor, exact=exact_anchor)
    fits = [
        d
        for y in range(lo.year, hi.year + 1)
        if (d := _valid(y, month, day)) and lo <= d <= hi and d.weekday() == weekday
    ]
    if len(fits) == 1:
        return YearChoice(fits[0].year)
    where = anchor.isoformat() if exact_anchor else str(anchor.year)
    others = [
        y
        for y in range(ref.year - 12, ref.year + 13)
        if (d := _valid(y, month, day)) and d.weekday() == weekday
    ]
    when = ", ".join(str(y) for y in sorted(others, key=lambda y: abs(y - ref.year))[:2])
    return YearChoice(
        nearest.year,
        f"{calendar.month_name[month]} {day} is not a {calendar.day_name[weekday]} near {where}"
        + (f" (it is in {when})" if when else "")
        + f"; assumed {nearest.year}, check the weekday",
    )
