"""A show's card whose time line's label says whose time it is ("Exposición Felina Internacional
de Zaragoza" / "sáb 9 – dom 10 ene 2027" / "Palacio de Congresos de Zaragoza · Recinto Expo" /
"Horario de público: 10:00 – 19:00 h"). The line gives the card's start; before, only a bare
time word before the colon was a time label, and the card's time was TBA. (holdout38's cat
shows in Spain, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 15)

# (lang, date line, place line, time line, start)
CASES = [
    ("en", "Sat 9 January 2027", "Exhibition Centre · Hall 3, Zaragoza", "Times for visitors: 10am – 7pm", "10:00"),
    ("de", "Sa. 9. Januar 2027", "Messe Zaragoza · Halle 3", "Uhrzeit für Besucher: 10 – 19 Uhr", "10:00"),
    ("fr", "sam. 9 janvier 2027", "Palais des Congrès · Hall 3, Saragosse", "Horaire d'ouverture : 10 h – 19 h", "10:00"),
    ("es", "sáb 9 ene 2027", "Palacio de Congresos de Zaragoza · Recinto Expo", "Horario de público: 10:00 – 19:00 h", "10:00"),
]  # fmt: skip


def _card(title: str, when: str, where: str, hours: str) -> str:
    return f"### {title}\n\n{when}\n\n{where}\n\n{hours}\n\n[Book](/book)\n"


@pytest.mark.parametrize(("lang", "when", "where", "hours", "start"), CASES)
def test_the_labelled_time_line_gives_the_start(lang, when, where, hours, start) -> None:
    got = parse(
        f"# Shows\n\n{_card('Cat show', when, where, hours)}", as_of=AS_OF, lang=lang
    ).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-09", start)]
    assert got[0].venue == where.split(" · ")[0]


@pytest.mark.parametrize(("lang", "when", "where", "hours", "start"), CASES)
def test_a_time_in_a_sentence_after_a_label_is_no_start(lang, when, where, hours, start) -> None:
    # a label over a sentence with a time further on: not the card's start line
    note = hours.split(":", 1)[0] + ": see the website, the hall closes at 9pm on Friday."
    got = parse(
        f"# Shows\n\n{_card('Cat show', when, where, note)}", as_of=AS_OF, lang=lang
    ).meetings
    assert got[0].start_time != start
