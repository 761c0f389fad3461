"""A deadline whose sentence has an abbreviation with a full stop before the date
("Redaktionsschluss Mitgliederzeitung Nr. 1/27: 15.02.2027") or a one-word label before it
("Recordatorio: el plazo para mandar textos al boletín es el domingo 20 de diciembre"):
holdout10's Zürich/Bern calendar and Mexico's WhatsApp export. Neither is a meeting; each is
warned about. A sentence that really ends before the date still starts after its full stop.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}

# fmt: off
DEADLINES = [
    ("de", "Redaktionsschluss Mitgliederzeitung «GGS aktuell» Nr. 1/27: 15.02.2027"),
    ("de", "Redaktionsschluss Rundbrief Nr. 3: Freitag, 15. Januar 2027"),
    ("de", "Hinweis: Redaktionsschluss ist der 15. Januar 2027"),
    ("es", "recordatorio: el plazo para mandar textos al boletín es el domingo 20 de diciembre"),
    ("fr", "Rappel : date limite des textes pour le bulletin : vendredi 8 janvier"),
    ("en", "Reminder: closing date for nominations is Friday 8 January"),
    # already read before, kept as guards: another rule reads them
    ("es", "Ojo: el plazo para enviar propuestas vence el 15 de enero"),
    ("en", "Deadline for issue No. 12 is Friday 8 January"),
]
# fmt: on


@pytest.mark.parametrize("row", DEADLINES, ids=[r[1][:40] for r in DEADLINES])
def test_a_labelled_or_abbreviated_deadline_is_no_meeting(row):
    lang, line = row
    page = f"Termine\n\nSa. 16.01.2027, 10:00 Uhr, Bildungstag, Volkshaus\n\n{line}\n"
    listing = parse(page, as_of=AS_OF, lang=LANG[lang])
    assert [m.date for m in listing.meetings] == ["2027-01-16"]
    assert any("deadline" in w.reason for w in listing.warnings)


def test_a_sentence_ended_before_the_date_starts_after_its_full_stop():
    page = "Notes\n\nWe met at the hall. Deadline for motions is Friday 8 January.\n"
    listing = parse(page, as_of=AS_OF)
    assert listing.meetings == []
    assert any("deadline" in w.reason for w in listing.warnings)


CALENDAR = """Kalender Regionen Zürich und Bern

Mi 20.01.2027  18.30 Uhr  Vorstand Region Zürich  Volkshaus Zürich, Sitzungszimmer 3
Do 18.02.2027  19.30 Uhr  Mitgliederversammlung   Kornhausforum, Saal

Anmeldeschluss Bildungstag: Freitag, 08.01.2027
Redaktionsschluss Mitgliederzeitung Nr. 1/27: 15.02.2027
"""


def test_a_calendars_deadlines_under_its_meetings():
    listing = parse(CALENDAR, as_of=AS_OF, lang="de")
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2027-01-20", "18:30"),
        ("2027-02-18", "19:30"),
    ]
