"""Messenger pastes: a group chat exported or copied from WhatsApp, Telegram or Signal.

Every message opens with a prefix: when it was sent and who sent it. The formats, one pattern
each (the date's order, separators and words vary with the phone's locale, not the pattern):

- stamp in brackets, then the sender (WhatsApp on iPhone, Signal exports, Telegram copies):
  ``[03/12/26, 14:05:11] Ana: …``, ``[12/3/26, 2:05:11 PM] Ana: …``, ``[03.12.26, 14:05] Ana:``,
  ``[2026-12-03 14:05] Ana: …``, ``[3 Dec 2026 at 14:05] Ana: …``;
- sender, then the stamp in brackets on a line of its own, the message under it (Telegram
  desktop): ``Ana, [03.12.26 14:05]``, ``Ana, [3 Dec 2026 at 14:05]``, ``Ana, [21 nov. 20:04]``;
- stamp, a dash, then the sender (WhatsApp on Android): ``03/12/2026, 14:05 - Ana: …``,
  ``12/3/26, 2:05 PM - Ana: …``, ``03.12.26, 14:05 - Ana: …``, ``03/12/2026 à 14:05 - Ana: …``.
- the time, then the date in brackets, then the sender (messages copied from WhatsApp on a
  computer): ``[14:05, 03/12/2026] Ana: …``, ``[2:05 PM, 12/3/2026] Ana: …``.

The stamp is when the message was written: like a dateline it anchors the year of the dates the
messages give, and it is never a meeting or a meeting's time; the sender is never a place.
``read_chat`` finds a chat by its prefix lines and gives back the message bodies as lines, each
message a paragraph of its own (its continuation lines under it), the line numbers unchanged,
so the parser reads them as it reads any text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from babel import Locale

from eventmap.ingest.places import postal_forms, postal_place
from eventmap.ingest.text import Line, unmark
from eventmap.ingest.when import DateMatch, TimeMatch, find_date, find_times, weekday_names
from eventmap.model import Campaign, Meeting

# A numeric date as the phone writes it: "03/12/26", "12/3/2026", "03.12.26", "2026-12-03".
_NUM_DATE = r"(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})[./-](?P<c>\d{2,4})\.?"
# A clock time, 24-hour or with AM/PM ("14:05", "14:05:11", "2:05 PM", "2:05 p. m.").
_CLOCK = r"\d{1,2}:(?P<min>\d\d)(?P<sec>:\d\d)?(?:\s?(?P<ap>[AaPp])\.?\s?[Mm]\.?)?"
# Between the date and the time: ", ", " ", " at ", " à ", " um ", " a las ".
_AT = r"(?:,\s?|\s)(?:(?:at|à|um|a\s++las|às|alle)\s)?"
# A date in words, with its day: "3 Dec 2026", "Nov 21, 2026", "21 nov.", "3. Dez. 2026".
_WORD_DATE = r"(?P<words>[^\W\d_][^\[\]\n]{2,24}?|\d{1,2}\.?\s[^\W\d_][^\[\]\n]{1,24}?)"
_STAMP = rf"(?:{_NUM_DATE}|{_WORD_DATE}){_AT}{_CLOCK}"
_SENDER = r"(?P<sender>[^:\[\]\n]{1,60}?)\s?:(?:\s|$)"
_MARK = "\u200e"  # the left-to-right mark some exports put before a line
_PREFIX_REACH = 72  # characters of a line that hold its prefix's opening (a name, ", [")


@dataclass(frozen=True)
class _Format:
    name: str
    pattern: re.Pattern[str]
    least: int  # prefix lines with a sender that make a page a chat


# One pattern per format, at module level where the linear-time audit sees them.
_BRACKETED = re.compile(rf"^{_MARK}?\[{_STAMP}\]\s?(?:{_SENDER})?")
_NAME_FIRST = re.compile(rf"^{_MARK}?(?P<sender>[^\[\]\n,]{{1,60}}),\s\[{_STAMP}\]")
_DASH = re.compile(rf"^{_MARK}?{_STAMP}\s[-–]\s(?:{_SENDER})?")
_TIME_FIRST = re.compile(rf"^{_MARK}?\[{_CLOCK},\s{_NUM_DATE}\]\s?(?:{_SENDER})?")
_FORMATS = (
    _Format("bracketed", _BRACKETED, 1),
    _Format("name-first", _NAME_FIRST, 1),
    _Format("dash", _DASH, 2),  # a minutes' "03/12/2026, 14:05 - Chair: …" line: two at least
    _Format("time-first", _TIME_FIRST, 1),
)
_DIGITS = frozenset("0123456789")
_OPENERS = _DIGITS | {_MARK}
_DATE_SEPARATORS = ("/", ".", "-")


@dataclass(frozen=True)
class Message:
    """One message: the line its prefix is on, the prefix as written, the stamp's date (None
    when the stamp gives no year or no readable date) and what the message says."""

    number: int
    prefix: str
    sent: date | None
    text: str  # the message's body, its lines joined
    sender: str = ""  # as the prefix names it ("IYSSE Hamburg"); "" when it names none


@dataclass
class Chat:
    """A chat page: its message bodies as lines, and its messages in order."""

    lines: list[Line]
    messages: list[Message]

    def last_sent(self) -> date | None:
        """The day of the latest message whose stamp gives its year: the paste is from then."""
        days = [m.sent for m in self.messages if m.sent is not None]
        return max(days) if days else None

    def message_at(self, number: int) -> int:
        """The index of the message a line (by its number) belongs to; -1 above the first."""
        return bisect_right([m.number for m in self.messages], number) - 1


def read_chat(lines: list[Line], langs: tuple[str, ...] = ("en",)) -> Chat | None:
    """The page as a chat, when its lines open with message prefixes of one format; else None.

    ``langs`` are the languages the stamps' month names are read in."""
    candidates = [
        i
        for i, line in enumerate(lines)
        if ("[" in (t := line.text)[:_PREFIX_REACH] or t[:1] in _OPENERS) and _may_open_message(t)
    ]  # the first test inline: a call per line would cost more than the rest of the reading
    best: tuple[_Format, dict[int, re.Match[str]]] | None = None
    for fmt in _FORMATS:
        found = {i: m for i in candidates if (m := fmt.pattern.match(lines[i].text))}
        sent = sum(1 for m in found.values() if m.group("sender"))
        if sent < fmt.least or not any(map(_written_when, found.values())):
            continue
        if best is None or len(found) > len(best[1]):
            best = fmt, found
    if best is None:
        return _read_stacked_chat(lines, langs)
    found = best[1]
    days = _stamp_days([found[i] for i in sorted(found)], langs)
    heads = {
        i: _Head(m.group(0).strip(), day, m.end(), frozenset(), (m.group("sender") or "").strip())
        for (i, m), day in zip(sorted(found.items()), days, strict=True)
    }
    return _assemble(lines, heads)


