"""Meetings built from spans: when, where, the heading's fields and the status."""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from operator import attrgetter

from eventmap.ingest import calendar
from eventmap.ingest.html import datetime_year
from eventmap.ingest.parse.anchors import (
    _CUE_REACH,
    _FAR,
    _INVITATION,
    _NEAR,
    _PLACE_BEFORE_TIME,
    _PRONOUN_START,
    _SEGMENTS,
    _START_CUE,
    _STREET_WORD_ABROAD,
    _STREET_WORDS_ABROAD,
    _TIME_TO_FOLLOW,
    _after_cell_time,
    _Anchor,
    _cell_end_time,
    _cut_join,
    _far_time,
    _segment_time,
    cell_start_time,
)
from eventmap.ingest.parse.details import (
    _LEAD_ONLY,
    _MEET_STEMS,
    _QUOTE_PAIRS,
    _ROUND_PIN,
    COPULA_STATUS,
    _address_start,
    _apply_place,
    _bare_town,
    _change_remark_place,
    _cut_online_remark,
    _meeting_point,
    _overrides_place,
    _quoted_lead,
    _quoted_title,
    _read_bracketed_street,
    _read_details,
    _read_prose_place,
    _read_venue_text,
    _set_address,
    _settle_status,
    _street_after_dash,
    _take_tz_hint,
    _tba_cell,
    _without_marks,
    caps_event_title,
    place_after_time,
    unbracket_postcode,
)
from eventmap.ingest.parse.lexicon import (
    _ALNUM,
    _AT_IN,
    _BARE_CITY,
    _BULLET,
    _CANCELLED,
    _CANCELLED_STEMS,
    _CONTACT,
    _DIGIT,
    _FLAG_STEMS,
    _HOURS_WORD,
    _HOUSE_NUMBER,
    _KIND,
    _LABEL,
    _LETTERS,
    _NOTICE_AT,
    _ONLINE,
    _ONLINE_STEMS,
    _PAREN_STATUS,
    _POSTPONED,
    _POSTPONED_STEMS,
    _PROSE_PLACE,
    _SEASON_LABEL,
    _SEGMENT_END,
    _SENTENCE_END,
    _STATUS_WORDS,
    _TITLE_LABEL,
    _TWO_LETTERS,
    SENTENCE_SPLIT,
    _all_months,
    _before_remark,
    _Context,
    _cut_time_remark,
    _find_speaker,
    _has_status,
    _mode_only,
    _names_no_place,
    _only_status,
    _opens_with_day_word,
    _place_labelled,
    _says_no_meeting,
    _unavailable,
    _warn,
    all_weekday_names,
)
from eventmap.ingest.parse.lines import (
    _CAPS_SHORT_WORD,
    _UNIVERSITY,
    _group_city,
    _heading_name,
    _name_heading,
)
from eventmap.ingest.parse.segments import _online_heading, _Span
from eventmap.ingest.parse.venues import (
    _DURATION,
    ANY_SENTENCE_END,
    _entry_place,
    _is_city_line,
    _name_words,
    _named_venue_line,
    _placelike,
    _reads_as_sentence,
    _said_venues,
    _street_line,
    _title_case_words,
    _title_words,
    _unnumbered_street,
    _venue_kind,
    _weak_place,
    held_place,
    name_like,
    site_room,
)
from eventmap.ingest.places import (
    CITY_ALIASES,
    STREET_WORDS,
    VENUE_WORDS,
    CampusMatch,
    find_campus,
    heading_city,
    known_city,
    parse_city_region,
    parse_place,
    room_first,
    state_code,
)
from eventmap.ingest.text import (
    SENTENCE_BREAK,
    Line,
    contains_any,
    is_prose,
    sentence_start,
)
from eventmap.ingest.when import (
    LANGUAGES,
    TIME_TBA_RE,
    DateMatch,
    TimeMatch,
    find_date,
    find_times,
    has_time_hint,
    resolve_year,
)
from eventmap.model import Meeting

# A programme's next time after the line's own, as a short note: "AGM 7pm, film 7.45pm",
# "Einlass 18 Uhr, Film 18.30 Uhr", "apéro 19 h, concert 20 h 30".
_NOTE_PART = re.compile(
    r"^[\s,;]*+(?P<note>[^\W\d_]{2,15}(?:\s[^\W\d_]{2,15})?\s++[^,;]{1,14}?)(?=[,;]|$)"
)
_TIME_NOTES = 3  # notes cut at most


# A preposition and its article ending a line whose sentence goes on with the place on the next
# line: "first meeting Tues 8/12 at 7pm in the" / "Lexicon library (…), Studio 2".
_DANGLING_PREP = re.compile(
    r"\s(?:in|at|im|am|an|à|au|en|dans|bei|beim)(?:\s++(?:the|der|dem|den|la|le|el|los|las))?"
    r"\s*+$|\s(?:à\s++la|à\s++l['’]|in\s++der|an\s++der)\s*+$",
    re.IGNORECASE,
)
# A remark in brackets closing the line: "(no meeting at Hartington Grove that day)".
_NO_MEETING_REMARK = re.compile(r"\s*+\(([^()]{3,80})\)[\s.]*+$")


def _cut_time_notes(tail: str) -> str:
    """``tail`` without the short notes of further times that open it ("AGM 7pm, film 7.45pm"
    leaves nothing after the first time): they are no place and no title."""
    for _ in range(_TIME_NOTES):
        nm = _NOTE_PART.match(tail)
        if nm is None:
            break
        note = nm.group("note")
        tm = find_times(note)
        if (
            tm is None
            or tm.end < len(note.rstrip(" ."))
            or not _TWO_LETTERS.search(note[: tm.start])
        ):
            break
        tail = tail[nm.end() :]
    return tail


def _read_tail(m: Meeting, tail: str, *, had_status: bool = False, cell: bool = False) -> None:
    """Text after the date and time on the anchor line: venue, room, address, speaker.

    ``had_status``: a status word was taken out of the line ("– ANNULÉE, reportée à une date
    ultérieure"); what is left of such a line may be only about the status. ``cell``: the text
    is a table's place cell, which holds no title ("MALI – Auditorio": the venue, its room)."""
    if _TIME_TO_FOLLOW.fullmatch(tail.strip(" .()·•|,;:–—-")):
        m.time_tba = True  # "· horaires à venir", "(Uhrzeit folgt)", "– hora por confirmar"
        return
    if tail.lstrip(" ,;:–—-").startswith("·") and _read_dot_parts(m, tail):
        return
    sm = _find_speaker(tail)
    if sm:
        m.speaker = sm.group("who").strip()
        tail = tail[: sm.start()]
    lead = tail.lstrip(" ,;:–—-")
    kind = _KIND_BEFORE_QUOTE.match(lead)
    if kind is not None and (
        _venue_kind(kind.group(0)) is not None or _EATERY.match(kind.group(0))
    ):
        kind = None  # 'Gaststätte "Zur Linde"', 'Bar «La Bicicleta»': a venue's quoted name
    if kind is not None and (quoted := _quoted_lead(lead[kind.end() :])) is not None:
        # "conférence-débat « Paradis fiscaux : où en est-on ? », Maison des Habitants …"
        close = lead.find(_QUOTE_PAIRS[lead[kind.end()]], kind.end() + 1)
        m.title = m.title or lead[: close + 1].strip()
        first = SENTENCE_SPLIT.split(quoted[1], maxsplit=1)[0]
        tail = first if _named_venue_in(first) else quoted[1]  # the place, not a remark after it
    elif lead[:1] in _QUOTE_PAIRS and (quoted := _quoted_lead(lead)) is not None:
        m.title = m.title or quoted[0]  # '12 noon: "Nigeria, debt and the IMF". Hall booked …'
        if quoted[1][:1] in ".!?":
            return  # a sentence about the talk follows its title: no place in it
        tail = quoted[1]
    if (cut := _cut_online_remark(m, tail)) is None:
        return
    tail = _strip_edges(cut)
    if tail[:2].isupper() and caps_event_title(tail):
        m.title = m.title or tail  # "THURSDAY 26 NOVEMBER – GENERAL MEETING": what, not where
        return
    if (
        "." in tail
        and contains_any(tail.lower(), _MEET_STEMS)
        and (ms := calendar.meet_sentence(tail))
    ):
        m.title = m.title or ms[0] or None  # "Stadtrundgang: Das Mühlenviertel. Treffpunkt vor …"
        tail = ms[1]
    if (
        (who := _WITH_PERSON.search(tail)) is not None
        and not _placelike(tail[: who.start()])
        and not _placelike(who.group("who"))
        # "Housmans, with Ken Loach", "Traficantes de Sueños, con …": a venue's name, not a title
        and not (
            name_like(tail[: who.start()].strip(" ,;:–—-"))
            and not _DIGIT.search(tail[: who.start()])
        )
    ):
        # "La grève de l'amiante (1949), avec Geneviève Tremblay, historienne": a talk and who
        # gives it, no place
        m.title = m.title or tail[: who.start()].strip(" ,;:–—-*")  # "*…*": its emphasis
        m.speaker = m.speaker or who.group("who")
        return
    if not _ALNUM.search(tail, 0, 80):  # "·", "." or nothing left
        return
    if TIME_TBA_RE.fullmatch(tail.strip()):
        m.time_tba = True
        return
    if (
        _only_status(tail)
        or (had_status and _names_no_place(tail) and not _named_venue_in(tail))
        or _unavailable(tail)
    ):
        return
    if had_status:
        tail = _before_remark(tail)  # "Gasthof Kirchenwirt – (Fenstertag …)": the status's remark
    if (note := _NOTE_REMARK.search(tail)) is not None and note.start() > 0:
        # "BURNS NIGHT CEILIDH (note: Saturday, and not at the pub!)": a note to readers
        if not _placelike(before := tail[: note.start()].strip()):
            m.title = m.title or tail.strip()
            return
        tail = before  # "Trades Hall (NB: side entrance)"
    if (semi := tail.find("; ")) > 0 and _TIME_TO_FOLLOW.search(tail, semi) is not None:
        tail = tail[:semi]  # "… im Gewerkschaftshaus statt; die Uhrzeit wird noch bekanntgegeben"
    if tail.endswith(" statt"):
        tail = tail[: -len(" statt")]  # "findet … im Gewerkschaftshaus statt": the verb's
    tail = held_place(tail) or tail  # "… findet im Gewerkschaftshaus statt": the place alone
    if _read_rally_site(m, tail):
        return  # "Mahnwache vor dem Rathaus Schöneberg"
    tail = _AT_IN.sub("", tail)
    if not cell:
        tail = _title_sentence_before_place(m, tail)
        tail = _title_before_place(m, tail)
    elif (named := _name_dash_room(tail)) is not None:
        m.venue, m.room = m.venue or named[0], m.room or named[1]
        return
    if "|" in tail:  # a table row: its cells are the parts, but a description is no place
        cells = (c.strip(" ,") for c in tail.split("|"))
        tail = ", ".join(c for c in cells if c and not is_prose(c) and len(c) <= 100)
    if tail[:1].islower() and _title_then_place(m, tail):
        return  # "réunion du bureau au Café Citoyen (place du Général-de-Gaulle), ouverte …"
    if tail[:1].isupper() and _title_at_place(m, tail):
        return  # "Forum social isérois à l'Espace culturel René Proby, 2 place Édith-Piaf, …"
    if "(" in tail and _read_bracketed_street(m, tail):
        return  # "Centro Cultural Casino de la Reina (c/ Casino, 3), sala 2"
    if ". " in tail and (first := _place_sentence(tail)) is not None:
        tail = first  # "Hollis House, 31 Main Street. Cider, cookies and …": the place's sentence
    if (nb := _NAME_TOWN_BRACKET.match(tail)) is not None and _bare_town(nb["town"]):
        m.city = m.city or nb["town"]  # "Vereinsheim (Ehrenfeld). Bringt euer Rad mit.": the
        tail = nb["name"]  # venue, its district or town; then a sentence about the event
    parts = [p.strip() for p in unbracket_postcode(tail).split(",") if p.strip()]
    k = _address_start(parts)
    if k is not None:
        if k:
            _read_venue_text(m, ", ".join(parts[:k]))
        _set_address(m, ", ".join(parts[k:]))
        return
    region = parse_city_region(tail) if len(parts) == 2 else None
    if region is not None and m.city is None and not VENUE_WORDS.search(tail):
        m.city, m.state = region.city, m.state or region.state  # "March 7th — Chicago, IL"
        m.country = m.country or region.country
        return
    _read_venue_text(m, tail)


# A venue's name, its district or town in brackets, then the end of the text or of its sentence.
_NAME_TOWN_BRACKET = re.compile(
    r"^(?P<name>[^()\n.]{2,60}?)\s*+\((?P<town>[^()\n]{2,40})\)\s*+(?:[.!]\s|[.!]?$)"
)


def _name_dash_room(cell: str) -> tuple[str, str] | None:
    """A place cell's venue, then after a dash its room or space ("MALI – Sala de talleres (2.º
    piso)", "Kulturhaus – Großer Saal", "MJC – Salle des fêtes", "Tate – Garden"): (venue,
    room), else None."""
    parts = _TAIL_DASHES.split(cell.strip(), maxsplit=2)
    if len(parts) != 2 or "," in parts[1]:
        return None
    name, room = parts[0].strip(), parts[1].strip()
    head = room.split(" (", 1)[0]  # "Sala de talleres (2.º piso)": its floor in brackets
    if not name or len(name.split()) > 6 or _DIGIT.search(name) or site_room(head) != head:
        return None
    return name, room


def _place_sentence(tail: str) -> str | None:
    """The first sentence of a tail when it names a place with its street ("Hollis House, 31
    Main Street. Cider, cookies and …"): what follows is about the event, not where it is."""
    first = SENTENCE_SPLIT.split(tail, maxsplit=1)[0].rstrip(" .")
    if len(first) == len(tail.rstrip(" .")):
        return None
    parts = [p.strip() for p in first.split(",") if p.strip()]
    k = _address_start(parts)
    return first if k else None


# An event's kind in a word or two right before its quoted title: "conférence-débat « … »",
# "Lesung „…“", "film screening "…"", "charla «…»".
_KIND_BEFORE_QUOTE = re.compile(r"[^\W\d_][\w-]{2,24}(?:\s[^\W\d_][\w-]{2,24})?\s++(?=[«“\"„])")


# A range's first day's time in brackets, and the last day's right after the range.
_FIRST_DAY_TIME = re.compile(r"\(([^()]{1,12})\)")
_BRACKETED_TIME = re.compile(r"^\s*+\([^()]{1,12}\)")


_EATERY = re.compile(
    r"(?:bar|pub|restaurante?|brasserie|bistro|bistrot|caf[ée]|kneipe|taverne?|cantina|"
    r"taberna|cervecer[íi]a|wirtshaus)\b",
    re.IGNORECASE,
)


def _named_venue_in(text: str) -> bool:
    """Whether a status line's rest names a venue by its kind, capitalised, in any language the
    parser reads ("…, Maison des Habitants Chorier-Berriat. L'intervenant ne peut pas venir")."""
    if (kind := _venue_kind(text)) is None:
        return False
    word = text.rfind(" ", 0, kind.start()) + 1  # "Stadtbibliothek": the compound's own start
    return text[word : word + 1].isupper()


# A talk's title, then who gives it and maybe their trade in lower case, to the line's end:
# "…, avec Geneviève Tremblay, historienne", "…, with Dr Ana Ruiz", "…, mit Jana Weber",
# "…, con Lucía Pérez, investigadora".
_WITH_PERSON = re.compile(
    r",\s++(?:with|avec|mit|con)\s++(?P<who>(?:(?:Dr|Prof|Dra|Pr|Mme|Mr|Mrs|Ms|Sr|Sra)\.?\s++)?"
    r"[A-ZÀ-Þ][^\W\d_]++(?:-[A-ZÀ-Þ][^\W\d_]++)?"
    r"(?:\s++(?:(?:de|del|de\s++la|van|von|der|da|di|le|la)\s++)?[A-ZÀ-Þ][^\W\d_'’-]++"
    r"(?:-[A-ZÀ-Þ][^\W\d_]++)?){1,2})"
    # a trade in lower case, or a German one ("Historikerin", "Soziologe", "Journalist")
    r"(?:\s*+,\s*+(?:[a-zß-ÿ][^\W\d_]*+(?:\s++[a-zß-ÿ][^\W\d_]*+){0,3}|"
    r"[A-ZÄÖÜ][a-zäöüß]{2,}?(?:erin|in|er|istin|ist|login|loge|entin|ent)))?\s*+[.!]?$"
)


# Where a sentence's first clause ends: a bracket's close, a comma, a sentence's end.
_CLAUSE_END = re.compile(r"\)|,\s|\.\s|;|\s[–—]\s")


def _title_then_place(m: Meeting, tail: str) -> bool:
    """A date line's rest that is a sentence in lower case naming what happens, then where after
    a preposition ("réunion du bureau au Café Citoyen (place du Général-de-Gaulle), ouverte à
    tous", "treffen uns im Gasthof Krone (Hauptstraße 4)", "charla en el Ateneo Popular"): the
    words before the preposition are the title, the name after it the venue, a street in its
    bracket the address. False, reading nothing, when the clause names no place so."""
    end = _CLAUSE_END.search(tail)
    clause = tail[: end.end()] if end is not None else tail
    rest = tail[len(clause) :].strip(" ,.;–—")
    if rest and (not rest[:1].islower() or calendar.place_after_preposition(rest) is not None):
        return False  # "…, New York, NY", "…, en el Complejo Cultural, salón 3": read as parts
    found = calendar.preposition_and_place(clause)
    if found is None:
        return False
    prep, place = found
    if not (_placelike(place) or (_name_words(place) and " " in place)):
        return False  # "… chez Amazon en France", "réunion en Visio", "atelier en Anglais"
    at = clause.find(place, prep)
    title = clause[:prep].strip(" ,;:–—-")
    m.title = m.title or (title or None)
    _read_venue_text(m, place)
    bracket = _BRACKET_AFTER.match(tail, at + len(place))
    if bracket is not None and _DIGIT.search(bracket.group(1)):
        _set_address(m, bracket.group(1).strip())
    return True


_BRACKET_AFTER = re.compile(r"\s*+\(([^()]{2,80})\)")
# Where a title's first clause ends: a comma, a sentence's end, a dash, a bracket.
_FIRST_CLAUSE_END = re.compile(r",\s|\.\s|;|\s[–—]\s|\s\(")


def _title_at_place(m: Meeting, tail: str) -> bool:
    """A date line's rest that opens with what happens in words of its own, then the place
    after a preposition, maybe its street after a comma ("Forum social isérois à l'Espace
    culturel René Proby, 2 place Édith-Piaf, Saint-Martin-d'Hères. Ouverture …", "Book launch
    at Housmans Bookshop, 5 Caledonian Road"): the words before the preposition are the title,
    the place the venue, the street the address. Not when those words name a place ("Conway
    Hall in Red Lion Square") or the place is only a name ("Lesung mit Anna in Berlin")."""
    end = _FIRST_CLAUSE_END.search(tail)
    clause = tail[: end.start()] if end is not None else tail
    found = calendar.preposition_and_place(clause)
    if found is None:
        return False
    prep, place = found
    title = clause[:prep].strip(" ,;:–—-")
    if (
        len(title.split()) < 2
        or _placelike(title)
        or _is_city_line(title)
        or not (_venue_kind(place) or find_campus(place))
    ):
        return False
    rest = tail[len(clause) :].lstrip(" ,")
    head = rest.split(",", 1)[0].strip(" .")
    if head and _placelike(head) and not _street_after_dash(head):
        return False  # "Vortrag: Arbeitskämpfe im Krankenhaus, Gewerkschaftshaus, …": the venue
    m.title = m.title or title
    _read_venue_text(m, place)
    street = SENTENCE_SPLIT.split(rest, maxsplit=1)[0].strip(" .")
    if m.address is None and street and _street_after_dash(street):
        _set_address(m, street)
    elif street and (region := parse_city_region(street)) is not None and m.city is None:
        m.city, m.state = region.city, m.state or region.state  # "…, Washington, DC"
        m.country = m.country or region.country
    return True


def _strip_edges(tail: str) -> str:
    """``tail`` without the dashes, commas and brackets around it, but with the closing bracket
    of a remark it opened: "Trades Hall (upstairs)" keeps its ")"."""
    text = tail.strip(" ,;:–—-@|()·")
    if text.count("(") > text.count(")") and tail.rstrip(" ,;:–—-@|·").endswith(")"):
        text += ")"
    return text


# A part of a "·"-separated line led into by "at" or "in" and a name: "· at the Swan Hotel".
_AT_PART = re.compile(
    r"^(?:at|@|in|venue:?|im|beim|à|au|en)\s++(?=(?:(?:the|la|le|el|der|dem)\s++|l['’])?"
    r"[^\W\d_a-zß-ÿ])"
)
_AT_NAME_START = re.compile(r"^(?:at|@)\s++(?=[^\W\d_a-z])")


