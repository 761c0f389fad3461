"""A date without a time right under a heading that names a deadline and nothing else
("REDAKTIONSSCHLUSS" / "für den nächsten Gemeindebrief ist der 20. Januar.") is that deadline's:
no meeting, warned about; a meeting under the page's other headings stays. Before, holdout12's
parish newsletter gave its copy deadline as a meeting. The rows are written from the pattern:
the deadline's heading in the languages the parser reads, its sentence on the next line."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

# fmt: off
# (lang, the page's meeting, its (date, time), the deadline's heading, the sentence under it)
ROWS = [
    ("de", "Seniorenkreis: Mittwoch, 16. Dezember, 15 Uhr, Gemeindehaus", ("2026-12-16", "15:00"),
     "REDAKTIONSSCHLUSS", "für den nächsten Gemeindebrief (März bis Mai) ist der 20. Januar."),
    ("de", "Mitgliederversammlung am Freitag, 11. Dezember, 19 Uhr, Vereinsheim", ("2026-12-11", "19:00"),
     "Anmeldeschluss", "für die Fahrt nach Dresden ist Freitag, der 15. Januar."),
    ("de", "Chorprobe am Donnerstag, 10. Dezember, 19:30 Uhr, Aula", ("2026-12-10", "19:30"),
     "Einsendeschluss", "Beiträge für die Festschrift bitte an die Redaktion, spätestens 8. Januar."),
    ("en", "Branch meeting: Thursday 10 December, 7pm, Trades Hall", ("2026-12-10", "19:00"),
     "Copy deadline", "for the spring newsletter is Friday 15 January."),
    ("en", "Carol service: Sunday 20 December, 6pm, St Mary's", ("2026-12-20", "18:00"),
     "Deadline", "Entries for the photo competition: Monday 11 January."),
    ("fr", "Assemblée générale le jeudi 10 décembre à 18h, Bourse du Travail", ("2026-12-10", "18:00"),
     "Date limite", "des inscriptions au stage : vendredi 15 janvier."),
    ("es", "Asamblea el jueves 10 de diciembre a las 19:00 en el Ateneo", ("2026-12-10", "19:00"),
     "Plazo de inscripción", "para el viaje a Toledo: viernes 15 de enero."),
]
# fmt: on


@pytest.mark.parametrize("lang,meeting,when,heading,sentence", ROWS)
def test_a_date_under_a_deadline_heading_is_no_meeting(lang, meeting, when, heading, sentence):
    listing = parse(f"{meeting}\n\n{heading}\n{sentence}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]
    assert any(w.line == 4 for w in listing.warnings)


def test_a_meeting_with_its_time_under_such_a_heading_stays():
    page = "Deadline\nPlanning meeting for the appeal: Thursday 14 January, 7pm, Trades Hall\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2027-01-14", "19:00")


PAGE = """\
Termine

Adventsbasar
Samstag, 12. Dezember, 14 bis 18 Uhr, Gemeindehaus

Neujahrsempfang
Sonntag, 10. Januar, 11:30 Uhr, Gemeindehaus

REDAKTIONSSCHLUSS
für den nächsten Gemeindebrief (März bis Mai) ist der 20. Januar.

GEMEINDEBÜRO
Lukasplatz 3 · Telefon 0611 42 18 70
"""


def test_a_newsletter_keeps_its_events_and_drops_its_copy_deadline():
    listing = parse(PAGE, as_of=AS_OF, lang="de")
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2026-12-12", "14:00"), ("2027-01-10", "11:30")]
