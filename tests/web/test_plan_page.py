"""AppTest of the Plan a tour page: the plan from the link, the campaign comparison, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile import links_to
from plan_fixtures import APRIL, APRIL_PAGE_KM, APRIL_STOPS, seed_data_dir  # noqa: F401
from streamlit.testing.v1 import AppTest

PAGE = Path(__file__).resolve().parents[2] / "app_pages" / "5_Plan_a_tour.py"
TIMEOUT = 120  # the first run parses and geocodes the seed


def _url(at, key: str) -> list[str]:
    """The values of one URL parameter: AppTest gives a single value as a string since some
    Streamlit release, and as a one-item list before it (the floor, 1.60)."""
    value = at.query_params[key]
    return list(value) if isinstance(value, list) else [value]


def _page(params: dict[str, str | list[str]]) -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


DONE_WHEN = {
    "plan_stop": APRIL_STOPS,
    "plan_start": "2019-04-08",
    "plan_between": "1-3",
    "plan_off": ["Sat", "Sun"],
}


def test_a_shared_link_shows_the_plan_map_table_totals_and_exports(seed_data_dir):  # noqa: F811
    at = _page(DONE_WHEN)
    metrics = {m.label: m.value for m in at.metric}
    assert float(metrics["Total distance"].removesuffix(" km").replace(",", "")) <= APRIL_PAGE_KM
    (table,) = [d.value for d in at.dataframe if "km_from_previous" in d.value.columns]
    assert list(table["stop"]) == [1, 2, 3, 4, 5, 6]
    assert set(table["weekday"]) <= {"Mon", "Tue", "Wed", "Thu", "Fri"}
    deck = at.get("deck_gl_json_chart")
    assert len(deck) == 1
    spec = json.loads(deck[0].proto.json)
    stops = next(layer for layer in spec["layers"] if layer["id"] == "stops")["data"]
    assert [s["n"] for s in stops] == ["1", "2", "3", "4", "5", "6"]
    assert stops[0]["when"] == "Mon 2019-04-08"
    labels = {b.label for b in at.download_button}
    assert labels == {"Draft listing (.txt)", "Calendar (.ics)", "Table (.csv)"}
    # The URL keeps the plan as it was given.
    assert _url(at, "plan_between") == ["1-3"]


def test_choosing_the_campaign_fills_its_places_and_compares(seed_data_dir):  # noqa: F811
    at = _page({})
    assert at.info and "Pick the stops" in at.info[0].value
    at.selectbox(key="plan_campaign").set_value(APRIL).run()
    assert not at.exception
    assert len(at.multiselect(key="plan_stop").value) == 6
    (note,) = [s.value for s in at.success]
    assert "5,288 km → " in note
    assert _url(at, "plan_campaign") == [APRIL]
    assert _url(at, "plan_end") == ["2019-04-18"]


def test_an_impossible_plan_says_which_constraint_escaped(seed_data_dir):  # noqa: F811
    at = _page({**DONE_WHEN, "plan_end": "2019-04-10"})
    (error,) = [e.value for e in at.error]
    assert "after the end date 2019" in error
    assert not at.metric


def test_typed_text_in_errors_is_escaped(seed_data_dir):  # noqa: F811
    at = _page({**DONE_WHEN, "plan_from": "[click](http://evil.example)"})
    (error,) = [e.value for e in at.error]
    assert "\\[click\\]\\(" in error and "http://evil.example" in error
    assert links_to(error) == []  # shown as text: the URL is inline code, never a link


@pytest.mark.parametrize("param", [{"plan_start": "not-a-date"}, {"plan_between": "9-1"}])
def test_a_mangled_link_falls_back_quietly(seed_data_dir, param):  # noqa: F811
    at = _page({**DONE_WHEN, **param})
    assert not at.exception


def test_home_places_are_on_the_map_and_in_the_legs(seed_data_dir):  # noqa: F811
    at = _page({**DONE_WHEN, "plan_from": "Ann Arbor, MI", "plan_to": "Ann Arbor, MI"})
    spec = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    layers = {layer["id"]: layer for layer in spec["layers"]}
    assert [p["title"] for p in layers["homes"]["data"]] == [
        "Start: Ann Arbor, MI",
        "End: Ann Arbor, MI",
    ]
    assert len(layers["home-legs"]["data"]) == 2
    (legs,) = [d.value for d in at.dataframe if "distance_km" in d.value.columns]
    assert legs.iloc[0]["from"] == "Ann Arbor, MI" and legs.iloc[-1]["to"] == "Ann Arbor, MI"


def test_closed_days_from_the_link_are_kept(seed_data_dir):  # noqa: F811
    at = _page({**DONE_WHEN, "plan_closed": ["UC Berkeley=2019-04-08", "UC Berkeley=2019-04-09"]})
    assert not at.error
    (table,) = [d.value for d in at.dataframe if "km_from_previous" in d.value.columns]
    berkeley = table[table["name"] == "University of California Berkeley"].iloc[0]
    assert berkeley["date"] not in ("2019-04-08", "2019-04-09")
    assert _url(at, "plan_closed") == ["UC Berkeley=2019-04-08", "UC Berkeley=2019-04-09"]
