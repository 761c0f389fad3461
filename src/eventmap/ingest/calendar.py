"""Calendar layouts: the pieces of a line the parser needs to read a page as a calendar.

A calendar page gives a date once, as a heading (or as the first cell of a table row), then one
entry per line, each with its own time, title and place::

    Saturday, March 9
    10 a.m.: Storytime, Central Library, 343 Main St.
    7:30–9 pm  Panel: The housing crisis, Room 4, Union Hall

A time may be stated once for the whole list ("All meetings begin at 9 am", "Beginn jeweils
19 Uhr"); a table may have a header row ("Date | Time | Event | Venue"). This module reads single
lines; ``parse`` decides which lines of a page form a calendar.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from eventmap.ingest.places import (
    ROOMS_ABROAD,
    VENUE_WORDS,
    countries,
    known_city,
    street_name_abroad,
)
from eventmap.ingest.when import (
    DOORS_RE,
    LANGUAGES,
    TimeMatch,
    find_times,
    has_time_hint,
    lower_text,
    match_after_spaces,
    month_names,
    weekday_named,
)

# A time stated once for a list: "All meetings begin at 9 am", "All events start at 7pm unless
# stated", "Beginn jeweils 19 Uhr", "Toutes les réunions commencent à 19h", "Todas las reuniones
# comienzan a las 19:00". The time itself is found by ``find_times`` after the match.
_LIST_TIME = re.compile(
    r"^\W{0,4}(?:"
    r"(?:all|each|every)\s++(?:of\s+the\s+|our\s+|the\s+)?(?:[^\W\d_]++\s++){0,2}?(?:meetings?|events?|talks?|sessions?|"
    r"lectures?|classes|screenings?|gatherings?|assembl(?:y|ies)|evenings|nights)(?::\s*+|\s++)"
    r"(?:(?:will\s+|are\s+|usually\s+|always\s+)?"
    r"(?:begin|start|commence|run)s?(?:\s+(?:at|from))?|(?:are\s+)?(?:at|from)\b|(?=\d))"
    r"|(?:beginn|start|anfang)\s+(?:jeweils|immer|stets)(?:\s+um)?"
    r"|(?:alle\s+|die\s+)?(?:veranstaltungen|treffen|versammlungen|vortr[äa]ge)\s+(?:beginnen|starten)"
    r"\s+(?:jeweils|immer|stets)(?:\s+um)?"
    # a cinema's or a course's: "Alle Vorstellungen beginnen um 21 Uhr"
    r"|alle\s+(?:vorstellungen|vorf[üu]hrungen|filme|kurse|abende)\s+(?:beginnen|starten)"
    r"\s+(?:(?:jeweils|immer|stets)\s+)?um"
    # "Alle Versammlungen um 19 Uhr", "Toutes les assemblées à 19 h", "Todas las asambleas a
    # las 19 h": the list's nouns, then the time with no verb
    r"|alle\s+(?:veranstaltungen|treffen|versammlungen|vortr[äa]ge|sitzungen)\s+(?:jeweils\s+)?um"
    r"|(?:toutes\s+les|tous\s+les|chaque)\s+(?:r[ée]unions?|[ée]v[ée]nements?|conf[ée]rences?|"
    r"s[ée]ances?|rencontres?|assembl[ée]es?)\s+(?:(?:commencent|d[ée]butent|commence|d[ée]bute)"
    r"\s+(?:[àa]\s+)?|(?:[àa]|de)\s)"
    r"|(?:todas\s+las|todos\s+los|cada)\s+(?:reuniones|eventos|charlas|sesiones|actos|reuni[óo]n|"
    r"asambleas?|clases)\s+(?:(?:comienzan|empiezan|comienza|empieza)\s+(?:a\s+las\s+)?|"
    r"(?:son\s+|ser[áa]n\s+)?(?:a\s+las|de(?:\s+las)?)\s)"
    # "all" and any plural noun, then the verb and the time's word: "All storytimes begin at
    # 10:30 a.m.", "Todas las jornadas empiezan a las 11:00", "Toutes les permanences commencent
    # à 14 h", "Alle Führungen beginnen um 15 Uhr"
    r"|(?P<plural>(?:all|every\s+one\s+of\s+the)\s++(?:our\s++|the\s++)?"
    r"(?:[^\W\d_]++\s++){0,2}?[^\W\d_]{3,}?s\s++"
    r"(?:will\s++|usually\s++|always\s++)?(?:begin|start|commence)s?\s++(?:at|from)\s"
    # their place first: "All work mornings are at the Walled Garden (use the Brook Road gate)
    # and start at 10am", "Alle Arbeitseinsätze finden im Gemeinschaftsgarten statt und beginnen
    # um 10 Uhr", "Tous les chantiers ont lieu au jardin et commencent à 10 h", "Todas las
    # jornadas son en el huerto y empiezan a las 10:00"
    r"|(?:all|every\s+one\s+of\s+the)\s++(?:our\s++|the\s++)?(?:[^\W\d_]++\s++){0,2}?"
    r"[^\W\d_]{3,}?s\s++(?:are|will\s++be)\s++(?:held\s++)?(?:at|in)\s[^.;!?]{1,120}?"
    r"\s(?:and|,\s*+and)\s++(?:(?:all\s++)?(?:begin|start|commence)s?)\s++(?:at|from)\s"
    r"|alle\s++[^\W\d_]{3,}?\s++finden\s++(?:im|in\s++der|am|an\s++der|auf\s++dem)\s"
    r"[^.;!?]{1,120}?\sstatt\s++und\s++(?:beginnen|starten)\s++(?:(?:jeweils|immer)\s++)?um\s"
    r"|(?:toutes\s++les|tous\s++les)\s++[^\W\d_]{3,}?s\s++ont\s++lieu\s++(?:à|au|aux|en)\s"
    r"[^.;!?]{1,120}?\set\s++(?:commencent|d[ée]butent)\s++(?:[àa]\s)"
    r"|(?:todas\s++las|todos\s++los)\s++[^\W\d_]{3,}?s\s++(?:son|se\s++hacen|se\s++realizan)"
    r"\s++en\s[^.;!?]{1,120}?\sy\s++(?:comienzan|empiezan|arrancan)\s++(?:a\s++las\s|a\s++la\s)"
    r"|(?:todas\s++las|todos\s++los)\s++[^\W\d_]{3,}?s\s++(?:comienzan|empiezan|arrancan)\s++"
    r"(?:a\s++las\s|a\s++la\s)"
    r"|(?:toutes\s++les|tous\s++les)\s++[^\W\d_]{3,}?s\s++(?:commencent|d[ée]butent)\s++(?:[àa]\s)"
    # a compound noun too: "Alle Online-Termine beginnen um 19 Uhr"
    r"|alle\s++[^\W\d_]{3,}?(?:-[^\W\d_]++)?\s++(?:beginnen|starten)\s++"
    r"(?:(?:jeweils|immer|stets)\s++)?um\s)"
    # a time said to hold "each time" for the dates listed with it ("Treffpunkt jeweils 14 Uhr:
    # Altes Rathaus", "Meeting point each time 2pm", "Rendez-vous à chaque fois à 14 h")
    r"|(?:[^\W\d_]++[\s-]++){0,3}?(?P<each>jeweils|each\s+time|every\s+time|on\s+each\s+date|"
    r"(?:[àa]\s+)?chaque\s+fois|cada\s+vez|en\s+cada\s+fecha)\s*+,?\s*+"
    r"(?:um\s+|at\s+|from\s+|[àa]\s+|a\s+las\s+|desde\s+las\s+)?"
    r")",
    re.IGNORECASE,
)
_LIST_TIME_STEMS = ("all", "each", "every", "beginn", "jeweils", "toutes", "tous", "chaque",
                    "todas", "todos", "cada", "start")  # fmt: skip
# Any of the stems in one case-sensitive alternation (the engine skips to their first letters in C).
_LIST_TIME_STEM = re.compile("|".join(_LIST_TIME_STEMS))


def each_time(text: str) -> bool:
    """Whether a line ``list_time`` reads says its time holds "each time" for the dates listed
    with it ("Treffpunkt jeweils 14 Uhr: …"), rather than for a whole list of meetings."""
    m = _LIST_TIME.match(text) if len(text) <= 400 else None
    return m is not None and m.group("each") is not None


def plural_list_time(text: str) -> bool:
    """Whether ``list_time`` reads a line by "all" and its list's noun, whatever the noun ("All
    storytimes begin at 10:30 a.m."): a time for the list right under it, not a calendar's."""
    m = _LIST_TIME.match(text) if len(text) <= 400 else None
    return m is not None and m.group("plural") is not None


def list_time(text: str) -> TimeMatch | None:
    """The time a line states for a whole list ("All meetings begin at 9 am", "All branch
    meetings start at 6.30pm and are held in ..."), else None."""
    if len(text) > 400:
        return None
    low = text[:40].casefold()
    if not _LIST_TIME_STEM.search(low):
        return None
    m = _LIST_TIME.match(text)
    if m is None or (m.group("plural") is not None and says_unless(text)):
        return None  # "Alle Veranstaltungen beginnen um 19 Uhr, sofern nichts anderes …": the
        # page's rule "unless stated" (``unless_rule``)
    tm = find_times(text[m.end() :][:40])
    return tm if tm is not None and tm.start <= 12 else None


# "... and are held in Committee Room 2, Civic Centre, unless stated otherwise": the place a
# line that states the list's time also gives for the whole list.
_LIST_PLACE = re.compile(
    r"\b(?:(?:are|is|will\s+be)\s+held|take\s+place|takes\s+place|meet|finden|ont\s+lieu|"
    r"se\s+tiennent|se\s+realizan|se\s+celebran|tienen\s+lugar|"
    # "are at the Walled Garden", not "are at 7.30pm at the …" (the time, then the place)
    r"(?:are|son)(?=\s+(?:in|at|en)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?[^\W\d_]))"
    r"\s+(?:in|at|im|in\s+der|an\s+der|am|auf\s+dem|beim|à|au|en)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+|l['’])?",
    re.IGNORECASE,
)
_LIST_PLACE_END = re.compile(
    r"(?:,|(?<!\s))\s++(?:unless|except|sauf|salvo|au[ßs]er|statt"
    # "…, 14 Market Place, and start at 7.30pm": the list's time after its place
    r"|and\s++(?:start|begin)s?|statt\s++und\s++beginnen|und\s++beginnen|"
    r"et\s++(?:commencent|d[ée]butent)"
    r"|y\s++(?:comienzan|empiezan))\b|[;!](?:\s|$)|\("
    r"|(?<!\b\d)\.(?:\s|$)"  # a sentence's end, not an ordinal's dot ("1. OG", "2. Stock")
    # but a room's number ends it: "…, salle 3. Débutants bienvenus", "Room 4. Beginners …"
    r"|(?:(?<=[Rr]oom\s\d)|(?<=[Ss]alle\s\d)|(?<=[Ss]aal\s\d)|(?<=[Rr]aum\s\d)|(?<=[Aa]ula\s\d)"
    r"|(?<=[Ss]ala\s\d))\.\s"
)


# The place named right after the list's time: "Treffpunkt jeweils 14 Uhr: Altes Rathaus",
# "Meeting point each time 2pm at the Old Town Hall", "à chaque fois à 14 h devant la mairie".
_PLACE_AFTER_TIME = re.compile(
    r"(?<!\s)(?:\s*+(?::|[–—])|,?\s(?:at|in|outside|am|im|an\s+der|vor\s+dem|[àa]|au|devant|en|frente\s+a)\s)"
    r"\s*+(?:the\s+|la\s+|le\s+|el\s+|l['’])?(?=[^\W\d_])",
    re.IGNORECASE,
)


# A list's time kept to the minute, before the place: "7pm sharp, …", "19 Uhr pünktlich im …",
# "19 h précises à …", "a las 19 en punto en …".
PUNCTUAL_WORDS = r"sharp|prompt(?:ly)?|p[üu]nktlich|pr[ée]cises?|pile|en\s++punto"
_PUNCTUAL = re.compile(rf"(?<!\s)\s*+(?:{PUNCTUAL_WORDS})\b", re.IGNORECASE)
# The next sentence's place label after the list's time: ". Treffpunkt:", ". Meeting point:",
# ". Lieu :", ". Punto de encuentro:" (the dot may be the time's own: "at 2pm. Meeting point:").
_LABEL_AFTER_TIME = re.compile(
    r"(?:(?<!\s)\.|(?<=\.))\s{1,3}(?:treffpunkt|ort|meeting\s+point|meet\s+at|venue|where|rendez-vous|rdv|"
    r"lieu|punto\s+de\s+encuentro|lugar)\s{0,2}:\s*+",
    re.IGNORECASE,
)
# A name after the list's time, past a comma or a preposition: "All assemblies 7pm sharp,
# Ballybane Neighbourhood Centre", "Alle Treffen um 19 Uhr im Bürgerhaus Nord".
_NAME_AFTER_TIME = re.compile(
    r"(?<!\s)(?:\s*+,|,?\s(?:at|in|im|am|au|[àa]|en))\s++(?:the\s+|la\s+|le\s+|el\s+|l['’])?"
    r"(?=[A-ZÀ-Þ])"
)


_DASH_REMARK = re.compile(r"(?<!\s)\s++[–—]\s")
# A time's preposition at the end of a place cut before its time: "Trades Hall at", "Bourse du
# Travail à", "Ateneo a las". Matched only at the end ($), after a word: linear.
_TIME_PREPOSITION_END = re.compile(
    r"(?<=\w)[\s,]++(?:at|from|um|ab|à|a\s++las?|desde\s++las?|de)?\s*+$", re.IGNORECASE
)


def list_place(text: str, placelike: Callable[[str], bool] | None = None) -> str | None:
    """The place a list-time line gives for the whole list ("All meetings begin at 7pm and are
    held in Room 2, Civic Centre, unless stated otherwise." -> "Room 2, Civic Centre";
    "Treffpunkt jeweils 14 Uhr: Altes Rathaus, Markt 1" -> "Altes Rathaus, Markt 1"), else
    None. Only for a line ``list_time`` reads. With ``placelike``, a name right after the time
    ("All assemblies 7pm sharp, Ballybane Neighbourhood Centre") is the place when it passes."""
    m = _LIST_PLACE.search(text)
    named = False
    if m is None:
        tm = find_times(text[:80])
        at = tm.end if tm is not None else 0
        if tm is not None and (p := match_after_spaces(_PUNCTUAL, text, at)) is not None:
            at = p.end()
        if tm is not None and each_time(text):
            m = match_after_spaces(_PLACE_AFTER_TIME, text, at)
        if m is None and tm is not None:
            # "Jeweils sonntags um 14 Uhr. Treffpunkt: Café Central, Herrengasse 14, 1010 Wien.":
            # the next sentence gives the place under its label
            m = match_after_spaces(_LABEL_AFTER_TIME, text, at)
        if m is None and tm is not None and placelike is not None:
            # "jeweils 17:30 Uhr, Gewerkschaftshaus, 1. OG – Gäste sind willkommen:"
            m = match_after_spaces(_NAME_AFTER_TIME, text, at)
            named = m is not None
    if m is None:
        return None
    rest = text[m.end() :][:160]
    if (at_time := find_times(rest[:16])) is not None and at_time.start == 0:
        return None  # "… ont lieu à 19 h dans notre local …": the time first (``held_place``)
    if not named:
        rest = _past_premises_label(rest, _LIST_PLACE_END)
    end = _LIST_PLACE_END.search(rest)
    place = (rest[: end.start()] if end else rest).strip(" ,.:")
    if end is not None and (inside := _named_in_brackets(place, rest, end.start())) is not None:
        place = inside  # "… y son en la Casa (Centro Cívico Delicias, Avda. Navarra 54, …)"
    elif end is not None:
        place += _short_name(rest, end.start())
    if named and (dash := _DASH_REMARK.search(place)) is not None:
        place = place[: dash.start()]  # "… Raum 112 – Gäste sind willkommen"
    if not named and (later := find_times(place)) is not None and later.start > 0:
        # "… are held in the Trades Hall at 7pm.", "… ont lieu à la Bourse du Travail à 19 h.":
        # the list's time after its place
        place = _TIME_PREPOSITION_END.sub("", place[: later.start])
    if named and (
        not (placelike and _placelike_here(placelike, place, rest, end)) or has_time_hint(place)
    ):
        return None
    return place if len(place) >= 3 else None


