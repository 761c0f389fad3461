"""A card's two heading lines over its date, one naming a venue by its kind ("Julia Ideson
Building", "Stadtbibliothek Mitte", "Maison des Syndicats", "Biblioteca Pública") and one the
event ("Houston public meeting", "Öffentliche Versammlung"), in either order: the venue is the
place and the other the title. Two lines neither of which names a venue keep the last as the
place, as before.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

CARDS = [
    ("en", "Julia Ideson Building", "Houston public meeting", "Sun, Jan 31 · 2:00 PM CST"),
    ("de", "Stadtbibliothek Mitte", "Öffentliche Versammlung", "So., 31.01. · 14:00 Uhr"),
    ("fr", "Maison des Syndicats", "Réunion publique à Nantes", "Dim. 31/01 · 14 h"),
    ("es", "Biblioteca Pública", "Reunión abierta en Oviedo", "Dom. 31/01 · 14:00 h"),
]  # fmt: skip

FIRST = {"en": "Tue, Jan 26 · 7:00 PM CST", "de": "Di., 26.01. · 19:00 Uhr",
         "fr": "Mar. 26/01 · 19 h", "es": "Mar. 26/01 · 19:00 h"}  # fmt: skip


@pytest.mark.parametrize("order", ["venue first", "title first"])
@pytest.mark.parametrize(("lang", "venue", "title", "when"), CARDS)
def test_the_venue_line_is_the_place(
    lang: str, venue: str, title: str, when: str, order: str
) -> None:
    heads = [venue, title] if order == "venue first" else [title, venue]
    page = "\n".join(["Events", "", "Trades Hall", FIRST[lang], "Room 210", "•", *heads, when,
                      "500 McKinney St", "RSVP"]) + "\n"  # fmt: skip
    m = parse(page, as_of=AS_OF, lang=lang).meetings[-1]
    assert m.place == venue
    assert m.title == title


def test_two_lines_without_a_venue_keep_the_last_as_the_place() -> None:
    page = "\n".join(["Events", "", "Trades Hall", FIRST["en"], "Room 210", "•", "Spring tour",
                      "Houston", "Sun, Jan 31 · 2:00 PM CST", "RSVP"]) + "\n"  # fmt: skip
    m = parse(page, as_of=AS_OF, lang="en").meetings[-1]
    assert "Houston" in (m.place or "")


def test_a_city_beats_a_title_with_a_venues_word() -> None:
    page = "\n".join(["Events", "", "Trades Hall", FIRST["en"], "Room 210", "•", "Library Workers Rally",
                      "Houston", "Sun, Jan 31 · 2:00 PM CST", "RSVP"]) + "\n"  # fmt: skip
    m = parse(page, as_of=AS_OF, lang="en").meetings[-1]
    assert "Houston" in (m.place or "") and m.title == "Library Workers Rally"
