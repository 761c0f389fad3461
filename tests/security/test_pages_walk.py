"""Every page, walked with hostile values from each source: listing fields and campaign names,
URL query parameters, upload file names, pasted pages, source names and visitor searches.
No rendered element may carry a link or image to the hostile host."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_fixtures import after_map_drawn
from hostile import BARE, HOSTILE_TEXTS, PHISH, PIXEL
from page_walk import hostile_links
from streamlit.testing.v1 import AppTest

from eventmap.core import admin
from eventmap.store import dispose_engines

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["app.py", *sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("app_pages/*.py"))]
PASSWORD = "correct horse battery staple"
# A listing whose campaign blurb, venue, room and address carry hostile Markdown and URLs.
LISTING = Path(__file__).with_name("hostile_listing.txt")
QUERY = {
    "campaign": [PHISH, PIXEL],
    "campus": [BARE],
    "state": ["<img src=https://evil.example/s.png>"],
    "status": ["www.evil.example"],
    "from": [PHISH],
    "to": [PIXEL],
    "near": [BARE],
}


@pytest.fixture
def hostile_env(tmp_path, monkeypatch) -> Path:
    data = tmp_path / "data"
    (data / "listings").mkdir(parents=True)
    (data / "listings" / "upcoming-meetings.txt").write_text(LISTING.read_text(), "utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(data))
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'eventmap.db'}")
    monkeypatch.setenv(admin.PASSWORD_ENV, PASSWORD)
    monkeypatch.chdir(ROOT)
    yield data
    dispose_engines()


def _run(page: str, **query: list[str]) -> AppTest:
    """The page once loaded; the home page's first view (before the browser has drawn its map
    and asked for the rest, see ``web.first_view``) is walked on the way."""
    at = AppTest.from_file(str(ROOT / page), default_timeout=90)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    _clean(at)
    return after_map_drawn(at)


def _clean(at: AppTest) -> None:
    assert not at.exception, at.exception
    assert hostile_links(at) == []


@pytest.mark.parametrize("page", PAGES)
def test_every_page_with_a_hostile_listing_and_hostile_query_parameters(hostile_env, page) -> None:
    at = _run(page, **QUERY)
    _clean(at)
    if page in ("app.py", "app_pages/0_Map_and_timeline.py"):  # the link's values: shown as text
        notes = [w.value for w in at.sidebar.warning]
        assert any("Ignored campaign" in n for n in notes), notes


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_visitor_searches(hostile_env, text) -> None:
    at = _run("app_pages/1_Find_a_meeting.py")
    at.text_input(key="nearest_query").set_value(text).run()
    _clean(at)


def _signed_in() -> AppTest:
    at = _run("app_pages/4_Manage_data.py")
    at.text_input(key="admin_password").set_value(PASSWORD)
    at.button(key="sign_in_button").click().run()
    assert not at.error
    return at


@pytest.mark.parametrize(
    "name",
    [
        "[Download the fix](http://evil.example) **now**.pdf",
        "![p](https://evil.example/pixel.png).txt",
        "https://evil.example/login.html",
    ],
)
def test_upload_file_names(hostile_env, name) -> None:
    at = _signed_in()
    at.radio(key="import_mode").set_value("Upload a file").run()
    body = LISTING.read_bytes() if name.endswith((".txt", ".html")) else b"%PDF-1.4"
    at.file_uploader(key="import_file").upload(name, body).run()
    _clean(at)
    if name.endswith(".pdf"):
        assert at.error, "a wrong file type is refused with a message"
    else:
        at.selectbox(key="import_source").set_value("New source…").run()
        at.button(key="import_preview").click().run()
        _clean(at)
        at.button(key="import_confirm").click().run()
        _clean(at)


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_pasted_pages_and_source_names(hostile_env, text) -> None:
    at = _signed_in()
    page = (
        LISTING.read_text()
        + f"\n\n{text}\n\nBoston, Massachusetts\nMonday, April 22, 7 p.m.\n{text}\n"
    )
    at.text_area(key="import_text").set_value(page)
    at.selectbox(key="import_source").set_value("New source…").run()
    at.text_input(key="import_new_name").set_value(text[:150])
    at.button(key="import_preview").click().run()
    _clean(at)
    at.button(key="import_confirm").click().run()
    _clean(at)
    at.selectbox(key="ovr_kind").set_value("venue")
    at.text_input(key="ovr_key").set_value(text[:400])
    at.number_input(key="ovr_lat").set_value(42.0)
    at.number_input(key="ovr_lon").set_value(-83.0)
    at.button(key="ovr_save").click().run()
    _clean(at)
