"""In a bulleted list, a line between two bulleted date lines that has no bullet of its own goes
on the item above it ("- Do., 14. Jänner 2027, 18.30 Uhr – Was ist Faschismus?" / "  Karl-
Franzens-Universität Graz, Hörsaal 06" / "- Di., 19. Jänner …"): it is that meeting's place, not
a heading over the next date, even when it names a campus. Without bullets, a campus line right
over a date still heads it. (holdout21's b-iysse-graz and c-cinedebat-abidjan.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# lang: [(date line, place line, date, campus or venue)]
ITEMS = {
    "de": [
        ("Do., 14. Jänner 2027, 18.30 Uhr – Was ist Faschismus?",
         "Karl-Franzens-Universität Graz, Hauptgebäude, Hörsaal 06", "2027-01-14",
         "Karl-Franzens-Universität Graz"),
        ("Mi., 27. Jänner 2027, 18.00 Uhr – Gastvortrag in Wien",
         "Universität Wien, Hauptgebäude, Hörsaal 7", "2027-01-27", "Universität Wien"),
        ("Do., 4. Februar 2027, 18.00 Uhr – Vortrag: Die Lehren aus dem Februar 1934",
         "Universität Klagenfurt, Hörsaal 2", "2027-02-04", "Universität Klagenfurt"),
    ],
    "en": [
        ("Thu 14 January 2027, 6.30pm – What is fascism?", "University of Leeds, Room 4",
         "2027-01-14", "University of Leeds"),
        ("Wed 27 January 2027, 6pm – Guest talk in York", "University of York, Room 2",
         "2027-01-27", "University of York"),
        ("Thu 4 February 2027, 6pm – The lessons of 1934", "University of Hull, Room 1",
         "2027-02-04", "University of Hull"),
    ],
    "fr": [
        ("Jeudi 14 janvier 2027 à 15h00 — « Timbuktu » (séance étudiante)",
         "Université Félix Houphouët-Boigny, amphi B, Cocody", "2027-01-14",
         "Université Félix Houphouët-Boigny"),
        ("Mercredi 27 janvier 2027 à 18h — « Atlantique »", "Université de Liège, salle 2",
         "2027-01-27", "Université de Liège"),
        ("Jeudi 4 février 2027 à 18h — « Run »", "Université de Lille, amphi A", "2027-02-04",
         "Université de Lille"),
    ],
    "es": [
        ("Jueves 14 de enero de 2027, 18:30 h – ¿Qué es el fascismo?",
         "Universidad de Sevilla, aula 3", "2027-01-14", "Universidad de Sevilla"),
        ("Miércoles 27 de enero de 2027, 18:00 h – Charla en Cádiz",
         "Universidad de Cádiz, aula 2", "2027-01-27", "Universidad de Cádiz"),
        ("Jueves 4 de febrero de 2027, 18:00 h – Las lecciones de 1934",
         "Universidad de Granada, aula 1", "2027-02-04", "Universidad de Granada"),
    ],
}  # fmt: skip


def _places(listing) -> list[tuple]:
    return [(m.date, m.campus or m.venue) for m in listing.meetings]


@pytest.mark.parametrize("bullet", ["- ", "* ", "• "])
@pytest.mark.parametrize("lang", sorted(ITEMS))
def test_an_unbulleted_line_goes_on_the_item_above(lang: str, bullet: str) -> None:
    body = "\n".join(f"{bullet}{head}\n  {place}" for head, place, _, _ in ITEMS[lang])
    listing = parse(f"Programm\n\n{body}\n", as_of=AS_OF, lang=lang)
    assert _places(listing) == [(d, want) for _, _, d, want in ITEMS[lang]]


@pytest.mark.parametrize("lang", sorted(ITEMS))
def test_without_bullets_a_campus_line_still_heads_the_date_under_it(lang: str) -> None:
    body = "\n".join(f"{place}\n{head}" for head, place, _, _ in ITEMS[lang])
    listing = parse(f"Programm\n\n{body}\n", as_of=AS_OF, lang=lang)
    assert _places(listing) == [(d, want) for _, _, d, want in ITEMS[lang]]
