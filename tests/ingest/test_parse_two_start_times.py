"""One date with two or more start times, each a meeting of its own ("Mon 14 Dec, 06:30 and
15:30, canteen": a union's shift assemblies; "séances à 14 h et à 20 h 30"; "funciones 18:00 y
20:30 h"; a museum's tour "11:00 and 14:00"): one meeting per time, each with the line's place.
A range ("18:00–20:30", "starts 18:00 and ends 20:30", "from 10am–1pm and 2pm–5pm") stays one
meeting, and a number after the time that is no time ("7pm, 8 Market St") is the address. When
the other times write a 24-hour clock ("06:30 and 15:30", "6 h 30 et 15 h 30"), the first one is
not read as an evening. From holdout12's museum table and union e-mail; the rows are variants
written from the pattern (other languages, clocks, joiners), not copied from the pages."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("line,lang,day,times,place", [
    ("Mon 14 Dec, 06:30 and 15:30, Depot canteen", None, "2026-12-14", ["06:30", "15:30"],
     "Depot canteen"),
    ("Sat 9 Jan   11:00 and 14:00   Curator's tour   Meet in the Atrium", None, "2027-01-09",
     ["11:00", "14:00"], "Atrium"),
    ("Fri 11 Dec, 7pm & 9pm, The Cube, Bristol", None, "2026-12-11", ["19:00", "21:00"],
     "The Cube"),
    ("Thursday 17 December, 2pm, 5pm and 8pm, Trades Hall", None, "2026-12-17",
     ["14:00", "17:00", "20:00"], "Trades Hall"),
    ("Samedi 12 décembre, séances à 14 h et à 20 h 30, Cinéma Le Méliès", "fr", "2026-12-12",
     ["14:00", "20:30"], "Cinéma Le Méliès"),
    ("Jeudi 21 janvier, 6 h 30 et 15 h 30, Salle des employés", "fr", "2027-01-21",
     ["06:30", "15:30"], "Salle des employés"),
    ("Sábado 12 de diciembre, funciones 18:00 y 20:30 h, Teatro Colón", "es", "2026-12-12",
     ["18:00", "20:30"], "Teatro Colón"),
    ("Martes 19 de enero, 7:00 y 16:00 h, Comedor de la planta", "es", "2027-01-19",
     ["07:00", "16:00"], "Comedor de la planta"),
    ("Donnerstag, 10. Dezember, um 15 Uhr und um 19 Uhr, Rathaus Mitte", "de", "2026-12-10",
     ["15:00", "19:00"], "Rathaus Mitte"),
    ("Mi 13.01., 5.45 und 13.45 Uhr, Kantine Halle 3", "de", "2027-01-13",
     ["05:45", "13:45"], "Kantine Halle 3"),
])
# fmt: on
def test_each_start_time_of_a_date_is_a_meeting(line, lang, day, times, place):
    listing = parse(f"Published 1 December 2026\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [(day, t) for t in times]
    for m in listing.meetings:
        assert place in f"{m.venue} {m.room} {m.place}"
        assert "and" not in f"{m.venue} {m.room}".split()  # the later time is not the place
        assert m.status == "scheduled"


# fmt: off
@pytest.mark.parametrize("line,lang,time", [
    ("Thursday 10 December, 18:00–20:30, Trades Hall", None, "18:00"),
    ("Thursday 10 December, starts 18:00 and ends 20:30, Trades Hall", None, "18:00"),
    ("Sat 12 Dec, 10am–1pm and 2pm–5pm, Central Library", None, "10:00"),
    ("Thursday 10 December, 7pm, 8 Market St, Leeds", None, "19:00"),
    ("Viernes 11 de diciembre, de 11:00 a 14:00 y de 17:00 a 21:00, Paseo del Arenal", "es",
     "11:00"),
])
# fmt: on
def test_a_range_or_an_address_after_the_time_is_one_meeting(line, lang, time):
    listing = parse(f"Published 1 December 2026\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings] == [time]


PAGE = """Local 1123 — Shift assemblies, winter 2027

• Day and night crews: Mon 14 Dec, 06:30 and 15:30, Depot canteen (Building C)
• Office staff: Tue 15 Dec, 12:10, Board room B-110
• Maintenance: Wed 16 Dec, 18:00–19:30, Workshop 2
"""


def test_a_page_of_shift_assemblies():
    listing = parse(PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue or m.room) for m in listing.meetings]
    assert [g[:2] for g in got] == [
        ("2026-12-14", "06:30"),
        ("2026-12-14", "15:30"),
        ("2026-12-15", "12:10"),
        ("2026-12-16", "18:00"),
    ]
    assert all("Depot canteen" in (g[2] or "") for g in got[:2])
    assert "B-110" in f"{listing.meetings[2].venue} {listing.meetings[2].room}"
    assert "Workshop 2" in f"{listing.meetings[3].venue} {listing.meetings[3].room}"
