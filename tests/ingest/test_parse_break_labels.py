"""A break's or a holiday's name as the label of the dates after it ("Vorlesungsfreie Zeit:
22.12.2026 bis 05.01.2027", "Christmas holidays: 21 December – 4 January", "Vacances scolaires :
du 19 décembre au 4 janvier", "Vacaciones: del 21 de diciembre al 7 de enero") says when nothing
takes place: no meeting, even under a list's usual time, and it is warned about. A meeting named
after a break ("Winter break social: Friday 18 December") stays. Before, holdout12's colloquium
page gave its lecture-free weeks as a talk at the usual hour. The rows are written from the
pattern: the names of terms' breaks and school holidays in the languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
# (lang, the list's usual time and place, a coming entry, its (date, time), the break's line)
ROWS = [
    ("de", "Zeit: dienstags, 17:15 Uhr, Hörsaal 2, Gebäude 12", "15.12.2026   Weihnachtsvorlesung",
     ("2026-12-15", "17:15"), "Vorlesungsfreie Zeit: 22.12.2026 bis 05.01.2027 – keine Termine."),
    ("de", "Zeit: donnerstags, 18 Uhr, Stadtteiltreff Süd", "10.12.2026   Jahresplanung",
     ("2026-12-10", "18:00"), "Weihnachtsferien: vom 23.12.2026 bis 06.01.2027"),
    ("en", "When: Tuesdays 4pm", "Tuesday 15 December 2026   Christmas lecture",
     ("2026-12-15", "16:00"), "Christmas holidays: 19 December 2026 – 4 January 2027"),
    ("en", "When: Wednesdays 7pm", "Wednesday 9 December 2026   Planning",
     ("2026-12-09", "19:00"), "Half-term break: from Monday 15 February 2027"),
    ("en", "When: Tuesdays 4pm", "Tuesday 15 December 2026   Christmas lecture",
     ("2026-12-15", "16:00"), "Lecture-free period: 22 December 2026 to 5 January 2027"),
    ("fr", "Horaire : les mardis à 18h, amphithéâtre Darwin", "mardi 15 décembre 2026   Conférence de Noël",
     ("2026-12-15", "18:00"), "Vacances scolaires : du 19 décembre 2026 au 4 janvier 2027"),
    ("es", "Horario: los martes a las 19:00, Ateneo, sala 3", "martes 15 de diciembre de 2026   Charla",
     ("2026-12-15", "19:00"), "Vacaciones: del 21 de diciembre de 2026 al 7 de enero de 2027"),
]
# fmt: on


@pytest.mark.parametrize("lang,usual,entry,when,break_line", ROWS)
def test_a_break_label_gives_no_meeting(lang, usual, entry, when, break_line):
    listing = parse(f"{usual}\n\n{entry}\n\n{break_line}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]
    assert any(w.line == 5 and "holiday" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    "line,when",
    [
        ("Winter break social: Friday 18 December 2026, 7pm, The Crown", ("2026-12-18", "19:00")),
        ("Ferienprogramm: Montag, 21. Dezember 2026, 10 Uhr, Jugendhaus", ("2026-12-21", "10:00")),
    ],
)
def test_a_meeting_named_after_a_break_stays(line, when):
    (m,) = parse(f"{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == when


PAGE = """\
Physik-Kolloquium, Wintersemester 2026/27
Zeit: dienstags, 17:15 Uhr (während der Vorlesungszeit)
Ort: Hörsaal 2, Gebäude 12, Albertstraße 19

15.12.2026   Prof. Dr. Lena Hartwig (KIT)
             Physik unterm Weihnachtsbaum

12.01.2027   Dr. Aylin Demir (CERN)
             The High-Luminosity LHC

Vorlesungsfreie Zeit: 22.12.2026 bis 05.01.2027 sowie ab 13.02.2027 – in dieser Zeit finden
keine Kolloquien statt.
"""


def test_a_term_page_keeps_its_talks_and_drops_its_break():
    listing = parse(PAGE, as_of=AS_OF, lang="de")
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2026-12-15", "17:15"), ("2027-01-12", "17:15")]
