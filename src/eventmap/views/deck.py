"""The compact map payload every builder returns: a ``pydeck.Deck`` serialised without
indentation, layer data that may be ready JSON text, and selection -> meeting id lookups.

Payload matters (a map of 100k meetings is sent to the browser on every rerun), so the layers get
plain lists of small records, never DataFrames: positions rounded to 4 decimals (~11 m), one
layer per colour so no record carries a colour, and the tooltip text only while the view is small
enough to read it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

import numpy as np
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

# Above this many points the per-point tooltip text would dominate the payload; the points then
# carry positions only and a click opens the detail card instead.
TOOLTIP_LIMIT = 5_000
DECIMALS = 4
TOOLTIP = {
    "html": "<b>{title}</b><br/>{detail}<br/>{when}",
    "style": {"fontSize": "13px", "maxWidth": "22rem"},
}
MAP_STYLE = pdk.map_styles.CARTO_LIGHT


class RawJSON:
    """Layer data given as ready JSON text (built by joining per-meeting fragments).

    Formatting 100k coordinates is the slow part of a map; the tour map formats each meeting's
    position once per dataset and joins the filtered ones. :class:`CompactDeck` splices the text
    in where the layer's data goes.
    """

    __slots__ = ("text", "token")

    def __init__(self, text: str) -> None:
        self.text = text
        self.token = f"\x00raw-json-{uuid.uuid4().hex}"


class CompactDeck(pdk.Deck):
    """A ``pydeck.Deck`` whose JSON has no indentation (pydeck indents by 2: ~3x the bytes).

    ``meeting_ids`` maps each pickable layer id to the meeting ids of its records, in order, so a
    selection (layer id, index) can be turned back into a meeting; it is not serialised. Layer
    data may be :class:`RawJSON`.
    """

    meeting_ids: dict[str, list[str]]

    def to_json(self) -> str:
        raws: list[RawJSON] = []

        def default(o: Any) -> Any:
            if isinstance(o, RawJSON):
                raws.append(o)
                return o.token
            return _serialize(o)

        text = json.dumps(self, default=default, separators=(",", ":"))
        for raw in raws:
            text = text.replace(json.dumps(raw.token), raw.text, 1)
        return text


def _serialize(o: Any) -> Any:
    out = default_serialize(o)
    if isinstance(out, dict):
        out.pop("meetingIds", None)
    return out


def make_deck(
    layers: list[pdk.Layer],
    view: pdk.ViewState,
    meeting_ids: dict[str, list[str]],
    tooltip: Mapping[str, Any] | None = None,
) -> CompactDeck:
    """A :class:`CompactDeck` on the light basemap with the given layers and selection lookup."""
    for layer in layers:
        _literal_tooltip_text(getattr(layer, "data", None))
    deck = CompactDeck(
        layers=layers,
        initial_view_state=view,
        map_provider="carto",
        map_style=MAP_STYLE,
        tooltip=dict(tooltip or TOOLTIP),
    )
    deck.meeting_ids = meeting_ids
    return deck


TOOLTIP_FIELDS = ("title", "detail", "when")


def _literal_tooltip_text(records: Any) -> None:
    """Make the tooltip fields of ``records`` unable to act as placeholders (in place).

    The tooltip fills ``{title}``, ``{detail}`` and ``{when}`` one after the other, so a venue
    holding ``{when}`` would get another field substituted in. An invisible word joiner after each
    ``{`` keeps such text literal; records without a ``{`` are left as they are.
    """
    if not isinstance(records, list):
        return
    for record in records:
        if not isinstance(record, dict):
            continue
        for key in TOOLTIP_FIELDS:
            value = record.get(key)
            if isinstance(value, str) and "{" in value:
                record[key] = value.replace("{", "{\u2060")


def payload_bytes(deck: pdk.Deck) -> int:
    """Bytes of the spec Streamlit sends for ``deck`` (its ``to_json``)."""
    return len(deck.to_json().encode("utf-8"))


def rounded(x: float) -> float:
    """A coordinate rounded to the payload's precision."""
    return round(float(x), DECIMALS)


def join_points(points: np.ndarray, *, with_key: bool) -> str:
    """Pre-formatted ``[lon,lat]`` fragments as one JSON list (of ``{"p": …}`` records)."""
    if not len(points):
        return "[]"
    if with_key:
        return '[{"p":' + '},{"p":'.join(points) + "}]"
    return "[" + ",".join(points) + "]"


def selected_meeting_id(deck: pdk.Deck, selection: Mapping[str, Any] | None) -> str | None:
    """The meeting id a map selection (``event.selection``) points at, or None."""
    if not selection:
        return None
    indices = selection.get("indices") or {}
    lookup = getattr(deck, "meeting_ids", {})
    for layer_id, picked in indices.items():
        ids = lookup.get(layer_id)
        if ids and picked:
            i = int(picked[0])
            if 0 <= i < len(ids):
                return ids[i]
    return None
