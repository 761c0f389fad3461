"""A course card whose date block, title and meta list are paragraphs of their own, the meta
list giving time, place and price on three lines ("sáb. 19 dic. 2026" / "Arroces valencianos"
/ "• 10:00 – 13:30" / "• Mercado de Ruzafa · aula de la 1.ª planta" / "• 65 €"). The list is
the card's: before, only its first paragraph was read and the meeting had no time or place.
(holdout37's cooking school in València, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 14)

# (lang, date block, title, time line, place line, price line, venue, start)
CASES = [
    ("en", "Sat 19 Dec 2026", "Knife skills for beginners", "10:00am – 1:30pm", "Borough Market · Demo Kitchen, 1st floor",
     "£65", "Borough Market", "10:00"),
    ("de", "Sa. 19. Dez. 2026", "Brot backen wie früher", "18.30 – 21.30 Uhr", "Markthalle Neun · Küche im 1. Stock", "65 €",
     "Markthalle Neun", "18:30"),
    ("fr", "sam. 19 déc. 2026", "Bûches de Noël", "14 h – 17 h", "Halles de Lyon Paul Bocuse · atelier du 1er étage", "65 €",
     "Halles de Lyon Paul Bocuse", "14:00"),
    ("es", "sáb. 19 dic. 2026", "Arroces valencianos: paella y arròs al forn", "10:00 – 13:30", "Mercado de Ruzafa · aula de la 1.ª planta",
     "65 €", "Mercado de Ruzafa", "10:00"),
]  # fmt: skip


def _card(block: str, title: str, meta: list[str]) -> str:
    items = "\n".join(f"- {x}" for x in meta)
    return f"{block}\n\n{title}\n\n{items}\n\nBook now\n"


@pytest.mark.parametrize(
    ("lang", "block", "title", "clock", "where", "price", "venue", "start"), CASES
)
def test_the_meta_list_under_the_title_is_the_cards(
    lang, block, title, clock, where, price, venue, start
) -> None:
    page = (
        "# Courses\n\n"
        + _card(block, title, [clock, where, price])
        + "\n"
        + _card(block, title + " II", [clock, where])
    )
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [("2026-12-19", start, venue)] * 2
    assert [m.title for m in got] == [title, title + " II"]


@pytest.mark.parametrize(
    ("lang", "block", "title", "clock", "where", "price", "venue", "start"), CASES
)
def test_a_long_list_without_a_time_first_is_not_the_cards(
    lang, block, title, clock, where, price, venue, start
) -> None:
    # A list of three lines that does not open with the time is someone else's (a menu, a
    # newsletter's links): the card keeps no time from it.
    page = "# Courses\n\n" + _card(block, title, [where, price, clock])
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2026-12-19", None)]