def _placelike_here(
    placelike: Callable[[str], bool], place: str, rest: str, end: re.Match[str] | None
) -> bool:
    """Whether a name after the list's time is a place, by itself or by the address in brackets
    after it ("… de 17:00 a 18:30 en Etopia (Avda. Ciudad de Soria, 8), aula 2.")."""
    if placelike(place):
        return True
    if end is None or rest[end.start() : end.start() + 1] != "(":
        return False
    named = _NAMED_IN_BRACKETS.match(rest, end.start())
    return named is not None and placelike(f"{place}, {named['inside']}")


# A sentence that says when and where the meetings of a list are held, with no date of its own:
# "Branch meetings are held on the second Wednesday of the month at 7.00pm in the Trades Council
# office, …", "The group meets every Tuesday at 7.30pm at the Red Lion", "Die Treffen finden
# jeden ersten Montag um 19 Uhr im Gewerkschaftshaus statt", "Les réunions ont lieu le premier
# jeudi du mois à 19h à la Bourse du Travail", "Las asambleas se celebran … a las 19:00 en el
# Ateneo". ``held_rule`` finds the time and the place in it.
_HELD = re.compile(
    r"\W{0,4}+(?:"
    r"(?:(?:all\s++)?(?:our|the)\s++)?(?:[^\W\d_]++[\s-]++){0,3}?"
    r"(?:meetings|events|talks|sessions|lectures|classes|courses|workshops|gatherings|seminars|"
    r"forums|discussions|evenings|nights|socials)"
    r"\s++(?:(?:are|will\s++be)\s++(?:usually\s++|normally\s++|always\s++|generally\s++)?"
    r"(?:held|on|at)|(?:usually\s++|normally\s++)?(?:take\s++place|meet|begin|start))\b"
    r"|(?:(?:our|the)\s++)?(?:[^\W\d_]++[\s-]++){0,3}?(?:branch|group|club|society|committee|"
    r"circle|chapter|section|board|seminar)\s++(?:usually\s++|normally\s++)?meets\b"
    r"|we\s++(?:usually\s++|normally\s++)?meet\b"
    # one series named in the singular: "The lecture series takes place on Tuesdays at 6pm in …",
    # "Die Ringvorlesung findet dienstags um 18:15 Uhr im Audimax statt", "Le cycle a lieu …",
    # "El ciclo se celebra los martes a las 18:00 en …"
    r"|(?:(?:the|our|this)\s++)?(?:[^\W\d_]++[\s-]++){0,2}?(?:series|lecture|seminar|colloquium|"
    r"course|class|workshop|programme|program)\s++(?:(?:is|will\s++be)\s++(?:usually\s++|normally\s++|"
    r"always\s++|generally\s++)?held|(?:usually\s++|normally\s++)?(?:takes\s++place|meets|runs))\b"
    r"|(?:(?:die|der|das|unsere?)\s++)?(?:[^\W\d_]++\s++){0,2}?[^\W\d_]{0,30}?(?:vorlesung|reihe|"
    r"veranstaltung|sitzung|seminar|kurs|kolloquium|vortrag|treffen)\s++(?:findet|beginnt)\b"
    r"|(?:(?:le|la|notre)\s++|l['’]\s*+)?(?:cycle|s[ée]minaire|conf[ée]rence|s[ée]ance|cours|atelier)"
    r"(?:\s++[^\W\d_]++){0,2}?\s++(?:a\s++lieu|se\s++tient|se\s++d[ée]roule)\b"
    r"|(?:(?:el|la|nuestro|nuestra)\s++)?(?:ciclo|seminario|curso|taller|conferencia|sesi[óo]n)"
    r"(?:\s++[^\W\d_]++){0,2}?\s++(?:se\s++(?:celebra|realiza|hace)|tiene\s++lugar)\b"
    r"|(?:(?:all\s++)?(?:die|unsere)\s++)?(?:[^\W\d_]++\s++){0,2}?[^\W\d_]{0,30}?"
    r"(?:treffen|sitzungen|versammlungen|veranstaltungen|vortr[äa]ge|abende|kurse|seminare)"
    r"(?:\s++(?:des|der|unseres|unserer)\s++[^\W\d_]++)?\s++(?:finden|beginnen|sind)\b"
    r"|(?:der|die|das|unser|unsere)\s++[^\W\d_]{1,40}+\s++(?:tagt|trifft\s++sich)\b"
    r"|wir\s++treffen\s++uns\b"
    # what a group does, on a day that recurs: "Wir reparieren jeden 2. Samstag im Monat, 14
    # bis 17 Uhr", "We fix things every second Saturday", "Nous réparons chaque 2e samedi",
    # "Reparamos cada segundo sábado"
    r"|wir\s++[^\W\d_]++\s++(?:jeden|jede|jeweils|einmal|immer)\b"
    r"|we\s++[^\W\d_]++(?:\s++things)?\s++(?:every|each)\b"
    r"|nous\s++[^\W\d_]++\s++(?:chaque|tous\s++les)\b"
    r"|[^\W\d_]{2,}+(?<=amos|emos|imos)\s++(?:cada|todos\s++los|todas\s++las)\b"
    r"|(?:(?:toutes\s++)?(?:les|nos)\s++)?(?:r[ée]unions|rencontres|permanences|assembl[ée]es|"
    # a list's longer name: "Les assemblées ordinaires du conseil d'administration ont lieu à …"
    r"s[ée]ances|conf[ée]rences|cours|ateliers|soir[ée]es|sorties)"
    r"(?:\s++[^\W\d_]++(?:['’][^\W\d_]++)?){0,5}?\s++"
    r"(?:ont\s++lieu|se\s++tiennent|sont|"
    r"se\s++d[ée]roulent|commencent|d[ée]butent)\b|nous\s++nous\s++r[ée]unissons\b"
    r"|(?:(?:todas\s++)?(?:las|los|nuestras|nuestros)\s++)?(?:reuniones|asambleas|charlas|"
    r"encuentros|sesiones|clases|cursos|talleres|veladas|noches|salidas)"
    r"(?:\s++[^\W\d_]++){0,5}?\s++"
    r"(?:se\s++(?:celebran|realizan|hacen)|son|"
    r"tienen\s++lugar|empiezan|comienzan)\b|nos\s++reunimos\b"
    # "all" and a list's own name, whatever it is: "Toutes les CE se tiennent à 17h30 à …",
    # "Todas las comisiones se celebran a las 17:30 en …"
    # (not "Tous les ans ont lieu …": the years, months, weeks, days are no list)
    r"|(?:toutes|tous)\s++(?:les|nos)\s++(?!(?:ans|années|mois|semaines|jours)\b)"
    r"(?:[^\W\d_]++\s++){1,4}?(?:ont\s++lieu|se\s++tiennent|se\s++d[ée]roulent)\b"
    r"|(?:todas|todos)\s++(?:las|los|nuestras|nuestros)\s++(?!(?:años|meses|semanas|días)\b)"
    r"(?:[^\W\d_]++\s++){1,4}?(?:se\s++celebran|tienen\s++lugar)\b"
    # any list's noun, then that it takes place on a day that recurs: "Distributions take place
    # every Thursday …", "Les distributions ont lieu tous les jeudis …", "Die Ausgaben finden
    # jeden Donnerstag …", "Los repartos se hacen todos los jueves …"
    r"|(?:(?:the|our|les|nos|die|unsere|las|los|nuestras|nuestros)\s++)?(?:[^\W\d_]++\s++){0,2}?"
    r"[^\W\d_]{3,}?\s++(?:take\s++place\s++(?:every|each|on)|ont\s++lieu\s++(?:tous\s++les|chaque)"
    r"|finden\s++(?:jeden|jede|jeweils|immer)|(?:tienen\s++lugar|se\s++(?:celebran|realizan|hacen))"
    r"\s++(?:todos\s++los|todas\s++las|cada))\b"
    r")",
    re.IGNORECASE,
)
# Where a place starts in such a sentence: a word that leads into it, then a capital or a digit
# ("in the Trades Council office", "im Gewerkschaftshaus", "à la Bourse", "en el Ateneo").
_HELD_PLACE = re.compile(
    # the group's own premises, then the building's name: "en nuestra sede de la Casa de las
    # Culturas", "in our clubroom at the Friends House", "dans notre local de la Maison des
    # Cultures", "in unserem Vereinslokal im Haus der Kulturen"
    r"\b(?:in|at|en|dans|im)\s++(?i:our|nuestr[ao]|notre|unserem|unserer)\s++"
    r"(?:[^\W\d_]++\s++){0,2}?[^\W\d_]++\s++(?i:of\s++the|at\s++the|in\s++the|de\s++la|del|"
    r"de\s++l['’]\s*+|du|im|in\s++der)\s*+(?=[^\W\d_a-zß-ÿ])"
    r"|\b(?:in|at|im|beim|in\s++der|à|au|dans|en)\s++"
    r"(?:(?:(?:the|la|le|el|der|dem)\s++|l['’]\s*+)(?=[^\W\d_])|(?=[^\W\d_a-zß-ÿ]|\d+\s++\w"
    rf"|(?i:room|{ROOMS_ABROAD})\s++[^\W_a-zß-ÿ]))"  # "en salle Jean XXIII", "in room 4"
    rf"|,\s++(?=(?i:room|{ROOMS_ABROAD})\s)"  # "… à 18h30, salle du Sénéchal, 17 rue …"
    # "au cinéma Le Méliès", "au théâtre de la Ville": the article is in "au", the venue's
    # word in lower case (not "au plus tard", "au programme")
    r"|\bau\s++(?=(?i:cin[ée]ma|th[ée][âa]tre|caf[ée]|mus[ée]e|centre|foyer|local|si[èe]ge|"
    r"gymnase|stade|parc|jardin|temple|bar|restaurant|club|magasin|boutique|librairie|"
    r"march[ée]|supermarch[ée])\b)"
)
# Words after "in"/"im"/"en" that name a time, not a place ("im Monat", "in March" is a month).
_CALENDAR_NOUNS = frozenset({
    "month", "monat", "mois", "mes", "week", "woche", "semaine", "semana", "year", "jahr",
    "année", "año", "winter", "summer", "spring", "autumn", "sommer", "herbst", "frühjahr",
    "morning", "afternoon", "evening", "latest", "moment", "meantime", "matin", "soir",
    "soirée", "mañana", "tarde", "noche", "mismo", "same", "first", "second", "last",
})  # fmt: skip
# not an ordinal's dot: "jeden 2. Samstag im Monat", "am 12. Januar"
# A dot after a day's number is an ordinal's ("am 12. Dezember"), after a time's minutes a
# sentence's end ("… and end around 9:30. Zoom meetings start …", "… vers 21 h 30. Les …").
_SENTENCE_STOP = re.compile(
    r"[;!?](?:\s|$)|(?:(?<=\d:\d\d)|(?<=\dh\d\d)|(?<=\d\sh\s\d\d)|(?<!\b\d)(?<!\b\d\d))"
    r"\.(?:\s|$)"
)
# What ends the place: a bracket, "statt" (German), "unless stated otherwise"; before the time,
# the words that lead into the day or the time ("at the Red Lion every Tuesday at 7.30pm").
_HELD_PLACE_END = re.compile(
    # Each whitespace alternative starts only where a run of spaces starts: searched from every
    # space of a long run, "\s++" would rescan the rest of it each time (quadratic).
    r"\(|(?<!\s)\s++statt\b"
    r"|,\s++(?:unless|except|sauf|salvo)\b|(?<!\s)\s++(?:unless|except|sauf|salvo)\b"
    r"|(?<!\s)\s++(?:and|und|et|y)\s++(?=[a-zß-ÿ])"  # "… en salle Jean XXIII et commencent …"
)
_HELD_PLACE_BEFORE = re.compile(
    r"(?:,|(?<!\s))\s++(?:every|each|on|at|from|jeden|jede|jedem|um|ab|chaque|tous|toutes|le|les|"
    # "am" before a day ("am Freitag", "am 12.", "am ersten Dienstag"), not in a name ("Museum am
    # Löwentor", "Haus am See")
    r"am(?=\s++(?:\d|(?i:[a-zäöü]*+tag|mittwoch|sonnabend|ersten|zweiten|dritten|vierten|"
    r"letzten)\b))|"
    r"à(?!\s\d{4,5}\s)|"  # not the town after its street: "rue Van Hove 19 à 1030 Schaerbeek"
    r"cada|todos|todas|el|los|a)\s",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"[^\W\d_]++")


_HELD_STEM = re.compile(
    r"meet|event|talk|session|lecture|class|gather|seminar|forum|discuss|treffen|sitzung|"
    r"versammlung|veranstaltung|vortr|abende|r[ée]uni|rencontre|permanence|assembl|asamble|s[ée]ance|"
    r"conf[ée]rence|charla|encuentro|sesion|tagt|trifft|cours|course|kurs|clase|curso|atelier|"
    r"taller|workshop|series|vorles|reihe|kolloq|colloq|cycle|ciclo|s[ée]minaire|seminario|programm?e?|"
    r"toutes|tous|todas|todos|jeden|jede|jeweils|einmal|every|each|chaque|cada"
)


def held_stem(text: str) -> bool:
    """Whether a line holds a word that the opening of ``held_rule``'s sentence needs."""
    return len(text) <= 500 and _HELD_STEM.search(text.casefold()) is not None


def may_be_held_rule(text: str) -> bool:
    """A cheap test before ``held_rule``: a time's mark and a word its opening needs."""
    return (
        len(text) <= 500 and has_time_hint(text) and _HELD_STEM.search(text.casefold()) is not None
    )


# A rule's lead-in that it holds unless an entry says otherwise: "Unless stated otherwise, the
# meetings are …", "Sauf avis contraire, les séances ont lieu …", "Sofern nicht anders
# angegeben, finden …", "Salvo aviso en contrario, las sesiones son …".
_UNLESS_LEAD = re.compile(
    r"(?:unless\s++(?:otherwise\s++)?(?:stated|noted|indicated|announced)(?:\s++otherwise)?"
    r"|sauf\s++(?:avis|indication|mention)\s++contraire"
    r"|(?:wenn|sofern|soweit|wo|falls)\s++nicht\s++anders\s++(?:angegeben|angek[üu]ndigt|vermerkt)"
    r"|salvo\s++(?:aviso|indicaci[óo]n)\s++(?:en\s++)?contrari[oa])\s*+,\s*+",
    re.IGNORECASE,
)


