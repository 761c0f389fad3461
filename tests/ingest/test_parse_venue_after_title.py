"""An events plugin's agenda card (issue 17 item 7; WordPress "The Events Calendar"-style list
views in tests/ingest/corpus/practice7): the date, the title, then the venue in its own element,
its name over its street (``<address><span>Name</span> <span>Street 12, Town</span></address>``),
maybe a "Cancelled" badge above the title. Read as a person reads the card:

- in HTML, elements side by side inside ``<address>`` are the address's lines (the name over the
  street), as the plugin's style sheet shows them; a bare run of inline elements elsewhere
  (``<span>Thu</span> <span>3</span>``) stays one line;
- under a date, a line worded as a title over a name over a street is the title, and the name is
  the venue, with or without a venue word in it ("Galpón de Corrales", "The Grapes");
- a status badge above the title leaves the title and the venue where they are;
- the name over its street in a paragraph of its own under the title's is the venue block, also
  under a title of capitalised words ("Monthly Delegates Meeting") and with the room after the
  name ("Central Library, Room 302"); a street is also the Latin American "Carrera 8 # 7-21",
  "Jirón Ucayali 388", "Pasaje …", "Transversal …".

The rows are variants written from the pattern in four languages, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.html import html_lines
from eventmap.ingest.parse import parse
from eventmap.ingest.text import Line

AS_OF = date(2027, 2, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


def _texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in lines if ln.text]


# fmt: off
@pytest.mark.parametrize("markup,lines", [
    ('<address><span class="v">Old Fire Station</span> <span class="a">84 Gloucester Green, '
     'Oxford</span></address>', ["Old Fire Station", "84 Gloucester Green, Oxford"]),
    ("<address>\n  <strong>Kiezladen <em>Friedel</em></strong>\n  <span>Friedelstraße 54</span>"
     "\n  <span>12047 Berlin</span>\n</address>",
     ["Kiezladen Friedel", "Friedelstraße 54", "12047 Berlin"]),
    ('<address><a href="https://example.org/v/3">Galpón de Corrales</a> <span>Domingo '
     "Aramburú 2215</span></address>", ["Galpón de Corrales", "Domingo Aramburú 2215"]),
    # text before the first element, or a separator between: one line, as written
    ("<address>Médiathèque Louise Michel, <span>29, rue des Partants</span></address>",
     ["Médiathèque Louise Michel, 29, rue des Partants"]),
    ("<address><span>The Grapes</span>, <span>14 Narrow St</span></address>",
     ["The Grapes, 14 Narrow St"]),
    # outside <address>, inline elements side by side stay on one line
    ('<div class="tag"><span>jeu</span> <span>11</span></div>', ["jeu 11"]),
    ("<p><span>Casa de la Cultura</span> <span>Calle Real 45</span></p>",
     ["Casa de la Cultura Calle Real 45"]),
])
# fmt: on
def test_parts_of_an_address_element_are_its_lines(markup, lines):
    assert _texts(html_lines(f"<html><body>{markup}</body></html>")) == lines


CARD = """<div class="row">
  <div class="tag"><span>{wd}</span> <span>{day}</span></div>
  <article>
    <header>
      <div class="when"><time datetime="{iso}">{when}</time></div>
      {badge}
      <h3><a href="https://example.org/events/{iso}/">{title}</a></h3>
    </header>
    <address>
      <span class="name">{venue}</span>
      <span class="street">{street}</span>
    </address>
    <div class="description"><p>{blurb}</p></div>
  </article>
