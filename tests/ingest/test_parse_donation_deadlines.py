"""A line that asks for donations to be handed in by a day ("Kuchenspenden bitte bis Freitag,
11. Dezember, im Gemeindebüro abgeben", "Donations for the tombola by Friday 4 December to the
office") gives that day as a deadline, not a meeting; it is warned about, and the event it
serves stays. Before, holdout12's parish newsletter gave its cake-donation day as a meeting. The
rows are written from the pattern: donations of things, in the four languages the parser reads,
with the deadline's word ("bis", "by", "avant le", "hasta el") right before the day."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

# fmt: off
# (lang, the event's line, its (date, time), the donation line)
ROWS = [
    ("de", "Adventsbasar: Samstag, 12. Dezember, 14 bis 18 Uhr, Gemeindehaus Sankt Paul",
     ("2026-12-12", "14:00"), "Kuchenspenden bitte bis Freitag, 11. Dezember, im Gemeindebüro abgeben."),
    ("de", "Weihnachtsmarkt am Samstag, 19. Dezember, ab 11 Uhr auf dem Kirchplatz Ottensen",
     ("2026-12-19", "11:00"), "Sachspenden für die Tombola bitte bis 15.12. im Pfarrbüro abgeben."),
    ("de", "Kleiderbörse am Samstag, 5. Dezember, 10 Uhr, Bürgerhaus Lindenau",
     ("2026-12-05", "10:00"), "Spenden nehmen wir bis Donnerstag, 3. Dezember, entgegen."),
    ("en", "Christmas fair: Saturday 12 December, 11am, St Anne's Church Hall, Beeston",
     ("2026-12-12", "11:00"), "Donations for the tombola by Friday 4 December to the parish office, please."),
    ("en", "Food bank collection day: Saturday 5 December at 10am, Riverside Community Centre",
     ("2026-12-05", "10:00"), "Tinned food donations until Thursday 3 December at the library desk."),
    ("fr", "Marché de Noël le samedi 12 décembre à 10h, salle des fêtes de Villeurbanne",
     ("2026-12-12", "10:00"), "Dons de jouets avant le jeudi 10 décembre à la permanence, merci !"),
    ("fr", "Repas solidaire le dimanche 13 décembre à 12h au foyer Saint-Jean, Nantes",
     ("2026-12-13", "12:00"), "Les dons alimentaires jusqu'au vendredi 11 décembre au local."),
    ("es", "Mercadillo solidario el sábado 12 de diciembre a las 11:00 en el centro cívico de Gràcia",
     ("2026-12-12", "11:00"), "Donaciones de ropa hasta el jueves 10 de diciembre en la secretaría."),
    ("es", "Comida vecinal el domingo 13 de diciembre a las 14:00 en la plaza de Lavapiés",
     ("2026-12-13", "14:00"), "Donativos de alimentos hasta el viernes 11 de diciembre en el local."),
]
# fmt: on


@pytest.mark.parametrize("lang,event,when,donations", ROWS)
def test_a_donation_deadline_is_no_meeting(lang, event, when, donations):
    listing = parse(f"{event}\n\n{donations}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]
    assert any(w.line == 3 for w in listing.warnings)


def test_an_event_that_asks_for_donations_on_its_own_line_stays():
    page = "Weihnachtskonzert, Sonntag, 20. Dezember, 17 Uhr, Stadtkirche, Eintritt frei, Spenden erbeten\n"
    (m,) = parse(page, as_of=AS_OF, lang="de").meetings
    assert (m.date, m.start_time) == ("2026-12-20", "17:00")


PAGE = """\
Termine im Advent

Adventsbasar
Samstag, 12. Dezember, 14 bis 18 Uhr, Gemeindehaus
Selbstgebackenes, Kränze und Handarbeiten. Der Erlös geht an die Tafel.
Kuchenspenden bitte bis Freitag, 11. Dezember, im Gemeindebüro abgeben.

Seniorenkreis
Mittwoch, 16.12., 15.00 Uhr, Gemeindehaus (großer Saal)

Sachspenden für den Basar nehmen wir bis 10.12. entgegen.
"""


def test_a_newsletter_keeps_its_events_and_drops_the_donation_days():
    listing = parse(PAGE, as_of=AS_OF, lang="de")
    got = [(m.date, m.start_time, m.venue) for m in listing.meetings]
    assert got == [
        ("2026-12-12", "14:00", "Gemeindehaus"),
        ("2026-12-16", "15:00", "Gemeindehaus (großer Saal)"),
    ]
