"""A watchdog's agenda of public inquiry meetings, as an HTML table: "Date | Heure | Commune |
Lieu | Projet | Demandeur". The project and the applicant columns are named by words the header
reader did not know, so the header was not read and the town column was lost; now the header
gives each row its town (the commune), its venue and its title (the project). (holdout35's
"réunions d'information préalable" in Wallonia, after its blind score: seven meetings without
their town.)"""

from datetime import date

import pytest
from table_pages import table_page

from eventmap.ingest import calendar
from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 27)

# (rule, header, rows: date, time, town, venue, project, applicant)
TABLES = {
    "fr": ("Les réunions durent en général deux heures.",
           ["Date", "Heure", "Commune", "Lieu", "Projet", "Demandeur"],
           [("jeu. 03/12/2026", "19h30", "Eghezée", "Administration communale, salle du conseil",
             "Parc éolien « Les Sept Vents » (6 éoliennes)", "Vents de Hesbaye SA"),
            ("lun. 07/12/2026", "20h00", "Hannut", "Salle des fêtes de Crehen",
             "Unité de biométhanisation agricole", "Agri-Biogaz Hesbaye SRL")]),
    "de": ("Die Termine dauern in der Regel zwei Stunden.",
           ["Datum", "Zeit", "Gemeinde", "Ort", "Projekt", "Antragsteller"],
           [("Do 03.12.2026", "19:30", "Eupen", "Rathaus, Ratssaal",
             "Windpark Hochmoor (6 Anlagen)", "Windkraft Ostbelgien AG"),
            ("Mo 07.12.2026", "20:00", "Kelmis", "Festsaal Hergenrath",
             "Biogasanlage", "Agrar-Biogas GmbH")]),
    "en": ("Meetings usually last two hours.",
           ["Date", "Time", "Town", "Venue", "Project", "Applicant"],
           [("Thu 03/12/2026", "7.30pm", "Keswick", "Council Offices, Chamber",
             "Wind farm (6 turbines)", "Fell Energy Ltd"),
            ("Mon 07/12/2026", "8pm", "Penrith", "Town Hall",
             "Anaerobic digester", "Eden Biogas Ltd")]),
    "es": ("Las reuniones duran en general dos horas.",
           ["Fecha", "Hora", "Municipio", "Lugar", "Proyecto", "Solicitante"],
           [("jue. 03/12/2026", "19:30", "Tarazona", "Ayuntamiento, salón de plenos",
             "Parque eólico Moncayo (6 aerogeneradores)", "Eólica del Moncayo SA"),
            ("lun. 07/12/2026", "20:00", "Borja", "Casa de Cultura",
             "Planta de biogás", "Biogás Campo de Borja SL")]),
}  # fmt: skip


@pytest.mark.parametrize("lang", list(TABLES))
def test_each_row_has_its_town_venue_and_project(lang: str) -> None:
    rule, head, rows = TABLES[lang]
    got = parse(table_page(rule, head, rows, "Agenda"), as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2026-12-03", "2026-12-07"]
    assert [m.start_time for m in got] == ["19:30", "20:00"]
    for m, row in zip(got, rows, strict=True):
        assert m.city == row[2]
        assert row[3].split(",")[0] in " ".join(filter(None, [m.venue, m.place]))
        assert m.title == row[4]
        assert row[5] not in " ".join(filter(None, [m.venue, m.place, m.room, m.city]))


@pytest.mark.parametrize(
    "header",
    [
        "Date | Heure | Commune | Lieu | Projet | Demandeur",
        "Datum | Zeit | Gemeinde | Ort | Projekt | Antragsteller",
        "Date | Time | Town | Venue | Project | Applicant",
        "Fecha | Hora | Municipio | Lugar | Proyecto | Solicitante",
    ],
)
def test_the_inquiry_header_roles(header: str) -> None:
    assert calendar.header_roles(header) == ("", "", "city", "place", "title", "")


@pytest.mark.parametrize(
    "row",
    [
        "Projet de loi | Débat | Assemblée",  # words of a row, not a header: one word unknown
        "Project | Deadline | Budget",
    ],
)
def test_rows_that_only_share_a_word_are_no_header(row: str) -> None:
    assert calendar.header_roles(row) is None
