"""Dates listed in a sentence whose shared time comes later in it, after a few words that say
when ("… am 12. Januar, 9. Februar und 9. März statt, immer dienstags um 18 Uhr im
Stadtteilhaus …"): each date is a meeting at that time. Before, the time was looked for only
right after the last date, and the three meetings were dropped as dates "mentioned in a
sentence without a time". (holdout28's food bank newsletter, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

ROWS = [
    ("Our volunteer meetings in the new year will be held on 12 January, 9 February and 9 March, "
     "always on a Tuesday evening, starting at 6pm", "in the Neighbourhood House, 18 Mill Street, Leeds LS9 8AB.",
     "Neighbourhood House"),
    ("Unsere Helfertreffen finden im neuen Jahr am 12. Januar, 9. Februar und 9. März statt, "
     "immer dienstags um 18 Uhr", "im Stadtteilhaus Äußere Neustadt, Prießnitzstraße 18, 01099 Dresden.",
     "Stadtteilhaus"),
    ("Nos réunions de bénévoles auront lieu cette année les 12 janvier, 9 février et 9 mars, "
     "toujours le mardi soir à 18 h", "à la Maison de quartier, 18 rue du Moulin, 35000 Rennes.",
     "Maison de quartier"),
    ("Las reuniones de voluntarios serán el año próximo el 12 de enero, 9 de febrero y 9 de marzo, "
     "siempre los martes por la tarde a las 18:00", "en la Casa del Barrio, Calle Mayor 18, 28013 Madrid.",
     "Casa del Barrio"),
]  # fmt: skip
IDS = ["en", "de", "fr", "es"]


@pytest.mark.parametrize("joiner", [" ", "\n"], ids=["one-line", "wrapped"])
@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_a_time_later_in_the_sentence_is_the_lists(row: tuple, joiner: str) -> None:
    dates, place, venue = row
    ms = parse(f"Newsletter\n\n{dates}{joiner}{place}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-01-12", "18:00"),
        ("2027-02-09", "18:00"),
        ("2027-03-09", "18:00"),
    ]
