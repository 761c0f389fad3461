"""A time range written with a slash after a clock's "h" or minutes ("9h/17h", "9h30/12h",
"19:00/21:00"): its start and its end, and nothing of it left in the place. A slash between
bare numbers stays a date ("3/7", "Mar 7/19").
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

RANGES = [
    ("fr", "Lun. 07/12 – 9h/17h : Formation CSE – UD CGT 93, Bobigny", "09:00", "17:00"),
    ("fr", "Mar. 08/12 – 9h30/12h : Permanence juridique – Bourse du travail", "09:30", "12:00"),
    ("de", "Di. 08.12. – 19:00/21:00 Uhr: Offenes Treffen – Gewerkschaftshaus", "19:00", "21:00"),
    ("es", "Mar. 08/12 – 9.30/13.30 h: Asamblea – Casa del Pueblo", "09:30", "13:30"),
    ("en", "Tue 08/12 – 18:30/20:30: Branch meeting – Trades Hall", "18:30", "20:30"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line", "start", "end"), RANGES)
def test_a_slashed_range_gives_start_and_end(lang: str, line: str, start: str, end: str) -> None:
    (m,) = parse(f"DÉCEMBRE\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.start_time, m.end_time) == (start, end)
    assert "/" not in " ".join(filter(None, [m.venue, m.room, m.title]))


@pytest.mark.parametrize(
    ("lang", "line", "day", "time"),
    [
        ("en", "Events\n\nMon 12/7/26 at 7pm – Forum, Main Library", "2026-12-07", "19:00"),
        ("en", "Events\n\nDec 7/26, 6:30 pm – Forum, Main Library", "2026-12-07", "18:30"),
    ],
)
def test_a_slash_between_bare_numbers_stays_a_date(
    lang: str, line: str, day: str, time: str
) -> None:
    (m,) = parse(line, as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == (day, time)
