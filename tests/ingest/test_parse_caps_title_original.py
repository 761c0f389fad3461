"""A film's title in capitals right under its date, with its original title in brackets
("ROCCO Y SUS HERMANOS (Rocco e i suoi fratelli)"), is the title, as a title in capitals alone is:
never the place."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("lang", "when", "title"),
    [
        ("es", "Jueves 3 · 22.30 hs", "ROCCO Y SUS HERMANOS (Rocco e i suoi fratelli)"),
        ("es", "Martes 1 · 20 hs", "TIEMPOS MODERNOS (Modern Times)"),
        ("en", "Thursday 3 December, 8pm", "THE TIN DRUM (Die Blechtrommel)"),
        ("de", "Donnerstag, 3. Dezember, 20 Uhr", "DIE BLECHTROMMEL (The Tin Drum)"),
        ("fr", "Jeudi 3 décembre, 20h", "ROCCO ET SES FRÈRES (Rocco e i suoi fratelli)"),
    ],
)  # fmt: skip
def test_a_caps_title_with_its_original_is_the_title(lang: str, when: str, title: str) -> None:
    page = f"Programa\n\nDICIEMBRE\n\n{when}\n{title}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert m.title == title
    assert title not in (m.venue or "") and title not in (m.place or "")


@pytest.mark.parametrize(
    ("lang", "when", "line", "venue"),
    [
        ("en", "Thursday 3 December, 8pm", "TRADES HALL (Main Room)", "TRADES HALL"),
        ("es", "Jueves 3 · 20 hs", "TEATRO REAL (Sala Verde)", "TEATRO REAL"),
    ],
)  # fmt: skip
def test_a_caps_venue_with_its_room_stays_the_place(
    lang: str, when: str, line: str, venue: str
) -> None:
    listing = parse(f"Programa\n\nDICIEMBRE\n\n{when}\n{line}\n", as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert venue.lower() in " ".join(filter(None, (m.venue, m.place))).lower()


@pytest.mark.parametrize(
    ("line", "venue", "address"),
    [("LA TABACALERA (planta baja)", "LA TABACALERA (planta baja)", None),
     ("KINDRED (upstairs room)", "KINDRED (upstairs room)", None),
     ("LE BISTROT DU COIN (12 rue Leynaud)", "LE BISTROT DU COIN", "12 rue Leynaud"),
     ("CONNE ISLAND (Koburger Str. 3)", "CONNE ISLAND", "Koburger Str. 3")],
)  # fmt: skip
def test_a_caps_name_with_its_room_or_address_stays_the_place(
    line: str, venue: str, address: str | None
) -> None:
    """Brackets that hold a room or an address, not an original title, keep the line a place;
    a street in them is its address."""
    (m,) = parse(
        f"Programa\n\nDICIEMBRE\n\nJueves 3 · 20 hs\n{line}\n", as_of=AS_OF, lang="es"
    ).meetings
    assert (m.venue, m.address) == (venue, address) and m.title != line
