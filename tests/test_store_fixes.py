"""Store fixes: the undo names the version it undoes; an import's as-of date survives reading
back; the import diff is taken outside the write lock yet against what it replaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_fixtures import edited_seed

from eventmap import store
from eventmap.store import StoreError, open_store


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
    monkeypatch.delenv("EVENTMAP_DB", raising=False)
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