def held_rule(
    text: str, is_date_word: Callable[[str], bool] = lambda w: False
) -> tuple[TimeMatch, str | None] | None:
    """The time and place a sentence states for every meeting of a list ("Branch meetings are
    held on the second Wednesday of the month at 7.00pm in the Trades Council office, Unity
    House."): (time, place or None), else None. ``text`` is the sentence's paragraph; a word
    ``is_date_word`` accepts (a month, a weekday) does not start a place, nor does a time."""
    if len(text) > 500 or (at := _held_start(text)) is None:
        return None
    text = text[at:]  # "Os enviamos el calendario … Todas las asambleas empiezan a las 18:30 …"
    stop = _SENTENCE_STOP.search(text)
    tm = find_times(text)
    if tm is None or (stop is not None and tm.start > stop.start()):
        if stop is None or (later := _later_list_time(text, stop.end())) is None:
            return None
        # "Our monthly meetings are held on the second Thursday … at the Kings Hall, Station
        # Road, Ilkley LS29 8HB. Doors open at 1.30pm and all meetings begin at 2pm.": the
        # place in the first sentence, the time in a later one
        sentence = text[: stop.start()]
        end = len(sentence)
        return later, held_place(
            sentence,
            TimeMatch(end, end, later.start_time, later.end_time, later.guessed_pm),
            is_date_word,
        )
    stop = _SENTENCE_STOP.search(text, tm.end)  # "at 4 p.m. in Hartley Hall": no sentence's end
    sentence = text[: stop.start()] if stop else text
    return tm, held_place(sentence, tm, is_date_word)


def rule_weekday(text: str, upto: int | None = None) -> int | None:
    """The one weekday (0 is Monday) whose meetings a rule's sentence is about, when its subject
    names it ("Les cours du mardi ont lieu …", "Tuesday classes are held …", "Die Kurse am
    Dienstag finden …", "Las clases de los martes son …"), else None. A weekday after the verb
    says when the whole list meets ("Branch meetings are held on the second Wednesday …"). The
    sentence is the one around ``upto``, else the one the text's rule opens (``_held_start``)
    or, failing that, the first of those with a time."""
    if upto is None:
        at = _held_start(text) if len(text) <= 500 else None
        if at is None:
            tm = find_times(text)
            at = tm.start if tm is not None else 0
        upto = at + 1
    k = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, upto)), default=0)
    if (u := _UNLESS_LEAD.match(text, k)) is not None:
        k = u.end()
    held = _HELD.match(text, k)
    if held is not None:
        return weekday_named(text[k : held.end()])
    day = _DAY_THEN_VERB.match(text, k)  # "Die Kurse am Dienstag finden im …"
    return weekday_named(day["day"]) if day is not None else None


# A sentence's subject that ends in a weekday right before its verb: "Die Kurse am Dienstag
# finden", "Die Dienstagskurse finden", "Les cours du mardi ont lieu", "Las clases de los martes
# son" (a weekday after the verb says when: "Alle Treffen finden dienstags …"). Matched at one
# position, its words bounded: linear.
_DAY_THEN_VERB = re.compile(
    r"\W{0,4}+(?:[^\W\d_]++\s++){0,3}?(?P<day>[^\W\d_]++)\s++(?:finden|ont|sont|are|is|son|se|"
    r"beginnen|starten|commencent|d[ée]butent|empiezan|comienzan|start|begin|meet|take|will|run|"
    r"tienen|have|haben|sind)\b",
    re.IGNORECASE,
)


def _held_start(text: str) -> int | None:
    """Where the sentence of ``text`` that says when and where the list meets starts (past an
    "unless stated otherwise," that leads it), else None."""
    starts = [0, *(m.end() for m in _SENTENCE_STOP.finditer(text))]
    starts = [u.end() if (u := _UNLESS_LEAD.match(text, k)) is not None else k for k in starts]
    return next((k for k in starts if _HELD.match(text, k) is not None), None)


# Before a part's time, the word that leads it ("…, 49300 Cholet, à 14 h 30", "… at 7.30pm",
# "… um 19 Uhr", "… a las 19:00"); after the held verb, the word that leads its place.
_PART_TIME_LEAD = re.compile(
    r"(?:,\s*+)?(?:\b(?:à|a\s++las?|at|from|um|ab|von|dès|de|desde\s++las?)\s*+)?$",
    re.IGNORECASE,
)
_PART_PLACE_LEAD = re.compile(r"[\s:,–—-]*+(?:à|au|aux|at|in|im|en|bei)\s++", re.IGNORECASE)
_PART_PLACE_END = re.compile(r"(?<!\s)\s++statt$", re.IGNORECASE)  # "… um 19 Uhr statt"
# A part's town, then its venue: "CHOLET au Théâtre Saint-Louis, …", "York at the Golden Ball",
# "Bonn im Haus der Jugend", "Cádiz en la Casa de Iberoamérica".
_TOWN_THEN_VENUE = re.compile(
    r"(?P<town>[^\W\d_][\w'’-]{1,40}+)\s++(?:au|aux|à\s++la|à\s++l['’]\s*+|à|at\s++the|at|"
    r"im|in\s++der|in\s++the|en\s++el|en\s++la|en)\s++(?P<venue>[^\W\d_].*+)",
    re.IGNORECASE,
)
_PLACE_TIMES_MAX = 6  # parts of one rule, each with its place and time


def opening_place(text: str, upto: int | None = None) -> str | None:
    """The place a sentence opens with after a preposition, up to ``upto`` (a time's start) or
    the sentence's end ("Au Centre culturel Jacques Franck (…), chaussée de Waterloo 94, 1060
    Saint-Gilles. De 19 h 30 …" -> "Centre culturel …, 1060 Saint-Gilles"; "À la salle
    paroissiale de Lucens, de 13 h 30 à 17 h …" -> "salle paroissiale de Lucens"), else None."""
    if not text[:1].isupper():
        return None  # "frente al Costanera Center) a las 7:00 …": a sentence's wrapped line
    found = preposition_and_place(text[:_OPENING_REACH])
    if found is None and (prep := _OWN_PREP.match(text)) is not None:
        kind = _KIND_FIRST.match(text, prep.end())  # "À la salle paroissiale de Lucens, …"
        found = (0, kind[0]) if kind is not None else None
    if found is None or found[0] != 0:
        return None
    at = text.find(found[1])
    if upto is None or upto <= at:
        stop = next((m for m in _SENTENCE_STOP.finditer(text, at + len(found[1]))), None)
        upto = stop.start() if stop is not None else len(text)
    head = text[at:upto]
    head = head[: _PART_TIME_LEAD.search(head).start()]  # type: ignore[union-attr]
    return head.strip(" ,;:–—-") or None


_OPENING_REACH = 200  # characters of a sentence searched for the place it opens with
# A venue's kind in lower case, first after the preposition: "salle paroissiale", "hall".
_KIND_FIRST = re.compile(rf"(?:{VENUE_WORDS.pattern}|(?i:\b(?:{ROOMS_ABROAD})\b))", re.IGNORECASE)


def place_times(text: str) -> tuple[tuple[TimeMatch, str], ...]:
    """The times a rule's sentence states place by place, its parts between semicolons
    ("Toutes les séances ont lieu : à Cholet au Théâtre Saint-Louis, 8 rue Jean-Bouin, à
    14 h 30 ; à Saumur au Théâtre Le Dôme, à 20 h 30 ; sauf mention contraire.", "Meetings are
    held in Leeds at the Trades Club at 7pm; in York at the Golden Ball at 7.30pm."): (time,
    place) for each part, or none unless two parts or more name different places."""
    if len(text) > 500 or ";" not in text or (at := _held_start(text)) is None:
        return ()
    held = _HELD.match(text, at)
    body = text[held.end() if held is not None else at :]
    stop = next((m for m in _SENTENCE_STOP.finditer(body) if body[m.start()] != ";"), None)
    out: list[tuple[TimeMatch, str]] = []
    for part in (body[: stop.start()] if stop else body).split(";")[:_PLACE_TIMES_MAX]:
        tm = find_times(part)
        if tm is None:
            continue  # "… ; sauf mention contraire"
        head = part[: tm.start]
        head = head[: _PART_TIME_LEAD.search(head).start()]  # type: ignore[union-attr]
        place = " ".join(f"{head} {part[tm.end :]}".split())
        if (lead := _PART_PLACE_LEAD.match(place)) is None:
            return ()  # "…; doors open at 6.30pm": a part that names no place
        place = _PART_PLACE_END.sub("", place[lead.end() :]).strip(" ,.:;–—-")
        if (tv := _TOWN_THEN_VENUE.fullmatch(place)) is not None:
            town, venue = tv["town"], tv["venue"]  # the venue first, as a place is written
            place = venue if town.casefold() in venue.casefold() else f"{venue}, {town}"
        if any(c.isalpha() for c in place):
            out.append((tm, place))
    if len({p.casefold() for _, p in out}) < 2:
        return ()
    return tuple(out)


def held_sentence(text: str) -> str:
    """The sentence of ``text`` that a rule ``held_rule`` reads opens with, to its end after
    its time: "… meetings start at 7:30 p.m. and end around 9:30" of "Doors open at 7:00 p.m.;
    meetings start at 7:30 p.m. and end around 9:30. Zoom meetings start at the same time."."""
    at = _held_start(text) or 0
    tm = find_times(text[at:])
    stop = _SENTENCE_STOP.search(text, at + (tm.end if tm is not None else 0))
    return text[at : stop.start()] if stop else text[at:]


# A later sentence's words that give every meeting's start: "… and all meetings begin at 2pm",
# "Alle Treffen beginnen um 19 Uhr", "Toutes les réunions commencent à 19 h", "Todas las
# reuniones empiezan a las 19:00".
_LATER_LIST_TIME = re.compile(
    r"\b(?:(?:(?:all|our|the)\s++(?:[^\W\d_]++\s++){0,2}?)?(?:meetings?|talks?|sessions?|events?|"
    r"lectures?|evenings|nights)\s++(?:will\s++)?(?:begin|start|commence)s?\s++(?:at|from)"
    r"|(?:alle|die|unsere)\s++(?:treffen|veranstaltungen|vortr[äa]ge|sitzungen|versammlungen|abende)"
    r"\s++(?:beginnen|starten)\s++(?:(?:jeweils|immer)\s++)?um"
    r"|(?:toutes\s++les|les|nos)\s++(?:r[ée]unions|conf[ée]rences|s[ée]ances|rencontres|soir[ée]es)"
    r"\s++"
    r"(?:commencent|d[ée]butent|commenceront|d[ée]buteront)\s++[àa]"
    r"|(?:todas\s++las|las|nuestras)\s++(?:reuniones|charlas|sesiones|asambleas|veladas|noches)"
    r"\s++"
    # "Todas las sesiones darán inicio a las 11:00 horas"
    r"(?:empiezan|comienzan|inician|empezar[áa]n|comenzar[áa]n|iniciar[áa]n|(?:dan|dar[áa]n)\s++inicio)"
    r"\s++a\s++las)\s",
    re.IGNORECASE,
)
_LATER_REACH = 300  # characters after the rule's first sentence searched for its time


def _later_list_time(text: str, start: int) -> TimeMatch | None:
    """The time that a sentence after ``start`` gives every meeting, if one does."""
    m = _LATER_LIST_TIME.search(text, start, start + _LATER_REACH)
    if m is None:
        return None
    tm = find_times(text[m.end() : m.end() + 40])
    return tm if tm is not None and tm.start <= 2 else None


def held_place(
    sentence: str, tm: TimeMatch, is_date_word: Callable[[str], bool] = lambda w: False
) -> str | None:
    """The place a sentence that states a list's time ``tm`` gives: led by "in", "at", "im",
    "à", "en"..., after the time if there is one there ("… at 4:15 p.m. in Hartley Hall, Room
    212"), else before it ("… at the Red Lion, 5 Market Place, every Tuesday at 7.30pm")."""
    starts = []
    for pm in _HELD_PLACE.finditer(sentence):
        rest = sentence[pm.end() :]
        first = _FIRST_WORD.match(rest)
        at_time = find_times(rest[:16])
        if (at_time is not None and at_time.start == 0) or pm.end() == tm.start:
            continue
        if first and (first.group(0).lower() in _CALENDAR_NOUNS or is_date_word(first.group(0))):
            continue
        starts.append(pm.end())
    after = [k for k in starts if k >= tm.end]
    if after:
        place = sentence[after[0] :]
    elif starts:
        place = sentence[starts[0] : tm.start]
        if _ENTRY_SENTENCE_END.search(place) is not None:
            # "… vous emmènent à la découverte de la Cité. Sauf mention contraire, les visites
            # débutent à 14h30": the time's sentence names no place
            return None
        if (cut := _HELD_PLACE_BEFORE.search(place)) is not None:
            place = place[: cut.start()]
    else:
        return None
    place = _past_premises_label(place, _HELD_PLACE_END)
    if (cut := _HELD_PLACE_END.search(place)) is not None:
        # "… im Vereinslokal statt (Gaststätte Pinkus Müller, Nebenraum, Kreuzstraße 4–10,
        # 48143 Münster)": the premises' word, then the venue by its name and address
        named = _named_in_brackets(place[: cut.start()], place, cut.start())
        place = named or place[: cut.start()].rstrip() + _short_name(place, cut.start())
    place = place.strip(" ,–—-")
    return place if len(place) >= 3 else None


# The group's usual premises named by their kind before a colon, then by their name: "local
# habituel :", "the usual venue:", "el local de siempre:", "unser Vereinslokal:" (no digit, so
# not "Room 2:").
_PREMISES_LABEL = re.compile(r"[^\W\d]{2,}+(?:[\s'’][^\W\d]++){0,3}?\s*+:\s++(?=[^\W\d_])")
# A short name in brackets right after a place's name: "(UNamur)", "(TUD)", "(UoB)".
_SHORT_NAME = re.compile(r"\s*+(\([A-ZÀ-Þ][\w.&-]{1,14}+\))")


def _past_premises_label(text: str, end_at: re.Pattern[str]) -> str:
    """``text`` after the premises' kind and a colon, when a name follows it before the place
    ends (``end_at``): "local habituel : Université de Namur (UNamur), …" -> "Université de
    Namur (UNamur), …", "the usual venue: University of Bath" -> "University of Bath"."""
    label = _PREMISES_LABEL.match(text)
    if label is None:
        return text
    end = end_at.search(text)
    return text[label.end() :] if end is None or end.start() > label.end() else text


def _short_name(text: str, at: int) -> str:
    """The short name in brackets at ``text[at:]`` (" (UNamur)"), else ""."""
    short = _SHORT_NAME.match(text, at)
    return f" {short.group(1)}" if short is not None else ""


# Only ever matched at one position (the end of the place before it): no search, so linear.
_NAMED_IN_BRACKETS = re.compile(r"\s*+(?:statt\s*+)?\((?P<inside>[^()]{5,160}+)\)")
_ANY_DIGIT = re.compile(r"\d")
# A premises' word, maybe with its article: "Vereinslokal", "la Casa", "the clubhouse".
_PREMISES_WORD = re.compile(r"(?:(?:la|el|le|the|das|der|die)\s++)?[^\W\d_]++", re.IGNORECASE)


