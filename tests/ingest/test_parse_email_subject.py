"""The subject line of an e-mail's header ("Subject:", "Betreff:", "Objet :", "Asunto:" among
the "From:"/"Sent:"/"To:" lines at the top of a pasted newsletter) names what the message is
about; the dates in it ("the 5th December march") are given again in the body, so the subject is
no meeting (a warning says so). A "Subject:" line outside an e-mail's header (a talk's label) is
read as before. From the Dublin newsletter of tests/ingest/corpus/holdout7; the rows are
variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

# (language, header, body line with the meeting)
# fmt: off
ROWS = [
    (None,
     "From: Leeds Tenants <hello@leedstenants.example.org>\nSent: Tuesday, 17 November 2026 09:12\n"
     "To: members@lists.example.org\nSubject: News: the 5th December march and the AGM",
     "Saturday 5 December, 1pm – March for Homes, Millennium Square, Leeds"),
    ("de",
     "Von: Mieterverein <info@mieterverein.example.org>\nGesendet: Dienstag, 17. November 2026 09:12\n"
     "An: mitglieder@example.org\nBetreff: Demo am 5. Dezember und Jahresversammlung",
     "Samstag, 5. Dezember, 13 Uhr – Demo für bezahlbares Wohnen, Römerberg, Frankfurt"),
    ("fr",
     "De : UP Nantes <lettre@up-nantes.example.org>\nEnvoyé : mardi 17 novembre 2026 10:42\n"
     "À : adherents@example.org\nObjet : La marche du 5 décembre et l'AG",
     "Samedi 5 décembre, 13 h – Marche pour le logement, place Royale, Nantes"),
    ("es",
     "De: Sindicato de Inquilinas <info@inquilinas.example.org>\n"
     "Enviado: martes, 17 de noviembre de 2026 9:12\nPara: socias@example.org\n"
     "Asunto: Manifestación del 5 de diciembre y asamblea",
     "Sábado 5 de diciembre, 13:00 h – Manifestación por la vivienda, Plaza de Callao, Madrid"),
]
# fmt: on


@pytest.mark.parametrize("lang,header,body", ROWS)
def test_the_subject_line_is_no_meeting(lang, header, body):
    listing = parse(f"{header}\n\nHi all,\n\n{body}\n", lang=lang)
    assert [(m.date, m.start_time, m.source_line) for m in listing.meetings] == [
        ("2026-12-05", "13:00", 8)
    ]
    assert any(w.line == 4 and "subject" in w.reason for w in listing.warnings)


def test_a_subject_label_outside_an_email_header_is_read():
    page = "Seminars\n\nSubject: The Chartists — Tuesday 5 January 2027, 7pm, Room 3\n"
    ms = parse(page, as_of=date(2026, 11, 17)).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-05", "19:00")]


def test_through_eventmap_parse(tmp_path):
    lang, header, body = ROWS[0]
    path = tmp_path / "newsletter.txt"
    path.write_text(f"{header}\n\nHi all,\n\n{body}\n", encoding="utf-8")
    ms = cli_meetings(path)
    assert [(m["date"], m["start_time"]) for m in ms] == [("2026-12-05", "13:00")]
