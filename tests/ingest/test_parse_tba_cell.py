"""A date line laid out in middle dots whose cell after the title says the time is still to
come ("Jueves 25 de marzo · Ruta de las cofradías y los pasos · Hora por confirmar · Punto de
encuentro: Plaza de San Juan"), under a rule that gives the list's usual time. The meeting's
time is to be announced; before, the cell was read into the title and the rule's time was
given. (holdout37's guides in Cáceres, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 5)

# (lang, rule, date line's date, cell that says the time is to come)
CASES = [
    ("en", "Unless stated otherwise, all walks start at 11am.", "Thursday 25 March", "Time to be confirmed"),
    ("en", "Unless stated otherwise, all walks start at 11am.", "Thursday 25 March", "time TBA"),
    ("de", "Sofern nicht anders angegeben, beginnen alle Führungen um 11 Uhr.", "Donnerstag, 25. März", "Uhrzeit folgt"),
    ("fr", "Sauf mention contraire, toutes les visites débutent à 11h.", "Jeudi 25 mars", "Horaire à confirmer"),
    ("es", "Salvo que se indique otra hora, todas las visitas empiezan a las 11:00.", "Jueves 25 de marzo",
     "Hora por confirmar"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "day", "tba"), CASES)
def test_the_cell_says_the_time_is_to_come(lang, rule, day, tba) -> None:
    page = f"WALKS\n\n{rule}\n\n{day} · Brotherhoods' route · {tba} · Plaza de San Juan\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.time_tba) for m in got] == [("2027-03-25", None, True)]
    assert got[0].title == "Brotherhoods' route"
    assert got[0].venue == "Plaza de San Juan"


@pytest.mark.parametrize(("lang", "rule", "day", "tba"), CASES)
def test_without_the_cell_the_rules_time_holds(lang, rule, day, tba) -> None:
    page = f"WALKS\n\n{rule}\n\n{day} · Brotherhoods' route · Plaza de San Juan\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-03-25", "11:00")]
