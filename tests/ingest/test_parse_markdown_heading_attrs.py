"""A Markdown heading's attributes, as Pandoc and kramdown write them ("## 4 commentaires
{#commentaires}", "## Termine {#termine .wide}"), are no part of its text: the heading names the
campaign without them, and a comments heading with them is still the comments' heading, so the
comments' own date stamps are no meetings. Written from holdout41's life-drawing blog export; the
rows are variants in EN/DE/FR/ES."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.text import unmark

AS_OF = date(2027, 1, 20)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("## 4 commentaires {#commentaires}", "4 commentaires"),
        ("## Upcoming talks {#talks}", "Upcoming talks"),
        ("### Termine {#termine .wide}", "Termine"),
        ("## Próximas sesiones {#proximas lang=es}", "Próximas sesiones"),
        # not attributes: kept
        ("## Budget {draft}", "Budget {draft}"),
        ("## Set {#a} and more", "Set {#a} and more"),
        ("Plain line {#not-a-heading}", "Plain line {#not-a-heading}"),
    ],
)
def test_a_heading_s_attributes_are_no_part_of_its_text(line, want):
    assert unmark(line) == want


@pytest.mark.parametrize(
    ("lang", "heading", "stamp"),
    [
        ("fr", "## 3 commentaires {#commentaires}", "**Sam D.** — 1er février 2027 à 21 h 14"),
        ("en", "## 3 Comments {#comments}", "**Sam D.** — 1 February 2027 at 9:14 pm"),
        ("de", "## 3 Kommentare {#kommentare}", "**Sam D.** — 1. Februar 2027 um 21:14 Uhr"),
        ("es", "## 3 comentarios {#comentarios}", "**Sam D.** — 1 de febrero de 2027 a las 21:14"),
    ],
)
def test_comment_stamps_under_a_heading_with_attributes_are_no_meetings(lang, heading, stamp):
    page = (
        "# Séances {#seances}\n\nMardi 9 février 2027, 19 h 30, Centre Jacques Franck\n\n"
        f"{heading}\n\n{stamp}\n\n> Super, à mardi !\n"
    )
    listing = parse(page, as_of=AS_OF, lang=lang if lang != "fr" else None)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-02-09", "19:30")]
    assert listing.meetings[0].campaign == "Séances"
