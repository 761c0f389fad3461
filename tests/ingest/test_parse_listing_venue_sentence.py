"""A diary names the place its listing is held once, over the listing, in a labelled line
("Where: St Peter's Church Hall, Cambridge Road, Harrogate HG1 1RR", "Lugar: Facultad de
Humanidades (Av. Uruguay 1695, Montevideo), salvo indicación en contrario") or in a sentence that
gives the name and then its street ("Actividades culturales del Ateneo de Madrid (C/ del Prado,
21).", "The Trades Council meets … at the Huddersfield Mission, 3–13 Lord Street, Huddersfield
HD1 1QA."). Its entries name only a room ("(Main Hall)", "Salón de actos") or nothing: the
venue is that place, the room stays the room, with a warning. An entry with a place of its own
keeps it; two such lines, or an organisation's name before a street, give nobody a venue.
(holdout24's church hall diaries, seminar, ateneo and trades council pages, after their blind
score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 20)

# (heading, venue line, day 1, slot 1 with its room, slot 2 with its room, day 2, slot 3 with
#  no place, venue, street, room 1)
LABELLED = [
    ("Hall diary",
     "Where: St Peter's Church Hall, Cambridge Road, Harrogate HG1 1RR (entrance via the side "
     "gate). Level access.",
     "MONDAY 4 JANUARY", "9.30am–11.30am Toddler group (Main Hall)",
     "7.30pm–9.30pm Camera club (Small Hall)", "TUESDAY 5 JANUARY", "2pm–4pm Knit and natter",
     "St Peter's Church Hall", "Cambridge Road, Harrogate HG1 1RR", "Main Hall"),
    ("Belegungsplan",
     "Ort: Gemeindehaus St. Markus, Lindenstraße 12, 34117 Kassel. Barrierefrei.",
     "MONTAG 4. JANUAR", "9.30–11.30 Uhr Krabbelgruppe (Großer Saal)",
     "19.30 Uhr Fotoclub (Kleiner Saal)", "DIENSTAG 5. JANUAR", "14 Uhr Strickcafé",
     "Gemeindehaus St. Markus", "Lindenstraße 12, 34117 Kassel", "Großer Saal"),
    ("Agenda des salles",
     "Lieu : Maison des Associations, 12 rue Colbert, 37000 Tours. Accès de plain-pied.",
     "LUNDI 4 JANVIER", "9h30–11h30 Éveil musical (Grande salle)",
     "19h30 Club photo (Petite salle)", "MARDI 5 JANVIER", "14h Atelier tricot",
     "Maison des Associations", "12 rue Colbert, 37000 Tours", "Grande salle"),
    ("Calendario",
     "Lugar: Facultad de Humanidades (Av. Uruguay 1695, Montevideo), salvo indicación en "
     "contrario.",
     "LUNES 4 DE ENERO", "9:30–11:30 h Taller de archivo (Salón de actos)",
     "19:30 h Club de lectura (Sala de conferencias)", "MARTES 5 DE ENERO",
     "14 h Taller de fuentes orales",
     "Facultad de Humanidades", "Av. Uruguay 1695, Montevideo", "Salón de actos"),
]  # fmt: skip

# the same, the venue in a sentence: its name, then its street in brackets or after a comma
SENTENCE = [
    ("Meetings",
     "The Trades Council meets at the Huddersfield Mission, 3–13 Lord Street, Huddersfield "
     "HD1 1QA. Delegates and visitors are welcome.",
     "Huddersfield Mission", "Lord Street"),
    ("Agenda",
     "Actividades culturales del Ateneo de Madrid (C/ del Prado, 21). Salvo indicación, la "
     "entrada es libre.",
     "Ateneo de Madrid", "C/ del Prado, 21"),
    ("Programm",
     "Alle Termine finden im Stadtteilzentrum Nord (Hansastraße 40, 24118 Kiel) statt.",
     "Stadtteilzentrum Nord", "Hansastraße 40"),
    ("Agenda",
     "Les activités ont lieu à la Maison du Peuple (27 rue Jean-Jaurès, 44000 Nantes).",
     "Maison du Peuple", "27 rue Jean-Jaurès"),
]  # fmt: skip


def _page(heading: str, venue_line: str, *entries: str) -> str:
    return "\n".join([heading, "", venue_line, "", *entries, ""])


@pytest.mark.parametrize("row", LABELLED, ids=["en", "de", "fr", "es"])
def test_a_labelled_place_over_the_diary_is_its_entries_venue(row: tuple) -> None:
    heading, line, day1, slot1, slot2, day2, slot3, venue, street, room = row
    listing = parse(_page(heading, line, day1, slot1, slot2, day2, slot3), as_of=AS_OF)
    got = listing.meetings
    assert [m.date for m in got] == ["2027-01-04", "2027-01-04", "2027-01-05"]
    assert [m.venue for m in got] == [venue] * 3
    assert all(street in (m.address or "") for m in got)
    assert got[0].room == room  # the room stays the room
    assert any(venue in w.reason for w in listing.warnings)


@pytest.mark.parametrize("row", SENTENCE, ids=["en", "es", "de", "fr"])
def test_a_sentence_naming_the_place_and_its_street_is_the_entries_venue(row: tuple) -> None:
    heading, line, venue, street = row
    day1, slot1, slot2, day2, slot3 = LABELLED[0][2:7]
    got = parse(_page(heading, line, day1, slot1, slot2, day2, slot3), as_of=AS_OF).meetings
    assert [m.venue for m in got] == [venue] * 3
    assert all(street in (m.address or "") for m in got)


def test_the_listing_place_holds_on_a_page_whose_other_entries_name_their_towns() -> None:
    """The trades council's monthly meetings name nothing; its other events name their own
    venue and town. The monthly ones are at the place the page says it meets."""
    text = _page(
        "Meetings",
        "The Trades Council meets at the Huddersfield Mission, 3–13 Lord Street, Huddersfield "
        "HD1 1QA.",
        "WEDNESDAY 13 JANUARY",
        "7.30pm Monthly delegates' meeting",
        "SATURDAY 16 JANUARY",
        "12 noon Rally to save the A&E, Dewsbury Town Hall, Wakefield Old Road, Dewsbury",
        "SATURDAY 6 MARCH",
        "10am Education day, Unity Hall, Westgate, Wakefield WF1 1LR",
    )
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.date, m.venue) for m in got] == [
        ("2027-01-13", "Huddersfield Mission"),
        ("2027-01-16", "Dewsbury Town Hall"),
        ("2027-03-06", "Unity Hall"),
    ]


LOOK_ALIKES = [
    # two labelled places: a list of the venues, each entry names its own
    ("Where: St Peter's Church Hall, Cambridge Road, Harrogate HG1 1RR\n"
     "Where: St Mary's Church Hall, Queens Road, Harrogate HG2 0HA"),
    # an organisation's name before its street is its office, not the listing's place
    "Contact the Harrogate Tenants Union (12 High Street, Harrogate HG1 1AA) for details.",
    # a name in a sentence with no street after it
    "Our thanks to St Peter's Church Hall (and its volunteers) for the use of the hall.",
]  # fmt: skip


@pytest.mark.parametrize("line", LOOK_ALIKES, ids=["two-places", "organisation", "no-street"])
def test_no_listing_place_from_look_alikes(line: str) -> None:
    day1, slot1, slot2, day2, slot3 = LABELLED[0][2:7]
    got = parse(_page("Diary", line, day1, slot1, slot2, day2, slot3), as_of=AS_OF).meetings
    assert len(got) == 3
    assert not any(m.venue and "Church Hall" in m.venue for m in got)
    assert not any(m.venue and "Tenants" in m.venue for m in got)
