"""The HTML reader (lexbor through selectolax): pages as browsers read them, as lines with links."""

from __future__ import annotations

import time
from datetime import date

import pytest
from listing_server import seed_html

from eventmap.ingest.html import html_lines, looks_like_html, read_html
from eventmap.ingest.parse import parse


def _fields(listing):
    return [
        {k: v for k, v in m.to_dict().items() if k not in ("source_line", "links")}
        for m in listing.meetings
    ]


@pytest.mark.parametrize("close_head", [True, False], ids=["with </head>", "without </head>"])
def test_the_seed_as_valid_html5_gives_the_same_14_meetings_as_the_text(seed_text, close_head):
    page = seed_html(seed_text, close_head=close_head)
    if not close_head:
        assert "</head>" not in page and "<body" not in page
    from_html, from_text = parse(page), parse(seed_text)
    assert len(from_html.meetings) == 14
    assert _fields(from_html) == _fields(from_text)
    assert [c.title for c in from_html.campaigns] == [c.title for c in from_text.campaigns]


def test_source_lines_point_into_the_html_source(seed_text):
    page = seed_html(seed_text)
    source = page.splitlines()
    for m in parse(page).meetings:
        line = source[m.source_line - 1]
        assert (m.campus or m.city or "").split()[0] in line or m.place.split(",")[0] in line


DETROIT = "Detroit, Michigan", "Thursday, April 11, 2019, 7:00 p.m.", "Student Center, Room 258"

# One row per page shape the old hand-written reader got wrong (issue 11), and what must come out.
VARIANTS = [
    pytest.param(
        "<!DOCTYPE html><html><head><title>Meetings</title><meta charset=utf-8>"
        "<p>{0}<br>{1}<br>{2}</p>",
        id="no </head> and no <body>",
    ),
    pytest.param(
        "<html><body><noscript><img src=pixel.gif><p>{0}<br>{1}<br>{2}</p></body></html>",
        id="unclosed <noscript>",
    ),
    pytest.param(
        "<dl><dt>{0}</dt><dd>{1}</dd><dd>{2}</dd></dl>",
        id="<dl> list without <html>",
    ),
    pytest.param("<div>{0}<br/>{1}<br />{2}</div>", id="<br>-separated lines"),
    pytest.param("<p>{0}&#13;<br>{1}&#13;<br>\r\n{2}&#13;&#7;</p>", id="&#13; and control chars"),
    pytest.param(
        "<p><b>{0}</b><br>{1}<br><b>{2}</p><p>Facebook</b> Event Page</p>",
        id="misnested tags",
    ),
]


@pytest.mark.parametrize("template", VARIANTS)
def test_html_variants_read_like_the_text(template):
    page = template.format(*DETROIT)
    assert looks_like_html(page)
    (m,) = parse(page).meetings
    assert (m.city, m.state, m.date, m.start_time) == ("Detroit", "MI", "2019-04-11", "19:00")
    assert (m.venue, m.room) == ("Student Center", "Room 258")
    for line in html_lines(page):
        assert line.text.isprintable(), line.text  # no \r or other control character survives


def test_time_datetime_values_are_kept_and_give_the_year():
    page = (
        "<p>Detroit, Michigan<br>"
        '<time datetime="2019-04-11T19:00-04:00">Thursday, April 11, 7:00 p.m.</time><br>'
        "Student Center, Room 258</p>"
    )
    lines = [ln for ln in html_lines(page) if ln.text]
    assert lines[1].datetimes == ["2019-04-11T19:00-04:00"]
    (m,) = parse(page, today=date(2031, 6, 1)).meetings
    assert m.date == "2019-04-11"


def test_links_scripts_and_cells():
    page = (
        "<table><tr><td>Detroit, MI</td><td>Thursday, April 11, 2019</td><td>7 pm</td></tr></table>"
        '<p><a href="https://example.org/e/1">RSVP</a> <a href="javascript:alert(1)">x</a></p>'
        "<script>document.write('<p>Monday, April 8, 7pm</p>')</script><style>p{}</style>"
    )
    lines = [ln for ln in html_lines(page) if ln.text]
    assert lines[0].text == "Detroit, MI | Thursday, April 11, 2019 | 7 pm"
    assert lines[1].links == ["https://example.org/e/1"]
    assert all("Monday" not in ln.text for ln in lines)


@pytest.mark.parametrize(
    "text",
    ["Upcoming meetings\nDetroit, MI\nThursday, April 11, 7pm", "a < b and c > d", "<3 you"],
)
def test_plain_text_is_not_taken_for_html(text):
    assert not looks_like_html(text)


@pytest.mark.parametrize(
    "make_page",
    [
        lambda n: "<html><body>" + "<b>x</b>" * (40_000 * n) + "</body></html>",  # 320 KB a unit
        lambda n: (
            "<table>" + ("<tr>" + "<td>cell</td>" * 10 + "</tr>\n") * (1_400 * n) + "</table>"
        ),
    ],
    ids=["320 KB of <b>", "200 KB of table cells"],
)
def test_the_old_quadratic_inputs_read_in_linear_time(make_page):
    """Four times the input takes about four times as long (the old reader: sixteen times, and
    7.6 s for one unit). Speed itself is a benchmark row; a ratio of CPU times (not wall times,
    which other processes inflate) holds on a busy machine."""

    def best_of_three(page: str) -> float:
        times = []
        for _ in range(3):
            start = time.process_time()
            read_html(page)
            times.append(time.process_time() - start)
        return min(times)

    one, four = best_of_three(make_page(1)), best_of_three(make_page(4))
    assert four / one < 8, f"1 unit {one:.3f} s, 4 units {four:.3f} s"


@pytest.mark.parametrize(
    "head,expected",
    [
        ('<meta property="article:published_time" content="2017-01-23T10:00:00+00:00">', "2017-01-23"),
        ('<meta property="og:updated_time" content="2017-02-01">', "2017-02-01"),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"datePublished": "2016-12-30", "dateModified": "2017-01-05"}</script>',
            "2017-01-05",
        ),
        ('<script type="application/ld+json">{"@graph": [{"datePublished": "2017-01-02"}]}</script>',
         "2017-01-02"),
        ('<script type="application/ld+json">not json</script>', None),
    ],
)  # fmt: skip
def test_published_date_from_metadata(head, expected):
    page = f"<html><head>{head}</head><body><p>Hello</p></body></html>"
    published = read_html(page).published
    assert (published.isoformat() if published else None) == expected


def test_published_date_from_a_time_near_the_top():
    page = '<h1>Meetings</h1><p>Updated <time datetime="2017-01-23">January 23</time></p><p>x</p>'
    assert read_html(page).published == date(2017, 1, 23)


def test_line_numbers_of_list_items_and_one_character_cells():
    page = "<ul>\n<li>one</li>\n<li>two <b>x</b></li>\n</ul>\n<table><tr><td></td><td>a</td><td>b</td></tr></table>"
    got = [(ln.number, ln.text) for ln in html_lines(page) if ln.text]
    assert got == [(2, "• one"), (3, "• two x"), (5, "a | b")]
