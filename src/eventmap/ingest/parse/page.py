"""The whole page: decode, prepare the lines, read them into a Listing."""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from eventmap.ingest import asof, calendar, labels
from eventmap.ingest.asof import CHAT, DATELINE, GIVEN, TODAY, AsOf, page_as_of
from eventmap.ingest.chat import (
    channel_meetings,
    channel_town,
    chat_campaigns,
    known_city_messages,
    read_chat,
)
from eventmap.ingest.feed import looks_like_feed, read_feed
from eventmap.ingest.html import looks_like_html, read_html
from eventmap.ingest.ical import looks_like_ical
from eventmap.ingest.parse.anchors import _TIME_TO_FOLLOW, _Anchor
from eventmap.ingest.parse.campaigns import (
    NO_DATE_ABOVE,
    _campaigns,
    _numeric_order,
    _page_events,
    _page_year,
    _page_years,
    _typical_date,
)
from eventmap.ingest.parse.details import (
    _NO_TIME,
    _ROOM_WORD_ENDS,
    _set_address,
    read_title_place,
)
from eventmap.ingest.parse.lexicon import (
    _CONTACT,
    _DEADLINE_NOUN,
    _DIGIT,
    ANCHOR,
    BLANK,
    CITY,
    DAY,
    OTHER,
    PROSE,
    RULE,
    _Context,
    _place_labelled,
    _warn,
)
from eventmap.ingest.parse.lines import (
    _SUBJECT_REASON,
    _calendar,
    _classify,
    _drop_badges,
    _drop_comments,
    _drop_course_heads,
    _drop_day_notes,
    _drop_day_tags,
    _drop_internal_notes,
    _drop_minutes_record,
    _drop_page_marks,
    _drop_past_sections,
    _drop_print_lines,
    _drop_programme_ranges,
    _drop_recaps,
    _drop_service_dates,
    _drop_wrapped_pending,
    _mark_name_headings,
    _merge_restated_days,
    _place_or_street,
    _ranges_under_ranges,
    _section_places,
    card_lines,
    join_date_badges,
    join_month_headings,
    join_weekday_lines,
    join_wrapped_ranges,
    print_zone,
    range_days,
    repeat_parallel_slots,
    roman_month_dates,
)
from eventmap.ingest.parse.meetings import _apply_list_place, _build_meetings, _place_values
from eventmap.ingest.parse.notices import (
    _OPEN_AFTER_TIME,
    _chat_notices,
    _drop_chat_past,
    _drop_deadline_headed,
    _drop_deadline_lists,
    _drop_hours_notices,
    _drop_listed_again,
    _drop_past_untimed,
    _drop_programme_breaks,
    _drop_quoted_mail,
    _drop_repeated_prose,
    _drop_signup_repeats,
    _drop_summary_list,
    _drop_task_items,
    _drop_teasers,
    _held_online_instead,
    _message_breaks,
    _same_as_before,
    _share_between_date_lines,
    _status_notices,
    _warn_chat_prefixes,
)
from eventmap.ingest.parse.segments import _segment, _Span, town_and_venue
from eventmap.ingest.parse.structured import calendar_listing, merge_events
from eventmap.ingest.parse.venues import (
    _ORG_WORDS,
    _PAGE_PLACE_LABEL,
    RUNNING_TIME,
    _name_over_street,
    _placelike,
    _reads_as_sentence,
    _said_venues,
    _street_line,
    _street_with_postcode,
    _title_case_words,
    _venue_kind,
    film_credits,
    name_like,
    sentence_venue,
    site_room,
)
from eventmap.ingest.parse.venues import (
    FLOOR as _FLOOR,
)
from eventmap.ingest.places import find_campus, postal_place, street_name_abroad
from eventmap.ingest.structured import StructuredEvent
from eventmap.ingest.text import (
    Line,
    decode_page,
    drop_emphasis,
    front_matter,
    is_prose,
    text_lines,
)
from eventmap.ingest.when import (
    DOORS_WORD,
    LANGUAGE_SAMPLE,
    TIME_TBA_RE,
    TimeMatch,
    date_starts_by,
    find_date,
    find_times,
    page_language,
    year_counts,
)
from eventmap.ingest.wiki import looks_like_wikitext, wiki_lines
from eventmap.model import Campaign, Listing, Meeting, ParseWarning


# Entry point ----------------------------------------------------------------------------------
def parse(
    text: str | bytes,
    *,
    as_of: date | None = None,
    today: date | None = None,
    url: str | None = None,
    last_modified: str | None = None,
    lang: str | None = None,
) -> Listing:
    """Parse a listing page. Never raises on odd input: problems become ``Listing.warnings``.

    ``as_of`` is when the page was published; it anchors the years of dates written without one.
    Without it, the page's own date anchors them (its metadata, a date in ``url``, the server's
    ``last_modified``, a dateline: see ``ingest.asof``), else the years the page mentions, else
    ``today``. ``Listing.as_of`` and ``Listing.as_of_origin`` say which day was used: store them
    and pass them back (``today=`` for the origin "today") and the dates never move.

    ``lang`` (one of ``when.LANGUAGES``) is the page's language; by default it is detected from
    the page's own words. Month and weekday names are read in it and in English.
    """
    note = None
    if isinstance(text, bytes):
        decoded = decode_page(text)
        text = decoded.text
        note = decoded.warning()
    # Parsing builds many small objects and no reference cycles: the cycle collector would only
    # rescan them (a quarter of the time on a 10 MB page), so it waits until we are done.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        listing = _parse(text, as_of, today or asof.today(), url, last_modified, lang)
    finally:
        if gc_was_on:
            gc.enable()
    if note is not None:
        listing.warnings.insert(0, note)
    return listing


_SPLIT_DATE_MAX = 30  # characters of a line that holds only the start of a date
_SPLIT_DATE_LEAD = 3  # the joined date starts within this many characters of the line


def _language_sample(lines: list[Line]) -> str:
    """The page's lines joined as far as page_language reads them (its first LANGUAGE_SAMPLE
    characters), not the whole page."""
    size, upto = 0, len(lines)
    for k, line in enumerate(lines):
        size += len(line.text) + 1
        if size > LANGUAGE_SAMPLE:
            upto = k + 1
            break
    return "\n".join(line.text for line in lines[:upto])


def _join_split_dates(lines: list[Line], langs: tuple[str, ...]) -> list[Line]:
    """A date broken over two lines, as text copied from a PDF has it ("Thursday 7th" then
    "March 2019, 7.30pm"), is joined into the first line (the line numbers stay). Only a short
    line with a weekday, a day and no date of its own, whose date the next line completes."""
    out: list[Line] = []
    copied = 0  # lines before this index are in ``out``
    short = [i for i, line in enumerate(lines) if 0 < len(line.text) <= _SPLIT_DATE_MAX]
    for i in short:
        if i < copied or i + 1 >= len(lines):  # the line went into the join above it
            continue
        line, nxt = lines[i], lines[i + 1]
        t = line.text
        if not (
            nxt.text
            and _DIGIT.search(nxt.text)
            and find_date(t, langs=langs) is None
            and date_starts_by(joined := f"{t} {nxt.text}", _SPLIT_DATE_LEAD, langs)
        ):
            continue
        dm = find_date(joined, langs=langs)
        if (
            dm is not None
            and dm.weekday is not None
            and dm.start < _SPLIT_DATE_LEAD
            and dm.end > len(t) + 1
        ):
            out += lines[copied:i]
            out.append(
                Line(line.number, joined, [*line.links, *nxt.links],
                     [*line.datetimes, *nxt.datetimes])
            )  # fmt: skip
            copied = i + 2
    out += lines[copied:]
    return out


# Labelled fields of an event card ("Date" / "Sat 5 Dec 2026", "Where: Gallery 3", a table row
# "Venue | Town Hall"), in English, German, French and Spanish: date, time and place labels.
_FIELD_LABELS = (
    ("date", labels.alternation(labels.DATE, labels.DATE_CARD)),
    ("time", labels.alternation(labels.TIMES, labels.TIMES_CARD, labels.TIME)),
    ("place", labels.alternation(labels.PLACE, labels.PLACE_CARD)),
)
_FIELD = re.compile(
    r"(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _FIELD_LABELS) + r")\s*(?:[:|]\s*(?P<value>.*))?",
    re.IGNORECASE,
)
# The most characters a field's label can match (its words have no ":", "|" or space).
_FIELD_LABEL_WIDTH = re._parser.parse(  # type: ignore[attr-defined]
    "|".join(v for _, v in _FIELD_LABELS), re.IGNORECASE
).getwidth()[1]


def _may_be_field(t: str) -> bool:
    """False only when ``_FIELD.fullmatch(t)`` fails: the first ``_FIELD_LABEL_WIDTH + 1``
    characters hold no ":" or "|" and do not end in a space, so the label would be longer than
    any (most lines, in C, without trying every label at the start)."""
    head = t[: _FIELD_LABEL_WIDTH + 1]
    return ":" in head or "|" in head or len(head.rstrip()) <= _FIELD_LABEL_WIDTH


def _field_run(lines: list[Line], i: int) -> tuple[dict[str, Line], int, int]:
    """The labelled fields from line ``i`` on, a label and its value on one line or the value on
    the next: {kind: the value as a line}, the index after the last value, and how far the scan
    looked (at least ``i + 1``). A repeated kind or any other line ends the run."""
    found: dict[str, Line] = {}
    j = end = i
    n = len(lines)
    while j < n:
        while j < n and not lines[j].text:
            j += 1
        m = _FIELD.fullmatch(lines[j].text) if j < n else None
        if m is None or (kind := next(k for k, _ in _FIELD_LABELS if m.group(k))) in found:
            break
        if value := (m.group("value") or "").strip():
            found[kind] = Line(lines[j].number, value, lines[j].links, lines[j].datetimes)
            j = end = j + 1
            continue
        k = j + 1
        while k < n and not lines[k].text:
            k += 1
        if k >= n or _FIELD.fullmatch(lines[k].text):
            break
        found[kind] = lines[k]
        j = end = k + 1
    return found, end, max(j, i + 1)


def _join_labelled_fields(lines: list[Line]) -> list[Line]:
    """An event card's labelled fields ("Date" "Sat 5 Dec 2026" "Time" "2pm" "Location" "Gallery
    3", as a definition list or label/value rows) are read as the parser reads a card: the date
    and time on one line, the place on the next, then a paragraph break. The labels are dropped,
    so a label is never a place. Only a run holding a date and a time or a place is rewritten;
    one pass, each line scanned a bounded number of times."""
    out: list[Line] = []
    i = copied = 0
    n = len(lines)
    while i < n:
        t = lines[i].text
        if not t or not _may_be_field(t) or not _FIELD.fullmatch(t):
            i += 1
            continue
        found, end, scanned = _field_run(lines, i)
        day = found.get("date")
        if day is None or len(found) < 2:
            i = scanned
            continue
        out += lines[copied:i]
        time = found.get("time")
        text = f"{day.text}, {time.text}" if time is not None else day.text
        links = [*day.links, *(time.links if time is not None else [])]
        stamps = [*day.datetimes, *(time.datetimes if time is not None else [])]
        out.append(Line(day.number, text, links, stamps))
        if (place := found.get("place")) is not None:
            out.append(place)
        out.append(Line(lines[end - 1].number, "", []))
        i = copied = end
    out += lines[copied:]
    return out


_LONE_SPEAKER_LABEL = re.compile(rf"(?:{labels.alternation(labels.SPEAKER)})\s*+:", re.IGNORECASE)


_BARE_LABEL_MAX = 20


def _next_text(lines: list[Line], i: int) -> int:
    """The index of the first line with text after line ``i`` (``len(lines)`` if none)."""
    k = i + 1
    while k < len(lines) and not lines[k].text:
        k += 1
    return k


def _join_lone_labels(lines: list[Line], langs: tuple[str, ...]) -> list[Line]:
    """A place, time or speaker label alone on its line ("Venue:", "Lieu :", "Speaker:"; a place's
    also without its colon, as a CMS's field label: "Lieu", "Veranstaltungsort") with its value
    on the next line of text, as a CMS's view writes a label's span and its value's block
    ("Venue:" / "" / "Gordon Aikman Lecture Theatre, George Square"), is one line: "Venue:
    Gordon Aikman …" on the value's line, the blank lines between dropped. A card whose labels
    include the date is read by _join_labelled_fields first."""
    out: list[Line] = []
    i = copied = 0
    n = len(lines)
    while i < n:
        t = lines[i].text.rstrip()
        if (
            len(t) <= _BARE_LABEL_MAX
            and t[-1:].isalpha()
            and _place_labelled(f"{t}: x")
            and (k := _next_text(lines, i)) < n
            and lines[k].text[:1].isupper()  # a name: not "Place" / "de la République"
            and not _reads_as_sentence(lines[k].text)
        ):
            t += " :" if langs[0] == "fr" else ":"  # a CMS's field label without its colon: "Lieu"
        if not t.endswith(":") or not (
            _LONE_SPEAKER_LABEL.fullmatch(t)
            or (
                _may_be_field(t)
                and (m := _FIELD.fullmatch(t)) is not None
                and not m.group("date")
                and not (m.group("value") or "").strip()
            )
        ):
            i += 1
            continue
        k = _next_text(lines, i)
        nxt = lines[k].text if k < n else ""
        if (
            not nxt
            or (_may_be_field(nxt) and _FIELD.fullmatch(nxt))
            or find_date(nxt, langs=langs) is not None  # "Where:" over the list's entries
        ):
            i = k
            continue
        value = lines[k]
        out += lines[copied:i]
        out.append(Line(value.number, f"{t} {value.text}", value.links, value.datetimes))
        i = copied = k + 1
    out += lines[copied:]
    return out


