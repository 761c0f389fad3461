"""An event site's listing (Lu.ma, Meetup, Eventbrite, Mobilizon, a Facebook events tab) puts
each card's weekday alone on a line right over or under its date, then the time (or time range),
the title and the venue on lines of their own ("Thursday" / "Dec 17" / "6:30 PM - 8:30 PM" /
title / place). The weekday and the date are one date: the card is one meeting with its time and
place. Before, holdout12's Lu.ma page read the weekday line as the meeting's venue and lost its
time. (The weekday over its date was read already, as a date split over two lines; its rows
stay in the table.) The rows are written from the pattern: both orders, English, German, French and Spanish
dates and weekdays, 12- and 24-hour times, single times and ranges."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 2)


def _places(m) -> str:
    return " | ".join(str(v) for v in (m.venue, m.place, m.address, m.city, m.room) if v)


# fmt: off
# (lang, the card's lines, its (date, start time), a word of its place)
ROWS = [
    ("en", ["Thursday", "Dec 17", "6:30 PM - 8:30 PM", "Winter reading circle",
            "📍 Hove Library, Church Road"], ("2026-12-17", "18:30"), "Hove Library"),
    ("en", ["Dec 19", "Saturday", "", "11:00 AM", "Litter pick on the canal path",
            "📍 Lock 12 car park"], ("2026-12-19", "11:00"), "Lock 12"),
    ("en", ["Tue", "Jan 12", "7:00 PM", "Tenants' union open meeting",
            "Quaker Meeting House, 6 Mount St"], ("2027-01-12", "19:00"), "Quaker Meeting House"),
    ("en", ["January 14", "Thursday", "", "18:00–20:00", "Bike kitchen night",
            "📍 Glasgow Bike Station"], ("2027-01-14", "18:00"), "Glasgow Bike Station"),
    ("de", ["Donnerstag", "17. Dez.", "18:30–20:30", "Offenes Plenum",
            "📍 Nachbarschaftshaus Urbanstraße"], ("2026-12-17", "18:30"), "Nachbarschaftshaus"),
    ("de", ["14. Januar", "Donnerstag", "", "19:00 Uhr", "Stammtisch der Ortsgruppe",
            "📍 Gasthaus Krone, Leipzig"], ("2027-01-14", "19:00"), "Gasthaus Krone"),
    ("fr", ["jeudi", "17 déc.", "18:30–20:30", "Assemblée de quartier",
            "📍 Maison des associations, Lyon"], ("2026-12-17", "18:30"), "Maison des associations"),
    ("fr", ["9 janvier", "samedi", "", "10:00", "Atelier vélo participatif",
            "📍 La Cyclofficine, Pantin"], ("2027-01-09", "10:00"), "Cyclofficine"),
    ("es", ["jueves", "17 dic.", "19:00–21:00", "Asamblea abierta del colectivo",
            "📍 Centro Cívico La Sedeta, Barcelona"], ("2026-12-17", "19:00"), "Centro Cívico La Sedeta"),
    ("es", ["16 de enero", "sábado", "", "11:00", "Limpieza del río",
            "📍 Parque Lineal del Manzanares"], ("2027-01-16", "11:00"), "Parque Lineal"),
]
# fmt: on


@pytest.mark.parametrize("lang,card,when,place", ROWS)
def test_a_weekday_alone_over_or_under_its_date_is_one_card(lang, card, when, place):
    listing = parse("\n".join(card) + "\n", as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert (m.date, m.start_time) == when
    assert place.casefold() in _places(m).casefold()
    assert m.title is None or m.title.casefold() not in {"thursday", "saturday", "tue"}


def test_a_weekday_alone_without_a_date_beside_it_stays_text():
    page = (
        "Opening hours\nMonday\n10:00–18:00\n\nBook sale, Saturday 19 December, 10:00, Town Hall\n"
    )
    listing = parse(page, as_of=AS_OF, lang="en")
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-19", "10:00")]


PAGE = """\
Bristol Renters' Network
Events
Upcoming

Thursday
Dec 17
6:30 PM - 8:30 PM
Monthly members' meeting
By Bristol Renters' Network
📍 Easton Community Centre, Kilburn Street
24 going

Saturday
Jan 9
10:00 AM - 1:00 PM
Door-knocking in Lawrence Hill
📍 Lawrence Hill Roundabout
8 going

Jan 21
Thursday

7:00 PM
Know your rights workshop
By Shelter Bristol
📍 Central Library, College Green
15 going
"""


def test_an_event_site_page_gives_each_card_its_date_time_and_place():
    listing = parse(PAGE, as_of=AS_OF, lang="en")
    got = [(m.date, m.start_time, m.end_time) for m in listing.meetings]
    assert got == [
        ("2026-12-17", "18:30", "20:30"),
        ("2027-01-09", "10:00", "13:00"),
        ("2027-01-21", "19:00", None),
    ]
    places = [_places(m) for m in listing.meetings]
    assert "Easton Community Centre" in places[0]
    assert "Lawrence Hill" in places[1]
    assert "Central Library" in places[2]
    assert all("day" not in (m.venue or "").casefold() for m in listing.meetings)
