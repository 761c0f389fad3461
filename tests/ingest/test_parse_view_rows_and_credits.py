"""Two layouts of listing pages whose place line was missed or mistaken.

A CMS's view of events (Drupal's "views-row") writes each field as its own block: a label's span
("Venue: ", "Speaker: ") and then its value's block, so the page's lines put the label alone with
a blank line before its value. The label and its value are read as one line ("Venue: Gordon
Aikman Lecture Theatre"), so the venue is the meeting's place and "Speaker:" is no town.

A film club's programme puts the film's credits under its title ("Jean Renoir · France · 1939 ·
1 h 50"), then who presents it ("Présentée par le ciné-club"), then the cinema. A line of cells
with a bare year is credits (its "1 h 50" is a running time, not a start time), and a line led by
"presented by" without a number is a byline: neither is the place.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# lang: (heading, place label, speaker label, [(title, date line, place, speaker)], want)
VIEWS = {
    "en": ("Forthcoming lectures", "Venue:", "Speaker:",
           [("Empire, famine and memory", "Wed, 25/11/2026 - 17:30",
             "Gordon Aikman Lecture Theatre, George Square", "Professor Aoife Brennan (Cork)"),
            ("The Antonine Wall reconsidered", "Thu, 03/12/2026 - 18:00 to 19:30",
             "Playfair Library Hall, Old College, South Bridge", "Dr Callum Reid")],
           [("2026-11-25", "17:30", "Gordon Aikman Lecture Theatre"),
            ("2026-12-03", "18:00", "Playfair Library Hall")]),
    "de": ("Kommende Vorträge", "Ort:", "Referentin:",
           [("Die Hanse und ihre Städte", "Mi., 25.11.2026 - 18:15",
             "Hörsaal B, Hauptgebäude, Edmund-Siemers-Allee 1", "Prof. Dr. Anna Wolff (Kiel)"),
            ("Frauen in der Revolution 1918", "Do., 03.12.2026 - 19:00 bis 20:30",
             "Warburg-Haus, Heilwigstraße 116", "Dr. Lena Brandt")],
           [("2026-11-25", "18:15", "Hörsaal B"), ("2026-12-03", "19:00", "Warburg-Haus")]),
    "fr": ("Conférences à venir", "Lieu :", "Intervenante :",
           [("Mémoire et empire au XIXe siècle", "mer. 25/11/2026 - 17h30",
             "Amphithéâtre Richelieu, Sorbonne, 17 rue de la Sorbonne", "Aoife Brennan (Cork)"),
            ("Le mur d'Antonin", "jeu. 03/12/2026 - 18h00 à 19h30",
             "Maison de la recherche, 28 rue Serpente", "Claire Dubois")],
           [("2026-11-25", "17:30", "Amphithéâtre Richelieu"),
            ("2026-12-03", "18:00", "Maison de la recherche")]),
    "es": ("Próximas conferencias", "Lugar:", "Ponente:",
           [("Imperio, hambre y memoria", "mié. 25/11/2026 - 17:30",
             "Aula Magna, Facultad de Geografía e Historia", "Dra. Aoife Brennan (Cork)"),
            ("La muralla de Antonino", "jue. 03/12/2026 - 18:00 a 19:30",
             "Salón de Grados, Edificio Multiusos", "Dr. Carlos Reyes")],
           [("2026-11-25", "17:30", "Aula Magna"), ("2026-12-03", "18:00", "Salón de Grados")]),
}  # fmt: skip


def _row(title: str, when: str, place: str, speaker: str, place_label: str, who_label: str) -> str:
    return (
        '<div class="views-row">\n'
        f'  <div class="views-field views-field-title"><span class="field-content"><a href="/e">'
        f"{title}</a></span></div>\n"
        f'  <div class="views-field views-field-field-event-date"><div class="field-content">'
        f"<span>{when}</span></div></div>\n"
        f'  <div class="views-field views-field-field-event-venue"><span class="views-label">'
        f'{place_label} </span><div class="field-content">{place}</div></div>\n'
        f'  <div class="views-field views-field-field-speaker"><span class="views-label">'
        f'{who_label} </span><div class="field-content">{speaker}</div></div>\n'
        "</div>\n"
    )


def _view_html(lang: str) -> str:
    heading, place_label, who_label, rows, _ = VIEWS[lang]
    body = "".join(_row(*r, place_label, who_label) for r in rows)
    return f"<html><body><main><h2>{heading}</h2>\n<div class='view-content'>\n{body}</div></main></body></html>"


def _view_text(lang: str) -> str:
    """The same view as a browser's copy that keeps a blank line between blocks."""
    heading, place_label, who_label, rows, _ = VIEWS[lang]
    parts = [heading]
    for title, when, place, speaker in rows:
        parts += [title, when, place_label, place, who_label, speaker]
    return "\n\n".join(parts) + "\n"


