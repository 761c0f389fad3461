"""How many people are interested in or going to an event, as an events tab shows it under the
venue ("25 personnes intéressées · 9 participants", "14 people interested · 6 going", "52
Interessierte · 18 Zusagen", "30 personas interesadas · 12 asistentes"), is never the event's
place (issue 17 item 7; holdout8's Facebook events tab). Read as a person reads it: the title,
then the venue over its street, and the counts skipped. A venue whose name has "des" or "du"
("Jardin des Chartreux", "Parc du Château") over its street is a name too.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import PLACE_FIELDS, cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.parse.details import _people_counts

AS_OF = date(2026, 11, 20)
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}

# fmt: off
ROWS = [
    # (lang, date line, title, venue · street, counts, venue)
    ("fr", "SAM. 12 DÉC. À 15:00", "Balade urbaine : des pentes aux jardins (départ devant l'entrée)",
     "Jardin des Chartreux · Cours Général Giraud, 69001 Lyon",
     "25 personnes intéressées · 9 participants", "Jardin des Chartreux"),
    ("fr", "MER. 9 DÉC. À 18:30", "Atelier d'écriture",
     "Parc du Château · 2 allée des Tilleuls, 31000 Toulouse", "14 personnes intéressées",
     "Parc du Château"),
    ("en", "SAT, DEC 12 AT 3 PM", "Urban walk: from the docks to the old town",
     "Harbour Museum · 12 Quay Street, Galway", "14 people interested · 6 going",
     "Harbour Museum"),
    ("de", "SA., 12. DEZ. UM 15:00", "Stadtspaziergang: Vom Hafen in die Altstadt",
     "Museum der Arbeit · Wiesendamm 3, 22305 Hamburg", "52 Interessierte · 18 Zusagen",
     "Museum der Arbeit"),
    ("es", "SÁB, 12 DIC. A LAS 15:00", "Paseo urbano: del puerto al casco viejo",
     "Centro Cultural del Puerto · Calle Larga 12, 11500 El Puerto", "30 personas interesadas · "
     "12 asistentes", "Centro Cultural del Puerto"),
]
# fmt: on


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[5]}" for r in ROWS])
def test_the_counts_are_never_the_place(row):
    lang, when, title, venue_line, counts, venue = row
    page = f"Événements\n\n{when}\n{title}\n{venue_line}\n{counts}\n"
    (m,) = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert (m.date, m.start_time) in (("2026-12-12", "15:00"), ("2026-12-09", "18:30"))
    assert m.venue == venue and m.title == title
    places = " ".join(str(getattr(m, f)) for f in PLACE_FIELDS)
    assert counts.split()[0] + " " not in places


@pytest.mark.parametrize(
    "text,counts",
    [
        ("25 personnes intéressées · 9 participants", True),
        ("14 people interested · 6 going", True),
        ("1,2 K interested", True),
        ("52 Interessierte · 18 Zusagen", True),
        ("30 personas interesadas · 12 asistentes", True),
        ("12 Personen", True),
        ("25 rue des Pentes, 69001 Lyon", False),
        ("12 people's bakery", False),
        ("3 participants maximum par atelier, inscription obligatoire", False),
    ],
)
def test_a_counts_line(text, counts):
    assert _people_counts(text) is counts


PAGE = """\
Collectif du quartier
Événements
À venir

JEU. 10 DÉC. À 19 H
Conférence : l'histoire des traboules
Maison des Associations · 28 rue Denfert-Rochereau, 69004 Lyon
33 personnes intéressées

SAM. 12 DÉC. À 15:00
Balade urbaine : des pentes aux jardins
Jardin des Chartreux · Cours Général Giraud, 69001 Lyon
25 personnes intéressées · 9 participants
"""


def test_cli_parse_skips_the_counts(tmp_path):
    path = tmp_path / "evenements.txt"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-11-20")
    assert [(m["date"], m["start_time"], m["venue"]) for m in meetings] == [
        ("2026-12-10", "19:00", "Maison des Associations"),
        ("2026-12-12", "15:00", "Jardin des Chartreux"),
    ]
    assert not any("intéressées" in str(m.get(f)) for m in meetings for f in PLACE_FIELDS)
