"""Whether a line's date is a meeting's: the anchor of a meeting, or a date of something else."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from eventmap.ingest import calendar, labels
from eventmap.ingest.asof import LETTER_PLACE
from eventmap.ingest.parse.lexicon import (
    _BULLET,
    _CLOSED_AFTER,
    _CLOSED_END,
    _CLOSED_STEMS,
    _DATE_JOIN,
    _DIGIT,
    _HOLIDAY_AFTER,
    _LABEL,
    _NO_MEETING_STEMS,
    _PAST_LEAD,
    _SIGNUP_REACH,
    _TWO_LETTERS,
    _WORD_RUN,
    _all_months,
    _cut_head_filler,
    _has_status,
    _next_date_after_cancel,
    _no_event_lead,
    _not_event_date,
    _only_status,
    _period_of,
    _says_no_meeting,
    _supply_notice,
)
from eventmap.ingest.places import (
    STREET_WORDS,
    VENUE_WORDS,
    find_campus,
)
from eventmap.ingest.text import (
    contains_any,
    is_prose,
)
from eventmap.ingest.when import (
    DOORS_RE,
    LANGUAGES,
    PENDING_RE,
    TIME_TBA_RE,
    DateMatch,
    TimeMatch,
    find_date,
    find_times,
    has_time_hint,
    match_after_spaces,
    vocabulary,
    weekday_names,
)


@dataclass
class _Anchor:
    index: int
    date: DateMatch | None
    pending: bool
    inline_head: str = ""  # one-line entries: the text before the date
    tail: str = ""  # text after the date (and time)
    prose: bool = False  # the date sits in a sentence ("... will speak at X on Monday, ...")
    more: list[DateMatch] = field(default_factory=list)  # later dates on the line, in ``tail``
    # Days listed before the date that share its month ("jueves 2, 9 y 16 de mayo"): (day, end)
    listed: list[int] = field(default_factory=list)
    lead: str = ""  # a lead-in with the time and place, before a colon and the dates
    columns: tuple[str, ...] | None = None  # a table row's column roles, from its header row
    day: int | None = None  # a calendar entry: the index of the line that gives its date
    entry: bool = False  # the tail reads as an entry's title then place (calendars, table rows)
    list_time: TimeMatch | None = None  # a time stated for the whole list this meeting is in
    list_place: str | None = None  # a place stated with it ("... and are held in Room 2")
    # a rule's time for each place ("à Cholet …, à 14 h 30 ; à Saumur …, à 20 h 30"): the
    # meeting takes the one its lines name, else neither (``calendar.place_times``)
    list_choices: tuple[tuple[TimeMatch, str], ...] = ()
    own_place: bool = False  # an entry under such a list names its own place
    # the list's place only if the entry's lines name none (an entry with its own time, under a
    # later heading than a page-wide rule's)
    soft_place: bool = False
    place_head: list[int] = field(default_factory=list)  # a calendar's place heading, over its day
    day_place: str = ""  # the place on a calendar's date heading ("Saturday, March 9, Town Hall")
    timed: bool = False  # a time (or "time TBA") is next to the date
    far: TimeMatch | None = None  # a sentence's time later than _NEAR ("… The talk starts at 5")
    # ``(find_times(tail),)`` when the line was read with it (a short tail), else None
    tail_time: tuple[TimeMatch | None] | None = None
    struck: bool = False  # the date struck through with all its line ("~~Di, 13.10.~~ | ~~…~~")

    def copy(self) -> _Anchor:
        """A shallow copy (its lists are never changed in place, only replaced)."""
        new = object.__new__(_Anchor)
        new.__dict__.update(self.__dict__)
        return new

    def tail_times(self) -> TimeMatch | None:
        """``find_times(self.tail)``, found once."""
        if self.tail_time is None:
            self.tail_time = (find_times(self.tail),)
        return self.tail_time[0]


@dataclass
class _Unread:
    """A line with a date that is not read as a meeting, and why (it becomes a warning).
    ``nothing``: the line says nothing meets or opens that day ("– 7.30pm (hall closed for the
    holidays)", "no seminar in Reading Week"): no detail of a meeting beside it either."""

    reason: str
    nothing: bool = False


@lru_cache(maxsize=4096)  # the text before a date repeats (a venue's name before each date)
def _street_named(head: str) -> bool:
    """Whether the text before a date is a street's type and name (``_STREET_LEAD``), at the
    line's start or after the venue's name ("Sala Zitarrosa Av. 18 de Julio 1012")."""
    if _STREET_LEAD.match(head) is not None:
        return True
    starts = [st.start() for st in _STREET_WORD_ABROAD.finditer(head)]
    starts += [st.start() for st in _STREET_WORD_DE.finditer(head)]  # "(Platz des 18. März)"
    return bool(starts) and _STREET_LEAD.match(head[max(starts) :]) is not None


# German street and square words standing alone before a date: "Platz des 18. März", "Straße
# des 17. Juni" (inside a venue's line, after its name).
_STREET_WORD_DE = re.compile(r"\b(?:platz|stra(?:ß|ss)e)\b", re.IGNORECASE)
# A time to the second with a zone after a date: an e-mail's header, never a meeting's time.
# A street named after a date or a month, its type first: "Avenue du Champ de Mars 6", "Rue du
# 4 Septembre", "Avenida 9 de Julio 1925", "Calle 5 de Mayo 32", "Straße des 17. Juni 135".
_STREET_LEAD = re.compile(
    r"^\W{0,3}(?:rue|avenue|av|bd|boulevard|chauss[ée]e|place|quai|all[ée]e|impasse|chemin|"
    r"calle|c/|avenida|avda|paseo|plaza|pasaje|carrera|camino|ronda|rua|travessa|pra[çc]a|"
    r"stra(?:ß|ss)e|platz)\.?(?:\s++[^\W\d_][^\s\d,;:]*+)*+\s*+$",
    re.I,
)
# A house number right after a date without a year or weekday, ending the address: "Centro
# Cultural Osvaldo Soriano, 25 de Mayo 3108", "Av. 18 de Julio 1012, Montevideo".
_HOUSE_NUMBER_AFTER = re.compile(r"^\s++(\d{2,5})[a-zA-Z]?\s*+(?:[,;.]|$)")
# A street named after a person whose first name is a month's short form, after the house
# number: "1 Jan Smuts Avenue", "12 Mar Ivanios Road", "5 May Pen Street" (the case counts: a
# title is lower-case after its first word, "1 May Day rally" has no street word).
_STREET_AFTER = re.compile(
    rf"^\s++(?-i:[A-Z][\w'’.-]*+)(?:\s++(?-i:[A-Z][\w'’.-]*+))?\s++(?:{STREET_WORDS})\b\.?(?!\s*+[:–—])"
)
# A chat message's stamp, the date and its time in brackets: "Marcela (IYSSE), [21 nov. 20:04]",
# "[21.11.26, 20:04] Juan: …".
_CHAT_STAMP_END = re.compile(
    r"^,?\s*+(?:(?:at|à|um|a\s++las)\s++)?\d{1,2}:\d\d(?::\d\d)?(?:\s*+[AaPp]\.?[Mm]\.?)?\s*+\]"
)


def _not_a_date_here(t: str, dm: DateMatch, head: str) -> str | None:
    """Why a date found on line ``t`` is part of something else, if it is: a street named
    after it, an address's house number after it, or a chat message's stamp."""
    after = t[dm.end : dm.end + 24]
    if head.endswith("[") and _CHAT_STAMP_END.match(after) is not None:
        return " is a chat message's time stamp; not a meeting"
    street = _street_named(head)
    if not street and dm.year is None and dm.weekday is None and not head.strip(" •*-"):
        street = _STREET_AFTER.match(after) is not None  # "1 Jan Smuts Avenue, Braamfontein"
    hn = None
    if not street and dm.year is None and dm.weekday is None:
        hn = _HOUSE_NUMBER_AFTER.match(after)
    number = hn is not None and not 1900 <= int(hn.group(1)) <= 2100
    if not (street or number) or has_time_hint(t):  # the cheap tests first: most lines pass them
        return None
    if street:
        return " is part of a street's name (an address); not a meeting"
    return " is a street's name before its house number (an address); not a meeting"


# A social media post's own stamp under its author's name, the line no more than its date, time
# and audience icon: "12 de noviembre a las 10:02 · 🌎", "November 12 at 10:02 AM · 🌍",
# "12. November um 10:02 · 👥": when the post was written (an icon, or minutes off the quarter),
# maybe after its poster's badge ("Admin · December 8 at 3:14 PM · 🌎").
_POST_STAMP = re.compile(
    r"^,?\s*+(?:(?:at|à|um|a\s++las)\s++)?\d{1,2}:(?P<min>\d\d)(?:\s*+[AaPp]\.?\s?[Mm]\.?)?\s*+·"
    r"\s*+(?P<icon>[\U0001F30D-\U0001F310\U0001F465\U0001F512]\ufe0f?)?\s*+$"
)


_BADGE_HEAD_LEN = 40  # characters of a poster's badge before a post's stamp


def _badge_head(head: str) -> bool:
    """Whether the text before a post's stamp is empty or its poster's role or badge, parted from
    the stamp by a middle dot ("Admin · ", "Moderator · ", "Top contributor · ", "Administrateur
    · ", "Featured · Admin · "): short, no digit."""
    h = head.strip()
    return not h or (
        len(h) <= _BADGE_HEAD_LEN and h.endswith("·") and not any(c.isdigit() for c in h)
    )


def _post_stamp(after: str) -> bool:
    """Whether the text after a line's opening date makes the line a post's stamp (_POST_STAMP)."""
    ps = _POST_STAMP.match(after)
    return ps is not None and bool(ps.group("icon") or int(ps.group("min")) % 15)


# The word between a letter's town and its date: "Chemnitz, den 26. November 2026", "Lyon, le
# 26 novembre 2026" (a tour's "Portland, 20 February 2027" is a stop: no such word).
_LETTER_LEAD = re.compile(r",\s++(?:den|le)$")


def _letter_date(head: str, after: str) -> bool:
    """Whether a dated line is a letter's place and date and nothing more: a town, "den" or
    "le", a date with its year (asof.LETTER_PLACE)."""
    h = head.strip()
    return (
        not after.strip(" .")
        and _LETTER_LEAD.search(h) is not None
        and LETTER_PLACE.match(h) is not None
    )


# A range's second day after a date the finder read alone: "du 04/01/2027 au 05/02/2027".
_RANGE_ON = re.compile(r"\s*+(?:au|bis|to|al|until|hasta|[–—-])\s*+\d")
_EMAIL_STAMP = re.compile(r"^[\s,]*+(?:at\s++)?\d{1,2}:\d\d:\d\d(?:\s*+(?:[+-]\d{4}|GMT|UTC))?\b")
_DATELINE_REASON = "{!r} is the page's dateline (when it was published); not a meeting"
_NEAR = 25  # characters between a date and its time on one line
_ROW_DATES_CELL = 40  # characters after a row's first date its date cell may still run


