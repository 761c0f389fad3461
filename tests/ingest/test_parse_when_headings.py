"""A heading that says when, not where ("NEXT MONTH", "This month", "NÄCHSTEN MONAT", "LE MOIS
PROCHAIN", "EL PRÓXIMO MES") is no city heading: the meetings under it get no city from it,
and a city heading after it ("LEEDS") still is one. The rows are variants written from the
pattern (a small defect found on the corpora), not copied from a page."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("heading,lines,lang", [
    ("NEXT MONTH", ("Thursday 10 December, 7pm – Branch meeting, Trades Hall",
                    "Thursday 17 December, 7pm – Film night, Trades Hall"), None),
    ("This month", ("Thursday 10 December, 7pm – Branch meeting, Trades Hall",
                    "Thursday 17 December, 7pm – Film night, Trades Hall"), None),
    ("NÄCHSTEN MONAT", ("Donnerstag, 10. Dezember, 19 Uhr – Treffen, Gewerkschaftshaus",
                        "Donnerstag, 17. Dezember, 19 Uhr – Filmabend, Gewerkschaftshaus"), "de"),
    ("LE MOIS PROCHAIN", ("jeudi 10 décembre, 19 h – Réunion, Bourse du Travail",
                          "jeudi 17 décembre, 19 h – Projection, Bourse du Travail"), "fr"),
    ("EL PRÓXIMO MES", ("jueves 10 de diciembre, 19 h – Asamblea, Ateneo",
                        "jueves 17 de diciembre, 19 h – Cine, Ateneo"), "es"),
])
# fmt: on
def test_a_when_heading_is_no_city(heading, lines, lang):
    page = f"Meetings\n\n{heading}\n\n{lines[0]}\n{lines[1]}\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2026-12-10", "2026-12-17"]
    assert all(m.city is None and m.place is None for m in ms)


def test_a_city_heading_after_it_still_is_one(tmp_path):
    page = tmp_path / "meetings.txt"
    page.write_text(
        "Our meetings\n\nNEXT MONTH\n\nThursday 10 December, 7pm – Branch meeting, Trades Hall\n"
        "Thursday 17 December, 7pm – Film night, Trades Hall\n\n"
        "LEEDS\n\nFriday 11 December, 7pm – Public meeting, Leeds Library\n",
        encoding="utf-8",
    )
    got = [(m["date"], m["city"]) for m in cli_meetings(page, "--as-of", AS_OF.isoformat())]
    assert got == [("2026-12-10", None), ("2026-12-17", None), ("2026-12-11", "Leeds")]
