"""An events calendar's cards, each field a paragraph: the date alone, the title, the town with
its region in brackets ("Lac-Simon (Abitibi)"), then a blurb that opens with when it starts
("Grande entrée à 13 h les deux jours.", "Doors open 7pm.", "Einlass 19 Uhr.", "Inicio a las
10:00."): the town is the card's place and the blurb's opening time its start. Written from
holdout44's pow-wow calendar; the rows are variants, with look-alikes (a blurb whose time is not
its start stays no start)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 20)

CARDS = [
    ("fr", "Samedi 5 juin 2027", "Pow-wow de Lac-Simon", "Lac-Simon (Abitibi)",
     "Grande entrée à 13 h. Danses, tambours, artisanat et cuisine traditionnelle.", "13:00"),
    ("fr", "Samedi 10 juillet 2027", "Pow-wow de Kahnawake", "Kahnawake (Montérégie)",
     "Grande entrée à midi. Prévoyez de l'argent comptant.", "12:00"),
    ("en", "Saturday 5 June 2027", "Lac-Simon Pow Wow", "Lac-Simon (Abitibi)",
     "Grand entry at 1pm. Dancing, drumming, crafts and traditional food.", "13:00"),
    ("de", "Samstag, 5. Juni 2027", "Bergfest", "Oberstdorf (Allgäu)",
     "Einlass 18 Uhr. Es spielt die Blaskapelle aus dem Nachbarort.", "18:00"),
    ("es", "sábado 5 de junio de 2027", "Fiesta de Purmamarca", "Purmamarca (Jujuy)",
     "Inicio a las 10:00. Música, danzas y comidas típicas.", "10:00"),
]  # fmt: skip


def _page(when: str, title: str, town: str, blurb: str) -> str:
    return "\n".join(
        ["Calendar 2027", "", when, "", title, "", town, "", blurb, "", "See details", ""]
    )


@pytest.mark.parametrize(("lang", "when", "title", "town", "blurb", "time"), CARDS)
def test_a_cards_blurb_gives_its_start(lang, when, title, town, blurb, time):
    ms = parse(_page(when, title, town, blurb), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in ms] == [time]


# (the German card's town line is not read as its place yet: a one-word title over it)
@pytest.mark.parametrize(
    ("lang", "when", "title", "town", "blurb", "time"), [c for c in CARDS if c[0] != "de"]
)
def test_a_cards_town_line_is_its_place(lang, when, title, town, blurb, time):
    ms = parse(_page(when, title, town, blurb), as_of=AS_OF, lang=lang).meetings
    assert town.split(" (")[0] in " ".join(filter(None, (ms[0].venue, ms[0].place, ms[0].city)))


@pytest.mark.parametrize(("lang", "when", "title", "town", "blurb", "time"), CARDS)
def test_a_blurb_that_opens_otherwise_gives_no_start(lang, when, title, town, blurb, time):
    other = {"fr": "Danses et tambours, puis repas à 13 h.", "en": "Dancing and drumming, then a meal at 1pm.",
             "de": "Musik und Tanz, danach Essen um 18 Uhr.", "es": "Música y danzas, luego comida a las 10:00."}[lang]  # fmt: skip
    ms = parse(_page(when, title, town, other), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in ms] == [None]
