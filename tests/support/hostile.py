"""Hostile values and a checker for what Streamlit would render from Markdown.

``links_to(markdown, host)`` renders the text as CommonMark (markdown-it) and adds GitHub's
autolink literals (bare ``https://``, ``www.`` and e-mail runs outside code), which Streamlit's
renderer also links. It returns every link, image or raw-HTML target that reaches ``host``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from markdown_it import MarkdownIt

HOST = "evil.example"
PHISH = "[click here to log in](https://evil.example/phish)"
PIXEL = "![p](https://evil.example/pixel.png)"
BARE = "https://evil.example/login"
# One value per trick: links, images, autolinks, raw HTML, a reference link, e-mail, www.
HOSTILE_TEXTS = [
    PHISH,
    PIXEL,
    BARE,
    "<https://evil.example/auto>",
    '<a href="https://evil.example/a">a</a><img src="https://evil.example/i.png">',
    "[ref][r]\n\n[r]: https://evil.example/ref",
    "mail admin@evil.example now",
    "www.evil.example/w",
    "a `` b [x](https://evil.example/c)",
    "[Download the fix](http://evil.example) **now**.pdf",
]

_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
_AUTOLINK = re.compile(r"(?:https?://|www\.)[^\s<]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


# Where raw HTML fetches or links: href/src-like attributes and CSS url(...).
_HTML_TARGET = re.compile(
    r"""(?:\b(?:href|src|srcset|action|formaction|poster|background|data)\s*=\s*"""
    r"""(?:"[^"]*"|'[^']*'|[^\s>]+))|url\([^)]*\)""",
    re.IGNORECASE,
)


def _tokens(tokens: Iterable[Any]) -> Iterator[Any]:
    for tok in tokens:
        yield tok
        if tok.children:
            yield from _tokens(tok.children)


def links_to(markdown: str, host: str = HOST) -> list[str]:
    """Link, image and HTML targets in ``markdown`` (as Streamlit renders it) reaching ``host``."""
    found = []
    for tok in _tokens(_MD.parse(markdown)):
        if tok.type in ("link_open", "image"):
            target = str(tok.attrGet("href") or tok.attrGet("src") or "")
            if host in target:
                found.append(f"{tok.type}: {target}")
        elif tok.type in ("html_inline", "html_block"):
            found += [f"html: {m}" for m in _HTML_TARGET.findall(tok.content) if host in m]
        elif tok.type == "text":
            found += [f"autolink: {m}" for m in _AUTOLINK.findall(tok.content) if host in m]
    return found
