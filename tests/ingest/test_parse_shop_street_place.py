"""A co-op shop's newsletter: a list's rule that names the shop, its street and its postcode and
town before the time ("Les séances d'information ont lieu au magasin, rue Van Hove 19 à 1030
Schaerbeek, et commencent toutes à 19h :"), and a sentence that names the shop with its street
in brackets ("… de 10h à 12h, au magasin (rue Van Hove 19)."). The street is the place's
address; before, the rule's place was only the postcode and town, and the bracket was dropped.
(holdout37's co-op supermarket in Brussels, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 14)

# (lang, list rule over two dates, its dates, the street)
RULES = [
    ("en", "Information sessions are held at the shop, 19 Van Hove Street in 1030 Schaerbeek, and all start at 7pm:",
     ["Wednesday 6 January", "Tuesday 19 January"], "19 Van Hove Street"),
    ("de", "Die Infoabende finden im Laden, Van-Hove-Straße 19, 1030 Schaerbeek, statt und beginnen alle um 19 Uhr:",
     ["Mittwoch, 6. Januar", "Dienstag, 19. Januar"], "Van-Hove-Straße 19"),
    ("fr", "Les séances d'information ont lieu au magasin, rue Van Hove 19 à 1030 Schaerbeek, et commencent toutes à 19h :",
     ["mercredi 6 janvier", "mardi 19 janvier"], "rue Van Hove 19"),
    ("es", "Las sesiones informativas son en la tienda, calle Van Hove 19 en 1030 Schaerbeek, y empiezan todas a las 19:00:",
     ["miércoles 6 de enero", "martes 19 de enero"], "calle Van Hove 19"),
]  # fmt: skip

# (lang, sentence with the dates, the time and the shop with its street in brackets, the street)
SENTENCES = [
    ("en", "For new members: Saturday 9 January, 10am to 12 noon, at the shop (19 Van Hove Street). Eight places.",
     "19 Van Hove Street", "10:00"),
    ("de", "Für neue Mitglieder: Samstag, 9. Januar, 10 bis 12 Uhr, im Laden (Van-Hove-Straße 19). Acht Plätze.",
     "Van-Hove-Straße 19", "10:00"),
    ("fr", "Pour les nouveaux membres : le samedi 9 janvier, de 10h à 12h, au magasin (rue Van Hove 19). Huit places.",
     "rue Van Hove 19", "10:00"),
    ("es", "Para socios nuevos: el sábado 9 de enero, de 10:00 a 12:00, en la tienda (calle Van Hove 19). Ocho plazas.",
     "calle Van Hove 19", "10:00"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "days", "street"), RULES)
def test_the_rules_place_keeps_its_street(lang, rule, days, street) -> None:
    items = "\n".join(f"  • {d}" for d in days)
    got = parse(f"INFORMATION\n\n{rule}\n\n{items}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2027-01-06", "19:00"),
        ("2027-01-19", "19:00"),
    ]
    for m in got:
        assert street in " ".join(filter(None, (m.place, m.venue, m.address)))


@pytest.mark.parametrize(("lang", "sentence", "street", "start"), SENTENCES)
def test_the_bracketed_street_is_the_address(lang, sentence, street, start) -> None:
    got = parse(f"TRAINING\n\n{sentence}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-09", start)]
    assert street in " ".join(filter(None, (got[0].place, got[0].venue, got[0].address)))


@pytest.mark.parametrize(("lang", "sentence", "street", "start"), SENTENCES)
def test_a_bracketed_remark_is_no_address(lang, sentence, street, start) -> None:
    remark = {
        "en": "members only",
        "de": "nur Mitglieder",
        "fr": "membres seulement",
        "es": "solo socios",
    }[lang]
    got = parse(
        f"TRAINING\n\n{sentence.replace(street, remark)}\n", as_of=AS_OF, lang=lang
    ).meetings
    assert got[0].address is None
