"""Parse an "Upcoming Meetings" page (text or HTML) into campaigns, meetings and warnings.

The page is read as lines. A meeting is anchored on a line with a date ("Monday, April 8,
7:00 p.m.") or a pending marker ("Details coming soon."); its heading is the line(s) just before
the anchor and its details (venue, address, links) the lines after it. Three layouts are known:
multi-line blocks, one-line entries ("Campus, City – Tuesday, March 5, 7 pm, Venue, Address"),
and per-campus series ("All meetings held in ..." then talk titles with dates). Lines that are
not meetings form campaigns: a heading, then a blurb. Nothing that looks like a meeting is
dropped silently: what cannot be read fully becomes a warning with its line number.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate
from operator import attrgetter
from typing import Any

from eventmap.errors import ListingError
from eventmap.ingest import asof, calendar, labels
from eventmap.ingest.asof import CHAT, GIVEN, TODAY, AsOf, page_as_of
from eventmap.ingest.chat import (
    Chat,
    Message,
    chat_campaigns,
    moved_dates,
    moved_online,
    read_chat,
)
from eventmap.ingest.html import datetime_year, iso_day, looks_like_html, read_html
from eventmap.ingest.places import (
    CITY_ALIASES,
    STREET_WORDS,
    VENUE_WORDS,
    CampusMatch,
    address_suffix,
    find_campus,
    find_postal_code,
    find_postal_town,
    heading_city,
    is_street_abroad,
    looks_like_address,
    looks_like_block_line,
    parse_address,
    parse_city_region,
    parse_place,
    postal_place,
    room_first,
    split_venue_room,
    state_code,
)
from eventmap.ingest.social import comment_footer
from eventmap.ingest.text import (
    SENTENCE_BREAK,
    Line,
    contains_any,
    decode_bytes,
    decode_page,
    is_prose,
    read_listing_file,
    sentence_start,
    text_lines,
)
from eventmap.ingest.when import (
    DOORS_RE,
    LANGUAGE_SAMPLE,
    LANGUAGES,
    PENDING_RE,
    TIME_TBA_RE,
    DateMatch,
    TimeMatch,
    by_frequency,
    date_starts_by,
    find_date,
    find_times,
    has_time_hint,
    lower_text,
    month_names,
    page_language,
    resolve_year,
    vocabulary,
    weekday_fits,
    weekday_names,
    year_counts,
)
from eventmap.model import Campaign, Listing, Meeting, ParseWarning

__all__ = ["ListingError", "decode_bytes", "parse", "read_listing_file"]

# Line kinds
BLANK, PROSE, ANCHOR, SERIES, OTHER = "blank", "prose", "anchor", "series", "other"
# A date heading over calendar entries, and a line that shapes a list (a table's header row, a
# time stated for the whole list): neither is a meeting, a detail nor part of a campaign.
DAY, RULE = "day", "rule"
CITY = "city"  # a city heading in capitals ("MANCHESTER") over the entries under it

_LINK_LINE = re.compile(
    r"^\W*(?:facebook(?:\s+event)?(?:\s+page)?|event\s+page|fb\s+event|rsvp(?:\s+here)?|"
    r"register(?:\s+here|\s+now)?|more\s+info(?:rmation)?|tickets?|event\s+details|"
    r"(?:read|learn)\s+more|click\s+here.*|sign\s+up.*|https?://\S++)\W*+$",
    re.IGNORECASE,
)
_LOCATION_TBA = re.compile(
    r"^\W*(?:location|venue|room|place|address)(?:\s+and\s+time)?\s*+:?\s*+"
    r"(?:tba|tbd|to\s+be\s+(?:announced|determined|confirmed))\W*$",
    re.IGNORECASE,
)
_SERIES = re.compile(
    r"^\W*(?:all\s+|the\s+)?(?:meetings|lectures|events|talks|classes|sessions)\s+"
    r"(?:will\s+be\s+|are\s+)?held\s+(?:in|at)\s+(?:the\s+)?(?P<venue>.*\w)\W*$",
    re.IGNORECASE,
)
_SPEAKER = re.compile(r"\b(?:speakers?|featuring|presenters?)\s*:\s*(?P<who>[^.;]+)", re.I)
_SPEAKER_STEMS = ("speaker", "featuring", "presenter")


def _find_speaker(text: str) -> re.Match[str] | None:
    """``_SPEAKER.search(text)``, tried only when the colon and a word it needs are there."""
    if ":" not in text:
        return None
    low = lower_text(text)
    if low is not None and not contains_any(low, _SPEAKER_STEMS):
        return None
    return _SPEAKER.search(text)


_KIND = re.compile(
    r"^(?P<kind>rally|protest|demonstration|picket|vigil|conference|forum|teach-in|"
    r"film\s+screening|public\s+meeting|lecture|webinar)(?:\s*+[–—:-]\s*|\s++(?:at|in)\s+)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[•·◦▪▸►*‣⁃]|-(?=\s)|\d{1,2}[.)](?=\s))\s*")
# Field labels, in the languages the parser reads: "When:", "Datum:", "Uhrzeit:", "Lieu :",
# "Fecha:", "Hora:", "Lugar:". The label goes; what follows is read as usual.
_LABEL = re.compile(
    r"^(?:"
    + labels.alternation(
        labels.DATE_AND_TIME,
        labels.DATE,
        labels.DATE_LIST,
        labels.TIME,
        labels.BEGIN,
        labels.PLACE,
        labels.MEETING_POINT,
        labels.ADDRESS,
    )
    + r")\s*+:\s*+",
    re.IGNORECASE,
)
# A place's label opening a line under a date ("Ort: Kulturfabrik", "Where: …", "Lieu : …"): the
# line names the meeting's place, and the words after the date line's time are its title.
_PLACE_LABEL = re.compile(r"(?:" + labels.alternation(labels.PLACE) + r")\s*+:", re.IGNORECASE)
_PLACE_LABEL_WIDTH = 24


def _place_labelled(text: str) -> bool:
    """Whether a line opens with a place's label ("Ort:", "Where:", "Lieu :", "Lugar:")."""
    return ":" in text[:_PLACE_LABEL_WIDTH] and _PLACE_LABEL.match(text) is not None


# Words before a date that make it not a meeting's: when the page was published or updated
# ("Publié le", "Stand:", "Actualizado el"), a deadline, a span.
# "since", "until", "through", "by", "due" and "before" only right before the date ("RSVP by
# Friday 3 March"; not "Talk by Jo Smith, Saturday 7 March"), "Stand" only as "Stand:" ("Info
# stand at the market, …" is a meeting).
_NOT_EVENT_DATE = re.compile(
    r"\b(?:posted|published|updated|copyright|©|deadline|"
    r"closed\s++(?:[^\W\d_]++\s++){0,4}?(?:on|from)|geschlossen|ferm[ée]e?|cerrad[oa]|"
    r"sent|gesendet|envoy[ée]|enviado|rain\s+date|ausweichtermin|date\s+de\s+repli|"
    r"publi[ée]e?|mise?\s+[àa]\s+jour|ver[öo]ffentlicht|aktualisiert|stand(?=\s*+:|\s++vom\b)|"
    r"issued|herausgegeben|[ée]mis|emitid[oa]|printed|gedruckt|imprim[ée]e?|impres[oa]|"
    r"publicad[oa]|actualizad[oa]|actualizaci[óo]n)\b"
    r"|\b(?:since|until|through|by|due(?!\s+to\b)|before)(?:\s++(?:on|the))?[\s:,]*+$"
    # a deadline's hour before its day: "must reach the secretary by 5pm on", "bis 17 Uhr am",
    # "avant 17 h le", "antes de las 17:00 del"
    r"|\b(?:by|before|bis|avant|antes\s++de\s++las)\s++\d{1,2}(?:[.:]\d\d)?"
    r"(?:\s*+(?:[ap]\.?\s?m\.?|h|uhr))?\s++(?:on|am|le|el|del)\s*+$",
    re.I,
)
# Lower-case stems that _NOT_EVENT_DATE needs one of: a case-sensitive alternation the engine
# skips to in C ("ffentlicht" and "jour" for "veröffentlicht" and "mis à jour": "ver" and "mis"
# are in "University" and "Commission"; "émis" and "emis" for "émis par").
_NOT_EVENT_STEMS = re.compile(
    r"posted|publi|updated|copyright|©|deadline|since|until|through|by|due|before|closed|"
    r"geschlossen|ferm|cerrad|jour|ffentlicht|aktualisiert|stand|actualiza|sent|gesendet|envoy|"
    r"enviado|rain|issued|herausgegeben|émis|emis|emitid|printed|gedruckt|imprim|impres|"
    r"ausweich|repli|bis|avant|antes"
)


def _not_event_date(before: str) -> bool:
    """``_NOT_EVENT_DATE.search(before)``, tried only when one of its words is there."""
    low = lower_text(before)
    if low is not None and not _NOT_EVENT_STEMS.search(low):
        return False
    return _NOT_EVENT_DATE.search(before) is not None


_CLOSED_AFTER = re.compile(r"^\W*+(?:geschlossen|closed|ferm[ée]e?|cerrad[oa])\b", re.I)
# A date said to be a holiday: "el 8 de diciembre es feriado", "Dec 25 is a public holiday",
# "der 3. Oktober ist ein Feiertag", "le 11 novembre est férié".
_HOLIDAY_AFTER = re.compile(
    r"^\W*+(?:is\s++(?:a\s++)?(?:(?:public|bank|national)\s++)?holiday|"
    r"es\s++(?:un\s++)?(?:feriado|festivo|d[ií]a\s++festivo)|"
    r"ist\s++(?:ein\s++)?(?:gesetzlicher\s++)?feiertag|est\s++(?:un\s++(?:jour\s++)?)?f[ée]ri[ée])\b",
    re.I,
)
# A closure at the end of a dated line, or of its part: "Mon, Jan 18 | Martin Luther King Jr. Day
# – All branches closed", "Samstag, 6. Juni: Bücherei geschlossen", "lundi 1er juin — Mairie
# fermée pour travaux" ("Closed meeting for members" goes on with a noun: a meeting).
_CLOSED_END = re.compile(
    r"\b(?:closed|geschlossen|ferm[ée]e?s?|cerrad[oa]s?)\b"
    r"(?=\W*+$|\s++(?:for|all\s+day|today|wegen|pour|por|ganzt[äa]gig|toute)\b)",
    re.I,
)
_CLOSED_STEMS = ("closed", "geschlossen", "ferm", "cerrad")
# Words right before a date that make it a week's, a closure's, a deadline's or a footer's:
# "w/c 7 December", "(closed 24 Dec – 2 Jan)", "hasta el 5 de febrero", "inscriptions jusqu'au
# 12 janvier", "Page last modified 9 December 2026", "Woche vom 7. Dezember".
_JUST_BEFORE = re.compile(
    r"(?:\bw/[cb]|\bweek\s++(?:commencing|beginning|starting|of)|\bsemaine\s++du|"
    r"\bwoche\s++(?:vom|ab)|\bsemana\s++del?|\bclosed|\bgeschlossen|\bferm[ée]e?s?|"
    r"\bcerrad[oa]s?|\bmodified|\bedited|\bge[äa]ndert|\bmodifi[ée]e?|\bmodificad[oa]|\bhasta|"
    r"\bjusqu['’]\s*+(?:au|à|a)|\bbis\s++(?:zum|sp[äa]testens)|\bsp[äa]testens|"
    r"\bau\s++plus\s++tard|\ba\s++m[aá]s\s++tardar|\bno\s++later\s++than)"
    r"(?:\s++(?:on|the|am|le|el|del?|der|den|du|vom|from))?[\s:,–—-]*+$",
    re.I,
)
# The last words (runs of word characters) a _JUST_BEFORE or _DEADLINE_VERB match can end with,
# or end with before "on", "the", "le"...: one of the last two words before a date must be one of
# them for either pattern to be tried (most heads end in a place or a title: "University of
# Michigan, Ann Arbor – "). tests/ingest/test_parse_prefilters.py checks it against both patterns.
_LEAD_LAST_WORDS = frozenset({
    "commencing", "beginning", "starting", "of", "du", "vom", "ab", "de", "del", "c", "b",
    "closed", "geschlossen", "fermé", "fermée", "fermés", "fermées", "ferme", "fermee", "fermes",
    "fermees", "cerrado", "cerrada", "cerrados", "cerradas", "modified", "edited", "geändert",
    "geandert", "modifié", "modifiée", "modifie", "modifiee", "modificado", "modificada", "hasta",
    "zum", "spätestens", "spatestens", "tard", "tardar", "than", "au", "à", "a", "close",
    "closes", "closing", "open", "opens", "end", "ends", "due", "by", "until", "till", "before",
    "from", "start", "starts", "begin", "begins", "bis", "endet", "beginnt", "startet", "läuft",
    "lauft", "avant", "le", "desde", "cierra", "cierran", "abre", "abren", "sale", "vente",
    "venta", "ouverte", "ouvertes", "ouvert", "ouverts", "ouverture", "opening", "apertura",
    "beginnen", "enden", "commence",
    "commencent", "débute", "débutent", "debute", "debutent", "finissent", "empieza", "empiezan",
    "depuis", "seit", "since",
    "comienza", "comienzan", "termina", "terminan", "run", "runs", "déroule", "deroule",
})  # fmt: skip
_WORD_RUN = re.compile(r"\w+")
_WORD_STRIP = "()[]\"'“”‘’.,;:"
# A sign-up, a booking or a submission, then the verb or word of its deadline right before the
# date: "Registration opens Dec. 15", "Pre-orders … close Sun 15 Feb", "Anmeldung ab 4. Januar",
# "RSVP before Friday, 3 March", "inscripciones hasta el 5 de febrero". Both are needed:
# "Registration and coffee from 9am, Saturday 5 March" and "Closing rally, Sunday 6 March" are
# meetings.
_SIGNUP = re.compile(
    r"\b(?:registrations?|sign[\s-]?ups?|bookings?|pre-?orders?|nominations?|submissions?|"
    r"applications?|entries|tickets?|rsvps?|enrol(?:l?ments?)?|anmeldung(?:en)?|bewerbung(?:en)?|"
    r"(?:karten)?vorverkauf|karten|billets?|billetterie|entradas|"
    r"inscri(?:ptions?|pci[oó]n(?:es)?)|r[ée]servations?|reservas?|requests?|demandes?|"
    r"antr[äa]ge?|solicitud(?:es)?|"
    # a survey, a petition or proposals sent in: "the rent survey closes Monday 30th Nov", "Les
    # propositions doivent parvenir au comité avant le …", "Vorschläge bis …", "encuesta hasta …"
    r"surveys?|polls?|questionnaires?|petitions?|consultations?|umfragen?|befragung(?:en)?|"
    r"sondages?|enqu[êe]tes?|p[ée]titions?|encuestas?|petici[óo]n(?:es)?|proposals?|"
    r"propositions?|vorschl[äa]ge?|propuestas?|motions?|mociones|contributions?|"
    # booking an appointment: "prise de rendez-vous à partir du …", "Terminvergabe ab …"
    r"appointments?|(?:prise\s++de|prendre)\s++rendez-vous|termin(?:vergabe|vereinbarung|"
    r"buchung)(?:en)?|citas?(?:\s++previas?)?)\b",
    re.I,
)
_SIGNUP_STEMS = (
    "regist", "sign", "book", "order", "nominat", "submiss", "applica", "entries", "ticket",
    "rsvp", "enrol", "anmeld", "bewerb", "vorverkauf", "inscri", "servation", "reserva",
    "karten", "billet", "entradas", "request", "demande", "antr", "solicitud", "appointment",
    "rendez", "termin", "cita", "survey", "poll", "questionnaire", "petition", "pétition",
    "consultation", "umfrage", "befragung", "sondage", "enquête", "enquete", "encuesta",
    "petici", "propos", "vorschl", "propuesta", "motion", "mocion", "contribution",
)  # fmt: skip
# A holiday or a term break, whose start or end is the date after it (with a _DEADLINE_VERB):
# "The half-term break begins on Monday 15 February", "Die Semesterferien beginnen am 1.
# Februar", "Les vacances scolaires commencent le samedi 6 février", "Las vacaciones de verano
# empiezan el 1 de julio".
# Also a term of the academic calendar ("The academic year opens on …", "Orientation week runs
# 8–12 February", "Die Orientierungswoche läuft vom …", "La rentrée universitaire commence le …",
# "El año académico empieza el …").
_BREAK = re.compile(
    r"\b(?:holidays?|vacations?|recess|half[\s-]?term|(?:term|semester|summer|winter|christmas|"
    r"easter|mid[\s-]?term|spring|reading)\s++break|\w*ferien|urlaub|vacances|cong[ée]s|"
    r"vacaciones|receso|(?:academic|school|university)\s++(?:year|term)|(?:orientation|welcome|"
    r"fresher['’]?s['’]?|reading|exam)\s++week|o-week|vorlesungszeit|\w*semesterbeginn|"
    r"orientierungswoche|rentr[ée]e(?:\s++(?:universitaire|scolaire))?|ann[ée]e\s++(?:scolaire|"
    r"universitaire)|semaine\s++d['’]int[ée]gration|a[ñn]o\s++(?:acad[ée]mico|lectivo|escolar)|"
    r"curso\s++(?:acad[ée]mico|lectivo|escolar)|semana\s++de\s++(?:bienvenida|orientaci[óo]n))\b",
    re.I,
)
_BREAK_STEMS = (
    "holiday", "vacation", "recess", "term", "break", "ferien", "urlaub", "vacances", "cong",
    "vacaciones", "receso", "year", "week", "semester", "vorlesung", "orientierung", "rentr",
    "année", "annee", "semaine", "año", "ano ", "curso", "semana",
)  # fmt: skip
# A fee or a payment, whose due date is the date after it (with a _DEADLINE_VERB): "Der
# Mitgliedsbeitrag ist bis 31.01.2027 zu überweisen", "Membership dues must be paid by 31
# January", "cotisation à régler avant le 31 janvier", "la cuota se paga hasta el 31 de enero".
_PAYMENT = re.compile(
    r"\b(?:dues|(?:membership\s++)?fees?|subscriptions?|payments?|\w*beitr[äa]ge?|\w*geb[üu]hr(?:en)?|"
    r"zahlung(?:en)?|[üu]berweisung(?:en)?|cotisations?|paiements?|frais|r[èe]glements?|"
    r"cuotas?|pagos?|matr[íi]culas?)\b",
    re.I,
)
_PAYMENT_STEMS = (
    "dues", "fee", "subscript", "payment", "beitr", "gebühr", "gebuhr", "zahlung", "berweis",
    "cotis", "paiement", "frais", "glement", "cuota", "pago", "matr",
)  # fmt: skip
# A deadline's name anywhere in the words before a date: "Anmeldeschluss für die Wahlkonferenz
# ist der 10. Februar", "Plazo de inscripción: …", "date limite : …".
_DEADLINE_NOUN = re.compile(
    r"\b(?:anmeldeschluss|einsendeschluss|meldeschluss|frist|date\s++limite|"
    r"fecha\s++l[ií]mite|plazo|d[ée]lai)\b",
    re.I,
)
_DEADLINE_NOUN_STEMS = ("schluss", "frist", "limite", "límite", "plazo", "délai", "delai")
_DEADLINE_REACH = 40
_DEADLINE_VERB = re.compile(
    r"\b(?:close[sd]?|closing|opens?|ends?|due|by|until|till|before|from|start(?:s|ing)?|"
    r"begins?|ab|bis|endet|beginnt|startet|l[äa]uft|ouvr\w*|avant|[àa]\s++partir\s++du|"
    r"d[èe]s\s++le|hasta|desde|antes\s++del?|a\s++partir\s++del?|cierran?|abren?|"
    r"(?:on|en)\s++(?:sale|vente)|(?:a\s++la\s++)?venta|ouverte?s?|ouverture|opening|apertura|"
    r"beginnen|enden|depuis|seit|since|"
    r"commencen?t?|d[ée]butent|d[ée]bute|finissent|empiezan?|comienzan?|terminan?|runs?|"
    r"se\s++d[ée]roule)"
    r"(?:\s++(?:on|the|am|le|el|del?|der|den|dem|vom|du))?[\s:,–—-]*+$",
    re.I,
)
# "Related: SEP statement, 28 December 2025", "Siehe auch: …": a footer's link to another page.
_FOOTER_LEAD = re.compile(
    r"^\W*+(?:related|see\s++also|read\s++(?:also|more)|further\s++reading|siehe\s++auch|"
    r"lesen\s++sie\s++auch|mehr\s++zum\s++thema|voir\s++aussi|lire\s++aussi|[àa]\s++lire|"
    r"ver\s++tambi[ée]n|lea\s++tambi[ée]n|relacionad[oa]s?|jump\s++to|skip\s++to|springe\s++zu)\b",
    re.I,
)
# "Fermeture exceptionnelle le samedi 2 janvier", "Closure: Monday 4 January", "Cierre por
# vacaciones del 24 de diciembre": a line that opens with a closure.
# Days off named as such, as the label of their dates: "Public holidays: …", "Días inhábiles: 25
# de diciembre y 1 de enero", "Feiertage: …", "Jours fériés : …" (not "Bank holiday walk, …").
_CLOSURE_LEAD = re.compile(
    r"^\W*+(?:fermeture|closure|closures|schlie(?:ß|ss)ung|schlie(?:ß|ss)tage?|betriebsferien|"
    r"cierre|(?:(?:public|bank)\s++holidays?|non-working\s++days?|(?:gesetzliche\s++)?"
    r"feiertage?|jours?\s++f[ée]ri[ée]s?|d[ií]as?\s++(?:inh[áa]bil(?:es)?|festivos?|feriados?|"
    r"no\s++laborables?)|feriados?|festivos)(?=\s*+(?:[:–—-]|$)))\b",
    re.I,
)
_CLOSURE_FIRST_WORDS = frozenset({
    "fermeture", "closure", "closures", "schließung", "schliessung", "schließtag", "schliesstag",
    "schließtage", "schliesstage", "betriebsferien", "cierre", "public", "bank", "non-working",
    "gesetzliche", "feiertag", "feiertage", "jour", "jours", "día", "días", "dia", "dias",
    "feriado", "feriados", "festivos",
})  # fmt: skip
# A line labelled with dues or payments gives when they are paid or taken: "Subscriptions:
# deductions for December will be made on 20/12/2026", "Beiträge: Einzug am …", "Cotisations :
# prélèvement le …", "Cuotas: descuento el …".
_DUES_LEAD = re.compile(
    r"(?:subscriptions?|dues|membership\s++fees?|payments?|beitr[äa]ge|mitgliedsbeitr[äa]ge?|"
    r"zahlungen|cotisations?|paiements?|cuotas|pagos?)\s*+[:–—-]",
    re.I,
)
_DUES_FIRST_WORDS = frozenset({
    "subscription", "subscriptions", "dues", "membership", "payment", "payments", "beiträge",
    "beitrage", "mitgliedsbeitrag", "mitgliedsbeiträge", "zahlungen", "cotisation",
    "cotisations", "paiement", "paiements", "cuotas", "pago", "pagos",
})  # fmt: skip
_FOOTER_FIRST_WORDS = frozenset({
    "related", "see", "read", "further", "siehe", "lesen", "mehr", "voir", "lire", "à", "a",
    "ver", "lea", "relacionado", "relacionada", "relacionados", "relacionadas", "jump", "skip",
    "springe",
})  # fmt: skip
_NEXT_REACH = 30  # characters before a date searched for _JUST_BEFORE and _DEADLINE_VERB
_SIGNUP_REACH = 100  # characters before a date searched for the sign-up word (a subject)


