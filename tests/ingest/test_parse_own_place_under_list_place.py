"""An entry under a list-wide place that names its own: what happens, its venue after a
preposition, the venue's street, then a note:

    **Thursday, May 20, 6:00 p.m.** — **Annual Meeting & Dinner** at the Riverside Inn,
    9 River Road. Dinner $42 per person; reservations by May 7.

The words before the preposition are the title, the venue and street are the meeting's own
(the list's library is not), and the note after the street is in no field. An entry that names
no place keeps the list's."""

from datetime import date

import pytest
from list_rules import RULES, VENUE

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
ROWS = [
    ("en", "**Thursday, May 20, 6:00 p.m.** — **Annual Meeting & Dinner** at the Riverside Inn, 9 River Road. Dinner $42 per person; reservations by May 7.",
     "Annual Meeting & Dinner", "Riverside Inn", "9 River Road", "18:00"),
    ("de", "**Donnerstag, 20. Mai, 18 Uhr** — **Jahreshauptversammlung** im Gasthaus Krone, Hauptstraße 9. Anmeldung bis 7. Mai.",
     "Jahreshauptversammlung", "Gasthaus Krone", "Hauptstraße 9", "18:00"),
    ("fr", "**Jeudi 20 mai, 18 h** — **Assemblée générale et repas** à la Brasserie du Port, 9 quai de la Fosse. Repas à 15 € ; inscription avant le 7 mai.",
     "Assemblée générale et repas", "Brasserie du Port", "9 quai de la Fosse", "18:00"),
    ("es", "**Jueves 20 de mayo, 18:00** — **Asamblea anual y cena** en el Restaurante El Molino, Calle del Río 9. Cena 20 €; inscripción hasta el 7 de mayo.",
     "Asamblea anual y cena", "Restaurante El Molino", "Calle del Río 9", "18:00"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "entry", "title", "venue", "street", "time"), ROWS)
def test_entry_s_own_venue_and_street_beat_the_list_s(lang, entry, title, venue, street, time):
    plain = "**Thursday, May 27** — Reading group: The Mill District."
    text = f"# Programme\n\n{RULES[lang]}\n\n## May\n\n{entry}\n\n{plain}\n"
    own, listed = parse(text, as_of=AS_OF).meetings
    assert (own.date, own.start_time) == ("2027-05-20", time)
    assert (own.title, own.venue, own.address) == (title, venue, street)
    assert listed.venue == VENUE[lang]  # the entry that names no place is at the list's
