"""What a venue, a street or a title looks like: the place predicates every reader shares."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from eventmap.ingest import calendar
from eventmap.ingest.parse.anchors import _STREET_WORD_ABROAD, _STREET_WORDS_ABROAD
from eventmap.ingest.parse.lexicon import (
    _CONTACT,
    _DIGIT,
    _HOUSE_NUMBER,
    _LABEL,
    _LETTERS,
    _LINK_LINE,
    _ONLINE,
    _STATUS_WORDS,
    _all_months,
    _find_speaker,
    _has_status,
    _only_status,
)
from eventmap.ingest.places import (
    STREET_WORDS,
    VENUE_WORDS,
    find_campus,
    is_street_abroad,
    looks_like_address,
    looks_like_block_line,
    parse_place,
    postal_place,
    room_first,
    street_name_abroad,
)
from eventmap.ingest.text import (
    SENTENCE_BREAK,
    Line,
    contains_any,
    is_prose,
)
from eventmap.ingest.when import (
    find_times,
    has_time_hint,
)


@lru_cache(maxsize=4096)  # a page's headings and detail lines repeat
def _is_city_line(text: str) -> bool:
    p = parse_place(text)
    return p.campus is None and p.city is not None


# Lower-case words inside a place's name: "Ciudad de México", "Frankfurt am Main", "Stratford
# upon Avon", "Châlons en Champagne".
_NAME_PARTICLES = frozenset({
    "de", "del", "la", "las", "los", "da", "do", "dos", "das", "di", "am", "an", "der", "von",
    "upon", "on", "sur", "en", "le", "les", "y", "des", "du",
})  # fmt: skip


_NAME_WORDS_MAX = 6
_NAME_SMALL_WORDS = _NAME_PARTICLES | {
    "of", "the", "and", "&", "et", "und", "zum", "zur", "im", "el", "lo", "al",
}  # fmt: skip


def name_like(text: str) -> bool:
    """Whether a text reads as a name: a few words, each capitalised or a number or a small word
    of a name ("The Red Lion", "Zum Goldenen Hirschen", "La Cité Miroir"; not "Inscription
    auprès de Marie Dupont", "January we have guest singers")."""
    words = [w[2:] if w[:2].casefold() in ("l'", "l’", "d'", "d’") else w for w in text.split()]
    return 0 < len(words) <= _NAME_WORDS_MAX and all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _NAME_SMALL_WORDS for w in words
    )


# A street with its house number before the town: "Rincón 629, Montevideo", "Av. Jackson 1283,
# Montevideo", "Kastanienallee 12, Berlin" (a bounded name, so no backtracking beyond it).
_NUMBERED_STREET = re.compile(r"^[^\W\d_][^\d,\n]{1,48}\s\d{1,5}[A-Za-z]?\s*+,\s*+[^\W\d_]")


