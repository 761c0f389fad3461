"""A calendar printed from a browser states its time zone once, over its entries ("(GMT-05:00)
Eastern Time - New York" in a Google Calendar agenda print, "(UTC+00:00) Dublin, Edinburgh,
Lisbon, London" in Outlook's, "Time zone: Eastern Time - New York"): it is the zone of every
time on the page, so each timed meeting carries it as its ``tz_hint`` (as the print writes it),
unless the entry gives its own; the line stays no place. The rows are variants written from
the pattern (issue 17's older defects), not copied from a corpus page.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.core.tzhint import hint_zone
from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 26)
DAYS = {
    "en": ("Wed Dec 2, 2026", "Sat Dec 5, 2026", "Dec 1, 2026 – Jan 31, 2027"),
    "es": ("mié 2 dic 2026", "sáb 5 dic 2026", "1 dic 2026 – 31 ene 2027"),
    "de": ("Mi., 2. Dez. 2026", "Sa., 5. Dez. 2026", "1. Dez. 2026 – 31. Jan. 2027"),
    "fr": ("mer. 2 déc. 2026", "sam. 5 déc. 2026", "mar. 1 déc. 2026 – dim. 31 janv. 2027"),
}


def _print(lang: str, zone_line: str, first_entry: str = "19:00 – 21:00    Film night") -> str:
    day1, day2, span = DAYS[lang]
    return (
        f"26/11/26, 10:14          Google Calendar - Print\n\nCommunity Centre\n{span}\n"
        f"{zone_line}\n\n{day1}\n    {first_entry}\n    Main Hall, 12 Market Street\n\n"
        f"{day2}\n    10:00 – 13:00    Printmaking workshop\n    Room 2, 12 Market Street\n"
    )


# fmt: off
@pytest.mark.parametrize("lang,zone_line,hint,zone", [
    ("en", "(GMT-05:00) Eastern Time - New York", "GMT-05:00", "Etc/GMT+5"),
    ("en", "Time zone: (GMT-08:00) Pacific Time - Los Angeles", "GMT-08:00", "Etc/GMT+8"),
    ("es", "(GMT-04:00) Hora de Bolivia - La Paz", "GMT-04:00", "Etc/GMT+4"),
    ("es", "Zona horaria: (GMT-03:00) Hora de Argentina - Córdoba", "GMT-03:00", "Etc/GMT+3"),
    ("de", "Zeitzone: (GMT+01:00) Mitteleuropäische Normalzeit - Berlin", "GMT+01:00",
     "Etc/GMT-1"),
    ("fr", "Fuseau horaire : (GMT+01:00) Heure normale d'Europe centrale - Paris", "GMT+01:00",
     "Etc/GMT-1"),
    ("en", "(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "UTC+00:00", "UTC"),
    ("es", "(UTC−03:00) Buenos Aires", "UTC-03:00", "Etc/GMT+3"),
    ("en", "Time zone: Eastern Time - New York", "Eastern Time", "America/New_York"),
    ("en", "Time zone: Central Time - Chicago", "Central Time", "America/Chicago"),
])
# fmt: on
def test_a_prints_time_zone_is_each_meetings(lang, zone_line, hint, zone):
    listing = parse(_print(lang, zone_line), as_of=AS_OF, lang=lang)
    ms = listing.meetings
    assert [(m.date, m.start_time) for m in ms] == [("2026-12-02", "19:00"), ("2026-12-05", "10:00")]
    assert [m.tz_hint for m in ms] == [hint, hint]
    assert hint_zone(ms[0].tz_hint) == zone
    places = " ".join(str(v) for m in ms for v in (m.place, m.venue, m.room) if v)
    assert "GMT" not in places and "UTC" not in places and "Time" not in places


def test_an_entrys_own_zone_wins_over_the_prints():
    page = _print("en", "(GMT-05:00) Eastern Time - New York", "7:00 PM EST    Film night")
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.tz_hint for m in ms] == ["EST", "GMT-05:00"]


def test_a_page_without_a_print_zone_gives_no_hint():
    page = _print("en", "Public programme - winter")
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.tz_hint) for m in ms] == [("2026-12-02", None), ("2026-12-05", None)]