# A ticketing or events site's card dates its next events from the day it is seen: "Today at
# 7:00 PM", "Tomorrow · 18:00", "Morgen um 18 Uhr", "Demain à 18 h", "Mañana a las 18:00". The
# word must open the line and a time must follow it ("Mañana" alone may be the morning's session).
_RELATIVE_DAY = re.compile(
    r"(?P<day>today|tonight|tomorrow|heute|morgen|aujourd['’]hui|ce\s++soir|demain|hoy|"
    r"esta\s++noche|ma[ñn]ana)\b\s*+(?:[,·•|–—-]\s*+)?"
    r"(?:at|from|um|ab|à|dès|a\s++las?|desde\s++las?)?\s*+(?=\d)",
    re.IGNORECASE,
)
_TOMORROW = ("tomorrow", "morgen", "demain", "mañana", "manana")
_RELATIVE_LINE_MAX = 80
_RELATIVE_REASON = "{!r} read as {} (from the page's date, {})"
_SPANISH_DAYS = ("ma", "hoy", "esta")
_LAS = re.compile(r"\blas?\b", re.IGNORECASE)


def _resolve_relative_days(
    lines: list[Line], day: date, langs: tuple[str, ...]
) -> tuple[list[Line], dict[int, str]]:
    """Lines that open with "Today" or "Tomorrow" and a time, read from the page's date: the
    word becomes the ISO date; and a note for each such line (by its index) saying so. A sheet
    that dates itself on a short line above, with no time ("Sunday 6 December 2026" over "TODAY
    8.00am Holy Communion"), means that day, whatever day it was copied; else ``day``, the date
    given or the page's metadata's (or, for neither, today's)."""
    found: list[tuple[int, re.Match[str]]] = []
    for i, line in enumerate(lines):
        t = line.text
        if t and len(t) <= _RELATIVE_LINE_MAX and t[:1].isalpha():
            rm = _RELATIVE_DAY.match(t)
            if rm is not None and (tm := find_times(t[rm.end() :])) is not None and tm.start == 0:
                found.append((i, rm))
    if not found:  # most pages: no line is read twice
        return lines, {}
    above = _sheet_date(lines[: found[0][0]], langs)
    out = list(lines)
    said: dict[int, str] = {}
    for i, rm in found:
        line, word = lines[i], rm.group("day")
        if word.casefold().startswith(_SPANISH_DAYS) and not _LAS.search(line.text, 0, rm.end()):
            continue  # "Mañana 10:00 – Taller": the morning's session; "mañana a las 18:00" is not
        base = above if above is not None else day
        when = base + timedelta(days=1) if word.casefold() in _TOMORROW else base
        out[i] = Line(
            line.number, f"{when.isoformat()}{line.text[len(word) :]}", line.links, line.datetimes
        )
        said[i] = _RELATIVE_REASON.format(word, when.isoformat(), base.isoformat())
    return out, said


_SHEET_DATE_LINES = 12  # lines of text at a page's top searched for the sheet's own date


def _sheet_date(lines: list[Line], langs: tuple[str, ...]) -> date | None:
    """The first full date (with its year) on a short line without a time among the page's first
    lines of text: a sheet's own date ("PEW SHEET" / "Sunday 6 December 2026")."""
    for line in [line for line in lines if line.text][:_SHEET_DATE_LINES]:
        t = line.text
        if len(t) > _RELATIVE_LINE_MAX:
            continue
        dm = find_date(t, langs=langs)
        if dm is not None and dm.year is not None and find_times(t) is None:
            with contextlib.suppress(ValueError):
                return date(dm.year, dm.month, dm.day)
    return None


@dataclass
class _Page:
    lines: list[Line]
    markup: bool  # HTML or a feed
    published: date | None  # the date its metadata gives
    notes: list[ParseWarning]  # how it was read (a feed that is not well-formed)
    site: list[str] = field(default_factory=list)  # the names an HTML page gives its site
    events: list[StructuredEvent] = field(default_factory=list)  # stated as data (JSON-LD…)


def _read_page(text: str, url: str | None = None) -> _Page:
    """The page as lines, with what its markup says of it."""
    if looks_like_feed(text):
        feed = read_feed(text)
        return _Page(feed.lines, True, feed.published, [ParseWarning(n, r) for n, r in feed.notes])
    if looks_like_html(text):
        page = read_html(text, url)
        notes = [ParseWarning(1, n) for n in page.notes]
        notes += [
            ParseWarning(
                1, f"an event in the page's data states no start date that can be read: {n}"
            )
            for n in page.unread_events
        ]
        return _Page(page.lines, True, page.published, notes, page.site, page.events)
    if looks_like_wikitext(text):
        return _Page(wiki_lines(text), False, None, [])
    lines = text_lines(text, _dated_cell, calendar.is_header_row, _pair_header)
    fenced, published = front_matter(lines)
    for i in range(fenced):  # metadata: no line of it is the page's text
        lines[i] = Line(lines[i].number, "", [])
    return _Page(lines, False, published, [])


def _series_campaigns(meetings: list[Meeting], campaigns: list[Campaign]) -> list[Campaign]:
    """The page's campaigns, and one for each series its data names that they do not."""
    known = {c.title for c in campaigns}
    out = list(campaigns)
    for m in meetings:
        if m.campaign and m.campaign not in known:
            known.add(m.campaign)
            out.append(Campaign(title=m.campaign, source_line=m.source_line))
    return out


def _dated_cell(text: str) -> bool:
    """Whether a table's cell holds a date (its first column: a calendar's, not a programme's)."""
    return find_date(text) is not None


_PAGE_TOP = 4  # the page's first lines searched for its own venue and address
_VENUE_PARTS = re.compile(r"\s[·•|]\s|\s[–—]\s")
_PAGE_NAME_MAX = 60  # characters of a page's name over its listing
_TITLE_LINES = 3  # a meeting's detail lines searched for a title naming where it is held


# A newsletter's first line, which is no name: "View this email in your browser", "Voir cette
# lettre dans votre navigateur", "E-Mail im Browser ansehen", "Ver este correo en el navegador".
# So is a skip link: "Skip to content", "Saltar al contenido", "Aller au contenu principal".
_NOT_A_PAGE_NAME = re.compile(
    r"\b(?:browser|navigateur|navegador|webversion|web\s++version|version\s++(?:web|en\s++ligne)|"
    r"skip\s++to\s++(?:main\s++)?content|(?:saltar|ir)\s++al\s++contenido|"
    r"(?:aller|passer)\s++au\s++contenu|zum\s++inhalt|cookies?)\b",  # a cookie banner
    re.IGNORECASE,
)


# A cinema's name at the top of its own programme ("CINECLUB MUNICIPAL HUGO DEL CARRIL", "Kino
# Filmriss", "Cinéma Le Zola"): a venue's, though "Ciné-club" alone in an entry is an event.
_CINEMA = re.compile(r"\b(?:cine-?club|cin[ée]-club|cin[ée]ma|kino|filmtheater)", re.IGNORECASE)


# A site's menu written as links on one line: "[Home](/) · [Shop](/shop/) · **Events** · …".
_MENU_PARTS = re.compile(r"\s[·|•]\s")
_MD_LINK = re.compile(r"\[[^\[\]\n]{1,40}\]\([^()\s]{1,200}\)")


def _link_menu(text: str) -> bool:
    """Whether a line is a site's menu of links (three parts or more, most of them links)."""
    parts = _MENU_PARTS.split(text) if "](" in text else []
    links = sum(1 for p in parts if _MD_LINK.fullmatch(p.strip(" *")))
    return len(parts) >= 3 and 2 * links > len(parts)


def _page_top(lines: list[Line], kinds: list[str], *, past_menu: bool = False) -> list[int]:
    """The page's first lines that are not blank, up to its first date or city heading (with
    ``past_menu``, not a site's menu of links over them)."""
    # the first lines past a blank front matter ("---" / "layout: page" / … in a Markdown
    # export): its first lines that are not blank, not the first lines of the file
    start = next((i for i, k in enumerate(kinds) if k != BLANK), 0)
    top = [
        i
        for i in range(start, min(len(lines), start + 2 * _PAGE_TOP + 2))
        if kinds[i] != BLANK
        and not (i < start + 2 * _PAGE_TOP and _NOT_A_PAGE_NAME.search(lines[i].text))
        and not (past_menu and (lines[i].menu or _link_menu(lines[i].text)))
    ][:_PAGE_TOP]
    stop = next((n for n, i in enumerate(top) if kinds[i] in (ANCHOR, DAY, RULE, CITY)), None)
    return top if stop is None else top[:stop]


def _page_name(lines: list[Line], top: list[int]) -> str | None:
    """The name the page opens with ("Stadtteilzentrum Mühlenviertel", "Eastbrook Community
    Garden", "IYSSE at UC Davis"): its first line, short and no sentence."""
    if not top:
        return None
    t = lines[top[0]].text.strip()
    return t if 0 < len(t) <= _PAGE_NAME_MAX and not is_prose(t) else None


def _pair_header(text: str) -> bool:
    """Whether a line of two cells is a table's header whose rows are read by their columns
    ("Sitzung | Datum"): one that gives the columns' roles."""
    return calendar.header_roles(text) is not None


def _page_venue(lines: list[Line], kinds: list[str]) -> tuple[int, str, str, bool] | None:
    """The venue a page names at its top, before any meeting: a name on the first line, then
    its street address under it, a subtitle between them or not ("FOYLE & FINCH BOOKS" /
    "Independent booksellers since 1987 · 14 Bridge Street, Ludlow SY8 1AA", "Stadtteilzentrum
    Mühlenviertel" / "Wochenplan Dezember" / "Hansastraße 40 · Tel. …"), or both on one line
    ("Riverside Books · 221 River St, Troy, NY 12180"): (line index, name, address, whether the
    address gives its postcode and town)."""
    top = _page_top(lines, kinds, past_menu=True)
    for n, i in enumerate(top):
        if (
            _PAGE_PLACE_LABEL.match(lines[i].text)
            or _said_venues(lines[i].text.strip())
            or (
                (kinds[i] == PROSE or len(lines[i].text) > _UNLESS_SENTENCE_MIN)
                and calendar.says_unless(lines[i].text)
            )
        ):
            # "Where: …", "Les activités ont lieu à la Maison du Peuple (27 rue …)", "Sauf
            # mention contraire, les activités ont lieu dans notre salle du …": a sentence
            continue
        if _wrapped_sentence_venue(lines, kinds, i):
            continue  # "… are held at the Civic Centre," / "25 Armstrong Street South, …": the
            # sentence's street, its venue in the line above (``_intro_sentence_venue``)
        if (
            (one := _one_line_venue(lines[i].text)) is not None
            and not _kind_alone(lines[i].text)  # "TROPISMES" / "Librairie — Galerie des …"
            and not _placelike(_page_name(lines, top) or "")
        ):
            # "Kino Xenix · Kanzleistrasse 52 · 8004 Zürich · …" under "PROGRAMM": no name of
            # a venue over it, the line's own is the venue's
            return i, one[0], one[1], True
        parts = [p.strip(" ,") for p in _VENUE_PARTS.split(lines[i].text)]
        k = next((k for k, p in enumerate(parts) if _street_with_postcode(p)), None)
        full = k is not None
        if (
            k is None
            and (k := next((k for k, p in enumerate(parts) if _street_line(p)), None)) is None
        ):
            continue
        if n == 2 and top[1] == i - 1 and not _placelike(_page_name(lines, top) or ""):
            over = _VENUE_PARTS.split(lines[top[1]].text.strip(), maxsplit=1)[0].strip(" ,")
            if (
                (_placelike(over) or name_like(over))
                and not is_prose(over)
                and len(over) <= _PAGE_NAME_MAX
                and not _DIGIT.search(over)
            ):
                # "Esta es una Plaza · Huerto comunitario …" / "C/ Doctor Fourquet, 24 · 28012
                # Madrid" under a heading that names no place ("Jornadas y talleres de
                # invierno"): the line over the street names the venue
                return i, over, parts[k], full
        if n in (1, 2) and (name := _page_name(lines, top)) is not None:
            return i, _WHATS_ON_AT.sub("", name, count=1) or name, parts[k], full
        if n == 0 and k > 0 and len(parts[k - 1]) <= _PAGE_NAME_MAX and not is_prose(parts[k - 1]):
            return i, parts[k - 1], parts[k], full
        break
    return (
        _venue_line_over_listing(lines, kinds)
        or _labelled_venue_line(lines, kinds)
        or _venue_block_over_listing(lines, kinds)
        or _visit_us_block(lines)
        or _intro_sentence_venue(lines, kinds)
    )


