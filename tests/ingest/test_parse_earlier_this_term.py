"""A chapter's page lists its meetings to come, then "Earlier this term" over the ones already
held, each with its campus, day and time but no year. Given the day the page was read, those
before it are no meetings: the heading says they took place this term, so the year read for
them is right."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 19)

# (heading over what was held, past entry lines, the entry still to come)
CASES = [
    ("Earlier this term", ["University of Glasgow", "Thursday 15 October, 6pm", "Boyd Orr Building, Room 203"],
     ["University of Glasgow", "Thursday 26 November, 6pm", "Boyd Orr Building, Room 407"]),
    ("Our season so far", ["Thursday 15 October, 6pm", "Boyd Orr Building, Room 203"],
     ["Thursday 26 November, 6pm", "Boyd Orr Building, Room 407"]),
    ("Bisherige Vorträge", ["Donnerstag, 15. Oktober, 18 Uhr", "Hörsaal 2, Hauptgebäude"],
     ["Donnerstag, 26. November, 18 Uhr", "Hörsaal 3, Hauptgebäude"]),
    ("Déjà passé", ["Jeudi 15 octobre, 18 h", "Amphi B, Maison de l'Université"],
     ["Jeudi 26 novembre, 18 h", "Amphi C, Maison de l'Université"]),
    ("Sesiones realizadas", ["Jueves 15 de octubre, 18 h", "Aula 2, Facultad de Letras"],
     ["Jueves 26 de noviembre, 18 h", "Aula 3, Facultad de Letras"]),
]  # fmt: skip


@pytest.mark.parametrize("heading,past,coming", CASES, ids=[c[0] for c in CASES])
def test_entries_under_a_heading_of_this_term_s_past_are_no_meetings(
    heading: str, past: list[str], coming: list[str]
) -> None:
    page = "\n".join(["Meetings", "", *coming, "", heading, "", *past, ""])
    got = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [("2026-11-26", "18:00")]


def test_a_past_heading_without_this_term_keeps_a_timed_yearless_entry() -> None:
    # "Past seminars" may be last year's: the entry's year is not told, so it stays (warned)
    page = "Seminars\n\nThursday 26 November, 6pm\nRoom 4\n\nPast seminars\n\nThursday 15 October, 6pm\nRoom 2\n"
    got = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in got][0] == "2026-11-26"
