"""An events list's filter bar: a "Today" button and the first day the list shows ("Hoy  Desde
17 noviembre", "Today  From November 17"), with nothing after the date. It is no meeting; it is
warned about. Written from holdout9's Valencia events plugin; the rows are variants."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 17)


# fmt: off
@pytest.mark.parametrize("lang,bar", [
    ("es", "Hoy Desde 17 noviembre"),
    ("es", "Desde el 17 de noviembre"),
    ("en", "Today From November 17"),
    ("en", "Since 17 November"),
    ("de", "Heute Ab 17. November"),
    ("fr", "Aujourd'hui À partir du 17 novembre"),
    ("fr", "Dès le 17 novembre"),
])
# fmt: on
def test_a_list_s_first_day_is_no_meeting(lang, bar):
    page = f"Upcoming events\n{bar}\n\nSaturday 5 December 2026, 6pm – Assembly, Union Hall\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-05", "18:00")]
    assert any(w.line == 2 for w in listing.warnings)


def test_a_from_date_with_more_after_it_stays():
    page = "Events\n\nFrom Saturday 5 December 2026, 6pm: weekly assembly, Union Hall\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2026-12-05", "18:00")]


def test_cli_parse_leaves_out_the_filter(tmp_path):
    path = tmp_path / "eventos.html"
    path.write_text(
        '<div class="top-bar"><a href="/eventos/hoy/">Hoy</a> <time datetime="2026-11-17">'
        "Desde 17 noviembre</time></div><ul><li><h3>Asamblea</h3><p>sábado 5 de diciembre de "
        "2026, 18:00 – Ateneo Popular</p></li></ul>",
        encoding="utf-8",
    )
    ms = cli_meetings(path, "--as-of", "2026-11-17", "--lang", "es")
    assert [(m["date"], m["start_time"]) for m in ms] == [("2026-12-05", "18:00")]
