"""The lines under a date that come before the line naming the venue are the event's title
and blurb (issue 17 item 7; the printed flyer of tests/ingest/corpus/practice7): "CONFÉRENCE /
Villes et climat : habiter un monde / plus chaud / par Marie Dupont / Salle Pétrarque · 2 place
Pétrarque". The venue line is the first that names a venue by its kind (salle, médiathèque,
hall, Saal, biblioteca...) or gives a street (then the line above it is the venue's name); a
name wrapped over two lines ("Friends Meeting" / "House, 6 Mount Street") starts on the line
above. The rows are variants written from the pattern, not copied from the corpus.
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


# fmt: off
@pytest.mark.parametrize("date_line,block,lang,venue,title", [
    ("mercredi 2 décembre 2026, 18 h 30",
     ["Villes et climat : habiter un monde", "plus chaud", "par Marie Dupont, géographe",
      "Salle Pétrarque · 2 place Pétrarque"], "fr", "Salle Pétrarque", "Villes et climat"),
    ("Wednesday 2 December 2026, 6.30pm",
     ["Cities and climate: living in a", "warmer world", "with Mary Dunne, geographer",
      "Friends Meeting House · 6 Mount Street"], None, "Friends Meeting House", "Cities"),
    ("Mittwoch, 2. Dezember 2026, 18.30 Uhr",
     ["Stadt und Klima: Leben in einer", "wärmeren Welt", "mit Maria Dorn, Geographin",
      "Bürgersaal im Alten Rathaus"], "de", "Bürgersaal", "Stadt und Klima"),
    ("miércoles 2 de diciembre de 2026, 18:30",
     ["Ciudades y clima: vivir en un", "mundo más cálido", "con María Durán, geógrafa",
      "Biblioteca Municipal Central · Calle Mayor 4"], "es", "Biblioteca Municipal Central",
     "Ciudades y clima"),
])
# fmt: on
def test_lines_above_the_venue_line_are_the_title(date_line, block, lang, venue, title):
    page = "Programme\n\n" + date_line + "\n" + "\n".join(block) + "\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert venue in _places(m)
    assert m.title is not None and m.title.startswith(title)
    assert title not in _places(m)


# fmt: off
@pytest.mark.parametrize("block,venue", [
    (["Mehringhof", "Gneisenaustraße 2a, 10961 Berlin"], "Mehringhof"),
    (["The Sugar Club", "8 Leeson Street Lower, Dublin 2"], "The Sugar Club"),
    (["Friends Meeting", "House, 6 Mount Street,", "Manchester M2 5NS"], "Friends Meeting"),
])
# fmt: on
def test_a_name_over_its_street_stays_the_venue(block, venue):
    page = "Programme\n\nThursday 7 January 2027, 7.30pm\n" + "\n".join(block) + "\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert venue in _places(m)


FLYER = """UNIVERSITÉ POPULAIRE

jeudi 10 décembre 2026, 19 h
ANNULÉ
CONFÉRENCE
Histoire des luttes viticoles en
Languedoc (1907)
Salle Pétrarque

samedi 13 février 2027, 14 h 30
ATELIER
Généalogie : retrouver ses ancêtres
Médiathèque Émile Zola · 218 bd de l'Aéroport
"""

FLYER_EVENTS = [
    ("2026-12-10", "19:00", "Salle Pétrarque"),
    ("2027-02-13", "14:30", "Médiathèque Émile Zola"),
]


def _check(meetings: list[tuple[str, str, str]]) -> None:
    assert len(meetings) == len(FLYER_EVENTS)
    for (d, t, places), (want_d, want_t, venue) in zip(meetings, FLYER_EVENTS, strict=True):
        assert (d, t) == (want_d, want_t)
        assert venue in places
        assert "Histoire" not in places and "Généalogie" not in places


def test_a_flyer():
    listing = parse(FLYER, as_of=AS_OF)
    _check([(m.date, m.start_time, _places(m)) for m in listing.meetings])


def test_a_flyer_through_the_cli(tmp_path):
    path = tmp_path / "flyer.txt"
    path.write_text(FLYER, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    _check(cli_place_rows(meetings))
