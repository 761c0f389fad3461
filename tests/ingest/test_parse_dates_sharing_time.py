"""Several dates on one line sharing one time and place (issue 17): "Jan 12, 14 and 19 — 6:00
p.m., Cobb Hall 104" (holdout13's Chicago newsletter read one meeting, without its time),
"Thursdays 2/11, 2/18 and 2/25 @ 7pm" (holdout11's campus newsletter read none). The family:
bare day numbers after a date written month first ("Feb 3, 10 and 24", "March 4th, 11th &
25th"), or before the month ("9, 16 y 23 de febrero", "3., 10. und 17. Februar", "les 2, 9 et
16 mars"); short slashed dates after a plural weekday ("Tuesdays 1/12, 1/19 and 2/2", "les
mercredis 10/03, 17/03 et 24/03", whose own numbers say they are day-first). One meeting per
date, all with the time and place written once after the list. Numbers that count something
("14 and 19 year-olds"), a house number, a year or a time after a date are no dates. The rows
are written from the pattern, in the languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 2)


def _places(m) -> str:
    return " | ".join(v for v in (m.city, m.venue, m.address, m.campus, m.place, m.room) if v)


# fmt: off
# (lang, line, dates, start time, a word of the place)
LINES = [
    ("en", "Feb 3, 10 and 24 — 7:30 p.m., Hutchins Hall 150",
     ["2027-02-03", "2027-02-10", "2027-02-24"], "19:30", "Hutchins Hall"),
    ("en", "Thursday, March 4th, 11th & 25th at 6 pm, Harper Library, Room 140",
     ["2027-03-04", "2027-03-11", "2027-03-25"], "18:00", "Harper Library"),
    ("en", "Mar 1, 8, and 15, 6:30 pm, Ida Noyes Hall",
     ["2027-03-01", "2027-03-08", "2027-03-15"], "18:30", "Ida Noyes Hall"),
    ("en", "January 5 and 19, noon, Friends House",
     ["2027-01-05", "2027-01-19"], "12:00", "Friends House"),
    ("en", "Tuesdays 1/12, 1/19 and 2/2, 6:30pm — Grange Hall",
     ["2027-01-12", "2027-01-19", "2027-02-02"], "18:30", "Grange Hall"),
    ("en", "Wednesdays, 3/3 & 3/17 @ 7pm, Quaker Meeting House",
     ["2027-03-03", "2027-03-17"], "19:00", "Quaker Meeting House"),
    ("es", "9, 16 y 23 de febrero, 19 h, Ateneo Popular",
     ["2027-02-09", "2027-02-16", "2027-02-23"], "19:00", "Ateneo Popular"),
    ("es", "los martes 09/02, 16/02 y 23/02, 19:30 h, Casa del Pueblo",
     ["2027-02-09", "2027-02-16", "2027-02-23"], "19:30", "Casa del Pueblo"),
    ("de", "3., 10. und 17. Februar, 19 Uhr, Gewerkschaftshaus Nürnberg",
     ["2027-02-03", "2027-02-10", "2027-02-17"], "19:00", "Gewerkschaftshaus"),
    ("fr", "les 2, 9 et 16 mars à 18 h 30, Bourse du Travail",
     ["2027-03-02", "2027-03-09", "2027-03-16"], "18:30", "Bourse du Travail"),
    ("fr", "les mercredis 10/03, 17/03 et 24/03 à 20 h, Maison des Associations",
     ["2027-03-10", "2027-03-17", "2027-03-24"], "20:00", "Maison des Associations"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "line", "days", "start", "place"), LINES)
def test_each_date_of_the_list_is_a_meeting_with_the_shared_time_and_place(
    lang: str, line: str, days: list[str], start: str, place: str
) -> None:
    ms = parse(f"Meetings\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [(d, start) for d in days]
    assert all(place in _places(m) for m in ms)
    assert not any(w in _places(m) for m in ms for w in (" and ", " y ", " et ", " und "))


# fmt: off
# (line, the one date, start time): numbers after a date that list no dates
ONE_DATE = [
    ("Jan 12, 14 and 19 year-olds welcome, 6pm, Hull House", "2027-01-12", "18:00"),
    ("Jan 12, 7 pm, Hull House", "2027-01-12", "19:00"),
    ("Jan 12, 2027, 6pm, Hull House", "2027-01-12", "18:00"),
    ("Feb 6, 14 Main St, 6pm", "2027-02-06", "18:00"),
    ("Feb 6, rooms 12, 14 and 19, 10am, Cobb Hall", "2027-02-06", "10:00"),
    ("Feb 6, 14:00, Cobb Hall", "2027-02-06", "14:00"),
]
# fmt: on


@pytest.mark.parametrize(("line", "day", "start"), ONE_DATE)
def test_numbers_after_a_date_that_list_no_dates_give_one_meeting(
    line: str, day: str, start: str
) -> None:
    ms = parse(f"Meetings\n\n{line}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [(day, start)]


PAGE = """Spring reading groups

Capital, vol. 1: Jan 13, 20 and 27 — 6:00 p.m., Cobb Hall 104
History of the Russian Revolution: Thursdays 2/4, 2/11 and 2/25 @ 7pm, Reynolds Club
Open meeting for 18 and 21 year-olds: Mar 3, 7pm, Ida Noyes Hall

Questions? Write to us.
"""


def test_a_page_of_such_lines_gives_each_date_its_meeting_and_nothing_else() -> None:
    ms = parse(PAGE, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-01-13", "18:00"),
        ("2027-01-20", "18:00"),
        ("2027-01-27", "18:00"),
        ("2027-02-04", "19:00"),
        ("2027-02-11", "19:00"),
        ("2027-02-25", "19:00"),
        ("2027-03-03", "19:00"),
    ]
    assert all("Cobb Hall" in _places(m) for m in ms[:3])
    assert all("Reynolds Club" in _places(m) for m in ms[3:6])
    assert "Ida Noyes Hall" in _places(ms[6])
