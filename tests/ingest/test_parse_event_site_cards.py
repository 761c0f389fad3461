"""An event site's card (Mobilizon, Meetup, Facebook): the date and time, the place, the
organiser, then how many have signed up ("11 participant·es", "23 going", "14 Teilnehmende").
The count is never the place; a station or a market hall is a place by its word ("Gare de
Rennes", "Halles Martenot", "Estación de Atocha", "Hauptbahnhof")."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 18)

CARDS = [
    ("fr", "sam. 6 févr. 2027 · 10:00 - 12:30", "Gare de Rennes, parvis nord", "11 participant·es", "Gare de Rennes"),
    ("fr", "sam. 20 mars 2027 · 09:00 - 13:00", "Halles Martenot, place des Lices, Rennes", "22 participant·es", "Halles Martenot"),
    ("en", "Sat 6 Feb 2027 · 10:00 AM", "Temple Meads station, main entrance", "23 going", "Temple Meads station"),
    ("de", "Sa., 6. Feb. 2027 · 10:00 - 12:30", "Hauptbahnhof Leipzig, Westhalle", "14 Teilnehmende", "Hauptbahnhof Leipzig"),
    ("es", "sáb. 6 feb. 2027 · 10:00 - 12:30", "Estación de Atocha, salida Méndez Álvaro", "8 asistentes", "Estación de Atocha"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "when", "place", "count", "venue"), CARDS)
def test_the_count_is_no_place(lang: str, when: str, place: str, count: str, venue: str) -> None:
    title = {"fr": "Balade à vélo", "en": "Bike ride", "de": "Radtour", "es": "Paseo en bici"}[lang]
    badge = "20\nmars" if "mars" in when else "6\nfévr."
    page = f"Événements\n\n{badge}\n{title}\n{when}\n{place}\nCollectif Vélo\n{count}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue
    assert count not in " ".join(filter(None, (m.venue, m.room, m.place)))


@pytest.mark.parametrize(
    "line", ["11 participant·es", "23 going", "5 interested", "14 Teilnehmende", "8 asistentes",
             "37 personnes inscrites", "0 participants"],
)  # fmt: skip
def test_counts_are_skipped_as_details(line: str) -> None:
    from eventmap.ingest.parse.details import _detail_text

    assert _detail_text(line).skip
