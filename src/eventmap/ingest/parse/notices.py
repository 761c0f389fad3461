"""Passes over the built meetings: shared places, 'same place', repeats, status notices and chats."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from datetime import date
from operator import attrgetter

from eventmap.ingest import asof, calendar
from eventmap.ingest.chat import (
    Chat,
    Message,
    moved_dates,
    moved_online,
)
from eventmap.ingest.parse.anchors import _NEAR, _Anchor
from eventmap.ingest.parse.details import _NO_TIME
from eventmap.ingest.parse.lexicon import (
    _CANCELLED,
    _CANCELLED_STEMS,
    _LETTERS,
    _POSTPONED,
    _POSTPONED_STEMS,
    _SIGNUP,
    _SIGNUP_STEMS,
    _STATUS_STEMS,
    BLANK,
    PROSE,
    _Context,
    _day_words,
    _note_title,
    _warn,
)
from eventmap.ingest.parse.lines import _PAST_HEADING, _SECTION_HEAD_LEN
from eventmap.ingest.parse.meetings import _BLOCK_FIELDS, _HEADING_FIELDS, _PLACE_FIELDS, _next_line
from eventmap.ingest.parse.segments import _Span
from eventmap.ingest.text import (
    Line,
    contains_any,
)
from eventmap.ingest.when import (
    find_date,
    find_times,
    match_after_spaces,
    resolve_year,
)
from eventmap.model import Meeting, ParseWarning


def _share_between_date_lines(
    spans: list[_Span], per_span: list[list[Meeting]], lines: list[Line]
) -> None:
    """Date lines one under the other share what is written once for them all: the venue block
    under the last one ("Thursday 7 March" / "Friday 8 March" / venue, street, town) and the
    heading above the first ("Leeds" / "Tuesday, April 16" / "Wednesday, April 17")."""
    block = [bool(s.details) for s in spans]  # a venue block under it, or shared with it
    for k in range(len(spans) - 2, -1, -1):  # from the last, so a run of three shares the block
        a, b = spans[k], spans[k + 1]
        if a.details or a.anchor.inline_head or b.header or not _next_line(lines, a, b):
            continue
        if not block[k + 1]:  # "Tuesday 11 March – AGM, Council Chamber": that line's own
            continue
        donor = per_span[k + 1][0]
        if donor.status in ("cancelled", "postponed") and any(
            m.date == donor.date for m in per_span[k]
        ):
            continue  # "Dates: … and 2 March" / "Update: the session on 2 March is cancelled,
            # as the hall is needed for …": a notice of one of its dates, no venue block
        for m in per_span[k]:
            # A line with a venue of its own ends the run, and so does one held online.
            if m.venue is None and m.address is None and not m.online:
                block[k] = True
                for name in _BLOCK_FIELDS:
                    if getattr(m, name) is None:
                        setattr(m, name, getattr(donor, name))
                m.links = list(dict.fromkeys([*m.links, *donor.links]))
    # Only what a heading gave: a line's own title or a sentence's campus stays its own.
    headed = [bool(s.header or s.anchor.place_head) for s in spans]
    for k in range(1, len(spans)):
        a, b = spans[k - 1], spans[k]
        if b.header or b.anchor.inline_head or not _next_line(lines, a, b):
            continue
        if (a.details and b.details) or not headed[k - 1]:
            continue
        headed[k] = True
        donor = per_span[k - 1][0]
        for m in per_span[k]:
            if m.place is None and m.campus is None:
                for name in _HEADING_FIELDS:
                    if getattr(m, name) is None:
                        setattr(m, name, getattr(donor, name))


# "Saturday 9 January, same time and place", "gleiche Zeit, gleicher Ort", "même heure, même
# lieu", "misma hora y lugar": a date that takes the time and/or the place of the meeting above.
_SAME_WORD = r"(?:same|gleiche[rnms]?|selbe[rnms]?|m[êe]mes?|mism[oa]s?)"
_SAME_AS_BEFORE = re.compile(
    rf"\b{_SAME_WORD}\s++(?P<nouns>[^\W\d_]++(?:\s*+(?:,|&|/|and|und|et|y|e)\s*+"
    rf"(?:{_SAME_WORD}\s++)?[^\W\d_]++)?)",
    re.IGNORECASE,
)
_SAME_STEMS = ("same", "gleiche", "selbe", "même", "meme", "mism")
_TIME_NOUNS = frozenset({"time", "times", "hour", "zeit", "uhrzeit", "heure", "horaire", "hora",
                         "horario"})  # fmt: skip
_PLACE_NOUNS = frozenset({"place", "venue", "location", "room", "ort", "raum", "lieu", "endroit",
                          "salle", "lugar", "sitio", "local", "sala"})  # fmt: skip
_SAME_REASON = "{!r} says {!r}: read with the time and place of the meeting at line {}"
# What the words point to, right after them: a reminder in brackets ("mismo lugar (FHCE, salón
# 11)": the earlier meeting whose place names it) or a meeting before ("as last week", "wie
# letzte Woche", "que la semaine dernière", "que la semana pasada": the one a week or more back).
_SAME_REFERENCE = re.compile(
    r"(?<!\s)(?:\s*+\((?P<hint>[^()]{1,80})\)"  # starts where spaces start: linear search
    r"|\s++(?:as|like|wie|que|comme)\s++(?P<ref>[^\W\d_][^\d,;.()]{0,40}?)(?=\s*+(?:[,;.)]|$)))",
    re.IGNORECASE,
)
_WEEK_WORDS = frozenset({"week", "woche", "semaine", "semana"})


def _same_place_donor(
    m: Meeting, before: list[Meeting], prev: Meeting, ref: re.Match[str] | None
) -> Meeting | None:
    """The earlier meeting whose place "same place" means: the one whose place names the
    reminder in brackets (None when none does: the brackets then give a place of its own), the
    latest a week or more back for "as last week", else the meeting above."""
    if ref is None:
        return prev
    if hint := ref.group("hint"):
        parts = [p.strip().casefold() for p in hint.split(",") if len(p.strip()) >= 3]
        for o in reversed(before):
            # the title too: a venue's line may have been read as the meeting's title
            text = " ".join(getattr(o, f) or "" for f in ("title", "place", *_BLOCK_FIELDS))
            text = text.casefold()
            if parts and any(p in text for p in parts):
                return o
        return None
    words = {w.casefold() for w in _LETTERS.findall(ref.group("ref"))}
    if words & _WEEK_WORDS and m.date:
        day = date.fromisoformat(m.date)
        back = [o for o in before if (day - date.fromisoformat(o.date)).days >= 7]
        return back[-1] if back else prev
    return prev


def _same_as_before(
    spans: list[_Span],
    per_span: list[list[Meeting]],
    lines: list[Line],
    ctx: _Context,
    langs: tuple[str, ...],
) -> None:
    """A date line that says it is at the same time and/or place as the meeting above it takes
    them from that meeting (the words are no venue of its own), with a note."""
    prev: Meeting | None = None
    before: list[Meeting] = []
    for span, built in zip(spans, per_span, strict=True):
        tail, own_line = _same_words_line(span, lines)
        same = (
            _SAME_AS_BEFORE.search(tail)
            if prev is not None and contains_any(tail.lower(), _SAME_STEMS)
            else None
        )
        nouns = {w.casefold() for w in _LETTERS.findall(same.group("nouns"))} if same else set()
        if same and prev and nouns & (_TIME_NOUNS | _PLACE_NOUNS):
            ref = match_after_spaces(_SAME_REFERENCE, tail, same.end(), same.start())
            own = [v.casefold() for f in ("place", *_BLOCK_FIELDS) if (v := getattr(built[0], f))]
            if (
                ref
                and ref.group("hint")
                and own
                and not any(same.group(0).casefold() in v for v in own)
            ):
                ref = None  # "same time and place (7.30pm, Community Room)": read as written
            donor = _same_place_donor(built[0], before, prev, ref) if nouns & _PLACE_NOUNS else prev
            said = tail[same.start() : ref.end()] if ref and donor else same.group(0)
            line = lines[span.anchor.index]
            # the line's dates share its words ("martes 12 y martes 26 de enero, mismo lugar"),
            # but for a move's new date "misma hora" is the moved meeting's (read by the move)
            moves = len(built) > 1 and moved_dates(line.text, langs) is not None
            for m in built[:1] if moves else built:
                if own_line and donor is not None and nouns & _PLACE_NOUNS:
                    for name in ("place", *_BLOCK_FIELDS):  # its place line gives no other
                        setattr(m, name, None)
                _take_same(m, said, nouns, donor or prev, donor)
            if built[0].start_time:  # the time came from the meeting before: no "time TBA"
                ctx.warnings[:] = [
                    w for w in ctx.warnings if w.line != line.number or w.reason != _NO_TIME
                ]
            source = (donor or prev).source_line
            _warn(ctx, line, _SAME_REASON.format(line.text, said, source), built[0].source_line)
        before.extend(o for o in built if o.date)
        prev = built[-1] if built and built[-1].date else prev


_SAME_LINE = 60  # characters of a place line under the date that says "same place"


def _same_words_line(span: _Span, lines: list[Line]) -> tuple[str, bool]:
    """Where the entry says "same place": its date line, or its place line under it ("📍
    gleicher Ort", "Where: same place", "Lieu : même lieu", "Lugar: el mismo lugar"); and
    whether that place line says nothing else (the entry's other lines are then no place)."""
    tail = span.anchor.tail
    if contains_any(tail.lower(), _SAME_STEMS):
        return tail, False
    for d in span.details[:2]:
        t = lines[d].text
        if len(t) <= _SAME_LINE and contains_any(t.lower(), _SAME_STEMS):
            same = _SAME_AS_BEFORE.search(t)
            return t, same is not None and not t[same.end() :].strip(" .!")
    return tail, False


def _take_same(m: Meeting, said: str, nouns: set[str], prev: Meeting, donor: Meeting | None):
    """``m`` takes the time of ``prev`` and the place of ``donor`` (none: the words name no
    earlier place) that ``said`` names ("same time and place"), unless it has its own; the
    words read as a place are not one."""
    for name in ("place", *_BLOCK_FIELDS):
        value = (getattr(m, name) or "").casefold().strip(" ,.;:()")
        if value and value in said.casefold():
            setattr(m, name, None)
    if nouns & _TIME_NOUNS and m.start_time is None and prev.start_time:
        m.start_time, m.end_time, m.time_tba = prev.start_time, prev.end_time, False
        m.tz_hint = m.tz_hint or prev.tz_hint
        m.status = "scheduled" if m.status == "tba" else m.status
    if donor is None or not nouns & _PLACE_NOUNS:
        return
    if not any(getattr(m, f) for f in ("place", *_BLOCK_FIELDS)):
        for name in ("place", *_BLOCK_FIELDS):
            setattr(m, name, getattr(donor, name))
        m.online = m.online or donor.online


_SIGNUP_REPEAT_REASON = (
    "names the day of the meeting at line {} after {!r} (signing up for it); not another meeting"
)


def _drop_signup_repeats(
    spans: list[_Span], per_span: list[list[Meeting]], lines: list[Line], ctx: _Context
) -> None:
    """A date without a time after a sign-up word on its line ("Billetterie du concert du 22
    avril", "Tickets for the 22 April concert", "Anmeldung zur Fahrt am 5. März") names the day
    of the event signed up for: when the page lists a meeting with a time on that day, the line
    is no meeting of its own (a warning says so)."""
    timed: dict[str, Meeting] = {}
    for built in per_span:
        for m in built:
            if m.date and m.start_time:
                timed.setdefault(m.date, m)
    for k, span in enumerate(spans):
        a = span.anchor
        head = a.inline_head
        if a.timed or not head or not contains_any(head.lower(), _SIGNUP_STEMS):
            continue
        su = _SIGNUP.search(head)
        if su is None:
            continue
        keep = []
        for m in per_span[k]:
            other = timed.get(m.date or "")
            if m.start_time is None and other is not None and other.source_line != m.source_line:
                why = _SIGNUP_REPEAT_REASON.format(other.source_line, su.group(0))
                _warn(ctx, lines[a.index], why)
            else:
                keep.append(m)
        per_span[k] = keep


_TEASER_REASON = (
    "{!r} names the meeting listed at line {} (the same day, given there with its time): a "
    "teaser of it, not a meeting of its own"
)
_TITLE_WORD = re.compile(r"[^\W\d_]{3,}")


def _drop_teasers(
    spans: list[_Span], per_span: list[list[Meeting]], lines: list[Line], ctx: _Context
) -> None:
    """A date without a time whose line names a meeting the page lists further down on that
    day with its time ("Next general meeting Wed 12/16 (see below)", a newsletter's preview
    text, over "General Meeting / Wednesday, December 16, 7 pm / Holy Cross Parish Hall";
    "Nächste Mitgliederversammlung am 16.12., Einzelheiten unten") is a teaser of that entry:
    no meeting of its own, warned about. Every word of the entry's title (or of the heading it
    is read under) must be on the line
    ("Members' meeting, Sat 5 March" is no teaser of "Committee meeting, Sat 5 March, 10am")."""
    untimed = [
        k
        for k, span in enumerate(spans)
        if not span.anchor.timed
        and len(per_span[k]) == 1
        and per_span[k][0].start_time is None
        and per_span[k][0].date
    ]
    if not untimed:
        return
    timed: dict[str, list[Meeting]] = {}
    for built in per_span:
        for m in built:
            if m.date and m.start_time and (m.title or m.place):
                timed.setdefault(m.date, []).append(m)
    if not timed:
        return
    starts: dict[
        str, list[int]
    ] = {}  # each day's timed meetings and their lines, in the page's order
    for day, ms in timed.items():
        ms.sort(key=attrgetter("source_line"))
        starts[day] = [o.source_line for o in ms]
    for k in untimed:
        a = spans[k].anchor
        m = per_span[k][0]
        if m.date not in timed:
            continue
        at = bisect_right(starts[m.date], m.source_line)
        if at != len(starts[m.date]) - 1:
            continue  # not exactly one timed entry on that day below the line
        later = timed[m.date][at]
        text = lines[a.index].text
        words = {w.casefold() for w in _TITLE_WORD.findall(text)}
        name = later.title or later.place or ""  # its title, or the heading it is under
        entry = {w.casefold() for w in _TITLE_WORD.findall(name)}
        if entry and entry <= words:
            _warn(ctx, lines[a.index], _TEASER_REASON.format(text, later.source_line))
            per_span[k] = []


_PROGRAMME_SLOTS = 3  # timed meetings on one day that make it a programme with breaks in it
_SLOT_BREAK_REASON = (
    "{!r} under {!r} is a break in the programme (arrival, a pause, a meal, the close); "
    "not a meeting"
)


def _slot_title(span: _Span, m: Meeting, lines: list[Line]) -> tuple[int, str] | None:
    """The line and title of a programme slot whose time stands alone on its line ("10:15 GMT"
    over "Break" over "10:15 - 10:45"): its first detail line; None for any other entry."""
    a = span.anchor
    if a.day is None or not span.details or a.inline_head:
        return None
    tm = find_times(a.tail[:40])
    if tm is None:
        return None
    rest = a.tail[tm.end :].strip()
    if m.tz_hint and rest.lower() == m.tz_hint.lower():
        rest = ""
    if rest.strip(" .,:;|–—-()"):
        return None  # the slot's title is on the time's own line (read by lines.py)
    j = span.details[0]
    return j, lines[j].text


def _drop_programme_breaks(
    spans: list[_Span], per_span: list[list[Meeting]], lines: list[Line], ctx: _Context
) -> None:
    """A programme's slot whose whole title, on the line under its time, is a break ("10:15"
    / "Break", "12:30 Uhr" / "Mittagspause", "9h00" / "Accueil café", "13:00" / "Almuerzo
    libre") is no session when its day holds other timed sessions: it is warned about. A title
    that goes on past the word ("Lunch talk: …", "Coffee with the candidates") is a session."""
    per_day: dict[str, int] = {}
    for built in per_span:
        for m in built:
            if m.date and m.start_time:
                per_day[m.date] = per_day.get(m.date, 0) + 1
    if not per_day or max(per_day.values()) < _PROGRAMME_SLOTS:
        return
    for k, span in enumerate(spans):
        built = per_span[k]
        if len(built) != 1:
            continue
        m = built[0]
        if not m.date or not m.start_time or per_day.get(m.date, 0) < _PROGRAMME_SLOTS:
            continue
        slot = _slot_title(span, m, lines)
        if slot is None or not calendar.break_slot(slot[1]):
            continue
        anchor_line = lines[span.anchor.index]
        _warn(
            ctx, anchor_line, _SLOT_BREAK_REASON.format(slot[1].strip(), anchor_line.text.strip())
        )
        per_span[k] = []


def _drop_repeated_prose(
    spans: list[_Span], per_span: list[list[Meeting]], lines: list[Line], ctx: _Context
) -> None:
    """A meeting read from a sentence ("... will hold a public meeting in Colombo on Friday,
    21 July at 3.30 p.m. at the Public Library Auditorium") that the page lists again, with the
    same date and start time and a place sharing a name, is that listed meeting: the sentence's
    copy goes, with a warning."""
    if not any(span.anchor.prose for span in spans):
        return
    listed: dict[tuple[str | None, str | None], list[Meeting]] = {}
    for span, built in zip(spans, per_span, strict=True):
        if not span.anchor.prose:
            for m in built:
                if m.date and m.start_time:
                    listed.setdefault((m.date, m.start_time), []).append(m)
    for k, span in enumerate(spans):
        if not span.anchor.prose:
            continue
        keep = []
        for m in per_span[k]:
            same_time = listed.get((m.date, m.start_time), [])
            same = next((o for o in same_time if _same_meeting(m, o)), None)
            if same is None:
                keep.append(m)
                continue
            _warn(
                ctx,
                lines[span.anchor.index],
                f"repeats the meeting at line {same.source_line} (same date, time and place)",
            )
        per_span[k] = keep


def _status_notices(
    spans: list[_Span], per_span: list[list[Meeting]], lines: list[Line], ctx: _Context
) -> None:
    """A line that says a meeting listed elsewhere on the page is cancelled or postponed ("La
    charla del 28 de marzo queda suspendida", "The talk on March 28 is cancelled"): a date of
    the line with that status and no time of its own, the date of exactly one other meeting.
    That meeting takes the status; the notice is warned about instead of becoming a second
    meeting. The line's other dates that restate a listed meeting ("… is cancelled. We meet
    again on Thursday 10 December at 7pm.") go with it."""
    if not any(m.status in ("cancelled", "postponed") for b in per_span for m in b):
        return
    by_day: dict[str, list[tuple[int, Meeting]]] = {}
    for k, built in enumerate(per_span):
        for m in built:
            if m.date:
                by_day.setdefault(m.date, []).append((k, m))
    dropped: set[int] = set()
    for k, span in enumerate(spans):
        built = per_span[k]
        if not built or span.anchor.listed or (len(built) > 1 and not span.anchor.more):
            continue
        told = [(m, o) for m in built if (o := _notice_of(m, by_day, k, dropped)) is not None]
        if not told or (len(built) > 1 and not _restates_the_rest(built, told, by_day, k)):
            continue
        line = lines[span.anchor.index]
        for m, other in told:
            other.status = m.status
            reason = (
                f"says the meeting at line {other.source_line} is {m.status}; read as its status"
            )
            _warn(ctx, line, reason)
        per_span[k] = []
        dropped.add(k)


def _notice_of(
    m: Meeting, by_day: dict[str, list[tuple[int, Meeting]]], k: int, dropped: set[int]
) -> Meeting | None:
    """The one meeting listed elsewhere on the day of ``m`` (read from line ``k``), when ``m``
    only says it is cancelled or postponed (no time of its own, or that meeting's)."""
    if m.status not in ("cancelled", "postponed") or not m.date:
        return None
    others = [o for j, o in by_day[m.date] if j != k and j not in dropped]
    if len(others) != 1 or (m.start_time and m.start_time != others[0].start_time):
        return None
    if _elsewhere(m, others[0]):
        return None  # "Concordia University" postponed, "York University" the same evening
    return others[0]


def _elsewhere(m: Meeting, other: Meeting) -> bool:
    """Whether two meetings are on two campuses (a notice's words may read as a venue or an
    address; a campus is a known place of its own)."""
    mine, theirs = (m.campus or "").casefold(), (other.campus or "").casefold()
    return bool(mine and theirs) and mine not in theirs and theirs not in mine


def _restates_the_rest(
    built: list[Meeting], told: list[tuple[Meeting, Meeting]], by_day: dict, k: int
) -> bool:
    """Whether every date of a notice's line that is no notice restates a meeting listed
    elsewhere (its day, and its time when it gives one)."""
    notices = {id(m) for m, _ in told}
    return all(
        any(
            j != k and (m.start_time is None or o.start_time == m.start_time)
            for j, o in by_day[m.date]
        )
        for m in built
        if id(m) not in notices and m.date
    )


def _message_breaks(chat: Chat, lines: list[Line]) -> list[int]:
    """The indices of the blank lines that part a chat's messages (before each message but the
    first): no heading reaches past one."""
    starts = {msg.number for msg in chat.messages}
    return [
        i
        for i, line in enumerate(lines)
        if not line.text
        and line.number in starts
        and (i == 0 or lines[i - 1].number != line.number)
    ]


def _warn_chat_prefixes(chat: Chat, ctx: _Context) -> None:
    """Each message's prefix is warned about once: it was read as when the message was written
    and who wrote it, not as a meeting, a time or a place."""
    for msg in chat.messages:
        ctx.warnings.append(
            ParseWarning(
                msg.number,
                "opens a chat message (when it was sent and who sent it); not a meeting or a place",
                msg.prefix[:200],
            )
        )


def _message_status(text: str) -> str | None:
    """``cancelled`` or ``postponed`` when a message says so, in the page's languages (not when
    it asks: "is the 12 December one cancelled?")."""
    low = text.casefold()
    if not contains_any(low, _STATUS_STEMS) or "?" in text:
        return None
    if contains_any(low, _CANCELLED_STEMS) and _CANCELLED.search(text):
        return "cancelled"
    if contains_any(low, _POSTPONED_STEMS) and _POSTPONED.search(text):
        return "postponed"
    return None


def _chat_notices(
    chat: Chat, per_span: list[list[Meeting]], ctx: _Context, langs: tuple[str, ...]
) -> None:
    """Messages that speak of a meeting announced in another message of the chat. One that
    gives its date without a time, or its date and time with a status ("is Saturday 12
    December still on?", "the 10 December one at 8pm is cancelled") mentions that meeting: it
    is no meeting of its own, and is warned about. A later one that says the meeting is
    cancelled or postponed ("⚠️ se suspende la reunión de delegados del jueves 10 de
    diciembre", "Das Treffen am 10. Dezember fällt aus") gives it that status, when the
    meeting is the only one of its date (and time, if the message gives one)."""
    moved = _chat_moves(chat, per_span, ctx, langs)
    placed = [(chat.message_at(m.source_line), m) for built in per_span for m in built if m.date]
    timed = [(j, m) for j, m in placed if m.start_time]
    gone: list[Meeting] = []
    noticed: set[int] = set()  # the messages that gave an earlier meeting its status
    for k, m in placed:
        if k in moved:
            continue
        others = [o for j, o in timed if j != k and o.date == m.date]
        if m.start_time:
            others = [o for o in others if o.start_time == m.start_time and m.status != o.status]
            if m.status == "scheduled":
                continue
        if not others:
            continue
        gone.append(m)
        earlier = [o for j, o in timed if j < k and o in others]
        status = _message_status(chat.messages[k].text) and m.status
        status = status if status in ("cancelled", "postponed") else None
        said = f"mentions the meeting at line {others[0].source_line}; not a meeting of its own"
        if status and len(earlier) == 1 and earlier[0].status == "scheduled":
            earlier[0].status = status
            noticed.add(k)
            said = (
                f"says the meeting at line {earlier[0].source_line} is {status}; read as its status"
            )
        ctx.warnings.append(ParseWarning(m.source_line, said, chat.messages[k].text[:200]))
    gone += _restated_in_notices(chat, placed, timed, noticed, gone, ctx)
    if gone:
        for built in per_span:
            built[:] = [m for m in built if not any(m is g for g in gone)]
    said_of = {chat.message_at(m.source_line) for _, m in placed} | moved
    for k, msg in enumerate(chat.messages):
        if k not in said_of:
            _unread_notice(k, msg, placed, ctx, langs)


def _restated_in_notices(
    chat: Chat,
    placed: list[tuple[int, Meeting]],
    timed: list[tuple[int, Meeting]],
    noticed: set[int],
    gone: list[Meeting],
    ctx: _Context,
) -> list[Meeting]:
    """The meetings of a message that cancels or postpones an earlier one which only restate
    another earlier meeting, its day and time ("The talk on 10 December is cancelled. See you
    on Saturday 12 December at 2pm"): mentions, no meetings of their own (warned about)."""
    out = []
    for k, m in placed:
        if k not in noticed or not m.start_time or any(m is g for g in gone):
            continue
        same = [o for j, o in timed if j < k and (o.date, o.start_time) == (m.date, m.start_time)]
        if len(same) == 1:
            out.append(m)
            said = f"mentions the meeting at line {same[0].source_line}; not a meeting of its own"
            ctx.warnings.append(ParseWarning(m.source_line, said, chat.messages[k].text[:200]))
    return out


def _chat_moves(
    chat: Chat, per_span: list[list[Meeting]], ctx: _Context, langs: tuple[str, ...]
) -> set[int]:
    """A later message that moves a meeting announced earlier to another day ("the 10 December
    meeting is moved to Thursday 17 December", "se pasa al jueves 17 de diciembre, 19 h"): the
    meeting on the old day is postponed, and the new day has it (the message's own meeting
    there, else a copy at the new date, with the time the message gives, else the old one).
    Only when one meeting of the earlier messages is on the old day. Returns the messages read
    so."""
    done: set[int] = set()
    for k, msg in enumerate(chat.messages):
        if (dates := moved_dates(msg.text, langs)) is None:
            continue
        old, new = dates
        on_old = f"-{old.month:02d}-{old.day:02d}"
        earlier = [
            m
            for b in per_span
            for m in b
            if m.date and m.date.endswith(on_old) and chat.message_at(m.source_line) < k
        ]
        if len(earlier) != 1 or earlier[0].status != "scheduled":
            continue
        was = earlier[0]
        year = new.year or resolve_year(
            new.month, new.day, new.weekday, anchor=ctx.anchor, exact_anchor=ctx.exact,
            neighbour=date.fromisoformat(was.date),
        ).year  # fmt: skip
        if year is None:
            continue
        day = f"{year}-{new.month:02d}-{new.day:02d}"
        own = [m for b in per_span for m in b if chat.message_at(m.source_line) == k]
        for b in per_span:  # the message's mention of the old day is no meeting
            b[:] = [m for m in b if not (any(m is o for o in own) and m.date != day)]
        if not (now := [m for m in own if m.date == day]):
            tm = find_times(msg.text[new.end : new.end + _NEAR + 10])
            time = (tm.start_time, tm.end_time) if tm else (was.start_time, was.end_time)
            now = [dataclasses.replace(was, date=day, start_time=time[0], end_time=time[1])]
            now[0].source_line = msg.number
            _after_line(per_span, msg.number).append(now[0])
        # Without a time of its own the message names no place of its own either ("se pasa al
        # jueves 17, misma hora y lugar"): the meeting moves as it was.
        copied = now[0].start_time is None
        for name in (*_PLACE_FIELDS, "title", "start_time", "end_time"):
            if copied or getattr(now[0], name) is None:
                setattr(now[0], name, getattr(was, name))
        now[0].status, now[0].time_tba = "scheduled", now[0].start_time is None
        was.status = "postponed"
        done.add(k)
        ctx.warnings.append(
            ParseWarning(
                msg.number,
                f"moves the meeting at line {was.source_line} to {day}: read as postponed, "
                "and as a meeting on the new day",
                msg.text[:200],
            )
        )
    return done


def _held_online_instead(
    lines: list[Line],
    told: set[int],
    per_span: list[list[Meeting]],
    ctx: _Context,
    langs: tuple[str, ...],
) -> None:
    """A later line (or chat message) that says a meeting listed above it is held online
    instead ("The UNILAG meeting of Saturday 5 December is CANCELLED … We will hold it ONLINE
    instead, same day, 3pm", "we'll do it on Zoom instead"): the listed meeting is cancelled,
    and the online one is a meeting of the same day (the line's own, else a copy at the time
    the line gives, else the listed one's). Only when one meeting above it is on that day;
    ``told`` are the indices of the lines with a date (meetings and mentions)."""
    for i in sorted(told):
        line = lines[i]
        if "nstead" not in line.text and not _INSTEAD_STEM.search(line.text):
            continue  # the cheap test first: every "instead" word holds one of these
        if (found := moved_online(line.text, langs)) is None:
            continue
        day, tm = found
        on_day = f"-{day.month:02d}-{day.day:02d}"
        dated = [m for b in per_span for m in b if m.date and m.date.endswith(on_day)]
        earlier = [m for m in dated if m.source_line < line.number]
        if len(earlier) != 1 or earlier[0].status not in ("scheduled", "cancelled"):
            continue  # (the line itself may have cancelled it: "… fällt aus, … stattdessen")
        was = earlier[0]
        now = next((m for m in dated if m.source_line == line.number), None)
        if now is not None and now.start_time is None:  # the line's mention of the day
            for b in per_span:
                b[:] = [m for m in b if m is not now]
            now = None
        if now is None:
            time = (tm.start_time, tm.end_time) if tm else (was.start_time, was.end_time)
            now = dataclasses.replace(
                was, links=list(was.links), start_time=time[0], end_time=time[1],
                source_line=line.number,
            )  # fmt: skip
            for name in _PLACE_FIELDS:
                setattr(now, name, None)
            now.place = now.venue = "Online"
            _after_line(per_span, line.number).append(now)
        now.online, now.status = True, "scheduled"
        was.status = "cancelled"
        _warn(
            ctx, line, f"says the meeting at line {was.source_line} is held online instead: "
            "read as cancelled, and as an online meeting on the same day",
        )  # fmt: skip


_CHAT_PAST = (
    "{} is before {}, when a later message of the chat was sent: a meeting that took place "
    '(a message\'s "today" is the day it was sent), not one to come'
)


def _drop_chat_past(chat: Chat, per_span: list[list[Meeting]], ctx: _Context) -> None:
    """A chat's meeting on a day before a later message was sent is over: the chat went on past
    it (a message's "today" or "tonight" is the day it was sent). Not one on or after the
    page's own date, when that is known. Each is warned about."""
    after: list[date | None] = []  # the latest day a message after each message was sent
    latest: date | None = None
    for msg in reversed(chat.messages):
        after.append(latest)
        if msg.sent is not None and (latest is None or msg.sent > latest):
            latest = msg.sent
    after.reverse()
    if not any(after):
        return
    for built in per_span:
        past = []
        for m in built:
            k = chat.message_at(m.source_line) if m.date and m.source_line else -1
            later = after[k] if k >= 0 else None
            if later is None or (m.end_date or m.date) >= later.isoformat():
                continue
            if ctx.exact and m.date >= ctx.anchor.isoformat():
                continue
            past.append(m)
            text = chat.messages[k].text
            said = _CHAT_PAST.format(m.date, later.isoformat())
            ctx.warnings.append(ParseWarning(m.source_line, said, text[:200]))
        if past:
            built[:] = [m for m in built if not any(m is p for p in past)]


_INSTEAD_STEM = re.compile("statt|place|lugar|cambio", re.IGNORECASE)


def _after_line(per_span: list[list[Meeting]], number: int) -> list[Meeting]:
    """The meetings list a meeting read at line ``number`` goes in: that of the last meetings
    read above it, so the page's order stays (a move's old meeting is always above it)."""
    return next(b for b in reversed(per_span) if b and b[0].source_line <= number)


def _unread_notice(
    k: int, msg: Message, placed: list[tuple[int, Meeting]], ctx: _Context, langs: tuple[str, ...]
) -> None:
    """A message that built no meeting and says, of the one date it names, that its meeting
    is cancelled or postponed: the one meeting of an earlier message on that date (and time, if
    the message gives one) takes the status."""
    status = _message_status(msg.text)
    dm = find_date(msg.text, langs=langs) if status else None
    if dm is None or find_date(msg.text[dm.end :], langs=langs) is not None:
        return
    day = f"-{dm.month:02d}-{dm.day:02d}"
    tm = find_times(msg.text[dm.end :])
    earlier = [
        m
        for j, m in placed
        if j < k and m.date.endswith(day) and (tm is None or m.start_time == tm.start_time)
    ]
    if len(earlier) != 1 or earlier[0].status != "scheduled":
        return
    earlier[0].status = status
    ctx.warnings.append(
        ParseWarning(
            msg.number,
            f"says the meeting at line {earlier[0].source_line} is {status}; read as its status",
            msg.text[:200],
        )
    )


_PAST_UNTIMED = (
    "{} is on or before the page's own date ({}) and gives no time of day: a date the page "
    "mentions (a related article, a sign-off, a past meeting), not a meeting"
)


_PAST_WRITTEN = (
    "past: {} writes its year and is before the page's date ({}) while the page lists entries "
    "still to come: it took place, not a meeting to come"
)


_PAST_SECTION = (
    "{} is before the page's own date ({}) and under a heading of events that took place: "
    "not a meeting"
)
_KEPT_SUFFIX = "kept as a meeting"  # the end of lines._PAST_KEPT, said before the page's date
# What an event that took place links to: "Read the report", "Compte rendu : …", "Bericht",
# "Aufzeichnung ansehen", "Voir la vidéo", "Leer la crónica", "Fotos", "Slides".
_REPORT = re.compile(
    r"\b(?:report|recording|photos|slides|video|bericht|nachbericht|aufzeichnung|fotos|"
    r"compte[\s-]rendu|vid[ée]o|cr[óo]nica|grabaci[óo]n|informe)\b",
    re.IGNORECASE,
)


_REPORT_REACH = 4  # lines of an entry's paragraph searched for its report

_PAST_TOLD = (
    "{} is before the page's date ({}) and its entry says it took place ({!r}): a report of a "
    "past meeting, not one to come"
)
_PAST_PERIOD = (
    r"(?:week|weekend|month|term|semester|year|season|spring|summer|autumn|fall|winter|"
    r"woche|wochenende|monat|jahr|herbst|sommer|fr[üu]hling|fr[üu]hjahr)"
)
# What says a meeting took place, around its date: "Last term our meeting on 12 November …
# drew 60 students", "took place", "was held", "fand am 8. November statt", "im letzten
# Semester", "a eu lieu", "s'est tenue", "la semaine dernière", "tuvo lugar", "se celebró", "el
# mes pasado", and the words of a report: "recap", "Rückblick", "compte rendu", "crónica".
_TOLD_PAST = re.compile(
    rf"\blast\s++{_PAST_PERIOD}\b|\b(?:letzte[nmrs]?|vergangene[nmrs]?)\s++{_PAST_PERIOD}\b|"
    r"\b(?:took\s++place|(?:was|were)\s++held|drew\s++(?:over\s++|more\s++than\s++)?\d|"
    r"(?:came|turned)\s++out\b|recap|report\s++(?:on|from)\b|"
    r"fand\b|stattgefunden|kamen\s++(?:über\s++|mehr\s++als\s++)?\d|r[üu]ckblick|nachbericht|"
    r"a\s++eu\s++lieu|s['’]\s*+est\s++(?:tenue?s?|d[ée]roul[ée]e?s?)|compte[\s-]rendu|"
    r"(?:semaine|mois|trimestre|semestre)\s++derni(?:er|[èe]re)|l['’]\s*+an(?:n[ée]e)?\s++derni(?:er|[èe]re)|"
    r"tuvo\s++lugar|se\s++(?:celebr|realiz)[óo]|asistieron|cr[óo]nica|"
    r"(?:semana|mes|a[ñn]o|trimestre|semestre|curso)\s++pasad[oa])",
    re.IGNORECASE,
)


# A past-events heading that says its meetings were held ("Meetings held this fall", "Réunions
# tenues cet automne", "Reuniones celebradas", "Bisherige Treffen"), not only that they are past
# ("Past events": a page's tab, whose entries its readers may still count).
_HELD = re.compile(
    r"(?<!be\s)(?<!being\s)\bheld\b|\btenue?s\b|\bcelebrad[oa]s\b|\bbisherige\b|"
    r"\bstattgefundene\b|"
    # what the heading says came before the page's day: "Earlier this term", "Season so far"
    r"\bearlier\s++this\b|\bso\s++far\b|\bd[ée]j[àa]\b|\bbisher\b|\brealizad[oa]s\b",
    re.IGNORECASE,
)


def _under_held_heading(lines: list[Line], past_kept: set[int]) -> set[int]:
    """The entries kept under a past-events heading (``past_kept``, line indices) whose heading
    says its meetings were held. One pass down the page."""
    out: set[int] = set()
    held = False
    j = 0
    for i in sorted(past_kept):
        while j < i:
            t = lines[j].text
            if t and len(t) <= _SECTION_HEAD_LEN and _PAST_HEADING.match(t):
                held = _HELD.search(t) is not None
            j += 1
        if held:
            out.add(i)
    return out


def _told_past(span: _Span, lines: list[Line]) -> str | None:
    """The words of an entry (its heading, its line and its paragraph below) that say it took
    place, if any."""
    i = span.anchor.index
    end = min(len(lines), i + _REPORT_REACH)
    found = [*span.header, i]
    while i + 1 < end and lines[i + 1].text:
        i += 1
        found.append(i)
    for j in found:
        if (told := _TOLD_PAST.search(lines[j].text)) is not None:
            return told.group(0)
    return None


def _reported(span: _Span, lines: list[Line]) -> bool:
    """Whether the lines of an entry (its paragraph) point to what happened there (a report, a
    recording)."""
    i = span.anchor.index
    end = min(len(lines), i + _REPORT_REACH)
    while i < end and lines[i].text:
        if _REPORT.search(lines[i].text):
            return True
        i += 1
    return False


def _own_time(m: Meeting, a: _Anchor) -> bool:
    """Whether the meeting has a start time: its own, or that of the list it is in, unless its
    line is a letter's place and date ("Madrid, 20 de noviembre de 2026", "Berlin, den 20.
    November 2026": a town, then a date with its year and no weekday, and nothing else)."""
    if m.start_time is None:
        return False
    lt = a.list_time
    if lt is None or a.timed or (m.start_time, m.end_time) != (lt.start_time, lt.end_time):
        return True
    return not _letter_date(a)


def _list_time_only(m: Meeting, a: _Anchor) -> bool:
    """Whether the meeting's start is only the time its list states, none of its own."""
    lt = a.list_time
    return (
        lt is not None
        and not a.timed
        and (m.start_time, m.end_time) == (lt.start_time, lt.end_time)
    )


def _letter_date(a: _Anchor) -> bool:
    """A line that is only a town and a written-out date with its year, without a weekday: the
    place and day a letter or a notice was written ("Paris, le 20 novembre 2026")."""
    dm = a.date
    return (
        dm is not None
        and dm.year is not None
        and dm.weekday is None
        and not a.tail.strip(" .")
        and asof.LETTER_PLACE.match(a.inline_head) is not None
    )


def _drop_past_untimed(
    spans: list[_Span],
    per_span: list[list[Meeting]],
    lines: list[Line],
    ctx: _Context,
    day: date,
    past_kept: set[int] = frozenset(),  # type: ignore[assignment]
    dated: bool = False,
) -> None:
    """A date before the page's own date (given, or from the page: its metadata, address or
    dateline) that gives no time of day is a date the page mentions, not a meeting: a "latest
    articles" list's headline dates, "Issued by the Secretary, 20 November 2026", a sign-off
    "Madrid, 20 de noviembre de 2026", "the AGM took place on 17 November". So is one on that
    very day that writes its year (the page's date written again). So is one under a "Past
    events" heading kept there for want of a year (``past_kept``: line indices) whose lines
    point to its report or recording, its time notwithstanding: the page's date and the report
    say it took place. So is, when that date is ``dated`` (given as the day the page was read,
    or the page's own dateline: "Letzte Änderung: 09.12.2026"; not the import day) and the page
    lists entries still to come, one with a time that writes its year and is before it, even by
    a day: a term's or season's entries kept on the page ("20.10.2026   Prof. Dr. …" on a page
    of 9 December 2026). Each is warned about."""
    today = day.isoformat()
    # past entries written with their year go only beside entries still to come: a list that
    # goes on past the page's date (a lone "April 11, 2019" on a page of 2024 stays)
    coming = dated and any(m.date and m.date >= today for built in per_span for m in built)
    gone: set[int | None] = set()  # the lines of the meetings dropped: their warnings go too
    held = _under_held_heading(lines, past_kept) if dated and past_kept else set()
    for k, span in enumerate(spans):
        built = per_span[k]
        if not built or span.anchor.date is None:
            continue
        keep = []
        for m in built:
            past = m.date is not None and (
                m.date < today or (m.date == today and span.anchor.date.year is not None)
            )
            kept_past = span.anchor.index in past_kept and _reported(span, lines)
            written = (
                coming
                and m.date is not None  # "31/02/2027" is no date
                and m.date < today
                and span.anchor.date.year is not None
            )
            # without its year only when the page's date is known and the entry says so
            told = (
                dated
                and past
                and span.anchor.date.year is None
                and (
                    (span.anchor.index in held and "under a heading of meetings held")
                    or _told_past(span, lines)
                )
            )
            # a past date whose only time is the list's, on a page that lists dates still to
            # come: the list's record of sessions held ("Sesiones del ciclo 2026")
            listed = coming and _list_time_only(m, span.anchor)
            if (
                not past
                or (m.end_date or "") >= today
                or (
                    _own_time(m, span.anchor)
                    and not kept_past
                    and not written
                    and not told
                    and not listed
                )
            ):
                keep.append(m)
                continue
            line = lines[span.anchor.index]
            if kept_past:
                ctx.warnings[:] = [
                    w
                    for w in ctx.warnings
                    if w.line != line.number or not w.reason.endswith(_KEPT_SUFFIX)
                ]
                _warn(ctx, line, _PAST_SECTION.format(m.date, today))
                continue
            if told and not written and _own_time(m, span.anchor):
                ctx.warnings[:] = [
                    w
                    for w in ctx.warnings
                    if w.line != line.number or not w.reason.endswith(_KEPT_SUFFIX)
                ]
                _warn(ctx, line, _PAST_TOLD.format(m.date, today, told))
                continue
            past_timed = written and _own_time(m, span.anchor)
            _warn(ctx, line, (_PAST_WRITTEN if past_timed else _PAST_UNTIMED).format(m.date, today))
        if len(keep) != len(built):
            per_span[k] = keep
            if not keep:
                gone.add(built[0].source_line)
    if gone:
        ctx.warnings[:] = [w for w in ctx.warnings if w.meeting_line not in gone]


_NAME_WORD = re.compile(r"\b[A-ZÀ-Þ][^\W\d_]{3,}")


def _drop_listed_again(
    spans: list[_Span], per_span: list[list[Meeting]], lines: list[Line], ctx: _Context
) -> None:
    """A meeting with no title of its own that repeats an earlier one's date, start time and
    place (a sidebar's "Próximas citas" / "Upcoming" list: "• Mar. 1 dic. · 18:30 h" /
    "Universidad Autónoma de Madrid") is that meeting listed again: it goes, with a warning.
    Its place (it may have none) must say less than the earlier one's, every word of it there:
    "Room 2" is no repeat of "Room 1", and an entry listed twice word for word stays twice (the
    tour report flags it as a duplicate); an online meeting at the same time is no repeat."""
    # the earlier meetings of each date and time, one per set of place words: a page that
    # lists one place a thousand times at one hour is compared with one set, not a thousand
    seen: dict[tuple[str, str], dict[frozenset[str], Meeting]] = {}
    # the meetings not yet compared, by date and time: their words are read only when a meeting
    # with no title of its own at that date and time needs them (most have a title)
    pending: dict[tuple[str, str], list[Meeting]] = {}
    for k, span in enumerate(spans):
        keep = []
        for m in per_span[k]:
            key = (m.date or "", m.start_time or "")
            same = None
            if m.date and m.start_time and m.title is None and m.status == "scheduled":
                words = _place_words(m)  # none: a list's line that gives only the date and time
                sets = seen.setdefault(key, {})
                for o in pending.pop(key, ()):
                    sets.setdefault(frozenset(_place_words(o)), o)
                same = next((o for w, o in sets.items() if words < w and not m.online), None)
            if same is None:
                keep.append(m)
                pending.setdefault(key, []).append(m)
                continue
            _warn(
                ctx,
                lines[span.anchor.index],
                f"lists the meeting at line {same.source_line} again (same date, time and place)",
            )
        per_span[k] = keep


_SUMMARY_MIN = 3  # one-line entries in a row that can be a programme's summary


def _drop_summary_list(
    spans: list[_Span], per_span: list[list[Meeting]], lines: list[Line], ctx: _Context
) -> None:
    """A programme's summary at its top, one line per entry on consecutive lines ("AGENDA EN
    BREF" / "mardi 12.01.2027, 20h15   Conférence – Les indiennes à Neuchâtel" / …), then each
    entry again in full below it, with its venue and address: the summary's entries go, with a
    warning, when most of them (three at least) are given again in full on the same date (at the
    same time where both give one); an entry of the summary given nowhere else stays."""
    runs: list[list[int]] = []
    run: list[int] = []
    for k, span in enumerate(spans):
        one_line = not span.details and not span.header and not span.pre and len(per_span[k]) == 1
        if one_line and run and spans[run[-1]].anchor.index + 1 == span.anchor.index:
            run.append(k)
            continue
        if len(run) >= _SUMMARY_MIN:
            runs.append(run)
        run = [k] if one_line else []
    if len(run) >= _SUMMARY_MIN:
        runs.append(run)
    for run in runs:
        full: dict[str, list[Meeting]] = {}
        for k in range(run[-1] + 1, len(spans)):
            if spans[k].details:
                for m in per_span[k]:
                    if m.date:
                        full.setdefault(m.date, []).append(m)
        twins = {
            k: o
            for k in run
            for m in per_span[k][:1]
            if m.date
            and (
                o := next(
                    (
                        o
                        for o in full.get(m.date, ())
                        if m.start_time is None
                        or o.start_time is None
                        or o.start_time == m.start_time
                    ),
                    None,
                )
            )
            is not None
        }
        if len(twins) < _SUMMARY_MIN or 3 * len(twins) < 2 * len(run):
            continue
        for k, o in twins.items():
            _warn(
                ctx,
                lines[spans[k].anchor.index],
                f"a summary's line: the meeting is given in full at line {o.source_line}",
            )
            per_span[k] = []


_PLACE_WORD = re.compile(r"[^\W_]++")


def _place_words(m: Meeting) -> set[str]:
    text = " ".join(str(v) for v in (m.venue, m.room, m.city, m.place, m.campus, m.address) if v)
    return set(_PLACE_WORD.findall(text.casefold()))


def _same_meeting(m: Meeting, o: Meeting) -> bool:
    if (m.date, m.start_time) != (o.date, o.start_time):
        return False
    mine = " ".join(str(v) for v in (m.venue, m.room, m.city, m.place, m.campus) if v)
    theirs = " ".join(str(v) for v in (o.venue, o.room, o.city, o.place, o.campus) if v)
    return bool(set(_NAME_WORD.findall(mine)) & set(_NAME_WORD.findall(theirs)))


# The rule over an older message in a reply, dashes stripped: Outlook's and its translations.
_QUOTE_RULES = frozenset({
    "original message", "ursprüngliche nachricht", "original-nachricht", "originalnachricht",
    "message d'origine", "message d’origine", "message original", "mensaje original",
    "oorspronkelijk bericht", "messaggio originale",
})  # fmt: skip
# "On Fri, 27 Nov 2026 at 09:10, Tom <tom@x> wrote:", "Am 05.11.2026 um 09:15 schrieb Sabine:",
# "Le 5 nov. 2026 à 09:15, Marie a écrit :", "El jue, 5 nov 2026, Ana escribió:".
_WROTE = re.compile(r"\b(?:wrote|schrieb|a\s++[ée]crit|escribi[óo]|schreef|ha\s++scritto)\b", re.I)
# The fields under the rule: "Von: …", "Sent: …", "Objet : …", "Asunto: …".
_QUOTE_FIELD = re.compile(
    r"(?:from|sent|to|cc|date|subject|von|gesendet|an|datum|betreff|de|envoy[ée]|[àa]|objet|"
    r"date|enviado|para|asunto|fecha)\s*+:",
    re.IGNORECASE,
)
_QUOTE_HEADER_LEN = 240
_QUOTED_REASON = "{!r} is quoted from an older message ({!r}): what it said then, not a meeting"
_REPLY_HEADER_REASON = (
    "{!r} opens an older message quoted in a reply: when it was written, not a meeting"
)


def _reply_header(text: str) -> bool:
    """Whether a line opens an older message quoted in a reply."""
    if len(text) > _QUOTE_HEADER_LEN:
        return False
    if text.startswith("--") and text.strip("-– ").lower() in _QUOTE_RULES:
        return True
    return text.endswith(":") and _WROTE.search(text) is not None


def _drop_quoted_mail(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """The lines of an older message quoted in a reply or a digest ("> die nächste Sitzung ist
    am 12.11.", "> I heard the library closes from 19 December"), under the line that opens it
    ("On … wrote:", "-----Ursprüngliche Nachricht-----" and its fields), say what that message
    said then: their dates are no meetings, each warned about. Only the lines marked as quoted
    (">") go; an older message pasted without the marks is left to the rest of the parser."""
    header: int | None = None
    for i, line in enumerate(lines):
        t = line.text.strip()
        if _reply_header(t):
            header = i
        elif header is None:
            continue
        elif not t.startswith(">") and kinds[i] != BLANK and not _QUOTE_FIELD.match(t):
            header = None
            continue
        if i in anchors:
            unread[i] = (
                _QUOTED_REASON.format(line.text, lines[header].text.strip())
                if t.startswith(">")
                else _REPLY_HEADER_REASON.format(line.text)
            )
            del anchors[i]
            kinds[i] = BLANK


_DEADLINE_HEAD_LEN = 40
_DEADLINE_HEAD_REASON = "{!r} is under {!r}: a deadline's day, not a meeting"


def _drop_deadline_headed(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """A date without a time right under a heading that names a deadline and nothing else
    ("REDAKTIONSSCHLUSS" / "für den nächsten Gemeindebrief ist der 20. Januar.", "Copy
    deadline" / "for the spring issue is Friday 15 January.", "Date limite" / "des
    inscriptions : vendredi 15 janvier") is that deadline's: no meeting, warned about."""
    for i in [i for i, a in anchors.items() if i > 0 and not a.timed]:
        head = lines[i - 1].text.strip()
        if kinds[i - 1] == BLANK or len(head) > _DEADLINE_HEAD_LEN or i - 1 in anchors:
            continue
        if _note_title(head) == "a deadline":
            unread[i] = _DEADLINE_HEAD_REASON.format(lines[i].text, head)
            del anchors[i]
            kinds[i] = BLANK


# A heading over a list of deadlines: "DEADLINES", "Key dates", "Important dates", "Fristen",
# "Dates importantes", "Échéances", "Fechas importantes", "Plazos". Not "Termine" (meetings).
# Or over a list of days off, maybe with their year: "Public holidays 2027", "Feiertage",
# "Schließtage", "Jours fériés", "Fermetures", "Días inhábiles 2027", "Feriados".
_DEADLINE_LIST_HEAD = re.compile(
    r"^\W*+(?:(?P<due>deadlines|fristen|wichtige\s++fristen|dates\s++limites|[ée]ch[ée]ances|"
    r"fechas\s++l[íi]mite|plazos)|key\s++dates|important\s++dates|wichtige\s++daten|"
    r"dates\s++(?:importantes|cl[ée]s)|fechas\s++(?:importantes|clave)"
    r"|(?P<off>(?:public|bank|federal)\s++holidays|holiday\s++closures|closures|"
    r"closure\s++dates|days\s++off|non-working\s++days|(?:gesetzliche\s++)?feiertage|"
    r"schlie(?:ß|ss)tage|jours\s++f[ée]ri[ée]s|jours\s++de\s++fermeture|fermetures|"
    r"d[íi]as\s++(?:inh[áa]biles|festivos|feriados|no\s++laborables)|"
    r"feriados|festivos|cierres)(?:\s++\(?\d{4}\)?)?)\W*+$",
    re.IGNORECASE,
)
# Under a heading of "important dates", what makes an item a deadline: something sent, due,
# registered, notified or closing ("Envío de propuestas", "Comunicación de aceptación",
# "Registration closes", "Anmeldeschluss", "Inscriptions"), not "Christmas Fair".
_DUE_ITEM = re.compile(
    r"deadline|due\b|submi|registration|register|notification|acceptance|abstracts?\b|closes|"
    r"anmeld|einsend|abgabe|frist|schluss\b|inscri|soumission|d[ée]p[ôo]t|notification|"
    r"env[íi]o|propuesta|aceptaci[óo]n|comunicaci[óo]n\s++de|plazo|cierre|matr[íi]cula|pago|"
    r"payment|fees?\b|cotisation|beitr[äa]g",
    re.IGNORECASE,
)
# A heading over sittings closed to the public: "Nicht öffentliche Sitzungen der Kommissionen
# (zur Information)", "Closed sessions", "Séances non publiques", "Sesiones a puerta cerrada",
# "Committee meetings (not open to the public)".
_CLOSED_NOUN = (
    r"(?:sitzung(?:en)?|beratung(?:en)?|sessions?|meetings?|s[ée]ances?|sesi[óo]n(?:es)?|"
    r"reuni[óo]n(?:es)?)\b"
)
_CLOSED_LIST_HEAD = re.compile(
    # "Nicht öffentliche Sitzungen …", "Closed sessions", "Geschlossene Sitzungen"
    r"^\W*+(?:(?:nicht[\s-]*+(?:ö|oe)ffentlich\w*+|non[\s-]*+publi\w*+|closed|geschlossene?)\s++"
    + _CLOSED_NOUN
    # "Séances non publiques des commissions", "Sitzungen der Ausschüsse (nicht öffentlich)",
    # "Committee meetings (not open to the public)": the closed words end the heading, maybe
    # with whose sittings they are
    + r"|(?:[^\W\d_]++\s++){0,3}?"
    + _CLOSED_NOUN
    + r"[^()\n]{0,40}?\(?\s*+(?:nicht[\s-]*+"
    r"(?:ö|oe)ffentlich|non[\s-]*+publi(?:c|que)s?|[àa]\s++huis\s++clos|no\s++p[úu]blic[oa]s|"
    r"a\s++puerta\s++cerrada|closed\s++to\s++the\s++public|not\s++open\s++to\s++the\s++public|"
    r"in\s++camera)(?:\s++(?:des|der|de\s++la|de\s++las|de\s++los|del|of\s++the)\s++"
    r"[^\W\d_]++(?:\s++[^\W\d_]++){0,2})?\s*+\)?\s*+$)"
    # not a heading of both kinds: "Internal meetings and public events"
    r"(?![^\n]*\b(?:and|und|et|y|&)\s)",
    re.IGNORECASE,
)
_CLOSED_HEAD_LEN = (
    80  # characters: "Nicht öffentliche Sitzungen der Kommissionen (zur Information)"
)
_CLOSED_REASON = "{!r} is in the list under {!r}: a sitting closed to the public, not a meeting"
_DEADLINE_LIST_REASON = "{!r} is in the list under {!r}: a deadline's day, not a meeting"
_DAY_OFF_REASON = (
    "{!r} is in the list under {!r}: a day off (a holiday or a closure), not a meeting"
)
_SEPARATOR_CHARS = frozenset("-_=*—–·• ")


def _drop_deadline_lists(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """The dates without a time in the list under a heading of deadlines ("DEADLINES" / "Fri
    18/12/2026  Motions and nominations for the AGM to the Secretary.", "Fechas importantes" /
    "Comunicación de aceptación: 22 de enero de 2027.") are those deadlines' days: no meetings,
    each warned about; so are those under a heading of days off ("Días inhábiles 2027" / "25 y
    26 de marzo"). A timed date there stays a meeting. A line ending in a colon may lead the
    list in ("no correrán plazos los días:"). The list ends at a blank line followed by a line
    that is no date, or at the next heading."""
    heads = []
    for i, line in enumerate(lines):
        n = len(line.text)
        if not n or n > _CLOSED_HEAD_LEN or i in anchors:
            continue
        if n <= _SECTION_HEAD_LEN and (hm := _DEADLINE_LIST_HEAD.match(line.text)) is not None:
            heads.append((i, hm.group("due") is not None, hm.group("off") is not None, False))
        elif kinds[i] != PROSE and _CLOSED_LIST_HEAD.match(line.text) is not None:
            # "Nicht öffentliche Sitzungen …": none is a meeting, whatever its time
            heads.append((i, False, False, True))
    for h, due, off, closed in heads:
        head = lines[h].text.strip(" #*=-:")
        i, intro = h + 1, True
        while i < len(lines):
            t = lines[i].text
            if kinds[i] == BLANK or (len(t) >= 3 and set(t) <= _SEPARATOR_CHARS):
                i += 1  # a heading's underline ("---------"), the blank line under it
                continue
            if i in unread:
                i += 1  # "… hasta el 20 de diciembre de 2026.": warned about already
                continue
            if i not in anchors:
                if intro and t.rstrip().endswith(":"):
                    # the list's own lead-in: "Das Büro bleibt an folgenden Tagen geschlossen:"
                    i, intro = i + 1, False
                    continue
                break  # "REGULAR", "Programa": the next heading or paragraph
            intro = False
            if closed or (not anchors[i].timed and (due or off or _DUE_ITEM.search(t))):
                reason = (
                    _CLOSED_REASON if closed else _DAY_OFF_REASON if off else _DEADLINE_LIST_REASON
                )
                unread[i] = reason.format(t, head)
                del anchors[i]
                kinds[i] = BLANK
            i += 1


# A heading over opening hours, with what they are for: "HORARIO DE NAVIDAD", "Christmas opening
# hours", "Öffnungszeiten über die Feiertage", "Horaires des fêtes".
_HOURS_NOTICE = re.compile(
    r"^\W*+(?:"
    # opening hours by name: "Öffnungszeiten", "Opening hours", "Horaires d'ouverture", "Horario
    # de apertura", maybe with what they are for ("… über die Feiertage", "… des fêtes")
    r"(?:[^\W\d_]++\s++)?(?:opening\s++(?:hours|times)|[öo]ffnungszeiten|"
    r"horaires?\s++d['’]\s*+ouverture|heures\s++d['’]\s*+ouverture|"
    r"horarios?\s++de\s++(?:apertura|atenci[óo]n))"
    r"(?:\s++[^\W\d_]++){0,4}"
    # or a holiday's hours: "HORARIO DE NAVIDAD", "Christmas hours", "Horaires des fêtes"
    r"|(?:christmas|holiday|festive|summer|easter|weihnachts|feiertags|sommer)\s*+"
    r"(?:opening\s++)?(?:hours|[öo]ffnungszeiten)"
    # a shop's "trading": "Christmas trading", "Holiday trading hours", "Trading hours"
    r"|(?:(?:christmas|holiday|festive|easter|new\s++year(?:['’]s)?)\s++)?trading(?:\s++hours)?"
    r"|(?:horarios?|horaires?|[öo]ffnungszeiten)\s++(?:de|des|d['’]|du|an\s++den|über\s++die|zu)\s*+"
    r"(?:navidad|verano|semana\s++santa|fiestas|no[eë]l|f[êe]tes|[ée]t[ée]|vacances|"
    r"weihnachten|feiertage|feiertagen|ostern|sommer(?:ferien)?)"
    # or the house's own hours: "HORARIO DE LA BIBLIOTECA", "Library hours", "Horaires de la
    # médiathèque", "Öffnungszeiten der Bibliothek"
    r"|(?:horarios?|horaires?)\s++(?:de\s++la|del|de\s++l['’]|du|de\s++la|de)\s*+"
    r"(?:biblioteca|mediateca|bibliobús|centro|casa|oficina|sede|local|museo|secretar[íi]a|"
    r"biblioth[èe]que|m[ée]diath[èe]que|maison|centre|bureau|secr[ée]tariat|mus[ée]e|accueil)"
    r"(?:\s++[^\W\d_]++){0,3}"
    r"|[öo]ffnungszeiten\s++(?:der|des|unserer|unseres)\s++[^\W\d_]++"
    r"|(?:library|centre|center|office|museum|shop)\s++(?:opening\s++)?hours"
    r")\W*+$",
    re.IGNORECASE,
)
# What a line of opening hours says: the place opens or closes ("abrirán solo de 9 a 14 h",
# "geschlossen", "fermé", "closed", "open 10am to 1pm"), or only a time range after its date.
_HOURS_WORDS = re.compile(
    r"\b(?:open(?:s|ing)?|closed?|geschlossen|ge[öo]ffnet|öffnet|schlie(?:ß|ss)t|ouvert(?:e|es|ure)?|"
    r"ferm[ée]e?s?|fermeture|abr(?:e|en|ir[áa]n?|imos)|apertura|cerrad[oa]s?|cierra|"
    r"permanecer[áa]n?)\b",
    re.IGNORECASE,
)
_HOURS_REASON = "{!r} is under {!r}: opening hours, not a meeting"
# The word right after a line's time that says the place is open then: "von 8 bis 14 Uhr
# geöffnet", "de 8 h à 14 h ouverte", "de 8 a 14 h abierto".
_OPEN_AFTER_TIME = re.compile(
    r"\s*+(?:uhr\s++)?(ge[öo]ffnet|ouverte?s?|abiert[oa]s?)(?:\W|$)", re.IGNORECASE
)
_OPEN_LINE_MAX = 300  # characters of a line that states a place's hours
_OPEN_REASON = "{!r} says when a place is {!r}: opening hours, not a meeting"
_HOURS_REACH = 3  # lines under the heading that hold its hours
_HOURS_LABEL_MAX = 50  # characters of a label of hours before its colon


_HOURS_FILLER = frozenset(
    {"am", "pm", "a", "m", "p", "to", "till", "until", "from", "bis", "von", "ab", "uhr", "h", "de",
     "à", "hs", "hrs", "horas", "heures", "y", "und", "et", "and"}
)  # fmt: skip


def _only_hours(text: str) -> bool:
    """Whether a line holds only a date and a time range: "Thursday 24 December: 10am to 1pm",
    "Donnerstag, 24. Dezember: 10 bis 13 Uhr"."""
    words = _LETTERS.findall(text.casefold())
    days = _day_words()
    return bool(words) and all(w in days or w in _HOURS_FILLER for w in words)


def _drop_hours_notices(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """The dates in the paragraph right under an opening-hours heading ("HORARIO DE NAVIDAD" /
    "Los días 24 y 31 de diciembre las bibliotecas abrirán solo de 9 a 14 h", "Christmas opening
    hours" / "24 December: 10am–1pm") say when a place is open: no meetings, warned about."""
    for i in [i for i in anchors if lines[i].text.find(":", 0, _HOURS_LABEL_MAX) > 0]:
        label, _, rest = lines[i].text.partition(":")
        if _HOURS_NOTICE.match(label) and _HOURS_WORDS.search(rest):
            # "Christmas trading: closed Friday 25 and Saturday 26 December; open 12pm–5pm
            # Sunday 27 December": the hours under their label on the same line
            unread[i] = _HOURS_REASON.format(lines[i].text, label.strip())
            del anchors[i]
            kinds[i] = BLANK
    for i in list(anchors):
        t = lines[i].text
        if (
            len(t) <= _OPEN_LINE_MAX
            and (tm := find_times(t)) is not None
            and ((opened := _OPEN_AFTER_TIME.match(t, tm.end)) is not None)
        ):
            # "Unsere Cafeteria ist über die Feiertage vom 24. Dezember bis 2. Januar von 8 bis
            # 14 Uhr geöffnet.", "La cafétéria est ouverte le 24 décembre de 8 h à 14 h": hours
            unread[i] = _OPEN_REASON.format(t, opened.group(1))
            del anchors[i]
            kinds[i] = BLANK
    for h in [i for i, line in enumerate(lines) if 0 < len(line.text) <= _SECTION_HEAD_LEN]:
        t = lines[h].text
        if h in anchors or not _HOURS_NOTICE.match(t):
            continue
        for i in range(h + 1, min(len(lines), h + 1 + _HOURS_REACH)):
            if kinds[i] == BLANK:
                break
            if i in anchors and (_HOURS_WORDS.search(t2 := lines[i].text) or _only_hours(t2)):
                unread[i] = _HOURS_REASON.format(lines[i].text, t.strip())
                del anchors[i]
                kinds[i] = BLANK


# A task list's item, ticked or not: "- [ ] Book the hall for 12 May", "* [x] Saal reservieren
# bis 3. März", "[ ] Réserver la salle", "☐ Reservar la sala", "☑ Plakate drucken". What is to be
# done (or was), not a meeting; a list of meetings is not written with boxes to tick.
_TASK_BOX = re.compile(r"[-*+•]?[ \t]*+(?:\[[ xX✓✔]?\]|[☐☑☒])(?:\s|$)")
_TASK_OPENERS = frozenset("-*+•[☐☑☒")
_TASK_REASON = "{!r} is an item of a task list (a box to tick): something to do, not a meeting"


def _drop_task_items(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """The dates of a task list's items ("- [ ] Send the poster to the printer by 29 January",
    "- [ ] O-Week stalls, 10 AM–3 PM (Sydney 16–20 Feb)") are no meetings: each is warned
    about."""
    for i in list(anchors):
        t = lines[i].text.lstrip()
        if t[:1] in _TASK_OPENERS and _TASK_BOX.match(t):
            unread[i] = _TASK_REASON.format(lines[i].text)
            del anchors[i]
            kinds[i] = BLANK
