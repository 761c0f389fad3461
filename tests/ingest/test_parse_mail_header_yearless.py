"""A newsletter copied from an e-mail opens with its header ("De : …" / "Objet : …" / "Date :
Jeu. 3 déc., 09 h 12"), its date without a year as a mail program shows this year's mail. That
line is when the e-mail was sent, never a meeting, year or not (``asof.email_date_line``).
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 3)

HEADERS = {
    "en": "From: Tenants' Union <info@tenants.example>\nSubject: December news\n"
          "Date: Thu, Dec 3, 9:12 AM",
    "de": "Von: Mieterverein <info@mieter.example>\nBetreff: Dezember-Rundbrief\n"
          "Datum: Do., 3. Dez., 09:12",
    "fr": "De : Comité logement <info@comite.example>\nObjet : L'Info-Locataires – décembre\n"
          "Date : Jeu. 3 déc., 09 h 12",
    "es": "De: Sindicato de Inquilinas <info@sindicato.example>\nAsunto: Boletín de diciembre\n"
          "Fecha: jue, 3 dic, 9:12",
}  # fmt: skip
BODY = {
    "en": "Our next meetings:\n\nWednesday 9 December, 7pm, Lakeview Community Room\n",
    "de": "Unsere nächsten Treffen:\n\nMittwoch, 9. Dezember, 19 Uhr, Nachbarschaftshaus\n",
    "fr": "Nos prochaines activités :\n\nMercredi 9 décembre, 19 h, Patro Le Prevost\n",
    "es": "Próximas reuniones:\n\nMiércoles 9 de diciembre, 19:00, Casa del Barrio\n",
}


@pytest.mark.parametrize("lang", sorted(HEADERS))
def test_the_headers_yearless_date_is_no_meeting(lang: str) -> None:
    listing = parse(f"{HEADERS[lang]}\n\n{BODY[lang]}", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-09", "19:00")]
    assert any(w.line == 3 for w in listing.warnings)


def test_a_date_field_under_a_meetings_title_is_still_read() -> None:
    page = "Branch meeting\nDate: Thursday 10 December\nTime: 7pm\nPlace: Trades Hall\n"
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-10", "19:00")]
