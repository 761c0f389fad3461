"""A course's dates in a sentence, the last joined by "as well as" ("an den Montagen 11., 18.
und 25. Jänner sowie 1. Februar, jeweils von 19 bis 22 Uhr, in unserer Krippenwerkstatt …").
Before, "sowie" ended the list: the first three dates had no time and the fourth was lost.
(holdout38's nativity-scene society, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

CASES = [
    ("en", "Our beginners' course meets on Mondays 11, 18 and 25 January as well as 1 February 2027, "
     "each time from 7 to 10pm, in the workshop under the village school. Fee £120."),
    ("de", "Unser Baukurs findet an den Montagen 11., 18. und 25. Jänner sowie 1. Februar 2027, jeweils "
     "von 19 bis 22 Uhr, in unserer Krippenwerkstatt im Keller der Volksschule statt. Kursbeitrag € 120,–."),
    ("fr", "Notre atelier a lieu les lundis 11, 18 et 25 janvier ainsi que le 1er février 2027, de 19 h à "
     "22 h, dans l'atelier sous l'école du village. Participation : 120 €."),
    ("es", "Nuestro taller es los lunes 11, 18 y 25 de enero así como el 1 de febrero de 2027, de 19:00 a "
     "22:00, en el taller bajo la escuela del pueblo. Cuota: 120 €."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence"), CASES)
def test_a_date_after_as_well_as_is_one_more_of_the_list(lang, sentence) -> None:
    got = parse(f"Workshop\n\n{sentence}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2027-01-11", "19:00"),
        ("2027-01-18", "19:00"),
        ("2027-01-25", "19:00"),
        ("2027-02-01", "19:00"),
    ]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The course on Monday 11 January 2027 at 7pm covers carving as well as painting."),
        ("de", "Der Kurs am Montag, 11. Jänner 2027, um 19 Uhr behandelt Schnitzen sowie Fassmalerei."),
        ("fr", "L'atelier du lundi 11 janvier 2027 à 19 h couvre la sculpture ainsi que la peinture."),
        ("es", "El taller del lunes 11 de enero de 2027 a las 19:00 trata la talla así como la pintura."),
    ],
)  # fmt: skip
def test_as_well_as_between_words_adds_no_date(lang, sentence) -> None:
    # Look-alike: "as well as" that joins two things, not two dates.
    got = parse(f"Workshop\n\n{sentence}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-11", "19:00")]
