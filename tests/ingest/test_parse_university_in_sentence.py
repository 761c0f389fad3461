"""A sentence that names the university before its date and the building after its time ("La
réunion principale aura lieu à l'Université de Genève le jeudi 10 décembre à 18 h 30, à Uni
Mail (salle MR060)") keeps both: the university (whose name says the town) is the venue and the
building the room; before, the building alone was the place and the town was lost. The
university is read after "à l'", "à la", "en la", "at the" and before the date's article ("le",
"el", "on"). From the Romandie newsletter of tests/ingest/corpus/holdout9; the rows are
variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 24)


# fmt: off
@pytest.mark.parametrize("sentence,lang,university,building", [
    ("La réunion principale aura lieu à l'Université de Genève le jeudi 10 décembre à 18 h 30, "
     "à Uni Mail (salle MR060), avec Johannes Stern.", "fr", "Université de Genève", "Uni Mail"),
    ("La conférence se tiendra à l'Université de Lausanne le jeudi 10 décembre à 18 h 30, "
     "à l'Anthropole (salle 1129).", "fr", "Université de Lausanne", "Anthropole"),
    ("La reunión principal tendrá lugar en la Universidad de Sevilla el jueves 10 de diciembre a "
     "las 18:30 h, en la Facultad de Filología (aula 105).", "es", "Universidad de Sevilla",
     "Facultad de Filología"),
    ("The main meeting will be held at the University of Leeds on Thursday 10 December at "
     "6.30pm, in the Roger Stevens Building (LT 21).", None, "University of Leeds",
     "Roger Stevens Building"),
])
# fmt: on
def test_the_university_and_the_building_are_kept(sentence, lang, university, building):
    ms = parse(f"Newsletter\n\n{sentence}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2026-12-10", "18:30")]
    fields = [ms[0].place, ms[0].venue, ms[0].room, ms[0].campus]
    assert university in fields
    assert any(f and f.startswith(building) for f in fields)


PAGE = """Chères lectrices, chers lecteurs,

La réunion principale aura lieu à l'Université de Genève le jeudi 10 décembre à 18 h 30, à Uni Mail (salle MR060), avec la participation de notre rédacteur. Venez nombreux !

La seconde réunion aura lieu à l'Université de Fribourg le mardi 15 décembre à 19 h, à Miséricorde (salle 3117).
"""


def test_a_newsletter_through_the_cli(tmp_path):
    page = tmp_path / "bulletin.txt"
    page.write_text(PAGE, encoding="utf-8")
    rows = cli_place_rows(cli_meetings(page, "--as-of", AS_OF.isoformat()))
    assert [(d, t) for d, t, _ in rows] == [("2026-12-10", "18:30"), ("2026-12-15", "19:00")]
    assert "Université de Genève" in rows[0][2] and "Uni Mail" in rows[0][2]
    assert "Université de Fribourg" in rows[1][2] and "Miséricorde" in rows[1][2]
