"""A line that gives one time on several places' clocks ("18:00 Lima, Bogotá, Quito · 17:00
Ciudad de México · 19:00 La Paz"), as an online series' card writes it under its date: the
first time is the start, and the line is neither an entry of its own nor a place. Written from
holdout42's water network newsletter; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.calendar import zone_times
from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("🕕 18:00 Lima, Bogotá, Quito · 17:00 Ciudad de México · 19:00 La Paz, Caracas", "18:00"),
        ("7pm London · 2pm New York · 11am San Francisco", "19:00"),
        ("7pm London / 8pm Berlin / 11am Vancouver", "19:00"),
        ("19 Uhr Berlin, Wien · 13 Uhr New York · 10 Uhr San Francisco", "19:00"),
        ("19 h Paris, Bruxelles · 13 h Montréal · 20 h Athènes", "19:00"),
        ("Hora: 10:00 Madrid · 06:00 Buenos Aires · 03:00 México", "10:00"),
        ("20:00 CET / 14:00 EST", "20:00"),
    ],
)  # fmt: skip
def test_one_time_on_several_clocks(text, start):
    tm = zone_times(text)
    assert tm is not None and tm.start_time == start


@pytest.mark.parametrize(
    "text",
    [
        "18:00 Vortrag · 20:00 Konzert",  # two entries: titles, not places
        "10:00 Welcome, Room 4 · 11:00 Keynote, Main Hall",
        "7pm London",  # one time
        "19 h : Salle des fêtes · 21 h : bal",
        "18:00 Lima, Bogotá, Quito",
        "10:00 – 12:00 Workshop in Leeds; 14:00 – 16:00 Workshop in York",
    ],
)
def test_not_one_time_on_several_clocks(text):
    assert zone_times(text) is None


@pytest.mark.parametrize(
    ("lang", "dates", "clocks", "start"),
    [
        ("es", ["Webinar 1 · jueves 11 de febrero de 2027", "Webinar 2 · jueves 25 de febrero de 2027"],
         "18:00 Lima, Bogotá, Quito · 17:00 Ciudad de México · 19:00 La Paz, Caracas", "18:00"),
        ("en", ["Thursday 11 February 2027", "Thursday 25 February 2027"],
         "7pm London · 2pm New York · 11am San Francisco", "19:00"),
        ("de", ["Donnerstag, 11. Februar 2027", "Donnerstag, 25. Februar 2027"],
         "19 Uhr Berlin, Wien · 13 Uhr New York · 10 Uhr San Francisco", "19:00"),
        ("fr", ["jeudi 11 février 2027", "jeudi 25 février 2027"],
         "19 h Paris, Bruxelles · 13 h Montréal · 20 h Athènes", "19:00"),
    ],
)  # fmt: skip
def test_a_card_s_clocks_line_gives_its_start(lang, dates, clocks, start):
    cards = [f"{d}\nTarifas justas y calidad del agua\n{clocks}\n" for d in dates]
    page = "Online series 2027\n\n" + "\n".join(cards)
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-02-11", "2027-02-25"]
    assert [m.start_time for m in ms] == [start, start]
    for m in ms:  # the clocks' towns are no place of the meeting
        values = " ".join(v for v in (m.venue, m.place, m.city, m.room, m.address) if v)
        assert not any(town in values for town in ("Bogotá", "New York", "Wien", "Montréal"))


def test_a_day_s_timed_entries_stay_entries():
    page = (
        "Programm 2027\n\nSamstag, 13. Februar 2027\n"
        "18:00 Vortrag, Saal 1\n20:00 Konzert, Großer Saal\n"
    )
    ms = parse(page, as_of=AS_OF, lang="de").meetings
    assert [m.start_time for m in ms] == ["18:00", "20:00"]
