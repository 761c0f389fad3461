"""A card's booking badge in capitals on a line of its own ("AGOTADO", "SOLD OUT") is no city
heading over the cards below it: before, "Agotado" became the town of every later card.
(holdout39's freestyle league cards, after its blind score.) A city's name in capitals over the
cards still is one."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (lang, the badge, two cards: date line, place line, time line)
CARDS = [
    ("en", "SOLD OUT", [("Fri 26 Feb", "Coliseum Theatre", "9pm"), ("Sat 13 Mar", "Olympia Hall", "7pm")]),
    ("de", "AUSVERKAUFT", [("Fr 26. Feb.", "Stadthalle Graz", "21 Uhr"), ("Sa 13. März", "Posthof Linz", "19 Uhr")]),
    ("fr", "COMPLET", [("ven. 26 févr.", "Théâtre Sébastopol", "21 h"), ("sam. 13 mars", "Salle Pleyel", "19 h")]),
    ("es", "AGOTADO", [("VIE 26 FEB", "Coliseo Eduardo Dibós", "21:00 h"), ("SÁB 13 MAR", "Antel Arena", "19:00 h")]),
]  # fmt: skip


def _page(badge: str, cards: list[tuple[str, str, str]], head: str = "") -> str:
    blocks = [f"{d}\n{p}\n{t}" for d, p, t in cards]
    blocks.insert(1, badge)  # the first card's badge, under it
    return "Tour\n\n" + (f"{head}\n\n" if head else "") + "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize(("lang", "badge", "cards"), CARDS)
def test_a_badge_in_capitals_is_no_city(lang: str, badge: str, cards: list) -> None:
    got = parse(_page(badge, cards), as_of=AS_OF, lang=lang).meetings
    assert len(got) == 2
    for m in got:
        fields = " ".join(filter(None, (m.city, m.venue, m.place, m.room, m.address)))
        assert badge.casefold() not in fields.casefold()
    assert cards[1][1] in (got[1].venue or got[1].place or "")


def test_a_city_in_capitals_over_the_cards_is_still_one() -> None:
    cards = [("Fri 26 Feb", "Coliseum Theatre", "9pm"), ("Sat 13 Mar", "Olympia Hall", "7pm")]
    page = "Tour\n\nMANCHESTER\n\n" + "\n\n".join(f"{d}\n{p}\n{t}" for d, p, t in cards) + "\n"
    got = parse(page, as_of=AS_OF, lang="en").meetings
    assert [m.city for m in got] == ["Manchester", "Manchester"]
