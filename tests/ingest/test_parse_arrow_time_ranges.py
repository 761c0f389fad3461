"""A time range written with an arrow, as flyers print it (issue 17 item 1; practice7's French
flyer): "SAM. 12.12   10H > 12H", "10h → 12h30", "14:00 > 17:00 Uhr" give the start and the end
time, and the arrow is never read as the place. A lone ">" after a time stays out of the time.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 11, 20)


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("10H > 12H30", "10:00", "12:30"),
        ("10h → 12h", "10:00", "12:00"),
        ("14:00 > 17:00 Uhr", "14:00", "17:00"),
        ("6pm → 8.30pm", "18:00", "20:30"),
        ("19 h > 21 h", "19:00", "21:00"),
    ],
)
def test_an_arrow_between_two_times_is_a_range(text, start, end):
    tm = find_times(text)
    assert (tm.start_time, tm.end_time) == (start, end)


@pytest.mark.parametrize(
    "line,lang,start,end,venue",
    [
        ("samedi 12 décembre 2026, 10H > 12H, Bibliothèque Louise-Michel", "fr", "10:00",
         "12:00", "Bibliothèque Louise-Michel"),
        ("Samstag, 12. Dezember 2026, 14:00 → 17:00 Uhr, Stadtteilbibliothek", "de", "14:00",
         "17:00", "Stadtteilbibliothek"),
        ("Saturday 12 December 2026, 6pm → 8.30pm, Central Library", None, "18:00", "20:30",
         "Central Library"),
        ("sábado 12 de diciembre de 2026, 10 h > 12 h, Biblioteca Popular del Cerro", "es",
         "10:00", "12:00", "Biblioteca Popular del Cerro"),
    ],
)  # fmt: skip
def test_a_date_line_with_an_arrow_range(line, lang, start, end, venue):
    (m,) = parse(f"Programme\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time, m.end_time) == ("2026-12-12", start, end)
    assert m.venue == venue


def test_a_lone_arrow_after_a_time_is_no_range():
    tm = find_times("10h > see the programme")
    assert (tm.start_time, tm.end_time) == ("10:00", None)


def test_a_flyer_with_arrow_ranges_through_the_cli(tmp_path):
    path = tmp_path / "flyer.txt"
    path.write_text(
        "PROGRAMME\n\nsamedi 12 décembre 2026, 10H > 12H, Bibliothèque Louise-Michel\n\n"
        "samedi 19 décembre 2026, 14h → 17h30, Maison du vélo\n",
        encoding="utf-8",
    )
    got = [
        (m["start_time"], m["end_time"], m["venue"])
        for m in cli_meetings(path, "--as-of", "2026-11-20")
    ]
    assert got == [
        ("10:00", "12:00", "Bibliothèque Louise-Michel"),
        ("14:00", "17:30", "Maison du vélo"),
    ]
