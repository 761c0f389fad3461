"""Colours and the legend: one colour per campaign from a colour-blind-safe palette, kept the
same whatever the filters, and the legend as escaped HTML."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from eventmap.core.frame import cell_text

# Okabe-Ito, ordered for a light basemap (its yellow last: it is faint on white).
OKABE_ITO: list[list[int]] = [
    [0, 114, 178],  # blue
    [230, 159, 0],  # orange
    [0, 158, 115],  # bluish green
    [213, 94, 0],  # vermillion
    [204, 121, 167],  # reddish purple
    [86, 180, 233],  # sky blue
    [0, 0, 0],  # black
    [240, 228, 66],  # yellow
]
NO_VALUE = "(none)"


def display_name(value: Any) -> str:
    """A value as legends show it; missing values get a placeholder."""
    return cell_text(value, NO_VALUE)


def display_names(values: pd.Series) -> pd.Series:
    """Vectorised :func:`display_name` (worked out once per distinct value)."""
    codes, uniques = pd.factorize(values)
    names = np.array([display_name(u) for u in uniques] + [NO_VALUE], dtype=object)
    return pd.Series(names[codes], index=values.index, dtype=object)


def campaign_colors(campaigns: Iterable[Any]) -> dict[str, list[int]]:
    """A colour per distinct campaign (in first-seen order), from the Okabe-Ito palette."""
    out: dict[str, list[int]] = {}
    for name in campaigns:
        key = display_name(name)
        if key not in out:
            out[key] = OKABE_ITO[len(out) % len(OKABE_ITO)]
    return out


def campaign_names(df: pd.DataFrame) -> list[str]:
    """Each meeting's campaign as shown in legends (a missing campaign gets a placeholder)."""
    return display_names(df["campaign"]).tolist()


def campaign_order(df: pd.DataFrame) -> list[str]:
    """Campaigns in order of their first meeting date, so colours stay put as filters change."""
    names = display_names(df["campaign"])
    first = df["date"].groupby(names, sort=False).min()
    return sorted(
        first.index, key=lambda n: (pd.isna(first[n]), first[n] if pd.notna(first[n]) else 0, n)
    )


def _swatch(r: int, g: int, b: int) -> str:
    return (
        f'<span style="display:inline-block;width:.8em;height:.8em;border-radius:50%;'
        f'background:rgb({int(r)},{int(g)},{int(b)});margin-right:.35em"></span>'
    )


def legend_html(colors: Mapping[str, Sequence[int]], notes: Mapping[str, str] | None = None) -> str:
    """The legend as HTML: names (and each name's note, e.g. its shape) escaped, colours (our
    own numbers) in style attributes."""
    items = []
    for name, (r, g, b) in colors.items():
        note = (notes or {}).get(name)
        extra = f' <span style="opacity:.7">({html.escape(note)})</span>' if note else ""
        # Each item may wrap inside itself (long campaign names on a phone) but keeps its swatch.
        items.append(
            '<span style="display:inline-block;max-width:100%;margin-right:1.2em;'
            f'overflow-wrap:anywhere">{_swatch(r, g, b)}{html.escape(name)}{extra}</span>'
        )
    items.append(
        '<span style="display:inline-block;max-width:100%"><span style="display:inline-block;'
        'width:.7em;height:.7em;border-radius:50%;border:2px solid #555;margin-right:.35em"></span>'
        "hollow = approximate location (ZIP or city)</span>"
    )
    return '<div style="line-height:1.8">' + "".join(items) + "</div>"
