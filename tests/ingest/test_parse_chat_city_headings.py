"""A chat message headed by its city line (issue 17; holdout13's Argentine WhatsApp group): a
member writes the city first, set off the way the app or the page sets off a heading
("*BUENOS AIRES*" in bold, "_Rosario_" in italics, "— LIMA —" between dashes), then the
date, the place. The city line is the meeting's city; the marks are no part of its name.
Marks that wrap only part of a line stay, and so does "~…~" (struck through: called off).

The rows are variants written from the pattern (cities, languages, marks), not copied from the
corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.chat import read_chat
from eventmap.ingest.parse import parse
from eventmap.ingest.text import text_lines

AS_OF = date(2026, 12, 1)

# fmt: off
ROWS = [
    ("es", "*BUENOS AIRES*", "📅 Sáb 12/12 – 17 hs", "Buenos Aires", ("2026-12-12", "17:00")),
    ("es", "*Córdoba*", "📅 Jue 17/12 – 19 hs", "Córdoba", ("2026-12-17", "19:00")),
    ("es", "_ROSARIO_", "📅 Vie 18/12 – 19.30 hs", "Rosario", ("2026-12-18", "19:30")),
    ("es", "*Ciudad de México*", "📅 Mar 15/12 – 18 h", "Ciudad de México",
     ("2026-12-15", "18:00")),
    ("es", "— LIMA —", "📅 Sáb 12/12 – 16 h", "Lima", ("2026-12-12", "16:00")),
    ("de", "*KÖLN*", "🗓 Do, 10.12. – 18:30 Uhr", "Köln", ("2026-12-10", "18:30")),
    ("de", "_Leipzig_", "🗓 Mi, 16.12. – 19 Uhr", "Leipzig", ("2026-12-16", "19:00")),
    ("fr", "*MARSEILLE*", "📅 Jeu 10/12 – 18 h 30", "Marseille", ("2026-12-10", "18:30")),
    ("fr", "— TOULOUSE —", "📅 Sam 12/12 – 15 h", "Toulouse", ("2026-12-12", "15:00")),
    ("en", "*LEEDS*", "📅 Thu 10/12 – 7pm", "Leeds", ("2026-12-10", "19:00")),
]
# fmt: on


# The next message's city and date, in the row's language
NEXT = {
    "es": "📅 Lun 14/12 – 18.30 hs",
    "de": "🗓 Mo, 14.12. – 18:30 Uhr",
    "fr": "📅 Lun 14/12 – 18 h 30",
    "en": "📅 Mon 14/12 – 6.30pm",
}


def _chat(lang: str, head: str, when: str) -> str:
    return (
        f"28/11/26 09:50 - Ana: {head}\n"
        f"{when}\n"
        "📍 Sala 3, Avenida 12\n"
        "28/11/26 09:55 - Ana: *LA PLATA*\n"
        f"{NEXT[lang]}\n"
        "📍 Facultad de Humanidades, aula B-204\n"
    )


@pytest.mark.parametrize("lang,head,when,city,want", ROWS, ids=[r[1] for r in ROWS])
def test_a_marked_city_line_heads_the_messages_meeting(lang, head, when, city, want):
    got = parse(_chat(lang, head, when), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [want, ("2026-12-14", "18:30")]
    assert [m.city or m.place for m in got] == [city, "La Plata"]


@pytest.mark.parametrize(
    "body,kept",
    [
        ("~Salta~", "~Salta~"),  # struck through: called off, not a heading
        # emphasis in passing is dropped like any Markdown mark, and the line is still no heading
        ("*CALENDARIO MARZO* (vuelta a clases)", "CALENDARIO MARZO (vuelta a clases)"),
        ("* item one", "* item one"),  # a list's bullet
        ("**Santa Fe:** sáb 12/12", "Santa Fe: sáb 12/12"),
        ("*Tucumán*", "Tucumán"),
        ("_Salta_", "Salta"),
    ],
)
def test_only_marks_that_wrap_the_whole_line_go(body, kept):
    chat = read_chat(text_lines(f"28/11/26 09:50 - Ana: {body}\n28/11/26 09:51 - Ana: ok\n"))
    assert chat is not None
    assert [line.text for line in chat.lines if line.text][0] == kept


def test_a_page_in_capitals_between_dashes_is_a_city_heading():
    page = """Reuniones

— AREQUIPA —

Jueves 17 de diciembre · 6:30 p. m.
Universidad Nacional de San Agustín, aula 205

Miércoles 27 de enero · 6:30 p. m.
Universidad Nacional de San Agustín, aula 205

*CUSCO*

Sábado 19 de diciembre · 17:00 h
UNSAAC, Av. de la Cultura 733
"""
    got = parse(page, as_of=AS_OF, lang="es").meetings
    assert [(m.date, m.start_time, m.city) for m in got] == [
        ("2026-12-17", "18:30", "Arequipa"),
        ("2027-01-27", "18:30", "Arequipa"),
        ("2026-12-19", "17:00", "Cusco"),
    ]


def test_a_groups_chat_reads_each_citys_meeting_and_nothing_else():
    chat = """28/11/26 09:41 - Marta creó el grupo "Reuniones Chile"
28/11/26 09:50 - Marta: Hola! Abajo van las fechas confirmadas 👇
28/11/26 09:53 - Marta: *SANTIAGO*
📅 Sáb 12/12 – 17 hs
📍 Casa Central, Av. Libertador Bernardo O'Higgins 1058, sala 2
Entrada libre
28/11/26 09:55 - Marta: *VALPARAÍSO*
📅 Lun 14/12 – 18.30 hs
📍 Facultad de Humanidades, Av. Gran Bretaña 1111, aula 4
28/11/26 10:05 - Pedro: Genial!! 🙌
"""
    got = parse(chat, as_of=AS_OF, lang="es").meetings
    assert [(m.date, m.start_time, m.city) for m in got] == [
        ("2026-12-12", "17:00", "Santiago"),
        ("2026-12-14", "18:30", "Valparaíso"),
    ]