def _no_event_lead(head: str, line_start: bool = True) -> str | None:
    """Why the date after ``head`` (the text before it) is no meeting's, if the words right
    before it say so: a week's heading, a closure, a deadline, a sign-up date or (``head`` being
    the start of its line) a footer's link. Each pattern runs only when a word it needs is there."""
    wide = head[-_SIGNUP_REACH:]
    folded = lower_text(wide)
    low = wide.lower() if folded is None else folded
    if _ends_with_lead_word(folded):
        near = head[-_NEXT_REACH:]
        if (jb := _JUST_BEFORE.search(near)) is not None:
            return f"follows {jb.group(0).strip(' :,–—-')!r} (a week, a closure or a deadline)"
        if (
            contains_any(low, _SIGNUP_STEMS)
            and (dv := _DEADLINE_VERB.search(near))
            and (su := _SIGNUP.search(wide))
        ):
            what = f"{su.group(0)!r} … {dv.group(0).strip(' :,')!r}"
            return f"is a deadline or sign-up date ({what})"
        if (
            contains_any(low, _BREAK_STEMS)
            and (dv := _DEADLINE_VERB.search(near))
            and (br := _BREAK.search(wide))
        ):
            what = f"{br.group(0)!r} … {dv.group(0).strip(' :,')!r}"
            return f"is when a holiday, a break or a term starts or ends ({what})"
        if (
            contains_any(low, _PAYMENT_STEMS)
            and (dv := _DEADLINE_VERB.search(near))
            and (pay := _PAYMENT.search(wide))
        ):
            return f"is a payment's date ({pay.group(0)!r} … {dv.group(0).strip(' :,')!r})"
    if contains_any(low[-_DEADLINE_REACH:], _DEADLINE_NOUN_STEMS) and (
        dn := _DEADLINE_NOUN.search(head[-_DEADLINE_REACH:])
    ):
        return f"follows {dn.group(0)!r} (a deadline)"
    if not line_start:
        return None
    lead = head[:60].lstrip(" *•·#>|([-")
    first = lead[:24].partition(" ")[0].lower().strip(_WORD_STRIP)
    if first in _FOOTER_FIRST_WORDS and (fl := _FOOTER_LEAD.match(head)) is not None:
        return f"follows {fl.group(0).strip(' :')!r} (a link to another page)"
    if first in _CLOSURE_FIRST_WORDS and (cl := _CLOSURE_LEAD.match(head)) is not None:
        return f"follows {cl.group(0).strip(' :')!r} (a closure)"
    if first in _DUES_FIRST_WORDS and (du := _DUES_LEAD.match(lead)) is not None:
        return f"follows {du.group(0).strip(' :–—-')!r} (a payment's date)"
    if contains_any(first, _DEADLINE_NOUN_STEMS) and (dn := _DEADLINE_NOUN.match(lead)):
        return f"follows {dn.group(0)!r} (a deadline)"  # "- Anmeldeschluss für die Reise: …"
    if (first in _RESULTS_FIRST_WORDS or first[:1].isdigit()) and (rc := _RESULTS.match(lead)):
        return f"follows {rc.group(0)!r} (the dates a listing's results span)"
    return None


# A listing tool's count of its results, before the dates it shows: "Showing 12 events ·
# December 1 – 12", "1–10 of 24 results", "12 Veranstaltungen gefunden", "Affichage de 8
# événements", "Mostrando 12 eventos". A count alone ("2 meetings: Saturday …") is no such line.
_RESULTS_NOUN = (
    r"(?:events?|results?|items?|entries|meetings?|programs?|veranstaltungen|termine|ergebnisse|"
    r"treffer|[ée]v[èée]nements?|r[ée]sultats?|activit[ée]s|eventos?|resultados?|actividades)\b"
)
_RESULTS = re.compile(
    r"(?:showing|displaying|viewing|anzeige(?:\s++von)?|es\s++werden|affichage(?:\s++de)?|"
    r"mostrando|se\s++muestran)\s++(?:\d++\s*+[–-]\s*+)?\d++\s++(?:(?:of|von|sur|de)\s++\d++\s++)?"
    rf"{_RESULTS_NOUN}"
    r"|(?:\d++\s*+[–-]\s*+)?\d++\s++(?:(?:of|von|sur|de)\s++\d++\s++)?"
    rf"{_RESULTS_NOUN}\s++(?:found|gefunden|trouv[ée]e?s?|encontrad[oa]s)\b"
    r"|\d++\s*+[–-]\s*+\d++\s++(?:of|von|sur|de)\s++\d++\s++"
    rf"{_RESULTS_NOUN}",
    re.I,
)
_RESULTS_FIRST_WORDS = frozenset({
    "showing", "displaying", "viewing", "anzeige", "es", "affichage", "mostrando", "se",
})  # fmt: skip


def _ends_with_lead_word(low: str | None) -> bool:
    """Whether one of the last two words of ``low`` (``lower_text`` of the text before a date)
    within _NEXT_REACH characters is in _LEAD_LAST_WORDS (True when ``low`` is None: letters
    that match others only when cases are ignored, tried with the patterns)."""
    if low is None:
        return True
    words = _WORD_RUN.findall(low[-_NEXT_REACH:])[-2:]
    return any(w in _LEAD_LAST_WORDS or w.startswith(("jusqu", "ouvr")) for w in words)


def _says_no_meeting(text: str, *, other_month: bool = True) -> str | None:
    """The words of a line that say there is no meeting ("no meetings between 19 December and 4
    January", "Reading week — no seminar", "kein Treffen"), if any. With ``other_month`` false,
    words followed by a month of their own don't count: "14 July (no meeting in August)" is
    July's meeting with a remark about August."""
    if not contains_any(text.lower(), _NO_MEETING_STEMS):
        return None
    nm = _NO_MEETING.search(text)
    if nm is None:
        return None
    if not other_month:
        months = _all_months()
        clause = _CLAUSE_END.split(text[nm.end() :], maxsplit=1)[0]  # "no events. … in May."
        if any(w in months for w in _LETTERS.findall(clause.casefold())):
            return None
    return nm.group(0)


_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")


# "Last Saturday, March 2, ...": a report of what happened, not a meeting to come.
_PAST_LEAD = re.compile(
    r"\b(?:last|this\s+past|letzten|vergangenen|(?:el|del|al)\s++pasado)\s*+$", re.I
)
_PAGE_TITLE = re.compile(r"^(?:upcoming|future|current|our)\s+(?:meetings|events)\b", re.I)
# An e-mail's or a post's greeting ("Hi all,", "Dear friends,", "Liebe Freundinnen und Freunde,",
# "Chers camarades,", "Hola a todos:"): no campaign's name.
_SALUTATION = re.compile(
    r"^(?:hi|hello|hey|dear|greetings|liebe[rs]?|hallo|chers?|chères?|bonjour|salut|hola|"
    r"querid[oa]s?|estimad[oa]s?)\b[^.!?\n]{0,60}[,:!]$",
    re.IGNORECASE,
)
# A season or term over a list of dates: a label, not a place ("Spring:", "Autumn term 2027",
# "Wintersemester", "Printemps 2027", "Otoño").
_SEASON_LABEL = re.compile(
    r"^(?:spring|summer|autumn|fall|winter|fr[üu]hling|fr[üu]hjahr|sommer|herbst|printemps|"
    r"[ée]t[ée]|automne|hiver|primavera|verano|oto[ñn]o|invierno)"
    r"(?:\s*+(?:term|semester|session|series|programme|program|season)|semester)?"
    r"(?:\s++(?:\d{4}(?:[/–-]\d{2,4})?))?\s*+:?$",
    re.IGNORECASE,
)
_BARE_CITY = re.compile(r"^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}$")
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
# A label that says what follows is the talk's title: "Topic:", "Veranstaltung:", "Thème :".
_TITLE_LABEL = re.compile(
    r"^(?:title|topic|subject|event|talk|titel|thema|veranstaltung|vortrag|titre|th[eè]me|"
    r"sujet|t[ií]tulo|tema|charla)\s*+:\s*+(?=\S)",
    re.IGNORECASE,
)
# "at the", "im", "en el", "à la": the words that lead into a place after a date and time.
# The article goes only in lower case: a capital one in mid-sentence is the name's ("at The
# Cobblestone", "in Le Lieu Unique").
_AT_IN = re.compile(
    # "this week at", "exceptionnellement à": an entry's own place, against the list's
    r"^(?:(?:this\s++(?:week|time)|exceptionally|instead|ausnahmsweise|diesmal|"
    r"exceptionnellement|cette\s++fois|excepcionalmente|esta\s++vez),?\s++)?"
    r"(?:at|in|im|en|à|au|dans)\s++(?:(?-i:the|la|le|el|der|dem|THE)\s++|l['’]\s*+)?",
    re.IGNORECASE,
)
_HOUSE_NUMBER = re.compile(r"^\d+[A-Za-z]?(?:-\d+)?\s+\w")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
# The place in a sentence after its date and time: "in Room 12 of Kane Hall", "will be held at
# the Union", "en la Librería Gandhi", "à la Bourse du Travail", "im Volkshaus".
_PROSE_PLACE = re.compile(
    r"^\W*(?:[^\W\d_]++\s++){0,3}?(?:at|in|en|à|au|dans|im|beim)\s++"
    r"(?:(?-i:the|la|le|el|der|dem|THE)\s++|l['’]\s*+)?(?P<place>[^\W\d_][^;:()]{1,79})",
    re.IGNORECASE,
)
# "19:30 horas", "18 heures": the word after the time is no place.
_HOURS_WORD = re.compile(r"^\s*+(?:horas|heures|hs|hrs)\b\.?")  # not "Heure du conte"
# A remark in brackets right after the start time: "(segunda citación 19:00 hrs)", "(mediodía)".
_LEAD_REMARK = re.compile(r"^\s*+\(([^()]{1,60})\)")


def _cut_time_remark(tail: str) -> str:
    """``tail`` without a bracketed remark at its start that gives a time of day ("(Einlass
    18:30)", "(doors 6.30pm)", "(mediodía)"): it is about the time, never the venue."""
    rm = _LEAD_REMARK.match(tail) if "(" in tail[:4] else None
    if rm is None or find_times(rm.group(1)) is None:
        return tail
    return tail[rm.end() :]


_SEGMENT_END = re.compile(r"\s[–—-]\s")
# Words that lead into a date ("le 7 mars", "am 7. März", "on Monday"): not a place.
_HEAD_FILLER = re.compile(
    r"(?:^|\s)(?:le|el|am|on|the|du|del|au|ab|dès|vom|from)\s?$", re.IGNORECASE
)
_FILLER_REACH = 8  # _HEAD_FILLER's matches start in a text's last 7 characters (or at its start)


def _cut_head_filler(head: str) -> str:
    """``_HEAD_FILLER.sub("", head)``: its one match, searched for where it can start only."""
    fm = _HEAD_FILLER.search(head, max(0, len(head) - _FILLER_REACH))
    return head[: fm.start()] + head[fm.end() :] if fm else head


# Statuses in the languages the parser reads. A status word is never part of a place.
_CANCELLED_WORDS = (
    r"cancell?ed|called\s++off|abgesagt|entf[äa]llt|f[äa]llt\s++(?:[^\W\d_]++\s++){0,4}?aus|"
    r"annul[ée]e?s?|cancela(?:d[oa]s?|n)?|suspend(?:ed|id[oa]s?|en?)"
)
# "se posterga", "se aplaza", "se pospone" (a chat's notice), besides the participles.
_POSTPONED_WORDS = (
    r"postponed|rescheduled|verschoben|report[ée]e?s?|(?:aplaza|posterga)(?:d[oa]s?|n)?|"
    r"pospuest[oa]s?|pospone"
)
_CANCELLED = re.compile(rf"\b(?:{_CANCELLED_WORDS})\b", re.IGNORECASE)
# A status in brackets, with its remark: "(CANCELADO)", "(reporté au printemps)".
_PAREN_STATUS = re.compile(
    rf"\s*+\(\s*+(?:now\s++)?(?:{_CANCELLED_WORDS}|{_POSTPONED_WORDS})\b[^()]{{0,60}}\)",
    re.IGNORECASE,
)
_POSTPONED = re.compile(rf"\b(?:{_POSTPONED_WORDS})\b", re.IGNORECASE)
_STATUS_WORDS = re.compile(
    rf"\(?\b(?:(?:now\s+)?(?:{_CANCELLED_WORDS}|{_POSTPONED_WORDS}))\b\)?!?", re.IGNORECASE
)
# Substrings every status or online word contains: a test in C before any regex runs (most
# lines have none, and the word patterns cannot skip ahead on a first letter).
_CANCELLED_STEMS = ("cancel", "called off", "abgesagt", "llt", "annul", "suspend")
_POSTPONED_STEMS = (
    "postpon", "reschedul", "verschoben", "report", "aplaz", "posterg", "pospu", "pospon",
)  # fmt: skip
_ONLINE_STEMS = ("online", "zoom", "webinar", "livestream", "virtual", "en l")  # "en ligne"


