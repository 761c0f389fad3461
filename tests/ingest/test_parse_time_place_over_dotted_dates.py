"""A time and a place stated once before a colon, over a list of dotted dates ("Committee
meetings, 1900hrs at 8 Orchard Close: Tue 12.01, Tue 09.02 and Tue 09.03", "Vorstand, 18.30
Uhr, Bürgerhaus Nord: Di 12.01., Di 09.02. und Di 09.03."): each date takes them. The list's
next dotted date ("09.02") is no time of the first. A dotted date's own time after it ("Sat
12.12, 10.30") stays its time. From holdout12's neighbourhood minutes; the rows are variants
written from the pattern (other languages, clocks, separators), not copied from the page."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("line,lang,dates,time,place", [
    ("Committee meetings, 1900hrs at 8 Orchard Close (Chair's house): Tue 12.01, Tue 09.02 "
     "and Tue 09.03.", None, ["2027-01-12", "2027-02-09", "2027-03-09"], "19:00", "8 Orchard Close"),
    ("Steering group, 6.30pm at St Mark's Church Hall: Wed 13.01, Wed 10.02 and Wed 10.03.", None,
     ["2027-01-13", "2027-02-10", "2027-03-10"], "18:30", "St Mark's Church Hall"),
    ("Trustees' meetings at 1830hrs, 22 Mill Lane: Mon 11.01, Mon 08.02, Mon 08.03", None,
     ["2027-01-11", "2027-02-08", "2027-03-08"], "18:30", "22 Mill Lane"),
    ("Vorstand, 18.30 Uhr, Bürgerhaus Nord: Di 12.01., Di 09.02. und Di 09.03.", "de",
     ["2027-01-12", "2027-02-09", "2027-03-09"], "18:30", "Bürgerhaus Nord"),
    ("Sprechstunde jeweils 17 Uhr im Stadtteilbüro: 12.01., 26.01. und 09.02.", "de",
     ["2027-01-12", "2027-01-26", "2027-02-09"], "17:00", "Stadtteilbüro"),
    ("Réunions du bureau à 19h à la Bourse du Travail : mar. 12.01, mar. 09.02 et mar. 09.03",
     "fr", ["2027-01-12", "2027-02-09", "2027-03-09"], "19:00", "Bourse du Travail"),
    ("Reuniones de la comisión a las 19:00 en el Ateneo Popular: 12.01., 09.02. y 09.03.", "es",
     ["2027-01-12", "2027-02-09", "2027-03-09"], "19:00", "Ateneo Popular"),
])
# fmt: on
def test_the_time_and_place_before_a_list_of_dotted_dates(line, lang, dates, time, place):
    listing = parse(f"Minutes of 1 December 2026\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == dates
    for m in listing.meetings:
        assert m.start_time == time
        assert place in f"{m.venue} {m.address}"
        assert m.status == "scheduled"


# fmt: off
@pytest.mark.parametrize("line,lang,time", [
    ("Sat 12.12, 10.30 — Litter pick at the Tanner Street gates", None, "10:30"),
    ("Sa 12.12., 10.00 Uhr Weihnachtsmarkt, Marktplatz", "de", "10:00"),
])
# fmt: on
def test_a_dotted_dates_own_time_stays(line, lang, time):
    listing = parse(f"Minutes of 1 December 2026\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-12", time)]


PAGE = """Riverside Residents' Association
Minutes of the meeting held on Tuesday 1 December 2026

4. WINTER EVENTS
4.1 Litter pick: Sat 12.12, 10.30, meet at the Tanner Street play park gates.

7. DATES OF NEXT MEETINGS
Committee meetings, 1900hrs at 8 Orchard Close (Chair's house): Tue 12.01, Tue 09.02 and Tue 09.03.

The meeting closed at 9.05pm.
"""


def test_minutes_with_a_committee_list():
    listing = parse(PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [
        ("2026-12-12", "10:30"),
        ("2027-01-12", "19:00"),
        ("2027-02-09", "19:00"),
        ("2027-03-09", "19:00"),
    ]
    assert "Tanner Street" in str(listing.meetings[0].venue) + str(listing.meetings[0].address)
    assert all("8 Orchard Close" in (m.address or "") for m in listing.meetings[1:])