_INTRO_LINES = 12  # lines that are not blank over the listing searched for its intro's venue
_UNLESS_SENTENCE_MIN = 60  # characters of a line that says where all is held unless stated
_DATELINE_LEN = 60  # characters of a dateline: "Castilla, 4 de enero de 2027"


def _up_to_town(address: str) -> str | None:
    """An address up to its postcode and town, without the bus lines after them ("route de
    Vessy 12, 1206 Genève, bus 11 et 21" -> "route de Vessy 12, 1206 Genève"), else None."""
    parts = address.split(",")
    return next(
        (a for k in range(len(parts), 0, -1) if postal_place(a := ",".join(parts[:k]))), None
    )


_STATT = re.compile(r"\s++statt$")
_BRACKETED_ADDRESS = re.compile(r"\s?\(([^()]{5,160}+)\)")


# A row's or an entry's pointer to its details further down: "see below", "siehe unten", "voir
# ci-dessous", "ver abajo", "details below".
_SEE_BELOW = re.compile(
    r"\b(?:see\s++(?:details\s++)?below|details\s++below|siehe\s++unten|voir\s++ci-dessous|"
    r"voir\s++plus\s++bas|ver\s++(?:m[áa]s\s++)?abajo)\b",
    re.IGNORECASE,
)
_SEE_BELOW_REASON = (
    "{!r} points to its details further down the page, where its day's meetings are read"
)


def _drop_see_below(spans: list, per_span: list[list[Meeting]], lines: list[Line], ctx) -> None:
    """A meeting without a time whose line says its details are below ("Fri., Jan. 1 | see
    below | New Year's Levees | several branches"), when meetings of that date are read from
    lines further down: those are its details; it is dropped, with a warning."""
    later: dict[str, int] = {}
    for span, built in zip(spans, per_span, strict=True):
        for m in built:
            if m.date and m.start_time is not None:
                later[m.date] = max(later.get(m.date, -1), span.anchor.index)
    for span, built in zip(spans, per_span, strict=True):
        line = lines[span.anchor.index]
        if not _SEE_BELOW.search(line.text):
            continue
        keep = [
            m
            for m in built
            if m.start_time is not None or later.get(m.date or "", -1) <= span.anchor.index
        ]
        if len(keep) < len(built):
            ctx.warnings[:] = [
                w for w in ctx.warnings if not (w.line == line.number and "TBA" in w.reason)
            ]  # no meeting's time to come: the row is no meeting
            _warn(ctx, line, _SEE_BELOW_REASON.format(line.text))
            built[:] = keep


def _wrapped(lines: list[Line], kinds: list[str], i: int) -> str:
    """Line ``i``'s text, the next line's after it when a paragraph wraps there mid-sentence
    (a PDF's text): "… finden im Landtagssaal im Landtagsgebäude," / "Peter-Kaiser-Platz 3,
    9490 Vaduz, statt. …"."""
    text = lines[i].text
    if text.endswith(",") and i + 1 < len(lines) and kinds[i + 1] not in (BLANK, ANCHOR):
        return f"{text} {lines[i + 1].text}"
    return text


def _wrapped_sentence_venue(lines: list[Line], kinds: list[str], i: int) -> bool:
    """Whether line ``i`` goes on with a sentence from the line above that names a venue."""
    return (
        i > 0
        and lines[i - 1].text.endswith(",")
        and kinds[i - 1] != BLANK
        and sentence_venue(_wrapped(lines, kinds, i - 1)) is not None
    )


def _intro_sentence_venue(lines: list[Line], kinds: list[str]) -> tuple[int, str, str, bool] | None:
    """The venue the page's intro names in a sentence with its street and postcode, before any
    date ("… accueillent les enfants … dans les salles du musée, au Palais de Rumine, place de
    la Riponne 6, 1005 Lausanne."): (its line, name, address, True), when only one such venue
    is named there; else None."""
    first = next((i for i, k in enumerate(kinds) if k in (ANCHOR, DAY, CITY)), len(kinds))
    found: list[tuple[int, str, str, bool]] = []
    for i in [i for i in range(first) if kinds[i] != BLANK][:_INTRO_LINES]:
        text = _wrapped(lines, kinds, i) if i + 1 < first else lines[i].text
        # "… au Centre sportif (route de Vessy 12, 1206 Genève)": the address in brackets
        said = sentence_venue(_BRACKETED_ADDRESS.sub(r", \1", text))
        if said is None:
            continue
        name, _, address = said.partition(",")
        name = _STATT.sub("", name)  # "… im Sportzentrum Mitte statt (Hauptstraße 12, …)"
        address = _up_to_town(address) or ""
        if not address or " " not in name.strip():
            continue  # not "à la MJC, 15 avenue …" on the page of "MJC Bréquigny": a short name
        if _weekday_scoped(lines[i].text, name.strip()):
            continue  # "Les cours du mardi ont lieu à la Maison des Associations …": one day's
        found.append((i, name.strip(), address.strip(), True))
    return found[0] if len({f[1] for f in found}) == 1 else None


def _weekday_scoped(text: str, name: str) -> bool:
    """Whether the sentence that names the venue ``name`` is a rule for one weekday's meetings
    ("Les cours du mardi ont lieu à …", "Tuesday classes are held at …"): not every meeting's
    place."""
    at = text.find(name)
    return at >= 0 and calendar.rule_weekday(text, at) is not None


# A word in capitals, not after a sentence's end: a name ("église Saint-Nizier", "trois jours à
# Blankenberge", "place Bellecour"); "arboriculteur bénévole. Places limitées" has none.
_NAME_INSIDE = re.compile(r"(?<![.!?:])\s++[A-ZÀ-Þ]")


def _words_only(text: str) -> bool:
    """Whether a place read from an entry is only words of its text, no place: it opens in
    lower case and names nothing in capitals ("vin chaud, lampions. Apportez un bol !",
    "goûter-crêpes au local", "on récupère les branches de la taille"), and no venue, number
    or address is in it."""
    t = text.strip()
    return (
        t[:1].islower()
        and _NAME_INSIDE.search(t) is None
        and not _placelike(t)
        and not _room_like(t)
    )


# Who runs an entry, by a label before the name: "Judge: Ellen Tremblay", "Speaker: Ana Ruiz",
# "Leitung: Anna Berger", "Animation : Luc Martin", "Guía: Ana Ruiz".
_ROLE_LABEL = re.compile(
    rf"^\s*+(?:{labels.alternation(labels.SPEAKER, labels.ROLE)})\s?:\s*+(?=\w)", re.IGNORECASE
)
_PERSON_WORDS = (2, 3)  # words of a name alone in a cell: "Priya Raman", "Hugh Bellamy"


def _no_place(text: str) -> bool:
    """Whether an entry's place value is someone or a remark: a role's label before a name
    ("Judge: Ellen Tremblay", "Leitung: Anna Berger"), or a sentence whose words after the
    first are mostly in lower case ("Bring up to 5 images on a USB stick", "All members and
    guests", "Tout le monde est bienvenu")."""
    t = text.strip()
    if _ROLE_LABEL.match(t):
        return True
    rest = t.split()[1:]
    lower = sum(1 for w in rest if w[:1].islower())
    return len(rest) >= 2 and 2 * lower > len(rest) and not _placelike(t) and not _room_like(t)


def _people_column(loose: list[Meeting]) -> set[str]:
    """The place values of entries that say who runs them or a remark, not where, when most of
    the page's entries' values are such and two at least say so plainly (a camera club's table:
    "Priya Raman", "Judge: Ellen Tremblay", "Bring up to 5 images on a USB stick", beside one
    field trip's "Palm House"): those values, and the names alone among them; else none."""
    owns = [o for m in loose if (o := m.venue or m.place)]
    plain = {o for o in owns if _no_place(o)}
    names = {
        o
        for o in owns
        if o not in plain
        and len(o.split()) in _PERSON_WORDS
        and name_like(o)
        and not _placelike(o)
        and not _room_like(o)
        and not _DIGIT.search(o)
    }
    if len(plain) < 2 or 2 * sum(1 for o in owns if o in plain or o in names) <= len(owns):
        return set()
    return plain | names


# A remark in brackets after a street: "110 rue du Ruisseau (accès par la Petite Ceinture)",
# "rue de Dave 165 (au fond de la cour)", "12 Mill Lane (round the back)".
_STREET_REMARK = re.compile(r"\s*+\([^()]{0,120}\)")


_STREET_MAX = 80  # characters of a venue block's street line, its remark in brackets cut
_BLOCK_REACH = 40  # lines that are not blank over the listing searched for its venue block


# A bracketed remark ending a venue's name: "(300 m et 50 m)", "(au fond de la cour)".
_NAME_REMARK = re.compile(r"\s*+\([^()]{1,60}\)$")


def _venue_block_over_listing(
    lines: list[Line], kinds: list[str]
) -> tuple[int, str, str, bool] | None:
    """The venue block of the page's own site over its listing, its lines one under the other:
    a name, its street, its postcode and town on the street's line or the next ("Club des Aînés
    de Jambes" / "rue de Dave 165 (au fond de la cour)" / "5100 Jambes" under "sauf indication
    contraire, nos rencontres ont lieu à notre local :"): (the name's line index, name, address,
    True). Two such blocks are a list of the venues, none the page's: None."""
    first = next((i for i, k in enumerate(kinds) if k in (ANCHOR, DAY, CITY)), len(kinds))
    over = [i for i in range(first) if kinds[i] != BLANK][:_BLOCK_REACH]
    found: list[tuple[int, str, str, bool]] = []
    for n in range(len(over) - 1):
        i, j = over[n], over[n + 1]
        if j != i + 1:
            continue  # a blank line between: no block
        name = _VENUE_PARTS.split(lines[i].text.strip(), maxsplit=1)[0].strip(" ,:")
        name = _NAME_REMARK.sub("", name) or name  # "Stand de tir d'Échallens (300 m et 50 m)"
        if len(name) > _PAGE_NAME_MAX or is_prose(name):
            # "We meet on the first and third Thursday of the month, September to May, at" /
            # "Eastminster United Church" joined on one line: the name the sentence ends with
            name = _sentence_end_name(lines[i].text) or name
        parts = _without_directions([p.strip(" ,") for p in _VENUE_PARTS.split(lines[j].text)], 1)
        street = _STREET_REMARK.sub("", ", ".join(parts)).strip(" ,")
        if len(street) > _STREET_MAX or is_prose(street):
            continue  # "… les auditions ont lieu à l'Aula, route Louis-Braille 8, 1763 …"
        if not (_street_with_postcode(street) or _street_line(street.split(",")[0])):
            # a building's line over the street's: "Unit F6, BizSpace, Roden House" / "Roden
            # Street, Nottingham NG3 1JH", the block ending with its postcode and town
            if n + 2 >= len(over) or over[n + 2] != j + 1 or not _building_line(parts):
                continue
            below = _STREET_REMARK.sub("", lines[j + 1].text).strip(" ,")
            if len(below) > _STREET_MAX or postal_place(below) is None:
                continue
            street, shown = f"{street}, {below}", below
        else:
            shown = street
        address = street
        if postal_place(street) is None:
            k = n + 2
            if k >= len(over) or over[k] != j + 1:
                continue
            town = _VENUE_PARTS.split(lines[over[k]].text.strip(), maxsplit=1)[0].strip(" ,")
            address = f"{street}, {town}"
            if postal_place(address) is None:
                continue
        if (
            len(name) > _PAGE_NAME_MAX
            or is_prose(name)
            or not _name_over_street([name, shown])
            or _ORG_WORDS.search(name)
            and not _placelike(name)
        ):
            continue
        found.append((i, name, address, True))
    return found[0] if len({f[1] for f in found}) == 1 else None


# A sentence that ends with where the group meets, the venue's name last, its street on the next
# line: "We meet … at Eastminster United Church", "Wir treffen uns … im Gemeindehaus St. Peter",
# "Nous nous réunissons … à la Maison des associations", "Nos reunimos … en el Centro Cívico
# Delicias". Only a line's last characters are searched (a name is short): linear in the page.
_SENTENCE_END_NAME = re.compile(
    r"\b(?:meets?|meeting|gather|treffen|trifft|réunissons|réunit|retrouvons|reunimos|reúne|"
    # the last "at" before the name ("… im Monat im Gemeindehaus St. Markus")
    r"encontramos)\b[^.!?;:]*\s(?:at|in|im|in\s++der|à\s++la|à\s++l['’]|au|en\s++el|"
    r"en\s++la|en)\s++(?:the\s++)?(?P<name>(?-i:[A-ZÀ-Þ])[^!?;:,()]{2,70}?)\s*+$",
    re.IGNORECASE,
)
_SENTENCE_END_REACH = 400


def _sentence_end_name(text: str) -> str | None:
    """The venue a sentence about where the group meets ends with, else None."""
    tail = text.strip()[-_SENTENCE_END_REACH:]
    if (m := _SENTENCE_END_NAME.search(tail)) is None or not (
        name_like(m["name"]) or _placelike(m["name"])  # "Maison des associations"
    ):
        return None
    return m["name"]


