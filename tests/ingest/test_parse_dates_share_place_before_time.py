"""Several dates in one sentence that share one place and one time, the place written before
the time after the last date ("We meet on Tue 12 January, Tue 9 February and Tue 9 March at Unity
Hall, 7.30pm"): every date gets the place, not only the time. Written after the time ("…, 7pm, at
the Trades Hall") it was read already and stays so. From holdout11's leftovers; the rows are
variants written from the pattern (other languages, prepositions, clocks), not copied from a
page."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("line,lang,dates,time,place", [
    ("We meet on Tue 12 January, Tue 9 February and Tue 9 March at Unity Hall, 7.30pm.", None,
     ["2027-01-12", "2027-02-09", "2027-03-09"], "19:30", "Unity Hall"),
    ("Sessions: Sat 16 January and Sat 13 February at the Old Library, 10am.", None,
     ["2027-01-16", "2027-02-13"], "10:00", "Old Library"),
    ("Branch meetings Wed 13 January & Wed 10 February at the Lamb Inn, from 8pm", None,
     ["2027-01-13", "2027-02-10"], "20:00", "Lamb Inn"),
    ("Thursday 14 January and Thursday 28 January, 7pm, at the Trades Hall.", None,
     ["2027-01-14", "2027-01-28"], "19:00", "Trades Hall"),
    ("Réunions le mardi 12 janvier, le mardi 9 février et le mardi 9 mars à la Bourse, 19 h.",
     "fr", ["2027-01-12", "2027-02-09", "2027-03-09"], "19:00", "Bourse"),
    ("Treffen am Di, 12. Januar, Di, 9. Februar und Di, 9. März im Rathaus, 19 Uhr.", "de",
     ["2027-01-12", "2027-02-09", "2027-03-09"], "19:00", "Rathaus"),
    ("Reuniones el martes 12 de enero, 9 de febrero y 16 de marzo en el Ateneo, 19:00 h.", "es",
     ["2027-01-12", "2027-02-09", "2027-03-16"], "19:00", "Ateneo"),
])
# fmt: on
def test_every_date_of_the_sentence_gets_the_place_before_the_time(
    line, lang, dates, time, place
):
    listing = parse(f"Newsletter, 1 December 2026\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == dates
    for m in listing.meetings:
        assert m.start_time == time
        assert place in f"{m.venue} {m.address}"


PAGE = """Westside branch — winter newsletter, 1 December 2026

Reading group: we meet on Tue 12 January, Tue 9 February and Tue 9 March at Unity Hall, 7.30pm.

Public meeting: Saturday 23 January, 2pm, Central Library, Room 3
"""


def test_a_newsletter_page():
    listing = parse(PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue) for m in listing.meetings]
    assert got[:3] == [
        ("2027-01-12", "19:30", "Unity Hall"),
        ("2027-02-09", "19:30", "Unity Hall"),
        ("2027-03-09", "19:30", "Unity Hall"),
    ]
    assert len(got) == 4
    last = listing.meetings[3]
    assert (last.date, last.start_time) == ("2027-01-23", "14:00")
    assert "Central Library" in f"{last.venue} {last.room}"
