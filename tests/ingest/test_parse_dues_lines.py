"""A line labelled with dues or payments gives when they are paid or taken, not a meeting
("Subscriptions: deductions for December will be made on 20/12/2026", "Beiträge: Einzug am …",
"Cotisations : prélèvement le …", "Cuotas: descuento el …"); it is warned about. A meeting about
dues stays. From the union branch schedule of tests/ingest/corpus/practice7; the rows are
variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 16)
MEETING = "Thursday 10 December 2026, 17h30 – Branch general meeting, Community House"


# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("- Subscriptions: deductions for December will be made on 20/12/2026.", None),
    ("Membership fees – due by debit order on Monday 4 January 2027", None),
    ("Dues: collected at the branch office on 15 January 2027", None),
    ("Beiträge: Einzug für das erste Quartal am 15.01.2027", "de"),
    ("Cotisations : prélèvement du premier trimestre le 15 janvier 2027", "fr"),
    ("Cuotas: el descuento de enero se hará el 15 de enero de 2027", "es"),
])
# fmt: on
def test_a_payment_date_is_no_meeting(line, lang):
    listing = parse(f"Schedule\n\n{MEETING}\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-10"]
    assert any(w.line == 5 and "payment" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("line,want", [
    ("Meeting on subscriptions: Thursday 14 January 2027, 17h30, Community House", "2027-01-14"),
    ("Dues campaign launch, Thursday 14 January 2027, 17h30, Community House", "2027-01-14"),
])
# fmt: on
def test_a_meeting_about_dues_stays(line, want):
    ms = parse(f"Schedule\n\n{MEETING}\n\n{line}\n", as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2026-12-10", want]
