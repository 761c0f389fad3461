"""A cinema's programme page names its venue once, on one line under the cookie banner, the menu
and the page's heading: "Kino im Künstlerhaus · Sophienstraße 2 · 30159 Hannover". That line is
the place of every screening below (each a film's title and credits, no place of its own), before the site's name in the page title ("Kommunales Kino
Hannover", an organisation whose name has a venue word); its street and town stay together."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (title, banner, menu, heading, venue line, day line, venue, street)
PAGES = [
    ("Programme – Cinema at the Arts Centre | Hull Independent Cinema",
     "This website uses only strictly necessary cookies.", ["Programme", "Seasons", "Tickets"],
     "Programme", "Cinema at the Arts Centre · 12 Jameson Street · Hull HU1 3JX",
     "Thursday 3 December", "Cinema at the Arts Centre", "12 Jameson Street"),
    ("Programm – Kino im Künstlerhaus | Kommunales Kino Hannover",
     "Diese Website verwendet nur technisch notwendige Cookies.", ["Programm", "Filmreihen", "Tickets"],
     "Programm", "Kino im Künstlerhaus · Sophienstraße 2 · 30159 Hannover",
     "Donnerstag, 3. Dezember", "Kino im Künstlerhaus", "Sophienstraße 2"),
    ("Programme – Cinéma de la Maison du Peuple | Ciné-club municipal",
     "Ce site n'utilise que des cookies strictement nécessaires.", ["Programme", "Cycles", "Tarifs"],
     "Programme", "Cinéma de la Maison du Peuple · 10 rue Émile-Zola · 44000 Nantes",
     "Jeudi 3 décembre", "Cinéma de la Maison du Peuple", "10 rue Émile-Zola"),
    ("Programa – Cine del Ateneo | Cineclub municipal",
     "Este sitio solo usa cookies técnicas.", ["Programa", "Ciclos", "Entradas"],
     "Programa", "Cine del Ateneo · Calle Mayor 3 · 50001 Zaragoza",
     "Jueves 3 de diciembre", "Cine del Ateneo", "Calle Mayor 3"),
]  # fmt: skip


def _html(title, banner, menu, heading, venue_line, day) -> str:
    items = "".join(f"<li><a href='/{m.lower()}'>{m}</a></li>" for m in menu)
    films = "".join(
        f"<div class='slot'><p class='zeit'>{t}</p><h4>{name}</h4><p>{credits}</p></div>"
        for t, name, credits in (
            ("18:00", "Die bleierne Zeit", "R: Margarethe von Trotta, BRD 1981, 106 Min., 35mm"),
            ("20:30", "Neue Heimat", "R: Mareike Sandvoß, D 2026, 88 Min., DCP"),
        )
    )
    return (
        f"<html><head><title>{title}</title></head><body>"
        f"<div class='cookie'><p>{banner}</p><button>OK</button></div>"
        f"<nav><ul>{items}</ul></nav><main><h1>{heading}</h1><p class='ort'>{venue_line}</p>"
        f"<section><h3>{day}</h3>{films}</section></main></body></html>"
    )


@pytest.mark.parametrize("page", PAGES, ids=["en", "de", "fr", "es"])
def test_the_venue_line_under_the_menu_places_every_screening(page: tuple) -> None:
    *parts, venue, street = page
    got = parse(_html(*parts), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-03", "18:00"),
        ("2026-12-03", "20:30"),
    ]
    assert all(m.venue == venue for m in got)
    assert all(street in (m.address or "") for m in got)
