"""A date line without a time whose sentence wraps onto the line under it ("Sunday, 12/20 —
Committee on Ministry and Care meets at 9 am in the Library / room of the Meetinghouse.",
"Samstag, 16. Januar — Regionaltreffen im Gewerkschaftshaus, / wir treffen uns um 15.30 Uhr …")
takes its start from the time that sentence gives after "at", "um", "à", "a las" or a comma;
a time for getting there ("Carpools leave … at 9:15", "Abfahrt … um 8 Uhr") is not the meeting's.
The pattern is from the Quaker newsletter of tests/ingest/corpus/holdout13; the rows are
variants written from the pattern (cities, languages, separators), not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
ROWS = [
    # the time on the wrapped line, after a comma
    (None, "Sunday, 12/13\n  Meeting for Business, 12:15 pm, after rise of worship.\n"
     "  Oakwood Meetinghouse.", "2026-12-13", "12:15"),
    # the time on the date line, the sentence wrapping on under it
    (None, "Sunday, 12/20 — Finance Committee meets at 9 am in the Library\n"
     "  room of the Oakwood Meetinghouse.", "2026-12-20", "09:00"),
    # the meeting's time, not the carpool's that follows
    (None, "Saturday, January 16 — Regional gathering at Harrow Friends House,\n"
     "  worship at 10:30 am followed by lunch. Carpools leave the lot at 9:15.",
     "2027-01-16", "10:30"),
    # the trip's time first: the meeting's is the one after it
    (None, "Saturday, March 6 — Spring retreat at Pendle Barn,\n"
     "  the bus leaves the church at 8:45; sessions begin at 10 am.", "2027-03-06", "10:00"),
    # a time with a bracketed remark after it on the date line
    (None, "Wednesday, 2/17 — Study group in the annex, 6:45 pm (bring the reader).",
     "2027-02-17", "18:45"),
    ("de", "Samstag, 16. Januar — Regionaltreffen im Gewerkschaftshaus Bochum,\n"
     "  wir treffen uns um 15.30 Uhr im großen Saal.", "2027-01-16", "15:30"),
    ("de", "Dienstag, 9. Februar — Mitgliederversammlung in Kassel;\n"
     "  Abfahrt am Hauptbahnhof um 8 Uhr, Beginn gegen 11 Uhr im Bürgerhaus.",
     "2027-02-09", "11:00"),
    ("fr", "Samedi 23 janvier — Manifestation contre la réforme à Lyon,\n"
     "  rendez-vous à 18 h devant la mairie du 1er.", "2027-01-23", "18:00"),
    ("fr", "Jeudi 4 février — Assemblée du comité de quartier,\n"
     "  elle commence à 19 h 30 à la Maison des associations de Nantes.", "2027-02-04", "19:30"),
    ("es", "Viernes 15 de enero — Asamblea abierta en Zaragoza,\n"
     "  nos vemos a las 19 h en el Centro Cívico Delicias.", "2027-01-15", "19:00"),
    ("es", "Martes 2 de febrero — Reunión de la sección sindical,\n"
     "  comienza a las 17:30 en la sala 3 de la Casa del Pueblo.", "2027-02-02", "17:30"),
]
# fmt: on


@pytest.mark.parametrize("lang,entry,day,time", ROWS)
def test_the_wrapped_sentence_gives_the_start(lang, entry, day, time):
    (m,) = parse(f"Calendar\n\n{entry}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time, m.time_tba) == (day, time, False)


@pytest.mark.parametrize(
    "entry",
    [
        "Sunday, 12/20 — Finance Committee in the Library,\n  please send reports by 5 pm.",
        "Sonntag, 20. Dezember — Kassenprüfung im Vereinsheim,\n  Berichte bitte bis 17 Uhr.",
    ],
)
def test_a_deadline_in_the_wrapped_sentence_is_no_start(entry):
    listing = parse(
        f"Calendar\n\n{entry}\n", as_of=AS_OF, lang="de" if "Sonntag" in entry else None
    )
    (m,) = listing.meetings
    assert m.start_time is None and m.time_tba
    assert any("no start time" in w.reason for w in listing.warnings)


def test_only_a_trip_time_leaves_the_start_open():
    entry = "Saturday, January 16 — Quarterly Meeting at Uwchlan,\n  carpools leave at 9:15.\n"
    (m,) = parse(f"Calendar\n\n{entry}", as_of=AS_OF).meetings
    assert m.start_time is None and m.time_tba


def test_a_newsletter_calendar_reads_each_entrys_time_and_nothing_else():
    page = """OAKWOOD MONTHLY MEETING
Newsletter — Twelfth Month 2026

CALENDAR

First Day, Twelfth Month 13 (Sunday, 12/13)
  Meeting for Worship with Attention to Business, 12:15 pm, after rise of meeting.
  Oakwood Meetinghouse. Bring a dish to share.

Sunday, 12/20 — Committee on Care meets at 9 am in the Library
  room of the Oakwood Meetinghouse.

Thursday, December 24 — Christmas Eve meeting for worship, 7:00 pm,
  Oakwood Meetinghouse.

Saturday, January 16 — Quarterly Meeting at Harrow Friends House,
  worship at 10 am followed by business. Carpools leave our parking lot at 9:15.
"""
    got = [(m.date, m.start_time) for m in parse(page, as_of=AS_OF).meetings]
    assert got == [
        ("2026-12-13", "12:15"),
        ("2026-12-20", "09:00"),
        ("2026-12-24", "19:00"),
        ("2027-01-16", "10:00"),
    ]
