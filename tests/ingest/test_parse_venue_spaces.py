"""A venue's own programme names its spaces, not only its rooms: "Front Bar", "Upper Lounge",
"Kleine Bühne", "Petite scène". Under the venue's name and street at the top of the page, an
entry held in such a space is at the venue, in that space (as "Main Room" already was); a
place that names a building of its own stays that building.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# lang: (venue name, street line, [(date line, title, meta line)], [(date, time, room)])
VENUES = {
    "en": ("THE BLUE LANTERN", "12 Hosier Lane, Melbourne VIC 3000 · (03) 9654 2210",
           [("FRI 11 DEC", "Ruby Calloway Quartet", "Doors 7pm · Music 8pm · $35 · Front Bar"),
            ("SAT 12 DEC", "Theo Marchetti trio", "Doors 7pm · Music 8.30pm · $30 · Upper Lounge")],
           [("2026-12-11", "20:00", "Front Bar"), ("2026-12-12", "20:30", "Upper Lounge")]),
    "de": ("KULTURHAUS LINDE", "Lindenstraße 12, 20099 Hamburg · Tel. 040 123456",
           [("FR 11. DEZ", "Lesung: Anna Beck", "Einlass 19 Uhr · Beginn 20 Uhr · 8 € · Kleine Bühne"),
            ("SA 12. DEZ", "Jazz am Samstag", "Einlass 19 Uhr · Beginn 20.30 Uhr · 12 € · Oberes Foyer")],
           [("2026-12-11", "20:00", "Kleine Bühne"), ("2026-12-12", "20:30", "Oberes Foyer")]),
    "fr": ("LE PETIT THÉÂTRE", "12 rue des Carmes, 31000 Toulouse · 05 61 00 00 00",
           [("VEN. 11 DÉC.", "Lecture : Anne Bec", "Ouverture 19 h · Début 20 h · 8 € · Petite scène"),
            ("SAM. 12 DÉC.", "Jazz du samedi", "Ouverture 19 h · Début 20 h 30 · 12 € · Grand studio")],
           [("2026-12-11", "20:00", "Petite scène"), ("2026-12-12", "20:30", "Grand studio")]),
    "es": ("SALA EL FARO", "Calle Mayor 21, 28013 Madrid · 910 000 000",
           [("VIE 11 DIC", "Lectura: Ana Ruiz", "Apertura 19:00 · Inicio 20:00 · 8 € · Barra principal"),
            ("SÁB 12 DIC", "Jazz del sábado", "Apertura 19:00 · Inicio 20:30 · 12 € · Pequeño escenario")],
           [("2026-12-11", "20:00", "Barra principal"), ("2026-12-12", "20:30", "Pequeño escenario")]),
}  # fmt: skip


def _page(lang: str) -> str:
    name, street, entries, _ = VENUES[lang]
    body = "\n\n".join("\n".join(e) for e in entries)
    return f"{name}\n{street}\n\nPROGRAMME\n\n{body}\n"


@pytest.mark.parametrize("lang", sorted(VENUES))
def test_an_entry_in_a_space_of_the_venue_is_at_the_venue(lang: str) -> None:
    name, _, _, want = VENUES[lang]
    meetings = parse(_page(lang), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in meetings] == [w[:2] for w in want]
    for m, (_, _, room) in zip(meetings, want, strict=True):
        assert m.venue is not None and m.venue.casefold() == name.casefold()
        assert room in " ".join(filter(None, [m.room, m.venue]))


@pytest.mark.parametrize(
    ("lang", "place"),
    [("en", "Sugar Loaf Hotel"), ("de", "Stadtbibliothek Mitte"), ("fr", "Médiathèque José-Cabanis"),
     ("es", "Biblioteca Municipal")],
)  # fmt: skip
def test_a_building_of_its_own_stays_that_building(lang: str, place: str) -> None:
    name, street, entries, _ = VENUES[lang]
    day, title, meta = entries[0]
    meta = meta.rsplit("·", 1)[0] + f"· {place}"
    page = f"{name}\n{street}\n\nPROGRAMME\n\n{day}\n{title}\n{meta}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.venue is not None and place in m.venue
