"""A parish's Christmas services: day headings that name the feast before the date ("1.
Weihnachtsfeiertag, Freitag, 25. Dezember", "Silvester, Donnerstag, 31. Dezember"), each over
its services, one line each with the time, what and where ("- **10.00 Uhr** Festgottesdienst,
Stiftskirche"). A named day with one service under it is a calendar's day like the others: the
service is the meeting, at its time and church, not the heading as a meeting without a time.
(holdout25's Gemeindebrief page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (day 1 heading, its two services, named day heading, its one service, church, time)
PAGES = [
    ("### Christmas Eve, Thursday 24 December",
     ["- **3pm** Crib service, St Mary's Church", "- **11.30pm** Midnight Mass, St Mary's Church"],
     "### Christmas Day, Friday 25 December", "- **10am** Holy Communion, St John's Church",
     "St John's Church", "10:00"),
    ("### Heiligabend, Donnerstag, 24. Dezember",
     ["- **15.00 Uhr** Familiengottesdienst, Stiftskirche",
      "- **22.30 Uhr** Christmette, Stiftskirche"],
     "### 1. Weihnachtsfeiertag, Freitag, 25. Dezember",
     "- **10.00 Uhr** Festgottesdienst mit Abendmahl, Jakobuskirche", "Jakobuskirche", "10:00"),
    ("### Veillée de Noël, jeudi 24 décembre",
     ["- **18 h** Messe des familles, église Saint-Paul", "- **23 h 30** Messe de minuit, église "
      "Saint-Paul"],
     "### Noël, vendredi 25 décembre", "- **10 h 30** Messe du jour, église Saint-Nizier",
     "église Saint-Nizier", "10:30"),
    ("### Nochebuena, jueves 24 de diciembre",
     ["- **19:00 h** Misa de familias, parroquia de San Ginés",
      "- **23:30 h** Misa del Gallo, parroquia de San Ginés"],
     "### Navidad, viernes 25 de diciembre", "- **12:00 h** Misa solemne, iglesia de San Jerónimo",
     "iglesia de San Jerónimo", "12:00"),
]  # fmt: skip


def _page(row: tuple) -> str:
    day1, services, day2, service = row[:4]
    return "\n\n".join(["# Services", day1, "\n".join(services), day2, service, ""])


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_a_named_day_with_one_service_is_that_service(row: tuple) -> None:
    got = parse(_page(row), as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2026-12-24", "2026-12-24", "2026-12-25"]
    last = got[-1]
    assert last.start_time == row[5]
    assert row[4] in f"{last.venue} {last.place}"
    assert last.status == "scheduled"
