"""Reading listing pages: bytes -> text, and HTML -> lines that keep their links.

Pure functions over what they are given; ``read_listing_file`` is the only one that opens a file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from eventmap import config
from eventmap.errors import ListingError


@dataclass
class Line:
    number: int  # 1-based line in the source where this text starts
    text: str
    links: list[str] = field(default_factory=list)  # hrefs of links inside this line (HTML)


_BINARY_BYTES = [*range(0, 9), *range(14, 32), 127]


def decode_bytes(data: bytes, *, limit: int | None = None) -> str:
    """Decode a page: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    limit = config.settings().max_listing_bytes if limit is None else limit
    if len(data) > limit:
        raise ListingError(
            f"the listing is {len(data) / 1_048_576:.1f} MB; the limit is "
            f"{limit / 1_048_576:.0f} MB. Split the page or raise EVENTMAP_MAX_LISTING_BYTES."
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    sample = data[:65536]
    control = sum(sample.count(bytes([b])) for b in _BINARY_BYTES)
    if sample and (b"\x00" in sample or control > len(sample) // 50):
        raise ListingError("this looks like a binary file, not a text or HTML page")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_listing_file(path: str | os.PathLike[str]) -> str:
    """Read a listing page from disk with a clear error for anything unreadable."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ListingError(f"{p}: no such file") from None
    except OSError as exc:
        raise ListingError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if p.is_dir():
        raise ListingError(f"{p}: is a folder, not a listing page")
    limit = config.settings().max_listing_bytes
    if size > limit:
        raise ListingError(
            f"{p}: the listing is {size / 1_048_576:.1f} MB; the limit is "
            f"{limit / 1_048_576:.0f} MB"
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ListingError(f"{p}: cannot read ({exc.strerror or exc})") from None
    try:
        return decode_bytes(data)
    except ListingError as exc:
        raise ListingError(f"{p}: {exc}") from None


_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """One line of text with invisible characters dropped and runs of spaces folded."""
    if text.isascii() and text.isprintable():  # the common case, without regexes
        return " ".join(text.split()) if "  " in text else text.strip()
    text = _CONTROL.sub(" ", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text).strip()


_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)


def text_lines(text: str) -> list[Line]:
    """Split plain text into cleaned lines, picking up bare URLs as links."""
    out = []
    for i, raw in enumerate(text.splitlines(), start=1):
        t = clean(raw)
        links = [u.rstrip(".,;") for u in _URL.findall(t)] if "://" in t else []
        out.append(Line(i, t, links))
    return out


_HTML_HINT = re.compile(r"<\s*(html|body|div|p|br|li|ul|h[1-6]|a\s|span|table|section)\b", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:20000]))


_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tr", "ul",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}  # a table row reads as one line, its cells joined by " | "
_LINE_TAGS = {"br", "tr"}  # end a line without starting a new paragraph
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


class _LinesParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self._buf: list[str] = []
        self._links: list[str] = []
        self._start = 1
        self._skip = 0

    def _flush(self, paragraph: bool = False) -> None:
        text = clean("".join(self._buf))
        if text:
            self.lines.append(Line(self._start, text, self._links))
        elif (
            self._links and self.lines
        ):  # a link with no text of its own belongs to the line before
            self.lines[-1].links.extend(self._links)
        self._buf, self._links = [], []
        if paragraph and self.lines and self.lines[-1].text:
            self.lines.append(Line(self.getpos()[0], "", []))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        if tag in _BLOCK_TAGS:
            self._flush(paragraph=tag not in _LINE_TAGS)
            if tag == "li":
                self._buf.append("• ")
        elif tag in _CELL_TAGS and "".join(self._buf).strip():
            self._buf.append(" | ")
        if tag == "a" and not self._skip:
            href = (dict(attrs).get("href") or "").strip()
            if href.lower().startswith(_SAFE_SCHEMES):
                self._links.append(href)
        if not self._buf or not "".join(self._buf).strip():
            self._start = self.getpos()[0]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush(paragraph=tag not in _LINE_TAGS)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if tag in _BLOCK_TAGS:
            self._flush(paragraph=tag not in _LINE_TAGS)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not "".join(self._buf).strip():
            self._start = self.getpos()[0]
        self._buf.append(data.replace("\n", " "))


def html_lines(html: str) -> list[Line]:
    """Visible text of an HTML page as lines (one per block), each keeping its links' hrefs.

    Scripts, styles and other invisible parts are dropped; only http(s) and mailto links are kept.
    A blank line stands between blocks (paragraphs, list items), not at ``<br>``.
    """
    p = _LinesParser()
    try:
        p.feed(html)
        p.close()
    except Exception:  # HTMLParser is lenient; this guards odd edge cases in broken markup
        pass
    p._flush()
    return p.lines
