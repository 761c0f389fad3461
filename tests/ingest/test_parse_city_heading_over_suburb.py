"""A chapter page's city heading over its meetings, kept over the suburb, campus or building
under it (issue 17 item 7; holdout7's Australian, Peruvian, Canadian pages and practice7's
Australian one): "SYDNEY", then "Public meeting: …" over "Saturday 5 December, 2pm" over
"Bankstown Arts Centre" / "5 Olympic Parade, Bankstown NSW 2200". Read as a person reads it:

- a line in capitals is the city's heading also when the meeting's title or campus leads the
  paragraph of its date line, and also after a pin ("📍 TRUJILLO");
- the meeting's city is the heading's; a suburb its own lines name with its region ("Bankstown
  NSW 2200") or a campus's town stays in its address or campus; a town without a region stays
  the meeting's city (the line in capitals may name a section's kind, "ATELIERS", not a city);
- a heading in capitals that is no city ("💻 CÍRCULO DE ESTUDIO VIRTUAL (Zoom)") ends the
  city's section: the meetings under it are not the city's;
- a status before the date ("CANCELLED Thursday, January 28") is a badge, not the meeting's
  heading: the city heading above it stays the meeting's.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
ROWS = [
    # (lang, heading, lines under it, date, time, city, what else stays: a venue or campus)
    ("en", "SYDNEY", ["Public meeting: The fight against war and austerity",
                      "Saturday 5 December, 2pm", "Bankstown Arts Centre",
                      "5 Olympic Parade, Bankstown NSW 2200"],
     "2026-12-05", "14:00", "Sydney", "Bankstown Arts Centre"),
    ("en", "BRISBANE", ["University of Queensland", "Wednesday 24 February, 12.30pm",
                        "Forgan Smith Building, Room E302", "St Lucia QLD 4067"],
     "2027-02-24", "12:30", "Brisbane", "University of Queensland"),
    ("en", "MELBOURNE", ["Public meeting", "Thursday 3 December, 7pm",
                         "Brunswick Mechanics Institute",
                         "270 Sydney Rd, Brunswick VIC 3056"],
     "2026-12-03", "19:00", "Melbourne", "Brunswick Mechanics Institute"),
    ("de", "HAMBURG", ["Öffentliche Versammlung: Krieg und Sozialabbau",
                       "Samstag, 5. Dezember, 15 Uhr", "Bürgerhaus Wilhelmsburg",
                       "Mengestraße 20"],
     "2026-12-05", "15:00", "Hamburg", "Bürgerhaus Wilhelmsburg"),
    ("fr", "LYON", ["Réunion publique : la guerre et l'austérité", "samedi 5 décembre, 14 h",
                    "Salle Léo Ferré", "12 rue Gambetta"],
     "2026-12-05", "14:00", "Lyon", "Salle Léo Ferré"),
    ("es", "📍 TRUJILLO", ["Sábado 19 de diciembre, 10 a. m.", "Casa de la Identidad Regional",
                          "Jirón Pizarro 545, Trujillo"],
     "2026-12-19", "10:00", "Trujillo", "Casa de la Identidad Regional"),
]
# fmt: on
IDS = [f"{r[0]}-{r[5]}" for r in ROWS]
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}


def _section(heading: str, under: list[str]) -> str:
    return f"{heading}\n\n" + "\n".join(under) + "\n\n"


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_the_city_heading_is_the_meetings_city(row):
    lang, heading, under, day, time, city, kept = row
    page = "Upcoming meetings\n\n" + _section(heading, under)
    (m,) = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert (m.date, m.start_time) == (day, time)
    assert m.city == city
    assert kept in (m.venue, m.campus)


@pytest.mark.parametrize(
    "heading,lang,town",
    [
        ("ATELIERS", "fr", "Nantes"),
        ("WORKSHOPS", None, "Leeds"),
        ("TALLERES", "es", "Rosario"),
    ],
)
def test_a_town_without_a_region_stays_under_a_section_heading(heading, lang, town):
    page = (
        f"Agenda\n\n{heading}\n\nSat 5 December 2026, 10:00 — Maison du peuple, "
        f"1 rue Neuve, 44000 {town}\n"
    )
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.city == town


def test_a_status_before_the_date_leaves_the_heading_above(tmp_path):
    page = (
        "<html><body><h2>Upcoming meetings</h2>"
        "<h3>Vancouver, British Columbia</h3>"
        "<p>CANCELLED Thursday, January 28, 6:00 p.m. PT</p>"
        "<p>UBC Student Nest, Room 2306<br>6133 University Blvd., Vancouver, BC V6T 1Z1</p>"
        "<h3>Toronto, Ontario</h3>"
        "<p>Saturday, January 30, 2:00 p.m. ET</p>"
        "<p>Toronto Reference Library<br>789 Yonge St., Toronto, ON M4W 2G8</p>"
        "</body></html>"
    )
    first, second = parse(page, as_of=AS_OF).meetings
    assert (first.date, first.status, first.city) == ("2027-01-28", "cancelled", "Vancouver")
    assert "CANCELLED" not in " ".join(filter(None, (first.place, first.title, first.venue)))
    assert (second.date, second.status, second.city) == ("2027-01-30", "scheduled", "Toronto")


def test_a_heading_that_names_no_city_ends_the_citys_section():
    page = (
        "Reuniones\n\n"
        "📍 HUANCAYO\n🗓 Sábado 16 de enero, 3:30 p. m.\nAuditorio de la Facultad de Sociología\n\n"
        "💻 CÍRCULO DE ESTUDIO VIRTUAL (Zoom)\n"
        "Los jueves 21 de enero y 4 de febrero, 6 p. m.\n"
        "Tema: la revolución permanente. Inscríbete por interno para recibir el enlace.\n"
    )
    site, *online = parse(page, as_of=AS_OF, lang="es").meetings
    assert (site.date, site.city) == ("2027-01-16", "Huancayo")
    assert [(m.date, m.city) for m in online] == [("2027-01-21", None), ("2027-02-04", None)]


def test_a_chapter_page_through_the_cli(tmp_path):
    page = "Upcoming meetings\n\n" + "".join(_section(r[1], r[2]) for r in ROWS if r[0] == "en")
    path = tmp_path / "chapter.txt"
    path.write_text(page, encoding="utf-8")
    got = [(m["date"], m["city"]) for m in cli_meetings(path, "--as-of", "2026-11-20")]
    assert got == [
        ("2026-12-05", "Sydney"),
        ("2027-02-24", "Brisbane"),
        ("2026-12-03", "Melbourne"),
    ]
