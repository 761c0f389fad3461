"""A university whose name joins two subjects with "and" ("University of Health and Allied
Sciences", "Kwame Nkrumah University of Science and Technology") is one campus, and its short
name in brackets after it ("(UHAS)", "(U of T)") is neither venue nor room: the building after
it is the venue. Two universities joined by "and" stay two, and a building in brackets after the
campus is kept.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

VENUES = [
    ("en", "University of Health and Allied Sciences (UHAS), Ho — Block C Auditorium",
     "University of Health and Allied Sciences", "Block C Auditorium"),
    ("en", "Kwame Nkrumah University of Science and Technology (KNUST), Great Hall",
     "Kwame Nkrumah University of Science and Technology", "Great Hall"),
    ("en", "University of Mines and Technology, Esikado Road, Lecture Hall 2",
     "University of Mines and Technology", "Lecture Hall 2"),
    ("en", "University of Toronto (U of T), Hart House", "University of Toronto", "Hart House"),
    ("de", "University of Science and Technology (KNUST), Great Hall",
     "University of Science and Technology", "Great Hall"),
    ("fr", "University of Cape Coast (UCC), Sam Jonah Library", "University of Cape Coast",
     "Sam Jonah Library"),
    ("es", "University of Arts and Design (UAD), Aula Magna", "University of Arts and Design",
     "Aula Magna"),
]  # fmt: skip

DATE = {"en": "Monday 11 January 2027, 4pm", "de": "Montag, 11. Januar 2027, 16 Uhr",
        "fr": "lundi 11 janvier 2027, 16 h", "es": "lunes 11 de enero de 2027, 16 h"}  # fmt: skip


@pytest.mark.parametrize(("lang", "venue", "campus", "building"), VENUES)
def test_one_campus_and_its_building(lang: str, venue: str, campus: str, building: str) -> None:
    page = f"MEETINGS\n\n{DATE[lang]}\n{venue}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.campus == campus
    assert building in " ".join(filter(None, [m.venue, m.room]))
    assert "(" not in (m.venue or "")


@pytest.mark.parametrize(
    ("venue", "campus", "kept"),
    [
        ("University of Toronto and York University", "University of Toronto", "York University"),
        ("Harvard University and Boston College", "Harvard University", "Boston College"),
        ("University of Ghana (Great Hall)", "University of Ghana", "Great Hall"),
    ],
)
def test_two_campuses_stay_two_and_a_bracketed_building_is_kept(
    venue: str, campus: str, kept: str
) -> None:
    (m,) = parse(f"MEETINGS\n\n{DATE['en']}\n{venue}\n", as_of=AS_OF, lang="en").meetings
    assert m.campus == campus
    assert kept in " ".join(filter(None, [m.venue, m.room]))


@pytest.mark.parametrize(
    ("line", "campus"),
    [
        ("University of Western Australia, Arts Building, Room G.59", "University of Western Australia"),
        ("University of South Australia, City West campus", "University of South Australia"),
        ("University of Melbourne Old Arts, Parkville", "University of Melbourne"),
        ("University of Melbourne Parkville, Old Arts", "University of Melbourne"),
        ("University of Sydney Law School, Room 101", "University of Sydney"),
        ("University of Sussex Students, Falmer House", "University of Sussex"),
        ("University of Oxford Saturday, Examination Schools", "University of Oxford"),
        # "New" and one more word (holdout23's a-iysse-us-south)
        ("University of New Orleans, University Center, Room 218", "University of New Orleans"),
        ("University of New Hampshire, Memorial Union Building", "University of New Hampshire"),
        ("University of New England, Armidale campus", "University of New England"),
    ],
)  # fmt: skip
def test_a_campus_of_one_more_word_before_its_building(line: str, campus: str) -> None:
    """A university named by a compass word and one more word before the comma that opens its
    building ("University of Western Australia, Arts Building") is named whole; other words
    before the comma are not its name ("University of Sussex Students, …", "University of
    Melbourne Old Arts, Parkville")."""
    page = f"Meetings\n\nThursday 25 February 2027, 1pm\n{line}\n"
    (m,) = parse(page, as_of=AS_OF, lang="en").meetings
    assert m.campus == campus