def _anchor(text: str, langs: tuple[str, ...] = ("en",)) -> _Anchor | _Unread | None:
    """Read a line as the anchor of a meeting: a dated entry or a pending marker.

    A line of any length is an entry when its date has a time (or "time TBA") next to it; a
    short line needs only the date. A long line whose date has no time is a sentence that
    mentions a date, and a date after "posted" or "deadline" is not a meeting's: both are
    returned as ``_Unread`` so the parser can warn instead of dropping them silently.
    """
    t = _LABEL.sub("", text) if ":" in text else text
    if t.endswith(":"):  # a heading "Saturday, March 9:" (a colon after the day is no time)
        t = t[:-1]
    if len(t) < 80 and PENDING_RE.match(t):  # anchored: it fails on the first word
        return _Anchor(-1, None, True)
    dm = find_date(t, langs=langs)
    if dm is None and "/" in t:  # cheap: only a slashed date is unread after a plural weekday
        dm = _plural_weekday_date(t, langs)
    if dm is None:
        return None
    head = t[: dm.start]
    if (why := _head_says_no_event(head)) is not None and not (
        _EDITION.search(why) and has_time_hint(t[dm.end :])
    ):
        # "Próxima edición: el viernes 11 de diciembre a las 21 h, Bar …": a recurring event's
        # next edition at its time is a meeting; "Next issue: 26 January" is a publication's
        return _unread(t, dm, why)
    if (why := _not_a_date_here(t, dm, head)) is not None:
        return _unread(t, dm, why)
    if _next_date_after_cancel(head, t[dm.end :]):
        # "~~Deutsch · Arabisch~~ Fällt leider aus, wir sehen uns am 20. Jänner!"
        return _unread(t, dm, " names the next meeting, after one called off; not a meeting")
    if (dm.end_day is not None or _RANGE_ON.match(t, dm.end)) and (po := _period_of(head)):
        return _unread(
            t,
            dm,
            f" is the period of {po!r} (a sign-up, a survey or a consultation); not a meeting",
        )
    after = t[dm.end :]
    if after.count(":", 0, 20) >= 2 and _EMAIL_STAMP.match(after):  # "… 2026 18:04:12 -0500"
        return _unread(t, dm, " is an e-mail's date and time (its header); not a meeting")
    if "·" in after and _badge_head(head) and _post_stamp(after):
        return _unread(t, dm, " is a post's own date and time (when it was written); not a meeting")
    if "," in head and dm.year is not None and _letter_date(head, after):
        return _unread(t, dm, " is a letter's place and date (when it was written); not a meeting")
    if "|" in after and _score_cell(after):
        # "| So, 20.09.2026 | SF Kassel-West – SV Eschwege II | – | 5 : 3 |": a result
        return _unread(t, dm, " has a result (a score): a match played, not a meeting")
    if len(after) <= _BYE_MAX and _BYE.fullmatch(after.strip(" |–—-:,.*")):
        # "| 11 | Sat 16 Jan | BYE |", "3. Spieltag – Sa., 16.01. – spielfrei": no match
        # no detail of the match above either
        return _unread(t, dm, " is a round without a match (a bye); not a meeting", nothing=True)
    if _CLOSED_AFTER.match(after):  # "am Montag, 15. April geschlossen", "· HALL CLOSED"
        # no detail of the meeting above either
        return _unread(t, dm, " is followed by 'closed'; not a meeting", nothing=True)
    if (holiday := _HOLIDAY_AFTER.match(after)) is not None:
        return _unread(
            t, dm, f" is said to be a holiday ({holiday.group(0).strip()!r}); not a meeting"
        )
    if (why := _no_event_after(t, head, after, dm.month)) is not None:
        return _unread(t, dm, f": {why}; not a meeting", nothing=True)
    if "(" in after[:4] and (bh := _BARE_HOURS.match(after)) is not None and _opening_hours(bh):
        # "Sun 14 Feb (11-4)", "Sat 20 Feb (2-5.30)": a garden's or a shop's opening hours, right
        # after the date, written as they are read ("11:00-4:00" is 11am to 4pm)
        hours = f"{_on_the_hour(bh[1])}-{_on_the_hour(bh[2])}"
        after = f"{after[: bh.start(1)]}{hours}{after[bh.end(2) :]}"
    near = after[: _NEAR + 40]
    tm = find_times(near)
    if tm is not None and _DOTTED.search(t, dm.start, dm.end) and _dotted_list_at(after, tm, langs):
        tm, near = None, ""  # "Tue 12.01, Tue 09.02 and Tue 09.03": the list's next date, no time
    timed = bool(tm and tm.start < _NEAR) or bool(TIME_TBA_RE.search(after[:30]))
    if tm is not None and calendar.observance(f"{after[: tm.start]} {after[tm.end :]}"):
        # "Fri 1 Jan, 4:12 PM Candle Lighting", "Samstag, 2. Januar: Schabbatausgang 17:21"
        why = " is a time of day to keep (candle lighting, sunset, a prayer's time); not a meeting"
        return _unread(t, dm, why, nothing=True)
    if not timed and ("|" in after or "·" in after or "•" in after):
        # a table row or a "·" list with its time in a part of its own, far on
        timed = any(f(after) is not None for f in (_segment_time, _cell_end_time, cell_start_time))
    if tm and tm.start < _NEAR and (rg := _range_end(after, tm.end, langs)) is not None:
        end, cut = rg  # "SAT, MAR 20, 2027, 9:00 AM to SUN, MAR 21, 2027, 5:00 PM GMT"
        dm = dataclasses.replace(dm, end_day=end.day, end_month=end.month, end_year=end.year)
        after = after[: tm.end] + after[cut:]
        near = ""  # the tail changed: its time is found again
    lead = ""
    if not timed and head.rstrip().endswith(":") and find_times(head) is not None:
        lead, head, timed = head, "", True  # "Thursdays at 12.30pm, Room 4: 16 January, ..."
    elif (
        not timed
        and (colon := head.rfind(": ")) > 0
        and len(head) - colon <= _LEAD_LIST_REACH
        and find_times(head[:colon]) is not None
    ):
        # "Todas las sesiones comienzan a las 18:00 h en la Facultad de Filología (…), aula A-12:
        # los jueves 3, 10 y 17 de diciembre": the time and place before the colon, the days after
        lead, head, timed = head[: colon + 1], head[colon + 2 :], True
    elif not timed and (split := _lead_sentence(head, langs)) is not None:
        # "Winter work parties run from 10am to 12 noon at the garden, on Saturdays 12 December,
        # 9 January and 23 January": the sentence states the time and place before its days
        lead, head, timed = head[:split], "", True  # the days' weekday: no place
    prose_line = is_prose(t)
    if not timed and (len(t) > 110 or prose_line):
        # "on Saturday, January 9, … and …, 10 a.m.", "Tues 12/15, 12/29 and 1/12, 6–9 pm"
        timed = _time_after_date_chain(after, langs, _month_first(dm), _days_of(t, dm))
    # "Saturday 5 December. Assemble …" (the month's dot may be the date's own)
    own_sentence = _DATE_SENTENCE.match(t, dm.end - (t[dm.end - 1] == ".")) is not None
    far = (
        None
        if timed or not (len(t) > 110 or own_sentence or prose_line)
        else _far_time(after, langs)
    )
    if far is None and not timed and ": " in after:
        far = _colon_times(after, langs)  # "…, dos turnos: 8:30 y 15:30"
    timed = timed or far is not None
    row = after[:3].lstrip().startswith("|") or (
        # "sáb. 13/03/2027 y dom. 14/03/2027 | Ávila | …": a row's date cell of two dates
        t.count("|") >= 2 and "|" in after[:_ROW_DATES_CELL] and not head.strip(" |*")
    )  # a table row ("Thu 12/3 | … | …"), no sentence
    # "los martes 8, 15 y 22 de diciembre, en el salón de la Parroquia …": a schedule of days,
    # whose time the list states, not a date mentioned in passing
    schedule = head.rstrip()[-4:].lower().endswith(_LIST_JOINS) and (
        _LISTED_DAYS.search(head[-40:]) is not None
    )
    if (
        not timed
        and len(t) > 110
        and not row
        and not schedule
        and not (_ENTRY_AFTER.match(after) and not head.strip(" •*~-"))
        and _TIME_TO_FOLLOW.search(after, 0, _TIME_TO_FOLLOW_REACH) is None
        # a diary's entry: the date opens its line, a time follows in its first sentences
        # ("Thu 28th Jan  Pub of the Season presentation to the Hare & Hounds, Speen – 7.30pm.")
        and (head.strip(" •*~-") or _far_time(after, langs, led=True) is None)
    ):
        before = find_times(head[-_NEAR:])
        if not (before and len(head[-_NEAR:]) - before.end < 8):
            if (again := _later_sentence_anchor(t, dm, langs)) is not None:
                return again  # "… du jeudi 6 mai au dimanche 9 mai : … Une réunion … est
            return _unread(  # prévue le mardi 2 février à 20 h à l'hôtel de ville": that one
                t, dm, " is mentioned in a sentence without a time; not read as a meeting"
            )
    listed: list[int] = []
    joined = head.rstrip()[-4:].lower().endswith(_LIST_JOINS)  # cheap: most heads end otherwise
    ld = _LISTED_DAYS.search(head[-40:]) if joined else None
    if ld is not None and not _weekdays_only(ld.group(0), langs):
        ld = _LISTED_NUMBERS.search(head[-40:])
    if ld is not None:
        listed = [int(d) for d in _DAY_NUMBER.findall(ld.group(0))]
        if all(0 < d < dm.day for d in listed):  # "2, 9 y " before "16 de mayo"
            head = head[: len(head) - len(head[-40:]) + ld.start()]
        else:
            listed = []
    if not (timed or lead or prose_line) and head and (cut := _time_then_dates(head)):
        # "jeweils donnerstags um 9 Uhr am 14.1., 28.1. und 11.2.", "Thursdays at 9am on 14 Jan,
        # 28 Jan and 11 Feb", "les jeudis à 9 h les 14, 21 et 28 janvier": the dates' time, then
        # the word that leads their list
        lead, head, timed = cut, "", True
    if (":" in head and _date_list_label(head, langs)) or _only_weekday(head, langs):
        head = ""  # "Next dates: Tuesdays 15 December, ...", "Viernes 15 y viernes 29 de enero"
    head, prose = _read_head(head, langs[0] == "en", prose_line)
    if (
        after
        and len(after) < _WEEKDAY_AFTER_MAX
        and _DIGIT.search(after) is None  # "+ SA 19.12.": the next date's weekday
        and _only_weekday(after.strip(" ,.·|–—-"), langs)
    ):
        after = " " * len(after)  # a date block's weekday after its day: "12" / "DIC" / "SÁB"
    dotted = _DOTTED.search(t, dm.start, dm.end) is not None
    if dm.slashed is not None and dm.order is None:
        dm = _order_from_list(dm, after)  # "jeudi 11/02, 18/02 et 25/02": "18/02" is day-first
    month_first = _month_first(dm)
    if (
        month_first is None
        and dm.month == dm.day
        and dm.year is None
        and "/" in t[dm.start : dm.end]
    ):
        # "Wednesdays 3/3 & 3/17": either way the same date; the list says its order
        month_first = _list_month_first(after)
        month_first = langs[0] == "en" if month_first is None else month_first
    cut: list[int] = []
    more = _more_dates(
        after,
        langs,
        dotted,
        t[: dm.end],
        month_first,
        None if dotted else _days_of(t, dm),
        (prose or prose_line) and not lead,
        cut,
    )
    if cut:  # "… (one hour). There will be no mid-week meeting on …": not this entry's words
        after = after[: cut[0]]
    if (
        more
        and "(" in after
        and (bh := _BARE_HOURS.match(after, more[-1].end)) is not None
        and _opening_hours(bh)
    ):
        # "Sun 18 Apr & Sun 16 May (2-5.30)": the hours of every date listed
        hours = f"{_on_the_hour(bh[1])}-{_on_the_hour(bh[2])}"
        after = f"{after[: bh.start(1)]}{hours}{after[bh.end(2) :]}"
    if more and any(_day_key_of(d) == _day_key_of(dm) for d in more):
        dm, more = _restated_day(
            dm, more
        )  # "Sat 20 Mar, 10am — Field trip (Sat 20 – Sun 21 March)"
    if lead and (wd := _lead_weekday(lead, langs)) is not None:  # "Thursdays at 12.30pm: ..."
        dm = dm if dm.weekday is not None else dataclasses.replace(dm, weekday=wd)
        more = [d if d.weekday is not None else dataclasses.replace(d, weekday=wd) for d in more]
    tail_time = (tm,) if near == after else None
    if after.startswith("~~"):
        after = "  " + after[2:]  # "~~Mercredi 27 janvier~~ — Reportée": the date's strike ends
    return _Anchor(
        -1, dm, False, head, after, prose and not lead, more,
        listed=listed, lead=lead, timed=timed, tail_time=tail_time,
        far=far, struck="~~" in t and _struck_through(t, dm.start),
    )  # fmt: skip


_LATER_DATES = 4  # dates of the line searched for a later sentence's timed one


