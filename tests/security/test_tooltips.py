"""Map tooltips: a value holding ``{detail}`` or ``{when}`` is shown as written, never filled in."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from seed_fixtures import seed_frame

from eventmap.views import maps


def fill(template: str, record: dict) -> str:
    """The tooltip as deck.gl fills it: each field substituted in turn, in record order."""
    for key, value in record.items():
        template = template.replace("{" + key + "}", str(value))
    return template


def visible(text: str) -> str:
    return text.replace("\u2060", "")


def _records(deck) -> list[dict]:
    spec = json.loads(deck.to_json())
    return [r for layer in spec["layers"] for r in layer.get("data") or [] if "title" in r]


@pytest.fixture
def hostile_frame() -> pd.DataFrame:
    df = seed_frame()
    df.loc[df.index[0], "campus"] = "Campus {when}{detail}"
    df.loc[df.index[0], "venue"] = "Hall {title} {when}"
    df.loc[df.index[0], "room"] = "{p}"
    return df


@pytest.mark.parametrize("build", ["tour", "route", "nearest"])
def test_placeholders_in_values_stay_literal(hostile_frame, build) -> None:
    df = hostile_frame
    if build == "tour":
        deck = maps.tour_map(df)
    elif build == "route":
        stops = df.assign(label=df["campus"]).head(3)
        deck = maps.route_map(stops)
    else:
        deck = maps.nearest_map(37.87, -122.26, df.assign(distance_km=range(len(df))).head(3))
    record = next(r for r in _records(deck) if "Campus" in r["title"])
    shown = visible(fill(maps.TOOLTIP["html"], record))
    assert "Campus {when}{detail}" in shown
    if build != "route":
        assert "Hall {title} {when} · {p}" in shown
    # Each field's own text appears once: nothing was substituted into another field.
    assert len(re.findall(r"Campus", shown)) == 1
