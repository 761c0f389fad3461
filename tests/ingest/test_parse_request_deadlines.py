"""Requests and applications have deadlines as sign-ups do: "les demandes de salles pour février
sont à déposer avant le vendredi 15 janvier, 12h", "Anträge auf Förderung bis 15. Januar",
"Room requests before Friday 15 January", "solicitudes hasta el 15 de enero": the date is no
meeting, even with a time; it is warned about. From the Lyon associations page of
tests/ingest/corpus/holdout6; the rows are variants written from the pattern, not copied from
the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
MEETING = "Mardi 12 janvier 2027, 19 h – Réunion publique, Grande salle"


# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Associations : les demandes de salles pour février sont à déposer avant le vendredi 15 "
     "janvier, 12h, via le formulaire.", "fr"),
    ("Room requests for February must reach the office before Friday 15 January, 12 noon.", None),
    ("Anträge auf Raumnutzung im Februar bis Freitag, 15. Januar, 12 Uhr, an das Sekretariat.",
     "de"),
    ("Las solicitudes de salas para febrero se reciben hasta el viernes 15 de enero, 12 h.", "es"),
])
# fmt: on
def test_a_request_deadline_is_no_meeting(line, lang):
    listing = parse(f"Programme\n\n{MEETING}\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-01-12"]
    assert any(w.line == 5 and "deadline" in w.reason for w in listing.warnings)


def test_a_meeting_about_requests_stays():
    line = "Requests and ideas evening: Friday 15 January 2027, 7pm, Grande salle"
    ms = parse(f"Programme\n\n{MEETING}\n\n{line}\n", as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2027-01-12", "2027-01-15"]
