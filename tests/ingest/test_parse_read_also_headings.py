"""A news site's "read also" list under a page ("À lire aussi", "À lire également", "Lire aussi",
"See also", "Lesen Sie auch", "Lea también"): each link's date (often a publication date after
the title, "… délibérations 25/11/2026") is no meeting. Written from holdout10's Montpellier
consultation page; the rows are variants."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 2)
ENTRY = "Réunion publique\njeudi 14 janvier 2027, 18h30\nSalle Pétrarque, Montpellier\n"


# fmt: off
@pytest.mark.parametrize("lang,heading,link", [
    ("fr", "À lire aussi", "• Conseil de Métropole du 24 novembre 2026 : les délibérations 25/11/2026"),
    ("fr", "A lire aussi", "• Budget participatif : les votes sont ouverts 09/11/2026"),
    ("fr", "À lire également", "• Ligne 5 du tramway : les travaux reprennent 18/11/2026"),
    ("fr", "À lire", "• Conseil municipal du 30 novembre 2026 : le compte rendu"),
    ("fr", "Lire aussi", "• Conseil de quartier du 26 novembre 2026 : ce qui a été dit"),
    ("en", "See also", "• Council meeting of 24 November 2026: the main decisions"),
    ("de", "Lesen Sie auch", "• Gemeinderat vom 24. November 2026: die Beschlüsse"),
    ("es", "Lea también", "• Pleno del 24 de noviembre de 2026: los acuerdos"),
])
# fmt: on
def test_links_under_a_read_also_heading_are_no_meetings(lang, heading, link):
    page = f"{ENTRY}\n{heading}\n\n{link}\n\nContact: mairie@example.fr\n"
    for as_of in (AS_OF, None):
        listing = parse(page, as_of=as_of, lang=lang, today=date(2026, 12, 2))
        assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-14", "18:30")]
