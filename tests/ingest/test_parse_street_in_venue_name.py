"""A venue line that ends with the street its next line opens with (issue 17; holdout13's
tenants' association): "Gemeinschaftsraum Südring 4" over "Südring 4, 44227 Dortmund". The line
is the venue's name with its street, not a street of its own, so the title line above it stays
the title and the line under it is the address. The family: a German, Spanish or English name
run together with its street ("Kiezladen Friedelstraße 54", "Salón comunal Calle Mayor 14",
"Parish Hall 40 Church Road"), or parted from it by a comma ("Salle des fêtes, 3 rue Victor
Hugo", "Community Room, 12 Oak Street"; then the name alone is the venue). The rows are variants
written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.parse.venues import _name_before_street

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("when,lang,title,venue_line,street,iso,start,venue", [
    ("Mittwoch, 13. Januar 2027, 18:30 Uhr", "de", "Mieterversammlung Hochhäuser Nordring",
     "Gemeinschaftsraum Nordring 4", "Nordring 4, 44227 Dortmund", "2027-01-13", "18:30",
     "Gemeinschaftsraum Nordring 4"),
    ("Dienstag, 19. Januar 2027, 19 Uhr", "de", "Offenes Treffen Nordkiez",
     "Kiezladen Friedelstraße 54", "Friedelstraße 54, 12047 Berlin", "2027-01-19", "19:00",
     "Kiezladen Friedelstraße 54"),
    ("Jeudi 21 janvier 2027, 18 h 30", "fr", "Permanence logement",
     "Local associatif 12 avenue Jean Jaurès", "12 avenue Jean Jaurès, 69007 Lyon",
     "2027-01-21", "18:30", "Local associatif 12 avenue Jean Jaurès"),
    ("Jeudi 28 janvier 2027, 18 h 30", "fr", "Assemblée des locataires",
     "Salle des fêtes, 3 rue Victor Hugo", "3 rue Victor Hugo, 69003 Lyon", "2027-01-28",
     "18:30", "Salle des fêtes"),
    ("Sábado 23 de enero de 2027, 11:00", "es", "Asamblea vecinal",
     "Salón comunal Calle Mayor 14", "Calle Mayor 14, 28013 Madrid", "2027-01-23", "11:00",
     "Salón comunal Calle Mayor 14"),
    ("Viernes 22 de enero de 2027, 19 h", "es", "Charla abierta",
     "Centro vecinal Av. Rivadavia 4500", "Av. Rivadavia 4500, C1424 CABA", "2027-01-22",
     "19:00", "Centro vecinal Av. Rivadavia 4500"),
    ("Thursday, January 14, 2027, 7 pm", None, "Tenants meeting",
     "Community Room, 12 Oak Street", "12 Oak Street, Leeds LS2 3AB", "2027-01-14", "19:00",
     "Community Room"),
    ("Monday, January 18, 2027, 6:30 pm", None, "Neighbourhood forum",
     "Parish Hall 40 Church Road", "40 Church Road, Bristol BS5 8AA", "2027-01-18", "18:30",
     "Parish Hall 40 Church Road"),
])
# fmt: on
def test_a_venue_line_ending_in_the_next_lines_street_is_the_venue_under_its_title(
    when, lang, title, venue_line, street, iso, start, venue
):
    page = f"Termine\n\n{when}\n{title}\n{venue_line}\n{street}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (str(m.date), m.start_time) == (iso, start)
    assert (m.title, m.venue, m.room, m.address) == (title, venue, None, street)


# fmt: off
@pytest.mark.parametrize("venue_line,street", [
    ("Gemeinschaftsraum Südring 4", "Nordring 4, 44227 Dortmund"),  # another street
    ("Gemeinschaftsraum Südring", "Südring 4, 44227 Dortmund"),     # no number on the line
    ("Saal 4", "Saal 4, 44227 Dortmund"),                           # the name is the street
])
# fmt: on
def test_a_line_that_does_not_end_in_the_next_lines_street_is_not_read_so(venue_line, street):
    assert _name_before_street(venue_line, street) is None


PAGE = """Termine 2027 – Mieterverein

Mittwoch, 13. Januar 2027, 18:30 Uhr
Mieterversammlung Hochhäuser Nordring
Gemeinschaftsraum Nordring 4
Nordring 4, 44227 Dortmund

Donnerstag, 21. Januar 2027, 19:00 Uhr
Infoabend Betriebskosten
Mieterzentrum
Kampstraße 4, 44137 Dortmund

Mittwoch, 3. Februar 2027, 18 Uhr
Treffen der Hausgemeinschaft Lindenhof
Nachbarschaftstreff Lindenhof 12
Lindenhof 12, 44139 Dortmund
"""


def test_a_page_of_venue_blocks_keeps_each_title_and_names_each_room():
    got = [
        (str(m.date), m.start_time, m.title, m.venue, m.address)
        for m in parse(PAGE, as_of=AS_OF, lang="de").meetings
    ]
    assert got == [
        ("2027-01-13", "18:30", "Mieterversammlung Hochhäuser Nordring",
         "Gemeinschaftsraum Nordring 4", "Nordring 4, 44227 Dortmund"),
        ("2027-01-21", "19:00", "Infoabend Betriebskosten", "Mieterzentrum",
         "Kampstraße 4, 44137 Dortmund"),
        ("2027-02-03", "18:00", "Treffen der Hausgemeinschaft Lindenhof",
         "Nachbarschaftstreff Lindenhof 12", "Lindenhof 12, 44139 Dortmund"),
    ]  # fmt: skip
