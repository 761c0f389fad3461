"""A colloquium's line after its date that names only the speaker, with a title ("Prof. Dr.",
"Dra.", "Mme") and where they work in brackets ("Prof. Dr. Clara Yilmaz (Universität
Hamburg)"), gives the speaker, not the place: the series' stated place stays. A line that names
a hall in brackets without a titled person ("Vortrag (Großer Hörsaal)") is read as before.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 10, 1)

SERIES = [
    ("de", "Zeit: dienstags, 17:15 Uhr\nOrt: Großer Hörsaal, Gebäude 46", "Großer Hörsaal",
     "16.02.2027   Prof. Dr. Clara Yilmaz (Universität Hamburg)\n             Röntgenlaser", "Clara Yilmaz"),
    ("de", "Zeit: dienstags, 17:15 Uhr\nOrt: Großer Hörsaal, Gebäude 46", "Großer Hörsaal",
     "23.02.2027   PD Dr. Felix Rauch (Charles University Prague)\n             Laser", "Felix Rauch"),
    ("en", "Time: Tuesdays, 5.15pm\nVenue: Lecture Theatre 1, Physics Building", "Lecture Theatre 1",
     "16/02/2027   Prof. Clara Yilmaz (Stockholm University)\n             X-ray lasers", "Clara Yilmaz"),
    ("fr", "Horaire : le mardi à 17 h 15\nLieu : amphi Cauchy, bâtiment B", "amphi Cauchy",
     "16/02/2027   Mme Claire Dubois (Université de Montréal)\n             Lasers à rayons X", "Claire Dubois"),
    ("es", "Horario: martes, 17:15 h\nLugar: Aula Magna, Facultad de Ciencias", "Aula Magna",
     "16/02/2027   Dra. Ana Ruiz (Universidad de Chile)\n             Láseres de rayos X", "Ana Ruiz"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "stated", "hall", "entry", "who"), SERIES)
def test_the_affiliation_is_no_place(
    lang: str, stated: str, hall: str, entry: str, who: str
) -> None:
    page = f"Kolloquium\n\n{stated}\n\n{entry}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == "17:15"
    assert hall in " ".join(filter(None, [m.place, m.venue, m.room]))
    assert m.campus is None
    assert who in (m.speaker or "")


def test_a_library_named_after_a_doctor_stays_the_venue() -> None:
    page = ("Events\n\nTime: Tuesdays, 7pm\n\n16/12/2026   Dr. Martin Luther King Jr. Library (Room 225)\n"
            "23/12/2026   Central Library (Room 3)\n")  # fmt: skip
    first = parse(page, as_of=AS_OF, lang="en").meetings[0]
    assert "Martin Luther King" in (first.venue or "")
