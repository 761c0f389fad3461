"""A library's day headings over entries given as an HTML list, each item's bullet on a line of
its own ("Dienstag, 24. November 2026" / "•" / "10:00 – 10:45 Uhr" / title, note and "Ort: …"):
the bullet line does not end the day, and each entry is a meeting at its labelled place.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

DAYS = {
    "de": ("Dienstag, 24. November 2026", ["10:00 – 10:45 Uhr", "19:00 Uhr"], "Ort",
           ["Bilderbuchkino: Der kleine Siebenschläfer", "Lesung: Jenny Albrecht"]),
    "en": ("Tuesday, November 24, 2026", ["10:00 – 10:45 a.m.", "7 p.m."], "Location",
           ["Picture book cinema", "Reading: Jenny Albrecht"]),
    "fr": ("Mardi 24 novembre 2026", ["10 h – 10 h 45", "19 h"], "Lieu",
           ["Heure du conte", "Lecture : Jenny Albrecht"]),
    "es": ("Martes 24 de noviembre de 2026", ["10:00 – 10:45 h", "19:00 h"], "Lugar",
           ["Cuentacuentos", "Lectura: Jenny Albrecht"]),
}  # fmt: skip
PLACES = ["Stadtteilbibliothek Feuerbach", "Stadtbibliothek am Mailänder Platz"]


@pytest.mark.parametrize("lang", list(DAYS))
def test_a_bullet_line_does_not_end_the_day(lang: str) -> None:
    day, times, label, titles = DAYS[lang]
    parts = ["Veranstaltungen", "", day, ""]
    for k in range(2):
        parts += [
            "•",
            "",
            times[k],
            "",
            titles[k],
            "Für Kinder ab 3 Jahren",
            f"{label}: {PLACES[k]}",
            "",
        ]
    listing = parse("\n".join(parts), as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings] == ["10:00", "19:00"]
    assert [m.venue for m in listing.meetings] == PLACES
