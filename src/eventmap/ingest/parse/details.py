"""A meeting's details: venue blocks, addresses, titles and the places named in them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from eventmap.ingest import calendar, labels
from eventmap.ingest.parse.anchors import _STREET_WORD_ABROAD, _STREET_WORDS_ABROAD
from eventmap.ingest.parse.lexicon import (
    _AT_IN,
    _BARE_CITY,
    _BULLET,
    _DIGIT,
    _HOUSE_NUMBER,
    _LABEL,
    _LETTERS,
    _LINK_LINE,
    _LOCATION_TBA,
    _MEET_POINT_LABEL,
    _NOT_CITY,
    _ONLINE_STEMS,
    _PROSE_PLACE,
    _SENTENCE_END,
    _STATUS_WORDS,
    _TWO_LETTERS,
    _TZ_HINT,
    LABEL_SENTENCE,
    LIVE_STREAM,
    SENTENCE_SPLIT,
    _Context,
    _find_speaker,
    _has_status,
    _only_status,
    _place_labelled,
    _warn,
    _weekdays_cell,
    place_labelled_in,
    point_labelled_in,
)
from eventmap.ingest.parse.lines import (
    _LEAD_ONLY,
    _LEAD_REACH,
    _PLACE_MARK,
    _ROUTE_FACTS,
    WHOSE_TIME,
    _caps_name,
    _time_to_come,
    place_after_time,
    time_then_place_sentence,
)
from eventmap.ingest.parse.segments import (
    _TOWN_LABEL,
    _time_note,
    _unnumbered_street_town,
    _venue_over_street,
)
from eventmap.ingest.parse.venues import (
    _DOT_SEP,
    _NAME_AFTER,
    _NAMED_STREET_EN,
    _STREET_CAPITAL,
    _STREET_PART,
    _WHERE_FIRST,
    ANY_SENTENCE_END,
    FLOOR,
    _badge,
    _group_over_venue,
    _is_city_line,
    _is_contact,
    _name_before_street,
    _name_over_street,
    _name_words,
    _named_venue_line,
    _names_place,
    _no_place_number,
    _placelike,
    _street_line,
    _title_case_words,
    _title_over_venue,
    _title_words,
    _unnumbered_street,
    _venue_dot_street,
    _venue_kind,
    _weak_place,
    description_venue,
    film_credits,
    name_like,
    own_sentence,
    place_first_sentence,
    place_only_sentences,
    place_then_remark,
    venue_words_in_passing,
)
from eventmap.ingest.places import (
    STREET_WORDS,
    CampusMatch,
    address_suffix,
    comma_parts,
    find_campus,
    find_postal_code,
    find_postal_town,
    is_street_abroad,
    known_city,
    lone_postcode,
    looks_like_block_line,
    parse_address,
    parse_city_region,
    parse_place,
    postal_place,
    room_first,
    split_venue_room,
)
from eventmap.ingest.social import post_counters, reply_footer
from eventmap.ingest.text import (
    Line,
    contains_any,
    is_prose,
)
from eventmap.ingest.when import (
    DOORS_RE,
    LANGUAGES,
    PENDING_RE,
    TIME_TBA_RE,
    TimeMatch,
    find_date,
    find_times,
    has_time_hint,
)
from eventmap.model import Meeting


def _apply_place(m: Meeting, text: str) -> bool:
    p = parse_place(text)
    if p.campus is None and p.city is None:
        return False
    m.campus = m.campus or p.campus
    m.city = m.city or p.city
    m.state = m.state or p.state
    m.country = m.country or p.country
    return True


@lru_cache(maxsize=4096)
def _street_after_dash(text: str) -> bool:
    """Whether the words after a venue's dash are its street: a house number or a street's word
    first ("54 Victoria St", "calle 51 e/ 124 y 125", "place Guichard", "Karl-Heine-Str. 32")."""
    t = text.strip()
    return bool(
        _HOUSE_NUMBER.match(t)
        or _STREET_PART.match(t)
        or _NAMED_STREET_EN.match(t)
        or is_street_abroad(t.split(",", 1)[0])
    )


def _venue_parts(text: str) -> tuple[str | None, str, CampusMatch | None]:
    """A venue line's address (after a venue's name), the text before it and the campus found
    in that text: read once per text (a list's venue is read for each of its meetings)."""
    t = (_LABEL.sub("", text) if ":" in text else text).strip(" ,;")
    name, dash, street = t.partition(" — ") if " — " in t else t.partition(" – ")
    if dash and name.strip() and _street_after_dash(street):
        # "Facultad de Humanidades (UNLP) — calle 51 e/ 124 y 125, Ensenada"
        t = name.strip(" ,;")
        return street.strip(" ,;"), t, find_campus(t)
    t = unbracket_postcode(t)
    parts = comma_parts(t)  # not in brackets: "Biblioteca Cubit (sala 2, primera planta)"
    k = _address_start(parts)
    if not k:
        return None, t, find_campus(t)
    t = ", ".join(parts[:k])
    return ", ".join(parts[k:]), t, find_campus(t)


# A postcode, maybe with its town, in brackets at the end of a place: "… car park (GU47 8JQ)",
# "Parkplatz Federseesteg (88422 Bad Buchau)".
_POSTCODE_BRACKET = re.compile(r"\s*+\(([^()]{4,40})\)$")


# A map link's label after an address: "(map)", "(Karte)", "(plan)", "(mapa)", "(Google Maps)".
_MAP_LINK = re.compile(r"\s*+\((?:map|karte|plan|mapa|carte|google\s++maps?|osm)\)$", re.IGNORECASE)


def _unpiped(text: str) -> str:
    """A venue's or an address's parts as an events plugin prints them, parted by bars and
    followed by its map link's label, as plain text: "Tattered Cover Colfax | 2526 E Colfax Ave
    | Denver, CO, 80206 (map)" -> "Tattered Cover Colfax, 2526 E Colfax Ave, Denver, CO, 80206"."""
    return _MAP_LINK.sub("", text).replace(" | ", ", ")


def unbracket_postcode(text: str) -> str:
    """A place with its postcode (maybe and town) in brackets at its end, the brackets made a
    comma: "Moat car park (GU8 6LW)" -> "Moat car park, GU8 6LW"."""
    if text.endswith(")") and (pb := _POSTCODE_BRACKET.search(text)) is not None:
        code = pb.group(1)
        if lone_postcode(code) or find_postal_town(code) is not None:
            return f"{text[: pb.start()]}, {code}"
    return text


# A campus's short name in brackets after its name: "(UHAS)", "(KNUST)", "(U of T)".
_SHORT_NAME = re.compile(r"^\((?=[^)]{2,12}\))[A-Z](?:[A-Z&.]|\sof\s)*+\)")


# The end of a title (lower case: the line's title goes on), its bracketed remark, then the venue
# after a dash: "niveau 1 (2 jours, repas pris en charge) – UD CGT 93".
_REMARK_THEN_NAME = re.compile(
    r"^(?P<remark>(?-i:[a-zß-ÿ])[^–—()]{0,120}+\([^()]{1,80}\))\s[–—]\s"
    r"(?P<name>(?-i:[A-ZÀ-Þ])[^–—()]{1,60})$"
)


_FLOOR_MAX = 30  # characters of a floor read as an address ("2e étage", "1. OG")


def _read_venue_text(m: Meeting, text: str) -> None:
    """A venue line: maybe a town's label ("La Plata:"), a campus first, then a building and a
    room, maybe an address after."""
    if " | " in text or text.endswith(")"):
        text = _unpiped(text)  # "1005 W Burnside St | Portland, OR, 97209 (map)"
    if calendar.meets_at(text):
        text = calendar.place_text(text)  # "Meet on the steps of the Depot Museum": the museum
    if ":" in text and (town := _TOWN_LABEL.match(text)) is not None and not _LABEL.match(text):
        label = town.group(0).rstrip(" :")
        # the town's label over a venue and its street ("Leeds: Trades Hall — 54 Victoria St");
        # not a title's lead ("Kiezversammlung: Mieten in der Urbanstraße")
        if _bare_town(label) and _venue_parts(text[town.end() :])[0] is not None:
            m.city = m.city or label
            text = text[town.end() :]
    address, t, cm = _venue_parts(text)
    if address is not None and len(address) <= _FLOOR_MAX and FLOOR.match(address):
        t, address = (f"{t}, {address}" if t else address), None  # "Auditorium, 2e étage"
    if address is not None:
        _set_address(m, address)
    if cm and cm.start == 0:
        if m.campus is None:
            m.campus = parse_place(cm.name).campus or cm.name
        if m.campus == cm.name or parse_place(cm.name).campus == m.campus:
            t = _AT_IN.sub("", t[cm.end :].strip(" ,–-"))  # "Columbia University in Hamilton Hall"
            t = _SHORT_NAME.sub("", t).lstrip(" ,–-")  # "University of Ghana (UG), Legon"
            if t and "," not in text and parse_place(text.strip()).city == t and _bare_town(t):
                m.city = m.city or t  # "Queen's University Belfast": the campus in its town
                return
    elif cm and cm.end >= len(t) - 1 and cm.start > 0 and t[: cm.start].rstrip().endswith(","):
        m.campus = m.campus or cm.name
        t = t[: cm.start].rstrip(" ,")
    if not t:
        return
    if (
        ") " in t
        and (rn := _REMARK_THEN_NAME.match(t)) is not None
        and not _street_after_dash(rn.group("name"))
    ):
        # "… niveau 1 (2 jours, repas pris en charge) – UD CGT 93": the title's end, the venue
        m.title = f"{m.title} {rn.group('remark')}" if m.title else rn.group("remark")
        t = rn.group("name")
    venue, room = split_venue_room(t)
    venue = venue.rstrip(" –—-") or venue if venue else venue  # "Centre Octubre — Sala 1"
    if (
        room is not None
        and m.city is None
        and "," in t
        and _bare_town(room)
        and not _bare_room(room)
        and venue is not None
        and _placelike(venue)
        and known_city(room)
    ):
        # "Trades Hall, Leeds": a venue by its kind, then its town (not "Albert Square,
        # Manchester", whose meeting point under it may still be the place)
        m.city, room = room, None
    if m.venue is None:
        m.venue, m.room = venue, m.room or room
    elif m.room is None:
        m.room = t


def _set_address(m: Meeting, text: str) -> None:
    if " | " in text or text.endswith(")"):
        text = _unpiped(text)
    address, postal_code, city, state, country, town = _address_fields(text)
    m.address = address
    m.postal_code = m.postal_code or postal_code
    if m.postal_code is None and lone_postcode(last := text.rsplit(",", 1)[-1]):
        m.postal_code = last.strip()  # "Moat car park, GU8 6LW"
    m.city = m.city or city
    m.state = m.state or state
    m.country = m.country or country
    if m.city is None and town is not None:
        m.city = town  # "Karl-Marx-Allee 90, Berlin"


@lru_cache(maxsize=4096)
def _address_fields(
    text: str,
) -> tuple[str, str | None, str | None, str | None, str | None, str | None]:
    """An address line read once per page (a venue's address repeats): the address, its
    postcode, city, state and country, and the town after a German street ("Karl-Marx-Allee 90,
    Berlin")."""
    address = (_LABEL.sub("", text) if ":" in text else text).strip(" ,;")
    abroad = postal_place(address) if _DIGIT.search(address) else None
    postal_code = find_postal_code(address) or (abroad.postal_code if abroad else None)
    p = parse_address(address)
    street, _, town = address.rpartition(",")
    town = town.strip()
    if not (is_street_abroad(street) and _BARE_CITY.match(town)):
        town = None
    return address, postal_code, p.city, p.state, p.country, town


# A remark that the meeting is held online, ending a date line's tail: "Reading group (online via
# Zoom)", "Lesekreis (online)", "Book club, online", "Q&A on Zoom". The online flag is read from
# the whole entry (_read_flags); the remark is no part of a place.
_ONLINE_REMARK = re.compile(
    r"(?:\((?:(?:held|also|and|auch|und|aussi|et|también|y|with|mit|avec|con|\+)\s++)?"
    # how it goes online: "(et retransmission en ligne)", "(and streamed online)", "(y
    # transmisión en línea)", "(mit Übertragung online)"
    r"(?:(?:streamed|broadcast|retransmis(?:sion|e)?|diffus(?:ion|[ée]e?)|[üu]bertragung|"
    r"[üu]bertragen|transmisi[óo]n|transmitid[oa])\s++)?"
    r"(?:(?:auf|sur|por|en)\s++)?"
    rf"(?:online|zoom|webinar|virtual|en\s+ligne|en\s+l[ií]nea|{LIVE_STREAM})\b[^()]{{0,40}}\)"
    r"|[,–—-]\s*+(?:online|virtual|en\s+ligne|en\s+l[ií]nea)"
    # "…, mit Live-Stream", "— live stream on YouTube", ", con transmisión en vivo por Facebook"
    r"|[,–—-]\s*+(?:(?:also|and|with|mit|und|avec|et|con|y)\s++)?"
    rf"(?:{LIVE_STREAM})\b(?:\s++(?:on|auf|im|sur|por|en|via|über)\s++[^,;()]{{1,40}})?"
    r"|(?<!\S)(?:on|via|über|per|sur|por)\s++zoom)\s*$",
    re.IGNORECASE,
)


def _cut_online_remark(m: Meeting, tail: str) -> str | None:
    """``tail`` without an online remark at its end (see _ONLINE_REMARK); None when nothing is
    left to read, or when what is left names no place: then it is the meeting's title."""
    if not contains_any(tail.casefold(), _ONLINE_STEMS):
        return tail
    # Only the end can hold the remark: searching there keeps the pattern linear on long lines.
    r = _ONLINE_REMARK.search(tail, max(0, len(tail) - 80))
    if r is None:
        return tail
    rest = tail[: r.start()].strip(" ,;:–—-@|·")
    if rest and not _placelike(rest):
        m.title = m.title or rest
        return None
    return rest or None


_ENDS_HOUSE_NUMBER = re.compile(r"\s\d{1,4}[a-zA-Z]?$")
_BARE_HOUSE_NUMBER = re.compile(r"\d{1,4}[a-zA-Z]?|s/n")


def _numbered_street(parts: Sequence[str], k: int) -> bool:
    """Whether part ``k`` (after the venue's) is a street named with a capital and numbered."""
    if not _STREET_CAPITAL.match(parts[k]):
        return False
    return _ENDS_HOUSE_NUMBER.search(parts[k]) is not None or (
        k + 1 < len(parts) and _BARE_HOUSE_NUMBER.fullmatch(parts[k + 1]) is not None
    )


def _address_start(parts: list[str]) -> int | None:
    """Index of the comma-separated part where a street address begins, if any: a house number
    first, a German street after the venue ("Gewerkschaftshaus, Wilhelm-Leuschner-Str. 69,
    60329 Frankfurt"), a US-style suffix, else a last part that is a town with its postcode, and
    the street named without its number right before that ("…, Bahnhofstraße, 73249 Wernau")."""
    return _address_start_of(tuple(parts))


@lru_cache(maxsize=4096)  # a page's venue lines repeat
def _address_start_of(parts: tuple[str, ...]) -> int | None:
    k = _first_address_part(parts)
    if k is not None and k == len(parts) - 1 and k >= 2 and _unnumbered_street(parts[k - 1]):
        k -= 1
    return k


def _first_address_part(parts: Sequence[str]) -> int | None:
    if len(parts) == 1 and _lone_street(parts[0]):
        return 0  # "Kirchstraße 5", "Calle de la Iglesia 5": a street and no name (not "Jesus
        # Lane", which may name its meeting house)
    for k, part in enumerate(parts):
        if _HOUSE_NUMBER.match(part) or (k and part[:1].isupper() and is_street_abroad(part)):
            return k
        if k and _numbered_street(parts, k):
            return k
        if (
            k
            and (_STREET_PART.match(part) or _NAMED_STREET_EN.fullmatch(part))
            and not any(_bare_room(p) or room_first(p) for p in parts[k + 1 :])
        ):
            return k  # "Église Saint-François, place Saint-François, Lausanne"; "…, Broad Street"
    k = address_suffix(parts)
    if (
        k is None
        and len(parts) >= 2
        and (find_postal_town(parts[-1]) is not None or lone_postcode(parts[-1]))
    ):
        k = len(parts) - 1
    return k


def _lone_street(part: str) -> bool:
    return is_street_abroad(part) or (
        _STREET_CAPITAL.match(part) is not None and _ENDS_HOUSE_NUMBER.search(part) is not None
    )


_MEET_STEMS = (
    "meet",
    "treffpunkt",
    "sammlung",
    "sammelpunkt",
    "rendez",
    "rdv",
    "encuentro",
    "part",
    "assemble",
    "gather",
    "rassemblement",
    "concentr",
    "quedamos",
)
_MEET_PARTS = re.compile(r"[,;:]\s++|\s[–—]\s")
# "and" before what happens next: "… y bajamos juntas", "… and walk to", "… und ziehen", "… et"
_AND_THEN = re.compile(r"\s(?:y|and|und|et)\s++(?=[a-zß-ÿ])")


def _meeting_point(m: Meeting, tail: str, *, titled: bool = False) -> bool:
    """Where to meet, said in a part of a date line ("9h30 : visite des Chantiers, rendez-vous
    devant la gare de Saint-Nazaire. La visite est annulée …", "10am: canal walk; meet at Hebden
    Bridge station"): the place, up to the end of its sentence; whether one was read.
    ``titled``: only after a title that names no place ("Trades Hall — meet at the front steps"
    keeps its hall), which becomes the meeting's title."""
    if not contains_any(tail.lower(), _MEET_STEMS):
        return False
    parts = _MEET_PARTS.split(tail.strip(" ,;:–—-"))
    k = next((k for k, p in enumerate(parts) if calendar.meets_at(p)), None)
    if k is None:
        return False
    place = calendar.place_text(_SENTENCE_END.split(parts[k], 1)[0]).rstrip(" .!")
    place = _AND_THEN.split(place, 1)[0]  # "Puerta del Sol y bajamos juntas": the place
    if not (place and _TWO_LETTERS.search(place)):
        return False
    before = ", ".join(p.strip() for p in parts[:k] if p.strip())
    if titled and (
        not before or not _title_words(before) or (_placelike(before) and not _weak_place(before))
    ):
        return False
    _read_venue_text(m, place)
    if titled:
        m.title = m.title or before
    return True


def _timed_meeting_point(m: Meeting, led: str) -> bool:
    """A line under the date that says where (and maybe when) to meet ("Meet 10:00am at
    Alphington Station car park", "Treffpunkt 14 Uhr am Rathaus"): its time, unless the date
    line gave one, and its place over a date line's words that name none ("Doorknocking", which
    become the title); whether its place was read."""
    if (mt := calendar.meet_time(led)) is not None:
        tm, led = mt
        if m.start_time is None and m.date:
            m.start_time, m.end_time, m.time_tba = tm.start_time, tm.end_time, False
    title = m.venue
    if title is not None and (_placelike(title) or m.address or m.room):
        return False  # "Trades Hall" / "Meet 10am at the front steps": the hall stays
    m.venue = None
    if not _meeting_point(m, led):
        m.venue = title
        return False
    m.title = m.title or title
    return True


_BLOCK_LINES = 8  # lines under a date searched for the venue's name
_REMARK_ONLY = re.compile(r"\([^()]{1,60}\)")  # a remark in brackets and nothing else


def _take_tz_hint(m: Meeting, tail: str) -> str:
    """A time zone written right after the time ("7 pm EST", "19:00 (GMT+1)") is a hint on the
    meeting, never part of its venue; the rest of the tail is returned."""
    tz = _TZ_HINT.match(tail)
    if not tz:
        return tail
    if not tz.group("local"):
        m.tz_hint = " ".join(tz.group("tz").split()).replace("−", "-")
    return tail[tz.end() :]


# "at St." (Saint) ending what the full stop would make a sentence: a name goes on after it.
_SAINT_END = re.compile(r"(?:^|\b(?:at|in|the|of|to|and|from)\s++|[,(]\s*+)(?:St|Ste|Sta|Mt)\.$")


# A place's short name, no town: "UNamur", "TUD", "UNIZAR" (two capitals first), "UoB" (a
# capital last); not "McLean" or "DeKalb".
_SHORT_NAME_WORD = re.compile(r"(?<![\w-])(?:[A-ZÀ-Þ]{2}[\w-]*+|[\w-]++(?<=[A-ZÀ-Þ]))")


def _bare_town(text: str) -> bool:
    """A town's name alone after a venue ("…, Batticaloa"): capitalised words, no venue or street
    word, no number, no short name ("Université de Namur (UNamur)")."""
    return (
        _BARE_CITY.match(text) is not None
        and _SHORT_NAME_WORD.fullmatch(text) is None
        and not _placelike(text)
        and not _STREET_WORD_ABROAD.search(text)
        and not _STREET_WORD.search(text)
    )


# The street words addresses are read with, and the British ones a town's name never ends in.
_STREET_WORD = re.compile(rf"\b(?:{STREET_WORDS}|crescent|close|hill|parade)\b\.?$", re.IGNORECASE)


# A talk's quoted topic after its place: "… in Room 12 on “Wages and empire”", "… sur « … »".
_TOPIC_AFTER = re.compile(
    r"\s(?:on|about|über|zum\s+thema|sur|sobre|acerca\s+de)\s++[\"“„«‘']", re.IGNORECASE
)


# A verb between a place and its meeting's status: "… at the Trades Hall is CANCELLED", "… à la
# Bourse du travail est ANNULÉE", "… im Gewerkschaftshaus ist ABGESAGT", "… queda SUSPENDIDA".
COPULA_STATUS = re.compile(
    r"\s++(?:is|are|has\s++been|have\s++been|was|est|sont|a\s++été|ist|sind|wird|wurde|queda|"
    r"quedan|está|están|ha\s++sido|fue)\s++(?=(?i:cancel|annul|abgesagt|ausgefallen|f[äa]llt|"
    r"suspend|postpon|report|verschoben|aplazad|pospuest))",
    re.IGNORECASE,
)


_BRACKETED_TOWN = re.compile(r"\s{0,2}\((?P<town>[^()]{2,40})\)")


def _read_prose_place(m: Meeting, tail: str) -> None:
    """The place right after a date in a sentence: "in Room 12 of Kane Hall. Join us" (up to the
    sentence's end or first comma)."""
    first, *rest = _SENTENCE_END.split(tail, maxsplit=1)
    if rest and _SAINT_END.search(first):  # "at St. Brigid's Parish Hall": no sentence's end
        first += " " + _SENTENCE_END.split(rest[0], maxsplit=1)[0]
    sentence = first.rstrip(".")
    pm = _PROSE_PLACE.match(sentence)
    if not pm:
        return
    place = pm.group("place")
    br = _BRACKETED_TOWN.match(sentence, pm.end())
    if br is not None and m.city is None and _bare_town(br["town"]):
        m.city = br["town"]  # "en la sede (Chapinero)": the venue's district or town
    elif br is not None and m.address is None and _bracketed_street(br["town"].strip()):
        _set_address(m, br["town"].strip())  # "au magasin (rue Van Hove 19)": its street
    if (topic := _TOPIC_AFTER.search(place)) is not None:
        place = place[: topic.start()]  # "in Room 4.01 on “Informal work”": the talk's topic
    place = place.split(";", 1)[0]  # "… im Gewerkschaftshaus statt; die Uhrzeit …"
    place, _, after = place.partition(",")
    place, town = place.strip(), after.split(",")[0].strip(" .")
    if place.endswith(" statt"):
        place = place[: -len(" statt")]  # "findet … im Gewerkschaftshaus statt": the verb's
    if town and m.city is None and _bare_town(town):
        m.city = town  # "in Gandhi Park community hall, Batticaloa."
    elif town and m.address is None and _street_after_dash(town):
        _set_address(m, after.strip(" ."))  # "at the Riverside Inn, 9 River Road."
    split = room_first(place)
    if split:
        m.venue, m.room = m.venue or split[0], m.room or split[1]
    else:
        _read_venue_text(m, place)


# A title's last clause that says where the event is held, away from the page's own venue:
# "Rencontre avec Samir Haddad, à la Bibliothèque Kateb-Yacine (202, Grand'Place)", "Talk with
# Jane Doe, at the Central Library", "Lesung mit Anna Beck, im Literaturhaus", "Charla con Ana
# Ruiz, en la Biblioteca Municipal". Not "Une saison à Briançon" (no clause of its own).
_TITLE_PLACE_CLAUSE = re.compile(
    r"(?:,|\s[–—])\s++(?=(?:at|in|im|beim|à|au|dans|en)\s)", re.IGNORECASE
)


def read_title_place(m: Meeting, texts: list[str]) -> bool:
    """A meeting that names no place of its own but whose title, one of its detail lines
    ``texts``, has a clause naming a venue ("…, à la Bibliothèque Kateb-Yacine"): that venue
    is its place. Whether one was read."""
    for title in texts:
        clauses: list[tuple[str, bool]] = []  # (clause, whether its place must be capitalised)
        if ("," in title or "–" in title or "—" in title) and (
            cl := _TITLE_PLACE_CLAUSE.search(title)
        ) is not None:
            clauses.append((title[cl.end() :], False))
        # a blurb that opens on where it is held: "Projection au Cinéma Arvor (11 rue …) suivie
        # d'un échange", "Hors les murs : à la Bibliothèque Champs-Manceaux, en partenariat …"
        clauses.append((title, True))
        if ": " in title:
            clauses.append((title.rsplit(": ", 1)[-1], True))
        found = [
            (clause, place[:1].isupper())
            for clause, named in clauses
            if (pm := _PROSE_PLACE.match(clause)) is not None
            and _placelike(place := pm.group("place"))
            and (place[:1].isupper() or not named)
        ]
        found.sort(key=lambda c: not c[1])  # a venue named as a name first
        for clause, _ in found:
            _read_prose_place(m, clause)
            if m.venue or m.room:
                return True
    return False


_TIME_LABEL = re.compile(
    r"^(?:[•·◦▪▸►*‣⁃-]\s*+)?(?:"
    + labels.alternation(labels.TIME, labels.TIMES, labels.BEGIN, labels.START)
    + r")"
    + WHOSE_TIME
    + r"\s*+:",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _DetailText:
    """What a line under a date says from its text alone (a page's address and link lines
    repeat: each text is read once, ``_detail_text``)."""

    text: str  # without a change label ("Note different time and place:")
    placed: str = ""  # ``text`` without its status words ("CANCELLED – Room 101")
    speaker: str | None = None  # a seminar's speaker line: who, the line is the title
    skip: bool = False  # a phone number, fee, link or status only: never the place
    pending: bool = False  # the location is still to come
    bare: str = ""  # ``placed`` without its field label
    labelled_speaker: str | None = None  # "Speakers: Ana Ruiz": who
    time: TimeMatch | None = None
    moved: bool = False  # "Achtung, abweichender Ort:": the place below replaces any above
    timeline: bool = False  # a line of times ("Time: 20:00 (GMT+3)", "Doors open 1.30pm")


# A room, which no speaker comes from: "Pfarrsaal", "Room 4B", "Salón de actos", "Salle B".
# (Institutions are where speakers come from: "Ana Ruiz, British Library".)
_ROOM_WORD = re.compile(
    r"(?:saal|raum|zimmer|room|salle|sala|sal[óo]n|aula)\b|\b(?:rooms?|salle|sala|aula)\s",
    re.IGNORECASE,
)


def _room_after_speaker(text: str) -> str | None:
    """The room a speaker's line ends with after a comma ("Referentin: Dr. Ursula Brandl,
    Pfarrsaal", "Speaker: Ana Ruiz, Room 4B"), if it does."""
    _, comma, tail = text.rpartition(", ")
    tail = tail.strip(" .")
    if not comma or not tail or len(tail) > _ROOM_AFTER_SPEAKER_MAX:
        return None
    return tail if _ROOM_WORD.search(tail) else None


_ROOM_AFTER_SPEAKER_MAX = 40


_FEE_SENTENCE_MAX = 60  # characters of a fee's sentence opening a detail line


# A short weekday before a detail line's first time ("Fr ", "Sat. ", "sáb ", "Mo–Do ").
_DAY_LEAD = re.compile(r"[^\W\d_]{2,3}\.?(?:\s?[–+-]\s?[^\W\d_]{2,3}\.?)?,?\s")


# Who to ask, under the last date of a list: "Kontakt: Dr. Friederike Janssen, Tel. …",
# "Contact: Pat Hanlon, 07700 900461", "Contacto: …", "Renseignements : …": never the place.
_CONTACT_LABEL = re.compile(
    r"(?:contacts?|kontakt|contacto|ansprechpartner(?:in)?|renseignements|informes)\s?:",
    re.IGNORECASE,
)


# A line that says when the entry starts: "starts at 3:00 p.m. GMT" (after "NB:"), "beginnt um
# 18 Uhr", "commence à 18 h", "empieza a las 18:00".
_STARTS_AT = re.compile(
    r"(?:starts?|begins?|beginnt|beginn|commence|d[ée]but|empieza|comienza|inicio)\b", re.I
)
_STARTS_AT_REACH = 20  # characters from the start word to the time


# A comma and a time's cue before a time that ends a detail line: ", a las ", ", at ", ", um ",
# ", à ", ", from ", " – ".
_TIME_LAST = re.compile(
    r"(?:,|\s[–—-])\s*+(?:(?:at|from|um|ab|à|dès|a\s++las|a\s++la|desde\s++las|desde)\s++)?",
    re.IGNORECASE,
)


def _cue_before(text: str, at: int) -> re.Match[str] | None:
    """The comma or dash (maybe with "at", "um", "à", "a las"…) right before a line's last time
    at ``at`` ("Sala 2, a las 18 h", "Rheinfelden, Kurbrunnen, 19.30 Uhr"), else None."""
    return next((c for c in _TIME_LAST.finditer(text, 0, at) if c.end() == at), None)


_DOT_CELLS = re.compile(r"[^·•|]+")


def _tba_cell(tail: str) -> tuple[int, int] | None:
    """Where a cell of a line laid out in middle dots or bars only says the time is to come
    ("· Hora por confirmar ·", "| time TBA |"), else None."""
    if "·" not in tail and "•" not in tail and "|" not in tail:
        return None
    for cm in _DOT_CELLS.finditer(tail):
        if _time_to_come(cm.group(0)):
            return cm.start(), cm.end()
    return None


def _without_when_cells(t: str) -> str:
    """A card's meta line in middle dots or bars without its cells that only say the day of the
    week or that the time is to come ("Mittwoch · Uhrzeit folgt · Bad Gastein, Straubingerplatz"
    -> "Bad Gastein, Straubingerplatz"): the date above says when; the rest says where."""
    if "·" not in t and "•" not in t and "|" not in t:
        return t
    cells = [c for c in (c.strip() for c in _DOT_CELLS.findall(t)) if c]
    kept = [c for c in cells if not (_weekdays_cell(c) or _time_to_come(c))]
    if not kept or len(kept) == len(cells) or not _weekdays_cell(cells[0]):
        return t
    return " · ".join(kept)


@lru_cache(maxsize=4096)
def _detail_text(t: str) -> _DetailText:
    if (pin := _PLACE_MARK.match(t)) is not None:
        t = t[pin.end() :].lstrip("\ufe0f ")  # "- 📍 Riverdale Library, …": the place itself
        if not _TWO_LETTERS.search(t):
            return _DetailText(t, skip=True)  # "📌 1": a chat message's pin count, no place
    elif t.startswith(("- ", "* ", "• ")):
        t = t[2:].lstrip()  # a list item under the date: its text, not its bullet
    t = _without_when_cells(t)
    moved = False
    if (cl := _CHANGE_LABEL.match(t)) is not None:
        moved = _CHANGE_PLACE.search(t, 0, cl.end()) is not None
        t = t[cl.end() :]  # "Note different time and place: 3:00 p.m., Stein Building"
    if (sp := _SPEAKER_LINE.match(t)) is not None:
        return _DetailText(t, speaker=sp.group("who").strip())  # "Ana Ruiz (UNAM), "Railways""
    if _is_contact(t) or _fee_or_signup(t) or _CONTACT_LABEL.match(t):  # "8,00 €", a phone
        return _DetailText(t, skip=True)
    if 0 < (stop := t.find(". ")) <= _FEE_SENTENCE_MAX and _fee_or_signup(t[: stop + 1]):
        t = t[stop + 2 :]  # "Entrada libre y gratuita. Sala 2.": the fee, then the room
    elif is_prose(t) and (first := place_first_sentence(t)) is not None:
        t = first  # "Restaurant de la Gare, Le Noirmont. Ordre du jour : …": the place, a blurb
    elif (
        is_prose(t)
        and time_then_place_sentence(t)
        and (end := ANY_SENTENCE_END.search(t)) is not None
    ):
        t = t[: end.start()]  # "14h00 – 17h00, Centre de loisirs, salle 2. Inscription …"
    if t.startswith("#") and _HASHTAGS.fullmatch(t):
        return _DetailText(t, skip=True)  # "#ronda #feminismo #rosario": a post's tags
    if film_credits(t):
        return _DetailText(t, skip=True)  # a film's credits: "Charlotte Wells, UK 2022, 102 mins."
    if t[:1].isdigit() and _ATTENDANCE.match(t):
        return _DetailText(t, skip=True)  # an event site's count: "11 participant·es", "23 going"
    status = _has_status(t)
    if (
        _LINK_LINE.match(t)
        or (status and not _STATUS_WORDS.sub("", t).strip(" .:!–—-()"))
        or _only_status(t)
    ):
        return _DetailText(t, skip=True)
    placed = _STATUS_WORDS.sub(" ", t).strip(" .:!–—-()") if status else t
    if _LOCATION_TBA.match(placed) or (len(placed) < 80 and PENDING_RE.match(placed)):
        return _DetailText(t, pending=True)
    bare = _LABEL.sub("", placed) if ":" in placed else placed
    sm = _find_speaker(placed)
    tm = find_times(placed)
    timeline = (
        bool(tm)
        and bool(
            len(bare) - (tm.end - tm.start) < 12
            or _DAY_LEAD.fullmatch(placed, 0, tm.start)  # "Fr 17.00–20.00 Uhr, Sa + So 10–16 Uhr"
            or DOORS_RE.search(bare)
            or _TIME_LABEL.match(placed)
            or _time_note(placed)
            or (tm.start < _STARTS_AT_REACH and calendar.each_time(placed))  # "à chaque fois 10h"
            or (_STARTS_AT.match(placed) is not None and tm.start < _STARTS_AT_REACH)
            or (tm.start <= 2 and not calendar.past_more_times(placed[tm.end :]).strip(" .,;"))
            # "9 h 30 (les deux jours)": the time and a remark on it
            or (tm.start <= 2 and _REMARK_ONLY.fullmatch(placed[tm.end :].strip()) is not None)
            # "18:00 Lima, Bogotá · 17:00 Ciudad de México": one time on several clocks
            or calendar.zone_times(placed) is not None
        )
    )  # "Time: 20:00 (GMT+3) / 17:00 (GMT)": the first time is the start
    who = sm.group("who").strip() if sm and sm.start() < 3 else None
    return _DetailText(
        t, placed, bare=bare, labelled_speaker=who, time=tm, moved=moved, timeline=timeline
    )


# How many people said they are interested or coming, as an events tab shows under an event:
# "25 personnes intéressées · 9 participants", "14 people interested · 6 going", "52
# Interessierte · 18 Zusagen", "30 personas interesadas · 12 asistentes", "1,2 K interested".
_COUNT_PART = re.compile(
    r"\d[\d.,]*+\s*+(?:k\s*+)?(?:(?:personnes|people|persons|personas|personen|leute)\s++)?"
    r"(?:int[ée]ress[ée]e?s|interested|interesad[oa]s|interessiert(?:e|en)?|interessierte|"
    r"going|participants?|participantes|teilnehmende|teilnehmer(?:innen)?|zusagen|asistentes|"
    r"attendees|attending|inscrit(?:e|s|es)?|inscrit[oa]s|registered|angemeldet|"
    r"personnes|people|personas|personen)",
    re.I,
)
_COUNT_SEPARATOR = re.compile(r"(?<!\s)\s*+[·|•]\s*+")


def _people_counts(text: str) -> bool:
    """Whether a line only counts the people interested in or coming to an event."""
    parts = _COUNT_SEPARATOR.split(text.strip())
    return all(_COUNT_PART.fullmatch(p) for p in parts)


# A word that flags a change for one entry: "Achtung", "NB", "Note", "Attention", "Ojo".
_CHANGE_LEAD = (
    r"note|nb|n\.b\.|please\s++note|achtung|hinweis|wichtig|attention|important|ojo|"
    r"atenci[óo]n|nota|aviso"
)
# What changed, before a colon: "different time and place:", "change of venue:", "abweichender
# Ort:", "changement de salle :", "cambio de sala:".
_CHANGE_NOUN = (
    r"(?:(?:a\s++)?(?:different|new|changed|other)\s++(?:time|venue|place|location|room)"
    r"(?:\s++(?:and|&)\s++(?:time|venue|place|location|room))?"
    r"|change\s++of\s++(?:time|venue|place|location|room)"
    r"|(?:abweichende[rs]?|ge[äa]nderte[rs]?|neue[rs]?|andere[rs]?)\s++(?:ort|raum|saal|zeit|uhrzeit)"
    r"|ortswechsel|raum[äa]nderung|orts?[äa]nderung"
    r"|changement\s++(?:de\s++|d['’])(?:salle|lieu|horaire|heure)"
    r"|nouvelle\s++salle|nouveau\s++lieu|nouvel\s++horaire"
    r"|cambio\s++de\s++(?:sala|lugar|hora|horario|aula)|nueva\s++sala|nuevo\s++(?:lugar|horario))"
    r"\s*+[:–—-]\s*+"
)
# The separators of a detail line of cells: "Einlass 19:00 · Beginn 19:30 · Kleine Bühne · VVK 12
# €", "Doors 7pm | Show 7.30pm | Back Room", "Einlass ab 18:30 / Beginn 19:00".
# Only the mark is matched (the cells are stripped after): linear on a line of spaces.
_CELL_SEP = re.compile(r"[·|•]|\s/(?=\s)")
_CELL_MARKS = ("·", "|", "•", " / ")
# The doors, not the start: "Einlass 19:00", "Doors open 6.30", "Ouverture des portes 19h",
# "Apertura de puertas 19:00".
_DOORS = r"doors|einlass|t[üu]r[öo]ffnung|ouverture|portes|apertura|puertas"
_DOORS_CELL = re.compile(rf"^\W{{0,3}}+(?:{_DOORS})\b", re.I)
# What opens a line of cells split by commas: the doors or the start ("Einlass 19 Uhr, Beginn
# 19.30 Uhr, Saal 2", "Ouverture des portes 19h, début 19h30"), or a mark or word that flags a
# change for this entry (">> Sonderkolloquium (Donnerstag!), 14:15 Uhr, Seminarraum 3.14",
# "Attention : exceptionnellement à 18 h, salle B").
_COMMA_CELLS_LEAD = re.compile(
    rf"^(?:>++|!++|\W{{0,3}}+(?:{_DOORS}|"
    + labels.alternation(labels.BEGIN, labels.START)
    + rf"|{_CHANGE_LEAD})\b)",
    re.IGNORECASE,
)
# A start said with a bare hour after the doors' time: "talk starts 7", "Beginn um 8", "début 8".
_BARE_START = re.compile(
    r"^(?:[^\W\d_]++\s++)?(?:"
    + labels.alternation(labels.BEGIN, labels.START)
    + r"|begins?)(?:\s++(?:at|um|à|a\s++las))?\s++(?P<h>1[0-2]|0?[1-9])\W{0,3}$",
    re.IGNORECASE,
)
# A cell that only gives the fee, a booking address, a moderator or a note: never the place.
_NOTE_CELL = re.compile(r"[€$£@:]|\d\s*+(?:eur|chf)\b|https?:|www\.", re.IGNORECASE)
# A year, in a film's or a book's credits: "Jean Renoir · France · 1939", "UK/USA 2022, 102 mins."
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")
_HASHTAGS = re.compile(r"(?:#[^\W_][\w-]*+\s*+)++")
# A post's link to its comments: "View all 11 comments", "Ver los 11 comentarios", "Alle 11
# Kommentare ansehen", "Voir les 11 commentaires".
_COMMENTS_LINK = re.compile(
    r"(?:view|see|ver|voir|alle)\b[^\n]{0,24}?\b(?:comments|comentarios|commentaires|kommentare)\b",
    re.IGNORECASE,
)
_ROOM_WORD_ENDS = ("raum", "saal", "room", "salle", "sala", "aula", "zimmer")


@dataclass(frozen=True)
class _Cells:
    """What a detail line of cells gives: the start time, the place cell (or None) and, in a row
    of columns, the title's column."""

    time: TimeMatch | None  # None: the time is still to come
    place: str | None
    title: str | None = None


_TIME_CELL_WORDS = 30  # the most characters a time cell has besides its time ("Beginn bereits um")


def _time_cell(text: str) -> TimeMatch | None:
    """The time of a cell that is about its time ("Einlass 19:00", "jeweils 20:00", "10–14
    Uhr"), not a street with a postcode that reads as one ("545 Markham Rd, … M1H 2A1")."""
    tm = find_times(text)
    if tm is None or len(text) - (tm.end - tm.start) > _TIME_CELL_WORDS:
        return None
    return None if text[tm.end - 1] in "aApP" else tm  # "12A": a film's rating, not "12 am"


def _cell_time(cells: list[str], first: int) -> tuple[TimeMatch | None, int]:
    """The start time of the run of time cells from ``first``, past the doors' time ("Einlass
    19:00 · Beginn 19:30" starts at 19:30), and the index after the run."""
    doors: TimeMatch | None = None
    start: TimeMatch | None = None
    n = first
    while n < len(cells):
        c = cells[n]
        tm = _time_cell(c)
        if tm is None and doors is not None and (bare := _BARE_START.match(c)) is not None:
            h = int(bare.group("h"))  # "Doors open 6.30, talk starts 7": the hour after the doors
            h = h if f"{h:02d}:00" > (doors.start_time or "") else h + 12
            tm = TimeMatch(0, len(c), f"{h % 24:02d}:00", None, False)
        if tm is None:
            break
        if _DOORS_CELL.match(c) and start is None:
            doors = tm
        elif start is None:
            start = tm
        n += 1
    return start or doors, n


def _note_cell(text: str) -> bool:
    """A cell that gives the fee, a booking address, a moderator or a status, never the place."""
    return (
        len(text) > 80
        or _NOTE_CELL.search(text) is not None
        or _only_status(text)
        or _fee_or_signup(text)
    )


def _place_cell(text: str) -> bool:
    """Whether a cell names a place: a venue's word or name, a room ("Kleine Bühne", "Café
    Spule", "Room 4", "salle B", "Seminarraum 3.14"), not a note in lower case."""
    if _note_cell(text) or _weekdays_cell(text):
        return False
    first, _, rest = text.partition(" ")
    if first.lower().endswith(_ROOM_WORD_ENDS) and _DIGIT.search(rest[:8]):
        return True  # "Seminarraum 3.14", "Hörsaal 1"
    if (vk := _venue_kind(text)) is not None and vk.start() == 0:
        return True  # "salle B", "Sala 3"
    if not text[:1].isupper():
        return False  # "anschließend Empfang im Foyer": what follows, not where
    return _names_place(text) or _name_words(text)


def _place_column(rest: list[str]) -> str | None:
    """The place of a row of columns after its time: the last column, after the title ("15.00
    Uhr | Krippenspiel | Lukaskirche", "6:00 pm | Carol service | St Mary's", "20:00 | Misa del
    Gallo | Parroquia San José"), unless the title's column is the one that names a venue's kind
    ("10:00 | Room 4 | Workshop")."""
    if len(rest) < 2 or _placelike(rest[0]) or not _place_cell(rest[-1]):
        return None
    return rest[-1]


@lru_cache(maxsize=4096)
def _cells(text: str, flagged: bool = False) -> _Cells | None:
    """A detail line of cells with a time among them: its start time and its place, the cell
    before the times or, else, right after them (see _CELL_SEP, _COMMA_CELLS_LEAD). ``flagged``:
    the line had a change label ("Attention : exceptionnellement à 18 h, salle B"), so commas
    split its cells too."""
    if any(mark in text for mark in _CELL_MARKS):
        cells = _CELL_SEP.split(text)
        comma = False
    elif "," in text and (flagged or _COMMA_CELLS_LEAD.match(text)):
        cells = text.split(",")
        comma = True
    else:
        return None
    cells = [c for c in (c.strip().strip(",;>!").strip() for c in cells) if c]
    if len(cells) < 2 or any(_YEAR_WORD.fullmatch(c) for c in cells):
        return None  # a film's or a book's credits: "Jean Renoir · France · 1939 · 1 h 50"
    first = next((n for n, c in enumerate(cells) if _time_cell(c) is not None), None)
    if first is None:
        if len(cells) < 3 or not _weekdays_cell(cells[0]) or not _time_to_come(cells[1]):
            return None
        first, tm, after = 1, None, 2  # "Mittwoch · Uhrzeit folgt · Bad Gastein, …": to come
    else:
        tm, after = _cell_time(cells, first)
        if tm is None:
            return None
    place = next((c for c in cells[:first] if _place_cell(c)), None)
    rest = [c for c in cells[after:] if not _note_cell(c)]
    title = None
    if place is None and not comma and (column := _place_column(rest)) is not None:
        place, title = column, " ".join(rest[:-1])  # "15.00 Uhr | Krippenspiel | Lukaskirche"
    if (
        place is None
        and rest
        and (rest[0] == cells[after] or len(rest) == 1)
        and (_place_cell(rest[0]) or (len(rest) == 1 and rest[0][:1].isupper()))
    ):  # "19:00 h · Salón de actos", "3pm–6pm · Free entry · Front Bar": the one place cell
        place = rest[0]
        if (
            comma and rest[0] == cells[after]
        ):  # "…, 14:15 Uhr, Seminarraum 3.14, Gebäude 46": the place goes on
            end = after + 1
            while (
                end < len(cells) and not _NOTE_CELL.search(cells[end]) and cells[end][:1].isupper()
            ):
                end += 1
            place = ", ".join(cells[after:end])
    if place is not None and _has_status(place):
        place = _STATUS_WORDS.sub(" ", place).strip(
            " .:!–—-()"
        )  # "Sala Clara Campoamor SUSPENDIDA"
    return _Cells(tm, place or None, title)


def _cell_line(details: list[Line]) -> tuple[int, _Cells] | None:
    """The first line of cells under a date that gives a time (see _cells)."""
    for n, line in enumerate(details[:_BLOCK_LINES]):
        t = line.text
        if len(t) > 200:
            continue
        cl = _CHANGE_LABEL.match(t)  # "Achtung, abweichender Ort:", "NB:"
        if (cells := _cells(t[cl.end() :] if cl else t, cl is not None)) is not None:
            return n, cells
    return None


# A change label's word for the place: "abweichender Ort:", "change of venue:", "cambio de sala:".
_CHANGE_PLACE = re.compile(
    r"venue|place|location|room|ort|raum|saal|salle|lieu|sala|lugar|aula", re.I
)


def _read_own_sentence(m: Meeting, own: calendar.OwnSentence) -> None:
    """The entry's own time and place (see calendar.own_sentence) over what the lines above it
    gave."""
    if m.date and m.start_time is None and own.time is not None:
        m.start_time, m.end_time, m.time_tba = own.time.start_time, own.time.end_time, False
    m.venue = m.room = m.address = None
    _read_detail_place(m, own.place, own.place)
    if own.address is not None:
        _set_address(m, own.address)


def _overrides_place(details: list[Line]) -> bool:
    """Whether a line under the date changes the list's place for this entry ("Achtung,
    abweichender Ort: Hörsaal 1", ">> Sonderkolloquium (Donnerstag!), 14:15 Uhr, Seminarraum
    3.14", "Attention : exceptionnellement à 18 h, salle B"): the entry's place, not the list's."""
    for line in details[:_BLOCK_LINES]:
        t = line.text
        if own_sentence(t) is not None:
            return True
        cl = _CHANGE_LABEL.match(t)
        if cl is not None and _CHANGE_PLACE.search(t, 0, cl.end()) is not None:
            return True
        if cl is None and not t.startswith((">", "!")):
            continue
        cells = _cells(t[cl.end() :] if cl else t, cl is not None) if len(t) <= 200 else None
        if cells is not None and cells.place is not None:
            return True
    return False


# Where a remark starts inside an entry's line or row: a dash between spaces, a cell, a bracket.
_REMARK_PARTS = re.compile(r"\s[–—-]\s|[|(;]")


def _change_remark_place(text: str) -> tuple[int, str] | None:
    """The place a remark inside an entry's own line gives instead of the list's, led by a
    change label that names the place ("Wahlrecht und Repräsentation – Raumänderung: Hörsaal 5,
    Beginn 16:15 Uhr" -> "Hörsaal 5", "Housing policy (change of venue: Room 4)", "| Débat |
    changement de salle : salle B"): (where the remark starts, the place), else None. A label
    that changes only the time gives none."""
    at = 0
    for sep in (*_REMARK_PARTS.finditer(text), None):
        end = sep.start() if sep is not None else len(text)
        part = text[at:end].strip(" ,;:)")
        cl = _CHANGE_LABEL.match(part)
        if cl is not None and _CHANGE_PLACE.search(part, 0, cl.end()) is not None:
            rest = part[cl.end() :].strip(" :,")
            cells = _cells(rest, True) if len(rest) <= 200 else None
            place = cells.place if cells else rest if find_times(rest) is None else None
            if place and _place_cell(place):
                return at, place
        if sep is not None:
            at = sep.end()
    return None


def _post_end(t: str) -> bool:
    """A line that closes a social media post: its counters ("212 Me gusta"), its link to its
    comments ("Ver los 11 comentarios") or a comment's footer ("4 h  Responder")."""
    return bool(
        (t[:1].isdigit() and (post_counters(t) or reply_footer(t, LANGUAGES)))
        or _COMMENTS_LINK.match(t)
    )


_CAPS_TITLE_WORDS = 3  # words of a heading in capitals read as a title, not a town ("BREST")
_LEAD_MARKS = re.compile(r"^[^\w«“\"„(]++")  # an emoji, a bullet before a heading's words
_END_KEEP = '»”")!?.'  # what may end a heading's words


def _without_marks(text: str) -> str:
    """A heading's words without the emoji or bullets around them ("📢 ASAMBLEA … RADIO")."""
    text = _LEAD_MARKS.sub("", text)
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] in _END_KEEP):
        end -= 1  # a loop, not a pattern anchored at the end: linear on any line
    return text[:end]


