"""A bare hour is a start time when the word before it makes it one: Spanish "a las 18" and "a la
1" always (a number after "las" is an hour), French "à 18", German "um 18" and English "at 6" (1
to 12) before the end of a clause ("à 18 ans", "um 18 Prozent", "at 6 Main St" go on with a
word; "de 10 à 18" is a range of opening hours). From the Uruguayan WhatsApp export of
tests/ingest/corpus/holdout8; the rows are variants written from the pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("text,want", [
    ("Sábado 12 de diciembre a las 18, Casa de la Cultura", "18:00"),
    ("nos vemos el viernes a las 20 en el local", "20:00"),
    ("a las 9 en la plaza", "09:00"),
    ("a la 1, frente al rectorado", "13:00"),
    ("el martes a las 19 en el salón 4", "19:00"),  # after "las", whatever follows
    ("jeudi 10 décembre à 18, salle des fêtes", "18:00"),
    ("rendez-vous samedi à 14 – place Bellecour", "14:00"),
    ("Donnerstag, 10. Dezember um 19, Gewerkschaftshaus", "19:00"),
    ("Treffpunkt Samstag um 11.", "11:00"),
    ("Thursday 10 December at 6, Trades Hall", "18:00"),
    ("we meet on Saturday at 10; bring leaflets", "10:00"),
    ("Sunday at 12 - the square", "12:00"),
    ("Friday at 7!", "19:00"),
])
# fmt: on
def test_the_hour_after_its_word_is_a_time(text, want):
    tm = find_times(text)
    assert tm is not None and tm.start_time == want


# fmt: off
@pytest.mark.parametrize("text", [
    "il a commencé à 18 ans",
    "les prix augmentent de 5 à 18, puis baissent",  # a range of numbers
    "ouvert de 10 à 18.",  # opening hours
    "die Mieten stiegen um 18 Prozent",
    "Thursday 10 December at 6 Main Street",
    "she joined the union at 17, in 1998",  # no English hour past 12 without a mark
    "Sala 4, a las",
])
# fmt: on
def test_no_time_where_the_number_is_no_hour(text):
    assert find_times(text) is None


# fmt: off
@pytest.mark.parametrize("text,want", [
    ("a las 18:30, Casa", "18:30"),  # a written clock wins
    ("à 18h30, salle 2", "18:30"),
    ("um 18 Uhr, Raum 2", "18:00"),
    ("at 6pm, Trades Hall", "18:00"),
    ("at 6.30, Trades Hall", "18:30"),
    ("doors at 6, talk at 7pm", "19:00"),
])
# fmt: on
def test_a_written_clock_is_read_as_before(text, want):
    tm = find_times(text)
    assert tm is not None and tm.start_time == want


CHAT = """\
16/11/26 21:04 - Ana: Próximas charlas 👇
16/11/26 21:04 - Ana: 📍 ROSARIO
Jueves 3 de diciembre a las 19, Biblioteca Popular, Corrientes 1520

📍 CÓRDOBA
Sábado 5 de diciembre a las 17, Casa del Estudiante, Obispo Trejo 242
17/11/26 09:12 - Pablo: genial 👍
17/11/26 09:15 - Ana: y el domingo 13 de diciembre a la 1, asado en el Parque Independencia
"""

# One page per language: (language, page, (date, time, venue) per meeting)
# fmt: off
PAGES = [
    ("fr", "Réunions publiques\n\n"
     "Jeudi 3 décembre à 18, Maison des associations, 8 rue Paul-Bert, Lyon\n\n"
     "Samedi 12 décembre à 14 – Bourse du Travail, place Guichard, Lyon\n",
     [("2026-12-03", "18:00", "Maison des associations"),
      ("2026-12-12", "14:00", "Bourse du Travail")]),
    ("de", "Termine\n\n"
     "Samstag, 5. Dezember um 15, Gewerkschaftshaus, Wilhelm-Leuschner-Str. 69\n"
     "Donnerstag, 10. Dezember um 19 – Stadtteilzentrum, Hasengasse 4\n",
     [("2026-12-05", "15:00", "Gewerkschaftshaus"),
      ("2026-12-10", "19:00", "Stadtteilzentrum")]),
    ("en", "Upcoming meetings\n\n"
     "Thursday 10 December at 7, Trades Hall, 54 Victoria St, Melbourne\n"
     "Saturday 12 December at 11 – Brunswick Library, 233 Sydney Rd\n",
     [("2026-12-10", "19:00", "Trades Hall"), ("2026-12-12", "11:00", "Brunswick Library")]),
]
# fmt: on


@pytest.mark.parametrize("lang,page,want", PAGES)
def test_a_page_reads_the_hours(lang, page, want):
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time, m.venue) for m in listing.meetings] == want


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    meetings = cli_meetings(path, "--lang", "es")
    assert [(m["date"], m["start_time"]) for m in meetings] == [
        ("2026-12-03", "19:00"), ("2026-12-05", "17:00"), ("2026-12-13", "13:00"),
    ]  # fmt: skip
    assert "Casa del Estudiante" in (meetings[1]["venue"] or "")
