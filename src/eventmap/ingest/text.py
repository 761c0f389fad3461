"""Reading listing pages: bytes -> text, and plain text -> lines (HTML: ``ingest.html``).

Pure functions over what they are given; ``read_listing_file`` is the only one that opens a file.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from eventmap import config
from eventmap.errors import ListingError
from eventmap.model import ParseWarning


@dataclass
class Line:
    number: int  # 1-based line in the source where this text starts
    text: str
    links: list[str] = field(default_factory=list)  # hrefs of links inside this line (HTML)
    datetimes: list[str] = field(default_factory=list)  # <time datetime> values in it (HTML)
    menu: bool = False  # inside the site's navigation (HTML ``<nav>``): a menu item, no heading
    heading: bool = False  # a Markdown heading ("## Stammtisch Meran"), its marks dropped


_PROSE_WORDS = 18


_NO_WORDS = frozenset("·•|&")


def is_prose(text: str) -> bool:
    """A sentence or paragraph rather than a heading, a date, a place or a detail line."""
    n = len(text)
    # Long lines: no need to count words; under 35 characters there is no room for 18.
    if n > 160:
        return True
    if n < _PROSE_WORDS * 2 - 1:
        return False
    # In printable text the only white space is " ": fewer than 17 of them, fewer than 18 words.
    if text.count(" ") < _PROSE_WORDS - 1 and text.isprintable():
        return False
    words = text.split()
    if len(words) < _PROSE_WORDS:
        return False
    # a separator is no word: "Doors 8pm · Music 9pm · $120 incl. dinner & drinks · Main Room"
    return len(words) - sum(map(_NO_WORDS.__contains__, words)) >= _PROSE_WORDS


_BINARY_BYTES = [*range(0, 9), *range(14, 32), 127]


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Single-byte Western encodings: their printable characters are all in Windows-1252, which also
# has the curly quotes and dashes pages are full of, so a guess among these reads as cp1252.
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "iso8859_1", "ascii"}
_MAX_PATCHED = 64  # bytes of Windows-1252 inside UTF-8 before the page counts as not UTF-8


@dataclass(frozen=True)
class Decoded:
    """A page's text, the encoding it was read in, and a note worth a warning, if any."""

    text: str
    encoding: str
    note: str | None = None
    note_line: int = 1

    def warning(self) -> ParseWarning | None:
        """The note as the parse warning the page's listing carries (None without a note)."""
        return ParseWarning(self.note_line, self.note) if self.note else None


def page_text(page: str | Decoded) -> str:
    """The text of a page given as text or as decoded bytes."""
    return page.text if isinstance(page, Decoded) else page


def page_warning(page: str | Decoded) -> ParseWarning | None:
    """The decoder's warning of a page given as decoded bytes (None for text)."""
    return page.warning() if isinstance(page, Decoded) else None


def decode_bytes(data: bytes, *, limit: int | None = None) -> str:
    """Decode a page (see ``decode_page``); the text only."""
    return decode_page(data, limit=limit).text


