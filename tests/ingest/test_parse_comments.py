"""Comments under a social media post, copied with it: the writer's name, the comment, then a
footer with its age and what a reader can do ("3d · Like · Reply"). A date in a comment is a
reader's reply ("I could do Sat 19 Dec or the weekend after"), not a meeting the post
announces. Written from holdout9's Perth Facebook post; the rows are variants of the pattern in
other languages and wordings, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

POSTS = {
    "en": "Public meetings this summer!\n\n📍 PERTH – Sat 5 Dec, 2pm\nState Library, Great Hall\n",
    "de": "Öffentliche Treffen!\n\n📍 GRAZ – Samstag, 5. Dezember, 14 Uhr\nVolkshaus Graz\n",
    "fr": "Réunions publiques !\n\n📍 LYON – samedi 5 décembre, 14 h\nBourse du Travail\n",
    "es": "¡Reuniones públicas!\n\n📍 LIMA – sábado 5 de diciembre, 14:00 h\nCasa del Maestro\n",
}


# fmt: off
@pytest.mark.parametrize("lang,comment,footer", [
    ("en", "Any chance of one in Albany? I could do Sat 19 Dec or the weekend after",
     "3d · Like · Reply · 2"),
    ("en", "Exams finish Fri 27 Nov so I'm free after that", "1d · Like · Reply"),
    ("en", "Would Sunday 13 December at 3pm work for Bunbury?", "5h · Like · Reply"),
    ("en", "Missed the one on 14 November, was it recorded?", "2 wk • Like • Reply"),
    ("de", "Könnt ihr auch am Samstag, 12. Dezember nach Leoben kommen?",
     "2 Tg. · Gefällt mir · Antworten"),
    ("de", "Ich hab erst ab 19. Dezember Zeit", "5 Std. · Gefällt mir · Antworten · 3"),
    ("fr", "Et à Grenoble le samedi 12 décembre ?", "3 j · J’aime · Répondre"),
    ("fr", "Je suis libre à partir du 19 décembre", "1 sem · J’aime · Répondre"),
    ("es", "¿Y en Arequipa el sábado 12 de diciembre?", "2 d · Me gusta · Responder"),
    ("es", "Yo puedo desde el 19 de diciembre", "3 h · Me gusta · Responder · 4"),
])
# fmt: on
def test_a_date_in_a_comment_is_no_meeting(lang, comment, footer):
    page = f"{POSTS[lang]}\n12 comments\n\nAna Pérez\n{comment}\n{footer}\n\nView more comments\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-05", "14:00")]
    assert any("comment" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("line", [
    "Sat · 5 Dec · 2pm",  # a date and time parted by dots: no age first
    "PERTH · Sat 5 Dec · 2pm",
    "5 Dec · Union Hall · 2pm",
])
# fmt: on
def test_a_meeting_line_with_dots_is_no_footer(line):
    page = f"Meetings\n\nTalk on housing\n{line}\n\nNext one\nUnion Hall · 12 Main St · 2pm\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2026-12-05", "14:00")]


PAGE = """\
Socialist Equality Party - WA
6d · 🌏

📍 PERTH – Sat 5 Dec, 2pm
State Library of WA, Great Hall
📍 FREMANTLE – Sun 6 Dec, 11am
Fremantle Town Hall, 8 William St

👍❤️ 87 · 14 comments · 32 shares

Jess Tran
Great, see you on Sat 5 Dec 💪
3d · Like · Reply

Darren K.
Any chance of one in Albany? I could do Sat 19 Dec or the weekend after
3d · Like · Reply · 2

  Socialist Equality Party - WA
  Hi Darren, not this round – we'll let you know.
  2d · Like · Reply

Priya S.
Uni exams finish Fri 27 Nov so I'm free after that 😅
1d · Like · Reply
"""


def test_cli_parse_reads_the_post_not_its_comments(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(PAGE, encoding="utf-8")
    ms = cli_meetings(path, "--as-of", "2026-11-20")
    assert [(m["date"], m["start_time"]) for m in ms] == [
        ("2026-12-05", "14:00"),
        ("2026-12-06", "11:00"),
    ]
