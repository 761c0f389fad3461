"""A time written with a comma between its hour and minutes, as Spanish pages may write it
("19,30 horas", "a las 18,00 hs", "19,30 h"), is the meeting's time when the hour has two digits
and a 24-hour word follows; a price or a duration ("5,30 euros", "durante 2,30 horas") is no
time. From the Andalusian cards of tests/ingest/corpus/holdout9; the rows are variants written
from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 11, 19)


# fmt: off
@pytest.mark.parametrize("text,want", [
    ("Viernes 22 de enero, 19,30 horas", "19:30"),
    ("a las 19,30 h", "19:30"),
    ("a las 18,00 hs", "18:00"),
    ("20,15 hrs", "20:15"),
    ("Freitag, 22. Januar, 19,30 Uhr", "19:30"),
])
# fmt: on
def test_a_comma_between_hour_and_minutes(text, want):
    tm = find_times(text)
    assert tm is not None and tm.start_time == want


@pytest.mark.parametrize("text", ["cuesta 5,30 euros", "durante 2,30 horas", "14, 30 personas",
                                  "19,30"])  # fmt: skip
def test_a_price_or_a_count_is_no_time(text):
    assert find_times(text) is None


PAGE = """Próximas reuniones

Málaga

Viernes 22 de enero, 19,30 horas

Ateneo de Málaga, Sala de Conferencias
C/ Compañía, 2, 29008 Málaga

Sevilla

Jueves 28 de enero, 18,00 h

Centro Cívico Las Sirenas, Alameda de Hércules, 41002 Sevilla
"""


def test_a_page_of_comma_times():
    ms = parse(PAGE, as_of=AS_OF, lang="es").meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-22", "19:30"), ("2027-01-28", "18:00")]


def test_a_page_of_comma_times_through_the_cli(tmp_path):
    page = tmp_path / "reuniones.txt"
    page.write_text(PAGE, encoding="utf-8")
    got = [(m["date"], m["start_time"]) for m in cli_meetings(page, "--as-of", AS_OF.isoformat())]
    assert got == [("2027-01-22", "19:30"), ("2027-01-28", "18:00")]
