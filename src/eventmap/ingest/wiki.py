"""Reading MediaWiki source: templates, tables and markup -> the lines the page reader reads.

A hackspace's, a club's or a chapter's wiki keeps its events page as wikitext, and organizers
paste that source as it is. Read as plain text its markup gets in the way: an event template
(``{{Event |date = Sat 12 December 2026 |time = 10:00–16:00 |title = … |where = [[The Piece
Hall]]}}``) spreads one event over lines of ``|key = value`` whose labels end up in places and
titles, a table (``{| … |- … | 2027-01-21 || Thu || 19:30 |}``) has a line per cell or cells
joined by ``||``, and links, bold and headings (``[[Page|text]]``, ``'''bold'''``, ``== Upcoming
events ==``) wrap the words. So:

- a template with a date among its named fields becomes an entry as a card reads: its date and
  time on one line, its title, its place, then a blank line; any other template gives its
  unnamed text (``{{Note|Open Night is every Tuesday}}``) and drops its named fields (an
  infobox's owner and status);
- a table becomes one line per row, its cells joined by `` | `` as an HTML table's row reads;
- links give their text, bold and italics, HTML tags, comments and categories are dropped, a
  heading loses its ``=`` marks.

Every step scans its text once (no regular expression that can backtrack over a long line).
"""

from __future__ import annotations

import re

from eventmap.ingest import calendar, labels
from eventmap.ingest.text import Line, clean
from eventmap.ingest.when import find_times

# Marks that only wikitext writes; a page with two kinds of them is read as wikitext.
_SIGNS = ("{{", "[[", "'''", "\n{|", "\n==")


def looks_like_wikitext(text: str) -> bool:
    """Whether ``text`` is MediaWiki source: two kinds of wiki marks (templates, links, bold,
    tables, headings), and a template or a table among them."""
    if "{{" not in text and "\n{|" not in text:
        return False
    return sum(1 for s in _SIGNS if s in text) >= 2


# A named field's key that holds the date or the time (the card labels of the page reader); the
# other keys take the roles of a table's header cells (``calendar.column_role``).
_DATE_KEY = re.compile(labels.alternation(labels.DATE, labels.DATE_CARD), re.IGNORECASE)
_TIME_KEY = re.compile(
    labels.alternation(labels.TIME, labels.TIMES, labels.TIMES_CARD, labels.START, labels.BEGIN),
    re.IGNORECASE,
)
_STATUS_KEYS = ("status", "statut", "estado")  # "|status = cancelled"
_LINK = re.compile(r"\[\[([^\[\]|]*+)(?:\|([^\[\]]*+))?\]\]")
_OUTER_LINK = re.compile(r"\[(?:https?:)?//[^\s\[\]]++\s*+([^\[\]]*+)\]")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}+>")
_HIDDEN_LINK = ("category:", "file:", "image:", "kategorie:", "datei:", "catégorie:", "fichier:")
_INLINE_TEMPLATE = re.compile(r"\{\{([^{}]*+)\}\}")


def _inline_template(m: re.Match[str]) -> str:
    """An inline template's last unnamed part (``{{nowrap|19:30}}`` -> "19:30"), or nothing."""
    parts = m.group(1).split("|")[1:]
    plain = [p for p in parts if "=" not in p]
    return plain[-1] if plain else ""


def _link(m: re.Match[str]) -> str:
    target, text = m.group(1), m.group(2)
    if target.lstrip(":").casefold().startswith(_HIDDEN_LINK):
        return ""
    return text if text is not None else target


