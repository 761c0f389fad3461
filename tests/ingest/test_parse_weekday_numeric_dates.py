"""A weekday then a numeric day and month without the last full stop (issue 17 item 1; the
printed flyer of tests/ingest/corpus/practice7): "MER. 02.12   18H30", "Mi 02.12, 18 Uhr",
"Wed 02.12" are dates, because the weekday says so (a bare "02.12" may be a time or a number
and stays unread). A French weekday's abbreviation that is also a month's ("MAR." for mardi and
mars) before "15.12" is the weekday: "15.12" is the day and month. The rows are variants written
from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("text,lang,month,day,weekday", [
    ("MER. 02.12   18H30", "fr", 12, 2, 2),
    ("MAR. 15.12   18H30", "fr", 12, 15, 1),
    ("sam. 5.12 10 h", "fr", 12, 5, 5),
    ("Mi 02.12, 18 Uhr", "de", 12, 2, 2),
    ("Sa. 13.2. 14 Uhr", "de", 2, 13, 5),
    ("Wed 02.12 at 6.30pm", "en", 12, 2, 2),
    ("mié 02.12 19:00", "es", 12, 2, 2),
])
# fmt: on
def test_a_weekday_then_day_and_month_is_a_date(text, lang, month, day, weekday):
    dm = find_date(text, langs=(lang, "en") if lang != "en" else ("en",))
    assert dm is not None
    assert (dm.month, dm.day, dm.weekday) == (month, day, weekday)


@pytest.mark.parametrize("text", ["02.12", "Room 12.30", "Mar. 15.30", "ab 18.30"])
def test_a_number_with_a_dot_alone_is_no_date(text):
    assert find_date(text, langs=("fr", "en")) is None


def test_a_month_then_a_day_stays_a_date():
    dm = find_date("Mar 15, 2027", langs=("en",))
    assert dm is not None and (dm.month, dm.day, dm.year) == (3, 15, 2027)


FLYER = """UNIVERSITÉ POPULAIRE

PROGRAMME DÉCEMBRE 2026 – MARS 2027

MER. 02.12   18H30
CONFÉRENCE
Villes et climat
Salle Pétrarque · 2 place Pétrarque

MAR. 15.12   18H30
DÉBAT
L'accès aux soins
Espace Martin Luther King · 27 bd Louis-Blanc

JEU. 04.03   18H30
CONFÉRENCE
Les femmes dans la Résistance
Salle Pétrarque
"""

FLYER_DATES = [("2026-12-02", "18:30"), ("2026-12-15", "18:30"), ("2027-03-04", "18:30")]


def test_a_flyer_of_weekday_dates():
    meetings = parse(FLYER, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in meetings] == FLYER_DATES


def test_a_flyer_of_weekday_dates_through_the_cli(tmp_path):
    path = tmp_path / "flyer.txt"
    path.write_text(FLYER, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["start_time"]) for m in meetings] == FLYER_DATES
