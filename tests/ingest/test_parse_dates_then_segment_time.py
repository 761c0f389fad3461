"""A line of two dates or more whose time is a part of its own at the end, after the title
("Sa 06/02 et sa 13/02   Initiation « découverte » ouverte à tous, dès 10 ans – 14h", "Sat 6 Feb
and Sat 13 Feb – Have-a-go archery – 2pm"): every date starts then, as a line of one date
does. Written from holdout41's archery guild newsletter; the rows are variants, with
look-alikes whose far time is no part of its own."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 20)


@pytest.mark.parametrize(
    ("lang", "line", "start"),
    [
        ("fr", "Sa 06/02 et sa 13/02    Initiation « découverte » ouverte à tous, dès 10 ans – 14h",
         "14:00"),
        ("fr", "samedi 6 et samedi 13 février – Initiation au tir à l'arc – 14 h 30", "14:30"),
        ("en", "Sat 6 Feb and Sat 13 Feb – Have-a-go archery for all ages – 2pm", "14:00"),
        ("en", "Saturday 6 & Saturday 13 February · Beginners' course, ages 10 and up · 10am",
         "10:00"),
        ("de", "Sa 6.2. und Sa 13.2. · Schnupperbogenschießen für alle · 14 Uhr", "14:00"),
        ("de", "Samstag, 6. und 13. Februar – Schnupperkurs ab 10 Jahren – 14.30 Uhr", "14:30"),
        ("es", "sáb 6 de febrero y sáb 13 de febrero – Iniciación al tiro con arco – 17:00 h",
         "17:00"),
    ],
)  # fmt: skip
def test_a_time_part_after_a_line_of_dates_is_every_date_s(lang, line, start):
    ms = parse(f"Agenda 2027\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-02-06", "2027-02-13"]
    assert [m.start_time for m in ms] == [start, start]
    assert all("14h" not in (m.room or "") + (m.venue or "") for m in ms)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a time inside the title's sentence, no part of its own: not the start
        ("en", "Sat 6 Feb and Sat 13 Feb – Walk to the lighthouse, back by 4pm for tea"),
        ("de", "Sa 6.2. und Sa 13.2. – Wanderung zum Leuchtturm, Rückkehr gegen 16 Uhr zum Kaffee"),
    ],
)
def test_a_time_inside_the_title_s_sentence_is_no_start(lang, line):
    ms = parse(f"Agenda 2027\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-02-06", "2027-02-13"]
    assert [m.start_time for m in ms] == [None, None]