def _read_dot_parts(m: Meeting, tail: str) -> bool:
    """A line laid out "Wed 4 Mar · 7pm · Title · at Venue": the parts after the time, split
    at the middle dots, are the title up to the first part that names a place ("at the Swan
    Hotel", "Room 4, Union Hall"), the place from there; a lone part names the place only when
    it reads as one ("Central Library"), else it is the title. True when read here."""
    parts = [p.strip(" ,;:–—-") for p in tail.split("·")]
    parts = [p for p in parts if p and _TWO_LETTERS.search(p)]
    if not parts:
        return False
    place = lambda p: (  # noqa: E731
        _AT_PART.match(p) is not None or _listed_place(p) or _street_after_name(p)
    )
    k = next((k for k in range(1, len(parts)) if place(parts[k])), None)
    if (
        k is None
        and len(parts) >= 2
        and _title_words(parts[-2])
        and _name_words(parts[-1].split(",")[0])
        and not _title_words(parts[-1].split(",")[0])
    ):
        k = len(parts) - 1  # "· Christmas in the Park (sing-along) · Roma Street Parkland": a name
    parts = [_AT_NAME_START.sub("", p) for p in parts]  # "at The Crown & Anchor": its "The"
    lone = k is None and len(parts) == 1
    if lone and _title_over(m) and (place(parts[0]) or _name_and_town(parts[0])):
        # "Teacher training info evening" / "Wed 24 March · 7pm · The Arnolfini, Bristol": the
        # heading is the title, the name and its town after the time the place
        m.title, m.place = m.place, None
        _read_tail(m, parts[0])
        return True
    if lone and (place(parts[0]) or _is_city_line(parts[0])):
        return False  # "· Central Library": read as any place after a time
    if lone and not (m.title or m.place) and _name_and_town(parts[0]):
        return False  # "· Studio 1, Yogaraum Zürich": a name and its town, read as a place
    if k is None:
        m.title = m.title or " – ".join(parts)
        return True
    m.title = m.title or " – ".join(parts[:k])
    _read_tail(m, ", ".join(parts[k:]))
    return True


def _name_and_town(part: str) -> bool:
    """A name, a comma and a town, worded as no title ("Studio 1, Yogaraum Zürich", "The
    Arnolfini, Bristol"; not "Hamlet, Prince of Denmark")."""
    name, comma, town = part.rpartition(",")
    return (
        bool(comma)
        and name_like(name.strip())
        and _name_words(town.strip())
        and not (_title_words(part))
    )


def _title_over(m: Meeting) -> bool:
    """Whether the heading read as the meeting's place is worded as a title, naming no town,
    campus or venue ("Teacher training info evening", "Workshop: Rückbeugen …")."""
    if m.title or not m.place or m.city or m.campus or m.venue:
        return False
    return _title_words(m.place) and not _placelike(m.place)


def _street_after_name(part: str) -> bool:
    """A name, then its street after a comma ("St Mary's, 12 High Street, Leeds"): a place
    whatever the name's words."""
    if "," not in part or not _DIGIT.search(part):
        return False
    return any(_street_line(p.strip()) for p in part.split(",")[1:3])


_LISTED_PARTS = re.compile(r"\s[–—-]\s|[|,;()]")


_QUOTED_TITLE = re.compile(r"[«“„]")  # a title's quotes: no venue's name has them


def _read_listed(m: Meeting, rest: str) -> bool:
    """A one-line entry of a list that states its place once ("Thu 7 Mar  The canal at 200 –
    talk by Dr Moss"): its title, and a place only where a part names one ("…, Birchcliffe
    Centre, Birchcliffe Road", "meet Todmorden station"); parts with a time in them are notes
    ("(car share 1.15pm)"). True when it names its own place."""
    rest = _NOTICE_AT.sub("", rest.lstrip(" –—"), count=1)  # "NB at Leith Library": its own
    if (note := _NOTE_REMARK.search(rest)) is not None and not _placelike(rest[: note.start()]):
        m.title = m.title or rest.strip(" ,;:–—-") or None  # "… (note: not at the pub!)"
        return False
    if "(" in rest and _WORK_CREDIT.search(rest) and not _placelike(_WORK_CREDIT.sub(" ", rest)):
        # "El verdugo (Luis García Berlanga, 1963)": a film and its credits, the list's place
        m.title = m.title or rest.strip(" ,;:–—-") or None
        return False
    if (sp := _speaker_sentence(rest)) is not None:
        # "Lamplighters to Streetlights, 1870–1925. Ellen Marsh, Connecticut State Library.": a
        # talk's title, then its speaker and where they work; the list's place is the talk's
        m.speaker = m.speaker or sp[1]
        m.title = m.title or sp[0] or None
        return False
    raw = [p.strip(" .:") for p in _LISTED_PARTS.split(rest)]  # "1 December: The Chartists"
    parts = [p for p in raw if p and _TWO_LETTERS.search(p)]
    head, comma, last = rest.rstrip(" .").rpartition(", ")
    if comma and (sa := _SPEAKER_AFFILIATION.fullmatch(last)) and name_like(sa["who"]):
        # "« Écrire l'histoire … », Camille Roussel (Université de Lille)": the speaker and
        # where they work, not where the talk is
        m.speaker = m.speaker or last
        m.title = m.title or head.strip(" ,;:–—-") or None
        return False
    if not parts:
        return False
    if (ai := _AT_IN.match(parts[0])) is not None and _listed_place(parts[0][ai.end() :]):
        parts[0] = parts[0][ai.end() :]  # "im Stadtteilzentrum Wesertor, Weserstraße 26"
    k = next((k for k in range(1, len(parts)) if _listed_place(parts[k])), None)
    if (
        k is not None
        and k > 1
        and (rf := room_first(parts[k])) is not None
        and rf[0] is None
        and raw[raw.index(parts[k]) - 1] == parts[k - 1]  # the two are next to each other
        and name_like(parts[k - 1])
        and not _DIGIT.search(parts[k - 1])
        and "|" in rest[: rest.find(parts[k - 1])]  # in a table row's place cell
    ):
        k -= 1  # "… | Alte Universität, Hörsaal -101, Rheinsprung 9": the venue, then its room
    elif (
        k is not None
        and k > 1
        and _HOUSE_NUMBER.match(parts[k])
        and _street_line(parts[k])
        and raw[raw.index(parts[k]) - 1] == parts[k - 1]
        and name_like(parts[k - 1])
        and not _DIGIT.search(parts[k - 1])
    ):
        k -= 1  # "Christmas lunch, Red Lion, 5 Market Place": a name right before its street
    # "Wynn's Hotel, 35-39 …", "Stadtteilzentrum Wesertor, Weserstraße 26"
    street_next = (k == 1 and _HOUSE_NUMBER.match(parts[1])) or (
        len(parts) > 1 and _street_line(parts[1])
    )
    # "Riverside Central Library, Meeting Room 1": the venue, then its room
    room_next = k == 1 and (rf := room_first(parts[1])) is not None and rf[0] is None
    if (
        (k is None or street_next or room_next)
        and _listed_place(parts[0])
        and not _QUOTED_TITLE.search(parts[0])  # "Club de rol: «La llamada de Cthulhu» …"
    ):
        k = 0
    if (
        k in (None, 1)
        and len(parts) > 1
        and _street_line(_first_sentence(parts[1]).rstrip(" ."))
        and (pp := calendar.preposition_and_place(parts[0])) is not None
        and (_placelike(pp[1]) or _EATERY.match(pp[1]))
        and (at := rest.find(pp[1])) >= 0
    ):
        # "Jahreshauptversammlung im Gasthaus Krone, Hauptstraße 9. Anmeldung …": what happens,
        # then its venue and street
        m.title = m.title or parts[0][: pp[0]].strip(" ,;:–—-") or None
        _read_tail(m, _first_sentence(rest[at:]).rstrip(" ."))
        return True
    if k is None:
        # the line's own words when its parts would drop brackets or numbers ("The asbestos
        # strike (1949) and …")
        whole = "(" in rest or any(p and not _TWO_LETTERS.search(p) for p in raw)
        m.title = m.title or (rest.strip(" ,;:.–—-") if whole else " – ".join(parts)) or None
        return False
    at = rest.find(parts[k])
    title = rest[:at].strip(" ,;:.(–—-|") if at > 0 else " – ".join(parts[:k])
    m.title = m.title or title or None
    place = [p for p in parts[k:] if not has_time_hint(p)]
    # the place's own words when no part of it is a timed note: "…, 28-30 Ferry Road (the
    # Community Centre is closed)" keeps its brackets
    said = rest[at:].strip(" .") if at >= 0 and len(place) == len(parts) - k else ", ".join(place)
    if (
        ". " in said
        and (first := _first_sentence(said)) != said
        and any(_listed_place(p.strip(" .")) for p in first.split(","))
    ):
        said = first.rstrip(" .")  # "Old Burying Ground, Church Street. Free; …": a note
    _read_tail(m, calendar.place_text(said))
    return True


# A talk's speaker in a sentence of their own that ends the entry, maybe with where they work:
# "… 1870–1925. Ellen Marsh, Connecticut State Library.", "… of 1912. Prof. David Okafor, UConn."
_COURTESY_WORDS = r"Prof|Dr|Dra|Mme|Mrs|Mr|Ms|Sra|Sr"  # before a speaker's name
_SPEAKER_SENTENCE = re.compile(
    rf"[.!?]\s++(?P<who>(?:(?:{_COURTESY_WORDS})\.?\s++)?"
    r"[A-ZÀ-Þ][\w'’-]++(?:\s++[A-ZÀ-Þ][\w'’-]++){1,2})"
    r"(?:\s*+,\s*+(?P<where>[^.;!?]{2,80}+))?\.?\s*+$"
)
_SPEAKER_SENTENCE_REACH = 140  # characters at the end of an entry where that sentence is sought


def _speaker_sentence(rest: str) -> tuple[str, str] | None:
    """(title, speaker) when an entry ends with a sentence that is only a person's name, maybe
    with their affiliation after a comma; else None. Not a place's name ("Trades Hall",
    "Hebden Bridge")."""
    tail = rest.rstrip()
    start = max(0, len(tail) - _SPEAKER_SENTENCE_REACH)
    found = _SPEAKER_SENTENCE.search(tail, start)
    if found is None:
        return None
    who, where = found.group("who"), found.group("where")
    if not (_COURTESY.match(who) or (where is not None and _affiliation(where))):
        return None  # "… Jane Whitcomb." or "… Hebden Bridge, West Yorkshire.": whose name?
    if (
        _ARTICLE_FIRST.match(who)  # "The Red Lion, 4 Market Street"
        or _placelike(who)
        or _is_city_line(who)
        or parse_place(who).city is not None
        or (where is not None and (_placelike(where) and _HOUSE_NUMBER.search(where)))
        or (where is not None and parse_city_region(f"{who}, {where}") is not None)
    ):
        return None
    return tail[: found.start() + 1].strip(" .–—-"), who


def _affiliation(where: str) -> bool:
    """Whether the words after a name say where a speaker works: an institution ("Connecticut
    State Library", "UConn", "Crescent Pond Association", "Berkshire Bat Group") or a trade in
    lower case ("historian"); not a county or a country ("West Yorkshire")."""
    return bool(
        _placelike(where)
        or _BODY_WORD.search(where)
        or (where[:1].islower() and not _NEAR_WORD.match(where))
    )


_NEAR_WORD = re.compile(r"(?:near|nr|bei|nahe|près|pres|proche|cerca|junto|in|at|en|à|a)\b")


# The words of a society or a body a speaker may belong to, in the four languages.
_BODY_WORD = re.compile(
    r"\b(?:association|society|group|trust|institute|council|foundation|union|network|"
    r"gesellschaft|verein|verband|institut|stiftung|netzwerk|gewerkschaft|"
    r"soci[ée]t[ée]|fondation|réseau|reseau|syndicat|collectif|"
    r"asociaci[óo]n|sociedad|fundaci[óo]n|instituto|colectivo|sindicato|red)\b",
    re.IGNORECASE,
)
_COURTESY = re.compile(rf"(?:{_COURTESY_WORDS})\b")
_ARTICLE_FIRST = re.compile(r"(?:The|Le|La|Les|El|Los|Las|Der|Die|Das|Zum|Zur|Am|Im)\s")


# A house number that ends a sentence: "…, Kirchstraße 5. Eintritt frei" (not "am 5. Juni").
_NUMBER_END = re.compile(r"(?<=\d)\.\s++(?=([A-ZÀ-Þ][^\W\d_]*+))")
_HOUSE_NUMBER_END = re.compile(r"(?:^|\s)\d{1,4}[a-z]?$")


def _first_sentence(text: str) -> str:
    """The first sentence of a text, ending after a word or after a house number."""
    first = SENTENCE_SPLIT.split(text, maxsplit=1)[0]
    for ne in _NUMBER_END.finditer(first):
        if (
            _HOUSE_NUMBER_END.search(first[max(0, ne.start() - 7) : ne.start()])
            and ne.group(1).casefold() not in _all_months()
        ):
            return first[: ne.start()]
    return first


# Who or what comes with a talk, never where it is: "with Tom Keller", "mit Anna Berger",
# "avec Luc Martin", "con Ana Ruiz", "featuring the rose engine from the Denver club".
_WITH_PART = re.compile(r"(?:with|featuring|feat\.|mit|avec|con)\s")


def _listed_place(part: str) -> bool:
    return (
        not (has_time_hint(part) and find_times(part))
        and _WITH_PART.match(part) is None
        and _entry_place(part)
        and not _unavailable(part)
    )


# A title's sentence ending before the place's: "Concentración contra los desahucios. Plaza de
# Lavapiés.", "Asamblea abierta del barrio. Centro Cultural Casino de la Reina (c/ Casino, 3)".
_TITLE_SENTENCE_END = re.compile(
    r"(?:(?<=[^\W\d_]{3})|(?<=[^\W\d_]{2}\)))[.!?]\s++(?=[A-ZÀ-Þ])"  # "(… 10 años). Casa"
)


def _title_sentence_before_place(m: Meeting, tail: str) -> str:
    """A date line's rest that is a sentence saying what happens, then one that opens with a
    place's name: the first is the title, the rest (the place) is returned. Not when the first
    names a place itself ("Trades Hall. Upstairs.") or the second is no place ("Bring a
    friend.")."""
    end = _TITLE_SENTENCE_END.search(tail)
    if end is None:
        return tail
    first, rest = tail[: end.start() + 1].strip(" .!?"), tail[end.end() :]
    head = rest.split(",", 1)[0].split("(", 1)[0].strip(" .")
    if not first or _placelike(first) or _is_city_line(first):
        return tail
    if not (_placelike(head) or _STREET_WORD_ABROAD.match(head)):  # "Place de la République"
        return tail
    if _reads_as_sentence(head):
        return tail  # "Wir treffen uns im Gemeindehaus.": a sentence, read as before
    m.title = m.title or first
    return rest


# A speaker's name, then where they work in brackets: "Camille Roussel (Université de Lille)",
# "Thomas Keller (Université de Lorraine)", "Dr Ana Ruiz (UNAM)".
_SPEAKER_AFFILIATION = re.compile(
    r"(?P<who>(?:(?:Dr|Prof|Dra|Mag|Lic)\.?\s++)?[A-ZÀ-Þ][\w'’.-]*+(?:[\s-]++[A-ZÀ-Þ][\w'’.-]*+){1,3})"
    r"\s*+\([^()]{2,70}\)"
)


# A work's credits in brackets, ending with its year: "(Luis García Berlanga, 1963)", "(Sanma no
# aji, Yasujirō Ozu, 1962)", "(Carla Simón, 2017)".
_WORK_CREDIT = re.compile(r"\([^()]{2,80},\s*+(?:18|19|20)\d\d\)")


# A note to readers in brackets at the end of a line: "(note: Saturday, and not at the pub!)",
# "(attention : samedi, et pas au café !)", "(Achtung: Samstag!)", "(ojo: sábado)".
_NOTE_REMARK = re.compile(
    r"\(\s*+(?:note|nb|n\.\s*+b\.|please\s++note|attention|achtung|hinweis|wichtig|ojo|nota|"
    r"atenci[óo]n|important|importante)\b[^()]*+\)[\s.!]*+$",
    re.IGNORECASE,
)


def _title_before_place(m: Meeting, tail: str) -> str:
    """ "Book launch — Housmans Bookshop": a first dash-separated part that names no place,
    before one that does, is the title; the rest of the line (the place) is returned."""
    if " " not in tail or not _SEGMENT_END.search(tail):
        return tail
    segs = [p.strip(" ,;") for p in _SEGMENT_END.split(tail)]
    first = segs[0]
    if not first or _is_city_line(first) or _DIGIT.search(first[:1]):
        return tail
    if _placelike(first) and not (_title_words(first) and _weak_place(first)):
        return tail  # not "“Water as a commons” with Helen Gardner": a venue word in passing
    k = next((k for k in range(1, len(segs)) if segs[k] and _entry_place(segs[k])), None)
    if k is None and _quoted_title(first) is not None and segs[-1]:
        k = len(segs) - 1  # "« Intelligence artificielle et travail » — Le Lieu Unique"
    if k is None:
        return tail
    m.title = m.title or " – ".join(segs[:k])
    return ", ".join(p for p in segs[k:] if p)


def _build_meetings(
    span: _Span, lines: list[Line], ctx: _Context, prev: date | None
) -> list[Meeting]:
    """The meeting of a span, and one more for each later date on its line, sharing the place
    and the time unless a date has its own."""
    later: list[TimeMatch] = []
    m = _build_meeting(span, lines, ctx, prev, later)
    out = [m]
    a, aline = span.anchor, lines[span.anchor.index]
    for tm in later:  # "Sat 9 Jan, 11:00 and 14:00": the same meeting twice
        out.append(dataclasses.replace(m, links=list(m.links), start_time=tm.start_time))
    if ";" in a.tail and not (a.more or a.listed or a.prose) and (times := _times_list(m, a.tail)):
        return times
    for day in a.listed:  # "jueves 2, 9 y 16 de mayo": everything but the day is shared
        other = dataclasses.replace(m, links=list(m.links), end_date=None)
        dm = dataclasses.replace(a.date, day=day, weekday=None, end_day=None, end_month=None)
        d = _meeting_date(other, dm, aline, ctx, prev)
        other.date = d.isoformat() if d else None
        out.insert(len(out) - 1, other)
    last = date.fromisoformat(m.date) if m.date else prev
    prose = a.prose or (bool(a.more) and is_prose(aline.text))
    items = bool(a.more) and _own_items(a.tail, a.more)
    for k, dm in enumerate(a.more):
        other = dataclasses.replace(m, links=list(m.links), end_date=None)
        d = _meeting_date(other, dm, aline, ctx, last)  # near the date before it on the line
        other.date = d.isoformat() if d else None
        last = d or last
        upto = a.more[k + 1].start if k + 1 < len(a.more) else len(a.tail)
        seg = a.tail[dm.end : upto]
        if a.columns is not None and "|" in seg:
            seg = seg[: seg.index("|")]  # the row's other cells are every date's
        if prose and k + 1 < len(a.more):
            seg = _cut_town_clause(seg)  # "… and at Cal State LA on": the next date's place
        tm = find_times(seg)
        if tm and tm.start <= _NEAR:
            other.start_time, other.end_time, other.time_tba = tm.start_time, tm.end_time, False
            other.status = "scheduled" if other.status == "tba" else other.status
            seg = _take_tz_hint(other, seg[tm.end :])
        elif prose and (own := _shared_time(a.tail, dm.end)) is not None:
            # "at UCLA on February 23 and at Cal State LA on February 24, both at 7 p.m."
            other.start_time, other.end_time, other.time_tba = own.start_time, own.end_time, False
            other.status = "scheduled" if other.status == "tba" else other.status
        elif _opens_sentence(a, k) and (own := _sentence_time(seg)) is not None:
            # "The following evening, February 10, Lindqvist speaks at … (Weiser Hall) at 6:30
            # p.m.": the time of the date's own sentence, not the one of the date before it
            other.start_time, other.end_time, other.time_tba = own.start_time, own.end_time, False
            other.status = "scheduled" if other.status == "tba" else other.status
        if prose and _time_to_come(a.tail[dm.end : upto]):
            other.start_time = other.end_time = None  # "…; the time … will be announced"
            other.time_tba = True
            other.status = "tba" if other.status == "scheduled" else other.status
        if items:
            own = Meeting()
            _read_tail(own, _ITEM_SEP_END.sub("", seg).strip(" –—-:"))
            _take_place(other, own)
        else:
            _own_place(other, seg)
        if (
            m.city
            and other.venue != m.venue
            and m.city not in seg
            and m.city in a.tail[: a.more[0].start]
        ):
            other.city = None  # the first date's town, named in its clause, is not this venue's
        begun = a.more[k - 1].end if k else 0
        if prose:
            before = a.tail[begun : dm.start]
            stop = list(_NEXT_SENTENCE.finditer(a.tail, 0, dm.start))
            opens = bool(stop) and stop[-1].start() >= begun  # the first date of its sentence
            _sentence_site(
                other, m, before, a.tail[stop[-1].end() if stop else 0 : dm.start],
                _sentence_rest(seg, 0) if opens else "",
            )  # fmt: skip
        if city := _city_named(
            _CITY_BEFORE_DATE.search(a.tail[begun : dm.start][-_CITY_BEFORE_REACH:])
        ):
            _set_city(other, city, m)
        out.append(other)
    # a status word right after some of the dates is theirs; else each sentence's
    if (
        a.more
        and m.status in ("cancelled", "postponed")
        and (a.listed or not _status_after_dates(out, a))
    ):
        _status_per_sentence(out, len(a.listed), span, lines)
    if len(out) > 1 and m.status in ("cancelled", "postponed"):
        _status_of_named_days(out, span, lines)
    return out


