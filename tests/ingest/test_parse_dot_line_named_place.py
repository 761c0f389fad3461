"""A one-line entry laid out with middle dots, "date · time · title · place", whose last part is a
place's name with no venue word in it ("Roma Street Parkland, Celebration Lawn", "Place
Bellecour"): when the part before it reads as a title (lower-case words, a colon, a bracket) and the
last part as a name (capitalised words), the last part is the place (a name with a lower-case
word in it, "Parc de la Tête d'Or", is not told from a title and stays one)
(``parse.meetings._read_dot_parts``), with a status remark after it or not.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("lang", "line", "start", "title", "venue"),
    [
        ("en", "Sun 20 Dec 2026 · 5pm · Christmas in the Park (free sing-along) · Roma Street "
               "Parkland, Celebration Lawn", "17:00", "Christmas in the Park (free sing-along)",
         "Roma Street Parkland"),
        ("en", "Sat 12 Dec · 2pm · Carols for the homeless shelter · Queen Street Mall",
         "14:00", "Carols for the homeless shelter", "Queen Street Mall"),
        ("de", "Sa 12.12. · 15 Uhr · Adventssingen für alle · Höhenpark Killesberg",
         "15:00", "Adventssingen für alle", "Höhenpark Killesberg"),
        ("fr", "sam. 12 déc. · 15 h · Chants de Noël en plein air · Place Bellecour",
         "15:00", "Chants de Noël en plein air", "Place Bellecour"),
        ("es", "sáb 12 dic · 18:00 · Villancicos al aire libre · Jardín Botánico, Puerta Sur",
         "18:00", "Villancicos al aire libre", "Jardín Botánico"),
    ],
)  # fmt: skip
def test_the_last_named_part_is_the_place(
    lang: str, line: str, start: str, title: str, venue: str
) -> None:
    listing = parse(f"Concerts\n\n{line}\n", as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert (m.start_time, m.title, m.venue) == (start, title, venue)


def test_with_a_cancellation_remark() -> None:
    line = (
        "Sun 20 Dec 2026 · 5pm · Christmas in the Park · Roma Street Parkland, Celebration Lawn "
        "— CANCELLED due to the Council's event permit; refunds automatic"
    )
    (m,) = parse(f"Concerts\n\n{line}\n", as_of=AS_OF).meetings
    assert (m.status, m.venue) == ("cancelled", "Roma Street Parkland")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # two names: which is the place cannot be told, both stay the title
        ("Sat 12 Dec · 2pm · Brisbane Chorale · Queen Street Mall",
         "Brisbane Chorale – Queen Street Mall"),
        # a last part worded as a title stays in the title
        ("Sat 12 Dec · 2pm · Carols · bring a torch and a blanket", "Carols – bring a torch and a blanket"),
    ],
)  # fmt: skip
def test_look_alikes_stay_titles(line: str, title: str) -> None:
    (m,) = parse(f"Concerts\n\n{line}\n", as_of=AS_OF).meetings
    assert m.title == title
