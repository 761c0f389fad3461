"""A venue block whose address line opens with the floor, suite or unit before the street
("KZQX Studios" / "2nd floor, 88 W. 5th Ave." / "Eugene, OR 97401"; "Suite 300, …", "2. OG,
Hauptstr. 5", "3e étage, 12 rue …", "2º piso, Calle Mayor 14") is a name over its street: the
name is the venue, the floor stays in the address, and the entry keeps its title. From the
radio station's events page of tests/ingest/corpus/holdout11; the rows are variants written
from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 3)


# fmt: off
@pytest.mark.parametrize("block,lang,want", [
    ("Volunteer Orientation\n\nWednesday, December 16 · 6:30 PM – 8:00 PM\n\n"
     "WXPN Studios\n3rd floor, 3025 Walnut St.\nPhiladelphia, PA 19104",
     "en", ("2026-12-16", "18:30", "WXPN Studios", "Volunteer Orientation")),
    ("Member Forum\n\nThursday, January 14 · 5:30 PM\n\n"
     "Riverbend Co-op Offices\n4th Floor, 400 Main St.\nBoise, ID 83702",
     "en", ("2027-01-14", "17:30", "Riverbend Co-op Offices", "Member Forum")),
    ("Open evening\n\nTuesday 12 January, 7pm\n\n"
     "Ink Collective\nLevel 2, 55 Smith Street\nFitzroy VIC 3065",
     "en", ("2027-01-12", "19:00", "Ink Collective", "Open evening")),
    ("Board meeting\n\nSaturday, January 9 · 10:00 AM\n\n"
     "Northside Tenants Union\nGround floor, 18 Cotton Lane\nManchester M4 5BB",
     "en", ("2027-01-09", "10:00", "Northside Tenants Union", "Board meeting")),
    ("Offenes Treffen\n\nDonnerstag, 14. Januar, 19 Uhr\n\n"
     "Radio Corax\n2. OG, Unterberg 11\n06108 Halle (Saale)",
     "de", ("2027-01-14", "19:00", "Radio Corax", "Offenes Treffen")),
    ("Réunion publique\n\njeudi 14 janvier, 19 h\n\n"
     "Collectif Ondes Libres\n3e étage, 12 rue Garibaldi\n69006 Lyon",
     "fr", ("2027-01-14", "19:00", "Collectif Ondes Libres", "Réunion publique")),
    ("Asamblea abierta\n\njueves 14 de enero, 19:00 h\n\n"
     "Radio Vallekas\n2º piso, Calle Peña Gorbea 26\n28018 Madrid",
     "es", ("2027-01-14", "19:00", "Radio Vallekas", "Asamblea abierta")),
])
# fmt: on
def test_the_name_over_a_floor_and_street_is_the_venue(block, lang, want):
    ms = parse(f"Station events\n\n{block}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [want[:2]]
    assert ms[0].venue == want[2]
    assert want[2] not in (ms[0].title or "")
    assert want[3] not in (ms[0].venue or "") + (ms[0].room or "")


PAGE = """Station Events

Coming Up

Pledge Drive Party

Friday, December 11 · 7:00 PM – 10:00 PM (PT)

Alder Hall
1120 Alder St.
Salem, OR 97301

New Volunteer Orientation

Wednesday, December 16 · 6:30 PM – 8:00 PM (PT)

KRVM Studios
2nd floor, 40 Court St.
Salem, OR 97301

Advisory Board Meeting

Thursday, January 14 · 5:30 PM – 7:00 PM (PT)

KRVM Studios
2nd floor, 40 Court St.
Salem, OR 97301

Open to the public.
"""


def test_a_station_page_keeps_its_studio_as_the_venue():
    ms = parse(PAGE, as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.venue) for m in ms] == [
        ("2026-12-11", "19:00", "Alder Hall"),
        ("2026-12-16", "18:30", "KRVM Studios"),
        ("2027-01-14", "17:30", "KRVM Studios"),
    ]
    assert [m.address for m in ms][1:] == ["2nd floor, 40 Court St., Salem, OR 97301"] * 2
    assert all(m.city == "Salem" for m in ms)