</div>
"""


# fmt: off
CARDS = [
    # (lang, weekday, when, iso, title, venue, street, start)
    ("en", "Fri", "March 12, 2027 @ 7:00 pm - 9:00 pm", "2027-03-12",
     "Skill share: fixing bikes", "Old Fire Station", "84 Gloucester Green, Oxford OX1 2DF",
     "19:00"),
    ("en", "Thu", "Thursday, March 11, 2027 6:30 pm", "2027-03-11",
     "Pub quiz for the strike fund", "The Grapes", "14 Narrow St, London E14 8BP", "18:30"),
    ("de", "Fr", "12. März 2027 um 19:00 - 21:00", "2027-03-12",
     "Lesung: Geschichten aus dem Kiez", "Kiezladen Friedel", "Friedelstraße 54, 12047 Berlin",
     "19:00"),
    ("de", "Sa", "Samstag, 13. März 2027, 10 Uhr", "2027-03-13",
     "Repair-Café mit Kaffee und Kuchen", "Nachbarschaftshaus Urbanstraße",
     "Urbanstraße 21, 10961 Berlin", "10:00"),
    ("fr", "ven", "12 mars 2027 @ 18 h 30 - 20 h 00", "2027-03-12",
     "Atelier d'écriture pour adultes", "Médiathèque Louise Michel",
     "29, rue des Partants, 75020 Paris", "18:30"),
    ("fr", "sam", "samedi 13 mars 2027 à 14h", "2027-03-13",
     "Troc de graines et de plants", "Jardin partagé des Lilas", "5 allée des Tilleuls, Lyon",
     "14:00"),
    ("es", "vie", "12 marzo 2027 @ 19:00 - 21:00", "2027-03-12",
     "Presentación de la revista «Barrio Sur»", "Casa de la Cultura del Sur",
     "Calle Real 45, Sevilla", "19:00"),
    ("es", "sáb", "13 marzo 2027 @ 11:00", "2027-03-13",
     "Taller de serigrafía para jóvenes", "Galpón de Corrales",
     "Domingo Aramburú 2215, Montevideo", "11:00"),
]
# Cards whose venue block the title's wording does not announce: a title of capitalised words,
# a name with its room, a street written as Latin America writes it.
MORE_CARDS = [
    ("en", "Wed", "March 3, 2027 @ 6:30 pm - 8:00 pm", "2027-03-03",
     "Monthly Delegates Meeting", "Solidarity Corner", "212 N Main St, Rockford, IL 61101",
     "18:30"),
    ("en", "Mon", "March 15, 2027 @ 9:00 am - 11:30 am", "2027-03-15",
     "Day of Service", "Central Library, Room 302", "201 W Mifflin St, Madison, WI 53703",
     "09:00"),
    ("de", "Do", "4. März 2027 @ 19:00 - 21:00", "2027-03-04",
     "Offene Mitgliederversammlung", "Kulturladen Westend", "Ligsalzstraße 20, 80339 München",
     "19:00"),
    ("fr", "jeu", "4 mars 2027 @ 18 h 30 - 20 h 00", "2027-03-04",
     "Assemblée Générale Ordinaire", "Bourse du Travail", "3 rue du Château-d'Eau, 75010 Paris",
     "18:30"),
    ("es", "vie", "5 marzo 2027 @ 10:00 am - 6 marzo 2027 @ 7:00 pm", "2027-03-05",
     "Feria del libro obrero", "Claustro de la Merced", "Carrera 5 # 12-40, Bogotá", "10:00"),
    ("es", "sáb", "6 marzo 2027 @ 4:00 pm - 6:00 pm", "2027-03-06",
     "Conversatorio: vivienda y barrio", "Cooperativa El Hormiguero",
     "Jirón Ucayali 388, Lima", "16:00"),
]
BADGES = {"en": "Cancelled", "de": "Abgesagt", "fr": "Annulé", "es": "Cancelado"}
# fmt: on


def _card(row, badge: str = "", blurb: str = "") -> str:
    lang, wd, when, iso, title, venue, street, _ = row
    day = str(int(iso[-2:]))
    return CARD.format(
        wd=wd, day=day, iso=iso, when=when, title=title, venue=venue, street=street,
        badge=badge, blurb=blurb,
    )  # fmt: skip


def _page(cards: str, lang: str = "en") -> str:
    return f'<html lang="{lang}"><body><h1>Agenda</h1>\n{cards}</body></html>'


@pytest.mark.parametrize("row", CARDS, ids=[f"{r[0]}-{r[5]}" for r in CARDS])
def test_the_venue_element_under_the_title_is_the_venue(row):
    lang, _, _, iso, title, venue, street, start = row
    (m,) = parse(_page(_card(row), lang), as_of=AS_OF).meetings
    assert (m.date, m.start_time) == (iso, start)
    assert m.title == title
    assert m.venue == venue
    assert title not in _places(m)
    assert street.split(",")[0] in _places(m)


@pytest.mark.parametrize("row", MORE_CARDS, ids=[f"{r[0]}-{r[5]}" for r in MORE_CARDS])
def test_a_name_over_its_street_under_any_title_is_the_venue(row):
    lang, _, _, iso, title, venue, street, start = row
    (m,) = parse(_page(_card(row), lang), as_of=AS_OF).meetings
    assert (m.date, m.start_time) == (iso, start)
    name, _, room = venue.partition(", ")
    assert m.venue == name
    assert m.room == (room or None)  # "Central Library, Room 302": the room after the name
    assert title not in _places(m)
    assert street.split(",")[0] in _places(m)


def test_a_page_of_such_cards_reads_every_venue(tmp_path):
    path = tmp_path / "agenda.html"
    rows = [r for r in MORE_CARDS if r[0] in ("en", "es")]  # a page in English and Spanish
    path.write_text(_page("".join(_card(r) for r in rows), "es"), encoding="utf-8")
    got = [
        (m["date"], m["start_time"], m["venue"])
        for m in cli_meetings(path, "--as-of", "2027-02-01")
    ]
    assert got == [(r[3], r[7], r[5].split(",")[0]) for r in rows]


@pytest.mark.parametrize("row", CARDS, ids=[f"{r[0]}-{r[5]}" for r in CARDS])
def test_a_status_badge_above_the_title_keeps_title_and_venue(row):
    lang = row[0]
    badge = f'<div class="status"><span>{BADGES[lang]}</span></div>'
    (m,) = parse(_page(_card(row, badge=badge), lang), as_of=AS_OF).meetings
    assert m.status == "cancelled"
    assert m.title == row[4]
    assert m.venue == row[5]


# fmt: off
@pytest.mark.parametrize("date_line,title,name,street,lang,venue", [
    ("Friday 12 March 2027, 7pm", "Quiz night for the hardship fund", "The Grapes",
     "14 Narrow St, London E14 8BP", None, "The Grapes"),
    ("Freitag, 12. März 2027, 19 Uhr", "Lesung und Gespräch über Mieten", "Kiezladen Friedel",
     "Friedelstraße 54, Berlin", "de", "Kiezladen Friedel"),
    ("vendredi 12 mars 2027 à 18 h 30", "Atelier d'écriture pour adultes", "La Cantine Solidaire",
     "12, rue Vieille-du-Temple, Paris", "fr", "La Cantine Solidaire"),
    ("viernes 12 de marzo de 2027, 19:00", "Taller de serigrafía para jóvenes",
     "Galpón de Corrales", "Domingo Aramburú 2215, Montevideo", "es", "Galpón de Corrales"),
    ("sábado 13 de marzo de 2027, 11:00", "Charla: 40 años de cooperativas de vivienda",
     "Sede de FUCVAM", "Av. Rivera 2470, Montevideo", "es", "Sede de FUCVAM"),
    ("Wednesday 3 March 2027, 6.30pm", "Monthly Delegates Meeting", "Solidarity Corner",
     "212 N Main St, Rockford, IL 61101", None, "Solidarity Corner"),
    ("miércoles 3 de marzo de 2027, 18:00", "Cine-foro: «Los olvidados»", "Claustro de la Merced",
     "Carrera 5 # 12-40, Bogotá", "es", "Claustro de la Merced"),
])
# fmt: on
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "paragraphs"])
def test_a_title_over_a_name_over_its_street(date_line, title, name, street, lang, venue, gap):
    page = f"Agenda\n\n{date_line}{gap}{title}{gap}{name}\n{street}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.title == title
    assert m.venue == venue
    assert title not in _places(m)


def test_a_name_over_its_street_with_no_title_stays_the_venue():
    page = "Agenda\n\nFriday 12 March 2027, 7pm\nThe Grapes\n14 Narrow St, London E14 8BP\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.venue == "The Grapes"
    assert m.title is None


def _agenda(lang: str) -> str:
    """A month's agenda in one language: its cards, the second one cancelled."""
    first, second = [r for r in CARDS if r[0] == lang]
    badge = f'<span class="status">{BADGES[lang]}</span>'
    return _page(
        '<h2><time datetime="2027-03">03 / 2027</time></h2>\n'
        + _card(first, blurb="Entry free / Eintritt frei / Entrée libre / Entrada libre.")
        + _card(second, badge=badge),
        lang,
    )


@pytest.mark.parametrize("lang", list(BADGES))
def test_an_agenda_page_reads_every_card(lang):
    rows = [r for r in CARDS if r[0] == lang]
    got = [(m.date, m.start_time, m.title, m.venue, m.status) for m in parse(
        _agenda(lang), as_of=AS_OF
    ).meetings]
    assert got == [
        (r[3], r[7], r[4], r[5], status)
        for r, status in zip(rows, ("scheduled", "cancelled"), strict=True)
    ]


def test_cli_parse_reads_the_agenda(tmp_path):
    path = tmp_path / "agenda.html"
    path.write_text(_agenda("fr"), encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2027-02-01")
    assert [(m["date"], m["start_time"], m["venue"], m["status"]) for m in meetings] == [
        ("2027-03-12", "18:30", "Médiathèque Louise Michel", "scheduled"),
        ("2027-03-13", "14:00", "Jardin partagé des Lilas", "cancelled"),
    ]
