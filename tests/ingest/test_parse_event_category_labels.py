"""An events plugin's cards in HTML (issue 17; holdout13's cultural centre agenda): each card
carries a category or tag label ("Cine", "Workshop", "Vortrag", "Atelier") between its date line
and its venue element. The label is never the place; the venue element is. The family: The Events
Calendar, Events Manager, Modern Events Calendar and hand-made themes, whose label classes end in
"category", "categories", "tags", "kategorie", "rubrique", "categoria", "etiqueta". A label that
holds a date or says the meeting is online or cancelled is still read. The rows are variants
written from the pattern, not copied from the corpus. (A venue with no hall word, "Patio Central",
under a non-English title is still lost to the title line with or without a label: another
pattern, not this one.)"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.html import html_lines
from eventmap.ingest.parse import parse

AS_OF = date(2026, 9, 1)
TITLES = {None: "Open meeting", "de": "Offenes Treffen", "fr": "Réunion publique",
          "es": "Asamblea abierta"}  # fmt: skip

CARD = """<html><body><h1>{heading}</h1>
<article class="event-card post-12 category-news tribe_events_cat-slug">
<div class="date"><time datetime="{iso}">{when}</time></div>
<{tag} class="{label_class}">{label}</{tag}>
<h3><a href="https://example.org/e/1">{title}</a></h3>
<div class="{venue_class}">{venue}</div>
</article></body></html>"""


# fmt: off
@pytest.mark.parametrize("when,lang,label_class,tag,label,venue_class,venue,iso,start", [
    ("Thursday 17 September 2026, 7:30pm", None, "tribe-events-calendar-list__event-category",
     "span", "Book launch", "tribe-events-venue", "Friends Meeting House", "2026-09-17", "19:30"),
    ("Saturday, September 19, 2026 at 2 pm", None, "em-event-categories", "ul",
     "<li><a href='/c/w'>Workshop</a></li><li><a href='/c/t'>Training</a></li>",
     "em-event-location", "Unity Hall", "2026-09-19", "14:00"),
    ("Dienstag, 22. September 2026, 19 Uhr", "de", "mec-event-category", "div", "Vortrag",
     "mec-venue", "Gewerkschaftshaus", "2026-09-22", "19:00"),
    ("Mittwoch, 23.09.2026 · 18:00", "de", "veranstaltung-kategorie", "span", "Lesung",
     "ort", "Stadtbibliothek Linden", "2026-09-23", "18:00"),
    ("Jeudi 24 septembre 2026 à 18h30", "fr", "evenement-rubrique", "span", "Atelier",
     "lieu", "Bourse du Travail, salle Hénaff", "2026-09-24", "18:30"),
    ("Vendredi 25 septembre 2026, 20 h", "fr", "event-categorie", "p", "Ciné-débat",
     "event-venue", "Salle Jean Vilar", "2026-09-25", "20:00"),
    ("Sábado 26 de septiembre de 2026 · 18.30 hs", "es", "evento-categoria", "span", "Música",
     "lugar", "Sala Patio Central", "2026-09-26", "18:30"),
    ("Domingo 27 de septiembre de 2026, 11 h", "es", "evento-etiquetas", "div",
     "Feria, Infancias", "event-venue", "Centro Cultural Galpón Sur", "2026-09-27", "11:00"),
    ("Monday 28 September 2026, 6pm", None, "event-tags", "span", "Film screening",
     "tribe-events-venue", "Union Cinema", "2026-09-28", "18:00"),
])
# fmt: on
def test_a_category_label_is_never_the_place(
    when, lang, label_class, tag, label, venue_class, venue, iso, start
):
    page = CARD.format(
        heading="Agenda", iso=iso, when=when, tag=tag, label_class=label_class, label=label,
        title=TITLES[lang], venue_class=venue_class, venue=venue,
    )  # fmt: skip
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (str(m.date), m.start_time) == (iso, start)
    assert ", ".join(filter(None, (m.venue, m.room))) == venue


# fmt: off
@pytest.mark.parametrize("label_class,label", [
    ("event-category", "Online"),          # the category says where: online
    ("event-category", "Abgesagt"),        # a status, read by the parser
    ("mec-event-category", "Annulé"),
    ("event-tags", "12 octobre"),          # holds a digit: may be a date
    ("category-news", "Campaign news"),    # WordPress's class for the whole post, not a label
    ("tribe_events_cat-film", "Film"),     # the plugin's class for the whole card
    ("event-label", "Film"),               # not a category class
])
# fmt: on
def test_a_label_holding_a_status_a_date_or_another_class_stays_text(label_class, label):
    html = f'<div><span class="{label_class}">{label}</span><h3>Open meeting</h3></div>'
    assert [line.text for line in html_lines(html) if line.text] == [label, "Open meeting"]


def test_a_category_label_in_a_card_is_left_out_of_the_lines():
    html = '<article><span class="event-category">Cine</span><h3>Open meeting</h3></article>'
    assert [line.text for line in html_lines(html) if line.text] == ["Open meeting"]


AGENDA = """<html lang="es"><body><h1>Agenda del centro cultural</h1>
<div class="tribe-events-calendar-list">
<h2>Octubre 2026</h2>
<article class="tribe-events-calendar-list__event-row tribe_events_cat-cine">
  <time datetime="2026-10-02T19:00:00-03:00"><span>Viernes 2 de octubre · 19 h</span></time>
  <span class="tribe-events-calendar-list__event-category">Cine</span>
  <h3><a href="https://example.org/e/a">Ciclo de cine documental</a></h3>
  <address class="tribe-events-calendar-list__event-venue">
    <span class="tribe-events-calendar-list__event-venue-title">Microcine del Sur</span>
    <span class="tribe-events-calendar-list__event-venue-address">Calle Falsa 123, Rosario</span>
  </address>
</article>
<article class="tribe-events-calendar-list__event-row tribe_events_cat-taller">
  <time datetime="2026-10-07T18:30:00-03:00"><span>Miércoles 7 de octubre · 18.30 hs</span></time>
  <span class="tribe-events-calendar-list__event-category">Taller</span>
  <h3><a href="https://example.org/e/b">Taller de escritura</a></h3>
  <address class="tribe-events-calendar-list__event-venue">
    <span class="tribe-events-calendar-list__event-venue-title">Sala Alfonsina Storni</span>
    <span class="tribe-events-calendar-list__event-venue-address">Calle Falsa 123, Rosario</span>
  </address>
</article>
<article class="tribe-events-calendar-list__event-row tribe_events_cat-musica">
  <time datetime="2026-10-10T21:00:00-03:00"><span>Sábado 10 de octubre · 21 h</span></time>
  <span class="tribe-events-calendar-list__event-category">Música</span>
  <h3><a href="https://example.org/e/c">Peña de primavera</a></h3>
  <address class="tribe-events-calendar-list__event-venue">
    <span class="tribe-events-calendar-list__event-venue-title">Terraza</span>
    <span class="tribe-events-calendar-list__event-venue-address">Calle Falsa 123, Rosario</span>
  </address>
</article>
</div></body></html>"""


def test_an_agenda_of_plugin_cards_takes_each_hall_not_its_category():
    got = [
        (str(m.date), m.start_time, m.venue)
        for m in parse(AGENDA, as_of=AS_OF, lang="es").meetings
    ]
    assert got == [
        ("2026-10-02", "19:00", "Microcine del Sur"),
        ("2026-10-07", "18:30", "Sala Alfonsina Storni"),
        ("2026-10-10", "21:00", "Terraza"),
    ]
