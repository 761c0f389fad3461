"""The town a sentence names for its dates (issue 17 items 4 and 5; holdout8's Lyon and Zürich
pages, under a month's heading). Read as a person reads it:

- a sentence that opens with its town ("In Zürich treffen wir uns wieder am …", "À Nantes, la
  prochaine réunion aura lieu le …", "En Córdoba nos reunimos …") gives its meetings that city
  ("In January we meet …" names a month, no town);
- a later date on the line with its own town right before it ("…, puis à Saint-Étienne le samedi
  16 janvier", "…, then in York on Saturday 16 January") is held in that town, not at the place
  of the date before it, and that clause is not the first date's room;
- the time and place the dates of a list share come after the last date of the list's sentence:
  a date in the next sentence ("Die Basler Gruppe trifft sich am Mi., 20.1., 18:15 Uhr …") has its
  own time, which the list does not take.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}

# fmt: off
OPENING = [
    # (lang, month heading, sentence, time, town or None)
    ("de", "IM JANUAR", "In Basel treffen wir uns wieder am Donnerstag, 14. Januar, um 19 Uhr im "
     "Kollegienhaus.", "19:00", "Basel"),
    ("fr", "En janvier", "À Nantes, la prochaine réunion aura lieu le jeudi 14 janvier à 18 h 30 "
     "à la Maison des syndicats.", "18:30", "Nantes"),
    ("es", "En enero", "En Córdoba nos reunimos otra vez el jueves 14 de enero a las 19 h en la "
     "Biblioteca Popular.", "19:00", "Córdoba"),
    ("en", "In January", "In Leeds we meet again on Thursday 14 January at 7pm at the Civic Hall.",
     "19:00", "Leeds"),
    ("en", "In January", "In January we meet again on Thursday 14 January at 7pm at the Civic "
     "Hall.", "19:00", None),
]
# fmt: on


@pytest.mark.parametrize("row", OPENING, ids=[f"{r[0]}-{r[4]}" for r in OPENING])
def test_a_sentence_opening_with_its_town(row):
    lang, heading, sentence, time, town = row
    page = f"Newsletter\n\n{heading}\n\n{sentence}\n"
    (m,) = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert (m.date, m.start_time, m.city) == ("2027-01-14", time, town)


# fmt: off
LATER = [
    # (lang, line with two dates, the second date's town, the first date's place)
    ("fr", "Les réunions reprendront le jeudi 14 janvier à 19 h à Lyon (Bourse du Travail), puis "
     "à Saint-Étienne le samedi 16 janvier à 15 h.", "Saint-Étienne", "Lyon"),
    ("en", "We meet on Thursday 14 January at 7pm in Leeds (Civic Hall), then in York on Saturday "
     "16 January at 3pm.", "York", "Leeds"),
    ("de", "Wir treffen uns am Donnerstag, 14. Januar, um 19 Uhr in Basel (Kollegienhaus), dann "
     "in Bern am Samstag, 16. Januar, um 15 Uhr.", "Bern", "Basel"),
    ("es", "Nos reunimos el jueves 14 de enero a las 19 h en Rosario (Biblioteca Argentina), y "
     "luego en Santa Fe el sábado 16 de enero a las 15 h.", "Santa Fe", "Rosario"),
]
# fmt: on


@pytest.mark.parametrize("row", LATER, ids=[f"{r[0]}-{r[2]}" for r in LATER])
def test_a_later_date_with_its_own_town(row):
    lang, line, town, first_place = row
    first, second = parse(f"Newsletter\n\n{line}\n", as_of=AS_OF, lang=LANG[lang]).meetings
    assert (first.date, first.start_time) == ("2027-01-14", "19:00")
    assert (second.date, second.start_time, second.city) == ("2027-01-16", "15:00", town)
    assert first_place in (first.venue or "") and first.city != town
    assert town not in (first.room or "") and first_place not in (second.venue or "")


# fmt: off
SHARED = [
    ("de", "In Zürich treffen wir uns am Donnerstag, 14. Januar, und am Donnerstag, 28. Januar, "
     "jeweils um 19 Uhr im Volkshaus. Die Basler Gruppe trifft sich am Mi., 20.1., 18:15 Uhr "
     "online."),
    ("en", "We meet on Thursday 14 January and Thursday 28 January, both at 7pm at the Civic Hall. "
     "The youth group meets on Wednesday 20 January, 6.15pm, online."),
    ("fr", "Nous nous retrouvons le jeudi 14 janvier et le jeudi 28 janvier, chaque fois à 19 h à "
     "la Bourse du Travail. Le groupe de Villeurbanne se réunit le mercredi 20 janvier à 18 h 15 "
     "en ligne."),
    ("es", "Nos reunimos el jueves 14 de enero y el jueves 28 de enero, siempre a las 19 h en el "
     "Ateneo. El grupo juvenil se reúne el miércoles 20 de enero a las 18:15 en línea."),
]
# fmt: on


@pytest.mark.parametrize("lang,line", SHARED, ids=[r[0] for r in SHARED])
def test_a_list_shares_the_time_of_its_own_sentence(lang, line):
    meetings = parse(f"Newsletter\n\n{line}\n", as_of=AS_OF, lang=LANG[lang]).meetings
    assert sorted((m.date, m.start_time) for m in meetings) == [
        ("2027-01-14", "19:00"),
        ("2027-01-20", "18:15"),
        ("2027-01-28", "19:00"),
    ]


PAGE = """\
Liebe Freundinnen und Freunde,

BASEL

Mittwoch, 9. Dezember, 18:15 Uhr
Universität Basel, Kollegienhaus, Hörsaal 115
Petersplatz 1, 4051 Basel

IM JANUAR

In Bern treffen wir uns wieder am Donnerstag, 14. Januar, und am Donnerstag, 28. Januar 2027, jeweils um 19 Uhr im Raum A 003. Die Jugendgruppe lädt am Mi., 20.1., 18:30 Uhr zu einer Diskussion ein.

Wir beginnen am Freitag, 15. Januar, um 19 Uhr in Luzern (Neubad), dann in Olten am Samstag, 16. Januar, um 14 Uhr.
"""


def test_cli_parse_reads_the_towns(tmp_path):
    path = tmp_path / "rundbrief.txt"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-11-20", "--lang", "de")
    got = sorted((m["date"], m["start_time"]) for m in meetings)
    assert got == [
        ("2026-12-09", "18:15"),
        ("2027-01-14", "19:00"),
        ("2027-01-15", "19:00"),
        ("2027-01-16", "14:00"),
        ("2027-01-20", "18:30"),
        ("2027-01-28", "19:00"),
    ]
    city = {m["date"]: m["city"] for m in meetings}
    assert [city[d] for d in ("2026-12-09", "2027-01-14", "2027-01-16", "2027-01-28")] == [
        "Basel",
        "Bern",
        "Olten",
        "Bern",
    ]
    assert city["2027-01-15"] != "Olten" and "Luzern" in str(meetings)
