"""A Markdown events page whose entries put their place in bullets under the date (issue 17
items 7 and 9; practice7's Canadian tenants' page): "Sat Jan 23 / 10am–1pm", a blank line, then
"- Meet at Broadview Station (bus loop entrance). We'll split into teams …"; or a remark first,
"- Cancelled because the centre is closed that week – …", then "- 📍 Ralph Thornton Community
Centre". Read as a person reads it: a bullet that says where to meet is the place (up to the end
of its sentence) though it reads as a sentence, and a pinned place after a remark is still the
entry's. A bullet of sentences that names no meeting point stays a note.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
MEET = [
    ("en", "Sat Jan 23 / 10am–1pm",
     "- Meet at Broadview Station (bus loop entrance). We'll split into teams for the buildings.",
     "2027-01-23", "10:00", "Broadview Station (bus loop entrance)"),
    ("de", "Sa 23.01. / 10–13 Uhr",
     "- Treffpunkt am Hauptbahnhof, Ausgang Nord. Wir teilen uns dann in Gruppen auf.",
     "2027-01-23", "10:00", "Hauptbahnhof"),
    ("fr", "sam. 23 janv. / 10 h – 13 h",
     "- Rendez-vous devant la mairie de quartier. Nous formerons ensuite des équipes.",
     "2027-01-23", "10:00", "mairie de quartier"),
    ("es", "sáb 23 ene / 10–13 h",
     "- Punto de encuentro frente a la estación Retiro. Luego nos dividimos en equipos.",
     "2027-01-23", "10:00", "estación Retiro"),
]
PINNED = [
    ("en", "Tue, Feb 2 · 6:30 PM",
     "- Moved because the library is closed for repairs that week – we'll meet upstairs instead.",
     "- 📍 Ralph Thornton Community Centre", "Ralph Thornton Community Centre"),
    ("de", "Di, 2. Feb · 18:30",
     "- Diesmal nicht in der Bibliothek, die in dieser Woche wegen Renovierung geschlossen ist. "
     "Wir treffen uns stattdessen hier.",
     "- 📍 Nachbarschaftshaus Urbanstraße", "Nachbarschaftshaus Urbanstraße"),
    ("fr", "mardi 2 févr. · 18 h 30",
     "- Attention, la bibliothèque est fermée pour travaux cette semaine-là, nous changeons de lieu.",
     "- 📍 Maison de quartier Doulon", "Maison de quartier Doulon"),
]
# fmt: on
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}


@pytest.mark.parametrize("lang,when,bullet,day,time,place", MEET, ids=[r[0] for r in MEET])
def test_a_bullet_that_says_where_to_meet_is_the_place(lang, when, bullet, day, time, place):
    page = f"### Door-knocking day\n\n{when}\n\n{bullet}\n"
    (m,) = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert (m.date, m.start_time) == (day, time)
    assert m.venue == place


@pytest.mark.parametrize("lang,when,remark,pin,place", PINNED, ids=[r[0] for r in PINNED])
def test_a_pinned_place_after_a_remark_is_the_entrys(lang, when, remark, pin, place):
    page = f"### General meeting\n\n{when}\n\n{remark}\n{pin}\n"
    (m,) = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert (m.date, m.start_time) == ("2027-02-02", "18:30")
    assert m.venue == place


def test_a_bullet_of_sentences_without_a_meeting_point_stays_a_note():
    page = (
        "### Social\n\nSat Jan 23 / 7pm\n\n"
        "- Bring something to share if you can. Children are welcome as always.\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.venue is None


def test_an_events_page_through_the_cli(tmp_path):
    path = tmp_path / "events.md"
    path.write_text(
        "# Tenants' union events\n\n"
        f"### Door-knocking day\n\n{MEET[0][1]}\n\n{MEET[0][2]}\n\n"
        f"### General meeting\n\n{PINNED[0][1]}\n\n{PINNED[0][2]}\n{PINNED[0][3]}\n",
        encoding="utf-8",
    )
    got = [(m["date"], m["venue"]) for m in cli_meetings(path, "--as-of", "2026-11-20")]
    assert got == [
        ("2027-01-23", "Broadview Station (bus loop entrance)"),
        ("2027-02-02", "Ralph Thornton Community Centre"),
    ]
