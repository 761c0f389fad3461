"""An event's title over its venue's lines, where the title alone could pass for a place (issue
17 item 7; holdout8's Guadalajara events plugin and DeKalb library calendar). Read as a person
reads it:

- a title over a name over two streets that cross, a meeting point without a house number
  ("Recorrido a pie por el barrio" / "Templo Expiatorio" / "Calle Escorza y Av. López Cotilla,
  Guadalajara"; "… / corner of Front St and Jarvis St, Toronto") is the title: the name is the
  venue, the crossing its street;
- a group's name ("Adult Book Club", "Saturday Chess Club", "Lego Lab", "Club de lectura") over
  a line that names a venue by another word and a part of it ("Decatur Library · Auditorium",
  "Biblioteca Central, Sala 3") is the title, with or without its time on a line above it; a
  club's premises over its street ("Working Men's Club" / "12 Mill Lane") stay the venue.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}

# fmt: off
CROSSINGS = [
    # (lang, date line, title, venue, the streets that cross)
    ("es", "23 de enero de 2027 @ 10:00 - 13:00", "Recorrido a pie por el barrio",
     "Templo Expiatorio", "Calle Escorza y Av. López Cotilla, Guadalajara, Jal. (punto de encuentro)"),
    ("en", "Saturday, January 23, 2027, 10:00 am", "Walking tour of the old waterfront",
     "St. Lawrence Market", "corner of Front St and Jarvis St, Toronto"),
    ("fr", "Samedi 23 janvier 2027, 10 h", "Visite à pied du quartier", "Église Saint-Bruno",
     "Angle rue Pierre-Dupont et rue de Flesselles, Lyon"),
    ("es", "Sábado 23 de enero de 2027, 10:00", "Paseo por el centro histórico",
     "Mercado de San Miguel", "Plaza de San Miguel y Calle Mayor, Madrid"),
]
# fmt: on


@pytest.mark.parametrize("row", CROSSINGS, ids=[f"{r[0]}-{r[3]}" for r in CROSSINGS])
def test_a_title_over_a_name_over_crossing_streets(row):
    lang, when, title, venue, streets = row
    page = f"Agenda\n\n{when}\n{title}\n{venue}\n{streets}\n"
    (m,) = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert (m.date, m.start_time) == ("2027-01-23", "10:00")
    assert (m.title, m.venue) == (title, venue)


# fmt: off
GROUPS = [
    # (lang, time line or "", group's name, venue line, venue)
    ("en", "4:00 PM - 5:30 PM", "Teen Anime Club", "Scott Candler Library · Teen Space",
     "Scott Candler Library"),
    ("en", "", "Saturday Chess Club", "Chamblee Library, Meeting Room", "Chamblee Library"),
    ("en", "5 pm", "Lego Lab", "Eastside Branch Library · Children's Area",
     "Eastside Branch Library"),
    ("de", "16:00 – 17:30 Uhr", "Schachclub für Jugendliche", "Stadtbibliothek Mitte · Saal 2",
     "Stadtbibliothek Mitte"),
    ("es", "18:00 - 19:30", "Club de lectura", "Biblioteca Central · Sala 3",
     "Biblioteca Central"),
    ("fr", "18 h 30", "Club de lecture", "Médiathèque José Cabanis · Auditorium",
     "Médiathèque José Cabanis"),
]
# fmt: on
DAYS = {
    "en": "Wednesday, December 2, 2026",
    "de": "Mittwoch, 2. Dezember 2026",
    "es": "Miércoles 2 de diciembre de 2026",
    "fr": "Mercredi 2 décembre 2026",
}


@pytest.mark.parametrize("row", GROUPS, ids=[f"{r[0]}-{r[2]}" for r in GROUPS])
def test_a_groups_name_over_a_venue_and_its_room(row):
    lang, time, group, venue_line, venue = row
    day = f"{DAYS[lang]}, 17:00" if not time else DAYS[lang]
    under = [time] if time else []
    page = "Events\n\n" + "\n".join([day, *under, group, venue_line, "All welcome."]) + "\n"
    (m,) = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert m.date == "2026-12-02" and m.start_time is not None
    assert (m.title, m.venue) == (group, venue)


def test_a_clubs_premises_over_its_street_stay_the_venue():
    page = "Events\n\nThursday, December 3, 2026, 7 pm\nWorking Men's Club\n12 Mill Lane, Leeds\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.venue == "Working Men's Club" and m.title is None


PAGE = """\
Events Calendar

Wednesday, December 2, 2026

4:00 PM - 5:30 PM
Teen Anime Club
Scott Candler Library · Teen Space
Ages 12–18. Snacks provided.

Saturday, January 23, 2027

10:00 AM - 1:00 PM
Walking tour of the old waterfront
St. Lawrence Market
corner of Front St and Jarvis St, Toronto
"""


def test_cli_parse_reads_titles_and_venues(tmp_path):
    path = tmp_path / "calendar.txt"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-11-20")
    assert [(m["date"], m["start_time"], m["title"], m["venue"]) for m in meetings] == [
        ("2026-12-02", "16:00", "Teen Anime Club", "Scott Candler Library"),
        ("2027-01-23", "10:00", "Walking tour of the old waterfront", "St. Lawrence Market"),
    ]
