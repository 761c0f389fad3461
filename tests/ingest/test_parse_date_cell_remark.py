"""A schedule table's date cell may close with a remark in brackets, after a status or alone
("~~Tue 20 Apr, 7pm~~ **POSTPONED** (new date tbc)"): the remark names no place, and the row's
next cells stay its title and place (``parse.meetings._cut_cell_remark``)."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

_HEAD = (
    "| When | What we're reading | Where |\n|---|---|---|\n| {first} | Opening night | {place} |\n"
)


@pytest.mark.parametrize(
    ("lang", "first", "row", "place", "status"),
    [
        ("en", "Tue 16 Mar, 7pm",
         "| ~~Tue 20 Apr, 7pm~~ **POSTPONED** (new date tbc) | *Piranesi* — Susanna Clarke |",
         "Marigold Books", "postponed"),
        ("en", "Tue 16 Mar, 7pm", "| Tue 20 Apr, 7pm POSTPONED (new date tbc) | Piranesi |",
         "Marigold Books", "postponed"),
        ("en", "Tue 16 Mar, 7pm", "| Tue 20 Apr, 7pm (to be confirmed) | Piranesi |",
         "Marigold Books", "scheduled"),
        ("de", "Di 16. März, 19 Uhr",
         "| Di 20. Apr, 19 Uhr VERSCHOBEN (neuer Termin folgt) | Piranesi |",
         "Buchhandlung Ringel", "postponed"),
        ("fr", "mar. 16 mars, 19 h",
         "| mar. 20 avr., 19 h REPORTÉ (nouvelle date à venir) | Piranesi |",
         "Librairie Colette", "postponed"),
        ("es", "mar 16 mar, 19 h",
         "| mar 20 abr, 19 h APLAZADO (nueva fecha por confirmar) | Piranesi |",
         "Librería Lé", "postponed"),
    ],
)  # fmt: skip
def test_a_remark_closing_the_date_cell_leaves_the_place_to_its_cell(
    lang: str, first: str, row: str, place: str, status: str
) -> None:
    text = _HEAD.format(first=first, place=place) + f"{row} {place} |\n"
    result = parse(text, as_of=AS_OF, lang=lang)
    assert len(result.meetings) == 2
    m = result.meetings[1]
    assert (m.date, m.start_time, m.status) == ("2027-04-20", "19:00", status)
    assert place in f"{m.venue} {m.room}"
    assert "tbc" not in f"{m.venue} {m.room}" and "(" not in f"{m.venue} {m.room}"


def test_a_bracketed_room_in_the_date_cell_stays_a_place() -> None:
    # a near miss: the bracket names a room, not a remark
    text = _HEAD.format(first="Tue 16 Mar, 7pm", place="Marigold Books")
    text += "| Tue 20 Apr, 7pm (Room 4) | Piranesi | Marigold Books |\n"
    m = parse(text, as_of=AS_OF).meetings[1]
    assert "Room 4" in f"{m.venue} {m.room}"


_SCHEDULE = """# Reading schedule

| When | What we're reading | Where |
|------|--------------------|-------|
| Tue 16 Mar, 7pm | *Salt Roads* — Rosalind Achebe | Marigold Books |
| ~~Tue 20 Apr, 7pm~~ **POSTPONED** (new date tbc) | *Piranesi* — Susanna Clarke | Marigold Books |
| Tue 18 May, 6.30pm | *Demon Copperhead* — Barbara Kingsolver | Orchard Street Library |
| Tue 15 Jun, 5.30pm **CANCELLED** (venue closed) | Summer picnic | Fenwick Park bandstand |
"""


def test_a_schedule_with_remarks_keeps_every_place() -> None:
    result = parse(_SCHEDULE, as_of=AS_OF)
    got = [(m.date, m.start_time, m.status) for m in result.meetings]
    assert got == [
        ("2027-03-16", "19:00", "scheduled"),
        ("2027-04-20", "19:00", "postponed"),
        ("2027-05-18", "18:30", "scheduled"),
        ("2027-06-15", "17:30", "cancelled"),
    ]
    places = [f"{m.venue} {m.room}" for m in result.meetings]
    for p, want in zip(
        places, ["Marigold Books", "Marigold Books", "Orchard Street Library", "Fenwick Park"],
        strict=True,
    ):  # fmt: skip
        assert want in p
