from __future__ import annotations

from pathlib import Path

import pytest
from app_fixtures import after_map_drawn, signed_in_manage
from hostile import links_to
from store_fixtures import edited_seed
from streamlit.testing.v1 import AppTest

from eventmap import store
from eventmap.core import admin
from eventmap.errors import UploadError
from eventmap.store import open_store
from eventmap.web import md_escape

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "app_pages" / "4_Manage_data.py")
APP = str(ROOT / "app.py")
PASSWORD = "correct horse battery staple"
TIMEOUT = 60


@pytest.fixture
def env(tmp_path, seed_text, monkeypatch, db_url):
    """A fresh data folder (the seed page as the bundled listing) and a fresh database
    (SQLite or PostgreSQL)."""
    folder = tmp_path / "data"
    (folder / "listings").mkdir(parents=True)
    (folder / "listings" / "upcoming-meetings.txt").write_text(seed_text, encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))
    monkeypatch.setenv("EVENTMAP_DB", db_url)
    monkeypatch.delenv(admin.PASSWORD_ENV, raising=False)
    yield folder
    store.dispose_engines()


def _page() -> AppTest:
    return AppTest.from_file(PAGE, default_timeout=TIMEOUT)


WRITE_KEYS = ("import_text", "import_preview", "undo_button", "ovr_key", "ovr_save")


def _table(at: AppTest, column: str):
    """The first table on the page with this column (AppTest has no keys for plain tables)."""
    return next(df.value for df in at.dataframe if column in df.value.columns)


def _write_controls(at: AppTest) -> set[str]:
    present = {w.key for w in [*at.text_area, *at.text_input, *at.button] if w.key}
    return present & set(WRITE_KEYS)


# Access ---------------------------------------------------------------------------------------
def test_without_a_password_the_page_is_read_only_and_says_how_to_enable(env):
    at = _page().run()
    assert not at.exception
    assert any(admin.PASSWORD_ENV in i.value for i in at.info)
    assert _write_controls(at) == set() and not at.text_input
    history = _table(at, "Imported (UTC)")
    assert list(history["Source"]) == ["upcoming-meetings.txt"]  # first start imported the seed
    assert list(history.columns[:3]) == ["Version", "Source", "State"]


def test_wrong_password_is_refused(env, monkeypatch):
    monkeypatch.setenv(admin.PASSWORD_ENV, PASSWORD)
    at = _page().run()
    assert _write_controls(at) == set()
    at.text_input(key="admin_password").set_value("letmein")
    at.button(key="sign_in_button").click().run()
    assert [e.value for e in at.error] == [admin.WRONG_PASSWORD]
    assert _write_controls(at) == set()


def test_password_from_streamlit_secrets(env):
    at = _page()
    at.secrets["admin_password"] = PASSWORD
    at.run()
    at.text_input(key="admin_password").set_value(PASSWORD)
    at.button(key="sign_in_button").click().run()
    assert _write_controls(at) == set(WRITE_KEYS)


def test_right_password_enables_import_and_the_home_page_shows_the_new_meeting(
    env, monkeypatch, seed_text
):
    at = signed_in_manage(monkeypatch)
    assert _write_controls(at) == set(WRITE_KEYS)

    at.text_area(key="import_text").set_value(edited_seed(seed_text)).run()
    at.button(key="import_preview").click().run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Meetings parsed": "15", "Added": "1", "Removed": "0", "Changed": "1"}
    summary = _table(at, "what")
    assert list(summary["what"]) == ["venue moved"]
    assert "San Diego State University" in summary["meeting"].iloc[0]
    fields = _table(at, "field")
    venue = fields[fields["field"] == "venue"].iloc[0]
    assert (venue["before"], venue["after"]) == ("Student Union", "Love Library")
    added = _table(at, "Campus")
    assert list(added["Campus"]) == ["University of Chicago"]
    assert len(open_store().history()) == 1  # a preview saves nothing

    at.button(key="import_confirm").click().run()
    assert [s.value for s in at.success] == [
        md_escape("Saved 'upcoming-meetings.txt' as version 2 (1 added, 0 removed, 1 changed).")
    ]
    assert [v.version for v in open_store().history()] == [2, 1]

    home = after_map_drawn(AppTest.from_file(APP, default_timeout=TIMEOUT).run())
    assert not home.exception
    shown = "\n".join(df.value.to_csv() for df in home.dataframe)
    assert "University of Chicago" in shown and "Love Library" in shown
    on_map = "\n".join(el.proto.json for el in home.get("deck_gl_json_chart"))
    assert "University of Chicago" in on_map and "Love Library" in on_map


