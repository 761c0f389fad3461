"""A line that cancels (or postpones) one date in a sentence and gives another date in the next
sentence ("The talk on Thursday 3 December is cancelled. We meet again on Thursday 10 December
at 7pm.") keeps the status with the date its sentence names: the later date is not cancelled.
Found by hand on a pasted chat message; the same line in plain text did the same. A status said
once for every date (one sentence, or a status line under the date) still holds for all."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# (language, the line, the date it cancels or postpones, its status, the date that stays on)
# fmt: off
ROWS = [
    ("en", "The talk on Thursday 3 December is cancelled. We meet again on Thursday "
           "10 December at 7pm.", "2026-12-03", "cancelled", "2026-12-10"),
    ("en", "Sorry, Tuesday 8 December is called off! Next meeting: Tuesday 15 December, 6pm.",
     "2026-12-08", "cancelled", "2026-12-15"),
    ("en", "The reading group of Monday 7 December is postponed. Join us on Monday 14 December "
           "at 6.30pm.", "2026-12-07", "postponed", "2026-12-14"),
    ("es", "Se suspende la charla del jueves 3 de diciembre. Nos vemos el jueves 10 de "
           "diciembre a las 19 h.", "2026-12-03", "cancelled", "2026-12-10"),
    ("es", "La asamblea del sábado 5 de diciembre queda postergada. Los esperamos el sábado 12 "
           "de diciembre a las 11:00.", "2026-12-05", "postponed", "2026-12-12"),
    ("de", "Das Treffen am Donnerstag, 3. Dezember fällt aus. Wir sehen uns am Donnerstag, "
           "10. Dezember um 19 Uhr.", "2026-12-03", "cancelled", "2026-12-10"),
    ("fr", "La réunion du jeudi 3 décembre est annulée. Rendez-vous le jeudi 10 décembre "
           "à 19 h.", "2026-12-03", "cancelled", "2026-12-10"),
]
# fmt: on


def _statuses(text: str) -> dict[str, str]:
    return {m.date: m.status for m in parse(text, as_of=AS_OF).meetings if m.date}


@pytest.mark.parametrize(("lang", "line", "off", "status", "on"), ROWS)
def test_the_status_stays_with_its_sentence(lang, line, off, status, on) -> None:
    got = _statuses(f"Meetings\n\n{line}\n")
    assert got.get(on) == "scheduled", got
    assert got.get(off) == status, got


@pytest.mark.parametrize(
    "text",
    [
        # one sentence that cancels both dates
        "Meetings\n\nCancelled: Thursday 3 December at 7 p.m. and Friday 4 December at 7 p.m.\n",
        # a status line under the date line holds for every date on it
        "Meetings\n\nThursday 3 December, 7pm. Friday 4 December, 7pm.\nCANCELLED\n",
        # the status is in the second sentence, with the second date: only that one is off
        "Meetings\n\nThursday 3 December at 7pm. Friday 4 December at 7pm is cancelled.\n",
    ],
)
def test_a_status_said_for_every_date_or_for_its_own_still_holds(text: str) -> None:
    got = _statuses(text)
    assert got["2026-12-04"] == "cancelled", got
    if "is cancelled." in text:
        assert got["2026-12-03"] == "scheduled", got
    else:
        assert got["2026-12-03"] == "cancelled", got


def test_through_eventmap_parse(tmp_path) -> None:
    page = tmp_path / "chat.txt"
    page.write_text(
        "[28/11/26, 10:05:40] Ana: Next talk: Thursday 3 December, 7pm, Room 2, Humanities\n"
        "[28/11/26, 10:06:02] Pedro: 👍\n"
        "[29/11/26, 18:20:13] Ana: The talk on Thursday 3 December is cancelled. We meet again "
        "on Thursday 10 December at 7pm.\n",
        encoding="utf-8",
    )
    got = {m["date"]: m["status"] for m in cli_meetings(page)}
    assert got["2026-12-10"] == "scheduled", got
