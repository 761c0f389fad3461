"""A sign-up deadline written with the verb ("merci de vous inscrire avant le vendredi 8
janvier", "please register before Friday 8 January", "bitte anmelden bis Freitag, 8. Januar",
"inscribirse antes del viernes 8 de enero") and a ticket office that opens online ("Billetterie
: ouverture en ligne le lundi 11 janvier à 10h", "Tickets on sale online from Monday 11
January") are no meetings: they are warned about, like the noun forms ("inscriptions avant
le …"). Issue 17; the Lyon/Lille page and the Liège festival of tests/ingest/corpus/holdout10.
The rows are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("lang,line", [
    ("fr", "L'entrée est libre. Pour le stage à Grenoble, merci de vous inscrire avant le vendredi 8 janvier."),
    ("fr", "Inscrivez-vous avant le vendredi 8 janvier auprès du secrétariat."),
    ("en", "Entry is free. For the Leeds day school, please register before Friday 8 January."),
    ("de", "Für das Seminar in Kassel bitte anmelden bis Freitag, 8. Januar."),
    ("es", "Para el taller en Rosario, es necesario inscribirse antes del viernes 8 de enero."),
    ("fr", "Billetterie : ouverture en ligne le lundi 11 janvier à 10h. Séance : 6 €."),
    ("en", "Tickets on sale online from Monday 11 January at 10am."),
    ("es", "Entradas a la venta en línea desde el lunes 11 de enero a las 10:00."),
])
# fmt: on
def test_a_sign_up_verb_or_an_online_ticket_office_is_no_meeting(lang, line):
    page = f"Réunions\n\n{line}\n\nJeudi 14 janvier 2027 à 18h30\nSalle Jaurès, Lyon\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-01-14"]
    assert any("not a meeting" in w.reason and w.line == 3 for w in listing.warnings)


def test_a_meeting_that_opens_online_stays_a_meeting():
    page = "Events\n\nSaturday 9 January, 2pm – Workshop on registering tenants' unions\nTrades Hall\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-09", "14:00")]


PAGE = """Réunions publiques à venir

L'entrée est libre. Pour le week-end de formation à Paris, merci de vous inscrire avant le vendredi 8 janvier.

INFOS PRATIQUES
Billetterie : ouverture en ligne le lundi 11 janvier à 10h.

Lyon

jeudi 14 janvier 2027 à 18h30
Université Lumière Lyon 2, salle K 105
86 rue Pasteur, 69007 Lyon
"""


def test_a_page_with_sign_up_lines():
    ms = parse(PAGE, as_of=AS_OF, lang="fr").meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-14", "18:30")]
