"""An hour said with its part of the day is a start time: "a las 7 de la tarde" (19:00), "8 de la
noche" (20:00), "11 de la mañana" (11:00), "à 15 heures", "19 heures 30", "9 heures du matin",
"um 7 Uhr abends" (19:00, not 07:00), "at 8 in the evening". A room's number before such words is
no time. From the French and Spanish chapter pages of tests/ingest/corpus/practice7; the rows are
variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("text,want", [
    ("a las 7 de la tarde", "19:00"),
    ("a las 7:30 de la tarde", "19:30"),
    ("a las 8 de la noche", "20:00"),
    ("a las 11 de la mañana", "11:00"),
    ("à 15 heures", "15:00"),
    ("à 19 heures 30", "19:30"),
    ("à 9 heures du matin", "09:00"),
    ("à 6 heures du soir", "18:00"),
    ("à 3 h de l'après-midi", "15:00"),
    ("um 7 Uhr abends", "19:00"),
    ("um 10 Uhr vormittags", "10:00"),
    ("um 3 nachmittags", "15:00"),
    ("at 8 in the evening", "20:00"),
    ("at 10 in the morning", "10:00"),
    ("19 Uhr abends", "19:00"),
    # "del día": in daylight, so the hour as written up to noon, 1 to 7 after it (Mexico)
    ("a las 12 del día", "12:00"),
    ("🕛 12 del dia", "12:00"),
    ("a las 10 del día", "10:00"),
    ("a la 1 del día", "13:00"),
    # "del mediodía": at midday, the words after the hour belong to it (holdout21's Barcelona)
    ("a las 12 del mediodía", "12:00"),
    ("Sábado, 12 de diciembre · a las 12 del mediodía", "12:00"),
    ("a la 1 del mediodía", "13:00"),
])
# fmt: on
def test_an_hour_with_its_part_of_the_day(text, want):
    tm = find_times(text)
    assert tm is not None and tm.start_time == want


# fmt: off
@pytest.mark.parametrize("text", [
    "Room 4 in the evening",
    "Sala 3 de la tarde",
    "en la tarde del sábado",
    "2 heures de marche",  # a duration
    "pendant 3 heures",
    "el menú del día",
    "3 platos del día",  # no hour: a count
])
# fmt: on
def test_no_time_without_an_hour(text):
    assert find_times(text) is None


# fmt: off
@pytest.mark.parametrize("line,lang,want", [
    ("🗓 Jueves 21 de enero a las 7 de la tarde", "es", "19:00"),
    ("Samedi 9 janvier 2027 à 15 heures", "fr", "15:00"),
    ("Donnerstag, 21. Januar, um 7 Uhr abends", "de", "19:00"),
    ("Thursday 21 January at 7 in the evening", None, "19:00"),
    ("🗓 Sábado 16 de enero · 🕛 12 del día", "es", "12:00"),
])
# fmt: on
def test_a_meeting_line_takes_the_time(line, lang, want):
    page = f"Agenda\n\n{line}\nCentro Cívico, Calle Mayor 4\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == want


CHAPTER_PAGE = """\
Réunions publiques

Paris
Samedi 9 janvier 2027 à 15 heures
Maison des associations, 8 rue du Général-Renault, 75011 Paris

Lyon
Mardi 12 janvier 2027 à 7 heures du soir
Bourse du travail, place Guichard, 69003 Lyon
"""


def test_cli_parse_reads_the_hours(tmp_path):
    path = tmp_path / "reunions.txt"
    path.write_text(CHAPTER_PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-12-01")
    assert [(m["date"], m["start_time"]) for m in meetings] == [
        ("2027-01-09", "15:00"),
        ("2027-01-12", "19:00"),
    ]


@pytest.mark.parametrize("text", ["a las 12 del mediodía", "a la 1 del mediodía", "12 del mediodía"])
def test_the_words_of_midday_belong_to_the_time(text):
    """Nothing of "del mediodía" is left over to be read as a place."""
    tm = find_times(text)
    assert tm is not None and tm.end == len(text)