def _named_in_brackets(place: str, text: str, at: int) -> str | None:
    """The venue by its name and address in brackets at ``text[at:]``, right after a place
    that is only a premises' word (``place``): "Vereinslokal statt (Gaststätte Pinkus Müller,
    …, 48143 Münster)", "la Casa (Centro Cívico Delicias, Avda. Navarra 54, 1.ª planta)"."""
    if _PREMISES_WORD.fullmatch(place.strip()) is None:
        return None
    named = _NAMED_IN_BRACKETS.match(text, at)
    if named is None or "," not in named["inside"] or not _ANY_DIGIT.search(named["inside"]):
        return None
    first, second = (p.strip() for p in named["inside"].split(",")[:2])
    if street_name_abroad(f"{first} {second}" if second.isdigit() else first):
        return None  # "Etopia (Avda. Ciudad de Soria, 8)": the place's address, no other name
    return named["inside"]


# "unless stated otherwise": a line that states a venue or a time for every entry under it.
_UNLESS = re.compile(
    r"\b(?:unless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified|advertised|shown|listed)"
    # "Unless another venue is shown", "sofern kein anderer Ort angegeben", "sauf autre lieu"
    r"|unless\s+(?:another|a\s+different|an\s+other)\s+(?:venue|place|location|address|time)\s+is\s+"
    r"(?:shown|given|listed|stated|noted|indicated)"
    r"|(?:sofern|wenn|soweit)\s+kein\s+anderer\s+(?:ort|treffpunkt|veranstaltungsort)"
    r"|sauf\s+autre\s+(?:lieu|adresse|salle)"
    r"|except\s+(?:where|as)\s+(?:otherwise\s+)?(?:stated|noted|indicated|shown)"
    r"|sauf\s+(?:mention|indication)(?:\s+contraire)?"
    # "wenn unten nicht anders angegeben", "sofern im Programm nichts anderes steht"
    r"|(?:sofern|wenn|soweit|wo|falls)\s+(?:(?:unten|oben|hier|dort|jeweils|im\s+programm|im\s+kalender|"
    r"beim\s+termin|bei\s+der\s+veranstaltung)\s+)?(?:nicht\s+anders|nichts\s+anderes)"
    # a column that may say otherwise: "sofern in der Spalte „Beginn“ nichts anderes steht",
    # "unless the Start column says otherwise", "sauf si la colonne « Début » indique une autre
    # heure", "salvo que la columna «Hora» indique otra"
    r"|(?:sofern|wenn|soweit)\s++(?:in\s++der\s++)?spalte\s++\S++\s++(?:nicht\s+anders|nichts\s+anderes)"
    r"|unless\s++the\s++(?:\S++\s++){1,2}?column\s++(?:says|shows|gives)\s++(?:otherwise|another)"
    r"|sauf\s++si\s++la\s++colonne\s++(?:«\s*+)?\S++(?:\s*+»)?\s++(?:indique|donne)\s++(?:une\s++)?autre"
    r"|salvo\s++que\s++la\s++columna\s++\S++\s++(?:indique|diga)\s++otra"
    # "salvo indicación", "salvo indicación en contrario", "salvo aviso contrario"
    r"|salvo\s+(?:que\s+se\s+indique|indicaci[oó]n|otra\s+indicaci[oó]n|aviso))",
    re.IGNORECASE,
)
# Lower-case words that _UNLESS needs one of: a case-sensitive alternation the engine skips to in C.
_UNLESS_STEMS = re.compile(r"unless|except|sauf|sofern|soweit|wenn|wo nicht|falls nicht|salvo")


def says_unless(text: str) -> bool:
    """``_UNLESS.search(text)``, tried only when one of its words is there."""
    low = lower_text(text)
    if low is not None and not _UNLESS_STEMS.search(low):
        return False
    return _UNLESS.search(text) is not None


_STOP_SPACE = re.compile(r"(?<!\b[A-Z])(?<!\bSt)[.;!?](?:\s|$)")


def cut_unless(place: str) -> str | None:
    """A list's place without the clause that lets entries say otherwise, nor the sentences
    after it ("store unless another venue is listed. Book a seat …" -> "store")."""
    if (um := _UNLESS.search(place)) is not None:
        place = place[: um.start()]
    if (stop := _STOP_SPACE.search(place)) is not None:
        place = place[: stop.start()]
    return place.strip(" ,;:–—-") or None


# Opening or closing hours before a time: "The bar closes at", "Box office open", "Horario de
# préstamo", "Öffnungszeiten", "Accueil ouvert".
_HOURS_BEFORE = re.compile(
    r"\b(?:clos(?:e|es|ing)|opening\s++hours|box\s++office|hours|horario|abre|cierra|"
    r"[öo]ffnungszeit\w*|ge[öo]ffnet|schlie(?:ß|ss)t|fermeture|ferme|accueil)\b",
    re.IGNORECASE,
)  # not "Doors open 7pm", "ouverture des portes": a meeting's doors


def hours_before(text: str, end: int) -> bool:
    """Whether words of opening or closing hours come before ``end`` in ``text`` ("The office
    is open from", "Öffnungszeiten", "Horario"): the time after them is no meeting's."""
    return _HOURS_BEFORE.search(text, 0, end) is not None


# The hours said to hold for every date listed: "Horario de atención en todas las jornadas: de
# 9:00 a 15:00, salvo que se indique otro", "Hours at all sessions", "Öffnungszeiten an allen
# Terminen", "Horaires pour toutes les permanences".
_FOR_EVERY = re.compile(
    r"\b(?:(?:en|para|durante)\s++tod[ao]s\s++l[ao]s|(?:for|at|on|during)\s++(?:all|every)|"
    r"(?:bei|an|für|in)\s++allen?|(?:à|pour|lors\s++de)\s++(?:toutes|tous)\s++les)\s",
    re.IGNORECASE,
)
_COLUMN_WORD = re.compile(
    r"\b(?:spalte|column|colonne|columna|tabelle|table|tableau|tabla)\b", re.IGNORECASE
)
_TABLE_WORD_REACH = 30  # characters after "unless stated" that may name the table that states it


_REMARK_AFTER_TIME = re.compile(r"\s*+\([^()]{1,160}+\)\s*+")


def unless_rule(text: str) -> tuple[TimeMatch, str | None] | None:
    """A line that states the time (and maybe the place) of every entry below it unless an
    entry says otherwise, without the opening ``list_time`` reads ("Talks are held at the
    Trades Club unless stated. Doors open 7pm, talks start 7.30pm."): (time, place), else None."""
    if len(text) > 400 or not says_unless(text):
        return None
    tm = find_times(text)
    if tm is None:
        return None
    hours = _HOURS_BEFORE.search(text, 0, tm.start)
    if hours is not None and _FOR_EVERY.search(text, hours.end(), tm.start) is None:
        return None  # "The bar closes at 11pm unless stated": hours, no meeting's time
    if (um := _UNLESS.search(text, tm.end)) is not None and _COLUMN_WORD.search(
        text, um.start(), um.end() + _TABLE_WORD_REACH
    ):
        # "…, sofern in der Spalte „Beginn“ nichts anderes steht", "…, salvo que se indique otro
        # en la tabla": no place
        text = text[: um.start()]
    if (remark := _REMARK_AFTER_TIME.match(text, tm.end)) is not None:
        # "they start at 6:30 p.m. (doors open at 6 p.m. for the raffle) at the Golden …"
        text = text[: tm.end] + " " + text[remark.end() :]
    if (place := list_place(text)) is None:  # "…, all seminars meet on Wednesdays at 4:15 p.m.
        stop = _SENTENCE_STOP.search(text, tm.end)  # in Hartley Hall, Room 212."
        place = held_place(text[: stop.start()] if stop else text, tm)
    if place is None:  # "À la salle paroissiale de Lucens, de 13 h 30 à 17 h sauf mention …"
        place = opening_place(text, tm.start)
        if place is not None and (cv := _CLAUSE_VERB_END.search(place)) is not None:
            # "At the June Games, solo piping and dancing start at 9 a.m. unless noted": the
            # subject and its verb after the opening; the opening is the place only when it
            # names a venue ("At St John's Church Hall, all sessions start at 7.30pm …")
            head = place[: cv.start()].strip(" ,")
            place = None if _names_month(head) else head
    if place is None and (held := held_rule(text)) is not None:
        # "Les séances se tiennent dans la Salle du Grand Conseil. Toutes les séances débuteront
        # à 11 h, sauf indication contraire.": the place in the sentence before the time's
        place = held[1] if held[0].start_time == tm.start_time else None
    return tm, place


def _names_month(text: str) -> bool:
    """Whether ``text`` names a month ("June Games": an event of a month, not a place)."""
    return any(w.casefold() in _all_month_names() for w in _WORDS.findall(text))


@cache
def _all_month_names() -> frozenset[str]:
    return frozenset(n for lang in LANGUAGES for n in month_names(lang) if len(n) > 3)


_WORDS = re.compile(r"[^\W\d_]++")
# A rule's subject and verb after a comma, right before its time: ", solo events start".
_CLAUSE_VERB_END = re.compile(
    r",[^,]*?\b(?:start|starts|begin|begins|beginnen|beginnt|starten|commencent|commence|"
    r"d[ée]butent|d[ée]bute|empiezan|empieza|comienzan|comienza|inician|inicia)\s*+$",
    re.IGNORECASE,
)


def unless_place(text: str) -> str | None:
    """The place a sentence gives every entry below it without a time, unless an entry says
    otherwise ("Sauf mention contraire, toutes les retraites ont lieu à l'Abbaye Saint-Benoît
    (…)", "Unless otherwise stated, all walks start from the Old Mill car park", "Sofern nicht
    anders angegeben, finden alle Treffen im Bürgerhaus statt"), or a label for all of them
    ("Venue for all lec-dems: Sundaram Mini Hall (First Floor), …", "Lugar de todas las
    charlas: Ateneo"); None when it states a time (``unless_rule`` reads it) or names no place."""
    if len(text) > 600:
        return None
    if (label := _ALL_PLACE_LABEL.search(text, 0, 80)) is not None:
        place = _place_up_to_end(text, label.end())
        return place if len(place) >= 3 and find_times(place) is None else None
    if says_unless(text):
        um = _UNLESS.search(text)
    else:  # "Sauf avis contraire": an advice's words, which a time rule does not take
        um = _UNLESS_ADVISED.search(text) if "avis" in text or "advised" in text else None
    if um is None:
        return None
    begin = 0  # the sentence that says it, not the page's intro before it
    for stop in _SENTENCE_STOP.finditer(text, 0, um.start()):
        begin = stop.end()
    stop = _SENTENCE_STOP.search(text, um.end())
    sentence = text[begin : stop.start() + 1 if stop else len(text)]
    if (clause := _CLAUSE_BETWEEN_COMMAS.match(text, um.end())) is not None and text[
        begin : um.start()
    ].rstrip().endswith(","):
        # "Die Verhandlungen finden, wo nicht anders angegeben, im Gerichtsgebäude … statt":
        # the sentence without its clause
        head = text[begin : um.start()].rstrip().removesuffix(",")
        sentence = f"{head} {text[clause.end() : stop.start() + 1 if stop else len(text)]}"
    if find_times(sentence) is not None:
        return None
    if (place := list_place(sentence)) is None:
        if (start := _START_FROM.search(sentence)) is None:
            return None
        place = _place_up_to_end(sentence, start.end())
    return place if len(place) >= 3 else None


def _place_up_to_end(text: str, at: int) -> str:
    """The place that starts at ``at``, up to its bracket, clause or sentence's end."""
    rest = text[at:][:160]
    end = _LIST_PLACE_END.search(rest)
    return (rest[: end.start()] if end else rest).strip(" ,.:")


# The rest of an "unless" clause up to the comma that closes it: " angegeben," in "…, wo nicht
# anders angegeben, im …".
_CLAUSE_BETWEEN_COMMAS = re.compile(r"[^,.;:()]{0,40}+,\s*+")
_UNLESS_ADVISED = re.compile(
    r"\b(?:sauf\s++avis\s++contraire|unless\s++otherwise\s++advised)\b", re.I
)
# A label that gives one place for all the entries: "Venue for all lec-dems:", "Location for all
# sessions:", "Lieu de toutes les séances :", "Ort aller Treffen:", "Ort für alle Termine:",
# "Lugar de todas las charlas:", "Sede de todos los encuentros:".
_ALL_PLACE_LABEL = re.compile(
    r"^\W*+(?:(?:venue|location|place)\s++for\s++all|(?:lieu|salle)\s++(?:de\s++)?(?:toutes|tous)"
    r"|ort\s++(?:aller|f[üu]r\s++alle)|(?:lugar|sede)\s++de\s++(?:todas|todos))"
    r"(?:\s++[^\W\d_][\w'’-]*+){0,3}?\s*+:\s*+(?:the\s++|la\s++|le\s++|el\s++|l['’])?",
    re.IGNORECASE,
)
# Where every outing starts: "le départ se fait toujours du Relais …", "all walks start from the
# Old Mill car park", "Start ist immer am Bahnhof", "la salida es siempre desde la plaza".
_START_FROM = re.compile(
    r"\b(?:d[ée]part\s++(?:se\s++fait\s++|est\s++|a\s++lieu\s++)?(?:toujours\s++)?"
    r"(?:du|de\s++la|de\s++l['’]|des|depuis\s++(?:le\s++|la\s++|l['’])?)"
    r"|(?:start|leave|depart)s?\s++(?:are\s++|is\s++)?(?:always\s++)?from\s++(?:the\s++)?"
    r"|(?:start|abfahrt|treffpunkt)\s++(?:ist\s++)?(?:immer\s++|jeweils\s++)?(?:am|vom|ab|an\s++der|beim|im|vor\s++dem)"
    r"|salida\s++(?:es\s++)?(?:siempre\s++)?(?:desde|de)\s++(?:el\s++|la\s++)?"
    # "finden alle Treffen im Bürgerhaus Nord statt", "finden alle Wanderungen ab dem …"
    r"|finden\s++(?:[^\W\d_]++\s++){0,3}?(?:im|in\s++der|in\s++dem|ab\s++dem|am|auf\s++dem|beim)"
    # all of it is there: "todo es en el Salón Rosalía de Castro", "everything is at the Old
    # School", "tout se passe à la Maison du Peuple", "alles ist im Vereinsheim"
    r"|(?:todo|everything|it\s++all|tout|alles)\s++(?:es|ser[áa]|is|will\s++be|est|se\s++passe|sera|ist)"
    r"\s++(?:en|at|in|à|au|dans|im|in\s++der)(?:\s++(?:el|la|the|le|l['’]|der|dem))?)"
    r"\s*+(?=[^\W\d_])",
    re.IGNORECASE,
)


