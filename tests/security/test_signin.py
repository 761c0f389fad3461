"""Organizer sign-in: throttled after 5 wrong passwords, with a doubling delay shared through the
database (sessions, threads, servers); failures logged without the password; optional hash."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from eventmap.core import admin
from eventmap.errors import ConfigurationError, SignInLocked
from eventmap.store import Store, dispose_engines, open_store, signin
from eventmap.store.engine import make_engine

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "app_pages" / "4_Manage_data.py")
PASSWORD = "correct horse battery staple"
WRONG = "hunter2-wrong-guess"
T0 = 1_800_000_000.0


@pytest.fixture
def db(tmp_path, monkeypatch) -> Store:
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'eventmap.db'}")
    monkeypatch.setenv("EVENTMAP_SIGNIN_DELAY", "30")
    yield open_store()
    dispose_engines()


def _other_server(db: Store) -> Store:
    """The same database through an engine and pool of its own, as another app server has."""
    return Store(make_engine(db.url), db.url)


CRED = admin.Credential(password=PASSWORD)


@pytest.mark.parametrize(
    ("failures", "seconds"),
    [(1, 0), (4, 0), (5, 30), (6, 60), (7, 120), (10, 960), (30, 3600), (10_000, 3600)],
)
def test_the_delay_starts_at_the_fifth_failure_and_doubles(failures, seconds) -> None:
    assert signin.lock_seconds(failures, free=5, base=30, cap=3600) == seconds


def test_after_six_wrong_passwords_the_right_one_waits_for_the_delay(db) -> None:
    for i in range(4):
        assert admin.sign_in(db, CRED, WRONG, now=T0 + i) is False
    with pytest.raises(SignInLocked) as locked:
        admin.sign_in(db, CRED, WRONG, now=T0 + 4)  # the fifth: locked for 30 s
    assert locked.value.retry_after == 30
    assert "30 seconds" in str(locked.value)
    with pytest.raises(SignInLocked):
        admin.sign_in(db, CRED, WRONG, now=T0 + 5)  # the sixth: refused unchecked
    with pytest.raises(SignInLocked) as again:
        admin.sign_in(db, CRED, PASSWORD, now=T0 + 33)  # the right one, too early
    assert again.value.retry_after == pytest.approx(1)
    assert admin.sign_in(db, CRED, PASSWORD, now=T0 + 34.5) is True
    assert signin.signin_state(db) == signin.SignInState(0, 0.0)  # the count starts again


def test_each_failure_after_a_lock_doubles_it(db) -> None:
    now = T0
    waits = []
    for _ in range(8):
        try:
            admin.sign_in(db, CRED, WRONG, now=now)
        except SignInLocked as exc:
            waits.append(exc.retry_after)
            now += exc.retry_after  # wait it out, then guess again
        now += 0.1
    assert waits == [30, 60, 120, 240]


def test_the_lock_holds_for_another_server_and_new_sessions(db) -> None:
    for i in range(5):
        with pytest.raises(SignInLocked) if i == 4 else contextlib.nullcontext():
            admin.sign_in(db, CRED, WRONG, now=T0)
    other = _other_server(db)
    with pytest.raises(SignInLocked):
        admin.sign_in(other, CRED, PASSWORD, now=T0 + 10)
    other.engine.dispose()


def test_concurrent_wrong_guesses_are_all_counted(db, monkeypatch) -> None:
    monkeypatch.setenv("EVENTMAP_SIGNIN_FREE_ATTEMPTS", "1000")
    servers = [_other_server(db) for _ in range(4)]

    def guess(s: Store) -> None:
        for _ in range(5):
            admin.sign_in(s, CRED, WRONG, now=T0)

    threads = [threading.Thread(target=guess, args=(s,)) for s in servers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert signin.signin_state(db).failures == 20
    for s in servers:
        s.engine.dispose()


def test_failures_are_logged_without_the_password(db, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    for i in range(6):
        with contextlib.suppress(SignInLocked):
            admin.sign_in(db, CRED, WRONG, now=T0 + i)
    messages = [r.getMessage() for r in caplog.records]
    assert sum("sign-in failed" in m for m in messages) == 5
    assert any("refused: locked" in m for m in messages)
    assert not any(WRONG in m or PASSWORD in m for m in messages)
    assert not any(WRONG in str(r.args) for r in caplog.records)


def test_a_hashed_password_is_accepted_and_the_plain_one_need_not_be_stored(
    db, monkeypatch
) -> None:
    stored = admin.hash_password(PASSWORD)
    assert stored.startswith("scrypt$") and PASSWORD not in stored
    assert admin.hash_password(PASSWORD) != stored  # salted
    monkeypatch.delenv(admin.PASSWORD_ENV, raising=False)
    monkeypatch.setenv(admin.HASH_ENV, stored)
    cred = admin.configured_credential()
    assert cred == admin.Credential(password_hash=stored)
    assert admin.sign_in(db, cred, PASSWORD, now=T0) is True
    assert admin.sign_in(db, cred, PASSWORD + " ", now=T0) is False


@pytest.mark.parametrize(
    "broken",
    [
        "plain text",
        "scrypt$16384$8$1$c2FsdA==",  # a part missing
        "scrypt$1073741824$8$1$c2FsdHNhbHRzYWx0$" + "A" * 44,  # n far too large: refused
        "scrypt$1000$8$1$c2FsdHNhbHRzYWx0$" + "A" * 44,  # n not a power of two
        "argon2$v=19$m=65536",
    ],
)
def test_a_broken_hash_is_a_configuration_error(broken, monkeypatch) -> None:
    monkeypatch.setenv(admin.HASH_ENV, broken)
    with pytest.raises(ConfigurationError, match="hash-password"):
        admin.configured_credential()


# The page -------------------------------------------------------------------------------------
@pytest.fixture
def page_env(tmp_path, seed_text, monkeypatch):
    folder = tmp_path / "data"
    (folder / "listings").mkdir(parents=True)
    (folder / "listings" / "upcoming-meetings.txt").write_text(seed_text, encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'eventmap.db'}")
    monkeypatch.setenv(admin.PASSWORD_ENV, PASSWORD)
    monkeypatch.setenv("EVENTMAP_SIGNIN_DELAY", "8")
    yield folder
    dispose_engines()


def _try(at: AppTest, password: str) -> AppTest:
    at.text_input(key="admin_password").set_value(password)
    return at.button(key="sign_in_button").click().run()


def _signed_in(at: AppTest) -> bool:
    return any(b.key == "import_preview" for b in at.button)


def test_page_refuses_the_right_password_after_six_wrong_ones_until_the_delay(page_env) -> None:
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    for _ in range(5):
        _try(at, WRONG)
    locked_at = time.monotonic()
    assert "locked for 8 seconds" in at.error[0].value
    _try(at, WRONG)  # the sixth
    _try(at, PASSWORD)
    fresh = _try(AppTest.from_file(PAGE, default_timeout=60).run(), PASSWORD)  # a new tab
    assert time.monotonic() - locked_at < 8, "the machine was too slow to test inside the delay"
    for page in (at, fresh):
        assert not _signed_in(page)
        (error,) = [e.value for e in page.error]
        assert error.startswith("Too many wrong passwords: sign-in is locked for")
    time.sleep(max(0.0, locked_at + 8.5 - time.monotonic()))
    _try(at, PASSWORD)
    assert not at.error and _signed_in(at)


# Two app servers on one database (SQLite, and PostgreSQL when the test cluster is configured) ---
def test_two_servers_share_the_lock_and_count_concurrent_guesses(db_url, monkeypatch):
    monkeypatch.setenv("EVENTMAP_DB", db_url)
    monkeypatch.setenv("EVENTMAP_SIGNIN_DELAY", "30")
    base = open_store(db_url)  # creates the schema
    one, two = (_other_server(base) for _ in range(2))
    try:
        for i in range(4):
            assert admin.sign_in(one if i % 2 else two, CRED, WRONG, now=T0 + i) is False
        with pytest.raises(SignInLocked):
            admin.sign_in(one, CRED, WRONG, now=T0 + 4)
        with pytest.raises(SignInLocked):  # the other server refuses the right password too
            admin.sign_in(two, CRED, PASSWORD, now=T0 + 10)
        assert admin.sign_in(two, CRED, PASSWORD, now=T0 + 40) is True
        monkeypatch.setenv("EVENTMAP_SIGNIN_FREE_ATTEMPTS", "1000")

        def guess(s: Store) -> None:
            for _ in range(10):
                admin.sign_in(s, CRED, WRONG, now=T0 + 50)

        threads = [threading.Thread(target=guess, args=(s,)) for s in (one, two, one, two)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert signin.signin_state(one).failures == 40  # writers took turns
    finally:
        for s in (one, two):
            s.engine.dispose()
