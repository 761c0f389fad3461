"""An event card with every field in a paragraph of its own (issue 17 item 7; the Meetup-style
group page and the bookshop agenda of tests/ingest/corpus/holdout5): the date, a blank line, the
title, a blank line, the venue line, maybe a status badge between. The venue line may open with
the place's name before its street ("CodeBase · Argyle House, 3 Lady Lawson St, Edinburgh",
"Sucursal Palermo, Gurruchaga 1720"): the title line above it is the title, the venue line the
place. A name over a street address stays the venue. The rows are variants written from the
pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 2, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


# fmt: off
@pytest.mark.parametrize("date_line,title,venue_line,lang,venue", [
    ("THU, MAR 12, 2026, 7:00 PM GMT", "Intro to Rust: ownership and borrowing",
     "The Melting Pot · 5 Rose St, Edinburgh EH2 2PR", None, "The Melting Pot"),
    ("SAT, MAR 14, 2026, 10:00 AM GMT", "Repair café & tool library",
     "Leith Community Centre · 12 New Kirkgate, Edinburgh EH6 6AD", None,
     "Leith Community Centre"),
    ("Wed 11 March 2026, 6.30pm", "Book launch with the author",
     "Wordsmiths, 21 High Street, Hay-on-Wye HR3 5AE", None, "Wordsmiths"),
    ("Tuesday, March 10, 2026, 7 pm", "Open mic night (ages 16 and up)",
     "Grendel's Den · 89 Winthrop St, Cambridge, MA 02138", None, "Grendel's Den"),
    ("Jue 12/3 · 19 h", "Club de lectura: «Distancia de rescate»",
     "Sucursal Belgrano, Cabildo 2280, CABA", "es", "Sucursal Belgrano"),
    ("Sáb 14/3 · 17 h", "Taller de cuentos para chicos (6 a 9 años)",
     "En la librería, 2.º piso", "es", "En la librería"),
    ("Donnerstag, 12. März 2026, 19 Uhr", "Lesung und Gespräch über «Die Wand»",
     "Buchladen Kreuzberg · Oranienstraße 40, 10999 Berlin", "de", "Buchladen Kreuzberg"),
    ("jeudi 12 mars 2026 à 19 h", "Rencontre : « Le consentement » avec l'autrice",
     "Librairie Le Cadran, 16 rue de la Paix, 69002 Lyon", "fr", "Librairie Le Cadran"),
])
# fmt: on
def test_a_title_paragraph_over_a_named_venue_paragraph(date_line, title, venue_line, lang, venue):
    page = f"Events\n\n{date_line}\n\n{title}\n\n{venue_line}\n\n42 attendees\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.title == title
    assert venue in _places(m)
    assert title not in _places(m)


# fmt: off
@pytest.mark.parametrize("title,venue_line,venue", [
    ("Noche de lecturas con autores de la casa", "En la librería", "En la librería"),
    ("Book club: Middlemarch, chapters 1-10", "Upstairs Room, The Crown & Anchor", "The Crown"),
    ("Winter potluck and general meeting", "Friends Meeting House, Manchester",
     "Friends Meeting House"),
])
# fmt: on
def test_a_title_naming_a_place_in_passing_is_still_the_title(title, venue_line, venue):
    page = f"Events\n\nThursday 12 March 2026, 7pm\n\n{title}\n\n{venue_line}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.title == title
    assert venue in _places(m)


# fmt: off
@pytest.mark.parametrize("badge,status,online", [
    ("Cancelled", "cancelled", False),
    ("Postponed", "postponed", False),
    ("CANCELED", "cancelled", False),
])
# fmt: on
def test_a_status_badge_between_title_and_venue(badge, status, online):
    page = (
        "Upcoming events\n\nWED, MAR 11, 2026, 6:30 PM GMT\n\nLightning talks: open transport data"
        f"\n\n{badge}\n\nThe Hub · 4 Market St, Leeds LS1 6DT\n\n15 attendees\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.title == "Lightning talks: open transport data"
    assert "The Hub" in _places(m)
    assert (m.status, m.online) == (status, online)


@pytest.mark.parametrize("badge", ["Online event", "Online", "Zoom meeting"])
def test_an_online_badge_under_the_title(badge):
    page = f"Events\n\nWED, MAR 11, 2026, 12:30 PM GMT\n\nLunch & learn: writing good alt text\n\n{badge}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.online
    assert m.title == "Lunch & learn: writing good alt text"
    assert m.venue is None


# fmt: off
@pytest.mark.parametrize("name,street", [
    ("Riverside Books", "221 River St, Troy, NY 12180"),
    ("Mehringhof", "Gneisenaustraße 2a, 10961 Berlin"),
    ("The Cobblestone", "77 King St North, Dublin"),
])
# fmt: on
def test_a_name_paragraph_over_a_street_paragraph_stays_the_venue(name, street):
    page = f"Events\n\nFriday 13 March 2026, 8pm\n\n{name}\n\n{street}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.venue == name


def test_a_group_page_of_cards():
    page = """Leeds Civic Hackers
Leeds, United Kingdom · 812 members

Upcoming events (4)

WED, MAR 11, 2026, 6:30 PM GMT

Mapping flood risk with open data

The Hub · 4 Market St, Leeds LS1 6DT

31 attendees

SAT, MAR 21, 2026, 10:00 AM GMT

Hack day: bus timetables (bring a laptop!)

Cancelled

University of Leeds, Worsley Building · Clarendon Way, Leeds LS2 9NL

12 attendees

WED, APR 1, 2026, 12:30 PM BST

Lunch & learn: screen readers

Online event

54 attendees

WED, APR 8, 2026, 6:30 PM BST

Pub social and project pitches

The Victoria · 28 Great George St, Leeds LS1 3DL

20 attendees
"""
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2026-03-11", "18:30"), ("2026-03-21", "10:00"),
        ("2026-04-01", "12:30"), ("2026-04-08", "18:30"),
    ]  # fmt: skip
    assert [m.title for m in ms] == [
        "Mapping flood risk with open data",
        "Hack day: bus timetables (bring a laptop!)",
        "Lunch & learn: screen readers",
        "Pub social and project pitches",
    ]
    assert "The Hub" in _places(ms[0]) and "Leeds" in (ms[0].city or "")
    assert "Worsley Building" in _places(ms[1]) and ms[1].status == "cancelled"
    assert ms[2].online and ms[2].venue is None
    assert ms[3].venue == "The Victoria"


# fmt: off
@pytest.mark.parametrize("closing", [
    "Online meeting (Zoom), 5pm NZDT",
    "Online event",
    "Doors 6.30pm",
])
# fmt: on
def test_a_cards_last_detail_before_the_pages_prose(closing):
    page = (
        "Meetings\n\nWellington\n\nSaturday 19 December – 2pm\n\nCommunity Room, Central Library\n\n"
        f"Christchurch\n\nSunday 20 December – 5pm\n\n{closing}\n\n"
        "For more information about these meetings and how to take part in the campaign, contact"
        " the branch secretary by phone or email; we will be glad to hear from you and to help you"
        " get involved in the work of the party.\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2026-12-19", "2026-12-20"]
    assert ms[1].online == ("nline" in closing)
    assert "Central Library" not in _places(ms[1])
