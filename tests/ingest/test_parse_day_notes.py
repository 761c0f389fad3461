"""A calendar's entries without a time that are notes, not meetings: a public holiday ("Todo el
día  Día del Estado Plurinacional (feriado)") and a deadline ("Journée entière  Date limite :
dépôt des recours"), on the date's line or under a bare date heading. Each is warned about; an
all-day meeting ("Journée entière  Rencontre régionale des comités") stays. Written from
holdout9's La Paz and Toulouse/Marseille prints; the rows are variants of the pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# (language, the date, the note after an all-day mark)
# fmt: off
NOTES = [
    ("es", "vie 22 ene 2027", "Todo el día    Día del Estado Plurinacional (feriado)"),
    ("es", "mar 8 dic 2026", "Inmaculada Concepción – día festivo"),
    ("es", "vie 29 ene 2027", "Todo el día    Fecha límite: solicitudes de ayuda al alquiler"),
    ("en", "Mon Jan 18, 2027", "All day    Martin Luther King Jr. Day (holiday)"),
    ("en", "Mon Dec 28, 2026", "All day    Bank holiday"),
    ("en", "Fri Jan 29, 2027", "All day    Deadline: motions to the annual conference"),
    ("de", "Do., 24. Dez. 2026", "Ganztägig    Heiligabend (Feiertag)"),
    ("de", "Fr., 29. Jan. 2027", "Ganztägig    Anmeldeschluss Sommerlager"),
    ("fr", "ven. 1 janv. 2027", "Journée entière    Jour de l'an (férié)"),
    ("fr", "ven. 29 janv. 2027", "Journée entière    Date limite : dépôt des recours"),
]
# fmt: on
MEETING = ("Sat 5 Dec 2026", "10:00 – 13:00    Workshop, Room 2, 12 Market Street")


def _page(day: str, note: str, below: bool) -> str:
    first = f"{MEETING[0]}\n    {MEETING[1]}\n\n"
    return first + (f"{day}\n    {note}\n" if below else f"{day}    {note}\n")


@pytest.mark.parametrize("below", [True, False], ids=["under-the-date", "on-its-line"])
@pytest.mark.parametrize("lang,day,note", NOTES)
def test_a_holiday_or_a_deadline_is_no_meeting(lang, day, note, below):
    listing = parse(_page(day, note, below), as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-05", "10:00")]
    assert any("not a meeting" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("lang,day,note", [
    ("fr", "sam. 16 janv. 2027", "Journée entière    Rencontre régionale des comités"),
    ("en", "Sat Dec 19, 2026", "All day    Holiday party at the Union Hall"),
    ("de", "Sa., 19. Dez. 2026", "Ganztägig    Seminar zur Wohnungsfrage, Volkshaus"),
])
# fmt: on
def test_an_all_day_meeting_stays(lang, day, note):
    ms = parse(_page(day, note, True), as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 2 and ms[1].date is not None and ms[1].date != "2026-12-05"


def test_cli_parse_leaves_out_the_notes(tmp_path):
    path = tmp_path / "agenda.txt"
    page = "".join(_page(day, note, True) + "\n" for lang, day, note in NOTES if lang == "es")
    path.write_text(page, encoding="utf-8")
    ms = cli_meetings(path, "--as-of", "2026-11-20", "--lang", "es")
    assert {(m["date"], m["start_time"]) for m in ms} == {("2026-12-05", "10:00")}
