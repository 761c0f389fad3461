"""A library's events calendar ends with its last day's entries, then (in a side panel) a
branch's address and its opening hours as rows: a weekday or a range of them, a colon, a time
range ("Monday – Thursday: | 9:30 a.m. – 8:30 p.m.", "Sa: 10–14 Uhr", "Lundi au vendredi :
10 h – 18 h", "Domingos: 10:30 a 14:00 h"). Those rows are opening hours, not more entries of
the last day. (holdout24's LibCal library page, after the fixes for its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (day heading, its entry, its place, branch heading, hours rows)
PAGES = [
    ("Thursday, January 14, 2027", "10:30 a.m. – 11:00 a.m. Baby Rhyme Time",
     "Location: Isabel Turner Branch – Program Room", "Central Branch",
     ["Monday – Thursday: | 9:30 a.m. – 8:30 p.m.", "Friday – Saturday: | 9:30 a.m. – 5:00 p.m.",
      "Sunday: | 1:00 – 5:00 p.m."]),
    ("Donnerstag, 14. Januar 2027", "10:30 – 11:00 Uhr Krabbelreime",
     "Ort: Stadtteilbibliothek Nippes – Kinderbereich", "Zentralbibliothek",
     ["Mo – Do: 9:30 – 20:30 Uhr", "Fr – Sa: 9:30 – 17:00 Uhr", "So: 13 – 17 Uhr"]),
    ("Jeudi 14 janvier 2027", "10 h 30 – 11 h Bébés lecteurs",
     "Lieu : Médiathèque Jacques-Prévert – espace jeunesse", "Médiathèque centrale",
     ["Lundi au jeudi : 9 h 30 – 20 h 30", "Vendredi et samedi : 9 h 30 – 17 h",
      "Dimanche : 13 h – 17 h"]),
    ("Jueves 14 de enero de 2027", "10:30 – 11:00 h Bebecuentos",
     "Lugar: Biblioteca Eugenio Trías – sala infantil", "Biblioteca Central",
     ["Lunes a jueves: 9:30 – 20:30 h", "Viernes y sábado: 9:30 – 17:00 h",
      "Domingos: 13:00 – 17:00 h"]),
]  # fmt: skip


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_opening_hours_are_no_entries_of_the_last_day(row: tuple) -> None:
    day, entry, place, branch, hours = row
    text = "\n".join(["Events", "", day, entry, place, "", branch, "", *hours, ""])
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-14", "10:30")]
