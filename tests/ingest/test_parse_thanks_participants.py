"""A sentence that thanks those who took part, naming them as participants or attendees ("Un
grand merci aux 80 participantes et participants du ciné-débat du 19 novembre !", "Thanks to
the 45 attendees of the film night on 19 November", "Danke an die 40 Teilnehmenden …",
"Gracias a los asistentes …"), reports what took place: its dates without a time are no
meetings (each is warned about), even under a time stated for the whole list. From the Nantes
newsletter of tests/ingest/corpus/holdout7; the rows are variants written from the pattern, not
copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 26)


# (language, the list's time, the thanks, the next meeting)
# fmt: off
ROWS = [
    ("fr", "Sauf mention contraire, toutes les conférences commencent à 18h30.",
     "Un grand merci aux 80 participantes et participants du ciné-débat du 19 novembre !",
     "• Mardi 8 décembre — « L'eau, un bien commun ? » — Médiathèque, 24 quai de la Fosse"),
    (None, "All talks begin at 6.30pm unless stated otherwise.",
     "Thanks to the 45 attendees of our film night on Thursday 19 November!",
     "• Tuesday 8 December — Water as a commons — Central Library, 24 Quay Street"),
    (None, "All talks begin at 6.30pm unless stated otherwise.",
     "A big thank you to all the participants in the march on 19 November.",
     "• Tuesday 8 December — Water as a commons — Central Library, 24 Quay Street"),
    ("de", "Alle Vorträge beginnen um 18.30 Uhr, sofern nicht anders angegeben.",
     "Herzlichen Dank an die 40 Teilnehmenden des Filmabends am 19. November!",
     "• Dienstag, 8. Dezember — Wasser als Gemeingut — Stadtbibliothek, Kaistraße 24"),
    ("es", "Todas las charlas comienzan a las 18:30, salvo que se indique lo contrario.",
     "¡Gracias a los 80 asistentes al cine-foro del 19 de noviembre!",
     "• Martes 8 de diciembre — El agua, un bien común — Biblioteca Central, calle del Puerto 24"),
]
# fmt: on


@pytest.mark.parametrize("lang,rule,thanks,meeting", ROWS)
def test_thanks_to_the_participants_is_no_meeting(lang, rule, thanks, meeting):
    page = f"Newsletter\n\n{rule}\n\n{thanks}\n\nProgramme\n\n{meeting}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-08", "18:30")]
    assert any(w.line == 5 for w in listing.warnings)


def test_a_timed_meeting_in_the_paragraph_stays():
    page = (
        "Thanks to the 45 attendees of our film night!\n"
        "Next: Tuesday 8 December, 7pm — Water as a commons — Central Library\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2026-12-08", "19:00")]


def test_through_eventmap_parse(tmp_path):
    lang, rule, thanks, meeting = ROWS[0]
    path = tmp_path / "lettre.txt"
    path.write_text(f"Lettre\n\n{rule}\n\n{thanks}\n\nProgramme\n\n{meeting}\n", encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat(), "--lang", lang)
    assert [(m["date"], m["start_time"]) for m in ms] == [("2026-12-08", "18:30")]
