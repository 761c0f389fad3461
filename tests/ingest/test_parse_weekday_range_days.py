"""A range of days under a range of weekdays ("Fr.–Sa., 22.–23. Januar", "Fri–Sat 22–23
January"): the first weekday is the first day's. Read with the last weekday, the 22nd was
taken for a Saturday, and a year without a year written became the one in which 22 January is a
Saturday (2028, not 2027). From the Luxembourg tenants' calendar of
tests/ingest/corpus/holdout9; the rows are variants written from the pattern, not copied from
the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date

AS_OF = date(2026, 11, 19)


# fmt: off
@pytest.mark.parametrize("text,lang,day,end_day,weekday", [
    ("Fr.–Sa., 22.–23. Januar, jeweils ab 9:30 Uhr", "de", 22, 23, 4),
    ("Fr.–Sa., 22.–23.01., 9:30 Uhr", "de", 22, 23, 4),
    ("Sa.–So., 23.–24. Januar, 10 Uhr", "de", 23, 24, 5),
    ("Fri–Sat 22–23 January, 9.30am", "en", 22, 23, 4),
    ("Friday – Saturday, 22–23 January", "en", 22, 23, 4),
    ("ven.–sam. 22–23 janvier, 9 h 30", "fr", 22, 23, 4),
    ("vie.–sáb. 22–23 de enero, 9:30 h", "es", 22, 23, 4),
])
# fmt: on
def test_the_first_weekday_goes_with_the_first_day(text, lang, day, end_day, weekday):
    dm = find_date(text, langs=(lang, "en") if lang != "en" else ("en",))
    assert dm is not None
    assert (dm.month, dm.day, dm.end_day, dm.weekday, dm.start) == (1, day, end_day, weekday, 0)


# fmt: off
@pytest.mark.parametrize("text", [
    "Workshop – Sat 23–24 January",  # a word before the dash that is no weekday
    "Sat 23–24 January",
])
# fmt: on
def test_a_lone_weekday_stays(text):
    dm = find_date(text, langs=("en",))
    assert dm is not None and (dm.day, dm.weekday) == (23, 5)


PAGE = """Seminare 2027

Fr.–Sa., 22.–23. Januar, jeweils ab 9:30 Uhr — Wochenendseminar, Jugendherberge Lultzhausen
Sa.–So., 13.–14. März, 10 Uhr — Frühjahrsklausur, Bildungshaus Neumünster
"""


def test_a_page_of_weekend_seminars():
    ms = parse(PAGE, as_of=AS_OF, lang="de").meetings
    assert [(m.date, m.end_date, m.start_time) for m in ms] == [
        ("2027-01-22", "2027-01-23", "09:30"),
        ("2027-03-13", "2027-03-14", "10:00"),
    ]


def test_a_page_of_weekend_seminars_through_the_cli(tmp_path):
    page = tmp_path / "seminare.txt"
    page.write_text(PAGE, encoding="utf-8")
    got = [(m["date"], m["end_date"]) for m in cli_meetings(page, "--as-of", AS_OF.isoformat())]
    assert got == [("2027-01-22", "2027-01-23"), ("2027-03-13", "2027-03-14")]
