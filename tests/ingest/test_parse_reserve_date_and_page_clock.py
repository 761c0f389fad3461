"""A wrestling federation's fixtures table: a start column of bare clock times ("7.45", "8.30",
"13.00") on a page that never says am or pm, and a remarks column that names the day kept in
reserve ("Verschiebedatum: So 18.7.2027"). A bare early hour on a page that writes its
afternoons on a 24-hour clock is the morning (warned about), and the reserve day is no meeting
of its own, nor does it take the row's time. A page that says am or pm somewhere keeps the
12-hour reading of a bare "7.30". (holdout35's Schwingklub festival calendar, after its blind
score: two mornings read as evenings, three reserve days read as meetings.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 5)

# (header, rows: date, event, place, start, remark)
PAGES = {
    "de": ("Datum | Anlass | Festort | Anschwingen | Bemerkungen",
           [("So 30.5.2027", "Oberländisches Schwingfest", "Frutigen", "7.45", ""),
            ("Sa 26.6.2027", "Jubiläumsschwingfest", "Thun", "13.00", ""),
            ("So 11.7.2027", "Rigi-Schwinget", "Rigi Staffel", "8.30", "Verschiebedatum: So 18.7.2027")]),
    "en": ("Date | Event | Venue | Start | Notes",
           [("Sun 30.5.2027", "Highland Games", "Braemar", "7.45", ""),
            ("Sat 26.6.2027", "Centenary Games", "Inverness", "13.00", ""),
            ("Sun 11.7.2027", "Hill Race", "Ben Nevis", "8.30", "Backup date: Sun 18.7.2027")]),
    "fr": ("Date | Fête | Lieu | Début | Remarques",
           [("di 30.5.2027", "Fête de lutte de la Broye", "Payerne", "7.45", ""),
            ("sa 26.6.2027", "Fête du centenaire", "Bulle", "13.00", ""),
            ("di 11.7.2027", "Lutte du Chasseral", "Chasseral", "8.30", "Date de report : di 18.7.2027")]),
    "es": ("Fecha | Evento | Lugar | Inicio | Observaciones",
           [("dom 30.5.2027", "Fiesta de lucha", "Jaca", "7.45", ""),
            ("sáb 26.6.2027", "Fiesta del centenario", "Huesca", "13.00", ""),
            ("dom 11.7.2027", "Lucha del Pirineo", "Benasque", "8.30", "Fecha de reserva: dom 18.7.2027")]),
}  # fmt: skip


def _page(lang: str) -> str:
    head, rows = PAGES[lang]
    body = "".join(" | ".join(r) + "\n" for r in rows)
    return f"# Festkalender 2027\n\n{head}\n{body}"


@pytest.mark.parametrize("lang", list(PAGES))
def test_mornings_on_a_24_hour_page_and_no_reserve_day(lang: str) -> None:
    listing = parse(_page(lang), as_of=AS_OF)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2027-05-30", "07:45"), ("2027-06-26", "13:00"), ("2027-07-11", "08:30")]
    assert any("07:45" in w.reason and "24-hour" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    ("page", "start"),
    [
        # am/pm said on the page: a bare 7.30 is the evening's
        (
            "# Club nights\n\nDoors 6pm.\n\nTue 12 January, 7.30, Red Lion\nTue 26 January, 13:00, Red Lion\n",
            "19:30",
        ),
        # no afternoon on a 24-hour clock: nothing to go by, the evening as before
        ("# Club nights\n\nTue 12 January, 7.30, Red Lion\n", "19:30"),
        # a dotted date is no afternoon clock
        ("# Club nights\n\nDi 12.01.2027, 7.30, Roter Löwe\nInfo: 13.06.2027\n", "19:30"),
    ],
)
def test_the_evening_guess_stays_where_the_page_gives_no_24_hour_clock(
    page: str, start: str
) -> None:
    got = parse(page, as_of=AS_OF).meetings
    assert got[0].start_time == start


@pytest.mark.parametrize(
    "remark",
    [
        "Verschiebedatum: So 18.7.2027",
        "Ersatztermin: So 18.7.2027",
        "Backup date: Sun 18.7.2027",
        "reserve day Sun 18.7.2027",
        "date de report : di 18.7.2027",
        "fecha de aplazamiento: dom 18.7.2027",
    ],
)
def test_a_reserve_day_in_a_remark_is_no_meeting(remark: str) -> None:
    got = parse(
        f"# Fixtures\n\nSun 11.7.2027, 13:00, Rigi Staffel ({remark})\n", as_of=AS_OF
    ).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-07-11", "13:00")]
