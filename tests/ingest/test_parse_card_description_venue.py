"""An events card: its title, its date and time alone on a line, then a paragraph that tells
what happens and, inside a sentence, where ("Festive buffet, raffle and carols … at the Clarke
Foley Centre, Cunliffe Road, Ilkley LS29 9DZ. Tickets £12 …"), or in a last sentence that only
names the place ("Come and meet the group leaders … . Clarke Foley Centre (upstairs room, lift
available)."). That venue is the meeting's; before, the paragraph became the next campaign's
blurb and the meeting had no place. A paragraph that names no venue with its street stays a
description. (holdout31's u3a page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 2)

# (title, date line, description with the venue in a sentence, venue, town)
CARDS = {
    "en": [("Christmas Social", "Tue 15 Dec, 12 noon",
            "Festive buffet, raffle and carols with the Singing for Pleasure group at the Clarke "
            "Foley Centre, Cunliffe Road, Ilkley LS29 9DZ. Tickets £12 from the committee.",
            "Clarke Foley Centre", "Ilkley"),
           ("Summer Lunch", "Fri 25 Jun, 12.30pm",
            "Two-course lunch at The Craiglands Hotel, Cowpasture Road, Ilkley LS29 8RQ. Menu "
            "choices and payment to Rosemary at the December meeting.",
            "Craiglands Hotel", "Ilkley")],
    "de": [("Weihnachtsfeier", "Di., 15. Dezember, 12 Uhr",
            "Festliches Buffet, Tombola und Weihnachtslieder mit dem Seniorenchor im Bürgerhaus "
            "Süd, Hauptstraße 12, 34117 Kassel. Karten für 12 € beim Vorstand.",
            "Bürgerhaus Süd", "Kassel"),
           ("Sommeressen", "Fr., 25. Juni, 12.30 Uhr",
            "Zwei-Gänge-Menü im Hotel Gude, Frankfurter Straße 299, 34134 Kassel. Anmeldung und "
            "Bezahlung bei Rosemarie beim Dezembertreffen.",
            "Hotel Gude", "Kassel")],
    "fr": [("Fête de Noël", "Mar. 15 décembre, 12 h",
            "Buffet, tombola et chants de Noël avec la chorale des aînés à la Maison des "
            "associations, 6 rue Berthe de Boissieux, 38000 Grenoble. Billets à 12 € auprès du "
            "bureau.",
            "Maison des associations", "Grenoble"),
           ("Déjeuner d'été", "Ven. 25 juin, 12 h 30",
            "Repas à deux plats à l'Hôtel Mercure, 12 boulevard Maréchal Foch, 38000 Grenoble. "
            "Menus et paiement auprès de Rosemarie à la réunion de décembre.",
            "Hôtel Mercure", "Grenoble")],
    "es": [("Fiesta de Navidad", "Mar. 15 de diciembre, 12:00",
            "Bufé, rifa y villancicos con el coro de mayores en el Centro Cívico Delicias, Calle "
            "Duquesa Villahermosa 159, 50010 Zaragoza. Entradas a 12 € en la junta.",
            "Centro Cívico Delicias", "Zaragoza"),
           ("Comida de verano", "Vie. 25 de junio, 12:30",
            "Comida de dos platos en el Hotel Palafox, Calle Marqués de Casa Jiménez 1, 50004 "
            "Zaragoza. Menús y pago a Rosa en la reunión de diciembre.",
            "Hotel Palafox", "Zaragoza")],
}  # fmt: skip

# A last sentence that only names the place, its remark in brackets.
CLOSING = {
    "en": ("Coffee Morning", "Wed 20 Jan, 10.30am – 12 noon",
           "Come and meet the group leaders and find out what's on. Clarke Foley Centre "
           "(upstairs room, lift available).", "Clarke Foley Centre"),
    "de": ("Kaffeerunde", "Mi., 20. Januar, 10.30 Uhr",
           "Lernen Sie die Gruppenleiter kennen und erfahren Sie, was es gibt. Bürgerhaus Süd "
           "(Saal im ersten Stock, mit Aufzug).", "Bürgerhaus Süd"),
    "fr": ("Café d'accueil", "Mer. 20 janvier, 10 h 30",
           "Venez rencontrer les animateurs des groupes et découvrir nos activités. Maison des "
           "associations (salle du premier, ascenseur).", "Maison des associations"),
    "es": ("Café de bienvenida", "Mié. 20 de enero, 10:30",
           "Ven a conocer a los coordinadores de los grupos y descubre las actividades. Centro "
           "Cívico Delicias (sala de arriba, con ascensor).", "Centro Cívico Delicias"),
}  # fmt: skip


def _page(cards: list[tuple[str, str, str]]) -> str:
    blocks = ["Social events", ""]
    for title, when, text in cards:
        blocks += [title, "", when, "", text, ""]
    return "\n".join(blocks)


@pytest.mark.parametrize("lang", list(CARDS))
def test_the_venue_in_a_cards_description_is_its_place(lang: str) -> None:
    cards = CARDS[lang]
    got = parse(_page([c[:3] for c in cards]).encode(), as_of=AS_OF).meetings
    assert len(got) == len(cards)
    for m, (_, _, _, venue, town) in zip(got, cards, strict=True):
        assert m.venue == venue
        assert m.city == town
        assert m.address is not None and town in m.address


@pytest.mark.parametrize("lang", list(CLOSING))
def test_a_closing_sentence_that_names_the_place(lang: str) -> None:
    title, when, text, venue = CLOSING[lang]
    card = CARDS[lang][0]
    got = parse(_page([card[:3], (title, when, text)]).encode(), as_of=AS_OF).meetings
    assert len(got) == 2
    assert got[1].venue == venue
    assert got[1].room is not None  # the bracket's remark: where in the building


# Look-alikes: a description with no venue and street, or a venue only in passing.
@pytest.mark.parametrize(
    "text",
    [
        "Festive buffet, raffle and carols. Tickets £12 from the committee.",
        "Bring a plate to share; we will sing carols at the end. Tickets £12.",
        "Gemeinsames Essen und Lieder. Karten beim Vorstand.",
        "Repas partagé et chants. Billets auprès du bureau.",
    ],
)
def test_a_description_without_a_venue_gives_none(text: str) -> None:
    got = parse(_page([("Christmas Social", "Tue 15 Dec, 12 noon", text)]).encode(), as_of=AS_OF)
    assert len(got.meetings) == 1
    m = got.meetings[0]
    assert m.venue is None and m.address is None


def test_a_name_with_an_abbreviation_is_not_split() -> None:
    """ "St. James Cathedral" keeps its "St.": no sentence ends at the abbreviation."""
    text = "Carol service at St. James Cathedral, 106 King Street East, Toronto, ON M5C 2E9. All welcome."
    got = parse(_page([("Carols", "Tue 15 Dec, 7pm", text)]).encode(), as_of=AS_OF).meetings
    assert len(got) == 1
    assert got[0].venue == "St. James Cathedral"