@dataclass(frozen=True)
class _Head:
    """A message's header: its prefix as written, the day it was sent, where the message's
    own text starts on the header's line, and the other lines of the header (dropped)."""

    prefix: str
    sent: date | None
    body_from: int
    frame: frozenset[int]
    sender: str = ""


def _assemble(lines: list[Line], heads: dict[int, _Head]) -> Chat:
    """The chat of ``lines`` whose messages open at the lines of ``heads`` (by index)."""
    frame = set().union(*(h.frame for h in heads.values()))
    out: list[Line] = []
    opened: list[tuple[int, _Head]] = []  # each message's line number and header
    bodies: list[list[str]] = [[]]  # the text above the first message, then each message's
    for i, line in enumerate(lines):
        head = heads.get(i)
        if head is None:
            if i not in frame:
                out.append(line)
                bodies[-1].append(line.text)
            continue
        opened.append((line.number, head))
        bodies.append([])
        if out:
            out.append(Line(line.number, ""))  # each message is a paragraph of its own
        if body := _unmarked(line.text[head.body_from :].strip()):
            out.append(Line(line.number, body, line.links, line.datetimes))
            bodies[-1].append(body)
    messages = [
        Message(number, head.prefix, head.sent, " ".join(t for t in body if t), head.sender)
        for (number, head), body in zip(opened, bodies[1:], strict=True)
    ]
    return Chat(out, messages)


