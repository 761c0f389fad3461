"""An adult-education course's card gives its first date and its count of sessions ("ab Di.,
19.01.2027, 3 Termine"), its place, then a table of its sessions whose first is that date again
("Di., 19.01.2027 | Populismus und Parlament | VHS-Forum"). The card's line is the course's
span, warned about, not a meeting besides its first session; the time stated for all its
sessions ("Alle Abende jeweils 19:00 - 20:30 Uhr", "All evenings 7pm - 8.30pm", "Toutes les
séances de 19 h à 20 h 30", "Todas las sesiones de 19:00 a 20:30 h") is each session's. A date
line with a count but no session under it on that date stays a meeting. (holdout25's Volkshochschule page, after its
blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (course title, first line, place line, time rule, session 1, session 2)
COURSES = [
    ("Talk series: Democracy under pressure", "from Tue 19 January 2027, 3 sessions",
     "Venue: Central Library, 1 Market Square, York YO1 8AA", "All evenings 7pm - 8.30pm",
     "Tue 19 January 2027 | Populism and parliament", "Tue 26 January 2027 | Disinformation"),
    ("Gesprächsreihe: Demokratie unter Druck", "ab Di., 19.01.2027, 3 Termine",
     "Ort: Volkshochschule Münster, Aegidiimarkt 3, 48143 Münster",
     "Alle Abende jeweils 19:00 - 20:30 Uhr",
     "Di., 19.01.2027 | Populismus und Parlament", "Di., 26.01.2027 | Desinformation im Netz"),
    ("Cycle : la démocratie sous pression", "à partir du mardi 19 janvier 2027, 3 séances",
     "Lieu : Maison des associations, 12 rue Colbert, 37000 Tours",
     "Toutes les séances de 19 h à 20 h 30",
     "Mardi 19 janvier 2027 | Populisme et parlement", "Mardi 26 janvier 2027 | Désinformation"),
    ("Ciclo: la democracia bajo presión", "desde el martes 19 de enero de 2027, 3 sesiones",
     "Lugar: Centro Cívico Delicias, Calle Arca Real 56, 47013 Valladolid",
     "Todas las sesiones de 19:00 a 20:30 h",
     "Martes 19 de enero de 2027 | Populismo y parlamento",
     "Martes 26 de enero de 2027 | Desinformación"),
]  # fmt: skip


@pytest.mark.parametrize("row", COURSES, ids=["en", "de", "fr", "es"])
def test_the_courses_first_date_is_no_meeting_of_its_own(row: tuple) -> None:
    title, first, place, rule, s1, s2 = row
    text = "\n".join(["Courses", "", title, first, place, rule, "", s1, s2, ""])
    listing = parse(text, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2027-01-19", "19:00"),
        ("2027-01-26", "19:00"),
    ]
    assert any("course" in w.reason for w in listing.warnings)


def test_a_count_without_its_sessions_below_stays_a_meeting() -> None:
    text = "Courses\n\nPottery for beginners\nfrom Tue 19 January 2027, 3 sessions\n"
    (m,) = parse(text, as_of=AS_OF).meetings
    assert m.date == "2027-01-19"
