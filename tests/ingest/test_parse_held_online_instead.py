"""A later line or chat message that says a meeting listed above is held online instead ("The
UNILAG meeting of Saturday 5 December is CANCELLED … We will hold it ONLINE instead, same day,
3pm", "we'll do it on Zoom instead"): the listed meeting is cancelled, and an online meeting
on the same day is added, at the time the message gives (else the listed one's), warned about.
From the Lagos Telegram export of tests/ingest/corpus/holdout9; the rows are variants written
from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 21)

LISTS = {
    "en": "Meetings in December:\n\nSat 5 Dec, 2pm — Student Union, Room 12\n"
    "Wed 9 Dec, 4pm — Faculty of Arts, Auditorium\n",
    "de": "Treffen im Dezember:\n\nSa., 5. Dezember, 14 Uhr — Studierendenhaus, Raum 12\n"
    "Mi., 9. Dezember, 16 Uhr — Hörsaalgebäude, Hörsaal 2\n",
    "fr": "Réunions de décembre :\n\nsamedi 5 décembre, 14 h — Maison des étudiants, salle 12\n"
    "mercredi 9 décembre, 16 h — Faculté des lettres, amphi B\n",
    "es": "Reuniones de diciembre:\n\nsábado 5 de diciembre, 14:00 h — Casa del Estudiante, sala 12\n"
    "miércoles 9 de diciembre, 16:00 h — Facultad de Letras, aula magna\n",
}


# fmt: off
@pytest.mark.parametrize("lang,notice,time", [
    ("en", "UPDATE: the meeting of Saturday 5 December is CANCELLED because the campus is shut. "
     "We will hold it ONLINE instead, same day, 3pm on Google Meet.", "15:00"),
    ("en", "Heads up: Sat 5 Dec is off at the union, we'll do it on Zoom instead. "
     "Link to follow.", "14:00"),
    ("en", "The 5 December meeting can't go ahead in person; instead it will be online at 5pm.",
     "17:00"),
    ("de", "Achtung: Das Treffen am Samstag, 5. Dezember fällt aus, wir treffen uns stattdessen "
     "online um 15 Uhr.", "15:00"),
    ("fr", "La réunion du samedi 5 décembre est annulée ; elle aura lieu en ligne à la place, "
     "à 15 h.", "15:00"),
    ("es", "La reunión del sábado 5 de diciembre se cancela; la haremos en línea en su lugar, "
     "a las 15:00 h.", "15:00"),
])
# fmt: on
def test_the_meeting_is_cancelled_and_held_online(lang, notice, time):
    ms = parse(f"{LISTS[lang]}\n{notice}\n", as_of=AS_OF, lang=lang).meetings
    got = sorted((m.date, m.start_time, m.status, m.online) for m in ms)
    assert got == [
        ("2026-12-05", "14:00", "cancelled", False),
        ("2026-12-05", time, "scheduled", True),
        ("2026-12-09", "16:00", "scheduled", False),
    ]


# fmt: off
@pytest.mark.parametrize("notice", [
    # no "instead": a remark about an online stream, not a move
    "The meeting of Saturday 5 December will also be streamed online.",
    # the wrong day: no meeting listed on 6 December
    "Sunday 6 December's social is off; we'll meet online instead.",
])
# fmt: on
def test_other_remarks_move_nothing(notice):
    ms = parse(f"{LISTS['en']}\n{notice}\n", as_of=AS_OF).meetings
    listed = [m for m in ms if (m.date, m.start_time) == ("2026-12-05", "14:00")]
    assert [(m.status, m.online) for m in listed] == [("scheduled", False)]


CHAT = """[14/11/2026, 18:42:10] Tunde Adebayo: Schedule of meetings in Lagos for December:
📌 Sat 5 Dec, 2pm — UNILAG, Faculty of Social Sciences, Lecture Room 12, Akoka
📌 Wed 9 Dec, 4pm — LASU Ojo campus, Faculty of Arts Auditorium
[20/11/2026, 20:01:33] Tunde Adebayo: UPDATE ⚠️ The UNILAG meeting of Saturday 5 December is CANCELLED because the campus has been shut over the strike. We will hold it ONLINE instead, same day, 3pm on Google Meet.
[20/11/2026, 20:03:12] Ifeoma O.: Noted 👍🏾
"""


def test_a_chat_export_through_the_cli(tmp_path):
    page = tmp_path / "chat.txt"
    page.write_text(CHAT, encoding="utf-8")
    listing = cli_listing(page, "--as-of", AS_OF.isoformat())
    got = sorted((m["date"], m["start_time"], m["status"], m["online"]) for m in listing["meetings"])
    assert got == [
        ("2026-12-05", "14:00", "cancelled", False),
        ("2026-12-05", "15:00", "scheduled", True),
        ("2026-12-09", "16:00", "scheduled", False),
    ]
    assert any("held online instead" in w["reason"] for w in listing["warnings"])
