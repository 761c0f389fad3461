"""A time stated once for a whole list, "unless stated otherwise" ("Alle Veranstaltungen beginnen
um 19 Uhr, sofern nichts anderes angegeben ist"), applies to the entries under it that give no
time of their own, across the town headings that group them ("Basel", "St. Gallen": a bare name
the entry's venue block writes again), and stops at a heading of another kind over two or more
entries ("Committee meetings"). From the Swiss events page of tests/ingest/corpus/holdout6; the rows are variants
written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.calendar import says_unless
from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 5)


def _page(rule: str, dates: tuple[str, str, str], towns=("Aarau", "Chur", "Thun")) -> str:
    first, timed, last = dates
    return (
        f"Veranstaltungen\n\n{rule}\n\n"
        f"{towns[0]}\n\n{first}\nAula, Bahnhofstrasse 4\n5000 {towns[0]}\n\n"
        f"{towns[1]}\n\n{timed}\nKantonsschule, Raum 12\nPlessurquai 1\n7000 {towns[1]}\n\n"
        f"{towns[2]}\n\n{last}\nKulturhaus, Saal 3\nMarktgasse 9\n3600 {towns[2]}\n"
    )


# fmt: off
@pytest.mark.parametrize("rule,dates,lang,want", [
    ("Alle Veranstaltungen beginnen um 19 Uhr, sofern nichts anderes angegeben ist.",
     ("Donnerstag, 14. Januar 2027", "Freitag, 22. Januar 2027, 18.30 Uhr",
      "Mittwoch, 3. Februar 2027"), "de", "19:00"),
    ("Die Treffen beginnen um 19.30 Uhr, soweit nicht anders angegeben.",
     ("Do., 14.01.2027", "Fr., 22.01.2027, 18.30 Uhr", "Mi., 03.02.2027"), "de", "19:30"),
    ("Beginn 18 Uhr, wenn nichts anderes angegeben ist.",
     ("14. Januar 2027", "22. Januar 2027, 18.30 Uhr", "3. Februar 2027"), "de", "18:00"),
    ("Talks are held at 7.15pm unless otherwise stated.",
     ("Thursday 14 January 2027", "Friday 22 January 2027, 6.30pm", "Wednesday 3 February 2027"),
     None, "19:15"),
    ("Les conférences ont lieu à 19 h, sauf indication contraire.",
     ("jeudi 14 janvier 2027", "vendredi 22 janvier 2027, 18 h 30", "mercredi 3 février 2027"),
     "fr", "19:00"),
    ("Las charlas son a las 19:00 h, salvo que se indique lo contrario.",
     ("jueves 14 de enero de 2027", "viernes 22 de enero de 2027, 18:30 h",
      "miércoles 3 de febrero de 2027"), "es", "19:00"),
])
# fmt: on
def test_the_list_time_crosses_town_headings(rule, dates, lang, want):
    ms = parse(_page(rule, dates), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-01-14", want),
        ("2027-01-22", "18:30"),
        ("2027-02-03", want),
    ]


@pytest.mark.parametrize("towns", [("Zug", "Sion", "St. Moritz"), ("Olten", "Biel", "Visp")])
def test_town_names_of_any_length(towns):
    rule = "Alle Veranstaltungen beginnen um 19 Uhr, sofern nichts anderes angegeben ist."
    dates = ("Donnerstag, 14. Januar 2027", "Freitag, 22. Januar 2027, 18 Uhr", "Mi, 3. Feb. 2027")
    ms = parse(_page(rule, dates, towns), as_of=AS_OF, lang="de").meetings
    assert [m.start_time for m in ms] == ["19:00", "18:00", "19:00"]


# fmt: off
@pytest.mark.parametrize("heading", [
    "Retired Members Section",
    "Committee Meetings",
    "Ausschusssitzungen",
])
# fmt: on
def test_a_heading_the_entries_do_not_repeat_ends_the_list_time(heading):
    page = (
        "Branch meetings\n\nMeetings are held at 7pm unless otherwise stated.\n\n"
        "Leeds\n\nThursday 14 January 2027\nQuaker Meeting House, 188 Woodhouse Lane\nLeeds LS2 9DX\n\n"
        "Bradford\n\nThursday 11 February 2027\nCentral Library, Princes Way\nBradford BD1 1NN\n\n"
        f"{heading}\n\nWednesday 3 March 2027\nUnion Office, 12 Park Row\nLeeds LS1 5HD\n\n"
        "Wednesday 7 April 2027\nUnion Office, 12 Park Row\nLeeds LS1 5HD\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-01-14", "19:00"),
        ("2027-02-11", "19:00"),
        ("2027-03-03", None),
        ("2027-04-07", None),
    ]


# fmt: off
@pytest.mark.parametrize("text,says", [
    ("sofern nichts anderes angegeben ist", True),
    ("soweit nicht anders vermerkt", True),
    ("wenn nichts anderes angegeben", True),
    ("unless otherwise stated", True),
    ("sauf mention contraire", True),
    ("salvo indicación contraria", True),
    ("nichts anderes als Kaffee", False),
    ("anders als sonst", False),
])
# fmt: on
def test_what_reads_as_unless_stated(text, says):
    assert says_unless(text) is says


SWISS_PAGE = """\
Kommende Veranstaltungen

Veröffentlicht am 20. November 2026

Alle Veranstaltungen beginnen um 19 Uhr, sofern nichts anderes angegeben ist.

Aarau

Donnerstag, 10. Dezember 2026
Kantonsschule Aarau, Raum 204
Bahnhofstrasse 91
5000 Aarau

Luzern

Mittwoch, 13. Januar 2027, 18.30 Uhr
Hochschule Luzern, Raum 4.22
Zentralstrasse 9
6002 Luzern

Schaffhausen

Donnerstag, 4. Februar 2027
Kammgarn, Saal 2
Baumgartenstrasse 19
8200 Schaffhausen
"""


def test_cli_parse_applies_the_list_time_across_towns(tmp_path):
    path = tmp_path / "veranstaltungen.txt"
    path.write_text(SWISS_PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-11-20")
    assert [(m["date"], m["start_time"]) for m in meetings] == [
        ("2026-12-10", "19:00"),
        ("2027-01-13", "18:30"),
        ("2027-02-04", "19:00"),
    ]