# The floor, suite or unit a venue's address line may open with, before its street: "2nd
# floor, 88 W. 5th Ave.", "Suite 300, 1 Main St", "Level 4, 55 Collins St", "2. OG, Hauptstr.
# 5", "3e étage, 12 rue Garibaldi", "1er étage, …", "2º piso, Calle Mayor 14", "Planta 3, …".
_UNIT_FIRST = re.compile(
    r"^(?:\d{1,3}(?:st|nd|rd|th)\s++floor|(?:ground|first|second|third|top)\s++floor|"
    r"(?:suite|unit|level|floor|ste\.?)\s++\w{1,6}|\d{1,2}\.?\s*+(?:og|obergeschoss|stock|etage)|"
    r"\d{1,2}(?:er|re|e|ème)\s++étage|\d{1,2}[º°o]?\s++piso|planta\s++\d{1,2})\s*+,\s*+",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # a page's venue and address lines repeat
def _street_line(text: str) -> bool:
    """A venue block's address line, a house number and a street: "56 Queen Street East",
    "Calle Mayor 14, 28013 Madrid", "6707, avenue De Lorimier", "Rincón 629, Montevideo",
    "Gneisenaustraße 2a", past the floor or suite it may open with ("2nd floor, 88 W. 5th
    Ave.")."""
    if (unit := _UNIT_FIRST.match(text)) is not None:
        text = text[unit.end() :]
    if looks_like_block_line(text) or _street_with_postcode(text):
        return True
    return _DIGIT.search(text) is not None and bool(
        is_street_abroad(text) or _STREET_WORD_ABROAD.search(text) or _NUMBERED_STREET.match(text)
    )


def _venue_street_line(text: str) -> bool:
    """A venue's name, then its street on the same line ("Riverside Books, 14 Bridge Street,
    Bath BA2 4AS", "Lighthouse Bookshop, 43–45 West Nicolson Street, Edinburgh", "Café Lux ·
    Hauptstr. 5"): a venue block of one line."""
    parts = _NAME_END.split(text, maxsplit=1)
    return len(parts) == 2 and _named_venue_line(text) and _street_line(parts[1].strip())


def _badge(text: str) -> bool:
    """A short line that only gives a status: "Cancelled", "Online event", "Postponed"."""
    return len(text) <= 40 and _only_status(text)


# Venue words of the other languages the parser reads; German ones end compounds
# ("Gewerkschaftshaus", "Marktplatz", "Stadthalle").
_VENUE_WORDS_ABROAD = re.compile(
    r"(?:haus|halle|saal|zentrum|platz|markt|kirche|bibliothek|keller|stra(?:ß|ss)e|str\.|"
    r"buchhandlung|gastst[äa]tte|kneipe|galerie|park|museum|kapelle|bahnhof|konservatorium|"
    r"sternwarte|planetarium|stadion|"
    r"(?<=[^\W\d_]{3})treff(?:punkt)?)"  # "Quartiertreffpunkt Burg", "Jugendtreff"; not "Treffpunkt:"
    r"(?![^\W\d_])|\b(?:salle|maison|bourse|biblioth[eè]que|m[ée]diath[eè]que|ludoth[eè]que|"
    r"centre|librairie|th[ée][âa]tre|mairie|sala|sal[óo]n|centro|biblioteca|"
    r"casa|plaza|ateneo|ateneu|teatre|llibreria|librer[ií]a|auditorio|espacio|espace|teatro|"
    r"galer[ií]a|conservatoire|conservatorio|conservatori|cin[ée]math[eè]que|cinemateca|"
    r"observatoire|plan[ée]tarium|observatorio|planetario)\b"
    # parks, museums, churches, sports grounds, cinemas and faculties, by name (capitalised; in
    # lower case the word is a sentence's: "la universidad permanecerá cerrada"): "Parque de
    # Moreda", "Musée d'Aquitaine", "Iglesia de San Pedro", "Polideportivo Municipal", "Coliseo
    # Eduardo Dibós", "Frontón Labrit"
    r"|\b(?-i:Parque|Parc|Jard[ií]n|Museo|Mus[ée]e|Iglesia|[ÉE]glise|Parroquia|Capilla|Chapelle|"
    r"Polideportivo|Estadio|Stade|Gymnase|Coliseo|Colis[ée]e|Front[óo]n|Cin[ée]ma|(?:Cine|Kino)(?=\s++[A-ZÁÉÍÓÚÑÄÖÜ])(?!\s++(?i:debate|f[óo]rum|club|abend|nacht|matin[ée]e|infantil|familiar|verano|sommer|spezial|special|night|quiz|mit|con|de|en|im|am)\b)|Facultad|Facult[ée]|Universidad|"
    r"Universit[ée]|Institut|Instituto|MJC|Gare|Halles|Estaci[óo]n|Palais|Palacio|Campus|"
    r"(?<!del\s)Aula(?!\s++\d))\b",  # "Aula de talleres · Conde Duque"; not "Antonio Gil, del Aula de Cine"
    re.IGNORECASE,
)


# An age band ("3-6 ans", "8 a 12 años", "ages 6-12", "0–3 Jahre", "16+"): who an event is
# for, never a house number.
# How long an event lasts or how many sessions it has, never a house number: "2 Tage", "3 days",
# "2 jours", "2 días", "6 Wochen", "4 séances", "3 Abende"; a film's running time ("98 min",
# "128 Min.", "90 minutos").
_MINUTES = r"\d{1,3}\s*+min(?:s|ut(?:es?|en|os))?"  # a running time: "98 min", "90 minutos"
_DURATION = re.compile(
    r"^(?:\d{1,2}\s*+(?:tage?|days?|jours?|d[ií]as|wochen|weeks?|semaines?|semanas|abende|evenings?|"
    r"s[ée]ances?|sesiones|sessions?|termine|nights?|n[äa]chte|nuits?|noches)"
    rf"|{_MINUTES})(?!\w)",
    re.IGNORECASE,
)
# A film's running time anywhere in a line: "UK/USA 2022, 102 mins.", "Frankreich 1939, 110 Min."
# Also in minutes' marks, as Spanish, Italian and French listings write it: "2001, 103'".
RUNNING_TIME = re.compile(rf"\b(?:{_MINUTES}|\d{{2,3}}\s?['’′])(?!\w)", re.IGNORECASE)
_CREDIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def film_credits(text: str) -> bool:
    """Whether a line is a film's credits: its running time and a year ("Charlotte Wells, UK
    2022, 102 mins.", "Ousmane Sembène, 1966, 60 min")."""
    # cheap first: the running time's "min" or minute mark (the pattern, case-blind, is tried
    # at every position of every line of a page)
    if not contains_any(text.lower(), _RUNNING_MARKS):
        return False
    return RUNNING_TIME.search(text) is not None and _CREDIT_YEAR.search(text) is not None


_RUNNING_MARKS = ("min", "'", "’", "′")


_AGE_BAND = re.compile(
    r"^\W{0,2}(?:(?:ages?|âges?|edad(?:es)?|alter|de|desde|from|für|dès|ab)\s++)?\d{1,2}\s*+"
    r"(?:(?:[-–/]|à|a|to|bis|y|et|and)\s*+\d{1,2}\s*+)?"
    r"(?:\+|ans|years?|yrs?|y\.o\.|años|jahre?|j\.|mois|months?|meses|monate)(?!\w)",
    re.IGNORECASE,
)


def _placelike(text: str) -> bool:
    """Whether a text names a place: a venue word, a house number or address, a campus."""
    return bool(
        VENUE_WORDS.search(text)
        or _VENUE_WORDS_ABROAD.search(text)
        or (_HOUSE_NUMBER.match(text) and not (_AGE_BAND.match(text) or _DURATION.match(text)))
        or looks_like_address(text)
        or find_campus(text) is not None
    )


# A floor of the building, at the start of a place: the site's, never a building of its own.
FLOOR = re.compile(
    r"(?:level|floor|etage|étage|planta|piso)\s*+\d{1,2}\b"
    r"|(?:ground|first|second|third|top|lower|upper)\s++floor\b"
    r"|(?:erd|ober|unter|dach)geschoss|rez-de-chauss[ée]e|planta\s++baja|"
    r"\d{1,2}(?:\.\s*+(?:og|obergeschoss|stock)|(?:st|nd|rd|th)\s++floor|"
    r"(?:er|e|ème)\s++étage|(?:º|°|er|o)\s++(?:piso|planta))\b",
    re.IGNORECASE,
)


def venue_words_in_passing(text: str) -> bool:
    """Whether every word of ``text`` that names a venue's kind is a sentence's word in lower
    case, after no word that says where, and nothing else in it names a place: "Ballads and
    self-penned songs, with support from club residents.", "songs from the club's own singers"; not
    "Meet at the church gate.", "Upstairs in the back room.", "Gemeindehaus, großer Saal", "Village
    hall, back room." (a word in capitals right before it is the place's name)."""
    found = False
    for vm in itertools.chain(VENUE_WORDS.finditer(text), _VENUE_WORDS_ABROAD.finditer(text)):
        start = vm.start()
        while start > 0 and vm.start() - start < _WORD_REACH and text[start - 1].isalpha():
            start -= 1  # "Gemeindehaus": the word's first letter, not "haus"
        if not text[start].islower():
            return False
        if _WHERE_BEFORE.search(text, max(0, start - _WHERE_REACH), start) is not None:
            return False
        if _NAME_BEFORE.search(text, max(0, start - _WORD_REACH), start) is not None:
            return False  # "Lexicon library (the big library …)", "Village hall": its name
        found = True
    if not found:
        return False
    rest = _VENUE_WORDS_ABROAD.sub(" ", VENUE_WORDS.sub(" ", text))
    return not _placelike(rest)


_WORD_REACH = 40
_NAME_BEFORE = re.compile(
    r"(?<![^\W\d_])[A-ZÀ-Þ][^\W\d_]*+\s++$"
)  # a capitalised word right before
_WHERE_REACH = 30
# A word that says where, maybe an article and a word after it, right before a venue's word:
# "at the club", "in the old church", "im Gemeindehaus", "à la salle", "en la sala".
_WHERE_BEFORE = re.compile(
    r"\b(?:at|in|inside|outside|near|behind|by|upstairs|downstairs|to|into|im|am|beim|zum|zur|"
    r"vor|hinter|au|aux|à|dans|devant|derrière|en|al|junto)\s++"
    r"(?:(?:the|der|dem|den|die|das|la|le|les|l['’]|el|los|las|our|their|unsere[mnr]?|notre|"
    r"nuestr[oa])\s*+)?(?:[^\W\d_]++\s++)?$",
    re.IGNORECASE,
)


def _names_place(text: str) -> bool:
    """Whether a cell or part of a line names a place or a room ("Hartley Hall, Room 310",
    "Seminarraum 3.14", "Salle B"): the one check a detail line's cells (details.py), a card's
    time-then-place line (lines.py) and an entry's parts share."""
    return _placelike(text) or room_first(text) is not None


def _entry_place(text: str) -> bool:
    """Whether a part of an entry line names its place: a place, a room, "meet at ..."."""
    return _names_place(text) or calendar.meets_at(text)


@lru_cache(maxsize=4096)  # a page's venue and address lines repeat
def _venue_kind(text: str) -> re.Match[str] | None:
    """The word that names a venue's kind in ``text`` ("Hall", "Salle", "Bibliothek"), if any."""
    return VENUE_WORDS.search(text) or _VENUE_WORDS_ABROAD.search(text)


def _venue_dot_street(text: str) -> bool:
    """A venue's name, a dot, then its street ("Cinéma Le Royal · 9 avenue de la Gare",
    "Stadtteilbibliothek · Am Markt 4"); not "Interested · Going"."""
    parts = _DOT_SEP.split(text, maxsplit=1)
    if len(parts) != 2 or not _named_venue_line(text):
        return False
    if _NUMBER_AFTER_COMMA.search(parts[0]) and _POSTCODE_TOWN.match(parts[1].strip()):
        return False  # "Plaza del Ayuntamiento, 18 · 46002 València": a street and its town
    return bool(_DIGIT.search(parts[1]) or _STREET_WORD_ABROAD.search(parts[1]))


_NUMBER_AFTER_COMMA = re.compile(r",\s*+\d{1,4}[a-zA-Z]?\s*+$")  # "Calle Mayor, 18"
_POSTCODE_TOWN = re.compile(r"\d{4,5}\s++[^\W\d_]")  # "46002 València", "1003 Lausanne"


# A line that ends with a room after a comma: "Uni Mail, salle MR280", "Anthropole, Raum 4165".
_NAME_THEN_ROOM = re.compile(
    r",\s*+(?:room|rm|salle|sala|raum|saal|h[öo]rsaal|aula|auditorium|auditoire|amphi(?:th[ée][âa]tre)?)"
    r"\.?\s++(?:[a-z]{0,3}[-.]?\d[\w.-]*+"
    # a room named after someone: "La Cité Miroir, salle Francisco Ferrer", "UCLouvain,
    # auditoire SOCR 10 (Socrate)"
    r"|(?-i:[A-ZÀ-Þ])[^\s,;()]*+(?:\s++[^\s,;()]++){0,4}?(?:\s*+\([^()]{1,30}\))?)$",
    re.IGNORECASE,
)


def _time_alone(text: str) -> bool:
    """A line that gives only a time or times: "10h – 13h", "10am–1pm and 3pm–7pm"."""
    tm = find_times(text)
    return tm is not None and tm.start <= 2 and calendar.timed_entry(text) is None


def _title_over_venue(details: list[Line]) -> bool:
    """Whether the first line under a date is the event's title over its venue line: it names
    no place (no venue word, number, address or campus; a venue word in passing, "… de la
    casa", or before a colon, "Book club: …", may be in a line worded as a title) and the line
    under it (past a status badge) names one: without a street ("Film night: Ken Loach, The
    Old Oak" over "The Sugar Club, Dublin"), or with a name before its street ("Christmas pub
    quiz & social" over "The Royal Oak · 1 Infirmary St, Edinburgh"); not "Riverside Books"
    over "221 River St, Troy, NY 12180"). A title over "Online event" is a title too."""
    if len(details) < 2:
        return False
    first = details[0].text
    if len(details) >= 3 and _card_title(first, details[1].text, details[2].text):
        return True
    if _TITLE_HINT.search(first) is None and _DIGIT.search(first) is not None:
        return False  # "Wayne State University Student Center Room 333": a venue line (fast)
    if _has_status(first):  # "Book launch — CANCELLED": the title without its status
        first = _STATUS_WORDS.sub(" ", first).strip(" .:!–—-()")
        if not first:
            return False
    if _LABEL.match(first) or _LINK_LINE.match(first):
        return False  # "Time: 1 p.m.", "Venue: Union House": a field, not the title
    if _NAME_THEN_ROOM.search(first):
        return False  # "Uni Bastions, salle B106": a building and its room, not a title
    digit = _DIGIT.search(first) is not None
    worded = (digit or _placelike(first)) and _title_words(first)
    if digit and not (worded and _no_place_number(first)):
        return False  # "Room 4", "221 River St"; not "Poetry for children (8 to 12)"
    seconds = [d.text for d in details[1:4] if not _badge(d.text)]  # past a badge
    while len(seconds) > 1 and (_time_alone(seconds[0]) or film_credits(seconds[0])):
        seconds.pop(0)  # "Collecte de sang" / "10h – 13h" / "Hôtel de Ville, salons"; a film
        # over its credits and its cinema ("La Noire de…" / "Ousmane Sembène, 1966, 60 min")
    placed = _is_city_line(first) or (_placelike(first) and not (worded and _weak_place(first)))
    if placed and not digit and seconds and _group_over_venue(first, seconds[0]):
        return True  # "Adult Book Club" over "Decatur Library · Auditorium"
    if placed and not (_title_words(first) and _name_over_street(seconds)):
        return False  # not "Repair-Café mit Kaffee und Kuchen" over a name over its street
    if _is_contact(first) or _find_speaker(first):
        return False
    if not seconds or (seconds[0] is not details[1].text and _ONLINE.search(details[1].text)):
        # "Lunch & learn: accessibility audits" over "Online event": a title, held online
        online = _badge(details[1].text) and _ONLINE.search(details[1].text)
        return bool(online) and _title_words(first)
    second = seconds[0]
    if (tm := find_times(second)) is not None and tm.start <= 2:
        second = second[tm.end :].strip(" ,;:–—-·•|")  # "3pm–6pm, Front Bar": the place after
        if not second:
            return False
    if _only_status(second) or _is_contact(second):
        return False
    if _DIGIT.search(second) or looks_like_block_line(second):  # a street: the first is a name,
        return _named_venue_line(second) and _title_words(first)  # unless a name leads it
    # "Taller de historia oral" over "Museo de la Memoria" over "Av. de las Instrucciones 1057,
    # Montevideo": a name over its street is a venue block, with or without a venue word.
    return _placelike(second) or (
        _title_words(first) and (_named_venue_line(second) or _name_over_street(seconds))
    )  # "Collecte de sang" over "Hôtel de Ville, salons"


def _card_title(first: str, second: str, third: str) -> bool:
    """An event card's three lines: its title, its venue's name, the venue's street with its
    postcode ("3D Printing Clinic" / "Hackspace Manchester" / "Wellington House, Pollard Street
    East, Manchester, M40 7FS"). The first names no venue's kind and no campus (a title with a
    venue's word, "Repair Café", is not told from a venue over its room); neither line is an
    address or a room."""
    if not _street_with_postcode(third) or _street_line(second) or _street_line(first):
        return False
    if _DIGIT.match(second) or not (_ENGLISH_STREET.search(third) or _DIGIT.match(third)):
        return False  # "Harbourfront Centre Theatre" / "231 Queens Quay West" / "Toronto, ON …"
    if looks_like_block_line(first) or looks_like_block_line(second) or _is_city_line(first):
        return False
    if room_first(second) is not None or _ROOM_NUMBER.search(second) or _ROOM_NUMBER.search(first):
        return False
    if _LABEL.match(first) or _LABEL.match(second) or has_time_hint(first):
        return False
    # not a campus, a building and its street ("University of Manchester" / "Samuel Alexander
    # Building" / …), nor a venue and its room ("Friends Meeting House" / "Quaker Centre")
    return _venue_kind(first) is None and find_campus(first) is None


def _name_before_street(text: str, street: str) -> str | None:
    """The venue's name of a line that ends with the street its next line opens with
    ("Gemeinschaftsraum Südring 4" over "Südring 4, 44227 Dortmund", "Salle des fêtes, 3 rue
    Victor Hugo" over "3 rue Victor Hugo, 69003 Lyon"): "Gemeinschaftsraum", "Salle des fêtes";
    None when the line does not end so, or is nothing else."""
    head = street.split(",", 1)[0].strip()
    if len(head) < 4 or not text.endswith(head) or not _DIGIT.search(head):
        return None
    name = text[: len(text) - len(head)].rstrip(" ,·•–—-")
    return name if _LETTERS.search(name) and not _DIGIT.search(name) else None


# Two streets that cross, a meeting point without a house number: "Calle Escorza y Av. López
# Cotilla", "corner of King St and Bay St", "angle rue de la Paix et boulevard Haussmann".
_CROSSING = re.compile(
    rf"^(?:(?:corner\s++of|esquina(?:\s++de)?|angle(?:\s++de)?(?:\s++la)?|ecke)\s++)?"
    rf"(?:{_STREET_WORDS_ABROAD})\.?\s[^,]{{1,40}}?\s(?:y|and|&|et|und|/|esq\.|esquina)\s++"
    rf"(?:(?:la|el|le|the)\s++)?(?:{_STREET_WORDS_ABROAD})\b"
    r"|^(?:corner\s++of\s++)?(?:(?-i:[A-Z])[\w'’.-]*+\s++){1,3}(?:st|street|ave|avenue|rd|road|"
    r"blvd)\.?\s++(?:and|&|/)\s++(?-i:[A-Z])",
    re.IGNORECASE,
)
_CROSSING_STEMS = (" y ", " and ", " & ", " et ", " und ", " / ", " esq")


def _crossing(text: str) -> bool:
    """Whether a line names two streets that cross (``_CROSSING``) at its start."""
    return contains_any(text[:60].lower(), _CROSSING_STEMS) and _CROSSING.match(text) is not None


def _name_over_street(texts: list[str]) -> bool:
    """Whether ``texts`` open with a venue's name over its street address ("Jardin partagé des
    Lilas" / "5 allée des Tilleuls, Lyon"): a short line that starts with a capital and has no
    number, colon, quote or sentence end, over a street line that is no venue line of its own
    ("Paul-Valéry)" over "Salle Pétrarque · 2 place Pétrarque" is no name)."""
    if len(texts) < 2 or _venue_dot_street(texts[1]):
        return False
    if not (_street_line(texts[1]) or _crossing(texts[1])):
        return False
    name = texts[0].strip()
    name = _name_before_street(name, texts[1]) or name  # "Gemeinschaftsraum Südring 4"
    base, dash, part = name.partition(" — ") if " — " in name else name.partition(" – ")
    if dash and room_first(part.strip()) is not None:
        name = base.strip()  # "Centre Octubre — Sala 1": the name, then its room
    words = name.split()
    return (
        0 < len(words) <= 6
        and name[:1].isupper()
        and _DIGIT.search(name) is None
        and not any(c in name for c in ':«»“”"')
        and not name.endswith((".", "!", "?"))
    )


# Where a venue line's name ends and its address begins: "CodeBase · Argyle House, 3 …".
_NAME_END = re.compile(r",|\s[·•|]\s")


# A house number that ends a venue's name, its street after the comma (Québec writes "3131,
# boulevard Rosemont"): "Bibliothèque de Rosemont 3131".
_NUMBER_AFTER_NAME = re.compile(r"(?<=[^\W\d_])\s++\d{1,5}[A-Za-z]?$")


# A sentence's end, also after a number ("Gemeindehaus Lamm, Am Markt 7. Wer abgeholt …", "aula 2.
# Inscripción previa.").
ANY_SENTENCE_END = re.compile(r"(?<=[\w)])[.!?]\s++(?=[A-ZÀ-Þ])")
_PLACE_ONLY_WORDS = (
    6  # words of a sentence that only names a place: "Gemeindehaus Lamm, Am Markt 7"
)
_BLURB_PLACE_MAX = 400  # characters of a blurb searched for such a sentence
_BRACKETED = re.compile(r"\([^()]{0,120}\)")


@lru_cache(maxsize=1024)  # the segmenter and the details reader ask about the same blurb
def place_first_sentence(text: str) -> str | None:
    """The first sentence of a detail line when it only names a place, a blurb after it
    ("Restaurant de la Gare, Le Noirmont. Ordre du jour : rapports, …", "Gemeindehaus Lamm, Am
    Markt 7. Wer abgeholt werden möchte, …"): that sentence, else None."""
    if (end := ANY_SENTENCE_END.search(text, 0, _BLURB_PLACE_MAX)) is None:
        return None
    first = text[: end.start()].strip()
    if len(first.split()) > _PLACE_ONLY_WORDS or has_time_hint(first) or ":" in first:
        return None
    head = first.split(",", 1)[0].strip()
    return first if _placelike(head) and not is_prose(first) else None


def place_only_sentences(text: str) -> tuple[str, ...]:
    """The sentences after a blurb's first that only name a place, maybe with its street
    ("Adventsfeier … mit Kaffee, Stollen und Geschichten. Gemeindehaus Lamm, Am Markt 7. Wer
    abgeholt werden möchte, …" -> ["Gemeindehaus Lamm, Am Markt 7"])."""
    if len(text) > _BLURB_PLACE_MAX:
        return ()
    parts = [p.strip(" .!?") for p in ANY_SENTENCE_END.split(text.strip())]
    return tuple(
        p
        for p in parts[1:]
        if p
        and ":" not in p
        and len(p.split()) <= _PLACE_ONLY_WORDS
        and _placelike(p)
        and not _PREPOSITION_IN.search(p.split(",", 1)[0])
    )


# A preposition inside a sentence's first part: a room it mentions, not a place's name ("Werkstatt
# im Keller", "Tea afterwards in the Community Room").
_PREPOSITION_IN = re.compile(r"\s(?:im|in|at|on|beim|bei|au|aux|à|dans|en|no|na)\s", re.IGNORECASE)


# A venue with its street and town inside a description's sentence, after "at", "im", "à",
# "en": "Festive buffet … with the Singing for Pleasure group at the Clarke Foley Centre,
# Cunliffe Road, Ilkley LS29 9DZ. Tickets …". Each name and part is bounded: linear.
_AT_VENUE_STREET = re.compile(
    r"(?<!\w)(?:at|in\s++der|in|im|à|au|en"
    # "dans notre salle du Centre sportif …", "dans les locaux de la Maison …"
    r"|dans\s++(?:notre|nos|la|le|les)\s++(?:salles?|locaux|local|gymnase)\s++(?:du|des|de\s++la))\s++"
    r"(?:the\s++|der\s++|dem\s++|la\s++|le\s++|l['’]|el\s++)?"
    r"(?P<place>(?-i:(?:St|Ste|Dr|Mt|Ft)\.\s)?(?-i:[A-ZÀ-Þ])"  # "St. James Cathedral"
    r"(?:(?<![^\W\d_])(?-i:St|Ste|Dr|Mt|Ft)\.\s|[^.!?;,()\n]){2,60}+"  # "Trinity-St. Paul's Centre"
    r"(?:,\s*+[^.!?;,()\n]{2,60}+){1,3}+)",
    re.IGNORECASE,
)


def sentence_venue(text: str) -> str | None:
    """The venue a description names inside a sentence with its street and its town's postcode
    or its street by number ("… at the Clarke Foley Centre, Cunliffe Road, Ilkley LS29 9DZ.",
    "… im Bürgerhaus Süd, Hauptstraße 12, 34117 Kassel."), else None."""
    for m in _AT_VENUE_STREET.finditer(text[:_BLURB_PLACE_MAX]):
        parts = [p.strip() for p in m["place"].split(",")]
        name = parts[0]
        if not (_placelike(name) or name_like(name)) or _ORG_WORDS.search(name):
            continue
        rest = ", ".join(parts[1:])
        if postal_place(rest) is not None or any(_street_line(p) for p in parts[1:]):
            return m["place"].strip()
    return None


# A sentence's end that is no abbreviation's dot ("St. Paul's", "Dr. Ruiz", "J. Smith").
_SENTENCE_BREAK = re.compile(
    r"(?<!\bSt)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSr)(?<!\bJr)(?<!\bMrs)(?<!\bProf)(?<!\b\w)"
    r"[.!?]\s++(?=[A-ZÀ-Þ])"
)


def closing_place_sentence(text: str) -> str | None:
    """The place a description's last sentence only names, after what happens ("Come and meet
    the group leaders and find out what's on. Clarke Foley Centre (upstairs room, lift
    available)."), else None."""
    if len(text) > _BLURB_PLACE_MAX:
        return None
    parts = [p.strip(" .!?") for p in _SENTENCE_BREAK.split(text.strip())]
    last = parts[-1] if len(parts) >= 2 else ""
    if (
        not last
        or ":" in last
        or len(_BRACKETED.sub("", last).split()) > _PLACE_ONLY_WORDS
        or not _placelike(last)
        or _PREPOSITION_IN.search(_BRACKETED.sub("", last).split(",", 1)[0])
        or any(_placelike(p) for p in parts[:-1])
    ):
        return None
    return last


def description_venue(text: str) -> str | None:
    """The venue a card's description of sentences names (``sentence_venue``, else
    ``closing_place_sentence``, else a venue by its kind after "at" in its first sentence:
    "Sidewalk astronomy at Rhodes Memorial (upper car park). Telescopes …"), else None; not
    for a line of one sentence or none."""
    if not (is_prose(text) or _SENTENCE_BREAK.search(text)):
        return None
    if found := sentence_venue(text) or closing_place_sentence(text):
        return found
    first = _SENTENCE_BREAK.split(text.strip(), maxsplit=1)[0]
    for m in _AT_VENUE_NAME.finditer(first[:_BLURB_PLACE_MAX]):
        name = m["name"].strip()
        if _venue_kind(name) is not None and not _ORG_WORDS.search(name):
            return name
    return None


# A venue by its name after "at" in a sentence: "… at Rhodes Memorial (upper car park)", "… im
# Kulturzentrum Schlachthof", "… à la Maison des associations", "… en el Centro Cívico".
_AT_VENUE_NAME = re.compile(
    r"(?<!\w)(?:at|im|in\s++der|au|à\s++la|en\s++el|en\s++la)\s++(?:the\s++)?"
    r"(?P<name>(?-i:[A-ZÀ-Þ])[\w'’.&-]*+"
    # a linking word only before a capitalised one: "Maison des Associations", not "Maison de"
    r"(?:\s++(?:(?:of|des|del|der|de|du|la)\s++)?(?-i:[A-ZÀ-Þ])[\w'’.&-]*+){0,5})",
    re.IGNORECASE,
)


def own_sentence(text: str) -> calendar.OwnSentence | None:
    """``calendar.own_sentence`` when its place reads as one: one named by its kind ("in the
    Central Library"), or any name after "exceptionally", "NB" or a meeting point; not "In
    Kooperation mit der VHS, 18:30 Uhr", "Im Anschluss …", "In English, at 8pm"."""
    own = calendar.own_sentence(text)
    if own is None or own.place is None:
        return None
    if _placelike(own.place) or (own.led and name_like(own.place)):
        return own
    return None


def venue_first(text: str) -> bool:
    """A name of two words or more that opens with a venue's word ("Casa Orlandai", "Ateneu
    Barcelonès", "Biblioteca Sant Antoni – Joan Oliva"), no number in it: a venue's, never a
    town's ("Halle")."""
    v = _VENUE_WORDS_ABROAD.match(text)
    words = text.split()
    if v is None or len(words) < 2 or v.end() > len(words[0]) or _DIGIT.search(text):
        return False  # "Sala Zitarrosa Av. 18 de Julio 1012": the venue with its street
    if any(w.lower().strip(".,!") in _EVENT_WORDS for w in words[1:]):
        return False  # "Centre Stage Open Mic", "Museum Night", "Casa Abierta": an event's name
    # a name goes on in capitals, not a title's words ("Bourse aux jouets", "Sala llena")
    return all(w[:1].isupper() or w in _NAME_SMALL_WORDS or not w[:1].isalpha() for w in words[1:])


# Words that make a venue-worded heading an event's name: "Museum Night", "Park Run".
_EVENT_WORDS = frozenset({
    "night", "nights", "run", "stage", "open", "mic", "party", "fest", "festival", "quiz", "day",
    "days", "week", "tour", "walk", "kunterbunt", "abierta", "abierto", "humana", "nacht", "tag",
    "fête", "nuit", "noche", "día", "jornada", "live", "session", "sessions",
})  # fmt: skip


@lru_cache(maxsize=4096)  # a page's venue and address lines repeat
def _named_venue_line(text: str) -> bool:
    """A venue line that opens with a place's name before any street or number ("CodeBase ·
    Argyle House, 3 Lady Lawson St", "Sucursal Palermo, Gurruchaga 1720", "En la librería,
    1.er piso"); not a street address ("221 River St, Troy", "Gneisenaustraße 2a, Berlin")."""
    name = _NAME_END.split(text, maxsplit=1)[0].strip()
    if (num := _NUMBER_AFTER_NAME.search(name)) is not None and num.start() > 0:
        name = name[: num.start()].strip()  # "Bibliothèque de Rosemont 3131, boulevard …"
    street = _STREET_WORD_ABROAD.search(name, 1)
    if street is not None and _DIGIT.search(name, street.end()):
        name = name[: street.start()].strip()  # "Sala Zitarrosa Av. 18 de Julio 1012"
    if not name or name == text.strip() or _DIGIT.search(name):
        return False
    if _HOUSE_NUMBER.match(name) or looks_like_block_line(name) or is_street_abroad(name):
        return False
    return len(name) <= 60 and (_placelike(name) or _name_words(name))


def _name_words(text: str) -> bool:
    """Capitalised words only (a name: "CodeBase", "The Royal Oak"), at most five."""
    words = [w for w in text.split() if w.lower() not in _NAME_PARTICLES]
    return 0 < len(words) <= 5 and all(w[:1].isupper() for w in words)


def _no_place_number(text: str) -> bool:
    """A title's numbers name no place: no house number, street, room or address."""
    return not (
        _HOUSE_NUMBER.match(text) or looks_like_block_line(text) or looks_like_address(text)
        or room_first(text) is not None or _ROOM_NUMBER.search(text) or has_time_hint(text)
    )  # fmt: skip


# A venue word followed by a number: "Room 4", "Hall B2", "Sala 3".
_ROOM_NUMBER = re.compile(
    r"\b(?:room|rm|hall|suite|floor|sala|salle|raum|saal|aula|auditorium)\.?\s*+\d", re.I
)


# Venue words that also name a group that meets ("Adult Book Club", "Lego Lab", "Club de
# lectura"), not only its premises.
_GROUP_WORDS = frozenset({"club", "lab", "cafe", "café", "league"})
_VENUE_PART_END = re.compile(r"\s[·•|]\s|,")


def _group_over_venue(first: str, second: str) -> bool:
    """Whether ``first`` names a place only by a group's word ("Saturday Chess Club") over a
    line that names a venue by another word and a part of it ("Chamblee Library · Meeting
    Room", "Biblioteca Central, Sala 3"): the group's meeting is the title, held at that venue."""
    words = {m.group(0).lower() for m in VENUE_WORDS.finditer(first)}
    if not words or not words <= _GROUP_WORDS or _VENUE_WORDS_ABROAD.search(first):
        return False
    parts = _VENUE_PART_END.split(second, maxsplit=1)
    if len(parts) < 2 or _DIGIT.search(parts[0]):
        return False
    name = parts[0]
    own = {m.group(0).lower() for m in VENUE_WORDS.finditer(name)}
    return bool(own - _GROUP_WORDS) or _VENUE_WORDS_ABROAD.search(name) is not None


def _weak_place(text: str) -> bool:
    """A title that names a place only in passing: every venue word in it is lower-case ("…
    con autores de la casa") or comes before a colon ("Club de lectura: «…»", "Book club:
    …"), and no campus, house number or address."""
    if find_campus(text) is not None or _HOUSE_NUMBER.match(text) or looks_like_address(text):
        return False
    colon = text.find(":")
    for rx in (VENUE_WORDS, _VENUE_WORDS_ABROAD):
        for vm in rx.finditer(text):
            at = vm.start()
            while at and text[at - 1].isalpha():  # "Rathaus": the compound's first letter
                at -= 1
            if text[at].isupper() and not (0 <= at < colon):
                return False
    return True


# What _title_words needs: a colon or quote, or a word's first letter that is no capital.
_TITLE_HINT = re.compile(r'[:«»“”"]|(?<![^\W\d_])[^\W\d_A-ZÀ-ÖØ-Þ]')


# A talk's kind, then where it is held: "Charla en Cádiz", "Gastvortrag in Wien", "Conférence à
# Lyon", "Guest talk in York" (the particle "en" alone would read as a town's "Châlons en …").
_TALK_IN = re.compile(
    r"^(?:guest\s++)?(?:talk|lecture|reading|screening|workshop|charla|conferencia|ponencia|"
    r"presentaci[óo]n|taller|proyecci[óo]n|(?:gast)?vortrag|lesung|diskussion|"
    r"conf[ée]rence|d[ée]bat|projection|atelier)\s++(?:en|in|à|au|a|at|im|bei)\s",
    re.IGNORECASE,
)


def _title_words(text: str) -> bool:
    """A line worded as a title, not a name: a colon, a quoted work, a talk's kind and where it
    is, or a lower-case word that is no particle ("Christmas pub quiz & social", "Lightning
    talks: climate data", "Presentación de «Conurbano»", "Charla en Cádiz")."""
    if _TITLE_HINT.search(text) is None:  # capitalised words only (most venue lines): in C
        return False
    if ":" in text or any(q in text for q in '«»“”"') or _TALK_IN.match(text):
        return True
    return any(
        w[:1].islower() and w.lower() not in _NAME_PARTICLES and w not in ("the", "of", "and")
        for w in _LETTERS.findall(text)
    )


def _title_case_words(text: str) -> str:
    return " ".join(w.capitalize() for w in text.split())


def _is_contact(text: str) -> bool:
    t = text.strip()
    # A phone number has digits, an e-mail address "@", a web address "www."
    if len(t) > 60 or not (_DIGIT.search(t) or "@" in t or "www." in t.lower()):
        return False
    if not (cm := _CONTACT.match(t)):
        return False
    return cm.group("phone") is None or sum(ch.isdigit() for ch in cm.group("phone")) >= 7


_DOT_SEP = re.compile(r"\s[·•]\s")


# A full stop after a lower-case letter, then a capital: not after a short capitalised
# abbreviation ("St. Paul's", "Dr. Lee", "Sat. April 17"), which ends no sentence.
# A finite verb that a place's name never holds: "The library is wheelchair accessible", "La
# salle est accessible …", "Der Saal ist barrierefrei", "El local es accesible".
_SENTENCE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|will|est|sont|sera|seront|ist|sind|wird|werden|hat|es|son|"
    r"est[áa]n?|ser[áa]n?|tiene)\b"
)


