"""A page's sidebar that lists the next meetings again ("Próximas citas" / "• Jue. 26 nov. ·
19:00 h" / "Facultad de Ciencias de la Información") repeats meetings listed above: a line with
no title of its own, the same date and start time, and a place whose every word is in the
earlier meeting's (or none) is no meeting of its own, and a warning says which line it repeats.
Two rooms at the same time ("Room 1", "Room 2"), two towns on a day of action, and an online
meeting at the same time as a hall's stay meetings.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

PAGES = [
    ("en", "Upcoming", ["Thursday 26 November, 7pm", "Public meeting: housing", "Student Union, Room 4"],
     ["Thu 26 Nov · 7pm", "Student Union"]),
    ("de", "Nächste Termine", ["Donnerstag, 26. November, 19 Uhr", "Vortrag: Wohnen", "Gewerkschaftshaus, Raum 4"],
     ["Do. 26.11. · 19 Uhr", "Gewerkschaftshaus"]),
    ("fr", "Prochains rendez-vous", ["Jeudi 26 novembre, 19 h", "Réunion publique : le logement",
     "Bourse du travail, salle 4"], ["Jeu. 26 nov. · 19 h", "Bourse du travail"]),
    ("es", "Próximas citas", ["Jueves 26 de noviembre, 19:00 h", "Charla: la vivienda",
     "Facultad de Ciencias de la Información, aula 4"],
     ["Jue. 26 nov. · 19:00 h", "Facultad de Ciencias de la Información"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "side", "entry", "again"), PAGES)
def test_the_sidebars_copy_is_no_meeting(
    lang: str, side: str, entry: list[str], again: list[str]
) -> None:
    page = "\n".join(["Agenda", "", *entry, "", side, "", *again, ""])
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-11-26", "19:00")]
    assert any("again" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    "later",
    [["Thu 26 Nov · 7pm", "Student Union, Room 5"], ["Thu 26 Nov · 7pm", "Leeds Town Hall"]],
)
def test_another_room_or_town_at_the_same_time_stays(later: list[str]) -> None:
    entry = ["Thursday 26 November, 7pm", "Public meeting: housing", "Student Union, Room 4"]
    page = "\n".join(["Agenda", "", *entry, "", *later, ""])
    assert len(parse(page, as_of=AS_OF, lang="en").meetings) == 2


def test_an_online_meeting_at_the_same_time_stays() -> None:
    page = "\n".join(["Agenda", "", "Thursday 26 November, 7pm", "Public meeting: housing",
                      "Student Union, Room 4", "", "Thu 26 Nov · 7pm", "Online (Zoom)", ""])  # fmt: skip
    assert len(parse(page, as_of=AS_OF, lang="en").meetings) == 2
