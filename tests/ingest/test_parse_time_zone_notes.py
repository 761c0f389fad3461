"""A time-zone note right after a time is the meeting's ``tz_hint``, never its venue: the
abbreviations of other regions ("7:00 PM AST", "7pm NST", "(MEZ)"), a zone's name ("Atlantic
time"), and a city's or country's time ("18:00 hora de Lima", "19 h (heure de Paris)", "19 Uhr
(Berliner Zeit)", "7pm (London time)", "7pm UK time"); a title that ends in "Time" ("Story Time")
is no note. From the Halifax Meetup and Peruvian pages of tests/ingest/corpus/holdout7; the rows
are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.core.tzhint import hint_zone
from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("lang,line,hint,venue", [
    (None, "Thursday 4 March, 7:00 PM AST – North Memorial Library, 2285 Gottingen St",
     "AST", "North Memorial Library"),
    (None, "Thursday 4 March, 7pm NST – Ship Inn, 265 Water St, St. John's", "NST", "Ship Inn"),
    (None, "Thursday 21 January, 10:30am, Atlantic time, Halifax Central Library",
     "Atlantic time", "Halifax Central Library"),
    (None, "Thursday 21 January, 7pm (London time), Conway Hall, 25 Red Lion Square",
     "London time", "Conway Hall"),
    (None, "Thursday 21 January, 7pm UK time, Conway Hall, 25 Red Lion Square",
     "UK time", "Conway Hall"),
    ("es", "Jueves 21 de enero, 18:00 hora de Lima, Casa del Pueblo, Jr. Azángaro 1158",
     "hora de Lima", "Casa del Pueblo"),
    ("es", "Sábado 9 de enero, 6 p. m. (hora de Lima) – Local sindical, Av. Grau 450",
     "hora de Lima", "Local sindical"),
    ("fr", "Jeudi 21 janvier, 19 h (heure de Paris), Bourse du Travail, 3 rue du Château-d'Eau",
     "heure de Paris", "Bourse du Travail"),
    ("de", "Donnerstag, 21. Januar, 19 Uhr (Berliner Zeit), Gewerkschaftshaus, Keithstraße 1",
     "Berliner Zeit", "Gewerkschaftshaus"),
    ("de", "Donnerstag, 21. Januar, 19 Uhr MEZ, Gewerkschaftshaus, Keithstraße 1",
     "MEZ", "Gewerkschaftshaus"),
])
# fmt: on
def test_a_time_zone_note_is_a_hint_not_a_venue(lang, line, hint, venue):
    (m,) = parse(line + "\n", as_of=AS_OF, lang=lang).meetings
    assert (m.tz_hint, m.venue) == (hint, venue)
    assert hint not in " ".join(filter(None, (m.place, m.room, m.address, m.city)))


def test_a_title_ending_in_time_is_no_note():
    (m,) = parse("Thursday 21 January, 10:30am Story Time, Central Library\n", as_of=AS_OF).meetings
    assert m.tz_hint is None


def test_a_note_after_several_dates_is_theirs():
    line = "Los jueves 21 de enero y 4 de febrero, 6 p. m. (hora de Lima), Casa del Pueblo\n"
    ms = parse(line, as_of=AS_OF, lang="es").meetings
    assert [(m.date, m.start_time, m.tz_hint) for m in ms] == [
        ("2027-01-21", "18:00", "hora de Lima"),
        ("2027-02-04", "18:00", "hora de Lima"),
    ]
    assert all("Lima" not in (m.venue or "") for m in ms)


# fmt: off
@pytest.mark.parametrize("hint,zone", [
    ("AST", "America/Halifax"), ("Atlantic time", "America/Halifax"), ("NST", "America/St_Johns"),
    ("MEZ", "Europe/Berlin"), ("hora de Lima", None), ("UK time", None),
])
# fmt: on
def test_the_zones_the_new_notes_stand_for(hint, zone):
    assert hint_zone(hint) == zone


PAGE = """Halifax Tenants

Upcoming events

THU, DEC 3 · 7:00 PM AST
Monthly General Meeting
North Memorial Library · Halifax, NS

SAT, DEC 12 · 1:00 PM ADT
Door-knocking
Fairview Resource Centre · Halifax, NS
"""


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "meetup.txt"
    path.write_text(PAGE, encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["start_time"], m["tz_hint"], m["venue"]) for m in ms] == [
        ("2026-12-03", "19:00", "AST", "North Memorial Library"),
        ("2026-12-12", "13:00", "ADT", "Fairview Resource Centre"),
    ]