def decode_page(data: bytes, *, limit: int | None = None) -> Decoded:
    """Decode a page: a BOM (UTF-8, UTF-16, UTF-32) decides; else UTF-8; else UTF-8 with a few
    stray Windows-1252 bytes (kept as UTF-8, with a note); else what charset-normalizer finds;
    else Windows-1252. Raises ListingError for a page over the size limit or a binary file."""
    limit = config.settings().max_listing_bytes if limit is None else limit
    if len(data) > limit:
        raise ListingError(
            f"the listing is {len(data) / 1_048_576:.1f} MB; the limit is "
            f"{limit / 1_048_576:.0f} MB. Split the page or raise EVENTMAP_MAX_LISTING_BYTES."
        )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace"), encoding)
    sample = data[:65536]
    control = sum(sample.count(bytes([b])) for b in _BINARY_BYTES)
    if sample and (b"\x00" in sample or control > len(sample) // 50):
        raise ListingError("this looks like a binary file, not a text or HTML page")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    patched = _utf8_patched(data)
    if patched is not None:
        return patched
    return _detected(data)


def _utf8_patched(data: bytes) -> Decoded | None:
    """UTF-8 with a few bytes that are not (a Windows-1252 dash pasted into a UTF-8 page): the
    UTF-8 text kept and those bytes read as Windows-1252. None unless the rest has real UTF-8."""
    parts: list[str] = []
    pos = bad = 0
    first = -1
    while True:
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            parts.append(data[pos : pos + exc.start].decode("utf-8"))
            stray = data[pos + exc.start : pos + exc.end]
            parts.append(stray.decode("cp1252", errors="replace"))
            first = pos + exc.start if first < 0 else first
            bad += len(stray)
            pos += exc.end
            if bad > _MAX_PATCHED:
                return None
    good = [p for i, p in enumerate(parts) if i % 2 == 0 or i == len(parts) - 1]
    if all(p.isascii() for p in good):
        return None  # no UTF-8 at all: a page in a single-byte encoding
    line = data.count(b"\n", 0, first) + 1
    return Decoded(
        "".join(parts),
        "utf-8",
        f"{bad} byte(s) were not UTF-8 and were read as Windows-1252; check the characters here",
        line,
    )


def _detected(data: bytes) -> Decoded:
    """A page in a single-byte or East Asian encoding: Windows-1252 when it reads as Western text
    (few letters outside ASCII), else what charset-normalizer finds. Its guesses among Western
    code pages are unreliable on short pages (it reads "Café" as UTF-16), hence the order."""
    western = data.decode("cp1252", errors="replace")
    head = western[:100_000]
    letters = sum(c.isalpha() for c in head)
    foreign = sum(c.isalpha() and not c.isascii() for c in head)
    if not letters or foreign <= 0.3 * letters:
        return Decoded(western, "cp1252")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return Decoded(western, "cp1252")
    return Decoded(str(best), best.encoding)


STDIN = "-"  # the file name that means standard input
_CHUNK = 1 << 20


def _read_at_most(stream: BinaryIO, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes from ``stream``: one byte more than allowed tells "too large"."""
    parts: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = stream.read(min(_CHUNK, left))
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def read_listing_file(path: str | os.PathLike[str], *, stdin: BinaryIO | None = None) -> str:
    """The text of a listing page in a file (see ``read_listing_page``, which keeps the decoder's
    warning too)."""
    return read_listing_page(path, stdin=stdin).text


def read_listing_page(path: str | os.PathLike[str], *, stdin: BinaryIO | None = None) -> Decoded:
    """Read and decode a listing page from a file, pipe or device (``-``: standard input), with
    ``decode_page``: a note such as stray Windows-1252 bytes stays on the result (``warning()``).

    At most the size limit plus one byte is read, whatever ``stat`` says (it says 0 for pipes
    and devices), so ``/dev/zero`` or a huge pipe is refused after ``limit + 1`` bytes instead of
    being read whole. Every problem is a ListingError with a one-line message.
    """
    limit = config.settings().max_listing_bytes
    if os.fspath(path) == STDIN:
        name = "standard input"
        try:
            data = _read_at_most(stdin if stdin is not None else sys.stdin.buffer, limit)
        except OSError as exc:
            raise ListingError(f"{name}: cannot read ({exc.strerror or exc})") from None
    else:
        p = Path(path)
        name = str(p)
        if p.is_dir():
            raise ListingError(f"{p}: is a folder, not a listing page")
        try:
            with p.open("rb") as fh:
                data = _read_at_most(fh, limit)
        except FileNotFoundError:
            raise ListingError(f"{p}: no such file") from None
        except OSError as exc:
            raise ListingError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise ListingError(
            f"{name}: the listing is larger than the limit of {limit / 1_048_576:.0f} MB; "
            "split the page or raise EVENTMAP_MAX_LISTING_BYTES"
        )
    try:
        return decode_page(data)
    except ListingError as exc:
        raise ListingError(f"{name}: {exc}") from None


_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """One line of text with invisible characters dropped and runs of spaces folded."""
    # The common case, without regexes: in printable text (ASCII or not) the only space is " "
    # and there is nothing invisible or control to drop (those are all unprintable).
    if text.isprintable():
        return " ".join(text.split()) if "  " in text else text.strip()
    text = _CONTROL.sub(" ", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text).strip()


# Between two cells of a text table: a tab, or a run of three or more spaces, inside a line.
_CELL_GAP = re.compile(r"(?<=\S)(?:[ \u00a0]*+\t[ \t\u00a0]*+| {3,}+)(?=\S)")


def _pair_row(raw: str, gap: re.Pattern[str]) -> str | None:
    """A line of two cells parted by one ``gap`` ("März-Landtag      Mittwoch, 3. März bis
    Freitag, 5. März 2027"), as " | " parts them, else None. One gap alone is no row (a line's
    padding, a PDF's two columns); under a header of two named columns it is, and there a long
    first cell leaves two spaces of it ("September-Landtag  Mittwoch, 1. September")."""
    body = raw.strip()
    if "\t" in body:
        return None
    gaps = gap.findall(body)
    return gap.sub(" | ", body) if len(gaps) == 1 else None


_ROW_GAP = re.compile(r"(?<=\S) {2,}+(?=\S)")


def table_cells(raw: str) -> str:
    """A text table's row with its cells joined by `` | `` as an HTML table row reads: two or
    more tabs or runs of 3+ spaces inside the line (``9 March<TAB>19:00<TAB>Public meeting``).
    Any other line is returned as it is."""
    if "\t" not in raw and "   " not in raw:
        return raw
    body = raw.strip()
    gaps = _CELL_GAP.findall(body)
    if len(gaps) == 1 and _slot_row(body):
        return _CELL_GAP.sub(" | ", body)
    if len(gaps) < 2:
        return raw
    return _CELL_GAP.sub(" | ", body)


# A programme's time slot and its title before the one wide gap of a slot row.
_SLOT_START = re.compile(
    r"(?:\d{1,2}[.:hH]\d{2}\S*+(?:\s*+[–—-]\s*+\d{1,2}(?:[.:hH]\d{2})?\S*+)?|"  # 09.30 – 11.00
    r"\d{1,2}(?:\s*+[–—-]\s*+\d{1,2})?(?=\s?+(?i:[ap]\.?m|h\b|uhr)))"  # 7pm, 10–12 Uhr
    r"(?:\s?+(?i:[ap]\.?m\.?|h\b|uhr))? ++[^\W\d_]"
)
_ROOM_COLUMN = 40  # characters of a right-hand column read as the slot's room


def _slot_row(body: str) -> bool:
    """A programme's slot as a PDF's text keeps it: its time, its title, then one wide gap and a
    short right-hand column, its room ("11.00-12.30  Session 1B  Heat networks      Wharfe Room",
    "14h00  Atelier B : la dette        Salle 2", "10:00 Uhr  Vortrag      Raum 3.14"). A time
    alone before the gap ("19.30        Dinner - Corn Exchange, Leeds") is no such row."""
    gap = _CELL_GAP.search(body)
    if gap is None or not _SLOT_START.match(body, 0, gap.start()):
        return False
    right = body[gap.end() :]
    return len(right) <= _ROOM_COLUMN and right[0].isalpha()


# A text table's cell in a raw line: a run of text without a gap of 3+ spaces or a tab in it.
_RAW_CELL = re.compile(r"\S++(?: {1,2}+\S++)*+")
_HEAD_CELLS = 12  # columns at most
_HEAD_CELL_CHARS = 30  # a header cell is a word or two ("Kursnr.", "Termin", "Ort")
_ROW_LINES = 8  # lines one wrapped row may take
_COLUMN_SLACK = 2  # characters a cell may start off its column (a PDF's text drifts)


def _raw_cells(raw: str) -> list[tuple[int, str]]:
    """A raw line's cells with where each starts: the runs of text between gaps of 3+ spaces."""
    return [(m.start(), m.group()) for m in _RAW_CELL.finditer(raw.expandtabs(8))]


def _at_columns(cells: list[tuple[int, str]], starts: list[int]) -> list[tuple[int, str]]:
    """Cells split where a column starts inside one after a space (a PDF's text may leave only
    one or two spaces between columns: "271-10120  Vortrag: …  Mo, 15.03.2027,")."""
    out = []
    for at, text in cells:
        cut = 0
        for s in starts:
            k = s - at
            if cut < k < len(text) and text[k - 1] == " " and text[k] != " ":
                out.append((at + cut, text[cut:k].rstrip()))
                cut = k
        out.append((at + cut, text[cut:]))
    return out


def _column(starts: list[int], at: int) -> int | None:
    """The column a cell starting at ``at`` is in: the last whose start is at most ``at`` (plus
    slack); None when it starts before the first."""
    k = None
    for n, s in enumerate(starts):
        if s <= at + _COLUMN_SLACK:
            k = n
    return k


def join_wrapped_rows(raws: list[str], dated: Callable[[str], bool]) -> list[str]:
    """A text table whose rows wrap onto the lines under them, as a PDF's columns come out (a
    course programme: "271-10101  Vortrag: Europa …   Di, 12.01.2027,   VHS-Haus, Saal" /
    "           Dr. Anja Lorenz     19.00–20.30 Uhr"): under a header row of short cells
    without digits, each block of lines (up to a blank line) whose first line fills the first
    column and whose other lines leave it empty becomes one row, each column's text joined,
    its cells joined by `` | `` and the lines it took left blank (line numbers stay). A table
    whose first column holds the dates (``dated``) is left alone: there a line with the first
    column empty is an entry of the date above."""
    out = list(raws)
    n = len(raws)
    i = 0
    while i < n:
        raw = raws[i]
        if "   " not in raw and "\t" not in raw:
            i += 1
            continue
        head = _raw_cells(raw)
        if not 3 <= len(head) <= _HEAD_CELLS or any(
            len(c) > _HEAD_CELL_CHARS or any(ch.isdigit() for ch in c) for _, c in head
        ):
            i += 1
            continue
        starts = [s for s, _ in head]
        i = _join_table_blocks(raws, out, i + 1, starts, dated)
    return out


def _join_table_blocks(
    raws: list[str], out: list[str], i: int, starts: list[int], dated: Callable[[str], bool]
) -> int:
    """Join the wrapped rows of the table whose columns start at ``starts``, from line ``i`` on
    (see ``join_wrapped_rows``); the index after the table."""
    n = len(raws)
    while i < n:
        while i < n and not raws[i].strip():
            i += 1
        j = i
        while j < n and raws[j].strip() and j - i <= _ROW_LINES:
            j += 1
        if j - i > _ROW_LINES:
            return i  # no row wraps onto so many lines: not this table's
        rows = [_at_columns(_raw_cells(raws[k]), starts) for k in range(i, j)]
        if not rows or len(rows[0]) < 2 or _column(starts, rows[0][0][0]) != 0:
            return i  # not a row of this table: the table ended
        if any(_column(starts, s) is None for row in rows for s, _ in row):
            return i
        if len(rows) == 1 or dated(rows[0][0][1]):
            i = j
            continue
        if any(_column(starts, row[0][0]) == 0 for row in rows[1:]):
            i = j  # each line a row of its own
            continue
        cells = [[] for _ in starts]
        for row in rows:
            for s, text in row:
                cells[_column(starts, s)].append(text)  # type: ignore[index]
        out[i] = " | ".join(" ".join(c) for c in cells)
        for k in range(i + 1, j):
            out[k] = ""
        i = j
    return i


_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)


# A Markdown heading's marks ("## Wellington"): a space must follow them ("#5 bus" is text).
_MD_HEADING = re.compile(r"^#{1,6}+\s++")
# Attributes after a heading's text, as Pandoc and kramdown write them: "{#id}", "{.class}",
# "{#id .class lang=fr}".
_HEADING_ATTRS = re.compile(r"(?<!\s)\s*+\{[#.][\w\s#.=\"'-]{0,80}+\}$")
# A quote's marks, nested or not ("> Jardin du Ruisseau", "> > 75018 Paris", a lone ">"): in
# Markdown and in a quoted e-mail alike, the line's words are the text. Not an arrow: ">> Sonder-
# kolloquium (Donnerstag!)".
_QUOTE_MARKS = re.compile(r"^(?:>[ \t]++)++|^>$")


def unmark(t: str) -> str:
    """A cleaned line of plain text without its Markdown marks: a heading's "#"s, "**bold**"
    and "__bold__", "_emphasis_" and "*emphasis*" anywhere ("## Wellington" ->
    "Wellington", "* **Auckland:** Sunday 10 January" -> "* Auckland: Sunday 10 January",
    "*Friends Meeting House, Upper Goat Lane*" -> the venue line, not a bullet)."""
    if t.startswith(">"):
        t = _QUOTE_MARKS.sub("", t)
    if t.startswith("#"):
        t = _MD_HEADING.sub("", t)
        if t.endswith("}"):  # a heading's attributes ("## 4 commentaires {#commentaires}")
            t = _HEADING_ATTRS.sub("", t)
    if "**" in t:
        t = t.replace("**", "")
    if "__" in t:
        t = t.replace("__", "")
    if "*" in t:  # before the whole line's: "*a* and *b*"
        t = _STAR_EMPHASIS.sub(_unstar, t)
    if len(t) > 2 and t[0] in "_*" and t[-1] == t[0] and t[1] != " " and t[-2] != " ":
        t = t[1:-1]
    if "_" in t and "://" not in t:  # a link's path may hold underscores: left as it is
        t = _UNDERSCORE_EMPHASIS.sub(r"\1", t)
    return t.strip()


# "_emphasis_" inside a line, between word boundaries: "… — _accueil à 9h30, salle académique_"
# (not "snake_case_names").
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])")


