"""Reading HTML listing pages: an HTML5 parser's tree -> lines that keep their links.

The tree comes from lexbor (through selectolax), which builds it the way a browser does, in one
linear pass: a page without ``</head>`` or ``<body>``, an unclosed ``<noscript>``, misnested or
unclosed tags all give the tree a browser would show. Walking it gives the page's visible text as
``Line``s, one per block, with the hrefs of the links inside each line:

- a blank line stands between blocks (paragraphs, lists, ``<dt>``/``<dd>``), not at ``<br>`` nor
  between the items of one list (its lines, "• " before each);
- a table row reads as one line, its cells joined by `` | ``;
- scripts, styles, templates, frames and embedded objects are skipped. ``<noscript>`` is read:
  eventmap runs no script, so it sees the page as a browser without JavaScript does;
- only http(s) and mailto links are kept (never ``javascript:``);
- control characters (``&#13;`` and the like) become spaces;
- ``<time datetime="...">`` values are kept on their line (``Line.datetimes``);
- inside ``<address>``, elements side by side (``<span>Sala Zitarrosa</span> <span>Av. 18 de
  Julio 1012</span>``) are the address's lines, as event plugins' style sheets show them: each
  starts a line of its own (a name over its street), where a browser without the style sheet
  would run them together. Text and inline markup inside one part stay on its line.

The tree carries no source positions, so each line's number is found by looking its first words
up in the source from where the previous line was found: a forward-only search, linear overall.

``HtmlPage.published`` is the page's own date from its metadata (see ``published_date``).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate
from operator import sub

from selectolax.lexbor import LexborHTMLParser, LexborNode

from eventmap.ingest.structured import StructuredEvent, page_events
from eventmap.ingest.text import Line, clean

_HTML_HINT = re.compile(
    r"<(!doctype\s+html|html|head|body|meta|title|div|p|br|li|ul|ol|dl|dt|dd|h[1-6]|"
    r"a|span|table|tr|td|section|article|main|header|time|strong|em|b|i)(?:[\s/][^<>]{0,2000})?>",
    re.IGNORECASE,
)
_INLINE_TAGS = frozenset({"a", "span", "time", "strong", "em", "b", "i"})


_DOCUMENT_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s/>]", re.IGNORECASE)
# A page of text lines (Markdown, a text copy) may carry a stray tag or two, an anchor
# ("<a id="meetings"></a>") or a "<br>": read as HTML, its line breaks would be lost. HTML
# source has a tag for every few lines of text; text has far fewer.
_LINES_PER_TAG = 8


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` is HTML: a document (``<html>``, ``<body>``, a doctype) or
    lines with a common tag (``<dl>`` included) for every few of them, not a page of text lines
    with a stray tag."""
    head = text[:20000]
    # the tags inside a line of text ("<i>Bread, riots …</i>" in a Markdown table) are no sign
    # of HTML source: only the tags that break lines count
    tags = sum(1 for t in _HTML_HINT.finditer(head) if t.group(1).casefold() not in _INLINE_TAGS)
    if not tags:
        return bool(_DOCUMENT_HINT.search(head))
    lines = sum(1 for line in head.splitlines() if line.strip())
    return tags * _LINES_PER_TAG >= lines or bool(_DOCUMENT_HINT.search(head))


_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
    "details", "summary", "fieldset", "legend", "center", "menu",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}  # a table row reads as one line, its cells joined by " | "
_LINE_TAGS = {"br", "tr"}  # end a line without starting a new paragraph
# A list's items are lines of one block, as a browser shows them (no gap between them): a card's
# meta list "• Mo, 07.12.2026" / "• 12:00 Uhr" / "• Hörsaal 011" is its date, time and place.
_ITEM_TAGS = {*_LINE_TAGS, "li"}
_SKIP_TAGS = {"script", "style", "template", "svg", "head", "iframe", "object", "math", "-comment"}
_SAFE_SCHEMES = ("http://", "https://", "mailto:")
# Every control character, CR included, reads as a space; clean() then folds the runs.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# What a line's first words may hold to be looked up verbatim in the source: no entities, no
# markup characters, nothing the parser may have rewritten.
_PROBE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ,.:;()/!?'-]{0,31}")
_SEARCH_WINDOW = 256 * 1024
_NEWLINE = re.compile("\n")


