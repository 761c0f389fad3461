"""An entry under a list-wide place ("Unless otherwise noted, lectures are held at …") that
names its own place, then a note in a sentence of its own:

    **Sunday, June 13, 2:00 p.m.** — Stones and Stories: a guided walk round the Old Burying
    Ground, Church Street. Free; donations to the conservation fund welcome.

- the place ends with its sentence: the note ("Free; …", "Eintritt frei; …") is in no field,
  also after a house number ("Kirchstraße 5. Eintritt frei");
- a street alone with its number is the address, never a venue or a room;
- a Markdown or text rule under the entry ("---", "* * *", "=====") is no detail of it.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (lang, list-wide rule, entry, street, note word)
ROWS = [
    (
        "en",
        "Unless otherwise noted, lectures are held at the **Millbrook Public Library**, 212 Elm "
        "Street, and begin at **7:00 p.m.**",
        "**Sunday, June 13, 2:00 p.m.** — Stones and Stories: a guided walk round the Old "
        "Burying Ground, 12 Church Street. Free; donations to the conservation fund welcome.",
        "12 Church Street",
        "donations",
    ),
    (
        "de",
        "Sofern nicht anders angegeben, finden die Vorträge im **Stadtarchiv**, Marktplatz 3, "
        "statt und beginnen um **19 Uhr**.",
        "**Sonntag, 13. Juni, 14 Uhr** — Steine erzählen: Führung über den Alten Friedhof, "
        "Kirchstraße 5. Eintritt frei; Spenden willkommen.",
        "Kirchstraße 5",
        "Spenden",
    ),
    (
        "es",
        "Salvo indicación contraria, las charlas son en el **Archivo Municipal**, Plaza Mayor 3, "
        "a las **19:00**.",
        "**Domingo 13 de junio, 14:00** — Piedras que hablan: visita al Cementerio Viejo, Calle "
        "de la Iglesia 5. Entrada libre; donativos bienvenidos.",
        "Calle de la Iglesia 5",
        "donativos",
    ),
]


@pytest.mark.parametrize("rule_line", ["---", "* * *", "=========="])
@pytest.mark.parametrize(("lang", "rule", "entry", "street", "note"), ROWS)
def test_note_after_the_place_is_no_part_of_it(rule_line, lang, rule, entry, street, note):
    text = f"# Programme 2027\n\n{rule}\n\n## June\n\n{entry}\n{rule_line}\n\n### Past programs\n"
    (m,) = parse(text, as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2027-06-13", "14:00")
    assert m.address == street
    assert m.room is None
    fields = " ".join(v for v in (m.title, m.venue, m.room, m.address) if v)
    assert note not in fields
    assert not any(ch in fields for ch in "*=") and "---" not in fields
