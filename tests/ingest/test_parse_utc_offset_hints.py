"""A bare UTC offset after a meeting's time, as an events site writes it ("SÁB, 12 DIC · 18:00
-03", holdout10's Asunción Meetup page): the meeting's time-zone hint, never its venue. A time
range ("18:00 - 20:00", "9:00 -11:00") is no offset.

The rows are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# fmt: off
OFFSETS = [
    # (lang, date line, date, time, hint)
    ("es", "SÁB, 12 DIC · 18:00 -03", "2026-12-12", "18:00", "-03"),
    ("es", "MIÉ, 16 DIC · 19:30 -05", "2026-12-16", "19:30", "-05"),
    ("en", "SAT, DEC 12 · 7:00 PM -08", "2026-12-12", "19:00", "-08"),
    ("en", "Sat 12 Dec 19:00 +05:30", "2026-12-12", "19:00", "+05:30"),
    ("de", "SA., 12. DEZ. · 18:00 +01", "2026-12-12", "18:00", "+01"),
    ("fr", "SAM. 12 DÉC. · 18:00 +0100", "2026-12-12", "18:00", "+0100"),
    ("en", "Thursday, December 17, 6:00 PM −03:00", "2026-12-17", "18:00", "-03:00"),
]
# fmt: on
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}


def places(m) -> str:
    return " | ".join(f for f in (m.place, m.venue, m.room, m.address, m.city) if f)


@pytest.mark.parametrize("row", OFFSETS, ids=[r[1] for r in OFFSETS])
def test_an_offset_after_the_time_is_a_hint_not_the_venue(row):
    lang, line, day, time, hint = row
    page = f"Próximos eventos\n\n{line}\nClub de lectura\nLido Bar\nPalma y Chile\n"
    (m,) = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert (m.date, m.start_time, m.tz_hint) == (day, time, hint)
    assert hint.lstrip("+-−")[:2] not in places(m)


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("Sat 12 Dec 18:00 - 20:00 Town Hall", "20:00"),
        ("Sat 12 Dec, 9:00 -11:00, Town Hall", "11:00"),
    ],
)
def test_a_time_range_is_no_offset(line, end):
    (m,) = parse(line, as_of=AS_OF).meetings
    assert (m.end_time, m.tz_hint, m.venue) == (end, None, "Town Hall")


MEETUP = """Asunción Lee – Club de lectura

Próximos eventos (3) Ver todo

SÁB, 12 DIC · 18:00 -03
Club de lectura: «Hijo de hombre»
Centro Cultural Juan de Salazar
Herrera 834, Asunción
23 asistentes
Asistir

MIÉ, 16 DIC · 19:30 -03
Debate virtual: poesía en guaraní
Evento online
Asistir

SÁB, 9 ENE · 18:00 -03
Club de lectura: «Yo el Supremo»
Lido Bar
Palma y Chile, Asunción
Asistir
"""


def test_a_meetup_pages_entries_with_offsets():
    ms = parse(MEETUP, as_of=AS_OF, lang="es").meetings
    assert [(m.date, m.start_time, m.tz_hint, m.online) for m in ms] == [
        ("2026-12-12", "18:00", "-03", False),
        ("2026-12-16", "19:30", "-03", True),
        ("2027-01-09", "18:00", "-03", False),
    ]
    assert "Juan de Salazar" in places(ms[0]) and "Lido Bar" in places(ms[2])
    assert not any("03" in places(m) for m in ms)
