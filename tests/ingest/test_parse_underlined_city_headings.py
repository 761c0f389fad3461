"""A chapter's city heading in capitals that the page underlines, or that has the venue's pinned
line between it and the date (issue 17; holdout10's Québec and Midwest e-mails, Chile's WhatsApp
post). Read as a person reads it:

- an e-mail's section heading ("MONTRÉAL" with a rule of dashes under it, as a Mailchimp text
  part writes "** MONTRÉAL" / "-----") is the city of every entry under it, up to the next such
  heading; a campus in capitals over its own entry ("UQAM", "UQTR") is no heading of its own on
  a page that underlines its headings, so the city above goes on over it;
- a city heading in capitals with the entry's pinned venue under it, then the date ("SANTIAGO" /
  "📍 Universidad de Chile, …" / "🗓️ martes 15 de diciembre, 18:30 hrs") is the city of that
  entry and of the next ones, as one with the date right under it is.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}

# fmt: off
UNDERLINED = [
    # (lang, heading, campus line, date line, room line, date, time)
    ("fr", "LYON", "Université Lumière Lyon 2", "jeudi 14 janvier, 18 h 30",
     "Campus Berges du Rhône, salle B-12", "2027-01-14", "18:30"),
    ("fr", "MARSEILLE", "Aix-Marseille Université", "mardi 19 janvier à 19 h",
     "Site Saint-Charles, amphi 3", "2027-01-19", "19:00"),
    ("en", "LEEDS", "University of Leeds", "Thursday, January 14, 7:00 p.m.",
     "Roger Stevens Building, LT 20", "2027-01-14", "19:00"),
    ("en", "CARDIFF", "Cardiff University", "Tuesday 19 January, 6.30pm",
     "Glamorgan Building, Room 0.85", "2027-01-19", "18:30"),
    ("de", "LEIPZIG", "Universität Leipzig", "Donnerstag, 14. Januar, 18 Uhr",
     "Hörsaalgebäude, HS 9", "2027-01-14", "18:00"),
    ("de", "DRESDEN", "TU Dresden", "Dienstag, 19. Januar, 18:30 Uhr",
     "Hörsaalzentrum, HSZ 04", "2027-01-19", "18:30"),
    ("es", "ROSARIO", "UNR", "jueves 14 de enero, 18:30 h",
     "Facultad de Humanidades, aula 5", "2027-01-14", "18:30"),
    ("es", "MÁLAGA", "Universidad de Málaga", "martes 19 de enero a las 19:00",
     "Facultad de Filosofía, aula 2", "2027-01-19", "19:00"),
]
# fmt: on
RULES = ["-" * 60, "=" * 24, "─" * 30]


@pytest.mark.parametrize("rule", RULES, ids=["dashes", "equals", "box"])
@pytest.mark.parametrize("row", UNDERLINED, ids=[f"{r[0]}-{r[1]}" for r in UNDERLINED])
def test_an_underlined_heading_is_the_city_of_the_entries_under_it(row, rule):
    lang, heading, campus, when, room, day, time = row
    page = (
        f"Upcoming meetings\n\n{heading}\n{rule}\n\n{campus}\n{when}\n{room}\n\n"
        f"ABCD\n{when}\n{room}\n\nOTTAWA\n{rule}\n\nCarleton University\n"
        "Friday, January 22, 6 p.m.\nRoom 101\n"
    )
    ms = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    city = heading.title()
    assert [(m.date, m.start_time, m.city) for m in ms] == [
        (day, time, city),
        (day, time, city),  # "ABCD" in capitals, not underlined: a campus, not a city
        ("2027-01-22", "18:00", "Ottawa"),
    ]


# fmt: off
PINNED = [
    # (lang, heading, pinned venue line, dated line, date, time)
    ("es", "SANTIAGO", "📍 Universidad de Chile, FACSO, sala 4 – Av. Grecia 3401",
     "🗓️ martes 15 de diciembre, 18:30 hrs", "2026-12-15", "18:30"),
    ("es", "VALDIVIA", "📍 Universidad Austral, edificio Nahmías, sala 2",
     "🗓️ jueves 17 de diciembre, 19 hrs", "2026-12-17", "19:00"),
    ("fr", "TOULOUSE", "📍 Université Jean-Jaurès, bâtiment Arche, salle AR 101",
     "🗓️ mercredi 16 décembre, 18 h", "2026-12-16", "18:00"),
    ("de", "BREMEN", "📍 Universität Bremen, GW2, Raum B1580",
     "🗓️ Mittwoch, 16. Dezember, 18 Uhr", "2026-12-16", "18:00"),
    ("en", "GLASGOW", "📍 University of Glasgow, Boyd Orr Building, Room 407",
     "🗓️ Wednesday 16 December, 6pm", "2026-12-16", "18:00"),
    ("en", "PORTLAND", "📍 Portland State University, Smith Memorial Union 238",
     "🗓️ Thursday, December 17, 7 p.m.", "2026-12-17", "19:00"),
]
# fmt: on


@pytest.mark.parametrize("row", PINNED, ids=[f"{r[0]}-{r[1]}" for r in PINNED])
def test_a_heading_over_a_pinned_venue_then_the_date_is_the_city(row):
    lang, heading, venue, when, day, time = row
    page = (
        f"📢 PRÓXIMAS REUNIONES 📢\n\n{heading}\n{venue}\n{when}\n\n"
        f"📍 Centro Cultural, sala 1\n{when}\n"
    )
    ms = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert [(m.date, m.start_time, m.city) for m in ms] == [
        (day, time, heading.title()),
        (day, time, heading.title()),  # the next entry, after a blank line: the same city
    ]


NEWSLETTER = """From: IYSSE Québec <iysse@example.org>
Sent: Tuesday, December 1, 2026 9:15 AM
Subject: Winter meetings

** Upcoming meetings
------------------------------------------------------------

Dear friends,

All meetings are free and open to the public.

** HALIFAX
------------------------------------------------------------

Dalhousie University
Thursday, January 14, 6:30 p.m.
Student Union Building, Room 303

SMU
Tuesday, January 19, 7 p.m.
Loyola Academic Complex, Room 290

** MONCTON
------------------------------------------------------------

Université de Moncton
Wednesday, January 20, 6 p.m.
Pavillon Jeanne-de-Valois, local 143

** ONLINE
------------------------------------------------------------

National meeting on Zoom
Sunday, January 31, 3 p.m.
Register: https://example.org/zoom
"""


def test_an_e_mails_underlined_city_sections():
    ms = parse(NEWSLETTER).meetings
    assert [(m.date, m.start_time, m.city, m.online) for m in ms] == [
        ("2027-01-14", "18:30", "Halifax", False),
        ("2027-01-19", "19:00", "Halifax", False),  # "SMU": the campus, under Halifax still
        ("2027-01-20", "18:00", "Moncton", False),
        ("2027-01-31", "15:00", None, True),
    ]
