"""A date said to be a holiday is no meeting ("el 8 de diciembre es feriado", "Dec 25 is a
public holiday"), and a status said with a verb, as a chat or a notice says it ("se suspende la
asamblea", "se posterga", "the picnic is called off"), is read as the meeting's status beside
the participles ("cancelled", "postergada")."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Y el 8 de diciembre es feriado, la sede va a estar cerrada", "es"),
    ("Ojo: el lunes 7 de diciembre es un día festivo", "es"),
    ("Note that Friday 25 December is a public holiday.", "en"),
    ("Monday 28 December is a bank holiday, no post", "en"),
    ("Der 24. Dezember ist ein Feiertag, das Büro bleibt zu", "de"),
    ("Achtung: Freitag, 25. Dezember ist gesetzlicher Feiertag", "de"),
    ("Attention, le vendredi 25 décembre est férié", "fr"),
    ("le 8 décembre est un jour férié", "fr"),
])
# fmt: on
def test_a_date_said_to_be_a_holiday_is_no_meeting(line, lang):
    listing = parse(f"Notes\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert listing.meetings == []
    assert any(w.line == 3 and "holiday" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Holiday party: Saturday 19 December, 7pm, Union Hall", "en"),
    ("Fiesta de fin de año: sábado 19 de diciembre, 19 h, sede del feriado", "es"),
])
# fmt: on
def test_a_meeting_that_names_a_holiday_stays(line, lang):
    listing = parse(f"Events\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-19", "19:00")]


# fmt: off
@pytest.mark.parametrize("line,lang,status", [
    ("Jueves 10 de diciembre, 18:00 hrs, Sala 2 — se suspende", "es", "cancelled"),
    ("Jueves 10 de diciembre, 18:00 hrs, Sala 2 (se cancela por lluvia)", "es", "cancelled"),
    ("Jueves 10 de diciembre, 18 hs, Nave Universitaria ⚠️ POSTERGADA", "es", "postponed"),
    ("Jueves 10 de diciembre, 18:00 hrs, Sala 2 — se posterga", "es", "postponed"),
    ("Jueves 10 de diciembre, 18:00 hrs, Sala 2 — se aplaza", "es", "postponed"),
    ("Jueves 10 de diciembre, 18:00 hrs, Sala 2 — se pospone", "es", "postponed"),
    ("Thursday 10 December, 6pm, Town Square picnic — called off", "en", "cancelled"),
    ("Thursday 10 December, 6pm, Town Square — suspended", "en", "cancelled"),
])
# fmt: on
def test_a_status_said_with_a_verb_is_the_meetings_status(line, lang, status):
    listing = parse(f"Events\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.status) for m in listing.meetings] == [("2026-12-10", status)]
