"""The day a fee or a payment is due ("Der Mitgliedsbeitrag ist bis 31.01.2027 zu überweisen",
"Membership dues must be paid by Sunday 31 January", "cotisation à régler avant le 31 janvier",
"la cuota se paga hasta el 31 de enero") is no meeting, warned about, wherever the line names
the payment (not only as a "Dues:" label at its start). A meeting about fees keeps its date.
From the Vienna union's schedule of tests/ingest/corpus/holdout8; the rows are variants written
from the pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)
PAGE = (
    "Termine\n\n"
    "02.12.2026, 18:30 – Regionalbüro, Thaliastraße 85, 1160 Wien\n\n"
    "Hinweise\n\n"
    "{line}\n"
)  # a dotted date: read in every language

# fmt: off
ROWS = [
    ("de", "Erinnerung: Der Mitgliedsbeitrag für das Sozialfonds-Jahr ist bis 31.01.2027 zu überweisen."),
    ("de", "Bitte die Kursgebühr bis Freitag, 15. Januar 2027 überweisen."),
    ("en", "Reminder: membership dues for next year must be paid by Sunday 31 January 2027."),
    ("en", "The course fee is due Friday, January 15, 2027."),
    ("fr", "Rappel : la cotisation annuelle est à régler avant le dimanche 31 janvier 2027."),
    ("fr", "Le paiement des frais d'inscription se fait jusqu'au 15 janvier 2027."),
    ("es", "Recordatorio: la cuota anual se paga hasta el domingo 31 de enero de 2027."),
    ("es", "El pago de la matrícula vence antes del 15 de enero de 2027."),
]
# fmt: on


@pytest.mark.parametrize("lang,line", ROWS)
def test_a_payment_date_is_no_meeting(lang, line):
    listing = parse(PAGE.format(line=line), as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-02"]
    assert [w for w in listing.warnings if w.line == 7 and "not a meeting" in w.reason]


# fmt: off
@pytest.mark.parametrize("lang,line,when", [
    ("en", "Fees campaign meeting: Thursday 14 January 2027, 7pm, Student Union Room 2",
     ("2027-01-14", "19:00")),
    ("de", "Infoabend zum Mitgliedsbeitrag am Donnerstag, 14. Januar 2027, 18 Uhr, Regionalbüro",
     ("2027-01-14", "18:00")),
])
# fmt: on
def test_a_meeting_about_fees_stays(lang, line, when):
    listing = parse(PAGE.format(line=line), as_of=AS_OF, lang=lang)
    assert when in [(m.date, m.start_time) for m in listing.meetings]


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "termine.txt"
    path.write_text(PAGE.format(line=ROWS[0][1]), encoding="utf-8")
    listing = cli_listing(path, "--as-of", AS_OF.isoformat(), "--lang", "de")
    assert [m["date"] for m in listing["meetings"]] == ["2026-12-02"]
    assert any(w["line"] == 7 and "payment" in w["reason"] for w in listing["warnings"])