def _reads_as_sentence(text: str) -> bool:
    """Whether a line under a place's label is a note about the place, not the place."""
    t = text.strip()
    # not _is_sentence: an abbreviation's full stop ("Avda. Fernández Ladreda 31") is no break
    return _SENTENCE_VERB.search(t) is not None or (
        t.endswith(".") and len(t.split()) >= 6 and not _DIGIT.search(t)
    )


def _is_sentence(text: str) -> bool:
    """A paragraph too short to count as prose that still reads as a sentence, not a heading:
    six words or more ending in a full stop, or two sentences."""
    t = text.strip()
    if len(t.split()) < 6:
        return False
    # a full stop after a lower-case word, before a capital: "… in Berlin. Wir laden ein"
    return t.endswith(".") or any(
        b.group("end") == "." and "a" <= t[b.start("end") - 1] <= "z" and "A" <= t[b.end()] <= "Z"
        for b in SENTENCE_BREAK.finditer(t)
    )


def _street_with_postcode(text: str) -> bool:
    """A street address with a postcode and town, and a house number or a street's name in
    English ("Wellington House, Pollard Street East, Manchester, M40 7FS", as British
    addresses go without a number)."""
    if not _DIGIT.search(text) or postal_place(text) is None:
        return False
    return bool(
        looks_like_block_line(text)
        or is_street_abroad(text)
        or _STREET_WORD_ABROAD.search(text)
        or _ENGLISH_STREET.search(text)
        or street_name_abroad(text.split(",", 1)[0])  # "Galerie de la Reine 26, 1000 Bruxelles"
    )