def drop_emphasis(text: str) -> str:
    """A field's words without Markdown's "*emphasis*" marks (a title kept them for its reader)."""
    return _STAR_EMPHASIS.sub(r"\1", text) if "*" in text else text


def _unstar(m: re.Match[str]) -> str:
    """An emphasized span's words; with its marks when its speaker follows ("*Unsichtbare
    Arbeit*, mit Julia Kurz"): they say it is a title, not a venue's name (the title reader
    takes them off)."""
    if _WITH_AFTER.match(m.string, m.end()):
        return m.group(0)
    return m.group(1)


_WITH_AFTER = re.compile(r",\s++(?:with|avec|mit|con)\s", re.IGNORECASE)
# "*emphasis*" inside a line: "— *Ice Harvesting on Crescent Pond.* Robert Lindqvist" (not a
# bullet's "* ", nor a footnote's mark "Members*").
_STAR_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])")


# The rule under a fixed-width table's header: runs of dashes parted by spaces, one a column
# ("--- ----------   -----  ------"), as plain-text tables, psql and pandoc write them.
_COLUMN_RULE = re.compile(r"[ \t]*+-{2,}+(?:[ \t]++-{2,}+)++[ \t]*+")
_COLUMN_RUN = re.compile(r"-{2,}+")


def fixed_width_rows(raws: list[str], header: Callable[[str], bool]) -> list[str]:
    """A fixed-width table's header and rows with their cells parted by " | ", where the dashed
    rule under the header says where each column starts ("Tag Datum        Zeit   Ort" over
    "--- ----------   -----  ---") and ``header`` reads the header so parted as a table's
    header row (its columns' names). A row whose text runs across a column's start (a word cut
    by it) is left as it was."""
    out = list(raws)
    for i, raw in enumerate(raws):
        if i == 0 or not raw.lstrip().startswith("--") or not _COLUMN_RULE.fullmatch(raw):
            continue
        starts = [m.start() for m in _COLUMN_RUN.finditer(raw)]
        head = raws[i - 1]
        cut = [*starts[1:], len(head)]
        names = [head[: cut[0]], *(head[a:b] for a, b in zip(cut, cut[1:], strict=False))]
        if not header(" | ".join(n.strip() for n in names)):
            continue  # columns it cannot name: the rows are read as they were
        for j in [i - 1, *range(i + 1, len(raws))]:
            row = raws[j]
            if not row.strip() or _COLUMN_RULE.fullmatch(row):
                if j > i:
                    break
                continue
            cuts = [*starts[1:], len(row)]
            if any(0 < c < len(row) and row[c - 1] != " " and row[c] != " " for c in cuts[:-1]):
                continue  # a word across a column's start: not this table's row
            cells = [row[: cuts[0]], *(row[a:b] for a, b in zip(cuts, cuts[1:], strict=False))]
            out[j] = " | ".join(c.strip() for c in cells)
    return out


