"""A short heading right above a date line, opening its paragraph, that says the meeting is
held online ("💻 CÍRCULO DE ESTUDIO VIRTUAL (Zoom)", "Online reading group", "Lesekreis online
(Zoom)", "Cercle de lecture en ligne") makes that meeting online. A line about one meeting
("Online via Zoom" under it) does not make the next date line's meeting online. From the
Peruvian Facebook post of tests/ingest/corpus/holdout7; the rows are variants written from the
pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
ROWS = [
    ("es", "💻 CÍRCULO DE ESTUDIO VIRTUAL (Zoom)",
     "Los jueves 21 de enero y 4 de febrero, 6 p. m. (hora de Lima)",
     "Tema: la revolución permanente. Inscríbete para recibir el enlace.", 2),
    (None, "Online reading group", "Thursday 21 January, 6pm (UK time)",
     "Topic: The Ragged Trousered Philanthropists. Email us for the link.", 1),
    ("de", "Lesekreis online (Zoom)", "Donnerstag, 21. Januar, 18 Uhr",
     "Thema: Die permanente Revolution. Den Link gibt es per Mail.", 1),
    ("fr", "Cercle de lecture en ligne", "Jeudi 21 janvier, 18 h",
     "Thème : la révolution permanente. Lien envoyé sur inscription.", 1),
]
# fmt: on


@pytest.mark.parametrize("lang,heading,line,topic,n", ROWS)
def test_an_online_heading_makes_its_meetings_online(lang, heading, line, topic, n):
    page = f"Meetings\n\nSaturday 5 December, 4pm – Trades Hall, 54 Victoria St\n\n{heading}\n{line}\n{topic}\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.online for m in ms] == [False] + [True] * n


def test_a_detail_line_above_the_next_date_is_no_heading():
    page = (
        "Meetings\n\nThursday 14 January, 6pm\nOnline via Zoom\n"
        "Thursday 21 January, 6pm\nTrades Hall, 54 Victoria St\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.online for m in ms] == [True, False]


def test_through_eventmap_parse(tmp_path):
    lang, heading, line, topic, n = ROWS[0]
    path = tmp_path / "post.txt"
    path.write_text(f"Reuniones\n\n{heading}\n{line}\n{topic}\n", encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat(), "--lang", lang)
    assert [(m["date"], m["start_time"], m["online"]) for m in ms] == [
        ("2027-01-21", "18:00", True),
        ("2027-02-04", "18:00", True),
    ]