def _later_sentence_anchor(t: str, dm: DateMatch, langs: tuple[str, ...]) -> _Anchor | None:
    """The anchor of a later sentence of line ``t`` whose date has its time right after it,
    when the first date (``dm``) is only mentioned: the line read from that sentence on (the
    sentences before it blanked, so each position stays)."""
    end = dm.end
    for _ in range(_LATER_DATES):
        nxt = find_date(t[end:], langs=langs)
        if nxt is None:
            return None
        at, end = end + nxt.start, end + nxt.end
        if find_times(t[end : end + _NEAR]) is not None:
            break
    else:
        return None
    stop = max(t.rfind(". ", dm.end, at), t.rfind("; ", dm.end, at))
    if stop < 0:
        return None  # the same sentence: its dates are one list, read (or not) together
    again = _anchor(" " * (stop + 2) + t[stop + 2 :], langs)
    return again if isinstance(again, _Anchor) else None


def _dotted_list_at(after: str, tm: TimeMatch, langs: tuple[str, ...]) -> bool:
    """Whether the "time" found after a dotted date is the next date of its list ("Tue 12.01,
    Tue 09.02 and Tue 09.03", "12.01., 09.02. und 09.03."): a later date covers it."""
    more = _more_dates(after[: tm.end + 2], langs, True)
    return any(d.start <= tm.start and tm.end <= d.end + 1 for d in more)


def _day_key_of(dm: DateMatch) -> tuple[int, int]:
    return dm.month, dm.day


def _restated_day(dm: DateMatch, more: list[DateMatch]) -> tuple[DateMatch, list[DateMatch]]:
    """A later date on a line that restates the line's own day is no other meeting's: a range
    it gives ("(Sat 20 – Sun 21 March)") becomes the meeting's span."""
    for d in more:
        if _day_key_of(d) == _day_key_of(dm) and d.end_day is not None and dm.end_day is None:
            dm = dataclasses.replace(dm, end_day=d.end_day, end_month=d.end_month)
    return dm, [d for d in more if _day_key_of(d) != _day_key_of(dm)]


# A date list's label with a word before it: "Next dates:", "Prochaines dates :", "Nächste
# Termine:", "Próximas fechas:" (a bare "Dates:" is a line's leading ``_LABEL``).
_DATE_LIST_LABEL = re.compile(
    r"^\W{0,3}+(?:[^\W\d_]++\s++)?(?:" + labels.alternation(labels.DATE, labels.DATE_LIST) + r")"
    r"\s*+:\s*+",
    re.IGNORECASE,
)


def _date_list_label(head: str, langs: tuple[str, ...]) -> bool:
    """Whether the text before a date is only a date list's label, maybe with the weekday of
    every date in it ("Prochaines dates : mardis")."""
    found = _DATE_LIST_LABEL.match(head)
    if found is None:
        return False
    rest = _WORD.findall(head[found.end() :])
    return not rest or (len(rest) == 1 and _lead_weekday(rest[0], langs) is not None)


_LEAD_DAYS_MAX = 30  # characters between a sentence's last comma and its dates
# The words beside the weekday before such dates: "on Saturdays", "les samedis", "an den
# Samstagen", "los sábados", "every Saturday".
_LEAD_DAYS_WORDS = frozenset(
    {"on", "the", "every", "les", "le", "tous", "an", "den", "am", "jeden", "los", "el", "todos",
     "cada", "de", "this", "next", "ce", "ces", "diesen", "este", "estos"}
)  # fmt: skip


def days_words(text: str, langs: tuple[str, ...], *, weekday: bool = False) -> bool:
    """Whether ``text`` is only the words that may lead a list of days: a weekday (one, and
    required when ``weekday``) and the small words beside it ("on Saturdays", "les mercredis",
    "an den Samstagen", "los sábados", or nothing at all)."""
    words = _WORD.findall(text.casefold())
    weekdays = [w for w in words if _lead_weekday(w, langs) is not None]
    if len(weekdays) > 1 or (weekday and not weekdays):
        return False
    return all(w in _LEAD_DAYS_WORDS for w in words if w not in weekdays)


# A table cell that is a match's result: "5 : 3", "4½ : 3½", "2 – 1", "3-0" (a colon with
# spaces, a half point, or a dash between two one-digit numbers); not a time ("10:00", "18 – 20").
_SCORE_CELL = re.compile(
    r"\|\s*+(?:\d{1,2}½?\s++:\s++\d{1,2}½?|\d{1,2}½\s*+:\s*+\d{1,2}½?|\d{1,2}\s*+:\s*+\d{1,2}½"
    r"|\d\s*+[–-]\s*+\d)\s*+(?=\||$)"
)


_CLOCK_LIKE = re.compile(r"(?:[01]?\d|2[0-3])\s*+:\s*+[0-5][05]")  # "10 : 00", "19 : 30"


_BYE_MAX = 40
# A fixtures list's round without a match: "BYE", "spielfrei", "exempt", "libre", "descansa".
_BYE = re.compile(r"bye|spielfrei|exempt[ée]?|libre|descansa|jornada\s++libre", re.IGNORECASE)


def _score_cell(after: str) -> bool:
    """Whether a table row's cells after its date hold a match's result (``_SCORE_CELL``), not
    a time written with spaces ("10 : 00")."""
    return any(
        _CLOCK_LIKE.fullmatch(m.group(0).strip(" |")) is None for m in _SCORE_CELL.finditer(after)
    )


def _lead_sentence(head: str, langs: tuple[str, ...]) -> int | None:
    """Where the days begin in a sentence that states a time (and a place) before them, a
    weekday after its last comma: "Winter work parties run from 10am to 12 noon at the garden,
    on Saturdays …", "Les chantiers ont lieu de 10h à 12h au jardin, les samedis …", "Die
    Einsätze sind von 10 bis 12 Uhr im Garten, an den Samstagen …". None for any other head."""
    comma = head.rfind(", ")
    if comma < 0 or len(head) - comma - 2 > _LEAD_DAYS_MAX:
        return None
    if not days_words(head[comma + 2 :], langs, weekday=True):
        return None  # "…, except on Saturdays", "…, closed Saturdays": no day of a meeting
    start = 0
    for stop in _SENTENCE_END.finditer(head, 0, comma):
        start = stop.end()
    sentence = head[start:comma]
    if (tm := find_times(sentence)) is None or calendar.hours_before(sentence, tm.start):
        return None  # "The office is open from 10am to 4pm, on Saturdays …": its hours
    return comma + 2


_WEEKDAY_AFTER_MAX = 16  # characters after a date that may be its weekday alone


def _only_weekday(head: str, langs: tuple[str, ...]) -> bool:
    """Whether the text before a date is one weekday's name (what is left of "Viernes 15 y
    viernes 29 de enero" once its listed day is read)."""
    if len(head) >= 40:
        return False
    words = _WORD.findall(head)
    if len(words) == 2 and _WEEKEND_PAIR.fullmatch(head.strip(" |,:")) is not None:
        # a show's two days: "Sa./So. | 05./06.12.2026", "Sat/Sun 5–6 December"
        return all(_lead_weekday(w, langs) is not None for w in words)
    return len(words) == 1 and _lead_weekday(words[0], langs) is not None


_WEEKEND_PAIR = re.compile(r"[^\W\d_]{2,12}+\.?\s?[/+&–-]\s?[^\W\d_]{2,12}+\.?")


# A street word right before a date: the street is named after the day ("Av. 18 de Julio",
# "Calle 20 de Noviembre", "rue du 4 Septembre", "Avenida 9 de Julio").
_STREET_WORDS_ABROAD = (
    r"rue|avenue|boulevard|bd|bv|bulevar|cours(?=\s++(?-i:[A-ZÀ-Þ]))|chemin|quai|all[ée]es?|place|route|impasse|esplanade|calle|c/|avenida|avda|av|paseo|plaza|"
    r"carrer|rambla|camino|ronda|via|viale|piazza|corso|carrera|cra|transversal|jir[óo]n|pasaje|"
    r"plaça|passeig|avinguda|travessera"  # Catalan
)


# An office or a building that closes or opens again on the date: "Regional office closes at
# 13h00 on 23/12/2026 and reopens on 04/01/2027", "Die Geschäftsstelle bleibt vom … geschlossen",
# "La bibliothèque ferme le …", "La oficina cierra el …".
_PREMISES_CLOSE = re.compile(
    r"\b(?:offices?|librar(?:y|ies)|halls?|centres?|centers?|buildings?|shops?|stores?|museums?|"
    r"galler(?:y|ies)|gesch[äa]ftsstellen?|b[üu]ros?|bibliothek(?:en)?|b[üu]chereien|b[üu]cherei|"
    r"rath[äa]user|rathaus|amtshaus|laden|bureaux?|biblioth[èe]ques?|mairies?|"
    r"m[ée]diath[èe]ques?|accueil|secr[ée]tariats?|oficinas?|bibliotecas?|locales|local|sedes?|"
    r"secretar[íi]as?)\s++(?:[^\W\d_]++\s++){0,5}?"
    r"(?:closes|close(?!\s++(?:to|by)\b)|will\s++close|is\s++closed|are\s++closed|"
    r"will\s++be\s++closed|re-?opens?|"
    r"schlie(?:ß|ss)(?:t|en)|bleib(?:t|en)|[öo]ffn(?:et|en)\s++wieder|ferme(?:ra|nt)?|"
    r"est\s++ferm[ée]e?|sera\s++ferm[ée]e?|sont\s++ferm[ée]e?s|"
    r"rouvre(?:nt)?|rouvrira|cierra(?:n)?|cerrar[áa]n?|permanecer[áa]n?\s++cerrad[oa]s?|"
    r"reabre(?:n)?|reabrir[áa]n?)\b",
    re.I,
)
_PREMISES_STEMS = (
    "clos",
    "open",
    "schlie",
    "bleibt",
    "ffnet",
    "ferm",
    "rouvr",
    "cierr",
    "cerr",
    "abr",
)
_PREMISES_REACH = 80  # characters before a date searched for them


# A sentence that opens with a deadline's name, or names the next issue of a publication, before
# its date: "The deadline for submissions to the Council is Friday 8 January", "Date limite
# d'inscription à l'école d'hiver : vendredi 4 décembre", "Next newsletter: Tuesday 26 January",
# "Nächster Rundbrief: …", "Prochain bulletin : …", "Próximo boletín: …".
_DEADLINE_OPENS = re.compile(
    r"^\W*+(?:(?:the|die|der|la|le|el|l['’])\s*+)?(?:deadline|closing\s++date|anmeldeschluss|"
    r"einsendeschluss|meldeschluss|redaktionsschluss|frist|date\s++limite|"
    r"fecha\s++l[ií]mite|plazo)\b"
    r"|^\W*+(?:next|n[äa]chste[rs]?|prochaine?|pr[óo]xim[oa])\s++(?:newsletter|issue|bulletin|"
    r"edition|e-?bulletin|rundbrief|ausgabe|newsletter|lettre|num[ée]ro|bolet[ií]n|n[úu]mero|"
    r"edici[óo]n)\b",
    re.I,
)
# The words of _DEADLINE_OPENS that name an event's edition as often as a publication's issue.
_EDITION = re.compile(r"\b(?:edition|edici[óo]n|ausgabe|num[ée]ro|n[úu]mero)\b", re.I)
_DEADLINE_OPENS_FIRST = frozenset({
    "the", "die", "der", "la", "le", "el", "l", "deadline", "closing", "anmeldeschluss",
    "einsendeschluss", "meldeschluss", "redaktionsschluss", "frist", "date", "fecha", "plazo",
    "next", "nächste", "nächster", "nächstes", "nachste", "nachster", "nachstes", "prochain",
    "prochaine", "próximo", "próxima", "proximo", "proxima",
})  # fmt: skip
_DEADLINE_SENTENCE = 120  # characters of a sentence before its date read for it
# The sentence says what the deadline is right before the date: "… is", ":", "ist der", "vence el".
_DEADLINE_IS = re.compile(
    r"(?::|\b(?:is|are|will\s++be|ist|sind|est|sera|es|ser[áa]|vence|termina|closes?))"
    r"(?:\s++(?:on|the|am|der|den|le|el))?[\s,]*+$",  # ": le", "is on"
    re.I,
)


# A one-word label before a sentence: "Recordatorio:", "Reminder:", "Rappel :", "Erinnerung:".
_REMINDER_LABEL = re.compile(r"^[^\W\d_]{3,20}+\s?:\s*+")
_ABBREVIATION_MAX = 3  # letters of a word before a full stop that may abbreviate it ("Nr.", "St.")


