"""Bounded waits: a stuck writer, a silent server and an unreachable database each end in one
line within EVENTMAP_DB_TIMEOUT plus a few seconds, never a hang; readers and newly started
servers never wait for the writer lock; no command falls back to the bundled pages silently."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from db_support import closed_port, hold_writer_lock, silent_server
from store_fixtures import edited_seed

from eventmap import cli, store
from eventmap.errors import StoreBusy, StoreUnreachable

TIMEOUT = 1.0
SLACK = 4.0  # seconds past the timeout that count as "within it" on a busy 2-core machine
BUSY = "eventmap: error: the database is busy (another import is running); try again."


@pytest.fixture
def env(tmp_path: Path, seed_text: str, monkeypatch, db_url: str) -> str:
    folder = tmp_path / "data"
    (folder / "listings").mkdir(parents=True)
    (folder / "listings" / "upcoming-meetings.txt").write_text(seed_text, encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))
    monkeypatch.setenv("EVENTMAP_DB", db_url)
    monkeypatch.setenv("EVENTMAP_DB_TIMEOUT", str(TIMEOUT))
    return db_url


def _timed(argv: list[str]) -> tuple[int, float]:
    start = time.monotonic()
    code = cli.main(argv)
    return code, time.monotonic() - start


def test_import_gives_up_within_the_timeout_while_another_writer_holds_the_lock(
    env, tmp_path, seed_text, capsys
):
    store.open_store().current_sources()  # tables made, bundled page imported
    page = tmp_path / "upcoming-meetings.txt"
    page.write_text(edited_seed(seed_text), encoding="utf-8")
    capsys.readouterr()
    with hold_writer_lock(env):
        code, took = _timed(["import", str(page)])
        err = capsys.readouterr().err
        assert code == 1 and err.startswith(BUSY) and err.count("\n") == 1
        assert TIMEOUT * 0.9 <= took < TIMEOUT + SLACK
        # Readers don't wait for the writer, nor does a newly started server whose schema is
        # current: it reads its revision without the lock.
        store.dispose_engines()
        code, took = _timed(["history", "--format", "json"])
        assert code == 0 and took < TIMEOUT and '"version": 1' in capsys.readouterr().out
    assert cli.main(["import", str(page)]) == 0
    assert "as version 2" in capsys.readouterr().err


def test_a_database_that_needs_its_tables_gives_up_while_the_lock_is_held(env):
    with hold_writer_lock(env):
        start = time.monotonic()
        with pytest.raises(StoreBusy, match="the database is busy"):
            store.open_store()
        assert time.monotonic() - start < TIMEOUT + SLACK
    assert store.open_store().history() == []


def test_a_server_that_accepts_and_never_answers(monkeypatch, capsys, seed_path):
    monkeypatch.setenv("EVENTMAP_DB_TIMEOUT", str(TIMEOUT))
    with silent_server() as port:
        url = f"postgresql+psycopg://eventmap:s3cret@127.0.0.1:{port}/eventmap"
        monkeypatch.setenv("EVENTMAP_DB", url)
        code, took = _timed(["import", "--dry-run", str(seed_path)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert err.startswith(f"eventmap: error: cannot reach the database {store.safe_url(url)}")
    assert "s3cret" not in err and "***" in err
    assert took < max(2, TIMEOUT) + SLACK  # libpq's connect_timeout is whole seconds, >= 2


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--format", "csv", "-o", "-"],
        ["nearest", "Kalamazoo, MI"],
        ["tour"],
        ["history"],
        ["import", "--dry-run", "{page}"],
        ["db", "status"],
        ["db", "upgrade"],
    ],
    ids=lambda argv: " ".join(argv[:2]),
)
def test_every_command_fails_in_one_line_on_an_unreachable_database(
    argv, monkeypatch, capsys, seed_path
):
    url = f"postgresql+psycopg://eventmap:s3cret@127.0.0.1:{closed_port()}/eventmap"
    monkeypatch.setenv("EVENTMAP_DB", url)
    monkeypatch.setenv("EVENTMAP_DB_TIMEOUT", str(TIMEOUT))
    code, took = _timed([a.replace("{page}", str(seed_path)) for a in argv])
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    assert captured.err.startswith(
        f"eventmap: error: cannot reach the database {store.safe_url(url)}"
    )
    assert captured.err.count("\n") == 1 and "s3cret" not in captured.err
    assert took < TIMEOUT + SLACK


def test_the_unreachable_error_is_a_store_error_naming_the_database(monkeypatch):
    url = f"postgresql+psycopg://eventmap:s3cret@127.0.0.1:{closed_port()}/eventmap"
    with pytest.raises(StoreUnreachable, match=r"eventmap:\*\*\*@127\.0\.0\.1"):
        store.open_store(url)
