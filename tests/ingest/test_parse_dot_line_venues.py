"""One-line entries laid out with middle dots, "Sat 12 Dec · 7.30pm · Title · Venue, street,
town", whose venue's name has no word the parser knows as a venue's kind ("St John's Cathedral",
"Roma Street Parkland", "The Old Fire Station"): a part that goes on with its street after a
comma is the place, and a cathedral, basilica, minster, abbey, mosque, synagogue or temple names
a venue like a church does. Rows are variants written from the pattern (a choir's and a
concert series' listings), in English, German, French and Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)


# A heading and a blurb in the line's language, as a page has around its entries.
_HEADINGS = {
    "sam.": "Concerts de Noël\n\nLa chorale chante pour les fêtes, entrée libre dans la limite des places.",
    "Sa.,": "Konzerte\n\nDer Chor singt im Advent, Eintritt frei, Spenden erbeten.",
    "sáb": "Conciertos\n\nEl coro canta en Navidad, entrada libre hasta completar el aforo.",
}


def _one(line: str) -> tuple:
    heading = _HEADINGS.get(line.split()[0], "Concerts\n\nThe choir sings for the season.")
    ms = parse(f"{heading}\n\n{line}\n", as_of=AS_OF).meetings
    assert len(ms) == 1, [(m.date, m.title) for m in ms]
    m = ms[0]
    return m.date, m.start_time, " | ".join(filter(None, (m.venue, m.address, m.city, m.room)))


@pytest.mark.parametrize(
    ("line", "when", "time", "place"),
    [
        (
            "Sat 12 Dec 2026 · 7.30pm · Carols by Candlelight · St Anne's Cathedral, 41 Donegall St, Belfast",
            "2026-12-12",
            "19:30",
            "St Anne's Cathedral",
        ),
        (
            "Sun 13 Dec · 3pm · Advent Procession · The Old Fire Station, 40 George Street, Oxford",
            "2026-12-13",
            "15:00",
            "The Old Fire Station",
        ),
        (
            "Fri 18 Dec · 8 pm · Messiah sing-along · Kelvingrove, 2 Argyle Street, Glasgow",
            "2026-12-18",
            "20:00",
            "Kelvingrove",
        ),
        (
            "Sa., 19. Dez. · 17 Uhr · Weihnachtsoratorium · Frauenkirche, Neumarkt 1, Dresden",
            "2026-12-19",
            "17:00",
            "Frauenkirche",
        ),
        (
            "sam. 19 déc. · 20 h · Requiem de Fauré · Saint-Eustache, 146 rue Rambuteau, Paris",
            "2026-12-19",
            "20:00",
            "Saint-Eustache",
        ),
        (
            "sáb 19 dic · 19:30 · Concierto de Navidad · Santa María del Mar, Plaça de Santa Maria 1, Barcelona",
            "2026-12-19",
            "19:30",
            "Santa María del Mar",
        ),
        (
            "Sun 20 Dec · 4pm · Lessons and Carols · York Minster",
            "2026-12-20",
            "16:00",
            "York Minster",
        ),
        (
            "Mon 21 Dec · 6pm · Interfaith peace vigil · Central Mosque",
            "2026-12-21",
            "18:00",
            "Central Mosque",
        ),
    ],
)
def test_dot_line_venue_with_street(line: str, when: str, time: str, place: str) -> None:
    d, t, where = _one(line)
    assert (d, t) == (when, time)
    assert place in where


@pytest.mark.parametrize(
    ("line", "title_part"),
    [
        # No street after the comma: a title and its subtitle, not a place.
        ("Sat 12 Dec · 7.30pm · Carols, readings and mince pies", "Carols, readings"),
        # A number after a comma that is no street: a count.
        ("Sun 13 Dec · 3pm · Family concert, 45 minutes, all ages", "Family concert"),
    ],
)
def test_dot_line_without_street_stays_title(line: str, title_part: str) -> None:
    m = parse(f"Concerts\n\n{line}\n", as_of=AS_OF).meetings[0]
    assert title_part in (m.title or "")
    assert not m.address


def test_choir_season_page() -> None:
    page = "\n".join(
        [
            "HARBOUR CITY CHORALE",
            "Concerts | Join us | Contact",
            "",
            "Christmas 2026",
            "",
            "Sat 12 Dec 2026 · 7.30pm · Carols by Candlelight · St Paul's Cathedral, 209 Flinders Lane, Melbourne",
            "Sun 13 Dec 2026 · 2pm · Carols (matinee) · St Paul's Cathedral, 209 Flinders Lane, Melbourne",
            "Sat 19 Dec 2026 · 6pm · Christmas in the Gardens · Fitzroy Gardens, Wellington Parade, East Melbourne",
            "",
            "2027 season",
            "",
            "Sat 27 Mar 2027 · 3pm · Brahms Requiem · Hamer Hall, 100 St Kilda Road, Southbank",
            "",
            "Rehearsals every Tuesday 7pm. Subscriptions close 31 January.",
        ]
    )
    ms = parse(page, as_of=AS_OF).meetings
    got = [(m.date, m.start_time, m.venue or m.address) for m in ms]
    assert [g[:2] for g in got] == [
        ("2026-12-12", "19:30"),
        ("2026-12-13", "14:00"),
        ("2026-12-19", "18:00"),
        ("2027-03-27", "15:00"),
    ]
    assert "St Paul's Cathedral" in (got[0][2] or "")
    assert "St Paul's Cathedral" in (got[1][2] or "")
    assert "Hamer Hall" in (got[3][2] or "")
