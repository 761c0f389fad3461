"""When a page was printed ("Printed: 16/11/2026 10:42 Page 2 of 2", "Gedruckt am 16.11.2026",
"Imprimé le 16/11/2026", "Impreso el 16/11/2026") is a footer's date, not a meeting, even with
its time of day; it is warned about. From the union schedule of tests/ingest/corpus/practice7;
the rows are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 16)


# fmt: off
@pytest.mark.parametrize("footer,lang", [
    ("Printed: 16/11/2026 10:42 Page 2 of 2", None),
    ("Printed on 16 November 2026 at 10:42", None),
    ("Gedruckt am 16.11.2026, 10:42 Uhr – Seite 2 von 2", "de"),
    ("Imprimé le 16/11/2026 à 10 h 42", "fr"),
    ("Impreso el 16/11/2026 a las 10:42", "es"),
])
# fmt: on
def test_a_print_stamp_is_no_meeting(footer, lang):
    page = f"Schedule\n\nThursday 10 December 2026, 18:00 – Branch meeting, Trades Hall\n\n{footer}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-10"]
    assert any(w.line == 5 and "not a meeting" in w.reason for w in listing.warnings)


def test_a_print_shop_meeting_stays():
    page = "Schedule\n\nPrint workshop: Thursday 10 December 2026, 18:00, Trades Hall\n"
    assert [m.date for m in parse(page, as_of=AS_OF).meetings] == ["2026-12-10"]
