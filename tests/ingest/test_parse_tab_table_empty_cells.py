"""A fixtures list copied as tab-separated text ("Rd<TAB>Date<TAB>Venue<TAB>Kick-off<TAB>Notes")
leaves a cell empty with two tabs in a row ("7<TAB>Sat 27/02<TAB>Marden Sports Complex<TAB><TAB>
round 7 + BBQ"): the empty cell is kept when the header has as many tabs, so the notes are no
venue; the round and kick-off columns are header words. A header that lines its columns up with
two tabs ("Sitzung<TAB><TAB>Antragsschluss") keeps its rows as they are. (holdout28's walking
football fixtures, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 10)

# (rule, header, three rows: plain, an empty kick-off with notes, its own kick-off), venues
PAGES = [
    ("All rounds kick off 9.30am unless shown otherwise.",
     "Rd\tDate\tVenue\tKick-off\tNotes",
     ["1\tSat 16/01\tMarden Sports Complex", "2\tSat 23/01\tAdelaide Shores Football Centre\t\tround 2 + BBQ",
      "3\tSat 30/01\tServiceFM Stadium\t8am\tearly start – heat"]),
    ("Alle Spiele beginnen um 9.30 Uhr, sofern nicht anders angegeben.",
     "Spieltag\tDatum\tOrt\tAnstoß\tBemerkung",
     ["1\tSa 16.01.\tSportpark Marden", "2\tSa 23.01.\tSportzentrum Adelaide Shores\t\tmit Grillfest",
      "3\tSa 30.01.\tStadion ServiceFM\t8 Uhr\tfrüher Beginn wegen Hitze"]),
    ("Sauf mention contraire, les matchs commencent à 9 h 30.",
     "Journée\tDate\tLieu\tCoup d'envoi\tRemarques",
     ["1\tsam. 16/01\tComplexe sportif de Marden", "2\tsam. 23/01\tCentre sportif Adelaide Shores\t\tavec barbecue",
      "3\tsam. 30/01\tStade ServiceFM\t8 h\tdébut avancé : chaleur"]),
    ("Salvo indicación, los partidos empiezan a las 9:30.",
     "Jornada\tFecha\tLugar\tSaque\tNotas",
     ["1\tsáb 16/01\tPolideportivo Marden", "2\tsáb 23/01\tCentro Deportivo Adelaide Shores\t\tcon asado",
      "3\tsáb 30/01\tEstadio ServiceFM\t8:00\tinicio temprano por calor"]),
]  # fmt: skip
IDS = ["en", "de", "fr", "es"]


@pytest.mark.parametrize("row", PAGES, ids=IDS)
def test_an_empty_cell_keeps_the_notes_out_of_the_venue(row: tuple) -> None:
    rule, header, rows = row
    page = "Fixtures – summer season\n\n" + rule + "\n\n" + header + "\n" + "\n".join(rows) + "\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-01-16", "09:30"),
        ("2027-01-23", "09:30"),
        ("2027-01-30", "08:00"),
    ]
    for m, r in zip(ms, rows, strict=True):
        venue = r.split("\t")[2]
        assert m.venue == venue


def test_a_header_lined_up_with_two_tabs_keeps_its_rows() -> None:
    page = (
        "Ortsbeirat 3 – Sitzungstermine\n\nSitzung\t\tAntragsschluss\tBemerkung\n"
        "Di., 08.12.2026\t24.11.2026\n"
        "Di., 19.01.2027\t05.01.2027\tentfällt\n"
    )
    ms = parse(page, as_of=date(2026, 12, 1)).meetings
    assert [(m.date, m.status == "cancelled") for m in ms] == [
        ("2026-12-08", False),
        ("2027-01-19", True),
    ]