# A page's "visit us" block, under its listing: "Visítenos", "Visit us", "Find us", "How to get
# here", "So finden Sie uns", "Anfahrt", "Nous trouver", "Accès", "Cómo llegar", "Dónde estamos".
_VISIT_US = re.compile(
    r"(?:vis[ií]tenos|visit\s++us|find\s++us|how\s++to\s++(?:get|find)\s++(?:here|us)|"
    r"getting\s++here|so\s++finden\s++sie\s++uns|besuchen\s++sie\s++uns|anfahrt|"
    r"nous\s++trouver|acc[eè]s|c[óo]mo\s++llegar|d[óo]nde\s++estamos)\W*+",
    re.IGNORECASE,
)
_VISIT_US_MAX = 30


def _visit_us_block(lines: list[Line]) -> tuple[int, str, str, bool] | None:
    """The venue a page's "visit us" block names, its street on the next line ("Visítenos" /
    "Centro Cultural Gabriel García Márquez" / "Calle 11 # 5-60, La Candelaria"): (line index,
    name, address, whether the address gives its postcode and town), else None."""
    for i, line in enumerate(lines):
        t = line.text
        if not t or len(t) > _VISIT_US_MAX or _VISIT_US.fullmatch(t.strip(" *#:·•–—-")) is None:
            continue
        below = [j for j in range(i + 1, min(len(lines), i + 6)) if lines[j].text][:2]
        if len(below) < 2:
            return None
        name, street = lines[below[0]].text.strip(), lines[below[1]].text.strip()
        if (
            len(name) <= _PAGE_NAME_MAX
            and _placelike(name)
            and not is_prose(name)
            and (
                _street_line(street.split(",")[0])
                or _street_with_postcode(street)
                or postal_place(street) is not None  # "Lister Meile 4, 30161 Hannover"
            )
        ):
            return below[0], name, street, _street_with_postcode(street)
        return None
    return None


# A page's heading that names its venue after what it lists: "What's on at Kathleen Syme
# Library", "Events at the Old Fire Station", "Veranstaltungen im Haus der Jugend", "Agenda de
# la Maison du Peuple", "Actividades en el Centro Cívico": the venue is the rest.
_WHATS_ON_AT = re.compile(
    r"(?:what['’]s\s++on|(?:upcoming\s++)?events|veranstaltungen|programm|agenda|"
    r"programme|activit[ée]s|actividades|programa|agenda)\s++"
    r"(?:at|in\s++der|in|im|bei|à\s++la|au|à\s++l['’]|de\s++la|du|des|en\s++el|en\s++la|"
    r"del|de|en)\s++(?=[A-ZÀ-Þ])",
    re.IGNORECASE,
)


_VENUE_LINE_REACH = 16  # lines that are not blank before the listing searched for its venue


def _lines_over_listing(kinds: list[str]) -> list[int]:
    """The first _VENUE_LINE_REACH lines that are not blank, before the listing's first date or
    town heading: where a page names the venue of all of it."""
    out: list[int] = []
    for i, k in enumerate(kinds):
        if k in (ANCHOR, DAY, CITY) or len(out) >= _VENUE_LINE_REACH:
            break
        if k != BLANK:
            out.append(i)
    return out


def _venue_line_over_listing(
    lines: list[Line], kinds: list[str]
) -> tuple[int, str, str, bool] | None:
    """A name, its street and its postcode and town on one line over the listing, under a
    cookie banner, a menu and the page's heading ("Kino im Künstlerhaus · Sophienstraße 2 ·
    30159 Hannover"): (line index, name, address, True), else None."""
    found = [
        (i, *parts)
        for i in _lines_over_listing(kinds)
        if (parts := _one_line_venue(lines[i].text)) is not None
    ]
    # two or more are a list of the venues ("Nos salles : …"): each entry names its own
    return (found[0][0], found[0][1], found[0][2], True) if len(found) == 1 else None


def _one_line_venue(text: str) -> tuple[str, str] | None:
    """The name and the address of a line that is only those, the address ending with its
    postcode and town: "Kino im Künstlerhaus · Sophienstraße 2 · 30159 Hannover"."""
    if len(text) > _ONE_LINE_VENUE_MAX or not _VENUE_PARTS.search(text):
        return None
    parts = _without_directions([p.strip(" ,") for p in _VENUE_PARTS.split(text)], 2)
    if len(parts) not in (2, 3):
        return None
    name, address = parts[0], ", ".join(parts[1:])
    if not (_street_with_postcode(parts[-1]) or _street_with_postcode(address)):
        return None
    if len(parts) == 3 and not (_street_line(parts[1]) or street_name_abroad(parts[1])):
        return None
    if len(name) > _PAGE_NAME_MAX or is_prose(name) or not _placelike(name):
        return None
    return name, address


_BUILDING_PART_WORDS = 4


def _building_line(parts: list[str]) -> bool:
    """Whether a venue block's line between its name and its street names a building's part, a
    unit or a yard ("Unit F6, BizSpace, Roden House", "Gewerbehof, Aufgang C, 2. Hof", "Bâtiment
    B, 3e étage"): one part of short comma-separated names, no sentence ("Ring the doorbell")."""
    if len(parts) != 1 or parts[0].endswith((".", "!", "?", ":")):
        return False
    return all(0 < len(p.split()) <= _BUILDING_PART_WORDS for p in parts[0].split(","))


def _without_directions(parts: list[str], keep: int) -> list[str]:
    """A venue's parts without the trailing ones that say how to get there or whom to call
    ("… · 8004 Zürich · Tram 2/3 bis Bezirksgebäude", "… · Dalston Kingsland station",
    "… · Tel. 030 …"), keeping at least ``keep``."""
    while len(parts) > keep and (
        _DIRECTIONS.match(parts[-1])
        or parts[-1].casefold().endswith(" station")
        or _CONTACT.match(parts[-1])
    ):
        parts.pop()
    return parts


_ONE_LINE_VENUE_MAX = 160
# How to get to a venue, after its address: "Tram 2/3 bis Bezirksgebäude", "U2 Rosa-Luxemburg-
# Platz", "Métro Jaurès", "Bus 12, arrêt Mairie", "Metro Sol", "Subte línea B", "near Euston".
_DIRECTIONS = re.compile(
    r"(?:tram|bus|u-?bahn|s-?bahn|[us]\d{1,2}\b|m[ée]tro|subway|tube|rer|haltestelle|"
    r"arr[êe]t|station|parada|l[ií]nea|subte|colectivo|estaci[óo]n|near|nahe|pr[èe]s\s++de|"
    r"cerca\s++de)(?!\w)",
    re.IGNORECASE,
)


def _labelled_venue_line(lines: list[Line], kinds: list[str]) -> tuple[int, str, str, bool] | None:
    """The one place a line over the listing says it is held at, labelled or named before its
    street (``_said_venues``): (line index, name, address, whether the address gives its
    postcode and town), else None. Two such places are a list of the venues: None."""
    found = [
        (i, *said)
        for i in _lines_over_listing(kinds)
        for said in _said_venues(lines[i].text.strip())
        # not "Les cours du mardi ont lieu à la Maison des Associations …": one day's place
        if not _weekday_scoped(lines[i].text, said[0])
    ]
    if len({f[1] for f in found}) != 1:
        return None  # none, or a list of the venues ("Nos salles : …"): each entry names its own
    i, name, address, full = found[0]
    if not full and (town := _up_to_town(address)) is not None:
        return i, name, town, True  # "…, Edinburgh EH7 6AE, buses 4, 5 and 26"
    return found[0]


# A sentence over the listing that says where the group's own premises are: "la sede social
# está en Dublé Almeyda 3950, Ñuñoa", "Our clubhouse is at 12 Mill Lane", "Unser Vereinsheim
# befindet sich in der Hauptstraße 5", "Notre local se trouve au 12 rue des Lilas".
_PREMISES = re.compile(
    r"\b(?P<kind>sede(?:\s++social)?|clubhouse|club\s++house|premises|vereinsheim|vereinslokal|"
    r"vereinsraum|local|si[èe]ge)\s++"
    r"(?:est[áa]|queda|se\s++encuentra|is|are|befindet\s++sich|ist|se\s++trouve|est)\s++"
    r"(?:en\s++(?:la\s++|el\s++)?|at\s++|in\s++(?:der\s++)?|im\s++|à\s++|au\s++)"
    r"(?P<address>[^.;()]{3,80})",
    re.IGNORECASE,
)


_PREMISES_WORDS = frozenset(
    {"sede", "clubhouse", "premises", "vereinsheim", "vereinslokal", "vereinsraum", "local",
     "siège", "siege"}
)  # fmt: skip
_NAME_NUMBER = re.compile(r"(?:\d{1,5}[a-z]?\s)?[A-ZÀ-Þ][^\d,]{2,50}?(?:\s\d{1,5}[a-z]?)?")


def _premises_line(lines: list[Line], kinds: list[str]) -> tuple[int, str, str, bool] | None:
    """The group's premises a line over the listing names by their kind with their street
    (``_PREMISES``): (line index, the kind's name, the address, False), else None."""
    for i in _lines_over_listing(kinds):
        pm = _PREMISES.search(lines[i].text)
        first = pm["address"].split(",")[0].strip() if pm is not None else ""
        if pm is not None and (_street_line(first) or _NAME_NUMBER.fullmatch(first)):
            kind = pm["kind"]
            return i, kind[:1].upper() + kind[1:], pm["address"].strip(" ,"), False
    return None


def _lines_after(lines: list[Line], kinds: list[str], i: int) -> list[str]:
    """The texts of the few lines under a date line, up to the next date line: where its title
    is, whether the parser read it as a detail or not."""
    out: list[str] = []
    for j in range(i + 1, min(len(lines), i + 1 + 2 * _TITLE_LINES)):
        if kinds[j] in (ANCHOR, DAY) or len(out) == _TITLE_LINES:
            break
        if lines[j].text:
            out.append(lines[j].text)
    return out


def _room_like(text: str) -> bool:
    """A place that is only a room of a site, no building of its own: one word ("Saal",
    "Café", "Werkstatt"), a room word at its end ("Kinderraum", "Garrison Room", "Salle
    Jaurès" is not), or two such joined ("Saal und Café")."""
    words = text.split()
    if len(words) >= 3 and len(joined := _ROOMS_JOINED.split(text)) > 1:
        return all(_room_like(p) for p in joined)  # "Saal und Café", "Main Hall + Parish Room"
    if (
        len(words) in (2, 3)
        and (
            words[-2].casefold() in _NUMBERED_ROOM
            or (len(words) == 2 and words[0].casefold().endswith(_ROOM_WORD_ENDS))
        )
        and _ROOM_NUMBER.fullmatch(words[-1])
        and (len(words) == 2 or words[0][:1].isupper() and words[0].isalpha())
    ):
        return True  # "Sala 2", "Room 4B", "Saal 3", "Salle B", "Meeting Room 2", "Seminarraum 2"
    if _FLOOR.match(text.strip()) is not None:
        return True  # "Level 1 computers", "Ground floor", "1. OG", "planta baja"
    if _ROOM_OF_A_SITE.fullmatch(text.strip()) is not None:
        return True  # "Main Hall", "Small Hall", "Salón de actos", "Aula Magna", "Grande salle"
    return all(w[:1].isalpha() for w in words) and (
        len(words) == 1
        or (len(words) == 2 and words[-1].casefold().endswith((*_ROOM_WORD_ENDS, *_SPACE_ENDS)))
        # "Barra principal", "Sala pequeña", "salle haute": the space, then a word in lower case
        or (len(words) == 2 and words[0].casefold() in _SPACE_FIRST and words[1].islower())
    )


# A venue's own spaces besides its rooms: "Front Bar", "Upper Lounge", "Kleine Bühne", "Studio".
_SPACE_ENDS = (
    "bar", "lounge", "foyer", "stage", "studio", "bühne", "scène", "escenario", "area", "bereich",
    "lab", "labor", "kitchen", "küche",  # "Computer lab", "Community kitchen", "Lehrküche"
)  # fmt: skip

_SPACE_FIRST = frozenset(
    {
        "barra",
        "sala",
        "salle",
        "scène",
        "escenario",
        "foyer",
        "studio",
        "patio",
        "espace",
        "espacio",
    }
)


_ROOMS_JOINED = re.compile(r"\s++(?:and|und|et|y|&|\+)\s++", re.IGNORECASE)
# A room named by its size or place in the building, or by what it is for: never a building of
# its own ("Main Hall" of St Peter's Church Hall; "Salón de actos" of the Ateneo).
_ROOM_OF_A_SITE = re.compile(
    r"(?:main|small|large|great|big|little|upper|lower|front|back|side|minor|"
    r"gro(?:ß|ss)e[rs]?|kleine[rs]?|grande|petite|gran|peque[ñn]a|peque[ñn]o)\s++"
    r"(?:hall|room|saal|raum|salle|sal[óo]n|sala)"
    r"|(?:sal[óo]n|sala|aula)\s++(?:de\s++)?(?:actos|conferencias|juntas|usos\s++m[úu]ltiples|"
    r"exposiciones|lectura|proyecciones|inform[áa]tica|estudio)|aula\s++magna|(?:salle|sala|saal)\s++polyvalente",
    re.IGNORECASE,
)
_NUMBERED_ROOM = frozenset({
    "room", "raum", "saal", "salle", "sala", "aula", "studio", "salón", "salon", "hörsaal", "amphi"
})  # fmt: skip
_ROOM_NUMBER = re.compile(r"\d{1,4}[A-Za-z]?|[A-Z]\d{0,3}")


