"""Listings as the world writes them: day-first dates, 24-hour times, numeric dates decided per
page, and German, French and Spanish pages (names from CLDR via babel)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date, find_times, page_language

AS_OF = date(2019, 2, 1)


# fmt: off
@pytest.mark.parametrize("text,start,end", [
    ("19.30", "19:30", None),
    ("19:30 Uhr", "19:30", None),
    ("19 Uhr", "19:00", None),
    ("18h30", "18:30", None),
    ("19 h", "19:00", None),
    ("19h", "19:00", None),
    ("9 h", "09:00", None),  # said to be 24-hour: no evening guess
    ("1900hrs", "19:00", None),
    ("@ 1830hrs", "18:30", None),
    ("1530-1800hrs", "15:30", "18:00"),
    ("1530 - 1800 hrs", "15:30", "18:00"),
    ("Noon", "12:00", None),
    ("midday", "12:00", None),
    ("7.30pm", "19:30", None),
    ("14 bis 16 Uhr", "14:00", "16:00"),
    ("10:00–11:30 Workshop", "10:00", "11:30"),
    ("de 18 h à 20 h", "18:00", "20:00"),
    ("19:00 h", "19:00", None),
])
# fmt: on
def test_24_hour_times(text, start, end):
    tm = find_times(text)
    assert (tm.start_time, tm.end_time, tm.guessed_pm) == (start, end, False)


@pytest.mark.parametrize("text", ["Room 19", "in 3 hours", "2 hrs of talks", "$19.50"])
def test_numbers_that_are_not_24_hour_times(text):
    tm = find_times(text)
    assert tm is None or text == "2 hrs of talks" and tm.start_time == "02:00"


# fmt: off
# text, langs, month, day, year, weekday
DATES = [
    ("Tuesday 5 March", ("en",), 3, 5, None, 1),
    ("5 March 2019, 7.30pm", ("en",), 3, 5, 2019, None),
    ("Sat 9 March – 2pm", ("en",), 3, 9, None, 5),
    ("07.03.2019", ("en",), 3, 7, 2019, None),
    ("7.3. 19 Uhr", ("en",), 3, 7, None, None),
    ("3/7/19", ("en",), 3, 7, 2019, None),  # month-first unless the page says otherwise
    ("13/3/2019", ("en",), 3, 13, 2019, None),  # only fits day-first
    ("Monday 13/3", ("en",), 3, 13, None, 0),
    ("Mar 7/19", ("en",), 3, 7, 2019, None),
    ("Donnerstag, 7. März, 19 Uhr", ("de", "en"), 3, 7, None, 3),
    ("Sa., 9.3., 16 Uhr", ("de", "en"), 3, 9, None, 5),
    ("Mittwoch, 13. März 2019", ("de", "en"), 3, 13, 2019, 2),
    ("jeudi 7 mars à 19 h", ("fr", "en"), 3, 7, None, 3),
    ("le 7 mars 2019 à 19h30", ("fr", "en"), 3, 7, 2019, None),
    ("samedi 9 mars", ("fr", "en"), 3, 9, None, 5),
    ("jueves 7 de marzo, 19:00 h", ("es", "en"), 3, 7, None, 3),
    ("sábado 9 de marzo de 2019", ("es", "en"), 3, 9, 2019, 5),
]
# fmt: on


@pytest.mark.parametrize("text,langs,month,day,year,weekday", DATES)
def test_dates_as_the_world_writes_them(text, langs, month, day, year, weekday):
    dm = find_date(text, langs=langs)
    assert (dm.month, dm.day, dm.year, dm.weekday) == (month, day, year, weekday)


@pytest.mark.parametrize(
    "text", ["Section 2.1. of the rules", "version 1.2.3", "open 24/7", "so 7 of them"]
)
def test_numbers_that_are_not_dates(text):
    assert find_date(text, langs=("de", "en")) is None


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Donnerstag, 7. März, 19 Uhr\nSamstag, 9. März, 16 Uhr", "de"),
        ("jeudi 7 mars à 19 h\nsamedi 9 mars à 14 h", "fr"),
        ("jueves 7 de marzo, 19:00 h\nsábado 9 de marzo", "es"),
        ("Thursday, March 7, 7 pm\nSaturday, March 9", "en"),
        ("Room 12, 7 pm", "en"),
    ],
)
def test_page_language_comes_from_its_own_words(text, lang):
    assert page_language(text) == lang


DE_PAGE = """Veranstaltungen im Frühjahr

Berlin
Donnerstag, 7. März, 19 Uhr
Humboldt-Universität, Hörsaal 2002

Leipzig
Sa., 9.3., 16 Uhr
Universität Leipzig, Hörsaal 9
"""
FR_PAGE = """Réunions publiques