@dataclass
class HtmlPage:
    """What the reader takes from an HTML page: its lines, its own publication date and notes on
    how it was read (elements nested too deep to build)."""

    lines: list[Line]
    published: date | None = None
    notes: list[str] = field(default_factory=list)
    site: list[str] = field(default_factory=list)  # names the site gives itself (site_names)
    # the events its markup states as data (schema.org JSON-LD or microdata: ingest.structured)
    events: list[StructuredEvent] = field(default_factory=list)
    unread_events: list[str] = field(default_factory=list)  # names of those with no start date


# Browsers stop nesting elements 512 deep (Blink's HTML parser); the HTML5 parser here takes time
# quadratic in the depth (50,000 nested <div>s: 9 s), so tags deeper than that become line breaks,
# their text kept. Fewer tags than _DEEP_SCAN cannot cost enough to be worth the scan.
_MAX_DEPTH = 512
_DEEP_SCAN = 8000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*+)[^<>]*+>")
_OPEN_OR_CLOSE = re.compile(r"<(/?)[A-Za-z]")
_STEP = {"": 1, "/": -1}
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


# A grid built of <div>s with ARIA roles, as site builders write a table (Wix's "wixui-table":
# <div role="grid"> / <div role="row"> / <div role="gridcell">): read as the table it is, one
# line a row. The <div> tags of a role are written as the table's own tags before parsing.
_ARIA_TAGS = {
    "table": "table", "grid": "table", "treegrid": "table", "rowgroup": "tbody", "row": "tr",
    "columnheader": "th", "rowheader": "th", "gridcell": "td", "cell": "td",
}  # fmt: skip
_DIV_TAG = re.compile(r"<(/?)div\b([^<>]*+)>", re.IGNORECASE)
_ROLE = re.compile(r"""\srole\s*+=\s*+["']?([a-z]++)""", re.IGNORECASE)
_ARIA_ROW = re.compile(r"""role\s*+=\s*+["']?row\b""", re.IGNORECASE)


def _aria_tables(source: str) -> str:
    """``source`` with the <div>s of an ARIA grid (its table, rows and cells) written as <table>,
    <tr>, <th> and <td>: only inside a grid or table role, as a row outside a table is no row
    to the HTML parser."""
    if not _ARIA_ROW.search(source):
        return source
    parts: list[str] = []
    stack: list[str | None] = []  # each open <div>'s table tag, None for a plain <div>
    tables = 0  # open grids
    at = 0
    for m in _DIV_TAG.finditer(source):
        if m.group(1):  # a closing </div>
            tag = stack.pop() if stack else None
            if tag is None:
                continue
            tables -= tag == "table"
            parts += [source[at : m.start()], f"</{tag}>"]
            at = m.end()
            continue
        role = _ROLE.search(m.group(2))
        tag = _ARIA_TAGS.get(role.group(1).lower()) if role is not None else None
        if tag is not None and tag != "table" and not tables:
            tag = None  # a row or cell outside a grid: left a <div>
        if m.group(2).rstrip().endswith("/"):
            continue  # "<div … />": no element to close
        stack.append(tag)
        if tag is None:
            continue
        tables += tag == "table"
        parts += [source[at : m.start()], f"<{tag}{m.group(2)}>"]
        at = m.end()
    parts.append(source[at:])
    return "".join(parts)


