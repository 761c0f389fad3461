"""A university named with its town and nothing else on the line ("Queen's University Belfast")
is the campus in that town: the town is no venue. With a building after a comma ("Universität
Hamburg, Hauptgebäude") the building stays the venue."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("when,line", [
    ("Thursday 21 January 2027, 7pm", "Queen's University Belfast"),
    ("Thursday 21 January 2027, 7pm", "Maynooth University Kildare"),
    ("Donnerstag, 21. Januar 2027, 19 Uhr", "Leuphana Universität Lüneburg"),
    ("Jeudi 21 janvier 2027, 19 h", "Université Laval Québec"),
    ("Jueves 21 de enero de 2027, 19 h", "Universidad Complutense Madrid"),
])
# fmt: on
def test_a_university_and_its_town_alone_is_the_campus(when: str, line: str) -> None:
    (m,) = parse(f"Meetings\n\n{when}\n{line}\nRoom to be confirmed\n", as_of=AS_OF).meetings
    assert m.venue is None
    assert m.campus is not None and line.startswith(m.campus)
    assert f"{m.campus} {m.city}" == line if m.city else m.campus == line


def test_a_building_after_the_comma_stays_the_venue() -> None:
    page = "Termine\n\nDienstag, 19. Januar 2027, 18.15 Uhr\nUniversität Hamburg, Hauptgebäude\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.campus, m.venue, m.city) == ("Universität Hamburg", "Hauptgebäude", None)
