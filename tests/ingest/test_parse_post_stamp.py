"""A social media post's own stamp, the line under its author's name that gives only when it was
written and who may see it ("12 de noviembre a las 10:02 · 🌎", "November 12 at 10:02 AM · 🌍",
"12. November um 10:02 · 👥", "12 novembre à 10:02 · 🌐"), is no meeting, warned about. Without
the audience icon the minutes say so (off the quarter hour: someone wrote then); an event card's
"Saturday 5 December at 7:00 PM ·" and "SAT, DEC 5 · 7:00 PM" stay meetings. From the Mexican
chapter's Facebook post of tests/ingest/corpus/holdout8; the rows are variants written from the
pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 12)
POST = "{author}\n{stamp}\n\n📢 Next meetings\n\n{meeting}\n"

# (language, author, stamp, a meeting line, its date and time)
# fmt: off
ROWS = [
    ("es", "IYSSE México", "12 de noviembre a las 10:02 · 🌎",
     "🗓 Jueves 3 de diciembre · 17:00 h, Facultad de Filosofía y Letras, Salón 103",
     ("2026-12-03", "17:00")),
    ("es", "Colectivo Sur", "12 de noviembre a las 9:00 · 👥",
     "🗓 Jueves 3 de diciembre · 17:00 h, Biblioteca Central", ("2026-12-03", "17:00")),
    ("en", "Riverside Tenants", "November 12 at 10:02 AM · 🌍",
     "Thursday, December 3 at 7 PM – Riverdale Library, 370 Broadview Ave", ("2026-12-03", "19:00")),
    ("en", "Riverside Tenants", "Thursday, November 12 at 7:13 PM ·",
     "Thursday, December 3 at 7 PM – Riverdale Library, 370 Broadview Ave", ("2026-12-03", "19:00")),
    ("de", "Stadtteilzentrum Wedding", "12. November um 10:02 · 👥",
     "Donnerstag, 3. Dezember, 19 Uhr – Nachbarschaftshaus, Müllerstr. 8", ("2026-12-03", "19:00")),
    ("fr", "Collectif des Pentes", "12 novembre à 10:02 · 🌐",
     "Jeudi 3 décembre à 19 h – Maison des associations, 8 rue Paul-Bert", ("2026-12-03", "19:00")),
]
# fmt: on


@pytest.mark.parametrize("lang,author,stamp,meeting,when", ROWS)
def test_the_post_stamp_is_no_meeting(lang, author, stamp, meeting, when):
    listing = parse(
        POST.format(author=author, stamp=stamp, meeting=meeting), as_of=AS_OF, lang=lang
    )
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]
    assert any(w.line == 2 and "post's own date" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("card,when", [
    ("Saturday 5 December at 7:00 PM ·", ("2026-12-05", "19:00")),
    ("SAT, DEC 5 · 7:00 PM", ("2026-12-05", "19:00")),
    ("Saturday 5 December at 7:30 PM · Union Hall", ("2026-12-05", "19:30")),
])
# fmt: on
def test_an_event_card_stays_a_meeting(card, when):
    listing = parse(f"Events\n\n{card}\nBook launch\nUnion Hall, 54 Victoria St\n", as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]


def test_through_eventmap_parse(tmp_path):
    lang, author, stamp, meeting, when = ROWS[0]
    path = tmp_path / "post.txt"
    path.write_text(POST.format(author=author, stamp=stamp, meeting=meeting), encoding="utf-8")
    listing = cli_listing(path, "--as-of", AS_OF.isoformat(), "--lang", lang)
    assert [(m["date"], m["start_time"]) for m in listing["meetings"]] == [when]
    assert any(w["line"] == 2 for w in listing["warnings"])
