"""A number with a dot for its thousands ("3.000 Gäste", "2.500 asistentes", "12.000
Unterschriften", "1.200 spectateurs") is no time of day: a dotted time's minutes are never
followed by another digit. A past edition's line ("Edición anterior: 12 de marzo de 2026,
3.000 asistentes") was read as a meeting at 15:00. Found by writing the variants of the page
stamps (tests/ingest/test_parse_footer_version_stamps.py); the rows are written from the
pattern, not copied from a corpus page.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 12, 2)


# fmt: off
@pytest.mark.parametrize("text", [
    "3.000 Gäste",
    "am 12. März, 2.500 Besucherinnen und Besucher",
    "mehr als 10.000 Unterschriften",
    "12 de marzo de 2026, 3.000 asistentes",
    "1.200 spectateurs en 2026",
    "un total de 45.000 personas",
    "2.400 deelnemers",
])
# fmt: on
def test_a_dotted_thousand_is_no_time(text):
    assert find_times(text) is None


# fmt: off
@pytest.mark.parametrize("text,start,end", [
    ("19.30 Uhr", "19:30", None),
    ("um 19.30", "19:30", None),
    ("18.00-20.00 Uhr", "18:00", "20:00"),
    ("7.30pm", "19:30", None),
    ("19:30:00", "19:30", None),
    ("de 18.30 a 20.30 h", "18:30", "20:30"),
])
# fmt: on
def test_a_dotted_time_stays_a_time(text, start, end):
    tm = find_times(text)
    assert tm is not None and (tm.start_time, tm.end_time) == (start, end)


# fmt: off
@pytest.mark.parametrize("lang,line", [
    ("de", "Letztes Festival: 12. März 2026, 3.000 Gäste."),
    ("es", "Edición anterior: 12 de marzo de 2026, 3.000 asistentes."),
    ("fr", "Édition 2026 : le 12 mars 2026, 2.400 spectateurs."),
])
# fmt: on
def test_a_past_editions_count_gives_it_no_time(lang, line):
    listing = parse(f"Festival\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings] == []


PAGE = """Kulturfestival Leipzig

Donnerstag, 14. Januar 2027, 19.30 Uhr – Eröffnung, Schauburg, Leipzig
Freitag, 15. Januar 2027, 18.00 Uhr – Lesung, Stadtbibliothek, Leipzig

Festival 2026: 12. März 2026, 3.000 Gäste.
"""


def test_a_festival_page_with_its_counts():
    listing = parse(PAGE, as_of=AS_OF, lang="de")
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2027-01-14", "19:30"),
        ("2027-01-15", "18:00"),
    ]
