"""The page's lines: their kinds, calendars and list rules, headings, and what is dropped before reading."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from eventmap.ingest import calendar, labels
from eventmap.ingest.asof import _MAIL_HEADER, MINUTES_TITLE, MINUTES_TITLE_LEN
from eventmap.ingest.html import iso_day
from eventmap.ingest.parse.anchors import (
    _DATELINE_REASON,
    _DEADLINE_OPENS,
    _NEAR,
    _STREET_WORD_ABROAD,
    _TIME_TO_FOLLOW,
    _WORD3,
    _Anchor,
    _anchor,
    _head_says_no_event,
    _lead_sentence,
    _only_time,
    _premises_close,
    _says_closed,
    _Unread,
    _weekday_language,
    days_words,
)
from eventmap.ingest.parse.lexicon import (
    _ALNUM,
    _BARE_CITY,
    _BOOKING_STATE,
    _BULLET,
    _CLOSED_AFTER,
    _DEADLINE_NOUN,
    _DIGIT,
    _KIND,
    _LABEL,
    _LETTERS,
    _LINK_LINE,
    _LOCATION_TBA,
    _NOTE_TITLE_WIDTH,
    _ONLINE,
    _ONLINE_STEMS,
    _SERIES,
    _STATUS_WORDS,
    _TWO_LETTERS,
    _WORD_STRIP,
    ANCHOR,
    BLANK,
    CITY,
    DAY,
    OTHER,
    PROSE,
    RULE,
    SERIES,
    _all_months,
    _find_speaker,
    _has_status,
    _month_numbers,
    _note_title,
    _place_labelled,
    _says_no_meeting,
    _weekdays_cell,
    not_city_word,
)
from eventmap.ingest.parse.venues import (
    _NAME_PARTICLES,
    _PAGE_PLACE_LABEL,
    _ROOM_NUMBER,
    _entry_place,
    _is_city_line,
    _is_sentence,
    _name_words,
    _named_venue_line,
    _names_place,
    _placelike,
    _said_venues,
    _street_line,
    _title_case_words,
    name_like,
    venue_first,
)
from eventmap.ingest.places import (
    CITY_ALIASES,
    VENUE_WORDS,
    find_campus,
    looks_like_address,
    looks_like_block_line,
    postal_place,
)
from eventmap.ingest.social import comment_footer, post_counters, reply_footer
from eventmap.ingest.text import (
    Line,
    contains_any,
    is_prose,
)
from eventmap.ingest.when import (
    LANGUAGES,
    TIME_TBA_RE,
    DateMatch,
    TimeMatch,
    find_date,
    find_times,
    month_names,
    vocabulary,
    weekday_names,
)
from eventmap.model import Meeting

# A month heading alone on its line ("Diciembre", "Dezember 2026", "January 2027"), and a day
# heading under it that names only its weekday and day ("Viernes 11", "Mittwoch, 16.",
# "mercredi 16", "Wednesday 16th"): the month comes from the heading above.
# The month may end a heading of a few words: "PROGRAMACIÓN DICIEMBRE 2026", "Programme for
# December", "Termine im Dezember 2026", "Agenda de décembre".
_MONTH_HEADING = re.compile(
    r"(?:[^\W\d_]{2,14}\.?\s{1,3}){0,3}([^\W\d_]{3,12})\.?(?:,?\s{1,3}(\d{4}))?\s{0,3}:?"
)
_WEEKDAY_DAY = re.compile(
    r"(?:•\s{0,2})?([^\W\d_]{2,12})\.?,?\s{1,3}(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s{0,3}:?",
    re.IGNORECASE,
)
# A programme's entry line that opens with its weekday and day, then its time, under a month
# heading ("Mardi 12    18 h 30    Conférence …", "Martes 19 – 19 h – Charla", "Di 12 · 19 Uhr",
# "Tue 12  7pm  Talk"): the day's end, then the separator before the time.
_WEEKDAY_DAY_LEAD = re.compile(
    r"(?:•\s{0,2}|[*–-]\s{1,2})?([^\W\d_]{2,12})\.?,?\s{1,3}(\d{1,2})(?:st|nd|rd|th|er|\.|º)?"
    r"(?=(?:\s{0,6}[-–—·,:|]\s{0,6}|\s{1,12})\d)",
    re.IGNORECASE,
)
_LEAD_TIME_AT = 12  # characters after the day within which the entry's time starts
_LEAD_WORD_MAX = 16  # characters of the words before that time: "a partir de las "
# The same with its title right after the day, under a season's stated time ("Fri 15   PERFECT
# DAYS (Wenders, …)", "Fr 29 – Anatomie eines Falls", "Ven. 12 : Les Feuilles mortes"): spaces
# or a separator, then a capital or a quote (a month's name there is a date: find_date says).
_WEEKDAY_DAY_TITLE = re.compile(
    r"(?:•\s{0,2}|[*–-]\s{1,2})?([^\W\d_]{2,12})\.?,?\s{1,3}(\d{1,2})(?:st|nd|rd|th|er|\.|º)?"
    r"(?=\s{0,6}[-–—:|·]?\s{1,12}(?-i:[A-ZÀ-Þ«“„\"]))",  # "Tue 12 speakers confirmed": no title
    re.IGNORECASE,
)
_HEADING_MAX = 40


# The word or two before a line's time that say what starts then, no place: "Assemble 10am at
# Civic Park", "Starts 9am Saturday at …", "Was 9am–12pm at …", "Treffpunkt 10 Uhr am …".
_LEAD_ONLY = re.compile(
    # who meets: "We meet at 8pm at …", "Nos vemos a las 8:00 en …", "On se retrouve à 14 h …"
    r"(?:(?:we|nos|wir|on\s++se|nous\s++nous)\s++)?"
    r"(?:assemble|gather|meet|starts?|begins?|was|from|ab|dès|des|desde|beginn|treffpunkt|"
    r"rendez-vous|rdv|quedamos|d[ée]part|salida|inicio|d[ée]but|departure|abfahrt|"
    r"vemos|encontramos|treffen(?:\s++uns)?|retrouve|retrouvons|encuentro|registro|"
    r"registration|anmeldung|"
    r"(?:(?-i:A)|(?-i:a))\s++las|at|um|à|de)"
    r"(?:\s++(?:previst[oa]|pr[ée]vue?|planned|geplant))?"  # "Salida prevista a las 6:00 …"
    r"(?:\s++(?:at|um|à|a\s++las|las|desde(?:\s++las)?|from))?",
    re.IGNORECASE,
)
_LEAD_REACH = 20  # characters before such a time
# A walk's or a trip's facts under its date, in the four languages: never its place or its time.
_ROUTE_FACTS = re.compile(
    r"[^\w]{0,3}+(?:dificultad|desnivel|distancia|duraci[óo]n|difficulty|grade|distance|"
    r"duration|ascent|elevation\s++gain|schwierigkeit|h[öo]henmeter|dauer|strecke|gehzeit|"
    r"difficult[ée]|d[ée]nivel[ée]|dur[ée]e)\s*+:",
    re.IGNORECASE,
)
_PLACE_AFTER_REACH = 60  # characters after it where the place's preposition may stand
# The place after a line's time, led by its preposition: "10am at Civic Park (near …)",
# "9am Saturday at Warners Bay Community Hall".
_AFTER_TIME_AT = re.compile(
    r"\b(?:at|in|im|am|au|à\s++la|à\s++l['’]|en\s++el|en\s++la|from|ab|depuis|desde(?:\s++(?:el|la))?|"
    r"de\s++la|del)\s++(?:the\s++)?"
    # a room of the place before its name: "in the main hall of the Delicias Civic Centre", "en
    # el salón de actos del Centro Cívico Delicias", "im großen Saal des Bürgerhauses"
    r"(?:(?:main|small|large|great|upper|lower|back|front)\s++(?:hall|room)\s++of\s++(?:the\s++)?|"
    r"sal[óo]n\s++de\s++actos\s++(?:del\s++|de\s++la\s++)|"
    r"(?:gro(?:ß|ss)en|kleinen)\s++Saal\s++(?:des|der)\s++|"
    r"(?:grande|petite)\s++salle\s++(?:du\s++|de\s++la\s++|de\s++l['’]))?"
    r"(?=[A-ZÀ-Þ])"
)
_NAME_END = re.compile(r"[,(;]|\.\s")


def lead_time_place(text: str) -> bool:
    """Whether a line opens with a word or two, its time, then a place after a preposition
    ("Salida: 8:00 h desde la Plaza de América", "At 7pm in the main hall of the …")."""
    tm = find_times(text[: _LEAD_REACH + 16])
    if tm is None or not 0 < tm.start <= _LEAD_REACH:
        return False
    lead = text[: tm.start].strip(" :")
    if not _LEAD_ONLY.fullmatch(lead):
        return False
    rest = text[tm.end :]
    if place_after_time(rest) is not None:
        return True
    # "A las 19:30 h, Centro Cívico Delicias, salón de actos.": the place after a comma
    after = rest.lstrip()
    return after.startswith(",") and _placelike(after[1:].split(",")[0].strip(" ."))


def time_then_place_sentence(text: str) -> bool:
    """Whether a sentence opens with its time, then a comma and a place ("14h00 – 17h00, Centre
    de loisirs des Franches-Montagnes, salle 2. Inscription obligatoire."), the details of the
    title line over it, not an entry of its own."""
    tm = find_times(text[:_LEAD_REACH])
    if tm is None or tm.start != 0:
        return False
    after = text[tm.end :].lstrip()
    if not after.startswith(","):
        return False
    first = after[1:].split(",")[0].split(". ")[0].strip(" .")
    return _placelike(first) and not is_prose(first)


def place_after_time(rest: str) -> str | None:
    """The name a line gives after its time and a preposition, up to a comma, a bracket or
    its sentence's end (see _LEAD_ONLY); None when none stands near the time."""
    at = _AFTER_TIME_AT.search(rest, 0, _PLACE_AFTER_REACH)
    if at is None:
        return None
    end = _NAME_END.search(rest, at.end())
    name = rest[at.end() : end.start() if end else len(rest)].strip(" .")
    return name if name and len(name) <= _PLACE_AFTER_REACH and find_times(name) is None else None


def join_month_headings(lines: list[Line], langs: tuple[str, ...]) -> list[Line]:
    """A day heading that gives only a weekday and a day ("Viernes 11") under a month heading
    ("Diciembre") is read as that day of that month: the month (and the heading's year, if
    any) is added to its line, as the reader of the page adds it. So is a programme's entry
    line that opens with its weekday and day, then its time ("Mardi 12    18 h 30    Conférence
    …" under "JANVIER"): the month goes after the day. Other lines stay."""
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for lang in langs:
        months.update((k, v) for k, v in month_names(lang).items() if len(k) >= 3)
        weekdays.update(weekday_names(lang))
    month = ""  # the text of the month heading the lines are under
    out = lines
    for i, line in enumerate(lines):
        t = line.text
        short = len(t) <= _HEADING_MAX
        if not t or (short and (m := _MONTH_HEADING.fullmatch(t)) is not None):
            if t and m.group(1).casefold() in months:
                month = f"{m.group(1)} {m.group(2)}" if m.group(2) else m.group(1)
            continue
        if not month:
            continue
        if (
            short
            and (w := _WEEKDAY_DAY.fullmatch(t)) is not None
            and w.group(1).casefold() in weekdays
            and 1 <= int(w.group(2)) <= 31
            and find_date(t, langs=langs) is None
            and not _date_follows(lines, i, langs)
        ):
            text = f"{t.rstrip(' :')} {month}"
        elif (end := _day_lead_end(t, weekdays, langs)) or (
            end := _day_title_end(t, weekdays, langs)
        ):
            text = f"{t[:end]} {month}{t[end:]}"
            w = _WEEKDAY_DAY.match(t)
            if w and w.end(2) < end - 1 and w.group(1).casefold() in _both_month_and_weekday(langs):
                # "Mar. 12, 19 et 26 – 18 h 30" under "JANVIER": "Mar. 12" is no March date
                text = f"{t[: w.end(2)]} {month}{t[w.end(2) : end]} {month}{t[end:]}"
        else:
            continue
        if out is lines:
            out = list(lines)
        out[i] = Line(line.number, text, line.links, line.datetimes)
    return out


_ITEM_MARKS = ("•", "- ", "* ", "– ")  # an HTML list's item, a Markdown list's


def _day_lead_end(text: str, weekdays: dict[str, int], langs: tuple[str, ...]) -> int:
    """Where the weekday and day that open a programme's entry line end ("Mardi 12" in "Mardi
    12    18 h 30    Conférence …"), when the entry's time follows them; else 0. The line
    names no date of its own (a date with its month needs no heading's)."""
    if not (text[:1].isalpha() or text.startswith(_ITEM_MARKS)):
        return 0
    m = _WEEKDAY_DAY_LEAD.match(text)
    if m is None or m.group(1).casefold() not in weekdays or not 1 <= int(m.group(2)) <= 31:
        return _day_list_lead_end(text, weekdays, langs)
    tm = find_times(text[m.end() : m.end() + _LEAD_TIME_AT + 20])
    if tm is None or tm.start > _LEAD_TIME_AT:
        return _day_list_lead_end(text, weekdays, langs)
    if _date_of_its_own(text, m.end(), langs):
        return 0
    if text[m.end(2) : m.end(2) + 1] in ("–", "-") and (
        (own := find_times(text[m.start(2) : m.end() + _LEAD_TIME_AT + 20])) is not None
        and own.start == 0
    ):
        return 0  # "Sun 1–5 p.m.": opening hours, the number starts a time range, not a day
    return m.end()


# The days listed after the first, then the separator and a word before the time: "Mar. 12, 19
# et 26 – 18 h 30", "Di. 12., 19. und 26. – 19 Uhr", "Dim. 6 – de 9 h à 17 h", "Sun 6 – from 9am".
_WEEKDAY_DAYS_LEAD = re.compile(
    r"(?:•\s{0,2}|[*–-]\s{1,2})?([^\W\d_]{2,12})\.?,?\s{1,3}(\d{1,2})(?:st|nd|rd|th|er|\.|º)?"
    r"(?:(?:\s{0,2},\s{0,2}\d{1,2}\.?){0,6}\s{0,2},?\s{1,3}(?:et|and|und|y|&)\s{1,3}\d{1,2}\.?)?"
    r"(?=(?:\s{0,6}[-–—·,:|]\s{0,6}|\s{1,12})"
    r"(?:de|from|von|ab|dès|à\s++partir\s++de|desde(?:\s++las)?|a\s++partir\s++de(?:\s++las)?)?"
    r"\s{0,3}\d)",
    re.IGNORECASE,
)


def _day_list_lead_end(text: str, weekdays: dict[str, int], langs: tuple[str, ...]) -> int:
    """Where the weekday and days that open a programme's entry line end, when its time
    follows after a word ("Dim. 6 – de 9 h à 17 h") or after more days ("Mar. 12, 19 et 26 –
    18 h 30"): the month goes after the last day; else 0."""
    m = _WEEKDAY_DAYS_LEAD.match(text)
    if m is None or m.group(1).casefold() not in weekdays or not 1 <= int(m.group(2)) <= 31:
        return 0
    reach = _LEAD_TIME_AT + _LEAD_WORD_MAX  # past "– desde las "
    tm = find_times(text[m.end() : m.end() + reach + 20])
    if tm is None or tm.start > reach or _date_of_its_own(text, m.end(), langs):
        return 0
    return m.end()


def _date_of_its_own(text: str, lead_end: int, langs: tuple[str, ...]) -> bool:
    """Whether an entry line that opens with a weekday and a day names a date of its own there
    (its month, which needs no heading's). A date further on is some deadline's ("… Inscription
    avant le 10 mars"), and a weekday's short form read as a month ("Mar. 12" under "JANVIER"),
    the weekday's: the heading's month is the line's."""
    dm = find_date(text, langs=langs)
    if dm is None or dm.start >= lead_end:
        return False
    word = _LETTERS.match(text, dm.start)
    return not (word and word.group(0).casefold() in _both_month_and_weekday(langs))


@lru_cache(maxsize=8)
def _both_month_and_weekday(langs: tuple[str, ...]) -> frozenset[str]:
    """Short forms that name a weekday and a month ("mar": mardi and mars, martes and marzo)."""
    months = {k for lang in langs for k in month_names(lang)}
    return frozenset(k for lang in langs for k in weekday_names(lang) if k in months)


def _day_title_end(text: str, weekdays: dict[str, int], langs: tuple[str, ...]) -> int:
    """Where the weekday and day that open an entry line end, when its title follows them (see
    _WEEKDAY_DAY_TITLE); else 0. The line names no date of its own."""
    m = _WEEKDAY_DAY_TITLE.match(text)
    if m is None or m.group(1).casefold() not in weekdays or not 1 <= int(m.group(2)) <= 31:
        return 0
    return 0 if find_date(text, langs=langs) is not None else m.end()


_LONE_WEEKDAY = re.compile(r"\s*+([^\W\d_]{2,12})\.?,?\s*+")
_WEEKDAY_LINE_MAX = 16  # characters: "Mittwoch,", "Wednesday", "miércoles"
_DATE_LEAD = 2  # the date over a lone weekday starts within this many characters of its line


def join_weekday_lines(lines: list[Line], langs: tuple[str, ...]) -> list[Line]:
    """An event site's card puts its weekday alone on the line right under its date ("Dec 17" /
    "Thursday", "17. Dez." / "Donnerstag", "17 déc." / "jeudi"): the two are one date, joined on
    the date's line as "weekday date" (the line numbers stay). The date line is short and starts
    with its date, which names no weekday of its own. (The weekday over its date, "Thursday" /
    "Dec 17", is a date split over two lines: ``page._join_split_dates`` joins it.)"""
    weekdays: dict[str, int] | None = None
    joined: dict[int, Line] = {}  # the date line's index -> the date with its weekday
    for i in range(1, len(lines)):
        t = lines[i].text
        if not t or len(t) > _WEEKDAY_LINE_MAX or (m := _LONE_WEEKDAY.fullmatch(t)) is None:
            continue
        if weekdays is None:
            weekdays = {k: v for lang in langs for k, v in weekday_names(lang).items()}
        if m.group(1).casefold() in weekdays and _bare_date(lines[i - 1].text, langs):
            day, wd = lines[i - 1], lines[i]
            joined[i - 1] = Line(
                day.number, f"{m.group(1)} {day.text.strip()}", [*day.links, *wd.links],
                [*day.datetimes, *wd.datetimes],
            )  # fmt: skip
    if not joined:
        return lines
    out: list[Line] = []
    for i, line in enumerate(lines):
        if i - 1 not in joined:
            out.append(joined.get(i, line))
    return out


_BADGE_WORD_MAX = 12  # characters of a badge's weekday or month line: "Mittwoch", "miércoles."
_BADGE_PART = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|\.|º)?|((?:19|20)\d{2})|([^\W\d_]{2,10})\.?")
_BADGE_PARTS = 4  # lines of a badge at most: weekday, day, month, year


