"""A meeting's time on a line of its own in the venue block under its date, or alone before the
date on the date line (the pattern of tests/ingest/corpus/holdout6's time misses): "Noon",
"1900hrs", "a las 19 horas", "Inauguración: 9:00 hrs.", "Primera convocatoria: … / Segunda
convocatoria: …" (the first time is the start), a bullet "• 10 h 30 : Messe …". The line gives
the meeting its start time when it has none, and is never venue text. The rows are variants
written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 2, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


# fmt: off
@pytest.mark.parametrize("date_line,time_line,lang,start", [
    ("Saturday 14 March 2026", "Noon", None, "12:00"),
    ("Thursday 12 March 2026", "1830hrs", None, "18:30"),
    ("Thursday 12 March 2026", "Time: 6.30pm", None, "18:30"),
    ("Donnerstag, 12. März 2026", "Beginn: 18 Uhr", "de", "18:00"),
    ("Donnerstag, 12. März 2026", "Uhrzeit: 18.30 Uhr", "de", "18:30"),
    ("jeudi 12 mars 2026", "Heure : 18 h 30", "fr", "18:30"),
    ("jeudi 12 mars 2026", "Début : 20h", "fr", "20:00"),
    ("jueves 12 de marzo de 2026", "a las 20 horas", "es", "20:00"),
    ("jueves 12 de marzo de 2026", "Hora: 19:30 h", "es", "19:30"),
    ("jueves 12 de marzo de 2026", "Inauguración: 9:30 hrs.", "es", "09:30"),
    ("jueves 12 de marzo de 2026",
     "Primera convocatoria: 11:00 hrs. / Segunda convocatoria: 11:30 hrs.", "es", "11:00"),
])
# fmt: on
def test_a_time_line_in_the_venue_block_is_the_start(date_line, time_line, lang, start):
    page = f"Meetings\n\n{date_line}\n{time_line}\nCommunity Hall, Room 2\n12 Mill Lane, Leeds\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == start
    assert time_line.split(":")[0] not in _places(m)
    assert "Community Hall" in _places(m)


# fmt: off
@pytest.mark.parametrize("date_line,lang,start", [
    ("Noon, Saturday 14 March 2026", None, "12:00"),
    ("1830hrs, Thursday 12 March 2026", None, "18:30"),
    ("jueves 12 de marzo de 2026, a las 20 horas", "es", "20:00"),
])
# fmt: on
def test_a_time_alone_around_the_date_is_the_start(date_line, lang, start):
    page = f"Meetings\n\n{date_line}\nCommunity Hall, Room 2\n12 Mill Lane, Leeds\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == start
    assert "Noon" not in _places(m) and "hrs" not in _places(m) and "horas" not in _places(m)


def test_horas_after_a_duration_is_no_time():
    page = "Reuniones\n\njueves 12 de marzo de 2026\nTaller de durante 2 horas, Sala 4\n"
    (m,) = parse(page, as_of=AS_OF, lang="es").meetings
    assert m.start_time is None


def test_a_page_of_time_lines_and_bullets():
    page = (
        "Agenda de la paroisse\n\n"
        "Samedi 14 mars 2026 — Veillée\n\n"
        "• 20 h 30 : Veillée de prière — chapelle Sainte-Anne\n\n"
        "Jeudi 19 mars 2026\n"
        "Heure : 18 h\n"
        "Salle paroissiale, 3 rue des Lilas\n\n"
        "Dimanche 22 mars 2026\n"
        "Midi\n"
        "Maison des associations, salle 4\n"
    )
    ms = parse(page, as_of=AS_OF, lang="fr").meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2026-03-14", "20:30"),
        ("2026-03-19", "18:00"),
        ("2026-03-22", "12:00"),
    ]
    assert "chapelle Sainte-Anne" in _places(ms[0])
    assert "20 h 30" not in _places(ms[0])
    assert "Heure" not in _places(ms[1]) and "Salle paroissiale" in _places(ms[1])
    assert "Midi" not in _places(ms[2]) and "Maison des associations" in _places(ms[2])
