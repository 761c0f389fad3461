"""What the pages say about the store: the Export page names the current version after an undo
and a re-import; a broken store shows visitors the bundled pages with a warning that names no
database, while a signed-in organizer sees why; a NUL character is refused on paste, upload,
file import and the store itself, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest
from db_support import closed_port
from store_fixtures import edited_seed
from streamlit.testing.v1 import AppTest

from eventmap import cli, store
from eventmap.core import admin
from eventmap.errors import ListingError, UploadError
from eventmap.web import md_escape

from app_fixtures import ROOT, after_map_drawn  # isort: skip

TIMEOUT = 60
PASSWORD = "correct horse battery staple"


@pytest.fixture
def env(tmp_path, seed_text, monkeypatch, db_url):
    folder = tmp_path / "data"
    (folder / "listings").mkdir(parents=True)
    (folder / "listings" / "upcoming-meetings.txt").write_text(seed_text, encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))
    monkeypatch.setenv("EVENTMAP_DB", db_url)
    monkeypatch.setenv("EVENTMAP_GEOCODER", "offline")
    monkeypatch.delenv(admin.PASSWORD_ENV, raising=False)
    yield db_url
    store.dispose_engines()


def _provenance(at: AppTest) -> dict[str, str]:
    table = at.dataframe[-1].value  # the meetings, then the provenance
    return dict(zip(table["Field"], table["Value"], strict=True))


def test_export_names_the_current_version_after_undo_and_reimport(env, seed_text):
    page = str(ROOT / "app_pages" / "3_Export.py")
    handle = store.open_store()
    handle.current_sources()  # version 1: the bundled page
    edited = edited_seed(seed_text)
    assert handle.import_listing("upcoming-meetings.txt", edited).version == 2
    at = AppTest.from_file(page, default_timeout=TIMEOUT).run()
    assert not at.exception and _provenance(at)["Source 1 version"] == "2"

    handle.undo_last(expected=2)
    again = handle.import_listing("upcoming-meetings.txt", edited)
    assert again.saved and again.version == 3  # same text as version 2, a new version
    at = AppTest.from_file(page, default_timeout=TIMEOUT).run()
    shown = _provenance(at)
    assert shown["Source 1 version"] == "3"
    imported = {v.version: v.imported_at for v in handle.history()}
    assert shown["Source 1 imported at"] == imported[3]


def _broken_store(monkeypatch) -> str:
    url = f"postgresql+psycopg://eventmap:s3cret@127.0.0.1:{closed_port()}/eventmap"
    monkeypatch.setenv("EVENTMAP_DB", url)
    monkeypatch.setenv("EVENTMAP_DB_TIMEOUT", "1")
    return url


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # the store is unreachable anyway
def test_a_visitor_sees_the_bundled_pages_and_no_database_address(env, monkeypatch):
    _broken_store(monkeypatch)
    at = after_map_drawn(AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run())
    assert not at.exception and not at.error
    [warning] = [w.value for w in at.warning]
    assert "showing the bundled listings" in warning
    page_text = "\n".join(str(e.value) for e in [*at.warning, *at.markdown, *at.caption])
    for secret in ("127.0.0.1", "s3cret", "postgresql", "eventmap:", "***"):
        assert secret not in page_text
    assert next(m.value for m in at.metric if m.label == "Meetings") == "14"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_organizer_sees_why_the_store_failed(env, monkeypatch):
    url = _broken_store(monkeypatch)
    monkeypatch.setenv(admin.PASSWORD_ENV, PASSWORD)
    manage = AppTest.from_file(
        str(ROOT / "app_pages" / "4_Manage_data.py"), default_timeout=TIMEOUT
    )
    manage.run()
    [error] = [e.value for e in manage.error]
    assert "unavailable" in error and "127.0.0.1" not in error  # not signed in yet
    manage.session_state["admin_token"] = admin.session_token(PASSWORD)
    manage.run()
    [error] = [e.value for e in manage.error]
    assert "cannot reach the database" in error and "s3cret" not in error
    assert md_escape(store.safe_url(url)) in error  # shown literally, password masked


NUL_PAGE = "Upcoming Meetings\n\nSpring\n\nDetroit, Michigan\nApril 11, 7:00 p.m.\x00\n"


def test_a_nul_character_is_refused_everywhere(env, tmp_path, capsys):
    handle = store.open_store()
    with pytest.raises(ListingError, match=r"NUL character \(line 6\)"):
        handle.import_listing("nul.txt", NUL_PAGE)
    with pytest.raises(ListingError, match="NUL character"):
        handle.preview_import("nul.txt", NUL_PAGE)
    with pytest.raises(UploadError, match="the pasted text: .*NUL character"):
        admin.check_pasted(NUL_PAGE)
    big = "Upcoming Meetings\n" + "x" * 70_000 + "\n\x00\n"  # past the binary sniffing window
    with pytest.raises(UploadError, match="NUL character"):
        admin.read_upload("page.txt", big.encode())
    page = tmp_path / "nul.txt"
    page.write_text(big, encoding="utf-8")
    assert cli.main(["import", str(page)]) == 1
    err = capsys.readouterr().err
    assert "NUL character (line 3)" in err and err.count("\n") == 1
    assert [v.name for v in handle.history()] == ["upcoming-meetings.txt"] or handle.is_empty()


def test_a_pasted_nul_is_refused_on_the_manage_page(env, monkeypatch):
    monkeypatch.setenv(admin.PASSWORD_ENV, PASSWORD)
    at = AppTest.from_file(str(ROOT / "app_pages" / "4_Manage_data.py"), default_timeout=TIMEOUT)
    at.run()
    at.text_input(key="admin_password").set_value(PASSWORD)
    at.button(key="sign_in_button").click().run()
    at.text_area(key="import_text").set_value(NUL_PAGE).run()
    assert any("NUL character" in e.value for e in at.error)
    assert at.button(key="import_preview").disabled
    assert [v.version for v in store.open_store().history()] == [1]
