"""A cycling club's rides table names where each ride sets off in its "Start" column ("| Date |
Ride | Start | Distance | Notes |", "Départ", "Inicio"): in a table with a distance column,
that column is the ride's place; the ride's name is its title. A "Start" column of a table
without a distance keeps its old reading (no place). (holdout27's Vancouver cycling club page,
after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 28)

# (header, rows: (date cell, ride, start, distance), want venues)
TABLES = [
    ("| Date | Ride | Start | Distance | Notes |",
     [("Sat, Jan. 2", "Coffee Outside", "Trout Lake (John Hendry Park), east parking lot", "35 km"),
      ("Sun, Jan. 3", "Seawall & Prospect Point", "Stanley Park, at the Lost Lagoon fountain", "30 km")],
     ["Trout Lake (John Hendry Park)", "Stanley Park"]),
    ("| Datum | Tour | Start | Strecke | Hinweise |",
     [("Sa., 2. Jan.", "Kaffeerunde", "Tempelhofer Feld, Eingang Columbiadamm", "35 km"),
      ("So., 3. Jan.", "Havelchaussee", "S-Bahnhof Grunewald, Ausgang Forst", "60 km")],
     ["Tempelhofer Feld", "S-Bahnhof Grunewald"]),
    ("| Date | Sortie | Départ | Distance | Remarques |",
     [("sam. 2 janv.", "Café des berges", "Parc de la Tête d'Or, porte des Enfants du Rhône", "35 km"),
      ("dim. 3 janv.", "Monts d'Or", "Place Bellecour, côté statue", "60 km")],
     ["Parc de la Tête d'Or", "Place Bellecour"]),
    ("| Fecha | Ruta | Inicio | Distancia | Notas |",
     [("sáb. 2 ene.", "Vuelta del café", "Parque del Retiro, puerta de Alcalá", "35 km"),
      ("dom. 3 ene.", "Casa de Campo", "Plaza de España, junto a la fuente", "40 km")],
     ["Parque del Retiro", "Plaza de España"]),
]  # fmt: skip


def _page(header: str, rows: list[tuple[str, ...]]) -> str:
    rule = "|" + "---|" * 5
    body = "\n".join(f"| {d} | {r} | {s} | {k} |  |" for d, r, s, k in rows)
    return f"# Winter rides\n\nNo-drop, social pace.\n\n{header}\n{rule}\n{body}\n"


@pytest.mark.parametrize(("header", "rows", "venues"), TABLES, ids=["en", "de", "fr", "es"])
def test_the_start_column_is_the_rides_place(header, rows, venues) -> None:
    listing = parse(_page(header, rows), as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2027-01-02", "2027-01-03"]
    for m, (_, ride, _, _), venue in zip(listing.meetings, rows, venues, strict=True):
        assert m.title == ride
        assert (m.venue or m.place or "").startswith(venue)


def test_a_start_time_column_without_a_distance_is_no_place() -> None:
    page = (
        "| Date | Event | Start | Venue |\n|---|---|---|---|\n"
        "| Sat, Jan. 2 | Film night | 7pm | Rio Theatre |\n"
    )
    m = parse(page, as_of=AS_OF).meetings[0]
    assert (m.start_time, m.venue) == ("19:00", "Rio Theatre")
