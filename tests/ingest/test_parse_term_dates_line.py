"""A society's term card opens with the term's own dates ("Full term runs from Sunday 17
January (1st week) to Saturday 13 March (8th week).", "Michaelmas term begins on Sunday 11
October"): when the term starts and ends, not meetings; each is warned about. The card's talks
below stay meetings. (holdout24's Oxford term card, after the fixes for its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

LINES = [
    ("Full term runs from Sunday 17 January (1st week) to Saturday 13 March (8th week).", "en"),
    ("Hilary term begins on Sunday 17 January and ends on Saturday 13 March.", "en"),
    ("Spring term starts Monday 11 January.", "en"),
    ("Die Vorlesungszeit läuft vom Montag, 11. Januar, bis Samstag, 13. März.", "de"),
    ("La rentrée universitaire commence le lundi 11 janvier.", "fr"),
    ("El curso académico empieza el lunes 11 de enero.", "es"),
]


@pytest.mark.parametrize(("line", "lang"), LINES, ids=[f"{i}" for i in range(len(LINES))])
def test_the_terms_dates_are_no_meetings(line: str, lang: str) -> None:
    talk = {
        "en": "Tue 19 Jan, 8.15pm — Mapping the medieval world — Exeter College",
        "de": "Di., 19. Jan., 20:15 Uhr — Karten des Mittelalters — Hörsaal 1",
        "fr": "Mar. 19 janv., 20 h 15 — Cartes du Moyen Âge — Amphi A",
        "es": "Mar 19 ene, 20:15 h — Mapas medievales — Aula Magna",
    }[lang]
    listing = parse(f"Term card\n\n{line}\n\n{talk}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-19", "20:15")]
    assert any(w.text == line for w in listing.warnings)
