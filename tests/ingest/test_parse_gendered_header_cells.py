"""A lecture series' table names its speaker column in a gendered form ("Vortragende*r",
"Referent:in", "Intervenant·e", "Ponente/a") and its topic column "Thema", "Thème", "Tema":
the row is still read by its header, the topic cell the title and the place cell the place,
not one run of words. (holdout26's Ringvorlesung page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)

# (intro, header, row, title, venue)
TABLES = [
    ("Lecture series, spring 2027", "| Date | Speaker | Title | Venue |",
     "| Wed 3 March, 6.30pm | Ulla Hass (Vienna) | Democracy under pressure | Main Building, "
     "Great Hall |", "Democracy under pressure", "Main Building"),
    ("Ringvorlesung im Sommersemester 2027", "| Datum | Vortragende*r | Thema | Ort |",
     "| Mi., 3. März, 18:30 Uhr | Ulrike Hasenöhrl (Wien) | Demokratie unter Druck | "
     "Hauptgebäude, Großer Festsaal |", "Demokratie unter Druck", "Hauptgebäude"),
    ("Ringvorlesung im Sommersemester 2027", "| Datum | Referent:in | Thema | Ort |",
     "| Mi., 3. März, 18:30 Uhr | Ulrike Hasenöhrl (Wien) | Demokratie unter Druck | "
     "Hauptgebäude, Großer Festsaal |", "Demokratie unter Druck", "Hauptgebäude"),
    ("Séminaire du printemps 2027", "| Date | Intervenant·e | Thème | Lieu |",
     "| Mer. 3 mars, 18 h 30 | Hélène Vasseur (EHESS) | La démocratie sous pression | Campus "
     "Condorcet, salle 2.01 |", "La démocratie sous pression", "Campus Condorcet"),
    ("Seminario de primavera 2027", "| Fecha | Ponente/a | Tema | Lugar |",
     "| Miércoles 3 de marzo, 18:30 h | Ana Ruiz (UNAM) | La democracia bajo presión | "
     "Facultad de Filosofía, Aula Magna |", "La democracia bajo presión", "Facultad de Filosofía"),
]  # fmt: skip


@pytest.mark.parametrize("row", TABLES, ids=["en", "de-star", "de-colon", "fr", "es"])
def test_a_gendered_header_still_names_the_columns(row: tuple) -> None:
    intro, header, line, title, venue = row
    text = f"# {intro}\n\n{header}\n|---|---|---|---|\n{line}\n"
    (m,) = parse(text, as_of=AS_OF).meetings
    assert m.date == "2027-03-03"
    assert m.title == title
    assert m.venue == venue