# A departure's label: its time and place are the meeting's, whatever line above read as one.
_DEPARTURE = re.compile(
    r"(?:salida|departure|departs|abfahrt|d[ée]part|treffpunkt|meeting\s++point|"
    r"punto\s++de\s++(?:encuentro|salida)|rendez-vous)\b",
    re.IGNORECASE,
)


def _venue_line_below(details: list[Line], n: int) -> bool:
    """Whether one of the two lines under detail ``n`` is a venue's line ("Central Library, Room
    2", "St Peter's Church Hall, High Street", a street): then "Book Club — this month we read
    …" over it is the title, not a place and a remark."""
    for d in details[n + 1 : n + 3]:
        t = d.text.strip()
        if has_time_hint(t):
            continue
        if _placelike(t.split(",")[0].strip()) or looks_like_block_line(t) or is_street_abroad(t):
            return True
    return False


def _lead_time_place(text: str, tm: TimeMatch | None) -> tuple[TimeMatch, str] | None:
    """The time and place of a line that opens with a word or two, then its time, then the
    place after a preposition (see _LEAD_ONLY); None for any other line."""
    if tm is None or not 0 < tm.start <= _LEAD_REACH:
        return None
    if not _LEAD_ONLY.fullmatch(text[: tm.start].strip(" :")) or calendar.meets_at(text):
        return None  # "Treffpunkt 10 Uhr am …": a meeting point's, read as one
    after = place_after_time(text[tm.end :])
    if after is None and (rest := text[tm.end :].lstrip()).startswith(","):
        # "A las 19:30 h, Centro Cívico Delicias, salón de actos. Renovación de la junta …"
        first = SENTENCE_SPLIT.split(rest[1:], maxsplit=1)[0].strip(" .")
        after = first if _placelike(first.split(",")[0]) else None
    return (tm, after) if after is not None else None


