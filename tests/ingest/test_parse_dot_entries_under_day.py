"""A union local's or a club's Markdown calendar: a day heading ("**Do, 26.11.**"), then entries
"time · title · place" whose place cell names the building and then its street or room
("17:30 Uhr · Mitgliederversammlung · Gewerkschaftshaus, Spohrstraße 6, Saal 1"). The middle
dots part the cells as bars do (``calendar.split_entry``): the title is the first cell, the place
the rest, so the building's name is the venue, not the end of the title. A street or square at
the end of the place cell is no town (``parse.meetings._read_entry_place``).
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 19)

ROWS = [
    ("de", "**Do, 26.11.**", "- 17:30 Uhr · Mitgliederversammlung · Gewerkschaftshaus, Spohrstraße 6, Saal 1",
     "2026-11-26", "17:30", "Mitgliederversammlung", "Gewerkschaftshaus"),
    ("de", "**Mi, 9.12.**", "- 18:00 Uhr · Arbeitskreis Erwerbslose · Gewerkschaftshaus, Raum 214",
     "2026-12-09", "18:00", "Arbeitskreis Erwerbslose", "Gewerkschaftshaus"),
    ("de", "**Sa, 6.2.**", "- 11:00 Uhr · Kundgebung · Kulturbahnhof, Rainer-Dierichs-Platz",
     "2027-02-06", "11:00", "Kundgebung", "Kulturbahnhof"),
    ("en", "**Thu 26 Nov**", "- 6:30pm · Branch meeting · Trades Hall, 54 Victoria St, Room 3",
     "2026-11-26", "18:30", "Branch meeting", "Trades Hall"),
    ("en", "**Sat 12 Dec**", "- 10am • Stall against Sunday trading • Market Square (by the fountain)",
     "2026-12-12", "10:00", "Stall against Sunday trading", "Market Square"),
    ("fr", "**jeu. 26 nov.**", "- 18 h 30 · Assemblée générale · Bourse du Travail, 3 rue du Château-d'Eau, salle 2",
     "2026-11-26", "18:30", "Assemblée générale", "Bourse du Travail"),
    ("es", "**jue 26/11**", "- 19:00 h · Asamblea de afiliados · Casa del Pueblo, calle Mayor 12, sala 3",
     "2026-11-26", "19:00", "Asamblea de afiliados", "Casa del Pueblo"),
]  # fmt: skip


def _page(head: str, entry: str) -> str:
    return f"# Termine\n\n## Kalender\n\n{head}\n\n{entry}\n"


@pytest.mark.parametrize(("lang", "head", "entry", "day", "start", "title", "venue"), ROWS)
def test_the_entrys_dots_part_title_and_place(
    lang: str, head: str, entry: str, day: str, start: str, title: str, venue: str
) -> None:
    listing = parse(_page(head, entry), as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert (m.date, m.start_time, m.title) == (day, start, title)
    assert m.venue is not None and m.venue.startswith(venue)
    assert m.city is None or not m.city.endswith(("Platz", "straße", "St"))


def test_a_calendar_page_of_such_entries() -> None:
    page = "\n".join([
        "# Termine des Ortsvereins", "", "## Dezember", "", "**Do, 3.12.**", "",
        "- 16:00 Uhr · Kundgebung Tarifrunde · vor dem Klinikum, Haupteingang Mönchebergstraße",
        "", "**Sa, 12.12.**", "",
        "- 10:00 Uhr · Infostand · Königsplatz (vor der Galeria)",
        "- 14:00 Uhr · Demonstration · Auftakt am Rathaus, Obere Königsstraße 8", "",
    ])  # fmt: skip
    listing = parse(page, as_of=AS_OF, lang="de")
    got = [(m.date, m.start_time, m.title) for m in listing.meetings]
    assert got == [
        ("2026-12-03", "16:00", "Kundgebung Tarifrunde"),
        ("2026-12-12", "10:00", "Infostand"),
        ("2026-12-12", "14:00", "Demonstration"),
    ]
    assert "Königsplatz" in (listing.meetings[1].venue or "")
    assert "Rathaus" in (listing.meetings[2].venue or "")
    assert listing.meetings[0].city is None


@pytest.mark.parametrize(
    ("entry", "title", "place"),
    [
        # a dash parts title and place as before
        ("- 19:00 – Lesung – Stadtbibliothek", "Lesung", "Stadtbibliothek"),
        # a title without dots keeps its comma split
        ("- 19:00 Lesung, Stadtbibliothek", "Lesung", "Stadtbibliothek"),
    ],
)
def test_entries_without_dots_read_as_before(entry: str, title: str, place: str) -> None:
    listing = parse(_page("**Do, 26.11.**", entry), as_of=AS_OF, lang="de")
    (m,) = listing.meetings
    assert m.title == title
    assert place in (m.venue or m.place or "")
