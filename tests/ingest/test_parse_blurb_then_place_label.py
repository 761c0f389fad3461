"""An event card whose blurb (a sentence or two) sits between its title and its labelled place
("Jue. 3 dic. · 19:00 h" / "Presentación: «…»" / "La autora conversa con …" / "Lugar: La Hoja
Suelta, C/ Sueca, 27"): the labelled line is still the card's place, as it is when the blurb is
short. A blurb followed by a label that names no place ("Eintritt: frei") takes nothing."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

BLURBS = {
    "en": "The author talks with the journalist Clara Vidal about her account of the cleaners "
    "who keep the hotels of the coast running, and signs copies afterwards.",
    "de": "Die Autorin spricht mit der Journalistin Clara Vidal über ihre Reportage über die "
    "Reinigungskräfte in den Hotels der Küste und signiert danach ihre Bücher.",
    "fr": "L'autrice s'entretient avec la journaliste Clara Vidal de son enquête sur les "
    "femmes de ménage des hôtels de la côte, suivie d'une séance de dédicaces.",
    "es": "La autora conversa con la periodista Clara Vidal sobre su crónica de las "
    "trabajadoras de la limpieza en los hoteles de la costa y firmará ejemplares.",
}

CARDS = [
    ("en", "Thu 3 Dec · 7pm", "Book launch: The Cleaners", "Venue: Housmans Bookshop, 5 Caledonian Road",
     "Housmans Bookshop", "19:00"),
    ("en", "Thursday, December 3 at 7:00 PM", "Reading: Night Shift", "Where: Green Apple Books, 506 Clement St",
     "Green Apple Books", "19:00"),
    ("de", "Do., 3.12. · 19 Uhr", "Lesung: Die Putzfrauen", "Ort: Buchhandlung Lesezeichen, Oranienstraße 12",
     "Buchhandlung Lesezeichen", "19:00"),
    ("fr", "Jeu. 3 déc. · 19h", "Rencontre : Les Femmes de chambre", "Lieu : Librairie Quilombo, 23 rue Voltaire",
     "Librairie Quilombo", "19:00"),
    ("es", "Jue. 3 dic. · 19:00 h", "Presentación: «Las que limpian»", "Lugar: La Hoja Suelta, C/ Sueca, 27 (Russafa)",
     "La Hoja Suelta", "19:00"),
    ("es", "Sáb. 5 dic. · 12:00 h", "Firma de ejemplares: «El faro»", "Lugar: Librería Traficantes de Sueños, C/ Duque de Alba, 13",
     "Traficantes de Sueños", "12:00"),
]  # fmt: skip


def _page(lang: str, cards: list[tuple[str, str, str]]) -> str:
    body = "\n\n".join(f"{when}\n{title}\n{BLURBS[lang]}\n{place}" for when, title, place in cards)
    return f"Agenda\n\n{body}\n"


@pytest.mark.parametrize(("lang", "when", "title", "place", "venue", "time"), CARDS)
def test_the_labelled_place_under_a_blurb_is_the_cards(
    lang: str, when: str, title: str, place: str, venue: str, time: str
) -> None:
    second = {"en": ("Sat 12 Dec · 11am", "Story time", "Venue: Central Library, 1 Main St"),
              "de": ("Sa., 12.12. · 11 Uhr", "Vorlesestunde", "Ort: Stadtbibliothek, Marktplatz 1"),
              "fr": ("Sam. 12 déc. · 11h", "Heure du conte", "Lieu : Médiathèque Jean-Prévost, 2 place Bir-Hakeim"),
              "es": ("Sáb. 12 dic. · 11:00 h", "Cuentacuentos", "Lugar: Biblioteca Municipal, Plaza Mayor 1")}[lang]  # fmt: skip
    listing = parse(_page(lang, [(when, title, place), second]), as_of=AS_OF, lang=lang)
    got = [(m.date, m.start_time, m.venue) for m in listing.meetings]
    assert len(got) == 2
    assert got[0][1] == time and venue in (got[0][2] or "")
    assert second[2].split(":", 1)[1].split(",")[0].strip() in (got[1][2] or "")


@pytest.mark.parametrize(
    ("lang", "when", "label"),
    [
        ("en", "Thu 3 Dec · 7pm", "Admission: free, donations welcome"),
        ("de", "Do., 3.12. · 19 Uhr", "Eintritt: frei, Spenden erwünscht"),
        ("fr", "Jeu. 3 déc. · 19h", "Entrée : libre, participation au chapeau"),
        ("es", "Jue. 3 dic. · 19:00 h", "Entrada: libre hasta completar aforo"),
    ],
)  # fmt: skip
def test_a_label_that_names_no_place_gives_none(lang: str, when: str, label: str) -> None:
    page = f"Agenda\n\n{when}\nTitle line\n{BLURBS[lang]}\n{label}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings] == ["19:00"]
    m = listing.meetings[0]
    assert not any(
        label.split(":", 1)[1].strip()[:6] in (v or "") for v in (m.venue, m.place, m.room)
    )


@pytest.mark.parametrize(
    ("lang", "when", "line"),
    [
        ("en", "Wed 16 Dec, 3pm", "Free entry, all welcome."),
        ("en", "Wed 16 Dec, 3pm", "Everyone welcome"),
        ("de", "Mi., 16.12., 15 Uhr", "Eintritt frei, alle sind willkommen."),
        ("fr", "Mer. 16 déc. à 15h", "Entrée libre dans la limite des places disponibles."),
        ("fr", "Mer. 16 déc. à 15h", "Entrée libre, ouvert à toutes et à tous."),
        ("es", "Mié. 16 dic., 15:00 h", "Entrada libre hasta completar aforo."),
        ("es", "Mié. 16 dic., 15:00 h", "Gratis, todos bienvenidos."),
    ],
)  # fmt: skip
def test_who_may_come_is_no_place(lang: str, when: str, line: str) -> None:
    """A card's line that says who may come and what it costs is never its place."""
    page = f"Agenda\n\n{when}\nStory time for children and their carers\n{line}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings] == ["15:00"]
    m = listing.meetings[0]
    assert line.split(",")[0].rstrip(".") not in " ".join(filter(None, (m.venue, m.place, m.room)))
