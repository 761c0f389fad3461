"""The two databases every store test runs on: a SQLite file and a live PostgreSQL.

PostgreSQL comes from ``EVENTMAP_TEST_POSTGRES_URL`` (a superuser URL of a throwaway cluster;
``.ci/run`` and ``make pg-start`` start one). Each test gets a database of its own, created
fresh and dropped afterwards. Without the variable the PostgreSQL runs skip, except under
``CI=true``, where they fail: CI must test both.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

POSTGRES_ENV = "EVENTMAP_TEST_POSTGRES_URL"


def postgres_admin_url() -> str:
    """The test cluster's URL, or skip (fail under CI) when there is none or it is down."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    problem = None if url else f"{POSTGRES_ENV} is not set (make pg-start prints it)"
    if url:
        try:
            engine = sa.create_engine(url, connect_args={"connect_timeout": 5})
            with engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            engine.dispose()
        except Exception as exc:  # any reason the server is unusable
            problem = f"cannot reach the test PostgreSQL ({type(exc).__name__}: {exc})"
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL tests cannot run under CI: {problem}")
        pytest.skip(problem)
    return url


@contextlib.contextmanager
def fresh_postgres_database(admin_url: str) -> Iterator[str]:
    """A new, empty database on the test cluster; yields its URL and drops it afterwards."""
    name = f"eventmap_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield sa.make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        from eventmap import store

        store.dispose_engines()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@contextlib.contextmanager
def hold_writer_lock(url: str) -> Iterator[None]:
    """Hold the store's writer lock from another session, as a stuck import would: SQLite's
    write lock (``BEGIN IMMEDIATE``), or PostgreSQL's advisory lock."""
    from eventmap import store

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            if engine.dialect.name == "sqlite":
                raw.isolation_level = None
                raw.execute("BEGIN IMMEDIATE")
            else:
                conn.execute(sa.select(sa.func.pg_advisory_lock(store.WRITER_LOCK_KEY)))
            try:
                yield
            finally:
                if engine.dialect.name == "sqlite":
                    raw.execute("ROLLBACK")
                else:
                    conn.execute(sa.select(sa.func.pg_advisory_unlock(store.WRITER_LOCK_KEY)))
    finally:
        engine.dispose()


@contextlib.contextmanager
def silent_server() -> Iterator[int]:
    """A TCP port on 127.0.0.1 that accepts connections and never answers; yields the port."""
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            held.append(conn)  # keep it open, say nothing

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in held:
            conn.close()
        listener.close()


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connections are refused)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