_RUN_OF_SPACES = re.compile(r"(?<! ) {2,}+")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m[0])


_STATUS_AFTER_DATE = 25  # characters after a date where its own status word stands


def _status_after_dates(out: list[Meeting], a: _Anchor) -> bool:
    """A line of dates with a status word right after some of them ("Termine: 01.02. 15.02.
    15.03. entfällt! 19.04.", "Tuesdays 9 Feb, 16 Feb (cancelled), 23 Feb"): those dates take
    it, the others not (then True). ``out`` holds the line's date, then its later dates."""
    ends = [dm.start for dm in a.more[1:]] + [len(a.tail)]
    segs = [a.tail[: a.more[0].start]]
    segs += [a.tail[dm.end : end] for dm, end in zip(a.more, ends, strict=True)]
    said = [_status_said(seg[:_STATUS_AFTER_DATE]) for seg in segs]
    if len(said) != len(out) or all(said) or not any(said):
        return False  # every date's status, or none said right after a date
    for m, own in zip(out, said, strict=True):
        m.status = own or ("scheduled" if m.start_time else "tba")
    return True


def _status_of_named_days(out: list[Meeting], span: _Span, lines: list[Line]) -> None:
    """A note under a line of several dates that gives one of them its status ("⚠️ Mise à
    jour : la séance du 2 mars est annulée", "Update: the session on 2 March is cancelled"):
    that date's meeting only, not every date's of the line."""
    days = {(d.month, d.day) for m in out if m.date and (d := date.fromisoformat(m.date))}
    named: set[tuple[int, int]] = set()
    for i in span.indices:
        if i == span.anchor.index:
            continue
        text = lines[i].text
        dm = find_date(text, langs=LANGUAGES) if _status_said(text) else None
        if dm is not None and dm.month is not None and (dm.month, dm.day) in days:
            named.add((dm.month, dm.day))
    if not named:
        return
    for m in out:
        d = date.fromisoformat(m.date) if m.date else None
        if d is not None and (d.month, d.day) not in named:
            m.status = "scheduled" if m.start_time else "tba"


# The end of a sentence in prose: its stop, then the next one's capital.
_NEXT_SENTENCE = re.compile(r"[.!?;]\s++(?=[A-ZÀ-Þ]|the\s)")


# A time the rest of a sentence gives all its dates: "…, both at 7 p.m.", "jeweils um 19 Uhr",
# "toutes deux à 19 h", "ambas a las 19 h".
_SHARED_TIME_CUE = re.compile(
    r"\b(?:both|all|each|beide|jeweils|tous\s++(?:les\s++)?deux|toutes\s++(?:les\s++)?deux|"
    r"ambas|ambos|las\s++dos|los\s++dos)\b,?\s++(?:(?:at|um|ab|à|a\s++las?)\s++)?(?=\d)",
    re.I,
)
# A sentence saying a date's time is still to come: "the time and room of the Berkeley meeting
# will be announced", "die Uhrzeit wird noch bekannt gegeben", "l'heure sera communiquée", "la
# hora se precisará", "Uhrzeit noch offen".
_TIME_TO_COME = re.compile(
    r"\b(?:time|times|Uhrzeit|Zeit|heure|horaire|hora|horario)\b[^.;!?]{0,60}?\b"
    r"(?:will\s++be\s++(?:announced|confirmed)|to\s++be\s++(?:announced|confirmed)|tb[ac]\b|"
    r"(?:wird|werden)\s++(?:noch\s++)?bekannt\s*+gegeben|folgt|(?:sera|seront)\s++communiqu|"
    r"à\s++confirmer|se\s++precisar|por\s++confirmar|se\s++anunciar"
    # "Uhrzeit noch offen", "time still open", "heure pas encore fixée", "hora por definir"
    r"|noch\s++offen|still\s++open|not\s++yet\s++(?:fixed|set)|pas\s++encore\s++fix[ée]e?|"
    r"por\s++definir)",
    re.I,
)
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
# An entry's own line saying its time is to come, the time's word right before it: "– Uhrzeit
# folgt", "time TBA", "heure à confirmer", "horario por confirmar" (not "L'heure du conte (lieu à
# confirmer)": the place is).
_OWN_TIME_TBA = re.compile(
    r"\b(?:uhrzeit|zeit|time|times|heure|horaire|hora|horario)\s*+[:–—-]?\s*+"
    r"(?:folgt|tb[ac]\b|(?:to|will)\s++be\s++(?:announced|confirmed)|"
    r"(?:wird|werden)\s++(?:noch\s++)?bekannt\s*+gegeben|noch\s++offen|"
    r"(?:sera|seront)\s++communiqu|se\s++anunciar|"
    r"[àa]\s++(?:confirmer|venir|pr[ée]ciser|d[ée]finir)|(?:por|a)\s++(?:confirmar|definir))",
    re.IGNORECASE,
)


def _sentence_rest(text: str, start: int) -> str:
    end = _SENTENCE_STOP.search(text, start)
    return text[start : end.start() if end else len(text)]


def _shared_time(tail: str, start: int) -> TimeMatch | None:
    """The time the rest of the date's sentence gives all its dates ("…, both at 7 p.m.")."""
    rest = _sentence_rest(tail, start)
    cue = _SHARED_TIME_CUE.search(rest)
    tm = find_times(rest[cue.end() : cue.end() + 20]) if cue else None
    return tm if tm is not None and tm.start == 0 else None


def _time_to_come(text: str) -> bool:
    """Whether ``text`` (a date's words up to the next date) says its time is still to come."""
    return _TIME_TO_COME.search(_sentence_rest(text, 0)) is not None


def _opens_sentence(a: _Anchor, k: int) -> bool:
    """Whether the line's later date ``a.more[k]`` is in a sentence of its own (a stop between
    it and the date before it), or the line is prose."""
    if a.prose:
        return True
    begun = a.more[k - 1].end if k else 0
    return _NEXT_SENTENCE.search(a.tail, begun, a.more[k].start) is not None


def _sentence_time(seg: str) -> TimeMatch | None:
    """The time a later date's own sentence gives after it (up to the next date), if cued."""
    if (end := _NEXT_SENTENCE.search(seg)) is not None:
        seg = seg[: end.start()]
    return _cued_time(seg)


def _status_per_sentence(out: list[Meeting], listed: int, span: _Span, lines: list[Line]) -> None:
    """A line whose later dates open sentences of their own, its status words in only some of
    them ("The talk on Thursday 3 December is cancelled. We meet again on Thursday 10 December
    at 7pm."): each date takes the status of its words, from its sentence to the next date's
    (the first date's from the line's start). ``out`` holds the line's listed days, its date,
    then its later dates, as _build_meetings builds them."""
    a, text = span.anchor, lines[span.anchor.index].text
    if (at := text.rfind(a.tail)) < 0:
        return
    dates = tuple((at + dm.start, at + dm.end) for dm in a.more)
    starts = [0] * (listed + 1) + [sentence_start(text, lo, dates) for lo, _ in dates]
    if not any(starts):
        return  # one sentence: its status is every date's
    ends = [*starts[listed + 1 :], len(text)]
    for k, m in enumerate(out):
        end = ends[max(0, k - listed)]
        if own := _sentence_status(m, span, lines, text[starts[k] : end]):
            m.status = own


def _sentence_status(m: Meeting, span: _Span, lines: list[Line], own: str) -> str | None:
    """The status the words of ``own`` (a date's sentence) give, unless a line under the date
    gives one for every date on its line (then None)."""
    if said := _status_said(own):
        return said if said != m.status else None
    anchor = span.anchor.index
    if _status_said(" ".join(lines[i].text for i in span.indices if i != anchor)):
        return None  # "CANCELLED" on a line under the date: every date's
    return "scheduled" if m.start_time else "tba"


def _status_said(text: str) -> str | None:
    """ "cancelled" or "postponed" when ``text`` says so outright (``_read_flags``), else None."""
    probe = Meeting()
    _read_flags(probe, [text])
    return probe.status if probe.status in ("cancelled", "postponed") else None


_TIMES_LIST_SPLIT = re.compile(r";\s*+")


def _times_list(m: Meeting, tail: str) -> list[Meeting] | None:
    """A date line that lists several events, each with its time, split at semicolons
    ("Christmas Eve, Thursday 24 December: 4pm Crib Service; 11.30pm Midnight Mass (St Mary's
    Church)"): one meeting per event, each with its own title and time; a place written once
    (at the end) is every event's that names none. None when the line is not such a list."""
    parts = [p.strip(" ,:.–—-") for p in _TIMES_LIST_SPLIT.split(tail)]
    if len(parts) < 2 or len(parts) > 12:
        return None
    read = []
    for part in parts:
        tm = find_times(part)
        if tm is None or tm.start != 0 or not _TWO_LETTERS.search(part[tm.end :]):
            return None
        read.append((tm, part[tm.end :].strip(" ,:–—-")))
    out = []
    for tm, rest in read:
        one = dataclasses.replace(m, links=list(m.links), title=None)
        for name in _LINE_PLACE_FIELDS:  # what the line gave; a heading's city stays
            setattr(one, name, None)
        one.start_time, one.end_time, one.time_tba = tm.start_time, tm.end_time, False
        one.status = "scheduled" if one.status == "tba" else one.status
        close = rest.rfind(")")
        open_ = rest.rfind("(", 0, close)
        inner = rest[open_ + 1 : close].strip() if open_ > 0 and close == len(rest) - 1 else ""
        if inner and not _DIGIT.search(inner) and (_name_words(inner) or _placelike(inner)):
            one.title = rest[:open_].strip(" ,–—-") or None  # "Quiz night (The Red Lion)"
            _read_entry_place(one, inner)
        else:
            _read_entry(one, rest, True)
        out.append(one)
    named = [o for o in out if o.venue or o.place or o.address or o.room]
    if named:
        for o in out:
            if not (o.venue or o.place or o.address or o.room):
                for name in _LINE_PLACE_FIELDS:
                    setattr(o, name, getattr(named[-1], name))
    return out


_LINE_PLACE_FIELDS = ("place", "venue", "room", "address", "postal_code")


_OWN_PLACE_FIELDS = (
    "place",
    "campus",
    "city",
    "venue",
    "room",
    "address",
    "postal_code",
    "state",
    "country",
)


def _set_city(other: Meeting, city: str, first: Meeting) -> None:
    """A later date's own town: the place copied from the first date on its line was another
    town's ("… à Lyon (Université Lyon 2), puis à Grenoble le jeudi 21 janvier")."""
    if other.city == city:
        return
    for name in _OWN_PLACE_FIELDS:
        if getattr(other, name) == getattr(first, name):
            setattr(other, name, None)
    other.city = other.place = city


def _own_place(m: Meeting, seg: str) -> None:
    """A later date's own place on the line ("…, and Saturday February 20, 2pm, at Moe's Books,
    2476 Telegraph Ave, Berkeley, CA 94704"): it replaces the place copied from the first date
    when it names a venue or an address."""
    if (stop := _NEXT_SENTENCE.search(seg)) is not None:
        seg = seg[: stop.start()]  # "…, de 14 h 30 à 16 h 30. Une psychologue … autour d'un café"
    seg = _AT_IN.sub("", _cut_join(seg).strip(" ,;.–—-"))
    parts = [p.strip() for p in seg.split(",")]
    if not seg or not (_placelike(seg) or _address_start(parts) is not None):
        return
    own = Meeting()
    _read_tail(own, seg)
    if own.venue is None and own.address is None:
        return
    _take_place(m, own)


def _take_place(m: Meeting, own: Meeting) -> None:
    """``own``'s place on ``m``: what the line names (venue, room, address) replaces ``m``'s;
    a place, city, state, country or campus only where ``own`` gives one (a heading's stays)."""
    for name in _OWN_PLACE_FIELDS:
        value = getattr(own, name)
        if value is not None or (name in _LINE_PLACE_FIELDS and name != "place"):
            setattr(m, name, value)  # a heading's place ("Leeds" over the line) stays


_TALK_QUOTES = ("«", "“", "„", '"')  # a date line quoting its talk's title


def _build_meeting(
    span: _Span,
    lines: list[Line],
    ctx: _Context,
    prev: date | None,
    later: list[TimeMatch] | None = None,
) -> Meeting:
    """One meeting from its span: heading (place, title, kind), date and time, then details;
    ``later`` gets the line's further start times of the same event (see _later_times)."""
    a = span.anchor
    aline = lines[a.index]
    m = Meeting(source_line=lines[span.first].number)
    if (
        a.inline_head
        and a.columns
        and "|" in aline.text
        and len(calendar.row_cells(aline.text)) == len(a.columns)
    ):
        pass  # a row whose date is not its first cell: its cells are read by their columns' roles
    elif a.prose:
        _read_prose_head(m, a.inline_head)
    else:
        heads = (
            [a.inline_head]
            if a.inline_head
            else [lines[h].text for h in span.header or a.place_head]
            + ([a.day_place] if a.day_place else [])
        )
        _read_heading(m, heads, span)
    if (
        a.inline_head
        and m.city is None
        and (city := _city_named(_OPENING_CITY.match(a.inline_head)))
    ):
        m.city = city  # "In Zürich treffen wir uns wieder am …"
        m.place = city if m.place in (None, a.inline_head) else m.place
    if span.series:
        _apply_series(m, span.series)
    if a.inline_head and not a.prose and m.venue is None and contains_any(a.inline_head, _AT_WORDS):
        title = m.place  # "Ana Ruiz reads at Green Apple Books, 506 Clement St, … on Thursday"
        bare = _without_day_words(a.inline_head)
        if _venue_and_street_before(m, bare) and m.title is None:
            m.title = _AT_IN_OF.split(title, maxsplit=1)[0].strip() if title else None
        elif (kb := _KIND_NAME_BRACKET_END.search(bare[-_AT_STREET_REACH:])) is not None:
            # "Le café mémoire reprend au bar du Lieu Unique (quai Ferdinand-Favre, Nantes) les
            # jeudis 14 janvier, …": the venue, its street and town in brackets
            m.title = m.title or bare[: kb.start()].strip(" ,") or None
            m.venue, m.place = kb["name"].strip(), kb["name"].strip()
            _set_address(m, kb["addr"].strip())
    details = [lines[d] for d in (*span.pre, *span.details)]
    paragraph = None  # the place and time a blurb under a titled date line gives
    if a.date is not None:
        before = _tail_place_values(m)  # not a copy of the meeting: cheap
        tail = _read_when(m, a, aline, ctx, prev, later)
        if (
            tail is not None
            and not span.pre
            and not a.prose
            and a.day is None
            and (paragraph := _paragraph_under(tail, lines, a.index)) is not None
        ):
            vars(m).update(zip(_TAIL_PLACE_FIELDS, before, strict=True))
            m.title = m.title or tail.strip(" ,;:–—-@|·")
        elif _next_sentence_read(a, before, _tail_place_values(m)):
            # "… au bar du Lieu Unique (quai …, Nantes) les jeudis 14 janvier, …, de 14 h 30 à
            # 16 h 30. Une psychologue … vous y accueillent …": the next sentence is a note
            vars(m).update(zip(_TAIL_PLACE_FIELDS, before, strict=True))
        elif (
            tail is not None
            and not span.pre
            and (_tail_title_over_venue(tail, details) or _entry_over_venue(a, tail, details))
        ):
            # the venue line under the date, not the title
            vars(m).update(zip(_TAIL_PLACE_FIELDS, before, strict=True))
            if a.day is not None:
                m.title = None  # a calendar entry's title was read up to its dash
            m.title = m.title or tail.strip(" ,;:–—-@|·")
    else:
        m.status = "pending"
    # "Saturday, March 9, Central Library" over its entries: their venue unless they name one
    if (a.day_place and m.venue is None) and (
        VENUE_WORDS.search(a.day_place) or (m.room is None and m.address is None)
    ):
        _read_venue_text(m, a.day_place)
    talk = any(q in aline.text for q in _TALK_QUOTES)
    location_pending = _read_details(m, details, aline.number, talk)
    if m.title and _TIME_TO_FOLLOW.fullmatch(m.title.strip(" .()")):
        m.title, m.time_tba = None, m.start_time is None  # "· horaires à venir": no title
    if paragraph is not None:
        place, tm = paragraph
        if m.address and m.address.strip() == lines[a.index + 1].text.strip():
            m.address = None  # "Back at Monroe's Tavern, 7.30pm.": read as an address
        if place:
            m.venue, m.place = place, place
        if tm is not None and m.start_time is None:
            m.start_time, m.end_time, m.time_tba = tm.start_time, tm.end_time, False
    if later is not None and not later and m.date and span.details:
        _detail_times(m, lines[span.details[0]].text, later)
    if m.date and m.start_time is None and not a.more and not a.lead:
        own = _wrapped_time(a, _wrapped_lines(lines, a.index, span.details))
        if own is not None:  # "Sunday, 12/20 — Committee meets at 9 am in the Library / room …"
            m.start_time, m.end_time, m.time_tba = own.start_time, own.end_time, False
    if a.list_choices:  # "à Cholet …, à 14 h 30 ; à Saumur …, à 20 h 30": the place it names
        texts = " ".join(t.text for t in (aline, *details))
        a.list_time, a.list_place = place_time_of(a.list_choices, texts) or (None, None)
        a.list_choices = ()
    if a.list_time and m.date and m.start_time is None and not m.time_tba:
        if _TBA_CELL.match(a.tail) is not None or any(
            _OWN_TIME_TBA.search(t.text) is not None for t in (aline, *details[:1])
        ):
            # "jue 17/6/2027 | a confirmar | …", "Samstag, 1. Mai 2027" / "Internationale
            # Online-Maikundgebung – Uhrzeit folgt": its time is to come, not the list's
            m.time_tba = True
        else:
            m.start_time, m.end_time = a.list_time.start_time, a.list_time.end_time
    # "Achtung, abweichender Ort: Hörsaal 1" under the date: this entry's place, not the list's
    own_place = a.own_place or (a.list_place is not None and _overrides_place(details))
    if a.soft_place and (m.address or m.room or m.campus or _place_from_details(m, details)):
        own_place = True  # "Perfect Days (…)" / "Cotswold Playhouse, Parliament Street, …"
    if a.list_place is not None and not own_place and _ONLINE_ONLY.search(aline.text):
        own_place = m.online = True  # "Online only, via Zoom: …": not at the list's place
    online_list = _online_list(a) and not own_place
    if (
        a.list_place
        and not own_place
        and not online_list
        and not (a.prose and (m.venue or m.address or m.room))
    ):
        # a sentence's own place stays: "… en el salón de actos"
        under = bool(span.details) and span.details[0] == a.index + 1
        _apply_list_place(m, a.list_place, under)
    elif online_list and m.venue and not (m.address or m.room or _placelike(m.venue)):
        m.title, m.venue = m.title or m.venue, None  # "… EC members will receive the link …"
    online_head = _online_heading(lines, a.index)
    if span.city is not None and (online_head is None or online_head < span.city):
        _apply_city_heading(m, lines[span.city].text)  # not over "Reunión en línea" under it
    elif span.city is None and (city := _titled_group_city(lines, span)) is not None:
        _apply_city_heading(m, city)  # "IYSSE Monterrey: La amenaza …" over the date
    links = list(aline.links)
    for d in span.details:
        links += _line_links(lines[d])
    for h in (*span.header, *span.pre):
        links += lines[h].links
    m.links = list(dict.fromkeys(links)) if links else links
    _settle_status(m, aline, ctx, location_pending)
    flags = [lines[i].text for i in span.indices]
    if paragraph is not None:  # "POSTPONED — Prof. Keane has had to travel; …" opens the blurb
        flags.append(lines[a.index + 1].text[:_PARAGRAPH_STATUS])
    _read_flags(m, flags)
    if online_head is not None or (online_list and not (m.venue or m.room or m.address)):
        m.online = True  # "The EC meets at 6pm …, online via Zoom:" over its dates
    if (
        m.online
        and m.venue
        and not (m.address or m.room or _placelike(m.venue))
        and m.venue[:1].islower()
        and m.place in (None, m.venue, m.venue + ".")
    ):
        # "8pm — Online conversation on Zoom, all levels.": a remark after it, no venue
        m.venue = m.place = None
    return m


