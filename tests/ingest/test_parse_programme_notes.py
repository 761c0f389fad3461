"""A film society's card: "Thu 22 Apr 2027 · AGM 7pm, film 7.45pm" over "Lansdown Hall,
Lansdown, Stroud GL5 1BB", a blank line, then a sentence about the evening.

- the programme's next time after the line's own ("film 7.45pm", "Film 18.30 Uhr", "concert
  20 h 30", "concierto 20.30 h") is a note: no title, no place;
- the venue line ending in its town's postcode is the meeting's place, though a paragraph of
  prose follows it (it was read as a heading over that blurb, and the meeting had no place).
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("line,venue", [
    ("Thu 22 Apr 2027, 7pm, film 7.45pm, Lansdown Hall", "Lansdown Hall"),
    ("Do 22.4.2027, 18 Uhr, Film 18.30 Uhr, Kino Metropol", "Kino Metropol"),
    ("jeu. 22 avril 2027, 19 h, concert 20 h 30, Salle Pleyel", "Salle Pleyel"),
    ("jueves 22 de abril de 2027, 19 h, concierto 20.30 h, Teatro Principal", "Teatro Principal"),
])
# fmt: on
def test_a_later_time_s_note_is_no_title_or_place(line: str, venue: str) -> None:
    (m,) = parse(f"Programme\n\n{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.venue, m.title) == ("2027-04-22", venue, None)
    assert m.start_time in ("19:00", "18:00")


def test_a_room_after_the_time_is_still_read() -> None:
    (m,) = parse("X\n\nThu 22 Apr 2027, 7pm, Room 12, Lansdown Hall\n", as_of=AS_OF).meetings
    assert (m.venue, m.room) == ("Lansdown Hall", "Room 12")


# fmt: off
@pytest.mark.parametrize("title,when,venue_line,blurb,venue", [
    ("Annual General Meeting + members' choice screening", "Thu 22 Apr 2027 · AGM 7pm, film 7.45pm",
     "Lansdown Hall, Lansdown, Stroud GL5 1BB",
     "AGM at 7pm, followed at 7.45pm by the film chosen by members' vote (to be announced in March).",
     "Lansdown Hall"),
    ("Mitgliederversammlung mit Film", "Do 22.04.2027 · 19 Uhr",
     "Kommunales Kino, Am Steintor 2, 30159 Hannover",
     "Um 19 Uhr die Versammlung, danach zeigen wir den Film, den die Mitglieder gewählt haben.",
     "Kommunales Kino"),
    ("Assemblée générale et projection", "Jeu. 22 avril 2027 · 19 h",
     "Salle des fêtes, place de la Mairie, 44000 Nantes",
     "À 19 h l'assemblée générale, puis à 19 h 45 le film choisi par le vote des adhérents et adhérentes.",
     "Salle des fêtes"),
    ("Asamblea y proyección", "Jue. 22 de abril de 2027 · 19 h",
     "Cines Golem, calle Golem 1, 31001 Pamplona",
     "A las 19 h la asamblea y después la película elegida en la votación de las personas socias del club.",
     "Cines Golem"),
])
# fmt: on
def test_a_venue_with_its_postcode_over_a_blurb_is_the_place(
    title: str, when: str, venue_line: str, blurb: str, venue: str
) -> None:
    page = "\n\n".join(["Screenings", title, when, venue_line, blurb, "Book tickets"]) + "\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.date == "2027-04-22" and m.start_time == "19:00"
    assert m.venue == venue
