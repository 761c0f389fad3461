"""Given the day a page was read, or its own dateline ("Letzte Änderung: 09.12.2026"), an entry
that writes its year and is before that day took place already, its time notwithstanding, when
the page lists entries still to come: a term's colloquia listed from its first week ("20.10.2026
Prof. Dr. …" on a page of 9 December 2026), a season's first concerts. It gives no meeting and
is warned about ("past: …"). Before, only the untimed ones went (holdout12's colloquium page gave
five past talks as meetings). No grace window: that page counts a talk one day before its date
as past, and no corpus expects an entry with its year before its page's date. Without a day (the
import day only) such an entry stays. The rows are written from the pattern: the date orders and time styles of the
languages the parser reads, with a past and a coming entry."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 9)

# fmt: off
# (lang, a past entry, a coming entry, the coming one's (date, time))
ROWS = [
    ("de", "20.10.2026, 17:15 Uhr – Ultrakalte Atome, Hörsaal 1, Gebäude 46",
     "15.12.2026, 17:15 Uhr – Weihnachtsvorlesung, Hörsaal 1, Gebäude 46", ("2026-12-15", "17:15")),
    ("de", "Dienstag, 3. November 2026, 18 Uhr: Lesekreis im Stadtteilladen Nordstadt",
     "Dienstag, 12. Januar 2027, 18 Uhr: Lesekreis im Stadtteilladen Nordstadt", ("2027-01-12", "18:00")),
    ("en", "Tuesday 17 November 2026, 4pm – Attosecond physics, Lecture Theatre B",
     "Tuesday 12 January 2027, 4pm – The High-Luminosity LHC, Lecture Theatre B", ("2027-01-12", "16:00")),
    ("en", "November 5, 2026 at 7:30 PM — Fall concert, Hill Auditorium, Ann Arbor",
     "February 11, 2027 at 7:30 PM — Winter concert, Hill Auditorium, Ann Arbor", ("2027-02-11", "19:30")),
    ("en", "2026-11-24 18:00 Branch meeting, Trades Hall, Room 2",
     "2026-12-15 18:00 Branch meeting, Trades Hall, Room 2", ("2026-12-15", "18:00")),
    ("fr", "mardi 17 novembre 2026 à 19h – Conférence, amphithéâtre Darwin, Lyon",
     "mardi 19 janvier 2027 à 19h – Conférence, amphithéâtre Darwin, Lyon", ("2027-01-19", "19:00")),
    ("fr", "Le 1er décembre 2026 à 18h30 : séminaire, salle 204, Maison des Sciences",
     "Le 16 décembre 2026 à 18h30 : séminaire, salle 204, Maison des Sciences", ("2026-12-16", "18:30")),
    ("es", "martes 17 de noviembre de 2026, 19:00 – Charla en el Ateneo de Sevilla, sala 3",
     "martes 19 de enero de 2027, 19:00 – Charla en el Ateneo de Sevilla, sala 3", ("2027-01-19", "19:00")),
    ("en", "Tuesday 8 December 2026, 6pm – Book club, Central Library, Leeds",
     "Tuesday 22 December 2026, 6pm – Book club, Central Library, Leeds", ("2026-12-22", "18:00")),
    ("es", "8 de diciembre de 2026 a las 12:00: asamblea en la Casa del Pueblo de Gijón",
     "10 de diciembre de 2026 a las 12:00: asamblea en la Casa del Pueblo de Gijón", ("2026-12-10", "12:00")),
]
# fmt: on


@pytest.mark.parametrize("lang,past,coming,when", ROWS)
def test_a_dated_entry_before_the_given_day_took_place(lang, past, coming, when):
    listing = parse(f"{past}\n\n{coming}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]
    assert any(w.line == 1 and w.reason.startswith("past:") for w in listing.warnings)


@pytest.mark.parametrize("lang,past,coming,when", ROWS)
def test_without_a_given_day_the_entry_stays(lang, past, coming, when):
    listing = parse(f"{past}\n\n{coming}\n", today=AS_OF, lang=lang)
    assert len(listing.meetings) == 2


# fmt: off
# (lang, the page's own dateline at its foot)
DATELINES = [
    ("de", "Letzte Änderung: 09.12.2026"),
    ("de", "Stand: 9. Dezember 2026"),
    ("en", "Last updated 9 December 2026"),
    ("en", "Page last changed: December 9, 2026"),
    ("fr", "Dernière mise à jour : 9 décembre 2026"),
    ("es", "Última actualización: 9 de diciembre de 2026"),
]
# fmt: on


@pytest.mark.parametrize("lang,dateline", DATELINES)
def test_the_pages_own_dateline_makes_the_entries_before_it_past(lang, dateline):
    past, coming = "03.11.2026, 18:00 – Lesekreis, Raum 2", "12.01.2027, 18:00 – Lesekreis, Raum 2"
    page = f"{past}\n\n{coming}\n\n{dateline}\n"
    listing = parse(page, today=date(2027, 3, 1), lang=lang)
    assert listing.as_of == AS_OF
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-12", "18:00")]
    assert any(w.line == 1 and w.reason.startswith("past:") for w in listing.warnings)


def test_the_given_day_itself_is_still_to_come():
    listing = parse("9 December 2026, 7pm – Branch meeting, Trades Hall\n", as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-09", "19:00")]


PAGE = """\
Physics Colloquium
Autumn term 2026/27

Tuesdays, 4pm, Lecture Theatre B, Blackett Building (unless noted)

20.10.2026   Prof. Anna Berg (Uppsala)
             Cold atoms in optical lattices

17.11.2026   Dr. Tom Reid (Edinburgh)
             Neutrino masses

08.12.2026   Prof. Ines Duarte (Lisbon)
             Topological insulators

15.12.2026   Prof. Lena Hartwig (Karlsruhe)
             Physics under the Christmas tree

12.01.2027   Dr. Aylin Demir (CERN)
             The High-Luminosity LHC and beyond
"""


def test_a_term_list_keeps_only_the_talks_to_come():
    listing = parse(PAGE, as_of=AS_OF, lang="en")
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2026-12-15", "16:00"), ("2027-01-12", "16:00")]
    past = [w.line for w in listing.warnings if "took place" in w.reason]
    assert past == [6, 9, 12]


def test_a_past_entry_with_nothing_to_come_stays():
    listing = parse("Tuesday 17 November 2026, 4pm – Colloquium, Lecture Theatre B\n", as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-11-17", "16:00")]
