"""A word that names both a weekday and a month in a language (French "mar." for mardi and
mars, Spanish "mar" for martes and marzo) is the weekday when a day and a month name follow it:
"mar. 26 janv." is Tuesday 26 January, not 26 March. Before a day alone it stays the month
("Mar 26, 2027", "mar. 26 à 19 h"). From the Lausanne agenda of tests/ingest/corpus/holdout7;
the rows are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date

AS_OF = date(2026, 11, 16)


# fmt: off
@pytest.mark.parametrize("lang,text,month,day,weekday", [
    ("fr", "mar. 26 janv. | 20 h", 1, 26, 1),
    ("fr", "Mar. 9 févr., 18h30", 2, 9, 1),
    ("fr", "mar 2 mars 2027, 19 h", 3, 2, 1),
    ("es", "mar 26 de enero, 19:00", 1, 26, 1),
    ("es", "Mar., 9 de febrero – 18:30 h", 2, 9, 1),
    ("en", "Mar 26, 2027", 3, 26, None),
    ("fr", "mars 26, 19 h", 3, 26, None),
])
# fmt: on
def test_the_word_is_the_weekday_before_a_day_and_a_month(lang, text, month, day, weekday):
    dm = find_date(text, langs=(lang, "en") if lang != "en" else ("en",))
    assert dm is not None
    assert (dm.month, dm.day, dm.weekday) == (month, day, weekday)


PAGE = """Agenda des activités

Date | Heure | Activité | Lieu
jeu. 14 janv. | 18h30 | Soirée de lecture | Bibliothèque de Chauderon
mar. 26 janv. | 20 h | Débat : logement et spéculation | Maison du Peuple, salle 3
mer. 3 févr. | 19 h | Projection | Casino de Montbenon
"""


@pytest.mark.parametrize("lang", ["fr", None])
def test_an_agenda_table_keeps_its_months(lang):
    ms = parse(PAGE, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-01-14", "18:30"),
        ("2027-01-26", "20:00"),
        ("2027-02-03", "19:00"),
    ]


def test_spanish_lines():
    page = (
        "Próximas reuniones\n\nmar 26 de enero, 19:00 – Ateneo, calle del Prado 21\n"
        "mar 9 de febrero, 19:00 – Ateneo, calle del Prado 21\n"
    )
    ms = parse(page, as_of=AS_OF, lang="es").meetings
    assert [m.date for m in ms] == ["2027-01-26", "2027-02-09"]


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(PAGE, encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [m["date"] for m in ms] == ["2027-01-14", "2027-01-26", "2027-02-03"]
