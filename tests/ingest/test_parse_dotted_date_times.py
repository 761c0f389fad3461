"""A dotted date's day and month are no clock time ("21.01.2027" is no 21:01): a sentence that
names a meeting's date and then a deadline ("Anträge für die Sitzung am 04.02.2027 sind bis
spätestens 21.01.2027, 12.00 Uhr, einzubringen") gives no meeting at 21:01; the time after the
deadline's date is the deadline's. From the Vienna district page of tests/ingest/corpus/holdout6;
the rows are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 11, 24)


# fmt: off
@pytest.mark.parametrize("text,want", [
    ("21.01.2027", None),
    ("bis 21.01.2027, 12.00 Uhr", "12:00"),
    ("03.12.26, 18.30 Uhr", "18:30"),
    ("19.30 Uhr", "19:30"),
    ("um 19.30. Danach Diskussion", "19:30"),
    ("7.30pm", "19:30"),
])
# fmt: on
def test_a_dotted_date_is_no_time(text, want):
    tm = find_times(text)
    assert (tm.start_time if tm else None) == want


# fmt: off
@pytest.mark.parametrize("line", [
    "Anträge und Anfragen für die Sitzung der Bezirksvertretung am 04.02.2027 sind bis spätestens "
    "21.01.2027, 12.00 Uhr, in der Bezirksvorstehung einzubringen.",
    "Wortmeldungen zur Bürgerversammlung am 04.02.2027 sind bis spätestens 28.01.2027, 18.00 Uhr, "
    "schriftlich an das Büro des Bezirksvorstehers zu richten.",
    "Les questions écrites pour le conseil du 04.02.2027 sont à déposer au plus tard le "
    "21.01.2027, 12.00, au secrétariat de la mairie.",
])
# fmt: on
def test_a_deadline_sentence_gives_no_meeting(line):
    page = (
        "Sitzungstermine\n\n"
        "Do. | 04.02.2027 | 18.00 Uhr | Sitzung der Bezirksvertretung | Festsaal, Amtshaus\n\n"
        f"{line}\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-02-04", "18:00")]