def _place_first_sentence(text: str) -> str | None:
    """The first sentence of a detail line when it is a venue with its street and the rest is
    about the event ("Wickham School of Arts, 29 Bishopsgate St, Wickham. New members' welcome
    at 5.45pm. Soup …"); None otherwise."""
    first = SENTENCE_SPLIT.split(text, maxsplit=1)[0].rstrip(" .")
    if len(first) >= len(text.rstrip(" .")):
        return None
    parts = [p.strip() for p in first.split(",") if p.strip()]
    return first if len(parts) >= 2 and _address_start(parts) else None


# A detail line's rest after its time that says only that the meeting is online, then notes:
# "online. Report-backs …", "on Zoom (link by e-mail)", "en ligne.", "en línea;".
_ONLINE_FIRST = re.compile(
    r"(?:online|on(?:line)?\s++(?:zoom|teams)|via\s++zoom|zoom|en\s++ligne|en\s++l[íi]nea|virtual)"
    r"(?:\s*+\([^()]{0,60}\))?\s*+(?:$|[.;!]\s)",
    re.IGNORECASE,
)


def _no_words(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


_META_BULLETS = ("• ", "- ", "* ")  # an HTML list's items, a Markdown list's


def _meta_place_at(details: list[Line]) -> int:
    """A card's meta lines, each with its bullet: its time alone, then its place ("• 9:30 h
    (ambos días)" / "• Matadero Madrid · Nave 16. Paseo de la Chopera, 14"): the place line's
    index, the lines above the time being the card's category and title; else 0."""
    for n in range(1, len(details)):
        time_line, place_line = details[n - 1].text, details[n].text
        if (
            time_line[:2] in _META_BULLETS
            and place_line[:2] == time_line[:2]
            and _detail_text(time_line).timeline
            and find_times(place_line) is None
            and _TWO_LETTERS.search(place_line) is not None
        ):
            return n
    return 0


_TITLE_NAME_STREET = 3  # a card's title, its venue's name, its street and town


def _dated_notice(text: str) -> bool:
    """Whether a line under a date is a notice of one date's status ("⚠️ Mise à jour : la séance
    du 2 mars est annulée, la salle …", "Update: the session on 2 March is cancelled"): no title,
    venue or room of the meeting (its status is read with the entry's flags)."""
    return _has_status(text) and find_date(text, langs=LANGUAGES) is not None


_SENTENCE_OVER = re.compile(r"[.!?»”)]\s*+$")


def _without_notices(details: list[Line]) -> list[Line]:
    """``details`` without their dated notices and the lines their sentence goes on over."""
    kept: list[Line] = []
    going_on = False  # the line before is a notice's, its sentence not ended
    for n, d in enumerate(details):
        if _dated_notice(d.text) or (going_on and d.number == details[n - 1].number + 1):
            going_on = _SENTENCE_OVER.search(d.text) is None
            continue
        going_on = False
        kept.append(d)
    return kept


# Where to stand at the place: "vor der", "in front of the", "devant la", "frente a la".
_MEET_PREPOSITION = re.compile(
    r"^(?:vor\s++(?:der|dem|den)|in\s++front\s++of(?:\s++the)?|outside(?:\s++the)?|at\s++the|"
    r"devant\s++(?:la|le|les|l['’])?|frente\s++a(?:l|\s++la)?|delante\s++de(?:l|\s++la)?)\s*+",
    re.IGNORECASE,
)


def _read_details(m: Meeting, details: list[Line], date_line: int = 0, talk: bool = False) -> bool:
    """Read the lines under the date (on line ``date_line``); whether one says the location is
    still to come. ``talk``: the date line quotes a talk's title, so a name and affiliation
    under it are the speaker's (see _speaker_and_affiliation)."""
    if not details:  # a one-line entry
        return False
    block = date_line  # the last line of the date's own block, up to a blank line
    for d in details:
        if d.number not in (block, block + 1):  # a minified page's lines share its number
            break
        block = d.number
    # A post's counters, its link to its comments or a comment's footer end what the post says:
    # the lines after them are readers' comments ("212 Me gusta" / "Ver los 11 comentarios").
    if (end := next((n for n, d in enumerate(details) if _post_end(d.text)), None)) is not None:
        details = details[:end]
    if any(_no_words(d.text) for d in details):
        details = [d for d in details if not _no_words(d.text)]  # a rule: "---", "* * *", "==="
    location_pending = False
    line_time = m.start_time  # the date line's own time, before any line under it gives one
    if any(d.text[:1].isdigit() and _people_counts(d.text) for d in details):
        details = [d for d in details if not _people_counts(d.text)]  # "25 interested · 9 going"
    if any(_ROUTE_FACTS.match(d.text) for d in details):
        # "Dificultad: Media · Desnivel: 900 m", "Duration: 5 h": an outing's facts give no
        # place and no start, and are not part of its title or its venue's lines
        details = [d for d in details if not _ROUTE_FACTS.match(d.text)]
    if len(details) > 1 and any(_dated_notice(d.text) for d in details):
        details = _without_notices(details)
    if (
        len(details) == _TITLE_NAME_STREET
        and details[1].number == details[2].number - 1
        and _unnumbered_street_town(details[2].text)
        and _venue_over_street(details[1].text, details[2].text)
    ):
        # a card's title, then its venue over a street without its number and the town
        # ("Lock-In Comedy on Tour: Cork" / "Cyprus Avenue" / "Caroline Street, Cork")
        m.title = m.title or details[0].text.strip()
        m.venue = details[1].text.strip()
        _set_address(m, details[2].text.strip())
        return False
    if (
        len(details) == 1
        and is_prose(details[0].text)
        and (lead := LABEL_SENTENCE.match(details[0].text)) is not None
        and (where := calendar.meet_label(lead.group())) is not None
    ):
        # "Treffpunkt: vor der Stadtbibliothek Brixen (Domplatz). Wir erfassen …": the
        # meeting point's sentence, then the blurb
        _read_venue_text(m, _MEET_PREPOSITION.sub("", where.rstrip(" .")))
        return False
    if len(details) == 1 and (said := calendar.meet_label_split(details[0].text)) is not None:
        # "SAMEDI 12 DÉCEMBRE" / "Tournai, mille ans d'histoire – RDV : Office du Tourisme, …":
        # the title, then where to meet
        m.title = m.title or said[0]
        _read_venue_text(m, said[1])
        return False
    venue_at: int | None = None  # _first_named_venue(details), found when a line needs it
    # a film's card: its credits, then a blurb about the film in paragraphs of their own
    film_card = any(film_credits(d.text) for d in details)
    # The title leads the lines, past a status badge ("Annulé" / "Concert : …" / the venue).
    lead = next((n for n, d in enumerate(details) if not _badge(d.text)), 0)
    # A line labelled as the place ("Location: Strathcona Branch") says which line it is.
    label_at = next((n for n, d in enumerate(details) if _place_labelled(d.text)), None)
    titled = _titled_block(details) if label_at is None else None
    if titled is not None:  # a flyer's block: its title lines, then the venue on its last lines
        first, at, wrapped = titled
        _read_block_title(m, [d.text for d in details[first:at]])
        venue = details[at:]
        if wrapped:
            venue = [Line(venue[0].number, " ".join(d.text.strip() for d in venue))]
        kept = [d for d in details[:first] if _badge(d.text) or _detail_text(d.text).timeline]
        # an app's card puts its time between the title and the venue ("🕒 19:00 - 23:00")
        kept += [d for d in details[first + 1 : at] if _detail_text(d.text).timeline]
        details = [*kept, *venue]  # not its category or status line: those are read elsewhere
        lead = venue_at = len(kept)
    # The line marked with a pin is the place: the lines above it are the title and blurb.
    pin_at = next(
        (
            n
            for n, d in enumerate(details)
            if _PLACE_MARK.match(d.text) and not _detail_text(d.text).skip
        ),
        0,
    ) or _meta_place_at(details)
    # A line of cells ("Einlass 19:00 · Beginn 19:30 · Kleine Bühne · VVK 12 €") gives the start
    # and the place: the other lines are the title and blurb, whatever venue words they hold.
    cell_at, cells = _cell_line(details) or (-1, None)
    if cells is not None and own_sentence(details[cell_at].text) is not None:
        cell_at, cells = -1, None  # "*** NB at LEICESTER GUILDHALL, Guildhall Lane – 7.30pm ***"
    if (
        cells is not None
        and lead < len(details)
        and calendar.departure(details[lead].text) is not None
    ):
        cells = None  # "Abfahrt: 6.00 Uhr, Busbahnhof … · Rückkehr ca. 19 Uhr": read below
    if cells is not None and cells.place is None:
        tm = find_times(details[cell_at].text.lstrip("-*• "))  # a list item's: "- 13h30 · …"
        if tm is not None and tm.start == 0:  # "11:00 h · Punto de encuentro: …": read below
            cell_at, cells = -1, None
    if cells is not None:
        # a line of its own that gives the time ("19:30", "Beginn 19.00 Uhr") beats a cell's
        # ("… · Einlass 19:00", "| Türöffnung 18.30 Uhr")
        timeline = any(_detail_text(d.text).timeline for n, d in enumerate(details) if n != cell_at)
        if m.date and m.start_time is None and not timeline and cells.time is not None:
            m.start_time, m.end_time = cells.time.start_time, cells.time.end_time
            m.time_tba = False
        if cells.place is not None:
            m.venue = m.room = None
            _read_detail_place(m, cells.place, cells.place)
        m.title = m.title or cells.title
    cell_place = cells is not None and cells.place is not None
    # The lines over a line labelled as the place that would be read as one are the title and
    # its kind ("Baby Time" / "Location: …"), not the venue.
    label_at = label_at or 0
    # not when an address is among them: "Conway Hall, 25 Red Lion Square, London WC1R 4RL" over
    # "Location: Main Hall" is the venue, the label its room
    label_titles = not any(
        looks_like_block_line(d.text) or ("," in d.text and _DIGIT.search(d.text))
        for d in details[:label_at]
    )
    pinned = next(
        (n for n, d in enumerate(details) if _PLACE_MARK.match(d.text) and not _badge(d.text)), None
    )
    head = m.venue or m.place
    if (
        pinned is not None
        and head is not None
        and head.isupper()
        and not (m.room or m.address or m.city or m.campus)
        and len(_WORD.findall(head)) >= _CAPS_TITLE_WORDS
        and not _is_city_line(_without_marks(head))
    ):
        # "📢 ASAMBLEA ABIERTA DE LA RADIO" over the date, "📍 La Villana de Vallekas (…)" under
        # it: the heading in capitals was the title, the pinned line is the place
        m.title = m.title or _without_marks(head)
        m.venue = m.place = None
    for n, line in enumerate(details):
        if n == cell_at:
            continue
        dt = _detail_text(line.text)
        t = dt.text
        if (
            n == 0
            and (line.number > block or is_prose(t))
            and m.venue is None
            and own_sentence(t) is None  # "Exceptionnellement à 18h, à la Bibliothèque …"
            and (said := description_venue(t))
        ):
            # a card's description under its date, a blank line between: "Festive buffet …
            # with the Singing for Pleasure group at the Clarke Foley Centre, Cunliffe Road,
            # Ilkley LS29 9DZ. Tickets £12 …", "Come and meet the group leaders …. Clarke
            # Foley Centre (upstairs room, lift available).": the venue it names
            _read_detail_place(m, said, said)
            continue
        if (time_place := _lead_time_place(dt.bare, dt.time)) is not None:
            # "From 6.30pm at Islington Park (…). BYO everything.", "Ab 18.30 Uhr im Görlitzer
            # Park": the time, then the place after it
            tp, place = time_place
            if m.start_time is None and m.date:
                m.start_time, m.end_time, m.time_tba = tp.start_time, tp.end_time, False
            if (
                m.venue is not None
                and m.title is None
                and _DEPARTURE.match(dt.bare)
                and any(m.venue == d.text.strip() for d in details[:n])
            ):
                # "Sierra del Aramo: ascensión al Gamoniteiru" over "Salida: 8:00 h desde la
                # Plaza de América": the line read as the venue was the outing's title
                m.title, m.venue, m.place, m.room = m.venue, None, None, None
            if m.venue is None:
                _read_venue_text(m, place)
            continue
        if dt.timeline and m.date:  # "Noon", "Hora: 19:00", "Inauguración: 9:00 hrs." alone
            if m.start_time is None:
                m.start_time, m.end_time = dt.time.start_time, dt.time.end_time
                m.time_tba = False
                _take_tz_hint(m, dt.placed[dt.time.end :])
            continue  # "Doors open 1.30pm, meeting starts 2pm" under a timed date: no place
        if n < pin_at and not dt.pending:
            m.title = m.title or t.strip()  # "Compétition courts métrages n° 1" / "📍 Cinéma …"
            continue
        if dt.speaker is not None:
            m.speaker = m.speaker or dt.speaker
            m.title = m.title or t.strip()
            continue
        if (
            m.venue is None
            and not dt.skip
            and (said := place_then_remark(t)) is not None
            and not _venue_line_below(details, n)
        ):
            _read_detail_place(m, said, said)  # "Sur le podium du Village de Noël, place
            continue  # Saint-Lambert — une heure de chants au profit de …"
        if (quoted := _quoted_title(t)) is not None:
            m.title = m.title or quoted  # «Microplastics in our water»: the talk, never a place
            continue
        under_title = n and n + 1 < len(details) and _quoted_title(details[n - 1].text)
        if (
            talk
            and n == lead
            and m.venue is None
            and (who := _speaker_and_affiliation(t)) is not None
        ):
            m.speaker = m.speaker or who  # "Anne-Sophie Lemaire, ULiège" under « … »
            continue
        if under_title and (who := _speaker_under_title(t)) is not None:
            m.speaker = m.speaker or who  # "Dr. Ana Ruiz (Faculty of Chemistry)"
            continue
        if n <= lead and not _placelike(t) and _block_town(t, [d.text for d in details[n + 1 :]]):
            m.city = m.city or t.strip()  # "Lyon" over "ENS de Lyon" / "…, 69007 Lyon"
            lead += 1  # the title or venue is on the next line
            continue
        if n == 0 and m.title is None and _caps_title(t):
            m.title = t.strip()  # "THE CRISIS OF CAPITALISM" right under the date: the talk
            continue
        if n == lead and m.title is None and _cut_online_remark(m, t) is None:
            continue  # "Know Your Rights Workshop (Zoom)": the title, held online
        if (
            n == lead
            and m.title is None
            and m.venue is None
            and n + 1 < len(details)
            and not _placelike(t)
            and _blurb_paragraph(details[n + 1].text)
        ):
            m.title = t.strip()  # "Winter fair" over "Crafts, waffles, mulled wine and …. …"
            continue
        if (
            n == lead
            and m.title is None
            and n + 1 < len(details)
            and film_credits(details[n + 1].text)
        ):
            m.title = (
                t.strip()
            )  # "Paris, Texas" over "R: Wim Wenders, BRD/F 1984, 147 Min.": a film
            continue
        if (
            n == lead
            and m.title is None
            and m.venue is None
            and _ROUND_PIN.match(line.text) is None  # "📍 Palais de la Culture" over "Salle …"
            and _title_over_venue(details[n:])
        ):
            m.title = t.strip()  # "Film night: Ken Loach, The Old Oak" / "The Sugar Club, Dublin"
            continue
        if (
            n == lead + 1
            and m.title is None
            and m.venue is None
            and n + 1 < len(details)
            and _group_over_venue(t, details[n + 1].text)
        ):
            m.title = t.strip()  # "4:00 PM" / "Teen Anime Club" / "Scott Candler Library · …"
            continue
        if (own := own_sentence(t)) is not None and not (
            own.meeting_point and (m.venue or m.address or m.campus)
        ):
            _read_own_sentence(m, own)  # "Exceptionnellement à 18h, à la Salle Wittert (…)"
            continue
        if (
            (point := _POINT_LABEL.match(t)) is not None
            and (rest := t[point.end() :].strip())[:1].isupper()
            and find_times(rest) is None
        ):
            # "Départ du défilé : Parc de la Pépinière, …", "Start of the march: Victoria
            # Park": the place; not "… : devant la gare" or "… : 11am sharp"
            _read_detail_place(m, rest, rest)
            continue
        if line_time is None and m.date and (st := calendar.start_lead_time(t)) is not None:
            # "Grande entrée à 13 h les deux jours. …": a card's blurb that opens with its start
            m.start_time, m.end_time, m.time_tba = st.start_time, st.end_time, False
            m.status = "scheduled" if m.status == "tba" else m.status
            line_time = st  # the first such line's only
            continue
        if (
            n == lead
            and m.venue is None
            and m.address is None
            and (dep := calendar.departure(t)) is not None
        ):
            # "Abfahrt mit dem Bus um 7.00 Uhr vom Festplatz Auer. Um 10.30 Uhr …",
            # "Treffpunkt: 5.30 Uhr bei der Pfarrkirche Leifers (Laives). Wir gehen …"
            tm, where = dep
            if line_time is None and m.date:  # "… · Rückkehr ca. 19 Uhr": not the start
                m.start_time, m.end_time, m.time_tba = tm.start_time, tm.end_time, False
                m.status = "scheduled" if m.status == "tba" else m.status
            _read_detail_place(m, where, where)
            continue
        led = _BULLET.sub("", t, count=1)
        if calendar.meets_at(led) and _timed_meeting_point(m, led):
            continue  # "- Meet at Broadview Station (bus loop entrance). We'll split …"
        if dt.skip:
            continue  # a phone number, a fee, a link or a status is never the venue
        if dt.pending:
            location_pending = True
            continue
        if dt.labelled_speaker is not None:
            who = dt.labelled_speaker
            if (room := _room_after_speaker(t)) is not None:
                _read_detail_place(m, room, room)  # "Referentin: Dr. Ursula Brandl, Pfarrsaal"
                who = who.rpartition(", ")[0]
            m.speaker = who
            continue
        if (
            (by := _BYLINE.match(t)) is not None
            and not _DIGIT.search(t)
            and not _BYLINE_PLACE.search(t, by.end())
        ):
            m.speaker = m.speaker or t[by.end() :].strip()  # "Présentée par le ciné-club"
            continue
        t, bare, tm = dt.placed, dt.bare, dt.time
        if dt.moved and not cell_place and m.venue is not None:
            m.title = m.title or m.venue  # "Housing and the city" over "Achtung, abweichender Ort:"
            m.venue = m.room = m.address = None
        bullet = _BULLET.match(bare) if tm else None  # "• 10 h 30 : Messe — église Saint-Nizier"
        if tm and tm.start == (bullet.end() if bullet else 0) and m.start_time is None and m.date:
            m.start_time, m.end_time = tm.start_time, tm.end_time  # "7 pm, Moffitt Library"
            m.time_tba = False
            t = bare = _take_tz_hint(m, bare[tm.end :]).strip(" ,;:–—-·|")
            if not t or _REMARK_ONLY.fullmatch(t):
                continue  # "• 9:30 h (ambos días)": a remark on the time, no place
            if _ONLINE_FIRST.match(t):
                m.online = True  # "7.30pm, online. Report-backs and planning.": no place
                continue
        elif (
            tm
            and m.date
            and not bare[tm.end :].strip(" .,;")
            and (cue := _cue_before(bare, tm.start)) is not None
        ):
            # "Sala 2, a las 18 h", "Patio de la biblioteca, a las 19.30", "Main Hall, at 7pm":
            # the place, then its time
            if m.start_time is None:
                m.start_time, m.end_time, m.time_tba = tm.start_time, tm.end_time, False
            t = bare = bare[: cue.start()].strip(" ,;:–—-·|")
            if not t:
                continue
        if ". " in t and (first := _place_first_sentence(t)) is not None:
            t = bare = first  # "Wickham School of Arts, 29 Bishopsgate St, Wickham. New …"
        if TIME_TBA_RE.fullmatch(bare.strip(" .")):
            m.time_tba = m.start_time is None
            continue
        if (
            m.venue is None
            and n + 1 < len(details)
            and (name := _name_before_street(t.strip(), details[n + 1].text)) is not None
        ):
            # "Gemeinschaftsraum Südring 4" over "Südring 4, 44227 Dortmund": the page's name
            # for the room, street and all; "Salle des fêtes, 3 rue …": the name before it
            cut = t.strip()[len(name) :].lstrip()[:1] in _STREET_CUT
            m.venue = name if cut else t.strip()
            continue
        if (rl := _ROOM_LABEL.match(t)) is not None and (room := t[rl.end() :].strip(" .")):
            if m.venue is None and _venue_kind(room):
                m.venue = room  # "Room: Faraday Lecture Theatre"
            else:
                m.room = m.room or room  # "Room: Wallace 106": all of it, not "Wallace" and "106"
            continue
        if m.address is not None and _town_after_street(m.address, bare):
            _set_address(m, f"{m.address}, {bare.strip(' ,')}")  # street, then town: one address
            continue
        if m.address is None and (
            looks_like_block_line(bare)
            or _STREET_FIRST.match(bare)
            or (
                _NAME_AND_NUMBER.fullmatch(bare.strip(" ,"))
                and n + 1 < len(details)
                and find_postal_town(details[n + 1].text.strip(" ,")) is not None
            )  # "Kirchheide 49" over "28757 Bremen": a street with no street word
        ):
            _set_address(m, t)
            continue
        if cell_place:
            m.title = m.title or t.strip()  # "Marie Lindqvist: „Das Haus am Fluss“" over the cells
            continue
        if n < label_at and label_titles and not _LABEL.match(line.text):
            m.title = m.title or t.strip()  # "Baby Time" / "Location: …"
            continue
        if (
            # the date's own block, or its first paragraph after a blank line when one of its
            # sentences is labelled ("… Treffpunkt: Wanderparkplatz Christenberg. Dauer …")
            (line.number <= block or (n == 0 and point_labelled_in(t)))
            and (
                m.venue is None
                or ((_title_words(m.venue) or not _placelike(m.venue)) and place_labelled_in(t))
            )
            and (said := _place_sentence(t)) is not None
        ):
            if m.venue is not None:  # "Kiezversammlung: Mieten in der Urbanstraße" over
                m.title, m.venue, m.room = m.title or m.venue, None, None  # "… Ort: …"
            _read_detail_place(m, said, said)  # "Wie prüfe ich …? Ort: Bona-Peiser-Bibliothek."
            continue
        if line.number <= block and m.venue is None and _blurb_paragraph(t):
            continue  # "Toaster kaputt, Lichterkette dunkel? … Werkstatt im Keller."
        if film_card and n > lead and m.title is not None and _blurb_sentence(t):
            continue  # "A documentary about a tower block and …": the film's blurb, not a place
        labelled = n == label_at and _place_labelled(line.text)  # the place, whatever its words
        if (
            not labelled
            # "First club of the year - bring a song, a tune …": "club" is the blurb's word
            and (not _placelike(t) or (_blurb_sentence(t) and venue_words_in_passing(t)))
            and not _is_city_line(t)
            and _ROUND_PIN.match(line.text) is None  # "📍 …": the place, whatever its words
        ):  # most name a place
            if venue_at is None:
                venue_at = _first_named_venue(details)
            if n < venue_at:
                m.title = m.title or t.strip()  # a flyer's title lines over "Salle X · 2 place Y"
                continue
            if (line.number <= block or film_card) and _blurb_sentence(t):
                continue  # "Apertura del ciclo. Copia restaurada en 4K.": what it is, not where
        _read_detail_place(m, t, bare)
    return location_pending


_NAME_AND_NUMBER = re.compile(r"[A-ZÄÖÜ][\w.'’-]*+(?:\s[\w.'’-]++){0,3}\s\d{1,4}\s?[a-z]?")


_PLACE_SENTENCE_WORDS = (
    6  # a sentence that only names a place is short: "Nachbarschaftshaus, Großer Saal."
)
_PLACE_SENTENCE_MAX = 100


def _preposition_first(sentence: str) -> bool:
    """A sentence led by where, not by a label ("Treffpunkt: Marheinekeplatz, vor der …")."""
    return ":" not in sentence and _WHERE_FIRST.match(sentence) is not None


def _place_sentence(text: str) -> str | None:
    """The place a blurb of sentences under a date names in one of them: a labelled one ("Wie
    prüfe ich meine Abrechnung? … Ort: Bona-Peiser-Bibliothek, Oranienstraße 72."), one led by
    where ("Eintritt frei. In der Emmaus-Kirche am Lausitzer Platz."), or one that is only a
    place's name ("Themen: … Nachbarschaftshaus, Großer Saal."). None for a line of one
    sentence, or when no sentence names a place."""
    if len(text) > _PLACE_SENTENCE_MAX * 4:
        return None
    sentences = [s.strip(" .!") for s in SENTENCE_SPLIT.split(text.strip())]
    if len(sentences) < 2 or (name_like(sentences[0]) and not _preposition_first(sentences[0])):
        return None  # "The Red Lion. Upstairs room, …": the name first, the line is its place
    for s in sentences:
        if _place_labelled(s):
            value = s.split(":", 1)[1].strip(" .")
            return value or None
        if _MEET_POINT_LABEL.match(s):  # "… Treffpunkt: Wanderparkplatz Christenberg. …"
            value = s.split(":", 1)[1].strip(" .")
            if (tm := find_times(value)) is not None and tm.start == 0:
                value = _AT_IN.sub("", value[tm.end :].strip(" ,"), count=1)  # "13:45 Uhr am …"
            # not "wird bei der Anmeldung bekannt gegeben", "nach Anmeldung per E-Mail",
            # "communiqué lors de l'inscription": where to meet is still to come
            if not value[:1].isupper() or _LOCATION_TBA.match(value) or PENDING_RE.match(value):
                return None
            return value
    for s in sentences:
        if (
            len(s) <= _PLACE_SENTENCE_MAX
            and _WHERE_FIRST.match(s)
            and _NAME_AFTER.search(s)  # a name: "In der Emmaus-Kirche", not "¡Fuera de casa!"
            and _placelike(s)
        ):
            if not _preposition_first(s):
                return s
            named = calendar.place_after_preposition(s)  # "In der Emmaus-Kirche am Lausitzer …"
            if named is None or _placelike(named):
                return named or s
            # "Im Anschluss an den Gottesdienst, Gemeindehaus Lamm": the name after the comma
            rest = s.split(",", 1)[1].strip() if "," in s else ""
            if rest and _placelike(rest):
                return rest
    if _blurb_paragraph(text):
        return None  # "Toaster kaputt …? … Werkstatt im Keller.": a room the blurb mentions
    for s in sentences:
        if ":" not in s and len(s.split()) <= _PLACE_SENTENCE_WORDS and _placelike(s):
            return s
    found = place_only_sentences(text)  # "… Geschichten. Gemeindehaus Lamm, Am Markt 7. Wer …"
    return found[0] if found else None


_BLURB_WORDS_MIN = 3
# A word, not the letters of a number's unit ("7.30pm", "4K"); "Monroe's" is one.
_WORD = re.compile(r"(?<![\w.'’])[^\W\d_]++(?:['’][^\W\d_]++)?")
# A place said as a phrase opens with where: "Outside the library.", "Devant la mairie.",
# "Vor dem Rathaus.", "Frente al ayuntamiento.", "Meet at the gates."


# Words that say where in a sentence: "The usual place.", "Same venue as last month.", "Raum
# der Stille im ersten Stock.", "Local del sindicato.", "Rez-de-chaussée."
_PLACE_NOUN = re.compile(
    r"\b(?:place|venue|location|room|upstairs|downstairs|floor|entrance|offices?|premises|"
    r"ort|raum|stock|eingang|geschoss|lieu|salle|local|locaux|[ée]tage|entr[ée]e|rez|cour|"
    r"sitio|lugar|sede|planta|piso|entrada|patio|aula)\b",
    re.IGNORECASE,
)
# A sentence's end inside a line, then the next one: a word of three letters or more, its full
# stop, a capital ("… der Reihe. Restaurierte …"); not an abbreviation ("Dr. Ruiz", "St. Paul").
_NEXT_SENTENCE_IN_LINE = re.compile(r"[^\W\d_]{3}\.\s++[A-ZÀ-Þ]")


# The end of a line's first sentence: a word, then ".", "?" or "!", then the next sentence.
_FIRST_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.?!]\s++(?=[A-ZÀ-Þ])")
# "Selbstgemachtes, Waffeln, Punsch und Musik vom Kinderchor.": a list of what there is.
_ENUMERATION = re.compile(
    r"^[^,]{1,40}+,[^,]{1,40}+,[^,]{1,60}?\s(?:und|and|et|y|e|sowie|ou|or|o)\s", re.IGNORECASE
)


