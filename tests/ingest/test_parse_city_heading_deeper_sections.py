"""A city heading over deeper structure (issue 17; holdout12's Australian campus clubs and
Peruvian chapter pages). A chapter page names the city alone in its paragraph ("## Sydney"),
then under it per-campus sub-headings with their own entries, or an intro line and a table of
the meetings: every meeting under the city heading is held in that city, through the deeper
headings and the table, up to the next city heading.

- a campus sub-heading ("Macquarie University", "UNSW (Kensington)": a short name in capitals
  with its site in brackets) is no city heading: the campus stays the meeting's campus, and it
  does not leak into the next city's meetings;
- a table's header and rule rows and a short intro line between the city and the rows are part
  of the section;
- a name over an entry whose own time line comes before its date ("Rencontre" / the title /
  "16 h · Le Foyer" / the date) is that entry's title, not a city heading (item 7).

The rows are variants written from the pattern (cities, languages, layouts), not copied from
the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# fmt: off
ROWS = [
    ("campus sub-headings, field lists", None, """Campus clubs

Brisbane

University of Queensland (St Lucia)

- When: Tuesday 2 March, 1pm
- Where: Forgan Smith Building, Room E302

QUT (Gardens Point)

- When: Wednesday 3 March, 12 noon
- Where: Z Block, Room 411

Adelaide

University of Adelaide (North Terrace)

- When: Thursday 4 March, 6pm
- Where: Napier Building, Room G04
""", [("2027-03-02", "13:00", "Brisbane"), ("2027-03-03", "12:00", "Brisbane"),
      ("2027-03-04", "18:00", "Adelaide")]),
    ("acronym campus headings", None, """Our clubs

Vancouver

UBC (Point Grey)

Monday, March 8, 5 pm
Buchanan Building, Room A102

SFU (Burnaby)

Tuesday, March 9, 6 pm
Maggie Benston Centre, Room 2293

Victoria

UVIC (Gordon Head)

Wednesday, March 10, 7 pm
Clearihue Building, Room A212
""", [("2027-03-08", "17:00", "Vancouver"), ("2027-03-09", "18:00", "Vancouver"),
      ("2027-03-10", "19:00", "Victoria")]),
    ("an intro line, then a table (day/month)", None, """Meetings

Perth

All Perth meetings at a glance:

| Campus | Date | Time | Room |
|---|---|---|---|
| Curtin University (Bentley) | Tue 2/3 | 1pm | Building 210, Room 101 |
| Murdoch University | Thu 4/3 | 2pm | Library, Room 3.015 |

Hobart

Saturday 13 March at 2pm, Hobart Town Hall, Macquarie Street.
""", [("2027-03-02", "13:00", "Perth"), ("2027-03-04", "14:00", "Perth"),
      ("2027-03-13", "14:00", "Hobart")]),
    ("es: a table right under the city", "es", """Próximas reuniones

Bogotá

| Fecha | Hora | Lugar |
|---|---|---|
| Sáb. 12/12 | 4:00 p. m. | Universidad Nacional, edificio 229, aula 101 |
| Mar. 15/12 | 7:00 p. m. | Universidad de los Andes, bloque W, salón 402 |

Medellín

Jueves 17 de diciembre · 6:30 p. m.
Universidad de Antioquia, bloque 9, aula 105
""", [("2026-12-12", "16:00", "Bogotá"), ("2026-12-15", "19:00", "Bogotá"),
      ("2026-12-17", "18:30", "Medellín")]),
    ("es: a campus sub-heading", "es", """Reuniones

Rosario

Universidad Nacional de Rosario (Centro)

Martes 9 de marzo, 19 h
Facultad de Humanidades, aula 12

Mendoza

Universidad Nacional de Cuyo

Miércoles 10 de marzo, 18 h
Facultad de Filosofía, aula 3
""", [("2027-03-09", "19:00", "Rosario"), ("2027-03-10", "18:00", "Mendoza")]),
    ("de: campus sub-headings", "de", """Veranstaltungen

Leipzig

Universität Leipzig (Augustusplatz)

