"""A seminar table's row that gives its own hours at the end of its title cell, as a range
("| Wed 24 March | Postgraduate researchers | PGR work-in-progress afternoon (three papers), 2pm
- 5pm | 2 University Gardens, Room 202"): the meeting starts at the range's start and ends at
its end; the range's dash is not a separator of the row's parts. (holdout25's history seminar
page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

ROWS = [
    ("History seminars", "Wed 24 March | Postgraduate researchers | PGR afternoon (three papers), "
     "2pm - 5pm | 2 University Gardens, Room 202", "14:00", "17:00"),
    ("Historisches Kolloquium", "Mi 24. März | Doktorand:innen | Werkstattnachmittag (drei "
     "Vorträge), 14.00 - 17.00 Uhr | Hauptgebäude, Raum 202", "14:00", "17:00"),
    ("Séminaire d'histoire", "Mer. 24 mars | Doctorant·es | Après-midi des doctorants (trois "
     "exposés), 14 h - 17 h | Maison de la recherche, salle 202", "14:00", "17:00"),
    ("Seminario de historia", "Mié 24 de marzo | Doctorandos | Tarde de trabajos en curso (tres "
     "ponencias), 16:00 - 19:00 h | Facultad de Letras, aula 202", "16:00", "19:00"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "row", "start", "end"), ROWS, ids=["en", "de", "fr", "es"])
def test_a_range_at_the_end_of_a_cell_is_the_rows_hours(
    heading: str, row: str, start: str, end: str
) -> None:
    (m,) = parse(f"{heading}\n\n{row}\n", as_of=AS_OF).meetings
    assert m.date == "2027-03-24"
    assert (m.start_time, m.end_time) == (start, end)


# "après-midi" is the afternoon, not noon ("midi"); "à midi" and "midi-14h" are noon
AFTERNOON = [
    ("Sam. 16 janv. – Atelier de l'après-midi – 15 h, salle des fêtes", "15:00"),
    ("Sam. 16 janv. – Goûter d'après midi pour les familles – 16 h, salle des fêtes", "16:00"),
    ("Sam. 16 janv. – Repas partagé à midi, salle des fêtes", "12:00"),
    ("Sam. 16 janv. – Permanence midi-14h, salle des fêtes", "12:00"),
]


@pytest.mark.parametrize(("line", "start"), AFTERNOON, ids=["hyphen", "space", "noon", "range"])
def test_the_afternoon_is_not_noon(line: str, start: str) -> None:
    (m,) = parse(f"Agenda du quartier\n\n{line}\n", as_of=AS_OF, lang="fr").meetings
    assert m.start_time == start
