"""A session's first home page: the map first, the rest once the browser has drawn it
(``eventmap.web.first_view``)."""

from __future__ import annotations

import pytest
from app_fixtures import ROOT, TIMEOUT, after_map_drawn, make_env, metric
from streamlit.testing.v1 import AppTest

from eventmap.web import first_view


@pytest.fixture
def app_env(tmp_path, monkeypatch):
    return make_env(tmp_path, monkeypatch)


def _kinds(at: AppTest) -> list[str]:
    """The main area's element types, top to bottom."""
    out: list[str] = []

    def walk(node) -> None:
        children = getattr(node, "children", None)
        if isinstance(children, dict):
            for key in sorted(children):
                walk(children[key])
        else:
            out.append(node.type)

    walk(at.main)
    return out


def test_the_first_run_ends_after_the_map_and_waits_for_the_browser(app_env):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.title[0].value == "Meetings" and metric(at, "Meetings") == "14"
    assert len(at.get("deck_gl_json_chart")) == 1
    assert any("hollow = approximate" in m.value for m in at.markdown)  # the legend
    assert at.get("bidi_component"), "the component that asks for the rest"
    # Not yet: the sidebar filters, the timeline and the table (their code would compete with
    # the map's in the browser).
    assert not at.sidebar.multiselect
    assert not at.get("vega_lite_chart") and not at.dataframe


def test_the_rerun_draws_the_whole_page_after_the_map(app_env):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    first = _kinds(at)
    after_map_drawn(at)
    assert not at.exception
    assert not at.get("bidi_component")
    assert len(at.sidebar.multiselect) == 5
    assert len(at.get("vega_lite_chart")) == 1 and len(at.dataframe[-1].value) == 14
    # The map and what is above it keep their places, so the browser keeps the drawn map.
    whole = _kinds(at)
    deck = first.index("deck_gl_json_chart")
    assert whole[: deck + 1] == first[: deck + 1]


def test_every_later_run_draws_the_whole_page_at_once(app_env):
    at = after_map_drawn(AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run())
    at.multiselect(key=at.sidebar.multiselect[0].key).set_value([]).run()
    assert not at.get("bidi_component") and at.get("vega_lite_chart") and at.dataframe


def test_switched_off_the_first_run_draws_the_whole_page(app_env, monkeypatch):
    """``EVENTMAP_FIRST_VIEW=0``: the page as before the first view (the benchmark's baseline)."""
    monkeypatch.setenv("EVENTMAP_FIRST_VIEW", "0")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not at.exception and not at.get("bidi_component")
    assert len(at.sidebar.multiselect) == 5
    assert at.get("vega_lite_chart") and len(at.dataframe[-1].value) == 14


def test_the_component_is_given_the_rest_of_the_pages_chunks(app_env):
    """Each element the rest of the page draws has its chunk in the installed Streamlit's build
    (a Streamlit that renames one shows here), and the component is given their file names."""
    import json
    from pathlib import Path

    import streamlit

    chunks = first_view.rest_chunks()
    folder = Path(streamlit.__file__).parent / "static" / "static" / "js"
    assert [c.split(".")[0] for c in chunks] == list(first_view.REST_ELEMENTS)
    assert all((folder / c).is_file() for c in chunks)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    (component,) = at.get("bidi_component")
    assert json.loads(component.proto.json) == list(chunks)


def test_the_component_waits_for_a_sized_canvas_with_a_fallback():
    js = first_view._JS
    assert '[data-testid="stDeckGlJsonChart"]' in js and "requestAnimationFrame" in js
    assert f"setTimeout(fire, {first_view.FALLBACK_MS})" in js


@pytest.mark.parametrize(
    ("value", "on"), [(None, True), ("1", True), ("0", False), ("false", False), ("No", False)]
)
def test_the_first_view_setting(value, on):
    from eventmap.config import Settings

    env = {} if value is None else {"EVENTMAP_FIRST_VIEW": value}
    assert Settings.from_env(env).first_view is on
