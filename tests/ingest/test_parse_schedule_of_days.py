"""A schedule of days in one month in a long sentence, without a time of its own ("los martes
8, 15 y 22 de diciembre, en el salón de la Parroquia …"), is a meeting on each day, not a date
mentioned in passing: the page's rule gives it its time. A time and place stated before a colon,
then the days ("Todas las sesiones comienzan a las 18:00 h en la Facultad de Filología (Plaza de
Anaya), aula A-12: los jueves 3, 10 y 17 de diciembre."), hold for each of those days.
(holdout24's housing assemblies and reading group pages, after their blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
DAYS = ["2026-12-08", "2026-12-15", "2026-12-22"]

SCHEDULES = [
    ("Todas las asambleas empiezan a las 19 hs, salvo que se indique otra hora.",
     "- **Barracas** — los martes 8, 15 y 22 de diciembre, en el salón de la Parroquia Nuestra "
     "Señora de Caacupé (Osvaldo Cruz y Zavaleta).", "Parroquia Nuestra Señora de Caacupé"),
    ("All assemblies start at 7pm unless another time is stated.",
     "- **Barracas** — on the Tuesdays 8, 15 and 22 December, in the hall of St Mary's Parish "
     "Church (Cruz Street and Zavaleta Street), for tenants and families.", "St Mary's Parish Church"),
    ("Alle Versammlungen beginnen um 19 Uhr, sofern nicht anders angegeben.",
     "- **Wedding** — dienstags am 8., 15. und 22. Dezember, im Saal der Kirchengemeinde St. "
     "Joseph (Müllerstraße 161), für Mieterinnen, Mieter und Familien.", "Kirchengemeinde St. Joseph"),
]  # fmt: skip


@pytest.mark.parametrize("rule,line,place", SCHEDULES, ids=["es", "en", "de"])
def test_a_schedule_of_days_in_a_sentence_is_a_meeting_each_day(
    rule: str, line: str, place: str
) -> None:
    got = parse(f"Asambleas\n\n{rule}\n\n{line}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [(d, "19:00") for d in DAYS]
    assert all(place in " | ".join(v for v in (m.venue, m.room, m.place) if v) for m in got)


LEADS = [
    ("Todas las sesiones comienzan a las 18:00 h en la Facultad de Filología (Plaza de Anaya), "
     "aula A-12: los jueves 3, 10 y 17 de diciembre.", "Facultad de Filología"),
    ("All sessions begin at 6pm in the Arts Faculty (Anaya Square), room A-12: on Thursdays 3, 10 "
     "and 17 December.", "Arts Faculty"),
]  # fmt: skip


@pytest.mark.parametrize("line,venue", LEADS, ids=["es", "en"])
def test_a_time_and_place_before_the_colon_hold_for_the_days_after_it(
    line: str, venue: str
) -> None:
    got = parse(f"Reading group\n\n{line}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-03", "18:00"),
        ("2026-12-10", "18:00"),
        ("2026-12-17", "18:00"),
    ]
    assert all((m.venue or "").startswith(venue) for m in got)


def test_a_date_mentioned_in_a_long_sentence_stays_unread() -> None:
    """One date in a long sentence with no time is still no meeting (the schedule needs days)."""
    text = (
        "News\n\nThe council promised on 8 December that the repairs would be finished before "
        "the winter, but the tenants of the estate are still waiting for a reply to their letter.\n"
    )
    assert parse(text, as_of=AS_OF).meetings == []
