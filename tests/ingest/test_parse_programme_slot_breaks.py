"""A programme exported from a scheduling tool puts each slot's time on a line of its own and
its title under it; a slot whose whole title is a break (arrival, coffee, a meal, the close) is
no meeting, while a session whose title merely contains such a word stays one.

The break words are hand-typed (CLDR has no words for them): calendar._BREAK_WORD, en/de/fr/es.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)

_PAGE = """{head}
{day}

09:00
    {first}
    09:00 - 09:30

09:30
    {talk}
    Kepler Hall
    09:30 - 10:30

{slot}
    {title}
    {slot} - {slot_end}

11:00
    {workshop}
    Room B
    11:00 - 12:00
"""


def _page(day: str, first: str, talk: str, slot: str, title: str, workshop: str) -> str:
    end = f"{int(slot[:2]):02d}:{slot[3:5]}"
    return _PAGE.format(
        head="Programme", day=day, first=first, talk=talk, slot=slot, title=title,
        slot_end=end, workshop=workshop,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("day", "title", "is_break"),
    [
        ("Thursday, March 18, 2027", "Break", True),
        ("Thursday, March 18, 2027", "Lunch (own arrangements)", True),
        ("Thursday, March 18, 2027", "Coffee break", True),
        ("Thursday, March 18, 2027", "Close", True),
        ("Donnerstag, 18. März 2027", "Mittagspause", True),
        ("Donnerstag, 18. März 2027", "Kaffeepause", True),
        ("jeudi 18 mars 2027", "Pause café", True),
        ("jeudi 18 mars 2027", "Déjeuner libre", True),
        ("jeudi 18 mars 2027", "Clôture", True),
        ("jueves 18 de marzo de 2027", "Pausa café", True),
        ("jueves 18 de marzo de 2027", "Almuerzo", True),
        ("jueves 18 de marzo de 2027", "Clausura", True),
        ("Thursday, March 18, 2027", "Lunch talk: Budgets for Beginners", False),
        ("Thursday, March 18, 2027", "Coffee with the candidates", False),
        ("Thursday, March 18, 2027", "Brown-bag lunch seminar", False),
    ],
)
def test_a_slot_titled_as_a_break_is_no_meeting(day: str, title: str, is_break: bool) -> None:
    text = _page(day, "Keynote: Open Councils", "Data for Towns", "10:30", title, "Map Lab")
    result = parse(text, as_of=AS_OF)
    times = [m.start_time for m in result.meetings]
    assert ("10:30" not in times) is is_break
    assert {"09:00", "09:30", "11:00"} <= set(times)  # the sessions around it stay
    if is_break:
        assert any("is a break in the programme" in w.reason for w in result.warnings)


def test_a_day_without_other_sessions_keeps_its_lunch() -> None:
    text = "Walking group\nSaturday, 6 March 2027\n\n12:30\n    Lunch\n    The Crown, Hexham\n"
    result = parse(text, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in result.meetings] == [("2027-03-06", "12:30")]


_PROGRAMME = """Tagung Offene Kommune 2027
Programm

Freitag, 19. März 2027

08:30 Uhr
    Anmeldung und Kaffee
    08:30 - 09:15

09:15 Uhr
    Eröffnung: Kommunen im Netz
    Festsaal
    09:15 - 10:00

10:00 Uhr
    Kaffeepause
    10:00 - 10:30

10:30 Uhr
    Workshop Bürgerhaushalt
    Seminarraum 3
    10:30 - 12:00

12:00 Uhr
    Mittagspause
    12:00 - 13:00

13:00 Uhr
    Mittagsgespräch mit der Bürgermeisterin
    Festsaal
    13:00 - 14:00

14:00 Uhr
    Ende der Tagung
    14:00 - 14:15
"""


def test_a_programme_page_keeps_its_sessions_only() -> None:
    result = parse(_PROGRAMME, as_of=AS_OF)
    got = [(m.date, m.start_time, m.place or m.room or m.venue) for m in result.meetings]
    assert got == [
        ("2027-03-19", "09:15", "Festsaal"),
        ("2027-03-19", "10:30", "Seminarraum 3"),
        ("2027-03-19", "13:00", "Festsaal"),
    ]
    warned = [w.line for w in result.warnings if "is a break in the programme" in w.reason]
    assert warned == [6, 15, 24, 33]


@pytest.mark.parametrize(
    ("day", "title"),
    [
        ("jeudi 18 mars 2027", "Déjeuner libre"),
        ("jeudi 18 mars 2027", "Clôture de la journée"),
        ("jueves 18 de marzo de 2027", "Almuerzo libre"),
        ("jueves 18 de marzo de 2027", "Clausura"),
    ],
)
def test_a_one_line_slot_titled_as_a_break_is_no_meeting(day: str, title: str) -> None:
    text = (
        f"Programme\n{day}\n09:30 Ouverture, Salle Verte\n11:00 Atelier A, Salle 2\n"
        f"12:30 {title}\n14:00 Table ronde, Salle Verte\n"
    )
    result = parse(text, as_of=AS_OF)
    assert [m.start_time for m in result.meetings] == ["09:30", "11:00", "14:00"]
