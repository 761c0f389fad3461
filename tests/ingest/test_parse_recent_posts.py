"""A blog's sidebar of recent posts, each with its date ("Entradas recientes", "Publicaciones
recientes", "Neueste Beiträge", "Letzte Beiträge", "Publications récentes", "Recent posts"), is a
list of links to other articles: its dates are no meetings, each warned about with the heading,
also without --as-of (when no page date would drop them). From the Guadalajara events plugin of
tests/ingest/corpus/holdout8; the rows are variants written from the pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

TODAY = date(2026, 12, 1)

# (language, heading, the event line, two posts)
# fmt: off
ROWS = [
    ("es", "Entradas recientes", "Sábado 12 de diciembre de 2026, 18:00 h – Taller de grabado, Casa Colectiva",
     "• Así fue la verbena del barrio 3 de noviembre de 2026\n• Crónica del tianguis 18 de octubre de 2026"),
    ("es", "Publicaciones recientes", "Sábado 12 de diciembre de 2026, 18:00 h – Taller de grabado, Casa Colectiva",
     "• Así fue la verbena del barrio 3 de noviembre de 2026\n• Crónica del tianguis 18 de octubre de 2026"),
    ("de", "Neueste Beiträge", "Samstag, 12. Dezember 2026, 18 Uhr – Druckwerkstatt, Nachbarschaftshaus",
     "• So war das Herbstfest 3. November 2026\n• Rückblick auf den Flohmarkt 18. Oktober 2026"),
    ("de", "Letzte Beiträge", "Samstag, 12. Dezember 2026, 18 Uhr – Druckwerkstatt, Nachbarschaftshaus",
     "• So war das Herbstfest 3. November 2026\n• Rückblick auf den Flohmarkt 18. Oktober 2026"),
    ("fr", "Publications récentes", "Samedi 12 décembre 2026, 18 h – Atelier gravure, Maison de quartier",
     "• Retour sur la fête du quartier 3 novembre 2026\n• La brocante en images 18 octobre 2026"),
    ("en", "Recent posts", "Saturday 12 December 2026, 6pm – Printmaking workshop, Community House",
     "• How the street party went 3 November 2026\n• The flea market in pictures 18 October 2026"),
]
# fmt: on


def _page(heading: str, event: str, posts: str) -> str:
    return f"Agenda\n\n{event}\n\n{heading}\n\n{posts}\n\n© 2026 Casa Colectiva\n"


@pytest.mark.parametrize("lang,heading,event,posts", ROWS)
def test_the_recent_posts_dates_are_no_meetings(lang, heading, event, posts):
    listing = parse(_page(heading, event, posts), today=TODAY, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-12"]
    warned = {w.line for w in listing.warnings if heading in w.reason}
    assert warned == {7, 8}


def test_through_eventmap_parse(tmp_path):
    lang, heading, event, posts = ROWS[0]
    path = tmp_path / "agenda.txt"
    path.write_text(_page(heading, event, posts), encoding="utf-8")
    listing = cli_listing(path, "--lang", lang)
    assert [m["date"] for m in listing["meetings"]] == ["2026-12-12"]
    assert sum(heading in w["reason"] for w in listing["warnings"]) == 2