Paris
jeudi 7 mars à 19 h
Bourse du Travail, salle 4

Lyon
le samedi 9 mars 2019 à 14h30
Maison des syndicats
"""
ES_PAGE = """Reuniones

Madrid
jueves 7 de marzo, 19:00 h
Universidad Complutense, Aula 3

Barcelona
sábado 9 de marzo, 18:30 h
Ateneu Barcelonès
"""


@pytest.mark.parametrize("page", [DE_PAGE, FR_PAGE, ES_PAGE], ids=["de", "fr", "es"])
def test_pages_in_other_languages(page):
    listing = parse(page, as_of=AS_OF)
    got = [(m.place, m.date, m.start_time) for m in listing.meetings]
    assert [g[1:] for g in got] == [("2019-03-07", "19:00"), ("2019-03-09", got[1][2])]
    assert got[1][2] in ("16:00", "14:30", "18:30")
    assert [g[0] for g in got] == [page.split("\n")[2], page.split("\n")[6]]
    assert not [w for w in listing.warnings if "Monday" in w.reason or "weekday" in w.reason]


def test_lang_overrides_detection():
    # Nothing on this page says which number comes first: its language decides.
    page = "Meetings\n\nBerlin\n7/3/2019, 19:00\n"
    assert parse(page, as_of=AS_OF).meetings[0].date == "2019-07-03"
    assert parse(page, as_of=AS_OF, lang="de").meetings[0].date == "2019-03-07"


# fmt: off
NUMERIC_PAGES = [
    # a date that only fits day-first decides for the whole page
    ("Spring tour\n\nLeeds\nTuesday 5/3/2019, 7pm\n\nYork\nWednesday 13/3/2019, 7pm\n",
     ["2019-03-05", "2019-03-13"], None),
    # one that only fits month-first decides the other way
    ("Spring tour\n\nDetroit\nTuesday 5/3/2019, 7pm\n\nToledo\nWednesday 3/13/2019, 7pm\n",
     ["2019-05-03", "2019-03-13"], None),
    # nothing decides on an English page: month-first, with a warning
    ("Spring tour\n\nDetroit\n5/3/2019, 7pm\n\nToledo\n6/3/2019, 7pm\n",
     ["2019-05-03", "2019-06-03"], "month-first"),
    # nothing decides on a German page: day-first, with a warning
    ("Veranstaltungen\n\nBerlin\n7/3/2019, 19 Uhr\n\nLeipzig\n9/3/2019, 16 Uhr\n",
     ["2019-03-07", "2019-03-09"], "day-first"),
    # the weekdays decide, without a warning (Thursday 7 March, Saturday 9 March 2019)
    ("Veranstaltungen\n\nBerlin\nDonnerstag, 7/3/2019, 19 Uhr\n\nLeipzig\nSamstag, 9/3/2019, 16 Uhr\n",
     ["2019-03-07", "2019-03-09"], None),
]
# fmt: on


@pytest.mark.parametrize("page,dates,warned", NUMERIC_PAGES)
def test_numeric_dates_are_read_one_way_per_page(page, dates, warned):
    listing = parse(page, as_of=AS_OF)
    assert [m.date for m in listing.meetings] == dates
    order = [w.reason for w in listing.warnings if "day-first or month-first" in w.reason]
    assert (warned in order[0]) if warned else order == []


TWENTY_FOUR_PAGE = """Branch meetings

Manchester
Tuesday 5 March, 19.30
Friends Meeting House, 6 Mount Street

Leeds
Thursday 7 March @ 1830hrs
Leeds University Union, Room 6

Sheffield
Sat 9 March – 2pm
Central Library
"""


def test_a_day_first_page_with_24_hour_times():
    listing = parse(TWENTY_FOUR_PAGE, as_of=AS_OF)
    got = [(m.place, m.date, m.start_time) for m in listing.meetings]
    assert got == [
        ("Manchester", "2019-03-05", "19:30"),
        ("Leeds", "2019-03-07", "18:30"),
        ("Sheffield", "2019-03-09", "14:00"),
    ]
    assert not [w for w in listing.warnings if "am/pm" in w.reason]


def test_cli_parse_reads_a_german_page_and_takes_lang(tmp_path):
    path = tmp_path / "de.txt"
    path.write_text(DE_PAGE, encoding="utf-8")
    for extra in ([], ["--lang", "de"]):
        out = subprocess.run(
            [sys.executable, "-m", "eventmap", "parse", str(path), "--as-of", "2019-02-01", *extra],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        meetings = json.loads(out.stdout)["meetings"]
        assert [(m["date"], m["start_time"]) for m in meetings] == [
            ("2019-03-07", "19:00"),
            ("2019-03-09", "16:00"),
        ]
