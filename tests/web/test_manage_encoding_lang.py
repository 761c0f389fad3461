"""Manage data: an upload's decoder warning shows in the preview (and among the parser's
warnings), and the language chosen for a pasted, uploaded or fetched page is how it is read,
previewed and saved."""

from __future__ import annotations

import pytest
from app_fixtures import signed_in_manage
from listing_server import Page
from streamlit.testing.v1 import AppTest

from eventmap import store
from eventmap.core import admin
from eventmap.store import open_store
from eventmap.web import md_escape

STRAY = (
    "Upcoming Meetings\n\nCafé Society Hall, UC Berkeley\nMonday, April 8, 2019, 7 pm\n".encode()
    + b"Room 101 \x96 Moffitt Library\n"
)
NOTE = "1 byte(s) were not UTF-8 and were read as Windows-1252"
SLASHED = "Upcoming Meetings\n\nThe Tour\n\nUC Berkeley\n3/7/19, 7 pm\nMoffitt Library\n"


@pytest.fixture
def signed_in(tmp_path, seed_text, monkeypatch) -> AppTest:
    folder = tmp_path / "data"
    (folder / "listings").mkdir(parents=True)
    (folder / "listings" / "upcoming-meetings.txt").write_text(seed_text, encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'eventmap.db'}")
    yield signed_in_manage(monkeypatch)
    store.dispose_engines()


def _added_dates(at: AppTest) -> list[str]:
    table = next(df.value for df in at.dataframe if "Time zone as written" in df.value.columns)
    return [str(d)[:10] for d in table["Date"]]


def test_upload_preview_shows_the_decoders_warning(signed_in):
    at = signed_in
    at.radio(key="import_mode").set_value("Upload a file").run()
    at.file_uploader(key="import_file").set_value(("stray.txt", STRAY, "text/plain")).run()
    at.button(key="import_preview").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(md_escape(f"Line 5: {NOTE}") in w.value for w in at.warning)  # shown escaped
    warnings = next(df.value for df in at.dataframe if "Warning" in df.value.columns)
    assert NOTE in warnings["Warning"].iloc[0]
    assert list(warnings.columns) == [
        "Line",
        "Warning",
        "Text of the line",
        "About the meeting on line",
    ]
    assert "None" not in set(warnings["About the meeting on line"].astype(str))
    at.button(key="import_confirm").click().run()
    newest = open_store().history()[0]
    assert newest.name == "stray.txt" and newest.warnings >= 1


def test_read_upload_page_keeps_the_note():
    page = admin.read_upload_page("stray.txt", STRAY)
    assert page.warning().line == 5 and NOTE in page.warning().reason
    assert admin.read_upload("stray.txt", STRAY) == page.text


@pytest.mark.parametrize(("lang", "day"), [(None, "2019-03-07"), ("fr", "2019-07-03")])
def test_pasted_page_is_read_in_the_chosen_language(signed_in, lang, day):
    at = signed_in
    at.text_area(key="import_text").set_value(SLASHED).run()
    at.selectbox(key="import_lang").set_value(lang).run()
    at.selectbox(key="import_source").set_value("New source…").run()
    at.text_input(key="import_new_name").set_value("slashed").run()
    at.button(key="import_preview").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert _added_dates(at) == [day]
    at.button(key="import_confirm").click().run()
    (src,) = [s for s in open_store().current_sources() if s.name == "slashed"]
    assert src.lang == lang


def test_upload_and_address_are_read_in_the_chosen_language(signed_in, listing_site, monkeypatch):
    monkeypatch.setenv("EVENTMAP_FETCH_PRIVATE", "1")
    at = signed_in
    at.selectbox(key="import_lang").set_value("fr").run()
    at.radio(key="import_mode").set_value("Upload a file").run()
    at.file_uploader(key="import_file").set_value(
        ("slashed.txt", SLASHED.encode(), "text/plain")
    ).run()
    at.button(key="import_preview").click().run()
    assert _added_dates(at) == ["2019-07-03"]
    listing_site.pages["/slashed.txt"] = Page(SLASHED, content_type="text/plain; charset=utf-8")
    at.radio(key="import_mode").set_value("From the page's address").run()
    at.text_input(key="import_url").set_value(listing_site.url("/slashed.txt")).run()
    at.button(key="import_fetch").click().run()
    at.button(key="import_preview").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert _added_dates(at) == ["2019-07-03"]
    at.button(key="import_confirm").click().run()
    (remote,) = open_store().remote_sources()
    assert remote.lang == "fr"


def test_a_new_version_without_a_language_is_read_in_the_stored_one(signed_in):
    open_store().import_listing("slashed", SLASHED, lang="fr")
    at = signed_in
    newer = SLASHED + "\nUC Davis\n4/7/19, 7 pm\nShields Library\n"
    at.text_area(key="import_text").set_value(newer).run()
    at.selectbox(key="import_source").set_value("slashed").run()
    at.button(key="import_preview").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert _added_dates(at) == ["2019-07-04"]  # day-first, as the version it replaces
    at.button(key="import_confirm").click().run()
    assert open_store().source_lang("slashed") == "fr"
