"""Two readings found by holdout32 after its blind score.

A table whose header names its columns ("Fecha | Localidad | Lugar | Horario") puts a row of
its own over each month's rows ("Diciembre 2026"): the columns still hold under it, so the town
column is the town, and the month's row is no row's detail (a blood service's calendar read
no town at all: 0 of 12).

A sentence gives a time range, then the dates it holds for ("jeweils mittwochs von 18.30 bis
21.00 Uhr, und zwar am 3., 10., 17. und 24. Februar"): the meetings start at the range's
start; before, the time was read from the last 25 characters before the date, "0 bis 21.00
Uhr", and every evening of the course started at midnight."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 27)

# (header, first month row, rows: (date, town, place, hours), second month row, row, the towns)
TABLES = {
    "es": ("Fecha | Localidad | Lugar | Horario", "Diciembre 2026",
           [("Jue 3/12", "Avilés", "Unidad móvil · Plaza de España", "10:00 – 14:00"),
            ("Vie 4/12", "Pola de Siero", "Unidad móvil · Plaza del Ayuntamiento", "16:30 – 21:00")],
           "Enero 2027", ("Jue 7/01", "Villaviciosa", "Teatro Riera (vestíbulo)", "16:30 – 20:30")),
    "en": ("Date | Town | Venue | Hours", "December 2026",
           [("Thu 3 Dec", "Leeds", "Civic Hall", "10:00 – 14:00"),
            ("Fri 4 Dec", "Wakefield", "Unity Hall", "16:30 – 21:00")],
           "January 2027", ("Thu 7 Jan", "Halifax", "Square Chapel", "16:30 – 20:30")),
    "fr": ("Date | Localité | Lieu | Horaire", "Décembre 2026",
           [("Jeu 3/12", "Namur", "Hôtel de ville", "10:00 – 14:00"),
            ("Ven 4/12", "Dinant", "Centre culturel", "16:30 – 21:00")],
           "Janvier 2027", ("Jeu 7/01", "Ciney", "Salle Cecoco", "16:30 – 20:30")),
    "de": ("Datum | Ort | Lokal | Zeit", "Dezember 2026",
           [("Do 3.12.", "Baden", "Rathaus", "10:00 – 14:00"),
            ("Fr 4.12.", "Mödling", "Stadtsaal", "16:30 – 21:00")],
           "Jänner 2027", ("Do 7.1.", "Traiskirchen", "Stadtsaal", "16:30 – 20:30")),
}  # fmt: skip


TITLES = {
    "es": "Calendario de colectas",
    "en": "Calendar of sessions",
    "fr": "Calendrier des collectes de sang dans la province, avec les lieux et les horaires",
    "de": "Termine der Blutspende",
}


def _table(lang: str) -> str:
    head, month, rows, month2, row2 = TABLES[lang]
    cells = [" | ".join(r) for r in rows]
    return "\n".join([TITLES[lang], "", head, month, *cells, month2, " | ".join(row2), ""])


@pytest.mark.parametrize("lang", ["es", "en", "fr"])
def test_a_month_row_keeps_the_header_columns(lang: str) -> None:
    _, _, rows, _, row2 = TABLES[lang]
    got = parse(_table(lang).encode(), as_of=AS_OF).meetings
    assert [m.city for m in got] == [r[1] for r in rows] + [row2[1]]
    assert [m.start_time for m in got] == ["10:00", "16:30", "16:30"]
    # the next month's row is no detail of the row above it
    assert all("2027" not in (m.room or "") and "2027" not in (m.venue or "") for m in got)


@pytest.mark.parametrize("lang", ["es", "en", "fr"])
def test_the_same_table_without_month_rows_reads_alike(lang: str) -> None:
    head, _, rows, _, row2 = TABLES[lang]
    text = "\n".join([TITLES[lang], "", head, *(" | ".join(r) for r in [*rows, row2]), ""])
    got = parse(text.encode(), as_of=AS_OF).meetings
    assert [m.city for m in got] == [r[1] for r in rows] + [row2[1]]


# A time range said before the dates it holds for, in a sentence.
RANGES = [
    ("Der Anfängerkurs umfasst sechs Abende, jeweils mittwochs von 18.30 bis 21.00 Uhr, und "
     "zwar am 3., 10. und 17. Februar. Kursort ist das Hotel Bern.", "18:30", "21:00"),
    ("Der Kurs findet jeweils dienstags von 9.15 bis 11.45 Uhr statt, nämlich am 2., 9. und 16. "
     "Februar, im Hotel Bern.", "09:15", "11:45"),
    ("Le cours compte six soirées, chaque mercredi de 18 h 30 à 21 h, à savoir les 3, 10 et 17 "
     "février, à l'Hôtel de la Paix.", "18:30", "21:00"),
    ("El curso son seis tardes, los miércoles de 18:30 a 21:00, en concreto el 3, 10 y 17 de "
     "febrero, en el Hotel Palafox.", "18:30", "21:00"),
    ("The course runs over six evenings, Wednesdays from 6.30 to 9pm, namely on 3, 10 and 17 "
     "February, at the Hotel Bern.", "18:30", "21:00"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "start", "end"), RANGES)
def test_a_range_before_its_dates_starts_at_its_start(text: str, start: str, end: str) -> None:
    got = parse(f"Kurse\n\n{text}\n".encode(), as_of=date(2027, 1, 7)).meetings
    assert len(got) == 3
    assert {m.start_time for m in got} == {start}
    assert {m.end_time for m in got} <= {end, None}