# What a header cell says its column holds: the meeting's title or its place.
_TITLE_HEADS = frozenset(
    [
        # a fixtures list's other team: "Rd | Date | Opponent | Venue", "Gegner", "Adversaire"
        "opponent",
        "opponents",
        "opposition",
        "gegner",
        "adversaire",
        "adversaires",
        "rival",
        "event",
        "events",
        "title",
        "what",
        "topic",
        "meeting",
        "meetings",
        "veranstaltung",
        "veranstaltungen",
        "titel",
        "thema",
        "thème",
        "theme",
        "tema",
        "was",
        "événement",
        "évènement",
        "titre",
        "sujet",
        "evento",
        # "Date | Lieu | Manifestation | Début", "Fecha | Acto | Lugar"
        "manifestation",
        "manifestations",
        "acto",
        "actos",
        "título",
        "titulo",
        "tema",
        # a council's or a board's column of the kind of sitting ("Date | Type de séance |
        # Remarque", "Datum | Sitzung | Ort", "Fecha | Tipo de sesión | Lugar")
        "type",
        "type of meeting",
        "meeting type",
        "séance",
        "type de séance",
        "sitzung",
        "sitzungsart",
        "art der sitzung",
        "sesión",
        "tipo",
        "tipo de sesión",
        # a diary's programme column ("Date | Time | Programme | Venue")
        "programme",
        "program",
        "programm",
        "programa",
        "activity",
        "activities",
        "activité",
        "actividad",
        "session",
        "workshop",
        "atelier",
        "taller",
        "kurs",
        # a training programme's courses ("Nr. | Seminar | Termin | Ort | Anmeldeschluss")
        "seminar",
        "seminare",
        "séminaire",
        "seminario",
        "course",
        "cours",
        "curso",
        "lehrgang",
        "formation",
        # a club's rides and walks ("Date | Ride | Leader | Meet at | Depart | Distance")
        "ride",
        "rides",
        "walk",
        "walks",
        "hike",
        "tour",
        "wanderung",
        "ausfahrt",
        "sortie",
        "randonnée",
        "balade",
        "ruta",
        "excursión",
        "salida",
        # a club's tournaments and contests ("Datum | Turnier | Ort | Beginn"), a Swiss
        # diary's "Anlass"
        "turnier",
        "turniere",
        "tournament",
        "tournaments",
        "tournoi",
        "tournois",
        "torneo",
        "torneos",
        "wettkampf",
        "competition",
        "compétition",
        "competición",
        "concours",
        "anlass",
        "anlässe",
        # a public inquiry's project ("Date | Heure | Commune | Lieu | Projet | Demandeur")
        "projet",
        "projets",
        "project",
        "projects",
        "projekt",
        "projekte",
        "vorhaben",
        "proyecto",
        "proyectos",
        # a court's hearings: the matter heard ("Datum | Zeit | Verfahren | Gegenstand | Ort")
        "gegenstand",
        "verfahren",
        "matter",
        "affaire",
        "objet",
        "asunto",
        "materia",
    ]
)
_PLACE_HEADS = frozenset(
    [
        "where",
        "venue",
        "place",
        "location",
        "address",
        "ort",
        "wo",
        "adresse",
        "lieu",
        "où",
        "lugar",
        "dirección",
        "direccion",
        "dónde",
        "room",
        "courtroom",
        "salle d'audience",
        "sala de audiencias",
        "raum",
        "saal",
        "salle",
        "sala",
        "aula",
        "venues",
        "locations",
        "veranstaltungsort",
        # a fixtures list's ground ("Spieltag | Datum | Gegner | Spielort")
        "spielort",
        "spielstätte",
        "austragungsort",
        "ground",
        "terrain",
        "treffpunkt",
        "sede",
        "lieux",
        # the building a row is held in, beside a column of its room ("Centro | Lugar")
        "centro",
        # a club's or an inn's room: "Datum | Turnier | Lokal", "Fecha | Localidad | Local"
        "lokal",
        "spiellokal",
        "vereinslokal",
        "local",
        "building",
        "site",
        "edificio",
        "gebäude",
        "bâtiment",
        "établissement",
        # a library network's branch ("Date | Heure | Bibliothèque | Atelier")
        "library",
        "branch",
        "bibliothèque",
        "médiathèque",
        "bibliothek",
        "zweigstelle",
        "biblioteca",
        # a race meeting's or a match's ground: "Date | Hippodrome | Discipline | 1re course"
        "hippodrome",
        "hippodromes",
        "racecourse",
        "rennbahn",
        "hipódromo",
        "hipodromo",
        "stadium",
        "stade",
        "stadion",
        "estadio",
        # where an outing starts
        "meet at",
        "meeting point",
        "meet",
        "start point",
        "starting point",
        "startpunkt",
        "rendez-vous",
        "lieu de rendez-vous",
        "point de rendez-vous",
        "punto de encuentro",
        "punto de reunión",
        "encuentro",
    ]
)
# Other columns of an outings table: who leads, when it leaves, how far and how hard, the cost.
_OUTING_HEADS = frozenset([
    "leader", "leaders", "ride leader", "led by", "leitung", "guide", "animateur", "guía",
    "depart", "departs", "departure", "abfahrt", "départ", "salida", "inicio", "partida", "distance", "climb", "km", "distanz",
    "strecke", "höhenmeter", "dénivelé", "distancia", "desnivel", "grade", "pace", "level",
    "niveau", "nivel", "cost", "price", "preis", "prix", "precio",
    # a numbered list's first column: "Wk", "Week", "No.", "Nr.", "#", "N°"
    "wk", "week", "no.", "no", "nr.", "nr", "#", "n°", "nº", "n.º", "núm.", "num.",
    # a fixtures list's round and its time: "Rd | Date | Venue | Kick-off | Notes", "Spieltag |
    # Datum | Anstoß", "Journée | Date | Coup d'envoi", "Jornada | Fecha | Hora"
    "rd", "rd.", "round", "rnd", "spieltag", "runde", "journée", "jornada", "fecha n°",
    "kick-off", "kickoff", "ko", "k.o.", "anstoss", "anpfiff", "coup d'envoi", "saque",
])  # fmt: skip
# Who a course or a workshop is for: "Taller | Edades | Fechas | Horario | Lugar", "Kurs | Alter |
# Termin | Ort", "Atelier | Âges | Dates | Lieu", "Workshop | Ages | Dates | Venue".
_AUDIENCE_HEADS = frozenset([
    "age", "ages", "age group", "audience", "for", "alter", "altersgruppe", "zielgruppe", "für",
    "âge", "âges", "public", "pour", "edad", "edades", "público", "publico", "dirigido a", "para",
    # whom a session is for, no place: "N° | Fecha | Día | Horario | Dirigido a"
    "dirigida a", "destinatarios", "público objetivo", "target group", "for whom", "public cible",
    "pour qui", "destinataires",
])  # fmt: skip
_DISTANCE_HEADS = frozenset(
    ["distance", "km", "distanz", "strecke", "länge", "dénivelé", "distancia", "desnivel", "miles"]
)
_START_HEADS = frozenset(["start", "départ", "depart", "abfahrt", "inicio", "partida"])
# A column named by the kind of house each row is held in: "Date | Pub | Where", "Datum | Kneipe
# | Ort", "Date | Bistrot | Ville", "Fecha | Bar | Dónde". Its cell is the venue; a "where"
# column beside it names the town.
_HOUSE_HEADS = frozenset([
    "pub", "pubs", "inn", "bar", "bars", "café", "cafe", "cafés", "restaurant", "tavern",
    "kneipe", "kneipen", "gaststätte", "gasthaus", "gasthof", "wirtshaus", "beisl", "bistrot",
    "bistro", "brasserie", "taverne", "estaminet", "taberna", "tasca", "cantina", "bodega",
])  # fmt: skip
_WHERE_HEADS = frozenset(["where", "wo", "ort", "où", "lieu", "dónde", "donde", "lugar"])
# A column of the town each row is held in ("Date | Time | City | Venue"): a chapter's or a
# tour's table, whose place is the town even when a venue column names the hall.
_CITY_HEADS = frozenset([
    "city", "cities", "town", "towns", "stadt", "städte", "ville", "villes", "ciudad",
    "ciudades", "localidad", "localité", "cidade", "gemeinde", "ortschaft", "commune",
    "municipio", "población", "municipality",
])  # fmt: skip
# A column of remarks, where a row overrides what the list states for every row ("Online only,
# 11:00 GMT", "Wednesday, 4pm, Rutherford Building"): "Notes", "Bemerkungen", "Remarques", "Notas".
_NOTES_HEADS = frozenset(
    ["notes", "note", "remarks", "comments", "info", "bemerkungen", "bemerkung", "hinweise",
     "hinweis", "anmerkungen", "remarques", "remarque", "observations", "notas", "nota",
     "observaciones", "comentarios"]
)  # fmt: skip
# A course's seats left ("Termin | Uhrzeit | Ort | Plätze" / "… | 4 Plätze frei", "ausgebucht"):
# a column of no role, its "Plätze" no square.
_SEATS_HEADS = frozenset(
    ["plätze", "freie plätze", "seats", "seats left", "spaces", "places left", "availability",
     "verfügbarkeit", "places", "places disponibles", "places restantes", "disponibilité",
     "plazas", "plazas libres", "cupos", "cupo", "disponibilidad"]
)  # fmt: skip
# The date column's header, the first of a table's header row.
_DATE_HEADS = frozenset(
    [
        "date",
        "dates",
        "day",
        "when",
        "datum",
        "tag",
        "wann",
        "jour",
        "quand",
        "fecha",
        "fechas",
        "día",
        "dia",
        "cuándo",
    ]
)
# Words a table's header row is made of, in the languages the parser reads.
HEADER_WORDS = (
    _TITLE_HEADS
    | _OUTING_HEADS
    | _PLACE_HEADS
    | _HOUSE_HEADS
    | _NOTES_HEADS
    | _SEATS_HEADS
    | _CITY_HEADS
    | _AUDIENCE_HEADS
    | frozenset(
        [
            "date",
            "dates",
            "day",
            "days",
            "time",
            "times",
            "when",
            "speaker",
            "speakers",
            "details",
            "description",
            "who",
            "start",
            "end",
            # a race day's first race, its kind: "1re course", "Discipline", "Catégorie"
            "1re course",
            "1ère course",
            "première course",
            "first race",
            "erstes rennen",
            "primera carrera",
            "discipline",
            "disziplin",
            "disciplina",
            "category",
            "catégorie",
            "kategorie",
            "categoría",
            "categoria",
            # the start's column: "Beginn", "Début", "Inicio", "Start time"
            "start time",
            "starts",
            "beginn",
            "anfang",
            "début",
            "heure de début",
            "inicio",
            "hora de inicio",
            "comienzo",
            "datum",
            "tag",
            "zeit",
            "uhrzeit",
            "wann",
            "termin",
            "termine",
            "fechas",
            "horas",
            "hours",
            "horaires",
            "horarios",
            "öffnungszeiten",
            "zeitraum",
            # a row's status ("Confirmado", "SUSPENDIDO", "abgesagt"), read from the row itself
            "status",
            "estado",
            "statut",
            "état",
            # a court's case number, a session's form ("Geschäfts-Nr.", "Expediente",
            # "Modalidad": "Presencial", "A distancia")
            "geschäfts-nr.",
            "geschäftsnummer",
            "aktenzeichen",
            "case no.",
            "case number",
            "docket",
            "n° de dossier",
            "no de dossier",
            "dossier",
            "expediente",
            "n.º de expediente",
            "modalidad",
            "modalité",
            "modality",
            "format",
            # the last day to sign up, no meeting's date ("Anmeldeschluss", "Deadline")
            "anmeldeschluss",
            "anmeldung bis",
            "deadline",
            "registration deadline",
            "booking deadline",
            "closing date",
            "date limite",
            "date limite d'inscription",
            "clôture des inscriptions",
            "fecha límite",
            "plazo de inscripción",
            "cierre de inscripción",
            "jour",
            "heure",
            "heures",
            "horaire",
            "quand",
            "fecha",
            "día",
            "dia",
            "hora",
            "horario",
            "cuándo",
            "intervenant",
            "intervenante",
            "intervenant·e",
            "intervenants",
            "intervenant·es",
            "orateur",
            "oratrice",
            "referent",
            "referentin",
            "referent*in",
            "referent:in",
            "ponente",
            "ponentes",
            "presenter",
            "presenters",
            # the speaker's column in Spanish ("Expositor/a", "Conferencista", "Disertante")
            # and German ("Vortragende")
            "expositor",
            "expositora",
            "expositor/a",
            "expositores",
            "expositoras",
            "conferencista",
            "conferencistas",
            "disertante",
            "disertantes",
            "orador",
            "oradora",
            "vortragende",
            "vortragender",
            # who runs it: "Host", "Veranstalter", "Animateur", "Organiza" (a column that is
            # neither the title nor the place)
            # who asks for a permit: "Demandeur", "Applicant", "Antragsteller", "Solicitante"
            "demandeur",
            "demandeurs",
            "applicant",
            "applicants",
            "antragsteller",
            "vorhabenträger",
            "bauherr",
            "solicitante",
            "promotor",
            "promoteur",
            "host",
            "hosts",
            "host(s)",
            "organiser",
            "organizer",
            "organisers",
            "organizers",
            "facilitator",
            "leader",
            "contact",
            "veranstalter",
            "leitung",
            "ansprechpartner",
            "organisateur",
            "organisateurs",
            "animateur",
            "animatrice",
            "animation",
            "organiza",
            "organizador",
            "organizadora",
            "responsable",
            "contacto",
        ]
    )
)
_RULE_CELL = re.compile(r"^:?-{2,}:?$")


def _head_parts(cell: str) -> list[str]:
    """A header cell's words, a cell that names two ("Gremium / Veranstaltung") as its parts."""
    return [p.strip() for p in cell.split("/")] if " / " in cell else [cell]


def _cell_role(cell: str) -> str:
    parts = _head_parts(cell)
    if any(p in _TITLE_HEADS for p in parts):
        return "title"
    if any(p in _NOTES_HEADS for p in parts):
        return "notes"
    if any(p in _CITY_HEADS for p in parts):
        return "city"
    return "place" if any(p in _PLACE_HEADS or p in _HOUSE_HEADS for p in parts) else ""


def column_role(name: str) -> str:
    """The role a column's or a field's name gives its values ("Event", "Thema" -> "title";
    "Venue", "Lieu" -> "place"; "Notes" -> "notes"; "Stadt" -> "city"), else ""."""
    return _cell_role(name.strip().rstrip(":").casefold())


def _header_cell(cell: str) -> bool:
    """A header row's cell: a header word, or two short names of the column joined by a slash
    when one is a header word ("Gremium / Veranstaltung", "Lieu / Salle")."""
    if cell in HEADER_WORDS:
        return True
    parts = _head_parts(cell)
    return (
        len(parts) == 2
        and any(p in HEADER_WORDS for p in parts)
        and all(p and len(p.split()) <= 2 and not any(ch.isdigit() for ch in p) for p in parts)
    )


def _house_column(cells: list[str], roles: tuple[str, ...]) -> bool:
    """Whether a header row names the house each row is held in ("Date | Pub | Where"): a house
    word before any other place column, and no title column (a table of events names its place
    in its own column; a "Bar" after it says whether there is one)."""
    first = next((k for k, c in enumerate(cells) if c in _HOUSE_HEADS), None)
    if first is None or "title" in roles:
        return False
    return not any(r in ("place", "city") for r in roles[:first])


def header_roles(text: str) -> tuple[str, ...] | None:
    """The role of each column a header row names ("Date | Time | Event | Location" ->
    ("", "", "title", "place"), "Date | Time | City | Venue" -> ("", "", "city", "place")),
    when it names a title and a place column, or a city column; else None."""
    if not is_header_row(text):
        return None
    cells = _head_cells(text)
    cells = [c for c in cells if c]
    roles = tuple(_cell_role(c) for c in cells)
    if _house_column(cells, roles):  # "Date | Pub | Where": the town beside the pub
        roles = tuple("city" if c in _WHERE_HEADS else r for c, r in zip(cells, roles, strict=True))
    else:  # "Fecha | Actividad | Lugar | Bar" (Sí / No): a column of what the place has
        roles = tuple("" if c in _HOUSE_HEADS else r for c, r in zip(cells, roles, strict=True))
    if "place" not in roles and any(c in _DISTANCE_HEADS for c in cells):
        # an outings table's "Start" is where the ride or walk sets off ("Date | Ride | Start |
        # Distance | Notes"): its place
        roles = tuple(
            "place" if c in _START_HEADS else r for c, r in zip(cells, roles, strict=True)
        )
    if "title" in roles and "place" not in roles and any(c in _SPEAKER_HEADS for c in cells):
        return roles  # "Datum | Referent*in | Thema": a series' talks, its place stated once
    if len(cells) == 2 and roles[0] == "title" and cells[1] in _DATE_HEADS:
        return roles  # "Sitzung | Datum": a body's sittings, their place stated once
    if len(cells) >= 3 and "place" not in roles and any(c in _AUDIENCE_HEADS for c in cells):
        return roles  # "N° | Fecha | Día | Horario | Dirigido a": whom for, the place stated once
    if ("city" in roles or "place" in roles) and len(roles) > 2:
        return roles
    return roles if "title" in roles and {"place", "notes", "city"} & set(roles) else None


