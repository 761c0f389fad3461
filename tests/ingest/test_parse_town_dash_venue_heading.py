"""A card's heading alone in its paragraph over the date that names the town, a dash, then the
venue ("Portland, OR — Powell's City of Books", "Villeurbanne – Maison du Livre, de l'Image et
du Son", "Zaragoza – Librería Antígona", "Berlin – Buchhandlung Kisch & Co.") is the meeting's
place. A town and a phrase that names no place ("Portland, OR — Join the reading and signing")
is not.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

CARDS = [
    ("en", "Portland, OR — Powell's City of Books", "• Tuesday, January 12, 2027", "• 7:00 PM 8:00 PM",
     "Powell's City of Books"),
    ("en", "Seattle, WA — Elliott Bay Book Company", "• Thursday, January 14, 2027", "• 7:00 PM",
     "Elliott Bay Book Company"),
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


def test_a_town_and_a_phrase_is_no_place() -> None:
    page = ("Events\n\nPortland, OR — Join the reading and signing\n\n• Tuesday, January 12, 2027\n"
            "• 7:00 PM 8:00 PM\n\nAnother\n\n• Tuesday, January 19, 2027\n• 7:00 PM\n")  # fmt: skip
    first = parse(page, as_of=AS_OF, lang="en").meetings[0]
    assert "reading" not in " ".join(filter(None, [first.place, first.venue, first.campus]))
