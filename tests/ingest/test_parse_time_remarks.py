"""A remark in brackets right after a meeting's start time that gives another time of day
("18:30 hrs (segunda citación 19:00 hrs)", "19 Uhr (Einlass 18:30)", "12:00 hrs (mediodía)",
"19 h (accueil dès 18 h 30)") is about the time, never the venue: the place is read from what
follows, as without the remark."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("page,lang,start,venue", [
    ("Martes 1 de diciembre, 18:30 hrs (segunda citación 19:00 hrs)\n"
     "Sede sindical, Av. Brasil 1560, Valparaíso\n", "es", "18:30", "Sede sindical"),
    ("Miércoles 6 de enero a las 12:00 hrs (mediodía), Plaza Sotomayor\n", "es", "12:00",
     "Plaza Sotomayor"),
    ("Dienstag, 1. Dezember, 19 Uhr (Einlass 18:30)\n"
     "Gewerkschaftshaus, Hauptstr. 5, 79098 Freiburg\n", "de", "19:00", "Gewerkschaftshaus"),
    ("Dienstag, 1. Dezember, 19 Uhr (Einlass ab 18.30 Uhr), Stadtbibliothek\n", "de", "19:00",
     "Stadtbibliothek"),
    ("mardi 1er décembre à 19 h (accueil dès 18 h 30)\nBourse du travail, 3 rue du Château-d'Eau, "
     "75010 Paris\n", "fr", "19:00", "Bourse du travail"),
    ("Tuesday 1 December, 7pm (doors 6.30pm)\nUnion Hall, 4 Mill Lane, Leeds\n", "en", "19:00",
     "Union Hall"),
    ("Tuesday 1 December, 7pm (second call 7.30pm), Union Hall\n", "en", "19:00", "Union Hall"),
])
# fmt: on
def test_a_time_remark_after_the_start_is_not_the_venue(page, lang, start, venue):
    [m] = parse(f"Events\n\n{page}", as_of=AS_OF, lang=lang).meetings
    assert m.start_time == start
    assert venue in (m.venue, m.place)
    assert not any(v and ("19" in v or "18" in v or "30" in v or "día" in v)
                   for v in (m.venue, m.room, m.place))  # fmt: skip


# fmt: off
@pytest.mark.parametrize("line,venue", [
    ("Tuesday 1 December, 7pm (Room 4, Union Hall)", "Union Hall"),  # a place in brackets stays
    ("Tuesday 1 December, 7pm (Trades Hall)", "Trades Hall"),
])
# fmt: on
def test_a_place_in_brackets_after_the_time_stays(line, venue):
    [m] = parse(f"Events\n\n{line}\n", as_of=AS_OF).meetings
    assert venue in " ".join(str(v) for v in (m.venue, m.room, m.place) if v)