def _flatten_deep(source: str) -> tuple[str, int]:
    """``source`` with the tags nested deeper than ``_MAX_DEPTH`` turned into line breaks (their
    text kept), and how many tags were dropped."""
    if source.count("<") < _DEEP_SCAN:
        return source, 0
    # A bound from C loops first: the deepest run of opening tags over closing ones, counting
    # void elements too (so never below the true depth); only a page past it is scanned tag by tag.
    sums = list(accumulate(map(_STEP.__getitem__, _OPEN_OR_CLOSE.findall(source)), initial=0))
    if max(map(sub, sums, accumulate(sums, min)), default=0) <= _MAX_DEPTH:
        return source, 0
    depth = 0
    drop: list[tuple[int, int]] = []
    for m in _TAG.finditer(source):
        closing = m.group(1)
        if not closing:
            if m.group(2).lower() in _VOID_TAGS or m.group(0).endswith("/>"):
                continue
            depth += 1
            if depth > _MAX_DEPTH:
                drop.append(m.span())
        else:
            if depth > _MAX_DEPTH:
                drop.append(m.span())
            depth = max(depth - 1, 0)
    if not drop:
        return source, 0
    parts, at = [], 0
    for start, end in drop:
        parts.append(source[at:start])
        parts.append("<br>")  # a line break where the element was: its lines stay apart
        at = end
    parts.append(source[at:])
    return "".join(parts), len(drop)


@dataclass
class _Reader:
    source: str
    newlines: list[int]
    lines: list[Line] = field(default_factory=list)
    buf: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    datetimes: list[str] = field(default_factory=list)
    start: int = 1
    cursor: int = 0  # where in the source the last line was found
    filled: bool = False  # the line being built has visible text
    in_row: bool = False  # the <br> just entered stays inside its table row's line
    cell_blocks: set[int] = field(default_factory=set)  # blocks inside a row's cell (mem_ids)
    tables: dict[int, bool] = field(default_factory=dict)  # whether a table has a <th>, by id
    card: int | None = None  # the venue card being read as one block (its node's mem_id)
    nav: int = 0  # how many <nav> elements the text is inside

    def line_at(self, offset: int) -> int:
        return bisect_right(self.newlines, offset - 1) + 1

    def locate(self, text: str) -> int:
        """The source line of ``text``: its first words, searched forward from the cursor."""
        m = _PROBE.search(text)
        probe = m.group().strip() if m is not None else ""
        if len(probe) < 2 and probe and text.startswith(probe):
            probe = ">" + probe  # one character: found where a tag ends, not inside a tag
        if len(probe) >= 2:
            found = self.source.find(probe, self.cursor, self.cursor + _SEARCH_WINDOW)
            if found >= 0:
                self.cursor = found + len(probe)
                return self.line_at(found + (probe[0] == ">"))
        return self.line_at(self.cursor)

    def headed(self, node: LexborNode) -> bool:
        """Whether the table a node's cell is in has a header cell (``<th>``): a data table,
        whose rows read as lines; a layout table (menu | content | sidebar) has none. Looked
        up once per table."""
        table = node.parent
        for _ in range(_TABLE_REACH):
            if table is None or table.tag == "table":
                break
            table = table.parent
        if table is None or table.tag != "table":
            return False
        if (known := self.tables.get(table.mem_id)) is None:
            known = self.tables[table.mem_id] = table.css_first("th") is not None
        return known

    def text(self, data: str) -> None:
        if not data.strip():
            if self.buf:
                self.buf.append(" ")
            return
        if not self.filled:
            self.start = self.locate(data)
            self.filled = True
        self.buf.append(data if data.isprintable() else _CONTROLS.sub(" ", data))

    def flush(self, paragraph: bool = False) -> None:
        text = clean("".join(self.buf)) if self.buf else ""
        if text.endswith(" |") and "|" not in text[:-2]:
            # "18:00 |": a row's first cell, the next cell's blocks on lines of their own
            text = text[:-2].rstrip()
        if text:
            self.lines.append(Line(self.start, text, self.links, self.datetimes, self.nav > 0))
        else:  # links or times with no text of their own belong to the line before
            if self.lines:
                self.lines[-1].links.extend(self.links)
                self.lines[-1].datetimes.extend(self.datetimes)
        self.buf, self.links, self.datetimes, self.filled = [], [], [], False
        if paragraph and self.lines and self.lines[-1].text:
            self.lines.append(Line(self.line_at(self.cursor), "", []))

    def enter(self, node: LexborNode) -> None:
        tag = node.tag
        if _address_part(node):
            self.flush()
        if tag == "br" and self.buf and _in_data_cell(node):
            self.buf.append(", ")  # the row stays one line: "Thu, Feb 4<br>10:00 a.m."
            self.in_row = True
        elif (
            tag in _CELL_BLOCK_TAGS
            and (self.buf or _first_in_cell(node))
            and _in_data_cell(node)
            and self.headed(node)
        ):
            # a subtitle's <div> in the title's cell: "Mitgliederversammlung … – Bericht des
            # Vorstands": the row stays one line, its place cell on it; a cell's first <p> or
            # <div> (a site builder wraps every cell's text in one) starts no line either
            if self.buf and not self.buf[-1].endswith(" | "):
                self.buf.append(" – ")
            self.cell_blocks.add(node.mem_id)
        elif tag in _BLOCK_TAGS:
            self.flush(paragraph=tag not in _ITEM_TAGS and self.card is None)
            if tag == "nav":
                self.nav += 1
            if self.card is None and tag in _CARD_TAGS and _venue_card(node):
                self.card = node.mem_id
            if tag == "li":
                self.buf.append("• ")
        elif tag in _CELL_TAGS and self.buf:  # holds text or a bullet (blanks only after them)
            self.buf.append(" | ")
        elif tag == "span" and self.buf and (_place_span(node) or _after_place_span(node)):
            self.buf.append(" | ")  # "… con Elena Martínez | Biblioteca Idea Vilariño"
        elif tag == "a":
            href = (node.attributes.get("href") or "").strip()
            if href.lower().startswith(_SAFE_SCHEMES):
                self.links.append(href)
        elif tag == "time":
            if self.buf and self.buf[-1][-1:].isalnum():
                self.buf.append(" ")  # "18 h 30</time><time>20 h 30": two times, not "3020"
            value = (node.attributes.get("datetime") or "").strip()
            if value:
                self.datetimes.append(value)

    def leave(self, node: LexborNode) -> None:
        if self.in_row and node.tag == "br":
            self.in_row = False
            return
        if node.mem_id in self.cell_blocks:
            self.cell_blocks.discard(node.mem_id)
            return
        if self.card is not None and node.mem_id == self.card:
            self.card = None
        self.flush(paragraph=node.tag not in _ITEM_TAGS and self.card is None)
        if node.tag == "nav":
            self.nav = max(self.nav - 1, 0)


