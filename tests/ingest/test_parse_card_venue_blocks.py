"""A concert or event card's venue block in its own paragraph under the date line (issue 17
item 7; the season pages of tests/ingest/corpus/holdout6): title, blank, date line, blank, then
venue name, street and town. The venue block belongs to the date above it even when

- the venue's name holds an abbreviation with a full stop ("Trinity-St. Paul's Centre",
  "Dr. Martin Luther King Jr. Hall"): a short capitalised abbreviation ends no sentence;
- a note in prose follows the block ("This concert has been postponed ..."): a paragraph with
  a street address is a venue block, not a heading over a blurb;
- the date line is a row of cells that gives only its time ("Sat, Dec 19, 2026 | 7:30 PM"):
  such a row has its title and place in the lines under it, as a card does.

The rows are variants written from the pattern (other names, languages and layouts), not copied
from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


def _card(title: str, date_line: str, block: list[str], after: str = "Tickets") -> str:
    return "\n\n".join([title, date_line, "\n".join(block), after]) + "\n"


# fmt: off
@pytest.mark.parametrize("date_line,block,lang,venue", [
    ("Saturday, April 17, 2027 at 7:30 p.m.",
     ["Jeanne Lamon Hall, Trinity-St. Paul's Centre", "427 Bloor Street West", "Toronto, ON"],
     None, "Jeanne Lamon Hall"),
    ("Friday, March 5, 2027, 8 pm",
     ["Dr. Martin Luther King Jr. Hall, Main Campus", "1200 Lake Avenue", "Rochester, NY 14607"],
     None, "Martin Luther King"),
    ("Sonntag, 7. März 2027, 17 Uhr",
     ["Kirche St. Peter und Paul, großer Saal", "Kirchplatz 3", "79098 Freiburg"],
     "de", "St. Peter und Paul"),
    ("samedi 6 mars 2027 à 20 h",
     ["Église St. Jean-Baptiste de Belleville, salle paroissiale", "139 rue de Belleville",
      "75019 Paris"], "fr", "Jean-Baptiste"),
    ("sábado 6 de marzo de 2027, 19:00",
     ["Auditorio Sta. María de la Ribera, planta baja del centro", "Calle Sabino 225",
      "06400 Ciudad de México"], "es", "Sta. María"),
])
# fmt: on
def test_an_abbreviation_in_the_venue_name_ends_no_sentence(date_line, block, lang, venue):
    page = _card("Spring concert", date_line, block)
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert venue in _places(m)


# fmt: off
@pytest.mark.parametrize("date_line,block,note,lang,venue", [
    ("Saturday, March 20, 2027, 7:30 PM",
     ["Metropolitan Hall", "56 Queen Street East, Toronto"],
     "This concert has been postponed to next season. Ticket holders will be contacted by the "
     "box office with the new date as soon as it is known.", None, "Metropolitan Hall"),
    ("Samstag, 20. März 2027, 19:30 Uhr",
     ["Gemeindehaus Lutherkirche", "Habsburgerstraße 2, 79104 Freiburg"],
     "Das Konzert findet im großen Saal statt, der Eingang liegt auf der Rückseite des Hauses "
     "und ist barrierefrei über die Rampe im Hof zu erreichen.", "de", "Gemeindehaus Lutherkirche"),
    ("samedi 20 mars 2027 à 19 h 30",
     ["Temple du Change", "12 rue Mercière, 69002 Lyon"],
     "Le concert a lieu dans la nef ; les places ne sont pas numérotées et la billetterie ouvre "
     "une heure avant le début du concert sur place.", "fr", "Temple du Change"),
    ("sábado 20 de marzo de 2027, 19:30",
     ["Casa de la Cultura", "Calle Mayor 14, 28013 Madrid"],
     "El concierto se celebra en el patio si el tiempo lo permite; en caso de lluvia se "
     "traslada al salón de actos de la planta baja del edificio.", "es", "Casa de la Cultura"),
])
# fmt: on
def test_a_venue_block_followed_by_a_note_stays_the_venue(date_line, block, note, lang, venue):
    page = _card("Requiem", date_line, block, after=note)
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert venue in _places(m)


def test_a_name_line_over_a_blurb_is_still_no_venue():
    """Without a street, the paragraph over a blurb stays a heading (the rule before)."""
    page = (
        "Saturday, March 20, 2027, 7:30 PM\n\nMozart and Haydn\n\n"
        "Our choir sings two masses with the chamber orchestra, and the evening closes with a "
        "reception in the foyer for all our friends and supporters.\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert "Mozart" not in _places(m)


# fmt: off
@pytest.mark.parametrize("date_line,block,lang,venue,start", [
    ("Sat, Dec 19, 2026 | 7:30 PM", ["Metropolitan Hall", "56 Queen Street East",
                                      "Toronto, ON M5C 2Z3"], None, "Metropolitan Hall", "19:30"),
    ("Fri 11 Dec 2026 | 19:00", ["Old Fruitmarket", "Candleriggs, Glasgow G1 1NQ"], None,
     "Old Fruitmarket", "19:00"),
    ("Sa., 12.12.2026 | 18 Uhr", ["Paulussaal", "Dreisamstraße 3", "79098 Freiburg"], "de",
     "Paulussaal", "18:00"),
    ("sam. 12 déc. 2026 | 20 h", ["Salle Molière", "18 quai de Bondy", "69005 Lyon"], "fr",
     "Salle Molière", "20:00"),
    ("sáb 12 dic 2026 | 19:00", ["Teatro Lara", "Calle Corredera Baja de San Pablo 15",
                                 "28004 Madrid"], "es", "Teatro Lara", "19:00"),
])
# fmt: on
def test_a_row_with_only_its_time_takes_the_venue_block_under_it(
    date_line, block, lang, venue, start
):
    page = _card("Carols by Candlelight", date_line, block)
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == start
    assert venue in _places(m)


def test_a_row_with_its_place_keeps_the_row():
    """A row that names its place is an entry: the paragraph under it is no venue of its."""
    page = "Sat, Dec 19, 2026 | 7:30 PM | Massey Hall\n\nWinter programme notes\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert "Massey Hall" in _places(m)
    assert "Winter" not in _places(m)


SEASON = """Harbour Singers: 2026-27 season

