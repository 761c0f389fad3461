"""A later line or message that cancels or postpones a meeting listed above and, in a sentence
of its own, restates the next one ("The talk on Thursday 3 December is cancelled. We meet again
on Thursday 10 December at 7pm.") gives the earlier meeting that status: the page keeps its two
meetings, with no second entry for either date, and the notice is warned about. Each date of a
line reads its status from its own sentences (one sentence splitter, eventmap.ingest.text).
From the status leftovers of issue 17; the rows are variants written from the pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse
from eventmap.ingest.text import sentence_start

AS_OF = date(2026, 11, 20)
WANT = [("2026-12-03", "19:00"), ("2026-12-10", "19:00")]

# (language, first meeting, second meeting, the notice, the status it gives)
# fmt: off
ROWS = [
    ("en", "Thursday 3 December, 7pm – The war in Ukraine, Trades Hall",
     "Thursday 10 December, 7pm – Climate and capitalism, Trades Hall",
     "The talk on Thursday 3 December is cancelled. We meet again on Thursday 10 December at 7pm.",
     "cancelled"),
    ("en", "Thursday 3 December, 7pm – The war in Ukraine, Trades Hall",
     "Thursday 10 December, 7pm – Climate and capitalism, Trades Hall",
     "Thursday 3 December is postponed! Next meeting: Thursday 10 December, 7pm.", "postponed"),
    ("de", "Donnerstag, 3. Dezember, 19 Uhr – Krieg und Krise, Gewerkschaftshaus",
     "Donnerstag, 10. Dezember, 19 Uhr – Klima und Kapitalismus, Gewerkschaftshaus",
     "Der Vortrag am Donnerstag, 3. Dezember fällt aus. Wir sehen uns am Donnerstag, 10. Dezember "
     "um 19 Uhr.", "cancelled"),
    ("de", "Donnerstag, 3. Dezember, 19 Uhr – Krieg und Krise, Gewerkschaftshaus",
     "Donnerstag, 10. Dezember, 19 Uhr – Klima und Kapitalismus, Gewerkschaftshaus",
     "Das Treffen am 3. Dezember ist abgesagt. Nächster Termin: Donnerstag, 10. Dezember, 19 Uhr.",
     "cancelled"),
    ("fr", "Jeudi 3 décembre, 19 h – La guerre, Bourse du Travail",
     "Jeudi 10 décembre, 19 h – Le climat, Bourse du Travail",
     "La réunion du jeudi 3 décembre est annulée. Rendez-vous le jeudi 10 décembre à 19 h.",
     "cancelled"),
    ("fr", "Jeudi 3 décembre, 19 h – La guerre, Bourse du Travail",
     "Jeudi 10 décembre, 19 h – Le climat, Bourse du Travail",
     "Attention : la conférence du 3 décembre est reportée. Prochaine réunion le jeudi 10 décembre, "
     "19 h.", "postponed"),
    ("es", "Jueves 3 de diciembre, 19 h – La guerra, Casa del Pueblo",
     "Jueves 10 de diciembre, 19 h – El clima, Casa del Pueblo",
     "La charla del jueves 3 de diciembre queda suspendida. Nos vemos el jueves 10 de diciembre a "
     "las 19 h.", "cancelled"),
    ("es", "Jueves 3 de diciembre, 19 h – La guerra, Casa del Pueblo",
     "Jueves 10 de diciembre, 19 h – El clima, Casa del Pueblo",
     "Se suspende la charla del jueves 3 de diciembre. Nos vemos el jueves 10 de diciembre a las "
     "19 h.", "cancelled"),
]
# fmt: on


@pytest.mark.parametrize("lang,first,second,notice,status", ROWS)
def test_a_later_line_sets_the_status_of_the_meeting_above(lang, first, second, notice, status):
    page = f"Agenda\n\n{first}\n{second}\n\n{notice}\n"
    listing = parse(page, as_of=AS_OF, lang=None if lang == "en" else lang)
    got = [(m.date, m.start_time, m.status, m.source_line) for m in listing.meetings]
    assert got == [(*WANT[0], status, 3), (*WANT[1], "scheduled", 4)]
    assert any(w.line == 6 and "line 3" in w.reason for w in listing.warnings)


@pytest.mark.parametrize("lang,first,second,notice,status", ROWS)
def test_a_later_message_sets_the_status_of_the_meeting_announced(
    lang, first, second, notice, status
):
    chat = (
        f"[20/11/2026, 18:04:51] Ana: {first}\n[20/11/2026, 18:07:33] Ana: {second}\n"
        f"[21/11/2026, 09:15:12] Tom: {notice}\n"
    )
    listing = parse(chat, lang=None if lang == "en" else lang)
    got = [(m.date, m.start_time, m.status) for m in listing.meetings]
    assert got == [(*WANT[0], status), (*WANT[1], "scheduled")]


# fmt: off
@pytest.mark.parametrize("text,at,start", [
    ("The talk is cancelled. We meet again on Thursday.", 30, 23),
    ("Se suspende la charla. ¿Nos vemos el jueves?", 30, 23),
    ("Doors 7 p.m. Talk on Thursday.", 20, 0),  # no end after "p.m."
    ("Meet at St. Paul's on Sat. April 17.", 30, 0),  # nor after a short abbreviation
    ("Treffen am 10. Dezember. Danach am 17. Dezember.", 28, 25),
    ("La réunion est annulée. Élections le 10 décembre.", 40, 24),
])
# fmt: on
def test_one_sentence_splitter(text, at, start):
    assert sentence_start(text, at) == start


def test_a_date_inside_is_no_sentence_end():
    text = "Treffen am 10. Dezember fällt aus. Wir sehen uns am 17. Dezember."
    later = text.index("17.")
    dates = ((text.index("10."), text.index(" fällt")), (later, len(text) - 1))
    assert sentence_start(text, later, dates) == text.index("Wir")
    assert sentence_start(text, text.index("fällt")) == text.index("Dezember fällt")


def test_through_eventmap_parse(tmp_path):
    lang, first, second, notice, status = ROWS[0]
    path = tmp_path / "agenda.txt"
    path.write_text(f"Agenda\n\n{first}\n{second}\n\n{notice}\n", encoding="utf-8")
    listing = cli_listing(path, "--as-of", AS_OF.isoformat())
    got = [(m["date"], m["start_time"], m["status"]) for m in listing["meetings"]]
    assert got == [(*WANT[0], status), (*WANT[1], "scheduled")]
