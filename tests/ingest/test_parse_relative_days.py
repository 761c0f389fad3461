"""A ticketing or events site's card dates its next events from the day it is seen: "Tomorrow at
6:00 PM", "Today · 7:00 PM", "Morgen um 18 Uhr", "Demain à 18 h", "Mañana a las 18:00". The word
is read from the page's date (given, or the page's own) and the reading is said in a warning; a
newsletter that dates itself ("Sunday 6 December 2026" over "TODAY  8.00am  Holy Communion")
means its own date. "Mañana 10:00 – Taller" in a day's programme is the morning, not tomorrow.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

CARDS = [
    ("en", "Tomorrow at 6:00 PM", "2026-12-02", "18:00"),
    ("en", "Today · 7:00 PM", "2026-12-01", "19:00"),
    ("en", "Tonight at 8pm", "2026-12-01", "20:00"),
    ("de", "Morgen um 18 Uhr", "2026-12-02", "18:00"),
    ("de", "Heute, 19:30 Uhr", "2026-12-01", "19:30"),
    ("fr", "Demain à 18 h", "2026-12-02", "18:00"),
    ("fr", "Aujourd'hui à 19 h 30", "2026-12-01", "19:30"),
    ("es", "Mañana a las 18:00", "2026-12-02", "18:00"),
    ("es", "Hoy a las 19:30", "2026-12-01", "19:30"),
]


@pytest.mark.parametrize(("lang", "when", "day", "time"), CARDS)
def test_today_and_tomorrow_on_a_card_are_the_pages_days(
    lang: str, when: str, day: str, time: str
) -> None:
    page = f"Events\n\nBook talk: The Philadelphia Negro at 125\n{when}\nParkway Central Library · Philadelphia, PA\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert (m.date, m.start_time) == (day, time)
    assert m.venue == "Parkway Central Library"
    assert any(day in w.reason and when.split()[0].strip(",") in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    ("lang", "dateline", "today_line"),
    [
        ("en", "Sunday 6 December 2026 — The Second Sunday of Advent", "TODAY        8.00am   Holy Communion, St Peter's"),
        ("de", "Sonntag, 6. Dezember 2026 – Zweiter Advent", "HEUTE        8.00 Uhr   Abendmahl, St. Petri"),
        ("fr", "Dimanche 6 décembre 2026 – Deuxième dimanche de l'Avent", "AUJOURD'HUI  8 h 00   Messe, Saint-Pierre"),
        ("es", "Domingo 6 de diciembre de 2026 – Segundo domingo de Adviento", "HOY a las 8:00   Misa, San Pedro"),
    ],
)  # fmt: skip
def test_a_dated_sheets_today_is_its_own_date(lang: str, dateline: str, today_line: str) -> None:
    page = f"PEW SHEET\n{dateline}\n\nWelcome to everyone.\n\n{today_line}\n"
    listing = parse(page, today=date(2026, 12, 1), lang=lang)
    timed = [m for m in listing.meetings if m.start_time == "08:00"]
    assert [m.date for m in timed] == ["2026-12-06"]


@pytest.mark.parametrize(
    "line", ["Mañana 10:00 – Taller de huerta", "Mañana: 10:00 Taller de huerta"]
)
def test_manana_without_a_las_is_the_morning(line: str) -> None:
    page = f"Programa\n\nSábado 12 de diciembre de 2026\n{line}\nTarde 17:00 – Asamblea\n"
    days = {m.date for m in parse(page, as_of=AS_OF, lang="es").meetings}
    assert days == {"2026-12-12"}


def test_a_dated_sheets_today_is_its_own_date_whatever_day_it_was_copied() -> None:
    page = "PEW SHEET\nSunday 6 December 2026\n\nTODAY 8.00am Holy Communion\n"
    timed = [m for m in parse(page, as_of=AS_OF).meetings if m.start_time]
    assert [(m.date, m.start_time) for m in timed] == [("2026-12-06", "08:00")]
