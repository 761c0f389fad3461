"""The words of field labels ("Date:", "Uhrzeit:", "Lieu :", "Hora:"), by kind.

Each entry is a regular-expression alternative (read case-insensitively); the parser's label
patterns are built from these named groups with :func:`alternation`. The readers differ in
which groups they take: a line's leading label (``parse._LABEL``), a time label
(``parse._TIME_LABEL``) and an event card's labelled fields (``parse._FIELD``). A table's
header words (``calendar.HEADER_WORDS``) are whole casefolded cells with their own accent
forms ("cuándo" but not "cuando") and are kept there."""

from __future__ import annotations

# A date and a time in one label: "Date and time:", "Datum und Uhrzeit:", "Fecha y hora:".
DATE_AND_TIME = (
    r"date\s++(?:and|&)\s++time",
    r"datum\s++und\s++(?:uhr)?zeit",
    r"date\s++et\s++heure",
    r"fecha\s++y\s++hora",
)
# Date words every reader takes.
DATE = ("when", "dates?", "datum", "wann", "fecha", "cu[aá]ndo")
# Date words only a line's leading label takes ("Termine:", "Fechas:").
DATE_LIST = ("termine?", "fechas")
# Date words only a card's field takes ("Día", "Quand").
DATE_CARD = ("d[ií]a", "quand")
# Time words every reader takes.
TIME = ("time", "zeit", "uhrzeit", "heure", "horaire", "hora", "horario")
# Plural time words: "Times:" for a time label and a card field, the rest for a card field.
TIMES = ("times",)
TIMES_CARD = ("horaires", "horas")
# The start of an event: "Beginn:" also as a line's leading label, the rest only as a time label.
BEGIN = ("beginn",)
START = (
    "start",
    "starts",
    "anfang",
    "d[ée]but",
    "inicio",
    "comienzo",
    "inauguraci[oó]n",
    r"(?:primera\s++)?convocatoria",
)
# Place words every reader of places takes.
PLACE = (
    "where",
    "location",
    "venue",
    "place",
    "wo",
    "ort",
    "veranstaltungsort",
    "lieu",
    "lugar",
    "d[oó]nde",
)
# Place words only a card's field takes ("Où", "Sede").
PLACE_CARD = ("où", "sede")
# A meeting point ("Treffpunkt:") and an address ("Adresse:", "Dirección:"), leading labels only.
MEETING_POINT = ("treffpunkt",)
ADDRESS = ("address", "adresse", "anschrift", "direcci[oó]n")

# A speaker's label ("Speaker:", "Referentin:", "Intervenant :", "Ponente:"), read where the
# label stands alone on its line with the name on the next (``parse.page._join_lone_labels``).
SPEAKER = (
    "speakers?",
    "presenters?",
    "featuring",
    r"referent(?:in|en|innen)?",
    r"vortragende[rn]?",
    r"intervenant(?:e|s|es)?",
    r"conf[ée]renci(?:er|[eè]re)s?",
    "ponentes?",
    r"conferencistas?",
    r"expositor(?:a|es|as)?",
    r"presentan?",  # "Presenta: Mirta Echenique (CEA-UNC)"
    r"mod[ée]rat(?:ion|or|orin|eur|rice)s?",
    r"moderaci[óo]n",
    r"moderador(?:a|es|as)?",
    r"(?:special\s++)?guests?",  # "Zu Gast: Regisseurin …", "Invitée : …", "Invitada: …"
    r"(?:zu\s++)?g(?:a|ä)st(?:e)?",
    r"invit[ée]e?s?",
    r"invitad[oa]s?",
)

# Who else runs an entry, by a label before the name: "Judge: Ellen Tremblay", "Leader: Sam
# Whitfield", "Leitung: Anna Berger", "Animation : Luc Martin", "Guía: Ana Ruiz".
ROLE = (
    r"judges?",
    r"leaders?",
    r"led\s++by",
    r"hosts?",
    r"guides?",
    r"instructors?",
    r"tutors?",
    r"coach(?:es)?",
    r"leitung",
    r"(?:kurs)?leiter(?:in)?",
    r"jury",
    r"juror(?:in|en)?",
    r"f[üu]hrung",
    r"animation",
    r"anima(?:teur|trice)s?",
    r"format(?:eur|rice)s?",
    r"encadr(?:ant|ante|ement)s?",
    r"jurado",
    r"gu[íi]as?",
    r"instructor(?:a|es|as)?",
    r"coordinador(?:a|es|as)?",
    r"monitor(?:a|es|as)?",
    r"talleristas?",
)

# The words that lead a speaker's line under a title ("par Marie Dupont", "animé par l'association
# …", "with Dr Ana Ruiz", "mit Anna Schmidt", "a cargo de Lucía Pérez"); what follows is who.
SPEAKER_LEAD = (
    r"(?:(?:presented|hosted|led|introduced|chaired)\s++)?by",
    "with",
    "featuring",
    r"(?:(?:anim|pr[ée]sent|introduit|men)[ée]e?s?\s++)?par",
    "avec",
    "mit",
    "von",
    "con",
    r"(?:(?:presentad|moderad|dictad|impartid)[oa]s?\s++)?por",
    r"a\s++cargo\s++de",
)


def alternation(*groups: tuple[str, ...]) -> str:
    """The groups' words as one regular-expression alternation (without brackets)."""
    return "|".join(word for group in groups for word in group)
