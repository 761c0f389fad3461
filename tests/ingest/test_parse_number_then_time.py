"""A street's or a room's number, then a spaced dash, then the time ("calle Mayor 3 – 19:30 h",
"Hauptstraße 3 – 19.30 Uhr", "place du Marché 2 – 19h30", "Room 3 - 7pm") is no time range
starting at 3 a.m. or 3 p.m.: the number belongs to the address, the time is the clock after the
dash. Ranges keep their start: written tight ("3-5 pm", "10–13 Uhr"), opened by "from"/"von"/
"de"/"desde", or starting at a plausible hour ("Workshop 10 – 13 Uhr")."""

import pytest

from eventmap.ingest.when import find_times


# fmt: off
@pytest.mark.parametrize("text,start", [
    ("calle Mayor 3 – 19:30 h", "19:30"),
    ("en el Salón de actos, calle Mayor 3 – 19:30 h", "19:30"),
    ("Hauptstraße 3 – 19.30 Uhr", "19:30"),
    ("im Rathaussaal, Marktplatz 5 – 19 Uhr", "19:00"),
    ("place du Marché 2 – 19h30", "19:30"),
    ("Salle des fêtes, rue Haute 4 - 20 h", "20:00"),
    ("Friends Meeting House, 6 Mount Street, Flat 2 – 19:30", "19:30"),
    ("Room 3 - 7pm", "19:00"),
    ("Raum 4 – 18 Uhr", "18:00"),
    ("salle 2 – 18h", "18:00"),
])
# fmt: on
def test_a_number_before_a_dash_is_no_range_start(text: str, start: str) -> None:
    tm = find_times(text)
    assert tm is not None and (tm.start_time, tm.end_time) == (start, None)


# fmt: off
@pytest.mark.parametrize("text,start,end", [
    ("3-5 pm", "15:00", "17:00"),
    ("10–13 Uhr", "10:00", "13:00"),
    ("Workshop 10 – 13 Uhr", "10:00", "13:00"),
    ("from 3 – 7pm", "15:00", "19:00"),
    ("Saturday 2 – 5pm", "14:00", "17:00"),
    ("Kinderprogramm 14 – 17 Uhr", "14:00", "17:00"),
    ("desde las 10 – 14 h", "10:00", "14:00"),
])
# fmt: on
def test_ranges_keep_their_start(text: str, start: str, end: str) -> None:
    tm = find_times(text)
    assert tm is not None and (tm.start_time, tm.end_time) == (start, end)
