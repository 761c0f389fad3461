"""A later date on a line whose own words say its time is still open ("Und am Do 11.02.
Treffen …, Uhrzeit noch offen", "time still open", "heure pas encore fixée", "hora por
definir") has no time: it does not take the time of the date before it, and is TBA. From
holdout14's Berlin Signal export; the rows are variants written from the pattern."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


def _read(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(m.date, m.start_time, m.status) for m in parse(text, as_of=AS_OF).meetings]


OPEN = [("2027-02-04", "19:00", "scheduled"), ("2027-02-11", None, "tba")]


# fmt: off
@pytest.mark.parametrize("text", [
    "Do 04.02.2027 19 Uhr Plenum im Café Rix. Und am Do 11.02.2027 Treffen im Café Rix, "
    "Uhrzeit noch offen.",
    "Do 04.02.2027 19 Uhr Plenum im Café Rix. Am Do 11.02.2027 Treffen im Café Rix (Zeit noch "
    "offen).",
    "Thu 4 February 2027, 7pm, general meeting at Unity Hall. And on Thu 11 February 2027 a "
    "planning meeting at Unity Hall, time still open.",
    "Thu 4 February 2027, 7pm, general meeting at Unity Hall. And on Thu 11 February 2027 a "
    "planning meeting at Unity Hall, time not yet fixed.",
    "jeudi 4 février 2027 à 19 h, assemblée à la Bourse du Travail. Et le jeudi 11 février 2027, "
    "réunion de préparation à la Bourse du Travail, heure pas encore fixée.",
    "jueves 4 de febrero de 2027 a las 19:00, asamblea en el Ateneo. Y el jueves 11 de febrero "
    "de 2027, reunión en el Ateneo, hora por definir.",
])
# fmt: on
def test_a_later_date_whose_time_is_still_open_has_none(text: str) -> None:
    assert _read(text) == OPEN


# fmt: off
@pytest.mark.parametrize("text,want", [
    # what is still open is the sign-up, not the time
    ("Do 04.02.2027 19 Uhr Plenum. Und am Do 11.02.2027 um 18 Uhr Treffen, Anmeldung noch offen.",
     [("2027-02-04", "19:00", "scheduled"), ("2027-02-11", "18:00", "scheduled")]),
    # the later date's own time is given
    ("Thu 4 February 2027, 7pm, general meeting. And on Thu 11 February 2027 at 6pm a planning "
     "meeting, the doors stay open late.",
     [("2027-02-04", "19:00", "scheduled"), ("2027-02-11", "18:00", "scheduled")]),
])
# fmt: on
def test_an_open_that_is_not_the_time_keeps_the_time(
    text: str, want: list[tuple[str, str | None, str]]
) -> None:
    assert _read(text) == want


def test_a_chat_message_with_two_dates_and_a_time_still_open() -> None:
    text = (
        "[2026-11-30 21:15] Lena: Neuer Termin: Do 21.01.2027, 19 Uhr, Raum H 2036\n"
        "[2026-11-30 21:16] Deniz: 👍\n"
        "[2026-11-30 21:20] Lena: Außerdem: Do 04.02.2027 19 Uhr Semesterabschluss, Raum 2097. "
        "Und am Do 11.02.2027 Planungstreffen, Uhrzeit noch offen (Café Rix, Karl-Marx-Str. 141)\n"
    )
    listing = parse(text, as_of=AS_OF)
    got = [(m.date, m.start_time, m.status) for m in listing.meetings]
    assert got == [("2027-01-21", "19:00", "scheduled"), *OPEN]
    assert listing.meetings[-1].time_tba  # shown as "time to come", not as a blank
