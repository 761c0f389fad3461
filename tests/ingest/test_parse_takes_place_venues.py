"""A sentence that says where the meeting takes place, its verb around the place ("findet im
Gewerkschaftshaus statt", "a lieu à la Bourse du travail", "tendrá lugar en el Ateneo", "takes
place at the Friends Meeting House"): the place alone is the venue, without the sentence's
subject, its verb or a German "statt". A sentence that names no place ("a lieu en ligne", "takes
place in January", "a lieu à partir de 19 h") gives none.

The rows are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.parse.venues import held_place

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize(("line", "lang", "venue"), [
    ("Donnerstag, 17. Dezember, 19 Uhr: Die Mitgliederversammlung findet im Gewerkschaftshaus statt.",
     "de", "Gewerkschaftshaus"),
    ("Freitag, 8. Januar, 18:30 Uhr – die Lesung findet in der Stadtbibliothek Kassel statt",
     "de", "Stadtbibliothek Kassel"),
    ("Am Samstag, 16. Januar, um 15 Uhr finden die Workshops im Jugendzentrum Linde statt, alle sind willkommen.",
     "de", "Jugendzentrum Linde"),
    ("Jeudi 17 décembre, 19 h : l'assemblée générale a lieu à la Bourse du travail.",
     "fr", "Bourse du travail"),
    ("Mardi 12 janvier à 18 h 30, la réunion aura lieu au Café des Arts, entrée libre.",
     "fr", "Café des Arts"),
    ("Samedi 23 janvier, 14 h – le débat se tiendra dans la salle Jean-Jaurès.",
     "fr", "salle Jean-Jaurès"),
    ("Jueves 17 de diciembre, 19 h: la asamblea tendrá lugar en el Ateneo Popular.",
     "es", "Ateneo Popular"),
    ("Viernes 15 de enero, 18.30 h, la charla se celebrará en la Casa del Pueblo de Getafe.",
     "es", "Casa del Pueblo de Getafe"),
    ("Thursday 17 December, 7pm: the meeting takes place at the Friends Meeting House.",
     "en", "Friends Meeting House"),
    ("Tuesday 12 January, 6.30pm – the forum will be held at the Wellington Trades Hall.",
     "en", "Wellington Trades Hall"),
])
# fmt: on
def test_the_place_a_sentence_says_the_meeting_takes_place_in_is_its_venue(line, lang, venue):
    (m,) = parse(line, as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue


@pytest.mark.parametrize(
    "text",
    [
        "die Sitzung findet online statt",
        "la réunion a lieu en ligne",
        "la asamblea tendrá lugar en línea",
        "the course takes place in January",
        "l'atelier a lieu à partir de 19 h",
        "Trades Hall, 5 Main St",
    ],
)
def test_a_sentence_that_names_no_place_gives_none(text):
    assert held_place(text) is None


PAGE = """Termine im Winter

Donnerstag, 17. Dezember, 19 Uhr: Die Mitgliederversammlung findet im Gewerkschaftshaus statt.
Samstag, 9. Januar, 11 Uhr – der Infostand findet auf dem Marktplatz statt, bei jedem Wetter.
Dienstag, 19. Januar, 18:30 Uhr, Café Rosa, Lindenstraße 4
"""


def test_a_page_of_such_sentences_gives_each_meeting_its_place():
    meetings = parse(PAGE, as_of=AS_OF, lang="de").meetings
    assert [(m.date, m.start_time, m.venue) for m in meetings] == [
        ("2026-12-17", "19:00", "Gewerkschaftshaus"),
        ("2027-01-09", "11:00", "Marktplatz"),
        ("2027-01-19", "18:30", "Café Rosa"),
    ]
