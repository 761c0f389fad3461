"""An events calendar's cards, each field a paragraph: the date alone, the title, the place
("Wendake (près de Québec)"), a blurb that may name a day again with its time ("Ouverture le
vendredi 25 juin à 18 h …"). The place under a card's title is that card's, never a town
heading over the cards after it. Written from holdout44's pow-wow calendar; the rows are
variants, with a look-alike (a real town heading over cards keeps heading them)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 20)

CARDS = [
    ("fr", [("Du vendredi 25 au dimanche 27 juin 2027", "Pow-wow international de Wendake",
             "Wendake (près de Québec)", "Ouverture le vendredi 25 juin à 18 h avec le feu sacré."),
            ("Du 2 au 4 juillet 2027", "Pow-wow d'Odanak", "Odanak (Centre-du-Québec)",
             "Ouverture du site à 10 h chaque jour."),
            ("10-11 juillet 2027", "Pow-wow de Kahnawake", "Kahnawake (Montérégie)", "Grande entrée à midi.")],
     "Wendake"),
    ("en", [("Friday 25 – Sunday 27 June 2027", "Wendake International Pow Wow", "Wendake (near Quebec City)",
             "Opening on Friday 25 June at 6pm with the sacred fire."),
            ("2–4 July 2027", "Odanak Pow Wow", "Odanak (Centre-du-Québec)", "Grounds open at 10am each day."),
            ("10–11 July 2027", "Kahnawake Pow Wow", "Kahnawake (Montérégie)", "Grand entry at noon.")],
     "Wendake"),
    ("de", [("Freitag, 25. bis Sonntag, 27. Juni 2027", "Bergfest Oberstdorf", "Oberstdorf (Allgäu)",
             "Eröffnung am Freitag, 25. Juni um 18 Uhr mit dem Festumzug."),
            ("2. bis 4. Juli 2027", "Almfest Hindelang", "Bad Hindelang (Ostrachtal)", "Beginn täglich um 10 Uhr."),
            ("10.–11. Juli 2027", "Seefest Füssen", "Füssen (Ostallgäu)", "Beginn um 12 Uhr.")],
     "Oberstdorf"),
    ("es", [("Del viernes 25 al domingo 27 de junio de 2027", "Encuentro de Danzas de Tilcara",
             "Tilcara (Quebrada de Humahuaca)", "Apertura el viernes 25 de junio a las 18:00 con el fuego sagrado."),
            ("Del 2 al 4 de julio de 2027", "Fiesta de Purmamarca", "Purmamarca (Jujuy)", "Apertura a las 10:00 cada día."),
            ("10-11 de julio de 2027", "Fiesta de Maimará", "Maimará (Jujuy)", "Entrada general a mediodía.")],
     "Tilcara"),
]  # fmt: skip


def _page(cards: list[tuple[str, str, str, str]]) -> str:
    out = ["Calendar 2027", ""]
    for when, title, place, blurb in cards:
        out += [when, "", title, "", place, "", blurb, "", "See details · Add to calendar", "", ""]
    return "\n".join(out)


@pytest.mark.parametrize(("lang", "cards", "first_town"), CARDS)
def test_a_cards_place_is_no_heading_over_the_next_cards(lang, cards, first_town):
    ms = parse(_page(cards), as_of=AS_OF, lang=lang).meetings
    later = [m for m in ms if m.date >= "2027-07-01"]
    assert {m.date for m in later} >= {"2027-07-02", "2027-07-10"}
    for m in later:
        assert first_town not in " ".join(filter(None, (m.venue, m.place, m.city)))


@pytest.mark.parametrize(
    ("lang", "heading", "when", "title"),
    [
        ("fr", "WENDAKE", "samedi 3 juillet 2027, 13 h", "Grande entrée"),
        ("en", "WENDAKE", "Saturday 3 July 2027, 1pm", "Grand entry"),
        ("de", "OBERSTDORF", "Samstag, 3. Juli 2027, 13 Uhr", "Festumzug"),
        ("es", "TILCARA", "sábado 3 de julio de 2027, 13:00", "Entrada general"),
    ],
)  # fmt: skip
def test_a_town_heading_over_dated_lines_still_heads_them(lang, heading, when, title):
    page = "\n".join(
        [
            "Calendar 2027",
            "",
            heading,
            "",
            f"{when} – {title}",
            f"{when.replace('3', '4', 1)} – {title}",
            "",
        ]
    )
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 2
    assert all(heading.title() in " ".join(filter(None, (m.city, m.place, m.venue))) for m in ms)