# An entry held only online, in a list that states its place: "Online only, via Zoom", "nur
# online", "uniquement en ligne", "solo en línea".
_ONLINE_ONLY = re.compile(
    r"\b(?:(?:online|virtual|zoom)[\s-]++only|only\s++(?:online|on\s++zoom)|"
    # a webinar on a video service is held online: "Webinaire international … sur Zoom" (not
    # "how to run a webinar", "Anschauen des Webinars …": in the room)
    r"web(?:inar|inaire|inario)\w*+\b[^.;:]{0,40}?\b(?:on|sur|auf|über|por|via|en)\s++"
    r"(?:zoom|teams|jitsi|webex|youtube|google\s++meet)|"
    r"(?:nur|ausschlie(?:ß|ss)lich)\s++(?:online|digital|per\s++zoom)|"
    r"(?:uniquement|seulement|exclusivement)\s++(?:en\s++ligne|sur\s++zoom|en\s++visio)|"
    r"en\s++ligne\s++uniquement|"
    r"(?:s[óo]lo|[úu]nicamente|exclusivamente)\s++(?:online|en\s++l[íi]nea|virtual|por\s++zoom))\b",
    re.IGNORECASE,
)


# What leads to an entry's own time in its wrapped sentence: "meets at 9 am", "Wir treffen uns
# um 15.30 Uhr", "rendez-vous à 18 h", "nos vemos a las 19 h", "Business, 12:15 pm, …".
_WRAPPED_CUE = re.compile(
    r"(?:\b(?:at|from|starts?|begins?|um|gegen|ab|beginnt|à|vers|dès|commence|a\s++las?|desde|"
    r"comienza|empieza|meet|treffpunkt|rdv|rendez-vous|quedamos)|[,–—])\s*+$",
    re.I,
)
# A time in the sentence for getting there, not for the meeting: "Carpools leave our parking lot
# at 9:15", "Abfahrt am Bahnhof um 9 Uhr", "départ du car à 8 h", "salida del autobús a las 8".
_TRIP_WORD = re.compile(
    r"\b(?:leav(?:e|es|ing)|depart\w*|carpools?|bus|abfahrt|fahren|fahrgemeinschaft\w*|"
    r"départ|partons|covoiturage|salida|salimos)\b",
    re.I,
)
_WRAPPED_LINES = 2  # lines under the date line that its sentence may wrap onto
_WRAPPED_TIMES = 3  # times read in that sentence at most
_TRIP_REACH = 40  # characters before a time searched for _TRIP_WORD


def _detail_times(m: Meeting, text: str, later: list[TimeMatch]) -> None:
    """The line under a date line giving the event's start times, then its place ("um 14:00 Uhr
    und um 19:00 Uhr, Hörsaal Haus C" under "Dienstag, 26. Januar – zweimal, damit alle
    Schichten kommen können:", "à 14 h et à 19 h, salle B"): the first time is ``m``'s,
    ``later`` gets the others, and the line's place is every one's."""
    tm = find_times(text[:_NEAR])
    if tm is None or _CUE_END.match(text, 0, tm.start) is None:
        return
    times = _later_times(text, tm)
    if times is None:
        return
    tm, more, end = times
    m.start_time, m.end_time, m.time_tba = tm.start_time, tm.end_time, False
    m.status = "scheduled" if m.status == "tba" else m.status
    later.extend(more)
    own = Meeting()
    _read_tail(own, text[end:].strip(" ,;:–—-"))
    if own.venue or own.room or own.address:
        _take_place(m, own)


_WRAPPED_TIME_HEAD = 12  # characters of a wrapped line that may hold the time it opens with


def _wrapped_lines(lines: list[Line], index: int, details: list[int]) -> list[str]:
    """The lines right under a date line that its sentence wraps onto: the entry's own detail
    lines, or a line that goes on with the sentence in lower case ("wir treffen uns um …") when
    the date line did not end it; a blank line ends them."""
    out: list[str] = []
    number = lines[index].number
    for j in range(index + 1, min(index + 1 + _WRAPPED_LINES, len(lines))):
        line = lines[j]
        text = line.text.strip()
        if line.number != number + len(out) + 1 or not text:
            break
        if j not in details:
            ended = (lines[j - 1].text.rstrip()[-1:] or ".") in ".!?"
            # "… on Saturday the 5th of December," / "11am to 1pm, in Pearse Street Library."
            timed = text[0].isdigit() and find_times(text[:_WRAPPED_TIME_HEAD]) is not None
            if "|" in text and "|" in lines[j - 1].text:
                break  # a table's next row ("lundi 14 décembre 2026 | Séance … | …")
            if (
                ended
                or not (text[0].islower() or timed)
                or find_date(text, langs=LANGUAGES) is not None
            ):
                break  # a new sentence or another date's line, not the wrapped one
        out.append(text)
    return out


def _wrapped_time(a: _Anchor, wrapped: list[str]) -> TimeMatch | None:
    """The entry's start time stated later in the sentence that begins on its date line and
    wraps under it ("First Day, Twelfth Month 13 / Meeting for Worship …, 12:15 pm, after rise
    of meeting", "Saturday, January 16 — Quarterly Meeting at …, / worship at 10 am followed by
    business. Carpools leave our parking lot at 9:15"), when the date line gave none: the first
    time led by "at", "um", "à", "a las" or a comma that is not the trip's."""
    return _cued_time(" ".join([a.tail, *wrapped])[:_FAR])


def _cued_time(text: str) -> TimeMatch | None:
    """The first time in ``text`` led by "at", "um", "à", "a las" or a comma, past a trip's."""
    pos = 0
    for _ in range(_WRAPPED_TIMES):
        tm = find_times(text[pos:])
        if tm is None:
            return None
        start, end = pos + tm.start, pos + tm.end
        before = text[max(0, start - _TRIP_REACH) : start]
        sentence = before[max(before.rfind(". "), before.rfind("; ")) + 1 :]
        if _WRAPPED_CUE.search(text[max(0, start - 14) : start]) and not _TRIP_WORD.search(
            sentence
        ):
            return None if tm.guessed_pm else tm
        pos = end
    return None


# What follows a row's own time before its place: "Uhr", the academic quarter ("s.t.", "c.t.").
_QUARTER = re.compile(r"^\s*+(?:uhr\b\.?|h\b|hrs?\b\.?)?\s*+(?:\(?[sc]\.\s?t\.\)?)?", re.I)


_ROW_PLACE_CHARS = 60


_TIME_WINDOW = 80  # characters before a date searched for the time that ends near it


def _time_near_end(text: str, near: int) -> TimeMatch | None:
    """The last time in the end of ``text`` when it ends within ``near`` characters of the
    end, read whole ("von 18.30 bis 21.00 Uhr, und zwar" -> 18:30–21:00), else None."""
    window = text[-_TIME_WINDOW:]
    if len(text) > _TIME_WINDOW and not text[-_TIME_WINDOW - 1].isspace():
        window = window[window.find(" ") + 1 :] if " " in window else ""  # from a word's start
    found, at = None, 0
    while (tm := find_times(window[at:])) is not None:
        found = TimeMatch(at + tm.start, at + tm.end, tm.start_time, tm.end_time, tm.guessed_pm)
        at += tm.end
    return found if found is not None and len(window) - found.end <= near else None


def _online_list(a: _Anchor) -> bool:
    """Whether the list's place is only that it meets online ("online via Zoom", "per Zoom")."""
    return a.list_place is not None and bool(_ONLINE.match(a.list_place))


_TAIL_PLACE_FIELDS = ("place", "campus", "city", "state", "country", "venue", "room", "address")
_tail_place_values = attrgetter(*_TAIL_PLACE_FIELDS)


def _tail_title_over_venue(tail: str, details: list[Line]) -> bool:
    """Whether the words after a date line's time are the event's title and the line under it
    its venue: a diary's "Tue 1 Dec, 7.30pm — The Kett Rebellion revisited — Dr Alison Reeve"
    over "Friends Meeting House, Upper Goat Lane". The words are worded as a title and name no
    place of their own; the line under them opens with a venue's name (then maybe its street)."""
    rest = tail.strip(" ,;:–—-@|·")
    if not details or not rest or rest.count("(") > rest.count(")"):
        return False  # "Parc des Beaumonts (repli en" / "cas de pluie …)": the tail wraps
    if _place_labelled(details[0].text):
        return not _placelike(rest) or _weak_place(rest)  # "Ort: Kulturfabrik, …" says so
    under = _BULLET.sub("", details[0].text).strip()
    if not _title_words(rest) and not (_few_words(rest) and _venue_then_street(under)):
        return False
    if _placelike(rest) and not _weak_place(rest):
        return False  # "— Trades Hall, 4 Lygon St": the place, on the date line
    if _SENTENCE_END.search(under) or under.endswith(("!", "?")):
        return False  # "Leinster House. Bring your banner!": the sentence above goes on
    if _title_words(under) and not _placelike(under.split(",")[0]):
        return False  # a second title line, a blurb: not a venue
    return _named_venue_line(under) or bool(_venue_kind(under.split(",")[0]))


# Where a paragraph's place clause opens: after a colon ("Note the venue: The Crane Bar, …"),
# "(Was: …", or a preposition of place ("Upstairs at Monroe's", "Wieder im Café Kafka", "au
# Café des Arts", "en el Bar Central").
_PLACE_OPENING = re.compile(
    r"(?:^|[:(]\s*+|\b(?i:at|in|im|ins|beim|au|aux|à\s++la|à\s++l['’]|en\s++el|en\s++la)\s++"
    r"(?:the\s++|der\s++|dem\s++)?)(?=[A-ZÀ-Þ])",
)
_TALK_START_WORD = re.compile(r"\b(?:talk|starts?|begins?|beginn|début|comienzo|inicio)\b", re.I)
# A sentence's end in a blurb, before a capital or a number ("… Dominick Street. 7.30pm."), not
# after a title's short word ("Dr.", "St.", "Prof." before a name is none).
_PARAGRAPH_BREAK = re.compile(
    r"(?<![A-Z][a-z])(?<!Prof)(?<!Mrs)(?<!Dra)(?<!Mme)(?<!\b[A-Z])[.!?][)\"”»]?\s++(?=[A-ZÀ-Þ\d¿¡(])"
)
_PROSE_PLACE_LEN = 60  # characters of a paragraph's place name; longer is a sentence
_TAIL_DASHES = re.compile(r"\s[–—-]\s")
_READ_LANGS = ("en", "de", "fr", "es")  # any date line under it, whatever the page's language
_PARAGRAPH_STATUS = 24  # characters at a blurb's start that may say the talk's status
_DATE_LINE_LEAD = 24  # characters before a date that opens its line ("- **Jueves, 21 de enero")
_PROSE_PARAGRAPH = 40  # characters: shorter lines under a date are read as they were


def _paragraph_place_time(text: str) -> tuple[str, TimeMatch | None] | None:
    """The place and start a blurb paragraph under a titled date line gives in its words:
    "… Upstairs at Monroe's Tavern, Dominick Street. 7.30pm.", "Galway City Library, St
    Augustine Street, in the children's section. 7.30pm", "Note the venue and the later start:
    The Crane Bar, Sea Road, upstairs room, 8pm sharp", "Hardiman Building, University of
    Galway, room G010. Doors 7pm, talk at 7.30pm". The place is the name before the first
    comma of the clause that the time's sentence, or the sentence before it, opens with."""
    cuts = [0, *(b.end() for b in _PARAGRAPH_BREAK.finditer(text, 0, 2_000)), len(text)]
    sentences = [text[i:j].strip() for i, j in itertools.pairwise(cuts)]
    for k, sentence in enumerate(sentences):
        tm = find_times(sentence)
        if tm is None:
            continue
        head = sentence[: tm.start].strip(" ,;–—-")
        if (start := _TALK_START_WORD.search(sentence, tm.end)) is not None:
            tm = find_times(sentence[start.end() :]) or tm  # "Doors 7pm, talk at 7.30pm"
        if head and _LEAD_ONLY.fullmatch(head):
            place = place_after_time(sentence[tm.end :])  # "Assemble 10am at Civic Park (…)"
        else:
            place = _clause_place(head) if head and not _DOORS_ONLY.fullmatch(head) else None
        for earlier in reversed(sentences[max(0, k - 2) : k]):  # "… Dominick Street. 7.30pm."
            place = place or _clause_place(earlier)
        if place:
            return place, tm
        return ("", tm) if _ONLINE.search(text) else None  # "Online only — 7pm Irish time"
    return None


_DOORS_ONLY = re.compile(
    r"(?:doors(?:\s++open)?|einlass|ouverture(?:\s++des\s++portes)?|"
    r"apertura(?:\s++de\s++puertas)?|from|ab|dès|desde|\W)*+",
    re.I,
)


# The words that lead to a time at the end of a clause: "at", "um", "à", "a las", "from".
_TIME_LEAD_END = re.compile(
    r"\s{1,3}(?:at|um|ab|à|dès|vers|from|a\s{1,3}las?|desde(?:\s{1,3}las?)?|hacia\s{1,3}las?)$",
    re.I,
)


def _clause_place(text: str) -> str | None:
    """The name opening the last place clause of ``text`` (see _paragraph_place_time)."""
    opening = None
    for found in _PLACE_OPENING.finditer(text):
        opening = found  # the last: the clause nearest the time
    if opening is None:
        return None
    name = text[opening.end() :].split(",", 1)[0].strip(" .;:)")
    if _LETTERS.search(opening.group(0)):  # "… en el Estadio El Campín a las" 8:00 p. m.
        name = _TIME_LEAD_END.sub("", name)
    if not name or len(name) > _PROSE_PLACE_LEN or find_times(name) is not None:
        return None
    return name if _placelike(name) or _name_words(name) else None


def _paragraph_under(tail: str, lines: list[Line], i: int) -> tuple[str, TimeMatch | None] | None:
    """The place and time of the blurb paragraph right under date line ``i`` when the words
    after its dash are the talk's title ("Tuesday 1 December — What is a tide, really?" over
    "Dr Aoife Byrne opens the season … Upstairs at Monroe's Tavern, Dominick Street. 7.30pm.")
    and the blurb names the place (see _paragraph_place_time); else None."""
    rest = tail.strip(" ,;:–—-@|·")
    if i + 1 >= len(lines) or not rest or not (_title_words(rest) or rest.endswith("?")):
        return None
    if not tail.lstrip().startswith(("—", "–", "-")) or any(
        _placelike(part) and not _weak_place(part) for part in (rest, *_TAIL_DASHES.split(rest))
    ):
        return None  # "— Charla: La vivienda como derecho — Salón de actos": its place
    under = lines[i + 1].text
    if len(under) < _PROSE_PARAGRAPH or not (_PARAGRAPH_BREAK.search(under) or is_prose(under)):
        return None
    if (dm := find_date(under, langs=_READ_LANGS)) is not None and dm.start < _DATE_LINE_LEAD:
        return None  # the next entry's date line
    return _paragraph_place_time(under)


def _entry_over_venue(a: _Anchor, tail: str, details: list[Line]) -> bool:
    """Whether a programme's entry ("19h00  Ouverture — projection suivie d'un débat") is all
    title over the line under it that names its venue, then its street ("Le Katorza, 3 rue
    Corneille"): the words after the entry's dash are its title's, not a place."""
    if a.day is None or not details:
        return False
    rest = tail.strip(" ,;:–—-@|·")
    if not rest or (_placelike(rest) and not _weak_place(rest)):
        return False
    under = _BULLET.sub("", details[0].text).strip()
    parts = [p.strip() for p in under.split(",")]
    k = _address_start(parts)
    return k is not None and k >= 1 and _named_venue_line(under)


_FEW_WORDS = 4


def _few_words(text: str) -> bool:
    """A short phrase: a German title is capitalised nouns ("Diskussionsabend", "Lesung mit
    Anna Seghers") that _title_words cannot tell from a name."""
    return len(_LETTERS.findall(text)) <= _FEW_WORDS


def _venue_then_street(line: str) -> bool:
    """A venue's name that says what it is, then its street: "Café Knallhart, Grindelallee 9,
    20146 Hamburg" (not "Smithfield, 77 King St": a district, maybe the venue's own name above)."""
    parts = [p.strip() for p in line.split(",")]
    k = _address_start(parts)
    return k is not None and k >= 1 and bool(_venue_kind(parts[0]))


# A table's time cell that says the time is to come: the row does not take the list's time.
# Only the first cell after the date, the time's: "TBC" in a later one is the speaker's.
_TBA_CELL = re.compile(
    r"\s*+\|\s*+(?:time\s++tb[acd]|to\s++be\s++(?:confirmed|announced)|(?:por|a)\s++confirmar|"
    r"por\s++definir|[àa]\s++(?:confirmer|pr[ée]ciser|d[ée]finir)|noch\s++offen|folgt)"
    r"\s*+(?=\||$)",
    re.IGNORECASE,
)


def _place_from_details(m: Meeting, details: list[Line]) -> bool:
    """Whether the meeting's venue was read from a line under its date, not its own line."""
    return m.venue is not None and any(m.venue in d.text for d in details)


# A title, a dash, then words in lower case about it: "Club assembly – committee reports and the
# half-year budget", "Fellowship evening – (function room unavailable)"; a title in quotes.
_TITLE_REMARK = re.compile(
    r"\s[–—-]\s++\(?[a-zß-ÿ]"
    # a title's quotes or its label's colon: "Club de rol: «La llamada de Cthulhu» para novatos"
    r"|[«“„]|:\s"
)


_CHOICE_WORD = re.compile(r"[^\W_]{4,}+")  # words that may tell one part's place from another's


def place_time_of(
    choices: tuple[tuple[TimeMatch, str], ...], text: str
) -> tuple[TimeMatch, str] | None:
    """The part of a rule read by ``calendar.place_times`` that a meeting's ``text`` names by a
    word of its place no other part has and that is no venue's kind ("SAUMUR – Théâtre Le Dôme
    … ven. 9 oct." -> Saumur's; not "Adelphi Club" for "Trades Club"), else None (it names
    none, or more than one)."""
    words = [
        {w for w in _CHOICE_WORD.findall(p.casefold()) if not _placelike(w)} for _, p in choices
    ]
    named = set(_CHOICE_WORD.findall(text.casefold()))
    hits = [
        j
        for j, own in enumerate(words)
        if (own - set().union(*(w for k, w in enumerate(words) if k != j))) & named
    ]
    return choices[hits[0]] if len(hits) == 1 else None


def _apply_list_place(m: Meeting, place: str, under: bool = True) -> None:
    """The place stated once for the whole list, unless the meeting's own line names a place; a
    line's remark that names none ("(National Delegate Conference week)") is its title, and so
    are the lines under the date that name none: a film's title over its credits ("Perfect Days"
    / "Wim Wenders · Japan · 2023 · 124 min") read as a venue and its room or street, when they
    are ``under`` the date line (after a blank line they are the next paragraph's)."""
    if m.campus or (m.venue and _placelike(m.venue) and not _TITLE_REMARK.search(m.venue)):
        return  # not "Club assembly – committee reports …": a title, then what it is about
    if any(v and _entry_place(v) and not _DURATION.match(v) for v in (m.address, m.room)):
        return  # "128 Min., FSK 12": a film's running time, then its rating
    if m.venue and (under or not (m.address or m.room)):
        m.title = m.title or m.venue
    m.address = m.room = m.venue = None
    _read_tail(m, place)
    if m.campus and m.venue and m.venue.startswith("(") and m.venue.endswith(")"):
        m.venue = m.venue[1:-1]  # "Université de Namur (UNamur)": the campus by its short name


def _titled_group_city(lines: list[Line], span: _Span) -> str | None:
    """The town the meeting's title names after its group's short name (_group_city): in the
    lines over its date, the card's title line right over it (past a blank line: "IYSSE
    Monterrey: La amenaza …" / "Martes 12 de enero · 7:00 p.m."), or before the date on its
    line."""
    heads = [lines[h].text for h in span.header]
    if not heads:
        above = span.anchor.index - 1
        while above > 0 and not lines[above].text and span.anchor.index - above < 3:
            above -= 1
        heads.append(lines[above].text if above >= 0 else "")
    if span.anchor.inline_head:
        heads.append(span.anchor.inline_head)
    for t in heads:
        if _CAPS_SHORT_WORD.search(t, 0, 30) is not None and (city := _group_city(t)):
            return city
    return None


