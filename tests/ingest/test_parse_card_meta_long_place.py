"""An orchestra's event cards: a date badge, the title, then the card's meta line with its time
and a long place cell after a middle dot ("4pm · Mariners' Church (National Maritime Museum of
Ireland), Haigh Terrace, Dún Laoghaire"), then a blurb. A place cell over 80 characters is
still the card's place; before, the meta line was read as a heading over the blurb and the
card lost its time and place. (holdout36's community orchestra, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

CARD = (
    "<article><div class=badge>{badge}</div><h3>{title}</h3><p class=meta>{meta}</p>"
    "<p>{blurb}</p></article>"
)


@pytest.mark.parametrize(
    ("lang", "badge", "title", "meta", "blurb", "when", "venue"),
    [
        ("en", "SUN 20 DEC", "Carols by Candlelight",
         "4pm · Mariners' Church (National Maritime Museum of Ireland), Haigh Terrace, Dún Laoghaire",
         "Festive favourites with the brass section and the audience in full voice. Free entry, retiring collection.",
         ("2026-12-20", "16:00"), "Mariners' Church"),
        ("de", "SO 20 DEZ", "Adventssingen bei Kerzenlicht",
         "16 Uhr · Evangelische Stadtkirche (Chor und Kirchenschiff, Eingang Nordseite), Marktplatz 12, 73728 Esslingen am Neckar",
         "Festliche Lieder mit den Blechbläsern und dem Publikum aus voller Kehle. Eintritt frei, Kollekte am Ausgang.",
         ("2026-12-20", "16:00"), "Evangelische Stadtkirche"),
        ("fr", "DIM 20 DÉC", "Chants de Noël aux chandelles",
         "16 h · Église Saint-Pierre-le-Jeune (nef et chœur, entrée latérale), place Saint-Pierre-le-Jeune, 67000 Strasbourg",
         "Les airs de fête avec les cuivres de l'orchestre et le public à pleine voix. Entrée libre, quête à la sortie.",
         ("2026-12-20", "16:00"), "Église Saint-Pierre-le-Jeune"),
        ("es", "DOM 20 DIC", "Villancicos a la luz de las velas",
         "16:00 h · Real Iglesia Parroquial de San Ginés (nave central), calle del Arenal 13, 28013 Madrid",
         "Los clásicos navideños con la sección de metales y el público a viva voz. Entrada libre, colecta a la salida.",
         ("2026-12-20", "16:00"), "Real Iglesia Parroquial de San Ginés"),
    ],
)  # fmt: skip
def test_a_long_place_cell_after_the_time_is_the_card_s_place(
    lang, badge, title, meta, blurb, when, venue
) -> None:
    blurb += " " + blurb  # a blurb long enough to read as prose
    page = "<html><body><h1>Concerts</h1>" + CARD.format(
        badge=badge, title=title, meta=meta, blurb=blurb
    )
    page += CARD.format(
        badge="2027-01-16", title="Gala", meta="19:30 · Pavilion Theatre", blurb="Strauss."
    )
    got = parse(page + "</body></html>", as_of=AS_OF, lang=lang).meetings
    assert len(got) == 2
    assert (got[0].date, got[0].start_time) == when
    assert (got[0].venue or "").startswith(venue)
    assert title not in (got[0].venue or "")
