"""A list of short slashed dates after a weekday and its first one ("Tues 12/15, 12/29 and 1/12,
6–9 pm at Cycles for Change", "martes 15/12, 29/12 y 12/01, 19:00 h"): each is a meeting with
the time and place the list shares, in the order the first date was read in (month first on an
English page unless the numbers say otherwise, day first when they do). Slashed numbers after a
date that are not in its list ("score was 3/4 and 5/6") stay text. From holdout10's and
holdout11's leftovers; the rows are variants written from the pattern (other languages, joiners,
orders), not copied from the pages."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("line,lang,dates,time,place", [
    ("Shop nights Tues 12/15, 12/29 and 1/12, 6–9 pm at Cycles for Change", None,
     ["2026-12-15", "2026-12-29", "2027-01-12"], "18:00", "Cycles for Change"),
    ("Reading group: Thu 2/11, 2/18 and 2/25 @ 7pm, Michigan Union", None,
     ["2027-02-11", "2027-02-18", "2027-02-25"], "19:00", "Michigan Union"),
    ("Office hours Wed 1/13, 1/27, 2/10 & 2/24, 5pm, Student Union", None,
     ["2027-01-13", "2027-01-27", "2027-02-10", "2027-02-24"], "17:00", "Student Union"),
    ("Study circle Sat 12/19 and 1/16, 10am, Eastside Library", None,
     ["2026-12-19", "2027-01-16"], "10:00", "Eastside Library"),
    ("Asambleas el martes 15/12, 29/12 y 12/01, 19:00 h, Casal Popular", "es",
     ["2026-12-15", "2026-12-29", "2027-01-12"], "19:00", "Casal Popular"),
    ("Treffen am Di 15/12, 29/12 und 12/01, 19 Uhr, Gewerkschaftshaus", "de",
     ["2026-12-15", "2026-12-29", "2027-01-12"], "19:00", "Gewerkschaftshaus"),
    ("Permanences le jeudi 17/12, 14/01 et 28/01, 18 h, Bourse du Travail", "fr",
     ["2026-12-17", "2027-01-14", "2027-01-28"], "18:00", "Bourse du Travail"),
])
# fmt: on
def test_each_slashed_date_of_the_list_is_a_meeting(line, lang, dates, time, place):
    listing = parse(f"Newsletter, 1 December 2026\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == dates
    for m in listing.meetings:
        assert m.start_time == time
        assert place in f"{m.venue} {m.address}"


def test_slashed_numbers_out_of_the_list_stay_text():
    listing = parse("Newsletter, 1 December 2026\n\nTues 12/15: score was 3/4 and 5/6\n", as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2026-12-15"]


PAGE = """Campus chapter — winter schedule (posted 1 December 2026)

* Reading group: Thu 2/11, 2/18 and 2/25 @ 7pm, Michigan Union
* Public meeting: Wed 3/3 @ 7pm, Angell Hall, Auditorium B
"""


def test_a_chapter_schedule():
    listing = parse(PAGE, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2027-02-11", "19:00"),
        ("2027-02-18", "19:00"),
        ("2027-02-25", "19:00"),
        ("2027-03-03", "19:00"),
    ]
    assert all(m.venue == "Michigan Union" for m in listing.meetings[:3])
    assert "Angell Hall" in f"{listing.meetings[3].venue} {listing.meetings[3].room}"
