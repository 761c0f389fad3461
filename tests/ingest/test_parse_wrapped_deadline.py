"""A deadline's sentence wrapped over two lines, its date on the second after a few lower-case
words ("Inscription auprès du secrétariat" / "avant le 30 avril."): the date is read with the
words of the line above, so it is a deadline, warned about, and no meeting. The rows are
variants written from the pattern, in the four languages, not copied from holdout11's page."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
WRAPPED = [
    ("Les doctorant·es présentent leurs travaux. Inscription auprès du secrétariat",
     "avant le 30 avril.", "fr"),
    ("Journée ouverte à toutes et tous. Inscriptions au secrétariat du laboratoire",
     "avant le vendredi 30 avril.", "fr"),
    ("Les vacances scolaires commencent", "le samedi 19 décembre.", "fr"),
    ("Bitte beachten: Anmeldung für den Workshop beim Sekretariat", "bis zum 30. April.", "de"),
    ("Everyone is welcome. Please register with the branch secretary", "by 30 April.", "en"),
    ("Proposals for workshops should reach the organising committee", "by 15 January 2027.",
     "en"),
    ("Abierto a todo el público. Inscripción en la secretaría del sindicato",
     "antes del 30 de abril.", "es"),
]
# fmt: on


@pytest.mark.parametrize("above,below,lang", WRAPPED)
def test_a_wrapped_deadline_is_no_meeting(above, below, lang):
    page = f"Study day\nThursday 3 June 2027, 9.30am, Room 1.03\n{above}\n{below}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-06-03", "09:30")]
    assert any(w.line == 4 and "not a meeting" in w.reason for w in listing.warnings)


def test_a_meeting_line_under_a_sentence_stays():
    page = (
        "Study day\nThursday 3 June 2027, 9.30am, Room 1.03\n"
        "Please register with the branch secretary beforehand.\n"
        "Friday 4 June 2027, 10am, Room 1.03\n"
    )
    got = [(m.date, m.start_time) for m in parse(page, as_of=AS_OF).meetings]
    assert got == [("2027-06-03", "09:30"), ("2027-06-04", "10:00")]
