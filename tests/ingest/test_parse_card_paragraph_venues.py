"""An event card with every field in a paragraph of its own (issue 17 item 7; the library
calendar of tests/ingest/corpus/practice7): date, then the title, then the venue line, maybe
with a status badge ("Annulé", "Cancelled") above the title. The venue paragraph belongs to the
card when its name runs straight into the house number ("Bibliothèque de Rosemont 3131,
boulevard Rosemont, Montréal", Québec's "number, street"), and when a badge paragraph comes
before the title. The rows are variants written from the pattern, not copied from the corpus.
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


def _card(*paragraphs: str) -> str:
    return "Calendrier\n\n" + "\n\n".join(paragraphs) + "\n"


# fmt: off
@pytest.mark.parametrize("date_line,title,venue_line,lang,venue", [
    ("3 décembre 2026 @ 19 h 00 - 20 h 30", "Club de lecture : Kukum",
     "Bibliothèque du Plateau 465, avenue du Mont-Royal Est, Montréal, QC H2J 1W3", "fr",
     "Bibliothèque du Plateau"),
    ("December 3, 2026 @ 7:00 pm - 8:30 pm", "Book club: The Overstory",
     "Westmount Public Library 4574, rue Sherbrooke Ouest, Westmount, QC H3Z 1G1", None,
     "Westmount Public Library"),
    ("3. Dezember 2026 @ 19:00 - 20:30", "Lesekreis: Der Process",
     "Stadtteilbibliothek Nord 12, Hauptstraße, 79104 Freiburg", "de", "Stadtteilbibliothek Nord"),
    ("3 de diciembre de 2026 @ 19:00 - 20:30", "Club de lectura: Pedro Páramo",
     "Biblioteca Vasconcelos 14, Eje 1 Norte, Ciudad de México", "es", "Biblioteca Vasconcelos"),
])
# fmt: on
def test_a_venue_name_run_into_its_house_number(date_line, title, venue_line, lang, venue):
    page = _card(date_line, title, venue_line, "Pour adultes. Inscription au comptoir de prêt.")
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert venue in _places(m)
    assert title not in _places(m)


# fmt: off
@pytest.mark.parametrize("date_line,badge,title,venue_line,lang,venue,status", [
    ("10 décembre 2026 @ 19 h 30", "Annulé", "Concert : Chants de Noël",
     "Maison de la culture Mercier 8105, rue Hochelaga, Montréal, QC H1L 2K9", "fr",
     "Maison de la culture Mercier", "cancelled"),
    ("December 10, 2026 @ 7:30 pm", "Cancelled", "Carol concert",
     "Centre Greene 1090, avenue Greene, Westmount, QC H3Z 2A2", None, "Centre Greene",
     "cancelled"),
    ("20 de enero de 2027 @ 18:00", "Aplazado", "Taller de poesía",
     "Casa de la Cultura 22, Calle Mayor, 28013 Madrid", "es", "Casa de la Cultura", "postponed"),
])
# fmt: on
def test_a_badge_before_the_title_keeps_the_venue(
    date_line, badge, title, venue_line, lang, venue, status
):
    page = _card(date_line, badge, title, venue_line)
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert venue in _places(m)
    assert m.status == status


CALENDAR = """Calendrier des activités

jeu 3

3 décembre 2026 @ 19 h 00 - 20 h 30

Club de lecture : Kukum de Michel Jean

Bibliothèque de Rosemont 3131, boulevard Rosemont, Montréal, QC H1Y 1M4

Pour adultes. Inscription obligatoire au comptoir de prêt.

jeu 10

10 décembre 2026 @ 19 h 30 - 21 h 00

Annulé

Concert : Chants de Noël du monde

Maison de la culture Rosemont 6707, avenue De Lorimier, Montréal, QC H2G 2P8

En raison de la maladie d'une artiste, le concert est annulé. Les billets seront remboursés.
"""

CALENDAR_CARDS = [
    ("2026-12-03", "19:00", "Bibliothèque de Rosemont"),
    ("2026-12-10", "19:30", "Maison de la culture Rosemont"),
]


def _check(meetings: list[tuple[str, str, str]]) -> None:
    assert len(meetings) == len(CALENDAR_CARDS)
    for (d, t, places), (want_d, want_t, venue) in zip(meetings, CALENDAR_CARDS, strict=True):
        assert (d, t) == (want_d, want_t)
        assert venue in places


def test_a_library_calendar():
    listing = parse(CALENDAR, as_of=AS_OF)
    _check([(m.date, m.start_time, _places(m)) for m in listing.meetings])


def test_a_library_calendar_through_the_cli(tmp_path):
    path = tmp_path / "calendrier.txt"
    path.write_text(CALENDAR, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    _check(cli_place_rows(meetings))
