"""Two days listed with their weekdays before one month ("Sat 19th & Sun 20th Dec, 6 pm both
days", "Sa. 19. und So. 20. Dezember") give a meeting on each day (issue 17 item 4; the Telegram
paste of tests/ingest/corpus/holdout6), as the bare list "2, 9 y 16 de mayo" does; a list led by another word ("les 4, 11 et 18 mai")
is read as that bare list. The rows are variants written from the pattern, not copied from the
corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("line,lang,start", [
    ("- Sat 19th & Sun 20th Dec, 6 pm both days — Seminar hall, University of Hyderabad",
     None, "18:00"),
    ("Saturday 19 and Sunday 20 December, 10am — Trades Hall, Carlton", None, "10:00"),
    ("Sa. 19. und So. 20. Dezember, 18 Uhr – Gewerkschaftshaus, Saal 2", "de", "18:00"),
    ("sam. 19 et dim. 20 décembre à 18 h — Bourse du Travail, salle 3", "fr", "18:00"),
    ("sáb 19 y dom 20 de diciembre, 18 h — Ateneo, Sala 1", "es", "18:00"),
    ("Les jeudis 19 et 20 décembre, à 18 h — Maison du Peuple", "fr", "18:00"),
])
# fmt: on
def test_two_days_with_their_weekdays_give_two_meetings(line, lang, start):
    page = f"Réunions\n\n{line}\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in meetings] == [
        ("2026-12-19", start),
        ("2026-12-20", start),
    ]


PAGE = """Meetings across India

### Hyderabad
- Sat 19th & Sun 20th Dec, 6 pm both days — School of Social Sciences seminar hall, University of Hyderabad, Hyderabad 500046

### Mumbai
- Thursday 7th January, 6:30pm, Marathi Patrakar Sangh hall, Azad Maidan, Mumbai 400001
"""  # noqa: E501

PAGE_DATES = [("2026-12-19", "18:00"), ("2026-12-20", "18:00"), ("2027-01-07", "18:30")]


def test_a_paste_of_chapter_meetings():
    meetings = parse(PAGE, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in meetings] == PAGE_DATES
    assert all("Hyderabad" in (m.place or "") + (m.room or "") for m in meetings[:2])


def test_a_paste_of_chapter_meetings_through_the_cli(tmp_path):
    path = tmp_path / "paste.md"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["start_time"]) for m in meetings] == PAGE_DATES