def _apply_city_heading(m: Meeting, text: str) -> None:
    """The city of the heading the meeting is under ("SYDNEY"): the chapter's city, kept over
    the suburb, campus town or building its own lines name ("5 Olympic Parade, Bankstown NSW
    2200", "University of Queensland, St Lucia"), which stay in its address, venue or campus."""
    p = heading_city(_heading_name(text))
    # A suburb in a region ("Bankstown NSW 2200") or a campus's town gives way to the heading's
    # city; another town stays (the heading may name a section's kind: "ATELIERS"), and so does
    # a city the meeting's own heading names with its region ("Ann Arbor, Michigan").
    suburb = m.state is not None or m.campus is not None
    if m.city is None or (m.city != p.city and suburb and not _own_region_heading(m)):
        m.city, m.state = p.city, m.state or p.state
        m.country = m.country or p.country
    if m.place is None and m.campus is None:
        m.place = p.city


def _own_region_heading(m: Meeting) -> bool:
    """Whether the meeting's own heading is a city with its region ("Ann Arbor, Michigan")."""
    return m.place is not None and "," in m.place and parse_city_region(m.place) is not None


def _line_links(line: Line) -> list[str]:
    """A line's links; a bare web address ("www.example.org") on a line of its own is one too."""
    if line.links or "www." not in line.text:
        return line.links
    cm = _CONTACT.match(line.text.strip())
    return [f"https://{cm.group('www')}"] if cm and cm.group("www") else []


_HEADING_READS = ("kind", "state", "campus", "city", "country", "speaker", "place", "title")


def _read_heading(m: Meeting, heads: list[str], span: _Span) -> None:
    """Place, title, kind and speaker from the lines above the date (or the text before it), on
    a meeting that has none of them yet. A page's headings repeat (a campus over each of its
    meetings): each is read once (``_heading_fields``)."""
    read = _heading_fields(tuple(heads), span.series is not None, span.anchor.inline_head)
    vars(m).update(zip(_HEADING_READS, read, strict=True))


@lru_cache(maxsize=4096)
def _heading_fields(heads: tuple[str, ...], series: bool, inline: str) -> tuple:
    """The fields ``_read_heading`` gives a new meeting (_HEADING_READS) from these heading
    texts, under a series heading or not, with the text before the date on its line."""
    m = Meeting()
    _read_heading_into(m, heads, series, inline)
    return tuple(getattr(m, name) for name in _HEADING_READS)


def _read_heading_into(m: Meeting, heads: tuple[str, ...], series: bool, inline: str) -> None:
    titles, places, labelled = [], [], []
    for h in heads:
        text = _BULLET.sub("", h).strip()
        if _has_status(text) and _STATUS_WORDS.search(text):  # "CANCELLED: Berkeley, CA"
            text = _STATUS_WORDS.sub(" ", text).strip(" :–—-")
        if not text:
            continue
        if tl := _TITLE_LABEL.match(text):  # "Veranstaltung: Warum sind sie wieder da?"
            labelled.append(text[tl.end() :])
            continue
        if _emoji_title(text):  # "🎻 TRAD SESSION": a title in capitals, no town's heading
            titles.append(text)
            continue
        km = _KIND.match(text)
        if km:
            m.kind = " ".join(km.group("kind").lower().split())
            places.append(text)
            _apply_place(m, text[km.end() :].strip())
            continue
        bare = text.rstrip(":")
        if (
            not places
            and state_code(bare)
            and (text.endswith(":") or bare.lower() not in CITY_ALIASES)
        ):
            m.state = m.state or state_code(bare)  # a state heading over its campuses
            continue
        if _apply_place(m, text) and not (_BULLET.match(h) and series):
            places.append(text)
        elif places and m.city is None and _BARE_CITY.match(text) and not VENUE_WORDS.search(text):
            m.city = text  # a campus line, then its city on the next line
            places.append(text)
        elif series and not places:
            titles.append(text)
        elif sm := _find_speaker(text):
            m.speaker = sm.group("who").strip()
        else:
            titles.append(text)
    if (
        m.campus
        and m.city is None
        and not series
        and titles
        and _BARE_CITY.match(titles[0])
        and not VENUE_WORDS.search(titles[0])
    ):
        m.city = titles.pop(0)  # a city line above the campus line ("Detroit" / "Wayne State")
        places.insert(0, m.city)
    if (
        titles
        and not places
        and not series
        and (not heads[-1].startswith(tuple("•·◦▪▸►*‣⁃")) or _name_heading(titles[-1]))
        and not _SEASON_LABEL.match(titles[-1])  # "Spring: 13 January, 10 February and 9 June"
        and not (_talk_title(titles[-1]) and not any(_placelike(t) for t in titles))
        and not _emoji_title(titles[-1])
    ):
        # a heading that names no known place is still the place: of two, the one with a
        # venue's word ("Julia Ideson Building" over "Houston public meeting")
        at = next((n for n in range(len(titles) - 1, -1, -1) if _placelike(titles[n])), -1)
        if _BARE_CITY.match(titles[-1]) or any(_is_city_line(t) for t in titles):
            at = -1  # "Library Workers Rally" over "Houston": the city, as before
        places.append(titles.pop(at))
    if inline and "," in inline and not m.campus and not m.city:
        _apply_place(m, inline.split(",")[0])
    m.place = ", ".join(places) or None
    m.title = " ".join([*labelled, *titles]) or None


# A talk's title, never its place: a subtitle after a colon in lower case ("Students and the
# fight against war: the way forward", "Wohnen: mehr als ein Dach"), or a question ("Cuts at
# Welsh universities: which way to defend jobs and education?", "¿Qué hacer?"). Not a town and
# its venue after an article or a preposition ("Sheffield: the Showroom", "Lyon : au Lavoir").
_TALK_SUBTITLE = re.compile(
    r":\s++(?:[«»“”\"'‘’¿¡]\s*+)?"
    r"(?!(?:the|at|in|im|am|beim|zum|zur|au|aux|à|à\s+la|chez|le|la|les|l['’]|el|los|las|en|"
    r"del|al)\s*+[A-ZÀ-Þ])[a-zà-ÿ]"
)


# A social post's title led by a pictograph ("🎭 ENTROIDO (carnaval gallego) — Sáb 6/2"); not a
# place's own mark (_ROUND_PIN, "📍 Ateneo"), nor a flag, which stands before towns as often
# ("🇬🇧 SETTLE").
_EMOJI_LEAD = re.compile(r"^[\s*•·-]*+[\U0001F300-\U0001FAFF\u2600-\u27BF]")


# A preposition before a place inside a title in capitals: "EXCURSIÓN A SIERRA DE LA VENTANA".
_CAPS_PLACE_PREPOSITION = re.compile(r"\s(?:A|AL|EN|TO|IN|AT|NACH|IM|ZUM|ZUR|À|AU|AUX|DANS)\s")


def _emoji_title(text: str) -> bool:
    """Whether a heading led by a pictograph is an event's title: in capitals (a remark in
    brackets aside), naming no place, no town ("👉 GUADALAJARA, JAL.", "🗓️ SANTIAGO DE
    COMPOSTELA (2ª reunión)") and no place after a preposition ("⛰️ EXCURSIÓN A SIERRA …")."""
    if _EMOJI_LEAD.match(text) is None or _ROUND_PIN.match(text) is not None:
        return False
    words = _without_marks(text)
    core = words.split(" (", 1)[0]
    if not core.isupper() or _CAPS_PLACE_PREPOSITION.search(core) is not None:
        return False
    town = core.split(",", 1)[0].strip()
    named = _title_case_words(words)  # "ESTADIO OBRAS" -> "Estadio Obras": a venue's words
    return not (_placelike(words) or _placelike(named) or _is_city_line(town) or known_city(town))


def _talk_title(text: str) -> bool:
    return _TALK_SUBTITLE.search(text) is not None or text.rstrip(" .!»”\"')").endswith("?")


# A sentence's place right before its date: "… who will speak at Hartley Hall (on) Wednesday,
# January 20", "… spricht im Volkshaus am …".
_AT_NAME_TOWN = (
    r"\b(?:(?:at|in|im|au|an\s+der|à\s+la|en\s+el|en\s+la)\s++|à\s+l['’])(?:the\s++)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’.&-]*+(?:\s++(?:[A-ZÀ-Þ][\w'’.&-]*+|of|de|du|del|la|der)){0,5})"
    # "…, Ogba", "… at Wayne State University in Detroit on", "… à l'Université Laval à Québec le"
    r"(?:(?:,|\s++(?:in|à|en))\s++(?P<town>[A-ZÀ-Þ][\w'’.-]*+(?:\s[A-ZÀ-Þ][\w'’.-]*+)?))?"
)
_AT_NAME_END = re.compile(
    _AT_NAME_TOWN
    + r"\s*+,?(?:\s++(?:le|el|on|am))?$"  # "… aura lieu à l'Université de Genève le jeudi 10 …"
)
# The same after a date, in its sentence: "On Monday, February 15, she will address students at
# the University of Minnesota in Minneapolis at 7 p.m."
_AT_NAME_AFTER = re.compile(_AT_NAME_TOWN)
_LEADING_PAREN = re.compile(r"\s*+\(([^()]{2,60})\)")


# A sentence's venue and its street address right before its date: "… will speak at Skylight
# Books, 1818 N Vermont Ave, Los Angeles, CA 90027 on Wednesday, …".
_AT_IN_OF = re.compile(r"\s(?:at|in|of)\s")
_AT_NAME_STREET_END = re.compile(
    # "… at Skylight Books, 1818 N Vermont Ave, …", "… à l'Agora 1901, 2 bis avenue Albert de
    # Mun à Saint-Nazaire,", "… im Bürgerhaus, 12 Hauptstraße, …": a number right after the comma
    r"(?:\b(?:at|in|im|au|à\s++la|en\s++el|en\s++la)\s++(?:the\s++)?|\bà\s++l['’]\s*+)"
    r"(?P<place>[A-ZÀ-Þ][^,;:]{1,60}+,\s*+\d[^;:]{4,80}?)"
    r"\s*+(?:\bon\s*+)?,?\s*+$"
    # a street without its number, as British and Irish addresses go: "… is back at Triskel
    # Christchurch, Tobin Street, on …", "… guided tour of Nano Nagle Place, Douglas Street, on"
    r"|\b(?:at|in|of)\s++(?:the\s++)?(?P<named>[A-Z][^,;:]{1,60}+,\s*+"
    rf"(?:[A-Z][\w'’.-]*+\s++){{1,3}}(?:{STREET_WORDS}))\s*+,?\s*+(?:\bon\s*+)?$"
)
_AT_STREET_REACH = 150  # characters before the date searched for it
_AT_WORDS = (" at ", " in ", " of ", " au ", " à l", " im ", " en ")
_SENTENCE_NOTE = re.compile(r"(?<!\s)\s*+[.!?]\s++[A-ZÀ-Þ]")  # ". Une psychologue …"


def _next_sentence_read(a: _Anchor, before: tuple, after: tuple) -> bool:
    """Whether the words after a sentence's dates and time replaced the venue its words before
    the date named with its address, or added the next sentence as a place: that sentence is
    a note, not where (``before`` and ``after``: the place fields around the time's reading)."""
    if not a.inline_head or before[5] is None or before[7] is None or after == before:
        return False
    if after[5] != before[5]:
        return True
    return any(v != b and v and _SENTENCE_NOTE.match(v) for v, b in zip(after, before, strict=True))


# A venue named by its kind, then its name, its street and town in brackets, right before the
# date: "au bar du Lieu Unique (quai Ferdinand-Favre, Nantes)", "at the café of the Arts Centre
# (12 High Street, Totnes)", "im Saal des Bürgerhauses (Hauptstraße 12, Kassel)".
_KIND_NAME_BRACKET_END = re.compile(
    r"(?:\b(?:at|in|im|au|à\s++la|en\s++el|en\s++la)\s++(?:the\s++)?|\bà\s++l['’]\s*+)"
    r"(?P<name>(?:[^\W\d_]{2,20}+\s++(?:du|de\s++la|des|de|of\s++the|of|der|del)\s++)?"
    r"(?-i:[A-ZÀ-Þ])[^,;:()]{1,60}+)\s*+\((?P<addr>[^(),]{3,80}+,[^()]{2,60}+)\)\s*+,?\s*+$",
    re.IGNORECASE,
)
# The words of the days a sentence's dates fall on, right before them: "les jeudis", "le
# samedi", "on Thursdays", "jeweils mittwochs", "los jueves".
_DAY_WORDS_END = re.compile(
    r"(?<!\s),?\s*+(?:(?:les|le|on|every|each|los|las|el|jeden|jeweils|am|tous\s++les|chaque|todos\s++los|"
    r"cada)\s++)?(?P<day>[^\W\d_]{3,12})\s*+,?\s*+$",
    re.IGNORECASE,
)


def _without_day_words(head: str) -> str:
    """``head`` without the weekday words it ends with ("… (quai Ferdinand-Favre, Nantes) les
    jeudis" -> "… (quai Ferdinand-Favre, Nantes)")."""
    dw = _DAY_WORDS_END.search(head[-_DAY_WORDS_REACH:])
    if dw is None or not _weekday_word(dw["day"]):
        return head
    return head[: len(head) - len(head[-_DAY_WORDS_REACH:]) + dw.start()]


_DAY_WORDS_REACH = 40


def _weekday_word(word: str) -> bool:
    """A weekday's name or short form, or a long name's plural ("jeudis", "samedis",
    "Thursdays"); not "Mass" or "dos" (a short form's "s" is no plural)."""
    w = word.casefold()
    days = all_weekday_names()
    return w in days or (len(w) > _PLURAL_DAY_MIN and w.endswith("s") and w[:-1] in days)


_PLURAL_DAY_MIN = 5  # letters of a weekday's name whose plural ends in "s" (as anchors reads)


_SAID_REACH = 300  # characters of a paragraph before its date searched for a venue and street


def _venue_and_street_before(m: Meeting, head: str) -> bool:
    """The venue and its street address that a sentence names right before its date ("Maya will
    speak at Skylight Books, 1818 N Vermont Ave, Los Angeles, CA 90027 on …"): read into ``m``
    (its place is the venue); True when found."""
    tail = head[-_AT_STREET_REACH:]
    at = _AT_NAME_STREET_END.search(tail)
    if at is None:
        return False
    own = Meeting()
    if (named := at.group("named")) is not None:
        name, _, street = named.partition(",")
        _read_tail(own, name)
        own.address = own.address or street.strip()  # "Market Square": a street, no number
    else:
        _read_tail(own, at.group("place"))
    if own.venue is None or own.address is None:
        return False
    _take_place(m, own)
    m.place = own.venue
    return True


def _read_prose_head(m: Meeting, head: str) -> None:
    """A long text before the date: its opening segment when that names a place ("Campus,
    City – a long description ..."), else the last campus the sentence names, else (a short
    one) the talk's title."""
    first = _SEGMENT_END.split(head, maxsplit=1)[0]
    if len(first) < len(head) and _apply_place(m, first):
        m.place = first
        return
    # "… à l'Agora 1901, 2 bis avenue …, les samedis 16, 23 …": the days' words are no place
    bare = _without_day_words(head)
    if _venue_and_street_before(m, bare):  # "… will speak at Skylight Books, 1818 N Vermont …"
        return
    if (kb := _KIND_NAME_BRACKET_END.search(bare[-_AT_STREET_REACH:])) is not None:
        # "… reprend au bar du Lieu Unique (quai Ferdinand-Favre, Nantes) les jeudis": the
        # venue, its street and town in brackets
        m.venue, m.place = kb["name"].strip(), kb["name"].strip()
        _set_address(m, kb["addr"].strip())
        return
    at = _AT_NAME_END.search(head[-80:])
    if at is not None and (
        _placelike(at.group("name")) or _UNIVERSITY.match(at.group("name"))
    ):  # "… who will speak at Hartley Hall", "… aura lieu à l'Université de Genève le"
        _read_venue_text(m, at.group("name"))
        m.place = at.group("name")
        if at.group("town") and m.city is None:
            m.city = at.group("town")  # "… public lecture at Excellence Hotel, Ogba on …"
        return
    if said := _said_venues(head[-_SAID_REACH:]):
        # "Der AK trifft sich … im DGB-Haus, Hebelstraße 10, Raum 104. Die nächsten Treffen
        # sind am …": the venue and street an earlier sentence of the paragraph names
        own = Meeting()
        _read_tail(own, f"{said[-1][0]}, {said[-1][1]}")
        if own.venue is not None and own.address is not None:
            _take_place(m, own)
            m.place = own.venue
            return
    # A campus in brackets after a name is the speaker's ("Dr Ana Ruiz (UNAM) will speak …")
    found = [c for c in _campus_matches(head) if head[max(c.start - 1, 0) : c.start] != "("]
    if found:
        name = _AT_IN.sub("", found[-1].name)  # "At Kent State University, the talk will ..."
        _apply_place(m, name)
        m.place = name
    elif len(head) <= 100 and not (_INVITATION.match(head) or _PRONOUN_START.match(head)):
        m.title = head  # "• The war in Syria and the fate of the region — Tuesday, ..."


