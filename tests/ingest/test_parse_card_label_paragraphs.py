"""A newsletter's cards whose every line is a paragraph of its own: a label and the date
("Webinar 1 · jueves 11 de febrero"), the title, the speakers, the time (maybe on several
clocks), a button. The paragraphs under the labelled date are that card's, so each card has its
own time and its title, and none takes the card above it's. Written from holdout42's water
network newsletter; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)


def _newsletter(cards: list[tuple[str, str, str, str]]) -> str:
    cells = "".join(
        "<tr><td>\n"
        f"<p class='label'>{label}</p>\n<h3>{title}</h3>\n<p>{who}</p>\n<p>{when}</p>\n"
        "<p><a href='https://example.org/signup'>Sign up</a></p>\n</td></tr>\n"
        for label, title, who, when in cards
    )
    return f"<html><body>\n<h1>Newsletter</h1>\n<table>\n{cells}</table>\n</body></html>\n"


CARDS = {
    "es": [
        ("Webinar 1 · jueves 11 de febrero", "Tarifas justas en una JASS",
         "Rosa Quispe (JASS Huacrapuquio) y Ernesto Villacorta (SUNASS)",
         "🕕 18:00 Lima, Bogotá, Quito · 17:00 Ciudad de México · 19:00 La Paz, Caracas"),
        ("Webinar 2 · jueves 25 de febrero", "Cloración y calidad del agua",
         "Ing. Marcela Cárdenas (Fundación Avina)",
         "🕕 10:00 Lima, Bogotá, Quito · 9:00 Ciudad de México · 11:00 La Paz, Caracas"),
    ],
    "en": [
        ("Webinar 1 · Thursday 11 February", "Fair tariffs for village water",
         "Rosa Quispe (Huacrapuquio water board) and Ernest Villa (regulator)",
         "🕕 7pm London · 2pm New York · 11am San Francisco"),
        ("Webinar 2 · Thursday 25 February", "Chlorination and water quality",
         "Marcela Cárdenas (Avina Foundation)",
         "🕕 11am London · 6am New York · 3am San Francisco"),
    ],
    "de": [
        ("Webinar 1 · Donnerstag, 11. Februar", "Faire Tarife für Dorfwasser",
         "Rosa Quispe (Wasserverband Huacrapuquio) und Ernst Villa (Regulierer)",
         "🕕 19 Uhr Berlin, Wien · 13 Uhr New York · 10 Uhr San Francisco"),
        ("Webinar 2 · Donnerstag, 25. Februar", "Chlorung und Wasserqualität",
         "Marcela Cárdenas (Avina-Stiftung)",
         "🕕 11 Uhr Berlin, Wien · 5 Uhr New York · 2 Uhr San Francisco"),
    ],
    "fr": [
        ("Webinaire 1 · jeudi 11 février", "Des tarifs justes pour l'eau du village",
         "Rosa Quispe (comité de Huacrapuquio) et Ernest Villa (régulateur)",
         "🕕 19 h Paris, Bruxelles · 13 h Montréal · 20 h Athènes"),
        ("Webinaire 2 · jeudi 25 février", "Chloration et qualité de l'eau",
         "Marcela Cárdenas (Fondation Avina)",
         "🕕 11 h Paris, Bruxelles · 5 h Montréal · 12 h Athènes"),
    ],
}  # fmt: skip
STARTS = {"es": ["18:00", "10:00"], "en": ["19:00", "11:00"], "de": ["19:00", "11:00"],
          "fr": ["19:00", "11:00"]}  # fmt: skip


@pytest.mark.parametrize("lang", ["es", "en", "de", "fr"])
def test_each_card_has_its_own_time_and_title(lang):
    ms = parse(_newsletter(CARDS[lang]), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-02-11", "2027-02-25"]
    assert [m.start_time for m in ms] == STARTS[lang]
    for m, card in zip(ms, CARDS[lang], strict=True):
        said = " ".join(v for v in (m.title, m.venue, m.place, m.room) if v)
        assert card[1] in said  # its own title, not the card's above
    # the second card does not take the first card's speakers as its heading
    assert CARDS[lang][0][2] not in " ".join(v for v in (ms[1].campaign, ms[1].title) if v)


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        # a one-line entry's title before its date, no card's label: its paragraphs are not read
        ("en", "Annual general meeting of the Riverside Allotment Society, Thursday 11 February"),
        ("es", "Asamblea general anual de la Junta de Agua de Pesillo, jueves 11 de febrero"),
    ],
)
def test_a_title_before_the_date_is_no_card_label(lang, label):
    page = f"Notices\n\n{label}\n\nMinutes of the last meeting are online.\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.date == "2027-02-11"
    assert "Minutes" not in " ".join(v for v in (m.title, m.venue, m.place, m.room) if v)
