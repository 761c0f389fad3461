"""A notice that says there is no meeting on a day, in a sentence of its own after a meeting's
("… at Central Meeting House (one hour). There will be no mid-week meeting on Wednesday 30th
December."), or alone, with a word qualifying the meeting ("no mid-week meeting", "kein
reguläres Treffen", "No habrá reunión"): that day is no meeting, and the meeting before it
keeps its own place, not the next sentence's words.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# lang: (the meeting's sentence, the no-meeting sentence, the meeting's place)
NOTICES = {
    "en": ("There will be a Meeting for Worship at 10.30am on Friday 25th December at Central "
           "Meeting House (one hour).", "There will be no mid-week meeting on Wednesday 30th December.",
           "Central Meeting House"),
    "de": ("Die Andacht ist am Freitag, 25. Dezember, um 10.30 Uhr im Gemeindehaus.",
           "Am Mittwoch, 30. Dezember, findet kein reguläres Treffen statt.", "Gemeindehaus"),
    "fr": ("Le culte a lieu le vendredi 25 décembre à 10h30 à la Maison paroissiale.",
           "Pas de réunion mensuelle le mercredi 30 décembre.", "Maison paroissiale"),
    "es": ("La misa será el viernes 25 de diciembre a las 10:30 en la Casa Parroquial.",
           "No habrá reunión el miércoles 30 de diciembre.", "Casa Parroquial"),
}  # fmt: skip


def _page(*lines: str) -> str:
    return "Notices\n\n" + "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", sorted(NOTICES))
def test_a_no_meeting_sentence_after_a_meeting_is_no_meeting(lang: str) -> None:
    meeting, none, place = NOTICES[lang]
    (m,) = parse(_page(f"{meeting} {none}"), as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2026-12-25", "10:30")
    assert m.venue == place


@pytest.mark.parametrize("lang", sorted(NOTICES))
def test_a_no_meeting_line_alone_is_no_meeting_and_is_said(lang: str) -> None:
    _, none, _ = NOTICES[lang]
    listing = parse(_page(none), as_of=AS_OF, lang=lang)
    assert listing.meetings == []
    assert any("30" in w.text for w in listing.warnings)  # not dropped unsaid


# A sentence that names the next meeting after a no-meeting notice is still read, and a meeting
# whose title only mentions a break is still a meeting.
LOOK_ALIKES = [
    ("en", "Wednesday 16 December, 7pm: Christmas social before the winter break, Trades Hall",
     ("2026-12-16", "19:00")),
    ("de", "Mittwoch, 16. Dezember, 19 Uhr: Jahresabschluss vor der Pause, Gewerkschaftshaus",
     ("2026-12-16", "19:00")),
    ("fr", "Mercredi 16 décembre, 19h : soirée avant la pause d'hiver, Bourse du travail",
     ("2026-12-16", "19:00")),
    ("es", "Miércoles 16 de diciembre, 19:00: fiesta antes de la pausa, Casa del Pueblo",
     ("2026-12-16", "19:00")),
    # a remark after the meeting's own title and place on its month's regular meeting
    ("en", "Tuesday 8 December 2026, 7pm – Christmas social at the Red Lion (no regular meeting "
     "in December)", ("2026-12-08", "19:00")),
    ("de", "Dienstag, 8. Dezember 2026, 19 Uhr – Weihnachtsfeier im Vereinsheim (kein reguläres "
     "Treffen im Dezember)", ("2026-12-08", "19:00")),
    # a remark that another place has no meeting that day
    ("en", "One meeting only, at Jesus Lane, on Christmas Day, Friday 25 December, at 10.30am "
     "(no meeting at Hartington Grove that day).", ("2026-12-25", "10:30")),
    ("de", "Nur ein Gottesdienst am Freitag, 25. Dezember, um 10.30 Uhr in der Kreuzkirche (kein "
     "Treffen im Gemeindehaus Nord an diesem Tag).", ("2026-12-25", "10:30")),
    ("fr", "Une seule réunion le vendredi 25 décembre à 10h30 au temple (pas de réunion à la "
     "Maison paroissiale ce jour-là).", ("2026-12-25", "10:30")),
    ("es", "Una sola reunión el viernes 25 de diciembre a las 10:30 en la parroquia (no hay "
     "reunión en el Centro Cívico ese día).", ("2026-12-25", "10:30")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line", "want"), LOOK_ALIKES)
def test_a_meeting_that_mentions_a_break_stays_a_meeting(lang: str, line: str, want) -> None:
    meetings = parse(_page(line), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in meetings] == [want]


# The date's own remark in its next sentence, naming no day of its own, still says there is no
# meeting that day, though a later day follows in another clause.
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Thursday 24 December 2026: Christmas Eve. There will be no meeting; we meet again on 7 January 2027."),
        ("en", "Wednesday 16 December 2026, 7pm: Reading week. No seminar. Next one on 13 January."),
        ("de", "Donnerstag, 24. Dezember 2026: Heiligabend. Kein Treffen; wir sehen uns wieder am 7. Januar 2027."),
        ("fr", "Jeudi 24 décembre 2026 : réveillon. Pas de réunion ; reprise le 7 janvier 2027."),
        ("es", "Jueves 24 de diciembre de 2026: Nochebuena. No habrá reunión; volvemos el 7 de enero de 2027."),
    ],
)  # fmt: skip
def test_the_dates_own_no_meeting_remark_still_counts(lang: str, line: str) -> None:
    assert [
        m.date for m in parse(_page(line), as_of=AS_OF, lang=lang).meetings if m.date < "2027"
    ] == []


@pytest.mark.parametrize(
    "line",
    [
        "There are no colloquia during the winter break or Reading Week (February 15–19).",
        "There will be no seminars during Reading Week (February 15–19).",
        "No lectures during the winter break (December 21 – January 8).",
    ],
)
def test_no_colloquia_over_a_range_is_no_meeting(line: str) -> None:
    """A plural of the series' name ("no colloquia", "no seminars") over a break's range: the
    range is no meeting."""
    page = f"Colloquium\n\nFriday, February 12, 2027 - 3:30pm\nHamilton Hall, Room 305\n\n{line}\n"
    listing = parse(page, as_of=date(2026, 12, 1), lang="en")
    assert [m.date for m in listing.meetings] == ["2027-02-12"]


# A schedule's row that says it is cancelled, then why ("no December meeting"): the meeting,
# cancelled, at the place the list states for all its rows; the rows under it keep their own.
CANCELLED_ROWS = [
    ("en", "All meetings begin at 6:00 PM at the Union Hall, 410 Smith Street.",
     "Tuesday, December 8, 2026 ... CANCELLED – no December meeting. Party details by e-mail.",
     "Tuesday, January 12, 2027 ... Contract campaign kickoff", "Union Hall"),
    ("de", "Alle Versammlungen beginnen um 18 Uhr im Gewerkschaftshaus, Hansastraße 4.",
     "Dienstag, 8. Dezember 2026 ... ABGESAGT – kein Treffen im Dezember.",
     "Dienstag, 12. Januar 2027 ... Auftakt der Tarifrunde", "Gewerkschaftshaus"),
    ("fr", "Toutes les assemblées commencent à 18 h à la Bourse du travail, 3 rue du Lycée.",
     "Mardi 8 décembre 2026 ... ANNULÉ – pas de réunion en décembre.",
     "Mardi 12 janvier 2027 ... Lancement de la campagne", "Bourse du travail"),
    ("es", "Todas las asambleas empiezan a las 18:00 h en la Casa del Pueblo, Calle Mayor 4.",
     "Martes 8 de diciembre de 2026 ... CANCELADA – no hay reunión en diciembre.",
     "Martes 12 de enero de 2027 ... Inicio de la campaña", "Casa del Pueblo"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "cancelled", "after", "place"), CANCELLED_ROWS)
def test_a_cancelled_row_saying_no_meeting_is_the_meeting_cancelled(
    lang: str, rule: str, cancelled: str, after: str, place: str
) -> None:
    page = f"Meetings\n\nGENERAL MEETINGS\n{rule}\n\n  {cancelled}\n  {after}\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.status) for m in meetings] == [
        ("2026-12-08", "18:00", "cancelled"),
        ("2027-01-12", "18:00", "scheduled"),
    ]
    for m in meetings:
        assert m.venue == place
        assert m.place is None or cancelled.split(" ... ")[1][:10] not in m.place
