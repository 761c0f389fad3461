"""A season's programme under month headings whose entry lines give the weekday, the day and the
title, with no time of their own ("Fri 15   PERFECT DAYS (Wenders, …)", "Fr 29 – Anatomie eines
Falls", "Ven. 12 : Les Feuilles mortes", "Vie 26 «Días perfectos»"): each line is a meeting on
that day of the heading's month, at the time and place the page states for the season ("All
screenings are at the Subscription Rooms, … unless stated." over "Doors and bar open 7pm, films
start 7.30pm."). A line whose words after the day are a month's name is a date as before.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 10)

PAGES = [
    ("en", "All screenings are at the Subscription Rooms, George Street, unless stated.",
     "Doors and bar open 7pm, films start 7.30pm.", "JANUARY",
     ["Fri 15   PERFECT DAYS (Wenders, Japan/Germany 2023, 124 mins, PG)",
      "Fri 29   ANATOMY OF A FALL (Triet, France 2023, 152 mins, 15)"], "19:30", "Subscription Rooms"),
    ("de", "Alle Vorführungen finden im Kino Rex statt, wenn nicht anders angegeben.",
     "Einlass 19 Uhr, Beginn 19.30 Uhr.", "JANUAR",
     ["Fr 15 – Perfect Days", "Fr 29 – Anatomie eines Falls"], "19:30", "Kino Rex"),
    ("fr", "Toutes les séances ont lieu au cinéma Le Royal, sauf mention contraire.",
     "Ouverture des portes 19 h, début des films 19 h 30.", "JANVIER",
     ["Ven. 15 : Perfect Days", "Ven. 29 : Anatomie d'une chute"], "19:30", "cinéma Le Royal"),
    ("es", "Todas las funciones son en el Cine Club Municipal, salvo indicación contraria.",
     "Apertura de puertas 19:00 h, comienzo 19:30 h.", "ENERO",
     ["Vie 15 – «Días perfectos»", "Vie 29 – «Anatomía de una caída»"], "19:30", "Cine Club Municipal"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "times", "month", "entries", "start", "place"), PAGES)
def test_each_line_is_a_meeting_of_the_season(
    lang: str, rule: str, times: str, month: str, entries: list[str], start: str, place: str
) -> None:
    page = "\n".join(["FILMS", "", rule, times, "", month, "", *entries, ""])
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-01-15", "2027-01-29"]
    assert all(m.start_time == start for m in listing.meetings)
    assert all(place in " ".join(filter(None, [m.venue, m.place])) for m in listing.meetings)
