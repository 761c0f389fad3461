"""A pasted e-mail's greeting ("Hi all,", "Liebe Freundinnen und Freunde,", "Chers camarades,",
"Hola a todos:") is no campaign's name, and a campaign named by the e-mail's subject line is
named without its label ("Subject: This week and next" -> "This week and next"). Before, the
dashboard's campaign filter offered "Hi all,". Found by pasting a newsletter by hand; the rows
are written from the pattern in the four languages the parser reads."""

from __future__ import annotations

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

# fmt: off
# (lang, header, greeting, body with one meeting, sign-off, the campaign's name)
ROWS = [
    ("en", "From: IYSSE Leeds <leeds@example.org>\nSent: Tuesday, 24 November 2026 09:12\n"
     "Subject: This week and next", "Hi all,",
     "Our next public meeting is on Thursday 3 December at 7pm in the Trades Club, Room 5.",
     "Solidarity,\nTom", "This week and next"),
    ("en", "From: Tenants' Union <news@example.org>\nDate: 24 November 2026\n"
     "Subject: Winter organising meeting", "Dear friends,",
     "Join us on Saturday 5 December at 2pm at the Quaker Meeting House, 10 St James Street.",
     "Best wishes,\nAmy", "Winter organising meeting"),
    ("de", "Von: IYSSE Hamburg <hamburg@example.org>\nGesendet: Dienstag, 24. November 2026 09:12\n"
     "Betreff: Treffen im Dezember", "Liebe Freundinnen und Freunde,",
     "unser nächstes Treffen ist am Donnerstag, 3. Dezember, um 19 Uhr im Gewerkschaftshaus, "
     "Raum 2.", "Solidarische Grüße\nAnna", "Treffen im Dezember"),
    ("fr", "De : UP Lyon <lyon@example.org>\nEnvoyé : mardi 24 novembre 2026 09:12\n"
     "Objet : Réunion de décembre", "Chers camarades,",
     "notre prochaine réunion aura lieu le jeudi 3 décembre à 19h à la Bourse du Travail, "
     "salle 5.", "Salutations,\nPaul", "Réunion de décembre"),
    ("es", "De: Asamblea de Vivienda <info@example.org>\nEnviado: martes, 24 de noviembre de 2026 "
     "9:12\nAsunto: Asamblea de diciembre", "Hola a todos:",
     "la próxima asamblea será el jueves 3 de diciembre a las 19:00 en el Ateneo Popular, "
     "sala 2.", "Un abrazo,\nLucía", "Asamblea de diciembre"),
]
# fmt: on


def _page(header: str, greeting: str, body: str, sign_off: str) -> str:
    return f"{header}\n\n{greeting}\n\n{body}\n\n{sign_off}\n"


@pytest.mark.parametrize("lang,header,greeting,body,sign_off,name", ROWS)
def test_the_greeting_is_no_campaign_name(lang, header, greeting, body, sign_off, name):
    listing = parse(_page(header, greeting, body, sign_off), lang=lang)
    assert len(listing.meetings) == 1
    assert listing.meetings[0].campaign == name
    assert all(greeting not in c.title for c in listing.campaigns)


@pytest.mark.parametrize(
    "heading",
    ["Hiking club", "Dear Green Place: a history of Glasgow", "Hello Kitty Fan Meetup"],
)
def test_a_heading_that_only_opens_like_a_greeting_still_names_its_campaign(heading):
    page = f"{heading}\n\nSaturday 5 December 2026, 2pm – Botanic Gardens, 730 Great Western Road\n"
    (m,) = parse(page).meetings
    assert m.campaign == heading


def test_through_eventmap_parse(tmp_path):
    lang, header, greeting, body, sign_off, name = ROWS[0]
    path = tmp_path / "newsletter.txt"
    path.write_text(_page(header, greeting, body, sign_off), encoding="utf-8")
    listing = cli_listing(path)
    assert [(m["date"], m["start_time"], m["campaign"]) for m in listing["meetings"]] == [
        ("2026-12-03", "19:00", name)
    ]
