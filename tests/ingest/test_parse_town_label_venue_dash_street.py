"""A venue line that opens with its town's label and gives the street after a dash:
"**La Plata:** Facultad de Humanidades y Ciencias de la Educación (UNLP) — calle 51 e/ 124 y
125, Ensenada", "Leeds: Trades Hall — 54 Victoria St", "Lyon : Bourse du Travail — place
Guichard", "Leipzig: Felsenkeller – Karl-Heine-Str. 32". The label is the town, the name before
the dash the venue, the words after it the address, even when the line is long enough to read
as prose and stands in a paragraph of its own under the date. A title's lead before a colon
("Kiezversammlung: Mieten in der Urbanstraße") is no town. (holdout22's d-iysse-buenosaires.)"""

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

HEADINGS = {
    "es": "### Sáb 12/12/2026, 17 hs",
    "en": "### Sat 12 December 2026, 5pm",
    "fr": "### Sam. 12 décembre 2026, 17 h",
    "de": "### Sa., 12.12.2026, 17 Uhr",
}

# fmt: off
LINES = [
    ("es", "**La Plata:** Facultad de Humanidades y Ciencias de la Educación (UNLP) — calle 51 "
           "e/ 124 y 125, Ensenada",
     "La Plata", "Facultad de Humanidades y Ciencias de la Educación (UNLP)",
     "calle 51 e/ 124 y 125, Ensenada"),
    ("es", "Rosario: Facultad de Humanidades y Artes — calle Entre Ríos 758",
     "Rosario", "Facultad de Humanidades y Artes", "calle Entre Ríos 758"),
    ("en", "Leeds: Trades Hall — 54 Victoria St", "Leeds", "Trades Hall", "54 Victoria St"),
    ("en", "**Sheffield:** Central Library and Graves Gallery, the Lecture Theatre on the "
           "ground floor — Surrey Street",
     "Sheffield", "Central Library and Graves Gallery, the Lecture Theatre on the ground floor",
     "Surrey Street"),
    ("fr", "Lyon : Bourse du Travail — place Guichard", "Lyon", "Bourse du Travail",
     "place Guichard"),
    ("de", "Leipzig: Felsenkeller – Karl-Heine-Str. 32", "Leipzig", "Felsenkeller",
     "Karl-Heine-Str. 32"),
]
# fmt: on


@pytest.mark.parametrize("lang,line,city,venue,address", LINES)
def test_the_town_label_the_venue_and_the_street(
    lang: str, line: str, city: str, venue: str, address: str
) -> None:
    page = f"{HEADINGS[lang]}\n\n{line}\n\n> Reunión regional\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (m.city, m.address) == (city, address)
    assert m.venue is not None and m.venue.startswith(venue.split(",")[0])


def test_through_eventmap_parse(tmp_path) -> None:
    path = tmp_path / "reuniones.md"
    path.write_text(f"{HEADINGS['es']}\n\n{LINES[0][1]}\n", encoding="utf-8")
    (m,) = cli_meetings(path, "--as-of", AS_OF.isoformat(), "--lang", "es")
    assert (m["city"], m["address"]) == ("La Plata", "calle 51 e/ 124 y 125, Ensenada")


# fmt: off
@pytest.mark.parametrize("lang,line", [
    ("de", "Kiezversammlung: Mieten in der Urbanstraße"),
    ("en", "Workshop: Organising in the Hall"),
    ("fr", "Conférence : Habiter la Place"),
    ("es", "Charla: La Plaza y la ciudad"),
])
# fmt: on
def test_a_title_s_lead_is_no_town(lang: str, line: str) -> None:
    page = f"{HEADINGS[lang]}\n{line}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.city != line.split(":")[0].strip()
