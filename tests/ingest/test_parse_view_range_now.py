"""An events list's range bar that starts now ("Now – February 27", "Heute – 27. Februar",
"Maintenant – 27 février", "Hoy – 27 de febrero"): the days the list shows, no meeting; it is
warned about. The words for now and today are CLDR's (through babel). Issue 17; the Victoria
library calendar of tests/ingest/corpus/holdout10. The rows are variants written from the
pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("lang,bar,entry,want", [
    ("en", "Now – February 27", "December 12 @ 10:30 am - 12:00 pm", ("2026-12-12", "10:30")),
    ("en", "Today - March 6", "December 12 @ 10:30 am", ("2026-12-12", "10:30")),
    ("de", "Jetzt – 27. Februar", "12. Dezember @ 10:30 - 12:00", ("2026-12-12", "10:30")),
    ("de", "Heute – 27. Februar", "12. Dezember @ 10:30", ("2026-12-12", "10:30")),
    ("fr", "Maintenant – 27 février", "12 décembre @ 10h30", ("2026-12-12", "10:30")),
    ("fr", "Aujourd’hui – 27 février", "12 décembre @ 10h30", ("2026-12-12", "10:30")),
    ("es", "Hoy – 27 de febrero", "12 de diciembre @ 10:30", ("2026-12-12", "10:30")),
    ("es", "Ahora – 27 de febrero", "12 de diciembre @ 10:30", ("2026-12-12", "10:30")),
])
# fmt: on
def test_a_range_bar_from_now_is_no_meeting(lang, bar, entry, want):
    page = f"Upcoming Events\n\n{bar}\n\n{entry}\n\nCard making\n\nCentral Branch\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [want]
    assert any("range an events list shows" in w.reason and w.line == 3 for w in listing.warnings)


def test_a_title_before_a_dash_and_a_date_stays_a_meeting():
    page = "Events\n\nBook sale – February 27\n\nCentral Branch\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2027-02-27"]


CALENDAR = """Greater Victoria Public Library

Upcoming Events

Now – February 27

December 2026

December 12 @ 10:30 am - 12:00 pm

Holiday Card Making for Adults

Central Branch
735 Broughton St, Victoria, BC V8W 3H2

December 15 @ 6:30 pm - 8:00 pm

Renting in BC: Know Your Rights

James Bay Branch
385 Menzies St, Victoria, BC V8V 2G9
"""


def test_a_library_calendar():
    ms = parse(CALENDAR, as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.venue) for m in ms] == [
        ("2026-12-12", "10:30", "Central Branch"),
        ("2026-12-15", "18:30", "James Bay Branch"),
    ]
