"""A time given once, in a footnote under a table (issue 17; the Leipzig union timetable of
tests/ingest/corpus/holdout10): rows that carry a mark where their time goes ("Di 15.12.2026  *
Vorstandssitzung") and under the table the footnote with that mark and the time ("*
Vorstandssitzungen beginnen jeweils um 17:00 Uhr"): each marked row is at the footnote's time,
not at a number found elsewhere on its row ("R. 2.14" is a room, not 2:14), and the footnote is
no meeting. The rule under the header row ("-----") is no heading or place, and a header cell
that names its column twice ("Gremium / Veranstaltung") still says which column is the title.
The rows are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


def _table(head: str, rows: list[tuple[str, str, str, str]], note: str) -> str:
    out = ["Plan", "", head, "-" * 60]
    out += [f"{d} | {t} | {title} | {place}" for d, t, title, place in rows]
    return "\n".join([*out, "", note, ""])


# fmt: off
@pytest.mark.parametrize("lang,head,rows,note,want", [
    ("de", "Datum | Zeit | Veranstaltung | Ort",
     [("Di 12.01.2027", "*", "Vorstandssitzung", "Geschäftsstelle, R. 3.12"),
      ("Do 21.01.2027", "18:00", "Stammtisch", "Café Kowalski")],
     "* Vorstandssitzungen beginnen jeweils um 17:30 Uhr.",
     [("2027-01-12", "17:30", "Geschäftsstelle"), ("2027-01-21", "18:00", "Café Kowalski")]),
    ("de", "Datum | Zeit | Gremium / Veranstaltung | Ort",
     [("Mi 13.01.2027", "¹", "Kreisvorstand", "Gewerkschaftshaus, Raum 4.11"),
      ("Mi 10.02.2027", "¹", "Kreisvorstand", "Gewerkschaftshaus, Raum 4.11"),
      ("Sa 20.02.2027", "10:00", "Aktionstag", "Marktplatz")],
     "¹ jeweils 18 Uhr",
     [("2027-01-13", "18:00", "Gewerkschaftshaus"), ("2027-02-10", "18:00", "Gewerkschaftshaus"),
      ("2027-02-20", "10:00", "Marktplatz")]),
    ("en", "Date | Time | Event | Venue",
     [("Tue 12 Jan 2027", "*", "Executive meeting", "Union office, Rm 2.15"),
      ("Thu 21 Jan 2027", "7pm", "Social", "The Crown")],
     "* Executive meetings start at 6.30pm.",
     [("2027-01-12", "18:30", "Union office"), ("2027-01-21", "19:00", "The Crown")]),
    ("en", "Date | Time | Event | Venue",
     [("Tue 12 Jan 2027", "†", "Executive meeting", "Union office"),
      ("Thu 21 Jan 2027", "7pm", "Social", "The Crown")],
     "† All executive meetings begin at 6pm.",
     [("2027-01-12", "18:00", "Union office"), ("2027-01-21", "19:00", "The Crown")]),
    ("fr", "Date | Heure | Réunion | Lieu",
     [("mar. 12 janv. 2027", "*", "Bureau", "Bourse du Travail, salle 3"),
      ("jeu. 21 janv. 2027", "19h", "Assemblée", "Salle Jaurès")],
     "* Les réunions du bureau commencent à 18h.",
     [("2027-01-12", "18:00", "Bourse du Travail"), ("2027-01-21", "19:00", "Salle Jaurès")]),
    ("es", "Fecha | Hora | Actividad | Lugar",
     [("mar 12 ene 2027", "*", "Junta directiva", "Local sindical, sala 2"),
      ("jue 21 ene 2027", "19:00", "Asamblea", "Ateneo")],
     "* Las juntas empiezan a las 18:30.",
     [("2027-01-12", "18:30", "Local sindical"), ("2027-01-21", "19:00", "Ateneo")]),
])
# fmt: on
def test_a_marked_row_is_at_the_footnotes_time(lang, head, rows, note, want):
    ms = parse(_table(head, rows, note), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [(d, t) for d, t, _ in want]
    for m, (_, _, place) in zip(ms, want, strict=True):
        assert place in _places(m)
        assert "---" not in _places(m) and "-" * 10 not in (m.title or "")


def test_without_a_footnote_the_mark_gives_no_time():
    page = _table(
        "Date | Time | Event | Venue",
        [("Tue 12 Jan 2027", "*", "Executive meeting", "Union office"),
         ("Thu 21 Jan 2027", "7pm", "Social", "The Crown")],
        "Questions? Write to the secretary.",
    )  # fmt: skip
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-12", None), ("2027-01-21", "19:00")]


TIMETABLE = """GEW Kreisverband Halle          Sitzungsplan 1. Halbjahr 2027

Datum          Zeit          Gremium / Veranstaltung                             Ort
----------------------------------------------------------------------------------------------------
Mi 13.01.2027  *             Kreisvorstand                                       Gewerkschaftshaus, R. 4.11
Do 28.01.2027  16:00–18:00   Mitgliederversammlung                               Stadthaus, Festsaal
Mi 10.02.2027  *             Kreisvorstand – FÄLLT AUS                           Gewerkschaftshaus
Mi 10.03.2027  *             Kreisvorstand (Videokonferenz)                      online

* Sitzungen des Kreisvorstands beginnen jeweils um 17:30 Uhr.

Weitere Termine
Redaktionsschluss Mitgliederzeitung: 15.01.2027
"""


def test_a_union_timetable():
    ms = parse(TIMETABLE, as_of=AS_OF, lang="de").meetings
    got = [(m.date, m.start_time, m.status) for m in ms]
    assert got == [
        ("2027-01-13", "17:30", "scheduled"),
        ("2027-01-28", "16:00", "scheduled"),
        ("2027-02-10", "17:30", "cancelled"),
        ("2027-03-10", "17:30", "scheduled"),
    ]
    assert [m.title for m in ms][:2] == ["Kreisvorstand", "Mitgliederversammlung"]
    assert ms[0].venue == "Gewerkschaftshaus" and ms[1].venue == "Stadthaus"
    assert ms[3].online
    assert not any("---" in _places(m) or "Datum" in (m.title or "") for m in ms)
