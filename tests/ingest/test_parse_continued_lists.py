"""A dated line without a time that goes on with the list of the line above it, whose date is no
meeting's, is no meeting either ("Public holidays – all offices closed: 16 December (…), 25
December (…)," / "26 December (…), 1 January (…).") or whose date ends a sentence the line above
starts ("Registrations for the winter school are open until" / "Friday 4 December."), is no
meeting either; it is warned about. A line after one that ends its sentence stays a meeting. From the union schedule of tests/ingest/corpus/practice7; the
rows are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 16)
MEETING = "Thursday 10 December 2026, 6pm – Branch meeting, Trades Hall"


# fmt: off
@pytest.mark.parametrize("first,second,lang", [
    ("- Public holidays – all offices closed: 16 December (Day of Reconciliation),",
     "25 December (Christmas Day), 1 January (New Year's Day).", None),
    ("Nominations close on Friday 8 January 2027 and",
     "Friday 15 January 2027 for the second round.", None),
    ("Feiertage: 24. Dezember, 25. Dezember und",
     "26. Dezember 2026 und 1. Januar 2027.", "de"),
    ("Jours fériés : 25 décembre,", "1er janvier et 11 novembre.", "fr"),
    ("Días inhábiles: 24 de diciembre, 25 de diciembre y",
     "1 de enero de 2027.", "es"),
])
# fmt: on
def test_the_next_line_of_a_list_that_is_no_meeting(first, second, lang):
    listing = parse(f"Notices\n\n{MEETING}\n\n{first}\n{second}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-10"]
    assert any(w.line == 6 and "goes on with line 5" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("first,second,lang", [
    ("Registrations for the winter school (in Leeds, over the holidays) are open until",
     "Friday 4 December. Write to us for the programme.", None),
    ("Die Anmeldung zur Winterschule in Leipzig (mit Übernachtung) ist möglich bis spätestens",
     "Freitag, 4. Dezember. Schreibt uns für das Programm.", "de"),
    ("Les inscriptions à l'école d'hiver (à Bruxelles, pendant les congés) sont ouvertes jusqu'au",
     "vendredi 4 décembre. Écrivez-nous pour recevoir le programme.", "fr"),
    ("Las inscripciones para la escuela de verano en Córdoba están abiertas hasta el",
     "viernes 4 de diciembre. Escribinos para recibir el programa.", "es"),
])
# fmt: on
def test_a_date_that_ends_a_sentence_begun_above(first, second, lang):
    listing = parse(f"Notices\n\n{MEETING}\n\n{first}\n{second}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-10"]
    assert any(w.line == 6 and "goes on with line 5" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("first,second", [
    ("Nominations close on Friday 8 January 2027.", "Friday 15 January 2027 – AGM, Trades Hall"),
    ("Nominations close on Friday 8 January 2027,", "Friday 15 January 2027, 7pm – AGM"),
])
# fmt: on
def test_a_line_after_the_end_of_a_sentence_or_with_a_time_stays(first, second):
    ms = parse(f"Notices\n\n{MEETING}\n\n{first}\n{second}\n", as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2026-12-10", "2027-01-15"]


HOLIDAYS_PAGE = """\
IMPORTANT DATES

Branch general meeting: Thursday 10 December 2026, 17h30, Community House hall.

- Public holidays – all union offices closed: 16 December (Day of Reconciliation),
25 December (Christmas Day), 26 December (Day of Goodwill),
1 January (New Year's Day), 21 March (Human Rights Day).
"""


def test_cli_parse_reads_only_the_meeting(tmp_path):
    path = tmp_path / "dates.txt"
    path.write_text(HOLIDAYS_PAGE, encoding="utf-8")
    listing = cli_listing(path, "--as-of", "2026-11-16")
    assert [m["date"] for m in listing["meetings"]] == ["2026-12-10"]
    assert {w["line"] for w in listing["warnings"] if "goes on" in w["reason"]} == {6, 7}