def test_undo_from_the_page(env, monkeypatch, seed_text):
    open_store().current_sources()
    open_store().import_listing("upcoming-meetings.txt", edited_seed(seed_text))
    at = signed_in_manage(monkeypatch)
    assert at.button(key="undo_button").disabled  # needs the confirmation tick first
    at.checkbox(key="undo_sure_2").check().run()
    at.button(key="undo_button").click().run()
    assert [s.value for s in at.success] == [
        md_escape("Undid version 2 of 'upcoming-meetings.txt'.")
    ]
    assert [s.version for s in open_store().current_sources()] == [1]


def test_after_an_undo_the_next_undo_asks_again(env, monkeypatch, seed_text):
    store_ = open_store()
    store_.current_sources()
    store_.import_listing("upcoming-meetings.txt", edited_seed(seed_text))
    store_.import_listing("upcoming-meetings.txt", seed_text)
    at = signed_in_manage(monkeypatch)
    at.checkbox(key="undo_sure_3").check().run()
    at.button(key="undo_button").click().run()
    assert [s.value for s in at.success] == [
        md_escape("Undid version 3 of 'upcoming-meetings.txt'.")
    ]
    # version 2 is the last import now: its own tick, not the one given for version 3
    assert [c.label for c in at.checkbox if c.key.startswith("undo_sure")] == [
        "Yes, undo version 2"
    ]
    assert at.checkbox(key="undo_sure_2").value is False
    assert at.button(key="undo_button").disabled


# Uploads --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("filename", "data", "message"),
    [
        ("meetings.pdf", b"%PDF-1.4 ...", "has .pdf; upload the page as .txt or .html"),
        ("meetings", b"Upcoming Meetings", "has no extension"),
        ("big.txt", b"a" * (admin.MAX_UPLOAD_BYTES + 1), "larger than the 5 MB limit"),
        ("binary.html", b"\x00\x01\x02\x00" * 1000, "cannot be read"),
    ],
)
def test_bad_upload_is_refused_on_the_page_and_nothing_saved(
    env, monkeypatch, filename, data, message
):
    at = signed_in_manage(monkeypatch)
    at.radio(key="import_mode").set_value("Upload a file").run()
    at.file_uploader(key="import_file").set_value((filename, data, "application/octet-stream"))
    at.run()
    assert not at.exception
    assert len(at.error) == 1 and md_escape(message) in at.error[0].value  # names the file: escaped
    assert at.button(key="import_preview").disabled
    assert len(open_store().history()) == 1


def test_good_upload_previews_against_the_same_source(env, monkeypatch, seed_text):
    at = signed_in_manage(monkeypatch)
    at.radio(key="import_mode").set_value("Upload a file").run()
    page = edited_seed(seed_text, add_meeting=False).encode("cp1252", errors="replace")
    at.file_uploader(key="import_file").set_value(("upcoming-meetings.txt", page, "text/plain"))
    at.run()
    assert at.selectbox(key="import_source").value == "upcoming-meetings.txt"
    at.button(key="import_preview").click().run()
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["Added"], metrics["Changed"]) == ("0", "1")


@pytest.mark.parametrize(
    ("filename", "data", "expected"),
    [
        ("a.txt", "Café meeting".encode(), "Café meeting"),
        ("a.HTML", b"<p>Hi</p>", "<p>Hi</p>"),
        ("a.htm", "Caf\xe9".encode("cp1252"), "Café"),
    ],
)
def test_read_upload_accepts_text_and_html(filename, data, expected):
    assert admin.read_upload(filename, data) == expected


def test_pasted_text_has_the_same_limit():
    with pytest.raises(UploadError, match="5 MB"):
        admin.check_pasted("x" * (admin.MAX_UPLOAD_BYTES + 1))
    assert admin.check_pasted("Upcoming Meetings") == "Upcoming Meetings"


@pytest.mark.parametrize(
    ("given", "expected", "ok"),
    [
        ("s3cret", "s3cret", True),
        ("s3cret ", "s3cret", False),
        ("S3CRET", "s3cret", False),
        ("", "s3cret", False),
        (None, "s3cret", False),
        ("anything", None, False),
        ("", "", False),
        ("pässwörd", "pässwörd", True),
    ],
)
def test_check_password(given, expected, ok):
    assert admin.check_password(given, expected) is ok


