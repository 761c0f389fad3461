"""A church hall's booking diary: the hall named with its street at the top, then one line a
booking ("- **Sat 05/12** · 10:00–16:00 · Christmas Fair · _Main Hall + Parish Room_") and a
closure over several days ("- **Sat 19/12 to Mon 04/01** · HALL CLOSED – floor sanding …"). A
booking of two rooms joined by "+" or "and" is in the hall, its rooms the room; the closure is
no meeting on either of its dates, warned about. (holdout24's church hall diary, after the
fixes for its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

# (hall, street, booking, closure, rooms)
PAGES = [
    ("St Mary's Church Hall", "Church Street, Twickenham TW1 3NJ",
     "- **Sat 05/12** · 10:00–16:00 · Christmas Fair · _Main Hall + Parish Room_",
     "- **Sat 19/12 to Mon 04/01** · HALL CLOSED – floor sanding and Christmas break",
     "Main Hall + Parish Room"),
    ("Gemeindehaus St. Markus", "Lindenstraße 12, 34117 Kassel",
     "- **Sa 05.12.** · 10:00–16:00 · Adventsbasar · _Großer Saal und Kleiner Saal_",
     "- **Sa 19.12. bis Mo 04.01.** · SAAL GESCHLOSSEN – Renovierung und Weihnachtspause",
     "Großer Saal und Kleiner Saal"),
    ("Maison des Associations", "12 rue Colbert, 37000 Tours",
     "- **Sam. 05/12** · 10h–16h · Marché de Noël · _Grande salle + Petite salle_",
     "- **Sam. 19/12 au Lun. 04/01** · SALLE FERMÉE – travaux et congés de Noël",
     "Grande salle + Petite salle"),
    ("Centro Cívico Delicias", "Calle Arca Real 56, 47013 Valladolid",
     "- **Sáb 05/12** · 10:00–16:00 · Mercadillo navideño · _Salón de actos y Sala de juntas_",
     "- **Sáb 19/12 al Lun 04/01** · CENTRO CERRADO – obras y vacaciones de Navidad",
     "Salón de actos y Sala de juntas"),
]  # fmt: skip


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_joined_rooms_are_the_halls_and_a_closure_no_meeting(row: tuple) -> None:
    hall, street, booking, closure, rooms = row
    text = "\n".join([f"# {hall}", "", street, "", "## Diary", "", booking, closure, ""])
    listing = parse(text, as_of=AS_OF)
    (m,) = listing.meetings
    assert (m.date, m.start_time) == ("2026-12-05", "10:00")
    assert m.venue == hall
    assert m.room == rooms
    assert any("closed" in w.reason for w in listing.warnings)