def _unmarked(body: str) -> str:
    """The body on a message's header line without its Markdown marks, as the page's other
    lines are read ("*BUENOS AIRES*" -> "BUENOS AIRES": its city heading); the marks were not
    at the start of the line, so the page's reader left them."""
    return unmark(body) if body and (body[0] in "#_*" or "**" in body or "__" in body) else body


# A message's header on lines of its own, as a chat app's page or export shows it when copied
# or saved (Telegram Desktop's HTML export, Messenger, Discord, Signal Desktop): the time it
# was sent alone on a line ("18:42", "6:42 PM", "Today at 18:42", "Gestern um 09:15",
# "14/11/2026, 18:42"), or after the sender ("Ana — Today at 18:42", "Ana · 14.11.26 18:42");
# the sender's name on the line above or below, and the avatar's initials ("TA") above; a
# day's divider ("14 November 2026", "Heute") above the first message of a day. Slack puts
# the time after the sender with spaces instead of a dash ("Ana García  6:42 PM"; the page's
# reader makes them one).
_ANY_STAMP = rf"(?:(?:{_NUM_DATE}|{_WORD_DATE}){_AT})?{_CLOCK}"
_LONE_STAMP = re.compile(rf"{_MARK}?{_ANY_STAMP}")
_SENDER_STAMP = re.compile(
    rf"{_MARK}?(?P<sender>[^\W\d_][^\n—–·]{{0,59}}?)(?:\s[—–·]\s|(?P<gap>\s)(?=\d))"
    rf"{_ANY_STAMP}"
)
# A Telegram export's header on one line, its avatar's initials maybe first, then the time and
# the sender: "TA 18:42 Tunde Adebayo (admin)", "18:42 Chioma Eze" (no digit, colon or comma in
# the name: "19:05 Talk: housing, Room 4" is a programme's line).
_STAMP_SENDER = re.compile(
    rf"{_MARK}?(?:[A-ZÀ-Þ]{{1,3}}\s)?{_ANY_STAMP}(?P<gap>\s)(?P<sender>[^\W\d_][^\n\d:,—–·|]{{0,59}})"
)
_STAMP_LINE_MAX = 100  # characters: a longer line is no header
# A lower-case word in a name written without a dash before its time: a title ("Coffee break").
_LOWER_WORD = re.compile(r"\s[a-zß-ÿ]{4,}\b")
_STAMP_ENDS = frozenset("0123456789APMapm.")  # how a clock ends: "18:42", "6:42 PM", "p. m."
_INITIALS_MAX = 3


def _off_quarter(t: str) -> bool:
    """Whether the clock that ends a line may be written off the quarter hours or with seconds
    (the minutes after its last colon): true of every line whose stamp ``_written_when`` holds."""
    k = t.rfind(":")
    minutes = t[k + 1 : k + 3]
    return t[k - 3 : k - 2] == ":" or (minutes.isdecimal() and int(minutes) % 15 != 0)


def _off_quarter_lead(t: str) -> bool:
    """``_off_quarter`` of the clock in a line's first characters ("TA 18:42 Tunde Adebayo")."""
    k = t.find(":", 1, 7)
    minutes = t[k + 1 : k + 3]
    return k > 0 and minutes.isdecimal() and int(minutes) % 15 != 0


def _stamp_shape(t: str) -> re.Match[str] | None:
    """The header a line may be, by its shape: all a stamp, or a sender and a stamp (its words
    not read yet: see ``_stamp_days_read``)."""
    if len(t) > _STAMP_LINE_MAX:
        return None
    if t[-1:] not in _STAMP_ENDS:
        return _STAMP_SENDER.fullmatch(t)
    return _LONE_STAMP.fullmatch(t) or _SENDER_STAMP.fullmatch(t) or _STAMP_SENDER.fullmatch(t)


