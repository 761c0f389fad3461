"""HTML nested deeper than browsers build (512 elements) is read in linear time: the tags past that
depth become line breaks, with a warning, and their text is kept (the HTML5 parser alone takes time
quadratic in the depth: 50,000 nested <div>s took 9 s)."""

from __future__ import annotations

import time

import pytest

from eventmap.ingest.html import _MAX_DEPTH, read_html
from eventmap.ingest.parse import parse

MEETING = "<p>Thursday, March 4, 2027, 7pm</p><p>Union Hall, 12 Oak St, Springfield</p>"


@pytest.mark.parametrize(
    "opening,closing",
    [
        ("<div>", "</div>"),
        ("<span class='x'>", "</span>"),
        ("<DIV>", "</DIV>"),
        ("<section>", "</section>"),
        ("<div><br>", "</div>"),  # void elements never deepen the tree
        ("<b>", ""),  # never closed
        ('<div data-a="1"\n>', "</div>"),
    ],
)
def test_deep_nesting_keeps_its_text_and_warns(opening: str, closing: str) -> None:
    n = 20_000
    html = f"<html><body>{opening * n}{MEETING}{closing * n}</body></html>"
    page = read_html(html)
    text = " ".join(line.text for line in page.lines)
    assert "Union Hall" in text and "March 4, 2027" in text
    assert len(page.notes) == 1 and str(_MAX_DEPTH) in page.notes[0]


def test_a_deep_page_still_gives_its_meeting_with_a_warning() -> None:
    html = f"<html><body>{'<div>' * 30_000}{MEETING}{'</div>' * 30_000}</body></html>"
    listing = parse(html)
    assert [(m.date, m.start_time, m.venue) for m in listing.meetings] == [
        ("2027-03-04", "19:00", "Union Hall")
    ]
    assert any("nested more than" in w.reason for w in listing.warnings)


@pytest.mark.parametrize("depth", [10, 400, _MAX_DEPTH - 3])  # with <html>, <body>, <p>
def test_ordinary_nesting_is_read_as_it_is(depth: int) -> None:
    html = f"<html><body>{'<div>' * depth}{MEETING}{'</div>' * depth}</body></html>" + (
        "<p>x</p>" * 9000  # enough tags to be scanned
    )
    assert read_html(html).notes == []


def test_deep_nesting_reads_in_linear_time() -> None:
    def elapsed(n: int) -> float:
        html = "<div>" * n + "x" + "</div>" * n
        start = time.process_time()  # CPU time: other processes on a loaded machine don't count
        read_html(html)
        return time.process_time() - start

    # Quadratic would take four times as long for twice the depth; linear about twice.
    small, large = min(elapsed(25_000) for _ in range(3)), min(elapsed(50_000) for _ in range(3))
    assert large < 3.2 * small + 0.05
