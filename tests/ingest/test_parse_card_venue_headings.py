"""A chapter's page of cards: the venue's name as the card's heading ("<h3>Casa Orlandai</h3>"),
then the date and time, the room, the street and a button ("Evento en Facebook"). A heading that
opens with a venue's word and goes on as a name ("Ateneu Barcelonès", "Biblioteca Sant Antoni –
Joan Oliva", "Maison des Associations") is that card's venue, never a town heading over the
cards after it; a button's label ("Facebook-Veranstaltung", "Réserver", "Más información") is no
place at all. A title that starts with such a word and goes on in lower case ("Bourse aux
jouets") is no venue. (holdout21's d-iysse-barcelona and c-theatre-bordeaux.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# lang: [(heading, date line, room, street)], the button's label
CARDS = {
    "es": ([
        ("Ateneu Barcelonès", "Jueves, 10 de diciembre de 2026 · 18:00 h", "Sala Verdaguer",
         "C/ de la Canuda, 6, 08002 Barcelona"),
        ("Biblioteca Sant Antoni – Joan Oliva", "Jueves, 28 de enero de 2027 · 19:00 h",
         "Sala polivalente", "C/ del Comte Borrell, 44, 08015 Barcelona"),
        ("Casa Orlandai", "Jueves, 4 de febrero de 2027 · 18:00 h", "Sala 2",
         "C/ de Jaume Piquet, 23, 08017 Barcelona"),
    ], "Evento en Facebook"),
    "de": ([
        ("Haus der Jugend", "Donnerstag, 10. Dezember 2026, 18 Uhr", "Raum 2",
         "Hauptstraße 6, 04109 Leipzig"),
        ("Bibliothek Plagwitz", "Donnerstag, 28. Januar 2027, 19 Uhr", "Lesesaal",
         "Karl-Heine-Straße 44, 04229 Leipzig"),
        ("Zentrum Süd", "Donnerstag, 4. Februar 2027, 18 Uhr", "Saal 1",
         "Bornaische Straße 23, 04277 Leipzig"),
    ], "Facebook-Veranstaltung"),
    "fr": ([
        ("Maison des Associations", "Jeudi 10 décembre 2026, 18h", "Salle 2",
         "6 rue Berthelot, 69007 Lyon"),
        ("Bibliothèque Jean Macé", "Jeudi 28 janvier 2027, 19h", "Salle d'animation",
         "2 rue Domer, 69007 Lyon"),
        ("Salle Léo Ferré", "Jeudi 4 février 2027, 18h", "Grande salle",
         "23 rue Jaboulay, 69007 Lyon"),
    ], "Réserver"),
    "en": ([
        ("Casa Latina", "Thursday 10 December 2026, 6pm", "Room 2", "6 Mill Lane, Leeds LS6 2AB"),
        ("Centro Espanol", "Thursday 28 January 2027, 7pm", "Main hall",
         "44 Park Road, Leeds LS6 1AA"),
        ("Teatro Pavilion", "Thursday 4 February 2027, 6pm", "Studio",
         "23 Park Lane, Leeds LS1 2AB"),
    ], "Facebook event"),
}  # fmt: skip


def _html(lang: str) -> str:
    cards, button = CARDS[lang]
    body = "".join(
        f'<h3 class="wp-block-heading">{head}</h3>\n<p><strong>{when}</strong><br>{room}<br>'
        f'{street}<br>\n<a href="https://example.org/e/{n}">{button}</a></p>\n'
        for n, (head, when, room, street) in enumerate(cards)
    )
    return f"<html><body><h2>Próximas reuniones</h2>\n{body}</body></html>"


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_a_venue_heading_is_its_card_place(lang: str) -> None:
    listing = parse(_html(lang), as_of=AS_OF, lang=lang)
    cards, button = CARDS[lang]
    assert len(listing.meetings) == len(cards)
    for m, (head, _, room, _) in zip(listing.meetings, cards, strict=True):
        assert head in (m.place, m.venue, m.campus)
        assert room in (m.venue, m.room)
        assert m.city is None or m.city not in {h for h, *_ in cards}
        assert button not in [m.place, m.venue, m.room, m.city, m.address]


# fmt: off
@pytest.mark.parametrize("lang,title", [
    ("fr", "Bourse aux jouets"),
    ("es", "Casa abierta para familias"),
    ("de", "Haus voller Geschichten"),
    ("en", "Centre stage for tenants"),
])
# fmt: on
def test_a_title_in_lower_case_after_a_venue_word_is_no_venue(lang: str, title: str) -> None:
    cards, button = CARDS[lang]
    _, when, _, _ = cards[0]
    page = (f"<html><body><h2>Agenda</h2>\n<h3>{title}</h3>\n<p>{when}</p>\n"
            f"<p>Hall de la MJC Bréquigny</p>\n</body></html>")  # fmt: skip
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert title not in (m.place, m.venue)
