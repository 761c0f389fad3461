"""A line about signing up or buying tickets is no meeting: its sale or deadline date ("ouverture
le lundi 1er mars", "sale opening Monday 1 March", "apertura el lunes 1 de marzo", "délai
d'inscription au dimanche 20 décembre") is warned about, even after the event's own date on the
line; and the event's date it names ("Billetterie du concert du 22 avril", "Tickets for the 22
April concert") is that of a meeting the page lists with its time, so it is no second meeting.
An event named only there stays a meeting. From the Lausanne agenda of
tests/ingest/corpus/holdout7; the rows are variants written from the pattern, not copied from
the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 16)

# (language, the listed concert, the sign-up line, a deadline line)
# fmt: off
ROWS = [
    ("fr", "jeu. 22 avril, 20h15 – Concert de soutien, Salle du Romandie",
     "• Billetterie du concert du 22 avril : ouverture le lundi 1er mars sur notre site.",
     "• Voyage d'étude à Saint-Imier : délai d'inscription au dimanche 20 décembre."),
    (None, "Thursday 22 April, 8.15pm – Benefit concert, Union Chapel",
     "• Tickets for the concert on 22 April: sale opening Monday 1 March on our website.",
     "• Study trip to Tolpuddle: registration deadline Sunday 20 December."),
    ("de", "Donnerstag, 22. April, 20.15 Uhr – Solidaritätskonzert, Volkshaus",
     "• Kartenvorverkauf für das Konzert am 22. April: beginnt am Montag, 1. März online.",
     "• Studienfahrt nach Weimar: Anmeldeschluss Sonntag, 20. Dezember."),
    ("es", "jueves 22 de abril, 20:15 h – Concierto solidario, Sala Apolo",
     "• Venta de entradas del concierto del 22 de abril: apertura el lunes 1 de marzo en la web.",
     "• Viaje de estudio a Toledo: plazo de inscripción hasta el domingo 20 de diciembre."),
]
# fmt: on


@pytest.mark.parametrize("lang,concert,signup,deadline", ROWS)
def test_signup_and_deadline_lines_are_no_meetings(lang, concert, signup, deadline):
    page = f"Agenda\n\n{concert}\n\nÀ noter\n\n{deadline}\n{signup}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-04-22", "20:15")]
    assert {w.line for w in listing.warnings} >= {7, 8}


# fmt: off
@pytest.mark.parametrize("lang,line,want", [
    (None, "Tickets for the gala on Friday 23 April, 7pm, Union Chapel", ("2027-04-23", "19:00")),
    ("fr", "Inscriptions pour le voyage du samedi 24 avril à Saint-Imier", ("2027-04-24", None)),
])
# fmt: on
def test_an_event_named_only_on_a_signup_line_stays(lang, line, want):
    page = f"Agenda\n\nThursday 22 April, 8.15pm – Benefit concert, Union Chapel\n\n{line}\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert want in [(m.date, m.start_time) for m in ms]


def test_through_eventmap_parse(tmp_path):
    lang, concert, signup, deadline = ROWS[0]
    path = tmp_path / "agenda.txt"
    path.write_text(f"Agenda\n\n{concert}\n\nÀ noter\n\n{deadline}\n{signup}\n", encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat(), "--lang", lang)
    assert [(m["date"], m["start_time"]) for m in ms] == [("2027-04-22", "20:15")]
