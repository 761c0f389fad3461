"""A text page opens with its name line as an HTML page's title does ("Wildpark Hinterberg –
Veranstaltungen", "Riverside Museum – What's on"): when that name is a venue's, it is the place
of the entries that name none, with a warning; an organisation's name is no place. A German
compound in capitals of a list's word ("VERANSTALTUNGSKALENDER", "JAHRESPROGRAMM") is no city
heading. Written from holdout41's wildlife park calendar, whose entries were all placed in a
city called "Veranstaltungskalender"; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 2, 1)

PAGES = [
    ("de", "Wildpark Hinterberg – Veranstaltungen", "VERANSTALTUNGSKALENDER",
     "Samstag, 6. Februar", "15 Uhr", "Wolfsfütterung mit Tierpflegerin Lisa",
     "Sonntag, 7. Februar", "11 Uhr", "Greifvogel-Flugschau", "Wildpark Hinterberg"),
    ("de", "Stadtbibliothek Halle · Programm", "JAHRESPROGRAMM",
     "Samstag, 6. Februar", "15 Uhr", "Bilderbuchkino für Kinder",
     "Sonntag, 7. Februar", "11 Uhr", "Lesecafé mit Gästen", "Stadtbibliothek Halle"),
    ("en", "Riverside Museum – What's on", "EVENTS CALENDAR",
     "Saturday 6 February", "3pm", "Family tour of the galleries",
     "Sunday 7 February", "11am", "Toddler art club", "Riverside Museum"),
    ("fr", "Théâtre du Rond-Point – Agenda", "AGENDA DU MOIS",
     "samedi 6 février", "15 h", "Visite guidée des coulisses",
     "dimanche 7 février", "11 h", "Lecture pour les enfants", "Théâtre du Rond-Point"),
    ("es", "Biblioteca Municipal de Baeza – Actividades", "PROGRAMACIÓN",
     "sábado 6 de febrero", "18:00 h", "Club de lectura juvenil",
     "domingo 7 de febrero", "11:00 h", "Cuentacuentos para niños",
     "Biblioteca Municipal de Baeza"),
]  # fmt: skip


def _page(name, heading, d1, t1, e1, d2, t2, e2):
    return f"{name}\n\n{heading}\n\n{d1}\n{t1}   {e1}\n\n{d2}\n{t2}   {e2}\n"


@pytest.mark.parametrize("lang,n,h,d1,t1,e1,d2,t2,e2,site", PAGES)
def test_the_site_a_page_is_named_after_is_where_its_entries_are(
    lang, n, h, d1, t1, e1, d2, t2, e2, site
):
    listing = parse(_page(n, h, d1, t1, e1, d2, t2, e2), as_of=AS_OF, lang=lang)
    ms = listing.meetings
    assert [m.date for m in ms] == ["2027-02-06", "2027-02-07"]
    assert [m.venue for m in ms] == [site, site]
    assert all(m.city is None for m in ms)  # no city called "Veranstaltungskalender"
    assert [m.title for m in ms] == [e1, e2]
    assert any(site in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        # an organisation's name, no venue's
        ("IYSSE Pittsburgh – Upcoming meetings", "The fight against war"),
        ("Leeds Trades Union Council – Diary", "Delegates' meeting"),
        # an e-mail's header over a newsletter: no page name
        ("From: ASSA Cape Centre <cape@assa.example.org>", "Star party"),
        ("Subject: Science Centre open evenings", "Star party"),
    ],
)
def test_an_organisation_s_name_is_no_place(name, entry):
    ms = parse(f"{name}\n\nSaturday 6 February\n3pm   {entry}\n", as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2027-02-06"]
    assert not any((ms[0].venue, ms[0].place, ms[0].city))


def test_an_entry_that_names_its_place_keeps_it():
    page = (
        "Riverside Museum – What's on\n\nSaturday 6 February\n"
        "3pm   Talk at the Central Library, 5 Oak Street\n\n"
        "Sunday 7 February\n11am   Toddler art club\n"
    )
    ms = parse(page, as_of=AS_OF, lang="en").meetings
    assert ms[0].venue != "Riverside Museum" and ms[0].address == "5 Oak Street"
    assert ms[1].venue == "Riverside Museum"


@pytest.mark.parametrize(
    ("heading", "city"),
    [
        ("VERANSTALTUNGSKALENDER", None),
        ("VEREINSTERMINE", None),
        ("JAHRESPROGRAMM", None),
        ("FRANKFURT", "Frankfurt"),
        ("MANCHESTER", "Manchester"),
    ],
)
def test_a_list_s_word_in_a_compound_is_no_city_heading(heading, city):
    page = f"Termine\n\n{heading}\n\nSamstag, 6. Februar, 15 Uhr, Gewerkschaftshaus\n"
    ms = parse(page, as_of=AS_OF, lang="de").meetings
    assert [m.city for m in ms] == [city]