def _sentence_start(head: str) -> int:
    """Where the last sentence of ``head`` starts: after its last ".", "!" or "?" and a space,
    not after a short abbreviation ("Mitgliederzeitung Nr. 1/27", "St. Gallen")."""
    end = len(head)
    while True:
        at = max(head.rfind(". ", 0, end), head.rfind("! ", 0, end), head.rfind("? ", 0, end))
        if at < 0:
            return 0
        word = head[max(0, at - _ABBREVIATION_MAX - 1) : at].rsplit(None, 1)[-1:]
        if head[at] != "." or not word or not word[0].isalpha() or len(word[0]) > _ABBREVIATION_MAX:
            return at + 1
        end = at


def _sentence_deadline(head: str) -> str | None:
    """The deadline's name or the publication that opens the last sentence of ``head`` (the
    text before a date), if one does."""
    start = _sentence_start(head)
    sentence = head[start:].lstrip(" •*-–·(")
    if len(sentence) > _DEADLINE_SENTENCE:
        return None
    if (lb := _REMINDER_LABEL.match(sentence)) is not None:
        sentence = sentence[lb.end() :]  # "Recordatorio: el plazo para … es el", "Reminder: the"
    first = _WORD_RUN.match(sentence.lower())
    if first is None or first.group(0) not in _DEADLINE_OPENS_FIRST:
        return None
    do = _DEADLINE_OPENS.match(sentence)
    if do is None or _DEADLINE_IS.search(sentence[-24:]) is None:
        return None  # "Deadline Day protest at the Town Hall, Friday 8 January": a title
    return do.group(0).strip()


def _premises_close(head: str) -> str | None:
    """The words of ``head`` (before a date) that say a place closes or opens again, if any."""
    if not contains_any(head.lower(), _PREMISES_STEMS):
        return None
    pc = _PREMISES_CLOSE.search(head)
    return pc.group(0) if pc is not None else None


# The text before a date repeats down a page ("University of Michigan, Ann Arbor – ", or none):
# what it says is read once per text.
# The days of a list before its last date: "25 and " in "closed 25 and 26 December", "24, 25 et ".
_DAY_LIST_TAIL = re.compile(
    r"(?<![\d.])(?:\d{1,2}(?:er|st|nd|rd|th|\.)?+\s*+(?:,|&|and|et|und|y|e|or|ou|oder|o)?+\s*+)"
    r"{1,6}+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _head_says_no_event(head: str) -> str | None:
    """Why the words before a date (``head``, the line's text before it) make it no meeting's;
    for the last date of a list ("closed 25 and 26 December"), the words before the list."""
    if (why := _head_reason(head)) is None and (tail := _DAY_LIST_TAIL.search(head)) is not None:
        why = _head_reason(head[: tail.start()]) if tail.start() > 0 else None
    return why


def _head_reason(head: str) -> str | None:
    if _not_event_date(head[-40:]):  # the words just before the date
        return " follows a word such as 'posted' or 'deadline'; not a meeting"
    if (pc := _premises_close(head[-_PREMISES_REACH:])) is not None:
        return f" is when {pc!r} (opening hours); not a meeting"
    if (dl := _sentence_deadline(head)) is not None:
        return f" is a deadline ({dl!r}); not a meeting"
    if _PAST_LEAD.search(head[-20:]):
        return " follows 'last'; a report of the past, not a meeting"
    if (why := _no_event_lead(head)) is not None:
        return f" {why}; not a meeting"
    return None


@lru_cache(maxsize=4096)
def _read_head(head: str, english: bool, prose_line: bool) -> tuple[str, bool]:
    """The text before a date without its bullet and lead-in words, and whether it is a
    sentence (``prose_line``: the whole line is prose)."""
    head = _cut_head_filler(_BULLET.sub("", head)).strip(" ,:;–—-@|(")
    if head and not _TWO_LETTERS.search(head):
        head = ""
    if head and (_only_time(head) or _only_time(_RANGE_FROM.sub("", head, count=1))):
        # "Noon, Saturday 16 January", "1900hrs, Tuesday 19 January", "de 17 h à 19 h le mardi
        # 15 décembre", "von 17 bis 19 Uhr am Dienstag, …": no heading
        head = ""
    if head and len(head) <= 40 and _only_status(head):
        head = ""  # "CANCELLED Thursday, January 28": a badge; the heading stays above the line
    prose = (
        len(head) > 100
        or is_prose(head)
        or (english and _sentence_head(head))
        or (prose_line and len(_LOWER_WORD.findall(head)) >= 2)  # "La autora presentará su"
    )
    return head, prose


# Between a date's time and the date a range ends on: "to", "–", "bis", "au", "al", "hasta"
# (matched at a position: no "^").
_RANGE_TO = re.compile(
    r"(?<!\s)\s*+(?:to|until|till|through|[–—-]|bis|au|jusqu['’]au|al|hasta)\s++", re.IGNORECASE
)


_RANGE_FIRST = frozenset("tTuUbBaAjJhH–—-")  # the first letters _RANGE_TO can start with


def _range_end(after: str, at: int, langs: tuple[str, ...]) -> tuple[DateMatch, int] | None:
    """A range's last day right after a date and its time ("9:00 AM to SUN, MAR 21, 2027, 5:00
    PM", "18:00 – SUN, 31 JAN 2027 AT 16:00"): that date, and where the text after it (and its
    own time) starts in ``after``."""
    head = after[at : at + 12].lstrip()
    if head and head[0] not in _RANGE_FIRST:
        return None  # the common case, without the pattern (a longer run of spaces: the pattern)
    rg = match_after_spaces(_RANGE_TO, after, at)
    if rg is None:
        return None
    end = find_date(after[rg.end() : rg.end() + 60], langs=langs)
    if end is None or end.start != 0:
        return None
    cut = rg.end() + end.end
    etm = find_times(after[cut : cut + 30])
    return end, cut + etm.end if etm is not None and etm.start < 8 else cut


# A line that opens by saying something does not happen: "No bin collection on Friday 25
# December", "Keine Sprechstunde am 24. Dezember", "Pas de permanence le 24 décembre", "No hay
# recolección el 1 de enero" (a lower-case word after "no": "No Kings rally" is a title).
_NOTHING_LEAD = re.compile(
    r"^[\W\d]{0,4}(?:no\s++(?:hay\s++)?(?-i:[a-zà-ÿ])|kein(?:e[nmrs]?)?\s|"
    r"pas\s++d(?:e\s++|['’]\s*+)(?-i:[a-zà-ÿ])|sin\s++(?-i:[a-zà-ÿ]))",
    re.I,
)


def _says_nothing_happens(t: str, head: str) -> str | None:
    """The words before the date (``head``) of a line without a time, if they open the line by
    saying something does not happen."""
    k = 0
    while k < 6 and k < len(t) and not t[k].isalnum():  # a bullet or a pin ("📌 Pas d'atelier")
        k += 1
    if t[k : k + 3].lower() not in ("no ", "kei", "pas", "sin"):
        return None
    if _NOTHING_LEAD.match(head) is None or has_time_hint(t) or _has_status(t):
        return None
    return head[k:].strip(" •*-–·,:(")


# A sentence's end: a word of two small letters or a bracket, a stop, a capital ("… House (one
# hour). There", "… Gemeindehaus. Am"); not "St. Mary's", "Dr. Ruiz" or "incl. dinner".
_SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_A-ZÀ-Þ]{2})|(?<=\)))[.;!?](?=\s++[A-ZÀ-Þ])")
_SENTENCE_REACH = 200  # characters after a date read for its sentence's end and what follows


_NO_MEETING_AFTER = 80  # characters after a date read for "no meeting", to the end of a clause


def _clause_window(after: str) -> str:
    """The words after a date that may say it has no meeting: up to the end of its sentence when
    the next sentence's first clause names a day of its own ("… (one hour). There will be no
    mid-week meeting on Wednesday 30th December", "… im Gemeindehaus. Am Mittwoch, 30. Dezember,
    findet kein Treffen statt"), else the first _NO_MEETING_AFTER characters run on to the end of
    the clause they stop in ("Christmas Eve. There will be no meeting; we meet again on …")."""
    end = _SENTENCE_END.search(after, 0, _SENTENCE_REACH)
    if end is not None:
        nxt = calendar._SENTENCE_STOP.search(after, end.end(), end.end() + _SENTENCE_REACH)
        if _DIGIT.search(after, end.end(), nxt.start() if nxt else end.end() + _SENTENCE_REACH):
            return after[: end.start()]
    if len(after) <= _NO_MEETING_AFTER:
        return after
    stop = calendar._SENTENCE_STOP.search(after, _NO_MEETING_AFTER, _SENTENCE_REACH)
    return after[: stop.start() if stop else _SENTENCE_REACH]


def _own_sentence(after: str) -> str:
    """The words after a date up to the end of its sentence when another sentence with a number
    (the next date's) follows: "… 25th December at Central Meeting House. There will be no
    mid-week meeting on Wednes…" speaks of the 25th only up to its full stop."""
    window = after[:_SENTENCE_REACH]
    end = _SENTENCE_END.search(window)
    if end is None or not _DIGIT.search(window, end.end()):
        return after
    return after[: end.start()]


# The time said to follow, right after a date: "Uhrzeit und Hörsaal folgen", "(horaire à
# préciser)", "time and room to be confirmed", "hora por confirmar". The date is a meeting
# whose time is to come, not a date mentioned in passing.
_TIME_TO_FOLLOW = re.compile(
    r"\b(?:times?|uhrzeit(?:en)?|zeit(?:en)?|heures?|horaires?|horas?|horarios?)\b[^.;:]{0,30}?"
    r"(?:\b(?:tba|tbc|tbd|to\s++(?:follow|be\s++(?:announced|confirmed|determined))|"
    r"folg(?:t|en)|wird\s++noch\s++bekannt|werden\s++noch\s++bekannt|noch\s++offen|"
    r"communiqu[ée]e?s?|por\s++(?:confirmar|determinar|definir)|a\s++confirmar|"
    # "la hora se confirmará en enero", "the time will be confirmed", "l'heure sera précisée"
    r"se\s++(?:confirmar[áa]|anunciar[áa]|informar[áa]|comunicar[áa])|"
    r"will\s++be\s++(?:confirmed|announced|given)|"
    r"sera\s++(?:confirm[ée]e|pr[ée]cis[ée]e|communiqu[ée]e|annonc[ée]e)|"
    r"wird\s++(?:noch\s++)?(?:bekanntgegeben|mitgeteilt))\b|"
    r"[àa]\s++(?:confirmer|pr[ée]ciser|d[ée]finir|venir)\b)",
    re.IGNORECASE,
)
_TIME_TO_FOLLOW_REACH = 80  # characters after the date searched for it


# Text struck through in Markdown: "~~Di, 13.10.~~ | ~~10–16 Uhr~~ | ~~Ersti-Tag~~".
_STRUCK = re.compile(r"~~[^~\n]{0,300}~~")
_WORD_CHAR = re.compile(r"[^\W_]")


def _struck_through(text: str, at: int) -> bool:
    """Whether a line's date (at ``at``) is struck through, and all the line's words with it."""
    struck = [m.span() for m in _STRUCK.finditer(text)]
    if not any(lo <= at < hi for lo, hi in struck):
        return False
    return _WORD_CHAR.search(_STRUCK.sub("", text)) is None


def _no_meeting_first(after: str, month: int | None) -> str | None:
    """The words right after a date, before any other, that say there is no meeting in the
    date's own month ("Dienstag, 8. Dezember … kein Treffen im Dezember"); after a title or a
    place the same words are a remark ("Christmas social at the Red Lion (no regular meeting in
    December)")."""
    nm = _says_no_meeting(after, other_month=False, month=month)
    if nm is None or any(c.isalpha() for c in after[: after.find(nm)]):
        return None
    return nm


