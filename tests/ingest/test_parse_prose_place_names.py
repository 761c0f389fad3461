"""A place named in a sentence after its date keeps its first letters when they spell an
article ("in Lewisham Town Hall", not "wisham Town Hall": the tenants' newsletter of
tests/ingest/corpus/holdout5); an article needs a space after it, but "l'" does not ("à
l'Hôtel de Ville"). The rows are variants written from the pattern, not copied from the
corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 2, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


# fmt: off
@pytest.mark.parametrize("sentence,place,lang", [
    ("Our AGM is on Thursday 12 March 2026 at 6.30pm in Lewisham Town Hall.",
     "Lewisham Town Hall", None),
    ("The next meeting is on Tuesday 10 March 2026 at 7pm at Leeds Civic Hall.",
     "Leeds Civic Hall", None),
    ("Join us on Saturday 14 March 2026 at 2pm at Elmwood Community Centre.",
     "Elmwood Community Centre", None),
    ("The rally is on Monday 16 March 2026 at 5 pm at Theatre Royal Stratford East.",
     "Theatre Royal Stratford East", None),
    ("We meet on Wednesday 11 March 2026 at 7 pm at Derby Road Chapel.",
     "Derby Road Chapel", None),
    ("The forum is on Friday 13 March 2026 at 6 pm in Demarco Hall.", "Demarco Hall", None),
    ("Sam Lee will speak on Friday, 6 March 2026 at 4 pm in Lecture Hall 3.", "Lecture Hall 3",
     None),
    ("La réunion aura lieu le jeudi 12 mars 2026 à 19 h à l'Hôtel de Ville.", "Hôtel de Ville",
     "fr"),
])
# fmt: on
def test_a_place_in_a_sentence_keeps_its_first_letters(sentence, place, lang):
    (m,) = parse(f"News\n\n{sentence}\n", as_of=AS_OF, lang=lang).meetings
    assert place in _places(m)


# fmt: off
@pytest.mark.parametrize("sentence,campus", [
    ("Dr Ana Ruiz (University of Chicago) will open the series, speaking on Wednesday, 4 March"
     " 2026 at 13:00 in Seminar Room 2.10 on “Wages and migration”.", "University of Chicago"),
    ("Prof. Omar Said (Columbia University) gives the lecture, hosted by the department, on"
     " Thursday, 5 March 2026 at 5 pm in Room 12.", "Columbia University"),
])
# fmt: on
def test_a_speakers_university_in_brackets_is_not_the_place(sentence, campus):
    (m,) = parse(f"Seminars\n\n{sentence}\n", as_of=AS_OF).meetings
    assert campus not in _places(m)
    assert m.room is not None
