"""A sentence that ends in a colon right over a list of dates states their time and place ("The
EC meets at 6pm on the first Wednesday of the month, online via Zoom:" / "6 Jan, 3 Feb, 3 Mar
2027"; "Die Reihe wird … fortgesetzt, dann dienstags um 16:15 Uhr, ebenfalls im
Hörsaalzentrum. Bereits feststehende Termine:" over its bullets): every date takes the time,
and the place led by "at", "im", "à", "en" (or online, when the sentence says so). From the
trades council and lecture series pages of tests/ingest/corpus/holdout11; the rows are variants
written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 5)


def _where(m) -> str:
    return " ".join(str(v) for v in (m.venue, m.address, m.room, m.city, m.place) if v)


# (language, the colon-ended intro, the dates under it, time, a word of the place or "online")
# fmt: off
ROWS = [
    ("en", "The EC meets at 6pm on the first Wednesday of the month, online via Zoom:",
     "6 Jan, 3 Feb, 3 Mar 2027.", "18:00", "online"),
    ("en", "The steering group meets at 7.30pm at the Unity Centre, Room 3. Dates:",
     "- Tuesday 12 January 2027\n- Tuesday 9 February 2027", "19:30", "Unity Centre"),
    ("en", "Reading group, always 6.15pm in the Library Annexe. Next sessions:",
     "\n• Monday 18 January 2027\n\n• Monday 15 February 2027", "18:15", "Library Annexe"),
    ("de", "Die Reihe wird im Sommersemester fortgesetzt, dann dienstags um 16:15 Uhr, ebenfalls "
           "im Hörsaalzentrum (A14), Hörsaal 1. Bereits feststehende Termine:",
     "• Dienstag, 20.04.2027 – Thema folgt\n• Dienstag, 04.05.2027 – Thema folgt", "16:15",
     "Hörsaalzentrum"),
    ("de", "Der Arbeitskreis trifft sich um 19 Uhr per Zoom, an diesen Abenden:",
     "Do 14.01.2027\nDo 11.02.2027\nDo 11.03.2027", "19:00", "online"),
    ("fr", "Le bureau se réunit à 18 h 30 à la Bourse du Travail, salle 2, aux dates suivantes :",
     "- mardi 12 janvier 2027\n- mardi 9 février 2027", "18:30", "Bourse du Travail"),
    ("es", "La comisión se reúne a las 19:00 en el Ateneo Obrero, en estas fechas:",
     "- jueves 14 de enero de 2027\n- jueves 11 de febrero de 2027", "19:00", "Ateneo Obrero"),
]
# fmt: on


@pytest.mark.parametrize("lang,intro,dates,time,place", ROWS)
def test_a_colon_ended_intro_gives_the_dates_under_it_their_time_and_place(
    lang, intro, dates, time, place
):
    page = f"Programme\n\n{intro}\n{dates}\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(ms) >= 2
    for m in ms:
        assert m.start_time == time
        if place == "online":
            assert m.online
        else:
            assert place.casefold() in _where(m).casefold()


def test_an_intro_without_a_time_gives_none():
    page = (
        "Programme\n\nThe steering group meets at the Unity Centre. Dates:\n"
        "- Tuesday 12 January 2027\n- Tuesday 9 February 2027\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2027-01-12", "2027-02-09"]
    assert all(m.start_time is None for m in ms)


PAGE = """\
Leeds Trades Council

Delegate meetings
Second Tuesday of the month – see the dates below.
  Tuesday 12th January 2027 – 7.30pm, Leeds Civic Hall, Committee Room 4
  Tuesday 9th February 2027 – 7.30pm, Leeds Civic Hall, Committee Room 4

Executive Committee
The Executive meets at 5.45pm on the first Monday of the month, online via Teams:
4 Jan, 1 Feb, 1 Mar 2027. Members will receive the link by email.

Contact: the Secretary, 0113 496 0000
"""


def test_the_page_keeps_each_lists_own_time_and_place():
    ms = parse(PAGE, as_of=AS_OF).meetings
    got = [(m.date, m.start_time, m.online) for m in ms]
    assert got == [
        ("2027-01-12", "19:30", False),
        ("2027-02-09", "19:30", False),
        ("2027-01-04", "17:45", True),
        ("2027-02-01", "17:45", True),
        ("2027-03-01", "17:45", True),
    ]
    assert [m.venue for m in ms[:2]] == ["Leeds Civic Hall", "Leeds Civic Hall"]
