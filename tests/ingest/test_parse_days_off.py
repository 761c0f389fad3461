"""Lines that name days when nothing happens are no meetings, each warned about: a closure that
opens its line with the holiday's name ("Closed Christmas Day (Fri 25 Dec) and Waitangi Day (Sat
6 Feb)"), days off as the label of their dates ("Días inhábiles: …", "Public holidays: …"), a
line opening with "no" and what does not happen ("No bin collection on Friday 25 December",
"Keine Sprechstunde am …", "Pas de permanence le …"), and a break whose line says "no events"
before a sentence about another month. Lines that look alike and are meetings stay ("Closed
meeting for members", "No Kings rally", "Bank holiday walk", a time of day). From the
newsletter, union calendar, gallery and term-card pages of tests/ingest/corpus/holdout6; the
rows are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


def _page(line: str) -> str:
    return f"Notices\n\nThursday 10 December 2026, 7pm – Members' meeting, Town Hall\n\n{line}\n"


# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Closed Christmas Day (Fri 25 Dec 2026) and New Year's Day (Fri 1 Jan 2027).", None),
    ("Closed Boxing Day, Saturday 26 December 2026", None),
    ("Closed on Anzac Day, Sunday 25 April 2027", None),
    ("Geschlossen am Heiligabend, Donnerstag 24. Dezember 2026", "de"),
    ("Fermé le vendredi 25 décembre 2026 et le vendredi 1er janvier 2027", "fr"),
    ("Cerrado el viernes 25 de diciembre de 2026", "es"),
    ("Public holidays: Friday 25 December 2026 and Friday 1 January 2027", None),
    ("Bank holiday – Monday 28 December 2026", None),
    ("- Días inhábiles: 25 de diciembre de 2026 y 1 de enero de 2027.", "es"),
    ("Días festivos: viernes 25 de diciembre de 2026", "es"),
    ("Feiertage: 25. Dezember 2026 und 1. Januar 2027", "de"),
    ("Jours fériés : vendredi 25 décembre 2026 et vendredi 1er janvier 2027", "fr"),
    ("No bin collection on Friday 25 December 2026; collections move to the Saturday.", None),
    ("No library service on Thursday 24 December 2026", None),
    ("Keine Sprechstunde am Donnerstag, 24. Dezember 2026", "de"),
    ("Kein Markt am 26. Dezember 2026", "de"),
    ("Pas de permanence le jeudi 24 décembre 2026.", "fr"),
    ("No hay recolección el viernes 25 de diciembre de 2026", "es"),
    ("Sin atención al público el 24 de diciembre de 2026", "es"),
    ("Christmas break Mon 21 Dec – Fri 1 Jan: no events. The spring programme is out in January.",
     None),
    ("Weihnachtspause 21. Dezember – 1. Januar: keine Veranstaltungen. Programm im Januar.", "de"),
])
# fmt: on
def test_a_day_when_nothing_happens_is_no_meeting(line, lang):
    listing = parse(_page(line), as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-10"]
    assert any(w.line == 5 and "not a meeting" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("line,want", [
    ("Closed Meeting for members, Tuesday 15 December 2026", "2026-12-15"),
    ("Closed meeting of the committee, Tuesday 15 December 2026, 7pm", "2026-12-15"),
    ("No Kings rally, Saturday 12 December 2026, Civic Square", "2026-12-12"),
    ("Bank holiday walk, Monday 28 December 2026, 10am, meet at the station", "2026-12-28"),
    ("Public holiday picnic, Monday 28 December 2026, noon, Botanic Gardens", "2026-12-28"),
    ("Kein Frieden ohne Gerechtigkeit – Vortrag, Dienstag 15. Dezember 2026, 19 Uhr", "2026-12-15"),
    ("Sin Fronteras film night, Tuesday 15 December 2026, 7pm", "2026-12-15"),
    ("No more cuts: public meeting, Tuesday 15 December 2026, 7pm, Library", "2026-12-15"),
])
# fmt: on
def test_lines_that_look_alike_stay_meetings(line, want):
    ms = parse(_page(line), as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2026-12-10", want]


RESIDENTS_PAGE = """\
Residents' Association – December news

MEETINGS
Committee meeting: Tuesday 8 December 2026, 8pm, Community Hall.
Carol singing: Sunday 20 December 2026, 6pm, at the Green.

BINS
No bin collection on Friday 25 December; that week's collection moves to the Saturday.

OFFICE
Closed Christmas Day (Fri 25 Dec 2026) and St Stephen's Day (Sat 26 Dec 2026).
Public holidays: Friday 1 January 2027.

SPRING
Christmas break 21 Dec – 3 Jan: no events. The spring programme will be out in January.
"""


def test_cli_parse_keeps_only_the_meetings(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(RESIDENTS_PAGE, encoding="utf-8")
    listing = cli_listing(path, "--as-of", "2026-11-30")
    assert [(m["date"], m["start_time"]) for m in listing["meetings"]] == [
        ("2026-12-08", "20:00"),
        ("2026-12-20", "18:00"),
    ]
    warned = {w["line"] for w in listing["warnings"] if "not a meeting" in w["reason"]}
    assert {8, 11, 12, 15} <= warned
