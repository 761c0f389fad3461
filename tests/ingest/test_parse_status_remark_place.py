"""A cancelled or postponed entry keeps its place when its status comes with a remark (issue 17;
holdout13's stamp club): "Tauschabend, 19:00, Gasthof Kirchenwirt – *entfällt (Fenstertag nach
Christi Himmelfahrt)*" is cancelled, at the Gasthof Kirchenwirt. Once the status word is taken
out, the bracketed remark after the dash is no part of the place, and its words do not make
the line a sentence that names none. The family: the status words of the four languages, the
remark in brackets or in lower case, in Markdown emphasis or not. A last part that may be a
place ("… — séance annulée, copie indisponible — Cinéma du Parc") is still read as one. The
rows are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.parse.lexicon import _before_remark

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("lang,line,iso,start,venue,status", [
    ("de", "- Fr., 7. Mai 2027: Stammtisch, 19:00, Gasthof Zum Löwen – *entfällt "
     "(Brückentag nach Christi Himmelfahrt)*", "2027-05-07", "19:00", "Gasthof Zum Löwen",
     "cancelled"),
    ("de", "- Fr., 14. Mai 2027: Vortrag, 19:30, Pfarrsaal St. Josef – abgesagt (Referent "
     "erkrankt)", "2027-05-14", "19:30", "Pfarrsaal St. Josef", "cancelled"),
    ("de", "- Sa., 22. Mai 2027: Tauschtag, 9:00, Gasthaus Krone – *verschoben (neuer Termin "
     "folgt)*", "2027-05-22", "09:00", "Gasthaus Krone", "postponed"),
    ("fr", "- Jeudi 20 mai 2027, 19 h, Salle Jaurès — annulée (grève des transports, report en "
     "juin)", "2027-05-20", "19:00", "Salle Jaurès", "cancelled"),
    ("en", "- Thursday, May 27, 2027, 7 pm, Trades Hall – cancelled (speaker ill, new date to "
     "follow)", "2027-05-27", "19:00", "Trades Hall", "cancelled"),
    ("es", "- Jueves 3 de junio de 2027, 19 h, Ateneo Popular — suspendida (por lluvia, sin "
     "nueva fecha)", "2027-06-03", "19:00", "Ateneo Popular", "cancelled"),
])
# fmt: on
def test_a_status_remark_does_not_cost_the_line_its_place(lang, line, iso, start, venue, status):
    (m,) = parse(f"Programm 2027\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (str(m.date), m.start_time, m.venue, m.status) == (iso, start, venue, status)


# fmt: off
@pytest.mark.parametrize("text,before", [
    ("Gasthof Kirchenwirt – *  (Fenstertag nach Christi Himmelfahrt)*", "Gasthof Kirchenwirt"),
    ("Salle Jaurès — (grève des transports)", "Salle Jaurès"),
    ("Ateneo Popular — por lluvia", "Ateneo Popular"),
    ("Room 4 – Trades Hall", "Room 4 – Trades Hall"),              # a capital: a place
    ("séance , copie indisponible — Cinéma du Parc", "séance , copie indisponible — Cinéma du Parc"),
    ("Kulturladen – (neuer Termin 12. Juni)", "Kulturladen – (neuer Termin 12. Juni)"),  # a date
    ("Union House – (upstairs room)", "Union House – (upstairs room)"),  # a venue word
    ("Volkshaus", "Volkshaus"),
])
# fmt: on
def test_only_a_last_remark_after_a_dash_is_cut(text, before):
    assert _before_remark(text) == before


PAGE = """## April bis Juni

- **Fr., 23. April 2027:** Tauschabend, 19:00, Gasthof Kirchenwirt
- **Fr., 7. Mai 2027:** Tauschabend, 19:00, Gasthof Kirchenwirt – *entfällt (Fenstertag)*
- **Fr., 21. Mai 2027:** Vortrag, 19:30, Pfarrsaal St. Josef – abgesagt (Referent erkrankt)
- **Fr., 4. Juni 2027:** Tauschabend, 19:00, Gasthof Kirchenwirt
"""


def test_a_programme_with_cancelled_evenings_keeps_every_place():
    got = [
        (str(m.date), m.start_time, m.venue, m.status)
        for m in parse(PAGE, as_of=AS_OF, lang="de").meetings
    ]
    assert got == [
        ("2027-04-23", "19:00", "Gasthof Kirchenwirt", "scheduled"),
        ("2027-05-07", "19:00", "Gasthof Kirchenwirt", "cancelled"),
        ("2027-05-21", "19:30", "Pfarrsaal St. Josef", "cancelled"),
        ("2027-06-04", "19:00", "Gasthof Kirchenwirt", "scheduled"),
    ]
