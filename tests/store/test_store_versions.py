"""Store fixes: the undo names the version it undoes; an import's as-of date survives reading
back; the import diff is taken outside the write lock yet against what it replaces."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from store_fixtures import edited_seed

from eventmap import store
from eventmap.cli import main
from eventmap.core import dataset
from eventmap.core.dataset import Source, content_key
from eventmap.errors import StoreError
from eventmap.store import api as store_api
from eventmap.store import open_store


@pytest.fixture(autouse=True)
def _fresh_engines():
    yield
    store.dispose_engines()


@pytest.fixture
def db(tmp_path: Path, seed_text: str, monkeypatch, db_url: str) -> store.Store:
    folder = tmp_path / "data"
    (folder / "listings").mkdir(parents=True)
    (folder / "listings" / "upcoming-meetings.txt").write_text(seed_text, encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))
    monkeypatch.setenv("EVENTMAP_DB", db_url)
    return open_store()


# Undo names its version ------------------------------------------------------------------------
def test_undo_refuses_when_another_import_landed_since_it_was_shown(db, seed_text):
    db.current_sources()  # version 1: the bundled page
    shown = db.history()[0].version
    assert shown == 1
    db.import_listing("upcoming-meetings.txt", edited_seed(seed_text))  # someone else: v2
    with pytest.raises(StoreError, match=r"version 1 is no longer the last import.*version 2"):
        db.undo_last(expected=shown)
    assert [(v.version, v.undone, v.current) for v in db.history()] == [
        (2, False, True),
        (1, False, False),
    ]


def test_undo_refuses_when_the_shown_version_was_undone_already(db, seed_text):
    db.current_sources()
    db.import_listing("upcoming-meetings.txt", edited_seed(seed_text))
    db.undo_last(expected=2)  # another organizer got there first
    with pytest.raises(StoreError, match="version 2 is no longer the last import"):
        db.undo_last(expected=2)
    assert [(v.version, v.undone) for v in db.history()] == [(2, True), (1, False)]


@pytest.mark.parametrize("expected", [2, None])
def test_undo_of_the_shown_version_or_of_the_newest(db, seed_text, expected):
    db.current_sources()
    db.import_listing("upcoming-meetings.txt", edited_seed(seed_text))
    assert db.undo_last(expected=expected).version == 2
    assert [s.version for s in db.current_sources()] == [1]


# The import's as-of day survives reading back ----------------------------------------------------
@pytest.fixture
def empty_store(tmp_path: Path, monkeypatch, db_url: str) -> Path:
    """A data folder with no bundled listings and an empty store."""
    folder = tmp_path / "data"
    (folder / "listings").mkdir(parents=True)
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))
    monkeypatch.setenv("EVENTMAP_DB", db_url)
    return folder


def _years(frame) -> set[int]:
    return set(frame["date"].dropna().dt.year)


# No year, no weekday and no year mentioned anywhere: only the as-of day can place these dates.
YEARLESS = """Upcoming Meetings

Attend a meeting

Spring Meetings

A series of meetings on campuses across the country about the history of the labor movement.

Read more

Detroit, Michigan
April 11, 7:00 p.m.
Wayne State University Student Center, Room 258
5221 Gullen Mall, Detroit, MI 48202

Ann Arbor, Michigan
April 15, 7:00 p.m.
University of Michigan Weiser Hall Room 182
450 Church St., Ann Arbor, MI 48109
"""


def test_yearless_page_imported_with_as_of_keeps_its_year(empty_store, tmp_path, capsys):
    page = tmp_path / "spring.txt"
    page.write_text(YEARLESS, "utf-8")
    assert main(["import", str(page), "--as-of", "2019-03-01"]) == 0
    capsys.readouterr()

    (source,) = open_store().current_sources()
    assert source.as_of == date(2019, 3, 1)
    assert _years(dataset.load_store_dataset().frame) == {2019}
    # An explicit as-of still wins over the stored one.
    assert _years(dataset.load_store_dataset(as_of=date(2021, 3, 1)).frame) == {2021}

    assert main(["export", "--format", "csv", "-o", "-"]) == 0
    exported = pd.read_csv(io.StringIO(capsys.readouterr().out.lstrip("\ufeff")))
    assert list(exported["date"]) == ["2019-04-11", "2019-04-15"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (Source("p.txt", "x", as_of=date(2019, 3, 1)), Source("p.txt", "x")),
        (
            Source("p.txt", "x", as_of=date(2019, 3, 1)),
            Source("p.txt", "x", as_of=date(2020, 3, 1)),
        ),
    ],
)
def test_content_key_depends_on_each_sources_as_of(a: Source, b: Source) -> None:
    assert content_key([a]) != content_key([b])
    assert content_key([a]) == content_key([Source(a.name, a.text, as_of=a.as_of)])


# The import diff: outside the write lock, yet against what it replaces ---------------------------
def test_import_diffs_against_a_version_that_landed_while_it_was_diffing(
    db, seed_text, monkeypatch
):
    db.current_sources()  # version 1: the seed
    moved = edited_seed(seed_text, add_meeting=False)  # San Diego's venue moved
    real_diff = store_api.diff_listings
    calls = []

    def diff_while_another_import_lands(old, new):
        calls.append(len(old))
        if len(calls) == 1:  # the first diff (outside the lock): another organizer saves v2 now
            monkeypatch.setattr(store_api, "diff_listings", real_diff)
            assert open_store().import_listing("upcoming-meetings.txt", moved).version == 2
            monkeypatch.setattr(store_api, "diff_listings", diff_while_another_import_lands)
        return real_diff(old, new)

    monkeypatch.setattr(store_api, "diff_listings", diff_while_another_import_lands)
    result = db.import_listing("upcoming-meetings.txt", edited_seed(seed_text))
    assert (result.previous_version, result.version) == (2, 3)
    # Against version 2, only Chicago is new; against version 1 San Diego would count as changed.
    assert result.diff.counts() == {"added": 1, "removed": 0, "changed": 0}
    assert len(calls) == 2


def test_import_diffs_once_when_nothing_landed(db, seed_text, monkeypatch):
    db.current_sources()
    real_diff = store_api.diff_listings
    calls = []
    monkeypatch.setattr(store_api, "diff_listings", lambda o, n: calls.append(1) or real_diff(o, n))
    result = db.import_listing("upcoming-meetings.txt", edited_seed(seed_text))
    assert result.diff.counts() == {"added": 1, "removed": 0, "changed": 1}
    assert len(calls) == 1


# Writers take turns on PostgreSQL too --------------------------------------------------------------
def test_postgresql_writers_take_an_advisory_transaction_lock():
    from sqlalchemy.dialects import postgresql

    lock = store.writer_lock("postgresql")
    sql = str(lock.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
    assert sql.startswith(f"SELECT pg_advisory_xact_lock({store.WRITER_LOCK_KEY})")
    assert -(2**63) <= store.WRITER_LOCK_KEY < 2**63  # PostgreSQL's bigint
    assert store.writer_lock("sqlite") is None  # BEGIN IMMEDIATE already serializes writers
