"""Spanish "horas" after an hour is the clock's word when the hour opens a part of the entry
("Mar 15 dic — 20 horas · En el Ateneo", "Mié 16 dic: 19 horas, Centro Cultural") or ends a
range ("de 18 a 20 horas"), as after "las" ("a las 19 horas"). A duration is no time: "durante
20 horas", "24 horas por la vivienda", ", 3 horas,". The same entries in the other languages' words read as
before.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

ENTRIES = [
    ("es", "Mar 15 dic — 20 horas · En el Ateneo", "20:00", "Ateneo"),
    ("es", "Mié 16 dic: 19 horas, Centro Cultural La Calzada", "19:00", "Centro Cultural"),
    ("es", "Jue 17 dic · 18 horas · Plaza del Carmen", "18:00", "Plaza del Carmen"),
    ("es", "Vie 18 dic, de 18 a 20 horas, Biblioteca Jovellanos", "18:00", "Biblioteca Jovellanos"),
    ("es", "Sáb 19 dic, a las 11 horas, Parque de Moreda", "11:00", "Parque de Moreda"),
    ("de", "Di 15. Dez. — 20 Uhr · Im Stadtteilzentrum", "20:00", "Stadtteilzentrum"),
    ("fr", "Mar 15 déc. — 20 heures · Maison du Peuple", "20:00", "Maison du Peuple"),
    ("en", "Tue 15 Dec — 8 pm · Trades Hall", "20:00", "Trades Hall"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line", "time", "place"), ENTRIES)
def test_the_hour_before_the_word_is_the_start(lang: str, line: str, time: str, place: str) -> None:
    (m,) = parse(f"Programa\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.start_time == time
    assert place in " ".join(filter(None, [m.venue, m.room, m.address]))


@pytest.mark.parametrize(
    "line",
    [
        "Vie 18 dic – Taller durante 20 horas, Centro Cívico",
        "Sáb 19 dic — 24 horas por la vivienda, Plaza Mayor",
        "Dom 20 dic — Marcha de 12 horas por la sierra",
        "Lun 21 dic, taller de escritura creativa, 3 horas, Biblioteca Central",
    ],
)
def test_a_duration_is_no_time(line: str) -> None:
    (m,) = parse(f"Programa\n\n{line}\n", as_of=AS_OF, lang="es").meetings
    assert m.start_time is None
