"""A card's heading alone in its paragraph over the date that names the town, a dash, then a
venue named by its kind ("Portland, OR — Multnomah County Central Library", "Villeurbanne –
Maison du Livre, de l'Image et du Son", "Zaragoza – Librería Antígona", "Berlin – Buchhandlung
Kisch & Co.") is the meeting's place. A town and a phrase or a title in capitals ("Portland, OR
— Join the reading and signing", "Manchester - Stop The War Drive Now") is not.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

CARDS = [
    ("en", "Portland, OR — Multnomah County Central Library", "• Tuesday, January 12, 2027",
     "• 7:00 PM 8:00 PM", "Multnomah County Central Library"),
    ("en", "Seattle, WA — Town Hall Seattle", "• Thursday, January 14, 2027", "• 7:00 PM",
     "Town Hall Seattle"),
    ("fr", "Villeurbanne – Maison du Livre, de l'Image et du Son", "Jeudi 4 février 2027 à 18 h",
     "Entrée libre", "Maison du Livre"),
    ("es", "Zaragoza – Librería Antígona", "Viernes 11 de diciembre de 2026, 19:00 h", "Entrada libre",
     "Librería Antígona"),
    ("de", "Berlin – Buchhandlung Kisch & Co.", "Freitag, 11. Dezember 2026, 19 Uhr", "Eintritt frei",
     "Buchhandlung Kisch"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "heading", "when", "more", "venue"), CARDS)
def test_the_heading_names_the_place(
    lang: str, heading: str, when: str, more: str, venue: str
) -> None:
    page = f"Events\n\n{heading}\n\n{when}\n{more}\n\nAnother\n\n{when}\n{more}\n"
    first = parse(page, as_of=AS_OF, lang=lang).meetings[0]
    assert venue in " ".join(filter(None, [first.place, first.venue, first.campus]))


@pytest.mark.parametrize(
    "heading",
    ["Portland, OR — Join the reading and signing", "Manchester - Stop The War Drive Now"],
)
def test_a_town_and_a_phrase_is_no_place(heading: str) -> None:
    page = (f"Events\n\n{heading}\n\n• Tuesday, January 12, 2027\n"
            "• 7:00 PM 8:00 PM\n\nAnother\n\n• Tuesday, January 19, 2027\n• 7:00 PM\n")  # fmt: skip
    first = parse(page, as_of=AS_OF, lang="en").meetings[0]
    word = heading.split()[-1]
    assert word not in " ".join(filter(None, [first.place, first.venue, first.campus]))
