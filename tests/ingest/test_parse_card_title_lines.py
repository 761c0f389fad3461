"""An event card's title line over its venue line (issue 17 item 7; the Facebook-style export of
tests/ingest/corpus/holdout3): under the date, a line that names no place ("Film night: Ken
Loach, The Old Oak", "Door-knocking day, Ballymun") over one that does without a street ("The
Sugar Club, Dublin") is the title, and the line under it the venue. A name over a street
address stays the venue. The rows are variants written from the pattern, not copied from the
corpus."""

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
    ("SAT, 7 MAR 2026 AT 14:00 GMT", "Film night: Bread and Roses, Ken Loach",
     "Rio Cinema, Dalston", None, "Rio Cinema"),
    ("SAT, 14 MAR 2026 AT 11:00 GMT", "Door-knocking day, Hulme",
     "Hulme Community Centre, Manchester", None, "Hulme Community Centre"),
    ("Friday 13 March 2026, 8pm", "Fundraiser gig & raffle", "Trades Club, Hebden Bridge", None,
     "Trades Club"),
    ("Samstag, 7. März 2026, 18 Uhr", "Filmabend: Die Unbeugsamen, mit Diskussion",
     "Nachbarschaftszentrum Wedding, Berlin", "de", "Nachbarschaftszentrum Wedding"),
    ("samedi 7 mars 2026 à 18h", "Soirée débat : logement et expulsions",
     "Maison des syndicats, Lyon", "fr", "Maison des syndicats"),
    ("sábado 7 de marzo de 2026, 18:00", "Cine-fórum: Ken Loach, Tierra y libertad",
     "Centro Social La Tabacalera, Madrid", "es", "Centro Social La Tabacalera"),
])
# fmt: on
def test_a_title_line_over_a_venue_line_is_the_title(date_line, title, venue_line, lang, venue):
    page = f"Events\n\n{date_line}\n{title}\n{venue_line}\nInterested · Going\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.title == title
    assert venue in _places(m)
    assert title not in _places(m)


# fmt: off
@pytest.mark.parametrize("name,street,venue", [
    ("Riverside Books", "221 River St, Troy, NY 12180", "Riverside Books"),
    ("Mehringhof", "Gneisenaustraße 2a, 10961 Berlin", "Mehringhof"),
    ("The Cobblestone", "77 King St North, Dublin", "The Cobblestone"),
])
# fmt: on
def test_a_name_over_a_street_address_stays_the_venue(name, street, venue):
    page = f"Events\n\nFriday 13 March 2026, 8pm\n{name}\n{street}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.venue == venue
