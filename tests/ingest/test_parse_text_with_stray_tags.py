"""A page of text lines (Markdown kept in a site's repository, a text copy) may carry a stray HTML
tag: an anchor for an in-page link (``<a id="meetings"></a>``), a ``<br>``, a ``<span>``. Such a
page is read as text, line by line: read as HTML its line breaks would fold into one line and no
meeting be found. HTML source, a fragment of it or a whole document, is read as HTML.
"""

from datetime import date

import pytest

from eventmap.ingest.html import looks_like_html
from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 16)

# (heading, [(date line, place line, address line)], [(date, time, place)])
PAGES = {
    "en": ("Upcoming Meetings",
           [("**Saturday 21 November, 2pm**", "Central City Library, level 2", "44 Lorne Street"),
            ("**Tue 24 Nov, 6.30pm**", "Hunter Building, room HU119", "Kelburn Parade"),
            ("**Thursday 10 December, 7pm**", "Trades Hall, Room B", "126 Vivian Street")],
           [("2026-11-21", "14:00", "Central City Library"), ("2026-11-24", "18:30", "Hunter Building"),
            ("2026-12-10", "19:00", "Trades Hall")]),
    "de": ("Veranstaltungen",
           [("**Samstag, 21. November, 14 Uhr**", "Stadtbibliothek, Saal 2", "Lornestraße 4"),
            ("**Di., 24. November, 18:30 Uhr**", "Hörsaalgebäude, HS 1", "Universitätsstraße 1"),
            ("**Donnerstag, 10. Dezember, 19 Uhr**", "Gewerkschaftshaus, Raum B", "Hauptstraße 3")],
           [("2026-11-21", "14:00", "Stadtbibliothek"), ("2026-11-24", "18:30", "Hörsaalgebäude"),
            ("2026-12-10", "19:00", "Gewerkschaftshaus")]),
    "fr": ("Prochaines réunions",
           [("**Samedi 21 novembre, 14h**", "Médiathèque centrale, salle 2", "4 rue Lorne"),
            ("**Mardi 24 novembre, 18h30**", "Maison des étudiants, salle 119", "1 place du Campus"),
            ("**Jeudi 10 décembre, 19h**", "Bourse du travail, salle B", "3 rue Haute")],
           [("2026-11-21", "14:00", "Médiathèque centrale"),
            ("2026-11-24", "18:30", "Maison des étudiants"), ("2026-12-10", "19:00", "Bourse du travail")]),
    "es": ("Próximas reuniones",
           [("**Sábado 21 de noviembre, 14 h**", "Biblioteca Central, sala 2", "Calle Lorne 4"),
            ("**Martes 24 de noviembre, 18:30**", "Facultad de Letras, aula 119", "Av. Universidad 1"),
            ("**Jueves 10 de diciembre, 19 h**", "Ateneo Popular, sala B", "Calle Alta 3")],
           [("2026-11-21", "14:00", "Biblioteca Central"), ("2026-11-24", "18:30", "Facultad de Letras"),
            ("2026-12-10", "19:00", "Ateneo Popular")]),
}  # fmt: skip

STRAY = {
    "anchor": '<a id="meetings"></a>',
    "br": "Bring a friend!<br>",
    "span": '<span class="tag">New</span> dates added',
}


def _markdown(lang: str, stray: str) -> str:
    heading, entries, _ = PAGES[lang]
    out = ["[Home](/) | [About](/about) | **Meetings**", "", f"# {heading}", "", stray, ""]
    for when, place, address in entries:
        out += [f"### {place.split(',')[0]}", "", f"{when}  ", f"{place}  ", address, ""]
    return "\n".join(out)


def _places(m) -> str:
    return " ".join(filter(None, [m.venue, m.place, m.room, m.address, m.city]))


@pytest.mark.parametrize("stray", sorted(STRAY))
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_text_page_with_a_stray_tag_is_read_line_by_line(lang: str, stray: str) -> None:
    page = _markdown(lang, STRAY[stray])
    assert not looks_like_html(page)
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    want = PAGES[lang][2]
    assert [(m.date, m.start_time) for m in got] == [w[:2] for w in want]
    for m, (_, _, place) in zip(got, want, strict=True):
        assert place in _places(m)


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_html_source_is_still_read_as_html(lang: str) -> None:
    heading, entries, want = PAGES[lang]
    fragment = "".join(
        f"<h3>{p.split(',')[0]}</h3>\n<p>{w.strip('*')}<br>\n{p}<br>\n{a}</p>\n"
        for w, p, a in entries
    )
    for page in (
        fragment,
        f"<!DOCTYPE html><html><body><h1>{heading}</h1>\n{fragment}</body></html>",
    ):
        assert looks_like_html(page)
        got = parse(page, as_of=AS_OF, lang=lang).meetings
        assert [(m.date, m.start_time) for m in got] == [w[:2] for w in want]


@pytest.mark.parametrize(
    "page",
    [
        # a whole document says so, however much text its body holds between tags
        "<html><body>\n" + "\n".join(f"line {n}" for n in range(40)) + "\n</body></html>",
        # minified source: everything on one line
        "<div><p>Thursday 10 December, 7pm</p><p>Trades Hall</p></div>",
        # a tag on every few lines
        "\n".join(f"<p>entry {n}</p>\nmore text\n" for n in range(10)),
    ],
    ids=["document", "one line", "a tag every few lines"],
)
def test_what_is_html_stays_html(page: str) -> None:
    assert looks_like_html(page)


# A Markdown term card whose title cells set their titles in italics with HTML ("<i>…</i>",
# "<em>", "<b>"): tags inside lines of text, as many as its rows, are no HTML source. Read as
# HTML its front matter ("layout: default title: Term Card …") became a line of text and its
# rows lost their times. (holdout24's f-termcard-oxford, after its blind score.)
TERM_CARD = """---
layout: default
title: Term Card
---

# History Society

**All talks begin at 8.15pm unless stated otherwise.**

| Week | Date | Time | Event | Venue |
|------|------|------|-------|-------|
| 0th | Fri 15 Jan | 7pm | Welcome drinks | The Turf Tavern, Bath Place |
| 1st | Tue 19 Jan |  | Dr Helen Marsh: {o}Bread, riots and the moral economy{c} | Lincoln College |
| 2nd | Tue 26 Jan |  | Prof. Daniel Achterberg: {o}The Hanseatic League{c} | Oriel College |
| 3rd | Tue 2 Feb |  | Panel: {o}Writing history for the public{c} | Exeter College |
| 4th | Tue 9 Feb |  | Dr Amara Okafor: {o}Empire and the cotton famine{c} | Keble College |
"""


@pytest.mark.parametrize("tag", ["i", "em", "b", "strong", "span"])
def test_inline_tags_in_a_markdown_table_leave_it_text(tag: str) -> None:
    page = TERM_CARD.format(o=f"<{tag}>", c=f"</{tag}>")
    assert not looks_like_html(page)
    got = parse(page, as_of=date(2027, 1, 8)).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2027-01-15", "19:00"),
        ("2027-01-19", "20:15"),
        ("2027-01-26", "20:15"),
        ("2027-02-02", "20:15"),
        ("2027-02-09", "20:15"),
    ]
    assert not any("layout" in _places(m) for m in got)