def _places(m) -> str:
    return " ".join(filter(None, [m.venue, m.place, m.room, m.address, m.city]))


@pytest.mark.parametrize("form", ["html", "text"])
@pytest.mark.parametrize("lang", sorted(VIEWS))
def test_a_views_labelled_venue_is_the_place(lang: str, form: str) -> None:
    page = _view_html(lang) if form == "html" else _view_text(lang)
    listing = parse(page, as_of=AS_OF, lang=lang)
    want = VIEWS[lang][4]
    assert [(m.date, m.start_time) for m in listing.meetings] == [w[:2] for w in want]
    for m, (_, _, place) in zip(listing.meetings, want, strict=True):
        assert place in _places(m)
        assert m.city is None or m.city.rstrip(":") not in {
            "Speaker",
            "Referentin",
            "Intervenante",
            "Ponente",
        }


# A label alone over the list's dated entries is a heading, not a field: its entries stay as they are.
LABEL_OVER_ENTRIES = {
    "en": ("Where:", "Saturday 5 December 2026, 7pm – Town Hall, 1 High Street",
           ("2026-12-05", "19:00", "Town Hall")),
    "de": ("Ort:", "Samstag, 5. Dezember 2026, 19 Uhr – Rathaus, Marktplatz 1",
           ("2026-12-05", "19:00", "Rathaus")),
    "fr": ("Lieu :", "samedi 5 décembre 2026 à 19 h – Maison du peuple, 1 place du Marché",
           ("2026-12-05", "19:00", "Maison du peuple")),
    "es": ("Lugar:", "sábado 5 de diciembre de 2026, 19:00 – Casa del Pueblo, Plaza Mayor 1",
           ("2026-12-05", "19:00", "Casa del Pueblo")),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(LABEL_OVER_ENTRIES))
