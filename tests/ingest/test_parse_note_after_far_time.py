"""A neighbourhood bulletin's list item: the date, what happens and where (the venue with its
street in brackets), then a sentence with the time, then a note ("- Sábado 16 de enero: visita
guiada al Museo Patio Herreriano (C/ Jorge Guillén, 6). Quedamos en la puerta a las 11:00 h.
Plazas limitadas: apúntate antes del viernes 8 de enero en el local o llamando al …"). The
meeting is at that venue at that time; the note after the time's sentence is no place.
(holdout25's asociación de vecinos bulletin, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

ITEMS = [
    ("- Saturday 16 January: guided visit to the Whitworth Gallery (Oxford Road, Manchester). We "
     "gather at the door at 11am. Places limited: sign up before Friday 8 January at the office "
     "or call 0161 000 0000.", "Whitworth Gallery", "11:00"),
    ("- Samstag, 16. Januar: Führung durch das Museum Ludwig (Heinrich-Böll-Platz, Köln). Wir "
     "sammeln uns am Eingang um 11 Uhr. Begrenzte Plätze: Anmeldung bis Freitag, 8. Januar, im "
     "Büro oder unter 0221 000 000.", "Museum Ludwig", "11:00"),
    ("- Samedi 16 janvier : visite guidée du Musée des Beaux-Arts (place des Terreaux, Lyon). On "
     "se retrouve devant l'entrée à 11 h. Places limitées : inscription avant le vendredi 8 "
     "janvier au local ou au 04 00 00 00 00.", "Musée des Beaux-Arts", "11:00"),
    ("- Sábado 16 de enero: visita guiada al Museo Patio Herreriano (C/ Jorge Guillén, 6). "
     "Quedamos en la puerta a las 11:00 h. Plazas limitadas: apúntate antes del viernes 8 de "
     "enero en el local o llamando al 600 11 22 33.", "Museo Patio Herreriano", "11:00"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "venue", "time"), ITEMS, ids=["en", "de", "fr", "es"])
def test_the_note_after_the_times_sentence_is_no_place(item: str, venue: str, time: str) -> None:
    got = parse(f"Bulletin\n\n{item}\n", as_of=AS_OF).meetings
    m = got[0]
    assert (m.date, m.start_time) == ("2027-01-16", time)
    assert venue in (m.venue or "")
    assert not any(w in (m.venue or "") + (m.room or "") for w in ("Places", "Plätze", "Plazas"))
