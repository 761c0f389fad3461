"""A day in a cinema's or a choir's programme with a line that says nothing is on ("Montag, 7.
Dezember" / "Montags kein Spielbetrieb", "Kein Kinobetrieb (Betriebsferien)") is no meeting;
the days around it are."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("off_day,note,next_day,time", [
    ("Monday 7 December", "No screenings on Mondays", "Tuesday 8 December", "8pm"),
    ("Montag, 7. Dezember", "Montags kein Spielbetrieb", "Dienstag, 8. Dezember", "20:00"),
    ("Montag, 7. Dezember", "Kein Kinobetrieb (Betriebsferien)", "Dienstag, 8. Dezember", "20:00"),
    ("Lundi 7 décembre", "Pas de projection le lundi", "Mardi 8 décembre", "20 h"),
    ("Lunes 7 de diciembre", "No hay función los lunes", "Martes 8 de diciembre", "20 h"),
])
# fmt: on
def test_a_day_that_says_nothing_is_on_is_no_meeting(
    off_day: str, note: str, next_day: str, time: str
) -> None:
    page = f"Programme\n\n{off_day}\n{note}\n\n{next_day}\n{time}\nParis, Texas\n"
    got = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [("2026-12-08", "20:00")]
