"""A tour date's card whose one venue line holds the venue's name and street ("Riverside Books,
14 Bridge Street, Bath BA2 4AS"), followed by a long note about the event ("Launch party – the
book's official launch …"), keeps that line as its place: a venue block with its street, then
a note, as a name over a street line already was; the line is no heading of the note. From
the bookshop's tour page of tests/ingest/corpus/holdout11; the rows are variants written from
the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
NEXT = "Sat 23 Jan · 2pm\n\nHeron Books, Norwich\n"


# fmt: off
@pytest.mark.parametrize("when,venue,note,lang,want", [
    ("Thu 14 Jan 2027 · 7pm", "Mill Street Books, 22 Mill Street, Frome BA11 1AB",
     "Launch party – the book’s official launch with a glass of something and a reading. Free, "
     "but please book.", "en", ("2027-01-14", "19:00", "Mill Street Books", "Frome")),
    ("Tue 19 Jan · 6.30pm", "Gulliver's Bookshop, 4 High Street, Wimborne BH21 1HR",
     "In conversation with the poet Ann Gray about the sea, salt and the old roads of Dorset. "
     "Tickets £5, redeemable against the book.", "en",
     ("2027-01-19", "18:30", "Gulliver's Bookshop", "Wimborne")),
    ("Wed 20 Jan · 7pm", "Café Lux · 12 Market Place, Hexham NE46 1XQ",
     "An evening of readings and music with the author and friends, with cake from the café "
     "kitchen. Free, all welcome.", "en", ("2027-01-20", "19:00", "Café Lux", "Hexham")),
    ("Do., 21. Januar · 19 Uhr", "Buchhandlung Lehmkuhl, Leopoldstraße 45, 80802 München",
     "Lesung und Gespräch mit der Autorin über Salz, Handel und die alten Wege über die Alpen. "
     "Eintritt frei, um Anmeldung wird gebeten.", "de",
     ("2027-01-21", "19:00", "Buchhandlung Lehmkuhl", "München")),
    ("jeu. 21 janvier · 19 h", "Librairie Les Volcans, 80 boulevard François-Mitterrand, 63000 "
     "Clermont-Ferrand", "Rencontre et dédicace avec l’autrice, suivie d’un verre de l’amitié "
     "offert par la librairie. Entrée libre.", "fr",
     ("2027-01-21", "19:00", "Librairie Les Volcans", "Clermont-Ferrand")),
    ("jue. 21 de enero · 19:00", "Librería Proteo, Calle Puerta de Buenaventura 3, 29008 Málaga",
     "Presentación del libro con la autora, que conversará con el periodista Juan Ruiz sobre "
     "las rutas de la sal. Entrada libre.", "es",
     ("2027-01-21", "19:00", "Librería Proteo", "Málaga")),
])
# fmt: on
def test_the_venue_line_over_a_note_is_the_place(when, venue, note, lang, want):
    page = f"Tour dates\n\n{when}\n\n{venue}\n\n{note}\n\n{NEXT}"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms][:1] == [want[:2]]
    assert (ms[0].venue, ms[0].city) == want[2:]


PAGE = """The Salt Road – tour dates

Thu 14 Jan 2027 · 7pm

Mill Street Books, 22 Mill Street, Frome BA11 1AB

Launch party – the book’s official launch with a glass of something and a reading. Free, but please book.

Sat 16 Jan · 2.30pm

Heron Books, Norwich

Reading and signing. Tickets £5, redeemable against the book.

Tue 19 Jan · 6.30pm

Gulliver's Bookshop, 4 High Street, Wimborne BH21 1HR

In conversation with the poet Ann Gray about the sea, salt and the old roads of Dorset. Tickets £5.
"""


def test_a_tour_page_keeps_each_venue():
    ms = parse(PAGE, as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.venue) for m in ms] == [
        ("2027-01-14", "19:00", "Mill Street Books"),
        ("2027-01-16", "14:30", "Heron Books"),
        ("2027-01-19", "18:30", "Gulliver's Bookshop"),
    ]
