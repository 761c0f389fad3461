"""A union's table of assemblies names the building of each row in one column and its room in
the next ("Fecha | Hora | Centro | Lugar", "Date | Time | Building | Room"): the header row is
a table's header, the building is the venue and the room its room, whatever the room's cell
adds ("Salón de actos, Hospital General"). (holdout24's CCOO page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 4)

# (header, rows [(date, time, building, room)], [(date, time)])
TABLES = {
    "es": ("Fecha | Hora | Centro | Lugar", [
        ("Lunes 11 de enero", "08:30 h", "Hospital Universitario La Paz",
         "Salón de actos, Hospital General"),
        ("Martes 12 de enero", "09:00 h", "Hospital Universitario Ramón y Cajal", "Salón de actos"),
        ("Miércoles 13 de enero", "14:30 h", "Hospital General Universitario Gregorio Marañón",
         "Aula Magna, Pabellón de Docencia"),
    ], [("2027-01-11", "08:30"), ("2027-01-12", "09:00"), ("2027-01-13", "14:30")]),
    "en": ("Date | Time | Building | Room", [
        ("Monday 11 January", "8.30am", "Royal Infirmary", "Lecture Theatre 1, Chancellor's Building"),
        ("Tuesday 12 January", "9am", "Western General Hospital", "Seminar Room 2"),
        ("Wednesday 13 January", "2.30pm", "St John's Hospital", "Education Centre, Room 4"),
    ], [("2027-01-11", "08:30"), ("2027-01-12", "09:00"), ("2027-01-13", "14:30")]),
    "de": ("Datum | Uhrzeit | Gebäude | Raum", [
        ("Montag, 11. Januar", "8.30 Uhr", "Universitätsklinikum Eppendorf", "Hörsaal, Gebäude N30"),
        ("Dienstag, 12. Januar", "9 Uhr", "Asklepios Klinik Altona", "Konferenzraum 2"),
        ("Mittwoch, 13. Januar", "14.30 Uhr", "Asklepios Klinik Barmbek", "Seminarraum 4"),
    ], [("2027-01-11", "08:30"), ("2027-01-12", "09:00"), ("2027-01-13", "14:30")]),
    "fr": ("Date | Heure | Bâtiment | Salle", [
        ("Lundi 11 janvier", "8h30", "Hôpital Édouard-Herriot", "Amphithéâtre, pavillon B"),
        ("Mardi 12 janvier", "9h", "Hôpital de la Croix-Rousse", "Salle de réunion 2"),
        ("Mercredi 13 janvier", "14h30", "Hôpital Lyon Sud", "Salle 4, bâtiment 3B"),
    ], [("2027-01-11", "08:30"), ("2027-01-12", "09:00"), ("2027-01-13", "14:30")]),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_the_building_column_is_the_venue(lang: str) -> None:
    header, rows, want = TABLES[lang]
    text = "\n".join(["Asambleas / Assemblies", "", header, *(" | ".join(r) for r in rows), ""])
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == want
    for m, (_, _, building, room) in zip(got, rows, strict=True):
        assert m.venue == building
        assert room.split(",")[0] in " | ".join(v for v in (m.room, m.place, m.address) if v)
