"""A range whose first day stands alone before a slashed date ("24 al 26/03/2027", "du 24 au
26/03/2027", "24–26/03/2027", "from 24 to 26/03/2027") is one meeting from its first day to its
last, as "24.–26.03.2027" is. A number before a dash that is not a day's ("Room 4 – 26/03/2027")
leaves the date alone.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

RANGES = [
    ("es", "24 al 26/03/2027 · 09:00 h · Jornadas de cierre · FHCE"),
    ("es", "Jornadas: del 24 al 26/03/2027, 9 h, FHCE"),
    ("fr", "du 24 au 26/03/2027, 9 h, Congrès, Bourse du travail"),
    ("en", "24–26/03/2027, 9am, Conference, Trades Hall"),
    ("en", "Conference: from 24 to 26/03/2027, 9am, Trades Hall"),
    ("de", "24.–26.03.2027, 9 Uhr, Tagung, Gewerkschaftshaus"),
]


@pytest.mark.parametrize(("lang", "line"), RANGES)
def test_the_range_starts_on_its_first_day(lang: str, line: str) -> None:
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.end_date, m.start_time) == ("2027-03-24", "2027-03-26", "09:00")


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Room 4 – 26/03/2027, 9am, Conference"),
        ("fr", "Salle 4 – 26/03/2027, 9 h, Congrès"),
        ("es", "Grupo 2: 10 – 26/03/2027, 19:00, Biblioteca Central"),
        ("en", "Seats: 20 – 26/03/2027, 7pm, Trades Hall"),
    ],  # fmt: skip
)
def test_a_number_that_is_no_day_leaves_the_date(lang: str, line: str) -> None:
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.end_date) == ("2027-03-26", None)