_ENGLISH_STREET = re.compile(rf"\b(?:{STREET_WORDS})\b")  # capitalised: "Pollard Street"


# A sentence saying where the meeting takes place, its verb around the place: "findet im
# Gewerkschaftshaus statt", "finden in der Stadtbibliothek statt", "a lieu à la Bourse du
# travail", "aura lieu au Café Lux", "se tiendra dans la salle Jaurès", "tendrá lugar en el
# Ateneo", "se celebrará en la Casa del Pueblo", "takes place at the Friends Meeting House",
# "will be held in Room 4". The place runs to "statt", a comma or the sentence's end.
_HELD_AT = re.compile(
    r"\b(?:find(?:et|en)\s++(?:[^\W\d_]++\s++){0,3}?"
    r"|(?:a|ont|aura|auront)\s++lieu\s++"
    r"|se\s++(?:tiendra|tiendront|tient|tiennent|d[ée]roulera|d[ée]roule)\s++"
    r"|(?:tendr[áa]n?|tiene|tienen)\s++lugar\s++"
    r"|se\s++(?:celebrar[áa]n?|realizar[áa]n?|llevar[áa]n?\s++a\s++cabo)\s++"
    r"|(?:takes?|will\s++take)\s++place\s++|(?:will\s++be|is|are)\s++held\s++)"
    r"(?:im|in\s++der|in\s++dem|auf\s++dem|beim|à\s++la|à\s++l['’]|au|à|dans\s++la|dans\s++le"
    r"|en\s++el|en\s++la|en|at\s++the|at|in\s++the|in)\s++"
    r"(?P<place>[^\W\d_][^.;!?(),]{0,79}?)(?:\s++statt\b|\s*+[,.;!?(]|\s*+$)",
    re.IGNORECASE,
)
_FIRST_SENTENCE_END = re.compile(r"[.!?]\s")
_HELD_STEMS = ("statt", "lieu", "lugar", "place", "held", "tiend", "celebrar", "realizar", "cabo")