@lru_cache(maxsize=8)
def _badge_words(langs: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The month and the weekday names (CLDR, folded) a date badge's lines may be."""
    months = frozenset(k for lang in langs for k in month_names(lang) if len(k) >= 3)
    weekdays = frozenset(k for lang in langs for k in weekday_names(lang))
    return months, weekdays


def _badge_part(t: str, months: frozenset[str], weekdays: frozenset[str]) -> str | None:
    """What a short line of a date badge is: "day" ("11", "12.", "3rd"), "year" ("2026"),
    "month" ("DEC", "Dez.", "déc."), "weekday" ("FRI", "Sa.") or "either" ("MAR": March or
    martes); None for any other line."""
    if not t or len(t) > _BADGE_WORD_MAX or (m := _BADGE_PART.fullmatch(t)) is None:
        return None
    if m.group(1) is not None:
        return "day" if 1 <= int(m.group(1)) <= 31 else None
    if m.group(2) is not None:
        return "year"
    word = m.group(3).casefold()
    month, weekday = word in months, word in weekdays
    return "either" if month and weekday else "month" if month else "weekday" if weekday else None


def _badge_run(
    lines: list[Line], i: int, months: frozenset[str], weekdays: frozenset[str]
) -> tuple[int, int, str] | None:
    """The stacked date badge around line ``i`` (a bare month or weekday word), if there is one:
    the lines from ``lo`` to ``hi`` (exclusive), each a part of one date, and the date on one
    line, the weekday first ("FRI" / "11" / "DEC" -> "FRI 11 DEC"). A badge has one day and one
    month on adjacent lines, at most one weekday and one year, and no other short part around it
    (a calendar grid's "MAR" / "1" / "2" / "3" is none)."""
    parts: dict[int, str] = {}
    lo = i
    while lo > 0 and (p := _badge_part(lines[lo - 1].text, months, weekdays)) is not None:
        lo -= 1
        parts[lo] = p
        if i - lo >= _BADGE_PARTS:
            return None
    hi = i
    while hi < len(lines) and (p := _badge_part(lines[hi].text, months, weekdays)) is not None:
        parts[hi] = p
        hi += 1
        if hi - lo > _BADGE_PARTS:
            return None
    kinds = [parts[k] for k in range(lo, hi)]
    if kinds.count("day") != 1 or kinds.count("year") > 1:
        return None
    words = [k for k, p in enumerate(kinds) if p in ("month", "weekday", "either")]
    # "MAR" is March or martes: a month when no other word is one, else the weekday, which
    # leads a badge ("MAR" / "9" / "MAR" is Tuesday 9 March).
    named = [k for k in words if kinds[k] == "month"] or [k for k in words if kinds[k] == "either"][
        -1:
    ]
    if len(words) > 2 or len(named) != 1 or abs(named[0] - kinds.index("day")) != 1:
        return None
    month = named[0]
    weekday = [lines[lo + k].text for k in words if k != month]
    rest = [lines[lo + k].text for k in range(hi - lo) if k not in words or k == month]
    return lo, hi, " ".join([*weekday, *rest])


def _date_repeated(lines: list[Line], start: int, dm: DateMatch, langs: tuple[str, ...]) -> bool:
    """Whether one of the few lines from ``start`` on gives the badge's day again in full (a
    Squarespace card: "Jan" / "13" / its title / "Wednesday, January 13, 2027"): that line is
    the entry's date, and the badge is left as it is (``_drop_badges`` reads such badges)."""
    for line in lines[start : start + _BADGE_REACH]:
        other = find_date(line.text, langs=langs) if _DIGIT.search(line.text) else None
        if other is not None and (other.month, other.day) == (dm.month, dm.day):
            return True
    return False


def join_date_badges(lines: list[Line], langs: tuple[str, ...]) -> list[Line]:
    """An events app's or site's date badge stacks its date's parts on short lines of their own
    ("FRI" / "11" / "DEC", "Sa." / "12" / "Dez", "MAR" / "19", "11" / "DEC" / "2026") over the
    event's title and its time and place lines: the parts are one date, joined on the badge's
    first line ("FRI 11 DEC"; the line numbers stay). Only a line that is a bare month or
    weekday word is looked around (a set look-up first), and the joined text must read as one
    date, so a lone number elsewhere (a count, a page number) is never a day."""
    months, weekdays = _badge_words(langs)
    joined: dict[int, tuple[int, Line]] = {}  # the badge's first index -> (its end, its line)
    i, n = 0, len(lines)
    while i < n:
        t = lines[i].text
        if not t or len(t) > _BADGE_WORD_MAX or not t[0].isalpha():
            i += 1
            continue
        word = t.rstrip(".").casefold()
        if (word not in months and word not in weekdays) or (
            (run := _badge_run(lines, i, months, weekdays)) is None
        ):
            i += 1
            continue
        lo, hi, text = run
        dm = find_date(text, langs=langs)
        if (
            dm is not None
            and dm.start == 0
            and dm.end >= len(text.rstrip("."))
            and not _date_repeated(lines, hi, dm, langs)
        ):
            part = lines[lo:hi]
            joined[lo] = (hi, Line(
                lines[lo].number, text, [u for p in part for u in p.links],
                [s for p in part for s in p.datetimes],
            ))  # fmt: skip
        i = max(hi, i + 1)
    if not joined:
        return lines
    out: list[Line] = []
    i = 0
    while i < n:
        if i in joined:
            i, line = joined[i]
            out.append(line)
        else:
            out.append(lines[i])
            i += 1
    return out


_SLOT_LINE_MAX = 16  # characters of a slot's time alone on its line: "10:45 GMT", "10.45 Uhr"
_SLOT_ZONE_MAX = 8  # characters after that time: a zone or a clock word ("GMT", "Uhr", "CET")


def _slot_time(t: str) -> str | None:
    """The start time of a programme slot's line that holds only its time ("10:45 GMT",
    "14h30", "9:30 AM"), else None."""
    if not t or len(t) > _SLOT_LINE_MAX or not t[0].isdigit():
        return None
    tm = find_times(t)
    if tm is None or tm.start or tm.end_time is not None:
        return None
    rest = t[tm.end :].strip()
    return tm.start_time if len(rest) <= _SLOT_ZONE_MAX and " " not in rest else None


def _session_range(para: list[Line], start: str) -> bool:
    """Whether a session's paragraph gives its slot's range on a line of its own, from the
    slot's time ("10:45 - 11:30")."""
    for line in para:
        t = line.text
        if t[:1].isdigit() and len(t) <= _SLOT_LINE_MAX + _SLOT_ZONE_MAX:
            tm = find_times(t)
            if tm is not None and tm.start == 0 and tm.start_time == start and tm.end_time:
                return True
    return False


def repeat_parallel_slots(lines: list[Line]) -> list[Line]:
    """A programme's slot can hold parallel sessions, each a paragraph with its own title, room
    and range under the one time ("10:45 GMT" / "Designing Forms" / "Derwent Room" / "10:45 -
    11:30", a blank, "Open Data" / "Wear Room" / "10:45 - 11:30"): the slot's time line is
    repeated over each later session, so each is a meeting with its own room (the repeat has
    the number of the session's first line). Only paragraphs that give the slot's range from
    its time, right after the slot's first session; one pass, a paragraph looked at once."""
    repeats: dict[int, Line] = {}  # a later session's first index -> its slot's time line
    i, n = 0, len(lines)
    while i < n:
        start = _slot_time(lines[i].text)
        if start is None or i + 1 >= n or not lines[i + 1].text:
            i += 1
            continue
        slot = lines[i]
        j = i + 1
        while j < n and lines[j].text:
            j += 1
        if not _session_range(lines[i + 1 : j], start):
            i = j
            continue
        while True:  # the sessions after the first, each past a blank line
            k = j
            while k < n and not lines[k].text:
                k += 1
            if k >= n or _slot_time(lines[k].text) is not None:
                break
            end = k
            while end < n and lines[end].text:
                end += 1
            if not _session_range(lines[k:end], start):
                break
            repeats[k] = Line(lines[k].number, slot.text)
            j = end
        i = j
    if not repeats:
        return lines
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k in repeats:
            out.append(repeats[k])
        out.append(line)
    return out


# A time range's start at the end of a hard-wrapped line, its end on the next ("… von 10 bis" /
# "13 Uhr im Bürgerhaus", "from 10am to" / "1pm at", "de 10 h à" / "13 h", "de 10 a" / "13 h").
_RANGE_OPEN = re.compile(
    r"(?:^|\s)\d{1,2}(?:[:.h]\d{2})?\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.)?"
    r"\s*+(?:bis|to|till|until|à|a|hasta|au|[-–—])\s*+$",
    re.I,
)
_RANGE_TAIL = 24  # characters at a line's end searched for an open range
_TIME_UNIT = r"\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.)(?![^\W\d_])"
# The end time at the start of the next line: "21:00", "20h30", "17:30 Uhr", or a number with
# its unit ("13 Uhr", "13 h", "1pm", "10.30pm", "12 noon"); a bare number ("12 Jahren") is none.
_RANGE_CLOSE = re.compile(
    r"\s*+(\d{1,2}(?:[:h]\d{2}(?:"
    + _TIME_UNIT
    + r")?|(?:\.\d{2})?"
    + _TIME_UNIT
    + r"|\s++noon\b))[\s,.;]*+",
    re.I,
)


# A date with its month in Roman numerals, as formal programmes write it ("26-III-2027", "26.
# III. 2027", "3/XII/2026"): day, the same mark on both sides of the month, a four-digit year.
_ROMAN_MONTH = re.compile(
    r"(?<![\w./-])([0-3]?\d)(\.\s?|[-/])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2((?:19|20)\d\d)"
    r"(?![\w/-])"
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12}  # fmt: skip


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip


def _named_month(m: re.Match[str]) -> str:
    # the month's English name, which every page is also read in: "3.4.2027" would be March on
    # an English page, and a Roman month is always written after the day
    return f"{int(m.group(1))} {_MONTH_NAMES[_ROMAN[m.group(3)] - 1]} {m.group(4)}"


def roman_month_dates(lines: list[Line]) -> list[Line]:
    """Dates whose month is in Roman numerals ("MADRUGADA DEL VIERNES SANTO (26-III-2027)") with
    the month named ("26 March 2027"), which every step after reads."""
    out: list[Line] | None = None
    for i, line in enumerate(lines):
        t = line.text
        if not t or ("I" not in t and "V" not in t and "X" not in t):
            continue
        new = _ROMAN_MONTH.sub(_named_month, t)
        if new != t:
            if out is None:
                out = list(lines)
            out[i] = dataclasses.replace(line, text=new)
    return lines if out is None else out


def join_wrapped_ranges(lines: list[Line]) -> list[Line]:
    """A time range that a hard-wrapped paragraph (an e-mail, a newsletter) breaks after its
    start ("… am Samstag, 9. Januar, von 10 bis" / "13 Uhr im Bürgerhaus Eichenau") is put back
    on one line: the end time moves up to its start, and the next line keeps the rest. Only an
    end that says it is a time ("13 Uhr", "1pm", "13 h", "12 noon", "13:00"), with words after
    it on its line."""
    out: list[Line] | None = None
    for i in range(len(lines) - 1):
        t, nxt = lines[i].text, lines[i + 1].text
        if not t or not nxt or not nxt[:1].isdigit() or not _RANGE_OPEN.search(t[-_RANGE_TAIL:]):
            continue
        m = _RANGE_CLOSE.match(nxt)
        if m is None or m.end() >= len(nxt):
            continue
        if out is None:
            out = list(lines)
        out[i] = dataclasses.replace(out[i], text=f"{t.rstrip()} {m.group(1)}")
        out[i + 1] = dataclasses.replace(out[i + 1], text=nxt[m.end() :])
    return lines if out is None else out


def _bare_date(t: str, langs: tuple[str, ...]) -> bool:
    """Whether ``t`` is a short line that starts with a date naming no weekday ("Dec 17",
    "17. Dez.", "17 déc. · 18:30")."""
    if not t or len(t) > _HEADING_MAX:
        return False
    dm = find_date(t, langs=langs)
    return dm is not None and dm.weekday is None and dm.start <= _DATE_LEAD


def _date_follows(lines: list[Line], i: int, langs: tuple[str, ...]) -> bool:
    """Whether the next line with text dates itself: the day heading is a calendar badge over
    the entry's full date ("sam 6" / "6 février 2027"), which needs no month of its own."""
    nxt = next((line.text for line in lines[i + 1 : i + 4] if line.text), "")
    return find_date(nxt[:_HEADING_MAX], langs=langs) is not None


def _classify(
    lines: list[Line], langs: tuple[str, ...] = ("en",), dateline: int | None = None
) -> tuple[list[str], dict[int, _Anchor], dict[int, str]]:
    """Each line's kind, the meeting anchors, and the dated lines not read as meetings.

    ``dateline`` is the index of the page's lone date at the top (``asof.bare_dateline``): its
    publication date, never a meeting (nor part of a campaign's heading or blurb); it is
    reported among the dated lines not read."""
    kinds: list[str] = []
    anchors: dict[int, _Anchor] = {}
    unread: dict[int, str] = {}
    seen: dict[str, tuple[_Anchor | _Unread | None, str]] = {}  # a page's lines repeat
    for i, line in enumerate(lines):
        t = line.text
        if i == dateline:  # it parts the headline from the article, as a blank line would
            unread[i] = _DATELINE_REASON.format(t.strip())
        if not t or i == dateline:
            kinds.append(BLANK)
            continue
        read = seen.get(t)
        if read is None:
            a, kind = seen[t] = _line_kind(t, langs)
        else:
            a, kind = read
            if kind == ANCHOR:  # the page's readers fill in each line's anchor (after this loop)
                a = a.copy()
        kinds.append(kind)
        if kind == ANCHOR:
            anchors[i] = a
            a.index = i
        elif isinstance(a, _Unread):
            unread[i] = a.reason
            if a.nothing:
                kinds[i] = RULE  # no meeting, and no place or detail of one beside it
    _continued_unread(lines, kinds, anchors, unread)
    _lead_above(lines, kinds, anchors, langs)
    _mark_city_headings(lines, kinds, anchors)
    # A pending marker in the same paragraph as a dated line, a few lines under it, is a detail
    # of that meeting ("Details coming soon" about its venue), not a meeting of its own.
    for i in sorted(anchors):
        if not anchors[i].pending:
            continue
        j = i - 1
        while j >= 0 and i - j <= 4 and kinds[j] != BLANK:
            if kinds[j] == ANCHOR and j in anchors and anchors[j].date is not None:
                del anchors[i]
                kinds[i] = OTHER
                break
            j -= 1
    return kinds, anchors, unread


_CONTINUES = re.compile(
    r"(?:,|\b(?:and|und|et|y|or|oder|ou|o))(?:\s++(?:on|the|from|am|vom|le|du|el|del?))?\s*+$",
    re.I,
)  # "… (du 19 décembre au 3 janvier et du" / "20 février au 1er mars)."
_CONTINUED_HEAD = 12  # characters of lead-in before a date that goes on with the line above
# A line that ends as its premises open again: "… and reopen on", "und öffnet wieder am",
# "et rouvre le", "y reabre el".
_REOPENS_END = re.compile(
    r"(?:re-?opens?|[öo]ffn(?:et|en)\s++wieder|rouvr\w*|reabr\w*)(?:\s++(?:on|am|le|el|the))?"
    r"\s*+$",
    re.I,
)
_CONTINUED_REASON = "{!r} goes on with line {}, whose date is no meeting's ({}); not a meeting"


def _continued_unread(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """A dated line without a time that goes on with the list of the line above it, whose date
    is no meeting's ("Public holidays – offices closed: 16 December (…), 25 December (…)," /
    "26 December (…), 1 January (…)."), or whose date ends a sentence that the line above
    starts with the words that make it no meeting's ("Registrations are open until" / "Friday
    4 December."), is no meeting either: warned about."""
    for i in sorted(anchors):
        a = anchors[i]
        if i == 0 or a.timed or a.date is None or kinds[i - 1] in (BLANK, ANCHOR):
            continue
        above = lines[i - 1].text
        if i - 1 in unread and _CONTINUES.search(above):
            why = unread[i - 1].strip(" ;").removesuffix("; not a meeting").strip()
        elif i - 1 in unread and _REOPENS_END.search(above) and (pc := _premises_close(above)):
            why = f"when {pc!r} opens again"  # "Das Büro … schließen am …, und öffnet wieder am"
        elif (
            len(a.inline_head) > _CONTINUED_HEAD
            or a.inline_head.lstrip()[:1] in ("•", "*", "-", "–", "·")  # a list's next item
            or len(above) < 20
        ):
            continue
        elif (
            # the line's words before its date, "del" too ("antes del 30 de abril")
            why := _head_says_no_event(f"{above.rstrip()} {lines[i].text[: a.date.start].strip()} ")
        ) is not None:
            # "… sont ouvertes jusqu'au" / "vendredi 4 décembre.": the words before the date
            why = f"its sentence starts there: the date{why.removesuffix('; not a meeting')}"
        else:
            continue
        unread[i] = _CONTINUED_REASON.format(lines[i].text, lines[i - 1].number, why)
        del anchors[i]
        kinds[i] = OTHER


def _lead_above(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], langs: tuple[str, ...]
) -> None:
    """A dated line without a time that goes on with the sentence of the line above it, which
    states the time (and place) and ends in no sentence's end ("Les chantiers participatifs
    d'hiver ont lieu de 10h à 12h au jardin," / "les samedis 12 décembre, 9 janvier et 23
    janvier.", or "… ont lieu à 12 h, au Pavillon Charles-De Koninck," / "local DKN-3470 : les
    mercredis 13 janvier, …"): the sentence's time and place lead the dates, as on one line, and
    the dates of the lines its list goes on to. A list whose time comes after its last date on
    the next line ("… on the third Tuesday of the month: 16 February," / "16 March and 20
    April, all at 6.30pm in the Bellamy Room.") gives that time and place to the first line's."""
    for i in sorted(anchors):
        a = anchors[i]
        if i == 0 or a.timed or a.lead or a.date is None or kinds[i - 1] in (BLANK, ANCHOR):
            continue
        above = lines[i - 1].text.rstrip()
        if not above or above[-1] in ".!?;" or i - 1 in anchors:
            continue
        t = lines[i].text
        if _BULLET.match(t) or (":" in t and _LABEL.match(t)):
            continue  # a list's next item or a labelled line ("Dates : …"), no sentence going on
        if (dm := find_date(t, langs=langs)) is None or dm.start > _LEAD_HEAD:
            continue
        joined = f"{above} {t[: dm.start]}"
        split = _lead_sentence(joined, langs) if above.endswith(",") else None
        if (
            split is None
            and (colon := joined.rfind(": ")) > len(above)
            and days_words(joined[colon + 2 :], langs)
            and find_times(above) is not None
            and not calendar.hours_before(above, len(above))
        ):
            # "… ont lieu à 12 h (dîner fourni), au Pavillon Charles-De Koninck," / "local
            # DKN-3470 : les mercredis 13 janvier, …": the lead ends at the colon
            split = colon + 2
        if split is None:
            continue
        a.lead, a.timed, a.inline_head, a.prose = joined[:split], True, "", False
        kinds[i - 1] = PROSE  # its words are the lead's, no place or detail of its own
        j = i + 1
        while (
            j in anchors
            and _list_goes_on(lines[j - 1].text)
            and _bare_list_line(anchors[j], lines[j].text, langs)
        ):
            anchors[j].lead, anchors[j].timed, anchors[j].prose = a.lead, True, False
            j += 1  # "St Luke's Hall: 19th December, 16th January," / "20th February and …"
    for i in sorted(anchors):
        a = anchors[i]
        if a.timed or a.lead or a.date is None or not _list_goes_on(lines[i].text):
            continue
        if (b := anchors.get(i + 1)) is None or b.lead:
            continue
        if not _bare_list_line(b, lines[i + 1].text, langs, timed=True):
            continue
        rest = b.tail[b.more[-1].end :] if b.more else b.tail
        if (tm := find_times(rest)) is not None and tm.start <= _LIST_TIME_REACH:
            a.lead, a.timed, a.prose = rest[tm.start :], True, False


_LIST_GOES_ON = re.compile(r"(?:,|\b(?:and|und|et|y|e|&))\s*+$", re.IGNORECASE)
_LIST_TIME_REACH = 30  # characters after a list's last date to its shared time ("…, all at 6.30pm")


def _list_goes_on(text: str) -> bool:
    """Whether a line ends as a list that goes on on the next line ("16 February,", "… and")."""
    return _LIST_GOES_ON.search(text[-12:]) is not None


def _bare_list_line(a: _Anchor, text: str, langs: tuple[str, ...], *, timed: bool = False) -> bool:
    """Whether a dated line goes on with a list of dates: its date first, no time of its own
    unless ``timed`` ("20th February and 20th March.", "16 March and 20 April, all at 6.30pm")."""
    if a.date is None or (a.timed and not timed) or a.lead:
        return False
    dm = find_date(text[:_LEAD_HEAD], langs=langs)
    return dm is not None and dm.start <= 3


_LEAD_HEAD = 80  # characters before the date on a line that goes on with a lead above it


def _line_kind(t: str, langs: tuple[str, ...]) -> tuple[_Anchor | _Unread | None, str]:
    """A non-blank line's reading (``_anchor``) and its kind, from its text alone."""
    a = _anchor(t, langs)
    if a is None and (other := _weekday_language(t, langs)) is not None:
        a = _anchor(t, (other, *langs))  # "Dimanche 18 octobre, 13 h 30" on an English page
    if isinstance(a, _Anchor) and not (a.date is None and len(t) > 80):
        return a, ANCHOR
    if "held" in t.lower() and _SERIES.match(t):  # a word it needs, looked for first
        return a, SERIES
    if _PLACE_MARK.match(t):
        return a, OTHER  # "- 📍 Riverdale Library, 370 Broadview Ave, … (program room)": a place
    if a is None and _BULLET.match(t) and calendar.meets_at(_BULLET.sub("", t, count=1)):
        return a, OTHER  # "- Meet at Broadview Station (bus loop entrance). We'll split …"
    return a, PROSE if is_prose(t) else OTHER


# A list item or line led by a map pin or a building: the place of the event above it.
_PLACE_MARK = re.compile(r"^[\s*•·-]*+[\U0001F4CD\U0001F4CC\U0001F3EB\U0001F3DB\U0001F5FA]")


# Calendars ------------------------------------------------------------------------------------
_TOC_REASON = "{!r} is in a list of dates whose meetings are read under its heading at line {}"
_DAY_GAP = 2  # blank lines allowed between a calendar's entries (HTML puts one between <p>s)


def _date_only(a: _Anchor) -> bool:
    """A line that is only a date (a heading, or one line of a table of contents)."""
    return (
        a.date is not None and not a.inline_head and not a.more and not a.tail.strip(" ,.;:|–—-()")
    )


_DAY_NAME_BRACKET = re.compile(r"\(\s*+[^\W\d_][^()\d]{0,30}\)")  # "(Feiertag)", "(Epiphany)"


def _named_day(a: _Anchor) -> bool:
    """A date heading with the day's name before it and nothing after ("1. Weihnachtsfeiertag,
    Freitag, 25. Dezember", "Silvester, Donnerstag, 31. Dezember", "Christmas Eve, Thursday 24
    December"): a calendar's day, like a date alone."""
    head = a.inline_head.strip()
    if (
        a.date is not None
        and a.date.weekday is not None
        and not a.more
        and not head
        and _DAY_NAME_BRACKET.fullmatch(a.tail.strip()) is not None
    ):
        return True  # "Mittwoch, 6. Jänner 2027 (Feiertag)", "Monday 25 January (Burns Night)"
    return (
        a.date is not None
        and a.date.weekday is not None  # not a letter's "London, 9 January 2026"
        and not a.more
        and not a.tail.strip(" ,.;:|–—-()")
        and 0 < len(head) <= _DAY_NAME_MAX
        and len(head.split()) <= _DAY_NAME_WORDS
        and find_times(head) is None
    )


_DAY_NAME_MAX = 40
_DAY_NAME_WORDS = 3


def _calendar(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    unread: dict[int, str],
    langs: tuple[str, ...] = ("en",),
) -> None:
    """Read the page's calendar layouts, in place: date headings over entries with their own
    times become one anchor per entry (the heading is no meeting: kind DAY), table rows that
    leave the date cell empty take the date of the row above, a table's header row and a time
    stated for the whole list are RULE lines, and a table of contents of dates (each repeated
    later as a heading) is no meeting: each of its lines is warned about."""
    _footnote_times(lines, kinds, anchors)
    list_times: list[tuple[int, TimeMatch]] = []
    list_places: dict[int, str | None] = {}
    rules: list[tuple[int, TimeMatch | None]] = []  # stated "unless stated otherwise"
    choices: dict[int, tuple[tuple[TimeMatch, str], ...]] = {}  # a rule's time for each place
    strict: set[int] = set()  # rules in a sentence of prose: any heading after its entries ends it
    # "Unless stated otherwise, all screenings are … at The Regal, … starting at 7.30pm": the
    # page's rule, over its sections ("Season so far", "Still to come") until another rule
    page_wide: set[int] = set()
    soft: set[int] = set()  # "unless stated" blocks: an entry that says where keeps its place
    plain: set[int] = set()  # list times of a list's own noun: no calendar of the page's days
    for i, k in enumerate(kinds):
        if k == SERIES and (rule := calendar.unless_rule(lines[i].text)) is not None:
            rules.append((i, rule[0]))  # "Talks are held at X unless stated. ... 7.30pm"
            list_places[i] = rule[1]
        elif k == SERIES and (held := _held_rule(lines, kinds, i, choices)) is not None:
            rules.append((i, held[0]))  # "Meetings are held at the Red Lion … at 7.30pm."
            list_places[i] = held[1]
            _file_rule(lines, kinds, i, strict, page_wide)
        elif k in (OTHER, PROSE) and (block := _unless_block(lines, kinds, i)) is not None:
            end, tm, place = block  # "Wenn nicht anders angegeben:" / "Universität …, Hörsaal
            for j in range(i, end):  # H10" / "Universitätsstraße 25, …" / "Beginn jeweils 18:15"
                kinds[j] = RULE
            rules.append((i, tm))
            list_places[i] = place
            page_wide.add(i)
            soft.add(i)
        elif k in (OTHER, PROSE) and (over := _unless_over_lines(lines, kinds, i)) is not None:
            kinds[i] = kinds[i + 1] = RULE  # "All screenings are at … unless stated." / "Doors
            rules.append((i, over[0]))  # and bar open 7pm, films start 7.30pm."
            list_places[i] = over[1]
            page_wide.add(i)
        elif k in (OTHER, PROSE) and (found := _rule_line(lines[i].text)) is not None:
            what, value = found
            if what == _HEADER_ROW:
                kinds[i] = RULE
                if value is not None:
                    _table_columns(lines, anchors, i, value)
            elif what == _HEAD_TIME:
                if _heading_over_dates(
                    kinds, i
                ):  # "=== STEERING COMMITTEE (Zoom, 8 p.m.) ===" over
                    kinds[i] = RULE  # "* Tue 12/22 - CANCELLED" / "* Tue 1/5 - …"
                    list_times.append((i, value[0]))
                    list_places[i] = value[1]
                    strict.add(i)
            elif what == _LED_LIST_TIME:
                kinds[i] = RULE  # the list right under it, to the next heading
                list_times.append((i, value[0]))
                list_places[i] = value[1]
                strict.add(i)
                plain.add(i)
            elif what == _LIST_TIME:
                each = calendar.each_time(lines[i].text)
                if each and _under_day_heading(kinds, anchors, i):
                    continue  # "Sa 9.1. – So 10.1." / "jeweils 10:00 – 16:00 Uhr": the day's time
                kinds[i] = RULE
                if each and (above := _dates_line_above(lines, kinds, anchors, i)) is not None:
                    a = anchors[above]  # "3 Abende, montags: 11.01., 08.02. und 08.03.2027" /
                    a.list_time, a.list_place = value  # "jeweils 18.00–19.30 Uhr"
                    kinds[i] = OTHER  # a detail of those dates: their place may follow it
                    continue
                list_times.append((i, value[0]))
                list_places[i] = value[1]
                if value[1] is not None and (named := _premises_named_below(lines, kinds, i)):
                    list_places[i] = named  # "… are held at the usual venue:" / "University of
                    # Bath (UoB), Room 3.12, …": the premises' kind, then their name under it
                elif value[1] is None and _online_subject(lines[i].text):
                    list_places[i] = "online"  # "All online sessions run from 7pm to 8pm AEDT"
                elif value[1] is None and (below := _unless_place_below(lines, kinds, i)):
                    list_places[i] = below  # "All activities start at 6pm …," / "and are held
                    # at the House (Riverside Youth Centre, …)" / "unless stated otherwise."
                elif value[1] is None and (field := _place_field_by(lines, kinds, i)):
                    list_places[i] = field  # "Ort: Batzen Häusl, …" / "Beginn: jeweils 19:00
                    # Uhr" / "- Do, 14.01.2027": the list's labelled place, over or under it
                    strict.add(i)  # the list's own fields: the next heading ends them
                if calendar.plural_list_time(lines[i].text):
                    strict.add(i)  # "All storytimes begin at 10:30 a.m.": the list under it
                    plain.add(i)
                elif each:
                    strict.add(i)  # "Treffpunkt jeweils 14 Uhr": the dates listed with it
                elif _under_framed_heading(lines, kinds, i):
                    strict.add(i)  # "-----" / "CICLO: …" / "Todas las sesiones son de 17:00 …"
                elif calendar.says_unless(lines[i].text) and _GENERIC_ALL.search(lines[i].text):
                    page_wide.add(i)  # "All sessions start at 7pm unless stated otherwise"

            elif what == _NO_MEETING_LINE:
                kinds[i] = RULE  # "August – no meeting (summer recess)": no place, no detail
                _no_meeting_under(lines, kinds, anchors, unread, i, value)
            elif what == _SAYS_CLOSED:
                if _no_meeting_under(lines, kinds, anchors, unread, i, value):
                    kinds[i] = RULE  # "Friday, January 1" / "All branches closed for New Year"
            elif what == _UNLESS_RULE:
                kinds[i] = RULE
                rules.append((i, value[0]))  # no calendar: its entries are dated lines
                list_places[i] = value[1]
                if value[1] is None and (above := _weekly_place_above(lines, kinds, i)):
                    list_places[i] = above  # "Every Friday at The Musician, …" / "Doors 7.30pm,
                    kinds[i - 1] = RULE  # music from 8pm unless shown otherwise."
                elif value[1] is None and (below := _unless_place_below(lines, kinds, i)):
                    # "Todas las actividades empiezan a las 18:00 h salvo que se indique otra
                    # hora," / "y son en la Casa (Centro Cívico Delicias, …)" / "si no pone …"
                    list_places[i] = below
                elif value[1] is None and (above := _held_place_above(lines, kinds, i)):
                    # "Monthly meetings are held on the second Wednesday of the month in the
                    # SAAO Auditorium," / "Observatory Road, …, and start at 20h00 unless
                    # noted.": the sentence wrapped over the rule's line; its section's, unless
                    # it is said of all the page's meetings
                    list_places[i] = above
                    kinds[i - 1] = RULE
                    if not _GENERIC_ALL.search(lines[i - 1].text):
                        strict.add(i)
                        continue
                page_wide.add(i)
            elif (
                # "Fri 18 Dec – Night ride" / "We meet at Elland Road at 8pm.": that date's
                (
                    (i == 0 or kinds[i - 1] != ANCHOR)
                    and (held := _held_rule(lines, kinds, i, choices))
                )
                or (held := _intro_rule(lines, kinds, i))
                or (held := _list_rule(lines, kinds, anchors, i, choices))
            ):
                # "Branch meetings are held on … at 7pm in …"; a held sentence's word in a
                # labelled field ("Zeit: dienstags, 17:15 Uhr (während der Vorlesungszeit)")
                rules.append((i, held[0]))
                list_places[i] = held[1]
                _file_rule(lines, kinds, i, strict, page_wide)
        elif k == OTHER and (field := _place_over_dates(lines, kinds, anchors, i)) is not None:
            rules.append((i, None))  # "Ort: Ost West Club, …" / "- [date=2027-01-28 …]"
            list_places[i] = field
            strict.add(i)
        elif k in (OTHER, PROSE) and (held := _list_rule(lines, kinds, anchors, i, choices)):
            rules.append((i, held[0]))
            list_places[i] = held[1]
            _file_rule(lines, kinds, i, strict, page_wide)
    if list_times:
        list_times = _trailing_list_times(kinds, anchors, list_times, list_places)
    untimed = [i for i in sorted(anchors) if _untimed_date(anchors[i])]
    if not untimed and not list_times and not any("|" in lines[i].text for i in anchors):
        _assign_list_rules(
            lines, kinds, anchors, rules, list_places, strict, page_wide, choices,
            tables=_table_spans(lines, kinds) if strict else [],
        )  # fmt: skip
        return
    _drop_toc(lines, kinds, anchors, unread, [i for i in untimed if _date_only(anchors[i])])
    days = []
    heads = (
        _section_headings(lines, kinds, anchors, every=True)
        if strict & {s for s, _ in list_times}
        else []
    )
    tables = _table_spans(lines, kinds) if strict else []
    order = sorted(anchors)
    firsts = {s: _first_after(order, s) for s, _ in list_times}  # each list time's first meeting
    for i in sorted(anchors):
        a = anchors[i]
        row = "|" in lines[i].text and a.tail.lstrip().startswith("|") and a.date is not None
        if row:
            a.entry = True
        if row or _untimed_date(a):
            # a time stated for each date of one list ("jeweils 18 Uhr, Volkshaus:") ends at the
            # next heading: a later heading's dated block does not take it
            held = [
                lt
                for lt in list_times
                if not (
                    lt[0] in strict
                    and (
                        _section_between(heads, lt[0], i) or _table_ended(tables, firsts[lt[0]], i)
                    )
                )
            ]
            # a list item with its date and its own title ("- Mar 12 ene — *Cuentos de Tokio*")
            titled = (
                not row
                and _ITEM_LEAD.match(lines[i].text) is not None
                and _WORD3.search(a.tail) is not None
            )
            named = not row and _WORD3.search(a.tail) is not None  # the date line's own title
            days.append((i, row, _day_entries(lines, kinds, i, held, row, titled, named)))

    def one_stacked(entries: list[int]) -> bool:  # a time alone over a title ("Baby Time")
        return len(entries) == 1 and _only_time(lines[entries[0]].text)

    def over_venue(entries: list[int]) -> bool:  # "Date" / "7pm" / "Trades Hall": one meeting
        below = [k for k in range(entries[0] + 1, min(entries[0] + 6, len(lines)))
                 if kinds[k] != BLANK][:2]  # fmt: skip
        return (
            bool(below)
            and (
                _placelike(lines[below[0]].text) or _ONLINE.search(lines[below[0]].text) is not None
            )
            and not any(_place_labelled(lines[k].text) for k in below)  # "Location: …" below
        )

    with_entries = [d for d in days if d[2] and not (one_stacked(d[2]) and over_venue(d[2]))]

    # A day with one time alone over its title is an entry of a calendar whose other days
    # have entries (a day with two or more, and another); else its date is one meeting and the
    # time and title its details.
    multi = sum(not one_stacked(d[2]) for d in with_entries)
    calendar_page = (
        any(s not in plain for s, _ in list_times)
        or multi >= 2
        or (multi == 1 and len(with_entries) >= 2)
    )
    for i, row, entries in with_entries:
        if one_stacked(entries) and not calendar_page:
            continue
        day = anchors[i]
        headed = i > 0 and kinds[i - 1] == OTHER  # a place heading over one dated block
        single = not (calendar_page or row or len(entries) >= 2 or not headed)
        if single or (
            not row
            and not (_date_only(day) or (calendar_page and _named_day(day)))
            and len(entries) < 2
        ):
            continue
        if not row and _venue_block_under(
            lines, kinds, entries, titled=_WORD3.search(day.tail) is not None
        ):
            continue  # "All meetings start at 7pm" / "Thursday 10 December" / "Central Library" / street
        day_place = "" if row else _day_place(day, langs)
        if not row and (venue := _venue_over_entries(lines, kinds, i, entries)) is not None:
            # "Saturday 27 February 2027 – Season opener" / "Wolfbrook Arena, 55 Jack Hinton
            # Drive, Addington. Doors open …" / "- 5pm – …": the day's venue, its entries' place
            kinds[entries[0]] = DAY  # the day's venue line: no heading of the entries' campaign
            entries = entries[1:]
            if not (day_place and _placelike(day_place)):
                day_place = venue
        place = [] if row else _place_heading(lines, kinds, i)
        blocks = not row and _place_blocks(lines, kinds, i) == entries
        if not row:
            del anchors[i]
            kinds[i] = DAY
        for h in place:
            kinds[h] = DAY
        dm = dataclasses.replace(day.date, start=0, end=0)
        programme = len(entries) >= _PROGRAMME_SLOTS
        for j in entries:
            text = calendar.entry_start(lines[j].text)
            if (tm := calendar.timed_entry(text)) is not None:
                if programme and calendar.break_slot(text[tm.end :]):
                    unread[j] = _BREAK_REASON.format(lines[j].text)
                    kinds[j] = RULE  # no meeting, and no detail of the session above it
                    continue
                if calendar.observance(text[tm.end :]):
                    unread[j] = _OBSERVANCE_REASON.format(lines[j].text)
                    kinds[j] = RULE
                    continue
            own_place, named = day_place, True
            if blocks:  # "Rheinfelden, Kurbrunnen, 19.30 Uhr": the block's place, then its time
                head, _, last = text.rpartition(",")
                timed = bool(head) and find_times(last) is not None
                own_place, text = (head, last.strip()) if timed else (text, "")
            elif (pt := place_time_entry(text)) is not None:
                own_place, text = pt  # "Peterborough (Br. 52): 1–4 p.m.": its place, its hours
            else:
                named = False
            anchors[j] = _Anchor(
                j, dm, False, "", text, day=i, entry=True, place_head=place, day_place=own_place
            )
            # "Mardis 19 et 26 janvier" over its entry: the entry on each of the days
            anchors[j].listed = list(day.listed)
            anchors[j].own_place = named and bool(own_place)
            kinds[j] = ANCHOR
    _assign_list_rules(
        lines, kinds, anchors, sorted(list_times + rules), list_places, strict, page_wide, choices,
        tables=tables, soft=soft,
    )  # fmt: skip


_PROGRAMME_SLOTS = 3  # entries under one day that make it a programme with breaks in it
_BREAK_REASON = (
    "{!r} is a break in the programme (arrival, a pause, a meal, the close); not a meeting"
)
_OBSERVANCE_REASON = (
    "{!r} is a time of day to keep (candle lighting, sunset, a prayer's time); not a meeting"
)
_PROGRAMME_REASON = (
    "{!r} is the range of the programme whose days are listed under it; not a meeting"
)


def _drop_programme_ranges(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> dict[int, tuple[str, frozenset[tuple[int, int]]]]:
    """A festival's or a conference's own dates over its programme ("3e édition, du 18 au 21
    mars 2027" over "JEUDI 18 MARS" / "19h00  Soirée d'ouverture" …, "Dates: Saturday 20 –
    Sunday 21 March 2027" over its talks) are no meeting of their own when two or more of its
    days head entries further down, or (a range alone on its line) have timed meetings there:
    each such range is warned about. Returns, by line, what each dropped range's line says
    after its dates (its place: "· Parque Kennedy, Miraflores") and its days as (month, day)."""
    dropped: dict[int, tuple[str, frozenset[tuple[int, int]]]] = {}
    ranges = [
        i
        for i, a in anchors.items()
        if a.date is not None and (a.date.end_day is not None or a.listed)
    ]
    if not ranges:
        return dropped
    # (month, day) -> the last line with a calendar entry that day, or with any timed meeting
    entries: dict[tuple[int, int], int] = {}
    timed: dict[tuple[int, int], int] = {}
    for j, a in anchors.items():
        if a.date is not None and a.date.end_day is None and (a.day is not None or a.timed):
            key = (a.date.month, a.date.day)
            timed[key] = max(timed.get(key, -1), j)
            if a.day is not None:
                entries[key] = max(entries.get(key, -1), j)
    if len(timed) < 2:
        return dropped
    for i in ranges:
        # A range with words of its own ("Summer school 7–9 December, Union Hall") is a meeting
        # over its dated lines; only a programme's day headings make it the programme's span.
        below = timed if _date_only(anchors[i]) else entries
        a = anchors[i]
        if a.listed and a.date.end_day is None:
            # "los días 25 y 26 de febrero de 2027": the days listed, each a heading below
            days = frozenset((a.date.month, d) for d in (*a.listed, a.date.day))
        elif (days := range_days(a.date)) is None:
            continue
        if sum(below.get(d, -1) > i for d in days) >= 2:
            unread[i] = _PROGRAMME_REASON.format(lines[i].text)
            dropped[i] = (anchors[i].tail, days)
            del anchors[i]
            kinds[i] = OTHER
    return dropped


# A course's count of sessions on its first date's line: "ab Di., 19.01.2027, 3 Termine",
# "from Tue 19 January, 3 sessions", "à partir du mardi 19 janvier, 3 séances", "desde el
# martes 19 de enero, 3 sesiones".
_SESSION_COUNT = re.compile(
    r"\b\d{1,2}\s++(?:termine|abende|treffen|sessions|evenings|classes|meetings|weeks|"
    r"s[ée]ances|soir[ée]es|cours|sesiones|clases|encuentros|semanas)\b",
    re.IGNORECASE,
)
_COURSE_REACH = 30  # lines under a course's first date searched for its sessions
_COURSE_REASON = (
    "{!r} is the first date of a course whose sessions are listed under it; not a meeting"
)


def _drop_course_heads(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """A course's line that gives its first date and how many sessions it has, without a time
    ("ab Di., 19.01.2027, 3 Termine"), over the list of its sessions whose first is that date
    again: no meeting of its own (its sessions are), warned about."""
    for i in [i for i, a in anchors.items() if _untimed_date(a)]:
        a = anchors[i]
        if not _SESSION_COUNT.search(a.tail):
            continue
        same = (a.date.month, a.date.day)
        below = [
            b
            for j in range(i + 1, min(len(lines), i + 1 + _COURSE_REACH))
            if (b := anchors.get(j)) is not None and b.date is not None
        ]
        if any((b.date.month, b.date.day) == same for b in below):
            unread[i] = _COURSE_REASON.format(lines[i].text)
            del anchors[i]
            kinds[i] = OTHER
            for b in below:  # "jeweils 19:00 – 20:30 Uhr" under it: its sessions' time
                if a.list_time is not None and b.list_time is None and not b.timed:
                    b.list_time, b.list_place = a.list_time, b.list_place or a.list_place


# the longest festival, fair or conference whose range is read this way: a book fair runs for
# two or three weeks ("Del 27 de noviembre al 13 de diciembre")
_PROGRAMME_DAYS = 31


def range_days(dm: DateMatch) -> frozenset[tuple[int, int]] | None:
    """The days of a programme's range as (month, day), or None when it is no such range (one
    day, an impossible date, longer than _PROGRAMME_DAYS)."""
    if dm.end_day is None:
        return None
    try:
        first = date(dm.year or 2000, dm.month, dm.day)  # 2000: a leap year, for 29 February
        span = (date(first.year, dm.end_month or dm.month, dm.end_day) - first).days
    except ValueError:
        return None
    if not 0 < span <= _PROGRAMME_DAYS:
        return None
    return frozenset((d.month, d.day) for d in (first + timedelta(days=k) for k in range(span + 1)))


_ENTRY_REACH = 3  # lines under a timed date line searched for the next entry of its day


def _ranges_under_ranges(lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor]) -> None:
    """A calendar print's second entry of a day, its date cell left empty: under a date line
    that gives a time range and a title ("sam. 5 déc.  10:00 - 17:00  Formation : …" / its
    place), a line that opens with a time range and goes on with words ("14:30 - 16:30
    Rassemblement contre les expulsions") is an entry of its own on that day, not a detail."""
    for i in [i for i, a in anchors.items() if a.timed and a.date is not None and not a.more]:
        a = anchors[i]
        tm = a.tail_times()
        if tm is None or tm.end_time is None or tm.start > _NEAR:
            continue
        for j in range(i + 1, min(i + 1 + _ENTRY_REACH, len(lines))):
            if kinds[j] != OTHER:
                break
            t = lines[j].text
            if (
                not t[:1].isdigit()
                or (et := calendar.timed_entry(t)) is None
                or et.end_time is None
            ):
                continue
            dm = dataclasses.replace(a.date, start=0, end=0)
            anchors[j] = _Anchor(j, dm, False, "", calendar.entry_start(t), day=i, entry=True)
            kinds[j] = ANCHOR


(_HEADER_ROW, _LIST_TIME, _NO_MEETING_LINE, _SAYS_CLOSED, _UNLESS_RULE, _MAY_BE_HELD,
 _HEAD_TIME, _LED_LIST_TIME) = range(8)  # fmt: skip


def _place_or_street(text: str) -> bool:
    """Whether a name and its address name a place, by their name or by their street: "La Cité
    Miroir, place Xavier Neujean 22, 4000 Liège"."""
    parts = text.split(",")
    if _placelike(text):
        return True
    # "Inscription auprès de Marie Dupont, 12 rue des Lilas": no name before the street
    return name_like(parts[0].strip()) and (
        any(_street_line(p.strip()) for p in parts[1:3])
        or _street_line(",".join(parts[1:3]).strip())  # "Etopia, Avda. Ciudad de Soria, 8"
    )


_RULE_LABEL_MAX = 60  # characters of a label before the rule it says ("Semana del …: todas …")
_LABEL_DASH = re.compile(r"(?<=\S) [–—-] (?=\S)")  # a lead-in's dash between words


# A label saying its time is every entry's: "Horaire commun à toutes ces collectes", "Common
# hours for all these drives", "Gemeinsame Zeit aller Termine", "Horario común de todas las
# colectas", "Hours for all sessions".
_COMMON_TIME_LABEL = re.compile(
    r"\b(?:(?:horaires?|heures?|times?|hours|zeit(?:en)?|uhrzeit|horarios?|horas?)\s++"
    r"(?:communs?|commune?s?|común|comunes|for\s++all|de\s++toutes|de\s++tous|für\s++alle|"
    r"aller|de\s++todas|de\s++todos|para\s++todas|para\s++todos)"
    r"|(?:common|shared|gemeinsame)\s++(?:hours|times?|zeit(?:en)?|uhrzeit))\b",
    re.IGNORECASE,
)
_COMMON_TIME_REACH = 6  # characters from the colon to the time ("de 9 h", "ab 9")


@lru_cache(maxsize=4096)
def _rule_line(t: str) -> tuple[int, Any] | None:
    """What a line that is no entry may state for the entries under it, from its text alone (a
    page's address and link lines repeat): a table's header row (with its column roles), a time
    for the list (with its place), no meeting, a time "unless stated otherwise" (with its place),
    or maybe a sentence saying where and when meetings are held (``_held_rule`` decides)."""
    if calendar.is_header_row(t):
        return _HEADER_ROW, calendar.header_roles(t)
    if (tm := calendar.list_time(t)) is not None:
        return _LIST_TIME, (tm, calendar.list_place(t, _place_or_street))
    if (colon := t.find(": ", 0, _RULE_LABEL_MAX)) > 0 and (
        tm := calendar.list_time(rest := t[colon + 2 :])
    ) is not None:
        # "Semana del 14 al 18 de diciembre: todas las audiciones comienzan a las 18 h en la Sede
        # Gallo 238", "Note: all talks start at 7pm": the rule after its label
        return _LIST_TIME, (tm, calendar.list_place(rest, _place_or_street))
    if (
        (dash := _LABEL_DASH.search(t, 0, _RULE_LABEL_MAX)) is not None
        and (tm := calendar.list_time(rest := t[dash.end() :])) is not None
        and not calendar.each_time(rest)
    ):
        # "With Graham ZL3GK — all classes at 7pm in the Garden Room, …", "Mit Petra – alle
        # Kurse beginnen um 19 Uhr": the rule after a lead-in and a dash, a remark of its section
        return _LED_LIST_TIME, (tm, calendar.list_place(rest, _place_or_street))
    if (
        (colon := t.find(":", 0, _RULE_LABEL_MAX)) > 0
        and _COMMON_TIME_LABEL.search(t, 0, colon) is not None
        and (tm := find_times(rest := t[colon + 1 :])) is not None
        and tm.start <= _COMMON_TIME_REACH
    ):
        # "Horaire commun à toutes ces collectes : de 9 h à 13 h.", "Common hours for all
        # these drives: 9am–1pm": the list's time, whatever the label's words
        return _LIST_TIME, (tm, None)
    if "(" in t and (head := _heading_time(t)) is not None:
        return _HEAD_TIME, head
    if len(t) <= 80 and (nm := _says_no_meeting(t)) is not None:
        return _NO_MEETING_LINE, nm
    if len(t) <= 80 and (cl := _says_closed(t)) is not None:
        return _SAYS_CLOSED, cl  # a closure: no meeting, when a date heading is over it
    if (rule := calendar.unless_rule(t)) is not None:
        return _UNLESS_RULE, rule
    if calendar.may_be_held_rule(t):
        return _MAY_BE_HELD, None
    return None


# A section's heading that gives its meetings' time, maybe their place, in brackets: "===
# STEERING COMMITTEE (Zoom, 8 p.m.) ===", "## Vorstand (Gewerkschaftshaus, 20 Uhr)". Read with
# fullmatch only; its "^" makes a search fail at once past the line's start (without it a search
# tries the lazy title at every position: 0.6 s on a hostile 10 KB line).
_BRACKET_HEADING = re.compile(
    r"^[=#*\s]*+(?P<title>[^\W\d_][^()\d:,.;]{2,60}?)\s*+\((?P<inner>[^()]{2,60})\)[\s=#*]*+"
)


_LABEL_IN = re.compile(r"[^\W\d_]\s?:\s")  # "prevista: 7:00": a label's colon, not a time's


def _heading_over_dates(kinds: list[str], i: int) -> bool:
    """Whether line ``i`` is a heading right over dated lines: a blank line (or the page's
    start) above it, a dated line the first under it."""
    return (i == 0 or kinds[i - 1] == BLANK) and _kind_below(kinds, i) == ANCHOR


def _kind_below(kinds: list[str], i: int) -> str | None:
    """The kind of the first line under line ``i`` that is not blank, None at the page's end."""
    j = i + 1
    while j < len(kinds) and kinds[j] == BLANK:
        j += 1
    return kinds[j] if j < len(kinds) else None


def _heading_time(text: str) -> tuple[TimeMatch, str | None] | None:
    """The time (and the place, or "Zoom") a section's heading states in brackets for the
    dated lines under it (see _BRACKET_HEADING), else None."""
    hm = _BRACKET_HEADING.fullmatch(text) if len(text) <= _BRACKET_HEADING_MAX else None
    if hm is None or (tm := find_times(inner := hm.group("inner"))) is None:
        return None
    if _LABEL_IN.search(inner):
        return None  # "(Salida prevista: 7:00 h, Plaza Paraíso.)": a remark, not a heading's
    rest = f"{inner[: tm.start]} {inner[tm.end :]}".strip(" ,;–—-")
    place = rest if rest and (_ONLINE.search(rest) or _placelike(rest)) else None
    if rest and place is None:
        return None  # "(Thursdays, 7pm)", "(ages 6–12, 10am)": not a place
    return tm, place


_BRACKET_HEADING_MAX = 100


def _file_rule(
    lines: list[Line], kinds: list[str], i: int, strict: set[int], page_wide: set[int]
) -> None:
    """How far the held rule at line ``i`` reaches: the page's, "unless stated otherwise"; to
    the next section heading when it is for all of the list ("All lectures begin at 8pm sharp",
    past each talk's title over its date); else ``strict``, to the next heading of any kind."""
    if _rule_says_unless(lines, kinds, i):
        page_wide.add(i)
    elif not _rule_says_all(lines, kinds, i):
        strict.add(i)


def _rule_texts(lines: list[Line], kinds: list[str], i: int) -> list[str]:
    """The texts of the paragraph of RULE lines from line ``i``."""
    out: list[str] = []
    j = i
    while j < len(lines) and j < i + _HELD_REACH and kinds[j] == RULE:
        out.append(lines[j].text)
        j += 1
    return out


def _rule_says_all(lines: list[Line], kinds: list[str], i: int) -> bool:
    """Whether the paragraph of RULE lines from line ``i`` states its time for all the list's
    meetings ("All lectures begin at 8pm", "Toutes les séances commencent à 19 h")."""
    return any(_GENERIC_ALL.search(t) for t in _rule_texts(lines, kinds, i))


def _rule_says_unless(lines: list[Line], kinds: list[str], i: int) -> bool:
    """Whether the paragraph of RULE lines from line ``i`` says its time holds for all the
    page's meetings "unless stated otherwise" ("… Toutes les séances commencent à 19 h, sauf
    indication contraire."): the rule is then the page's, over its headings, not only its first
    section's."""
    texts = _rule_texts(lines, kinds, i)
    if any(calendar.says_unless(t) and _GENERIC_ALL.search(t) for t in texts):
        return True
    # a sentence wrapped over the paragraph's lines: "Die Vorträge finden jeweils **mittwochs
    # von" / "18:30 bis 20:00 Uhr** statt, sofern nicht anders angegeben im Hörsaal 1 …"
    joined = " ".join(texts)
    return calendar.says_unless(joined) and _GENERIC_THE.search(joined) is not None


# A rule for every meeting of the page, not one kind's ("All branch meetings begin at 6.30pm"
# stops at the "Day schools" heading): "all" and a plain word for what the page lists.
_LISTED_NOUNS = (
    r"(?:sessions|meetings|events|talks|lectures|screenings|classes|s[ée]ances|r[ée]unions|"
    r"conf[ée]rences|rencontres|soir[ée]es|cours|veranstaltungen|treffen|termine|sitzungen|"
    r"abende|vortr[äa]ge|sesiones|reuniones|charlas|actividades|clases|asambleas)\b"
)
_GENERIC_ALL = re.compile(
    r"\b(?:all|tou(?:te)?s\s++les|alle|tod(?:a|o)s\s++l(?:a|o)s)\s++"
    r"(?:(?:our|nos|unsere|nuestr[ao]s)\s++)?" + _LISTED_NOUNS,
    re.IGNORECASE,
)
# The same said of them all by the article alone: "Die Vorträge finden jeweils … statt, sofern
# nicht anders angegeben …", "The talks are held … unless stated", "Les séances ont lieu …".
_GENERIC_THE = re.compile(
    r"\b(?:the|die|les|las|los|our|unsere|nos|nuestr[ao]s)\s++" + _LISTED_NOUNS, re.IGNORECASE
)


def _unless_over_lines(
    lines: list[Line], kinds: list[str], i: int
) -> tuple[TimeMatch, str | None] | None:
    """A rule "unless stated" whose time is on the next line of its paragraph ("All screenings
    are at the Subscription Rooms, George Street, unless stated." / "Doors and bar open 7pm,
    films start 7.30pm."), or whose place is ("Les séances ont lieu le mardi, de 17 h à 19 h,
    sauf indication contraire," / "au Campus Condorcet, …, 93300 Aubervilliers"): the time and
    place the two lines state, else None."""
    t = lines[i].text
    if i + 1 >= len(lines) or kinds[i + 1] not in (OTHER, PROSE):
        return None
    if not calendar.says_unless(t):
        nxt = lines[i + 1].text
        if (
            t.rstrip().endswith(",")
            and find_times(t) is not None
            and nxt[:1].islower()
            and calendar.says_unless(nxt[:_UNLESS_LEAD_REACH])
        ):
            # "Todas las salidas en barco: presentación en el pantalán a las 8:30 h," / "salvo
            # que se indique otra hora. …": the time, then "unless" wrapped onto the next line
            return calendar.unless_rule(f"{t} {nxt}")
        return None
    if find_times(t) is not None:
        nxt = lines[i + 1].text
        if not t.rstrip().endswith(",") or _PLACE_LEAD.match(nxt) is None:
            return None
        rule = calendar.unless_rule(f"{t} {nxt}")
        return rule if rule is not None and rule[1] is not None else None
    return calendar.unless_rule(f"{t} {lines[i + 1].text}")


def _unless_block(lines: list[Line], kinds: list[str], i: int) -> tuple[int, TimeMatch, str] | None:
    """An "unless stated" label alone on its line, then the place and the time it gives every
    entry, a line each ("Wenn nicht anders angegeben:" / "Universität Bielefeld, Hauptgebäude,
    Hörsaal H10" / "Universitätsstraße 25, 33615 Bielefeld" / "Beginn jeweils 18:15 Uhr"): (the
    line after the block, the time, the place), else None."""
    if not lines[i].text.rstrip().endswith(":"):
        return None  # most lines: no label alone
    t = lines[i].text.strip()
    if len(t) > _UNLESS_LABEL_MAX or not calendar.says_unless(t):
        return None
    places: list[str] = []
    tm = None
    j = i + 1
    while j < len(lines) and j - i <= _UNLESS_BLOCK_LINES and kinds[j] in (OTHER, PROSE, RULE):
        u = lines[j].text.strip()
        if (found := find_times(u)) is not None:
            if tm is not None or places == [] and found.start > 0:
                break
            tm = calendar.list_time(u) or found
        elif tm is None:
            places.append(u.rstrip(" ,."))
        else:
            break
        j += 1
    if tm is None or not places or not any(_placelike(p) or _street_line(p) for p in places):
        return None
    return j, tm, ", ".join(places)


_UNLESS_LABEL_MAX = 60  # characters of a label line: "Sofern nicht anders angegeben:"
_UNLESS_BLOCK_LINES = 4  # its place's lines and its time's
_UNLESS_LEAD_REACH = 40  # characters of a wrapped line searched for the "unless" it opens with
# The preposition a wrapped rule's place opens its line with: "au Campus Condorcet, …", "im
# Hörsaal 1 …", "at the Trades Hall, …", "en el Ateneo, …".
_PLACE_LEAD = re.compile(
    r"[*_]*+(?:au|aux|à\s++la|à\s++l['’]|à|dans\s++la|im|in\s++der|in|at|en\s++el|en\s++la|en)\s",
    re.IGNORECASE,
)


# A line that says where a series always meets, with no time: "Every Friday at The Musician,
# Clarence Street, Leicester", "Jeden Donnerstag im Café Libertad", "Tous les vendredis à La
# Bobine", "Todos los jueves en el Ateneo", "Les mercredis, au Centre Saint-Pierre", "Tuesdays, at
# the Marc-Favreau Library", "Mittwochs im Bürgerhaus", "Los martes, en la Biblioteca Nacional".
_WEEKLY_PLACE = re.compile(
    r"^\W{0,3}(?:every|each|jeden|jede|immer|chaque|tous\s++les|toutes\s++les|todos\s++los|"
    r"todas\s++las|cada|(?:on\s++)?(?:mon|tues|wednes|thurs|fri|satur|sun)days|"
    r"(?:mon|diens|mittwoch|donners|frei|sams|sonn)tags|mittwochs|"
    r"les\s++(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s|"
    r"los\s++(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados|domingos))"
    r"\b[^.:;]{0,40}?\s(?:at|in|im|in\s++der|à|au|en)\s++"
    r"(?P<place>(?:the\s++|la\s++|le\s++|el\s++|l['’])?(?-i:[A-ZÀ-Þ])[^.;]{2,120})$",
    re.IGNORECASE,
)


# How a series meets, not where: in person, online, in a language.
_MODES = frozenset({
    "präsenz", "person", "presence", "présentiel", "presencial", "persona", "online", "zoom",
    "english", "spanish", "german", "french", "englisch", "deutsch", "spanisch", "französisch",
    "anglais", "espagnol", "allemand", "français", "inglés", "español", "alemán", "francés",
})  # fmt: skip


def _weekly_place(text: str) -> str | None:
    """The place a line with no time says a series always meets at (see _WEEKLY_PLACE), else
    None: a name, then maybe its street ("Centre Saint-Pierre, 1212, rue Panet")."""
    if len(text) > _WEEKLY_PLACE_MAX or find_times(text) is not None:
        return None
    m = _WEEKLY_PLACE.match(text)
    if m is None or not name_like(first := m.group("place").split(",", 1)[0]):
        return None  # not "January we have guest singers"
    if first.split(None, 1)[0].casefold() in _all_months():
        return None  # "Tuesdays in March, …": when, not where
    if first.split(None, 1)[0].casefold().strip(" ,") in _MODES:
        return None  # "Mittwochs in Präsenz, manchmal auch online", "Thursdays in Spanish": how
    place = m.group("place").strip(" ,")
    # "the Red Lion", "el Ateneo", "l'Alhambra": the article is no part of the name
    if place[:2] in ("l'", "l’"):
        return place[2:]
    if place[:1].islower() and " " in place:
        return place.split(None, 1)[1]
    return place


_UNLESS_WRAP = 3  # lines a rule's sentence goes on over


def _premises_named_below(lines: list[Line], kinds: list[str], i: int) -> str | None:
    """The place of a list-time line that ends on the premises' kind and a colon, read with the
    line under it that names them ("… et ont lieu au local habituel :" / "Université de Namur
    (UNamur), auditoire S 03, …"); that line becomes a RULE line. None otherwise."""
    if not lines[i].text.rstrip().endswith(":") or i + 1 >= len(lines):
        return None
    if kinds[i + 1] not in (OTHER, PROSE):
        return None
    place = calendar.list_place(f"{lines[i].text.rstrip()} {lines[i + 1].text}", _place_or_street)
    if place is not None:
        kinds[i + 1] = RULE
    return place


def _unless_place_below(lines: list[Line], kinds: list[str], i: int) -> str | None:
    """The place the lines right under a rule's time line give when its sentence goes on over
    them (the line ends with a comma or no stop); those lines become RULE lines."""
    if lines[i].text.rstrip().endswith((".", "!", "?", ":")):
        return None
    para = [i]
    while (
        len(para) <= _UNLESS_WRAP
        and para[-1] + 1 < len(lines)
        and kinds[para[-1] + 1] in (OTHER, PROSE)
    ):
        para.append(para[-1] + 1)
    if len(para) == 1:
        return None
    rule = calendar.unless_rule(" ".join(lines[j].text.strip() for j in para))
    if rule is None or rule[1] is None:
        return None
    for j in para:
        kinds[j] = RULE
    return rule[1]


def _place_field_by(lines: list[Line], kinds: list[str], i: int) -> str | None:
    """The place a labelled line right over or under a list's time line gives ("Ort: Batzen
    Häusl, Andreas-Hofer-Straße 30" over "Beginn: jeweils 19:00 Uhr", "Where: Trades Hall"
    under "Time: 7pm each time"), in the same paragraph; that line becomes a RULE line."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(lines) or kinds[j] != OTHER:
            continue
        if (value := _labelled_place(lines[j].text.strip())) is not None:
            kinds[j] = RULE
            return value
    return None


def _labelled_place(text: str) -> str | None:
    """The name a place-labelled line gives ("Ort: Batzen Häusl, …" -> "Batzen Häusl, …"): a
    name, no sentence and no time; else None."""
    if not _place_labelled(text) or ":" not in text:
        return None
    value = text.split(":", 1)[1].strip()
    return (
        value if value[:1].isupper() and not is_prose(value) and find_times(value) is None else None
    )


_DATES_UNDER_FIELD = 4  # lines from a labelled place to the list of dates it is for


def _place_over_dates(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], i: int
) -> str | None:
    """The place a labelled line gives a list of bare dates a few lines under it, in its section
    ("Ort: Ost West Club, Freiheitsstraße 15" / "Wir sitzen im Bistro vorne links." / "- Do,
    28.01.2027, 19:30" / "- Do, 25.03.2027, 19:30"): two list items or more, each its date and
    maybe its time only; else None."""
    if i > 0 and lines[i - 1].text.strip():
        return None  # not under a heading of its own ("Our next season" / "Venue: …")
    if (value := _labelled_place(lines[i].text.strip())) is None:
        return None
    j = i + 1
    while j < len(lines) and j <= i + _DATES_UNDER_FIELD and j not in anchors:
        if kinds[j] not in (BLANK, OTHER, PROSE) or lines[j].heading:
            return None
        j += 1
    items = 0
    while j in anchors and lines[j].text.startswith(_ITEM_MARKS):
        a = anchors[j]
        if a.date is None or a.more or _TWO_LETTERS.search(_TIME_ONLY.sub("", a.tail)):
            return None  # an entry with its own words may name its own place
        items, j = items + 1, j + 1
    return value if items >= 2 else None


_TIME_ONLY = re.compile(r"\d{1,2}(?:[:.h]\d\d)?(?:\s*+(?:uhr|hrs?|h|[ap]\.?\s?m\.?))?", re.I)


def _held_place_above(lines: list[Line], kinds: list[str], i: int) -> str | None:
    """The place of a held sentence that opens on the line above a rule's time line and goes on
    in it, else None."""
    if i == 0 or kinds[i - 1] not in (OTHER, PROSE):
        return None
    text = f"{lines[i - 1].text.strip()} {lines[i].text.strip()}"
    if not calendar.may_be_held_rule(text):
        return None
    rule = calendar.held_rule(text, lambda w: w.casefold() in _all_months())
    return rule[1] if rule is not None else None


def _weekly_place_above(lines: list[Line], kinds: list[str], i: int) -> str | None:
    """The place the line right above a rule's time line says a series always meets at, when
    it gives no time itself (see _WEEKLY_PLACE)."""
    if i == 0 or kinds[i - 1] not in (OTHER, PROSE):
        return None
    return _weekly_place(lines[i - 1].text.strip())


_SECTION_GAP = 2  # blank lines between a section's place line and its first dated entry


def _section_places(lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor]) -> None:
    """A paragraph of its own over a list of dates that says where that series always meets
    ("## Cycle 2" / "Les mardis, à la Bibliothèque Marc-Favreau, 500, boulevard Rosemont." /
    "- Mardi 16 février — …"): each date below it without a time of its own, up to the next
    section heading or such line, takes that place as its list's (an entry's own place still
    wins), and the line is a RULE line (no detail of the first entry)."""
    found = []
    heads: list[int] | None = None
    for i, k in enumerate(kinds):
        if k not in (OTHER, PROSE) or (i and kinds[i - 1] != BLANK):
            continue
        j = i + 1
        while j < len(lines) and kinds[j] == BLANK and j - i <= _SECTION_GAP:
            j += 1
        if j >= len(lines) or j not in anchors:
            continue
        place = _weekly_place(lines[i].text.strip().rstrip("."))
        if place is None and (venue := _section_venue(lines[i].text)) is not None:
            # a venue with its street, right under a section's heading: not the last entry's
            # place ("📍 Cinéma Le Rio, 94 avenue de Paris" under its film, "Lieu :" / …)
            if heads is None:
                heads = _section_headings(lines, kinds, anchors, every=True)
            above = i - 1
            while above >= 0 and kinds[above] == BLANK:
                above -= 1
            # the heading over a blank line: not a film's title under a date whose line is
            # only its date and time ("SAMEDI 23 JANVIER | 18H00" / "Les Ambassadeurs (…)")
            before = above - 1
            while before >= 0 and kinds[before] == BLANK:
                before -= 1
            alone = above > 0 and kinds[above - 1] == BLANK
            bare = before in anchors and not _WORD3.search(
                _STATUS_WORDS.sub(" ", anchors[before].tail)  # "| 18H00 — SÉANCE ANNULÉE"
            )
            place = venue if above in heads and alone and not bare else None
        if place is not None:
            found.append((i, place))
    if not found:
        return
    if heads is None:
        heads = _section_headings(lines, kinds, anchors, every=True)
    for n, (i, place) in enumerate(found):
        kinds[i] = RULE
        h = bisect_left(heads, i + 1)
        end = min(
            heads[h] if h < len(heads) else len(lines),
            found[n + 1][0] if n + 1 < len(found) else len(lines),
        )
        for j in range(i + 1, end):
            if j in anchors and not anchors[j].timed:  # a time of its own: its own place too
                anchors[j].list_place = place


_WEEKLY_PLACE_MAX = 160


_ITEM_LEAD = re.compile(r"\s*+[-*•◦▪]\s")


def _section_venue(text: str) -> str | None:
    """The one venue a section's own paragraph names with its street, over the section's dates
    ("Sala Máxima del Espacio V Centenario (Av. de Madrid, s/n, Granada)", "En colaboración con
    el Centro Federico García Lorca (Plaza de la Romanilla, s/n, Granada), sala de cine."):
    "name, street", else None."""
    if len(text) > _WEEKLY_PLACE_MAX or find_times(text) is not None:
        return None
    if _PAGE_PLACE_LABEL.match(text.strip()) is not None:
        return None  # "Lieu : Maison des syndicats, …": a card's own field
    said = _said_venues(text.strip())
    if len({name for name, _, _ in said}) != 1:
        return None
    name, address, _ = said[0]
    return f"{name}, {address}"


_HELD_REACH = 3  # lines of a paragraph read for the sentence that states a list's time and place


def _held_rule(
    lines: list[Line],
    kinds: list[str],
    i: int,
    choices: dict[int, tuple[tuple[TimeMatch, str], ...]] | None = None,
) -> tuple[TimeMatch, str | None] | None:
    """The time and place a paragraph starting at line ``i`` states for the meetings of the
    list ("Branch meetings are held on the second Wednesday of the month at 7.00pm / in the
    Trades Council office, Unity House."): its lines become RULE lines. A time for each place
    it names goes into ``choices`` under ``i``."""
    para = [i]
    while (
        len(para) < _HELD_REACH
        and para[-1] + 1 < len(lines)
        and kinds[para[-1] + 1] in (OTHER, PROSE)
    ):
        para.append(para[-1] + 1)
    text = " ".join(lines[j].text for j in para)
    if not calendar.may_be_held_rule(text):
        return None
    months = _all_months()
    rule = calendar.held_rule(text, lambda w: w.casefold() in months)
    if rule is not None and rule[1] is None:
        # "Der Arbeitskreis trifft sich um 19 Uhr per Zoom"; not a later sentence's "Zoom
        # meetings start at the same time"
        rule = rule[0], _online_place(calendar.held_sentence(text))
    if rule is not None:
        for j in para:
            kinds[j] = RULE
        if choices is not None and (by_place := calendar.place_times(text)):
            choices[i] = by_place
    return rule


# A list's labelled time and place, in a block of their own over its dates ("Zeit: mittwochs,
# 18:15–19:45 Uhr (c.t.)" / "Ort: Hörsaalzentrum (Gebäude A14)", "Time: Tuesdays, 7pm" /
# "Venue: Unity Hall", "Horaire : 19 h" / "Lieu : Bourse du Travail", "Hora: 19:00" / "Lugar: …").
# What may follow a time's label before its colon: whose time it is ("Uhrzeit für Besucher:",
# "Horario de público:", "Horaire d'ouverture :"). Shared with ``details._TIME_LABEL``.
WHOSE_TIME = r"(?:\s++(?:de|du|des|del|d['’]|für|for|of)\s*+[^\W\d_]++)?"
_TIME_FIELD = re.compile(
    r"(?:"
    + labels.alternation(labels.TIME, labels.TIMES, labels.BEGIN, labels.START, labels.DATE)
    + r")"
    + WHOSE_TIME
    + r"\s?:\s*+",
    re.IGNORECASE,
)
_PLACE_FIELD = re.compile(r"(?:" + labels.alternation(labels.PLACE) + r")\s?:\s*+", re.IGNORECASE)


def _online_subject(text: str) -> bool:
    """Whether a list's time rule says before its time that the list meets online ("All online
    sessions run from 7pm", "Alle Online-Termine beginnen um 19 Uhr"); not a link offered after
    it ("… start at 7pm; a Zoom link is sent to those who cannot come")."""
    tm = find_times(text)
    return tm is not None and _ONLINE.search(text, 0, tm.start) is not None


def _labelled_field(text: str) -> bool:
    """A line that opens with a time's or a place's label ("- Hora: 19:00 h", "Venue: …")."""
    text = text[m.end() :].lstrip() if (m := _ITEM_LEAD.match(text)) else text
    return _TIME_FIELD.match(text) is not None or _PLACE_FIELD.match(text) is not None


_FIELD_HEAD = 12  # characters before a field's colon ("Uhrzeit", "Horaires", "Where")
_FIELD_REACH = 3  # lines of the block read for the place field


_FIELD_BLOCK = 8  # lines of a dated card's labelled fields above its time field


def _field_rule(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], i: int
) -> tuple[TimeMatch, str | None] | None:
    """A labelled time (line ``i``) and place in a block with no date of its own: the time and
    place of the list below it; (time, place or None), the block's field lines RULE lines."""
    fm = _TIME_FIELD.match(lines[i].text)
    if fm is None or (tm := find_times(lines[i].text[fm.end() :])) is None:
        return None
    lo, hi = i, i
    while lo > 0 and kinds[lo - 1] != BLANK and i - lo < _FIELD_REACH:
        lo -= 1
    while hi + 1 < len(kinds) and kinds[hi + 1] != BLANK and hi - i < _FIELD_REACH:
        hi += 1
    top = lo
    while top > 0 and kinds[top - 1] != BLANK and i - top < _FIELD_BLOCK:
        top -= 1
    if (
        any(j in anchors for j in range(top, hi + 1))
        or (top >= 2 and kinds[top - 1] == BLANK and top - 2 in anchors)  # under a date heading
        or max(anchors, default=-1) <= hi
    ):
        return None  # a card's fields under its date (speaker, topic, venue…), or nothing below
    if sum(1 for j in range(lo, hi + 1) if j != i and _MAIL_HEADER.match(lines[j].text)) >= 2:
        return None  # a message's header in a digest ("Date:" / "From:" / "Subject:"): when sent
    place = None
    for j in range(lo, hi + 1):
        if j != i and (pm := _PLACE_FIELD.match(lines[j].text)) is not None:
            place = lines[j].text[pm.end() :].strip() or None
            kinds[j] = RULE
            break
    kinds[i] = RULE
    return tm, place


def _list_rule(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    i: int,
    choices: dict[int, tuple[tuple[TimeMatch, str], ...]] | None = None,
) -> tuple[TimeMatch, str | None] | None:
    """The time and place that line ``i``, which no single line's reading (``_rule_line``)
    took, states for a list: a colon-ended intro over its dates ("… dann dienstags um 16:15
    Uhr … Termine:"), a labelled field block ("Zeit: mittwochs, 18:15 Uhr" / "Ort: …"), or a
    paragraph whose time is on a later line ("Delegate meetings are normally held on the third
    Wednesday of every month at" / "7.30pm at Unity Works, …")."""
    t = lines[i].text
    if t.endswith(":") and (held := _intro_rule(lines, kinds, i)):
        return held
    if ":" in t[:_FIELD_HEAD] and (held := _field_rule(lines, kinds, anchors, i)):
        return held
    if (i == 0 or kinds[i - 1] == BLANK) and calendar.held_stem(t):
        return _held_rule(lines, kinds, i, choices)
    return None


_INTRO_GAP = 2  # lines from a list's colon-ended intro to its first date (one blank between)


def _intro_rule(lines: list[Line], kinds: list[str], i: int) -> tuple[TimeMatch, str | None] | None:
    """A sentence that ends in a colon over a list of dates and states their time and place
    ("The EC meets at 6pm on the first Wednesday of the month, online via Zoom:", "Die Reihe
    wird … fortgesetzt, dann dienstags um 16:15 Uhr, im Hörsaalzentrum. Bereits feststehende
    Termine:", "Prochaines dates, toujours à 19 h à la Bourse du Travail :"): (time, place or
    None), the line a RULE line; else None. The place is led by "in", "im", "à"…, or is
    "online" when the sentence says so."""
    t = lines[i].text
    para = [i]
    if t.endswith(":") and find_times(t) is None and i and kinds[i - 1] in (OTHER, PROSE):
        # "Committee meetings (all 18:30, Round Chapel Old School Rooms; all" / "members
        # welcome to observe):": the sentence's time on the line above its colon
        t, para = f"{lines[i - 1].text} {t}", [i - 1, i]
    if not t.endswith(":") or len(t) > 400 or find_times(t) is None:
        return None
    j = i + 1
    while j < len(kinds) and kinds[j] == BLANK and j - i < _INTRO_GAP:
        j += 1
    if j >= len(kinds) or kinds[j] != ANCHOR:
        return None
    tm = find_times(t)
    stop = _SENTENCE_STOP.search(t, tm.end)
    sentence = t[: stop.start()] if stop else t
    months = _all_months()
    place = calendar.held_place(sentence, tm, lambda w: w.casefold() in months)
    if place is None and (after := calendar.list_place(sentence, _place_or_street)) is not None:
        place = after  # "10am–12 noon, Clapton Library, Northwold Road, London E5 8RA:"
    for k in para:
        kinds[k] = RULE
    return tm, place or _online_place(sentence)


def _online_place(sentence: str) -> str | None:
    """The words by which a list's sentence says its meetings are online ("online via Zoom",
    "per Zoom", "en ligne"), to its end, else None."""
    on = _ONLINE.search(sentence) if contains_any(sentence.casefold(), _ONLINE_STEMS) else None
    return sentence[on.start() :].strip(" :,.") if on is not None else None


_SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)")


_EACH_REACH = 2  # lines from a dated line down to the "jeweils" time of its dates


def _under_day_heading(kinds: list[str], anchors: dict[int, _Anchor], i: int) -> bool:
    """Whether line ``i`` is the first under a date heading (past blank lines): a date alone on
    its line, no time, nothing after it ("Sa 9.1. – So 10.1.")."""
    j = i - 1
    while j >= 0 and kinds[j] == BLANK and i - j <= _EACH_REACH:
        j -= 1
    if j < 0:
        return False
    a = anchors.get(j)
    return kinds[j] == DAY or (
        a is not None and _untimed_date(a) and not a.inline_head and not a.tail.strip(" ,.;:|–—-")
    )


def _dates_line_above(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], i: int
) -> int | None:
    """The line just above line ``i`` (in its paragraph) that lists dates without a time, which
    a time said to hold "each time" on line ``i`` is for ("3 Vorträge: Do 22.04., Do 29.04. und
    Do 06.05.2027" / "jeweils 18.30 Uhr", "Dates: 3, 10 and 17 March" / "each time 7pm")."""
    j = i - 1
    while j >= 0 and i - j <= _EACH_REACH and kinds[j] in (OTHER, ANCHOR):
        a = anchors.get(j)
        if a is not None:
            untimed = not a.timed or (a.more and find_times(a.tail[a.more[-1].end :]) is None)
            return j if a.date is not None and untimed else None
        j -= 1
    return None


# A day's own name after its date and a dash, a few words with no digit: a holiday's ("—
# Waitangi Day", "– Pfingstmontag", "— Jour férié", "– Día de la Hispanidad").
_DAY_NAME_TAIL = re.compile(r"[–—-]\s*+[^\W\d_]++(?:[\s'’-]++[^\W\d_]++){0,3}\W{0,2}")


def _no_meeting_under(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    unread: dict[int, str],
    i: int,
    words: str,
) -> bool:
    """A date alone on its line (a card's badge "FEB 17", a heading) right above a line that
    says there is no meeting, or that all is closed, and names no month of its own ("Reading
    week — no seminar", "Closed for Martin Luther King Jr. Day"; not "August – no meeting" under
    "Tuesday 8 July") is no meeting: it is warned about (True)."""
    j = i - 1
    while j >= 0 and kinds[j] == BLANK and i - j <= 2:
        j -= 1
    a = anchors.get(j)
    if a is None or not _untimed_date(a) or a.inline_head:
        return False
    if a.tail.strip(" ,.;:|–—-()") and not _DAY_NAME_TAIL.fullmatch(a.tail.strip()):
        return False  # "Saturday 6 February — Waitangi Day" / "No club events this weekend."
    months = _all_months()
    if any(w in months for w in _LETTERS.findall(lines[i].text.casefold())):
        return False
    unread[j] = (
        f"{lines[j].text!r}: the line under it, {lines[i].text!r}, says {words!r}; not a meeting"
    )
    del anchors[j]
    kinds[j] = BLANK
    return True


# A heading's word for events that took place, and for those to come: "Season so far", "Fall
# 2026 (past talks)", "Vergangene Termine", "Séances passées", "Sesiones anteriores"; "Still to
# come", "Upcoming", "Kommende", "À venir", "Próximas".
_PAST_WORD = re.compile(
    r"\b(?:past|previous|earlier|so\s++far|archive|vergangen\w*+|bisherig\w*+|"
    r"pass[ée]e?s|pr[ée]c[ée]dent\w*+|anterior\w*+|pasad[oa]s|realizad[oa]s)\b",
    re.IGNORECASE,
)


# A heading over news items ("IN THE NEWS", "Nachrichten", "Noticias"): their dates are
# reports', not the meetings' a rule over the page is for. Not "Aktuelles", "Actualités",
# "Novedades", "Neuigkeiten": what is current lists what is to come as often as what was.
_NEWS_HEADING = re.compile(
    r"^\W*+(?:(?:in\s++the|latest|recent)\s++)?(?:news|press|nachrichten|presse|nouvelles|"
    r"noticias|prensa)\W*+$",
    re.IGNORECASE,
)


def _past_sections(lines: list[Line], kinds: list[str]) -> list[tuple[int, bool]]:
    """The page's short headings that open a section of past events (True) or of events to
    come (False), in order."""
    found: list[tuple[int, bool]] = []
    term = False  # the last past heading named a term said to be over ("Autumn (past talks)")
    for j, line in enumerate(lines):
        t = line.text
        if kinds[j] != OTHER or not 0 < len(t) <= _SECTION_HEAD_LEN:
            continue
        if _PAST_WORD.search(t):
            found.append((j, True))
            term = "(" in t and _PAST_REMARK.search(t) is not None
        elif _NEWS_HEADING.match(t):
            found.append((j, True))  # "IN THE NEWS": reports, not the list's meetings
            term = False
        elif _UPCOMING_HEADING.search(t) or (term and _dates_follow(kinds, j)):
            found.append((j, False))  # "Winter & Spring" after "Autumn 2026 (past talks)"
            term = False
    return found


def _in_past_section(sections: list[tuple[int, bool]], start: int, i: int) -> bool:
    """Whether the last section heading between a rule at ``start`` and line ``i`` opens past
    events."""
    k = bisect_left(sections, (i, False))
    return k > 0 and sections[k - 1][0] > start and sections[k - 1][1]


def _assign_list_rules(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    list_times: list[tuple[int, TimeMatch]],
    list_places: dict[int, str | None],
    strict: set[int] = frozenset(),  # type: ignore[assignment]
    page_wide: set[int] = frozenset(),  # type: ignore[assignment]
    choices: dict[int, tuple[tuple[TimeMatch, str], ...]] | None = None,
    *,
    tables: list[tuple[int, int]],
    soft: set[int] = frozenset(),  # type: ignore[assignment]
) -> None:
    """Each meeting under a time (and place) stated for the list takes them, up to the next
    section heading (``_section_headings``; for a ``strict`` rule, any heading after its first
    entry, even one over a single meeting; a ``page_wide`` rule, "unless stated otherwise",
    holds over headings until the next rule or a heading over past events)."""
    if not list_times:
        return
    starts = [i for i, _ in list_times]
    ends = _section_headings(lines, kinds, anchors)
    every = _section_headings(lines, kinds, anchors, every=True) if strict else ends
    # a rule for all of the list passes each talk's speaker under its date ("All lectures
    # begin at 8pm sharp" / … / "Wednesday 27th January" / "Mícheál Ó Dálaigh")
    listed = _section_headings(lines, kinds, anchors, under_dates=True)
    past = _past_sections(lines, kinds) if page_wide else []
    # a heading of its own paragraph over past events or news: no rule over any entry under it
    past_heads = [(j, p) for j, p in past if j == 0 or kinds[j - 1] == BLANK]
    # "Les cours du mardi ont lieu à …, de 19 h 30 à 21 h": a rule for one weekday's meetings
    days = {s: calendar.rule_weekday(lines[s].text) for s in starts}
    # "At the June Games, solo events start at 9 a.m. unless noted below": one month's meetings
    months = {s: _rule_month(lines[s].text) for s in starts}
    order = sorted(anchors)
    for i, a in anchors.items():
        k = bisect_left(starts, i)
        # a heading between the rule and its first entry ("Schedule") is the list's own
        if not k:
            continue
        s = starts[k - 1]
        if days[s] is not None and a.date is not None and a.date.weekday not in (None, days[s]):
            continue  # another day's meeting
        if months[s] is not None and a.date is not None and a.date.month != months[s]:
            continue  # another month's meeting
        first = order[bisect_left(order, s)]
        if s in page_wide and _in_past_section(past_heads, s, i):
            continue  # "IN THE NEWS" / "- Nurses ratify first contract (Nov. 12)"
        heads = every if s in strict else ends if s in page_wide else listed
        if s in strict and _table_ended(tables, first, i):
            continue  # "All evening spots start at 8pm" / its table: not the list after it
        if not _section_between(heads, first, i) or (s in page_wide and not a.timed):
            a.list_time = list_times[k - 1][1]
            # under a block "unless stated", an entry that says where ("Filmabend im AJZ,
            # Heeper Str. 132", "Mittagsdiskussion an der HSBI") keeps its own place
            own = s in soft and _own_at_place(a.tail)
            a.list_place = None if own else list_places[s]
            a.list_choices = choices.get(s, ()) if choices else ()
        elif s in page_wide and list_places[s] and not _place_in_tail(a.tail):
            # over a heading, an entry with its own time and no place of its own: the rule's
            # place, said unless stated ("Di 12.1., 20 Uhr – Mitgliederversammlung"), if the
            # lines under it name none
            a.list_place, a.soft_place = list_places[s], True


# The words that make a month a rule's scope: "At the June Games", "In June", "Im Juni", "En
# juin", "Durante junio", "the March meetings", "Les sorties de juin".
_MONTH_SCOPE = re.compile(
    r"\b(?:in|im|en|the|during|throughout|durant|durante|au\s++mois\s++de|del?\s++mes\s++de|de|"
    r"del|des|der)\s++(?P<month>[^\W\d_]{3,}+)\b(?!\s*+\d)",
    re.IGNORECASE,
)


def _rule_month(text: str) -> int | None:
    """The one month whose meetings a rule is for, when its words before the time scope it to
    that month ("At the June Games, … start at 9 a.m. unless noted below", "Im Juni beginnen
    alle Wanderungen um 8 Uhr"), else None. Not a date's month ("June 5"), nor a rule that names
    two months."""
    if (tm := find_times(text)) is None or tm.start <= 0:
        return None
    names = _month_numbers()
    head = text[: tm.start]
    named = {
        k
        for w in _WORD.findall(head)
        if (k := names.get(w.casefold())) is not None and w.casefold() != "may"
    }  # every month it names ("In June and July": two); "may" is a verb as often
    if len(named) != 1:
        return None
    for m in _MONTH_SCOPE.finditer(head):
        if _DIGIT.search(head, max(m.start() - 4, 0), m.start()):
            continue  # "12 de junio": a date's month
        if _NOT_ONLY.search(head, max(m.start() - _NOT_ONLY_REACH, 0), m.start()):
            return None  # "Except in August", "À partir de septembre", "Since the March AGM"
        return names.get(m["month"].casefold())
    return None


# Words that make a month no rule's only month: the rule is for all the others ("Except in
# August", "Außer im August", "Sauf en août", "Salvo en agosto"), or from it on ("À partir de
# septembre", "A partir de octubre", "Since the March AGM", "Ab Juni", "Desde junio").
_NOT_ONLY = re.compile(
    r"\b(?:except|außer|ausser|sauf|salvo|excepto|menos|from|ab|[àa]\s++partir|since|seit|"
    r"depuis|desde|until|bis|jusqu|hasta|after|nach|après|después|before|avant|antes)\b",
    re.IGNORECASE,
)
_NOT_ONLY_REACH = 20  # characters before the month's preposition


_WORD = re.compile(r"[^\W\d_]++")


def _place_in_tail(tail: str) -> bool:
    """Whether the text after a date and time names a place: a comma's part after the title
    that is a venue's, or one after "at", "im", "à", "en"."""
    parts = [p.strip(" .") for p in tail.strip(" ,.;:–—-|").split(",")]
    return any(_placelike(p) for p in parts[1:]) or _AT_PLACE.search(tail) is not None


# Where an entry under a block of the list's place says it is held: "im AJZ", "an der HSBI",
# "at the Hyde Park Picture House", "au Cinéma Star", "en el Cine Teatro Victoria".
_OWN_AT = re.compile(
    r"\b(?:at|in|im|in\s++der|an\s++der|à|au|en)\s++(?:the\s++|la\s++|le\s++|el\s++|l['’])?"
    r"(?-i:[A-ZÀ-Þ])"
)


def _own_at_place(tail: str) -> bool:
    """Whether an entry says where it is held after "im", "an der", "at the"... with a venue's
    name or initials ("Filmabend im AJZ", "an der HSBI", "at the Hyde Park Picture House"; not
    "Vortrag im Rahmen der Ringvorlesung", "Talk in English and Spanish")."""
    for at in _OWN_AT.finditer(tail):
        name = _OWN_NAME_END.split(tail[at.end() - 1 :], maxsplit=1)[0].strip()
        if _INITIALS.fullmatch(name.split()[0]) or _placelike(name):
            return True
    return False


_OWN_NAME_END = re.compile(r"[,(:;]|\s[–—-]\s")
_INITIALS = re.compile(r"[A-ZÄÖÜ]{2,6}")
_AT_PLACE = re.compile(
    r"\b(?:at|in|im|in\s++der|à|au|en|bei|chez)\s++(?:the\s++|der\s++|la\s++|le\s++|el\s++)?"
    r"[A-ZÀ-Þ]"
)


def _trailing_list_times(
    kinds: list[str],
    anchors: dict[int, _Anchor],
    list_times: list[tuple[int, TimeMatch]],
    list_places: dict[int, str | None],
) -> list[tuple[int, TimeMatch]]:
    """The list times stated below the list they are for ("Thurs 3rd Dec" / "Thurs 17th Dec" /
    "" / "All assemblies 7pm sharp, Ballybane Neighbourhood Centre"): each date of that list
    takes them, and the meetings after such a line do not. Returns the other list times."""
    ahead = []
    for s, tm in list_times:
        above = _dates_above(kinds, anchors, s)
        for i in above:
            anchors[i].list_time, anchors[i].list_place = tm, list_places[s]
        if not above:
            ahead.append((s, tm))
    return ahead


# A footnote's mark at the start of its line ("* jeweils 17:00 Uhr", "† All board meetings start
# at 6pm"), and the same mark alone where a row above gives its time ("Di 15.12.2026  *  …").
_FOOTNOTE = re.compile(r"^\s*+(\*{1,3}|[†‡¹²³])\s*+(?=\w)")
_FOOTNOTE_MARKS = ("*", "†", "‡", "¹", "²", "³")
_MARK_CELL = re.compile(r"^\s*+\|?\s*+(\*{1,3}|[†‡¹²³])(?=\s|\||$)")


def _footnote_times(lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor]) -> None:
    """A time stated once in a footnote under a table ("* Vorstandssitzungen beginnen jeweils
    um 17:00 Uhr", "† Executive meetings start at 6.30pm") for the rows above that carry its
    mark in place of their time ("Di 15.12.2026  *  Vorstandssitzung"): each such row reads
    the footnote's time there, and the footnote is a RULE line (no meeting, no detail)."""
    if not any(a.tail.lstrip(" |")[:1] in _FOOTNOTE_MARKS for a in anchors.values()):
        return  # no row is marked (most pages): no footnote to look for
    notes = [
        i for i, line in enumerate(lines)
        if line.text[:1] in _FOOTNOTE_MARKS and i not in anchors and kinds[i] != BLANK
    ]  # fmt: skip
    for s in notes:
        fm = _FOOTNOTE.match(lines[s].text)
        if fm is None or (ft := find_times(lines[s].text)) is None:
            continue
        said = lines[s].text[ft.start : ft.end]
        marked = [
            i for i, a in anchors.items()
            if i < s and (mc := _MARK_CELL.match(a.tail)) is not None and mc.group(1) == fm.group(1)
        ]  # fmt: skip
        for i in marked:
            a = anchors[i]
            end = _MARK_CELL.match(a.tail).end()
            a.tail, a.tail_time, a.timed = f" {said}{a.tail[end:]}", None, True
        if marked:
            kinds[s] = RULE


def _dates_above(kinds: list[str], anchors: dict[int, _Anchor], s: int) -> list[int]:
    """The list of two or more bare dates right above line ``s``, a blank line between them at
    most."""
    run: list[int] = []
    j = s - 1
    while j >= 0 and kinds[j] == BLANK and s - j <= 2:
        j -= 1
    while j >= 0 and kinds[j] == ANCHOR and (a := anchors.get(j)) is not None and _date_only(a):
        run.append(j)
        j -= 1
    if not run:  # a table's untimed rows ("März-Landtag | Mittwoch, 3. März bis Freitag, 5. März")
        while j >= 0 and kinds[j] == ANCHOR and (a := anchors.get(j)) is not None and _bare_row(a):
            run.append(j)
            j -= 1
    return run if len(run) >= 2 else []


def _bare_row(a: _Anchor) -> bool:
    """A table's row of a title and a date, no time nor place ("März-Landtag | Mittwoch, 3. März
    bis Freitag, 5. März 2027", a note's mark or a bracket after it)."""
    return (
        a.columns is not None
        and len(a.columns) == 2
        and not a.timed
        and not a.more
        and (
            not (tail := a.tail.strip(" ,.;:|*)†‡"))
            or _DAY_NAME_BRACKET.fullmatch(tail) is not None
        )
    )


def _section_between(ends: list[int], start: int, i: int) -> bool:
    h = bisect_left(ends, start)
    return h < len(ends) and ends[h] < i


def _table_spans(lines: list[Line], kinds: list[str]) -> list[tuple[int, int]]:
    """Each table under a header row that gives its columns' roles: (the header's line, the
    first line after its last row). Blank lines and a row of its own between its rows ("Christmas
    / New Year break – no pennants", a month's name) do not end it; a third line that is no row
    does, and so does the next header row."""
    spans = []
    i = 0
    while i < len(lines):
        t = lines[i].text
        if kinds[i] == RULE and "|" in t and calendar.header_roles(t) is not None:
            last, gap, j = i, 0, i + 1
            while j < len(lines) and gap <= _TABLE_GAP:
                u = lines[j].text
                if "|" in u:
                    if calendar.header_roles(u) is not None:
                        break
                    last, gap = j, 0
                elif u:
                    gap += 1
                j += 1
            spans.append((i, last + 1))
            i = last + 1
        else:
            i += 1
    return spans


_TABLE_GAP = 2  # lines that are no row inside a table (a break, a month's name) before it ends


def _table_ended(tables: list[tuple[int, int]], first: int, i: int) -> bool:
    """Whether a rule whose first meeting is ``first`` was stated for a table's rows (``first``
    is one of them) that ends before line ``i``: the list after the table is not its."""
    return any(h < first < end <= i for h, end in tables)


def _first_after(order: list[int], s: int) -> int:
    """The first of the sorted lines ``order`` after line ``s`` (``s`` when none is)."""
    k = bisect_left(order, s)
    return order[k] if k < len(order) else s


_SECTION_CHARS = 60


_TOWN_REACH = 8  # lines under a heading searched for its name again


def _town_heading(lines: list[Line], i: int, name: str) -> bool:
    """Whether heading ``name`` (line ``i``) is the town of the entries under it: a bare name
    ("Basel", "St. Gallen") that the lines under it write again ("4051 Basel"), so the list
    goes on in another town; "Retired Members Section" is a new section."""
    if _BARE_CITY.match(name) is None:
        return False
    want = name.casefold()
    for line in lines[i + 1 : i + 1 + _TOWN_REACH]:
        low = line.text.casefold()
        at = low.find(want)
        while at >= 0:
            end = at + len(want)
            if (at == 0 or not low[at - 1].isalnum()) and (
                end == len(low) or not low[end].isalnum()
            ):
                return True
            at = low.find(want, at + 1)
    return False


# A printed page's number in its header or footer: "page 2", "Seite 2 von 3", "p. 2/4".
_PAGE_MARK = re.compile(
    r"\b(?:page|seite|p\.|p[áa]gina)\s*+\d{1,3}(?:\s*+(?:/|of|von|de|sur)\s*+\d{1,3})?$",
    re.IGNORECASE,
)


_BULLETS_ALONE = frozenset("•·◦▪▸►‣⁃")


def _drop_page_marks(lines: list[Line], kinds: list[str]) -> None:
    """A printed page's header or footer copied into the text ("IYSSE California Tour · page
    2", "Seite 2 von 3") is no part of the listing: kind BLANK, so it neither ends a list nor
    heads or joins a meeting. A bullet alone on its line ends the meeting above it and heads
    none."""
    for i, k in enumerate(kinds):
        t = lines[i].text
        if k == OTHER and len(t) <= _SECTION_CHARS and t[-1:].isdigit() and _PAGE_MARK.search(t):
            kinds[i] = BLANK
        elif k == OTHER and t in _BULLETS_ALONE:
            kinds[i] = RULE  # a list item's bullet over the blocks inside it: between two cards


def _framed_heading(t: str) -> bool:
    """A heading a plain-text mail frames in marks ("*** Termine ***", "=== Réunions ===")."""
    return t[:1] in ("*", "=", "#", "~") and t[-1] == t[0] and len(t) <= 2 * _SECTION_CHARS


def _title_between_dates(kinds: list[str], anchors: dict[int, _Anchor], i: int) -> bool:
    """Whether line ``i`` stands in a list of bare dates each with its title a paragraph of its
    own under it: a bare date two lines above it, one two lines below it, and a title two lines
    under that one (a list of bare dates with a heading among them is no such list)."""
    j = i + 2
    return (
        i >= 2
        and j + 2 < len(kinds)
        and kinds[i - 1] == kinds[i + 1] == kinds[j + 1] == BLANK
        and kinds[i - 2] == ANCHOR
        and kinds[j] == ANCHOR
        and kinds[j + 2] == OTHER
        and i - 2 in anchors
        and j in anchors
        and _date_only(anchors[i - 2])
        and _date_only(anchors[j])
    )


def _section_headings(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    every: bool = False,
    under_dates: bool = False,
) -> list[int]:
    """Lines that start a new section of a list (where a time stated for the list stops): a
    short line of its own paragraph (a blank line or the page's start above it) that names no
    place and no month ("MARCH 2019" goes on with the same list), with no entry or with two or
    more entries before the next such line (a title over one meeting is that meeting's).
    ``under_dates``: a line right under a date line (past a blank one) is that entry's, its
    speaker's name or its subtitle, no heading."""
    months = _all_months()
    found = []
    for i, k in enumerate(kinds):
        t = lines[i].text.strip(" :")
        # a rule line above ("-----" / "OTHER EVENTS" / "-----") sets the heading off as well
        if (
            k not in (OTHER, CITY)
            or (i and kinds[i - 1] != BLANK and _ALNUM.search(lines[i - 1].text))
            or not _ALNUM.search(t)
        ):
            continue
        if (
            under_dates
            and i >= 2
            and kinds[i - 2] == ANCHOR
            and _kind_below(kinds, i) not in (ANCHOR, DAY)
        ):
            continue  # "Wednesday 13th January" / "Dr Aoife Brennan": the entry's speaker
        if _title_between_dates(kinds, anchors, i) and not _framed_heading(t):
            # "Mercredi 16 décembre" / "« Qui dort en hiver ? »" / "Mercredi 13 janvier" / "«
            # Plumes et duvets »": the bare date's title, in a list of dates and their titles
            continue
        if len(t) > _SECTION_CHARS:
            if _framed_heading(t):  # "*** Bildungsabend „Tarifrunde öffentlicher Dienst …“ ***"
                found.append(i)
            continue
        words = [w for w in _LETTERS.findall(t.casefold()) if w not in months]
        if not words or _placelike(t) or _is_city_line(t) or _town_heading(lines, i, t):
            continue
        found.append(i)
    if every:
        return found
    order = sorted(anchors)
    out = []
    for n, h in enumerate(found):
        upto = found[n + 1] if n + 1 < len(found) else len(lines)
        if bisect_left(order, upto) - bisect_left(order, h) != 1:
            out.append(h)
    return out


def _table_columns(
    lines: list[Line], anchors: dict[int, _Anchor], header: int, roles: tuple[str, ...]
) -> None:
    """Give the rows under a table's header row ("Date | Time | Event | Location") the roles of
    their columns, so a title that names a club or a park is not read as the place."""
    for j in _table_rows(lines, header):
        t = lines[j].text
        if "notes" in roles:  # a remarks column is often left empty: count the empty cells
            cells = len(calendar.row_cells(t))
        else:
            cells = len([c for c in t.split("|") if c.strip()])
        if j in anchors and cells == len(roles):
            anchors[j].columns = roles
        elif (
            j in anchors
            and len(full := calendar.row_cells(t)) == len(roles)
            and not full[-1]
            and all(full[:-1])
        ):
            anchors[j].columns = roles  # "Sa./So. | 05./06.12.2026 | … | Gleisdorf |": no start
        elif j in anchors and cells == len(roles) - 1 and roles[:2] == ("", ""):
            anchors[j].columns = roles[1:]  # the date and its time in one cell


def _table_rows(lines: list[Line], header: int) -> list[int]:
    """The rows of the table under header row ``header``: past its rule, one blank line, and a
    month's own row ("Diciembre 2026"), up to the next header row or the table's end."""
    rows: list[int] = []
    blanks = 0
    for j in range(header + 1, len(lines)):
        t = lines[j].text
        if not t:
            blanks += 1
            if blanks > 1:
                break
            continue
        if not _ALNUM.search(t):
            continue  # the rule under the header row ("-----")
        if "|" not in t and month_heading_line(t):
            continue  # a row of its own that heads the month's rows: "Diciembre 2026"
        if "|" not in t or calendar.header_roles(t) is not None:
            break  # the table ends, or the next header row takes over
        blanks = 0
        rows.append(j)
    return rows


def _untimed_date(a: _Anchor) -> bool:
    """A date line without a time: maybe a calendar's heading ("Saturday, March 9", "Leeds –
    Saturday 9 March", "Samstag, 9. März, Rathaus")."""
    return a.date is not None and not a.timed and not a.more and not a.prose


def _venue_over_entries(
    lines: list[Line], kinds: list[str], i: int, entries: list[int]
) -> str | None:
    """The venue a date heading's first paragraph names, alone over the timed entries under a
    blank line ("Wolfbrook Arena, 55 Jack Hinton Drive, Addington. Doors open half an hour
    before first whistle."): its first sentence; else None."""
    if len(entries) < 2 or calendar.timed_entry(lines[entries[0]].text) is not None:
        return None
    first = entries[0]
    if any(kinds[k] != BLANK for k in range(i + 1, first)) or kinds[first + 1] != BLANK:
        return None
    if any(calendar.timed_entry(lines[e].text) is None for e in entries[1:]):
        return None
    said = _SENTENCE_AFTER_NAME.split(lines[first].text, maxsplit=1)[0].strip(" .")
    if _named_venue_line(said) and _DIGIT.search(said):
        return said
    # "**Estavayer-le-Lac** — Salle de la Prillaz, entrée côté parking": the town, then its hall
    tv = _TOWN_DASH_VENUE.match(said.replace("**", ""))
    if tv is None or not _name_words(tv["town"]) or calendar.column_role(tv["town"]) == "title":
        return None  # "**Tema** — El teatro del Siglo de Oro": a label, then the talk's subject
    hall = tv["venue"].split(",", 1)[0].split(" (", 1)[0].strip()
    return f"{tv['venue'].strip()}, {tv['town'].strip()}" if _placelike(hall) else None


# A sentence's end after a word ("… Addington. Doors open"), not an abbreviation's ("St. Kilda").
_SENTENCE_AFTER_NAME = re.compile(r"(?<=[^\W\d_]{4})\.\s++(?=[A-ZÀ-Þ])")
# A town, a dash, then the hall in it: "Avenches — Théâtre du Château (accès par la cour)".
_TOWN_DASH_VENUE = re.compile(
    r"(?P<town>[^\W\d_][\w'’.-]*+(?:\s[\w'’.-]++){0,3}?)\s++[–—]\s++(?P<venue>[^\W\d_][^.;!?]{2,100}+)"
)


def _day_place(a: _Anchor, langs: tuple[str, ...]) -> str:
    """The place a date heading names besides its date, if any; not a badge saying the day is
    today ("Donnerstag, 3. Dezember Heute", "Thursday 3 December · Today")."""
    tail = a.tail.strip(" ,.;:|–—-()·•")
    if tail.casefold().replace("'", "’") in _now_words(langs):
        tail = ""
    if _DAY_NAME_BRACKET.fullmatch(a.tail.strip()) and not _placelike(tail):
        tail = ""  # "Mittwoch, 6. Jänner 2027 (Feiertag)": the day's name, no place
    parts = (a.inline_head.strip(" ,;:–—-"), a.tail.strip(" ,.;:|–—-()") if tail else "")
    return ", ".join(p for p in parts if p)


def _place_heading(lines: list[Line], kinds: list[str], i: int) -> list[int]:
    """The place lines right above a calendar's date heading ("Detroit, Michigan", a campus, a
    city in capitals): the place of every entry under that heading."""
    got: list[int] = []
    j = i - 1
    while j >= 0 and len(got) < 2 and kinds[j] == OTHER:
        t = lines[j].text
        caps = t.isupper() and len(t) <= 40 and _TWO_LETTERS.search(t)
        if len(t) > 80 or not (caps or _is_campus_line(t) or _is_city_line(t)):
            break
        got.insert(0, j)
        j -= 1
    return got


# A heading over a place's opening hours ("Opening hours", "Öffnungszeiten", "Horaires
# d'ouverture", "Horario de atención"): the weekday lines under it are no calendar entries.
_HOURS_HEADING = re.compile(
    r"^\W*+(?:(?:library\s++|our\s++|office\s++)?(?:opening\s++)?(?:hours|times)(?:\s++of\s++"
    r"opening)?|(?:[öo]ffnungs|sprech|b[üu]ro)zeiten|horaires?(?:\s++d['’]\s*+ouverture)?|"
    r"heures\s++d['’]\s*+ouverture|horarios?(?:\s++de\s++(?:atenci[óo]n|apertura|oficina))?)"
    r"\W*+$",
    re.I,
)
_HOURS_HEADING_LEN = 40
_HOURS_ROW_LEN = 80


def _hours_row(text: str) -> bool:
    """Whether a line is a row of opening hours: a weekday or a range of them, a colon or a
    cell's bar, then a time range ("Monday – Thursday: | 9:30 a.m. – 8:30 p.m.", "Sa: 10–14
    Uhr", "Lundi au vendredi : 10 h – 18 h", "Domingos: 10:30 a 14:00 h")."""
    if len(text) > _HOURS_ROW_LEN:
        return False
    hm = _HOURS_ROW.match(text)
    if hm is None or not all(
        w.casefold().rstrip(".") in _ALL_WEEKDAYS or w.casefold().rstrip("s") in _ALL_WEEKDAYS
        for w in _WEEKDAY_WORDS.findall(hm.group("days"))
    ):
        return False
    tm = find_times(text[hm.end() :])
    return tm is not None and tm.start <= 2 and tm.end_time is not None


_HOURS_ROW = re.compile(
    r"[\s*•-]*+(?P<days>[^\W\d_]{2,12}\.?(?:\s*+(?:[-–—]|to|bis|au|à|a|al|y|and|&|,)\s*+"
    r"[^\W\d_]{2,12}\.?)?)\s*+[:|]\s*+(?:\|\s*+)?"
)
_WEEKDAY_WORDS = re.compile(r"[^\W\d_]{2,12}\.?")
_ALL_WEEKDAYS = frozenset(
    {*vocabulary(("en", "de", "fr", "es")).weekdays, "to", "bis", "au", "à", "a", "al", "y", "and"}
)


_LIST_ITEM_MAX = 200  # characters of a list item under a list's time read as one of its entries


_BLOCK_PLACE_MAX = 80  # characters of a block's opening "Town, Venue, 19.30 Uhr" line
_BLOCK_PART_MAX = 40  # characters of each of its parts


def _block_place_line(text: str) -> bool:
    """Whether a line opens a block with its town, its venue and maybe its time ("Rheinfelden,
    Kurbrunnen, 19.30 Uhr", "Laufenburg, Mehrzweckhalle", "Stein AG, Mehrzweckhalle")."""
    if len(text) > _BLOCK_PLACE_MAX or "," not in text or _SENTENCE_STOP_IN.search(text):
        return False
    parts = [p.strip() for p in text.split(",")]
    if parts and find_times(parts[-1]) is not None and len(parts) > 2:
        parts = parts[:-1]  # the time after the place
    return (
        2 <= len(parts) <= 3
        and all(0 < len(p) <= _BLOCK_PART_MAX and p[:1].isupper() for p in parts)
        and _BARE_CITY.match(parts[0]) is not None
        and find_times(" ".join(parts)) is None
    )


_SENTENCE_STOP_IN = re.compile(r"[.!?]\s")


def _place_blocks(lines: list[Line], kinds: list[str], i: int) -> list[int] | None:
    """The first lines of the blocks under a date alone, when two or more blocks of two or
    three lines each open with their town and venue ("Samstag, 5. Dezember" / "Rheinfelden,
    Kurbrunnen, 19.30 Uhr" / "Weihnachtslotto des …" / "" / "Laufenburg, Mehrzweckhalle" / "Lotto
    des …"): each block is one meeting of that day; else None."""
    firsts: list[int] = []
    j = i + 1
    while j < len(lines):
        gap = j
        while j < len(lines) and kinds[j] == BLANK:
            j += 1
        if j >= len(lines) or j - gap > 1 + bool(firsts) or kinds[j] != OTHER:
            break
        end = j
        while end < len(lines) and kinds[end] in (OTHER, PROSE):
            end += 1
        if not (2 <= end - j <= 3) or not _block_place_line(lines[j].text):
            break
        firsts.append(j)
        j = end
    return firsts if len(firsts) >= 2 else None


# A branch, a hall or a town, a colon and its own hours: "Peterborough (Br. 52): 1–4 p.m.",
# "Lakefield (Br. 77): noon–3 p.m.", "Saal 2: 18.30 Uhr", "Salle Rameau : 20 h".
_PLACE_COLON = re.compile(r"(?P<place>[A-ZÀ-Þ][^:\d(]{1,50}+(?:\([^()]{1,20}\))?)\s?:\s*+(?=\S)")


def place_time_entry(text: str) -> tuple[str, str] | None:
    """(place, time and rest) when a line names a place, a colon and then its time, else None.
    The place is one by its words ("Main Hall", "Saal 2") or by the branch or section in
    brackets after its name ("Peterborough (Br. 52)")."""
    pc = _PLACE_COLON.match(text)
    if pc is None or _labelled_field(text):
        return None
    place = pc.group("place").strip()
    if not (place.endswith(")") or _placelike(place)):
        return None  # "Keynote: 10am", "Registration: 9am": a programme's slots, no places
    rest = text[pc.end() :]
    tm = find_times(rest)
    if tm is None or tm.start > 0 or len(rest) - tm.end > _PLACE_TIME_REST:
        return None
    return place, rest


_PLACE_TIME_REST = 40  # characters after the time of a "Place: time" line ("(lunch served)")


def _place_time_lines(lines: list[Line], kinds: list[str], i: int) -> list[int] | None:
    """Two or more lines in a row, in the paragraphs right under a date alone, that each name a
    place and its hours ("New Year's Levees – Friday, January 1" / "Bring in the New Year …" /
    "Peterborough (Br. 52): 1–4 p.m." / "Lakefield (Br. 77): noon–3 p.m."): each is a meeting
    of that day at that place; else None."""
    found: list[int] = []
    blanks = 0
    for j in range(i + 1, min(len(lines), i + 1 + _PLACE_TIME_REACH)):
        if kinds[j] == BLANK:
            blanks += 1
            if blanks > 1 or found:
                break
            continue
        if kinds[j] not in (OTHER, PROSE):
            break
        if place_time_entry(lines[j].text) is not None:
            found.append(j)
        elif found:
            break
    return found if len(found) >= 2 else None


_PLACE_TIME_REACH = 8  # lines under a date searched for its places' hours


# How to join an entry that is streamed: "Live auf wsws.org/de und über Zoom", "Online via
# Zoom", "En direct sur Facebook", "En vivo por YouTube", "Stream: youtube.com/…".
_JOIN_LINE = re.compile(
    r"^\W*+(?:live|online|via|stream(?:ing)?|en\s++direct|en\s++vivo|en\s++directo|"
    r"en\s++ligne|en\s++l[íi]nea)\s[^.!?:]{0,60}?\b(?:zoom|youtube|facebook|twitch|teams|"
    r"jitsi|webex|meet|[a-z0-9-]++\.(?:org|com|de|fr|es|net|tv))\b[^.!?:]{0,40}+$",
    re.IGNORECASE,
)  # not "Online-Vortrag via Zoom: Klimagerechtigkeit": an entry of its own, its title after ":"


def _day_entries(
    lines: list[Line],
    kinds: list[str],
    i: int,
    list_times: list,
    row: bool,
    titled: bool = False,
    named: bool = False,
) -> list[int]:
    """The entry lines under a date heading (or under a dated table row): lines that start with
    a time and go on with words. A line without a time is an entry too (its time is TBA, or the
    list's) when a time is stated for the whole list, or when a timed entry follows it under
    the same heading. Detail lines (an address, a link) under an entry stay its details.
    ``named``: the date line has its own title ("Di 02.02.  Semesterabschlussdiskussion")."""
    got: list[int] = []
    untimed: list[int] = []  # lines without a time, entries only if a timed entry follows
    stacked: list[int] = []  # a time alone over its entry's title: entries if two or more
    blanks = 0
    # A festival's programme gives each entry a paragraph ("19h00  Soirée d'ouverture" / its
    # venue, address, price): the untimed lines in a timed entry's paragraph, when the next
    # entry opens a paragraph of its own, are that entry's details, not entries.
    under = False  # the lines since the last timed entry are all in its paragraph
    untimed_under = False  # the untimed lines start in a timed entry's paragraph
    # A library's diary gives a stacked entry paragraphs of its own (its time, its title,
    # "Location: …", an audience tag, a blurb): they are its details until the next time.
    stack_open = False
    list_time = not row and bool(list_times) and list_times[0][0] < i
    timed_got = False  # whether an entry with its own time was read
    # The last of a run of date lines ("Tuesday 11 November" / "Tuesday 9 December"), with a
    # blank under it, is no heading: the list's time does not make the next paragraph its entries.
    in_run = i > 0 and kinds[i - 1] == ANCHOR
    if not row and not titled and (blocks := _place_blocks(lines, kinds, i)) is not None:
        return blocks
    if not row and (placed := _place_time_lines(lines, kinds, i)) is not None:
        return placed
    for j in range(i + 1, len(lines)):
        k, t = kinds[j], lines[j].text
        blanks = blanks + 1 if k == BLANK else 0
        if k == BLANK:
            # a date line with its own title ("Mar 12 ene — *Cuentos de Tokio*") is an entry:
            # the paragraphs after it are the next section's, not its day's entries
            if blanks > _DAY_GAP or row or (titled and not got and not stacked):
                break
            if blanks == _DAY_GAP and list_time and got and not timed_got:
                break  # two blank lines after untimed entries: the next section ("Kontakt")
            under = False
        elif k == RULE:
            list_time = list_time or (bool(list_times) and not row)
        elif k == OTHER and _RULE_LINE.match(t):
            if got and kinds[j - 1] == BLANK:
                break  # a rule across the page after the day's entries ("---"): their end
            if (
                j > i + 1
                and j + 2 < len(lines)
                and _RULE_LINE.match(lines[j + 2].text)
                and _ALNUM.search(lines[j + 1].text)
            ):
                break  # "=====" / "AVANCE DE ENERO 2027" / "=====": the next section's heading
            continue  # the heading's underline ("VIERNES 4 DE DICIEMBRE" / "-------")
        elif k == OTHER and list_time and month_heading_line(t):
            break  # "## January": the next month's heading, no entry of the list's time
        elif k == OTHER and not _ALNUM.search(t):
            continue  # a list item's bullet on a line of its own ("•"), as HTML lists give it
        elif not (got or untimed or stacked or row) and _labelled_field(t):
            break  # "- Hora: 19:00 h" / "- Lugar: …": the date's own fields, one meeting
        elif len(t) <= _HOURS_HEADING_LEN and _HOURS_HEADING.match(t):
            break  # "Horaires" / "Mardi – vendredi : 10h – 18h": opening hours, no entries
        elif _hours_row(t):
            break  # "Monday – Thursday: | 9:30 a.m. – 8:30 p.m.": a branch's opening hours
        elif (
            untimed
            and not got
            and not row
            and k in (OTHER, PROSE)
            and (lead_time_place(t) or (k == PROSE and time_then_place_sentence(t)))
        ):
            # the date's card: its title lines over its time and place, one meeting ("PROYECCIÓN
            # …" / "A las 19:00 en el salón de actos del Centro Cívico Delicias (…)")
            break
        elif k == PROSE and len(t) <= 300 and calendar.timed_entry(t) is not None:
            got.extend(untimed)  # a long entry reads as a sentence ("• 19h : Ciné-débat : …")
            untimed = []
            got.append(j)
            under = timed_got = True
        elif k == PROSE and under and not list_time:
            continue  # the blurb in a timed entry's paragraph
        elif k in (OTHER, PROSE) and stack_open and not got and _time_over_title(lines, kinds, j):
            stacked.append(j)  # the next entry's time, right under the blurb of the last
        elif k == PROSE and stack_open and not got:
            continue  # the blurb of a stacked entry
        elif (
            k == PROSE
            and list_time
            and got
            and got[-1] == j - 1
            and t.startswith(_ITEM_MARKS)
            and lines[got[-1]].text.startswith(t[:2])
            and len(t) < _LIST_ITEM_MAX
        ):
            # "• Parque de San Sebastián — calle 70 x 73 — CANCELADO por obras; acude al módulo
            # del Parque de La Mejorada": a list item like those above it, a sentence longer
            got.append(j)
        elif k != OTHER:
            break
        elif reply_footer(t, LANGUAGES):
            break  # "4 h  Responder": the post has ended, its comments follow
        elif (
            untimed
            and not got
            and not row
            and (
                _time_then_cell(t)
                or _card_meta(lines, kinds, j)
                or _card_time_then_place(lines, kinds, j)
            )
            # not over an entry that names its own meeting point ("Cáceres Monumental · Punto de
            # encuentro: Arco de la Estrella" / "17:00 · Cáceres judío · Punto de encuentro: …")
            and calendar.meet_label_split(lines[untimed[-1]].text) is None
        ):
            break  # the date's card: its title lines over its time and place, one meeting
        elif untimed and not got and not row and _TIME_FIELD.match(t) is not None:
            break  # "Messe Zaragoza · Halle 3" / "Uhrzeit für Besucher: 10 – 19 Uhr": one card
        elif got and not untimed and calendar.doors_entry(t) is not None:
            got.append(j)  # "- Portes 19h30 – début 20h30 · Grand concert · …" among entries
            under = True
        elif calendar.timed_entry(t) is not None:
            if _item_continuation(lines, got, untimed, j):
                untimed = []  # "- 10.30am Baby Bounce" / "Children's area": the item's place
            elif not (untimed_under and kinds[j - 1] == BLANK):
                got.extend(untimed)  # else they were the details in the paragraph above
            if not (
                untimed
                and untimed[-1] == j - 1
                and _time_then_place(t)
                # "Cáceres Monumental · Punto de encuentro: Arco de la Estrella" names its own
                and calendar.meet_label_split(lines[j - 1].text) is None
            ):
                got.append(j)  # else "2:00–5:00 p.m., Hartley Hall" is the title's detail
            untimed = []
            under = timed_got = True
        elif (
            not row and (j == i + 1 or kinds[j - 1] == BLANK) and _time_over_title(lines, kinds, j)
        ):
            stacked.append(j)  # "6:00 PM - 7:30 PM" / "Adult Book Club" / "Decatur Library"
            stack_open = True
        elif stack_open and not got and not list_time:
            continue  # a stacked entry's title, place, tag: its details
        elif (got or untimed) and (_is_detail_like(t) or _JOIN_LINE.match(t) is not None):
            continue  # a detail of the entry above ("Live auf wsws.org/de und über Zoom")
        elif (
            got
            and got[-1] == j - 1
            and not list_time
            and _entry_place(t.split(",", 1)[0])
            and calendar.timed_entry(lines[j - 1].text) is not None
        ):
            continue  # "18:30 h · Asamblea …" / "Sala Petita del Casal": the entry's place
        elif not row and len(t) < 200 and _TWO_LETTERS.search(t) and not _LINK_LINE.match(t):
            if in_run and j > i + 1 and not (got or untimed):
                break
            if list_time and named and kinds[j - 1] == BLANK:
                break  # "Di 02.02.  Semesterabschlussdiskussion" / "" / "Hinweis zum 19.01.: …":
                # under a date line with its own title, an untimed paragraph is the next section
            if not untimed:  # or a card's blurb under its time and place cell
                untimed_under = under or bool(got and _time_then_cell(lines[got[-1]].text))
            (got if list_time else untimed).append(j)
        else:
            break
    if len(got) == 1 and not row and not list_time and _time_then_cell(lines[got[0]].text):
        return []  # the day's one card: its time and place cell are the date's details
    # one time alone over its title: an entry on a calendar page (_calendar decides)
    return stacked if stacked and not got else got


def _item_continuation(lines: list[Line], got: list[int], untimed: list[int], j: int) -> bool:
    """Whether the untimed lines right under the last timed list item, up to the next one
    (line ``j``), are that item's own lines: both items open with a bullet and the lines between
    do not ("- 10.30am Baby Bounce" / "Children's area, ground floor" / "- 6pm Book Club")."""
    return (
        bool(got and untimed)
        and untimed[0] == got[-1] + 1
        and untimed[-1] == j - 1
        and _ITEM_LEAD.match(lines[j].text) is not None
        and _ITEM_LEAD.match(lines[got[-1]].text) is not None
        and not any(_ITEM_LEAD.match(lines[u].text) for u in untimed)
    )


# A card's meta line: its time, then cells after a middle dot, a bar or a comma ("3pm–6pm · Free
# entry · Front Bar", "19:00 h · Salón de actos", "2pm, Room 4"); not "14:00 Assembly".
_META_AFTER_TIME = re.compile(r"\s*+(?:[^\W\d_]{1,3}\.?\s*+)?[·•|,]\s*+\S")


# A card's time line: a bullet, the time, a remark in brackets ("• 9:30 h (ambos días)").
_CARD_TIME_EDGES = re.compile(r"^[•·▪*–-]?\s*+|\s*+\([^()]{1,40}\)\s*+$")


def _card_time_then_place(lines: list[Line], kinds: list[str], j: int) -> bool:
    """Whether line ``j``, under a date's untimed title lines, is the card's time alone, with
    its place on the next line and no further entry after them ("Jornadas" / "Jornadas
    Arquitectura y Vivienda Asequible" / "• 9:30 h (ambos días)" / "• Matadero Madrid · Nave
    16. Paseo de la Chopera, 14"): the card is one meeting."""
    if not _only_time(_CARD_TIME_EDGES.sub("", lines[j].text)):
        return False
    place = j + 1
    if place >= len(lines) or kinds[place] != OTHER or find_times(lines[place].text) is not None:
        return False
    after = place + 1
    return after >= len(lines) or kinds[after] != OTHER or find_times(lines[after].text) is None


def _card_meta(lines: list[Line], kinds: list[str], j: int) -> bool:
    """Whether line ``j``, under a date's untimed title line, is the card's meta line (see
    _META_AFTER_TIME) and the last line of its block: the title's time and place, so the date
    is one meeting, not an untimed one and an entry of its own."""
    t = lines[j].text
    tm = find_times(t)
    if tm is None or tm.start > 2 or _META_AFTER_TIME.match(t, tm.end) is None:
        return False
    nxt = j + 1
    return nxt >= len(lines) or kinds[nxt] != OTHER or calendar.timed_entry(lines[nxt].text) is None


def _time_over_title(lines: list[Line], kinds: list[str], j: int) -> bool:
    """Whether line ``j``, first of its paragraph, is a time alone over a line of words (in the
    next paragraph, as HTML puts each in a block of its own): a calendar entry whose title and
    place are on the lines under its time."""
    nxt = j + 2 if j + 2 < len(lines) and kinds[j + 1] == BLANK else j + 1
    return (
        nxt < len(lines)
        and kinds[nxt] == OTHER
        and _only_time(lines[j].text)
        and _TWO_LETTERS.search(lines[nxt].text) is not None
        and find_times(lines[nxt].text) is None
    )


def _venue_block_under(
    lines: list[Line], kinds: list[str], entries: list[int], *, titled: bool = False
) -> bool:
    """Whether the untimed lines under a date heading are a meeting's venue block: a venue's name,
    then its address on the next lines ("Central Library" / "12 Oak Street" / "Springfield IL
    62701"). A time stated for the whole list does not make them calendar entries titled with
    the venue's name or its street. Under a date line with its own title (``titled``: "Sat 23
    Jan   BURNS NIGHT CEILIDH"), the block's last line may give its time ("7.30pm till late.
    Caller: …"), right under the address: the meeting's time, no entry of its own."""
    j = entries[0]
    t = lines[j].text
    if calendar.timed_entry(t) is not None or not _placelike(t):
        return False
    if _DIGIT.search(t) and not (_ROOM_NUMBER.search(t) and _named_venue_line(t)):
        return False  # "12 Oak Street"; not "UC Irvine, Social Science Lecture Hall 100"
    if j + 1 >= len(lines) or kinds[j + 1] != OTHER or not _address_part(lines[j + 1].text):
        return False
    rest = entries[1:]
    if (
        titled
        and rest
        and calendar.timed_entry(lines[rest[-1]].text) is not None
        and all(kinds[k] == OTHER for k in range(j, rest[-1]))
    ):
        rest = rest[:-1]  # "7.30pm till late." right under the street: the block's time
    return all(
        calendar.timed_entry(lines[k].text) is None and _address_part(lines[k].text) for k in rest
    )


def _address_part(text: str) -> bool:
    """A venue block's address line: a street with its number ("12 Oak Street", "12 rue des
    Carmes", "Calle Mayor 21"), or a town with its postcode ("31000 Toulouse")."""
    if not _DIGIT.search(text):
        return False
    return (
        _street_line(text)
        or looks_like_address(text)
        or _STREET_WORD_ABROAD.search(text) is not None
        or postal_place(text) is not None
    )


def _time_then_place(text: str) -> bool:
    """A line that gives only a time and a place ("2:00–5:00 p.m., Hartley Hall, Room 310"): under
    a title line, it is that entry's detail, not an entry of its own."""
    tm = find_times(text)
    if tm is None or tm.start > 2:
        return False
    first = text[tm.end :].strip(" ,;:–—-|").split(",")[0].strip()
    return bool(first) and _names_place(first)


_CELL_REACH = 40  # characters: "horario por confirmar · |", "18 h 30 – 20 h · |"
_CELL_AFTER_TIME = re.compile(
    r"(?:\s?\([^\W\d_]{3,12}\))?\s?[·•,;:–—|-]\s?\|\s*+[^\W\d_][^|]{0,80}"
)
# The same meta line in one element: the time, a middle dot and one place cell ("18:30 hs · Sala
# Alfonsina Storni (1.º piso)", "19 Uhr · Saal 2", "18 h 30 · Médiathèque"), no second dot.
_DOT_SPLIT = re.compile(r"[·•]")
_DASH_PART = re.compile(r"\s[–—]\s")  # "Sede Echesortu — Mendoza 4120": the name, then the street
_DOT_CELL_AFTER_TIME = re.compile(r"\s?(?:[^\W\d_]{1,3}\.?)?\s?[·•]\s*+[^\W\d_][^|·•]{0,120}")


# A card's weekday cell before its time: "Samstag · 17:00 Uhr · …", "Sat & Sun | 2pm | …".
_WEEKDAY_CELL = re.compile(
    r"^[^\W\d_]{2,12}\.?(?:\s{1,2}(?:und|and|et|y|&)\s{1,2}[^\W\d_]{2,12}\.?)?(?:\s?[·•|]){1,2}\s{0,3}"
)

_EACH_BEFORE_TIME = re.compile(
    r"(?:jeweils|je|each|chaque|cada|ab|dès|from|desde)\s{1,2}(?=\d)", re.I
)

_LEAD_CELL = re.compile(r"[^·•|]{1,40}(?<!\s)")  # a line's first cell, up to its separator


def _time_to_come(cell: str) -> bool:
    """A cell that only says the time is to come ("Uhrzeit folgt", "time TBA")."""
    cell = cell.strip(" ,;:–—-()")
    return TIME_TBA_RE.fullmatch(cell) is not None or _TIME_TO_FOLLOW.fullmatch(cell) is not None


def _time_then_cell(text: str) -> bool:
    """A card's meta line: a time, a separator and then the one place cell the page's markup
    names (``<span class="heure">16 h</span> · <span class="lieu">Le Foyer</span>``), not a
    table row's cells ("15h | Spectacle de contes | Médiathèque"): under the card's title it
    is the title's detail, not an entry. A weekday's cell may come first ("Samstag · 17:00 Uhr
    · Radstadt, Stadtplatz"), and then the time may be still to come ("Mittwoch · Uhrzeit
    folgt · Bad Gastein, Straubingerplatz"): the card's date above names the day."""
    weekday = False
    if (wc := _WEEKDAY_CELL.match(text)) is not None and _weekdays_cell(wc.group(0).strip(" ·•|")):
        text, weekday = text[wc.end() :], True
        if (each := _EACH_BEFORE_TIME.match(text)) is not None:
            text = text[each.end() :]  # "Samstag und Sonntag · jeweils 17:00 Uhr · …"
    if not text[:1].isalnum():
        return False
    cells = "|" in text[:_CELL_REACH]
    if not cells and "·" not in text[:_CELL_REACH] and "•" not in text[:_CELL_REACH]:
        return False
    tm = find_times(text)
    if tm is not None and tm.start <= 2:
        end = tm.end
    elif weekday and (tba := _LEAD_CELL.match(text)) and _time_to_come(tba.group(0)):
        end = tba.end()
    else:
        return False
    if cells:
        return _CELL_AFTER_TIME.fullmatch(text, end) is not None
    # one element: its cell must name a place ("16h · CLÔTURE" is a programme's entry)
    cell = _DOT_CELL_AFTER_TIME.fullmatch(text, end)
    if cell is None:
        return False
    place = _DOT_SPLIT.split(text[end:], maxsplit=1)[-1].strip()
    return _entry_place(place) or _named_venue_line(_DASH_PART.sub(", ", place))


def _stamped_days(line: Line) -> set[tuple[int, int]]:
    """The (month, day) of each ``<time datetime>`` date on an HTML line."""
    return {(d.month, d.day) for d in map(iso_day, line.datetimes) if d is not None}


def _day_key(a: _Anchor) -> tuple[int, int]:
    return (a.date.month, a.date.day) if a.date is not None else (0, 0)


def _drop_toc(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    unread: dict[int, str],
    heads: list[int],
) -> None:
    """Runs of two or more date-only lines (blank lines between them at most, no date twice)
    whose every date comes again later on the page are a table of contents: no meetings, each
    line warned about with where its date comes again."""
    at: dict[tuple[int, int], list[int]] = {}  # each day's anchors, in page order
    for j in sorted(anchors):
        if anchors[j].date is not None:
            at.setdefault(_day_key(anchors[j]), []).append(j)
    runs: list[list[int]] = []
    run: list[int] = []
    seen: set[tuple[int, int]] = set()
    for i in heads:
        key = _day_key(anchors[i])
        if run and key not in seen and all(kinds[j] == BLANK for j in range(run[-1] + 1, i)):
            run.append(i)
        else:
            runs.append(run)
            run, seen = [i], set()
        seen.add(key)
    runs.append(run)
    for run in runs:
        if len(run) < 2:
            continue
        again = []
        for r in run:
            same = at[_day_key(anchors[r])]
            k = bisect_right(same, run[-1])
            again.append(same[k] if k < len(same) else None)
        if None in again:
            continue
        for r, j in zip(run, again, strict=True):
            unread[r] = _TOC_REASON.format(lines[r].text, lines[j].number)
            del anchors[r]
            kinds[r] = BLANK


# A teaser's label before the date of the next event listed below it: "Next event:", "Coming
# up:", "Nächster Termin:", "Prochaine rencontre :", "Próximo evento:".
_NEXT_LABEL = re.compile(
    r"\W{0,3}+(?:next\s++(?:event|meeting|meetup|session)|coming\s++up|up\s++next|"
    r"n[äa]chste[rs]?\s++(?:termin|treffen|veranstaltung)|"
    r"prochaine?\s++(?:r[ée]union|rencontre|[ée]v[ée]nement|[ée]v[èe]nement|s[ée]ance)|"
    r"pr[óo]xim[oa]\s++(?:evento|reuni[óo]n|encuentro|cita))\s*+:",
    re.IGNORECASE,
)
_BADGE_REASON = "{!r} repeats the date of the meeting at line {} (a date badge); not a meeting"
_BADGE_LEN = 24  # characters: "SEP13", "13 Sep", "Wed 13 Sep"
_BADGE_REACH = 8  # lines from a badge to the date line it repeats
_REMARK_TAIL = re.compile(r"\s*+\([^()]{1,40}\)\s*+")
_REMARK_LEN = 44  # characters of such a remark, its brackets and spaces at most


def _drop_badges(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    unread: dict[int, str],
    langs: tuple[str, ...],
) -> None:
    """A short date-only line (a card's month/day badge: "SEP13", "NOV 24 Tue" with its weekday
    last) whose day the next date line a few lines below gives again, with its time, is no
    meeting of its own: it is warned about with the line it repeats. A badge's own ``<time
    datetime>`` says which day it is where its words may read otherwise ("mar 12" is martes 12,
    not 12 March, when it is stamped 2027-01-12)."""
    order = sorted(anchors)
    for k, i in enumerate(order[:-1]):
        a, j = anchors[i], order[k + 1]
        if a.day is not None or len(lines[i].text) > _BADGE_LEN + _REMARK_LEN:
            continue
        remark = 0  # "Friday 19 March (eve of the weekend)": a day heading with a remark
        label = _NEXT_LABEL.match(lines[i].text)
        teaser = label is not None and not a.more and not a.tail.strip(" .,;:|–—-")
        if teaser:
            remark = label.end()  # "Next event: WED, DEC 9" over that event's card
        elif not _date_only(a) and not (a.inline_head or a.more):
            rm = _REMARK_TAIL.fullmatch(a.tail)
            if rm is not None:
                remark = len(rm.group())
            elif _weekday_number(a.tail.strip(" .,|·"), langs) is not None:
                remark = len(a.tail)  # the badge's weekday under its day: "NOV" / "24" / "Tue"
            else:
                remark = -1
        if remark < 0 or len(lines[i].text) - remark > _BADGE_LEN:
            continue
        if not remark and not _date_only(a):
            continue
        b = anchors[j]
        if b.date is None or b.day is not None or j - i > _BADGE_REACH:
            continue
        # a date-only line below is the card's own date only if it writes the badge's day more
        # fully and no entry's time stands between them
        if _date_only(b) and (remark or not _fuller(a.date, b.date) or not _untimed(lines, i, j)):
            continue
        same_year = a.date.year is None or b.date.year in (None, a.date.year)
        if (_day_key(a) == _day_key(b) and same_year) or _day_key(b) in _stamped_days(lines[i]):
            unread[i] = _BADGE_REASON.format(lines[i].text, lines[j].number)
            del anchors[i]
            kinds[i] = BLANK


def _fuller(a: DateMatch, b: DateMatch) -> bool:
    """Whether ``b`` writes the date with a part ``a`` leaves out (its year or weekday): a card's
    badge "07Dez" over "Mo, 07.12.2026", not the same date written twice alike."""
    return (b.year is not None and a.year is None) or (b.weekday is not None and a.weekday is None)


def _untimed(lines: list[Line], i: int, j: int) -> bool:
    """Whether no line between ``i`` and ``j`` gives a time: a badge, its card's tag and title
    over the card's own date line, not one entry's date, time and place over the next's."""
    return all(find_times(lines[n].text) is None for n in range(i + 1, j))


# A card's day tag without a month: a weekday and the day, as the tag's parts read when copied
# ("Wed9", "Wed 9", "9 Mi.", "mer. 9").
_DAY_TAG = re.compile(r"^([^\W\d_]{2,10})\.?\s?(\d{1,2})\.?$|^(\d{1,2})\.?\s?([^\W\d_]{2,10})\.?$")
_DAY_TAG_LEN = 14


def _drop_day_tags(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], langs: tuple[str, ...]
) -> None:
    """A short line a few lines above a date line that is only a weekday and that date's day (an
    events plugin's card tag: "Wed9" over "December 9 @ 6:30 pm") is neither a place nor a
    heading: blank. It holds no month, so it is no date of its own."""
    for j, b in anchors.items():
        if b.date is None:
            continue
        for i in range(j - 1, max(-1, j - _BADGE_REACH - 1), -1):
            if i in anchors:
                break
            text = lines[i].text
            if not text or len(text) > _DAY_TAG_LEN or kinds[i] == BLANK:
                continue
            tag = _DAY_TAG.match(text.strip())
            if tag is None:
                continue
            word, day = (tag.group(1), tag.group(2)) if tag.group(1) else tag.group(4, 3)
            weekday = _weekday_number(word, langs)
            if int(day) == b.date.day and weekday is not None and b.date.weekday in (None, weekday):
                kinds[i] = BLANK
                break


