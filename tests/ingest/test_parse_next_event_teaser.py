"""A group's page (Meetup and the like) says which event comes next above its list ("Next event:
WED, DEC 9"), then lists that event's card with the same date and its time: the teaser is no
meeting of its own (``parse.lines._drop_badges``), in any of the page's languages.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

PAGES = [
    ("en", "Next event: WED, DEC 9", "WED, DEC 9 · 6:30 PM GMT", "Lightning talks",
     "Engine Shed · Bristol", "18:30"),
    ("en", "Coming up: Wednesday 9 December", "Wednesday 9 December, 6.30pm", "Lightning talks",
     "Engine Shed, Bristol", "18:30"),
    ("de", "Nächster Termin: Mi., 9. Dez.", "Mi., 9. Dez. · 18:30", "Kurzvorträge",
     "Werkhalle · Leipzig", "18:30"),
    ("fr", "Prochaine rencontre : mer. 9 déc.", "mer. 9 déc. · 18 h 30", "Présentations éclair",
     "La Cantine · Nantes", "18:30"),
    ("es", "Próximo evento: mié, 9 dic", "mié, 9 dic · 18:30", "Charlas relámpago",
     "La Nave · Madrid", "18:30"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "teaser", "when", "title", "place", "start"), PAGES)
def test_the_teaser_is_no_meeting(
    lang: str, teaser: str, when: str, title: str, place: str, start: str
) -> None:
    page = f"Data Group\n\n{teaser}\n\n{when}\n{title}\n{place}\n41 attendees\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-09", start)]


def test_a_next_meeting_line_with_its_own_time_and_place_stays() -> None:
    page = "Branch news\n\nNext meeting: Wednesday 9 December, 7pm, Trades Hall\n"
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-09", "19:00")]