Carols by Candlelight

Sat, Dec 19, 2026 | 7:30 PM

Metropolitan Hall
56 Queen Street East
Toronto, ON M5C 2Z3

Buy tickets

Mozart: Requiem POSTPONED

Saturday, March 20, 2027, 7:30 PM

Grace Church on-the-Hill
300 Lonsdale Road, Toronto

This concert has been postponed to the 2027-28 season. Ticket holders will be contacted.

Brahms: Ein deutsches Requiem

Sat. April 17 at 7:30 p.m. and Sun. April 18 at 3 p.m.

Jeanne Lamon Hall, Trinity-St. Paul's Centre
427 Bloor Street West
Toronto, ON M5S 1X7

Buy tickets
"""

SEASON_PLACES = [
    ("2026-12-19", "19:30", "Metropolitan Hall"),
    ("2027-03-20", "19:30", "Grace Church on-the-Hill"),
    ("2027-04-17", "19:30", "Jeanne Lamon Hall"),
    ("2027-04-18", "15:00", "Jeanne Lamon Hall"),
]


def _check_season(meetings: list[tuple[str, str, str]]) -> None:
    assert len(meetings) == len(SEASON_PLACES)
    for (d, t, places), (want_d, want_t, venue) in zip(meetings, SEASON_PLACES, strict=True):
        assert (d, t) == (want_d, want_t)
        assert venue in places


def test_a_season_page_of_cards():
    listing = parse(SEASON, as_of=AS_OF)
    _check_season([(m.date, m.start_time, _places(m)) for m in listing.meetings])


def test_a_season_page_of_cards_through_the_cli(tmp_path):
    path = tmp_path / "season.txt"
    path.write_text(SEASON, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    _check_season(cli_place_rows(meetings))
