"""Line kinds, the reading context and its warnings, and the word patterns the steps share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from eventmap.ingest import labels
from eventmap.ingest.places import (
    VENUE_WORDS,
    find_campus,
)
from eventmap.ingest.text import (
    Line,
    contains_any,
    unaccented,
)
from eventmap.ingest.when import (
    LANGUAGES,
    find_times,
    lower_text,
    month_names,
    weekday_names,
)
from eventmap.model import ParseWarning

# Line kinds
BLANK, PROSE, ANCHOR, SERIES, OTHER = "blank", "prose", "anchor", "series", "other"
# A date heading over calendar entries, and a line that shapes a list (a table's header row, a
# time stated for the whole list): neither is a meeting, a detail nor part of a campaign.
DAY, RULE = "day", "rule"
CITY = "city"  # a city heading in capitals ("MANCHESTER") over the entries under it

_LINK_LINE = re.compile(
    r"^\W*(?:facebook(?:\s+event)?(?:\s+page)?|event\s+page|fb\s+event|rsvp(?:\s+here)?|"
    r"register(?:\s+here|\s+now)?|more\s+info(?:rmation)?|tickets?|event\s+details|"
    r"(?:read|learn)\s+more|click\s+here.*|sign\s+up.*|https?://\S++|"
    # the same buttons in German, French and Spanish
    r"facebook-veranstaltung|veranstaltung\s+auf\s+facebook|zur\s+anmeldung|jetzt\s+anmelden|"
    r"mehr\s+infos?|weitere\s+infos|tickets\s+kaufen|karten\s+kaufen|"
    r"[ée]v[ée]nement\s+facebook|plus\s+d['’]infos?|en\s+savoir\s+plus|r[ée]server|"
    r"je\s+m['’]inscris|evento\s+(?:en|de)\s+facebook|m[áa]s\s+info(?:rmaci[óo]n)?|"
    r"reservar|comprar\s+entradas|inscr[íi]bete)\W*+$",
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
_TITLE_ABBREVIATIONS = r"dr|prof|mr|mrs|ms|mme|mlle|hr|fr|sr|sra|srta|lic|ing|dipl|st"
# "Speaker: Ana Ruiz", "Referentin: …", "Intervenante : …", "Ponente: …", "Presenta: …"
_SPEAKER = re.compile(
    rf"\b(?:{labels.alternation(labels.SPEAKER)})\s*:\s*"
    rf"(?P<who>(?:\b(?:{_TITLE_ABBREVIATIONS})\.\s*+|[^.;])++)",  # "Dr. Ursula Brandl"
    re.IGNORECASE,
)
_SPEAKER_STEMS = (
    *("speaker", "featuring", "present", "referent", "vortragend", "intervenant", "conf"),
    *("ponent", "expositor", "moder", "modér", "guest", "gast", "gäst", "invit"),
)


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


# A meeting point's label: "Treffpunkt:", "Meeting point:", "Rendez-vous :", "Point de
# rendez-vous :", "Punto de encuentro:", "Lugar de encuentro:".
_MEET_POINT_LABEL = re.compile(
    r"(?:treffpunkt|meeting\s++(?:point|place)|(?:point\s++de\s++|lieu\s++de\s++)?rendez-vous|"
    r"(?:punto|lugar)\s++de\s++(?:encuentro|reuni[óo]n))\s*+:",
    re.IGNORECASE,
)


def point_labelled_in(text: str) -> bool:
    """Whether a sentence of a blurb after its first opens with a place's or a meeting point's
    label ("Frühlingsführung mit Förster Jan Dersch. Treffpunkt: Wanderparkplatz Christenberg
    (Münchhausen). Dauer ca. 2 Stunden.")."""
    if ":" not in text or len(text) > _SENTENCES_MAX:
        return False
    # not "Treffpunkt: wird bei der Anmeldung bekannt gegeben": where is still to come
    return any(
        _place_labelled(s)
        or ((pm := _MEET_POINT_LABEL.match(s)) is not None and s[pm.end() :].lstrip()[:1].isupper())
        for s in SENTENCE_SPLIT.split(text.strip())[1:]
    )


# Where a line's sentences part: a word's full stop, question or exclamation mark, then a
# capital ("… Fragerunde. Ort: …", "… dunkel? Unsere …", "… hören zu. Bei …"). The word has five
# letters or more, or two to four in lower case: a short capitalised word is an abbreviation or
# a name's ("Avda. Diagonal", "Geb. B", "Dr. Ruiz", "The Red Lion. Upstairs room").
SENTENCE_SPLIT = re.compile(
    r"(?:(?<=[^\W\d_]{5}[.!?])|(?<=\b[a-zß-ÿ]{2}[.!?])|(?<=\b[a-zß-ÿ]{3}[.!?])|(?<=[^\W\d_]\)[.!?])"
    r"|(?<=\b[a-zß-ÿ]{4}[.!?]))\s++(?=[A-ZÀ-Þ„“\"«])"
)
_SENTENCES_MAX = 600  # characters of a line read sentence by sentence for a labelled place


# A label and its sentence at a line's start, a blurb after it: "Treffpunkt: vor der
# Stadtbibliothek Brixen (Domplatz). Wir …", "Meeting point: the Old Mill gate. Bring …".
LABEL_SENTENCE = re.compile(r"[^:]{2,24}+:\s*+[^.!?]{3,120}+[.!?](?=\s)")


def place_labelled_in(text: str) -> bool:
    """Whether a sentence of a line after its first is labelled as the place ("… Ort: …")."""
    if ":" not in text or len(text) > _SENTENCES_MAX:
        return False
    return any(_place_labelled(s) for s in SENTENCE_SPLIT.split(text.strip())[1:])


# Words before a date that make it not a meeting's: when the page was published or updated
# ("Publié le", "Stand:", "Actualizado el"), a deadline, a span.
# "since", "until", "through", "by", "due" and "before" only right before the date ("RSVP by
# Friday 3 March"; not "Talk by Jo Smith, Saturday 7 March"), "Stand" only as "Stand:" ("Info
# stand at the market, …" is a meeting).
_NOT_EVENT_DATE = re.compile(
    r"\b(?:posted|published|updated|copyright|©|deadline|"
    # "closed for the holidays from", not "Closed meeting for members on" (a meeting)
    r"closed\s++(?!(?:meetings?|sessions?|events?|workshops?|rehearsals?|groups?|doors?)\b)"
    r"(?:[^\W\d_]++\s++){0,4}?(?:on|from)|geschlossen|"
    # not "Réunion fermée aux adhérents le …", "Reunión cerrada para socios el …": a meeting
    r"(?<!réunion\s)(?<!séance\s)(?<!assemblée\s)ferm[ée]e?|"
    r"(?<!reunión\s)(?<!sesión\s)(?<!asamblea\s)cerrad[oa]|"
    r"sent|mailed|gesendet|verschickt|versandt|envoy[ée]e?s?|exp[ée]di[ée]e?s?|enviad[oa]s?|"
    # a fallback day for the weather: "(snow date: Thursday, February 25)"
    r"remitid[oa]s?|(?:rain|snow|weather)\s+date|ausweichtermin|date\s+de\s+repli|"
    r"fecha\s+alternativa|"
    # a day kept in reserve if the meeting must move: "Verschiebedatum: So 18.7.2027",
    # "Ersatztermin", "backup date", "date de report", "fecha de reserva"
    r"(?:verschiebe|verschiebungs|ausweich|ersatz)(?:datum|termin)|"
    r"(?:backup|reserve|fallback|postponement)\s+(?:date|day)|date\s+de\s+report|"
    r"fecha\s+de\s+(?:reserva|aplazamiento)|"
    # the record of a meeting held: "Minutes of the 11/18/26 General Membership Meeting",
    # "Protokoll der Sitzung vom", "procès-verbal de la réunion du", "acta de la asamblea del"
    r"minutes\s++of|protokoll(?:e?s)?|proc[èe]s-verbal|acta\s++de|"
    r"publi[ée]e?|mise?\s+[àa]\s+jour|ver[öo]ffentlicht|aktualisiert|stand(?=\s*+:|\s++vom\b)|"
    # a CMS's label: "Publication : 25 janvier 2027", "Veröffentlichung: …", "Publicación: …"
    r"(?:publication|ver[öo]ffentlichung|publicaci[óo]n)(?=\s*+:)|"
    r"issued|herausgegeben|[ée]mis|emitid[oa]|printed|gedruckt|imprim[ée]e?|impres[oa]|"
    r"publicad[oa]|actualizad[oa]|actualizaci[óo]n)\b"
    r"|\b(?:since|until|through|by|due(?!\s+to\b)|before)(?:\s++(?:on|the))?[\s:,]*+$"
    # when a programme or an issue comes out, right before its date: "Das Januarprogramm
    # erscheint am 18. Dezember", "parution le …", "se publicará el …", "comes out on …"
    r"|\b(?:erscheint|erscheinen|para[iî]t(?:ra)?|parution|se\s++publicar[áa]|comes?\s++out)"
    r"(?:\s++(?:on|am|le|el))?[\s:,]*+$"
    # a ticket sale's end, right before its date: "Sales end Mar 25", "Vorverkauf bis",
    # "fin des ventes le", "venta hasta el" (not "Book Sale End-of-Season Party – Saturday …")
    r"|\b(?:sales?\s++end(?:s|ing)?|vorverkauf\s++(?:bis|endet)|fin\s++des\s++ventes|"
    r"ventas?\s++(?:hasta|termina))(?:\s++(?:on|am|le|el))?[\s:,]*+$"
    # a page's own stamps, as a Notion export or a wiki writes them: "Created: November 26,
    # 2026 4:12 PM", "Last edited: …", "Last edited time: …", "Created time: …", "Zuletzt
    # bearbeitet: …", "Créé le …", "Dernière modification : …", "Última edición: …"
    r"|\b(?:created|(?:last\s++)?(?:edited|modified)|erstellt|(?:zuletzt\s++)?(?:bearbeitet|"
    r"ge[äa]ndert)|cr[ée]{2}e?|modifi[ée]e?|cread[oa]|editad[oa]|modificad[oa]|"
    r"(?:date\s++de\s++|derni[èe]re\s++)(?:cr[ée]ation|modification)|"
    r"(?:fecha\s++de\s++|[úu]ltima\s++)(?:creaci[óo]n|modificaci[óo]n|edici[óo]n)|"
    # a wiki's footer: "Diese Seite wurde zuletzt am … bearbeitet", "La dernière modification
    # de cette page a été faite le …", "Esta página se editó por última vez el …"
    r"zuletzt|a\s++[ée]t[ée]\s++faite|por\s++[úu]ltima\s++vez|"
    # a chat's or a feed's export stamp: "Exported: 2026-12-01 08:30", "Exportiert am …",
    # "Exporté le …", "Exportado el …"
    r"export(?:ed|iert|[ée]e?|ad[oa]))"
    r"(?:\s++(?:on|at|time|date|am|um|le|el))?[\s:,]*+$"
    # a wiki's signature, its time before its day: "--Braveheart (Diskussion) 18:12, 24. Nov.
    # 2026 (CET)", "--Jo (talk) 18:12, 24 November 2026 (UTC)", "(discussion) 18:12, 24 nov."
    r"|\((?:talk|diskussion|disk\.?|discussion|discuter|discusi[óo]n|disc\.?)\)\s*+"
    r"\d{1,2}:\d\d,?\s*+$"
    # a calendar's filter showing its range: "Showing events December 15 – January 6",
    # "Affichage des événements du …", "Mostrando eventos del …", "Angezeigt: Termine vom …"
    r"|\b(?:showing|displaying|affichage\s++des|mostrando|angezeigt:?)\s++(?:[^\W\d_]++\s++){0,3}?"
    r"(?:events?|results?|[ée]v[ée]nements?|eventos?|termine|veranstaltungen)"
    r"(?:\s++(?:from|for|du|des|del|de|vom|von))?[\s:,]*+$"
    # a deadline's hour before its day: "must reach the secretary by 5pm on", "bis 17 Uhr am",
    # "avant 17 h le", "antes de las 17:00 del", "no later than 5:00 p.m. on", "spätestens
    # 12 Uhr am", "au plus tard 17 h le", "a más tardar a las 17:00 del"
    # (not a range's end: "von 17 bis 19 Uhr am Dienstag", "17 Uhr bis 19 Uhr am")
    r"|\b(?:by|before|(?<!\d\s)(?<!\d\suhr\s)(?<!\duhr\s)bis|avant|antes\s++de\s++las|"
    r"no\s++later\s++than|sp[äa]testens|"
    r"au\s++plus\s++tard|a\s++m[aá]s\s++tardar(?:\s++a\s++las)?)\s++\d{1,2}(?:[.:]\d\d)?"
    r"(?:\s*+(?:[ap]\.?\s?m\.?|h|uhr))?\s++(?:on|am|le|el|del)\s*+$",
    re.I,
)
# Lower-case stems that _NOT_EVENT_DATE needs one of: a case-sensitive alternation the engine
# skips to in C ("ffentlicht" and "jour" for "veröffentlicht" and "mis à jour": "ver" and "mis"
# are in "University" and "Commission"; "émis" and "emis" for "émis par").
_NOT_EVENT_STEMS = re.compile(
    r"posted|publi|updated|copyright|©|deadline|since|until|through|by|due|before|closed|"
    r"ffentlichung|"
    r"geschlossen|ferm|cerrad|jour|ffentlicht|aktualisiert|stand|actualiza|sent|gesendet|envoy|"
    r"enviad|mailed|verschickt|versandt|xp[ée]di|remitid|rain|snow|weather|alternativa|issued|"
    r"herausgegeben|émis|emis|"
    r"emitid|printed|gedruckt|imprim|impres|minutes|protokoll|verbal|acta|"
    r"ausweich|repli|bis|avant|antes|creat|edit|modifi|erstellt|bearbeit|ge[äa]ndert|cr[ée]{2}|"
    r"verschieb|ersatz|backup|reserv|fallback|postponement|report|aplazamiento|"
    r"cread|cr[ée]ati|creaci|edici|xport|later|tard|testens|sale|vorverkauf|ventes|venta|"
    r"erschein|para[iî]t|parution|publicar|comes?\s++out|showing|displaying|affichage|"
    r"mostrando|angezeigt|zuletzt|faite|vez|talk|disk|disc"
)


# The next meeting, named in a remark on one called off: "Fällt leider aus, wir sehen uns am 20.
# Jänner!", "Cancelled – see you on 20 January", "on se retrouve le 20 janvier", "nos vemos el
# 20 de enero" (with its own time, "nos vemos el jueves 10 a las 19 h" is a meeting).
_SEE_YOU_ON = re.compile(
    r"\b(?:see\s++you(?:\s++(?:all|again))?|sehen\s++uns(?:\s++wieder)?|"
    r"(?:on\s++se|nous\s++nous)\s++(?:retrouve|retrouverons|reverra|revoit)|nos\s++vemos)"
    r"(?:\s++(?:on|am|le|el))?[\s:,]*+$",
    re.IGNORECASE,
)


def _next_date_after_cancel(before: str, after: str) -> bool:
    """Whether a date is the next meeting's, named after one called off ("Fällt leider aus, wir
    sehen uns am" before it) with no time of its own after it."""
    if _SEE_YOU_ON.search(before[-40:]) is None or _CANCELLED.search(before) is None:
        return False
    tm = find_times(after[:40])
    return tm is None or tm.start > _SEE_YOU_TIME_REACH


_SEE_YOU_TIME_REACH = 12  # characters after such a date that may still give its time


def _not_event_date(before: str) -> bool:
    """``_NOT_EVENT_DATE.search(before)``, tried only when one of its words is there."""
    low = lower_text(before)
    if low is not None and not _NOT_EVENT_STEMS.search(low):
        return False
    return _NOT_EVENT_DATE.search(before) is not None


_CLOSED_AFTER = re.compile(
    # "· HALL CLOSED – floor sanding", "Bücherei geschlossen", "Médiathèque fermée", "Sede cerrada"
    r"^\W*+(?:(?:to|until|bis|au|al)\s++[\w./]{1,12}(?:\s++[\w./]{1,12}){0,2}\s*+[·|:–—]\s*+)?"
    r"(?:(?:the\s++)?(?:hall|library|centre|center|office|building|church|branch|museum|"
    r"haus|halle|saal|zentrum|b[üu]cherei|bibliothek|salle|mairie|m[ée]diath[eè]que|biblioteca|"
    r"centro|local|sala|sede)\s++)?(?:geschlossen|closed|ferm[ée]e?|cerrad[oa])\b",
    re.I,
)
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
    r"(?=\W*+$|\s++(?:for|all\s+day|today|wegen|pour|por|ganzt[äa]gig|toute|during|over|until|"
    r"till|pendant|jusqu|durante|hasta|über|bis)\b)"
    # "The tips will be closed on Friday 25 December", "Les déchetteries seront fermées les
    # vendredis 25 décembre et 1er janvier", "Los puntos limpios estarán cerrados el 25"
    r"|\b(?:be|are|is|sont|seront|est|sera|restent|resteront|est[áa]n|estar[áa]n|permanecer[áa]n)"
    r"\s++(?:closed|ferm[ée]e?s?|cerrad[oa]s?)\s++(?:on|le|les|el|los|la)\b",
    re.I,
)
_CLOSED_STEMS = ("closed", "geschlossen", "ferm", "cerrad")
# Words right before a date that make it a week's, a closure's, a deadline's or a footer's:
# "w/c 7 December", "(closed 24 Dec – 2 Jan)", "hasta el 5 de febrero", "inscriptions jusqu'au
# 12 janvier", "Page last modified 9 December 2026", "Woche vom 7. Dezember".
# "avant le 15 décembre", "antes del 15 de diciembre": a deadline ("Apéro avant le concert,
# samedi 5 mars" names no date after "avant").
_JUST_BEFORE = re.compile(
    r"(?:\bw/[cb]|\bweek\s++(?:commencing|beginning|starting|of)|\bsemaine\s++du|"
    r"\bwoche\s++(?:vom|ab)|\bsemana\s++del?|\bclosed|\bgeschlossen|\bferm[ée]e?s?|"
    r"\bcerrad[oa]s?|\bmodified|\bedited|\bge[äa]ndert|\bmodifi[ée]e?|\bmodificad[oa]|\bhasta|"
    r"\bjusqu['’]\s*+(?:au|à|a)|\bbis\s++(?:zum|am|sp[äa]testens)|\bsp[äa]testens|"
    r"\bau\s++plus\s++tard|\ba\s++m[aá]s\s++tardar|\bno\s++later\s++than|\bavant|"
    r"\bantes\s++del?)"
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
    "termine", "terminent", "cobro", "cobra", "abgebucht", "eingezogen", "prélevé", "prélevée",
    "prélevés", "prélevées", "preleve", "prelevee", "debited", "collected",
})  # fmt: skip
# German "bis" right before a date, after a word that is neither a number nor a day's name: a
# deadline ("Beitragsanpassungen bitte bis 31. Dezember melden", "Eintragen bis 15. Dezember",
# "sind bis 31.03.2027 zu überweisen"), as "until" is in English; not the end of a range ("vom
# 10. bis 12. März", "Montag bis Freitag, 7. März", "10 bis 12. März": the date finder reads
# most of these whole).
_UNTIL_BIS = re.compile(r"(?P<word>[^\W\d_][\w'’-]*+)\s++bis[\s:,]*+$", re.I)
_WORD_RUN = re.compile(r"\w+")
_WORD_STRIP = "()[]\"'“”‘’.,;:"
# A sign-up, a booking or a submission, then the verb or word of its deadline right before the
# date: "Registration opens Dec. 15", "Pre-orders … close Sun 15 Feb", "Anmeldung ab 4. Januar",
# "RSVP before Friday, 3 March", "inscripciones hasta el 5 de febrero". Both are needed:
# "Registration and coffee from 9am, Saturday 5 March" and "Closing rally, Sunday 6 March" are
# meetings.
_SIGNUP = re.compile(
    r"\b(?:registrations?|register|registros?|registrierung(?:en)?|enregistrements?|"
    r"sign[\s-]?ups?|bookings?|pre-?orders?|nominations?|"
    r"submissions?|applications?|entries|tickets?|rsvps?|enrol(?:l?ments?)?|"
    r"anmeld(?:ung(?:en)?|en)|bewerbung(?:en)?|(?:karten)?vorverkauf|karten|billets?|"
    r"billetterie|entradas|inscri(?:ptions?|pci[oó]n(?:es)?|re|vez|birse)|"
    r"r[ée]servations?|reservas?|requests?|demandes?|"
    r"antr[äa]ge?|solicitud(?:es)?|"
    # a survey, a petition or proposals sent in: "the rent survey closes Monday 30th Nov", "Les
    # propositions doivent parvenir au comité avant le …", "Vorschläge bis …", "encuesta hasta …"
    r"surveys?|polls?|questionnaires?|petitions?|consultations?|umfragen?|befragung(?:en)?|"
    r"sondages?|enqu[êe]tes?|p[ée]titions?|encuestas?|petici[óo]n(?:es)?|proposals?|"
    r"propositions?|vorschl[äa]ge?|propuestas?|motions?|mociones|contributions?|"
    # booking an appointment: "prise de rendez-vous à partir du …", "Terminvergabe ab …"
    r"appointments?|(?:prise\s++de|prendre)\s++rendez-vous|termin(?:vergabe|vereinbarung|"
    r"buchung)(?:en)?|citas?(?:\s++previas?)?|"
    # donations handed in: "Kuchenspenden bitte bis …", "Donations for the food bank by …",
    # "Dons de vêtements avant le …", "Donaciones de ropa hasta el …"
    r"\w*spenden|donations?|dons|donaciones|donativos)\b",
    re.I,
)
_SIGNUP_STEMS = (
    "regist", "sign", "book", "order", "nominat", "submiss", "applica", "entries", "ticket",
    "rsvp", "enrol", "anmeld", "bewerb", "vorverkauf", "inscri", "servation", "reserva",
    "karten", "billet", "entradas", "request", "demande", "antr", "solicitud", "appointment",
    "rendez", "termin", "cita", "survey", "poll", "questionnaire", "petition", "pétition",
    "consultation", "umfrage", "befragung", "sondage", "enquête", "enquete", "encuesta",
    "petici", "propos", "vorschl", "propuesta", "motion", "mocion", "contribution", "spende",
    "donation", "dons", "donac", "donativ",
)  # fmt: skip
# A sign-up, a survey or a consultation named right before the range of days it runs: "Enquête
# publique PLU : du 04/01/2027 au 05/02/2027", "Consultation publique du 4 au 28 janvier",
# "Umfrage vom 4. bis 28. Januar", "Inscripciones del 4 al 15 de enero", "Survey from 4 to 28
# January" (at most three words between, a colon only before the range: "Anmeldung: Sommercamp
# vom 5. bis 9. Juli" names a camp).
_PERIOD_OF = re.compile(
    _SIGNUP.pattern + r"(?:\s++[^\W\d_][\w'’-]*+){0,3}?\s*+:?\s*+(?:du|vom|from|del|de)\s*+$",
    re.I,
)
_PERIOD_REACH = 60  # characters before a range searched for _PERIOD_OF