# The line over a quoted mail in a reply: "On Mon, Nov 30, 2026 at 9:15 PM Jamal <…> wrote:",
# "Le 19 nov. 2026 à 09:12, … a écrit :", "Am 12.11.2026 um 20:03 schrieb Jonas:", "El … escribió:",
# "-----Original Message-----", "Ursprüngliche Nachricht", "Message d'origine", "Mensaje original".
_REPLY_HEADER = re.compile(
    r"(?:\bwrote|a\s++[ée]crit|escribi[óo])\s*+:|\bschrieb\b[^\n:]{0,80}:|original\s++message|"
    r"urspr[üu]ngliche\s++nachricht|message\s++d['’]origine|mensaje\s++original",
    re.IGNORECASE,
)


# Dot leaders between two columns of a printed programme ("CHOLET – Théâtre Saint-Louis ......
# jeu. 8 oct.", "Sunday 14 February ........ Ashcott Manor"): a separator, not part of either.
# Starts only after a character that is neither space nor dot, so a long run is matched once.
_LEADER = re.compile(r"(?<=[^\s.…])\s*+(?:[.…]{4,}+|…{2}+[.…]*+)\s*+(?=\S)")


def text_lines(
    text: str,
    dated: Callable[[str], bool] | None = None,
    header: Callable[[str], bool] | None = None,
    pair_header: Callable[[str], bool] | None = None,
) -> list[Line]:
    """Split plain text into cleaned lines (Markdown marks dropped), picking up bare URLs as
    links. With ``dated`` (whether a cell holds a date), a text table's wrapped rows are joined
    first (``join_wrapped_rows``)."""
    out = []
    raws = text.splitlines()
    # a quote's marks are dropped ("> Jardin du Ruisseau"), but not under a reply's header: the
    # quoted mail is an older one, its dates past
    quoted = text.startswith(">") or "\n>" in text  # cheap: most pages quote nothing
    marks = "#_*" if not quoted or _REPLY_HEADER.search(text) else "#_*>"
    if header is not None and ("-- --" in text or "--  --" in text):
        raws = fixed_width_rows(raws, header)
    if dated is not None and "    " in text:
        raws = join_wrapped_rows(raws, dated)
    header_tabs, tabbed = 0, False  # the tabs of a tab-separated table's first row, its header
    paired = False  # under a two-column text table's header ("Sitzung        Datum")
    for i, raw in enumerate(raws, start=1):
        if paired or (pair_header is not None and "   " in raw):
            pair = _pair_row(raw, _ROW_GAP if paired else _CELL_GAP)
            paired = pair is not None and (paired or pair_header(pair))
            if paired:
                raw = pair
        if "\t" in raw and not tabbed:
            header_tabs = raw.count("\t") if "\t\t" not in raw else 0
        tabbed = "\t" in raw
        if "\t\t" in raw and raw.count("\t") == header_tabs:
            # "7<TAB>Sat 27/02<TAB>Marden Sports Complex<TAB><TAB>round 7 + BBQ" under a header
            # of as many tabs: the empty "Kick-off" cell keeps the notes out of it
            t = clean(" | ".join(c.strip() for c in raw.rstrip("\r\n").split("\t")))
        elif "   " in raw or not raw.isprintable():  # a tab is not printable
            t = clean(table_cells(raw))
        else:  # the common line, as clean(table_cells(raw)) reads it, without the two calls
            t = " ".join(raw.split()) if "  " in raw else raw.strip()
        if "[date" in t:
            t = _DISCOURSE_DATE.sub(_discourse_date, t)
        if t[:1] in _GLYPHS and (g := _GLYPH_BULLET.match(t)) is not None:
            t = "• " + t[g.end() :]  # "▫️ jeu. 21 janv. — …", "🔹 Sa 6.2. …": a list's item
        heading = False
        if t and (t[0] in marks or "**" in t or "__" in t or " _" in t):
            heading = t[0] == "#" and _MD_HEADING.match(t) is not None
            t = unmark(t)
        if "...." in t or "……" in t:
            t = _LEADER.sub(" – ", t)
        links = [u.rstrip(".,;") for u in _URL.findall(t)] if "://" in t else []
        out.append(Line(i, t, links, heading=heading) if heading else Line(i, t, links))
    return out


