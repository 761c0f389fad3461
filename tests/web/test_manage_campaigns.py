"""Manage data → Campaigns: an organizer renames the Chelsea Manning campaign and sets shapes;
the name shows in the dashboard's legend and filters, the export and the calendar, and stays
after the same page is imported again."""

from __future__ import annotations

import pytest
from app_fixtures import make_env, run_app, signed_in_manage
from seed_fixtures import APRIL, SEED_NAME, march_campaign, seed_text
from streamlit.testing.v1 import AppTest

from eventmap import store as store_module
from eventmap.store import open_store

PAGE = "app_pages/4_Manage_data.py"
NEW_NAME = "Free Chelsea Manning"


@pytest.fixture
def env(tmp_path, monkeypatch):
    make_env(tmp_path, monkeypatch)
    yield
    store_module.dispose_engines()


def _campaigns(at: AppTest):
    return next(df.value for df in at.dataframe if "Shape from" in df.value.columns)


def _rename(at: AppTest, old: str, new: str, shape: str | None = None) -> AppTest:
    at.selectbox(key="camp_pick").set_value(old).run()
    box = next(w for w in at.text_input if (w.key or "").startswith("camp_name_"))
    box.set_value(new)
    if shape is not None:
        next(w for w in at.selectbox if (w.key or "").startswith("camp_shape_")).set_value(shape)
    at.button(key="camp_save").click().run()
    assert not at.exception and not at.error
    return at


def test_campaigns_are_listed_read_only_without_a_password(env):
    at = run_app(PAGE)
    assert not at.exception
    table = _campaigns(at)
    assert list(table["Campaign"]) == [APRIL, march_campaign()]
    assert list(table["Shape"]) == ["tour", "local"]
    assert list(table["Name from"]) == ["its heading", "its blurb (no heading)"]
    assert not [b for b in at.button if b.key == "camp_save"]
    # The campaign without a heading: the page suggests naming it.
    assert any("has no heading on the page" in c.value for c in at.caption)


def test_a_rename_shows_everywhere_and_survives_a_reimport(env, monkeypatch):
    at = signed_in_manage(monkeypatch)
    at = _rename(at, march_campaign(), NEW_NAME)
    assert any(NEW_NAME in s.value for s in at.success)
    table = _campaigns(at)
    assert NEW_NAME in list(table["Campaign"])
    assert "an organizer" in list(table["Name from"])

    # The same page imported again (a new version): the name stays.
    store = open_store()
    store.undo_last()
    store.import_listing(SEED_NAME, seed_text())
    home = run_app("app.py")
    assert not home.exception
    legend = next(m.value for m in home.markdown if "hollow = approximate" in m.value)
    assert NEW_NAME in legend and march_campaign() not in legend
    assert NEW_NAME in home.sidebar.multiselect(key="flt_campaigns").options
    # The campaign filter, in the URL, names it by its new name.
    home.sidebar.multiselect(key="flt_campaigns").set_value([NEW_NAME]).run()
    assert home.query_params["campaign"] == [NEW_NAME] or home.query_params["campaign"] == NEW_NAME


def test_a_shape_set_on_the_page_is_used_and_can_be_reset(env, monkeypatch):
    at = signed_in_manage(monkeypatch)
    at = _rename(at, APRIL, APRIL, shape="local")
    table = _campaigns(at)
    row = table[table["Campaign"] == APRIL].iloc[0]
    assert (row["Shape"], row["Shape from"]) == ("local", "organizer")
    assert row["Why"].startswith("set by an organizer; inferred tour")
    at = _rename(at, APRIL, APRIL, shape="inferred")
    assert any("back to the page's title and the inferred shape" in s.value for s in at.success)
    assert open_store().campaign_fixes() == []