_CELL_BLOCK_TAGS = frozenset({"div", "p"})
_TABLE_REACH = 8  # ancestors searched for a cell's table
_DATA_COLUMNS = 3  # a row of this many cells is a data table's ("Date | Speaker | Title | Room")


def _prev_sibling(node: LexborNode) -> LexborNode | None:
    """The sibling before ``node``, passing over white space between them."""
    prev = node.prev
    while prev is not None and prev.tag == "-text" and not (prev.text_content or "").strip():
        prev = prev.prev
    return prev


def _first_in_cell(node: LexborNode) -> bool:
    """Whether a block is its cell's first element, no text or element before it."""
    return _prev_sibling(node) is None


def _in_data_cell(node: LexborNode) -> bool:
    """Whether a ``<br>`` stands right inside a cell of a table row of three cells or more (a
    data table's row, which reads as one line; a layout table's one or two cells hold lines)."""
    cell = node.parent
    if cell is not None and cell.tag in _CELL_BLOCK_TAGS and node.tag == "br":
        cell = cell.parent  # "<td><p>Räucherei …<br>Raum 1.2</p></td>": the cell's own block
    if cell is None or cell.tag not in _CELL_TAGS or (row := cell.parent) is None:
        return False
    cells = 0
    child = row.child
    while child is not None and cells < _DATA_COLUMNS:
        cells += child.tag in _CELL_TAGS
        child = child.next
    return cells >= _DATA_COLUMNS


# The words an events page's markup names its venue cell by ("event-venue", "sala", "lieu",
# "ort", "where"): inline, its text would run on from the title with nothing between them.
_PLACE_CLASSES = frozenset({
    "venue", "location", "place", "where", "room", "address", "city", "sala", "lugar",
    "ubicacion", "salle", "lieu", "ville", "adresse", "ort", "raum", "veranstaltungsort",
})  # fmt: skip
_CLASS_WORD = re.compile(r"[^\W_]+")