def _period_of(head: str) -> str | None:
    """The sign-up, survey or consultation whose period is the range of days after ``head``."""
    near = head[-_PERIOD_REACH:]
    if not contains_any(near.lower(), _SIGNUP_STEMS):
        return None
    po = _PERIOD_OF.search(near)
    return None if po is None else po.group(0).strip(" :")


# A holiday or a term break, whose start or end is the date after it (with a _DEADLINE_VERB):
# "The half-term break begins on Monday 15 February", "Die Semesterferien beginnen am 1.
# Februar", "Les vacances scolaires commencent le samedi 6 février", "Las vacaciones de verano
# empiezan el 1 de julio".
# Also a term of the academic calendar ("The academic year opens on …", "Orientation week runs
# 8–12 February", "Die Orientierungswoche läuft vom …", "La rentrée universitaire commence le …",
# "El año académico empieza el …").
_BREAK = re.compile(
    r"\b(?:holidays?|vacations?|recess|half[\s-]?term|"
    # "Full term runs from …", "Hilary term begins on …" (not "Winter term: 20 January, …", a
    # list's label)
    r"full\s++term|(?:hilary|michaelmas|trinity|lent|autumn|spring|summer|fall|winter)\s++term"
    r"(?=\s++(?:begins|starts|ends|runs|commences))|"
    r"(?:term|semester|summer|winter|christmas|"
    r"easter|mid[\s-]?term|spring|reading)\s++break|\w*ferien|urlaub|cong[ée]s|receso|"
    # a club's own break: "Weihnachtspause", "Sommerpause", "relâche", "pausa navideña"
    r"\w+pause|rel[âa]che|pausa\s++(?:navide[ñn]a|de\s++verano|de\s++invierno|estival)|"
    r"vacances(?:\s++(?:scolaires|de\s++no[ëe]l|d['’]hiver|d['’][ée]t[ée]))?|"
    r"vacaciones(?:\s++(?:escolares|de\s++navidad|de\s++verano|de\s++invierno))?|"
    # "Periodos vacacionales: del 21 de diciembre …", "Período vacacional:" (not "Taller
    # vacacional", a workshop)
    r"per[íi]odos?\s++vacacional(?:es)?|(?:academic|school|university)\s++(?:year|term)|(?:orientation|welcome|"
    r"fresher['’]?s['’]?|reading|exam)\s++week|o-week|vorlesungszeit|\w*semesterbeginn|"
    r"orientierungswoche|rentr[ée]e(?:\s++(?:universitaire|scolaire))?|ann[ée]e\s++(?:scolaire|"
    r"universitaire)|semaine\s++d['’]int[ée]gration|a[ñn]o\s++(?:acad[ée]mico|lectivo|escolar)|"
    r"curso\s++(?:acad[ée]mico|lectivo|escolar)|semana\s++de\s++(?:bienvenida|orientaci[óo]n)|"
    r"vorlesungsfreie\s++zeit|lecture-free\s++(?:period|time|weeks?))\b",
    re.I,
)
_BREAK_STEMS = (
    "holiday", "vacation", "recess", "term", "break", "ferien", "urlaub", "vacances", "cong",
    "vacaciones", "receso", "year", "week", "semester", "vorlesung", "orientierung", "rentr",
    "année", "annee", "semaine", "año", "ano ", "curso", "semana", "lecture-free", "pause",
    "lâche", "lache", "pausa", "vacacional",
)  # fmt: skip
_BREAK_LABEL_LEN = 40
_LABEL_OPENING = re.compile(r"^[^\w(]++")  # "🎄 **Weihnachtspause": its marks and emoji
# What may stand between a break's label and its first date: "Weihnachtsferien: vom 23.12.".
_LABEL_FROM = frozenset({"from", "vom", "ab", "du", "de", "del", "desde"})