Dienstag, 9. März, 19 Uhr
Hörsaalgebäude, Hörsaal 9

HTWK (Connewitz)

Mittwoch, 10. März, 18 Uhr
Geutebrück-Bau, Raum G119

Dresden

Hochschule Dresden

Donnerstag, 11. März, 18.30 Uhr
Hörsaalzentrum, Raum 101
""", [("2027-03-09", "19:00", "Leipzig"), ("2027-03-10", "18:00", "Leipzig"),
      ("2027-03-11", "18:30", "Dresden")]),
    ("fr: a campus sub-heading, then a table", "fr", """Réunions

Grenoble

Université Grenoble Alpes (Saint-Martin-d'Hères)

| Date | Heure | Salle |
|---|---|---|
| mar. 9 mars | 18 h | Amphi 4, bâtiment Stendhal |
| jeu. 11 mars | 12 h 30 | Salle 112, bâtiment Stendhal |

Lille

Samedi 13 mars, 15 h, Maison des associations, 72 rue Royale
""", [("2027-03-09", "18:00", "Grenoble"), ("2027-03-11", "12:30", "Grenoble"),
      ("2027-03-13", "15:00", "Lille")]),
]
# fmt: on


@pytest.mark.parametrize("name,lang,page,want", ROWS, ids=[r[0] for r in ROWS])
def test_every_meeting_under_a_city_heading_is_held_in_that_city(name, lang, page, want):
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.city) for m in got] == want


def test_a_campus_sub_heading_stays_the_meetings_campus():
    page = ROWS[0][2]
    got = parse(page, as_of=AS_OF).meetings
    assert [(m.campus, m.place, m.venue) for m in got] == [
        (
            "University of Queensland",
            "University of Queensland (St Lucia)",
            "Forgan Smith Building",
        ),
        (None, "QUT (Gardens Point)", "Z Block"),
        ("University of Adelaide", "University of Adelaide (North Terrace)", "Napier Building"),
    ]


def test_a_name_over_an_entrys_own_time_line_is_its_title_not_a_city():
    page = """Programme

sam. 10 avr.

Rencontre

Rencontre avec la troupe de « Phèdre »

16 h · | Le Foyer

À l'occasion des représentations de Phèdre (du 6 au 17 avril, Grande salle).

jeu. 20 mai

Présentation de saison

19 h · | Grande salle
"""
    got = parse(page, as_of=AS_OF, lang="fr").meetings
    assert all(m.city != "Rencontre" for m in got)


def test_a_chapter_page_reads_each_citys_meetings_and_nothing_else():
    page = """# Campus clubs: Sydney & Melbourne

Welcome! Our clubs hold introductory meetings on every campus in the first two weeks.

## Sydney

### University of Sydney (Camperdown)

- **When:** Wednesday 3 March, 1pm
- **Where:** Holme Building, Sutherland Room

### UNSW (Kensington)

- **When:** Thursday 4 March, 12 noon
- **Where:** Quadrangle Building, Room G040

### Macquarie University

- **When:** Tuesday 9 March, 2pm
- **Where:** Lincoln Building, Room 1.07

Sydney contact: Text Jess on 0412 555 018.

## Melbourne

All Melbourne club meetings at a glance (dates are day/month):

| Campus | Date | Time | Room |
|---|---|---|---|
| Monash University (Clayton) | Wed 3/3 | 12.30pm | Campus Centre, Meeting Room 2 |
| RMIT (City campus) | Thu 4/3 | 6pm | Building 80, Level 2, Room 12 |
"""
    got = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.city) for m in got] == [
        ("2027-03-03", "13:00", "Sydney"),
        ("2027-03-04", "12:00", "Sydney"),
        ("2027-03-09", "14:00", "Sydney"),
        ("2027-03-03", "12:30", "Melbourne"),
        ("2027-03-04", "18:00", "Melbourne"),
    ]
    assert [m.venue for m in got] == [
        "Holme Building",
        "Quadrangle Building",
        "Lincoln Building",
        "Campus Centre",
        "Building 80",
    ]
    assert all(m.status == "scheduled" for m in got)
