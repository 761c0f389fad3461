"""Walk every element AppTest rendered and collect the text Streamlit would show as Markdown."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from google.protobuf.descriptor import FieldDescriptor  # noqa: I001
from hostile import HOST, links_to
from streamlit.testing.v1 import AppTest

# Elements whose strings are data, not Markdown (tables, charts and maps escape their values:
# the browser test checks those).
DATA_ELEMENTS = {
    "arrow_data_frame",
    "deck_gl_json_chart",
    "arrow_vega_lite_chart",
    "vega_lite_chart",
}
DATA_ELEMENTS |= {"json"}
# Fields shown as plain text or never shown: widget values and choices, ids, keys.
PLAIN_FIELDS = {"value", "default", "options", "id", "form_id", "placeholder", "data", "url"}
PLAIN_FIELDS |= {"raw_values", "string_value", "string_array_value", "file_name", "mime"}


def _nodes(node: Any) -> Iterator[Any]:
    yield node
    children = getattr(node, "children", None) or {}
    for child in children.values():
        yield from _nodes(child)


def _strings(msg: Any) -> Iterator[tuple[str, str]]:
    for field, value in msg.ListFields():
        if field.name in PLAIN_FIELDS:
            continue
        values = value if isinstance(value, list | tuple) or hasattr(value, "append") else [value]
        for v in values:
            if field.type == FieldDescriptor.TYPE_STRING:
                yield field.name, v
            elif field.type == FieldDescriptor.TYPE_MESSAGE:
                yield from _strings(v)


def markdown_texts(at: AppTest) -> Iterator[tuple[str, str, str]]:
    """(element type, field, text) for every Markdown-rendered string on the page."""
    for node in _nodes(at._tree):
        proto = getattr(node, "proto", None)
        kind = getattr(node, "type", "")
        if proto is None or kind in DATA_ELEMENTS or not hasattr(proto, "ListFields"):
            continue
        for name, text in _strings(proto):
            yield kind, name, text


def hostile_links(at: AppTest, host: str = HOST) -> list[str]:
    """Every link, image or raw HTML to ``host`` that the page would render, and every link
    button or page link whose target is on ``host``."""
    found = [
        f"{kind}.{name}: {hit}"
        for kind, name, text in markdown_texts(at)
        for hit in links_to(text, host)
    ]
    for node in _nodes(at._tree):
        proto = getattr(node, "proto", None)
        url = getattr(proto, "url", None) if proto is not None else None
        if isinstance(url, str) and host in url:
            found.append(f"{getattr(node, 'type', '?')} url: {url}")
    return found