def _break_label(head: str) -> str | None:
    """The name of a break or a holiday when it is all of ``head``, as the label of the dates
    after it: "Vorlesungsfreie Zeit: 22.12.2026 bis 05.01.2027", "Christmas holidays: 21
    December – 4 January", "Vacances scolaires : du 19 décembre …", "Vacaciones: del 21 de
    diciembre …" (not "Winter break social: Friday 18 December", a meeting)."""
    label = head.strip()
    if len(label) > _BREAK_LABEL_LEN:
        return None
    name, colon, after = label.rpartition(":")
    if not colon:
        # "🎄 Weihnachtspause vom …", "Winter break from …": the label, then "from" alone
        name, _, after = label.rpartition(" ")
        if not name or after.lower() not in _LABEL_FROM:
            return None
    elif after.strip() and after.strip().lower() not in _LABEL_FROM:
        return None
    name = _LABEL_OPENING.sub("", name).strip(" *•·#>|([-–—")
    br = _BREAK.search(name)
    if br is None or br.end() != len(name) or len(name[: br.start()].split()) > 1:
        return None  # "Asamblea de inicio del año académico: …" names a meeting
    return br.group(0)


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
    r"\b(?:deadline|anmeldeschluss|einsendeschluss|meldeschluss|redaktionsschluss|date\s++limite|"
    r"fecha\s++l[ií]mite|plazo|d[ée]lai|closing\s++date|cut-?off\s++date)\b"
    r"|frist(?:en)?\b",  # "Frist", and the end of "Sammelfrist", "Anmeldefrist", "Einreichungsfrist"
    re.I,
)
_DEADLINE_NOUN_STEMS = (
    "schluss", "frist", "limite", "límite", "plazo", "délai", "delai", "closing", "cut",
    "deadline",
)  # fmt: skip
# An untimed calendar entry's title that says a place is closed: "Office closed (back 4 Jan)",
# "Library closed - Martin Luther King Jr. Day", "Geschäftsstelle geschlossen", "Bureau fermé
# pour les fêtes", "Oficina cerrada", "geschlossen." under "… vom 23.12. bis 06.01.", at most
# three words before the closure word (not "Closed meeting for members").
_CLOSED_NOTE = re.compile(
    r"^\W*+(?:[^\W\d_][\w'’.]*+[\s-]++){0,3}?(?:(?:is|are|ist|sind|est|sont|est[áa]n?|will\s++be|"
    r"bleib(?:t|en))\s++)?(?:closed|geschlossen|ferm(?:é|ée|és|ées|ee|es|ees)|cerrad[oa]s?|"
    r"ferme(?!\s++(?:du|de|des)\b|\s++d['’]))\b"  # "la Ferme du Héron": a farm
    r"(?!\s++(?:doors?|"
    r"meetings?|sessions?|events?|groups?|rehearsals?|workshops?|sitzung|r[ée]union|reuni[óo]n)\b)",
    re.I,
)
_NOTE_TITLE_WIDTH = 100
# An untimed entry's title that ends with what ends that day: "PUC comment period on the rate
# case closes", "Nominations close", "Membership renewals due", "Einspruchsfrist läuft ab",
# "Anmeldung endet", "La consultation publique prend fin", "Cierra el plazo" is written first
# (_DEADLINE_NOUN), "La convocatoria vence".
_ENDS_NOTE = re.compile(
    r"\b(?:closes|(?-i:close)|ends|(?:is\s++|are\s++)?due|expires?|endet|enden|l[äa]uft\s++ab|"
    r"laufen\s++ab|se\s++termine|se\s++terminent|prend\s++fin|prennent\s++fin|cierra|"
    r"cierran|termina|terminan|vence|vencen|finaliza)\W*+$",
    re.I,
)
_ENDS_NOTE_STEMS = ("clos", "end", "due", "expir", "ab", "termin", "fin", "cierra", "vence")