# A town a sentence opens with ("In Zürich treffen wir uns …", "À Grenoble, la réunion …", "En
# Puebla nos vemos …"), or names right before a later date on its line ("…, puis à Grenoble le
# jeudi 21 janvier", "…, then in Leeds on Friday"): the meeting's city.
_TOWN = (
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]*+(?:[ -](?:(?:de|del|am|sur|upon)[ -])?[A-ZÀ-Þ][\w'’.-]*+){0,3})"
)
_OPENING_CITY = re.compile(rf"^\W{{0,3}}(?i:in|à|en)\s++{_TOWN}(?=[\s,])")
_CITY_BEFORE_DATE = re.compile(
    rf"(?:^|[,;]|\b(?i:puis|then|dann|luego|und|and|et|y))\s++(?i:in|à|en)\s++{_TOWN},?"
    r"(?:\s++(?i:on|le|el|am|the))?\s*+$"
)
_CITY_BEFORE_REACH = 60  # characters before a later date searched for its town


def _cut_town_clause(text: str) -> str:
    """``text`` without the clause that names the next date's town or venue at its end ("…, then
    in York on", "… and at UC Berkeley on"), which is not the place of the date before it."""
    cm = _CITY_BEFORE_DATE.search(text[-_CITY_BEFORE_REACH:]) if " " in text else None
    if cm is not None:
        return text[: len(text) - len(text[-_CITY_BEFORE_REACH:]) + cm.start()]
    at = _place_clause(text)
    return text[: at[0]] if at else text


# What opens the clause of a later date in a sentence: "…, followed by a meeting in Madison at
# …", "… and at UC Berkeley on", "…; puis à l'Université Laval le"
_CLAUSE_JOIN = re.compile(r"[,;(]|\b(?:and|then|followed|et|puis|und|dann|y|luego)\b", re.I)
_DATE_PREPOSITION = re.compile(r"\s++(?:on|le|el|am)$")
_CLAUSE_REACH = 120  # characters before a later date searched for its clause


def _place_clause(text: str) -> tuple[int, re.Match[str]] | None:
    """Where the clause that names a sentence's next date's place at the end of ``text``
    starts ("… (7 p.m., Kane Hall 210) and at UC Berkeley on"), with the match of that place
    (_AT_NAME_END); None when ``text`` does not end naming a venue or a campus."""
    text, dated = _DATE_PREPOSITION.subn("", text.rstrip(), count=1)
    off = max(0, len(text) - _CLAUSE_REACH)
    at = _AT_NAME_END.search(text, off)
    if at is None or not (dated or _names_site(at.group("name"))):
        return None  # "at Cal State LA on February 24": a site in prose, whatever its name
    joins = list(_CLAUSE_JOIN.finditer(text, off, at.start()))
    return (joins[-1].start() if joins else at.start()), at


def _names_site(name: str) -> bool:
    return _placelike(name) or _UNIVERSITY.search(name) is not None or find_campus(name) is not None


# A town a sentence names for what follows: "Two meetings are planned in Los Angeles: at UCLA …"
_IN_TOWN = re.compile(rf"\b(?i:in|à|en)\s++{_TOWN}(?=[\s,:])")


def _sentence_site(
    other: Meeting, first: Meeting, before: str, sentence: str, after: str = ""
) -> None:
    """A later date's own venue or campus written right before it in prose ("… and at UC
    Berkeley on Saturday, February 20", "… a final meeting in Boston at Northeastern University
    on …"), else in ``after``, the rest of a sentence the date opens ("On Monday, February 15,
    she will address students at the University of Minnesota in Minneapolis"), with the town of
    its clause or sentence: they replace the place copied from the first date on the line."""
    found = _place_clause(before)
    if found is not None:
        _take_site(other, first, found[1], sentence)
    elif after and (at := _AT_NAME_AFTER.search(after)) and _names_site(at.group("name")):
        _take_site(other, first, at, sentence)
        other.venue = other.room = other.address = None  # the sentence read as a venue
        if (inner := _LEADING_PAREN.match(after, at.end())) and _placelike(inner.group(1)):
            _read_venue_text(other, inner.group(1))  # "… in Ann Arbor (Weiser Hall, Room 182)"


def _take_site(other: Meeting, first: Meeting, at: re.Match[str], sentence: str) -> None:
    for name in _OWN_PLACE_FIELDS:
        if getattr(other, name) == getattr(first, name):
            setattr(other, name, None)
    name = at.group("name")
    _apply_place(other, name)
    other.place = name
    town = at.group("town")
    if town is None:
        towns = [c for t in _IN_TOWN.finditer(sentence) if (c := _city_named(t))]
        town = towns[-1] if towns else None
    if town is not None:
        other.city = town


def _city_named(m: re.Match[str] | None) -> str | None:
    """The town a match of _OPENING_CITY or _CITY_BEFORE_DATE names, unless it is a month, a
    heading word or a place of another kind ("In January", "in Room 4", "à la Bourse")."""
    if m is None:
        return None
    name = m.group("name").rstrip(".")
    return name if _name_heading(name) and not _placelike(name) else None


def _campus_matches(text: str) -> Iterable[CampusMatch]:
    pos = 0
    while (cm := find_campus(text[pos:])) is not None:
        yield CampusMatch(cm.name, pos + cm.start, pos + cm.end)
        pos += max(cm.end, 1)


def _apply_series(m: Meeting, series: tuple[str | None, str | None]) -> None:
    campus_head, venue = series
    if campus_head:
        if m.campus is None and m.city is None:
            _apply_place(m, campus_head)
        m.place = m.place or campus_head
    if venue and m.venue is None:
        _read_venue_text(m, venue)


def _meeting_date(m: Meeting, dm: DateMatch, aline: Line, ctx: _Context, prev: date | None):
    """The date of the anchor, its year resolved; problems become warnings on this meeting."""
    year = dm.year or datetime_year(aline.datetimes, dm.month, dm.day)
    if year is None:
        choice = resolve_year(
            dm.month, dm.day, dm.weekday, anchor=ctx.anchor, exact_anchor=ctx.exact,
            neighbour=prev,
        )  # fmt: skip
        year = choice.year
        if choice.problem:
            _warn(ctx, aline, choice.problem, m.source_line)
    try:
        d = date(year, dm.month, dm.day) if year else None
    except ValueError:
        d = None
        _warn(ctx, aline, "not a real date", m.source_line)
    if d and dm.weekday is not None and dm.year is not None and d.weekday() != dm.weekday:
        _warn(ctx, aline, f"{d.isoformat()} is a {d:%A}, not the weekday written", m.source_line)
    return d


# A list's separator ending a date's words before the next date: " · ", " • ", "; " (not a
# table's bar: a row's cells are every date's).
_ITEM_SEP_END = re.compile(r"\s*+[·•;]\s*+$")
_ITEM_WORDS = re.compile(r"[^\W\d_]{3}")


def _own_items(tail: str, more: list[DateMatch]) -> bool:
    """Whether a line's dates are a list of items, each date's words its own up to a separator
    before the next date ("Wed 13th Jan – Lock, Stock & Barrel, Newbury · Wed 10th Feb – The
    Cricketers, Hungerford · …"): every date has words, and a separator ends all but the last's."""
    ends = [dm.start for dm in more] + [len(tail)]
    segs = [tail[: more[0].start]] + [
        tail[dm.end : e] for dm, e in zip(more, ends[1:], strict=True)
    ]
    return all(_ITEM_SEP_END.search(g) for g in segs[:-1]) and all(
        _ITEM_WORDS.search(g) for g in segs
    )


def _shared_after_dates(tail: str, more: list[DateMatch]) -> str:
    """The text after the last of a line's later dates, which their time and place are shared
    from; a later date in another sentence is not in the list ("… am 14. Januar und am 28.
    Januar, jeweils um 19 Uhr im Raum 101. Die Basler Gruppe lädt am 20.1., 18:15 Uhr …")."""
    pos = more[0].end
    while "." in tail and (end := SENTENCE_BREAK.search(tail, pos)) is not None:
        at = end.start()
        if at >= more[-1].start:
            break
        if not any(dm.start - 1 <= at < dm.end for dm in more):  # not "9. Februar"
            return tail[max(dm.end for dm in more if dm.end <= at) : end.end()]
        pos = end.end()
    return tail[more[-1].end :]


# A word of four letters or more in lower case: a verb or a noun, where a place's words between
# a date and its time are names and short prepositions and articles.
_LOWER_LONG_WORD = re.compile(r"(?<![\w'’])(?-i:[a-zß-ÿ])[^\W\d_]{3,}")


def _place_then_time(tail: str, tm: TimeMatch) -> str | None:
    """The place between a date and its far time, when the words right after the date name a
    place ("en el Hotel El Sitio, en Liberia,", "at the Hotel Alamar in Puntarenas") and only
    the time's cue follows it ("a partir de las", "at"): the place, else None."""
    cue = _START_CUE.search(tail, max(0, tm.start - _CUE_REACH), tm.start)
    pb = _PLACE_BEFORE_TIME.search(tail, 0, tm.start)
    if cue is None or pb is None or pb.start() > 3:
        return None
    place = tail[pb.start() : cue.start()]
    if _LOWER_LONG_WORD.search(place) is not None:
        return None
    return _TOWN_PREPOSITION.sub(", ", place).strip(" ,")  # "…, en Liberia": its town


# A comma and a preposition before a town's name: "Hotel El Sitio, en Liberia", "Hotel Alamar,
# in Puntarenas", "Maison du Peuple, à Liège".
_TOWN_PREPOSITION = re.compile(r",\s*+(?:en|in|im|à|a)\s++(?=(?-i:[A-ZÀ-Þ]))", re.IGNORECASE)


_PART_SEP = re.compile(rf"{_SEGMENTS.pattern}|,")  # a line's parts, or its commas


def _words_then_end_time(tail: str, tm: TimeMatch | None) -> bool:
    """Whether a line's rest after its date has two parts or more before a time that ends it
    ("· Jägerball · Hofburg · 20.30 Uhr", ", Quiz, Red Lion, 8pm"): a title and a place, not
    remarks after its time (one part may be a title whose place is under the line)."""
    if tm is None or tail[tm.end :].strip(" ."):
        return False
    parts = [p for p in _PART_SEP.split(tail[: tm.start]) if _TWO_LETTERS.search(p)]
    return len(parts) >= 2


def _read_when(
    m: Meeting,
    a: _Anchor,
    aline: Line,
    ctx: _Context,
    prev: date | None,
    later: list[TimeMatch] | None = None,
) -> str | None:
    """Date, time (after the date, else just before it) and the rest of the anchor line; the
    rest when it was read as the place (a plain date line's tail), else None. Further start
    times of the same event after the time ("11:00 and 14:00") go to ``later``."""
    dm = a.date
    d = _meeting_date(m, dm, aline, ctx, prev)
    m.date = d.isoformat() if d else None
    if d and dm.end_day:
        _set_end_date(m, d, dm, aline, ctx)
    if a.lead:  # "Thursdays at 12.30pm, Room 4.12, Union Office: 16 January, 20 February"
        lt = find_times(a.lead)
        m.start_time, m.end_time = lt.start_time, lt.end_time
        # "à 12 h (dîner fourni), au Pavillon …": a remark in brackets after the time is none
        # of its place
        after = _REMARK_FIRST.sub("", a.lead[lt.end :], count=1)
        if not _TWO_LETTERS.search(after) and (held := calendar.held_place(a.lead, lt)):
            after = held  # "Quedadas mensuales en la Biblioteca Vasconcelos (…), de 12:00 a
            # 15:00 h:": the place before the time, nothing after it
        if _TWO_LETTERS.search(after) or a.lead.rstrip().endswith(":"):
            _read_tail(m, after)
            return None
        # "von 17 bis 19 Uhr am Dienstag, 15. Dezember, Gewerkschaftshaus": the lead is only the
        # time; the place is after the date, read as any line's
    had_status = _has_status(a.tail)
    tail = a.tail
    if had_status and not a.more and (cut := _cut_status_remark(tail)) is not None:
        tail, had_status = cut, _has_status(cut)  # "(Salón de actos) — APLAZADA, …"
    if had_status and not a.more and "(" in tail:
        bare = _PAREN_STATUS.sub("", tail)  # "— Sala infantil (CANCELADO)": a remark in brackets
        if bare != tail and not _has_status(bare) and _TWO_LETTERS.search(bare):
            tail, had_status = bare, False
    # blanked to their length on a line of dates, whose later dates' places in the tail stay
    # ("Tuesdays 9 Feb, 16 Feb (cancelled), 23 Feb, 7pm, Trades Hall")
    gap = _blank if a.more else " "
    if had_status and (cop := COPULA_STATUS.search(tail)) is not None:
        tail = tail[: cop.start()] + (" " * len(cop[0]) if a.more else " ") + tail[cop.end() :]
        # "at the Trades Hall is CANCELLED"
    tail = _STATUS_WORDS.sub(gap, tail) if had_status else tail
    shared, own_sentence = "", False
    items = bool(a.more) and _own_items(tail, a.more)
    if items:
        # "Wed 13th Jan – Lock, Stock & Barrel, Newbury · Wed 10th Feb – The Cricketers, …":
        # each date's words up to the next date's are its own, none shared
        tail = _ITEM_SEP_END.sub("", tail[: a.more[0].start])
    elif a.more:  # the place and a time shared by all the dates come after the last one
        shared = _shared_after_dates(tail, a.more)
        tail = tail[: a.more[0].start]
        between = tail
        if (a.prose or is_prose(aline.text)) and (stop := _NEXT_SENTENCE.search(tail)):
            tail = _cut_join(tail[: stop.start()])  # the next sentence is the next date's
            own_sentence = True
        else:
            tail = _cut_join(_cut_town_clause(tail))
        if had_status:  # the status words' blanks, kept only while the dates' places counted
            tail, shared = _RUN_OF_SPACES.sub(" ", tail), _RUN_OF_SPACES.sub(" ", shared)
    tm = a.tail_times() if tail is a.tail else find_times(tail)
    if own_sentence and tm is not None and tm.start > _NEAR and (own := _place_then_time(tail, tm)):
        # "el sábado 23 de enero en el Hotel El Sitio, en Liberia, a partir de las 9:00 a. m. Una
        # semana después, el sábado 30 de enero, …": the date's own sentence gives its place,
        # then its time, and nothing else between
        tm, tail = TimeMatch(0, 0, tm.start_time, tm.end_time, tm.guessed_pm), own
    if own_sentence and not (tm and tm.start <= _NEAR):
        # "… the Christmas run on Sunday 13 December. We leave the McLeans Island clubrooms at
        # 10am sharp … The last club night of the year is Wednesday 16 December at 7.30pm": the
        # first date's time in the sentences before the next date's, not the next date's own
        opens = [e.end() for e in _NEXT_SENTENCE.finditer(between)]
        far = _far_time(between[: opens[-1]], LANGUAGES) if opens else None
        ended = aline.text[a.date.end - 1 : a.date.end] == "." and between[:1] == " "
        if far is not None and (ended or opens[0] <= far.start):
            # (a sentence of its own after the date's, not a time far on in the date's own
            # sentence: "el martes 24 de noviembre conseguimos parar el desahucio … gracias a
            # las más de cien personas que vinisteis a las 7 de la mañana")
            tm = TimeMatch(0, 0, far.start_time, far.end_time, far.guessed_pm)
            pb = _PLACE_BEFORE_TIME.search(between, 0, far.start)
            # the place named before that time, else none: the sentence is no place
            tail = _START_CUE.sub("", between[pb.end() - 1 : far.start]) if pb else ""
    if (
        dm.end_day is not None
        and "(" in aline.text
        and (first := _FIRST_DAY_TIME.search(aline.text, dm.start, dm.end)) is not None
        and (own := find_times(first.group(1))) is not None
    ):
        # "Du samedi 6 (10h) au dimanche 7 février (16h)": the first day's time is the start
        tm = TimeMatch(0, 0, own.start_time, None, own.guessed_pm)
        tail = _BRACKETED_TIME.sub("", tail, count=1)
    if a.more and a.columns is not None and (cell := _cell_end_time(shared)) is not None:
        # "sáb. 13/03/2027 y dom. 14/03/2027 | Ávila | Palacio de los Serrano | 10:00": a table
        # row's dates share its other cells, the time's among them however far
        tm, tail = cell
    elif a.more and not items and not (tm and tm.start <= _NEAR):
        tm = find_times(shared)
        tail = shared
        if (
            tm is not None
            and tm.start > _NEAR
            and _START_CUE.search(shared[max(0, tm.start - _CUE_REACH) : tm.start]) is not None
        ):
            # "… und 9. März statt, immer dienstags um 18 Uhr": the words before the time say
            # when, no place
            tail = shared[tm.start :]
            tm = find_times(tail)
        elif tm is not None and tm.start > _NEAR and (seg := _segment_time(shared)):
            tm, tail = seg  # "Sa 06/02 et sa 13/02   Initiation « découverte », dès 10 ans – 14h"
    if (
        not a.more
        and (not (tm and tm.start <= _NEAR) or _words_then_end_time(tail, tm))
        and (seg := _segment_time(tail))
    ):
        # "Tue 12 Mar — General Membership Meeting — 7:00 PM"; near the date too: "Mo., 25.
        # Jänner · Jägerball · Hofburg · 20.30 Uhr", "Tue 12 Jan, Red Lion, 8pm"
        tm, tail = seg
    elif not (tm and tm.start <= _NEAR) and not a.more and (seg := _cell_end_time(tail)):
        tm, tail = seg  # "Fr 12.03. | AGM | Gasthaus Zum Storchen, 79102 Freiburg 19.30 Uhr"
    elif not (tm and tm.start <= _NEAR) and not a.more and (seg := cell_start_time(tail)):
        tm, tail = seg  # "• sam. 23.01 | Namur (BE) | Le Belvédère | 20h Billets"
    elif (
        a.day is not None
        and tm
        and _TWO_LETTERS.search(tail[: tm.start])
        and (seg := _segment_time(tail))
    ):
        tm, tail = seg  # a calendar entry "Book talk — 5 p.m. — Main Library"
    elif (
        tm
        and tm.start > _NEAR
        and not (a.more or a.prose or a.inline_head or a.entry or a.list_time or a.list_place)
        and (tt := _time_after_title(tail, tm))
    ):
        tm, title, tail = tt  # "Sat 12/12 – Repair Clinic, 10am–2pm @ West Town Bikes"
        m.title = m.title or title
    met = False  # the rest is a meeting point's place: its own, whatever the list states
    near = tm is not None and tm.start <= _NEAR
    if (
        not a.more
        # "Heritage walk. Meet 10am outside …": the near time may be the meeting point's own
        and (not near or contains_any(tail[: tm.start].lower(), _MEET_STEMS))  # type: ignore[union-attr]
        and (mp := calendar.meet_time_in(tail)) is not None
        and not (near and tm.start <= mp[0])  # type: ignore[union-attr]
    ):
        at, mt, meet = mp  # "GROSSDEMO „Hände weg!“ – Treffpunkt 14 Uhr Hauptbahnhof"
        m.title = m.title or tail[:at].strip(" ,;:–—-") or None
        tm, tail = TimeMatch(0, 0, mt.start_time, mt.end_time, mt.guessed_pm), meet
        met = True
    in_paren = not tm or tm.start > tail.find("(") >= 0
    if in_paren and not a.more and (paren := _paren_time(tail)):
        tm, title, tail = paren  # "– Annual General Meeting (6pm start, Council Chamber)"
        m.title = m.title or title
    listed = a.list_place is not None and not a.entry and not a.prose and not a.more
    if listed and met:
        listed, a.own_place = False, True
    under_rule = listed or (a.list_time is not None and not a.entry and not a.prose and not a.more)
    row = a.entry and a.day is None and a.list_time is not None and "|" in tail
    moved = (
        _change_remark_place(a.tail)
        if a.entry and a.day is None and (a.list_time or a.list_place) and "|" in tail
        else None
    )  # "| Wahlrecht … – Raumänderung: Hörsaal 5, Beginn 16:15 Uhr": the row's own place
    if (under_rule or row) and not (tm and tm.start <= _NEAR) and (own := find_times(tail)):
        # "Sat 16 Mar  Moorland walk, meet Todmorden station 10.30am", "— Asamblea de
        # jubilados, 11:00 h — Sala 2": the entry's own time beats the one stated for the list
        tail = tail[: own.start] + _take_tz_hint(m, tail[own.end :])
        tm = TimeMatch(0, 0, own.start_time, own.end_time, own.guessed_pm)
        if row:  # "| Podium, Abweichend: 18:00 Uhr s.t., Audimax (Gebäude A14)": its own place
            after = _QUARTER.sub("", tail[own.start :].split("|")[0]).strip(" ,;.")
            if after[:1].isupper() and len(after) <= _ROW_PLACE_CHARS:
                _read_venue_text(m, after)
                a.own_place = True  # not the list's
    if moved is not None:
        _read_venue_text(m, moved[1])
        a.own_place = True  # not the list's
        if (cut := _change_remark_place(tail)) is not None:
            tail = tail[: cut[0]].rstrip(" –—-(|;")  # the remark read: the rest is the title
    if not (tm and tm.start <= _NEAR) and not a.inline_head:
        before = find_times(_LABEL.sub("", aline.text)[: dm.start])  # "7 p.m., Friday, April 12"
        if before:
            tail = " " * before.end + tail  # keep the rest of the line for venue reading
            tm = TimeMatch(0, before.end, before.start_time, before.end_time, before.guessed_pm)
    elif a.prose and not (tm and tm.start <= _NEAR):
        # "... at 5:15 p.m. on Wednesday, October 4"; "… von 18.30 bis 21.00 Uhr, und zwar am
        # 3., 10. …" is read from 18.30, not from "0 bis 21.00"
        before = _time_near_end(a.inline_head, _NEAR)
        if before:
            tm = TimeMatch(0, 0, before.start_time, before.end_time, before.guessed_pm)
    if a.far and not a.more and not (tm and tm.start <= _NEAR) and (far := find_times(tail)):
        tm = TimeMatch(0, far.end, far.start_time, far.end_time, far.guessed_pm)  # later on
        rest = tail[far.end :].lstrip(" ,")
        pb = None if _AT_IN.match(rest) else _PLACE_BEFORE_TIME.search(tail[: far.start])
        if pb is not None and _BARE_POINT.fullmatch(
            _START_CUE.sub("", tail[pb.end() - 1 : far.start]).strip(" ,;")
        ):
            pb = None  # "Wir sammeln uns am Eingang um 11 Uhr": the door of the place named
        if pb is not None and _opens_with_day_word(tail[pb.end() - 1 :]):
            # "…, Stadtsaal Steyr (Stadtplatz 27), Eröffnung am Samstag um 10 Uhr": a day, not
            # a place; the parts before that remark are read as the line's
            if (remark := tail.rfind(",", 0, pb.start())) > 0:
                tail = tail[:remark]
                tm = TimeMatch(0, 0, far.start_time, far.end_time, far.guessed_pm)
            pb = None
        if pb is not None:
            # "Assemble at the Garden of Remembrance, Parnell Square, at 1pm sharp; we march
            # to …": the place is named before the time, nothing after it ("place de la
            # République" keeps its noun; a preposition and its article go)
            at = pb.start() if pb.group(0).lower().startswith("place") else pb.end() - 1
            tail = _START_CUE.sub("", tail[at : far.start]).rstrip(" ,;")
            tm = TimeMatch(0, 0, far.start_time, far.end_time, far.guessed_pm)
        elif (
            not _AT_IN.match(rest)
            and (first := SENTENCE_SPLIT.split(tail[: far.start], maxsplit=1))[1:]
        ):
            # "Saturday 12th December, Milton Road Library. Six rounds … round 1 starts at
            # 10.00am sharp. Entry £8 …": the sentence of the date names the place
            said = first[0].strip(" ,;.")
            if said and _named_venue_in(said) and not is_prose(said):
                tail = said
                tm = TimeMatch(0, 0, far.start_time, far.end_time, far.guessed_pm)

        if (
            tm.end == far.end
            and (rest[:1] == "." or tail[far.end - 1 : far.end] == ".")
            and (cut := tail.rfind(". ", 0, far.start)) > 0
            and _TWO_LETTERS.search(tail, 0, cut)
        ):
            # ": visita guiada al Museo Patio Herreriano (C/ Jorge Guillén, 6). Quedamos en la
            # puerta a las 11:00 h. Plazas limitadas: …": the sentences before the time's say
            # where; the one after it is a note
            tail = tail[:cut].lstrip(" :;–—-")
            tm = TimeMatch(0, 0, far.start_time, far.end_time, far.guessed_pm)
    if tm and tm.start <= _NEAR:
        if later is not None and not a.more and (times := _later_times(tail, tm)):
            tm, more, end = times
            later.extend(more)
            tail = tail[: tm.end] + tail[end:]  # the rest read as after one time
        elif later is not None and not a.more and (bare := _bare_time_before(tail, tm)):
            later.append(tm)  # "um 14 und um 19 Uhr", "at 2 and at 7 pm": two start times
            tm = bare
        m.start_time, m.end_time = tm.start_time, tm.end_time
        if tm.guessed_pm:
            _warn(ctx, aline, f"time without am/pm read as {tm.start_time}", m.source_line)
        stop = tail[tm.end - 1 : tm.end] == "."  # "5pm." or "5 p.m.": maybe the sentence's
        if (
            a.entry
            and a.columns is None
            and not aline.text.startswith("|")  # a table's row, as before
            and "|" in (before := tail[: tm.start].strip(" |"))
            and before[:1] != "("
        ):
            # "| Mainz | KUZ | 20 Uhr Tickets": the time opens a later cell; the cells before it
            # are the row's too, not only the words after the time (a lone word after it is
            # the card's button: "Tickets", "Billets")
            rest, bar, cells = tail[tm.end :].partition("|")
            tail = f"{tail[: tm.start].rstrip()} {_after_cell_time(rest)}{bar}{cells}"
        else:
            tail = tail[tm.end :]
        if (
            a.prose
            and (m.venue or m.address or m.campus)
            and _next_sentence(tail, stop)
            and not _placelike(tail)
        ):
            # "… meets … at the Trades Hall, 54 Victoria Street. The next meetings are on …,
            # each at 5pm. Advice without appointment.": the place is said; the next sentence
            # is about something else
            tail = ""
        if tail:  # most often the time ends the line
            tail = _cut_time_remark(_take_tz_hint(m, _HOURS_WORD.sub("", tail, count=1)))
    elif TIME_TBA_RE.search(tail[:40]):
        m.time_tba = True
        tail = TIME_TBA_RE.sub("", tail, count=1)
    elif (cell := _tba_cell(tail)) is not None:
        m.time_tba = True  # "Jueves 25 de marzo · Ruta de las cofradías · Hora por confirmar · …"
        tail = tail[: cell[0]] + tail[cell[1] :]
    read = _read_line_place(m, a, aline, tail, listed=listed, had_status=had_status)
    if (
        a.more
        and m.venue is None
        and m.address is None
        and shared
        and not (own_sentence or (m.campus and (a.prose or is_prose(aline.text))))
    ):  # not a later date's sentence, nor its clause after the campus the first date's names
        sm = find_times(shared)
        if sm and sm.start <= _NEAR:
            rest = _take_tz_hint(m, shared[sm.end :])
            # "…, Tuesday 9 February and Tuesday 9 March at the Trades Hall, 7pm.": the place
            # the dates share is written before their time
            # (not the next sentence: "…, each at 5pm. Advice without appointment.")
            own = _TWO_LETTERS.search(rest) and not _next_sentence(rest)
            shared = rest if own else _cut_start_cue(shared[: sm.start])
        _read_tail(m, shared)
    if not any(_place_values(m)):
        _meeting_point(m, tail)
    return read


_SENTENCE_STOPS = (".", "!", "?")


def _next_sentence(rest: str, stop: bool = False) -> bool:
    """Whether the text after a time opens the next sentence: a stop first (". Advice without
    appointment."), or a capital when the time ended with its own dot (``stop``: "5pm. Advice")."""
    first = rest.lstrip()[:1]
    return first in _SENTENCE_STOPS or (stop and first.isupper())


# A place's door, named alone: where to wait at the place the line names before it.
_BARE_POINT = re.compile(
    r"(?:the\s++)?(?:main\s++)?(?:doors?|entrance|gate|steps|foyer|lobby|"
    r"(?:haupt)?eingang|tür|tor|entrée|porte|puerta|entrada|port[óo]n)",
    re.IGNORECASE,
)


# Between two start times of one event: "11:00 and 14:00", "à 14 h et à 20 h 30", "18:00 y
# 20:30 h", "um 15 und um 19 Uhr", "14:00, 17:00 and 20:00"; a preposition may repeat.
_TIME_JOIN = re.compile(
    r"\s*+(?:(?P<comma>,)\s*+|(?<=\s)(?:and|et|y|e|und|&|\+)\s++)"
    r"(?:(?:at|à|a\s++las?|um)\s++)?(?=\d)",
    re.I,
)
# Words that make "7 and 9" a range, not two start times: "between 7 and 9pm", "zwischen 18 und
# 20 Uhr", "entre 18 h et 20 h", "entre las 18 y las 20".
_BETWEEN = re.compile(r"\b(?:between|zwischen|entre(?:\s++las)?)\s*+$", re.I)
_LATER_TIMES = 6  # start times of one event on a line at most; more is a timetable


def _later_times(tail: str, tm: TimeMatch) -> tuple[TimeMatch, list[TimeMatch], int] | None:
    """Start times after ``tm`` (the line's time, in ``tail``) that repeat the same event ("Sat
    9 Jan, 11:00 and 14:00, Curator's tour", "jeudi 21 janvier, 6 h 30 et 15 h 30, Salle des
    employés"): ``tm`` (afternoon-guessed no more when the other times write a 24-hour clock),
    the later times and where the rest of the line starts, to be read as after ``tm``; or None.
    A range ("18:00–20:30", "starts 18:00 and ends 20:30", "between 7 and 9pm") is one
    meeting."""
    if tm.end_time is not None or _BETWEEN.search(tail[max(0, tm.start - 12) : tm.start]):
        return None
    more: list[TimeMatch] = []
    pos, comma = tm.end, False
    while len(more) < _LATER_TIMES and (j := _TIME_JOIN.match(tail, pos)) is not None:
        nxt = find_times(tail[j.end() : j.end() + 20])
        if nxt is None or nxt.start != 0 or nxt.end_time is not None:
            break
        comma = j.group("comma") is not None
        more.append(nxt)
        pos = j.end() + nxt.end
    if not more or comma:  # "7pm, 8 Market St"; a list of times ends with "and" and its last
        return None
    h24 = any(not t.guessed_pm and t.start_time and t.start_time >= "13" for t in more)
    if tm.guessed_pm and (h24 or tail[tm.start : tm.start + 1] == "0") and tm.start_time:
        hour = int(tm.start_time[:2]) - 12  # "06:30 and 15:30": a 24-hour clock
        tm = TimeMatch(tm.start, tm.end, f"{hour:02d}{tm.start_time[2:]}", None, False)
    return tm, more, pos


# An hour written bare before a time that gives the clock for both: "um 14 und um 19 Uhr", "at
# 2 and at 7 pm", "à 14 et à 19 h", "a las 14 y a las 19 h" (led by its preposition).
_BARE_HOUR_BEFORE = re.compile(
    r"\b(?:at|um|à|a\s++las?)\s++(?P<h>\d{1,2})(?:[.:](?P<mm>[0-5]\d))?\s++(?:and|und|et|y|&)"
    r"\s++(?:(?:at|um|à|a\s++las?)\s++)?$",
    re.I,
)
_PM_WRITTEN = re.compile(r"p\.?\s?m\b", re.I)


def _bare_time_before(tail: str, tm: TimeMatch) -> TimeMatch | None:
    """The earlier start time of the same event written as a bare hour before ``tm`` ("um 14
    und um 19 Uhr"), in ``tm``'s clock ("at 2 and at 7 pm": 14:00), spanning to ``tm``'s end;
    None when there is none or it is not earlier."""
    if tm.start_time is None or tm.end_time is not None:
        return None
    bm = _BARE_HOUR_BEFORE.search(tail, max(0, tm.start - 24), tm.start)
    if bm is None:
        return None
    hour, minute = int(bm.group("h")), bm.group("mm") or "00"
    if hour < 12 and _PM_WRITTEN.search(tail, tm.start, tm.end):
        hour += 12
    if f"{hour:02d}:{minute}" >= tm.start_time:
        return None
    return TimeMatch(bm.start("h"), tm.end, f"{hour:02d}:{minute}", None, False)


# The words that lead to a time at the end of a place: "…, Trades Hall, from", "… Rathaus, um".
_CUE_END = re.compile(
    # a list's dates sharing the time: "…, jeweils 9.30 Uhr", "…, each at 7pm", "…, chaque fois
    # à 18 h", "…, siempre a las 19 h": the word is no place
    r"[\s,;]*+(?:\b(?:jeweils|immer|each|always|chaque\s++fois|toujours|siempre)\s++)?"
    r"(?:\b(?:at|from|by|starting|um|ab|à|dès|a\s++las?|desde)\s*+)?$",
    re.I,
)
_START_CUE_REACH = 24  # characters before a time that may hold its cue ("chaque fois à ")


def _cut_start_cue(text: str) -> str:
    """``text`` without the word that led to the time after it."""
    cue = _CUE_END.search(text, max(0, len(text) - _START_CUE_REACH))
    return text[: cue.start()] if cue else text


# After a one-line entry's time: "@" and its place, a comma and its place, or the line's end.
_AFTER_ENTRY_TIME = re.compile(r"\s*+(?:@|,|$)")
_BEFORE_ENTRY_TIME = re.compile(r"[^\W_][)»”\"]?,?\s$")
# A time that a sentence's words lead to ("we meet again at 7pm, …") is no entry's time.
_TIME_LEAD_WORD = re.compile(
    r"\b(?:at|from|by|until|till|around|about|um|ab|gegen|à|vers|dès|a\s++las?|desde|hacia)\s*+$",
    re.I,
)


_BRACKET_WORD = re.compile(r"\(\s*+([^\W\d_]{2,12})\.?\s*+\)\s*+")


def _time_after_title(tail: str, tm: TimeMatch) -> tuple[TimeMatch, str, str] | None:
    """A one-line entry whose time comes after its title, then its place after "@" or a comma
    (a chat's list of events: "Sat 12/12 – Winter Bike Repair Clinic, 10am–2pm @ West Town
    Bikes", "Jan 21 (Thu) Volunteer Orientation 6:30 PM, The Recyclery"): the time, the title
    and the place. Not in a sentence: the title has no sentence's end."""
    after = _AFTER_ENTRY_TIME.match(tail, tm.end)
    if after is None or not _BEFORE_ENTRY_TIME.search(tail, 0, tm.start):
        return None
    title = tail[: tm.start].strip(" ,;:–—-·|")
    if (bw := _BRACKET_WORD.match(title)) and bw.group(1).casefold() in all_weekday_names():
        title = title[bw.end() :]  # "Jan 21 (Thu) Volunteer Orientation": the date's weekday
    if (
        not _TWO_LETTERS.search(title)
        or _SENTENCE_END.search(title)
        or _TIME_LEAD_WORD.search(tail, 0, tm.start)
    ):
        return None
    return TimeMatch(0, 0, tm.start_time, tm.end_time, tm.guessed_pm), title, tail[after.end() :]


# A remark in brackets that closes a table row's date cell: "~~Tue 20 Apr, 7pm~~ POSTPONED (new
# date tbc) | Piranesi | Marigold Books".
_REMARK_FIRST = re.compile(r"^\s*+\([^()]{0,80}\)")
_CELL_REMARK = re.compile(r"[\s~*_]*+\(([^()|]{1,40})\)[\s~*_]*+(?=\|)")  # Markdown marks too


_CELL_REMARK_LEAD = 8  # characters before the remark's bracket: spaces, "~~" and "**"


def _cut_cell_remark(tail: str) -> str:
    """A table row's rest after its date and time without the bracketed remark that ends the
    date's cell and names no place ("(new date tbc)", "(neuer Termin folgt)", "(nueva fecha por
    confirmar)"): the row's next cells are its title and place, and the remark is none of them."""
    rm = _CELL_REMARK.match(tail)
    if rm is None or _placelike(rm.group(1)):
        return tail
    return " " + tail[rm.end() :]


# A speaker with an academic or courtesy title and their affiliation in brackets, alone after
# the date: "Prof. Dr. Clara Yilmaz (Universität Hamburg)", "Dra. Ana Ruiz (UNAM)".
_TITLED_SPEAKER = re.compile(
    r"^\s*+(?P<who>(?:Prof(?:essor|\.)|Dr(?:a|in)?\.|PD\s+Dr\.|Mme|Mrs?\.|Ms\.?(?=\s)|Sra?\.)"
    r"[^()]{2,60}?)\s*+\([^()]{2,80}\)\s*+$"
)


# A speaker, their affiliation in brackets, then the talk's title in quotes, after a date:
# "— Julie Hendrickx (ULiège) : « Les grèves de l'hiver 1960-1961 »", "– Ana Ruiz (UNAM):
# “Railways and labour”".
_SPEAKER_THEN_TITLE = re.compile(
    r"^[\s–—-]*+(?P<who>[^\W\d_][^()«»“”„\"\d:]{1,60}?)\s*+\([^()]{2,60}\)\s*+[:,–—-]?\s*+"
    r"[«“„\"]\s*+(?P<title>[^«»“”„\"]{2,200})[»”“\"]"
)


# A fallback day for the weather in brackets right after the date: "(snow date: Thursday,
# February 25)", "(Ausweichtermin: 25. Februar)", "(date de repli : 25 février)", "(fecha
# alternativa: 25 de febrero)".
_FALLBACK_DAY = re.compile(
    r"^[\s,–—-]*+\(\s*+(?:(?:rain|snow|weather)\s++date|ausweichtermin|date\s++de\s++repli|"
    r"fecha\s++alternativa)\b[^()]{0,60}\)",
    re.IGNORECASE,
)


# A word that goes with the time right before it, no place: "7pm onwards", "8pm sharp", "7pm
# start", "7pm till late", "19 Uhr pünktlich", "ab 19 Uhr open end", "19 h précises", "19 h pile",
# "a las 19 en punto", "de 19 h en adelante".
_TIME_WORD = re.compile(
    rf"^\s*+(?:{calendar.PUNCTUAL_WORDS}|onwards?|start|(?:till|until|'?til|to)\s++late|"
    r"open[\s-]++end|en\s++adelante)(?=\s*+(?:[,;.–—:(]|$))",
    re.IGNORECASE,
)


def _read_line_place(
    m: Meeting, a: _Anchor, aline: Line, tail: str, *, listed: bool, had_status: bool
) -> str | None:
    """The place in the rest of a date line, read as its layout says (a sentence, table
    columns, a calendar entry, a list under a stated place, a meeting point, a plain tail); the
    rest when it was read as a plain tail, else None."""
    if (tw := _TIME_WORD.match(tail)) is not None:
        tail = tail[tw.end() :]  # "7pm onwards, …", "8pm sharp, …", "19 Uhr pünktlich, …"
    if tail.lstrip(" ,–—-")[:1] == "(" and (fb := _FALLBACK_DAY.match(tail)) is not None:
        tail = tail[fb.end() :]  # "(snow date: Thursday, February 25) — …": the weather's day
    if "|" not in tail:
        tail = _cut_time_notes(tail)  # "AGM 7pm, film 7.45pm": the programme's next time
        if (dp := _DANGLING_PREP.search(tail)) is not None:
            tail = tail[: dp.start()]  # "… at 7pm in the" / "Lexicon library, Studio 2": below
    if (
        tail.rstrip(" .").endswith(")")
        and (nr := _NO_MEETING_REMARK.search(tail)) is not None
        and _says_no_meeting(nr.group(1)) is not None
    ):
        tail = tail[: nr.start()]  # "… Jesus Lane (no meeting at Hartington Grove that day)"
    if "(" in tail[:_CELL_REMARK_LEAD] and "|" in tail and (cut := _cut_cell_remark(tail)) != tail:
        tail, had_status = cut, False  # the status and its remark were the date's cell
    if (
        "(" in tail
        and (sp := _TITLED_SPEAKER.match(tail)) is not None
        and not _placelike(sp.group("who"))  # "Dr. Martin Luther King Jr. Library (Room 225)"
    ):
        m.speaker = m.speaker or sp.group("who")  # "Prof. Dr. Clara Yilmaz (Universität
        return None  # Hamburg)": where the speaker works, not where the talk is
    if "(" in tail and (st := _SPEAKER_THEN_TITLE.match(tail)) is not None:
        # "— Julie Hendrickx (ULiège) : « Les grèves … » — _au Sart Tilman, bâtiment B31_":
        # the speaker, where they work, the talk; only what follows the title may be the place
        m.speaker = m.speaker or st.group("who").strip()
        m.title = m.title or st.group("title").strip()
        tail = tail[st.end() :].strip(" _*–—-,;")
        if not tail:
            return None
        at = _AT_IN.match(tail)
        if at is not None and at.end() > 0 and _ONLINE.search(tail) is None:  # "— _au Sart …_"
            _read_tail(m, calendar.place_text(tail[at.end() :]))
            a.own_place = True  # not the list's
            return None
    if (
        not tail
        and a.columns
        and a.inline_head
        and len(row := calendar.row_cells(aline.text)) == len(a.columns)
    ):
        _read_cells(m, list(zip(a.columns, row, strict=True)), a.columns)  # "Mai-Landtag |
        return None  # Mittwoch, 12. Mai 2027": the cells before the date say what it is
    if not tail and not (a.prose or a.entry or listed):
        return None if a.more or had_status else tail  # the time ended the line: no place here
    if a.columns and len(row := calendar.row_cells(aline.text)) == len(a.columns):
        _read_cells(m, list(zip(a.columns, row, strict=True)), a.columns)  # the whole row: its
        # time may stand after the title and the place ("Sun 6 Dec | Ride | Meet at | 08:30 | km")
        if len(a.columns) == 2 and "|" not in tail and _TWO_LETTERS.search(tail):
            # "Spring concert | Saturday 20 March 2027, 7pm, St Mary's Church": a title and a
            # date column, the date's cell going on with the place
            _read_tail(m, tail)
    elif a.columns and "|" in tail:  # the header row says which cell is the place
        _read_columns(m, tail, a.columns, markdown=aline.text.startswith("|"))
    elif a.prose and _PROSE_PLACE.match(tail):
        _read_prose_place(m, tail)
    elif (at := _sentence_place(aline.text, tail)) is not None:
        _read_prose_place(m, tail[at:])
        if listed and (m.venue or m.address):
            a.own_place = True  # "Annual Meeting & Dinner at the Riverside Inn, 9 River Road"
            m.title = m.title or tail[:at].strip(" ,;:–—-") or None
    elif (a.entry or listed) and (vs := _venue_dash_street(m, tail, had_status)) is not None:
        _read_entry_place(m, vs)  # "• Parque de Santa Ana — calle 60 x 47, Centro"
        a.own_place = listed
    elif a.entry:
        _read_entry(m, tail, a.day is not None)
        if a.day is not None or "|" not in tail.strip(" |"):
            # "19h00  Ouverture — projection" over its venue line, "Mardi 12 janvier    18 h 30
            # Conférence – « … », par …" over its hall's: all of it a title
            return tail
    elif listed:
        a.own_place = _read_listed(m, tail)
    elif not _meeting_point(m, tail, titled=True):
        _read_tail(m, tail, had_status=had_status)
        if not (a.more or had_status):
            return tail
    return None


def _cut_status_remark(tail: str) -> str | None:
    """The line after its date without the dash-separated part that opens with its status and
    names no place ("… (Salón de actos) — APLAZADA, nueva fecha por confirmar", "… – Room 4 –
    CANCELLED due to strike"): a remark, which must not cost the line its place. None when
    there is no such part, or nothing else."""
    segs = _SEGMENT_END.split(tail)
    if len(segs) < 2:
        return None
    keep = []
    for g in segs:
        cell, bar, rest = g.partition("|")  # a table row's cells: the remark ends at its cell
        if not (_STATUS_WORDS.match(cell.lstrip(" ,;:")) and _only_status(cell)):
            keep.append(g)
        elif bar and keep:
            keep[-1] += f" {bar}{rest}"  # "… – verschoben, neuer Termin folgt | Kulturzentrum …"
        elif bar:
            keep.append(bar + rest)
    if keep == segs or not any(_TWO_LETTERS.search(g) for g in keep):
        return None
    return " – ".join(keep)


_START_WORD = re.compile(
    r"^\W*+(?:start(?:s|ing)?|sharp|prompt|onwards|beginn|d[ée]but|comienzo|inicio)?\W*+$",
    re.IGNORECASE,
)


def _paren_time(tail: str) -> tuple[TimeMatch, str | None, str] | None:
    """A time that opens a parenthesis after the title ("– Annual General Meeting (6pm start,
    Council Chamber)"): the time, the title before it, and the rest of the parenthesis (the
    place) as the rest of the line."""
    open_ = tail.find("(")
    close = tail.find(")", open_ + 1)
    if open_ < 0 or close < 0:
        return None
    first, _, rest = tail[open_ + 1 : close].partition(",")
    tm = find_times(first)
    if tm is None or tm.start > 1 or not _START_WORD.match(first[tm.end :]):
        return None
    title = tail[:open_].strip(" ,;:–—-|") or None
    after = tail[close + 1 :]
    if "|" in after:  # a table row's title cell ("| COPE (6:30 pm) | Holyoke Public Library")
        rest = f"{rest} {after}"  # its next cells, read by their columns
    return TimeMatch(0, 0, tm.start_time, tm.end_time, tm.guessed_pm), title, rest.strip()


def _read_columns(m: Meeting, rest: str, roles: tuple[str, ...], *, markdown: bool) -> None:
    """A table row's cells after its date and time, read by the roles its header row gives
    (the last cells are the last columns): the title cell is the title, the place cell the
    place."""
    cells = [c.strip(" ,") for c in rest.split("|")]
    if "notes" in roles:  # its cells, the empty ones kept, right to left: a Markdown row's last
        cells = cells[:-1] if markdown and cells and not cells[-1] else cells  # bar closes it
    else:
        cells = [c for c in cells if c]
    _read_cells(m, list(zip(reversed(roles), reversed(cells), strict=False)), roles)


def _cell_before_status(cell: str) -> str:
    """A place cell without the status and its remark after the place ("Gandhi Peace Foundation,
    Deen Dayal Upadhyay Marg -- CANCELLED (police permission refused)" -> its first two parts)."""
    sm = _STATUS_WORDS.search(cell)
    if sm is None:
        return cell
    if sm.start() > 0 and (head := cell[: sm.start()].rstrip(" -–—*~(,;:|")):
        return head
    return _STATUS_WORDS.sub("", cell).strip(" *()–—-:")


def _read_cells(m: Meeting, pairs: list[tuple[str, str]], roles: tuple[str, ...]) -> None:
    """A table row's (role, cell) pairs read into the meeting, the title cell first."""
    pairs.sort(key=lambda rc: rc[0] != "title")  # the title cell's words before any other's
    city = None
    for role, cell in pairs:
        if not cell:
            continue
        if role == "title":
            m.title = m.title or _STATUS_WORDS.sub("", cell).strip(" *–—-") or None
        elif role == "place" or (role == "city" and ("place" not in roles or _ONLINE.search(cell))):
            if (tm := find_times(cell)) is not None and tm.start == 0:
                # an outing's "Encuentro" cell: "7:00 h, Metro Tobalaba", its time and place
                if m.start_time is None:
                    m.start_time, m.end_time, m.time_tba = tm.start_time, tm.end_time, False
                if not _TWO_LETTERS.search(cell := cell[tm.end :].lstrip(" ,;–—-")):
                    continue  # "19:30 h": no place; the title's may say it
            _read_entry_place(m, _cell_before_status(cell), cell=role == "place")
        elif role == "notes":
            _read_notes_cell(m, cell)
        elif role == "city":
            city = calendar.place_text(_bare_cell(_STATUS_WORDS.sub("", cell)))
    if city:  # the town column, beside the venue's: the meeting's city ("Wellington")
        m.city = city
        m.place = city if m.place is None or m.campus is None else m.place
    if m.title and ", " in m.title and not any(_place_values(m)):
        # "Curso de nudos (2 sesiones), Casa de la Cultura de Ñuñoa" over an empty place cell
        head, _, last = m.title.rpartition(", ")
        if _placelike(last) and not _DIGIT.search(last):
            m.title = head
            _read_entry_place(m, last)


def _bare_cell(cell: str) -> str:
    """A cell without its marks and the brackets around all of it ("(Chilca)" -> "Chilca"),
    its own bracket kept ("Wellington (Market St)")."""
    cell = cell.strip(" *–—-")
    if cell.startswith("(") and cell.endswith(")") and cell.count("(") == 1:
        return cell[1:-1].strip()
    return cell.strip("()") if cell.count("(") != cell.count(")") else cell


_NOTE_PLACE_LEN = 60  # characters of a remark's part read as a place; longer is a sentence
_NOTE_PARTS = re.compile(r",\s*+|\s[–—-]\s|\s*+\(")


def _read_notes_cell(m: Meeting, cell: str) -> None:
    """A row's remarks column, where it overrides what the list states for every row: its own
    time ("Online only, 11:00 GMT", "Wednesday, 4pm, Rutherford Building, Lecture Theatre A –
    followed by a reception", "Abweichend 18 Uhr, Audimax"), held online, or its own place (the
    run of parts that name one). A remark that names neither ("internal speaker", "CANCELLED –
    speaker unable to travel") leaves the list's time and place to the row."""
    if (tm := find_times(cell)) is not None:
        m.start_time, m.end_time, m.time_tba = tm.start_time, tm.end_time, False
    if _ONLINE.search(cell):
        m.online = True
        return
    parts = [p.strip(" .;:)") for p in _NOTE_PARTS.split(cell)]
    parts = [p if len(p) <= _NOTE_PLACE_LEN and ". " not in p else "" for p in parts]
    at = next((k for k, p in enumerate(parts) if p and _entry_place(p) and not find_times(p)), None)
    if at is None:
        return
    place = [parts[at]]
    for p in parts[at + 1 :]:
        if not (p and _entry_place(p)):
            break
        place.append(p)
    _read_venue_text(m, ", ".join(place))


def _comma_place(part: str) -> bool:
    """A part after a comma that names a place: a venue's, or a short name that opens with a
    capital ("Bronte SLSC clubhouse")."""
    return _entry_place(part) or (part[:1].isupper() and 0 < len(part.split()) <= _FEW_WORDS + 1)


def _place_sentence_of(rest: str) -> tuple[str, str] | None:
    """An entry written in sentences, the title's, the place's, then notes ("Taller de cómic con
    Javier Olivares (a partir de 10 años). Casa de las Conchas, aula 2. Inscripción previa."):
    (title, place), the first sentence after the title that opens with a place's name or a
    street; None when no later sentence does."""
    ends = list(itertools.islice(_TITLE_SENTENCE_END.finditer(rest), _ENTRY_SENTENCES))
    if not ends:
        return None
    starts = [0, *(e.end() for e in ends)]
    stops = [*(e.start() + 1 for e in ends), len(rest)]
    for k in range(1, len(starts)):
        sentence = ANY_SENTENCE_END.split(rest[starts[k] : stops[k]], 1)[0].strip(" .")
        place = (
            sentence.split(":", 1)[1].strip()
            if _place_labelled(sentence)
            else calendar.meet_label(sentence)
        )
        if place is not None:
            # "Krippen, Kirchen – Weihnachtliches in der Inneren Stadt. Treffpunkt: Stephansplatz,
            # vor dem Riesentor": the place its label gives, not a part of the title's
            title = rest[: stops[k - 1]].strip(" .")
            return (title, place) if title and place else None
    if any(_comma_place(p.strip(" .")) for p in rest[: stops[0]].split(",")[1:]):
        return None  # "… drinks on the balcony, Bronte SLSC clubhouse. BYO nothing …": its own
    for k in range(1, len(starts)):
        sentence = ANY_SENTENCE_END.split(rest[starts[k] : stops[k]], 1)[0].strip(" .")
        head = sentence.split(",", 1)[0].split("(", 1)[0].strip()
        if (
            head
            and (_placelike(head) or _STREET_WORD_ABROAD.match(head))
            and not _reads_as_sentence(head)
        ):
            title = rest[: stops[k - 1]].strip(" .")
            return (title, sentence) if title else None
    return None


_ENTRY_SENTENCES = 4  # sentences of an entry searched for its place


def _read_entry(m: Meeting, rest: str, calendar_entry: bool) -> None:
    """A calendar entry's or a table row's text after its time: its title, then its place. A
    table row's one short cell is its place (as before); a calendar entry's is its title."""
    if "|" in rest:  # a description is neither title nor place
        cells = (c.strip(" ,") for c in rest.split("|"))
        rest = " | ".join(c for c in cells if c and not is_prose(c) and len(c) <= 100)
        if rest.count("|") == 0 and not calendar_entry:
            _read_tail(m, rest)
            return
    if calendar_entry and "|" not in rest and (said := _place_sentence_of(rest)) is not None:
        m.title = m.title or said[0]  # "Taller de cómic (…). Casa de las Conchas, aula 2. …"
        _read_entry_place(m, said[1])
        return
    if "|" not in rest and _read_rally_site(m, rest):
        return  # "Rassemblement devant le CHU Grenoble Alpes (hall Michallon, …) avec SUD santé"
    title, place = calendar.split_entry(rest, _entry_place)
    who = rest[rest.find(place) :] if place and title and "|" not in rest else ""
    if who and _speaker_part(who) and not _entry_place(title):
        # "“The Ata tala varnams …” – Dr. R. Srivatsan, with his disciples", "… – Prof. Anne
        # Roche", "… – Mme Dupont": who gives it, no place
        m.speaker = m.speaker or who.strip(" .") or None
        m.title = m.title or title
        return
    if title and "," in title and _HOUSE_NUMBER.match(place):
        head, _, name = title.rpartition(",")  # "ESL Group, Arlington Branch, 9556 Magnolia Ave"
        name = name.strip()
        if head.strip() and not _DIGIT.search(name) and _name_words(name):
            title, place = head.strip(), f"{name}, {place}"  # the name before the street
    paren = _paren_place(title) if title else None
    if paren is not None and not (place and _placelike(place)):
        title, place = paren  # "Toddler Group (Main Hall)", "Chess (Upper Room) – bring a board"
    if title and not calendar_entry and _placelike(title):
        if place and not (_placelike(place) or _DIGIT.search(place) or _is_city_line(place)):
            m.title = m.title or place  # "| Bürgerhaus, Hauptstr. 15 | Mitgliederversammlung"
            _read_tail(m, title)
            return
        _read_tail(m, rest)  # a row of place cells ("Moffitt Library Room 101 | 350 …")
        return
    m.title = m.title or title
    _read_entry_place(m, place)


def _speaker_part(text: str) -> bool:
    """Whether an entry's part after its title is who gives it, by a courtesy title ("Dr. R.
    Srivatsan, with his disciples", "Prof. Anne Hill", "Smt. K. Lalitha Ramanan"); not a place
    named after someone ("Sri Rama Mandira, Saligrama", "Dr. Martin Luther King Jr. Library")."""
    if (lead := _SPEAKER_LEAD.match(text)) is None:
        return False
    name = text.split(",", 1)[0]
    if _placelike(name) or _DIGIT.search(name) or _street_line(name):
        return False
    # "Sri" and "Shri" open temples' and halls' names too: a person's has an initial
    return not lead.group().startswith(("Sri", "Shri")) or _INITIAL.search(name) is not None


_INITIAL = re.compile(r"(?<!\w)[A-Z]\.(?=\s)")  # "K." in "Sri Thanjavur K. Murali"
_DASH_PARTS = re.compile(r"\s[–—]\s")
# A person's courtesy title, then a name (or the part's end: "Smt. K. …" cut at its dot).
_SPEAKER_LEAD = re.compile(
    r"(?:Prof|Profa|Dr|Dra|Drs|Mme|Mlle|Mrs|Mr|Ms|Sra|Srta|Sr|Smt|Sri|Shri|Kum|Rev|Herr|Frau|"
    r"Pfr|Pr)\.?(?:\s++(?:[A-ZÀ-Þ]|von\s|van\s|de\s)|\s*+$)"
)


def _venue_dash_street(m: Meeting, rest: str, had_status: bool = False) -> str | None:
    """The place of an entry that is only a venue, a dash and its street, maybe with its own
    hours after another dash ("Parque de San Juan — calle 64 x 69, Centro — de 15:00 a 18:00
    hrs"): the venue and street; the hours are the entry's time. Else None."""
    parts = _DASH_PARTS.split(rest.strip(" ."), maxsplit=3)
    if not 2 <= len(parts) <= 3:
        return None
    name, street = parts[0].strip(), parts[1].strip()
    first = street.split(",", 1)[0].strip()
    if (
        not _placelike(name)
        or _DIGIT.search(name)
        or not (_street_line(first) or _unnumbered_street(first))
        or has_time_hint(street)
    ):
        return None
    if (
        len(parts) == 3
        and not had_status  # not "— CANCELLED because of the works; …"
        and not _has_status(parts[2][:_STATUS_LEAD])
    ):
        tm = find_times(parts[2])
        if tm is None or tm.start > _OWN_HOURS_AT:
            return None
        m.start_time, m.end_time, m.time_tba = tm.start_time, tm.end_time, False
    return f"{name}, {street}"


_OWN_HOURS_AT = 4  # characters before an entry's own hours after its street ("de 15:00 …")
_STATUS_LEAD = 12  # characters of the part after the street where its status may open it


# A street or square named after a rally's site, up to the next clause: "…, place de Verdun –
# contre …", "…, Marsham Street", "…, Marienplatz", "…, calle Miguel Ángel, …".
_SITE_STREET = re.compile(
    rf"\s*+,\s*+(?P<street>(?:(?:{_STREET_WORDS_ABROAD})\s|[A-ZÀ-Þ][\w'’.-]*+\s++(?:{STREET_WORDS})\b|"
    r"[A-ZÄÖÜ][\w-]*?(?:stra(?:ß|ss)e|platz|gasse|allee|ufer)\b)[^,;()–—|]{0,50}?)"
    r"\s*+(?=$|[,;()–—|.]|\s-\s)",
    re.IGNORECASE,
)


def _read_rally_site(m: Meeting, text: str) -> bool:
    """An entry for a rally in front of a building ("Kundgebung vor dem Klinikum Großhadern
    (Haupteingang, …) mit ver.di", "Protest in front of the Home Office, Marsham Street –
    …"): the words before the preposition are its title (as for any place after a
    preposition), the building its venue, a street after it its address."""
    found = calendar.rally_site(text)
    if found is None:
        return False
    site, prep, end = found
    m.title = m.title or text[:prep].strip(" ,;:–—-") or None
    _read_venue_text(m, site)
    if m.address is None and (street := _SITE_STREET.match(text, end)) is not None:
        _set_address(m, street.group("street").strip())
    return True


# A German street's or square's name is no town: "Haupteingang Mönchebergstraße",
# "Rainer-Dierichs-Platz", "Karl-Marx-Allee".
_STREET_NAME_END = re.compile(r"(?:stra(?:ß|ss)e|gasse|allee|platz|weg|ufer)$", re.IGNORECASE)


def _read_entry_place(m: Meeting, place: str, *, cell: bool = False) -> None:
    """A calendar entry's or a table row's place: "Room 4", "Trades Hall, Melbourne", ...
    (``cell``: a table's place cell, see ``_read_tail``)."""
    place = calendar.place_text(place)
    if _AFTERWARDS.match(place):
        return  # "… – anschliessend Gespräch mit der Regisseurin": what follows, not where
    if place and not _mode_only(place):  # "Presencial", "In person": how, not where
        m.place = m.place or place
        region = parse_city_region(place) if "," in place else None
        if region is not None and not VENUE_WORDS.search(place):  # "Toronto, Ontario"
            m.city, m.state = m.city or region.city, m.state or region.state
            m.country = m.country or region.country
            return
        if (alone := room_first(place)) and alone[0] is None:
            m.room = m.room or alone[1]  # "Workshop, Room 4"
            return
        venue, _, town = place.rpartition(",")
        town = town.strip(" .")
        if (
            venue
            and _BARE_CITY.match(town)
            and not VENUE_WORDS.search(town)
            and not _STREET_NAME_END.search(town)
        ):
            m.city, place = m.city or town, venue  # "Trades Hall, Melbourne"
        _read_tail(m, place, cell=cell)


# What follows an entry's main item, after its dash: "anschließend Gespräch", "followed by a
# Q&A", "suivie d'un débat", "seguida de coloquio", "puis apéritif".
_AFTERWARDS = re.compile(
    r"(?:anschlie(?:ß|ss)end|danach|im\s++anschluss|followed\s++by|afterwards|"
    r"suivie?s?\s++(?:d['’]|de|par)|puis|ensuite|seguid[oa]s?\s++(?:de|por)|luego|"
    r"y\s++despu[ée]s)(?:(?<=['’])|(?!\w))",
    re.IGNORECASE,
)


_PAREN_TAIL = re.compile(r"^\s*+(?:[–—-]\s.*)?$")


def _paren_place(text: str) -> tuple[str, str] | None:
    """An entry's place in parentheses at the end of its title, before any dashed remark:
    "Toddler Group (Main Hall)", "Lunch (booking essential) (Garden Room) – CANCELLED" ->
    (title, place). Only a group that names a place ("(ages 6-12)" is part of the title)."""
    close = text.rfind(")")
    open_ = text.rfind("(", 0, close)
    if open_ <= 0 or not _PAREN_TAIL.match(text[close + 1 :]):
        return None
    inner = text[open_ + 1 : close].strip()
    if not inner or len(inner) > 60 or "(" in inner or not _placelike(inner):
        return None
    title = text[:open_].strip(" ,–—-")
    return (title, inner) if title else None


# "..., the IYSSE will host a meeting at Columbia University in ...": where a sentence's place
# begins (English capitalises names, so "at" or "in" before a capital).
_AT_NAME = re.compile(r"(?<=\s)(?:at|in)\s++(?=(?:the\s++)?[A-Z])")


def _sentence_place(line: str, tail: str) -> int | None:
    """Where the place starts in the rest of a prose line after its date and time, when the
    rest opens with words that are no place ("the IYSSE will host a meeting at ...")."""
    if not is_prose(line) or not tail.strip(" ,.") or _PROSE_PLACE.match(tail):
        return None
    sentence = _SENTENCE_END.split(tail, maxsplit=1)[0]
    at = _AT_NAME.search(sentence)
    if at is None or "," in sentence[: at.start()].strip(" ,"):
        return None
    return at.start()


_LONGEST_RANGE = 62  # days: a longer "range" is more likely two dates misread


def _set_end_date(m: Meeting, d: date, dm: DateMatch, aline: Line, ctx: _Context) -> None:
    """The last day of a range: in the same month ("March 16-18"), the next ("30 March –
    2 April") or the next year ("28 December – 2 January"). A range that ends before it starts,
    or runs for months, keeps its first day only, with a warning."""
    month = dm.end_month or d.month
    year = dm.end_year or (d.year + 1 if month < d.month else d.year)
    end = None
    with contextlib.suppress(ValueError):
        end = date(year, month, dm.end_day)
    if end is not None and d < end and (end - d).days <= _LONGEST_RANGE:
        m.end_date = end.isoformat()
    elif dm.end_month is not None:
        _warn(ctx, aline, "the range's last day is not after its first; kept the first day only",
              m.source_line)  # fmt: skip


_BLOCK_FIELDS = ("campus", "venue", "room", "address", "postal_code", "city", "state", "country")
_HEADING_FIELDS = ("place", "campus", "city", "state", "country", "title")


def _next_line(lines: list[Line], a: _Span, b: _Span) -> bool:
    """Whether ``b``'s date line comes right under ``a``'s (a blank line between them at most,
    as HTML puts one between two paragraphs)."""
    i, j = a.anchor.index, b.anchor.index
    if j == i + 2 and (a.anchor.entry or b.anchor.entry):
        return False  # calendar entries: each has its own
    return j == i + 1 or (j == i + 2 and not lines[i + 1].text)


# What makes a status a condition in its sentence: "Bei Glatteis entfällt das Treffen", "If it
# rains, the walk is cancelled", "En cas de pluie, la sortie est annulée", "En caso de lluvia se
# suspende".
_CONDITION = re.compile(
    r"\b(?:bei\s++(?:regen|glatteis|schnee|sturm|unwetter|gewitter|frost|hitze|schlechtem\s++wetter)|"
    r"falls|if|in\s++(?:case|the\s++event)\s++of|en\s++cas\s++d[e']|en\s++caso\s++de|si\s++llueve)\b",
    re.IGNORECASE,
)
_STATUS_SENTENCE_REACH = 80  # characters before a status read for its sentence's condition


def _said_outright(status: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` says the status with no condition in the words of its sentence before
    it (not "Bei Glatteis entfällt das Treffen": the meeting holds, save on an icy day)."""
    for sm in status.finditer(text):
        before = text[max(0, sm.start() - _STATUS_SENTENCE_REACH) : sm.start()]
        stop = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
        if _CONDITION.search(before[stop + 1 :]) is None:
            return True
    return False


def _read_flags(m: Meeting, texts: list[str]) -> None:
    """Cancelled, postponed and online, in any of the page's languages, from the entry's lines."""
    text = " ".join(texts)
    low = text.casefold()
    if not contains_any(low, _FLAG_STEMS):  # most entries: none of the words below
        m.online = False
        return
    if contains_any(low, _CANCELLED_STEMS) and _said_outright(_CANCELLED, text):
        m.status = "cancelled"
    elif contains_any(low, _POSTPONED_STEMS) and _said_outright(_POSTPONED, text):
        m.status = "postponed"
    m.online = contains_any(low, _ONLINE_STEMS) and bool(_ONLINE.search(text))


_PLACE_FIELDS = ("place", "campus", "city", "venue", "room", "address")
_place_values = attrgetter(*_PLACE_FIELDS)  # a meeting's values of them, in one call