# A list's bullet drawn with another glyph, maybe an emoji's (U+FE0F after it), then a space:
# "▫️", "◽", "■", "➤", "🔹". Read as the bullet "•".
_GLYPHS = frozenset("▫◽◻■◾◼➤➢➣▶🔹🔸🔷🔶✦✧◆◇❖")  # not a task's box ("☑", "✔", "☐", "□")
_GLYPH_BULLET = re.compile(r"[▫◽◻■◾◼➤➢➣▶🔹🔸🔷🔶✦✧◆◇❖]\ufe0f?\s++(?=\S)")


# A forum's date tag (Discourse's "local dates"): "[date=2027-01-28 time=19:30:00
# timezone="Europe/Rome"]", "[date-range from=2027-03-05T18:00:00 to=2027-03-07T12:00:00]".
_DISCOURSE_DATE = re.compile(
    r"\[date(?:-range)?[= ](?:from=)?(?P<day>\d{4}-\d\d-\d\d)(?:[T ](?:time=)?(?P<time>\d\d:\d\d)"
    r"(?::\d\d)?)?(?:\s++to=(?P<to>\d{4}-\d\d-\d\d)(?:T\d\d:\d\d(?::\d\d)?)?)?[^\]\[]{0,120}+\]"
)


def _discourse_date(m: re.Match[str]) -> str:
    """The tag as a reader sees it: "2027-01-28, 19:30", "2027-03-05 – 2027-03-07, 18:00"."""
    day = m["day"] if m["to"] is None else f"{m['day']} – {m['to']}"
    return f"{day}, {m['time']}" if m["time"] else day