def _names_site(text: str, site: str) -> bool:
    """Whether a place is the page's own site by one of its words, lower case as a sentence
    writes it, or alone: "garden (gate on Hale St)" under "Eastbrook Community Garden", "jardin"
    under "Jardin partagé des Lilas", "Garten" under "Gemeinschaftsgarten Nord"."""
    first = text.split(None, 1)[0].strip(".,;:()") if text.strip() else ""
    if len(first) < _SITE_WORD_MIN or not (first.islower() or first == text):
        return False
    alone, first = not first.islower(), first.casefold()
    words = site.split()
    for n, w in enumerate(words):
        if not w.casefold().endswith(first):
            continue
        if alone and n and w.casefold() == first and words[n - 1].casefold() in _TOWN_PREPS:
            continue  # "Guingamp" on the page of the "Collectif … de Guingamp": its town
        return True
    return False


# The word before a town at the end of a group's name: "… de Guingamp", "… of Leeds", "… in
# Kassel", "… von Kassel".
_TOWN_PREPS = frozenset({"de", "du", "d'", "of", "in", "von", "aus", "en", "à", "del"})


_SITE_WORD_MIN = 4


def _without_town(m: Meeting) -> bool:
    # a floor read as the address ("entrée du musée, 3e étage") is no street
    street = m.address is not None and _FLOOR.fullmatch(m.address.strip(" .")) is None
    return not m.online and m.date is not None and not (m.city or street or m.campus)


# A work's author and year in brackets after its title: "(Nouri Bouzid, 1986)", "(Agnès Varda,
# 1962)", "(Kaouther Ben Hania, 2013)".
_WORK_YEAR_REACH = 200_000  # characters of a page searched for its works' years
_WORK_YEAR = re.compile(
    r"\((?:[A-ZÀ-Þ][\w'’.-]*+\s*+){2,4}(?:[a-z]{1,3}\s++[A-ZÀ-Þ][\w'’.-]*+\s*+)?,\s*+"
    r"(?:19|20)\d\d\)"
)


# A page title's parts: "Wildpark Hinterberg – Veranstaltungen", "The Old Library | What's on".
_TITLE_PARTS = re.compile(r"\s++[–—|·-]\s++")


def _titled_site(lines: list[Line], kinds: list[str]) -> list[str]:
    """A text page's names for its site, as an HTML page's title gives them: the parts of its
    name line ("Wildpark Hinterberg – Veranstaltungen" -> "Wildpark Hinterberg", then
    "Veranstaltungen"); none when it opens with no name or with a name alone."""
    name = _page_name(lines, _page_top(lines, kinds))
    if not name or any(c in name for c in ":@<"):
        return []  # "From: ASSA Cape Centre <…@…>", "Subject: …": a mail's header, no name
    parts = [p for p in _TITLE_PARTS.split(name) if p]
    # a site's name and its page's, as a title gives them; a name alone ("The Corner Bookshop")
    # may be the group's, not where it meets
    return parts if len(parts) > 1 else []


def _site_venue(names: list[str], lines: list[Line]) -> str | None:
    """The first of an HTML page's names for its site that names a venue by its kind ("St
    Olave's Church, York", "MJC Bréquigny", "Librería La Hoja Suelta"); not an organisation's
    name ("Unite the Union", "IYSSE France"). Any name of the site, when the page says its
    activities are held there unless stated ("Todas las actividades son en el centro (…) salvo
    que se indique otro sitio" under "Agenda de diciembre – Tabacalera de Lavapiés"). A venue
    the page names for all of it unless stated ("Unless otherwise indicated, all ceremonies take
    place in the Boet Troskie Hall, …") beats the site's name (the university's)."""
    if (said := _unless_site(lines)) is not None:
        return said
    for name in names:
        if _placelike(name) and not _ORG_WORDS.search(name) and not is_prose(name):
            return name
    usable = [n for n in names if not is_prose(n) and not _ORG_WORDS.search(n)]
    if usable and any(_held_here_unless(line.text) for line in lines[:_UNLESS_SITE_LINES]):
        return usable[0]
    return None


def _unless_site(lines: list[Line]) -> str | None:
    """The place named in a sentence at the page's top that gives it to every entry unless
    stated, without a time ("Sauf avis contraire, le départ se fait toujours du Relais Le
    Montagnais (865, boul. …)", "Venue for all lec-dems: Sundaram Mini Hall (First Floor)"): its
    name, not its street; not the site named by its kind alone ("au café", "en el centro")."""
    for line in lines[:_UNLESS_SITE_LINES]:
        if (place := calendar.unless_place(line.text)) is None:
            continue
        name = place.split(",", 1)[0].strip()
        if (
            name[:1].isupper()
            and " " in name
            and not _DIGIT.search(name)
            and not _ORG_WORDS.search(name)
            and not is_prose(name)
        ):
            return name
    return None


_UNLESS_SITE_LINES = 80  # the page's first lines, where its intro says where things are held
# "… en el centro …", "… à la MJC …", "… at the centre …", "… im Haus …": the site by its kind.
_HERE = re.compile(
    r"\b(?:en|à|au|aux|a|at|in|im|dans)\s++(?:el|la|le|l['’]|the|our|nuestro|nuestra|notre|nos|unserem)?"
    r"\s*+(?:centro|centre|center|local|locaux|casa|maison|haus|sede|espacio|espace|space|house)\b"
    # the word alone, not a named place ("im Haus der Demokratie", "en el centro social La
    # Piluka", "at the centre of town"): then a bracket, a comma or the sentence's end
    r"(?=\s*+(?:[(,.;:]|$|statt\b|unless\b|sauf\b|salvo\b|wenn\b|sofern\b))",
    re.IGNORECASE,
)


def _held_here_unless(text: str) -> bool:
    """A sentence that says the page's activities are at its own site unless stated."""
    return 0 < len(text) <= 600 and calendar.says_unless(text) and _HERE.search(text) is not None


# The page's own site named by its kind alone: "À la librairie", "in church", "en la librería",
# "in der Buchhandlung", "à la MJC".
_SITE_REFERENCE = re.compile(
    r"^(?:at|in|à|a|au|en|dans|im|in\s+der|bei|chez)\s++"
    r"(?:the\s++|our\s++|la\s++|le\s++|l'|l’|el\s++|nuestra\s++|notre\s++|der\s++|dem\s++|"
    r"unserer?\s++)?(?P<word>[^\W\d_]++)\W*$",
    re.IGNORECASE,
)


def _film_not_place(m: Meeting) -> bool:
    """Whether a meeting's place values together are a film's title and credits, no venue."""
    values = [v for v in (m.venue, m.room, m.address) if v]  # the venue as split, not a heading
    return film_credits(" ".join(values)) and not any(
        _placelike(v) and RUNNING_TIME.search(v) is None and not _YEAR_ONLY.fullmatch(v)
        for v in values
    )


_YEAR_ONLY = re.compile(r"^\W*+(?:[A-Z]{1,3}\s++)?(?:19|20)\d\d\W*+$")  # "D 2009", "UK 2022"


def _kind_alone(text: str) -> bool:
    """Whether a line under a page's name opens with a venue's kind alone, the name's
    subtitle ("Librairie — Galerie des Princes 11", "Buchhandlung · Oranienstraße 12")."""
    first = _VENUE_PARTS.split(text, maxsplit=1)[0].split(",", 1)[0].strip()
    return " " not in first and _venue_kind(first) is not None


_NON_WORD = re.compile(r"[\W_]+")


def _home_club(name: str | None) -> str | None:
    """The page's name when it is a club's or a venue's ("MOSMAN PARK BOWLING CLUB"), whose
    ground a fixtures list's "HOME" is; title-cased when written in capitals."""
    if name is None:
        return None
    name = _title_case_words(name) if name.isupper() else name
    return name if _placelike(name) or _CLUB.search(name) else None


# A sports club's name: "Tennisclub Rot-Weiß", "Schachklub", "Sportverein", "FC Barentin".
_CLUB = re.compile(
    r"club|klub|verein|\b(?:sv|tc|fc|tsv|sc|vfl|vfb|tus|cf|cd|ud|rc)\b", re.IGNORECASE
)


# A fixtures list's venue for a home game: "HOME", "Home (H)", "Heim", "Heimspiel", "à domicile",
# "Local", "en casa".
_HOME_GROUND = re.compile(
    r"(?:home|home\s++ground|\(h\)|heim|heimspiel|zu\s++hause|(?:à\s++)?domicile|local|"
    r"(?:en\s++)?casa)",
    re.IGNORECASE,
)


# "at the shed", "in the garden", "au jardin", "im Garten", "en el huerto" inside an entry's
# words: the word after it may be the page's own site's.
_AT_THE_WORD = re.compile(
    r"(?<!\w)(?:at|in|to|au|à\s++la|dans\s++le|im|in\s++der|zum|zur|en\s++el|en\s++la|al)\s++"
    r"(?:(?:the|our|notre|unserem|unserer|nuestro|nuestra)\s++)?(?P<word>[^\W\d_]{4,})\b",
    re.IGNORECASE,
)


_SITE_NAME_WORDS = 6


def _site_in_words(own: str, lines: list[Line], top: list[int]) -> str | None:
    """The page's own site, named at its top, when an entry's words name it by its kind ("OPEN
    DAY at the shed", "smoko room at the shed" under "SHED NEWS" / "Sydenham Community Men's
    Shed"): the top line that is a name whose first or last word is that word, else None."""
    words = {m["word"].casefold() for m in _AT_THE_WORD.finditer(own)}
    if not words:
        return None
    for i in top[:3]:
        t = lines[i].text.strip()
        if (
            t.isupper()
            or len(t) > _PAGE_NAME_MAX
            or len(t.split()) > _SITE_NAME_WORDS
            or not t[:1].isupper()
            or _DIGIT.search(t)
            or is_prose(t)
        ):
            continue
        for part in _TITLE_PARTS.split(t):  # "Wildpark Hinterberg – Veranstaltungen": its part
            name = part.casefold().split() or [""]
            # its kind is the name's first or last word, or ends it ("Men's Shed", "Jardin des
            # Lilas", "Gemeinschaftsgarten Prinzessinnen", "Huerto Esta es una Plaza")
            if any(
                w in (name[0], name[-1]) or name[-1].endswith(w) or name[0].endswith(w)
                for w in words
            ):
                return part
    return None


# A spot at a place, before or after its kind: "museum entrance", "the library steps", "entrée
# du musée", "Eingang des Museums", "entrada del museo".
_SPOT_AT_SITE = re.compile(
    r"(?<!\s)\s++(?:entrance|door|doors|gate|gates|foyer|lobby|reception|steps)\b"
    r"|^(?:(?:the\s++)?(?:entrance|door|gate|foyer|lobby)\s++(?:of|to)|(?:l['’]\s*+)?"
    r"(?:entr[ée]e|porte|accueil|hall)\s++(?:du|de\s++la|de\s++l['’]|des)|"
    r"(?:eingang|tor|foyer)\s++(?:des|der|vom|zum|zur)|"
    r"(?:entrada|puerta|vest[íi]bulo)\s++(?:del|de\s++la))(?=\s|['’])",
    re.IGNORECASE,
)


def _site_reference(text: str, kinds: str) -> bool:
    """Whether a place is the page's site named by its kind: a venue's word that is the site's
    own ("in church" on "St Olave's Church", "À la librairie" under "TROPISMES" / "Librairie —
    …"; ``kinds`` holds the site's name and the kind under it). Not another kind ("À la
    médiathèque" on the MJC's page) and not a town of the site's name ("In Ely")."""
    # a spot at the site: "museum entrance", "entrée du musée", "Eingang des Museums"
    spot = _SPOT_AT_SITE.sub(" ", text.strip()).strip()
    m = _SITE_REFERENCE.match(spot)
    if m is None and spot != text.strip():
        m = _SITE_REFERENCE.match(f"at {spot}")
    if m is None:
        return False
    word = m["word"].casefold()
    return (_venue_kind(word) is not None or word in _PREMISES_WORDS) and any(
        w.endswith(word) for w in _NON_WORD.split(kinds.casefold()) if w
    )


