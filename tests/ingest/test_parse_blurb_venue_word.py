"""A club's programme states its place once ("Every Friday upstairs at The Lion and Unicorn, …
unless stated") and gives each night a line of blurb under its date and act. A blurb can use a
venue's word as a plain word in lower case ("Ballads and self-penned songs, with support from
club residents.", "avec les habitués de la maison", "con los socios de la casa"): it is no
place, and the night is at the programme's place. A line that does name a place keeps it: the
venue's word after a word that says where ("Upstairs in the back room."), or after a name in
capitals ("Village hall, back room."). German writes every noun in capitals, so a venue's word
in a German blurb is not told by its case and is not read this way. (holdout25's folk club
page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 20)

# (heading, rule line with the place, time rule, night 1, its blurb, night 2, its blurb, venue,
#  time)
PAGES = [
    ("KENTISH TOWN FOLK CLUB",
     "Every Friday upstairs at The Lion and Unicorn, 42-44 Gaisford Street, London NW5 2ED",
     "Doors 7.30pm, music from 8pm unless stated.",
     "Fri 8 Jan   MAGGIE ROWAN", "Ballads and self-penned songs, with support from club residents.",
     "Fri 15 Jan   TOM FELL", "Northumbrian songs and smallpipes.",
     "The Lion and Unicorn", "20:00"),
    ("CLUB DE CHANSON DE LA CROIX-ROUSSE",
     "Tous les vendredis au Café de la Soierie, 12 rue d'Austerlitz, 69004 Lyon",
     "Ouverture 19h30, concert à 20h sauf indication contraire.",
     "Ven. 8 janv.   MARIE ROUX", "Chansons et contes, avec les habitués de la maison.",
     "Ven. 15 janv.   TOM FELL", "Chansons du Nord et cornemuse.",
     "Café de la Soierie", "20:00"),
    ("PEÑA FLAMENCA DE TRIANA",
     "Todos los viernes en la Taberna El Arenal, Calle Pureza 12, 41010 Sevilla",
     "Puertas 20:30, cante a las 21:00 salvo que se indique otra cosa.",
     "Vie 8 ene   MARÍA ROMERO", "Cante y guitarra, con los socios de la casa.",
     "Vie 15 ene   TOMÁS FERNÁNDEZ", "Cante jondo y baile.",
     "Taberna El Arenal", "21:00"),
]  # fmt: skip


def _page(row: tuple, blurb: str | None = None) -> str:
    head, rule, times, n1, b1, n2, b2 = row[:7]
    pad = " " * 13
    return "\n".join([head, "", rule, times, "", n1, pad + (blurb or b1), "", n2, pad + b2, ""])


@pytest.mark.parametrize("row", PAGES, ids=["en", "fr", "es"])
def test_a_venue_word_in_a_blurb_is_no_place(row: tuple) -> None:
    got = parse(_page(row), as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2027-01-08", "2027-01-15"]
    assert [m.venue for m in got] == [row[7], row[7]]
    assert [m.start_time for m in got] == [row[8], row[8]]
    assert got[0].room is None  # nothing of the blurb is taken for a room


# look-alikes: the line names where the night is, so it is the night's place
OWN_PLACE = [
    ("Upstairs in the back room.", "back room"),
    ("Village hall, back room.", "Village hall"),
    ("Meet at the church gate on Mill Lane.", "church"),
]


@pytest.mark.parametrize(("blurb", "word"), OWN_PLACE, ids=["in-the", "name", "at-the"])
def test_a_line_that_says_where_stays_the_place(blurb: str, word: str) -> None:
    got = parse(_page(PAGES[0], blurb), as_of=AS_OF).meetings
    assert word in f"{got[0].venue} {got[0].room}"
