"""A guided-tours programme: a rule for the whole list after a sentence that names no place
("Nos guides vous emmènent à la découverte de la Cité aux cinq clochers. Sauf mention
contraire, les visites débutent à 14h30."), then date headings in capitals, each over one line
that gives its title and its meeting point under a label ("SAMEDI 12 DÉCEMBRE" / "Tournai, mille
ans d'histoire – RDV : Office du Tourisme, place Paul-Émile Janson 1"). Each visit is at its
meeting point at the list's time; before, the line read as prose was no detail of its date and
the rule's earlier sentence became every visit's place. (holdout37's tourist office in Tournai,
after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (lang, blurb and rule, date heading, title, label, meeting point, venue, time)
CASES = [
    ("en", "Every weekend our guides take you on a discovery of the City of Five Spires. Unless stated otherwise, "
     "walks start at 2.30pm and last about 90 minutes.", "SATURDAY 12 DECEMBER",
     "Edinburgh, a thousand years of history in ninety minutes", "Meeting point", "Mercat Cross, High Street",
     "Mercat Cross", "14:30"),
    ("de", "Jedes Wochenende führen unsere Guides Sie zu einer Entdeckungsreise durch die Stadt der fünf Türme. "
     "Sofern nicht anders angegeben, beginnen die Führungen um 14.30 Uhr.", "SAMSTAG, 12. DEZEMBER",
     "Regensburg, tausend Jahre Geschichte in anderthalb Stunden", "Treffpunkt", "Tourist-Information, Altes Rathaus",
     "Tourist-Information", "14:30"),
    ("fr", "Chaque week-end, nos guides vous emmènent à la découverte de la Cité aux cinq clochers. Sauf mention "
     "contraire, les visites débutent à 14h30 et durent environ 1h30.", "SAMEDI 12 DÉCEMBRE",
     "Tournai, mille ans d'histoire en une heure et demie", "RDV", "Office du Tourisme, place Paul-Émile Janson 1",
     "Office du Tourisme", "14:30"),
    ("es", "Cada fin de semana nuestros guías les llevan a descubrir la Ciudad de las cinco torres. Salvo que se "
     "indique lo contrario, las visitas comienzan a las 11:00 h.", "SÁBADO 12 DE DICIEMBRE",
     "Cáceres, mil años de historia en hora y media", "Punto de encuentro", "Arco de la Estrella, Plaza Mayor",
     "Arco de la Estrella", "11:00"),
]  # fmt: skip


def _page(rule: str, day: str, title: str, label: str, point: str) -> str:
    return f"GUIDED TOURS\n\n{rule}\n\n{day}\n{title} – {label} : {point}\n"


@pytest.mark.parametrize(
    ("lang", "rule", "day", "title", "label", "point", "venue", "start"), CASES
)
def test_the_labelled_meeting_point_is_the_place(
    lang, rule, day, title, label, point, venue, start
) -> None:
    got = parse(_page(rule, day, title, label, point), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2026-12-12", start)]
    assert got[0].venue == venue
    assert got[0].title == title


@pytest.mark.parametrize(
    ("lang", "rule", "day", "title", "label", "point", "venue", "start"), CASES
)
def test_the_rules_earlier_sentence_gives_no_place(
    lang, rule, day, title, label, point, venue, start
) -> None:
    page = f"GUIDED TOURS\n\n{rule}\n\n{day}\n\n{day.replace('12', '19')}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert got and all(m.venue is None and m.place is None for m in got)
