"""A date whose month is in Roman numerals, as formal programmes write it ("MADRUGADA DEL VIERNES
SANTO (26-III-2027)", "Festakt am 26. III. 2027", "3/XII/2026"), is read: the day comes first,
the same mark stands on both sides of the month, and the year is written. Written from holdout41's
Holy Week programme, whose small-hours procession was lost; the rows are variants, with
look-alikes that stay as they are (a numbered part, a war, no year)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("lang", "page", "want"),
    [
        ("es", "Semana Santa\n\nMADRUGADA DEL VIERNES SANTO (26-III-2027)\n\nCOFRADÍA DEL "
         "NAZARENO\nSalida: 5.00 h, Iglesia de San Pablo\n", ("2027-03-26", "05:00")),
        ("es", "Sesión ordinaria del 9.II.2027, 19:00 h, Ateneo Obrero\n", ("2027-02-09", "19:00")),
        ("de", "Programm\n\nFestakt am 26. III. 2027, 18 Uhr, Rathaus\n", ("2027-03-26", "18:00")),
        ("fr", "Séance du 3/XII/2026 à 18 h, Bourse du Travail\n", ("2026-12-03", "18:00")),
        # day first, never month first, on an English page too: 3 April, not 4 March
        ("en", "Meeting 3-IV-2027, 7pm, Trades Hall\n", ("2027-04-03", "19:00")),
        ("en", "Annual dinner 14-XI-2027, 7.30pm, Guildhall\n", ("2027-11-14", "19:30")),
    ],
)  # fmt: skip
def test_a_roman_month_is_read(lang, page, want):
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "World War II-1945 memorial talk",  # no day before the numeral
        "Phase 2-III-2027b of the plan",  # the year runs on into a word
        "Kapitel 26-III des Berichts",  # no year
        "Room 12-IV-2027-B",  # part of a code
        "Vol. 3/XIII/2027",  # no thirteenth month
    ],
)
def test_what_only_looks_like_a_roman_month_date_is_no_date(text):
    assert parse(f"Notes\n\n{text}\n", as_of=AS_OF).meetings == []