_ASKS_WHERE = re.compile(r"^\W*+(?:where|wo|où|ou|d[óo]nde|when|wann|quand|cu[áa]ndo)\W", re.I)


def _blurb_paragraph(text: str) -> bool:
    """Whether a detail line of two sentences or more opens with one that says what happens, not
    where, so that the place words further on are the blurb's ("Toaster kaputt, Lichterkette
    dunkel? Unsere Ehrenamtlichen helfen … Werkstatt im Keller.", "Selbstgemachtes, Waffeln,
    Punsch und Musik vom Kinderchor. Wer einen Stand möchte, meldet sich … im Büro.", "Ältere
    Nachbar*innen erzählen, junge hören zu. Bei Kaffee und Kuchen im Café …"): a question, a list
    of things, or a sentence in lower case that names no place; not "In der Emmaus-Kirche am
    Lausitzer Platz. Eintritt frei, …"."""
    t = text.strip()
    end = _FIRST_SENTENCE_END.search(t)
    if end is None or not t[:1].isupper() or _WHERE_FIRST.match(t):
        return False
    first = t[: end.start() + 3]
    if _PLACE_NOUN.search(first) or _placelike(first) or _street_line(first):
        return False  # "Trades Hall, Room 3, Leeds and online via Zoom. Register below."
    if _ASKS_WHERE.match(first) or place_only_sentences(t):
        return False  # "Where? The Red Lion, 12 High Street."; "… stories. Church Hall, 7 …"
    if first.endswith("?") or _ENUMERATION.match(first):
        return True
    words = _WORD.findall(first)[1:]
    return len(words) >= _BLURB_WORDS_MIN and 2 * sum(1 for w in words if w[0].islower()) > len(
        words
    )


