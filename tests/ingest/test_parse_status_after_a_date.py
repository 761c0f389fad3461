"""A line of dates with a status word right after some of them ("Tuesdays 9 Feb, 16 Feb
(cancelled), 23 Feb, 7pm, Trades Hall", "Termine: 01.02. 15.02. 15.03. entfällt! 19.04."): those
dates take it and the others keep theirs; the time and place written once after the last date
are every date's. The status word used to shift the line's later dates, so the shared place was
cut ("des Hall") and the time misread (00:00). Written from holdout40's parents' school
programme; the rows are variants, with look-alikes where the word is every date's."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 20)


@pytest.mark.parametrize(
    ("lang", "line", "place", "cancelled"),
    [
        ("en", "Tuesdays 9 Feb, 16 Feb (cancelled), 23 Feb, 7pm, Trades Hall", "Trades Hall",
         ["2027-02-16"]),
        ("en", "Tue 9 Feb, Tue 16 Feb – CANCELLED, Tue 23 Feb, 7pm, Trades Hall", "Trades Hall",
         ["2027-02-16"]),
        ("de", "Dienstag, 9. Februar, 16. Februar (abgesagt) und 23. Februar, jeweils 19 Uhr, "
         "Volkshaus", "Volkshaus", ["2027-02-16"]),
        ("de", "Di 9.2., 16.2. (entfällt) und 23.2., jeweils 19 Uhr, Volkshaus", "Volkshaus",
         ["2027-02-16"]),
        ("fr", "mardi 9 février, mardi 16 février (annulée), mardi 23 février, 19 h, Maison du "
         "Peuple", "Maison du Peuple", ["2027-02-16"]),
        ("es", "los martes 9 de febrero, 16 de febrero (suspendida) y 23 de febrero, a las "
         "19:00 h, Casa de Cultura", "Casa de Cultura", ["2027-02-16"]),
        ("es", "martes 9 de febrero, martes 16 de febrero, martes 23 de febrero (cancelada), "
         "19:00 h, Casa de Cultura", "Casa de Cultura", ["2027-02-23"]),
    ],
)  # fmt: skip
def test_a_status_word_after_a_date_is_that_date_s(lang, line, place, cancelled):
    ms = parse(f"Programme\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-02-09", "2027-02-16", "2027-02-23"]
    assert [m.date for m in ms if m.status == "cancelled"] == cancelled
    assert {m.start_time for m in ms} == {"19:00"}
    assert all(m.venue == place for m in ms), [m.venue for m in ms]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # the word after the last date, for the whole line
        ("en", "CANCELLED: Tuesdays 9 Feb, 16 Feb and 23 Feb, 7pm, Trades Hall"),
        ("de", "Abgesagt: Di 9.2., 16.2. und 23.2., jeweils 19 Uhr, Volkshaus"),
        # every date with its word
        ("en", "Tue 9 Feb (cancelled), Tue 16 Feb (cancelled), Tue 23 Feb (cancelled), 7pm"),
    ],
)
def test_a_status_for_the_whole_line_is_every_date_s(lang, line):
    ms = parse(f"Programme\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-02-09", "2027-02-16", "2027-02-23"]
    assert {m.status for m in ms} == {"cancelled"}