def held_place(text: str) -> str | None:
    """The place a sentence says the meeting takes place in ("Die Versammlung findet im
    Gewerkschaftshaus statt" -> "Gewerkschaftshaus", "l'assemblée a lieu à la Bourse du travail"
    -> "Bourse du travail"); None when it names none, or names a month or an online room
    ("a lieu en ligne", "takes place in January")."""
    if not contains_any(text.lower(), _HELD_STEMS):
        return None
    stop = _FIRST_SENTENCE_END.search(text)  # the sentence after it is about something else
    hm = _HELD_AT.search(text, 0, stop.start() + 1 if stop else len(text))
    if hm is None:
        return None
    place = hm.group("place").strip()
    first = place.split(maxsplit=1)[0].casefold()
    if _ONLINE.search(place) or first in _all_months() or first in _NOT_PLACE_WORDS:
        return None
    return place


# Words after "à" or "en" in such a sentence that open no place: "a lieu à partir de 19 h".
_NOT_PLACE_WORDS = frozenset(
    {"partir", "persona", "presencia", "person", "personne", "präsenz", "línea", "linea", "ligne"}
)


# A sentence led by where: "In der Emmaus-Kirche …", "Sur le podium du Village de Noël".
_WHERE_FIRST = re.compile(
    r"^\W*+(?:at|in|on|outside|inside|behind|opposite|near|by|meet|meeting|back|again|wieder|"
    r"à|au|aux|en|devant|derrière|dans|près|chez|sur|"
    r"an|am|auf|im|vor|hinter|neben|bei|beim|treffpunkt|"
    r"frente|delante|detrás|junto|cerca|dentro|fuera)\b",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"\s[A-ZÀ-Þ]")


