"""Dot leaders between a printed programme's columns ("CHOLET – Théâtre Saint-Louis ..........
jeu. 8 oct.", "Sunday 14 February ........ Ashcott Manor") are a separator: no part of the place
before them nor of what follows. Written from holdout41's programmes copied from PDFs, whose
venues kept their dots; the rows are variants, with look-alikes that are no leaders."""

from __future__ import annotations

import time
from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.text import text_lines


@pytest.mark.parametrize(
    ("lang", "line", "date_", "place"),
    [
        ("fr", "CHOLET – Théâtre Saint-Louis ..................... jeu. 8 oct.", "2026-10-08",
         "Théâtre Saint-Louis"),
        ("fr", "Salle Paul-Fort .......... samedi 10 octobre, 20 h 30", "2026-10-10",
         "Salle Paul-Fort"),
        ("en", "Trades Hall, Leeds ........ Thursday 8 October, 7.30pm", "2026-10-08",
         "Trades Hall"),
        ("en", "Friends Meeting House …… Tue 13 Oct", "2026-10-13", "Friends Meeting House"),
        ("de", "Bürgerhaus Stollwerck ........ Do., 8. Oktober, 19 Uhr", "2026-10-08",
         "Bürgerhaus Stollwerck"),
        ("es", "Centro Cívico Delicias ........ jueves 8 de octubre, 19:00 h", "2026-10-08",
         "Centro Cívico Delicias"),
    ],
)  # fmt: skip
def test_a_place_before_dot_leaders_keeps_no_dots(lang, line, date_, place):
    ms = parse(f"Programme 2026\n\n{line}\n", as_of=date(2026, 9, 1), lang=lang).meetings
    assert [m.date for m in ms] == [date_]
    fields = [v for v in (ms[0].venue, ms[0].place, ms[0].room, ms[0].address) if v]
    assert any(place in v for v in fields), fields
    assert not any(".." in v or "…" in v for v in fields), fields


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Sunday 14 February ............ Ashcott Manor", "Sunday 14 February – Ashcott Manor"),
        ("Théâtre Le Dôme.......ven. 9 oct.", "Théâtre Le Dôme – ven. 9 oct."),
        ("Eröffnung …… 19 Uhr", "Eröffnung – 19 Uhr"),
        # no leaders: an ellipsis of three, dots at the end, a lone run
        ("Wait for it... 7pm", "Wait for it... 7pm"),
        ("To be announced ........", "To be announced ........"),
        ("............", "............"),
    ],
)  # fmt: skip
def test_text_lines_read_dot_leaders_as_a_separator(raw, want):
    assert text_lines(raw)[0].text == want


@pytest.mark.parametrize("n", [100_000, 1_000_000])
@pytest.mark.parametrize("shape", ["x{dots}y", "{runs}", "{spaced}"])
def test_long_runs_of_dots_stay_linear(shape, n):
    text = shape.format(
        dots="." * n, runs=("a.... " * n)[:n], spaced=" ".join(["....."] * (n // 6))
    )
    start = time.process_time()
    text_lines(text)
    # a generous bound: linear work on a megabyte takes a few hundredths of a second here
    assert time.process_time() - start < 2.0
