"""A deadline that gives its hour before its day ("Motions must reach the secretary by 5pm on /
Friday 22 January.", "bis 17 Uhr am", "avant 17 h le", "antes de las 17:00 del") is no meeting,
on the date's line or when the sentence starts on the line above; it is warned about. From the
Dublin newsletter of tests/ingest/corpus/holdout7; the rows are variants written from the
pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 17)

# (language, the meeting, the deadline sentence: its two lines)
# fmt: off
ROWS = [
    (None, "Saturday 6 February at 11am, Liberty Hall, Eden Quay, Dublin 1.",
     "Motions and nominations must reach the secretary by 5pm on", "Friday 22 January."),
    (None, "Saturday 6 February at 11am, Liberty Hall, Eden Quay, Dublin 1.",
     "Send your motions to the secretary before 5.30 p.m. on", "Friday 22 January, please."),
    ("de", "Samstag, 6. Februar, 11 Uhr, Gewerkschaftshaus, Wilhelm-Leuschner-Str. 69",
     "Anträge bitte schriftlich an den Vorstand bis 17 Uhr am", "Freitag, 22. Januar."),
    ("fr", "Samedi 6 février à 11 h, Bourse du Travail, 3 rue du Château-d'Eau",
     "Les motions doivent parvenir au secrétariat avant 17 h le", "vendredi 22 janvier."),
    ("es", "Sábado 6 de febrero, 11:00 h, Ateneo, calle del Prado 21",
     "Las mociones deben llegar a la secretaría antes de las 17:00 del", "viernes 22 de enero."),
]
# fmt: on


@pytest.mark.parametrize("lang,meeting,first,second", ROWS)
def test_a_deadline_across_two_lines(lang, meeting, first, second):
    page = f"AGM\n\n{meeting}\n{first}\n{second}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-02-06"]
    assert any(w.line == 5 for w in listing.warnings)


@pytest.mark.parametrize("lang,meeting,first,second", ROWS)
def test_a_deadline_on_one_line(lang, meeting, first, second):
    page = f"AGM\n\n{meeting}\n\n{first} {second}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-02-06"]


def test_by_before_a_name_is_no_deadline():
    page = "Talk by Jo Smith on Thursday 21 January, 7pm, Liberty Hall\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-21", "19:00")]


def test_through_eventmap_parse(tmp_path):
    lang, meeting, first, second = ROWS[0]
    path = tmp_path / "agm.txt"
    path.write_text(f"AGM\n\n{meeting}\n{first}\n{second}\n", encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [m["date"] for m in ms] == ["2027-02-06"]
