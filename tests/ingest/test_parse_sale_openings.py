"""When booking or ticket sales open is no meeting: "Booking opens for Members on Monday 30
November and for everyone on Monday 7 December at 10:00" (holdout12's museum page read both dates
as meetings at 10:00). The sale is named and opens, for an audience maybe, and the dates after it
in the same clause are the sale's; each is warned about. A price ("Karten ab 12 €") or a sale
named in another sentence leaves the meeting after it alone. The rows are written from the
pattern, in the languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
TALK = "Thu 21 Jan 2027, 18:30 – Lecture, Lecture Theatre, Bristol"

# fmt: off
# (lang, a line saying when booking or sales open, the dates it names)
SALES = [
    ("en", "Booking opens for Members on Monday 30 November and for everyone on Monday 7 December "
           "at 10:00.", 2),
    ("en", "Tickets go on sale to Friends on Tuesday 1 December at 9am.", 1),
    ("en", "Bookings open to the public on Wednesday 2 December, 10am, via the box office.", 1),
    ("en", "Opening of ticket sales: Friday 4 December, 12 noon.", 1),
    ("de", "Der Kartenvorverkauf startet am Dienstag, 1. Dezember, um 10 Uhr an der Theaterkasse.", 1),
    ("de", "Vorverkauf für Mitglieder ab Montag, 30. November, 9 Uhr.", 1),
    ("de", "Start des Vorverkaufs: Mittwoch, 2. Dezember 2026, 10 Uhr.", 1),
    ("fr", "Billetterie ouverte aux adhérents le lundi 30 novembre, puis à tous le lundi 7 décembre "
           "à 10 h.", 2),
    ("fr", "Ouverture de la billetterie : mardi 1er décembre à 12 h.", 1),
    ("fr", "Réservations ouvertes à partir du mercredi 2 décembre à 14 h.", 1),
    ("es", "Las entradas salen a la venta el martes 1 de diciembre a las 10:00.", 1),
    ("es", "Apertura de la venta de entradas: miércoles 2 de diciembre, 11:00 h.", 1),
    ("es", "Venta de entradas para socios desde el lunes 30 de noviembre y para el público general "
           "desde el 7 de diciembre a las 10:00.", 2),
    # sales named without tickets: "ouverture des ventes", "Sales open", "Der Verkauf beginnt"
    ("fr", "Billetterie : ouverture des ventes pour les spectacles de janvier à mars le mardi 1er "
           "décembre à 12 h, en ligne et au guichet.", 1),
    ("fr", "Les ventes pour le festival ouvrent le mercredi 2 décembre à 10 h.", 1),
    ("en", "Sales for members open on Tuesday 1 December at noon.", 1),
    ("de", "Der Verkauf für die Frühjahrsstücke beginnt am Mittwoch, 2. Dezember, um 11 Uhr.", 1),
    ("es", "La venta para socios abre el martes 1 de diciembre a las 12:00.", 1),
]
# fmt: on


@pytest.mark.parametrize("lang,line,dates", SALES)
def test_when_sales_open_is_no_meeting(lang, line, dates):
    listing = parse(f"Talks\n\n{line}\n\n{TALK}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-21", "18:30")]
    warned = [w for w in listing.warnings if w.line == 3 and "not a meeting" in w.reason]
    assert len(warned) >= 1


# fmt: off
# (lang, a meeting line that names tickets or a sale, its (date, time))
MEETINGS = [
    ("en", "Tickets £8 on the door, Saturday 5 December 2026, 7.30pm, Town Hall, Leeds",
     ("2026-12-05", "19:30")),
    ("en", "Bake sale opens Saturday 5 December 2026 at 10am, Church Hall, Ripon",
     ("2026-12-05", "10:00")),
    ("de", "Karten ab 12 €, Samstag, 5. Dezember 2026, 19 Uhr, Stadthalle Fulda",
     ("2026-12-05", "19:00")),
    ("fr", "Billets en vente à l'entrée. Samedi 5 décembre 2026 à 20 h, salle des fêtes de Vienne",
     ("2026-12-05", "20:00")),
    ("es", "Entradas desde 10 €, sábado 5 de diciembre de 2026, 20:00, Teatro Principal de Burgos",
     ("2026-12-05", "20:00")),
]
# fmt: on


@pytest.mark.parametrize("lang,line,when", MEETINGS)
def test_a_meeting_that_names_its_tickets_stays(lang, line, when):
    listing = parse(f"{line}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]


PAGE = """\
Talks & Tours: January – February 2027
Published 27 November 2026

Booking opens for Members on Monday 30 November and for everyone on Monday 7 December at 10:00.

Thu 14 Jan 2027   18:30   Lecture: Lighthouses of the Severn   Lecture Theatre
Sat 6 Feb 2027    10:30   Behind the scenes: the Dry Dock      Dry Dock gate
"""


def test_a_programme_under_its_booking_line():
    listing = parse(PAGE, lang="en")
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2027-01-14", "18:30"), ("2027-02-06", "10:30")
    ]  # fmt: skip
    places = [m.venue or m.place or "" for m in listing.meetings]
    assert "Lecture Theatre" in places[0] and "Dry Dock" in places[1]
    assert any(w.line == 4 and "booking or sales open" in w.reason for w in listing.warnings)