def _stamp_days_read(m: re.Match[str], langs: tuple[str, ...]) -> re.Match[str] | None:
    """A header's match once its words are read: a date, a weekday, or a day said relative to
    today ("Today at 18:42", "hier à 9:15"); a lone stamp whose words are no day may still be a
    sender and a stamp ("Ana — Today at 18:42")."""
    if not (words := m.group("words")) or _day_words(words, langs):
        return m
    if m.re is _LONE_STAMP and (sm := _SENDER_STAMP.fullmatch(m.string)) is not None:
        return _stamp_days_read(sm, langs)
    return None


def _day_words(words: str, langs: tuple[str, ...]) -> bool:
    """Whether a stamp's words name a day: a date, a weekday, today or a day before."""
    w = words.strip(" ,.").casefold()
    if w in _relative_days(langs) or _divider(words, langs) is not None:
        return True
    return any(w in weekday_names(lang) for lang in langs)


@lru_cache(maxsize=8)
def _relative_days(langs: tuple[str, ...]) -> frozenset[str]:
    """The words for today and the days before it in ``langs`` (CLDR, through babel)."""
    from babel import Locale

    out: set[str] = set()
    for lang in langs:
        said = Locale(lang)._data["date_fields"]["day"]["relative"]
        out.update(said[k].casefold() for k in (0, -1, -2) if k in said)
    return frozenset(out)


def _initials(t: str) -> bool:
    """An avatar's initials: one to three capitals (\"TA\", \"IÖ\", \"L\")."""
    return 0 < len(t) <= _INITIALS_MAX and t.isalpha() and t.isupper()


def _stands_for(initials: str, name: str) -> bool:
    """Whether a name's words start with the initials (\"TA\" for \"Tunde Adebayo (admin)\")."""
    firsts = "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()
    return firsts.startswith(initials.upper())


def _may_be_sender(t: str) -> bool:
    """A line short and plain enough to be a sender's name (no digit, no sentence's end)."""
    return 0 < len(t) <= 60 and not _DIGITS.intersection(t) and t[-1] not in ".!?:…"


def _nonblank(lines: list[Line], i: int, step: int) -> int | None:
    """The index of the next non-blank line from ``i`` in direction ``step``, or None."""
    i += step
    while 0 <= i < len(lines) and not lines[i].text:
        i += step
    return i if 0 <= i < len(lines) else None


