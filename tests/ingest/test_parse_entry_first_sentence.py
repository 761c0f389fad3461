"""A club calendar's entries: a time, the title with its place, then remarks in sentences of
their own ("7am – Eastern Beaches Carnival at Coogee Beach. Marshalling 6.15am. Competitors in
club cap and cossie, please."). The place is in the first sentence: after "at", "im", "à la",
"en la" in capitalised words, or after its comma ("…, Bronte SLSC clubhouse. BYO nothing –
first round's on the club."). Before, the last comma or dash of the remarks gave the place
("please", "first round's on the club"). (holdout36's surf life saving club, after its blind
score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 20)


def _entry(lang: str, day: str, entry: str):
    page = f"# Calendar\n\n### {day}\n\n- {entry}\n- **9:00** – Swim.\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(got) == 2
    return got[0]


@pytest.mark.parametrize(
    ("lang", "day", "entry", "title", "venue"),
    [
        ("en", "Sun 17 Jan", "**7am** – Eastern Beaches Carnival at Coogee Beach. Marshalling 6.15am. "
         "Competitors in club cap and cossie, please.", "Eastern Beaches Carnival", "Coogee Beach"),
        ("de", "So. 17. Jan.", "**10 Uhr** – Vereinsmeisterschaft im Strandbad Wannsee. Aufwärmen ab "
         "9.30 Uhr. Bitte mit Vereinskappe, danke.", "Vereinsmeisterschaft", "Strandbad Wannsee"),
        ("fr", "dim. 17 janv.", "**10 h** – Fête de la mer à la Plage du Prado. Accueil 9 h 30. Venez "
         "en tenue du club, merci.", "Fête de la mer", "Plage du Prado"),
        ("es", "dom. 17 ene.", "**10:00** – Travesía a nado en la Playa de la Concha. Concentración "
         "9:30. Traed gorro del club, gracias.", "Travesía a nado", "Playa de la Concha"),
    ],
)  # fmt: skip
def test_the_place_at_the_end_of_the_first_sentence(lang, day, entry, title, venue) -> None:
    m = _entry(lang, day, entry)
    assert (m.title, m.venue) == (title, venue)


@pytest.mark.parametrize(
    ("lang", "day", "entry", "venue"),
    [
        ("en", "Sat 9 Jan", "**6pm** – New members' welcome drinks on the balcony, Bronte SLSC clubhouse. "
         "BYO nothing – first round's on the club.", "Bronte SLSC clubhouse"),
        ("de", "Sa. 9. Jan.", "**18 Uhr** – Begrüßung der neuen Mitglieder auf der Terrasse, Vereinsheim am "
         "See. Getränke frei – die erste Runde zahlt der Club.", "Vereinsheim am See"),
        ("fr", "sam. 9 janv.", "**18 h** – Pot d'accueil des nouveaux membres sur la terrasse, Club-house "
         "du port. Rien à apporter – la première tournée est offerte par le club.", "Club-house du port"),
        ("es", "sáb. 9 ene.", "**18:00** – Bienvenida a los nuevos socios en la terraza, Sede del club. "
         "No hace falta traer nada – la primera ronda la paga el club.", "Sede del club"),
    ],
)  # fmt: skip
def test_the_place_after_the_first_sentence_s_comma(lang, day, entry, venue) -> None:
    m = _entry(lang, day, entry)
    assert m.venue == venue
    assert "club" not in (m.place or "").split(venue)[-1]
