"""North and east German pages write Saturday "Sonnabend" (Dresden, Leipzig, Hamburg), a name
CLDR does not list: it is read as Saturday, so a date after it is checked against it and the
word is no place. (holdout28's Dresden food bank: "Sonnabend" was the place of its training.)
German letters and newsletters also put "den" between the weekday and the day ("Samstag, den
16. Januar", "Sonnabend, den 16.1."): the weekday is the date's, no place ("Samstag, den")."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


@pytest.mark.parametrize(
    "line",
    [
        "Sonnabend, 16. Januar, 10 Uhr: Hygieneschulung",
        "Sonnabend, den 16.1., 10 Uhr – Hygieneschulung",
        "Sonnabend 16.01.2027 um 10 Uhr Hygieneschulung",
        "Sonnabend, 16. Januar 2027, 10:00 Uhr | Hygieneschulung",
        "Samstag, den 16. Januar, 10 Uhr – Hygieneschulung",
        "Samstag, den 16.01.2027, 10 Uhr – Hygieneschulung",
        "Sa., den 16.1., 10 Uhr: Hygieneschulung",
        "Am Samstag, den 16. Januar, um 10 Uhr: Hygieneschulung",
    ],
)
def test_sonnabend_is_saturday(line: str) -> None:
    page = f"Termine\n\n{line}\nVolkshochschule Dresden, Annenstraße 10, 01067 Dresden\n"
    listing = parse(page, as_of=AS_OF)
    [m] = listing.meetings
    assert (m.date, m.start_time) == ("2027-01-16", "10:00")
    where = " ".join(str(v) for v in (m.venue, m.place, m.room) if v)
    assert "Sonnabend" not in where and "Samstag" not in where and "den" not in where.split()
    assert not [w for w in listing.warnings if "not the weekday" in w.reason]


def test_a_sonnabend_on_a_sunday_is_warned_about() -> None:
    listing = parse("Termine\n\nSonnabend, 17. Januar 2027, 10 Uhr: Hygieneschulung\n")
    assert [m.date for m in listing.meetings] == ["2027-01-17"]
    assert any("not the weekday" in w.reason for w in listing.warnings)
