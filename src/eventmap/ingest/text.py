"""Reading listing pages: bytes -> text, and plain text -> lines (HTML: ``ingest.html``).

Pure functions over what they are given; ``read_listing_file`` is the only one that opens a file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from eventmap import config
from eventmap.errors import ListingError


@dataclass
class Line:
    number: int  # 1-based line in the source where this text starts
    text: str
    links: list[str] = field(default_factory=list)  # hrefs of links inside this line (HTML)
    datetimes: list[str] = field(default_factory=list)  # <time datetime> values in it (HTML)


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
