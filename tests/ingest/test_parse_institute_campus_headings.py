"""A chapter's heading naming an institute as its campus, maybe with its short name in brackets:
"Tata Institute of Social Sciences (TISS)", "Indian Institute of Science (IISc)". The institute
is the meeting's campus, the short name no town; a town in brackets still is one ("University
of Ghana (Legon)"). (holdout22's a-iysse-india.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.places import parse_place

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("heading,campus,city", [
    ("Tata Institute of Social Sciences (TISS)", "Tata Institute of Social Sciences", None),
    ("Indian Institute of Science (IISc)", "Indian Institute of Science", None),
    ("Indian Institute of Management Ahmedabad", "Indian Institute of Management Ahmedabad", None),
    ("Nigerian Institute of International Affairs", "Nigerian Institute of International Affairs",
     None),
    ("Université Lumière Lyon 2 (UL2)", "Université Lumière Lyon 2", None),
    ("Universidad Nacional Autónoma de México (UNAM)", "Universidad Nacional Autónoma de México",
     None),
    ("Freie Universität Berlin (FU)", "Freie Universität Berlin", None),
    ("University of Toronto (U of T)", "University of Toronto", None),
    # a town in brackets is the campus's town
    ("University of Ghana (Legon)", "University of Ghana", "Legon"),
    ("Wayne State University (Detroit)", "Wayne State University", "Detroit"),
])
# fmt: on
def test_the_heading_s_campus_and_town(heading: str, campus: str, city: str | None) -> None:
    p = parse_place(heading)
    assert (p.campus, p.city) == (campus, city)


PAGE = """Mumbai

Tata Institute of Social Sciences (TISS)

When: Wednesday, 9th Dec. 2026, 3 p.m.

Venue: Seminar Hall 2, Malti and Jal A.D. Naoroji Campus, V.N. Purav Marg, Deonar, Mumbai 400088

Register

Bengaluru

Indian Institute of Science (IISc)

Date: Tuesday, 1st December 2026 | Time: 6 PM IST

Venue: Lecture Hall 3, Centre for Contemporary Studies, C.V. Raman Avenue, Bengaluru 560012
"""


def test_a_chapter_page_of_institutes() -> None:
    ms = parse(PAGE, as_of=AS_OF, lang="en").meetings
    assert [(m.date, m.start_time, m.campus) for m in ms] == [
        ("2026-12-09", "15:00", "Tata Institute of Social Sciences"),
        ("2026-12-01", "18:00", "Indian Institute of Science"),
    ]
    assert all(m.city not in ("TISS", "IISc") for m in ms)
