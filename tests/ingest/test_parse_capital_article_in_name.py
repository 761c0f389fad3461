"""A venue whose name starts with its article, after "at"/"in" in a sentence (issue 17 item 5;
holdout7's Irish newsletter): "…: Friday 11 December, doors 8pm, at The Cobblestone, 77 King
Street North" is at "The Cobblestone". A capital article in mid-sentence is the name's own and
stays; "at the Town Hall" still reads "Town Hall".

The rows are variants written from the pattern in three languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 17)

# fmt: off
ROWS = [
    ("en", "Folk night in aid of the hardship fund: Friday 11 December, doors 8pm, at The "
           "Cobblestone, 77 King Street North.", "The Cobblestone"),
    ("en", "Quiz night for the strike fund: Thursday 10 December at 7.30pm in The Royal Oak, "
           "Infirmary Street.", "The Royal Oak"),
    ("fr", "Soirée de soutien à la caisse de grève : vendredi 11 décembre à 20 h à La "
           "Bellevilloise, 19-21 rue Boyer.", "La Bellevilloise"),
    ("es", "Peña solidaria con la huelga: viernes 11 de diciembre a las 20 h en El Galpón, "
           "calle Mayor 12.", "El Galpón"),
]
# fmt: on


@pytest.mark.parametrize("lang,line,venue", ROWS, ids=[r[2] for r in ROWS])
def test_a_capital_article_stays_in_the_name(lang, line, venue):
    (m,) = parse(f"News\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue


@pytest.mark.parametrize(
    "line,venue",
    [
        ("Members' meeting: Friday 11 December, 7pm, at the Town Hall, Main Street.", "Town Hall"),
        ("Members' meeting: Friday 11 December, 7pm, in the Community Centre.", "Community Centre"),
    ],
)
def test_a_lower_case_article_still_goes(line, venue):
    (m,) = parse(f"News\n\n{line}\n", as_of=AS_OF).meetings
    assert m.venue == venue


def test_a_newsletter_through_the_cli(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("News\n\n" + ROWS[0][1] + "\n\n" + ROWS[1][1] + "\n", encoding="utf-8")
    got = [m["venue"] for m in cli_meetings(path, "--as-of", "2026-11-17")]
    assert got == ["The Cobblestone", "The Royal Oak"]
