"""A short title after a date line's time that is worded only in capitalised nouns, as German
titles are ("Do., 17.12., 18.30 Uhr – Diskussionsabend", "– Lesung", "– Wochenendseminar, Tag
1"), over a line that opens with a venue's name saying what it is and then gives its street
("Café Knallhart, Grindelallee 9, 20146 Hamburg"), is the event's title, and the line under it
its venue. Before, the title was the venue and the venue was kept in the address. A bookshop,
a pub, a theatre or a gallery now names a venue's kind in German, French and Spanish as well.
Found by pasting a chapter's page by hand; the rows are written from the pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
# (lang, date line, venue block, title, venue)
ROWS = [
    ("de", "Do., 17.12.2026, 18.30 Uhr – Diskussionsabend",
     "Café Knallhart, Grindelallee 9, 20146 Hamburg", "Diskussionsabend", "Café Knallhart"),
    ("de", "Mi., 13.1.2027, 19 Uhr – Lesung",
     "Buchhandlung Osiander, Marktplatz 3, 72070 Tübingen", "Lesung", "Buchhandlung Osiander"),
    ("de", "Sa., 23.1.2027, 14–17 Uhr – Wochenendseminar, Tag 1",
     "Centro Sociale, Sternstraße 2, 20357 Hamburg", "Wochenendseminar, Tag 1", "Centro Sociale"),
    ("de", "Fr., 15.1.2027, 20 Uhr – Filmabend",
     "Galerie Nord, Turmstraße 75, 10551 Berlin", "Filmabend", "Galerie Nord"),
    ("fr", "mercredi 13 janvier 2027, 19h – Rencontre",
     "Librairie Ombres Blanches, 50 rue Gambetta, 31000 Toulouse", "Rencontre",
     "Librairie Ombres Blanches"),
    ("es", "miércoles 13 de enero de 2027, 19:00 – Presentación",
     "Librería Traficantes de Sueños, Calle del Duque de Alba 13, 28012 Madrid", "Presentación",
     "Librería Traficantes de Sueños"),
]
# fmt: on


@pytest.mark.parametrize("lang,line,block,title,venue", ROWS)
def test_a_noun_title_over_a_venue_and_its_street(lang, line, block, title, venue):
    (m,) = parse(f"Termine\n\n{line}\n{block}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.title, m.venue) == (title, venue)
    assert m.address is not None and venue not in m.address


@pytest.mark.parametrize(
    "line,block,venue",
    [
        # a place's own name over its district and street: the date line names the place
        (
            "Thu 17 December 2026, 6.30pm – The Cobblestone",
            "Smithfield, 77 King St N, Dublin",
            "The Cobblestone",
        ),
        # a venue on the date line, its street under it
        (
            "Do., 17.12.2026, 18.30 Uhr – Gewerkschaftshaus",
            "Besenbinderhof 57, 20097 Hamburg",
            "Gewerkschaftshaus",
        ),
    ],
)
def test_a_venue_on_the_date_line_stays_the_venue(line, block, venue):
    (m,) = parse(f"Termine\n\n{line}\n{block}\n", as_of=AS_OF).meetings
    assert (m.title, m.venue) == (None, venue)


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "termine.txt"
    page = "Termine\n\n" + "\n\n".join(f"{r[1]}\n{r[2]}" for r in ROWS[:3]) + "\n"
    path.write_text(page, encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat(), "--lang", "de")
    assert [(m["date"], m["start_time"], m["title"], m["venue"]) for m in ms] == [
        ("2026-12-17", "18:30", "Diskussionsabend", "Café Knallhart"),
        ("2027-01-13", "19:00", "Lesung", "Buchhandlung Osiander"),
        ("2027-01-23", "14:00", "Wochenendseminar, Tag 1", "Centro Sociale"),
    ]