def _blurb_sentence(text: str) -> bool:
    """Whether a detail line that names no place is a sentence of the event's blurb ("Función
    única en trasnoche.", "Apertura del ciclo. Copia restaurada en 4K.", "Suivi d'un débat.",
    "Danach gibt es ein Gespräch."): it opens with a capital and ends as a sentence ends, has no
    comma and no word that says where, and is two sentences or most of its words after the
    first are in lower case, as no venue's name is ("Kino im Sprengel." is one). Not a place said as a phrase ("Outside the
    library.")."""
    t = text.strip()
    if not t[:1].isupper() or not t.endswith((".", "!")) or t.endswith(".."):
        return False
    if _WHERE_FIRST.match(t):
        return False
    words = _WORD.findall(t)
    if len(words) < _BLURB_WORDS_MIN:
        return False
    if (nxt := _NEXT_SENTENCE_IN_LINE.search(t)) is not None:
        # two sentences ("Eröffnung der Reihe. Restaurierte Fassung in 4K."): a blurb, unless the
        # first names a place, maybe with its town ("Patio de Jazmines, Casona de San Marcos.
        # Para niñas …", "Foot of the Walk, Leith – for the Food Bank. Volunteers needed.")
        first = t[: nxt.start() + 4]
        return not (
            "," in first
            or _PLACE_NOUN.search(first)
            or _placelike(first)
            or _street_line(first)
            or name_like(first.strip(" .!?"))  # "Zum Goldenen Hirschen. Hinterzimmer, …"
        )
    if _PLACE_NOUN.search(t):
        return False  # a place described: "Unite offices, rear entrance."
    rest = words[1:]
    return 2 * sum(1 for w in rest if w[0].islower()) > len(rest)


