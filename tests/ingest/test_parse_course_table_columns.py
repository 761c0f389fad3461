"""A union's training programme is a table whose date is not its first column ("Nr. | Seminar |
Termin | Ort | Anmeldeschluss"): the course's number, its title, its dates, its place and the
last day to sign up. "Seminar" names the title column, "Termin" the date's, the deadline column
is neither a meeting nor a place: each course is held at its "Ort" cell, titled by its
"Seminar" cell. (holdout27's IG Metall seminar page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 27)

# (header row, two rows: (code, title, dates, place, deadline), want: (date, place, title))
TABLES = [
    ("No. | Course | Dates | Venue | Registration deadline",
     [("TU1-27", "Health and safety reps, stage 1", "Mon 11 Jan – Fri 15 Jan 2027",
       "Congress House", "11 Dec 2026"),
      ("TU2-27", "Organising at work", "Mon 25 Jan – Wed 27 Jan 2027", "Wortley Hall",
       "23 Dec 2026")]),
    ("Nr. | Seminar | Termin | Ort | Anmeldeschluss",
     [("BR1-0127", "Betriebsratsarbeit I – Grundlagen des BetrVG",
       "Mo., 11.01. – Fr., 15.01.2027", "Sprockhövel", "11.12.2026"),
      ("BR2-0127", "Betriebsratsarbeit II – Mitbestimmung", "Mo., 25.01. – Fr., 29.01.2027",
       "Beverungen", "23.12.2026")]),
    ("N° | Formation | Dates | Lieu | Date limite d'inscription",
     [("CHS-01", "Santé et sécurité au travail, niveau 1", "lun. 11 janv. – ven. 15 janv. 2027",
       "Courcelle-sur-Yvette", "11 déc. 2026"),
      ("CHS-02", "Négocier dans l'entreprise", "lun. 25 janv. – mer. 27 janv. 2027",
       "Bagnolet", "23 déc. 2026")]),
    ("Nº | Curso | Fechas | Lugar | Plazo de inscripción",
     [("FS-01", "Salud laboral, nivel 1", "lun. 11 ene. – vie. 15 ene. 2027",
       "Escuela Julián Besteiro", "11 dic. 2026"),
      ("FS-02", "Negociación colectiva", "lun. 25 ene. – mié. 27 ene. 2027",
       "Ateneo Cultural 1.º de Mayo", "23 dic. 2026")]),
]  # fmt: skip


INTROS = [
    "Courses for workplace reps, free for members. Book early: places are limited.",
    "Seminare für Betriebsräte. Die Kosten trägt der Arbeitgeber, bitte rechtzeitig anmelden.",
    "Formations pour les élus du personnel. Inscrivez-vous avant la date limite indiquée.",
    "Cursos para delegados y delegadas. Inscríbete antes del plazo indicado en cada curso.",
]


def _page(header: str, rows: list[tuple[str, ...]], intro: str) -> str:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    head = "".join(f"<th>{c.strip()}</th>" for c in header.split("|"))
    return (
        f"<html><body><h1>2027</h1><p>{intro}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>"
    )


@pytest.mark.parametrize(
    ("header", "rows", "intro"),
    [(*t, i) for t, i in zip(TABLES, INTROS, strict=True)],
    ids=["en", "de", "fr", "es"],
)
def test_each_course_is_held_at_its_place_cell(
    header: str, rows: list[tuple[str, ...]], intro: str
) -> None:
    listing = parse(_page(header, rows, intro), as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2027-01-11", "2027-01-25"]
    for m, (code, title, _, place, deadline) in zip(listing.meetings, rows, strict=True):
        assert place in (m.venue or m.place or "")
        assert m.title == title
        for v in (m.place, m.venue, m.room, m.address):
            assert code not in (v or "") and deadline not in (v or "")
