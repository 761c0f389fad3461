"""A Markdown table strikes a row through whole ("~~Di, 13.10.~~ | ~~10–16 Uhr~~ | ~~Ersti-Tag~~
| ~~Fürstenberghaus~~"): before the page's date, the row took place ("Vergangene Termine sind
durchgestrichen"), so it is no meeting and is warned about; on or after it, the meeting was
called off: it is kept, cancelled. A row whose date is not struck, or not the whole row, is read
as before."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 22)

TABLES = {
    "de": ("| Datum | Zeit | Was | Wo |", "Di, 13.10.", "Mi, 16.12.", "Do, 21.01.", "18 Uhr"),
    "en": ("| Date | Time | What | Where |", "Tue 13 Oct", "Wed 16 Dec", "Thu 21 Jan", "6pm"),
    "fr": ("| Date | Heure | Quoi | Où |", "mar. 13 oct.", "mer. 16 déc.", "jeu. 21 janv.", "18h"),
    "es": (
        "| Fecha | Hora | Qué | Dónde |",
        "mar. 13 oct.",
        "mié. 16 dic.",
        "jue. 21 ene.",
        "18:00 h",
    ),
}


def _page(lang: str, past_struck: bool, future_struck: bool) -> str:
    head, past, future, later, time = TABLES[lang]

    def row(day: str, what: str, struck: bool) -> str:
        cells = [day, time, what, "Fürstenberghaus"]
        return "| " + " | ".join(f"~~{c}~~" if struck else c for c in cells) + " |"

    return "\n".join([
        "# Semesterprogramm", "", head, "|---|---|---|---|",
        row(past, "Ersti-Tag", past_struck),
        row(future, "Spieleabend", future_struck),
        row(later, "Podiumsdiskussion", False),
        "",
    ])  # fmt: skip


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_a_past_struck_row_is_no_meeting_and_a_future_one_is_cancelled(lang: str) -> None:
    listing = parse(_page(lang, True, True), as_of=AS_OF, lang=lang)
    got = [(m.date, m.status) for m in listing.meetings]
    assert got == [("2026-12-16", "cancelled"), ("2027-01-21", "scheduled")]
    assert any(w.line == 5 and "struck through" in w.reason for w in listing.warnings)


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_rows_not_struck_are_read_as_before(lang: str) -> None:
    listing = parse(_page(lang, False, False), as_of=AS_OF, lang=lang)
    got = [(m.date, m.status) for m in listing.meetings]
    assert got == [
        ("2026-10-13", "scheduled"),
        ("2026-12-16", "scheduled"),
        ("2027-01-21", "scheduled"),
    ]


# Look-alikes: only the title struck, with its status; a struck date under a "CANCELLED" title.
def test_a_struck_title_with_its_status_is_that_status() -> None:
    page = (
        "| Datum | Zeit | Was | Wo |\n|---|---|---|---|\n"
        "| Mi, 16.12. | 18 Uhr | ~~Spieleabend~~ **abgesagt** | Fürstenberghaus, F 5 |\n"
    )
    (m,) = parse(page, as_of=AS_OF, lang="de").meetings
    assert (m.date, m.start_time, m.status) == ("2026-12-16", "18:00", "cancelled")


def test_a_struck_date_under_a_cancelled_title_is_kept_cancelled() -> None:
    page = "### ~~General meeting~~ CANCELLED\n\n~~Tue, Feb 2 · 6:30 PM~~\n\nRalph Thornton Community Centre\n"
    (m,) = parse(page, as_of=AS_OF, lang="en").meetings
    assert (m.date, m.start_time, m.status) == ("2027-02-02", "18:30", "cancelled")