# A street written word first with its number after, as in Switzerland, Belgium, Spain and Italy:
# "Rue De-Candolle 5, 1205 Genève", "Bd du Pont-d'Arve 40", "Avenue Louise 120", "Calle Mayor 21".
_STREET_FIRST = re.compile(
    rf"(?:{_STREET_WORDS_ABROAD})\.?\s[^\d,;|·•]{{1,50}}?\s\d{{1,4}}[a-z]?(?:,|$)", re.IGNORECASE
)
_STREET_CUT = (",", "·", "•", "–", "—", "-")  # what ends a name before its street
# A card's room field: "Room: Wallace 106", "Raum: S14", "Salle : B-201", "Sala: 3".
_ROOM_LABEL = re.compile(r"^(?:rooms?|raum|saal|salle|sala|aula)\s*+:\s*+", re.I)


# A place's own marks: a round pin, a school, a public building, a map ("📍 Palais de la
# Culture"); not the pushpin, which pages also put before a title or a note ("📌 Caravane …").
_ROUND_PIN = re.compile(r"^[\s*•·-]*+[\U0001F4CD\U0001F3EB\U0001F3DB\U0001F5FA]")


# A march's or a walk's starting point, labelled with what starts: "Départ du défilé :", "Point
# de départ de la balade :", "Start of the march:", "Treffpunkt des Umzugs:", "Salida de la
# marcha:", "Punto de encuentro de la ruta:".
_POINT_LABEL = re.compile(
    r"^(?:(?:point\s++de\s++)?d[ée]part|rendez-vous|start(?:ing\s++point)?|meeting\s++point|"
    r"treffpunkt|sammelpunkt|startpunkt|salida|punto\s++de\s++(?:encuentro|salida))\s++"
    r"(?:du|de\s++la|de\s++l['’]|des|of\s++the|for\s++the|der|des|vom|de\s++los|del|de)\s*+"
    r"[^\W\d_]++(?:\s++[^\W\d_]++)?\s*+:\s*+",
    re.IGNORECASE,
)


