"""Dates that are no meeting's, by pattern (what the fifth held-out corpus, tests/ingest/corpus/
holdout5, read as extra meetings), the meetings beside them that must stay, and an entry's own
time under a time stated for the whole list. The rows are variants written from the pattern, in
the languages the parser reads, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 1, 10)


# fmt: off
@pytest.mark.parametrize("rule,entry,lang,time", [
    ("All meetings begin at 7.30pm in the Trades Hall.",
     "- Tuesday 10 February — Pensioners' section, 11am — Room 3", None, "11:00"),
    ("All meetings start at 7pm.",
     "- Thursday 12 February — Retired members' lunch, 12.30pm — POSTPONED — Room 3", None,
     "12:30"),
    ("Alle Versammlungen beginnen um 19 Uhr.",
     "- Dienstag, 10. Februar — Seniorengruppe, 10 Uhr — Raum 3", "de", "10:00"),
    ("Toutes les réunions commencent à 19 h.",
     "- mardi 10 février — Section des retraités, 14 h 30 — REPORTÉE — Salle 3", "fr", "14:30"),
    ("Todas las asambleas comienzan a las 18:00 h.",
     "- Martes, 10 de febrero — Asamblea de jubilados, 11:00 h — APLAZADA — Sala 3", "es",
     "11:00"),
    ("Todas las asambleas comienzan a las 18:00 h.",
     "- Martes, 10 de febrero — Asamblea de jubilados, 10.30 h — Sala 3", "es", "10:30"),
])
# fmt: on
def test_an_entrys_own_time_beats_the_lists(rule, entry, lang, time):
    text = f"Schedule 2026\n\n{rule}\n\n{entry}\n- Tuesday 17 February 2026\n"
    listing = parse(text, as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings][0] == time
    assert listing.meetings[0].date in ("2026-02-10", "2026-02-12")
    assert "3" in (listing.meetings[0].room or listing.meetings[0].venue or "")