def _weekday_number(word: str, langs: tuple[str, ...]) -> int | None:
    """0 (Monday) to 6 when ``word`` is a weekday's name or abbreviation in one of ``langs``."""
    folded = word.casefold()
    return next((n for g in langs if (n := weekday_names(g).get(folded)) is not None), None)


_SUBJECT_REASON = (
    "{!r} is the e-mail's subject line (what the message is about; its body gives the dates); "
    "not a meeting"
)
_RESTATED_REASON = "{!r} restates the day of the meeting at line {}: read as its detail"
_RESTATED_REACH = 3  # lines from a timed date line to an untimed line that restates its day


def _merge_restated_days(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """A line without a time under a timed date line (blank lines or its venue line between) whose date
    is that line's day again, in brackets or as the first day of a range ("March 20 @ 8:30 am"
    / "Spring Steward Training (2 days, Mar 20-21)"), is no meeting of its own but a detail of
    that meeting; the range becomes the meeting's span. It is noted with the line it restates."""
    order = sorted(anchors)
    for i, j in zip(order, order[1:], strict=False):
        a, b = anchors.get(i), anchors.get(j)
        if a is None or b is None or a.date is None or b.date is None or j - i > _RESTATED_REACH:
            continue
        if not a.timed or b.timed or b.more or a.day is not None or b.day is not None:
            continue
        head = lines[j].text[: b.date.start]
        bracketed = head.rfind("(") > head.rfind(")")  # "Training (2 days, Mar 20-21)"
        if not (bracketed or b.date.end_day is not None or b.listed):
            continue  # "is Saturday 12 December cancelled?": a message of its own
        days = [*b.listed, b.date.day]  # "(20 y 21 de marzo)": the days it lists
        if (a.date.month, a.date.day) != (b.date.month, days[0]) or b.date.year not in (
            None,
            a.date.year,
        ):
            continue
        if any(kinds[k] not in (BLANK, OTHER) for k in range(i + 1, j)):
            continue  # blank lines, or the entry's venue line ("Union Hall") between
        last = b.date.end_day or (days[-1] if len(days) > 1 else None)
        if last is not None and a.date.end_day is None:
            a.date = dataclasses.replace(a.date, end_day=last, end_month=b.date.end_month)
        unread[j] = _RESTATED_REASON.format(lines[j].text, lines[i].number)
        del anchors[j]
        kinds[j] = OTHER


_PAST_REASON = "{!r} is under the heading {!r} (events that took place); not a meeting"
_PAST_KEPT = "{!r} is under the heading {!r} but writes no year; kept as a meeting"
_SECTION_HEAD_LEN = 40  # characters: "Past events (87)", "Vergangene Veranstaltungen"
# A heading over events that took place ("Past events (87)", "Vergangene Termine", "Événements
# passés", "Eventos anteriores") and one over events to come, which ends that section.
_PAST_HEADING = re.compile(
    # not an events page's two tabs flattened into one line: "Próximos Pasados", "Upcoming Past",
    # "À venir Passés", "Kommende Vergangene"
    r"^\W*+(?!(?:upcoming|coming|next|pr[óo]xim[oa]s|kommende|k[üu]nftige|n[äa]chste|[àa]\s++venir|"
    r"prochain(?:e?s)?|futur[oa]s?)\b)"
    r"(?:(?:past|previous|earlier)\s++(?:[^\W\d_]++\s++)?[^\W\d_]++|last\s++time|"
    r"(?:vergangene|fr[üu]here|zur[üu]ckliegende)\s++[^\W\d_]++|r[üu]ckblick|r[üu]ckschau|"
    r"(?:[^\W\d_]++\s++)?(?:pass[ée]e?s?|pr[ée]c[ée]dente?s)|"  # "Déjà passé", "Séances passées"
    r"(?:[^\W\d_]++\s++)?(?:pasad[oa]s|anteriores|realizad[oa]s|recientes)|"
    # "Recent events", "Événements récents", "Letzte Veranstaltungen"
    r"recent\s++[^\W\d_]++|(?:[^\W\d_]++\s++)?r[ée]cent(?:e?s)|letzte\s++[^\W\d_]++|"
    # what the last race days or matches gave: "Latest results", "Derniers résultats",
    # "Neueste Ergebnisse", "Últimos resultados" (not "Search results": the events found)
    r"(?:latest|last|derniers|neueste|[úu]ltimos)\s++(?:results|r[ée]sultats|ergebnisse|"
    r"resultados)|"
    r"past|vergangene?|"  # alone, as an events tab writes it: "Past", "Passés", "Vergangene"
    # what was held, and when: "Meetings held this fall", "Talks we held in 2026", "Réunions
    # tenues cet automne", "Reuniones celebradas este año", "Bisherige Treffen", "Bereits
    # stattgefundene Vorträge" (not "Meetings to be held", "Talks being held")
    r"(?:[^\W\d_]++\s++){1,2}?(?<!be\s)(?<!being\s)(?:held|tenue?s|celebrad[oa]s)"
    r"(?:\s++(?:so\s++far|(?:this|last|in|cet|cette|ce|este|esta|en)(?:\s++[^\W\d_]++)?))?|"
    r"(?:bisherige|(?:bereits\s++)?stattgefundene)\s++[^\W\d_]++|"
    # what the season has shown: "Season so far", "Our talks so far", "Screenings so far"
    r"(?:[^\W\d_]++\s++){1,2}?so\s++far)"
    # "Past concerts", "Frühere Wanderungen", "Ateliers passés", "Charlas pasadas", and the term
    # it names: "Past seminars (autumn 2026)", "Vergangene Vorträge (WS 2025/26)"
    r"\b(?:\s*+\([^()]{1,30}\))?[\W\d]*+"
    # an events page's count and link after it: "Past events (64) See all", "Eventos pasados
    # (64) Ver todo", "Événements passés (12) Tout voir", "Vergangene Events (9) Alle anzeigen"
    r"(?:(?:see|view|show)\s++all|ver\s++tod[oa]s?|(?:tout|tous)\s++voir|voir\s++tout|"
    r"alle\s++(?:anzeigen|ansehen))?"
    # the term they were in: "Past seminars (autumn 2026)", "Vergangene Vorträge (WiSe 2026/27)"
    r"(?:(?<=\()\s*+[^\W\d_]++(?:[\s/.-]++[^\W_]++){0,3}\s*+\))?\W*+$",
    re.I,
)
# A term's heading that says in brackets it is over: "Autumn 2026 (past talks)", "Herbst 2026
# (vergangene Termine)", "Automne 2026 (séances passées)", "Otoño 2026 (charlas pasadas)".
_PAST_REMARK = re.compile(
    r"\(\s*+(?:(?:past|previous|vergangene?|fr[üu]here|pass[ée]e?s|pasad[oa]s)\b[^()]{0,30}+|"
    r"[^()]{0,30}?\b(?:past|passée?s|pass[ée]s|pasad[oa]s|vergangen|held|tenues))\s*+\)\W*+$",
    re.IGNORECASE,
)
# A heading over links to other articles, each with its date: "Related", "See also", "Latest
# articles", "Weitere Artikel", "Lire aussi", "Lea también", "Noticias relacionadas".
_RELATED_HEADING = re.compile(
    r"^\W*+(?:related(?:\s++(?:articles|stories|posts|news|reading))?|see\s++also|"
    r"read\s++(?:also|more)|further\s++reading|(?:latest|recent|more)\s++(?:articles|stories|"
    r"posts|news)|siehe\s++auch|lesen\s++sie\s++auch|mehr\s++zum\s++thema|(?:weitere|"
    r"neueste|aktuelle|verwandte|[äa]hnliche)\s++artikel|voir\s++aussi|lire\s++aussi|"
    r"[àa]\s++lire(?:\s++aussi|\s++[ée]galement)?|"
    r"(?:autres|derniers)\s++articles|articles\s++(?:li[ée]s|r[ée]cents)|ver\s++tambi[ée]n|"
    r"lea\s++tambi[ée]n|(?:art[íi]culos|noticias|notas)\s++relacionad[oa]s|[úu]ltim[oa]s\s++"
    r"(?:art[íi]culos|noticias|notas|entradas|publicaciones)|m[áa]s\s++(?:art[íi]culos|noticias|"
    r"notas)|"
    # a blog's sidebar: "Recent posts", "Entradas recientes", "Neueste Beiträge"
    r"(?:entradas|publicaciones|art[íi]culos|notas|noticias)\s++recientes|"
    r"(?:neueste|letzte|aktuelle)\s++beitr[äa]ge|publications\s++r[ée]centes|"
    # a shop's or a blog's suggestions: "You might also like", "Das könnte Sie auch
    # interessieren", "Vous aimerez aussi", "También te puede interesar"
    r"you\s++(?:might|may)\s++also\s++(?:like|enjoy)|(?:more\s++)?from\s++the\s++blog|"
    r"das\s++k[öo]nnte\s++(?:dich|sie|euch)\s++auch\s++interessieren|auch\s++interessant|"
    r"vous\s++(?:aimerez|pourriez\s++aimer)(?:\s++peut-[êe]tre)?\s++aussi|"
    r"(?:tambi[ée]n\s++)?te\s++puede\s++interesar|quiz[áa]s?\s++te\s++interese)\b[\W\d]*+$",
    re.I,
)
_RELATED_REASON = "{!r} is under the heading {!r} (a link to another article); not a meeting"
_RELATED_FIRST_WORDS = frozenset({
    "related", "see", "read", "further", "latest", "recent", "more", "siehe", "lesen", "mehr",
    "weitere", "neueste", "aktuelle", "verwandte", "ähnliche", "ahnliche", "voir", "lire", "à",
    "a", "autres", "derniers", "articles", "ver", "lea", "artículos", "articulos", "noticias",
    "últimas", "ultimas", "últimos", "ultimos", "más", "mas", "notas", "entradas",
    "publicaciones", "letzte", "publications", "you", "from", "das", "auch", "vous", "te",
    "también", "tambien", "quizás", "quizas", "quiza", "quizá",
})  # fmt: skip


def _related_heading(text: str) -> bool:
    """``_RELATED_HEADING.match(text)``, tried only when the first word is one it starts with."""
    first = text.lstrip(" *•·#>|([-")[:16].partition(" ")[0].lower().strip(_WORD_STRIP)
    return first in _RELATED_FIRST_WORDS and _RELATED_HEADING.match(text) is not None


_UPCOMING_HEADING = re.compile(
    r"\b(?:upcoming|future|forthcoming|coming\s++up|(?:still\s++)?to\s++come|next|kommende|n[äa]chste|anstehende|"
    r"prochaine?s|[àa]\s++venir|pr[óo]xim[oa]s)\b",
    re.I,
)


# A heading that opens the page's listing after a past section ("RÜCKBLICK" … "TERMINE"): the
# listing's own name, alone on its line.
_LISTING_HEADING = re.compile(
    r"^\W*+(?:termine|veranstaltungen|events|dates|calendar|diary|programm?e?|agenda|calendrier|"
    r"rendez-vous|programa(?:ci[óo]n)?|actividades|eventos|convocatorias)\W*+$",
    re.IGNORECASE,
)
_HEADING_REACH = 3  # non-blank lines under a section heading searched for its first date


def _dates_follow(kinds: list[str], i: int) -> bool:
    """Whether a dated line comes within _HEADING_REACH non-blank lines under line ``i`` (a
    heading over entries; not a menu's "Past events" link over "Contact", "About")."""
    seen = 0
    for k in kinds[i + 1 :]:
        if k == ANCHOR:
            return True
        if k != BLANK:
            seen += 1
            if seen >= _HEADING_REACH:
                return False
    return False


def _drop_past_sections(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    unread: dict[int, str],
    page_day: date | None = None,
) -> set[int]:
    """The dated lines under a heading such as "Past events" (up to a heading such as "Upcoming
    events", a timed date with its year on or after ``page_day`` (the page's own date, when it
    has one) after one before it, or the page's end) that write their year or give no time are no meetings: each is
    warned about with its heading. One with a time and without a year stays a meeting (the year
    read for it may not be the one the heading means), with a warning. Returns the lines kept
    so: given the page's date, those before it go (``_drop_past_untimed``)."""
    heading: int | None = None
    related = False  # the heading is a list of links to other articles, not past events
    term = False  # the heading names a term said to be over ("Autumn 2026 (past talks)")
    kept: list[int] = []  # the entries under it kept for want of a year
    every: set[int] = set()
    heads: list[int] = []  # the headings over events that took place
    before = False  # a date under the heading is before the page's own date
    for i, k in enumerate(kinds):
        t = lines[i].text
        if k == ANCHOR:
            a = anchors.get(i)
            if heading is not None and a is not None and a.date is not None:
                before = before or _page_side(a.date, page_day) == -1
            if a is not None and (past := _past_marked(lines, kinds, i)) is not None:
                unread[i], under = past
                del anchors[i]
                kinds[i] = BLANK
                if under:  # its entry goes on under it: not a detail of the next one
                    kinds[i + 1] = BLANK
                continue
            if heading is None or a is None or a.date is None:
                continue
            if (
                before
                and not related
                and (a.timed or a.day is not None)
                and _page_side(a.date, page_day) == 1
            ):
                # "Rückblick" over last month's walk, then "Samstag, 2. Jänner 2027 / 10.30 Uhr
                # …" (a date with its time, or an entry under its date heading) on a page of
                # 15 December 2026: what took place cannot come after the page's own date
                # (unless no date under the heading is before it: the page's date may be misread)
                _drop_newest_first(lines, kinds, anchors, unread, kept, heading)
                heading, kept, term = None, [], False
                continue
            if related and a.timed:  # a meeting after the links: the list has ended
                heading = None
                continue
            if a.date.year is None and a.timed:  # untimed: nothing says it is still to come
                unread[i] = _PAST_KEPT.format(t, lines[heading].text.strip())
                kept.append(i)
                every.add(i)
                continue
            why = _RELATED_REASON if related else _PAST_REASON
            unread[i] = why.format(t, lines[heading].text.strip())
            del anchors[i]
            kinds[i] = BLANK
            continue
        if k == BLANK or len(t) > _SECTION_HEAD_LEN:
            continue
        remark = "(" in t and _PAST_REMARK.search(t) is not None
        if (
            (_PAST_HEADING.match(t) or remark)
            and _dates_follow(kinds, i)
            and not _tab_after(lines, kinds, i)
        ):
            _drop_newest_first(lines, kinds, anchors, unread, kept, heading)
            heading, related, kept, term, before = i, False, [], remark, False
            heads.append(i)
        elif heading is not None and term and _dates_follow(kinds, i) and not _BULLET.match(t):
            # "Autumn 2026 (past talks)" ends at the next term's heading ("Winter & Spring")
            _drop_newest_first(lines, kinds, anchors, unread, kept, heading)
            heading, kept, term = None, [], False
        elif _related_heading(t) and _dates_follow(kinds, i):
            _drop_newest_first(lines, kinds, anchors, unread, kept, heading)
            heading, related, kept = i, True, []
        elif related and heading is not None and _section_over_prose(lines, kinds, i):
            heading, related, kept = None, False, []  # "Read more" / "Lecture series" / "All
            # lectures are held …": the links have ended, a section of the page's own begins
        elif heading is not None and (_UPCOMING_HEADING.search(t) or _LISTING_HEADING.match(t)):
            _drop_newest_first(lines, kinds, anchors, unread, kept, heading)
            heading, kept = None, []
    _drop_newest_first(lines, kinds, anchors, unread, kept, heading)
    for h in heads:
        if kinds[h] == OTHER and not any(kinds[j] == ANCHOR for j in _next_lines(kinds, h)):
            kinds[h] = RULE  # "Salidas realizadas" over what took place: no detail of the above
    return {i for i in every if i in anchors}


def _section_over_prose(lines: list[Line], kinds: list[str], i: int) -> bool:
    """Whether line ``i`` is a heading over a paragraph (a short line, no list item, the next
    line that is not blank a sentence): no link to another article, but a section's start."""
    if _BULLET.match(lines[i].text) or is_prose(lines[i].text):
        return False
    j = i + 1
    while j < len(kinds) and kinds[j] == BLANK:
        j += 1
    if j >= len(kinds) or kinds[j] == ANCHOR:
        return False
    said = lines[j].text.rstrip()
    return is_prose(said) or (
        said.endswith((".", "!", "?")) and len(said.split()) >= _SENTENCE_WORDS
    )


_SENTENCE_WORDS = 5  # words of a line that ends with a stop, at the least, to be a sentence


def _page_side(when: DateMatch, page_day: date | None) -> int:
    """-1 for a date with its year before the page's own date, 1 for one on or after it, 0 when
    either is not known."""
    if page_day is None or when.year is None:
        return 0
    return (
        -1
        if (when.year, when.month, when.day) < (page_day.year, page_day.month, page_day.day)
        else 1
    )


def _next_lines(kinds: list[str], i: int) -> range:
    """The lines after ``i`` up to the next blank line after the first that is not blank."""
    j = i + 1
    while j < len(kinds) and kinds[j] == BLANK:
        j += 1
    end = j
    while end < len(kinds) and kinds[end] != BLANK:
        end += 1
    return range(j, end)


# A past session's row says so, or links what it left behind: "[séance passée]", "Aufzeichnung
# ansehen", "Watch the recording", "([slides](…))", "Ver grabación", "Revoir la vidéo".
# A past session's mark: a "past session" or an offer of its recording or slides ("Aufzeichnung
# ansehen", "watch the recording", "voir l'enregistrement", "ver la grabación", "recording
# available", a link "[slides](…)"). Both the past-sessions pass and the recap pass read it.
_PAST_SESSION_MARK = re.compile(
    r"\b(?:past\s++(?:session|seminar|talk|lecture|event|meeting)|s[ée]ance\s++pass[ée]e|"
    r"sesi[óo]n\s++pasada|(?:watch|view|see)\s++(?:the\s++)?(?:recording|video|slides|replay)|"
    r"(?:recording|replay)\s++(?:available|online|here)|"
    r"(?:aufzeichnung|mitschnitt|video|folien)\s++(?:ansehen|anschauen|anh[öo]ren)|"
    r"(?:(?:re)?voir|regarder)\s++(?:l['’]\s*+|la\s++|le\s++)?"
    r"(?:enregistrement|vid[ée]o|diaporama|replay)|"
    r"(?:ver|mirar)\s++(?:la\s++|el\s++)?(?:grabaci[óo]n|v[íi]deo|diapositivas))\b|"
    r"\[(?:slides|recording|video|folien|aufzeichnung|diaporama|diapositives|diapositivas|"
    r"grabaci[óo]n)\]",
    re.I,
)
_PAST_SESSION_STEMS = ("past", "pass", "pasad", "record", "enregistrement", "video", "vidéo",
                       "vídeo", "replay", "slides", "folien", "aufzeichnung", "mitschnitt",
                       "diapo", "grabaci")  # fmt: skip


def _past_session_mark(text: str) -> str | None:
    """The words by which a dated line says its session took place (a past session, its
    recording or slides offered), else None."""
    if not contains_any(text.casefold(), _PAST_SESSION_STEMS):
        return None
    pm = _PAST_SESSION_MARK.search(text)
    return pm.group(0) if pm is not None else None


# The words a past-events label needs: a cheap test before _PAST_HEADING on a dated line's head.
_PAST_LABEL_STEMS = ("past", "previous", "earlier", "last time", "results", "résultats", "resultats",
                     "ergebnisse", "resultados", "vergangen", "früher", "fruher", "zurück",
                     "zuruck", "rückblick", "ruckblick", "rückschau", "ruckschau", "pass", "précéd", "preced", "pasad",
                     "anterior", "realizad", "held", "tenu", "celebrad", "bisherig",
                     "stattgefunden")  # fmt: skip
_PAST_MARK_REASON = "{!r} says the session took place ({!r}); not a meeting"
_PAST_LABEL_REASON = "{!r} follows the label {!r} (events that took place); not a meeting"


def _past_marked(lines: list[Line], kinds: list[str], i: int) -> tuple[str, bool] | None:
    """Why the dated line ``i`` is a session that took place, if it is, and whether the line under
    it is its entry's too: a past-session mark on it or on the line under it that goes on with
    its entry, or a label before its date such as "Previous Forums:", "Éditions précédentes :",
    "Frühere Tagungen:"."""
    t = lines[i].text
    head, colon, _ = t[:_SECTION_HEAD_LEN].partition(":")
    if colon and contains_any(head.lower(), _PAST_LABEL_STEMS) and _PAST_HEADING.match(head):
        return _PAST_LABEL_REASON.format(t, head.strip()), False
    texts = [t]
    if i + 1 < len(kinds) and kinds[i + 1] == OTHER:
        texts.append(lines[i + 1].text)
    for k, text in enumerate(texts):
        if (mark := _past_session_mark(text)) is not None:
            return _PAST_MARK_REASON.format(t, mark.strip("[]")), k == 1
    return None


# A heading over a team's own notes, as a shared page or a Notion export has them: "Notizen
# (intern)", "Interne Notizen", "Internal notes", "Notes internes", "Notas internas", "Intern".
_INTERNAL_HEADING = re.compile(
    r"^\W*+(?:(?:internal|interne?)\s++(?:notes?|notizen|memo)|(?:notes?|notizen|notas|memo)"
    r"\s*+\(?(?:internal|intern|internes?|internas?|interne?)\)?|notas\s++internas|"
    r"intern|internal|internes?)\b[\W\d]*+$",
    re.I,
)


def _internal_heading(t: str) -> bool:
    """``_INTERNAL_HEADING.match(t)`` on a short line, tried only when it has "intern" (every
    word of the heading's has)."""
    return len(t) <= _SECTION_HEAD_LEN and "ntern" in t.lower() and bool(_INTERNAL_HEADING.match(t))


_INTERNAL_REASON = "{!r} is under the heading {!r} (the team's own notes); not a meeting"


_BULLETS = ("-", "•", "*", "–", "·")
_SEPARATOR = frozenset("-_=*—–·• ")


def _drop_internal_notes(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """The dated lines under a heading such as "Notizen (intern)" or "Internal notes" are the
    team's deadlines and reminders, not meetings the page announces: each is warned about with
    its heading. The notes end at a separator ("---"), a heading such as "Upcoming events", or
    a paragraph break followed by a line that is no list item (the next heading)."""
    # Most pages have no "intern" at all: one scan in a comprehension, then nothing to do.
    found = [i for i, line in enumerate(lines) if "ntern" in line.text.lower()]
    first = next((i for i in found if _internal_heading(lines[i].text)), None)
    if first is None:
        return
    heading: int | None = None
    noted = False  # a line of notes under the heading has been seen
    for i in range(first, len(kinds)):
        k = kinds[i]
        t = lines[i].text
        if heading is None:
            if k != BLANK and _internal_heading(t):
                heading, noted = i, False
            continue
        if not t:
            continue
        after_break = not lines[i - 1].text
        if (
            (len(t) >= 3 and set(t) <= _SEPARATOR)
            or _UPCOMING_HEADING.search(t)
            or (noted and after_break and not t.startswith(_BULLETS))
        ):
            heading = None
            if k != BLANK and _internal_heading(t):
                heading, noted = i, False
            continue
        noted = True
        if i in anchors or i in unread:  # the heading says more than a deadline's word
            unread[i] = _INTERNAL_REASON.format(t, lines[heading].text.strip())
            anchors.pop(i, None)
            kinds[i] = BLANK


# A gazette's or newsletter's section of service dates and greetings, no meetings: refuse
# collection, the pharmacies on duty, birthdays ("Abfuhrtermine", "NOTDIENSTE", "Apotheken-
# notdienst (Wechsel jeweils um 8.30 Uhr):", "Bin collections", "Pharmacies de garde",
# "Farmacias de guardia", "Glückwünsche", "Anniversaires").
_SERVICE_HEADING = re.compile(
    r"^\W*+(?:abfuhrtermine|m[üu]llabfuhr|abfall(?:kalender|termine)|abfuhrkalender|"
    r"(?:apotheken-?\s*+)?notdienste?|apothekennotdienst|(?:ärztlicher\s++)?bereitschaftsdienst|"
    r"gl[üu]ckw[üu]nsche|geburtstage|(?:alters)?jubilare|ehejubil[äa]en|geburtstagskinder|"
    r"(?:wir\s++gratulieren|herzliche[n]?\s++gl[üu]ckw[üu]nsche?)(?:\s++zum\s++(?:geburtstag|jubil[äa]um))?|"
    r"(?:bin|refuse|waste|recycling|rubbish)\s++collections?(?:\s++dates)?|"
    r"(?:pharmacy|chemist)\s++rota|duty\s++pharmac(?:y|ies)|birthdays|happy\s++birthday|"
    r"collectes?\s++des\s++d[ée]chets|ramassage\s++des\s++ordures|pharmacies?\s++de\s++garde|"
    r"anniversaires|[ée]tat\s++civil|"
    r"recogida\s++de\s++(?:basura|residuos)|farmacias?\s++de\s++guardia|cumplea[ñn]os|"
    r"aniversarios)"
    r"(?:\s*+\([^()]{0,60}\))?\s*+:?\W*+",
    re.IGNORECASE,
)
_SERVICE_REASON = "{!r} is under the heading {!r} (service dates or greetings); not a meeting"


def _drop_service_dates(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """The dated lines of a section of service dates or greetings ("Abfuhrtermine" / "Restabfall:
    Mittwoch, 27. Januar", "NOTDIENSTE" / "Sa., 23.01.: Glan-Apotheke", "GLÜCKWÜNSCHE" / "am 22.
    Januar Frau Hildegard Becker") are no meetings: each is warned about with its heading. The
    section is the heading's paragraph, or the one right under it, up to a blank line."""
    for h, line in enumerate(lines):
        t = line.text
        if not t or len(t) > _SECTION_HEAD_LEN or h in anchors:
            continue
        if not any(c in t.lower() for c in "abdgjnprw") or not _SERVICE_HEADING.fullmatch(t):
            continue
        i = h + 1
        while i < len(lines) and not lines[i].text:
            i += 1
        while i < len(lines) and lines[i].text:
            if i in anchors or i in unread:
                unread[i] = _SERVICE_REASON.format(lines[i].text, t.strip())
                anchors.pop(i, None)
                kinds[i] = BLANK
            i += 1


def _tab_after(lines: list[Line], kinds: list[str], i: int) -> bool:
    """Whether line ``i`` comes right under an "Upcoming" heading ("À venir" / "Passés"): the
    tabs of an events page, over its upcoming events."""
    j = i - 1
    while j >= 0 and kinds[j] == BLANK:
        j -= 1
    t = lines[j].text if j >= 0 else ""
    return len(t) <= _SECTION_HEAD_LEN and _UPCOMING_HEADING.search(t) is not None


_NEWEST_FIRST_REASON = (
    "{!r} is under the heading {!r}, in a list that runs newest first (events that took place); "
    "not a meeting"
)
_YEAR_TURN = 6  # months: a later entry this many months "after" the one above is last year's


def _drop_newest_first(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    unread: dict[int, str],
    kept: list[int],
    heading: int | None,
) -> None:
    """Entries with a time and no year kept under a past-events heading (``kept``, in page order)
    are no meetings after all when two or more of them run newest first, as a record of what
    took place does ("Nov 5", "Oct 24", "Oct 1"; "Jan 12", "Dec 19" across the new year)."""
    if len(kept) < 2 or heading is None:
        return
    keys = [(anchors[i].date.month, anchors[i].date.day) for i in kept]  # type: ignore[union-attr]
    for (m1, d1), (m2, d2) in zip(keys, keys[1:], strict=False):
        if not ((m2, d2) < (m1, d1) or m2 - m1 >= _YEAR_TURN):
            return
    for i in kept:
        unread[i] = _NEWEST_FIRST_REASON.format(lines[i].text, lines[heading].text.strip())
        del anchors[i]
        kinds[i] = BLANK


# A paragraph that tells what took place: it opens with "What you missed", "Looking back",
# "Rückblick", "Retour sur", "Crónica", or thanks those who came.
_RECAP_LEAD = re.compile(
    r"^\W*+(?:what\s++you\s++missed|in\s++case\s++you\s++missed|looking\s++back|"
    r"a\s++look\s++back|recap|r[üu]ckblick|r[üu]ckschau|nachlese|was\s++bisher\s++geschah|"
    r"retour\s++sur|r[ée]trospective|ce\s++que\s++vous\s++avez\s++manqu[ée]|cr[óo]nica|"
    r"lo\s++que\s++te\s++perdiste|repaso|(?:report|bericht|compte[\s-]rendu|informe)"
    r"(?=\s*+:))\b",
    re.I,
)
_THANKS_STEMS = ("thank", "dank", "merci", "gracias")
_THANKS = re.compile(
    r"\b(?:thanks?(?:\s++you)?\s++(?:to\s++)?(?:everyone|everybody|all\s++of\s++you|all)\s++"
    r"(?:who|that|for)\s++(?:came|come|coming|joined|joining|attended|took\s++part)|"
    r"(?:danke|vielen\s++dank)\s++an\s++alle,?\s++die\s++(?:da\s++waren|gekommen|dabei|"
    r"teilgenommen|mitgemacht)|merci\s++[àa]\s++(?:(?:tous|toutes)(?:\s++(?:ceux|celles))?|"
    r"celles\s++et\s++ceux|ceux)\s++"
    r"(?:qui\s++(?:sont\s++venu|ont\s++particip)|d['’]\s*+[êe]tre\s++venu)|"
    r"gracias\s++a\s++(?:todos|todas|quienes)\s++(?:los\s++que\s++|las\s++que\s++)?"
    r"(?:vinieron|asistieron|participaron|nos\s++acompa[ñn]aron)|"
    # thanks to those who took part, named as such: "Thanks to the 80 participants", "Un grand
    # merci aux 80 participantes", "Danke an die 40 Teilnehmenden", "Gracias a los asistentes"
    r"thanks?(?:\s++you)?\s++to\s++(?:the\s++|all\s++(?:the\s++)?)?(?:\d+\s++)?"
    r"(?:participants|attendees|people\s++who)|"
    r"merci\s++(?:aux|[àa]\s++(?:la|les))\s++(?:\d+\s++)?(?:participant|personnes|pr[ée]sent)|"
    r"dank\w*+\s++an\s++(?:die\s++|alle\s++)?(?:\d+\s++)?(?:teilnehm|besucher|anwesend)|"
    r"gracias\s++a\s++(?:los|las)\s++(?:\d+\s++)?(?:asistentes|participantes))",
    re.I,
)
_RECAP_REASON = "{!r} is in a paragraph that tells what took place ({!r}); not a meeting"


# A paragraph that looks back on what took place: "We look back on …", "Wir blicken dankbar auf
# viele Begegnungen zurück", "Nous revenons sur …", "Echamos la vista atrás …".
_LOOK_BACK_STEMS = ("back", "zurück", "zuruck", "revenons", "retour", "rétrospective", "atrás")
_LOOK_BACK = re.compile(
    r"\blook(?:s|ed|ing)?\s++back\b|\bblick\w*+\s++(?:\S++\s++){0,6}?zur[üu]ck\b|"
    r"\b(?:nous\s++)?revenons\s++sur\b|\bretour\s++sur\b|\br[ée]trospective\b|"
    r"\b(?:echamos|echar|mirando|miramos)\s++(?:la\s++vista\s++)?atr[áa]s\b",
    re.I,
)


# A dated line that offers its own recording took place ("21.10.2026 | … | Aufzeichnung
# ansehen", "Oct 21 – Watch the recording", "Voir l'enregistrement", "Ver la grabación").
def _recap_cue(lines: list[Line], para: list[int], untimed: bool) -> tuple[str, bool] | None:
    """What makes paragraph ``para`` (line indexes) a report of what took place, and whether it
    says so outright (its opening words: every date in it goes) or only thanks those who came
    (its dates without a time go; ``untimed`` says whether it has one)."""
    if (lead := _RECAP_LEAD.match(lines[para[0]].text)) is not None:
        return lead.group(0).strip(" *•·:-"), True
    back = False
    for j in para:
        t = lines[j].text
        low = t.lower()
        if contains_any(low, _THANKS_STEMS) and (th := _THANKS.search(t)) is not None:
            return th.group(0), False
        back = back or (untimed and contains_any(low, _LOOK_BACK_STEMS))
    if back:  # the words of the cue may wrap to the next line
        text = " ".join(lines[j].text for j in para)
        if (lb := _LOOK_BACK.search(text)) is not None:
            return lb.group(0), False
    return None


def _drop_recaps(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """The dates of a paragraph that reports what took place ("What you missed last term: the
    walking tour (Tue 20 Oct) … Thanks to everyone who came!", "Rückblick: Am 08.11. wanderten
    34 Mitglieder …") are no meetings: each is warned about."""
    para: list[int] = []
    for i in range(len(kinds) + 1):
        if i < len(kinds) and kinds[i] != BLANK:
            para.append(i)
            continue
        dated = [j for j in para if j in anchors]
        for j in dated:
            if (rec := _past_session_mark(lines[j].text)) is not None:
                unread[j] = _RECAP_REASON.format(lines[j].text, rec)
                del anchors[j]
                kinds[j] = BLANK
        dated = [j for j in dated if j in anchors]
        untimed = bool(dated) and any(not anchors[j].timed for j in dated)
        if dated and (cue := _recap_cue(lines, para, untimed)) is not None:
            words, outright = cue
            for j in dated:
                if outright or not anchors[j].timed:
                    unread[j] = _RECAP_REASON.format(lines[j].text, words)
                    del anchors[j]
                    kinds[j] = BLANK
        para = []


# A printed page's own lines, as a browser or a calendar app prints them: the browser's header
# (when it was printed, then the page's title: "26/11/26, 10:14 Google Calendar - Imprimir",
# "11/26/26, 10:14 AM Outlook"), the calendar's time zone ("(GMT-04:00) Hora de Bolivia - La
# Paz", "Fuseau horaire : (GMT+01:00) Heure normale d'Europe centrale - Paris", "Time zone:
# (GMT-05:00) Eastern Time - Toronto") and the span of days it shows ("1 dic 2026 – 31 ene 2027").
_PRINT_STAMP = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s?\d{1,2}:(?P<min>\d\d)(?P<sec>:\d\d)?"
    r"(?:\s?[AaPp]\.?\s?[Mm]\.?)?\s(?=\D)"
)
_TZ_LINE = re.compile(
    r"(?:[^\W\d_]++(?:\s[^\W\d_]++)?\s?:\s?)?\((?P<zone>(?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d\d)?)\)"
)
# A print's time zone by name after its label, with no offset: "Time zone: Eastern Time - New
# York", "Zeitzone: Mitteleuropäische Zeit - Berlin", "Zona horaria: Hora de Chile - Santiago".
_TZ_NAMED = re.compile(
    r"^(?:time\s?zone|zeitzone|fuseau\s++horaire|zona\s++horaria)\s?:\s*+"
    r"(?P<zone>[^\W\d_][^\d\n:()]{2,60}?)\s++[-–]\s++[^\W\d_][^\d:()]{1,40}$",
    re.I,
)
_TZ_LINE_MAX = 120  # characters
_PERIOD_DAYS = 27  # a span of dates this long or longer over a page's entries is what it shows
_PRINT_TOP = 4  # lines under a page's first date searched for its time zone
_PRINT_REASON = "{!r} is the printed page's own line ({}); not a meeting"


def _drop_print_lines(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> str | None:
    """A printed page's header, time-zone lines and the span of days a printed calendar shows
    are no meetings (see _PRINT_STAMP): the header and the span are warned about, the time-zone
    line is kind BLANK (never a place). Returns the print's time zone as it writes it
    ("GMT-05:00", "Eastern Time"): the zone of every time on the page."""
    zone = None
    first = next((i for i, k in enumerate(kinds) if k != BLANK), None)
    if first is None:
        return None
    ps = _PRINT_STAMP.match(lines[first].text) if first in anchors else None
    if ps is not None and (ps.group("sec") or int(ps.group("min")) % 15):  # off the quarters
        unread[first] = _PRINT_REASON.format(lines[first].text, "when it was printed")
        del anchors[first]
        kinds[first] = BLANK
    if not anchors:
        return None
    top = min(anchors)  # a print's time zone and span stand above its entries
    for i, line in enumerate(lines[: top + _PRINT_TOP]):
        t = line.text
        offset = "GMT" in t or "UTC" in t
        if len(t) > _TZ_LINE_MAX or i in anchors or not (offset or ":" in t):
            continue
        tz = _TZ_LINE.match(t) if offset else _TZ_NAMED.match(t)
        if tz:
            kinds[i] = BLANK
            zone = zone or " ".join(tz.group("zone").split()).replace("−", "-")
    if len(anchors) >= 3 and _period(anchors[top]):
        unread[top] = _PRINT_REASON.format(lines[top].text, "the days it shows")
        del anchors[top]
        kinds[top] = BLANK
    return zone


def print_zone(meetings: list[Meeting], zone: str | None) -> None:
    """Give a print's time zone (``_drop_print_lines``) to each timed meeting without its own."""
    if zone is None:
        return
    for m in meetings:
        if m.start_time and not m.tz_hint:
            m.tz_hint = zone


_MINUTES_TOP = 8  # non-blank lines at the top of minutes that may hold the meeting's date
_MINUTES_REASON = "{!r} is the meeting these minutes record ({!r}); not an upcoming meeting"


def _drop_minutes_record(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """Minutes open with their title ("Minutes of the Branch Committee meeting", "PROTOKOLL")
    and the date of the meeting they record ("held on Tuesday 8 December 2026", "Datum: …"):
    that meeting took place, so the first date at the top under such a title is no meeting, and
    is warned about. The meetings the minutes announce further down stay."""
    title: int | None = None
    seen = 0
    for i, k in enumerate(kinds):
        if k == BLANK:
            continue
        seen += 1
        if seen > _MINUTES_TOP:
            return
        t = lines[i].text
        if i in anchors:
            if title is not None:
                unread[i] = _MINUTES_REASON.format(t, lines[title].text)
                del anchors[i]
                kinds[i] = BLANK
            return
        if i in unread:  # the title with its date ("Minutes of the branch meeting, 3 December")
            return
        if title is None and len(t) <= MINUTES_TITLE_LEN and MINUTES_TITLE.match(t):
            title = i


_WRAPPED_PENDING_REASON = (
    "{!r} ends the sentence on the line above ({!r}); not a meeting of its own"
)


def _drop_wrapped_pending(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """A pending marker in lower case right under a line whose sentence it ends ("TN reported
    that the network is planning a social in the new year;" / "details to follow.") is the
    end of a report, not an entry "Details to follow" of its own: warned about."""
    for i in [i for i, a in anchors.items() if a.pending and a.date is None and i > 0]:
        t, above = lines[i].text, lines[i - 1].text
        if t[:1].islower() and above and above[-1] not in ".!?:)»\"'":
            unread[i] = _WRAPPED_PENDING_REASON.format(t, above)
            del anchors[i]
            kinds[i] = OTHER


def _period(a: _Anchor) -> bool:
    """Whether an anchor is a span of a month or more with no time ("1 dic 2026 – 31 ene
    2027"): over a page's entries, the days the page shows."""
    dm = a.date
    if a.timed or dm is None or dm.end_day is None or dm.end_month is None:
        return False
    years = (dm.end_year - dm.year) if dm.end_year and dm.year else int(dm.end_month < dm.month)
    months = 12 * years + dm.end_month - dm.month
    return 30 * months + dm.end_day - dm.day >= _PERIOD_DAYS


# An entry without a time that is a public holiday ("Todo el día Día del Estado Plurinacional
# (feriado)", "All day  Thanksgiving (public holiday)", "Ganztägig Tag der Deutschen Einheit
# (Feiertag)", "Toute la journée Armistice (jour férié)"), not "Holiday party".
_HOLIDAY_MARK = re.compile(
    r"\((?:(?:public|bank|national|federal)\s++)?holiday\)|\b(?:public|bank|national|federal)"
    r"\s++holiday\b|\b(?:gesetzlicher\s++)?feiertag\b|\bf[ée]ri[ée]\b|\bferiado\b|"
    r"\bd[ií]a\s++festivo\b|\(festivo\)",
    re.I,
)
_HOLIDAY_STEMS = ("holiday", "feiertag", "féri", "feri", "festivo")
# A calendar's all-day mark before an entry's title: "All day", "Todo el día", "Ganztägig",
# "Journée entière", "Toute la journée".
_ALL_DAY = re.compile(
    r"^[\s|:–—-]*+(?:all[\s-]day|todo\s++el\s++d[ií]a|ganzt[äa]gig|journ[ée]e\s++enti[èe]re|"
    r"toute\s++la\s++journ[ée]e)?[\s|:–—-]*+",
    re.I,
)
_NOTE_REASON = "{!r} is {} with no time; not a meeting"
# An events list's filter, the first day it shows and nothing after it: "Hoy  Desde 17
# noviembre", "Today  From November 17", "Heute  Ab 17. November", "Aujourd'hui  À partir du 17
# novembre".
_VIEW_FROM = re.compile(
    r"(?<!\S)(?:\S++\s++){0,2}?(?:from|since|ab|seit|desde(?:\s++el)?|depuis(?:\s++le)?|d[èe]s\s++le|"
    r"[àa]\s++partir\s++du|a\s++partir\s++del?)[\s:]*+",
    re.I,
)


# An events list's range that starts now: "Now – February 27", "Heute – 27. Februar".
_VIEW_NOW = re.compile(r"^\W*+([^\W\d_]++(?:['’][^\W\d_]++)?)\s*+[–—-]\s*+$")


@lru_cache(maxsize=8)
def _now_words(langs: tuple[str, ...]) -> frozenset[str]:
    """The words for now and for today in ``langs`` (CLDR, through babel)."""
    from babel import Locale

    out: set[str] = set()
    for lang in langs:
        fields = Locale(lang)._data["date_fields"]
        for unit in ("second", "day"):
            if (word := fields[unit]["relative"].get(0)) is not None:
                out.add(word.casefold())
    return frozenset(out)


def _view_until(head: str, langs: tuple[str, ...]) -> bool:
    """Whether the text before a date is an events list's "Now –": the range it shows."""
    vn = _VIEW_NOW.match(head) if len(head) <= 20 else None
    return vn is not None and vn.group(1).casefold() in _now_words(langs)


def _drop_day_notes(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    unread: dict[int, str],
    langs: tuple[str, ...] = ("en",),
) -> None:
    """An entry with no time whose title (after its date, or on the line under a bare date) is
    a public holiday's, or opens with a deadline's name ("Journée entière  Date limite : dépôt
    des recours", "Deadline: motions to the conference"), is a note on the calendar, not a
    meeting; so is an events list's "from" filter (_VIEW_FROM). Each is warned about."""
    noted = -2  # the last line of the last note: a date-only line under it gives its days
    for j, a in sorted(anchors.items()):
        if a.timed:
            continue
        t = lines[j].text
        if noted == j - 1 and _date_only(a):  # "Office closed" / "Mon 28 Dec - Sun 3 Jan"
            unread[j] = _NOTE_REASON.format(t, "the span of the note above it")
            del anchors[j]
            kinds[j] = BLANK
            continue
        head = t[: a.date.start] if a.date is not None else ""
        if a.date is not None and not a.tail.strip() and _VIEW_FROM.fullmatch(head):
            unread[j] = _NOTE_REASON.format(t, "the first day an events list shows")
            del anchors[j]
            kinds[j] = BLANK
            continue
        if a.date is not None and not a.tail.strip() and _view_until(head, langs):
            unread[j] = _NOTE_REASON.format(t, "the range an events list shows")
            del anchors[j]
            kinds[j] = BLANK
            continue
        title = t[a.date.end :] if a.date is not None and a.day is None else t
        title = title[_ALL_DAY.match(title).end() :]  # type: ignore[union-attr]
        end = j
        if not title:  # a day over its entry
            end, title = _title_under(lines, kinds, j)
        low = title.lower()
        if contains_any(low, _HOLIDAY_STEMS) and _HOLIDAY_MARK.search(title):
            if _heads_timed_entry(lines, kinds, j) or _timed_block(lines, kinds, j):
                continue  # "Mittwoch, 6. Jänner 2027 (Feiertag)" / "- 15.00 Uhr Hundertwasser …"
            what = "a public holiday"
        elif _DEADLINE_OPENS.match(title) is not None:
            what = "a deadline"
        elif (what := _note_title(title)) is None and (
            what := _closed_under(lines, kinds, j)
        ) is None:
            continue
        elif what == "a deadline" and _deadline_dated(title, langs):
            continue  # "sa 21 août (dernière séance – délai légal : 31 août)": the 31st's
        unread[j] = _NOTE_REASON.format(t, what)
        del anchors[j]
        kinds[j] = BLANK
        noted = end


def _heads_timed_entry(lines: list[Line], kinds: list[str], j: int) -> bool:
    """Whether the first line under date line ``j`` (past blank lines) is an entry with its own
    time: the date is a heading over the day's programme, holiday or not."""
    k = j + 1
    while k < len(kinds) and kinds[k] == BLANK:
        k += 1
    return k < len(kinds) and calendar.timed_entry(lines[k].text) is not None


_CARD_LINES = 4  # lines of an entry's card under its date


def card_lines(lines: list[Line], kinds: list[str], j: int) -> list[int]:
    """The lines of the card under date line ``j``: its few lines of details, past blank lines,
    up to the next date, a line of another kind (a heading, a rule, prose), a paragraph of its
    own that is a sentence ("The clubrooms are open on Wednesdays from 7pm …": about the club,
    not the entry) or a list's item."""
    out: list[int] = []
    for k in range(j + 1, len(lines)):
        if kinds[k] not in (OTHER, BLANK) or len(out) == _CARD_LINES:
            break
        t = lines[k].text
        if t and not lines[k - 1].text and _is_sentence(t):
            break
        if t.startswith(_ITEM_MARKS):
            break  # a list under the card is someone else's: a menu, a newsletter's links
        if t:
            out.append(k)
    return out


def _timed_block(lines: list[Line], kinds: list[str], j: int) -> bool:
    """Whether a line of the card under date line ``j`` gives a time: "Sat 28 – Mon 30 August
    2027" / "Bank holiday muster – Hoghton Tower" / "Battles 2.30pm Saturday and Sunday" is an
    event on a holiday, not the holiday."""
    return any(find_times(lines[k].text) is not None for k in card_lines(lines, kinds, j))


# How far past a deadline's name its own date may start: "délai légal : 31 août", "deadline
# for entries is Friday 15 January", "Anmeldeschluss am 20. Januar".
_DEADLINE_DATE_REACH = 24


def _deadline_dated(title: str, langs: tuple[str, ...]) -> bool:
    """Whether the deadline ``title`` names is followed by a date of its own, so that the
    deadline is that date's and not the entry's ("(last session - legal deadline: 31 August)")."""
    noun = _DEADLINE_NOUN.search(title[:_NOTE_TITLE_WIDTH])
    if noun is None:
        return False
    rest = title[noun.end() : noun.end() + _DEADLINE_DATE_REACH + 40]
    dm = find_date(rest, langs=langs)
    return dm is not None and dm.start <= _DEADLINE_DATE_REACH


def _closed_under(lines: list[Line], kinds: list[str], j: int) -> str | None:
    """ "a closure" when the sentence of line ``j`` goes on with its closure word on the next
    line ("Die Geschäftsstelle ist vom 23.12.2026 bis einschließlich 06.01.2027" /
    "geschlossen. Anmeldungen online …", "The office is shut from 24 Dec to" / "closed …")."""
    if j + 1 >= len(lines) or kinds[j + 1] not in (OTHER, PROSE) or lines[j].text[-1:] in ".!?":
        return None
    return "a closure" if _CLOSED_AFTER.match(lines[j + 1].text) else None


def _title_under(lines: list[Line], kinds: list[str], j: int) -> tuple[int, str]:
    """The title of the entry under a bare date at line ``j`` and its line: the next line, past
    one blank line and a line that is only a calendar's all-day mark ("Monday, January 18" / ""
    / "All Day" / "Library closed - Martin Luther King Jr. Day"); ``(j, "")`` when none."""
    k = j + 1
    if k < len(lines) and kinds[k] == BLANK:
        k += 1
    if (
        k < len(lines)
        and kinds[k] == OTHER
        and _ALL_DAY.match(lines[k].text).end() == len(lines[k].text)
    ):  # type: ignore[union-attr]
        k += 1
    if k >= len(lines) or kinds[k] != OTHER:
        return j, ""
    under = lines[k].text
    return k, under[_ALL_DAY.match(under).end() :]  # type: ignore[union-attr]


_COMMENT_REASON = "{!r} is in a comment under the post ({!r}): a reply, not a meeting"


def _drop_comments(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    unread: dict[int, str],
    langs: tuple[str, ...],
) -> None:
    """The dates of a comment under a post (its lines down to a footer such as "3d · Like ·
    Reply") are a reader's replies ("I could do Sat 19 Dec or the weekend after"): no meetings,
    each warned about. A comment that gives a time and asks nothing is left to the rest of the
    parser (a page's own comment may add a meeting)."""
    for i in [
        i
        for i, line in enumerate(lines)
        if (t := line.text)[:1].isdigit() and ("·" in t or "•" in t)  # the age comes first
    ]:
        if i in anchors or not comment_footer(lines[i].text, langs):
            continue
        j = i - 1
        while j >= 0 and kinds[j] != BLANK:
            a = anchors.get(j)
            if a is not None and (not a.timed or "?" in lines[j].text):
                unread[j] = _COMMENT_REASON.format(lines[j].text, lines[i].text)
                del anchors[j]
                kinds[j] = BLANK
            j -= 1
    _drop_post_dates(lines, kinds, anchors, unread)
    _drop_comment_stamps(lines, kinds, anchors, unread)


# The heading of a page's comments: "Comments (2)", "3 comments", "2 réponses", "Kommentare",
# "Comentarios (4)", "Leave a reply" (platforms write these words, not CLDR).
_COMMENTS_HEADING = re.compile(
    r"^\W{0,3}+(?:(?:\d{1,4}\s++)?(?:comments?|responses?|replies|commentaires?|réponses?|"
    r"kommentare?|antworten|comentarios?|respuestas?|leave\s++a\s++(?:reply|comment)|"
    r"laisser\s++un\s++commentaire|schreibe\s++einen\s++kommentar|deja\s++un\s++comentario)|"
    # a blog theme's count of comments on its post: "3 thoughts on “Upcoming Meetings”",
    # "2 Gedanken zu „Termine“", "4 réflexions sur « Réunions »", "2 pensamientos sobre «…»"
    r"\d{1,4}\s++(?:thoughts?|gedanken|r[ée]flexions?|pensamientos?))"
    r"(?:\s*+\(\d{1,4}\))?"
    r"(?:\s++(?:on|to|zu|sur|en|a|à|sobre|para)\s++[\"“„«‘'][^\n]{1,100}?)?\s*+:?$",
    re.IGNORECASE,
)
_COMMENT_MENTION_REASON = (
    "{!r} is a comment on a meeting listed above, under the page's comments ({!r}); not a meeting"
)
_COMMENTS_HEADING_LEN = 120  # characters: "2 thoughts on “…”" with its post's title
_COMMENT_STAMP_REASON = "{!r} is a comment's date, under the page's comments ({!r}); not a meeting"
_COMMENT_NAME = 40  # characters of a commenter's name before the stamp's date
# what joins a stamp's date and time, and the minutes' unit after it ("à 21 h 04 min")
_STAMP_JOIN = re.compile(r"\b(?:at|um|à|a\s++las|alle|de|o|min)\b|@", re.IGNORECASE)


def _drop_comment_stamps(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """Under the page's comments heading ("Commentaires (2)", "2 réponses", "3 Comments"), a
    line that is only a date and its time, maybe after the commenter's name ("Sophie M. – 24
    novembre 2026 à 21 h 40", "vendredi 27 novembre à 18 h 02"), is when a comment was written:
    no meeting, warned about."""
    heading = next(
        (
            i
            for i, line in enumerate(lines)
            if len(line.text) <= _COMMENTS_HEADING_LEN and _COMMENTS_HEADING.match(line.text)
        ),
        None,
    )
    if heading is None:
        return
    listed = {(a.date.month, a.date.day) for i, a in anchors.items() if i < heading and a.date}
    for j in [j for j in anchors if j > heading]:
        a = anchors[j]
        if a.date is not None and not a.timed and (a.date.month, a.date.day) in listed:
            # "Dommage pour le 9 mars, le sujet était top. Il sera reprogrammé ?": a comment on
            # a meeting the page lists above, no meeting of its own
            unread[j] = _COMMENT_MENTION_REASON.format(lines[j].text, lines[heading].text)
            del anchors[j]
            kinds[j] = PROSE if is_prose(lines[j].text) else OTHER
            continue
        tail = a.tail
        if (tm := find_times(tail)) is not None:
            tail = tail[: tm.start] + tail[tm.end :]  # "… 2026 à 21 h 40"
        if (
            a.more
            or _STAMP_JOIN.sub("", tail).strip(" –—-:,.|·")
            or len(a.inline_head.strip(" –—-:,|·")) > _COMMENT_NAME
        ):
            continue
        unread[j] = _COMMENT_STAMP_REASON.format(lines[j].text, lines[heading].text)
        del anchors[j]
        kinds[j] = BLANK


_POST_DATE_REASON = "{!r} is the post's own date, under its counters ({!r}); not a meeting"
_HANDLE_DATE_REASON = "{!r} is the post's own date, under its author's handle ({!r}); not a meeting"
_REPLY_DATE_REASON = "{!r} is a comment's own date (its text ends in {!r}); not a meeting"
_POST_DATE_LEN = 30  # characters: a line that holds the post's date and nothing more
# An author's handle on a line of its own, maybe after the name: "@bi_nord@norden.social",
# "Ana Ruiz @anaruiz@mastodon.social", "@ana.bsky.social" (Mastodon, Bluesky, X).
_HANDLE = re.compile(r"^(?:[^@]{1,40}+\s)?@\w[\w.-]{0,60}+(?:@[\w-]{1,60}+(?:\.[\w-]{1,30}+)++)?$")
# A comment's own action line under its text, as Substack, Disqus or a blog's comments show it:
# "Reply", "Antworten", "Répondre", "Responder" (platforms write these words, not CLDR).
_REPLY_WORDS = frozenset({"reply", "antworten", "répondre", "repondre", "responder"})
_COMMENT_LINES = 4  # lines of a comment's text between its date and its action line


def _reply_line(text: str) -> bool:
    """Whether a line is a comment's reply action and nothing else ("Reply", "Reply (2)")."""
    return len(text) <= 16 and text.partition("(")[0].strip(" ·•").casefold() in _REPLY_WORDS


def _post_date_reason(lines: list[Line], kinds: list[str], j: int) -> str | None:
    """Why the date alone on line ``j`` is a post's or a comment's own, if the lines around it
    say so: under the post's counters, under its author's handle, or over a comment's text that
    ends in its "Reply" line."""
    i = j - 1
    while i >= 0 and kinds[i] == BLANK:
        i -= 1
    if i >= 0 and post_counters(lines[i].text):
        return _POST_DATE_REASON.format(lines[j].text, lines[i].text)
    if i >= 0 and "@" in (above := lines[i].text) and _HANDLE.match(above.strip()):
        return _HANDLE_DATE_REASON.format(lines[j].text, above.strip())
    for k in range(j + 1, min(j + 2 + _COMMENT_LINES, len(lines))):
        if kinds[k] == BLANK:
            break
        if _reply_line(lines[k].text.strip()):
            return _REPLY_DATE_REASON.format(lines[j].text, lines[k].text.strip())
    return None


def _drop_post_dates(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """A date alone is when a post or a comment was written, as a copy of the page shows it,
    under the post's counters ("♡ 412 likes" / "December 2"), under its author's handle
    ("@bi_nord@norden.social" / "3. Dez.") or over a comment's text and its "Reply" line ("Mike
    T." / "Dec 3" / "Will you do Philadelphia?" / "Reply"): no meeting, warned about."""
    for j in [j for j, a in anchors.items() if not a.timed]:
        if len(lines[j].text) > _POST_DATE_LEN:
            continue
        if (why := _post_date_reason(lines, kinds, j)) is not None:
            unread[j] = why
            del anchors[j]
            kinds[j] = BLANK


def _caps_name(text: str) -> bool:
    """A short name in capitals (1-4 words, letters only): "MANCHESTER", "NEW YORK CITY"."""
    if len(text) > 40 or not text.isupper() or _DIGIT.search(text):
        return False
    words = text.replace("-", " ").replace(".", " ").split()
    return 0 < len(words) <= 4 and all(w.replace("'", "").replace("’", "").isalpha() for w in words)


# Symbols before a heading's name: a pin or flag emoji, a bullet ("📍 LIMA", "▶ MELBOURNE").
_PIN = re.compile(r"^[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]{1,3}+\s*+")
_TITLED_DATE = 2  # lines of a title or campus over a date line, under a city heading
# Around a heading's name: bold or italics, dashes, rules ("*LIMA*", "— LIMA —", "== LIMA =="); not
# "~LIMA~", struck through. (_PIN: U+2600 on.)
_HEADING_MARKS = " :*_–—=#"


def _heading_name(text: str) -> str:
    """A heading's name without the pin before it ("📍 TRUJILLO"), the marks around it that make
    it bold or set it off in a chat ("*BUENOS AIRES*", "_Rosario_", "— Lima —") or the short
    form in brackets after it ("CIUDAD DE MÉXICO (CDMX)")."""
    t = (_PIN.sub("", text) if text[:1] >= "\u2600" else text).strip(_HEADING_MARKS)
    if t.endswith(")") and " (" in t and _SHORT_FORM.fullmatch(t, t.rindex(" (")):
        t = t[: t.rindex(" (")]
    return _cut_heading_remark(t)


# A heading's remark after a dash, a word or three that say what is held there: "Luxembourg-Ville
# — Rassemblement", "Berlin – Kundgebung", "Madrid — Manifestación", "Leeds - Day school".
_HEADING_REMARK = re.compile(r"\s[–—-]\s++[^\W\d_]++(?:[\s-][^\W\d_]++){0,2}\s*+$")


def _cut_heading_remark(text: str) -> str:
    """A heading without its remark after a dash ("Luxembourg-Ville — Rassemblement" ->
    "Luxembourg-Ville")."""
    if " " not in text or not any(c in text for c in "–—-"):
        return text
    rm = _HEADING_REMARK.search(text)
    return text[: rm.start()] if rm is not None and rm.start() else text


_SHORT_FORM = re.compile(r" \([A-Z\d.]{2,8}\)")  # "(CDMX)", "(NYC)", "(33)"; not "(Zoom)"


def _mark_city_headings(lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor]) -> None:
    """A line in capitals above entries, not under a date line, is a city heading (kind CITY):
    "MANCHESTER", then the meetings held there, until the next heading. A page that underlines
    its headings ("MONTRÉAL" / "-----", an e-mail's section) underlines every city's: a line in
    capitals it does not underline ("UQAM" over its date) is an entry's campus or title."""
    found: list[tuple[int, bool]] = []
    menus = _menus_hold_no_dates(lines, anchors)
    for i, k in enumerate(kinds):
        if k != OTHER or (i and kinds[i - 1] == ANCHOR) or (menus and lines[i].menu):
            continue
        t = _heading_name(lines[i].text)
        if not _caps_name(t) or VENUE_WORDS.search(t) or _has_status(t) or _KIND.match(t):
            continue
        if _BOOKING_STATE.search(t):
            continue  # "AGOTADO", "SOLD OUT": a card's badge, not a city over the cards below
        if t.casefold().rstrip(":") in calendar.HEADER_WORDS:
            continue  # "DATE" / "VENUE": a table's header cells, each on its own line
        if _month_heading(t):
            continue  # "MAYO", "MÄRZ 2019", "IM JANUAR": a month heading, not a city
        if len(t) <= 3 or find_campus(t) or find_campus(_title_case_words(t)):
            continue  # "UCLA", "NYU", "WAYNE STATE UNIVERSITY": a campus heading
        if any(not_city_word(w) for w in t.split()) and t.lower() not in CITY_ALIASES:
            continue
        if _credits_under(lines, kinds, i):
            continue  # "LA CERISAIE" / "d'Anton Tchekhov — mise en scène …": a show's title
        if (under := _entry_under(lines, kinds, anchors, i)) is not None:
            found.append((i, under))
    underlined = any(u for _, u in found)
    for i, u in found:
        if u or not underlined:
            kinds[i] = CITY


# A show's credits: who wrote, directed, staged or plays it ("mise en scène Élodie V.", "texte et
# jeu : Samir H.", "directed by Ellen Moss", "Regie: Lena Haas", "dirección: Ana Ríos").
_CREDITS = re.compile(
    r"\b(?:mise\s++en\s++sc[èe]ne|texte\s++et\s++jeu|d['’]apr[èe]s|chor[ée]graphie|"
    r"directed\s++by|written\s++by|choreograph(?:y|ed\s++by)|adapted\s++by|"
    r"regie|inszenierung|choreografie|dirigent|"
    r"direcci[óo]n|dramaturgia|coreograf[ií]a|puesta\s++en\s++escena)\b",
    re.IGNORECASE,
)
_CREDITS_LINE = 160


def _credits_under(lines: list[Line], kinds: list[str], i: int) -> bool:
    """Whether the line under heading ``i`` (past blank lines) is a show's credits."""
    j = i + 1
    while j < len(kinds) and kinds[j] == BLANK and j - i <= 2:
        j += 1
    if j >= len(kinds) or kinds[j] != OTHER:
        return False
    t = lines[j].text
    return len(t) <= _CREDITS_LINE and _CREDITS.search(t) is not None


# A line that underlines the heading above it, or parts sections: "-----", "=====", "*****".
_RULE_LINE = re.compile(r"^[-=_*~─━—–]{3,}+$")


def _entry_under(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], i: int
) -> bool | None:
    """Whether heading ``i`` heads a dated entry (None if not), and whether a rule underlines
    it. Between them: the rule, a blank line or two, and a line or two of the entry's title,
    campus or pinned venue ("SANTIAGO" / "📍 Universidad de Chile, …" / "🗓️ martes 15 de …")."""
    n = len(kinds)
    j = i + 1
    underlined = j < n and kinds[j] == OTHER and _RULE_LINE.match(lines[j].text) is not None
    j += underlined
    first = j
    while j < n and kinds[j] == BLANK and j - first < 2:
        j += 1
    k = j
    while k < n and kinds[k] == OTHER and k - j < _TITLED_DATE:
        k += 1
    j = k if k in anchors else j
    if j < n and j in anchors and anchors[j].date is not None:
        return underlined
    return None


def _under_framed_heading(lines: list[Line], kinds: list[str], i: int) -> bool:
    """Whether line ``i`` is right under a section's heading that a rule across the page opens
    ("-----------" / "CICLO: ACOMPAÑAMIENTO DIGITAL" / the line): a box of its own in an e-mail,
    whose rules are its own list's, not the rest of the page's."""
    return (
        i >= 2
        and kinds[i - 1] == OTHER
        and len(lines[i - 1].text) <= _SECTION_CHARS
        and kinds[i - 2] == OTHER
        and _RULE_LINE.match(lines[i - 2].text) is not None
    )


def _other_caps_heading(lines: list[Line], kinds: list[str], i: int) -> bool:
    """A heading in capitals, alone after a blank line, that is no city heading; or a month's
    heading ("En janvier", "In January"), whose meetings are in no city above it."""
    framed = (
        kinds[i - 1] == OTHER
        and _RULE_LINE.match(lines[i - 1].text) is not None
        and (i < 2 or kinds[i - 2] == BLANK)
    )  # "-----" / "DATES FOR YOUR DIARY" / "-----": an e-mail's section
    if kinds[i] != OTHER or not (kinds[i - 1] == BLANK or framed):
        return False
    t = lines[i].text.split(" (", 1)[0]  # "… VIRTUAL (Zoom)": a remark after it
    if month_heading_line(t):
        return True
    return len(t) <= _SECTION_CHARS and t.isupper() and len(_LETTERS.findall(t)) >= 2


# Words around a month in its heading: "Im Januar", "En janvier", "In January 2027", "Mes de
# enero", "Ab März".
_MONTH_HEADING_WORDS = frozenset({
    "im", "in", "ab", "for", "from", "en", "au", "mois", "de", "d", "del", "mes", "el", "the",
    "month", "monat", "of",
    "and", "und", "et", "y",  # "Y EN FEBRERO…", "And in March": the next section's months
})  # fmt: skip
_MONTH_HEADING_LEN = 30


def month_heading_line(text: str) -> bool:
    """A month's heading over the entries dated in it ("JANVIER", "Enero 2027", "Im März")."""
    return len(text) <= _MONTH_HEADING_LEN and _month_heading(text)


def _month_heading(text: str) -> bool:
    """Whether a short heading names a month and nothing else ("MAYO", "März 2019", "Im Januar",
    "En janvier", "In January")."""
    words = _LETTERS.findall(text.casefold())
    months = _all_months()
    return any(w in months for w in words) and all(
        w in months or w in _MONTH_HEADING_WORDS for w in words
    )


_OVER_DATE, _OVER_ENTRY, _OVER_TITLE, _OVER_SECTION = 1, 2, 3, 4  # how a name heads a date
_SECTION_REACH = 8  # lines from a city heading down to its first date, past deeper headings
_SECTION_LINE = 80  # characters of a sub-heading, an intro line or a table's header row


def _heads_dates(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], i: int, loose: bool
) -> int:
    """How line ``i`` heads a dated line, if it does (else 0): alone in its paragraph, the date
    under it past a blank line or two (_OVER_DATE); or (``loose``) starting its paragraph, the
    date right under it or past the entry's title or status ("Durban" / "POSTPONED – …" / the
    date, a card's lines; right under it only when pinned, "📍 Nice": _OVER_ENTRY), or past a title alone in its paragraph ("Köln" /
    "Vortrag: …" / the date, each a paragraph of a Notion export: _OVER_TITLE). A campus between
    them is the meeting's own heading with its city ("Detroit" / "Wayne State University")."""
    n = len(kinds)
    if i + 1 >= n or (i and kinds[i - 1] != BLANK):
        return 0
    j = i + 1
    while j < n and kinds[j] == BLANK and j - i <= 2:
        j += 1
    if j > i + 1 and j in anchors and anchors[j].date is not None:
        return _OVER_DATE
    if not loose:
        return 0
    k = j
    while k < n and kinds[k] == OTHER and k - j < _TITLED_DATE:
        if _is_campus_line(lines[k].text):  # alone in its paragraph, a city over campus headings
            return _OVER_SECTION if j > i + 1 and _section_under(lines, kinds, anchors, j) else 0
        k += 1
    how = _OVER_ENTRY
    if j > i + 1 and k == j + 1 and k < n and kinds[k] == BLANK:
        k, how = k + 1, _OVER_TITLE  # a title alone in its paragraph, the date under it
    if k == i + 1 and not _PIN.match(lines[i].text):
        return 0  # "Leeds" right over its date: that entry's own heading, as before
    if k in anchors and anchors[k].date is not None:
        return how
    return _OVER_SECTION if j > i + 1 and _section_under(lines, kinds, anchors, j) else 0


def _section_under(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], j: int
) -> bool:
    """Whether the lines from ``j`` down to a dated line are a section's deeper structure: short
    sub-headings, campus lines, an intro line, a table's header and rule rows ("## Sydney" /
    "### UNSW (Kensington)" / "- When: …"; "Lima" / "| Fecha | Hora | Lugar |" / "|---|" / the
    rows). The name over them is then the city of every meeting in the section."""
    for k in range(j, min(len(kinds), j + _SECTION_REACH)):
        if k in anchors:
            return anchors[k].date is not None
        if kinds[k] not in (BLANK, OTHER, RULE) or len(lines[k].text) > _SECTION_LINE:
            return False
        if kinds[k] == OTHER and find_times(lines[k].text):
            return False  # "16 h · | Le Foyer": an entry's own time, the name is its title's
    return False


def _menus_hold_no_dates(lines: list[Line], anchors: dict[int, _Anchor]) -> bool:
    """Whether the page's ``<nav>`` lines are a menu: none of them is a date line (a ``<nav>``
    that holds the listing itself, or one left open over the page, is no menu)."""
    return not any(lines[i].menu for i in anchors)


def _mark_name_headings(lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor]) -> None:
    """Names alone in their paragraphs ("Buenos Aires", "Bern"), one of them over two meetings
    or more, are city headings (kind CITY) like those in capitals: the meetings under each, up
    to the next, are held there. A page whose names each head one meeting keeps them as those
    meetings' headings, unless two or more of them head an entry's title or status too (cards:
    the city, then what is held there)."""
    top = next((i for i, k in enumerate(kinds) if k != BLANK), len(kinds))
    loose = CITY not in kinds  # under city headings, a name over an entry is its venue's
    stacked = _under_stacked_entries(lines, kinds, anchors)
    menus = _menus_hold_no_dates(lines, anchors)
    how = {
        i: h
        for i, k in enumerate(kinds)
        if k == OTHER
        and i > top  # the page's first line is its title ("Programm"), never a city
        and i not in stacked
        and not (menus and lines[i].menu)  # a site menu's item ("Music", "Giving")
        and not _under_bare_date(kinds, anchors, i)  # a card's title under its date and time
        and (h := _heads_dates(lines, kinds, anchors, i, loose or bool(_PIN.match(lines[i].text))))
        and _name_heading(text := _heading_name(lines[i].text.strip()))
        and not _ONLINE.search(lines[i].text)  # "Zoom (link sent to members)": how, not where
        and not _campus_heading(text)
        and not _credits_under(lines, kinds, i)  # "LA CERISAIE" / "d'Anton Tchekhov — …"
        # the card's place under its title ("Samedi 5 et dimanche 6 juin 2027" / "Pow-wow de
        # Lac-Simon" / "Lac-Simon (Abitibi)"): the card's, no heading over the next cards
        and not _card_place(kinds, anchors, i)
    }
    heads = list(how)
    if not heads:
        return
    order = sorted(anchors)
    ends = [*heads[1:], len(kinds)]
    if sum(h != _OVER_DATE for h in how.values()) >= 2 or any(
        bisect_left(order, e) - bisect_left(order, i) >= 2 for i, e in zip(heads, ends, strict=True)
    ):
        for i in heads:  # each name ends the one above it, also over a single meeting
            kinds[i] = CITY


def _card_place(kinds: list[str], anchors: dict[int, _Anchor], i: int) -> bool:
    """Whether line ``i`` is a card's place under its title, the title under a bare date, a
    blank line between them or none ("Du 2 au 4 juillet 2027" / "Pow-wow d'Odanak" / "Odanak
    (Centre-du-Québec)")."""
    j = i - 1
    if j >= 0 and kinds[j] == BLANK:
        j -= 1
    if j < 0 or kinds[j] != OTHER or not _under_bare_date(kinds, anchors, j):
        return False
    k = j - 1 if kinds[j - 1] != BLANK else j - 2
    # a date alone, no time: a card's ("Vendredi 11 décembre, 19 h" / "Entrée libre" / "Another"
    # is a timed entry's detail, then the next heading)
    return (a := anchors.get(k)) is not None and not a.timed and a.tail_times() is None


def _under_bare_date(kinds: list[str], anchors: dict[int, _Anchor], i: int) -> bool:
    """Whether the line above line ``i``, past a blank line or none, is a date (and time) with
    nothing after it ("Mer. 16 déc. | 19h30" / "Touki Bouki"): line ``i`` is its card's title."""
    j = i - 1
    if j >= 0 and kinds[j] == BLANK:
        j -= 1
    if j < 0 or kinds[j] != ANCHOR or (a := anchors.get(j)) is None or a.date is None:
        return False
    tm = a.tail_times()
    rest = a.tail[tm.end :] if tm is not None else a.tail
    return not a.inline_head.strip() and _TWO_LETTERS.search(rest) is None


def _under_stacked_entries(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor]
) -> set[int]:
    """The lines in the paragraphs under a calendar entry's time alone ("10:30 a.m. – 11:15
    a.m." / "Baby Time" / "Location: Strathcona Branch" / "Adults"): its details, no city
    headings, up to the next entry or heading."""
    under: set[int] = set()
    open_ = False
    for i, k in enumerate(kinds):
        if k == ANCHOR:
            a = anchors.get(i)
            open_ = a is not None and a.entry and a.day is not None and _only_time(a.tail)
        elif k in (OTHER, PROSE, BLANK) and open_:
            if k == OTHER and _is_city_line(lines[i].text):
                open_ = False  # "Calgary" over the next dates: a city heading after the diary
            else:
                under.add(i)
        else:
            open_ = False
    return under


# A university named in any of the page languages (its campus patterns are English)
_UNIVERSITY = re.compile(r"Universit(?:y|é|ät|at|à)|Universidad|Hochschule")


def _campus_heading(text: str) -> bool:
    """A campus heading, not a city: a university's name ("Macquarie University", "Universität
    Leipzig"), or a short name in capitals with its site in brackets ("UNSW (Kensington)", "UCL
    (Bloomsbury)")."""
    if _UNIVERSITY.match(text) or find_campus(text) is not None:
        return True
    name, _, site = text.partition(" (")
    return bool(site) and name.isupper() and name.isalpha() and len(name) <= 6


@lru_cache(maxsize=4096)  # a page's headings and detail lines repeat
def _is_detail_like(text: str) -> bool:
    return bool(
        _LINK_LINE.match(text)
        or _LOCATION_TBA.match(text)
        or looks_like_block_line(text)
        or _find_speaker(text)
        or (find_times(text) and len(text) < 40)
    )


@lru_cache(maxsize=4096)  # a page's headings and detail lines repeat
def _is_campus_line(text: str) -> bool:
    cm = find_campus(_KIND.sub("", _BULLET.sub("", text)))
    return cm is not None and cm.start <= 2


# Where a group's name and town end before the event's title: "IYSSE Monterrey: La amenaza …",
# "SEP Leeds – Public meeting", "SGP Leipzig — Vortrag".
_GROUP_TITLE_SEP = re.compile(r":\s|\s[–—-]\s")


# The group's short name in capitals, a word of three to six letters, then a space (cheap).
_CAPS_SHORT_WORD = re.compile(r"(?<![^\W\d_])[A-Z]{3,6}\s")


@lru_cache(maxsize=4096)  # a page's card titles repeat
def _group_city(text: str) -> str | None:
    """The town a chapter's event title names after the group's short name, before its title
    ("IYSSE Ciudad de México: La amenaza …" -> "Ciudad de México", "CANCELADO IYSSE Oaxaca: …",
    "SEP Leeds – Public meeting", "SGP Leipzig: Vortrag"); not "IYSSE en línea: …", "SEP Public
    Meeting: …" (_name_heading's words), nor a title without the short name before it."""
    if _CAPS_SHORT_WORD.search(text, 0, 30) is None:
        return None
    if (sep := _GROUP_TITLE_SEP.search(text, 0, 60)) is None or not text[sep.end() :].strip():
        return None
    words = _STATUS_WORDS.sub(" ", text[: sep.start()]).split()
    group = 0
    while group < min(2, len(words) - 1) and 3 <= len(words[group]) <= 6:
        if not (words[group].isupper() and words[group].isalpha()):
            break
        group += 1
    name = " ".join(words[group:])
    if not group or name.isupper() or _ONLINE.search(name) or _KIND.match(name):
        return None
    if not _name_heading(name):
        return None
    return name


def _name_heading(text: str) -> bool:
    """A name alone in its paragraph over a date (a card's "<h3>Sydney</h3>", "## Wellington
    (second meeting)"): one or two capitalised words, maybe a remark in brackets after them, no
    digit, no venue, status, month or heading word ("Public Meeting", "Events", "MARCH"). (Not
    the page's first line: that is its title, "Programm".)"""
    if _has_status(text) or text.casefold().rstrip(":") in calendar.HEADER_WORDS:
        return False  # a table's header cell on its own line ("Datum" / "Uhrzeit" / "Ort")
    if text.endswith(")") and " (" in text:  # "Wellington (second meeting)": a remark after it
        text = text.split(" (", 1)[0]
    text = _cut_heading_remark(text)
    words = text.split()
    names = [w for w in words if w not in _NAME_PARTICLES]  # "Santiago de Chile"
    if _LINK_LINE.match(text) or venue_first(text):
        return False  # "Réserver" (a button), "Casa Orlandai", "Ateneu Barcelonès": no town
    return (
        len(names) <= 2
        and len(words) <= 4
        and len(text) <= 30
        and names[:1] == words[:1]
        and _BARE_CITY.match(" ".join(names)) is not None
        and not VENUE_WORDS.search(text)
        and not _has_status(text)
        and not _BOOKING_STATE.search(text)  # "Ausgebucht – Warteliste": a card's tag
        and not any(not_city_word(w) or w.casefold() in _all_months() for w in words)
    )