def _bare_room(text: str) -> bool:
    """A line that is only a room's number ("Salle 104", "Room 2.14", "Raum 2", "Aula 3")."""
    split = room_first(text.strip())
    return split is not None and split[0] is None and split[1] == text.strip(" .")


def _street_after_room(text: str) -> bool:
    """The street under a venue's room, which tells the name over the room is the venue's, not
    a speaker's ("Maria Lindqvist" / "Seminar Room 3"): a street, or a number and a town after a
    comma ("15 parvis René-Descartes, 69007 Lyon")."""
    return _street_line(text) or ("," in text and _DIGIT.search(text) is not None)


_NAME_PART_WORDS = 4  # "site Descartes", "Bâtiment Thémis", "Block B"


def _name_over_room(text: str) -> bool:
    """A venue's name over a line that is only its room: capitalised words, maybe its part after
    a dash ("Conne Island", "Campus LyonTech-la Doua – Bâtiment Thémis")."""
    name, _, part = text.strip().partition(" – ")
    return (
        name_like(name)
        and not _is_city_line(name)
        and (not part or (len(part.split()) <= _NAME_PART_WORDS and not _DIGIT.search(part)))
    )


def _first_named_venue(details: list[Line]) -> int:
    """The index of the first line under a date that names a venue by its kind ("Salle
    Pétrarque · 2 place Pétrarque", "Médiathèque Émile Zola", "Trades Hall") or gives a street
    (then the line above it, the venue's name), or 0 when none does: the lines above it that
    name no place are the event's title and blurb."""
    for n, line in enumerate(details[:_BLOCK_LINES]):
        t = line.text
        if n + 1 < len(details) and _name_before_street(t, details[n + 1].text):
            return n  # "Gemeinschaftsraum Südring 4" over "Südring 4, 44227 Dortmund"
        if _street_line(t):
            if (vk := _venue_kind(t)) is not None and vk.start() == 0 and _named_venue_line(t):
                return n  # "Médiathèque Émile Zola · 218 bd de": the name leads its street
            while n and _DIGIT.search(details[n - 1].text) and not _venue_kind(details[n - 1].text):
                n -= 1  # the street over its town ("Calle Mayor 15" / "28004 Madrid")
            return max(n - 1, 0)  # the name over its street ("Mehringhof" / "Gneisenaustraße 2a")
        kind = _venue_kind(t)
        if (
            n > 1
            and n + 1 < len(details)
            and _bare_room(t)
            and _name_over_room(details[n - 1].text)
            and _street_after_room(details[n + 1].text)
            and _block_town(details[n - 2].text, [d.text for d in details[n + 1 :]])
        ):
            return n - 1  # "Conne Island" / "Raum 2" / "Koburger Str. 3": the name over its room
        if kind is not None:
            # a name wrapped onto a second line ("Friends Meeting" / "House, 6 Mount Street")
            # starts above it: the line opens with the word that ends the name
            wrapped = kind.start() == 0 and t[kind.end() :].lstrip()[:1] in ("", ",")
            return n - 1 if n and wrapped else n
        if _bare_room(t):
            return n  # "Raum 2.14", "Aula 12": a room by its number, with no venue word
    return 0


# Opening quotation marks and the marks that close them.
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"', "„": "“"}
_REMARK_START = (":", "–", "—", "-", "(", ",")


# A word or two that say what kind of event a quoted title is, before a colon: "Manifestación:
# «…»", "Lecture: “…”", "Vortrag: „…“", "Conférence : « … »".
_KIND_LABEL = re.compile(r"[^\W\d_]++(?:\s[^\W\d_]++)?\s?:\s*+(?=[«“\"„])")
_KIND_LABEL_CHARS = 32


def _quoted_lead(text: str) -> tuple[str, str] | None:
    """A quoted title opening ``text`` ("«La vivienda», Casal Popular", '"Debt and the IMF".
    Hall booked …'): the title without its marks, and the rest after it; else None."""
    end = text.find(_QUOTE_PAIRS[text[0]], 1)
    return (text[1:end].strip(), text[end + 1 :].strip()) if end >= 3 else None


def _quoted_title(text: str) -> str | None:
    """A line that opens with a quoted title ("«Volcanes de cocina»", "“Wages and empire”: moved
    online"): the title, without its marks; what follows it is a remark about the talk."""
    t = _BULLET.sub("", text).strip()
    close = _QUOTE_PAIRS.get(t[:1])
    if close is None and ":" in t[:_KIND_LABEL_CHARS] and (kind := _KIND_LABEL.match(t)):
        inner = _quoted_title(t[kind.end() :])  # "Manifestación: «València no està en venda»"
        return t if inner is not None else None
    if close is None:
        return None
    end = t.find(close, 1)
    if end < 3:
        return None
    rest = t[end + 1 :].strip()
    if rest and not rest.startswith(_REMARK_START):
        return None  # "“The Crown” pub, 4 Mill Lane": a quoted name that goes on
    return t[1:end].strip()


# A person and their affiliation in brackets: "Dra. Itzel Ramírez (Facultad de Química)".
_NAME_AFFILIATION = re.compile(r"^(?P<who>[^\W\d_][^()\d]{1,60}?)\s*+\([^()]{2,80}\)$")


# A person's name: an optional honorific, then two or three capitalised names, particles between.
_PERSON = re.compile(
    r"(?:(?:Dr|Prof|Dra|Pr|Mme|Mr|Mrs|Ms|Sr|Sra)\.?\s++)?"
    r"[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ'’]++(?:-[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ'’]++)?"
    r"(?:\s++(?:(?:de|del|de\s++la|van|von|der|da|di|le|la)\s++)?"
    r"[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ'’]++(?:-[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ'’]++)?){1,2}"
    r"(?=\s*+,\s*+[^\W\d_])"
)
_AFFILIATION_MAX = 80
_STATE_OR_COUNTRY = re.compile(r"[A-Z]{2}|[A-Z]\.[A-Z]\.")
# What an affiliation holds when it does not start in lower case ("historienne") and names no
# campus: an acronym ("ULiège", "LMU München", "CLHAM") or a trade ("Historikerin", "Soziologe").
_AFFILIATION_WORD = re.compile(
    r"\b[^\W\d_]?[A-Z][A-ZÀ-Ý]|\b[A-Z]\w*(?:erin|ikerin|login|loge|iker|istin|ist)\b"
)
_ARTICLE_FIRST = re.compile(r"(?:the|le|la|les|der|die|das|el|los|las)\s", re.IGNORECASE)


def _speaker_and_affiliation(text: str) -> str | None:
    """A talk's speaker line under its quoted title: a person's name, a comma, then their
    affiliation or trade ("Tom Baker, University of Manchester", "Marie Dubois, historienne",
    "Pablo García, Universitat de València"): the name; the affiliation is no venue. None for a
    place ("Hope Mill, Manchester": a venue word; "Leeds, Yorkshire": a town)."""
    t = text.strip()
    found = _PERSON.match(t)
    if found is None or _ARTICLE_FIRST.match(t):
        return None  # "The Crown, Hill Street": a pub
    who, rest = found.group(), t[found.end() :].lstrip(" ,")
    if rest[:1].islower() and (
        _PLACE_NOUN.search(rest) or room_first(rest) or _STREET_WORD_ABROAD.match(rest)
    ):
        return None  # "Golden Lion, upstairs room", "Point Éphémère, quai de Valmy"
    if _STATE_OR_COUNTRY.fullmatch(rest.strip(" .")) or parse_city_region(t) is not None:
        return None  # "Santa Cruz, CA", "Milton Keynes, UK"
    if (
        len(rest) > _AFFILIATION_MAX
        or _DIGIT.search(rest)
        or _placelike(who)
        or _is_city_line(who)
        or _is_city_line(rest)
        or not (rest[:1].islower() or find_campus(rest) or _AFFILIATION_WORD.search(rest))
    ):
        return None  # "Hope Mill, Manchester": a place and its town
    return who


def _speaker_under_title(text: str) -> str | None:
    """The speaker's line under a quoted title: a name that names no place, and the speaker's
    affiliation in brackets. Only with a line after it, which may give the venue."""
    found = _NAME_AFFILIATION.match(text.strip())
    if found is None or _placelike(found.group("who")):
        return None
    return found.group("who")


def _block_lead(texts: list[str]) -> int:
    """Where a block's own lines start under its date: past status badges ("ANNULÉ",
    "Postponed to spring") and lines of times ("14H-17H", "Doors 6.30pm")."""
    n = 0
    while n < len(texts) and (
        _badge(texts[n])
        or (len(texts[n]) <= 40 and _has_status(texts[n]) and _caps_name(texts[n]))
        or _detail_text(texts[n]).timeline
    ):
        n += 1
    return n


_TAG_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]{2,19}")


def _tag_line(tag: str, title: str) -> bool:
    """An events page's category tag over a card's title: one capitalised word that names no
    town or place ("Santé", "Festivités", "Umwelt", "Vivienda") over a line worded as a title
    ("Collecte de sang")."""
    t = tag.strip()
    return (
        _TAG_WORD.fullmatch(t) is not None
        and t[0].isupper()
        and not _has_status(t)  # "Cancelado", "Postponed": a badge, not a category
        and not _placelike(t)
        and not _is_city_line(t)
        and _title_words(title)
        and not _placelike(title)
    )


def _category_line(text: str) -> bool:
    """A line of one to three words in capitals that names the kind of event over its title
    ("CONFÉRENCE", "CINÉ-DÉBAT", "PUBLIC MEETING", "FILM & DISCUSSION", "VORTRAG")."""
    t = text.strip()
    return (
        t.isupper() and 0 < len(_LETTERS.findall(t)) <= 3 and len(t) <= 30 and not _DIGIT.search(t)
    )


def _block_town(text: str, below: list[str]) -> bool:
    """Whether a word alone over a venue block is the town its street line ends in ("Lyon" over
    "ENS de Lyon" / "Salle F008" / "15 parvis René-Descartes, 69007 Lyon"): a heading of the
    block's town, not a category over a title. The town follows a postcode on its line, or ends
    it after a comma ("…, Leeds LS6 1NY"); not a word of a street's name ("3 rue de la
    Solidarité" under "Solidarité")."""
    name = re.escape(text.strip())
    # after a postcode, or ending the line after a comma, maybe before a British postcode
    town = re.compile(
        rf"\b\d{{4,5}}\s++{name}(?!\w)|,\s*+{name}(?:\s++[A-Z]{{1,2}}\d[\w ]{{0,5}})?\s*+$",
        re.IGNORECASE,
    )
    return any(_DIGIT.search(t) is not None and town.search(t) is not None for t in below)


def _titled_block(details: list[Line]) -> tuple[int, int, bool] | None:
    """A block under a date as a flyer prints it: maybe a category in capitals, the title (on
    one or more lines), maybe a speaker's line, then the venue on the block's last line, its
    street maybe wrapped onto one more ("Médiathèque Émile Zola · 218 bd de" /
    "l'Aéroport-International"). The title's first line and the venue's, when the title
    is worded as one, names no place, and the last lines read as a venue; whether the venue's
    line wraps onto the last."""
    if len(details) < 3:
        return None  # a title over its venue on the next line: _title_over_venue reads it
    texts = [d.text for d in details]
    first = _block_lead(texts)
    if (
        first < len(texts) - 2
        and (_category_line(texts[first]) or _tag_line(texts[first], texts[first + 1]))
        and not _block_town(texts[first], texts[first + 1 :])
    ):
        first += 1  # "CONFÉRENCE" over "Villes et climat": the title is under it
    elif len(texts) - first < 3:
        return None  # a title over its venue on the next line: _title_over_venue reads it
    title = texts[first]
    if not _title_words(title) or _placelike(title):
        return None
    tagged = first > 0 and _tag_line(texts[first - 1], title)
    if _DIGIT.search(title) and not _no_place_number(title):
        return None  # "Room 4", "12 Oak St"; not "Poetry for children (8 to 12)"
    at = len(texts) - 1  # the venue: the last line, or the one above when it wraps onto it
    wrapped = (
        at - 1 > first
        and _DOT_SEP.search(texts[at - 1])
        and not _DOT_SEP.search(texts[at])
        and _street_goes_on(texts[at - 1])
    )
    named = at - 1 > first and _name_over_street(texts[at - 1 :])
    if wrapped or named:
        at -= 1  # "Cinéma Utopia · 5 avenue" / "du Docteur-Pezet"; a name over its street
    venue = texts[at]
    if _COUNT_LINE.match(venue) or (looks_like_block_line(venue) and not named):
        return None  # "14 attendees", "31058 Toulouse": a count or a town, not the venue's name
    if not (
        named
        or _venue_dot_street(venue)
        or (_placelike(venue) and not _weak_place(venue))
        or (tagged and _named_venue_line(venue))
    ):
        return None  # "Interested · Going", "with Q&A afterwards": no venue
    if any(_street_line(t) or _named_venue_line(t) for t in texts[first + 1 : at]):
        return None  # a venue block of its own above: not a title over a venue
    return first, at, bool(wrapped)


# A street word of an English address, alone: "St", "Road", "Ave".
_STREET_WORD_EN = re.compile(rf"(?:{STREET_WORDS})\.?")
# A line that only counts people: "14 attendees", "23 going", "5 places left".
_COUNT_LINE = re.compile(r"^\d++\s++[^\W\d_]++(?:\s++[^\W\d_]++)?$")


def _street_goes_on(text: str) -> bool:
    """Whether a venue line stops inside its street, to go on on the next line ("… · 218 bd
    de", "… · 5 avenue", "… · 12 Derbyshire St,"), not after its town or postcode."""
    t = text.rstrip()
    last = t.rsplit(maxsplit=1)[-1]
    return (
        t.endswith(",")
        or _OPEN_END.search(t) is not None
        or bool(_STREET_WORD_ABROAD.fullmatch(last) or _STREET_WORD_EN.fullmatch(last))
    )


