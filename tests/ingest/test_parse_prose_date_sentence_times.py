"""A paragraph of prose with several dates, a later date opening a sentence of its own whose
time comes after its place ("The following evening, February 10, Lindqvist speaks at the
University of Michigan in Ann Arbor (Weiser Hall, Room 182) at 6:30 p.m."): that date takes its
own sentence's time, not the time of the date before it. The pattern is from the press release
of tests/ingest/corpus/holdout13; the rows are variants written from the pattern (cities,
languages, times), not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
ROWS = [
    (None, "The tour opens at Temple University in Philadelphia on Tuesday, March 9, at 7 p.m. "
     "in the Student Center. The following evening, March 10, Okafor speaks at Rutgers "
     "University in New Brunswick (Scott Hall, Room 123) at 6:30 p.m.",
     [("2027-03-09", "19:00"), ("2027-03-10", "18:30")]),
    (None, "The first meeting is at the University of Texas in Austin on Friday, February 5, at "
     "6 p.m. On Monday, February 8, she will address students at Rice University in Houston "
     "at 7:15 p.m.",
     [("2027-02-05", "18:00"), ("2027-02-08", "19:15")]),
    (None, "Okafor speaks at Ohio State University in Columbus on Thursday, April 1, at 5 p.m. "
     "On Saturday, April 3, the tour reaches Indiana University in Bloomington, where the "
     "meeting begins at 2 p.m.",
     [("2027-04-01", "17:00"), ("2027-04-03", "14:00")]),
    (None, "We meet at the Miners' Institute in Blaenavon on Friday 12 February at 7pm. On "
     "Saturday 13 February a second meeting is held at Swansea University (Fulton House) "
     "at 11am.",
     [("2027-02-12", "19:00"), ("2027-02-13", "11:00")]),
    (None, "The speaker visits the University of Leeds on Tuesday 2 March at 6pm. On Thursday "
     "4 March she speaks at the University of York in the Ron Cooke Hub at 1pm.",
     [("2027-03-02", "18:00"), ("2027-03-04", "13:00")]),
    ("de", "Die Tour beginnt an der Universität Leipzig am Dienstag, 9. März, um 19 Uhr im "
     "Hörsaalgebäude. Am Mittwoch, 10. März, spricht Okafor an der Universität Jena (Hörsaal 3) "
     "um 18.30 Uhr.",
     [("2027-03-09", "19:00"), ("2027-03-10", "18:30")]),
    ("fr", "La tournée commence à l'Université de Lille le mardi 9 mars à 19 h à l'amphi B. Le "
     "mercredi 10 mars, Okafor parle à l'Université d'Amiens (bâtiment C, salle 12) à 18 h 30.",
     [("2027-03-09", "19:00"), ("2027-03-10", "18:30")]),
    ("es", "La gira comienza en la Universidad de Sevilla el martes 9 de marzo a las 19 h en el "
     "aula magna. El miércoles 10 de marzo, Okafor habla en la Universidad de Cádiz (aula 3) a "
     "las 18:30 h.",
     [("2027-03-09", "19:00"), ("2027-03-10", "18:30")]),
    # the date's own sentence says its time is still to come: no time, not the one before it
    # (tests/ingest/test_parse_prose_sentence_places.py)
    (None, "Okafor speaks at Rice University in Houston on Friday, February 5, at 6 p.m. The "
     "next day, February 6, she will meet students at Texas Southern University; the time "
     "will be announced.",
     [("2027-02-05", "18:00"), ("2027-02-06", None)]),
    # no time in the date's own sentence: the one the dates share stays
    (None, "Okafor speaks at Rice University in Houston on Friday, February 5, at 6 p.m. The "
     "next day, February 6, she will meet students at Texas Southern University.",
     [("2027-02-05", "18:00"), ("2027-02-06", "18:00")]),
]
# fmt: on


@pytest.mark.parametrize("lang,paragraph,want", ROWS)
def test_a_later_date_takes_its_own_sentences_time(lang, paragraph, want):
    got = parse(f"Press release\n\n{paragraph}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == want


def test_a_release_reads_each_dates_time_and_nothing_else():
    page = """FOR IMMEDIATE RELEASE

Speaking tour announced

BALTIMORE, December 1, 2026 — The student club today announced a speaking tour.

The tour opens at Johns Hopkins University in Baltimore on Tuesday, February 9, at 7 p.m. in the \
Glass Pavilion. The following evening, February 10, Okafor speaks at the University of Delaware \
in Newark (Gore Hall, Room 104) at 6:30 p.m.

In Pittsburgh the meeting will be held at Carnegie Mellon University on Friday, February 12, at \
6 p.m. On Monday, February 15, she will address students at Penn State in State College at 7 p.m.

All meetings are free and open to the public.
"""
    got = [(m.date, m.start_time) for m in parse(page, as_of=AS_OF).meetings]
    assert got == [
        ("2027-02-09", "19:00"),
        ("2027-02-10", "18:30"),
        ("2027-02-12", "18:00"),
        ("2027-02-15", "19:00"),
    ]
