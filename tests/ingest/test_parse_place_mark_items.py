"""List items under a date led by a map pin or a building ("- 📍 Riverdale Library, 370
Broadview Ave, Toronto, ON M4M 2H1 (program room)") give the event's place, however long
(issue 17 item 7; the tenants' Markdown page of tests/ingest/corpus/practice7): such a line is
never a paragraph of prose, and the bullet and the pin are no part of the venue. Other list
items lose their bullet too. The rows are variants written from the pattern, not copied from the
corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


# fmt: off
@pytest.mark.parametrize("date_line,item,lang,venue", [
    ("**Tue, Dec 8, 2026 · 6:30 PM EST**",
     "- 📍 Ralph Thornton Community Centre, 765 Queen St E, Toronto, ON M4M 1H3 (2nd floor, "
     "room 204, take the elevator by the side entrance)", None, "Ralph Thornton Community Centre"),
    ("**Di., 8. Dezember 2026, 18.30 Uhr**",
     "- 📍 Nachbarschaftshaus Urbanstraße, Urbanstraße 21, 10961 Berlin (Saal im zweiten Stock, "
     "bitte den Seiteneingang am Hof benutzen)", "de", "Nachbarschaftshaus Urbanstraße"),
    ("**mardi 8 décembre 2026, 18 h 30**",
     "* 📌 Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon (salle 3, au deuxième "
     "étage, accès par la cour intérieure)", "fr", "Maison des associations"),
    ("**martes 8 de diciembre de 2026, 18:30**",
     "- 🏫 Centro Cívico Universidad, Calle Violante de Hungría 4, 50009 Zaragoza (aula 2, "
     "segunda planta, entrada por el patio)", "es", "Centro Cívico Universidad"),
])
# fmt: on
def test_a_pinned_item_is_the_place(date_line, item, lang, venue):
    page = f"# Events\n\n### General meeting\n\n{date_line}\n\n{item}\n- Agenda: the rent campaign.\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue
    assert "📍" not in _places(m) and not _places(m).startswith("-")


PAGE = """# Tenants' association

## Upcoming

### General meeting

**Tue, Dec 8, 2026 · 6:30 PM EST**

- 📍 Ralph Thornton Community Centre, 765 Queen St E, Toronto, ON M4M 1H3 (2nd floor, room 204)
- Agenda: rent-increase campaign at 12 Broadview, winter heating complaints, elections.

### Holiday potluck

Thursday, December 17 at 7 p.m.

- Eastminster United Church, 310 Danforth Ave (use the Jackman Ave door)
- Bring a dish if you can – everyone is welcome, whether or not you bring food.
"""

PAGE_EVENTS = [
    ("2026-12-08", "18:30", "Ralph Thornton Community Centre"),
    ("2026-12-17", "19:00", "Eastminster United Church"),
]


def _check(meetings: list[tuple[str, str, str]]) -> None:
    assert len(meetings) == len(PAGE_EVENTS)
    for (d, t, places), (want_d, want_t, venue) in zip(meetings, PAGE_EVENTS, strict=True):
        assert (d, t) == (want_d, want_t)
        assert venue in places
        assert "📍" not in places and not places.startswith("-")


def test_a_markdown_page_of_pinned_places():
    listing = parse(PAGE, as_of=AS_OF)
    _check([(m.date, m.start_time, _places(m)) for m in listing.meetings])


def test_a_markdown_page_of_pinned_places_through_the_cli(tmp_path):
    path = tmp_path / "events.md"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    _check(cli_place_rows(meetings))