def _prose_frames(
    lines: list[Line], anchors: dict[int, _Anchor], unread: dict[int, str], langs: tuple[str, ...]
) -> dict[int, tuple[str, frozenset[tuple[int, int]]]]:
    """A fair's dates and place in a line over its programme that is not read as a meeting
    ("47.ª Feria del Libro Ricardo Palma · Del 27 de noviembre al 8 de diciembre de 2026 ·
    Parque Kennedy, Miraflores (…) · Ingreso libre"), when two or more dated lines below it fall
    on its days: like _drop_programme_ranges's, by line, what the line says after its dates and
    its days as (month, day)."""
    first = min(anchors, default=len(lines))
    found: dict[int, tuple[str, frozenset[tuple[int, int]]]] = {}
    for i in sorted(unread):
        if i >= first or " · " not in lines[i].text:
            continue
        dm = find_date(lines[i].text, langs=langs)
        if dm is None or (days := range_days(dm)) is None:
            continue
        inside = sum(
            1 for a in anchors.values() if a.date is not None and (a.date.month, a.date.day) in days
        )
        if inside >= 2:
            found[i] = (lines[i].text[dm.end :], days)
    return found


def _programme_venue(
    lines: list[Line],
    frames: dict[int, tuple[str, frozenset[tuple[int, int]]]],
    meetings: list[Meeting],
    ctx: _Context,
) -> None:
    """The place a fair's or a festival's dates give over its programme ("Del 27 de noviembre
    al 13 de diciembre de 2026 · Parque Kennedy, Miraflores, Lima": no meeting of its own, see
    _drop_programme_ranges) is the venue of the entries on its days below it that give no street
    or town of their own; what they name ("Auditorio Blanca Varela", "Carpa infantil") is their
    room there. With a warning."""
    for i, (tail, days) in frames.items():
        parts = [p.strip(" ,") for p in _VENUE_PARTS.split(tail.strip(" ·•|–—-,"))]
        name, _, rest = parts[0].partition(",") if parts and parts[0] else ("", "", "")
        name, rest = name.strip(), rest.strip(" ,")
        if (
            not name
            or len(name) > _PAGE_NAME_MAX
            or ". " in name
            or is_prose(name)
            or not (_placelike(name) or name_like(name))
            or _ORG_WORDS.search(name)
        ):
            continue  # "Entrada gratuita salvo indicación. Boletos para la Gran Sala …"
        line = lines[i]
        given = 0
        for m in meetings:
            if (
                m.date is None
                or (m.source_line or 0) <= line.number
                or (int(m.date[5:7]), int(m.date[8:10])) not in days
                or m.city
                or m.address
                or m.online
                or m.campus
            ):
                continue
            own = m.place or m.venue  # "Forum Halle 2" as the page gives it
            m.venue, m.room, m.place = name, own or m.room, None
            if rest:
                _set_address(m, rest)
            given += 1
        if given:
            _warn(
                ctx,
                line,
                f"{given} meeting(s) on the programme's days name no street or town of their "
                f"own: the place its dates give ({name}) is taken as theirs",
            )


def _page_initials(lines: list[Line], kinds: list[str], meetings: list[Meeting]) -> None:
    """Entries that name the page's venue by its initials ("Salón 8, FHCE" on the page of the
    Facultad de Humanidades y Ciencias de la Educación), read as a town or a venue: the venue,
    by its name, with the page's address."""
    short = [m for m in meetings for v in (m.city, m.venue) if v and _ACRONYM.fullmatch(v)]
    if not short or (found := _page_venue(lines, kinds)) is None:
        return
    for m in short:
        if any(v and _initials_of(v, found[1]) for v in (m.city, m.venue)):
            m.city = None if m.city and _initials_of(m.city, found[1]) else m.city
            m.venue, m.place = found[1], None
            if m.address is None:
                _set_address(m, found[2])


_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,8}")


_ROOM_OF = re.compile(
    r"(?P<room>(?:room|sala|salle|saal|raum|aula|sal[óo]n)\s++\w{1,4})\s++"
    r"(?:del|de\s++la|de\s++l['’]|de|of\s++the|of|des|der|du|im|in\s++the)\s++(?P<site>.{2,60})",
    re.IGNORECASE,
)


def _room_of_site(own: str, name: str) -> str | None:
    """The room of an entry's place that is a numbered room of the page's venue, named by a
    word of that venue's name ("sala 3 del CMI" on the page of the CMI Pumarín Gijón-Sur), else
    None."""
    if (rm := _ROOM_OF.fullmatch(own.strip(" .:"))) is None:
        return None
    site = rm["site"].strip().casefold()
    words = [w.casefold() for w in name.split()]
    return rm["room"] if site in words or name.casefold().startswith(site) else None


def _initials_of(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym of ``name``'s capitalised words ("FHCE" of "Facultad de
    Humanidades y Ciencias de la Educación", "UCL" of "University College London")."""
    short = short.strip()
    if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
        return False
    return short == "".join(w[0] for w in name.split() if w[:1].isupper())


_GUESSED_PM = "time without am/pm read as "
# An afternoon's clock written without am/pm: "13.00", "19:30", "20 Uhr", "18 h 30" (not a
# dotted date: "13.06.2027").
_AFTERNOON_24 = re.compile(
    r"(?<![\d.:])(?:1[3-9]|2[0-3])(?:[:.h]\s?[0-5]\d(?![.\d])|\s?(?:uhr|h)\b)", re.IGNORECASE
)
_AM_PM = re.compile(r"\d\s?[ap]\.?\s?m\b|\d[ap]\b|\bnoon\b", re.IGNORECASE)


# What a paragraph over a list may say of times that are not the list's: a deadline's ("Entries
# close 5pm"), a closing time ("courses close 7.45pm" after the start), someone's hours ("Office
# hours: Mon–Fri 9am–5pm", "Bürozeiten: 9 bis 13 Uhr", "Horaire du secrétariat : de 9 h à 13 h").
_NOT_START_BEFORE = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)|until|till|bis|jusqu['’]|hasta|schlie(?:ß|ss)(?:t|en)|"
    r"ferme(?:ture|nt)?|cierr(?:a|an|e)|deadline|due|before|avant|antes|vor|"
    # what is available when, or opens, not the list's start: "Tous les documents sont
    # disponibles à 17h30 au secrétariat", "The café opens at 10am on market days"
    r"available|disponibles?|verf[üu]gbar|erh[äa]ltlich|opens|ouvre|[öo]ffnet|abre|"
    # a yearly thing: "Tous les ans ont lieu deux congrès à 9h"
    r"(?:every|each)\s++year|tous\s++les\s++ans|chaque\s++ann[ée]e|jedes\s++jahr|"
    r"j[äa]hrlich|cada\s++a[ñn]o|todos\s++los\s++a[ñn]os|"
    # how long, not when: "Duration: 5 h", "Dauer: 2 Stunden"
    r"duration|dauer|dur[ée]e|duraci[óo]n|"
    # a ride's, not the meeting's: "carpools leave at 9:15", "the coach leaves at 1pm"
    r"car-?pools?|coach(?:es)?|bus(?:es)?|minibus|shuttle|fahrgemeinschaft(?:en)?|"
    r"covoiturage|navette|autocar|autob[úu]s|"
    r"(?:office|opening|business|library|shop|store)\s++hours|[^\W\d_]{3,}zeiten|"
    r"horaires?\s++(?:du|de|des|d['’])|horarios?\s++de)\b[^.;!?]{0,40}+$"
    r"|\bby\s++$",  # a deadline's: "please send reports by 5 pm"
    re.IGNORECASE,
)
_NOT_START_REACH = 60  # characters before the time searched for those words
# A paragraph of sentences: one ends inside it, before a capital, or at its end.
_SENTENCE_END = re.compile(r"[.!?](?:\s++[A-ZÀ-Þ¡¿]|$)")


def _block_times(
    lines: list[Line],
    kinds: list[str],
    spans: list[_Span],
    per_span: list[list[Meeting]],
    ctx: _Context,
    langs: tuple[str, ...],
) -> None:
    """An entry read with no time whose own block states one on a line under its date
    ("Sat 23 Jan 2027" / "Regiment musters 9.30am on Mill Island", "Salida: 7:00 h, Plaza
    Paraíso") starts then. The block is the few lines under the date, past blank lines before
    them, up to a blank line after them or the next date. Not when the entry's time is said to
    be to come ("Uhrzeit folgt", "heure à confirmer"); not from a line with a date of its own,
    and not from a deadline, a closing time or office hours."""
    untimed = {w.meeting_line for w in ctx.warnings if w.reason == _NO_TIME}
    if not untimed:
        return
    for span, built in zip(spans, per_span, strict=True):
        ms = [m for m in built if m.source_line in untimed and m.date and not m.start_time]
        if not ms:
            continue
        at = span.anchor.index
        found = _block_time(lines, kinds, at, langs)
        if found is None:
            continue
        tm, line = found
        _timed_from(ms, tm, ctx, line, f"{tm.start_time} taken from the line under its date")


def _block_time(
    lines: list[Line], kinds: list[str], at: int, langs: tuple[str, ...]
) -> tuple[TimeMatch, Line] | None:
    """The time on a line of the block under the date line ``at``, and that line."""
    block = [at, *card_lines(lines, kinds, at)]
    if _time_to_come(lines[k].text for k in block):
        return None
    for k in block[1:]:
        t = lines[k].text
        if (first := find_times(t)) is None or find_date(t, langs=langs) is not None:
            continue  # "Anmeldeschluss: 28. Februar, 12 Uhr": another day's
        if DOORS_WORD.search(t) and find_times(t[first.end :]) is not None:
            return None  # "A las 12 h abrimos las puertas; el concierto empieza a las 12.30 h":
            # the doors' and the start, which is which unsaid
        tm = _said_start(t)
        return (tm, lines[k]) if tm is not None else None
    return None


def _timed_from(ms: list[Meeting], tm: TimeMatch, ctx: _Context, said: Line, why: str) -> None:
    """Give ``ms`` the time ``tm`` read on line ``said``: each one's "no start time" warning
    gives way to one that says where its time came from."""
    for m in ms:
        m.start_time, m.end_time, m.time_tba = tm.start_time, tm.end_time, False
        m.status = "scheduled" if m.status == "tba" else m.status
    timed = {m.source_line for m in ms}
    ctx.warnings[:] = [
        w for w in ctx.warnings if not (w.reason == _NO_TIME and w.meeting_line in timed)
    ]
    for m in ms:
        _warn(ctx, said, f"no start time on its date line; {why}", m.source_line)


def _intro_times(
    lines: list[Line], events: list[tuple[str, object]], ctx: _Context, langs: tuple[str, ...]
) -> None:
    """A time said once in the paragraph right above a list ("All Summer Series events: start any
    time between 5.30pm and 6.45pm", "Les soirées commencent toujours vers 19 h 30"), however
    it is worded, is the start of the list's meetings that were read with no time at all; those
    with their own keep it ("Beginn jeweils 19 Uhr" over "Freitag, 9. April, 18.30 Uhr – …").
    Not for a list of one, one whose entries mostly give their own times, or one with an entry
    whose time is to come ("time TBA"); not from a paragraph that holds a date or says a
    deadline, a closing time or office hours. Each meeting's "no start time" warning is replaced
    by one that says where its time came from."""
    untimed = {w.meeting_line for w in ctx.warnings if w.reason == _NO_TIME}
    if not untimed:
        return
    texts: dict[int, list[str]] = {}
    for line in lines:
        texts.setdefault(line.number, []).append(line.text)
    intro: list[int] | None = None
    run: list[Meeting] = []
    for kind, item in [*events, ("para", None)]:
        if kind == "meeting":
            run.extend(item)  # type: ignore[arg-type]
            continue
        if run and intro is not None:
            _intro_time(lines, texts, intro, run, untimed, ctx, langs)
        run = []
        intro = item  # type: ignore[assignment]


def _intro_time(
    lines: list[Line],
    texts: dict[int, list[str]],
    intro: list[int],
    run: list[Meeting],
    untimed: set[int],
    ctx: _Context,
    langs: tuple[str, ...],
) -> None:
    if _time_to_come(t for m in run if not m.start_time for t in texts.get(m.source_line, ())):
        return  # "Freitag, 11. Dezember – Gasthaus Krone (Uhrzeit folgt)": its time is to come
    listed = run
    timed = [m for m in run if m.start_time]
    run = [m for m in run if m.source_line in untimed and not m.start_time]
    if len(run) < 2 or len(timed) >= len(run):
        return  # a list of one meeting, or of meetings that mostly give their own times
    lines_of = {m.source_line for m in run}
    if len(lines_of) < 2 and lines[intro[-1]].number + 1 >= min(lines_of):
        return  # one line of dates right under a sentence that has ended: its own paragraph
        # says when ("… from 10am to 12 noon at the garden." / "on Saturdays 12 December, …")
    text = " ".join(lines[i].text for i in intro)
    if _SENTENCE_END.search(text.rstrip(" )")) is None:
        return  # "=== BOOK CLUB (Thursdays, 7pm) ===": a heading, whose time is its own
    if (tm := _said_start(text)) is None or find_date(text, langs=langs) is not None:
        return
    if text.count("(", 0, tm.start) > text.count(")", 0, tm.start):
        return  # "Kielder Observatory (coach leaves from outside the Union at 13:00)": a remark
    _timed_from(
        run, tm, ctx, lines[intro[0]], f"{tm.start_time} taken from the text above the list"
    )
    if (place := calendar.list_place(text, _place_or_street)) is not None:
        for m in listed:  # "Alle Vorträge finden im Museum am Löwentor (…) statt und beginnen
            _apply_list_place(m, place)  # um 19:30 Uhr": the list's place too
    elif (place := _opening_place(text)) is not None:
        for m in run:  # "Au Centre culturel Jacques Franck, … De 19 h 30 à 22 h …" / "Dates :
            _apply_list_place(m, place)  # les mardis 9, 16 …": the place of those it timed
    said_here = {lines[i].number for i in intro}
    ctx.warnings[:] = [
        w for w in ctx.warnings if not (w.reason == NO_DATE_ABOVE and w.line in said_here)
    ]


