"""A numeric date with its weekday in brackets after it ("12/12 (Sat) @ 1600hrs", "3/7 (Thu.)")
is a date (issue 17 item 1; the Telegram paste of tests/ingest/corpus/holdout6): the weekday
says it is one, as "Sat 12/12" does. A bare "12/12" or one with other words in brackets ("12/12
(room 4)") stays no date. The rows are variants written from the pattern, not copied from the
corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("text,langs,month,day,weekday", [
    ("12/12 (Sat) @ 1600hrs", ("en",), 12, 12, 5),
    ("3/7 (Thu.) 7pm", ("en",), 3, 7, 3),
    ("19/12 (Sa.) 16 Uhr", ("de", "en"), 12, 19, 5),
    ("19/12 (sam.) à 16 h", ("fr", "en"), 12, 19, 5),
    ("19/12 (sáb) 16:00", ("es", "en"), 12, 19, 5),
])
# fmt: on
def test_a_weekday_in_brackets_makes_a_date(text, langs, month, day, weekday):
    dm = find_date(text, langs=langs)
    assert dm is not None
    assert (dm.month, dm.day, dm.weekday) == (month, day, weekday)


@pytest.mark.parametrize("text", ["12/12", "12/12 (room 4)", "24/7 (always open)"])
def test_no_weekday_no_date(text):
    assert find_date(text) is None


PAGE = """Meetings this month

### Kolkata
- 12/12 (Sat) @ 1600hrs — College Street Coffee House, 1st floor, Kolkata 700073

### Pune
- 19/12 (Sat) @ 1700hrs — S.M. Joshi Foundation, Navi Peth, Pune 411030
"""

PAGE_MEETINGS = [("2026-12-12", "16:00"), ("2026-12-19", "17:00")]


def test_a_paste_with_bracketed_weekdays():
    meetings = parse(PAGE, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in meetings] == PAGE_MEETINGS
    assert "Sat" not in (meetings[0].venue or "")


def test_a_paste_with_bracketed_weekdays_through_the_cli(tmp_path):
    path = tmp_path / "paste.md"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["start_time"]) for m in meetings] == PAGE_MEETINGS
