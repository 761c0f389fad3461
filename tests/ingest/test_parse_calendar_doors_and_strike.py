"""A calendar entry under a date heading may open with the doors' time ("Portes 19h30 – début
20h30 · Grand concert · Salle Philharmonique") or be struck through whole ("~~16 h 30 · Lecture
· Les Chiroux~~ ANNULÉ"). Both are entries: the first starts at its second time, the second is
cancelled (holdout29's festival page, after its blind score: both were read as detail lines of
the entry above, which took the concert's hall as its venue)."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 10)

DAYS = {
    "fr": ("Samedi 13 février", "14 h · Atelier jeune public · La Boverie",
           "Portes 19h30 – début 20h30 · Grand concert · Salle Philharmonique",
           "~~16 h 30 · Lecture · Les Chiroux~~ ANNULÉ"),
    "en": ("Saturday 13 February", "2pm · Children's workshop · La Boverie",
           "Doors 7.30pm – start 8.30pm · Big concert · Salle Philharmonique",
           "~~4.30pm · Reading · Les Chiroux~~ CANCELLED"),
    "de": ("Samstag, 13. Februar", "14 Uhr · Kinderwerkstatt · La Boverie",
           "Einlass 19:30 Uhr – Beginn 20:30 Uhr · Konzert · Salle Philharmonique",
           "~~16:30 Uhr · Lesung · Les Chiroux~~ ABGESAGT"),
    "es": ("sábado 13 de febrero", "14:00 · Taller infantil · La Boverie",
           "Apertura de puertas 19:30 – inicio 20:30 · Concierto · Salle Philharmonique",
           "~~16:30 · Lectura · Les Chiroux~~ CANCELADO"),
}  # fmt: skip


@pytest.mark.parametrize("bullet", ["- ", "* ", ""])
@pytest.mark.parametrize("lang", DAYS)
def test_doors_and_struck_entries_are_entries(lang: str, bullet: str) -> None:
    day, first, doors, struck = DAYS[lang]
    page = f"{day}\n{bullet}{first}\n{bullet}{struck}\n{bullet}{doors}\n"
    got = {m.start_time: m for m in parse(page, as_of=AS_OF).meetings}
    assert sorted(got) == ["14:00", "16:30", "20:30"]
    assert got["14:00"].venue == "La Boverie"  # not the concert's hall
    assert got["20:30"].venue == "Salle Philharmonique"
    assert got["16:30"].status == "cancelled"
    assert (got["16:30"].venue or "").startswith("Les Chiroux")
    assert "~" not in (got["16:30"].venue or "") + (got["16:30"].title or "")


CARDS = {
    "en": ("FRI 11 DEC", "Ruby Calloway Quartet — songs from the Great American Songbook",
           "Doors 7pm · Music 8pm · $35 / $30 conc. · Main Room"),
    "de": ("DO 10.12.", "LESUNG: Marie Lindqvist, „Das Haus am Fluss“",
           "Einlass 19:00 · Beginn 20:00 · Kleine Bühne · VVK 12 € / AK 15 €"),
    "fr": ("vendredi 11 décembre", "Trio Meuse — chansons de la vallée",
           "Portes 19 h · Concert 20 h · 15 € · Grande salle"),
    "es": ("viernes 11 de diciembre", "Cuarteto del Sur — tangos y milongas",
           "Apertura de puertas 19:00 · Inicio 20:00 · 15 € · Sala principal"),
}  # fmt: skip


@pytest.mark.parametrize("lang", CARDS)
def test_a_doors_line_under_a_cards_title_is_the_cards_time(lang: str) -> None:
    day, title, doors = CARDS[lang]
    (m,) = parse(f"{day}\n{title}\n{doors}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2026-12-11", "20:00") or (
        lang == "de" and (m.date, m.start_time) == ("2026-12-10", "20:00")
    )
