"""One rule for untrusted text in Markdown: ``md_escape`` shows it literally, never as a link."""

from __future__ import annotations

import pytest
from hostile import HOSTILE_TEXTS, links_to

from eventmap.web import md_escape


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_the_checker_sees_the_hostile_link_in_the_raw_text(text: str) -> None:
    assert links_to(text), "the checker must catch what it is meant to catch"


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
@pytest.mark.parametrize("frame", ["{}", "No place found for “{}”.", "Ignored campaign “{}” from"])
def test_escaped_text_has_no_link_image_or_html_to_the_host(text: str, frame: str) -> None:
    assert links_to(frame.format(md_escape(text))) == []


@pytest.mark.parametrize(
    "text",
    [
        "Plain words, 7:00 PM (EST) - room #4!",
        "*bold* _it_ ~~s~~ $x$ :red[c] :material/home: <b> & &amp;",
        "https://evil.example/a`b``c",
        "`leading backtick https://x.example`",
    ],
)
def test_escaped_text_renders_as_exactly_the_original(text: str) -> None:
    html = MarkdownRender.render(md_escape(text))
    assert MarkdownRender.text_of(html) == text


class MarkdownRender:
    """Render with markdown-it and read back the visible text (tags dropped, entities decoded)."""

    @staticmethod
    def render(markdown: str) -> str:
        from markdown_it import MarkdownIt

        return MarkdownIt("commonmark").render(markdown)

    @staticmethod
    def text_of(html: str) -> str:
        import html as html_lib
        import re

        return html_lib.unescape(re.sub(r"<[^>]+>", "", html)).strip()
