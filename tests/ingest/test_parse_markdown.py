"""A page pasted as Markdown (issue 17; the New Zealand page of tests/ingest/corpus/holdout4):
"## Wellington" headings, "**Saturday 9 January, 2pm**", bullets "* **Auckland:** Sunday 10
January, …" and an "_Updated 1 December._" footer read as the same page without the marks; a
city heading with a remark in brackets ("Wellington (second meeting)") is still the city. The
rows are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.text import unmark

AS_OF = date(2026, 2, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


# fmt: off
@pytest.mark.parametrize("line,plain", [
    ("## Wellington", "Wellington"),
    ("# Public meetings", "Public meetings"),
    ("**Saturday 9 January, 2pm**", "Saturday 9 January, 2pm"),
    ("* **Auckland:** Sunday 10 January, 1.30pm", "* Auckland: Sunday 10 January, 1.30pm"),
    ("__Berlin:__ Samstag, 7. März", "Berlin: Samstag, 7. März"),
    ("_Updated 1 December._", "Updated 1 December."),
    ("#5 bus to the hall", "#5 bus to the hall"),
    ("room_4 and room_5", "room_4 and room_5"),
    ("_ a line _", "_ a line _"),
])
# fmt: on
def test_markdown_marks_are_dropped_from_a_line(line, plain):
    assert unmark(line) == plain


# fmt: off
@pytest.mark.parametrize("page,lang,expected", [
    ("# Meetings\n\nIntro text for the page.\n\n## Leeds\n\n**Saturday 7 March, 2pm**  \n"
     "Hyde Park Book Club  \n27 Headingley Lane, Leeds\n", None, [("2026-03-07", "Leeds")]),
    ("# Meetings\n\nIntro text for the page.\n\n* **Glasgow:** Sunday 8 March, 1pm, Renfield "
     "Centre, 260 Bath Street\n* **Dundee** — Sat 14 Mar, 11am — Central Library, Wellgate\n",
     None, [("2026-03-08", "Glasgow"), ("2026-03-14", "Dundee")]),
    ("# Treffen\n\nEinleitung zur Seite.\n\n* **Kassel:** Samstag, 7. März, 15 Uhr, Café "
     "Buch-Oase, Germaniastraße 14\n", "de", [("2026-03-07", "Kassel")]),
    ("# Réunions\n\nIntroduction de la page.\n\n* **Lille :** samedi 7 mars, 15h, Maison des "
     "syndicats, 27 rue Jean-Moulin\n", "fr", [("2026-03-07", "Lille")]),
])
# fmt: on
def test_a_markdown_page_reads_as_the_same_page_without_its_marks(page, lang, expected):
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.city or m.place) for m in listing.meetings] == expected


def test_an_emphasised_updated_footer_is_no_meeting():
    page = "# Meetings\n\n## Leeds\n\n**Saturday 7 March, 2pm**\nTrades Club\n\n_Updated 3 March._\n"
    listing = parse(page, as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2026-03-07"]
    assert any(w.line == 8 and "not a meeting" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("heading,city", [
    # a remark in brackets after the city
    ("Glasgow (second meeting)", "Glasgow"),
    ("Hamburg (zweites Treffen)", "Hamburg"),
    ("Lyon (deuxième réunion)", "Lyon"),
    ("Rosario (segunda reunión)", "Rosario"),
    # lower-case particles inside the name
    ("Ciudad de México", "Ciudad de México"),
    ("Santiago de Chile", "Santiago de Chile"),
    ("Frankfurt am Main", "Frankfurt am Main"),
    ("Stratford upon Avon", "Stratford upon Avon"),
    ("Río de la Plata", "Río de la Plata"),
])
# fmt: on
def test_a_city_heading_with_a_remark_or_lower_case_particles_is_the_citys(heading, city):
    page = (
        f"Meetings\n\nIntro.\n\n{heading}\n\nSaturday 7 March, 2pm\nCommunity Hall\n"
        "12 Union Street\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert city in _places(m)


# fmt: off
@pytest.mark.parametrize("heading", [
    "de la Cruz", "Talks on Tuesday", "Join us", "Public Meeting",
])
# fmt: on
def test_a_heading_that_is_no_name_gives_no_city(heading):
    page = (
        f"Meetings\n\nIntro.\n\n{heading}\n\nSaturday 7 March, 2pm\nCommunity Hall\n"
        "12 Union Street\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.city is None and heading not in (m.place or "")
