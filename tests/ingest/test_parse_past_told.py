"""An entry dated before the page's date, without its year, whose words say it took place
("Last term our meeting on 12 November drew 60 students", "Am 8. November fand unser Treffen
… statt", "La réunion du 12 novembre a eu lieu …", "La charla del 12 de noviembre tuvo lugar
…") is a report of a past meeting: warned about, not read as a meeting to come. Only when the
page's date is known (given, or its dateline): a date read from the import day may be off.
Before, holdout13's Welsh leaflet gave its "Last term" sentence as a meeting. The rows are
written from the pattern: past-tense verbs, "last term", "la semaine dernière", "el mes
pasado", a recap's and a report's words, in the languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

# fmt: off
# (lang, the line that tells of a past meeting, the page's meeting to come, its (date, time))
ROWS = [
    ("en", "Last term our meeting on 12 November, 7pm at Leeds University drew 60 students.",
     "Next meeting: Thursday 14 January, 7pm, Leeds University Union", ("2027-01-14", "19:00")),
    ("en", "Our forum on Thursday 5 November, 6.30pm in Bristol was held in a packed hall.",
     "Public meeting: Saturday 16 January, 2pm, Central Library, Bristol", ("2027-01-16", "14:00")),
    ("en", "Recap: the Glasgow meeting, Tuesday 10 November at 7pm, Adelphi Centre.",
     "Glasgow: Tuesday 19 January, 7pm, Adelphi Centre", ("2027-01-19", "19:00")),
    ("en", "More than 40 people turned out on 18 November at 7pm at the Sheffield Students' Union.",
     "Sheffield: Wednesday 20 January, 7pm, Students' Union, Room 4", ("2027-01-20", "19:00")),
    ("de", "Am 8. November um 18 Uhr fand unser Treffen im Gewerkschaftshaus Leipzig statt.",
     "Nächstes Treffen: Freitag, 15. Januar, 19 Uhr, Gewerkschaftshaus Leipzig", ("2027-01-15", "19:00")),
    ("de", "Rückblick: Diskussion am 12.11. um 19 Uhr in der Stadtbibliothek Kassel",
     "Lesekreis: Mittwoch, 13. Januar, 18:30 Uhr, Stadtbibliothek Kassel", ("2027-01-13", "18:30")),
    ("fr", "La réunion du jeudi 12 novembre à 18 h à la Bourse du Travail de Lyon a eu lieu devant 80 personnes.",
     "Assemblée générale le jeudi 14 janvier à 18 h, Bourse du Travail, Lyon", ("2027-01-14", "18:00")),
    ("fr", "La semaine dernière, le 18 novembre à 19 h, salle Jean-Jaurès à Nantes : compte rendu en ligne.",
     "Réunion publique samedi 9 janvier à 14 h, Maison des associations, Nantes", ("2027-01-09", "14:00")),
    ("es", "La charla del 12 de noviembre a las 19:00 en el Ateneo de Valencia tuvo lugar con sala llena.",
     "Asamblea el jueves 14 de enero a las 19:00 en el Ateneo de Valencia", ("2027-01-14", "19:00")),
    ("es", "El mes pasado, el 3 de noviembre a las 18:00, asistieron 50 personas en la Biblioteca de Zaragoza.",
     "Charla: sábado 16 de enero, 12:00, Biblioteca Municipal de Zaragoza", ("2027-01-16", "12:00")),
]
# fmt: on


@pytest.mark.parametrize("lang,told,coming,when", ROWS)
def test_a_past_meeting_the_page_reports_is_no_meeting(lang, told, coming, when):
    listing = parse(f"{told}\n\n{coming}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]
    assert any(w.line == 1 for w in listing.warnings)


@pytest.mark.parametrize("lang,told,coming,when", ROWS[:1] + ROWS[4:5] + ROWS[6:7] + ROWS[8:9])
def test_without_the_page_date_the_report_is_kept(lang, told, coming, when):
    listing = parse(f"{told}\n\n{coming}\n", today=AS_OF, lang=lang)
    assert len(listing.meetings) == 2


@pytest.mark.parametrize(
    "line,when",
    [
        # a past date with no words that say it took place: the page may have it wrong
        ("Branch meeting: Thursday 12 November, 7pm, Trades Hall", ("2026-11-12", "19:00")),
        # the words tell of last year; the date is to come
        (
            "Last year our forum drew 200 people; this year it is Saturday 16 January, 2pm, "
            "Central Library",
            ("2027-01-16", "14:00"),
        ),
        (
            "Letztes Jahr kamen 80 Leute. Dieses Jahr: Freitag, 15. Januar, 19 Uhr, Volkshaus",
            ("2027-01-15", "19:00"),
        ),
    ],
)
def test_other_dates_stay(line, when):
    (m,) = parse(f"{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == when


PAGE = """\
IYSSE Scotland: winter meetings

Last term our meeting on 10 November at 7pm
at Glasgow University drew 45 students.

Glasgow
Tuesday 19 January, 7pm
Adelphi Centre, 12 Commercial Road

Edinburgh
Thursday 21 January, 6.30pm
Teviot Row House, Room 3
"""


def test_a_leaflet_keeps_its_meetings_and_not_its_report():
    listing = parse(PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2027-01-19", "19:00"), ("2027-01-21", "18:30")]
    assert any(w.line == 3 and "took place" in w.reason for w in listing.warnings)
