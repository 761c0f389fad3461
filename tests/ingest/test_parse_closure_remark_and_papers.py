"""Two of session 40's rules, kept to what they were for (its review's cases):

- A date and time whose only words are a bracketed remark that the hall is closed ("Monday 21
  December – 7.30pm (hall closed for the holidays)") says there is no meeting that day: no
  meeting, a warning, and the line is no detail of the meetings beside it. A place named before
  such a remark ("– 7pm – NB at Leith Library (the Community Centre is closed …)") is where the
  meeting moved: a meeting.
- A line that links minutes is a record of a meeting held ("– draft minutes (PDF)"), but not when
  the minutes come with the agenda, or are the last meeting's: those are the papers of the
  meeting on the line ("AGM – agenda and last year's minutes (PDF)")."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (closed line, next meeting line, its venue)
CLOSED = [
    ("Monday 21 December – 7.30pm (hall closed for the holidays)",
     "Monday 4 January – 7.30pm – St Mark's Hall", "St Mark's Hall"),
    ("Montag, 21. Dezember – 19.30 Uhr (Saal über die Feiertage geschlossen)",
     "Montag, 4. Januar – 19.30 Uhr – Gemeindehaus St. Markus", "Gemeindehaus St. Markus"),
    ("Lundi 21 décembre – 19h30 (salle fermée pendant les fêtes)",
     "Lundi 4 janvier – 19h30 – Salle Jean-Jaurès", "Salle Jean-Jaurès"),
    ("Lunes 21 de diciembre – 19:30 h (local cerrado por vacaciones)",
     "Lunes 4 de enero – 19:30 h – Centro Cívico Delicias", "Centro Cívico Delicias"),
]  # fmt: skip


@pytest.mark.parametrize("closed,meeting,venue", CLOSED, ids=["en", "de", "fr", "es"])
def test_a_closure_remark_after_the_time_is_no_meeting(
    closed: str, meeting: str, venue: str
) -> None:
    listing = parse(f"Meetings\n\n{closed}\n{meeting}\n", as_of=AS_OF)
    assert [(m.date, m.start_time, m.venue) for m in listing.meetings] == [
        ("2027-01-04", "19:30", venue)
    ]
    assert not any("21" in (m.place or "") for m in listing.meetings)
    assert any(w.line == 3 and "not a meeting" in w.reason for w in listing.warnings)


def test_a_place_before_the_closure_remark_is_where_the_meeting_moved() -> None:
    text = (
        "Meetings\n\nThursday 10 December – 7pm – NB at Leith Library (the Community Centre is "
        "closed for maintenance)\n"
    )
    (m,) = parse(text, as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2026-12-10", "19:00")
    assert (m.venue or "").startswith("Leith Library")


PAPERS = [
    ("Thursday 10 December 2026 – AGM – agenda and last year's minutes (PDF, 120 KB)",
     "Committee Room 2, Civic Centre"),
    ("10.12.2026 – Mitgliederversammlung – Einladung und Protokoll der letzten Sitzung (PDF)",
     "Gewerkschaftshaus, Saal 1"),
    ("Jeudi 10 décembre 2026 – Assemblée générale – ordre du jour et procès-verbal de la dernière "
     "AG (PDF)", "Bourse du Travail, salle 3"),
    ("Jueves 10 de diciembre de 2026 – Asamblea general – orden del día y acta anterior (PDF)",
     "Ateneo, sala 2"),
]  # fmt: skip


@pytest.mark.parametrize("line,place", PAPERS, ids=["en", "de", "fr", "es"])
def test_the_papers_of_a_meeting_to_come_keep_it(line: str, place: str) -> None:
    got = parse(f"Branch meetings\n\n{line}\n{place}\n", as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2026-12-10"]


@pytest.mark.parametrize(
    "line",
    [
        "Monday 9th November 2026 – draft minutes (PDF, 212 KB)",
        "Montag, 9. November 2026 – Protokoll (PDF, 212 KB)",
        "Lundi 9 novembre 2026 – compte rendu (PDF)",
        "Lunes 9 de noviembre de 2026 – acta (PDF)",
    ],
    ids=["en", "de", "fr", "es"],
)
def test_minutes_alone_are_a_record(line: str) -> None:
    text = f"Branch meetings\n\n{line}\n\nThursday 10 December 2026, 7pm – Branch meeting, Civic Centre\n"
    got = parse(text, as_of=date(2026, 11, 20)).meetings
    assert [m.date for m in got] == ["2026-12-10"]


# An event at its time, then a remark that the usual meeting is off that day: the event is on.
EVENT_THEN_NO_USUAL = [
    "Sa 12.12., 15 Uhr – Weihnachtsfeier im Vereinsheim (kein Training)",
    "Sa 12.12., 14 Uhr – Heimspiel gegen TSV Wolfsanger, Sportplatz Nord – an diesem Tag kein Training",
    "Sat 12 Dec, 3pm – Christmas party at the clubhouse (no training)",
    "Sam. 12 déc., 15 h – Fête de Noël au club-house (pas d'entraînement)",
    "Sáb 12 dic, 15 h – Fiesta de Navidad en el club (no hay entrenamiento)",
]


@pytest.mark.parametrize("line", EVENT_THEN_NO_USUAL, ids=["de", "de-dash", "en", "fr", "es"])
def test_an_event_with_a_no_usual_meeting_remark_is_on(line: str) -> None:
    got = parse(f"Termine\n\n{line}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time is not None) for m in got] == [("2026-12-12", True)]


@pytest.mark.parametrize(
    "line",
    ["Sa 12.12. – kein Training", "Sáb 12 dic – no hay entrenamiento"],
    ids=["de", "es"],
)
def test_a_date_that_only_says_no_training_is_no_meeting(line: str) -> None:
    got = parse(f"Termine\n\n{line}\nDi 15.12., 18 Uhr – Training, Sporthalle Nord\n", as_of=AS_OF)
    assert [m.date for m in got.meetings] == ["2026-12-15"]