def test_a_label_over_dated_entries_leaves_them_whole(lang: str) -> None:
    label, entry, (day, time, place) = LABEL_OVER_ENTRIES[lang]
    listing = parse(f"Meetings\n\n{label}\n\n{entry}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [(day, time)]
    assert place in _places(listing.meetings[0])


# lang: (season line, [(date line, title, credits, byline, place)], want)
FILM_CLUB = {
    "fr": ("Toutes les séances ont lieu au cinéma Le Méliès, sauf indication contraire.",
           [("JEUDI 26 NOVEMBRE — 20 H 30", "La Règle du jeu",
             "Jean Renoir · France · 1939 · 1 h 50 · version restaurée", "Présentée par le ciné-club",
             "Le Méliès, salle 1"),
            ("JEUDI 10 DÉCEMBRE — 20 H", "La Bataille d'Alger",
             "Gillo Pontecorvo · Italie / Algérie · 1966 · 2 h 01 · VOSTF",
             "Présentée par l'association Regards croisés", "Salle Juliet-Berto, passage du Palais")],
           [("2026-11-26", "20:30", "Le Méliès"), ("2026-12-10", "20:00", "Salle Juliet-Berto")]),
    "en": ("All screenings are at the Regal Cinema unless stated.",
           [("THURSDAY 26 NOVEMBER — 7.30PM", "The Rules of the Game",
             "Jean Renoir · France · 1939 · 1 h 50 · restored print", "Presented by the film society",
             "Regal Cinema, Screen 1"),
            ("THURSDAY 10 DECEMBER — 8PM", "The Battle of Algiers",
             "Gillo Pontecorvo · Italy / Algeria · 1966 · 2 h 01 · subtitled",
             "Introduced by the Algeria Solidarity Campaign", "Arts Centre, Studio 2")],
           [("2026-11-26", "19:30", "Regal Cinema"), ("2026-12-10", "20:00", "Arts Centre")]),
    "de": ("Alle Vorführungen im Kino Lichtblick, wenn nicht anders angegeben.",
           [("DONNERSTAG, 26. NOVEMBER — 20.30 UHR", "Die Spielregel",
             "Jean Renoir · Frankreich · 1939 · 1 h 50 · OmU", "mit dem Filmclub Lichtspiel",
             "Kino Lichtblick, Saal 1"),
            ("DONNERSTAG, 10. DEZEMBER — 20 UHR", "Schlacht um Algier",
             "Gillo Pontecorvo · Italien / Algerien · 1966 · 2 h 01 · OmU",
             "mit der Initiative Solidarität", "Kulturzentrum Pavillon, Studio 2")],
           [("2026-11-26", "20:30", "Kino Lichtblick"), ("2026-12-10", "20:00", "Kulturzentrum Pavillon")]),
    "es": ("Todas las funciones son en el Cine Arte Alameda, salvo aviso.",
           [("JUEVES 26 DE NOVIEMBRE — 20:30", "La regla del juego",
             "Jean Renoir · Francia · 1939 · 1 h 50 · copia restaurada", "Presentada por el cineclub",
             "Cine Arte Alameda, sala 1"),
            ("JUEVES 10 DE DICIEMBRE — 20:00", "La batalla de Argel",
             "Gillo Pontecorvo · Italia / Argelia · 1966 · 2 h 01 · subtitulada",
             "Presentada por la colectiva Memoria Viva", "Centro Cultural Matucana 100, sala 2")],
           [("2026-11-26", "20:30", "Cine Arte Alameda"), ("2026-12-10", "20:00", "Centro Cultural Matucana 100")]),
}  # fmt: skip


def _film_page(lang: str) -> str:
    season, entries, _ = FILM_CLUB[lang]
    blocks = ["\n".join(e) for e in entries]
    return "PROGRAMME\n\n" + season + "\n\n" + "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("lang", sorted(FILM_CLUB))
def test_a_film_clubs_credits_and_byline_are_not_the_place(lang: str) -> None:
    listing = parse(_film_page(lang), as_of=AS_OF, lang=lang)
    want = FILM_CLUB[lang][2]
    assert [(m.date, m.start_time) for m in listing.meetings] == [w[:2] for w in want]
    for m, (_, _, place) in zip(listing.meetings, want, strict=True):
        assert place in _places(m)
        assert "1939" not in _places(m) and "Renoir" not in _places(m)


# A line of cells that gives a start time and a place, with no bare year, is still read as one.
@pytest.mark.parametrize(
    ("cells", "time", "place"),
    [
        ("Einlass 19:00 · Beginn 19:30 · Kleine Bühne · VVK 12 €", "19:30", "Kleine Bühne"),
        (
            "Apertura 18:30 · Inicio 19:00 · Salón de actos · entrada libre",
            "19:00",
            "Salón de actos",
        ),
        ("Doors 6.30pm · Talk 7pm · Room 4", "19:00", "Room 4"),
        ("18 h 30 · salle B · entrée libre", "18:30", "salle B"),
    ],
)
def test_cells_with_a_time_and_no_year_still_give_the_place(
    cells: str, time: str, place: str
) -> None:
    page = f"Events\n\nSaturday 5 December 2026\nOpen meeting\n{cells}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.start_time == time
    assert place in _places(m)


# A byline that goes on to name the place ("… at the Regal Cinema") keeps that place.
@pytest.mark.parametrize(
    ("lang", "byline", "place"),
    [
        ("en", "Presented by the Film Society at the Regal Cinema", "Regal Cinema"),
        ("fr", "Présentée par le ciné-club à la Maison du peuple", "Maison du peuple"),
        ("de", "mit dem Filmclub Lichtspiel im Kino Lichtblick", "Kino Lichtblick"),
        ("es", "Presentada por el cineclub en el Cine Arte Alameda", "Cine Arte Alameda"),
    ],
)
def test_a_byline_that_names_the_place_keeps_it(lang: str, byline: str, place: str) -> None:
    day, title = FILM_CLUB[lang][1][0][:2]
    page = f"PROGRAMME\n\n{day}\n{title}\n{byline}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert place in _places(m)
