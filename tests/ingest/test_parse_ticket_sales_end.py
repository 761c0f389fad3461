"""When a ticket sale ends ("£5 · Sales end Mar 25, 6:00 PM", "Vorverkauf bis 24.3., 18 Uhr",
"Fin des ventes le 24 mars à 18 h", "Venta hasta el 24 de marzo, 18:00") is no meeting: the
card's own date and time stay its only meeting.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)

CARDS = [
    ("en", "Thursday 25 March 2027, 7:00 PM", "Film night – Chapter Arts Centre",
     "£5 · Sales end Mar 24, 6:00 PM"),
    ("de", "Donnerstag, 25. März 2027, 19 Uhr", "Filmabend – Kulturzentrum Pavillon",
     "5 € · Vorverkauf bis 24. März, 18 Uhr"),
    ("fr", "Jeudi 25 mars 2027, 19 h", "Ciné-club – Cinéma Le Royal",
     "5 € · Fin des ventes le 24 mars à 18 h"),
    ("es", "Jueves 25 de marzo de 2027, 19:00 h", "Cine fórum – Centro Cultural",
     "5 € · Venta hasta el 24 de marzo, 18:00 h"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "when", "what", "sale"), CARDS)
def test_the_sales_end_is_no_meeting(lang: str, when: str, what: str, sale: str) -> None:
    (m,) = parse(f"Events\n\n{when}\n{what}\n{sale}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2027-03-25", "19:00")