def _note_title(title: str) -> str | None:
    """What an untimed entry's title makes it, when not a meeting: a deadline it names
    anywhere ("Newsletter copy deadline", "Submission deadline: …", "Einsendeschluss
    Mitgliederzeitung", "Date limite des candidatures", "Plazo de inscripción") or ends with
    what ends that day ("Comment period closes", "Einspruchsfrist läuft ab"), or a closure."""
    t = title[:_NOTE_TITLE_WIDTH]
    low = t.lower()
    if contains_any(low, _DEADLINE_NOUN_STEMS) and _DEADLINE_NOUN.search(t):
        return "a deadline"
    if contains_any(low[-16:], _ENDS_NOTE_STEMS) and _ENDS_NOTE.search(t, max(0, len(t) - 24)):
        return "a deadline"
    if contains_any(low, _CLOSED_STEMS) and not _has_status(t) and _CLOSED_NOTE.match(t):
        return "a closure"
    return None


# When booking or ticket sales open, for whom, and the dates after it in the same clause: "Booking
# opens for Members on Monday 30 November and for everyone on Monday 7 December", "Tickets go on
# sale to Friends on …", "Billetterie ouverte aux adhérents le …", "Ouverture de la billetterie :
# …", "Start des Vorverkaufs: …", "Venta de entradas para socios desde el …", "Las entradas salen
# a la venta el …". The sale is named and opens; at most three words (an audience) between. Not
# "ab", "from", "desde": "Karten ab 12 €, Samstag 5. Dezember" gives a price before a meeting
# (a sale's "ab 1. Dezember" right before its date is _SIGNUP's).
_SALE_OPEN = re.compile(
    r"\b(?:bookings?|tickets?|(?:general|public|ticket)\s++sales?|(?:karten)?vorverkauf|karten|"
    r"tickets?verkauf|billetterie|billets|r[ée]servations?|entradas|reservas|"
    r"venta\s++de\s++entradas|sales|ventes|verkauf|venta)"  # "Les ventes ouvrent le …"
    r"(?:\s++[^\W\d_]++){0,3}?\s++(?:opens?|go(?:es)?\s++on\s++sale|on\s++sale|startet|beginnt|"
    r"ouverte?s?|ouvrent|ouvre|en\s++vente|salen\s++a\s++la\s++venta|a\s++la\s++venta|"
    r"abren?|comienza|empieza)\b"
    r"|\b(?:ouverture|apertura|start|beginn|opening)\s++(?:de\s++la\s++|des?\s++|del?\s++|"
    r"of\s++(?:the\s++)?)?(?:billetterie|r[ée]servations|venta(?:\s++de\s++entradas)?|"
    r"reservas|(?:karten)?vorverkaufs?|bookings?|ticket\s++sales|sales|ventes|verkaufs?)\b",
    re.I,
)
_SALE_STEMS = (
    "book", "ticket", "sale", "vorverkauf", "karten", "billet", "servation", "entradas", "reserva",
    "venta", "vente", "verkauf",
)  # fmt: skip


def _sale_opens(wide: str, low: str) -> str | None:
    """The words of ``wide`` (the text before a date) that say booking or sales open then, when
    no clause ends between them and the date."""
    if not contains_any(low, _SALE_STEMS):
        return None
    last = None
    for last in _SALE_OPEN.finditer(wide):  # noqa: B007 (the last one is the date's)
        pass
    if last is None or _CLAUSE_END.search(wide, last.end()) is not None:
        return None
    return last.group(0)