def _read_stacked_chat(lines: list[Line], langs: tuple[str, ...]) -> Chat | None:
    """The page as a chat whose message headers stand on lines of their own (see
    ``_LONE_STAMP``), else None: two headers at least, half of them stamped off the quarter
    hours (when someone wrote, not when a meeting starts); and avatars' initials over two of
    them, or two with a sender (a name on the stamp's line, one that recurs next to the
    stamps, or one the avatar's initials stand for), the stamps without a date mostly not right
    under a day's divider (a programme's date heading)."""
    ends = [
        i
        for i, line in enumerate(lines)
        if ((t := line.text)[-1:] in _STAMP_ENDS and ":" in t) or ":" in t[1:7]
    ]  # the first tests inline: a call per line would cost more than the rest of the reading
    if not any(_off_quarter(lines[i].text) or _off_quarter_lead(lines[i].text) for i in ends):
        return None  # most pages: no time written off the quarter hours, no pattern tried
    shaped = {i: m for i in ends if (m := _stamp_shape(lines[i].text))}
    if len(shaped) < 2 or not any(map(_written_when, shaped.values())):
        return None
    stamps = {i: r for i, m in shaped.items() if (r := _stamp_days_read(m, langs))}
    if len(stamps) < 2 or 2 * sum(map(_written_when, stamps.values())) < len(stamps):
        return None
    # A line that names its sender and is stamped on a quarter hour may be a programme's
    # "INNSBRUCK – Fr., 11.12., 19:00": a header only when its sender heads another message.
    named = [m.group("sender") for m in stamps.values() if m.groupdict().get("sender")]
    for i, m in list(stamps.items()):
        if (who := m.groupdict().get("sender")) and named.count(who) < 2 and not _written_when(m):
            del stamps[i]
        elif (
            who
            and m.groupdict().get("gap")
            and (named.count(who) < 2 or not _written_when(m) or _LOWER_WORD.search(who))
        ):
            del stamps[i]  # "Panel 11:05": no dash, so a header only of a sender who recurs
    # and of two such senders at least ("Coffee break 10:40" twice in a programme is none)
    gapped = {m.group("sender") for m in stamps.values() if m.groupdict().get("gap")}
    if len(gapped) == 1:
        stamps = {i: m for i, m in stamps.items() if not m.groupdict().get("gap")}
    if len(stamps) < 2:
        return None
    order = sorted(stamps)
    own_days = dict(zip(order, _stamp_days([stamps[i] for i in order], langs), strict=True))
    near: dict[int, tuple[int | None, int | None]] = {
        i: (_nonblank(lines, i, -1), _nonblank(lines, i, 1)) for i in stamps
    }
    seen: dict[str, int] = {}
    for above, below in near.values():
        for j in (above, below):
            if j is not None and _may_be_sender(t := lines[j].text) and not _initials(t):
                seen[t] = seen.get(t, 0) + 1
    heads: dict[int, _Head] = {}
    senders = avatars = under_day = 0
    day: date | None = None
    for i in sorted(stamps):
        m = stamps[i]
        above, below = near[i]
        frame: set[int] = set()
        first = i
        initials = ""
        if above is not None and _initials(lines[above].text):
            initials = lines[above].text
            frame.add(above)
            first = above
            avatars += 1
        sender = m.groupdict().get("sender") or ""
        for j in (below, None if initials else above):
            t = lines[j].text if j is not None else ""
            if sender or j is None or j in stamps or not _may_be_sender(t) or j in frame:
                continue
            if seen.get(t, 0) >= 2 or (initials and _stands_for(initials, t)):
                sender = t
                frame.add(j)
                first = min(first, j)
        senders += bool(sender)
        divider = _nonblank(lines, first, -1)
        if divider is not None and (dm := _divider(lines[divider].text, langs)) is not None:
            day = _day(dm.year, dm.month, dm.day) if dm.year else day
            frame.add(divider)
            under_day += _dateless(m, langs)
        heads[first] = _Head(
            " ".join(lines[j].text for j in sorted({*frame, i})),
            own_days[i] or day,
            len(lines[first].text),
            frozenset(frame | {i}) - {first},
        )  # fmt: skip
    dateless = sum(_dateless(m, langs) for m in stamps.values())
    if avatars < 2 and (senders < 2 or 2 * under_day > dateless):
        return None  # a programme's date heading over a time and a place, each time
    return _assemble(lines, heads)


def _dateless(m: re.Match[str], langs: tuple[str, ...]) -> bool:
    """Whether a stamp gives no date of its own ("18:42", "Today at 18:42")."""
    return not m.group("a") and not (m.group("words") and _divider(m.group("words"), langs))


def _divider(t: str, langs: tuple[str, ...]) -> DateMatch | None:
    """The date of a day's divider, a line that is only a date ("14 November 2026", "Samstag,
    14. November")."""
    if len(t) > 40 or ":" in t or (dm := find_date(t, langs=langs)) is None:
        return None
    return dm if not t[: dm.start].strip(" ,.") and not t[dm.end :].strip(" ,.") else None


def _may_open_message(t: str) -> bool:
    """False for a line no format's pattern can match: one test of its first characters per
    line, far cheaper than the patterns (most lines of most pages fail it)."""
    if not t:
        return False
    first = t[0] if t[0] != _MARK else t[1:2]
    if first == "[":
        return True
    if first in _DIGITS:  # a numeric date: a separator after its first number
        return any(sep in t[1:5] for sep in _DATE_SEPARATORS)
    return ", [" in t[:_PREFIX_REACH]


def _written_when(m: re.Match[str]) -> bool:
    """A stamp with seconds, or minutes off the quarter hours: when someone wrote, not when a
    meeting starts (a programme's "03/12/2026, 19:00 - Talk: …" is on the hour)."""
    return bool(m.group("sec")) or int(m.group("min")) % 15 != 0


