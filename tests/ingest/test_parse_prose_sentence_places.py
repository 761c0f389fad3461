"""Prose with several dates in a paragraph, each date's clause naming its own campus or venue
(and town) right before it ("… and at UC Berkeley on Saturday, February 20"; "Two meetings
are planned in Los Angeles: at UCLA on February 23 and at Cal State LA on February 24, both at
7 p.m."): each date takes the place of its own clause, the town its clause or sentence names,
and a time the rest of its sentence gives all its dates ("both at", "toutes deux à", "ambas a
las"); a sentence saying the date's time is still to come ("the time … will be announced",
"l'heure sera communiquée", "la hora se precisará") leaves it without a time, not with the time
of the date before it. The pattern is from the press release of tests/ingest/corpus/holdout13;
the rows are variants written from the pattern (cities, languages, times), not copied from it."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


def _where(m) -> str:
    return " | ".join(str(v) for v in (m.city, m.campus, m.venue, m.place, m.room, m.address) if v)


# (lang, text, [(date, time, a place word that must be in the meeting's place, one that must not)])
# fmt: off
ROWS = [
    (None, "The tour starts at Ohio State University in Columbus on Monday, March 8, at 7 p.m. "
     "and continues at Oberlin College on Wednesday, March 10; the time of the Oberlin meeting "
     "will be announced.",
     [("2027-03-08", "19:00", "Columbus", "Oberlin"), ("2027-03-10", None, "Oberlin", "Ohio")]),
    (None, "Okafor speaks at Penn State on Friday, March 12, at 5 p.m. Two meetings follow in "
     "Pittsburgh: at Duquesne University on March 15 and at Carnegie Mellon University on "
     "March 16, both at 6 p.m.",
     [("2027-03-12", "17:00", "Penn State", "Pittsburgh"),
      ("2027-03-15", "18:00", "Duquesne", "Carnegie"),
      ("2027-03-16", "18:00", "Carnegie", "Duquesne")]),
    (None, "Okafor speaks at the University of Oregon in Eugene on Tuesday, April 6, at 5 p.m. "
     "and at Portland State University on Thursday, April 8, at 6:30 p.m.",
     [("2027-04-06", "17:00", "Eugene", "Portland"),
      ("2027-04-08", "18:30", "Portland", "Oregon")]),
    (None, "The meeting in Atlanta is at Emory University on Friday, February 5, at 6 p.m., "
     "followed by a meeting in Athens at the University of Georgia on Saturday, February 6; "
     "times to be announced.",
     [("2027-02-05", "18:00", "Emory", "Georgia"), ("2027-02-06", None, "Athens", "Emory")]),
    (None, "Okafor is at Edinburgh University on Monday 8 March at 6pm. Two evenings are "
     "planned in Glasgow: at the Mitchell Library on 9 March and at Strathclyde Union on 10 "
     "March, both at 7.30pm.",
     [("2027-03-08", "18:00", "Edinburgh", "Glasgow"), ("2027-03-09", "19:30", "Mitchell", "Strathclyde"),
      ("2027-03-10", "19:30", "Strathclyde", "Mitchell")]),
    ("fr", "La tournée commence à l'Université de Lyon à Lyon le mardi 9 mars à 19 h, puis à "
     "l'Université Grenoble Alpes le jeudi 11 mars ; l'heure sera communiquée.",
     [("2027-03-09", "19:00", "Lyon", "Grenoble"), ("2027-03-11", None, "Grenoble", "Lyon")]),
    ("fr", "Okafor parle à Bordeaux le lundi 15 mars à 20 h. Deux réunions sont prévues à "
     "Toulouse : à la Bourse du Travail le 16 mars et à l'Université Jean Jaurès le 17 mars, "
     "toutes deux à 18 h.",
     [("2027-03-15", "20:00", "Bordeaux", "Toulouse"), ("2027-03-16", "18:00", "Bourse", "Jaur"), ("2027-03-17", "18:00", "Jaur", "Bourse")]),
    ("es", "La gira empieza en la Universidad de Sevilla en Sevilla el martes 9 de marzo a las "
     "19 h y sigue en la Universidad de Granada el jueves 11 de marzo; la hora se precisará.",
     [("2027-03-09", "19:00", "Sevilla", "Granada"), ("2027-03-11", None, "Granada", "Sevilla")]),
    ("es", "Okafor habla en Toledo el lunes 15 de marzo a las 20 h. Habrá dos reuniones en "
     "Madrid: en la Universidad Complutense el 16 de marzo y en la Universidad Carlos III el 17 "
     "de marzo, ambas a las 18 h.",
     [("2027-03-15", "20:00", "Toledo", "Madrid"), ("2027-03-16", "18:00", "Complutense", "Carlos"),
      ("2027-03-17", "18:00", "Carlos", "Complutense")]),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "want"), ROWS)
def test_each_date_of_a_paragraph_takes_its_own_clauses_place_and_time(lang, text, want):
    meetings = parse(text, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in meetings] == [(d, t) for d, t, _, _ in want]
    for m, (_, time, place, other) in zip(meetings, want, strict=True):
        assert place in _where(m), (m.date, _where(m))
        assert other not in _where(m), (m.date, _where(m))
        assert (m.status == "tba") == (time is None)


# A later date that opens its sentence, its place after it: the sentence's place and town.
# fmt: off
OPENING = [
    (None, "The tour opens at Temple University in Philadelphia on Tuesday, March 9, at 7 p.m. "
     "On Thursday, March 11, she will address students at Rutgers University in New Brunswick "
     "at 6 p.m.", "New Brunswick", "Rutgers University"),
    (None, "Okafor speaks at Rice University in Houston on Friday, February 5, at 6 p.m. The "
     "following evening, February 6, he speaks at Texas State University in San Marcos (Alkek "
     "Library, Room 250) at 7 p.m.", "San Marcos", "Alkek Library"),
    ("fr", "La tournée commence à l'Université de Lille à Lille le mardi 9 mars à 19 h. Le jeudi "
     "11 mars, Okafor parle à l'Université de Picardie à Amiens à 18 h.", "Amiens",
     "Université de Picardie"),
    ("es", "La gira empieza en la Universidad de Sevilla en Sevilla el martes 9 de marzo a las "
     "19 h. El jueves 11 de marzo, Okafor habla en la Universidad de Cádiz en Cádiz a las 18 h.",
     "Cádiz", "Universidad de Cádiz"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "city", "site"), OPENING)
def test_a_date_opening_its_sentence_takes_the_place_after_it(lang, text, city, site):
    first, second = parse(text, as_of=AS_OF, lang=lang).meetings
    assert second.city == city
    assert site in _where(second)
    assert first.city != city and site not in _where(first)
    assert _where(first) not in _where(second)


def test_a_sentences_town_is_the_city_of_its_dates():
    text = (
        "Okafor speaks at Reed College in Portland on Monday, March 1, at 6 p.m. "
        "Two meetings are planned in Sacramento: at UC Davis on March 2 and at Sacramento "
        "Public Library on March 3, both at 7 p.m."
    )
    meetings = parse(text, as_of=AS_OF).meetings
    assert [m.city for m in meetings][1:] == ["Sacramento", "Sacramento"]


PAGE = """\
FOR IMMEDIATE RELEASE

