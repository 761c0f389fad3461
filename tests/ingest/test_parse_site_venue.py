"""A venue's own events page (a bookshop, a church, a youth centre, a library) lists most of
its events without saying where: they are at the venue. The venue is the site's name, from an
HTML page's ``og:site_name`` or ``<title>`` ("Agenda et activités | MJC Bréquigny"), or from a
text page's first line when the line under it gives the venue's kind ("TROPISMES" / "Librairie
— …"). It goes to the meetings that name no place at all, and to those that name the site by
its kind ("À la librairie", "In church", "En la librería"), with a warning. Not when the site is
an organisation ("Unite the Union", "IYSSE France"), and not to an entry whose blurb says where
it is held instead ("Projection au Cinéma Arvor …"). A site menu's items ("Music", "Giving")
are never city headings."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

ENTRIES = {
    "en": ["Wednesday 16 December, 3pm", "Saturday 9 January, 11am"],
    "de": ["Mittwoch, 16. Dezember, 15 Uhr", "Samstag, 9. Januar, 11 Uhr"],
    "fr": ["Mercredi 16 décembre à 15h", "Samedi 9 janvier à 11h"],
    "es": ["Miércoles 16 de diciembre, 15:00 h", "Sábado 9 de enero, 11:00 h"],
}
TITLES = {
    "en": ["Story time for under-fives", "New Year coffee morning"],
    "de": ["Vorlesestunde für Kinder", "Empfang zum neuen Jahr"],
    "fr": ["Heure du conte", "Vœux et galette des rois"],
    "es": ["Cuentacuentos infantil", "Encuentro de Año Nuevo"],
}

FREE = {
    "en": "Free entry, all welcome.",
    "de": "Eintritt frei, alle sind willkommen.",
    "fr": "Entrée libre, ouvert à toutes et à tous.",
    "es": "Entrada libre hasta completar aforo.",
}


def _html(
    title: str, lang: str, *, og: str | None = None, blurbs: tuple[str, str] = ("", "")
) -> str:
    meta = f'<meta property="og:site_name" content="{og}">' if og else ""
    cards = "".join(
        f'<article><h3>{t}</h3><p class="date">{d}</p><p>{b or FREE[lang]}</p></article>'
        for d, t, b in zip(ENTRIES[lang], TITLES[lang], blurbs, strict=True)
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"{meta}</head><body><main><h1>Agenda</h1>{cards}</main></body></html>"
    )


SITES = [
    ("fr", "Agenda et activités | MJC Bréquigny", None, "MJC Bréquigny"),
    ("en", "Events — St Mary's Church, Ely", None, "St Mary's Church, Ely"),
    ("en", "What's on", "Bishopsgate Library", "Bishopsgate Library"),
    ("de", "Veranstaltungen | Stadtteilbibliothek Pankow", None, "Stadtteilbibliothek Pankow"),
    ("es", "Agenda – Librería La Hoja Suelta", None, "Librería La Hoja Suelta"),
    ("es", "Actividades · Casa de la Cultura de Oaxaca", None, "Casa de la Cultura de Oaxaca"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "og", "site"), SITES)
def test_placeless_meetings_are_at_the_sites_venue(
    lang: str, title: str, og: str | None, site: str
) -> None:
    listing = parse(_html(title, lang, og=og), as_of=AS_OF, lang=lang)
    assert [(m.date, m.venue) for m in listing.meetings] == [
        ("2026-12-16", site),
        ("2027-01-09", site),
    ]
    assert any(site in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Branch meetings | Unite the Union"),
        ("en", "Upcoming meetings — IYSSE Britain"),
        ("en", "Season 2026/27 | Stroud Film Club"),
        ("de", "Termine | Mieterverein Basel"),
        ("fr", "Agenda | Syndicat CGT Lyon"),
        ("es", "Agenda | Asociación de Vecinos de Russafa"),
    ],
)
def test_an_organisations_site_is_no_venue(lang: str, title: str) -> None:
    listing = parse(_html(title, lang), as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-16", "2027-01-09"]
    assert all(not (m.venue or m.place) for m in listing.meetings)


@pytest.mark.parametrize(
    ("lang", "blurb", "venue"),
    [
        ("fr", "Projection au Cinéma Arvor (11 rue de Châtillon) suivie d'un échange.", "Cinéma Arvor"),
        ("fr", "Hors les murs : à la Bibliothèque Champs-Manceaux, avec le centre social.", "Bibliothèque Champs-Manceaux"),
        ("en", "Screening at the Curzon Cinema (Sidney St) with a Q&A afterwards.", "Curzon Cinema"),
        ("de", "Lesung im Literaturhaus Pankow mit anschließendem Gespräch.", "Literaturhaus Pankow"),
        ("es", "Proyección en el Teatro Macedonio Alcalá, con coloquio posterior.", "Teatro Macedonio Alcalá"),
    ],
)  # fmt: skip
def test_a_blurb_that_says_where_beats_the_site(lang: str, blurb: str, venue: str) -> None:
    title = {"fr": "Agenda | MJC Bréquigny", "en": "Events | Bishopsgate Library",
             "de": "Termine | Stadtteilbibliothek Pankow", "es": "Agenda | Casa de la Cultura"}[lang]  # fmt: skip
    listing = parse(_html(title, lang, blurbs=(blurb, "")), as_of=AS_OF, lang=lang)
    first, second = listing.meetings
    assert venue in (first.venue or "")
    assert title.split(" | ")[1] == second.venue


@pytest.mark.parametrize(
    ("lang", "name", "kind", "where", "site"),
    [
        ("fr", "TROPISMES", "Librairie — Galerie des Princes 11, 1000 Bruxelles", "À la librairie, espace jeunesse", "Tropismes"),
        ("en", "RIVERSIDE BOOKS", "Bookshop · open daily 9-6", "At the bookshop, upstairs room", "Riverside Books"),
        ("de", "LESEZEICHEN", "Buchhandlung — seit 1987", "In der Buchhandlung, Leseecke", "Lesezeichen"),
        ("es", "LA HOJA SUELTA", "Librería — Russafa, València", "En la librería, primer piso", "La Hoja Suelta"),
    ],
)  # fmt: skip
def test_the_site_named_by_its_kind_is_the_site(
    lang: str, name: str, kind: str, where: str, site: str
) -> None:
    d = ENTRIES[lang]
    page = (
        f"View this email in your browser\n\n{name}\n{kind}\n\nNEWSLETTER\n\n"
        f"{d[0]}\n{TITLES[lang][0]}\n{where}\n\n{d[1]}\n{TITLES[lang][1]}\n{where.split(',')[0]}.\n"
    )
    listing = parse(page, as_of=AS_OF, lang=lang)
    first, second = listing.meetings
    assert first.venue == site and first.room == where.split(", ", 1)[1]
    assert second.venue == site and not second.room
    # "NEWSLETTER" is no town; the site's address gives one ("1000 Bruxelles")
    assert first.city == ("Bruxelles" if lang == "fr" else None)


@pytest.mark.parametrize("word", ["Music", "Giving", "Bristol", "Cornwall"])
def test_a_menu_item_is_no_city_heading(word: str) -> None:
    items = "".join(
        f'<div class="header-nav-item"><a href="/{w.lower()}">{w}</a></div>'
        for w in ["Home", "Services", word, "Contact"]
    )
    page = (
        f"<!DOCTYPE html><html><head><title>Notices</title></head><body><nav>{items}</nav>"
        "<main><h1>Notices</h1><p>Saturday 28 November 2026, 10am – Advent wreath making.</p>"
        "<p>Sunday 13 December 2026, 4pm – Christingle for families.</p></main></body></html>"
    )
    listing = parse(page, as_of=AS_OF, lang="en")
    assert [m.date for m in listing.meetings] == ["2026-11-28", "2026-12-13"]
    assert all(m.city is None for m in listing.meetings)


@pytest.mark.parametrize(
    ("lang", "heading", "entry"),
    [
        ("en", "NEWSLETTER", "Saturday 5 December, 11am – Rally, Pearse Street Library"),
        ("en", "TODAY'S TOPICS", "Saturday 5 December, 11am – Rally, Pearse Street Library"),
        ("fr", "EN BREF", "Samedi 5 décembre, 11h – Rassemblement, Bibliothèque royale"),
        ("de", "IN KÜRZE", "Samstag, 5. Dezember, 11 Uhr – Kundgebung, Stadtbibliothek"),
        ("es", "BOLETÍN", "Sábado 5 de diciembre, 11:00 – Concentración, Biblioteca Municipal"),
    ],
)  # fmt: skip
def test_a_newsletters_section_heading_is_no_town(lang: str, heading: str, entry: str) -> None:
    listing = parse(f"Digest\n\n{heading}\n\n{entry}\n", as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert m.city is None and heading.title() not in (m.place or "")


HERE_UNLESS = [
    ("es", "Agenda de diciembre – Tabacalera de Lavapiés", "Saltar al contenido",
     "Todas las actividades son en el centro (C/ Embajadores 53) salvo que se indique otro sitio.",
     ("Vie. 4 dic. · 19.30 h · Asamblea general abierta", "Sala de Asambleas. Balance del año."),
     ("Sáb. 5 dic. · 12 h · Vermú solidario", "En el patio. Para la caja de resistencia."),
     "Tabacalera de Lavapiés", ("Sala de Asambleas", "En el patio")),
    ("fr", "Agenda | La Cantine des Pentes", "Aller au contenu principal",
     "Sauf indication contraire, tout se passe au local, 12 rue Leynaud.",
     ("Ven. 4 déc. · 19h30 · Assemblée générale", "Salle du haut. Bilan de l'année."),
     ("Sam. 5 déc. · 12h · Repas solidaire", "Dans la cour. Prix libre."),
     "La Cantine des Pentes", ("Salle du haut", "Dans la cour")),
    ("de", "Programm | Kulturladen Westend", "Zum Inhalt springen",
     "Wenn nicht anders angegeben, finden alle Veranstaltungen im Haus statt.",
     ("Fr., 4.12. · 19:30 Uhr · Vollversammlung", "Großer Saal. Jahresrückblick."),
     ("Sa., 5.12. · 12 Uhr · Soli-Brunch", "Im Hof. Spenden erbeten."),
     "Kulturladen Westend", ("Großer Saal", "Im Hof")),
    ("en", "What's on | Kindred", "Skip to content",
     "Everything happens at the centre unless stated otherwise.",
     ("Fri 4 Dec · 7.30pm · General assembly", "Main room. Review of the year."),
     ("Sat 5 Dec · 12pm · Solidarity brunch", "In the garden. Donations welcome."),
     "Kindred", ("Main room", "In the garden")),
]  # fmt: skip


def _here_page(title: str, skip: str, intro: str | None, first: tuple, second: tuple) -> str:
    cards = "".join(f"<p><strong>{a}</strong><br>{b}</p>" for a, b in (first, second))
    said = f"<p>{intro}</p>" if intro else ""
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        f'<a class="skip-link" href="#main">{skip}</a><main id="main"><h1>Agenda</h1>{said}{cards}'
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "title", "skip", "intro", "first", "second", "site", "rooms"), HERE_UNLESS
)
def test_a_sites_rooms_when_all_is_held_there_unless_stated(
    lang: str, title: str, skip: str, intro: str, first: tuple, second: tuple, site: str,
    rooms: tuple,
) -> None:  # fmt: skip
    """ "Todas las actividades son en el centro … salvo que se indique otro sitio": the site is
    the venue, though its name has no venue's word, and an entry's opening room or space
    ("Sala de Asambleas. Balance del año.", "En el patio. …") is its room there."""
    listing = parse(
        _here_page(title, skip, intro, first, second), as_of=date(2026, 11, 30), lang=lang
    )
    assert [(m.venue, m.room) for m in listing.meetings] == [(site, rooms[0]), (site, rooms[1])]


@pytest.mark.parametrize(
    ("lang", "title", "skip", "intro", "first", "second", "site", "rooms"), HERE_UNLESS
)
def test_without_the_sentence_the_sites_name_is_no_venue(
    lang: str, title: str, skip: str, intro: str, first: tuple, second: tuple, site: str,
    rooms: tuple,
) -> None:  # fmt: skip
    listing = parse(
        _here_page(title, skip, None, first, second), as_of=date(2026, 11, 30), lang=lang
    )
    assert all(m.venue != site for m in listing.meetings)
    assert skip not in [m.venue for m in listing.meetings]


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Events | Brighton Hall Workers"),
        ("en", "Concerts | Kings College Chapel Singers"),
        ("en", "Events | Save Our Library"),
        ("en", "Events | Friends of Castle Park"),
        ("fr", "Agenda | Collectif Sauvons la Médiathèque"),
        ("fr", "Agenda | Chorale de la Chapelle"),
        ("de", "Termine | Chor der Kreuzkirche"),
        ("de", "Termine | Initiative Rettet die Stadtbibliothek"),
        ("es", "Agenda | Amigos del Museo del Prado"),
        ("es", "Agenda | Trabajadoras de la Biblioteca Nacional"),
    ],
)
def test_a_groups_site_named_after_a_building_is_no_venue(lang: str, title: str) -> None:
    """A group named after a building it works for ("Save Our Library", "Chor der Kreuzkirche")
    is not that building: its meetings that name no place are left without one."""
    listing = parse(_html(title, lang), as_of=AS_OF, lang=lang)
    assert [m.venue for m in listing.meetings] == [None, None]


@pytest.mark.parametrize(
    ("lang", "title", "intro"),
    [
        ("de", "Termine | Attac Berlin",
         "Wenn nicht anders angegeben, finden alle Treffen im Haus der Demokratie, Greifswalder Str. 4, statt."),
        ("fr", "Agenda | Attac Rennes",
         "Sauf indication contraire, les réunions ont lieu à la Maison des associations, 6 cours des Alliés."),
        ("es", "Agenda | Asamblea de Lavapiés",
         "Salvo que se indique otro sitio, las actividades son en el centro social La Piluka."),
        ("en", "Events | Bristol Cycling", "Unless stated otherwise, all rides start at the centre of town."),
    ],
)  # fmt: skip
def test_an_intro_that_names_another_place_makes_no_site_venue(
    lang: str, title: str, intro: str
) -> None:
    first = ("Fr., 4.12. · 19:30 Uhr · Plenum", "Bilanz des Jahres.")
    second = ("Sa., 5.12. · 12 Uhr · Brunch", "Spenden erbeten.")
    listing = parse(
        _here_page(title, "Skip", intro, first, second), as_of=date(2026, 11, 30), lang="de"
    )
    assert all(m.venue != title.split(" | ")[1] for m in listing.meetings)


@pytest.mark.parametrize(
    ("title", "where"),
    [
        ("Agenda et activités | MJC Bréquigny", "À la médiathèque"),
        ("Events | St Mary's Church, Ely", "In Ely"),
        ("What's on | Bishopsgate Library", "At the park"),
    ],
)
def test_another_kind_or_a_town_is_not_the_site(title: str, where: str) -> None:
    """ "À la médiathèque" on the MJC's page is not the MJC; "In Ely" on the page of "St Mary's
    Church, Ely" is the town, not the church."""
    page = _html(title, "fr", blurbs=(where, ""))
    listing = parse(page, as_of=AS_OF, lang="fr")
    assert listing.meetings[0].venue != title.split(" | ")[1]


def test_a_nav_that_holds_the_listing_keeps_its_city_headings() -> None:
    """A ``<nav>`` that holds dated entries under city lines is the listing, not a menu."""
    page = (
        "<!DOCTYPE html><html><head><title>Branches</title></head><body><nav>"
        "<p>BRISTOL</p><ul><li>Tuesday 1 December 2026, 7pm – Branch meeting, Hamilton House</li></ul>"
        "<p>CARDIFF</p><ul><li>Wednesday 2 December 2026, 7pm – Branch meeting, Transport House</li></ul>"
        "</nav></body></html>"
    )
    listing = parse(page, as_of=AS_OF, lang="en")
    assert [m.city for m in listing.meetings] == ["Bristol", "Cardiff"]
