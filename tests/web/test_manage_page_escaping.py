"""Manage data: names shown literally (no Markdown); the undo button undoes the version it showed."""

from __future__ import annotations

import pytest
from store_fixtures import edited_seed
from streamlit.testing.v1 import AppTest

from eventmap import store
from eventmap.store import open_store
from eventmap.web import md_escape

from app_fixtures import signed_in_manage  # isort: skip

HOSTILE = "**Loud** [click](javascript:alert(1)) <b>x</b>"


@pytest.fixture
def signed_in(tmp_path, seed_text, monkeypatch, db_url) -> AppTest:
    folder = tmp_path / "data"
    (folder / "listings").mkdir(parents=True)
    (folder / "listings" / "upcoming-meetings.txt").write_text(seed_text, encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))
    monkeypatch.setenv("EVENTMAP_DB", db_url)
    yield signed_in_manage(monkeypatch)
    store.dispose_engines()


def test_a_new_source_name_is_shown_literally(signed_in: AppTest, seed_text: str) -> None:
    at = signed_in
    at.text_area(key="import_text").set_value(seed_text)
    at.selectbox(key="import_source").set_value("New source…").run()
    at.text_input(key="import_new_name").set_value(HOSTILE)
    at.button(key="import_preview").click().run()
    assert not at.exception
    assert [s.value for s in at.subheader if s.value.startswith("Preview")] == [
        f"Preview: {md_escape(HOSTILE)}"
    ]
    assert [i.value for i in at.info] == [
        f"'{md_escape(HOSTILE)}' is a new source: every meeting counts as added."
    ]
    at.button(key="import_confirm").click().run()
    assert not at.exception
    (flash,) = [s.value for s in at.success]
    assert md_escape(HOSTILE) in flash
    assert any(md_escape(HOSTILE) in m.value for m in at.markdown)  # "The last import is ..."


def test_an_override_label_is_shown_literally(signed_in: AppTest) -> None:
    at = signed_in
    at.selectbox(key="ovr_kind").set_value("venue")
    at.text_input(key="ovr_key").set_value("*Love* Library_")
    at.number_input(key="ovr_lat").set_value(32.7757)
    at.number_input(key="ovr_lon").set_value(-117.0712)
    at.button(key="ovr_save").click().run()
    assert [s.value for s in at.success] == [
        f"Saved: venue '{md_escape('*Love* Library_')}' is at 32.77570, -117.07120."
    ]


def test_undo_on_the_page_refuses_a_version_imported_after_it_was_shown(
    signed_in: AppTest, seed_text: str
) -> None:
    at = signed_in
    at.checkbox(key="undo_sure_1").check().run()
    assert any("Yes, undo version 1" in c.label for c in at.checkbox)
    # Another organizer imports version 2 while this page still shows version 1.
    open_store().import_listing("upcoming-meetings.txt", edited_seed(seed_text))
    at.button(key="undo_button").click().run()
    assert not at.exception
    (error,) = [e.value for e in at.error]
    assert md_escape("version 1 is no longer the last import") in error
    assert not at.success
    assert [(v.version, v.undone) for v in open_store().history()] == [(2, False), (1, False)]
