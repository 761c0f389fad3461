"""A chapter's channel (issue 17; holdout13's Hamburg Telegram channel): every post comes from
the channel, whose name gives the chapter's town ("IYSSE Hamburg, [29.11.2026 16:20]", "SGP
Leipzig", "Ortsgruppe Bremen", "Section de Lyon", "Sección Rosario"). A meeting a post names
without a town of its own ("… 18 Uhr im Café Knallhart") is held in that town. Not when the
name is a country's ("IYSSE Deutschland"), when members post (a group, not a channel), for a
meeting held online, nor over a town the meeting names itself.

The rows are variants written from the pattern (chapters, languages), not copied from the
corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# fmt: off
ROWS = [
    ("de", "IYSSE Hamburg", "📚 Lesekreis – Montag, 14.12., 18 Uhr im Café Knallhart.", "Hamburg"),
    ("de", "SGP Leipzig", "🗓 Dienstag, 15.12., 19 Uhr im Café Puschkin, Raum 2.",
     "Leipzig"),
    ("de", "Ortsgruppe Bremen", "📢 Mittwoch, 16.12., 18.30 Uhr, Kulturladen.",
     "Bremen"),
    ("de", "SGP Frankfurt am Main", "🎤 Vortrag – Donnerstag, 17.12., 19 Uhr im Club Voltaire.",
     "Frankfurt am Main"),
    ("fr", "Section de Lyon", "📢 Mardi 15 décembre à 18 h 30 au Café du Peuple.", "Lyon"),
    ("es", "Sección Rosario", "📅 Martes 15 de diciembre a las 19 h en el Bar El Cairo.",
     "Rosario"),
    ("es", "IYSSE Buenos Aires", "🎤 Charla – miércoles 16 de diciembre a las 18 h en el Bar Británico.",
     "Buenos Aires"),
    ("en", "SEP Leeds", "📚 Reading group – Tuesday 15 December at 7pm in the Swarthmore Centre.",
     "Leeds"),
    # a country's chapter names no town
    ("de", "IYSSE Deutschland", "📚 Lesekreis – Montag, 14.12., 18 Uhr im Café Knallhart.", None),
]
# fmt: on


def _channel(name: str, post: str) -> str:
    return (
        f"{name}, [20.11.2026 18:05]\n"
        "Danke an alle, die gekommen sind!\n"
        "👁 388\n\n"
        f"{name}, [29.11.2026 16:20]\n"
        f"{post}\n"
        "👁 244\n"
    )


@pytest.mark.parametrize("lang,name,post,town", ROWS, ids=[r[1] for r in ROWS])
def test_a_channels_meeting_is_held_in_the_chapters_town(lang, name, post, town):
    (m,) = parse(_channel(name, post), as_of=AS_OF, lang=lang).meetings
    assert m.city == town


def test_a_meeting_that_names_its_town_keeps_it():
    post = "Kundgebung am Samstag, 19.12., 14 Uhr, Marktplatz, 28195 Bremen"
    (m,) = parse(_channel("SGP Leipzig", post), as_of=AS_OF, lang="de").meetings
    assert m.city == "Bremen"


def test_a_meeting_held_online_takes_no_town():
    post = "💻 Online-Diskussion am Sonntag, 13. Dezember, um 19 Uhr über Zoom."
    (m,) = parse(_channel("IYSSE Hamburg", post), as_of=AS_OF, lang="de").meetings
    assert m.online
    assert m.city is None


def test_a_groups_members_are_no_chapter():
    chat = (
        "28/11/26 09:50 - IYSSE Rosario: Hola!\n"
        "28/11/26 10:31 - Sofi Rosario: 📅 viernes 18/12 a las 19:30 en el Bar El Cairo\n"
    )
    (m,) = parse(chat, as_of=AS_OF, lang="es").meetings
    assert m.city is None


def test_a_channels_page_reads_each_meeting_and_nothing_else():
    page = """SGP Leipzig, [20.11.2026 18:05]
📢 Unsere nächsten Treffen im Dezember:

🗓 Do, 10.12. – 18:30 Uhr
📍 Café Puschkin, Raum 2
Thema: Wer profitiert von der Aufrüstung?
👁 512

SGP Leipzig, [27.11.2026 10:32]
💻 Online-Diskussion am Sonntag, 13. Dezember, um 19 Uhr über Zoom.
👁 301

SGP Leipzig, [29.11.2026 16:20]
📚 Lesekreis – Montag, 14.12., 18 Uhr im Café Knallhart. Wir lesen Kapitel 3.
👁 244
"""
    got = parse(page, as_of=AS_OF, lang="de").meetings
    assert [(m.date, m.start_time, m.city, m.online) for m in got] == [
        ("2026-12-10", "18:30", "Leipzig", False),
        ("2026-12-13", "19:00", None, True),
        ("2026-12-14", "18:00", "Leipzig", False),
    ]
