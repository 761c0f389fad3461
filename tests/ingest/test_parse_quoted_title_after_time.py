"""A quoted title right after a date line's time ('12 noon: "Nigeria, debt and the IMF". Hall
booked for 12–3pm.', '19 h – «La vivienda», Casal Popular') is the talk's title, never its
place: a sentence after it says nothing of the place, a place after its comma is read as usual,
and a sentence that names the place before its date ("… public lecture at Excellence Hotel,
Ogba on Sat 13 Feb") keeps that place and its town. From the Lagos chat of
tests/ingest/corpus/holdout9; the rows are variants written from the pattern, not copied from
the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 21)


# fmt: off
@pytest.mark.parametrize("line,lang,title,venue,city", [
    ('One more: public lecture at Excellence Hotel, Ogba on Sat 13 Feb, 12 noon: '
     '"Nigeria, debt and the IMF". Hall booked for 12–3pm.', None,
     "Nigeria, debt and the IMF", "Excellence Hotel", "Ogba"),
    ("Also: a talk at the Trades Hall, Leeds on Saturday 13 February, 2pm: “Wages and empire”. "
     "Doors open at 1.30.", None, "Wages and empire", "Trades Hall", "Leeds"),
    ("Sat 13 Feb, 12 noon: \"Debt and the IMF\", Excellence Hotel, Ogba", None,
     "Debt and the IMF", "Excellence Hotel", None),
    ("Samstag, 13. Februar, 14 Uhr: „Schulden und der IWF“, Gewerkschaftshaus, Raum 3", "de",
     "Schulden und der IWF", "Gewerkschaftshaus", None),
    ("samedi 13 février, 14 h – « La dette et le FMI », Bourse du Travail, salle 2", "fr",
     "La dette et le FMI", "Bourse du Travail", None),
    ("sábado 13 de febrero, 12:00 h – «La vivienda», Casal Popular, Carrer Major 3", "es",
     "La vivienda", "Casal Popular", None),
])
# fmt: on
def test_the_quoted_title_is_no_place(line, lang, title, venue, city):
    (m,) = parse(f"Announcements\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.date == "2027-02-13"
    assert m.title == title
    assert m.venue == venue or venue in (m.place or "")
    assert not any(title in (f or "") for f in (m.place, m.venue, m.room, m.address))
    if city and m.venue == venue:
        assert m.city == city


PAGE = """Announcements

One more: public lecture at Excellence Hotel, Ogba on Sat 13 Feb, 12 noon: "Nigeria, debt and the IMF". Hall booked for 12–3pm.

Sat 20 Feb, 2pm: "Fuel subsidy and the unions", LASU Ojo campus, Faculty of Arts Auditorium
"""


def test_quoted_titles_through_the_cli(tmp_path):
    page = tmp_path / "posts.txt"
    page.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(page, "--as-of", AS_OF.isoformat())
    rows = cli_place_rows(meetings)
    assert [(d, t) for d, t, _ in rows] == [("2027-02-13", "12:00"), ("2027-02-20", "14:00")]
    assert "Excellence Hotel" in rows[0][2] and "Nigeria" not in rows[0][2]
    assert "LASU Ojo campus" in rows[1][2] and "Fuel" not in rows[1][2]
    assert [m["title"] for m in meetings] == ["Nigeria, debt and the IMF", "Fuel subsidy and the unions"]
