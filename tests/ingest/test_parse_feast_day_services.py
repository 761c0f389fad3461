"""A church's service plan heads each day with its dotted date and the feast's name ("24.12.
Heiligabend", "31.12. Silvester", "25.12. 1. Weihnachtstag") and lists the services under it, one
a line, each with its time and church: each is a meeting on that day (holdout12's parish
newsletter found none of its four Christmas services: a dotted date without a weekday, a year or
a time after it was no date). The feast's name counts only right after a date that opens its
line ("Abschnitt 2.1. Weihnachtsmarkt" is no date). The rows are written from the pattern: feasts
of the church year, the languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
# (lang, the day's heading, a service under it, its (date, time), a word of its church)
ROWS = [
    ("de", "24.12. Heiligabend", "15.00 Uhr   Familiengottesdienst mit Krippenspiel   Marktkirche",
     ("2026-12-24", "15:00"), "Marktkirche"),
    ("de", "25.12. 1. Weihnachtstag", "10 Uhr   Festgottesdienst mit Abendmahl   St. Johannis",
     ("2026-12-25", "10:00"), "Johannis"),
    ("de", "31.12. Silvester", "18.00 Uhr   Jahresschlussandacht   Friedenskirche",
     ("2026-12-31", "18:00"), "Friedenskirche"),
    ("de", "06.01. Epiphanias", "19.00 Uhr   Gottesdienst   Kreuzkirche Hainholz",
     ("2027-01-06", "19:00"), "Kreuzkirche"),
    ("de", "26.03. Karfreitag", "10.00 Uhr   Gottesdienst mit Abendmahl   Stadtkirche",
     ("2027-03-26", "10:00"), "Stadtkirche"),
    ("de", "28.03. Ostersonntag", "06.00 Uhr   Feier der Osternacht   Friedhofskapelle",
     ("2027-03-28", "06:00"), "Friedhofskapelle"),
    ("de", "06.05. Christi Himmelfahrt", "10.30 Uhr   Gottesdienst im Grünen   Pfarrgarten St. Anna",
     ("2027-05-06", "10:30"), "Pfarrgarten"),
    ("es", "24.12. Nochebuena", "20:00   Misa del Gallo   Parroquia San José",
     ("2026-12-24", "20:00"), "San José"),
    ("fr", "01.11. Toussaint", "10h30   Messe de la Toussaint   Église Saint-Martin",
     ("2026-11-01", "10:30"), "Saint-Martin"),
    ("en", "25.12. Christmas Day", "10.00am   Festival Eucharist   St Mary's Church",
     ("2026-12-25", "10:00"), "St Mary"),
]
# fmt: on


@pytest.mark.parametrize("lang,heading,service,when,church", ROWS)
def test_a_feast_days_service_is_a_meeting(lang, heading, service, when, church):
    as_of = date(2026, 10, 20) if when[0] == "2026-11-01" else AS_OF
    listing = parse(f"Gottesdienste\n\n{heading}\n{service}\n", as_of=as_of, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]
    m = listing.meetings[0]
    assert church in " ".join(filter(None, (m.venue, m.place, m.address, m.room)))


def test_a_numbered_section_with_a_feasts_name_is_no_date():
    page = "Hausordnung\n\nAbschnitt 2.1. Weihnachtsmarkt: Stände schließen um 20 Uhr.\n"
    assert parse(page, as_of=AS_OF, lang="de").meetings == []


PAGE = """\
GOTTESDIENSTE AN WEIHNACHTEN UND ZUM JAHRESWECHSEL

24.12. Heiligabend
15.00 Uhr   Familiengottesdienst mit Krippenspiel     Thomaskirche
17.00 Uhr   Christvesper mit dem Posaunenchor         Thomaskirche
23.00 Uhr   Christmette bei Kerzenschein              Kapelle Unterdorf

25.12. 1. Weihnachtstag
10.00 Uhr   Festgottesdienst mit Abendmahl            Thomaskirche

31.12. Silvester
18.00 Uhr   Jahresschlussgottesdienst                 Kapelle Unterdorf

Die Sonntagsgottesdienste finden um 10 Uhr in der Thomaskirche statt.
"""


def test_a_christmas_service_plan():
    listing = parse(PAGE, as_of=AS_OF, lang="de")
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [
        ("2026-12-24", "15:00"), ("2026-12-24", "17:00"), ("2026-12-24", "23:00"),
        ("2026-12-25", "10:00"), ("2026-12-31", "18:00"),
    ]  # fmt: skip
    places = [
        " ".join(filter(None, (m.venue, m.place, m.address, m.room))) for m in listing.meetings
    ]
    assert ["Thomaskirche" in p for p in places] == [True, True, False, True, False]
    assert "Kapelle Unterdorf" in places[2] and "Kapelle Unterdorf" in places[4]


def test_a_lone_services_church_is_its_venue():
    listing = parse(PAGE, as_of=AS_OF, lang="de")
    assert [m.venue for m in listing.meetings][3:] == ["Thomaskirche", "Kapelle Unterdorf"]
