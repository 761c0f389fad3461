"""A Repair Café's page gives each of its venues a block (name, street, postcode and town),
then a sentence with the day that recurs and the hours ("Wir reparieren jeden 2. Samstag im
Monat, 14 bis 17 Uhr."), then the next dates on one line ("Nächste Termine: Sa. 9.1., Sa.
13.2."). Each date is at the block's venue, at the sentence's time; a street with no street
word ("Kirchheide 49") is read as the street over its postcode and town. (holdout27's Bremen
Repair Café page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.calendar import held_rule
from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 20)

# (section heading, venue, street, town line, rule, dates line, start, end, dates, town)
PAGES = [
    ("KENTISH TOWN", "Kentish Town Community Centre", "17 Busby Place", "London NW5 2SP",
     "We fix things every second Saturday of the month, 2 to 5pm.",
     "Next dates: Sat 9 Jan, Sat 13 Feb, Sat 13 Mar", "14:00", "17:00",
     ["2027-01-09", "2027-02-13", "2027-03-13"], "London"),
    ("VEGESACK", "Bürgerhaus Vegesack", "Kirchheide 49", "28757 Bremen",
     "Wir reparieren einmal im Monat samstags, 11 bis 14 Uhr.",
     "Nächste Termine: Sa. 23.1., Sa. 20.2., Sa. 20.3.", "11:00", "14:00",
     ["2027-01-23", "2027-02-20", "2027-03-20"], "Bremen"),
    ("OUTREMEUSE", "Maison de quartier Saint-Léonard", "Rue Saint-Léonard 9", "4000 Liège",
     "Nous réparons chaque 2e samedi du mois, de 14 h à 17 h.",
     "Prochaines dates : sam. 9 janvier, sam. 13 février, sam. 13 mars", "14:00", "17:00",
     ["2027-01-09", "2027-02-13", "2027-03-13"], "Liège"),
    ("DELICIAS", "Centro Cívico Delicias", "Avenida de Navarra 54", "50010 Zaragoza",
     "Reparamos cada segundo sábado del mes, de 17 a 20 h.",
     "Próximas fechas: sáb. 9 de enero, sáb. 13 de febrero, sáb. 13 de marzo", "17:00",
     "20:00", ["2027-01-09", "2027-02-13", "2027-03-13"], "Zaragoza"),
]  # fmt: skip


def _page(head: str, venue: str, street: str, town: str, rule: str, dates: str) -> str:
    return (
        "REPAIR CAFÉ\n\nUnsere Termine / Our dates\n\n"
        "Kaputter Toaster? Broken kettle? Bring it along, our volunteers help you fix it.\n\n"
        f"{head}\n\n{venue}\n{street}\n{town}\n\n{rule}\n\n{dates}\n\nImpressum\n"
    )


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_each_date_is_at_the_venue_over_the_rule(row: tuple) -> None:
    *page, start, end, dates, town = row
    listing = parse(_page(*page), as_of=AS_OF)
    assert [m.date for m in listing.meetings] == dates
    for m in listing.meetings:
        assert (m.start_time, m.end_time) == (start, end)
        assert m.venue == row[1]
        assert m.city == town
        assert m.room is None  # the street is no room
        assert row[2] in (m.address or "")


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Wir reparieren jeden 2. Samstag im Monat, 14 bis 17 Uhr.", "14:00"),
        ("We fix things every second Saturday of the month, 2 to 5pm.", "14:00"),
        ("Nous réparons chaque 2e samedi du mois, de 14 h à 17 h.", "14:00"),
        ("Reparamos cada segundo sábado del mes, de 17 a 20 h.", "17:00"),
    ],
)
def test_a_recurring_day_with_its_hours_is_the_lists_time(text: str, time: str) -> None:
    rule = held_rule(text, lambda w: False)
    assert rule is not None and rule[0].start_time == time


@pytest.mark.parametrize(
    "text",
    [
        "Wir reparieren Toaster. Um 14 Uhr gibt es Kuchen.",  # no day that recurs
        "We fixed 47 things at the Christmas café on 12 December, from 2pm.",
    ],
)
def test_a_sentence_without_a_recurring_day_is_no_rule(text: str) -> None:
    assert held_rule(text, lambda w: False) is None


def test_a_blurb_over_the_rule_is_no_venue() -> None:
    page = _page(*PAGES[1][:6]).replace(
        "Bürgerhaus Vegesack\nKirchheide 49\n28757 Bremen",
        "Bringt eure defekten Dinge mit!\nUnsere Reparateur*innen helfen euch.",
    )
    listing = parse(page, as_of=AS_OF)
    assert listing.meetings and all(m.venue is None for m in listing.meetings)
    assert all(m.start_time == "11:00" for m in listing.meetings)