# A square, a market or a street by its name: "place Saint-Lambert", "Market Square", "Marktplatz".
_OPEN_SPACE = re.compile(
    r"(?i:place|plaza|platz|square|piazza|plaça|praça|rue|calle|avenue|avenida)\s++"
    r"(?:(?:de|du|des|del|de\s++la)\s++)?(?-i:[A-ZÀ-Þ])"
    r"|(?-i:[A-ZÀ-Þ])[\w-]{0,30}?(?:platz|markt)\b"
    r"|(?-i:[A-ZÀ-Þ])[\w'-]{0,30}\s++(?i:square|market|green|park)$"
)
_LEAD_ARTICLE = re.compile(
    r"^(?:the|le|la|les|der|die|das|dem|den|el|los|las)\s++|^l['’]\s*+", re.I
)
# A place, then a dash and what happens there in lower case: "Market Square — an hour of carols
# for the food bank.", "Sur le podium du Village de Noël, place Saint-Lambert — une heure de …".
_PLACE_DASH_REMARK = re.compile(r"^(?P<place>[^–—]{3,100}?)\s[–—]\s++(?=[a-zß-ÿ])")


def place_then_remark(text: str) -> str | None:
    """The place a detail line with no time names before its dash and a remark (see
    _PLACE_DASH_REMARK), without a leading preposition ("On the stage of the Christmas Market,
    Market Square"): when it, or a part of it, is placelike or a square or street by its name;
    None otherwise."""
    pm = _PLACE_DASH_REMARK.match(text.strip())
    if pm is None or has_time_hint(text):
        return None  # "At Hartside Village Hall, … – note 7pm start": its time read elsewhere
    place = pm.group("place").strip(" ,")
    if _WHERE_FIRST.match(place) is not None:
        place = _WHERE_FIRST.sub("", place, count=1).strip()
        place = _LEAD_ARTICLE.sub("", place, count=1)
    elif _title_words(place):
        return None
    if _placelike(place) or any(
        _placelike(p) or _OPEN_SPACE.match(p.strip()) for p in place.split(",")
    ):
        return place
    return None