# A meeting's minutes as a file, linked by the date of the meeting they record: "Monday 9th
# November 2026 – draft minutes (PDF, 212 KB)", "12.10.2026 – Protokoll (PDF, 198 KB)", "compte
# rendu (PDF, 240 Ko)", "acta (PDF, 1,2 MB)".
_MINUTES_FILE = re.compile(
    r"\b(?:minutes|protokoll|niederschrift|compte[-\s]rendu|proc[èe]s[-\s]verbal|actas?)\b"
    r"[^()\n]{0,40}+\(\s*+(?:pdf|docx?|odt|rtf)\b",
    re.IGNORECASE,
)
_MINUTES_STEMS = ("minutes", "protokoll", "niederschrift", "compte", "proc", "acta")
# An agenda or an invitation beside the minutes, or the minutes of the last meeting: the papers
# sent out for the meeting on the line.
_MEETING_PAPERS = re.compile(
    r"\b(?:agenda|invitation|notice\s++of\s++meeting|last|previous|tagesordnung|einladung|"
    r"letzten|vorigen|ordre\s++du\s++jour|convocation|derni[èe]re|pr[ée]c[ée]dente?|"
    r"orden\s++del\s++d[íi]a|convocatoria|anterior)\b",
    re.IGNORECASE,
)


def _event_before(after: str, said: str) -> bool:
    """Whether the words saying there is no meeting come after the line's time and an event's
    words: "15 Uhr – Weihnachtsfeier im Vereinsheim (kein Training)", "14 Uhr – Heimspiel …
    – an diesem Tag kein Training": the event is on, the usual one is not."""
    at = after.find(said)
    if at <= 0 or (tm := find_times(after[:at])) is None:
        return False
    if after[tm.end : at].rstrip().endswith((".", "!")):
        return False  # "7pm: Reading week. No seminar.": a sentence of its own says so
    return _WORD3.search(after, tm.end, at) is not None


_WORD3 = re.compile(r"[^\W\d_]{3,}")


def _timed_remark(after: str, at: int) -> bool:
    """Whether position ``at`` is in a bracketed remark after the line's time: "– 7pm – NB at
    Leith Library (the Community Centre is closed for maintenance)" is the meeting's, moved."""
    opened = after.rfind("(", 0, at)
    if opened <= after.rfind(")", 0, at) or (tm := find_times(after[:opened])) is None:
        return False
    # a place named between the time and the remark: the meeting's, moved; a remark right after
    # the time ("– 7.30pm (hall closed for the holidays)") says the hall is closed that day
    return any(c.isalpha() for c in after[tm.end : opened])


def _no_event_after(t: str, head: str, after: str, month: int | None = None) -> str | None:
    """A dated line that says there is no meeting ("Our Christmas break: no meetings between 19
    December and 4 January", "Wed 17 Feb — Reading week, no seminar") or that something is
    closed that day ("… – All branches closed"); a line with a status (a cancelled meeting) is
    a meeting."""
    low = t.lower()
    # "Tuesday, December 8 ... CANCELLED – no December meeting": the meeting, cancelled
    if (
        contains_any(low, _NO_MEETING_STEMS)
        and not _has_status(t)
        and (
            (nm := _says_no_meeting(head, other_month=False)) is not None
            or (nm := _says_no_meeting(_clause_window(after), other_month=False)) is not None
            or (nm := _no_meeting_first(_clause_window(after), month)) is not None
        )
    ) and not _event_before(after, nm):
        return f"the line says {nm!r}"
    if contains_any(low, _CLOSED_STEMS) and not _has_status(t):
        cm = _CLOSED_END.search(after)
        if cm is not None and not _timed_remark(after, cm.start()):
            return f"the line says {cm.group(0)!r} (a closure)"
        if (cl := _says_closed(t)) is not None:
            return f"the line says {cl!r} (a closure)"  # "Closed Christmas Day (Fri 25 Dec)"
    if (
        contains_any(low, _MINUTES_STEMS)
        and (mf := _MINUTES_FILE.search(after)) is not None
        and not has_time_hint(after[: mf.start()])
        # "AGM – agenda and last year's minutes (PDF)": the papers of a meeting to come
        and _MEETING_PAPERS.search(after, 0, mf.end()) is None
    ):
        shut = after.find(")", mf.end())
        doc = after[mf.start() : shut + 1 if shut > 0 else mf.end()]
        return f"the line links {doc!r}, the record of a meeting held"
    if (nothing := _says_nothing_happens(t, head)) is not None:
        return f"the line says {nothing!r} (it does not happen)"
    if (sn := _supply_notice(head, after)) is not None:
        return f"the sentence says {sn!r} (a supply switched on or off, or a collection)"
    return None


# After a date that opens its line, what makes the rest an entry's title and place, however
# long: "Saturday, April 20 – Sunday, April 21: Los Angeles Times Festival of Books, USC campus",
# also a quoted title ("• Mardi 8 décembre — « L’eau, un bien commun ? » avec …").
# Markdown's emphasis may close the date and open the title ("**Thursday, December 17** — *Lamp…").
_ENTRY_AFTER = re.compile(
    r"^(?:\*{1,2}|~~)?"  # "~~": a date struck through
    # a remark in brackets on the date: "Thursday, February 18 (snow date: February 25) — …"
    r"(?:\s?\([^()]{1,60}\))?"
    r"\s?(?::|\s[–—·•]|\s-\s)\s?[*_]{0,2}"  # "Dom 21 feb · Santuario …": a list's middle dot
    # a title may open with an ordinal: "12e Congrès", "3rd Annual", "2. Treffen", "2ª Asamblea"
    r"(?=[^\W\d_]|[«“„\"]|\d{1,3}(?:e|er|re|ème|st|nd|rd|th|\.|ª|º)\s"
    # or an emoji before its words: "— ⚠️ exceptionnellement à la Faculté de Droit …"
    r"|[\u2600-\u27bf\U0001F300-\U0001FAFF]\ufe0f?\s)"
)


# Words just before a sentence's start time: "at 6 p.m.", "starts at", "um 19 Uhr", "à 19 h".
_START_CUE = re.compile(
    r"(?:\bat|\bum|\bà|\ba\s+las|\bfrom|\bstarts?|\bbegins?|\bcommences?|\bab|\bdès|"
    r"\bdesde(?:\s+las)?|\b[aà]\s+partir\s+de(?:\s+las)?)\s*+$"
    # a game's first draw or kick-off, its colon: "Premier tirage : 18 h", "First draw: 6 p.m."
    r"|\b(?:draw|tirage|anschwingen|anpfiff|kick-?off|envoi|saque\s+inicial)\s*+:?\s*+$",
    re.I,
)
_FAR = 300  # characters of a paragraph after its date searched for the start time
_LED_TIME_REACH = 160  # characters after the date opening its line to a time without a cue
_CUE_REACH = 18  # characters before a time searched for _START_CUE ("a partir de las ")
# A place named before a far time: "Assemble at the Garden …", "Wir treffen uns am
# Gewerkschaftshaus", "Rendez-vous place de la République", "en la Plaza Mayor".
_PLACE_BEFORE_TIME = re.compile(
    r"(?<=\s)(?:at|in|am|im|an\s++der|vor\s++dem|[àa]|au|devant|place|en|"
    # where a run or a walk sets off: "We leave the McLeans Island clubrooms at 10am"
    r"leave|leaving|depart(?:s|ing)?\s++from)\s++"
    r"(?:(?:the|la|le|el|der|dem|de\s++la|de)\s++)?(?-i:[A-ZÀ-Þ])",
    re.I,
)
_DATE_SENTENCE = re.compile(r"[.!]\s++(?-i:[A-ZÀ-Þ])")  # a date that is a sentence of its own


def _far_time(after: str, langs: tuple[str, ...], led: bool = False) -> TimeMatch | None:
    """The start time of a date in prose that comes later in its sentence or paragraph ("on
    Wednesday, October 4. The talk starts at 5:15 p.m. in Room 12", "on Wednesday, April 3 with a
    panel discussion at 6 p.m. at the Michigan Union"): the first time after the date, led by
    "at", "starts", "um"..., with no other date between them. ``led``: the date opens its line,
    a diary's entry ("Thu 28th Jan  Pub of the Season presentation to the Hare & Hounds, Speen –
    7.30pm. Come and …"): its first time is its own, cue or none."""
    window = after[:_FAR]
    tm = find_times(window)
    if tm is None or (
        not _START_CUE.search(window[max(0, tm.start - _CUE_REACH) : tm.start])
        and not (led and tm.start <= _LED_TIME_REACH)
    ):
        return None
    if find_date(window[: tm.start], langs=langs) is not None:
        return None
    opens = [e.end() for e in _SENTENCE_END.finditer(window, 0, tm.start)]
    if opens and calendar.says_unless(window[opens[-1] : tm.start]):
        # "Après la belle séance du mardi 17 novembre (…), voici le programme. Sauf mention
        # contraire, toutes les séances commencent à 19 h 30": the list's rule, not this date's
        return None
    return tm


# A colon, then the start times that end the line: "Martes 15 de diciembre, dos turnos para
# que pueda venir todo el mundo: 8:30 y 15:30", "jeudi 21 janvier, deux séances : 14 h et 19 h".
_COLON_TIMES = re.compile(r"\s?:\s++(?=\d)")
# What may follow the first of those times: more times, their joining words and clock words.
_TIMES_LIST_END = re.compile(
    r"(?:[\s\d:.,&+!]|\b(?:y|e|et|and|und|uhr|hrs?|hs|h|horas|heures?|[ap]\.?m\.?)\b)*+$",
    re.I,
)


def _colon_times(after: str, langs: tuple[str, ...]) -> TimeMatch | None:
    """The first of the start times listed after a colon at the end of a date line (see
    _COLON_TIMES), when nothing but times and their joining words follows the colon and no
    other date comes before it."""
    window = after[:_FAR]
    colons = list(_COLON_TIMES.finditer(window)) if ": " in window else []
    if not colons:
        return None
    cm = colons[-1]  # the last colon before digits
    listed = window[cm.end() :]
    tm = find_times(listed)
    if tm is None or tm.start != 0:
        return None
    if _TIMES_LIST_END.match(listed, tm.end) is None:
        return None
    if find_date(window[: cm.start()], langs=langs) is not None:
        return None
    at = cm.end()
    return TimeMatch(at + tm.start, at + tm.end, tm.start_time, tm.end_time, tm.guessed_pm)


_CHAIN_GAP = 12  # characters between two dates of one list ("January 9, Saturday, January 23")


def _time_after_date_chain(
    after: str,
    langs: tuple[str, ...],
    month_first: bool | None = None,
    days_of: DateMatch | None = None,
) -> bool:
    """Whether the dates listed right after a date ("Saturday, January 9, Saturday, January 23
    and Saturday, February 6, 10 a.m. to 1 p.m., at …", "Thursday, January 14 and Thursday,
    January 28 from 7 to 9 pm") are followed by a time they share."""
    end = 0
    for dm in _more_dates(after[:_FAR], langs, month_first=month_first, days_of=days_of):
        if dm.start - end > _CHAIN_GAP:
            break
        end = dm.end
    if not end:
        return False
    tm = find_times(after[end : end + _NEAR + 40])
    if tm is not None and tm.start < _NEAR:
        return True
    # "am 12. Januar, 9. Februar und 9. März statt, immer dienstags um 18 Uhr": later in the
    # sentence, led by "um", "at", "à"…, no sentence's end and no other date between
    window = after[end : end + _FAR]
    tm = find_times(window)
    return (
        tm is not None
        and _START_CUE.search(window[max(0, tm.start - _CUE_REACH) : tm.start]) is not None
        and _SENTENCE_END.search(window, 0, tm.start) is None
        and find_date(window[: tm.start], langs=langs) is None
    )


def _lead_weekday(lead: str, langs: tuple[str, ...]) -> int | None:
    """The weekday a lead-in names for all its dates ("Thursdays at 12.30pm", "jeweils
    donnerstags"), if any, from the first words."""
    names = vocabulary(langs).weekdays
    for word in _WORD.findall(lead[:40])[:4]:
        w = word.casefold()
        for name in (w, w.removesuffix("s"), w.removesuffix("en")):  # "an den Samstagen"
            if name in names:
                return names[name]
    return None


