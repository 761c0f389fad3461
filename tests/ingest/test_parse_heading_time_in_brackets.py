"""An e-mail newsletter's section heading gives its meetings' time and place in brackets ("===
STEERING COMMITTEE (Zoom, 8 p.m.) ==="), and the list under it gives only the dates and a
remark ("* Tue 12/22 - CANCELLED for the holidays", "* Tue 1/5 - back on schedule"). Each date
is a meeting at that time, online or at that place; the e-mail's closing words under the list
("In solidarity," / a name) are no place. A heading whose brackets hold no place ("Book club
(Thursdays, 7pm)"), a remark in brackets with a label ("(Salida prevista: 7:00 h, …)") or a
line that is no heading over the dates gives no list its time. (holdout25's tenants' union
e-mail, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 5)

# (greeting paragraph, heading, entry 1, entry 2, closing, time, online, venue)
PAGES = [
    ("Hi everyone, here is what is coming up for the union over the holidays and the new year.",
     "=== STEERING COMMITTEE (Zoom, 8 p.m.) ===",
     "  * Tue 12/22 - CANCELLED for the holidays", "  * Tue 1/5 - back on schedule",
     "In solidarity,", "20:00", True, None),
    ("Hallo zusammen, hier sind die nächsten Termine der Gruppe über die Feiertage und im neuen "
     "Jahr.",
     "=== VORSTAND (Gewerkschaftshaus, 20 Uhr) ===",
     "  * Di 22.12. - fällt aus wegen der Feiertage", "  * Di 5.1. - wieder wie gewohnt",
     "Solidarische Grüße", "20:00", False, "Gewerkschaftshaus"),
    ("Bonjour à toutes et à tous, voici les prochains rendez-vous du syndicat pendant les fêtes "
     "et pour la nouvelle année.",
     "=== BUREAU SYNDICAL (Bourse du Travail, 18 h 30) ===",
     "  * mardi 22/12 - annulé pour les fêtes", "  * mardi 5/1 - reprise habituelle",
     "Salutations fraternelles,", "18:30", False, "Bourse du Travail"),
    ("Hola a todas y todos, estas son las próximas reuniones del sindicato durante las fiestas "
     "y para el año nuevo.",
     "=== COMISIÓN EJECUTIVA (Zoom, 19:00 h) ===",
     "  * martes 22/12 - suspendida por las fiestas", "  * martes 5/1 - vuelve la reunión",
     "Un abrazo,", "19:00", True, None),
]  # fmt: skip


def _page(row: tuple) -> str:
    greeting, heading, first, second, closing = row[:5]
    return "\n".join(["Newsletter", "", greeting, "", heading, "", first, second, "", closing,
                      "Dana", ""])  # fmt: skip


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_the_headings_time_and_place_are_its_dates(row: tuple) -> None:
    got = parse(_page(row), as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2026-12-22", "2027-01-05"]
    assert [m.start_time for m in got] == [row[5], row[5]]
    assert [m.status for m in got] == ["cancelled", "scheduled"]
    assert [m.online for m in got] == [row[6], row[6]]
    if row[7]:
        assert [m.venue for m in got] == [row[7], row[7]]
    # the e-mail's closing words are nobody's place
    assert not any(row[4].rstrip(",") in f"{m.venue} {m.room} {m.place}" for m in got)


# look-alikes: no list's time
NOT_A_HEADING = [
    "=== BOOK CLUB (Thursdays, 7pm) ===",  # no place in the brackets: when, not where
    "Kielder Observatory, Northumberland (coach leaves from outside the Union at 13:00)",
    "ANULADA: el refugio permanece cerrado. (Salida prevista: 7:00 h, Plaza Paraíso.)",
]


@pytest.mark.parametrize("heading", NOT_A_HEADING, ids=["weekday", "remark", "label"])
def test_brackets_that_are_no_heading_give_no_time(heading: str) -> None:
    row = list(PAGES[0])
    row[1] = heading
    got = parse(_page(tuple(row)), as_of=AS_OF).meetings
    assert [m.start_time for m in got] == [None, None]