def _without_comments(text: str) -> str:
    """``text`` without its ``<!-- … -->`` comments (an unclosed one runs to the end)."""
    if "<!--" not in text:
        return text
    out = []
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        out.append(text[at:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(out)
        # keep the comment's line breaks, so that line numbers stay those of the source
        out.append("\n" * text.count("\n", start, end))
        at = end + 3
    out.append(text[at:])
    return "".join(out)


def unwiki(text: str) -> str:
    """One line's text without wiki markup: links as their text, no bold or italics, no tags,
    no categories or files, an inline template as its last unnamed part, a heading's text."""
    t = text.strip()
    if t.startswith("=") and t.endswith("="):
        t = t.strip("=").strip()  # "== Upcoming events =="
    if t.startswith("----"):
        return ""
    if "''" in t:
        t = t.replace("'''", "").replace("''", "")
    if "[[" in t:
        t = _LINK.sub(_link, t)
    if "[" in t and "//" in t:
        t = _OUTER_LINK.sub(r"\1", t)
    if "{{" in t:
        t = _INLINE_TEMPLATE.sub(_inline_template, t)
    if "<" in t:
        t = _TAG.sub("", t)
    if t.startswith("__") and t.endswith("__"):
        return ""  # "__NOTOC__"
    return clean(t)


# What nests (links, templates) and what splits (a template's "|", a row's "||", a head's "!!").
_NEST = re.compile(r"\[\[|\]\]|\{\{|\}\}|\|\||!!|\|")


def _split_top(body: str, sep: str) -> list[str]:
    """``body`` split at ``sep`` ("|", "||" or "!!") outside links and inner templates."""
    if "[[" not in body and "{{" not in body:
        return body.split(sep)
    parts, depth, at = [], 0, 0
    for m in _NEST.finditer(body):
        mark = m.group()
        if mark in ("[[", "{{"):
            depth += 1
        elif mark in ("]]", "}}"):
            depth = max(depth - 1, 0)
        elif depth == 0 and (mark == sep or (sep == "|" and mark == "||")):
            parts.append(body[at : m.start()])
            if mark != sep:
                parts.append("")  # "a||b" split at "|": an empty part between
            at = m.end()
    parts.append(body[at:])
    return parts


def _key_kind(key: str) -> str | None:
    """What a template's named field holds: "date", "time", "place", "title", "status", or None."""
    k = key.strip()
    if _DATE_KEY.fullmatch(k):
        return "date"
    if _TIME_KEY.fullmatch(k):
        return "time"
    if k.casefold() in _STATUS_KEYS:
        return "status"
    role = calendar.column_role(k)
    return {"place": "place", "city": "place", "title": "title", "notes": "status"}.get(role)


def _template_lines(number: int, body: str) -> list[Line]:
    """A template's lines: an event's entry (date and time, title, place, remarks, blank) when
    a named field holds a date, else its unnamed text."""
    parts = _split_top(body, "|")[1:]
    fields: dict[str, str] = {}
    plain: list[str] = []
    for p in parts:
        key, eq, value = p.partition("=")
        if eq and "[[" not in key and "{{" not in key:  # a named field ("where = [[Hall]]")
            kind = _key_kind(key)
            if kind is not None and kind not in fields and (v := unwiki(" ".join(value.split()))):
                fields[kind] = v
        elif text := unwiki(" ".join(p.split())):
            plain.append(text)
    if "date" not in fields:
        return [Line(number, t) for t in plain]
    timed = "time" in fields and find_times(fields["time"]) is not None  # not "time TBC"
    when = f"{fields['date']}, {fields['time']}" if timed else fields["date"]
    out = [Line(number, when)]  # as a card's labelled fields read: the place under the date
    out += [Line(number, fields[k]) for k in ("place", "title", "status") if k in fields]
    return [*out, Line(number, "")]


def _cells(row: str, head: bool) -> list[str]:
    """A table line's cells ("| a || b", "! A !! B"), each without its attributes
    ("style=… | text")."""
    body = row[1:]
    cells = _split_top(body, "!!" if head else "||")
    out = []
    for c in cells:
        attrs = _split_top(c, "|")
        text = attrs[-1] if len(attrs) > 1 and "=" in attrs[0] else c
        out.append(unwiki(text))
    return out


def _table_lines(rows: list[tuple[int, str]]) -> list[Line]:
    """A wiki table's lines (from ``{|`` to ``|}``) as one line per row, cells joined by " | "."""
    out: list[Line] = []
    cells: list[str] = []
    raws: list[str] = []
    first = 0
    for number, raw in rows[1:]:
        t = raw.strip()
        if t.startswith(("|-", "|}")):
            if cells:
                out += _with_links([Line(first, " | ".join(cells).strip())], raws)
            cells = []
            continue
        if t.startswith("|+"):
            out.append(Line(number, unwiki(t[2:])))  # the caption
            continue
        if t.startswith(("|", "!")):
            if not cells:
                first, raws = number, []
            cells += _cells(t, t.startswith("!"))
            raws.append(t)
        elif cells and (text := unwiki(t)):
            cells[-1] = f"{cells[-1]} {text}".strip()  # a cell's text on its next line
    if cells:
        out += _with_links([Line(first, " | ".join(cells).strip())], raws)
    return out


_URL = re.compile(r"https?://[^\s<>\"'|\[\]{}]++")


def _with_links(lines: list[Line], raws: list[str]) -> list[Line]:
    """``lines`` with the addresses in their source lines ``raws`` (links of a wiki's external
    links "[https://… text]", which the text keeps only as "text") on the first of them."""
    links = [u.rstrip(".,;") for r in raws if "://" in r for u in _URL.findall(r)]
    if links and lines:
        lines[0].links = list(dict.fromkeys(links))
    return lines


_TEMPLATE_LINES = 30  # lines a template may span; one left open is read as text
_UNCLOSED = 3  # templates left open after which "{{" no longer opens one (not a wiki's source)


def wiki_lines(text: str) -> list[Line]:
    """MediaWiki source as the page reader's lines (see the module's docstring)."""
    raw = _without_comments(text).splitlines()
    nests = [r.count("{{") - r.count("}}") if "{" in r or "}" in r else 0 for r in raw]
    out: list[Line] = []
    i, n, unclosed = 0, len(raw), 0
    while i < n:
        s = raw[i].lstrip()
        if s.startswith("{{") and unclosed < _UNCLOSED:
            j, depth, body = i, 0, []
            while j < n and j - i < _TEMPLATE_LINES:  # to the line that closes it
                depth += nests[j]
                body.append(raw[j])
                if depth <= 0:
                    break
                j += 1
            if depth > 0:  # never closed: a line of text ("{{ see below")
                out.append(Line(i + 1, unwiki(s)))
                i += 1
                unclosed += 1
                continue
            joined = "\n".join(body).strip()
            rest = ""
            if not joined.endswith("}}"):
                close = joined.rfind("}}")
                joined, rest = joined[: close + 2], joined[close + 2 :]
            entry = _template_lines(i + 1, joined[2:-2] if joined.endswith("}}") else joined[2:])
            out += _with_links(entry, body)
            if rest.strip():
                out.append(Line(j + 1, unwiki(rest)))
            i = j + 1
            continue
        if s.startswith("{|"):
            j = i
            while j < n and not raw[j].lstrip().startswith("|}"):
                j += 1
            out += _table_lines([(k + 1, raw[k]) for k in range(i, min(j + 1, n))])
            out.append(Line(min(j, n - 1) + 1, ""))
            i = j + 1
            continue
        out += _with_links([Line(i + 1, unwiki(s))], [s])
        i += 1
    return out
