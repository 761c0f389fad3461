"""A course or a talk series in a programme lists its dates on one line and its time on the next,
said to hold each time ("3 Abende, montags: 11.01., 08.02. und 08.03.2027" / "jeweils
18.00–19.30 Uhr" / "vhs-Haus, Raum 204"): the time is those dates' (and the place under it their
place), never the next course's. A weekend course's time line starts with its weekday ("Fr
17.00–20.00 Uhr, Sa + So 10.00–16.00 Uhr"): the first time is its start, and its room and fee
lines are no meetings. A time stated for each date of a list gives the place named after it past
a comma ("jeweils 17:30 Uhr, Gewerkschaftshaus, 1. OG, Raum 112 – Gäste sind willkommen:"), and
a heading a plain-text mail frames in marks ("*** Bildungsabend … ***") ends that list. From the
adult education programme and the union branch mail of tests/ingest/corpus/holdout11; the rows
are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.calendar import list_place
from eventmap.ingest.parse import parse
from eventmap.ingest.parse.venues import _placelike

AS_OF = date(2026, 12, 4)


def _where(m) -> str:
    return " ".join(str(v) for v in (m.venue, m.address, m.room, m.city, m.place) if v)


# (language, the dates line, the each-time line, the place line, dates, time, a word of the place)
# fmt: off
ROWS = [
    ("de", "3 Abende, montags: 11.01., 08.02. und 08.03.2027", "jeweils 18.00–19.30 Uhr",
     "vhs-Haus, Raum 204", ["2027-01-11", "2027-02-08", "2027-03-08"], "18:00", "vhs-Haus"),
    ("de", "3 Vorträge: Do 22.04., Do 29.04. und Do 06.05.2027", "jeweils 18.30 Uhr",
     "Stadtbibliothek, Vortragssaal", ["2027-04-22", "2027-04-29", "2027-05-06"], "18:30",
     "Stadtbibliothek"),
    ("de", "2 Termine: Sa 16.01. und Sa 23.01.2027", "jeweils von 10 bis 13 Uhr",
     "Werkstatt im Kulturhaus, Lindenstraße 4", ["2027-01-16", "2027-01-23"], "10:00",
     "Kulturhaus"),
    ("en", "4 evenings: Tue 12 Jan, Tue 19 Jan, Tue 26 Jan and Tue 2 Feb 2027", "each time 7-9pm",
     "Adult Learning Centre, Room 5",
     ["2027-01-12", "2027-01-19", "2027-01-26", "2027-02-02"], "19:00", "Adult Learning Centre"),
    ("fr", "3 séances : les lundis 11 janvier, 8 février et 8 mars 2027", "à chaque fois de 18 h à 20 h",
     "Maison des associations, salle 3", ["2027-01-11", "2027-02-08", "2027-03-08"], "18:00",
     "Maison des associations"),
    ("es", "3 sesiones: jueves 14 de enero, 11 de febrero y 11 de marzo de 2027",
     "cada vez a las 18:30", "Centro Cívico Delicias, aula 2",
     ["2027-01-14", "2027-02-11", "2027-03-11"], "18:30", "Centro Cívico Delicias"),
]
# fmt: on


@pytest.mark.parametrize("lang,dates_line,each,place_line,dates,time,place", ROWS)
def test_an_each_time_line_under_a_line_of_dates_is_their_time(
    lang, dates_line, each, place_line, dates, time, place
):
    page = (
        f"Programm\n\n101-01   Kurs\n         {dates_line}\n         {each}\n         {place_line}\n\n"
        "101-02   Ein Vortrag\n         Mi, 27.01.2027\n         Rathaus, Ratssaal\n"
    )
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    course = [m for m in ms if m.date in dates]
    assert sorted(m.date for m in course) == dates
    for m in course:
        assert m.start_time == time
        assert place.casefold() in _where(m).casefold()
    (talk,) = [m for m in ms if m.date == "2027-01-27"]
    assert talk.start_time is None  # the course's time is not the next entry's


# fmt: off
@pytest.mark.parametrize("line,place", [
    ("jeweils 17:30 Uhr, Gewerkschaftshaus, 1. OG, Raum 112 – Gäste sind willkommen:",
     "Gewerkschaftshaus, 1. OG, Raum 112"),
    ("Beginn jeweils 19 Uhr, Bürgerhaus Süd, Saal 2", "Bürgerhaus Süd, Saal 2"),
    ("jeweils 18 Uhr, Volkshaus, 2. Stock – bitte klingeln", "Volkshaus, 2. Stock"),
    ("Meeting point each time 10am, Unity Hall, 4 Mill Road", "Unity Hall, 4 Mill Road"),
    ("jeweils 17:30 Uhr, bitte pünktlich", None),
])
# fmt: on
def test_an_each_time_line_gives_the_place_named_after_its_comma(line, place):
    assert list_place(line, _placelike) == place


PAGE = """\
Betreff: [OV Musterstadt] Termine Januar bis April

Liebe Kolleginnen und Kollegen,

hier unsere Termine für die nächsten Monate.

*** Sitzungen des Vorstands ***
jeweils 18:00 Uhr, Volkshaus, 2. OG, Raum 7 – Gäste sind willkommen:
  - Mi. 13.01.2027
  - Mi. 10.02.2027
  - Mi. 10.03.2027

*** Bildungsabend „Mieten, Wohnen, Stadtentwicklung – was tun wir vor Ort?“ ***
Donnerstag, 25. Februar 2027, 19:30 Uhr, Stadtteilzentrum Ost, Saal.

*** Wochenendseminar ***
Fr–So, 16.–18.04.2027
Fr 17.00–21.00 Uhr, Sa + So 9.30–16.00 Uhr
Bildungsstätte am See, Seminarraum 2
45,00 € (Mindestteilnehmerzahl 8)
"""


def test_the_mail_reads_each_list_with_its_own_time_and_place():
    ms = parse(PAGE, as_of=AS_OF, lang="de").meetings
    got = [(m.date, m.start_time) for m in ms]
    assert got == [
        ("2027-01-13", "18:00"),
        ("2027-02-10", "18:00"),
        ("2027-03-10", "18:00"),
        ("2027-02-25", "19:30"),
        ("2027-04-16", "17:00"),
    ]
    assert all("Volkshaus" in _where(m) for m in ms[:3])
    assert "Stadtteilzentrum" in _where(ms[3]) and "Volkshaus" not in _where(ms[3])
    assert "Bildungsstätte" in _where(ms[4])
