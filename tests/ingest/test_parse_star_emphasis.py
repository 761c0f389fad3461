"""Markdown's "*emphasis*" inside a line is dropped like "_emphasis_" and "**bold**": a talk's
title or a venue's name in italics ("— *Schoolhouses of the valley* — Trades Hall", "Book talk
at *Housmans Bookshop*") reads as its words, never with its stars in a title or a venue. A
bullet's "* ", a footnote's star ("Members*") and a product "5 * 3" keep theirs; a title before
its speaker ("*Unsichtbare Arbeit*, mit Julia Kurz") keeps them for the title reader, which
drops them from the title it reads."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.text import unmark

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("line,title,venue", [
    ("**Thursday, April 15 2027, 7pm** — *Schoolhouses of the valley* — Trades Hall, 12 High Street",
     "Schoolhouses of the valley", "Trades Hall"),
    ("**Thursday, April 15 2027, 7pm** — Book talk at *Housmans Bookshop*, 5 Caledonian Road",
     "Book talk", "Housmans Bookshop"),
    ("**Donnerstag, 15. April 2027, 19 Uhr** — *Schulhäuser im Tal* — Gewerkschaftshaus, Hauptstraße 12",
     "Schulhäuser im Tal", "Gewerkschaftshaus"),
    ("**Jeudi 15 avril 2027, 19h** — *Les écoles du village* — Maison du Peuple, 12 rue Haute",
     "Les écoles du village", "Maison du Peuple"),
    ("**Jueves 15 de abril de 2027, 19:00** — *Las escuelas del valle* — Ateneo Riojano, Calle Mayor 12",
     "Las escuelas del valle", "Ateneo Riojano"),
])
# fmt: on
def test_italic_title_or_venue_reads_as_its_words(line: str, title: str, venue: str) -> None:
    (m,) = parse(f"## Programme\n\n{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.title, m.venue) == ("2027-04-15", "19:00", title, venue)
    assert not any("*" in (v or "") for v in (m.title, m.venue, m.room, m.address, m.place))


@pytest.mark.parametrize("venue", ["Literaturhaus", "Maison du Peuple", "Ateneo Riojano"])
def test_italic_venue_after_its_preposition_loses_its_stars(venue: str) -> None:
    line = f"**Thursday, April 15 2027, 7pm** — Reading at the *{venue}*, 12 High Street"
    (m,) = parse(f"## Programme\n\n{line}\n", as_of=AS_OF).meetings
    assert "*" not in " ".join(v for v in (m.title, m.venue, m.address) if v)
    assert venue in (m.venue or "")


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("* **Auckland:** Sunday 10 January", "* Auckland: Sunday 10 January"),  # a bullet
    ("Free for Members*", "Free for Members*"),  # a footnote's mark
    ("Tickets 5 * 3 rows", "Tickets 5 * 3 rows"),
    ("*Friends Meeting House, Upper Goat Lane*", "Friends Meeting House, Upper Goat Lane"),
    ("Talk — *Ice Harvesting.* Robert Lindqvist", "Talk — Ice Harvesting. Robert Lindqvist"),
    ("*a* and *b*", "a and b"),
    # a title's marks before its speaker stay for the title reader, which drops them
    ("*Unsichtbare Arbeit*, mit Julia Kurz", "*Unsichtbare Arbeit*, mit Julia Kurz"),
])
# fmt: on
def test_unmark_drops_star_emphasis_only(text: str, expected: str) -> None:
    assert unmark(text) == expected


@pytest.mark.parametrize(
    "entry,title,speaker",
    [
        ("*Unsichtbare Arbeit*, mit Julia Kurz", "Unsichtbare Arbeit", "Julia Kurz"),
        ("*The invisible workers*, with Julie Côté", "The invisible workers", "Julie Côté"),
        ("*Les travailleurs invisibles*, avec Julie Côté", "Les travailleurs invisibles", "Julie Côté"),
        ("*Los trabajadores invisibles*, con Julia Cortés", "Los trabajadores invisibles", "Julia Cortés"),
    ],
)
def test_italic_title_before_its_speaker_is_the_title(entry: str, title: str, speaker: str) -> None:
    text = f"## Programme\n\n- **Tuesday 23 February 2027, 7pm** — {entry}\n"
    (m,) = parse(text, as_of=AS_OF).meetings
    assert (m.title, m.speaker, m.venue) == (title, speaker, None)