def _place_span(node: LexborNode) -> bool:
    """Whether an inline ``<span>`` is a venue cell by its class: its text is the place of the
    entry it ends ("<span class="sala">Sala Mario Benedetti</span>"), a cell of its own."""
    cls = node.attributes.get("class")
    return bool(cls) and any(w in _PLACE_CLASSES for w in _CLASS_WORD.findall(cls.lower()))


_SIBLINGS_BACK = 8  # siblings looked back at for a venue's span


def _after_place_span(node: LexborNode) -> bool:
    """Whether a ``<span>`` comes after a venue's among its siblings: the cells of a row written
    as spans ("<span class="show-venue">Le Belvédère</span><span class="show-info">20h</span>")
    are cells after it too, not the venue's words."""
    text = (node.text(deep=True) or "")[:_LABEL_MAX].casefold()
    if any(stem in text for stem in _LABEL_KEEP):
        return False  # "<span class="estado">SUSPENDIDA</span>": the place's status, as before
    prev, seen = node.prev, 0
    while prev is not None and seen < _SIBLINGS_BACK:
        if prev.tag == "span" and _place_span(prev):
            return True
        if prev.tag not in ("-text", "span", "a"):
            return False
        prev, seen = prev.prev, seen + 1
    return False


# The last word of a class an events plugin names its category or tag label by ("tribe-events-
# event-categories", "em-event-categories", "mec-event-category", "kategorie", "rubrique",
# "categoria", "etiquetas"). Only the last word: WordPress also sets "category-news" and
# "tribe_events_cat-musica" on the whole card.
_LABEL_CLASSES = frozenset({
    "category", "categories", "tags", "genre", "genres",
    "kategorie", "kategorien", "rubrik", "sparte", "schlagworte",
    "categorie", "catégorie", "rubrique", "rubriques", "etiquette", "etiquettes",
    "categoria", "categoría", "categorias", "categorías", "etiqueta", "etiquetas", "genero", "género",
})  # fmt: skip
_LABEL_TAGS = frozenset({"span", "a", "div", "p", "ul", "li", "dd", "small", "em", "strong"})
_LABEL_MAX = 60
# A label naming a status or that the meeting is online is kept: the parser reads those (the
# same stems as the parser's lexicon, which this module sits below).
_LABEL_KEEP = ("online", "zoom", "virtu", "en l", "hybrid", "cancel", "abgesagt", "abgesetzt", "annul",
               "suspend", "postpon", "verschoben", "report", "aplaz", "posterg")  # fmt: skip


def _runs_on(node: LexborNode) -> bool:
    """Whether ``node`` comes right after text of its own line ("7pm Talk <span
    class="category">Ana Ríos</span>"): a part of that line, not a card's label."""
    prev = _prev_sibling(node)
    return prev is not None and prev.tag == "-text"


def _category_label(node: LexborNode) -> bool:
    """Whether ``node`` is an events plugin's category or tag label ("Cine", "Workshop",
    "Vortrag"): never the place, though it stands where a card's venue line would. Its text is
    left out; one holding a digit, a status or an online word is kept (it may be a date)."""
    if node.tag not in _LABEL_TAGS or _runs_on(node):
        return False
    cls = node.attributes.get("class")
    if not cls or not any(
        (words := _CLASS_WORD.findall(token)) and words[-1] in _LABEL_CLASSES
        for token in cls.lower().split()
    ):
        return False
    text = node.text(deep=True)
    if len(text) > _LABEL_MAX or any(c.isdigit() for c in text):
        return False
    low = text.lower()
    return not any(stem in low for stem in _LABEL_KEEP)


