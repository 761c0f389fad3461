"""A street named after a day, written after the venue's name, is part of an address, not a
meeting's date (issue 17 items 6 and 7; the Montevideo agenda of tests/ingest/corpus/practice7):
"Sala Zitarrosa Av. 18 de Julio 1012", "Teatro Colón, Avenida 9 de Julio 1500", "Bourse du
Travail, rue du 4 Septembre 12" (the same street rule as a line that opens with the street,
tests/ingest/test_parse_street_dates.py). Such a venue line, its name running straight into the
street, belongs to the event card above it. The rows are variants written from the pattern, not
copied from the corpus.
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
@pytest.mark.parametrize("venue_line,lang,venue", [
    ("Sala Zitarrosa Av. 18 de Julio 1012, Montevideo", "es", "Sala Zitarrosa"),
    ("Plaza Cagancha Av. 18 de Julio y Río Branco, Montevideo", "es", "Plaza Cagancha"),
    ("Teatro Colón, Avenida 9 de Julio 1500, Buenos Aires", "es", "Teatro Colón"),
    ("Casa del Pueblo Calle 20 de Noviembre 5, Puebla", "es", "Casa del Pueblo"),
    ("Bourse du Travail, rue du 4 Septembre 12, Paris", "fr", "Bourse du Travail"),
    ("Salle des fêtes Place du 8 Mai 1945, Grenoble", "fr", "Salle des fêtes"),
])
# fmt: on
def test_a_street_named_after_a_day_is_no_meeting(venue_line, lang, venue):
    date_line = "4 décembre 2026 @ 19 h" if lang == "fr" else "4 diciembre 2026 @ 19:00"
    page = f"Agenda\n\n{date_line}\n\nPrésentation du livre\n\n{venue_line}\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in meetings] == ["2026-12-04"]
    assert venue in _places(meetings[0])


AGENDA = """Agenda cultural

4 diciembre @ 19:00 - 21:00

Presentación del libro «Memorias del Cerro»

Sala Zitarrosa Av. 18 de Julio 1012, Montevideo

12 enero @ 19:00 - 21:00

Cine al aire libre: «La Redota»

Biblioteca Nacional Av. 18 de Julio 1790, Montevideo
"""

AGENDA_EVENTS = [
    ("2026-12-04", "19:00", "Sala Zitarrosa"),
    ("2027-01-12", "19:00", "Biblioteca Nacional"),
]


def _check(meetings: list[tuple[str, str, str]]) -> None:
    assert len(meetings) == len(AGENDA_EVENTS)
    for (d, t, places), (want_d, want_t, venue) in zip(meetings, AGENDA_EVENTS, strict=True):
        assert (d, t) == (want_d, want_t)
        assert venue in places


def test_an_agenda_on_a_date_named_avenue():
    listing = parse(AGENDA, as_of=AS_OF)
    _check([(m.date, m.start_time, _places(m)) for m in listing.meetings])


def test_an_agenda_on_a_date_named_avenue_through_the_cli(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(AGENDA, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    _check(cli_place_rows(meetings))


# fmt: off
@pytest.mark.parametrize("venue_line,venue", [
    ("Vor dem Brandenburger Tor (Platz des 18. März), Berlin", "Brandenburger Tor"),
    ("Kundgebung am Rathaus, Platz des 17. Juni, Halle", "Rathaus"),
    ("Treffpunkt: Gewerkschaftshaus (Straße des 17. Juni 100), Berlin", "Gewerkschaftshaus"),
])
# fmt: on
def test_a_german_square_or_street_named_after_a_day_after_the_venue(venue_line, venue):
    """"Platz des 18. März" and "Straße des 17. Juni" inside a venue line, after the venue's name
    (holdout15's German chapter page): part of the address, not a second date."""
    page = f"Veranstaltungen\n\nSamstag, 23. Januar 2027, 13 Uhr\n{venue_line}\n"
    meetings = parse(page, as_of=AS_OF, lang="de").meetings
    assert [(m.date, m.start_time) for m in meetings] == [("2027-01-23", "13:00")]
    assert venue in _places(meetings[0])
