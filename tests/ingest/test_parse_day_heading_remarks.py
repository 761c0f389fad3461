"""A programme's day heading with a remark after the date ("## Friday 19 March (eve of the
weekend)", "Samstag, 20. März (Haupttag)") over a card that gives the date again with its time is
no meeting of its own: like a bare day heading over its cards, it is warned about as the date
it repeats. Issue 17; the Swansea programme of tests/ingest/corpus/holdout10. The rows are
variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("lang,heading,date_line,want", [
    ("en", "## Friday 19 March (eve of the weekend)", "Date: March 19, 2027 7:30 PM → 10:00 PM",
     ("2027-03-19", "19:30")),
    ("en", "## Saturday 20 March (main day)", "Date: March 20, 2027 10:00 AM → 11:15 AM",
     ("2027-03-20", "10:00")),
    ("en", "Sunday 21 March (closing day)", "Date: March 21, 2027 2:00 PM",
     ("2027-03-21", "14:00")),
    ("de", "## Freitag, 19. März (Vorabend)", "Datum: 19. März 2027 19:30",
     ("2027-03-19", "19:30")),
    ("fr", "## Vendredi 19 mars (veille du week-end)", "Date : 19 mars 2027 19h30",
     ("2027-03-19", "19:30")),
    ("es", "## Viernes 19 de marzo (víspera)", "Fecha: 19 de marzo de 2027 19:30",
     ("2027-03-19", "19:30")),
])
# fmt: on
def test_a_day_heading_with_a_remark_over_its_card_is_no_meeting(lang, heading, date_line, want):
    page = f"# Programme\n\n{heading}\n\n### Pub quiz\n\n{date_line}\nRoom: Uplands Tavern\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [want]
    assert any("repeats the date" in w.reason and w.line == 3 for w in listing.warnings)


def test_a_dated_line_with_a_long_remark_stays_a_meeting():
    page = "Events\n\nFriday 19 March (the pub quiz at the Uplands, bring friends)\n\nSaturday 20 March 2027, 10am\nTaliesin Theatre\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2027-03-19", "2027-03-20"]


PROGRAMME = """# Weekend school 2027 — Programme

## Friday 19 March (eve of the weekend)

### Fringe: history pub quiz

Date: March 19, 2027 7:30 PM → 10:00 PM
Room: Uplands Tavern

## Saturday 20 March

### Opening plenary

Date: March 20, 2027 10:00 AM → 11:15 AM
Room: Taliesin Theatre
"""


def test_a_programme_with_day_headings():
    ms = parse(PROGRAMME, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-03-19", "19:30"), ("2027-03-20", "10:00")]