# An events plugin's or CMS template's card names each field by its class; the class's last word
# says which ("event-card__venue", "tribe-venue", "em-event-location", "veranstaltung-ort",
# "lieu", "sede"; "venue-name"). A card holding its venue so reads as one block, date, title,
# speaker and venue a line each, the way the parser reads a card from text: as separate
# paragraphs, the title would be taken for the place.
_VENUE_WORDS = frozenset({
    "venue", "venues", "location", "place", "where", "room", "address", "sala", "lugar", "sede",
    "ubicacion", "direccion", "salle", "lieu", "adresse", "ort", "raum", "veranstaltungsort",
    "spielort", "tagungsort",
})  # fmt: skip
_FIELD_TAILS = frozenset({"name", "details", "info"})  # "venue-name", "tribe-venue-details"
_CARD_TAGS = frozenset({"article", "li", "div", "section", "dd"})
_CARD_FIELDS = 12  # a card's fields: more children than this are a list, not one card
# Elements holding blocks of their own: a card's field is none of them.
_CONTAINER_TAGS = frozenset({
    "article", "section", "ul", "ol", "dl", "table", "main", "header", "footer", "nav", "aside",
    "form", "details", "blockquote", "figure",
})  # fmt: skip


def _venue_class(cls: str) -> bool:
    """Whether a class attribute names a venue field: one of its classes ends in a place word
    ("event-card__venue", "em-event-location", "ort"), or in a place word and "name"."""
    for token in cls.lower().split():
        words = _CLASS_WORD.findall(token)
        if words and words[-1] in _FIELD_TAILS:
            words.pop()
        if words and words[-1] in _VENUE_WORDS:
            return True
    return False


def _leaf_div(node: LexborNode) -> bool:
    """Whether a ``<div>`` field holds text and inline markup only (no block of its own among
    its first children)."""
    child, seen = node.child, 0
    while child is not None and seen < _CARD_FIELDS:
        if child.tag in _BLOCK_TAGS and child.tag != "br":
            return False
        seen += 1
        child = child.next
    return child is None


def _venue_card(node: LexborNode) -> bool:
    """Whether ``node`` is an event card: a few field elements (no lists or sections of their
    own), one of them a venue by its class, after another field. Classes are read only on the
    card's own classed children."""
    child, fields, venue = node.child, 0, False
    while child is not None:
        tag = child.tag
        if tag and tag[0] != "-":  # a processing instruction has no tag name
            fields += 1
            if fields > _CARD_FIELDS or tag in _CONTAINER_TAGS:
                return False
            if tag == "div" and not _leaf_div(child):
                return False
            if not venue and fields > 1:
                cls = child.attributes.get("class")
                venue = bool(cls) and _venue_class(cls)
        child = child.next
    return venue


def _address_part(node: LexborNode) -> bool:
    """Whether ``node`` is an element inside ``<address>`` that follows another element with
    nothing but white space between them: the next part of the address (its street after
    the venue's name), read as a line of its own."""
    parent = node.parent
    if parent is None or parent.tag != "address" or node.tag == "-text":
        return False
    prev = _prev_sibling(node)
    return prev is not None and prev.tag not in ("-text", "-comment", "br")


def _walk(reader: _Reader, root: LexborNode) -> None:
    """Feed ``reader`` the tree depth-first in document order: text, entering and leaving block
    elements. Skipped elements are passed over with their insides; only blocks are left."""
    stack: list[LexborNode] = []
    node = root.child
    while node is not None:
        tag = node.tag
        if tag == "-text":
            reader.text(node.text_content or "")
            child = None
        else:
            reader.enter(node)
            skip = tag in _SKIP_TAGS or (tag in _LABEL_TAGS and _category_label(node))
            child = node.child if not skip else None
        if child is not None:
            stack.append(node)
            node = child
            continue
        if tag in _BLOCK_TAGS:
            reader.leave(node)
        nxt = node.next
        while nxt is None and stack:
            node = stack.pop()
            if node.tag in _BLOCK_TAGS:
                reader.leave(node)
            nxt = node.next
        node = nxt