_STATUS_STEMS = (*_CANCELLED_STEMS, *_POSTPONED_STEMS)
_FLAG_STEMS = (*_STATUS_STEMS, *_ONLINE_STEMS)
# "August – no meeting (summer recess)", "Juli: kein Treffen", "pas de réunion en août".
_NO_MEETING_STEMS = ("no ", "kein", "pas de", "sin ")
_ALNUM = re.compile(r"[^\W_]")
_NO_MEETING = re.compile(
    r"\b(?:no\s+(?:meeting|session|class|event|seminar|lecture|talk|colloquium|service|club|"
    r"screening|showing|performance|assembly)s?|no\s+assemblies|"
    r"kein(?:e|en)?\s+(?:treffen|sitzung|veranstaltung|seminar|vorlesung|kurs|vortrag|"
    r"unterricht|vorstellung|vorf[üu]hrung|versammlung)(?:en|e)?|"
    r"pas\s+(?:de\s+|d['’]\s*+)(?:r[ée]union|s[ée]ance|cours|s[ée]minaire|conf[ée]rence|"
    r"projection|assembl[ée]e)s?|"
    r"(?:sin|no\s+hay)\s+(?:(?:reuni|sesi|funci|proyecci)(?:[óo]n|ones)|clases?|charlas?|"
    r"seminarios?|asambleas?))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # asked of the same tails and detail lines by several readers
def _has_status(text: str) -> bool:
    return contains_any(text.casefold(), _STATUS_STEMS)


_ONLINE = re.compile(
    r"\b(?:online|zoom|webinar|livestream(?:ed)?|virtual(?:ly)?|en\s+ligne|en\s+l[ií]nea)\b",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]+")
# Words that a line about a meeting's status may hold besides the status ("Meeting moved
# online", "Réunion annulée", "Now on Zoom").
_STATUS_FILLER = frozenset(
    {"meeting", "event", "talk", "lecture", "now", "this", "the", "réunion", "conférence",
     "rencontre", "la", "le", "veranstaltung", "treffen", "termin", "die", "das", "reunión",
     "evento", "charla", "el", "fecha"}
)  # fmt: skip


def _only_status(text: str) -> bool:
    """Whether a line says that a meeting is cancelled, postponed or online and names no place
    ("moved online", "Réunion annulée", "Die Veranstaltung fällt wegen Krankheit aus."): its
    status is read from it (``_read_flags``), and it is never a venue or a room."""
    if not contains_any(text.casefold(), _FLAG_STEMS):
        return False
    rest = _ONLINE.sub(" ", _STATUS_WORDS.sub(" ", text))
    return rest != text and _names_no_place(rest)


def _names_no_place(rest: str) -> bool:
    """What is left of a status line once its status words are gone ("Réunion", "à une date
    ultérieure", "Die Veranstaltung ... wegen Krankheit"): no number, venue word or campus, and
    only lower-case or filler words, or a whole sentence."""
    if _unavailable(rest):
        return True  # "– hall unavailable"
    if _DIGIT.search(rest) or VENUE_WORDS.search(rest) or find_campus(rest):
        return False
    words = _LETTERS.findall(rest)
    return len(words) >= 5 or all(w[0].islower() or w.casefold() in _STATUS_FILLER for w in words)


# A time zone right after a time: offsets, the usual abbreviations (capitals only: "est" and
# "pt" are words), US zone names, and a city's or country's time ("hora de Lima", "heure de
# Paris", "Berliner Zeit", "Halifax time", "UK time"), never a venue.
_TZ_HINT = re.compile(
    r"^[\s,]*+\(?(?P<tz>(?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d\d)?|"
    r"(?:GMT|UTC|[ECMPA][SD]?T|AK[SD]T|H[SD]T|N[SD]T|CES?T|BST|IST|WES?T|EES?T|AE[SD]T|AC[SD]T|"
    r"AWST|NZ[SD]T|SAST|JST|SGT|HKT|MSK|ME(?:S)?Z|BRT|PET|COT|CL[SD]?T)\b"
    r"|(?i:eastern|central|mountain|pacific|atlantic)(?:\s+(?i:time))?\b(?!\s*+[A-Z][a-z])"
    r"|(?i:hora|heure|horario)\s++(?i:de\s++|d['’]\s*+)(?:[A-Z][\w-]++\s?){1,2}"
    r"|(?i:hora\s++(?:peninsular|canaria|insular))"  # Spain's mainland or Canary time
    r"|(?<=\()(?:[A-Z][\w-]++\s){1,2}(?i:time)\b|[A-Z]{2,3}\s++(?i:time)\b"  # not "Story Time"
    r"|[A-Z][\w-]++(?<=er)\s++Zeit\b"
    r"|(?P<local>(?i:local\s+time|hora\s+local|heure\s+locale|Ortszeit)))\)?"
)
# A venue block's contact line: a phone number, an e-mail address or a bare web address.
_CONTACT = re.compile(
    r"^(?:(?:tel|phone|ph|telephone|telefon|tél|téléphone|fon|mob|mobile|call)\.?\s*+:?\s*+)?"
    r"(?:(?P<phone>\+?[\d(][\d\s()./–-]{5,22}\d)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    r"(?P<www>www\.[\w-]+(?:\.[\w-]+)+(?:/\S*)?))$",
    re.IGNORECASE,
)
# Words that make a line in capitals a heading of something other than a city.
_NOT_CITY = frozenset({
    "the", "of", "and", "for", "on", "at", "in", "to", "with", "a", "an", "our", "upcoming",
    "meetings", "meeting", "events", "event", "tour", "campaign", "series", "talks", "talk",
    "lectures", "lecture", "conference", "rally", "forum", "week", "day", "weekend", "programme",
    "program", "schedule", "calendar", "news", "free", "public", "all", "spring", "summer",
    "autumn", "fall", "winter", "dates", "tickets",
    # when, not where: "NEXT MONTH", "THIS MONTH", "NÄCHSTEN MONAT", "LE MOIS PROCHAIN"
    "next", "this", "month", "months", "coming", "soon", "nächsten", "nächster", "monat",
    "prochain", "prochainement", "mois", "próximo", "próxima", "próximamente", "mes",
    # a card's buttons: "RSVP", "Register", "More info", "Share"
    "rsvp", "register", "book", "share", "details", "info", "more", "subscribe", "donate",
})  # fmt: skip
_DATE_JOIN = re.compile(r"(?:\band\b|\bund\b|\bet\b|\by\b|&|,|;)\W{0,8}$", re.IGNORECASE)
_SUBTITLE = re.compile(
    r"^(?:with|featuring|speakers?|by|presented|hosted|a\s+talk|posted|published|updated)\b", re.I
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
    own_place: bool = False  # an entry under such a list names its own place
    place_head: list[int] = field(default_factory=list)  # a calendar's place heading, over its day
    day_place: str = ""  # the place on a calendar's date heading ("Saturday, March 9, Town Hall")
    timed: bool = False  # a time (or "time TBA") is next to the date
    far: TimeMatch | None = None  # a sentence's time later than _NEAR ("… The talk starts at 5")
    # ``(find_times(tail),)`` when the line was read with it (a short tail), else None
    tail_time: tuple[TimeMatch | None] | None = None

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
    """A line with a date that is not read as a meeting, and why (it becomes a warning)."""

    reason: str


@lru_cache(maxsize=4096)  # the text before a date repeats (a venue's name before each date)
def _street_named(head: str) -> bool:
    """Whether the text before a date is a street's type and name (``_STREET_LEAD``), at the
    line's start or after the venue's name ("Sala Zitarrosa Av. 18 de Julio 1012")."""
    if _STREET_LEAD.match(head) is not None:
        return True
    starts = [st.start() for st in _STREET_WORD_ABROAD.finditer(head)]
    return bool(starts) and _STREET_LEAD.match(head[starts[-1] :]) is not None


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
# "12. November um 10:02 · 👥": when the post was written (an icon, or minutes off the quarter).
_POST_STAMP = re.compile(
    r"^,?\s*+(?:(?:at|à|um|a\s++las)\s++)?\d{1,2}:(?P<min>\d\d)(?:\s*+[AaPp]\.?\s?[Mm]\.?)?\s*+·"
    r"\s*+(?P<icon>[\U0001F30D-\U0001F310\U0001F465\U0001F512]\ufe0f?)?\s*+$"
)


def _post_stamp(after: str) -> bool:
    """Whether the text after a line's opening date makes the line a post's stamp (_POST_STAMP)."""
    ps = _POST_STAMP.match(after)
    return ps is not None and bool(ps.group("icon") or int(ps.group("min")) % 15)


_EMAIL_STAMP = re.compile(r"^[\s,]*+(?:at\s++)?\d{1,2}:\d\d:\d\d(?:\s*+(?:[+-]\d{4}|GMT|UTC))?\b")
_DATELINE_REASON = "{!r} is the page's dateline (when it was published); not a meeting"
_NEAR = 25  # characters between a date and its time on one line


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
    if dm is None:
        return None
    head = t[: dm.start]
    if (why := _head_says_no_event(head)) is not None:
        return _unread(t, dm, why)
    if (why := _not_a_date_here(t, dm, head)) is not None:
        return _unread(t, dm, why)
    after = t[dm.end :]
    if after.count(":", 0, 20) >= 2 and _EMAIL_STAMP.match(after):  # "… 2026 18:04:12 -0500"
        return _unread(t, dm, " is an e-mail's date and time (its header); not a meeting")
    if "·" in after and not head.strip() and _post_stamp(after):
        return _unread(t, dm, " is a post's own date and time (when it was written); not a meeting")
    if _CLOSED_AFTER.match(after):  # "am Montag, 15. April geschlossen"
        return _unread(t, dm, " is followed by 'closed'; not a meeting")
    if (holiday := _HOLIDAY_AFTER.match(after)) is not None:
        return _unread(
            t, dm, f" is said to be a holiday ({holiday.group(0).strip()!r}); not a meeting"
        )
    if (why := _no_event_after(t, head, after)) is not None:
        return _unread(t, dm, f": {why}; not a meeting")
    near = after[: _NEAR + 40]
    tm = find_times(near)
    timed = bool(tm and tm.start < _NEAR) or bool(TIME_TBA_RE.search(after[:30]))
    if not timed and "|" in after:  # a table row with its time in a cell of its own, far on
        timed = _segment_time(after) is not None or _cell_end_time(after) is not None
    if tm and tm.start < _NEAR and (rg := _range_end(after, tm.end, langs)) is not None:
        end, cut = rg  # "SAT, MAR 20, 2027, 9:00 AM to SUN, MAR 21, 2027, 5:00 PM GMT"
        dm = dataclasses.replace(dm, end_day=end.day, end_month=end.month, end_year=end.year)
        after = after[: tm.end] + after[cut:]
        near = ""  # the tail changed: its time is found again
    lead = ""
    if not timed and head.rstrip().endswith(":") and find_times(head) is not None:
        lead, head, timed = head, "", True  # "Thursdays at 12.30pm, Room 4: 16 January, ..."
    prose_line = is_prose(t)
    if not timed and (len(t) > 110 or prose_line):
        timed = _time_after_date_chain(after, langs)  # "on Saturday, January 9, … and …, 10 a.m."
    # "Saturday 5 December. Assemble …" (the month's dot may be the date's own)
    own_sentence = _DATE_SENTENCE.match(t, dm.end - (t[dm.end - 1] == ".")) is not None
    far = (
        None
        if timed or not (len(t) > 110 or own_sentence or prose_line)
        else _far_time(after, langs)
    )
    timed = timed or far is not None
    row = after[:3].lstrip().startswith("|")  # a table row ("Thu 12/3 | … | …"), no sentence
    if (
        not timed
        and len(t) > 110
        and not row
        and not (_ENTRY_AFTER.match(after) and not head.strip(" •*-"))
    ):
        before = find_times(head[-_NEAR:])
        if not (before and len(head[-_NEAR:]) - before.end < 8):
            return _unread(
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
    if (":" in head and _date_list_label(head, langs)) or _only_weekday(head, langs):
        head = ""  # "Next dates: Tuesdays 15 December, ...", "Viernes 15 y viernes 29 de enero"
    head, prose = _read_head(head, langs[0] == "en", prose_line)
    dotted = _DOTTED.search(t, dm.start, dm.end) is not None
    more = _more_dates(after, langs, dotted, t[: dm.end])
    if more and any(_day_key_of(d) == _day_key_of(dm) for d in more):
        dm, more = _restated_day(
            dm, more
        )  # "Sat 20 Mar, 10am — Field trip (Sat 20 – Sun 21 March)"
    if lead and (wd := _lead_weekday(lead, langs)) is not None:  # "Thursdays at 12.30pm: ..."
        dm = dm if dm.weekday is not None else dataclasses.replace(dm, weekday=wd)
        more = [d if d.weekday is not None else dataclasses.replace(d, weekday=wd) for d in more]
    return _Anchor(
        -1, dm, False, head, after, prose and not lead, more,
        listed=listed, lead=lead, timed=timed, tail_time=(tm,) if near == after else None,
        far=far,
    )  # fmt: skip


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


def _only_weekday(head: str, langs: tuple[str, ...]) -> bool:
    """Whether the text before a date is one weekday's name (what is left of "Viernes 15 y
    viernes 29 de enero" once its listed day is read)."""
    if len(head) >= 40:
        return False
    words = _WORD.findall(head)
    return len(words) == 1 and _lead_weekday(words[0], langs) is not None


# A street word right before a date: the street is named after the day ("Av. 18 de Julio",
# "Calle 20 de Noviembre", "rue du 4 Septembre", "Avenida 9 de Julio").
_STREET_WORDS_ABROAD = (
    r"rue|avenue|boulevard|bd|chemin|quai|all[ée]e|place|calle|c/|avenida|avda|av|paseo|plaza|"
    r"carrer|rambla|camino|ronda|via|viale|piazza|corso|carrera|cra|transversal|jir[óo]n|pasaje|"
    r"plaça|passeig|avinguda|travessera"  # Catalan
)


# An office or a building that closes or opens again on the date: "Regional office closes at
# 13h00 on 23/12/2026 and reopens on 04/01/2027", "Die Geschäftsstelle bleibt vom … geschlossen",
# "La bibliothèque ferme le …", "La oficina cierra el …".
_PREMISES_CLOSE = re.compile(
    r"\b(?:offices?|library|hall|centre|center|building|shop|store|museum|gallery|"
    r"gesch[äa]ftsstelle|b[üu]ro|bibliothek|b[üu]cherei|rathaus|amtshaus|laden|"
    r"bureaux?|biblioth[èe]que|mairie|m[ée]diath[èe]que|accueil|secr[ée]tariat|"
    r"oficinas?|biblioteca|local|sede|secretar[íi]a)\s++(?:[^\W\d_]++\s++){0,5}?"
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
_DEADLINE_OPENS_FIRST = frozenset({
    "the", "die", "der", "la", "le", "el", "l", "deadline", "closing", "anmeldeschluss",
    "einsendeschluss", "meldeschluss", "redaktionsschluss", "frist", "date", "fecha", "plazo",
    "next", "nächste", "nächster", "nächstes", "nachste", "nachster", "nachstes", "prochain",
    "prochaine", "próximo", "próxima", "proximo", "proxima",
})  # fmt: skip
_DEADLINE_SENTENCE = 120  # characters of a sentence before its date read for it
# The sentence says what the deadline is right before the date: "… is", ":", "ist der", "vence el".
_DEADLINE_IS = re.compile(
    r"(?::|\b(?:is|are|will\s++be|ist|sind|est|sera|es|ser[áa]|vence|termina|closes?)"
    r"(?:\s++(?:on|the|am|der|den|le|el))?)[\s,]*+$",
    re.I,
)


def _sentence_deadline(head: str) -> str | None:
    """The deadline's name or the publication that opens the last sentence of ``head`` (the
    text before a date), if one does."""
    start = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    sentence = head[start + 1 :].lstrip(" •*-–·(") if start >= 0 else head.lstrip(" •*-–·(")
    if len(sentence) > _DEADLINE_SENTENCE:
        return None
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
@lru_cache(maxsize=4096)
def _head_says_no_event(head: str) -> str | None:
    """Why the words before a date (``head``, the line's text before it) make it no meeting's."""
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
    if head and _only_time(head):
        head = ""  # "Noon, Saturday 16 January", "1900hrs, Tuesday 19 January": no heading
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
    r"\s*+(?:to|until|till|through|[–—-]|bis|au|jusqu['’]au|al|hasta)\s++", re.IGNORECASE
)


_RANGE_FIRST = frozenset("tTuUbBaAjJhH–—-")  # the first letters _RANGE_TO can start with


def _range_end(after: str, at: int, langs: tuple[str, ...]) -> tuple[DateMatch, int] | None:
    """A range's last day right after a date and its time ("9:00 AM to SUN, MAR 21, 2027, 5:00
    PM", "18:00 – SUN, 31 JAN 2027 AT 16:00"): that date, and where the text after it (and its
    own time) starts in ``after``."""
    if after[at : at + 12].lstrip()[:1] not in _RANGE_FIRST:
        return None  # the common case, without the pattern
    rg = _RANGE_TO.match(after, at)
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


def _no_event_after(t: str, head: str, after: str) -> str | None:
    """A dated line that says there is no meeting ("Our Christmas break: no meetings between 19
    December and 4 January", "Wed 17 Feb — Reading week, no seminar") or that something is
    closed that day ("… – All branches closed"); a line with a status (a cancelled meeting) is
    a meeting."""
    low = t.lower()
    if contains_any(low, _NO_MEETING_STEMS) and (
        (nm := _says_no_meeting(head, other_month=False)) is not None
        or (nm := _says_no_meeting(after[:80], other_month=False)) is not None
    ):
        return f"the line says {nm!r}"
    if contains_any(low, _CLOSED_STEMS) and not _has_status(t):
        cm = _CLOSED_END.search(after)
        if cm is not None:
            return f"the line says {cm.group(0)!r} (a closure)"
        if (cl := _says_closed(t)) is not None:
            return f"the line says {cl!r} (a closure)"  # "Closed Christmas Day (Fri 25 Dec)"
    if (nothing := _says_nothing_happens(t, head)) is not None:
        return f"the line says {nothing!r} (it does not happen)"
    return None


# After a date that opens its line, what makes the rest an entry's title and place, however
# long: "Saturday, April 20 – Sunday, April 21: Los Angeles Times Festival of Books, USC campus",
# also a quoted title ("• Mardi 8 décembre — « L’eau, un bien commun ? » avec …").
_ENTRY_AFTER = re.compile(r"^\s?(?::|\s[–—]|\s-\s)\s?(?=[^\W\d_]|[«“„\"])")


# Words just before a sentence's start time: "at 6 p.m.", "starts at", "um 19 Uhr", "à 19 h".
_START_CUE = re.compile(
    r"(?:\bat|\bum|\bà|\ba\s+las|\bfrom|\bstarts?|\bbegins?|\bcommences?|\bab)\s*+$", re.I
)
_FAR = 300  # characters of a paragraph after its date searched for the start time
# A place named before a far time: "Assemble at the Garden …", "Wir treffen uns am
# Gewerkschaftshaus", "Rendez-vous place de la République", "en la Plaza Mayor".
_PLACE_BEFORE_TIME = re.compile(
    r"(?<=\s)(?:at|in|am|im|an\s++der|vor\s++dem|[àa]|au|devant|place|en)\s++"
    r"(?:(?:the|la|le|el|der|dem|de\s++la|de)\s++)?(?-i:[A-ZÀ-Þ])",
    re.I,
)
_DATE_SENTENCE = re.compile(r"[.!]\s++(?-i:[A-ZÀ-Þ])")  # a date that is a sentence of its own


def _far_time(after: str, langs: tuple[str, ...]) -> TimeMatch | None:
    """The start time of a date in prose that comes later in its sentence or paragraph ("on
    Wednesday, October 4. The talk starts at 5:15 p.m. in Room 12", "on Wednesday, April 3 with a
    panel discussion at 6 p.m. at the Michigan Union"): the first time after the date, led by
    "at", "starts", "um"..., with no other date between them."""
    window = after[:_FAR]
    tm = find_times(window)
    if tm is None or not _START_CUE.search(window[max(0, tm.start - 12) : tm.start]):
        return None
    return None if find_date(window[: tm.start], langs=langs) is not None else tm


_CHAIN_GAP = 12  # characters between two dates of one list ("January 9, Saturday, January 23")


def _time_after_date_chain(after: str, langs: tuple[str, ...]) -> bool:
    """Whether the dates listed right after a date ("Saturday, January 9, Saturday, January 23
    and Saturday, February 6, 10 a.m. to 1 p.m., at …", "Thursday, January 14 and Thursday,
    January 28 from 7 to 9 pm") are followed by a time they share."""
    end = 0
    for dm in _more_dates(after[:_FAR], langs):
        if dm.start - end > _CHAIN_GAP:
            break
        end = dm.end
    if not end:
        return False
    tm = find_times(after[end : end + _NEAR + 40])
    return tm is not None and tm.start < _NEAR


def _lead_weekday(lead: str, langs: tuple[str, ...]) -> int | None:
    """The weekday a lead-in names for all its dates ("Thursdays at 12.30pm", "jeweils
    donnerstags"), if any, from the first words."""
    names = vocabulary(langs).weekdays
    for word in _WORD.findall(lead[:40])[:4]:
        w = word.casefold()
        for name in (w, w.removesuffix("s")):
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
    r"\s?(?:,|\bund\b|\band\b|\bet\b|\by\b|&)\s?([0-3]?\d)\.([01]?\d)\.(?![\d.])", re.IGNORECASE
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
# marzo", "en lugar del 4 de marzo".
_FORMER_DATE = re.compile(
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
                 "anstelle", "ursprüngl", "du", "de", "lieu", "initialement", "lugar")  # fmt: skip
_FORMER_REACH = 40  # characters before a later date searched for _FORMER_DATE


def _former_date(before: str) -> bool:
    """Whether the words right before a later date on a line (``before``) make it the date the
    meeting moved from."""
    low = before[-_FORMER_REACH:].lower()
    return (
        contains_any(low, _FORMER_STEMS)
        and _FORMER_DATE.search(before[-_FORMER_REACH:]) is not None
    )


def _more_dates(
    tail: str, langs: tuple[str, ...], dotted: bool = False, before_tail: str = ""
) -> list[DateMatch]:
    """Later dates on an entry's line ("Tuesday, April 16 and Wednesday, April 17, 7 pm"), each
    with a weekday or right after "and"/"&"/"," so a date inside a title is not taken. After a
    dotted date, a short one in the list counts too ("18.04., 25.04. und 02.05.2024")."""
    found: list[DateMatch] = []
    pos = 0
    while dotted and len(found) < 6 and (sd := _SHORT_DOTTED.match(tail, pos)) is not None:
        day, month = int(sd.group(1)), int(sd.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            break
        found.append(DateMatch(sd.start(1), sd.end(), month, day, None, None))
        pos = sd.end()
    while len(found) < 6 and (dm := find_date(tail[pos:], langs=langs)) is not None:
        start, end = pos + dm.start, pos + dm.end
        joined = _DATE_JOIN.search(tail[max(pos, start - 8) : start])
        before = tail[max(pos, start - 20) : start]
        not_event = (
            _not_event_date(before)
            or _PAST_LEAD.search(before)
            # the words before the line's first date count too: "Billetterie du concert du 22
            # avril : ouverture le lundi 1er mars"
            or _no_event_lead((before_tail + tail[:start])[-_SIGNUP_REACH:], False) is not None
            or _former_date(tail[max(pos, start - _FORMER_REACH) : start])
        )
        if (dm.weekday is not None or joined) and not not_event:  # not "until Friday, March 1"
            found += _listed_before(tail, pos, start, dm)
            found.append(dataclasses.replace(dm, start=start, end=end))
        pos = end
    return found


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


def _unread(text: str, dm: DateMatch, why: str) -> _Unread:
    """A dated line not read as a meeting: its date as written, then ``why``."""
    return _Unread(_date_text(text, dm) + why)


def _weekday_language(text: str, langs: tuple[str, ...]) -> str | None:
    """The other language whose weekday opens a short line ("Dimanche 18 octobre, 13 h 30 (EDT)"
    on an English page, "Sunday 18 October, 2pm" on a French one): a whole name of five letters
    or more ("mar", "do" are words), tried only on a line the page's languages find no date in."""
    word = text[:16].partition(" ")[0].strip(" ,.:;*•-")
    if len(word) < 5 or not word.isalpha():
        return None
    return next((g for g in _weekday_languages().get(word.casefold(), ()) if g not in langs), None)


@cache
def _weekday_languages() -> dict[str, tuple[str, ...]]:
    """Each weekday name of five letters or more -> the languages it is one in."""
    out: dict[str, tuple[str, ...]] = {}
    for g in LANGUAGES:
        for name in weekday_names(g):
            if len(name) >= 5 and name.isalpha():
                out[name] = (*out.get(name, ()), g)
    return out


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
    _continued_unread(lines, kinds, anchors, unread)
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


_CONTINUES = re.compile(r"(?:,|\b(?:and|und|et|y|or|oder|ou|o))\s*+$", re.I)
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
        elif a.inline_head.strip(" •*-–·") or len(above) < 20:
            continue
        elif (why := _head_says_no_event(above.rstrip() + " ")) is not None:
            # "… sont ouvertes jusqu'au" / "vendredi 4 décembre.": the words before the date
            why = f"its sentence starts there: the date{why.removesuffix('; not a meeting')}"
        else:
            continue
        unread[i] = _CONTINUED_REASON.format(lines[i].text, lines[i - 1].number, why)
        del anchors[i]
        kinds[i] = OTHER


def _line_kind(t: str, langs: tuple[str, ...]) -> tuple[_Anchor | _Unread | None, str]:
    """A non-blank line's reading (``_anchor``) and its kind, from its text alone."""
    a = _anchor(t, langs)
    if a is None and len(t) <= 80 and (other := _weekday_language(t, langs)) is not None:
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


def _calendar(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """Read the page's calendar layouts, in place: date headings over entries with their own
    times become one anchor per entry (the heading is no meeting: kind DAY), table rows that
    leave the date cell empty take the date of the row above, a table's header row and a time
    stated for the whole list are RULE lines, and a table of contents of dates (each repeated
    later as a heading) is no meeting: each of its lines is warned about."""
    list_times: list[tuple[int, TimeMatch]] = []
    list_places: dict[int, str | None] = {}
    rules: list[tuple[int, TimeMatch]] = []  # times stated "unless stated otherwise"
    strict: set[int] = set()  # rules in a sentence of prose: any heading after its entries ends it
    for i, k in enumerate(kinds):
        if k == SERIES and (rule := calendar.unless_rule(lines[i].text)) is not None:
            rules.append((i, rule[0]))  # "Talks are held at X unless stated. ... 7.30pm"
            list_places[i] = rule[1]
        elif k == SERIES and (held := _held_rule(lines, kinds, i)) is not None:
            rules.append((i, held[0]))  # "Meetings are held at the Red Lion … at 7.30pm."
            list_places[i] = held[1]
            strict.add(i)
        elif k in (OTHER, PROSE) and (found := _rule_line(lines[i].text)) is not None:
            what, value = found
            if what == _HEADER_ROW:
                kinds[i] = RULE
                if value is not None:
                    _table_columns(lines, anchors, i, value)
            elif what == _LIST_TIME:
                kinds[i] = RULE
                list_times.append((i, value[0]))
                list_places[i] = value[1]
                if calendar.each_time(lines[i].text):
                    strict.add(i)  # "Treffpunkt jeweils 14 Uhr": the dates listed with it
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
            elif held := _held_rule(lines, kinds, i):
                rules.append((i, held[0]))  # "Branch meetings are held on … at 7pm in …"
                list_places[i] = held[1]
                strict.add(i)
    if list_times:
        list_times = _trailing_list_times(kinds, anchors, list_times, list_places)
    untimed = [i for i in sorted(anchors) if _untimed_date(anchors[i])]
    if not untimed and not list_times and not any("|" in lines[i].text for i in anchors):
        _assign_list_rules(lines, kinds, anchors, rules, list_places, strict)
        return
    _drop_toc(lines, kinds, anchors, unread, [i for i in untimed if _date_only(anchors[i])])
    days = []
    for i in sorted(anchors):
        a = anchors[i]
        row = "|" in lines[i].text and a.tail.lstrip().startswith("|") and a.date is not None
        if row:
            a.entry = True
        if row or _untimed_date(a):
            days.append((i, row, _day_entries(lines, kinds, i, list_times, row)))
    with_entries = [d for d in days if d[2]]
    calendar_page = bool(list_times) or len(with_entries) >= 2
    for i, row, entries in with_entries:
        day = anchors[i]
        headed = i > 0 and kinds[i - 1] == OTHER  # a place heading over one dated block
        single = not (calendar_page or row or len(entries) >= 2 or not headed)
        if single or (not row and not _date_only(day) and len(entries) < 2):
            continue
        if not row and _venue_block_under(lines, kinds, entries):
            continue  # "All meetings start at 7pm" / "Thursday 10 December" / "Central Library" / street
        day_place = "" if row else _day_place(day)
        place = [] if row else _place_heading(lines, kinds, i)
        if not row:
            del anchors[i]
            kinds[i] = DAY
        for h in place:
            kinds[h] = DAY
        dm = dataclasses.replace(day.date, start=0, end=0)
        for j in entries:
            text = calendar.entry_start(lines[j].text)
            anchors[j] = _Anchor(
                j, dm, False, "", text, day=i, entry=True, place_head=place, day_place=day_place
            )
            kinds[j] = ANCHOR
    _assign_list_rules(lines, kinds, anchors, sorted(list_times + rules), list_places, strict)


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


_HEADER_ROW, _LIST_TIME, _NO_MEETING_LINE, _SAYS_CLOSED, _UNLESS_RULE, _MAY_BE_HELD = range(6)


@lru_cache(maxsize=4096)
def _rule_line(t: str) -> tuple[int, Any] | None:
    """What a line that is no entry may state for the entries under it, from its text alone (a
    page's address and link lines repeat): a table's header row (with its column roles), a time
    for the list (with its place), no meeting, a time "unless stated otherwise" (with its place),
    or maybe a sentence saying where and when meetings are held (``_held_rule`` decides)."""
    if calendar.is_header_row(t):
        return _HEADER_ROW, calendar.header_roles(t)
    if (tm := calendar.list_time(t)) is not None:
        return _LIST_TIME, (tm, calendar.list_place(t, _placelike))
    if len(t) <= 80 and (nm := _says_no_meeting(t)) is not None:
        return _NO_MEETING_LINE, nm
    if len(t) <= 80 and (cl := _says_closed(t)) is not None:
        return _SAYS_CLOSED, cl  # a closure: no meeting, when a date heading is over it
    if (rule := calendar.unless_rule(t)) is not None:
        return _UNLESS_RULE, rule
    if calendar.may_be_held_rule(t):
        return _MAY_BE_HELD, None
    return None


_HELD_REACH = 3  # lines of a paragraph read for the sentence that states a list's time and place


def _held_rule(lines: list[Line], kinds: list[str], i: int) -> tuple[TimeMatch, str | None] | None:
    """The time and place a paragraph starting at line ``i`` states for the meetings of the
    list ("Branch meetings are held on the second Wednesday of the month at 7.00pm / in the
    Trades Council office, Unity House."): its lines become RULE lines."""
    if not calendar.may_be_held_rule(lines[i].text):
        return None
    para = [i]
    while (
        len(para) < _HELD_REACH
        and para[-1] + 1 < len(lines)
        and kinds[para[-1] + 1] in (OTHER, PROSE)
    ):
        para.append(para[-1] + 1)
    months = _all_months()
    rule = calendar.held_rule(
        " ".join(lines[j].text for j in para), lambda w: w.casefold() in months
    )
    if rule is not None:
        for j in para:
            kinds[j] = RULE
    return rule


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
    if a is None or not _untimed_date(a) or a.inline_head or a.tail.strip(" ,.;:|–—-()"):
        return False
    months = _all_months()
    if any(w in months for w in _LETTERS.findall(lines[i].text.casefold())):
        return False
    unread[j] = (
        f"{lines[j].text!r}: the line under it, {lines[i].text!r}, says {words!r}; not a meeting"
    )
    del anchors[j]
    kinds[j] = BLANK
    return True


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


def _assign_list_rules(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    list_times: list[tuple[int, TimeMatch]],
    list_places: dict[int, str | None],
    strict: set[int] = frozenset(),  # type: ignore[assignment]
) -> None:
    """Each meeting under a time (and place) stated for the list takes them, up to the next
    section heading (``_section_headings``; for a ``strict`` rule, any heading after its first
    entry, even one over a single meeting)."""
    if not list_times:
        return
    starts = [i for i, _ in list_times]
    ends = _section_headings(lines, kinds, anchors)
    every = _section_headings(lines, kinds, anchors, every=True) if strict else ends
    order = sorted(anchors)
    for i, a in anchors.items():
        k = bisect_left(starts, i)
        # a heading between the rule and its first entry ("Schedule") is the list's own
        first = order[bisect_left(order, starts[k - 1])] if k else 0
        if k and not _section_between(every if starts[k - 1] in strict else ends, first, i):
            a.list_time = list_times[k - 1][1]
            a.list_place = list_places[list_times[k - 1][0]]


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
    return run if len(run) >= 2 else []


def _section_between(ends: list[int], start: int, i: int) -> bool:
    h = bisect_left(ends, start)
    return h < len(ends) and ends[h] < i


_SECTION_CHARS = 60


@cache
def _all_months() -> frozenset[str]:
    """Month names and abbreviations in every language the parser reads."""
    return frozenset(n for lang in LANGUAGES for n in month_names(lang))


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


def _drop_page_marks(lines: list[Line], kinds: list[str]) -> None:
    """A printed page's header or footer copied into the text ("IYSSE California Tour · page
    2", "Seite 2 von 3") is no part of the listing: kind BLANK, so it neither ends a list nor
    heads or joins a meeting."""
    for i, k in enumerate(kinds):
        t = lines[i].text
        if k == OTHER and len(t) <= _SECTION_CHARS and t[-1:].isdigit() and _PAGE_MARK.search(t):
            kinds[i] = BLANK


def _section_headings(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], every: bool = False
) -> list[int]:
    """Lines that start a new section of a list (where a time stated for the list stops): a
    short line of its own paragraph (a blank line or the page's start above it) that names no
    place and no month ("MARCH 2019" goes on with the same list), with no entry or with two or
    more entries before the next such line (a title over one meeting is that meeting's)."""
    months = _all_months()
    found = []
    for i, k in enumerate(kinds):
        t = lines[i].text.strip(" :")
        if k not in (OTHER, CITY) or (i and kinds[i - 1] != BLANK) or len(t) > _SECTION_CHARS:
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
    blanks = 0
    for j in range(header + 1, len(lines)):
        t = lines[j].text
        if not t:
            blanks += 1
            if blanks > 1:
                break
            continue
        if "|" not in t or calendar.header_roles(t) is not None:
            break  # the table ends, or the next header row takes over
        blanks = 0
        if j in anchors and len([c for c in t.split("|") if c.strip()]) == len(roles):
            anchors[j].columns = roles


def _untimed_date(a: _Anchor) -> bool:
    """A date line without a time: maybe a calendar's heading ("Saturday, March 9", "Leeds –
    Saturday 9 March", "Samstag, 9. März, Rathaus")."""
    return a.date is not None and not a.timed and not a.more and not a.prose


def _day_place(a: _Anchor) -> str:
    """The place a date heading names besides its date, if any."""
    parts = (a.inline_head.strip(" ,;:–—-"), a.tail.strip(" ,.;:|–—-()"))
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


def _day_entries(
    lines: list[Line], kinds: list[str], i: int, list_times: list, row: bool
) -> list[int]:
    """The entry lines under a date heading (or under a dated table row): lines that start with
    a time and go on with words. A line without a time is an entry too (its time is TBA, or the
    list's) when a time is stated for the whole list, or when a timed entry follows it under
    the same heading. Detail lines (an address, a link) under an entry stay its details."""
    got: list[int] = []
    untimed: list[int] = []  # lines without a time, entries only if a timed entry follows
    stacked: list[int] = []  # a time alone over its entry's title: entries if two or more
    blanks = 0
    list_time = not row and bool(list_times) and list_times[0][0] < i
    # The last of a run of date lines ("Tuesday 11 November" / "Tuesday 9 December"), with a
    # blank under it, is no heading: the list's time does not make the next paragraph its entries.
    in_run = i > 0 and kinds[i - 1] == ANCHOR
    for j in range(i + 1, len(lines)):
        k, t = kinds[j], lines[j].text
        blanks = blanks + 1 if k == BLANK else 0
        if k == BLANK:
            if blanks > _DAY_GAP or row:
                break
        elif k == RULE:
            list_time = list_time or (bool(list_times) and not row)
        elif len(t) <= _HOURS_HEADING_LEN and _HOURS_HEADING.match(t):
            break  # "Horaires" / "Mardi – vendredi : 10h – 18h": opening hours, no entries
        elif k == PROSE and len(t) <= 300 and calendar.timed_entry(t) is not None:
            got.extend(untimed)  # a long entry reads as a sentence ("• 19h : Ciné-débat : …")
            untimed = []
            got.append(j)
        elif k != OTHER:
            break
        elif calendar.timed_entry(t) is not None:
            got.extend(untimed)
            if not (untimed and untimed[-1] == j - 1 and _time_then_place(t)):
                got.append(j)  # else "2:00–5:00 p.m., Hartley Hall" is the title's detail
            untimed = []
        elif (
            not row and (j == i + 1 or kinds[j - 1] == BLANK) and _time_over_title(lines, kinds, j)
        ):
            stacked.append(j)  # "6:00 PM - 7:30 PM" / "Adult Book Club" / "Decatur Library"
        elif (got or untimed) and _is_detail_like(t):
            continue  # a detail of the entry above
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
            (got if list_time else untimed).append(j)
        else:
            break
    return stacked if len(stacked) >= 2 and not got else got


def _time_over_title(lines: list[Line], kinds: list[str], j: int) -> bool:
    """Whether line ``j``, first of its paragraph, is a time alone over a line of words: a
    calendar entry whose title and place are on the lines under its time."""
    nxt = j + 1
    return (
        nxt < len(lines)
        and kinds[nxt] == OTHER
        and _only_time(lines[j].text)
        and _TWO_LETTERS.search(lines[nxt].text) is not None
        and find_times(lines[nxt].text) is None
    )


def _venue_block_under(lines: list[Line], kinds: list[str], entries: list[int]) -> bool:
    """Whether the untimed lines under a date heading are a meeting's venue block: a venue's name,
    then its address on the next lines ("Central Library" / "12 Oak Street" / "Springfield IL
    62701"). A time stated for the whole list does not make them calendar entries titled with
    the venue's name or its street."""
    j = entries[0]
    t = lines[j].text
    if calendar.timed_entry(t) is not None or not _placelike(t):
        return False
    if _DIGIT.search(t) and not (_ROOM_NUMBER.search(t) and _named_venue_line(t)):
        return False  # "12 Oak Street"; not "UC Irvine, Social Science Lecture Hall 100"
    if j + 1 >= len(lines) or kinds[j + 1] != OTHER or not _address_part(lines[j + 1].text):
        return False
    return all(
        calendar.timed_entry(lines[k].text) is None and _address_part(lines[k].text)
        for k in entries[1:]
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
    return bool(first) and (_placelike(first) or room_first(first) is not None)


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


_BADGE_REASON = "{!r} repeats the date of the meeting at line {} (a date badge); not a meeting"
_BADGE_LEN = 24  # characters: "SEP13", "13 Sep", "Wed 13 Sep"
_BADGE_REACH = 8  # lines from a badge to the date line it repeats


def _drop_badges(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """A short date-only line (a card's month/day badge: "SEP13") whose day the next date line
    a few lines below gives again, with its time, is no meeting of its own: it is warned about
    with the line it repeats. A badge's own ``<time datetime>`` says which day it is where its
    words may read otherwise ("mar 12" is martes 12, not 12 March, when it is stamped
    2027-01-12)."""
    order = sorted(anchors)
    for k, i in enumerate(order[:-1]):
        a, j = anchors[i], order[k + 1]
        if a.day is not None or len(lines[i].text) > _BADGE_LEN or not _date_only(a):
            continue
        b = anchors[j]
        if b.date is None or b.day is not None or j - i > _BADGE_REACH or _date_only(b):
            continue
        same_year = a.date.year is None or b.date.year in (None, a.date.year)
        if (_day_key(a) == _day_key(b) and same_year) or _day_key(b) in _stamped_days(lines[i]):
            unread[i] = _BADGE_REASON.format(lines[i].text, lines[j].number)
            del anchors[i]
            kinds[i] = BLANK


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
    """A line without a time right under a timed date line (blank lines between) whose date
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
        if any(kinds[k] != BLANK for k in range(i + 1, j)):
            continue
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
    r"^\W*+(?:(?:past|previous|earlier)\s++(?:[^\W\d_]++\s++)?[^\W\d_]++|"
    r"(?:vergangene|fr[üu]here|zur[üu]ckliegende)\s++[^\W\d_]++|r[üu]ckblick|"
    r"(?:[^\W\d_]++\s++)?pass[ée]e?s|(?:[^\W\d_]++\s++)?(?:pasad[oa]s|anteriores|realizad[oa]s)|"
    r"past|vergangene?)"  # alone, as an events tab writes it: "Past", "Passés", "Vergangene"
    r"\b[\W\d]*+$",  # "Past concerts", "Frühere Wanderungen", "Ateliers passés", "Charlas pasadas"
    re.I,
)
# A heading over links to other articles, each with its date: "Related", "See also", "Latest
# articles", "Weitere Artikel", "Lire aussi", "Lea también", "Noticias relacionadas".
_RELATED_HEADING = re.compile(
    r"^\W*+(?:related(?:\s++(?:articles|stories|posts|news|reading))?|see\s++also|"
    r"read\s++(?:also|more)|further\s++reading|(?:latest|recent|more)\s++(?:articles|stories|"
    r"posts|news)|siehe\s++auch|lesen\s++sie\s++auch|mehr\s++zum\s++thema|(?:weitere|"
    r"neueste|aktuelle|verwandte|[äa]hnliche)\s++artikel|voir\s++aussi|lire\s++aussi|[àa]\s++lire|"
    r"(?:autres|derniers)\s++articles|articles\s++(?:li[ée]s|r[ée]cents)|ver\s++tambi[ée]n|"
    r"lea\s++tambi[ée]n|(?:art[íi]culos|noticias|notas)\s++relacionad[oa]s|[úu]ltim[oa]s\s++"
    r"(?:art[íi]culos|noticias|notas|entradas|publicaciones)|m[áa]s\s++(?:art[íi]culos|noticias|"
    r"notas)|"
    # a blog's sidebar: "Recent posts", "Entradas recientes", "Neueste Beiträge"
    r"(?:entradas|publicaciones|art[íi]culos|notas|noticias)\s++recientes|"
    r"(?:neueste|letzte|aktuelle)\s++beitr[äa]ge|publications\s++r[ée]centes)\b[\W\d]*+$",
    re.I,
)
_RELATED_REASON = "{!r} is under the heading {!r} (a link to another article); not a meeting"
_RELATED_FIRST_WORDS = frozenset({
    "related", "see", "read", "further", "latest", "recent", "more", "siehe", "lesen", "mehr",
    "weitere", "neueste", "aktuelle", "verwandte", "ähnliche", "ahnliche", "voir", "lire", "à",
    "a", "autres", "derniers", "articles", "ver", "lea", "artículos", "articulos", "noticias",
    "últimas", "ultimas", "últimos", "ultimos", "más", "mas", "notas", "entradas",
    "publicaciones", "letzte", "publications",
})  # fmt: skip


def _related_heading(text: str) -> bool:
    """``_RELATED_HEADING.match(text)``, tried only when the first word is one it starts with."""
    first = text.lstrip(" *•·#>|([-")[:16].partition(" ")[0].lower().strip(_WORD_STRIP)
    return first in _RELATED_FIRST_WORDS and _RELATED_HEADING.match(text) is not None


_UPCOMING_HEADING = re.compile(
    r"\b(?:upcoming|future|forthcoming|coming\s++up|next|kommende|n[äa]chste|anstehende|"
    r"prochaine?s|[àa]\s++venir|pr[óo]xim[oa]s)\b",
    re.I,
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
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """The dated lines under a heading such as "Past events" (up to a heading such as "Upcoming
    events", or the page's end) that write their year or give no time are no meetings: each is
    warned about with its heading. One with a time and without a year stays a meeting (the year
    read for it may not be the one the heading means), with a warning."""
    heading: int | None = None
    related = False  # the heading is a list of links to other articles, not past events
    kept: list[int] = []  # the entries under it kept for want of a year
    for i, k in enumerate(kinds):
        t = lines[i].text
        if k == ANCHOR:
            a = anchors.get(i)
            if heading is None or a is None or a.date is None:
                continue
            if related and a.timed:  # a meeting after the links: the list has ended
                heading = None
                continue
            if a.date.year is None and a.timed:  # untimed: nothing says it is still to come
                unread[i] = _PAST_KEPT.format(t, lines[heading].text.strip())
                kept.append(i)
                continue
            why = _RELATED_REASON if related else _PAST_REASON
            unread[i] = why.format(t, lines[heading].text.strip())
            del anchors[i]
            kinds[i] = BLANK
            continue
        if k == BLANK or len(t) > _SECTION_HEAD_LEN:
            continue
        if _PAST_HEADING.match(t) and _dates_follow(kinds, i) and not _tab_after(lines, kinds, i):
            _drop_newest_first(lines, kinds, anchors, unread, kept, heading)
            heading, related, kept = i, False, []
        elif _related_heading(t) and _dates_follow(kinds, i):
            _drop_newest_first(lines, kinds, anchors, unread, kept, heading)
            heading, related, kept = i, True, []
        elif heading is not None and _UPCOMING_HEADING.search(t):
            _drop_newest_first(lines, kinds, anchors, unread, kept, heading)
            heading, kept = None, []
    _drop_newest_first(lines, kinds, anchors, unread, kept, heading)


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
    r"(?:[^\W\d_]++(?:\s[^\W\d_]++)?\s?:\s?)?\((?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d\d)?\)"
)
_TZ_LINE_MAX = 120  # characters
_PERIOD_DAYS = 27  # a span of dates this long or longer over a page's entries is what it shows
_PRINT_TOP = 4  # lines under a page's first date searched for its time zone
_PRINT_REASON = "{!r} is the printed page's own line ({}); not a meeting"


def _drop_print_lines(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """A printed page's header, time-zone lines and the span of days a printed calendar shows
    are no meetings (see _PRINT_STAMP): the header and the span are warned about, the time-zone
    line is kind BLANK (never a place)."""
    first = next((i for i, k in enumerate(kinds) if k != BLANK), None)
    if first is None:
        return
    ps = _PRINT_STAMP.match(lines[first].text) if first in anchors else None
    if ps is not None and (ps.group("sec") or int(ps.group("min")) % 15):  # off the quarters
        unread[first] = _PRINT_REASON.format(lines[first].text, "when it was printed")
        del anchors[first]
        kinds[first] = BLANK
    if not anchors:
        return
    top = min(anchors)  # a print's time zone and span stand above its entries
    for i, line in enumerate(lines[: top + _PRINT_TOP]):
        t = line.text
        tz = ("GMT" in t or "UTC" in t) and len(t) <= _TZ_LINE_MAX and i not in anchors
        if tz and _TZ_LINE.match(t):
            kinds[i] = BLANK
    if len(anchors) >= 3 and _period(anchors[top]):
        unread[top] = _PRINT_REASON.format(lines[top].text, "the days it shows")
        del anchors[top]
        kinds[top] = BLANK


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
    r"(?:\S++\s++){0,2}?(?:from|since|ab|seit|desde(?:\s++el)?|depuis(?:\s++le)?|d[èe]s\s++le|"
    r"[àa]\s++partir\s++du|a\s++partir\s++del?)[\s:]*+",
    re.I,
)


def _drop_day_notes(
    lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor], unread: dict[int, str]
) -> None:
    """An entry with no time whose title (after its date, or on the line under a bare date) is
    a public holiday's, or opens with a deadline's name ("Journée entière  Date limite : dépôt
    des recours", "Deadline: motions to the conference"), is a note on the calendar, not a
    meeting; so is an events list's "from" filter (_VIEW_FROM). Each is warned about."""
    for j, a in list(anchors.items()):
        if a.timed:
            continue
        t = lines[j].text
        if a.date is not None and not a.tail.strip() and _VIEW_FROM.fullmatch(t[: a.date.start]):
            unread[j] = _NOTE_REASON.format(t, "the first day an events list shows")
            del anchors[j]
            kinds[j] = BLANK
            continue
        title = t[a.date.end :] if a.date is not None and a.day is None else t
        title = title[_ALL_DAY.match(title).end() :]  # type: ignore[union-attr]
        if not title and j + 1 < len(lines) and kinds[j + 1] == OTHER:  # a day over its entry
            under = lines[j + 1].text
            title = under[_ALL_DAY.match(under).end() :]  # type: ignore[union-attr]
        low = title.lower()
        if contains_any(low, _HOLIDAY_STEMS) and _HOLIDAY_MARK.search(title):
            what = "a public holiday"
        elif _DEADLINE_OPENS.match(title) is not None:
            what = "a deadline"
        else:
            continue
        unread[j] = _NOTE_REASON.format(t, what)
        del anchors[j]
        kinds[j] = BLANK


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


def _caps_name(text: str) -> bool:
    """A short name in capitals (1-4 words, letters only): "MANCHESTER", "NEW YORK CITY"."""
    if len(text) > 40 or not text.isupper() or _DIGIT.search(text):
        return False
    words = text.replace("-", " ").replace(".", " ").split()
    return 0 < len(words) <= 4 and all(w.replace("'", "").replace("’", "").isalpha() for w in words)


# Symbols before a heading's name: a pin or flag emoji, a bullet ("📍 LIMA", "▶ MELBOURNE").
_PIN = re.compile(r"^[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]{1,3}+\s*+")
_TITLED_DATE = 2  # lines of a title or campus over a date line, under a city heading


def _heading_name(text: str) -> str:
    """A heading's name without the pin before it ("📍 TRUJILLO") or the short form in
    brackets after it ("CIUDAD DE MÉXICO (CDMX)")."""
    t = (_PIN.sub("", text) if text[:1] >= "\u2600" else text).strip(" :")  # _PIN: U+2600 on
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
    "MANCHESTER", then the meetings held there, until the next heading."""
    for i, k in enumerate(kinds):
        if k != OTHER or (i and kinds[i - 1] == ANCHOR):
            continue
        t = _heading_name(lines[i].text)
        if not _caps_name(t) or VENUE_WORDS.search(t) or _has_status(t) or _KIND.match(t):
            continue
        if _month_heading(t):
            continue  # "MAYO", "MÄRZ 2019", "IM JANUAR": a month heading, not a city
        if len(t) <= 3 or find_campus(t) or find_campus(_title_case_words(t)):
            continue  # "UCLA", "NYU", "WAYNE STATE UNIVERSITY": a campus heading
        if any(w.lower() in _NOT_CITY for w in t.split()) and t.lower() not in CITY_ALIASES:
            continue
        j = i + 1
        while j < len(kinds) and kinds[j] == BLANK and j - i <= 2:
            j += 1
        if j < len(kinds) and kinds[j - 1] == BLANK:
            # "SYDNEY" over a paragraph led by the meeting's title ("Public meeting: …") or
            # campus, its date line under it: the heading is still the city's
            k = j
            while k < len(kinds) and kinds[k] == OTHER and k - j < _TITLED_DATE:
                k += 1
            j = k if k in anchors else j
        if j < len(kinds) and j in anchors and anchors[j].date is not None:
            kinds[i] = CITY


def _other_caps_heading(lines: list[Line], kinds: list[str], i: int) -> bool:
    """A heading in capitals, alone after a blank line, that is no city heading; or a month's
    heading ("En janvier", "In January"), whose meetings are in no city above it."""
    if kinds[i] != OTHER or kinds[i - 1] != BLANK:
        return False
    t = lines[i].text.split(" (", 1)[0]  # "… VIRTUAL (Zoom)": a remark after it
    if len(t) <= _MONTH_HEADING_LEN and _month_heading(t):
        return True
    return len(t) <= _SECTION_CHARS and t.isupper() and len(_LETTERS.findall(t)) >= 2


# Words around a month in its heading: "Im Januar", "En janvier", "In January 2027", "Mes de
# enero", "Ab März".
_MONTH_HEADING_WORDS = frozenset({
    "im", "in", "ab", "for", "from", "en", "au", "mois", "de", "d", "del", "mes", "el", "the",
    "month", "monat", "of",
})  # fmt: skip
_MONTH_HEADING_LEN = 30


def _month_heading(text: str) -> bool:
    """Whether a short heading names a month and nothing else ("MAYO", "März 2019", "Im Januar",
    "En janvier", "In January")."""
    words = _LETTERS.findall(text.casefold())
    months = _all_months()
    return any(w in months for w in words) and all(
        w in months or w in _MONTH_HEADING_WORDS for w in words
    )


def _heads_dates(kinds: list[str], anchors: dict[int, _Anchor], i: int) -> bool:
    """Whether line ``i`` is alone in its paragraph with a dated line right under it (past at
    most two blank lines)."""
    if i + 1 >= len(kinds) or kinds[i + 1] != BLANK or (i and kinds[i - 1] != BLANK):
        return False
    j = i + 1
    while j < len(kinds) and kinds[j] == BLANK and j - i <= 2:
        j += 1
    return j in anchors and anchors[j].date is not None


def _mark_name_headings(lines: list[Line], kinds: list[str], anchors: dict[int, _Anchor]) -> None:
    """Names alone in their paragraphs ("Buenos Aires", "Bern"), one of them over two meetings
    or more, are city headings (kind CITY) like those in capitals: the meetings under each, up
    to the next, are held there. A page whose names each head one meeting keeps them as those
    meetings' headings."""
    top = next((i for i, k in enumerate(kinds) if k != BLANK), len(kinds))
    heads = [
        i
        for i, k in enumerate(kinds)
        if k == OTHER
        and i > top  # the page's first line is its title ("Programm"), never a city
        and _heads_dates(kinds, anchors, i)
        and _name_heading(text := lines[i].text.strip())
        and not _ONLINE.search(text)  # "Zoom (link sent to members)": how, not where
    ]
    if not heads:
        return
    order = sorted(anchors)
    ends = [*heads[1:], len(kinds)]
    if any(
        bisect_left(order, e) - bisect_left(order, i) >= 2 for i, e in zip(heads, ends, strict=True)
    ):
        for i in heads:  # each name ends the one above it, also over a single meeting
            kinds[i] = CITY


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
def _is_city_line(text: str) -> bool:
    p = parse_place(text)
    return p.campus is None and p.city is not None


@lru_cache(maxsize=4096)  # a page's headings and detail lines repeat
def _is_campus_line(text: str) -> bool:
    cm = find_campus(_KIND.sub("", _BULLET.sub("", text)))
    return cm is not None and cm.start <= 2


@dataclass
class _Span:
    anchor: _Anchor
    header: list[int] = field(default_factory=list)
    details: list[int] = field(default_factory=list)
    series: tuple[str | None, str | None] | None = None  # (campus heading, venue)
    city: int | None = None  # the line of the city heading the meeting is under
    # Details written above the date, in a block that the date closes (venue, address, date)
    pre: list[int] = field(default_factory=list)

    @property
    def first(self) -> int:
        return self.header[0] if self.header else self.pre[0] if self.pre else self.anchor.index

    @property
    def indices(self) -> list[int]:
        return [*self.header, *self.pre, self.anchor.index, *self.details]


def _header(
    lines, kinds, anchor_idx: int, floor: int, contiguous_prev: bool, top: int = 0
) -> list[int]:
    """Line indices of the heading above an anchor (at most 3, none below ``floor``); ``top`` is
    the page's first line of text (its title, never a card's name heading)."""
    got: list[int] = []
    j = anchor_idx - 1
    while j > floor and len(got) < 3 and kinds[j] == OTHER:
        if _is_detail_like(lines[j].text):
            break
        got.append(j)
        j -= 1
    got.reverse()
    if not got:
        # Pages that put every field in a paragraph of its own: a place line, a blank, the date.
        j = anchor_idx - 1
        while j > floor and kinds[j] == BLANK:
            j -= 1
        alone = j - 1 <= floor or kinds[j - 1] == BLANK
        if j > floor and j < anchor_idx - 1 and kinds[j] == OTHER and alone:
            text = lines[j].text
            placelike = (
                _is_campus_line(text) or _is_city_line(text) or _KIND.match(text)
                or (j > top and _name_heading(text))
            )  # fmt: skip
            if placelike and not _is_detail_like(text):
                return [j]
        return got
    if contiguous_prev and j == floor:
        # No blank line between this meeting and the previous one: the lines above could be
        # the previous meeting's details. Keep only what reads as a heading.
        last = lines[got[-1]].text
        if len(got) >= 2 and _is_city_line(last) and _is_campus_line(lines[got[-2]].text):
            return got[-2:]
        if _BULLET.match(last) or _is_campus_line(last) or _is_city_line(last) or _KIND.match(last):
            return got[-1:]
        return got[-1:] if len(got) > 1 or kinds[floor] != ANCHOR else []
    return got


# Lower-case words inside a place's name: "Ciudad de México", "Frankfurt am Main", "Stratford
# upon Avon", "Châlons en Champagne".
_NAME_PARTICLES = frozenset({
    "de", "del", "la", "las", "los", "da", "do", "dos", "das", "di", "am", "an", "der", "von",
    "upon", "on", "sur", "en", "le", "les", "y", "des", "du",
})  # fmt: skip


def _name_heading(text: str) -> bool:
    """A name alone in its paragraph over a date (a card's "<h3>Sydney</h3>", "## Wellington
    (second meeting)"): one or two capitalised words, maybe a remark in brackets after them, no
    digit, no venue, status, month or heading word ("Public Meeting", "Events", "MARCH"). (Not
    the page's first line: that is its title, "Programm".)"""
    if _has_status(text):
        return False
    if text.endswith(")") and " (" in text:  # "Wellington (second meeting)": a remark after it
        text = text.split(" (", 1)[0]
    text = _cut_heading_remark(text)
    words = text.split()
    names = [w for w in words if w not in _NAME_PARTICLES]  # "Santiago de Chile"
    return (
        len(names) <= 2
        and len(words) <= 4
        and len(text) <= 30
        and names[:1] == words[:1]
        and _BARE_CITY.match(" ".join(names)) is not None
        and not VENUE_WORDS.search(text)
        and not _has_status(text)
        and not any(w.lower() in _NOT_CITY or w.casefold() in _all_months() for w in words)
    )


_BLOCK_MAX = 5  # lines of a block that the date closes


def _block_above(lines, kinds, idx: int, floor: int) -> tuple[list[int], list[int]]:
    """A paragraph that the date line closes ("Campus / Venue, Room / Address / Date, time"):
    its first line is the heading when it names a campus, a city or the kind of meeting (or is
    a title over three lines or more), the rest (all of it, when it starts with the venue) are
    the meeting's details. Only when the paragraph has a blank line (or the page's start) above it and
    one below the date, so the details of the meeting above are never taken."""
    after = idx + 1
    if after < len(kinds) and kinds[after] != BLANK:
        return [], []
    j = idx - 1
    while j > floor and kinds[j] == OTHER and idx - j <= _BLOCK_MAX:
        j -= 1
    if j == idx - 1 or not (j < 0 or kinds[j] == BLANK) or (0 <= j <= floor):
        return [], []
    block = list(range(j + 1, idx))
    if any(_LINK_LINE.match(lines[b].text) for b in block):
        return [], []
    top = lines[block[0]].text
    if _is_campus_line(top) or _is_city_line(top) or _KIND.match(top):
        return block[:1], block[1:]
    if _is_detail_like(top) or _placelike(top) or len(block) < 3:
        return [], block  # the venue itself, first
    return block[:1], block[1:]  # a title over the venue


def _is_heading_block(lines: list[Line], header: list[int]) -> bool:
    """Heading lines that are all campuses, cities or kinds ("Wayne State University" over
    "Detroit"): the usual heading, with nothing of the venue in it."""
    return all(
        _is_campus_line(lines[h].text) or _is_city_line(lines[h].text) or _KIND.match(lines[h].text)
        for h in header
    )


def _segment(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    breaks: list[int] | None = None,
) -> list[_Span]:
    spans: list[_Span] = []
    claimed: set[int] = set()
    series: tuple[str | None, str | None] | None = None
    series_at: dict[int, tuple[str | None, str | None]] = {}
    # Series headings: "Campus\nAll meetings held in VENUE".
    for i, k in enumerate(kinds):
        if k != SERIES:
            continue
        venue = _SERIES.match(lines[i].text).group("venue")
        if calendar.unless_rule(lines[i].text) is not None:
            venue = None  # "... unless stated": the list's place, which entries may override
        campus_lines = []
        j = i - 1
        while j >= 0 and kinds[j] == OTHER and len(campus_lines) < 2:
            campus_lines.insert(0, j)
            j -= 1
        campus = ", ".join(lines[c].text for c in campus_lines) or None
        claimed.update(campus_lines)
        claimed.add(i)
        series_at[i] = (campus, venue)
    order = sorted(anchors)
    cities = [i for i, k in enumerate(kinds) if k == CITY]
    # A heading in capitals that names no city ("💻 CÍRCULO DE ESTUDIO VIRTUAL (Zoom)") ends the
    # section of the city heading above it.
    city_ends = (
        [i for i in range(1, len(kinds)) if _other_caps_heading(lines, kinds, i)] if cities else []
    )
    if cities and breaks:  # a chat's next message ends the city heading of the one before
        city_ends = sorted({*city_ends, *breaks})
    # How many prose and blank lines come before each line (kinds do not change here): whether
    # a stretch of lines has one is then a subtraction, not a loop.
    prose_before = list(accumulate((k == PROSE for k in kinds), initial=0))
    blank_before = list(accumulate((k == BLANK for k in kinds), initial=0))
    series_claims = sorted(claimed)
    series_lines = sorted(series_at)
    prev_end = -1  # last line index that belongs to the previous meeting or a boundary
    top = next((i for i, k in enumerate(kinds) if k != BLANK), len(kinds))
    named: bool | None = None  # whether names head two dates or more (found when needed)
    for idx in order:
        a = anchors[idx]
        lo, hi = bisect_right(series_lines, prev_end), bisect_left(series_lines, idx)
        if hi > lo:
            series = series_at[series_lines[hi - 1]]
        elif prose_before[idx] > prose_before[max(prev_end, 0)]:
            series = None
        k = bisect_left(series_claims, idx)
        floor = max(
            prev_end,
            spans[-1].details[-1] if spans and spans[-1].details else -1,
            series_claims[k - 1] if k else -1,
        )
        contiguous = spans and blank_before[idx] == blank_before[spans[-1].anchor.index]
        header = (
            []
            if a.inline_head or a.day is not None
            else _header(lines, kinds, idx, floor, bool(contiguous), top)
        )
        header = [h for h in header if h not in claimed]
        c = bisect_left(cities, idx)
        if c and _section_between(city_ends, cities[c - 1], idx):
            c = 0
        pre: list[int] = []
        if (
            not a.inline_head
            and a.day is None
            and not (header and _is_heading_block(lines, header))
        ):
            block = _block_above(lines, kinds, idx, floor)
            if block[1] and len(block[0]) + len(block[1]) >= 2:
                header, pre = block
        city = cities[c - 1] if c else None
        if a.inline_head and _name_over_sentence(lines, kinds, idx, floor, top):
            if named is None:  # a tour's page: other names head its dates too
                named = sum(_name_over_date(lines, kinds, i, top) for i in order) >= 2
            if named:
                city = idx - 1 - (kinds[idx - 1] == BLANK)  # "Denton" over "The meeting at …"
        span = _Span(a, header, [], series, city, pre)
        if spans:
            _details(spans[-1], lines, kinds, limit=span.first, claimed=claimed)
        spans.append(span)
        claimed.update(header)
        claimed.update(pre)
        claimed.add(idx)
        prev_end = idx
    if spans:
        _details(spans[-1], lines, kinds, limit=len(lines), claimed=claimed)
    return spans


def _name_over_date(lines: list[Line], kinds: list[str], idx: int, top: int) -> bool:
    """Whether a name alone in its paragraph heads the date line at ``idx`` (maybe past a blank
    line): "Austin" over "Thursday, January 14, 7:00 p.m."."""
    h = idx - 2 if idx >= 2 and kinds[idx - 1] == BLANK else idx - 1
    return h > top and kinds[h] in (OTHER, CITY) and _name_heading(lines[h].text)


def _name_over_sentence(
    lines: list[Line], kinds: list[str], idx: int, floor: int, top: int
) -> bool:
    """Whether a name alone in its paragraph ("Denton", "Grenoble") heads the sentence with the
    date at ``idx`` right under it: the chapter's city, kept over the campus the sentence names."""
    h = idx - 2 if idx >= 2 and kinds[idx - 1] == BLANK else idx - 1  # maybe past a blank line
    return (
        floor < h > top
        and kinds[h] == OTHER
        and kinds[h - 1] == BLANK
        and _name_heading(lines[h].text)
        and not _is_campus_line(lines[h].text)
    )


def _details(span: _Span, lines, kinds, *, limit: int, claimed: set[int]) -> None:
    """Claim the lines after an anchor that describe the same meeting."""
    j = span.anchor.index + 1
    got: list[int] = []
    while j < limit:
        k = kinds[j]
        if k == PROSE and got and _pin_follows(lines, kinds, j, limit):
            j += 1  # "- Cancelled because the hall is closed …" / "- 📍 Ralph Thornton Centre"
            continue
        if j in claimed or k in (PROSE, SERIES, ANCHOR, DAY, RULE, CITY):
            break
        if k != BLANK:
            got.append(j)
            j += 1
            continue
        # A blank line may fall inside a meeting (place and date, blank, venue and address):
        # take the next paragraph only if nothing after the date was read yet and the
        # paragraph is not a heading over a blurb.
        nxt = j
        while nxt < limit and kinds[nxt] == BLANK:
            nxt += 1
        if (
            not got
            and nxt < limit
            and kinds[nxt] == PROSE
            and _pin_follows(lines, kinds, nxt, limit)
        ):
            j = nxt + 1  # a remark, then the entry's pinned place
            continue
        end = nxt
        while end < limit and kinds[end] == OTHER and end not in claimed:
            end += 1
        if not _takes_paragraph(span, lines, kinds, got, nxt, end):
            break
        got.extend(range(nxt, end))
        j = end
    span.details = [g for g in got if kinds[g] != BLANK]
    claimed.update(span.details)


def _takes_paragraph(
    span: _Span, lines: list[Line], kinds: list[str], got: list[int], nxt: int, end: int
) -> bool:
    """Whether the paragraph ``nxt:end`` after a blank line is still the meeting's, given the
    lines ``got`` under its date so far."""
    a = span.anchor
    # A table row ("Sat, Dec 19 | 7:30 PM") that gives no more than its time has its
    # title and place in the lines under it, as a card does.
    row_only = a.entry and a.day is None and not _tail_has_place(a)
    # "Talleres de lectura: miércoles 10, 17 y 24 de marzo, 18 hs" over a paragraph that
    # closes with its venue ("Coordina: Laura Benítez." / "Sala de lectura infantil")
    venue_last = not got and _ends_with_venue(lines, nxt, end)
    # "Mi., 9.12. | 18:30 Uhr — Stammtisch" over "Ort: Café Beim Bréck, …": the row's place
    row_only = row_only or (
        a.entry and a.day is None and nxt < end and _place_labelled(lines[nxt].text)
    )
    if (a.inline_head and not venue_last) or (a.entry and not row_only) or end == nxt:
        return False  # before the tests below, which cannot keep the paragraph then
    after = end
    while after < len(kinds) and kinds[after] == BLANK:
        after += 1
    followed_by_prose = after < len(kinds) and kinds[after] == PROSE
    if followed_by_prose and end - nxt == 1 and not got and len(lines[nxt].text) < 40:
        # "Online meeting (Zoom), 5pm NZDT" closing the card: a detail, not a heading
        text = lines[nxt].text
        followed_by_prose = not (_badge(text) or find_times(text) is not None)
    if followed_by_prose and any(_street_line(lines[b].text) for b in range(nxt, end)):
        followed_by_prose = False  # a venue block with its street, then a note about it
    if followed_by_prose:
        return False
    first = lines[nxt].text
    if (
        _is_sentence(first)
        and not _is_detail_like(first)
        and not venue_last
        and not calendar.meets_at(_BULLET.sub("", first, count=1))
    ):
        return False  # "Pre-orders for the new book close Sun 15 Feb.": a note, no venue
    heads_next = end - nxt == 1 and after < len(kinds) and kinds[after] == ANCHOR
    if heads_next and _online_heading(lines, after) == nxt:
        return False  # "Online meeting" over the next date: that meeting's heading
    if heads_next and _tail_has_place(a) and not (_is_detail_like(first) or _place_labelled(first)):
        return False  # the date line has its place; the lone line is the next entry's heading
    # After the first paragraph, only an address or link paragraph (a page with every
    # field in a paragraph of its own) still belongs to this meeting.
    noted = [
        g
        for g in got
        if kinds[g] != BLANK and not (_time_note(lines[g].text) or _badge(lines[g].text))
    ]  # a "Cancelled" badge over the title: the title's paragraph still follows
    if noted and not (
        (end - nxt == 1 and _is_detail_like(first))
        or (end - nxt == 2 and _venue_over_street(first, lines[nxt + 1].text))
        or _card_venue_para(lines, noted, nxt, end)
    ):
        return False
    return end - nxt <= 6  # a venue block has 3-6 lines; more is something else


# A street with its house number before the town: "Rincón 629, Montevideo", "Av. Jackson 1283,
# Montevideo", "Kastanienallee 12, Berlin" (a bounded name, so no backtracking beyond it).
_NUMBERED_STREET = re.compile(r"^[^\W\d_][^\d,\n]{1,48}\s\d{1,5}[A-Za-z]?\s*+,\s*+[^\W\d_]")


def _ends_with_venue(lines: list[Line], start: int, end: int) -> bool:
    """Whether a paragraph under a date closes with its venue on a line of its own, under a
    blurb that reads as sentences (a ``<dd>``: "Charla con el Prof. Daniel Ferreyra." /
    "Sala Raúl González Tuñón"): a short line naming a venue's kind, no sentence."""
    if end - start < 2:
        return False
    last = lines[end - 1].text.strip()
    return (
        len(last) <= 60
        and _venue_kind(last) is not None
        and not _is_sentence(last)
        and not _SENTENCE_END.search(last)
    )


def _pin_follows(lines: list[Line], kinds: list[str], j: int, limit: int) -> bool:
    """Whether the line after line ``j``, in its paragraph, is a place marked with a pin
    ("- 📍 Ralph Thornton Community Centre"): the entry's place, after a remark about it."""
    return j + 1 < limit and kinds[j + 1] == OTHER and bool(_PLACE_MARK.match(lines[j + 1].text))


@lru_cache(maxsize=4096)  # a page's venue and address lines repeat
def _street_line(text: str) -> bool:
    """A venue block's address line, a house number and a street: "56 Queen Street East",
    "Calle Mayor 14, 28013 Madrid", "6707, avenue De Lorimier", "Rincón 629, Montevideo",
    "Gneisenaustraße 2a"."""
    if looks_like_block_line(text) or _street_with_postcode(text):
        return True
    return _DIGIT.search(text) is not None and bool(
        is_street_abroad(text) or _STREET_WORD_ABROAD.search(text) or _NUMBERED_STREET.match(text)
    )


def _venue_over_street(name: str, street: str) -> bool:
    """A paragraph of two lines that is a venue block: the venue's name (with or without a
    venue word, maybe its room) over its street ("Labor Temple" / "1602 S Park St, Madison",
    "Central Library, Room 302" / "201 W Mifflin St")."""
    if not _street_line(street) or _street_line(name):
        return False
    return _name_over_street([name, street]) or _placelike(name) or _named_venue_line(name)


def _badge(text: str) -> bool:
    """A short line that only gives a status: "Cancelled", "Online event", "Postponed"."""
    return len(text) <= 40 and _only_status(text)


def _card_venue_para(lines: list[Line], noted: list[int], nxt: int, end: int) -> bool:
    """An event card with every field in a paragraph of its own (date / title / venue, maybe a
    "Cancelled" badge between): the paragraph after the title line is the venue's when the
    title names no place and the paragraph reads as a venue line ("CodeBase · Argyle House,
    3 Lady Lawson St", "En la librería, 1.er piso", "Online event")."""
    titled = [g for g in noted if not _badge(lines[g].text)]
    if not titled and end - nxt == 1 and len(lines[nxt].text) <= 80:
        return not _is_sentence(lines[nxt].text)  # "Annulé" / the title: the card goes on
    if len(titled) != 1 or end - nxt > 2:
        return False
    venue = lines[nxt].text
    if _badge(venue):
        return True  # "Online event", a "Cancelled" badge
    return _title_over_venue([lines[titled[0]], *lines[nxt:end]])  # a name, maybe its street


_DOORS_START = re.compile(
    r"^\W*+(?:doors|einlass|ouverture\s++des\s++portes|apertura\s++de\s++puertas)\b", re.I
)


def _time_note(text: str) -> bool:
    """A line about the times only ("Doors open 1.30pm, meeting starts 2pm"): a venue block may
    still follow it after a blank line."""
    return len(text) <= 60 and _DOORS_START.match(text) is not None and find_times(text) is not None


def _tail_has_place(a: _Anchor) -> bool:
    """Whether the date line goes on, after its time, with words ("– rendez-vous au Puits")."""
    tm = a.tail_times()
    rest = a.tail[tm.end :] if tm and tm.start <= _NEAR else a.tail
    return len(_LETTERS.findall(rest)) >= 2


# Meeting fields --------------------------------------------------------------------------------
@dataclass
class _Context:
    anchor: date
    exact: bool
    warnings: list[ParseWarning]


def _warn(ctx: _Context, line: Line, reason: str, meeting_line: int | None = None) -> None:
    ctx.warnings.append(ParseWarning(line.number, reason, line.text[:200], meeting_line))


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
def _venue_parts(text: str) -> tuple[str | None, str, CampusMatch | None]:
    """A venue line's address (after a venue's name), the text before it and the campus found
    in that text: read once per text (a list's venue is read for each of its meetings)."""
    t = (_LABEL.sub("", text) if ":" in text else text).strip(" ,;")
    parts = [p.strip() for p in t.split(",")]
    k = _address_start(parts)
    if not k:
        return None, t, find_campus(t)
    t = ", ".join(parts[:k])
    return ", ".join(parts[k:]), t, find_campus(t)


def _read_venue_text(m: Meeting, text: str) -> None:
    """A venue line: maybe a campus first, then a building and a room, maybe an address after."""
    address, t, cm = _venue_parts(text)
    if address is not None:
        _set_address(m, address)
    if cm and cm.start == 0:
        if m.campus is None:
            m.campus = parse_place(cm.name).campus or cm.name
        if m.campus == cm.name or parse_place(cm.name).campus == m.campus:
            t = _AT_IN.sub("", t[cm.end :].strip(" ,–-"))  # "Columbia University in Hamilton Hall"
    elif cm and cm.end >= len(t) - 1 and cm.start > 0 and t[: cm.start].rstrip().endswith(","):
        m.campus = m.campus or cm.name
        t = t[: cm.start].rstrip(" ,")
    if not t:
        return
    venue, room = split_venue_room(t)
    if m.venue is None:
        m.venue, m.room = venue, m.room or room
    elif m.room is None:
        m.room = t


def _set_address(m: Meeting, text: str) -> None:
    address, postal_code, city, state, country, town = _address_fields(text)
    m.address = address
    m.postal_code = m.postal_code or postal_code
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


def _read_tail(m: Meeting, tail: str, *, had_status: bool = False) -> None:
    """Text after the date and time on the anchor line: venue, room, address, speaker.

    ``had_status``: a status word was taken out of the line ("– ANNULÉE, reportée à une date
    ultérieure"); what is left of such a line may be only about the status."""
    if tail.lstrip(" ,;:–—-").startswith("·") and _read_dot_parts(m, tail):
        return
    sm = _find_speaker(tail)
    if sm:
        m.speaker = sm.group("who").strip()
        tail = tail[: sm.start()]
    lead = tail.lstrip(" ,;:–—-")
    if lead[:1] in _QUOTE_PAIRS and (quoted := _quoted_lead(lead)) is not None:
        m.title = m.title or quoted[0]  # '12 noon: "Nigeria, debt and the IMF". Hall booked …'
        if quoted[1][:1] in ".!?":
            return  # a sentence about the talk follows its title: no place in it
        tail = quoted[1]
    if (cut := _cut_online_remark(m, tail)) is None:
        return
    tail = _strip_edges(cut)
    if not _ALNUM.search(tail, 0, 80):  # "·", "." or nothing left
        return
    if TIME_TBA_RE.fullmatch(tail.strip()):
        m.time_tba = True
        return
    if _only_status(tail) or (had_status and _names_no_place(tail)) or _unavailable(tail):
        return
    tail = _AT_IN.sub("", tail)
    tail = _title_before_place(m, tail)
    if "|" in tail:  # a table row: its cells are the parts, but a description is no place
        cells = (c.strip(" ,") for c in tail.split("|"))
        tail = ", ".join(c for c in cells if c and not is_prose(c) and len(c) <= 100)
    parts = [p.strip() for p in tail.split(",") if p.strip()]
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


# A remark that the meeting is held online, ending a date line's tail: "Reading group (online via
# Zoom)", "Lesekreis (online)", "Book club, online", "Q&A on Zoom". The online flag is read from
# the whole entry (_read_flags); the remark is no part of a place.
_ONLINE_REMARK = re.compile(
    r"(?:\((?:(?:held|also|and|auch|und|aussi|et|también|y|\+)\s++)?(?:(?:auf|sur|por|en)\s++)?"
    r"(?:online|zoom|webinar|livestream|virtual|en\s+ligne|en\s+l[ií]nea)\b[^()]{0,40}\)"
    r"|[,–—-]\s*+(?:online|virtual|en\s+ligne|en\s+l[ií]nea)"
    r"|(?<!\S)(?:on|via|über|per|sur|por)\s++zoom)\s*$",
    re.IGNORECASE,
)


def _strip_edges(tail: str) -> str:
    """``tail`` without the dashes, commas and brackets around it, but with the closing bracket
    of a remark it opened: "Trades Hall (upstairs)" keeps its ")"."""
    text = tail.strip(" ,;:–—-@|()·")
    if text.count("(") > text.count(")") and tail.rstrip(" ,;:–—-@|·").endswith(")"):
        text += ")"
    return text


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
    place = lambda p: _AT_PART.match(p) is not None or _listed_place(p)  # noqa: E731
    k = next((k for k in range(1, len(parts)) if place(parts[k])), None)
    parts = [_AT_NAME_START.sub("", p) for p in parts]  # "at The Crown & Anchor": its "The"
    if k is None and len(parts) == 1 and (place(parts[0]) or _is_city_line(parts[0])):
        return False  # "· Central Library": read as any place after a time
    if k is None:
        m.title = m.title or " – ".join(parts)
        return True
    m.title = m.title or " – ".join(parts[:k])
    _read_tail(m, ", ".join(parts[k:]))
    return True


_LISTED_PARTS = re.compile(r"\s[–—-]\s|[|,;()]")


def _read_listed(m: Meeting, rest: str) -> bool:
    """A one-line entry of a list that states its place once ("Thu 7 Mar  The canal at 200 –
    talk by Dr Moss"): its title, and a place only where a part names one ("…, Birchcliffe
    Centre, Birchcliffe Road", "meet Todmorden station"); parts with a time in them are notes
    ("(car share 1.15pm)"). True when it names its own place."""
    parts = [p.strip(" .:") for p in _LISTED_PARTS.split(rest)]  # "1 December: The Chartists"
    parts = [p for p in parts if p and _TWO_LETTERS.search(p)]
    if not parts:
        return False
    k = next((k for k in range(1, len(parts)) if _listed_place(parts[k])), None)
    street_next = k == 1 and _HOUSE_NUMBER.match(parts[1])  # "Wynn's Hotel, 35-39 …"
    if (k is None or street_next) and _listed_place(parts[0]):
        k = 0
    if k is None:
        m.title = m.title or " – ".join(parts)
        return False
    m.title = m.title or (" – ".join(parts[:k]) if k else None)
    place = [p for p in parts[k:] if not has_time_hint(p)]
    _read_tail(m, calendar.place_text(", ".join(place)))
    return True


def _listed_place(part: str) -> bool:
    return (
        not (has_time_hint(part) and find_times(part))
        and _entry_place(part)
        and not _unavailable(part)
    )


# Why a meeting is off: the place is not to be had ("hall unavailable", "venue closed", "salle
# indisponible", "Saal nicht verfügbar", "sala no disponible").
_UNAVAILABLE = re.compile(
    r"\b(?:unavailable|not\s++available|closed|double[-\s]?booked|flooded|under\s++repair|"
    r"indisponible|ferm[ée]e?|nicht\s++verf[üu]gbar|geschlossen|belegt|no\s++disponible|"
    r"cerrad[oa])\b",
    re.IGNORECASE,
)


def _unavailable(text: str) -> bool:
    """A remark in lower case, no number, that says the place is not to be had: no place."""
    if _DIGIT.search(text) or not _UNAVAILABLE.search(text):
        return False
    return all(w[0].islower() for w in _LETTERS.findall(text))


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


def _address_start(parts: list[str]) -> int | None:
    """Index of the comma-separated part where a street address begins, if any: a house number
    first, a German street after the venue ("Gewerkschaftshaus, Wilhelm-Leuschner-Str. 69,
    60329 Frankfurt"), a US-style suffix, else a last part that is a town with its postcode."""
    for k, part in enumerate(parts):
        if _HOUSE_NUMBER.match(part) or (k and part[:1].isupper() and is_street_abroad(part)):
            return k
    k = address_suffix(parts)
    if k is None and len(parts) >= 2 and find_postal_town(parts[-1]) is not None:
        return len(parts) - 1
    return k


def _build_meetings(
    span: _Span, lines: list[Line], ctx: _Context, prev: date | None
) -> list[Meeting]:
    """The meeting of a span, and one more for each later date on its line, sharing the place
    and the time unless a date has its own."""
    m = _build_meeting(span, lines, ctx, prev)
    out = [m]
    a, aline = span.anchor, lines[span.anchor.index]
    if ";" in a.tail and not (a.more or a.listed or a.prose) and (times := _times_list(m, a.tail)):
        return times
    for day in a.listed:  # "jueves 2, 9 y 16 de mayo": everything but the day is shared
        other = dataclasses.replace(m, links=list(m.links), end_date=None)
        dm = dataclasses.replace(a.date, day=day, weekday=None, end_day=None, end_month=None)
        d = _meeting_date(other, dm, aline, ctx, prev)
        other.date = d.isoformat() if d else None
        out.insert(len(out) - 1, other)
    last = date.fromisoformat(m.date) if m.date else prev
    for k, dm in enumerate(a.more):
        other = dataclasses.replace(m, links=list(m.links), end_date=None)
        d = _meeting_date(other, dm, aline, ctx, last)  # near the date before it on the line
        other.date = d.isoformat() if d else None
        last = d or last
        upto = a.more[k + 1].start if k + 1 < len(a.more) else len(a.tail)
        seg = a.tail[dm.end : upto]
        tm = find_times(seg)
        if tm and tm.start <= _NEAR:
            other.start_time, other.end_time, other.time_tba = tm.start_time, tm.end_time, False
            other.status = "scheduled" if other.status == "tba" else other.status
            seg = _take_tz_hint(other, seg[tm.end :])
        _own_place(other, seg)
        begun = a.more[k - 1].end if k else 0
        if city := _city_named(
            _CITY_BEFORE_DATE.search(a.tail[begun : dm.start][-_CITY_BEFORE_REACH:])
        ):
            _set_city(other, city, m)
        out.append(other)
    if a.more and m.status in ("cancelled", "postponed"):
        _status_per_sentence(out, len(a.listed), span, lines)
    return out


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
    probe = Meeting()
    _read_flags(probe, [own])
    if probe.status in ("cancelled", "postponed"):
        return probe.status if probe.status != m.status else None
    anchor = span.anchor.index
    _read_flags(probe, [lines[i].text for i in span.indices if i != anchor])
    if probe.status in ("cancelled", "postponed"):
        return None  # "CANCELLED" on a line under the date: every date's
    return "scheduled" if m.start_time else "tba"


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


def _build_meeting(span: _Span, lines: list[Line], ctx: _Context, prev: date | None) -> Meeting:
    """One meeting from its span: heading (place, title, kind), date and time, then details."""
    a = span.anchor
    aline = lines[a.index]
    m = Meeting(source_line=lines[span.first].number)
    if a.prose:
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
    if a.inline_head and not a.prose and " at " in a.inline_head and m.venue is None:
        title = m.place  # "Ana Ruiz reads at Green Apple Books, 506 Clement St, … on Thursday"
        if _venue_and_street_before(m, a.inline_head) and m.title is None:
            m.title = title.split(" at ")[0].strip() if title else None
    details = [lines[d] for d in (*span.pre, *span.details)]
    if a.date is not None:
        before = _tail_place_values(m)  # not a copy of the meeting: cheap
        tail = _read_when(m, a, aline, ctx, prev)
        if tail is not None and not span.pre and _tail_title_over_venue(tail, details):
            # the venue line under the date, not the title
            vars(m).update(zip(_TAIL_PLACE_FIELDS, before, strict=True))
            m.title = m.title or tail.strip(" ,;:–—-@|·")
    else:
        m.status = "pending"
    # "Saturday, March 9, Central Library" over its entries: their venue unless they name one
    if (a.day_place and m.venue is None) and (
        VENUE_WORDS.search(a.day_place) or (m.room is None and m.address is None)
    ):
        _read_venue_text(m, a.day_place)
    location_pending = _read_details(m, details)
    if a.list_time and m.date and m.start_time is None and not m.time_tba:
        m.start_time, m.end_time = a.list_time.start_time, a.list_time.end_time
    if a.list_place and not a.own_place and not (a.prose and (m.venue or m.address or m.room)):
        _apply_list_place(m, a.list_place)  # a sentence's own place stays: "… en el salón de actos"
    online_head = _online_heading(lines, a.index)
    if span.city is not None and (online_head is None or online_head < span.city):
        _apply_city_heading(m, lines[span.city].text)  # not over "Reunión en línea" under it
    links = list(aline.links)
    for d in span.details:
        links += _line_links(lines[d])
    for h in (*span.header, *span.pre):
        links += lines[h].links
    m.links = list(dict.fromkeys(links)) if links else links
    _settle_status(m, aline, ctx, location_pending)
    _read_flags(m, [lines[i].text for i in span.indices])
    if online_head is not None:
        m.online = True
    return m


_TAIL_PLACE_FIELDS = ("place", "campus", "city", "state", "country", "venue", "room", "address")
_tail_place_values = attrgetter(*_TAIL_PLACE_FIELDS)


def _tail_title_over_venue(tail: str, details: list[Line]) -> bool:
    """Whether the words after a date line's time are the event's title and the line under it
    its venue: a diary's "Tue 1 Dec, 7.30pm — The Kett Rebellion revisited — Dr Alison Reeve"
    over "Friends Meeting House, Upper Goat Lane". The words are worded as a title and name no
    place of their own; the line under them opens with a venue's name (then maybe its street)."""
    rest = tail.strip(" ,;:–—-@|·")
    if not details or not rest:
        return False
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


_HEADING_LEN = 60  # characters: "💻 CÍRCULO DE ESTUDIO VIRTUAL (Zoom)"


def _online_heading(lines: list[Line], i: int) -> int | None:
    """The line right above date line ``i`` (a blank line between them at most), when it is a
    short heading of its own paragraph (a blank line or the page's start above it) that says
    the meeting is held online ("💻 CÍRCULO DE ESTUDIO VIRTUAL (Zoom)", "Online reading
    group:", "Reunión en línea"), else None."""
    h = i - 2 if i >= 2 and not lines[i - 1].text else i - 1
    if h < 0 or not (t := lines[h].text) or len(t) > _HEADING_LEN:
        return None
    if h < i - 1 and _DIGIT.search(t):
        return None  # a paragraph away, a line with a number is an entry, not a heading
    if h >= 1 and lines[h - 1].text:
        return None
    return h if contains_any(t.casefold(), _ONLINE_STEMS) and _ONLINE.search(t) else None


def _apply_list_place(m: Meeting, place: str) -> None:
    """The place stated once for the whole list, unless the meeting's own line names a place; a
    line's remark that names none ("(National Delegate Conference week)") is its title."""
    if m.address or m.room or m.campus or (m.venue and _placelike(m.venue)):
        return
    if m.venue:
        m.title = m.title or m.venue
        m.venue = None
    _read_tail(m, place)


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
    ):
        places.append(titles.pop())  # a heading that names no known place is still the place
    if inline and "," in inline and not m.campus and not m.city:
        _apply_place(m, inline.split(",")[0])
    m.place = ", ".join(places) or None
    m.title = " ".join([*labelled, *titles]) or None


# A sentence's place right before its date: "… who will speak at Hartley Hall (on) Wednesday,
# January 20", "… spricht im Volkshaus am …".
_AT_NAME_END = re.compile(
    r"\b(?:(?:at|in|im|au|an\s+der|à\s+la|en\s+el|en\s+la)\s++|à\s+l['’])(?:the\s++)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’.&-]*+(?:\s++(?:[A-ZÀ-Þ][\w'’.&-]*+|of|de|del|la|der)){0,5})"
    r"(?:,\s++(?P<town>[A-ZÀ-Þ][\w'’.-]*+(?:\s[A-ZÀ-Þ][\w'’.-]*+)?))?\s*+,?"  # "…, Ogba"
    r"(?:\s++(?:le|el|on|am))?$"  # "… aura lieu à l'Université de Genève le jeudi 10 décembre"
)
# A university named in any of the page languages (its campus patterns are English)
_UNIVERSITY = re.compile(r"Universit(?:y|é|ät|at|à)|Universidad|Hochschule")


# A sentence's venue and its street address right before its date: "… will speak at Skylight
# Books, 1818 N Vermont Ave, Los Angeles, CA 90027 on Wednesday, …".
_AT_NAME_STREET_END = re.compile(
    r"\b(?:at|in)\s++(?:the\s++)?(?P<place>[A-Z][^,;:]{1,60}+,\s*+\d[^;:]{4,80}?)"
    r"\s*+(?:\bon\s*+)?,?\s*+$"
)
_AT_STREET_REACH = 150  # characters before the date searched for it


def _venue_and_street_before(m: Meeting, head: str) -> bool:
    """The venue and its street address that a sentence names right before its date ("Maya will
    speak at Skylight Books, 1818 N Vermont Ave, Los Angeles, CA 90027 on …"): read into ``m``
    (its place is the venue); True when found."""
    tail = head[-_AT_STREET_REACH:]
    at = _AT_NAME_STREET_END.search(tail)
    if at is None:
        return False
    own = Meeting()
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
    if _venue_and_street_before(m, head):  # "… will speak at Skylight Books, 1818 N Vermont …"
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
    """``text`` without the clause that names the next date's town at its end ("…, then in York
    on"), which is not the place of the date before it."""
    cm = _CITY_BEFORE_DATE.search(text[-_CITY_BEFORE_REACH:]) if " " in text else None
    return text[: len(text) - len(text[-_CITY_BEFORE_REACH:]) + cm.start()] if cm else text


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


_MEET_STEMS = ("meet", "treffpunkt", "rendez", "rdv", "encuentro", "part")
_MEET_PARTS = re.compile(r"[,;:]\s++|\s[–—]\s")


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


def _read_when(m: Meeting, a: _Anchor, aline: Line, ctx: _Context, prev: date | None) -> str | None:
    """Date, time (after the date, else just before it) and the rest of the anchor line; the
    rest when it was read as the place (a plain date line's tail), else None."""
    dm = a.date
    d = _meeting_date(m, dm, aline, ctx, prev)
    m.date = d.isoformat() if d else None
    if d and dm.end_day:
        _set_end_date(m, d, dm, aline, ctx)
    if a.lead:  # "Thursdays at 12.30pm, Room 4.12, Union Office: 16 January, 20 February"
        lt = find_times(a.lead)
        m.start_time, m.end_time = lt.start_time, lt.end_time
        _read_tail(m, a.lead[lt.end :])
        return None
    had_status = _has_status(a.tail)
    tail = a.tail
    if had_status and not a.more and (cut := _cut_status_remark(tail)) is not None:
        tail, had_status = cut, _has_status(cut)  # "(Salón de actos) — APLAZADA, …"
    if had_status and not a.more and "(" in tail:
        bare = _PAREN_STATUS.sub("", tail)  # "— Sala infantil (CANCELADO)": a remark in brackets
        if bare != tail and not _has_status(bare) and _TWO_LETTERS.search(bare):
            tail, had_status = bare, False
    tail = _STATUS_WORDS.sub(" ", tail) if had_status else tail
    shared = ""
    if a.more:  # the place and a time shared by all the dates come after the last one
        shared = _shared_after_dates(tail, a.more)
        tail = _cut_join(_cut_town_clause(tail[: a.more[0].start]))
    tm = a.tail_times() if tail is a.tail else find_times(tail)
    if a.more and not (tm and tm.start <= _NEAR):
        tm = find_times(shared)
        tail = shared
    if not (tm and tm.start <= _NEAR) and not a.more and (seg := _segment_time(tail)):
        tm, tail = seg  # "Tue 12 Mar — General Membership Meeting — 7:00 PM"
    elif not (tm and tm.start <= _NEAR) and not a.more and (seg := _cell_end_time(tail)):
        tm, tail = seg  # "Fr 12.03. | AGM | Gasthaus Zum Storchen, 79102 Freiburg 19.30 Uhr"
    elif (
        a.day is not None
        and tm
        and _TWO_LETTERS.search(tail[: tm.start])
        and (seg := _segment_time(tail))
    ):
        tm, tail = seg  # a calendar entry "Book talk — 5 p.m. — Main Library"
    in_paren = not tm or tm.start > tail.find("(") >= 0
    if in_paren and not a.more and (paren := _paren_time(tail)):
        tm, title, tail = paren  # "– Annual General Meeting (6pm start, Council Chamber)"
        m.title = m.title or title
    listed = a.list_place is not None and not a.entry and not a.prose and not a.more
    under_rule = listed or (a.list_time is not None and not a.entry and not a.prose and not a.more)
    if under_rule and not (tm and tm.start <= _NEAR) and (own := find_times(tail)):
        # "Sat 16 Mar  Moorland walk, meet Todmorden station 10.30am", "— Asamblea de
        # jubilados, 11:00 h — Sala 2": the entry's own time beats the one stated for the list
        tail = tail[: own.start] + _take_tz_hint(m, tail[own.end :])
        tm = TimeMatch(0, 0, own.start_time, own.end_time, own.guessed_pm)
    if not (tm and tm.start <= _NEAR) and not a.inline_head:
        before = find_times(_LABEL.sub("", aline.text)[: dm.start])  # "7 p.m., Friday, April 12"
        if before:
            tail = " " * before.end + tail  # keep the rest of the line for venue reading
            tm = TimeMatch(0, before.end, before.start_time, before.end_time, before.guessed_pm)
    elif a.prose and not (tm and tm.start <= _NEAR):
        before = find_times(a.inline_head[-_NEAR:])  # "... at 5:15 p.m. on Wednesday, October 4"
        if before:
            tm = TimeMatch(0, 0, before.start_time, before.end_time, before.guessed_pm)
    if a.far and not a.more and not (tm and tm.start <= _NEAR) and (far := find_times(tail)):
        tm = TimeMatch(0, far.end, far.start_time, far.end_time, far.guessed_pm)  # later on
        rest = tail[far.end :].lstrip(" ,")
        pb = None if _AT_IN.match(rest) else _PLACE_BEFORE_TIME.search(tail[: far.start])
        if pb is not None:
            # "Assemble at the Garden of Remembrance, Parnell Square, at 1pm sharp; we march
            # to …": the place is named before the time, nothing after it ("place de la
            # République" keeps its noun; a preposition and its article go)
            at = pb.start() if pb.group(0).lower().startswith("place") else pb.end() - 1
            tail = _START_CUE.sub("", tail[at : far.start]).rstrip(" ,;")
            tm = TimeMatch(0, 0, far.start_time, far.end_time, far.guessed_pm)
    if tm and tm.start <= _NEAR:
        m.start_time, m.end_time = tm.start_time, tm.end_time
        if tm.guessed_pm:
            _warn(ctx, aline, f"time without am/pm read as {tm.start_time}", m.source_line)
        tail = tail[tm.end :]
        if tail:  # most often the time ends the line
            tail = _cut_time_remark(_take_tz_hint(m, _HOURS_WORD.sub("", tail, count=1)))
    elif TIME_TBA_RE.search(tail[:40]):
        m.time_tba = True
        tail = TIME_TBA_RE.sub("", tail, count=1)
    read = _read_line_place(m, a, aline, tail, listed=listed, had_status=had_status)
    if a.more and m.venue is None and m.address is None and shared:
        sm = find_times(shared)
        _read_tail(m, _take_tz_hint(m, shared[sm.end :]) if sm and sm.start <= _NEAR else shared)
    if not any(_place_values(m)):
        _meeting_point(m, tail)
    return read


def _read_line_place(
    m: Meeting, a: _Anchor, aline: Line, tail: str, *, listed: bool, had_status: bool
) -> str | None:
    """The place in the rest of a date line, read as its layout says (a sentence, table
    columns, a calendar entry, a list under a stated place, a meeting point, a plain tail); the
    rest when it was read as a plain tail, else None."""
    if not tail and not (a.prose or a.entry or listed):
        return None if a.more or had_status else tail  # the time ended the line: no place here
    if a.columns and "|" in tail:  # the header row says which cell is the place
        _read_columns(m, tail, a.columns)
    elif a.prose and _PROSE_PLACE.match(tail):
        _read_prose_place(m, tail)
    elif (at := _sentence_place(aline.text, tail)) is not None:
        _read_prose_place(m, tail[at:])
    elif a.entry:
        _read_entry(m, tail, a.day is not None)
    elif listed:
        a.own_place = _read_listed(m, tail)
    elif not _meeting_point(m, tail, titled=True):
        _read_tail(m, tail, had_status=had_status)
        if not (a.more or had_status):
            return tail
    return None


_SEGMENTS = re.compile(r"\s[–—-]\s|\|")


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


def _segment_time(tail: str) -> tuple[TimeMatch, str] | None:
    """A time that is a whole dash- or pipe-separated part of the line after the date, however
    far from it ("— Executive Board — 5:30 PM — Union Hall"): the time, and the other parts
    (joined by " — ") as the rest of the line."""
    if not find_times(tail):
        return None
    parts = [p.strip(" ,;") for p in _SEGMENTS.split(tail)]
    for k, part in enumerate(parts):
        tm = find_times(part)
        if tm is not None and tm.start == 0 and tm.end >= len(part.rstrip(" .")):
            rest = " — ".join(p for i, p in enumerate(parts) if i != k and p)
            return TimeMatch(0, 0, tm.start_time, tm.end_time, tm.guessed_pm), rest
    return None


_BLOCK_LINES = 8  # lines under a date searched for the venue's name
_CELL_TIME_REACH = 16  # characters at a cell's end searched for the time run into it


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
        cells[k] = end[: at + tm.start]
        return TimeMatch(0, 0, tm.start_time, tm.end_time, tm.guessed_pm), "|".join(cells)
    return None


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


def _read_columns(m: Meeting, rest: str, roles: tuple[str, ...]) -> None:
    """A table row's cells after its date and time, read by the roles its header row gives
    (the last cells are the last columns): the title cell is the title, the place cell the
    place."""
    cells = [c.strip(" ,") for c in rest.split("|")]
    cells = [c for c in cells if c]
    for role, cell in zip(reversed(roles), reversed(cells), strict=False):
        if role == "title":
            m.title = m.title or _STATUS_WORDS.sub("", cell).strip(" *–—-") or None
        elif role == "place":
            _read_entry_place(m, cell)


def _read_entry(m: Meeting, rest: str, calendar_entry: bool) -> None:
    """A calendar entry's or a table row's text after its time: its title, then its place. A
    table row's one short cell is its place (as before); a calendar entry's is its title."""
    if "|" in rest:  # a description is neither title nor place
        cells = (c.strip(" ,") for c in rest.split("|"))
        rest = " | ".join(c for c in cells if c and not is_prose(c) and len(c) <= 100)
        if rest.count("|") == 0 and not calendar_entry:
            _read_tail(m, rest)
            return
    title, place = calendar.split_entry(rest, _entry_place)
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


def _read_entry_place(m: Meeting, place: str) -> None:
    """A calendar entry's or a table row's place: "Room 4", "Trades Hall, Melbourne", ..."""
    place = calendar.place_text(place)
    if place:
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
        if venue and _BARE_CITY.match(town) and not VENUE_WORDS.search(town):
            m.city, place = m.city or town, venue  # "Trades Hall, Melbourne"
        _read_tail(m, place)


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


# Venue words of the other languages the parser reads; German ones end compounds
# ("Gewerkschaftshaus", "Marktplatz", "Stadthalle").
_VENUE_WORDS_ABROAD = re.compile(
    r"(?:haus|halle|saal|zentrum|platz|markt|kirche|bibliothek|keller|stra(?:ß|ss)e|str\.|"
    r"buchhandlung|gastst[äa]tte|kneipe|galerie)"
    r"(?![^\W\d_])|\b(?:salle|maison|bourse|biblioth[eè]que|m[ée]diath[eè]que|ludoth[eè]que|"
    r"centre|librairie|th[ée][âa]tre|mairie|sala|centro|biblioteca|"
    r"casa|plaza|ateneo|librer[ií]a|auditorio|espacio|espace|teatro|galer[ií]a)\b",
    re.IGNORECASE,
)


# An age band ("3-6 ans", "8 a 12 años", "ages 6-12", "0–3 Jahre", "16+"): who an event is
# for, never a house number.
# How long an event lasts or how many sessions it has, never a house number: "2 Tage", "3 days",
# "2 jours", "2 días", "6 Wochen", "4 séances", "3 Abende".
_DURATION = re.compile(
    r"^\d{1,2}\s*+(?:tage?|days?|jours?|d[ií]as|wochen|weeks?|semaines?|semanas|abende|evenings?|"
    r"s[ée]ances?|sesiones|sessions?|termine|nights?|n[äa]chte|nuits?|noches)(?!\w)",
    re.IGNORECASE,
)
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


def _entry_place(text: str) -> bool:
    """Whether a part of an entry line names its place: a place, a room, "meet at ..."."""
    return _placelike(text) or room_first(text) is not None or calendar.meets_at(text)


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
    r"\s*+\((?P<hint>[^()]{1,80})\)"
    r"|\s++(?:as|like|wie|que|comme)\s++(?P<ref>[^\W\d_][^\d,;.()]{0,40}?)(?=\s*+(?:[,;.)]|$))",
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
        tail = span.anchor.tail
        same = (
            _SAME_AS_BEFORE.search(tail)
            if prev is not None and contains_any(tail.lower(), _SAME_STEMS)
            else None
        )
        nouns = {w.casefold() for w in _LETTERS.findall(same.group("nouns"))} if same else set()
        if same and prev and nouns & (_TIME_NOUNS | _PLACE_NOUNS):
            ref = _SAME_REFERENCE.match(tail, same.end())
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
                _take_same(m, said, nouns, donor or prev, donor)
            if built[0].start_time:  # the time came from the meeting before: no "time TBA"
                ctx.warnings[:] = [
                    w for w in ctx.warnings if w.line != line.number or w.reason != _NO_TIME
                ]
            source = (donor or prev).source_line
            _warn(ctx, line, _SAME_REASON.format(line.text, said, source), built[0].source_line)
        before.extend(o for o in built if o.date)
        prev = built[-1] if built and built[-1].date else prev


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
    return others[0]


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
    spans: list[_Span], per_span: list[list[Meeting]], lines: list[Line], ctx: _Context, day: date
) -> None:
    """A date before the page's own date (given, or from the page: its metadata, address or
    dateline) that gives no time of day is a date the page mentions, not a meeting: a "latest
    articles" list's headline dates, "Issued by the Secretary, 20 November 2026", a sign-off
    "Madrid, 20 de noviembre de 2026", "the AGM took place on 17 November". So is one on that
    very day that writes its year (the page's date written again). Each is warned about."""
    today = day.isoformat()
    gone: set[int | None] = set()  # the lines of the meetings dropped: their warnings go too
    for k, span in enumerate(spans):
        built = per_span[k]
        if not built or span.anchor.date is None:
            continue
        keep = []
        for m in built:
            past = m.date is not None and (
                m.date < today or (m.date == today and span.anchor.date.year is not None)
            )
            if not past or (m.end_date or "") >= today or _own_time(m, span.anchor):
                keep.append(m)
                continue
            _warn(ctx, lines[span.anchor.index], _PAST_UNTIMED.format(m.date, today))
        if len(keep) != len(built):
            per_span[k] = keep
            if not keep:
                gone.add(built[0].source_line)
    if gone:
        ctx.warnings[:] = [w for w in ctx.warnings if w.meeting_line not in gone]


_NAME_WORD = re.compile(r"\b[A-ZÀ-Þ][^\W\d_]{3,}")


def _same_meeting(m: Meeting, o: Meeting) -> bool:
    if (m.date, m.start_time) != (o.date, o.start_time):
        return False
    mine = " ".join(str(v) for v in (m.venue, m.room, m.city, m.place, m.campus) if v)
    theirs = " ".join(str(v) for v in (o.venue, o.room, o.city, o.place, o.campus) if v)
    return bool(set(_NAME_WORD.findall(mine)) & set(_NAME_WORD.findall(theirs)))


def _take_tz_hint(m: Meeting, tail: str) -> str:
    """A time zone written right after the time ("7 pm EST", "19:00 (GMT+1)") is a hint on the
    meeting, never part of its venue; the rest of the tail is returned."""
    tz = _TZ_HINT.match(tail)
    if not tz:
        return tail
    if not tz.group("local"):
        m.tz_hint = " ".join(tz.group("tz").split()).replace("−", "-")
    return tail[tz.end() :]


def _read_flags(m: Meeting, texts: list[str]) -> None:
    """Cancelled, postponed and online, in any of the page's languages, from the entry's lines."""
    text = " ".join(texts)
    low = text.casefold()
    if not contains_any(low, _FLAG_STEMS):  # most entries: none of the words below
        m.online = False
        return
    if contains_any(low, _CANCELLED_STEMS) and _CANCELLED.search(text):
        m.status = "cancelled"
    elif contains_any(low, _POSTPONED_STEMS) and _POSTPONED.search(text):
        m.status = "postponed"
    m.online = contains_any(low, _ONLINE_STEMS) and bool(_ONLINE.search(text))


# "at St." (Saint) ending what the full stop would make a sentence: a name goes on after it.
_SAINT_END = re.compile(r"(?:^|\b(?:at|in|the|of|to|and|from)\s++|[,(]\s*+)(?:St|Ste|Sta|Mt)\.$")


def _bare_town(text: str) -> bool:
    """A town's name alone after a venue ("…, Batticaloa"): capitalised words, no venue or street
    word, no number."""
    return (
        _BARE_CITY.match(text) is not None
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
    if (topic := _TOPIC_AFTER.search(place)) is not None:
        place = place[: topic.start()]  # "in Room 4.01 on “Informal work”": the talk's topic
    place, _, after = place.partition(",")
    place, town = place.strip(), after.split(",")[0].strip(" .")
    if town and m.city is None and _bare_town(town):
        m.city = town  # "in Gandhi Park community hall, Batticaloa."
    split = room_first(place)
    if split:
        m.venue, m.room = m.venue or split[0], m.room or split[1]
    else:
        _read_venue_text(m, place)


_TIME_LABEL = re.compile(
    r"^(?:[•·◦▪▸►*‣⁃-]\s*+)?(?:"
    + labels.alternation(labels.TIME, labels.TIMES, labels.BEGIN, labels.START)
    + r")\s*+:",
    re.IGNORECASE,
)


def _only_time(text: str) -> bool:
    """Whether ``text`` is a time and nothing else ("Noon", "1900hrs", "7 p.m.")."""
    tm = find_times(text)
    return tm is not None and tm.start == 0 and tm.end >= len(text.rstrip(" .,;:"))


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
    timeline: bool = False  # a line of times ("Time: 20:00 (GMT+3)", "Doors open 1.30pm")


@lru_cache(maxsize=4096)
def _detail_text(t: str) -> _DetailText:
    if (pin := _PLACE_MARK.match(t)) is not None:
        t = t[pin.end() :].lstrip("\ufe0f ")  # "- 📍 Riverdale Library, …": the place itself
    elif t.startswith(("- ", "* ", "• ")):
        t = t[2:].lstrip()  # a list item under the date: its text, not its bullet
    if (cl := _CHANGE_LABEL.match(t)) is not None:
        t = t[cl.end() :]  # "Note different time and place: 3:00 p.m., Stein Building"
    if (sp := _SPEAKER_LINE.match(t)) is not None:
        return _DetailText(t, speaker=sp.group("who").strip())  # "Ana Ruiz (UNAM), "Railways""
    if _is_contact(t) or _fee_or_signup(t):  # "8,00 €", "Eintritt frei", a phone number
        return _DetailText(t, skip=True)
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
    timeline = bool(tm) and bool(
        len(bare) - (tm.end - tm.start) < 12
        or DOORS_RE.search(bare)
        or _TIME_LABEL.match(placed)
        or _time_note(placed)
    )  # "Time: 20:00 (GMT+3) / 17:00 (GMT)": the first time is the start
    who = sm.group("who").strip() if sm and sm.start() < 3 else None
    return _DetailText(t, placed, bare=bare, labelled_speaker=who, time=tm, timeline=timeline)


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
_COUNT_SEPARATOR = re.compile(r"\s*+[·|•]\s*+")


def _people_counts(text: str) -> bool:
    """Whether a line only counts the people interested in or coming to an event."""
    parts = _COUNT_SEPARATOR.split(text.strip())
    return all(_COUNT_PART.fullmatch(p) for p in parts)


def _read_details(m: Meeting, details: list[Line]) -> bool:
    """Read the lines under the date; whether one says the location is still to come."""
    if not details:  # a one-line entry
        return False
    location_pending = False
    if any(d.text[:1].isdigit() and _people_counts(d.text) for d in details):
        details = [d for d in details if not _people_counts(d.text)]  # "25 interested · 9 going"
    venue_at: int | None = None  # _first_named_venue(details), found when a line needs it
    # The title leads the lines, past a status badge ("Annulé" / "Concert : …" / the venue).
    lead = next((n for n, d in enumerate(details) if not _badge(d.text)), 0)
    titled = _titled_block(details)
    if titled is not None:  # a flyer's block: its title lines, then the venue on its last lines
        first, at, wrapped = titled
        _read_block_title(m, [d.text for d in details[first:at]])
        venue = details[at:]
        if wrapped:
            venue = [Line(venue[0].number, " ".join(d.text.strip() for d in venue))]
        kept = [d for d in details[:first] if _badge(d.text) or _detail_text(d.text).timeline]
        details = [*kept, *venue]  # not its category or status line: those are read elsewhere
        lead = venue_at = len(kept)
    for n, line in enumerate(details):
        dt = _detail_text(line.text)
        t = dt.text
        if dt.timeline and m.date:  # "Noon", "Hora: 19:00", "Inauguración: 9:00 hrs." alone
            if m.start_time is None:
                m.start_time, m.end_time = dt.time.start_time, dt.time.end_time
                m.time_tba = False
                _take_tz_hint(m, dt.placed[dt.time.end :])
            continue  # "Doors open 1.30pm, meeting starts 2pm" under a timed date: no place
        if dt.speaker is not None:
            m.speaker = m.speaker or dt.speaker
            m.title = m.title or t.strip()
            continue
        if (quoted := _quoted_title(t)) is not None:
            m.title = m.title or quoted  # «Microplastics in our water»: the talk, never a place
            continue
        under_title = n and n + 1 < len(details) and _quoted_title(details[n - 1].text)
        if under_title and (who := _speaker_under_title(t)) is not None:
            m.speaker = m.speaker or who  # "Dr. Ana Ruiz (Faculty of Chemistry)"
            continue
        if n == 0 and m.title is None and _caps_title(t):
            m.title = t.strip()  # "THE CRISIS OF CAPITALISM" right under the date: the talk
            continue
        if n == lead and m.title is None and _cut_online_remark(m, t) is None:
            continue  # "Know Your Rights Workshop (Zoom)": the title, held online
        if n == lead and m.title is None and m.venue is None and _title_over_venue(details[n:]):
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
        led = _BULLET.sub("", t, count=1)
        if m.venue is None and calendar.meets_at(led) and _meeting_point(m, led):
            continue  # "- Meet at Broadview Station (bus loop entrance). We'll split …"
        if dt.skip:
            continue  # a phone number, a fee, a link or a status is never the venue
        if dt.pending:
            location_pending = True
            continue
        if dt.labelled_speaker is not None:
            m.speaker = dt.labelled_speaker
            continue
        t, bare, tm = dt.placed, dt.bare, dt.time
        bullet = _BULLET.match(bare) if tm else None  # "• 10 h 30 : Messe — église Saint-Nizier"
        if tm and tm.start == (bullet.end() if bullet else 0) and m.start_time is None and m.date:
            m.start_time, m.end_time = tm.start_time, tm.end_time  # "7 pm, Moffitt Library"
            m.time_tba = False
            t = bare = bare[tm.end :].strip(" ,;:–—-·|")
            if not t:
                continue
        if TIME_TBA_RE.fullmatch(bare.strip(" .")):
            m.time_tba = m.start_time is None
            continue
        if m.address is not None and _town_after_street(m.address, bare):
            _set_address(m, f"{m.address}, {bare.strip(' ,')}")  # street, then town: one address
            continue
        if m.address is None and looks_like_block_line(bare):
            _set_address(m, t)
            continue
        if not _placelike(t) and not _is_city_line(t):  # most name a place: no venue search
            if venue_at is None:
                venue_at = _first_named_venue(details)
            if n < venue_at:
                m.title = m.title or t.strip()  # a flyer's title lines over "Salle X · 2 place Y"
                continue
        _read_detail_place(m, t, bare)
    return location_pending


@lru_cache(maxsize=4096)  # a page's venue and address lines repeat
def _venue_kind(text: str) -> re.Match[str] | None:
    """The word that names a venue's kind in ``text`` ("Hall", "Salle", "Bibliothek"), if any."""
    return VENUE_WORDS.search(text) or _VENUE_WORDS_ABROAD.search(text)


def _first_named_venue(details: list[Line]) -> int:
    """The index of the first line under a date that names a venue by its kind ("Salle
    Pétrarque · 2 place Pétrarque", "Médiathèque Émile Zola", "Trades Hall") or gives a street
    (then the line above it, the venue's name), or 0 when none does: the lines above it that
    name no place are the event's title and blurb."""
    for n, line in enumerate(details[:_BLOCK_LINES]):
        t = line.text
        if _street_line(t):
            if (vk := _venue_kind(t)) is not None and vk.start() == 0 and _named_venue_line(t):
                return n  # "Médiathèque Émile Zola · 218 bd de": the name leads its street
            while n and _DIGIT.search(details[n - 1].text) and not _venue_kind(details[n - 1].text):
                n -= 1  # the street over its town ("Calle Mayor 15" / "28004 Madrid")
            return max(n - 1, 0)  # the name over its street ("Mehringhof" / "Gneisenaustraße 2a")
        kind = _venue_kind(t)
        if kind is not None:
            # a name wrapped onto a second line ("Friends Meeting" / "House, 6 Mount Street")
            # starts above it: the line opens with the word that ends the name
            wrapped = kind.start() == 0 and t[kind.end() :].lstrip()[:1] in ("", ",")
            return n - 1 if n and wrapped else n
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


def _category_line(text: str) -> bool:
    """A line of one to three words in capitals that names the kind of event over its title
    ("CONFÉRENCE", "CINÉ-DÉBAT", "PUBLIC MEETING", "FILM & DISCUSSION", "VORTRAG")."""
    t = text.strip()
    return (
        t.isupper() and 0 < len(_LETTERS.findall(t)) <= 3 and len(t) <= 30 and not _DIGIT.search(t)
    )


def _venue_dot_street(text: str) -> bool:
    """A venue's name, a dot, then its street ("Cinéma Le Royal · 9 avenue de la Gare",
    "Stadtteilbibliothek · Am Markt 4"); not "Interested · Going"."""
    parts = _DOT_SEP.split(text, maxsplit=1)
    if len(parts) != 2 or not _named_venue_line(text):
        return False
    return bool(_DIGIT.search(parts[1]) or _STREET_WORD_ABROAD.search(parts[1]))


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
    if first < len(texts) - 2 and _category_line(texts[first]):
        first += 1  # "CONFÉRENCE" over "Villes et climat": the title is under it
    elif len(texts) - first < 3:
        return None  # a title over its venue on the next line: _title_over_venue reads it
    title = texts[first]
    if not _title_words(title) or _placelike(title):
        return None
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
    if not (named or _venue_dot_street(venue) or (_placelike(venue) and not _weak_place(venue))):
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


# "Note different time and place:", "New venue:", "Changed time:": what follows replaces the
# time or place stated for the list.
_CHANGE_LABEL = re.compile(
    r"^\W{0,3}+(?:note:?\s++)?(?:(?:a\s++)?(?:different|new|changed|other)\s++)"
    r"(?:time|venue|place|location|room)(?:\s++(?:and|&)\s++(?:time|venue|place|location|room))?"
    r"\s*+[:–—-]\s*+",
    re.IGNORECASE,
)
# A seminar's speaker line: a name, the affiliation in brackets, then the quoted title
# ("Marcus Lee (Columbia University), "The Strike of 1934"", "Joint session: Priya Raman
# (LSE), “Wages and Empire”"): the campus in the brackets is no venue.
_SPEAKER_LINE = re.compile(
    r"^(?:[^:\n]{1,60}:\s++)?(?P<who>[^\W\d_][^()\"“”:]{1,60}\([^()]{2,80}\)),?\s*+"
    r"(?:[–—-]\s*+)?[\"“„«]"
)


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
    if _TITLE_HINT.search(first) is None and _DIGIT.search(first) is not None:
        return False  # "Wayne State University Student Center Room 333": a venue line (fast)
    if _has_status(first):  # "Book launch — CANCELLED": the title without its status
        first = _STATUS_WORDS.sub(" ", first).strip(" .:!–—-()")
        if not first:
            return False
    if _LABEL.match(first) or _LINK_LINE.match(first):
        return False  # "Time: 1 p.m.", "Venue: Union House": a field, not the title
    digit = _DIGIT.search(first) is not None
    worded = (digit or _placelike(first)) and _title_words(first)
    if digit and not (worded and _no_place_number(first)):
        return False  # "Room 4", "221 River St"; not "Poetry for children (8 to 12)"
    seconds = [d.text for d in details[1:4] if not _badge(d.text)]  # past a badge
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
    if _only_status(second) or _is_contact(second):
        return False
    if _DIGIT.search(second) or looks_like_block_line(second):  # a street: the first is a name,
        return _named_venue_line(second) and _title_words(first)  # unless a name leads it
    # "Taller de historia oral" over "Museo de la Memoria" over "Av. de las Instrucciones 1057,
    # Montevideo": a name over its street is a venue block, with or without a venue word.
    return _placelike(second) or (_title_words(first) and _name_over_street(seconds))


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


def _title_words(text: str) -> bool:
    """A line worded as a title, not a name: a colon, a quoted work, or a lower-case word that
    is no particle ("Christmas pub quiz & social", "Lightning talks: climate data", "Presentación
    de «Conurbano»")."""
    if _TITLE_HINT.search(text) is None:  # capitalised words only (most venue lines): in C
        return False
    if ":" in text or any(q in text for q in '«»“”"'):
        return True
    return any(
        w[:1].islower() and w.lower() not in _NAME_PARTICLES and w not in ("the", "of", "and")
        for w in _LETTERS.findall(text)
    )


def _caps_title(text: str) -> bool:
    """A line in capitals that is a talk's title, not a place: not a venue, campus or city."""
    t = text.strip()
    if not t.isupper() or len(t) < 4 or len(t) > 120 or _DIGIT.search(t) or _has_status(t):
        return False
    return not (
        VENUE_WORDS.search(t) or find_campus(_title_case_words(t)) or _is_city_line(t)
    ) and not looks_like_block_line(t)


def _title_case_words(text: str) -> str:
    return " ".join(w.capitalize() for w in text.split())


# A detail line that gives the fee or where to sign up: never the place.
_FEE_OR_SIGNUP = re.compile(
    r"^\W{0,3}(?:(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur|euro|£|\$|usd|chf))"
    r"(?:\s++(?:inkl\.?|incl\.?|including|per|pro|each|p\.p\.)\b.*)?\W{0,3}$"
    r"|(?:free(?:\s+(?:entry|admission|event))?|admission\s+free|entgeltfrei|kostenlos|kostenfrei|"
    r"eintritt\s+frei|entr[ée]e\s+(?:libre|gratuite)|gratuit|gratis|entrada\s+(?:libre|gratuita))"
    r"\W{0,3}$"
    r"|(?:register|registration|rsvp|sign[\s-]?up|tickets?|anmeldung|inscription|inscripci[óo]n)"
    r"\s*+(?::\s*+\S+|(?:is\s+)?(?:required|essential|erforderlich|obligatoire|"
    r"obligatoria|previa|n[ée]cessaire))\W{0,3}$"
    r"|(?:booking|reservation)\s+(?:essential|required)\W{0,3}$)",
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


def _is_contact(text: str) -> bool:
    t = text.strip()
    # A phone number has digits, an e-mail address "@", a web address "www."
    if len(t) > 60 or not (_DIGIT.search(t) or "@" in t or "www." in t.lower()):
        return False
    if not (cm := _CONTACT.match(t)):
        return False
    return cm.group("phone") is None or sum(ch.isdigit() for ch in cm.group("phone")) >= 7


def _town_after_street(address: str, text: str) -> bool:
    """Whether ``text`` is the town line ("Manchester M2 5NS") completing a street address."""
    if not _DIGIT.search(text) or find_postal_town(text) is None:
        return False
    return find_postal_code(address) is None and postal_place(address) is None


def _read_detail_place(m: Meeting, t: str, bare: str) -> None:
    """A detail line that is not an address, time or link: a campus, a city, or the venue."""
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


_DOT_SEP = re.compile(r"\s[·•]\s")


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


# A full stop after a lower-case letter, then a capital: not after a short capitalised
# abbreviation ("St. Paul's", "Dr. Lee", "Sat. April 17"), which ends no sentence.
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


def _derived_title(text: str) -> str:
    """A short default title from a blurb's first sentence: at most 60 characters, cut at a word."""
    first = _SENTENCE_END.split(text, maxsplit=1)[0].strip()
    if len(first) <= DERIVED_TITLE_CHARS:
        return first.rstrip(".")
    cut = first[: DERIVED_TITLE_CHARS - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:–—-") + "…"


def _campaigns(lines, kinds, spans, meetings, ctx: _Context) -> list[Campaign]:
    """Campaigns from the lines outside meetings: a heading, then a blurb, then its meetings."""
    reader = _CampaignReader(lines, kinds, ctx)
    for kind, item in _page_events(lines, kinds, spans, meetings):
        if kind == "meeting":
            reader.meeting(item)
        else:
            reader.paragraph(item)
    for c in reader.campaigns:
        c.links = list(dict.fromkeys(c.links))
    return reader.campaigns


def _page_events(lines, kinds, spans, meetings) -> list[tuple[str, object]]:
    """The page in order as ("meeting", Meeting) and ("para", [line indices]) events."""
    span_at = {s.first: ms for s, ms in zip(spans, meetings, strict=True)}
    in_span = {i for s in spans for i in s.indices}
    events: list[tuple[str, object]] = []
    para: list[int] = []
    for i in range(len(lines)):
        if i in span_at or i in in_span or kinds[i] in (BLANK, SERIES, DAY, RULE, CITY):
            if para:
                events.append(("para", para))
                para = []
            if i in span_at:
                events.append(("meeting", span_at[i]))
            continue
        para.append(i)
    if para:
        events.append(("para", para))
    return events


class _CampaignReader:
    """Turns paragraphs and meetings, in page order, into campaigns."""

    def __init__(self, lines: list[Line], kinds: list[str], ctx: _Context) -> None:
        self.lines, self.kinds, self.ctx = lines, kinds, ctx
        self.campaigns: list[Campaign] = []
        self.current: Campaign | None = None
        self.has_meetings = False
        self.pending: list[list[int]] = []  # heading paragraphs not yet given to a campaign
        self.page_title: str | None = None

    def text(self, para: list[int]) -> str:
        return _para_text(self.lines, para)

    def meeting(self, ms: list[Meeting]) -> None:
        if self.current is None or (
            self.pending and not self.has_meetings and not self.current.summary
        ):
            self.current = self.start(self.pending, None)
        for m in ms:
            m.campaign = self.current.title
        self.has_meetings = True
        self.pending = []

    def paragraph(self, p: list[int]) -> None:
        text = self.text(p)
        if any(self.kinds[ix] == PROSE for ix in p):
            self.blurb(p, text)
        elif _LINK_LINE.match(text) and self.current is not None:
            for ix in p:
                self.current.links.extend(self.lines[ix].links)
        else:
            self.pending.append(p)
            for ix in p:
                line = self.lines[ix]
                if find_times(line.text) or looks_like_address(line.text):
                    _warn(self.ctx, line, "looks like meeting details but has no date above it")

    def blurb(self, p: list[int], text: str) -> None:
        """A prose paragraph: more of the current campaign's summary, or a new campaign."""
        current = self.current
        if current is not None and not self.has_meetings and not self.pending:
            current.summary = f"{current.summary}\n\n{text}".strip()
        elif (
            current is not None
            and not self.has_meetings
            and all(
                _SUBTITLE.match(self.text(q)) or _LINK_LINE.match(self.text(q))
                for q in self.pending
            )
        ):
            extra = [self.text(q) for q in self.pending if not _LINK_LINE.match(self.text(q))]
            current.summary = "\n\n".join([current.summary, *extra, text]).strip()
            self.pending = []
        else:
            self.current = self.start(self.pending, p)
            self.current.summary = "\n\n".join(x for x in (self.current.summary, text) if x)
            self.has_meetings = False
            self.pending = []

    def start(self, heading: list[list[int]], first_prose: list[int] | None) -> Campaign:
        """A new campaign titled by its last heading paragraph, else by its blurb's start."""
        heads = []
        for p in heading:
            t = self.text(p)
            if _PAGE_TITLE.match(t):
                self.page_title = self.page_title or t
            elif not _LINK_LINE.match(t) and not _SALUTATION.match(t) and not _month_heading(t):
                heads.append(p)
        titles = [p for p in heads if not _SUBTITLE.match(self.text(p))]
        if titles:
            # The last heading, but a sentence under it ("Meetings begin at 7 pm. All are
            # welcome.") is more of the blurb, not the name.
            named = [p for p in titles if not _is_sentence(self.text(p))]
            tp = (named or titles)[-1]
            title = asof.without_subject_label(self.text(tp).strip()).rstrip(".")
            sub = [self.text(p) for p in heads[heads.index(tp) + 1 :]]
            src, source = self.lines[tp[0]].number, "heading"
        elif first_prose:
            title = _derived_title(self.text(first_prose))
            sub = [self.text(p) for p in heads]
            src, source = self.lines[first_prose[0]].number, "blurb"
            _warn(
                self.ctx,
                self.lines[first_prose[0]],
                f"campaign has no heading; called “{title}” after its blurb. "
                "Name it on Manage data (Campaigns).",
            )
        else:
            title = self.page_title or "Upcoming meetings"
            sub, src = [], self.lines[heading[0][0]].number if heading else 1
            source = "page"
        c = Campaign(title=title, summary="\n\n".join(sub), source_line=src, title_source=source)
        c.links.extend(u for p in heads for ix in p for u in self.lines[ix].links)
        self.campaigns.append(c)
        return c


def _page_year(years: list[int], anchors: Iterable[_Anchor]) -> date:
    """Which of the years a page mentions it is from: the one in which most of its written
    weekdays fall on their dates (a 2019 page may talk of "the 2020 elections"); ties go to the
    most recent year. Returned as mid-year, the anchor for ``resolve_year``."""
    dated = Counter(
        (a.date.month, a.date.day, a.date.weekday)
        for a in anchors
        if a.date and a.date.weekday is not None and a.date.year is None
    )

    def fits(year: int) -> int:
        mid = date(year, 7, 1)
        return sum(
            n
            for (month, day, weekday), n in dated.items()
            if weekday_fits(month, day, weekday, anchor=mid, exact_anchor=False)
        )

    best = max(years[:8], key=lambda y: (fits(y), y))  # the most-mentioned few are enough
    return date(best, 7, 1)


def _page_years(counts: Counter[int], anchors: Iterable[_Anchor], today: date) -> list[int]:
    """The years a page mentions, counting those its entries' dates write ("15.4.2019": the
    scan of the text skips a year inside a numeric date), most frequent first."""
    counts = Counter(counts)
    for a in anchors:
        if a.date is not None and a.date.year is not None and a.date.year <= today.year:
            counts[a.date.year] += 1
    return by_frequency(counts)


def _typical_date(spans: list[_Span], ctx: _Context) -> date | None:
    """The median of the dates whose weekday fits the anchor cleanly: what "near the other
    meetings" means for the first entry of a page, before any neighbour is known."""
    clean = []
    for span in spans:
        dm = span.anchor.date
        if dm is None or dm.weekday is None or dm.year is not None:
            continue
        choice = resolve_year(
            dm.month, dm.day, dm.weekday, anchor=ctx.anchor, exact_anchor=ctx.exact
        )
        if choice.year and not choice.problem:
            clean.append(date(choice.year, dm.month, dm.day))
    return sorted(clean)[len(clean) // 2] if clean else None


def _numeric_order(
    lines: list[Line], anchors: dict[int, _Anchor], lang: str, near: AsOf
) -> ParseWarning | None:
    """Read the page's slashed dates ("3/7/19") all day-first or all month-first.

    A date that only fits one way ("13/3", "3/13") decides; else a date is read the way its
    weekday fits ("Thu 07/03/2019", or "Wed 10/2" near ``near``: 10 February 2027 is a
    Wednesday, 2 October 2026 is not), the rest the way those dates are read, and else the page's
    language decides (English month-first, the others day-first), with a warning that names a
    date to check.
    """
    dated = [a for a in anchors.values() if a.date is not None]
    orders = {a.date.order for a in dated if a.date.order}
    ambiguous = [a for a in dated if a.date.slashed]
    if not ambiguous:
        return None
    if len(orders) == 1:
        day_first = orders == {"dmy"}
        for a in ambiguous:
            a.date = a.date.day_first() if day_first else a.date.month_first()
        return None
    # Nothing on the page settles it: a date whose weekday fits only one way is read that way
    # (find_date did), and the page's language decides the others.
    unsettled = [a for a in ambiguous if a.date.weekday_order is None]
    for a in unsettled:
        if a.date.weekday is not None and a.date.year is None:
            a.date = _weekday_read(a.date, near) or a.date
    by_weekday = {a.date.weekday_order for a in ambiguous} - {None}
    unsettled = [a for a in unsettled if a.date.weekday_order is None]
    if not unsettled:
        return None
    if len(by_weekday) == 1:
        for a in unsettled:  # the page's weekdays say how it writes its dates
            a.date = a.date.day_first() if by_weekday == {"dmy"} else a.date.month_first()
        return None
    day_first = lang != "en"
    first = unsettled[0]
    written = lines[first.index].text[first.date.start : first.date.end]
    way = "day-first" if day_first else "month-first"
    problem = ParseWarning(
        lines[first.index].number,
        f"dates such as {written!r} could be day-first or month-first; read {way}"
        + ("" if orders else f" (the page is in {lang})")
        + ", check them",
        lines[first.index].text[:200],
    )
    for a in unsettled:
        a.date = a.date.day_first() if day_first else a.date.month_first()
    return problem


def _weekday_read(dm: DateMatch, near: AsOf) -> DateMatch | None:
    """A yearless slashed date with a weekday ("Wed 10/2") read the one way its weekday fits
    in the year around ``near``, if only one way does."""
    fits = [
        dataclasses.replace(way, weekday_order=way.order)
        for way in (dm.day_first(), dm.month_first())
        if weekday_fits(way.month, way.day, dm.weekday, anchor=near.day, exact_anchor=near.exact)
    ]
    return fits[0] if len(fits) == 1 else None


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


def _read_page(text: str) -> tuple[list[Line], bool, date | None]:
    """The page as lines, whether it is HTML, and the date its metadata gives (HTML only)."""
    if looks_like_html(text):
        page = read_html(text)
        return page.lines, True, page.published
    return text_lines(text), False, None


_PAGE_TOP = 4  # the page's first lines searched for its own venue and address
_VENUE_PARTS = re.compile(r"\s[·•|]\s|\s[–—]\s")
_PLACE_FIELDS = ("place", "campus", "city", "venue", "room", "address")
_place_values = attrgetter(*_PLACE_FIELDS)  # a meeting's values of them, in one call


# Street words of the other languages, for a street address without a house number first
# ("Calle Mayor 21, 28013 Madrid", "8 rue des Carmes, 31000 Toulouse").
_STREET_WORD_ABROAD = re.compile(rf"\b(?:{_STREET_WORDS_ABROAD})\b", re.IGNORECASE)


def _street_with_postcode(text: str) -> bool:
    """A street address with a house number and a postcode and town."""
    if not _DIGIT.search(text) or postal_place(text) is None:
        return False
    return bool(
        looks_like_block_line(text) or is_street_abroad(text) or _STREET_WORD_ABROAD.search(text)
    )


def _page_venue(lines: list[Line], kinds: list[str]) -> tuple[int, str, str] | None:
    """The venue a page names at its top, before any meeting: a name on the first line, then
    its street address with a postcode ("FOYLE & FINCH BOOKS" / "Independent booksellers since
    1987 · 14 Bridge Street, Ludlow SY8 1AA"), or both on one line ("Riverside Books · 221
    River St, Troy, NY 12180"): (line index, name, address)."""
    top = [i for i in range(min(len(lines), 2 * _PAGE_TOP)) if kinds[i] != BLANK][:_PAGE_TOP]
    for n, i in enumerate(top):
        if kinds[i] in (ANCHOR, DAY, RULE, CITY):
            return None
        parts = [p.strip(" ,") for p in _VENUE_PARTS.split(lines[i].text)]
        k = next((k for k, p in enumerate(parts) if _street_with_postcode(p)), None)
        if k is None:
            continue
        if n == 1 and len(lines[top[0]].text) <= 60 and not is_prose(lines[top[0]].text):
            return i, lines[top[0]].text.strip(), parts[k]
        if n == 0 and k > 0 and len(parts[k - 1]) <= 60 and not is_prose(parts[k - 1]):
            return i, parts[k - 1], parts[k]
        return None
    return None


def _apply_page_venue(
    lines: list[Line], kinds: list[str], meetings: list[Meeting], ctx: _Context
) -> None:
    """Meetings that name no place of their own (a bookshop's "Wed 4 Feb · 6.30pm · Priya
    Raman in conversation") are at the venue the page names at its top, with a warning: the
    page does not say so."""
    bare = [m for m in meetings if not m.online and m.date and not any(_place_values(m))]
    if not bare or (found := _page_venue(lines, kinds)) is None:
        return
    i, name, address = found
    for m in bare:
        m.venue = _title_case_words(name) if name.isupper() else name
        _set_address(m, address)
    _warn(
        ctx,
        lines[i],
        f"{len(bare)} meeting(s) name no place: the venue at the top of the page "
        f"({name}, {address}) is taken as theirs",
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


def _parse(
    text: str,
    as_of: date | None,
    today: date,
    url: str | None,
    last_modified: str | None,
    lang: str | None,
) -> Listing:
    lines, is_html, published = _read_page(text)
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
    if empty:
        return Listing(
            warnings=[ParseWarning(1, "the page is empty")],
            as_of=used.day,
            as_of_origin=used.origin,
        )
    lines = _join_split_dates(lines, langs)
    lines = _join_labelled_fields(lines)
    mail = asof.email_date(lines, langs)
    dateline = mail or asof.bare_dateline(lines, langs)
    kinds, anchors, unread = _classify(lines, langs, dateline[0] if dateline else None)
    _drop_page_marks(lines, kinds)
    if mail is not None and (subject := asof.email_subject(lines, mail[0])) in anchors:
        unread[subject] = _SUBJECT_REASON.format(lines[subject].text)
        del anchors[subject]
        kinds[subject] = OTHER
    _calendar(lines, kinds, anchors, unread)
    _ranges_under_ranges(lines, kinds, anchors)
    _drop_badges(lines, kinds, anchors, unread)
    _drop_day_tags(lines, kinds, anchors, langs)
    _merge_restated_days(lines, kinds, anchors, unread)
    _drop_past_sections(lines, kinds, anchors, unread)
    _drop_recaps(lines, kinds, anchors, unread)
    _drop_comments(lines, kinds, anchors, unread, langs)
    _drop_print_lines(lines, kinds, anchors, unread)
    _drop_day_notes(lines, kinds, anchors, unread)
    _mark_name_headings(lines, kinds, anchors)  # over the meetings left (no badges)
    order_problem = _numeric_order(lines, anchors, lang, used)
    if used.exact:
        ctx = _Context(used.day, True, [])
    else:
        visible = "\n".join(line.text for line in lines) if is_html else text
        years = _page_years(year_counts(visible, until=today.year), anchors.values(), today)
        ctx = (
            _Context(_page_year(years, anchors.values()), False, [])
            if years
            else _Context(today, True, [])
        )
    for i, reason in unread.items():
        _warn(ctx, lines[i], reason)
    if chat is not None:
        _warn_chat_prefixes(chat, ctx)
    if order_problem:
        ctx.warnings.append(order_problem)
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
    _share_between_date_lines(spans, per_span, lines)
    _same_as_before(spans, per_span, lines, ctx, langs)
    _drop_signup_repeats(spans, per_span, lines, ctx)
    _drop_repeated_prose(spans, per_span, lines, ctx)
    if chat is None:
        _status_notices(spans, per_span, lines, ctx)
    else:  # which message came first says which is the notice
        _chat_notices(chat, per_span, ctx, langs)
    _held_online_instead(lines, {*unread, *(s.anchor.index for s in spans)}, per_span, ctx, langs)
    if used.exact:
        _drop_past_untimed(spans, per_span, lines, ctx, used.day)
    meetings = [m for built in per_span for m in built]
    _apply_page_venue(lines, kinds, meetings, ctx)
    _postcode_country(meetings, lang)
    campaigns = _campaigns(lines, kinds, spans, per_span, ctx)
    if chat is not None:
        campaigns, dropped = chat_campaigns(chat, campaigns, meetings)
        ctx.warnings[:] = [
            w for w in ctx.warnings if not (w.line in dropped and w.reason.startswith("campaign"))
        ]
    if not meetings:
        ctx.warnings.append(
            ParseWarning(1, "no meetings found: no line with a date was recognised")
        )
    ctx.warnings.sort(key=lambda w: w.line)
    return Listing(
        campaigns=campaigns,
        meetings=meetings,
        warnings=ctx.warnings,
        as_of=used.day,
        as_of_origin=used.origin,
    )
