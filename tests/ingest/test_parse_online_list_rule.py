"""A list's time rule that says before its time that the list meets online ("ONLINE (ZOOM)" /
"All online sessions run from 7pm to 8pm AEDT. We'll email you the Zoom link when you
register." / "Tuesday 1 December, Tuesday 15 December and Wednesday 3 February"). Each date
is an online meeting at the rule's time; before, the dates had the time but no place and were
not marked online. (holdout38's foster-care information sessions, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

# (lang, rule, dates line, the dates)
CASES = [
    ("en", "All online sessions run from 7pm to 8pm AEDT. We'll email you the Zoom link when you register.",
     "Tuesday 1 December and Tuesday 15 December"),
    ("de", "Alle Online-Termine beginnen um 19 Uhr. Den Zoom-Link schicken wir nach der Anmeldung.",
     "Dienstag, 1. Dezember und Dienstag, 15. Dezember"),
    ("fr", "Toutes les séances en ligne commencent à 19 h. Le lien Zoom est envoyé après l'inscription.",
     "Mardi 1er décembre et mardi 15 décembre"),
    ("es", "Todas las sesiones en línea empiezan a las 19:00. Enviamos el enlace de Zoom al inscribirte.",
     "Martes 1 de diciembre y martes 15 de diciembre"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "dates"), CASES)
def test_the_rules_list_meets_online(lang, rule, dates) -> None:
    page = f"INFORMATION SESSIONS\n\nONLINE (ZOOM)\n\n{rule}\n\n{dates}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.online) for m in got] == [
        ("2026-12-01", "19:00", True), ("2026-12-15", "19:00", True),
    ]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "dates"), CASES)
def test_a_link_offered_after_the_time_is_no_online_list(lang, rule, dates) -> None:
    # no "online" before the time: the sessions are held in person, the link is an extra
    in_person = {"en": "All sessions run from 7pm to 8pm at the Civic Centre. A Zoom link is sent on request.",
                 "de": "Alle Termine beginnen um 19 Uhr im Bürgerhaus. Einen Zoom-Link gibt es auf Anfrage.",
                 "fr": "Toutes les séances commencent à 19 h à la Maison des associations. Lien Zoom sur demande.",
                 "es": "Todas las sesiones empiezan a las 19:00 en el Centro Cívico. Enlace de Zoom a petición."}  # fmt: skip
    got = parse(
        f"INFORMATION SESSIONS\n\n{in_person[lang]}\n\n{dates}\n", as_of=AS_OF, lang=lang
    ).meetings
    assert [m.start_time for m in got] == ["19:00", "19:00"]
    assert not any(m.online for m in got)
