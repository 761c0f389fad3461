"""A sentence that says when and where a list's meetings are held may name them by any noun
when it says they recur ("Les distributions ont lieu tous les jeudis de 18 h 30 à 19 h 30 à la
Maison Folie Wazemmes", "Distributions take place every Thursday …"): the dates listed under it
take its time and place (holdout30's AMAP page, after its blind score: only "meetings",
"réunions" and the like were read as the list's). A date's own time still wins."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 8)

RULES = {
    "fr": ("Les distributions ont lieu tous les jeudis de 18 h 30 à 19 h 30 à la Maison Folie "
           "Wazemmes, 70 rue des Sarrazins, 59000 Lille.",
           ["Jeudi 10 décembre", "Jeudi 17 décembre", "Mercredi 23 décembre, de 17 h à 18 h 30"],
           "Maison Folie Wazemmes"),
    "fr2": ("Nos permanences juridiques ont lieu chaque mardi à 18 h 30 au Local Solidaire, "
            "12 rue Paul Bert, 69003 Lyon.",
            ["Mardi 8 décembre", "Mardi 15 décembre", "Mercredi 23 décembre, 17 h"],
            "Local Solidaire"),
    "en": ("Distributions take place every Thursday from 6.30pm to 7.30pm at the Maison Folie, "
           "70 rue des Sarrazins, 59000 Lille.",
           ["Thursday 10 December", "Thursday 17 December", "Wednesday 23 December, 5pm"],
           "Maison Folie"),
    "de": ("Die Ausgaben finden jeden Donnerstag von 18:30 bis 19:30 Uhr im Stadtteilhaus "
           "Linden statt.",
           ["Donnerstag, 10. Dezember", "Donnerstag, 17. Dezember", "Mittwoch, 23. Dezember, 17 Uhr"],
           "Stadtteilhaus Linden"),
    "es": ("Los repartos se hacen todos los jueves de 18:30 a 19:30 en el Centro Cívico La "
           "Sedeta.",
           ["jueves 10 de diciembre", "jueves 17 de diciembre", "miércoles 23 de diciembre, 17:00"],
           "Centro Cívico La Sedeta"),
}  # fmt: skip


@pytest.mark.parametrize("lang", RULES)
def test_the_rule_times_and_places_the_list(lang: str) -> None:
    rule, dates, place = RULES[lang]
    page = "Calendrier\n\n" + rule + "\n\n" + "\n".join(f"- {d}" for d in dates) + "\n"
    listing = parse(page, as_of=AS_OF)
    got = [(m.date[5:], m.start_time, m.venue) for m in listing.meetings]
    first, second = got[0][0], got[1][0]
    assert got == [
        (first, got[0][1], place),
        (second, got[0][1], place),
        ("12-23", "17:00", place),  # its own time
    ]
    assert got[0][1] == "18:30"


@pytest.mark.parametrize(
    "sentence",
    [
        "The markets take place every Saturday in summer, weather permitting.",
        "Les marchés ont lieu tous les samedis en été.",
    ],
)
def test_a_rule_without_a_time_times_nothing(sentence: str) -> None:
    page = f"Calendar\n\n{sentence}\n\n- Saturday 12 December\n- Saturday 19 December\n"
    assert all(m.start_time is None for m in parse(page, as_of=AS_OF).meetings)
