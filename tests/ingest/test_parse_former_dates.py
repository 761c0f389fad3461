"""A meeting that moved writes its new date and then the old one ("Tuesday 27 April |
Rescheduled from Monday 26 April", "verschoben vom 4. März", "reporté du 4 mars", "aplazada
del 4 de marzo"): the old date is no second meeting. Dates joined by "and" stay two meetings.
From the council page of tests/ingest/corpus/holdout6; the rows are variants written from the
pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.parse.anchors import _former_date

AS_OF = date(2027, 1, 10)


# fmt: off
@pytest.mark.parametrize("line,lang,want", [
    ("Council Meeting | Tuesday 27 April 2027 | Rescheduled from Monday 26 April", None,
     "2027-04-27"),
    ("Planning Committee – Wednesday 10 March 2027, 7pm (moved from Tuesday 9 March)", None,
     "2027-03-10"),
    ("Branch AGM: Thursday 11 March 2027, 7.30pm – originally scheduled for Thursday 4 March",
     None, "2027-03-11"),
    ("Quiz night, Friday 12 March 2027, 8pm (postponed from Friday 5 March)", None, "2027-03-12"),
    ("Mitgliederversammlung, Donnerstag, 11. März 2027, 19 Uhr – verschoben vom Donnerstag, "
     "4. März", "de", "2027-03-11"),
    ("Stammtisch am Freitag, 12. März 2027, 19 Uhr (statt am Freitag, 5. März)", "de",
     "2027-03-12"),
    ("Assemblée générale, jeudi 11 mars 2027, 19 h – reportée du jeudi 4 mars", "fr",
     "2027-03-11"),
    ("Réunion publique le vendredi 12 mars 2027 à 18 h (au lieu du vendredi 5 mars)", "fr",
     "2027-03-12"),
    ("Asamblea, jueves 11 de marzo de 2027, 19 h – aplazada del jueves 4 de marzo", "es",
     "2027-03-11"),
    ("Charla el viernes 12 de marzo de 2027, 19 h (en lugar del viernes 5 de marzo)", "es",
     "2027-03-12"),
    # a bracket that says what the date was (holdout15's Spanish chapter page)
    ("Málaga: ¡CAMBIO DE FECHA! Ahora el sábado 13 de marzo, 11:00 h (antes sábado 6 de marzo). "
     "La Casa Invisible", "es", "2027-03-13"),
    ("Leeds: NEW DATE Saturday 13 March 2027, 11am (was Saturday 6 March), Trades Hall", None,
     "2027-03-13"),
    ("Leipzig: NEUER TERMIN Samstag, 13. März 2027, 11 Uhr (vorher Samstag, 6. März)", "de",
     "2027-03-13"),
    ("Lyon : NOUVELLE DATE samedi 13 mars 2027, 11 h (avant samedi 6 mars)", "fr",
     "2027-03-13"),
])
# fmt: on
def test_the_date_a_meeting_moved_from_is_no_meeting(line, lang, want):
    ms = parse(f"Meetings\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == [want]


# fmt: off
@pytest.mark.parametrize("line,lang,want", [
    ("Tuesday 9 March 2027 and Wednesday 10 March 2027, 7pm – Reading group, Room 2", None,
     ["2027-03-09", "2027-03-10"]),
    ("Reading group, Tuesday 9 March 2027, 7pm, Room 2, and Wednesday 10 March 2027, 7pm", None,
     ["2027-03-09", "2027-03-10"]),
    ("Die Treffen finden statt am Dienstag, 9. März 2027, 19 Uhr und Mittwoch, 10. März 2027",
     "de", ["2027-03-09", "2027-03-10"]),
])
# fmt: on
def test_other_later_dates(line, lang, want):
    ms = parse(f"Meetings\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == want


# fmt: off
@pytest.mark.parametrize("before,former", [
    ("| Rescheduled from ", True),
    ("(originally ", True),
    ("– verschoben vom ", True),
    ("(statt am ", True),
    ("Die Treffen finden statt ", False),
    ("– reporté du ", True),
    ("(en lugar del ", True),
    ("and ", False),
    ("Talk from the archive, ", False),
])
# fmt: on
def test_what_reads_as_a_former_date(before, former):
    assert _former_date(before) is former


COUNCIL_PAGE = """\
Council Meetings

All Council Meetings begin at 6.30pm in the Council Chamber, 350 High Street, unless otherwise indicated.

Meeting | Date | Notes
Council Meeting | Monday 22 March 2027 |
Council Meeting | Tuesday 27 April 2027 | Rescheduled from Monday 26 April
Council Meeting | Monday 24 May 2027 |
"""


def test_cli_parse_reads_the_new_date_only(tmp_path):
    path = tmp_path / "council.txt"
    path.write_text(COUNCIL_PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2027-01-10")
    assert [(m["date"], m["start_time"]) for m in meetings] == [
        ("2027-03-22", "18:30"),
        ("2027-04-27", "18:30"),
        ("2027-05-24", "18:30"),
    ]
