"""A list's rule may name the list's place before its time: "All work mornings are at the
Meersbrook Park Walled Garden (use the Brook Road gate) and start at 10am" over a list of dates
(holdout29's allotment diary, after its blind score: the four work mornings lost their time
and place). The entries under it take both; a sentence that names no list ("The garden is at
… and opens at 10am") is no rule."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 10)

RULES = {
    "en": ("All work mornings are at the {place} (use the Brook Road gate) and start at 10am. "
           "Tools, tea and biscuits provided.",
           "Meersbrook Park Walled Garden",
           ["Saturday 16 January – pruning the orchard", "Saturday 13 February – compost bays"]),
    "en2": ("All our sessions are held in the {place} and begin at 10am.",
            "Bellamy Room",
            ["Saturday 16 January – pruning the orchard", "Saturday 13 February – compost bays"]),
    "de": ("Alle Arbeitseinsätze finden im {place} statt und beginnen um 10 Uhr.",
           "Gemeinschaftsgarten Prinzessinnengarten",
           ["Samstag, 16. Januar – Obstbaumschnitt", "Samstag, 13. Februar – Kompost umsetzen"]),
    "fr": ("Tous les chantiers ont lieu au {place} et commencent à 10 h.",
           "jardin partagé des Lilas",
           ["samedi 16 janvier – taille des fruitiers", "samedi 13 février – compost"]),
    "es": ("Todas las jornadas son en el {place} y empiezan a las 10:00.",
           "huerto urbano Esta es una Plaza",
           ["sábado 16 de enero – poda de frutales", "sábado 13 de febrero – compostaje"]),
}  # fmt: skip


@pytest.mark.parametrize("lang", RULES)
def test_the_lists_place_then_its_time(lang: str) -> None:
    rule, place, entries = RULES[lang]
    page = "Diary\n\n" + rule.format(place=place) + "\n\n" + "\n".join(f"- {e}" for e in entries)
    listing = parse(page + "\n", as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2027-01-16", "10:00"),
        ("2027-02-13", "10:00"),
    ]
    for m in listing.meetings:
        said = " ".join(filter(None, (m.venue, m.place, m.room)))
        assert place.split()[-1] in said


@pytest.mark.parametrize(
    "sentence",
    [
        "The garden is at the Meersbrook Park Walled Garden and opens at 10am.",
        "All work mornings are great fun and start friendships.",
    ],
)
def test_a_sentence_that_names_no_list_time_is_no_rule(sentence: str) -> None:
    page = f"Diary\n\n{sentence}\n\n- Saturday 16 January – pruning the orchard\n"
    listing = parse(page, as_of=AS_OF)
    assert all(m.start_time != "10:00" for m in listing.meetings)
