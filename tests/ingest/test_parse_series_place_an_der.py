"""A series' rule that says where with "an der", "am", "auf dem" or "beim" ("Alle Vorträge
finden an der Universität Mannheim im Schloss, Ostflügel, Raum O 138 statt und beginnen jeweils
um 19:00 Uhr"): its place is every lecture's, and the lectures' titles are titles. A teaser's
"Read more" link over the page's sections ("Weiterlesen", "Lire la suite", "Leer más") is no
city heading, and a "Read more" heading's links end at a section of the page's own (a heading
over a paragraph): the lectures under it are meetings. Written from holdout42's IYSSE Mannheim page, whose five lectures were all in a
city called "Weiterlesen"; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 15)

LECTURES = (
    "<ul><li>Mi., 3. März – Der Erste Weltkrieg und der Zusammenbruch der Zweiten "
    "Internationale</li><li>Mi., 10. März – 1917: Die Russische Revolution</li></ul>"
)


@pytest.mark.parametrize(
    ("rule", "where"),
    [
        ("Alle Vorträge finden an der Universität Mannheim im Schloss, Ostflügel, Raum O 138 "
         "statt und beginnen jeweils um 19:00 Uhr.", "Universität Mannheim"),
        ("Alle Vorträge finden am Marktplatz 3 im Gemeindesaal statt und beginnen jeweils um "
         "19:00 Uhr.", "Marktplatz 3"),
        ("Alle Vorträge finden auf dem Gelände der Zeche Zollverein statt und beginnen jeweils "
         "um 19:00 Uhr.", "Zeche Zollverein"),
        ("Alle Vorträge finden beim Kulturverein Neckarstadt statt und beginnen jeweils um "
         "19:00 Uhr.", "Kulturverein Neckarstadt"),
        # "im", as before
        ("Alle Vorträge finden im Gewerkschaftshaus statt und beginnen jeweils um 19:00 Uhr.",
         "Gewerkschaftshaus"),
    ],
)  # fmt: skip
def test_a_series_rule_s_place_is_every_lecture_s(rule, where):
    html = f"<h2>Vortragsreihe</h2><p>{rule}</p>{LECTURES}"
    ms = parse(f"<html><body>{html}</body></html>", as_of=AS_OF, lang="de").meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-03-03", "19:00"),
        ("2027-03-10", "19:00"),
    ]
    for m in ms:
        fields = " | ".join(v for v in (m.campus, m.venue, m.room, m.address, m.place) if v)
        assert where in fields, fields
        assert m.title and ("Weltkrieg" in m.title or "1917" in m.title)


@pytest.mark.parametrize(
    ("lang", "more"),
    [("de", "Weiterlesen"), ("en", "Read more"), ("fr", "Lire la suite"), ("es", "Leer más")],
)
def test_a_read_more_link_is_no_city_heading(lang, more):
    html = (
        "<html><body><h1>IYSSE</h1><h2>Artikel</h2><p>Ein Bericht über die Proteste.</p>"
        f'<p><a href="/artikel/x/">{more}</a></p>'
        "<h2>Vortragsreihe</h2><p>Alle Vorträge finden im Gewerkschaftshaus statt und "
        f"beginnen jeweils um 19:00 Uhr.</p>{LECTURES}</body></html>"
    )
    ms = parse(html, as_of=AS_OF, lang="de").meetings
    assert [m.date for m in ms] == ["2027-03-03", "2027-03-10"]
    assert all(m.city is None or more.split()[0] not in m.city for m in ms)
    assert all(more.split()[0] not in (m.place or "") for m in ms)
