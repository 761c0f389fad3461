"""A status remark inside a table's title cell (issue 17 items 8 and 9; holdout7's German union
calendar): the row "Do 18.03.2027 | 19:00 | Podiumsdiskussion: Wem gehört die Stadt? –
<em>verschoben, neuer Termin folgt</em> | Kulturzentrum Schlachthof" is postponed, and its
remark ends at its cell: the venue in the next cell stays the venue, the title the title.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
ROWS = [
    ("de", "Do 18.03.2027", "19:00", "Podiumsdiskussion: Wem gehört die Stadt?",
     "verschoben, neuer Termin folgt", "Kulturzentrum Schlachthof", "postponed"),
    ("en", "Thu 18 Mar 2027", "7pm", "Panel: Who owns the city?",
     "postponed, new date to follow", "Friends Meeting House", "postponed"),
    ("fr", "jeu. 18 mars 2027", "19h", "Débat : à qui appartient la ville ?",
     "annulé faute de salle", "Maison des syndicats", "cancelled"),
    ("es", "jue 18 mar 2027", "19:00", "Debate: ¿de quién es la ciudad?",
     "aplazado, nueva fecha por confirmar", "Centro Cultural Sur", "postponed"),
]
# fmt: on


def _table(rows: list[tuple], lang: str) -> str:
    body = "".join(
        f"<tr><td>{day}</td><td>{time}</td><td>{title} – <em>{remark}</em></td>"
        f"<td>{venue}</td></tr>\n"
        for _, day, time, title, remark, venue, _ in rows
    )
    return f'<html lang="{lang}"><body><h2>Termine</h2><table>\n{body}</table></body></html>'


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_the_remark_ends_at_its_cell(row):
    lang, _, _, title, remark, venue, status = row
    (m,) = parse(_table([row], lang), as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.status) == ("2027-03-18", status)
    assert m.venue == venue
    assert m.title == title
    assert remark.split(",")[0] not in " ".join(filter(None, (m.venue, m.place, m.room)))


def test_a_remark_with_no_cell_after_it_still_goes():
    page = "Events\n\nThu 18 Mar 2027, 7pm – Union Hall, Room 4 – CANCELLED due to strike\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.status, m.venue, m.room) == ("cancelled", "Union Hall", "Room 4")


def test_a_calendar_table_through_the_cli(tmp_path):
    rows = [ROWS[0], ("de", "Mo 08.03.2027", "16:30 Uhr", "Kundgebung zum Frauentag", "", "", "")]
    html = _table(rows[:1], "de").replace(
        "</table>",
        "<tr><td>Mo 08.03.2027</td><td>16:30 Uhr</td><td>Kundgebung zum Frauentag</td>"
        "<td>Königsplatz</td></tr></table>",
    )
    path = tmp_path / "kalender.html"
    path.write_text(html, encoding="utf-8")
    got = [
        (m["date"], m["venue"], m["status"]) for m in cli_meetings(path, "--as-of", "2026-11-20")
    ]
    assert got == [
        ("2027-03-18", "Kulturzentrum Schlachthof", "postponed"),
        ("2027-03-08", "Königsplatz", "scheduled"),
    ]
