"""A card's start on a line of its own ("19:30", "Beginn 19.00 Uhr") over a line of cells that
also holds the doors' time ("Gastspiel im Theaterhaus · Einlass 19:00", "| Neubad, … |
Türöffnung 18.30 Uhr"): the meeting starts at the line's time, not at the doors'. A cell's time
still gives the start when no line of its own does. (holdout23's b-theater-rampe-spielplan and
b-iysse-luzern, after their blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# fmt: off
ROWS = [
    ("de", "Do 28.01.2027", ["19:30", "Heimweh nach Morgen", "Gastspiel im Theaterhaus · Einlass 19:00"],
     "19:30"),
    ("de", "Donnerstag, 17. Dezember 2026",
     ["Beginn 19.00 Uhr", "Neubad, Bireggstrasse 36, 6003 Luzern | Türöffnung 18.30 Uhr"], "19:00"),
    ("en", "Thu 28 January 2027", ["7.30pm", "Homesick for Tomorrow", "Main Hall · Doors 7pm"],
     "19:30"),
    ("fr", "Jeudi 28 janvier 2027", ["20h", "Nostalgie de demain", "Grande salle · Portes 19h30"],
     "20:00"),
    ("es", "Jueves 28 de enero de 2027", ["20:00 h", "Nostalgia del mañana",
     "Sala grande · Apertura de puertas 19:30"], "20:00"),
]
# fmt: on


@pytest.mark.parametrize("lang,date_line,lines,start", ROWS)
def test_the_start_line_beats_the_doors_cell(
    lang: str, date_line: str, lines: list[str], start: str
) -> None:
    page = "\n".join(["Spielplan", "", date_line, *lines]) + "\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == start


def test_a_cell_s_time_is_the_start_without_a_line_of_its_own() -> None:
    page = "Spielplan\n\nDo 28.01.2027\nHeimweh nach Morgen\nKleine Bühne · Beginn 19:30\n"
    (m,) = parse(page, as_of=AS_OF, lang="de").meetings
    assert m.start_time == "19:30"
