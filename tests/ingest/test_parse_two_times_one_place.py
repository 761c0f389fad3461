"""One date held twice at one place, its times written so that only the last shows the clock
("um 14 und um 19 Uhr", "at 2 and at 7 pm", "à 14 et à 19 h", "a las 14 y a las 19 h"), or
written on the line under the date line, before the place ("Dienstag, 26. Januar – zweimal,
damit alle Schichten kommen können: / um 14:00 Uhr und um 19:00 Uhr, Hörsaal Haus C"): a meeting
per time, each at that place. The pattern is from the ver.di e-mail of
tests/ingest/corpus/holdout13; the rows are variants written from the pattern."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


def _where(m) -> str:
    return " | ".join(str(v) for v in (m.venue, m.room, m.address, m.place) if v)


# (lang, text, date, times, a word of the place)
# fmt: off
ROWS = [
    ("de", "Betriebsversammlung am Dienstag, 26. Januar, um 14 und um 19 Uhr, im Hörsaal Haus C.",
     "2027-01-26", ["14:00", "19:00"], "Hörsaal Haus C"),
    ("de", "Mitgliedertreffen am Mittwoch, 3. Februar, um 6 und um 15 Uhr in der Kantine",
     "2027-02-03", ["06:00", "15:00"], "Kantine"),
    (None, "Members meeting on Tuesday, 26 January at 2 and at 7 pm in Room 4",
     "2027-01-26", ["14:00", "19:00"], "Room 4"),
    (None, "Shift meeting, Saturday 30 January at 12 and 5 pm, Union Hall",
     "2027-01-30", ["12:00", "17:00"], "Union Hall"),
    ("fr", "Assemblée le mardi 26 janvier à 14 et à 19 h, salle B",
     "2027-01-26", ["14:00", "19:00"], "salle B"),
    ("es", "Asamblea el martes 26 de enero a las 14 y a las 19 h, en el aula 3",
     "2027-01-26", ["14:00", "19:00"], "aula 3"),
    ("de", "Personalversammlung\nDonnerstag, 4. Februar – zweimal, damit alle Schichten kommen "
     "können:\num 13:30 Uhr und um 20:00 Uhr, Festsaal im Haus B",
     "2027-02-04", ["13:30", "20:00"], "Festsaal"),
    (None, "All-staff meeting\nWednesday 3 February – twice, so that every shift can come:\nat "
     "2 pm and at 8 pm, Room 12, Union Hall",
     "2027-02-03", ["14:00", "20:00"], "Union Hall"),
    ("fr", "Assemblée du personnel\nmercredi 3 février – deux fois, pour toutes les équipes :\n"
     "à 14 h et à 21 h, salle des fêtes",
     "2027-02-03", ["14:00", "21:00"], "salle des fêtes"),
    ("es", "Asamblea de personal\nmiércoles 3 de febrero – dos veces, para todos los turnos:\n"
     "a las 15:00 y a las 21:00 h, salón de actos",
     "2027-02-03", ["15:00", "21:00"], "salón de actos"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "day", "times", "place"), ROWS)
def test_one_date_held_twice_gives_a_meeting_per_time_at_its_place(lang, text, day, times, place):
    meetings = parse(text, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in meetings] == [(day, t) for t in times]
    for m in meetings:
        assert place in _where(m), _where(m)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Meeting on Tuesday, 26 January at 7 and 8 pm", ["19:00", "20:00"]),
        # the bare hour is not earlier: no second meeting is made up
        ("Meeting on Tuesday, 26 January at 11 and at 7 pm, Room 4", ["19:00"]),
        # no preposition before the bare number: a date's day, not a time
        ("Meetings on Tuesday 26 and 27 January at 7 pm, Room 4", None),
    ],
)
def test_a_bare_hour_is_a_time_only_when_led_in_and_earlier(text, times):
    meetings = parse(text, as_of=AS_OF).meetings
    if times is None:
        assert "19:00" in [m.start_time for m in meetings]
        assert all(m.start_time == "19:00" for m in meetings)
    else:
        assert [m.start_time for m in meetings] == times


PAGE = """\
Liebe Kolleginnen und Kollegen,

hier unsere Termine:

1) Betriebsgruppentreffen
   Donnerstag, 10. Dezember, 16:00 Uhr, Gewerkschaftshaus, Raum 3

2) Betriebsversammlung zur Tarifrunde
   Dienstag, 26. Januar – zweimal, damit alle Schichten kommen können:
   um 14:00 Uhr und um 19:00 Uhr, Hörsaal Haus C

3) Aktiventreffen am Mittwoch, 3. Februar, um 6 und um 15 Uhr in der Kantine.

Solidarische Grüße
"""


def test_a_mails_entries_each_keep_their_own_times_and_places():
    meetings = parse(PAGE, as_of=AS_OF, lang="de").meetings
    got = [(m.date, m.start_time) for m in meetings]
    assert got == [
        ("2026-12-10", "16:00"),
        ("2027-01-26", "14:00"),
        ("2027-01-26", "19:00"),
        ("2027-02-03", "06:00"),
        ("2027-02-03", "15:00"),
    ]
    places = ["Gewerkschaftshaus", "Hörsaal Haus C", "Hörsaal Haus C", "Kantine", "Kantine"]
    for m, place in zip(meetings, places, strict=True):
        assert place in _where(m), _where(m)
    assert "Schichten" not in _where(meetings[1])
