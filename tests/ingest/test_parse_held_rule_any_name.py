"""A sentence over a list of dates that says all of the list's meetings are held at one time and
place, whatever the list calls them ("Toutes les CE se tiennent à 17h30 à la Maison du Peuple",
"Todas las comisiones se celebran a las 17:30 en la Casa del Pueblo"): each date gets that time
and place, as "All branch committee meetings are held at 5.30pm at the Trades Hall" and "Alle
Vorstandssitzungen finden um 17:30 Uhr im Gewerkschaftshaus statt" do. A sentence that says
"all" without saying the meetings are held ("Tous les adhérents sont invités …") is no rule.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

RULES = [
    ("fr", "Toutes les CE se tiennent à 17h30 à la Maison du Peuple, salle du 1er étage.",
     ["lundi 7 décembre 2026", "lundi 4 janvier 2027"], "Maison du Peuple"),
    ("fr", "Tous les bureaux de la section se tiennent à 18 h au local, 3 rue Jean-Jaurès.",
     ["lundi 7 décembre 2026", "lundi 4 janvier 2027"], "local"),
    ("es", "Todas las comisiones se celebran a las 17:30 en la Casa del Pueblo, sala 1.",
     ["lunes 7 de diciembre de 2026", "lunes 4 de enero de 2027"], "Casa del Pueblo"),
    ("es", "Todos los plenarios tienen lugar a las 17:30 en el Ateneo Popular.",
     ["lunes 7 de diciembre de 2026", "lunes 4 de enero de 2027"], "Ateneo Popular"),
    ("en", "All branch committee meetings are held at 5.30pm at the Trades Hall, first-floor room.",
     ["Monday 7 December 2026", "Monday 4 January 2027"], "Trades Hall"),
    ("de", "Alle Vorstandssitzungen finden um 17:30 Uhr im Gewerkschaftshaus statt.",
     ["Montag, 7. Dezember 2026", "Montag, 4. Januar 2027"], "Gewerkschaftshaus"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "dates", "place"), RULES)
def test_each_date_takes_the_rules_time_and_place(
    lang: str, rule: str, dates: list[str], place: str
) -> None:
    page = f"1) Commission exécutive\n\n{rule}\n\n   - {dates[0]}\n   - {dates[1]}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-12-07", "17:30" if "17" in rule or "5.30" in rule else "18:00"),
        ("2027-01-04", "17:30" if "17" in rule or "5.30" in rule else "18:00"),
    ]
    assert all(m.venue == place for m in listing.meetings)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "Tous les documents sont disponibles à 17h30 au secrétariat de la Maison du Peuple."),
        ("es", "Todas las actas están disponibles a las 17:30 en la secretaría de la Casa del Pueblo."),
        ("es", "Todas las inscripciones se realizan por correo antes de las 14:00 en la secretaría."),
        ("fr", "Tous les ans ont lieu deux congrès à 9h au Palais des Congrès."),
    ],
)  # fmt: skip
def test_all_without_held_words_is_no_rule(lang: str, line: str) -> None:
    dates = {"fr": ["lundi 7 décembre 2026", "lundi 4 janvier 2027"],
             "es": ["lunes 7 de diciembre de 2026", "lunes 4 de enero de 2027"]}[lang]  # fmt: skip
    page = f"1) Commission exécutive\n\n{line}\n\n   - {dates[0]}\n   - {dates[1]}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings] == [None, None]


LONG_NAMES = [
    ("fr", "Les assemblées ordinaires du conseil d'administration ont lieu à **19 h** au "
     "**Centre Durocher**, 680, rue Raoul-Jobin (salle 2).", ["Mardi 12 janvier 2027", "Mardi 9 février 2027"],
     "Centre Durocher"),
    ("fr", "Les réunions mensuelles de la section syndicale ont lieu à 19 h à la Maison du Peuple.",
     ["Mardi 12 janvier 2027", "Mardi 9 février 2027"], "Maison du Peuple"),
    ("es", "Las reuniones ordinarias de la junta directiva se celebran a las 19:00 en el Centro Cívico Delicias.",
     ["Martes 12 de enero de 2027", "Martes 9 de febrero de 2027"], "Centro Cívico Delicias"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "dates", "place"), LONG_NAMES)
def test_a_lists_longer_name_still_makes_the_rule(
    lang: str, rule: str, dates: list[str], place: str
) -> None:
    """The list may be named in up to five words ("Les assemblées ordinaires du conseil
    d'administration ont lieu à 19 h au Centre Durocher"): each date takes the time and place."""
    page = f"## Calendrier\n\n{rule}\n\n- {dates[0]}\n- {dates[1]}\n\n## Procès-verbaux\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2027-01-12", "19:00"),
        ("2027-02-09", "19:00"),
    ]
    assert all(m.venue == place for m in listing.meetings)
