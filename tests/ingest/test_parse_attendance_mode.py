"""How one takes part is not where (issue 17; holdout13's seminar calendar): a line or a cell
that only says "Presencial", "In person", "Hybrid", "Präsenz", "en présentiel" is never the
venue; the venue line under it is, and a table's mode column leaves the place unknown rather
than naming it "Präsenz". The family: the mode words of the four languages, alone, after a
label ("Modalidad: presencial") or with the online half of a hybrid ("Vor Ort + Zoom"). A line
that names a place besides its mode ("In person at Union Hall") is still read. The rows are
variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.parse.lexicon import _mode_only, _only_status

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("when,lang,mode,venue_line,venue,room", [
    ("Thursday, January 28, 2027, 5 pm", None, "In person", "Room 204, Founders Hall",
     "Founders Hall", "Room 204"),
    ("Thursday, January 28, 2027, 5 pm", None, "In-person", "Union Hall", "Union Hall", None),
    ("Thursday, January 28, 2027, 5 pm", None, "Face-to-face", "Quaker Meeting House",
     "Quaker Meeting House", None),
    ("Donnerstag, 28. Januar 2027, 17 Uhr", "de", "Präsenz", "Hörsaal 3, Hauptgebäude",
     "Hauptgebäude", "Hörsaal 3"),
    ("Donnerstag, 28. Januar 2027, 17 Uhr", "de", "Vor Ort + Zoom", "Stadtteilbibliothek Mitte",
     "Stadtteilbibliothek Mitte", None),
    ("Jeudi 28 janvier 2027, 17 h", "fr", "En présentiel", "Salle Jaurès, Bourse du Travail",
     "Salle Jaurès", "Bourse du Travail"),
    ("Jueves 28 de enero de 2027, 17:00 h", "es", "Presencial", "Sala Ignacio Ramírez",
     "Sala Ignacio Ramírez", None),
    ("Jueves 28 de enero de 2027, 17:00 h", "es", "Modalidad: presencial", "Auditorio Central",
     "Auditorio Central", None),
    ("Jueves 28 de enero de 2027, 17:00 h", "es", "Híbrido", "Casa del Pueblo",
     "Casa del Pueblo", None),
])
# fmt: on
def test_a_mode_line_over_the_venue_is_not_the_venue(when, lang, mode, venue_line, venue, room):
    page = f"Programme\n\n{when}\nOpen seminar\n{mode}\n{venue_line}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (str(m.date), m.start_time) == ("2027-01-28", "17:00")
    assert (m.venue, m.room) == (venue, room)
    assert mode not in (m.place or "")


# fmt: off
@pytest.mark.parametrize("text,mode", [
    ("Presencial", True), ("presenciales", True), ("In person", True), ("Hybrid", True),
    ("hybride", True), ("Präsenzveranstaltung", True), ("en présentiel", True),
    ("Modalité : hybride", True), ("Presencial / Zoom", True),
    ("In person at Union Hall", False),        # names a place besides
    ("Sala Presencia", False),                 # a hall's name
    ("Personalversammlung", False),            # no mode word, only its letters
    ("On site: Room 4", False),
])
# fmt: on
def test_only_a_mode_word_is_a_mode(text, mode):
    assert _mode_only(text) is mode
    assert _only_status(text) is mode


TABLE = """Kolloquium Sozialgeschichte, Wintersemester

| Datum | Zeit | Thema | Format |
|---|---|---|---|
| Do., 28. Januar 2027 | 17:00 | Streiks im Ruhrgebiet | Präsenz |
| Do., 4. Februar 2027 | 17:00 | Lesekreis | Hybrid |
| Do., 11. Februar 2027 | 17:30 | Werkstattgespräch | Hörsaal 3 |
"""


def test_a_tables_mode_column_is_no_place():
    got = [
        (str(m.date), m.start_time, m.title, m.place, m.venue)
        for m in parse(TABLE, as_of=AS_OF, lang="de").meetings
    ]
    assert got == [
        ("2027-01-28", "17:00", "Streiks im Ruhrgebiet", None, None),
        ("2027-02-04", "17:00", "Lesekreis", None, None),
        ("2027-02-11", "17:30", "Werkstattgespräch", "Hörsaal 3", None),
    ]