_DEADLINE_REACH = 40
_DEADLINE_VERB = re.compile(
    r"\b(?:close[sd]?|closing|opens?|ends?|due|by|until|till|before|from|start(?:s|ing)?|"
    r"begins?|ab|bis|endet|beginnt|startet|l[äa]uft|ouvr\w*|avant|[àa]\s++partir\s++du|"
    r"d[èe]s\s++le|hasta|desde|antes\s++del?|a\s++partir\s++del?|cierran?|abren?|"
    r"(?:on|en)\s++(?:sale|vente)|(?:a\s++la\s++)?venta|ouverte?s?|ouverture|opening|apertura|"
    r"beginnen|enden|depuis|seit|since|"
    r"commencen?t?|d[ée]butent|d[ée]bute|finissent|empiezan?|comienzan?|terminan?|runs?|"
    r"se\s++d[ée]roule|se\s++termine(?:nt)?|"
    # a payment taken that day: "se pasa al cobro el", "wird … abgebucht am", "prélevée le"
    r"(?:al\s++)?cobro|se\s++cobra|abgebucht|eingezogen|pr[ée]lev[ée]e?s?|debited|collected)"
    r"(?:\s++(?:online|en\s++ligne|en\s++l[íi]nea))?"  # "Billetterie : ouverture en ligne le …"
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
    r"no\s++laborables?)|feriados?|festivos)(?=\s*+(?:[:–—-]|$))"
    # a closure named by its kind first: "Annual closure of the centre from …", "Christmas
    # shutdown", "Jährliche Schließung …" ("Fermeture annuelle …" opens with the noun above)
    r"|(?:annual|christmas|holiday|seasonal|summer|winter|j[äa]hrliche|sommer)\s++"
    r"(?:closure|shutdown|schlie(?:ß|ss)ung))\b",
    re.I,
)
_CLOSURE_FIRST_WORDS = frozenset({
    "fermeture", "closure", "closures", "schließung", "schliessung", "schließtag", "schliesstag",
    "schließtage", "schliesstage", "betriebsferien", "cierre", "public", "bank", "non-working",
    "gesetzliche", "feiertag", "feiertage", "jour", "jours", "día", "días", "dia", "dias",
    "feriado", "feriados", "festivos", "annual", "christmas", "holiday", "seasonal", "summer",
    "winter", "jährliche", "jahrliche", "sommer",
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
# An item of a meeting's agenda, numbered at the start of its line: "TOP 2 Genehmigung des
# Protokolls der Mitgliederversammlung vom 18. Januar 2026", "Tagesordnungspunkt 3: …", "Agenda
# item 4: Minutes of the meeting of 12 November", "Point 2 de l'ordre du jour : …", "Punto 2
# del orden del día: …". Its date is what the item is about, not a meeting.
_AGENDA_ITEM = re.compile(
    r"(?-i:TOP)\s*+\d{1,2}\b|(?:tagesordnungspunkt|agenda\s++item)\s*+\d{1,2}\b|"
    r"(?:point|punto)\s++(?:n[°o]\s*+)?\d{1,2}\s++(?:de\s++l['’]\s*+ordre\s++du\s++jour|"
    r"del\s++orden\s++del\s++d[ií]a)",
    re.I,
)
_AGENDA_FIRST_WORDS = frozenset({"top", "tagesordnungspunkt", "agenda", "point", "punto"})
_FOOTER_FIRST_WORDS = frozenset({
    "related", "see", "read", "further", "siehe", "lesen", "mehr", "voir", "lire", "à", "a",
    "ver", "lea", "relacionado", "relacionada", "relacionados", "relacionadas", "jump", "skip",
    "springe",
})  # fmt: skip
# The first day a change applies from, not a meeting's: "the new rents will apply from Monday 5
# April", "Dues increase … takes effect with the 1/1/27 payroll deduction", "effective 1
# January", "gilt ab 1. Januar", "tritt in Kraft am", "s'applique à partir du", "entre en vigueur
# le", "à compter du", "entra en vigor el", "se aplica desde el", "vigente a partir del".
_EFFECTIVE = re.compile(
    r"\b(?:appl(?:y|ies)|effective|(?:takes?|took|come|comes)\s++(?:effect|into\s++(?:force|"
    r"effect))|in\s++force|gilt|gelten|g[üu]ltig|wirksam|in\s++kraft|en\s++vigueur|"
    r"s['’]\s*+appliquer?(?:a|ont|nt)?|applicables?|[àa]\s++compter|en\s++vigor|vigentes?|"
    r"se\s++aplicar?(?:[áa]n?)?)"
    r"(?:\s++(?:from|on|with|as\s++(?:of|from)|ab|am|seit|zum|vom|[àa]\s++partir\s++du|du|le|"
    r"desde|a\s++partir\s++del?|el|del?))?(?:\s++(?:the|dem|le|el))?[\s:,–—-]*+$",
    re.I,
)
_EFFECTIVE_STEMS = (
    "appl", "effect", "force", "gilt", "gelten", "gültig", "gultig", "wirksam", "kraft",
    "vigueur", "compter", "vigor", "vigente", "aplica",
)  # fmt: skip
# A service or premises back after a break, right before the date: "Normal service resumes on
# Monday 28 December", "the hall reopens Monday 1/4/27", "ab 7. Januar wieder geöffnet" is
# after it (_CLOSED_AFTER), "wieder geöffnet ab", "réouverture le", "le service reprend le",
# "reabre el", "el servicio se reanuda el". "Back" only after a closure ("Office closed (back
# 4 Jan)", "geschlossen, zurück am", "fermé, retour le", "cerrado, volvemos el"): "back on
# Monday 11 January" alone may be a meeting's return.
_REOPEN = re.compile(
    r"(?:\b(?:re-?open(?:s|ing)?|open\s++again|(?:normal\s++)?services?\s++(?:resumes?|restarts?|"
    r"returns?)|(?:collections?|deliveries)\s++(?:resume|restart)|wieder\s++(?:ge[öo]ffnet|offen|"
    r"da|erreichbar)|[öo]ffn(?:et|en)\s++wieder|wiederer[öo]ffnung|r[ée]ouverture|rouvr(?:e|ent|"
    r"ira)|(?:le\s++)?service\s++reprend|reprise\s++(?:normale\s++)?du\s++service|reabr(?:e|en|"
    r"imos|ir[áa])|reapertura|(?:el\s++)?servicio\s++se\s++reanuda|se\s++reanuda\s++el\s++servicio)"
    r"|(?P<back>\bback|\bzur[üu]ck|\bretour|\bvolvemos|\bde\s++vuelta))"
    r"(?:\s++(?:on|from|am|ab|le|el|the|du|del?))?[\s:,–—-]*+$",
    re.I,
)
_REOPEN_STEMS = (
    "open", "servic", "collection", "deliver", "wieder", "ffn", "ouvert", "rouvr", "reprend",
    "reprise", "reabr", "apertura", "reanuda", "back", "zurück", "zuruck", "retour", "volvemos",
    "vuelta",
)  # fmt: skip
# A report of who came, before the day it tells of: "Over 400 attended our November 15 rally",
# "Hundreds joined the 3 October march", "Über 300 kamen zu unserer Kundgebung am 15.
# November", "Plus de 200 personnes ont participé à notre meeting du 15 novembre", "Más de 300
# asistieron a nuestro mitin del 15 de noviembre" (not "attended by the Mayor on …").
_ATTENDED = re.compile(
    r"\b(?:attended|joined|came\s++to|took\s++part\s++in|participated\s++in|turned\s++out\s++"
    r"(?:for|to)|kamen\s++zu[mr]?|nahmen\s++an|beteiligten\s++sich\s++an|ont\s++(?:particip[ée]|"
    r"assist[ée])\s++[àa]|sont\s++venu(?:e|s|es)?\s++[àa]|asistieron\s++a|participaron\s++en|"
    r"acudieron\s++a|vinieron\s++a)"
    r"\s++(?:our|the|this|unsere[mnr]?|der|dem|den|notre|nos|la|le|les|nuestr[oa]s?|el|los|las)"
    r"(?:\s++[^\W\d_]++){0,3}?(?:\s++(?:on|am|vom|du|le|del?|el))?[\s,]*+$",
    re.I,
)
_ATTENDED_STEMS = (
    "attended", "joined", "came to", "took part", "particip", "turned out", "kamen", "nahmen",
    "beteiligten", "assist", "asist", "venu", "acudieron", "vinieron",
)  # fmt: skip
# A supply switched on or off, or a collection, on a day: "Das Wasser wird voraussichtlich am
# 3. April angestellt", "The water will be shut off on Monday 8 March", "Le chauffage sera coupé
# le 3 avril", "Se cortará el agua el 3 de abril", "Sperrmüll wird am 5. Januar abgeholt": a
# notice to members, not a meeting. The thing and the verb in the date's sentence.
_SUPPLY = re.compile(
    r"\b(?:water(?:\s++supply)?|power|electricity|heating|gas|bins?|rubbish|recycling|"
    r"\w*wasser\w*|strom|heizung|gas|\w*m[üu]ll|eau|[ée]lectricit[ée]|chauffage|gaz|ordures|"
    r"encombrants|agua|luz|electricidad|calefacci[óo]n|basura|residuos)\b",
    re.I,
)
_SUPPLY_STEMS = (
    "water", "power", "electric", "heating", "gas", "bin", "rubbish", "recycl", "wasser", "strom",
    "heizung", "müll", "mull", "eau", "lectric", "chauffage", "gaz", "ordures", "encombrant",
    "agua", "luz", "calefac", "basura", "residuo",
)  # fmt: skip
_SWITCH = re.compile(
    r"\b(?:(?:turned|switched|shut|cut)\s++(?:on|off|down)|(?:dis|re)connected|restored|"
    r"collected|(?:an|ab|ein|aus|zu)(?:gestellt|geschaltet|gedreht|gesperrt)|gesperrt|abgeholt|"
    r"coup[ée]e?s?|r[ée]tabli(?:e|s|es)?|ramass[ée]e?s?|remis\s++en\s++(?:service|eau)|"
    r"cortar[áa]n?|cortad[oa]s?|corte|restablecer[áa]n?|restablecid[oa]s?|recoger[áa]n?|"
    r"recogid[oa]s?)\b",
    re.I,
)
# Lower-case stems one of which a _SWITCH match holds: tried before the patterns.
_SWITCH_STEMS = (
    "turned", "switched", "shut", "cut", "connected", "restored", "collected", "gestellt",
    "geschaltet", "gedreht", "gesperrt", "abgeholt", "coup", "tabli", "ramass", "remis", "cortar",
    "cortad", "corte", "restablec", "recog",
)  # fmt: skip
_SUPPLY_REACH = 80  # characters of the date's sentence before it searched


def _supply_notice(head: str, after: str) -> str | None:
    """The words of a date's sentence that make it a supply switched on or off or a collection
    (_SUPPLY and _SWITCH), if both are there."""
    before = head[-_SUPPLY_REACH:]
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
    before = before[cut + 2 :] if cut >= 0 else before
    rest = after[:60]
    end = rest.find(". ")
    sentence = f"{before} {rest[:end] if end >= 0 else rest}"
    low = sentence.lower()
    if not contains_any(low, _SWITCH_STEMS) or not contains_any(low, _SUPPLY_STEMS):
        return None
    if (su := _SUPPLY.search(sentence)) is None or (sw := _SWITCH.search(sentence)) is None:
        return None
    return f"{su.group(0)} … {sw.group(0)}"


_NEXT_REACH = 30  # characters before a date searched for _JUST_BEFORE and _DEADLINE_VERB
_SIGNUP_REACH = 100  # characters before a date searched for the sign-up word (a subject)


def _near_ends_bis(near: str) -> bool:
    """Whether the last word of ``near`` is "bis" (a cheap test before _UNTIL_BIS)."""
    return near.rstrip(" :,")[-4:].lower() in (" bis", "\tbis")


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
        if (
            _near_ends_bis(near)
            and (ub := _UNTIL_BIS.search(near)) is not None
            and ub.group("word").casefold() not in _day_words()
        ):
            return f"follows {ub.group(0).strip(' :,')!r} (a deadline)"
    if (so := _sale_opens(wide, low)) is not None:
        return f"is when booking or sales open ({so!r})"
    near_low = low[-_NEXT_REACH:]
    near = head[-_NEXT_REACH:]
    if contains_any(low[-_DEADLINE_REACH:], _ATTENDED_STEMS) and (
        at := _ATTENDED.search(head[-_DEADLINE_REACH:])
    ):
        return f"follows {at.group(0).strip(' ,')!r} (a report of what took place)"
    if contains_any(near_low, _EFFECTIVE_STEMS) and (ef := _EFFECTIVE.search(near)):
        return f"follows {ef.group(0).strip(' :,–—-')!r} (when a change applies from)"
    if (
        contains_any(near_low, _REOPEN_STEMS)
        and (ro := _REOPEN.search(near))
        and (ro.group("back") is None or contains_any(low, _CLOSED_STEMS))
    ):
        return f"follows {ro.group(0).strip(' :,–—-')!r} (when a closure ends)"
    if contains_any(low[-_DEADLINE_REACH:], _DEADLINE_NOUN_STEMS) and (
        dn := _DEADLINE_NOUN.search(head[-_DEADLINE_REACH:])
    ):
        return f"follows {dn.group(0)!r} (a deadline)"
    if not line_start:
        return None
    lead = head[:60].lstrip(" *•·#>|([-–—")  # "— Fermeture annuelle … du 24 décembre …"
    first = lead[:24].partition(" ")[0].lower().strip(_WORD_STRIP)
    if first in _AGENDA_FIRST_WORDS and (ag := _AGENDA_ITEM.match(lead)) is not None:
        return f"follows {ag.group(0)!r} (an agenda item)"
    if first in _FOOTER_FIRST_WORDS and (fl := _FOOTER_LEAD.match(head)) is not None:
        return f"follows {fl.group(0).strip(' :')!r} (a link to another page)"
    if first in _CLOSURE_FIRST_WORDS and (cl := _CLOSURE_LEAD.match(head)) is not None:
        return f"follows {cl.group(0).strip(' :')!r} (a closure)"
    if first in _DUES_FIRST_WORDS and (du := _DUES_LEAD.match(lead)) is not None:
        return f"follows {du.group(0).strip(' :–—-')!r} (a payment's date)"
    if contains_any(first, _DEADLINE_NOUN_STEMS) and (dn := _DEADLINE_NOUN.match(lead)):
        return f"follows {dn.group(0)!r} (a deadline)"  # "- Anmeldeschluss für die Reise: …"
    if contains_any(low, _BREAK_STEMS) and (br := _break_label(head)) is not None:
        return f"follows {br!r} (the dates of a break or a holiday)"
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


def _says_no_meeting(
    text: str, *, other_month: bool = True, month: int | None = None
) -> str | None:
    """The words of a line that say there is no meeting ("no meetings between 19 December and 4
    January", "Reading week — no seminar", "kein Treffen"), if any. With ``other_month`` false,
    words followed by a month of their own don't count: "14 July (no meeting in August)" is
    July's meeting with a remark about August; the date's own ``month`` is none ("8. Dezember
    … kein Treffen im Dezember")."""
    if not contains_any(text.lower(), _NO_MEETING_STEMS):
        return None
    nm = _NO_MEETING.search(text)
    if nm is None:
        return None
    if not other_month:
        numbers = _month_numbers()
        clause = _CLAUSE_END.split(text[nm.end() :], maxsplit=1)[0]  # "no events. … in May."
        if any(numbers.get(w, month) != month for w in _LETTERS.findall(clause.casefold())):
            return None
        if _ANOTHER_PLACE.match(text, nm.end()):
            return None  # "… at Jesus Lane (no meeting at Hartington Grove that day)"
    return nm.group(0)


# A no-meeting remark about another place, named after it: "no meeting at Hartington Grove",
# "kein Treffen im Bürgerhaus Nord", "pas de réunion à la Bourse", "no hay reunión en el Ateneo".
_ANOTHER_PLACE = re.compile(
    r"\s++(?:at|in|im|in\s++der|à|au|à\s++la|en|en\s++el|en\s++la)\s++(?:the\s++)?"
    # a period, not a place: "no seminar in Reading Week", "kein Seminar in der Lesewoche"
    r"(?!(?:reading|study|revision|induction|half[-\s]?term|christmas|easter|summer|winter|"
    r"spring|autumn|fall|mid[-\s]?term)\s++(?:week|break|term|holidays?|vacation|recess)\b|"
    r"[\w-]{0,20}ferien\b|lesewoche|pr[üu]fungswoche|vacances|semana\s++santa|vacaciones)"
    r"(?-i:[A-ZÀ-Þ])",
    re.IGNORECASE,
)


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
_NOTICE = r"(?:n\.?\s?b\.?|note|please\s++note|achtung|hinweis|attention|nota|ojo)\s?[:,]?\s++"
# A notice's word before an entry's own place: "NB at Leith Library", "Ojo: en la Biblioteca".
_NOTICE_AT = re.compile(
    r"^[\s,;:–—-]*+" + _NOTICE + r"(?=(?:at|in|im|en|à|au|dans)\s)", re.IGNORECASE
)
_AT_IN = re.compile(
    # "this week at", "exceptionnellement à": an entry's own place, against the list's
    r"^(?:(?:this\s++(?:week|time)|exceptionally|instead|ausnahmsweise|diesmal|"
    r"exceptionnellement|cette\s++fois|excepcionalmente|esta\s++vez),?\s++)?"
    # "NB at Leith Library", "Achtung: im Rathaus", "Attention : à la Maison du peuple"
    r"(?:" + _NOTICE + r")?"
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
# Words that lead into a date ("le 7 mars", "am 7. März", "on Monday", "les 12, 14 et 19
# janvier", "los jueves 11/02, …"): not a place.
_HEAD_FILLER = re.compile(
    r"(?:^|\s)(?:le|les|el|los|las|am|on|the|du|del|au|ab|dès|vom|from)\s?$", re.IGNORECASE
)
_FILLER_REACH = 8  # _HEAD_FILLER's matches start in a text's last 7 characters (or at its start)


def _cut_head_filler(head: str) -> str:
    """``_HEAD_FILLER.sub("", head)``: its one match, searched for where it can start only."""
    fm = _HEAD_FILLER.search(head, max(0, len(head) - _FILLER_REACH))
    return head[: fm.start()] + head[fm.end() :] if fm else head


# Statuses in the languages the parser reads. A status word is never part of a place.
_CANCELLED_WORDS = (
    r"cancell?ed|called\s++off|abgesagt|abgesetzt|entf[äa]llt|f[äa]llt\s++(?:[^\W\d_]++\s++){0,4}?aus|"
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
    rf"(?<!\s)\s*+\(\s*+(?:now\s++)?(?:{_CANCELLED_WORDS}|{_POSTPONED_WORDS})\b[^()]{{0,60}}\)",
    re.IGNORECASE,
)
_POSTPONED = re.compile(rf"\b(?:{_POSTPONED_WORDS})\b", re.IGNORECASE)
# The status with the noun it is said of, which is no title: "FUNCIÓN SUSPENDIDA", "Séance
# annulée", "Veranstaltung abgesagt", "Meeting postponed". Only the noun alone, not the last
# word of a title ("Annual General Meeting postponed", "Film screening cancelled").
_STATUS_NOUN = (
    r"(?<![^\W\d_][\s-])(?:event|meeting|session|screening|talk|evento|funci[óo]n|sesi[óo]n|reuni[óo]n|"
    r"acto|charla|[ée]v[ée]nement|s[ée]ance|projection|r[ée]union|rencontre|veranstaltung|"
    r"vorstellung|termin|treffen|vortrag)\s++"
)
_STATUS_WORDS = re.compile(
    rf"\(?\b(?:{_STATUS_NOUN})?(?:(?:now\s+)?(?:{_CANCELLED_WORDS}|{_POSTPONED_WORDS}))\b\)?!?",
    re.IGNORECASE,
)
# Substrings every status or online word contains: a test in C before any regex runs (most
# lines have none, and the word patterns cannot skip ahead on a first letter).
_CANCELLED_STEMS = ("cancel", "called off", "abgesagt", "abgesetzt", "llt", "annul", "suspend")
_POSTPONED_STEMS = (
    "postpon", "reschedul", "verschoben", "report", "aplaz", "posterg", "pospu", "pospon",
)  # fmt: skip
_ONLINE_STEMS = (
    "online",
    "zoom",
    "webinar",
    "stream",  # "livestream", "live stream", "en streaming"
    "transmiti",
    "transmisi",
    "diffus",  # "diffusé en direct"
    "retransmis",
    "virtual",
    "en l",  # "en ligne", "en línea"
    "visio",
    "video",
    "vidéo",
    "teams",
    "jitsi",
    "webex",
    "google meet",
    "bigbluebutton",
)


_STATUS_STEMS = (*_CANCELLED_STEMS, *_POSTPONED_STEMS)
_FLAG_STEMS = (*_STATUS_STEMS, *_ONLINE_STEMS)
# "August – no meeting (summer recess)", "Juli: kein Treffen", "pas de réunion en août".
_NO_MEETING_STEMS = (
    "no ",
    "kein",
    "pas de",
    "aucun",
    "sin ",
    "break",
    "pause",
    "pausi",
    "lâche",
    "lache",
    "pausa",
)
_ALNUM = re.compile(r"[^\W_]")
_NO_MEETING = re.compile(
    # one word may qualify it: "no mid-week meeting", "no regular session", "kein reguläres Treffen"
    r"\b(?:no\s+(?:[\w-]++\s+)?(?:meeting|session|class|event|seminar|lecture|talk|colloquium|service|club|colloquia|"
    r"screening|showing|performance|assembly|reading\s+group|study\s+group)s?|"
    r"no\s+assemblies|"
    # a series that takes a break: "the seminar takes a break during the holidays", "macht
    # Pause", "pausiert", "fait relâche", "hace una pausa"
    r"takes\s+a\s+(?:break|pause)|(?:is|goes)\s+on\s+(?:a\s+)?break|macht\s+(?:eine\s+)?pause|"
    r"pausier(?:t|en)|f(?:ait|era|ont)\s+rel[âa]che|(?:hace|har[áa]|hacen)\s+(?:una\s+)?pausa|"
    # a service that stops for a day: "no (bin) collections on 25 or 26 December", "no surgery",
    # "keine Leerung", "keine Sprechstunde", "pas de collecte", "no hay recogida", "sin
    # atención al público"
    r"no\s+(?:(?:bin|refuse|rubbish|waste|recycling)\s+)?(?:collection|surger(?:y|ie)|"
    r"office\s+hour|drop-in|deliver(?:y|ie))s?|"
    r"kein(?:e|en)?\s+(?:leerung|abholung|m[üu]llabfuhr|sprechstunde|beratung)(?:en)?|"
    r"pas\s+de\s+(?:collecte|ramassage|distribution)s?|"
    r"(?:sin|no\s+hay)\s+(?:recogida|recolecci[óo]n|atenci[óo]n|reparto)|"
    r"kein(?:e|en)?\s+(?:\w++\s+)?(?:treffen|sitzung|veranstaltung|seminar|vorlesung|kurs|vortrag|"
    r"unterricht|vorstellung|vorf[üu]hrung|versammlung|lesekreis|stammtisch|workshop|"
    r"spielbetrieb|kinobetrieb|training)"
    r"(?:en|e|s)?|"
    r"(?:pas\s+(?:de\s+|d['’]\s*+)|aucune?\s++)(?:r[ée]union|s[ée]ance|cours|s[ée]minaire|"
    r"conf[ée]rence|projection|assembl[ée]e|atelier|cercle\s+de\s+lecture|entra[îi]nement|"
    r"activit[ée])s?|"
    r"(?:sin|no\s+(?:hay|habr[áa]))\s+(?:(?:reuni|sesi|funci|proyecci)(?:[óo]n|ones)|clases?|charlas?|"
    r"seminarios?|asambleas?|tertulias?|club(?:es)?\s+de\s+lectura))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # asked of the same tails and detail lines by several readers
def _has_status(text: str) -> bool:
    return contains_any(text.casefold(), _STATUS_STEMS)


# Streamed live: "live stream", "Transmisión en vivo por Facebook y YouTube", "transmitida en
# directo", "diffusée en direct", "en streaming".
LIVE_STREAM = (
    r"live[\s-]?stream(?:ed|ing)?|streamed\s+live|en\s+streaming|"
    # on a web platform, not a radio's: "diffusé en direct sur France Inter" is in its hall
    r"(?:(?:transmisi[óo]n|transmitid[oa])\s+en\s+(?:vivo|directo)|"
    r"(?:diffus|retransmis)(?:[ée]e?s?|ion)?\s+en\s+direct)"
    r"(?=[^.;\n]{0,40}?\b(?:youtube|facebook|twitch|instagram|internet|zoom|teams|web|streaming)\b)"
)
_ONLINE = re.compile(
    rf"\b(?:online|zoom|webinar|{LIVE_STREAM}|"
    r"virtual(?:ly)?|en\s+ligne|en\s+l[ií]nea|"
    # a video call, by its word or its platform: "en visio", "por videoconferencia",
    # "per Videokonferenz", "via Microsoft Teams", "auf Jitsi", "Google Meet"
    r"visio(?:conf[ée]rence)?|vid[eé]o-?(?:conf[ée]rence|conferencia|konferenz|call|llamada)|"
    r"(?:microsoft|ms)\s+teams|jitsi|webex|google\s+meet|bigbluebutton)\b",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]+")
# Words that a line about a meeting's status may hold besides the status ("Meeting moved
# online", "Réunion annulée", "Now on Zoom").
_STATUS_FILLER = frozenset(
    {"meeting", "event", "talk", "lecture", "now", "this", "the", "réunion", "conférence",
     "rencontre", "la", "le", "veranstaltung", "treffen", "termin", "die", "das", "reunión",
     "evento", "charla", "el", "fecha",
     # "POSTPONED, new date TBC", "verschoben, neuer Termin TBA"
     "tba", "tbc", "tbd"}
)  # fmt: skip


# How one takes part, not where: a line or cell that only says so ("Presencial", "In person",
# "Hybrid", "Präsenz", "en présentiel", "Modalidad: presencial", "Vor Ort + Zoom") names no place.
_MODE_ONLY = re.compile(
    r"^[\W_]*+(?:(?:modalidad|modalit[ée]|modus|format|mode)\s*+:?\s*+)?"
    r"(?:in[\s-]++person|en\s++persona|(?:semi)?presencial(?:es)?|presencia|(?:en\s++)?pr[ée]sentiel"
    r"(?:le)?|(?:in\s++)?pr[äa]senz(?:veranstaltung|termin|sitzung)?|vor\s++ort|h[yi]brid[oae]?|"
    r"híbrid[oa]|face[\s-]to[\s-]face|on[\s-]?site)"
    r"(?:\s*+(?:\+|/|&|y|und|et|and|or|o|ou|oder)\s*+(?:online|zoom|virtual|en\s++ligne|"
    r"en\s++l[ií]nea))?[\W_]*+$",
    re.IGNORECASE,
)
_MODE_STEMS = ("person", "presen", "présen", "präsen", "hybri", "hibri", "híbri", " ort", "face", "site")  # fmt: skip
_MODE_CHARS = 60  # longer text is more than a mode word


def _mode_only(text: str) -> bool:
    """Whether ``text`` only says how one takes part ("Presencial", "In person", "Hybrid")."""
    return (
        len(text) <= _MODE_CHARS
        and contains_any(text.casefold(), _MODE_STEMS)
        and _MODE_ONLY.match(text) is not None
    )


def _only_status(text: str) -> bool:
    """Whether a line says that a meeting is cancelled, postponed or online and names no place
    ("moved online", "Réunion annulée", "Die Veranstaltung fällt wegen Krankheit aus."), or only
    how one takes part ("Presencial", "In person", "Hybrid"): its status is read from it
    (``_read_flags``), and it is never a venue or a room."""
    if _mode_only(text):
        return True  # "Presencial", "Hybrid", "Vor Ort + Zoom"
    if not contains_any(text.casefold(), _FLAG_STEMS):
        return False
    rest = _ONLINE.sub(" ", _STATUS_WORDS.sub(" ", text))
    return rest != text and _names_no_place(rest)


# Where a status line's remark begins: a spaced dash ("… – (wegen Krankheit)").
_REMARK_CUT = re.compile(r"\s[–—-]\s")


def _before_remark(text: str) -> str:
    """What a status line's rest says before the remark after its dash ("Gasthof Kirchenwirt –
    *  (Fenstertag nach Christi Himmelfahrt)*" -> "Gasthof Kirchenwirt"), or all of it: a last
    part that opens with a capital or holds a number or a venue word may be a place ("Room 4 –
    Trades Hall")."""
    parts = _REMARK_CUT.split(text, maxsplit=1)
    if len(parts) < 2 or not _LETTERS.search(parts[0]):
        return text
    after = parts[1].lstrip(" *_~–—-")
    remark = after[:1] == "(" or after[:1].islower()
    if not remark or _DIGIT.search(after) or VENUE_WORDS.search(after) or _REMARK_CUT.search(after):
        return text  # "… — séance , copie indisponible — Cinéma du Parc": the place comes last
    return parts[0].strip()


_BRACKETED = re.compile(r"\([^()]*+\)")


def _names_no_place(rest: str) -> bool:
    """What is left of a status line once its status words are gone ("Réunion", "à une date
    ultérieure", "Die Veranstaltung ... wegen Krankheit"): no number, venue word or campus, and
    only lower-case or filler words, or a whole sentence."""
    if _unavailable(rest):
        return True  # "– hall unavailable"
    if _DIGIT.search(rest) or VENUE_WORDS.search(rest) or find_campus(rest):
        return False
    if _place_labelled(rest := rest.lstrip()):
        # "Lieu : MISHA, salle Table ronde (et retransmission en ligne)": a hybrid's hall, named
        # by a capital outside the brackets; not "Lieu : en ligne uniquement"
        value = _BRACKETED.sub(" ", rest.split(":", 1)[1])
        return not any(w[0].isupper() for w in _LETTERS.findall(value))
    rest = _before_remark(rest)  # "Gasthof Kirchenwirt – (Fenstertag …)": the name alone
    words = _LETTERS.findall(rest)
    return len(words) >= 5 or all(w[0].islower() or w.casefold() in _STATUS_FILLER for w in words)


# A time zone right after a time: offsets, the usual abbreviations (capitals only: "est" and
# "pt" are words), US zone names, and a city's or country's time ("hora de Lima", "heure de
# Paris", "Berliner Zeit", "Halifax time", "UK time"), never a venue.
_TZ_HINT = re.compile(
    r"^[\s,]*+\(?(?P<tz>(?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d\d)?|"
    r"(?<![\w.:])[+−-][01]\d(?::?[0-5]\d)?(?![\d:.])|"  # a bare UTC offset: "18:00 -03", "19:00 +0100"
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
# A booking's state on an entry's tag, never a place or a status of the meeting: "Sold out",
# "Ausgebucht – Warteliste", "Complet", "Agotado".
_BOOKING_STATE = re.compile(
    r"\b(?:sold\s++out|fully\s++booked|wait(?:ing)?[\s-]*+list|ausgebucht|ausverkauft|"
    r"warteliste|restpl[äa]tze|complet|liste\s++d['’]attente|agotad[oa]s?|lista\s++de\s++espera|"
    r"[úu]ltimas\s++plazas)\b",
    re.IGNORECASE,
)
# Words that make a line in capitals a heading of something other than a city.
_NOT_CITY = frozenset({
    "the", "of", "and", "for", "on", "at", "in", "to", "with", "a", "an", "our", "upcoming",
    "meetings", "meeting", "events", "event", "tour", "campaign", "series", "talks", "talk",
    "lectures", "lecture", "conference", "rally", "forum", "week", "day", "weekend", "programme",
    "program", "schedule", "calendar", "news", "free", "public", "all", "spring", "summer",
    "autumn", "fall", "winter",
    # seasons abroad: "PRINTEMPS", "Frühjahr", "INVIERNO"
    "printemps", "été", "ete", "automne", "hiver", "frühling", "frühjahr", "sommer", "herbst",
    "primavera", "verano", "otoño", "otono", "invierno", "dates", "tickets", "agenda", "diary", "activities", "listings",
    # the same headings abroad: "TERMINE", "CALENDRIER", "ACTIVIDADES"
    "termine", "veranstaltungen", "treffen", "kalender", "programm", "aktuelles", "vorträge",
    "calendrier", "événements", "evenements", "réunions", "reunions", "activités", "actualités",
    "conférences", "actividades", "eventos", "reuniones", "calendario", "programa",
    "programación", "charlas", "asambleas", "noticias", "convocatorias",
    # a newsletter's sections: "CHRISTMAS SOCIAL – CANCELLED", "ESTATE WALKABOUT", "REPAIRS"
    "social", "christmas", "party", "dinner", "walkabout", "notice", "newsletter", "repairs",
    "notices", "hinweise", "mitteilungen", "avis", "annonces", "avisos", "anuncios",
    "weihnachtsfeier", "fête", "fiesta", "navidad", "noël", "weihnachten",
    # a show's dates under its blurb: "Représentations", "Performances", "Vorstellungen"
    "représentations", "representations", "performances", "showings", "screenings",
    "vorstellungen", "aufführungen", "vorführungen", "séances", "funciones",
    "representaciones", "proyecciones", "horaires", "horarios",
    # a club's outings: "FIELD TRIPS", "Exkursionen", "Sorties", "Salidas"
    "trips", "walks", "outings", "excursions", "rambles", "hikes", "exkursionen", "wanderungen",
    "ausflüge", "führungen", "sorties", "balades", "randonnées", "visites", "salidas",
    "excursiones", "rutas", "marchas", "caminatas", "visitas",
    # when, not where: "NEXT MONTH", "THIS MONTH", "NÄCHSTEN MONAT", "LE MOIS PROCHAIN"
    "next", "this", "month", "months", "coming", "soon", "nächsten", "nächster", "monat",
    "prochain", "prochainement", "mois", "próximo", "próxima", "próximamente", "mes",
    # the listing's own heading: "Kommende Läufe", "Prochaines sorties", "Próximas fechas"
    "kommende", "kommenden", "nächste", "anstehende", "future", "forthcoming", "prochaines",
    "prochains", "próximos", "próximas", "proximos", "proximas",
    # a card's buttons: "RSVP", "Register", "More info", "Share"
    "rsvp", "register", "book", "share", "details", "info", "more", "subscribe", "donate",
    "inscribirse", "inscríbete", "inscribete", "anmelden", "inscrire", "réserver", "reservar",
    "detalles", "détails", "billets", "entradas", "boletos",
    # a competition's name over its card: "Torneo de Reyes", "Copa Primavera", "Stadtturnier"
    "torneo", "torneos", "tournament", "turnier", "tournoi", "copa", "cup", "coupe", "pokal",
    "liga", "league", "campeonato", "championship", "meisterschaft", "championnat", "concurso",
    "contest", "wettbewerb", "concours", "festival", "gala",
    # a teaser's link to the rest: "Read more", "Weiterlesen", "Lire la suite", "Leer más"
    "read", "continue", "weiterlesen", "weiter", "mehr", "lire", "suite", "leer", "más", "seguir",
    # a newsletter's or a notice board's sections: "NEWSLETTER", "EN BREF", "IN KÜRZE"
    "bulletin", "digest", "announcements", "lettre", "infolettre",
    "bref", "rundbrief", "kürze", "boletín", "boletin", "breves", "topics",
    "gemeindebrief", "pfarrbrief",
    # a past section: "RÜCKBLICK", "ARCHIV", "RETOUR SUR", "PAST EVENTS"
    "rückblick", "rückschau", "archiv", "archive", "archives", "past", "retour", "pasadas",
    "anteriores",
})  # fmt: skip
# The long ones end German compounds that say the same: "Veranstaltungskalender",
# "Jahresprogramm", "Vereinstermine".
_NOT_CITY_HEADS = tuple(sorted(w for w in _NOT_CITY if len(w) >= 7))


def not_city_word(word: str) -> bool:
    """Whether a heading's word says what its list is, not where (``_NOT_CITY``, or a compound
    ending in one of its long words: "VERANSTALTUNGSKALENDER")."""
    w = word.lower()
    return w in _NOT_CITY or (len(w) > 9 and w.endswith(_NOT_CITY_HEADS))


# "and ", ", ", "; " before a later date, maybe with the word a date takes ("und am 9. März",
# ", el 9 de febrero", "and on Friday")
_DATE_JOIN = re.compile(
    r"(?:\band\b|\bund\b|\bet\b|\by\b|\bsowie\b|\bas\s++well\s++as\b|\bainsi\s++que\b|"
    r"\bas[ií]\s++como\b|&|,|;)\W{0,8}(?:(?:on|am|le|el)\s++)?$",
    re.IGNORECASE,
)
_SUBTITLE = re.compile(
    r"^(?:with|featuring|speakers?|by|presented|hosted|a\s+talk|posted|published|updated)\b", re.I
)


@cache
@cache
def _day_words() -> frozenset[str]:
    """Weekday and month names in every language the parser reads (CLDR), lower-cased."""
    return frozenset(n for lang in LANGUAGES for n in (*weekday_names(lang), *month_names(lang)))


_FIRST_WORD = re.compile(r"[^\W\d_]++(?![\w'’])")  # a whole word: not "May" of "May's Bar"


def _opens_with_day_word(text: str) -> bool:
    """Whether ``text`` opens with a weekday's or a month's name ("Samstag um 10 Uhr", "January
    at 7", "Sábado a las 11"): a day, never a place after "am", "at", "in", "en"."""
    wm = _FIRST_WORD.match(text)
    return wm is not None and wm.group().casefold() in _day_words()


@cache
def _all_months() -> frozenset[str]:
    """Month names and abbreviations in every language the parser reads, also without their
    accents, as a heading in capitals may write them ("DECEMBRE", "FEVRIER", "AOUT")."""
    names = _month_numbers()
    return frozenset([*names, *(unaccented(n) for n in names)])


@cache
def _month_numbers() -> dict[str, int]:
    """Month names and abbreviations in every language the parser reads -> month number."""
    out: dict[str, int] = {}
    for lang in LANGUAGES:
        for name, k in month_names(lang).items():
            out.setdefault(name, k)
    return out


# Meeting fields --------------------------------------------------------------------------------
@dataclass
class _Context:
    anchor: date
    exact: bool
    warnings: list[ParseWarning]


def _warn(ctx: _Context, line: Line, reason: str, meeting_line: int | None = None) -> None:
    ctx.warnings.append(ParseWarning(line.number, reason, line.text[:200], meeting_line))


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


@lru_cache(maxsize=1)
def all_weekday_names() -> frozenset[str]:
    """Weekday names and abbreviations in every language the parser reads (CLDR), case-folded."""
    return frozenset(name.casefold() for lang in LANGUAGES for name in weekday_names(lang))


_DAY_JOINS = frozenset({"und", "and", "et", "y", "&", "+", "/", "–", "-", "bis", "to", "au", "a"})


def _weekdays_cell(text: str) -> bool:
    """A cell that names only the day of the week ("Samstag", "Sat & Sun", "samedi et
    dimanche"): the date's, never the place."""
    words = [w.strip(".,()").casefold() for w in text.split()]
    days = all_weekday_names()
    return any(w in days for w in words) and all(w in days or w in _DAY_JOINS for w in words)
