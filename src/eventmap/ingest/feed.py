"""Reading RSS and Atom feeds: each item's title and text become an entry of the page.

An events feed is the structured form of an events page: one ``<item>`` (RSS 0.9x, 1.0, 2.0)
or ``<entry>`` (Atom) per event, its title, and a description whose HTML says when and where.
Read as text, its raw XML hides the descriptions (CDATA, escaped HTML) and shows every item's
publication date as if it were the event's. So a feed is parsed with feedparser, which reads
all those formats, tolerates a feed that is not well-formed (a paste cut short) and never
fetches anything when given the feed's bytes, and each item is laid out as the page reader
reads an entry: its title, then its description's text, then a blank line.

An item's publication date (``pubDate``, ``dc:date``, ``updated``) is never a meeting's date:
only the newest of them (or the channel's ``lastBuildDate``) is kept, as the page's own date,
which anchors the years of dates written without one, as a dateline does.

Hostile feeds: a feed that declares its own XML entities (a DOCTYPE with ``<!ENTITY``: the
"billion laughs", external entities) is not given to any XML parser; it is read as plain text,
with a warning. The page's size is bounded before it gets here (``EVENTMAP_MAX_LISTING_BYTES``).
"""

from __future__ import annotations

import io
import re
import time
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from eventmap.ingest.html import read_html
from eventmap.ingest.text import Line, clean, text_lines

_SNIFF = 4096  # characters of the start searched for the root element
# The first element of the document (after the XML declaration, comments and a DOCTYPE, whose
# "<?" and "<!" are not followed by a letter).
_FIRST_ELEMENT = re.compile(r"<([A-Za-z][\w.:-]{0,40})")
_FEED_ROOTS = ("rss", "feed", "rdf:rdf")
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)
_ITEM_START = re.compile(r"<(?:[A-Za-z][\w.-]{0,20}:)?(?:item|entry)[\s>]")
_BODY_START = re.compile(r"<(?:[A-Za-z][\w.-]{0,20}:)?(?:description|summary|content|encoded)[\s>]")
_NEWLINE = re.compile("\n")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SAFE_LINK = ("http://", "https://")


@dataclass
class FeedPage:
    """A feed as the page reader reads it: its lines, its own date, and a note on how it was
    read (a feed that is not well-formed, one read as text), if any."""

    lines: list[Line]
    published: date | None = None
    notes: list[tuple[int, str]] = field(default_factory=list)  # (source line, reason)


def looks_like_feed(text: str) -> bool:
    """Whether ``text`` is an RSS or Atom document: its first element is ``<rss>``, ``<feed>``
    or ``<rdf:RDF>`` (only the start is looked at)."""
    head = text[:_SNIFF].lstrip("\ufeff \t\r\n")
    if not head.startswith("<"):
        return False
    m = _FIRST_ELEMENT.search(head)
    if m is None:
        return False
    root = m.group(1).lower()
    return root in _FEED_ROOTS or root.endswith(":rdf")


def read_feed(text: str) -> FeedPage:
    """The feed's items as lines: the channel's title and description, then per item its title
    (with its link) and its description's text, a blank line after each. A feed that declares
    XML entities is read as plain text (``FeedPage.notes`` says so)."""
    root = _FIRST_ELEMENT.search(text[:_SNIFF].lstrip("\ufeff \t\r\n"))
    prolog_end = text.find("<" + root.group(1)) if root is not None else -1
    if _ENTITY_DECLARATION.search(text, 0, max(prolog_end, 0)):
        return FeedPage(
            text_lines(text),
            notes=[(1, "this feed declares its own XML entities, which eventmap does not "
                       "expand: it was read as plain text")],
        )  # fmt: skip
    import feedparser  # only feeds pay for its import

    # Bytes in a stream, never the string itself: feedparser would take a string that looks
    # like an address or a file name for one and fetch or open it.
    parsed = feedparser.parse(
        io.BytesIO(text.encode("utf-8", "replace")),
        response_headers={"content-type": "application/xml; charset=utf-8"},
        resolve_relative_uris=False,
        sanitize_html=False,  # its text is read, never shown as HTML: lexbor skips scripts
    )
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    starts = [m.start() for m in _ITEM_START.finditer(text)]
    entries = parsed.get("entries") or []
    page = FeedPage([])
    if parsed.get("bozo"):
        page.notes.append(_bozo_note(parsed.get("bozo_exception")))
    head = parsed.get("feed") or {}
    channel = [t for t in (_one_line(head.get("title")), _one_line(head.get("subtitle"))) if t]
    page.lines += [Line(1, t) for t in channel]
    if channel:
        page.lines.append(Line(1, ""))
    for k, entry in enumerate(entries):
        at = starts[k] if len(starts) == len(entries) else 0
        end = starts[k + 1] if len(starts) == len(entries) and k + 1 < len(starts) else len(text)
        body = _BODY_START.search(text, at, end)
        item_line = bisect_right(newlines, at - 1) + 1
        body_line = bisect_right(newlines, body.start() - 1) + 1 if body else item_line
        link = entry.get("link") or ""
        links = [link] if link.lower().startswith(_SAFE_LINK) else []
        if title := _one_line(entry.get("title")):
            page.lines.append(Line(item_line, title, links))
            links = []
        for line in _body_lines(entry):
            page.lines.append(Line(body_line, line.text, [*links, *line.links], line.datetimes))
            links = []
        page.lines.append(Line(body_line, ""))
    page.published = _feed_date(head, entries)
    return page


def _one_line(value: object) -> str:
    return clean(value.replace("\n", " ")) if isinstance(value, str) else ""


def _body_lines(entry: dict) -> list[Line]:
    """An item's description as lines: its HTML read as the page reader reads HTML (a ``<p>``
    or ``<br>`` starts a line), its plain text line by line. The longer of the full content
    and the summary, as a feed may give either or both."""
    best = None
    for detail in [*(entry.get("content") or []), entry.get("summary_detail")]:
        value = detail.get("value") if detail else None
        if isinstance(value, str) and (best is None or len(value) > len(best["value"])):
            best = detail
    if best is None or not best["value"].strip():
        return []
    if best.get("type") in _HTML_TYPES:
        lines = read_html(best["value"]).lines
    else:
        lines = text_lines(best["value"])
    start, end = 0, len(lines)
    while start < end and not lines[start].text:
        start += 1
    while end > start and not lines[end - 1].text:
        end -= 1
    return lines[start:end]


def _feed_date(head: dict, entries: list) -> date | None:
    """The feed's own date: the channel's (``lastBuildDate``, ``updated``), else its newest
    item's publication date. (``dict.get``: feedparser's own ``get`` maps a missing "updated"
    to "published" with a deprecation warning.)"""
    keys = ("updated_parsed", "published_parsed")
    stamps: list[time.struct_time] = [s for k in keys if (s := dict.get(head, k))]
    if not stamps:
        stamps = [s for e in entries for k in keys if (s := dict.get(e, k))]
    if not stamps:
        return None
    newest = max(stamps)
    return date(newest.tm_year, newest.tm_mon, newest.tm_mday)


def _bozo_note(exc: object) -> tuple[int, str]:
    line = getattr(exc, "getLineNumber", lambda: 1)()
    reason = getattr(exc, "getMessage", lambda: str(exc))()
    return (
        line if isinstance(line, int) and line > 0 else 1,
        f"the feed is not well-formed XML ({str(reason)[:80]}); it was read leniently, "
        "check its last items",
    )
