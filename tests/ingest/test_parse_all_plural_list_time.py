"""A page states the time of a list once, by "all" and the list's own noun, whatever it is
("All storytimes begin at 10:30 a.m.", "Todas las jornadas empiezan a las 11:00", "Toutes les
permanences commencent à 14 h", "Alle Führungen beginnen um 15 Uhr"), over the dates of that
list. Each date takes the time; a calendar under a later heading, whose days give their own
times, keeps them; a rule said "unless stated otherwise" stays the page's rule. (holdout28's
library and urban-garden pages, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.calendar import list_time
from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 29)

# (heading, rule, time, three bulleted dates with titles, later heading, a day heading and its
#  own time line)
PAGES = [
    ("Winter storytimes", "All storytimes begin at 10:30 a.m. and last about 30 minutes.",
     "10:30", ["Tuesday, January 5 – Family Storytime", "Tuesday, January 12 – Family Storytime",
               "Thursday, January 14 – Baby Storytime"],
     "Talks and programs", "Wednesday, January 6", "7:00 p.m. – 8:15 p.m.", "19:00"),
    ("Führungen im Winter", "Alle Führungen beginnen um 15 Uhr am Museumseingang.",
     "15:00", ["Dienstag, 5. Januar – Stadtgeschichte", "Dienstag, 12. Januar – Hafen",
               "Donnerstag, 14. Januar – Altstadt"],
     "Vorträge", "Mittwoch, 6. Januar", "19:00 – 20:15 Uhr", "19:00"),
    ("Permanences d'hiver", "Toutes les permanences commencent à 14 h, sans rendez-vous.",
     "14:00", ["mardi 5 janvier – Permanence logement", "mardi 12 janvier – Permanence logement",
               "jeudi 14 janvier – Permanence juridique"],
     "Conférences", "mercredi 6 janvier", "19 h – 20 h 15", "19:00"),
    ("Jornadas de trabajo", "Todas las jornadas empiezan a las 11:00 y acaban con vermú.",
     "11:00", ["martes 5 de enero – Bancales", "martes 12 de enero – Compost",
               "jueves 14 de enero – Semilleros"],
     "Charlas", "miércoles 6 de enero", "19:00 – 20:15 h", "19:00"),
]  # fmt: skip


def _page(heading, rule, dates, later, day, day_time) -> str:
    items = "".join(f"<li>{d}</li>" for d in dates)
    return (
        f"<html><body><main><h2>{heading}</h2><p>{rule}</p><ul>{items}</ul>"
        f"<h2>{later}</h2><h3>{day}</h3><p>{day_time}</p><p>Author talk</p>"
        "<p>Central Library, Program Room</p></main></body></html>"
    )


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_each_date_of_the_list_takes_its_time(row: tuple) -> None:
    heading, rule, time, dates, later, day, day_time, own = row
    listing = parse(_page(heading, rule, dates, later, day, day_time), as_of=AS_OF)
    by_date = {m.date: m.start_time for m in listing.meetings}
    assert [by_date.get(d) for d in ("2027-01-05", "2027-01-12", "2027-01-14")] == [time] * 3
    assert by_date.get("2027-01-06") == own  # the later calendar's own time


def test_a_rule_said_unless_stated_keeps_an_entrys_own_time() -> None:
    page = (
        "<html><body><p>Alle Veranstaltungen beginnen um 19 Uhr, sofern nichts anderes "
        "angegeben ist.</p><ul><li>Dienstag, 5. Januar – Mitgliederversammlung</li>"
        "<li>Samstag, 9. Januar, 10 Uhr – Infostand</li></ul></body></html>"
    )
    got = {m.date: m.start_time for m in parse(page, as_of=AS_OF).meetings}
    assert got == {"2027-01-05": "19:00", "2027-01-09": "10:00"}


@pytest.mark.parametrize(
    "text",
    ["All proceeds go to the food bank.", "Alle Kinder starten um die Wette.",
     "All buses start from the station."],
)  # fmt: skip
def test_a_sentence_without_a_time_after_it_is_no_list_time(text: str) -> None:
    assert list_time(text) is None
