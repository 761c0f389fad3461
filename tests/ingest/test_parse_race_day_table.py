"""A race meetings table whose columns are named by their sport ("Date | Hippodrome |
Discipline | 1re course | Remarques", "Date | Racecourse | Category | First race | Notes"). The
ground's column is the place and the first race's the time; before, the header was not read as
one and each row's cells were split as free text. (holdout37's winter race meetings in the
south-west of France, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 27)

# (lang, header row, rows: (date cell, ground cell, kind cell, time cell), expected (date, time))
CASES = [
    ("en", "Date | Racecourse | Category | First race | Notes",
     [("Thu 3 Dec", "Cheltenham", "Jumps", "12:40"), ("Sat 12 Dec", "Doncaster", "Flat", "1:15pm")],
     [("2026-12-03", "12:40", "Cheltenham"), ("2026-12-12", "13:15", "Doncaster")]),
    ("de", "Datum | Rennbahn | Disziplin | Erstes Rennen | Bemerkungen",
     [("Do., 3. Dez.", "Baden-Baden Iffezheim", "Galopp", "13:20 Uhr"), ("Sa., 12. Dez.", "Dortmund Wambel", "Flach", "12:45 Uhr")],
     [("2026-12-03", "13:20", "Baden-Baden Iffezheim"), ("2026-12-12", "12:45", "Dortmund Wambel")]),
    ("fr", "Date | Hippodrome | Discipline | 1re course | Remarques",
     [("jeu. 3 déc.", "Pau", "Obstacle", "13h20"), ("sam. 12 déc.", "Toulouse", "Plat", "13h45")],
     [("2026-12-03", "13:20", "Pau"), ("2026-12-12", "13:45", "Toulouse")]),
    ("es", "Fecha | Hipódromo | Disciplina | Primera carrera | Observaciones",
     [("jueves 3 de diciembre", "Hipódromo de la Zarzuela", "Obstáculos", "12:30"), ("sábado 12 de diciembre", "Dos Hermanas", "Lisa", "13:00")],
     [("2026-12-03", "12:30", "Hipódromo de la Zarzuela"), ("2026-12-12", "13:00", "Dos Hermanas")]),
]  # fmt: skip


def _table(header: str, rows: list[tuple[str, str, str, str]], notes: str) -> str:
    body = "\n".join(f"| {d} | {g} | {k} | {t} | {notes} |" for d, g, k, t in rows)
    rule = "|".join(["---"] * 5)
    return f"# Winter meeting\n\n| {header} |\n|{rule}|\n{body}\n"


@pytest.mark.parametrize(("lang", "header", "rows", "want"), CASES)
def test_the_grounds_column_is_the_place(lang, header, rows, want) -> None:
    got = parse(_table(header, rows, ""), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [(d, t) for d, t, _ in want]
    for m, (_, _, ground) in zip(got, want, strict=True):
        assert ground in (m.venue or "") + (m.place or "") + (m.city or "")


@pytest.mark.parametrize(("lang", "header", "rows", "want"), CASES)
def test_the_remarks_column_stays_no_place(lang, header, rows, want) -> None:
    got = parse(_table(header, rows, "Christmas fair"), as_of=AS_OF, lang=lang).meetings
    assert all("Christmas fair" not in (m.venue or "") + (m.place or "") for m in got)
