"""A time and place stated once for a list of dates (issue 17 item 8), also when the statement
comes below the list and names the place after the time: "Thurs 3rd Dec" / "Thurs 17th Dec" /
"" / "All assemblies 7pm sharp, Ballybane Neighbourhood Centre (upstairs room)". Each date of
the list takes the time and the place; a meeting after the statement with a time and place of
its own keeps them, and one without takes nothing from a statement that closes the list above
it. From the Galway caption of tests/ingest/corpus/holdout9; the rows are variants written from
the pattern (other words, languages, layouts), not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


def _rows(text: str, lang: str | None = None) -> list[tuple[str | None, str | None, str]]:
    ms = parse(text, as_of=AS_OF, lang=lang).meetings
    return [(m.date, m.start_time, m.venue or m.place or "") for m in ms]


# fmt: off
@pytest.mark.parametrize("dates,rule,lang,time,place", [
    (("Thurs 3rd Dec", "Thurs 17th Dec", "Thurs 14th Jan"),
     "All assemblies 7pm sharp, Ballybane Neighbourhood Centre (upstairs room), Castlepark Rd.",
     None, "19:00", "Ballybane Neighbourhood Centre"),
    (("Tuesday 3 December", "Thursday 17 December", "Thursday 14 January"),
     "All meetings at 7.30pm, Riverside Community Centre, Mill Lane. Tea provided.",
     None, "19:30", "Riverside Community Centre"),
    (("- Thu 3 Dec", "- Thu 17 Dec", "- Thu 14 Jan"),
     "All meetings begin at 6.30pm and are held in the Trades Hall, 12 Union St.",
     None, "18:30", "Trades Hall"),
    (("Donnerstag, 3. Dezember", "Donnerstag, 17. Dezember", "Donnerstag, 14. Januar"),
     "Alle Versammlungen um 19 Uhr im Nachbarschaftshaus Linden, Fössestraße 2.",
     "de", "19:00", "Nachbarschaftshaus Linden"),
    (("Do., 3.12.", "Do., 17.12.", "Do., 14.1."),
     "Alle Treffen um 18.30 Uhr pünktlich, Stadtteilzentrum Nord, Raum 2.",
     "de", "18:30", "Stadtteilzentrum Nord"),
    (("jeudi 3 décembre", "jeudi 17 décembre", "jeudi 14 janvier"),
     "Toutes les assemblées à 19 h précises, Maison des associations, 3 rue Vaudrey.",
     "fr", "19:00", "Maison des associations"),
    (("jueves 3 de diciembre", "jueves 17 de diciembre", "jueves 14 de enero"),
     "Todas las asambleas a las 19:00 en punto, Centro Cívico La Bordeta.",
     "es", "19:00", "Centro Cívico La Bordeta"),
])
# fmt: on
@pytest.mark.parametrize("below", [True, False], ids=["below", "above"])
def test_each_date_of_the_list_takes_the_time_and_place(dates, rule, lang, time, place, below):
    listed = "\n".join(dates)
    text = f"{listed}\n\n{rule}\n" if below else f"{rule}\n\n{listed}\n"
    got = _rows("Winter meetings\n\n" + text, lang)
    assert [(t, p) for _, t, p in got] == [(time, place)] * 3
    assert [d for d, _, _ in got] == ["2026-12-03", "2026-12-17", "2027-01-14"]


# fmt: off
@pytest.mark.parametrize("rule", [
    "All meetings start at 7pm, doors open 6.30pm.",
    "All meetings begin at 7pm, unless stated otherwise.",
    "All events 7pm sharp, Bring a friend!",
])
# fmt: on
def test_words_after_the_time_that_name_no_place_are_no_place(rule):
    got = _rows(f"Thu 3 Dec\nThu 17 Dec\n\n{rule}\n")
    assert got == [("2026-12-03", "19:00", ""), ("2026-12-17", "19:00", "")]


# One page: a list closed by its time and place, then meetings of their own (one with its own
# time and place, one with neither): the statement below the list holds only for the list.
PAGE = """Renters' union, Winter 2026

🗓 Thurs 3rd Dec
🗓 Thurs 17th Dec
🗓 Thurs 14th Jan

All assemblies 7pm sharp, Ballybane Neighbourhood Centre (upstairs room). Childcare provided.

✊ March for housing: Saturday 6th February, assemble 1pm at Eyre Square.

Tenants' rights workshop: Wednesday 10th February, 6.30pm, Westside Library

Film screening: Friday 19th February, St Mary's Hall (time to be confirmed)
"""

WANT = [
    ("2026-12-03", "19:00", "Ballybane Neighbourhood Centre"),
    ("2026-12-17", "19:00", "Ballybane Neighbourhood Centre"),
    ("2027-01-14", "19:00", "Ballybane Neighbourhood Centre"),
    ("2027-02-06", "13:00", "Eyre Square"),
    ("2027-02-10", "18:30", "Westside Library"),
    ("2027-02-19", None, "St Mary's Hall"),
]


def test_a_page_with_the_list_time_below_its_dates():
    assert _rows(PAGE) == WANT


def test_a_page_with_the_list_time_below_its_dates_through_the_cli(tmp_path):
    page = tmp_path / "caption.txt"
    page.write_text(PAGE, encoding="utf-8")
    rows = cli_place_rows(cli_meetings(page, "--as-of", AS_OF.isoformat()))
    assert [(d, t) for d, t, _ in rows] == [(d, t) for d, t, _ in WANT]
    for (_, _, places), (_, _, want) in zip(rows, WANT, strict=True):
        assert want in places
