"""An office or a building that closes or opens again on a date ("Regional office closes at
13h00 on 23/12/2026 and reopens on 04/01/2027", "Die Geschäftsstelle bleibt vom … geschlossen",
"La bibliothèque ferme le …", "La oficina cierra el …") gives opening hours, not a meeting; it is
warned about. From the union schedule of tests/ingest/corpus/practice7; the rows are variants
written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.parse.anchors import _premises_close

AS_OF = date(2026, 11, 16)
MEETING = "Thursday 10 December 2026, 6pm – Branch meeting, Trades Hall"


# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("- Regional office closes at 13h00 on 23/12/2026 and reopens on 04/01/2027.", None),
    ("The library will close early on Thursday 24 December 2026 at 2pm.", None),
    ("Our office reopens on Monday 4 January 2027 at 9am.", None),
    ("Die Geschäftsstelle bleibt vom 23.12.2026 bis 6.1.2027 zu.", "de"),
    ("Das Büro öffnet wieder am Montag, 4. Januar 2027, um 9 Uhr.", "de"),
    ("La bibliothèque ferme à 16 h le jeudi 24 décembre 2026.", "fr"),
    ("Le secrétariat rouvre le lundi 4 janvier 2027 à 9 h.", "fr"),
    ("La oficina cierra a las 13:00 h el miércoles 23 de diciembre de 2026.", "es"),
    ("La sede reabre el lunes 4 de enero de 2027 a las 9:00 h.", "es"),
])
# fmt: on
def test_a_place_closing_or_opening_is_no_meeting(line, lang):
    listing = parse(f"Notices\n\n{MEETING}\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-10"]
    assert any(w.line == 5 and "not a meeting" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("head,says", [
    ("Regional office closes at 13h00 on ", True),
    ("and reopens on ", False),  # the place is named earlier on the line
    ("Closing rally at the City Hall on ", False),
    ("The hall opens its doors for the AGM on ", False),
    ("Library talk: the closing of the mills, ", False),
])
# fmt: on
def test_what_reads_as_a_place_closing(head, says):
    assert (_premises_close(head) is not None) is says


UNION_PAGE = """\
BRANCH SCHEDULE

Branch general meeting: Thursday 10 December 2026, 17h30, Community House hall.

IMPORTANT DATES
- Regional office closes at 13h00 on 23/12/2026 and reopens on 04/01/2027.
- Library closes for stocktaking on Monday 11 January 2027.
"""


def test_cli_parse_reads_only_the_meeting(tmp_path):
    path = tmp_path / "union.txt"
    path.write_text(UNION_PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-11-16")
    assert [(m["date"], m["start_time"]) for m in meetings] == [("2026-12-10", "17:30")]
