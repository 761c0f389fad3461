"""A club's diary entry after its time: the title, a comma, the venue, then its room in brackets
("6:00 p.m. – Closing banquet and awards, Ottawa Curling Club (Upstairs Lounge)"). The venue is
the part after the comma and the bracket its room; before, the bracket alone was the place and
the venue went into the title. A title with commas whose last part names no venue keeps the
bracket as its place ("War, peace and socialism (Main Library)"). (holdout35's Ottawa curling
club, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("lang", "day", "entry", "venue", "room"),
    [
        ("en", "Saturday, April 10", "6:00 p.m. – Closing banquet and awards, Ottawa Curling Club (Upstairs Lounge)",
         "Ottawa Curling Club", "Upstairs Lounge"),
        ("de", "Samstag, 10. April", "18:00 Uhr – Abschlussessen, Bürgerhaus Süd (Saal 2)", "Bürgerhaus Süd", "Saal 2"),
        ("fr", "samedi 10 avril", "18 h – Banquet de clôture, Salle des fêtes (grande salle)", "Salle des fêtes", "grande salle"),
        ("es", "sábado 10 de abril", "18:00 – Cena de clausura, Centro Cívico (Sala 2)", "Centro Cívico", "Sala 2"),
    ],
)  # fmt: skip
def test_the_venue_after_the_comma_and_its_room_in_brackets(lang, day, entry, venue, room) -> None:
    got = parse(f"# Agenda\n\n{day}\n{entry}\n", as_of=AS_OF, lang=lang).meetings
    assert len(got) == 1 and got[0].venue == venue and got[0].room == room
    assert venue not in (got[0].title or "")


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        ("6:00 p.m. – War, peace and socialism (Main Library)", "Main Library"),
        ("6:00 p.m. – Closing banquet (Town Hall)", "Town Hall"),
    ],
)
def test_a_bracket_after_a_title_alone_is_the_place(entry: str, place: str) -> None:
    got = parse(f"# Agenda\n\nSaturday, April 10\n{entry}\n", as_of=AS_OF).meetings
    assert len(got) == 1 and got[0].venue == place and got[0].room is None
