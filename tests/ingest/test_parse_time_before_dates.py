"""A line that gives the time first, then the word that leads its dates ("jeweils donnerstags
um 9 Uhr am 14.1., 28.1. und 11.2.", "Thursdays at 9am on 14 Jan, 28 Jan and 11 Feb", "les
jeudis à 9 h les 14, 21 et 28 janvier"): every date starts then, and those words are no place.
Written from holdout41's rural women's association programme; the rows are variants, with
look-alikes whose words before the date are a place."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 5)


@pytest.mark.parametrize(
    ("lang", "line", "dates", "start"),
    [
        ("de", "jeweils donnerstags um 9 Uhr am 14.1., 28.1. und 11.2.",
         ["2027-01-14", "2027-01-28", "2027-02-11"], "09:00"),
        ("de", "Donnerstags, 18.30 Uhr, am 14. und 28. Januar", ["2027-01-14", "2027-01-28"],
         "18:30"),
        ("en", "Thursdays at 9am on 14 Jan, 28 Jan and 11 Feb",
         ["2027-01-14", "2027-01-28", "2027-02-11"], "09:00"),
        ("en", "Every Thursday, 6.30pm, on 14 and 28 January", ["2027-01-14", "2027-01-28"],
         "18:30"),
        ("fr", "les jeudis à 9 h les 14, 21 et 28 janvier",
         ["2027-01-14", "2027-01-21", "2027-01-28"], "09:00"),
        ("es", "los jueves a las 9:00 h los días 14, 21 y 28 de enero",
         ["2027-01-14", "2027-01-21", "2027-01-28"], "09:00"),
    ],
)  # fmt: skip
def test_a_time_before_the_dates_is_theirs(lang, line, dates, start):
    page = f"Programm\n\n{line}\nTurnhalle der Grundschule\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == dates
    assert {m.start_time for m in ms} == {start}
    assert all(m.venue == "Turnhalle der Grundschule" for m in ms), [m.venue for m in ms]
    assert not any(m.place and start[:2].lstrip("0") in m.place for m in ms)


@pytest.mark.parametrize(
    ("lang", "line", "place"),
    [
        # a place between the time and the date: the line's own place, as before
        ("en", "Meet at 9am, Trades Hall on 14 Jan", "Trades Hall"),
        ("de", "Treffpunkt 9 Uhr Rathaus am Donnerstag, 14. Januar", "Rathaus"),
    ],
)
def test_a_place_between_time_and_date_is_kept(lang, line, place):
    ms = parse(f"Programm\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-01-14"]
    assert any(place in (v or "") for v in (ms[0].venue, ms[0].place, ms[0].title))
