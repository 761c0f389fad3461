"""Where versions come from: the as-of day each one records (no drift), pages fetched from an
address (remembered for refresh), and the same page saved under a new file name."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from listing_server import Page, seed_html
from store_fixtures import edited_seed

from eventmap import store
from eventmap.core.dataset import load_store_dataset
from eventmap.ingest import asof
from eventmap.ingest.fetch import fetch
from eventmap.model import meeting_ids
from eventmap.output.export import provenance
from eventmap.store import open_store
from eventmap.store.refresh import refresh_all

NO_YEAR = (
    "Spring tour\n\nDetroit, Michigan\nThursday, April 11, 7:00 p.m.\nStudent Center, Room 258\n\n"
    "Ann Arbor, Michigan\nMonday, April 15, 7:00 p.m.\nWeiser Hall Room 182\n"
)


@pytest.fixture(autouse=True)
def _fresh_engines():
    yield
    store.dispose_engines()


@pytest.fixture
def db(tmp_path: Path, seed_text: str, monkeypatch) -> store.Store:
    folder = tmp_path / "data"
    (folder / "listings").mkdir(parents=True)
    (folder / "listings" / "upcoming-meetings.txt").write_text(seed_text, encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))
    monkeypatch.setenv("EVENTMAP_GEOCODER", "offline")
    monkeypatch.delenv("EVENTMAP_DB", raising=False)
    handle = open_store()
    handle.import_bundled()
    return handle


def _dates(db, name: str) -> list[str | None]:
    return [m.date for m in db.current_meetings(name)]


def test_no_drift_a_page_without_a_year_keeps_its_dates_when_today_moves_400_days(db, monkeypatch):
    monkeypatch.setattr(asof, "today", lambda: date(2019, 2, 1))
    result = db.import_listing("spring.txt", NO_YEAR)
    assert (result.listing.as_of, result.listing.as_of_origin) == (date(2019, 2, 1), "today")
    assert _dates(db, "spring.txt") == ["2019-04-11", "2019-04-15"]

    monkeypatch.setattr(asof, "today", lambda: date(2019, 2, 1) + timedelta(days=400))
    # Read again later, as the dashboard, the CLI and the exports do: the same dates.
    frame = load_store_dataset().frame
    spring = frame[frame["campaign"] == "Spring tour"]
    assert sorted(spring["date"].astype(str)) == ["2019-04-11", "2019-04-15"]
    dataset = load_store_dataset()
    (meta,) = [m for m in provenance(dataset)["sources"] if m["name"] == "spring.txt"]
    assert meta["as_of_text"] == "as of 2019-02-01, the import day (the page gives no date)"
    (version,) = [v for v in db.history() if v.name == "spring.txt"]
    assert (version.as_of, version.as_of_origin) == ("2019-02-01", "today")
    # The same page imported again on the later day is the same version, not a new one.
    again = db.import_listing("spring.txt", NO_YEAR)
    assert again.unchanged and not again.saved


def test_every_version_records_the_as_of_it_used(db, seed_text):
    db.import_listing("given.txt", NO_YEAR, as_of=date(2019, 1, 23))
    by_name = {v.name: v for v in db.history()}
    assert (by_name["given.txt"].as_of, by_name["given.txt"].as_of_origin) == (
        "2019-01-23",
        "given",
    )
    assert by_name["given.txt"].as_of_text == "as of 2019-01-23, given at import"
    assert by_name["upcoming-meetings.txt"].as_of_origin == "today"  # the seed names no date


def test_a_database_from_before_issue_11_gets_the_new_columns_and_its_as_of_days(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as con:
        con.executescript(
            """
            CREATE TABLE listings (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(200) NOT NULL,
              text TEXT NOT NULL, sha256 VARCHAR(64) NOT NULL, imported_at VARCHAR(32) NOT NULL,
              as_of VARCHAR(10), meeting_count INTEGER NOT NULL, warning_count INTEGER NOT NULL,
              undone BOOLEAN NOT NULL, undone_at VARCHAR(32));
            INSERT INTO listings (name, text, sha256, imported_at, as_of, meeting_count,
              warning_count, undone) VALUES
              ('a.txt', 'x', 'x', '2019-02-01T10:00:00+00:00', NULL, 0, 0, 0),
              ('b.txt', 'y', 'y', '2019-02-02T10:00:00+00:00', '2018-12-01', 0, 0, 0);
            """
        )
    handle = open_store(f"sqlite:///{path}")
    got = {v.name: (v.as_of, v.as_of_origin, v.source_url) for v in handle.history()}
    assert got == {"a.txt": ("2019-02-01", "today", None), "b.txt": ("2018-12-01", "given", None)}


def test_the_edited_seed_under_another_file_name_is_a_new_version_of_the_stored_page(db, seed_text):
    result = db.import_listing("upcoming-meetings (2).txt", edited_seed(seed_text), match=True)
    assert result.matched and result.name == "upcoming-meetings.txt"
    assert result.diff.counts() == {"added": 1, "removed": 0, "changed": 1}
    assert db.source_names() == ["upcoming-meetings.txt"]


def test_new_source_and_other_pages_stay_apart(db, seed_text):
    kept = db.import_listing("copy.txt", edited_seed(seed_text), match=False)
    assert not kept.matched and kept.previous_version is None
    other = db.import_listing("spring.txt", NO_YEAR, match=True)  # nothing in common
    assert not other.matched and other.name == "spring.txt"


def test_stored_meeting_ids_do_not_depend_on_entry_order(db):
    noon = "Wayne State University\nThursday, April 11, 2019, 12:00 p.m.\nStudent Center\n\n"
    evening = "Wayne State University\nThursday, April 11, 2019, 7:00 p.m.\nOld Main\n\n"
    db.import_listing("two.txt", "Tour\n\n" + noon + evening)
    first = dict(zip([m.start_time for m in db.current_meetings("two.txt")], meeting_ids(
        db.current_meetings("two.txt")), strict=True))  # fmt: skip
    result = db.import_listing("two.txt", "Tour\n\n" + evening + noon)
    assert result.diff.empty
    swapped = db.current_meetings("two.txt")
    assert dict(zip([m.start_time for m in swapped], meeting_ids(swapped), strict=True)) == first


def test_a_fetched_page_remembers_its_address_and_validators(db, listing_site, seed_text):
    listing_site.pages["/page.html"] = Page(seed_html(seed_text), etag='"v1"')
    url = listing_site.url("/page.html")
    fetched = fetch(url)
    result = db.import_listing("site", fetched.text, fetched=fetched)
    assert result.saved and len(result.listing.meetings) == 14
    (remote,) = db.remote_sources()
    assert (remote.name, remote.url, remote.etag) == ("site", url, '"v1"')
    assert db.source_for_address(url) == "site"

    steps: list[tuple[int, int]] = []
    checked = refresh_all(db, progress=lambda done, total: steps.append((done, total)))
    assert checked[0].result.not_modified and len(db.history()) == 2  # a 304, nothing saved
    assert steps == [(1, 1)]  # what the CLI's progress bar is told
    listing_site.pages["/page.html"] = Page(seed_html(edited_seed(seed_text)), etag='"v2"')
    (item,) = refresh_all(db)
    assert item.result.saved and item.result.diff.counts() == {
        "added": 1,
        "removed": 0,
        "changed": 1,
    }
    assert db.remote_sources()[0].etag == '"v2"'
    listing_site.pages.pop("/page.html")
    (failed,) = refresh_all(db)
    assert not failed.ok and "404" in str(failed.error)
