"""Sports grounds are venues in every language the parser reads: "Coliseo Eduardo Dibós",
"Frontón Labrit", "Colisée de Laval", "Eduardo Dibos Coliseum", "Ernst-Abbe-Stadion",
"Erzgebirgsstadion". On a card under its date, below the title line ("Jornada 3 · Lima, Perú"),
the ground is the venue and the line above it the title; in a table's unnamed column
("Frontón"), the ground is the venue, not the town beside it. Before, the title (or the town)
was read as the venue and the ground was lost. (holdout39's freestyle league and pelota
tournament, after its blind score.) A word that only starts with a ground's name
("Stadionfest") names none."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (lang, two cards: date line, title line, ground, time line; the start times)
CARDS = [
    ("es", [("VIE 26 FEB", "Jornada 3 · Lima, Perú", "Coliseo Eduardo Dibós", "21:00 h"),
            ("SÁB 13 MAR", "Jornada 4 · Quito, Ecuador", "Coliseo General Rumiñahui", "19:00 h")]),
    ("en", [("Fri 26 Feb", "Round 3 · Lima, Peru", "Eduardo Dibos Coliseum", "9pm"),
            ("Sat 13 Mar", "Round 4 · Quito, Ecuador", "Ruminahui Coliseum", "7pm")]),
    ("fr", [("ven. 26 févr.", "Manche 3 · Québec", "Colisée Pepsi", "21 h"),
            ("sam. 13 mars", "Manche 4 · Laval", "Colisée de Laval", "19 h")]),
    ("de", [("Fr 26. Feb.", "Runde 3 · Jena", "Ernst-Abbe-Stadion", "21 Uhr"),
            ("Sa 13. März", "Runde 4 · Aue", "Erzgebirgsstadion", "19 Uhr")]),
]  # fmt: skip


def _cards(cards: list[tuple[str, str, str, str]]) -> str:
    return "Tour\n\n" + "\n\n".join("\n".join(c) for c in cards) + "\n"


@pytest.mark.parametrize(("lang", "cards"), CARDS)
def test_the_ground_under_the_title_is_the_venue(lang: str, cards: list) -> None:
    got = parse(_cards(cards), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2027-02-26", "21:00"),
        ("2027-03-13", "19:00"),
    ]
    assert [m.venue for m in got] == [c[2] for c in cards]
    assert [m.title for m in got] == [c[1] for c in cards]


def test_a_grounds_column_is_the_venue_not_the_town() -> None:
    page = (
        "Calendario\n\n| Jornada | Fecha | Hora | Frontón | Localidad | Partido |\n"
        "|---|---|---|---|---|---|\n"
        "| J4 | sáb. 09/01/2027 | 17:00 | Frontón Labrit | Pamplona | Oberena A – Lizarra |\n"
        "| J4 | dom. 10/01/2027 | 11:30 | Frontón Remontival | Estella-Lizarra | Remontival B – Tolosa |\n"
    )
    got = parse(page, as_of=AS_OF, lang="es").meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [
        ("2027-01-09", "17:00", "Frontón Labrit"),
        ("2027-01-10", "11:30", "Frontón Remontival"),
    ]


def test_a_word_that_starts_with_a_grounds_name_names_none() -> None:
    cards = [("Fr 26. Feb.", "Stadionfest · Jena", "Sportpark Nord", "21 Uhr"),
             ("Sa 13. März", "Stadionführung · Aue", "Vereinshaus Aue", "19 Uhr")]  # fmt: skip
    got = parse(_cards(cards), as_of=AS_OF, lang="de").meetings
    assert [m.venue for m in got] == ["Sportpark Nord", "Vereinshaus Aue"]