# A static site's front matter: its first line "---" (YAML) or "+++" (TOML), then "key: value"
# lines up to the same fence. Its dates say when the page was written or last changed.
_FRONT_FENCES = ("---", "+++")
_FRONT_LINES = 60  # lines of front matter at most
_FRONT_KEY = re.compile(r"[\w.-]{1,40}+\s*+[:=]|- |[\[\]{}]")  # "title: …", "- item", "]"
_FRONT_DATE = re.compile(
    r"^(?:date|lastmod|last_modified|modified|updated|publishdate|published|pubdate)\s*+[:=]\s*+"
    r"[\"']?(\d{4})-(\d{2})-(\d{2})",
    re.IGNORECASE,
)


def front_matter(lines: list[Line]) -> tuple[int, date | None]:
    """How many lines a Markdown page's front matter takes (0 when it has none) and the most
    recent of its dates ("date: 2026-11-28T10:12:00Z", "lastmod = 2026-11-30"): the page's
    metadata, no text of it."""
    if not lines or lines[0].text not in _FRONT_FENCES:
        return 0, None
    fence = lines[0].text
    for n, line in enumerate(lines[1:_FRONT_LINES], start=1):
        if line.text == fence:
            if not all(_FRONT_KEY.match(meta.text) for meta in lines[1:n] if meta.text):
                return 0, None  # "---" / "Meetings" / "---": a rule around the page's text
            found = []
            for meta in lines[1:n]:
                if (m := _FRONT_DATE.match(meta.text)) is not None:
                    with contextlib.suppress(ValueError):
                        found.append(date(*map(int, m.groups())))
            return n + 1, max(found, default=None)
    return 0, None


