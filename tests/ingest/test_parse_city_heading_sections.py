"""A chapter's city heading and the meetings under it (issue 17 item 7; holdout8's Texas tour,
Mexican chapter, Lyon and Zürich pages). Read as a person reads it:

- a name alone in its paragraph ("Denton") over a sentence that gives the date and names a
  campus ("The meeting at the University of North Texas will take place on …") is the meeting's
  city; the campus stays the meeting's campus (and "University of North Texas", "… of South
  Florida" are whole names, not "University of North");
- a city heading in capitals with its short form in brackets ("CIUDAD DE MÉXICO (CDMX)",
  "FRANKFURT AM MAIN (FFM)") is a city heading like one without: every meeting under it, also
  one after a blank line whose place line names no city, is held there;
- a month's heading ("IM JANUAR", "En janvier", "En enero") is no city, and it ends the section
  of the city heading above it: the meetings under it are not that city's.

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
SENTENCES = [
    # (lang, heading, sentence with the date, date, time, campus or venue that stays)
    ("en", "Denton", "The meeting at the University of North Texas will be held on Wednesday, "
     "January 20 at 5:15 p.m. in Union Room 333.", "2027-01-20", "17:15",
     "University of North Texas"),
    ("en", "Tampa", "Students at the University of South Florida will meet on Tuesday, February 2 "
     "at 7 pm in the Marshall Student Center.", "2027-02-02", "19:00",
     "University of South Florida"),
    ("en", "Lubbock", "The meeting at Texas Tech University will take place on Thursday, "
     "January 21 at 6 p.m. in the Student Union Building, Room 205.", "2027-01-21", "18:00",
     "Texas Tech University"),
    ("de", "Bochum", "Die Versammlung an der Ruhr-Universität findet am Donnerstag, 14. Januar, "
     "um 18 Uhr im Hörsaal HZO 20 statt.", "2027-01-14", "18:00", "Hörsaal HZO 20"),
    ("fr", "Grenoble", "La réunion à l'Université Grenoble Alpes aura lieu le jeudi 14 janvier à "
     "18 h 30, amphi MCI.", "2027-01-14", "18:30", "amphi MCI"),
    ("es", "Puebla", "La reunión en la Benemérita Universidad Autónoma de Puebla será el jueves "
     "14 de enero a las 17:00 en el Edificio CCU.", "2027-01-14", "17:00", "Edificio CCU"),
]
# fmt: on


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["under", "after-a-blank"])
@pytest.mark.parametrize("row", SENTENCES, ids=[f"{r[0]}-{r[1]}" for r in SENTENCES])
def test_a_name_heading_over_a_dated_sentence_is_its_city(row, gap):
    lang, city, sentence, day, time, kept = row
    page = (
        f"Speaking tour\n\nAustin\nMonday, January 11, 7pm\nCity Hall\n\n{city}{gap}{sentence}"
        "\n\nContact us\n"
    )
    m = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings[-1]
    assert (m.date, m.start_time, m.city) == (day, time, city)
    assert any(kept in (f or "") for f in (m.campus, m.venue, m.room, m.place))


def test_an_articles_one_subheading_over_a_dated_sentence_is_no_city():
    page = (
        "Workers rally against closures\n\nBy a reporter\n\nThe union has called a rally.\n\n"
        "Background\n\nThe meeting at the University of North Texas will be held on Wednesday, "
        "January 20 at 5:15 p.m. in Union Room 333.\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.date, m.city, m.campus) == ("2027-01-20", None, "University of North Texas")


# fmt: off
BRACKETED = [
    # (lang, heading, first entry, second entry (its place names no city), city)
    ("es", "👉 CIUDAD DE MÉXICO (CDMX)",
     ["🗓 Jueves 3 de diciembre · 17:00 h", "📍 UNAM, Facultad de Filosofía y Letras, Salón 103"],
     ["🗓 Sábado 12 de diciembre · 12:00 h", "📍 Mitin frente a la Rectoría de la UAM Xochimilco"],
     "Ciudad de México"),
    ("en", "📍 NEW YORK CITY (NYC)",
     ["Thursday, December 3, 7 pm", "The People's Forum, 320 W 37th St"],
     ["Saturday, December 12, 2 pm", "Rally outside the Rectory of the cathedral"],
     "New York"),
    ("de", "FRANKFURT AM MAIN (FFM)",
     ["Donnerstag, 3. Dezember, 19 Uhr", "Goethe-Universität, Hörsaalzentrum HZ 5"],
     ["Samstag, 12. Dezember, 14 Uhr", "Kundgebung vor der Alten Oper"],
     "Frankfurt am Main"),
    ("fr", "BORDEAUX (33)",
     ["Jeudi 3 décembre à 18 h", "Université Bordeaux Montaigne, amphi 700"],
     ["Samedi 12 décembre à 14 h", "Rassemblement devant le Grand Théâtre"],
     "Bordeaux"),
]
# fmt: on


@pytest.mark.parametrize("row", BRACKETED, ids=[f"{r[0]}-{r[4]}" for r in BRACKETED])
def test_a_city_heading_with_its_short_form_heads_every_entry(row):
    lang, heading, first, second, city = row
    page = f"Upcoming meetings\n\n{heading}\n" + "\n".join(first) + "\n\n" + "\n".join(second)
    meetings = parse(page + "\n", as_of=AS_OF, lang=LANG[lang]).meetings
    assert [(m.date, m.city) for m in meetings] == [
        ("2026-12-03", city),
        ("2026-12-12", city),
    ]


# fmt: off
MONTHS = [
    # (lang, city heading, its entry, month heading, the meeting under it)
    ("de", "BERN", "Freitag, 11. Dezember, 19 Uhr\nUniversität Bern, Raum A 003\n"
     "Schanzeneckstrasse 1, 3012 Bern", "IM JANUAR",
     "Am Donnerstag, 14. Januar, um 19 Uhr online per Zoom (Link auf Anfrage)."),
    ("fr", "Lille", "Jeudi 10 décembre à 18 h\nMaison de quartier, salle 2\n"
     "12 rue Gambetta, 59000 Lille", "En janvier",
     "Jeudi 14 janvier à 19 h : réunion nationale en ligne sur Zoom."),
    ("en", "LEEDS", "Thursday 10 December, 7pm\nLeeds Civic Hall, Committee Room\n"
     "Calverley St, Leeds LS1 1UR", "In January",
     "Thursday 14 January, 7pm: national meeting online via Zoom."),
    ("es", "Rosario", "Jueves 10 de diciembre, 19 h\nCentro Cultural Fontanarrosa, sala 3\n"
     "San Martín 1080, Rosario", "En enero",
     "Jueves 14 de enero, 19 h: reunión nacional en línea por Zoom."),
]
# fmt: on


@pytest.mark.parametrize("row", MONTHS, ids=[f"{r[0]}-{r[3]}" for r in MONTHS])
def test_a_month_heading_is_no_city_and_ends_the_one_above(row):
    lang, city, entry, month, line = row
    page = f"Upcoming\n\n{city}\n\n{entry}\n\n{month}\n\n{line}\n"
    first, under = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert first.city and first.city.casefold() == city.casefold()
    assert (under.date, under.start_time, under.online) == ("2027-01-14", "19:00", True)
    assert under.city is None and under.place is None


PAGE = """\
Public meetings in Texas and New York

### Austin
**Thursday, January 14, 7:00 p.m.**
University of Texas at Austin, Texas Union, Room 3.502

### Denton
The meeting at the University of North Texas will take place on Wednesday, January 20 at 5:15 p.m. in Union Room 333.

📍 NEW YORK CITY (NYC)
Thursday, January 21, 7 pm
The People's Forum, 320 W 37th St

Saturday, January 23, 2 pm
Rally outside the Rectory of the cathedral

IN FEBRUARY

Thursday, February 4, 7 pm: national meeting online via Zoom.
"""


def test_cli_parse_reads_the_sections(tmp_path):
    path = tmp_path / "tour.md"
    path.write_text(PAGE, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-11-20")
    assert [(m["date"], m["start_time"], m["city"] or m["place"]) for m in meetings] == [
        ("2027-01-14", "19:00", "Austin"),
        ("2027-01-20", "17:15", "Denton"),
        ("2027-01-21", "19:00", "New York"),
        ("2027-01-23", "14:00", "New York"),
        ("2027-02-04", "19:00", None),
    ]
    assert meetings[1]["campus"] == "University of North Texas"
    assert meetings[-1]["online"] is True
