"""A walking club's outing under its date: its title, a line of the route's facts ("Dificultad:
Media · Desnivel: 900 m", "Duration: 5 h") and the departure ("Salida: 8:00 h desde la Plaza de
América (Oviedo)", "Departure: 7.30am from Delicias Station"). The departure gives the meeting's
time and its place; the facts give neither (a duration of "5 h" is no start at 5 a.m.).
(holdout24's mountain club pages, after their blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 20)

# (heading, date line, title, facts, departure, time, place)
OUTINGS = [
    ("Walks programme", "SUNDAY 24 JANUARY", "Snowshoes on the Pajares pass",
     "Difficulty: medium · Ascent: 600 m · Duration: 5 h",
     "Departure: 7.30am from Delicias Station (coach park).", "07:30", "Delicias Station"),
    ("Tourenprogramm", "SONNTAG 24. JANUAR", "Schneeschuhtour am Hohen Meißner",
     "Schwierigkeit: mittel · Höhenmeter: 600 · Dauer: 5 h",
     "Abfahrt: 7.30 Uhr ab Hauptbahnhof Kassel (Busbahnhof).", "07:30", "Hauptbahnhof Kassel"),
    ("Programme des sorties", "DIMANCHE 24 JANVIER", "Raquettes au col du Somport",
     "Difficulté : moyenne · Dénivelé : 600 m · Durée : 5 h",
     "Départ : 7h30 de la Gare routière de Pau.", "07:30", "Gare routière de Pau"),
    ("Calendario de salidas", "DOMINGO 24 DE ENERO", "Raquetas en el puerto de Pajares",
     "Dificultad: Media · Desnivel: 600 m · Duración: 5 h",
     "Salida: 7.30 h en la Estación Delicias (aparcamiento de autobuses).", "07:30",
     "Estación Delicias"),
    ("Calendario de salidas", "DOMINGO 24 DE ENERO", "Sierra del Aramo: ascensión al Gamoniteiru",
     "Desnivel: +950 m · Distancia: 14 km · Duración: 6 h",
     "Salida: 8:00 h desde la Plaza de América (Oviedo)", "08:00", "Plaza de América"),
]  # fmt: skip


@pytest.mark.parametrize("row", OUTINGS, ids=["en", "de", "fr", "es", "es-desde"])
@pytest.mark.parametrize("facts_first", [True, False], ids=["facts-first", "facts-last"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "paragraphs"])
def test_the_departure_gives_time_and_place_and_the_facts_neither(
    row: tuple, facts_first: bool, gap: str
) -> None:
    """As lines under the date, or as paragraphs of their own (a site builder's page)."""
    heading, day, title, facts, departure, time, place = row
    body = [facts, departure] if facts_first else [departure, facts]
    text = gap.join([day, title, *body, "Sign up by the Thursday before."])
    got = parse(f"{heading}\n\n{text}\n", as_of=AS_OF).meetings
    assert len(got) == 1
    m = got[0]
    assert (m.date, m.start_time) == ("2027-01-24", time)
    assert m.venue == place
    assert m.title == title


# a time, then the place's room and the place: the place is the venue
ROOM_OF_PLACE = [
    ("At 7pm in the main hall of the Delicias Civic Centre (12 Sancho St). Free entry.",
     "19:00", "Delicias Civic Centre"),
    ("At 7.30pm in the upper room of the Miners' Institute. All welcome.", "19:30",
     "Miners' Institute"),
    ("Um 19 Uhr im großen Saal des Kulturzentrum Faust. Eintritt frei.", "19:00",
     "Kulturzentrum Faust"),
]  # fmt: skip


@pytest.mark.parametrize(
    "line,time,place", ROOM_OF_PLACE, ids=["en-main-hall", "en-upper-room", "de-grosser-saal"]
)
def test_a_time_then_a_room_of_a_place_gives_the_place(line: str, time: str, place: str) -> None:
    text = "\n".join(["Calendar", "", "SATURDAY 23 JANUARY", "Film night", line, ""])
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [("2027-01-23", time, place)]


def test_a_duration_alone_is_no_start_time() -> None:
    text = "\n".join(["Walks", "", "SUNDAY 24 JANUARY", "Round the reservoir", "Duration: 5 h", ""])
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-24", None)]
