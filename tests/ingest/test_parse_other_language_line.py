"""A long line in another language than the page's, its weekday and date after a lead-in
("Réunion en français : Montréal, samedi 23 janvier, 19 h 30, UQAM, …" on an English page,
"In English: Geneva, Saturday 23 January, 2 pm, …" on a French one), is read in that language
like a short line that opens with its weekday: a meeting, not a line dropped without a word.
From the Canadian chapter's page of tests/ingest/corpus/holdout11; the rows are variants
written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 3)


# fmt: off
@pytest.mark.parametrize("page_lang,line,want", [
    ("en", "Réunion en français : Montréal, samedi 23 janvier, 19 h 30, Université du Québec à "
     "Montréal (UQAM), pavillon Judith-Jasmin, salle J-1205, 405, rue Sainte-Catherine Est.",
     ("2027-01-23", "19:30", "Montréal")),
    ("en", "Séance en français : Moncton, jeudi 14 janvier, 18 h, Université de Moncton, pavillon "
     "Léopold-Taillon, salle 163, 18, avenue Antonine-Maillet.",
     ("2027-01-14", "18:00", "Moncton")),
    ("en", "Auf Deutsch: Zürich, Samstag 23. Januar, 15 Uhr, Volkshaus Zürich, Stauffacherstrasse "
     "60, Gelber Saal, mit Diskussion und Büchertisch.",
     ("2027-01-23", "15:00", "Zürich")),
    ("en", "En español: Los Angeles, sábado 16 de enero, 14:00 h, Biblioteca Central, sala de "
     "reuniones del segundo piso, 630 W 5th St, con traducción.",
     ("2027-01-16", "14:00", "Biblioteca Central")),
    ("fr", "In English: Geneva, Saturday January 23, 2:00 p.m., Maison des associations, salle "
     "Gandhi, rue des Savoises 15, followed by a discussion in both languages.",
     ("2027-01-23", "14:00", "Maison des associations")),
    ("de", "En français : Fribourg, jeudi 21 janvier, 19 h, Université de Fribourg, Miséricorde, "
     "salle 3113, avenue de l'Europe 20, discussion en français et en allemand.",
     ("2027-01-21", "19:00", "Fribourg")),
])
# fmt: on
def test_the_other_language_line_is_a_meeting(page_lang, line, want):
    heading = {"en": "Public meetings", "fr": "Réunions publiques", "de": "Veranstaltungen"}
    ms = parse(f"{heading[page_lang]}\n\n{line}\n", as_of=AS_OF, lang=page_lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [want[:2]]
    places = " ".join(str(v) for v in (ms[0].city, ms[0].place, ms[0].venue, ms[0].campus) if v)
    assert want[2] in places


@pytest.mark.parametrize("line", [
    "Le marché du samedi est fermé pendant les fêtes, et reprend en janvier avec 12 stands.",
    "Am Samstag gibt es keinen Büchertisch, wir sind wieder ab 2027 dabei.",
])
def test_a_line_with_a_weekday_but_no_date_stays_no_meeting(line):
    assert parse(f"Public meetings\n\n{line}\n", as_of=AS_OF, lang="en").meetings == []


PAGE = """IYSSE Canada

Winter meetings

Toronto, Ontario
Thursday, January 14, 7:00 p.m.
University of Toronto, Sidney Smith Hall, Room 2117

Réunion en français : Montréal, samedi 23 janvier, 19 h 30, Université du Québec à Montréal (UQAM), pavillon Judith-Jasmin, salle J-1205.

Windsor, Ontario
Thursday, January 28, 7:00 p.m.
University of Windsor, CAW Student Centre, Room 204
"""


def test_a_bilingual_chapter_page_keeps_its_french_meeting():
    ms = parse(PAGE, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-01-14", "19:00"),
        ("2027-01-23", "19:30"),
        ("2027-01-28", "19:00"),
    ]
    assert "Montréal" in (ms[1].city or ms[1].place or "")