# Words that make a name an organisation's, not a building's: "Unite the Union", "Film Club",
# "Brighton Hall Workers", "Friends of Castle Park", "Save Our Library", "Chor der Kreuzkirche",
# "Collectif Sauvons la Médiathèque", "Amigos del Museo del Prado", "Mieterverein Basel".
_ORG_WORDS = re.compile(
    r"\b(?:union|league|club|party|society|association|workers?|singers|choir|chorus|friends|"
    r"network|group|campaign|committee|coalition|alliance|movement|action|save|tenants|staff|"
    r"members|volunteers|council|federation|collective|trust|for|"
    r"gewerkschaft|partei|chor|freundeskreis|freunde|initiative|b[üu]ndnis|netzwerk|rettet|"
    r"syndicat|parti|collectif|chorale|amis|sauvons|comit[ée]|f[ée]d[ée]ration|coordination|"
    r"travailleu(?:rs|ses)|salari[ée]s|besch[äa]ftigte|trabajador(?:as|es)|"
    r"sindicato|asociaci[oó]n|partido|coro|amigos|plataforma|colectivo|defensa|asamblea)\b"
    r"|verein\b|gruppe\b",  # also ending a compound: "Mieterverein", "Theatergruppe"
    re.IGNORECASE,
)


# A label over the listing that names where all of it happens: "Where: St Peter's Church Hall,
# Cambridge Road, Harrogate HG1 1RR", "Lugar: Facultad de Humanidades (Av. Uruguay 1695,
# Montevideo), salvo indicación en contrario", "Ort: Nachbarschaftshaus, Urbanstraße 21".
_PAGE_PLACE_LABEL = re.compile(
    r"(?:where|venue|location|lugar|sede|d[óo]nde|ort|veranstaltungsort|lieu|o[ùu])\s*+:\s*+",
    re.IGNORECASE,
)
_LABELLED_NAME = re.compile(r"[^,(;]{3,80}+")


def _said_venues(text: str) -> list[tuple[str, str, bool]]:
    """The places a line names with their street, as (name, address, whether the address gives
    its postcode and town): after a label ("Where: St Peter's Church Hall, Cambridge Road,
    Harrogate HG1 1RR", "Lugar: Facultad de Humanidades (Av. Uruguay 1695, Montevideo)"), or
    a venue's name right before its street in a sentence ("Actividades culturales del Ateneo de
    Madrid (C/ del Prado, 21).", "… meets at the Huddersfield Mission, 3–13 Lord Street,
    Huddersfield HD1 1QA.")."""
    if len(text) > _OWN_LINE_MAX:
        return []
    if (label := _PAGE_PLACE_LABEL.match(text)) is not None:
        if (name := _LABELLED_NAME.match(text, label.end())) is None:
            return []
        words = name.group().strip(" .")
        after = text[name.end() :].lstrip()
        if after.startswith("("):
            address = after[1 : after.find(")")] if ")" in after else ""
        else:
            address = after.lstrip(",").split(". ")[0].split(" (")[0].strip(" .,")
        full = _street_with_postcode(address)
        if not (full or _street_line(address.split(",")[0])):
            return []  # "Ort: Universität Hamburg, Hauptgebäude, …": a building, no street yet
        return [(words, address, full)] if _placelike(words) and not is_prose(words) else []
    out = []
    for start, words, bracket, rest in _names_then_streets(text):
        address = (bracket or rest or "").strip(" .,")
        if _HOUSE_NUMBER_BEFORE.search(text, 0, start) or _street_line(f"1 {words}"):
            continue  # "14 Bridge Street, Ludlow SY8 1AA": a street, then its town
        if (room := _NUMBERED_ROOM_OF.match(words)) is not None:
            words = words[room.end() :]  # "Salón 8 de la Facultad de Humanidades (Av. …)"
        if (" " not in words and not _VENUE_WORDS_ABROAD.search(words)) or _DIGIT.search(words):
            # "à la MJC, 15 avenue …", "Unit 4, Mill Yard, …": no venue's full name (one word
            # is when it says what the place is: "im DGB-Haus, Hebelstraße 10")
            continue
        full = _street_with_postcode(address)
        street = (
            _street_line(address if bracket else address.split(",")[0])
            # "(C/ del Prado, 21)", "(Av. de Madrid, s/n, Granada)": no number, "sin número"
            or bool(bracket and _CALLE_SLASH.match(address) and _DIGIT.search(address))
            or bool(_NO_NUMBER.search(address) and _STREET_WORD_ABROAD.search(address))
        )
        if (
            (
                _placelike(words)
                or (full and name_like(words))
                # "La asociación se reúne en el CMI Pumarín Gijón-Sur (C/ Ramón Areces, 7)"
                or (street and name_like(words) and _MEETS_AT.search(text, 0, start) is not None)
            )
            and not _ORG_WORDS.search(words)
            and (full or street)
        ):
            out.append((words, address, full))
    return out


