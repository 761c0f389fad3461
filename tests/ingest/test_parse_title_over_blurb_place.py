"""A talk series' season page: each talk a date line with its title after a dash ("Tuesday 1
December — What is a tide, really?"), then a blurb paragraph whose sentences say where and when
("… Upstairs at Monroe's Tavern, Dominick Street. 7.30pm."). The title is the title, the place
and the start come from the blurb (``parse.meetings._paragraph_under``), its own start over the
page's "Talks start at 7.30pm unless we say otherwise", and a status opening the blurb
("POSTPONED — …") is the talk's.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
INTRO = {
    "en": "Talks start at 7.30pm unless we say otherwise.",
    "de": "Die Vorträge beginnen um 19.30 Uhr, wenn nicht anders angegeben.",
    "fr": "Les conférences commencent à 19 h 30 sauf mention contraire.",
    "es": "Las charlas empiezan a las 19:30 salvo aviso.",
}

ROWS = [
    ("en", "Tuesday 1 December — What is a tide, really?",
     "Dr Aoife Byrne opens the season with the moon and the bay. Upstairs at Monroe's Tavern, "
     "Dominick Street. 7.30pm.", "2026-12-01", "19:30", "Monroe's Tavern"),
    ("en", "Tuesday 12 January — Bog bodies and what they tell us",
     "An archaeologist on the peatlands. Note the venue and the later start: The Crane Bar, "
     "Sea Road, upstairs room, 8pm sharp.", "2027-01-12", "20:00", "The Crane Bar"),
    ("en", "Tuesday 9 February — Can a computer be creative?",
     "Our first café on campus: Hardiman Building, University of Galway, room G010. Doors 7pm, "
     "talk at 7.30pm.", "2027-02-09", "19:30", "Hardiman Building"),
    ("en", "Tuesday 23 March — Science Week special: Sleep",
     "Three short talks and a panel on the main stage at the Town Hall Theatre, Courthouse "
     "Square. Free but ticketed. 7.30pm.", "2027-03-23", "19:30", "Town Hall Theatre"),
    ("de", "Dienstag, 1. Dezember — Was ist eigentlich Ebbe?",
     "Dr. Anna Berg erklärt Mond und Meer. Diesmal im Café Kafka, Hauptstraße 5. 20 Uhr.",
     "2026-12-01", "20:00", "Café Kafka"),
    ("fr", "Mardi 1er décembre — Qu'est-ce qu'une marée ?",
     "Anne Roux, océanographe, ouvre la saison. Rendez-vous au Café des Arts, 3 rue Neuve. "
     "20 h.", "2026-12-01", "20:00", "Café des Arts"),
    ("es", "Martes 1 de diciembre — ¿Qué es una marea?",
     "La oceanógrafa Ana Ruiz abre la temporada. En el Bar Central, calle Mayor 3. 20:00 h.",
     "2026-12-01", "20:00", "Bar Central"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "head", "blurb", "day", "start", "place"), ROWS)
def test_the_blurb_gives_place_and_start(
    lang: str, head: str, blurb: str, day: str, start: str, place: str
) -> None:
    page = f"SCIENCE CAFÉ\n\n{INTRO[lang]}\n\n{head}\n{blurb}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert (m.date, m.start_time, m.venue) == (day, start, place)
    assert m.title == head.split("— ", 1)[1]


def test_a_season_page() -> None:
    page = "\n".join([
        "THE SEASON", "", INTRO["en"], "",
        "Tuesday 1 December — What is a tide, really?",
        "Dr Byrne opens the season. Upstairs at Monroe's Tavern, Dominick Street. 7.30pm.", "",
        "Tuesday 26 January — Antibiotic resistance: the slow pandemic",
        "POSTPONED — Prof. Keane has had to travel; we'll announce a new date. (Was: Monroe's "
        "Tavern, 7.30pm.)", "",
        "Tuesday 23 February — Listening to whales (online)",
        "A marine biologist live from a research vessel! Online only — 7pm Irish time, register "
        "for the Zoom link.", "",
    ])  # fmt: skip
    listing = parse(page, as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue, m.status, m.online) for m in listing.meetings]
    assert got == [
        ("2026-12-01", "19:30", "Monroe's Tavern", "scheduled", False),
        ("2027-01-26", "19:30", "Monroe's Tavern", "postponed", False),
        ("2027-02-23", "19:00", None, "scheduled", True),
    ]


@pytest.mark.parametrize(
    ("lang", "head", "under", "venue"),
    [
        # the place on the date line stays the place; the blurb is a note
        ("en", "Tuesday 1 December — Trades Hall, 54 Victoria St",
         "A talk on the history of the branch. All welcome at the bar afterwards. 7.30pm.",
         "Trades Hall"),
        # a venue line under the title line is read as before
        ("en", "Tuesday 1 December, 7.30pm — The Kett Rebellion revisited",
         "Friends Meeting House, Upper Goat Lane", "Friends Meeting House"),
    ],
)  # fmt: skip
def test_look_alikes_read_as_before(lang: str, head: str, under: str, venue: str) -> None:
    listing = parse(f"TALKS\n\n{head}\n{under}\n", as_of=AS_OF, lang=lang)
    assert venue in (listing.meetings[0].venue or "")


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        ("en", "Tuesday 1 December — What is a tide, really?",
         "Tuesday 8 December — Bog bodies. Upstairs at The Crane Bar, Sea Road. 8pm."),
        ("es", "Martes 1 de diciembre — ¿Qué es una marea?",
         "Martes, 8 de diciembre — Cuerpos del pantano. En el Bar Central, calle Mayor 3. 20 h."),
    ],
)  # fmt: skip
def test_the_next_date_line_is_no_blurb(lang: str, first: str, second: str) -> None:
    listing = parse(f"TALKS\n\n{first}\n{second}\n", as_of=AS_OF, lang=lang)
    assert len(listing.meetings) == 2
    assert listing.meetings[0].venue not in ("The Crane Bar", "Bar Central")
