"""Calendar entries whose time stands alone over their title and place (issue 17 item 8;
holdout8's library calendar): a date heading, then paragraphs that each open with a time line
("6:00 PM - 7:30 PM", "18:30 – 20:00 Uhr", "14 h 00 – 16 h 00") over the entry's title, its
place ("Decatur Library · Auditorium") and maybe a blurb. Read as a person reads it: each such
paragraph is an entry of that day, the second one too (it was reported as "details with no date
above it" and lost). A single time line under a date stays the detail of its meeting.

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
ROWS = [
    # (lang, date heading, first entry's lines, second entry's lines, the two start times)
    ("en", "Tuesday, December 1, 2026",
     ["10:30 AM - 11:00 AM", "Baby Time", "Eastside Branch Library · Story Room"],
     ["6:00 PM - 7:30 PM", "Adult Book Club", "Eastside Branch Library · Auditorium",
      "New members welcome."], ("10:30", "18:00")),
    ("en", "Thu, Dec 1",
     ["11 am", "Knitting Circle", "Ferndale Public Library, Room B"],
     ["7 pm – 8:30 pm", "Author Talk: Local History", "Ferndale Public Library, Main Hall"],
     ("11:00", "19:00")),
    ("de", "Dienstag, 1. Dezember 2026",
     ["10:00 – 11:00 Uhr", "Vorlesestunde für Kinder", "Stadtbibliothek Mitte · Kinderbereich"],
     ["18:30 – 20:00 Uhr", "Lesekreis: Neue Romane", "Stadtbibliothek Mitte · Saal 2",
      "Eintritt frei."], ("10:00", "18:30")),
    ("fr", "Mardi 1er décembre 2026",
     ["14 h 00 – 16 h 00", "Atelier tricot", "Médiathèque José Cabanis · Salle 2"],
     ["18 h 30", "Rencontre avec une autrice", "Médiathèque José Cabanis · Auditorium"],
     ("14:00", "18:30")),
    ("es", "Martes 1 de diciembre de 2026",
     ["11:00 - 12:00", "Cuentacuentos", "Biblioteca Central · Sala infantil"],
     ["18:00 - 19:30", "Club de lectura", "Biblioteca Central · Sala 3", "Entrada libre."],
     ("11:00", "18:00")),
]
# fmt: on


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[4][1]}" for r in ROWS])
def test_each_time_over_its_title_is_an_entry_of_the_day(row):
    lang, day, first, second, times = row
    page = f"Events calendar\n\n{day}\n\n" + "\n".join(first) + "\n\n" + "\n".join(second) + "\n"
    listing = parse(page, as_of=AS_OF, lang=LANG[lang])
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-12-01", times[0]),
        ("2026-12-01", times[1]),
    ]
    venue = first[2].split(" · ")[0].split(",")[0]
    assert all(venue in f"{m.venue} {m.room}" for m in listing.meetings)
    assert not [w for w in listing.warnings if "no date above it" in w.reason]


def test_one_time_line_under_each_date_stays_its_detail():
    page = (
        "Meetings\n\nThursday, December 3, 2026\n\n7:00 PM\nBranch meeting\nTrades Hall, Room 2\n\n"
        "Thursday, December 10, 2026\n\n7:30 PM\nReading group\nTrades Hall, Room 4\n"
    )
    meetings = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.venue) for m in meetings] == [
        ("2026-12-03", "19:00", "Trades Hall"),
        ("2026-12-10", "19:30", "Trades Hall"),
    ]


PAGE = """\
Veranstaltungskalender der Stadtbibliothek

Dienstag, 1. Dezember 2026

10:00 – 11:00 Uhr
Vorlesestunde für Kinder
Stadtbibliothek Mitte · Kinderbereich
Für Kinder ab 4 Jahren.

18:30 – 20:00 Uhr
Lesekreis: Neue Romane
Stadtbibliothek Mitte · Saal 2


Donnerstag, 3. Dezember 2026

16:00 – 17:30 Uhr
Computersprechstunde
Stadtteilbibliothek Nord · Lernraum

19:00 – 20:30 Uhr
Lesung: Stadtgeschichten
Stadtteilbibliothek Nord · Veranstaltungsraum
"""


def test_cli_parse_reads_every_entry(tmp_path):
    path = tmp_path / "kalender.txt"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-11-20")
    assert [(m["date"], m["start_time"], m["venue"]) for m in meetings] == [
        ("2026-12-01", "10:00", "Stadtbibliothek Mitte"),
        ("2026-12-01", "18:30", "Stadtbibliothek Mitte"),
        ("2026-12-03", "16:00", "Stadtteilbibliothek Nord"),
        ("2026-12-03", "19:00", "Stadtteilbibliothek Nord"),
    ]
