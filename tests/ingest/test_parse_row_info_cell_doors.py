"""A tour page's row of cells (date, town, venue, info) whose info cell gives the doors' time and
then the show's ("Release party ! Portes 19h30 · concert 20h30 · 1re partie : …", "Portes 19h ·
20h"): the show's time is the start. A ticket sale's time in a remark ("Vorverkauf ab 10 Uhr")
is no start either, but is still read as one (marked xfail: a known gap). Written from
holdout42's band tour page; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)


# rows of the same tour around the one read, as a tour page lists its dates
FILLER = {
    "fr": ["sam. 13.03 | Mons (BE) | Arsonic | 20h", "ven. 02.04 | Arlon (BE) | L'Entrepôt | 20h30"],
    "en": ["Sat 13 Mar | Hull | The Adelphi | 8pm", "Fri 2 Apr | Derby | The Flowerpot | 8.30pm"],
    "de": ["Sa 13.03. | Bonn | Harmonie | 20 Uhr", "Fr 02.04. | Kiel | Pumpe | 20:30 Uhr"],
    "es": ["sáb 13/03 | Gijón | Savoy Club | 21:00", "vie 02/04 | León | Gran Café | 21:30"],
}  # fmt: skip


def _page(lang: str, row: str) -> str:
    rows = [row, *FILLER[lang]]
    items = "".join(
        "  <li class='show'>\n"
        + "".join(
            f"    <span class='show-{cls}'>{c}</span>\n"
            for cls, c in zip(("date", "city", "venue", "info"), row.split(" | "), strict=True)
        )
        + "  </li>\n"
        for row in rows
    )
    return f"<html><body>\n<h1>Concerts</h1>\n<ul class='tour'>\n{items}</ul>\n</body></html>\n"


@pytest.mark.parametrize(
    ("lang", "row", "start"),
    [
        ("fr", "ven. 22.01 | Liège (BE) | Reflektor | Release party ! Portes 19h30 · concert 20h30 "
         "· 1re partie : Noé Lambotte", "20:30"),
        ("fr", "jeu. 04.02 | Lille (FR) | Le Splendid | Portes 19h · 20h", "20:00"),
        ("en", "Fri 22 Jan | Leeds | Brudenell Social Club | Album launch! Doors 7pm · show 8pm · "
         "support: Kate Rusby", "20:00"),
        ("en", "Thu 4 Feb | York | The Crescent | Doors 7.30pm / 8.30pm", "20:30"),
        ("de", "Fr 22.01. | Köln | Gebäude 9 | Releaseparty! Einlass 19 Uhr · Beginn 20 Uhr · "
         "Support: Lea", "20:00"),
        ("es", "vie 22/01 | Bilbao | Kafe Antzokia | ¡Presentación! Puertas 20:00 · concierto 21:00",
         "21:00"),
    ],
)  # fmt: skip
def test_the_show_s_time_after_its_doors(lang, row, start):
    ms = parse(_page(lang, row), as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 3
    assert ms[0].start_time == start, (ms[0].start_time, ms[0].venue, ms[0].title)


@pytest.mark.parametrize(
    ("lang", "row"),
    [
        # a remark with a time that is no start: an age, a ticket sale, a bus
        ("fr", "sam. 23.01 | Namur (BE) | Le Belvédère | billets en vente dès 10h le 5 janvier"),
        ("en", "Sat 23 Jan | Hull | The Adelphi | last bus back 11.15pm, tickets from 10am"),
        ("de", "Sa 23.01. | Bonn | Harmonie | Vorverkauf ab 10 Uhr am 5. Januar"),
        ("es", "sáb 23/01 | Gijón | Savoy Club | venta de entradas desde las 10:00"),
    ],
)  # fmt: skip
@pytest.mark.xfail(
    strict=True,
    reason="known gap: a ticket sale's time in a row's remark is still read as the start "
    "(before and after the doors reader; its own reader is left for later)",
)
def test_no_start_from_a_remark_without_doors(lang, row):
    ms = parse(_page(lang, row), as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 3
    assert ms[0].start_time is None, (ms[0].start_time, ms[0].venue, ms[0].title)
