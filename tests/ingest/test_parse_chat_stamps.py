"""A chat copied from a messenger stamps each message with its date and time in brackets
("Marcela Ríos (IYSSE Argentina), [21 nov. 20:04]", "[21.11.26, 20:04] Juan: …"): the stamp is
when the message was sent, not a meeting; it is warned about, and the meetings the messages
announce are read. From the Argentine chat page of tests/ingest/corpus/practice7; the rows are
variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 21)


# fmt: off
@pytest.mark.parametrize("stamp,lang", [
    ("Marcela Ríos (IYSSE Argentina), [21 nov. 20:04]", "es"),
    ("Juan P., [21 nov. 20:11]", "es"),
    ("[21.11.26, 20:04] Sofi: ¿y en Mar del Plata?", "es"),
    ("[21/11/2026, 20:04:13] Sam: who's coming?", None),
    ("Sam Okafor, [Nov 21, 2026 at 8:04 PM]", None),
    ("Jo, [21 Nov 8:04 PM]", None),
    ("Lena K., [21.11.2026 20:04]", "de"),
    ("[21 nov. 2026 à 20:04] Claire : qui vient ?", "fr"),
])
# fmt: on
def test_a_message_stamp_is_no_meeting(stamp, lang):
    page = f"{stamp}\nNext meeting: Saturday 5 December, 6pm, Union Hall.\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-05", "18:00")]
    assert any(w.line == 1 and "chat" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("line", [
    "[Saturday 5 December 2026, 6pm] Public meeting, Union Hall",  # no clock stamp in brackets
    "Public meeting (Saturday 5 December 2026, 18:00), Union Hall",
])
# fmt: on
def test_a_bracketed_date_that_is_no_stamp_stays(line):
    ms = parse(f"Meetings\n\n{line}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2026-12-05", "18:00")]


CHAT = """\
Marcela (IYSSE), [21 nov. 20:04]
¡Compas! Las fechas de las charlas:

📍 ROSARIO
🗓 Jueves 10 de diciembre, 19 h
🏫 Centro Cultural La Toma, Tucumán 1349

Juan P., [21 nov. 20:11]
¿la de Córdoba es el 9 o el 10?

Marcela (IYSSE), [21 nov. 20:13]
El 9. 📍 CÓRDOBA – miércoles 9 de diciembre, 19:30 h, Pabellón Argentina
"""


def test_cli_parse_reads_the_announced_meetings_only(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    listing = cli_listing(path, "--as-of", "2026-11-21", "--lang", "es")
    assert sorted((m["date"], m["start_time"]) for m in listing["meetings"]) == [
        ("2026-12-09", "19:30"),
        ("2026-12-10", "19:00"),
    ]
    stamps = {w["line"] for w in listing["warnings"] if "chat" in w["reason"]}
    assert stamps == {1, 8, 11}


def test_a_superscript_digit_after_a_colon_is_no_clock():
    # str.isdigit() holds for "¹" but int() refuses it: found by the never-raises property test
    assert parse("00:¹").meetings == []
    assert parse("Ana\n12:¹²\nHallo").meetings == []
