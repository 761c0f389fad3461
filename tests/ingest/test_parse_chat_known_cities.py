"""A chat message that names, before its date, a city the chat already holds meetings in is held
there (issue 17; holdout10's Chile and Mexico WhatsApp exports): members write the chapter's city
in their sentence ("Valparaíso en enero también: sábado 16 de enero …", "ah y en Guadalajara
también hacemos mitin … el martes 26 de enero"), not as a heading. A city the chat holds no
meeting in, or a message that names two such cities, gives no city.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}

# fmt: off
MESSAGES = [
    # (lang, the chapter's first message, a later message naming its city, that city, date, time)
    ("es", "Rosario: jueves 17 de diciembre, 18:00 h, Facultad de Humanidades, aula 5",
     "Rosario en enero también: sábado 16 de enero a las 17:00 en la Biblioteca Argentina",
     "Rosario", "2027-01-16", "17:00"),
    ("es", "Mendoza: jueves 17 de diciembre, 18:00 h, UNCuyo, aula magna",
     "ah y en Mendoza también hacemos mitin frente a la Legislatura el martes 26 de enero a las 12",
     "Mendoza", "2027-01-26", "12:00"),
    ("es", "San Juan: jueves 17 de diciembre, 18:00 h, UNSJ, aula 3",
     "Agrego para San Juan: concentración el sábado 9 de enero, 11:00 hrs en la plaza 25 de Mayo",
     "San Juan", "2027-01-09", "11:00"),
    ("fr", "Grenoble : jeudi 17 décembre, 18 h, université, amphi 4",
     "Grenoble remet ça : samedi 16 janvier à 14 h à la Maison des associations",
     "Grenoble", "2027-01-16", "14:00"),
    ("de", "Kassel: Donnerstag, 17. Dezember, 18 Uhr, Universität, Raum 1104",
     "Kassel macht im Januar weiter: Samstag, 16. Januar um 14 Uhr im Gewerkschaftshaus",
     "Kassel", "2027-01-16", "14:00"),
    ("en", "Leeds: Thursday 17 December, 6pm, University of Leeds, Room 4",
     "Leeds again in January: Saturday 16 January at 2pm at the Central Library",
     "Leeds", "2027-01-16", "14:00"),
]
# fmt: on


def chat(first: str, later: str) -> str:
    return (
        f"[01/12/2026, 10:02:11] Ana: {first}\n"
        "[01/12/2026, 10:05:40] Ben: 👍\n"
        f"[01/12/2026, 11:20:03] Carla: {later}\n"
    )


@pytest.mark.parametrize("row", MESSAGES, ids=[f"{r[0]}-{r[3]}" for r in MESSAGES])
def test_a_message_naming_a_city_of_the_chat_is_held_there(row):
    lang, first, later, city, day, time = row
    ms = parse(chat(first, later), lang=LANG[lang]).meetings
    m = next(m for m in ms if m.date == day)
    assert (m.start_time, m.city) == (time, city)


def test_a_city_the_chat_holds_no_meeting_in_gives_no_city():
    page = chat(
        "Rosario: jueves 17 de diciembre, 18:00 h, Facultad de Humanidades, aula 5",
        "Córdoba se suma: sábado 16 de enero a las 17:00 en la Biblioteca Popular",
    )
    m = next(m for m in parse(page, lang="es").meetings if m.date == "2027-01-16")
    assert m.city != "Rosario"


def test_a_message_naming_two_cities_of_the_chat_gives_none():
    page = (
        "[01/12/2026, 10:02:11] Ana: Rosario: jueves 17 de diciembre, 18:00 h, aula 5\n"
        "[01/12/2026, 10:03:11] Ana: Mendoza: viernes 18 de diciembre, 18:00 h, aula 2\n"
        "[01/12/2026, 11:20:03] Carla: de Rosario a Mendoza en caravana: sábado 16 de enero, 8 h,"
        " salida desde la terminal\n"
    )
    m = next(m for m in parse(page, lang="es").meetings if m.date == "2027-01-16")
    assert m.city not in ("Rosario", "Mendoza")
