"""Notices that a place is closed or open on some dates are no meetings: "Les déchetteries
seront fermées les vendredis 25 décembre et 1er janvier" (a closure said with its verb before
"closed" and its article after), "Unsere Cafeteria ist über die Feiertage vom 24. Dezember bis
2. Januar von 8 bis 14 Uhr geöffnet" (opening hours said after the time). Before, each gave
meetings. (holdout38's waste authority and hospital lectures, after their blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
TALK = {
    "en": "Thursday 7 January 2027, 6pm: Heart health, Lecture Hall",
    "de": "Donnerstag, 7. Jänner 2027, 18 Uhr: Herzgesundheit, Aula",
    "fr": "Jeudi 7 janvier 2027, 18 h : Santé du cœur, Amphithéâtre",
    "es": "Jueves 7 de enero de 2027, 18:00 h: Salud del corazón, Salón de actos",
}

NOTICES = [
    ("en", "The recycling centres will be closed on Friday 25 December and Friday 1 January."),
    ("de", "Die Wertstoffhöfe bleiben am Freitag, 25. Dezember und 1. Januar geschlossen."),
    ("de", "Unsere Cafeteria ist über die Feiertage vom 24. Dezember bis 2. Januar von 8 bis 14 Uhr geöffnet."),
    ("fr", "Les déchetteries seront fermées les vendredis 25 décembre et 1er janvier."),
    ("fr", "La cafétéria est, pendant les fêtes, du 24 décembre au 2 janvier de 8 h à 14 h ouverte."),
    ("es", "Los puntos limpios estarán cerrados el viernes 25 de diciembre y el 1 de enero."),
    ("es", "La cafetería estará del 24 de diciembre al 2 de enero de 8:00 a 14:00 abierta."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notice"), NOTICES)
def test_a_closure_or_opening_hours_notice_is_no_meeting(lang, notice) -> None:
    page = f"Programme\n\n{TALK[lang]}\n\nGood to know\n\n{notice}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-01-07"]
    assert any(w.line == 7 for w in listing.warnings)  # not dropped silently


LOOK_ALIKES = [
    # a meeting closed to the public is a meeting (before, "closed … on", "fermée", "cerrada"
    # before the date dropped it as a closure)
    ("en", "Closed meeting for members on Tuesday 12 January 2027 at 7pm, Committee Room", "19:00"),
    ("de", "Geschlossene Sitzung für Mitglieder am Dienstag, 12. Jänner 2027, 19 Uhr, Sitzungszimmer", "19:00"),
    ("fr", "Réunion fermée aux adhérents le mardi 12 janvier 2027 à 19 h, salle du conseil", "19:00"),
    ("es", "Reunión cerrada para socios el martes 12 de enero de 2027 a las 19:00, sala de juntas", "19:00"),
    ("en", "Open day at the depot on Saturday 9 January 2027, 10am to 2pm, Engine Shed", "10:00"),
    ("de", "Tag der offenen Tür am Samstag, 9. Jänner 2027, von 10 bis 14 Uhr im Foyer", "10:00"),
    ("fr", "Atelier ouvert à tous le samedi 9 janvier 2027 de 10 h à 12 h, salle B", "10:00"),
    ("es", "Jornada de puertas abiertas el sábado 9 de enero de 2027, de 10:00 a 14:00 h, en el vestíbulo",
     "10:00"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line", "start"), LOOK_ALIKES)
def test_a_closed_meeting_or_an_open_day_is_a_meeting(lang, line, start) -> None:
    got = parse(f"Programme\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in got] == [start]
