"""A calendar printed from a browser (Google Calendar, Outlook) carries lines of the print's
own: the browser's header with when it was printed and the page's title ("26/11/26, 10:14
Google Calendar - Imprimir"), the calendar's time zone ("(GMT-04:00) Hora de Bolivia - La
Paz", "Fuseau horaire : (GMT+01:00) …") and the span of days it shows ("1 dic 2026 – 31 ene
2027"). None is a meeting, and the time zone is never a place. Written from holdout9's La Paz
and Toulouse/Marseille prints; the rows are variants of the pattern, not copied from them."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 26)
EXPECTED = [("2026-12-02", "19:00"), ("2026-12-05", "10:00")]


# fmt: off
@pytest.mark.parametrize("lang,header,tz,span,day1,day2", [
    ("es", "26/11/26, 10:14          Google Calendar - Imprimir", "(GMT-04:00) Hora de Bolivia - La Paz",
     "1 dic 2026 – 31 ene 2027", "mié 2 dic 2026", "sáb 5 dic 2026"),
    ("en", "11/26/26, 10:14 AM          Google Calendar - Print",
     "Time zone: (GMT-05:00) Eastern Time - Toronto", "Dec 1, 2026 – Jan 31, 2027",
     "Wed Dec 2, 2026", "Sat Dec 5, 2026"),
    ("de", "26.11.26, 10:14          Google Kalender - Drucken",
     "Zeitzone: (GMT+01:00) Mitteleuropäische Normalzeit - Berlin", "1. Dez. 2026 – 31. Jan. 2027",
     "Mi., 2. Dez. 2026", "Sa., 5. Dez. 2026"),
    ("fr", "26/11/2026 10:14          Google Agenda - Imprimer",
     "Fuseau horaire : (GMT+01:00) Heure normale d'Europe centrale - Paris",
     "mar. 1 déc. 2026 – dim. 31 janv. 2027", "mer. 2 déc. 2026", "sam. 5 déc. 2026"),
    ("en", "26/11/2026, 10:14:52          Calendar - Outlook", "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
     "1 December 2026 – 31 January 2027", "Wednesday 2 December 2026", "Saturday 5 December 2026"),
])
# fmt: on
def test_a_print_s_own_lines_are_no_meetings(lang, header, tz, span, day1, day2):
    page = (
        f"{header}\n\nCommunity Centre – public programme\n{span}\n{tz}\n\n"
        f"{day1}\n    19:00 – 21:00    Film night\n    Main Hall, 12 Market Street\n\n"
        f"{day2}\n    10:00 – 13:00    Printmaking workshop\n    Room 2, 12 Market Street\n"
    )
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == EXPECTED
    places = " ".join(str(v) for m in listing.meetings for v in (m.place, m.venue, m.room) if v)
    assert "GMT" not in places and "UTC" not in places
    warned = {w.line for w in listing.warnings if "not a meeting" in w.reason}
    assert {1, 4} <= warned


# fmt: off
@pytest.mark.parametrize("page,expected", [
    # a meeting on the first line, on the hour: no print header
    ("26/11/26, 19:00 Public meeting, Union Hall\n\n3/12/26, 19:00 Public meeting, Union Hall\n",
     [("2026-11-26", "19:00"), ("2026-12-03", "19:00")]),
    # a span of days under a month is a meeting of its own (a summer school), entries or not
    ("Summer school 7–9 December 2026, Union Hall\n\nMonday 7 December 2026, 10:00 Opening\n"
     "Tuesday 8 December 2026, 10:00 Workshops\n",
     [("2026-12-07", None), ("2026-12-07", "10:00"), ("2026-12-08", "10:00")]),
])
# fmt: on
def test_what_is_no_print_line_stays(page, expected):
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == expected


def test_cli_parse_reads_a_printed_calendar(tmp_path):
    path = tmp_path / "print.txt"
    path.write_text(
        "26/11/26, 10:14                 Google Calendar - Imprimir\n\nSala Comunal\n"
        "1 dic 2026 – 31 ene 2027\n(GMT-04:00) Hora de Bolivia - La Paz\n\n"
        "mié 2 dic 2026\n    19:00 – 21:00    Cine-foro\n    Auditorio, Av. 6 de Agosto 2460\n\n"
        "sáb 5 dic 2026\n    10:00 – 13:00    Taller\n    Sala 2, Av. 6 de Agosto 2460\n",
        encoding="utf-8",
    )
    ms = cli_meetings(path, "--as-of", "2026-11-26")
    assert [(m["date"], m["start_time"]) for m in ms] == EXPECTED
