"""A time said to hold "each time" for a list of dates ("Treffpunkt jeweils 14 Uhr: Altes Rathaus,
Markt 1" over "Termine: Sa., 16.1. · Sa., 20.2."; "Meeting point each time 2pm at the Old Town
Hall", "Rendez-vous à chaque fois à 15 h devant …", "Punto de encuentro cada vez a las 11:00 h en
…") gives its time, and the place named right after it, to every date listed under it, up to the
next section heading. From the German programme page of tests/ingest/corpus/holdout7; the rows
are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.calendar import list_place, list_time
from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 5)


# fmt: off
@pytest.mark.parametrize("line,time,place", [
    ("Treffpunkt jeweils 14 Uhr: Altes Rathaus, Markt 1 (Dauer ca. 2 Std., 5 €)", "14:00",
     "Altes Rathaus, Markt 1"),
    ("Abfahrt jeweils um 10.30 Uhr am Hauptbahnhof, Ausgang Nord", "10:30",
     "Hauptbahnhof, Ausgang Nord"),
    ("Meeting point each time 2pm at the Old Town Hall, Corn Street.", "14:00",
     "Old Town Hall, Corn Street"),
    ("We gather every time at 6.30pm outside the Central Library", "18:30", "Central Library"),
    ("Rendez-vous à chaque fois à 15 h devant la Bourse du Travail", "15:00", "Bourse du Travail"),
    ("Punto de encuentro cada vez a las 11:00 h en la Puerta del Sol", "11:00", "Puerta del Sol"),
    ("Beginn jeweils 19 Uhr", "19:00", None),
])
# fmt: on
def test_an_each_time_line_states_the_lists_time_and_place(line, time, place):
    tm = list_time(line)
    assert tm is not None and tm.start_time == time
    assert list_place(line) == place


# fmt: off
@pytest.mark.parametrize("line", [
    "Treffpunkt 14 Uhr: Altes Rathaus",  # one walk's time, not one for a list
    "Each time we met, 40 people came",
    "Jeweils am ersten Montag im Monat",
])
# fmt: on
def test_lines_that_state_no_time_for_a_list(line):
    assert list_time(line) is None


# (language, page): a walk whose dates are listed under an "each time" line, a heading, then an
# untimed day trip that must not take the walk's time or meeting point.
PAGES = [
    ("de",
     "PROGRAMM\n\nSTADTFÜHRUNGEN\n\nDas andere Bremen – ein Rundgang\n"
     "Treffpunkt jeweils 15 Uhr: Rathaus, Am Markt 21\n"
     "Termine: Sa., 13.2. · Sa., 13.3. · So., 11.4.\n\n"
     "EXKURSION\n\nSa., 24.4.: Tagesfahrt nach Bremerhaven, Deutsches Auswandererhaus\n"),
    ("en",
     "PROGRAMME\n\nWALKS\n\nRadical Bristol: a walking tour\n"
     "Meeting point each time 3pm at the Rathaus, Corn Street\n"
     "Dates: Sat 13 Feb · Sat 13 Mar · Sun 11 Apr\n\n"
     "DAY TRIP\n\nSat 24 April: coach trip to Tolpuddle, Deutsches Auswandererhaus\n"),
    ("fr",
     "PROGRAMME\n\nBALADES\n\nLyon ouvrier : une balade\n"
     "Rendez-vous à chaque fois à 15 h devant le Rathaus\n"
     "Dates : sam. 13 février · sam. 13 mars · dim. 11 avril\n\n"
     "SORTIE\n\nSamedi 24 avril : journée à Saint-Étienne, Deutsches Auswandererhaus\n"),
    ("es",
     "PROGRAMA\n\nPASEOS\n\nMadrid obrero: un paseo\n"
     "Punto de encuentro cada vez a las 15:00 h en el Rathaus\n"
     "Fechas: sáb. 13 de febrero · sáb. 13 de marzo · dom. 11 de abril\n\n"
     "EXCURSIÓN\n\nSábado 24 de abril: viaje a Toledo, Deutsches Auswandererhaus\n"),
]


@pytest.mark.parametrize("lang,page", PAGES)
def test_every_listed_date_takes_the_time_and_place(lang, page):
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue) for m in ms[:3]] == [
        ("2027-02-13", "15:00", "Rathaus"),
        ("2027-03-13", "15:00", "Rathaus"),
        ("2027-04-11", "15:00", "Rathaus"),
    ]
    trip = ms[3]
    assert (trip.date, trip.start_time) == ("2027-04-24", None)
    assert "Rathaus" not in (trip.venue or "")


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "programm.txt"
    path.write_text(PAGES[0][1], encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat(), "--lang", "de")
    assert [(m["date"], m["start_time"], m["venue"]) for m in ms[:3]] == [
        ("2027-02-13", "15:00", "Rathaus"),
        ("2027-03-13", "15:00", "Rathaus"),
        ("2027-04-11", "15:00", "Rathaus"),
    ]
    assert [(m["date"], m["start_time"]) for m in ms[3:]] == [("2027-04-24", None)]
    assert "Rathaus" not in (ms[3]["venue"] or "")
