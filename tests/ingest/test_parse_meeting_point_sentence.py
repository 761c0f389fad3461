"""A walk or a tour whose meeting point is a sentence of its own after the title, with no time
of its own, then a note:

    Saturday 10 April 2027, 10am – Walking tour: The Mill District. Meet on the steps of the
    Depot Museum, Railroad Avenue. About 90 minutes.

- the words before the meeting point are the title;
- the venue is the building, without "Meet on the steps of the", "Treffpunkt vor dem Eingang
  zum", "Rendez-vous sur le parvis de la", "Quedamos en la puerta del"; its street is the
  address; the note after it is in no field;
- a square named like a part of a building ("la Puerta del Sol") keeps its name.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# fmt: off
ROWS = [
    ("Saturday 10 April 2027, 10am – Walking tour: The Mill District. Meet on the steps of the Depot Museum, Railroad Avenue. About 90 minutes.",
     "Walking tour: The Mill District", "Depot Museum", "Railroad Avenue"),
    ("Saturday 10 April 2027, 10am – Heritage walk. Meet at the main entrance to the Botanic Garden, 12 Hills Road. Dogs welcome on leads.",
     "Heritage walk", "Botanic Garden", "12 Hills Road"),
    ("Samstag, 10. April 2027, 10 Uhr – Stadtrundgang: Das Mühlenviertel. Treffpunkt vor dem Eingang zum Stadtmuseum, Bahnhofstraße 4. Dauer etwa 90 Minuten.",
     "Stadtrundgang: Das Mühlenviertel", "Stadtmuseum", "Bahnhofstraße 4"),
    ("Samedi 10 avril 2027, 10h – Visite guidée : le quartier des moulins. Rendez-vous sur le parvis de la Cathédrale Saint-Pierre, place Saint-Pierre. Durée 1 h 30.",
     "Visite guidée : le quartier des moulins", "Cathédrale Saint-Pierre", "place Saint-Pierre"),
    ("Sábado 10 de abril de 2027, 10:00 – Ruta guiada: el barrio de los molinos. Quedamos en la puerta del Museo del Ferrocarril, Paseo de las Delicias 61. Duración 90 minutos.",
     "Ruta guiada: el barrio de los molinos", "Museo del Ferrocarril", "Paseo de las Delicias 61"),
]
# fmt: on


@pytest.mark.parametrize(("line", "title", "venue", "address"), ROWS)
def test_meeting_point_sentence_names_the_building(line, title, venue, address):
    (m,) = parse(line + "\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2027-04-10", "10:00")
    assert (m.title, m.venue, m.address) == (title, venue, address)
    assert m.room is None


def test_a_square_named_like_a_door_keeps_its_name():
    line = (
        "Sábado 13 de marzo de 2027, 12:00 – Marcha por la vivienda. Quedamos en la Puerta del Sol."
    )
    (m,) = parse(line + "\n", as_of=AS_OF).meetings
    assert m.venue == "Puerta del Sol"