# A title line that stops on a short word in lower case ("… luttes viticoles en", "… of the"):
# the title runs on to the next line.
_OPEN_END = re.compile(r"(?<![\w'’])[^\W\d_A-ZÀ-Þ]{1,3}$")
# A speaker's line under a title: "par Marie Dupont", "animé par …", "with Ana Ruiz", "mit …".
# A place named after a byline's who: "Presented by the Film Society at the Regal Cinema".
_BYLINE_PLACE = re.compile(
    r"\s(?:at|in|à|au|im|en)\s++(?:(?:the|la|le|el|der|dem)\s++|l['’])?(?=[A-ZÀ-Þ])"
)
_BYLINE = re.compile(rf"^(?:{labels.alternation(labels.SPEAKER_LEAD)})\s++(?=\S)", re.IGNORECASE)


def _read_block_title(m: Meeting, texts: list[str]) -> None:
    """A flyer block's title and speaker from the lines between its category and its venue:
    the title's lines run on while a line ends in a hyphen or the next starts in lower case
    ("Villes et climat : habiter un monde" / "plus chaud"); a line that opens with lower-case
    words before a name is the speaker's ("par Marie Dupont, géographe (Université" /
    "Paul-Valéry)")."""
    title = _quoted_title(texts[0]) or texts[0].strip()  # «Tides and moons»: without its marks
    n = 1
    while n < len(texts) and _BYLINE.match(texts[n]) is None:
        nxt = texts[n].strip()
        if title.endswith("-") and nxt[:1].islower():
            title = title[:-1] + nxt  # "quar-" / "tiers populaires"
        elif nxt[:1].islower() or _OPEN_END.search(title):
            title = f"{title} {nxt}"  # "… habiter un monde" / "plus chaud", "… en" / "Languedoc"
        else:
            break
        n += 1
    m.title = m.title or title
    by = _BYLINE.match(texts[n]) if n < len(texts) else None
    if by is not None and m.speaker is None:
        who = texts[n][by.end() :].strip()
        if who.count("(") > who.count(")") and n + 1 < len(texts):
            who = f"{who} {texts[n + 1].strip()}"  # "(Université" / "Paul-Valéry)"
        m.speaker = who
    elif n < len(texts) and m.speaker is None:
        m.speaker = _speaker_under_title(texts[n])  # "Dr. Ana Ruiz (Faculty of Chemistry)"


# "Note different time and place:", "New venue:", "Changed time:", "Achtung, abweichender Ort:",
# "Attention : changement de salle :", "Ojo: cambio de sala:": what follows replaces the time or
# place stated for the list.
_CHANGE_LABEL = re.compile(
    rf"^\W{{0,3}}+(?:(?:{_CHANGE_LEAD})\s*+[:,!]\s*+(?:{_CHANGE_NOUN})?|(?:(?:{_CHANGE_LEAD})\s++)?"
    rf"(?:{_CHANGE_NOUN}))",
    re.IGNORECASE,
)
# A seminar's speaker line: a name, the affiliation in brackets, then the quoted title
# ("Marcus Lee (Columbia University), "The Strike of 1934"", "Joint session: Priya Raman
# (LSE), “Wages and Empire”"): the campus in the brackets is no venue.
_SPEAKER_LINE = re.compile(
    r"^(?:[^:\n]{1,60}:\s++)?(?P<who>[^\W\d_][^()\"“”:]{1,60}\([^()]{2,80}\)),?\s*+"
    r"(?:[–—-]\s*+)?[\"“„«]"
)


_TRAILING_BRACKET = re.compile(r"\s*+\(([^()]{1,80})\)$")


# A note on a film in lower case in brackets after its title: which part, which version
# ("(primera parte)", "(version restaurée)", "(OmU)"); not a venue's part ("(parte de atrás)").
_FILM_NOTE = re.compile(
    r"(?:primera|segunda|tercera|premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me|first|second|"
    r"third|erster|zweiter|dritter)\s++(?:parte|partie|part|teil)|"
    r"versi[óo]n\s++(?:restaurada|original|doblada|subtitulada)|"
    r"version\s++(?:restaur[ée]e|originale|doubl[ée]e|sous-titr[ée]e)|"
    r"(?:restaurierte|deutsche)\s++fassung|originalfassung|vostf|vose|vos|vo|omu|ov",
    re.IGNORECASE,
)


def caps_event_title(text: str) -> bool:
    """A date line's rest in capitals that says what happens, not where ("GENERAL MEETING",
    "RALLY: PROTECT THE HARBOUR", "BEACH CLEAN-UP & BANNER PAINTING", "RÉUNIONS DU MOIS"): a
    title in capitals with an event's word or joining two with "&" or "+"."""
    t = text.strip(" *_–—-")
    if not t.isupper() or not _caps_title(t):
        return False
    words = [w.strip("(),.!").lower() for w in t.split()]
    return len(words) >= 2 and (
        " & " in t
        or " + " in t
        or any(w in _NOT_CITY for w in words)
        or any(contains_any(w, _EVENT_STEMS) for w in words)
    )


# What a gathering is called, in the four languages: "VERSAMMLUNG", "ASSEMBLÉE", "ASAMBLEA",
# "KUNDGEBUNG", "DEMO", "MARCHE", "PICNIC", "WORKSHOP", "TALLER".
_EVENT_STEMS = (
    "versammlung",
    "sitzung",
    "treffen",
    "kundgebung",
    "demo",
    "assembl",
    "asamblea",
    "réunion",
    "reunión",
    "reunion",
    "rassemblement",
    "concentración",
    "marcha",
    "marche",
    "march",
    "picnic",
    "pique-nique",
    "merienda",
    "workshop",
    "atelier",
    "taller",
    "vortrag",
    "charla",
    "conférence",
    "conferencia",
    "lecture",
    "fiesta",
    "fête",
    "party",
    "call",
    "webinar",
)


def _caps_title(text: str) -> bool:
    """A line in capitals that is a talk's title, not a place: not a venue, campus or city."""
    t = text.strip()
    # a film's original title in brackets is no part of it: "ROCCO Y SUS HERMANOS (Rocco e i
    # suoi fratelli)"
    if t.endswith(")") and (br := _TRAILING_BRACKET.search(t)) is not None:
        inside = br.group(1)
        if (
            (inside[:1].isupper() or _FILM_NOTE.fullmatch(inside.strip()))
            and not _DIGIT.search(inside)
            and not _placelike(inside)
        ):
            # an original title or a note on the film ("(primera parte)", "(version
            # restaurée)"), not a room or an address ("(planta baja)")
            t = t[: br.start()]
    if not t.isupper() or len(t) < 4 or len(t) > 120 or _DIGIT.search(t) or _has_status(t):
        return False
    return not (
        _venue_kind(t) or find_campus(_title_case_words(t)) or _is_city_line(t)
    ) and not looks_like_block_line(t)


# A detail line that gives the fee or where to sign up: never the place.
_FEE_OR_SIGNUP = re.compile(
    r"^\W{0,3}(?:(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur|euro|£|\$|usd|chf))"
    r"(?:\s++(?:inkl\.?|incl\.?|including|per|pro|each|p\.p\.)\b.*)?\W{0,3}$"
    r"|(?:free(?:\s+(?:entry|admission|event))?|admission\s+free|entgeltfrei|kostenlos|kostenfrei|"
    r"eintritt\s+frei|entr[ée]e\s+(?:libre|gratuite)|gratuit[oae]?|gratis|"
    r"entrada\s+(?:libre|gratuita))"
    r"(?:\s++(?:y|et|und|and)\s++(?:gratuita|gratuite|gratis|free|kostenlos))?"  # "… y gratuita"
    r"(?:\s++(?:hasta\s++completar\s++(?:el\s++)?aforo|dans\s++la\s++limite\s++des\s++places"
    r"(?:\s++disponibles)?))?\W{0,3}$"
    # who may come: "all welcome", "alle sind willkommen", "ouvert à toutes et à tous"
    r"|(?:(?:all|everyone|everybody)\s++(?:is\s++|are\s++)?welcome|alle\s++(?:sind\s++)?willkommen|"
    r"ouvert\s++à\s++(?:toutes\s++et\s++à\s++)?tous|tod[oa]s\s++(?:son\s++)?bienvenid[oa]s)\W{0,3}$"
    r"|(?:register|registration|rsvp|sign[\s-]?up|tickets?|anmeldung|inscription|inscripci[óo]n)"
    r"\s*+(?::\s*+\S+|(?:is\s+)?(?:required|essential|erforderlich|obligatoire|"
    r"obligatoria|previa|n[ée]cessaire))"
    # where: "inscripción previa en taquilla", "booking at the box office", "an der Kasse"
    r"(?:\s++(?:en|in|at|à|an|auf)\s++(?:(?:the|la|el|l['’]|der)\s++)?[^\W\d_]++(?:\s++[^\W\d_]++)?)?"
    r"\W{0,3}$"
    r"|(?:booking|reservation)\s+(?:essential|required)\W{0,3}$)",
    re.IGNORECASE,
)


# How many have signed up, as an event site's card says it: "11 participant·es", "23 going",
# "5 interested", "14 Teilnehmende", "8 asistentes", "37 personnes inscrites".
_ATTENDANCE = re.compile(
    r"^\d{1,6}\s++(?:participant(?:·?e)?s?|participant\(e\)s|going|interested|attendees?|"
    r"people\s++going|teilnehmende|teilnehmer(?:\*?innen)?|zusagen|asistentes|interesad[oa]s|"
    r"personnes?(?:\s++inscrites?)?|inscrit(?:·?e)?s?)\W*$",
    re.IGNORECASE,
)


def _fee_or_signup(text: str) -> bool:
    """A detail line made only of the fee and how to sign up ("8,00 €", "entgeltfrei, Anmeldung
    erforderlich", "Register: example.org/online")."""
    if len(text) > 120:
        return False
    first, comma, rest = text.partition(", ")  # most lines fail on their first part
    if not _FEE_OR_SIGNUP.match(first.strip()):
        return False
    return not comma or all(_FEE_OR_SIGNUP.match(p.strip()) for p in rest.split(", "))


def _town_after_street(address: str, text: str) -> bool:
    """Whether ``text`` is the town line ("Manchester M2 5NS") completing a street address."""
    if not _DIGIT.search(text):
        return False
    if find_postal_town(text) is None and postal_place(f"{address}, {text.strip(' ,')}") is None:
        return False  # "Rue Saint-Léonard 9" / "4000 Liège": a postcode read after its street
    return find_postal_code(address) is None and postal_place(address) is None


# A Spanish street written short, with its number: "c/ Casino, 3", "C/ Zurita 20".
_CALLE = re.compile(r"c/\s*+[^\W\d_][^()]{0,60}?\d", re.IGNORECASE)
# A venue's name, its street in brackets, and maybe its room after them.
_VENUE_BRACKET = re.compile(r"^(?P<name>[^(),]{3,80}?)\s*+\((?P<street>[^()]{3,80})\)(?P<rest>.*)$")


def _bracketed_street(street: str) -> bool:
    """Whether a bracket's text is a street ("c/ Casino, 3", "rue Van Hove 19")."""
    return bool(_street_line(street) or _CALLE.match(street) or _STREET_WORD_ABROAD.match(street))


def _read_bracketed_street(m: Meeting, text: str) -> bool:
    """A venue's name with its street in brackets, maybe its room after them ("Centro Cultural
    Casino de la Reina (c/ Casino, 3), sala 2", "La Villana de Vallekas (C/ Montes de Barbanza,
    3)", "Biblioteca Torrente Ballester (Paseo de la Estación, s/n)"): venue, room and address;
    whether read so."""
    vb = _VENUE_BRACKET.match(text.strip())
    if vb is None:
        return False
    street = vb.group("street").strip()
    if not _bracketed_street(street):
        return False
    if room_first(street) is not None:
        return False  # "Biblioteca Cubit (sala 2, primera planta)": its room, no street
    name = vb.group("name")
    if name[:1].islower() and (pp := calendar.preposition_and_place(name)) is not None:
        m.title = m.title or name[: pp[0]].strip(" ,;:–—-") or None  # "visita guiada al Museo …"
        name = pp[1]
    _read_venue_text(m, f"{name}{vb.group('rest')}".strip(" .,"))
    _set_address(m, street)
    return True


def _read_detail_place(m: Meeting, t: str, bare: str) -> None:
    """A detail line that is not an address, time or link: a campus, a city, or the venue."""
    if m.venue is None and m.address is None and "(" in t and _read_bracketed_street(m, t):
        return
    cm = find_campus(t)
    if cm and cm.start == 0 and cm.end >= len(t.rstrip(" .")) - 1 and m.campus is None:
        _apply_place(m, t)
        return
    if m.venue is not None and m.address is None and "," in t and _DIGIT.search(t):
        _set_address(m, t)
        return
    region = parse_city_region(bare) if "," in bare else None
    if region is not None and m.city is None:  # "Atlanta, GA" on a line of its own
        m.city, m.state, m.country = region.city, m.state or region.state, region.country
        return
    if m.venue is None and "·" in t and _named_venue_line(t):
        t = _DOT_SEP.sub(", ", t)  # "The Royal Oak · 1 Infirmary St, Edinburgh": name, address
    _read_venue_text(m, t)


_NO_TIME = "no start time given; marked as time TBA"


def _settle_status(m: Meeting, aline: Line, ctx: _Context, location_pending: bool) -> None:
    if m.date is None:
        m.status = "pending"
        m.time_tba = True
    elif m.start_time is None:
        m.time_tba = True
        m.status = "tba"
        if not TIME_TBA_RE.search(aline.text):
            _warn(ctx, aline, _NO_TIME, m.source_line)
    elif location_pending:
        m.status = "tba"
    if m.state and m.country is None:
        m.country = "US"


# Campaigns ------------------------------------------------------------------------------------
def _para_text(lines: list[Line], para: list[int]) -> str:
    return " ".join(lines[i].text for i in para)


DERIVED_TITLE_CHARS = 60


def _derived_title(text: str) -> str:
    """A short default title from a blurb's first sentence: at most 60 characters, cut at a word."""
    first = _SENTENCE_END.split(text, maxsplit=1)[0].strip()
    if len(first) <= DERIVED_TITLE_CHARS:
        return first.rstrip(".")
    cut = first[: DERIVED_TITLE_CHARS - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:–—-") + "…"
