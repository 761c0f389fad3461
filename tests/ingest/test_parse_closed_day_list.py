"""A closure before a list of days ("the civic amenity site is closed 25 and 26 December and
1 January") closes every day of the list: no meeting, a warning. Before, only the words right
before the list's last date were read ("… closed 25 and"), so the closure went unseen and each
day became a meeting. (holdout39's Tidy Towns newsletter, after its blind score; the German,
French and Spanish rows were read right before, by the closure words after the list or the
premises' word, and stay so.) Meetings on a list of days keep every day."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 4)

CLOSED = [
    ("en", "Christmas bin collections: the civic amenity site is closed 25 and 26 December and 1 January."),
    ("en", "The library is closed 24, 26 and 31 December."),
    ("en", "Bins: the site is closed 25 and 26 December."),
    ("de", "Die Geschäftsstelle ist geschlossen 24., 28. und 31. Dezember."),
    ("fr", "La déchetterie est fermée 25 et 26 décembre et 1er janvier."),
    ("es", "El punto limpio estará cerrado 24, 25 y 31 de diciembre."),
]  # fmt: skip

MEETINGS = [
    ("en", "Work parties on 12 and 19 December at 10am at the Mall.", ["2026-12-12", "2026-12-19"]),
    ("de", "Arbeitseinsätze am 12. und 19. Dezember um 10 Uhr am Marktplatz.", ["2026-12-12", "2026-12-19"]),
    ("fr", "Chantiers les 12 et 19 décembre à 10 h sur la place du Marché.", ["2026-12-12", "2026-12-19"]),
    ("es", "Jornadas el 12 y 19 de diciembre a las 10:00 en la plaza Mayor.", ["2026-12-12", "2026-12-19"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line"), CLOSED)
def test_a_closure_over_a_list_of_days_is_no_meeting(lang: str, line: str) -> None:
    listing = parse(f"News\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert listing.meetings == []
    assert [w.line for w in listing.warnings if "not a meeting" in w.reason] == [3]


@pytest.mark.parametrize(("lang", "line", "days"), MEETINGS)
def test_meetings_on_a_list_of_days_keep_every_day(lang: str, line: str, days: list[str]) -> None:
    got = parse(f"News\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [(d, "10:00") for d in days]
