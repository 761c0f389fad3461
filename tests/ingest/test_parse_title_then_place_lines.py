"""A dated line's rest that says what happens, then where:

- in words of its own, then the place after a preposition and maybe its street ("Book launch at
  Housmans Bookshop, 5 Caledonian Road, London", "Lesung im Gemeindehaus Lamm, Am Markt 7",
  "Charla en el Ateneo Popular, calle Mayor 3"); not when those words name a place ("Conway Hall
  in Red Lion Square");
- as the event's kind and its quoted title, then the place, maybe after a status and before a
  remark ("ANNULÉ - conférence-débat « Paradis fiscaux : où en est-on ? », Maison des Habitants
  Chorier-Berriat. L'intervenant ne peut pas venir …"); a venue's kind before a quoted name is
  the venue ('Gaststätte "Zur Linde", Hauptstraße 12').

(holdout23's c-attac-grenoble, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 5)

DATES = {
    "en": "Thursday 7 January 2027, 7pm:",
    "fr": "Jeudi 7 janvier 2027, 19h :",
    "de": "Donnerstag, 7. Januar 2027, 19 Uhr:",
    "es": "Jueves 7 de enero de 2027, 19 h:",
}


# fmt: off
@pytest.mark.parametrize("lang,rest,title,venue,address", [
    ("en", "Book launch at Housmans Bookshop, 5 Caledonian Road, London. Free entry.",
     "Book launch", "Housmans Bookshop", "5 Caledonian Road, London"),
    ("fr", "Forum social isérois à l'Espace culturel René Proby, 2 place Édith-Piaf, "
           "Saint-Martin-d'Hères. Ateliers le samedi.",
     "Forum social isérois", "Espace culturel René Proby", "2 place Édith-Piaf, Saint-Martin-d'Hères"),
    ("de", "Lesung und Gespräch im Gemeindehaus Lamm, Am Markt 7, Tübingen.",
     "Lesung und Gespräch", "Gemeindehaus Lamm", "Am Markt 7, Tübingen"),
    ("es", "Charla abierta en el Ateneo Popular, calle Mayor 3, Zaragoza.",
     "Charla abierta", "Ateneo Popular", "calle Mayor 3, Zaragoza"),
])
# fmt: on
def test_the_words_before_the_preposition_are_the_title(
    lang: str, rest: str, title: str, venue: str, address: str
) -> None:
    (m,) = parse(f"Agenda\n\n{DATES[lang]} {rest}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.title, m.venue, m.address) == (title, venue, address)


def test_words_that_name_a_place_are_no_title() -> None:
    (m,) = parse(
        f"Agenda\n\n{DATES['en']} Conway Hall in Red Lion Square\n", as_of=AS_OF, lang="en"
    ).meetings
    assert m.title is None
    assert "Conway Hall" in (m.venue or "")


# fmt: off
@pytest.mark.parametrize("lang,rest,title,venue,status", [
    ("fr", "ANNULÉ - conférence-débat « Paradis fiscaux : où en est-on ? », Maison des "
           "Habitants Chorier-Berriat. L'intervenant ne peut pas venir, nous la reprogrammerons.",
     "conférence-débat « Paradis fiscaux : où en est-on ? »", "Maison des Habitants Chorier-Berriat",
     "cancelled"),
    ("en", "CANCELLED - film screening “The Spirit of '45”, Friends Meeting House. The print did "
           "not arrive, we will show it in spring.",
     "film screening “The Spirit of '45”", "Friends Meeting House", "cancelled"),
    ("de", "ABGESAGT - Lesung „Der Hals der Giraffe“, Stadtbibliothek Mitte. Die Autorin ist "
           "erkrankt, ein neuer Termin folgt.",
     "Lesung „Der Hals der Giraffe“", "Stadtbibliothek Mitte", "cancelled"),
    ("es", "charla «Paraísos fiscales hoy», Centro Cívico Delicias. Entrada libre hasta completar "
           "aforo.",
     "charla «Paraísos fiscales hoy»", "Centro Cívico Delicias", "scheduled"),
])
# fmt: on
def test_a_kind_and_its_quoted_title_then_the_place(
    lang: str, rest: str, title: str, venue: str, status: str
) -> None:
    (m,) = parse(f"Agenda\n\n{DATES[lang]} {rest}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.title, m.venue, m.status) == (title, venue, status)


def test_a_venue_s_kind_before_its_quoted_name_is_the_venue() -> None:
    line = 'Fr. 18.12.2026, ab 16 Uhr, Gaststätte "Zur Linde", Hauptstraße 12, 38259 Salzgitter'
    (m,) = parse(f"Termine\n\n{line}\n", as_of=AS_OF, lang="de").meetings
    assert "Zur Linde" in (m.venue or "")