@pytest.mark.parametrize(
    ("secret", "env_value", "expected"),
    [
        ("from-secrets", "from-env", "from-secrets"),
        (None, "from-env", "from-env"),
        ("  ", "from-env", "from-env"),
        (None, None, None),
        (None, "   ", None),
    ],
)
def test_configured_password(monkeypatch, secret, env_value, expected):
    if env_value is None:
        monkeypatch.delenv(admin.PASSWORD_ENV, raising=False)
    else:
        monkeypatch.setenv(admin.PASSWORD_ENV, env_value)
    assert admin.configured_password(secret) == expected


# Fix a location -------------------------------------------------------------------------------
def test_fix_a_location_saves_an_override(env, monkeypatch):
    at = signed_in_manage(monkeypatch)
    at.selectbox(key="ovr_kind").set_value("venue")
    at.text_input(key="ovr_key").set_value("Love Library")
    at.number_input(key="ovr_lat").set_value(32.7757)
    at.number_input(key="ovr_lon").set_value(-117.0712)
    at.button(key="ovr_save").click().run()
    assert [s.value for s in at.success] == [
        "Saved: venue 'Love Library' is at 32.77570, -117.07120."
    ]
    assert [(o.kind, o.key, o.lat) for o in open_store().overrides()] == [
        ("venue", "Love Library", 32.7757)
    ]
    assert list(_table(at, "updated")["text"]) == ["Love Library"]


def test_fix_a_location_without_coordinates_is_refused(env, monkeypatch):
    at = signed_in_manage(monkeypatch)
    at.text_input(key="ovr_key").set_value("UC Berkeley")
    at.button(key="ovr_save").click().run()
    assert len(at.error) == 1 and "latitude must be a number" in at.error[0].value
    assert open_store().overrides() == []


# Pages by address ------------------------------------------------------------------------------
def _fetch_and_preview(at: AppTest, url: str) -> AppTest:
    at.radio(key="import_mode").set_value("From the page's address").run()
    at.text_input(key="import_url").set_value(url).run()
    at.button(key="import_fetch").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    at.button(key="import_preview").click().run()
    assert not at.exception
    return at


def test_import_from_the_pages_address_then_check_it_for_a_new_version(
    env, monkeypatch, listing_site, seed_text
):
    from listing_server import Page, seed_html

    listing_site.pages["/2019/03/01/meetings.html"] = Page(seed_html(seed_text), etag='"v1"')
    url = listing_site.url("/2019/03/01/meetings.html")
    at = _fetch_and_preview(signed_in_manage(monkeypatch), url)
    # The page repeats the bundled seed's meetings: it is preselected as a version of it.
    assert at.selectbox(key="import_source").value == "upcoming-meetings.txt"
    assert any("as of 2019\\-03\\-01, from the address" in c.value for c in at.caption)
    at.button(key="import_confirm").click().run()
    (version, *_) = open_store().history()
    assert (version.name, version.source_url) == ("upcoming-meetings.txt", url)

    # Nothing changed on the server: it says so and offers nothing to save.
    at.button(key="refresh_check").click().run()
    assert any("has not changed on the server" in i.value for i in at.info)
    assert not [b for b in at.button if b.key == "import_confirm"]

    # The organizer edits the page: the check shows exactly the edits for review.
    listing_site.pages["/2019/03/01/meetings.html"] = Page(
        seed_html(edited_seed(seed_text)), etag='"v2"'
    )
    at.button(key="refresh_check").click().run()
    assert [m.value for m in at.metric][1:] == ["1", "0", "1"]  # added, removed, changed
    assert len(open_store().history()) == 2  # nothing saved before confirming
    at.button(key="import_confirm").click().run()
    assert len(open_store().history()) == 3


def test_a_failed_fetch_is_one_escaped_sentence_and_nothing_is_saved(
    env, monkeypatch, listing_site
):
    at = signed_in_manage(monkeypatch)
    at.radio(key="import_mode").set_value("From the page's address").run()
    url = listing_site.url("/404?[click](javascript:alert(1))")
    at.text_input(key="import_url").set_value(url).run()
    at.button(key="import_fetch").click().run()
    assert not at.exception
    (error,) = at.error
    assert "answered 404" in error.value and "[click](javascript:alert(1))" in error.value
    assert links_to(error.value, host="") == []  # the address is inline code: no link at all
    assert at.button(key="import_preview").disabled
    assert len(open_store().history()) == 1


