"""A table's venue column where a cancelled or postponed row says so after the place, with a
remark ("Gandhi Peace Foundation, Deen Dayal Upadhyay Marg -- CANCELLED (police permission
refused)", "Volkshaus, Saal 2 – ABGESAGT (Krankheit)"), or before it ("CANCELLED: Trades
Hall"): the row keeps its status and its place, without the status and the remark
(``parse.meetings._cell_before_status``).
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
HEADERS = {
    "en": "Date\tTime\tCity\tVenue",
    "de": "Datum\tUhrzeit\tStadt\tOrt",
    "fr": "Date\tHeure\tVille\tLieu",
    "es": "Fecha\tHora\tCiudad\tLugar",
}


@pytest.mark.parametrize(
    ("lang", "row", "status", "venue"),
    [
        ("en", "24 Jan (Sun)\t3.00 PM\tNew Delhi\tGandhi Peace Foundation, Deen Dayal Upadhyay "
               "Marg -- CANCELLED (police permission refused)", "cancelled", "Gandhi Peace Foundation"),
        ("en", "24 Jan (Sun)\t3.00 PM\tLeeds\tCANCELLED: Trades Hall", "cancelled", "Trades Hall"),
        ("de", "So 24.01.\t15 Uhr\tLeipzig\tVolkshaus, Saal 2 – ABGESAGT (Krankheit)",
         "cancelled", "Volkshaus"),
        ("fr", "dim. 24 janv.\t15 h\tLyon\tBourse du Travail, salle 3 — REPORTÉ (grève)",
         "postponed", "Bourse du Travail"),
        ("es", "dom 24 ene\t15:00\tMadrid\tAteneo de Madrid — CANCELADA (sin permiso)",
         "cancelled", "Ateneo de Madrid"),
    ],
)  # fmt: skip
def test_a_status_in_the_venue_cell_keeps_the_place(
    lang: str, row: str, status: str, venue: str
) -> None:
    page = f"Meetings\n\n{HEADERS[lang]}\n{row}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.status == status
    assert venue in " ".join(filter(None, [m.venue, m.place]))
    assert "(" not in (m.venue or "")
