"""Dates that are no meeting's, by pattern (what the fourth held-out corpus, tests/ingest/corpus/
holdout4, read as extra meetings), and the meetings beside them that must stay: a deadline or
span word counts only right before its date ("RSVP by Friday 6 March"; "Talk by Jo Smith,
Saturday 7 March" is a meeting), an e-mail header's timestamp, a closure or a navigation link
opening the line, a deadline's name opening a list item however long it is, "no screening".
The rows are variants written from the pattern, in the languages the parser reads, not copied
from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 1, 10)
MEETING = "Wednesday 4 March 2026, 7.30pm\nTrades Hall, Room 12\n"


def _not_a_meeting(line: str, lang: str | None = None) -> None:
    """``line`` on a page with one meeting gives no meeting of its own and a warning naming it."""
    listing = parse(f"Society news\n\n{line}\n\n{MEETING}", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-03-04", "19:30")]
    warned = [w for w in listing.warnings if w.line == 3]
    assert warned and warned[0].text == line and "not a meeting" in warned[0].reason


# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Those who want to help should contact the office before 5 February.", None),
    ("Please send your motions before Friday, 6 February.", None),
    ("Date: Tue, 3 Feb 2026 09:15:27 +0000", None),
    ("Sent: Monday, 2 February 2026 14:02:55 GMT", None),
    ("Fermeture exceptionnelle le samedi 7 février.", "fr"),
    ("Closure: Monday 9 February (staff training)", None),
    ("Schließtag: Montag, 9. Februar", "de"),
    ("Cierre por inventario el lunes 9 de febrero.", "es"),
    ("Jump to: Feb 5 · Feb 12 · Feb 19", None),
    ("Skip to: 5 February, 12 February", None),
    ("- Anmeldeschluss für die Bildungsreise nach Weimar und Erfurt: 31. Januar 2026", "de"),
    ("• Plazo de inscripción para el taller de escritura creativa: 30 de enero", "es"),
    ("Fri 6 Feb – No screening (Good Friday)", None),
    ("Sa 7. Februar – keine Vorstellung (Betriebsausflug)", "de"),
    ("samedi 7 février – pas de projection", "fr"),
])
# fmt: on
def test_a_date_that_is_no_meetings_is_warned_about(line, lang):
    _not_a_meeting(line, lang)


# fmt: off
@pytest.mark.parametrize("line,lang,dates", [
    ("Talk by Jo Smith, Saturday 7 February, 7pm, Union Hall", None, ["2026-02-07"]),
    ("Organised by the branch, Saturday 7 February, 2pm, Trades Hall", None, ["2026-02-07"]),
    ("Info stand at the market, Saturday 7 February, 11am, Market Square", None, ["2026-02-07"]),
    ("Vortrag von und mit Anna Roth, Samstag, 7. Februar, 19 Uhr, Volkshaus", "de",
     ["2026-02-07"]),
    ("Meet before the march: Saturday 7 February, 11am, Castle Square", None, ["2026-02-07"]),
    ("Closing rally, Sunday 8 February, 2pm, Victoria Square", None, ["2026-02-08"]),
    ("Film screening: Sunday 8 February, 6pm, Rio Cinema", None, ["2026-02-08"]),
])
# fmt: on
def test_lines_near_those_words_stay_meetings(line, lang, dates):
    listing = parse(f"Society news\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == dates
