"""A course programme's table as a PDF's text keeps it: columns aligned by spaces under a header
row ("Kursnr.  Titel  Termin  Ort"), each course a block of lines whose cells wrap onto the lines
under it (the time under the date, the room under the building, the lecturer and the fee under
the title). Each block reads as one row, its columns' text joined, so the time is the course's
and neither the course number nor the fee is taken for its place. A table whose first column
holds the dates keeps its lines apart (a line with that column empty is another entry of the
date above). From holdout14's Volkshochschule programme; the rows are variants written from the
pattern (EN/DE/FR/ES), not copied from the corpus page."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.text import join_wrapped_rows

AS_OF = date(2026, 12, 1)
WIDTHS = (11, 44, 34)  # the columns before the last, as a PDF lays them out


def _row(*cells: str) -> str:
    return "".join(c.ljust(w) for c, w in zip(cells, WIDTHS, strict=False)) + (
        cells[-1] if len(cells) > len(WIDTHS) else ""
    )


def _table(head: tuple[str, ...], *blocks: tuple[tuple[str, ...], ...]) -> str:
    lines = ["Programme, spring 2027", "", _row(*head), ""]
    for block in blocks:
        lines += [_row(*cells).rstrip() for cells in block] + [""]
    return "\n".join(lines) + "\n"


def _read(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(m.date, m.start_time, m.venue) for m in parse(text, as_of=AS_OF).meetings]


# fmt: off
@pytest.mark.parametrize("head,block,want", [
    (("Kursnr.", "Titel", "Termin", "Ort"),
     (("271-20101", "Vortrag: Die Zukunft der Arbeit", "Di, 19.01.2027,", "VHS-Haus, Saal"),
      ("", "Dr. Eva Stein", "19.00–20.30 Uhr", ""),
      ("", "Gebührenfrei", "", "")),
     ("2027-01-19", "19:00", "VHS-Haus")),
    # the place wraps: its second half under it
    (("Kursnr.", "Titel", "Termin", "Ort"),
     (("271-20102", "Gesprächskreis Geschichte", "Do, 21.01.2027,", "Stadtbibliothek,"),
      ("", "3 Termine, Kursgebühr 24,00 €", "18.30 Uhr", "Lesesaal")),
     ("2027-01-21", "18:30", "Stadtbibliothek")),
    (("Course", "Title", "Date", "Venue"),
     (("C-2104", "Pottery for beginners", "Sat 23 January 2027,", "Arts Centre,"),
      ("", "6 sessions, fee £48", "10am–12pm", "Studio 2")),
     ("2027-01-23", "10:00", "Arts Centre")),
    (("N°", "Intitulé", "Date", "Lieu"),
     (("UP-311", "Conférence : l'eau en ville", "mardi 26 janvier 2027,", "Maison des associations,"),
      ("", "Tarif : 5 €", "18 h 30", "salle 3")),
     ("2027-01-26", "18:30", "Maison des associations")),
    (("Código", "Curso", "Fecha", "Lugar"),
     (("CC-0415", "Taller de encuadernación", "jueves 28 de enero de 2027,", "Centro Cívico Norte,"),
      ("", "Cuota: 20 €", "17:00 h", "aula 2")),
     ("2027-01-28", "17:00", "Centro Cívico Norte")),
])
# fmt: on
def test_a_programmes_wrapped_row_reads_as_one_row(
    head: tuple[str, ...], block: tuple[tuple[str, ...], ...], want: tuple[str, str, str]
) -> None:
    other = (("999-1", "Another course", "Mon 1 March 2027, 6pm", "Town Hall"),)
    got = _read(_table(head, block, other))
    assert got[0] == want
    assert got[1] == ("2027-03-01", "18:00", "Town Hall")


def test_a_course_number_close_to_its_title_is_still_its_own_cell() -> None:
    raws = [
        "Kursnr.    Titel                                       Termin",
        "271-10120  Vortrag: Wasserstoff – Hoffnung oder Hype?  Mo, 15.03.2027,",
        "                                                       19.00 Uhr",
    ]
    got = join_wrapped_rows(raws, lambda cell: cell[:2].isdigit() and cell[2:3] == ".")
    assert got[1] == "271-10120 | Vortrag: Wasserstoff – Hoffnung oder Hype? | Mo, 15.03.2027, 19.00 Uhr"
    assert got[2] == ""  # the line it took is left blank: the line numbers stay


# fmt: off
@pytest.mark.parametrize("text,want", [
    # the first column holds the dates: a line with it empty is another entry of that date
    ("Date          Time     Event                 Venue\n\n"
     "12.01.2027    10:00    Workshop              Room 1\n"
     "              14:00    Talk                  Room 2\n\n"
     "19.01.2027    10:00    Workshop              Room 1\n",
     [("2027-01-12", "10:00", "Room 1"), ("2027-01-12", "14:00", "Room 2"),
      ("2027-01-19", "10:00", "Room 1")]),
    # one line a row, no blank lines: nothing to join
    ("Nr.    Title              Date                   Venue\n"
     "1      Pottery            Sat 23 January 2027    Arts Centre\n"
     "2      Weaving            Sat 30 January 2027    Arts Centre\n",
     [("2027-01-23", None, "Arts Centre"), ("2027-01-30", None, "Arts Centre")]),
])
# fmt: on
def test_tables_that_do_not_wrap_keep_their_lines(
    text: str, want: list[tuple[str, str | None, str]]
) -> None:
    got = [(m.date, m.start_time, m.venue or m.room) for m in parse(text, as_of=AS_OF).meetings]
    assert got == want


def test_a_whole_programme_page() -> None:
    text = """VHS Talstadt · Programm Frühjahr 2027                                      Seite 9

Kursnr.    Titel                                       Termin                            Ort

271-30101  Vortrag: Boden und Klima                    Di, 12.01.2027,                   VHS-Haus, Saal
           Prof. Dr. Ina Kern                          19.00–20.30 Uhr
           Gebührenfrei

271-30110  Lesekreis                                   Do, 14.01., 28.01.2027            Stadtbücherei,
           2 Termine, Kursgebühr 12,00 €               jeweils 18.00 Uhr                 Lesecafé

271-30105  Vortrag: Bienen in der Stadt                Do, 11.02.2027,                   VHS-Haus, Raum 12
           – entfällt –                                19.00 Uhr

271-30130  Exkursion zum Stausee                       Sa, 20.03.2027,                   Treffpunkt: Bahnhof,
           mit Führung                                 9.15 Uhr                          Gleis 2

Anmeldung ab 7. Dezember 2026 in der Geschäftsstelle. Stand: 20.11.2026
"""
    listing = parse(text, as_of=date(2026, 11, 25))
    got = [(m.date, m.start_time, m.venue, m.status) for m in listing.meetings]
    assert got == [
        ("2027-01-12", "19:00", "VHS-Haus", "scheduled"),
        ("2027-01-14", "18:00", "Stadtbücherei", "scheduled"),
        ("2027-01-28", "18:00", "Stadtbücherei", "scheduled"),
        ("2027-02-11", "19:00", "VHS-Haus", "cancelled"),
        ("2027-03-20", "09:15", "Bahnhof", "scheduled"),
    ]
    assert any("Anmeldung" in w.text for w in listing.warnings)  # the sign-up date: no meeting