def row_cells(text: str) -> list[str]:
    """A table row's cells, the empty ones kept: a Markdown row's outer bars ("| a | b |  |")
    open and close it; an HTML row's cells are joined by bars, so a bar at its end closes an
    empty last cell ("a | b |")."""
    cells = [c.strip() for c in text.split("|")]
    if text.startswith("|"):
        cells = cells[1:-1] if len(cells) > 1 and not cells[-1] else cells[1:]
    return cells


_SPEAKER_HEADS = frozenset([
    "speaker", "speakers", "presenter", "presenters", "referent", "referentin", "referent*in",
    "referent:in", "intervenant", "intervenante", "intervenant·e", "intervenants",
    "intervenant·es", "orateur", "oratrice", "ponente", "ponentes", "expositor", "expositora",
    "expositor/a", "expositores", "expositoras", "conferencista", "conferencistas", "disertante",
    "disertantes", "orador", "oradora", "vortragende", "vortragender",
])  # fmt: skip


def _head_cells(text: str) -> list[str]:
    """A header row's cells, folded, a gendered ending dropped ("Vortragende*r", "Referent:in",
    "Intervenant·e", "Ponente/a")."""
    cells = [c.strip().rstrip(":").casefold() for c in text.split("|")]
    return [_GENDER_END.sub("", c) if c not in HEADER_WORDS else c for c in cells]


_GENDER_END = re.compile(r"(?<=[^\W\d_]{3})(?:[*:_·/]|\.)(?:r|in|innen|e|es|a|as|x)$")


def is_header_row(text: str) -> bool:
    """A table's header row ("Date | Time | Event | Venue") or its Markdown rule ("|---|---|")."""
    if "|" not in text or len(text) > 200:
        return False
    cells = _head_cells(text)
    cells = [c for c in cells if c]
    if not cells:
        return False
    if all(_RULE_CELL.match(c) for c in cells):
        return True
    known = [_header_cell(c) for c in cells]
    if len(cells) >= 2 and all(known):
        return True
    # A last column the words above do not name ("Fecha | Hora | Lugar | Centros convocados"):
    # a short name without a number, in a row that opens with the date's column and names no
    # title column (a title's table leaves its last cell, "Notes", empty in most rows, and its
    # rows are read as they were).
    return (
        len(cells) >= 3
        and all(known[:-1])
        and cells[0] in _DATE_HEADS
        # four columns or more, the last one's word unknown ("Datum | Zeit | Veranstaltung |
        # Ort | Couleur"): a header even with a title column
        and (len(cells) >= 4 or not any(_cell_role(c) == "title" for c in cells))
        and len(cells[-1].split()) <= 3
        and not any(ch.isdigit() for ch in cells[-1])
    )


# A bullet, leading table bars, and a strike's opening marks ("- ~~16 h 30 · Lecture …~~ ANNULÉ").
_ENTRY_LEAD = re.compile(r"^[\s|]*+(?:[•·◦▪▸►*‣⁃–—-](?=\s)\s*+)?(?:~~(?=\S))?")
_TITLE_END = re.compile(r"^[\s:.,;|–—·•-]+")
# "meet at the", "Treffpunkt am", "rendez-vous devant la", "punto de encuentro en el": not the place.
_MEET_AT = re.compile(
    r"^(?:(?:meet(?!ing\s++(?:rooms?|halls?|house|centre|center|space)\b)(?:ing)?(?:\s+point)?|"
    r"treffpunkt|besammlung|sammelpunkt|rendez-vous|rdv|d[ée]part|"
    r"punto\s+de\s+encuentro|encuentro(?=\s?:|\s++[A-ZÀ-Þ])|assemble|gather|rassemblement|"
    r"concentraci[óo]n|"
    r"nos\s+concentramos|quedamos)\b\s*+:?"
    r"\s*+(?:(?:at|in|outside|by|am|an\s+der|vor\s+de[mr]|à|au|devant|d[eu]|en|frente\s+a)"
    r"(?![^\W\d_]))?"
    r"|(?:at|in)(?=\s))\s*+(?:the\s+|der\s+|dem\s+|la\s+|le\s+|l'|el\s+)?",
    re.IGNORECASE,
)


def entry_start(text: str) -> str:
    """The line without its bullet or leading table bars ("• 10:00 …", "| | 14:00 | …"), and
    without the marks of a strike that opens it ("~~16 h 30 · Lecture~~ ANNULÉ")."""
    m = _ENTRY_LEAD.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    return rest.replace("~~", "", 1) if m.group().endswith("~~") else rest


def timed_entry(text: str) -> TimeMatch | None:
    """The time a calendar entry line starts with ("10 a.m.: Storytime, …"), when words follow
    it; None for a line that is only a time or does not start with one."""
    t = entry_start(text)
    tm = find_times(t[:40])
    if tm is not None and tm.start > 1 and not _from_time(t, tm):
        return _middle_time(t)
    if tm is None:
        return None
    rest = past_more_times(t[tm.end :])
    letters = sum(c.isalpha() for c in rest[:40])
    if letters >= 3 and _ZONE_SEPARATOR.search(rest) is not None and zone_times(t) is not None:
        return None  # "18:00 Lima, Bogotá · 17:00 Ciudad de México": the card's time
    return tm if letters >= 3 else None


def doors_entry(text: str) -> TimeMatch | None:
    """The time of an entry line that opens with its doors' time, then the start's ("Portes
    19h30 – début 20h30 · Grand concert · Salle Philharmonique": ``find_times`` covers both and
    gives the start), when words follow; else None. Among a day's timed entries it is one more;
    under a date card's title it is the card's time line ("Einlass 19:00 · Beginn 19:30 ·
    Kleine Bühne"), which the caller decides."""
    t = entry_start(text)
    tm = find_times(t[:60])
    if tm is None or tm.start == 0 or DOORS_RE.match(t, 0, tm.start) is None:
        return None
    return tm if sum(c.isalpha() for c in t[tm.end : tm.end + 40]) >= 3 else None


def zone_times(text: str) -> TimeMatch | None:
    """The first time of a line that gives one time in several places' clocks ("18:00 Lima,
    Bogotá · 17:00 Ciudad de México · 19:00 La Paz", "7pm London / 2pm New York / 11am San
    Francisco", "19 Uhr MEZ, 13 Uhr ET"): the start in the first place's time, else None. Each
    time is followed only by names, most of them known towns, countries or zones."""
    if len(text) > _ZONE_LINE_MAX or not has_time_hint(text):
        return None
    times: list[TimeMatch] = []
    at = 0
    while (tm := find_times(text[at:])) is not None and len(times) <= _ZONE_TIMES_MAX:
        times.append(dataclasses.replace(tm, start=tm.start + at, end=tm.end + at))
        at += tm.end
    if len(times) < 2 or _ZONE_LEAD.fullmatch(text[: times[0].start]) is None:
        return None
    names = known = 0
    for n, tm in enumerate(times):
        upto = times[n + 1].start if n + 1 < len(times) else len(text)
        part = _ZONE_SEPARATOR.sub(",", text[tm.end : upto])
        words = [w.strip(" .()") for w in part.split(",") if w.strip(" .()")]
        if not words or len(words) > _ZONE_NAMES_MAX:
            return None  # "18:00 Vortrag · 20:00" has a title, not a place's clock
        for w in words:
            if len(w.split()) > _ZONE_NAME_WORDS or not w[:1].isupper():
                return None
            names += 1
            known += known_city(w) or w.casefold() in _country_names() or bool(_ZONE_ABBR.match(w))
    return times[0] if known * 2 >= names and known >= 2 else None


_ZONE_LINE_MAX = 400
_ZONE_TIMES_MAX = 12
_ZONE_NAMES_MAX = 6  # places after one time
_ZONE_NAME_WORDS = 4  # "Ciudad de México", "San Francisco"
_ZONE_LEAD = re.compile(r"[^\w]*+(?:(?:time|hora|heure|uhrzeit|horario)s?\s*+:?\s*+)?", re.I)
_ZONE_SEPARATOR = re.compile(r"\s*+(?:[·|/;•–—]|\s-\s|\s(?:y|and|und|et|e)\s)\s*+")
_ZONE_ABBR = re.compile(r"(?:GMT|UTC)(?:\s?[+−-]\s?\d{1,2})?$|[A-Z]{1,4}[TZ]$")


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(name.casefold() for name in countries())


# A second session's time after the first: "10h – 13h et 15h – 19h", "10–13 Uhr und 15–19 Uhr",
# "10am–1pm and 3pm–7pm", "10:00–13:00 y 15:00–19:00", "14h, 16h": no words of a title.
_MORE_TIMES_JOIN = re.compile(r"\s*+(?:[,;/&+]|et|and|und|y|e|ou|or|oder|o)\s++", re.IGNORECASE)
_MORE_TIMES_REACH = 30  # characters after the joining word searched for the next time


def past_more_times(rest: str) -> str:
    """``rest`` past the further times joined to a line's first time, if any."""
    while (j := _MORE_TIMES_JOIN.match(rest)) is not None:
        nxt = find_times(rest[j.end() : j.end() + _MORE_TIMES_REACH])
        if nxt is None or nxt.start != 0:
            break
        rest = rest[j.end() + nxt.end :]
    return rest


# "de 10h à 13h", "von 10 bis 12 Uhr", "from 2 to 4 p.m.", "desde las 18 h": a range's first word.
# What may come before an entry's time: its status ("SUSPENDIDA. 18:00 h. Club de lectura",
# "ANNULÉ – 19h …"), then a range's first word or "at" ("A las 12 h Concierto …", "Um 18 Uhr …").
_FROM = re.compile(r"^(?:de|du|d[èe]s|von|ab|from|desde(?:\s++las)?)\s++", re.IGNORECASE)
# Or its status in capitals, or "at" ("SUSPENDIDA. 18:00 h. Club de lectura", "CANCELLED: 6pm
# …", "A las 12 h Concierto …", "À partir de 14h – Atelier …"): then a title must follow the
# time, capitalised ("A las 12 h abrimos las puertas", "Reporté : 19 h au lieu de 18 h" are
# remarks in a blurb, not entries).
_LEAD = re.compile(
    r"^(?:(?-i:CANCELL?ED|POSTPONED|SUSPENDID[OA]|CANCELAD[OA]|APLAZAD[OA]|ANNUL[ÉE]E?|"
    r"REPORT[ÉE]E?|ABGESAGT|VERSCHOBEN|ENTF[ÄA]LLT)(?![^\W\d_])[\s.:!–—-]*+)?"
    r"(?:(?:[àa]\s++partir\s++de(?:\s++las)?|starting\s++(?:at|from)|a\s++las|à)\s++)?",
    re.IGNORECASE,
)
_TITLE_START = re.compile(r"[\s.:,;|–—-]*+(?:h\b\.?|uhr\b|hs?\b)?[\s.:,;|–—-]*+", re.IGNORECASE)


def _from_time(text: str, tm: TimeMatch) -> bool:
    """Whether the time ``tm`` found in ``text`` starts it but for a range's first word, or
    for a status in capitals or "at" when a capitalised title follows the time."""
    if tm.start > 20:
        return False
    if (fm := _FROM.match(text)) is not None and fm.end() == tm.start:
        return True
    if (lm := _LEAD.match(text)) is None or not 0 < lm.end() == tm.start:
        return False
    rest = text[_TITLE_START.match(text, tm.end).end() :]
    return rest[:1].isupper()


_PARTS = re.compile(r"\s[–—-]\s|\|")
_LETTER = re.compile(r"[^\W\d_]{2}")


def _middle_time(text: str) -> TimeMatch | None:
    """The time of an entry that gives it as a part of its own after the title ("Book talk —
    5 p.m. — Main Library", "Chess club | 4 pm | Room 12"), else None (also when the part
    before it ends in a time: the two are a range, under its label or clock mark)."""
    if len(text) > 200:
        return None
    parts = [p.strip(" ,;") for p in _PARTS.split(text)]
    if len(parts) < 2 or not _LETTER.search(parts[0]):
        return None
    head = find_times(parts[0])
    if head is not None and head.end >= len(parts[0].rstrip(" .")):
        return None  # a range's start, not a title: "Time: 18:30 – 20:00", "🕒 6:30pm - 8pm"
    for part in parts[1:]:
        tm = find_times(part)
        if tm is not None and tm.start == 0 and tm.end >= len(part.rstrip(" .")):
            return tm
    return None


_DASHES = re.compile(r"\s[–—-]\s")
# The end of an entry's first sentence: a word that ends in two small letters, a full stop, a
# capital ("… Coogee Beach. Marshalling …", "… am See. Getränke …"; not "St. Mary's", "Av.
# Navarra", "Dr. Moss", "Prof. Lyle", "Hauptstr. 5").
_ENTRY_SENTENCE_END = re.compile(
    r"(?<=[a-zß-ÿ]{2})(?<!Prof)(?<!Mrs)(?<!Mme)(?<!Dra)(?<!str)(?<!Str)\.\s++(?=[A-ZÀ-Þ])"
)
# A title that ends with where it is held, in capitalised words: "Carnival at Coogee Beach",
# "Lesung im Literaturhaus", "Concert à la Maison de la Culture", "Charla en el Ateneo". The
# last such word is found first (_AT_WORD), then the name after it must end the title.
_AT_WORD = re.compile(
    r"\s(?:at|im|beim|au|à\s++la|à\s++l['’]|en\s++el|en\s++la)\s++(?:the\s++)?", re.I
)
_AT_NAME = re.compile(
    r"[A-ZÀ-Þ][\w'’&.-]{0,40}+(?:\s++(?:[A-ZÀ-Þ][\w'’&.-]{0,40}+|de|del|la|du|des|der|of)){0,5}+\.?"
)
_DOTS = re.compile(r"\s[·•]\s")
_LAST_PAREN = re.compile(r"\(([^()]{2,80})\)\s*+$")


# A printed programme's category cell before the title: one or two words in capitals ("CINE",
# "EXPOSICIÓN", "TALLER", "MUSIK", "JEUNE PUBLIC", "FAMILY").
_CATEGORY_CELL = re.compile(r"[^\W\d_]{2,16}(?:[ /&-][^\W\d_]{2,16})?")


# The words of public buildings and workplaces a rally stands in front of.
_PUBLIC_BUILDING = (
    r"rathaus|klinikum|krankenhaus|spital|kanzlei|ministerium|landtag|bundestag|parlament|gericht|"
    r"amt|werk|zentrale|botschaft|konsulat|hospital|ayuntamiento|delegaci[óo]n|ministerio|"
    r"congreso|parlamento|consejer[íi]a|juzgado|tribunal|embajada|consulado|f[áa]brica|sede|"
    r"oficina|universidad|facultad|colegio|instituto"
)


