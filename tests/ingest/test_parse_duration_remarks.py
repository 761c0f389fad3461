"""How long a course lasts or how many sessions it has, in brackets after its title ("(2 Tage)",
"(3 jours)", "(2 días)", "(6 Abende)", "(2 days)"), is never its place (issue 17 item 7;
holdout8's Vienna union schedule, a PDF's text with the venue wrapped onto the next line). A
number before such a word is no house number; the venue in the place column stays the place.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.parse.venues import _placelike

AS_OF = date(2026, 11, 20)
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}
PAD = " " * 86


def _row(*cells: str) -> str:
    """A row of a schedule printed to text: date, time and title padded into their columns."""
    day, time, what, where = cells
    return f"{day:<34}{time:<18}{what:<34}{where}"


# fmt: off
ROWS = [
    # (lang, header, a row, its wrapped address, the row with a duration, its address, venue)
    ("de", ("Datum", "Zeit", "Was", "Wo"),
     ("Do 14.01.2027", "17.30 Uhr", "Sektionsversammlung", "ÖGB Catamaran, Saal 3,"),
     "Johann-Böhm-Platz 1, 1020 Wien",
     ("Di 19.01.–Mi 20.01.2027", "9.00 Uhr", "Betriebsrätekonferenz (2 Tage)", "VHS Ottakring,"),
     "Ludo-Hartmann-Platz 7, 1160 Wien", "VHS Ottakring"),
    ("de", ("Datum", "Zeit", "Was", "Wo"),
     ("Do 14.01.2027", "17.30 Uhr", "Sektionsversammlung", "Gewerkschaftshaus, Saal 3,"),
     "Hauptstraße 12, 79098 Freiburg",
     ("Mo 18.01.2027", "18.00 Uhr", "Deutschkurs (6 Abende)", "Volkshochschule Süd,"),
     "Bahnhofstraße 3, 79098 Freiburg", "Volkshochschule Süd"),
    ("fr", ("Date", "Heure", "Quoi", "Où"),
     ("Jeu. 14 janv. 2027", "17 h 30", "Assemblée de section", "Bourse du Travail, salle 3,"),
     "3 rue du Château-d'Eau, 75010 Paris",
     ("Mar. 19 janv. 2027", "9 h", "Formation (3 jours)", "Maison des syndicats,"),
     "12 rue de Paris, 93100 Montreuil", "Maison des syndicats"),
    ("es", ("Fecha", "Hora", "Qué", "Dónde"),
     ("Jue 14 ene 2027", "17:30 h", "Asamblea de sección", "Casa del Pueblo, sala 3,"),
     "Calle Mayor 12, 50001 Zaragoza",
     ("Mar 19 ene 2027", "9:00 h", "Escuela sindical (2 días)", "Centro Cívico Delicias,"),
     "Calle Delicias 8, 50017 Zaragoza", "Centro Cívico Delicias"),
]
# fmt: on


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[6]}" for r in ROWS])
def test_a_duration_in_brackets_is_no_place(row):
    lang, head, first, first_address, course, address, venue = row
    page = "\n".join([_row(*head), _row(*first), PAD + first_address, _row(*course), PAD + address])
    m = parse(f"Termine\n\n{page}\n", as_of=AS_OF, lang=LANG[lang]).meetings[-1]
    assert (m.venue, m.place) == (venue, venue)
    assert address.split(",")[0] in str(m.address)


@pytest.mark.parametrize(
    "text,place",
    [
        ("2 Tage", False),
        ("2 days", False),
        ("3 jours", False),
        ("2 días", False),
        ("6 Abende", False),
        ("4 séances", False),
        ("2 Tagesstraße", True),  # a street named so, with its number first
        ("12 Union Street", True),
    ],
)
def test_a_number_before_a_duration_is_no_house_number(text, place):
    assert _placelike(text) is place


PAGE = """\
TERMINE Jänner 2027

Datum                             Zeit              Was                               Wo
Do 14.01.2027                     17.30 Uhr         Sektionsversammlung               ÖGB Catamaran, Saal 3,
                                                                                      Johann-Böhm-Platz 1, 1020 Wien
Di 19.01.–Mi 20.01.2027           9.00 Uhr          Betriebsrätekonferenz (2 Tage)    VHS Ottakring,
                                                                                      Ludo-Hartmann-Platz 7, 1160 Wien
"""


def test_cli_parse_keeps_the_venue(tmp_path):
    path = tmp_path / "termine.txt"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-11-20")
    assert [(m["date"], m["start_time"], m["venue"]) for m in meetings] == [
        ("2027-01-14", "17:30", "ÖGB Catamaran"),
        ("2027-01-19", "09:00", "VHS Ottakring"),
    ]
    assert meetings[1]["end_date"] == "2027-01-20"
