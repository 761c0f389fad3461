"""A club's fixtures table keeps the matches already played, with their result ("| So,
20.09.2026 | SF Kassel-West – SV Eschwege II | – | 5 : 3 |"): a row with a score is a match
played, not a meeting (on a page without a date, such rows were read as meetings: holdout30's
chess club table, after its blind score). A time written with spaces ("10 : 00") is no score."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

ROWS = [
    ("| Rd. | Datum | Begegnung | Spielort | Ergebnis |\n|---|---|---|---|---|\n",
     "| 1 | So, 20.09.2026 | SF Kassel-West – SV Eschwege II | – | {score} |\n",
     "| 5 | So, 10.01.2027 | SF Kassel-West – SK Marburg | Philipp-Scheidemann-Haus | – |\n"),
    ("| Rd | Date | Fixture | Venue | Result |\n|---|---|---|---|---|\n",
     "| 1 | Sun 20 Sep 2026 | Leeds Chess Club v York | – | {score} |\n",
     "| 5 | Sun 10 Jan 2027 | Leeds Chess Club v Hull | Leeds Civic Hall | – |\n"),
    ("| J. | Date | Match | Lieu | Score |\n|---|---|---|---|---|\n",
     "| 1 | dim. 20 septembre 2026 | ESPQ – FC Barentin | – | {score} |\n",
     "| 5 | dim. 10 janvier 2027 | ESPQ – US Quevilly | Stade Lozai | – |\n"),
    ("| Fecha n° | Fecha | Partido | Lugar | Resultado |\n|---|---|---|---|---|\n",
     "| 1 | dom 20 de septiembre de 2026 | Club Atlético – Club Nacional | – | {score} |\n",
     "| 5 | dom 10 de enero de 2027 | Club Atlético – Peñarol | Estadio Centenario | – |\n"),
]  # fmt: skip


@pytest.mark.parametrize("score", ["5 : 3", "4½ : 3½", "2 – 1", "3-0", "78 : 64"])
@pytest.mark.parametrize("row", ROWS, ids=["de", "en", "fr", "es"])
def test_a_row_with_a_result_is_no_meeting(row: tuple, score: str) -> None:
    header, played, coming = row
    page = "Spielplan\n\n" + header + played.format(score=score) + coming
    listing = parse(page)  # no --as-of: the page says no date of its own
    assert [m.date for m in listing.meetings] == ["2027-01-10"]
    assert any("result" in w.reason for w in listing.warnings)  # warned, not silently lost


@pytest.mark.parametrize("cell", ["10 : 00", "19 : 30", "18 – 20"])
def test_a_time_written_with_spaces_is_no_result(cell: str) -> None:
    page = (
        "Termine\n\n| Datum | Thema | Ort | Zeit |\n|---|---|---|---|\n"
        f"| Mi, 13.01.2027 | Mitgliederversammlung | Gewerkschaftshaus | {cell} |\n"
    )
    assert [m.date for m in parse(page, as_of=date(2026, 12, 1)).meetings] == ["2027-01-13"]
