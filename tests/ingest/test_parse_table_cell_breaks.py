"""A seminar table's row stays one line when a cell breaks its text with ``<br>`` (a time under
the date, a note under the title: "Thu, Feb 18<br>12:30 p.m.", "Title<br>CANCELLED — speaker
ill"), so the room column ("Savery Hall 408") is read by its header as the place, not the
speaker or title columns; a row cancelled in a note keeps its room and is cancelled. A layout
table of one or two cells still reads its ``<br>`` lines as lines. From the Seattle seminar
table of tests/ingest/corpus/holdout9; the rows are variants written from the pattern, not
copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.html import html_lines
from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 16)


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return f"<html><body><h1>Seminar</h1><table><tr>{head}</tr>\n{body}</table></body></html>"


# fmt: off
@pytest.mark.parametrize("header,rows,lang,want", [
    (("Date", "Speaker", "Title", "Location"),
     [("Thu, Feb 18<br><strong>12:30 p.m.</strong>", "Graduate students",
       "Precarity, Piecework, Platforms<br><span>Lunch provided — please RSVP</span>",
       "Savery Hall 408")],
     None, [("2027-02-18", "12:30", "Savery Hall 408", "scheduled")]),
    (("Date", "Speaker", "Title", "Room"),
     [("Thu, Feb 11, 3:30 p.m.", "Karen Whitford (Seattle Central College)",
       "Teaching the General Strike<br>CANCELLED — speaker ill", "Smith Hall 306")],
     None, [("2027-02-11", "15:30", "Smith Hall 306", "cancelled")]),
    (("Datum", "Referentin", "Thema", "Ort"),
     [("Do., 18.02.2027<br>18:30 Uhr", "Anna Weber (Universität Wien)",
       "Rotes Wien<br>mit Diskussion", "Hörsaal 3, Hauptgebäude")],
     "de", [("2027-02-18", "18:30", "Hörsaal 3", "scheduled")]),
    (("Date", "Intervenant", "Titre", "Salle"),
     [("jeu. 18 février 2027<br>18 h 30", "Claire Martin (Université Lyon 2)",
       "Les canuts<br>ANNULÉ — reporté au printemps", "Salle Marc Bloch")],
     "fr", [("2027-02-18", "18:30", "Salle Marc Bloch", "cancelled")]),
    (("Fecha", "Ponente", "Título", "Lugar"),
     [("jueves 18 de febrero de 2027<br>19:00 h", "Lucía Pérez (UCM)",
       "Las Trece Rosas<br>Entrada libre", "Aula 12, Facultad de Historia")],
     "es", [("2027-02-18", "19:00", "Aula 12", "scheduled")]),
    # a subtitle in a <div> or <p> of the title's cell (a CMS's views table) keeps the row whole
    (("Datum", "Uhrzeit", "Veranstaltung", "Ort"),
     [("Di, 24.11.2026", "16:30 - 18:30 Uhr",
       '<a href="/t/1">Mitgliederversammlung</a><div class="untertitel">Bericht des Vorstands</div>',
       "DGB-Haus Göttingen, Obere Masch 10")],
     "de", [("2026-11-24", "16:30", "DGB-Haus Göttingen", "scheduled")]),
    (("Date", "Time", "Event", "Venue"),
     [("Tue, Dec 1, 2026", "7:00 pm", "Branch AGM<p>Reports and elections</p>",
       "Trades Hall, Room 2")],
     None, [("2026-12-01", "19:00", "Trades Hall", "scheduled")]),
    (("Date", "Heure", "Événement", "Lieu"),
     [("mar. 1er déc. 2026", "18 h 30", "Assemblée générale<div>Ordre du jour en ligne</div>",
       "Bourse du Travail, salle 3")],
     "fr", [("2026-12-01", "18:30", "Bourse du Travail", "scheduled")]),
    (("Fecha", "Hora", "Actividad", "Lugar"),
     [("mar. 1 dic. 2026", "19:00 h", "Asamblea<div>Orden del día: presupuesto</div>",
       "Casa del Pueblo, Calle Mayor 4")],
     "es", [("2026-12-01", "19:00", "Casa del Pueblo", "scheduled")]),
])
# fmt: on
def test_the_room_column_is_the_place(header, rows, lang, want):
    ms = parse(_table(header, rows), as_of=AS_OF, lang=lang).meetings
    got = [(m.date, m.start_time, m.place or "", m.status) for m in ms]
    assert [(d, t, s) for d, t, _, s in got] == [(d, t, s) for d, t, _, s in want]
    for (_, _, place, _), (_, _, room, _) in zip(got, want, strict=True):
        assert place.startswith(room)


@pytest.mark.parametrize("cells", [1, 2])
def test_a_layout_table_keeps_its_lines(cells):
    pad = "<td>Menu</td>" if cells == 2 else ""
    page = f"<table><tr>{pad}<td>Branch meeting<br>Thursday 3 December, 7pm<br>Trades Hall</td></tr></table>"
    first, *rest = [line.text for line in html_lines(page) if line.text][-3:]
    assert first.endswith("Branch meeting")  # after "Menu | " in the two-cell row
    assert rest == ["Thursday 3 December, 7pm", "Trades Hall"]


PAGE = _table(
    ("Date", "Speaker", "Title", "Location"),
    [
        ("Thu, Jan 7", "Margaret Liu (UW)", "Cannery Row", "Smith Hall 306"),
        ("Thu, Feb 4<br><strong>10:00 a.m.</strong>", "Ahmed Sultani (UBC)",
         "Mill Towns in Decline<br><span>Note earlier time</span>", "Allen Library, Petersen Room"),
        ("Thu, Feb 11", "Karen Whitford", "The 1919 General Strike<br>CANCELLED — speaker ill",
         "Smith Hall 306"),
        ("Thu, Feb 18<br><strong>12:30 p.m.</strong>", "Graduate students",
         "Precarity<br>Lunch provided — please RSVP", "Savery Hall 408"),
    ],
).replace("<h1>Seminar</h1>", "<h1>Seminar</h1><p>The seminar meets on Thursdays at 3:30 p.m.</p>")
WANT = [
    ("2027-01-07", "15:30", "Smith Hall 306"),
    ("2027-02-04", "10:00", "Allen Library"),
    ("2027-02-11", "15:30", "Smith Hall 306"),
    ("2027-02-18", "12:30", "Savery Hall 408"),
]


def test_a_seminar_table_through_the_cli(tmp_path):
    page = tmp_path / "seminar.html"
    page.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(page, "--as-of", AS_OF.isoformat())
    rows = cli_place_rows(meetings)
    assert [(d, t) for d, t, _ in rows] == [(d, t) for d, t, _ in WANT]
    for (_, _, places), (_, _, room) in zip(rows, WANT, strict=True):
        assert places.startswith(room)
    assert [m["status"] for m in meetings] == ["scheduled", "scheduled", "cancelled", "scheduled"]
