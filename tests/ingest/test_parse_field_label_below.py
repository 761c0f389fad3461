"""A seminar's card as a CMS's view renders it: the date, then the speaker, the talk's title and
the place each in a block of its own, the place under a field label without a colon ("Lieu" /
"MISHA, salle de conférences, …", Drupal's ``field__label``). The label joins its value, and a
card's labelled place a few blocks under its date is still the card's. A hybrid's hall keeps its
name when the label's value also says it is streamed ("… (et retransmission en ligne)"); a
label whose value is only online ("Lieu : en ligne uniquement") gives an online meeting."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 16)

CARDS = [
    ("fr", "Lundi 30 novembre 2026, 14h00 - 16h00", "Lieu", "MISHA, salle Table ronde", "MISHA"),
    ("fr", "Lundi 30 novembre 2026, 14h00 - 16h00", "Lieu", "Maison des syndicats, 1 rue Sédillot", "Maison des syndicats"),
    ("en", "Monday 30 November 2026, 2:00pm - 4:00pm", "Location", "Senate House, Room 349", "Senate House"),
    ("en", "Monday 30 November 2026, 2:00pm - 4:00pm", "Venue", "Conway Hall, 25 Red Lion Square", "Conway Hall"),
    ("de", "Montag, 30. November 2026, 14:00 - 16:00 Uhr", "Ort", "Kollegienhaus, Hörsaal 001", "Kollegienhaus"),
    ("de", "Montag, 30. November 2026, 14:00 - 16:00 Uhr", "Veranstaltungsort", "Gewerkschaftshaus, großer Saal", "Gewerkschaftshaus"),
    ("es", "Lunes 30 de noviembre de 2026, 14:00 - 16:00", "Lugar", "Facultad de Ciencias Sociales, sala 3", "Facultad de Ciencias Sociales"),
]  # fmt: skip

SPEAKERS = {
    "fr": ("Tobias Krämer (Universität Freiburg)", "« Frontières intérieures : la coopération policière »"),
    "en": ("Tobias Krämer (University of Freiburg)", "“Inner borders: police cooperation on the Upper Rhine”"),
    "de": ("Tobias Krämer (Universität Freiburg)", "„Innere Grenzen: Polizeikooperation am Oberrhein“"),
    "es": ("Tobias Krämer (Universidad de Friburgo)", "«Fronteras interiores: la cooperación policial»"),
}  # fmt: skip


def _card(lang: str, when: str, label: str, value: str) -> str:
    who, title = SPEAKERS[lang]
    return (
        f'<div class="views-row"><article><div class="field--name-field-date">{when}</div>'
        f'<h3 class="node__title"><a href="/s/1">{who}</a></h3>'
        f'<div class="field--name-field-titre">{title}</div>'
        f'<div class="field--name-field-lieu"><div class="field__label">{label}</div>'
        f'<div class="field__item">{value}</div></div></article></div>'
    )


def _page(lang: str, cards: list[str]) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>Séminaire</title></head><body><main>'
        f"<h1>Séminaire</h1><h2>Prochaines séances</h2>{''.join(cards)}</main></body></html>"
    )


@pytest.mark.parametrize(("lang", "when", "label", "value", "venue"), CARDS)
def test_the_label_under_the_title_gives_the_cards_place(
    lang: str, when: str, label: str, value: str, venue: str
) -> None:
    later = when.replace("30", "14").replace("novembre", "décembre").replace("November", "December")
    later = later.replace("noviembre", "diciembre")
    page = _page(lang, [_card(lang, when, label, value), _card(lang, later, label, value)])
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings] == ["14:00", "14:00"]
    assert all(m.venue == venue for m in listing.meetings)
    assert all(label not in (m.venue, m.city, m.place) for m in listing.meetings)


@pytest.mark.parametrize(
    ("lang", "value", "venue", "online"),
    [
        ("fr", "MISHA, salle Table ronde (et retransmission en ligne)", "MISHA", True),
        ("de", "Gewerkschaftshaus, großer Saal (mit Übertragung online)", "Gewerkschaftshaus", True),
        ("es", "Ateneo Popular, sala grande (y transmisión en línea)", "Ateneo Popular", True),
        ("fr", "en ligne uniquement", None, True),
        ("es", "en línea (Zoom)", None, True),
        ("en", "online (Zoom link on registration)", None, True),
    ],
)  # fmt: skip
def test_a_hybrids_hall_keeps_its_name(
    lang: str, value: str, venue: str | None, online: bool
) -> None:
    label = {"fr": "Lieu", "de": "Ort", "es": "Lugar", "en": "Venue"}[lang]
    when = {"fr": "Lundi 14 décembre 2026, 14h00", "de": "Montag, 14. Dezember 2026, 14:00 Uhr",
            "es": "Lunes 14 de diciembre de 2026, 14:00", "en": "Monday 14 December 2026, 2pm"}[lang]  # fmt: skip
    page = f"Séminaire\n\n{when}\n{SPEAKERS[lang][0]}\n{label}: {value}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert m.venue == venue and m.online is online


@pytest.mark.parametrize(
    ("lang", "page", "venue"),
    [
        ("en", "Reading group\n\nTuesday 15 December 2026, 7pm\nCapital, chapter 2\nMarx Memorial Library\n\n"
               "Venue\nThe library is wheelchair accessible and has a hearing loop.\n", "Marx Memorial Library"),
        ("fr", "Cercle de lecture\n\nMardi 15 décembre 2026, 19h\nConférence de Paul Durand\nBourse du travail\n\n"
               "Lieu\nLa salle est accessible aux personnes à mobilité réduite.\n", "Bourse du travail"),
        ("de", "Kolloquium\n\nMontag, 30. November 2026, 14 Uhr\nOnline-Sitzung (Zoom)\n\nZum Kolloquium\n"
               "Ort: Kollegienhaus, Hörsaal 001 (ab Januar 2027)\n", None),
        ("en", "Events\n\nSaturday 5 December 2026, 2pm\nBike workshop\n\nWe fix bikes for free; bring yours.\n\n"
               "Our next season\nVenue: Trinity Centre, from January.\n", None),
    ],
)  # fmt: skip
def test_a_pages_note_under_a_place_label_is_not_the_cards_place(
    lang: str, page: str, venue: str | None
) -> None:
    """A note about the venue under a "Venue"/"Lieu" heading, a later section's "Ort:" under an
    online session, and a label under a heading of its own are not the card's place."""
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue or (venue is None and m.venue in (None, "Bike workshop"))
    assert not (m.room or "").startswith(("The library", "La salle", "Hörsaal", "from"))