# A sentence saying where the group meets or its events are held, before the place's name.
_MEETS_AT = re.compile(
    r"\b(?:meets?|meetings\s++are\s++held|takes\s++place|are\s++held|trifft\s++sich|treffen\s++uns|"
    r"finden\s++(?:im|in|statt)|se\s++r[ée]unit|nous\s++r[ée]unissons|ont\s++lieu|a\s++lieu|"
    r"se\s++re[úu]ne|nos\s++reunimos|se\s++celebra[n]?|se\s++realiza[n]?|tiene[n]?\s++lugar)\b",
    re.IGNORECASE,
)
# A numbered room before the building it is in: "Salón 8 de la", "Room 4 of the", "Saal 2 der".
_NUMBERED_ROOM_OF = re.compile(
    r"[^\W\d_]++\s++\d++[A-Za-z]?\s++(?:de\s++la|de\s++los|del|de|of\s++the|of|des|der|du|"
    r"de\s++l['’])\s*+(?=[A-ZÀ-Þ])"
)
_NO_NUMBER = re.compile(r"\bs/n\b", re.IGNORECASE)
_CALLE_SLASH = re.compile(r"c/\s*+[^\W\d_]", re.IGNORECASE)
_HOUSE_NUMBER_BEFORE = re.compile(r"\d[\w/-]*+,?\s++$")
# A street right after a name: in brackets, or after a comma up to the sentence's end.
_STREET_AFTER = re.compile(r"\s*+\(([^()]{4,80}+)\)|,\s*+([^.;()]{6,100}+)")
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ0-9][\w'’.-]*+")
# The small words inside a name ("Ateneo de Madrid", "Institute of Historical Research").
_NAME_JOINS = frozenset({
    "de", "del", "la", "las", "los", "y", "of", "the", "du", "des", "der", "die", "das", "am",
    "an", "le", "les", "el", "on", "upon", "l'", "l’", "et", "and", "und", "für", "zum", "zur", "im",
})  # fmt: skip
_NAME_REACH = 120  # characters before a street searched for the name it follows


def _names_then_streets(text: str) -> list[tuple[int, str, str | None, str | None]]:
    """The names in capitals (their small words between) right before a street, in brackets or
    after a comma: (where the name starts, the name, the bracket's text, the text after the
    comma). Read word by word back from each bracket or comma, a bounded reach each: linear in
    the line."""
    out = []
    for st in _STREET_AFTER.finditer(text):
        before = text[max(0, st.start() - _NAME_REACH) : st.start()]
        words = before.split()
        name: list[str] = []
        for w in reversed(words):
            if not (_NAME_WORD.fullmatch(w) or (name and w.casefold() in _NAME_JOINS)):
                break
            name.append(w)
        while name and name[-1].casefold() in _NAME_JOINS:
            name.pop()  # "del Ateneo de Madrid": the name starts at its first capital
        name = _after_last_in(name)
        if name:
            said = " ".join(reversed(name))
            out.append((st.start() - len(said), said, st.group(1), st.group(2)))
    return out


def _after_last_in(name: list[str]) -> list[str]:
    """A name's words (last first) from its last "im", "am", "zum" or "zur" on, when what
    follows that word names a place and what comes before it does not: German writes every noun
    in capitals ("an jedem zweiten Dienstag im Monat im DGB-Haus" -> "DGB-Haus"; "Haus der
    Jugend im Park" stays whole)."""
    for k, w in enumerate(name):
        if w.casefold() in _CUT_JOINS:
            after, before = " ".join(reversed(name[:k])), " ".join(reversed(name[k + 1 :]))
            if after and _placelike(after) and not _placelike(before):
                return name[:k]
            break
    return name


_CUT_JOINS = frozenset({"im", "am", "zum", "zur"})


_OWN_LINE_MAX = 300


# A room or a space of a site, opening what an entry says of its place: "Sala de Asambleas",
# "En el patio", "Salle polyvalente", "Großer Saal", "Room 4", "Garden".
_SITE_ROOM = re.compile(
    r"^(?:(?:en|in|im|dans|à|au|a)\s++(?:el|la|le|l['’]|the|der|dem)?\s*+)?"
    r"(?:(?:kleiner|großer|grande|petite|petit|main|small|large)\s++)?"
    r"(?:sala|salle|saal|raum|room|aula|patio|terraza|terrasse|jard[ií]n|jardin|garden|cour|hof|"
    r"foyer|auditorio|auditorium)\b[^.;]{0,40}",
    re.IGNORECASE,
)


def site_room(text: str) -> str | None:
    """The room or space an entry's place opens with, up to its first sentence's end."""
    m = _SITE_ROOM.match(text.strip())
    return m.group().strip(" ,") if m is not None else None


# A street after a venue's name, its word in lower case, as French, Spanish and Swiss pages
# write it ("rue de la Grotte 2", "place Saint-François", "allée Ernest-Ansermet 3", "calle
# Mayor 15", "C/ de Jaume Piquet"); not "via Zoom".
_STREET_PART = re.compile(
    rf"(?!via\b)(?-i:C/|{_STREET_WORDS_ABROAD})\.?\s*+"
    r"(?:(?:de|du|des|del|de\s++la|de\s++los|de\s++las|d['’])\s*+)?[A-ZÀ-Þ\d]"
)

# An English street named without its number after a venue's name: "Broad Street", "Market Sq".
# Only the words that name nothing but a street: "Gathering Place", "Exchange Square" and "Court
# Walk" may be venues.
_NAMED_STREET_EN = re.compile(
    r"(?:[A-Z][\w'’.-]*+\s++){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|"
    r"Terrace|Crescent)\.?"
)

# A capitalised street word opening a part after the venue's, its house number ending it or the
# next part: "Biblioteca Cubit, Calle Mayor 20, 50014 Zaragoza", "…, Rue de la Paix 3", "…,
# Calle Mayor, 20" (lower-case street words are _STREET_PART's).
_STREET_CAPITAL = re.compile(
    rf"(?!via\b)(?i:{_STREET_WORDS_ABROAD})\.?\s++"
    r"(?:(?:de|du|des|del|de\s++la|de\s++los|de\s++las|d['’])\s*+)?(?-i:[A-ZÀ-Þ\d])"
)

# A German street written as one word, without its number: "Bahnhofstraße", "Am Mühlweg".
# The word is read whole, then its ending checked behind it: a lazy word before the ending
# tried every ending at every letter of a long name chain ("Ab-Ab-Ab-…"), quadratic.
_ONE_WORD_STREET_DE = re.compile(
    r"(?<![\w-])(?:(?:Am|An\s++der|Im|Zum|Zur)\s++)?[A-ZÄÖÜ][\w-]*+"
    r"(?:(?<=str)\.|(?<=straße)|(?<=strasse)|(?<=weg)|(?<=gasse)|(?<=allee)|(?<=platz)|"
    r"(?<=ring)|(?<=damm)|(?<=ufer)|(?<=chaussee))"
)


def _unnumbered_street(part: str) -> bool:
    """A street named without its number before a town's postcode ("Davis Street", "rue du
    Bourg", "Camino del Galacho", "Bahnhofstraße")."""
    return bool(
        _NAMED_STREET_EN.fullmatch(part)
        or _STREET_PART.match(part)
        or _STREET_CAPITAL.match(part)
        or _ONE_WORD_STREET_DE.fullmatch(part)
    )
