"""A seminar's or a season's programme states its time and place once for every session, "unless
stated" in any of the ways the four languages say it ("salvo indicación", "except where noted",
"sauf indication", "sofern nicht anders angegeben"), over sections of its own; a table row whose
time cell says the time is still to come keeps no time; a table's speaker column is no place
("Expositor/a", "Vortragende"); the sessions of the ended cycle that the page still lists are no
meetings; and a room given with the building's initials ("Salón 8, FHCE") is in that building.
(holdout24's seminar and cineclub pages, after their blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 14)

# (rule line, first section heading, its dates, second heading, its dates, time)
RULES = [
    ("All sessions begin at 7pm except where noted, in the Assembly Room.",
     "## January · Ozu", "- **Tue 12 Jan** — *Tokyo Story*", "## February · New films",
     "- **Tue 2 Feb** — *Summer 1993*", "19:00"),
    ("Alle Vorführungen beginnen um 19 Uhr, sofern nicht anders angegeben.",
     "## Januar · Ozu", "- **Di 12. Jan.** — *Die Reise nach Tokio*", "## Februar · Neue Filme",
     "- **Di 2. Feb.** — *Sommer 1993*", "19:00"),
    ("Toutes les séances commencent à 19 h, sauf indication.",
     "## Janvier · Ozu", "- **Mar 12 janv.** — *Voyage à Tokyo*", "## Février · Nouveaux films",
     "- **Mar 2 févr.** — *Été 93*", "19:00"),
    ("**Todas las sesiones comienzan a las 21:00 h** salvo indicación, en versión original.",
     "## Enero · Ozu", "- **Mar 12 ene** — *Cuentos de Tokio*", "## Febrero · Cine español",
     "- **Mar 2 feb** — *Verano 1993*", "21:00"),
]  # fmt: skip


@pytest.mark.parametrize("row", RULES, ids=["en", "de", "fr", "es"])
def test_a_rule_said_unless_stated_holds_over_every_section(row: tuple) -> None:
    rule, head1, date1, head2, date2, time = row
    text = "\n\n".join(["# Cineclub", rule, head1, date1, head2, date2]) + "\n"
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-12", time), ("2027-02-02", time)]


SEMINAR = """Seminario Permanente

Lugar: Facultad de Humanidades y Ciencias de la Educación (Av. Uruguay 1695, Montevideo), salvo \
indicación en contrario. Hora: todas las sesiones comienzan a las 18:00 h, salvo indicación.
Las sesiones virtuales se transmiten por Zoom.

Calendario
Fecha | Hora | {speaker} | Título | Lugar
jue 17/12 | | Mag. Valentina Correa (ICH) | Sindicatos de la carne en el Cerro | Salón 22
jue 11/3/2027 | 19:00 h | Lic. Martín Olivera (ICH) | El trabajo a domicilio en Montevideo | Salón 22
jue 17/6/2027 | {tba} | Conferencia invitada | Por confirmar | Salón 22

Sesiones del ciclo 2026
• jueves 12/11 — Ana Laura Silva: «Obreros del vidrio en La Teja»
• jueves 26/11 — Diego Cabrera: «El Frigorífico Nacional y la ciudad»
"""


@pytest.mark.parametrize("speaker", ["Expositor/a", "Conferencista", "Disertante", "Ponente"])
@pytest.mark.parametrize("tba", ["a confirmar", "por confirmar", "por definir"])
def test_a_seminar_table(speaker: str, tba: str) -> None:
    got = parse(SEMINAR.format(speaker=speaker, tba=tba), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-17", "18:00"),  # the list's time
        ("2027-03-11", "19:00"),  # its own
        ("2027-06-17", None),  # "a confirmar": still to come, not the list's
    ]
    # the title's cell is no place, whatever place words it holds ("… en el Cerro")
    assert not any("Cerro" in (m.venue or "") + (m.room or "") for m in got)
    assert all(m.venue == "Facultad de Humanidades y Ciencias de la Educación" for m in got)
    assert all(m.room == "Salón 22" for m in got)


def test_a_speaker_cell_saying_tbc_does_not_unset_the_time() -> None:
    text = (
        "Seminars\n\nAll seminars are at 2pm in the Schuster Building, Room 3.31, unless stated.\n\n"
        "| Date | Speaker | Title | Notes |\n|---|---|---|---|\n"
        "| Thu 11 Mar | Dr Sam Okonkwo (Manchester) | Interatomic potentials |  |\n"
        "| Thu 18 Mar | TBC | TBC |  |\n"
    )
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2027-03-11", "14:00"),
        ("2027-03-18", "14:00"),
    ]


# the building's initials after the room, the building named once in a sentence over the list
INITIALS = [
    ("Salvo indicación en contrario, las sesiones son a las 18.30 h en el Salón 8 de la Facultad "
     "de Humanidades y Ciencias de la Educación (Av. Uruguay 1695, Montevideo).",
     "jueves 11/3 | Lucía Ferreira | Los saladeros | Salón 8, FHCE",
     "Facultad de Humanidades y Ciencias de la Educación"),
    ("Unless stated otherwise, seminars are at 6.30pm in Room 4 of the Institute of Historical "
     "Research (Senate House, Malet Street, London WC1E 7HU).",
     "Thu 11 Mar | Lucy Ferrers | The salt works | Room 4, IHR",
     "Institute of Historical Research"),
]  # fmt: skip


@pytest.mark.parametrize("rule,row,venue", INITIALS, ids=["es", "en"])
def test_a_room_with_the_buildings_initials_is_in_that_building(
    rule: str, row: str, venue: str
) -> None:
    got = parse(f"Seminar\n\n{rule}\n\n{row}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [("2027-03-11", "18:30", venue)]