def _stamp_days(stamps: list[re.Match[str]], langs: tuple[str, ...]) -> list[date | None]:
    """The day of each stamp. Numeric stamps are read in the one order (day-first or
    month-first) that makes every stamp a real date, the messages in order of time; when both
    do, month-first for an English page with a 12-hour clock (as US phones write), else
    day-first."""
    numeric = [_numbers(m) for m in stamps]
    orders = ("dmy", "mdy")
    if any(m.group("sep") == "." for m in stamps if m.group("a")):
        orders = ("dmy",)
    read = {o: [_numeric_day(n, o) if n else None for n in numeric] for o in orders}
    fit = [o for o in orders if _fits(read[o], numeric)]
    if len(fit) > 1:
        twelve = langs[0] == "en" and any(m.group("ap") for m in stamps)
        fit = ["mdy" if twelve else "dmy"]
    order = fit[0] if fit else orders[0]
    days = read[order]
    for k, m in enumerate(stamps):
        if words := m.groupdict().get("words"):
            dm = find_date(words, langs=langs)
            if dm is not None and dm.year is not None:
                days[k] = _day(dm.year, dm.month, dm.day)
    return days


def _numbers(m: re.Match[str]) -> tuple[int, int, int, bool] | None:
    """A numeric stamp's year and its other two numbers as written, and whether it is ISO
    ("2026-12-03": year, month, day, whatever the page's order)."""
    if not m.group("a"):
        return None
    a, b, c = m.group("a"), m.group("b"), m.group("c")
    if len(a) == 4:
        return int(a), int(b), int(c), True
    return int(c) + (2000 if len(c) == 2 else 0), int(a), int(b), False


def _numeric_day(numbers: tuple[int, int, int, bool], order: str) -> date | None:
    year, x, y, iso = numbers
    return _day(year, y, x) if order == "dmy" and not iso else _day(year, x, y)


def _fits(days: list[date | None], numeric: list[tuple[int, int, int, bool] | None]) -> bool:
    read = [d for d, n in zip(days, numeric, strict=True) if n is not None]
    return all(d is not None for d in read) and all(
        a <= b
        for a, b in zip(read, read[1:], strict=False)  # type: ignore[operator]
    )


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def chat_campaigns(
    chat: Chat, campaigns: list[Campaign], meetings: list[Meeting]
) -> tuple[list[Campaign], set[int]]:
    """A chat's campaigns: the first (the conversation's), and those whose heading is in the
    same message as one of their meetings (a message that names a series, then its dates).
    Chatter read as a heading ("👍", "Recuerden que la cuota…") is not a campaign: its
    meetings go to the campaign before it. Returns the campaigns kept and the lines of those
    dropped (their warnings go with them)."""
    kept: list[Campaign] = []
    dropped: set[int] = set()
    renamed: dict[str, str] = {}
    for c in campaigns:
        own = chat.message_at(c.source_line)
        if kept and not any(
            m.campaign == c.title and chat.message_at(m.source_line) == own for m in meetings
        ):
            renamed[c.title] = renamed.get(kept[-1].title, kept[-1].title)
            dropped.add(c.source_line)
            continue
        kept.append(c)
    for m in meetings:
        if m.campaign in renamed:
            m.campaign = renamed[m.campaign]
    return kept, dropped


# A meeting moved to another day, in a message: a verb that says so, and the new date after
# the old one, right after a word that points to it ("moved to", "verschoben auf den",
# "reporté au", "se pasa al").
_MOVE_VERB = re.compile(
    r"\b(?:moved?|moves|rescheduled|postponed|brought\s++forward|verschoben|verlegt|"
    r"report[ée]e?|d[ée]plac[ée]e?|avanc[ée]e?|d[ée]cal[ée]e?|pasa|cambia|posterga|"
    r"traslada|mueve|aplaza|cambiad[oa]|pasad[oa])\b",
    re.IGNORECASE,
)
_TO_NEW_DATE = re.compile(
    r"\b(?:to|until|till|for|auf(?:\s++den)?|au|à|al|para\s++el)\s*+(?:the\s++|le\s++|el\s++)?$",
    re.IGNORECASE,
)


