"""A weekday's short form that is also a month's (Spanish "Mar" for martes and marzo, French
"mar." for mardi and mars) before a day and a month written in numbers is the weekday: "Mar
09/02" is Tuesday 9 February, not March 9, 2002 (holdout11's union table, a Spanish page). On a
page whose languages have no such weekday (English), "Mar 7/19" stays March 7, 2019.

The rows are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize(("lang", "text", "day", "month"), [
    ("es", "Mar 09/02 | 13:30 h | Local sindical", 9, 2),
    ("es", "mar 16/02, 19 h, Ateneo Popular", 16, 2),
    ("es", "MAR 23/03 - 18.30 h - Casa del Pueblo", 23, 3),
    ("es", "Mar. 12/01 a las 19:00, Biblioteca", 12, 1),
    ("fr", "mar. 12/01 à 18 h, Bourse du travail", 12, 1),
    ("fr", "Mar 26/01 - 20h - Maison des syndicats", 26, 1),
    ("fr", "MAR 09/03, 18 h 30, salle Jaurès", 9, 3),
])
# fmt: on
def test_a_weekday_before_a_numeric_date_is_no_month(lang, text, day, month):
    dm = find_date(text, langs=(lang, "en"), day_first=True)
    assert dm is not None
    assert (dm.day, dm.month, dm.year, dm.weekday) == (day, month, None, 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [("Mar 7/19 7pm, Town Hall", "2019-03-07"), ("Mar 12/26, 6:30 PM, Union Hall", "2026-03-12")],
)
def test_an_english_month_before_a_two_digit_year_stays_the_month(text, day):
    (m,) = parse(text, as_of=AS_OF, lang="en").meetings
    assert m.date == day


TABLE = """# Asambleas de sección

| Fecha | Hora | Lugar |
|---|---|---|
| Jue 10/12 | 13:30 h | Sindicato de Oficios Varios, sala 2 |
| Mié 13/01 | 18:00 h | Ateneo Libertario, Calle Mayor 12 |
| Mar 09/02 | 13:30 h | Casal Popular del Grao |
| Mar 16/03 | 19:00 h | Casa del Pueblo de Sagunto |
"""


def test_a_spanish_table_reads_each_martes_as_its_weekday():
    meetings = parse(TABLE, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in meetings] == [
        ("2026-12-10", "13:30"),
        ("2027-01-13", "18:00"),
        ("2027-02-09", "13:30"),
        ("2027-03-16", "19:00"),
    ]
    places = [m.venue or m.place for m in meetings]
    assert places == [
        "Sindicato de Oficios Varios",
        "Ateneo Libertario",
        "Casal Popular del Grao",
        "Casa del Pueblo de Sagunto",
    ]
