"""A place stated once for the whole list ("All screenings take place at the Assembly Rooms, 14
Market Place, and start at 7.30pm unless stated otherwise") is each meeting's place when the
lines under its date name none: a film's or a talk's title over its credits or a blurb ("Perfect
Days" / "Wim Wenders · Japan · 2023 · 124 min") is its title, not a venue and a room. A meeting
whose own lines name a place keeps it. From holdout12's film society season; the rows are
variants written from the pattern (other programmes, languages, separators), not the page."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)


# fmt: off
@pytest.mark.parametrize("intro,day,title,credits,lang,venue,time", [
    ("All screenings take place at the Corn Exchange, 3 Bridge Street, and start at 8pm "
     "unless stated otherwise.", "Friday 15 January", "Tokyo Story",
     "Yasujirō Ozu · Japan · 1953 · 136 min · U", None, "Corn Exchange", "20:00"),
    ("Unless otherwise stated, all talks are held at the Quaker Meeting House, Jordan Road, "
     "at 7.30pm.", "Tuesday 19 January", "The Mills of the Don Valley",
     "Illustrated talk by Dr Peter Hale, with questions after.", None,
     "Quaker Meeting House", "19:30"),
    ("Our lectures take place in the Library Hall, 12 Castle Lane, and begin at 6.30pm "
     "unless noted.", "Thursday 4 February", "Dockers and the 1889 strike",
     "Speaker: Mary Collins (Ruskin College)", None, "Library Hall", "18:30"),
    ("Screenings are held at the Miners' Institute, 40 High Street, unless stated otherwise. "
     "Doors 7pm, films 7.30pm.", "Wednesday 10 March", "Matewan",
     "John Sayles, USA 1987, 135 mins, 15", None, "Miners' Institute", "19:30"),
    ("Alle Vorführungen finden im Kino Schauburg, Bahnhofstraße 5, statt und beginnen um "
     "20 Uhr, sofern nicht anders angegeben.", "Freitag, 15. Januar", "Der Himmel über Berlin",
     "Wim Wenders · BRD 1987 · 128 Min. · FSK 12", "de", "Kino Schauburg", "20:00"),
    ("Les séances ont lieu à la Salle des fêtes, 2 place de la Mairie, à 20h30, sauf mention "
     "contraire.", "vendredi 15 janvier", "Cléo de 5 à 7",
     "Agnès Varda · France · 1962 · 90 min · VOSTF", "fr", "Salle des fêtes", "20:30"),
    ("Las proyecciones tienen lugar en el Centro Cultural La Estación, calle Mayor 8, a las "
     "19:00, salvo indicación contraria.", "viernes 15 de enero", "El espíritu de la colmena",
     "Víctor Erice · España · 1973 · 98 min", "es", "Centro Cultural La Estación", "19:00"),
])
# fmt: on
def test_the_list_place_over_a_title_and_its_credits(intro, day, title, credits, lang, venue, time):
    text = f"Spring season\n\n{intro}\n\n{day}\n{title}\n{credits}\n"
    listing = parse(text, as_of=AS_OF, lang=lang)
    [m] = listing.meetings
    assert m.start_time == time
    assert m.venue is not None and venue in m.venue
    assert m.room is None or credits not in m.room
    assert m.address is None or credits not in m.address


PAGE = """Riverside Film Club

WHAT'S ON

All screenings take place at the Corn Exchange, 3 Bridge Street, Lewes, and start at 7.30pm unless stated otherwise below.

Friday 15 January
Tokyo Story
Yasujirō Ozu · Japan · 1953 · 136 min · U

Friday 29 January — earlier start: 7pm
Sansho the Bailiff
Kenji Mizoguchi · Japan · 1954 · 124 min · 12A

Sunday 7 February, 3pm
Family matinee at the Picture House, 4 Station Road
Spirited Away

Friday 12 February
CANCELLED — Wild Strawberries
The print did not arrive in time; members get a guest pass.
"""


def test_a_season_page_with_one_stated_place():
    listing = parse(PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time, m.status) for m in listing.meetings]
    assert got == [
        ("2027-01-15", "19:30", "scheduled"),
        ("2027-01-29", "19:00", "scheduled"),
        ("2027-02-07", "15:00", "scheduled"),
        ("2027-02-12", "19:30", "cancelled"),
    ]
    venues = [m.venue or "" for m in listing.meetings]
    assert [v == "Corn Exchange" for v in venues] == [True, True, False, True]
    assert "Picture House" in venues[2] and listing.meetings[2].address == "4 Station Road"
    assert [m.title for m in listing.meetings[:2]] == ["Tokyo Story", "Sansho the Bailiff"]
    assert all(m.address == "3 Bridge Street, Lewes" for m in listing.meetings if m.venue == "Corn Exchange")