def moved_dates(text: str, langs: tuple[str, ...]) -> tuple[DateMatch, DateMatch] | None:
    """The old date and the new one, when ``text`` says a meeting moves from the one to the
    other ("the 10 December meeting is moved to Thursday 17 December", "Das Treffen am 10.
    Dezember wird auf den 17. Dezember verschoben", "la reunión del jueves 10 de diciembre se
    pasa al jueves 17"); exactly two dates, else None."""
    if _MOVE_VERB.search(text) is None:
        return None
    old = find_date(text, langs=langs)
    if old is None:
        return None
    rest = text[old.end :]
    new = find_date(rest, langs=langs)
    if new is None or find_date(rest[new.end :], langs=langs) is not None:
        return None
    if _TO_NEW_DATE.search(rest[max(0, new.start - 16) : new.start]) is None:
        return None
    shift = old.end
    return old, DateMatch(
        new.start + shift, new.end + shift, new.month, new.day, new.year, new.weekday
    )


# A meeting held online instead, in a message: "We will hold it ONLINE instead, same day, 3pm",
# "we'll do it on Zoom instead", "findet stattdessen online statt", "se hará en línea en su
# lugar", "aura lieu en ligne à la place". An online word and an "instead" word, in either order.
_ONLINE_WORD = re.compile(
    r"\b(?:online|zoom|google\s++meet|jitsi|teams|webinar|virtual(?:ly)?|en\s++ligne|"
    r"en\s++l[ií]nea|por\s++videollamada)\b",
    re.IGNORECASE,
)
_INSTEAD = re.compile(
    r"\b(?:instead|stattdessen|statt\s++dessen|[àa]\s++la\s++place|en\s++su\s++lugar|"
    r"en\s++cambio)\b",
    re.IGNORECASE,
)
_INSTEAD_REACH = 60  # characters between the online word and the "instead" word


def moved_online(text: str, langs: tuple[str, ...]) -> tuple[DateMatch, TimeMatch | None] | None:
    """The date of the meeting a message says is held online instead ("The UNILAG meeting of
    Saturday 5 December is CANCELLED … We will hold it ONLINE instead, same day, 3pm"), and
    the time it gives after the online word, if any; one date only, else None."""
    if (iw := _INSTEAD.search(text)) is None:
        return None
    lo = max(0, iw.start() - _INSTEAD_REACH)
    ow = _ONLINE_WORD.search(text, lo, iw.end() + _INSTEAD_REACH)
    day = find_date(text, langs=langs) if ow is not None else None
    if day is None or find_date(text[day.end :], langs=langs) is not None:
        return None
    at = min(ow.start(), iw.start())
    tm = find_times(text[at : at + 2 * _INSTEAD_REACH])
    return day, tm


# A city's name as a chat's meetings carry it: capitalised words, a particle between them
# ("Guadalajara", "Ciudad de México", "Valparaíso"); not "Monterrey confirma 2 👇".
_CITY_NAME = re.compile(
    r"[A-ZÀ-Þ][^\W\d_]++(?:[ -](?:(?:de|del|la|el)[ -])?[A-ZÀ-Þ][^\W\d_]++){0,2}"
)


def known_city_messages(heads: list[str], meetings: list[list[Meeting]]) -> None:
    """A chat message that names, before its date, a city the chat already holds meetings in is
    held there ("Valparaíso en enero también: sábado 16 de enero …", "ah y en Guadalajara
    también hacemos mitin … el martes 26 de enero"): members write the chapter's city in their
    sentence, not as a heading. ``heads[k]`` is the text before the date of the message that
    gave ``meetings[k]``; a message naming two such cities is left as it is."""
    known = {
        name
        for built in meetings
        for m in built
        for name in (m.city, m.place)
        if name and _CITY_NAME.fullmatch(name)
    }
    if not known:
        return
    for head, built in zip(heads, meetings, strict=True):
        if not head or all(m.city for m in built):
            continue
        named = {c.group(0) for c in _CITY_NAME.finditer(head) if c.group(0) in known}
        if len(named) != 1:
            continue
        (city,) = named
        for m in built:
            m.city = m.city or city