# A rally held in front of a building, and that building: "Rally outside St Thomas' Hospital (main
# entrance, …) with the nurses' union", "Rassemblement devant la préfecture de l'Isère, place de
# Verdun", "Kundgebung vor dem Klinikum Großhadern", "Concentración ante la Delegación del
# Gobierno". The site runs to a bracket, a comma, a dash or the words saying with whom or what for.
_RALLY_SITE = re.compile(
    # the entry opens with the rally ("Rally outside …"), not a talk about one ("After the demo
    # outside Parliament – what next?")
    r"^\W{0,3}+(?:rally|protest|vigil|picket|demo(?:nstration)?|gathering|rassemblement|manifestation|"
    r"piquet(?:\s++de\s++gr[èe]ve)?|veill[ée]e|mobilisation|kundgebung|mahnwache|demonstration|"
    r"streikposten|concentraci[óo]n|protesta|piquete|vigilia|manifestaci[óo]n|plant[óo]n)"
    r"(?:\s++[^\W\d_]++){0,4}?\s++"
    r"(?P<prep>outside|in\s++front\s++of|opposite|at\s++the\s++gates\s++of|devant|en\s++face\s++d[eu]|"
    r"aux\s++portes\s++d[eu]|gegen[üu]ber\s++(?:dem|der|vom)|delante\s++de(?:l)?|"
    r"a\s++las\s++puertas\s++de(?:l)?|"
    # "vor" also says before when: "Kundgebung vor der Abstimmung", "… vor dem Hintergrund …"
    # "vor", "frente a" and "ante" also say before when or facing what ("Kundgebung vor der
    # Gemeinderatssitzung", "Concentración ante la Ley Mordaza", "frente a los recortes"): only
    # before a public building's word
    rf"(?:vor\s++(?:dem|der|den)|frente\s++a(?:l)?|ante)(?=\s++(?:(?:el|la|los|las)\s++)?"
    rf"[^\W\d_]*?(?:{_PUBLIC_BUILDING})))\s++"
    r"(?:(?:the|le|la|les|el|los|las)\s++|l['’])?"
    r"(?P<site>[^\W\d_][^(),;:–—|]{1,60}?)"
    r"(?=\s*+(?:$|[(),;:–—|]|-\s)|\s(?:with|avec|mit|con|contre|against|gegen|contra|pour|for|"
    r"f[üu]r|para|por|und|and|et|y)\s)",
    re.IGNORECASE,
)


def rally_site(text: str) -> tuple[str, int, int] | None:
    """The building a rally is held in front of, as the entry names it ("St Thomas' Hospital",
    "préfecture de l'Isère", "Klinikum Großhadern"), where the words saying so start ("outside",
    "devant", "vor dem") and where the name ends in ``text``; None when the text names none."""
    m = _RALLY_SITE.search(text[:_RALLY_REACH])
    return (m.group("site").strip(), m.start("prep"), m.end("site")) if m else None


_RALLY_REACH = 200  # characters of an entry searched for its rally's site


def split_entry(rest: str, is_place: Callable[[str], bool] | None = None) -> tuple[str | None, str]:
    """An entry's text after its time: (title, place). Table cells: the first is the title.
    Else the place is, in this order: the parts after a dash ("Book talk — Main Library"; from
    the first part that ``is_place``, else the second), a place in brackets at the end
    ("Toddler Group (Main Hall)"), the parts from the first comma whose part ``is_place``
    ("War, peace and socialism, Main Library"), else from the first comma ("Panel: The housing
    crisis, Room 4, Union Hall")."""
    rest = _TITLE_END.sub("", rest).strip(" |")
    if "|" in rest:
        cells = [c.strip(" ,") for c in rest.split("|")]
        cells = [c for c in cells if c]
        if len(cells) >= 3 and _CATEGORY_CELL.fullmatch(cells[0]) and cells[0].isupper():
            cells = cells[1:]  # "7:00 p.m. | EXPOSICIÓN | Inauguración … | Galería …": its kind
        if not cells:
            return None, ""
        return cells[0], ", ".join(cells[1:])
    place_like = is_place or (lambda _t: False)
    if (stop := _ENTRY_SENTENCE_END.search(rest)) is not None:
        # "Eastern Beaches Carnival at Coogee Beach. Marshalling 6.15am. Competitors …, please.":
        # the entry's first sentence has its title and place, the next are remarks; unless the
        # first names no place and the next opens with one ("Swim. Bronte Beach, south end.")
        title, place = split_entry(rest[: stop.start()], is_place)
        if not place:
            nxt = _ENTRY_SENTENCE_END.split(rest[stop.end() :], maxsplit=1)[0].rstrip(" .")
            if place_like(nxt.split(",", 1)[0].strip()):
                place = nxt
        return title, place
    title, place = rest, ""
    if " · " in rest or " • " in rest:  # "Mitgliederversammlung · Gewerkschaftshaus, Saal 1"
        cells = [c.strip(" ,;") for c in _DOTS.split(rest)]
        cells = [c for c in cells if c]
        if len(cells) >= 2:
            return cells[0], ", ".join(cells[1:])
    segs = [p.strip(" ,;") for p in _DASHES.split(rest)]
    if len(segs) >= 2 and segs[0]:
        k = next((k for k in range(1, len(segs)) if place_like(segs[k])), None)
        if k is None and not place_like(segs[0]):
            k = 1  # "Title – Place", as calendars write it
        if k is not None:
            title, place = " – ".join(segs[:k]), ", ".join(p for p in segs[k:] if p)
    if not place and (pm := _LAST_PAREN.search(title)) and place_like(pm.group(1)):
        head = title[: pm.start()].rstrip(" ,–—-")
        comma = head.rfind(",")
        if comma > 0 and place_like(venue := head[comma + 1 :].strip()):
            # "Closing banquet, Ottawa Curling Club (Upstairs Lounge)": the venue, its room
            title, place = head[:comma], f"{venue}, {pm.group(1)}"
        else:
            title, place = head, pm.group(1)
    if not place and "," in title:
        parts = title.split(",")
        k = next((k for k in range(1, len(parts)) if place_like(parts[k].strip())), 1)
        title, place = ",".join(parts[:k]), ",".join(parts[k:])
    if not place and (at := _title_at_name(title.strip())) is not None:
        title, place = at  # "Eastern Beaches Carnival at Coogee Beach"
    return title.strip() or None, place.strip()


def _title_at_name(title: str) -> tuple[str, str] | None:
    """(title, place) of a title that ends "… at <Name>" (see _AT_WORD), else None."""
    last = None
    for last in _AT_WORD.finditer(title):  # noqa: B007 - the last one
        pass
    if last is None or last.start() < 3:
        return None
    name = _AT_NAME.fullmatch(title, last.end())
    return (title[: last.start()], name.group(0).rstrip(".")) if name else None


_MEET_WORD = (
    r"(?:meet(?:ing\s+point)?|treffpunkt|besammlung|sammelpunkt|rendez-vous|rdv|punto\s+de\s+encuentro|"
    r"départ|depart|quedamos|nos\s+concentramos|"
    r"encuentro(?=\s?:)|"  # a field trip's "Encuentro: 7:00 h, Metro Tobalaba"
    # "Assemble at …", "Assemble 10am at Civic Park"
    r"(?:assemble|gather)(?=\s++(?:\d{1,2}(?:[.:]\d\d)?\s*+(?:[ap]\.?m\.?)?\s++)?"
    r"(?:at|in|outside|by|on|near)\b)|"
    # a rally's own name is no meeting point: "Rassemblement contre les expulsions",
    # "Concentración contra los desahucios"
    r"(?:rassemblement|concentraci[óo]n)(?!\s++(?:contre|pour|de|du|des|contra|por|para|del|"
    r"antifasciste|unitaire|en\s++(?:soutien|apoyo|solidaridad|defensa))\b))\b"
)
_MEET_WORDS = re.compile(rf"^{_MEET_WORD}", re.IGNORECASE)
# A clause of a line that opens with them: "GROSSDEMO „…“ – Treffpunkt 14 Uhr Hauptbahnhof".
# or a sentence of its own: "Moor Green Lakes – winter wildfowl. Meet 9.30am at the car park".
_MEET_CLAUSE = re.compile(
    rf"(?:[–—:;,]|\s-|(?<=[^\W\d_]{{2}})[.!?])\s++(?={_MEET_WORD})", re.IGNORECASE
)
# The end of the meeting point's sentence or clause: "… car park (GU47 8JQ). Leader: Keith
# Dunmore.", "… car park (OX2 9NS); permit provided".
_MEET_SENTENCE_END = re.compile(r"(?:(?<=[^\W_]{3})|(?<=[\d)]))[.!?](?=\s++[A-ZÀ-ÖØ-Þ¿¡])|;(?=\s)")
_MEET_CLAUSES = 3  # clauses tried on one line
# A clause that gives the meeting point under its label: "… – RDV : Office du Tourisme, …",
# "… – Treffpunkt: Judenplatz", "…; meeting point: Mercat Cross", "… – Punto de encuentro: …".
_MEET_LABEL_CLAUSE = re.compile(
    r"(?:[–—;·•]|\s-)\s{1,3}(?:meeting\s+point|meet|treffpunkt|rendez-vous|rdv|"
    r"punto\s+de\s+encuentro|encuentro)\s{0,2}:",
    re.IGNORECASE,
)


def meet_label_split(text: str) -> tuple[str, str] | None:
    """A line that gives its meeting point under a label after its title ("Tournai, mille ans
    d'histoire – RDV : Office du Tourisme, place Paul-Émile Janson 1"): (title, meeting point),
    else None."""
    if ":" not in text or (lm := _MEET_LABEL_CLAUSE.search(text)) is None:
        return None
    title, where = text[: lm.start()].strip(), text[lm.end() :].strip(" .")
    return (title, where) if title and where else None


# A meeting point's label, maybe with one word after it: "Treffpunkt:", "Treffpunkt wäre:",
# "Meeting point:", "RDV :", "Punto de encuentro:" (not a time's colon: "Concentración 9:30").
_MEET_LABEL = re.compile(rf"{_MEET_WORD}(?:\s++[^\W\d_]++)?\s*+:(?!\d)\s*+", re.IGNORECASE)


def meet_label(sentence: str) -> str | None:
    """The meeting point a sentence gives under its label ("Treffpunkt: Stephansplatz, vor dem
    Riesentor" -> "Stephansplatz, vor dem Riesentor"), else None."""
    lm = _MEET_LABEL.match(sentence.strip())
    return (sentence.strip()[lm.end() :].strip() or None) if lm is not None else None


# A paragraph under a date that opens with when and where its outing leaves or meets: "Abfahrt
# mit dem Bus um 7.00 Uhr vom Festplatz Auer.", "Treffpunkt: 5.30 Uhr bei der Pfarrkirche
# Leifers", "Departure by coach at 7am from the Market Square", "Départ en car à 7 h de la
# place du Marché", "Salida en autobús a las 7:00 desde la Plaza Mayor".
_DEPARTURE = re.compile(
    r"(?:abfahrt|treffpunkt|treffen|beginn|wir\s++fahren|departure|departing|we\s++leave|meet|départ|"
    r"rendez-vous|nous\s++partons|salimos|"
    r"salida|encuentro|quedamos)\b[^.!?\d]{0,40}?(?=\d)",
    re.IGNORECASE,
)
_FROM_PLACE = re.compile(
    r"\s*+(?:,|vom|von\s++der|vor\s++der|vor\s++dem|ab\s++(?:der|dem)?|bei\s++der|beim|am|an\s++der|"
    r"from\s++(?:the\s++)?|at\s++(?:the\s++)?|outside\s++(?:the\s++)?|de\s++la|du|de\s++l['’]|"
    r"devant\s++(?:la|le|l['’])?|depuis|desde\s++(?:la|el)?|en\s++(?:la|el)?)\s*+(?=[A-ZÀ-Þ])"
)


def departure(text: str) -> tuple[TimeMatch, str] | None:
    """The time and place the first sentence of an outing's paragraph says it leaves or meets
    from ("Abfahrt mit dem Bus um 7.00 Uhr vom Festplatz Auer."): (time, place), else None."""
    t = text.strip()
    if _DEPARTURE.match(t) is None:
        return None  # most paragraphs: no departure's word first
    first = t[: stop.start()] if (stop := _FIRST_STOP.search(t)) is not None else t.rstrip(" .")
    if len(first) > _DEPARTURE_MAX or (d := _DEPARTURE.match(first)) is None:
        return None
    # the words before the time stay, so "a las 7:00" reads as a morning's 7 o'clock
    if (tm := find_times(first[: d.end() + 24])) is None or tm.start != d.end():
        return None
    rest = first[tm.end :]
    rest = _CLOCK_WORD.sub("", rest, count=1)
    if (fp := _FROM_PLACE.match(rest)) is None:
        return None
    if fp.group().strip() == "," and not _LEAVES.match(first):
        return None  # "Beginn um 19 Uhr, Eintritt frei": a comma is no "from" but after "Abfahrt"
    if _LEAVES.match(first) and _LATER_START.search(rest):
        return None  # "Abfahrt am Hauptbahnhof um 8 Uhr, Beginn gegen 11 Uhr im Bürgerhaus"
    where = _CLAUSE_AFTER_PLACE.split(rest[fp.end() :], maxsplit=1)[0]
    where = where.split(" nach ", 1)[0].split(" to ", 1)[0].strip(" ,;")
    return (tm, where) if where and len(where) <= _DEPARTURE_MAX // 2 else None


# The meeting's own start after the departure's: "…, Beginn gegen 11 Uhr im Bürgerhaus".
_LATER_START = re.compile(
    r"\b(?:beginn|begins?|starts?|d[ée]but|commence|inicio|comienza|empieza)\b", re.IGNORECASE
)
# What leaves: "Abfahrt: 6.00 Uhr, Busbahnhof Kapfenberg", "Départ : 7 h, place du Marché".
_LEAVES = re.compile(r"(?:abfahrt|departure|d[ée]part|salida)\b", re.IGNORECASE)
# The end of the place's part of the sentence: " · Rückkehr ca. 19 Uhr", "; retour …", ",
# anschließend Grazer Straße 3", " – back at 5pm".
_CLAUSE_AFTER_PLACE = re.compile(r"\s[·•|–—]\s|;|,\s++(?=[a-zß-ÿ])")


_DEPARTURE_MAX = 160  # characters of the sentence
# The end of a paragraph's first sentence: "… vom Festplatz Auer. Um …", "… (Laives). Wir …".
_FIRST_STOP = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=\)))[.!?](?=\s++[A-ZÀ-Þ])")
_CLOCK_WORD = re.compile(r"^\s*+(?:uhr|h)\b", re.IGNORECASE)


# A card's blurb that opens with when it starts: "Grande entrée à 13 h les deux jours.",
# "Ouverture du site à 10 h chaque jour.", "Doors open 7pm.", "Einlass 19 Uhr.", "Inicio a las
# 10:00.", "Grand entry at noon."
_START_LEAD = re.compile(
    r"\W{0,3}+(?:grandes?\s++entr[ée]es?|ouverture(?:\s++du\s++site)?|d[ée]but|doors(?:\s++open)?|"
    r"grand\s++entry|start|einlass|beginn|inicio|apertura|comienzo|entrada\s++general)\b"
    r"[^.!?\d]{0,20}?(?=\d|midi\b|noon\b|mittag|mediod[íi]a)",
    re.IGNORECASE,
)


