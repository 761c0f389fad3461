"""Month names a language's regions write otherwise, from CLDR's regional locales (issue 17
item 2; the Austrian chapter page of tests/ingest/corpus/practice7): Austrian "Jänner" and
"Jän.", Uruguayan and Peruvian "setiembre" and "set." are months of German and Spanish pages,
read like "Januar" and "septiembre". The rows are variants written from the pattern, not copied
from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date, month_names

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("text,lang,month,day", [
    ("Donnerstag, 14. Jänner 2027, 19 Uhr", "de", 1, 14),
    ("Sa., 9. Jän. 2027, 16 Uhr", "de", 1, 9),
    ("JÄNNER 21, 2027", "de", 1, 21),
    ("jueves 9 de setiembre de 2027, 19:00", "es", 9, 9),
    ("sáb 11 set. 2027, 10 h", "es", 9, 11),
])
# fmt: on
def test_a_regional_month_name_is_read(text, lang, month, day):
    dm = find_date(text, langs=(lang, "en"))
    assert dm is not None
    assert (dm.month, dm.day) == (month, day)


def test_the_languages_own_names_stay_first():
    assert month_names("de")["januar"] == 1
    assert month_names("de")["jänner"] == 1
    assert month_names("es")["septiembre"] == 9
    assert month_names("es")["setiembre"] == 9
    assert "jui" not in month_names("fr")  # a region's abbreviation of two months


PAGE = """IYSSE Österreich – Veranstaltungen

Innsbruck

Die Lehren des 20. Jahrhunderts

Donnerstag, 14. Jänner 2027, 19 Uhr

Universität Innsbruck, Hörsaal 1
Innrain 52, 6020 Innsbruck

Online

Sonntag, 17. Jänner, 17 Uhr (MEZ)

Per Zoom – Link nach Anmeldung
"""

PAGE_DATES = [("2027-01-14", "19:00"), ("2027-01-17", "17:00")]


def test_a_page_of_austrian_dates():
    meetings = parse(PAGE, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in meetings] == PAGE_DATES


def test_a_page_of_austrian_dates_through_the_cli(tmp_path):
    path = tmp_path / "veranstaltungen.txt"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["start_time"]) for m in meetings] == PAGE_DATES