# A chapter's channel name: the group's short name in capitals, then its town ("IYSSE Hamburg",
# "SGP Leipzig", "IYSSE Buenos Aires"), or a chapter's word before it ("Ortsgruppe Bremen",
# "Section de Lyon", "Sección Rosario", "Branch Leeds").
_CHANNEL_TOWN = re.compile(
    r"(?:[A-Z]{2,6}\s|(?i:ortsgruppe|section(?:\sde)?|secci[óo]n(?:\sde)?|branch|chapter)\s)"
    r"(?P<town>[A-ZÀ-Þ][^\W\d_]++(?:[ -](?:(?:de|del|la|am|an\sder|sur)[ -])?[A-ZÀ-Þ][^\W\d_]++){0,2})"
)


@lru_cache(maxsize=8)
def _country_names(lang: str) -> frozenset[str]:
    """Country names in ``lang`` and English, folded (CLDR): "Argentina", "Deutschland"."""
    names = {*Locale("en").territories.values(), *Locale.parse(lang).territories.values()}
    return frozenset(n.casefold() for n in names)


# The group's name in the system message a chat export opens with: 'created community "SEP
# Sheffield & South Yorkshire"', 'hat die Gruppe „IYSSE Leipzig“ erstellt', 'a créé le groupe
# « Section de Lyon »', 'creó el grupo "IYSSE Rosario"'. The name runs to its closing quote.
_GROUP_CREATED = re.compile(
    r"\b(?:created|hat|a\s++cr[ée][ée]|cre[óo])\s++(?:the\s++|die\s++|le\s++|la\s++|el\s++)?"
    r"(?:group|community|gruppe|groupe|communaut[ée]|grupo|comunidad)\s++"
    r"[\"“„«]\s*+(?P<name>[^\"“”„«»\n]{2,60})[\"”“»]",
    re.IGNORECASE,
)


def _group_name(chat: Chat) -> str | None:
    """The name a chat's group was created with, from its system message (no sender)."""
    for m in chat.messages:
        t = m.text
        if m.sender or not ('"' in t or "“" in t or "„" in t or "«" in t):
            continue
        if (g := _GROUP_CREATED.search(t)) is not None:
            return g.group("name").strip()
    return None


def channel_town(chat: Chat, langs: tuple[str, ...]) -> str | None:
    """The town a channel's name gives, when one sender posts every message and names a
    chapter ("IYSSE Hamburg, [20.11.2026 18:05]" on each post: Hamburg), or the group's own
    name does ('created community "SEP Sheffield & South Yorkshire"': Sheffield); not a
    country's chapter ("IYSSE Argentina"), nor a group of members."""
    senders = {m.sender for m in chat.messages}
    if len(senders) == 1 and len(chat.messages) >= 2:
        cm = _CHANNEL_TOWN.fullmatch(senders.pop())
    else:
        cm = _CHANNEL_TOWN.match(name) if (name := _group_name(chat)) else None
    if cm is None:
        return None
    if cm.group("town").casefold() in _country_names(langs[0]):
        return None
    return cm.group("town")


def _postcode_named(m: Meeting) -> bool:
    """Whether the meeting's venue, room or address, to its first sentence's end, gives a town with
    its postcode, or a postcode of letters and digits ("Doncaster Central Library" /
    "Waterdale, DN1 3JE. Room TBC …", "Princes Way, BD1 1NN"): the place of another town."""
    for text in (m.venue, m.room, m.address):
        if text and _DIGIT_CHARS.intersection(text):
            head = text.split(". ", 1)[0]
            if postal_place(head) is not None:
                return True
            last = head.rsplit(",", 1)[-1].strip()
            if not last.isdecimal() and any(f.code.fullmatch(last) for f in postal_forms()):
                return True
    return False


_DIGIT_CHARS = frozenset("0123456789")


def channel_meetings(town: str, meetings: list[Meeting]) -> int:
    """A meeting a chapter's channel posts that names no town and no postcode of its own, and
    is not held online, is held in the chapter's town: how many were given it. A
    meeting in another town of the chat ("Doncaster Central Library, Waterdale, DN1 3JE") is
    not given the chapter's."""
    given = 0
    for m in meetings:
        if m.city or m.postal_code or m.online or _postcode_named(m):
            continue
        m.city = town
        given += 1
    return given
