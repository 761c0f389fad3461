"""A faith community's calendar lists times of day to keep at home among its events: candle
lighting and the Sabbath's end, sunset, a prayer's time ("4:12 PM Candle Lighting" under
"Friday, January 1, 2027"). They are warned about, not read as meetings (holdout30's synagogue
calendar, after its blind score); a service or an outing that names one is a meeting."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 10)

# (a date heading, the observance's entry, a meeting's entry under the next heading)
CALENDARS = {
    "en": ("Friday, January 1, 2027", "4:12 PM {obs}", "Sunday, January 3, 2027",
           "10:00 AM Men's Club Breakfast – Social Hall"),
    "de": ("Freitag, 1. Januar 2027", "16:12 Uhr {obs}", "Sonntag, 3. Januar 2027",
           "11:00 Uhr Vortrag – Gemeindesaal"),
    "fr": ("vendredi 1er janvier 2027", "16h12 {obs}", "dimanche 3 janvier 2027",
           "11h00 Conférence – salle Rachi"),
    "es": ("viernes 1 de enero de 2027", "18:12 {obs}", "domingo 3 de enero de 2027",
           "11:00 Charla – Sala Maimónides"),
}  # fmt: skip
OBSERVANCES = {
    "en": ["Candle Lighting", "Candle-lighting", "Havdalah", "Shabbat ends", "Sunset", "Maghrib"],
    "de": ["Kerzenzünden", "Lichterzünden", "Schabbatausgang", "Schabbat-Beginn", "Havdala"],
    "fr": ["Allumage des bougies", "Fin du Chabbat", "Havdala", "Coucher du soleil"],
    "es": ["Encendido de velas", "Salida del Shabat", "Havdalá", "Puesta del sol"],
}
CASES = [(lang, obs) for lang, names in OBSERVANCES.items() for obs in names]


@pytest.mark.parametrize(("lang", "obs"), CASES)
def test_an_observance_under_a_date_heading_is_no_meeting(lang: str, obs: str) -> None:
    day, entry, next_day, meeting = CALENDARS[lang]
    page = f"{day}\n{entry.format(obs=obs)}\n{next_day}\n{meeting}\n"
    listing = parse(page, as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2027-01-03"]
    assert any(obs in w.reason and "time of day" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    "line",
    [
        "Fri 1 Jan 2027, 4:12 PM Candle Lighting",
        "Freitag, 1. Januar 2027: Schabbatausgang 17:21 Uhr",
        "vendredi 1er janvier 2027 : allumage des bougies à 16h12",
        "viernes 1 de enero de 2027, 18:12 h, encendido de velas",
    ],
)
def test_an_observance_on_a_dated_line_is_no_meeting_nor_a_title(line: str) -> None:
    page = f"{line}\nSun 3 Jan 2027, 10am, Book club, Central Library\n"
    listing = parse(page, as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2027-01-03"]
    assert listing.meetings[0].title in (None, "Book club")  # not the observance's line
    assert any("time of day" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    "entry",
    [
        "4:12 PM Candle lighting & Kabbalat Shabbat – Main Sanctuary",
        "4:12 PM Sunset walk on the beach – Claremont Beach",
        "16:12 Uhr Kerzenzünden und Kiddusch für Familien – Gemeindesaal",
        "16h12 Allumage des bougies puis repas – salle Rachi",
    ],
)
def test_a_gathering_that_names_one_is_a_meeting(entry: str) -> None:
    page = f"Friday, January 1, 2027\n{entry}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.date == "2027-01-01"