def start_lead_time(text: str) -> TimeMatch | None:
    """The time a card's blurb opens with as its start ("Grande entrée à 13 h les deux jours.
    Danses, …"), else None."""
    if (lead := _START_LEAD.match(text)) is None:
        return None
    tm = find_times(text[: lead.end() + 24])
    return tm if tm is not None and tm.start == lead.end() else None


def meets_at(text: str) -> bool:
    """Whether a part of an entry says where to meet ("meet Hebden Bridge station",
    "rendez-vous au pont", "Treffpunkt am Rathaus"); not the word alone ("…, départ 9h" without
    its time: "départ")."""
    t = text.strip()
    mw = _MEET_WORDS.match(t)
    return mw is not None and any(c.isalpha() for c in t[mw.end() :])


def meet_time(text: str) -> tuple[TimeMatch, str] | None:
    """The time right after the words that say where to meet ("Meet 10:00am at the station",
    "Treffpunkt 14 Uhr am Rathaus", "Rendez-vous à 10h devant la mairie"): the time, and the
    text without it ("Meet at the station"); else None."""
    lead = text.strip()
    mw = _MEET_WORDS.match(lead)
    if mw is None:
        return None
    tm = find_times(lead[mw.end() : mw.end() + 40])
    if tm is None or tm.start > _MEET_TIME_GAP:
        return None
    return tm, f"{lead[: mw.end()]} {lead[mw.end() + tm.end :].lstrip(' ,:;–—-')}"


_MEET_TIME_GAP = 8  # " a las ", " um ", " à ": the words between the meeting point and its time


def meet_time_in(text: str) -> tuple[int, TimeMatch, str] | None:
    """A clause later in a line that says when and where to meet ("Sa., 23. Januar: GROSSDEMO
    „Hände weg!“ – Treffpunkt 14 Uhr Hauptbahnhof"): where the clause's separator starts, the
    time, and the rest of the clause ("Hauptbahnhof"); else None."""
    for mc in itertools.islice(_MEET_CLAUSE.finditer(text), _MEET_CLAUSES):
        if (mt := meet_time(text[mc.end() :])) is not None:
            return mc.start(), mt[0], _meet_rest(mt[1])
    return None


def _meet_rest(clause: str) -> str:
    """A meeting point's clause without its lead ("Meet by the café": "café") and without the
    sentences after it (a note: "Leader: …", "Durée 1 h 30")."""
    rest = place_text(clause)
    for end in _MEET_SENTENCE_END.finditer(rest):
        if not _OWN_ABBREV.search(rest[: end.end()]):
            return rest[: end.start()].lstrip(" ,:;–—-")
    return rest.lstrip(" ,:;–—-")


# A sentence of its own that says where to meet, after the entry's title: "Walking tour: The
# Mill District. Meet on the steps of the Depot Museum, Railroad Avenue. About 90 minutes."
_MEET_SENTENCE = re.compile(rf"(?<=[^\W\d_]{{2}})[.!?]\s++(?={_MEET_WORD})", re.IGNORECASE)


def meet_sentence(text: str) -> tuple[str, str] | None:
    """(what comes before, the meeting point's place) when a sentence of the text says where to
    meet; else None."""
    ms = _MEET_SENTENCE.search(text)
    if ms is None:
        return None
    place = _meet_rest(text[ms.end() :])
    if not place or find_times(place[:12]) is not None:
        return None  # "Meet 10am …": the timed clause is meet_time_in's
    return text[: ms.start()].strip(" ,;:–—-"), place


def place_text(place: str) -> str:
    """An entry's place without "meet at the", "at" or "in" before it, nor the part of the
    building where to wait ("on the steps of the Depot Museum" -> "Depot Museum")."""
    place = _MEET_AT.sub("", place, count=1)
    if (pm := _POINT_OF.match(place)) is not None:
        place = place[pm.end() :]
    return place.strip(" ,")


# The part of a building a meeting point names before the building: "(on) the steps of the",
# "the main entrance to the", "(vor dem) Eingang des", "(sur) le parvis de la", "(en) la puerta
# del".
_POINT_OF = re.compile(
    r"(?:(?:on|at|by|outside|in\s++front\s++of)\s++)?(?:the\s++)?(?:front\s++|main\s++)?"
    r"(?-i:steps|entrance|doors?|gates?|foyer|lobby)\s++(?:of|to)\s++(?:the\s++)?"
    r"|(?:(?:vor\s++dem|am|beim)\s++)?(?-i:Haupteingang|Eingang)\s++(?:des|der|zum|zur|vom)\s++"
    r"|(?:(?:devant|sur)\s++)?(?-i:l['’]entrée|le\s++parvis|les\s++marches)\s++"
    r"(?:du|de\s++la|de\s++l['’]|des)\s*+"
    # in lower case: "la Puerta del Sol" is a square's name
    r"|(?:(?:en|frente\s++a)\s++)?(?:la\s++)?(?-i:puerta|entrada|escalinata)\s++(?:del|de\s++la)\s++",
    re.IGNORECASE,
)


# A programme's slot that is no session: arrival, a break, a meal, the day's end ("Registration,
# coffee and exhibitor stands", "Lunch (Dining Room)", "Kaffeepause", "Pause déjeuner", "Pausa
# café", "Close of Forum", "Fin de la journée"). A word of it that goes on into a title ("Lunch
# & learn: …", "Coffee morning", "Pause-lecture : …") is a session.
_BREAK_WORD = (
    r"(?:(?:coffee|tea|comfort|lunch|short)\s++)?break|registration|arrivals?|check-in|"
    r"refreshments|coffee|tea|lunch|(?:buffet|packed|sandwich|networking)\s++lunch|"
    r"anmeldung|registrierung|ankunft|einlass|(?:kaffee|mittags)?pause|kaffee|mittagessen|imbiss|"
    r"accueil(?:\s++caf[ée])?|inscriptions?|pause(?:[\s-]++(?:caf[ée]|d[ée]jeuner))?|caf[ée]|"
    r"d[ée]jeuner(?:\s++libre)?|repas|buffet|acreditaci[óo]n(?:es)?|registro|recepci[óo]n|"
    r"pausa(?:[\s-]++(?:para\s++el\s++)?(?:caf[ée]|almuerzo|comida))?|"
    r"(?:almuerzo|comida)(?:\s++libre)?|descanso|"
    r"(?:close|end|fin|ende|schluss|cierre|cl[ôo]ture|clausura)(?:\s++(?:of|de|du|des|der|del)\s++"
    r"(?:(?:the|la|le|les|die|das|el)\s++|l['’])?[^\W\d_]++)?"
)
_BREAK_SLOT = re.compile(
    rf"(?:{_BREAK_WORD})(?:\s++(?:of|des|de\s++los|der)\s++(?:participants?|delegates|"
    rf"participant[·.]?e?s|asistentes|teilnehm[^\W\d_]*+))?"
    rf"(?=\s*+(?:$|[,;(/:|]|[–—-]\s|(?:&|\+|and|und|et|y)\s++(?:{_BREAK_WORD})\b))",
    re.IGNORECASE,
)


def break_slot(rest: str) -> bool:
    """Whether a programme's entry, after its time, is a break in it rather than a session:
    arrival and registration, coffee, a meal, the day's close, in the four languages."""
    return _BREAK_SLOT.match(_TITLE_END.sub("", rest)) is not None


# A time of day that a faith's calendar lists to be kept at home, no gathering: candle lighting
# and the Sabbath's end ("4:12 PM Candle Lighting", "Havdalah 5:21 PM", "18:02 Schabbatausgang",
# "allumage des bougies", "encendido de velas"), sunrise and sunset, a prayer's time ("Maghrib
# 6:37 pm"). A service or a talk that names one goes on ("Candle lighting & Kabbalat Shabbat").
_OBSERVANCE = re.compile(
    r"^\W*+(?:(?:shabbat|shabbos|sabbath|chabbat|schabbat|shabat)\s++)?(?:"
    r"candle[\s-]*+lighting(?:\s++time)?|candles|havdall?ah|havdal[aá]h?|"
    r"(?:shabbat|shabbos|sabbath)\s++(?:ends|begins)|fast\s++(?:begins|ends)|sunrise|sunset|"
    r"fajr|dhuhr|zuhr|asr|maghrib|isha|"
    r"(?:kerzen|lichter)z[üu]nden|schabbat[\s-]*+(?:beginn|ausgang|ende)|"
    r"sonnenaufgang|sonnenuntergang|"
    r"allumage\s++des\s++bougies|(?:d[ée]but|fin|sortie)\s++(?:du\s++)?(?:chabbat|shabbat)|"
    r"lever\s++du\s++soleil|coucher\s++du\s++soleil|"
    r"encendido\s++de\s++(?:las\s++)?velas|(?:inicio|salida|fin)\s++(?:del?\s++)?shabat|"
    r"salida\s++del\s++sol|puesta\s++del\s++sol"
    r")(?:\s++(?:de\s++)?(?:shabbat|shabbos|chabbat|schabbat|shabat))?"
    r"(?:\s++(?:at|um|à|a|a\s++las?))?\W*+$",  # "allumage des bougies à 16h12": before its time
    re.IGNORECASE,
)


def observance(rest: str) -> bool:
    """Whether an entry, after its time, is only a time of day to keep at home (candle
    lighting, the Sabbath's end, sunset, a prayer's time): no meeting."""
    return len(rest) <= 60 and _OBSERVANCE.match(_TITLE_END.sub("", rest)) is not None


# An entry's own sentence that sets its time or place apart from the list's: an "exceptionally"
# or a meeting point, then the time and a place led by a preposition ("Exceptionally at 6pm, in
# the Central Library (…)", "Ausnahmsweise um 18 Uhr in der Monacensia", "Rendez-vous à 10h
# devant le Château de Seraing", "Quedamos a las 10:00 frente al Mercado del Cabanyal").
_OWN_LEAD = re.compile(
    r"^[^\w(]{0,3}+\s*+(?P<note>(?:nb|n\.b\.)\s*+[:!,]?\s*+|(?:note|please\s++note|attention|"
    r"achtung|hinweis|atenci[óo]n|ojo)\s*+[:!,]\s*+)?"
    r"(?:(?P<exc>exceptionally|ausnahmsweise|exceptionnellement|excepcionalmente)\b[\s,:]*+)?"
    r"(?P<meet>(?:meet(?:ing\s++point)?|we\s++meet|treffpunkt|wir\s++treffen\s++uns|"
    r"rendez-vous|rdv|on\s++se\s++retrouve|quedamos|punto\s++de\s++encuentro|nos\s++vemos)"
    r"\b[\s,:]*+)?",
    re.IGNORECASE,
)
# The preposition before the place's name, in the four languages (the name starts upper case).
_OWN_PREP = re.compile(
    # the articles in lower case only: "at The Crown", "en La Villana" keep their names' own
    r"(?:^|(?<=[\s,]))(?:in\s++front\s++of|in\s++(?-i:der|den)|outside|inside|in|at|im|"
    r"vor\s++(?-i:dem|der)|an\s++(?-i:der)|am|beim|bei\s++(?-i:der)|à\s++(?-i:la|l['’])|au|aux|"
    r"devant\s++(?-i:la\s++|le\s++|les\s++|l['’])|dans\s++(?-i:la\s++|le\s++|les\s++|l['’])|"
    r"en\s++(?-i:el|la|los|las)|en|frente\s++(?-i:al?)|delante\s++(?-i:del?)|junto\s++(?-i:al?)|"
    r"al|a\s++(?-i:la))"
    r"(?:\s++(?-i:the))?\s*+(?=[^\W\d_])",
    re.IGNORECASE,
)
_OWN_NAME = re.compile(r"[^\W\d_][^(),;–—\n]{0,80}+")
_OWN_ABBREV = re.compile(r"\b(?:St|Ste|Sta|Dr|Av|Avda|Ave|Pl|Mt|Sr|Sra|Str)\.$")
_OWN_DIGIT = re.compile(r"\d")
_OWN_DOT = re.compile(r"\.(?=\s|$)")  # a sentence's end, or an abbreviation's dot
_OWN_MAX = 300  # characters of a line read as such a sentence


@dataclass(frozen=True)
class OwnSentence:
    time: TimeMatch | None
    place: str | None
    address: str | None
    meeting_point: bool  # led by "meet", "Treffpunkt", "rendez-vous", "quedamos"
    led: bool  # led by "exceptionally", a note's "NB:" or a meeting point, not by the place alone


@lru_cache(maxsize=4096)  # a line is asked about by the segmenter and the details reader
def own_sentence(text: str) -> OwnSentence | None:
    """The time and place an entry's own sentence gives instead of the list's (see _OWN_LEAD):
    led by "exceptionally" or a meeting point, or opening with the place's preposition and giving
    a time ("At the Working Class Movement Library (51 The Crescent, Salford), at 8pm.", "Au
    Théâtre de Liège (place du 20-Août 16), à 20h."). None for any other line."""
    if len(text) > _OWN_MAX:
        return None
    lead = _OWN_LEAD.match(text)
    rest = text[lead.end() :] if lead else text
    tm = find_times(rest)
    led = lead is not None and bool(
        lead.group("exc") or lead.group("note") or (lead.group("meet") and tm is not None)
    )
    place = address = None
    for prep in _OWN_PREP.finditer(rest):
        if prep.start() and (tm is None or rest[tm.end : prep.start()].strip(" ,*")):
            break  # the place opens the sentence or follows its time: "…, in the Library"
        if (named := _named_after(rest, prep.end())) is not None:
            place, address = named
            break
    if place is None or not (led or (tm is not None and _OWN_PREP.match(rest))):
        return None
    meeting_point = lead is not None and bool(lead.group("meet")) and not lead.group("exc")
    return OwnSentence(tm, place, address, meeting_point, led)


def _named_after(text: str, at: int) -> tuple[str, str | None] | None:
    """The place's name at ``at``, after its preposition, up to a bracket, comma or sentence
    end, and the street in the bracket after it if it has a number: (name, street or None)."""
    name = _OWN_NAME.match(text, at)
    if name is None or not name.group()[:1].isupper():
        return None
    words = name.group()
    for dot in _OWN_DOT.finditer(words):
        if not _OWN_ABBREV.search(words[: dot.end()]):
            words = words[: dot.start()]
            break
    words = words.strip(" .:")
    if find_times(words) is not None or len(words) < 3:
        return None  # "at 6pm" read past its time, "à 18h"
    after = text[name.start() + len(words) :].lstrip(" .")
    address = None
    if (
        after.startswith("(")
        and (close := after.find(")")) > 1
        and _OWN_DIGIT.search(after[:close])
    ):
        address = after[1:close].strip()
    return words, address


def place_after_preposition(sentence: str) -> str | None:
    """The name of the place a sentence gives after a preposition ("In der Emmaus-Kirche am
    Lausitzer Platz" -> "Emmaus-Kirche am Lausitzer Platz", "Bei Kaffee und Kuchen im Café des
    Nachbarschaftshauses" -> "Café des Nachbarschaftshauses"), else None."""
    found = preposition_and_place(sentence)
    return found[1] if found is not None else None


def preposition_and_place(sentence: str) -> tuple[int, str] | None:
    """Where the preposition before a sentence's place starts, and the place's name ("réunion
    du bureau au Café Citoyen" -> (18, "Café Citoyen")): the words before it are what happens."""
    if len(sentence) > _OWN_MAX:
        return None
    for prep in _OWN_PREP.finditer(sentence):
        if (named := _named_after(sentence, prep.end())) is not None:
            return prep.start(), named[0]
    return None
