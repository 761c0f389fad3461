"""A closure notice is no meeting however many words name what closes ("The office and the phone
line close at 1pm on Wednesday 23 December and reopen on / Monday 4 January.", "Das Büro und die
Beratungsstelle schließen …", "Le secrétariat et la permanence ferment …", "La oficina y la línea
de atención cierran …"), nor is the day it opens again on the next line; "close to" is no
closing. From the Dublin newsletter of tests/ingest/corpus/holdout7; the rows are variants
written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 17)

# fmt: off
ROWS = [
    (None, "The office and the phone line close at 1pm on Wednesday 23 December and reopen on",
     "Monday 4 January. For emergencies email help@example.org."),
    (None, "Our office and drop-in centre close on Thursday 24 December and reopen on",
     "Tuesday 5 January."),
    ("de", "Das Büro und die Beratungsstelle schließen am Mittwoch, 23. Dezember, und öffnet wieder am",
     "Montag, 4. Januar."),
    ("fr", "Le secrétariat et la permanence téléphonique ferment le mercredi 23 décembre et rouvre le",
     "lundi 4 janvier."),
    ("es", "La oficina y la línea de atención cierran el miércoles 23 de diciembre y reabre el",
     "lunes 4 de enero."),
]
# fmt: on


@pytest.mark.parametrize("lang,first,second", ROWS)
def test_a_closure_and_its_reopening_are_no_meetings(lang, first, second):
    page = (
        f"News\n\nThursday 10 December, 7pm – Branch meeting, Liberty Hall\n\n{first}\n{second}\n"
    )
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-10"]
    assert {w.line for w in listing.warnings} >= {5, 6}


def test_close_to_is_no_closing():
    page = "Saturday 9 January, 2pm – Walk from the library hall close to the station\n"
    assert [m.date for m in parse(page, as_of=AS_OF).meetings] == ["2027-01-09"]


def test_through_eventmap_parse(tmp_path):
    lang, first, second = ROWS[0]
    path = tmp_path / "news.txt"
    page = (
        f"News\n\nThursday 10 December, 7pm – Branch meeting, Liberty Hall\n\n{first}\n{second}\n"
    )
    path.write_text(page, encoding="utf-8")
    assert [m["date"] for m in cli_meetings(path, "--as-of", AS_OF.isoformat())] == ["2026-12-10"]
