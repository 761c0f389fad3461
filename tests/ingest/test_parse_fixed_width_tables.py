"""A plain-text table laid out in fixed-width columns, its header over a rule of dashes, one
run per column ("Tag Datum        Zeit   Ort" / "--- ----------   -----  ---"), as e-mails,
psql and pandoc write them. Its columns may be parted by as little as one space, so the rule
says where each starts (``ingest.text.fixed_width_rows``): the header names the columns (a
header it cannot name leaves the rows as they were), the place column is each row's place, and
the header is no meeting.
"""

from datetime import date

import pytest

from eventmap.ingest.calendar import is_header_row
from eventmap.ingest.parse import parse
from eventmap.ingest.text import fixed_width_rows

AS_OF = date(2027, 2, 1)

TABLES = {
    "de": ("Tag Datum        Zeit   Ort                      Thema",
           [("Mi", "17.02.2027", "18.15", "Uni Irchel Y15-G-19", "Semesterauftakt"),
            ("Sa", "13.03.2027", "10.00", "Volkshaus, Blauer Saal", "Tagung: Genossenschaften")],
           [("2027-02-17", "18:15", "Uni Irchel"), ("2027-03-13", "10:00", "Volkshaus")]),
    "en": ("Day Date         Time   Venue                    Topic",
           [("Wed", "17/02/2027", "18:15", "Old Quad Lecture Rm 2", "Opening: Who owns the city?"),
            ("Sat", "13/03/2027", "10:00", "Trades Hall, Room B", "Day school: co-operatives")],
           [("2027-02-17", "18:15", "Old Quad"), ("2027-03-13", "10:00", "Trades Hall")]),
    "fr": ("Jour Date        Heure  Lieu                     Sujet",
           [("mer.", "17/02/2027", "18h15", "Uni Mail MR280", "Ouverture : à qui la ville ?"),
            ("sam.", "13/03/2027", "10h", "Maison du Peuple, salle 1", "Journée d'étude")],
           [("2027-02-17", "18:15", "Uni Mail"), ("2027-03-13", "10:00", "Maison du Peuple")]),
    "es": ("Día Fecha        Hora   Lugar                    Tema",
           [("mié", "17/02/2027", "18:15", "Aulario Norte A-12", "Apertura: ¿de quién es la ciudad?"),
            ("sáb", "13/03/2027", "10:00", "Ateneo, Sala Azul", "Jornada: cooperativas")],
           [("2027-02-17", "18:15", "Aulario Norte"), ("2027-03-13", "10:00", "Ateneo")]),
}  # fmt: skip
WIDTHS = (5, 12, 7, 27)  # each column's width but the last's, its rule one dash shorter


def _cols(cells: tuple[str, ...]) -> str:
    return "".join(f"{c:<{w}}" for c, w in zip(cells, WIDTHS, strict=False)) + cells[-1]


def _table(lang: str) -> str:
    header, rows, _ = TABLES[lang]
    rule = " ".join("-" * (w - 1) for w in WIDTHS) + " " + "-" * 20
    lines = [_cols(tuple(header.split())), rule, *(_cols(r) for r in rows)]
    return "\n".join(["Programm", "", *lines, ""])


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_a_fixed_width_table_is_read_by_its_columns(lang: str) -> None:
    listing = parse(_table(lang), as_of=AS_OF, lang=lang)
    got = [(m.date, m.start_time, " ".join(filter(None, [m.venue, m.place, m.room])))
           for m in listing.meetings]  # fmt: skip
    want = TABLES[lang][2]
    assert [g[:2] for g in got] == [w[:2] for w in want]
    for (_, _, places), (_, _, venue) in zip(got, want, strict=True):
        assert venue in places


def test_the_rule_parts_header_and_rows_where_its_columns_start() -> None:
    raws = [
        "Tag Datum      Zeit  Ort",
        "--- ---------- ----- ----",
        "Mi  17.02.2027 18.15 Uni Irchel",
    ]
    assert fixed_width_rows(raws, is_header_row) == [
        "Tag | Datum | Zeit | Ort", raws[1], "Mi | 17.02.2027 | 18.15 | Uni Irchel",
    ]  # fmt: skip


def test_a_row_whose_words_run_across_a_column_is_left_as_it_was() -> None:
    raws = ["Day Date", "--- ----", "A long title that runs on"]
    assert fixed_width_rows(raws, is_header_row)[2] == "A long title that runs on"


def test_columns_it_cannot_name_are_read_as_before() -> None:
    raws = ["Bus  Stop", "---  ----", "47   Portage Ave"]
    assert fixed_width_rows(raws, is_header_row) == raws


def test_a_lone_rule_is_no_table() -> None:
    raws = ["Meetings", "----------", "Thursday 10 December, 7pm, Trades Hall"]
    assert fixed_width_rows(raws, is_header_row) == raws
