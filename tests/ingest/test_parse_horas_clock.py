"""Spanish pages write the 24-hour clock with "horas" after it: "19:30 horas", "19.30 horas",
and, opening a line or a cell, "19 horas" ("Sáb 12 dic · 18 horas · Sala Mario Benedetti").
Each is the entry's start time. "horas" after a small number in a sentence is a length
("durante 2 horas", "unas 12 horas de marcha"), not a time. (holdout24's and holdout11's
Latin American agendas, after the fixes for their blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

TIMES = [
    ("MIÉRCOLES 9 DE DICIEMBRE\n\n19:30 horas\n\nTeatro: «El señor Presidente»\n\n"
     "Teatro de Cámara Hugo Carrillo\n", "19:30"),
    ("Miércoles 9 de diciembre, 19.30 horas, Teatro de Cámara Hugo Carrillo\n", "19:30"),
    ("Miércoles 9 de diciembre\n19 horas\nConcierto de marimba, Teatro Abril\n", "19:00"),
    ("Mié 9 dic · 18 horas · Sala Mario Benedetti\n", "18:00"),
    ("Miércoles 9 de diciembre, a las 20 horas, en el Teatro Abril\n", "20:00"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "time"), TIMES, ids=["colon", "dot", "alone", "cell", "las"])
def test_horas_after_a_clock_is_the_start(text: str, time: str) -> None:
    got = parse(f"Cartelera\n\n{text}", as_of=AS_OF, lang="es").meetings
    assert [(m.date, m.start_time) for m in got] == [("2026-12-09", time)]


LENGTHS = [
    "Miércoles 9 de diciembre: taller de grabado durante 2 horas en el Centro Cultural",
    "Miércoles 9 de diciembre: ruta de unas 12 horas de marcha desde el refugio",
]


@pytest.mark.parametrize("text", LENGTHS, ids=["durante", "unas"])
def test_horas_as_a_length_is_no_time(text: str) -> None:
    got = parse(f"Cartelera\n\n{text}\n", as_of=AS_OF, lang="es").meetings
    assert [m.start_time for m in got] == [None]
