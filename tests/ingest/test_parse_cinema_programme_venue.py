"""A cinema's programme names the cinema once over its listing, on one line with its street,
its postcode and town and how to get there ("Kino Xenix · Kanzleistrasse 52 · 8004 Zürich ·
Tram 2/3 bis Bezirksgebäude"), and each screening by its time, title and credits ("18.15 Cléo
de 5 à 7 Agnès Varda, F 1962, 90 Min., OV/d"). The credits are no place, the cinema is every
screening's venue; a note after a dash ("– anschliessend Gespräch mit der Regisseurin") is what
follows the film, not where. Four-digit postcodes before the town (Switzerland, Austria,
Belgium) are read after a street. (holdout27's Zürich cinema page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.places import parse_address, postal_place

AS_OF = date(2026, 12, 14)

# (venue line, venue name, town, day heading, screening, note after the dash)
PAGES = [
    ("Kino Xenix · Kanzleistrasse 52 · 8004 Zürich · Tram 2/3 bis Bezirksgebäude",
     "Kino Xenix", "Zürich", "Di 15.12.",
     "18.15 Cléo de 5 à 7 Agnès Varda, F 1962, 90 Min., OV/d",
     "anschliessend Gespräch mit der Regisseurin"),
    ("Kino im Künstlerhaus · Sophienstraße 2 · 30159 Hannover · U-Bahn Kröpcke",
     "Kino im Künstlerhaus", "Hannover", "Di 15.12.",
     "18.15 Aftersun Charlotte Wells, GB 2022, 101 Min., OmU", "danach Filmgespräch"),
    ("Cinéma Galeries · Galerie de la Reine 26 · 1000 Bruxelles · Métro Gare Centrale",
     "Cinéma Galeries", "Bruxelles", "Mardi 15 décembre",
     "18 h 15 Jeanne Dielman Chantal Akerman, B 1975, 201 min, VOSTF", "suivie d'un débat"),
    ("Cinema Rio · 2 Kingsland High Street · London E8 2PB · Dalston Kingsland station",
     "Cinema Rio", "London", "Tuesday 15 December",
     "6.15pm Aftersun Charlotte Wells, UK 2022, 101 mins", "followed by a Q&A"),
    ("Cine Doré · Calle de Santa Isabel 3 · 28012 Madrid · Metro Antón Martín",
     "Cine Doré", "Madrid", "Martes 15 de diciembre",
     "18:15 Cría cuervos Carlos Saura, E 1976, 110 min., VOSE", "seguida de coloquio"),
]  # fmt: skip


def _page(line: str, day: str, screening: str, note: str) -> str:
    second = screening.replace("18.15", "20.45").replace("18 h 15", "20 h 45")
    second = second.replace("6.15pm", "8.45pm").replace("18:15", "20:45")
    return (
        f"PROGRAMM / PROGRAMME\n\n{line}\n\n{day}\n\n{screening}\n\n{second} – {note}\n\n"
        "Impressum · Datenschutz\n"
    )


@pytest.mark.parametrize("row", PAGES, ids=["ch", "de", "be", "uk", "es"])
def test_the_cinema_is_each_screenings_venue(row: tuple) -> None:
    line, name, town, day, screening, note = row
    listing = parse(_page(line, day, screening, note), as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2026-12-15", "2026-12-15"]
    for m in listing.meetings:
        assert m.venue == name
        assert m.city == town
        assert "Min" not in (m.place or "") and "min" not in (m.place or "")
        assert note not in (m.place or "") and note not in (m.venue or "")


@pytest.mark.parametrize(
    ("address", "town", "code", "country"),
    [
        ("Kanzleistrasse 52, 8004 Zürich", "Zürich", "8004", None),
        ("Mariahilfer Straße 12, A-1060 Wien", "Wien", "1060", "Austria"),
        ("23 quai du Commerce, 1080 Bruxelles", "Bruxelles", "1080", None),
        ("Rue de Bourg 8, CH-1003 Lausanne", "Lausanne", "1003", "Switzerland"),
    ],
)
def test_a_four_digit_postcode_after_a_street(
    address: str, town: str, code: str, country: str | None
) -> None:
    found = postal_place(address)
    assert found is not None and (found.city, found.postal_code) == (town, code)
    assert parse_address(address).country == country
    assert parse_address(address).city == town


@pytest.mark.parametrize(
    "text",
    [
        "Jeanne Dielman, 1975 Paris",  # a year before a town, no street
        "1984 Orwell",
        "Neue Musik 2026, 1200 Besucher",
        "Room 4, 2027 Programme",
    ],
)
def test_a_year_before_a_word_is_no_postcode(text: str) -> None:
    assert postal_place(text) is None


def test_a_place_after_a_dash_is_still_a_place() -> None:
    page = "Di 15.12.\n\n19.00 Vorpremiere: Die Nachtschicht – Filmpodium, Nüschelerstrasse 11\n"
    m = parse(page, as_of=AS_OF).meetings[0]
    assert m.venue == "Filmpodium"