def contains_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` occurs in ``low``: a cheap test in C before a pattern that needs
    one of those words (most lines have none)."""
    for w in words:  # noqa: SIM110 (a loop, not any() over a generator: half the time)
        if w in low:
            return True
    return False


# A sentence's end inside a text: a full stop (or ! ?) after a word of two letters or more or a
# number, then a capital ("… is cancelled. We meet again", "… 3 de diciembre. Nos vemos"), not
# after "p.m." or a short capitalised abbreviation ("St. Paul's", "Sat. April 17").
SENTENCE_BREAK = re.compile(
    r"(?:\b(?![A-Z][a-z]{0,2}\.)\w*[^\W\d_]{2}|\d)(?P<end>[.!?])\s++(?=[A-ZÀ-ÖØ-Þ¿¡])"
)


def sentence_start(text: str, at: int, within: tuple[tuple[int, int], ...] = ()) -> int:
    """Where the sentence of ``text`` that holds position ``at`` starts: after the last
    SENTENCE_BREAK before it whose full stop is not inside one of the spans ``within`` (the
    line's dates: "am 10. Dezember" is no sentence's end)."""
    start = 0
    for b in SENTENCE_BREAK.finditer(text):
        if b.end() > at:
            break
        if not any(lo <= b.start("end") < hi for lo, hi in within):
            start = b.end()
    return start


def unaccented(text: str) -> str:
    """``text`` without its accents, compatibility forms decomposed ("DÉCEMBRE" -> "DECEMBRE",
    "São Paulo" -> "Sao Paulo")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