Historian Sam Okafor tours the Midwest in March

CHICAGO, December 1, 2026 — The society today announced a spring speaking tour.

The tour opens at Loyola University in Chicago on Monday, March 1, at 7 p.m. in the Damen
Student Center. In Milwaukee the meeting will be held at Marquette University on Wednesday,
March 3, at 6 p.m., followed by an afternoon meeting in Madison at the Memorial Union on
Saturday, March 6, beginning at 2 p.m.

Okafor then speaks at Drake University in Des Moines on Tuesday, March 9 (7 p.m., Olmsted
Center) and at Grinnell College on Thursday, March 11; the time and room of the Grinnell meeting
will be announced. Two meetings are planned in Saint Louis: at Washington University on March 15
and at Saint Louis University on March 16, both at 6:30 p.m.

All meetings are free. Register by February 20 so that rooms can be booked.
"""


def test_a_press_releases_paragraphs_give_each_date_its_own_place():
    page = PAGE.replace("\n", " ").replace("  ", "\n\n")  # one line per paragraph, as pasted
    meetings = parse(page, as_of=AS_OF).meetings
    got = [(m.date, m.start_time) for m in meetings]
    assert got == [
        ("2027-03-01", "19:00"),
        ("2027-03-03", "18:00"),
        ("2027-03-06", "14:00"),
        ("2027-03-09", "19:00"),
        ("2027-03-11", None),
        ("2027-03-15", "18:30"),
        ("2027-03-16", "18:30"),
    ]
    places = ["Chicago", "Milwaukee", "Madison", "Des Moines", "Grinnell", "Saint Louis",
              "Saint Louis"]  # fmt: skip
    for m, place in zip(meetings, places, strict=True):
        assert place in _where(m), (m.date, _where(m))
    assert "Grinnell" not in _where(meetings[3])
    assert "Washington" not in _where(meetings[6])