def _opening_place(text: str) -> str | None:
    """The place a paragraph opens with (``calendar.opening_place``), if it reads as one."""
    place = calendar.opening_place(text)
    return place if place is not None and _place_or_street(place) else None


def _time_to_come(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` says the time is to come ("time TBA", "Uhrzeit folgt")."""
    return any(TIME_TBA_RE.search(t) or _TIME_TO_FOLLOW.search(t) for t in texts)


def _said_start(text: str) -> TimeMatch | None:
    """The first time ``text`` states, unless it is a deadline's, a closing time, someone's hours
    or when something is available or open (``_NOT_START_BEFORE``, ``_OPEN_AFTER_TIME``)."""
    tm = find_times(text)
    if (
        tm is None
        or tm.start_time is None
        or _NOT_START_BEFORE.search(text, max(0, tm.start - _NOT_START_REACH), tm.start)
        or _OPEN_AFTER_TIME.match(text, tm.end)  # "Das Sekretariat ist ab 17 Uhr geöffnet."
        or _DEADLINE_NOUN.search(text)
    ):
        return None
    return tm


def _page_clock(lines: list[Line], meetings: list[Meeting], ctx: _Context) -> None:
    """A page that writes its afternoons on a 24-hour clock ("13.00", "20 Uhr") and never says
    am or pm: a bare early hour on it is the morning ("Anschwingen 7.45" in a column of "8.30"
    and "13.00"), not the evening a 12-hour page would mean. Each stays warned about."""
    guessed = [w for w in ctx.warnings if w.reason.startswith(_GUESSED_PM)]
    if not guessed:
        return
    text = "\n".join(line.text for line in lines)
    if _AM_PM.search(text) or not _AFTERNOON_24.search(text):
        return
    by_line = {(m.source_line, m.start_time): m for m in meetings}
    for k, w in enumerate(ctx.warnings):
        if not w.reason.startswith(_GUESSED_PM):
            continue
        said = w.reason[len(_GUESSED_PM) :]
        if (m := by_line.get((w.meeting_line, said))) is None or not said[:2].isdigit():
            continue
        m.start_time = f"{int(said[:2]) - 12:02d}{said[2:]}"
        reason = f"{_GUESSED_PM}{m.start_time}: the page writes a 24-hour clock"
        ctx.warnings[k] = ParseWarning(w.line, reason, w.text, w.meeting_line)


def _apply_page_venue(
    lines: list[Line],
    kinds: list[str],
    meetings: list[Meeting],
    ctx: _Context,
    details: dict[int, list[str]],
    site: str | None = None,
) -> None:
    """The place a page states once for all its meetings, given to those that name no town and
    no street of their own, with a warning (the page does not say so for each):

    - the venue at its top with its street (a bookshop's "Wed 4 Feb · 6.30pm · Priya Raman in
      conversation"; a neighbourhood centre's weekly plan whose rows name a room, "Saal",
      "Kinderraum": the centre is the venue, the row's place its room);
    - the page's own name, when an entry's place is a word of it ("at the garden" on the page
      of "Eastbrook Community Garden");
    - the campus the page's name gives ("IYSSE at UC Davis": "Memorial Union, Garrison Room");
    - the venue an HTML page's site is (``site``: "MJC Bréquigny"), to the meetings that name
      no place at all;
    - either, to the meetings whose place is the site named by its kind ("À la librairie").

    Not to a meeting whose title (in ``details``, its detail lines by ``id``) says where it is
    held instead ("Hors les murs – Rencontre …, à la Bibliothèque Kateb-Yacine").

    A page whose meetings name two towns or more does not say which the others are in: it is
    left alone."""
    for m in meetings:
        if m.venue and not m.online and _film_not_place(m):
            # "– Alle anderen (Maren Ade, D 2009, 119 Min.)": the film, not where it is shown
            m.title = m.title or ", ".join(v for v in (m.venue, m.room, m.address) if v)
            # "Cléo de 5 à 7 Agnès Varda, F 1962, 90 Min., OV/d": its place is the credits too,
            # and a town read in them ("GB 2022, 101 Min., OmU") none
            if m.city and film_credits(m.place or "") and m.city in (m.place or ""):
                m.city = m.state = m.country = None
            m.place = None if m.place == m.venue or film_credits(m.place or "") else m.place
            m.venue = m.room = m.address = None
    _page_initials(lines, kinds, meetings)
    if not (loose := [m for m in meetings if _without_town(m)]):
        return
    said = None
    # the page names two towns or more: only a place it says is the listing's ("Where: …",
    # "meets … at the Huddersfield Mission, 3–13 Lord Street, …") is the others'
    if (
        len({m.city for m in meetings if m.city}) > 1
        and (said := _labelled_venue_line(lines, kinds)) is None
        # the venue's block right over the listing, with its street and postcode ("Stand de tir
        # d'Échallens" / "Chemin du Stand, 1040 Échallens" under "PROGRAMME DES TIRS")
        and (said := _venue_block_over_listing(lines, kinds)) is None
        # "Unless another venue is shown, everything below happens at the house, …": the
        # page's own venue is the others'
        and not any(_held_here_unless(lines[i].text) for i in _lines_over_listing(kinds))
    ):
        return
    top = _page_top(lines, kinds)
    name, found = _page_name(lines, top), said or _page_venue(lines, kinds)
    kinds_said = site or ""
    if (
        site is None
        and (own := _premises_line(lines, kinds)) is not None
        and (found is None or (found[0] == own[0] and not said))
    ):
        # "la sede social está en Dublé Almeyda 3950, Ñuñoa": "en la sede" is there
        found, kinds_said = own, own[1]
    if (
        site is None
        and name is not None
        and len(top) > 1
        and _kind_alone(lines[top[1]].text)
        and not _ORG_WORDS.search(name)
    ):
        site = _title_case_words(name) if name.isupper() else name  # "TROPISMES" / "Librairie — …"
        kinds_said = f"{site} {lines[top[1]].text}"
    if name is None and found is None and site is None:
        return
    # the site's own name beats a heading over the page's address ("Agenda" / "… 12 rue Leynaud")
    host = found[1] if found is not None and (site is None or _placelike(found[1])) else site
    given: list[Meeting] = []
    people = _people_column(loose) if found is not None and found[3] else set()
    for m in loose:
        own = m.venue or m.place
        if not own and read_title_place(m, details.get(id(m), [])):
            continue  # "…, à la Bibliothèque Kateb-Yacine": held elsewhere
        if own and host and _site_reference(own, f"{host} {kinds_said}"):
            m.venue, m.place = host, None  # "À la librairie, espace jeunesse": the room stays
        elif (
            own
            and _HOME_GROUND.fullmatch(own.strip())
            and (home := found[1] if found else _home_club(name)) is not None
        ):
            # a fixtures list's "HOME" / "Heim" / "Domicile" / "Local": the club's own ground
            m.venue, m.room, m.place = home, None, None
        elif own and name and _names_site(own, name):
            # "Talleres" on "Jornadas y talleres de invierno" names no place: the venue its
            # street is under does ("Esta es una Plaza")
            site_name = found[1] if found is not None and not _placelike(name) else name
            m.venue, m.room, m.place = site_name, None, None
        elif found is not None and own and (room := _room_of_site(own, found[1])) is not None:
            m.venue, m.room, m.place = found[1], room, None  # "sala 3 del CMI": the CMI's
        elif found is not None and own and _initials_of(own, found[1]):
            # "Salón 8, FHCE" on the page of the Facultad de Humanidades y Ciencias de la
            # Educación: the venue's initials
            m.venue, m.place = found[1], None
        elif (
            found is not None
            and own
            and m.room
            and own != m.room
            and (_room_like(m.room) or _FLOOR.match(own) is not None)
            and (not _placelike(own) or _room_like(own))
        ):
            # "Residents' meeting, Garden Room": the entry's title, then its room
            if _FLOOR.match(m.room) or _FLOOR.match(own) or _placelike(own):
                # "Children's area, ground floor", "Derwent Room" over its track "Design"
                m.room = f"{own}, {m.room}"
            else:
                m.title = m.title or own
            m.venue, m.place = found[1], None
        elif found is not None and (
            # the page's address is the venue's when it gives its postcode or its name is a
            # venue's ("CINECLUB MUNICIPAL HUGO DEL CARRIL" / "Bv. San Juan 49 · Córdoba")
            (
                not own
                and (
                    found[3] or _placelike(_title_case_words(found[1])) or _CINEMA.search(found[1])
                )
                and not _ORG_WORDS.search(found[1])
                and not any(_place_values(m))
            )
            or (own and not m.room and _room_like(own))
            or (own and own == m.room and _room_like(own))  # a table's "Lugar" cell: "Salón 22"
            or (not own and m.room is not None and _room_like(m.room))  # "… gratuita. Sala 2."
        ):
            m.venue, m.room = found[1], own or m.room
            m.venue = _title_case_words(m.venue) if m.venue.isupper() else m.venue
            m.place = None
        elif site is not None and own and not m.room and (room := site_room(own)):
            m.venue, m.room, m.place = host, room, None  # "Sala de Asambleas. Balance del año …"
        elif site is not None and own and own == m.room and _room_like(own):
            m.venue, m.place = host, None  # a court's "Ort" cell: "Saal 1", in the court
        elif site is not None and not own and not any(_place_values(m)):
            m.venue = host
        elif own and (named := _site_in_words(own, lines, top)) is not None:
            # "OPEN DAY at the shed", "smoko room at the shed" on the page of "Sydenham
            # Community Men's Shed": the site its name's word names
            m.venue, m.place = named, None
        elif own and m.room and (named := _site_in_words(m.room, lines, top)) is not None:
            # "Safety induction for new members, at the shed": the title, then the site
            m.title = m.title or own
            m.venue, m.room, m.place = named, None, None
        elif found is not None and own in people and not m.room:
            # a table's column of who runs each entry or what to bring ("Judge: Ellen
            # Tremblay", "Priya Raman", "Bring up to 5 images on a USB stick") under a page
            # that says where the group meets: there
            if (who := _ROLE_LABEL.sub("", own, count=1).strip()) and name_like(who):
                m.speaker = m.speaker or who
            m.venue, m.place = found[1], None
        elif (
            found is not None
            and found[3]
            and own
            and _words_only(own)
            and not (m.room and not _words_only(m.room))
        ):
            # "goûter-crêpes au local", "vin chaud, lampions. Apportez un bol !": words of the
            # entry, no place of its own, on the page of a venue with its street and town
            m.venue, m.room, m.place = found[1], None, None
        else:
            continue
        if found is not None:
            _set_address(m, found[2])
        given.append(m)
    if given and found is None and site is not None and all(m.venue == site for m in given):
        ctx.warnings.append(ParseWarning(
            given[0].source_line or 1,
            f"{len(given)} meeting(s) name no place of their own: the site the page belongs to "
            f"({site}) is taken as theirs",
        ))  # fmt: skip
    elif given:
        where = f"{found[1]}, {found[2]}" if found is not None else str(name)
        _warn(
            ctx,
            lines[found[0] if found is not None else top[0]],
            f"{len(given)} meeting(s) name no place of their own but a room or the page's site: "
            f"the venue at the top of the page ({where}) is taken as theirs",
        )
    if name and not found:
        done = {id(g) for g in given}  # by identity: comparing meetings field by field is slow
        _apply_page_campus(lines[top[0]], name, [m for m in loose if id(m) not in done], ctx)


def _apply_page_campus(line: Line, name: str, loose: list[Meeting], ctx: _Context) -> None:
    """The campus the page's name (on ``line``) gives ("IYSSE at UC Davis") is the campus of
    the meetings that name no town and no campus, with a warning."""
    if (campus := find_campus(name)) is None:
        return
    rest = [m for m in loose if not m.campus]
    for m in rest:
        m.campus = campus.name
    if rest:
        _warn(
            ctx,
            line,
            f"{len(rest)} meeting(s) name no town: the campus the page's name gives "
            f"({campus.name}) is taken as theirs",
        )


# Five digits before the town is how Germany, France, Spain, Italy and Mexico write a postcode:
# the page's language says which, where one language has one such country.
_CODE_FIRST_COUNTRY = {"de": "Germany", "fr": "France"}
_NAMED_COUNTRY = re.compile(r"\b(?:germany|deutschland|allemagne|alemania)\b", re.IGNORECASE)


def _postcode_country(meetings: list[Meeting], lang: str) -> None:
    """A meeting whose country was read from a postcode before its town ("69001 Lyon") has the
    country of the page's language (German: Germany, French: France), else none: the geocoder
    then finds the town by its name. Before, every such town was in Germany, so "Lyon" and
    "Barcelona" were found nowhere."""
    for m in meetings:
        if m.country != "Germany" or m.postal_code is None or not m.postal_code.isdecimal():
            continue
        if m.address and _NAMED_COUNTRY.search(m.address):
            continue
        m.country = _CODE_FIRST_COUNTRY.get(lang)


def _text_before_date(lines: list[Line], a: _Anchor) -> str:
    """The text of an anchor's line before its date (and time): its line without its tail."""
    text = lines[a.index].text
    return text[: len(text) - len(a.tail)] if a.tail and text.endswith(a.tail) else text[:80]


def _struck_rows(
    spans: list[_Span], per_span: list[list[Meeting]], lines: list[Line], ctx: _Context
) -> None:
    """A row struck through whole ("~~Di, 13.10.~~ | ~~10–16 Uhr~~ | ~~Ersti-Tag~~"): before the
    page's date, a meeting that took place ("Vergangene Termine sind durchgestrichen"), no
    meeting, with a warning; on or after it, a meeting called off: cancelled."""
    for k, span in enumerate(spans):
        if not span.anchor.struck:
            continue
        keep = []
        for m in per_span[k]:
            if m.date and date.fromisoformat(m.date) < ctx.anchor:
                _warn(
                    ctx,
                    lines[span.anchor.index],
                    "is struck through, before the page's date: a past row; not a meeting",
                )
                continue
            if m.status == "scheduled":
                m.status = "cancelled"
            keep.append(m)
        per_span[k] = keep


# A wiki's section edit links after its heading, as a copied page keeps them: "Vergangene
# Treffen[Bearbeiten | Quelltext bearbeiten]", "Past meetups[edit]", "[modifier | modifier le
# code]", "[editar]".
_EDIT_WORD = (
    r"(?:edit(?:\s++source)?|(?:quelltext\s++)?bearbeiten|modifier(?:\s++le\s++code)?|"
    r"editar(?:\s++c[óo]digo)?)"
)
_EDIT_LINKS = re.compile(rf"\s*+\[{_EDIT_WORD}(?:\s*+\|\s*+{_EDIT_WORD})?\]$", re.IGNORECASE)


def _drop_edit_links(lines: list[Line]) -> list[Line]:
    """The lines without a wiki's edit links after their headings."""
    out = lines
    for i, line in enumerate(lines):
        if not line.text.endswith("]") or (m := _EDIT_LINKS.search(line.text)) is None:
            continue
        if out is lines:
            out = list(lines)
        out[i] = Line(line.number, line.text[: m.start()], line.links, line.datetimes)
    return out


def _parse(
    text: str,
    as_of: date | None,
    today: date,
    url: str | None,
    last_modified: str | None,
    lang: str | None,
) -> Listing:
    if looks_like_ical(text):
        return calendar_listing(text, as_of, today)
    read = _read_page(text, url)
    lines, is_html, published, notes = read.lines, read.markup, read.published, read.notes
    empty = not any(line.text for line in lines)
    lang = lang or ("en" if empty else page_language(_language_sample(lines)))
    langs = (lang, "en") if lang != "en" else ("en",)
    chat = None if empty else read_chat(lines, langs)
    if chat is not None:
        lines = chat.lines
    sent = chat.last_sent() if chat is not None else None
    used = (
        AsOf(as_of, GIVEN)
        if as_of is not None
        else page_as_of(
            published=published, url=url, last_modified=last_modified, lines=lines, langs=langs
        )
        or (AsOf(sent, CHAT) if sent is not None else AsOf(today, TODAY))
    )
    if empty and read.events:  # a page built by script: only its data states its events
        warnings = list(notes)
        meetings = merge_events([], read.events, warnings, before=used.day if used.exact else None)
        named = read.site[:1]  # the site's own name ("Leipzig Readers"), not "Events"
        for m in meetings:
            m.campaign = m.campaign or (named[0] if named else None)
        campaigns = _series_campaigns(meetings, [])
        for c in campaigns:
            c.title_source = "page" if named and c.title == named[0] else c.title_source
        return Listing(
            campaigns=campaigns,
            meetings=meetings,
            warnings=sorted(warnings, key=lambda w: w.line),
            as_of=used.day,
            as_of_origin=used.origin,
        )
    if empty:
        return Listing(
            warnings=[*notes, ParseWarning(1, "the page is empty")],
            as_of=used.day,
            as_of_origin=used.origin,
        )
    lines = _drop_edit_links(lines)
    lines = roman_month_dates(lines)
    lines = join_date_badges(lines, langs)
    lines = _join_split_dates(lines, langs)
    lines = join_weekday_lines(lines, langs)
    lines = join_wrapped_ranges(lines)
    lines = join_month_headings(lines, langs)
    lines = _join_labelled_fields(lines)
    lines = _join_lone_labels(lines, langs)
    lines = repeat_parallel_slots(lines)
    lines, relative = _resolve_relative_days(lines, used.day, langs)
    mail = asof.email_date(lines, langs)
    dateline = mail or asof.bare_dateline(lines, langs)
    top = dateline[0] if dateline else asof.email_date_line(lines, langs)  # a yearless "Date :"
    kinds, anchors, unread = _classify(lines, langs, top)
    _drop_page_marks(lines, kinds)
    if mail is not None and (subject := asof.email_subject(lines, mail[0])) in anchors:
        unread[subject] = _SUBJECT_REASON.format(lines[subject].text)
        del anchors[subject]
        kinds[subject] = OTHER
    _calendar(lines, kinds, anchors, unread, langs)
    _section_places(lines, kinds, anchors)
    _ranges_under_ranges(lines, kinds, anchors)
    frames = _drop_programme_ranges(lines, kinds, anchors, unread)
    _drop_course_heads(lines, kinds, anchors, unread)
    frames.update(_prose_frames(lines, anchors, unread, langs))
    _drop_badges(lines, kinds, anchors, unread, langs)
    _drop_day_tags(lines, kinds, anchors, langs)
    _merge_restated_days(lines, kinds, anchors, unread)
    past_kept = _drop_past_sections(lines, kinds, anchors, unread, used.day if used.exact else None)
    _drop_quoted_mail(lines, kinds, anchors, unread)
    _drop_deadline_headed(lines, kinds, anchors, unread)
    _drop_deadline_lists(lines, kinds, anchors, unread)
    _drop_hours_notices(lines, kinds, anchors, unread)
    _drop_task_items(lines, kinds, anchors, unread)
    _drop_internal_notes(lines, kinds, anchors, unread)
    _drop_service_dates(lines, kinds, anchors, unread)
    _drop_recaps(lines, kinds, anchors, unread)
    _drop_comments(lines, kinds, anchors, unread, langs)
    zone = _drop_print_lines(lines, kinds, anchors, unread)
    _drop_minutes_record(lines, kinds, anchors, unread)
    _drop_wrapped_pending(lines, kinds, anchors, unread)
    _drop_day_notes(lines, kinds, anchors, unread, langs)
    _mark_name_headings(lines, kinds, anchors)  # over the meetings left (no badges)
    order_problem = _numeric_order(lines, anchors, lang, used)
    if used.exact:
        ctx = _Context(used.day, True, [])
    else:
        visible = "\n".join(line.text for line in lines) if is_html else text
        credits = [film_credits(line.text) for line in lines]
        if any(credits):
            # a film's year ("Lucrecia Martel, Argentina, 2001, 103’") is no year of the page's
            visible = "\n".join(line.text for line, c in zip(lines, credits, strict=True) if not c)
        if "(" in visible and len(_WORK_YEAR.findall(visible, 0, _WORK_YEAR_REACH)) >= 2:
            # a programme of works, each with its author and year in brackets ("L'Homme de
            # cendres (Nouri Bouzid, 1986)", "Cléo de 5 à 7 (Agnès Varda, 1962)"): no year of the
            # page's either; one such book "(Mehring Books, 2019)" may well be the page's year
            visible = _WORK_YEAR.sub("", visible)
        years = _page_years(year_counts(visible, until=today.year), anchors.values(), today)
        year = _page_year(years, anchors.values(), today) if years else None
        ctx = _Context(year, False, []) if year is not None else _Context(today, True, [])
    for i, reason in unread.items():
        _warn(ctx, lines[i], reason)
    for i, reason in relative.items():
        _warn(ctx, lines[i], reason)
    if chat is not None:
        _warn_chat_prefixes(chat, ctx)
    if order_problem:
        ctx.warnings.append(order_problem)
    ctx.warnings += notes
    spans = _segment(lines, kinds, anchors, _message_breaks(chat, lines) if chat else None)
    per_span: list[list[Meeting]] = []
    prev: date | None = _typical_date(spans, ctx)
    for span in spans:
        try:
            built = _build_meetings(span, lines, ctx, prev)
        except Exception as exc:  # one unreadable entry must not lose the rest of the page
            line = lines[span.anchor.index]
            _warn(ctx, line, f"could not read this entry ({type(exc).__name__}); kept as pending")
            built = [Meeting(place=line.text[:200], status="pending", time_tba=True,
                             source_line=line.number)]  # fmt: skip
        if built[0].date:
            prev = date.fromisoformat(built[0].date)
        per_span.append(built)
    _struck_rows(spans, per_span, lines, ctx)
    _share_between_date_lines(spans, per_span, lines)
    _same_as_before(spans, per_span, lines, ctx, langs)
    _drop_signup_repeats(spans, per_span, lines, ctx)
    _drop_teasers(spans, per_span, lines, ctx)
    _drop_repeated_prose(spans, per_span, lines, ctx)
    _drop_listed_again(spans, per_span, lines, ctx)
    _drop_summary_list(spans, per_span, lines, ctx)
    _drop_programme_breaks(spans, per_span, lines, ctx)
    if chat is not None:
        known_city_messages([_text_before_date(lines, s.anchor) for s in spans], per_span)
        if (town := channel_town(chat, langs)) is not None and channel_meetings(
            town, [m for built in per_span for m in built]
        ):
            ctx.warnings.append(ParseWarning(
                chat.messages[0].number,
                f"meetings that name no town are taken to be in the chat's chapter's ({town})",
            ))  # fmt: skip
    if chat is None:
        _status_notices(spans, per_span, lines, ctx)
    else:  # which message came first says which is the notice
        _chat_notices(chat, per_span, ctx, langs)
        _drop_chat_past(chat, per_span, ctx)
    _held_online_instead(lines, {*unread, *(s.anchor.index for s in spans)}, per_span, ctx, langs)
    if used.exact:
        _drop_past_untimed(
            spans, per_span, lines, ctx, used.day, past_kept, dated=used.origin in (GIVEN, DATELINE)
        )
    _drop_see_below(spans, per_span, lines, ctx)
    meetings = [m for built in per_span for m in built]
    _programme_venue(lines, frames, meetings, ctx)
    for m in meetings:
        if m.title and "*" in m.title:
            m.title = drop_emphasis(m.title)  # "*La grève de l'amiante*, avec …": read, now text
        if m.venue is None and m.place and (tv := town_and_venue(m.place)) is not None:
            m.place, m.venue = tv  # "Portland, OR — Powell's City of Books" over its card
    details = {
        id(m): _lines_after(lines, kinds, span.anchor.index)
        for span, built in zip(spans, per_span, strict=True)
        for m in built
    }
    names = read.site or ([] if read.markup else _titled_site(lines, kinds))
    # a short date line that gave no meeting (the page's dateline "Castilla, 4 de enero de
    # 2027") does not end the lines over the listing, where its venue is named
    gone = {
        s.anchor.index
        for s, built in zip(spans, per_span, strict=True)
        if not built and len(lines[s.anchor.index].text) <= _DATELINE_LEN
    }
    over = [RULE if i in gone else k for i, k in enumerate(kinds)] if gone else kinds
    _apply_page_venue(lines, over, meetings, ctx, details, _site_venue(names, lines))
    _postcode_country(meetings, lang)
    _page_clock(lines, meetings, ctx)
    events = _page_events(lines, kinds, spans, per_span)  # read by both: built once
    campaigns = _campaigns(lines, kinds, events, ctx)
    _block_times(lines, kinds, spans, per_span, ctx, langs)
    _intro_times(lines, events, ctx, langs)
    if chat is not None:
        campaigns, dropped = chat_campaigns(chat, campaigns, meetings)
        ctx.warnings[:] = [
            w for w in ctx.warnings if not (w.line in dropped and w.reason.startswith("campaign"))
        ]
    if read.events:
        only = campaigns[0].title if len(campaigns) == 1 else None
        meetings = merge_events(
            meetings, read.events, ctx.warnings, before=used.day if used.exact else None,
            campaign=only,
        )  # fmt: skip
        campaigns = _series_campaigns(meetings, campaigns)
    if not meetings:
        ctx.warnings.append(
            ParseWarning(1, "no meetings found: no line with a date was recognised")
        )
    print_zone(meetings, zone)
    ctx.warnings.sort(key=lambda w: w.line)
    return Listing(
        campaigns=campaigns,
        meetings=meetings,
        warnings=ctx.warnings,
        as_of=used.day,
        as_of_origin=used.origin,
    )