def test_an_upload_under_another_file_name_preselects_the_source_it_repeats(
    env, monkeypatch, seed_text
):
    at = signed_in_manage(monkeypatch)
    at.radio(key="import_mode").set_value("Upload a file").run()
    page = edited_seed(seed_text).encode()
    at.file_uploader(key="import_file").set_value(
        ("meetings (saved again).txt", page, "text/plain")
    )
    at.run()
    assert at.selectbox(key="import_source").value == "upcoming-meetings.txt"
    at.button(key="import_preview").click().run()
    assert [m.value for m in at.metric][1:] == ["1", "0", "1"]


def test_a_new_file_gets_its_own_name_and_the_last_file_s_preview_goes(env, monkeypatch):
    first = b"Leeds group\n\nThursday, January 14, 2027, 7pm\nTrades Hall, Leeds\n"
    second = b"Hull group\n\nFriday, January 15, 2027, 7pm\nUnity Hall, Hull\n"
    at = signed_in_manage(monkeypatch)
    at.radio(key="import_mode").set_value("Upload a file").run()
    at.file_uploader(key="import_file").set_value(("leeds.txt", first, "text/plain")).run()
    assert at.selectbox(key="import_source").value == "New source…"
    assert at.text_input(key="import_new_name").value == "leeds.txt"
    at.button(key="import_preview").click().run()
    assert f"Preview: {md_escape('leeds.txt')}" in [h.value for h in at.subheader]
    at.file_uploader(key="import_file").set_value(("hull.txt", second, "text/plain")).run()
    assert at.text_input(key="import_new_name").value == "hull.txt"
    assert not any("Preview:" in h.value for h in at.subheader)  # leeds.txt's is gone
    assert "import_confirm" not in [b.key for b in at.button]  # nothing stale to save
    at.button(key="import_preview").click().run()
    assert f"Preview: {md_escape('hull.txt')}" in [h.value for h in at.subheader]


def test_the_preview_says_what_to_check_beside_each_meeting(env, monkeypatch):
    page = (
        "Reading circle\n\nThursday, January 14, 2027, 7:00\nTrades Hall, Leeds\n\n"
        "Friday, January 15, 2027, 7pm\nUnity Hall, Hull\n"
    )
    at = signed_in_manage(monkeypatch)
    at.text_area(key="import_text").set_value(page).run()
    at.text_input(key="import_new_name").set_value("reading-circle").run()
    at.button(key="import_preview").click().run()
    assert not at.error, [e.value for e in at.error]
    added = next(df.value for df in at.dataframe if "To check" in df.value.columns)
    assert list(added.columns[:5]) == ["Date", "Start", "Status", "Talk", "To check"]
    check = dict(zip(added["Date"].astype(str), added["To check"], strict=True))
    assert "without am/pm" in check["2027-01-14"]  # "7:00" read as 7 pm: the organizer checks it
    assert check["2027-01-15"] == ""  # "7pm": nothing to check


def test_undoing_a_source_s_only_version_says_its_meetings_leave_the_pages(env, monkeypatch):
    store_ = open_store()
    store_.current_sources()
    store_.import_listing("circle.txt", "Reading circle\n\nThursday, January 14, 2027, 7pm\nHall\n")
    at = signed_in_manage(monkeypatch)
    said = " ".join(m.value for m in at.markdown)
    assert "It is the source's only version: undoing it takes the source's meetings off" in said
    store_.import_listing("circle.txt", "Reading circle\n\nFriday, January 15, 2027, 7pm\nHall\n")
    at = signed_in_manage(monkeypatch)
    said = " ".join(m.value for m in at.markdown)
    assert "Undoing it makes the version before it current again" in said


def test_the_new_source_name_comes_back_after_choosing_another_source(env, monkeypatch):
    at = signed_in_manage(monkeypatch)
    at.radio(key="import_mode").set_value("Upload a file").run()
    page = b"Leeds group\n\nThursday, January 14, 2027, 7pm\nTrades Hall, Leeds\n"
    at.file_uploader(key="import_file").set_value(("leeds.txt", page, "text/plain")).run()
    assert at.text_input(key="import_new_name").value == "leeds.txt"
    at.selectbox(key="import_source").set_value("upcoming-meetings.txt").run()
    at.selectbox(key="import_source").set_value("New source…").run()
    # Streamlit dropped the box's value while it was hidden; the file's name is suggested again
    assert at.text_input(key="import_new_name").value == "leeds.txt"
