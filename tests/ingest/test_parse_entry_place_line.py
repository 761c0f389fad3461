"""A calendar entry's place on the line under it (issue 17 item 8; holdout8's Barcelona
neighbourhood agenda): "• 18:30 h · Asamblea de la comisión de vivienda" over "Sala Petita del
Casal", then the day's next entry. Read as a person reads it: the line that names a place right
under a timed entry is that entry's place, not an entry of its own without a time (which also
took the page's address and made an extra meeting); the bullet's dot ("· Asamblea …") is no part
of the title. An untimed entry worded as a title ("Book sale, Community Room") stays an entry.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}

# fmt: off
ROWS = [
    # (lang, date heading, entry, its place line, next entry, its place line, place read)
    ("es", "Jueves, 3 de diciembre", "• 18:30 h · Asamblea de la comisión de vivienda",
     "Sala Petita del Casal", "• 20:00 h · Cine-fórum", "Sala Gran", "Sala Petita del Casal"),
    ("en", "Thursday, December 3", "• 6:30 pm · Tenants' union meeting",
     "Community Room, Eastside Library", "• 8:00 pm · Film night", "Main Hall", "Eastside Library"),
    ("de", "Donnerstag, 3. Dezember", "• 18:30 Uhr · Mieterversammlung",
     "Saal 2 im Nachbarschaftshaus", "• 20:00 Uhr · Filmabend", "Großer Saal",
     "Saal 2 im Nachbarschaftshaus"),
    ("fr", "Jeudi 3 décembre", "• 18 h 30 · Assemblée des locataires",
     "Salle polyvalente de la Maison de quartier", "• 20 h · Ciné-débat", "Grande salle",
     "Salle polyvalente de la Maison de quartier"),
]
# fmt: on


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[6]}" for r in ROWS])
def test_the_line_under_an_entry_is_its_place(row):
    lang, day, entry, place_line, nxt, nxt_place, place = row
    page = f"Agenda\n\n{day}\n\n{entry}\n{place_line}\n\n{nxt}\n{nxt_place}\n"
    first, second = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert first.start_time is not None and second.start_time is not None
    assert first.venue == place and second.venue == nxt_place
    assert first.title == entry.split("· ", 1)[1]


def test_an_untimed_entry_worded_as_a_title_stays_an_entry():
    page = (
        "Library events\n\nSaturday, December 5\n\n10:00 am: Storytime, Main Library\n"
        "Book sale all day, Community Room\n11:30 am: Chess for beginners, Room 2\n"
    )
    meetings = parse(page, as_of=AS_OF).meetings
    assert [(m.start_time, m.title) for m in meetings] == [
        ("10:00", "Storytime"),
        (None, "Book sale all day"),
        ("11:30", "Chess for beginners"),
    ]


PAGE = """\
<html><body>
<header><p>Casal de Barri · c/ de Verdi, 27 · 08012 Barcelona</p></header>
<h1>Agenda de actividades</h1>
<h3>Jueves, 3 de diciembre</h3>
<ul>
<li><span>18:30 h</span> · <strong>Asamblea de la comisión de vivienda</strong><br><span>Sala Petita del Casal</span></li>
<li><span>20:00 h</span> · <strong>Cine-fórum</strong><br><span>Sala Gran</span></li>
</ul>
</body></html>
"""


def test_cli_parse_reads_one_meeting_per_entry(tmp_path):
    path = tmp_path / "agenda.html"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-11-20")
    assert [(m["date"], m["start_time"], m["title"], m["venue"]) for m in meetings] == [
        ("2026-12-03", "18:30", "Asamblea de la comisión de vivienda", "Sala Petita del Casal"),
        ("2026-12-03", "20:00", "Cine-fórum", "Sala Gran"),
    ]