_WORD = re.compile(r"[^\W\d_]+")
# Bare day numbers right before a date that share its month, the list closed by a conjunction:
# "2, 9 y " in "jueves 2, 9 y 16 de mayo", "3, 10 and " in "Tuesdays 3, 10 and 17 March",
# "6., 13. und " in "6., 13. und 20. Mai" (not "Room 12, " before "16 May").
_LISTED_DAYS = re.compile(
    r"(?<![\d.,/:])(?:(?:[^\W\d_]{2,12}\.?\s?)?[0-3]?\d(?:st|nd|rd|th|er)?\.?\s?,\s?){0,5}"
    r"(?:[^\W\d_]{2,12}\.?\s?)?[0-3]?\d(?:st|nd|rd|th|er)?\.?\s?"
    r"(?:\by\b|\band\b|\bund\b|\bet\b|&)\s?$",
    re.IGNORECASE,
)
# The same list with numbers only ("les 4, 11 et " before "18 mai": "les" lists no weekday).
_LISTED_NUMBERS = re.compile(
    r"(?<![\d.,/:])(?:[0-3]?\d\.?\s?,\s?){0,5}[0-3]?\d\.?\s?(?:\by\b|\band\b|\bund\b|\bet\b|&)\s?$",
    re.IGNORECASE,
)
_ORDINAL_DAY = re.compile(r"\d+(?:st|nd|rd|th|er)?", re.IGNORECASE)
_JOIN_WORDS = frozenset({"y", "and", "und", "et"})


def _weekdays_only(listed: str, langs: tuple[str, ...]) -> bool:
    """Whether the words of a list of days ("Sat 19th & ", "2, 9 y ") are weekdays only."""
    names = vocabulary(langs).weekdays
    words = _WORD.findall(_ORDINAL_DAY.sub(" ", listed))
    folded = [w.casefold() for w in words]
    return all(w in names or w.removesuffix("s") in names or w in _JOIN_WORDS for w in folded)


_DAY_NUMBER = re.compile(r"\d+")
_LIST_JOINS = (" y", "and", "und", " et", "&")
_DOTTED = re.compile(r"\d\.\d")
# A day and month written short in a list after a dotted date ("Do., 18.04., 25.04. und
# 02.05.2024"): alone, "25.04." could be a time or a section number.
_SHORT_DOTTED = re.compile(
    # "18.04., 25.04. und 02.05.", "13.01. · 27.01. · 10.02." (a list's dots, bars, slashes),
    # past a remark in brackets on the date before ("16.2. (entfällt) und 23.2.")
    r"(?:\s{0,3}\([^()\d]{1,24}\))?"
    r"\s{0,3}(?:,|\bund\b|\band\b|\bet\b|\by\b|&|·|•|\||/)\s{0,3}([0-3]?\d)\.([01]?\d)\.(?![\d.])",
    re.IGNORECASE,
)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-ZÀ-Þ][^\W\d_]{3,}")
_INVITATION = re.compile(r"^(?:join|come|meet|see)\s+(?:us|me)\b", re.IGNORECASE)
_PRONOUN_START = re.compile(r"^(?:The|This|He|She|They|We|It)\s+[a-z]{3,}\s+[a-z]{4,}\b")


def _sentence_head(head: str) -> bool:
    """Whether the English text before a date is part of a sentence ("At Kent State, the talk
    will take place", "The tour ends at Ohio State") rather than a place or a title: English
    capitalises names, so long lower-case words around a campus, or a pronoun or article and two
    lower-case words, make a sentence. (Other languages write places in lower case: "salle
    des fêtes".)"""
    if _PRONOUN_START.match(head) or _INVITATION.match(head):
        return True
    words = head.split()
    if len(words) >= 4 and 2 * sum(w[:1].islower() for w in words) > len(words):
        return True  # "Come to our meeting this", "SEP candidate to speak in Oakland"
    # A talk's title is lower-case too ("The Russian Revolution and the fate of the twentieth
    # century"): only a sentence that names a campus is read as one.
    return (
        len(head.split()) >= 6
        and sum(1 for _ in _LOWER_WORD.finditer(head)) >= 2
        and find_campus(head) is not None
    )


def _cut_join(text: str) -> str:
    """ "..., Town Hall, and " -> "..., Town Hall" (only the last characters are searched)."""
    j = _DATE_JOIN.search(text[-12:])
    return (
        text[: len(text) - 12 + j.start()]
        if j and len(text) >= 12
        else (text[: j.start()] if j else text)
    )


# Words right before a later date on a meeting's line that make it the date the meeting had
# before it moved: "Rescheduled from Monday 26 April", "(originally 3 March)", "verschoben vom
# 4. März", "statt am 4. März", "reporté du 4 mars", "au lieu du 4 mars", "aplazada del 4 de
# marzo", "en lugar del 4 de marzo"; a bracket that says what it was: "(antes sábado 16 de
# enero)", "(was Saturday 16 January)", "(vorher 16. Januar)", "(avant le 16 janvier)".
_FORMER_DATE = re.compile(
    r"\(\s*+(?:was|war|antes|anteriormente|zuvor|vorher|avant|pr[ée]c[ée]demment)\b|"
    r"\b(?:(?:rescheduled|moved|postponed|changed|brought\s++forward)\s++from|previously|"
    r"originally(?:\s++(?:scheduled|planned|set|due))?(?:\s++for)?|formerly|instead\s++of|"
    r"(?:verschoben|verlegt|vorverlegt)\s++(?:vom|von)|(?<!findet\s)(?<!finden\s)statt|anstelle\s++(?:vom|von)|"
    r"urspr[üu]nglich(?:\s++geplant)?|(?:report[ée]e?s?|d[ée]plac[ée]e?s?|avanc[ée]e?s?)\s++"
    r"(?:du|de)|au\s++lieu\s++du|initialement(?:\s++pr[ée]vue?s?)?|(?:aplazad[oa]s?|"
    r"trasladad[oa]s?|cambiad[oa]s?|movid[oa]s?|adelantad[oa]s?)\s++del?|en\s++lugar\s++del?|"
    r"originalmente(?:\s++previst[oa]s?)?(?:\s++para)?)(?:\s++(?:on|the|am|le|el))?[\s:,(]*+$",
    re.I,
)
_FORMER_STEMS = ("from", "previous", "original", "formerly", "instead", "vom", "von", "statt",
                 "anstelle", "ursprüngl", "du", "de", "lieu", "initialement", "lugar", "(")  # fmt: skip
_FORMER_REACH = 40  # characters before a later date searched for _FORMER_DATE


def _former_date(before: str) -> bool:
    """Whether the words right before a later date on a line (``before``) make it the date the
    meeting moved from."""
    low = before[-_FORMER_REACH:].lower()
    return (
        contains_any(low, _FORMER_STEMS)
        and _FORMER_DATE.search(before[-_FORMER_REACH:]) is not None
    )


_MORE_DATES_TRIES = 24  # dates looked at on one line for its later dates (linear, not quadratic)
_JOIN_REACH = (
    16  # characters before a later date searched for its join ("ainsi que le ", "as well as ")
)
# A house number after a later date on the line, ending the address or its part: "(Sala Vaz
# Ferreira, 18 de Julio 1790)", "25 de Mayo 300, Rosario", "17. Juni 135". Not a year (read as
# one), nor a bare hour or a count with its word after it ("27 de enero 19 h", "… 30 plazas").
_LATER_HOUSE_NUMBER = re.compile(r"\s++(\d{2,5})[a-zA-Z]?(?:\s*+[,;)/]|\s*+$|\.(?!\d))")
_STREET_PART = re.compile(r"[,;(|·]")  # where the street's own words before a later date begin
_HOUSE_HOURS = 24  # a two-digit number up to this may be a bare hour after the date


def _street_date(tail: str, pos: int, start: int, end: int) -> bool:
    """Whether a later date on a line (``tail[start:end]``, found from ``pos``) names a street:
    its type before it in the same part of the line ("Av. Corrientes y 9 de Julio", "Calle 25
    de Mayo", "Straße des 17. Juni"), or a house number, not a year, after it ("18 de Julio
    1790", "25 de Mayo 300"): an address, not another meeting."""
    hn = _LATER_HOUSE_NUMBER.match(tail, end)
    if hn is not None:
        number = hn.group(1)
        if not 1900 <= int(number) <= 2100 and (len(number) > 2 or int(number) > _HOUSE_HOURS):
            return True
    head = tail[max(pos, start - _FORMER_REACH) : start]
    cut = max((m.end() for m in _STREET_PART.finditer(head)), default=0)
    if (corner := _CORNER.search(head, cut)) is not None and (
        corner["name"].casefold() not in _all_months()
    ):
        return True  # "Zaragoza y 5 de Mayo", "esq. 16 de Septiembre": a corner of two streets
    return _street_named(head[cut:])


# A street's name and the word that joins it to a second street named after a date, a corner
# as Mexico and Argentina write it ("Zaragoza y 5 de Mayo", "Juárez esq. 16 de Septiembre",
# "Rivadavia esquina 9 de Julio"); a capitalised word, not a day's number ("3 y 5 de mayo").
_CORNER = re.compile(
    r"(?:^|\s)(?P<name>(?-i:[A-ZÀ-Þ])[^\W\d_]{2,}+)\s++(?:y|esq\.|esquina(?:\s++con)?)\s++$",
    re.IGNORECASE,
)


# A day and month written short in a list after a slashed date ("Tues 12/15, 12/29 and 1/12"):
# alone, "12/29" may be a score or a fraction; after the list's first date it is the next date.
_SHORT_SLASHED = re.compile(
    r"\s?(?:,|\bund\b|\band\b|\bet\b|\by\b|&)\s?([0-3]?\d)/([0-3]?\d)(?![\d/])", re.IGNORECASE
)


def _month_first(dm: DateMatch) -> bool | None:
    """A slashed date's order ("12/15" month first), None for a date written otherwise or with
    its year ("12/15/2026" lists go on with years, read as dates of their own)."""
    if dm.year is not None:
        return None
    if dm.slashed is None:  # the numbers said the order ("15/12"), or it is no slashed date
        return None if dm.order is None else dm.order == "mdy"
    return dm.slashed[0] == dm.month and dm.slashed[1] == dm.day


def _list_month_first(after: str) -> bool | None:
    """Whether the short slashed dates listed after a date are month first ("…, 3/17":
    True; "…, 18/02": False), None when none says."""
    pos = 0
    while (ss := _SHORT_SLASHED.match(after, pos)) is not None:
        a, b = int(ss.group(1)), int(ss.group(2))
        if a > 12 >= b or b > 12 >= a:
            return b > 12
        pos = ss.end()
    return None


def _order_from_list(dm: DateMatch, after: str) -> DateMatch:
    """An ambiguous slashed date ("11/02") read the one way the short dates listed after it
    fit ("11/02, 18/02 et 25/02": day-first), else as it was."""
    month_first = _list_month_first(after)
    if month_first is None:
        return dm
    return dm.month_first() if month_first else dm.day_first()


_DATES_BAR = frozenset({"|", "/", "·", "•"})  # all that stands between two dates of a list


def _dates_only(tail: str, langs: tuple[str, ...]) -> bool:
    """Whether the rest of a line after its first date is two dates or more, each a part of its
    own between bars ("| 30. Januar | 13. Februar"): a list of dates, not a table's row of a
    meeting and its deadline ("Di., 16.03.2027 | 02.03.2027 | entfällt")."""
    parts = [p.strip(" ,.;·•/") for p in tail.split("|")]
    if parts and not parts[0]:
        parts = parts[1:]
    if len(parts) < 2:
        return False
    for part in parts:
        dm = find_date(part, langs=langs) if part else None
        if dm is None or dm.start > 0 or part[dm.end :].strip(" .") or dm.weekday is not None:
            return False
    return True


# A date a sentence leads to with its preposition: "… on February 23", "am 26. Januar", "le 4 mars".
_ON_DATE = re.compile(r"\b(?:on|am|le|el)\s++$", re.I)


_NO_MEETING_REACH = 40  # characters around a later date read for "no meeting on"


def _no_meeting_around(tail: str, pos: int, start: int, end: int) -> bool:
    """Whether the words right before a later date ("… no mid-week meeting on Wednesday 30th
    December") or after it in its sentence ("Am Mittwoch, 30. Dezember, findet kein reguläres
    Treffen statt") say there is no meeting that day."""
    return (
        _says_no_meeting(tail[max(pos, start - _NO_MEETING_REACH) : start]) is not None
        or _says_no_meeting(_own_sentence(tail[end:])[:_NO_MEETING_REACH], other_month=False)
        is not None
    )


