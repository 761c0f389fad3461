"""A paragraph that says when and where a list's meetings are held may wrap, its time on a later
line than its opening ("Delegate meetings are normally held on the third Wednesday of every
month at" / "7.30pm at Unity Works, 22 Westgate"): every date of the list under it takes that
time and place, and a row's own time ("– 1900hrs (please note earlier start)") beats it. From
the trades council page of tests/ingest/corpus/holdout11; the rows are variants written from the
pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 5)


def _where(m) -> str:
    return " ".join(str(v) for v in (m.venue, m.address, m.room, m.city, m.place) if v)


# (language, intro paragraph wrapped over lines, the list's dates, time, a word of the place)
# fmt: off
ROWS = [
    ("en", "Branch meetings are normally held on the second Tuesday of each month\n"
           "at 7pm in the Trades Hall, 14 Gower Street, Cardiff CF10 3AB.",
     "Tuesday 9 February 2027\nTuesday 9 March 2027\nTuesday 13 April 2027", "19:00",
     "Trades Hall"),
    ("en", "Our meetings are usually held on the first Thursday of the month, starting\n"
           "at 6.30pm at the Miners' Institute, Market Street, Barnsley.",
     "Thursday 4th February 2027\nThursday 4th March 2027", "18:30", "Miners' Institute"),
    ("en", "The committee usually meets on the last Monday of the month\n"
           "at 18:00 in the Red Lion, 5 Castle Street, Lancaster.",
     "Monday 25 January 2027\nMonday 22 February 2027\nMonday 29 March 2027", "18:00",
     "Red Lion"),
    ("de", "Die Sitzungen des Ortsvorstands finden jeden zweiten Montag im Monat\n"
           "um 19 Uhr im Gewerkschaftshaus, Spohrstraße 6, Kassel statt.",
     "Montag, 8. Februar 2027\nMontag, 8. März 2027", "19:00", "Gewerkschaftshaus"),
    ("de", "Unsere Treffen finden immer am ersten Mittwoch des Monats\n"
           "um 18:30 Uhr im Bürgerhaus Nord, Saal 2 statt.",
     "Mittwoch, 3. Februar 2027\nMittwoch, 3. März 2027\nMittwoch, 7. April 2027", "18:30",
     "Bürgerhaus Nord"),
    ("fr", "Les réunions ont lieu le premier jeudi du mois\n"
           "à 19 h à la Bourse du Travail, 3 rue du Château-d'Eau, Paris.",
     "jeudi 4 février 2027\njeudi 4 mars 2027", "19:00", "Bourse du Travail"),
    ("fr", "Les permanences se tiennent chaque samedi matin, en général\n"
           "à 10 h 30 à la Maison des Syndicats, salle 4.",
     "samedi 6 février 2027\nsamedi 13 février 2027", "10:30", "Maison des Syndicats"),
    ("es", "Las asambleas se celebran el primer martes de cada mes\n"
           "a las 19:00 en el Ateneo Popular, calle Mayor 12, Zaragoza.",
     "martes 2 de febrero de 2027\nmartes 2 de marzo de 2027", "19:00", "Ateneo Popular"),
]
# fmt: on


@pytest.mark.parametrize("lang,intro,dates,time,place", ROWS)
def test_a_wrapped_held_sentence_gives_each_date_its_time_and_place(
    lang, intro, dates, time, place
):
    page = f"MEETINGS\n\n{intro}\n\nDates\n\n{dates}\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(ms) == dates.count("\n") + 1
    for m in ms:
        assert m.start_time == time
        assert place.casefold() in _where(m).casefold()


def test_a_wrapped_sentence_with_no_time_gives_none():
    page = (
        "MEETINGS\n\nBranch meetings are normally held on the second Tuesday of the month\n"
        "in the Trades Hall; see the notices for any change.\n\n"
        "Tuesday 9 February 2027\nTuesday 9 March 2027\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2027-02-09", "2027-03-09"]
    assert all(m.start_time is None for m in ms)


PAGE = """\
Hull & District Trades Union Council

MEETINGS

Delegate meetings are normally held on the fourth Thursday of every month at
7pm at the Railway Club, 9 Anlaby Road, Hull HU1 2PJ (upstairs, the Long Room).
Visitors are welcome.

Meeting dates 2027

  Thursday 28th January 2027 – 1900hrs
  Thursday 25th February 2027 – 1900hrs
  Thursday 25th March 2027 – ANNUAL GENERAL MEETING – 1830hrs (please note earlier start)
  Thursday 22nd April 2027 – 1900hrs

Report of the December meeting
Our meeting on Thursday 17th December 2026 heard from the bus drivers' strike committee.
"""


def test_the_page_reads_every_row_with_the_lists_place_and_the_rows_override():
    ms = parse(PAGE, as_of=AS_OF).meetings
    got = [(m.date, m.start_time) for m in ms]
    assert got == [
        ("2027-01-28", "19:00"),
        ("2027-02-25", "19:00"),
        ("2027-03-25", "18:30"),
        ("2027-04-22", "19:00"),
    ]
    assert all(m.venue == "Railway Club" for m in ms)


# The same sentence on one line, in the other ways the family writes it: "are at", "son a las",
# "sont à", "sind um", a colon after the list's noun.
# fmt: off
ONE_LINE = [
    ("en", "Our meetings are at 7.30pm in the Trades Hall, 4 Mill Road.",
     "Tuesday 12 January 2027\nTuesday 9 February 2027", "19:30", "Trades Hall"),
    ("en", "All sessions: 6.30pm, Room 4, Brunswick Building.",
     "Tuesday 12 January 2027\nTuesday 9 February 2027", "18:30", "Brunswick Building"),
    ("es", "Las reuniones son a las 19:00 en el Ateneo Popular.",
     "martes 12 de enero de 2027\nmartes 9 de febrero de 2027", "19:00", "Ateneo Popular"),
    ("fr", "Les réunions sont à 18 h 30 à la Maison des Syndicats.",
     "mardi 12 janvier 2027\nmardi 9 février 2027", "18:30", "Maison des Syndicats"),
    ("de", "Die Treffen sind jeweils um 19 Uhr im Café Kante, Lindenstraße 5.",
     "Dienstag, 12. Januar 2027\nDienstag, 9. Februar 2027", "19:00", "Café Kante"),
]
# fmt: on


@pytest.mark.parametrize("lang,intro,dates,time,place", ONE_LINE)
def test_a_one_line_held_sentence_gives_each_date_its_time_and_place(
    lang, intro, dates, time, place
):
    page = f"MEETINGS\n\n{intro}\n\n{dates}\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 2
    for m in ms:
        assert m.start_time == time
        assert place.casefold() in _where(m).casefold()
