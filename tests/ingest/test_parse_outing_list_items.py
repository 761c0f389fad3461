"""A mountain or walking club's programme in Markdown: month headings, list items that open
with the date, a middle dot and the outing ("- Dom 21 feb · Santuario de la Naturaleza Yerba
Loca — Nivel básico. Encuentro: 7:00 h, Metro Tobalaba. Cupo: 20 personas."), long enough to
read as sentences; a table whose meeting column gives the time and the meeting point
("| Dom 17 ene | Cerro La Campana | Intermedio | 6:30 h, Metro Tobalaba |"); and a heading over
the outings that took place. Each item is an outing on its date, at the time its meeting
label gives, met where it says; the next month's heading and the past outings' heading are
no place of the item above them. (holdout25's mountain club page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 20)

# (month heading 1, item 1, month heading 2, item 2, table header, table row, past heading,
#  past item; meeting point, item times, row time)
PAGES = [
    ("## February",
     "- Sun 21 Feb · Kinder Scout plateau by Grindsbrook Clough — moderate, 14 km, some "
     "scrambling. Meet: 9.30am, Edale car park. Bring lunch and waterproofs.",
     "## March",
     "- Sat 6 Mar · Mam Tor and the Great Ridge from Castleton — easy, 10 km, one steep climb. "
     "Meet: 10am, Edale car park. Dogs on leads please.",
     "| Date | Walk | Grade | Meet |", "| Sun 14 Mar | Stanage Edge | Moderate | 9:00am, Edale car park |",
     "## Past walks", "- Sun 6 Dec · Bleaklow — 11 walkers, summit at 12.40pm.",
     "Edale car park", ["09:30", "10:00"], "09:00"),
    ("## Februar",
     "- So 21. Feb. · Hochlantsch über die Bärenschützklamm — mittel, 6 Std., trittsicher. "
     "Treffpunkt: 7:00 Uhr, Hauptbahnhof Graz. Anmeldung bis Freitag.",
     "## März",
     "- Sa 6. März · Schöckl über den Alpengartenweg — leicht, 4 Std., für Familien geeignet. "
     "Treffpunkt: 8:30 Uhr, Hauptbahnhof Graz. Einkehr im Stubenberghaus.",
     "| Datum | Tour | Schwierigkeit | Treffpunkt |",
     "| So 14. März | Rennfeld | mittel | 7:30 Uhr, Hauptbahnhof Graz |",
     "## Vergangene Touren", "- So 6. Dez. · Hochschwab — 9 Teilnehmende, Gipfel um 12:40 Uhr.",
     "Hauptbahnhof Graz", ["07:00", "08:30"], "07:30"),
    ("## Février",
     "- Dim. 21 févr. · Dent de Vaulion par le Mont d'Orzeires — niveau moyen, 5 h de marche. "
     "Rendez-vous : 7 h 30, gare de Vallorbe. Pique-nique tiré du sac.",
     "## Mars",
     "- Sam. 6 mars · Le Chasseron depuis Sainte-Croix — facile, 4 h de marche, raquettes. "
     "Rendez-vous : 8 h, gare de Vallorbe. Retour en train.",
     "| Date | Sortie | Niveau | Rendez-vous |",
     "| Dim. 14 mars | Le Suchet | Moyen | 7 h 45, gare de Vallorbe |",
     "## Sorties passées", "- Dim. 6 déc. · La Dôle — 14 participants, sommet à 12 h 40.",
     "gare de Vallorbe", ["07:30", "08:00"], "07:45"),
    ("## Febrero",
     "- Dom 21 feb · Santuario de la Naturaleza Yerba Loca — Nivel básico, 6 horas de marcha. "
     "Encuentro: 7:00 h, Metro Tobalaba. Cupo: 20 personas.",
     "## Marzo",
     "- Sáb 6 mar · Cerro Provincia por el sendero de Las Lagunitas — Nivel intermedio, 8 "
     "horas. Encuentro: 6:30 h, Metro Tobalaba. Llevar 3 litros de agua.",
     "| Fecha | Salida | Nivel | Encuentro |",
     "| Dom 14 mar | Cerro La Campana | Intermedio | 6:00 h, Metro Tobalaba |",
     "## Salidas realizadas", "- Dom 6 dic · Cerro Pochoco — 18 socios, cumbre a las 11:40 h.",
     "Metro Tobalaba", ["07:00", "06:30"], "06:00"),
]  # fmt: skip


def _page(row: tuple) -> str:
    m1, i1, m2, i2, head, row_, past, past_item = row[:8]
    sep = "|" + "---|" * 4
    return "\n\n".join(
        ["# Programme", m1, i1, m2, i2, f"{head}\n{sep}\n{row_}", past, past_item, ""]
    )


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_each_outing_at_its_meeting_time_and_point(row: tuple) -> None:
    got = parse(_page(row), as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2027-02-21", "2027-03-06", "2027-03-14"]
    assert [m.start_time for m in got] == [*row[9], row[10]]
    point = row[8]
    for m in got:
        assert point in (m.venue or m.place or "")
        # neither the next month's heading nor the past outings' heading is a place
        assert row[2].strip("# ") not in f"{m.venue} {m.room}"
        assert row[6].strip("# ") not in f"{m.venue} {m.room}"