def _date_sentence_start(tail: str, pos: int, start: int) -> int:
    """Where the sentence of the date at ``start`` begins: after the last sentence's end since
    ``pos`` (within _SENTENCE_REACH), else the date itself."""
    begun = max(pos, start - _SENTENCE_REACH)
    ends = [e.start() for e in _SENTENCE_END.finditer(tail, begun, start)]
    return ends[-1] if ends else start


def _more_dates(
    tail: str,
    langs: tuple[str, ...],
    dotted: bool = False,
    before_tail: str = "",
    month_first: bool | None = None,
    days_of: DateMatch | None = None,
    prose: bool = False,
    cut: list[int] | None = None,
) -> list[DateMatch]:
    """Later dates on an entry's line ("Tuesday, April 16 and Wednesday, April 17, 7 pm"), each
    with a weekday or right after "and"/"&"/"," so a date inside a title is not taken. After a
    dotted date, a short one in the list counts too ("18.04., 25.04. und 02.05.2024"); after a
    slashed one (``month_first`` says its order), a slashed one ("Tues 12/15, 12/29 and 1/12",
    "mar. 15/12, 29/12 et 12/01"); after a date written month first (``days_of``), bare day
    numbers in its month ("Jan 12, 14 and 19"). In ``prose``, a date led by "on", "am", "le" or
    "el" counts too ("… at UCLA on February 23 and at Cal State LA on February 24"). A later
    date whose words say there is no meeting then ("There will be no mid-week meeting on
    Wednesday 30th December") ends the list, and where its sentence starts goes in ``cut``."""
    found: list[DateMatch] = _days_after(tail, days_of) if days_of is not None else []
    pos = found[-1].end if found else 0
    while month_first is not None and len(found) < 6:
        ss = _SHORT_SLASHED.match(tail, pos)
        if ss is None:
            break
        a, b = int(ss.group(1)), int(ss.group(2))
        month, day = (a, b) if month_first else (b, a)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            break
        found.append(DateMatch(ss.start(1), ss.end(), month, day, None, None))
        pos = ss.end()
    while dotted and len(found) < 6 and (sd := _SHORT_DOTTED.match(tail, pos)) is not None:
        day, month = int(sd.group(1)), int(sd.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            break
        found.append(DateMatch(sd.start(1), sd.end(), month, day, None, None))
        pos = sd.end()
    tries = 0
    end_of_last = pos  # where the last date taken ends (the line's first date: 0)
    while len(found) < 6 and (dm := find_date(tail[pos:], langs=langs)) is not None:
        tries += 1
        if tries > _MORE_DATES_TRIES:
            break  # a line of dozens of dates is no entry: each try reads the rest of the line
        start, end = pos + dm.start, pos + dm.end
        joined = (
            _DATE_JOIN.search(tail[max(pos, start - _JOIN_REACH) : start])
            or (prose and _ON_DATE.search(tail, max(pos, start - 5), start) is not None)
            # "16. Januar | 30. Januar | 13. Februar": a line of dates and bars only
            or (
                pos == end_of_last
                and tail[pos:start].strip() in _DATES_BAR
                and _dates_only(tail, langs)
            )
        )
        before = tail[max(pos, start - 20) : start]
        not_event = (
            _not_event_date(before)
            or _next_date_after_cancel(tail[max(pos, start - 80) : start], tail[end:])
            or _PAST_LEAD.search(before)
            # the words before the line's first date count too: "Billetterie du concert du 22
            # avril : ouverture le lundi 1er mars"
            or _no_event_lead((before_tail + tail[:start])[-_SIGNUP_REACH:], False) is not None
            or _former_date(tail[max(pos, start - _FORMER_REACH) : start])
            or (dm.weekday is None and dm.year is None and _street_date(tail, pos, start, end))
        )
        if (
            not not_event
            and (dm.weekday is not None or joined)
            and _no_meeting_around(tail, pos, start, end)
        ):
            if cut is not None:
                cut.append(_date_sentence_start(tail, pos, start))  # the entry's words end there
            break
        if (dm.weekday is not None or joined) and not not_event:  # not "until Friday, March 1"
            found += _listed_before(tail, pos, start, dm)
            found.append(dataclasses.replace(dm, start=start, end=end))
            end_of_last = end
        pos = end
    return found


# A bare day's number in a list after a date written month first ("Jan 12, 14 and 19",
# "January 5th & 19th", "Mar 1, 8, and 15"): not a time ("14:00", "14.30", "14h"), nor a
# year's first digits.
_SHORT_DAY = re.compile(
    r"(?:,\s?(?P<join>(?:and|et|y|und)\b|&)?|\s?(?P<word>(?:and|et|y|und)\b|&))"
    r"\s?([0-3]?\d)(?:st|nd|rd|th)?(?![\d/:.,]\d)(?!\w)",
    re.IGNORECASE,
)
# What may follow such a list: the line's end, a stop, a separator or a bracket, a word that
# leads to the time or place ("at 6pm", "à 18 h", "in Room 4"); not a noun the numbers count
# ("14 and 19 year-olds", "12, 14 and 19 Main St").
# (Matched after the spaces: a pattern opening with spaces is quadratic on a run of them.)
_DAY_LIST_END = re.compile(
    r"[,;:.!?)(\[|·•@–—]|-\s|(?:at|from|in|à|dès|de|en|a|desde|um|ab|im|von)\s", re.IGNORECASE
)
_DAY_TIME_REACH = 12  # characters after a listed number searched for a time it starts (or a noun)


def _days_of(text: str, dm: DateMatch) -> DateMatch | None:
    """``dm`` when it is written month first and ends with its day ("Jan 12", "Thursday,
    January 12th"), so bare day numbers after it may go on its list; else None."""
    if dm.year is not None or dm.slashed is not None or dm.end_day is not None:
        return None
    end = text[max(dm.start, dm.end - 3) : dm.end].rstrip(".")
    return dm if end[-1:].isdigit() or end[-3:-2].isdigit() else None


# Opening hours in brackets right after a date, with no mark of a time: "(11-4)", "(2-5.30)",
# "(10.30–4)". Not "(4-6 years)", "(11-4 v Rovers)": the bracket closes after the second number.
_BARE_HOURS = re.compile(
    r"[\s,]{0,2}+\((\d{1,2}(?:[.:][0-5]\d)?)\s*+[-–]\s*+(\d{1,2}(?:[.:][0-5]\d)?)\)"
)


def _opening_hours(bh: re.Match[str]) -> bool:
    """Whether a bracket's two numbers read as a day's hours: rising on the clock ("(2-5.30)",
    "(10-16)"), or a morning to the afternoon ("(11-4)"); not a score ("(3-1)", "(2-2)")."""
    start, end = (int(h.replace(".", ":").partition(":")[0]) for h in (bh[1], bh[2]))
    if end > 12:
        return start < end <= 23
    return 0 < start < end or (8 <= start <= 11 and 0 < end <= 7)


def _on_the_hour(hour: str) -> str:
    """ "11" -> "11:00", "5.30" -> "5:30": a bare hour as ``find_times`` reads a clock time."""
    return hour.replace(".", ":") if len(hour) > 2 else f"{hour}:00"


# The word that leads a list of dates right after their time: "… um 9 Uhr am", "… at 9am on",
# "… à 9 h les", "… a las 9:00 h los días".
_DATES_LEAD_END = re.compile(
    r"\s*+,?\s*+(?:am|an\s++den|on|on\s++the|le|les|el|los|los\s++d[ií]as|d[ií]as)\s*+$",
    re.IGNORECASE,
)


_DATES_LEAD_WORDS = frozenset({"am", "den", "on", "the", "le", "les", "el", "los", "días", "dias"})


def _time_then_dates(head: str) -> str | None:
    """The words before a line's first date up to their time, when they end with a time and
    the word that leads the dates ("jeweils donnerstags um 9 Uhr am" / "14.1., 28.1. und
    11.2." -> "jeweils donnerstags um 9 Uhr"), else None."""
    last = head.rstrip(" ,").rpartition(" ")[2].casefold()
    if last not in _DATES_LEAD_WORDS or len(head) > _NEAR * 3 or (tm := find_times(head)) is None:
        return None  # most heads end otherwise: no time is looked for
    return head[: tm.end] if _DATES_LEAD_END.fullmatch(head, tm.end) is not None else None


def _days_after(tail: str, dm: DateMatch) -> list[DateMatch]:
    """The day numbers listed right after a date written month first, in its month and
    rising, the list closed by "and" (or three long) and followed by no noun ("Jan 12, 14
    and 19 — 6 p.m."; not "Jan 12, 14 and 19 year-olds", "Jan 12, 7 pm"): one date each."""
    found: list[DateMatch] = []
    pos, day, closed = 0, dm.day, False
    while len(found) < 6 and (sd := _SHORT_DAY.match(tail, pos)) is not None:
        n, at = int(sd.group(3)), sd.start(3)
        tm = find_times(tail[at : at + _DAY_TIME_REACH])
        if not day < n <= 31 or (tm is not None and tm.start == 0):
            break
        found.append(DateMatch(at, sd.end(), dm.month, n, dm.year, None))
        closed = sd.group("join") is not None or sd.group("word") is not None
        pos, day = sd.end(), n
    rest = tail[pos : pos + _DAY_TIME_REACH].lstrip()
    if not (closed or len(found) > 1) or (rest and not _DAY_LIST_END.match(rest)):
        return []
    return found


@cache
def _plural_weekday(langs: tuple[str, ...]) -> re.Pattern[str]:
    names = sorted((n for n in vocabulary(langs).weekdays if len(n) >= 5), key=len, reverse=True)
    return re.compile(
        rf"\b(?:{'|'.join(map(re.escape, names))})(s,?)\s(?=[0-3]?\d/[0-3]?\d(?![\d/]))",
        re.IGNORECASE,
    )


def _plural_weekday_date(text: str, langs: tuple[str, ...]) -> DateMatch | None:
    """A slashed date after a plural weekday ("Thursdays 2/11, 2/18 and 2/25 @ 7pm", "les
    jeudis 11/02, 18/02 et 25/02"), which alone may be a score or a fraction: read as after
    the weekday (CLDR's names; the plural's "s" and a comma read as spaces, so places stay
    put)."""
    pm = _plural_weekday(langs).search(text)
    if pm is None:
        return None
    at, end = pm.span(1)
    return find_date(text[:at] + " " * (end - at) + text[end:], langs=langs)


def _listed_before(tail: str, pos: int, start: int, dm: DateMatch) -> list[DateMatch]:
    """The days listed right before a later date on the line, in its month ("…, 13 and 27
    January", "…, 14, 21 y 28 de enero"): one date each, at its number's place."""
    window = max(pos, start - 40)
    ld = _LISTED_NUMBERS.search(tail, window, start)
    if ld is None:
        return []
    days = [(int(n.group()), ld.start() + n.start()) for n in _DAY_NUMBER.finditer(ld.group())]
    if not all(0 < d < dm.day for d, _ in days):
        return []
    return [
        dataclasses.replace(dm, start=at, end=at, day=d, weekday=None, end_day=None)
        for d, at in days
    ]


def _date_text(text: str, dm: DateMatch) -> str:
    return repr(text[dm.start : dm.end][:40])


_LEAD_LIST_REACH = 40  # characters after a lead's colon before the dates it is for


def _unread(text: str, dm: DateMatch, why: str, *, nothing: bool = False) -> _Unread:
    """A dated line not read as a meeting: its date as written, then ``why`` (``nothing``: see
    ``_Unread``)."""
    return _Unread(_date_text(text, dm) + why, nothing)


_SHORT_LINE = 80  # a line that opens with another language's weekday is read in it up to this
_OTHER_REACH = 300  # a longer line, its weekday before a day's number, up to this long
_LEAD_REACH = 100  # the weekday after a lead-in ("Réunion en français : Montréal, samedi 23 …")


def _weekday_language(text: str, langs: tuple[str, ...]) -> str | None:
    """The other language whose weekday opens a short line ("Dimanche 18 octobre, 13 h 30 (EDT)"
    on an English page, "Sunday 18 October, 2pm" on a French one), or stands before a day's
    number after a lead-in on a longer line ("Réunion en français : Montréal, samedi 23 janvier,
    19 h 30, Université du Québec à Montréal (UQAM), …"): a whole name of five letters or more
    ("mar", "do" are words), tried only on a line the page's languages find no date in."""
    word = text[:16].partition(" ")[0].strip(" ,.:;*•-")
    if len(text) <= _SHORT_LINE and len(word) >= 5 and word.isalpha():
        found = _weekday_languages().get(word.casefold(), ())
        if other := next((g for g in found if g not in langs), None):
            return other
    if not _SHORT_LINE < len(text) <= _OTHER_REACH or not _DIGIT.search(text, 0, _LEAD_REACH):
        return None  # a short line in another language opens with its weekday (above)
    names = _weekday_languages()
    for wm in _WORD_BEFORE_NUMBER.finditer(text, 0, _LEAD_REACH):
        found = names.get(wm.group(1).casefold(), ())
        if other := next((g for g in found if g not in langs), None):
            return other
    return None


# A word of five to twelve letters before a number (a weekday's name is looked up in a dict:
# faster than an alternation of every language's names at every position).
_WORD_BEFORE_NUMBER = re.compile(r"(?<![^\W\d_])([^\W\d_]{5,12})\s++\d")


@cache
def _weekday_languages() -> dict[str, tuple[str, ...]]:
    """Each weekday name of five letters or more -> the languages it is one in."""
    out: dict[str, tuple[str, ...]] = {}
    for g in LANGUAGES:
        for name in weekday_names(g):
            if len(name) >= 5 and name.isalpha():
                out[name] = (*out.get(name, ()), g)
    return out


# A line that says all is closed: "closed" ending it or followed by what it is closed for
# (_CLOSED_END), or opening it before a preposition ("Closed in observance of Memorial Day",
# "Geschlossen wegen Inventur", "Fermé pour travaux"; not "Closed meeting for members").
_CLOSED_START = re.compile(
    r"^\W*+(?:closed|geschlossen|ferm[ée]e?s?|cerrad[oa]s?)\b(?=\W*+$|\s++(?:in|on|for|all|"
    r"today|due|until|over|wegen|am|ganzt[äa]gig|pour|le|du|jusqu|toute|por|el|del|hasta)\b|"
    r"\s++(?!(?:doors?|meetings?|sessions?|events?|groups?|rehearsals?|workshops?)\b)"
    r"(?-i:[A-ZÀ-Þ]))",  # "Closed Christmas Day (…)"; not "Closed Meeting for members"
    re.I,
)


def _says_closed(text: str) -> str | None:
    """The words of a line without a time that say that all is closed, if any."""
    if not contains_any(text.lower(), _CLOSED_STEMS) or _has_status(text) or has_time_hint(text):
        return None
    cm = _CLOSED_START.match(text) or _CLOSED_END.search(text)
    return cm.group(0).strip(" .") if cm else None


_SEGMENTS = re.compile(r"\s[–—-]\s|\||\s[·•]\s")
# What may follow a line's last time: "(online)", "(GMT)", "[register](https://…)", a link.
_END_REMARK = re.compile(
    r"\s*+(?:\([^()]{1,40}\)|\[[^\[\]]{1,60}\](?:\([^()\s]{1,200}\))?|https?://\S{1,200})\s*+$"
)
# A start's own label before its time in a part of its own: "Beginn", "Jassbeginn", "Spielbeginn",
# "Start", "Début", "Inicio", "Comienzo".
_START_LABEL = re.compile(
    r"(?:[^\W\d_]{0,12}beginn|anfang|start|starts|d[ée]but|inicio|comienzo|"
    # a game's first draw or kick-off: "First draw 6 p.m.", "Anschwingen 8 Uhr", "Premier
    # tirage : 18 h", "Coup d'envoi 15 h", "Anpfiff 15 Uhr", "Saque inicial 17:00"
    r"(?:first|1st)\s++draw|shotgun\s++start|tee[-\s]?off|kick[-\s]?off|anpfiff|anschwingen|"
    r"premier\s++tirage|coup\s++d['’]envoi|saque\s++inicial)"
    r"\s*+:?\s*+(?:(?:at|um|à|a\s++las)\s++)?(?=\d)",
    re.IGNORECASE,
)
_END_REMARK_REACH = 280  # characters at a part's end searched for such a remark
_END_REMARKS = 2  # remarks after one time ("6:00 pm (ET) [register](…)")


def _cut_end_remarks(part: str) -> tuple[str, str]:
    """``part`` without the remarks at its end, and the remarks."""
    cut = len(part)
    for _ in range(_END_REMARKS):
        window = part[max(0, cut - _END_REMARK_REACH) : cut]
        rm = _END_REMARK.search(window)
        if rm is None or rm.start() == 0:
            break
        cut -= len(window) - rm.start()
    return part[:cut], part[cut:]


def _names_place(text: str) -> bool:
    """Whether the only part before a line's closing ", 7pm" names a place, not the entry's
    title: a place and its room or street ("Bourse du Travail, salle 3"), a name with no
    lower-case word of four letters ("Ateneo", "Bourse du Travail"; a title has them: "Winter
    social and potluck dinner"), or a capitalised venue word ("Friends House annex")."""
    if "," in text or not _LOWER_WORD.search(text):
        return True
    return any(vm.group(0)[0].isupper() for vm in VENUE_WORDS.finditer(text))


def _ends_with_time(text: str) -> bool:
    end = text.rstrip(" .")[-_CELL_TIME_REACH:]
    tm = find_times(end)
    return tm is not None and tm.end >= len(end) and (tm.start == 0 or end[tm.start - 1] == " ")


def _segment_time(tail: str) -> tuple[TimeMatch, str] | None:
    """A time that is a whole dash-, pipe- or dot-separated part of the line after the date,
    however far from it ("— Executive Board — 5:30 PM — Union Hall", "· SOAS · 6.30pm (GMT)"),
    or that ends the last part after a comma ("· Bourse du Travail, salle 3, 18 h 30",
    "— Ateneo, 19:30 h (online)"): the time, and the other parts (joined by " — ") as the
    rest of the line; a remark after a time that ends a place stays with the place."""
    if not find_times(tail):
        return None
    parts = [p.strip(" ,;") for p in _SEGMENTS.split(tail)]
    for k, part in enumerate(parts):
        bare, remark = _cut_end_remarks(part)
        if (label := _START_LABEL.match(bare)) is not None:
            bare = bare[label.end() :]  # "Jassbeginn 13.30 Uhr (Türöffnung 12.30 Uhr)"
        tm = find_times(bare)
        if tm is not None and tm.start == 0 and tm.end >= len(bare.rstrip(" .")):
            if k and _ends_with_time(parts[k - 1]):
                continue  # "…, 2pm - 5pm": the end of a range, whose start ends the part before
            parts[k] = ""  # with its remark: a time zone ("(ET)") or "(start)"
            rest = " — ".join(p for p in parts if p)
            return TimeMatch(0, 0, tm.start_time, tm.end_time, tm.guessed_pm), rest
    # the time after the place, ending the line: the place is all the line before it
    bare, remark = _cut_end_remarks(parts[-1])
    comma = bare.rfind(",")
    tm = find_times(bare[comma + 1 :]) if comma > 0 else None
    if (
        tm is not None
        and tm.end >= len(bare[comma + 1 :].rstrip(" ."))
        and not bare[comma + 1 : comma + 1 + tm.start].strip()
        and (any(parts[:-1]) or _names_place(bare[:comma]))
    ):
        parts[-1] = bare[:comma] + remark
        rest = " — ".join(p for p in parts if p)
        return TimeMatch(0, 0, tm.start_time, tm.end_time, tm.guessed_pm), rest
    return None


_CELL_TIME_REACH = 16  # characters at a cell's end searched for the time run into it


# A time and a dash or "to" right before a cell's last time: the range it ends ("2pm - ").
_RANGE_BEFORE = re.compile(
    r"(?<![\w:.])\d{1,2}(?:[:.h]\d\d)?\s?(?:[ap]\.?m\.?|h|uhr)?\s?(?:[-–—]|to|bis|à|a)\s?$",
    re.IGNORECASE,
)


def _cell_end_time(tail: str) -> tuple[TimeMatch, str] | None:
    """A table row's time written at the end of a cell, where a wide place ran into the time
    column ("| Gasthaus Zum Storchen, 79102 Freiburg 19.30 Uhr"): the time, and the row
    without it."""
    if "|" not in tail:
        return None
    cells = tail.split("|")
    for k, cell in enumerate(cells):
        end = cell.rstrip(" .")
        tm = find_times(end[-_CELL_TIME_REACH:])
        at = len(end) - len(end[-_CELL_TIME_REACH:])
        if (
            tm is None
            or tm.end < len(end) - at
            or not end[at + tm.start - 1 : at + tm.start].isspace()
        ):
            continue
        if (
            (rg := _RANGE_BEFORE.search(end, 0, at + tm.start)) is not None
            and (whole := find_times(end[rg.start() :])) is not None
            and whole.start == 0
            and whole.end_time is not None
        ):
            at, tm = rg.start(), whole  # "…, 2pm - 5pm": the range's start, not its end
        cells[k] = end[: at + tm.start]
        return TimeMatch(0, 0, tm.start_time, tm.end_time, tm.guessed_pm), "|".join(cells)
    return None


def _after_cell_time(rest: str) -> str:
    """A cell's words after the time that opens it, without a lone word: the card's button or
    badge ("20h Billets", "8pm Tickets", "19h Suivre"), no words of the row."""
    rest = rest.strip(" ,·–-")
    return rest if " " in rest or _DIGIT.search(rest) else ""


def cell_start_time(tail: str) -> tuple[TimeMatch, str] | None:
    """A row's later cell that opens with its time ("| Le Belvédère | 20h Billets", "| 19h
    (dimanche soir, ouverture de la salle 18h30)"), in a row with no header to say which cell
    is the time: the time, and the row without it."""
    if "|" not in tail:
        return None
    cells = tail.split("|")
    for k, cell in enumerate(cells[1:], start=1):
        text = cell.strip()
        tm = find_times(text[:_CELL_TIME_REACH]) if text[:1].isalnum() else None
        if (tm is None or tm.start != 0) and k >= 2 and (tm := _doors_in_cell(text)) is not None:
            # "| Reflektor | Release party ! Portes 19h30 · concert 20h30 · 1re partie : …": the
            # info cell's start, after its doors; the cell stays the row's remark
            return TimeMatch(0, 0, tm.start_time, tm.end_time, tm.guessed_pm), tail
        if tm is None or tm.start != 0:
            continue
        cells[k] = f" {_after_cell_time(text[tm.end :])} "  # kept, empty or not: the columns
        return TimeMatch(0, 0, tm.start_time, tm.end_time, tm.guessed_pm), "|".join(cells)
    return None


def _doors_in_cell(text: str) -> TimeMatch | None:
    """The start a cell gives after its doors' time ("Release party ! Portes 19h30 · concert
    20h30", "Doors 7pm · show 8pm"), or in a bracket that opens it ("(20h30, nouvelle date
    bientôt)"); else None."""
    tm = find_times(text)
    if tm is None:
        return None
    if text[: tm.start].strip() == "(":
        return tm
    if DOORS_RE.search(text, max(0, tm.start - _DOORS_REACH), tm.start) is None:
        return None
    if (sep := _THEN_START.match(text, tm.end)) is not None and (
        start := find_times(text[sep.end() : sep.end() + _DOORS_REACH])
    ):
        return start if start.start == 0 else tm  # "Portes 19h · 20h": the doors, then the start
    return tm


# Between the doors' time and the start's: "Portes 19h · 20h", "Doors 7pm / 8pm".
_THEN_START = re.compile(r"\s*+[·/|,–-]\s*+")


_DOORS_REACH = 24  # characters before a cell's time searched for its doors' word


_RANGE_FROM = re.compile(
    r"^(?:from|between|von|zwischen|ab|de|du|d[èe]s|entre|desde(?:\s++las)?)\s++", re.IGNORECASE
)


def _only_time(text: str) -> bool:
    """Whether ``text`` is a time and nothing else ("Noon", "1900hrs", "7 p.m.")."""
    tm = find_times(text)
    return tm is not None and tm.start == 0 and tm.end >= len(text.rstrip(" .,;:"))


# Street words of the other languages, for a street address without a house number first
# ("Calle Mayor 21, 28013 Madrid", "8 rue des Carmes, 31000 Toulouse").
_STREET_WORD_ABROAD = re.compile(rf"\b(?:{_STREET_WORDS_ABROAD})\b", re.IGNORECASE)
