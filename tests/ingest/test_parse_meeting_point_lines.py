"""A line under the date that says where (and when) to meet ("Meet 10:00am at Alphington
Station car park", "Treffpunkt 10 Uhr am Bahnhof Ehrenfeld", "Rendez-vous à 10h devant la
mairie"): its time is the meeting's unless the date line gives one, and its place is the
meeting's over a date line's words that name no place ("Doorknocking", which is the title). A
date line that names its hall keeps it. From holdout12's party branch page; the rows are
variants written from the pattern (other actions, languages, clocks), not copied from it."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)


# fmt: off
@pytest.mark.parametrize("first,second,lang,when,time,place,title", [
    ("Sat 27 February — Doorknocking", "Meet 10:00am at Alphington Station car park "
     "(Yarralea Street side). Training provided.", None, "2027-02-27", "10:00",
     "Alphington Station car park", "Doorknocking"),
    ("Sunday 14 March – Canal clean-up", "Meet 9.30am at the Lock Keeper's Cottage, bring gloves.",
     None, "2027-03-14", "09:30", "Lock Keeper's Cottage", "Canal clean-up"),
    ("Sat 6 March: Leafleting", "Meeting point 11am at the clock tower, Market Square.", None,
     "2027-03-06", "11:00", "clock tower", "Leafleting"),
    ("Samstag, 27. Februar – Haustürgespräche", "Treffpunkt 10 Uhr am Bahnhof Ehrenfeld, "
     "Ausgang Venloer Straße.", "de", "2027-02-27", "10:00", "Bahnhof Ehrenfeld",
     "Haustürgespräche"),
    ("So., 14. März: Radtour", "Treffpunkt um 9.30 Uhr an der Stadtbibliothek.", "de",
     "2027-03-14", "09:30", "Stadtbibliothek", "Radtour"),
    ("Samedi 27 février – Porte-à-porte", "Rendez-vous à 10h devant la mairie du 11e.", "fr",
     "2027-02-27", "10:00", "mairie du 11e", "Porte-à-porte"),
    ("Sábado 27 de febrero – Reparto de volantes", "Punto de encuentro a las 10:00 en la Plaza "
     "de Armas.", "es", "2027-02-27", "10:00", "Plaza de Armas", "Reparto de volantes"),
    ("Sat 27 February, 2pm — Doorknocking", "Meet at Alphington Station car park.", None,
     "2027-02-27", "14:00", "Alphington Station car park", "Doorknocking"),
])
# fmt: on
def test_the_meeting_point_under_the_date(first, second, lang, when, time, place, title):
    listing = parse(f"Branch events\n\n{first}\n{second}\n", as_of=AS_OF, lang=lang)
    [m] = listing.meetings
    assert (m.date, m.start_time, m.status) == (when, time, "scheduled")
    assert m.venue is not None and m.venue.startswith(place)
    assert m.title == title


def test_a_date_line_that_names_its_hall_keeps_it():
    text = "Branch events\n\nSat 27 February — Trades Hall\nMeet 10am at the front steps.\n"
    [m] = parse(text, as_of=AS_OF).meetings
    assert (m.start_time, m.venue) == ("10:00", "Trades Hall")


PAGE = """Northside Branch — events

Sat 23 January — Street stall
Stall outside the Co-op, Station Street, from 9:30am.

Sat 27 February — Doorknocking
Meet 10:00am at Alphington Station car park (Yarralea Street side). Comfy shoes essential.

Sun 14 March — Canal clean-up
Meet at the Lock Keeper's Cottage. Gloves provided.

Wed 17 March — Branch meeting
7:30pm, Fairfield Community Hall.
"""


def test_a_branch_page_with_meeting_points():
    listing = parse(PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got[1:] == [("2027-02-27", "10:00"), ("2027-03-14", None), ("2027-03-17", "19:30")]
    assert got[0][0] == "2027-01-23"
    feb, mar, branch = listing.meetings[1:]
    assert feb.venue.startswith("Alphington Station car park") and feb.title == "Doorknocking"
    assert mar.venue == "Lock Keeper's Cottage" and mar.title == "Canal clean-up"
    assert "Fairfield Community Hall" in f"{branch.venue} {branch.room}"
