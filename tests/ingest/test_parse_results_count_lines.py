"""A listing tool's count of its results before the dates it shows is no meeting (issue 17 item
8; holdout8's library calendar): "Showing 12 events · December 1, 2026 – December 12, 2026",
"1–10 of 24 results", "12 Veranstaltungen gefunden", "Affichage de 8 événements", "Mostrando 12
eventos". It is warned about, and it takes no meeting's place. A count that heads a meeting's
own dates ("2 meetings: Saturday 23 January, 3 pm and …") stays a meeting line.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import PLACE_FIELDS, cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}

# fmt: off
ROWS = [
    # (lang, filter line, date heading, entry line)
    ("en", "Showing 12 events · December 1, 2026 – December 12, 2026",
     "Tuesday, December 1, 2026", "6:00 PM – 7:30 PM: Adult Book Club, Decatur Library"),
    ("en", "Displaying 1–10 of 24 results for December 1 - 31, 2026",
     "Tuesday, December 1, 2026", "6 pm: Chess for beginners, Main Library, Room 2"),
    ("en", "24 events found · Dec 1, 2026 to Dec 31, 2026",
     "Tuesday, December 1, 2026", "6 pm: Chess for beginners, Main Library, Room 2"),
    ("de", "12 Veranstaltungen gefunden · 1. Dezember 2026 – 12. Dezember 2026",
     "Dienstag, 1. Dezember 2026", "18:30 Uhr: Lesekreis, Stadtbibliothek Mitte, Saal 2"),
    ("fr", "Affichage de 8 événements du 1er décembre 2026 au 12 décembre 2026",
     "Mardi 1er décembre 2026", "18 h 30 : Club de lecture, Médiathèque José Cabanis"),
    ("es", "Mostrando 12 eventos del 1 de diciembre de 2026 al 12 de diciembre de 2026",
     "Martes 1 de diciembre de 2026", "18:00 h: Club de lectura, Biblioteca Central, Sala 3"),
]
# fmt: on


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[1][:20]}" for r in ROWS])
def test_a_results_count_line_is_no_meeting(row):
    lang, filter_line, day, entry = row
    page = f"Events calendar\n\nFilter by: All locations\n{filter_line}\n\n{day}\n{entry}\n"
    listing = parse(page, as_of=AS_OF, lang=LANG[lang])
    (m,) = listing.meetings
    assert m.date == "2026-12-01" and m.start_time is not None
    said = " ".join(str(getattr(m, f)) for f in ("title", *PLACE_FIELDS))
    assert filter_line[:12] not in said
    assert any(w.text == filter_line and "not a meeting" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    "line,lang",
    [
        ("2 meetings: Saturday 23 January, 3 pm and Sunday 24 January, 1 pm", None),
        ("3 Termine: Samstag, 23. Januar, 15 Uhr", "de"),
    ],
)
def test_a_count_of_the_meetings_own_dates_stays(line, lang):
    listing = parse(f"Tour\n\nAtlanta\n{line}\nCity Hall\n", as_of=AS_OF, lang=lang)
    assert listing.meetings and listing.meetings[0].date == "2027-01-23"


PAGE = """\
DeKalb Branch Libraries — Events

Filter by: All Locations | All Ages
Showing 3 events · December 1, 2026 – December 5, 2026

Tuesday, December 1, 2026

6:00 PM - 7:30 PM
Adult Book Club
Decatur Library · Auditorium

Saturday, December 5, 2026

10:00 AM - 12:00 PM
Chess Club
Chamblee Library · Meeting Room

2:00 PM - 4:00 PM
Holiday Card Crafting
Brookhaven Library · Meeting Room
"""


def test_cli_parse_warns_and_keeps_the_entries(tmp_path):
    path = tmp_path / "events.txt"
    path.write_text(PAGE, encoding="utf-8")
    listing = cli_listing(path, "--as-of", "2026-11-20")
    assert [(m["date"], m["start_time"]) for m in listing["meetings"]] == [
        ("2026-12-01", "18:00"),
        ("2026-12-05", "10:00"),
        ("2026-12-05", "14:00"),
    ]
    assert any(w["line"] == 4 and "not a meeting" in w["reason"] for w in listing["warnings"])
