"""HTML reading in MB/s: eventmap's reader (an HTML5 tree, then lines with links and source
lines) beside a bare ``html.parser`` pass that only visits the text and builds nothing."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from run import Row, best_of
from synth import synthetic_listing

from eventmap.ingest.html import read_html


class _Bare(HTMLParser):
    def handle_data(self, data: str) -> None:
        pass


def _bare(page: str) -> None:
    p = _Bare(convert_charrefs=True)
    p.feed(page)
    p.close()


def as_html(text: str) -> str:
    """A plain-text page as HTML5: one ``<p>`` per paragraph, ``<br>`` between its lines."""
    paras = (p for p in text.split("\n\n") if p.strip())
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.strip().splitlines()) + "</p>"
        for p in paras
    )
    return (
        f"<!DOCTYPE html><html><head><title>Meetings</title></head><body>\n{body}\n</body></html>"
    )


# The inputs that made the old html.parser-based reader quadratic (issue 11).
WORST = {
    "320 KB of inline <b> tags": "<html><body>" + "<b>x</b>" * 40_000 + "</body></html>",
    "200 KB of table cells": "<table>"
    + ("<tr>" + "<td>cell</td>" * 10 + "</tr>\n") * 1_400
    + "</table>",
}


def run(quick: bool) -> list[Row]:
    rows = []
    for n in [2_000] if quick else [2_000, 20_000]:
        page = as_html(synthetic_listing(n, dense=False))
        mb = len(page.encode()) / 1e6
        ours = best_of(lambda p=page: read_html(p), repeat=2 if quick else 3)
        base = best_of(lambda p=page: _bare(p), repeat=2 if quick else 3)
        size = f"{n:,} meetings as HTML ({mb:.1f} MB)"
        rows.append(Row("HTML read", size, mb / ours, mb / base, "MB/s"))
    for name, page in WORST.items():
        mb = len(page.encode()) / 1e6
        ours = best_of(lambda p=page: read_html(p), repeat=2)
        base = best_of(lambda p=page: _bare(p), repeat=2)
        rows.append(Row("HTML read, worst case (target >= 1)", name, mb / ours, mb / base, "MB/s"))
    return rows
