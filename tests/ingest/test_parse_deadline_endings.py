"""An untimed calendar entry whose title ends with what ends that day ("Public comment period
on the bus cuts closes", "Nominations for the committee close", "Einspruchsfrist … läuft ab",
"La consultation publique prend fin", "La convocatoria de ayudas vence", "Membership renewals
due") is a deadline, not a meeting: warned about. Before, holdout13's printed Google Calendar
agenda gave "All day  PUC comment period on Xcel rate case closes" as a meeting. The rows are
written from the pattern: the verbs that end a period, in the four languages the parser reads,
on a calendar's day lines and on one-line entries; a street called a Close, and a timed entry,
stay meetings."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# fmt: off
# (lang, the page's meeting, its (date, time), the deadline's line)
ROWS = [
    ("en", "Thursday 14 January 2027: Branch meeting, 7pm, Trades Hall", ("2027-01-14", "19:00"),
     "Friday 15 January 2027: Nominations for the committee close"),
    ("en", "Thursday 14 January 2027: Tenants' meeting, 6.30pm, Hulme Library", ("2027-01-14", "18:30"),
     "Friday 15 January 2027: Membership renewals due"),
    ("en", "Wednesday 13 January 2027 - Steering group, 7pm, Quaker Meeting House", ("2027-01-13", "19:00"),
     "Monday 18 January 2027 - Consultation on the bus cuts ends"),
    ("en", "Tue 12 Jan 2027 · 6pm · Reading group, Room 2.14", ("2027-01-12", "18:00"),
     "Fri 15 Jan 2027 · All day · Bursary applications period expires"),
    ("de", "Donnerstag, 14. Januar 2027: Mitgliederversammlung, 19 Uhr, Gewerkschaftshaus", ("2027-01-14", "19:00"),
     "Freitag, 15. Januar 2027: Einspruchsfrist gegen den Bebauungsplan läuft ab"),
    ("de", "Do 14.01.2027  19:00  Mitgliederversammlung, Volkshaus", ("2027-01-14", "19:00"),
     "Fr 15.01.2027  ganztägig  Beteiligung am Haushaltsentwurf endet"),
    ("fr", "Jeudi 14 janvier 2027 : assemblée générale, 18 h, Bourse du Travail", ("2027-01-14", "18:00"),
     "Vendredi 15 janvier 2027 : la consultation publique sur le PLU prend fin"),
    ("fr", "Mardi 12 janvier 2027 : réunion du bureau, 19 h, Maison des syndicats", ("2027-01-12", "19:00"),
     "Vendredi 15 janvier 2027 : l'appel à contributions se termine"),
    ("es", "Jueves 14 de enero de 2027: asamblea, 19:00, Ateneo", ("2027-01-14", "19:00"),
     "Viernes 15 de enero de 2027: la convocatoria de ayudas vence"),
    ("es", "Martes 12 de enero de 2027: reunión, 18:30, Casal del Barri", ("2027-01-12", "18:30"),
     "Viernes 15 de enero de 2027, todo el día: el periodo de alegaciones termina"),
]
# fmt: on


@pytest.mark.parametrize("lang,meeting,when,deadline", ROWS)
def test_an_entry_that_ends_a_period_is_no_meeting(lang, meeting, when, deadline):
    listing = parse(f"{meeting}\n{deadline}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]
    assert any(w.line == 2 for w in listing.warnings)


@pytest.mark.parametrize(
    "line,when",
    [
        ("Saturday 16 January 2027: Litter pick, Acacia Close", ("2027-01-16", None)),
        ("Friday 15 January 2027, 7pm: Rally as the consultation closes, Trades Hall",
         ("2027-01-15", "19:00")),
        ("Freitag, 15. Januar 2027, 18 Uhr: Kundgebung, bevor die Frist abläuft, Marktplatz",
         ("2027-01-15", "18:00")),
    ],
)  # fmt: skip
def test_a_street_or_a_timed_entry_stays_a_meeting(line, when):
    (m,) = parse(f"{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == when


PAGE = """\
Riverside Tenants - Agenda
Dec 1, 2026 - Jan 31, 2027

Mon Jan 11, 2027
    6:30pm - 8pm    Steering Committee
                    Where: Riverside Community Room, 2210 Riverside Ave, Minneapolis

Fri Jan 15, 2027
    All day         City comment period on the rent stabilization ordinance closes

Wed Jan 20, 2027
    7pm - 9pm       General meeting
                    Where: Brian Coyle Community Center, 420 15th Ave S, Minneapolis
"""


def test_an_agenda_keeps_its_meetings_and_not_its_deadline():
    listing = parse(PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2027-01-11", "18:30"), ("2027-01-20", "19:00")]
    assert any(w.line == 8 and "deadline" in w.reason for w in listing.warnings)
