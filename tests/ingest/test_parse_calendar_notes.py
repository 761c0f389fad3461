"""A calendar's all-day entries that are notes, not meetings: a deadline named anywhere in the
title ("Newsletter copy deadline", "Submission deadline: …", "Einsendeschluss Rundbrief", "Date
limite des candidatures", "Plazo de inscripción"), a closure ("Office closed (back 4 Jan)",
"Library closed - Martin Luther King Jr. Day", "Geschäftsstelle geschlossen", "Bureau fermé",
"Oficina cerrada"), the title on the entry's own line, under its date, or under a blank line and
a bare "All Day"; the span a calendar prints under such a note ("Mon 28 Dec 2026 - Sun 3 Jan
2027") goes with it, and so does a closure whose word ends the sentence on the next line ("Die
Geschäftsstelle ist vom 23.12.2026 bis einschließlich 06.01.2027" / "geschlossen."). A real
all-day event (a festival day, a closed meeting) stays a meeting. Rows written from the pattern
(issue 17, holdout11's calendar prints), not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


def _calendar(day: str, entry: str) -> str:
    return (
        "Agenda\n\n"
        "Tue 15 Dec 2026\n19:30 - 21:00    Monthly meeting\n                 Where: Trades Hall\n\n"
        f"{day}\n{entry}\n\n"
        "Tue 19 Jan 2027\n19:30 - 21:00    Monthly meeting\n                 Where: Trades Hall\n"
    )


# fmt: off
@pytest.mark.parametrize("day,entry,lang", [
    ("Thu 17 Dec 2026", "All day          Newsletter copy deadline", None),
    ("Tue 29 Dec 2026", "All day          Submission deadline: Canal towpath consultation", None),
    ("Tue 29 Dec 2026", "All day          Office closed (back 4 Jan)", None),
    ("Tue 29 Dec 2026", "All day          Library closed - New Year holiday", None),
    ("Di., 29. Dez. 2026", "Ganztägig        Einsendeschluss Rundbrief", "de"),
    ("Di., 29. Dez. 2026", "Ganztägig        Geschäftsstelle geschlossen", "de"),
    ("mar. 29 déc. 2026", "Journée entière  Bureau fermé pour les fêtes", "fr"),
    ("mar. 29 déc. 2026", "Journée entière  Date limite des candidatures au bureau", "fr"),
    ("mar, 29 dic 2026", "Todo el día      Oficina cerrada por vacaciones", "es"),
    ("mar, 29 dic 2026", "Todo el día      Último día del plazo de inscripción", "es"),
])
# fmt: on
def test_an_all_day_note_is_no_meeting(day, entry, lang):
    listing = parse(_calendar(day, entry), as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-15", "2027-01-19"]
    assert any(w.text == day and "not a meeting" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("entry", [
    "All day          Winter solstice festival - Phoenix Park",
    "All day          Closed meeting of the committee, Trades Hall",
    "All day          Tenants' conference, Liberty Hall",
])
# fmt: on
def test_an_all_day_event_stays_a_meeting(entry):
    listing = parse(_calendar("Mon 21 Dec 2026", entry), as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2026-12-15", "2026-12-21", "2027-01-19"]


def test_a_calendar_print_keeps_only_its_meetings():
    page = (
        "Cyclists' Campaign - Agenda\n15 Dec 2026 - 31 Jan 2027\n\n"
        "Tue 15 Dec 2026\n19:30 - 21:00    Monthly meeting\n"
        "                 Where: The Lantern Centre, 17 Synge Street, Dublin 8\n\n"
        "Thu 17 Dec 2026\nAll day          Newsletter copy deadline\n\n"
        "Mon 28 Dec 2026\nAll day          Office closed (back 4 Jan)\n"
        "                 Mon 28 Dec 2026 - Sun 3 Jan 2027\n\n"
        "Tue 26 Jan 2027\nAll day          Submission deadline: Liffey cycle route\n\n"
        "Sat 30 Jan 2027\n10:00 - 13:00    Bike maintenance workshop\n"
        "                 Where: Rediscovery Centre, Ballymun Road, Dublin 9\n\n"
        "Monday, February 1\n\nAll Day\nLibrary closed - St Brigid's Day\nAll locations\n"
    )
    listing = parse(page, as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue or m.place) for m in listing.meetings]
    assert got == [
        ("2026-12-15", "19:30", "The Lantern Centre"),
        ("2027-01-30", "10:00", "Rediscovery Centre"),
    ]
    warned = {w.line for w in listing.warnings if "not a meeting" in w.reason}
    assert {8, 11, 12, 13, 15, 22} <= warned


def test_a_closure_whose_word_ends_the_sentence_on_the_next_line():
    page = (
        "Volkshochschule\n\n"
        "Die Geschäftsstelle ist vom 23.12.2026 bis einschließlich 06.01.2027\n"
        "geschlossen. Anmeldungen online sind jederzeit möglich.\n\n"
        "Montag, 11. Januar 2027, 19:00 Uhr: Vortrag, Raum 101\n"
    )
    listing = parse(page, as_of=AS_OF, lang="de")
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-11", "19:00")]
    assert any(w.line == 3 and "closure" in w.reason for w in listing.warnings)
