"""A date that restates the day of the meeting it belongs to is no second meeting: later on
the same line ("Sat 20 Mar, 10am — Weekend field trip (Sat 20 – Sun 21 March)") or on the line
without a time right under a timed date line ("March 20 @ 8:30 am" / "Spring Steward Training
(2 days, Mar 20-21)"). A range it gives becomes the meeting's ``end_date``; the line under is
the meeting's detail, noted. From the Norwich diary and the Madison labor calendar of
tests/ingest/corpus/holdout7; the rows are variants written from the pattern, not copied from the
corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


# (language, line, start, end, time)
# fmt: off
SAME_LINE = [
    (None, "Sat 20 Mar, 10am — Weekend field trip: Tolpuddle (Sat 20 – Sun 21 March), coach "
     "from Castle Meadow", "2027-03-20", "2027-03-21", "10:00"),
    (None, "Friday 5 February, 6pm – Winter school (Friday 5 to Sunday 7 February), Ruskin "
     "College, Oxford", "2027-02-05", "2027-02-07", "18:00"),
    ("de", "Sa., 20. März, 10 Uhr – Wochenendfahrt nach Weimar (Samstag, 20. – Sonntag, "
     "21. März), Abfahrt Hauptbahnhof", "2027-03-20", "2027-03-21", "10:00"),
    ("fr", "Samedi 20 mars, 10 h – Week-end à Lyon (samedi 20 – dimanche 21 mars), départ gare "
     "Montparnasse", "2027-03-20", "2027-03-21", "10:00"),
    ("es", "Sábado 20 de marzo, 10:00 h – Escuela de fin de semana (sábado 20 – domingo 21 de "
     "marzo), Ateneo, calle del Prado 21", "2027-03-20", "2027-03-21", "10:00"),
]
# fmt: on


@pytest.mark.parametrize("lang,line,start,end,time", SAME_LINE)
def test_a_range_later_on_the_line_is_the_meetings_span(lang, line, start, end, time):
    ms = parse(line + "\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.end_date, m.start_time) for m in ms] == [(start, end, time)]


# (language, date line, the title line under it, start, end)
# fmt: off
NEXT_LINE = [
    (None, "March 20 @ 8:30 am - 3:00 pm CST", "Spring Steward Training (2 days, Mar 20-21)",
     "2027-03-20", "2027-03-21"),
    (None, "Saturday 20 March, 9am", "Organiser training (Saturday 20 March)", "2027-03-20", None),
    ("de", "Samstag, 20. März, 9 Uhr", "Schulung für Vertrauensleute (20.–21. März)",
     "2027-03-20", "2027-03-21"),
    ("fr", "Samedi 20 mars, 9 h", "Formation des délégués (20-21 mars)", "2027-03-20", "2027-03-21"),
    ("es", "Sábado 20 de marzo, 9:00 h", "Formación sindical (20 y 21 de marzo)", "2027-03-20",
     "2027-03-21"),
]
# fmt: on


def _calendar(first: str, title: str) -> str:
    return (
        f"Calendar\n\n{first}\n\n{title}\n\nLabor Temple, 1602 S Park St\n\n"
        "April 3 @ 6:30 pm\n\nMonthly Delegates Meeting\n\nLabor Temple, 1602 S Park St\n"
    )


@pytest.mark.parametrize("lang,first,title,start,end", NEXT_LINE)
def test_a_line_under_that_restates_the_day_is_a_detail(lang, first, title, start, end):
    listing = parse(_calendar(first, title), as_of=AS_OF, lang=lang)
    ms = listing.meetings
    assert [m.date for m in ms] == [start, "2027-04-03"]
    assert ms[0].end_date == end
    assert ms[0].start_time == ("08:30" if "8:30" in first else "09:00")
    assert any(w.line == 5 and "restates" in w.reason for w in listing.warnings)


def test_a_sentence_that_names_the_day_again_stays_its_own():
    """Not in brackets and no range: a line of its own ("is Saturday 20 March still on?")."""
    listing = parse(_calendar("March 20 @ 8:30 am", "Is Saturday, March 20 still on?"), as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2027-03-20", "2027-03-20", "2027-04-03"]


def test_an_untimed_line_of_another_day_stays_a_meeting():
    listing = parse(_calendar("March 20 @ 8:30 am", "Follow-up session, March 27"), as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2027-03-20", "2027-03-27", "2027-04-03"]


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "calendar.txt"
    path.write_text(_calendar(*NEXT_LINE[0][1:3]), encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["end_date"], m["start_time"]) for m in ms] == [
        ("2027-03-20", "2027-03-21", "08:30"),
        ("2027-04-03", None, "18:30"),
    ]
