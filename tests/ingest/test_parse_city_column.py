"""A table whose header names a city column ("Date | Time | City | Venue", "Datum  Zeit  Stadt
Ort", "Date | Ville | Lieu", "Fecha | Ciudad | Lugar") gives each row the town in that column
as its city and place, the venue column its venue, though no title column is named; the town
is no title. Space-aligned tables (a chapter's e-mail, a leaflet) read as piped ones. From the
New Zealand branch page of tests/ingest/corpus/holdout11; the rows are variants written from
the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 3)


# fmt: off
@pytest.mark.parametrize("table,lang,want", [
    ("| Date | Time | City | Venue |\n|---|---|---|---|\n"
     "| Sat 9 Jan | 2pm | Hamilton | Celebrating Age Centre, 30 Victoria St |",
     "en", ("2027-01-09", "14:00", "Hamilton", "Celebrating Age Centre")),
    ("Date          Time     City          Venue\n"
     "Thu 14 Jan    7.30pm   Nelson        Elma Turner Library, Trafalgar St",
     "en", ("2027-01-14", "19:30", "Nelson", "Elma Turner Library")),
    ("| Date | City | Venue |\n|---|---|---|\n"
     "| Tuesday 12 January, 6.30pm | Leeds | Swarthmore Education Centre, Room 2 |",
     "en", ("2027-01-12", "18:30", "Leeds", "Swarthmore Education Centre")),
    ("| Date | Town | Where |\n|---|---|---|\n"
     "| Wed 20 January 7pm | Napier | Napier War Memorial Centre |",
     "en", ("2027-01-20", "19:00", "Napier", None)),
    ("Datum         Zeit        Stadt        Ort\n"
     "Sa., 16.01.   15 Uhr      Leipzig      Haus der Demokratie, Bernhard-Göring-Str. 152",
     "de", ("2027-01-16", "15:00", "Leipzig", "Haus der Demokratie")),
    ("| Date | Heure | Ville | Lieu |\n|---|---|---|---|\n"
     "| samedi 23 janvier | 14 h 30 | Grenoble | Maison des associations, salle 3 |",
     "fr", ("2027-01-23", "14:30", "Grenoble", "Maison des associations")),
    ("| Fecha | Hora | Ciudad | Lugar |\n|---|---|---|---|\n"
     "| jueves 21 de enero | 19:00 h | Rosario | Biblioteca Vigil, Alem 3078 |",
     "es", ("2027-01-21", "19:00", "Rosario", "Biblioteca Vigil")),
    ("| Date | Time | City | Venue |\n|---|---|---|---|\n"
     "| Fri 5 Feb | 7pm | Tauranga (CANCELLED) | Greerton Hall |",
     "en", ("2027-02-05", "19:00", "Tauranga", "Greerton Hall")),
])
# fmt: on
def test_the_city_column_is_the_city(table, lang, want):
    ms = parse(f"Public meetings\n\n{table}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [want[:2]]
    m = ms[0]
    assert (m.city, m.place) == (want[2], want[2])
    assert m.title is None or want[2] not in m.title
    if want[3] is not None:
        assert (m.venue or "").startswith(want[3])


def test_a_city_column_without_a_venue_column_is_still_the_place():
    table = "| Date | Event | City |\n|---|---|---|\n| Sat 9 Jan, 2pm | Public meeting | Hamilton |"
    (m,) = parse(f"Meetings\n\n{table}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.title, m.place) == ("2027-01-09", "14:00", "Public meeting", "Hamilton")


PAGE = """Socialist Group (Aotearoa)

Summer public meetings

Date         Time     City            Venue
Sat 9 Jan    2pm      Hamilton        Celebrating Age Centre, 30 Victoria St
Tue 12 Jan   7.30pm   Nelson          Elma Turner Library, Trafalgar St
Thu 14 Jan   7pm      Napier          Napier War Memorial Centre, Marine Parade

Contact: branch@example.org
"""


def test_a_chapter_table_reads_each_row_s_city():
    ms = parse(PAGE, as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.city) for m in ms] == [
        ("2027-01-09", "14:00", "Hamilton"),
        ("2027-01-12", "19:30", "Nelson"),
        ("2027-01-14", "19:00", "Napier"),
    ]
    assert [m.venue for m in ms] == [
        "Celebrating Age Centre",
        "Elma Turner Library",
        "Napier War Memorial Centre",
    ]


@pytest.mark.parametrize("cell", ["Online", "Zoom", "En ligne", "En línea"])
def test_an_online_row_in_the_city_column_is_online_not_a_city(cell):
    table = f"| Date | Time | City | Venue |\n|---|---|---|---|\n| Thu 18 Feb | 5pm | {cell} | Link on registration |"
    (m,) = parse(f"Meetings\n\n{table}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.online, m.city) == ("2027-02-18", "17:00", True, None)
