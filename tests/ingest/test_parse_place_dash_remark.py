"""A line right under a meeting's date that names the place, then a dash and what happens there
("Sur le podium du Village de Noël, place Saint-Lambert — une heure de chants au profit de la
Société de Saint-Vincent-de-Paul.") is the meeting's place, even when the remark makes it a
long sentence (it was read as the blurb of a campaign with no heading). A line whose words
before the dash name no place, or that states a time, is not read so.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


def _one(heading: str, when: str, line: str):
    (m,) = parse(f"# Concerts\n\n### {heading}\n**{when}**\n{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2026-12-23", "18:00")
    return m


def _places(m) -> str:
    return " | ".join(str(v) for v in (m.venue, m.room, m.address) if v)


# fmt: off
@pytest.mark.parametrize("heading,when,line,place", [
    ("Chants au Village de Noël", "Le mercredi 23 décembre, de 18h à 19h",
     "Sur le podium du Village de Noël, place Saint-Lambert — une heure de chants au profit de la "
     "Société de Saint-Vincent-de-Paul.", "place Saint-Lambert"),
    ("Carols at the Christmas Market", "Wednesday 23 December, 6pm to 7pm",
     "On the stage of the Christmas Market, Market Square — an hour of carols for the food bank and "
     "the night shelter in town.", "Market Square"),
    ("Carols at the Christmas Market", "Wednesday 23 December, 6pm to 7pm",
     "Market Square — an hour of carols for the food bank.", "Market Square"),
    ("Weihnachtssingen", "Mittwoch, 23. Dezember, 18 bis 19 Uhr",
     "Auf der Bühne des Weihnachtsmarkts, Marktplatz — eine Stunde Lieder für die Tafel und die "
     "Bahnhofsmission der Stadt Kassel.", "Marktplatz"),
    ("Villancicos", "Miércoles 23 de diciembre, de 18 a 19 h",
     "En el escenario del Mercado de Navidad, Plaza del Pilar — una hora de villancicos para el "
     "banco de alimentos de la ciudad.", "Plaza del Pilar"),
])
# fmt: on
def test_the_place_before_the_dash_is_the_meeting_s(
    heading: str, when: str, line: str, place: str
) -> None:
    m = _one(heading, when, line)
    assert place in _places(m)
    assert "food bank" not in _places(m) and "Tafel" not in _places(m)


# fmt: off
@pytest.mark.parametrize("line", [
    "On Saturday we sing in Town — an hour of carols for the food bank and the night shelter.",
    "Carols and mince pies — an hour of singing for the food bank.",
    "Bring your friends — everyone is welcome, no experience needed.",
])
# fmt: on
def test_words_naming_no_place_before_a_dash_give_none(line: str) -> None:
    m = _one("Carols", "Wednesday 23 December, 6pm to 7pm", line)
    assert m.venue is None and m.address is None


def test_a_remark_with_a_time_is_read_for_its_time() -> None:
    page = (
        "Film society\n\nAll screenings at 7.30pm unless stated.\n\n"
        "Friday 27 November    NOMADLAND (2020)\n"
        "             At Hartside Village Hall, Front Street, Hartside NE47 8AB – note 7pm start.\n"
    )
    (m,) = parse(page, as_of=date(2026, 11, 1)).meetings
    assert (m.start_time, m.venue) == ("19:00", "Hartside Village Hall")


# An event's name, a dash and what it offers, over a line that names the venue: the title, and
# the venue is the line below. (The review of session 40's rule: "Book Club — this month we read
# …" over "Central Library, Room 2" had become the venue "Book Club".)
TITLE_OVER_VENUE = [
    ("Book Club — this month we read The Ragged Trousered Philanthropists",
     "Central Library, Room 2", "Central Library"),
    ("Christmas Market — local crafts, cakes and a raffle", "St Peter's Church Hall, High Street",
     "St Peter's Church Hall"),
    ("Repair Café — bringt kaputte Toaster, Lampen und Fahrräder mit",
     "Bürgerhaus Nord, Holländische Straße 5", "Bürgerhaus Nord"),
    ("Café philo — le travail a-t-il un sens ?", "Salle des fêtes, 3 rue de la Mairie",
     "Salle des fêtes"),
    ("Club de Lectura — este mes leemos a Almudena Grandes", "Centro Cívico Delicias, calle Dronda 2",
     "Centro Cívico Delicias"),
]  # fmt: skip


@pytest.mark.parametrize("title,venue_line,venue", TITLE_OVER_VENUE, ids=["en", "en-market", "de", "fr", "es"])
def test_a_title_dash_remark_over_a_venue_line_is_the_title(
    title: str, venue_line: str, venue: str
) -> None:
    text = f"Events\n\nSaturday 12 December, 10am\n{title}\n{venue_line}\n"
    (m,) = parse(text, as_of=AS_OF).meetings
    assert m.venue == venue
    assert m.title == title