def read_html(html: str, url: str | None = None) -> HtmlPage:
    """Parse an HTML page once: its visible lines, the publication date in its metadata and
    the events it states as data (their relative links read against ``url``)."""
    source = html.replace("\r\n", "\n").replace("\r", "\n")  # as the HTML5 parser sees it
    source, dropped = _flatten_deep(_aria_tables(source))
    tree = LexborHTMLParser(source)
    newlines = [m.start() for m in _NEWLINE.finditer(source)]
    reader = _Reader(source, newlines)
    if tree.root is not None:
        _walk(reader, tree.root)
    reader.flush()
    notes = (
        [
            f"{dropped} HTML tags nested more than {_MAX_DEPTH} deep (deeper than browsers build) "
            "were read as line breaks; their text was kept"
        ]
        if dropped
        else []
    )
    events, unread = page_events(tree, source, newlines, url)
    return HtmlPage(
        reader.lines, published_date(tree, reader.lines), notes, site_names(tree), events, unread
    )


def html_lines(html: str) -> list[Line]:
    """Visible text of an HTML page as lines (one per block), each keeping its links' hrefs."""
    return read_html(html).lines


# The page's own date ---------------------------------------------------------------------------
_META_NAMES = (
    "article:published_time", "article:modified_time", "og:updated_time", "date",
    "dc.date", "dcterms.modified", "dcterms.created", "last-modified",
)  # fmt: skip
_JSONLD_KEYS = ("datePublished", "dateModified", "dateCreated")
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_TOP_LINES = 5  # "near the top": a <time> among the page's first few lines of text


def iso_day(value: str) -> date | None:
    """The calendar day at the start of an ISO 8601 date or date-time (``2017-01-23T10:00Z``)."""
    m = _ISO_DAY.match(value or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _jsonld_dates(data: object, out: list[date]) -> None:
    if isinstance(data, list):
        for item in data[:50]:
            _jsonld_dates(item, out)
    elif isinstance(data, dict):
        for key in _JSONLD_KEYS:
            value = data.get(key)
            day = iso_day(value) if isinstance(value, str) else None
            if day:
                out.append(day)
        graph = data.get("@graph")
        if isinstance(graph, list):
            _jsonld_dates(graph, out)


_TITLE_PARTS = re.compile(r"\s[|–—·:»-]\s")
_SITE_NAME_MAX = 80


def site_names(tree: LexborHTMLParser) -> list[str]:
    """The names a site gives itself, most telling first: ``og:site_name``, then the parts of
    its ``<title>`` from the last ("Agenda et activités | MJC Bréquigny" -> "MJC Bréquigny",
    "Agenda et activités"). Which of them names a venue is the parser's to decide."""
    out: list[str] = []
    for meta in tree.css('meta[property="og:site_name"]'):
        out.append(meta.attributes.get("content") or "")
    title = tree.css_first("title")
    if title is not None:
        out += reversed(_TITLE_PARTS.split(title.text(deep=True) or ""))
    names = (" ".join(n.split()) for n in out)
    return list(dict.fromkeys(n for n in names if 0 < len(n) <= _SITE_NAME_MAX))


def published_date(tree: LexborHTMLParser, lines: list[Line] | None = None) -> date | None:
    """The page's own date from its metadata, else None. In order: ``<meta>`` tags
    (``article:published_time``, ``article:modified_time``, ``og:updated_time`` and the like),
    JSON-LD ``datePublished``/``dateModified``, then a ``<time datetime>`` in the first lines
    of text. Among several metadata dates the most recent wins: a page updated later lists what
    was upcoming then."""
    found: list[date] = []
    for meta in tree.css("meta"):
        attrs = meta.attributes
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if name in _META_NAMES or name in ("datepublished", "datemodified"):
            day = iso_day(attrs.get("content") or "")
            if day:
                found.append(day)
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            _jsonld_dates(json.loads(script.text(deep=True) or "null"), found)
        except (ValueError, RecursionError):
            continue
    if found:
        return max(found)
    for line in [ln for ln in lines or [] if ln.text][:_TOP_LINES]:
        for value in line.datetimes:
            day = iso_day(value)
            if day:
                return day
    return None


def datetime_year(values: list[str], month: int, day: int) -> int | None:
    """The year of the ``<time datetime>`` among ``values`` that falls on ``month``/``day``."""
    for value in values:
        d = iso_day(value)
        if d and (d.month, d.day) == (month, day):
            return d.year
    return None
