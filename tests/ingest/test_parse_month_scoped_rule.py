"""A time stated "unless noted" for one month's meetings ("At the June Games, solo events start
at 9 a.m. unless noted below", "Im Juni beginnen alle Wanderungen um 8 Uhr, sofern nicht anders
angegeben") is for that month's dates only, and its opening ("At the June Games,") names no
place. Written from holdout44's Highland games calendar; the rows are
variants, with look-alikes (a rule naming two months, or none)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)

# (lang, rule, June's two dates, July's date, venue lines of each)
MONTH_RULES = [
    ("en", "At the June Games, solo piping and dancing start at 9 a.m. unless noted below.",
     ["Saturday, June 12, 2027", "Saturday, June 19, 2027"], "Saturday, July 3, 2027", "09:00"),
    ("en", "In June, all walks start at 10am unless otherwise stated.",
     ["Saturday, June 12, 2027", "Saturday, June 19, 2027"], "Saturday, July 3, 2027", "10:00"),
    ("de", "Im Juni beginnen alle Wanderungen um 8 Uhr, sofern nicht anders angegeben.",
     ["Samstag, 12. Juni 2027", "Samstag, 19. Juni 2027"], "Samstag, 3. Juli 2027", "08:00"),
    ("fr", "En juin, toutes les sorties commencent à 9 h, sauf mention contraire.",
     ["samedi 12 juin 2027", "samedi 19 juin 2027"], "samedi 3 juillet 2027", "09:00"),
    ("es", "En junio, todas las salidas comienzan a las 9:00, salvo que se indique otra cosa.",
     ["sábado 12 de junio de 2027", "sábado 19 de junio de 2027"], "sábado 3 de julio de 2027",
     "09:00"),
]  # fmt: skip
_VENUES = [
    "Churchill Park, Cambridge, ON",
    "Embro Fairgrounds, Embro, ON",
    "Head Lake Park, Haliburton, ON",
]


def _page(rule: str, june: list[str], july: str) -> str:
    out = ["# Calendar", "", rule, ""]
    for n, (when, title) in enumerate(
        zip([*june, july], ["Games", "Festival", "Gathering"], strict=True)
    ):
        out += [when, f"Highland {title}", _VENUES[n], ""]
    return "\n".join(out)


@pytest.mark.parametrize(("lang", "rule", "june", "july", "time"), MONTH_RULES)
def test_a_rule_for_one_months_meetings_leaves_the_next_months(lang, rule, june, july, time):
    ms = parse(_page(rule, june, july), as_of=AS_OF, lang=lang).meetings
    # the rule's opening ("At the June Games, …") and its subject name no place
    subject = rule.split(",")[1].split()[0] if "," in rule else rule.split()[-1]
    assert not any(subject in " ".join(filter(None, (m.venue, m.place, m.room))) for m in ms)
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-06-12", time), ("2027-06-19", time), ("2027-07-03", None)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "rule"),
    [
        # two months, or none: the rule is for every date under it
        ("en", "In June and July, all walks start at 10am unless otherwise stated."),
        ("en", "All walks start at 10am unless otherwise stated."),
        ("de", "Alle Wanderungen beginnen um 10 Uhr, sofern nicht anders angegeben."),
        ("fr", "En juin et juillet, toutes les sorties commencent à 10 h, sauf mention contraire."),
        ("es", "En junio y julio, todas las salidas comienzan a las 10:00, salvo que se indique otra cosa."),
        # all months but one, or from a month on: not that month's rule alone
        ("en", "Except in August, all walks start at 10am unless otherwise stated."),
        ("en", "Since the March AGM, all walks start at 10am unless otherwise stated."),
        ("de", "Außer im August beginnen alle Wanderungen um 10 Uhr, sofern nicht anders angegeben."),
        ("fr", "Sauf en août, toutes les sorties commencent à 10 h, sauf mention contraire."),
        ("fr", "À partir de juin, toutes les sorties commencent à 10 h, sauf mention contraire."),
        ("es", "A partir de junio, todas las salidas comienzan a las 10:00, salvo que se indique otra cosa."),
    ],
)  # fmt: skip
def test_a_rule_without_one_months_scope_is_for_every_date(lang, rule):
    dates = {
        "en": (["Saturday, June 12, 2027", "Saturday, June 19, 2027"], "Saturday, July 3, 2027"),
        "de": (["Samstag, 12. Juni 2027", "Samstag, 19. Juni 2027"], "Samstag, 3. Juli 2027"),
        "fr": (["samedi 12 juin 2027", "samedi 19 juin 2027"], "samedi 3 juillet 2027"),
        "es": (["sábado 12 de junio de 2027", "sábado 19 de junio de 2027"], "sábado 3 de julio de 2027"),
    }[lang]  # fmt: skip
    ms = parse(_page(rule, *dates), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in ms] == ["10:00", "10:00", "10:00"]


@pytest.mark.parametrize(
    ("lang", "rule", "when", "venue"),
    [
        # an opening that names a venue is the rule's place, the clause after it no part of it
        ("en", "At St John's Church Hall, all sessions start at 7.30pm unless otherwise noted.",
         "Tuesday 12 January 2027 – Beginners' class", "St John's Church Hall"),
        ("fr", "À la salle paroissiale de Lucens, les séances commencent à 14 h sauf mention contraire.",
         "mardi 12 janvier 2027 – Atelier tricot", "salle paroissiale de Lucens"),
        ("es", "En el Ateneo Popular, las charlas empiezan a las 19:00 salvo que se indique otra cosa.",
         "martes 12 de enero de 2027 – Charla sobre vivienda", "Ateneo Popular"),
    ],
)  # fmt: skip
def test_an_opening_venue_is_the_rules_place(lang, rule, when, venue):
    ms = parse("\n".join(["# Programme", "", rule, "", when, ""]), as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 1
    assert venue in " ".join(filter(None, (ms[0].venue, ms[0].place)))
    assert "start" not in (ms[0].room or "") and "commencent" not in (ms[0].room or "")
