"""``eventmap import FILE|URL`` and ``eventmap refresh``, against a local web site on 127.0.0.1."""

from __future__ import annotations

import json

import pytest
from listing_server import Page, seed_html
from store_fixtures import edited_seed

from eventmap import store
from eventmap.cli import main
from eventmap.store import open_store

SEED = "upcoming-meetings.txt"


@pytest.fixture(autouse=True)
def env(tmp_path, seed_text, monkeypatch):
    """A data folder holding the seed page as the bundled listing, and a fresh database."""
    folder = tmp_path / "data"
    (folder / "listings").mkdir(parents=True)
    (folder / "listings" / SEED).write_text(seed_text, encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'eventmap.db'}")
    monkeypatch.setenv("EVENTMAP_GEOCODER", "offline")
    monkeypatch.setenv("EVENTMAP_USER_AGENT", "eventmap-tests (organizer@example.org)")
    yield folder
    store.dispose_engines()


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_by_address_then_unchanged_then_exactly_the_edits(listing_site, seed_text, capsys):
    listing_site.pages["/page.html"] = Page(seed_html(seed_text), etag='"v1"')
    url = listing_site.url("/page.html")

    code, out, err = run(capsys, "import", url, "--name", "site", "--format", "json")
    assert code == 0
    assert len(json.loads(out)["added"]) == 14  # the seed page, served as HTML
    assert "Saved 'site' as version 2" in err

    # Nothing changed: the server says so to a conditional GET, and nothing is saved.
    code, out, err = run(capsys, "import", url)
    assert code == 0 and out.strip() == "No changes."
    assert "'site' has not changed on the server (304); nothing saved." in err
    # A server without validators sends the same body again: not saved either, and said.
    listing_site.pages["/page.html"] = Page(seed_html(seed_text))
    code, out, err = run(capsys, "import", url)
    assert code == 0 and out.strip() == "No changes."
    assert "'site' is identical to version 2; nothing saved." in err
    listing_site.pages["/page.html"] = Page(seed_html(seed_text), etag='"v1"')
    run(capsys, "import", url)  # the validators are remembered again
    # ... and a refresh asks conditionally and gets a 304.
    code, out, err = run(capsys, "refresh")
    assert code == 0 and "has not changed on the server (304)" in out
    assert listing_site.requests_for("/page.html")[-1]["If-None-Match"] == '"v1"'
    assert listing_site.requests_for("/page.html")[-1]["User-Agent"].startswith("eventmap-tests")

    # The organizer edits the page: the refresh shows exactly the changes, and saves them.
    listing_site.pages["/page.html"] = Page(seed_html(edited_seed(seed_text)), etag='"v2"')
    code, out, err = run(capsys, "import", url, "--dry-run", "--format", "json")
    diff = json.loads(out)
    assert (len(diff["added"]), len(diff["removed"]), len(diff["changed"])) == (1, 0, 1)
    assert diff["added"][0]["campus"] == "University of Chicago"
    assert {c["after"]["venue"] for c in diff["changed"]} == {"Love Library"}
    assert "Not saved (preview)" in err
    code, out, err = run(capsys, "refresh")
    assert code == 0
    assert out.count("+ added") == 1 and out.count("~ changed") == 1 and "- removed" not in out
    assert "Chicago" in out or "University of Chicago" in out
    assert "venue moved" in out
    assert "Saved 'site' as version 3" in out
    assert [v.version for v in open_store().history()][:1] == [3]


def test_a_failed_fetch_is_one_sentence_and_saves_nothing(listing_site, capsys):
    for path in ("/404", "/500", "/pdf"):
        code, out, err = run(capsys, "import", listing_site.url(path))
        assert code == 1 and out == ""
        assert err.startswith("eventmap: error: ") and err.count("\n") == 1
    assert [v.version for v in open_store().history()] == [1]  # only the bundled page


def test_refresh_names_the_sources_it_could_not_check(listing_site, seed_text, capsys):
    listing_site.pages["/a.html"] = Page(seed_html(seed_text))
    assert run(capsys, "import", listing_site.url("/a.html"), "--name", "a")[0] == 0
    listing_site.pages.clear()
    code, out, err = run(capsys, "refresh")
    assert code == 1
    assert "not checked" in out and "404" in out
    assert "1 of 1 sources could not be checked: 'a'" in err


def test_the_edited_seed_under_another_file_name_is_diffed_against_the_stored_page(
    tmp_path, seed_text, capsys
):
    copy = tmp_path / "meetings-saved-again.txt"
    copy.write_text(edited_seed(seed_text), encoding="utf-8")
    code, out, err = run(capsys, "import", str(copy), "--format", "json")
    assert code == 0
    diff = json.loads(out)
    assert (len(diff["added"]), len(diff["removed"]), len(diff["changed"])) == (1, 0, 1)
    assert f"repeats the meetings of '{SEED}'" in err
    assert open_store().source_names() == [SEED]

    other = tmp_path / "kept-apart.txt"
    other.write_text(edited_seed(seed_text), encoding="utf-8")
    code, out, err = run(capsys, "import", str(other), "--new-source", "--format", "json")
    assert len(json.loads(out)["added"]) == 15
    assert sorted(open_store().source_names()) == ["kept-apart.txt", SEED]


def test_history_shows_each_versions_as_of_and_its_origin(listing_site, seed_text, capsys):
    page = seed_html(seed_text.replace("2019", "").replace("2020", ""))
    listing_site.pages["/2019/01/23/meetings.html"] = Page(page)
    run(capsys, "import", listing_site.url("/2019/01/23/meetings.html"), "--name", "dated")
    code, out, err = run(capsys, "history")
    assert "as of 2019-01-23, from the address; fetched from http://127.0.0.1:" in out
    assert "the import day (the page gives no date)" in out
