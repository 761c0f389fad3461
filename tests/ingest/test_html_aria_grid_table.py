"""Site builders write tables as <div>s with ARIA roles (Wix's "wixui-table": <div role="grid">,
<div role="row">, <div role="columnheader">, <div role="gridcell">) and wrap each cell's text in
a <p>. Such a grid reads as the table it is, one line a row, and so does a real <table> whose
cells each hold one <p>; before, every cell was a line of its own and the header cells ("Datum",
"Uhrzeit", "Ort") were read as town headings. (holdout29's Kiel tenants' association.)"""

from datetime import date

import pytest

from eventmap.ingest.html import read_html
from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

ROWS = {
    "de": (("Datum", "Uhrzeit", "Ort"),
           [("Di. 01.12.", "16:00 – 18:00 Uhr", "Räucherei (Gaarden), Preetzer Straße 35, 24143 Kiel", "Raum 1.2"),
            ("Mi. 02.12.", "15:00 – 17:00 Uhr", "Bürgerhaus Mettenhof, Vaasastraße 43, 24109 Kiel", "Seminarraum 2")],
           ["Räucherei", "Bürgerhaus Mettenhof"]),
    "en": (("Date", "Time", "Venue"),
           [("Tue 1 Dec", "4pm – 6pm", "Leith Community Centre, 12A New Kirkgate, Edinburgh EH6 6AD", "Room 2"),
            ("Wed 2 Dec", "3pm – 5pm", "Gorgie Dalry Hub, 2 Newton Street, Edinburgh EH11 1QA", "Cafe")],
           ["Leith Community Centre", "Gorgie Dalry Hub"]),
    "fr": (("Date", "Heure", "Lieu"),
           [("mar. 1er décembre", "16 h – 18 h", "Maison de quartier Villejean, 2 place de Bretagne, 35000 Rennes", "Salle 2"),
            ("mer. 2 décembre", "15 h – 17 h", "Centre social Cleunay, 49 rue Jules-Lallemand, 35000 Rennes", "Salle B")],
           ["Maison de quartier Villejean", "Centre social Cleunay"]),
    "es": (("Fecha", "Hora", "Lugar"),
           [("mar 1 de diciembre", "16:00 – 18:00", "Centro Cívico Delicias, Calle Delicias 33, 50017 Zaragoza", "Sala 2"),
            ("mié 2 de diciembre", "15:00 – 17:00", "Casa de la Juventud Oliver, Calle Antonio Leyva 87, 50011 Zaragoza", "Aula 1")],
           ["Centro Cívico Delicias", "Casa de la Juventud Oliver"]),
}  # fmt: skip


def _grid(heads: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f'<div role="columnheader">{h}</div>' for h in heads)
    body = "".join(
        '<div role="row" class="wixui-table__row">'
        f'<div role="gridcell"><p class="font_8">{d}</p></div>'
        f'<div role="gridcell"><p class="font_8">{t}</p></div>'
        f'<div role="gridcell"><p class="font_8">{place}<br>{room}</p></div></div>\n'
        for d, t, place, room in rows
    )
    return f'<div role="grid" class="wixui-table">\n<div role="row">{head}</div>\n{body}</div>'


def _table(heads: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in heads)
    body = "".join(
        f"<tr><td><p>{d}</p></td><td><p>{t}</p></td><td><p>{place}<br>{room}</p></td></tr>\n"
        for d, t, place, room in rows
    )
    return f"<table><tr>{head}</tr>\n{body}</table>"


def _page(table: str) -> str:
    return (
        "<html><body><header><nav><a href='/'>Start</a></nav></header><main>"
        f"<h1>Sprechstunden · Office hours</h1><p>Without appointment.</p>{table}</main></body></html>"
    )


@pytest.mark.parametrize("build", [_grid, _table], ids=["aria-grid", "table-with-p"])
@pytest.mark.parametrize("lang", list(ROWS))
def test_each_row_is_one_line_and_one_meeting(lang: str, build) -> None:
    heads, rows, venues = ROWS[lang]
    html = _page(build(heads, rows))
    texts = [line.text for line in read_html(html).lines if line.text]
    assert " | ".join(heads) in texts
    assert any(t.startswith(f"{rows[0][0]} | {rows[0][1]} | ") for t in texts)
    ms = parse(html, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2026-12-01", "2026-12-02"]
    assert [m.start_time for m in ms] == ["16:00", "15:00"]
    for m, venue in zip(ms, venues, strict=True):
        assert venue in (m.venue or "")
        assert m.city is None or m.city not in heads


def test_rows_outside_a_grid_stay_blocks() -> None:
    html = _page(
        '<div role="row"><div role="gridcell">Tue 1 Dec</div><div role="gridcell">4pm</div></div>'
    )
    texts = [line.text for line in read_html(html).lines if line.text]
    assert "Tue 1 Dec" in texts and "4pm" in texts


def test_a_cells_later_blocks_keep_their_lines() -> None:
    # a cinema's film cell: its title, then its credits and blurb, each a block of its own
    html = _page(
        "<table><tr><th colspan='3'>Donnerstag, 3. Dezember</th></tr>"
        "<tr><td>18:00</td><td><h4>Die bleierne Zeit</h4><p>R: Margarethe von Trotta, BRD 1981,"
        " 106 Min.</p><p>Zwei Schwestern.</p></td><td><a href='/t'>Tickets</a></td></tr></table>"
    )
    texts = [line.text for line in read_html(html).lines if line.text]
    assert "R: Margarethe von Trotta, BRD 1981, 106 Min." in texts


@pytest.mark.parametrize("heads", [ROWS[lang][0] for lang in ROWS], ids=list(ROWS))
def test_header_cells_on_lines_of_their_own_are_no_towns(heads: tuple[str, ...]) -> None:
    page = "Office hours\n\n" + "\n\n".join(heads) + "\n\nTue 1 Dec, 4pm\n\nWed 2 Dec, 3pm\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2026-12-01", "2026-12-02"]
    assert all(m.city is None and m.place not in heads for m in ms)
