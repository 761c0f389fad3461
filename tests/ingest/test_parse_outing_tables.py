"""A club's rides or walks in a table whose header names the columns in its own words ("Date |
Ride | Leader | Meet at | Depart | Distance / climb", "Datum | Tour | Leitung | Treffpunkt |
Abfahrt | Strecke"): the meeting point is the place, the departure its time, and the distance
cell ("58 km / 1,150 m") is never the place, wherever the time column stands
(``calendar.header_roles``, ``parse.meetings._read_line_place``).
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

TABLES = [
    ("en", "| Date | Ride | Leader | Meet at | Depart | Distance / climb |",
     [("Sun 6 Dec", "Heptonstall loop", "Sarah K", "Hebden Bridge Marina", "08:30", "58 km / 1,150 m"),
      ("Sun 13 Dec", "Lumbutts", "Gaz", "Todmorden Market", "09:00", "45 km / 900 m")],
     [("2026-12-06", "08:30", "Hebden Bridge Marina"), ("2026-12-13", "09:00", "Todmorden Market")]),
    ("en", "| Date | Walk | Leader | Meeting point | Start | Distance |",
     [("Sat 12 Dec", "Ridge walk", "Ann", "Edale station", "10:00", "14 km"),
      ("Sat 19 Dec", "Reservoir loop", "Bill", "Fairholmes car park", "9.30am", "11 km")],
     [("2026-12-12", "10:00", "Edale station"), ("2026-12-19", "09:30", "Fairholmes car park")]),
    ("de", "| Datum | Tour | Leitung | Treffpunkt | Abfahrt | Strecke |",
     [("So., 6.12.", "Nikolausrunde", "Jens", "Marktplatz Tübingen", "9:30", "62 km"),
      ("So., 13.12.", "Schönbuchrunde", "Uli", "Bahnhof Herrenberg", "10:00", "48 km")],
     [("2026-12-06", "09:30", "Marktplatz Tübingen"), ("2026-12-13", "10:00", "Bahnhof Herrenberg")]),
    ("fr", "| Date | Sortie | Animateur | Point de rendez-vous | Départ | Distance |",
     [("dim. 6 déc.", "Boucle des étangs", "Luc", "Parking du lac", "9 h", "70 km"),
      ("dim. 13 déc.", "Col de la Croix", "Anne", "Place de la Mairie", "9h30", "55 km")],
     [("2026-12-06", "09:00", "Parking du lac"), ("2026-12-13", "09:30", "Place de la Mairie")]),
    ("es", "| Fecha | Ruta | Guía | Punto de encuentro | Salida | Distancia |",
     [("dom 6 dic", "Vuelta al embalse", "Marta", "Plaza Mayor", "8:30", "60 km"),
      ("dom 13 dic", "Subida al puerto", "Javi", "Estación de Cercedilla", "9:00", "75 km")],
     [("2026-12-06", "08:30", "Plaza Mayor"), ("2026-12-13", "09:00", "Estación de Cercedilla")]),
]  # fmt: skip


def _table(header: str, rows: list[tuple[str, ...]]) -> str:
    rule = "|" + "|".join("---" for _ in rows[0]) + "|"
    body = ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(["# Winter rides", "", header, rule, *body, ""])


@pytest.mark.parametrize(("lang", "header", "rows", "want"), TABLES)
def test_the_meeting_point_column_is_the_place(
    lang: str, header: str, rows: list[tuple[str, ...]], want: list[tuple[str, str, str]]
) -> None:
    listing = parse(_table(header, rows), as_of=AS_OF, lang=lang)
    got = [(m.date, m.start_time, m.place) for m in listing.meetings]
    assert [g[:2] for g in got] == [w[:2] for w in want]
    for (_, _, place), (_, _, expected) in zip(got, want, strict=True):
        assert expected in (place or "")
        assert "km" not in (place or "")


def test_a_time_column_before_the_place_column_reads_the_same() -> None:
    page = _table(
        "| Date | Event | Time | Venue |",
        [("Thu 10 Dec", "Branch meeting", "7pm", "Trades Hall"),
         ("Thu 17 Dec", "Social", "8pm", "The Red Lion")],
    )  # fmt: skip
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time, m.title, m.place) for m in listing.meetings] == [
        ("2026-12-10", "19:00", "Branch meeting", "Trades Hall"),
        ("2026-12-17", "20:00", "Social", "The Red Lion"),
    ]
