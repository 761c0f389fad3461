"""Event cards in HTML, one paragraph per field (the UK page of tests/ingest/corpus/holdout4):
a note about the times under the date line ("Doors open 1.30pm, meeting starts 2pm") is no venue
and the venue block after it is still the meeting's; two date lines in paragraphs of their own
over one venue block both take it. The rows are variants written from the pattern, not copied
from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 2, 1)

CARD = """<html><body><h1>Public meetings</h1><p>All are welcome.</p>
<section><h2>{city}</h2><div class="card"><h3>{title}</h3>
{dates}
<p>{note}</p>
<p>{venue}<br>{street}<br>{town}</p></div></section></body></html>"""


# fmt: off
@pytest.mark.parametrize("note,lang", [
    ("Doors open 1.30pm, meeting starts 2pm", None),
    ("Doors 1.30pm", None),
    ("Einlass 13.30 Uhr, Beginn 14 Uhr", "de"),
    ("Ouverture des portes à 13h30", "fr"),
])
# fmt: on
def test_a_note_about_the_times_is_no_venue(note, lang):
    page = CARD.format(
        city="LEEDS", title="The fight for jobs", dates="<p>Saturday 7 March 2026, 2pm</p>",
        note=note, venue="Friends Meeting House", street="188 Woodhouse Lane",
        town="Leeds LS2 9DX",
    )  # fmt: skip
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == "14:00"
    assert m.venue == "Friends Meeting House"
    assert "Doors" not in (m.place or "") + (m.room or "")


# fmt: off
@pytest.mark.parametrize("first,second,expected", [
    ("Sunday 8 March, 3pm", "Tuesday 10 March, 7pm",
     [("2026-03-08", "15:00"), ("2026-03-10", "19:00")]),
    ("Friday 13 March, 7.30pm", "Saturday 14 March, 2pm",
     [("2026-03-13", "19:30"), ("2026-03-14", "14:00")]),
])
# fmt: on
def test_two_date_paragraphs_over_one_venue_block_share_it(first, second, expected):
    page = CARD.format(
        city="LONDON", title="Stop the war", dates=f"<p>{first}</p>\n<p>{second}</p>",
        note="All welcome", venue="Conway Hall", street="25 Red Lion Square",
        town="London WC1R 4RL",
    ).replace("<p>All welcome</p>", "")  # fmt: skip
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == expected
    assert all(m.venue == "Conway Hall" for m in listing.meetings)
