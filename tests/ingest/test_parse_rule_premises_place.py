"""A group's newsletter states where and when every activity is held, naming its own premises
first and the building after them ("salvo que se indique otra cosa, todas las actividades son a
las 19:00 en nuestra sede de la Casa de las Culturas (C/ Palafox, 29)", "… in our clubroom at
the Friends House …"), or the building and then the time ("… are held in the Trades Hall at
7pm"). The entries under it take that building as their place, without the time, and an entry
that names its own place keeps it. (holdout34's Esperanto group in Zaragoza, after its blind
score: six entries had no place.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (rule sentence, the building, entries: (date line, own place or None))
PAGES = {
    "es": ("Recordad que, salvo que se indique otra cosa, todas las actividades son a las 19:00 en "
           "nuestra sede de la Casa de las Culturas (C/ Palafox, 29, primera planta).",
           "Casa de las Culturas",
           ["* Jueves 3 de diciembre - Curso para principiantes (sesión 9) y tertulia.",
            "* Jueves 10 de diciembre - Tertulia: «Vojaĝrakontoj». Traed fotos.",
            "* Sábado 19 de diciembre, 14:00 - Comida de Navidad en Casa Emilio (Avda. de Madrid, 5)."]),
    "en": ("Unless stated otherwise, all activities are at 7pm in our clubroom at the Friends "
           "House (12 Palafox Street, first floor).",
           "Friends House",
           ["* Thursday 3 December - Beginners' course (session 9) and chat.",
            "* Thursday 10 December - Conversation evening: travel stories. Bring photos.",
            "* Saturday 19 December, 2pm - Christmas lunch, Red Lion, 5 Market Place."]),
    "de": ("Sofern nicht anders angegeben, finden alle Treffen um 19 Uhr in unserem Vereinslokal "
           "im Haus der Kulturen (Palafoxstraße 29, 1. Stock) statt.",
           "Haus der Kulturen",
           ["* Donnerstag, 3. Dezember - Anfängerkurs (Teil 9) und Gespräch.",
            "* Donnerstag, 10. Dezember - Gesprächsabend: Reiseberichte. Bringt Fotos mit.",
            "* Samstag, 19. Dezember, 14 Uhr - Weihnachtsessen im Gasthaus Adler (Marktplatz 5)."]),
    "fr": ("Sauf mention contraire, toutes les activités ont lieu à 19 h dans notre local de la "
           "Maison des Cultures (rue Palafox 29, 1er étage).",
           "Maison des Cultures",
           ["* Jeudi 3 décembre - Cours pour débutants (séance 9) et discussion.",
            "* Jeudi 10 décembre - Soirée de conversation : récits de voyage. Apportez vos photos.",
            "* Samedi 19 décembre, 14 h - Repas de Noël au Café du Commerce (place du Marché 5)."]),
}  # fmt: skip
OWN = {"es": "Casa Emilio", "en": "Red Lion", "de": "Gasthaus Adler", "fr": "Café du Commerce"}


def _said(m) -> str:
    return " ".join(filter(None, [m.place, m.city, m.venue, m.room, m.address]))


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_entries_take_the_building_the_rule_names(lang: str) -> None:
    rule, building, entries = PAGES[lang]
    got = parse("Agenda\n\n" + rule + "\n\n" + "\n".join(entries) + "\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-03", "19:00"), ("2026-12-10", "19:00"), ("2026-12-19", "14:00"),
    ]  # fmt: skip
    for m in got[:2]:
        assert building in _said(m)
        assert not any(w in _said(m) for w in ("19", "7pm", "nuestra", "our ", "unserem", "notre"))
    assert OWN[lang] in _said(got[2]) and building not in _said(got[2])


@pytest.mark.parametrize(
    "lang, rule, building",
    [
        ("en", "Unless stated otherwise, all meetings are held in the Trades Hall at 7pm.",
         "Trades Hall"),
        ("fr", "Sauf mention contraire, toutes les réunions ont lieu à la Bourse du Travail à 19 h.",
         "Bourse du Travail"),
        ("es", "Salvo indicación, todas las reuniones se realizan en el Ateneo a las 19:00.",
         "Ateneo"),
    ],
)  # fmt: skip
def test_a_place_before_the_lists_time_is_the_place_without_it(
    lang: str, rule: str, building: str
) -> None:
    page = "Agenda\n\n" + rule + "\n\n" + "\n".join(PAGES[lang][2][:2]) + "\n"
    got = parse(page, as_of=AS_OF).meetings
    assert [m.start_time for m in got] == ["19:00", "19:00"]
    for m in got:
        assert building in _said(m) and not any(ch.isdigit() for ch in (m.venue or ""))
