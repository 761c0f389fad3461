"""A wiki's or a club's events table with a column for who runs each event ("Date | Time | Event |
Where | Host", "Datum | Zeit | Veranstaltung | Ort | Leitung", "Date | Heure | Événement | Lieu |
Animateur", "Fecha | Hora | Actividad | Lugar | Organiza"): the header row is read as one, so the
place comes from its column, and the host's name is never the place.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# lang: (header cells, [(date, time, title, place, host)], want places)
TABLES = {
    "en": (["Date", "Time", "Event", "Where", "Host"],
           [("2026-12-15 (Tue)", "19:00–21:00", "Intro to 3D printing", "Electronics Lab", "Mo"),
            ("2026-12-19 (Sat)", "14:00–17:00", "Soldering workshop", "Main Workshop", "Kat")]),
    "de": (["Datum", "Zeit", "Veranstaltung", "Ort", "Leitung"],
           [("15.12.2026", "19:00", "Einführung in den 3D-Druck", "Elektroniklabor", "Mo"),
            ("19.12.2026", "14:00", "Lötworkshop", "Große Werkstatt", "Kat")]),
    "fr": (["Date", "Heure", "Événement", "Lieu", "Animateur"],
           [("15/12/2026", "19 h", "Initiation à l'impression 3D", "Salle électronique", "Mo"),
            ("19/12/2026", "14 h", "Atelier soudure", "Grand atelier", "Kat")]),
    "es": (["Fecha", "Hora", "Actividad", "Lugar", "Organiza"],
           [("15/12/2026", "19:00", "Introducción a la impresión 3D", "Sala de electrónica", "Mo"),
            ("19/12/2026", "14:00", "Taller de soldadura", "Taller grande", "Kat")]),
}  # fmt: skip


def _page(lang: str) -> str:
    heads, rows = TABLES[lang]
    head = "".join(f"<th>{h}</th>" for h in heads)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return f"<html><body><h2>Events</h2><table><tr>{head}</tr>\n{body}</table></body></html>"


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_a_tables_host_column_is_not_the_place(lang: str) -> None:
    _, rows = TABLES[lang]
    meetings = parse(_page(lang), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in meetings] == ["2026-12-15", "2026-12-19"]
    for m, row in zip(meetings, rows, strict=True):
        places = " ".join(filter(None, [m.venue, m.room, m.place, m.city, m.address]))
        assert row[3] in places
        assert row[4] not in places.split()
