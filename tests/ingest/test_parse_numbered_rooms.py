"""A room named by one word and a small number stays whole (issue 17 item 7; the council
table of tests/ingest/corpus/holdout6): "Sitzungssaal 2", "Studio 5", "Salón 3" is the name of a
room, not a venue "Sitzungssaal" with a room "2". A building's name of several words before a
room number still splits ("Math Sciences 5148"), and so does one word before a long room number
("Foster 1024"). The rows are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.places import split_venue_room

AS_OF = date(2026, 11, 20)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


@pytest.mark.parametrize(
    "room", ["Sitzungssaal 2", "Studio 5", "Hörsaal 3", "Auditorium 1", "Salón 12", "Gallery 4"]
)
def test_one_word_and_a_small_number_is_one_room(room):
    assert split_venue_room(room) == (None, room)


# fmt: off
@pytest.mark.parametrize("text,venue,room", [
    ("Math Sciences 5148", "Math Sciences", "5148"),
    ("Foster 1024", "Foster", "1024"),
    ("Student Union 210", "Student Union", "210"),
])
# fmt: on
def test_a_building_before_a_room_number_still_splits(text, venue, room):
    assert split_venue_room(text) == (venue, room)


# fmt: off
@pytest.mark.parametrize("line,lang,room", [
    ("Do. | 10.12.2026 | 16.00 Uhr | Bauausschuss | Sitzungssaal 2", "de", "Sitzungssaal 2"),
    ("Thu | 10 Dec 2026 | 4pm | Planning committee | Studio 5", None, "Studio 5"),
    ("jeu. | 10/12/2026 | 16 h | Commission des travaux | Salle 2", "fr", "Salle 2"),
    ("jue | 10/12/2026 | 16:00 | Comisión de obras | Salón 3", "es", "Salón 3"),
])
# fmt: on
def test_a_table_rows_numbered_room_stays_whole(line, lang, room):
    page = f"Termine\n\n{line}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.date == "2026-12-10"
    assert any(getattr(m, f) == room for f in PLACE_FIELDS), _places(m)


SCHEDULE = """Ausschüsse – Sitzungstermine

Tag | Datum | Beginn | Gremium | Ort
Mi. | 09.12.2026 | 17.30 Uhr | Finanzausschuss | Sitzungssaal 1
Do. | 10.12.2026 | 16.00 Uhr | Bauausschuss | Sitzungssaal 2
Do. | 14.01.2027 | 18.00 Uhr | Kulturkommission | Studio 3
"""

SCHEDULE_ROOMS = [
    ("2026-12-09", "17:30", "Sitzungssaal 1"),
    ("2026-12-10", "16:00", "Sitzungssaal 2"),
    ("2027-01-14", "18:00", "Studio 3"),
]


def _rooms(meetings: list[dict]) -> list[tuple[str, str, str]]:
    return [(m["date"], m["start_time"], m["room"] or m["venue"]) for m in meetings]


def test_a_committee_table():
    listing = parse(SCHEDULE, as_of=AS_OF, lang="de")
    got = [(m.date, m.start_time, m.room or m.venue) for m in listing.meetings]
    assert got == SCHEDULE_ROOMS


def test_a_committee_table_through_the_cli(tmp_path):
    path = tmp_path / "termine.txt"
    path.write_text(SCHEDULE, encoding="utf-8")
    assert _rooms(cli_meetings(path, "--as-of", AS_OF.isoformat(), "--lang", "de")) == SCHEDULE_ROOMS
